"""Train kg's name recogniser (a CRF over kg's folded tokens) and write it to kg/models/names.crfsuite.

    python bench/ner/train.py                 # the model kg ships: ANERcorp's train split
    python bench/ner/train.py --dev           # hold out the last 10% of ANERcorp train, train on the rest,
                                              #   score the held-out part (writes /tmp/kg-names-dev.crfsuite)
    python bench/ner/train.py --cv 3          # 3-fold cross-validation of the model alone
    python bench/ner/train.py --cv 3 --wojood --c1 0.1    # compare settings (Wojood sample added, …)

Deterministic: the same data and settings give the same file, byte for byte. ANERcorp's test split is
never read here; it is scored once, through kg, by ``bench/aner.py``.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from data import ANER_TRAIN, WOJOOD_TRAIN, carve, kg_sentence, read_conll, read_wojood  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "kg" / "models" / "names.crfsuite"
TMP = Path(os.environ.get("KG_NER_TMP") or "/tmp")     # where --dev and --cv write their models
DEV_MODEL = TMP / "kg-names-dev.crfsuite"
SETTINGS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200}


def featurize(sents, lex, featurizer, keep_misc: bool):
    data = []
    for s in sents:
        tokens, labels, marks = kg_sentence(s, lex)
        if not tokens:
            continue
        if not keep_misc:
            labels = ["O" if lb.endswith("MISC") else lb for lb in labels]
        data.append((tokens, featurizer.sentence(tokens, marks), labels))
    return data


def train(data, out: Path, settings: dict) -> float:
    import pycrfsuite
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for _, xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params({"c1": settings["c1"], "c2": settings["c2"], "max_iterations": settings["max_iterations"],
                        "feature.possible_transitions": True, "feature.minfreq": settings.get("minfreq", 0)})
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    t = time.perf_counter()
    trainer.train(str(tmp))
    tmp.replace(out)
    return time.perf_counter() - t


def score(data, model: Path) -> dict:
    """Exact-span precision / recall / F1 per type over kg tokens."""
    import pycrfsuite
    from kg.name_model import spans
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    gold, pred = set(), set()
    for n, (_, xseq, yseq) in enumerate(data):
        gold |= {(n, *s) for s in spans(yseq) if s[2] != "MISC"}
        pred |= {(n, *s) for s in spans(tagger.tag(xseq)) if s[2] != "MISC"}
    res = {}
    for typ in ("PERS", "LOC", "ORG", "ALL"):
        g = {s for s in gold if typ == "ALL" or s[3] == typ}
        p = {s for s in pred if typ == "ALL" or s[3] == typ}
        tp = len(g & p)
        pr, rc = tp / max(len(p), 1), tp / max(len(g), 1)
        res[typ] = {"P": round(pr, 3), "R": round(rc, 3), "F1": round(2 * pr * rc / max(pr + rc, 1e-9), 3),
                    "gold": len(g), "pred": len(p)}
    return res


def cross_validate(aner, args, lex, featurizer) -> None:
    """Mean dev scores over K contiguous folds of ANERcorp train (a steadier signal than one dev split)."""
    k = args.cv
    wojood = [] if not args.wojood else featurize(read_wojood(WOJOOD_TRAIN), lex, featurizer, args.misc)
    data = featurize(aner, lex, featurizer, args.misc)
    size = len(data) // k
    settings = {"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations, "minfreq": args.minfreq}
    totals: dict[str, list] = {}
    for f in range(k):
        dev = data[f * size:(f + 1) * size]
        train_part = data[:f * size] + data[(f + 1) * size:] + wojood
        out = TMP / f"kg-names-cv{f}.crfsuite"
        train(train_part, out, settings)
        for typ, r in score(dev, out).items():
            totals.setdefault(typ, []).append(r["F1"])
    for typ, v in totals.items():
        print(f"cv{k} {typ:4} F1 mean={sum(v) / len(v):.3f} folds={v}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", action="store_true", help="hold out the dev split and score it")
    ap.add_argument("--wojood", action="store_true", help="also train on the Wojood sample (it lowers the dev score)")
    ap.add_argument("--misc", action="store_true", help="keep MISC as a label (kg does not use it)")
    ap.add_argument("--out", help="model file (default: kg/models/names.crfsuite, or /tmp with --dev)")
    for k, v in SETTINGS.items():
        ap.add_argument(f"--{k.replace('_', '-')}", type=type(v), default=v)
    ap.add_argument("--minfreq", type=float, default=0)
    ap.add_argument("--cv", type=int, default=0, help="K-fold cross-validation over ANERcorp train (contiguous folds)")
    args = ap.parse_args()
    from kg.lexicon import load_lexicon
    from kg.name_model import Featurizer
    lex = load_lexicon()
    featurizer = Featurizer(lex)
    aner = read_conll(ANER_TRAIN)
    if args.cv:
        return cross_validate(aner, args, lex, featurizer)
    train_sents, dev_sents = carve(aner) if args.dev else (aner, [])
    if args.wojood:
        train_sents = train_sents + read_wojood(WOJOOD_TRAIN)
    t = time.perf_counter()
    data = featurize(train_sents, lex, featurizer, args.misc)
    prep = time.perf_counter() - t
    settings = {"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations, "minfreq": args.minfreq}
    out = Path(args.out) if args.out else (DEV_MODEL if args.dev else MODEL)
    secs = train(data, out, settings)
    labels = Counter(lb[2:] for _, _, y in data for lb in y if lb.startswith("B-"))
    digest = hashlib.sha256(out.read_bytes()).hexdigest()[:16]
    print(f"trained on {len(data)} sentences, {sum(len(x[0]) for x in data)} tokens, names {dict(labels)}; "
          f"features {prep:.1f} s, training {secs:.1f} s; {out} ({out.stat().st_size / 1e6:.2f} MB, sha256 {digest})")
    if args.dev:
        dev = featurize(dev_sents, lex, featurizer, args.misc)
        for typ, r in score(dev, out).items():
            print(f"dev {typ:4} P={r['P']:.3f} R={r['R']:.3f} F1={r['F1']:.3f} (gold {r['gold']}, predicted {r['pred']})")


if __name__ == "__main__":
    main()
