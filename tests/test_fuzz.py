"""Property-based fuzzing (Hypothesis): random bytes and random Unicode through reading and extraction.

Whatever comes in — mixed scripts, bidi controls, combining marks, presentation forms, every kind of
white space, huge tokens, Arabic with diacritics, bytes that are no text at all — reading and
extraction never raise, never hang (each example has a deadline), and every offset holds:
``text[start:end] == evidence`` for a triple, ``== mention`` for a mention, on the text as read.

Runs in well under a minute (derandomised, so CI is repeatable); KG_FUZZ_EXAMPLES=2000 explores more.
"""
import json
import os
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kg.model import Document
from kg.pipeline import process
from kg.read import read_articles
from kg.text import clean, fold, has_markup, segment

EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=10_000, derandomize=os.environ.get("KG_FUZZ_RANDOM") != "1", database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])

ARABIC_WORDS = ("سيطر تنظيم داعش على مدينة الرقة وقصفت قوات النظام دوما التقى الرئيس بشار الأسد وزير الخارجية "
                "الروسي سيرغي لافروف في دمشق وقال المرصد السوري إن هيئة تحرير الشام هاجمت إدلب «الدولة الإسلامية» "
                "حقّقت القواتُ تقدّماً ـــ").split()
PIECES = st.sampled_from(
    ARABIC_WORDS
    + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")          # harakat, tatweel
    + list("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")  # bidi controls
    + list("\u0301\u0308\u0327\u20dd")                                                 # combining marks
    + list("ﻻﻷﺍﻟﺮﻗﺔﷺﷲﹰﱞ")                                                            # presentation forms
    + list("ⅦⅫ１２３ＩＳ①²ﬁ㎞")                                                        # other NFKC changes
    + list(" \t\n\r\u00a0\u2003\u3000\u2028\u0085\x0b\x0c\x00\x07\ufeff\u200b\u200d")  # white space, controls
    + list(".،؛؟!…:«»\"()[]<>&;#") + ["&amp;", "&#8220;", "<p>", "</p>", "<b>", "<script>x</script>", "&lt;"]
    + ["ISIS", "U.S.", "د. ب. أ", "Al-Nusra", "\U0001F600", "\ud7ff", "中文", "Ελληνικά", "русский", "עברית"]
)
TOKENS = st.one_of(PIECES, st.text(min_size=1, max_size=12),
                   st.builds(lambda c, n: c * n, st.sampled_from(["ا", "x", "ـ", "\u0651", "ﻻ", " ", "،"]),
                             st.integers(1, 3000)))                                # huge tokens and runs
TEXTS = st.lists(TOKENS, min_size=1, max_size=120).map("".join)


@pytest.fixture(scope="module")
def fuzz_lex(lex):
    return lex


def check(doc: Document, res) -> None:
    text = doc.text
    for m in res.mentions:
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text, m
    for t in res.triples:
        assert 0 <= t.start <= t.end <= len(text) and text[t.start:t.end] == t.evidence, t


@FUZZ
@given(raw=TEXTS)
def test_random_unicode_extracts_with_exact_offsets(fuzz_lex, raw):
    body = clean(raw)
    if not has_markup(raw):
        assert body == raw                     # plain text is the text as read
    res = process(Document("fuzz", body), fuzz_lex)
    check(res.doc, res)


@FUZZ
@given(raw=TEXTS)
def test_fold_and_segment_map_back_into_the_text(raw):
    f = fold(raw)
    for i in range(0, len(f.text), max(1, len(f.text) // 50)):
        s, e = f.span(i, min(i + 7, len(f.text)))
        assert 0 <= s <= e <= len(raw)
    for s, e in segment(f.text):
        a, b = f.span(s, e)
        assert 0 <= a <= b <= len(raw)


@FUZZ
@given(data=st.binary(max_size=3000), name=st.sampled_from(["a.txt", "b.jsonl", "C.TXT"]))
def test_random_bytes_are_read_or_reported(fuzz_lex, tmp_path_factory, data, name):
    d = tmp_path_factory.mktemp("bytes")
    (d / name).write_bytes(data)
    for item in read_articles([d]):
        if isinstance(item, Document):
            check(item, process(item, fuzz_lex))
        else:
            assert str(item).startswith(str(d)) and "\n" not in str(item)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXTS,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=6)


@FUZZ
@given(records=st.lists(st.fixed_dictionaries({"text": TEXTS | JSON_VALUES},
                                              optional={"id": JSON_VALUES, "date": TEXTS | JSON_VALUES,
                                                        "title": JSON_VALUES, "source": JSON_VALUES}),
                        min_size=1, max_size=4),
       surrogate=st.booleans())
def test_random_jsonl_is_read_or_reported(fuzz_lex, tmp_path_factory, records, surrogate):
    d = tmp_path_factory.mktemp("jsonl")
    lines = [json.dumps(r, ensure_ascii=surrogate) for r in records]
    if surrogate:                                  # a lone surrogate escape, which no file can hold
        lines[0] = lines[0].replace('"text": "', '"text": "\\udce9', 1)
    (d / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for item in read_articles([d]):
        if isinstance(item, Document):
            item.text.encode("utf-8")              # writable everywhere
            check(item, process(item, fuzz_lex))
        else:
            assert "\n" not in str(item)
