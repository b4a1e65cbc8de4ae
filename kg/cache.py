"""The build cache in ``out/.kg/cache.sqlite``: each document's content hash and extracted result.

An incremental build re-extracts only new and changed documents, removes the results of documents
that are gone, and reuses the rest. All changes of one build are one SQLite transaction, committed
only after the new outputs are in place, so the cache always describes the outputs on disk.

Results are stored "packed" (plain tuples of strings and numbers, see ``kg.pipeline.pack``) as
zlib-compressed JSON, never pickled: an output folder may come from someone else, and nothing read
back from it can run code. Every result read back is checked against the packed layout; a
malformed one is a cache miss (the document is extracted again) reported with a one-line warning,
and a cache file that is not a database is set aside and rebuilt.
"""
from __future__ import annotations

import json
import re
import sqlite3
import zlib
from collections.abc import Callable
from pathlib import Path

SCHEMA_VERSION = "2"      # 1: pickled results; 2: JSON


class Cache:
    def __init__(self, path: Path, lexicon_digest: str, reset: bool = False,
                 warn: Callable[[str], None] | None = None, known=()):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.known = known          # entity ids a result may name without defining them (the lexicon's)
        self.warn = warn or (lambda msg: None)
        try:
            self._open(lexicon_digest, reset)
        except sqlite3.DatabaseError as e:        # not a database (truncated, overwritten, foreign)
            try:
                self.db.close()
            except Exception:
                pass
            self.warn(f"{path}: unreadable build cache ({e}); it is rebuilt and every document extracted again")
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            self._open(lexicon_digest, reset)

    def _open(self, lexicon_digest: str, reset: bool) -> None:
        self.db = sqlite3.connect(str(self.path), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS docs (doc_id TEXT PRIMARY KEY, digest TEXT, packed BLOB)")
        self.db.execute("CREATE TABLE IF NOT EXISTS sigs (doc_id TEXT PRIMARY KEY, digest TEXT, sig BLOB)")
        self.db.execute("BEGIN")
        stamp = f"{SCHEMA_VERSION}:{lexicon_digest}"
        old = self.db.execute("SELECT value FROM meta WHERE key='stamp'").fetchone()
        self.valid = old is not None and old[0] == stamp and not reset
        self.had_previous = old is not None
        if not self.valid:     # another lexicon (or kg), or --full: every document is extracted again
            self.db.execute("DELETE FROM docs")
            self.db.execute("DELETE FROM sigs")
            self.db.execute("DELETE FROM meta")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('stamp', ?)", (stamp,))
        self.digests = {d: g for d, g in self.db.execute("SELECT doc_id, digest FROM docs")
                        if isinstance(d, str) and isinstance(g, str)}
        self._sigs: dict | None = None

    def get(self, doc_id: str, digest: str):
        """The packed result of an unchanged document, or None (also when the stored one is malformed)."""
        if self.digests.get(doc_id) != digest:
            return None
        row = self.db.execute("SELECT packed FROM docs WHERE doc_id=?", (doc_id,)).fetchone()
        if not row:
            return None
        packed = decode_packed(row[0])
        if packed is None or packed[0][0] != doc_id or packed[2] != digest or not refs_ok(packed, self.known):
            self.warn(f"{self.path}: the cached result of {doc_id!r} is malformed; it is extracted again")
            self.digests.pop(doc_id, None)
            return None
        return packed

    def put(self, doc_id: str, digest: str, packed) -> None:
        self.db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", (doc_id, digest, encode_packed(packed)))

    def load(self, doc_id: str):
        """The packed result stored for ``doc_id`` in this build (whatever its digest), or None."""
        row = self.db.execute("SELECT packed FROM docs WHERE doc_id=?", (doc_id,)).fetchone()
        packed = decode_packed(row[0]) if row else None
        return packed if packed is not None and packed[0][0] == doc_id and refs_ok(packed, self.known) else None

    def signature(self, doc_id: str, digest: str) -> tuple[bool, bytes | None]:
        """(found, signature) of a document's near-duplicate signature (see kg.dedup) if it is stored
        for this content; a stored None (a text too short to compare) is an empty blob."""
        from .dedup import valid_signature
        if self._sigs is None:
            self._sigs = {d: (g, s) for d, g, s in self.db.execute("SELECT doc_id, digest, sig FROM sigs")}
        got = self._sigs.get(doc_id)
        if got is None or got[0] != digest:
            return False, None
        sig = got[1]
        if sig == b"":
            return True, None
        return (True, sig) if valid_signature(sig) else (False, None)

    def put_signature(self, doc_id: str, digest: str, sig: bytes | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO sigs VALUES (?, ?, ?)", (doc_id, digest, sig or b""))

    def remove(self, doc_ids) -> None:
        self.db.executemany("DELETE FROM docs WHERE doc_id=?", [(d,) for d in doc_ids])
        self.db.executemany("DELETE FROM sigs WHERE doc_id=?", [(d,) for d in doc_ids])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row and isinstance(row[0], str) else None

    def commit(self) -> None:
        self.db.execute("COMMIT")
        self.db.close()

    def rollback(self) -> None:
        try:
            self.db.execute("ROLLBACK")
        finally:
            self.db.close()


# --- packed results as JSON ---------------------------------------------------------------------

def dumps(packed) -> bytes:
    return json.dumps(packed, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def encode_packed(packed) -> bytes:
    return zlib.compress(dumps(packed), 1)


def decode_packed(blob) -> tuple | None:
    """A packed result from its stored form, or None if it is not one (no exception escapes)."""
    if not isinstance(blob, bytes):
        return None
    try:
        return as_packed(json.loads(zlib.decompress(blob), parse_constant=_no_constant))
    except (zlib.error, ValueError, RecursionError, UnicodeDecodeError):
        return None


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number kg writes")


def refs_ok(packed: tuple, known) -> bool:
    """Every entity a packed result names is defined in it or ``known`` (the lexicon's ids)."""
    from .model import ENTITY_TYPES
    own = {e[0] for e in packed[6]}
    if any(e[1] not in ENTITY_TYPES or (e[4] and not _name(e[4])) or (e[5] and not _name(e[5]))
           for e in packed[6]):
        return False
    ids = {m[3] for m in packed[4]} | {t[3] for t in packed[5]} | {t[6] for t in packed[5]}
    ids |= {t[11] for t in packed[5] if t[11]}
    ids |= {r[0] for e in packed[7] for role in e[9:12] for r in role} | {e[18] for e in packed[7] if e[18]}
    return all(i in own or i in known for i in ids)


def as_packed(obj) -> tuple | None:
    """``obj`` (parsed JSON) as a packed result, with tuples where ``pack`` makes tuples; None if it does
    not have the packed layout (see ``kg.pipeline.pack``): a field of the wrong type, a missing one."""
    try:
        doc, sentences, digest, timings, mentions, triples, entities, events = obj
        doc = tuple(doc)
        if len(doc) != 5 or not all(type(x) is str for x in doc) or not doc[0]:
            return None
        if type(sentences) is not int or sentences < 0 or type(digest) is not str:
            return None
        timings = tuple((n, s) for n, s in timings)
        if not all(type(n) is str and type(s) in (int, float) for n, s in timings):
            return None
        mentions = tuple(tuple(m) for m in mentions)
        for m in mentions:
            if (len(m) != 5 or type(m[0]) is not int or type(m[1]) is not int or not 0 <= m[0] <= m[1]
                    or type(m[2]) is not str or not _name(m[3]) or type(m[4]) is not str):
                return None
        triples = tuple(tuple(t) for t in triples)
        for t in triples:
            if (len(t) != 12 or not all(type(t[i]) is int for i in (0, 1, 2)) or not 0 <= t[1] <= t[2]
                    or type(t[8]) not in (int, float) or not all(_name(t[i]) for i in (3, 4, 5, 6))
                    or not all(type(t[i]) is str for i in (7, 9, 10, 11)) or (t[11] and not _name(t[11]))):
                return None
        entities = tuple(tuple(e) for e in entities)
        for e in entities:
            if len(e) != 7 or not all(type(x) is str for x in e) or not _name(e[0]) or not _name(e[1]):
                return None
        events = tuple(_event(e) for e in events)
        if any(e is None for e in events):
            return None
    except (TypeError, ValueError):
        return None
    return (doc, sentences, digest, timings, mentions, triples, entities, events)


def _event(e) -> tuple | None:
    """One packed event (see ``kg.pipeline.pack``) with tuples for its roles, or None if malformed."""
    if len(e) != 19 or not all(type(e[i]) is int for i in (1, 2, 3)) or not 0 <= e[2] <= e[3]:
        return None
    if not all(type(e[i]) is str for i in (0, 4, 5, 6, 7, 8, 12, 15, 17, 18)) or type(e[16]) not in (int, float):
        return None
    if any(e[i] is not None and type(e[i]) is not int for i in (13, 14)) or (e[18] and not _name(e[18])):
        return None
    roles = []
    for role in e[9:12]:
        role = tuple(tuple(r) for r in role)
        if any(len(r) != 4 or not _name(r[0]) or type(r[1]) is not str or type(r[2]) is not int
               or type(r[3]) is not int for r in role):
            return None
        roles.append(role)
    return (*e[:9], *roles, *e[12:])


_NAME_RE = re.compile(r'[^\s<>"{}|^`\\]+')     # what may stand in an IRI unescaped


def _name(x) -> bool:
    return type(x) is str and _NAME_RE.fullmatch(x) is not None
