"""One huge article with no sentence punctuation: extraction time must grow linearly with its length.

    python bench/long_article.py                 # a 2 MB article (goal: under 10 s)
    python bench/long_article.py --mb 0.25 0.5 1 2

Such "articles" come from scrapes that lost their punctuation (a PDF's text layer, a feed that
strips markup). Segmentation caps a sentence at kg.text.MAX_SENTENCE_WORDS words (cut at commas,
else every MAX_SENTENCE_WORDS words), so each piece costs the same and the total is linear: before the
cap, 1.5 MB took over 5 minutes (about n^2.3). Prints the time of each size and its time per MB.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = ("قصفت قوات النظام مدينة دوما وسيطر تنظيم داعش على مدينة الرقة في ريف حلب الشمالي وقال المرصد "
         "السوري لحقوق الإنسان إن الطائرات الروسية استهدفت مواقع المعارضة قرب بلدة خان شيخون التابعة "
         "لمحافظة إدلب بينما تقدمت قوات سوريا الديمقراطية نحو دير الزور").split()


def article(megabytes: float, seed: int = 1) -> str:
    """Deterministic unpunctuated Arabic text of about ``megabytes`` MB (UTF-8)."""
    rng = random.Random(seed)
    out, size = [], 0
    target = int(megabytes * 1_000_000)
    while size < target:
        w = rng.choice(WORDS)
        out.append(w)
        size += len(w.encode("utf-8")) + 1
    return " ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[2.0], help="article sizes in MB")
    args = ap.parse_args()
    from kg.lexicon import load_lexicon
    from kg.model import Document
    from kg.pipeline import process
    lex = load_lexicon()
    for mb in args.mb:
        text = article(mb)
        t = time.perf_counter()
        res = process(Document("long", text), lex)
        secs = time.perf_counter() - t
        assert all(text[x.start:x.end] == x.evidence for x in res.triples)
        print(f"{mb:5.2f} MB ({len(text):,} characters): {secs:6.2f} s ({secs / mb:5.2f} s/MB), "
              f"{res.sentences:,} sentences, {len(res.triples):,} triples, {len(res.mentions):,} mentions"
              + ("" if secs < 10 * mb / 2 else "  (over the 10 s per 2 MB goal)"), flush=True)


if __name__ == "__main__":
    main()
