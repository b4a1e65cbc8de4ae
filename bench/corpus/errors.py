"""Where kg fails on the training split of the development corpus: per type, which construction.

    python bench/corpus/errors.py [--type ASSAULT] [--role actor] [--limit 40]

Only the train split (rules are written on train, checked on dev, and test is read by nobody). For each
core gold event it says whether kg found it, and if so which roles are wrong; for each miss, whether kg
read the trigger at all (no trigger / another type / no event in that sentence). A table per type counts
the causes, so the commonest failing construction is the one to work on.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--type", help="only this PLOVER type")
    ap.add_argument("--role", choices=("actor", "target", "place", "killed", "wounded"), help="only errors of this role")
    ap.add_argument("--limit", type=int, default=30, help="examples printed per cause")
    ap.add_argument("--out", help="reuse this kg output folder instead of building")
    a = ap.parse_args()
    sys.path.insert(0, str(bench.EVAL))
    import score_events
    from score import norm_ar
    rows = [r for r in bench.articles() if r["split"] == "train"]
    batches = sorted(bench.GOLD_DIR.glob("b*.json"))
    have = set()
    for b in batches:
        have |= {e["doc"] for e in json.loads(b.read_text(encoding="utf-8"))["events"]}
    ids = [r["id"] for r in rows if r["id"] in have]
    gold = bench.merged_gold(batches, set(ids))
    out = Path(a.out) if a.out else bench.build_split(ids, Path(tempfile.mkdtemp()))
    events, _ = score_events.load_output(str(out))
    roles = score_events.Roles(gold["entities"])
    by_doc = defaultdict(list)
    for e in events:
        by_doc[e["doc"]].append(e)
    causes: dict[str, Counter] = defaultdict(Counter)
    examples: dict[tuple, list] = defaultdict(list)

    def label(ids_):
        return [gold["entities"][i]["en"][0] for i in ids_ or []]

    for g in gold["events"]:
        if not g.get("core") or (a.type and g["type"] != a.type):
            continue
        q = norm_ar(g["quote"])
        same_sentence = [e for e in by_doc[g["doc"]] if q in norm_ar(e["evidence"])]
        same_type = [e for e in same_sentence if e["type"] == g["type"]]
        if not same_type:
            cause = "missed: other type in sentence" if same_sentence else "missed: no event in sentence"
            causes[g["type"]][cause] += 1
            examples[(g["type"], cause)].append(
                f"{g['trigger']} | {g['quote'][:70]} | got {[e['type'] for e in same_sentence]}")
            continue
        e = max(same_type, key=lambda x: norm_ar(g.get("trigger", "")) in norm_ar(x.get("trigger", "")))
        causes[g["type"]]["found"] += 1
        for role in ("actor", "target", "place"):
            want = set(g.get(role) or [])
            if not want or (a.role and a.role != role):
                continue
            have_ids = set().union(*[roles.ids(l, t) for l, t in e[role]]) if e[role] else set()
            if g.get("symmetric") and role in ("actor", "target"):
                other = "target" if role == "actor" else "actor"
                have_ids |= set().union(*[roles.ids(l, t) for l, t in e[other]]) if e[other] else set()
            if want & have_ids:
                continue
            cause = f"{role}: none given" if not e[role] else f"{role}: wrong"
            causes[g["type"]][cause] += 1
            examples[(g["type"], cause)].append(
                f"want {label(want)} got {[l or t for l, t in e[role]]} | {e['trigger']} | {g['quote'][:60]}")
        for num in ("killed", "wounded"):
            if g.get(num) is None or (a.role and a.role != num):
                continue
            if str(e.get(num, "")).strip() != str(g[num]):
                cause = f"{num}: wrong"
                causes[g["type"]][cause] += 1
                examples[(g["type"], cause)].append(f"want {g[num]} got {e.get(num)!r} | {g['quote'][:70]}")
    for t, c in sorted(causes.items(), key=lambda x: -sum(x[1].values())):
        print(f"== {t}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
        for cause, _ in c.most_common():
            if cause == "found":
                continue
            print(f"  -- {cause}")
            for ex in examples[(t, cause)][:a.limit]:
                print("     " + ex)
    return 0


if __name__ == "__main__":
    sys.exit(main())
