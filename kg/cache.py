"""The build cache in ``out/.kg/cache.sqlite``: each document's content hash and extracted result.

An incremental build re-extracts only new and changed documents, removes the results of documents
that are gone, and reuses the rest. All changes of one build are one SQLite transaction, committed
only after the new outputs are in place, so the cache always describes the outputs on disk.

Results are stored "packed": plain tuples of strings and numbers (see ``kg.pipeline.pack``), which
pickle and unpickle an order of magnitude faster than the record dataclasses.
"""
from __future__ import annotations

import pickle
import sqlite3
import zlib
from pathlib import Path

SCHEMA_VERSION = "1"


class Cache:
    def __init__(self, path: Path, lexicon_digest: str, reset: bool = False):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS docs (doc_id TEXT PRIMARY KEY, digest TEXT, packed BLOB)")
        self.db.execute("BEGIN")
        stamp = f"{SCHEMA_VERSION}:{lexicon_digest}"
        old = self.db.execute("SELECT value FROM meta WHERE key='stamp'").fetchone()
        self.valid = old is not None and old[0] == stamp and not reset
        self.had_previous = old is not None
        if not self.valid:     # another lexicon (or kg), or --full: every document is extracted again
            self.db.execute("DELETE FROM docs")
            self.db.execute("DELETE FROM meta")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('stamp', ?)", (stamp,))
        self.digests = dict(self.db.execute("SELECT doc_id, digest FROM docs"))

    def get(self, doc_id: str, digest: str):
        """The packed result of an unchanged document, or None."""
        if self.digests.get(doc_id) != digest:
            return None
        row = self.db.execute("SELECT packed FROM docs WHERE doc_id=?", (doc_id,)).fetchone()
        return pickle.loads(zlib.decompress(row[0])) if row else None

    def put(self, doc_id: str, digest: str, packed) -> None:
        blob = zlib.compress(pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL), 1)
        self.db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", (doc_id, digest, blob))

    def remove(self, doc_ids) -> None:
        self.db.executemany("DELETE FROM docs WHERE doc_id=?", [(d,) for d in doc_ids])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def commit(self) -> None:
        self.db.execute("COMMIT")
        self.db.close()

    def rollback(self) -> None:
        try:
            self.db.execute("ROLLBACK")
        finally:
            self.db.close()
