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

import contextlib
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KgError, OutputError
from .lexicon import Lexicon, load_lexicon
from .model import Document
from .read import MAX_ARTICLE_BYTES, discover, read_articles
# one document and its packed form, many documents over workers (re-exported: kg.pipeline is the API)
from .document import (P_DIGEST, P_DOC, P_ENTITIES, P_EVENTS, P_MENTIONS, P_SENTENCES, P_TIMINGS,  # noqa: F401
                       P_TRIPLES, digest, extract_packed, extract_text, pack, process, unpack_entities)
from .workers import process_all  # noqa: F401

OUTPUT_FILES = ("triples.csv", "mentions.csv", "events.csv", "graph.ttl", "graph.graphml", "graph.html")
SUMMARY = "summary.json"      # in out/.kg/: the previous build's graph summary (see kg.persist)
EXPORTS = ("csv", "ttl", "graphml", "html")   # the store is always written


@dataclass
class BuildReport:
    documents: int = 0
    sentences: int = 0
    mentions: int = 0
    entities: int = 0
    triples: int = 0
    events: int = 0
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
    warnings: list[str] = field(default_factory=list)   # a malformed cache (used as a cache miss) …

    @property
    def html(self) -> str:
        return str(Path(self.out_dir) / "graph.html")


def count_articles(paths: Iterable[str | Path]) -> int:
    """A quick estimate of how many articles the paths hold (for the progress bar)."""
    n = 0
    for item in discover(paths):
        if isinstance(item, InputError):
            continue
        if item.suffix.lower() == ".jsonl":
            try:
                with open(item, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                pass
        else:
            n += 1
    return n


def build(paths: Iterable[str | Path], out_dir: str | Path = "out", *args, wait: bool = False,
          on_wait: Callable[[int | None], None] | None = None, **kwargs) -> BuildReport:
    """Build the knowledge graph of the articles in ``paths`` into ``out_dir`` (see ``_build``), holding
    the output folder's lock: a second build into the same folder raises OutputError naming the
    first one's pid, or (``wait``) waits for it (``on_wait(pid)`` is told). Temporary folders left in
    ``out_dir`` by killed builds are removed first."""
    from .lock import BuildLock, remove_leftovers
    paths = list(paths)          # (read again if a cached result proves malformed)
    _check_options(kwargs)
    with BuildLock(out_dir, wait=wait, on_wait=on_wait), _fewer_collections():
        remove_leftovers(out_dir)
        return _build(paths, out_dir, *args, **kwargs)


@contextlib.contextmanager
def _fewer_collections():
    """A build allocates millions of small objects that live to its end (results, the summary): the
    cyclic collector runs on them far less often while it lasts (forked workers inherit this), which
    measured 1-2 % off the 1,111-article build."""
    import gc
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _check_options(kw: dict) -> None:
    """Option values that cannot work, as one-line errors before anything is read or written."""
    workers = kw.get("workers")
    if workers is not None and (type(workers) is not int or workers < 0):
        raise KgError(f"--workers {workers}: give a number of worker processes, 1 or more (0: one per core)")
    for name, flag in (("max_article_bytes", "--max-article-bytes"), ("html_max_nodes", "--html-max-nodes")):
        v = kw.get(name)
        if v is not None and (type(v) is not int or v < 1):
            raise KgError(f"{flag} {v}: give a positive number")
    url = kw.get("remote_store")
    if url:
        from .remote import check_url
        check_url(url)


def _build(paths: Iterable[str | Path], out_dir: str | Path = "out", lexicon_files: Iterable[str | Path] = (),
          workers: int | None = None, scheduler: str | None = None, remote_store: str | None = None,
          max_article_bytes: int = MAX_ARTICLE_BYTES, html_max_nodes: int = 600, incremental: bool = True,
          exports: Iterable[str] = EXPORTS,
          on_error: Callable[[str], None] | None = None,
          on_progress: Callable[[int, int], None] | None = None, total: int | None = None,
          on_warning: Callable[[str], None] | None = None) -> BuildReport:
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
    from .name_model import load_weights
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

    def warn(msg: str) -> None:
        report.warnings.append(msg)
        if on_warning:
            on_warning(msg)

    cache = None
    streamed = None         # the store, when it is loaded while the documents are extracted
    try:
        # --full (incremental=False) extracts everything again and leaves a fresh cache behind
        cache = Cache(out / ".kg" / "cache.sqlite", build_stamp(lex), reset=not incremental, warn=warn,
                      known=lex.entities)
        report.relexicon = incremental and not cache.valid and cache.had_previous
        # An append-only build (the previous build's documents, unchanged and in the same order, then
        # new ones) touches only the new documents: the previous summary, CSV rows, Turtle statements
        # and store graphs are kept. Anything else (a change, a removal, another order) takes every
        # unchanged document's result from the cache and rewrites every output.
        prev = _previous_build(cache, out, exports) if cache is not None else None
        prev_order = prev["order"] if prev else []
        read_time = [0.0]
        seen: set[str] = set()
        stories = _Stories(cache)
        state = {"prefix": prev is not None, "skipped": 0}

        def cached_prefix(n: int) -> Iterator[tuple | Document]:
            again = None         # the input read again, for a cached result that proves malformed
            for doc_id in prev_order[:n]:
                packed = cache.get(doc_id, cache.digests[doc_id])
                if packed is None:
                    again = again or (d for d in read_articles(paths, max_bytes=max_article_bytes)
                                      if isinstance(d, Document))
                    packed = next(d for d in again if d.doc_id == doc_id)
                yield packed

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
                stories.add(item, dig)
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
        spool = _Spool(tmp / "results.jsonl")
        previous = out / "store"
        incremental_store = (cache is not None and cache.valid and previous.is_dir()
                             and cache.meta("store_complete") == "1")
        if prev is None and not incremental_store:    # a store from nothing: loaded while extracting
            from .store import StoreWriter, StreamedStore
            streamed = StreamedStore(StoreWriter(tmp / "store", ttl_path=tmp / "graph.ttl" if "ttl" in exports
                                                 else None))

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
            report.events += len(packed[P_EVENTS])
            summary.add(packed, stories.of(doc_id), cache.load)
            spool.add(packed)
            if streamed is not None:
                streamed.add(packed)
            stages["export"] += time.perf_counter() - t0
            done += 1
            if on_progress:
                on_progress(state["skipped"] + done if state["prefix"] else done, total or 0)
        stages["read"] = read_time[0]
        if streamed is not None:
            streamed.documents_done()
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
            base = _load_summary(out / ".kg" / SUMMARY, lex, cache, prev_order, stories, warn, paths)
            from .store import _shared_quads
            previous_shared = _shared_quads(base, lex)
            for packed in spool:
                base.add(packed, stories.of(packed[P_DOC][0]), cache.load)
            summary = base
            for k in ("documents", "sentences", "mentions", "triples", "events"):
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

        # the store loads in a thread while the other files are written: its bulk loader (Rust) runs
        # without the interpreter lock, on a core the workers have left
        from concurrent.futures import ThreadPoolExecutor
        from .store import update_store

        def load_store():
            t0 = time.perf_counter()
            if streamed is not None:
                return streamed.finish(summary, lex), time.perf_counter() - t0
            result = update_store(
                tmp / "store", spool, summary, lex, previous if incremental_store else None,
                changed=set(changed), removed=removed, ttl_path=tmp / "graph.ttl" if "ttl" in exports else None,
                ttl_prefix=(out / "graph.ttl", prev["ttl_docs_bytes"]) if append and "ttl" in exports else None,
                previous_shared=previous_shared if append else None)
            return result, time.perf_counter() - t0

        with ThreadPoolExecutor(1, thread_name_prefix="kg-store") as pool:
            loading = pool.submit(load_store)
            try:
                t0 = time.perf_counter()
                from .export import write_csvs, write_graphml, write_html
                if "csv" in exports:
                    write_csvs(spool, summary, tmp, previous=out if append else None)
                stages["export_csv"] = time.perf_counter() - t0
                stages["export"] += stages["export_csv"]
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
                if cache is not None:
                    t0 = time.perf_counter()
                    token = hashlib.sha256("\n".join(order).encode()).hexdigest()[:16] + f"-{report.documents}"
                    summary.save(tmp / SUMMARY, token)
                    stages["export"] += time.perf_counter() - t0
            finally:
                (doc_quads, shared_quads, report.store_mode, ttl_docs_bytes), stages["store"] = loading.result()
        if append:
            doc_quads += prev["doc_quads"]
        report.quads = doc_quads + shared_quads

        if remote_store:
            from .remote import push_to_remote
            push_to_remote(remote_store, spool, summary, lex, changed=set(changed), removed=removed,
                           full=not incremental_store)
            report.remote = remote_store

        spool.close()
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
        if streamed is not None:
            streamed.abort()
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
    files = sorted(root.rglob("*.py")) + sorted((root / "templates").glob("*")) + sorted((root / "models").glob("*"))
    for f in files:        # every module of kg (its packages too) and the models it reads
        if "__pycache__" not in f.parts:
            h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes())
    from .name_model import model_path
    model = model_path()          # the name model in use: KG_NAMES_MODEL may name another one
    h.update(model.read_bytes() if model.is_file() else b"no model")
    from .english_names import table_paths
    for table in table_paths():   # the English words and letter n-grams in use (kg.english_names)
        h.update(table.read_bytes() if table.is_file() else b"no table")
    from .translit import has_name_model
    h.update(b"romanizer model" if has_name_model() else b"romanizer dictionary")
    return h.hexdigest()[:24]


_REPORT_COUNTS = ("documents", "sentences", "mentions", "entities", "triples", "events", "quads")


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
    if token is None or GraphSummary.token_of(out / ".kg" / SUMMARY) != token:
        return None
    try:
        report = json.loads(cache.meta("report") or "{}")
        doc_quads, ttl_bytes = int(cache.meta("doc_quads") or ""), int(cache.meta("ttl_docs_bytes") or "")
    except (ValueError, RecursionError):
        return None
    # (checked, not trusted: the cache is read back from a folder someone may have handed over)
    if (not isinstance(report, dict) or set(report) != set(_REPORT_COUNTS)
            or not all(type(v) is int and v >= 0 for v in report.values()) or doc_quads < 0 or ttl_bytes < 0
            or ("ttl" in exports and ttl_bytes > (out / "graph.ttl").stat().st_size)):
        return None
    return {"order": order, "report": report, "token": token, "doc_quads": doc_quads, "ttl_docs_bytes": ttl_bytes}


def _export_files(exports: tuple) -> list[str]:
    names = {"csv": ["triples.csv", "mentions.csv", "events.csv"], "ttl": ["graph.ttl"], "graphml": ["graph.graphml"],
             "html": ["graph.html"]}
    return [f for e in exports for f in names[e]]


class _Spool:
    """Packed results for the outputs written after all documents. The first ``IN_MEMORY`` stay in
    memory (a build of a few thousand articles reads them back twice for free); beyond that they all go
    to disk, one JSON line each (never pickle), read back by this build only, so memory stays bounded
    however big the corpus."""

    IN_MEMORY = 3000

    def __init__(self, path: Path):
        from .cache import dumps
        self.path = path
        self.fh = None
        self.mem: list[tuple] | None = []
        self._dumps = dumps

    def add(self, packed: tuple) -> None:
        if self.mem is not None:
            if len(self.mem) < self.IN_MEMORY:
                self.mem.append(packed)
                return
            self.fh = open(self.path, "wb")          # too many: everything goes to disk from now on
            for p in self.mem:
                self.fh.write(self._dumps(p) + b"\n")
            self.mem = None
        self.fh.write(self._dumps(packed) + b"\n")

    def __iter__(self) -> Iterator[tuple]:
        if self.mem is not None:
            yield from self.mem
            return
        from .cache import as_packed
        if not self.fh.closed:
            self.fh.flush()
        with open(self.path, "rb") as fh:
            for line in fh:
                packed = as_packed(json.loads(line))
                if packed is None:
                    raise OutputError(f"{self.path}: a spooled result was changed during the build")
                yield packed

    def close(self) -> None:
        self.mem = None
        if self.fh is not None and not self.fh.closed:
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
    if (tmp / SUMMARY).exists():
        (out / ".kg").mkdir(exist_ok=True)
        os.replace(tmp / SUMMARY, out / ".kg" / SUMMARY)
        (out / ".kg" / "summary.pickle").unlink(missing_ok=True)     # written by kg before 0.2; never read
    shutil.rmtree(old_store, ignore_errors=True)
    shutil.rmtree(tmp, ignore_errors=True)


class _Stories:
    """Which story (see kg.dedup) each document of this build belongs to, decided in input order from
    signatures computed once per document content and kept in the cache."""

    def __init__(self, cache):
        from .dedup import StoryIndex
        self.cache = cache
        self.index = StoryIndex()
        self.copies: dict[str, str] = {}           # document -> the first document of its story

    def add(self, doc: Document, dig: str) -> None:
        from .dedup import signature
        found, sig = self.cache.signature(doc.doc_id, dig) if self.cache is not None else (False, None)
        if not found:
            sig = signature(doc.text)
            if self.cache is not None:
                self.cache.put_signature(doc.doc_id, dig, sig)
        story = self.index.add(doc.doc_id, sig)
        if story != doc.doc_id:
            self.copies[doc.doc_id] = story

    def of(self, doc_id: str) -> str | None:
        return self.copies.get(doc_id)


def _load_summary(path: Path, lex: Lexicon, cache, order: list[str], stories: _Stories, warn, paths=()):
    """The previous build's summary; if its file cannot be used, rebuilt from the cached results."""
    from .export import GraphSummary
    from .persist import SummaryFileError
    try:
        return GraphSummary.load(path, lex)
    except SummaryFileError as e:
        warn(f"{e}; rebuilt from the build cache")
    summary = GraphSummary(lex)
    again = None
    for doc_id in order:
        packed = cache.get(doc_id, cache.digests.get(doc_id, ""))
        if packed is None:                       # malformed too: extracted again from the input
            again = again or (d for d in read_articles(paths) if isinstance(d, Document))
            doc = next((d for d in again if d.doc_id == doc_id), None)
            if doc is None:
                raise OutputError(f"{path.parent}: the build cache lacks {doc_id!r}; run kg build --full")
            packed = extract_packed([doc], lex)[0]
            cache.put(doc_id, packed[P_DIGEST], packed)
        summary.add(packed, stories.of(doc_id), cache.load)
    return summary
