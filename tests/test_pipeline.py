"""Whole builds: determinism, worker counts, metadata, repeated paragraphs."""
import csv
import json
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.store import open_rdflib

from .conftest import SEEDS

OUTPUTS = ("triples.csv", "mentions.csv", "events.csv", "graph.ttl", "graph.graphml", "graph.html")


def test_same_input_same_files(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build([SEEDS], out_dir=a, workers=1)
    build([SEEDS], out_dir=b, workers=1)
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_workers_give_byte_identical_output(tmp_path):
    a, b = tmp_path / "one", tmp_path / "two"
    build([SEEDS], out_dir=a, workers=1)
    build([SEEDS], out_dir=b, workers=2)
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_jsonl_metadata_reaches_the_graph(tmp_path):
    f = tmp_path / "news.jsonl"
    rows = [
        {"id": "a1", "text": "سيطر تنظيم داعش على مدينة الرقة.", "title": "الرقة", "date": "2015-07-21",
         "source": "aawsat", "url": "http://example.org/a1"},
        {"text": "قصفت قوات النظام مدينة دوما."},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    report = build([f], out_dir=out, workers=1)
    assert report.documents == 2
    ds = open_rdflib(out / "store")
    # an event's article carries the article's date, publisher and address
    q = """SELECT ?id ?date ?pub ?url WHERE { ?e a kg:Event ; kg:document ?d . ?d dcterms:date ?date ;
           dcterms:publisher ?pub ; dcterms:identifier ?id ; kg:url ?url }"""
    got = {tuple(str(x) for x in row) for row in ds.query(q)}
    assert got == {("a1", "2015-07-21", "aawsat", "http://example.org/a1")}
    ids = {str(r[0]) for r in ds.query("SELECT ?id WHERE { ?d a kg:Document ; dcterms:identifier ?id }")}
    assert ids == {"a1", "news-2"}


def test_same_file_name_in_two_folders_gets_its_path_as_id(tmp_path):
    d = tmp_path / "in"
    (d / "x").mkdir(parents=True)
    (d / "a.txt").write_text("سيطر تنظيم داعش على مدينة الرقة.", encoding="utf-8")
    (d / "x" / "a.txt").write_text("قصفت قوات النظام مدينة دوما.", encoding="utf-8")
    errors = []
    report = build([d], out_dir=tmp_path / "out", workers=1, on_error=errors.append)
    assert report.documents == 2 and errors == []
    ids = {r["doc_id"] for r in csv.DictReader(open(tmp_path / "out" / "triples.csv", encoding="utf-8"))}
    assert ids == {"a", "x/a"}


def test_duplicate_doc_ids_are_reported(tmp_path):
    f = tmp_path / "news.jsonl"
    f.write_text(json.dumps({"id": "n1", "text": "سيطر تنظيم داعش على مدينة الرقة."}, ensure_ascii=False) + "\n"
                 + json.dumps({"id": "n1", "text": "قصفت قوات النظام مدينة دوما."}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    errors = []
    report = build([f], out_dir=tmp_path / "out", workers=1, on_error=errors.append)
    assert report.documents == 1
    assert errors == [f"{f}:2: doc_id 'n1' was already read from {f}:1; this copy is skipped"]


def test_report_counts(seeds_out):
    _, report = seeds_out
    assert report.documents == 5
    assert report.sentences > 50 and report.triples > 50 and report.entities > 50
    assert set(report.stages) >= {"read", "normalise", "recognise", "extract", "store", "export"}


def test_build_stamp_covers_every_module_and_model(lex):
    from kg.pipeline import build_stamp
    import kg
    root = Path(kg.__file__).parent
    stamp = build_stamp(lex)
    for rel in ("events/assemble.py", "extract/constructions.py", "models/event_scorer.json"):
        f = root / rel
        old = f.read_bytes()
        try:
            f.write_bytes(old + b"\n")
            assert build_stamp(lex) != stamp, rel
        finally:
            f.write_bytes(old)
    assert build_stamp(lex) == stamp


def test_results_spooled_to_disk_give_the_same_files(tmp_path, monkeypatch):
    """Past a few thousand documents the results wait on disk, not in memory: the same output."""
    from kg import pipeline
    build([SEEDS], out_dir=tmp_path / "mem", workers=1)
    monkeypatch.setattr(pipeline._Spool, "IN_MEMORY", 2)
    build([SEEDS], out_dir=tmp_path / "disk", workers=1)
    for name in ("triples.csv", "events.csv", "mentions.csv", "graph.ttl", "graph.graphml"):
        assert (tmp_path / "mem" / name).read_bytes() == (tmp_path / "disk" / name).read_bytes(), name
