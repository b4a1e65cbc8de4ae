"""Candidate role fillers, one function per construction of Arabic news syntax: the object, the noun phrase
after a preposition, the genitive of an event noun, the light verb that carries an event noun, agent
phrases, relative clauses and pronouns (subjects are ``kg.extract.subjects``)."""
from __future__ import annotations

from ..lexicon import Generic
from ..model import ACTOR_TYPES, DEED_TYPES, LOCATION_TYPES
from ..recognize import Item
from ..recognize_model import _COMPASS
from .words import (
    _ATTRIBUTIVE_OWNERSHIP,
    _COMMA,
    _COUNT_MODIFIERS,
    _QUOTES,
    _TOLD_BEFORE,
    _head,
    _is_light,
    _is_light_noun,
)

# adverbs of manner with ب (ودانت السعودية بشدة التفجير): the verb's, no phrase the event noun heads
# conditions: an event noun after one is no object of a light verb before it (سترتكب خطأ إذا اتخذت … بعد
# الاتفاق), folded
_CONDITIONS = frozenset({"اذا", "لو"})
_MANNER = frozenset({"بشده", "بقوه", "بحزم", "بعنف", "بشكل", "بصوره", "باستمرار", "بسرعه"})
_STANCES = frozenset({"condemned", "rejected", "welcomed", "praised", "criticized", "condoled", "solidarity",
                      "demanded", "calledOn", "requested", "warned",      # stances on a deed someone else did
                      "investigated",
                      "demonstrated", "protested", "satIn", "wentOnStrike"})   # (a protest against an arrest)
_STANCE_DEEDS = frozenset({"ASSAULT", "COERCE", "SANCTION", "CONCEDE", "RETREAT", "MOBILIZE"})   # deeds a stance is on
_ADDRESSED = frozenset({"demanded", "calledOn", "requested"})   # … one that may name who is to do it
# classes whose town named after a preposition is only where the event happens, never what it is done to
_PLACE_IS_WHERE = {"PROTEST": ("Place",), "MOBILIZE": LOCATION_TYPES}    # (a state protested against is one)
_AT_LEAST = frozenset({"علي", "الاقل"})       # مقتل 300 على الأقل من …: "at least" after a count


# words of response: the event noun after them is the deed responded to, not the light verb's
_RESPONSE = frozenset({"ردا", "انتقاما", "ثارا", "ثأرا"})
# classes of verbs whose subject an attack noun right after them is (استهدف هجوم حاجزا، قتلت غارة مدنيين)
_HARM = frozenset({"ATTACK", "KILL"})


# prepositions of where to (folded): past "from" a place, the place advanced on (تقدمت من عدن باتجاه الحوطة; one
# who flees or withdraws leaves the place after من)
_ONWARD = frozenset({"نحو", "باتجاه", "بتجاه", "الي", "صوب", "تجاه"})


class Arguments:
    def bare_object(self, v: Item, after: Item | None, stop: int, start: int | None = None) -> Item | None:
        if start is None:
            start = self.past_instrument(after.j if after is not None else v.j)   # (استهدف التنظيم بسيارة مفخخة تجمعا)
            if after is not None and self.tok(start) == "من":
                group = next((it for it in self.ents if it.i == start + 1), None)
                if group is not None and self.is_actor(group):
                    start = group.j   # هاجم مسلحون من حركة الشباب قاعدة: the object after the subject's group
        start = self._past_participle_phrase(start)
        if after is not None and after.i > v.i and self.joined_count(start):
            return None       # قتل جندي وثمانية مقاتلين: a figure joined to the subject counts more of the subject
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
                    or self.event_adjective(it) or self._place_of_group(it):
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
            if self.gov(it) in ("في", "من", "ب") and it.entity.type in ACTOR_TYPES and self.member_of(it, start):
                return it          # اغتال مسلحون قياديا في حزب الإصلاح: a member of the group stands for it
            if 0 <= it.lead and it.lead in (start, first) and not it.clitic \
                    and not self.tok(it.lead).startswith(("لل", "بال", "كال")):
                return it          # قتل الجيش القيادي في داعش أبو علي الأنباري: the person a title phrase names
            if self.gov(it) or self.chain_prep(it, start):
                continue
            # (قتلوا المسلحين الموالين للحوثيين: unnamed fighters loyal to a party stand for it)
            return self.loyal_party(it.i) or it
        return None

    def chain_prep(self, it: Item, start: int) -> str:
        """The preposition an entity is in the phrase of as the genitive of a noun in construct (النار على
        المتظاهرين قرب حدود غزة، مناطق في جرود القلمون، في قضية تفجير مسجد): "" if none, or past a count or the
        members of a group (العشرات من عناصر التنظيم). A genitive is definite: a name or a noun with the
        article, not an adjective (في غارة جوية أمريكية)."""
        if it.mention_kind == "demonym" and not it.nominal \
                or it.mention_kind != "name" and not self.tok(it.i)[len(it.clitic):].startswith("ال"):
            return ""
        k = it.i - 1
        while k >= start and k > it.i - 4:
            t = self.tok(k)
            if t in self.preps and k < it.i - 1:
                return "" if t == "من" else t
            if t.startswith(("ال", "و", "ف")) or t.isdigit() or self.ent_token(k) or t in _COMMA \
                    or self.is_transparent(t) or t in self.w.get("number", ()) \
                    or t in self.w.get("member", ()) or self.pred_between(k, k + 1) \
                    or self.pronoun_ended(k) or t.endswith(("ين", "ان", "ون")):
                return ""     # (في بيانه حزب العمال، قبل يومين روسيا: no noun in construct)
            k -= 1
        return ""

    def _place_of_group(self, it: Item) -> bool:
        """A place right after an unnamed group, in its genitive (شرطة محافظة الأنبار): where the group is
        from, part of its noun phrase, no object of its own."""
        if it.entity.type not in ("Place", "Country") or it.clitic or it.mention_kind == "demonym":
            return False     # (a country's adjective is no genitive: الحكومة البحرينية القائم بالأعمال الإيراني)
        head = _head(it)
        if self.tok(head - 1) in self.transparent and not self.ent_token(head - 1):
            head -= 1                    # (its noun of place: شرطة محافظة الأنبار)
        return any(x.j == head and x.mention_kind == "generic" and x.entity.type not in LOCATION_TYPES
                   and not self.tok(x.j - 1).startswith(("ال", "وال", "بال", "لل", "ولل"))
                   for x in self.ents)      # (a definite word ends it: اتهمت الصحف الإيرانية الولايات المتحدة)

    def _indefinite_word(self, k: int) -> bool:
        """Token k is a common indefinite word: no article, name, preposition, number or conjunction."""
        w = self.tok(k)
        return not (w.startswith("ال") or self.ent_token(k) or w in self.preps or w.isdigit()
                    or w[:1] in ("و", "ف", "ب") or w in _COMMA)

    def event_adjective(self, it: Item) -> bool:
        """A nationality adjective right after an event noun in a prepositional phrase (بغارة إسرائيلية،
        في القصف الروسي): the noun's doer, part of that phrase, not a verb's subject or object (a bare
        event noun is an object itself: دانت القصف التركي). So is an adjective that names the deed's agent
        by its manner (في تفجير انتحاري)."""
        agent = getattr(it.ref, "agent", False)
        return (it.mention_kind == "demonym" or agent) and any(
            p.kind == "trigger" and p.j == it.i and self.reading(p).pos == "noun" and (
                self.after_preposition(p) or agent and self._genitive_of_noun(p))
            for p in self.preds)

    def _genitive_of_noun(self, p: Item) -> bool:
        """The event noun is the genitive of a noun of its scene (words.tsv scene: منطقة الاعتداء الانتحاري،
        موقع التفجير): part of that noun's phrase; its agent adjective names the deed's manner, no one the
        verb acts on."""
        return not p.clitic and p.i > 0 and self.tok(p.i - 1) in self.w.get("scene", ())

    def _agreeing_adjective(self, k: int, definite: bool) -> bool:
        """Token k is an adjective agreeing with the noun before it: a nisba or feminine ending (جوية،
        مدفعي، عنيفة), with the article when the noun has it; not a name, a number or a preposition."""
        t = self.tok(k)
        if self.ent_token(k) or t in self.preps or t.isdigit() or t in self.w.get("number", ()):
            return False
        if definite != t.startswith("ال"):
            return False
        c, _ = self._split(t)
        if c and c not in ("و", "ف"):
            return False     # بنظيره، لقواته: a known noun after a preposition (its ه a pronoun), no adjective
        return len(t) > 3 and t.endswith(("ي", "يه", "ه")) or self._described(k)   # (جوي: short, but of mode)

    def _past_participle_phrase(self, k: int) -> int:
        """The token after a participle phrase that describes the subject, at k (مقاتلات ليبية تابعة للحكومة
        المعترف بها دوليا مواقع …): past the participle, the entity it names and that entity's adjectives
        (definite words, a pronoun after بـ, an adverb in -يا); k itself when none starts there."""
        p = next((p for p in self.preds if p.kind == "trigger" and p.i == k
                  and self.reading(p).pos in ("passive", "attributive")), None)
        if p is None:
            return k
        it = next((it for it in self.ents if p.j <= it.i <= p.j + 1 and id(it) in self.participial), None)
        if it is None:
            return k
        k = it.j
        while k < it.j + 4 and not self.ent_token(k) and not any(q.i == k for q in self.preds) and (
                self.tok(k).startswith("ال") or self.tok(k) in ("بها", "به", "بهم", "لها", "له")
                or self.tok(k).endswith("يا") and len(self.tok(k)) > 4):
            k += 1
        return k

    def member_of(self, it: Item, start: int) -> bool:
        """قياديا في (جماعة) الإخوان، عضوا من حماس، قائدا بالتنظيم: the entity names the group of a
        member noun (maybe with its adjective) that starts at or after ``start``."""
        k = _head(it) - 1
        while k > start and self.is_transparent(self.tok(k)):
            k -= 1
        c, rest = self._split(self.tok(k))
        if it.clitic == "ب" and k <= it.i:
            k = it.i      # قياديا بحزب الإصلاح: the preposition on the group's first word
        elif not (c == "ب" and self.is_transparent(rest)) and self.tok(k) not in ("في", "من"):
            return False  # (or on its head noun: قياديا بتنظيم القاعدة)
        member = self.w.get("member", ())
        if k - 1 >= start and self.tok(k - 1) in member:
            return True
        # (its adjective between: قائد ميداني في جبهة النصرة، قياديا بارزا في، قيادي بارز في)
        # (a singular adjective, indefinite as its noun: no name, preposition, event word or "other")
        adj = self.tok(k - 1)
        return k - 2 >= start and self.tok(k - 2) in member and adj.isalpha() and not adj.startswith("ال") \
            and not adj.endswith(("ون", "ين")) and adj.removesuffix("ا") != "اخر" \
            and adj not in self.preps and not self.ent_token(k - 1) and not any(p.i <= k - 1 < p.j for p in self.preds)

    def _at_expense_of(self, it: Item) -> bool:
        """على حساب X, "at X's expense" (with a noun between: على حساب تنظيم داعش): X lost the ground."""
        return any(self.tok(x) == "حساب" and self.tok(x - 1) == "علي"
                   and not any(self.ent_token(k) for k in range(x + 1, it.i)) for x in (it.i - 1, it.i - 2))

    def prep_target(self, t: Item, preps: tuple[str, ...], start: int, stop: int,
                    location: bool = False) -> Item | None:
        """The entity introduced by one of the trigger's prepositions. For relations over places
        (control, advance, withdraw, siege) "في مناطق النظام داخل مدينة دير الزور" and "من المناطق التي
        سيطر عليها … في المدينة" name the place further on."""
        found = self._prep_target(t, preps, start, stop, location)
        if found is None and not location:
            # فرضت عقوبات على شركات روسية، هجوم على دورية تركية: a common noun after the preposition with a
            # nationality adjective: the country it belongs to
            k = next((k for k in range(start, min(stop, start + 4)) if self.tok(k) in preps), -1)
            if k >= 0 and not self.pred_between(t.j, k):
                found = self.owner_adjective(k + 1, indefinite=True) or next((
                    it for it in self.ents if k + 1 < it.i <= k + 6 and self.gov(it) in ("في", "من", "ب")
                    and it.entity.type in ACTOR_TYPES and self.member_of(it, k + 1)
                    and not self.pred_between(k, it.i)), None)
                # (عقوبات على ثلاثة قادة في حزب الله: the members' group)
            elif self.tok(start).startswith(("لل", "بال")) and self.tok(start)[0] in preps \
                    and not self.ent_token(start):
                # رفضها للتدخل الروسي: a definite noun with the preposition on it and a nationality adjective
                found = next((it for it in self.ents if it.i == start + 1 and not it.clitic
                              and self.tok(it.i).startswith("ال") and (
                                  it.mention_kind == "demonym" and not it.nominal or it.mention_kind == "name"
                                  and it.entity.type == "Country" and self.tok(it.i).endswith("يه"))), None)
                # (بالمبادرة السعودية: the country's name is its feminine adjective)
        if found is not None and t.trigger is not None \
                and found.entity.type in _PLACE_IS_WHERE.get(self.reading(t).cls, ()):
            return None     # تظاهروا أمام مقر الحكومة في بغداد، دفعت القوات بتعزيزات إلى حماة: the place, no target
        return found

    def _prep_target(self, t: Item, preps: tuple[str, ...], start: int, stop: int, location: bool) -> Item | None:
        """``prep_target`` before a place is set aside as no target (a place still ends a verb's subject)."""
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
            gov = self.gov(it) or self.chain_prep(it, start)     # (ضد هجمات النصرة: the preposition's phrase)
            if location and "ضد" in preps and it.entity.type not in LOCATION_TYPES and self.is_actor(it) and (
                    gov == "ضد" or self._at_expense_of(it)):
                return it      # تقدمت القوات ضد داعش / على حساب داعش في الأنبار: the side advanced on
            if found is None and gov and gov in preps:
                if gov == "من" and location and t.trigger is not None and self.reading(t).cls == "ADVANCE":
                    # تقدمت القوات من عدن باتجاه الحوطة: where from, then where to: the place advanced on
                    onward = next((x for x in self.ents if it.i < x.i < min(stop, it.i + 7)
                                   and x.entity.type in LOCATION_TYPES
                                   and (self.gov(x) or self.chain_prep(x, start)) in _ONWARD), None)
                    if onward is not None:
                        return onward
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
                            and (self.gov(it) or self.chain_prep(it, k)) in ("في", "ب") \
                            and not self.pred_between(k, it.i):
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
        if t.suffix:
            return None          # سيطرتها على خمسة مواقع للحوثيين: the pronoun is the noun's genitive
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
            if self.gov(it) in ("في", "من", "ب") and it.entity.type in ACTOR_TYPES and _head(it) - t.j <= 4 \
                    and self.member_of(it, t.j) and not any(self.tok(x) in self.preps for x in range(t.j, it.i - 1)):
                return it      # مقتل قيادي في تنظيم القاعدة: the member's group (not عقوبات على قادة في …)
            if (it.mention_kind == "demonym" or getattr(it.ref, "agent", False)) and it.i == t.j + 1 \
                    and self._agreeing_adjective(t.j, definite):
                # غارة جوية تركية، القصف المدفعي الروسي: a nationality after an adjective; تفجير إرهابي
                # انتحاري: the manner that names the doer, after one
                return it
            gap = self.tokens[t.j:_head(it)]
            if not definite and len(gap) == 1 and gap[0].startswith("ال") and it.entity.type == "Person" \
                    and it.mention_kind == "name" and it.j - it.i >= 2 and not it.clitic \
                    and t.trigger is not None and self.reading(t).cls in ("KILL", "ARREST", "ACCUSE") \
                    and not self.pred_between(t.j, it.i) and not self.lex.lookup(gap[0]):
                return it      # مقتل المطلوب سالم الشمري: a person's description, then his name (his death, his
                #                arrest: the genitive is who it befell)
            numbers = self.w.get("number", ())
            counted = any(g.isdigit() or g in numbers for g in gap)
            if (len(gap) <= 3 or counted and len(gap) <= 6) and all(
                    self.is_transparent(g) or g in _QUOTES or g in numbers or g in _COUNT_MODIFIERS
                    or counted and g in _AT_LEAST or it.entity.type == "Person" and g in self.w["_titles"]
                    for g in gap) \
                    and (not self.gov(it) or counted and self.gov(it) == "من"):
                # مقتل (ما لا يقل عن) خمسة أشخاص: a count before the genitive; مقتل 300 على الأقل من
                # تنظيم داعش: a count, "at least", and the group they were of; زيارة الملك سلمان: a person's title
                return it
            return None
        return None

    def joined_count(self, k: int) -> bool:
        """A figure joined by و at token k, maybe past an adjective (جندي دولي وثمانية مقاتلين): more of the
        phrase before, not a new one."""
        if self.tok(k).endswith("ي") and not self.ent_token(k) and not any(p.i == k for p in self.preds):
            k += 1
        t = self.tok(k)
        return t[:1] == "و" and (t[1:].isdigit() or t[1:] in self.w.get("number", ()))

    def named_after(self, it: Item) -> Item | None:
        """The person named right after an unnamed group's word for one person (الطفل سالم العلي، الشرطي
        محمود أويار), or None; not after a family's word (عائلة دوابشة: the family, not one of them)."""
        if it.mention_kind != "generic" or it.entity.type != "Group" or not isinstance(it.ref, Generic) \
                or self.tok(it.i)[len(it.clitic):] not in it.ref.one:
            return None
        return next((x for x in self.ents if x.i == it.j and x.entity.type == "Person" and x.mention_kind == "name"
                     and not x.clitic), None)

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

    def _after_light_noun(self, p: Item, t: Item) -> bool:
        """Not a light noun, or the event noun is its deed: with ب or right after a word with ب (قيام مستوطنين
        بإحراق منزل، قيام قوات النظام بارتكاب مجزرة), no event noun with ب between (not أثناء قيام الجنود بأداء
        الصلاة وأسفر عن مقتل)."""
        if not _is_light_noun(p):
            return True
        return ("ب" in t.clitic or self.tok(t.i - 1)[:1] == "ب" and not self.ent_token(t.i - 1)) and not any(
            "ب" in q.clitic and p.j <= q.i < t.i and q.kind == "trigger" for q in self.preds)

    def attack_told_before(self, t: Item) -> bool:
        """The event noun is an attack told right after بعد، عقب، إثر، منذ، قبل (words.py _TOLD_BEFORE), one the
        clause's deed came after or before, and so no deed of the clause's subject: a definite one (أغلقت تونس
        حدودها بعد الهجوم), or an indefinite one-sided attack (فرضت السلطات حظر التجول بعد تفجير). Not a fight
        or a capture, which the subject may have made before going on (تقدمت القوات بعد اشتباكات مع داعش،
        واصلت المقاومة بعد تحرير عدن تقدمها), nor a meeting (أعلن الوزير بعد اللقاء: he met)."""
        # (منذ وقع الهجوم: since it happened)
        if t.clitic or t.suffix or self.word_before_happening(t.i) not in _TOLD_BEFORE or t.trigger is None:
            return False    # (منذ هجومه الواسع: the pronoun names its doer)
        if any(_is_light(p) and p.suffix and 0 <= p.i - t.j <= 3 for p in self.preds):
            return False    # (بعد هجوم كبير شنته على القاعدة: the light verb's pronoun names its doer)
        tr = self.reading(t)
        return tr.type == "ASSAULT" and (self.tok(t.i).startswith("ال") or tr.cls == "ATTACK" and not tr.symmetric)

    def _light_verb_past_asides(self, start: int) -> Item | None:
        """وشن تنظيم داعش، الذي يسيطر على مناطق واسعة، هجمات؛ شنت القوات الموالية للحكومة، اليوم (الاثنين)،
        هجوما: past asides set off by commas (a relative clause, a time) before the noun's clause, the light
        verb whose subject is named right after it, with no other predicate after them."""
        k, skipped = start - 1, 0
        while k > 0 and self.tok(k) in _COMMA:
            s = k
            while s > 0 and self.tok(s - 1) not in _COMMA and k - s < 30:
                s -= 1
            aside = self.tok(s) in self.w.get("relative", ()) or all(
                self.time_word(j) or self.tok(j) in _QUOTES or self.tok(j).isdigit() for j in range(s, k))
            if aside and s > 0 and self.tok(s - 1) in _COMMA:
                k, skipped = s - 1, skipped + 1
                continue
            if not skipped:
                return None
            return next((p for p in self.preds if _is_light(p) and s <= p.i < k
                         and any((x.i == p.j or x.i == p.j + 1 and self.tok(p.j) in self.w.get("head", ()))
                                 and self.is_actor(x) for x in self.ents)
                         and not any(q is not p and p.j <= q.i < k and (q.kind == "word" or q.trigger is not None
                                                                         and q.trigger.pos not in ("passive", "attributive"))
                                     for q in self.preds)), None)
        return None

    def light_verb_for(self, t: Item) -> Item | None:
        """The light verb whose object the event noun is: شن … هجوما، الغارات التي شنتها."""
        stance = self.stance_object(t)
        for p in self.preds:       # استعادا السيطرة على، فرض سيطرته على: a verb right before its event noun
            if p.kind == "trigger" and p.j == t.i and p.trigger.pos == "verb" and p is not stance and not (
                    t.clitic.lstrip("وف") and (p.trigger.cls == "KILL" or p.trigger.patient_subject)) and not (
                    p.trigger.cls in _HARM and not p.trigger.patient_subject
                    and self.reading(t).cls == "ATTACK" and self.subject_noun(t)):
                # (not قتلوا بانفجار، أصيبوا بقصف: those killed or hurt by an attack did not make it; not
                # استهدفت الغارات …، استهدف هجوم انتحاري …، قتلت غارة خمسة مدنيين: the attack noun is the
                # subject of the verb of attacking or killing; قتل حرقا: an accusative tells how)
                return p
        start = self.clause_start(t.i)
        if t.clitic.startswith("و") and start > 0 and self.tok(start - 1) in _COMMA:
            start = self.clause_start(start - 1)     # a coordinated noun shares the earlier light verb
        own = None if self.reading(t).type not in DEED_TYPES else next((
            p for p in self.preds if _is_light(p) and p.suffix and 0 < p.i - t.j <= 3
            and not any(q.kind == "trigger" and t.j <= q.i < p.i for q in self.preds)
            and any((x.i == p.j or x.i == p.j + 1 and self.tok(p.j) in self.w.get("head", ()))
                    and not x.clitic and self.is_actor(x) for x in self.ents)), None)
        if own is not None and any(_is_light(p) and start <= p.i < t.i for p in self.preds):
            return own      # كثف الجيش عملياته عقب هجوم شنته ولاية سيناء: the noun's own light verb, with its
            #                 pronoun and its subject named right after it, before one told earlier in the clause
        if self.attack_told_before(t):
            start = t.i     # فرضت السلطات حظر التجول بعد تفجير استهدف …: none of an earlier light verb
        for p in reversed(self.preds):
            if _is_light(p) and start <= p.i < t.i and t.i - p.j <= 12 and not any(
                    self.tok(k) in _RESPONSE or self.tok(k) in _CONDITIONS for k in range(p.j, t.i)) \
                    and self._after_light_noun(p, t):
                if self.reading(t).type == "ASSAULT" and self.conj_word(p.i, self.w.get("express", ())):
                    break   # أعرب أوباما عن حزنه لمقتل الجنود: a verb of expressing tells a feeling or a stance
                    #         about an attack, never makes it
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
                        self.ent_token(k) or self.tok(k) in _COMMA or self.time_word(k) or self.tok(k).isdigit()
                        or self.tok(k) in self.w.get("period", ())
                        or self.tok(k).removeprefix("ال") in self.w.get("force", ()) for k in range(p.j, start - 1)):
                    # (شنت تركيا خلال الأيام الماضية، غارات: a span of time before the comma, words.tsv period)
                    return p
            rel = next((k for k in range(s2 - 1, max(s2 - 3, 0) - 1, -1)
                        if self.tok(k) in self.w.get("relative", ())), -1)
            if rel > 0 and not any(self.tok(k) in _COMMA for k in range(rel, start - 1)):
                # قام المسلحون الذين يسيطرون على المدينة، بقصف: past the subject's relative clause
                s3 = self.clause_start(rel)
                for p in self.preds:
                    if _is_light(p) and s3 <= p.i < rel and 0 < rel - p.j <= 4 and all(
                            self.ent_token(k) or self.tok(k).removeprefix("ال") in self.w.get("force", ())
                            for k in range(p.j, rel)):
                        return p
        past = self._light_verb_past_asides(start) if start > 0 and self.tok(start - 1) in _COMMA else None
        if past is not None:
            return past
        def other_noun(a: int, b: int) -> bool:
            # للتنديد بالغارات التي يشنها الجيش: the light verb after another event noun is that noun's
            # (not a noun joined to this one by و: أعمال قصف وقنص نفذها الحوثيون, both theirs)
            return any(q.kind == "trigger" and q is not t and a <= q.i < b
                       and not (q.i == t.j and q.clitic.startswith("و")) for q in self.preds)
        for p in self.preds:   # قصف جوي عنيف نفذته طائرات …، عمليات قصف قامت بها الميليشيات
            if _is_light(p) and 0 <= p.i - t.j <= 3 and not other_noun(t.j, p.i) and (
                    p.suffix or self._prep_pronoun(self.tok(p.j), ("ب",)) and any(
                        p.j < x.i <= p.j + 3 and not x.clitic and not self.gov(x) and self.is_actor(x)
                        for x in self.ents)):
                return p       # (قام بها with its subject named after it, not a dropped one: زيارة قام بها لموسكو)
        if self.reading(t).cls == "ATTACK":
            for p in self.items:   # انفجار ألغام زرعها الحوثيون: who planted what blew up set it off
                if p.kind == "trigger" and p.suffix and 0 < p.i - t.j <= 3 and p.trigger is not None \
                        and p.trigger.relation == "planted" and not other_noun(t.j, p.i):
                    return p
        # relative clause after the noun: الغارات التي شنتها مقاتلات النظام
        relative = self.w.get("relative", ())
        k = t.j
        while k < self.n and k - t.j <= 2 and self.tok(k) not in relative:
            k += 1
        near = self.tok(k) in relative
        if not near:
            # (تفجير مسجد الصادق بالعاصمة الكويت والذي أودى بحياة 27 شخصا وتبناه التنظيم: past what the noun
            # names, its place and an adjective, a relative clause joined by و)
            # (الهجوم الانتحاري في 20 يوليو في سوروتش، والذي قام به تنظيم داعش: past a phrase of place or time)
            k = t.j
            while k < self.n and k - t.j <= 12 and not self.conj_word(k, relative) and (
                    self.ent_token(k) or self.tok(k).startswith(("ال", "بال")) or self.is_transparent(self.tok(k))
                    or self.tok(k) in self.w.get("month", ()) or self.tok(k) in _COMPASS
                    or self.tok(k) in ("في", "قرب", "وسط")
                    or self.tok(k) in _COMMA and self.conj_word(k + 1, relative)):
                k += 1
        if self.conj_word(k, relative) and not other_noun(t.j, k):
            for p in self.preds:
                if _is_light(p) and p.i == k + 1 and (near or p.suffix or self._prep_pronoun(self.tok(p.j), ("ب",))):
                    return p    # (not والذي قام بعدها after a named genitive: the relative stands for it; والذي
                    #             قام به، والذي نفذه: its pronoun stands for the noun)
            for p in self.preds:
                # الهجوم الذي وقع في عدن أمس نفذه تنظيم القاعدة: past its relative clause, the noun's predicate,
                # a light verb with a pronoun that stands for it
                if _is_light(p) and p.suffix and k + 2 < p.i <= k + 10 and not any(
                        self.barrier(x) or self.tok(x) in _COMMA for x in range(k + 1, p.i)):
                    return p
        return None

    def exposure(self, t: Item) -> Item | None:
        """تعرّض/يتعرض a few words before a verbal noun with لـ, or نجا/ينجو before one after من."""
        for p in self.preds:
            if p.kind == "word" and p.word in ("exposed", "survived") and 0 <= t.i - p.j <= 5 \
                    and not self.pred_between(p.j, t.i):
                return p
        return None

    def agent_phrase(self, t: Item, end: int) -> Item | None:
        """The entity after على يد / على أيدي / من قبل following a verb (its agent: the verb is passive),
        after the weapon it was done with (برصاص الجيش، بنيران القوات، بقذائف النظام), or whose operation it was
        (في عملية للمقاومة: words.tsv operation)."""
        instruments = self.w.get("instrument", ())
        base = t.j
        if t.trigger is not None and self.reading(t).requires:
            # لقي العشرات من عناصر الميليشيات، أمس، مصرعهم على يد المقاومة: from the word the verb needs on
            need = self.reading(t).requires
            base = next((k + 1 for k in range(t.j, min(end, t.j + 12)) if self.tok(k) in need
                         and not self.tok(k).startswith("ب")), t.j)     # (not برصاص: the weapon, read below)
        for k in range(base, min(end, base + 12)):
            near = k < base + 8     # (an operation may be named further on, past the victims and the time)
            if near and (self.tok(k) == "علي" and self.tok(k + 1) in ("يد", "ايدي")
                         or self.tok(k) == "من" and self.tok(k + 1) in ("قبل", "جانب")):
                return next((it for it in self.ents if k + 2 <= it.i <= k + 4), None) or next((
                    it for it in self.ents if k + 4 < it.i <= k + 7 and self.is_actor(it) and any(
                        p.kind == "trigger" and p.trigger is not None and p.trigger.pos == "attributive"
                        and k + 2 <= p.i < it.i for p in self.items)), None)
                # (على أيدي مقاتلين ينتمون إلى جماعة بوكو حرام: the men's group, past the word of belonging)
            tk = self.tok(k)
            if t.trigger is not None and t.trigger.cls in ("KILL", "ATTACK") and tk == "في" \
                    and self.tok(k + 1) in self.w.get("operation", ()):
                # لقي ستة مصرعهم في عملية نوعية للمقاومة: the one the operation is of (لـ) carried it out
                x = k + 2
                while x < k + 4 and not self.ent_token(x) and self.tok(x).endswith(("يه", "ه")):
                    x += 1      # (its adjectives: نوعية، عسكرية)
                it = next((it for it in self.ents if it.i == x and self.gov(it) == "ل"), None)
                if it is not None and self.is_actor(it):
                    return it
            if near and t.trigger is not None and t.trigger.cls in ("KILL", "ATTACK") and tk[:1] == "ب" \
                    and (tk[1:] in instruments or tk[1:].removeprefix("ال") in instruments):
                it = next((it for it in self.ents if k + 1 <= it.i <= k + 3), None)
                # (a force noun and its nationality adjective: بنيران قناص حوثي، برصاص جنود إسرائيليين)
                forced = it is not None and it.mention_kind == "demonym" and it.i == k + 2 and self._force_word_at(k + 1)
                if it is not None and (self.is_actor(it) or forced) and not self.ent_token(k) and self.gov(it) != "ل" \
                        and all(self.tok(x).startswith("ال") or any(p.i == x and _is_light(p) for p in self.preds)
                                or x == k + 1 and (self.tok(x).endswith("يه") or forced or self._force_word_at(x))
                                and not self.ent_token(x)
                                for x in range(k + 1, _head(it))):
                    # (the weapon's genitive, past an adjective or the light verb of a relative clause:
                    # بقذائف الهاون التابعة، بصاروخ أطلقته قوة إيساف، بأعيرة نارية أطلقها مجهولون، the force
                    # noun in construct: بنيران قناصة الحوثيين؛ not قصفت
                    # بالصواريخ مواقع للحوثيين, the object and its owner after the weapon)
                    return it
                if self._force_word_at(k + 1) and not self.ent_token(k + 1) and self.tok(k + 2) == "من":
                    # برصاص قناص من تنظيم داعش: a force noun and the group it is of (past its head noun)
                    x = k + 4 if self.tok(k + 3) in self.w.get("head", ()) else k + 3
                    it = next((it for it in self.ents if it.i == x and not it.clitic and self.is_actor(it)), None)
                    if it is not None:
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
                 and self.is_actor(it) and (not want or self.gender(it) == want)
                 and not (it.entity.type == "Media" and self.gov(it) == "ل")]   # (قال لوكالة فرانس برس: told to)
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

    def _between(self, t: Item, end: int):
        for k in range(t.j, min(t.j + 9, self.n)):
            if self.barrier(k) and not (k == t.j and self.tok(k) in self.w.get("relative", ())) \
                    or self.tok(k) in _COMMA and k not in self.time_asides \
                    or (k > t.j + 2 and self.pred_between(t.j, k)):
                return None   # تجددت المعارك العنيفة الخميس في مدينة درعا بين …: the place and time may come
                #               first (also told aside: المعارك، ليلة السبت، بين), and a relative clause
                #               (المواجهات التي شهدتها القرى بين …)
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
                if len(conj) >= 3:
                    return conj[:-1], conj[-1:]   # بين الحوثيين والموالين لصالح والمقاومة: allies, then the other side
                if len(conj) >= 2:
                    return conj[:1], conj[1:2]
                part = next((p for p in self.items if p.kind == "trigger" and first.j <= p.i <= first.j + 2
                             and p.trigger.pos in ("passive", "attributive")), None)
                if part is not None:
                    # بين رجال المقاومة المدعومين بطيران التحالف ومسلحي الحوثيين: past the participle's phrase,
                    # the next conjunct with و is the other side
                    agent = next((it for it in self.ents if part.j <= it.i <= part.j + 3), None)
                    k = next((x for x in range(agent.j if agent is not None else part.j, min(part.j + 8, self.n))
                              if self.tok(x)[:1] == "و" and len(self.tok(x)) > 2), -1)
                    nxt = next((it for it in self.ents if k >= 0 and k <= it.i <= k + 2
                                and not any(self.barrier(x) or self.tok(x) in _COMMA for x in range(part.j, it.i))),
                               None)
                    if nxt is not None and self.is_actor(first):
                        return conj[:1], self.conjuncts(nxt, self.n)
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
        if k < 0 or any(self.tok(y) in _COMMA and y != k - 1 for y in range(last.j, k)):
            return False, None     # (a comma right before من جهة: بين المقاومة، من جهة والمسلحين …)
        k += 2
        while k < self.n and self.tok(k) in _COMMA:
            k += 1
        return True, next((it for it in self.ents if k <= it.i <= k + 3 and not self.pred_between(k, it.i)), None)
