"""Output files: triples.csv, mentions.csv, graph.graphml (networkx), graph.html (pyvis + vis-network).

``EXPORTERS`` maps a format name to the function that writes it from a ``GraphSummary`` (the graph
aggregated over all documents), in the manner of rdflib's format-name plugins.
"""
from __future__ import annotations

import csv
import hashlib
import json
import math
import re
import shutil
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from .labels import relation_label
from .text import fold_string
from .translit import FINAL_MAQSURA_RE, romanize, shaped_words
from .model import CLASS_TYPES, Entity
from .store import entity_iri

TRIPLE_COLUMNS = ("doc_id", "sentence", "start", "end", "actor_id", "actor", "actor_ar", "actor_type",
                  "relation", "relation_class", "target_id", "target", "target_ar", "target_type",
                  "modality", "confidence", "evidence")
# kind: name (a proper name), demonym (الروسية for Russia), nominal (التنظيم referring back), title (a
# person named by a title), generic (an unnamed group: مسلحون مجهولون)
MENTION_COLUMNS = ("doc_id", "start", "end", "text", "entity_id", "label", "label_ar", "type", "kind")
# exactly the header of ../shared/eval/EVENTS.md §4
EVENT_COLUMNS = ("doc_id", "event_id", "sentence", "start", "end", "trigger", "type", "mode", "relation",
                 "relation_class", "actor_ids", "actors", "actor_texts", "target_ids", "targets", "target_texts",
                 "place_ids", "places", "place_texts", "date", "killed", "wounded", "modality", "confidence",
                 "evidence")

TYPE_COLORS = {
    "Person": "#e15759", "Organization": "#76b7b2", "Government": "#4e79a7", "ArmedGroup": "#f28e2b",
    "InternationalOrganization": "#59a14f", "Media": "#b07aa1", "Country": "#edc948", "Place": "#9c755f",
    "Facility": "#bab0ac",
}
CLASS_COLORS = {
    "ATTACK": "#d62728", "KILL": "#8c1c13", "CONTROL": "#ff7f0e", "BESIEGE": "#e377c2", "WITHDRAW": "#7f7f7f",
    "ADVANCE": "#bcbd22", "MEET": "#1f77b4", "AGREE": "#17becf", "ACCUSE": "#9467bd", "DEMAND": "#8c564b",
    "SUPPORT": "#2ca02c", "REJECT": "#393b79", "ARREST": "#637939", "AFFILIATION": "#aec7e8",
    "LOCATED_IN": "#c7c7c7",
}


def _shorter_facility(new, had) -> bool:
    """Whether a facility's new name is its known name without the words after it (an adjective)."""
    a, b = new.label_ar.split(), had.label_ar.split()
    return len(a) < len(b) and b[:len(a)] == a


class GraphSummary:
    """The graph aggregated over all documents (from packed results): what the store's entity graph,
    the CSV labels, GraphML and HTML are drawn from. Holds entities and aggregated edges, not texts
    of whole documents (one evidence sentence per edge and document is kept, up to a limit)."""

    MAX_EVIDENCE = 12      # evidence sentences kept per edge (the store keeps them all)
    SAMPLE = 20            # document ids kept per entity and per edge (counts are exact)
    EVENTS = 6             # events kept per entity for the view (counts are exact; events.csv has all)

    def __init__(self, lex) -> None:
        self.lex = lex
        self.entities: dict[str, Entity] = {}
        self.mentions: Counter = Counter()
        self.doc_count: Counter = Counter()           # entity -> number of documents naming it
        self.doc_sample: dict[str, list] = {}         # entity -> the first SAMPLE of them
        self.edges: dict[tuple, EdgeInfo] = {}
        self.docs: dict[str, dict] = {}
        self.forms: dict[str, str] = {}               # entity found in text -> its first spelling
        self.best: dict[str, str] = {}
        self.stories: dict[str, tuple] = {}           # story with copies -> (edge keys, entity ids) it has
        # events: per entity a few of them (EVENTS) for the view, and exact counts
        self.ent_events: dict[str, list] = {}
        # entity -> [events, as actor, killed where it acted, killed among it, wounded where acted, among it]
        self.ent_event_stats: dict[str, list] = {}
        self.event_types: Counter = Counter()          # PLOVER type -> events (syndicated copies once)

    def save(self, path: Path, token: str) -> None:
        """Write the summary (not the lexicon) as JSON, behind ``token`` (see ``kg.persist``)."""
        from . import persist
        persist.save(self, path, token)

    @staticmethod
    def token_of(path: Path) -> str | None:
        """The token a saved summary was written with (cheap: the rest of the file is not read)."""
        from . import persist
        return persist.token_of(path)

    @classmethod
    def load(cls, path: Path, lex) -> "GraphSummary":
        """The saved summary; ``kg.persist.SummaryFileError`` if the file cannot be used."""
        from . import persist
        summary = cls(lex)
        persist.load(summary, path)
        return summary

    def entity(self, eid: str) -> Entity:
        e = self.entities.get(eid)
        if e is None:
            e = self.entities[eid] = self.lex.entities[eid]
        return e

    def add(self, p: tuple, story: str | None = None, canonical=None) -> None:
        """Add one document's packed result. ``story``: the first document of the story this one is a
        copy of (see ``kg.dedup``); then only what the story did not have yet is counted (``canonical``
        gives the packed result of that first document)."""
        from .document import P_DOC, P_ENTITIES, P_EVENTS, P_MENTIONS, P_TRIPLES, unpack_entities
        doc_id, title, date, source, url = p[P_DOC]
        self.docs[doc_id] = {"title": title, "date": date, "source": source, "url": url,
                             "triples": len(p[P_TRIPLES])}
        had_edges, had_ents = (), ()
        if story:
            self.docs[doc_id]["copy_of"] = story
            had_edges, had_ents = self._story(story, canonical)
        if p[P_ENTITIES]:
            for e in unpack_entities(p):
                had = self.entities.get(e.id)
                # one node for a name said in full and without its middle word (kg.name_shapes'
                # person_id_key): it is labelled with the fullest name any article gives; a facility
                # said with and without an adjective (ميناء عدن الجنوبي، ميناء عدن), with the name alone
                if had is None or had.origin == "text" and (
                        _shorter_facility(e, had) if e.type == "Facility" else
                        len(e.label_ar.split()) > len(had.label_ar.split())):
                    self.entities[e.id] = e
        for start, end, text, eid, kind in p[P_MENTIONS]:
            if eid not in had_ents:
                self.mentions[eid] += 1
            if self.entities.get(eid) is None:
                self.entity(eid)
            ent = self.entities[eid]
            if ent.origin == "text" and kind != "demonym":
                # the first spelling of the whole name (not للحوثي's لحوثي, not a surname alone); until
                # one comes, the first spelling of the name at all
                had = self.forms.get(eid)
                text, whole = _name_spelling(text, ent.label_ar)
                if had is None or (fold_string(had) != ent.label_ar and whole):
                    self.forms[eid] = text
        for eid in dict.fromkeys(m[3] for m in p[P_MENTIONS]):
            if eid in had_ents:
                continue
            self.doc_count[eid] += 1
            sample = self.doc_sample.setdefault(eid, [])
            if len(sample) < self.SAMPLE:
                sample.append(doc_id)
        if story:
            had_ents.update(m[3] for m in p[P_MENTIONS])
            new = {(t[3], t[4], t[6]) for t in p[P_TRIPLES]} - had_edges
            had_edges.update(new)
        for (sent, start, end, a, rel, cls, b, modality, conf, evidence, trigger, src) in p[P_TRIPLES]:
            self.entity(a)
            self.entity(b)
            key = (a, rel, b)
            if story and key not in new:
                continue                                      # the story already counts it
            info = self.edges.get(key)
            if info is None:
                info = self.edges[key] = EdgeInfo(a, rel, cls, b)
            info.count += 1
            if info.last_doc != doc_id:
                info.last_doc = doc_id
                info.doc_count += 1
                if len(info.doc_sample) < self.SAMPLE:
                    info.doc_sample.append(doc_id)
            info.modalities[modality] += 1
            info.confidence = max(info.confidence, conf)
            if len(info.evidence) < self.MAX_EVIDENCE:
                info.evidence.append({"doc": doc_id, "sentence": sent, "start": start, "end": end,
                                      "text": evidence, "modality": modality, "confidence": conf,
                                      "trigger": trigger, "date": date, "source": source,
                                      "reported_by": self.entity(src).label_en if src else ""})
        for ev in p[P_EVENTS]:
            for role in ev[9:12]:
                for eid, *_ in role:
                    self.entity(eid)
            if ev[18]:
                self.entity(ev[18])
            if not story:                                     # a syndicated copy tells no new event
                self._add_event(doc_id, date, ev)

    def _add_event(self, doc_id: str, doc_date: str, ev: tuple) -> None:
        (eid, sent, start, end, trig, etype, mode, rel, cls, actors, targets, places, edate, killed, wounded,
         modality, conf, evidence, _src) = ev
        self.event_types[etype] += 1
        rec = {"doc": doc_id, "sentence": sent, "type": etype, "mode": mode, "relation": rel, "trigger": trig,
               "actors": [r[0] for r in actors], "targets": [r[0] for r in targets], "places": [r[0] for r in places],
               "date": edate or doc_date, "killed": killed if killed is not None else -1,
               "wounded": wounded if wounded is not None else -1, "modality": modality,
               "text": evidence if len(evidence) <= 240 else evidence[:239] + "…"}
        roles = {}
        for r in actors:
            roles.setdefault(r[0], "actor")
        for r in (*targets, *places):
            roles.setdefault(r[0], "target")
        for ent, role in roles.items():
            st = self.ent_event_stats.setdefault(ent, [0, 0, 0, 0, 0, 0])
            st[0] += 1
            k, w = max(killed or 0, 0), max(wounded or 0, 0)
            if role == "actor":
                st[1] += 1
                st[2] += k
                st[4] += w
            else:
                st[3] += k
                st[5] += w
            lst = self.ent_events.setdefault(ent, [])
            if len(lst) < self.EVENTS:
                lst.append(rec)

    def _story(self, story: str, canonical) -> tuple[set, set]:
        """(edge keys, entity ids) the story counts so far, from its first document."""
        rec = self.stories.get(story)
        if rec is None:
            first = canonical(story) if canonical is not None else None
            from .document import P_MENTIONS, P_TRIPLES
            rec = self.stories[story] = ({(t[3], t[4], t[6]) for t in first[P_TRIPLES]} if first else set(),
                                         {m[3] for m in first[P_MENTIONS]} if first else set())
        return rec

    def finish(self) -> None:
        """Settle the Arabic label of entities found in text: the first spelling of their whole name in
        input order, else their first spelling (adding articles relabels only to spell a name whole).
        The label is that spelling as a reader types it: presentation forms (ﻋﺒﺪ) made letters, no
        quotation marks (مستشفى «سوروكا is مستشفى سوروكا)."""
        self.best = {eid: _plain_label(text) for eid, text in self.forms.items()}
        for eid, spelling in self.best.items():
            e = self.entities.get(eid)
            if e is not None and e.origin == "text" and spelling.isascii() and e.label_en != spelling \
                    and e.label_en.replace(" ", "").lower() == spelling.replace(" ", "").lower():
                # a name written in Latin letters is its own label, as written: The National, iDNES
                self.entities[eid] = replace(e, label_en=spelling)
                continue
            if e is not None and e.type == "Place" and FINAL_MAQSURA_RE.search(spelling):
                # the recogniser spelled a folded name, whose final ى became ي: باب موسى is Bab Musa, not
                # "Bab Musi" (kg.translit.romanize reads the ى of the spelling, its words spelt by shape as before)
                for dims in (frozenset(), shaped_words(e.label_ar, frozenset())):
                    if e.label_en == romanize(e.label_ar, dims):
                        self.entities[eid] = replace(e, label_en=romanize(spelling, dims))
                        break

    def ar(self, eid: str) -> str:
        return self.best.get(eid) or self.entities[eid].label_ar


def _name_spelling(text: str, name: str) -> tuple[str, bool]:
    """A mention's words as a spelling of its entity's folded name ``name``, and whether they spell it
    whole: للمجلس الأعلى's span لمجلس الأعلى is المجلس الأعلى; وخور مكسر, with "and" glued on, is خور مكسر."""
    folded = fold_string(text)
    if folded == name:
        return text, True
    if text.startswith("ل") and "ا" + folded in (name, "ال" + name):
        return "ا" + text, "ا" + folded == name
    if text[:1] in "وفبل" and fold_string(text[1:]) == name:
        return text[1:], True
    return text, False


_QUOTES = re.compile(r'["«»“”„]')


def _plain_label(text: str) -> str:
    return " ".join(_QUOTES.sub(" ", unicodedata.normalize("NFKC", text)).split()) or text


@dataclass
class EdgeInfo:
    actor: str
    relation: str
    relation_class: str
    target: str
    count: int = 0
    confidence: float = 0.0
    doc_count: int = 0
    doc_sample: list = field(default_factory=list)
    last_doc: str = ""
    modalities: Counter = field(default_factory=Counter)
    evidence: list = field(default_factory=list)


# --- CSV ------------------------------------------------------------------------------------------

def write_csvs(spool, summary: GraphSummary, folder: Path, previous: Path | None = None) -> None:
    """triples.csv and mentions.csv, in input order, with settled labels. With ``previous`` (an
    append-only build), the previous build's files are copied and the spool's rows appended."""
    from .document import P_DOC, P_EVENTS, P_MENTIONS, P_TRIPLES
    ent_cols: dict[str, tuple] = {}

    def cols(eid: str) -> tuple:
        c = ent_cols.get(eid)
        if c is None:
            e = summary.entities[eid]
            c = ent_cols[eid] = (entity_iri(eid), e.label_en, summary.ar(eid), e.type)
        return c

    def role_cols(role: tuple) -> tuple:
        return (";".join(entity_iri(eid) for eid, *_ in role), ";".join(cols(eid)[1] for eid, *_ in role),
                ";".join(text for _, text, *_ in role))

    mode = "w"
    if previous is not None:
        for name in ("triples.csv", "mentions.csv", "events.csv"):
            shutil.copyfile(previous / name, folder / name)
        mode = "a"
    with open(folder / "triples.csv", mode, newline="", encoding="utf-8") as tf, \
            open(folder / "mentions.csv", mode, newline="", encoding="utf-8") as mf, \
            open(folder / "events.csv", mode, newline="", encoding="utf-8") as ef:
        tw = csv.writer(tf, lineterminator="\n")
        mw = csv.writer(mf, lineterminator="\n")
        ew = csv.writer(ef, lineterminator="\n")
        if previous is None:
            tw.writerow(TRIPLE_COLUMNS)
            mw.writerow(MENTION_COLUMNS)
            ew.writerow(EVENT_COLUMNS)
        for p in spool:
            doc_id = p[P_DOC][0]
            tw.writerows((doc_id, sent, start, end, *cols(a), rel, cls, *cols(b), modality, f"{conf:.2f}", evidence)
                         for (sent, start, end, a, rel, cls, b, modality, conf, evidence, _t, _s) in p[P_TRIPLES])
            mw.writerows((doc_id, start, end, text, *cols(eid), kind) for start, end, text, eid, kind in p[P_MENTIONS])
            ew.writerows((doc_id, eid, sent, start, end, trig, typ, mode_, rel, cls, *role_cols(actors),
                          *role_cols(targets), *role_cols(places), date, "" if killed is None else killed,
                          "" if wounded is None else wounded, modality, f"{conf:.2f}", evidence)
                         for (eid, sent, start, end, trig, typ, mode_, rel, cls, actors, targets, places, date, killed,
                              wounded, modality, conf, evidence, _src) in p[P_EVENTS])


# --- GraphML ----------------------------------------------------------------------------------------

def to_networkx(summary: GraphSummary):
    """A networkx MultiDiGraph: one node per entity, one edge per (actor, relation, target). Nodes carry
    their events: how many they took part in, as actor, and the dead and wounded of those events (by the
    side they were on); edges the PLOVER type of their relation."""
    import networkx as nx
    g = nx.MultiDiGraph()
    used = set()
    for (a, rel, b) in summary.edges:
        used.update((a, b))
    for eid in sorted(used | set(summary.mentions) | set(summary.ent_event_stats)):
        e = summary.entities[eid]
        n_ev, n_act, k_act, k_tgt, w_act, w_tgt = summary.ent_event_stats.get(eid, (0, 0, 0, 0, 0, 0))
        g.add_node(entity_iri(eid), label=e.label_en, label_ar=summary.ar(eid), type=e.type,
                   mentions=int(summary.mentions.get(eid, 0)), documents=int(summary.doc_count.get(eid, 0)),
                   country=e.country or "", wikidata=e.wikidata or "", origin="text" if e.origin == "text" else "lexicon",
                   events=n_ev, events_as_actor=n_act, killed_as_actor=k_act, killed_as_target=k_tgt,
                   wounded_as_actor=w_act, wounded_as_target=w_tgt)
    for (a, rel, b), info in sorted(summary.edges.items()):
        g.add_edge(entity_iri(a), entity_iri(b), key=rel, relation=rel, relation_class=info.relation_class,
                   event_type=CLASS_TYPES.get(info.relation_class, ("", ""))[0],
                   label=relation_label(rel), count=info.count, documents=info.doc_count,
                   doc_ids=" ".join(info.doc_sample) + (" …" if info.doc_count > len(info.doc_sample) else ""),
                   modality=min(info.modalities.items(), key=lambda kv: (-kv[1], kv[0]))[0],
                   confidence=float(info.confidence), evidence=info.evidence[0]["text"])
    return g


def write_graphml(summary: GraphSummary, path: Path) -> None:
    import networkx as nx
    nx.write_graphml(to_networkx(summary), path, encoding="utf-8", prettyprint=True)


# --- HTML -------------------------------------------------------------------------------------------

def layout(node_ids: list[str], edges: list[tuple[str, str]], core_size: int = 350) -> dict[str, tuple]:
    """Positions computed at build time, so a large graph opens without a physics simulation.

    The best-connected ``core_size`` entities get a force-directed layout; every other entity is put
    on a ring around its best-connected neighbour (entities with no placed neighbour go on an outer
    grid). Deterministic, and fast enough for thousands of nodes.
    """
    import networkx as nx
    if not node_ids:
        return {}
    g = nx.Graph()
    g.add_nodes_from(node_ids)
    g.add_edges_from(e for e in edges if e[0] != e[1])
    order = sorted(node_ids, key=lambda n: (-g.degree(n), n))
    core = [n for n in order[:core_size] if g.degree(n) > 0] or order[:1]
    sub = g.subgraph(core)
    k = 1.5 / math.sqrt(max(len(core), 1))
    pos = {n: (float(x), float(y)) for n, (x, y) in
           nx.spring_layout(sub, seed=7, k=k, iterations=80, method="force").items()}
    # spread the core evenly over a disk: force layouts pack hubs into a blob and fling the rest far
    # away; keeping each node's angle and its rank by distance from the centre, but giving rank i the
    # radius R*sqrt(i/N), fills the disk uniformly (readable labels, nothing stranded)
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    ranked = sorted(pos, key=lambda n: ((pos[n][0] - cx) ** 2 + (pos[n][1] - cy) ** 2, n))
    radius = 110 * math.sqrt(len(core)) + 150
    spread = {}
    for i, n in enumerate(ranked):
        x, y = pos[n][0] - cx, pos[n][1] - cy
        angle = math.atan2(y, x)
        r = radius * math.sqrt((i + 0.5) / len(ranked))
        spread[n] = (r * math.cos(angle), r * math.sin(angle))
    pos = spread
    placed_kids: dict[str, int] = {}
    rest = []
    for n in order:
        if n in pos:
            continue
        anchors = sorted((m for m in g.neighbors(n) if m in pos), key=lambda m: (-g.degree(m), m))
        if not anchors:
            rest.append(n)
            continue
        anchor = anchors[0]
        i = placed_kids.get(anchor, 0)
        placed_kids[anchor] = i + 1
        ring, slot = 1 + i // 20, i % 20
        theta = 2 * math.pi * slot / 20 + ring * 0.5
        ax, ay = pos[anchor]
        r = 60 * ring + 40
        pos[n] = (ax + r * math.cos(theta), ay + r * math.sin(theta))
    if rest:
        # components not linked to the core: each in its own cell of a grid below it, hub in the middle
        top = max((y for _, y in pos.values()), default=0) + 200
        left = min((x for x, _ in pos.values()), default=0)
        right = max((x for x, _ in pos.values()), default=0)
        cols = max(4, int((right - left) / 240) + 1)
        rest_set = set(rest)
        cell = 0
        for n in rest:
            if n in pos:
                continue
            comp = sorted(nx.node_connected_component(g.subgraph(rest_set), n), key=lambda m: (-g.degree(m), m))
            cx = left + (cell % cols) * 240
            cy = top + (cell // cols) * 170
            pos[comp[0]] = (cx, cy)
            for i, m in enumerate(comp[1:]):
                theta = 2 * math.pi * i / max(len(comp) - 1, 1) - math.pi / 2
                pos[m] = (cx + 75 * math.cos(theta), cy + 55 * math.sin(theta))
            cell += 1
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


HTML_EVIDENCE = 20_000      # evidence sentences graph.html carries at most (about 10 MB)


def _some_evidence(evidence: list, cap: int | None) -> list:
    """The first ``cap`` evidence sentences, with one of each modality among them, in their order."""
    if cap is None or len(evidence) <= cap:
        return evidence
    keep, seen = set(), set()
    for i, ev in enumerate(evidence):
        if ev["modality"] not in seen:
            seen.add(ev["modality"])
            keep.add(i)
    for i in range(len(evidence)):
        if len(keep) >= cap:
            break
        keep.add(i)
    return [ev for i, ev in enumerate(evidence) if i in keep]


def html_payload(summary: GraphSummary, max_nodes: int = 1500) -> dict:
    """The data graph.html shows: nodes, edges with their evidence, documents, colours."""
    degree = Counter()
    for (a, _, b), info in summary.edges.items():
        degree[a] += info.count
        degree[b] += info.count
    candidates = set(degree) | {e for e, c in summary.mentions.items() if c >= 1 and degree.get(e)}
    ranked = sorted(candidates, key=lambda e: (-(summary.mentions.get(e, 0) + degree.get(e, 0)), e))
    shown = set(ranked[:max_nodes])
    note = ""
    if len(ranked) > max_nodes:
        note = (f"Showing the {max_nodes} most mentioned of {len(ranked)} entities that take part in a relation; "
                "the full graph is in graph.graphml and the store.")
    edges = [(k, v) for k, v in sorted(summary.edges.items()) if k[0] in shown and k[2] in shown]
    pos = layout(sorted(shown), [(k[0], k[2]) for k, _ in edges])
    nodes = []
    for eid in sorted(shown):
        e = summary.entities[eid]
        x, y = pos.get(eid, (0, 0))
        nodes.append({"id": eid, "label_en": e.label_en, "label_ar": summary.ar(eid), "type": e.type,
                      "mentions": int(summary.mentions.get(eid, 0)), "aliases_en": list(e.aliases_en),
                      "aliases_ar": list(e.aliases_ar), "docs": list(summary.doc_sample.get(eid, ())),
                      "doc_count": int(summary.doc_count.get(eid, 0)),
                      "iri": entity_iri(eid), "role": e.role_en, "x": x, "y": y,
                      "events": summary.ent_events.get(eid, []), "event_stats": summary.ent_event_stats.get(eid)})
    # the page stays light at archive scale: at most HTML_EVIDENCE sentences in all (every edge keeps
    # at least two, and one of each modality it has); the panel says how many more the store holds
    total = sum(len(info.evidence) for _, info in edges)
    cap = max(2, HTML_EVIDENCE // max(len(edges), 1)) if total > HTML_EVIDENCE else None
    edge_list = []
    for n, ((a, rel, b), info) in enumerate(edges):
        edge_list.append({"id": f"e{n}", "from": a, "to": b, "relation": rel, "label": relation_label(rel),
                          "relation_class": info.relation_class,
                          "count": info.count, "doc_count": info.doc_count,
                          "evidence": _some_evidence(info.evidence, cap)})
    used_docs = {ev["doc"] for e in edge_list for ev in e["evidence"]} | {d for n in nodes for d in n["docs"]}
    docs = {d: meta for d, meta in sorted(summary.docs.items()) if d in used_docs}
    used_docs |= {ev["doc"] for n in nodes for ev in n["events"]}
    docs = {d: meta for d, meta in sorted(summary.docs.items()) if d in used_docs}
    role_ids = sorted({i for n in nodes for ev in n["events"] for r in ("actors", "targets", "places") for i in ev[r]})
    labels = {i: {"label_en": summary.entities[i].label_en, "label_ar": summary.ar(i), "type": summary.entities[i].type}
              for i in role_ids if i in summary.entities}
    return {"nodes": nodes, "edges": edge_list, "docs": docs, "type_colors": TYPE_COLORS,
            "class_colors": CLASS_COLORS, "note": note, "labels": labels,
            "class_types": {c: t for c, (t, _) in CLASS_TYPES.items()},
            "event_types": dict(sorted(summary.event_types.items())),
            "stats": {"entities": len(summary.entities), "relations": len(summary.edges),
                      "documents": len(summary.docs),
                      "stories": sum(1 for m in summary.docs.values() if not m.get("copy_of")),
                      "shown_nodes": len(nodes), "shown_edges": len(edge_list)}}


def _json_for_script(data) -> str:
    """JSON safe inside <script>: no '</script>', no HTML comment openers, no U+2028/2029."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def write_html(summary: GraphSummary, path: Path, title: str = "kg graph", max_nodes: int = 1500) -> str:
    """graph.html: one self-contained file (vis-network inlined from pyvis; no network access at all)."""
    from pyvis.network import Network
    import pyvis
    payload = html_payload(summary, max_nodes=max_nodes)
    # pyvis builds the vis-network node and edge options; kg's template adds search, filters and the
    # evidence panel and inlines everything (pyvis' own template links CDNs).
    net = Network(directed=True, cdn_resources="in_line")
    for n in payload["nodes"]:
        net.add_node(n["id"], label=n["label_en"], color=TYPE_COLORS.get(n["type"], "#999"),
                     x=n["x"], y=n["y"], value=max(1, n["mentions"]), shape="dot")
    for e in payload["edges"]:
        net.add_edge(e["from"], e["to"], label=e["label"], color=CLASS_COLORS.get(e["relation_class"], "#999"),
                     arrows="to", value=e["count"])
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (lib / "vis-network.css").read_text(encoding="utf-8")
    template = (Path(__file__).parent / "templates" / "graph.html").read_text(encoding="utf-8")
    vis_nodes = {n["id"]: n for n in net.nodes}
    for n in payload["nodes"]:
        n["vis"] = {k: vis_nodes[n["id"]].get(k) for k in ("color", "shape", "value")}
    data = _json_for_script(payload)
    # the CSP nonce: unguessable without the file, and still deterministic (same input, same file)
    nonce = hashlib.sha256(data.encode("utf-8")).hexdigest()[:24]
    template = template.replace("__KG_TITLE__", _escape_html(title)).replace("__KG_NONCE__", nonce)
    html = (template.replace("/*__VIS_CSS__*/", vis_css.replace("</style", "<\\/style"))
            .replace("/*__VIS_JS__*/", vis_js.replace("</script", "<\\/script"))
            .replace("/*__KG_DATA__*/", data))
    path.write_text(html, encoding="utf-8")
    return payload["note"]


def _escape_html(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#39;"))


EXPORTERS = {"graphml": write_graphml, "html": write_html}
