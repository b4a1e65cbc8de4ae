"""kg's recognition (lexicon + patterns + name model) scored by K-fold cross-validation over ANERcorp's
train split: for each contiguous fold, a model is trained on the other folds and kg is scored on the fold
the way bench/aner.py scores the test split. A steadier development signal than one dev split; the test
split is never read.

    python bench/ner/cv.py [--folds 3] [--keep]     # --keep: reuse $KG_NER_TMP/kg-names-kgcv*.crfsuite (default /tmp) if present
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

from data import ANER_TRAIN, read_conll  # noqa: E402
from train import SETTINGS, TMP, featurize, train  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="reuse fold models already in /tmp")
    args = ap.parse_args()
    import aner
    from kg.lexicon import load_lexicon
    from kg.name_model import Featurizer
    lex = load_lexicon()
    sents = read_conll(ANER_TRAIN)
    size = len(sents) // args.folds
    totals: dict[str, list] = {}
    for f in range(args.folds):
        dev = sents[f * size:(f + 1) * size]
        model = TMP / f"kg-names-kgcv{f}.crfsuite"
        if not (args.keep and model.exists()):
            rest = sents[:f * size] + sents[(f + 1) * size:]
            train(featurize(rest, lex, Featurizer(lex), False), model, SETTINGS)
        os.environ["KG_NAMES_MODEL"] = str(model)
        res = aner.evaluate(False, dev)
        for typ in ("PERS", "LOC", "ORG", "ALL"):
            totals.setdefault(typ, []).append((res[typ]["precision"], res[typ]["recall"], res[typ]["f1"]))
    for typ, v in totals.items():
        mean = [round(sum(x[i] for x in v) / len(v), 3) for i in range(3)]
        print(f"kg cv{args.folds} {typ:4} P={mean[0]:.3f} R={mean[1]:.3f} F1={mean[2]:.3f}  "
              f"folds F1={[x[2] for x in v]}")


if __name__ == "__main__":
    main()
