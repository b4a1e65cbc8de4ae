"""Nothing read back from an output folder can run code, and kg query is read-only and local."""
import json
import os
import pickle
import sqlite3
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import build
from .helpers import write

ARTICLES = {
    "a": "سيطر تنظيم داعش على مدينة الرقة.",
    "b": "قصفت قوات النظام مدينة دوma.".replace("ma", "ما"),
    "c": "هاجمت هيئة تحرير الشام مدينة إدلب.",
}
OUTPUTS = ("triples.csv", "mentions.csv", "graph.ttl", "graph.graphml", "graph.html")


class Payload:
    """Unpickling this creates a folder: proof that code ran."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def assert_same_as_a_fresh_build(src: Path, out: Path, fresh: Path) -> None:
    """Every output of ``out`` is byte for byte what a build from nothing writes."""
    build([src], out_dir=fresh, workers=1)
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def plant(out: Path, marker: Path) -> None:
    """What someone could put in an output folder they hand over: pickles wherever kg keeps state."""
    evil = pickle.dumps(Payload(marker))
    kgdir = out / ".kg"
    for name in ("summary.pickle", "summary.json"):
        (kgdir / name).write_bytes(evil)
    db = sqlite3.connect(kgdir / "cache.sqlite")
    db.execute("UPDATE docs SET packed=?", (zlib.compress(evil),))
    db.commit()
    db.close()


def test_planted_pickles_never_run(tmp_path):
    src, out, marker = tmp_path / "in", tmp_path / "out", tmp_path / "pwned"
    write(src, ARTICLES)
    build([src], out_dir=out, workers=1)
    plant(out, marker)
    # an append (reads the summary), then a change (reads every cached result)
    write(src, dict(ARTICLES, d="اعتقلت قوات النظام الناشط أحمد الخطيب في مدينة دوما."))
    try:
        warnings = build([src], out_dir=out, workers=1).warnings
    finally:
        assert not marker.exists()
    plant(out, marker)
    write(src, dict(ARTICLES, a="انسحب تنظيم داعش من مدينة تدمر."))
    try:
        r = build([src], out_dir=out, workers=1)
    finally:
        assert not marker.exists()
    warnings += r.warnings
    assert r.documents == 3
    assert any("malformed" in w for w in warnings), warnings
    assert all("\n" not in w for w in warnings)
    assert_same_as_a_fresh_build(src, out, tmp_path / "fresh")


def test_no_pickle_in_the_output_folder(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, ARTICLES)
    build([src], out_dir=out, workers=1)
    files = [p for p in out.rglob("*") if p.is_file()]
    assert not [p for p in files if p.suffix == ".pickle"]
    head = (out / ".kg" / "summary.json").read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(head)["format"].startswith("kg-summary")
    db = sqlite3.connect(out / ".kg" / "cache.sqlite")
    for (blob,) in db.execute("SELECT packed FROM docs"):
        json.loads(zlib.decompress(blob))          # plain JSON
    db.close()


def test_kg_reads_no_pickle():
    """No module of kg unpickles anything (results cross processes only through multiprocessing/Dask)."""
    root = Path(__file__).resolve().parents[1] / "kg"
    for f in root.glob("*.py"):
        src = f.read_text(encoding="utf-8")
        assert "pickle.load" not in src and "import pickle" not in src, f.name


@pytest.mark.parametrize("bad", [
    b"not zlib at all",
    zlib.compress(b"{not json"),
    zlib.compress(json.dumps([["a", "", "", "", ""], 1, "x", [], [["0", 5, "t", "isis", "name"]], [], []]).encode()),
    zlib.compress(json.dumps([["a", "", "", "", ""], 1, "x", [], [], [], [["p>", "Place", "x", "y", "", "", ""]]]).encode()),
    zlib.compress(json.dumps([["a", "", "", "", ""], 1, "x", [], [[0, 4, "t", "nosuchentity", "name"]], [], []]).encode()),
    zlib.compress(b'[["a","","","",""],1,"x",[],[],[[0,0,4,"isis","controls","CONTROL","raqqa","asserted",NaN,"e","t",""]],[]]'),
], ids=["not-zlib", "not-json", "bad-offset-type", "bad-iri", "unknown-entity", "nan"])
def test_malformed_cache_is_a_miss_with_one_warning(tmp_path, bad):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, ARTICLES)
    build([src], out_dir=out, workers=1)
    db = sqlite3.connect(out / ".kg" / "cache.sqlite")
    digest = db.execute("SELECT digest FROM docs WHERE doc_id='a'").fetchone()[0]
    if b"x" in bad:
        bad = bad.replace(b'"x"', json.dumps(digest).encode()) if not bad.startswith(b"x") else bad
    db.execute("UPDATE docs SET packed=? WHERE doc_id='a'", (bad,))
    db.commit()
    db.close()
    write(src, dict(ARTICLES, c="انسحب تنظيم داعش من مدينة تدمر."))      # a change: cached results are read
    warnings = []
    r = build([src], out_dir=out, workers=1, on_warning=warnings.append)
    assert r.documents == 3
    assert len(warnings) == 1 and "'a'" in warnings[0] and "extracted again" in warnings[0], warnings
    assert_same_as_a_fresh_build(src, out, tmp_path / "fresh")


def test_cache_that_is_not_a_database_is_rebuilt(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, ARTICLES)
    build([src], out_dir=out, workers=1)
    (out / ".kg" / "cache.sqlite").write_bytes(b"garbage" * 100)
    for f in (out / ".kg").glob("cache.sqlite-*"):
        f.unlink()
    warnings = []
    r = build([src], out_dir=out, workers=1, on_warning=warnings.append)
    assert r.documents == 3 and len(warnings) == 1 and "unreadable build cache" in warnings[0]


def test_malformed_summary_is_rebuilt_from_the_cache(tmp_path):
    src, out = tmp_path / "news.jsonl", tmp_path / "out"
    lines = [json.dumps({"id": k, "text": v}, ensure_ascii=False) for k, v in ARTICLES.items()]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    build([src], out_dir=out, workers=1)
    path = out / ".kg" / "summary.json"
    head, body = path.read_text(encoding="utf-8").split("\n", 1)
    path.write_text(head + "\n" + body.replace('"entities":{', '"entities":{"x y":[1],', 1), encoding="utf-8")
    more = json.dumps({"id": "d", "text": "وقصفت الطائرات الروسية مدينة الرقة."}, ensure_ascii=False)
    src.write_text("\n".join(lines + [more]) + "\n", encoding="utf-8")
    warnings = []
    r = build([src], out_dir=out, workers=1, on_warning=warnings.append)
    assert r.store_mode == "incremental" and len(warnings) == 1 and "summary.json" in warnings[0]
    assert_same_as_a_fresh_build(src, out, tmp_path / "fresh")


def test_malformed_summary_and_cached_result_together(tmp_path):
    src, out = tmp_path / "news.jsonl", tmp_path / "out"
    lines = [json.dumps({"id": k, "text": v}, ensure_ascii=False) for k, v in ARTICLES.items()]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    build([src], out_dir=out, workers=1)
    path = out / ".kg" / "summary.json"
    head, body = path.read_text(encoding="utf-8").split("\n", 1)
    path.write_text(head + "\n" + body[:-10], encoding="utf-8")
    db = sqlite3.connect(out / ".kg" / "cache.sqlite")
    db.execute("UPDATE docs SET packed=? WHERE doc_id='b'", (b"garbage",))
    db.commit()
    db.close()
    more = json.dumps({"id": "d", "text": "وقصفت الطائرات الروسية مدينة الرقة."}, ensure_ascii=False)
    src.write_text("\n".join(lines + [more]) + "\n", encoding="utf-8")
    r = build([src], out_dir=out, workers=1)
    assert len(r.warnings) == 2, r.warnings
    assert_same_as_a_fresh_build(src, out, tmp_path / "fresh")
    assert build([src], out_dir=out, workers=1).warnings == []        # and the cache is whole again


# --- kg query: read-only, local -----------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("q_in")
    write(src, ARTICLES)
    out = tmp_path_factory.mktemp("q") / "out"
    build([src], out_dir=out, workers=1)
    return out


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "PREFIX x: <http://example.org/>\nSELECT * WHERE { ?s ?p ?o . service silent <http://127.0.0.1:9/> { ?s ?q ?r } }",
])
def test_federated_query_is_refused(built, query, monkeypatch):
    import socket
    calls = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: calls.append(a) or (_ for _ in ()).throw(OSError()))
    r = runner.invoke(app, ["query", query, "--store", str(built)])
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines() == [
        "kg: error: the query has a SERVICE clause (a federated query, which sends a request to another server); "
        "kg query runs it only with --allow-service"]
    assert calls == []


def test_allowed_federated_query_fails_in_one_line(built):
    r = runner.invoke(app, ["query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                            "--store", str(built), "--allow-service"])
    assert r.exit_code == 1
    assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("kg: error: query failed: ")
    assert "Traceback" not in r.stderr + r.stdout


def test_service_in_strings_iris_and_names_is_no_service(built):
    r = runner.invoke(app, ["query", 'SELECT ?service WHERE { ?service ?p "SERVICE" } # SERVICE <x>',
                            "--store", str(built)])
    assert r.exit_code == 0, r.stderr


@pytest.mark.parametrize("update,verb", [
    ("INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }", "INSERT"),
    ("PREFIX ex: <http://example.org/>\nDELETE WHERE { ?s ?p ?o }", "DELETE"),
    ("DROP ALL", "DROP"), ("CLEAR GRAPH <http://a/g>", "CLEAR"), ("LOAD <http://example.org/x.ttl>", "LOAD"),
    ("WITH <http://a/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
])
def test_update_is_refused_as_read_only(built, update, verb):
    r = runner.invoke(app, ["query", update, "--store", str(built)])
    assert r.exit_code == 1
    assert r.stderr.startswith(f"kg: error: kg query is read-only: {verb} is SPARQL Update")
    assert "syntax error" not in r.stderr and "CONSTRUCT" not in r.stderr.split("(")[0]
