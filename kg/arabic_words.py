"""The Arabic words common in general text (``kg/models/arabic_words.tsv.gz``), as kg folds them.

A word of the table is seen at least once per million words of wordfreq's Arabic list (its Zipf
frequency, kept in the table). kg asks it one question: whether a word is a common word of the language
rather than a rare one, such as most family names: a rare word after a father's name is the family name
the model left out (``kg.name_shapes.extend_person``), a common one before a name is no first name
(``trim_person``), a common imperfect is a verb that ends a name (``kg.name_words``). The table is made by
``bench/labels/arabic_words.py``; a missing or damaged table is an error naming it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .tables import TableError, table_rows

WORDS_FILE = Path(__file__).resolve().parent / "models" / "arabic_words.tsv.gz"
_HINT = "rebuild it with: python bench/labels/arabic_words.py (see kg/models/README.md)"


class ArabicWordsError(TableError):
    """The table of common Arabic words is missing or damaged."""


@lru_cache(maxsize=4)
def _zipf(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for n, (word, z) in table_rows(path, 2, _HINT, ArabicWordsError):
        try:
            out[word] = float(z)
        except ValueError:
            raise ArabicWordsError(path, f"line {n}: the frequency is not a number; {_HINT}") from None
    return out


def common_word(word: str) -> bool:
    """Whether the folded word is seen once per million words of general Arabic text or more."""
    return word in _zipf(WORDS_FILE)
