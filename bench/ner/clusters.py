"""Build the word-cluster table of kg's name model (``kg/models/clusters.tsv``) from unlabelled Arabic news.

    pip install gensim                         # only to build the table (kg itself reads the table alone)
    python bench/ner/clusters.py tokens        # the token stream -> /tmp/nerclu/tokens.txt (kg's folding)
    python bench/ner/clusters.py build         # word2vec over it, k-means -> kg/models/clusters.tsv
    python bench/ner/clusters.py build --unit word --out /tmp/x.tsv     # experiments

Text, all read from ../shared/corpora (nothing of it is copied into the repository):

* ``saudinewsnet_syria``, ``saudinewsnet_region`` (titles and bodies) and ``arabic_fc_stance_syria``
  (its articles, each distinct text once), **less the articles of kg's development corpus that are in its
  test split** (``bench/corpus/articles.tsv``, split ``test``);
* ANERcorp's CAMeL Lab **train** split (its words joined into text). Its test split is never read.

Each paragraph (line) is folded by ``kg.text.fold`` and cut into kg's tokens (``\\w+|[^\\w\\s]``), as the
name model sees them; punctuation is dropped, digits become ``<d>``. A token's unit is its stem without
the proclitics (``kg.name_model.strip_clitics``; ``--unit word``: the folded word itself).

Skip-gram word2vec (gensim, one worker, fixed seed: deterministic) gives each unit seen at least
``--min-count`` times a vector; k-means (scikit-learn, fixed seed) over the normalised vectors makes
``--k`` fine clusters, and k-means over their centroids (weighted by the clusters' token counts) makes
coarser ones nesting them (like Brown clusters' bit prefixes). The table: one line per unit,
``unit<TAB>fine<TAB>mid<TAB>coarse``, the commonest units first.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from data import ANER_TRAIN, read_conll  # noqa: E402
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from draw import load_corpus  # noqa: E402  (the same ids as the development corpus)

TOKENS = Path("/tmp/nerclu/tokens.txt")
OUT = ROOT / "kg" / "models" / "clusters.tsv"
SEED = 20261203
NEWS = ("saudinewsnet_syria", "saudinewsnet_region", "arabic_fc_stance_syria")


def test_ids() -> set[str]:
    with open(ROOT / "bench" / "corpus" / "articles.tsv", encoding="utf-8") as fh:
        return {r["id"] for r in csv.DictReader(fh, delimiter="\t") if r["split"] == "test"}


def texts():
    """(source, paragraph) of every text used, in a fixed order."""
    skip = test_ids()
    for name in NEWS:
        left = 0
        for a in load_corpus(name):
            if a["id"] in skip:
                left += 1
                continue
            for para in (a["title"] + "\n" + a["text"]).split("\n"):
                if para.strip():
                    yield name, para
        print(f"{name}: {left} test articles left out", file=sys.stderr)
    for sent in read_conll(ANER_TRAIN):
        yield "anercorp_train", " ".join(w for w, _ in sent)


def tokens(args) -> None:
    from kg.recognize import _TOKEN_RE
    from kg.text import fold
    t = time.perf_counter()
    counts: Counter = Counter()
    TOKENS.parent.mkdir(parents=True, exist_ok=True)
    with open(TOKENS, "w", encoding="utf-8") as out:
        for src, para in texts():
            toks = []
            for m in _TOKEN_RE.finditer(fold(para).text):
                tok = m.group()
                if tok.isdigit():
                    toks.append("<d>")
                elif tok[0].isalnum() or tok[0] == "_":
                    toks.append(tok)
            if toks:
                counts[src] += len(toks)
                out.write(" ".join(toks) + "\n")
    print(f"tokens per source {dict(counts)}, total {sum(counts.values())}; {time.perf_counter() - t:.0f} s -> {TOKENS}")


def build(args) -> None:
    import numpy as np
    from gensim.models import Word2Vec
    from sklearn.cluster import KMeans
    from kg.name_model import strip_clitics
    t0 = time.perf_counter()
    unit = (lambda w: strip_clitics(w)[1]) if args.unit == "stem" else (lambda w: w)
    from gensim.models import KeyedVectors
    tokens_file = Path(args.tokens)
    with open(tokens_file, encoding="utf-8") as fh:
        sents = [[unit(w) for w in line.split()] for line in fh]
    n_tok = sum(map(len, sents))
    # the vectors are kept next to the tokens (experiments with other k re-use them)
    kv_file = tokens_file.with_name(f"{tokens_file.stem}-{args.unit}-{args.dim}-{args.window}-{args.min_count}-{args.epochs}.kv")
    if kv_file.exists():
        wv = KeyedVectors.load(str(kv_file))
    else:
        wv = Word2Vec(sents, vector_size=args.dim, window=args.window, min_count=args.min_count, sg=1,
                      negative=10, sample=1e-4, epochs=args.epochs, workers=1, seed=SEED).wv
        wv.save(str(kv_file))
    t1 = time.perf_counter()
    words = [w for w in wv.index_to_key if w != "<d>"]
    V = np.array([wv[w] for w in words], dtype=np.float64)
    V /= np.linalg.norm(V, axis=1, keepdims=True)
    freq = np.array([wv.get_vecattr(w, "count") for w in words], dtype=np.float64)
    fine = KMeans(args.k, n_init=1, random_state=SEED, max_iter=100).fit(V)
    labels = [fine.labels_]
    cent, weight = fine.cluster_centers_, np.bincount(fine.labels_, weights=freq, minlength=args.k)
    for k in args.coarse:
        km = KMeans(k, n_init=3, random_state=SEED).fit(cent, sample_weight=weight)
        labels.append(km.labels_[fine.labels_])
    out = Path(args.out)
    with open(out, "w", encoding="utf-8") as fh:
        for i, w in enumerate(words):
            fh.write(w + "\t" + "\t".join(str(int(lb[i])) for lb in labels) + "\n")
    print(f"{args.unit}s: {n_tok} tokens, {len(words)} units with count >= {args.min_count}; word2vec "
          f"{t1 - t0:.0f} s, k-means {time.perf_counter() - t1:.0f} s; {out} ({out.stat().st_size / 1e6:.2f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stage", choices=("tokens", "build"))
    ap.add_argument("--unit", choices=("stem", "word"), default="stem")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--k", type=int, default=1000)
    ap.add_argument("--coarse", type=int, nargs="*", default=[250, 60])
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--tokens", default=str(TOKENS), help="the token stream (default: what `tokens` writes)")
    args = ap.parse_args()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    (tokens if args.stage == "tokens" else build)(args)


if __name__ == "__main__":
    main()
