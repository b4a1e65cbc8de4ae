"""A random sample of kg's events, for judging by hand against their evidence sentence.

    kg build ../shared/corpora/saudinewsnet_region/articles.jsonl --out out_region
    python bench/event_sample.py out_region --n 100 --seed 2026 --out sample.tsv
    python bench/event_sample.py --score sample.tsv          # once judged

Draws ``n`` rows of events.csv at random (fixed seed), leaving out the articles of the development
corpus (``bench/corpus/articles.tsv``). The TSV has one row per event — its sentence, trigger, type,
mode, actor, target, place, date, casualties, modality — and empty columns to judge, each ``y``, ``n``
or empty (not applicable):

* ``event`` — the sentence states (or reports, denies, plans) an event of this PLOVER type on this
  trigger (``../shared/eval/EVENTS.md``);
* ``actor``, ``target``, ``place`` — the role is right: the entity given is the one the sentence (or
  the article, for a dropped subject) gives, or both are empty;
* ``numbers`` — killed and wounded are the figures stated for this event (or both empty when none is);
* ``modality`` — asserted / reported / negated / future / hypothetical is right.

An event is **right** when ``event``, ``actor`` and ``target`` are all ``y``.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from entity_sample import development_articles, read_tsv, write_tsv  # noqa: E402

JUDGED = ("event", "actor", "target", "place", "numbers", "modality")


def draw(out: Path, n: int, seed: int) -> list[dict]:
    skip = development_articles()
    with open(out / "events.csv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["doc_id"] not in skip]
    sample = random.Random(seed).sample(rows, min(n, len(rows)))
    out_rows = []
    for k, r in enumerate(sample, 1):
        out_rows.append({"n": k, "doc_id": r["doc_id"], "sentence": r["evidence"], "trigger": r["trigger"],
                         "type": r["type"], "mode": r["mode"],
                         "actor": _role(r, "actors", "actor_texts"), "target": _role(r, "targets", "target_texts"),
                         "place": _role(r, "places", "place_texts"), "date": r["date"], "killed": r["killed"],
                         "wounded": r["wounded"], "modality": r["modality"],
                         **{f"ok_{c}": "" for c in JUDGED}, "note": ""})
    return out_rows


def _role(r: dict, labels: str, texts: str) -> str:
    labs = [x.strip() for x in r[labels].split(";") if x.strip()]
    txts = [x.strip() for x in r[texts].split(";")]
    return "; ".join(f"{lab} «{txts[i]}»" if i < len(txts) and txts[i] else f"{lab} (from the article)"
                     for i, lab in enumerate(labs))


def score(path: Path) -> None:
    rows = read_tsv(path)
    val = lambda r, c: r[f"ok_{c}"].strip().lower()[:1]   # noqa: E731
    for c in JUDGED:
        judged = [r for r in rows if val(r, c) in ("y", "n")]
        ok = sum(val(r, c) == "y" for r in judged)
        print(f"{c:9} {ok:3} / {len(judged):3} right" + (f" = {ok / len(judged):.0%}" if judged else ""))
    right = sum(all(val(r, c) == "y" for c in ("event", "actor", "target")) for r in rows)
    print(f"events right (event, actor and target): {right} / {len(rows)} = {right / len(rows):.0%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?", help="a kg output folder with events.csv")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", dest="tsv", help="write the sample to judge here (TSV)")
    ap.add_argument("--score", help="a judged sample: print the shares right")
    args = ap.parse_args()
    if args.score:
        score(Path(args.score))
        return
    if not args.out:
        sys.exit("give a kg output folder (or --score FILE)")
    rows = draw(Path(args.out), args.n, args.seed)
    if args.tsv:
        write_tsv(Path(args.tsv), rows)
        print(f"{len(rows)} events written to {args.tsv}")
    else:
        for r in rows:
            print(f"{r['n']:3}. {r['type']}/{r['mode']} «{r['trigger']}» actor={r['actor']} target={r['target']}"
                  f" place={r['place']} [{r['modality']}]\n     {r['sentence'][:300]}")


if __name__ == "__main__":
    main()
