"""kg against its development corpus, per split: events, roles, recall per type, static facts.

    python bench/corpus/bench.py                 # train and dev
    python bench/corpus/bench.py --split dev --verbose
    python bench/corpus/bench.py --split test    # only to report at the end of an issue

The gold (bench/corpus/gold/bNN.json, adjudicated; see docs/ANNOTATION.md) holds ids, quotes, entities
and events, never article text: the articles are read from ../shared/corpora by id (the run is skipped
when they are absent). kg builds each split's articles into a temporary folder; the events are scored
with ../shared/eval/score_events.py and the static facts (AFFILIATION, LOCATED_IN) with
../shared/eval/score.py, exactly as the hidden golds are.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
EVAL = ROOT.parent / "shared" / "eval"
GOLD_DIR = HERE / "gold"
sys.path.insert(0, str(HERE))


def articles() -> list[dict]:
    with open(HERE / "articles.tsv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def merged_gold(batches: list[Path], docs: set[str]) -> dict:
    """One gold file for the given documents: entity ids namespaced by batch (b01:isis)."""
    out = {"about": "kg development corpus (bench/corpus), adjudicated gold", "entities": {}, "events": [],
           "triples": [], "relation_classes": ["AFFILIATION", "LOCATED_IN"]}
    for path in batches:
        g = json.loads(path.read_text(encoding="utf-8"))
        ns = path.stem + ":"
        for eid, ent in g["entities"].items():
            out["entities"][ns + eid] = ent

        def ren(v):
            if v is None:
                return None
            return [ns + x for x in ([v] if isinstance(v, str) else v)]
        for e in g["events"]:
            if e["doc"] in docs:
                out["events"].append({**e, **{r: ren(e.get(r)) for r in ("actor", "target", "place")}})
        for t in g.get("triples", []):
            if t["doc"] in docs:
                out["triples"].append({**t, "actor": ren(t["actor"]), "target": ren(t["target"])})
    return out


def build_split(ids: list[str], tmp: Path) -> Path:
    from draw import load_corpus  # bench/corpus/draw.py
    wanted = set(ids)
    rows = {}
    for name in ("saudinewsnet_region", "saudinewsnet_syria", "arabic_fc_stance_syria"):
        for a in load_corpus(name):
            if a["id"] in wanted:
                rows[a["id"]] = a
    src = tmp / "articles.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for i in ids:
            a = rows[i]
            fh.write(json.dumps({"id": i, "text": a["text"], "title": a["title"], "date": a["date"]},
                                ensure_ascii=False) + "\n")
    from kg.pipeline import build
    out = tmp / "out"
    build([src], out_dir=out, exports=("csv",))
    return out


def run(split: str, verbose: bool) -> dict | None:
    sys.path.insert(0, str(EVAL))
    import score as triple_score
    import score_events
    rows = [r for r in articles() if r["split"] == split]
    batches = sorted(GOLD_DIR.glob("b*.json"))
    have = set()
    for b in batches:
        have |= {e["doc"] for e in json.loads(b.read_text(encoding="utf-8"))["events"]}
    ids = [r["id"] for r in rows if r["id"] in have]
    if not ids:
        print(f"{split}: no adjudicated articles yet")
        return None
    gold = merged_gold(batches, set(ids))
    with tempfile.TemporaryDirectory() as tmp:
        out = build_split(ids, Path(tmp))
        events, _ = score_events.load_output(str(out))
        res = score_events.score(gold, events, verbose=verbose)
        static = [r for r in triple_score.load_system(str(out / "triples.csv"))
                  if r["relation_class"] in ("AFFILIATION", "LOCATED_IN")]
        tres = triple_score.score(gold, static, verbose=verbose)
    res["articles"] = len(ids)
    res["static"] = tres
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", action="append", choices=("train", "dev", "test"),
                    help="split(s) to run (default: train and dev)")
    ap.add_argument("--verbose", action="store_true", help="list false hits and misses (never for test)")
    ap.add_argument("--json", help="write the results here")
    a = ap.parse_args()
    if not (ROOT.parent / "shared" / "corpora").is_dir() or not EVAL.is_dir():
        print("skipped: ../shared/corpora or ../shared/eval is absent")
        return 0
    results = {}
    for split in a.split or ["train", "dev"]:
        res = run(split, a.verbose and split != "test")
        if res is None:
            continue
        results[split] = res
        print(f"{split:5} {res['articles']:3} articles  events P={res['precision']:.3f} R={res['recall']:.3f} "
              f"F1={res['f1']:.3f} full={res['full_match']:.3f} (output {res['output_events']}, core gold "
              f"{res['core_gold']}, matched {res['core_matched']})")
        print("      roles " + ", ".join(f"{k} {v}" for k, v in res["roles"].items()))
        print("      recall by type " + ", ".join(f"{k} {v}" for k, v in res["recall_by_type"].items()))
        if res.get("static"):
            s = res["static"]
            print(f"      static facts P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
