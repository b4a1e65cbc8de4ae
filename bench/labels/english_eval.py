"""How well kg.english_names spells foreign words back into English.

    python bench/labels/english_eval.py

The words of the lexicon's names (persons, places, organisations) that the name dictionary lacks and
that ``looks_foreign`` lets through, paired with the lexicon's English word at the same position (names
of as many words in both languages). For each: the English word kg.english_names gives (if any) and the
dictionary package's character model's spelling, compared with the lexicon's word (exactly, and by
difflib's similarity ratio).
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg import english_names, translit  # noqa: E402
from kg.text import fold_string  # noqa: E402

FILES = ("persons.tsv", "places.tsv", "organizations.tsv", "world.tsv")


def pairs() -> list[tuple[str, str, bool]]:
    out, seen = [], set()
    for name in FILES:
        with open(ROOT / "ontology" / "lexicon" / name, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                ar = fold_string(row["label_ar"]).split()
                en = re.sub(r"[^A-Za-z ]", " ", row["label_en"]).split()
                if len(ar) != len(en):
                    continue
                for a, e in zip(ar, en):
                    if a not in seen and english_names.looks_foreign(a) and translit._dictionary_lacks(a):
                        seen.add(a)
                        out.append((a, e.lower(), name == "persons.tsv"))
    return out


def main() -> None:
    todo = pairs()
    model = translit._model_romanizer()
    words = [a for a, _, _ in todo]
    spelt = dict(zip(words, (s.strip().lower() for s in model.transliterate_many(words)))) if model is not None else {}
    st = Counter(words=len(todo))
    for a, truth, person in todo:
        got = (english_names.english_spelling(a, person) or "").lower()
        m = spelt.get(a, "")
        st["model exact"] += m == truth
        if not got:
            continue
        st["spelt from the list"] += 1
        st["exact"] += got == truth
        st["model exact, of those"] += m == truth
        near, model_near = (SequenceMatcher(None, x, truth).ratio() for x in (got, m))
        st["nearer than the model"] += near > model_near
        st["farther than the model"] += near < model_near
    for k, v in st.items():
        print(f"{k:>24}: {v}")


if __name__ == "__main__":
    main()
