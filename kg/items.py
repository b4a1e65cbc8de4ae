"""The units recognition reads a sentence into (``Item``), a sentence read (``SentenceAnalysis``) and an
article read (``Analysis``): what kg.recognize builds and kg.extract reads."""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Title, Trigger
from .model import Document, Entity, Mention
from .text import Folded


@dataclass(slots=True)
class Item:
    """A recognised unit covering tokens [i, j) of its sentence."""
    kind: str                      # "ent" | "trigger" | "word"
    i: int
    j: int
    fs: int                        # folded span (clitics excluded)
    fe: int
    clitic: str = ""               # proclitics written on the first token (و ب ل لل س …)
    entity: Entity | None = None
    mention_kind: str = ""         # name | nominal | demonym | title
    trigger: Trigger | None = None
    word: str = ""                 # word category (report, light_verb, …)
    role_of: int = -1              # demonym/entity that only qualifies a title: index of the person item
    title: Title | None = None     # the title that introduced this person
    nominal: bool = True           # demonyms: stands as a noun (not an attribute of an unknown noun)
    forced: bool = False           # preceded by a force noun (قوات، طائرات …)
    ref: object = None             # place noun or anaphor, until resolved
    gender: str = ""               # verbs: m | f | p agreement shown by the form
    tense: str = ""                # verbs: perf | imperf
    alts: tuple = ()               # every lexicon hit on this span (the chosen one first)
    lead: int = -1                 # persons: first token of the title phrase that introduced them
    suffix: str = ""               # pronoun suffix on the word (يحاصرها: ها)
    suffixes: tuple = ()           # the suffix each alternative reading leaves (استعاده: noun "", verb ه)
    weak: bool = False             # a name read with little evidence (no title): never taken as an actor
    name_span: tuple = ()          # folded (start, end) of the mention when the name model reads it shorter
    nominal_mention: bool = False  # a lexicon form the model reads as a description (الجيش اللبناني)


@dataclass(slots=True)
class SentenceAnalysis:
    index: int
    start: int                     # offsets in doc.text
    end: int
    fs: int                        # folded offsets
    fe: int
    tokens: list[str]              # folded words and punctuation
    starts: list[int]              # their folded offsets in the article
    ends: list[int]
    items: list[Item]
    duplicate: bool = False
    dup_of: int = -1                              # the earlier sentence this one repeats
    located: list = field(default_factory=list)   # (place Entity, container Entity) pairs read from the text
    affiliations: list = field(default_factory=list)  # (person Entity, org Entity, item index, trigger words)


@dataclass(slots=True)
class Analysis:
    doc: Document
    folded: Folded
    sentences: list[SentenceAnalysis]
    mentions: list[Mention]
    focus_country: str = ""        # the country the article is about (its most-named), "" if none
