"""Where the time of extraction goes: a pyinstrument profile of kg's per-document work.

    python bench/profile.py                         # the 1,111-article corpus, one process
    python bench/profile.py corpus.jsonl --limit 300 --out bench/results/profile.txt

Runs read → clean → segment → recognise → extract over the corpus in this process (no worker
pool, so every frame is visible), then the store generation of the results, and prints
pyinstrument's call tree (frames under 2% hidden). Requires the ``bench`` extra (pyinstrument).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "corpora" / "saudinewsnet_syria" / "articles.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(SNN))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--out", help="also write the text report here")
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        print(f"skipped: {args.corpus} is absent")
        return
    from pyinstrument import Profiler

    from kg.lexicon import load_lexicon
    from kg.model import Document
    from kg.pipeline import pack, process
    from kg.read import read_articles
    from kg.store import document_quads

    lex = load_lexicon()
    docs = []
    for item in read_articles([args.corpus]):
        if isinstance(item, Document):
            docs.append(item)
        if args.limit and len(docs) >= args.limit:
            break
    prof = Profiler(interval=0.0005)
    t = time.perf_counter()
    prof.start()
    results = [process(d, lex) for d in docs]
    quads = sum(len(document_quads(pack(r))) for r in results)
    prof.stop()
    wall = time.perf_counter() - t
    sentences = sum(r.sentences for r in results)
    head = (f"{len(docs)} articles, {sentences} sentences, {quads} quads in {wall:.1f} s on one core "
            f"({sentences / wall:.0f} sentences/s; profiler overhead included)\n")
    text = head + prof.output_text(unicode=True, color=False, show_all=False)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
