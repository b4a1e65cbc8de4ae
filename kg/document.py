"""One document through kg: recognise, extract, events; and its result packed into plain tuples.

``process`` is what a worker runs on each article; ``pack`` turns its result into the plain values the
cache, the spool and the workers pass around (JSON-able, never pickled from disk)."""
from __future__ import annotations

import hashlib
import time

from .lexicon import Lexicon, load_lexicon
from .model import Document, DocResult, Entity

# --- one document ---------------------------------------------------------------------------------

def digest(doc: Document) -> str:
    h = hashlib.sha256()
    for part in (doc.doc_id, doc.text, doc.title, doc.date, doc.source, doc.url):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:32]


def process(doc: Document, lex: Lexicon) -> DocResult:
    """Everything kg extracts from one document."""
    from .events import resolve_document, sentence_events
    from .extract import extract_all
    from .recognize import analyze
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    analysis = analyze(doc, lex, timings)
    t1 = time.perf_counter()
    events: list = []
    triples, _ = extract_all(analysis, lex,
                             on_sentence=lambda ex, readings: events.extend(sentence_events(ex, readings, analysis, lex)))
    events = resolve_document(events, lex)
    events += _repeated_events(analysis, events)
    events.sort(key=lambda e: (e.sentence, int(e.event_id.rsplit(":", 1)[1])))
    t2 = time.perf_counter()
    timings["recognise"] = (t1 - t0) - timings.get("normalise", 0.0)
    timings["extract"] = t2 - t1
    return DocResult(doc=doc, sentences=sum(1 for s in analysis.sentences if not s.duplicate),
                     mentions=tuple(analysis.mentions), triples=tuple(triples), events=tuple(events),
                     digest=digest(doc), timings=tuple(sorted(timings.items())))


def _repeated_events(analysis, events: list) -> list:
    """A sentence the article repeats tells its events again (EVENTS.md: one entry per occurrence); its
    triples are not repeated. The copies point at the repeated sentence."""
    from dataclasses import replace
    by_sentence: dict[int, list] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    out = []
    text = analysis.doc.text
    for sa in analysis.sentences:
        if not sa.duplicate or sa.dup_of not in by_sentence:
            continue
        orig = analysis.sentences[sa.dup_of]
        shift = sa.start - orig.start
        same = text[sa.start:sa.end] == text[orig.start:orig.end]
        for e in by_sentence[sa.dup_of]:
            def moved(roles):
                # the same words at the same place, or (spelled a little differently) no offsets
                return tuple(replace(r, start=r.start + shift, end=r.end + shift) if same
                             else replace(r, start=-1, end=-1) if r.start >= 0 else r for r in roles)
            tstart = int(e.event_id.rsplit(":", 1)[1]) + shift
            out.append(replace(e, event_id=f"{e.doc_id}:{tstart}", sentence=sa.index, start=sa.start, end=sa.end,
                               evidence=text[sa.start:sa.end], actors=moved(e.actors), targets=moved(e.targets),
                               places=moved(e.places)))
    return out


def extract_text(text: str, lex: Lexicon | None = None, doc_id: str = "text") -> DocResult:
    """Everything kg extracts from a piece of text (cleaned like an article)."""
    from .text import clean
    return process(Document(doc_id=doc_id, text=clean(text)), lex or load_lexicon())


# A packed result is a tuple of plain values (fast to pickle, to cache and to send between processes):
# (doc, sentences, digest, timings, mentions, triples, text_entities, events) with
#   doc       = (doc_id, title, date, source, url)
#   mentions  = ((start, end, text, entity_id, kind), ...)
#   triples   = ((sentence, start, end, actor_id, relation, class, target_id, modality, confidence,
#                 evidence, trigger, source_id), ...)
#   text_entities = ((id, type, label_en, label_ar, country, located_in, role_en), ...) for the entities
#                   found in the text (lexicon entities are known everywhere by their id)
#   events    = ((event_id, sentence, start, end, trigger, type, mode, relation, class, actors, targets,
#                 places, date, killed, wounded, modality, confidence, evidence, source_id), ...) where each
#               role is ((entity_id, text, start, end), ...) and killed/wounded are ints or None
P_DOC, P_SENTENCES, P_DIGEST, P_TIMINGS, P_MENTIONS, P_TRIPLES, P_ENTITIES, P_EVENTS = range(8)


def _roles(roles) -> tuple:
    return tuple((r.entity.id, r.text, r.start, r.end) for r in roles)


def pack(res: DocResult) -> tuple:
    d = res.doc
    ents: dict[str, Entity] = {}
    for m in res.mentions:
        if m.entity.origin == "text":
            ents.setdefault(m.entity.id, m.entity)
    for t in res.triples:
        for e in (t.actor, t.target):
            if e.origin == "text":
                ents.setdefault(e.id, e)
    for ev in res.events:
        for r in (*ev.actors, *ev.targets, *ev.places):
            if r.entity.origin == "text":
                ents.setdefault(r.entity.id, r.entity)
    return (
        (d.doc_id, d.title, d.date, d.source, d.url),
        res.sentences, res.digest, res.timings,
        tuple((m.start, m.end, m.text, m.entity.id, m.kind) for m in res.mentions),
        tuple((t.sentence, t.start, t.end, t.actor.id, t.relation, t.relation_class, t.target.id, t.modality,
               t.confidence, t.evidence, t.trigger, t.source.id if t.source is not None else "")
              for t in res.triples),
        tuple((e.id, e.type, e.label_en, e.label_ar, e.country, e.located_in, e.role_en) for e in ents.values()),
        tuple((e.event_id, e.sentence, e.start, e.end, e.trigger, e.type, e.mode, e.relation, e.relation_class,
               _roles(e.actors), _roles(e.targets), _roles(e.places), e.date, e.killed, e.wounded, e.modality,
               e.confidence, e.evidence, e.source.id if e.source is not None else "") for e in res.events),
    )


def extract_packed(docs: list[Document], lex: Lexicon) -> list[tuple]:
    """Documents extracted and packed, their persons respelled in one batch (``relabel_persons``):
    what every executor (this process, worker processes, Dask) returns for a chunk."""
    return relabel_persons([pack(process(d, lex)) for d in docs])


def relabel_persons(packed: list[tuple]) -> list[tuple]:
    """Packed results whose persons found in the text are spelled better where the name dictionary
    lacks a word (``kg.translit.model_labels``: one batch for the documents of a worker's chunk).
    A label that did not come from ``person_label`` (a title's, a user's) is kept."""
    from .translit import made_by_person_label, model_labels, no_doubles
    names = sorted({e[3] for p in packed for e in p[P_ENTITIES] if e[1] == "Person" and made_by_person_label(e[3], e[2])})
    better = {ar: no_doubles(en) for ar, en in model_labels(names).items()} if names else {}
    if not better:
        return packed
    out = []
    for p in packed:
        ents = tuple((i, t, better[ar] if t == "Person" and ar in better and made_by_person_label(ar, en) else en, ar, *rest)
                     for i, t, en, ar, *rest in p[P_ENTITIES])
        out.append(p[:P_ENTITIES] + (ents,) + p[P_ENTITIES + 1:])
    return out


def unpack_entities(packed: tuple) -> list[Entity]:
    return [Entity(id=i, type=t, label_en=en, label_ar=ar, country=c, located_in=loc, role_en=role, origin="text")
            for i, t, en, ar, c, loc, role in packed[P_ENTITIES]]
