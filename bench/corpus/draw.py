"""Draw the articles of kg's development corpus at random, with a fixed seed (issue 11).

    python bench/corpus/draw.py draw --out DIR        # candidates, in draw order, for screening
    python bench/corpus/draw.py finalize SCREEN.tsv   # writes bench/corpus/articles.tsv
    python bench/corpus/draw.py extend SCREEN.tsv --tag ext1 --saudinewsnet_region 12 …   # more, appended

``draw`` shuffles each shared corpus with ``random.Random(SEED)`` and keeps, in that order, the articles
that fit the size window and are not already in bench/gold/. It writes one JSON line per candidate (id,
corpus, title and the first 700 characters) to DIR/candidates.jsonl, and every candidate's full text
to DIR/articles/<id>.txt (outside the repository: the corpora stay in ../shared).
A screener who never saw kg's code or output labels each candidate news / opinion / other in
bench/corpus/screening.tsv. ``finalize`` takes, per corpus and in draw order, the first WANT[corpus]
candidates labelled news, assigns each to a split (train 60 / dev 20 / test 20, stratified by corpus,
seeded) and to an annotation batch, and writes bench/corpus/articles.tsv.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
SEED = 20261203
WANT = {"saudinewsnet_region": 55, "saudinewsnet_syria": 45, "arabic_fc_stance_syria": 30}
DRAW = {"saudinewsnet_region": 100, "saudinewsnet_syria": 80, "arabic_fc_stance_syria": 60}
MIN_CHARS, MAX_CHARS = 1200, 5000
BATCH = 6
ARTICLES_TSV = ROOT / "bench" / "corpus" / "articles.tsv"


def _in_bench_gold() -> set[str]:
    ids = set()
    for g in (ROOT / "bench" / "gold").glob("*.json"):
        data = json.loads(g.read_text(encoding="utf-8"))
        ids |= {t["doc"] for t in data.get("triples", [])} | {e["doc"] for e in data.get("events", [])}
    return ids


def load_corpus(name: str) -> list[dict]:
    """Every article of one shared corpus as {id, title, date, text}, in a stable order."""
    if name == "arabic_fc_stance_syria":
        out, seen = [], set()
        for f in sorted((CORPORA / name / "dataset").glob("*.json")):
            rec = json.loads(f.read_text(encoding="utf-8"))
            for i, text in enumerate(rec["article"]):
                if text in seen:
                    continue
                seen.add(text)
                out.append({"id": f"{rec['id']}-{i}", "title": "", "date": "", "text": text})
        return out
    with open(CORPORA / name / "articles.jsonl", encoding="utf-8") as fh:
        return [{k: a.get(k) or "" for k in ("id", "title", "date", "text")} for a in map(json.loads, fh)]


def draw(out_dir: Path) -> None:
    skip = _in_bench_gold()
    (out_dir / "articles").mkdir(parents=True, exist_ok=True)
    with open(out_dir / "candidates.jsonl", "w", encoding="utf-8") as cand:
        for name, n in DRAW.items():
            arts = load_corpus(name)
            random.Random(f"{SEED}-{name}").shuffle(arts)
            kept = 0
            for a in arts:
                if kept == n:
                    break
                if a["id"] in skip or not MIN_CHARS <= len(a["text"]) <= MAX_CHARS:
                    continue
                kept += 1
                cand.write(json.dumps({"id": a["id"], "corpus": name, "rank": kept, "title": a["title"],
                                       "head": a["text"][:700]}, ensure_ascii=False) + "\n")
                (out_dir / "articles" / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
            print(f"{name}: {kept} candidates", file=sys.stderr)


def finalize(screen: Path) -> None:
    labels = {}
    with open(screen, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            labels[row["id"]] = (row["corpus"], int(row["rank"]), row["label"])
    rows = []
    for name, n in WANT.items():
        news = sorted((rank, i) for i, (c, rank, lab) in labels.items() if c == name and lab == "news")[:n]
        if len(news) < n:
            sys.exit(f"{name}: only {len(news)} news articles screened, {n} wanted")
        ids = [i for _, i in news]
        order = ids[:]
        random.Random(f"{SEED}-split-{name}").shuffle(order)
        n_dev = n_test = round(n * 0.2)
        split = {i: "dev" for i in order[:n_dev]} | {i: "test" for i in order[n_dev:n_dev + n_test]}
        rows += [(i, name, split.get(i, "train")) for i in ids]
    # batches mix the corpora so every annotator sees Syria, the region and web articles
    mixed = rows[:]
    random.Random(f"{SEED}-batches").shuffle(mixed)
    batch = {i: f"b{k // BATCH + 1:02d}" for k, (i, _, _) in enumerate(mixed)}
    with open(ARTICLES_TSV, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "corpus", "split", "batch"])
        for i, name, sp in rows:
            w.writerow([i, name, sp, batch[i]])
    print(f"{len(rows)} articles -> {ARTICLES_TSV}", file=sys.stderr)


def extend(screen: Path, more: dict[str, int], tag: str) -> None:
    """Append ``more[corpus]`` further news articles (the next in draw order) to articles.tsv without
    touching the existing rows: each new group is split 60/20/20 with its own seed and gets new batches."""
    with open(ARTICLES_TSV, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    have = {r["id"] for r in rows}
    last = max(int(r["batch"][1:]) for r in rows)
    labels = {}
    with open(screen, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            labels[row["id"]] = (row["corpus"], int(row["rank"]), row["label"])
    new = []
    for name, n in more.items():
        news = sorted((rank, i) for i, (c, rank, lab) in labels.items() if c == name and lab == "news" and i not in have)
        ids = [i for _, i in news[:n]]
        order = ids[:]
        random.Random(f"{SEED}-{tag}-split-{name}").shuffle(order)
        n_dev = n_test = round(len(ids) * 0.2)
        split = {i: "dev" for i in order[:n_dev]} | {i: "test" for i in order[n_dev:n_dev + n_test]}
        new += [(i, name, split.get(i, "train")) for i in ids]
    random.Random(f"{SEED}-{tag}-batches").shuffle(new)
    with open(ARTICLES_TSV, "a", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for k, (i, name, sp) in enumerate(new):
            w.writerow([i, name, sp, f"b{last + 1 + k // BATCH:02d}"])
    print(f"{len(new)} articles appended to {ARTICLES_TSV}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("finalize")
    f.add_argument("screen", type=Path)
    e = sub.add_parser("extend")
    e.add_argument("screen", type=Path)
    e.add_argument("--tag", required=True, help="names the extension (its seeds)")
    for name in WANT:
        e.add_argument(f"--{name}", type=int, default=0)
    a = ap.parse_args()
    if a.cmd == "draw":
        draw(a.out)
    elif a.cmd == "finalize":
        finalize(a.screen)
    else:
        extend(a.screen, {n: getattr(a, n) for n in WANT if getattr(a, n)}, a.tag)


if __name__ == "__main__":
    main()
