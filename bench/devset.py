"""Triple extraction on real news against a second hand-made gold: 16 SaudiNewsNet articles.

    python bench/devset.py [--verbose]

The gold files in bench/gold/ were written by two reviewers who read the articles but never saw kg's
output or code, following the conventions of ../shared/eval/seeds_gold.json (core vs optional triples,
entity aliases). They hold only entity names and triples, no article text: the articles are read from
../shared/corpora/saudinewsnet_syria/articles.jsonl by id (skipped when absent). kg builds them into a
temporary folder and ../shared/eval/score.py scores the result, once per gold file.

The rules were revised while looking at these articles' errors, so this is a development set, not a
held-out one: read its figures as "how far the rules reach on unseen-style news", not as a test score.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "saudinewsnet_syria" / "articles.jsonl"
SCORER = SHARED / "eval" / "score.py"
GOLD = sorted((ROOT / "bench" / "gold").glob("snn_dev_*.json"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list unmatched output and missed gold triples")
    args = ap.parse_args()
    if not CORPUS.exists() or not SCORER.exists():
        print(f"skipped: {CORPUS} or {SCORER} is absent")
        return 0
    wanted = {t["doc"] for g in GOLD for t in json.loads(g.read_text(encoding="utf-8"))["triples"]}
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / "dev.jsonl"
        n = 0
        with open(CORPUS, encoding="utf-8") as src, open(sub, "w", encoding="utf-8") as dst:
            for line in src:
                if line.strip() and json.loads(line).get("id") in wanted:
                    dst.write(line)
                    n += 1
        out = Path(tmp) / "out"
        subprocess.run([sys.executable, "-m", "kg", "build", str(sub), "--out", str(out),
                        "--exports", "csv"], check=True, capture_output=True)
        print(f"{n} articles built")
        for g in GOLD:
            cmd = [sys.executable, str(SCORER), str(g), str(out / "triples.csv")] + (["--verbose"] if args.verbose else [])
            res = subprocess.run(cmd, capture_output=True, text=True, check=True)
            lines = res.stdout.strip().splitlines()
            print(f"--- {g.name}")
            print("\n".join(lines if args.verbose else lines[-1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
