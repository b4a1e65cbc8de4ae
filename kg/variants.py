"""Spelling variants of a name: the same name written with or without a long vowel (ميستورا / مستورا,
بوتين / بوتن) or with another letter for a foreign g (أردوغان / أردوجان). Folding (``kg.text``) has already merged hamza and alef forms, ي/ى and ة/ه.

A name found in the text is compared with the lexicon's names word by word, by the same number of
words: each word is the same, or (not for a common first name: محمد and محمود are two names) one is
the other with long vowels ا و ي added inside it (or moved: أوغلو، أغولو), or with غ for ج, ك for ق, ش for
تش and ست for a first شت. Long vowels are what transliteration varies; the consonants stay. Words of
under four letters and short words with the article must be the same (عون, عين; الأسد, الأسود); a long
family name with the article varies like any other (البرزاني, البارزاني). Only persons' names and the
names of places, facilities, organisations and media outside the Arab world vary so: Arabic place names
are Arabic words (البصيرة is not البصرة). An organisation's name is compared without the noun before it
and the article (صحيفة الغارديان, غارديان; صحيفة ميلليت, ملليت).
A name that is a variant of two entities' names settles nothing (neither is chosen).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .arabic_words import common_word
from .text import fold_string
from .translit import _dictionary_spelling, _no_accents, english_word

_VOWELS = frozenset("اوي")
SAME_LETTERS = str.maketrans({"غ": "ج"})        # a foreign g: أردوغان، أردوجان
_FOREIGN_K = str.maketrans({"ق": "ك"})          # a foreign k: قندوز، كندوز (compared, not in ids)


def same_letters(word: str, foreign_k: bool = True) -> str:
    """A word with the letters transliteration varies made one: غ for ج (a foreign g: أردوغان، أردوجان),
    ش for تش (a foreign ch: كوبيتش، كوبيش), ست for a first شت (a German st: ستولتنبرغ، شتولتينبيرج) and,
    unless ``foreign_k`` is false (ids keep their ق), ك for ق (a foreign k: قندوز، كندوز)."""
    word = word.translate(SAME_LETTERS).replace("تش", "ش")
    if foreign_k:
        word = word.translate(_FOREIGN_K)
    return _FIRST_SHT_RE.sub("ست", word) if "شت" in word else word


_FIRST_SHT_RE = re.compile(r"(?:(?<=\s)|^)شت")

# Persons, and places, facilities, organisations and media outside the Arab world: Arabic place and
# group names are Arabic words, whose long vowels are part of the word (البصيرة is not البصرة); foreign
# names are where transliteration varies (قندوز، كندوز; هلمند، هلماند; ميلليت، ملليت).
KINDS = {"Person": "PER", "Place": "LOC", "Organization": "ORG", "Media": "ORG", "Facility": "FAC"}
# the words before an organisation's own name (صحيفة ميلليت: ميلليت), dropped to compare names
_ORG_NOUNS = frozenset({"صحيفه", "جريده", "مجله", "وكاله", "قناه", "شركه", "موقع", "مجموعه"})
ARAB_COUNTRIES = frozenset({
    "syria", "iraq", "lebanon", "jordan", "palestine", "saudi_arabia", "uae", "qatar", "kuwait", "bahrain", "oman",
    "yemen", "egypt", "libya", "tunisia", "algeria", "morocco", "mauritania", "sudan", "somalia", "djibouti",
    "comoros"})


def _initial_h(word: str) -> str:
    """A foreign name's h is written or dropped at its start (هولاند، أولاند: folded اولاند)."""
    return "ا" + word[1:] if word[:1] == "ه" and len(word) >= 5 else word


def _word_skeleton(word: str) -> str:
    word = _initial_h(word)
    if len(word) <= 2:
        return word
    return word[0] + "".join(c for c in word[1:-1] if c not in _VOWELS) + word[-1]


@lru_cache(maxsize=65536)
def skeleton(folded: str) -> str:
    """The consonant skeleton of a folded name (its words joined)."""
    return "".join(_word_skeleton(w) for w in same_letters(folded).split())


@lru_cache(maxsize=131072)
def _first_key(word: str) -> str:
    return _word_skeleton(same_letters(word))


def vowel_variant(a: str, b: str) -> bool:
    """One folded word is the other with long vowels added inside it (بوتن، بوتين), not at either end
    (الحسين، الحسيني are two names), or, in a word of five letters or more, written in another place
    (أوغلو، أغولو)."""
    a, b = same_letters(a), same_letters(b)
    if len(a) > len(b):
        a, b = b, a
    if a == b or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if len(a) == len(b) >= 5 and sorted(a) == sorted(b) and _word_skeleton(a) == _word_skeleton(b):
        return True        # a long vowel written in another place (أوغلو، أغولو): the same consonants
    i = 0
    for k, c in enumerate(b):
        if i < len(a) and a[i] == c:
            i += 1
        elif c not in _VOWELS or k in (0, len(b) - 1):
            return False
    return i == len(a)


def albu_apart(key: str) -> str:
    """A place named for a tribe (البو, "the family of") written joined to the name, written apart:
    البوفراج is البو فراج (one tribe's area, one node); not a common word that begins so (البوابة)."""
    return " ".join(f"البو {w[4:]}" if w.startswith("البو") and len(w) >= 7 and not common_word(w) else w
                    for w in key.split())


def id_form(folded: str, etype: str, given=frozenset()) -> str:
    """The form a text-found name's id is made from: the name with each word that transliteration
    varies written as its skeleton (the same words ``VariantIndex`` lets vary: four letters or more, no
    article, not a common first name), so that spellings of one foreign name in different articles
    make one node (بيتر مورر، بيتر ماورر; مستشفى سوروكا، مستشفى سيروكا). A facility's name also drops
    the article after its kind noun (دوار القادود، دوار قادود)."""
    if etype not in ("Person", "Place", "Facility"):
        return folded
    words = folded.split()
    out = []
    for k, w in enumerate(words):
        if etype == "Facility" and k and w.startswith("ال") and len(w) > 4:
            w = w[2:]
        if len(w) >= 4 and not w.startswith("ال") and w not in given:
            w = _word_skeleton(same_letters(w, foreign_k=False))
        out.append(w)
    return " ".join(out)


# words that end a name and never stand alone for it (صلاح الدين، عبد الله، عبد الله الثاني)
NAME_ENDINGS = frozenset({"الدين", "الله", "الرحمن", "الرحيم", "الثاني", "الاول", "الثالث"})


def family_without_article(words: list[str], particles) -> list[str] | None:
    """A person's name (folded words, or name units) with its family name written without the article
    (إبراهيم العسيري: إبراهيم عسيري), or None: the news writes a family name either way; not one of three
    letters (محمد خالد الحمد is not محمد حمد; الأسد is أسد, a lion), not a name's ending (الدين، الله),
    nor the word after a name particle (``particles``, words.tsv name_particle: عبد الله، أبو مهدي). Person
    ids (kg.name_shapes.person_id_key) and spelling variants of the lexicon's persons follow it."""
    last = words[-1]
    if len(words) < 2 or not last.startswith("ال") or len(last) < 6 or last in NAME_ENDINGS \
            or words[-2] in particles:
        return None
    return [*words[:-1], last[2:]]


def _own_name(form: str) -> str:
    """A foreign organisation's name without the noun before it and the article (صحيفة الغارديان:
    غارديان): the part transliteration varies."""
    words = form.split()
    if len(words) > 1 and words[0] in _ORG_NOUNS:
        words = words[1:]
    if words[0].startswith("ال") and len(words[0]) > 4:
        words[0] = words[0][2:]
    return " ".join(words)


@lru_cache(maxsize=65536)
def _english(word: str) -> str:
    """How English spells a folded first name: the name dictionary's spelling, else the English word a
    foreign name renders (kg.translit), lower case without accents; "" when neither knows it."""
    got = _dictionary_spelling(word) or english_word(word, person=True) or ""
    return _no_accents(got.lower())


def _spelt_alike(a: str, b: str) -> bool:
    """Two first names English spells the same: فيديريكا and فيدريكا (Federica), not محمد and محمود."""
    ea = _english(a)
    return bool(ea) and ea == _english(b)


class VariantIndex:
    """The lexicon's names by skeleton (the consonants: ``find`` compares only names that share one).
    ``find(folded name, type)`` is the one lexicon entity the name is a spelling variant of, or None."""

    def __init__(self, entities: dict, given_names=frozenset(), particles=frozenset()):
        by: dict[tuple[str, str], dict[str, set]] = {}
        self.particles = frozenset(particles)
        self._arab = {eid: e.country in ARAB_COUNTRIES for eid, e in entities.items() if e.type == "Person"}
        for eid, e in entities.items():
            kind = KINDS.get(e.type)
            if kind is None or kind != "PER" and (not e.country or e.country in ARAB_COUNTRIES):
                continue
            forms = {fold_string(name) for name in (e.label_ar, *e.aliases_ar)}
            if kind == "PER":
                forms |= {" ".join(b) for f in forms if (b := family_without_article(f.split(), self.particles))}
            elif kind == "ORG":
                forms = {_own_name(f) for f in forms}
            for form in forms:
                sk = skeleton(form)
                if sum(c not in _VOWELS for c in sk) < 3:
                    continue
                by.setdefault((kind, sk), {}).setdefault(form, set()).add(eid)
        self._by = by
        self.given = frozenset(given_names)
        self._opts: dict[str, tuple] = {}      # word -> _word_opts(word)
        # for scanning text: the skeletons a name of each length starts with
        self.starts: dict[str, int] = {}
        for kind, sk in by:
            for form in by[(kind, sk)]:
                words = form.split()
                first = _first_key(words[0])
                self.starts[first] = max(self.starts.get(first, 0), len(words))

    def scan(self, words: list[str]) -> list[tuple[int, int, int, str]]:
        """(first word, after the last word, length of a proclitic و ف ب ل on the first word, entity
        id) of every person's name of two or more words of the lexicon written in ``words`` (folded
        tokens) as a spelling variant; the longest first, no overlaps. (One word alone is too often
        a common word: لابد is not Lapid, فراغ not Farage.)"""
        known = self._opts
        longest: dict[str, tuple] = {}
        for w in set(words):
            opts = known.get(w)
            if opts is None:
                opts = known[w] = self._word_opts(w)
            if opts:
                longest[w] = opts
        if not longest:
            return []
        out = []
        k, n = 0, len(words)
        for at in [x for x, w in enumerate(words) if w in longest]:    # (only a word that may start a name)
            if at < k:
                continue        # inside the name found before
            k, found, w = at, None, words[at]
            for clitic, most in longest[w]:
                for m in range(min(most, n - k), 1, -1):    # one word alone is too often a word
                    span = [w[clitic:], *words[k + 1:k + m]]
                    if ("PER", "".join(map(_first_key, span))) not in self._by or not all(x.isalpha() for x in span):
                        continue
                    eid = self.find(" ".join(span), "Person")
                    if eid is not None:
                        found = (k, k + m, clitic, eid)
                        break
                if found:
                    break
            if found:
                out.append(found)
                k = found[1]
        return out

    def _word_opts(self, w: str) -> tuple:
        """(proclitic length, most words) of the lexicon names a word may start (remembered per word)."""
        if len(self._opts) > 200_000:
            self._opts.clear()
        starts = self.starts
        m = starts.get(_first_key(w), 0)
        opts = ((0, m),) if m >= 2 else ()
        if w[:1] in "وفبل" and len(w) > 4:
            m = starts.get(_first_key(w[1:]), 0)
            if m >= 2:
                opts += ((1, m),)
        return opts

    def _same_word(self, a: str, b: str) -> bool:
        if a == b:
            return True
        if min(len(a), len(b)) < 4:
            return False
        if a in self.given and b in self.given and _english(a) and _english(b):
            # two first names (محمد، محمود; سليمان، سلمان), unless English spells them alike (فيديريكا،
            # فيدريكا: Federica); a first name English cannot spell is a foreign one misspelt (فليب، نجيرفان),
            # compared by its letters
            return _spelt_alike(a, b)
        if (a[:2] == "ال" or b[:2] == "ال") and a not in self.given and b not in self.given:
            # a family name with the article varies only when long (البرزاني، البارزاني), never a short
            # Arabic word (الأسد، الأسود; العمري، العامري); a foreign first name folds to the same letters
            # (أليستير، ألستير)
            if a[:2] != b[:2] or min(len(a), len(b)) < 7:
                return False
            a, b = a[2:], b[2:]
        a, b = _initial_h(a), _initial_h(b)
        return same_letters(a) == same_letters(b) or vowel_variant(a, b)

    def find(self, folded: str, etype: str):
        kind = KINDS.get(etype)
        if kind is None:
            return None
        if kind == "ORG":
            folded = _own_name(folded)
        found = self._found(kind, folded)
        if not found and kind == "PER" and (bare := family_without_article(folded.split(), self.particles)):
            # أحمد الطعمة: the lexicon's أحمد طعمة, an Arab whose family name is written either way (not
            # محمد البوخاري, an Arabic nisba, for محمد بخاري of Nigeria)
            found = {e for e in self._found(kind, " ".join(bare)) if self._arab.get(e)}
        return next(iter(found)) if len(found) == 1 else None

    def _found(self, kind: str, folded: str) -> set:
        forms = self._by.get((kind, skeleton(folded)))
        if not forms:
            return set()
        words = folded.split()
        found = set()
        for form, eids in forms.items():
            fwords = form.split()
            if len(fwords) == len(words) and all(self._same_word(a, b) for a, b in zip(words, fwords)):
                found |= eids
        return found
