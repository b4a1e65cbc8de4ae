"""Build the two tables ``kg/english_names.py`` reads to spell foreign names back into English.

    pip install wordfreq==3.1.1 faker==40.63.0   # Apache-2.0 (its word lists CC BY-SA 4.0); MIT
    python bench/labels/english_words.py

* ``kg/models/english_words.tsv.gz``: the words of wordfreq's large English list (a–z only, 3 to 15
  letters), each under every consonant skeleton an Arabic writing of it can have
  (``kg.english_names.english_skeletons``), with its frequency as kg weighs it: the Zipf frequency in
  English, but at most one more than in the other European languages wordfreq lists (a name is about as
  frequent in every language's news, an English common word is not: "better" weighs less than "Peter"),
  and one less for an inflected form of a common word (cats, gets, highly: names seldom are); and
  whether it is a given name or surname of Faker's person lists (any locale), which kg weighs more.
* ``kg/models/foreign_grams.tsv.gz``: letter 2-, 3- and 4-grams of Arabic-script words of Arabic origin
  and of foreign origin, counted: the GeoNames towns of ``ontology/gazetteer/geonames.tsv`` (in Arab
  countries: Arabic origin; elsewhere but Israel: foreign) and the words ANERcorp's train split tags
  O (Arabic origin; ``../shared/corpora/anercorp``, CC BY-SA 4.0). ``kg.english_names.foreignness``
  weighs them (naive Bayes).

Deterministic: the same wordfreq version and the same files give the same tables byte for byte.
"""
from __future__ import annotations

import gzip
import importlib
import math
import pkgutil
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.english_names import GRAMS_FILE, WORDS_FILE, english_skeletons, grams  # noqa: E402
from kg.text import fold_string  # noqa: E402
from kg.variants import ARAB_COUNTRIES  # noqa: E402

ANER = ROOT.parent / "shared" / "corpora" / "anercorp" / "ANERCorp_CamelLab_train.txt"
GAZETTEER = ROOT / "ontology" / "gazetteer" / "geonames.tsv"
OTHER_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "cs", "fi", "nb", "ca")
NEITHER = frozenset({"israel", ""})       # Arab and Hebrew towns; a town of no known country
_WORD_RE = re.compile(r"[\u0621-\u064a]{3,}")
_ARTICLE_RE = re.compile(r"^(?:وال|بال|فال|لل|ال)(?=...)")


def _version() -> str:
    from importlib.metadata import version
    return version("wordfreq")


INFLECTED = 1.0      # weight taken off an inflected form of a common word (cats, gets, highly)
_SUFFIXES = ("s", "es", "ed", "ing", "ly")


def inflected(word: str, zipf: dict[str, float]) -> bool:
    """A plural, past, gerund or adverb of a common English word (zipf >= 3): names seldom are."""
    return any(word.endswith(x) and zipf.get(word[:-len(x)], 0.0) >= 3.0 for x in _SUFFIXES)


def person_names() -> frozenset[str]:
    """Given names and surnames in Latin letters of Faker's person providers (all locales), lower case."""
    import faker.providers.person as people
    names: set[str] = set()
    for loc in sorted(m.name for m in pkgutil.iter_modules(people.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "last_names", "first_names_male", "first_names_female", "last_names_male",
                     "last_names_female"):
            got = provider.__dict__.get(attr)
            if isinstance(got, (dict, list, tuple, set, frozenset)):
                names.update(n.lower() for n in got if isinstance(n, str) and re.fullmatch("[A-Za-z]{3,15}", n))
    return frozenset(names)


def english_words() -> list[str]:
    import wordfreq
    english = wordfreq.get_frequency_dict("en", "large")
    other: dict[str, float] = {}
    for lang in OTHER_LANGUAGES:
        for w, f in wordfreq.get_frequency_dict(lang, "large" if lang in wordfreq.available_languages("large")
                                                else "best").items():
            z = math.log10(f) + 9
            if z > other.get(w, 0.0):
                other[w] = z
    zipf = {w: math.log10(f) + 9 for w, f in english.items()}
    names = person_names()
    rows = []
    for w, f in english.items():
        if re.fullmatch("[a-z]{3,15}", w):
            z = round(min(zipf[w], other.get(w, 0.0) + 1.0) - INFLECTED * inflected(w, zipf), 2)
            rows.extend(f"{key}\t{w}\t{z:.2f}\t{int(w in names)}" for key in sorted(english_skeletons(w))
                        if len(key) >= 3)
    header = (f"# wordfreq {_version()} large English list (CC BY-SA 4.0, Robyn Speer et al.), "
              "and Faker's person names (MIT), built by bench/labels/english_words.py\n# skeleton\tword\tweight\tname\n")
    return [header, *(r + "\n" for r in sorted(rows))]


def origin_grams() -> list[str]:
    counts = {0: Counter(), 1: Counter()}       # 0: foreign, 1: Arabic origin
    seen: dict[str, set] = {}
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines()[2:]:
        form, _, _, country, *_ = line.split("\t")
        if country in NEITHER:
            continue
        for w in fold_string(form).split():
            w = _ARTICLE_RE.sub("", w)
            if _WORD_RE.fullmatch(w):
                seen.setdefault(w, set()).add(int(country in ARAB_COUNTRIES))
    words = {w: next(iter(v)) for w, v in seen.items() if len(v) == 1}
    for line in ANER.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] == "O":
            w = _ARTICLE_RE.sub("", fold_string(parts[0]))
            if _WORD_RE.fullmatch(w) and w not in words:
                words[w] = 1
    for w, y in sorted(words.items()):
        counts[y].update(grams(w))
    header = ("# letter n-grams of Arabic-script words: foreign (GeoNames towns outside the Arab world) and of "
              "Arabic origin (GeoNames towns of Arab countries, ANERcorp train's O words); built by "
              "bench/labels/english_words.py\n# gram\tforeign\tarabic\n")
    return [header, *(f"{g}\t{counts[0][g]}\t{counts[1][g]}\n" for g in sorted(set(counts[0]) | set(counts[1])))]


def write(path: Path, lines: list[str]) -> None:
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write("".join(lines).encode("utf-8"))
    print(f"{path.relative_to(ROOT)}: {len(lines) - 1} rows, {path.stat().st_size:,} bytes")


def main() -> None:
    if not ANER.exists():
        sys.exit(f"{ANER} is absent")
    write(GRAMS_FILE, origin_grams())
    write(WORDS_FILE, english_words())


if __name__ == "__main__":
    main()
