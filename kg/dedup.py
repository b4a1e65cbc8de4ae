"""Syndicated copies: near-duplicate articles (one wire report printed by several outlets) are one story.

Each article gets a MinHash signature of its word 4-grams (after folding: diacritics, alef forms,
ة/ه … do not matter). Articles are taken in input order; an article whose estimated Jaccard
similarity with an earlier story's first article is at least ``THRESHOLD`` belongs to that story
(candidates are found with locality-sensitive hashing over bands of the signature, so the cost per
article does not grow with the archive). Everything is deterministic: crc32 hashes, fixed
permutations, the earliest matching story.

Every document keeps its rows (CSV, store); the graph's counts (edge weights, documents per edge and
entity, mentions) count each story once: see ``kg.export.GraphSummary``.
"""
from __future__ import annotations

import zlib

import numpy as np

from .text import _DELETED_RE

NUM_PERM = 64
BANDS = 16                      # 16 bands of 4 rows: pairs above ~0.6 similarity become candidates
ROWS = NUM_PERM // BANDS
SHINGLE = 4                     # words per shingle
MIN_SHINGLES = 8                # shorter articles are never merged: too little text to tell
THRESHOLD = 0.7                 # estimated Jaccard similarity of two copies of one story
_rng = np.random.default_rng(20150721)
_A = _rng.integers(1, 1 << 63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)   # odd multipliers
_B = _rng.integers(0, 1 << 63, size=NUM_PERM, dtype=np.uint64)
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))


def signature(text: str) -> bytes | None:
    """The MinHash signature of an article (NUM_PERM 32-bit values, as bytes), or None when the article
    is too short to be compared. Words are compared without diacritics, tatweel, quotation marks,
    invisible characters and case (copies of one report differ in those, if at all)."""
    words = _DELETED_RE.sub("", text).lower().split()
    n = len(words) - SHINGLE + 1
    if n < MIN_SHINGLES:
        return None
    w = np.array([zlib.crc32(x.encode("utf-8", "surrogatepass")) for x in words], dtype=np.uint64)
    # one 64-bit hash per 4-word shingle (wrapping arithmetic), then NUM_PERM multiply-shift hashes of it
    # (a shingle seen twice changes no minimum: no need to drop repeats)
    h = w[:n] * _MIX[0] + w[1:n + 1] * _MIX[1] + w[2:n + 2] * _MIX[2] + w[3:n + 3]
    values = (np.outer(_A, h) + _B[:, None]) >> np.uint64(32)
    return values.min(axis=1).astype("<u4").tobytes()


def valid_signature(sig) -> bool:
    return isinstance(sig, bytes) and len(sig) == 4 * NUM_PERM


class StoryIndex:
    """Assigns each article, in input order, the story it belongs to (its own id, or the id of the
    first article of an earlier story it nearly duplicates)."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.bands: dict[tuple, int] = {}        # (band, values) -> story number
        self.stories: list[str] = []             # story number -> its first document
        self.sigs: list[np.ndarray] = []         # story number -> that document's signature

    def add(self, doc_id: str, sig: bytes | None) -> str:
        if sig is None:
            return doc_id
        values = np.frombuffer(sig, dtype="<u4")
        keys = [(b, values[b * ROWS:(b + 1) * ROWS].tobytes()) for b in range(BANDS)]
        for n in sorted({self.bands[k] for k in keys if k in self.bands}):
            if float(np.mean(self.sigs[n] == values)) >= self.threshold:
                return self.stories[n]
        n = len(self.stories)
        self.stories.append(doc_id)
        self.sigs.append(values)
        for k in keys:
            self.bands.setdefault(k, n)
        return doc_id
