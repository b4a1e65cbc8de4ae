"""Find what an article talks about: entity mentions, relation triggers and the words around them.

One Aho-Corasick pass over the folded article finds every lexicon form (entity names, demonyms,
triggers, titles, place nouns, anaphors, reporting and light verbs); clitics and pronoun suffixes
are checked at the edges of each hit. Then, sentence by sentence: overlapping hits are resolved
(longest wins), open-class names are read after titles, place nouns and given names, and
anaphoric nominals (التنظيم، المطار، الوزير) are resolved to the entity in focus.

The result, ``Analysis``, holds for every sentence its tokens and the recognised ``Item``s in order;
``extract.py`` works on that.
"""
from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import product
from dataclasses import dataclass

from .lexicon import (ANAPHOR, DEMONYM, ENT, GENERIC, PLACE_NOUN, TITLE, TRIGGER, WORD, Anaphor, Hit, Lexicon,
                      PlaceNoun, Title)
from .groups import described_facility, group_entity
from .model import LOCATION_TYPES, Document, Entity, Mention
from .name_model import Featurizer, Reading, lexicon_marks, name_memory, quote_marks, strip_clitics
from .name_model import tagger as name_tagger
from .text import fold, fold_string, segment, sentence_key
from .english_names import ARAB_WORLD
from .translit import english_word, no_doubles, person_label, romanize, shaped_words, use_spellings
from .variants import NAME_ENDINGS, SAME_LETTERS, id_form, same_letters, skeleton, vowel_variant
from .name_shapes import (ABD_SOLID_RE, AIRFIELDS, DIN_SOLID_RE, FAMILY, FIRST_OF_TWO, SON_OF, VERB_RE,
                          another_first_name, common_words, extend_person, first_name_alone, join_hyphens, kunya,
                          lexicon_person_by_key, lexicon_person_by_prefix, lexicon_persons_by_family, lexicon_set,
                          lexicon_value, name_slug, person_id_key, person_nouns, shortened, spelled_acronym,
                          trim_person, trim_place)
from .items import Analysis, Item, SentenceAnalysis
from .name_words import PATTERN_KINDS, Words
from .person_links import PersonLinks, not_surnames

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_COMPASS = frozenset(("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"))   # folded
_LETTER_RE = re.compile(r"\w")
_TITLE_MODIFIERS = frozenset({
    "الخاص", "الخاصه", "الاممي", "الدولي", "الرسمي", "السابق", "السابقه", "الجديد", "الاعلامي", "الرياسي",
    "العام", "الاعلي", "الميداني", "العسكري", "السياسي", "البارز", "المكلف", "الحالي", "المنشق", "الاول",
    "الثاني", "المساعد", "الاسبق", "المقرب", "المستقيل"})
_OPEN_QUOTES = ("«", '"', "“")
_CLOSE_QUOTES = ("»", '"', "”")
_MEDIA_NAMES: dict[int, tuple] = {}


def _media_names(lex) -> dict[str, str]:
    """Names the lexicon's media go by after their head noun: الشرق الاوسط -> asharq_al_awsat
    (from صحيفة الشرق الأوسط), folded."""
    got = _MEDIA_NAMES.get(id(lex))
    if got is None or got[0] is not lex:
        names: dict[str, str] = {}
        for eid in sorted(e.id for e in lex.entities.values() if e.type == "Media"):
            e = lex.entities[eid]
            heads = lex.heads.get(eid, ())
            for form in (e.label_ar, *e.aliases_ar):
                head, _, rest = fold_string(form).partition(" ")
                if head in heads and rest:
                    names.setdefault(rest, eid)
        got = _MEDIA_NAMES[id(lex)] = (lex, names)
    return got[1]


_FEATURIZERS: dict[int, tuple] = {}


def _featurizer(lex) -> Featurizer:
    """The name model's featurizer of this lexicon (its per-word feature cache lives as long as the process)."""
    got = _FEATURIZERS.get(id(lex))
    if got is None or got[0] is not lex:
        got = _FEATURIZERS[id(lex)] = (lex, Featurizer(lex))
    return got[1]


_MODEL_TYPES = {"PERS": "Person", "LOC": "Place", "ORG": "Organization"}
_DIACRITIC_RE = re.compile("[\u064b-\u0652\u0670]")
_FAMILY_OF_TWO = FIRST_OF_TWO | SON_OF | {"ولد"}     # a family name in two words: أبو ردينة، بن فريد، عبد المهدي
# place nouns whose name the model need not read (villages, facilities, units the ANER-trained model does
# not know); after the others (شركة، وزارة، لجنة …) a name is one only where the model reads it
_OPEN_NOUN_TYPES = frozenset({"Place", "Facility", "ArmedGroup"})
_ORG_NAMES: dict[int, tuple] = {}


def _org_names(lex) -> dict[str, str]:
    """Names the lexicon's organisations go by after their head noun, folded: الجزيرة -> al_jazeera
    (قناة الجزيرة), برشلونة -> fc_barcelona (نادي برشلونة). A name two organisations share goes to the
    first by id."""
    got = _ORG_NAMES.get(id(lex))
    if got is None or got[0] is not lex:
        names: dict[str, str] = {}
        for eid in sorted(e.id for e in lex.entities.values() if e.type not in LOCATION_TYPES and e.type != "Person"):
            e = lex.entities[eid]
            heads = lex.heads.get(eid, ())
            for form in (e.label_ar, *e.aliases_ar):
                head, _, rest = fold_string(form).partition(" ")
                if head.removeprefix("ال") in heads and rest:
                    names.setdefault(rest, eid)
        got = _ORG_NAMES[id(lex)] = (lex, names)
    return got[1]


_PRIORITY = {ENT: 0, DEMONYM: 1, TITLE: 2, PLACE_NOUN: 3, TRIGGER: 4, ANAPHOR: 5, GENERIC: 6, WORD: 7}


@dataclass(slots=True)
class _Cand:
    kind: str
    fs: int
    fe: int
    clitic: str
    hit: Hit
    suffix: str = ""


# --- the automaton pass ---------------------------------------------------------------------------


def _candidates(ftext: str, lex: Lexicon, starts: list[int], ends: list[int],
                taa=None) -> list[_Cand]:
    """Every lexicon form in the folded text whose edges fall on word edges, or on allowed
    proclitics before it (و ب ل ال لل س …) and pronoun suffixes after it. ``taa(i)`` says whether the
    folded ه at i was a ة in the article: قضية is not قضى + ه, حملة is not حمّل + ه."""
    out = []
    for end, (length, hits) in lex.automaton.iter(ftext):
        fe = end + 1
        fs = fe - length
        k = bisect_right(starts, fs) - 1
        if k < 0:
            continue
        ws, we = starts[k], ends[k]
        if fe > we:                      # a multi-word form: its last word must end here
            we = ends[bisect_right(starts, fe - 1) - 1]
        prefix = ftext[ws:fs]
        if len(prefix) > 4:
            continue
        suffix = ftext[fe:we] if fe < we else ""
        if suffix == "ه" and taa is not None and taa(fe):
            continue
        for hit in hits:
            if hit.need_suffix and not suffix:
                continue
            if suffix and suffix not in hit.suffixes:
                continue
            start = fs
            if hit.lil:
                if prefix not in ("", "و", "ف"):
                    continue
                clitic, start = prefix + "ل", fs + 1   # لل: the preposition ل on an ال-word
            else:
                if prefix not in hit.clitics:
                    continue
                clitic = prefix
            out.append(_Cand(hit.kind, start, fe + len(suffix), clitic, hit, suffix))
    return out


def _variant_candidates(ftext: str, lex: Lexicon, starts: list[int], ends: list[int],
                        cands: list[_Cand]) -> list[_Cand]:
    """The lexicon's persons written with another spelling (ستيفان دي مستورا for ستيفان دي ميستورا,
    kg.variants) where no lexicon form covers the words."""
    if lex.variants is None:
        return []
    words = [ftext[a:b] for a, b in zip(starts, ends)]
    out = []
    covered = [(c.fs, c.fe) for c in cands if c.kind == ENT]
    for i, j, clitic, eid in lex.variants.scan(words):
        fs, fe = starts[i] + clitic, ends[j - 1]
        if any(a <= fs and fe <= b for a, b in covered):
            continue
        out.append(_Cand(ENT, fs, fe, words[i][:clitic], Hit(ENT, eid, _VARIANT_CLITICS)))
    return out


_VARIANT_CLITICS = frozenset({"", "و", "ف", "ب", "ل"})
# the verbal nouns of derived verbs, with the article: الانفعال (الانسحاب), الافتعال (الاحتفال، الاصطدام),
# الاستفعال (الاستقبال)
_DERIVED_MASDAR_RE = re.compile(r"^ال(?:ان\w\wا\w|ا\w[تطد]\wا\w|است\w\wا\w)$")
_SHORT_CLITICS = ("", "و", "ف", "ب", "وب", "فب")
_SHORT_CLITIC_SET = frozenset(_SHORT_CLITICS)


def _short_name_candidates(ftext: str, lex: Lexicon, starts: list[int], ends: list[int],
                           cands: list[_Cand]) -> list[_Cand]:
    """A group's name alone that is also a common word (words.tsv short_name: القاعدة, also "the base")
    is the group in an article that names it in full (تنظيم القاعدة): not before an adjective of
    relation (القاعدة الجوية, an air base), nor next to a number, nor inside another name, nor in an
    article that also uses the word as a noun without the article (قاعدة العند … القاعدة: the base)."""
    forms = lex.words.get("short_name")
    if not forms:
        return []
    named = {c.hit.ref for c in cands if c.kind == ENT}
    shorts = {}
    for f in forms:
        eid = next((e for e in lex.word_values[("short_name", f)].split(" | ") if e in named), None)
        if eid is not None:
            shorts[f] = eid
    if shorts:      # not where the article also uses the word as a noun (قاعدة العند: القاعدة is that base)
        nouns = {strip_clitics(ftext[a:b])[1] for a, b in zip(starts, ends) if not ftext[a:b].startswith(("ال", "وال"))}
        shorts = {f: e for f, e in shorts.items() if f[2:] not in nouns}
    if not shorts:
        return []
    covered = [(c.fs, c.fe) for c in cands if c.kind == ENT]
    out = []
    for k, (a, b) in enumerate(zip(starts, ends)):
        word = ftext[a:b]
        clitic = next((c for c in _SHORT_CLITICS if word.startswith(c) and word[len(c):] in shorts), None)
        if clitic is None:
            continue
        after = ftext[starts[k + 1]:ends[k + 1]] if k + 1 < len(starts) else ""
        before = ftext[starts[k - 1]:ends[k - 1]] if k else ""
        if after.startswith("ال") and after.endswith("يه") or after.isdigit() or before.isdigit() \
                or any(x < b and a < y for x, y in covered):
            continue
        out.append(_Cand(ENT, a + len(clitic), b, clitic, Hit(ENT, shorts[word[len(clitic):]], _SHORT_CLITIC_SET)))
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# --- the whole article ----------------------------------------------------------------------------

def analyze(doc: Document, lex: Lexicon, timings: dict | None = None) -> Analysis:
    """Sentences, tokens, recognised items and entity mentions of one article."""
    use_spellings(lex.name_spellings)
    t0 = time.perf_counter()
    folded = fold(doc.text)
    ftext = folded.text
    sent_spans = segment(ftext)
    if timings is not None:
        timings["normalise"] = time.perf_counter() - t0
    spans = [m.span() for m in _TOKEN_RE.finditer(ftext)]
    tok_starts = [x[0] for x in spans]
    tok_ends = [x[1] for x in spans]
    text = doc.text
    cands = _candidates(ftext, lex, tok_starts, tok_ends,
                        taa=lambda i: text[(j := folded.orig(i)):j + 1] in ("ة", "ﺓ", "ﺔ"))
    cands += _variant_candidates(ftext, lex, tok_starts, tok_ends, cands)
    cands += _short_name_candidates(ftext, lex, tok_starts, tok_ends, cands)
    cands.sort(key=lambda c: c.fs)
    state = _DocState(doc, lex)
    counts = country_counts(_as_read(cands, folded, text), lex)
    state.country_weight = counts[0]
    state.focus_country = _top_country(*counts)
    state.folded = folded
    sentences = []
    work = []
    seen: dict[str, int] = {}
    ci = 0
    for index, (fs, fe) in enumerate(sent_spans):
        while ci < len(cands) and cands[ci].fs < fs:
            ci += 1
        cj = ci
        while cj < len(cands) and cands[cj].fs < fe:
            cj += 1
        start, end = folded.span(fs, fe)
        key = sentence_key(ftext[fs:fe])
        dup = key in seen
        first = seen.setdefault(key, index)
        a, b = bisect_left(tok_starts, fs), bisect_left(tok_starts, fe)
        texts = [ftext[x:y] for x, y in spans[a:b]] if cj > ci else []   # no lexicon word: nothing to read
        sa = SentenceAnalysis(index, start, end, fs, fe, texts, tok_starts[a:b], tok_ends[a:b], [], dup,
                              first if dup else -1)
        if not dup and cj > ci:
            work.append((sa, [c for c in cands[ci:cj] if c.fe <= fe]))
        sentences.append(sa)
        ci = cj
    # the name model reads every sentence first: a name it reads once is known in the whole article
    readings = _read_names(work, state)
    for (sa, _), r in zip(work, readings):     # names end where no name goes on (فهد أو، محمد وهو)
        words = Words(sa, state)
        r.names[:] = [n for n in map(words.cut, r.names) if n]
    state.memory = name_memory([(sa.tokens, [n for n in r.names if not _crosses_lexicon(n, sa, sc, inside=True)])
                                for (sa, sc), r in zip(work, readings)], not_surnames(lex))
    firsts = state.full_names()
    for key in [k for k, (typ, name) in state.memory.items() if len(name) == 1 and k in firsts]:
        del state.memory[key]     # برناردينو read alone as a place, and as the first name of برناردينو ليون
    if state.memory:      # نجيب صالح in an article that names علي عبدالله صالح: صالح alone is not Najib
        known = {fold_string(lex.entities[c.hit.ref].label_ar).rsplit(" ", 1)[-1] for c in cands
                 if c.kind == ENT and lex.entities[c.hit.ref].type == "Person"}
        for key in [k for k, (typ, name) in state.memory.items() if typ == "PERS" and len(name) > 1 and k in known]:
            del state.memory[key]
    if state.memory:      # the article's words that are one of those names (with clitics)
        ends = {k[-3:] for k in state.memory}
        state.remembered = {t for sa, _ in work for t in sa.tokens
                            if t[-3:] in ends and strip_clitics(t)[1] in state.memory}
    for (sa, sc), reading in zip(work, readings):
        sa.items = _sentence_items(sa, sc, state, reading)
        for it in sa.items:
            if it.kind == "ent":
                ms, me = folded.span(*(it.name_span or (it.fs, it.fe)))
                kind = "nominal" if it.nominal_mention else it.mention_kind
                state.mentions.append(Mention(doc.doc_id, ms, me, doc.text[ms:me], it.entity, kind, sa.index))
    return Analysis(doc, folded, sentences, state.mentions, state.focus_country)


def _crosses_lexicon(name: tuple, sa: SentenceAnalysis, cands: list[_Cand], inside: bool = False) -> bool:
    """The model's name overlaps a lexicon entity form without being it (موتورز زادتا over جنرال موتورز);
    ``inside``: or lies within one (عبدالله صالح in علي عبدالله صالح: the lexicon's person, no other)."""
    a, b = sa.starts[name[0]], sa.ends[name[1] - 1]
    return any(c.kind == ENT and c.fs < b and a < c.fe and (inside or not (c.fs <= a and b <= c.fe)) for c in cands)


def _read_names(work: list, state: _DocState) -> list[Reading]:
    """What the name model reads in each (sentence, lexicon hits) of ``work``."""
    text, folded, ents = state.doc.text, state.folded, state.lex.entities
    readings = name_tagger(state.featurizer).read(
        [(sa.tokens, quote_marks(text, folded, sa.starts, sa.ends, lexicon_marks(sa.starts, sa.ends, sc, ents)))
         for sa, sc in work])
    nouns = person_nouns(state.lex)
    counts = Counter(t for sa, _ in work for t in sa.tokens)
    for (sa, _), r in zip(work, readings):
        if r.names:
            ali = frozenset(k for k, t in enumerate(sa.tokens) if t == "علي" and state.written_ali(sa, k))
            trimmed = [x for x in (trim_person(trim_place(n, sa.tokens, state.lex), sa.tokens, nouns, state.lex,
                                               ali) for n in r.names) if x]
            starts = frozenset(x[0] for x in trimmed)
            r.names[:] = join_hyphens([extend_person(x, sa.tokens, state.lex, starts, counts) for x in trimmed],
                                      sa.tokens)
    return readings




class _DocState:
    """What the article has said so far: for open-class entities and anaphora."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.mentions: list[Mention] = []
        self.featurizer = _featurizer(lex)
        self.memory: dict[str, tuple[str, tuple[str, ...]]] = {}   # a word -> a name the model read in the article
        self.remembered: set[str] = set()                          # the article's tokens that are such words
        self._full: dict | None = None                             # full_names(), once memory is known
        self._by_first: tuple[int, dict] = (0, {})                 # named_by_first(): mentions read, index
        self.full_name_ends: frozenset = frozenset()               # their first words' last three letters
        self.history: list[tuple[Entity, frozenset]] = []   # (entity, heads) in order of mention
        self.heads: dict[str, set] = {}                      # entity id -> heads learnt in this article
        self.surnames: dict[str, Entity] = {}                # family name -> the person named in full
        self.group_names: dict[str, Entity] = {}            # a group's name without its descriptor noun
        self.family_pairs: dict[str, Entity | None] = {}     # a family name in two words (أبو ردينة)
                                                             # -> the person named in full; None: two
        self.given_surnames: dict[str, Entity | None] = {}   # a family name that is also a first name
                                                             # (صالح) -> that person; None: two persons
        self.surname_edges: set[tuple[str, str]] = set()    # their (first, last) letters: see surnames()
        self.surname_skeletons: dict[str, list[str]] = {}    # kg.variants.skeleton -> family names
        self._surname_memo: dict[str, Entity | None] = {}      # surname() of a word, until one is added
        self.folded = None                                   # the article's Folded view
        self._ala: bool | None = None                        # written_ali(): the article writes على
        self._counts: Counter | None = None                  # count()
        self.focus_country = ""                              # the country the article is about
        self.country_weight: dict[str, int] = {}             # country -> how much the article points to it
        self.sentence_country = ""                           # the country of the sentence's places
        self.sentence_cands: list = []                       # the sentence's lexicon hits (for the above)
        self.sentence_chosen: list = []                      # ... that do not overlap, longest first

    def written_ali(self, sa: SentenceAnalysis, k: int) -> bool:
        """Word k of the sentence is the first name علي, which folding spells as على ("on"), so that the
        name model cannot tell them apart: written with ي in an article that writes على with its ى."""
        if sa.tokens[k] != "علي":
            return False
        if self._ala is None:
            self._ala = re.search(r"(?<!\w)على(?!\w)", self.doc.text) is not None
        s, e = self.folded.span(sa.starts[k], sa.ends[k])
        return self._ala and self.doc.text[s:e] == "علي" and not _DIACRITIC_RE.match(self.doc.text, e)
        # (not عليّ, "upon me")

    def count(self, word: str) -> int:
        """How often the article writes the folded word."""
        if self._counts is None:
            self._counts = Counter(self.folded.text.split())
        return self._counts.get(word, 0)

    def named_by_first(self, word: str) -> Entity | None:
        """The one person named earlier in the article, in full, whose first name ``word`` is (حيدر after
        حيدر العبادي), or None."""
        seen, by_first = self._by_first
        for m in self.mentions[seen:]:          # the mentions added since the last call
            if m.entity.type == "Person" and m.kind == "name" and " " in m.entity.label_ar:
                words = fold_string(m.entity.label_ar).split()
                first = " ".join(words[:2]) if words[0] in FIRST_OF_TWO and len(words) > 2 else words[0]
                by_first.setdefault(first, {})[m.entity.id] = m.entity      # عبد ربه of عبد ربه منصور هادي
        self._by_first = (len(self.mentions), by_first)
        found = by_first.get(word, {})
        return next(iter(found.values())) if len(found) == 1 else None

    def full_names(self) -> dict[str, list[tuple[str, ...]]]:
        """The persons' names of two or more words the model read in the article, by first word."""
        if self._full is None:
            self._full = {}
            for typ, name in self.memory.values():
                if typ == "PERS" and len(name) >= 2 and name[0].isalpha():
                    self._full.setdefault(strip_clitics(name[0])[1], []).append(name)
            for v in self._full.values():
                v.sort(key=len, reverse=True)
            self.full_name_ends = frozenset(k[-3:] for k in self._full)
        return self._full

    def add_surname(self, last: str, ent: Entity) -> None:
        if last not in self.surnames:
            self.surnames[last] = ent
            folded = last.translate(SAME_LETTERS)
            self.surname_edges.add((folded[0], folded[-1]))
            self.surname_skeletons.setdefault(skeleton(last), []).append(last)
            self._surname_memo.clear()

    def renamed(self, old: Entity, new: Entity) -> None:
        """A person first read by part of the name is the whole name's entity: their family name too."""
        for names in (self.surnames, self.given_surnames):
            for last, ent in names.items():
                if ent == old:
                    names[last] = new
        self._surname_memo.clear()

    def surname(self, word: str) -> Entity | None:
        """The person named in full earlier whose family name ``word`` is, spelt as then or as a
        variant of it (هويدي … هويدى، ميستورا … مستورا)."""
        try:
            return self._surname_memo[word]
        except KeyError:
            got = self._surname_memo[word] = self._find_surname(word)
            return got

    def _find_surname(self, word: str) -> Entity | None:
        ent = self.surnames.get(word)
        if ent is None and len(word) >= 4 and not word.startswith("ال"):
            for last in self.surname_skeletons.get(skeleton(word), ()):
                if vowel_variant(word, last) or same_letters(last) == same_letters(word):
                    return self.surnames[last]
        return ent

    def remember(self, ent: Entity, heads=()) -> None:
        hs = set(self.lex.heads.get(ent.id, ())) | self.heads.setdefault(ent.id, set())
        hs |= set(heads)
        self.heads[ent.id] |= set(heads)
        self.history.append((ent, frozenset(hs)))

    def resolve_person_of(self, country: str, heads: frozenset) -> Entity | None:
        """The last person of the country named whom the article or the lexicon gave one of the title's
        heads (وزير الداخلية اليمني: the Yemeni named as minister, not the last Yemeni named)."""
        for ent, hs in reversed(self.history[-40:]):
            if ent.type == "Person" and ent.country == country and hs & heads:
                return ent
        return None

    def resolve(self, an: Anaphor) -> Entity | None:
        for ent, heads in reversed(self.history[-40:]):
            if heads & set(an.heads) and ent.type in an.types:
                return ent
        for focus in [c for c in dict.fromkeys((self.sentence_country, self.focus_country)) if c] or [""]:
            for country, eid in an.defaults:
                # النظام، المعارضة: a domain convention when nothing in the article fits, only where the
                # sentence's places or the article are about that country (not the regime of Myanmar in
                # an article about Myanmar; the Syrian regime in a sentence about Daraa)
                ent = self.lex.entities[eid]
                if (country or ent.country) == focus or not (country or ent.country) or not focus:
                    return ent
        if an.defaults:
            return None
        if "Facility" in an.types:
            # المطار in an article about Deir ez-Zor: the lexicon's airport of Deir ez-Zor
            places = [e.id for e, _ in reversed(self.history) if e.type in ("Place", "Country")]
            for pid in places:
                for h in an.heads:
                    for fid in self.lex.facilities_by_head.get(h, ()):
                        if self.lex.entities[fid].located_in == pid:
                            return self.lex.entities[fid]
            return None
        if "Person" in an.types or "Place" in an.types:
            return None    # الأمين العام is not whoever was named last
        if an.generic:
            return None    # الحكومة with no government named: the country's (not the air force named last)
        return None


# --- one sentence ---------------------------------------------------------------------------------

def _national_bodies(lex: Lexicon) -> dict[tuple[str, str], str]:
    """(a body's name, country) -> the lexicon's entity named so with the country's nisba after it
    (مجلس النواب، iraq -> iraqi_parliament, from مجلس النواب العراقي)."""
    def make(lx: Lexicon) -> dict:
        out = {}
        for e in lx.entities.values():
            if e.type not in ("Government", "Organization") or not e.country:
                continue
            for form in (e.label_ar, *e.aliases_ar):
                words = fold_string(form).split()
                if len(words) >= 3 and any(h.kind == DEMONYM and h.ref == e.country for h in lx.lookup(words[-1])):
                    out.setdefault((" ".join(words[:-1]), e.country), e.id)
        return out
    return lexicon_value(lex, "national_bodies", make)


def _select(cands: list[_Cand]) -> list[tuple[_Cand, list[tuple[Hit, str]]]]:
    """Non-overlapping hits, longest first; on equal spans the more specific kind wins and the
    others are kept as alternatives (المطار: a place noun, or an anaphor when no name follows)."""
    ordered = sorted(cands, key=lambda c: (-(c.fe - c.fs), _PRIORITY[c.kind], c.fs))
    taken: list[tuple[_Cand, list[tuple[Hit, str]]]] = []
    by_span: dict[tuple[int, int], list[tuple[Hit, str]]] = {}
    occupied: list[tuple[int, int]] = []
    for c in ordered:
        span = (c.fs, c.fe)
        if span in by_span:
            by_span[span].append((c.hit, c.suffix))
            continue
        if any(c.fs < e and s < c.fe for s, e in occupied):
            continue
        by_span[span] = [(c.hit, c.suffix)]
        taken.append((c, by_span[span]))
        occupied.append(span)
    taken.sort(key=lambda x: x[0].fs)
    return taken


def _trim_title(it: Item, sa: SentenceAnalysis, lex: Lexicon) -> None:
    titles = lex.words["_titles"]
    for n in (3, 2, 1):
        if it.j - it.i > n:
            head = " ".join(sa.tokens[it.i:it.i + n])
            head = head[len(it.clitic):] if it.clitic and head.startswith(it.clitic) else head
            if head in titles:
                it.i += n
                it.fs = sa.starts[it.i]
                it.clitic = ""
                return


_DESCRIPTORS = frozenset(fold_string(w) for w in (
    "حركة", "تنظيم", "جماعة", "شركة", "صحيفة", "جريدة", "مجلة", "وكالة", "قناة", "نادي", "فريق", "دولة"))


def _trim_descriptor(it: Item, sa: SentenceAnalysis, lex: Lexicon) -> None:
    head = sa.tokens[it.i][len(it.clitic):] if it.clitic else sa.tokens[it.i]
    head = "ال" + head[1:] if it.clitic.endswith("ل") and head.startswith("ل") and not head.startswith("ال") else head
    if head.removeprefix("ال") not in _DESCRIPTORS:
        return
    rest = " ".join(sa.tokens[it.i + 1:it.j])
    if any(h.kind == ENT and h.ref == it.entity.id for h in lex.lookup(rest)):
        it.i += 1
        it.fs = sa.starts[it.i]
        it.clitic = ""


def _english_name(head: str, name: str) -> str:
    """A place noun's English (place_nouns.tsv label_en) with the name: "{} Camp" is the default order
    (Zaatari Camp, Al-Ahli Council); a template says otherwise (Wadi {}, Mount {}, Ministry of {})."""
    if "{}" in head:
        return head.replace("{}", name.removeprefix("of "))
    if name.startswith("of "):      # مجلس الوزراء: Council of Ministers (noun_en "of Ministers")
        return f"{head[:1].upper() + head[1:]} {name}"
    return f"{name} {head[:1].upper() + head[1:]}"


def _english_order(words: list[str]) -> str:
    """English words of an Arabic name put in English order: modifiers before the head, reversed from
    the Arabic, but a coordinated pair kept in its order (لجنة الأمن والدفاع: Security and Defence)."""
    groups: list[str] = []
    for w in words:
        if w.startswith("and ") and groups:
            groups[-1] = f"{groups[-1]} {w}"
        else:
            groups.append(w)
    return " ".join(reversed(groups))


def focus_country(cands: list, lex: Lexicon,
                  kinds=("Country", "Place", "Facility", "Government", "ArmedGroup")) -> str:
    """The country an article is about: the one its names point to most (a country named, or the
    country of a place, facility or group it names; places count double); the first named on a tie.
    "" when none. ``kinds``: the entity types that count."""
    return _top_country(*country_counts(cands, lex, kinds))


def _top_country(count: dict, first: dict) -> str:
    return min(count, key=lambda k: (-count[k], first[k])) if count else ""


def country_counts(cands: list, lex: Lexicon,
                   kinds=("Country", "Place", "Facility", "Government", "ArmedGroup")) -> tuple[dict, dict]:
    """(country -> weight of the names that point to it, country -> where it is first pointed to)."""
    count: dict[str, int] = {}
    first: dict[str, int] = {}
    for c in cands:
        if c.hit.kind not in (ENT, DEMONYM):
            continue
        e = lex.entities[c.hit.ref]
        if e.type not in kinds:
            continue     # a company or a newspaper says little about where the story is
        cid = e.id if e.type == "Country" else e.country
        if not cid or cid not in lex.entities or lex.entities[cid].type != "Country":
            continue
        # a town or a base says where the story is more than a country named as an actor does
        count[cid] = count.get(cid, 0) + (2 if e.type in ("Place", "Facility") else 1)
        first.setdefault(cid, c.fs)
    return count, first


def _as_read(cands: list, folded, text: str) -> list:
    """The lexicon hits (sorted by start) that say where an article is: not a hit inside a longer one
    (نيويورك in نيويورك تايمز, a paper), not a name in quotation marks (ل"الرياض": the paper quoted)."""
    out, reach, span = [], -1, None
    for c in sorted(cands, key=lambda c: (c.fs, -c.fe)):
        inside = reach >= c.fe and span != (c.fs, c.fe)
        if c.fe > reach:
            reach, span = c.fe, (c.fs, c.fe)
        if inside:
            continue
        if not _quote_before(text, folded, c.fs):
            out.append(c)
    return out


def _quote_before(text: str, folded, fs: int) -> bool:
    """Whether a quotation mark opens right before folded offset ``fs`` of the article (ل"الرياض"، «الحياة»)."""
    ms = folded.span(fs, fs + 1)[0]
    return any(q in text[max(ms - 2, 0):ms] for q in _OPEN_QUOTES)


def _tok_index(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def _sentence_items(sa: SentenceAnalysis, cands: list[_Cand], state: _DocState,
                    reading: Reading | None = None) -> list[Item]:
    lex = state.lex
    starts = sa.starts
    # the country the sentence's own places are in (درعا في جنوب سوريا in an article about Turkey); not a
    # place inside a person's name (صلاح الدين in صلاح الدين دميرتاش, a Turkish politician)
    persons = [(c.fs, c.fe) for c in cands if c.kind == ENT and lex.entities[c.hit.ref].type == "Person"]
    state.sentence_country = focus_country(
        [c for c in cands if not any(a <= c.fs and c.fe <= b and (a, b) != (c.fs, c.fe) for a, b in persons)],
        lex, kinds=("Country", "Place", "Facility"))
    state.sentence_cands = cands
    chosen = _select(cands)
    state.sentence_chosen = [c for c, _ in chosen]
    items: list[Item] = []
    for c, alts in chosen:
        i = _tok_index(starts, c.fs)
        j = _tok_index(starts, c.fe - 1) + 1
        it = Item(kind="", i=i, j=j, fs=c.fs, fe=c.fe, clitic=c.clitic, gender=c.hit.gender, tense=c.hit.tense,
                  alts=tuple(h for h, _ in alts), suffixes=tuple(sf for _, sf in alts), suffix=c.suffix)
        h = c.hit
        if h.kind == ENT:
            it.kind, it.entity, it.mention_kind = "ent", lex.entities[h.ref], "name"
            if it.entity.type == "Person" and j - i > 1:
                _trim_title(it, sa, lex)       # الملك عبدالله الثاني: the name without the title
            elif j - i > 1:
                _trim_descriptor(it, sa, lex)  # حركة حماس: the name proper, when it is a name too
        elif h.kind == DEMONYM:
            it.kind, it.entity, it.mention_kind = "ent", lex.entities[h.ref], "demonym"
        elif h.kind == TRIGGER:
            it.kind, it.trigger = "trigger", h.ref
        elif h.kind == WORD:
            it.kind, it.word = "word", h.ref
        elif h.kind == TITLE:
            it.kind, it.title = "title", h.ref
        elif h.kind == PLACE_NOUN:
            it.kind, it.ref = "pnoun", h.ref
        elif h.kind == ANAPHOR:
            it.kind, it.ref = "anaphor", h.ref
        elif h.kind == GENERIC:
            it.kind, it.ref = "generic", h.ref
        items.append(it)
    return _Builder(sa, items, state, reading).run()


class _Builder(PersonLinks):
    """Turn raw hits of one sentence into entity items (open-class names, anaphora, titles)."""

    def __init__(self, sa: SentenceAnalysis, items: list[Item], state: _DocState, reading: Reading | None = None):
        super().__init__(sa, state)
        self.items = items
        self.reading = reading or Reading([])     # its names already cut (Words.cut)
        self.vetoed: set[int] = set()     # words read as no name by a rule (المدينة السكنية): not the model's either
        self.name_at = {k: sp for sp in self._as_read_elsewhere(list(self.reading.names)) for k in range(sp[0], sp[1])}
        self.at: dict[int, Item] = {}
        for it in items:
            for k in range(it.i, it.j):
                self.at.setdefault(k, it)

    def _as_read_elsewhere(self, names: list[tuple]) -> list[tuple]:
        """A person's full name the model read in another sentence of the article is that person's
        name here too, whatever the model reads over its words here (برناردينو [ليون] after إلى ليبيا,
        read as a place: برناردينو ليون, the envoy named so elsewhere)."""
        full = self.state.full_names()
        if not full:
            return names
        toks = self.tokens
        found = []
        ends = self.state.full_name_ends
        for k, t in enumerate(toks):
            if t[-3:] not in ends:
                continue
            for name in full.get(strip_clitics(t)[1], ()):
                if tuple(toks[k + 1:k + len(name)]) == name[1:] and (k == 0 or toks[k] == name[0]
                                                                      or strip_clitics(toks[k])[1] == name[0]):
                    found.append((k, k + len(name), "PERS"))
                    break
        # not inside a longer name the model reads here (سالم بن فريد, where بن فريد was read alone)
        found = [f for f in found if not any(a <= f[0] and f[1] <= b and b - a > f[1] - f[0]
                                             for a, b, typ in names if typ == "PERS")]
        if not found:
            return names
        taken = {x for a, b, _ in found for x in range(a, b)}
        return sorted([n for n in names if not any(x in taken for x in range(n[0], n[1]))] + found)

    def name_tokens(self, k: int, kind: str) -> int:
        """How many tokens from k form a name (0 if none). kind: person | place | org."""
        n = words = 0
        limit = 3 if kind == "person" else (3 if kind == "org" else 2)
        given = self.w.get("given_name", ())
        particles = self.w.get("name_particle", ())
        while k + n < len(self.tokens) and (n < limit + 1 or self.tok(k + n - 1) in FAMILY):
            t = self.tok(k + n)
            if not t or not _LETTER_RE.match(t) or t.isdigit():
                break
            if n > 0 and self.tok(k + n - 1) in FAMILY and _LETTER_RE.match(t) and t[0] not in "وف":
                n += 1        # آل الشيخ، آل سعود: the word after آل is the family's name, whatever else it is
                words += 1
                continue
            if n > 0 and kind != "person" and ("letter", t) in self.lex.word_values and not self.is_stop(t) \
                    and ("letter", self.tok(k + n - 1)) in self.lex.word_values:
                n += 1        # بي واي دي: an acronym spelt out goes on (واي is a letter, not و; إن is "that")
                continue
            if (k + n) in self.at:
                it = self.at[k + n]
                # a nisba right after a first name is a family name (فراس العراقية، محمد المصري)
                if not (kind == "person" and n == 1 and it.mention_kind == "demonym" and it.j == k + n + 1
                        and self.tok(k) in self.w.get("given_name", ())):
                    break
            if self.ends_name(k + n, n, kind) and not (kind == "person" and self.model_family_name(k + n)):
                break
            if kind == "person":
                if n == 0 and t.startswith("ال"):
                    break
                if t not in particles:
                    prev = self.tok(k + n - 1) if n else ""
                    if words == 2:    # a third name word: compound names and chains with بن / آل only
                        second = next(x for x in reversed(self.span_text(k, k + n)) if x not in particles)
                        if not (prev in particles or t in NAME_ENDINGS or t in given or second in given
                                or prev == "الدين"):
                            break       # (عز الدين الأصبحي: a first name in two words, then the family's)
                        if t.startswith("ال") and prev.startswith("ال") and t not in NAME_ENDINGS \
                                and prev != "الدين":
                            break
                    if words >= 3 and prev not in particles:
                        break
                    if words >= 5:
                        break
                    words += 1
            else:
                if n == limit and self.tok(k + n - 1) not in particles:
                    break
                if kind == "place" and n and self.tok(k + n - 1).startswith("ال") and not t.startswith("ال") \
                        and t not in given and t not in particles and not self.lex.lookup(t):
                    break     # سجن الحائر [سمعت]: a word without the article after one with it begins another
                    #          phrase (مطار الملك خالد, مسجد الحسين بن علي: a first name goes on)
            n += 1
            if t in particles and k + n < len(self.tokens):
                continue
        # a name may not end on a particle (عبد، أبو)
        while n and self.tok(k + n - 1) in particles:
            n -= 1
        return n

    # the statistical name recogniser (kg/name_model.py): what is a name, and where it ends
    def model_names(self) -> dict[int, tuple[int, int, str]]:
        """token -> (i, j, type) of the name the model reads over it."""
        return self.name_at

    def fit_name(self, k: int, n: int, types: tuple = ("PERS", "LOC", "ORG")) -> int:
        """The length of a name a pattern read at token k as n tokens, as the model reads it: 0 when
        the model sees no name of ``types`` there, the model's end when its name starts at k (up to a
        word another item covers), else n."""
        span = self.model_names().get(k)
        if span is None or span[2] not in types:
            return 0
        i, j, _ = span
        if i != k:
            return n
        end = k + 1
        kind = PATTERN_KINDS[span[2]]
        while end < j and (end not in self.at or self.at[end].mention_kind == "demonym"
                           or self.tok(end - 1) in FAMILY) \
                and (self.tok(end - 1) in FAMILY or not self.ends_name(end, end - k, kind)
                     or kind == "person" and self.model_family_name(end)):
            end += 1      # the model's name, up to a word no name has (معسكر لبوزة [لاتزال]) or an item
        while end > k + 1 and self.tok(end - 1) in self.w.get("name_particle", ()):
            end -= 1       # a name does not end on بن، أبو
        return end - k

    def model_family_name(self, k: int) -> bool:
        """``family_after_father`` where the model reads word k as the last of a person's name."""
        span = self.name_at.get(k)
        return span is not None and span[2] == "PERS" and span[1] == k + 1 and self.family_after_father(k)

    def doubtful(self, k: int, ent: Entity) -> bool:
        """Word k is a name of ``ent`` that is also a common word (words.tsv ambiguous: مالي، السلمية،
        العربي) and the model reads no name there."""
        if k in self.name_at:
            return False
        if ent.type in LOCATION_TYPES and k > 0 and strip_clitics(self.tok(k - 1))[1] in _COMPASS:
            return False      # شمال مالي: what a compass point is north of is a place, not "financial"
        values = self.lex.word_values
        pre, stem = strip_clitics(self.tok(k))
        word = self.tok(k)[len(pre):]
        return any(values.get(("ambiguous", f)) == ent.id for f in (word, stem, "ال" + stem))

    def fit_pattern(self, k: int, n: int, types: tuple = ("PERS", "LOC", "ORG")) -> int:
        """``fit_name`` for a pattern's name (after a title, a place noun, a nationality); a known given
        name the model does not read as a name, or reads alone, keeps the pattern's reading (المهندس
        إبراهيم محلب: not a man called Ibrahim)."""
        if n == 0:
            return 0
        m = self.fit_name(k, n, types)
        return n if self.tok(k) in self.w.get("given_name", ()) and m <= 1 else m

    def reconcile(self, out: list[Item]) -> None:
        """Where the model reads a name differently from a lexicon form or a pattern: a name inside
        the item of the same kind (مكة in مكة المكرمة, حزب الله in حزب الله اللبناني) sets the mention's
        extent, the item keeps its entity; a longer name around it that is another thing (دينامو كييف:
        a club, not the city; عبدالله بن خليفة العطية: not the lexicon's خالد العطية) replaces it."""
        names = self.model_names()
        if not names:
            return
        for it in list(out):
            if it.kind != "ent" or it.mention_kind != "name":
                continue
            if not any(k in names for k in range(it.i, it.j)):
                if it.j - it.i > 1 and it.entity.origin != "text" and self._description(it):
                    it.nominal_mention = True
                continue
            if (a_b := names.get(it.i)) and a_b[:2] == (it.i, it.j) and a_b[2] == "ORG" \
                    and it.entity.type in LOCATION_TYPES and (org := self._named_org(it.i, it.j)) is not None:
                it.entity, it.alts = org, ()         # الشرق الأوسط the paper, برشلونة the club: not the place
            spans = {names[k] for k in range(it.i, it.j) if k in names}
            if len(spans) != 1:
                continue
            a, b, typ = spans.pop()
            same = _MODEL_TYPES.get(typ) == it.entity.type or (typ == "LOC" and it.entity.type in LOCATION_TYPES) \
                or (typ == "ORG" and it.entity.type not in LOCATION_TYPES and it.entity.type != "Person")
            alone = it.entity.type == "Person" and b - a == 1 and self.tok(a) in self.w.get("given_name", ())
            if it.i <= a and b <= it.j and (a, b) != (it.i, it.j) and same and not self._headed(it) and not alone \
                    and not (a == it.i + 1 and self.state.written_ali(self.sa, it.i)) \
                    and not (it.entity.type == "Person" and b == it.j and self.written_as_name(it.i)
                             and self.clitic_of(self.tok(it.i))[1] in self.w.get("given_name", ())) and (
                        # (رائد شاكر جودت, though the model reads only جودت: the first name stays)
                    it.entity.origin == "text" or self._names_entity(a, b, it.entity) or self._noun_before(it, a, b)):
                fs = it.fs if a == it.i else self.sa.starts[a]
                fe = it.fe if b == it.j else self.sa.ends[b - 1]
                it.name_span = (fs, fe)
                if it.entity.origin == "text" and it.entity.type != "Person":
                    # منطقة سناح [أسر]: a place's entity is the name its mention says (a person's pattern
                    # — a title, بن and آل — reads a name better than the model)
                    word = self.clitic_of(self.tok(a))[1] if a == it.i else self.tok(a)
                    old, it.entity = it.entity, self.new_entity(it.entity.type, [word] + self.span_text(a + 1, b))
                    self.state.renamed(old, it.entity)
            elif a <= it.i and it.j <= b and (a, b) != (it.i, it.j):
                if self._other_thing(it, a, b, typ, out):
                    self._replace(out, it, a, b, typ)
                elif typ == "PERS" and it.entity.type == "Person" and not any(
                        x is not it and x.kind == "ent" and x.i < b and a < x.j for x in out):
                    clitic, word = self.clitic_of(self.tok(a))
                    it.name_span = (self.sa.starts[a] + len(clitic), self.sa.ends[b - 1])   # جان - إيف لودريان
                    self._whole_name(it, [word] + self.span_text(a + 1, b))   # وليد بن محمد الصمعاني

    def _whole_name(self, it: Item, tokens: list[str]) -> None:
        """A person found in the text by part of the name, read longer: the item is the whole name's
        entity, and so is the family name alone later (a lexicon person stays as it is)."""
        if it.entity.origin == "text" or another_first_name(self.lex, tokens, it.entity.id):
            # (أبو عمر البغدادي: not the lexicon's أبو بكر البغدادي, a namesake named in full)
            old, it.entity = it.entity, self.new_entity("Person", tokens)
            self.state.renamed(old, it.entity)

    def _headed(self, it: Item) -> bool:
        """A name built on a place noun that is part of it (مطار كابول، مستشفى جنين): its mention is the
        whole phrase, not the place the model reads inside it."""
        if it.entity.origin != "text" or it.entity.type not in ("Facility", "Organization"):
            return False
        first = self.tok(it.i)[len(it.clitic):]
        return any(h.kind == PLACE_NOUN and h.ref.keep for h in self.lex.lookup(first))

    def _description(self, it: Item) -> bool:
        """A lexicon form that is a common noun and nationality adjectives (الجيش اللبناني، الحكومة
        العراقية): a definite description, not a name, when the model reads no name in it."""
        first = self.tok(it.i)[len(it.clitic):]
        if first not in self.w["_stop"] and first.removeprefix("ال") not in self.w.get("force", ()) \
                and first.removeprefix("ال") not in self.w.get("head", ()):
            return False
        rest = [self.tok(k) for k in range(it.i + 1, it.j)]
        return all(any(h.kind == DEMONYM for h in self.lex.lookup(t)) for t in rest)

    def _named_org(self, i: int, j: int) -> Entity | None:
        """The lexicon's organisation that goes by the words [i, j) without its head noun: الجزيرة for
        قناة الجزيرة, برشلونة for نادي برشلونة."""
        clitic, word = self.clitic_of(self.tok(i))
        eid = _org_names(self.lex).get(" ".join([word, *self.span_text(i + 1, j)]))
        return self.lex.entities[eid] if eid else None

    def _noun_before(self, it: Item, a: int, b: int) -> bool:
        """[a, b) is ``it`` without a place noun that is not part of names (مدينة مشهد -> مشهد), as kg
        reads مدينة حلب."""
        if b != it.j or a != it.i + 1:
            return False
        head = self.tok(it.i)[len(it.clitic):]
        return any(h.kind == PLACE_NOUN and not h.ref.keep for h in self.lex.lookup(head))

    def _names_entity(self, a: int, b: int, ent: Entity) -> bool:
        """Tokens [a, b) are a lexicon form of ``ent`` (حزب الله of حزب الله اللبناني)."""
        clitic, word = self.clitic_of(self.tok(a))
        key = " ".join([word, *self.span_text(a + 1, b)])
        return any(h.kind == ENT and h.ref == ent.id for h in self.lex.lookup(key))

    def _other_thing(self, it: Item, a: int, b: int, typ: str, out: list[Item]) -> bool:
        """The model's name [a, b) around ``it`` names something else than ``it``'s entity."""
        if any(x is not it and x.kind != "ent" and x.i < b and a < x.j for x in self.items):
            return False                  # a trigger or a verb inside: not one name
        if any(x is not it and x.kind == "ent" and x.mention_kind == "name" and x.i < b and a < x.j
               and not (a <= x.i and x.j <= b) for x in (*self.items, *out)):
            return False                  # crosses another name (مستشفى الحرس الوطني | بجدة)
        ent = it.entity
        if typ == "ORG" and ent.type in LOCATION_TYPES:
            return True                   # a club, a company, a council named after its city
        if typ == "PERS" and ent.type != "Person" and b - a > it.j - it.i:
            return True                   # صلاح الدين عبد الكريم, كريستوفر ماكدونالد: a person, not the province or the firm
        if typ == "PERS" and ent.type == "Person" and a < it.i and ent.origin != "text":
            known = {w for f in (ent.label_ar, *ent.aliases_ar) for w in fold_string(f).split()}
            extra = [self.tok(k) for k in range(a, it.i)]
            first = extra[0][len(self.clitic_of(extra[0])[0]):]
            return first not in known     # عبدالله بن خليفة العطية is not خالد العطية; انطونيو غوتيريش is غوتيريش
        return False

    def _replace(self, out: list[Item], old: Item, a: int, b: int, typ: str) -> None:
        """The items inside tokens [a, b) give way to one text entity of the model's type."""
        clitic, word = self.clitic_of(self.tok(a))
        ent = self.new_entity(_MODEL_TYPES[typ], [word] + self.span_text(a + 1, b))
        item = Item(kind="ent", i=a, j=b, fs=self.sa.starts[a] + len(clitic), fe=self.sa.ends[b - 1],
                    clitic=clitic, entity=ent, mention_kind="name", weak=old.weak or ent.origin == "text")
        out[:] = [x for x in out if not (x.kind == "ent" and a <= x.i and x.j <= b)] + [item]
        self.state.remember(ent)

    def model_only(self, out: list[Item]) -> None:
        """Names the model reads where no lexicon form and no pattern found anything: text entities."""
        names = self.model_names()
        if not names:
            return
        # words taken, but not by a place noun or an anaphor that introduced nothing (الجزيرة: the island,
        # or the channel; ريف حماة: taken)
        starts = {it.i for it in out}
        covered = {k for it in out for k in range(it.i, it.j)} | {
            k for it in self.items if it.kind not in ("pnoun", "anaphor") or it.j in starts for k in range(it.i, it.j)}
        nouns = {k for it in self.items if it.kind in ("pnoun", "anaphor") for k in range(it.i, it.j)}
        given = self.w.get("given_name", ())
        for i, j, typ in sorted(set(names.values())):
            if typ == "PERS" and j - i >= 2 and i in covered and not any(k in covered for k in range(i + 1, j)) \
                    and self.clitic_of(self.tok(i))[1] in given \
                    and any(x.kind == "trigger" and x.i == i and x.j == i + 1 for x in out):
                # صدام حسين، منصور هادي: a first name that is also an event word (صدام "clash") starts the
                # person's name the model reads
                out[:] = [x for x in out if not (x.kind == "trigger" and x.i == i)]
                covered.discard(i)
            if any(k in covered or k in self.vetoed for k in range(i, j)):
                continue
            if typ != "ORG" and all(k in nouns for k in range(i, j)):
                continue      # الريف: the countryside, a common noun, though the model reads a place
            clitic, word = self.clitic_of(self.tok(i), heads=typ == "ORG")      # لهيئة كبار العلماء: ل + هيئة
            toks = [word] + self.span_text(i + 1, j)
            etype = _MODEL_TYPES[typ]
            if etype == "Person" and (j - i == 1 and word in self.w.get("given_name", ())
                                      and self.state.surname(word) is None or j - i == 2 and word == "عبد"):
                continue      # محمد، عبد الرحمن alone: a first name says who to no one (every Muhammad would be one node)
            if j - i == 1 and self._no_name_alone(word, etype == "Person"):
                continue      # الغربي، تنظيم، شابان: see _no_name_alone
            if etype != "Person" and (word in common_words(self.lex) or word in self.lex.body_heads) and all(
                    not t.startswith("ال") and t.endswith(("ي", "يه")) and len(t) > 3 for t in toks[1:]):
                continue      # منظمة إرهابية: "a terrorist organisation", a noun and adjectives without the article
            letters = [self.lex.word_values.get(("letter", t)) for t in toks]
            m = next((x for x, v in enumerate(letters) if not v), len(letters))
            if 2 <= m < len(toks) and toks[m].startswith("و"):
                # بي تي آر [وقاذفات]: the letters are the name; "and launchers" begins another phrase
                j, toks, letters = i + m, toks[:m], letters[:m]
            while all(letters) and i > 0 and i - 1 not in covered and (
                    first := self.lex.word_values.get(("letter", self.tok(i - 1)))):
                i, clitic = i - 1, ""        # واي [بي جي]: a letter the model left out begins the acronym
                toks, letters = [self.tok(i), *toks], [first, *letters]
            if len(toks) >= 2 and all(letters):
                # بي تي آر، إم بي سي: Latin letters spelt out, an acronym, no person's name
                if self._equipment(letters):
                    continue      # بي تي آر: BTR, a vehicle (words.tsv equipment), no organisation
                etype, en = "Organization", "".join(x.split(" | ")[0] for x in letters)
            else:
                en = None
            ent = (self._named_org(i, j) if typ == "ORG" else None) or self.new_entity(etype, toks, en=en)
            item = Item(kind="ent", i=i, j=j, fs=self.sa.starts[i] + len(clitic), fe=self.sa.ends[j - 1],
                        clitic=clitic, entity=ent, mention_kind="name", weak=True)
            self.emit(item, out)
            if etype == "Person" and j - i >= 2:
                self._learn_surname(self.tok(j - 1), ent)
            covered.update(range(i, j))

    def _no_name_alone(self, word: str, person: bool) -> bool:
        """A word that is no name alone: one kg's lists know as a common word (الغربي، تنظيم), or, for a
        person, the dual or plural of one that is no first name (أصيب شابان: "two young men")."""
        common = common_words(self.lex)
        if word in common or strip_clitics(word)[1] in common:
            return True
        return person and len(word) >= 5 and word.endswith(("ان", "ين", "ون")) \
            and word not in self.w.get("given_name", ()) and (word[:-2] in common or "ال" + word[:-2] in common)

    def remembered(self, out: list[Item]) -> None:
        """A word the model read as a name elsewhere in the article (a one-word name, or a person's
        family name) is that name here too (جوزيه … ويخشى جوزيه; اليكس فيشمان … قال فيشمان)."""
        memory, words = self.state.memory, self.state.remembered
        if not words:
            return
        covered = None
        given = self.w.get("given_name", ())
        for k, t in enumerate(self.tokens):
            if t not in words:
                continue
            pre, bare = strip_clitics(t)
            got = memory[bare]
            clitic, word = self.clitic_of(t)
            if pre and not clitic and bare in got[1] and t not in got[1] and not bare.startswith("ال"):
                clitic, word = pre, bare      # لماندريكو after كارلوس ماندريكو: ل + the name
            if covered is None:
                covered = self._covered(out)
            if k in covered or k in self.vetoed or self.is_stop(t) or self._clitic_stop(t) or self._suffix_stop(t):
                continue
            typ, name = got
            if len(name) == 2 and k > 0 and self._first_word_before(k, name, out, covered):
                continue
            if len(name) == 1 and self._no_name_alone(word, typ == "PERS"):
                continue      # تنظيم («داعش»): a common word is no name alone, wherever the model read it
            ent = self.state.surname(word) if typ == "PERS" else None
            if ent is not None and self.doubtful(k, ent):
                continue
            if ent is None:
                clitic0, word0 = self.clitic_of(name[0])
                if typ == "PERS" and len(name) == 1 and word0 in given:
                    continue      # a first name alone (see model_only)
                ent = self.new_entity(_MODEL_TYPES[typ], [word0, *name[1:]])
                if ent.origin == "text" and first_name_alone(ent.label_ar):
                    continue      # [عبد] العزيز: a first name of two words alone, no one (lone_first_names)
            item = Item(kind="ent", i=k, j=k + 1, fs=self.sa.starts[k] + len(clitic), fe=self.sa.ends[k],
                        clitic=clitic, entity=ent, mention_kind="name", weak=True)
            self.emit(item, out)
            covered.add(k)

    def _first_word_before(self, k: int, name: tuple, out: list[Item], covered: set[int]) -> bool:
        """Word k is the last of a two-word name read elsewhere in the article and the word before is its
        first, free or read alone as a name of its own (خور [مكسر] after خور المكسر): one mention of the
        whole name; whether one was made."""
        prev = self.tok(k - 1)
        if not all(a.removeprefix("ال") == b.removeprefix("ال") for a, b in zip((prev, self.tok(k)), name)):
            return False
        alone = next((x for x in out if x.kind == "ent" and x.i == k - 1 and x.j == k), None)
        if k - 1 in covered and not (alone is not None and alone.weak and alone.entity.origin == "text"
                                     and alone.entity.label_ar == prev):
            return False
        if alone is not None:
            out.remove(alone)
        typ = self.state.memory[strip_clitics(self.tok(k))[1]][0]
        ent = self.new_entity(_MODEL_TYPES[typ], list(name))
        if ent.origin == "text" and first_name_alone(ent.label_ar):
            return True   # عبد العزيز alone: a first name, no one (lone_first_names)
        self.emit(Item(kind="ent", i=k - 1, j=k + 1, fs=self.sa.starts[k - 1], fe=self.sa.ends[k],
                       entity=ent, mention_kind="name", weak=True), out)
        covered.update((k - 1, k))
        return True

    def new_entity(self, etype: str, ar_tokens: list[str], en: str | None = None, country: str = "",
                   located_in: str = "", id_tokens: list[str] | None = None) -> Entity:
        """An entity found in the text; its id depends only on its type and folded name."""
        ar = " ".join(ar_tokens)
        key = fold_string(ar)
        if etype == "Person":
            key = " ".join(kunya(key.split(), self.w.get("given_name", ())))
        if (known := spelled_acronym(self.lex, key)) is not None:
            return known          # (حزب) بي كيه كيه: the lexicon's PKK
        # The name may be a lexicon entry after all (with a place noun kept: مطار دير الزور).
        # a final hamza after alef is written or dropped (المخاء، المخا; صنعاء، صنعا)
        hamza = (key[:-1] if key.endswith("اء") else key + "ء" if key.endswith("ا") else None) \
            if etype in LOCATION_TYPES else None
        for k in (key, fold_string(" ".join(id_tokens)) if id_tokens else None, hamza):
            for hit in self.lex.lookup(k) if k else ():
                if hit.kind == ENT and (etype != "Place" or self.lex.entities[hit.ref].type in LOCATION_TYPES):
                    return self.lex.entities[hit.ref]
        if etype == "Place":      # الضالع when the lexicon says محافظة الضالع: the noun is not the name
            for noun in self.lex.place_name_nouns:
                for hit in self.lex.lookup(f"{noun} {key}"):
                    if hit.kind == ENT and self.lex.entities[hit.ref].type in LOCATION_TYPES:
                        return self.lex.entities[hit.ref]
        if etype == "Person" and " " in key:       # حمود المخلافي after حمود سعيد المخلافي: the same person
            known = self.state.surnames.get(key.rsplit(" ", 1)[1])
            if known is not None and any(shortened(key.split(), fold_string(f).split())
                                         for f in (known.label_ar, *known.aliases_ar)):
                return known
        if etype == "Person" and key in self.state.group_names:
            return self.state.group_names[key]     # فدائي محاذ after جماعة فدائي محاذ: the group, not a man
        if etype == "Person" and key.count(" ") == 1 and key.split(" ", 1)[0] in FIRST_OF_TWO:
            known = self.state.named_by_first(key)      # عبد ربه after عبد ربه منصور هادي: a first name in two words
            if known is not None:
                return known
        if etype == "Person" and key.count(" ") == 1 and key.split(" ", 1)[0] in _FAMILY_OF_TWO:
            # أبو ردينة after نبيل أبو ردينة, بن فريد after عيدروس بن فريد: a family name in two words
            known = self.state.family_pairs.get(key)
            if known is not None:
                return known
        if etype == "Person" and " " not in key:   # a family name alone: the person named in full before
            known = self.state.surname(key) or self.state.given_surnames.get(key) or (
                # or a first name the word lists do not hold (نجاح): not صالح, a family name as often
                self.state.named_by_first(key) if key not in self.w.get("given_name", ()) else None)
            if known is not None:
                return known
            # ظريف alone in an article about Iran: the lexicon's one person of the country the text is
            # about with that family name (not a famous person of another country: أبو هنية is no Haniyeh)
            countries = {c for c in (self.state.sentence_country, self.state.focus_country) if c}
            famous = [p for p in lexicon_persons_by_family(self.lex, key) if self.lex.entities[p].country in countries]
            if len(famous) == 1:
                return self.lex.entities[famous[0]]
        known = self.lex.variant_of(key, etype)    # فلاديمير بوتن: بوتين spelt without its ي
        if known is not None:
            return known
        if etype == "Place" or etype == "Person" and not id_tokens:
            town, name = self.town(key), key
            if etype == "Person":
                town, name = self._town_read_as_person(key)
            if town is not None and town.entity in self.lex.entities:
                return self.lex.entities[town.entity]
            if town is not None and not town.entity:
                return Entity(id=town.entity_id, type="Place", label_en=town.label_en, label_ar=name,
                              country=town.country or country, located_in=located_in, origin="text")
        id_key = fold_string(" ".join(id_tokens)) if id_tokens else key
        group = False           # a group named with its descriptor noun (جماعة، حركة)
        if etype == "Person" and not id_tokens:
            id_key = person_id_key(DIN_SOLID_RE.sub(r"\1 ", key), self.w.get("name_particle", ()),
                                   self.w.get("house", ()))      # عزالدين and عز الدين: one name
            known = lexicon_person_by_key(self.lex, id_key) if " " in id_key else None
            if known is not None and (id_key == key or shortened(key.split(), fold_string(
                    self.lex.entities[known].label_ar).split())):
                # علي صالح: علي عبدالله صالح of the lexicon, without his father's name; not أحمد علي عبد
                # الله صالح, his son, whose first and last name are أحمد قايد صالح's
                return self.lex.entities[known]
            known = lexicon_person_by_prefix(self.lex, ABD_SOLID_RE.sub("عبد ", key).split())
            if known is not None:       # عبد ربه منصور, فرانك فالتر: the lexicon's person, named in part
                return self.lex.entities[known]
        elif etype == "Place" and not id_tokens and key.split(" ", 1)[0] in self.lex.landform_nouns and " " in key:
            id_key = key.split(" ", 1)[1]     # وادي عقان and عقان, جبل صبر and صبر: one node
        elif etype in ("ArmedGroup", "Organization") and not id_tokens and " " in key \
                and key.split(" ", 1)[0].removeprefix("ال") in _DESCRIPTORS:
            id_key = key.split(" ", 1)[1]     # جماعة فدائي محاذ and فدائي محاذ, شركة أرامكو and أرامكو: one node
            group = True
        elif etype == "Facility" and " " in id_key:       # جامع الطوارئ and مسجد الطوارئ: one mosque
            head, rest = id_key.split(" ", 1)
            bare = head.removeprefix("ال")
            canon = self.lex.facility_heads.get(bare, bare)
            if canon != bare:
                id_key = f"{head[:len(head) - len(bare)]}{canon} {rest}"
        if " " not in id_key and id_key.startswith("ال") and len(id_key) > 4:
            id_key = id_key[2:]               # الشيعة and شيعة, الحوطة and حوطة: one name, one node
        # spellings one name is written in: عبد الغفار and عبدالغفار; a final hamza after alef written or
        # dropped (ميناء المخاء، ميناء المخا; معسكر الحفاء، معسكر الحفا)
        id_key = ABD_SOLID_RE.sub("عبد ", id_key)
        if etype in LOCATION_TYPES:
            words = id_key.split()
            first = 1 if etype == "Facility" and len(words) > 1 else 0      # not the facility's noun (ميناء)
            id_key = " ".join(w[:-1] if k >= first and w.endswith("اء") and len(w) > 3 else w
                              for k, w in enumerate(words))
        slug = name_slug(id_form(id_key, etype, self.w.get("given_name", ())))
        eid = f"{etype.lower()}/{slug}"
        # a person is spelled from arabic-name-romanizer's dictionary of names (John, Matteo, Hisham)
        label = en or (person_label(key, self._spelling_country()) if etype == "Person" else (
            etype not in LOCATION_TYPES and self._translated(key)) or (romanize(
            key, self._shaped_words(key), self._spelled(key)) if etype in LOCATION_TYPES else romanize(
            key, spelled=self._english_words(key))))
        ent = Entity(id=eid, type=etype, label_en=no_doubles(label), label_ar=key, country=country,
                     located_in=located_in, origin="text")
        if group:
            self.state.group_names.setdefault(id_key, ent)
        return ent

    def _shaped_words(self, name: str) -> frozenset:
        """kg.translit.shaped_words of a place's name: no common word, first name or word of any list of
        words.tsv (كتيبة، الجزيرة)."""
        return shaped_words(name, lexicon_set(self.lex, "not_shaped", lambda lx: common_words(lx).union(
            *lx.words.values())))

    def _spelled(self, name: str) -> tuple:
        """kg.translit.romanize's spellings for the words of a place's name that words.tsv proper_noun
        spells (الثورة: Thawra)."""
        values = self.lex.word_values
        out = []
        for w in name.split():
            bare = w.removeprefix("ال")
            v = values.get(("proper_noun", "ال" + bare))      # (listed with the article: الثورة)
            if v:
                out.append((bare, v))
        # foreign towns and facilities abroad as English writes them (جاكسون: Jackson); not in an article
        # about an Arab country (or about no country), whose places have Arabic names
        code = self._spelling_country()
        if code is not None and code not in ARAB_WORLD:
            out.extend(self._english_words(name))
        return tuple(out)

    def _english_words(self, name: str) -> tuple:
        """(word, spelling) for the words of a name that render an English word (ستاندرد: Standard): not
        a word kg knows as Arabic (a common word, a word of words.tsv, a lexicon form with or without the
        article: أكراد، سلوك), nor one of them after a proclitic (بإيران)."""
        known = lexicon_set(self.lex, "not_shaped", lambda lx: common_words(lx).union(*lx.words.values()))
        out = []
        for w in name.split():
            if w in known or self.lex.lookup(w) or self.lex.lookup("ال" + w) or (
                    w[0] in "وفبلك" and (w[1:] in known or self.lex.lookup(w[1:]) or w[1:3] == "ال")):
                continue
            e = english_word(w)
            if e:
                out.append((w, e))
        return tuple(out)

    def _spelling_country(self) -> str | None:
        """The ISO code of the country the article is about (GeoNames', via the gazetteer): persons' names
        are spelled as that country's names are in English (kg.translit.person_label)."""
        gaz = self.lex.gazetteer
        return gaz.codes.get(self.state.focus_country) if gaz is not None and self.state.focus_country else None

    def _town_read_as_person(self, key: str) -> tuple:
        """(the town, its folded name) a name read as a person's is, or (None, key): a person's name is
        a place only where it is a town of the country the sentence or article is about (خور مكسر), also
        with و، ف، ل or ب glued to its first, short word (وخور مكسر); one word alone only where the gazetteer
        spells it so (no variant) as a district, which GeoNames counts no people in, or a town of 10,000
        people or more (كريتر, Crater; not كلير or ماركس, villages of the United States named like Claire
        and Marx)."""
        countries = (self.state.sentence_country, self.state.focus_country)
        if " " not in key:
            gaz = self.lex.gazetteer
            town = next((t for t in (gaz.towns.get(key, ()) if gaz is not None else ())
                         if t.country and t.country in countries and (t.population == 0 or t.population >= 10_000)),
                        None)
            return (town, key) if town is not None and key not in self.w.get("given_name", ()) else (None, key)
        town, name = self.town(key), key
        if town is None and key[0] in "وفلب" and len(key.split(" ", 1)[0]) <= 4:
            town, name = self.town(key[1:]), key[1:]
        if town is None or not town.country or town.country not in countries:
            return None, key
        return town, name

    def town(self, key: str):
        """The gazetteer's town of a place name the lexicon lacks (زوارة: Zuwarah, Libya), written with
        or without a place noun (بلدة زوارة), in the country the sentence or the article is about if
        it has one of that name (kg.gazetteer)."""
        gaz = self.lex.gazetteer
        common = common_words(self.lex)
        if gaz is None or key in common or key.removeprefix("ال") in common or key in self.w.get("given_name", ()):
            return None       # أمان (safety) is a town's name somewhere too: not a word the model misread
        countries = (self.state.sentence_country, self.state.focus_country)
        town = gaz.find(key, countries)
        if town is None and " " in key:
            noun, rest = key.split(" ", 1)
            if noun in self.lex.place_name_nouns:
                town = gaz.find(rest, countries)
        if town is None and " " in key:
            # خور المكسر and خور مكسر: a last word with or without its article is one town's name
            head, last = key.rsplit(" ", 1)
            town = gaz.find(f"{head} {last[2:]}" if last.startswith("ال") and len(last) > 4 else f"{head} ال{last}",
                            countries)
        return town

    def span_text(self, i: int, j: int) -> list[str]:
        return [self.tok(k) for k in range(i, j)]

    def run(self) -> list[Item]:
        out: list[Item] = []
        items = self.items
        idx = 0
        while idx < len(items):
            it = items[idx]
            if it.kind == "title":
                idx = self.title(idx, out)
                continue
            if it.kind == "pnoun":
                idx = self.place_noun(idx, out)
                continue
            if it.kind == "anaphor":
                nit = items[idx + 1] if idx + 1 < len(items) else None
                if nit is not None and nit.i == it.j and nit.kind == "ent" and not nit.clitic.startswith("و"):
                    idx += 1      # القوات الروسية: a noun qualified by a name, not an anaphor
                    continue
                if "قوات" in it.ref.heads and self.tok(it.j).startswith("ال"):
                    idx += 1      # القوات الموالية للحوثيين، القوات المشتركة: forces described, not referred back to
                    continue
                ent = self.state.resolve(it.ref)
                if ent is not None:
                    it.kind, it.entity, it.mention_kind = "ent", ent, "nominal"
                    self.emit(it, out)
                elif it.ref.generic:      # الجيش with no army named: the military of the article's country
                    it.kind, it.ref = "generic", self.lex.generics[it.ref.generic]
                    self.generic(it, out)
                idx += 1
                continue
            if it.kind == "generic":
                self.generic(it, out)
                idx += 1
                continue
            if it.kind == "ent":
                if not (it.j - it.i == 1 and it.mention_kind == "name" and self.doubtful(it.i, it.entity)):
                    self.emit(it, out)          # دعم مالي: not Mali
                idx += 1
                continue
            if it.kind != "absorbed":
                out.append(it)
            idx += 1
        self.nationality_names(out)
        self.speaker_names(out)
        self.given_names(out)
        self.surnames(out)
        self.bracketed_first_names(out)
        self.lone_first_names(out)
        self.acronyms(out)
        self.reconcile(out)
        self.model_only(out)
        self.remembered(out)
        self.first_name_before(out)
        self.family_after_names(out)
        out.sort(key=lambda x: x.i)
        self.mark_demonyms(out)
        self.quoted_media(out)
        self.located(out)
        self.affiliations_follow(out)
        return out

    def quoted_media(self, out: list[Item]) -> None:
        """«الشرق الأوسط»، «الحياة»: a name in quotation marks that is also the name of a newspaper,
        channel or agency (صحيفة الشرق الأوسط in the lexicon) is the outlet, not the region."""
        names = _media_names(self.lex)
        for it in out:
            if it.kind != "ent" or it.entity.type == "Media" or it.mention_kind != "name":
                continue
            media = names.get(" ".join(self.tok(k) for k in range(it.i, it.j))[len(it.clitic):])
            if media is None:
                continue
            ms, me = self.state.folded.span(it.fs, it.fe)
            text = self.state.doc.text
            if any(q in text[max(ms - 1, 0):ms + 3] for q in _OPEN_QUOTES) and text[me:me + 1] in _CLOSE_QUOTES:
                it.entity = self.lex.entities[media]      # «…» or لـ«…»
                it.alts = ()

    def emit(self, it: Item, out: list[Item], heads=()) -> None:
        for k in range(it.i, it.j):        # a demonym read as part of a name is no longer a mention
            inner = self.at.get(k)
            if inner is not None and inner is not it and inner.mention_kind == "demonym":
                inner.kind = "absorbed"
        ent = it.entity
        if ent.type == "Person" and it.mention_kind == "name" and it.j - it.i >= 2 and not it.weak \
                and self.tok(it.j - 2) not in SON_OF:     # محمد بن سلمان: سلمان alone is his father
            self._learn_surname(self.tok(it.j - 1), ent)
        if ent.type == "Person" and it.mention_kind == "name" and it.j - it.i >= 3 \
                and (pair := " ".join(kunya(self.span_text(it.j - 2, it.j), ()))).split(" ", 1)[0] in _FAMILY_OF_TWO \
                and not (pair.startswith("عبد ") and self.tok(it.j - 3) in SON_OF):   # (عمر بن عبد العزيز: his father)
            # نبيل أبو ردينة, محمد بن سلمان, عادل عبد المهدي: the two words alone are him later (new_entity)
            pairs = self.state.family_pairs
            known = pairs.get(pair, ent)
            pairs[pair] = ent if known is not None and known.id == ent.id else None   # (with a title's role)
        if it.mention_kind != "demonym":
            prev = self.tok(it.i - 1)
            prev = prev[2:] if prev.startswith("ال") else prev[1:] if prev[:1] in ("و", "ب", "ل") else prev
            if prev in self.w.get("force", ()):
                heads = set(heads) | {prev}      # قوات النظام … هذه القوات
            self.state.remember(ent, heads)
        out.append(it)

    def title(self, idx: int, out: list[Item]) -> int:
        """TITLE [modifiers] [،] NAME: a person with a role and an affiliation.

        Modifiers name the affiliation: a nationality (وزير الخارجية الروسي), an organisation in the
        genitive or after باسم/في/لـ (الناطق باسم المكتب الإعلامي لحركة نور الدين الزنكي). An entity
        after إلى/لدى/ضد or الخاص بـ is where the person is posted or what they act on, not their
        affiliation (المبعوث الأممي إلى سورية).
        """
        it = self.items[idx]
        title: Title = it.title
        if self.tok(it.j).isdigit():          # اللواء 137، الفرقة 17: a military unit
            return self._as_unit(idx, out)
        k, nxt = it.j, idx + 1
        mods: list[tuple[Item, bool]] = []    # (entity item, is an affiliation)
        person_item = None
        while k < len(self.tokens) and k - it.j <= 10:
            nit = self.items[nxt] if nxt < len(self.items) else None
            if nit is not None and nit.i == k and nit.kind == "ent" and nit.entity.type == "Person":
                person_item, nxt = nit, nxt + 1
                break
            if nit is not None and nit.i == k + 1 and nit.kind == "ent" and nit.entity.type == "Person" \
                    and _LETTER_RE.match(self.tok(k)) and not self.is_stop(self.tok(k)) \
                    and not self.tok(k).startswith("ال") and not another_first_name(self.lex, [self.tok(k)], nit.entity.id):
                # a first name before a known surname: أنتونيو غوتيريش
                nit.i, nit.fs = k, self.sa.starts[k]
                person_item, nxt = nit, nxt + 1
                break
            if nit is not None and nit.i == k and nit.kind == "ent":
                prev = self.tok(k - 1)
                posting = prev in ("الي", "لدي", "ضد", "حول", "بشان", "تجاه") or (
                    prev == "في" and title.kind == "envoy") or (   # وسيط الأمم المتحدة في سوريا
                    nit.clitic.endswith("ب") and prev in ("الخاص", "الخاصه", "المكلف"))
                mods.append((nit, not posting))
                k, nxt = nit.j, nxt + 1
                continue
            if nit is not None and nit.i == k and nit.kind == "title" and mods \
                    and (self.tok(k - 1) in ("،", ",") or nit.title.kind == "honorific") \
                    and not self.tok(nit.j).isdigit() and not nit.clitic.startswith("و"):
                k, nxt = nit.j, nxt + 1         # المتحدث باسم الهيئة، العميد أحمد الشامي / عضو الائتلاف المهندس
                continue                        # محمد طيفور: a second title; the name after it is the person
            if nit is not None and nit.i == k and nit.kind in ("pnoun", "anaphor") and any(
                    (x := self.at.get(nit.j + d)) is not None and x.kind == "ent" for d in (0, 1, 2)):
                k, nxt = nit.j, nxt + 1         # عضو الهيئة السياسية للائتلاف السوري: a body of the
                continue                        # organisation named next
            if nit is not None and nit.i == k and nit.kind != "ent":
                break                           # a trigger, a verb, another title: no name follows
            t = self.tok(k)
            if t in ("،", ","):
                k += 1
                continue
            if k > 0 and self.quoted_gap(k):
                break                           # قال وزير الخارجية القطري "نحن …": what he said, not his name
            if t[0] == "و" and t not in self.w.get("given_name", ()) and len(t) > 3:
                break                           # رئيس نادي الزمالك، وهيثم عرابي …: another person begins
            span = self.name_at.get(k)
            if not t.startswith("ال") and (t[0] not in "لبفك" or t in self.w.get("given_name", ()) or (
                    span is not None and span[0] == k and span[1] - k >= 2) or not self._clitic_word(t)):
                # (ب, ل, ف, ك: a preposition or conjunction on a word, unless the model reads a name of two
                # words or more from it, or the rest is no word: المبعوث الأممي إلى ليبيا برناردينو ليون)
                n = self.name_tokens(k, "person")
                m = self.fit_name(k, n, ("PERS",)) if n else 0
                after = next((a for a in (self.at.get(k + m), self.at.get(k + n)) if m and a is not None
                              and a.kind == "ent" and a.entity.type == "Person" and a.i in (k + m, k + n)
                              and not another_first_name(self.lex, [t], a.entity.id)), None)
                if after is not None:
                    # عادل بن أحمد الجبير، جان - إيف لودريان: first names before a known family name are that person
                    after.i, after.fs = k, self.sa.starts[k]
                    self._whole_name(after, self.span_text(k, after.j))
                    person_item = after
                    nxt = self.items.index(after) + 1
                    break
                n = self.fit_pattern(k, n)
                if n >= 2 or (n == 1 and (t in self.w.get("given_name", ()) or (
                        title.kind in ("official", "military", "leader", "honorific") and len(t) >= 3
                        and t[0] not in "وفبلك"))):      # الرئيس مبارك; not للرئيس لإدارة
                    ent = self.new_entity("Person", self.span_text(k, k + n))
                    country = next((m.entity.id for m, aff in mods if aff and m.entity.type == "Country"), "")
                    ent = Entity(**{**_asdict(ent), "role_en": title.role_en, "country": country})
                    person_item = Item(kind="ent", i=k, j=k + n, fs=self.sa.starts[k],
                                       fe=self.sa.ends[k + n - 1], entity=ent, mention_kind="name")
                    break
            # a word between the title and the name: a known modifier (الخاص، الأممي، السابق), or a word
            # leading to an organisation named next (باسم المكتب الإعلامي لحركة …); anything else ends
            if t in self.w.get("complementizer", ()) or t in self.w.get("relative", ()):
                break                           # أعلن مسؤول أميركي كبير أن الولايات المتحدة …: a clause
            if t in _TITLE_MODIFIERS or t in self.w.get("direction", ()) or any(
                    (x := self.at.get(k + d)) is not None and x.kind == "ent" and x.i == k + d for d in (1, 2, 3)):
                k += 1
                continue
            break
        if person_item is None and out and out[-1].kind == "ent" and out[-1].entity.type == "Person" \
                and not it.clitic.startswith("و") and all(self.tok(x) in ("،", ",", "-", "–") for x in range(out[-1].j, it.i)) \
                and any(aff and m.entity.type not in ("Place", "Facility") for m, aff in mods) \
                and not any(m.mention_kind == "demonym" and out[-1].entity.country
                            and m.entity.id != out[-1].entity.country for m, _ in mods):
            # خالد العطية، وزير الخارجية القطري: the title in apposition after the name (not a title of
            # another country: التقى السيسي وزير الخارجية الأمريكي, the one he met)
            self._affiliate(len(out) - 1, mods, title, out)
            return nxt
        if person_item is None:
            for m, _ in mods:
                if m.entity.type == "Person" and m.i == it.j:
                    m.weak = True       # وزير خارجية الأسد: the minister's master, not the one who acts
            # no name: the title is used alone (الوزير، المتحدث) and may refer back; "الدبلوماسي
            # الأميركي" refers back to the American person in focus, or stands for the country
            an = next((h.ref for h in it.alts if h.kind == ANAPHOR), None)
            nat = mods[0][0].entity if mods and mods[0][0].mention_kind == "demonym" else None
            if nat is not None:
                ent = self.state.resolve_person_of(nat.id, frozenset(an.heads) if an is not None else frozenset(
                    {fold_string(title.form).removeprefix("ال")}))
                if ent is None:
                    return idx + 1
            else:
                ent = self.state.resolve(an) if an is not None else None
            if ent is None:
                return idx + 1
            it.kind, it.entity, it.mention_kind = "ent", ent, "nominal"
            self.emit(it, out)
            if nat is not None:
                mods[0][0].role_of = len(out) - 1
                self.emit(mods[0][0], out)
                return idx + 2
            return idx + 1
        person_item.title = title
        for x in range(it.j, person_item.i):
            # المبعوث الأممي إلى سورية …: an adjective that names an organisation (words.tsv org_adjective)
            org = self.lex.entities.get(self.lex.word_values.get(("org_adjective", self.tok(x)), ""))
            if org is not None and org.id not in [m.entity.id for m, _ in mods]:
                self.sa.affiliations.append((person_item.entity, org, title))
                break
        person_item.lead = it.i
        head = fold_string(title.form).removeprefix("ال")
        self.emit(person_item, out, {head, head.split(" ")[0]})
        self._affiliate(len(out) - 1, mods, title, out)
        return nxt

    def _clitic_word(self, t: str) -> bool:
        """Whether t may be a word with a preposition or conjunction on it (بالقرب، لحركة، فقال): what
        follows the letter is a word kg knows (or has the article), not the rest of a name (برناردينو)."""
        rest = t[1:]
        return rest.startswith(("ال", "ل")) or rest in common_words(self.lex) or self.is_stop(rest) \
            or rest in self.w.get("given_name", ()) or bool(self.lex.lookup(rest)) or len(rest) <= 3 \
            or VERB_RE.match(rest) is not None or rest[:1] in "يتان"

    def _affiliate(self, pi: int, mods: list, title: Title, out: list[Item]) -> None:
        """The title's modifiers become roles of the person at out[pi], and its affiliations."""
        for m, aff in mods:
            m.role_of = pi
            self.emit(m, out)
            if aff and m.entity.type not in ("Place", "Facility"):   # الناشط في مدينة دير الزور: where, not whom
                org = m.entity
                if org.metonym_of:
                    org = self.lex.entities.get(org.metonym_of, org)
                self.sa.affiliations.append((out[pi].entity, org, title))

    def quoted_gap(self, k: int) -> bool:
        """Token k opens a quotation (or follows a colon): what follows is speech, not a name."""
        f = self.state.folded
        a = f.span(self.sa.starts[k - 1], self.sa.ends[k - 1])[1]
        b = f.span(self.sa.starts[k], self.sa.ends[k])[0]
        gap = self.state.doc.text[a:b]
        # an opening mark sticks to the word after it ( "نحن ); a closing one to the word before
        return ":" in gap or (gap[-1:] in (*_OPEN_QUOTES, "'") and gap[-1:] != "»")

    def _as_unit(self, idx: int, out: list[Item]) -> int:
        it = self.items[idx]
        t = it.title
        num = self.tok(it.j)
        head = self.tok(it.i)[len(it.clitic):]         # واللواء 26: the clitic is no part of the unit
        head = "ال" + head[1:] if it.clitic.endswith("ل") and not head.startswith("ال") else head   # للواء 26
        en = {"اللواء": "Brigade", "الفرقه": "Division", "الفوج": "Regiment"}.get(head, t.role_en)
        ent = self.new_entity("Facility", [head, num], en=f"{en} {num}")
        unit = Item(kind="ent", i=it.i, j=it.j + 1, fs=it.fs, fe=self.sa.ends[it.j], clitic=it.clitic,
                    entity=ent, mention_kind="name")
        self.emit(unit, out, {head.removeprefix("ال")})
        return idx + 1

    def place_noun(self, idx: int, out: list[Item]) -> int:
        it = self.items[idx]
        pn: PlaceNoun = it.ref
        idioms = self.w.get("no_place", ())
        noun = self.tok(it.i)
        if f"{self.tok(it.i - 1)} {noun}" in idioms or f"{noun} {self.tok(it.i + 1)}" in idioms \
                or f"{noun[len(it.clitic):]} {self.tok(it.i + 1)}" in idioms:
            return idx + 1    # عن طريق الاستفادة: "by means of"; بطريق الخطأ "by mistake": no road (words.tsv no_place)
        k = it.j
        nxt = idx + 1
        noun_bare = fold_string(pn.form)
        nit = self.items[nxt] if nxt < len(self.items) else None
        an = next((h.ref for h in nit.alts if h.kind == ANAPHOR), None) if nit is not None and nit.i == k else None
        if an is not None and nit.kind in ("anaphor", "pnoun"):
            ent = self.state.resolve(an)
            if ent is not None and ent.type in LOCATION_TYPES:
                nit.kind, nit.entity, nit.mention_kind = "ent", ent, "nominal"
        word = self.tok(it.i)[len(it.clitic):]
        definite = word.startswith("ال") or self.tok(it.i).startswith("لل")
        if nit is not None and nit.i == k and nit.kind == "ent" and nit.mention_kind != "demonym" \
                and not nit.clitic.startswith("و") and "ب" not in nit.clitic and not (definite and pn.keep):
            # ميناء ومطار عدن: a conjunct, not the port's name; سجن بطرابلس: "a prison in Tripoli"; الميناء
            # لـ«الشرق الأوسط»، المستشفى محمد: a noun with the article heads no name in the genitive (the
            # name of a facility is ميناء عدن)
            inner = nit.entity
            if pn.type == "Place" and inner.type == "Person" and nit.mention_kind == "name":
                # ناحية البغدادي: a place noun names a place, even one spelt like a person's name
                nit.entity = self.new_entity("Place", [fold_string(self.tok(x)) for x in range(nit.i, nit.j)])
                inner = nit.entity
            if not pn.keep:
                # مدينة حلب: the place itself
                self.emit(nit, out, {noun_bare})
                return nxt + 1
            gen = next((h.ref for h in it.alts if h.kind == GENERIC), None)
            if pn.type == "Facility" and nit.mention_kind == "nominal" and gen is not None and not any(
                    h.kind == ENT and self.lex.entities[h.ref].type == "Facility"
                    for h in self.lex.lookup(f"{noun_bare} {fold_string(inner.label_ar)}")):
                # مبنى المحافظة، مطار المدينة: the building of a place the article named before is a facility
                # it does not name (a guessed name, "Ibb Building", is wrong whenever the guess is), unless the
                # lexicon names that facility so (مطار المدينة after عدن: Aden International Airport)
                it.kind, it.ref = "generic", gen
                self.generic(it, out)
                self.emit(nit, out)
                return nxt + 1
            if pn.type == "Facility" and inner.type == "Facility" and nit.mention_kind == "name" \
                    and noun_bare in AIRFIELDS and inner.label_ar.split(" ", 1)[0] in AIRFIELDS:
                # مطار قاعدة العند: the airfield of a base is the base, not an "Air Base Airport"
                self.emit(nit, out, {noun_bare})
                return nxt + 1
            if pn.type == "Facility" and inner.type in LOCATION_TYPES:
                j = nit.j
                adjs = self._adjectives(j)
                ar = [noun_bare] + [inner.label_ar] + [self.tok(x) for x in range(j, j + len(adjs))]
                en_adj = " ".join(adjs)
                en = _english_name(pn.label_en, f"{self._short_place(inner)}{' ' + en_adj if en_adj else ''}")
                # the same facility with or without its adjectives (مطار دير الزور [العسكري]) is one node
                ent = self.new_entity("Facility", ar, en=en, located_in=inner.id if pn.located else "",
                                      id_tokens=[noun_bare, fold_string(inner.label_ar)])
                if pn.by_place and ent.origin == "text" and not adjs:
                    # مسجد أبها، مستشفى غزة: "a mosque in Abha", described by its place, not named: an
                    # unnamed facility, in events but no node of the graph (place_nouns.tsv by_place)
                    ent = described_facility(ent)
                if nit.mention_kind == "nominal" and ent.origin == "text" and inner.type == "Facility":
                    # ساحة المطار: the yard of the airport named before, no facility the text names ("Aden
                    # International Airport Square"); ميناء المدينة is the city's port
                    self.emit(nit, out)
                    return nxt + 1
                fac = Item(kind="ent", i=it.i, j=j + len(adjs), fs=it.fs,
                           fe=self.sa.ends[j + len(adjs) - 1], clitic=it.clitic, entity=ent, mention_kind="name")
                self.emit(fac, out, {noun_bare})
                if nit.mention_kind == "name":
                    nit.role_of = len(out) - 1
                    self.emit(nit, out)
                if pn.located:
                    self.sa.located.append((ent, inner))
                return nxt + 1
            return idx + 1
        n = self.name_tokens(k, "org" if pn.type not in ("Place", "Facility") else "place")
        nxt_tok = self.tok(k)
        if n and definite and pn.keep and not nxt_tok.startswith("ال"):
            n = 0        # المستشفى محمد: a definite noun and an indefinite word are no name (المسجد الأقصى is)
        if n and nxt_tok[:1] in ("ب", "ل", "ك") and (
                self.lex.lookup(nxt_tok[1:]) or self.lex.lookup("ال" + nxt_tok[1:]) or nxt_tok[1:3] == "ال"):
            n = 0        # مسجد بمدينة أبها: a preposition starts a new phrase, not the mosque's name
        if n and pn.keep and pn.type == "Facility" and not definite and all(
                not self.tok(x).startswith("ال") and self._english_word(self.tok(x)) for x in range(k, k + n)):
            n = 0        # محطة قطار: "a train station", common nouns without the article name no facility
        described = False     # لجنة التحقيق الدولية: a body named by what it does (all words in words.tsv)
        if n and (self._adjective_after(it, k) or not self.fit_name(k, n) and (
                pn.type not in _OPEN_NOUN_TYPES or self._not_a_name_after(it, k))):
            described = pn.keep and pn.type not in _OPEN_NOUN_TYPES and not self._adjective_after(it, k) \
                and all(self._english_word(self.tok(x)) for x in range(k, k + n))
            if not described:
                n = 0         # حي شعبي، المدينة السكنية، اتحاد طوعي، البنك بالحصول: not a name here
                self.vetoed.add(k)
        if n == 0:
            an = next((h.ref for h in it.alts if h.kind == ANAPHOR), None)   # المطار، المدينة alone
            ent = self.state.resolve(an) if an is not None else None
            gen = next((h.ref for h in it.alts if h.kind == GENERIC), None)
            if gen is None and an is not None and an.generic:
                gen = self.lex.generics[an.generic]    # الحكومة with no government named before
            if ent is not None:
                it.kind, it.entity, it.mention_kind = "ent", ent, "nominal"
                self.emit(it, out)
            elif gen is not None:      # هجوم على مسجد: a mosque the text does not name
                it.kind, it.ref = "generic", gen
                self.generic(it, out)
            return idx + 1
        toks = self.span_text(k, k + n)
        if not pn.keep:
            # مدينة الجفرة، شركة انرون، صحيفة ديلي تلغراف: the noun says what it is; the name is the rest
            ent = self.new_entity(pn.type, toks)
            item = Item(kind="ent", i=k, j=k + n, fs=self.sa.starts[k], fe=self.sa.ends[k + n - 1],
                        entity=ent, mention_kind="name", weak=ent.origin == "text" and pn.type != "Place")
        else:
            adjs = self._adjectives(k + n)
            if pn.type in ("Organization", "Government", "ArmedGroup", "InternationalOrganization", "Media"):
                adjs = []
            ar = [noun_bare] + toks + [self.tok(x) for x in range(k + n, k + n + len(adjs))]
            rest = romanize(" ".join(toks), self._shaped_words(" ".join(toks)), self._spelled(" ".join(toks))) \
                if pn.type in LOCATION_TYPES else romanize(" ".join(toks), spelled=self._english_words(" ".join(toks)))
            en_adj = " ".join(adjs)
            words = [self._english_word(t) for t in toks]
            if pn.type in LOCATION_TYPES and any(t in self.w.get("proper_noun", ()) for t in toks):
                words = []          # مستشفى الثورة: Al-Thawra Hospital, a name, not "Revolution Hospital"
            if words and all(words):
                # لجنة التحقيق الدولية -> International Investigation Committee; مستشفى الحرس الوطني ->
                # National Guard Hospital; مبنى المرور -> Traffic Building (not "Al-Marur Building")
                en = _english_name(pn.label_en, " ".join([*reversed(adjs), _english_order(words)]))
            else:
                en = _english_name(pn.label_en, f"{rest}{' ' + en_adj if en_adj and pn.type == 'Facility' else ''}")
            id_tokens = [noun_bare] + toks if adjs and pn.type == "Facility" else None
            nat = self.at.get(k + n + len(adjs))
            country = (nat.entity.id if nat is not None and nat.i == k + n + len(adjs) and nat.kind == "ent"
                       and nat.mention_kind == "demonym" and nat.entity.type == "Country" and not nat.clitic
                       else self.state.focus_country or self.state.sentence_country)   # مجلس النواب الأردني: Jordan's
            known = None
            if words and all(words) and pn.type in ("Organization", "Government") and country in self.lex.entities \
                    and not any(t in self.w.get("international", ()) for t in toks):
                # مجلس الوزراء، وزارة الدفاع: a body named by what it does is the article's country's
                # (ACLED style: "Council (Iraq)"), not one node for every country's; not an Arab or
                # international one (لجنة حقوق الإنسان العربية: words.tsv international)
                en = f"{en} ({self.lex.entities[country].label_en})"
                id_tokens = ar + [country]
                # مجلس النواب in an Iraqi article: the lexicon's مجلس النواب العراقي
                known = _national_bodies(self.lex).get((fold_string(" ".join(ar)), country))
            # the same facility with or without its adjectives (مستشفى الثورة [العام]) is one node
            ent = self.lex.entities[known] if known else self.new_entity(
                pn.type, ar, en=en, id_tokens=id_tokens, country=country if id_tokens and pn.type != "Facility" else "")
            if pn.type == "Facility" and words and all(words) and ent.origin == "text":
                # حقول النفط، ميناء الحاويات، مصنع الحديد: a facility described by common words ("the oil
                # fields"), not named: an unnamed facility, in events but no node of the graph (kg.groups)
                ent = described_facility(ent)
            j = k + n + len(adjs)
            item = Item(kind="ent", i=it.i, j=j, fs=it.fs, fe=self.sa.ends[j - 1], clitic=it.clitic,
                        entity=ent, mention_kind="name", nominal_mention=described,
                        weak=ent.origin == "text" and pn.type not in ("Place", "Facility"))
        self.emit(item, out, {noun_bare})
        return nxt

    def _short_place(self, place: Entity) -> str:
        """A place's English name as a facility's qualifier, without a final word for its kind: مستشفى
        غزة is Gaza Hospital, not "Gaza Strip Hospital"; جامعة نيويورك New York University."""
        words = place.label_en.split()
        if len(words) > 1 and words[-1].lower() in self.lex.place_words_en:
            words.pop()
        return " ".join(words)

    def _translated(self, key: str) -> str:
        """A body's name made of common words, in English (words.tsv noun_en, adjective_en; Arabic puts
        the head first, English last): قوات الطوارئ is Emergency Forces, الأكراد Kurds; "" if a word
        has no English."""
        words = key.split()
        head = self.lex.body_heads.get(words[0].removeprefix("ال")) if len(words) > 1 else None
        if head is not None:       # البنك المركزي: Central Bank; وزارة الداخلية: Ministry of Interior
            rest = [self._english_word(w) for w in words[1:]]
            return _english_name(head.label_en, _english_order(rest)) if all(rest) else ""
        english = [self._english_word(w) for w in words]
        return _english_order(english).removeprefix("of ") if all(english) else ""

    def _english_word(self, t: str) -> str:
        """The English of a common word of organisations' names (words.tsv noun_en, adjective_en), or "";
        with و, "and" and it (والدفاع: "and Defence")."""
        values = self.lex.word_values
        got = values.get(("noun_en", t)) or values.get(("adjective_en", t)) or ""
        if not got and t[:1] == "و" and len(t) > 4:
            got = values.get(("noun_en", t[1:])) or ""
            return f"and {got.removeprefix('of ')}" if got else ""
        return got

    def _adjective_after(self, noun: Item, k: int) -> bool:
        """An indefinite nisba adjective after an indefinite place noun: حي شعبي، سجن سري، معبر حدودي; after
        a feminine one, a feminine nisba or participle agreeing with it: منطقة سكنية، منطقة مزدحمة."""
        t = self.tok(k)
        head = self.tok(noun.i)[len(noun.clitic):]
        feminine = head.endswith("ه") and (t.endswith("يه") or t.startswith("م") and len(t) >= 5 and t.endswith("ه"))
        return not head.startswith("ال") and not noun.clitic.endswith("ل") and not t.startswith("ال") \
            and (t.endswith("ي") or feminine) and len(t) > 3 and t[0] not in "وف"

    def _not_a_name_after(self, noun: Item, k: int) -> bool:
        """The word k after a place noun (that the model does not read as a name) is plainly not its
        name: an adjective agreeing with it (المدينة السكنية; اتحاد طوعي) or a word with a preposition
        on its article (البنك بالحصول)."""
        t = self.tok(k)
        pre, _ = strip_clitics(t)
        if pre and pre[-1] in "بلك" and (t.startswith("ال", len(pre)) or t.startswith("لل", len(pre) - 1)):
            return True
        if pre == "و" and len(t) > 4:
            return True      # مدينة ومستوطنة: a conjunct, not the name
        head = self.tok(noun.i)[len(noun.clitic):]
        definite = head.startswith("ال") or (noun.clitic.endswith("ل") and head.startswith("ل"))
        if definite:
            return True      # المطار نشاطه، المدينة السكنية: a definite noun takes no name after it
        if noun.ref.type not in ("Place", "Facility") and t.startswith("م") and len(t) >= 5 \
                and t.endswith(("ه", "ي")):
            return True      # جماعة متمردة، جماعة مسلحة: a participle, not a group's name
        if noun.ref.type == "Facility" and t.startswith("م") and len(t) >= 5 and t.endswith("ه"):
            return True      # سوق مزدحمة "a crowded market": a feminine participle agreeing with the noun
        if noun.ref.type == "Place" and _DERIVED_MASDAR_RE.match(t):
            return True      # منطقة الاحتفال، منطقة الانتشار: a verbal noun ("the celebration area"), no place's name
        return not t.startswith("ال") and (t.endswith("ي") or t.endswith("يه")) and len(t) > 3

    def _adjectives(self, k: int) -> list[str]:
        out = []
        vals = self.lex.word_values
        while k < len(self.tokens) and len(out) < 2:
            t = self.tok(k)
            v = vals.get(("adjective_en", t)) or vals.get(("direction", t))
            if not v or k in self.at:
                break
            out.append(v)
            k += 1
        return out

    def nationality_names(self, out: list[Item]) -> None:
        """A singular nationality adjective before a name is a person of that country:
        الإيطالي جيانكارلو فيسيكيلا، الأرجنتيني دييغو ميليتو."""
        if not any(it.mention_kind == "demonym" for it in out):
            return
        covered = self._covered(out)
        for it in list(out):
            if it.kind != "ent" or it.mention_kind != "demonym" or it.role_of >= 0:
                continue
            word = self.tok(it.j - 1)
            if not (word.startswith("ال") and (word.endswith("ي") or word.endswith("يه"))):
                continue
            k = it.j
            if k in covered or k >= len(self.tokens) or self.tok(k).startswith("ال"):
                continue
            n = self.fit_pattern(k, self.name_tokens(k, "person"), ("PERS",))
            if n == 0 or (n == 1 and self.tok(k)[0] in "وفبلك"):
                continue
            ent = self.new_entity("Person", self.span_text(k, k + n))
            ent = Entity(**{**_asdict(ent), "country": it.entity.id})
            person = Item(kind="ent", i=k, j=k + n, fs=self.sa.starts[k], fe=self.sa.ends[k + n - 1],
                          entity=ent, mention_kind="name", lead=it.i)
            self.emit(person, out)
            it.role_of = len(out) - 1
            covered.update(range(k, k + n))

    def speaker_names(self, out: list[Item]) -> None:
        """قال سافيولا، وأكد الربيعي: a word kg does not know right after a verb of saying is most
        often the speaker's name (a weak entity: never an actor)."""
        covered = None
        for it in self.items:
            if it.kind != "word" or it.word != "report" or it.suffix:
                continue
            k = it.j
            t = self.tok(k)
            if not t or (t.startswith("ال") and not t.endswith("ي")):
                continue
            if covered is None:
                covered = self._covered(out)
            if k in covered or self.is_stop(t) or self._clitic_stop(t) or t[0] in "وفبلك" or len(t) < 3:
                continue
            n = self.name_tokens(k, "person") if not t.startswith("ال") else 1
            n = self.fit_name(k, n, ("PERS",)) if n else 0
            if n == 0 or (n == 1 and t in self.w.get("given_name", ()) and self.state.surname(t) is None) \
                    or (n == 2 and t == "عبد"):
                continue      # قال محمد، قال عبد الرحمن: a first name alone names no one
            ent = self.new_entity("Person", self.span_text(k, k + n))
            person = Item(kind="ent", i=k, j=k + n, fs=self.sa.starts[k], fe=self.sa.ends[k + n - 1],
                          entity=ent, mention_kind="name", weak=True)
            self.emit(person, out)
            if n >= 2 and ent.type == "Person":
                self._learn_surname(self.tok(k + n - 1), ent)
            covered.update(range(k, k + n))

    def _covered(self, out: list[Item]) -> set[int]:
        """Tokens already taken by an emitted item or a recognised lexicon item."""
        return {k for it in out for k in range(it.i, it.j)} | {k for it in self.items for k in range(it.i, it.j)}

    def acronyms(self, out: list[Item]) -> None:
        """A Latin-script acronym in Arabic text (CNN, IBM, NATO) names an organisation."""
        folded = self.state.folded
        covered = None
        for k, t in enumerate(self.tokens):
            if not (2 <= len(t) <= 6 and t.isascii() and t.isalpha()):
                continue
            s, e = folded.span(self.sa.starts[k], self.sa.ends[k])
            if not (self.state.doc.text[s:e].isascii() and self.state.doc.text[s:e].isupper()):
                continue      # Ⅶ folds to vii: a Roman numeral, not an acronym
            if covered is None:
                covered = self._covered(out)
            if k in covered or t in self.w.get("equipment", ()):
                continue      # (RPG, BTR: a weapon or vehicle, words.tsv equipment)
            acronym = self.state.doc.text[s:e]
            ent = Entity(id=f"organization/{acronym.lower()}", type="Organization", label_en=acronym,
                         label_ar=acronym, origin="text")
            self.emit(Item(kind="ent", i=k, j=k + 1, fs=self.sa.starts[k], fe=self.sa.ends[k], entity=ent,
                           mention_kind="name", weak=True), out)

    def _equipment(self, letters: list[str]) -> bool:
        """Latin letters spelt out (words.tsv letter values: "B | P") that make a weapon's or vehicle's
        acronym, read any way (words.tsv equipment)."""
        known = self.w.get("equipment", ())
        return bool(known) and any("".join(x).lower() in known for x in product(*(v.split(" | ") for v in letters)))

    def given_names(self, out: list[Item]) -> None:
        """A known first name followed by more name words is a person (no title needed)."""
        given = self.w.get("given_name", ())
        din = self.w.get("din_first", frozenset())
        toks = self.tokens
        found = [k for k, t in enumerate(toks) if t in given or self._din_name(k, din)]
        if not found:
            return
        covered = self._covered(out)
        for k in found:
            if k in covered:
                continue
            n = self.name_tokens(k, "person")
            fit = self.fit_name(k, n, ("PERS",)) if n >= 2 else 0
            # a first name "X al-Din" (عز الدين، بهاء الدين) and a family name: a person, though the
            # model, which seldom saw them, reads no name there
            if not fit and n >= 2 and k not in self.name_at and self.state.written_ali(self.sa, k):
                k, fit = self._ali(k, n, covered)
            n = fit or (n if n >= 2 + (toks[k] in din) and self._din_name(k, din)
                        and self._family_word(toks[k + n - 1]) else 0)
            if n >= 2:
                ent = self.new_entity("Person", self.span_text(k, k + n))
                item = Item(kind="ent", i=k, j=k + n, fs=self.sa.starts[k], fe=self.sa.ends[k + n - 1],
                            entity=ent, mention_kind="name", weak=True)
                self.emit(item, out)
                if ent.type == "Person":
                    self._learn_surname(self.tok(k + n - 1), ent)
                covered.update(range(k, k + n))

    def written_as_name(self, k: int) -> bool:
        """Word k, a first name once folded, is written as one: not على ("on"; _DocState.written_ali),
        not with a vowel sign (ضحّى "sacrificed", عليّ "upon me")."""
        if self.tokens[k] == "علي" and not self.state.written_ali(self.sa, k):
            return False
        s, e = self.state.folded.span(self.sa.starts[k], self.sa.ends[k])
        return not _DIACRITIC_RE.search(self.state.doc.text, s, e + 1)

    def _ali(self, k: int, n: int, covered: set[int]) -> tuple[int, int]:
        """(start, length) of the name the pattern reads at word k, the first name علي that the model
        cannot see (_DocState.written_ali), or (k, 0). Its next word must be a name: a first name, a
        lexicon form, a nisba, or a word the article writes again (دوابشة; not علي مواصلة, "on going on",
        where a writer spells على so). A nisba after two names is the family name (علي شايف الحريري);
        a first name before it, the person's own (أحمد علي الأحول: علي is his father's)."""
        particles = self.w.get("name_particle", ())
        span = self.name_at.get(k + 1)
        if span is not None and span[0] == k + 1 and span[2] == "PERS" and span[1] - span[0] >= 2:
            return k, span[1] - k       # علي [سعد دوابشة]: the model reads the rest of the name
        while n > 1 and not self._name_word(self.tok(k + n - 1)):
            n -= 1            # (علي عبدالله قائدا: "Ali Abdullah as commander")
        while n > 1 and self.tok(k + n - 1) in particles:
            n -= 1
        if n < 2 or not self._name_word(self.tok(k + 1)):
            return k, 0
        if n == 2 and k + 2 not in covered and self._nisba_family(self.tok(k + 2)):
            n += 1
        if k - 1 not in covered and self.tok(k - 1) in self.w.get("given_name", ()):
            return k - 1, n + 1
        return k, n

    def _name_word(self, t: str) -> bool:
        """A word of a name the model did not read (_ali): a first name, a name particle, a lexicon form,
        a nisba, or a word the article writes again that is no common word."""
        return t in self.w.get("given_name", ()) or t in self.w.get("name_particle", ()) \
            or bool(self.lex.lookup(t)) or self._nisba_family(t) \
            or self.state.count(t) >= 2 and t not in common_words(self.lex) and not self.is_stop(t)

    def _nisba_family(self, t: str) -> bool:
        """A family name made of the article and a nisba no list of kg's knows (الحريري، الأحمدي)."""
        return len(t) >= 6 and t.startswith("ال") and t.endswith("ي") and t not in common_words(self.lex) \
            and not self.is_stop(t) and not self.lex.lookup(t)

    def _family_word(self, t: str) -> bool:
        """A word that can end a name the model did not read: one with the article, a known first name,
        or one of four letters or more (not ذو "of", رفع "raised")."""
        return t.startswith("ال") or t in self.w.get("given_name", ()) or len(t) >= 4

    def _din_name(self, k: int, din: frozenset) -> bool:
        """Word k starts a first name "X al-Din" (عز الدين، or written joined: عزالدين)."""
        t = self.tokens[k]
        return t in din and self.tok(k + 1) == "الدين" or t.endswith("الدين") and t[:-5] in din

    def generic(self, it: Item, out: list[Item]) -> None:
        """An unnamed group (مسلحون مجهولون، قوات الأمن العراقية، المدنيين): an entity of type Group,
        qualified by the nationality adjective right after it, else by the article's country."""
        g = it.ref
        country = ""
        nxt = next((x for x in self.items if x.i >= it.j), None)
        if nxt is not None and nxt.i == it.j and nxt.kind == "ent" and nxt.mention_kind == "demonym" \
                and not nxt.clitic:
            head = self.tok(it.i)[len(it.clitic):]
            head = head[2:] if head.startswith("ال") else head
            if head in self.w.get("people", ()) and head not in self.w.get("force", ()):
                it.kind = "absorbed"         # مسؤولين أتراك: officials of a country stand for it
                return
            country = nxt.entity.id          # قوات الأمن العراقية، جنود أتراك
            nxt.kind = "absorbed"
            it.j, it.fe = nxt.j, nxt.fe
        else:       # the country of the sentence's places, else the article's
            # an unnamed mosque or checkpoint lies where the sentence's towns are, else where the article
            # is; a country named in the sentence may only have condemned the attack on it
            if g.type == "Facility":
                # the sentence's places as read (نيويورك تايمز is a paper, not New York), not a name in
                # quotation marks (ل"الرياض": the paper quoted, not the city)
                country = focus_country([c for c in self.state.sentence_chosen
                                         if not _quote_before(self.state.doc.text, self.state.folded, c.fs)],
                                        self.lex, kinds=("Place", "Facility"))
                if country and self.state.focus_country and self.state.country_weight.get(country, 0) <= 2:
                    country = ""    # one place of a country the article names nowhere else (بوسان in
                    #                 a Yemeni article, spelt like Busan): the article's country
                country = country or self.state.focus_country or self.state.sentence_country
            else:
                country = self.state.sentence_country or self.state.focus_country
        ms, me = self.state.folded.span(it.fs, it.fe)
        ent = group_entity(self.lex, g, country, self.state.doc.text[ms:me])
        it.kind, it.entity, it.mention_kind = "ent", ent, "generic"
        self.emit(it, out)

    def mark_demonyms(self, out: list[Item]) -> None:
        """A demonym stands for its country when it is used as a noun (الفرنسيين، مسؤولين روس، القوات الروسية)."""
        force = self.w.get("force", frozenset())
        people = self.w.get("people", frozenset())
        by_end = {it.j: it for it in out}
        for it in out:
            if it.kind != "ent":
                continue
            prev = self.tok(it.i - 1)
            prev_bare = prev[2:] if prev.startswith("ال") else prev
            if prev in force or prev_bare in force or (prev.startswith("لل") and prev[2:] in force):
                it.forced = True
            if it.mention_kind != "demonym":
                continue
            before = by_end.get(it.i)
            function_words = self.w["_function"]
            prev_item = self.at.get(it.i - 1)
            if it.clitic and it.clitic[-1] in "بل":
                it.nominal = True
            elif it.i == 0 or not _LETTER_RE.match(prev) or prev in function_words or prev == "و" \
                    or prev.isdigit() or prev in self.w.get("number", ()):   # آلاف الفلسطينيين، 3 سوريين
                it.nominal = True
            elif prev_item is not None and prev_item.kind == "word":
                it.nominal = True     # after a verb: أبلغت الأتراك
            elif prev in force or prev_bare in force or prev in people or prev_bare in people:
                it.nominal = True
            elif before is not None and before.kind == "ent" and before.mention_kind == "demonym":
                it.nominal = before.nominal
            elif before is not None and before.kind == "trigger":
                it.nominal = True     # الغارات الروسية: the demonym is the agent of the event noun
            else:
                it.nominal = False

    def located(self, out: list[Item]) -> None:
        """PLACE في PLACE (and coordinated places before في): the first is located in the second."""
        locs = [it for it in out if it.kind == "ent" and it.entity.type in ("Place", "Facility")
                and it.mention_kind != "demonym"]
        for a, b in zip(locs, locs[1:]):
            gap = [self.tok(k) for k in range(a.j, b.i)]
            if gap in (["في"], ["ب"], ["،", "في"], ["في", "ريف"], ["في", "محافظه"], ["في", "مدينه"],
                       ["بريف"], ["بمدينه"], ["بمحافظه"], ["شرق"], ["غرب"], ["شمال"], ["جنوب"],
                       ["في", "شرق"], ["في", "غرب"], ["في", "شمال"], ["في", "جنوب"]) or (
                    not gap and b.clitic in ("ب",)):
                if a.entity.id != b.entity.id and b.entity.type in ("Place", "Country"):
                    self.sa.located.append((a.entity, b.entity))


def _asdict(ent: Entity) -> dict:
    return {f: getattr(ent, f) for f in ent.__slots__}
