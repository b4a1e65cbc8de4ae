"""The table of common Arabic words (kg/models/arabic_words.tsv.gz)."""
import gzip

import pytest

import kg.arabic_words as aw
from kg.text import fold_string


@pytest.mark.parametrize("word, common", [
    ("الجميع", True),        # "everyone"
    ("انتهاء", True),        # "end"
    ("المواطن", True),       # "the citizen"
    ("قرطام", False),        # a family name
    ("باوزير", False),
])
def test_common_words_are_told_from_rare_ones(word, common):
    assert aw.common_word(fold_string(word)) is common


@pytest.mark.parametrize("damage", ["missing", "garbage", "bad row"])
def test_a_missing_or_damaged_table_is_a_clear_error(tmp_path, monkeypatch, damage):
    path = tmp_path / "arabic_words.tsv.gz"
    if damage == "garbage":
        path.write_bytes(b"not gzip at all")
    elif damage == "bad row":
        with gzip.open(path, "wt", encoding="utf-8") as f:
            f.write("# header\nكلمة\tlots\n")
    monkeypatch.setattr(aw, "WORDS_FILE", path)
    with pytest.raises(aw.ArabicWordsError) as err:
        aw.common_word("كلمه")
    assert str(path) in str(err.value) and "bench/labels/arabic_words.py" in str(err.value)
