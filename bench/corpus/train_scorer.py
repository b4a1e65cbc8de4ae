"""Learn the event scorer (kg/events/scorer.py) on the training split of the development corpus.

    python bench/corpus/train_scorer.py            # writes kg/models/event_scorer.json, prints dev figures

Every article of the train split that has adjudicated gold (bench/corpus/gold/) is read with the rules
alone (KG_EVENT_SCORER=0). Each event kg outputs is labelled right when it matches a gold event the way
../shared/eval/score_events.py matches them (same document, the gold quote inside the evidence sentence,
same type, negated only with negated; one to one, agreeing triggers first). A logistic regression with an
L2 penalty is fitted on the events' features; the threshold that maximises event F1 on out-of-fold
predictions (5 folds by article) is kept, among those that keep precision at PRECISION_FLOOR or more (an
analyst trusts a table of events when at least three rows in four are right; beyond that, recall). Dev and test are never read here except to report dev at the end
(the rules alone against the rules with the scorer), so the figures on dev stay a check, not a target.
Deterministic: the same data give the same file.
"""
from __future__ import annotations

import json
import math
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench  # noqa: E402

MODEL = bench.ROOT / "kg" / "models" / "event_scorer.json"
L2 = 1.0
STEPS = 400
RATE = 0.5
FOLDS = 5
PRECISION_FLOOR = 0.75


def split_docs(split: str) -> tuple[list[str], dict]:
    rows = [r for r in bench.articles() if r["split"] == split]
    batches = sorted(bench.GOLD_DIR.glob("b*.json"))
    have = set()
    for b in batches:
        have |= {e["doc"] for e in json.loads(b.read_text(encoding="utf-8"))["events"]}
    ids = [r["id"] for r in rows if r["id"] in have]
    return ids, bench.merged_gold(batches, set(ids))


def texts(ids: list[str]) -> dict[str, dict]:
    from draw import load_corpus
    want, out = set(ids), {}
    for name in ("saudinewsnet_region", "saudinewsnet_syria", "arabic_fc_stance_syria"):
        for a in load_corpus(name):
            if a["id"] in want:
                out[a["id"]] = a
    return out


def labelled_events(ids: list[str], gold: dict) -> list[tuple[str, tuple, int, bool]]:
    """(doc, features, label, core) for every event the rules output, in document order."""
    sys.path.insert(0, str(bench.EVAL))
    from score import norm_ar
    from kg.lexicon import load_lexicon
    from kg.model import Document
    from kg.pipeline import process
    os.environ["KG_EVENT_SCORER"] = "0"
    lex = load_lexicon()
    arts = texts(ids)
    by_doc = defaultdict(list)
    for g in gold["events"]:
        by_doc[g["doc"]].append(g)
    out = []
    for doc_id in ids:
        a = arts[doc_id]
        res = process(Document(doc_id=doc_id, text=a["text"], title=a["title"], date=a["date"]), lex)
        golds = [(norm_ar(g["quote"]), g) for g in by_doc[doc_id]]
        used: set[int] = set()
        for e in res.events:
            ev = norm_ar(e.evidence)
            trig = norm_ar(e.trigger)
            cands = [k for k, (q, g) in enumerate(golds) if k not in used and q and q in ev and g["type"] == e.type
                     and (g.get("modality") == "negated") == (e.modality == "negated")]
            cands.sort(key=lambda k: (not (trig and norm_ar(golds[k][1].get("trigger", "")) and (
                trig in norm_ar(golds[k][1]["trigger"]) or norm_ar(golds[k][1]["trigger"]) in trig)), k))
            hit = cands[0] if cands else None
            if hit is not None:
                used.add(hit)
            out.append((doc_id, e.features, int(hit is not None), bool(hit is not None and golds[hit][1].get("core"))))
    os.environ.pop("KG_EVENT_SCORER", None)
    return out


def fit(rows: list[tuple[tuple, int]]) -> tuple[float, dict]:
    """L2-penalised logistic regression by full-batch gradient descent (deterministic)."""
    feats = sorted({f for fs, _ in rows for f in fs})
    w = {f: 0.0 for f in feats}
    b = 0.0
    n = len(rows)
    for _ in range(STEPS):
        gw = defaultdict(float)
        gb = 0.0
        for fs, y in rows:
            z = b + sum(w[f] for f in fs)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = p - y
            gb += d
            for f in fs:
                gw[f] += d
        b -= RATE * gb / n
        for f in feats:
            w[f] -= RATE * (gw[f] / n + L2 * w[f] / n)
    return b, {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-4}


def prob(b: float, w: dict, fs) -> float:
    z = b + sum(w.get(f, 0.0) for f in fs)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def best_threshold(probs: list[float], labels: list[int], cores: list[bool], n_core: int) -> tuple[float, dict]:
    """The threshold of best event F1 among those whose precision reaches PRECISION_FLOOR (else the most
    precise one)."""
    rows = []
    for k in range(0, 81):
        t = k / 100
        kept = [i for i, p in enumerate(probs) if p >= t]
        if not kept:
            continue
        right = sum(labels[i] for i in kept)
        core = sum(cores[i] for i in kept)
        p, r = right / len(kept), core / n_core if n_core else 0
        f1 = 2 * p * r / (p + r) if p + r else 0
        rows.append((t, {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}))
    ok = [x for x in rows if x[1]["precision"] >= PRECISION_FLOOR]
    if ok:
        return max(ok, key=lambda x: (x[1]["f1"], -x[0]))
    return max(rows, key=lambda x: (x[1]["precision"], -x[0]))


def main() -> int:
    if not (bench.ROOT.parent / "shared" / "corpora").is_dir():
        print("skipped: ../shared/corpora is absent")
        return 0
    t0 = time.perf_counter()
    ids, gold = split_docs("train")
    rows = labelled_events(ids, gold)
    n_core = sum(1 for g in gold["events"] if g.get("core"))
    # out-of-fold probabilities, folds by article
    fold_of = {d: k % FOLDS for k, d in enumerate(ids)}
    oof = [0.0] * len(rows)
    for k in range(FOLDS):
        b, w = fit([(fs, y) for d, fs, y, _ in rows if fold_of[d] != k])
        for i, (d, fs, y, _) in enumerate(rows):
            if fold_of[d] == k:
                oof[i] = prob(b, w, fs)
    labels = [y for _, _, y, _ in rows]
    cores = [c for *_, c in rows]
    threshold, cv = best_threshold(oof, labels, cores, n_core)
    rules = {"precision": round(sum(labels) / len(labels), 4), "recall": round(sum(cores) / n_core, 4)}
    b, w = fit([(fs, y) for _, fs, y, _ in rows])
    model = {"about": "kg event scorer: logistic regression over event features (kg/events/scorer.py)",
             "command": "python bench/corpus/train_scorer.py",
             "data": f"train split of bench/corpus (adjudicated gold): {len(ids)} articles, {len(rows)} events "
                     f"output by the rules, {sum(labels)} of them right; {n_core} core gold events",
             "rules_alone_on_train": rules, "cross_validated_on_train": cv,
             "l2": L2, "steps": STEPS, "precision_floor": PRECISION_FLOOR, "threshold": threshold, "bias": round(b, 4),
             "weights": dict(sorted(w.items()))}
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    MODEL.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"train: {len(ids)} articles, {len(rows)} events ({sum(labels)} right); rules alone P={rules['precision']:.3f} "
          f"R={rules['recall']:.3f}; scorer (5-fold) threshold {threshold:.2f}: P={cv['precision']:.3f} "
          f"R={cv['recall']:.3f} F1={cv['f1']:.3f}; {time.perf_counter() - t0:.0f} s")
    print(f"wrote {MODEL}")
    from kg.events import scorer as sc
    sc._load.cache_clear()
    for label, env in (("rules alone", "0"), ("with the scorer", "1")):
        os.environ["KG_EVENT_SCORER"] = env
        res = bench.run("dev", False)
        if res:
            print(f"dev {label}: P={res['precision']:.3f} R={res['recall']:.3f} F1={res['f1']:.3f} "
                  f"(output {res['output_events']}, core matched {res['core_matched']}/{res['core_gold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
