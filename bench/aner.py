"""Entity recognition against a gold set nobody here wrote: ANERcorp's test split (CAMeL Lab split).

    python bench/aner.py [--verbose] [--json OUT]
    python bench/aner.py --dev         # the development split carved from ANERcorp train (bench/ner/data.py);
                                       # run it with KG_NAMES_MODEL=/tmp/kg-names-dev.crfsuite (train.py --dev)

The corpus is read from ../shared/corpora/anercorp (skipped when absent; nothing of it is copied into
the project). Its whitespace tokens are joined into text (one pseudo-article per 10 sentences, so that
kg's article-level anaphora has context; one ends early before a sentence it already holds, as kg reads a
repeated sentence of an article once) and run through kg's recogniser. kg's mentions become token
spans (the tokens they overlap: ANERcorp tokens carry their clitics, وبالأردن is one token) and are
compared with the gold entities by exact span and type. kg's types map onto ANERcorp's:

    Person → PERS;  Country, Place, Facility → LOC;
    Organization, Government, ArmedGroup, InternationalOrganization, Media → ORG.

Only names count (mentions.csv kind = name): nationality adjectives (الروسية), anaphoric nominals
(التنظيم) and unnamed groups and places (سوق شعبي: an unnamed market) that kg also records as mentions
are left out, as ANERcorp does not tag them. MISC is not scored.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))           # this checkout's kg, not whichever one the environment installed
TEST = ROOT.parent / "shared" / "corpora" / "anercorp" / "ANERCorp_CamelLab_test.txt"
TYPE_MAP = {"Person": "PERS", "Country": "LOC", "Place": "LOC", "Facility": "LOC", "Organization": "ORG",
            "Government": "ORG", "ArmedGroup": "ORG", "InternationalOrganization": "ORG", "Media": "ORG"}
SCORED = ("PERS", "LOC", "ORG")


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
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


def gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, typ = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != typ):
            if start is not None and typ in SCORED:
                spans.add((start, i, typ))
            start, typ = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


def dev_sentences() -> list[list[tuple[str, str]]]:
    """The held-out end of ANERcorp's train split that the name model is tuned on (never the test split)."""
    import sys
    sys.path.insert(0, str(ROOT / "bench" / "ner"))
    from data import ANER_TRAIN, carve
    return carve(read_conll(ANER_TRAIN))[1]


def pseudo_articles(sents: list, size: int = 10) -> list[list]:
    """The sentences in runs of ``size``, a run ending early before a sentence it already holds: ANERcorp
    holds some stories twice, and kg reads a sentence repeated in one article once (a repeated paragraph),
    so two copies in one pseudo-article would count the second copy's names as missed."""
    from kg.text import fold_string, sentence_key
    out: list[list] = []
    cur: list = []
    keys: set[str] = set()
    for s in sents:
        key = sentence_key(fold_string(" ".join(t for t, _ in s)))
        if len(cur) == size or key in keys:
            out.append(cur)
            cur, keys = [], set()
        cur.append(s)
        keys.add(key)
    if cur:
        out.append(cur)
    return out


def evaluate(verbose: bool = False, sents: list | None = None) -> dict:
    from kg.lexicon import load_lexicon
    from kg.model import Document
    from kg.recognize import analyze
    lex = load_lexicon()
    sents = read_conll(TEST) if sents is None else sents
    tokens = [t for s in sents for t, _ in s]
    tags = [g for s in sents for _, g in s]
    gold = gold_spans(tags)
    pred: set[tuple[int, int, str]] = set()
    pred_text: dict = {}
    # pseudo-articles of 10 sentences; token offsets kept to map mentions back
    tok_index = 0
    for chunk in pseudo_articles(sents):
        pieces, starts = [], []
        pos = 0
        for s in chunk:
            for t, _ in s:
                starts.append(pos)
                pieces.append(t)
                pos += len(t) + 1
            pieces[-1] += "\n"
            pos += 1
        text = " ".join(pieces)
        # the text must not be cleaned differently from these offsets: kg's cleaning leaves plain text as is
        doc = Document(doc_id=f"aner-{tok_index}", text=text)
        analysis = analyze(doc, lex)
        n = len(starts)
        ends = [starts[i] + len(pieces[i].rstrip("\n")) for i in range(n)]
        for m in analysis.mentions:
            if m.kind != "name":
                continue      # the bar counts names only (mentions.csv kind = name)
            typ = TYPE_MAP.get(m.entity.type)
            if typ is None:
                continue
            first = next((i for i in range(n) if ends[i] > m.start), None)
            last = next((i for i in range(n - 1, -1, -1) if starts[i] < m.end), None)
            if first is None or last is None or last < first:
                continue
            span = (tok_index + first, tok_index + last + 1, typ)
            pred.add(span)
            pred_text[span] = m.entity.id
        tok_index += n
    result = {}
    for typ in SCORED + ("ALL",):
        g = {s for s in gold if typ == "ALL" or s[2] == typ}
        p = {s for s in pred if typ == "ALL" or s[2] == typ}
        tp = len(g & p)
        prec = tp / len(p) if p else 0.0
        rec = tp / len(g) if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        result[typ] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
                       "gold": len(g), "predicted": len(p), "correct": tp}
    # where it fails: the commonest missed and spurious strings, and type confusions
    text_of = lambda s: " ".join(tokens[s[0]:s[1]])  # noqa: E731
    pred_spans = {(s[0], s[1]): s[2] for s in pred}
    confusions = Counter((s[2], pred_spans[(s[0], s[1])]) for s in gold - pred if (s[0], s[1]) in pred_spans)
    result["_spans"] = (gold, pred, tokens)
    result["errors"] = {
        "missed": Counter(f"{text_of(s)} [{s[2]}]" for s in gold - pred).most_common(25),
        "spurious": Counter(f"{text_of(s)} [{s[2]}]" for s in pred - gold).most_common(25),
        "type_confusions(gold,pred)": [[f"{a}->{b}", n] for (a, b), n in confusions.most_common()],
        "boundary_errors": sum(1 for s in gold - pred if any(p[2] == s[2] and p[0] < s[1] and s[0] < p[1]
                                                           for p in pred - gold)),
    }
    if verbose:
        for k, v in result["errors"].items():
            print(k, v)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("--dev", action="store_true", help="score the dev split carved from the train split")
    args = ap.parse_args()
    if not TEST.exists():
        print(f"skipped: {TEST} is absent")
        return
    res = evaluate(args.verbose, dev_sentences() if args.dev else None)
    for typ in SCORED + ("ALL",):
        r = res[typ]
        print(f"{typ:5} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
              f"(gold {r['gold']}, predicted {r['predicted']}, correct {r['correct']})")
    res.pop("_spans", None)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
