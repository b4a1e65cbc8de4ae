"""Resolution across the article: what one sentence leaves open, an earlier one may have said.

A definite event noun with no doer (الغارة، الهجوم، هذه الضربة) refers back to the last event of the
same kind the article told, within a few sentences: it takes that event's actors (their words are not in
this sentence, so the role's text is empty, as for any filler from outside the sentence).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Event, Role
from ..text import fold_string

SPAN = 4                     # sentences back an event noun may refer to
_DEMONSTRATIVES = ("هذا", "هذه", "ذلك", "تلك")


def _definite(trigger: str, evidence: str) -> bool:
    w = fold_string(trigger).split(" ")[0]
    for c in ("وبال", "فبال", "وال", "فال", "بال", "لل", "كال", "ال"):
        if w.startswith(c):
            return True
    return False


def resolve_document(events: list[Event]) -> list[Event]:
    """The events of one article, in order, with actors carried over to definite event nouns."""
    last: dict[tuple[str, str], Event] = {}
    out = []
    for e in events:
        if not e.actors and e.relation_class and _definite(e.trigger, e.evidence):
            prev = last.get((e.type, e.relation_class))
            if prev is not None and e.sentence - prev.sentence <= SPAN and prev.sentence != e.sentence:
                e = replace(e, actors=tuple(Role(r.entity) for r in prev.actors),
                            confidence=round(max(e.confidence - 0.1, 0.1), 2))
        if e.actors:
            last[(e.type, e.relation_class)] = e
        out.append(e)
    return out
