"""The event stage: readings of triggers (kg.extract) become PLOVER-typed events with roles, place,
date, casualties and modality (see ``assemble``), as ../shared/eval/EVENTS.md defines them."""
from __future__ import annotations

from .assemble import SentenceEvents
from .resolve import resolve_document


def sentence_events(ex, readings, analysis, lex):
    """The events of one sentence from its extractor and its readings."""
    return SentenceEvents(ex, analysis, lex).build(readings)


__all__ = ["sentence_events", "SentenceEvents", "resolve_document"]
