"""From readings to events: one ``Event`` per trigger occurrence that names an event.

A reading (kg.extract) holds the trigger, its frame and the role fillers the constructions found. This
stage, in order:

1. **type and mode**: the frame's PLOVER type and mode (ontology/triggers.tsv), else the mode the
   clause's words tell (ontology/words.tsv ``mode``: انتحاري → suicide);
2. **roles**: actors and targets as the reading found them (metonyms resolved: واشنطن → the United
   States as an actor), each with its words in the sentence; an occurrence whose frame needs a party
   (a verbal noun such as مكافحة) and has none is no event;
3. **place**: the most specific place or facility the clause puts the event in;
4. **date and casualties** from the clause (attributes.py);
5. **one happening, one event** (merge.py): a killing told as the result of an attack in the same clause
   (قتل 5 في غارة، غارة أسفرت عن مقتل 5) is merged into the attack, and so is what the attack was made
   with (قصف بقذائف الهاون).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..extract.words import _AMONG, _COMMA, _SEQUENCE, _TOLD_BEFORE, _people, _victim
from ..groups import carried_doer, group_entity, group_side, protesters
from ..model import ACTOR_TYPES, BLASTS, DEED_TYPES, LOCATION_TYPES, Entity, Event, Role
from ..name_shapes import lexicon_set
from ..text import fold_string
from . import scorer
from .attributes import casualties, combined_toll, context_mode, event_date, joined_figure, parse_number
from .merge import OneHappening
from .scorer import features

_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"})
_GAZETTEER_ID = "place/geonames-"
_LOC_PREPS = _DIRECTIONS | {"في", "ب", "داخل", "قرب", "بالقرب", "عند", "وسط", "ضواحي", "محيط", "اطراف", "ريف", "مدخل",
                            "الي", "من", "فوق", "قباله"}
# a killing "in" or "because of" an attack is the attack's result
_DEEDS_OF_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
_NOT_BY_MEDIA = _DEEDS_OF_FORCE | {"PROTEST"}     # deeds a paper or a channel only reports
# deeds done to or at a place: a capital as their target is the city (elsewhere it stands for its state)
_DEEDS_ON_PLACES = _DEEDS_OF_FORCE | {"AID", "PROTEST", "CONSULT"}
_COUNT_WORDS = frozenset({"ما", "لا", "يقل", "عن", "اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء"})
_MODE_SETS: dict = {}

# events that are words said (condemning, rejecting, demanding, backing, threatening): said where the speaker is
_WORDS_SAID = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})


_BACKING = frozenset({"supported"})          # دعم، ساند، ساعد (triggers.tsv; not أيد, "endorsed")
_BACKED = frozenset({"Government", "ArmedGroup", "Group"})
_STATES = frozenset({"Country", "Government", "InternationalOrganization"})   # a protest by one is a complaint


def _DAY_WORDS(lex) -> frozenset:   # noqa: N802 — a cached constant of the lexicon
    """The first words of the lexicon's days and months (a sentence with none of them names no date)."""
    return lexicon_set(lex, "day_words", lambda lx: (f.split(" ")[0] for f in (*lx.words.get("day", ()),
                                                                               *lx.words.get("month", ()))))


def _MODE_WORDS(lex) -> frozenset:   # noqa: N802 — a cached constant of the lexicon
    got = _MODE_SETS.get(id(lex))
    if got is None or got[0] is not lex:
        modes = lex.words.get("mode", frozenset())
        forms = modes | frozenset(f[2:] for f in modes if f.startswith("ال"))
        got = _MODE_SETS[id(lex)] = (lex, forms)
    return got[1]


_SHORT_VOWELS = re.compile("[\u064e\u064f\u0650\u0652]")     # fatha, damma, kasra, sukun
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يان", "يتين")
_TERRITORIAL = frozenset({"capture", "advance", "siege"})
_PLACE_RANK = {"Facility": 0, "Place": 1, "Country": 4}
_DISTANCES = frozenset({"كلم", "كم", "كيلومتر", "كيلومترا", "كيلومترات", "ميل", "ميلا", "اميال", "متر", "مترا"})
# deeds done where the deed told after بعد is (an arrest after a raid, a flight after a defeat, a killing in an attack)
_DEEDS_BESIDE = frozenset({"ASSAULT", "COERCE", "RETREAT"})
_WORDS_AGAINST = frozenset({"ACCUSE", "REJECT"})    # words said against a deed, which happened elsewhere
# words of support said about a deed (welcome, praise, solidarity, condolence, thanks; triggers.tsv relations)
_WORDS_FOR = frozenset({"welcomed", "praised", "solidarity", "condoled", "thanked"})


# participles of coming (folded): a place after them and من is where something came from
_COMING = frozenset({"قادم", "قادمه", "القادم", "القادمه", "قادمين", "القادمين", "القادمون", "اتيه", "الاتيه",
                     "الاتي", "وافده", "الوافده", "الوافدين", "القادمتين"})


class SentenceEvents(OneHappening):
    """The events of one sentence, built from its extractor (kg.extract._SentenceExtractor) and readings."""

    def __init__(self, ex, analysis, lex):
        self.ex, self.lex = ex, lex
        self.sa = ex.sa
        self.doc = analysis.doc
        self.folded = analysis.folded
        self.focus_country = getattr(analysis, "focus_country", "")
        self._memo: dict = {}
        # which attributes the sentence can hold at all (most sentences name no day, figure or mode)
        w = lex.words
        bare = {t[1:] if t[:1] in ("و", "ف", "ب", "ل") else t for t in ex.sa.tokens} | set(ex.sa.tokens)
        self.has_day = not _DAY_WORDS(lex).isdisjoint(bare)
        self.has_figure = any(t[-1:].isdigit() for t in ex.sa.tokens) or bool(bare & w.get("number", frozenset()))
        modes = _MODE_WORDS(lex)
        self.has_mode = not modes.isdisjoint(bare) or any(t[2:] in modes for t in bare if t[:2] == "ال")

    def named_tokens(self) -> frozenset:
        """Tokens inside a name (قاعدة الحبانية الجوية is an air base, not an air strike)."""
        got = self._memo.get("named")
        if got is None:
            got = self._memo["named"] = frozenset(k for it in self.ex.ents if it.mention_kind == "name"
                                                  for k in range(it.i + 1, it.j))
        return got

    def memo(self, key, fn, *args):
        """Attributes of a clause are read once, however many triggers it holds."""
        got = self._memo.get(key, self)
        if got is self:
            got = self._memo[key] = fn(*args)
        return got

    # --- spans ----------------------------------------------------------------------------------

    def text_span(self, fs: int, fe: int) -> tuple[int, int, str]:
        s, e = self.folded.span(fs, fe)
        return s, e, self.doc.text[s:e]

    def role(self, it, actor: bool, state: bool = False) -> Role | None:
        """``state``: a capital stands for its state in this role (the target of a sanction or a demand)."""
        ent: Entity = it.entity
        if ent.metonym_of and (actor or state or ent.type not in LOCATION_TYPES):
            ent = self.lex.entities.get(ent.metonym_of, ent)   # واشنطن as an actor: the United States
        s, e, txt = self.text_span(*self.phrase(it))
        return Role(ent, txt, s, e)

    def phrase(self, it) -> tuple[int, int]:
        """Folded offsets of the noun phrase that names a role filler: the name with the title that
        introduces it (وزير الخارجية سيرغي لافروف), the force or people noun it qualifies (قوات النظام،
        عناصر الشرطة) and the nationality or descriptive adjectives after it (داعش الإرهابي)."""
        sa, w = self.sa, self.lex.words
        fs, fe = it.fs, it.fe
        head = it.lead if 0 <= it.lead < it.i else it.i
        if head >= 2 and self.ex.loyal_party(head - 2) is it:
            head -= 2   # القوات الموالية للرئيس هادي: the forces loyal to the party stand for it, named with it
        if head < it.i:
            fs = sa.starts[head] + len(self._proclitic(sa.tokens[head]))
        elif it.i > 0 and not it.clitic:
            prev = sa.tokens[it.i - 1]
            c = self._proclitic(prev)
            bare = prev[len(c):]
            if (bare in w.get("force", ()) or bare in w.get("people", ())) and not self.ex.ent_token(it.i - 1) \
                    and not any(p.i <= it.i - 1 < p.j for p in self.sa.items if p.kind != "ent"):
                fs = sa.starts[it.i - 1] + len(c)
        k = it.j
        while k < len(sa.tokens) and k - it.j < 2:
            t = sa.tokens[k]
            if not (t.startswith("ال") and t.endswith(_NISBA_ENDINGS) and len(t) > 4) or self.ex.ent_token(k) \
                    or any(p.i <= k < p.j for p in self.sa.items):
                break
            fe = sa.ends[k]
            k += 1
        return fs, fe

    @staticmethod
    def _proclitic(tok: str) -> str:
        return tok[0] if tok[:1] in ("و", "ف") and len(tok) > 3 else ""

    def token_text(self, i: int, j: int) -> tuple[int, int, str]:
        return self.text_span(self.sa.starts[i], self.sa.ends[j - 1])

    def vocalized(self, k: int) -> bool:
        """Token k stands in a fully vocalized passage (a verse of the Quran, a hadith, a poem quoted): it
        and most words around it carry short vowels (it two or more); news prose marks a vowel here and
        there."""
        if len(_SHORT_VOWELS.findall(self.token_text(k, k + 1)[2])) < 2:
            return False     # (nearly every trigger: its words around it need not be read)
        lo, hi = max(0, k - 3), min(len(self.sa.tokens), k + 4)
        return sum(1 for x in range(lo, hi) if _SHORT_VOWELS.search(self.token_text(x, x + 1)[2])) >= 4

    # --- roles ----------------------------------------------------------------------------------

    def actors(self, r) -> list[Role]:
        out = []
        tr = r.tr
        for it in r.actors:
            ent = it.entity
            civilians = it.mention_kind == "generic" and getattr(it.ref, "id", "") == "civilians"
            if (tr.type == "PROTEST" or r.how == "protest" or tr.type == "REQUEST" and self._after_protest(r)) \
                    and (civilians or it.mention_kind == "demonym") and self.lex.generics.get("protesters"):
                # تظاهر آلاف المواطنين، تظاهر آلاف الفلسطينيين: civilians or people of a country who protest are
                # protesters (not the state)
                s, e, txt = self.text_span(it.fs, it.fe)
                out.append(Role(protesters(self.lex, ent.country if civilians else ent.id, txt), txt, s, e))
                continue
            if ent.type not in ACTOR_TYPES and not ent.metonym_of:
                continue
            if tr.actor_types and self.ex.doer_type(it) not in tr.actor_types and not ent.metonym_of:
                continue
            if tr.force_subject and not self.ex.force_doer(it, r.t):
                continue       # وصل الوفد، وصلت الحكومة إلى عدن: an arrival, no force advancing
            if ent.type == "Media" and tr.type in _NOT_BY_MEDIA:
                continue       # حسب «سبأ»، لـ«عكاظ»: a paper or agency reports an attack, an arrest or a
                #                demonstration (كانت الصحيفة تغطي التظاهرات), it does none
            if tr.type in ("ASSAULT", "MOBILIZE", "RETREAT") and group_side(self.lex, ent) == "judiciary":
                continue       # وجهت النيابة الاتهام في حادث التفجير: the prosecutor charges the attack, did none
            if tr.type == "ASSAULT" and (self.ex.facility_owner(it) or self.ex.among_casualties(it)):
                continue       # تفجير مسجد قوات الطوارئ عمل إرهابي: whose mosque was hit, not who hit it
            out.append(self.role(it, actor=True))
        if not out and r.actor_ent is not None and (tr.type == "PROTEST" or r.how == "protest") \
                and r.actor_ent.id.startswith("group/civilians") and self.lex.generics.get("protesters"):
            # شارك في المسيرة مئات المصلين: the civilians a light verb of protest carries protest
            out.append(Role(protesters(self.lex, r.actor_ent.country or self.focus_country, "متظاهرون")))
        if not out and r.actor_ent is not None and (r.actor_ent.type in ACTOR_TYPES or r.actor_ent.metonym_of) \
                and carried_doer(self.lex, r.actor_ent, tr.type, tr.relation):
            ent = r.actor_ent
            if ent.metonym_of:
                ent = self.lex.entities.get(ent.metonym_of, ent)
            out.append(Role(ent))
        if not out and r.how == "protest" and self.lex.generics.get("protesters"):
            out.append(Role(protesters(self.lex, self.focus_country, "متظاهرون")))   # مظاهرات تطالب …
        if not out and tr.type == "PROTEST" and r.t.trigger is not None and r.t.trigger.pos == "verb":
            crowd = self.crowd_after(r.t.j)
            if crowd is not None:
                out.append(crowd)
        return out

    def _after_protest(self, r) -> bool:
        """A verb of protest before the reading's trigger in its clause (تظاهر مئات اليمنيين للمطالبة بـ): the
        demand is the protesters'."""
        ex = self.ex
        start = ex.clause_start(r.t.i)
        return any(p.kind == "trigger" and start <= p.i < r.t.i and ex.reading(p).type == "PROTEST" for p in ex.preds)

    def crowd_after(self, k: int) -> Role | None:
        """تظاهر المئات، اعتصم العشرات: a vague count as the subject of a verb of protest is protesters
        (of the country the article is about)."""
        tok = self.sa.tokens[k] if k < len(self.sa.tokens) else ""
        if not self.lex.generics.get("protesters") or self.lex.word_values.get(("number", tok.removeprefix("ال"))) != "0":
            return None
        s, e, txt = self.text_span(self.sa.starts[k], self.sa.ends[k])
        return Role(protesters(self.lex, self.focus_country, txt), txt, s, e)

    def targets(self, r) -> list[Role]:
        out = []
        for it in r.targets:
            if it.mention_kind == "demonym" and (r.tr.cls in ("KILL", "ARREST") or self.ex.counted(it) or (
                    # (released: the people right after عن or سراح; not الإفراج عن الأموال الإيرانية, funds)
                    r.tr.relation == "released" and self.ex.tok(it.i - 1) in ("عن", "سراح"))) \
                    and not self.ex.force(it) and not (self.ex.doer_type(it) == "Person" and not self.ex.counted(it)):
                # (اختطف مسلحون السفير الأردني: a state's official stands for his state, no civilian)
                # قتل فلسطيني، اعتقال السوريين، أفرج عن سعودي، انفجار أسفر عن مقتل أربعة فلسطينيين: people of
                # a country, not the country: its civilians
                s, e, txt = self.text_span(it.fs, it.fe)
                civ = self.lex.generics.get("civilians")
                if civ is not None:
                    out.append(Role(group_entity(self.lex, civ, it.entity.id, txt), txt, s, e))
                continue
            if r.tr.mode == "execute" and it.entity.type in LOCATION_TYPES:
                continue        # تنفيذ حكم الإعدام في سجن بغداد: where, not whom
            # (فرضت عقوبات على طهران، طالب واشنطن: the state; قصفت الطائرات طهران: the city)
            out.append(self.role(it, actor=False, state=r.tr.type not in _DEEDS_ON_PLACES))
        if not out and r.target_ent is not None:
            out.append(Role(r.target_ent))
        if not out and r.tr.relation == "dispersed" and self.lex.generics.get("protesters"):
            out.append(Role(protesters(self.lex, self.focus_country, "متظاهرون")))   # تفرق مظاهرة: its protesters
        return out

    def place(self, r, targets: list[Role]) -> list[Role]:
        """The most specific location the clause puts the event in: a location target of an attack or
        a territorial event, else a place or facility after في، ب، داخل، قرب … nearest the trigger."""
        ex = self.ex
        cands = []
        lo = ex.clause_start(min(r.t.i, r.anchor.i))
        hi = ex.clause_end(max(r.t.j, r.anchor.j), commas=False)
        for it in ex.ents:
            if it.entity.type not in LOCATION_TYPES or it.i < lo or it.i >= hi:
                continue
            if any(it is a for a in r.actors) or it.mention_kind == "demonym" and (
                    ex.counted(it) or ex.doer_type(it) == "Person"):
                continue       # (مقتل أربعة فلسطينيين، التقى بالسفير الأمريكي: people, not where it happened)
            if self._in_deed_told(r, it):
                continue
            # (في صحراء وادي الحسيني: a place that is the genitive of the preposition's noun is in its phrase)
            gov = ex.gov(it) or ex.chain_prep(it, lo)
            if self._measured_from(it):
                continue       # على مسافة مائة كلم جنوب كابول: a point the place is measured from, not the place
            if self._taken_to(it):
                continue       # نقل الجرحى إلى مستشفى الكندي: where the hurt were taken, not where it happened
            if gov == "من" and r.tr.type != "MOBILIZE" and (ex.tok(it.i - 2).removeprefix("و") in _COMING
                                                             or self._fired_from(it)):
                continue       # الإمدادات القادمة من سوريا، قافلة قادمة من الرقة، قذيفتان من سوريا: where it came
                #                from, not where
            is_target = r.tr.mode != "execute" and any(it is t for t in r.targets)   # (no place is executed)
            if is_target and it.entity.type == "Country" and any(x.entity.type == "Facility" for x in r.targets):
                continue       # السفارة العراقية: the country whose embassy was hit, not where it stands
            if not (is_target and (r.tr.type == "ASSAULT" or r.tr.mode == "visit")) \
                    and gov not in _LOC_PREPS and not gov.startswith("ب"):   # زار الرئيس السعودية: where he was
                continue
            if it.entity.type == "Country" and not is_target and any(
                    c.entity.type != "Country" for _, c in cands):
                continue
            dist = it.i - r.t.j if it.i >= r.t.j else (r.t.i - it.j) + 3
            # a place kg knows before one it read off the text (سوق شعبي is less sure than بغداد); an
            # unnamed facility (a checkpoint) is where it happened only when no place is named
            rank = _PLACE_RANK.get(it.entity.type, 3) + (
                2 if it.entity.origin == "text" and not it.entity.id.startswith(_GAZETTEER_ID)
                and not self._after_place_noun(it) else 0)     # (a gazetteer town is known, as the lexicon's)
            unnamed = it.mention_kind == "generic"
            # (a country's adjective of people or things hit is where it happened only when nothing more
            # specific is named: باستهداف السفن السعودية في البحر الأحمر، النار على فرنسيين قرب تبوك)
            # (تعزيزات حوثية قادمة من البيضاء إلى عقبة ثرة: forces sent come from a place to where they go)
            origin = r.tr.type == "MOBILIZE" and gov == "من"
            # (هاجمت إيران القواعد الأمريكية في العراق: the country after في, not the one whose bases were hit)
            land = ex.tok(it.i - 1)
            adjective = it.entity.type == "Country" and it.mention_kind == "demonym"
            of_land = land in ex.w.get("land", ()) or land[:1] in "وفبل" and land[1:] in ex.w.get("land", ())
            #          (الأراضي السورية، في مدن مغربية: in the country, as a country after في is)
            cands.append(((unnamed, origin, 0 if is_target and not adjective else 2 if adjective and not of_land
                           else 1, rank, dist), it))
        if not cands:
            return self.sentence_place(r)
        cands.sort(key=lambda c: c[0])
        best = cands[0][1]
        if best.mention_kind == "generic":
            # قصف أحياء سكنية، in a sentence that names the town elsewhere: the town is where
            named = self.sentence_place(r)
            if named and named[0].entity.type != "Country" and named[0].text:
                return named
        # the most specific of the places named together: a facility in a town, a town in a province
        for _, it in cands:
            if it is not best and it.entity.located_in == best.entity.id and it.entity.origin != "text":
                best = it
        return [self.role(self._placed_in(best, r), actor=False)]

    def _placed_in(self, best, r):
        """A place named right before the one chosen, which places it with في or بـ (مدينة داريا بالغوطة
        الغربية، مطار المزة في دمشق): the one before is the more specific place."""
        ex = self.ex
        if best.entity.type not in ("Place", "Country"):
            return best
        k = best.i - (0 if best.clitic.lstrip("وف") == "ب" else 1)
        if k == best.i - 1 and ex.tok(k) != "في":
            return best
        # (not a capital standing for its state: تعاونها مع أنقرة بسوريا)
        prev = next((x for x in ex.ents if x.j == k and x.entity.type in ("Place", "Facility")
                     and x.mention_kind == "name" and x.entity.id != best.entity.id and not x.entity.metonym_of), None)
        if prev is None or any(prev is a for a in r.actors) or self._taken_to(prev):
            return best
        return prev

    def _fired_from(self, it) -> bool:
        """The place after من right after a word of what is fired (words.tsv instrument: قذيفتان من سوريا، صاروخ
        من اليمن), maybe in the dual or with the article: where it was fired from."""
        prev = self.ex.tok(it.i - 2)
        prev = prev.removeprefix("و").removeprefix("ال")
        words = self.ex.w.get("instrument", ())
        return prev in words or prev.endswith(("تان", "تين")) and prev[:-3] + "ه" in words \
            or prev.endswith(("ان", "ين")) and prev[:-2] in words

    def _in_deed_told(self, r, it) -> bool:
        """Words against a deed (a condemnation, a rejection) and a place after the deed they name: the deed's
        place, not where the words were said (أدانت إسبانيا التفجير الذي استهدف مسجدا في منطقة عسير); so for words
        of solidarity, condolence or praise (تضامن مصر مع السعودية إثر التفجير في عسير). Support and cooperation
        in a deed happen where it does."""
        if r.tr.type not in _WORDS_AGAINST and r.tr.relation not in _WORDS_FOR:
            return r.tr.type not in _DEEDS_BESIDE and self._after_deed_told_before(r, it)
        return next(self._deeds_between(r, it), None) is not None

    def _deeds_between(self, r, it):
        """The deeds (their trigger items) told between the reading's trigger and the place ``it``."""
        return (p for p in self.ex.preds if p.kind == "trigger" and p is not r.t and p is not r.anchor
                and r.t.j <= p.i < it.i and self.ex.reading(p).type in DEED_TYPES)

    def _after_deed_told_before(self, r, it) -> bool:
        """A place after a deed told right after بعد، عقب، إثر، منذ، قبل (قطعت السعودية علاقاتها مع إيران عقب
        الاعتداء على سفارتها في طهران): where that deed happened, not the event the clause tells (a meeting, a
        demand, a pledge; not an attack, an arrest or a flight, often done where the deed was: _DEEDS_BESIDE)."""
        ex = self.ex
        return any(ex.word_before_happening(p.i) in _TOLD_BEFORE
                   and not any(ex.tok(k) in _COMMA for k in range(p.j, it.i))    # (its phrase ends at a comma)
                   for p in self._deeds_between(r, it))

    def _taken_to(self, it) -> bool:
        """The place after إلى past a word of taking the hurt or dead (words.tsv taken_to) within six words
        before it, in its clause: where they were taken (نقل جرحى التفجير إلى مستشفى الكندي)."""
        ex = self.ex
        if ex.gov(it) != "الي":
            return False
        start = max(ex.clause_start(it.i), it.i - 6)
        return any(ex.conj_word(k, ex.w.get("taken_to", ())) for k in range(start, it.i))

    def _after_place_noun(self, it) -> bool:
        """A place read off the text right after a noun of place that is not part of its name (في بلدة
        مندلي، في منطقة الزعفرانية): the sentence says it is a place, as sure as one kg knows."""
        nouns = self._place_nouns(keep=False)
        prev = self.ex.tok(it.i - 1)
        if prev.removeprefix("ال") in nouns or self.ex._split(prev)[1].removeprefix("ال") in nouns:
            return True
        # جبال هرمز، وادي عقان: a landform's noun that is part of the name says so as well
        first = self.ex.tok(it.i)[len(it.clitic):]
        return it.j - it.i >= 2 and first.removeprefix("ال") in self._place_nouns(keep=True)

    def _institution_before(self, t) -> bool:
        """The event noun is the genitive of a noun of a body or a place named by what is done in it, right
        before it or with لـ: مركز التجنيد، معهد للتدريب (not after و or ب: وبعد هجوم)."""
        return not t.clitic.strip("ل") and t.i > 0 and self.ex.institution_at(t.i - 1)

    def _measured_from(self, it) -> bool:
        """The place after a distance and a direction (على بعد 20 كم شمال بغداد): where something else is
        measured from; or after another place and a direction (في محافظة ديالى شمال شرق بغداد، قرية النصر غربي
        الموصل، محافظة مأرب، شرق صنعاء): the place the one before lies from, not where it happened."""
        ex = self.ex
        if ex.gov(it) in _DIRECTIONS and any(ex.tok(x) in _DISTANCES for x in range(it.i - 4, it.i)):
            return True
        k = it.i - 1
        while k >= 0 and ex.tok(k) in _DIRECTIONS:
            k -= 1
        if k == it.i - 1:
            return False
        if ex.tok(k) in ("،", ","):
            k -= 1          # في محافظة مأرب، شرق صنعاء: between commas, the same apposition
        # (not after an unnamed one: معسكرا شمال قاعدة العند is placed by the base)
        return any(x.j == k + 1 and x.entity.type in LOCATION_TYPES and x.mention_kind == "name" for x in ex.ents)

    def _origin_of_people(self, it) -> bool:
        """A place after من right after unnamed people or fighters (مسلحين من غزة، خمسة أشخاص من سوريا): where
        they come from, not where the deed was."""
        ex = self.ex
        return ex.tok(it.i - 1) == "من" and not it.clitic and any(
            x.j == it.i - 1 and x.mention_kind == "generic" and x.entity.type not in LOCATION_TYPES for x in ex.ents)

    def _place_nouns(self, keep: bool) -> frozenset:
        """The folded nouns of places (place_nouns.tsv type Place, without the article) that are part of
        the name (``keep``: جبل، وادي) or not (مدينة، قرية)."""
        return lexicon_set(self.lex, f"place_nouns_keep_{keep}", lambda lx: frozenset(
            fold_string(pn.form).removeprefix("ال") for pn in lx.place_nouns
            if pn.type == "Place" and pn.keep == keep))

    def sentence_place(self, r) -> list[Role]:
        """No place in the trigger's clause: the nearest place or facility elsewhere in the sentence
        after في/ب (في مدينة حلب، قتل …), else the nearest town it names otherwise, else the country the article is about (no words in the
        sentence name it: its text is empty, as for any role filled from outside the sentence)."""
        ex = self.ex

        def nearest(fits):
            return min((it for it in ex.ents if fits(it) and not any(it is a for a in r.actors)
                        and not self._in_deed_told(r, it) and not self._measured_from(it) and not self._taken_to(it)
                        and not self._origin_of_people(it)),
                       key=lambda it: abs(it.i - r.t.i), default=None)
        best = nearest(lambda it: it.entity.type in ("Place", "Facility") and it.mention_kind != "generic"
                       and (ex.gov(it) in ("في", "داخل") or ex.gov(it).startswith("ب")))
        if best is None:
            # قال رئيس بلدية طوز خورماتو إن انتحاريا فجر …: a town the sentence names otherwise (a local
            # official's) is nearer the truth than the article's country
            # (not a capital that is the target as its state: فرضت عقوبات على طهران)
            best = nearest(lambda it: it.entity.type == "Place" and it.mention_kind == "name" and not (
                it.entity.metonym_of and r.tr.type not in _DEEDS_ON_PLACES and any(it is x for x in r.targets)))
        if best is not None:
            return [self.role(self._placed_in(best, r), actor=False)]
        if r.tr.type in _WORDS_SAID and r.actors:
            # أدان وزير الخارجية الإماراتي الهجوم: words said are said where the speaker is, not in the country
            # the article is about; the speaker's country, when the lexicon knows it
            who = r.actors[0].entity
            home = _state_country(who) or (who.country if who.type == "Person" else "")
            if home and (speaker_home := self.lex.entities.get(home)) is not None:
                return [Role(speaker_home)]
        focus = self.lex.entities.get(self.focus_country) if self.focus_country else None
        return [Role(focus)] if focus is not None else []

    def victims(self, r, killed: int | None) -> int | None:
        """A killing with no figure: one per person or group named singly (قتل شرطي، اغتيال فلان), two
        for a dual (مقتل جنديين); None when a group is plural or unsized."""
        if killed is not None:
            return killed
        before = self.sa.tokens[r.t.i - 1] if r.t.i else ""
        if r.tr.cls == "KILL" and (before in self.ex.w.get("attempt", ()) or before[:1] in "وبل"
                                   and before[1:] in self.ex.w.get("attempt", ())):
            return None      # نجا الوزير من محاولة اغتيال: a killing attempted (words.tsv attempt) counts no one
        # (قتلت غارات التحالف 15 مدنيا: the attack noun is the subject of a verb of killing, its object killed)
        killing_verb = any(p.kind == "trigger" and p.j == r.t.i and self.ex.reading(p).cls == "KILL"
                           and self.ex.reading(p).pos == "verb" for p in self.ex.preds)
        people = r.targets if r.tr.cls == "KILL" or r.tr.mode == "execute" or killing_verb else r.killed
        if not people:
            return killed
        n = 0
        for it in people:
            g = it.ref if it.mention_kind == "generic" else None
            if g is not None and any(x is not it and x.entity.type == "Person" and 0 <= x.i - it.j <= 1 and all(
                    self.sa.tokens[k] in ("،", ",") for k in range(it.j, x.i)) for x in people):
                continue     # الطفل، علي دوابشة: the person named in apposition, counted once
            if it.entity.type == "Person" and any(self.sa.tokens[k] in _AMONG for k in range(max(0, it.i - 4), it.i)):
                continue     # خمسة مسلحين بينهم القيادي فلان: one of those already counted
            surface = " ".join(self.sa.tokens[it.i:it.j])[len(it.clitic):]
            counted = self._figure_before(it.i) if g is not None else None
            if counted is None and g is None and (k := self.ex.count_index(it)) >= 0:
                # 25 من ميليشيات الحوثي وقوات موالية للرئيس المخلوع [صالح] قتلوا: the figure counts them all
                counted, _ = parse_number(self.sa.tokens, k, self.lex)
            if counted is not None:
                if not counted:
                    return None      # عشرات المدنيين: a vague count
                n += counted         # أعدم 20 رجلا: after a figure, a singular noun is counted (not one)
            elif it.entity.type == "Person" and it.mention_kind in ("name", "nominal"):
                n += 1
            elif g is not None and (surface in g.one or surface.split(" ")[0] in g.one):
                n += 1           # (a form of two words too: عنصر إرهابي)
            elif g is not None and (surface in g.two or surface.split(" ")[0] in g.two):
                n += 2
            elif it.mention_kind == "demonym" and not self.ex.force(it) and not surface.endswith(("ين", "ون")):
                n += 1          # قتل فلسطيني
            else:
                return None
        return n

    def _figure_before(self, i: int) -> int | None:
        """The figure that ends right before token i (عشرين رجلا، 20 شخصا، ثلاثة آلاف), or None."""
        for k in range(max(0, i - 4), i):
            value, end = parse_number(self.sa.tokens, k, self.lex)
            if value is not None and end == i:
                return value
        return None

    # --- events ---------------------------------------------------------------------------------

    def event(self, r, readings: list) -> Event | None:
        tr = r.tr
        if not tr.type:
            return None                    # a static relation (التابعة لـ، الموالية لـ): no event
        actors, targets = self.actors(r), self.targets(r)
        if actors and targets:
            # no one does it to themselves: an entity read in both roles keeps the one the sentence names it
            # in (a doer carried over from the article, named here as the target, is the target)
            both = {a.entity.id for a in actors} & {x.entity.id for x in targets}
            if both:
                named = {x.entity.id for x in targets if x.text} - {a.entity.id for a in actors if a.text}
                actors = [a for a in actors if a.entity.id not in named]
                targets = [x for x in targets if x.entity.id not in both - named]
        if not tr.alone and not actors and not targets:
            return None                    # مكافحة الإرهاب: a verbal noun with no party is no occurrence
        if self.ex.holding(r):
            return None                    # المناطق التي يسيطر عليها الحوثيون: who holds it, no taking
        if self.vocalized(r.t.i):
            return None                    # إنما جزاء الذين يحاربون الله … أن يُقَتَّلُوا: scripture quoted, no event
        if tr.pos == "noun" and not r.actors and not r.targets and self._institution_before(r.t):
            return None                    # مركز التجنيد، مكتب للتجنيد، هيئة التفاوض: a body or a place named by its
            #                                work (but إقامة مركز للتنسيق مع الجيش العراقي: a party is named)
        if tr.prior_subject and not self.ex.circumstantial(r.t):
            return None                    # اعتقل متهما: a participle with no comma before it is a noun
        if tr.force_subject and not any(a.text for a in actors):
            # وصل الوزير، تصل المساعدات، يبلغ طوله: verbs of arriving are everyday words; an advance only with
            # the force that makes it named in the sentence
            return None
        if tr.type == "CONSULT" and targets and all(t.entity.type == "Media" for t in targets):
            return None                    # في اتصال هاتفي لـ«الشرق الأوسط»: an interview, not a consultation
        if tr.type == "AGREE" and not actors and targets and all(t.entity.type == "Media" for t in targets):
            return None                    # بالاتفاق مع «بلومبيرغ»: a syndication credit, no one's agreement
        ex, sa = self.ex, self.sa
        lo = ex.clause_start(min(r.t.i, r.anchor.i))
        hi = ex.clause_end(max(r.t.j, r.anchor.j), commas=False)
        told = (self.memo(("mode", tr.type, lo, hi), context_mode, sa.tokens, tr.type, self.lex, max(0, lo), hi,
                          self.named_tokens()) if self.has_mode else "")
        if not told and self.has_mode:
            for a in r.actors:
                first = a.i - 1 if a.i > 0 and sa.tokens[a.i - 1].removeprefix("ال") in self.lex.words.get(
                    "force", ()) else a.i
                if 0 <= a.i < lo and (told := context_mode(sa.tokens, tr.type, self.lex, first, a.j,
                                                            self.named_tokens())):
                    break   # ودمر طيران التحالف عربة بعد أن قصف موقعا: a doer named before the clause (with the
                    #         force word before its name) tells its mode
        if tr.symmetric and told == "aerial":
            told = ""                      # معارك بين المقاومة والحوثيين وسط غارات التحالف: the battles are fought on the ground
        # the trigger's own mode, unless the words say a kind of it (إضراب عن الطعام: a hunger strike)
        mode = told if told and (not tr.mode or told.endswith("-" + tr.mode)) else tr.mode
        if mode == "arrest" and not any(t.entity.type in ACTOR_TYPES for t in r.targets) and any(
                ex.tok(k).removeprefix("ال") in self.lex.words.get("goods", ()) for k in range(r.t.j, min(hi, r.t.j + 6))):
            mode = "seize"                 # احتجز الحوثيون 16 شاحنة محملة بالمساعدات: things held, not people
        if tr.relation in BLASTS and any(ex.tok(k) in self.lex.words.get("reflexive", ())
                                         for k in range(r.t.j, r.t.j + 4)):
            mode = "suicide"               # فجر نفسه، فجرت امرأة حزامها الناسف: blew himself up (not لحماية نفسه)
        killed = wounded = None
        if tr.type == "ASSAULT" and tr.mode not in _TERRITORIAL and self.has_figure:
            # the figures may close the sentence (… في هجوم أوقع 32 قتيلا): read to its end
            cas_lo = lo
            if lo >= 2 and ex.tok(lo - 1) in ("،", ","):
                # 25 شخصا، معظمهم من المدنيين، قتلوا في انفجار: the figure before an aside between commas
                prev = ex.clause_start(lo - 1)
                if prev >= 2 and lo - 1 - prev <= 5 and ex.tok(prev - 1) in ("،", ","):
                    cas_lo = ex.clause_start(prev - 1)
            cas_hi = min((q.t.i for q in readings if q is not r and q.tr.cls == "ATTACK" and q.t.i > r.t.j
                          and any(ex.tok(k).removeprefix("و") in _SEQUENCE for k in (q.t.i - 1, q.t.i - 2))),
                         default=len(sa.tokens))
            # (شنت تركيا غارات على مواقع داعش، عقب هجوم انتحاري أودى بحياة 32: the toll told after another attack,
            # one that came before or after this one, is that attack's)
            killed, wounded = self.memo(("casualties", cas_lo, cas_hi), casualties, sa.tokens, self.lex, cas_lo,
                                        cas_hi)
            k = max([r.t.j] + [a.j for a in r.actors if a.i >= r.t.j and r.tr.pos == "verb"])
            if r.tr.cls == "KILL" and ex.count_at(k):
                # قتلوا سبعة منهم، قتل 28 شخصا، قتل مسلحو داعش خمسة من المدنيين: the count right after a verb
                # of killing, or after its subject, is the toll
                while ex.tok(k) in _COUNT_WORDS:
                    k += 1
                num, after = parse_number(sa.tokens, k, self.lex)
                if not combined_toll(sa.tokens, after, self.lex):     # (سقط 20 قتيلا وجريحا: not all dead)
                    # (مقتل ثمانية مسلحين وخمسة مدنيين: with the figures joined to it)
                    killed = (num + joined_figure(sa.tokens, after, len(sa.tokens), self.lex)) if num else killed
        if tr.type == "ASSAULT" and tr.mode not in _TERRITORIAL and (killed is not None or r.modality not in (
                "hypothetical", "future", "negated")):
            killed = self.victims(r, killed)   # (a killing threatened, planned or denied counts no victim)
        etype = "COOPERATE" if tr.relation in _BACKING and not self._said_support(r) and (
            self._backs_an_actor(r) or self._military_help(r)) else tr.type
        if etype == "PROTEST" and actors and all(a.entity.type in _STATES for a in actors):
            if tr.pos == "verb" and tr.relation == "protested":
                etype, mode = "ACCUSE", ""   # احتجت البحرين على الأعمال الإيرانية: a state's formal protest
            elif all(_state_country(a.entity) for a in actors) and self.lex.generics.get("protesters"):
                # يشهد العراق مظاهرات، مسيرة الفلسطينيين: a country's people protest, not the state (nor its
                # government: لن تستجيب الحكومة للمظاهرات)
                actors = [Role(protesters(self.lex, _state_country(a.entity), a.text), a.text, a.start, a.end)
                          for a in actors]
        ts, te, trig = self.token_text(r.t.i, r.t.j)
        # one entity once per role (مقتل ضابط وثلاثة جنود: both are the army's forces; the toll counts both)
        actors, targets = _distinct(actors), _distinct(targets)
        places = self.place(r, targets)
        if not actors and not targets and killed is None and not any(p.text for p in places) \
                and self._saying_of_killing(r):
            return None
        conf = r.confidence - (0.1 if not actors else 0) - (0.1 if not targets else 0)
        word = sa.tokens[r.t.i][len(r.t.clitic):]
        feats = features(tr, r, actors, targets, places, mode, word, word.startswith("ال"))
        return Event(
            doc_id=self.doc.doc_id, event_id=f"{self.doc.doc_id}:{ts}", sentence=sa.index, start=sa.start,
            end=sa.end, trigger=trig, type=etype, mode=mode, relation=tr.relation, relation_class=tr.cls,
            actors=tuple(actors), targets=tuple(targets), places=tuple(places),
            date=self.memo(("date", lo, hi), event_date, sa.tokens, self.doc.date, self.lex, lo, hi)
            if self.doc.date and self.has_day else "", killed=killed, wounded=wounded,
            modality=r.modality, confidence=round(max(conf, 0.1), 2), evidence=self.doc.text[sa.start:sa.end],
            source=r.source, features=feats)

    def _saying_of_killing(self, r) -> bool:
        """قتل النفس المعصومة من الكبائر: the bare verbal noun of killing (no pronoun on it) that, with no one
        named, by no one and nowhere, is a saying, no occurrence (not مقتل الطفل، المجزرة, nor حادث القتل,
        which tell one, unless a charge is what is told: بتهمة ارتكاب جريمة القتل)."""
        tok = self.ex.tok
        if r.tr.cls != "KILL" or r.tr.pos != "noun" or r.t.suffix \
                or tok(r.t.i)[len(r.t.clitic):].removeprefix("ال") != "قتل":
            return False
        return not (tok(r.t.i - 1) in ("حادث", "حادثه", "جريمه", "عمليه") and not any(
            tok(k) in self.lex.words.get("charge", ()) for k in range(r.t.i - 4, r.t.i - 1)))

    def _said_support(self, r) -> bool:
        """Support a verb of saying expresses (أعربت فرنسا عن دعمها للحكومة، أكد دعمه للجيش): words of
        support, PLOVER's SUPPORT, whoever is backed; not support given (قدمت دعما للجيش)."""
        if r.anchor.kind == "word" and r.anchor.word == "report":
            return True     # (أعربت فرنسا عن دعمها: the verb of saying carries the noun)
        k = r.t.i - (self.ex.tok(r.t.i - 1) == "عن")
        subject = self.ex.ent_start_before(k)    # (أعلنت واشنطن دعمها)
        return any(p.kind == "word" and p.word == "report" and p.j in (k, subject) for p in self.ex.preds)

    def _military_help(self, r) -> bool:
        """Support told as military right after its word (دعما عسكريا، الدعم الجوي، تدعم … عسكريا at the
        clause's end): help for a party with force, PLOVER's COOPERATE (words.tsv military)."""
        military = self.lex.words.get("military", ())
        hi = self.ex.clause_end(r.t.j, commas=False)
        return any(self.ex.tok(k).removeprefix("ال") in military for k in (r.t.j, hi - 1) if r.t.j <= k < hi)

    def _backs_an_actor(self, r) -> bool:
        """Support whose object, right after the word (or after its ل), is a government, an armed group or
        a force: backing a party to a conflict, which PLOVER files as COOPERATE (تدعم روسيا النظام، دعم طهران
        لنظام الأسد); support for a country, a policy, a plan or an effort stays SUPPORT (دعم لبنان، ندعم
        المبادرة، دعمه لبسط السلطة)."""
        k = r.t.j
        doer = next((it for it in self.ex.ents if it.i == k and not it.clitic), None)
        if doer is not None and doer not in r.targets:
            k = doer.j      # تدعم روسيا النظام، دعم طهران لنظام الأسد: the doer (subject, genitive), then the object
        def party(it) -> bool:     # (not people: يساعد المدرسون الطلاب)
            return it.entity is not None and it.entity.type in _BACKED and not _people(it) and not _victim(it)
        if r.t.suffix and r.tr.pos == "verb":
            # مسلحون تدعمهم قوات التحالف: the pronoun on the verb stands for the party backed, named before
            return any(it.i < r.t.i and party(it) for it in r.targets)
        return any(it.i == k and (not it.clitic or it.clitic == "ل") and party(it) for it in r.targets)

    def build(self, readings: list) -> list[Event]:
        pairs = [(r, e) for r in readings if (e := self.event(r, readings)) is not None]
        events = [e for _, e in self._merge(pairs)]
        if not scorer.enabled():
            return events
        out = []
        for e in events:
            # the learned scorer: its probability is the confidence; below its threshold, no event
            p, threshold = scorer.probability(e.features)
            if p >= threshold:
                out.append(replace(e, confidence=round(p, 2)))
        return out


def _state_country(ent: Entity) -> str:
    """The country a state or its government is ("" for anything else)."""
    return ent.id if ent.type == "Country" else ent.country if ent.type == "Government" else ""


def _distinct(roles: list[Role]) -> list[Role]:
    seen: set[str] = set()
    return [x for x in roles if not (x.entity.id in seen or seen.add(x.entity.id))]
