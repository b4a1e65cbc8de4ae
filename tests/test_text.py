"""Cleaning, folding with an offset map, sentence splitting."""
import random

import pytest

from kg.text import clean, fold, fold_string, segment, sentence_key


@pytest.mark.parametrize("raw,expected", [
    ("&#8220;داعش&#8221; هاجم", "“داعش” هاجم"),
    ("<p>سيطر التنظيم</p><p>على المدينة</p>", "سيطر التنظيم\n\nعلى المدينة"),
    ("قال <b>المرصد</b> إن", "قال المرصد إن"),
    ("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
    ("<script>alert(1)</script>نص", "نص"),
    ("&amp;#8220;مزدوج&amp;#8221;", "“مزدوج”"),
    ("سطر\r\nجديد", "سطر\nجديد"),
    ("ﻻ", "لا"),                      # presentation form -> letters
    ("a\u00a0\u00a0b", "a b"),
])
def test_clean(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize("text,folded", [
    ("حقّقت", "حققت"),
    ("أحمد إبراهيم آمنة", "احمد ابراهيم امنه"),
    ("مستشفى", "مستشفي"),
    ("مسؤول مسئول", "مسوول مسيول"),
    ("الجنوبيةالشرقية", "الجنوبيه الشرقيه"),   # a word ending in ة runs into the next
    ("هجومـــاً", "هجوما"),
    ("تنظيم «الدولة»", "تنظيم الدوله"),
    ("٢٠١٧", "2017"),
])
def test_fold(text, folded):
    assert fold(text).text == folded
    assert fold_string(text) == folded


def test_fold_offsets_map_back():
    text = "شنّ تنظيمُ «الدولة» هجوماً على مطارالمدينةالعسكري يوم ١٦"
    f = fold(text)
    for word in ("الدوله", "هجوما", "المدينه", "16"):
        i = f.text.index(word)
        s, e = f.span(i, i + len(word))
        assert fold_string(text[s:e]) == word


def test_fold_offsets_random_spans():
    rng = random.Random(1)
    text = "قالَ المرصدُ «السوريّ» إنّ الطائراتِ قصفتْ مدينةَ إدلبَ الجنوبيةالشرقية بـ ٣٠ غارةً."
    f = fold(text)
    for _ in range(200):
        a = rng.randrange(len(f.text))
        b = rng.randrange(a, len(f.text)) + 1
        if not f.text[a:b].strip():
            continue
        s, e = f.span(a, b)
        assert 0 <= s < e <= len(text)
        assert fold_string(text[s:e]).replace(" ", "") == f.text[a:b].strip().replace(" ", "")


def test_fold_matches_camel_tools():
    """kg's one-pass folding agrees with camel-tools' dediacritisation and normalisers (kg also folds
    the hamza seats ؤ ئ, which camel-tools leaves)."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar)
    for s in ("حقّقتْ القواتُ النظاميةُ تقدّماً", "إدلب وآستانة وأنقرة", "مستشفى الأسد", "هيئة تحرير الشام"):
        camel = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(s))))
        camel = camel.replace("ئ", "ي").replace("ؤ", "و")
        assert fold_string(s) == camel


def test_segment():
    text = "سيطر التنظيم على الحي. وقال المرصد: «قتل ٥ مدنيين». هل انتهى؟ نعم\nسطر جديد"
    spans = segment(text)
    sents = [text[s:e] for s, e in spans]
    assert sents[0] == "سيطر التنظيم على الحي."
    assert sents[-1] == "سطر جديد"
    assert "هل انتهى؟" in sents
    for s, e in spans:
        assert text[s:e].strip() == text[s:e]


def test_segment_keeps_one_letter_abbreviations():
    text = "وقالت المصادر لوكالة الأنباء الألمانية (د. ب. أ) إن القوات انسحبت. وقال ج. بوش إن الحرب انتهت."
    sents = [text[s:e] for s, e in segment(text)]
    assert sents == ["وقالت المصادر لوكالة الأنباء الألمانية (د. ب. أ) إن القوات انسحبت.",
                     "وقال ج. بوش إن الحرب انتهت."]


def test_sentence_key_ignores_punctuation():
    assert sentence_key("سيطر، التنظيم!") == sentence_key("سيطر التنظيم")
