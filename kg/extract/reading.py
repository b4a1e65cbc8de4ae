"""A reading: one trigger occurrence read as an event, before it becomes an Event (kg.events)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import Trigger
from ..model import Entity
from ..recognize import Item


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
    killed: list = field(default_factory=list)   # Items killed in this attack (أسفر الهجوم عن مقتل جنديين)
