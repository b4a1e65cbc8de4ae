"""``out/.kg/summary.json``: the graph summary of the previous build, as plain JSON (never pickle).

An append-only build continues from it. The file is two lines: a header ``{"format": …, "token": …}``
(read alone, cheaply, to tell whether the file belongs to the cached build) and the state. Whatever
is read back is checked field by field; a file that does not pass is not used (the caller rebuilds
the summary from the cache and says so in one line).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .cache import _name, _no_constant
from .model import ENTITY_TYPES, Entity

FORMAT = "kg-summary/2"
_ENTITY_FIELDS = ("type", "label_en", "label_ar", "aliases_ar", "aliases_en", "country", "located_in",
                  "metonym_of", "role_en", "wikidata", "origin")
_EVIDENCE_KEYS = {"doc": str, "sentence": int, "start": int, "end": int, "text": str, "modality": str,
                  "confidence": (int, float), "trigger": str, "date": str, "source": str, "reported_by": str}
_DOC_KEYS = {"title": str, "date": str, "source": str, "url": str, "triples": int, "copy_of": str}
_EVENT_KEYS = {"doc": str, "sentence": int, "type": str, "mode": str, "relation": str, "trigger": str, "actors": list,
               "targets": list, "places": list, "date": str, "killed": int, "wounded": int, "modality": str, "text": str}


class SummaryFileError(ValueError):
    """summary.json is missing, malformed or not from the cached build."""


def save(summary, path: Path, token: str) -> None:
    state = {
        "entities": {eid: [getattr(e, f) for f in _ENTITY_FIELDS] for eid, e in summary.entities.items()},
        "mentions": dict(summary.mentions), "doc_count": dict(summary.doc_count),
        "doc_sample": summary.doc_sample,
        "edges": [[a, rel, b, i.relation_class, i.count, i.confidence, i.doc_count, i.doc_sample, i.last_doc,
                   dict(i.modalities), i.evidence] for (a, rel, b), i in summary.edges.items()],
        "docs": summary.docs, "forms": summary.forms, "best": summary.best,
        "stories": {s: [sorted(map(list, edges)), sorted(ents)] for s, (edges, ents) in summary.stories.items()},
        "ent_events": summary.ent_events, "ent_event_stats": summary.ent_event_stats,
        "event_types": dict(summary.event_types),
    }
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"format": FORMAT, "token": token}) + "\n")
        # json.dumps, not json.dump: only the one-shot encoder is the C one (five times faster)
        fh.write(json.dumps(state, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


def token_of(path: Path) -> str | None:
    """The token a saved summary was written with (cheap: the rest of the file is not read)."""
    try:
        with open(path, encoding="utf-8") as fh:
            head = json.loads(fh.readline(4096))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(head, dict) or head.get("format") != FORMAT or not isinstance(head.get("token"), str):
        return None
    return head["token"]


def load(summary, path: Path) -> None:
    """Fill ``summary`` (a fresh GraphSummary) from the file; SummaryFileError if it cannot be used."""
    from .export import EdgeInfo
    try:
        with open(path, encoding="utf-8") as fh:
            fh.readline()
            state = json.loads(fh.read(), parse_constant=_no_constant)
    except (OSError, ValueError, UnicodeDecodeError, RecursionError) as e:
        raise SummaryFileError(f"{path}: cannot be read ({e})") from None
    try:
        _check(isinstance(state, dict), "not an object")
        entities = {}
        for eid, fields in _dict(state["entities"]).items():
            _check(_name(eid) and isinstance(fields, list) and len(fields) == len(_ENTITY_FIELDS), "entity")
            f = dict(zip(_ENTITY_FIELDS, fields))
            f["aliases_ar"], f["aliases_en"] = _strs(f["aliases_ar"]), _strs(f["aliases_en"])
            _check(f["type"] in ENTITY_TYPES and all(isinstance(f[k], str) for k in _ENTITY_FIELDS[5:]), "entity")
            _check(all(not f[k] or _name(f[k]) for k in ("country", "located_in", "metonym_of", "wikidata")), "entity")
            _check(isinstance(f["label_en"], str) and isinstance(f["label_ar"], str), "entity")
            entities[eid] = Entity(id=eid, **f)
        known = set(entities)
        mentions = Counter(_counts(state["mentions"], known))
        doc_count = Counter(_counts(state["doc_count"], known))
        doc_sample = {k: _strs(v, list) for k, v in _dict(state["doc_sample"]).items()}
        edges = {}
        for row in state["edges"]:
            a, rel, b, cls, count, conf, n_docs, sample, last, mods, evidence = row
            _check(a in known and b in known and _name(rel) and _name(cls), "edge")
            _check(_int(count) and _int(n_docs) and type(conf) in (int, float) and isinstance(last, str), "edge")
            info = EdgeInfo(a, rel, cls, b, count=count, confidence=conf, doc_count=n_docs,
                            doc_sample=_strs(sample, list), last_doc=last,
                            modalities=Counter(_counts(mods, None)), evidence=[_evidence(e) for e in evidence])
            edges[(a, rel, b)] = info
        docs = {d: _record(m, _DOC_KEYS) for d, m in _dict(state["docs"]).items()}
        forms = {k: v for k, v in _dict(state["forms"]).items() if _check(isinstance(v, str), "form")}
        best = {k: v for k, v in _dict(state["best"]).items() if _check(isinstance(v, str), "form")}
        stories = {}
        for s, (keys, ents) in _dict(state["stories"]).items():
            stories[s] = ({tuple(_strs(k)) for k in keys}, set(_strs(ents)))
            _check(all(len(k) == 3 for k in stories[s][0]), "story")
        ent_events = {}
        for k, lst in _dict(state["ent_events"]).items():
            _check(k in known and isinstance(lst, list), "events")
            ent_events[k] = [_event(x, known) for x in lst]
        ent_event_stats = {}
        for k, st in _dict(state["ent_event_stats"]).items():
            _check(k in known and isinstance(st, list) and len(st) == 6 and all(_int(x) for x in st), "event counts")
            ent_event_stats[k] = st
        event_types = Counter(_counts(state["event_types"], None))
    except (KeyError, TypeError, ValueError) as e:
        raise SummaryFileError(f"{path}: malformed ({e})") from None
    summary.ent_events, summary.ent_event_stats, summary.event_types = ent_events, ent_event_stats, event_types
    summary.entities, summary.mentions, summary.doc_count, summary.doc_sample = entities, mentions, doc_count, doc_sample
    summary.edges, summary.docs, summary.forms, summary.best, summary.stories = edges, docs, forms, best, stories


def _check(ok: bool, what: str) -> bool:
    if not ok:
        raise ValueError(f"bad {what}")
    return True


def _dict(x) -> dict:
    _check(isinstance(x, dict), "object")
    return x


def _int(x) -> bool:
    return type(x) is int and x >= 0


def _strs(x, kind=tuple):
    _check(isinstance(x, list) and all(isinstance(s, str) for s in x), "list of strings")
    return kind(x)


def _counts(x, known) -> dict:
    d = _dict(x)
    _check(all(_int(v) and (known is None or k in known) for k, v in d.items()), "counts")
    return d


def _record(x, keys: dict) -> dict:
    d = _dict(x)
    _check(all(isinstance(v, keys.get(k, (str, int, float))) and type(v) is not bool for k, v in d.items()), "record")
    return d


def _event(x, known) -> dict:
    d = _record(x, _EVENT_KEYS)
    _check(set(d) == set(_EVENT_KEYS), "event")
    for role in ("actors", "targets", "places"):
        _check(all(isinstance(i, str) and i in known for i in d[role]), "event role")
    return d


def _evidence(x) -> dict:
    d = _record(x, _EVIDENCE_KEYS)
    _check(set(d) == set(_EVIDENCE_KEYS), "evidence")
    return d
