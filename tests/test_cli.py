"""The command line, through typer's CliRunner: exact messages, exit codes, every bad input."""
import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

from .conftest import SEEDS

runner = CliRunner()

GOOD = "سيطر تنظيم داعش على مدينة الرقة. وقصفت قوات النظام مدينة دوما."


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


def test_help_lists_commands():
    r = run("--help")
    assert r.exit_code == 0
    for cmd in ("build", "query", "lexicon"):
        assert cmd in r.stdout


def test_build_seeds(tmp_path):
    out = tmp_path / "out"
    r = run("build", SEEDS, "--out", out, "-j", "1")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("Built 5 documents")
    assert f"Open the graph: {out}/graph.html" in r.stdout
    for name in ("triples.csv", "mentions.csv", "graph.ttl", "graph.graphml", "graph.html", "store"):
        assert (out / name).exists(), name
    assert not list(out.glob(".kg-build-*"))


def test_bad_inputs_each_get_one_message_and_good_ones_are_built(tmp_path, inputs):
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (inputs / "latin1.txt").write_bytes("café".encode("latin-1"))
    (inputs / "big.txt").write_text("س" * 1_100_000, encoding="utf-8")
    (inputs / "notes.md").write_text("ignored", encoding="utf-8")
    (inputs / "lines.jsonl").write_text(
        json.dumps({"id": "j1", "text": "هاجم تنظيم داعش مدينة تدمر.", "date": "2017-05-01"}, ensure_ascii=False)
        + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n", encoding="utf-8")
    empty_dir = tmp_path / "empty_dir"
    empty_dir.mkdir()
    out = tmp_path / "out"
    r = run("build", inputs, tmp_path / "missing", empty_dir, "--out", out, "--max-article-bytes", 1_000_000)
    assert r.exit_code == 0
    lines = r.stderr.strip().splitlines()
    assert lines == [
        f"kg: error: {inputs}/big.txt: 2.2 MB is too large for one article (limit 1.0 MB, --max-article-bytes); skipped",
        f"kg: error: {inputs}/binary.txt: binary file, not text",
        f"kg: error: {inputs}/empty.txt: empty file",
        f"kg: error: {inputs}/latin1.txt: not UTF-8 text (byte 0xe9 at offset 3); convert it with iconv -t UTF-8",
        f"kg: error: {inputs}/lines.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes at column 2); line skipped",
        f"kg: error: {inputs}/lines.jsonl:3: no \"text\" string in this line",
        f"kg: error: {tmp_path}/missing: no such file or folder",
        f"kg: error: {empty_dir}: folder holds no .txt or .jsonl articles",
    ]
    assert "Traceback" not in r.stderr + r.stdout
    assert r.stdout.startswith("Built 2 documents")
    rows = list(csv.DictReader(open(out / "triples.csv", encoding="utf-8")))
    assert {r["doc_id"] for r in rows} == {"good", "j1"}


def test_nothing_to_build_fails(tmp_path):
    d = tmp_path / "empty"
    d.mkdir()
    r = run("build", d, "--out", tmp_path / "out")
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines()[-1] == "kg: error: no article could be read; nothing was built (1 error(s) above)"
    assert not (tmp_path / "out" / "triples.csv").exists()


def test_unwritable_out(tmp_path, inputs):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = run("build", inputs, "--out", blocker / "out")
    assert r.exit_code == 1
    assert r.stderr.startswith(f"kg: error: {blocker}/out: cannot write the output folder")
    assert "Traceback" not in r.stderr


def test_bad_lexicon_names_file_and_line(tmp_path, inputs):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\ttype\tlabel_en\tlabel_ar\nx\tPlanet\tMars\tالمريخ\n", encoding="utf-8")
    r = run("build", inputs, "--out", tmp_path / "out", "--lexicon", bad)
    assert r.exit_code == 1
    assert r.stderr.startswith(f"kg: error: {bad}:2: type 'Planet' is not one of")


def test_failed_build_keeps_previous_output(tmp_path, inputs, monkeypatch):
    out = tmp_path / "out"
    assert run("build", inputs, "--out", out, "-j", "1").exit_code == 0
    before = (out / "triples.csv").read_bytes()
    import kg.export

    def boom(*a, **k):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(kg.export, "write_graphml", boom)
    (inputs / "more.txt").write_text("هاجم تنظيم داعش مدينة تدمر.", encoding="utf-8")
    with pytest.raises(RuntimeError):
        runner.invoke(app, ["build", str(inputs), "--out", str(out), "-j", "1"], catch_exceptions=False)
    assert (out / "triples.csv").read_bytes() == before
    assert not list(out.glob(".kg-build-*"))


def test_lexicon_check(tmp_path):
    r = run("lexicon", "check")
    assert r.exit_code == 0 and r.stdout.startswith("OK: ")
    bad = tmp_path / "t.tsv"
    bad.write_text("relation\tclass\tpos\tforms\ttarget\nx\tNOPE\tverb\tقصف/يقصف\tobj\n", encoding="utf-8")
    r = run("lexicon", "check", bad)
    assert r.exit_code == 1
    assert r.stderr.startswith(f"kg: error: {bad}:2: class 'NOPE' is not one of")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("q") / "out"
    assert run("build", SEEDS, "--out", out, "-j", "1").exit_code == 0
    return out


def test_query_table(built):
    r = run("query", "SELECT ?a ?t WHERE { ?a kg:attacked ?t } ORDER BY ?a ?t", "--store", built)
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split(" | ")[0].strip() == "a"
    assert any("Islamic State" in line for line in lines)     # IRIs shown as English labels
    assert lines[-1].endswith("rows)")


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_query_formats(built, fmt):
    r = run("query", "SELECT ?a WHERE { ?a a kg:ArmedGroup } ORDER BY ?a LIMIT 3", "--store", built, "--format", fmt)
    assert r.exit_code == 0
    if fmt == "json":
        data = json.loads(r.stdout)
        assert data["columns"] == ["a"] and data["rows"][0]["a"].startswith("https://w3id.org/kg-ar/entity/")
    else:
        assert r.stdout.splitlines()[0] == "a"
        assert r.stdout.splitlines()[1].startswith("https://w3id.org/kg-ar/entity/")


def test_query_from_file(built, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("ASK { ent:isis kg:attacked ?x }", encoding="utf-8")
    r = run("query", "-f", q, "--store", built, "--format", "csv")
    assert r.exit_code == 0 and r.stdout.splitlines() == ["result", "true"]


def test_query_syntax_error(built):
    r = run("query", "SELECT ?a WHERE { ?a kg:attacked ", "--store", built)
    assert r.exit_code == 1
    assert r.stderr.startswith("kg: error: SPARQL syntax error at line 1, column")
    assert "Traceback" not in r.stderr


def test_query_without_store(tmp_path):
    r = run("query", "SELECT * WHERE { ?s ?p ?o }", "--store", tmp_path / "nope")
    assert r.exit_code == 1
    assert r.stderr.strip() == f"kg: error: {tmp_path}/nope: no kg store here; run `kg build` first (or give --store DIR)"


def test_query_needs_exactly_one_source():
    r = run("query")
    assert r.exit_code == 1
    assert "give exactly one of" in r.stderr


def test_explain_shows_entities_triggers_readings_events_and_triples():
    r = run("explain", "سيطر تنظيم داعش على مدينة الرقة.")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "[0] سيطر تنظيم داعش على مدينة الرقة."
    assert "<سيطر>=controls:verb" in lines[1] and "[داعش]=isis" in lines[1] and "=raqqa" in lines[1]
    assert lines[2].startswith("    reading سيطر: controls (triggers.tsv:") and "[direct]" in lines[2]
    assert lines[3].startswith("    event ASSAULT/capture «سيطر»: actor Islamic State (ISIS); target Raqqa")
    assert lines[4].startswith("    => Islamic State (ISIS) —controls (CONTROL)→ Raqqa  [asserted")


def test_kg_help_does_not_import_heavy_libraries():
    import subprocess
    import sys
    code = ("import sys, kg.cli; heavy = [m for m in ('torch', 'transformers', 'camel_tools', 'rdflib', "
            "'pyoxigraph', 'networkx', 'pyvis') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
