"""Foreign names spelt back into English: بيتر سميردون is Peter Smerdon, not "Peter Samirdon".

Arabic news writes a foreign name letter for sound (ستاندرد for Standard, جاكسون for Jackson, هوروفيتز for
Horowitz). The name dictionary (arabic-name-romanizer) knows Arabic names; for a word it lacks, kg looks
for an English word that Arabic would write with these letters, in a list of English words with their
frequency (``kg/models/english_words.tsv.gz``, made from wordfreq's English list by
``bench/labels/english_words.py``). This is back-transliteration with a target-language word list
(Knight & Graehl 1998), in a simple form:

* an English word is read as sounds (``_sounds``: "ch", "sh", "th", "ck", a run of vowels …), and each
  sound may be written with a few Arabic letters, each at a cost: p as ب, w as و or (German) ف, a short
  vowel written with its long-vowel letter or not at all, a final silent e not at all;
* the cheapest writing of the word that gives the Arabic letters exactly is its cost (dynamic
  programming over the sounds and the letters);
* the candidates are the words of the same consonant skeleton (``skeleton``: letters of close sound in
  one class, vowels, و and ي left out); the cheapest within ``MAX_COST`` wins, a more frequent word
  (weighed as in ``bench/labels/english_words.py``) paying a little more, and a given name or surname
  (Faker's person lists) more again, the more in a person's name (كلينت: Clint, not "Client").

Only a word that looks foreign is spelt so (an Arabic word would become an English one: فارس "Farce"):
no letter English sounds are never written with (ع ح ض ظ ذ ط ص ق), no article, at least four letters
and three consonants (short skeletons fit too many English words), and letters likelier in foreign
names than in Arabic words (``foreignness``: naive Bayes over letter n-grams of GeoNames towns in and
outside the Arab world and of ANERcorp's common words, ``kg/models/foreign_grams.tsv.gz``).

Measured on the words of the lexicon's names that the dictionary lacks and that pass ``looks_foreign``
(913): 558 are spelt from the list, 400 of them exactly as the lexicon spells them (the dictionary
package's character model: 39 of those 558); nearer the lexicon's spelling than the model's for 442,
farther for 54 (``bench/labels/english_eval.py``). Callers: ``kg.translit`` for persons, ``kg.recognize`` for the names of
organisations, facilities and (in articles about a country outside the Arab world) places.
"""
from __future__ import annotations

import math
import os
import re
from functools import lru_cache
from pathlib import Path

from .tables import TableError, table_rows

WORDS_FILE = Path(__file__).resolve().parent / "models" / "english_words.tsv.gz"
GRAMS_FILE = Path(__file__).resolve().parent / "models" / "foreign_grams.tsv.gz"
_CACHE_VERSION = "2"
MIN_FOREIGNNESS = 10.0  # log odds of a foreign word over an Arabic one, from letter n-grams
MAX_COST = 1.5          # a word costs more than this to write so: not this name
A_AS_EI = 0.5
I_AS_AI = 0.3
U_AS_A = 0.3
U_AS_YU = 0.3
NAME_BONUS = {True: 2.0, False: 1.0}   # weight a given name or surname gains, in a person's name or another
ZIPF_WEIGHT = 0.2      # a word ten times as frequent may cost 0.2 more
# endings of inflected and derived English words (accrued, reauthorize, sadness): a word of the language's
# vocabulary, never what a foreign name written in Arabic letters renders (a person's name in the list may)
_INFLECTED = re.compile(r"(?:ed|ize|ized|ise|ised|izes|ly|ness|ment|ments|tion|tions|sion|sions|ful|less|able|ible|"
                        r"ous|ies)$")

# -- the skeleton: what an Arabic writing and the English word it renders always share -----------------
_AR_CLASS = {
    "ب": "B", "ف": "F", "ت": "T", "ط": "T", "ث": "T", "د": "D", "ض": "D", "ذ": "D", "ك": "K", "ق": "K",
    "خ": "K", "غ": "K", "ج": "K", "س": "S", "ص": "S", "ز": "S", "ش": "S", "ل": "L", "م": "M", "ن": "N",
    "ر": "R", "ه": "H", "ح": "H",
}
_NOT_ENGLISH = frozenset("عحضظذطصقء")      # letters Arabic writes English sounds with seldom or never
_ARABIC_WORD_RE = re.compile(r"[\u0621-\u064a]+")


def skeleton(arabic: str) -> str:
    """The consonant classes of a folded Arabic word: سميردون -> SMRDN (a final ه is a vowel)."""
    return "".join(_AR_CLASS.get(ch, "") for ch in (arabic[:-1] if arabic.endswith("ه") else arabic))


# -- the English word as sounds, each with the Arabic letters that write it and their cost ---------
# (Arabic, cost): cost 0 for the usual writing, more for a rarer one; a sound with "" may go unwritten
_CONS = {
    "b": (("ب", 0),), "p": (("ب", 0),), "v": (("ف", 0), ("ب", .4)), "f": (("ف", 0),), "ph": (("ف", 0),),
    "t": (("ت", 0), ("ط", .4)), "d": (("د", 0),), "th": (("ث", 0), ("ت", .3), ("ذ", .5), ("ز", .5)),
    "k": (("ك", 0), ("ق", .4)), "ck": (("ك", 0),), "q": (("ك", 0), ("ق", .2)), "kh": (("خ", 0), ("ك", .3)),
    "g": (("غ", 0), ("ج", 0), ("ق", .4), ("ك", .5)), "gh": (("غ", 0), ("", .5)), "j": (("ج", 0), ("ي", .6)),
    "s": (("س", 0), ("ز", .3), ("ص", .4)), "z": (("ز", 0), ("تس", .3), ("س", .4)), "sh": (("ش", 0),),
    "ch": (("تش", 0), ("ش", .3), ("ك", .4), ("خ", .6)), "tch": (("تش", 0),), "sch": (("ش", 0),),
    "ts": (("تس", 0), ("تز", .3)), "tz": (("تز", 0), ("تس", 0)), "x": (("كس", 0),),
    "l": (("ل", 0),), "m": (("م", 0),), "n": (("ن", 0),), "r": (("ر", 0),),
    "h": (("ه", 0), ("ح", .5), ("", .4)), "w": (("و", 0), ("ف", .3)), "y": (("ي", 0),),
    "c": (("ك", 0), ("ق", .5)), "c'": (("س", 0), ("ص", .3)),       # c' : soft c (before e, i, y)
}
_VOWEL_LETTER = {"a": "ا", "e": "ي", "i": "ي", "o": "و", "u": "و", "y": "ي"}
_DIGRAPHS = ("tch", "sch", "ch", "sh", "th", "ph", "kh", "gh", "ck", "ts", "tz")
# (looked up by length, the three-letter ones first, as _DIGRAPHS orders them)
_DIGRAPHS3 = frozenset(d for d in _DIGRAPHS if len(d) == 3)
_DIGRAPHS2 = frozenset(d for d in _DIGRAPHS if len(d) == 2)
_VOWELS = frozenset("aeiou")


def _vowel_writings(group: str, first: bool, last: bool, silent: bool = False, magic: bool = False) -> dict[str, float]:
    """``_vowel_costs`` as a dict of its own (the caller's to keep)."""
    return dict(_vowel_costs(group, first, last, silent, magic))


@lru_cache(maxsize=4096)
def _vowel_costs(group: str, first: bool, last: bool, silent: bool, magic: bool) -> tuple[tuple[str, float], ...]:
    """The Arabic writings of a run of vowels and their cost: each vowel written with its long-vowel
    letter or not at all (a run not written at all costs 0.4, two vowels 0.7, a silent e nothing), a said
    "ei" (Gates) as ي, i said "ai" (Brian) as اي, u said as in "but" (Trump) as ا; ``magic``: before a
    consonant and a silent e (Gates, Mike), where a is ي and i is اي. ا before a first vowel."""
    out: dict[str, float] = {}
    options: list[tuple[str, float]] = [("", 0.0)]
    for v in group:
        alternatives = [(_VOWEL_LETTER[v], 0.0), ("", 0.25)]
        if v == "a":
            alternatives.append(("ي", 0.0 if magic else A_AS_EI))
        elif v == "i":
            alternatives.append(("اي", 0.0 if magic else I_AS_AI))
        elif v == "u":        # u said as in "but" (Trump), or "yu" (Hughes)
            alternatives += [("ا", U_AS_A), ("يو", U_AS_YU)]
        options = [(w + x, c + y) for w, c in options for x, y in alternatives]
    for w, c in options:
        w = re.sub(r"(.)\1+", r"\1", w)              # ee, oo: one letter
        if not w:
            c = 0.0 if silent else 0.4 if len(group) == 1 else 0.7
        elif len(group) > 1 and group[0] == "a" and w[0] == "ي":      # ai, ay: اي rather than ي
            c += .3
        if first:
            w = w if w.startswith("ا") else "ا" + w
        out[w] = min(out.get(w, 9.0), c)
    if last and group == "a":
        out.setdefault("ه", 0.1)
    if last and group == "e":
        out.setdefault("ه", 0.5)
    return tuple(out.items())      # (cached: the few runs of vowels recur in every word list)


def _is_vowel(word: str, k: int) -> bool:
    """A vowel letter, or y after a consonant and before none (Kirby, Lynn), not y before a vowel (Yusuf)."""
    ch = word[k]
    return ch in _VOWELS or ch == "y" and k > 0 and (k + 1 == len(word) or word[k + 1] not in _VOWELS)


def _silent_e(word: str, k: int) -> bool:
    """A final e, or e before a final s, after a consonant that follows a vowel (Mike, Gates, Jones)."""
    rest = word[k + 1:]
    return (word[k] == "e" and rest in ("", "s") and k >= 2 and not _is_vowel(word, k - 1)
            and any(_is_vowel(word, i) for i in range(k - 1)))


@lru_cache(maxsize=65536)
def _sounds(word: str) -> tuple[tuple[tuple[str, float], ...], ...]:
    """The word's sounds in order, each as its possible (Arabic writing, cost). Two consonants Arabic
    writes with one letter are one sound (Campbell: كامبل)."""
    out: list[dict[str, float]] = []
    consonant_before = False
    k, n = 0, len(word)
    while k < n:
        ch = word[k]
        if _is_vowel(word, k):
            j = k
            while j < n and (word[j] in _VOWELS or word[j] == "y" and j + 1 < n and word[j + 1] not in _VOWELS):
                j += 1
            j = max(j, k + 1)
            group, h_after = word[k:j], False
            if j < n and word[j] == "w" and (j + 1 == n or word[j + 1] not in _VOWELS):
                group, j = group + "u", j + 1           # aw, ow, ew: a vowel (و)
            elif j < n and word[j] == "h" and (j + 1 == n or word[j + 1] not in _VOWELS):
                h_after, j = True, j + 1                # ah, oh: the h unwritten or ه
            group = group.replace("y", "i")
            magic = j + 1 < n and not _is_vowel(word, j) and word[j] not in "wyh" and _silent_e(word, j + 1)
            silent = group == "e" and (j == n or _silent_e(word, k))
            out.append(_vowel_writings(group, k == 0, j == n, silent, magic))
            if h_after:
                out.append({"": 0.0, "ه": 0.2})
            k, consonant_before = j, False
            continue
        dg = word[k:k + 3] if word[k:k + 3] in _DIGRAPHS3 else word[k:k + 2] if word[k:k + 2] in _DIGRAPHS2 else ""
        if dg:
            writings, step = dict(_CONS[dg]), len(dg)
        else:
            if ch not in _CONS:
                return ()
            step = 2 if k + 1 < n and word[k + 1] == ch else 1      # a doubled consonant: one letter
            if ch == "c" and step == 2 and k + 2 < n and word[k + 2] in "eiy":
                writings = {"كس": 0.0, "ك": 0.4}           # cc before e, i: ks
            else:
                writings = dict(_CONS["c'" if ch == "c" and k + 1 < n and word[k + 1] in "eiy" else ch])
                if ch == "y":
                    writings = {"ي": 0.0}
        if not (consonant_before and min(out[-1], key=out[-1].get) == min(writings, key=writings.get)):
            out.append(writings)                        # (pb: the letter of the sound before)
        k, consonant_before = k + step, True
    return tuple(tuple(sorted(d.items())) for d in out)


def cost(english: str, arabic: str) -> float:
    """The cheapest writing of an English word that gives these folded Arabic letters (inf if none)."""
    sounds = _sounds(english)
    if not sounds:
        return float("inf")
    n = len(arabic)
    inf = float("inf")
    best = [0.0] + [inf] * n
    for options in sounds:
        nxt = [inf] * (n + 1)
        reached = False
        for j, c in enumerate(best):
            if c == inf:
                continue
            for w, wc in options:
                if arabic.startswith(w, j):
                    e = j + len(w)
                    if c + wc < nxt[e]:
                        nxt[e] = c + wc
                        reached = True
        if not reached:
            return inf          # no writing of the sounds so far fits the letters: none of the word will
        best = nxt
    return best[n]


def english_skeletons(word: str) -> set[str]:
    """The skeletons of every Arabic writing of the word (at most a few: one per choice of letter class)."""
    keys = {""}
    for options in _sounds(word):
        classes = {skeleton(w) for w, _ in options}
        keys = {k + c for k in keys for c in classes}
        if len(keys) > 16:
            keys = set(sorted(keys)[:16])
    return keys


# -- the tables ---------------------------------------------------------------------------------------

class EnglishWordsError(TableError):
    """A table of ``kg/models`` the English spelling of foreign names reads is missing or damaged."""


_HINT = "rebuild it with: python bench/labels/english_words.py (see kg/models/README.md)"


def _rows(path: Path, fields: int):
    """The tab-separated rows of a gzipped table (comment lines left out)."""
    return table_rows(path, fields, _HINT, EnglishWordsError)


def grams(word: str) -> list[str]:
    """The letter 2-, 3- and 4-grams of a word, its ends marked."""
    s = f"<{word}>"
    return [s[i:i + n] for n in (2, 3, 4) for i in range(len(s) - n + 1)]


class _Tables:
    """The English words by skeleton (an SQLite copy in kg's cache folder, keyed by the table's content,
    made on first use; in memory where the folder cannot be written), and the letter n-grams of foreign
    and Arabic words."""

    def __init__(self, words_file: Path, grams_file: Path):
        self.pid = os.getpid()                     # (an SQLite connection does not cross a fork)
        self.memory: dict[str, list[tuple[str, float, int]]] | None = None
        self.db = self._open(words_file)
        foreign: dict[str, int] = {}
        arabic: dict[str, int] = {}
        for n, (gram, f, a) in _rows(grams_file, 3):
            try:
                foreign[gram], arabic[gram] = int(f), int(a)
            except ValueError:
                raise EnglishWordsError(grams_file, f"line {n}: a count is not a number; {_HINT}") from None
        # naive Bayes, add-half smoothing: log P(gram | foreign) - log P(gram | Arabic)
        vocab = len(foreign)
        nf, na = sum(foreign.values()) + .5 * vocab, sum(arabic.values()) + .5 * vocab
        self.log_odds = {g: math.log((foreign[g] + .5) / nf) - math.log((arabic[g] + .5) / na) for g in foreign}
        self.unseen = math.log(.5 / nf) - math.log(.5 / na)

    def _open(self, words_file: Path):
        import hashlib
        import sqlite3
        from .name_model import cache_dir
        try:
            data = words_file.read_bytes()
        except OSError as e:
            raise EnglishWordsError(words_file, f"the table is missing or unreadable ({e.strerror}); {_HINT}") from None
        cache = cache_dir() / f"english-words-{_CACHE_VERSION}-{hashlib.sha256(data).hexdigest()[:24]}.sqlite"
        if cache.exists():
            try:
                db = sqlite3.connect(f"file:{cache}?mode=ro", uri=True, check_same_thread=False)
                db.execute("SELECT word, weight, name FROM words WHERE key = ''").fetchall()
                return db
            except sqlite3.Error:
                pass                    # damaged: made again
        rows = list(self._word_rows(words_file))
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f"{cache.stem}.{os.getpid()}.tmp")
            tmp.unlink(missing_ok=True)
            with sqlite3.connect(tmp) as db:
                db.execute("CREATE TABLE words (key TEXT, word TEXT, weight REAL, name INTEGER)")
                db.executemany("INSERT INTO words VALUES (?, ?, ?, ?)", rows)
                db.execute("CREATE INDEX words_key ON words (key)")
            db.close()
            os.replace(tmp, cache)
            return sqlite3.connect(f"file:{cache}?mode=ro", uri=True, check_same_thread=False)
        except (OSError, sqlite3.Error):          # a read-only cache folder: the table in memory
            self.memory = {}
            for key, word, weight, name in rows:
                self.memory.setdefault(key, []).append((word, weight, name))
            return None

    @staticmethod
    def _word_rows(words_file: Path):
        for n, (key, word, weight, name) in _rows(words_file, 4):
            try:
                yield key, word, float(weight), int(name)
            except ValueError:
                raise EnglishWordsError(words_file, f"line {n}: the weight or name flag is not a number; {_HINT}") \
                    from None

    def words(self, key: str) -> list[tuple[str, float, int]]:
        """The (word, weight, whether a person's name) of a skeleton, the heaviest first (then alphabetical)."""
        if self.db is None:
            return sorted(self.memory.get(key, []), key=lambda r: (-r[1], r[0]))
        return self.db.execute("SELECT word, weight, name FROM words WHERE key = ? ORDER BY weight DESC, word",
                               (key,)).fetchall()

    def foreignness(self, word: str) -> float:
        return sum(self.log_odds.get(g, self.unseen) for g in grams(word))

    def spell(self, arabic: str, person: bool) -> str | None:
        best = self.best(arabic, person)
        return best[1].capitalize() if best else None

    def best(self, arabic: str, person: bool) -> tuple[float, str, int] | None:
        """(score, word, whether a person's name) of the English word that writes ``arabic`` best."""
        bonus = NAME_BONUS[person]
        best = None
        for word, weight, name in self.words(skeleton(arabic)):
            if best is not None and best[0] <= -ZIPF_WEIGHT * (weight + bonus):
                break                   # no lighter word can do better: a cost is never below 0
            if best is not None and best[0] <= -ZIPF_WEIGHT * (weight + bonus * name):
                continue                # nor can this one (no name's bonus): its cost is not worth working out
            if not name and _INFLECTED.search(word):
                continue                # (أكراد "Kurds" is no "Accrued")
            c = cost(word, arabic)
            score = c - ZIPF_WEIGHT * (weight + bonus * name)
            if c <= MAX_COST and (best is None or score < best[0]):
                best = (score, word, name)
        return best


_TABLES: list[_Tables] = []


def table_paths() -> tuple[Path, Path]:
    """The two tables: ``KG_ENGLISH_WORDS`` and ``KG_FOREIGN_GRAMS`` if set (experiments, tests), else the
    ones kg ships."""
    return (Path(os.environ.get("KG_ENGLISH_WORDS") or WORDS_FILE),
            Path(os.environ.get("KG_FOREIGN_GRAMS") or GRAMS_FILE))


def _tables() -> _Tables:
    """The tables, once per process (a worker forked after its parent read them opens its own)."""
    if not _TABLES or _TABLES[0].pid != os.getpid():
        _TABLES[:] = [_Tables(*table_paths())]
    return _TABLES[0]


def foreignness(arabic: str) -> float:
    """How much likelier a folded Arabic-script word's letters are in a foreign name than in an Arabic
    word (log odds, naive Bayes over its letter n-grams): ستاندرد 27, سلواد 1, برقين -9."""
    return _tables().foreignness(arabic)


@lru_cache(maxsize=65536)
def english_spelling(arabic: str, person: bool = False) -> str | None:
    """The English word a foreign name's folded Arabic word renders, capitalised (سميردون: Smerdon), or None
    when the word does not look foreign (``looks_foreign``, ``foreignness``) or no English word fits.
    ``person``: a word of a person's name, where given names and surnames weigh more (كلينت: Clint, not
    "Client")."""
    if not looks_foreign(arabic):
        return None
    tables = _tables()
    if tables.foreignness(arabic) < MIN_FOREIGNNESS:
        return None
    english = tables.spell(arabic, person)
    if english is not None and arabic.endswith("ي") and not english.lower().endswith(
            ("i", "y", "ie", "ee", "ey") + (("e",) if person else ())):
        return None      # a final ي is a final i: مالاري is no "Malaria", سيلوبي no "Salope" (a name may end
        #                  in e: دوتيرتي Duterte, كاغامي Kagame)
    return english


@lru_cache(maxsize=16384)
def al_given_name(arabic: str) -> str | None:
    """The foreign given name or surname a folded word beginning with the letters of the article writes
    (البرتو: Alberto, الكسندر: Alexandre, اليكس: Alex), capitalised, or None: Arabic writes such a name
    with ال, which is no article there. Only a person's name of the English lists, in a word whose
    letters look foreign."""
    if not arabic.startswith("ال") or len(arabic) < 5 or not _english_letters(arabic):
        return None
    tables = _tables()
    if tables.foreignness(arabic) < MIN_FOREIGNNESS:
        return None
    best = tables.best(arabic, person=True)
    return best[1].capitalize() if best and best[2] else None


def looks_foreign(arabic: str) -> bool:
    """A word that may render an English one: Arabic letters only, no letter English sounds are never
    written with, no article, four letters or more and three consonants."""
    return (_english_letters(arabic) and len(arabic) >= 4 and not arabic.startswith("ال")
            and len(skeleton(arabic)) >= 3)


def _english_letters(arabic: str) -> bool:
    """Arabic letters only, none of those English sounds are never written with."""
    return bool(_ARABIC_WORD_RE.fullmatch(arabic)) and not _NOT_ENGLISH.intersection(arabic)
