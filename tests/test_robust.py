"""Input and environments that used to break a build: concurrent builds, killed builds, odd file names
and file types, encodings, metadata, option values, a huge unpunctuated article."""
import codecs
import csv
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError, OutputError
from kg.lock import BuildLock
from kg.pipeline import build, process
from kg.read import read_articles
from kg.text import MAX_SENTENCE_WORDS, segment

runner = CliRunner()
GOOD = "سيطر تنظيم داعش على مدينة الرقة. وقصفت قوات النظام مدينة دوما."
KG = [sys.executable, "-m", "kg"]


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def docs_of(out: Path) -> set:
    with open(out / "triples.csv", encoding="utf-8") as fh:
        return {r["doc_id"] for r in csv.DictReader(fh)}


@pytest.fixture()
def src(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


# --- one build per output folder ------------------------------------------------------------------

def test_second_build_into_a_locked_folder_names_the_first(tmp_path, src):
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from kg.lock import BuildLock\n"
                               f"with BuildLock({str(out)!r}):\n    print('locked', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        r = run("build", src, "--out", out, "-j", "1")
        assert r.exit_code == 1
        assert r.stderr.strip().splitlines() == [
            f"kg: error: {out}: another kg build (pid {holder.pid}) is writing to this folder; "
            "wait for it to finish, or give --wait"]
        assert not (out / "triples.csv").exists()
    finally:
        holder.kill()
        holder.wait()
    assert run("build", src, "--out", out, "-j", "1").exit_code == 0      # the kernel dropped the lock


def test_wait_waits_for_the_other_build(tmp_path, src):
    out = tmp_path / "out"
    lock = BuildLock(out)
    lock.acquire()
    released = []

    def release():
        time.sleep(1.0)
        released.append(time.monotonic())
        lock.release()
    threading.Thread(target=release).start()
    told = []
    report = build([src], out_dir=out, workers=1, wait=True, on_wait=told.append)
    assert released and report.documents == 1
    assert told == [os.getpid()]
    with pytest.raises(OutputError, match="another kg build"):
        with BuildLock(out):
            build([src], out_dir=out, workers=1)


def test_two_concurrent_cli_builds(tmp_path, src):
    """Two real processes at once: one builds, the other stops with a one-line message (or, with --wait,
    builds after it); never a sqlite 'database is locked' traceback."""
    out = tmp_path / "out"
    for i in range(30):
        (src / f"n{i}.txt").write_text(GOOD.replace("الرقة", f"الرقة {i}"), encoding="utf-8")
    procs = [subprocess.Popen(KG + ["build", str(src), "--out", str(out), "-j", "1"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
    codes = sorted(r[2] for r in results)
    for _out, err, code in results:
        assert "Traceback" not in err and "database is locked" not in err, err
        if code:
            assert "another kg build (pid" in err and len(err.strip().splitlines()) == 1
    assert codes[0] == 0
    waited = [subprocess.Popen(KG + ["build", str(src), "--out", str(out), "-j", "1", "--full", "--wait"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for p in waited:
        o, e = p.communicate(timeout=300)
        assert p.returncode == 0, e
        assert o.startswith("Built 31 documents")


def test_leftovers_of_killed_builds_are_removed(tmp_path, src):
    out = tmp_path / "out"
    assert run("build", src, "--out", out, "-j", "1").exit_code == 0
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        for name in (f".kg-build-{dead.pid}", f".store-old-{dead.pid}", f".kg-build-{alive.pid}"):
            (out / name / "store").mkdir(parents=True)
            (out / name / "results.jsonl").write_bytes(b"x" * 1000)
        assert run("build", src, "--out", out, "-j", "1").exit_code == 0
        assert not (out / f".kg-build-{dead.pid}").exists() and not (out / f".store-old-{dead.pid}").exists()
        assert (out / f".kg-build-{alive.pid}").exists()          # a live process: not ours to remove
    finally:
        alive.kill()
        alive.wait()


def test_store_set_aside_by_a_killed_build_is_put_back(tmp_path, src):
    from kg.query import run_query
    out = tmp_path / "out"
    assert run("build", src, "--out", out, "-j", "1").exit_code == 0
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    os.replace(out / "store", out / f".store-old-{dead.pid}")      # killed inside the commit
    before = run_query(out / f".store-old-{dead.pid}", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    (src / "more.txt").write_text("هاجم تنظيم داعش مدينة تدمر.", encoding="utf-8")
    r = run("build", src, "--out", out, "-j", "1")
    assert r.exit_code == 0, r.stderr
    assert not list(out.glob(".store-old-*"))
    assert run_query(out / "store", "ASK { ?e kg:document ?d . ?d dcterms:identifier \"more\" }").boolean is True
    assert before


def test_sigkilled_build_leaves_nothing_behind_after_the_next(tmp_path, src):
    out = tmp_path / "out"
    for i in range(200):
        (src / f"n{i:03d}.txt").write_text(GOOD + f" {i}", encoding="utf-8")
    p = subprocess.Popen(KG + ["build", str(src), "--out", str(out), "-j", "1"], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    for _ in range(600):
        if list(out.glob(".kg-build-*")):
            break
        time.sleep(0.05)
    p.kill()
    p.wait()
    r = run("build", src, "--out", out, "-j", "1")
    assert r.exit_code == 0, r.stderr
    assert not list(out.glob(".kg-build-*")) and not list(out.glob(".store-old-*"))


# --- what is read ---------------------------------------------------------------------------------------

def test_file_name_that_is_not_utf8(tmp_path, src):
    name = os.fsencode(src) + b"/caf\xe9 \xff.txt"
    with open(name, "wb") as fh:
        fh.write(GOOD.encode("utf-8"))
    out = tmp_path / "out"
    r = run("build", src, "--out", out, "-j", "1")
    assert r.exit_code == 0, r.stderr
    assert "Traceback" not in r.stderr and r.stdout.startswith("Built 2 documents")
    assert docs_of(out) == {"good", "caf%E9 %FF"}


def test_fifo_is_reported_not_read(tmp_path, src):
    os.mkfifo(src / "pipe.txt")
    os.mkfifo(src / "pipe2.jsonl")
    out = tmp_path / "out"
    p = subprocess.run(KG + ["build", str(src), str(src / "pipe.txt"), "--out", str(out), "-j", "1"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0
    assert p.stderr.strip().splitlines() == [
        f"kg: error: {src}/pipe.txt: a FIFO (named pipe), not a regular file; skipped",
        f"kg: error: {src}/pipe2.jsonl: a FIFO (named pipe), not a regular file; skipped",
        f"kg: error: {src}/pipe.txt: a FIFO (named pipe), not a regular file; skipped",
    ]
    assert docs_of(out) == {"good"}


def test_any_case_suffix(tmp_path, src):
    (src / "upper.TXT").write_text(GOOD, encoding="utf-8")
    (src / "mixed.JsonL").write_text(json.dumps({"id": "j", "text": GOOD}, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    assert {d.doc_id for d in read_articles([src, src / "upper.TXT"]) if hasattr(d, "doc_id")} == {"good", "upper", "j"}


def test_bom_on_the_first_jsonl_line(tmp_path):
    f = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": f"n{i}", "text": GOOD}, ensure_ascii=False) for i in range(2)]
    f.write_bytes(codecs.BOM_UTF8 + "\n".join(lines).encode("utf-8") + b"\n")
    got = list(read_articles([f]))
    assert [d.doc_id for d in got] == ["n0", "n1"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    (tmp_path / "a.txt").write_bytes(bom + GOOD.encode(encoding))
    line = json.dumps({"id": "j", "text": GOOD}, ensure_ascii=False) + "\n" + json.dumps({"id": "k", "text": GOOD}, ensure_ascii=False)
    (tmp_path / "b.jsonl").write_bytes(bom + line.encode(encoding))
    got = list(read_articles([tmp_path]))
    assert [(d.doc_id, d.text) for d in got] == [("a", GOOD), ("j", GOOD), ("k", GOOD)]


def test_dates(tmp_path):
    f = tmp_path / "d.jsonl"
    rows = [{"id": "a", "text": GOOD, "date": "2015-07-21"},
            {"id": "b", "text": GOOD, "date": "2015-07-21T10:30:00+03:00"},
            {"id": "c", "text": GOOD, "date": "21/07/2015"},
            {"id": "d", "text": GOOD, "date": "2015-02-30"},
            {"id": "e", "text": GOOD, "date": "2015-07-21 10:30Z"}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    got = list(read_articles([f]))
    errors = [str(x) for x in got if not hasattr(x, "doc_id")]
    assert errors == [f"{f}:3: invalid date '21/07/2015' (use YYYY-MM-DD or an ISO 8601 date and time); date ignored",
                      f"{f}:4: invalid date '2015-02-30' (use YYYY-MM-DD or an ISO 8601 date and time); date ignored"]
    assert {d.doc_id: d.date for d in got if hasattr(d, "doc_id")} == {
        "a": "2015-07-21", "b": "2015-07-21T10:30:00+03:00", "c": "", "d": "", "e": "2015-07-21T10:30Z"}


@pytest.mark.parametrize("args,message", [
    (["--store", "notaurl"], "kg: error: --store 'notaurl': not a SPARQL server URL; give http://HOST:PORT/…"),
    (["--store", "ftp://host/x"], "kg: error: --store 'ftp://host/x': not a SPARQL server URL; give http://HOST:PORT/…"),
    (["--workers", "-3"], "kg: error: --workers -3: give a number of worker processes, 1 or more (0: one per core)"),
    (["--html-max-nodes", "-1"], "kg: error: --html-max-nodes -1: give a positive number"),
    (["--max-article-bytes", "0"], "kg: error: --max-article-bytes 0: give a positive number"),
])
def test_bad_option_values_are_one_line_errors(tmp_path, src, args, message):
    out = tmp_path / "out"
    r = run("build", src, "--out", out, *args)
    assert r.exit_code == 1
    assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith(message), r.stderr
    assert not (out / "triples.csv").exists()


def test_flags_take_no_value(tmp_path, src):
    r = run("build", "--help")
    assert "<bool>" not in r.stdout and "--full " in r.stdout and "--wait " in r.stdout
    r = run("build", src, "--out", tmp_path / "out", "--full", "true")
    assert r.exit_code == 1
    assert r.stderr.strip() == ("kg: error: true: no such file or folder (--full, --dask, --wait, --quiet are flags: "
                                "they take no value, write --full, not --full true)")


# --- a huge article with no punctuation -------------------------------------------------------------

WORDS = "قصفت قوات النظام مدينة دوما وسيطر تنظيم داعش على مدينة الرقة في ريف حلب الشمالي وقال المرصد".split()


def unpunctuated(n: int, commas: bool = False) -> str:
    return " ".join(w + ("،" if commas and i % 37 == 36 else "") for i, w in enumerate(WORDS[i % len(WORDS)] for i in range(n)))


@pytest.mark.parametrize("commas", [False, True])
def test_long_sentences_are_capped(commas):
    text = unpunctuated(5000, commas)
    spans = segment(text)
    assert len(spans) >= 5000 // MAX_SENTENCE_WORDS
    for s, e in spans:
        assert len(text[s:e].split()) <= MAX_SENTENCE_WORDS
        assert text[s:e] == text[s:e].strip()
    assert " ".join(text[s:e] for s, e in spans) == text           # nothing lost, nothing moved
    if commas:       # cut after a comma where there is one
        assert all(text[s:e].endswith("،") for s, e in spans[:-1])


def test_long_article_has_capped_sentences_and_exact_offsets(lex):
    from kg.model import Document
    text = unpunctuated(3000)
    res = process(Document("long", text), lex)
    assert res.sentences >= 3000 // MAX_SENTENCE_WORDS
    for t in res.triples:
        assert text[t.start:t.end] == t.evidence and len(t.evidence.split()) <= MAX_SENTENCE_WORDS
    for m in res.mentions:
        assert text[m.start:m.end] == m.text
