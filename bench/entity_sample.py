"""A random sample of the entities kg found in the text (not in its lexicon), for judging by hand.

    kg build ../shared/corpora/saudinewsnet_region/articles.jsonl --out out_region
    python bench/entity_sample.py out_region --n 100 --seed 2026 --packet DIR

Draws ``n`` entities at random (fixed seed) among the text-found entities that take part in a triple,
leaving out the articles of the development corpus (``bench/corpus/articles.tsv``: rules were written
on its training split). The packet is what a judge who sees neither kg's code nor its rules needs:

* ``sample.tsv`` — per entity: its Arabic and English labels, its type, up to three sentences that
  mention it (with the words kg took for it), and empty columns ``junk``, ``garbled``, ``duplicate``,
  ``note`` to fill in;
* ``nodes.tsv`` — every entity of the build (lexicon and text) with its labels and type, to look for a
  node that is the same real-world entity as a sampled one.

Judging (the bars of issue 9): **junk** — not a name of any real entity (a common word, a phrase, a
fragment); **garbled** — a real name, but the English label is not how English writes it (a wrong
transliteration, a half-translated name, a doubled word) or the name is cut short or run on;
**duplicate** — the same real-world entity as another node of ``nodes.tsv``. Then
``python bench/entity_sample.py --score DIR/sample.tsv`` prints the shares.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT / "bench" / "corpus" / "articles.tsv"
PREFIX = "https://w3id.org/kg-ar/entity/"


def development_articles() -> set[str]:
    if not DEV_CORPUS.exists():
        return set()
    with open(DEV_CORPUS, encoding="utf-8") as fh:
        return {r["id"] for r in csv.DictReader(fh, delimiter="\t")}


def text_found(entity_iri: str) -> bool:
    """kg's lexicon ids are bare (isis); entities found in the text carry their type (person/…)."""
    return "/" in entity_iri.removeprefix(PREFIX)


def draw(out: Path, n: int, seed: int) -> tuple[list[dict], list[dict]]:
    skip = development_articles()
    used: dict[str, dict] = {}
    with open(out / "triples.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["doc_id"] in skip:
                continue
            for side in ("actor", "target"):
                iri = r[f"{side}_id"]
                if text_found(iri):
                    used.setdefault(iri.removeprefix(PREFIX), {"type": r[f"{side}_type"]})
    mentions: dict[str, list[dict]] = defaultdict(list)
    nodes: dict[str, dict] = {}
    with open(out / "mentions.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            eid = r["entity_id"].removeprefix(PREFIX)
            node = nodes.setdefault(eid, {"id": eid, "type": r["type"], "label_en": r["label"],
                                          "label_ar": r["label_ar"], "mentions": 0})
            node["mentions"] += 1
            if eid in used and r["doc_id"] not in skip:
                mentions[eid].append(r)
    ids = sorted(used)
    sample = random.Random(seed).sample(ids, min(n, len(ids)))
    sentences = _sentences(out, {(r["doc_id"], r["start"]) for eid in sample for r in mentions[eid][:3]})
    rows = []
    for k, eid in enumerate(sample, 1):
        node = nodes.get(eid, {"type": used[eid]["type"], "label_en": "", "label_ar": ""})
        ctx = []
        for m in mentions[eid][:3]:
            sent = sentences.get((m["doc_id"], m["start"]), "")
            ctx.append(f"«{m['text']}» in: {sent}" if sent else f"«{m['text']}»")
        rows.append({"n": k, "id": eid, "type": node["type"], "label_ar": node["label_ar"],
                     "label_en": node["label_en"], "contexts": " ||| ".join(ctx),
                     "junk": "", "garbled": "", "duplicate": "", "note": ""})
    return rows, sorted(nodes.values(), key=lambda x: x["id"])


def _sentences(out: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The sentence around each wanted mention, from events.csv and triples.csv evidence (kg writes no
    article text of its own)."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for name in ("events.csv", "triples.csv"):
        with open(out / name, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                spans[r["doc_id"]].append((int(r["start"]), int(r["end"]), r["evidence"]))
    got = {}
    for doc, start in wanted:
        s = int(start)
        for a, b, ev in spans.get(doc, ()):
            if a <= s < b:
                got[(doc, start)] = ev
                break
    return got


def write_tsv(path: Path, rows: list[dict], fields: list[str] | None = None) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields or list(rows[0]), delimiter="\t")
        w.writeheader()
        w.writerows(rows)


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def write_packet(rows: list[dict], nodes: list[dict], packet: Path) -> None:
    packet.mkdir(parents=True, exist_ok=True)
    write_tsv(packet / "sample.tsv", rows)
    write_tsv(packet / "nodes.tsv", nodes, ["id", "type", "label_en", "label_ar", "mentions"])


def score(path: Path) -> None:
    rows = read_tsv(path)
    yes = lambda v: v.strip().lower() in ("1", "y", "yes", "x", "true")   # noqa: E731
    n = len(rows)
    for col in ("junk", "garbled", "duplicate"):
        k = sum(yes(r[col]) for r in rows)
        print(f"{col:9} {k:3} / {n} = {k / n:.0%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?", help="a kg output folder (triples.csv, mentions.csv, events.csv)")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--packet", help="write sample.tsv and nodes.tsv for a judge here")
    ap.add_argument("--score", help="a judged sample.tsv: print the shares of junk, garbled and duplicates")
    args = ap.parse_args()
    if args.score:
        score(Path(args.score))
        return
    if not args.out:
        sys.exit("give a kg output folder (or --score FILE)")
    rows, nodes = draw(Path(args.out), args.n, args.seed)
    for r in rows:
        print(f"{r['n']:3}. {r['type']:13} {r['label_ar']}  ->  {r['label_en']}\n     {r['contexts'][:300]}")
    if args.packet:
        write_packet(rows, nodes, Path(args.packet))
        print(f"packet: {args.packet}/sample.tsv, {args.packet}/nodes.tsv")


if __name__ == "__main__":
    main()
