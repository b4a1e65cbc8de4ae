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

The stages live in this package: ``syntax`` (how the sentence reads), ``arguments`` (candidate role
fillers, one function per construction), ``subjects`` (who does it: subjects before and after the verb,
across asides, shared by joined verbs, heading an event noun's clause), ``constructions`` (frame → roles,
then what the clause leaves unsaid), ``combine`` (readings that tell one happening), ``modality``
(negation, future, conditions, reported speech) and ``sentence`` (one sentence's readings and static
facts). Readings become events in kg.events.
"""
from __future__ import annotations

from ..groups import is_unnamed
from ..lexicon import Lexicon
from ..model import GRAPH_CLASSES, LOCATION_TYPES, Triple
from ..recognize import Analysis
from .focus import _Focus, entity_gender
from .reading import Reading
from .sentence import _SentenceExtractor
from .words import CONFIDENCE


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
        if not (sa.affiliations or sa.located or any(it.kind in ("trigger", "word") for it in sa.items)):
            continue     # no predicate can be read (worth_running), so no extractor is built
        ex = _SentenceExtractor(sa, lex, focus, (doc.text, analysis.folded))
        if not ex.worth_running():
            continue
        readings, static = ex.run()
        rows = [row for r in readings for row in ex.triples_of(r)] + static
        if on_sentence is not None:
            on_sentence(ex, readings)
        all_readings += readings
        for actor, rel, cls, target, modality, conf, trigger, source in rows:
            if actor.type == "Group" or target.type == "Group" or is_unnamed(actor.id) or is_unnamed(target.id) \
                    or cls not in GRAPH_CLASSES:
                continue     # unnamed groups and facilities (one node per kind and country, pooled over every
                #              article) and event-only classes are events (events.csv), not graph edges
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


__all__ = ["extract", "extract_all", "Reading", "CONFIDENCE", "entity_gender", "_Focus", "_SentenceExtractor"]
