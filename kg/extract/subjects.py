"""Subjects: who does what a verb or an event noun tells — before or after the verb, agreeing with it,
across an aside, carried by a verb joined to another, heading the clause of an event noun — and who cannot
be (victims, those counted after a word of casualty)."""
from __future__ import annotations

from functools import cached_property

from ..lexicon import Generic
from ..model import DEED_TYPES, LOCATION_TYPES, Entity
from ..recognize import Item
from .arguments import _ADDRESSED, _MANNER, _RESPONSE
from .focus import entity_gender
from .syntax import _BECAME, _bare_part
from .words import (
    _CLAUSE_PARTICLES,
    _COMMA,
    _COMPLEMENT_PRONOUNS,
    _COUNT_MODIFIERS,
    _KANA,
    _QUOTES,
    _SUBJECT_PRONOUNS,
    _head,
    _is_light,
    _victim,
)

# words of cause right before an event noun (folded): جراء، بسبب، نتيجة، بفعل القصف
_CAUSE_BEFORE = frozenset({"جراء", "بسبب", "نتيجه", "بفعل"})
# ما تبقى من، ما بقي من: "what remains of" (folded)
_REMNANT = frozenset({"تبقي", "بقي", "تبقت", "بقيت"})

# "responsible" (folded: مسؤول، مسؤولة، مسؤولين): those responsible for a deed after عن are its doers, unnamed
_RESPONSIBLE = frozenset({"مسوول", "مسووله", "مسوولين", "مسوولون"})

# stances a speaker takes himself when he tells them as the object of a verb of telling (أكد الوزير دعم بلاده
# للحكومة، أكد رفضه): the speaker is their doer, unlike a deed he reports (أكد الجيش مقتل 12)
_OWN_STANCES = frozenset({"SUPPORT", "REJECT", "AGREE", "REQUEST", "THREATEN", "ACCUSE"})
# words that open a clause of its own beside the one before (أعلنت تركيا أن طائراتها قصفت …، فيما دانت بغداد القصف)
_WHILE = frozenset({"فيما", "وفيما", "بينما", "وبينما"})
# words that name a source aside (بحسب المرصد، وفقا للبيان): no verb whose subject a participle after it shares
_ACCORDING_TO = frozenset({"بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "حسبما"})


class Subjects:
    def subject_after(self, v: Item, stop: int) -> Item | None:
        """VSO: the first bare actor after the verb, before the verb's preposition target."""
        loyal = self.loyal_party(v.j)
        if loyal is not None and loyal.i < stop:
            return loyal      # سيطرت القوات الموالية للرئيس هادي على: the party the forces are loyal to
        titled = self._definite_title_at(v.j)
        for it in self.ents:
            if it.i < v.j:
                continue
            if it.i >= stop or it.i - v.j > 9:
                return None
            if titled and it.i == v.j + titled and not it.clitic and self._object_after_title(it, v.j + titled - 1):
                return None       # اتهم الوزير إيران، دعا الرئيس المواطنين: a definite title right after the verb
                #                   is its subject (a definite noun takes no genitive), named or not; the name
                #                   or the group after it is the object
            if titled and not it.clitic and it.i > v.j + titled and not self.tok(v.j + titled).startswith("ال") \
                    and self._title_words_at(v.j + titled) == it.i - v.j - titled:
                return None       # التقى الوزير أمير قطر، استقبل الرئيس رئيس الوزراء العراقي: a second title, in
                #                   construct, after the subject's heads the object; the name after it is the
                #                   object's (a definite one is the subject's own: وزير الخارجية الشيخ عبدالله)
            if titled and it.i > v.j + titled and self.tok(v.j + titled).startswith("ال") \
                    and not self.tok(v.j + titled).endswith(("ي", "يه")) \
                    and (second := self._definite_title_at(v.j + titled)) and it.i == v.j + titled + second \
                    and it.mention_kind in ("demonym", "nominal", "generic"):
                return None       # التقى الوزير السفير الأمريكي: a second definite title after the subject's heads
                #                   the object, and the adjective after it is the object's (not a nisba, the
                #                   subject's own adjective: واصل الوفد الدبلوماسي التركي)
            if self.pred_between(v.j, it.i, v):
                return None
            if id(it) in self.participial and any(
                    p.kind == "trigger" and p.trigger is not None and p.trigger.pos in ("passive", "attributive")
                    and v.j <= p.i < it.i for p in self.items):
                return None       # قصفت الطائرات المناطق الخاضعة لسيطرة الحوثيين: the agent of a participle after
                #                   the verb describes the noun before it, the verb's object
            if any(p.kind == "trigger" and p is not v and v.j <= p.i < it.i and (p.i - v.j <= 1 or not p.clitic and all(
                    self.figure(k) or self.tok(k) in self.w.get("number", ()) for k in range(p.j, _head(it))))
                   and self.reading(p).pos == "noun" and not _is_light(v) for p in self.preds):
                return None       # دمرتها معارك …: an event noun right after the verb is its subject; past
                #                   words kg does not know, a bare one is the verb's object, and the actor
                #                   right after it (maybe past a count) its genitive doer (أدانت الوزارة بشدة
                #                   اقتحام عشرات المستوطنين المسجد)
            if self.tok((c if (c := self.count_index(it)) >= 0 else _head(it)) - 1) in ("سراح", "سبيل"):
                return None       # أطلق سراح الصحفي الياباني، أخلى سبيل خمسة متهمين: whose release, the object
                #                   (maybe after its count); the subject is not named
            part = _head(it) - 1
            if part > v.j and self.tok(part) in self.w.get("head", ()) and not self._force_word_at(part):
                part -= 1         # قصفت الطائرات مواقع تنظيم داعش: past the group's head noun
            if part >= v.j and _bare_part(self.tok(part), self.w.get("part", ())) \
                    and self.tok(part) not in self.w.get("number", ()) \
                    and self.tok(part) not in self.w.get("people", ()) \
                    and not self._force_word_at(part):
                # قصفت المدفعية مواقع المسلحين: the owner of the parts hit is the object (not of men:
                # هاجمت العناصر الحوثية, the group's men are the subject; nor a count: تظاهر مئات الطلاب;
                # nor a word of people that is also one of parts: توصل الأطراف الليبية، "the Libyan parties")
                return None
            if self.event_adjective(it):
                continue          # قتل فلسطيني بغارة إسرائيلية: the adjective of an event noun is no subject
            if self._accusative_one(it):
                return None       # قتلت إرهابيا مسلحا: one man's word in the accusative is the object
            if self._passing_before(it):
                return None       # انفجرت عبوة لدى مرور دورية للشرطة: what passed was hit, it did nothing
            gov = "" if self.owned(it) else self.gov(it)
            if gov:
                if gov in ("في", "خلال", "منذ", "امس", "عند", "قرب", "داخل"):
                    continue      # a circumstantial phrase before the subject (في باريس)
                return None
            if self.is_actor(it):
                if self.disagrees(v, it) and not (it.mention_kind == "demonym" and (
                        it.forced or v.gender == "m" and it.i - 1 == v.j and self.tok(v.j) in self.w.get("people", ()))):
                    return None   # أبلغت الأتراك: a feminine verb before a masculine noun: its object (but
                    #               هاجمت العناصر السورية، توصل الأطراف الليبية: the noun before the adjective
                    #               agrees, not the adjective)
                return it
            if titled and it.i == v.j + titled and it.mention_kind == "demonym":
                continue          # اتهم رئيس الأركان الأمريكي الجنرال …: the title's adjective, its name after it
            if it.entity.type in LOCATION_TYPES:
                return None       # a bare place right after the verb is its object
        return None

    def _accusative_one(self, it: Item) -> bool:
        """An unnamed group's word for one man, a nisba in the accusative (إرهابيا، جنديا، مدنيا), not after a
        count."""
        g = it.ref
        if it.mention_kind != "generic" or it.clitic or it.j - it.i != 1 or not isinstance(g, Generic):
            return False
        w = self.tok(it.i)
        if any(self.figure(k) for k in range(it.i - 3, it.i)):
            return False      # (قتل 30 شخصا: the count's noun, who were killed, the passive's subject)
        return w in g.one and len(w) > 3 and w.endswith("يا")     # (not ضابطا شرطة: two officers, a construct)

    def _definite_title_at(self, k: int) -> int:
        """The number of words (one to three) of a title with the article or in a construct with a definite
        genitive (وزير الداخلية), or of a force noun (الجيش), that
        begins at token k and is no part of an entity (الوزير، المتحدث الرسمي), else 0; not one whose last
        word takes a genitive (المتحدث باسم طالبان: the spokesman's body follows)."""
        if self.ent_token(k):
            return 0
        n = next((n for n in (3, 2, 1) if self._title_at(k, n)
                  and (n >= 2 or self.tok(k).startswith("ال"))), 0)    # (وزير الداخلية: a construct, definite)
        nouns = self.w.get("force", frozenset()) | self.w.get("body", frozenset()) | self.w.get("document", frozenset())
        if not n and self.tok(k).startswith("ال") and self.tok(k).removeprefix("ال") in nouns:
            n = 1      # اتهم الجيش الحوثيين، دعت الوزارة الأهالي، شكر البيان المقاومة: a force noun, a body's
            #            noun or a document's no entity covers (no country to name it by)
        if not n and self._body_construct_at(k):
            n = 2      # دعت حكومة الثني الأمم المتحدة: a body's noun in construct with a word kg does not know
        return n if n and self.tok(k + n - 1).startswith("ال") else 0

    def _body_construct_at(self, k: int) -> bool:
        """Token k is a body's noun without the article (words.tsv body: حكومة، قيادة، وزارة) in construct with a
        definite word after it, neither covered by an entity (حكومة الثني، قيادة الإقليم): a subject kg does not
        know."""
        return self.tok(k) in self.w.get("body", ()) and self.tok(k + 1).startswith("ال") \
            and not self.ent_token(k) and not self.ent_token(k + 1) and self.tok(k + 1) not in self.preps

    def _title_at(self, k: int, n: int) -> bool:
        """The n words from token k are a title that no entity covers."""
        return " ".join(self.tokens[k:k + n]) in self.w.get("_titles", ()) \
            and not any(self.ent_token(x) for x in range(k, k + n))

    def _title_words_at(self, k: int) -> int:
        """The number of words (one to three) of a title beginning at token k that no entity covers, else 0."""
        return next((n for n in (3, 2, 1) if self._title_at(k, n)), 0)

    def _object_after_title(self, it: Item, last: int) -> bool:
        """The mention right after a definite title (its last word at token last) is no part of the title's
        phrase: a name other than a person's (the title's own name), an unnamed group not in the nominative
        (in it, it agrees with a plural subject as its adjective), or a people in the sound plural after a
        singular title (دعا الوزير الإسرائيليين; but الوزير الإسرائيلي, الرئيسين الروسي والأمريكي: the title's
        adjective)."""
        if it.mention_kind == "name":
            return it.entity.type != "Person"
        if it.mention_kind == "generic":
            return not self.tok(_head(it)).endswith("ون")   # شن المقاتلون المتطرفون: the subject's adjective
        if it.mention_kind == "demonym":
            return self.tok(it.i).endswith(("يين", "يون")) and not self.tok(last).endswith(("ين", "ون", "ان"))
        if it.mention_kind == "nominal":
            # شكر الوزير المقاومة، اتهم الوزير النظام: a definite noun after a definite title is no genitive of
            # it; a nisba adjective (الجيش النظامي، القوات الحكومية) describes the title
            return not self.tok(_head(it)).endswith(("ي", "يه", "يين", "يون", "يتين"))
        return False

    def _remnant_of(self, it: Item) -> bool:
        """The entity is what a phrase of remnant before من stands for (ما تبقى من قوات الحوثيين انسحبوا، فلول
        التنظيم، بقية المسلحين): the remnant of a party acts as the party."""
        k = _head(it) - 1
        if self.tok(k).removeprefix("ال") in self.w.get("force", ()) or self.tok(k) in self.w.get("people", ()):
            k -= 1                     # ما تبقى من مقاتلي الحركة
        if self.tok(k) != "من":
            return False
        return self.tok(k - 1) in _REMNANT and self.tok(k - 2).removeprefix("و") == "ما" \
            or self.tok(k - 1).removeprefix("و") in ("بقيه", "فلول")

    def _passing_before(self, it: Item) -> bool:
        """A word of passing (words.tsv passing: لدى مرور دورية) comes right before the entity."""
        k = _head(it) - 1
        return self.tok(k) in self.w.get("passing", ())

    def subject_before(self, v: Item) -> Item | None:
        """SVO: a bare actor heading the clause before the verb (داعش انسحب، أن روسيا تحاول)."""
        start = self.clause_start(v.i)
        best = None
        for it in self.ents:
            if it.j > v.i:
                break
            if it.i < start:
                continue
            if self.gov(it) and not self._remnant_of(it) or not self.is_actor(it):
                best = None if it.j >= v.i - 1 and best is not None and False else best
                continue
            if it.entity.type == "Place" and it.mention_kind == "name" and not it.clitic \
                    and self._construct_head(it.i - 1):
                continue      # المتظاهرون الذين جابوا شوارع كابل نددوا: a town in a genitive is no subject
            if it.mention_kind == "generic" and getattr(it.ref, "agent", False) and v.clitic[:1] == "و" and any(
                    p.kind == "trigger" and p.j == it.i for p in self.preds):
                continue      # أغلقت منطقة الاعتداء الانتحاري واعتقلت: the bomber of the deed named, not a subject
            if self.pred_between(it.j, v.i, v):
                best = None
                continue
            if any(p.kind == "trigger" and p.j == _head(it) and p is not v and self.reading(p).pos == "noun"
                   and self.reading(p).cls in ("KILL", "ARREST") for p in self.preds):
                best = None   # مقتل شرطيين اثنين يواصل: the victims of a killing or an arrest are no subject
                continue      # of a verb after them
            best = it
        verbs = [] if best is None or v.clitic[:1] != "و" else [
            p for p in self.preds if p is not v and start <= p.i < best.i
            and (p.kind == "word" or self.reading(p).pos == "verb")]
        if verbs and ((joined := self.joined_subject(v)) is not None or any(p.kind == "trigger" for p in verbs)):
            return joined     # وافق الأردن على استقبال جرحى عسكريين وتعهد: what a verb before it in the clause
            #                   governs is no subject of the verb joined by و; it goes on with that verb's, if it
            #                   agrees (قصفت الطائرات مواقع الحوثيين وقتل: none)
        gap = 4 if v.gender == "p" else 2    # الجيش السوري والفصيل المتحالف معه استعادا: a plural subject
        if best is not None and (v.i - best.j <= gap or self._modifiers_only(best.j, v.i)
                                 and self._particles_only(start, _head(best), kana=True)):
            return best      # أن روسيا تحاول، التنظيم المتطرف يسيطر: the subject right before the verb
        if best is not None and self._attribute_only(best.j, v.i):
            return best      # قوة أمنية تابعة لقيادة عمليات دجلة تمكنت: a participle's phrase describes the subject
        if best is None:
            return self._subject_before_aside(v, start) or self._loyal_forces_before(v, start) \
                or self._antecedent_past_relative(v) or self._topic_before_comma(v)
        return None

    def _topic_before_comma(self, v: Item) -> Item | None:
        """لكن المؤتمر الوطني العام، رفض التوقيع: an actor opening its clause, set off by a comma right before the
        verb, is its subject (the comma a pause, no clause of its own); not a verb with و, which goes on from the
        clause before."""
        if v.clitic or self.tok(v.i - 1) not in _COMMA:
            return None
        it = next((x for x in self.ents if x.j == v.i - 1), None)
        if it is None or not self.is_actor(it) or self.gov(it) or it.mention_kind == "demonym" \
                or not self.agrees(v, it) or not self._opens_clause_at(_head(it)):
            return None
        return it

    def _particles_only(self, a: int, b: int, kana: bool = False) -> bool:
        """Tokens [a, b) are only particles that open a clause and quotes (and forms of كان, ``kana``)."""
        return all(self.tok(k) in _CLAUSE_PARTICLES or self.tok(k) in _QUOTES or kana and self.tok(k) in _KANA
                   for k in range(a, b))

    def _opens_clause_at(self, k: int) -> bool:
        """Token k opens its clause, but for particles and quotes (إن الحوثيين، وكان داود أوغلو)."""
        return self._particles_only(self.clause_start(k), k)

    def _modifiers_only(self, a: int, b: int) -> bool:
        """Tokens [a, b) only qualify the noun before them: adjectives (المحلية), where it is (في الأنبار) and
        its own people joined to it (وجنودها وشعبها) — at most five words, no predicate (الحكومة المحلية في
        الأنبار دعت، إن السعودية وجنودها وشعبها ستستهدف)."""
        if not 0 < b - a <= 5 or self.pred_between(a, b):
            return False
        k = a
        while k < b:
            t = self.tok(k)
            if t == "في" and k + 1 < b:
                # (a noun of place or a direction may come first: في محافظة تعز، في جنوب دمشق)
                first = k + 1 if self.ent_token(k + 1) else k + 2
                place = next((it for it in self.ents if it.i == first and it.entity.type in LOCATION_TYPES), None)
                if place is None or place.j > b:
                    return False
                k = place.j
            elif t[:1] == "و" and t.endswith(("ها", "ه", "هم")) and len(t) > 3 and not self.ent_token(k):
                k += 1
            elif t.startswith("ال") and not self.ent_token(k) and t not in self.w.get("relative", ()):
                k += 1
            else:
                return False
        return True

    def _antecedent_past_relative(self, v: Item) -> Item | None:
        """إن حزب العمال الذي أعلن تبني الهجوم يواصل هجماته: a verb with no و after a relative clause that has
        its own verb has the clause's antecedent as subject, when the antecedent opens its clause (a nominal
        sentence)."""
        if v.clitic or v.gender == "1":
            return None
        rel = next((k for k in range(v.i - 1, max(v.i - 12, 0), -1) if self.tok(k) in self.w.get("relative", ())),
                   -1)
        if rel < 1 or any(self.tok(k) in _COMMA or self.tok(k).startswith("و") and not self.ent_token(k)
                          for k in range(rel, v.i)) \
                or not any(p.i > rel and p.j <= v.i and p is not v and (
                    p.kind == "word" or p.trigger is not None and p.trigger.pos == "verb") for p in self.preds):
            return None
        ante = self.antecedent(rel)
        if ante is None or self.gov(ante) or not self.is_actor(ante) or not self.agrees(v, ante) \
                or not self._opens_clause_at(_head(ante)):
            return None
        return ante

    def _loyal_forces_before(self, v: Item, start: int) -> Item | None:
        """القوات الموالية للحوثيين أطلقت: unnamed forces loyal to (or of) a party named with لـ, right before
        the verb, are that party's: it is the subject (also with where they are between: القوات الموالية
        للحوثيين في اليمن أطلقت)."""
        end = v.i
        where = next((x for x in self.ents if x.j == v.i and x.entity.type in ("Place", "Country")
                      and self.tok(x.i - 1) == "في"), None)
        if where is not None:
            end = where.i - 1
        it = next((x for x in self.ents if x.j == end and self.gov(x) == "ل" and self.is_actor(x)), None)
        if it is None:
            return None
        p = next((p for p in self.items if p.kind == "trigger" and p.j == _head(it) and p.trigger is not None
                  and p.trigger.pos == "attributive"), None)
        if p is None or p.i - 1 < start or self.loyal_party(p.i - 1) is not it:
            return None
        return it

    @cached_property
    def _attributives(self) -> dict[int, Item]:
        """The sentence's participles of allegiance (triggers.tsv attributive: الموالية، التابعة) by first token."""
        return {p.i: p for p in self.items if p.kind == "trigger" and p.trigger is not None
                and p.trigger.pos == "attributive"}

    def loyal_party(self, k: int) -> Item | None:
        """The party unnamed forces at token k are loyal to (or of): a force word or an unnamed force or armed
        group, a participle of allegiance and the party with لـ — القوات الموالية للرئيس هادي، المسلحين
        الموالين للحوثيين stand for that party."""
        if not self._attributives:
            return None        # (most sentences: asked for every verb and role filler)
        own = next((x for x in self.ents if x.i <= k < x.j), None)
        if own is not None and (own.mention_kind != "generic"
                                or getattr(own.ref, "side", "") not in ("force", "armed")):
            return None
        if own is None and not self._force_word_at(k):
            # وسيطر الموالون للحكومة على المطار: the loyalists, a plural participle standing as a noun
            p = self._attributives.get(k)
            if p is not None and (p.trigger is None or p.trigger.relation != "loyalTo"
                                  or not self.tok(k).endswith(("ون", "ين"))):
                p = None
        else:
            p = self._attributives.get(own.j if own is not None else k + 1)
        if p is None:
            return None
        return next((x for x in self.ents if _head(x) == p.j and self.gov(x) == "ل" and self.is_actor(x)), None)

    def _construct_head(self, k: int) -> bool:
        """Token k is a common noun with no article right before a genitive (شوارع كابل، سكان حلب): a
        word of letters that is no entity, preposition, number, function word or predicate, and has no
        pronoun (استلمتها العراق: a verb and its object)."""
        t = self.tok(k)
        return k >= 0 and len(t) >= 3 and t.isalpha() and self._indefinite_word(k) \
            and not t.endswith(("ها", "هم", "هما", "نا")) and t not in self.w["_function"] \
            and t not in self.w.get("number", ()) and not any(p.i <= k < p.j for p in self.preds)

    def _subject_before_aside(self, v: Item, start: int) -> Item | None:
        """وكان الحوثيون، وفقا لمصادر محلية، قد اقتحموا: an aside between commas (a source, an age, a relative
        clause, a person's post) between the subject and its verb, with only قد after it."""
        if not all(self.tok(k) in ("قد", "لقد", "وقد") for k in range(start, v.i)) or start < 2 \
                or self.tok(start - 1) not in _COMMA:
            return None
        aside = self.clause_start(start - 1)
        if self.tok(aside - 1) in self.w.get("relative", ()):
            aside -= 1            # (clauses start after a relative pronoun)
        if aside < 2 or self.tok(aside - 1) not in _COMMA or start - 1 - aside > 12:
            return None
        first = self.tok(aside)
        titles = self.w.get("_titles", ())
        post = any(" ".join(self.tokens[aside:aside + n]) in titles for n in (1, 2, 3)) \
            and not self.pred_between(aside, start - 1)
        if not (first in ("بحسب", "حسب", "وفقا", "وفق", "نقلا", "كما") or first in self.w.get("relative", ())
                or self.figure(aside) and self.tok(aside + 1) in ("عاما", "سنه", "عام") or post):
            return None
        # (إن حسن نصر الله، الأمين العام لحزب الله، هدد: the person's post in apposition)
        def described(a: int, b: int) -> bool:   # (جماعة بوكو حرام المتشددة، التي …: its adjectives before the comma)
            return not self.pred_between(a, b) and all(self.tok(k).startswith("ال") and not self.ent_token(k)
                                                       for k in range(a, b))
        return next((it for it in self.ents if it.j <= aside - 1 and described(it.j, aside - 1) and not self.gov(it)
                     and self.is_actor(it) and it.i >= self.clause_start(aside - 1)
                     and (not post or it.entity.type == "Person")), None)

    def _attribute_only(self, a: int, b: int) -> bool:
        """Tokens [a, b) are an attributive participle (تابعة لـ، المدعومة من) and the entity it governs, maybe
        hedged (words.tsv hedge: يشتبه في انتمائهم لـ)."""
        hedged = next((n for n in (2, 1) if " ".join(self.tokens[a:a + n]) in self.w.get("hedge", ())), 0)
        covered = set()
        for p in self.items:
            if p.kind == "trigger" and p.trigger is not None and p.trigger.pos in ("attributive", "passive") \
                    and a + hedged <= p.i < b:
                covered.update(range(p.i, p.j))
        if not covered or min(covered) != a + hedged:
            return False
        covered.update(range(a, a + hedged))
        for it in self.ents:
            if id(it) in self.participial and a <= it.i < b:
                covered.update(range(it.i if it.lead < 0 else min(it.lead, it.i), it.j))
        return all(k in covered for k in range(a, b))

    def _abstract_subject(self, v: Item) -> bool:
        """A definite abstract noun (words.tsv abstract: الإرهاب، الفساد), with at most one adjective, opens the
        verb's clause right before it."""
        abstract = self.w.get("abstract", ())
        for k in (v.i - 1, v.i - 2):
            if k >= 0 and self.tok(k).startswith("ال") and self.tok(k) in abstract and not self.ent_token(k) \
                    and self._opens_clause_at(k):
                return k == v.i - 1 or self.tok(v.i - 1).startswith("ال") and not self.ent_token(v.i - 1)
        return False

    def subject(self, v: Item, stop: int) -> tuple[Item | None, str]:
        if v.gender == "1":
            return None, ""     # نحمل الإدارة الأمريكية المسؤولية: "we", and what follows is the object
        if self.tok(v.i - 1) == "ان" and not v.clitic and (named := next((
                it for it in self.ents if it.j == v.i - 1 and it.clitic.lstrip("وف") == "ل" and self.is_actor(it)
                and self.agrees(v, it)), None)) is not None:
            return named, "direct"   # كيف لتركيا أن تقوم بضرب، لا يحق للحكومة أن تعتقل: who "it is for" to do it
        if v.trigger is not None and self.reading(v).prior_subject:
            return self.prior_subject(v), "direct"
        if self.tok(v.i - 1) in _COMPLEMENT_PRONOUNS and not (self.tok(v.i - 1).endswith("انه") and v.tense != "imperf") \
                and v.clitic in ("", "س"):
            return None, ""     # أكدت السعودية أنها تدعم الحكومة اليمنية: the pronoun is the subject, the noun
            #                     after the verb its object (not أنه before a past verb: also "it is that",
            #                     before a subject or a passive: أنه قتل خمسة مدنيين; an imperfect after it,
            #                     أنه سيزور الرياض، أنه يدعم المعارضة, is the pronoun's own)
        if self.tok(v.i - 1) in _SUBJECT_PRONOUNS and not v.clitic and v.trigger is not None \
                and self.reading(v).pos == "verb" and v.tense == "imperf":
            return None, ""     # ظهر أحد مقاتلي التنظيم وهو يتوعد حفتر: the pronoun is the subject of the
            #                     imperfect after it (هو دعم: a verbal noun), the noun after the verb its object
            #                     (whom it stands for is as often the victim before it: قتلوه وهو يصلي)
        if v.clitic[:1] == "و" and not v.suffix and v.trigger is not None and self.reading(v).cls == "MEET" \
                and self.reading(v).pos == "verb" and (joined := self.joined_subject(v)) is not None:
            return joined, "direct"     # وصل المبعوث إلى صنعاء والتقى قادة الحوثيين: the visitor meets them
        if v.tense == "imperf" and not v.clitic and self.tok(v.i - 1)[:1] == "و" \
                and self.tok(v.i - 1)[1:] in _BECAME and (became := self._became_goes_on(v)) is not None:
            return became, "direct"
        lv = next((p for p in self.preds if p.j == v.i and _is_light(p)), None) \
            if not v.clitic and v.tense != "imperf" else None
        if lv is not None:
            # يعيد فتح المعبر، تواصل دعم الحوثيين: a verb's form right after a light verb is its verbal noun
            # (فَتْح، دَعْم), done by the light verb's subject
            s, how = self.subject(lv, stop)
            if s is not None:
                return s, how
        before = self.subject_before(v)
        # a verb that shows plural or dual number (استهدفتا، قالوا) follows its subject: in
        # verb-subject order the verb stays singular, so what comes after is its object
        after = None if v.gender == "p" else self.subject_after(v, stop)
        if after is not None and v.clitic[:1] == "و" and (_victim(after) or self.counted(after)) \
                and (joined := self.joined_subject(v)) is not None \
                and (before is None or before is joined and not (v.trigger is not None and self.reading(v).patient_subject)) \
                and not any(
                    p.trigger is not None and p.i < v.i and joined.j <= p.i and self.reading(p).cls == "KILL"
                    for p in self.preds):
            return joined, "direct"     # الجيش يقتحم المخيم ويعتقل أربعة شبان: those counted after the joined verb
            #                             are its object; it goes on with the first verb's subject, also when
            #                             that is the subject found before it (داهمت الشرطة منزلا واعتقلت
            #                             شخصين); not after a killing: متطرفا قتل واعتقل 16، the one killed,
            #                             قُتل, arrested no one
        if before is None and after is not None and not v.clitic and (force := next(
                (k for k in (v.i - 1, v.i - 2) if k >= 0 and self._force_word_at(k)), None)) is not None \
                and not any(self.ent_token(k) for k in range(force, v.i)) and self._opens_clause_at(force):
            return None, ""     # أن مروحيات الأباتشي قصفت دراجات كان يستقلها مسلحو داعش: an unnamed force opening
            #                     the clause right before the verb is its subject; what follows is no doer
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
            k = v.i - 1
            while k > before.j and self.tok(k) in ("قد", "لقد", "وقد"):
                k -= 1
            aside = k > before.j and self.tok(before.j) in _COMMA and self.tok(k) in _COMMA
            if (v.i == before.j or aside or self._modifiers_only(before.j, v.i)) and self.agrees(v, before) \
                    and self._opens_clause_at(_head(before)):
                return before, "direct"     # داعش يتوعد حفتر، إن الحوثيين هاجموا عدن: a noun opening the clause
                #                             right before the verb (or an aside: إن نصر الله، الأمين العام
                #                             للحزب، هدد) is its subject (a nominal sentence)
            first = self.conjuncts_back(before)[0]
            if v.i == before.j and first is not before and self.agrees(v, first) \
                    and self._opens_clause_at(_head(first)):
                return first, "direct"      # أن المقاومة والجيش طردت الحوثيين: coordinated nouns opening the
                #                             clause right before the verb, which agrees with the first
            return after, "direct"
        if after is not None and self._abstract_subject(v):
            return None, ""     # الإرهاب يضرب الكويت: an abstract noun opening the clause is the subject; the
            #                     country after the verb is what it strikes
        if after is not None:
            return after, "direct"
        if before is not None:
            first = self.conjuncts_back(before)[0]
            if v.i == before.j and first is not before and self.agrees(v, first) and not self.agrees(v, before) \
                    and self._opens_clause_at(_head(first)):
                return first, "direct"      # أن المقاومة والجيش طردت الحوثيين: the first conjunct agrees
            return before, "direct"
        return None, ""

    def circumstantial(self, v: Item) -> bool:
        """The word opens a clause after a comma (وأدان الهجوم، داعيا …): a circumstantial participle."""
        return self.tok(v.i - 1) in _COMMA

    def prior_subject(self, v: Item) -> Item | None:
        """وأدان الوزير الهجوم، داعيا الحكومة إلى …: a circumstantial participle (triggers.tsv subject
        before) tells of the subject of the verb before it in the sentence (or the speaker of a word of
        telling: قال الوزير …، مطالبا); nothing when no comma opens its clause."""
        prev = self.prior_predicate(v)
        return self._doer_of(prev) if prev is not None else None

    def _doer_of(self, p: Item) -> Item | None:
        """Who does the predicate p: the speaker of a word of telling, the subject of a verb."""
        return self.speaker(p) if p.kind == "word" else self.subject(p, self.clause_end(p.j))[0]

    def prior_predicate(self, v: Item) -> Item | None:
        """The verb or word of telling whose subject a circumstantial participle tells of (prior_subject), or
        None when no comma opens its clause."""
        if not self.circumstantial(v):
            return None
        said = next((p for p in reversed(self.preds) if p.j < v.i and p.kind == "word" and p.word == "report"), None)
        if said is not None and any(self.tok(k) in self.w.get("complementizer", ()) for k in range(said.j - 1, v.i)) \
                and not any(self.tok(k) in _WHILE for k in range(said.j, v.i)):
            return said     # قال الرئيس إن الحوثيين يرفضون السلام، منددا: the speaker, not whom he tells of (not
            #                 past a new clause: أعلنت تركيا أن …، فيما دانت قيادة الإقليم القصف، مطالبة بوقفه)
        return next((p for p in reversed(self.preds) if self._clause_goes_on_from(p, v)), None)

    def _clause_goes_on_from(self, p: Item, v: Item) -> bool:
        """The predicate p before v (a verb or a word of telling) is one whose clause v goes on from: not a
        participle of the same chain, not the verb of a relative clause (دانت القيادة القصف الذي شنته الطائرات
        التركية، مطالبة بوقفه), nor one in a quotation that closes before v (قالت القوات في بيان «… استهدفت
        مواقعنا»، مطالبة), nor a source named aside (تظاهرت العائلات، بحسب المرصد، مطالبة بحمايتها)."""
        return p.j < v.i and p is not v and not self._goes_on(p) \
            and self.tok(p.i).removeprefix("و") not in _ACCORDING_TO and (
                p.kind == "word" and p.word == "report"
                or p.kind == "trigger" and p.trigger is not None and self.reading(p).pos == "verb") \
            and self.tok(p.i - 1) not in self.w.get("relative", ()) and not self._quoted_before(p.j, v.i)

    def _goes_on(self, p: Item) -> bool:
        """The predicate is itself a circumstantial participle or word of telling after a comma (مؤكدا، قائلا):
        the participle after it goes on with the same verb before both (استنكر المفتي التفجير، مؤكدا …،
        قائلا: …، مطالبا)."""
        if not self.circumstantial(p):
            return False
        if p.kind == "word":
            w = self.tok(p.i)
            return w.startswith("م") or w.endswith(("ا", "ين"))     # مؤكدا، قائلا، مشيرين (not أكد after من جهته،)
        return p.trigger is not None and self.reading(p).prior_subject

    def _quoted_before(self, a: int, b: int) -> bool:
        """A quotation open at token a closes before token b: more closing marks than opening ones between, or
        an odd number of straight quotation marks."""
        marks = [self.tok(k) for k in range(a, b)]
        return marks.count("»") > marks.count("«") or marks.count('"') % 2 == 1

    def possessed_force(self, v: Item) -> bool:
        """The word before the verb is a force or people noun with a possessive pronoun (طائراتها، مقاتليه),
        maybe before a particle of the verb (أن تكون طائراتها قد قصفت، قواته لم تنسحب)."""
        k = v.i - 1
        if self.tok(k) in ("قد", "لقد", "لم", "لن"):
            k -= 1
        if self.tok(k).startswith("ال") and self.tok(k) not in self.w.get("relative", ()) and not self.ent_token(k) \
                and self.possessed_force_at(k - 1):
            k -= 1        # قواتها الخاصة قتلت: past the possessed noun's adjective
        return self.possessed_force_at(k)

    def possessed_force_after(self, v: Item) -> bool:
        """An attack's verb with no subject before it is followed by a force noun with a possessive pronoun,
        its subject (سيطرت قواتنا على المدينة ولاذ المتمردون بالفرار: no subject further on; not حشدت قواتها,
        the forces sent, nor حث أنصاره, people)."""
        return not v.suffix and self.reading(v).type == "ASSAULT" and self.possessed_force_at(v.j, after=True) \
            and self.subject_before(v) is None

    def possessed_force_at(self, k: int, after: bool = False) -> bool:
        """Token k is a force or people noun with a possessive pronoun (طائراتها، مقاتليه); after a verb, a
        force noun only, and "our" too (سيطرت قواتنا)."""
        t = self.tok(k)
        people = not after
        for suf in ("ها", "هم", "ه", "نا") if after else ("ها", "هم", "ه"):
            if after and suf == "ه" and not self.pronoun_ended(k):
                continue      # استهدف قناصة الحوثيين: a ة that folding writes as ه, no pronoun
            if t.endswith(suf) and len(t) > len(suf) + 2:
                stem = t[: -len(suf)]
                stems = {stem, stem[:-1] + "ه" if stem.endswith("ت") else stem,
                         stem[:-1] + "و" if stem.endswith("ي") else stem}     # قواتها، قوته، مقاتليه
                if any(x in self.w.get("force", ()) or people and x in self.w.get("people", ()) for x in stems):
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
        كوباني التي يسيطر عليها الأكراد — no earlier actor carries over; so is a body's noun in construct kg does
        not know (دانت قيادة الإقليم)."""
        k = v.j
        if self._prep_pronoun(self.tok(k), self.preps) is not None:
            k += 1
        t = self.tok(k)
        if self._body_construct_at(k) and not any(p.i <= k < p.j for p in self.items) \
                and not (v.gender == "m" and t.endswith("ه")):
            return True     # ودانت قيادة الإقليم القصف: a body kg does not know is the subject (not a feminine noun
            #                 after a masculine verb, دعا قيادة التحالف إلى: its object)
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
        """دخلت الشرطة المبنى وأغلقت أبوابه، قصفت الطائرات المواقع وتمكنت من قتل …: the subject of the verb that a
        verb (or a light verb) joined by و or ف continues in its clause (named before the joined verb and
        agreeing with it), its own subject dropped."""
        if v.trigger is None and not _is_light(v):
            return None
        if v.clitic[:1] not in ("و", "ف"):
            return self._while_goes_on(v)
        start = self.clause_start(v.i)
        prev = next((p for p in reversed(self.preds) if p.kind == "trigger" and p.trigger is not None
                     and p.trigger.pos == "verb" and start <= p.i < v.i and self.reading(p).pos == "verb"), None)
        if prev is None:
            return self._relative_goes_on(v, start) or self._goes_on_past_comma(v)
        if self.pred_between(prev.j, v.i, prev) or prev.i in self.passive_at and not (
                v.trigger is not None and self.reading(v).patient_subject):
            return None       # (قُتل العشرات من عناصر داعش واعتُقل سبعة: joined to a passive, no subject goes on)
        subj, _ = self.subject(prev, v.i)
        if subj is None or subj.j > v.i or subj.mention_kind == "demonym" and self.doer_type(subj) != "Person" \
                and not self.force(subj) or not (self.agrees(v, subj) or self._head_agrees(v, subj)):
            return None       # (a state's official named by title and nationality goes on: زار الوزير
            #                   الأمريكي … والتقى)
        return subj

    def _goes_on_past_comma(self, v: Item) -> Item | None:
        """التقى الرئيس هادي السفير، ودعا القوى السياسية إلى …؛ أعلن الرئيس التزامه بالحوار، ودعا …: a verb joined by
        و right after a comma goes on with the subject of the verb (or the speaker of the word of telling) its
        clause goes on from, when it agrees; not before a title, a force or a body of its own (، واتهم المتحدث …),
        nor after a word of telling with what it tells (قال الحاكم إن مروحيتين هاجمتا الحاجز، وقتل …)."""
        if v.clitic[:1] != "و" or v.trigger is None or self._definite_title_at(v.j) or not self.circumstantial(v):
            return None
        prev = next((p for p in reversed(self.preds) if self._clause_goes_on_from(p, v)), None)
        if prev is None or prev.kind == "word" and any(
                self.tok(k) in self.w.get("complementizer", ()) or self.tok(k) in _QUOTES for k in range(prev.j, v.i)):
            return None     # (قال الحاكم إن مروحيتين هاجمتا الحاجز، وقتل …: what he tells goes on, not he)
        if self.reading(v).patient_subject or self.written_tanween(v.i) or any(
                p.kind == "trigger" and p.i == v.j and self.reading(p).pos == "noun" for p in self.preds):
            return None     # (وألقي القبض عليه: a passive; أحداث عنفٍ، وقتلٍ: a noun; واستهدف القصف …: its subject)
        if prev.i in self.passive_at or any(it.i == v.j and self.is_actor(it) for it in self.ents):
            return None     # (خُطف المئات من النساء، ودمر قسم من المدينة: a passive's patient does nothing; وزار
            #                 السيسي روسيا: a subject of its own)
        if any(p.kind == "trigger" and prev.j <= p.i < v.i and self.reading(p).pos == "noun"
               and self.reading(p).type == self.reading(v).type and self.light_verb_for(p) is not prev
               for p in self.preds):
            return None     # (محاولة اغتيال الأمير، وخطف طائرة: a verbal noun joined to one of its kind, no verb)
        subj = self._doer_of(prev)
        if subj is None or subj.j > v.i or not self.is_actor(subj) or not self.agrees(v, subj) \
                or v.gender == "p" and subj.entity.type not in ("Group", "ArmedGroup"):
            return None     # (نفى الرحبي علاقته …، ووجهوا إليه تهمة: "they" are not the one man)
        return subj

    def joins_dropped(self, v: Item) -> Entity | None:
        """هاجم مسلحون القرية، فقتلوا عشرين شخصا وأحرقوا المنازل: a verb joined by و or ف to the verb before it
        in its clause, agreeing, whose dropped subject was carried over from the article, goes on with the same
        doer (its own subject dropped too)."""
        if v.clitic[:1] not in ("و", "ف"):
            return None
        prev = self._verb_before(self.clause_start(v.i), v.i)
        if prev is None or prev.gender != v.gender or self.pred_between(prev.j, v.i, prev):
            return None
        return self.carried_at.get(prev.i)

    def _verb_before(self, start: int, k: int, light: bool = False) -> Item | None:
        """The last verb in tokens [start, k): a trigger read as a verb, or (``light``) a light verb."""
        return next((p for p in reversed(self.preds) if start <= p.i < k and (
            light and _is_light(p) or p.kind == "trigger" and p.trigger is not None
            and self.reading(p).pos == "verb")), None)

    def _became_goes_on(self, v: Item) -> Item | None:
        """واصلت المقاومة تقدمها وأصبحت تفرض حصارا: "became" joined by و, with no subject of its own, goes on
        with the subject of the verb before it in the clause; the imperfect after it is that subject's."""
        prev = self._verb_before(self.clause_start(v.i - 1), v.i - 1, light=True)
        if prev is None:
            return None       # (a verbal noun between, تقدمها, the first verb's object, is no verb of its own)
        subj, _ = self.subject(prev, v.i - 1)
        return subj if subj is not None and subj.j <= prev.i + 4 and self.agrees(v, subj) else None

    def _while_goes_on(self, v: Item) -> Item | None:
        """تقدمت القوات شمال المدينة، فيما لا تزال تخوض معارك مع التنظيم: a verb after a word that goes on
        (words.tsv goes_on: فيما "while", كما "also", بعد أن "after", حين "when"; and لا تزال "still") with no
        subject of its own goes on with the subject of the verb before, agreeing (هاجمت الحركة القرية بعد أن
        قطعت الطريق)."""
        k = v.i - 1
        while k > 0 and (self.tok(k) in ("لا", "ما", "قد", "لم") or self.tok(k) in self.w.get("still", ())):
            k -= 1
        befell = v.trigger is not None and v.trigger.patient_subject
        if befell:
            # لقي ستة أشخاص مصرعهم بينما أصيب 13 آخرون: whom it befell are of the kind the verb before told of
            if v.clitic or self.tok(k) not in ("فيما", "بينما") or k == v.i - 1 and self.ent_token(v.j):
                return None
        else:
            goes_on = self.w.get("goes_on", ())
            two = k > 0 and f"{self.tok(k - 1)} {self.tok(k)}" in goes_on
            if v.clitic or not (two or self.tok(k) in goes_on) or any(
                    it.i == v.j and self.is_actor(it) for it in self.ents):
                return None     # (its own subject after it: بعد أن شنت القوات عملية)
            k -= two
        prev = self._verb_before(self.clause_start(max(k - 1, 0)), k)
        if prev is None or not befell and (prev.trigger.patient_subject or self.reading(prev).cls == "KILL"):
            return None     # (قتل جندي حين انفجر لغم: one killed, as often passive, or one who died, did nothing)
        subj, _ = self.subject(prev, k)
        if subj is None or subj.j > k or not (self.agrees(v, subj) or self._head_agrees(v, subj)):
            return None
        if not befell and (_victim(subj) or self.counted(subj) or v.gender == "p" and subj.entity.type == "Person"):
            return None     # (13 رجلا خطفوا، كما أحرق: those counted are whom it befell; a plural verb: others)
        return subj

    def _relative_goes_on(self, v: Item, start: int) -> Item | None:
        """الأردن الذي وقف إلى جانب لبنان وساعده: a verb joined by و in a relative clause, whose first verb
        is no trigger, goes on with the relative pronoun's antecedent (agreeing with it, no name between)."""
        relative = self.w.get("relative", ())
        rel = next((k for k in range(v.i - 1, max(start - 2, -1), -1) if self.tok(k) in relative), None)
        if rel is None or v.i - rel > 8 or self.ent_token(rel + 1) \
                or any(it.i == rel + 2 and self.is_actor(it) and not self.gov(it) for it in self.ents):
            return None      # (الغارات التي شنها الحوثيون: the relative clause's own subject after its verb)
        ante = self.antecedent(rel)
        if ante is None or not self.is_actor(ante) or not self.agrees(v, ante) \
                or v.gender == "p" and ante.entity.type == "Person" \
                or v.trigger is not None and self.reading(v).cls == "KILL":
            return None      # (القذافي الذي أطيح به وقتل: killed, as often the passive; وطالبوا: others, plural)
        return ante

    def _head_agrees(self, v: Item, it: Item) -> bool:
        """A state named by its force (الجيش الإسرائيلي: Israel) agrees as its force word does: the verb
        joined to its deed goes on with it (يقتحم … ويعتقل)."""
        head = self.tok(it.i).removeprefix("ال")
        return it.j - it.i > 1 and head in self.w.get("force", ()) and (
            v.gender == "p" or v.gender == entity_gender(it.entity, it, head))

    def clause_subject(self, t: Item) -> Item | None:
        """A bare actor heading the clause of an event noun that has no actor of its own."""
        stance = self.stance_object(t)
        if stance is not None and self.reading(stance).relation not in _ADDRESSED:
            return None     # أعرب الوزير عن إدانته للتفجير: the minister condemns, he did not bomb
        start = self.clause_start(t.i)
        ext = self._past_apposition(start)
        if ext < start and "ب" in t.clitic and any(_is_light(p) and ext <= p.i < start for p in self.preds):
            start = ext     # قامت قوات النظام التابعة للعميد، عصام زهر الدين، بالقبض: the light verb's clause
        if any(self.tok(k) in _RESPONSE for k in range(start, t.i)):
            return None     # شنت مقاتلات غارات ردا على إطلاق صواريخ: the deed responded to is another's
        if self.attack_told_before(t) or t.trigger is not None and self.reading(t).type == "ASSAULT" \
                and not t.clitic and self.conj_word(t.i - 1, self.w.get("scene", ())):
            return None     # أغلقت تونس حدودها بعد الهجوم، فرضت السلطات حظر التجول بعد تفجير: the attack after
            #                 which the clause's subject acted is no deed of that subject's (but أعلن الوزير بعد
            #                 اللقاء: he met; تقدمت القوات بعد اشتباكات مع داعش، بعد تحرير عدن: its fight, its
            #                 capture); nor is one at whose scene he stands (وقف الأمير على موقع التفجير، زار
            #                 الوزير مكان الانفجار)
        if self.tok(t.i - 1) == "عن" and self.tok(t.i - 2).removeprefix("ال") in _RESPONSIBLE:
            # تبحث الشرطة عن المسؤولين عن التفجير: the deed's doer is "those responsible", sought; the ones the
            # word describes are (ملاحقة المستوطنين المسؤولين عن الهجمات)
            return next((it for it in self.ents if it.j == t.i - 2 and self.is_actor(it)), None)
        purposed = self._purpose_of(t, start)
        if purposed is not None:
            return purposed
        controlled = self._controlled_doer(t, start)
        if controlled is not None:
            return controlled
        subj, bare = None, 0
        rep = self.report_for(t)
        death = self._death_before(t, start)
        killing = death
        if killing is None and t.trigger is not None and self.reading(t).cls == "KILL":
            killing = t
        if rep is not None and killing is not None and self._announces(rep) \
                and (sp := self.speaker(rep)) is not None and sp.j <= killing.i and self._enemy_dead(killing) \
                and (self._armed_state(sp) or sp.entity.type == "ArmedGroup"):
            return sp       # أعلن الجيش الأفغاني مقتل 30 من مسلحي طالبان (في هجوم): a force announces the enemy it
            #                 killed (its own dead it announces as losses, no deed of its own)
        if t.trigger is not None and (self._death_noun(self.reading(t)) or death is not None) \
                and not any(self.conj_word(k, self.w.get("result", ())) for k in range(start, t.i)):
            return None     # اعترف الحوثيون بمقتل قائد، نعت الحركة مقتل: whose death a subject tells is not its
            #                 doer's deed, unless he caused it (تسبب المسلحون بمقتل); nor the clash it happened in
            #                 (أعلنت الوزارة مقتل ثلاثة مسلحين في تبادل لإطلاق النار مع قوات الأمن)
        addressed = stance is not None and self.reading(stance).relation in _ADDRESSED
        speaker = None
        own = t.trigger is not None and self.reading(t).type in _OWN_STANCES and self._reported_object(t)
        if rep is not None and not own and ("ب" in t.clitic or (t.trigger is not None and self.reading(t).cls == "KILL")
                                            or not self._announces(rep)):
            # أفاد المرصد بمقتل 12 … في قصف …: who reports an event is not who did it; only one who
            # announces (أعلن الجيش الحر استهداف مقرات النظام) may announce its own act
            speaker = self.speaker(rep)
        elif rep is not None and self._losses_announced(rep, t):
            # أعلن الجيش مقتل ضابط وثلاثة جنود في انفجار: an army announcing soldiers' deaths announces its
            # losses, not its own attack
            speaker = self.speaker(rep)
        for it in self.ents:
            if it is speaker or self._facility_genitive(it):
                continue        # تظاهروا أمام مقر الحكومة للمطالبة: whose building it is did not demand
            if start <= it.i and it.j <= t.i and (not self.gov(it) or self.owned(it) or self.merit_genitive(it)) \
                    and self.is_actor(it) \
                    and id(it) not in self.participial \
                    and ("ب" in t.clitic or self.tok(t.i - 1)[:1] == "ب" and self.tok(t.i - 1) not in _MANNER
                         or addressed and (self.tok(t.i - 1) in ("الي", "علي") or "ل" in t.clitic)
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
        if subj is not None and not t.suffix and not t.clitic and self.tok(t.i - 1) in _CAUSE_BEFORE \
                and not _victim(subj):
            return None     # فقد الصحفيون أعمالهم جراء مصادرة الصحف: the deed that caused what befell the clause's
            #                 subject is another's (not بسبب اعتدائه: his own, the pronoun's; the civilians who
            #                 fell, سقط ضحايا من المدنيين نتيجة القصف, are its victims)
        if subj is not None and t.trigger is not None and self.reading(t).type == "ASSAULT" and any(
                self.conj_word(k, self.w.get("express", ())) and subj.i - k <= 4
                and not any(k < p.i < subj.i for p in self.preds) for k in range(start, subj.i)):
            return None     # يعبر أوباما عن صدمته من حرق المنزل: the subject of a verb of expressing a feeling
            #                 about an attack, right after it, did not make it
        return subj         # … but whom it is demanded of is: تطالب فرنسا الأردن بتكثيف محاربته

    def _death_before(self, t: Item, start: int) -> Item | None:
        """The noun of a death told before the event noun at t in its clause, when t tells where or how it
        happened (مقتل ثلاثة مسلحين في تبادل لإطلاق النار، مصرع جنديين جراء انفجار): after a preposition, with no
        verb between them (not a deed joined to the death by و: مقتل عنصر واعتقال 13 آخرين); else None."""
        if t.trigger is None or t.clitic[:1] in ("و", "ف") or not (
                t.clitic.endswith("ب") or self.tok(t.i - 1) in self.preps):
            return None
        return next((p for p in self.preds if p.kind == "trigger" and start <= p.i < t.i
                     and self._death_noun(self.reading(p))
                     and not any(p.j <= q.i < t.i and (q.kind == "word" or q.trigger and q.trigger.pos == "verb")
                                 for q in self.preds)), None)

    def _purpose_of(self, t: Item, start: int) -> Item | None:
        """اقتحم الجيش المنازل لاعتقال مطلوبين، حشدت قواتها من أجل تنفيذ هجوم: a deed noun that tells the purpose
        of the verb before it in its clause (لـ on the noun, or من أجل، بهدف، بغية before it, a light verb's noun
        between) is the deed of that verb's subject."""
        k = t.i - 1
        while k > start and any(p.kind == "word" and p.i == k and _is_light(p) for p in self.preds):
            k -= 1            # (تنفيذ هجوم: the light verb's noun)
        marked = t.clitic.lstrip("وف") == "ل" and k == t.i - 1 and not self.institution_at(k) \
            or self.tok(k) in ("بهدف", "بغيه", "لاجل") or self.tok(k) == "اجل" and self.tok(k - 1) == "من"
        #   (not مركز للتجنيد: the لـ phrase names what the centre is for)
        if not marked:
            return None
        v = next((p for p in reversed(self.preds) if start <= p.i and p.j <= k and p.kind == "trigger"
                  and p.trigger is not None and self.reading(p).pos == "verb"), None)
        if v is None or self.reading(v).type not in DEED_TYPES or any(
                q.kind == "trigger" and q is not t and v.j <= q.i < t.i for q in self.preds):
            return None       # (not التقى … بهدف، دعاه لزيارة: a meeting's or a call's purpose is no deed of its own;
            #                   nor past another event noun, whose purpose it tells: احتجاجات للمطالبة)
        s, _ = self.subject(v, t.i)
        return s if s is not None and s.i < t.i and self.is_actor(s) else None

    def _controlled_doer(self, t: Item, start: int) -> Item | None:
        """سمحت الحكومة للجيش باعتقال …، ساعدت الطائرات القوات العراقية على استعادة المدينة: the object of a verb
        of making or letting (words.tsv control), bare or after ل, is the doer of the deed noun after it with
        على، إلى، من، بـ or لـ; no other predicate between."""
        if not (t.clitic.lstrip("وف") in ("ب", "ل") or self.tok(t.i - 1) in ("الي", "علي", "من")):
            return None
        control = self.w.get("control", ())
        k = t.i - 1 if t.clitic.lstrip("وف") in ("ب", "ل") else t.i - 2
        verb = self.tok(k)
        for suf in ("هما", "هم", "ها", "ه"):
            stem = verb[:-len(suf)]
            if verb.endswith(suf) and not stem.endswith("ا") \
                    and (stem in control or stem in ("مكن", "مكنت") or stem[:1] == "و" and stem[1:] in control):
                # دعم جوي للقوات العراقية مكنها من استعادة تكريت: the one the object pronoun stands for, named
                # before the verb, does the deed ("enabled it": مكّن, with its pronoun, is no "it is possible";
                # not a dual before a pronoun, which is as often a noun: امرأة)
                return self._named_before_verb(k, suf)
        c = next((k for k in range(t.i - 1, start - 1, -1) if self.conj_word(k, control)), None)
        if c is None or any(c < p.i < t.i and (p.kind == "word" or p.trigger is not None) and not _is_light(p)
                            for p in self.preds):
            return None
        if self.tok(c + 1) in ("له", "لها", "لهم", "لهما"):
            return self._named_before_verb(c, self.tok(c + 1)[1:])   # وسمحت لهم بالتقدم: whom the pronoun stands for
        between = [it for it in self.ents if c < it.i and it.j <= t.i and self.is_actor(it)]
        if not between:
            return None
        obj = between[-1]
        with_l = obj.clitic.lstrip("وف") == "ل" or self.tok(obj.i - 1) == "ل"
        if with_l or not self.gov(obj) and any(not self.gov(it) and it.j <= obj.i for it in between[:-1]):
            return obj     # (the object after ل, or after the subject: not سمح الرئيس باعتقال, whose one noun is
        return None        #  the subject)

    def _named_before_verb(self, k: int, pron: str) -> Item | None:
        """The actor named last before the verb at token k, agreeing with the object pronoun ``pron`` (ه، ها، هم),
        that is not the verb's subject (a bare noun right before it or its relative pronoun: المقاومة التي
        أرغمتهم): whom the pronoun stands for."""
        rel = k - 1 if self.tok(k - 1) in self.w.get("relative", ()) else k
        want = {"ه": "m", "ها": "f"}.get(pron, "")
        return next((it for it in reversed(self.ents) if it.j <= rel and self.is_actor(it)
                     and not (it.j == rel and not self.gov(it)) and (not want or self.gender(it) == want)), None)

    def _past_apposition(self, start: int) -> int:
        """The clause start before a name in apposition between commas (قوات النظام التابعة للعميد، عصام زهر
        الدين، بالقبض على …: the name is no clause of its own); used only to reach a light verb's subject (a
        comma more often ends a clause: ندد الأمين العام، بان كي مون، بمقتل طفل في هجوم)."""
        while start >= 2 and self.tok(start - 1) in _COMMA:
            prev = self.clause_start(start - 1)
            if prev >= 1 and self.tok(prev - 1) in _COMMA and any(e.i == prev and e.j == start - 1 for e in self.ents):
                start = self.clause_start(prev - 1)
            else:
                break
        return start

    def _facility_genitive(self, it: Item) -> bool:
        """The mention is the genitive of a facility's noun right before it (مقر الحكومة، مبنى الوزارة)."""
        return any(x.j == _head(it) and x.entity.type == "Facility" and not self.tok(x.j - 1).startswith("ال")
                   for x in self.ents)

    def _armed_state(self, it: Item) -> bool:
        """The mention is a state's armed force: an unnamed force (قوات الأمن), one the lexicon names
        (الجيش العراقي) or a country's adjective after a force noun (الجيش الأفغاني)."""
        return getattr(it.ref, "side", "") == "force" or self._force_body(it.entity) \
            or it.mention_kind == "demonym" and it.forced

    @staticmethod
    def _death_noun(tr) -> bool:
        """A noun of someone's death (مقتل، استشهاد), which names its doer only in an agent phrase (برصاص،
        على يد), never in the genitive (unlike قتل، اغتيال: the killing someone did)."""
        return tr.pos == "noun" and tr.cls == "KILL" and bool(tr.agents) and not {"gen", "من", "ل"} & set(tr.agents)

    def _enemy_dead(self, t: Item) -> bool:
        """Right after the killing noun, its victims are an armed group's men (مسلحي طالبان، عناصر داعش،
        إرهابيين): the other side's dead (not the agent the noun names: مقتل مواطن برصاص مسلحين)."""
        agent = self.agent_phrase(t, self.clause_end(t.j, commas=False))
        return any(t.j <= x.i <= t.j + 4 and (x.entity.type == "ArmedGroup" or getattr(x.ref, "side", "") == "armed")
                   and x is not agent for x in self.ents)

    def _announces(self, rep: Item) -> bool:
        """The verb of telling is one of announcing (أعلن), or a participle of telling that goes on with one
        (أعلنت القيادة …، مشيرة إلى مقتل: still the command announcing)."""
        if "علن" in self.tok(rep.i):
            return True
        prev = self.told_on(rep)
        return prev is not None and "علن" in self.tok(prev.i)

    def _losses_announced(self, rep: Item, t: Item) -> bool:
        """Between the announcing verb and the event noun, a killing noun whose victims are soldiers,
        policemen or security men (an unnamed force, generic.tsv side: its own men, as armies name the
        enemy's dead otherwise)."""
        for p in self.preds:
            if not (rep.j <= p.i < t.i and p.kind == "trigger" and self.reading(p).cls == "KILL"
                    and self.reading(p).pos == "noun"):
                continue
            if any(p.j <= x.i <= p.j + 4 and x.mention_kind == "generic" and getattr(x.ref, "side", "") == "force"
                   for x in self.ents):
                return True
        return False

    def among_casualties(self, it: Item) -> bool:
        """The mention is whose dead or wounded are told (المصابين من منسوبي قوات الطوارئ، القتلى من
        عناصر الجيش، 12 شهيدا من رجال الأمن): those hit, never the doer of the deed that hit them (as those
        a word of casualty counts, _counted_casualties)."""
        casualty = self.w.get("casualty", ())
        start = _head(it)
        for k in range(start - 1, max(start - 4, 0) - 1, -1):
            if self.tok(k) == "من":
                return self.tok(k - 1).removeprefix("ال") in casualty
            if self.barrier(k) or self.ent_token(k):
                return False
        return False

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
