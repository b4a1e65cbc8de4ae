"""A random sample of triples for judging by hand (issue: generalisation on real news).

    python bench/sample.py out_snn/triples.csv [--n 50] [--seed 2026] [--out sample.tsv]

Prints (and optionally writes as TSV with an empty "correct" column to fill in) n triples drawn at
random with a fixed seed, with their evidence sentence. Judge each one: is the actor, the relation
class and the target right, according to the sentence? (Modality wrong counts as wrong.)
"""
import argparse
import csv
import random


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("triples")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out")
    args = ap.parse_args()
    with open(args.triples, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    for i, r in enumerate(sample, 1):
        print(f"{i:2}. {r['actor']} —{r['relation']} ({r['relation_class']})→ {r['target']}  "
              f"[{r['modality']}, {r['confidence']}]  {r['doc_id']}\n    {r['evidence']}\n")
    if args.out:
        with open(args.out, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, delimiter="\t")
            w.writerow(["n", "doc_id", "actor", "relation", "relation_class", "target", "modality", "evidence",
                        "correct"])
            for i, r in enumerate(sample, 1):
                w.writerow([i, r["doc_id"], r["actor"], r["relation"], r["relation_class"], r["target"],
                            r["modality"], r["evidence"], ""])


if __name__ == "__main__":
    main()
