"""Output files: triples.csv, mentions.csv, graph.graphml (networkx), graph.html (pyvis + vis-network).

``EXPORTERS`` maps a format name to the function that writes it from a ``GraphSummary`` (the graph
aggregated over all documents), in the manner of rdflib's format-name plugins.
"""
from __future__ import annotations

import csv
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .model import DocResult, Entity, Mention, Triple
from .store import entity_iri

TRIPLE_COLUMNS = ("doc_id", "sentence", "start", "end", "actor_id", "actor", "actor_ar", "actor_type",
                  "relation", "relation_class", "target_id", "target", "target_ar", "target_type",
                  "modality", "confidence", "evidence")
MENTION_COLUMNS = ("doc_id", "start", "end", "text", "entity_id", "label", "label_ar", "type")

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


def triple_row(t: Triple, labels: "Labels") -> list:
    return [t.doc_id, t.sentence, t.start, t.end,
            entity_iri(t.actor.id), t.actor.label_en, labels.ar(t.actor), t.actor.type,
            t.relation, t.relation_class,
            entity_iri(t.target.id), t.target.label_en, labels.ar(t.target), t.target.type,
            t.modality, f"{t.confidence:.2f}", t.evidence]


def mention_row(m: Mention, labels: "Labels") -> list:
    return [m.doc_id, m.start, m.end, m.text, entity_iri(m.entity.id), m.entity.label_en,
            labels.ar(m.entity), m.entity.type]


class Labels:
    """Arabic labels of entities found in text: the commonest spelling seen (ties: the smallest)."""

    def __init__(self) -> None:
        self.forms: dict[str, Counter] = {}
        self.best: dict[str, str] = {}

    def see(self, ent: Entity, surface: str) -> None:
        if ent.origin == "text":
            self.forms.setdefault(ent.id, Counter())[surface] += 1

    def finish(self) -> None:
        self.best = {eid: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for eid, c in self.forms.items()}

    def ar(self, ent: Entity) -> str:
        return self.best.get(ent.id, ent.label_ar)


@dataclass
class EdgeInfo:
    actor: str
    relation: str
    relation_class: str
    target: str
    evidence: list = field(default_factory=list)


@dataclass
class GraphSummary:
    """The graph aggregated over all documents: what GraphML and HTML are drawn from."""
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: Counter = field(default_factory=Counter)
    entity_docs: dict[str, set] = field(default_factory=dict)
    edges: dict[tuple, EdgeInfo] = field(default_factory=dict)
    docs: dict[str, dict] = field(default_factory=dict)
    labels: Labels = field(default_factory=Labels)

    def add(self, res: DocResult) -> None:
        doc = res.doc
        self.docs[doc.doc_id] = {"title": doc.title, "date": doc.date, "source": doc.source, "url": doc.url,
                                 "triples": len(res.triples)}
        for m in res.mentions:
            self.entities.setdefault(m.entity.id, m.entity)
            self.mentions[m.entity.id] += 1
            self.entity_docs.setdefault(m.entity.id, set()).add(doc.doc_id)
        for t in res.triples:
            for e in (t.actor, t.target):
                self.entities.setdefault(e.id, e)
            key = (t.actor.id, t.relation, t.target.id)
            info = self.edges.get(key)
            if info is None:
                info = self.edges[key] = EdgeInfo(t.actor.id, t.relation, t.relation_class, t.target.id)
            info.evidence.append({"doc": t.doc_id, "sentence": t.sentence, "start": t.start, "end": t.end,
                                  "text": t.evidence, "modality": t.modality, "confidence": t.confidence,
                                  "trigger": t.trigger, "date": doc.date, "source": doc.source,
                                  "reported_by": t.source.label_en if t.source is not None else ""})


# --- CSV ------------------------------------------------------------------------------------------

class CsvWriter:
    def __init__(self, path: Path, columns: tuple[str, ...]):
        self.fh = open(path, "w", newline="", encoding="utf-8")
        self.w = csv.writer(self.fh, lineterminator="\n")
        self.w.writerow(columns)

    def rows(self, rows) -> None:
        self.w.writerows(rows)

    def close(self) -> None:
        self.fh.close()


# --- GraphML ----------------------------------------------------------------------------------------

def to_networkx(summary: GraphSummary):
    """A networkx MultiDiGraph: one node per entity, one edge per (actor, relation, target)."""
    import networkx as nx
    g = nx.MultiDiGraph()
    used = set()
    for (a, rel, b) in summary.edges:
        used.update((a, b))
    for eid in sorted(used | set(summary.mentions)):
        e = summary.entities[eid]
        g.add_node(entity_iri(eid), label=e.label_en, label_ar=summary.labels.ar(e), type=e.type,
                   mentions=int(summary.mentions.get(eid, 0)), documents=len(summary.entity_docs.get(eid, ())),
                   country=e.country or "", wikidata=e.wikidata or "", origin="text" if e.origin == "text" else "lexicon")
    for (a, rel, b), info in sorted(summary.edges.items()):
        ev = info.evidence
        mods = Counter(x["modality"] for x in ev)
        g.add_edge(entity_iri(a), entity_iri(b), key=rel, relation=rel, relation_class=info.relation_class,
                   label=rel, count=len(ev), documents=" ".join(sorted({x["doc"] for x in ev})),
                   modality=min(mods.items(), key=lambda kv: (-kv[1], kv[0]))[0],
                   confidence=float(max(x["confidence"] for x in ev)), evidence=ev[0]["text"])
    return g


def write_graphml(summary: GraphSummary, path: Path) -> None:
    import networkx as nx
    nx.write_graphml(to_networkx(summary), path, encoding="utf-8", prettyprint=True)


# --- HTML -------------------------------------------------------------------------------------------

def layout(summary: GraphSummary, node_ids: list[str], edges: list[tuple[str, str]]) -> dict[str, tuple]:
    """Positions computed at build time, so a large graph opens without a physics simulation."""
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(node_ids)
    g.add_edges_from(edges)
    if not node_ids:
        return {}
    k = 1.0 / math.sqrt(max(len(node_ids), 1)) * 2.2
    pos = nx.spring_layout(g, seed=7, k=k, iterations=60 if len(node_ids) < 2000 else 30)
    scale = 90 * math.sqrt(len(node_ids)) + 300
    return {n: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for n, (x, y) in pos.items()}


def html_payload(summary: GraphSummary, max_nodes: int = 1500) -> dict:
    """The data graph.html shows: nodes, edges with their evidence, documents, colours."""
    degree = Counter()
    for (a, _, b), info in summary.edges.items():
        degree[a] += len(info.evidence)
        degree[b] += len(info.evidence)
    candidates = set(degree) | {e for e, c in summary.mentions.items() if c >= 1 and degree.get(e)}
    ranked = sorted(candidates, key=lambda e: (-(summary.mentions.get(e, 0) + degree.get(e, 0)), e))
    shown = set(ranked[:max_nodes])
    note = ""
    if len(ranked) > max_nodes:
        note = (f"Showing the {max_nodes} most mentioned of {len(ranked)} entities that take part in a relation; "
                "the full graph is in graph.graphml and the store.")
    edges = [(k, v) for k, v in sorted(summary.edges.items()) if k[0] in shown and k[2] in shown]
    pos = layout(summary, sorted(shown), [(k[0], k[2]) for k, _ in edges])
    nodes = []
    for eid in sorted(shown):
        e = summary.entities[eid]
        x, y = pos.get(eid, (0, 0))
        nodes.append({"id": eid, "label_en": e.label_en, "label_ar": summary.labels.ar(e), "type": e.type,
                      "mentions": int(summary.mentions.get(eid, 0)), "aliases_en": list(e.aliases_en),
                      "aliases_ar": list(e.aliases_ar), "docs": sorted(summary.entity_docs.get(eid, ())),
                      "iri": entity_iri(eid), "role": e.role_en, "x": x, "y": y})
    edge_list = []
    for n, ((a, rel, b), info) in enumerate(edges):
        edge_list.append({"id": f"e{n}", "from": a, "to": b, "relation": rel, "relation_class": info.relation_class,
                          "count": len(info.evidence), "evidence": info.evidence})
    used_docs = {ev["doc"] for _, info in edges for ev in info.evidence} | {d for n in nodes for d in n["docs"]}
    docs = {d: meta for d, meta in sorted(summary.docs.items()) if d in used_docs}
    return {"nodes": nodes, "edges": edge_list, "docs": docs, "type_colors": TYPE_COLORS,
            "class_colors": CLASS_COLORS, "note": note,
            "stats": {"entities": len(summary.entities), "relations": len(summary.edges),
                      "documents": len(summary.docs), "shown_nodes": len(nodes), "shown_edges": len(edge_list)}}


def _json_for_script(data) -> str:
    """JSON safe inside <script>: no '</script>', no HTML comment openers, no U+2028/2029."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def write_html(summary: GraphSummary, path: Path, title: str = "kg graph", max_nodes: int = 1500) -> None:
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
        net.add_edge(e["from"], e["to"], label=e["relation"], color=CLASS_COLORS.get(e["relation_class"], "#999"),
                     arrows="to", value=e["count"])
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (lib / "vis-network.css").read_text(encoding="utf-8")
    template = (Path(__file__).parent / "templates" / "graph.html").read_text(encoding="utf-8")
    vis_nodes = {n["id"]: n for n in net.nodes}
    for n in payload["nodes"]:
        n["vis"] = {k: vis_nodes[n["id"]].get(k) for k in ("color", "shape", "value")}
    html = (template.replace("/*__VIS_CSS__*/", vis_css.replace("</style", "<\\/style"))
            .replace("/*__VIS_JS__*/", vis_js.replace("</script", "<\\/script"))
            .replace("/*__KG_DATA__*/", _json_for_script(payload))
            .replace("__KG_TITLE__", _escape_html(title)))
    path.write_text(html, encoding="utf-8")


def _escape_html(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#39;"))


EXPORTERS = {"graphml": write_graphml, "html": write_html}
