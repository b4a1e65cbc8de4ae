"""English labels for persons found in text: kg.translit against arabic-name-romanizer (PyPI, MIT, offline).

    python bench/labels/romanize_eval.py [--n 60] [--seed 2026]
    python bench/labels/romanize_eval.py --model

--model: every lexicon person whose name has a word the romanizer's dictionary lacks, spelled as kg
spells it during extraction (kg.translit.person_label: dictionary, letter rules for the missing word)
and after it (kg.translit.model_labels: the package's character model for that word).

Draws persons from ontology/lexicon/persons.tsv (their English label and English aliases are the truth),
romanizes the Arabic label with both, and counts exact matches (case and the article's spelling
ignored) and near matches (similarity >= 0.8 after that normalisation, difflib).
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def norm(s: str) -> str:
    s = s.lower().replace("'", "").replace("’", "").replace("-", " ")
    s = re.sub(r"\b(al|el|ul|ad|ash|as|ar|an|at|az)\b", "al", s)
    return " ".join(s.split())


def score(guess: str, truths: list[str]) -> tuple[bool, bool, float]:
    g = norm(guess)
    best = max(SequenceMatcher(None, g, norm(t)).ratio() for t in truths)
    return any(g == norm(t) for t in truths), best >= 0.8, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--model", action="store_true")
    args = ap.parse_args()
    if args.model:
        return model_eval()
    from kg.translit import romanize
    from arabic_name_romanizer import transliterate
    rows = [r for r in csv.DictReader((line for line in open(ROOT / "ontology/lexicon/persons.tsv", encoding="utf-8")
                                       if not line.startswith("#")), delimiter="\t")]
    random.Random(args.seed).shuffle(rows)
    rows = rows[:args.n]
    totals = {"kg.translit": [0, 0, 0.0, 0.0], "arabic-name-romanizer": [0, 0, 0.0, 0.0]}
    for r in rows:
        truths = [r["label_en"]] + [a.strip() for a in r.get("aliases_en", "").split("|") if a.strip()]
        line = [r["label_ar"], "|", r["label_en"]]
        for name, fn in (("kg.translit", romanize), ("arabic-name-romanizer", transliterate)):
            t = time.perf_counter()
            guess = fn(r["label_ar"])
            totals[name][3] += time.perf_counter() - t
            exact, near, sim = score(guess, truths)
            totals[name][0] += exact
            totals[name][1] += near
            totals[name][2] += sim
            line += ["|", guess, "=" if exact else ("~" if near else "x")]
        if args.verbose:
            print(" ".join(line))
    for name, (exact, near, sim, secs) in totals.items():
        print(f"{name:22} exact {exact}/{len(rows)}  near (>=0.8) {near}/{len(rows)}  mean similarity "
              f"{sim / len(rows):.3f}  {secs / len(rows) * 1000:.1f} ms/name")


def model_eval() -> None:
    from kg.translit import _BY_RULES, model_labels, person_label
    rows = [r for r in csv.DictReader((line for line in open(ROOT / "ontology/lexicon/persons.tsv", encoding="utf-8")
                                       if not line.startswith("#")), delimiter="\t")]
    rows = [r for r in rows if person_label(r["label_ar"]) and r["label_ar"] in _BY_RULES]
    better = model_labels([r["label_ar"] for r in rows])
    totals = {"dictionary + rules": [0, 0], "dictionary + model": [0, 0]}
    for r in rows:
        truths = [r["label_en"]] + [a.strip() for a in r.get("aliases_en", "").split("|") if a.strip()]
        for name, guess in (("dictionary + rules", person_label(r["label_ar"])),
                            ("dictionary + model", better.get(r["label_ar"], person_label(r["label_ar"])))):
            exact, near, _ = score(guess, truths)
            totals[name][0] += exact
            totals[name][1] += near
    for name, (exact, near) in totals.items():
        print(f"{name:20} exact {exact}/{len(rows)}  near (>=0.8) {near}/{len(rows)}")


if __name__ == "__main__":
    main()
