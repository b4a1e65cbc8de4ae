"""English labels for entities no lexicon lists: persons ("Khaled al-Obeidi"), places ("al-Jafra").

Persons: ``person_label`` (fast, during extraction) looks the name up as the lexicon's persons spell
its words (``use_spellings``), then in arabic-name-romanizer's dictionary of real-world Latin spellings
(Wikidata and other CC0 sources), word by word where the whole name is not there, and falls back to
``romanize``. On 60 persons of the lexicon the dictionary gives the lexicon's English label exactly for
18-20 and nearly (similarity >= 0.8) for 42, against 1 and 26 for ``romanize``
(``bench/labels/romanize_eval.py``). After extraction, ``model_labels`` respells, one batch per chunk of
documents, the names with a word neither knows by that package's character model (ONNX).

Unvocalised Arabic does not say which short vowels a name has, so this is a guess that reads well
in English news style, not a scholarly transliteration and not Buckwalter: the article becomes
"al-" (assimilated before sun letters is not attempted), long vowels are written, and a short "a" is
inserted between two consonants where English needs a vowel.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .english_names import al_given_name, english_spelling
from .text import fold_string

_CONS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'",
}
_SPECIAL_WORDS = {
    "عبد": "Abd", "ابو": "Abu", "ابي": "Abi", "بن": "bin", "ابن": "Ibn", "بنت": "bint", "ام": "Umm",
    "الله": "Allah", "الدين": "al-Din", "محمد": "Muhammad", "احمد": "Ahmad", "علي": "Ali",
    "حسن": "Hassan", "حسين": "Hussein", "عمر": "Omar", "خالد": "Khaled", "سعيد": "Said",
    "ابراهيم": "Ibrahim", "يوسف": "Yusuf", "مصطفى": "Mustafa", "مصطفي": "Mustafa", "مصطفا": "Mustafa", "عثمان": "Othman",
    "جبل": "Jabal", "تل": "Tal", "دير": "Deir", "عين": "Ain", "كفر": "Kafr", "بير": "Bir", "راس": "Ras",
    "ديرالزور": "Deir ez-Zor", "وادي": "Wadi", "نهر": "Nahr", "سد": "Sadd", "باب": "Bab",
}


_ROMANIZER: list = []
_SPELLINGS: list = [()]          # (Arabic word, English spelling) pairs that win over the dictionary


def use_spellings(pairs: tuple[tuple[str, str], ...]) -> None:
    """Spell name words as these pairs say first (the lexicon's persons: ``Lexicon.name_spellings``).
    Labels made with other pairs are forgotten."""
    if pairs is _SPELLINGS[0] or pairs == _SPELLINGS[0]:
        return
    _SPELLINGS[0] = pairs
    _ROMANIZER.clear()
    _MODEL.clear()
    _MODEL_LABELS.clear()
    _BY_RULES.clear()
    _MADE.clear()
    person_label.cache_clear()
    _dictionary_label.cache_clear()
    _dictionary_spelling.cache_clear()
    _hamza_restored.cache_clear()


def _user_dictionary():
    from arabic_name_romanizer.lookup import UserDictionary
    return UserDictionary.from_pairs(_SPELLINGS[0])


def _romanizer():
    """arabic-name-romanizer's dictionary (no ONNX model), or None when the package is absent."""
    if not _ROMANIZER:
        try:
            from arabic_name_romanizer.api import Transliterator
            tr = Transliterator(auto_load_model=False, user_dictionary=_user_dictionary())
            tr.index = _english_news_index(tr.index)
            _ROMANIZER.append(tr)
        except Exception:         # not installed, or its index cannot be read: kg's own romanization
            _ROMANIZER.append(None)
    return _ROMANIZER[0]


def _two_names(latin: str, key: str) -> bool:
    """A dictionary row that spells one family name with the article as two names (الصرخي "Hassani
    Sorkhi": a man's two family names, paired with one of them); "Al Sarkhi" is one."""
    if " " in key or not key.startswith("ال"):
        return False
    words = latin.replace("-", " ").split()
    if words and words[0].lower() in ("al", "el"):
        words = words[1:]
    return len(words) > 1


def _english_news_index(index):
    """The name dictionary, reading an Arabic name of a country outside North Africa and the
    Persian-script world (or with no country) as the Mashriq spells it. Its rows are mostly Algerian,
    Moroccan and Tunisian, in French spelling ("Rached", "Cherif", "Abou"), which English news uses for
    North Africans only; a name the Mashriq rows lack keeps every row. This holds in a Mashriq country's
    news too: a Saudi زايد is Zayed (its Gulf rows), not "Zaied" (one Algerian row of a whole name, which
    the package weighs above the words' rows).
    Lookups are cached."""
    if index is None:
        return None
    from arabic_name_romanizer.lookup import NameIndex, aggregate, region_of

    def mashriq(rows: list, key: str, country: str | None, script: str, whole: bool = False) -> list:
        # a name is sometimes paired with another's spelling (المساري "Aldallal", اليعقوبي "Camara"): a
        # spelling seen once or twice without the name's consonants is no reading of it
        rows = [r for r in rows if (r[3] >= _TRUSTED or same_consonants(r[0], key)) and not _two_names(r[0], key)]
        if script != "arabic" or region_of(country) in ("maghreb", "persian"):
            return rows
        east = [r for r in rows if region_of(r[1]) == "mashriq"]
        # one word as a whole name only North Africans were recorded with: the word's own rows spell it
        return east or ([] if whole and " " not in key else rows)

    class EnglishNewsIndex(NameIndex):
        def __init__(self, conn):         # shares the package's open, read-only connection
            self.path, self.conn = index.path, conn

        @lru_cache(maxsize=65536)
        def lookup_full(self, key: str, country: str | None = None, script: str = "arabic"):
            rows = self.conn.execute(
                "SELECT latin, country, '', count, source FROM full_names WHERE arabic_key = ?", (key,)).fetchall()
            return aggregate(mashriq(rows, key, country, script, whole=True), country, None, script)

        @lru_cache(maxsize=65536)
        def lookup_unit(self, key: str, country: str | None = None, role: str | None = None,
                        script: str = "arabic"):
            rows = self.conn.execute(
                "SELECT latin, country, role, count, source FROM units WHERE arabic_key = ?", (key,)).fetchall()
            return aggregate(mashriq(rows, key, country, script), country, role, script)

    return EnglishNewsIndex(index.conn)


@lru_cache(maxsize=65536)
def person_label(arabic: str, country: str | None = None) -> str:
    """A person's name as English news would spell it: 'سامي الجميل' -> 'Sami Gemayel'. ``country``: the
    ISO code of the country the article is about, whose spellings the name dictionary prefers (نايف
    البكري in Yemeni news is Nayef al-Bakri; with no country the dictionary's commonest spelling, often
    North African: "Nayef El Bekri")."""
    made = arabic
    arabic = " ".join(_hamza_restored(w) for w in arabic.split())
    # a country's spellings are fewer, and some are wrong (an Iraqi العمري spelt "al-Asadi"): taken only
    # where they have the consonants of the letters (al-Bakri for البكري), else of the commonest spelling
    local = _dictionary_label(arabic, country) if country else None
    if local and _latin_key(local) == _latin_key(romanize(arabic)):
        label = local
    else:
        label = _dictionary_label(arabic)
        if local and label and _latin_key(local) != _latin_key(label):
            local = None
        label = local or label or romanize(arabic)
    if not label.isascii():    # al-Muradí: English news writes Arabic names without accents
        label = _no_accents(label)
    words = label.split()      # a name's words begin with a capital ("abou Ali", "al bakri"), not its particles
    label = " ".join(w.lower() if k and w in ("Bin", "Ibn", "Bint") else      # Hadi bin Ali, not "Bin"
                     _particle_word(w, k) if w.split("-")[0].lower() in ("al", "el") and "-" in w else
                     w if k and w.split("-")[0] in _LOWER_PARTICLES else w[:1].upper() + w[1:]
                     for k, w in enumerate(words))
    _MADE.setdefault(made, set()).add(no_doubles(label))
    if arabic in _BY_RULES:
        _BY_RULES.add(made)        # (model_labels is asked with the name as found)
    return label


@lru_cache(maxsize=65536)
def _hamza_restored(word: str) -> str:
    """A name's word as the name dictionary knows it, with the hamza on و that folding took away (رووف:
    رؤوف "Raouf", مونس: مؤنس "Moenes", مويد: مؤيد "Moayad"), where the dictionary lacks the folded word and
    knows the other; else the word."""
    if word.startswith("ال") and len(word) > 4:
        return "ال" + _hamza_restored(word[2:])      # (عبد الرووف: عبد الرؤوف)
    if len(word) < 3 or "و" not in word[1:-1] or _dictionary_spelling(word) is not None:
        return word
    for k in range(1, len(word) - 1):
        if word[k] == "و" and _dictionary_spelling(other := word[:k] + "ؤ" + word[k + 1:]) is not None:
            return other
    return word


_TRUSTED = 3     # a spelling the dictionary has seen this often is kept whatever its letters (Cisse for سيسي)


@lru_cache(maxsize=65536)
def same_consonants(label: str, arabic: str) -> bool:
    """Whether a dictionary spelling has, mostly, the consonants of the Arabic letters (a few of its
    rows pair a name with another's spelling: المساري "Aldallal", العينين "Maalainaine")."""
    from difflib import SequenceMatcher
    a, b = _latin_key(label), _latin_key(romanize(arabic))
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.75


def _particle_word(word: str, k: int) -> str:
    """al-Ahmadi inside a name, Al-Ahmadi first: the article lower-case, the name after it capitalised
    (the dictionary writes "Al-ahmadi", "al-houthi")."""
    art, rest = word.split("-", 1)
    return f"{art.capitalize() if k == 0 else art.lower()}-{rest[:1].upper()}{rest[1:]}"


@lru_cache(maxsize=65536)
def _dictionary_label(arabic: str, country: str | None = None) -> str | None:
    """The name dictionary's spelling of a name (three words at a time), or None. Cached: person_label
    asks for a name with no country after asking with the article's, and model_labels asks again (its
    ``_BY_RULES`` entry is made on the first call, and cleared with this cache)."""
    tr = _romanizer()
    if tr is None or not re.search(r"[\u0621-\u064a]", arabic):
        return None
    spelled = [_spelled_units(tr, c, country) if particle is None else _spelled_particle(tr, c, particle, country)
               for c, particle in _particle_chunks(arabic, country)]
    if not all(text for text, _ in spelled):
        return None
    if any(rules for _, rules in spelled):
        _BY_RULES.add(arabic)      # model_labels can do better
    return " ".join(" ".join(text for text, _ in spelled).split())


# name particles as English news of the Mashriq writes them. The dictionary spells a particle with
# the name after it as one unit, Maghreb-style or from a few noisy rows (أبو ماريا "Abou Maria", بن حسن
# "Ben Hassen", and "Hassan" with no "bin" at all); outside North Africa kg spells them apart
# "son of" as English news of the Gulf and of history writes it: the character model glues it to the
# father's name Maghreb-style (عقبة بن نافع: "Okba Bennafa"), so it is spelled apart
_SON_OF_EN = {"بن": "bin", "ابن": "ibn", "بنت": "bint"}
_PARTICLES_EN = {**_SON_OF_EN, "ابو": "Abu", "ابي": "Abi", "ام": "Umm"}


def _particle_chunks(arabic: str, country: str | None) -> list[tuple[str, str | None]]:
    """``_chunks3`` of a name, each with None; outside North Africa a particle and the word after it
    are a chunk of their own, with the particle (folded): "son of" after a first name (not the Hebrew
    بن of بن غفير in Israeli news), أبو and أم anywhere."""
    from arabic_name_romanizer.lookup import region_of
    if region_of(country) == "maghreb":
        return [(c, None) for c in _chunks3(arabic)]
    words = _ABD_ART_RE.sub("عبد", arabic).split()      # بن عبد الرحمن: the particle and one name
    out: list[tuple[str, str | None]] = []
    run: list[str] = []
    k = 0
    while k < len(words):
        f = fold_string(words[k])
        if f in _PARTICLES_EN and k + 1 < len(words) and (k > 0 and country != "IL" or f not in _SON_OF_EN) \
                and fold_string(words[k + 1]) not in _PARTICLES_EN:
            if run:
                out += [(c, None) for c in _chunks3(" ".join(run))]
            out.append((f"{words[k]} {words[k + 1]}", f))
            run = []
            k += 2
            continue
        run.append(words[k])
        k += 1
    if run:
        out += [(c, None) for c in _chunks3(" ".join(run))]
    return out


def _spelled_particle(tr, chunk: str, particle: str, country: str | None) -> tuple[str, bool]:
    """A particle and its name. "Son of" and the father's name as the dictionary spells that name
    alone, where it knows it (its rows for بن حسن are Tunisian "Ben Hassen", or "Hassan" without the
    "bin"); else, and for أبو and أم, the two as the dictionary spells them together (أبو زهري, بن لادن),
    with the particle as English news writes it (Abou Zahri -> Abu Zahri)."""
    en = _PARTICLES_EN[particle]
    name, name_rules = _spelled_units(tr, chunk.split(None, 1)[1], country)
    if particle in _SON_OF_EN and name and not name_rules:
        return f"{en} {name}", False
    text, rules = _spelled_units(tr, chunk, country)
    mended = _english_head(text, particle)
    if mended:
        return mended, rules
    return (f"{en} {name}" if name else ""), name_rules


def _english_particle(chunk: str, text: str) -> str:
    """The character model's spelling of a chunk that starts with أبو or أم, with the particle as
    English news writes it (Abou Zahri -> Abu Zahri)."""
    particle = fold_string(chunk.split()[0]) if chunk.strip() else ""
    return (particle in ("ابو", "ام") and _english_head(text, particle)) or text


def _english_head(text: str, particle: str) -> str | None:
    """A spelling of a particle and its name with the particle as English news writes it ("Abou Zahri"
    -> "Abu Zahri"), or None when it does not begin with a spelling of a particle."""
    head, _, rest = text.partition(" ")
    if rest and head.lower().replace("-", "") in _PARTICLE_SPELLINGS:
        return f"{_PARTICLES_EN[particle]} {rest}"
    return None


_PARTICLE_SPELLINGS = frozenset({"abu", "abou", "abo", "bou", "bu", "ben", "bin", "ibn", "ebn", "bent", "bint",
                                 "abi", "abbi", "umm", "um", "om", "oum", "omm"})


_LOWER_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "van", "von", "der", "la", "le", "du", "da", "di"})


@lru_cache(maxsize=65536)
def _latin_key(label: str) -> str:
    """A Latin spelling's consonants, with the letters spellings of one Arabic name vary in made one: El
    Bekri, al-Bakri -> "slmbkr" for سالم البكري; Chennaoui, Shenawy."""
    s = _no_accents(label.lower())
    s = re.sub(r"\b(?:abd|abdu|abde)[ -]?(?:al|el|ul|l)[ -]?", "abd ", s)
    s = re.sub(r"\b(?:al|el)[ -]", " ", s)
    s = re.sub(r"c(?=[eiy])", "s", s)        # Cisse: a soft c
    for a, b in (("ph", "f"), ("ch", "s"), ("sh", "s"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("ou", "w"),
                 ("dj", "j"), ("g", "j"), ("v", "f"), ("p", "b"), ("x", "ks")):
        s = s.replace(a, b)
    s = re.sub(r"[aeiouywh'`\-\s]", "", s.translate(_KEY_LETTERS))
    return re.sub(r"(.)\1+", r"\1", s)


_KEY_LETTERS = str.maketrans("qcz", "kks")


def _vowel_blind(label: str) -> str:
    """A Latin spelling without its vowels and with French digraphs in English (ch, dj, ou: sh, j, w), its
    consonants kept apart (al-Bilaoui, al-Bilawi -> "lblw"; not McCain, Mekin; Rafik, Rafiq)."""
    s = _no_accents(label.lower())
    for a, b in (("ch", "sh"), ("dj", "j"), ("ou", "w")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyw'`\-\s]", "", s))


def _no_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def made_by_person_label(arabic: str, label: str) -> bool:
    """Whether ``label`` is a spelling ``person_label`` gave the name in this process (not a title's or a
    user's label): model_labels may respell it."""
    return label in _MADE.get(arabic, ())


_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f' .-]+")     # a spelling in Latin letters (accents too)
_MODEL: list = []
_MODEL_LABELS: dict[str, str] = {}
_BY_RULES: set[str] = set()       # names person_label spelled with a word the dictionary lacks
_MADE: dict[str, set[str]] = {}   # name -> the labels person_label gave it (with any country)


def _model_romanizer():
    """arabic-name-romanizer with its character model (ONNX, one thread per worker process) for the
    words its dictionary lacks, or None without onnxruntime."""
    if not _MODEL:
        try:
            from arabic_name_romanizer.api import Transliterator, default_resources_dir
            res = default_resources_dir()
            persian = res / "persian"
            model = _length_batched_model()
            tr = Transliterator(
                auto_load_model=False, model=model(res, intra_op_threads=1), user_dictionary=_user_dictionary(),
                persian_model=model(persian, intra_op_threads=1) if persian.is_dir() else None)
            tr.index = _english_news_index(tr.index)
            _MODEL.append(tr)
        except Exception:         # onnxruntime missing, or the model cannot be read: the dictionary's spelling
            _MODEL.append(None)
    return _MODEL[0]


def _length_batched_model():
    """The package's ONNX model, decoding words of one encoded length per batch. Padding a shorter
    word changes its beam search (measured: 88 of 420 names spelled differently alone and in one
    batch), so the spelling would depend on which documents shared a worker's chunk; without padding
    a word's spelling is the same in any batch (tests/test_variants.py)."""
    from arabic_name_romanizer.inference import OnnxModel, beam_search, encode_source_ids, rerank

    class LengthBatched(OnnxModel):
        def _decode(self, items, country):
            src = [encode_source_ids(self.vocab, u, country, r) for u, r in items]
            groups: dict[int, list[int]] = {}
            for i, ids in enumerate(src):
                groups.setdefault(len(ids), []).append(i)
            out: list = [None] * len(items)
            for _, idx in sorted(groups.items()):
                hyps = beam_search(self.backend, [src[i] for i in idx], self.vocab, self.beam_width,
                                   self.max_len, self.length_alpha)
                if self.prior is not None and self.prior_weight > 0:
                    hyps = [rerank(h, country, self.prior, self.prior_weight) for h in hyps]
                for i, h in zip(idx, hyps, strict=True):
                    out[i] = h
            return out

    return LengthBatched


def has_name_model() -> bool:
    """Whether person labels can use the character model (a cached build depends on it)."""
    import importlib.util
    return importlib.util.find_spec("onnxruntime") is not None


def _spelled_units(tr, chunk: str, country: str | None = None) -> tuple[str, bool]:
    """The dictionary's spelling of up to three words, and whether a word of it was not in the
    dictionary (spelled by letter rules: كامبل -> "Kamabal")."""
    try:
        got = tr.transliterate(chunk, top_k=4, country=country)
    except Exception:
        return "", False
    if not got:
        return "", False
    best = got[0]
    ties = [g for g in got[1:] if g.score == best.score and _vowel_blind(g.text) == _vowel_blind(best.text)]
    if ties:
        # spellings seen as often, of the same consonants (al-Bilaoui, al-Bilawi): the one nearest the
        # letters as English writes them (kg's romanize), not the first in alphabetical order
        from difflib import SequenceMatcher
        def letters(text: str) -> str:
            return re.sub("[^a-z]", "", text.lower())
        key = letters(romanize(chunk))
        best = max([best, *ties], key=lambda g: SequenceMatcher(None, letters(g.text), key).ratio())
    text = best.text.strip()
    if not _LATIN_RE.fullmatch(text or "!"):
        return "", False
    rules = False
    for u in best.units:
        if u.source == "rules":
            # a word the dictionary lacks: the English word a foreign name renders (سميردون: Smerdon),
            # else the letter rules' spelling, which model_labels may better
            english = english_word(fold_string(u.arabic), person=True)
            if english and u.latin in text:
                text = text.replace(u.latin, english, 1)
            else:
                rules = True
    return text, rules


@lru_cache(maxsize=65536)
def _dictionary_spelling(word: str) -> str | None:
    """The name dictionary's spelling of one word, or None where it lacks the word (its letter rules
    spell it)."""
    tr = _romanizer()
    try:
        got = tr.transliterate(word, top_k=2) if tr is not None else None
    except Exception:
        return None
    if not got or any(u.source == "rules" for u in got[0].units):
        return None
    return got[0].text.strip()


def _dictionary_lacks(word: str) -> bool:
    return _dictionary_spelling(word) is None


def english_word(word: str, person: bool = False) -> str | None:
    """The English word a foreign name's folded word renders (kg.english_names.english_spelling), or
    None. Where the name dictionary knows the word, only its own spelling (جاكسون: Jackson): فارس is
    Fares, a name, not "Farce"."""
    english = english_spelling(word, person) or (al_given_name(word) if person else None)
    if english is None:
        return None
    known = _dictionary_spelling(word)
    return english if known is None or known.lower() == english.lower() else None


_ABD_ART_RE = re.compile(r"(?:(?<=\s)|^)عبد\s+(?=ال)")


def _chunks3(arabic: str) -> list[str]:
    # عبد الله، عبد العزيز: one name in two words, spelled as one (Abdullah, not "Abd Allah" split
    # across two of the dictionary's three-word lookups)
    words = _ABD_ART_RE.sub("عبد", arabic).split()
    words = [w for w in words if w not in ("-", "–")]
    # the dictionary weighs every combination of its readings of every word (exponential in the
    # number of words): a long name is spelled three words at a time, a chunk never ending on بن, أبو
    # or آل (spelled alone, بن became "Ben-Haim")
    chunks: list[str] = []
    k = 0
    while k < len(words):
        n = min(3, len(words) - k)
        while n > 1 and k + n < len(words) and fold_string(words[k + n - 1]) in _LINKS:
            n -= 1
        chunks.append(" ".join(words[k:k + n]))
        k += n
    return chunks


_LINKS = frozenset({*_PARTICLES_EN, "ال", "عبد"})


def _model_chunks(name: str) -> list[str]:
    """``_chunks3`` of a name, with بن, ابن and بنت chunks of their own (spelled bin, ibn, bint), and a
    chunk starting at أبو or أم (whose spelling ``_english_particle`` mends: سامي | أبو زهري)."""
    out: list[str] = []
    for chunk in _chunks3(name):
        cur: list[str] = []
        for w in chunk.split():
            if (f := fold_string(w)) in _SON_OF_EN:
                if cur:
                    out.append(" ".join(cur))
                out.append(f)
                cur = []
            elif f in ("ابو", "ام") and cur:
                out.append(" ".join(cur))
                cur = [w]
            else:
                cur.append(w)
        if cur:
            out.append(" ".join(cur))
    return out


# The character model spells as the country it is given spells (it learnt the dictionary's rows with
# their country). With none it writes the North African, French spelling of most of its rows: شايف
# "Chaif", المجوسي "Mejoussi", قعيم "Guaim". kg spells as English news of the Mashriq does (as
# _english_news_index does for the dictionary), so the model is given a Gulf country: Shayef,
# Al-Majousi, Qaim. Measured on the 149 lexicon persons with a word the dictionary lacks
# (bench/labels/romanize_eval.py --model): near the lexicon's label 88 with no country, 89-92 with one
# of the Mashriq (SA 89, JO 90, EG 92; EG writes ج as g: "Maged"); on 60 persons of the regional articles
# read side by side SA's spellings were the nearest to the region's English press (Qassem Al-Fahdawi,
# Othman bin Nasser, Abdulnasser).
MODEL_COUNTRY = "SA"


def model_labels(names) -> dict[str, str]:
    """Better labels for persons whose name has a word the dictionary lacks: those words are spelled
    by the package's character model (جون كامبل: "John Cambel", not "John Kamabal"; كريستوفر ستيفنز:
    "Christofr Stepnes", not "Karisatoufar Satifanaz"), all of them in one batch. Names the dictionary
    spells whole, or that nothing improves, are left out. Measured on the 242 lexicon persons with
    such a word: near the lexicon's English label (similarity >= 0.8) for 121, against 104 for the
    letter rules (``bench/labels/romanize_eval.py --model``)."""
    todo: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for name in names:
        if name in _MODEL_LABELS:
            out[name] = _MODEL_LABELS[name]
        elif name not in todo and (person_label(name) and name in _BY_RULES):
            todo[name] = _model_chunks(name)
    if not todo:
        return out
    mtr = _model_romanizer()
    if mtr is None:
        return out
    chunks = sorted({c for cs in todo.values() for c in cs if c not in _SON_OF_EN})
    try:
        spelled = dict(zip(chunks, mtr.transliterate_many(chunks, country=MODEL_COUNTRY), strict=True))
    except Exception:
        return out
    spelled.update(_SON_OF_EN)
    for chunk, text in spelled.items():
        # the model spells a chunk's words one for one: a word the dictionary lacks that renders an
        # English word (a foreign name's) is that word
        ar, latin = chunk.split(), text.split()
        if len(ar) == len(latin) and any(english := [
                _dictionary_lacks(w) and english_word(fold_string(w), person=True) for w in ar]):
            spelled[chunk] = " ".join(e or x for e, x in zip(english, latin))
    for name, cs in todo.items():
        parts = [_english_particle(c, spelled.get(c, "").strip()) for c in cs]
        if all(_LATIN_RE.fullmatch(p or "!") for p in parts):
            label = " ".join(" ".join(parts).split())
            _MODEL_LABELS[name] = out[name] = label
    return out


def no_doubles(label: str) -> str:
    """'Zaatari camp Camp' -> 'Zaatari Camp': a word said twice in a row is said once."""
    out: list[str] = []
    for w in label.split():
        if out and out[-1].lower() == w.lower():
            out[-1] = w
        else:
            out.append(w)
    return " ".join(out)


FINAL_MAQSURA_RE = re.compile("(?<=[\u0621-\u064a])\u0649(?![\u0621-\u064a])")    # عيسى's ى


# Shapes of a place's name whose short vowels are known (counted on the Arab world's names in GeoNames):
# CCيCة is most often a diminutive, فُعَيْلة (al-Hudaydah, al-Burayqah, Juwayba: 32 names of that shape
# that are no common word or first name, 13 فَعِيلة), and so is CCيCية (al-Husayniyah: 11 of 16). A ي
# between two letters, the word's only vowel letter, is mostly a diphthong (al-Shaykh, Dayr: 112 of 138).
# Not taken: CCيC without ة (Zubayr, Qatif: as often either way), CيCة (Raydah, Bisha: 19 and 11), و
# between two letters (Jawf, Suq: as often either way).
_DIMINUTIVE_RE = re.compile("^([^اوي])([^اي])ي([^اوي])(يه|ه)$")
_DIPHTHONG_RE = re.compile("^([^اوي])ي([^اويه])$")


def shaped_words(arabic: str, common) -> frozenset:
    """The words of a place's name (folded) that ``romanize`` spells by their shape (above): diminutives
    not in ``common`` (common words and first names: الجديدة، جميلة), and every CيC word."""
    out = set()
    for w in fold_string(arabic).split():
        bare = w[2:] if w.startswith("ال") else w
        if _DIPHTHONG_RE.match(bare) or _DIMINUTIVE_RE.match(bare) and w not in common and bare not in common:
            out.add(bare)
    return frozenset(out)


def _shaped(word: str) -> str:
    """A word of ``shaped_words`` spelled by its shape: الجفينة Jufayna, الحسينية Husayniya, الدير Dayr."""
    def c(ch: str) -> str:
        return _CONS.get(ch) or ("w" if ch == "و" else "y" if ch == "ي" else ch)
    m = _DIMINUTIVE_RE.match(word)
    if m:
        return f"{c(m[1])}u{c(m[2])}ay{c(m[3])}{'iya' if m[4] == 'يه' else 'a'}"
    m = _DIPHTHONG_RE.match(word)
    return f"{c(m[1])}ay{c(m[2])}" if m else ""


@lru_cache(maxsize=65536)
def romanize(arabic: str, dims: frozenset = frozenset(), spelled: tuple = ()) -> str:
    """'عامر هويدي' -> 'Amir Huwaydi'; 'قرية الجفرة' -> 'Qarya al-Jafra'. Latin text passes through.
    ``dims``: words spelled by their shape (``shaped_words``): الجفينة al-Jufayna, not al-Jafina. ``spelled``:
    (folded word without the article, spelling) pairs that win: (ثوره, Thawra) for مستشفى الثورة."""
    # a final alef maqsura is a long a (عيسى Isa, ليلى Laila), which folding would make a ي (i)
    words = fold_string(FINAL_MAQSURA_RE.sub("ا", arabic)).split()
    spellings = dict(spelled)
    out = [_word(w, i, dims, spellings) for i, w in enumerate(words)]
    text = " ".join(w for w in out if w)
    return re.sub(r"\s+", " ", text).strip()


def _word(word: str, position: int, dims: frozenset = frozenset(), spellings: dict | None = None) -> str:
    if not re.search(r"[\u0621-\u064a]", word):
        return word
    if word in _SPECIAL_WORDS:
        return _SPECIAL_WORDS[word]
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "al-", word[2:]
        if word in _SPECIAL_WORDS:
            # (a name word after the article keeps its capital: Al-Nabi al-Mustafa, Ain al-Jabal)
            return prefix + _SPECIAL_WORDS[word] if position else "Al-" + _SPECIAL_WORDS[word]
    core = (spellings or {}).get(word) or (_shaped(word) if word in dims else "") or _core(word)
    if not core:
        return ""
    core = core[0].upper() + core[1:] if core[0] != "'" else "'" + core[1:2].upper() + core[2:]
    if prefix and position == 0:
        prefix = "Al-"
    return prefix + core


# the verbal nouns of the derived forms, whose short vowels are known: form X استقبال istiqbal, VIII احتلال
# ihtilal (اتحاد ittihad), VII انتصار intisar (C: a consonant). Not form IV (إعلام): the shape is a place's
# too (الانبار, Al-Anbar)
_MASDARS = [(re.compile(p.replace("C", "[" + "".join(_CONS) + "]")), tpl) for p, tpl in (
    (r"^است(C)(C)ا(C)$", "isti{0}{1}a{2}"), (r"^است(C)ا(C)$", "isti{0}a{1}"),
    (r"^ات(C)ا(C)$", "itti{0}a{1}"), (r"^ا(C)ت(C)ا(C)$", "i{0}ti{1}a{2}"),
    (r"^ان(C)(C)ا(C)$", "in{0}i{1}a{2}"))]


def _masdar(word: str) -> str:
    for rx, tpl in _MASDARS:
        m = rx.match(word)
        if m:
            return tpl.format(*(_CONS[c] for c in m.groups()))
    return ""


def _core(word: str) -> str:
    ending = ""
    if word.endswith("يه") and len(word) > 3:      # -iyya: الحميدية -> al-Hamidiya
        word, ending = word[:-2], "iya"
    elif word.endswith("ه") and len(word) > 2:      # taa marbuta: الجفرة -> al-Jafra
        word, ending = word[:-1], "a"
    if len(word) == 3 and word[0] == "ا" and word[1] in _CONS and word[2] in _CONS and not ending:
        return "a" + _CONS[word[1]] + "a" + _CONS[word[2]]      # اسد: Asad (a short vowel before the end)
    masdar = _masdar(word)
    if masdar:
        return masdar + ending
    letters = list(word)
    n = len(letters)
    parts: list[str] = []
    vowel = "start"   # what came last: "start", "long" (written vowel letter) or "" (a consonant)
    cluster = 0       # consonants written since the last vowel
    seen_vowel = last_long = False
    for i, ch in enumerate(letters):
        last = i == n - 1
        nxt = letters[i + 1] if not last else ""
        if ch == "ا":
            parts.append("a")
            # a first alef carries a hamza and a short vowel (اسحق: Ashaq, not Asihq), not a long one
            vowel, cluster, seen_vowel, last_long = "long", 0, True, i > 0
        elif ch in ("ي", "و") and i > 0 and not vowel and nxt not in ("ا", "ي", "و") and not (
                last and ch == "و" and ending == "a"):      # و before a taa marbuta is w: المروة al-Marwa
            parts.append("i" if ch == "ي" else "u")
            vowel, cluster, seen_vowel, last_long = "long", 0, True, True
        elif ch in ("ي", "و") or ch in _CONS:
            if cluster >= 2 or (cluster == 1 and not seen_vowel):
                parts.append("a")       # CaCC but never CCC: Kafranbal, Jafra, Sakr
                cluster, seen_vowel, last_long = 0, True, False
            elif cluster == 1 and last_long:
                parts.append("i")       # CaaCiC: Amir, Ghanim
                cluster, last_long = 0, False
            parts.append(_CONS.get(ch) or ("y" if ch == "ي" else "w"))
            vowel, cluster = "", cluster + 1
        else:
            parts.append(ch)
    if ending and parts and parts[-1] in ("a", "i", "u") and ending == "a":
        ending = ""
    text = "".join(parts) + ending
    text = text.replace("aa", "a").replace("''", "'")
    return text.strip("'") or text
