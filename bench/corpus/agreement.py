"""Inter-annotator agreement of the development corpus: the ceiling kg can be judged against.

    python bench/corpus/agreement.py

For every batch annotated twice (bench/corpus/annotations/bNN.A.json and .B.json, made independently by
two annotators who saw neither kg nor each other's work), annotator B's events are scored against
annotator A's exactly as kg's output is scored against the gold: same sentence (the sentence holding
A's quote holds B's quote), same type, one-to-one. It reports event F1 (core events of either side),
type agreement on shared sentences, and role agreement over matched events (a role agrees when the two
annotators' entities share a name or Arabic form). The articles are read from ../shared/corpora.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench  # noqa: E402

_SPLIT = re.compile(r"(?<=[.!?؟\n])")


def sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for piece in _SPLIT.split(text):
        if piece.strip():
            out.append((pos, pos + len(piece)))
        pos += len(piece)
    return out


def sentence_of(text: str, spans, quote: str) -> int:
    i = text.find(quote)
    if i < 0:
        return -1
    return next((k for k, (s, e) in enumerate(spans) if s <= i < e), -1)


def names(ent: dict) -> set[str]:
    sys.path.insert(0, str(bench.EVAL))
    from score import norm_ar, norm_en
    return {norm_en(x) for x in ent.get("en", [])} | {norm_ar(x) for x in ent.get("ar", [])}


def main() -> int:
    if not (bench.ROOT.parent / "shared" / "corpora").is_dir():
        print("skipped: ../shared/corpora is absent")
        return 0
    from draw import load_corpus
    texts = {}
    for name in ("saudinewsnet_region", "saudinewsnet_syria", "arabic_fc_stance_syria"):
        texts.update({a["id"]: a["text"] for a in load_corpus(name)})
    tot = Counter()
    role_n, role_ok = Counter(), Counter()
    for fa in sorted((HERE / "annotations").glob("b*.A.json")):
        fb = fa.with_name(fa.name.replace(".A.", ".B."))
        if not fb.exists():
            continue
        A, B = (json.loads(f.read_text(encoding="utf-8")) for f in (fa, fb))

        def keyed(g):
            out = []
            for e in g["events"]:
                text = texts.get(e["doc"], "")
                spans = sentences(text)
                out.append((e["doc"], sentence_of(text, spans, e["quote"]), e))
            return out
        ka, kb = keyed(A), keyed(B)
        used = set()
        matched = []
        for da, sa, ea in ka:
            best = None
            for j, (db, sb, eb) in enumerate(kb):
                if j in used or db != da or sb != sa or sb < 0 or eb["type"] != ea["type"]:
                    continue
                score = (ea.get("trigger", "") == eb.get("trigger", "")) * 2 + bool(set(ea.get("actor") or []) and set(eb.get("actor") or []))
                if best is None or score > best[0]:
                    best = (score, j)
            if best is not None:
                used.add(best[1])
                matched.append((ea, kb[best[1]][2]))
        core_a = sum(1 for *_, e in ka if e.get("core"))
        core_b = sum(1 for *_, e in kb if e.get("core"))
        m_core = sum(1 for ea, eb in matched if ea.get("core") or eb.get("core"))
        tot["a"] += len(ka)
        tot["b"] += len(kb)
        tot["core_a"] += core_a
        tot["core_b"] += core_b
        tot["matched"] += len(matched)
        tot["matched_core_a"] += sum(1 for ea, eb in matched if ea.get("core"))
        tot["matched_core_b"] += sum(1 for ea, eb in matched if eb.get("core"))
        for ea, eb in matched:
            for role in ("actor", "target", "place"):
                ra, rb = ea.get(role) or [], eb.get(role) or []
                if isinstance(ra, str):
                    ra = [ra]
                if isinstance(rb, str):
                    rb = [rb]
                if not ra and not rb:
                    continue
                role_n[role] += 1
                na = set().union(*[names(A["entities"].get(x, {})) for x in ra]) if ra else set()
                nb = set().union(*[names(B["entities"].get(x, {})) for x in rb]) if rb else set()
                role_ok[role] += bool(na & nb)
            for num in ("killed", "wounded"):
                if ea.get(num) is None and eb.get(num) is None:
                    continue
                role_n[num] += 1
                role_ok[num] += ea.get(num) == eb.get(num)
        _ = m_core
    if not tot["a"]:
        print("no doubly annotated batch yet")
        return 0
    p = tot["matched"] / tot["b"]
    r = tot["matched"] / tot["a"]
    f1 = 2 * p * r / (p + r) if p + r else 0
    rc_a = tot["matched_core_a"] / tot["core_a"] if tot["core_a"] else 0
    rc_b = tot["matched_core_b"] / tot["core_b"] if tot["core_b"] else 0
    print(f"events: A {tot['a']} ({tot['core_a']} core), B {tot['b']} ({tot['core_b']} core), matched {tot['matched']}")
    print(f"event F1 between annotators (all events) = {f1:.3f}; A's core found by B = {rc_a:.3f}, "
          f"B's core found by A = {rc_b:.3f}")
    print("role agreement over matched events: " + ", ".join(
        f"{k} {role_ok[k]}/{role_n[k]} ({role_ok[k] / role_n[k]:.2f})" for k in role_n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
