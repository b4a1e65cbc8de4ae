"""Incremental builds, a real Dask cluster, a real Oxigraph server."""
import csv
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.query import run_query

from .conftest import SEEDS, require
from .helpers import write

ARTICLES = {
    "a": "سيطر تنظيم داعش على مدينة الرقة.",
    "b": "قصفت قوات النظام مدينة دوما.",
    "c": "هاجمت هيئة تحرير الشام مدينة إدلب.",
}


def triples(out: Path) -> set:
    with open(out / "triples.csv", encoding="utf-8") as fh:
        return {(r["doc_id"], r["actor_id"].rsplit("/", 1)[1], r["relation_class"], r["target_id"].rsplit("/", 1)[1])
                for r in csv.DictReader(fh)}


def store_triples(out: Path) -> set:
    q = """SELECT ?doc ?a ?c ?t WHERE { ?e kg:document ?d ; kg:actor ?a ; kg:relationClass ?c ; kg:target ?t .
           ?d dcterms:identifier ?doc }"""
    return {(r[0][1], r[1][1].rsplit("/", 1)[1], r[2][1], r[3][1].rsplit("/", 1)[1])
            for r in run_query(out / "store", q).rows}


def test_incremental_build(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, ARTICLES)
    first = build([src], out_dir=out, workers=1)
    assert (first.documents, first.unchanged, first.store_mode) == (3, 0, "bulk")
    full = triples(out)
    assert full == store_triples(out)

    again = build([src], out_dir=out, workers=1)           # nothing changed: nothing rewritten
    assert again.store_mode == "unchanged" and again.unchanged == 3
    assert triples(out) == full

    articles = dict(ARTICLES, d="اعتقلت قوات النظام الناشط الإعلامي أحمد الخطيب في مدينة دوما.")
    articles["a"] = "انسحب تنظيم داعش من مدينة تدمر."       # changed
    del articles["c"]                                        # removed
    write(src, articles)
    inc = build([src], out_dir=out, workers=1)
    assert (inc.documents, inc.unchanged, inc.removed, inc.store_mode) == (3, 1, 1, "incremental")
    now = triples(out)
    assert now == store_triples(out)
    assert not any(t[0] == "c" for t in now)                 # nothing stale remains
    assert ("a", "isis", "WITHDRAW", "palmyra") in now and ("a", "isis", "CONTROL", "raqqa") not in now
    assert any(t[0] == "d" for t in now)
    # the incremental result equals a fresh full build of the same input
    fresh = build([src], out_dir=tmp_path / "fresh", workers=1)
    assert triples(tmp_path / "fresh") == now and fresh.triples == inc.triples
    for name in ("triples.csv", "mentions.csv", "events.csv"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes()


def test_changed_lexicon_reextracts_everything(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, ARTICLES)
    build([src], out_dir=out, workers=1)
    extra = tmp_path / "extra.tsv"
    extra.write_text("id\ttype\tlabel_en\tlabel_ar\nx_brigade\tArmedGroup\tX Brigade\tلواء اكس\n", encoding="utf-8")
    r = build([src], out_dir=out, workers=1, lexicon_files=[extra])
    assert r.unchanged == 0 and r.store_mode == "bulk"


def test_dask_local_cluster_matches_local_build(tmp_path):
    try:
        from distributed import LocalCluster
    except ImportError:
        require("KG_REQUIRE_SERVICES", "dask[distributed] is not installed")
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        build([SEEDS], out_dir=tmp_path / "dask", scheduler=cluster.scheduler_address, incremental=False)
    finally:
        cluster.close()
    build([SEEDS], out_dir=tmp_path / "local", workers=1, incremental=False)
    for name in ("triples.csv", "mentions.csv", "events.csv", "graph.graphml"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path):
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).exists():
        require("KG_REQUIRE_SERVICES", "the oxigraph server (pip install oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def test_remote_store(tmp_path, oxigraph_server):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, ARTICLES)
    report = build([src], out_dir=out, workers=1, remote_store=oxigraph_server)
    assert report.remote == oxigraph_server
    q = "SELECT ?t WHERE { ent:isis kg:controls ?t }"
    assert [r[0][1] for r in run_query(oxigraph_server, q).rows] == ["https://w3id.org/kg-ar/entity/raqqa"]
    local = run_query(out / "store", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0][1]
    remote = run_query(oxigraph_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0][1]
    assert local == remote
    # an incremental build replaces only what changed, remotely too
    write(src, {"a": "انسحب تنظيم داعش من مدينة تدمر.", "b": ARTICLES["b"]})
    build([src], out_dir=out, workers=1, remote_store=oxigraph_server)
    assert run_query(oxigraph_server, q).rows == []
    assert run_query(oxigraph_server, "ASK { ent:isis kg:withdrewFrom ent:palmyra }").boolean is True
    assert run_query(oxigraph_server, "ASK { ?e kg:document ?d . ?d dcterms:identifier \"c\" }").boolean is False


def test_remote_query_errors(oxigraph_server):
    from kg.errors import QueryError
    with pytest.raises(QueryError, match="SPARQL syntax error at line 1"):
        run_query(oxigraph_server, "SELECT ?x WHERE { ?x ")


def _store_quads(out: Path) -> list:
    import pyoxigraph as ox
    store = ox.Store.read_only(str(out / "store"))
    return sorted(str(q) for q in store)


def test_appended_articles_touch_only_the_new_ones(tmp_path, monkeypatch):
    """Adding articles after the previous ones reuses the previous outputs (CSV rows, Turtle statements,
    store graphs, summary) without reading a cached result, and gives exactly a fresh build's files."""
    import json as _json
    from kg.cache import Cache
    lines = [_json.dumps({"id": k, "text": v, "date": "2015-10-0" + str(i + 1)}, ensure_ascii=False)
             for i, (k, v) in enumerate(ARTICLES.items())]
    more = [_json.dumps({"id": "d", "text": "اعتقلت قوات النظام الناشط الإعلامي أحمد الخطيب في مدينة دوما."},
                        ensure_ascii=False),
            _json.dumps({"id": "e", "text": "وقصفت الطائرات الروسية مدينة الرقة."}, ensure_ascii=False)]
    src, out = tmp_path / "news.jsonl", tmp_path / "out"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    build([src], out_dir=out, workers=1)
    src.write_text("\n".join(lines + more) + "\n", encoding="utf-8")
    gets = []
    real_get = Cache.get
    monkeypatch.setattr(Cache, "get", lambda self, *a: gets.append(a) or real_get(self, *a))
    r = build([src], out_dir=out, workers=1)
    assert (r.documents, r.unchanged, r.store_mode) == (5, 3, "incremental")
    assert not [a for a in gets if a[0] in ARTICLES]    # no previous document read back from the cache
    monkeypatch.setattr(Cache, "get", real_get)
    fresh = build([src], out_dir=tmp_path / "fresh", workers=1)
    assert (r.triples, r.mentions, r.entities, r.quads) == (fresh.triples, fresh.mentions, fresh.entities,
                                                            fresh.quads)
    for name in ("triples.csv", "mentions.csv", "events.csv", "graph.ttl", "graph.graphml", "graph.html"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    assert _store_quads(out) == _store_quads(tmp_path / "fresh")
    again = build([src], out_dir=out, workers=1)             # and then nothing changed
    assert again.store_mode == "unchanged" and (again.documents, again.quads) == (5, fresh.quads)


def test_full_build_leaves_a_fresh_cache(tmp_path):
    """--full on other input, then an incremental build: nothing of the first build leaks through."""
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, ARTICLES)
    build([src], out_dir=out, workers=1)
    write(src, {"x": "قصفت الطائرات الروسية مدينة الرقة."})
    build([src], out_dir=out, workers=1, incremental=False)
    write(src, {"x": "قصفت الطائرات الروسية مدينة الرقة.", "y": "هاجم تنظيم داعش مدينة تدمر."})
    r = build([src], out_dir=out, workers=1)
    assert (r.documents, r.unchanged) == (2, 1)
    build([src], out_dir=tmp_path / "fresh", workers=1)
    for name in ("triples.csv", "mentions.csv", "events.csv", "graph.ttl"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name


def _quads(store_dir: Path) -> set:
    import pyoxigraph as ox
    store = ox.Store.read_only(str(store_dir))
    return set(store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines())


def test_store_loaded_while_extracting_equals_the_store_updated_in_place(tmp_path):
    """A fresh build loads the store while the workers run (kg.store.StreamedStore); an incremental
    build replaces graphs in a copy (kg.store.update_store). Both give the same statements."""
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, ARTICLES)
    assert build([src], out_dir=out, workers=2).store_mode == "bulk"
    fresh = _quads(out / "store")
    write(src, dict(ARTICLES, a="انسحب تنظيم داعش من مدينة تدمر."))
    build([src], out_dir=out, workers=2)
    write(src, ARTICLES)                                     # back as it was: replaced in place
    assert build([src], out_dir=out, workers=2).store_mode == "incremental"
    assert _quads(out / "store") == fresh and len(fresh) > 50


def test_a_failure_while_loading_the_store_keeps_the_previous_output(tmp_path, monkeypatch):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, ARTICLES)
    build([src], out_dir=out, workers=1)
    before = (out / "triples.csv").read_bytes()
    import kg.store

    def broken(p):
        raise OSError("disk full")
    monkeypatch.setattr(kg.store, "document_quads", broken)
    with pytest.raises(OSError, match="disk full"):
        build([src], out_dir=out, workers=1, incremental=False)
    assert (out / "triples.csv").read_bytes() == before and _quads(out / "store")
    assert not list(out.glob(".kg-build-*"))                # the half-made build is gone
