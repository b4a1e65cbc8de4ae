"""Foreign names spelt back into English (kg.english_names): a word in Arabic letters -> the English word."""
import gzip
import random

import pytest

from kg import english_names as en
from kg.model import Document
from kg.recognize import analyze
from kg.text import fold_string


@pytest.mark.parametrize("arabic,english", [
    ("كامبريدج", "Cambridge"),        # a place abroad
    ("شيكاغو", "Chicago"),            # ch written ش, g written غ
    ("ويليامز", "Williams"),          # a double consonant written once, s as ز
    ("فيرغسون", "Ferguson"),
    ("ماكدونالد", "Macdonald"),
    ("ميلر", "Miller"),               # a short vowel unwritten
    ("كارلسون", "Carlson"),
    ("أوكسفورد", "Oxford"),           # x written كس, a first vowel after ا
    ("فلوريدا", "Florida"),
])
def test_foreign_words_are_spelt_as_english_writes_them(arabic, english):
    assert en.english_spelling(fold_string(arabic)) == english


@pytest.mark.parametrize("arabic,label", [
    # a foreign first name that begins with the letters of the article (Alberto, Alexei) is no al-
    ("ألبرتو فرنانديز", "Alberto Fernandes"),
    ("ألكسي بافلوف", "Alexei Pavlov"),
    # an Arabic name with the article keeps it
    ("الحسن الحسني", "Al-Hassan al-Hasani"),
])
def test_a_foreign_given_name_with_the_letters_of_the_article(arabic, label):
    from kg.translit import person_label
    assert person_label(fold_string(arabic)) == label


@pytest.mark.parametrize("arabic", [
    "سليمان", "محمود", "مقاتلين", "عسكري",   # Arabic words and names: their letters are Arabic
    "الجاكسون",                               # with the article: no foreign name
    "مستشفى", "قرية",                          # letters English never sounds (ى، ق) or too Arabic
    "كلب",                                     # three letters: too many English words fit
])
def test_arabic_words_are_not_spelt_as_english_words(arabic):
    assert en.english_spelling(fold_string(arabic)) is None


@pytest.mark.parametrize("arabic,english", [
    # an inflected or derived English word (accrued, reauthorize, expression) renders no foreign name
    ("أكراد", None),                   # "Kurds", not "Accrued"
    ("راوترز", None),                  # not "Reauthorize"
    ("اكسبرسين", "Expressen"),         # the newspaper, not "Expression"
])
def test_an_inflected_english_word_is_no_names_spelling(arabic, english):
    assert en.english_spelling(fold_string(arabic)) == english


@pytest.mark.parametrize("english,arabic,cheap", [
    ("gates", "غيتس", True),          # a before a consonant and a silent e is "ei": ي
    ("campbell", "كامبل", True),      # p and b, one letter
    ("trump", "ترامب", True),         # u as in "but": ا
    ("smerdon", "سميردون", True),
    ("london", "كامبل", False),        # other letters altogether
])
def test_the_cost_of_writing_an_english_word_in_arabic_letters(english, arabic, cheap):
    assert (en.cost(english, arabic) <= en.MAX_COST) is cheap


def test_the_skeleton_keeps_consonant_classes_only():
    assert en.skeleton("سميردون") == "SMRDN"
    assert en.skeleton("كريستيانه") == "KRSTN"       # a final ه is a vowel
    assert "SMRDN" in en.english_skeletons("smerdon")


def test_the_shipped_table_matches_the_skeletons_kg_computes():
    """The table is made by bench/labels/english_words.py with english_skeletons: a change of the
    rules without remaking the table would look words up under the wrong keys."""
    with gzip.open(en.WORDS_FILE, "rt", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    for key, word, weight, name in random.Random(7).sample(rows, 400):
        assert key in en.english_skeletons(word), (key, word)
        float(weight)
        assert name in ("0", "1")


@pytest.mark.parametrize("damage", ["missing", "garbage", "bad row"])
@pytest.mark.parametrize("which", ["WORDS_FILE", "GRAMS_FILE"])
def test_a_missing_or_damaged_table_is_a_clear_error(tmp_path, monkeypatch, damage, which):
    path = tmp_path / "table.tsv.gz"
    if damage == "garbage":
        path.write_bytes(b"not gzip at all")
    elif damage == "bad row":
        with gzip.open(path, "wt", encoding="utf-8") as f:
            f.write("# header\nonly\ttwo\n")
    monkeypatch.setattr(en, which, path)
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(en, "_TABLES", [])
    en.english_spelling.cache_clear()
    with pytest.raises(en.EnglishWordsError) as err:
        en.english_spelling(fold_string("كامبريدج"))
    assert str(path) in str(err.value)
    en.english_spelling.cache_clear()


def test_the_words_table_is_read_from_memory_where_the_cache_cannot_be_written(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked))
    monkeypatch.setattr(en, "_TABLES", [])
    en.english_spelling.cache_clear()
    assert en.english_spelling(fold_string("كامبريدج")) == "Cambridge"
    assert en._TABLES[0].db is None
    en.english_spelling.cache_clear()


def test_in_a_persons_name_given_names_and_surnames_weigh_more():
    """كلينت is Clint in a person's name; elsewhere the commoner English word may win."""
    assert en.english_spelling(fold_string("كلينت"), person=True) == "Clint"


@pytest.mark.parametrize("text,surface,label", [
    # a foreign person's surname the name dictionary lacks
    ("وقال الباحث جيمس هندرسون إن القوات تقدمت نحو المدينة.", "جيمس هندرسون", "James Henderson"),
    # a company's name
    ("قال المتحدث باسم شركة كارلسون للطاقة إن الهجوم لم يؤثر على الإنتاج.", "كارلسون", "Carlson"),
    # a facility abroad, in a sentence about a country outside the Arab world, in news of Syria
    ("قصفت الطائرات مدينة حلب السورية أمس وقتل عشرة مدنيين في حلب. ونقل جريح إلى مستشفى هندرسون في ولاية "
     "تكساس الأمريكية.", "مستشفى هندرسون", "Henderson Hospital"),
    # an English title with its article, written ذي
    ("ونقلت صحيفة «ذي ستاندرد» عن مصادر أمنية أن الهجوم أسفر عن قتيلين.", "ذي ستاندرد", "The Standard"),
])
def test_labels_of_foreign_names_in_sentences(lex, text, surface, label):
    labels = {m.text: m.entity.label_en for m in analyze(Document("t", text), lex).mentions}
    assert labels.get(surface) == label


def test_the_cli_reports_a_missing_table_on_one_line(tmp_path):
    import os
    import shutil
    import subprocess
    import sys
    article = tmp_path / "a.txt"
    article.write_text("وقال الباحث جيمس هندرسون إن القوات تقدمت نحو المدينة.", encoding="utf-8")
    env = {**os.environ, "KG_FOREIGN_GRAMS": str(tmp_path / "nowhere.tsv.gz")}
    kg = shutil.which("kg", path=os.path.dirname(sys.executable)) or "kg"
    proc = subprocess.run([kg, "build", str(article), "--out", str(tmp_path / "out"), "--workers", "2"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode != 0
    assert "nowhere.tsv.gz" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("arabic,person,wrong", [
    # a final ي is a final i: no English word that ends otherwise (a name may end in e)
    ("مالاري", False, "Malaria"),
    ("سيلوبي", False, "Salope"),
])
def test_a_final_ya_is_no_english_word_ending_otherwise(arabic, person, wrong):
    assert en.english_spelling(arabic, person) != wrong


def test_a_final_ya_may_be_a_names_final_e():
    assert en.english_spelling("دوتيرتي", True) == "Duterte"
