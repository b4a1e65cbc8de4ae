"""Syndicated copies of one story (one wire report printed by several outlets) count once in the graph;
every copy keeps its own rows."""
import csv
import json

import networkx as nx
import pytest

from kg.dedup import StoryIndex, signature
from kg.pipeline import build

from .conftest import SEEDS

OUTPUTS = ("triples.csv", "mentions.csv", "graph.ttl", "graph.graphml", "graph.html")
SEED_TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
WIRE = SEED_TEXTS["000_e529802f117513c2"]
OUTLETS = ["دمشق - أ ف ب:", "بيروت (رويترز) -", "لندن - «الحياة»:", "عمان - د ب أ:", "القاهرة - الأناضول:",
           "الرياض - واس:", "أنقرة - «الشرق الأوسط»:"]


def copies(n: int) -> list[dict]:
    """``n`` outlets' copies of one wire story: their own dateline and credit, the same report."""
    return [{"id": f"copy{i}", "source": f"outlet{i}", "text": f"{OUTLETS[i]} {WIRE}\n(نقلاً عن الوكالة)"}
            for i in range(n)]


def others() -> list[dict]:
    return [{"id": k, "text": v} for k, v in SEED_TEXTS.items() if not k.startswith("000")]


def jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def graph(out):
    return nx.read_graphml(out / "graph.graphml")


def edge_counts(out) -> dict:
    return {(a, b, k): (d["count"], d["documents"]) for a, b, k, d in graph(out).edges(keys=True, data=True)}


def html_stats(out) -> dict:
    from .test_browser import payload_of
    return payload_of(out / "graph.html")["stats"]


def test_signature_tells_copies_from_other_stories():
    idx = StoryIndex()
    assert idx.add("a", signature(WIRE)) == "a"
    for i, c in enumerate(copies(7)):
        assert idx.add(c["id"], signature(c["text"])) == "a", i
    edited = WIRE.replace("\n", "\nوأضاف مراسلنا أن الاشتباكات استمرت حتى المساء.\n", 1)
    assert idx.add("edited", signature(edited)) == "a"
    for k, v in SEED_TEXTS.items():
        if not k.startswith("000"):
            assert idx.add(k, signature(v)) == k           # other articles (on the same war) are other stories
    assert signature("سيطر تنظيم داعش على مدينة الرقة.") is None      # too short to tell


def test_copies_count_once(tmp_path):
    one = build([jsonl(tmp_path / "one.jsonl", copies(1) + others())], out_dir=tmp_path / "one", workers=1)
    seven = build([jsonl(tmp_path / "seven.jsonl", copies(7) + others())], out_dir=tmp_path / "seven", workers=1)
    # every copy keeps its rows
    with open(tmp_path / "seven" / "triples.csv", encoding="utf-8") as fh:
        docs = {r["doc_id"] for r in csv.DictReader(fh)}
    assert {f"copy{i}" for i in range(7)} <= docs
    assert seven.triples > one.triples and seven.documents == one.documents + 6
    # the graph counts the story once: edge weights and document counts, entity mentions and documents
    assert edge_counts(tmp_path / "seven") == edge_counts(tmp_path / "one")
    from kg.pipeline import extract_text
    from kg.store import entity_iri
    datelines = {entity_iri(m.entity.id) for m in extract_text("\n".join(OUTLETS)).mentions}
    assert datelines       # (each outlet's dateline names a city or agency: new to the story, counted)
    g1, g7 = graph(tmp_path / "one"), graph(tmp_path / "seven")
    assert {n: (d["mentions"], d["documents"]) for n, d in g7.nodes(data=True) if n not in datelines} == \
           {n: (d["mentions"], d["documents"]) for n, d in g1.nodes(data=True) if n not in datelines}
    s = html_stats(tmp_path / "seven")
    assert (s["documents"], s["stories"]) == (one.documents + 6, one.documents)
    # the store marks the copies: SPARQL can count stories too
    from kg.query import run_query
    q = "SELECT ?c ?s WHERE { ?c kg:copyOf ?s }"
    got = {(c[1].rsplit("/", 1)[1], s_[1].rsplit("/", 1)[1]) for c, s_ in run_query(tmp_path / "seven" / "store", q).rows}
    assert got == {(f"copy{i}", "copy0") for i in range(1, 7)}


def test_copies_are_deterministic_and_incremental(tmp_path):
    rows = others()[:2] + copies(3) + others()[2:] + copies(7)[3:]
    src = jsonl(tmp_path / "all.jsonl", rows)
    build([src], out_dir=tmp_path / "w1", workers=1)
    build([src], out_dir=tmp_path / "w2", workers=2)
    for name in OUTPUTS:
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes(), name
    # appended copies of a story of the previous build, then a change: the same files as a fresh build
    inc = tmp_path / "inc.jsonl"
    jsonl(inc, rows[:4])
    build([inc], out_dir=tmp_path / "inc", workers=1)
    jsonl(inc, rows)
    r = build([inc], out_dir=tmp_path / "inc", workers=1)
    assert r.store_mode == "incremental" and r.unchanged == 4
    for name in OUTPUTS:
        assert (tmp_path / "inc" / name).read_bytes() == (tmp_path / "w1" / name).read_bytes(), name
    rows2 = [rows[0]] + rows[2:]                     # the first document removed
    jsonl(inc, rows2)
    build([inc], out_dir=tmp_path / "inc", workers=1)
    build([jsonl(tmp_path / "fresh.jsonl", rows2)], out_dir=tmp_path / "fresh", workers=1)
    for name in OUTPUTS:
        assert (tmp_path / "inc" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name


def test_signatures_are_computed_once_per_content(tmp_path, monkeypatch):
    import kg.dedup
    src = jsonl(tmp_path / "a.jsonl", copies(3) + others())
    build([src], out_dir=tmp_path / "out", workers=1)
    calls = []
    real = kg.dedup.signature
    monkeypatch.setattr(kg.dedup, "signature", lambda text: calls.append(1) or real(text))
    rows = copies(3) + others()
    rows[1]["text"] += " وأضاف."
    jsonl(src, rows)
    build([src], out_dir=tmp_path / "out", workers=1)
    assert len(calls) == 1
