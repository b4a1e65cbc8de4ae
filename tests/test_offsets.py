"""Offsets point into the article text as read: Unicode normalisation (NFKC: presentation forms, the
lam-alef ligature, Roman numerals, fullwidth digits …) happens on an internal copy with an offset map,
never on the text itself. Checked on the original input: ``raw[m.start:m.end] == m.text`` for every
mention and ``raw[t.start:t.end] == t.evidence`` for every triple."""
import csv
import json
import unicodedata

import pytest

from kg.pipeline import build, extract_text, process
from kg.read import read_articles

from .conftest import SEEDS


def _forms() -> dict:
    """Arabic letter -> {isolated, initial, medial, final} presentation form (U+FE70–U+FEFF)."""
    out: dict = {}
    for cp in range(0xFE80, 0xFEFD):
        ch = chr(cp)
        base = unicodedata.normalize("NFKC", ch)
        name = unicodedata.name(ch, "")
        if len(base) != 1:
            continue
        for shape in ("ISOLATED", "INITIAL", "MEDIAL", "FINAL"):
            if name.endswith(shape + " FORM"):
                out.setdefault(base, {})[shape] = ch
    return out


FORMS = _forms()
NON_JOINING_NEXT = set("اأإآدذرزوؤة")      # letters that do not join to the letter after them


def presentation(text: str) -> str:
    """``text`` as scraped from a PDF: every Arabic letter in its contextual presentation form."""
    out = []
    for i, ch in enumerate(text):
        forms = FORMS.get(ch)
        if not forms:
            out.append(ch)
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        joins_prev = prev in FORMS and prev not in NON_JOINING_NEXT
        joins_next = nxt in FORMS and ch not in NON_JOINING_NEXT
        shape = {(False, False): "ISOLATED", (False, True): "INITIAL", (True, True): "MEDIAL",
                 (True, False): "FINAL"}[(joins_prev, joins_next)]
        out.append(forms.get(shape) or forms.get("ISOLATED") or ch)
    return "".join(out)


def check_offsets(raw: str, res) -> None:
    assert res.doc.text == raw
    for m in res.mentions:
        assert raw[m.start:m.end] == m.text, m
    for t in res.triples:
        assert raw[t.start:t.end] == t.evidence, t


def triples_of(res) -> set:
    return {(t.actor.id, t.relation_class, t.target.id) for t in res.triples}


BASE = "سيطر تنظيم داعش على مدينة الرقة. وقصفت قوات النظام مدينة دوما."


@pytest.mark.parametrize("raw", [
    "Ⅶ غارات على تنظيم داعش. " + BASE,                        # a Roman numeral (3 letters under NFKC)
    "ﻻ يزال الوضع متوترا. " + BASE,                            # the lam-alef ligature (2 letters)
    "قتل ２٠ مدنيا و１２ جريحا في ⅩⅡ غارة. " + BASE,               # fullwidth digits, Roman numerals
    "ﷺ ﷲ ﹰ ㎞ ﬁ ① ² " + BASE,                                 # long expansions, marks, symbols
    "\u00a0\u00a0" + BASE.replace(" ", "\u2003", 3) + "\u3000\r\n",  # white space of every kind
    "\ufeff\u200f" + BASE.replace("داعش", "دا\u200dعش"),        # zero-width and bidi characters
], ids=["roman-numeral", "lam-alef", "fullwidth-digits", "expansions", "white-space", "zero-width"])
def test_offsets_index_the_text_as_read(lex, raw):
    res = extract_text(raw, lex)
    check_offsets(raw, res)
    assert ("isis", "CONTROL", "raqqa") in triples_of(res), triples_of(res)


def test_presentation_forms_are_read_and_offsets_stay_exact(lex):
    raw = presentation(BASE)
    assert raw != BASE and unicodedata.normalize("NFKC", raw) == BASE
    res = extract_text(raw, lex)
    check_offsets(raw, res)
    assert triples_of(res) == triples_of(extract_text(BASE, lex))
    assert any(m.entity.id == "isis" for m in res.mentions)


def test_seed_with_a_roman_numeral(lex):
    """Seed 002 starts with "Ⅶ": its offsets used to be two off (NFKC made it "VII")."""
    path = SEEDS / "002_12267a34fe978af7.txt"
    raw = path.read_text(encoding="utf-8")
    assert raw.startswith("Ⅶ")
    doc = next(d for d in read_articles([path]))
    res = process(doc, lex)
    check_offsets(raw, res)
    assert res.triples


def test_outputs_quote_the_file(tmp_path):
    """triples.csv and mentions.csv offsets index the file's text (a UTF-8 BOM removed)."""
    src = tmp_path / "in"
    src.mkdir()
    raw = "Ⅶ " + presentation("شن تنظيم داعش هجوما على مطار دير الزور العسكري.") + " ﻻ " + BASE
    (src / "a.txt").write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    line = json.dumps({"id": "j", "text": raw}, ensure_ascii=False)
    (src / "b.jsonl").write_text(line + "\n", encoding="utf-8")
    out = tmp_path / "out"
    build([src], out_dir=out, workers=1)
    with open(out / "triples.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["doc_id"] for r in rows} == {"a", "j"}
    for r in rows:
        assert raw[int(r["start"]):int(r["end"])] == r["evidence"]
    with open(out / "mentions.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            assert raw[int(r["start"]):int(r["end"])] == r["text"]


def test_a_roman_numeral_is_not_an_acronym(lex):
    """Ⅶ folds to "vii" for matching, but it is no Latin acronym naming an organisation."""
    from kg.model import Document
    from kg.recognize import analyze
    mentions = analyze(Document("t", "Ⅶ قصفت الطائرات الروسية مدينة حلب، وقالت CNN إن القصف استمر."), lex).mentions
    assert not any(m.text == "Ⅶ" for m in mentions)
    assert any(m.text == "CNN" for m in mentions)
