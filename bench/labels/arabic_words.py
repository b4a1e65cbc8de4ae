"""Build ``kg/models/arabic_words.tsv.gz``: the Arabic words common in general text, as kg folds them.

    pip install wordfreq==3.1.1       # Apache-2.0; its word lists CC BY-SA 4.0
    python bench/labels/arabic_words.py

The words of wordfreq's large Arabic list (Wikipedia, subtitles, news, web text and more; Robyn Speer et
al.) written in Arabic letters only, folded as kg folds a token (``kg.text.fold_string``: hamza and alef
forms, ى, ة), the frequencies of the forms that fold alike summed, kept where the folded word's Zipf
frequency (log10 of its count per billion words) is at least ``MIN_ZIPF``: about once per million words
or more. One line per word, ``word<TAB>zipf`` (one decimal), the commonest first.

``kg.name_shapes.extend_person`` reads it: a word this common is no family name the model left out (بدر
محمد باسلمة is a name; محمد هاني الجميع, "Mohammed Hani, everyone", is not). No news article of
``../shared`` is read, so nothing of the development or test articles is in the table.

Deterministic: the same wordfreq version gives the same table byte for byte.
"""
from __future__ import annotations

import gzip
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.arabic_words import WORDS_FILE  # noqa: E402
from kg.text import fold_string  # noqa: E402

MIN_ZIPF = 3.0
_ARABIC_RE = re.compile(r"[\u0621-\u064a]+")


def _version() -> str:
    from importlib.metadata import version
    return version("wordfreq")


def main() -> None:
    import wordfreq
    folded: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar", "large").items():
        if _ARABIC_RE.fullmatch(word):
            key = fold_string(word)
            folded[key] = folded.get(key, 0.0) + freq
    rows = sorted(((w, round(math.log10(f * 1e9), 1)) for w, f in folded.items()), key=lambda r: (-r[1], r[0]))
    rows = [r for r in rows if r[1] >= MIN_ZIPF]
    WORDS_FILE.parent.mkdir(parents=True, exist_ok=True)
    with open(WORDS_FILE, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as gz:
        gz.write(f"# Arabic words of zipf >= {MIN_ZIPF}, folded; wordfreq {_version()} large 'ar' list "
                 f"(CC BY-SA 4.0); made by bench/labels/arabic_words.py\n".encode())
        for w, z in rows:
            gz.write(f"{w}\t{z:.1f}\n".encode())
    print(f"{WORDS_FILE}: {len(rows)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
