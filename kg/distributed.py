"""Extraction on a Dask cluster: ``kg build --dask`` (a local cluster) or ``--scheduler tcp://HOST:PORT``.

Documents go to the workers in chunks and come back packed, in input order (``kg.pipeline``
keeps a bounded window of chunks in flight). Each worker process loads the lexicon once: kg must
be installed on the workers, and extra lexicon files (``--lexicon``) must be readable there at the
same paths. Results are identical to a local build (a test checks it).
"""
from __future__ import annotations

import os

_WORKER_LEX: dict[tuple, object] = {}


def _dask_work(chunk: list[tuple], lexicon_files: tuple[str, ...]) -> list[tuple]:
    from .lexicon import load_lexicon
    from .model import Document
    from .document import extract_packed
    lex = _WORKER_LEX.get(lexicon_files)
    if lex is None:
        lex = _WORKER_LEX[lexicon_files] = load_lexicon(lexicon_files)
    return extract_packed([Document(*d) for d in chunk], lex)


class DaskRunner:
    def __init__(self, scheduler: str, lexicon_files: tuple[str, ...]):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            from .errors import KgError
            raise KgError("Dask is not installed: pip install 'kg[dask]' (dask[distributed])") from None
        self.lexicon_files = lexicon_files
        self.cluster = None
        if scheduler == "local":
            self.cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        else:
            self.client = Client(scheduler)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, chunk: list[tuple]):
        return self.client.submit(_dask_work, chunk, self.lexicon_files, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
