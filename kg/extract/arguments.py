"""Candidate role fillers, one function per construction of Arabic news syntax: the subject before or
after a verb, the object, the noun phrase after a preposition, the genitive of an event noun, the
light verb that carries an event noun, agent phrases, relative clauses and pronouns."""
from __future__ import annotations

from ..model import ACTOR_TYPES, LOCATION_TYPES
from ..recognize import Item
from .words import (
    _ATTRIBUTIVE_OWNERSHIP,
    _CLAUSE_PARTICLES,
    _COMMA,
    _COUNT_MODIFIERS,
    _KANA,
    _QUOTES,
    _head,
    _is_light,
    _victim,
)

# adverbs of manner with ب (ودانت السعودية بشدة التفجير): the verb's, no phrase the event noun heads
_MANNER = frozenset({"بشده", "بقوه", "بحزم", "بعنف", "بشكل", "بصوره", "باستمرار", "بسرعه"})
_STANCES = frozenset({"condemned", "rejected", "welcomed", "praised", "criticized", "condoled", "solidarity",
                      "demanded", "calledOn", "requested", "warned"})     # stances on a deed someone else did
_STANCE_DEEDS = frozenset({"ASSAULT", "COERCE", "SANCTION", "CONCEDE", "RETREAT", "MOBILIZE"})   # deeds a stance is on
_ADDRESSED = frozenset({"demanded", "calledOn", "requested"})   # … one that may name who is to do it
_AT_LEAST = frozenset({"علي", "الاقل"})       # مقتل 300 على الأقل من …: "at least" after a count


# words of response: the event noun after them is the deed responded to, not the light verb's
_RESPONSE = frozenset({"ردا", "انتقاما", "ثارا", "ثأرا"})


class Arguments:
    def subject_after(self, v: Item, stop: int) -> Item | None:
        """VSO: the first bare actor after the verb, before the verb's preposition target."""
        for it in self.ents:
            if it.i < v.j:
                continue
            if it.i >= stop or it.i - v.j > 9:
                return None
            if self.pred_between(v.j, it.i, v):
                return None
            if id(it) in self.participial and any(
                    p.kind == "trigger" and p.trigger is not None and p.trigger.pos in ("passive", "attributive")
                    and v.j <= p.i < it.i for p in self.items):
                return None       # قصفت الطائرات المناطق الخاضعة لسيطرة الحوثيين: the agent of a participle after
                #                   the verb describes the noun before it, the verb's object
            if any(p.kind == "trigger" and p is not v and v.j <= p.i < it.i and p.i - v.j <= 1
                   and self.reading(p).pos == "noun" and not _is_light(v) for p in self.preds):
                return None       # دمرتها معارك …: an event noun right after the verb is its subject
            if self.tok(_head(it) - 1).removeprefix("ال") in self.w.get("part", ()) \
                    and not self._force_word_at(_head(it) - 1):
                # قصفت المدفعية مواقع المسلحين: the owner of the parts hit is the object (not of men:
                # هاجمت العناصر الحوثية, the group's men are the subject)
                return None
            if self.event_adjective(it):
                continue          # قتل فلسطيني بغارة إسرائيلية: the adjective of an event noun is no subject
            gov = "" if self.owned(it) else self.gov(it)
            if gov:
                if gov in ("في", "خلال", "منذ", "امس", "عند", "قرب", "داخل"):
                    continue      # a circumstantial phrase before the subject (في باريس)
                return None
            if self.is_actor(it):
                if self.disagrees(v, it) and not (it.mention_kind == "demonym" and it.forced):
                    return None   # أبلغت الأتراك: a feminine verb before a masculine noun: its object (but
                    #               هاجمت العناصر السورية: the force noun's plural agrees, not the adjective)
                return it
            if it.entity.type in LOCATION_TYPES:
                return None       # a bare place right after the verb is its object
        return None

    def subject_before(self, v: Item) -> Item | None:
        """SVO: a bare actor heading the clause before the verb (داعش انسحب، أن روسيا تحاول)."""
        start = self.clause_start(v.i)
        best = None
        for it in self.ents:
            if it.j > v.i:
                break
            if it.i < start:
                continue
            if self.gov(it) or not self.is_actor(it):
                best = None if it.j >= v.i - 1 and best is not None and False else best
                continue
            if it.mention_kind == "generic" and getattr(it.ref, "agent", False) and v.clitic[:1] == "و" and any(
                    p.kind == "trigger" and p.j == it.i for p in self.preds):
                continue      # أغلقت منطقة الاعتداء الانتحاري واعتقلت: the bomber of the deed named, not a subject
            if self.pred_between(it.j, v.i, v):
                best = None
                continue
            best = it
        gap = 4 if v.gender == "p" else 2    # الجيش السوري والفصيل المتحالف معه استعادا: a plural subject
        if best is not None and v.i - best.j <= gap:
            return best      # أن روسيا تحاول، التنظيم المتطرف يسيطر: the subject right before the verb
        if best is not None and self._attribute_only(best.j, v.i):
            return best      # قوة أمنية تابعة لقيادة عمليات دجلة تمكنت: a participle's phrase describes the subject
        if best is None:
            return self._subject_before_aside(v, start)
        return None

    def _subject_before_aside(self, v: Item, start: int) -> Item | None:
        """وكان الحوثيون، وفقا لمصادر محلية، قد اقتحموا: an aside between commas (a source, an age, a relative
        clause) between the subject and its verb, with only قد after it."""
        if not all(self.tok(k) in ("قد", "لقد", "وقد") for k in range(start, v.i)) or start < 2 \
                or self.tok(start - 1) not in _COMMA:
            return None
        aside = self.clause_start(start - 1)
        if self.tok(aside - 1) in self.w.get("relative", ()):
            aside -= 1            # (clauses start after a relative pronoun)
        if aside < 2 or self.tok(aside - 1) not in _COMMA or start - 1 - aside > 8:
            return None
        first = self.tok(aside)
        if not (first in ("بحسب", "حسب", "وفقا", "وفق", "نقلا", "كما") or first in self.w.get("relative", ())
                or self.figure(aside) and self.tok(aside + 1) in ("عاما", "سنه", "عام")):
            return None
        return next((it for it in self.ents if it.j == aside - 1 and not self.gov(it) and self.is_actor(it)
                     and it.i >= self.clause_start(aside - 1)), None)

    def _attribute_only(self, a: int, b: int) -> bool:
        """Tokens [a, b) are an attributive participle (تابعة لـ، المدعومة من) and the entity it governs."""
        covered = set()
        for p in self.items:
            if p.kind == "trigger" and p.trigger is not None and p.trigger.pos in ("attributive", "passive") \
                    and a <= p.i < b:
                covered.update(range(p.i, p.j))
        if not covered or min(covered) != a:
            return False
        for it in self.ents:
            if id(it) in self.participial and a <= it.i < b:
                covered.update(range(it.i if it.lead < 0 else min(it.lead, it.i), it.j))
        return all(k in covered for k in range(a, b))

    def subject(self, v: Item, stop: int) -> tuple[Item | None, str]:
        before = self.subject_before(v)
        # a verb that shows plural or dual number (استهدفتا، قالوا) follows its subject: in
        # verb-subject order the verb stays singular, so what comes after is its object
        after = None if v.gender == "p" else self.subject_after(v, stop)
        if before is not None and after is not None:
            # a subject straight before the verb that agrees wins; otherwise VSO (the common order)
            if v.i - before.j <= 1 and self.agrees(v, before) and _victim(after) and not _victim(before):
                return before, "direct"     # تنظيم داعش منع المدنيين: civilians after the verb are its object
            if v.i - before.j <= 1 and self.agrees(v, before) and not self.agrees(v, after):
                return before, "direct"
            if v.i - before.j <= 1 and self.agrees(v, before) and self.tok(_head(before) - 1) in _KANA:
                return before, "direct"     # وكان داود أوغلو حمّل التنظيم …: كان + subject + verb
            if v.i - before.j <= 1 and self.agrees(v, before) and self.counted(after):
                return before, "direct"     # انتحاري يقتل 33 داعشيا: those counted after the verb are its object
            return after, "direct"
        if after is not None:
            return after, "direct"
        if before is not None:
            return before, "direct"
        return None, ""

    def bare_object(self, v: Item, after: Item | None, stop: int, start: int | None = None) -> Item | None:
        if start is None:
            start = (after.j if after is not None else v.j)
            if after is not None and self.tok(start) == "من":
                group = next((it for it in self.ents if it.i == start + 1), None)
                if group is not None and self.is_actor(group):
                    start = group.j   # هاجم مسلحون من حركة الشباب قاعدة: the object after the subject's group
        # قصفت الطائرات جسرا للحوثيين: a subject that is a force noun and no entity comes first
        first = start + 1 if self._force_word_at(start) and not self.ent_token(start) else start
        for it in self.ents:
            if it.i < start or it is after:
                continue
            if it.i >= stop or it.i - start > 6:
                return None
            if self.pred_between(start, it.i, v):
                return None
            if id(it) in self.participial or (it.mention_kind == "demonym" and not it.nominal) \
                    or self.event_adjective(it):
                continue       # an attribute (وزير الأوقاف الفلسطيني، بغارة إسرائيلية) is not an object
            if self.gov(it) == "ل":
                # قصفت مواقع لتنظيم داعش: the positions of ISIS (an indefinite noun + لـ owner)
                k = it.i - 1 if (self.tok(it.i - 1).startswith("ل") and it.i - 1 >= start
                                 and self.is_transparent(self.tok(it.i - 1)[1:])) else it.i
                noun = self.tok(k - 1)
                if noun.removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP:
                    k -= 1                 # قصفت مواقع تابعة لتنظيم داعش
                    noun = self.tok(k - 1)
                if k - 1 >= start and not noun.startswith("ال") and (self.is_transparent(noun) or (
                        v.trigger is not None and v.trigger.cls in ("ATTACK", "KILL")
                        and (k - 1 in (start, first) or k - 2 in (start, first) and self._indefinite_word(k - 2))
                        and noun[:1] not in ("و", "ف", "ب") and not noun.isdigit())):
                    # دمرت جسرين لتنظيم داعش، آلية عسكرية للمسلحين، مخازن أسلحة تابعة للميليشيا: the
                    # owner of what was attacked (a noun, its adjective or genitive)
                    return it
            if self.gov(it) in ("في", "من") and it.entity.type in ACTOR_TYPES and self.member_of(it, start):
                return it          # اغتال مسلحون قياديا في حزب الإصلاح: a member of the group stands for it
            if self.gov(it):
                continue
            return it
        return None

    def _indefinite_word(self, k: int) -> bool:
        """Token k is a common indefinite word: no article, name, preposition, number or conjunction."""
        w = self.tok(k)
        return not (w.startswith("ال") or self.ent_token(k) or w in self.preps or w.isdigit()
                    or w[:1] in ("و", "ف", "ب") or w in _COMMA)

    def event_adjective(self, it: Item) -> bool:
        """A nationality adjective right after an event noun in a prepositional phrase (بغارة إسرائيلية،
        في القصف الروسي): the noun's doer, part of that phrase, not a verb's subject or object (a bare
        event noun is an object itself: دانت القصف التركي)."""
        return it.mention_kind == "demonym" and any(
            p.kind == "trigger" and p.j == it.i and self.reading(p).pos == "noun" and self.after_preposition(p)
            for p in self.preds)

    def _agreeing_adjective(self, k: int, definite: bool) -> bool:
        """Token k is an adjective agreeing with the noun before it: a nisba or feminine ending (جوية،
        مدفعي، عنيفة), with the article when the noun has it; not a name, a number or a preposition."""
        t = self.tok(k)
        if self.ent_token(k) or t in self.preps or t.isdigit() or t in self.w.get("number", ()):
            return False
        if definite != t.startswith("ال"):
            return False
        return len(t) > 3 and t.endswith(("ي", "يه", "ه")) or self._described(k)   # (جوي: short, but of mode)

    def member_of(self, it: Item, start: int) -> bool:
        """قياديا في (جماعة) الإخوان، عضوا من حماس: the entity names the group of a member noun that
        starts at or after ``start``."""
        k = _head(it) - 1
        while k > start and self.is_transparent(self.tok(k)):
            k -= 1
        return k - 1 >= start and self.tok(k) in ("في", "من") and self.tok(k - 1) in self.w.get("member", ())

    def prep_target(self, t: Item, preps: tuple[str, ...], start: int, stop: int,
                    location: bool = False) -> Item | None:
        """The entity introduced by one of the trigger's prepositions. For relations over places
        (control, advance, withdraw, siege) "في مناطق النظام داخل مدينة دير الزور" and "من المناطق التي
        سيطر عليها … في المدينة" name the place further on."""
        found = None
        if t.trigger is not None and self.reading(t).pos == "noun":
            # مسيرة في القاهرة للتنديد بالعدوان على لبنان: a noun's complement does not reach past
            # another event word, whose complement it is
            # (an event word: not a participle that describes the noun, على أحياء تابعة للنظام)
            nxt = next((p.i for p in self.items if p.kind == "trigger" and p.i >= t.j and p is not t
                        and self.reading(p).pos not in ("passive", "attributive")), self.n)
            stop = min(stop, nxt)
        for it in self.ents:
            if it.i < start or id(it) in self.participial:
                continue
            if it.i >= stop or it.i - start > (16 if found is not None else 10):
                break
            gov = self.gov(it)
            if found is None and gov and gov in preps:
                if not location or it.entity.type in LOCATION_TYPES:
                    return it
                found = it
            elif found is not None and it.entity.type in LOCATION_TYPES and (gov in ("في", "داخل", "ب") or gov in preps):
                return it
        if found is None:
            # على (عدة) مناطق في محافظات دمشق وحلب، على مواقع في ريف إدلب: the places the parts lie in
            k = next((k for k in range(start, min(stop, start + 6)) if self.tok(k) in preps), -1)
            if k >= 0:
                j = k + 1
                while j < k + 3 and (self.tok(j).isdigit() or self.tok(j) == "بعض"):   # (عدة، عشرات: parts)
                    j += 1
                if self.tok(j).removeprefix("ال") in self.w.get("part", ()):
                    # up to 5 words on, or 9 past a participle or a noun of control (الواقعة تحت سيطرة
                    # قوات النظام في …، مناطق سيطرة الفصائل منذ صباح أمس في …)
                    reach = 9 if any(p.kind == "trigger" and j < p.i < j + 4 for p in self.items) else 5
                    for it in self.ents:
                        if j < it.i <= j + reach and it.entity.type in LOCATION_TYPES \
                                and self.gov(it) in ("في", "ب", self.tok(j), self.tok(j).removeprefix("ال")) \
                                and not self.pred_between(j, it.i):
                            return it
                        if it.i > j + reach:
                            break
        if found is None and location:
            k = next((k for k in range(start, min(stop, start + 6)) if self.tok(k) in preps), -1)
            if k >= 0 and self.is_transparent(self.tok(k + 1)):
                for it in self.ents:   # على الجزء الأكبر من محافظة دير الزور: the part's whole
                    if k + 2 <= it.i <= k + 5 and it.entity.type in LOCATION_TYPES \
                            and "من" in self.tokens[k + 2:it.i] and not self.pred_between(k + 1, it.i):
                        return it
                if any(self.tok(x) in self.w.get("relative", ()) for x in (k + 2, k + 3)):
                    for it in self.ents:   # من المناطق التي سيطر عليها … في المدينة
                        if it.i > k and it.i < stop and it.entity.type in LOCATION_TYPES \
                                and self.gov(it) in ("في", "داخل"):
                            return it
        return found

    def part_place(self, start: int, stop: int) -> Item | None:
        """قصف الطيران المروحي بالبراميل أماكن في بلدة خراب الشحم: a bare part noun as the object,
        the place it lies in as the target."""
        for k in range(start, min(stop, start + 5)):
            tk = self.tok(k)
            if tk.removeprefix("ال") in self.w.get("part", ()) and self.tok(k - 1) not in self.preps:
                for it in self.ents:
                    if k < it.i <= k + 5 and it.entity.type in LOCATION_TYPES \
                            and self.gov(it) in ("في", "ب") and not self.pred_between(k, it.i):
                        return it
                return None
            if self.ent_token(k) or self.barrier(k) or tk in _COMMA:
                return None
        return None

    def genitive(self, t: Item, stop: int) -> Item | None:
        """The noun phrase right after an event noun: قصف النظام، حصار المطار، الغارات الروسية. A noun
        with the article has no genitive, only an adjective right after it (الغارات الروسية، الهجوم الانتحاري:
        a suicide bomber): in «استهدف الهجوم حشدا من المتظاهرين» the protesters are the verb's object, not
        the attack's doer."""
        bare = self.tok(t.i)[len(t.clitic):]
        definite = bare.startswith("ال") or t.clitic.endswith("لل")
        for it in self.ents:
            if it.i < t.j:
                continue
            if definite and not ((it.i == t.j or it.i == t.j + 1 and self._agreeing_adjective(t.j, True))
                                 and (it.mention_kind == "demonym" or self.tok(it.i).startswith("ال"))):
                return None      # only an adjective agreeing in the article: الغارات الروسية، الهجوم الانتحاري
            if it.i >= stop:
                return None
            if self.gov(it) in ("في", "من") and it.entity.type in ACTOR_TYPES and _head(it) - t.j <= 4 \
                    and self.member_of(it, t.j):
                return it      # مقتل قيادي في تنظيم القاعدة: the member's group
            if it.mention_kind == "demonym" and it.i == t.j + 1 and self._agreeing_adjective(t.j, definite):
                return it      # غارة جوية تركية، القصف المدفعي الروسي: a nationality after an adjective
            gap = self.tokens[t.j:_head(it)]
            numbers = self.w.get("number", ())
            counted = any(g.isdigit() or g in numbers for g in gap)
            if (len(gap) <= 3 or counted and len(gap) <= 6) and all(
                    self.is_transparent(g) or g in _QUOTES or g in numbers or g in _COUNT_MODIFIERS
                    or counted and g in _AT_LEAST for g in gap) \
                    and (not self.gov(it) or counted and self.gov(it) == "من"):
                # مقتل (ما لا يقل عن) خمسة أشخاص: a count before the genitive; مقتل 300 على الأقل من
                # تنظيم داعش: a count, "at least", and the group they were of
                return it
            return None
        return None

    def stance_object(self, t: Item) -> Item | None:
        """The word of a stance (condemning, welcoming, demanding, warning) whose object the event noun is,
        the nearest word of an event before it in its clause: أعرب عن استنكاره للاعتداء، أدان الوزير
        الهجوم، طالبوا بوقف القصف. Who takes the stance did not do the deed."""
        if t.trigger is None or self.reading(t).type not in _STANCE_DEEDS:
            return None     # (انتقد صدور بيانات إدانة: a word about words, which has its own sayer)
        start = self.clause_start(t.i)
        for q in reversed(self.preds):
            if start <= q.i < t.i and q.kind == "trigger":
                if self.reading(q).relation not in _STANCES or q.j == t.i and t.clitic.startswith("و"):
                    return None     # إدانتها واستنكارها: a conjunct of the stance, not its object
                return q
        return None

    def light_verb_for(self, t: Item) -> Item | None:
        """The light verb whose object the event noun is: شن … هجوما، الغارات التي شنتها."""
        stance = self.stance_object(t)
        for p in self.preds:       # استعادا السيطرة على، فرض سيطرته على: a verb right before its event noun
            if p.kind == "trigger" and p.j == t.i and p.trigger.pos == "verb" and p is not stance and not (
                    t.clitic.lstrip("وف") and (p.trigger.cls == "KILL" or p.trigger.patient_subject)) and not (
                    p.trigger.cls == "ATTACK" and self.reading(t).cls == "ATTACK" and not t.clitic):
                # (not قتلوا بانفجار، أصيبوا بقصف: those killed or hurt by an attack did not make it; not
                # استهدفت الغارات …، استهدف هجوم انتحاري …: the attack noun is the subject of the verb of
                # attacking)
                return p
        start = self.clause_start(t.i)
        if t.clitic.startswith("و") and start > 0 and self.tok(start - 1) in _COMMA:
            start = self.clause_start(start - 1)     # a coordinated noun shares the earlier light verb
        for p in reversed(self.preds):
            if _is_light(p) and start <= p.i < t.i and t.i - p.j <= 12 and not any(
                    self.tok(k) in _RESPONSE for k in range(p.j, t.i)):
                # (شنت غارات ردا على إطلاق صواريخ: the deed responded to is another's)
                if stance is not None and p.i <= stance.i:
                    break   # أعرب عن استنكاره للاعتداء: the light verb's noun is the condemnation
                return p    # (تطالب فرنسا الأردن بتكثيف محاربته: a light verb after the stance is the deed's)
        if start > 0 and self.tok(start - 1) in _COMMA:
            # وجدد المرصد السوري، مطالبته لمجلس الأمن: a comma after the light verb's subject
            s2 = self.clause_start(start - 1)
            while s2 > 0 and self.tok(s2 - 1) in _COMMA and s2 < start - 1 and all(
                    self.time_word(k) for k in range(s2, start - 1)):
                s2 = self.clause_start(s2 - 1)    # نفذ، أمس، سلسلة من الغارات: a time between commas
            for p in self.preds:
                if _is_light(p) and s2 <= p.i < start - 1 and p.j < start - 1 and all(
                        self.ent_token(k) or self.tok(k) in _COMMA or self.time_word(k)
                        or self.tok(k).removeprefix("ال") in self.w.get("force", ()) for k in range(p.j, start - 1)):
                    return p
        for p in self.preds:   # قصف جوي عنيف نفذته طائرات …
            if _is_light(p) and p.suffix and 0 <= p.i - t.j <= 3:
                return p
        # relative clause after the noun: الغارات التي شنتها مقاتلات النظام
        k = t.j
        while k < self.n and k - t.j <= 2 and self.tok(k) not in self.w.get("relative", ()):
            k += 1
        if self.tok(k) in self.w.get("relative", ()):
            for p in self.preds:
                if _is_light(p) and p.i == k + 1:
                    return p
            for p in self.preds:
                # الهجوم الذي وقع في عدن أمس نفذه تنظيم القاعدة: past its relative clause, the noun's predicate,
                # a light verb with a pronoun that stands for it
                if _is_light(p) and p.suffix and k + 2 < p.i <= k + 10 and not any(
                        self.barrier(x) or self.tok(x) in _COMMA for x in range(k + 1, p.i)):
                    return p
        return None

    def exposure(self, t: Item) -> Item | None:
        """تعرّض/يتعرض a few words before a verbal noun with لـ."""
        for p in self.preds:
            if p.kind == "word" and p.word == "exposed" and 0 <= t.i - p.j <= 5 \
                    and not self.pred_between(p.j, t.i):
                return p
        return None

    def agent_phrase(self, t: Item, end: int) -> Item | None:
        """The entity after على يد / على أيدي / من قبل following a verb (its agent: the verb is passive),
        or after the weapon it was done with (برصاص الجيش، بنيران القوات، بقذائف النظام)."""
        instruments = self.w.get("instrument", ())
        for k in range(t.j, min(end, t.j + 8)):
            if (self.tok(k) == "علي" and self.tok(k + 1) in ("يد", "ايدي")) or (
                    self.tok(k) == "من" and self.tok(k + 1) in ("قبل", "جانب")):
                return next((it for it in self.ents if k + 2 <= it.i <= k + 4), None)
            tk = self.tok(k)
            if t.trigger is not None and t.trigger.cls in ("KILL", "ATTACK") and tk[:1] == "ب" \
                    and (tk[1:] in instruments or tk[1:].removeprefix("ال") in instruments):
                it = next((it for it in self.ents if k + 1 <= it.i <= k + 2), None)
                if it is not None and self.is_actor(it) and not self.ent_token(k):
                    return it
        return None

    def demonym_pair(self, t: Item) -> tuple[Item, Item] | None:
        """Two nationality adjectives after a symmetric event noun: التفاهم الروسي التركي."""
        a = next((it for it in self.ents if it.i == t.j and it.mention_kind == "demonym"), None)
        if a is None:
            return None
        b = next((it for it in self.ents if it.i == a.j and it.mention_kind == "demonym"), None)
        return (a, b) if b is not None and b.entity.id != a.entity.id else None

    def pronoun_target(self, t: Item, actors: list[Item], person: bool = False) -> Item | None:
        """The referent of an object pronoun on the trigger (واتهامها: the movement just named)."""
        want = {"ها": "f", "ه": "m", "هم": "m", "هما": ""}.get(t.suffix)
        if want is None:
            return None
        taken = {a.entity.id for a in actors}
        cands = [it for it in reversed(self.ents) if it.j <= t.i and it.entity.id not in taken
                 and self.is_actor(it) and (not want or self.gender(it) == want)]
        if person:
            cands = [it for it in cands if it.entity.type == "Person"] or cands
        return cands[0] if cands else None

    def pronoun_referent(self, t: Item, pron: str, location: bool) -> Item | None:
        """What the pronoun in عليه/عليها after a verb refers to: the nearest fitting entity before."""
        want = {"ها": "f", "ه": "m", "هم": ""}.get(pron, "")
        rel = next((k for k in (t.i - 1, t.i - 2) if self.tok(k) in self.w.get("relative", ())), None)
        types = LOCATION_TYPES
        if rel is not None:
            # … التي يسيطر عليها داعش: the pronoun is the relative's antecedent, named or not
            ant = self.antecedent(rel)
            if ant is not None:
                return ant if not location or ant.entity.type in LOCATION_TYPES else None
            if not location or not any(self.is_transparent(self._split(self.tok(k))[1]) for k in (rel - 1, rel - 2)):
                return None
            types = ("Place", "Facility")   # المناطق التي سيطر عليها: areas of the place in question
        for it in reversed(self.ents):
            if it.j > t.i:
                continue
            if location and it.entity.type not in types:
                continue
            g = "f" if it.entity.type in ("Place",) and self.gender(it) == "f" else self.gender(it)
            if not want or g == want or it.entity.type == "Facility":
                return it
        return None

    def possessed_force(self, v: Item) -> bool:
        """The word before the verb is a force or people noun with a possessive pronoun (طائراتها، مقاتليه)."""
        return self.possessed_force_at(v.i - 1)

    def possessed_force_at(self, k: int) -> bool:
        """Token k is a force or people noun with a possessive pronoun (طائراتها، مقاتليه)."""
        t = self.tok(k)
        for suf in ("ها", "هم", "ه"):
            if t.endswith(suf) and len(t) > len(suf) + 2:
                stem = t[: -len(suf)]
                stems = {stem, stem[:-1] + "ه" if stem.endswith("ت") else stem,
                         stem[:-1] + "و" if stem.endswith("ي") else stem}     # قواتها، قوته، مقاتليه
                if any(x in self.w.get("force", ()) or x in self.w.get("people", ()) for x in stems):
                    return True
        return False

    def bare_complement(self, v: Item) -> bool:
        """The verb opens a complement clause (أن [تكون قد] سيطرت) with no subject of its own."""
        k = v.i - 1
        while k >= 0 and k >= v.i - 4:
            t = self.tok(k)
            if t in ("ان", "بان"):
                return True
            if not (t in _CLAUSE_PARTICLES or t in ("تكون", "يكون", "تكن", "يكن", "كانت", "كان")):
                return False
            k -= 1
        return False

    def common_subject(self, v: Item) -> bool:
        """A definite common noun right after the verb (or its resumptive عليها) is its subject:
        كوباني التي يسيطر عليها الأكراد — no earlier actor carries over."""
        k = v.j
        if self._prep_pronoun(self.tok(k), self.preps) is not None:
            k += 1
        t = self.tok(k)
        return t.startswith("ال") and len(t) > 3 and not self.ent_token(k) and t not in self.preps \
            and not self.is_transparent(t) and not any(p.i <= k < p.j for p in self.items)

    def opens_clause(self, v: Item) -> bool:
        """The verb starts its clause (but for particles): its subject may be dropped. After a noun
        that kg does not know (مظاهر جديدة غزت درنة) the subject is that noun, not the focus."""
        k = self.clause_start(v.i)
        nouns = {x for p in self.preds if p.kind == "trigger" and p.trigger.pos == "noun" for x in range(p.i, p.j)}
        if v.i - 1 in nouns or (v.i - 2 in nouns and self.tok(v.i - 1) not in self.preps):
            return True                # ضربتين استهدفتا، غارات جوية استهدفت: the event noun is the subject
        after_noun = False
        while k < v.i:
            t = self.tok(k)
            if k in nouns:
                after_noun = True      # ضربتين استهدفتا: the event noun is the subject; its actor acts
            elif not (t in _CLAUSE_PARTICLES or t in self.barrier_words or t in _QUOTES or t in _COMMA
                      or (after_noun and (t.isdigit() or t in self.transparent))):
                return False
            k += 1
        return True

    def joined_subject(self, v: Item) -> Item | None:
        """دخلت الشرطة المبنى وأغلقت أبوابه: the subject of the verb that a verb joined by و or ف continues in its
        clause (named before the joined verb and agreeing with it), its own subject dropped."""
        if v.clitic[:1] not in ("و", "ف") or v.trigger is None:
            return None
        start = self.clause_start(v.i)
        prev = next((p for p in reversed(self.preds) if p.kind == "trigger" and p.trigger is not None
                     and p.trigger.pos == "verb" and start <= p.i < v.i and self.reading(p).pos == "verb"), None)
        if prev is None or self.pred_between(prev.j, v.i, prev):
            return None
        subj, _ = self.subject(prev, v.i)
        if subj is None or subj.j > v.i or subj.mention_kind == "demonym" or not self.agrees(v, subj):
            return None
        return subj

    def clause_subject(self, t: Item) -> Item | None:
        """A bare actor heading the clause of an event noun that has no actor of its own."""
        stance = self.stance_object(t)
        if stance is not None and self.reading(stance).relation not in _ADDRESSED:
            return None     # أعرب الوزير عن إدانته للتفجير: the minister condemns, he did not bomb
        start = self.clause_start(t.i)
        if any(self.tok(k) in _RESPONSE for k in range(start, t.i)):
            return None     # شنت مقاتلات غارات ردا على إطلاق صواريخ: the deed responded to is another's
        subj, bare = None, 0
        rep = self.report_for(t)
        speaker = None
        if rep is not None and ("ب" in t.clitic or (t.trigger is not None and self.reading(t).cls == "KILL")
                                or "علن" not in self.tok(rep.i)):
            # أفاد المرصد بمقتل 12 … في قصف …: who reports an event is not who did it; only one who
            # announces (أعلن الجيش الحر استهداف مقرات النظام) may announce its own act
            speaker = self.speaker(rep)
        for it in self.ents:
            if it is speaker:
                continue
            if start <= it.i and it.j <= t.i and (not self.gov(it) or self.owned(it)) and self.is_actor(it) \
                    and id(it) not in self.participial \
                    and ("ب" in t.clitic or self.tok(t.i - 1)[:1] == "ب" and self.tok(t.i - 1) not in _MANNER
                         or not any(
                        # after a transitive verb a noun phrase is its object (قتلوا ثلاثة من رجال الشرطة
                        # في هجوم), not the subject of a later event noun
                        start <= p.i < it.i and not _is_light(p) and p.trigger is not None
                        and (r := self.reading(p)).pos == "verb" and "obj" in r.targets for p in self.preds)) \
                    and not any(it.j <= p.i < t.i and not _is_light(p) and not (p is rep and speaker is None) and (
                        p.kind == "word" or (p.trigger and p.trigger.pos == "verb")) for p in self.preds) \
                    and not any(start <= p.i < it.i and p.trigger is not None and (
                        p.trigger.pos == "verb" and p.trigger.patient_subject
                        or (r := self.reading(p)).pos == "noun" and r.cls == "KILL") for p in self.preds) \
                    and not (t.trigger is not None and self.reading(t).type == "ASSAULT"
                             and self._counted_casualties(it)):
                # لقي 20 من داعش مصرعهم في قصف، مقتل 30 عنصرا من داعش في غارات: the subject of a verb it
                # befalls (died, was wounded), or those a killing noun names, are victims, not the doer of
                # the event noun after it
                subj = it        # قوة أمنية تابعة لقيادة عمليات دجلة تمكنت من قتل …: through the light verb
                bare += 1
        if stance is not None and bare < 2:
            return None     # طالب المتظاهرون بوقف القصف: who demands is not who shells …
        return subj         # … but whom it is demanded of is: تطالب فرنسا الأردن بتكثيف محاربته

    def _counted_casualties(self, it: Item) -> bool:
        """إصابة نحو 18 جنديا، سقوط 7 قتلى بين صفوف الجيش: those counted after a word of casualty before its
        figure (words.tsv casualty), or in whose ranks the dead fell, are dead or hurt, no doer."""
        casualty = self.w.get("casualty", ())
        ranks = next((k for k in range(max(1, it.i - 6), it.i) if self.tok(k) == "صفوف"
                      and self.tok(k - 1) in ("بين", "في")), -1)
        if ranks > 0 and any(self.tok(x) in casualty for x in range(max(0, ranks - 5), ranks - 1)):
            return True     # سقوط سبعة قتلى بين صفوف القوات الموالية لهادي: the dead are of those ranks
        k = self.count_index(it)
        if k < 0:
            return False
        k -= 1
        while k > 0 and self.tok(k) in _COUNT_MODIFIERS:
            k -= 1
        w = self.tok(k)
        return w in casualty or w[:1] in ("و", "ب", "ل") and w[1:] in casualty

    def _between(self, t: Item, end: int):
        for k in range(t.j, min(t.j + 9, self.n)):
            if self.barrier(k) or self.tok(k) in _COMMA or (k > t.j + 2 and self.pred_between(t.j, k)):
                return None   # تجددت المعارك العنيفة الخميس في مدينة درعا بين …: the place and time may come first
            if self.tok(k) == "بين":
                first = None
                for it in self.ents:   # بين وزراء خارجية دول مجلس التعاون وجون كيري
                    if it.i > k and it.i - k <= 5 and not self.pred_between(k, it.i) and all(
                            self.tok(x) not in self.preps and self.tok(x) not in _COMMA for x in range(k + 1, it.i)):
                        first = it
                        break
                    if it.i > k:
                        break
                if first is None:
                    return None
                conj = self.conjuncts(first, self.n)
                marked, other = self._other_side(conj[-1])
                if marked:
                    # بين X وY من جهة، وبين Z من جهة أخرى: two sides, each possibly a list; one side may
                    # have unnamed allies (والمسلحين الموالين لها من جهة) and the other may be unnamed
                    return (conj, self.conjuncts(other, self.n)) if other is not None else None
                if len(conj) >= 2:
                    return conj[:1], conj[1:2]
                if self.is_actor(first):
                    return conj[:1], []    # بين الجيش ومسلحي مجلس شورى …: one side named, a party all the same
                return None
        return None

    def _other_side(self, last: Item) -> tuple[bool, Item | None]:
        """Whether "من جهة" (or من ناحية) closes the side that ends with ``last`` (within 10 words, no
        comma), and the first entity of the other side if it is named within 3 words after it."""
        side = self.w.get("side", ())
        k = next((x for x in range(last.j, min(self.n, last.j + 10))
                  if self.tok(x) == "من" and self.tok(x + 1) in side), -1)
        if k < 0 or any(self.tok(y) in _COMMA for y in range(last.j, k)):
            return False, None
        k += 2
        while k < self.n and self.tok(k) in _COMMA:
            k += 1
        return True, next((it for it in self.ents if k <= it.i <= k + 3 and not self.pred_between(k, it.i)), None)
