"""``build``: read articles, extract, and write every output of ``kg build``, streaming and incrementally.

Documents flow one at a time (or in chunks over worker processes, or over a Dask cluster) through
read → clean → fold/segment → recognise → extract. Each result is packed into plain tuples, kept in
the build cache (``out/.kg/cache.sqlite``) and spooled to disk, so no stage holds the corpus in memory.

A build whose output folder already holds a build reuses the cached result of every unchanged
document (same content hash, same lexicon), extracts only new and changed ones, and updates the
store by replacing only their named graphs (on a hard-linked copy of the store). Outputs are written
into a temporary folder and moved into place only when everything succeeded, so a failed or
interrupted build leaves the previous output (and cache) intact.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import shutil
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KgError, OutputError
from .lexicon import ONTOLOGY_DIR, Lexicon, load_lexicon
from .model import Document, DocResult, Entity
from .read import MAX_ARTICLE_BYTES, discover, read_articles

OUTPUT_FILES = ("triples.csv", "mentions.csv", "graph.ttl", "graph.graphml", "graph.html")
EXPORTS = ("csv", "ttl", "graphml", "html")   # the store is always written


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
    removed: int = 0            # documents of the previous build that are no longer in the input
    remote: str = ""            # SPARQL server the graph was also written to
    store_mode: str = ""        # "bulk" (new store) or "incremental" (named graphs replaced)
    relexicon: bool = False     # a previous build existed but its lexicon or kg version differs

    @property
    def html(self) -> str:
        return str(Path(self.out_dir) / "graph.html")


# --- one document ---------------------------------------------------------------------------------

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


# A packed result is a tuple of plain values (fast to pickle, to cache and to send between processes):
# (doc, sentences, digest, timings, mentions, triples, text_entities) with
#   doc       = (doc_id, title, date, source, url)
#   mentions  = ((start, end, text, entity_id, kind), ...)
#   triples   = ((sentence, start, end, actor_id, relation, class, target_id, modality, confidence,
#                 evidence, trigger, source_id), ...)
#   text_entities = ((id, type, label_en, label_ar, country, located_in, role_en), ...) for the entities
#                   found in the text (lexicon entities are known everywhere by their id)
P_DOC, P_SENTENCES, P_DIGEST, P_TIMINGS, P_MENTIONS, P_TRIPLES, P_ENTITIES = range(7)


def pack(res: DocResult) -> tuple:
    d = res.doc
    ents: dict[str, Entity] = {}
    for m in res.mentions:
        if m.entity.origin == "text":
            ents.setdefault(m.entity.id, m.entity)
    for t in res.triples:
        for e in (t.actor, t.target):
            if e.origin == "text":
                ents.setdefault(e.id, e)
    return (
        (d.doc_id, d.title, d.date, d.source, d.url),
        res.sentences, res.digest, res.timings,
        tuple((m.start, m.end, m.text, m.entity.id, m.kind) for m in res.mentions),
        tuple((t.sentence, t.start, t.end, t.actor.id, t.relation, t.relation_class, t.target.id, t.modality,
               t.confidence, t.evidence, t.trigger, t.source.id if t.source is not None else "")
              for t in res.triples),
        tuple((e.id, e.type, e.label_en, e.label_ar, e.country, e.located_in, e.role_en) for e in ents.values()),
    )


def unpack_entities(packed: tuple) -> list[Entity]:
    return [Entity(id=i, type=t, label_en=en, label_ar=ar, country=c, located_in=loc, role_en=role, origin="text")
            for i, t, en, ar, c, loc, role in packed[P_ENTITIES]]


# --- many documents ------------------------------------------------------------------------------

_LEX: Lexicon | None = None


def _init_worker(lexicon_files: tuple[str, ...]) -> None:
    global _LEX
    _LEX = load_lexicon(lexicon_files)


def _work(chunk: list[tuple]) -> list[tuple]:
    """Worker side: documents arrive as tuples and leave packed."""
    assert _LEX is not None
    return [pack(process(Document(*d), _LEX)) for d in chunk]


def _doc_tuple(d: Document) -> tuple:
    return (d.doc_id, d.text, d.title, d.date, d.source, d.url, d.origin)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process_all(items: Iterable, lex: Lexicon, lexicon_files: tuple[str, ...] = (), workers: int = 1,
                scheduler: str | None = None, chunk_size: int = 8) -> Iterator[tuple]:
    """Packed results in input order.

    ``items`` holds Documents to extract and already-packed results (cached documents), in input
    order. Documents are extracted here, in ``workers`` local processes, or on a Dask cluster
    (``scheduler``: an address, or "local"); at most a few chunks per worker are in flight, so
    memory stays bounded however long the input.
    """
    if workers <= 1 and not scheduler:
        for x in items:
            yield x if isinstance(x, tuple) else pack(process(x, lex))
        return
    executor = _DaskExecutor(scheduler, lexicon_files) if scheduler else _PoolExecutor(workers, lex, lexicon_files)
    window = 4 * executor.workers
    queue: deque = deque()       # ("done", packed) or ("job", handle)
    chunk: list[Document] = []
    inflight = 0
    try:
        def submit() -> None:
            nonlocal inflight
            if chunk:
                queue.append(("job", executor.submit([_doc_tuple(d) for d in chunk])))
                chunk.clear()
                inflight += 1

        def drain(block: bool) -> Iterator[tuple]:
            nonlocal inflight
            while queue:
                kind, value = queue[0]
                if kind == "job":
                    if not (block or inflight > window or executor.ready(value)):
                        return
                    queue.popleft()
                    inflight -= 1
                    yield from executor.result(value)
                else:
                    queue.popleft()
                    yield value

        for x in items:
            if isinstance(x, tuple):
                submit()
                queue.append(("done", x))
            else:
                chunk.append(x)
                if len(chunk) >= chunk_size:
                    submit()
            yield from drain(block=False)
        submit()
        yield from drain(block=True)
    finally:
        executor.close()


class _PoolExecutor:
    """Local worker processes (forked: they share the loaded lexicon)."""

    def __init__(self, workers: int, lex: Lexicon, lexicon_files: tuple[str, ...]):
        import multiprocessing as mp
        global _LEX
        fork = hasattr(os, "fork")
        ctx = mp.get_context("fork" if fork else "spawn")
        _LEX = lex            # inherited by forked workers; spawned ones load it in _init_worker
        gc.collect()
        gc.freeze()           # keep the collector from touching (and so copying) the lexicon in workers
        self.workers = workers
        self.pool = ctx.Pool(workers, initializer=None if fork else _init_worker,
                             initargs=() if fork else (lexicon_files,))

    def submit(self, chunk):
        return self.pool.apply_async(_work, (chunk,))

    def ready(self, handle) -> bool:
        return handle.ready()

    def result(self, handle):
        return handle.get()

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()
        gc.unfreeze()


class _DaskExecutor:
    def __init__(self, scheduler: str, lexicon_files: tuple[str, ...]):
        from .distributed import DaskRunner
        self.runner = DaskRunner(scheduler, lexicon_files)
        self.workers = self.runner.workers

    def submit(self, chunk):
        return self.runner.submit(chunk)

    def ready(self, handle) -> bool:
        return handle.done()

    def result(self, handle):
        return handle.result()

    def close(self) -> None:
        self.runner.close()


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
          max_article_bytes: int = MAX_ARTICLE_BYTES, html_max_nodes: int = 600, incremental: bool = True,
          exports: Iterable[str] = EXPORTS,
          on_error: Callable[[str], None] | None = None,
          on_progress: Callable[[int, int], None] | None = None, total: int | None = None) -> BuildReport:
    """Build the knowledge graph of the articles in ``paths`` into ``out_dir``.

    Bad input is reported through ``on_error`` (and in the report) and skipped; a ``KgError`` is
    raised only when nothing can be built (bad lexicon, unwritable output, no article at all).
    ``scheduler`` is a Dask scheduler address ("local" starts a local cluster); ``remote_store`` a
    SPARQL 1.1 server that receives the graph too.
    """
    from .cache import Cache
    from .export import GraphSummary

    t_start = time.perf_counter()
    report = BuildReport(out_dir=str(out_dir))
    lexicon_files = tuple(str(p) for p in lexicon_files)
    lex = load_lexicon(lexicon_files)
    from .names import load_weights
    load_weights()              # a missing or damaged name model is reported here, before any worker starts
    workers = workers or os.cpu_count() or 1
    exports = tuple(exports)
    unknown = set(exports) - set(EXPORTS)
    if unknown:
        raise KgError(f"unknown export {', '.join(sorted(unknown))}: choose from {', '.join(EXPORTS)}")
    out = Path(out_dir)
    tmp = _prepare_output(out)
    stages = {"read": 0.0, "normalise": 0.0, "recognise": 0.0, "extract": 0.0, "store": 0.0, "export": 0.0}

    def error(msg: str) -> None:
        report.errors.append(msg)
        if on_error:
            on_error(msg)

    cache = None
    try:
        # --full (incremental=False) extracts everything again and leaves a fresh cache behind
        cache = Cache(out / ".kg" / "cache.sqlite", build_stamp(lex), reset=not incremental)
        report.relexicon = incremental and not cache.valid and cache.had_previous
        # An append-only build (the previous build's documents, unchanged and in the same order, then
        # new ones) touches only the new documents: the previous summary, CSV rows, Turtle statements
        # and store graphs are kept. Anything else (a change, a removal, another order) takes every
        # unchanged document's result from the cache and rewrites every output.
        prev = _previous_build(cache, out, exports) if cache is not None else None
        prev_order = prev["order"] if prev else []
        read_time = [0.0]
        seen: set[str] = set()
        state = {"prefix": prev is not None, "skipped": 0}

        def cached_prefix(n: int) -> Iterator[tuple]:
            for doc_id in prev_order[:n]:
                yield cache.get(doc_id, cache.digests[doc_id])

        def items() -> Iterator:
            it = iter(read_articles(paths, max_bytes=max_article_bytes))
            while True:
                t0 = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    break
                finally:
                    read_time[0] += time.perf_counter() - t0
                if isinstance(item, InputError):
                    error(str(item))
                    continue
                seen.add(item.doc_id)
                dig = digest(item)
                i = state["skipped"]
                if state["prefix"] and i < len(prev_order):
                    if item.doc_id == prev_order[i] and cache.digests.get(item.doc_id) == dig:
                        state["skipped"] += 1          # as before: nothing to do (yet)
                        if on_progress and state["skipped"] % 1000 == 0:
                            on_progress(state["skipped"], total or 0)
                        continue
                    state["prefix"] = False            # not append-only after all: catch up
                    yield from cached_prefix(i)
                cached = cache.get(item.doc_id, dig) if cache is not None else None
                yield cached if cached is not None else item
            if state["prefix"] and state["skipped"] < len(prev_order):
                state["prefix"] = False                # documents at the end were removed
                yield from cached_prefix(state["skipped"])

        summary = GraphSummary(lex)
        spool = _Spool(tmp / "results.pickle")
        changed: list[str] = []
        order: list[str] = []
        done = 0
        for packed in process_all(items(), lex, lexicon_files, workers=workers, scheduler=scheduler):
            t0 = time.perf_counter()
            doc_id, dig = packed[P_DOC][0], packed[P_DIGEST]
            if cache is not None and cache.digests.get(doc_id) == dig:
                report.unchanged += 1
            else:
                changed.append(doc_id)
                if cache is not None:
                    cache.put(doc_id, dig, packed)
                for name, secs in packed[P_TIMINGS]:
                    stages[name] = stages.get(name, 0.0) + secs
            order.append(doc_id)
            report.documents += 1
            report.sentences += packed[P_SENTENCES]
            report.mentions += len(packed[P_MENTIONS])
            report.triples += len(packed[P_TRIPLES])
            summary.add(packed)
            spool.add(packed)
            stages["export"] += time.perf_counter() - t0
            done += 1
            if on_progress:
                on_progress(state["skipped"] + done if state["prefix"] else done, total or 0)
        stages["read"] = read_time[0]
        append = state["prefix"] and prev is not None        # the previous build, then `order`
        previous_shared = None
        if append:
            report.unchanged = len(prev_order)
            if not changed:                                   # nothing changed: nothing is rewritten
                shutil.rmtree(tmp, ignore_errors=True)
                cache.rollback()
                cache = None
                for k, v in prev["report"].items():
                    setattr(report, k, v)
                report.unchanged = report.documents
                report.store_mode = "unchanged"
                report.stages = {k: round(v, 3) for k, v in stages.items()}
                report.seconds = round(time.perf_counter() - t_start, 3)
                return report
            t0 = time.perf_counter()
            base = GraphSummary.load(out / ".kg" / "summary.pickle", lex)
            from .store import _shared_quads
            previous_shared = _shared_quads(base, lex)
            for packed in spool:
                base.add(packed)
            summary = base
            for k in ("documents", "sentences", "mentions", "triples"):
                setattr(report, k, getattr(report, k) + prev["report"].get(k, 0))
            order = prev_order + order
            stages["export"] += time.perf_counter() - t0
        if report.documents == 0:
            raise KgError("no article could be read; nothing was built" + (
                f" ({len(report.errors)} error(s) above)" if report.errors else ""))
        removed = sorted(set(cache.digests) - seen) if cache is not None else []
        if cache is not None:
            cache.remove(removed)
        report.removed = len(removed)
        summary.finish()
        report.entities = len(summary.entities)

        t0 = time.perf_counter()
        from .export import write_csvs
        if "csv" in exports:
            write_csvs(spool, summary, tmp, previous=out if append else None)
        stages["export_csv"] = time.perf_counter() - t0
        stages["export"] += stages["export_csv"]

        t0 = time.perf_counter()
        from .store import update_store
        previous = out / "store"
        incremental_store = (cache is not None and cache.valid and previous.is_dir()
                             and cache.meta("store_complete") == "1")
        doc_quads, shared_quads, report.store_mode, ttl_docs_bytes = update_store(
            tmp / "store", spool, summary, lex, previous if incremental_store else None,
            changed=set(changed), removed=removed, ttl_path=tmp / "graph.ttl" if "ttl" in exports else None,
            ttl_prefix=(out / "graph.ttl", prev["ttl_docs_bytes"]) if append and "ttl" in exports else None,
            previous_shared=previous_shared if append else None)
        if append:
            doc_quads += prev["doc_quads"]
        report.quads = doc_quads + shared_quads
        stages["store"] = time.perf_counter() - t0

        if remote_store:
            from .remote import push_to_remote
            push_to_remote(remote_store, spool, summary, lex, changed=set(changed), removed=removed,
                           full=not incremental_store)
            report.remote = remote_store

        from .export import write_graphml, write_html
        for name, write in (("graphml", lambda: write_graphml(summary, tmp / "graph.graphml")),
                            ("html", lambda: write_html(summary, tmp / "graph.html",
                                                        title=f"kg — {report.documents} documents",
                                                        max_nodes=html_max_nodes))):
            if name in exports:
                t0 = time.perf_counter()
                note = write()
                if name == "html":
                    report.html_note = note
                stages[f"export_{name}"] = time.perf_counter() - t0
                stages["export"] += stages[f"export_{name}"]
        spool.close()
        if cache is not None:
            t0 = time.perf_counter()
            token = hashlib.sha256("\n".join(order).encode()).hexdigest()[:16] + f"-{report.documents}"
            summary.save(tmp / "summary.pickle", token)
            stages["export"] += time.perf_counter() - t0
        _commit(tmp, out)
        if cache is not None:
            cache.set_meta("store_complete", "1")
            cache.set_meta("exports", ",".join(exports))
            cache.set_meta("report", json.dumps({k: getattr(report, k) for k in _REPORT_COUNTS}))
            cache.set_meta("order", "\n".join(order))
            cache.set_meta("summary", token)
            cache.set_meta("doc_quads", str(doc_quads))
            cache.set_meta("ttl_docs_bytes", str(ttl_docs_bytes))
            cache.commit()
            cache = None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if cache is not None:
            cache.rollback()
        raise
    report.stages = {k: round(v, 3) for k, v in stages.items()}
    report.seconds = round(time.perf_counter() - t_start, 3)
    return report


def build_stamp(lex: Lexicon) -> str:
    """What a cached result depends on: the lexicon and kg's own code (a new kg re-extracts)."""
    h = hashlib.sha256(lex.digest.encode())
    root = Path(__file__).parent
    for f in sorted(root.glob("*.py")) + sorted((root / "templates").glob("*")):
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    from .names import model_path
    model = model_path()          # the name model in use (a missing one is reported when it is needed)
    h.update(model.read_bytes() if model.is_file() else b"no model")
    return h.hexdigest()[:24]


_REPORT_COUNTS = ("documents", "sentences", "mentions", "entities", "triples", "quads")


def _previous_build(cache, out: Path, exports: tuple) -> dict | None:
    """What an append-only build needs of the previous build, or None when it cannot append to it
    (another lexicon or kg, other exports, a missing file, an interrupted store)."""
    from .export import GraphSummary
    if not cache.valid or cache.meta("store_complete") != "1" or cache.meta("exports") != ",".join(exports):
        return None
    if not (out / "store").is_dir() or any(not (out / f).exists() for f in _export_files(exports)):
        return None
    order = (cache.meta("order") or "").split("\n")
    token = cache.meta("summary")
    if not order or not order[0] or len(order) != len(cache.digests) or set(order) != set(cache.digests):
        return None
    if token is None or GraphSummary.token_of(out / ".kg" / "summary.pickle") != token:
        return None
    try:
        return {"order": order, "report": json.loads(cache.meta("report") or "{}"), "token": token,
                "doc_quads": int(cache.meta("doc_quads") or ""), "ttl_docs_bytes": int(cache.meta("ttl_docs_bytes") or "")}
    except ValueError:
        return None


def _export_files(exports: tuple) -> list[str]:
    names = {"csv": ["triples.csv", "mentions.csv"], "ttl": ["graph.ttl"], "graphml": ["graph.graphml"],
             "html": ["graph.html"]}
    return [f for e in exports for f in names[e]]


class _Spool:
    """Packed results kept on disk (not in memory) for the outputs written after all documents."""

    def __init__(self, path: Path):
        self.path = path
        self.fh = open(path, "wb")

    def add(self, packed: tuple) -> None:
        pickle.dump(packed, self.fh, protocol=pickle.HIGHEST_PROTOCOL)

    def __iter__(self) -> Iterator[tuple]:
        if not self.fh.closed:
            self.fh.flush()
        with open(self.path, "rb") as fh:
            while True:
                try:
                    yield pickle.load(fh)
                except EOFError:
                    break

    def close(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.path.unlink(missing_ok=True)


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
        if (tmp / name).exists():
            os.replace(tmp / name, out / name)
        else:
            (out / name).unlink(missing_ok=True)      # not exported this time: no stale file
    if (tmp / "summary.pickle").exists():
        (out / ".kg").mkdir(exist_ok=True)
        os.replace(tmp / "summary.pickle", out / ".kg" / "summary.pickle")
    shutil.rmtree(old_store, ignore_errors=True)
    shutil.rmtree(tmp, ignore_errors=True)
