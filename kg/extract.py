"""Who did what to whom: turn each sentence's recognised items into triples.

For every trigger the extractor finds an actor and targets with rules that name general patterns of
Arabic news syntax:

* verbs: verb-subject-object (قصف النظام المدينة) or subject-verb-object (داعش انسحب من …); the target
  is the direct object or the noun phrase after the trigger's preposition (سيطر على، انسحب من);
* verbal nouns: the actor is the subject of a light verb (شن داعش هجوما على، أجرى … محادثات مع;
  also in a relative clause: الغارات التي شنتها مقاتلات النظام), an agent phrase (هجوم من الوحدات),
  or the genitive (قصف النظام، الغارات الروسية); the target as for verbs;
* passive participles (مدعومة من التحالف، محاصرة من التنظيم، تحت سيطرة قوات النظام) and attributive
  ones (التابعة لقسد، الموالية للنظام، بقيادة الولايات المتحدة);
* "between X and Y" (اشتباكات بين التنظيم وقوات النظام);
* coordination: every conjunct of a coordinated actor or target (مع مسؤولين فرنسيين وروس ومعارضين سوريين);
* a clause with no overt subject continues the last subject whose gender agrees with the verb;
* reported speech: the speaker of قال/أكد/أفاد/بحسب is the source, never the actor, and the triple's
  modality is "reported"; negation, future and conditionals give "negated", "future", "hypothetical".

Titles and place phrases give AFFILIATION (وزير الخارجية الروسي سيرغي لافروف) and LOCATED_IN
(مدينة البصيرة في ريف دير الزور) triples.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon, Trigger
from .model import ACTOR_TYPES, LOCATION_TYPES, Entity, Triple
from .recognize import Analysis, Item, SentenceAnalysis
from .text import fold_string

_PUNCT_BARRIER = frozenset({".", ";", "؛", ":", "!", "?", "؟"})
_COMMA = frozenset({"،", ","})
_QUOTES = frozenset({"«", "»", '"', "“", "”", "'", "(", ")", "‘", "’", "-", "–"})
_FEM_FORCES = frozenset(fold_string(w) for w in (
    "قوات", "طائرات", "مقاتلات", "وحدات", "ميليشيات", "مليشيات", "مروحيات", "كتائب", "فصائل", "مدفعية",
    "دبابات", "قوة", "قاذفات", "بوارج", "سفن", "مدرعات", "صواريخ"))
_CLAUSE_PARTICLES = frozenset({"و", "ف", "ثم", "قد", "وقد", "فقد", "لقد", "كما", "ولقد", "كان", "وكان", "كانت",
                                "وكانت", "ان", "انه", "انها", "بان", "لكن", "ولكن", "اذ", "حيث", "بعدما", "عندما",
                                "امس", "اليوم", "ايضا", "بدوره", "بدورها", "من", "جهته", "جهتها", "جانبه", "جانبها"})
_LOCATION_CLASSES = frozenset({"CONTROL", "ADVANCE", "WITHDRAW", "BESIEGE"})
_ATTRIBUTIVE_OWNERSHIP = frozenset({"تابعه", "تابع", "تابعين", "مواليه", "موالين", "موالي", "موالون",
                                    "تعود", "يعود", "عايده", "العايده"})
# an event that one is asked to intensify, continue or stop is going on already (بتكثيف محاربته لداعش)
_ONGOING = frozenset({"تكثيف", "تعزيز", "مواصله", "استمرار", "وقف", "ايقاف", "زياده", "تصعيد"})
_COUNT_MODIFIERS = frozenset({"ما", "لا", "يقل", "عن", "اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء"})
_KANA = frozenset({"كان", "وكان", "فكان", "كانت", "وكانت", "فكانت", "كانوا", "وكانوا", "يكون", "تكون"})
_COMPLEMENT_PRONOUNS = ("انه", "انها", "انهم", "بانه", "بانها", "بانهم", "انهما", "انهما")

CONFIDENCE = {
    "direct": 0.9,        # actor and target found in their syntactic positions
    "direct-agent": 0.9,  # a passive verb and its agent phrase (قتل X على يد Y)
    "passive": 0.8,       # a passive verb with no agent (قتل 28 شخصا): the target only
    "light": 0.85,        # actor through a light verb or relative clause
    "genitive": 0.8,      # actor as genitive/agent phrase of an event noun
    "speaker": 0.7,       # actor = the speaker of the report the clause depends on
    "inherited": 0.6,     # dropped subject continued from an earlier clause
    "pattern": 0.85,      # title / place phrase (AFFILIATION, LOCATED_IN)
}


@dataclass(slots=True)
class Reading:
    """One trigger occurrence read as an event: its frame and the role fillers found for it."""
    sentence: int
    t: Item                            # the trigger
    anchor: Item                       # the light verb that carries it (شن … هجوما), or the trigger
    tr: Trigger                        # the frame the trigger was read with
    actors: list                       # Items of the sentence (coordinated actors)
    targets: list
    actor_ent: Entity | None = None    # a dropped subject carried over from an earlier clause
    target_ent: Entity | None = None   # a target named outside the sentence
    how: str = ""                      # the construction that gave the actor (CONFIDENCE keys)
    modality: str = "asserted"
    confidence: float = 0.5
    source: Entity | None = None       # who is reported to have said it
    words: str = ""                    # the trigger's words (with the light verb)


def extract(analysis: Analysis, lex: Lexicon) -> list[Triple]:
    """All triples of one analysed article, in sentence order, without duplicates."""
    return extract_all(analysis, lex)[0]


def extract_all(analysis: Analysis, lex: Lexicon, on_sentence=None) -> tuple[list[Triple], list]:
    """Triples of one analysed article and its readings. ``on_sentence(ex, readings)`` is called with
    each sentence's extractor and readings (the event stage reads roles and attributes through it)."""
    focus = _Focus()
    out: list[Triple] = []
    seen: dict[tuple, int] = {}
    doc = analysis.doc
    all_readings = []
    for sa in analysis.sentences:
        if sa.duplicate:
            continue
        focus.sentence = sa.index
        ex = _SentenceExtractor(sa, lex, focus)
        if not ex.worth_running():
            continue
        readings, static = ex.run()
        rows = [row for r in readings for row in ex.triples_of(r)] + static
        if on_sentence is not None:
            on_sentence(ex, readings)
        all_readings += readings
        for actor, rel, cls, target, modality, conf, trigger, source in rows:
            if actor.type == "Group" or target.type == "Group":
                continue     # unnamed groups are roles of events (events.csv), not nodes of the entity graph
            if actor.metonym_of and cls != "LOCATED_IN":
                actor = lex.entities.get(actor.metonym_of, actor)   # واشنطن، وزارة الدفاع الروسية: the state
            if target.metonym_of and target.type not in LOCATION_TYPES:
                target = lex.entities.get(target.metonym_of, target)
            if actor.id == target.id or target.metonym_of == actor.id:
                continue
            key = (sa.index, actor.id, rel, target.id)
            t = Triple(doc_id=doc.doc_id, sentence=sa.index, start=sa.start, end=sa.end, actor=actor,
                       relation=rel, relation_class=cls, target=target, modality=modality,
                       confidence=round(conf, 2), evidence=doc.text[sa.start:sa.end], trigger=trigger,
                       source=source)
            if key in seen:
                old = out[seen[key]]
                if t.confidence > old.confidence:
                    out[seen[key]] = t
                continue
            seen[key] = len(out)
            out.append(t)
    return out, all_readings


def _victim(it: Item) -> bool:
    """An unnamed group that things are done to (generic.tsv: victim), such as civilians."""
    return it.mention_kind == "generic" and getattr(it.ref, "victim", False)


def _is_light(p: Item) -> bool:
    return p.kind == "word" and any(h.kind == "W" and h.ref == "light_verb" for h in p.alts)


def _head(it: Item) -> int:
    """First token of an entity phrase, its title included (والمستشار الرئاسي جاك اوديبير)."""
    return it.lead if it.lead >= 0 else it.i


def _strip_suffix(word: str, known: frozenset) -> str:
    """فشله -> فشل when the bare form is known."""
    if word in known:
        return word
    for s in ("هما", "ها", "هم", "ه"):
        if word.endswith(s) and word[: -len(s)] in known:
            return word[: -len(s)]
    return word


class _Focus:
    """The subjects the article has talked about, most recent last (for dropped subjects).

    A subject stays in focus for the sentence that named it and the next ``SPAN`` sentences: a
    dropped subject continues a recent subject, not one from paragraphs ago."""

    SPAN = 1

    def __init__(self) -> None:
        self.subjects: list[tuple[Entity, str, int]] = []
        self.sentence = 0

    def push(self, ent: Entity, gender: str) -> None:
        if ent.type in ACTOR_TYPES:
            self.subjects.append((ent, gender, self.sentence))
            del self.subjects[:-20]

    def last(self, gender: str) -> Entity | None:
        for ent, g, sent in reversed(self.subjects):
            if self.sentence - sent > self.SPAN:
                return None
            if not gender or not g or gender == "p" or g == gender or (gender == "m" and g == "p"):
                return ent
        return None


def entity_gender(ent: Entity, item: Item | None, force_word: str = "", surface: str = "") -> str:
    """Grammatical gender an entity takes in verb agreement: f (feminine or non-human plural) or m.

    Organisations take the gender of the word they are named with (قوات مجلس دير الزور: f;
    مجلس دير الزور: m), countries are feminine unless their name is a masculine noun (العراق).
    """
    if force_word:
        return "f" if force_word in _FEM_FORCES else "m"
    if item is not None and item.mention_kind == "demonym":
        return "m"     # الروس، الفرنسيين: people
    if ent.type == "Person":
        return "m"
    label = ent.label_ar.replace("أ", "ا").replace("إ", "ا")
    if surface and ent.type != "Country":
        label = surface
    first = label.split(" ")[0]
    if ent.type in ("Place", "Facility") or ent.metonym_of:
        return "f"     # cities take feminine agreement: اعتبرت واشنطن، تتهم باريس
    if ent.type == "Country":
        if first.startswith("ال") and not first.endswith(("ة", "ات")):
            return "m"
        return "f" if not first.endswith(("ان", "ق", "ن")) or first.endswith("ا") else "m"
    first = first.removeprefix("ال")
    if first.endswith(("ة", "ه", "ات")) or first in ("امم", "الامم"):
        return "f"
    return "m"


_SETS: dict[int, tuple] = {}


def _word_sets(lex: Lexicon) -> tuple[frozenset, frozenset, frozenset]:
    """(prepositions, words transparent between a head and its noun, clause barriers), per lexicon."""
    sets = _SETS.get(id(lex))
    if sets is None or sets[0] is not lex:
        w = lex.words
        transparent = (w.get("force", frozenset()) | w.get("people", frozenset()) | w.get("part", frozenset())
                       | w.get("head", frozenset()) | _QUOTES)
        barrier = w.get("clause", frozenset()) | w.get("relative", frozenset()) | w.get("complementizer", frozenset())
        sets = _SETS[id(lex)] = (lex, (w.get("prep", frozenset()), transparent, barrier))
    return sets[1]


class _SentenceExtractor:
    def __init__(self, sa: SentenceAnalysis, lex: Lexicon, focus: _Focus):
        self.sa, self.lex, self.focus = sa, lex, focus
        self.w = lex.words
        self.tokens = sa.tokens
        self.items = sa.items
        self.n = len(self.tokens)
        self.ents = [it for it in self.items if it.kind == "ent" and it.role_of < 0]
        self.preps, self.transparent, self.barrier_words = _word_sets(lex)
        # a trigger that needs a word it lacks (حملة read as حمّله with no مسؤولية) is no predicate
        for it in self.items:
            if it.kind == "trigger" and not self._fits(it) and any(h.kind == "W" and h.ref == "light_verb"
                                                                   for h in it.alts):
                it.kind, it.word = "word", "light_verb"   # أطلق عملية: a light verb, not أطلق النار/سراح
        self.preds = [it for it in self.items if it.kind == "word" or (it.kind == "trigger" and self._fits(it))]
        self._gov: dict[int, str] = {}
        self._force: dict[int, str] = {}
        # entities that are the agent or object of a participle (المدعومة من التحالف): not the verb's
        self.participial = set()
        for p in self.items:
            if p.kind == "trigger" and p.trigger.pos in ("passive", "attributive"):
                if p.trigger.pos == "attributive" and self.tok(p.i).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP \
                        and not any(self._attached(it, p) for it in self.ents if it.j <= p.i):
                    continue     # على أحياء تابعة للنظام: the owner is the preposition's target
                nxt = next((it for it in self.ents if it.i >= p.j), None)
                if nxt is not None and nxt.i - p.j <= 3:
                    self.participial.add(id(nxt))

    def _fits(self, t: Item) -> bool:
        return any(self._satisfied(tr, t) for tr in [h.ref for h in t.alts if h.kind == "T"] or [t.trigger])

    def _satisfied(self, tr, t: Item) -> bool:
        """The trigger has the word it requires (حمّل … مسؤولية، ألقى … براميل) in its clause, or needs none."""
        if not tr.requires:
            return True
        end = min(self.clause_end(t.j, commas=False), t.j + 10)
        for k in range(t.j, end):
            tok = self.tok(k)
            if tok in tr.requires:
                return True
            # "…مسؤولية": the word must follow an object (حمّل الحكومة المسؤولية, not تحمّل المسؤولية
            # "bore responsibility"); a pronoun object on the verb counts (حمّله المسؤولية)
            if (k > t.j or t.suffix) and "..." + tok in tr.requires:
                return True
        return False

    def _attached(self, before: Item, p: Item) -> bool:
        """A participle (التابعة، الموالية، المدعومة) describes the entity right before it, with at most
        two definite adjectives between (قوات النظام السوري الموالية لـ), not a noun further back."""
        gap = self.tokens[before.j:p.i]
        gap = [g for g in gap if g not in _QUOTES]     # ميليشيا (الدفاع الوطني) الموالية للنظام
        return len(gap) <= 2 and all(
            g.startswith(("ال", "وال")) and g not in self.preps
            and g.removeprefix("و").removeprefix("ال") not in self.w.get("part", ()) for g in gap)

    def worth_running(self) -> bool:
        """A sentence with no trigger, light verb, title or place phrase yields nothing."""
        return bool(self.preds or self.sa.affiliations or self.sa.located)

    # --- token-level helpers ------------------------------------------------------------------

    def tok(self, k: int) -> str:
        return self.tokens[k] if 0 <= k < self.n else ""

    def _split(self, t: str) -> tuple[str, str]:
        """('وب', 'مدينه') for 'وبمدينه' when the rest is a word kg knows; else ('', t)."""
        for c in ("وب", "ول", "فب", "فل", "وك", "ب", "ل", "و", "ف", "ك"):
            if t.startswith(c) and len(t) > len(c) + 1:
                rest = t[len(c):]
                if rest in self.transparent or rest in self.preps or (
                        rest.startswith("ل") and "ا" + rest in self.transparent):
                    return c, rest if not rest.startswith("ل") or rest in self.transparent else "ا" + rest
                if rest.startswith("ال") and rest[2:] in self.transparent:
                    return c, rest
        return "", t

    def is_transparent(self, t: str) -> bool:
        if t in self.transparent or t.isdigit():
            return True
        bare = t[2:] if t.startswith("ال") else t
        if bare in self.transparent:
            return True
        c, rest = self._split(t)
        if c and "و" not in c and "ف" not in c:
            return False   # a preposition on it: a new phrase
        return bool(c) and (rest in self.transparent or rest[2:] in self.transparent)

    def _governor(self, it: Item) -> str:
        """The preposition that governs an entity phrase ("" if bare): على مطار، بمدينة حلب، للنظام."""
        c = it.clitic.lstrip("وف")
        if c.startswith("ل") and self.tok(it.i - 1).removeprefix("ال") in self.w.get("part", ()):
            return self._outer_prep(it.i - 1)   # مواقع لجبهة النصرة: the positions of the Nusra Front
        if c.startswith("ل"):
            return "ل"
        if c in ("ب", "ك"):
            return c
        if it.lead >= 0:
            lead = self.tok(it.lead)
            bare = lead[1:] if lead[:1] in ("و", "ف") and len(lead) > 4 else lead
            if bare.startswith(("لل", "بال", "كال")) and len(bare) > 4:
                return bare[0]           # للعميد عصام زهر الدين، بالرئيس الروسي: a preposition on the title
            c = self._split(lead)[0].lstrip("وف")
            if c in ("ب", "ل", "ك"):
                return c
        k = _head(it) - 1
        steps = 0
        while k >= 0 and steps < 4:
            t = self.tok(k)
            if (t == "من" and self.tok(k - 1) in ("اكثر", "اقل")) or (t == "عن" and self.tok(k - 1) in ("يقل", "يزيد")):
                k -= 2                   # أكثر من 800، ما لا يقل عن 20: a count, not a preposition
                steps += 2
                continue
            if t == "في" and self.tok(k + 1) in ("المايه", "الميه"):
                k -= 1                   # 60 في المائة من دير الزور
                steps += 1
                continue
            if t == "من" and k >= 1 and (self._split(self.tok(k - 1))[1].removeprefix("ال") in self.w.get("force", ())
                                         or self.tok(k - 1).isdigit() or self.tok(k - 1) in self.w.get("number", ())):
                c = self._split(self.tok(k - 1))[0].lstrip("وف")
                if c in ("ل", "ب"):
                    return c             # تسلل لعناصر من قوات النظام: the members' preposition
                k -= 2                   # عناصر من حزب العمال: the members are the party's; read on before them
                steps += 2
                continue
            if t == "من" and self.is_transparent(self.tok(k - 1)) and k - 1 >= 0:
                k -= 1                   # partitive: على أجزاء من قرية الجفرة
                steps += 1
                continue
            if t in self.preps:
                # "على يد" "من قبل": two-word agent markers
                if t == "يد" or t == "قبل":
                    prev = self.tok(k - 1)
                    return prev + " " + t if prev in ("على", "من") else t
                return t
            if t == "جانب" and self.tok(k - 1) == "من":
                return "من قبل"          # من جانب القوات الحكومية: by
            c, rest = self._split(t)
            c = c.lstrip("وف")
            if c and rest:
                if c.startswith("ل"):
                    if not (rest in self.transparent or rest[2:] in self.transparent):
                        return ""
                    return self._outer_prep(k - 1) or "ل"
                if c in ("ب", "ك"):
                    return c
            if not self.is_transparent(t):
                return ""
            k -= 1
            steps += 1
        return ""

    def _outer_prep(self, k: int) -> str:
        """The preposition before a possessed noun at token k (على مواقع لتنظيم داعش، على أحياء تابعة
        للنظام): the owner is the target of that preposition. "" when the noun is bare."""
        if self.tok(k).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP:
            k -= 1
        noun = self.tok(k)
        c, rest = self._split(noun)
        c = c.lstrip("وف")
        if c in ("ب",) and rest.removeprefix("ال") in self.w.get("part", ()):
            return c                     # بمواقع لـ
        if noun.removeprefix("ال") not in self.w.get("part", ()) and noun not in self.w.get("part", ()):
            return ""
        prev = self.tok(k - 1)
        if prev in self.preps and prev not in ("يد", "قبل", "بين"):
            return prev
        return ""

    def gov(self, it: Item) -> str:
        g = self._gov.get(id(it))
        if g is None:
            g = self._governor(it)
            if not g and it.clitic.startswith("و") and it.lead < 0:
                # في ريف إدلب وحماة: a conjunct right after a governed entity shares its preposition
                prev = next((e for e in reversed(self.ents) if e.j <= it.i), None)
                if prev is not None and it.i - prev.j <= 1 and all(
                        self.tok(k) in _COMMA for k in range(prev.j, it.i)):
                    g = self.gov(prev)
            self._gov[id(it)] = g
        return g

    def force(self, it: Item) -> str:
        f = self._force.get(id(it))
        if f is None:
            f = self._force[id(it)] = self._force_word(it)
        return f

    def owned(self, it: Item) -> bool:
        """طائرات (حربية) تابعة للنظام: the regime's planes; the owner acts as the subject."""
        if self.gov(it) != "ل":
            return False
        force = self.w.get("force", ())
        return self.tok(it.i - 1).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP and (
            self.tok(it.i - 2).removeprefix("ال") in force or self.tok(it.i - 3).removeprefix("ال") in force)

    def _force_word(self, it: Item) -> str:
        k = it.i - 1
        if self.tok(k).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP:
            k -= 1                       # طائرات (حربية) تابعة للنظام: the planes agree with the verb
            if not self.tok(k).removeprefix("ال") in self.w.get("force", ()):
                k -= 1
        for _ in range(2):
            t = self.tok(k)
            if t in _QUOTES:
                k -= 1
                continue
            c, rest = self._split(t)
            rest = rest[2:] if rest.startswith("ال") else rest
            if rest in self.w.get("force", ()):
                return rest
            break
        return ""

    def barrier(self, k: int) -> bool:
        t = self.tok(k)
        return t in _PUNCT_BARRIER or t in self.barrier_words

    def clause_start(self, k: int) -> int:
        while k > 0:
            t = self.tok(k - 1)
            if t in _PUNCT_BARRIER or t in self.barrier_words or t in _COMMA:
                return k
            k -= 1
        return 0

    def clause_end(self, k: int, commas: bool = True) -> int:
        while k < self.n:
            t = self.tok(k)
            if t in _PUNCT_BARRIER or t in self.barrier_words or (commas and t in _COMMA):
                return k
            k += 1
        return self.n

    def pred_between(self, a: int, b: int, skip: Item | None = None) -> bool:
        """A verb-like predicate (trigger verb, report or light verb) lies in tokens [a, b)."""
        for p in self.preds:
            if p is skip:
                continue
            if a <= p.i < b and (p.kind == "word" or (p.trigger and p.trigger.pos == "verb")):
                return True
        return False

    def is_actor(self, it: Item) -> bool:
        e = it.entity
        if (it.mention_kind == "demonym" and not it.nominal) or it.weak:
            return False
        return e.type in ACTOR_TYPES or bool(e.metonym_of)

    def conjuncts(self, first: Item, limit: int) -> list[Item]:
        """first and the entities coordinated with it: X وY وZ, X، Y وZ."""
        out = [first]
        cur = first
        gov = self.gov(first)
        for it in self.ents:
            if it.i < cur.j or it in out:
                continue
            if it.i >= limit:
                break
            if it.mention_kind == "demonym" and not it.nominal:
                continue
            gap = self.tokens[cur.j:_head(it)]
            conj = (it.clitic.startswith("و") or (gap and gap[0].startswith("و")) or "و" in gap
                    or self.tok(_head(it)).startswith("و"))
            ok = len(gap) <= 4 and all(
                g in _COMMA or g == "و" or self.is_transparent(g) or g in _QUOTES
                or (g.startswith("و") and self.is_transparent(g[1:])) or g in ("في", "من") and len(gap) > 1
                or (gov and g == "و" + gov)
                for g in gap)
            if conj and ok and not self.pred_between(cur.j, it.i):
                out.append(it)
                cur = it
            elif (gov and gov not in ("في", "داخل") and it.entity.type in LOCATION_TYPES
                  and self.gov(it) in ("في", "داخل") and it.i - cur.j <= 1):
                # مواقع لتنظيم داعش في سوريا ولحزب العمال في العراق: a place phrase between two
                # conjuncts that share their preposition
                nx = next((e for e in self.ents if e.i >= it.j), None)
                if nx is None or nx.i >= limit or nx.i - it.j > 1 or self.gov(nx) != gov \
                        or not self.tok(nx.i if nx.lead < 0 else nx.lead).startswith("و"):
                    break
                out.append(nx)
                cur = nx
            else:
                break
        return out

    # --- argument finders ---------------------------------------------------------------------

    def subject_after(self, v: Item, stop: int) -> Item | None:
        """VSO: the first bare actor after the verb, before the verb's preposition target."""
        for it in self.ents:
            if it.i < v.j:
                continue
            if it.i >= stop or it.i - v.j > 9:
                return None
            if self.pred_between(v.j, it.i, v):
                return None
            if any(p.kind == "trigger" and p is not v and v.j <= p.i < it.i and p.i - v.j <= 1
                   and self.reading(p).pos == "noun" and not _is_light(v) for p in self.preds):
                return None       # دمرتها معارك …: an event noun right after the verb is its subject
            gov = "" if self.owned(it) else self.gov(it)
            if gov:
                if gov in ("في", "خلال", "منذ", "امس", "عند", "قرب", "داخل"):
                    continue      # a circumstantial phrase before the subject (في باريس)
                return None
            if self.is_actor(it):
                if self.disagrees(v, it):
                    return None   # أبلغت الأتراك: a feminine verb before a masculine noun: its object
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
            if self.pred_between(it.j, v.i, v):
                best = None
                continue
            best = it
        gap = 4 if v.gender == "p" else 2    # الجيش السوري والفصيل المتحالف معه استعادا: a plural subject
        if best is not None and v.i - best.j <= gap:
            return best      # أن روسيا تحاول، التنظيم المتطرف يسيطر: the subject right before the verb
        return None

    def subject(self, v: Item, stop: int) -> tuple[Item | None, str]:
        before = self.subject_before(v)
        # a verb that shows plural or dual number (استهدفتا، قالوا) follows its subject: in
        # verb-subject order the verb stays singular, so what comes after is its object
        after = None if v.gender == "p" else self.subject_after(v, stop)
        if before is not None and after is not None:
            # a subject straight before the verb that agrees wins; otherwise VSO (the common order)
            if v.i - before.j <= 1 and self.agrees(v, before) and not self.agrees(v, after):
                return before, "direct"
            if v.i - before.j <= 1 and self.agrees(v, before) and self.tok(_head(before) - 1) in _KANA:
                return before, "direct"     # وكان داود أوغلو حمّل التنظيم …: كان + subject + verb
            return after, "direct"
        if after is not None:
            return after, "direct"
        if before is not None:
            return before, "direct"
        return None, ""

    def disagrees(self, v: Item, it: Item) -> bool:
        """The verb form cannot agree with this subject (a masculine verb, a feminine subject …)."""
        if not v.gender or v.gender == "p":
            return False
        if it.entity.type != "Person" and it.mention_kind != "demonym" and not self.force(it):
            return False     # organisations' names agree in either gender (اشتبكت أسود الشرقية)
        g = self.gender(it)
        return g != v.gender and not (v.gender == "f" and g == "p")

    def gender(self, it: Item) -> str:
        surface = self.tokens[it.i][max(0, it.fs - self.sa.starts[it.i]):]   # the name without its clitics
        prev = self.tok(it.i - 1)
        bare = prev[1:] if prev[:1] in ("و", "ب", "ل", "ف") and len(prev) > 3 else prev
        if bare.removeprefix("ال") in self.w.get("head", ()):
            surface = bare                 # تنظيم هيئة تحرير الشام: the verb agrees with تنظيم
        return entity_gender(it.entity, it, self.force(it), surface)

    def agrees(self, v: Item, it: Item) -> bool:
        g = self.gender(it)
        return not v.gender or v.gender == g or v.gender == "p" or (v.gender == "m" and it.mention_kind == "demonym")

    def bare_object(self, v: Item, after: Item | None, stop: int) -> Item | None:
        start = (after.j if after is not None else v.j)
        for it in self.ents:
            if it.i < start or it is after:
                continue
            if it.i >= stop or it.i - start > 6:
                return None
            if self.pred_between(start, it.i, v):
                return None
            if id(it) in self.participial or (it.mention_kind == "demonym" and not it.nominal):
                continue       # an attribute (وزير الأوقاف الفلسطيني) is not an object
            if self.gov(it) == "ل":
                # قصفت مواقع لتنظيم داعش: the positions of ISIS (an indefinite noun + لـ owner)
                k = it.i - 1 if (self.tok(it.i - 1).startswith("ل") and it.i - 1 >= start
                                 and self.is_transparent(self.tok(it.i - 1)[1:])) else it.i
                noun = self.tok(k - 1)
                if noun.removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP:
                    k -= 1                 # قصفت مواقع تابعة لتنظيم داعش
                    noun = self.tok(k - 1)
                if k - 1 >= start and not noun.startswith("ال") and (self.is_transparent(noun) or (
                        v.trigger is not None and v.trigger.cls in ("ATTACK", "KILL") and k - 1 == start
                        and noun[:1] not in ("و", "ف", "ب") and not noun.isdigit())):
                    return it      # دمرت جسرين لتنظيم داعش: the owner of what was attacked
            if self.gov(it):
                continue
            return it
        return None

    def prep_target(self, t: Item, preps: tuple[str, ...], start: int, stop: int,
                    location: bool = False) -> Item | None:
        """The entity introduced by one of the trigger's prepositions. For relations over places
        (control, advance, withdraw, siege) "في مناطق النظام داخل مدينة دير الزور" and "من المناطق التي
        سيطر عليها … في المدينة" name the place further on."""
        found = None
        if t.trigger is not None and self.reading(t).pos == "noun":
            # مسيرة في القاهرة للتنديد بالعدوان على لبنان: a noun's complement does not reach past
            # another event word, whose complement it is
            nxt = next((p.i for p in self.items if p.kind == "trigger" and p.i >= t.j and p is not t), self.n)
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
        """The noun phrase right after an event noun: قصف النظام، حصار المطار، الغارات الروسية."""
        for it in self.ents:
            if it.i < t.j:
                continue
            if it.i >= stop:
                return None
            gap = self.tokens[t.j:_head(it)]
            if len(gap) <= 3 and all(self.is_transparent(g) or g in _QUOTES or g in self.w.get("number", ())
                                     or g in _COUNT_MODIFIERS for g in gap) \
                    and not self.gov(it):
                return it       # مقتل (ما لا يقل عن) خمسة أشخاص: a count before the genitive
            return None
        return None

    def light_verb_for(self, t: Item) -> Item | None:
        """The light verb whose object the event noun is: شن … هجوما، الغارات التي شنتها."""
        for p in self.preds:       # استعادا السيطرة على، فرض سيطرته على: a verb right before its event noun
            if p.kind == "trigger" and p.j == t.i and p.trigger.pos == "verb":
                return p
        start = self.clause_start(t.i)
        if t.clitic.startswith("و") and start > 0 and self.tok(start - 1) in _COMMA:
            start = self.clause_start(start - 1)     # a coordinated noun shares the earlier light verb
        for p in reversed(self.preds):
            if _is_light(p) and start <= p.i < t.i and t.i - p.j <= 12:
                return p
        if start > 0 and self.tok(start - 1) in _COMMA:
            # وجدد المرصد السوري، مطالبته لمجلس الأمن: a comma after the light verb's subject
            s2 = self.clause_start(start - 1)
            for p in self.preds:
                if _is_light(p) and s2 <= p.i < start - 1 and p.j < start - 1 and all(
                        self.ent_token(k) for k in range(p.j, start - 1)):
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
        return None

    # --- modality -----------------------------------------------------------------------------

    def modality(self, t: Item, anchor: Item) -> str:
        w = self.w
        first = min(t.i, anchor.i)
        window = [self.tok(k) for k in range(max(0, first - 3), first)]
        neg = w.get("negation", ())
        still = w.get("still", ())
        for k, tk in enumerate(window):
            tk = _strip_suffix(tk, neg)
            if tk in neg or (tk.startswith("و") and tk[1:] in neg):
                nxt = window[k + 1] if k + 1 < len(window) else self.tok(first)
                if nxt not in still and not (tk.endswith("ما") and nxt in ("بعد", "قبل", "بين", "يسمي", "يعرف")):
                    return "negated"     # not ما بعد الاتفاق ("post-deal"), ما يسمى ("so-called")
        if self.halted(t):
            return "negated"            # أوقفت القوات عمليات القصف، علّقت العمليات العسكرية من قصف
        if self.tok(first - 1) in ("قد", "وقد", "فقد") and anchor.tense == "imperf":
            return "hypothetical"       # قد تشن تركيا هجوماً: "may"
        start = self.clause_start(first)
        for k in range(max(0, start - 8), first):
            if self.tok(k) in w.get("hypothetical", ()):
                return "hypothetical"
        rep = self.report_for(anchor)
        if rep is not None and any(h.kind == "W" and h.ref == "denial" for h in rep.alts) or (
                rep is not None and self.tok(rep.i)[len(rep.clitic):] in w.get("denial", ())):
            return "negated"            # نفت الهيئة أن تكون قد سيطرت على …
        for it in (t, anchor):
            if "س" in it.clitic and it.kind in ("trigger", "word"):
                return "future"
        for k in range(max(0, first - 4), first):
            tk = self.tok(k)
            if tk in w.get("future", ()) or tk == "سوف":
                return "future"
        for p in self.preds:
            if p.kind == "word" and p.word == "future" and 0 <= first - p.j <= 3:
                return "future"
            if p.kind == "word" and p.word == "hypothetical" and p.i < first:
                return "hypothetical"
        return ""

    def halted(self, t: Item) -> bool:
        """A verb of halting or suspending governs the event noun: it did not happen as stated.
        (علّق على الهجوم "commented on the attack" is not: a preposition follows the verb.)"""
        if t.trigger is None or self.reading(t).pos != "noun":
            return False
        halt = self.w.get("halt", ())
        start = self.clause_start(t.i)
        for k in range(max(start, t.i - 6), t.i):
            tk = self.tok(k)
            if tk in halt or (tk[:1] in ("و", "ف") and tk[1:] in halt):   # not لوقف تقدم: "to stop" it
                gap = self.tokens[k + 1:t.i]
                return not (gap and gap[0] in self.preps) and not self.pred_between(k + 1, t.i) \
                    and all(g not in self.preps or g == "من" for g in gap)
        return False

    # --- reported speech ----------------------------------------------------------------------

    def report_for(self, t: Item) -> Item | None:
        """The reporting verb or phrase the trigger's clause depends on."""
        best = None
        for p in self.preds:
            if p.kind == "word" and p.word in ("report", "said_passive") and p.i < t.i:
                best = p
        if best is None:
            for p in self.preds:   # ..., بحسب المرصد / وفق ما أفاد at the end
                if p.kind == "word" and p.word == "report" and p.i > t.j and self.tok(p.i) in (
                        "بحسب", "حسب", "وفق", "وفقا", "نقلا"):
                    return p
        return best

    def speaker(self, r: Item) -> Item | None:
        if self.tok(r.j - 1) in self.w.get("complementizer", ()) or r.word == "said_passive":
            return None       # وذكر أن …، وقيل إن: no speaker named before what is said
        stop = self.clause_end(r.j)
        for k in range(r.j, stop):     # the speaker comes before what is said: قال المرصد إن …
            if self.tok(k) in self.w.get("complementizer", ()) or self.tok(k) in (":", "،"):
                stop = k
                break
        s, _ = self.subject(r, stop)
        if s is None:
            for it in self.ents:   # بحسب المرصد، وفق ما أفاد المرصد
                if r.j <= it.i < stop and it.i - r.j <= 4 and not (
                        it.mention_kind == "demonym" and not it.nominal):   # لوكالة الأنباء الألمانية
                    return it
        return s

    # --- main ---------------------------------------------------------------------------------

    def run(self) -> tuple[list["Reading"], list[tuple]]:
        """The readings of the sentence's triggers, in text order, and its static facts."""
        readings = []
        for p in self.preds:          # in text order, so the focus is what the article said so far
            if p.kind == "trigger":
                readings += self.one(p)
            elif _is_light(p):
                # يقوم به وزير الخارجية الأميركي، جون كيري، بتحركات: the name after the title's comma
                s, _ = self.subject(p, self.clause_end(p.j, commas=False))
                if s is not None:
                    self.focus.push(s.entity, self.gender(s))
        return readings, self.patterns()

    def reading(self, t: Item):
        """The trigger reading of an ambiguous word (قصف, دعم, تقدم: verb or verbal noun) in context."""
        trs = [h.ref for h in t.alts if h.kind == "T"] or [t.trigger]
        if len(trs) > 1:     # للقاء: لِلقاء (meeting) or لإلقاء (dropping) — which needs براميل after it
            trs = [tr for tr in trs if self._satisfied(tr, t)] or trs
        if len({tr.pos for tr in trs}) == 1:
            return trs[0]
        tr = self._reading(t, trs)
        for h, sf in zip(t.alts, t.suffixes):
            if h.kind == "T" and h.ref is tr:
                t.suffix = sf       # استعاده: the noun استعادة has no pronoun, the verb استعاد+ه has one
                break
        return tr

    def _reading(self, t: Item, trs: list):
        prev = self.tok(t.i - 1)
        start = self.clause_start(t.i)
        nounish = (any(c in t.clitic for c in "بلك") or prev in self.preps
                   or any(_is_light(p) and start <= p.i and 0 <= t.i - p.j <= 8 for p in self.preds)
                   or (t.suffix and t.suffix in ("ه", "ها", "هم") and prev in self.preps)
                   or self._masdar_frame(t, trs))
        want = ("noun", "passive", "attributive") if nounish else ("verb",)
        for tr in trs:
            if tr.pos in want:
                return tr
        return trs[0]

    def _masdar_frame(self, t: Item, trs: list) -> bool:
        """دعم طهران لنظام الأسد: noun + agent in the genitive + patient with لـ is the verbal-noun frame
        (a verb would take its object without لـ)."""
        if not any(tr.pos == "noun" and "ل" in tr.targets for tr in trs):
            return False
        a = next((it for it in self.ents if it.i == t.j), None)
        if a is None or self.gov(a) or not self.is_actor(a):
            return False
        b = next((it for it in self.ents if a.j <= it.i <= a.j + 1), None)
        return b is not None and self.gov(b) == "ل"

    def antecedent(self, rel_k: int) -> Item | None:
        """The entity a relative pronoun at token rel_k refers to (قرية الجفرة التي …، عين العرب (كوباني) التي …)."""
        best = None
        for it in self.ents:
            if it.j <= rel_k and rel_k - it.j <= 3 and all(
                    self.tok(k) in ("(", ")", "،", ",") or self.ent_token(k) or self._adjective(k)
                    for k in range(it.j, rel_k)):
                best = it
        return best

    def _adjective(self, k: int) -> bool:
        """A definite word that can only be an adjective here (المتطرف in التنظيم المتطرف الذي)."""
        t = self.tok(k)
        return t.startswith("ال") and t not in self.preps and t.removeprefix("ال") not in self.transparent \
            and not any(p.i <= k < p.j for p in self.items if p.kind != "ent")

    def ends_phrase(self, k: int) -> bool:
        """Nothing that could be an object starts at token k: the clause ends, or a preposition,
        a conjunction or a circumstantial word comes next."""
        t = self.tok(k)
        return not t or self.barrier(k) or t in _COMMA or t in self.preps or t[:1] in ("ب", "ل") \
            or t in self.w.get("day", ()) or t.startswith("و") and len(t) > 2 or t in ("امس", "اليوم", "خلال")

    def count_at(self, k: int) -> bool:
        """A figure starts at token k, maybe after "at least", "about" (ما لا يقل عن، نحو، أكثر من)."""
        while self.tok(k) in _COUNT_MODIFIERS:
            k += 1
        t = self.tok(k)
        return t.isdigit() or t in self.w.get("number", ())

    def ent_token(self, k: int) -> bool:
        return any(it.i <= k < it.j for it in self.ents)

    CONSTRUCTIONS = ("participle_frame", "between_frame", "exposure_frame", "passive_agent_frame",
                     "after_preposition_frame", "verb_frame", "noun_frame")

    def one(self, t: Item) -> list["Reading"]:
        """The reading of one trigger occurrence. The first construction that applies to the trigger's
        frame (CONSTRUCTIONS, in order) finds its actors and targets; then a subject the clause leaves
        unsaid is carried over (``complete``) and modality is read (``finish``)."""
        tr = self.reading(t)
        end = self.clause_end(t.j, commas=False)
        if self.not_an_event(t, tr):
            return []
        preps = tuple(x for x in tr.targets if x != "obj")
        for name in self.CONSTRUCTIONS:
            found = getattr(self, name)(t, tr, end, preps)
            if found is not None:
                break
        if isinstance(found, list):
            return found               # the construction settled the reading itself
        return self.complete(t, tr, *found)

    def not_an_event(self, t: Item, tr) -> bool:
        if self.tok(t.j) == "الله":
            return True     # أيده الله، حفظه الله: a formula, not an event
        if not self._satisfied(tr, t):
            return True     # حمل السلاح is not حمّل المسؤولية
        if tr.cls == "WITHDRAW" and self.tok(t.j) == "عن" and not any(
                it.i <= t.j + 2 and it.i > t.j and it.entity.type in LOCATION_TYPES for it in self.ents):
            return True     # تراجع الأردن عن برنامج التسليح: backing down from a policy, not a withdrawal
        return False

    def participle_frame(self, t: Item, tr, end: int, preps: tuple):
        """X المدعومة من Y (a passive participle: the actor after it, the target before), X التابعة
        لـ Y (an attributive one: the actor before, the target after)."""
        if not (tr.pos in ("passive", "attributive")):
            return None
        actors: list[Item] = []
        targets: list[Item] = []
        how = ""
        anchor = t
        actor_ent: Entity | None = None
        start = self.clause_start(t.i)
        before = None
        for it in self.ents:
            if start <= it.i and it.j <= t.i and t.i - it.j <= 6 and not self.pred_between(it.j, t.i):
                if tr.pos == "attributive" or not self._governor(it) or self._attached(it, t):
                    before = it       # على بلدة نبل المحاصرة من قبل …: right before, governed or not
        if before is not None and tr.pos == "passive" and not self._attached(before, t) \
                and self.tok(t.i)[len(t.clitic):].startswith("ال"):
            # a definite participle is an adjective of the noun right before it: صوتت تركيا ضد القرار
            # المدعوم من الولايات المتحدة (القرار). An indefinite one is a predicate and may stand
            # apart: أصبحت هذه القوات في حويجة صكر محاصرة من التنظيم
            before = None
        if before is not None and tr.pos == "attributive" and not self._attached(before, t):
            before = None    # عناصر تابعين لداعش، على أحياء تابعة للنظام: it describes a common noun
        if before is not None and tr.pos == "attributive" and any(
                g.startswith("و") and not self.ent_token(k)
                for k, g in enumerate(self.tokens[before.j:t.i], before.j)):
            before = None    # القوات النظامية وقوات الدفاع الموالية لدمشق: agrees with the unnamed conjunct
        after = None
        agent_preps = tr.agents if tr.pos == "passive" else preps
        bare_ok = "obj" in (tr.agents if tr.pos == "passive" else tr.targets)
        for it in self.ents:
            if it.i >= t.j and it.i - t.j <= 4:
                gov = self.gov(it)
                if (gov and gov in agent_preps) or (not gov and bare_ok):
                    after = it
                break
        if before is None and tr.pos == "passive" and any(
                self.tok(k) in _COMPLEMENT_PRONOUNS for k in range(max(start - 1, 0), t.i)):
            # وأنها مدعومة بسلاح الجو الروسي: "it" is the subject in focus
            pron = next(self.tok(k) for k in range(max(start - 1, 0), t.i) if self.tok(k) in _COMPLEMENT_PRONOUNS)
            ent = self.focus.last("f" if pron.endswith("ها") else "m" if pron.endswith("ه") else "")
            if ent is not None and after is not None:
                return [self.finish(t, t, tr, self.conjuncts(after, end), [], "inherited", target_ent=ent)]
        if before is None or after is None:
            return []
        if tr.pos == "passive":
            actors, targets, how = self.conjuncts(after, end), self.conjuncts_back(before), "direct"
        elif after.entity.type == "Person" and before.entity.type != "Person" and tr.relation == "affiliatedWith":
            actors, targets, how = [after], [before], "direct"   # قوات النظام التابعة للعميد عصام زهر الدين
        else:
            actors, targets, how = [before], self.conjuncts(after, end), "direct"
        return actors, targets, how, anchor, actor_ent

    def between_frame(self, t: Item, tr, end: int, preps: tuple):
        """اشتباكات بين X وY: actor X, target Y (each side may be a list, with من جهة … من جهة أخرى)."""
        if not (("بين" in tr.targets or (tr.symmetric and tr.pos == "noun")) and self._between(t, end)):
            return None
        actors: list[Item] = []
        targets: list[Item] = []
        how = ""
        anchor = t
        actor_ent: Entity | None = None
        actors, targets = self._between(t, end)
        how = "direct"
        return actors, targets, how, anchor, actor_ent

    def exposure_frame(self, t: Item, tr, end: int, preps: tuple):
        """تعرضت إدلب لقصف من جانب القوات الحكومية: the subject of تعرّض is the target, the agent follows."""
        if not (tr.pos == "noun" and "ل" in t.clitic and self.exposure(t) is not None):
            return None
        actors: list[Item] = []
        targets: list[Item] = []
        how = ""
        anchor = t
        actor_ent: Entity | None = None
        # تعرضت إدلب لقصف من جانب القوات الحكومية: the subject of تعرّض is the target
        p = self.exposure(t)
        # the subject of تعرّض, of any type (a town is bombed as much as an army)
        patient = next((it for it in self.ents if p.j <= it.i < t.i and not self.gov(it)), None)
        if patient is None:
            start = self.clause_start(p.i)
            patient = next((it for it in reversed(self.ents) if start <= it.i and it.j <= p.i
                            and p.i - it.j <= 2 and not self.gov(it)), None)
        agent = self.agent_phrase(t, end)
        if agent is None:
            gen = self.genitive(t, end)          # تعرضت لقصف النظام
            agent = gen if gen is not None and self.is_actor(gen) else None
        if patient is None or agent is None or patient.entity.id == agent.entity.id:
            # an exposure with one side unnamed (تعرضت المدينة لقصف) is still an event
            if agent is not None and patient is not None:
                agent = None
            return [self.finish(t, t, tr, self.conjuncts(agent, end) if agent is not None else [],
                                [patient] if patient is not None else [], "direct")]
        actors, targets, how = self.conjuncts(agent, end), [patient], "direct"
        return actors, targets, how, anchor, actor_ent

    def passive_agent_frame(self, t: Item, tr, end: int, preps: tuple):
        """قُتل X على يد Y، قتل فلسطيني برصاص الجيش: a passive verb with its agent named."""
        if not (tr.pos == "verb" and self.agent_phrase(t, end) is not None):
            return None
        actors: list[Item] = []
        targets: list[Item] = []
        how = ""
        anchor = t
        actor_ent: Entity | None = None
        # قُتل X على يد القوات الفرنسية: a passive verb with its agent named
        agent = self.agent_phrase(t, end)
        patient = next((it for it in self.ents if t.j <= it.i < agent.i and not self.gov(it)), None)
        if patient is None:
            patient = self.subject_before(t)
        if patient is None:
            return [self.finish(t, t, tr, self.conjuncts(agent, end), [], "direct-agent")]
        actors, targets, how = self.conjuncts(agent, end), [patient], "direct-agent"
        return actors, targets, how, anchor, actor_ent

    def after_preposition_frame(self, t: Item, tr, end: int, preps: tuple):
        """في ضرب «داعش»: after a preposition a verb form is a verbal noun; the noun after it is its
        object and the doer is the clause's subject."""
        if not (tr.pos == "verb" and self.tok(t.i - 1) in self.preps and self.tok(t.i - 1) not in ("قبل", "بعد", "يد")):
            return None
        actors: list[Item] = []
        targets: list[Item] = []
        how = ""
        anchor = t
        actor_ent: Entity | None = None
        # في ضرب «داعش»: after a preposition the form is a verbal noun, and the noun after it
        # is its object; the doer is the clause's subject, if any
        tgt = self.bare_object(t, None, end)
        subj = self.clause_subject(t)
        if tgt is None or subj is None:
            return [self.finish(t, t, tr, [subj] if subj is not None else [],
                                self.conjuncts(tgt, end) if tgt is not None else [], "genitive")]
        actors, targets, how = [subj], self.conjuncts(tgt, end), "genitive"
        return actors, targets, how, anchor, actor_ent

    def verb_frame(self, t: Item, tr, end: int, preps: tuple):
        """A verb: its subject (VSO or SVO, agreement, coordination), its object or the noun phrase after
        its preposition; relative clauses, passives read from a count or a missing object."""
        if not (tr.pos == "verb"):
            return None
        actors: list[Item] = []
        targets: list[Item] = []
        how = ""
        anchor = t
        actor_ent: Entity | None = None
        stop = end
        loc = tr.cls in _LOCATION_CLASSES
        if preps:
            p = self.prep_target(t, preps, t.j, end, loc)
            if p is not None:
                stop = p.i
        subj, how = (None, "") if self.possessed_force(t) else self.subject(t, stop)
        if tr.cls in ("KILL", "ARREST") and not t.suffix and self.count_at(t.j) and t.gender != "p" \
                and not (subj is not None and subj.i < t.i):
            # قُتل 28 شخصاً، اعتُقل خمسة ناشطين: a count right after a verb of killing or arresting
            # names those it befell; the verb is passive and no doer is named in this clause
            victims = self.conjuncts(subj, end) if subj is not None and subj.i > t.i else []
            return [self.finish(t, t, tr, [], victims, "passive")]
        if subj is not None and subj.i > t.i and "obj" in tr.targets and not preps:
            chain = self.conjuncts(subj, end)
            if len(chain) > 1 and self.bare_object(t, chain[-1], end) is None:
                # زار اليمن والسودان وليبيا: a coordinated list and nothing after it is the
                # object of a verb whose subject was dropped
                subj, how = None, ""
        if subj is not None:
            actors = self.conjuncts(subj, end) if subj.i > t.i else [subj]
        if subj is not None and subj.i < t.i and tr.symmetric:
            pair = self.conjuncts_back(subj)
            if len(pair) >= 2:    # أن النظام والمعارضة اتفقا: each with the other
                actors, targets = [pair[0]], pair[1:]
        tgt = None
        rel_k = t.i - 1 if self.tok(t.i - 1) in self.w.get("relative", ()) else -1
        if rel_k >= 0:
            ante = self.antecedent(rel_k)
            resumptive = bool(t.suffix) or self._prep_pronoun(self.tok(t.j), preps) is not None
            if ante is None and not resumptive:
                # القتال الذي دمر سوريا، التفجير الذي استهدف سوقا: the subject is a common noun (no
                # entity does it); what follows is still the verb's object
                obj = self.bare_object(t, None, end) if "obj" in tr.targets else None
                if obj is None and preps:
                    obj = self.prep_target(t, preps, t.j, end, loc)
                return [self.finish(t, t, tr, [], self.conjuncts(obj, end) if obj is not None else [], "")]
            if ante is not None and resumptive:
                tgt = ante                     # قرية الجفرة التي تسيطر عليها قوات النظام
            elif ante is not None and self.is_actor(ante):
                # واشنطن التي تدعم المعارضة: the antecedent is the subject, what follows the object
                if subj is not None and subj.i > t.i and "obj" in tr.targets:
                    tgt = subj
                actors, how, subj = [ante], "direct", None
        if tgt is None and "obj" in tr.targets:
            # the object comes after the whole subject, every conjunct of it (قوات النظام ومجموعات
            # مسلحة موالية لإيران بلدة الهبيط)
            last = next((a for a in reversed(actors) if a.i > t.i), None) if subj is not None and subj.i > t.i \
                else None
            tgt = self.bare_object(t, last or (subj if subj is not None and subj.i > t.i else None), end)
        if tgt is None and not targets and "obj" in tr.targets and tr.cls in ("KILL", "ARREST") \
                and not t.suffix and subj is not None and subj.i > t.i and self.ends_phrase(actors[-1].j):
            # قتل شرطي تركي في هجوم: a verb of killing needs an object; with one noun phrase and
            # nothing after it, the verb is passive (قُتل) and the noun phrase is its subject
            return [self.finish(t, t, tr, [], actors, "passive")]
        if tgt is None and "obj" in tr.targets and tr.cls in ("ATTACK", "CONTROL"):
            tgt = self.part_place(subj.j if subj is not None and subj.i > t.i else t.j, end)
        if tgt is None and "obj" not in tr.targets and not t.suffix and preps:
            pron = self._prep_pronoun(self.tok(t.j), preps, ("ه", "ها", "هم"))
            if pron is not None:     # وسيطر عليه: the place just named
                tgt = self.pronoun_referent(t, self.tok(t.j)[len(pron):], loc)
        if tgt is None and preps:
            tgt = self.prep_target(t, preps, (subj.j if subj is not None and subj.i > t.i else t.j), end, loc)
        if tgt is not None and not targets:
            targets = self.conjuncts(tgt, end)
        return actors, targets, how, anchor, actor_ent

    def noun_frame(self, t: Item, tr, end: int, preps: tuple):
        """An event noun: its agent through a light verb, the genitive, an agent phrase or a nationality
        adjective; its target after its preposition or as the owner of what was hit."""
        actors: list[Item] = []
        targets: list[Item] = []
        how = ""
        anchor = t
        actor_ent: Entity | None = None
        lv = self.light_verb_for(t)
        if lv is not None and lv.i >= t.j:
            # الهجوم الذي شنه داعش على الرمادي: the relative clause carries actor and target
            end = max(end, self.clause_end(lv.j, commas=False))
        gen = self.genitive(t, end)
        tgt = None
        if preps:
            tgt = self.prep_target(t, preps, t.j, end, tr.cls in _LOCATION_CLASSES)
        if tgt is None and gen is None and t.suffix and "obj" in tr.targets:
            # مكافحتها لتنظيم داعش: the pronoun is the genitive agent, لـ introduces the patient
            nxt = next((it for it in self.ents if t.j <= it.i <= t.j + 2), None)
            if nxt is not None and self.gov(nxt) == "ل":
                tgt = nxt
        if tgt is None and gen is None and "obj" in tr.targets and tr.cls in ("ATTACK", "KILL"):
            # تدمير خمس عجلات مفخخة تعود لتنظيم داعش: what was hit belongs to the target
            for it in self.ents:
                if t.j < it.i <= t.j + 6 and self.gov(it) == "ل" and not self.pred_between(t.j, it.i):
                    k = it.i - 1 if self.tok(it.i - 1).startswith("ل") and not self.ent_token(it.i - 1) else it.i
                    if self.tok(k - 1).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP:
                        tgt = it
                    break
                if it.i > t.j + 6:
                    break
        if tgt is None and gen is None and "obj" in tr.targets:
            # قصف مواقع لتنظيم داعش: the owner of the indefinite part noun is the target
            part = self.tok(t.j)
            if part in self.w.get("part", ()):
                nxt = next((it for it in self.ents if t.j < it.i <= t.j + 2), None)
                if nxt is not None and self.gov(nxt) == "ل":
                    tgt = nxt
        pair = self.demonym_pair(t) if tr.symmetric else None
        if pair is not None:
            actors, how, tgt, gen = [pair[0]], "genitive", pair[1], None   # التفاهم الروسي التركي
        purpose = t.clitic.endswith("ل") and not t.clitic.endswith("لل") and "obj" in tr.targets
        if gen is not None and gen.mention_kind == "demonym" and not tr.symmetric and gen.i == t.j \
                and not actors:
            # الاجتياح الإسرائيلي للبنان، القصف التركي لمواقع الوحدات الكردية: a nationality
            # adjective on the event noun is its agent, لـ introduces the target
            actors, how = [gen], "genitive"
            if tgt is None:
                nxt = next((it for it in self.ents if gen.j <= it.i <= gen.j + 2 and it is not gen), None)
                if nxt is not None and self.gov(nxt) == "ل":
                    tgt = nxt
            gen = None
        if gen is not None and tgt is None and "obj" in tr.targets and any(
                self.tok(k).removeprefix("ال") in self.w.get("part", ()) for k in range(t.j, _head(gen))):
            tgt, gen = gen, None               # استهداف مقرات قوات النظام: the owner of the parts
        if gen is not None:
            if "obj" in tr.targets and tgt is None and (not self.is_actor(gen) or tr.symmetric
                                                        or "gen" not in tr.agents or purpose
                                                        or (gen.mention_kind == "generic"
                                                            and not getattr(gen.ref, "agent", False))):
                # استهداف المتظاهرين: an unnamed group after a transitive verbal noun is what it
                # is done to (a named doer is the agent: قصف النظام)
                tgt = gen                      # حصار المطار، لقاء وزير الخارجية
            elif self.is_actor(gen) and "gen" in tr.agents:
                actors, how = [gen], "genitive"   # قصف النظام، الغارات الروسية
                if tgt is None and "obj" in tr.targets:
                    obj = self.bare_object(t, gen, end)   # استرجاع النظام مستشفى الأسد
                    if obj is not None and obj.i - gen.j <= 2:
                        tgt = obj
        if not actors:
            tgt_side = self.conjuncts(tgt, end) if tgt is not None else []
            for it in self.ents:
                if it.i >= t.j and it.i - t.j <= 5:
                    gov = self.gov(it)
                    if gov and gov in tr.agents and gov not in preps and it not in tgt_side \
                            and not self.tok(it.i if it.lead < 0 else it.lead).startswith("و"):
                        actors, how = [it], "genitive"   # هجوم من وحدات الحماية
                        break
        if not actors and lv is not None:
            subj, _ = self.subject(lv, t.i if lv.i < t.i else end)
            if subj is not None:
                # هجوم شنه مقاتلو المعارضة وجبهة النصرة: every conjunct after the light verb
                actors = self.conjuncts(subj, end) if subj.i > lv.i else [subj]
                how, anchor = "light", lv
            else:
                anchor = lv
        if tgt is None and actors and tr.cls == "ATTACK" and not tr.symmetric:
            # شن التنظيم هجوماً في ريف دير الزور: with no على/ضد target, the town or facility
            # where the attack took place (not a whole country)
            for it in self.ents:
                if t.j <= it.i <= t.j + 6 and it not in actors and self.gov(it) == "في" \
                        and it.entity.type in ("Place", "Facility") and not self.pred_between(t.j, it.i):
                    tgt = it
                    break
                if it.i > t.j + 6:
                    break
        if tgt is not None:
            targets = self.conjuncts(tgt, end)
        if anchor is t and not actors and tr.cls == "AGREE" and self.tok(t.i)[len(t.clitic):].startswith("ال"):
            # موقف دول المجلس من الاتفاق مع إيران: the known deal; no one is named making it here
            return [self.finish(t, t, tr, [], targets, "")]
        rep = self.report_for(t) if anchor is t and not actors and tr.symmetric \
            and self.tok(t.i - 1) in ("خلال", "اثناء") else None
        if rep is not None and rep.i < t.i:
            sp = self.speaker(rep)
            if sp is not None:
                actors, how = [sp], "speaker"   # قال العطية خلال مؤتمر صحافي مشترك مع نظيره الأمريكي
        if anchor is t and not actors:
            subj = self.clause_subject(t)
            if subj is not None:
                actors, how = [subj], "genitive"
            elif tr.symmetric and (any(c in t.clitic for c in "بل") or (
                    targets and not self.tok(t.i)[len(t.clitic):].startswith("ال"))):
                # purpose (انتقل إلى بازل) للقاء لافروف; the topic's clashes (اشتباكات مع قوات النظام);
                # not a definite noun with no agent: الاتفاق مع طهران names a known deal, not a new act
                actor_ent = self.focus.last("")
                how = "inherited" if actor_ent is not None else ""
            else:
                return [self.finish(t, t, tr, [], targets, "")]   # قتل 5 في هجوم: no attacker named
        return actors, targets, how, anchor, actor_ent

    def complete(self, t: Item, tr, actors: list[Item], targets: list[Item], how: str, anchor: Item,
                 actor_ent: Entity | None) -> list["Reading"]:
        """What the clause leaves unsaid: a dropped subject (the speaker of a report, the last subject
        in focus), an object pronoun's referent; then the reading."""
        if not actors and actor_ent is None:
            # dropped subject: the clause continues an earlier subject
            rep = self.report_for(anchor)
            if rep is not None and (any(self.tok(k) in _COMPLEMENT_PRONOUNS
                                        for k in range(max(0, anchor.i - 3), anchor.i))
                                    or self.bare_complement(anchor)):
                sp = self.speaker(rep)
                if sp is not None:
                    actors, how = [sp], "speaker"   # أعلن الأردن أنه اتفق مع …، نفت الهيئة أن تكون قد سيطرت
            if not actors and self.possessed_force(anchor):
                # قالت وزارة الدفاع الروسية إن طائراتها قصفت …: "its planes" are the speaker's
                sp = self.speaker(rep) if rep is not None else None
                if sp is not None:
                    actors, how = [sp], "speaker"
                else:
                    ent = self.focus.last("")
                    if ent is not None:
                        actor_ent, how = ent, "inherited"
            if not actors and actor_ent is None and (anchor.kind == "word" or (
                    anchor.trigger and self.reading(anchor).pos == "verb")) and self.opens_clause(anchor) \
                    and not self.common_subject(anchor):
                ent = self.focus.last(anchor.gender)
                if ent is not None:
                    actor_ent, how = ent, "inherited"
        if not targets and t.suffix and "obj" in tr.targets and tr.pos in ("verb", "noun"):
            p = self.pronoun_target(t, actors, person=tr.cls in ("ARREST", "KILL"))
            if p is not None:
                targets = [p]
        if actors:   # the actor is now in focus, even without a target (قصف لطائرات النظام، استهدف …)
            self.focus.push(actors[0].entity, self.gender(actors[0]))
        if tr.patient_subject and how != "direct-agent":
            # لقي 5 جنود مصرعهم، استشهد ثلاثة: the subject undergoes the event; no one is named doing it
            targets, actors, actor_ent = (targets or actors), [], None
        return [self.finish(t, anchor, tr, actors, targets, how, actor_ent)]



    def finish(self, t: Item, anchor: Item, tr, actors: list[Item], targets: list[Item], how: str,
               actor_ent: Entity | None = None, target_ent: Entity | None = None) -> "Reading":
        """The reading of one trigger occurrence, with its modality, source and confidence."""
        if tr.type in ("ASSAULT", "COERCE") and actors and all(_victim(a) for a in actors):
            # قتل 28 شخصا، اعتقل ناشطون: civilians, prisoners, refugees undergo violence, they do not
            # commit it; in the subject's place they are the passive verb's subject
            targets = actors + [x for x in targets if x not in actors]
            actors, actor_ent, how = [], None, "passive"
        modality = self.modality(t, anchor)
        source = None
        rep = self.report_for(anchor)
        if rep is not None:
            sp = self.speaker(rep)
            source = sp.entity if sp is not None else None
            if not modality:
                modality = "reported"
        if modality in ("", "asserted") and any(
                p.kind == "trigger" and p.trigger.cls == "ACCUSE" and p is not t and p is not anchor
                and p.i < min(t.i, anchor.i) for p in self.preds):
            modality = "reported"    # يتهم حلفاء تركيا أنقرة بدعم داعش: an allegation, not a fact
        prev = self.tok(t.i - 1)
        if modality in ("", "asserted", "reported") and tr.cls != "DEMAND" \
                and not any(prev.startswith(c) and prev[len(c):].removeprefix("ال") in _ONGOING
                            for c in ("", "و", "ب", "ل", "وب", "ول", "لل")) and any(
                p.kind == "trigger" and p is not t and p is not anchor and p.i < min(t.i, anchor.i)
                and (r := self.reading(p)).cls == "DEMAND" and r.pos == "verb" for p in self.preds):
            modality = "hypothetical"   # تحث روسيا على تشكيل تحالف يضم الأسد لمحاربة داعش: demanded, not done
        modality = modality or "asserted"
        conf = CONFIDENCE.get(how, 0.5)
        if modality in ("hypothetical", "future"):
            conf -= 0.1
        words = self.tokens[anchor.i:anchor.j] + ([] if anchor is t else ["…"] + self.tokens[t.i:t.j])
        return Reading(self.sa.index, t, anchor, tr, actors, targets, actor_ent, target_ent, how, modality,
                       conf, source, " ".join(words))

    def triples_of(self, r: "Reading") -> list[tuple]:
        """The (actor, relation, class, target, …) tuples a reading states: every actor with every target."""
        tr, targets, actors = r.tr, r.targets, r.actors
        out = []
        actor_ents = [a.entity for a in actors] or ([r.actor_ent] if r.actor_ent is not None else [])
        if r.target_ent is not None:
            return [(a.entity, tr.relation, tr.cls, r.target_ent, r.modality, CONFIDENCE[r.how], r.words, r.source)
                    for a in actors if self.is_actor(a)]
        for ae in actor_ents:
            if ae.type not in ACTOR_TYPES and not ae.metonym_of:
                continue
            if tr.actor_types and ae.type not in tr.actor_types:
                continue          # وصل وزير الدفاع إلى أربيل: a visit, not an advance
            for tg in targets:
                if tg.mention_kind == "demonym" and tr.cls in ("KILL", "ARREST") and not self.force(tg):
                    continue          # قتل السوريين: people of a country, not the country (جنود أتراك are its forces)
                c = r.confidence
                if tg.mention_kind == "nominal":
                    c -= 0.05
                if tg.mention_kind == "demonym" or any(a.mention_kind == "demonym" for a in actors):
                    c -= 0.05
                out.append((ae, tr.relation, tr.cls, tg.entity, r.modality, max(c, 0.1), r.words, r.source))
        if tr.cls == "AGREE" and 2 <= len(targets) <= 4 and actor_ents:
            # a joint agreement binds every party: اتفق الأردن مع الولايات المتحدة وروسيا
            for x in range(len(targets)):
                for y in range(x + 1, len(targets)):
                    out.append((targets[x].entity, tr.relation, tr.cls, targets[y].entity, r.modality,
                                max(r.confidence - 0.15, 0.1), r.words, r.source))
        return out

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

    def conjuncts_back(self, last: Item) -> list[Item]:
        """The entities coordinated before ``last`` and ``last`` itself, in text order."""
        chain = [last]
        for it in reversed(self.ents):
            if it.j > _head(chain[0]):
                continue
            if self.conjuncts(it, self.n)[1:2] == [chain[0]]:
                chain.insert(0, it)
            else:
                break
        return chain

    def possessed_force(self, v: Item) -> bool:
        """The word before the verb is a force or people noun with a possessive pronoun (طائراتها، مقاتليه)."""
        t = self.tok(v.i - 1)
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

    @staticmethod
    def _prep_pronoun(token: str, preps, pronouns=("ه", "ها", "هم", "هما")) -> str | None:
        """The preposition of a preposition + pronoun token (عليها → على), if it is one."""
        return next((p for p in preps if token.startswith(p) and token[len(p):] in pronouns), None)

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

    def clause_subject(self, t: Item) -> Item | None:
        """A bare actor heading the clause of an event noun that has no actor of its own."""
        start = self.clause_start(t.i)
        subj = None
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
                    and ("ب" in t.clitic or self.tok(t.i - 1)[:1] == "ب" or not any(
                        # after a transitive verb a noun phrase is its object (قتلوا ثلاثة من رجال الشرطة
                        # في هجوم), not the subject of a later event noun
                        start <= p.i < it.i and not _is_light(p) and p.trigger is not None
                        and (r := self.reading(p)).pos == "verb" and "obj" in r.targets for p in self.preds)) \
                    and not any(it.j <= p.i < t.i and not _is_light(p) and (
                        p.kind == "word" or (p.trigger and p.trigger.pos == "verb")) for p in self.preds):
                subj = it        # قوة أمنية تابعة لقيادة عمليات دجلة تمكنت من قتل …: through the light verb
        return subj

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

    def patterns(self):
        """AFFILIATION from titles, LOCATED_IN from place phrases."""
        out = []
        sa = self.sa
        for person, org, title in sa.affiliations:
            if person.id != org.id:
                out.append((person, "roleIn", "AFFILIATION", org, "asserted", CONFIDENCE["pattern"],
                            title.form, None))
        for place, container in sa.located:
            out.append((place, "locatedIn", "LOCATED_IN", container, "asserted", CONFIDENCE["pattern"], "", None))
        return out
