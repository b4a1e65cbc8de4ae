"""Training data of kg's name recogniser, read from the shared corpora (never copied into the repository).

* ANERcorp, CAMeL Lab train split (``ANERCorp_CamelLab_train.txt``): the last ``DEV_SHARE`` of its
  sentences are held out as a development split (``carve``); the test split is never read here.
* The Wojood public sample (``train.txt``), outermost tags only, mapped PERS -> PERS, ORG -> ORG,
  GPE/LOC/FAC -> LOC; other types become O.

Each sentence is turned into what kg sees at run time: the tokens are joined into text, folded by
``kg.text.fold`` and re-tokenized with kg's ``\\w+|[^\\w\\s]``; a gold name covers the kg tokens that
overlap its words (punctuation at its edges left out). The lexicon marks are computed by kg's own
automaton pass over that text.
"""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def shared() -> Path:
    """../shared next to the repository (or next to the folder of worktrees)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "corpora").is_dir():
            return base / "shared"
    return ROOT.parent / "shared"


CORPORA = shared() / "corpora"
ANER_TRAIN = CORPORA / "anercorp" / "ANERCorp_CamelLab_train.txt"
ANER_TEST = CORPORA / "anercorp" / "ANERCorp_CamelLab_test.txt"
WOJOOD_TRAIN = CORPORA / "wojood_sample" / "train.txt"
DEV_SHARE = 0.1
WOJOOD_MAP = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """ANERcorp: one ``TOKEN TAG`` a line, sentences separated by blank lines."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, _, tag = line.rpartition(" ")
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def read_wojood(path: Path) -> list[list[tuple[str, str]]]:
    """Wojood: ``TOKEN TAG1 [TAG2 …]`` (outermost first); the outermost tag, mapped; ``$#$`` dropped."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, tag = parts[0], parts[1] if len(parts) > 1 else "O"
        if tok == "$#$":
            continue
        if tag != "O":
            typ = WOJOOD_MAP.get(tag[2:])
            tag = f"{tag[:2]}{typ}" if typ else "O"
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return [s for s in sents if s]


def carve(sents: list) -> tuple[list, list]:
    """(train, dev): the last DEV_SHARE of the sentences, contiguous, is the development split."""
    cut = int(len(sents) * (1 - DEV_SHARE))
    return sents[:cut], sents[cut:]


def gold_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) of each name in an IOB2 sequence (a stray I- starts a name)."""
    spans, start, typ = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != typ):
            if start is not None:
                spans.append((start, i, typ))
            start, typ = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


def kg_sentence(sent: list[tuple[str, str]], lex, featurizer=None):
    """(kg tokens, BIO labels over them, lexicon marks) of one corpus sentence."""
    from kg.name_model import lexicon_marks, quote_marks
    from kg.recognize import _TOKEN_RE, _candidates
    from kg.text import fold
    words = [t for t, _ in sent]
    text, wstarts = "", []
    for w in words:
        wstarts.append(len(text))
        text += w + " "
    text = text[:-1]
    folded = fold(text)
    ftext = folded.text
    spans = [m.span() for m in _TOKEN_RE.finditer(ftext)]
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    tokens = [ftext[s:e] for s, e in spans]
    # the corpus word each kg token comes from
    owner = [bisect_right(wstarts, folded.span(s, e)[0]) - 1 for s, e in spans]
    labels = ["O"] * len(tokens)
    for a, b, typ in gold_spans([g for _, g in sent]):
        ks = [k for k in range(len(tokens)) if a <= owner[k] < b and (tokens[k][0].isalnum() or tokens[k][0] == "_")]
        if not ks:
            continue
        # the kg tokens from the first to the last word token of the name (inner punctuation kept: جان - ايف)
        for n, k in enumerate(range(ks[0], ks[-1] + 1)):
            labels[k] = ("B-" if n == 0 else "I-") + typ
    cands = _candidates(ftext, lex, starts, ends, taa=lambda i: text[(j := folded.orig(i)):j + 1] == "ة")
    marks = quote_marks(text, folded, starts, ends, lexicon_marks(starts, ends, cands, lex.entities))
    return tokens, labels, marks
