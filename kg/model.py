"""The records that flow between kg's stages. Frozen dataclasses only, no behaviour.

Offsets (``start``/``end``) always index the article text ``Document.text``:
``doc.text[m.start:m.end] == m.text`` for a Mention and ``doc.text[t.start:t.end] == t.evidence``
for a Triple.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = (
    "Person", "Organization", "Government", "ArmedGroup", "InternationalOrganization",
    "Media", "Country", "Place", "Facility", "Group",
)
# Types that can act (be the actor of an event); places and facilities are only targets.
# Group: an unnamed actor in ACLED's style (gunmen, police forces of Iraq, civilians, protesters).
ACTOR_TYPES = frozenset({
    "Person", "Organization", "Government", "ArmedGroup", "InternationalOrganization", "Media", "Country",
    "Group",
})
LOCATION_TYPES = frozenset({"Country", "Place", "Facility"})
# the relations of a blast (triggers.tsv): a suicide bomber's deed, and one that a reflexive object makes his
BLASTS = frozenset({"bombed", "exploded"})
# event types that are deeds done somewhere (their place is where); words said (demands, accusations,
# condemnations) are not, and the place of a deed they name is the deed's, not theirs
DEED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID", "SANCTION", "CONCEDE"})
PLACED_TYPES = DEED_TYPES | {"CONSULT"}

RELATION_CLASSES = (
    "ATTACK", "KILL", "CONTROL", "BESIEGE", "WITHDRAW", "ADVANCE", "MEET", "AGREE", "ACCUSE",
    "DEMAND", "SUPPORT", "REJECT", "ARREST", "AFFILIATION", "LOCATED_IN",
    "PROTEST", "THREATEN", "COERCE", "AID", "SANCTION", "MOBILIZE", "CONCEDE", "COOPERATE",
)
# The classes of triples.csv and of the entity graph (the relation classes of ../shared/eval's gold);
# the others are events only (events.csv and the store's kg:Event): who protested, threatened, coerced,
# aided, sanctioned, mobilised, conceded or cooperated is an event's actor, not an edge of the graph.
GRAPH_CLASSES = frozenset(RELATION_CLASSES[:15])
# Static relations: facts, not events (they stay in triples.csv only).
STATIC_CLASSES = frozenset({"AFFILIATION", "LOCATED_IN"})
# Static relations of an event class: who holds a place (المناطق التي يسيطر عليها الحوثيون) is a CONTROL
# edge of the graph and a fact of the store, but no event (no place was taken).
STATIC_RELATIONS = frozenset({"holds"})
# The 16 PLOVER event types (events.csv's ``type``) and the type and mode each kg class maps to by
# default; a trigger row of ontology/triggers.tsv may set its own (kidnapping: ASSAULT/abduct).
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
CLASS_TYPES = {
    "ATTACK": ("ASSAULT", ""), "KILL": ("ASSAULT", ""), "CONTROL": ("ASSAULT", "capture"),
    "ADVANCE": ("ASSAULT", "advance"), "BESIEGE": ("ASSAULT", "siege"), "WITHDRAW": ("RETREAT", ""),
    "MEET": ("CONSULT", ""), "AGREE": ("AGREE", ""), "ACCUSE": ("ACCUSE", ""), "DEMAND": ("REQUEST", ""),
    "SUPPORT": ("SUPPORT", ""), "REJECT": ("REJECT", ""), "ARREST": ("COERCE", "arrest"),
    "PROTEST": ("PROTEST", ""), "THREATEN": ("THREATEN", ""), "COERCE": ("COERCE", ""), "AID": ("AID", ""),
    "SANCTION": ("SANCTION", ""), "MOBILIZE": ("MOBILIZE", ""), "CONCEDE": ("CONCEDE", ""),
    "COOPERATE": ("COOPERATE", ""),
}
MODALITIES = ("asserted", "negated", "future", "hypothetical", "reported")


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    text: str                      # the article text, cleaned of markup; all offsets index it
    title: str = ""
    date: str = ""
    source: str = ""
    url: str = ""
    origin: str = ""               # file (and line) it was read from, for messages


@dataclass(frozen=True, slots=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str
    duplicate: bool = False        # the same sentence already occurred earlier in the article


@dataclass(frozen=True, slots=True)
class Entity:
    id: str                        # lexicon id, or "<type>/<slug>" for entities found in the text
    type: str
    label_en: str
    label_ar: str
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    country: str = ""
    located_in: str = ""
    metonym_of: str = ""
    role_en: str = ""
    wikidata: str = ""
    origin: str = ""               # "lexicon" (file:line) or "text"


@dataclass(frozen=True, slots=True)
class Mention:
    doc_id: str
    start: int
    end: int
    text: str
    entity: Entity
    kind: str = "name"             # name | nominal (anaphor resolved) | demonym | title | generic
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class Triple:
    doc_id: str
    sentence: int                  # index of the sentence in the document
    start: int                     # offsets of the evidence sentence in Document.text
    end: int
    actor: Entity
    relation: str                  # fine relation, e.g. "attacked"
    relation_class: str            # one of RELATION_CLASSES
    target: Entity
    modality: str = "asserted"
    confidence: float = 0.5
    evidence: str = ""
    trigger: str = ""              # the words that triggered the relation
    source: Entity | None = None   # who is reported to have said it (reported speech)


@dataclass(frozen=True, slots=True)
class Role:
    """One filler of an event role: the entity and the words that name it in the evidence sentence."""
    entity: Entity
    text: str = ""                 # surface text in the sentence ("" when filled from outside it)
    start: int = -1                # its offsets in Document.text (-1 when filled from outside)
    end: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    """One occurrence of something happening (or said, denied, planned), anchored on its trigger.

    Roles may be empty: an attack with no named attacker is still an event (see EVENTS.md)."""
    doc_id: str
    event_id: str                  # "<doc_id>:<offset of the trigger>": stable across builds
    sentence: int
    start: int                     # offsets of the evidence sentence in Document.text
    end: int
    trigger: str                   # the trigger's words as written
    type: str                      # one of EVENT_TYPES (PLOVER)
    mode: str = ""
    relation: str = ""             # kg's fine relation and class
    relation_class: str = ""
    actors: tuple[Role, ...] = ()
    targets: tuple[Role, ...] = ()
    places: tuple[Role, ...] = ()
    date: str = ""                 # YYYY-MM-DD when the text fixes the day
    killed: int | None = None
    wounded: int | None = None
    modality: str = "asserted"
    confidence: float = 0.5
    evidence: str = ""
    source: Entity | None = None   # who is reported to have said it
    features: tuple[str, ...] = field(default=(), compare=False)   # what the event scorer weighs (not written)


@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything extracted from one document."""
    doc: Document
    sentences: int
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    triples: tuple[Triple, ...] = field(default_factory=tuple)
    events: tuple[Event, ...] = field(default_factory=tuple)
    digest: str = ""               # content hash of the document (incremental builds)
    timings: tuple = ()            # (stage, seconds) pairs spent on this document
