"""``build``: read articles, extract, and write every output of ``kg build``, streaming.

Documents flow one at a time (or in chunks over worker processes) through
read → clean → fold/segment → recognise → extract, and their results are written as they come:
no stage holds the corpus in memory. Outputs are written into a temporary folder inside the
output folder and moved into place only when everything succeeded, so a failed or interrupted
build leaves the previous output intact.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KgError, OutputError
from .lexicon import ONTOLOGY_DIR, Lexicon, load_lexicon
from .model import Document, DocResult
from .read import MAX_ARTICLE_BYTES, discover, read_articles

OUTPUT_FILES = ("triples.csv", "mentions.csv", "graph.ttl", "graph.graphml", "graph.html", "store")


@dataclass
class BuildReport:
    documents: int = 0
    sentences: int = 0
    mentions: int = 0
    entities: int = 0
    triples: int = 0
    quads: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    out_dir: str = ""
    html_note: str = ""
    unchanged: int = 0          # documents whose cached result was reused (incremental build)
    remote: str = ""            # SPARQL server the graph was also written to

    @property
    def html(self) -> str:
        return str(Path(self.out_dir) / "graph.html")


# --- one document ---------------------------------------------------------------------------------

_LEX: Lexicon | None = None


def digest(doc: Document) -> str:
    h = hashlib.sha256()
    for part in (doc.doc_id, doc.text, doc.title, doc.date, doc.source, doc.url):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:32]


def process(doc: Document, lex: Lexicon) -> DocResult:
    """Everything kg extracts from one document."""
    from .extract import extract
    from .recognize import analyze
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    analysis = analyze(doc, lex, timings)
    t1 = time.perf_counter()
    triples = extract(analysis, lex)
    t2 = time.perf_counter()
    timings["recognise"] = (t1 - t0) - timings.get("normalise", 0.0)
    timings["extract"] = t2 - t1
    return DocResult(doc=doc, sentences=sum(1 for s in analysis.sentences if not s.duplicate),
                     mentions=tuple(analysis.mentions), triples=tuple(triples), digest=digest(doc),
                     timings=tuple(sorted(timings.items())))


def extract_text(text: str, lex: Lexicon | None = None, doc_id: str = "text") -> DocResult:
    """Everything kg extracts from a piece of text (cleaned like an article)."""
    from .text import clean
    return process(Document(doc_id=doc_id, text=clean(text)), lex or load_lexicon())


def _init_worker(lexicon_files: tuple[str, ...]) -> None:
    global _LEX
    _LEX = load_lexicon(lexicon_files)


def _work(chunk: list[Document]) -> list[DocResult]:
    assert _LEX is not None
    return [process(d, _LEX) for d in chunk]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process_all(docs: Iterable[Document], lex: Lexicon, lexicon_files: tuple[str, ...] = (),
                workers: int = 1, scheduler: str | None = None, chunk_size: int = 16) -> Iterator[DocResult]:
    """Results in input order, computed here, in ``workers`` local processes, or on a Dask cluster."""
    if scheduler:
        from .distributed import process_on_dask
        yield from process_on_dask(docs, lexicon_files, scheduler, chunk_size=chunk_size)
        return
    if workers <= 1:
        for d in docs:
            yield process(d, lex)
        return
    import multiprocessing as mp
    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    global _LEX
    _LEX = lex   # inherited by forked workers; spawned ones load it in _init_worker
    with ctx.Pool(workers, initializer=None if ctx.get_start_method() == "fork" else _init_worker,
                  initargs=() if ctx.get_start_method() == "fork" else (lexicon_files,)) as pool:
        for results in pool.imap(_work, _chunks(docs, chunk_size), chunksize=1):
            yield from results


# --- the whole build ------------------------------------------------------------------------------

def count_articles(paths: Iterable[str | Path]) -> int:
    """A quick estimate of how many articles the paths hold (for the progress bar)."""
    n = 0
    for item in discover(paths):
        if isinstance(item, InputError):
            continue
        if item.suffix == ".jsonl":
            try:
                with open(item, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                pass
        else:
            n += 1
    return n


def build(paths: Iterable[str | Path], out_dir: str | Path = "out", lexicon_files: Iterable[str | Path] = (),
          workers: int | None = None, scheduler: str | None = None, remote_store: str | None = None,
          max_article_bytes: int = MAX_ARTICLE_BYTES,
          html_max_nodes: int = 1500, on_error: Callable[[str], None] | None = None,
          on_progress: Callable[[int, int], None] | None = None, total: int | None = None) -> BuildReport:
    """Build the knowledge graph of the articles in ``paths`` into ``out_dir``.

    Bad input is reported through ``on_error`` (and in the report) and skipped; a ``KgError`` is
    raised only when nothing can be built (bad lexicon, unwritable output, no article at all).
    """
    from .export import MENTION_COLUMNS, TRIPLE_COLUMNS, CsvWriter, GraphSummary, mention_row, triple_row
    from .store import document_quads, entity_quads, ontology_quads

    t_start = time.perf_counter()
    report = BuildReport(out_dir=str(out_dir))
    lexicon_files = tuple(str(p) for p in lexicon_files)
    lex = load_lexicon(lexicon_files)
    workers = workers or os.cpu_count() or 1
    out = Path(out_dir)
    tmp = _prepare_output(out)

    def error(msg: str) -> None:
        report.errors.append(msg)
        if on_error:
            on_error(msg)

    stages = {"read": 0.0, "normalise": 0.0, "recognise": 0.0, "extract": 0.0, "store": 0.0, "export": 0.0}
    try:
        triples_csv = CsvWriter(tmp / "triples.csv", TRIPLE_COLUMNS)
        mentions_csv = CsvWriter(tmp / "mentions.csv", MENTION_COLUMNS)
        nq_path = tmp / "data.nq"
        nq = open(nq_path, "w", encoding="utf-8")
        summary = GraphSummary()
        read_time = [0.0]

        def documents() -> Iterator[Document]:
            it = iter(read_articles(paths, max_bytes=max_article_bytes))
            while True:
                t0 = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    read_time[0] += time.perf_counter() - t0
                if isinstance(item, InputError):
                    error(str(item))
                else:
                    yield item

        done = 0
        spool = _Spool(tmp / "results.pickle")
        for res in process_all(documents(), lex, lexicon_files, workers=workers, scheduler=scheduler):
            t0 = time.perf_counter()
            for name, secs in res.timings:
                stages[name] = stages.get(name, 0.0) + secs
            report.documents += 1
            report.sentences += res.sentences
            report.mentions += len(res.mentions)
            report.triples += len(res.triples)
            for m in res.mentions:
                summary.labels.see(m.entity, m.text)
            summary.add(res)
            spool.add(res)   # rows are written once the labels of text entities are settled
            lines = document_quads(res)
            report.quads += len(lines)
            nq.writelines(lines)
            stages["export"] += time.perf_counter() - t0
            done += 1
            if on_progress:
                on_progress(done, total or 0)
        stages["read"] = read_time[0]
        if report.documents == 0:
            raise KgError("no article could be read; nothing was built" + (
                f" ({len(report.errors)} error(s) above)" if report.errors else ""))
        t0 = time.perf_counter()
        summary.labels.finish()
        for res in spool.read():
            triples_csv.rows(triple_row(t, summary.labels) for t in res.triples)
            mentions_csv.rows(mention_row(m, summary.labels) for m in res.mentions)
        triples_csv.close()
        mentions_csv.close()
        for eid in sorted(summary.entities):
            ent = summary.entities[eid]
            lines = entity_quads(ent, summary.mentions.get(eid, 0), summary.labels.ar(ent))
            report.quads += len(lines)
            nq.writelines(lines)
        relations = {t.relation: t.cls for t in lex.triggers}
        relations.update({"roleIn": "AFFILIATION", "locatedIn": "LOCATED_IN"})
        nq.writelines(ontology_quads(ONTOLOGY_DIR / "kg.ttl", relations))
        nq.close()
        report.entities = len(summary.entities)
        stages["export"] += time.perf_counter() - t0

        t0 = time.perf_counter()
        from .store import bulk_load, write_turtle
        bulk_load(tmp / "store", nq_path)
        nq_path.unlink()
        stages["store"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        write_turtle(tmp / "store", tmp / "graph.ttl")
        from .export import write_graphml, write_html
        write_graphml(summary, tmp / "graph.graphml")
        write_html(summary, tmp / "graph.html", title=f"kg — {report.documents} documents", max_nodes=html_max_nodes)
        stages["export"] += time.perf_counter() - t0
        _commit(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    report.stages = {k: round(v, 3) for k, v in stages.items()}
    report.seconds = round(time.perf_counter() - t_start, 3)
    return report


class _Spool:
    """Documents' results kept on disk (not in memory) until the CSV rows can be written."""

    def __init__(self, path: Path):
        self.path = path
        self.fh = open(path, "wb")

    def add(self, res: DocResult) -> None:
        pickle.dump(res, self.fh, protocol=pickle.HIGHEST_PROTOCOL)

    def read(self) -> Iterator[DocResult]:
        self.fh.close()
        with open(self.path, "rb") as fh:
            while True:
                try:
                    yield pickle.load(fh)
                except EOFError:
                    break
        self.path.unlink()


def _prepare_output(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp = out / f".kg-build-{os.getpid()}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
        probe = tmp / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as e:
        raise OutputError(f"{out}: cannot write the output folder ({e.strerror})") from None
    return tmp


def _commit(tmp: Path, out: Path) -> None:
    """Move the finished outputs into place; each file replaced atomically."""
    old_store = out / f".store-old-{os.getpid()}"
    if (out / "store").exists():
        os.replace(out / "store", old_store)
    os.replace(tmp / "store", out / "store")
    for name in OUTPUT_FILES:
        if name != "store":
            os.replace(tmp / name, out / name)
    shutil.rmtree(old_store, ignore_errors=True)
    shutil.rmtree(tmp, ignore_errors=True)
