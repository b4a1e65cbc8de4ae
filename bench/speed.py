"""Speed and memory benchmark of `kg build` (issue: fast at newsroom scale).

    python bench/speed.py                      # the 1,111 and 3,042 article corpora, 3 runs each
    python bench/speed.py --scale 100000       # also a generated 100,000-article corpus (one run)
    python bench/speed.py --runs 5 --json bench/results/speed.json

For each corpus it reports, as the median of the runs: articles/s, sentences/s, triples/s, peak RSS
(the build and its worker processes), store size on disk, the wall time of each stage (read,
normalise, recognise, extract: summed over workers; store, export: main process), and — in the same
run — the time camel-tools' simple_word_tokenize alone takes over the same texts (the floor).
Then: an unchanged re-build (incremental) and a re-build after adding 100 new articles.

Corpora are read from ../shared/corpora (skipped when absent); the generated corpus re-uses those
texts under new ids (documented as such: its "articles" are copies).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
SNN = SHARED / "saudinewsnet_syria" / "articles.jsonl"
FC = SHARED / "arabic_fc_stance_syria" / "dataset"


def fc_jsonl(dest: Path) -> Path:
    """The 3,042 claim-article pairs of the fact-checking corpus as one jsonl (one article per pair)."""
    with open(dest, "w", encoding="utf-8") as out:
        for f in sorted(FC.glob("*.json")):
            rec = json.loads(f.read_text(encoding="utf-8"))
            for i, (text, url) in enumerate(zip(rec["article"], rec["url"])):
                out.write(json.dumps({"id": f"{rec['id']}-{i}", "text": text, "url": url}, ensure_ascii=False) + "\n")
    return dest


def scaled_jsonl(sources: list[Path], n: int, dest: Path) -> Path:
    """n articles made by re-using the texts of ``sources`` under new ids (streamed, not held)."""
    texts = []
    for src in sources:
        with open(src, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    with open(dest, "w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"gen-{i:07d}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    return dest


def tokenize_floor(path: Path) -> tuple[float, int]:
    """Seconds camel-tools' simple_word_tokenize takes over every text of the corpus (one core)."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    texts = []
    with open(path, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    t = time.perf_counter()
    tokens = sum(len(simple_word_tokenize(x)) for x in texts)
    return time.perf_counter() - t, tokens


def run_build(corpus: Path, out: Path, workers: int, extra: list[str] | None = None) -> dict:
    """One `kg build` in a child process; returns its report, wall time and peak RSS (incl. workers)."""
    code = (
        "import json, resource, sys, time; from kg.pipeline import build; t=time.perf_counter();"
        f"r=build([{str(corpus)!r}], out_dir={str(out)!r}, workers={workers}, **{extra or {}!r});"
        "print(json.dumps({'wall': time.perf_counter()-t, 'documents': r.documents, 'sentences': r.sentences,"
        "'triples': r.triples, 'entities': r.entities, 'quads': r.quads, 'stages': r.stages,"
        "'unchanged': r.unchanged, 'store_mode': r.store_mode,"
        # peak RSS of the build process and of its largest worker process (KiB on Linux)
        "'rss_main_kb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
        "'rss_worker_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    rep = json.loads(proc.stdout.strip().splitlines()[-1])
    rep["peak_rss_mb"] = max(rep["rss_main_kb"], rep["rss_worker_kb"]) / 1024
    rep["store_mb"] = sum(f.stat().st_size for f in (out / "store").rglob("*") if f.is_file()) / 1e6
    return rep


QUERIES = {
    # one document's events: selective (what an analyst asks when reading one article)
    "selective": "SELECT ?e ?rel ?t WHERE {{ ?e kg:document doc:{doc} ; kg:relation ?rel ; kg:target ?t }}",
    # one actor's events of one class across the corpus
    "actor": "SELECT ?t (COUNT(?e) AS ?n) WHERE {{ ?e kg:actor ent:isis ; kg:relationClass 'CONTROL' ; "
             "kg:target ?t }} GROUP BY ?t ORDER BY DESC(?n) LIMIT 20",
}


def query_times(out: Path) -> dict:
    """Wall time of `kg query` (a new process: start-up, opening the store, the query) for each query."""
    with open(out / "triples.csv", encoding="utf-8") as fh:
        fh.readline()
        doc = fh.readline().split(",", 1)[0]
    times = {}
    for name, q in QUERIES.items():
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "query", q.format(doc=doc), "--store", str(out),
                               "--format", "csv"], capture_output=True, text=True, cwd=ROOT)
        if proc.returncode:
            raise SystemExit(proc.stderr)
        times[name] = round(time.perf_counter() - t, 2)
    return times


def bench_corpus(name: str, path: Path, runs: int, workers: int, tmp: Path, incremental: bool = True) -> dict:
    rows = []
    floor, tokens = tokenize_floor(path)
    for i in range(runs):
        out = tmp / f"{name}-{i}"
        shutil.rmtree(out, ignore_errors=True)
        rows.append(run_build(path, out, workers))
    med = lambda k: statistics.median(r[k] for r in rows)  # noqa: E731
    wall = med("wall")
    res = {
        "corpus": name, "runs": runs, "workers": workers, "documents": rows[0]["documents"],
        "sentences": rows[0]["sentences"], "triples": rows[0]["triples"], "tokens": tokens,
        "wall_s": round(wall, 2), "articles_per_s": round(rows[0]["documents"] / wall, 1),
        "sentences_per_s": round(rows[0]["sentences"] / wall), "triples_per_s": round(rows[0]["triples"] / wall),
        "peak_rss_mb": round(max(r["peak_rss_mb"] for r in rows)), "store_mb": round(med("store_mb"), 1),
        "stages_s": {k: round(statistics.median(r["stages"].get(k, 0) for r in rows), 2) for k in rows[0]["stages"]},
        "tokenize_floor_s": round(floor, 2), "times_floor": round(wall / floor, 2),
    }
    res["query_s"] = query_times(tmp / f"{name}-0")
    if incremental:
        out = tmp / f"{name}-0"
        again = run_build(path, out, workers)
        res["unchanged_rebuild_s"] = round(again["wall"], 2)
        res["unchanged_share"] = round(again["wall"] / wall, 3)
        extra = tmp / f"{name}-plus100.jsonl"
        with open(path, encoding="utf-8") as src, open(extra, "w", encoding="utf-8") as dst:
            lines = [line for line in src if line.strip()]
            dst.writelines(lines)
            for j, line in enumerate(lines[:100]):
                rec = json.loads(line)
                rec["id"] = f"new-{j:03d}"
                rec["text"] = rec["text"] + " (نسخة جديدة)"
                dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
        plus = run_build(extra, out, workers)
        res["plus100_rebuild_s"] = round(plus["wall"], 2)
        res["plus100_stages_s"] = plus["stages"]
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--scale", type=int, default=0, help="also build a generated corpus of this many articles")
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args()
    if not SNN.exists():
        print(f"skipped: {SNN} is absent")
        return
    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as t:
        tmp = Path(t)
        results.append(bench_corpus("saudinewsnet-1111", SNN, args.runs, args.workers, tmp))
        if FC.exists():
            results.append(bench_corpus("fc-stance-3042", fc_jsonl(tmp / "fc.jsonl"), args.runs, args.workers, tmp))
        if args.scale:
            sources = [SNN] + ([tmp / "fc.jsonl"] if FC.exists() else [])
            big = scaled_jsonl(sources, args.scale, tmp / f"scaled-{args.scale}.jsonl")
            results.append(bench_corpus(f"generated-{args.scale}", big, 1, args.workers, tmp))
            shutil.rmtree(tmp / f"generated-{args.scale}-0", ignore_errors=True)
    for r in results:
        print(json.dumps(r, ensure_ascii=False))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({"machine": machine(), "results": results}, indent=2))


def machine() -> dict:
    import platform
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "mem_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)}


if __name__ == "__main__":
    main()
