"""What an article has said so far, for kg.recognize: the names the model read in it, persons named in
full and their family names, the entities in focus for anaphora, the country the article is about.
"""
from __future__ import annotations

import re
from collections import Counter

from .items import SentenceAnalysis
from .lexicon import Anaphor, Lexicon
from .model import Document, Entity, Mention
from .name_model import Featurizer, strip_clitics
from .name_shapes import FIRST_OF_TWO
from .recognize_model import _DIACRITIC_RE
from .text import fold_string
from .variants import SAME_LETTERS, same_letters, skeleton, vowel_variant


_FEATURIZERS: dict[int, tuple] = {}


def _featurizer(lex) -> Featurizer:
    """The name model's featurizer of this lexicon (its per-word feature cache lives as long as the process)."""
    got = _FEATURIZERS.get(id(lex))
    if got is None or got[0] is not lex:
        got = _FEATURIZERS[id(lex)] = (lex, Featurizer(lex))
    return got[1]


def _written_as(letter: str) -> tuple[str, ...]:
    """The letters a word may have where its SAME_LETTERS form has ``letter`` (ج: ج or غ), so that
    surnames() compares a word's own edges, with no translation of every word of every sentence."""
    return (letter, *(chr(c) for c, v in SAME_LETTERS.items() if v == letter))


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
        self.facility_names: dict[str, Entity] = {}         # a text facility's name without its noun
        self.place_names: dict[str, Entity] = {}            # a text place's folded name -> the place
        self.family_pairs: dict[str, Entity | None] = {}     # a family name in two words (أبو ردينة)
                                                             # -> the person named in full; None: two
        self.given_surnames: dict[str, Entity | None] = {}   # a family name that is also a first name
                                                             # (صالح) -> that person; None: two persons
        self.surname_edges: set[tuple[str, str]] = set()    # their (first, last) letters, as a word may
                                                             # write them (_written_as): see surnames()
        self.surname_skeletons: dict[str, list[str]] = {}    # kg.variants.skeleton -> family names
        self._surname_memo: dict[str, Entity | None] = {}      # surname() of a word, until one is added
        self.folded = None                                   # the article's Folded view
        self._ala: bool | None = None                        # written_ali(): the article writes على
        self._counts: Counter | None = None                  # count()
        self.focus_country = ""                              # the country the article is about
        self.country_weight: dict[str, int] = {}             # country -> how much the article points to it
        self.sentence_country = ""                           # the country of the sentence's places
        self.lone_places: frozenset = frozenset()            # the lexicon towns alone of their country (recognize)
        self.namesakes: dict = {}                            # lexicon town id -> the article's namesake town
        self.body_countries: dict[str, str] = {}             # a national body's folded name -> the country the
                                                             # article last named it with (وزارة الداخلية الكويتية)
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
            self.surname_edges.update((a, b) for a in _written_as(folded[0]) for b in _written_as(folded[-1]))
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
                if (country or ent.country) == focus or not (country or ent.country):
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
