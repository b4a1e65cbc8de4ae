"""One happening told by several readings of a sentence, and roles one reading gives another: an attack
noun and the verb it is the subject of, a killing that is an attack's outcome or whose cause a clause of
time tells, the deed an attack responds to. A mixin of the sentence's extractor (kg.extract.sentence)."""
from __future__ import annotations

from ..model import DEED_TYPES, LOCATION_TYPES
from .arguments import _HARM, _RESPONSE
from .words import _COMMA, _head, _is_light, _is_light_noun, _people, _victim

# words that tie losses told before them to the attack that caused them (قتلى … جراء غارات), folded
_CAUSES = frozenset({"جراء", "اثر", "بسبب", "نتيجه", "في", "بفعل"})
# words that open a clause of time or cause (قتلوا عندما هاجم …، إثر هجوم …)
_WHEN = frozenset({"عندما", "حين", "حينما", "بعدما", "لما", "اثر", "عقب", "جراء"})
# losses told before "in the ranks of" a group (أسفر الهجوم عن سقوط إصابات في صفوف الميليشيا), folded
_LOSSES = frozenset({"قتلي", "جرحي", "اصابات", "خساير", "سقوط", "قتيلا", "جريحا", "اعداد", "العشرات"})


class Combinations:
    def _outcome_of_attack(self, readings: list) -> list:
        """أسفر الهجوم عن مقتل 12 شخصا، أدى القصف إلى مقتل مدنيين: a killing that is the outcome of an
        attack named as the subject of a verb of consequence, or told before it with ما (…، ما أسفر عن
        مقتل 8، ما تسبب بمقتل شخص) or with the attack's pronoun (التفجير الذي استهدف المسجد ونتج عنه استشهاد عشرة), is that
        attack's; its victims are the attack's targets, one event."""
        result = self.w.get("result", ())
        drop = set()
        for r in readings:
            if r.tr.pos != "noun" or r.tr.cls != "KILL" or r.t.clitic not in ("", "ل", "ب"):
                continue
            k = r.t.i - 1 if not r.t.clitic else r.t.i     # (أدى لاستشهاده، تسبب بمقتل: the preposition on the noun)
            if not r.t.clitic and self.tok(k) not in ("عن", "عنه", "عنها", "عنهما", "الى", "الي"):
                continue
            start = self.clause_start(k)
            said = [j for j in range(start, k) if self.conj_word(j, result)]
            # (past a relative clause on the attack: أسفر الانفجار الذي وقع قرب مقر الشرطة عن مقتل أربعة)
            told = said or [j for j in range(max(0, k - 16), start) if self.conj_word(j, result)
                            and any(self.tok(x) in self.w.get("relative", ()) for x in range(j, start))]
            attack = next((x for x in reversed(readings) if x is not r and x.tr.pos == "noun"
                           and x.tr.type == "ASSAULT" and x.tr.cls != "KILL" and min([start] + told) <= x.t.i
                           and x.t.j <= k and any(abs(j - x.t.i) <= 2 for j in told)), None)
            which = next((j for j in said if j >= k - 2 and (self.tok(j - 1) in ("ما", "مما") or (
                self.tok(j)[:1] == "و" and (self.tok(j + 1) in ("عنه", "عنها") or self.tok(j - 1) in _COMMA)))),
                         None)     # (…، وأسفر عن مقتل 30: joined after a comma, its subject the attack before)
            if attack is None and which is not None:
                # …، ما أسفر عن مقتل 8: "which left 8 dead", the outcome of the attack told before it
                attack = next((x for x in reversed(readings) if x is not r and x.tr.type == "ASSAULT"
                               and x.t.j < which), None)
            if attack is None:
                continue
            attack.targets = _joined(attack.targets, r.targets)
            attack.killed = attack.killed + list(r.targets)
            drop.add(id(r))
        return _without(readings, drop)

    def _cause_told_after(self, readings: list) -> None:
        """قتل 12 شخصا عندما هاجم انتحاريان المسبح: a killing no one is named doing, whose cause a clause of
        time or cause right after tells (عندما، حين، إثر، جراء + an attack with its doer), was done by that
        attack's doer."""
        for r in readings:
            if r.tr.cls != "KILL" or r.actors:
                continue
            for x in readings:
                if x is r or x.tr.type != "ASSAULT" or x.tr.cls == "KILL" or not x.actors or x.t.i <= r.t.j:
                    continue
                # (or the light verb that carries it before it: عندما نفذت قوات الناتو ضربة جوية)
                a = min((x.t, x.anchor), key=lambda it: it.i)
                k = a.i - 1 if not a.clitic else a.i
                if k > r.t.j and self.tok(k) in _WHEN and self.tok(k - 1) != "في" \
                        and not self.pred_between(r.t.j, k):    # (not في حين: "whereas")
                    r.actors = list(x.actors)
                break

    def _killed_in_clash(self, readings: list) -> None:
        """قتل 15 من ميليشيا الحوثي في مواجهات مع رجال المقاومة: a killing no one is named doing, whose victims
        are one side of a clash told after it in the sentence, was done by the other side."""
        for r in readings:
            if r.tr.cls != "KILL" or r.actors or r.actor_ent is not None or not r.targets:
                continue
            victims = {it.entity.id for it in r.targets}
            for x in readings:
                if x is r or not x.tr.symmetric or x.tr.type != "ASSAULT" or x.t.i <= r.t.j:
                    continue
                sides = list(x.actors) + list(x.targets)
                others = [it for it in sides if it.entity.id not in victims and self.is_actor(it)]
                fighters = [it for it in r.targets if self.is_actor(it) and not _victim(it) and not _people(it)
                            and it.entity.type != "Person"]
                if len(others) == 1 and len(sides) - len(others) <= 1 and fighters:
                    r.actors = others
                    if not x.actors:        # (the clash's one side named with مع; the dead are the other)
                        x.actors = fighters
                        x.targets = [it for it in x.targets if it.entity.id not in victims]
                break

    def _deed_responded_to(self, readings: list) -> None:
        """شنت مقاتلات إسرائيلية غارات على مواقع لحماس ردا على إطلاق صواريخ: the deed an attack responds to
        (after ردا على، انتقاما لـ) was done by the attack's target, against its doer."""
        for r in readings:
            if r.actors or r.tr.type != "ASSAULT":
                continue
            k = r.t.i - 1
            while k >= 0 and self.tok(k) in ("علي", "على", "عن", "من", "ل"):
                k -= 1
            if self.tok(k) not in _RESPONSE:
                continue
            x = next((x for x in reversed(readings) if x is not r and x.t.j <= k and x.tr.type == "ASSAULT"
                      and x.actors and x.targets), None)
            if x is None:
                continue
            r.actors = [a for a in x.targets if self.is_actor(a)]
            r.targets = r.targets or list(x.actors)

    def _in_the_ranks(self, readings: list) -> None:
        """سقط قتلى في صفوف الحوثيين، حملات الاعتقال في صفوف الفلسطينيين: a deed with no target named befell
        the group "in whose ranks" it fell."""
        for r in readings:
            if r.tr.type not in ("ASSAULT", "COERCE") or r.targets or r.target_ent is not None:
                continue
            end = min(r.t.j + 8, self.clause_end(r.t.j, commas=False))
            for k in range(r.t.j, end):
                if self.tok(k) == "صفوف" and self.tok(k - 1) in ("في", "بين") and (
                        r.tr.cls in ("KILL", "ARREST") or any(
                            self.tok(x) in self.w.get("casualty", ()) or self.tok(x) in _LOSSES
                            for x in range(r.t.j, k))):
                    # (not قاتل في صفوف داعش: fought in its ranks, one of its men)
                    # (past a word of people: في صفوف أنصار الإخوان; a people named by its adjective too)
                    it = next((x for x in self.ents if (_head(x) == k + 1 or _head(x) == k + 2
                                                        and self.is_transparent(self.tok(k + 1)))
                               and (self.is_actor(x) or x.mention_kind == "demonym") and x not in r.actors), None)
                    if it is not None:
                        r.targets = [it]
                    break

    def _losses_before(self, readings: list) -> None:
        """سقوط قتلى وجرحى من قوات الحوثي جراء غارات التحالف: the group whose dead and wounded are told before
        an attack that caused them (جراء، إثر، بسبب، نتيجة، في) is what the attack hit, besides a place; not a
        definite attack, told before, whose dead may be of either side."""
        casualty = self.w.get("casualty", ())
        for r in readings:
            if r.tr.type != "ASSAULT" or r.tr.pos != "noun" or any(x.entity.type not in LOCATION_TYPES for x in r.targets):
                continue
            k = r.t.i - 1
            while k > 0 and (self.figure(k) or self.tok(k) in self.w.get("number", ())):
                k -= 1          # (جراء ثلاث غارات: past the count of attacks)
            if self.tok(k) not in _CAUSES or r.t.clitic or self.tok(r.t.i).startswith("ال"):
                continue        # (مقتل 26 من عناصر التنظيم خلال الهجوم: the attack told before, either side's dead)
            start = self.clause_start(k)
            for x in reversed(self.ents):
                if not (start <= x.i and x.j <= k) or not self.is_actor(x) or x in r.actors:
                    continue
                h = _head(x) - 1
                if self.is_transparent(self.tok(h)) and not self.ent_token(h):
                    h -= 1      # (من قوات جماعة الحوثي: past the force word)
                if self.tok(h) in ("من", "بين") and any(
                        self.conj_word(y, casualty) or self.conj_word(y, _LOSSES) for y in range(max(start, h - 4), h)):
                    r.targets = r.targets + [x]
                break           # (only the last party before the cause: no other between)

    def _clash_that_followed(self, readings: list) -> None:
        """هاجم عناصر من داعش مقر الفوج ما أدى إلى اندلاع اشتباكات: clashes an attack led to, with no sides
        named, are between the attack's doer and what it hit."""
        for r in readings:
            if not r.tr.symmetric or r.tr.type != "ASSAULT" or r.actors or r.targets or r.actor_ent is not None:
                continue
            x = next((x for x in reversed(readings) if x is not r and x.t.j <= r.t.i and x.tr.type == "ASSAULT"
                      and not x.tr.symmetric and x.actors and r.t.i - x.t.j <= 12), None)
            if x is not None and any(self.tok(k) in ("ادي", "اسفر", "وادي") for k in range(x.t.j, r.t.i)) \
                    and not self.pred_between(x.t.j, r.t.i, x):
                r.actors, r.targets = list(x.actors), list(x.targets)

    def _fought_in(self, readings: list) -> list:
        """اشتبكت المقاومة مع المتمردين في معركة حاسمة: a verb of fighting and the noun of the fight it was in
        (after في, in its clause, naming no side) tell one happening: the verb's."""
        drop = set()
        for r in readings:
            if r.tr.pos != "verb" or r.tr.type != "ASSAULT" or not r.tr.symmetric or not r.actors:
                continue
            end = self.clause_end(r.t.j, commas=False)
            for n in readings:
                if n is r or n.tr.pos != "noun" or n.tr.type != "ASSAULT" or not n.tr.symmetric or n.actors \
                        or not (r.t.j < n.t.i < min(end, r.t.j + 8)) or self.tok(n.t.i - 1) != "في" \
                        or self.pred_between(r.t.j, n.t.i, r):
                    continue
                if not r.killed:
                    r.killed = n.killed
                drop.add(id(n))
        return _without(readings, drop)

    def _deed_in_attack(self, readings: list) -> None:
        """فجر المقاتلون دبابة في هجوم على مواقعهم: the attack (after في, in the clause of a verb of attacking
        with a doer, naming no doer of its own) is that doer's."""
        for r in readings:
            if r.tr.pos != "verb" or r.tr.type != "ASSAULT" or not r.actors or r.tr.cls == "KILL" \
                    or r.tr.patient_subject:
                continue      # (قتل شرطيان في هجوم: a killing in an attack is its outcome, merged with it)
            end = self.clause_end(r.t.j, commas=False)
            for n in readings:
                if n is not r and n.tr.pos == "noun" and n.tr.type == "ASSAULT" and not n.tr.symmetric \
                        and not n.actors and r.t.j < n.t.i < min(end, r.t.j + 10) and self.tok(n.t.i - 1) == "في" \
                        and not self.pred_between(r.t.j, n.t.i, r):
                    n.actors = list(r.actors)

    def _sorties_with_strikes(self, readings: list) -> list:
        """مضاعفة طلعاته الجوية لاستهداف تجمعات التنظيم، وجه الضربات الجوية ضمن الطلعات: sorties are the flights;
        the strikes told beside them (within six words, by the same doer or none named) are the deed, one
        reading, not two."""
        def sortie(x):
            return x.tr.pos == "noun" and self.tok(x.t.i)[len(x.t.clitic):].removeprefix("ال").startswith("طلع")
        drop = {id(r) for r in readings if sortie(r) and any(
            x is not r and not sortie(x) and x.tr.type == "ASSAULT" and x.tr.cls == "ATTACK"
            and (abs(x.t.i - r.t.j) <= 6 or abs(r.t.i - x.t.j) <= 6)
            and (not x.actors or not r.actors or {a.entity.id for a in x.actors} & {a.entity.id for a in r.actors})
            for x in readings)}
        return _without(readings, drop)

    def _one_attack(self, readings: list) -> list:
        """التفجير الذي استهدف سوقا، استهدف هجوم انتحاري حاجزا، شنوا هجوما استهدف حاجزا: a verb of attacking
        next to an attack noun (its subject, or the relative clause of an indefinite one, with the same
        doer) tells that attack's target; the two are one reading (the noun's), not two."""
        drop = set()
        for r in readings:
            if r.tr.pos != "verb" or r.tr.type != "ASSAULT":
                continue
            n = next((x for x in reversed(readings) if x is not r and id(x) not in drop and x.tr.pos == "noun"
                      and x.tr.type == "ASSAULT" and self._tells(x, r)), None)
            if n is None:
                continue
            if r.actors and self._coordinated_after(n, r):
                r.targets, r.actors = r.actors + [x for x in r.targets if x not in r.actors], []
            if n.t.i >= r.t.j and r.tr.cls in _HARM and n.t.i - r.t.j <= 2 and self.subject_noun(n.t):
                # دمر قصف روسي مستشفى: the verb's object follows its subject's phrase, not inside it
                k, obj = self._object_past(n)
                # (or the object pronoun on the verb: عماد مغنية الذي قتلته غارة)
                r.targets = self._with_owners(obj) if obj else [x for x in r.targets if x.i >= k or r.t.suffix]
                if obj:
                    # استهدف هجوم انتحاري حاجزا للجيش: what follows the verb's object is its owner, no doer
                    owners = [a for a in n.actors if a.i >= r.targets[0].j]
                    n.actors = [a for a in n.actors if a not in owners]
                    r.targets = r.targets + [a for a in owners if all(a.i != x.i for x in r.targets)]
            if r.tr.cls == "KILL":
                n.killed = n.killed + [x for x in r.targets if x not in n.killed]   # قتلت غارة خمسة مدنيين
            if r.targets and all(x.entity.type in LOCATION_TYPES for x in n.targets):
                n.targets = list(r.targets)     # the verb's object says what was hit better than a place
            else:
                n.targets = _joined(n.targets, r.targets)
            drop.add(id(r))
        return _without(readings, drop)

    def _talks_by_phone(self, readings: list) -> list:
        """بحث الرئيس مع العاهل الأردني في اتصال هاتفي، تباحثا خلال لقائهما: a noun of talks after في، خلال، عبر
        or بـ in the clause of a verb of talks tells how the same talks were held: one event, the noun's (its
        mode), with the verb's sides."""
        drop = set()
        for x in readings:
            if x.tr.type != "CONSULT" or x.tr.pos != "noun" or id(x) in drop:
                continue
            how = self.tok(x.t.i - 1) in ("في", "خلال", "عبر", "اثناء") or x.t.clitic.lstrip("وف") == "ب"
            r = next((r for r in readings if r is not x and r.tr.type == "CONSULT" and r.tr.pos == "verb"
                      and 0 <= x.t.i - r.t.j <= 10 and not self.pred_between(r.t.j, x.t.i)), None) if how else None
            if r is None or id(r) in drop or r.modality != x.modality:
                continue
            x.actors = list(r.actors) or x.actors
            x.actor_ent = x.actor_ent if x.actors else r.actor_ent
            x.targets = _joined(list(r.targets), [t for t in x.targets if all(t.entity.id != a.entity.id
                                                                             for a in x.actors)])
            drop.add(id(r))
        return _without(readings, drop)

    def _siege_broken(self, readings: list) -> None:
        """الجيش السوري يكسر حصار داعش لمطار دير الزور، فكت القوات الحصار عن تعز: a siege broken or lifted is
        the breaker's deed against the besieger: the one named before the word of breaking acts, the siege's
        own doer (its genitive, or the subject of the relative verb after it: حصار يفرضه داعش) is its target. A
        lifting asked for (بفك الحصار، لرفع الحصار) names no breaker: the siege stays its doer's."""
        for r in readings:
            if r.tr.cls != "BESIEGE" or r.tr.pos != "noun" or r.t.i < 1:
                continue
            w = self.tok(r.t.i - 1)
            asked = w[:1] in ("ل", "ب") and w[1:] in _BREAK
            w = w[1:] if w[:1] in ("و", "ف", "ل", "ب") and w[1:] in _BREAK else w
            if w not in _BREAK:
                continue
            k = r.t.i - 1
            besieger = [a for a in r.actors if a.i > r.t.i]
            if not besieger:
                lv = next((p for p in self.preds if _is_light(p) and r.t.j <= p.i <= r.t.j + 1 and p.suffix), None)
                subj = next((it for it in self.ents if lv is not None and lv.j <= it.i <= lv.j + 1
                             and not self.gov(it) and self.is_actor(it)), None)
                besieger = [subj] if subj is not None else []
            if asked:
                # طالب السكان بفك الحصار الذي تفرضه الميليشيات: a lifting asked for names no breaker; the siege
                # is its doer's (the relative verb's subject), not the asker's
                if besieger:
                    r.actors = besieger
                    r.targets = [x for x in r.targets if x not in besieger]
                continue
            start = self.clause_start(k)
            breaker = [a for a in r.actors if a.i < k] or [
                it for it in self.ents if start <= it.i and it.j <= k and not self.gov(it) and self.is_actor(it)][-1:]
            if not breaker and not besieger:
                continue
            r.actors = breaker
            r.targets = besieger + [x for x in r.targets if x not in besieger and x not in breaker]

    def _deed_of_a_stance(self, readings: list) -> None:
        """A stance on a deed named right after the verb (and its subject) is on whoever does it, the deed's
        doers its target: support for a deed named with بـ (رحب رودس بالهجمات التركية، أشادت الحكومة بالغارات
        التي شنها التحالف); a condemnation of one, bare or with بـ (أدان الرئيس الهجوم الذي شنه الحوثيون، وصف
        الوزير الهجوم بالإجرامي), or told by a light noun (استنكر الجيش قيام عناصر من النصرة بخطف ضابط)."""
        for r in readings:
            if r.tr.pos != "verb" or r.targets or r.target_ent is not None:
                continue
            if r.tr.type == "SUPPORT":
                clitic_ok, manner = (lambda c: c.startswith("ب")), ()
            elif r.tr.relation in ("condemned", "criticized"):
                clitic_ok, manner = (lambda c: c in ("", "ب")), ("بشده", "بشدة")
            else:
                continue
            light = next((p for p in self.preds if _is_light_noun(p) and 0 <= p.i - r.t.j <= 4
                          and not self.pred_between(r.t.j, p.i)
                          and not any(self.tok(k) in _COMMA for k in range(r.t.j, p.i))), None)
            if light is None:
                n = next((x for x in readings if x is not r and (x.tr.pos == "noun" or self._verb_as_deed(r, x))
                          and 0 <= x.t.i - r.t.j <= 7
                          and all(self.ent_token(k) or self._title_word(k) or self.tok(k) in manner
                                  or self.tok(k) in _COMMA or self.time_word(k) for k in range(r.t.j, x.t.i))
                          and clitic_ok(x.t.clitic.lstrip("وف")) and x.actors), None)
            else:   # استنكر الجيش قيام عناصر من النصرة بخطف ضابط: the deed told by the light noun
                n = next((x for x in readings if x is not r and x.tr.pos == "noun" and 0 < x.t.i - light.j <= 8
                          and self._after_light_noun(light, x.t) and not self.pred_between(light.j, x.t.i)
                          and not any(self.tok(k) in _COMMA for k in range(light.j, x.t.i)) and x.actors), None)
            if n is not None and all(a.entity.id not in {b.entity.id for b in r.actors} for a in n.actors):
                r.targets = list(n.actors)
            elif n is None and r.tr.type == "SUPPORT":
                doer = self._merit_told_by_relative(r.t.j)
                if doer is not None and doer.entity.id not in {b.entity.id for b in r.actors}:
                    r.targets = [doer]

    def _verb_as_deed(self, r, x) -> bool:
        """A condemnation's object read as a verb with its subject after it (أدانت المنظمة قصف المتمردين
        لمناطق سكنية): the deed condemned, whose doer is that subject."""
        return r.tr.relation in ("condemned", "criticized") and x.tr.pos == "verb" and not x.t.clitic \
            and all(a.i > x.t.i for a in x.actors)

    def _merit_told_by_relative(self, k: int):
        """نوه الوزير بالدور الذي أسهمت به دول التحالف: a definite noun of merit with بـ (words.tsv merit) among
        the words after the verb, its adjectives, then a relative clause (الذي، التي + a verb + its pronoun
        with a preposition): the clause's subject is whose merit it is."""
        merit = self.w.get("merit", ())
        end = min(k + 5, self.n)
        while k < end and (self.ent_token(k) or self._title_word(k)):
            k += 1
        t = self.tok(k).lstrip("و")
        if not (t.startswith("بال") and t[3:] in merit):
            return None
        k += 1
        while k < self.n and self.tok(k).startswith("ال") and not self.ent_token(k) \
                and self.tok(k) not in ("الذي", "التي"):
            k += 1                          # (its adjectives: بالدور المحوري)
        if self.tok(k) not in ("الذي", "التي") or self.ent_token(k + 1) or self.tok(k + 1).startswith("ال"):
            return None                     # (a verb right after the relative pronoun)
        k += 2
        if self.tok(k) in ("به", "بها", "فيه", "فيها", "له", "لها"):
            k += 1                          # (its pronoun: أسهمت به، تقوم به)
        it = next((x for x in self.ents if x.i <= k + 1 and k <= _head(x) <= k + 1), None)
        return it if it is not None and self.is_actor(it) and not self.gov(it) else None

    def _backed_deed(self, readings: list) -> None:
        """تقدمت المعارضة في ريف حلب بمساندة من القوات التركية: "with the support of" after a deed backs the deed's
        doer, not the town or facility it was done in (nor anyone when no doer is named); a country backed stays."""
        for r in readings:
            if r.tr.pos != "passive" or r.tr.type != "COOPERATE" or not r.actors \
                    or any(x.entity.type not in ("Place", "Facility") for x in r.targets):
                continue
            backers = {a.entity.id for a in r.actors}
            if any(x.tr.type == "ACCUSE" and backers & {a.entity.id for a in x.targets} for x in readings):
                continue      # اتهمت إيران السعودية بدعم الإرهاب: the support the accused is charged with
            deed = min((x for x in readings if x is not r and x.tr.pos == "verb" and x.actors
                        and not backers & {a.entity.id for a in x.actors}),
                       key=lambda x: abs(x.t.i - r.t.i), default=None)
            r.targets = list(deed.actors) if deed is not None else []

    def _threatened_deed(self, readings: list) -> None:
        """تلقى الكاتب تهديدات بالقتل، تهديد التنظيم للحكومة بشن هجمات: the deed after بـ that a noun of
        threatening names is the threatener's, done to whom the threat is made (when the deed names no one)."""
        for r in readings:
            if "ب" not in r.t.clitic:
                continue
            x = next((x for x in readings if x is not r and x.tr.type == "THREATEN" and x.tr.pos == "noun"
                      and 0 <= r.t.i - x.t.j <= 2), None)
            if x is None:
                continue
            r.actors, r.actor_ent, r.how = list(x.actors), None, "direct"
            if not r.targets:
                r.targets = list(x.targets)
        for r in readings:
            # توعد التنظيم بشن هجمات على فرنسا، هدد بفرض عقوبات على روسيا: a verb of threatening with no one
            # named threatens whom the deed after its بـ would be done to
            if r.tr.type != "THREATEN" or r.tr.pos != "verb" or r.targets or r.target_ent is not None:
                continue
            x = next((x for x in readings if x.tr.type in DEED_TYPES and x.targets
                      and 0 <= (k := self._deed_opens(x)) - r.t.j <= 4 and not self.pred_between(r.t.j, k)
                      and self.tok(k).removeprefix("و").startswith("ب")), None)
            if x is not None:
                # (not the threatener's own state's forces or bodies)
                own = ({a.entity.id for a in r.actors} | {a.entity.country for a in r.actors
                                                          if a.entity.type in ("Person", "Government")}) - {""}
                r.targets = [it for it in x.targets if it not in r.actors
                             and it.entity.id not in own and it.entity.country not in own
                             and (it.entity.type not in LOCATION_TYPES or it.entity.type == "Country"
                                  or it.entity.metonym_of)]     # (a capital for its state: مع أنقرة)

    def _deed_opens(self, x) -> int:
        """The token a deed's phrase opens with: its light verb (بشن هجمات), else its noun, else a common word
        right before the noun that governs it (بإنهاء الهدنة)."""
        if x.anchor is not x.t:
            return x.anchor.i
        if x.t.clitic or x.t.i == 0 or self.ent_token(x.t.i - 1):
            return x.t.i
        return x.t.i - 1

    def _received(self, readings: list) -> None:
        """تلقى العبادي اتصالا هاتفيا من ماكرون: an event noun after a verb of receiving (words.tsv receive) was
        made by the one named after it with من; the receiver, read as its doer, is its target (also when no
        giver is named: تلقى الكاتب تهديدات)."""
        for r in readings:
            if r.tr.pos != "noun" or r.t.clitic:
                continue
            k = self.receive_before(r.t.i)
            if k is None:
                continue
            receivers = [it for it in self.ents if k < it.i and it.j <= r.t.i and self.is_actor(it)]
            k = r.t.j
            while k < r.t.j + 3 and (self._described(k) or self.time_word(k)
                                     or self.tok(k).endswith("يا") and not self.ent_token(k)):
                k += 1      # (اتصالا هاتفيا اليوم من: the day it came between; دعما عسكريا من: an adjective)
            giver = next((it for it in self.ents
                          if self.tok(k) == "من" and k < it.i <= k + 3 and self.gov(it) == "من"), None) or next((
                # (من صاحب السمو الشيخ سيف بن زايد: titles and honorifics between, no preposition)
                it for it in self.ents if self.tok(k) == "من" and k + 1 < it.i <= k + 5
                and not self.ent_token(k + 1) and not self.pred_between(k + 1, it.i)
                and not any(self.tok(x) in self.preps or self.barrier(x) for x in range(k + 1, it.i))), None)
            if giver is not None and self.is_actor(giver):
                r.targets = [a for a in r.actors if a is not giver] + [x for x in r.targets if x is not giver]
                r.targets += [x for x in receivers if x not in r.targets]   # (تلقى الحوثيون دعما من إيران)
                r.actors, r.actor_ent, r.how = [giver], None, "direct"
            elif giver is None and r.actors and all(a.i < r.t.i for a in r.actors):
                # تلقى الكاتب تهديدات: with no giver named, the receiver is still only the target
                r.targets = list(r.actors) + [x for x in r.targets if x not in r.actors]
                r.actors, r.actor_ent, r.how = [], None, ""

    def _tells(self, n, v) -> bool:
        """The attack verb ``v`` tells the attack noun ``n``: the noun is its subject (before it, with a
        relative pronoun, a count or adjectives between, or right after it), or the verb is the relative
        clause of the indefinite noun right before it, with the same doer."""
        if v.tr.cls in _HARM and not v.actors and n.t.i >= v.t.j and self.subject_noun(n.t) and all(
                self.figure(k) or self.tok(k) in ("عده", "بضع") for k in range(v.t.j, n.t.i)):
            # استهدف هجوم انتحاري حاجزا، سقطت ثماني قذائف على الحي: the attack noun right after the verb (or
            # after a count) is its subject
            return True
        if v.tr.cls in _HARM and not v.actors and n.t.j <= v.t.i:
            words = self.w
            gap = range(n.t.j, v.t.i)
            where: set[int] = set()
            if self.subject_noun(n.t):
                # (غارة أمريكية في أفغانستان قتلت: where the subject's attack was is no word of its phrase, nor
                # its doer's nationality)
                where = {k for k in gap if any(it.i <= k < it.j and it.entity.type in LOCATION_TYPES and (
                    it.i == k and self.gov(it) == "في" or it.i < k) for it in self.ents)}
                where |= {k for k in gap if self.tok(k) == "في" and k + 1 in where}
                where |= {k for k in gap if any(it.i <= k < it.j and it.mention_kind == "demonym"
                                                and it in n.actors for it in self.ents)}
            # (غارات مكثفة أمس استهدفت، غارات السبت والأحد استهدفت: when it was is no word of the phrase)
            when = [k for k in gap if self.time_word(k)
                    or self.tok(k)[:1] == "و" and self.tok(k)[1:] in words.get("day", ())]
            if len(gap) - len(when) - len(where) <= 3 and len(gap) - len(where) <= 5 and all(
                    k in when or k in where or self.tok(k) in words.get("relative", ()) or self.tok(k).startswith("ال")
                                     # هجوما (إرهابيا) كان يستهدف، محاولة اغتيال فاشلة استهدفت; not تدمير دبابة
                                     # كانت تقصف (a feminine word after a masculine noun is its genitive)
                                     or self.tok(k) in ("كان", "كانت", "كانوا")
                                     or self.ent_token(k) and self.tok(k).startswith("ل")   # هجوما داميا للقاعدة
                                     or self.tok(k).endswith("يا") and len(self.tok(k)) > 4 and not self.ent_token(k)
                                     or self._agreeing_adjective(k, False) and (
                                         not self.tok(k).endswith("ه") or self.tok(n.t.j - 1).endswith(("ه", "ات")))
                                     or self.tok(k).isdigit() or self.tok(k) in words.get("number", ())
                                     or self.tok(k) in words.get("mode", ()) or self._described(k) for k in gap) \
                    and not any(self.barrier(k) for k in gap if self.tok(k) not in words.get("relative", ())):
                return True
        same = not v.actors or {a.entity.id for a in v.actors} == {a.entity.id for a in n.actors} \
            or self._coordinated_after(n, v)
        if same and n.t.j <= v.t.i and not n.t.clitic and n.tr.cls == v.tr.cls == "ATTACK":
            # قصفا عنيفا شنه الحوثيون بالدبابات استهدف الأحياء: the verb after the noun's phrase (and what it
            # was done with) is its predicate
            k = self._phrase_end(n)
            while k < v.t.i and k - n.t.j <= 8 and (self.tok(k)[:1] == "ب" and not self.barrier(k)
                                                   or self.tok(k) in ("كان", "كانت", "كانوا")):
                k += 1      # (أحبطت قوات الأمن هجوما انتحاريا كان يستهدف مسجدا: past كان, its past continuous)
            if k == v.t.i and k > n.t.j:
                return True
        return bool(v.targets) and (n.t.i == v.t.j or n.t.j == v.t.i or self.noun_before(v.t) is n.t) and same

    def _coordinated_after(self, n, v) -> bool:
        """عملية انتحارية نفذتها طالبان واستهدفت الشرطة: a verb of attacking with و right after the phrase of an
        attack noun (its relative clause with the doer) goes on telling the noun: its subject is the noun, and
        what follows it is its object."""
        return v.tr.cls == "ATTACK" and v.t.clitic[:1] == "و" and n.t.j <= v.t.i and not n.t.clitic \
            and n.tr.cls == "ATTACK" and v.t.i == self._phrase_end(n) > n.t.j \
            and all(a.i > v.t.i for a in v.actors)

    def _object_past(self, n) -> tuple[int, list]:
        """Where the phrase of the attack noun of reading ``n`` ends, and the object of a verb whose subject the
        noun is: the first entity after that phrase with no preposition (استهدف هجوم عنيف شنه الحوثيون الأحياء
        السكنية، دمر قصف روسي مستشفى)."""
        k = self._phrase_end(n)
        end = self.clause_end(k)
        obj = next((it for it in self.ents if k <= it.i < end and it.i - k <= 2 and not self.gov(it)), None)
        if obj is None or obj.mention_kind == "demonym" or self.pred_between(k, obj.i):
            return k, []
        return k, self.conjuncts(obj, end)

    def _phrase_end(self, n) -> int:
        """Where the phrase of the attack noun of reading ``n`` ends: past its adjectives, its nationality, and
        a relative clause's light verb with the doer it names (هجوم عنيف شنه الحوثيون، قصف جوي روسي)."""
        words = self.w
        k = n.t.j
        while k < self.n:
            ent = next((it for it in self.ents if it.i == k), None)
            lv = next((p for p in self.preds if p.i == k and _is_light(p)), None)
            if self._described(k) or self.tok(k) in words.get("relative", ()) \
                    or self.tok(k) in words.get("mode", ()) and ent is None and not self._force_word_at(k):
                k += 1       # (and the weapon in its genitive: قذائف الهاون، صواريخ الكاتيوشا)
            elif ent is not None and (ent.mention_kind == "demonym" or ent in n.actors):
                k = ent.j
            elif lv is not None:
                # (its subject right after it, or after a word of its force: شنتها طائرات التحالف)
                subj = next((it for it in self.ents if it.i == lv.j or it.lead == lv.j
                             or it.i == lv.j + 1 and self._force_word_at(lv.j)), None)
                k = self.conjuncts(subj, self.clause_end(lv.j))[-1].j if subj is not None else lv.j
            else:
                break
        return k


# words of breaking or lifting a siege (folded): كسر الحصار، فك الحصار، رفع الحصار
_BREAK = frozenset({"كسر", "يكسر", "تكسر", "كسرت", "كسروا", "فك", "يفك", "تفك", "فكت", "فكوا", "رفع", "يرفع", "ترفع",
                    "رفعت", "رفعوا"})


def _joined(items: list, more) -> list:
    """``items`` and those of ``more`` that name another entity."""
    have = {x.entity.id for x in items}
    return items + [x for x in more if x.entity.id not in have]


def _without(readings: list, drop: set) -> list:
    """The readings but those whose id is in ``drop`` (merged into another)."""
    return [r for r in readings if id(r) not in drop] if drop else readings
