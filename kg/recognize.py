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

from .lexicon import ANAPHOR, DEMONYM, ENT, GENERIC, PLACE_NOUN, TITLE, TRIGGER, WORD, Anaphor, Hit, Lexicon
from .groups import group_entity
from .model import LOCATION_TYPES, Document, Entity, Mention
from .name_model import Featurizer, Reading, lexicon_marks, name_memory, quote_marks, strip_clitics
from .name_model import tagger as name_tagger
from .text import fold, fold_string, segment, sentence_key
from .translit import use_spellings
from .variants import SAME_LETTERS, same_letters, skeleton, vowel_variant
from .name_shapes import (FIRST_OF_TWO, SON_OF, another_first_name, extend_person, join_hyphens, kunya,
                          person_nouns, trim_person, trim_place)
from .items import Analysis, Item, SentenceAnalysis
from .name_words import _LETTER_RE, Words
from .person_links import PersonLinks, not_surnames
from .recognize_entities import _FAMILY_OF_TWO, NewEntities
from .recognize_model import _DIACRITIC_RE, _MODEL_TYPES, ModelNames
from .recognize_places import _DESCRIPTORS, PlaceNounNames
from .recognize_titles import _OPEN_QUOTES, TitleNames

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")

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


class _Builder(TitleNames, PlaceNounNames, ModelNames, NewEntities, PersonLinks):
    """Turn raw hits of one sentence into entity items (open-class names, anaphora, titles). Its stages
    live in mixins: names after titles (kg.recognize_titles), after place nouns (kg.recognize_places),
    the model's and the article's names (kg.recognize_model), a found name's entity
    (kg.recognize_entities), a surname or title that refers back to a person (kg.person_links)."""

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


