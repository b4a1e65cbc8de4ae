"""The Arabic words common in general text (``kg/models/arabic_words.tsv.gz``), as kg folds them.

A word of the table is seen at least once per million words of wordfreq's Arabic list (its Zipf
frequency, kept in the table). kg asks it one question: whether a word is a common word of the language
rather than a rare one, such as most family names (``kg.name_shapes.extend_person``). The table is made
by ``bench/labels/arabic_words.py``; a missing or damaged table is an error naming it.
"""
from __future__ import annotations

import gzip
import zlib
from functools import lru_cache
from pathlib import Path

from .errors import KgError

WORDS_FILE = Path(__file__).resolve().parent / "models" / "arabic_words.tsv.gz"
_HINT = "rebuild it with: python bench/labels/arabic_words.py (see kg/models/README.md)"


class ArabicWordsError(KgError):
    """The table of common Arabic words is missing or damaged."""

    def __init__(self, path: Path, message: str):
        self.path, self.message = str(path), message
        super().__init__(f"{self.path}: {message}")

    def __reduce__(self):            # raised in a worker process, it travels back whole
        return type(self), (self.path, self.message)


@lru_cache(maxsize=4)
def _zipf(path: Path) -> dict[str, float]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        raise ArabicWordsError(path, f"the table is missing; {_HINT}") from None
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as e:
        raise ArabicWordsError(path, f"the table cannot be read ({e}); {_HINT}") from None
    out: dict[str, float] = {}
    for n, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        word, _, z = line.partition("\t")
        try:
            out[word] = float(z)
        except ValueError:
            raise ArabicWordsError(path, f"line {n}: expected a word, a tab and its frequency; {_HINT}") from None
    return out


def common_word(word: str) -> bool:
    """Whether the folded word is seen once per million words of general Arabic text or more."""
    return word in _zipf(WORDS_FILE)
