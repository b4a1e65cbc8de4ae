"""Doers and targets one deed of a sentence gives another that names none: an attack "attributed to" one,
more of the same people ("and 16 others"), deeds counted "of them", a deed carried out in another, and aid
from the country of the vehicle that carried it. A mixin of the sentence's extractor (kg.extract.sentence)."""
from __future__ import annotations

from ..model import DEED_TYPES
from .words import _COUNT_MODIFIERS


class CarriedRoles:
    def _attributed(self, readings: list) -> None:
        """وقع هجوم مساء السبت في مديات نسب إلى حزب العمال: an attack with no doer named, "attributed to" one in
        its clause after it (words.tsv attributed, then إلى), was that one's."""
        words = self.w.get("attributed", ())
        for r in readings:
            if r.tr.type != "ASSAULT" or r.tr.pos != "noun" or r.actors or r.actor_ent is not None:
                continue
            end = self.clause_end(r.t.j, commas=False)
            k = next((k for k in range(r.t.j, min(end, r.t.j + 10)) if self.conj_word(k, words)
                      and self.tok(k + 1) in ("الي", "إلى")), -1)
            doer = next((it for it in self.ents if it.i == k + 2 and self.is_actor(it)), None) if k >= 0 else None
            if doer is not None and not any(p.i < k and r.t.j <= p.i and p.kind == "trigger"
                                            and self.reading(p).type == "ASSAULT" for p in self.preds):
                r.actors, r.how = [doer], "direct-agent"

    def _part_of_deeds(self, readings: list) -> None:
        """شن الطيران غارات على المنطقة، منها غارتان استهدفتا منزلا: deeds counted "of them" (منها، من بينها، بينها,
        maybe past a figure) are some of the deeds of the same type told before in the sentence, by the same
        doer, when none of their own is named."""
        for n, r in enumerate(readings):
            if r.actors or r.actor_ent is not None or r.tr.pos != "noun":
                continue
            k = r.t.i - 1
            while k > r.t.i - 3 and self.figure(k):
                k -= 1
            word = self.tok(k)
            if word.removeprefix("و") not in ("منها", "بينها") or not (
                    word.startswith("و") or self.tok(k - 1) in ("،", ",", "من")):
                continue        # (not مصرع 28 منها وإصابة العشرات: "of them" closing a count before)
            prev = next((x for x in reversed(readings[:n]) if x.t.i < k and x.tr.type == r.tr.type and x.actors), None)
            if prev is not None:
                r.actors, r.how = list(prev.actors), prev.how

    def _carried_out_in(self, readings: list) -> None:
        """حققت القوات تقدما في تنفيذ عملية تحرير المحافظة: a deed whose light noun follows في right after another
        deed was done by that deed's doers (the advance made in carrying out the liberation)."""
        for r in readings:
            if r.actors or r.actor_ent is not None or r.anchor is r.t or self.tok(r.anchor.i - 1) != "في":
                continue
            prev = next((x for x in readings if x is not r and x.actors and x.t.j == r.anchor.i - 1), None)
            if prev is not None:
                r.actors, r.how = list(prev.actors), prev.how

    def _carrier_of_aid(self, readings: list) -> None:
        """وصلت سفينة إماراتية محملة بالمساعدات: aid with no giver named came from the country whose adjective
        is on the vehicle loaded with it (an indefinite noun, its nationality, then محملة) in its clause."""
        for r in readings:
            if r.tr.type != "AID" or r.actors or r.actor_ent is not None:
                continue
            start = self.clause_start(r.t.i)
            d = next((it for it in reversed(self.ents) if start <= it.i < r.t.i and it.mention_kind == "demonym"
                      and not it.nominal and self.tok(it.j).startswith("محمل")
                      and not self.tok(it.i - 1).startswith("ال") and not self.ent_token(it.i - 1)), None)
            if d is not None:
                r.actors, r.how = [d], "genitive"

    def _others_of_the_same(self, readings: list) -> None:
        """قتلت قوات الأمن مسلحا واعتقلت 16 آخرين: a figure and "others" as a verb's object (or after its
        preposition: أفرجت عن اثنين آخرين) are more of what the verb before it in the sentence was done to (the
        gunmen), when nothing else is named."""
        others = ("اخرين", "اخرون", "اخريات", "اخر")
        for n, r in enumerate(readings):
            if r.targets or r.target_ent is not None or r.tr.pos != "verb":
                continue
            k = r.t.j + (self.tok(r.t.j) in r.tr.targets)     # (أفرجت عن اثنين آخرين: its preposition first)
            if k == r.t.j and "obj" not in r.tr.targets:
                continue
            first = k
            while k < first + 3 and (self.figure(k) or self.tok(k) in _COUNT_MODIFIERS):
                k += 1
            if k == first or self.tok(k) not in others:
                continue
            prev = next((x for x in reversed(readings[:n]) if x.t.i < r.t.i and x.targets), None)
            if prev is not None and (prev.targets[0].entity.type in ("Group", "ArmedGroup", "Person")
                                     or prev.targets[0].mention_kind == "demonym"):
                r.targets = [prev.targets[0]]       # (people: not a place or a building before it)

    def _accused_by_label(self, readings: list) -> None:
        """قال الوزير إن اقتحام قوات الاحتلال المسجد هو عمل همجي: a deed called a crime or a terrorist act
        (triggers.tsv labelled) accuses its doer, named in the deed told before it in the sentence, and the
        one who says so (the speaker) accuses; the deed's doer, read as the label's subject, is not the
        accuser."""
        for n, r in enumerate(readings):
            if r.tr.relation != "labelled" or r.targets or r.target_ent is not None:
                continue
            deed = next((x for x in reversed(readings[:n]) if x.t.i < r.t.i and x.tr.type in DEED_TYPES), None)
            if deed is None or not deed.actors and deed.actor_ent is None:
                continue
            r.targets, r.target_ent = list(deed.actors), deed.actor_ent if not deed.actors else None
            doers = {id(a) for a in deed.actors}
            if r.actors and all(id(a) in doers for a in r.actors) or r.actor_ent is not None \
                    and r.actor_ent is deed.actor_ent:
                r.actors, r.actor_ent, r.how = [], r.source, "speaker" if r.source is not None else ""
