"""Roles a protest's readings give each other: whom protesters address in the clause after their protest,
the doer of the deed they protest, the seat they stand before, and a protest a force breaks up. A mixin of the
sentence's extractor (kg.extract.sentence)."""
from __future__ import annotations

from dataclasses import replace

from ..groups import UNNAMED_FACILITY
from ..model import LOCATION_TYPES

# the motive of a protest before the deed it is against (تظاهروا تنديدا بالغارات، احتجاجا على اعتقال), folded
_AGAINST = frozenset({"تنديدا", "احتجاجا", "استنكارا", "رفضا", "للتنديد", "للاحتجاج", "تضامنا"})
# what protesters are said to do in the clause after their protest (مظاهرات تطالب …، تندد …، ترفض …)
_WORDS_OF_PROTESTERS = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT"})


class Protests:
    """Mixin: the protest combinations of ``_SentenceExtractor.run``."""

    def _protest_demands(self, readings: list) -> None:
        """خرجت مظاهرات في بغداد تطالب الحكومة بمحاربة الفساد: a verb of demanding or rejecting right after
        an indefinite protest noun (its adjectival clause) has the protest's doers as subject; the one named
        after the verb is whom they address."""
        for v in readings:
            if v.tr.pos != "verb" or v.tr.type not in _WORDS_OF_PROTESTERS or v.t.clitic:
                continue
            n = next((x for x in reversed(readings) if x.tr.type == "PROTEST" and x.tr.pos == "noun"
                      and x.t.j <= v.t.i and v.t.i - x.t.j <= 4
                      and not self.tok(x.t.i)[len(x.t.clitic):].startswith("ال")), None)
            if n is None or v.t.gender not in ("f", "") or self.pred_between(n.t.j, v.t.i) or any(
                    self.barrier(k) or self.tok(k) in ("،", ",") for k in range(n.t.j, v.t.i)):
                continue      # (the verb agrees with the protest noun; not أكبر مظاهرة …، دعا ناشطون)
            after = [a for a in v.actors if a.i > v.t.i]
            v.targets = after + [x for x in v.targets if x not in after]
            # (the protest's own doers if named, not a country or city that "saw" it: its protesters)
            v.actors = [a for a in n.actors if a.entity.type not in LOCATION_TYPES]
            v.how = "protest"

    def _protest_against(self, readings: list) -> None:
        """تظاهر المئات تنديدا بالغارات التركية: a protest with no target named is against the doer of the
        deed its motive names (not تضامنا مع: with them)."""
        for r in readings:
            if r.tr.type != "PROTEST" or r.targets:
                continue
            for x in readings:
                if x is r or x.t.i <= r.t.j or x.t.i - r.t.j > 8 or not x.actors or x.tr.type == "PROTEST":
                    continue
                k = x.t.i - 1 if x.t.clitic.lstrip("وف") in ("ب", "ل", "لل") else x.t.i - 2 \
                    if self.tok(x.t.i - 1) in ("علي", "على") else -1
                if k >= 0 and self.tok(k) in _AGAINST and self.tok(k) != "تضامنا" \
                        and not self.pred_between(r.t.j, k):
                    r.targets = [a for a in x.actors if a not in r.actors]
                break

    def _protest_dispersed(self, readings: list) -> None:
        """الشرطة تفرق مظاهرة طلابية، تفض اعتصاما للعمال: the protest a dispersal breaks up is made by those it
        names or by protesters, not by the force that breaks it up; they are the dispersal's target."""
        for r in readings:
            if r.tr.relation != "dispersed":
                continue
            n = next((x for x in readings if x.tr.type == "PROTEST" and x.tr.pos == "noun"
                      and 0 <= x.t.i - r.t.j <= 1), None)
            if n is None:
                continue
            n.actors = [a for a in n.actors if a not in r.actors]
            if not n.actors:
                n.how = "protest"
            elif not r.targets:
                r.targets = list(n.actors)

    def _protest_before(self, readings: list) -> None:
        """اعتصم المعلمون أمام البرلمان، تظاهروا أمام مقر وزارة المالية، أمام السفارة الأمريكية: a protest with no
        target named addresses the body whose seat it stands before: the body named right after أمام, or
        after the unnamed building there (its genitive: مقر، مبنى، منزل), or the country an embassy's adjective
        names. Not a place (تظاهروا أمام مقر الحكومة في بغداد: Baghdad is where)."""
        for r in readings:
            if r.tr.type != "PROTEST" or r.target_ent is not None:
                continue
            end = self.clause_end(r.t.j, commas=False)
            k = next((k for k in range(r.t.j, min(end, r.t.j + 8)) if self.tok(k) in ("امام", "وامام")), -1)
            if k < 0 or self.pred_between(r.t.j, k):
                continue
            at = next((x for x in self.ents if x.i == k + 1), None)
            if r.targets and not (len(r.targets) == 1 and r.targets[0] is at):
                continue      # (a target named otherwise: تظاهروا ضد الحكومة أمام البرلمان)
            seat, first = False, at
            for _ in range(2):          # (أمام مقر السفارة الأمريكية: the building of the embassy)
                if at is None or at.mention_kind != "generic" or not at.entity.id.startswith(UNNAMED_FACILITY):
                    break
                owner = next((x for x in self.ents if x.i == at.j and not x.clitic), None)
                if owner is None and at.entity.country and self._adjective_of_seat(at) \
                        and (country := self.lex.entities.get(at.entity.country)) is not None:
                    owner = replace(at, entity=country, mention_kind="nominal")   # أمام السفارة الأمريكية
                    seat = True
                at = owner
            if at is not None and self.is_actor(at) and (seat or at.entity.type not in LOCATION_TYPES):
                r.targets = [at]
            elif r.targets and first is not at:
                r.targets = []      # (an unnamed building of no one named is addressed by no one)

    def _adjective_of_seat(self, it) -> bool:
        """An embassy or consulate named with its country's adjective (السفارة الأمريكية، القنصلية التركية),
        not one whose country kg took from the article (مبنى السفارة)."""
        kind = it.entity.id[len(UNNAMED_FACILITY):].split("-", 1)[0]
        return kind in ("embassy", "consulate") and it.j - it.i >= 2 \
            and self.tok(it.j - 1).endswith(("يه", "ي")) and self.tok(it.j - 1) != "القنصليه"   # (مبنى القنصلية)
