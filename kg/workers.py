"""Many documents: in this process, over worker processes, or over a Dask cluster; results come back
packed and in input order (the output is the same for any number of workers)."""
from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Iterable, Iterator

from .document import extract_packed
from .lexicon import Lexicon, load_lexicon
from .model import Document

# --- many documents ------------------------------------------------------------------------------

_LEX: Lexicon | None = None


def _init_worker(lexicon_files: tuple[str, ...]) -> None:
    global _LEX
    _LEX = load_lexicon(lexicon_files)


def _work(chunk: list[tuple]) -> list[tuple]:
    """Worker side: documents arrive as tuples and leave packed."""
    assert _LEX is not None
    return extract_packed([Document(*d) for d in chunk], _LEX)


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
                scheduler: str | None = None, chunk_size: int = 32) -> Iterator[tuple]:
    """Packed results in input order.

    ``items`` holds Documents to extract and already-packed results (cached documents), in input
    order. Documents are extracted here, in ``workers`` local processes, or on a Dask cluster
    (``scheduler``: an address, or "local"); at most a few chunks per worker are in flight, so
    memory stays bounded however long the input.
    """
    if workers <= 1 and not scheduler:
        for x in items:
            yield x if isinstance(x, tuple) else extract_packed([x], lex)[0]
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
