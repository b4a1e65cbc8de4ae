"""Load and validate kg's domain knowledge (``ontology/``) into one immutable, fast ``Lexicon``.

Every file is plain TSV a person edits; every bad row stops the load with ``FILE:LINE: message``.
The compiled lexicon (an Aho-Corasick automaton over every folded surface form) is kept in memory for
the process, keyed by the content of the files; it is never pickled to disk (see ``load_lexicon``).
"""
from __future__ import annotations

import hashlib
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import LexiconError
from .model import CLASS_TYPES, ENTITY_TYPES, EVENT_TYPES, RELATION_CLASSES, STATIC_CLASSES, Entity
from .text import fold_string
from .variants import VariantIndex

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
CACHE_VERSION = "10"

# Kinds of automaton hits.
ENT, DEMONYM, TRIGGER, TITLE, PLACE_NOUN, ANAPHOR, WORD, GENERIC = "E", "D", "T", "TI", "PN", "AN", "W", "G"

# Proclitic strings (folded) allowed in front of each kind of form.
_CONJ = ("", "و", "ف")
NOMINAL_CLITICS = frozenset(c + p for c in _CONJ for p in ("", "ب", "ل", "ك"))
VERB_CLITICS = frozenset(c + p for c in _CONJ for p in ("", "س", "ل"))
WORD_CLITICS = frozenset(_CONJ)
# Pronoun suffixes that may follow a verb (object) or a noun (possessor).
VERB_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني")
NOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "نا", "كم")

ENTITY_COLUMNS = ("id", "type", "label_en", "label_ar", "aliases_ar", "aliases_en", "country",
                  "located_in", "metonym_of", "nisba_ar", "plural_ar", "role_en", "wikidata")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class Trigger:
    relation: str
    cls: str
    pos: str                       # verb | noun | passive | attributive
    targets: tuple[str, ...]       # "obj" (bare noun phrase) and/or folded prepositions
    agents: tuple[str, ...] = ()   # nouns and passives: prepositions that introduce the actor
    symmetric: bool = False
    requires: tuple[str, ...] = ()  # folded words one of which must follow in the clause ("<word": precede it;
    #                                 "+word": be among the three words after it)
    actor_types: tuple[str, ...] = ()  # entity types that can be the actor (empty: any actor)
    origin: str = ""
    type: str = ""                 # PLOVER event type ("" for static relations: AFFILIATION, LOCATED_IN)
    mode: str = ""                 # PLOVER mode (aerial, abduct, capture …) where the trigger fixes it
    alone: bool = True             # an occurrence is an event even with no actor or target named
    patient_subject: bool = False  # the subject undergoes it (لقي مصرعه، استشهد، أصيب): it is the target
    prior_subject: bool = False    # a circumstantial participle (، داعيا …، مطالبا …): its subject is that of the
    #                                predicate before it in the sentence; the noun after it is its object
    force_subject: bool = False    # an event only when its subject, named in the sentence, is an armed force
    #                                (وصلت قوات الجيش إلى: an advance; وصل الوفد، وصلت الحكومة: an arrival)
    unless: tuple[str, ...] = ()   # folded words that, right after it, make it no event ("x*": any x-word;
                                   # "<x": x before it in its clause, its subject: حصيلة القتلى … بلغت;
                                   # "@category": a word of that words.tsv category anywhere in the sentence)


@dataclass(frozen=True, slots=True)
class Title:
    form: str
    role_en: str
    kind: str                      # official | military | spokesperson | envoy | honorific | member | activist
    origin: str = ""


@dataclass(frozen=True, slots=True)
class PlaceNoun:
    form: str
    type: str                      # Place | Facility | Organization
    label_en: str
    keep: bool                     # the noun is part of the name (مطار دير الزور) or not (مدينة حلب)
    located: bool = True           # a facility named after a place lies in it (not roads: طريق دمشق)
    origin: str = ""
    by_place: bool = False         # the noun and a place alone describe, not name (مسجد أبها "a mosque in Abha")
    by_body: bool = False          # an unnamed body after it names an institution (مستشفى الحرس الوطني)


@dataclass(frozen=True, slots=True)
class Anaphor:
    form: str
    heads: tuple[str, ...]
    types: tuple[str, ...]
    defaults: tuple[tuple[str, str], ...] = ()   # (country id or "", entity id): what it means by default
    generic: str = ""              # the unnamed group it means when nothing else fits (generic.tsv id)
    origin: str = ""
    unless: tuple[str, ...] = ()   # folded words that, right after it or its one adjective, make it no anaphor
    #                                (المجموعة من العقوبات: "the set of")


@dataclass(frozen=True, slots=True)
class Generic:
    """An unnamed group (ontology/generic.tsv): gunmen, police forces, civilians …"""
    id: str
    label_en: str
    label_country: str             # with "{country}"
    victim: bool = False
    agent: bool = False            # it only acts (a suicide bomber): never the target of its own deed
    one: frozenset = frozenset()   # folded forms that name one person (جندي), two (جنديين)
    two: frozenset = frozenset()
    type: str = "Group"            # Group, or Facility for an unnamed place attacked (a checkpoint)
    origin: str = ""
    country: str = ""              # its country where the text names none (settlers: Israel's)
    side: str = ""                 # force (a state's armed or security force), state, armed, judiciary (its
    #                                prosecutors and courts), or "" (people)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a folded surface form in the automaton stands for."""
    kind: str                      # ENT DEMONYM TRIGGER TITLE PLACE_NOUN ANAPHOR WORD
    ref: object                    # entity id, Trigger, Title, PlaceNoun, Anaphor or word category
    clitics: frozenset             # proclitic strings allowed before it
    suffixes: tuple = ()           # pronoun suffixes allowed after it
    lil: bool = False              # an ال-form written after ل as لل (للنظام): the form includes the ل
    need_suffix: bool = False      # ت-form of a noun in ة (سيطرته): needs a suffix
    gender: str = ""               # verbs: agreement of the form (m, f, p) where it tells
    tense: str = ""                # verbs: perf | imperf
    intransitive: bool = False     # verbs: a form V-VII verb (تقدم، تراجع، انسحب) whose row takes no object


# ISO codes of countries whose persons' English spellings are not the Mashriq's (see name_spellings)
_OWN_SPELLINGS = frozenset({"DZ", "MA", "TN", "MR", "IR", "AF", "PK", "TR"})


@dataclass
class Lexicon:
    entities: dict[str, Entity]
    triggers: list[Trigger]
    titles: list[Title]
    place_nouns: list[PlaceNoun]
    anaphors: list[Anaphor]
    words: dict[str, frozenset]            # category -> folded forms
    word_values: dict[tuple[str, str], str]  # (category, folded form) -> value column
    heads: dict[str, frozenset]            # entity id -> folded head nouns (تنظيم, حركة, مطار …)
    facilities_by_head: dict[str, list[str]]  # مطار -> lexicon facilities named with it (with a place)
    files: tuple[str, ...]
    generics: dict = field(default_factory=dict)   # id -> Generic
    digest: str = ""                       # content hash of the files and the compiler (cache keys)
    automaton: object = field(repr=False, default=None)
    variants: object = field(repr=False, default=None)   # kg.variants.VariantIndex of the entities' names
    gazetteer_path: Path | None = None     # ontology/gazetteer/geonames.tsv (kg.gazetteer), None: none

    def lookup(self, key: str) -> tuple[Hit, ...]:
        """The hits of one folded surface form (exact), or ()."""
        found = self.automaton.get(key, None)
        return found[1] if found else ()

    @functools.cached_property
    def qualified_towns(self) -> dict[tuple[str, str], str]:
        """(folded first word, country) -> the lexicon's town of that country named by that word and a word
        that tells it from a namesake (طرابلس اللبنانية، طرابلس الشام: Tripoli of Lebanon, as bare طرابلس
        is Libya's)."""
        out: dict[tuple[str, str], str] = {}
        for e in self.entities.values():
            if e.type != "Place" or not e.country:
                continue
            for form in (e.label_ar, *e.aliases_ar):
                words = fold_string(form).split(" ")
                if len(words) == 2:
                    out.setdefault((words[0], e.country), e.id)
        return out

    @functools.cached_property
    def capitals(self) -> dict[str, str]:
        """Country id -> its capital: the one town of the lexicon that stands for the state (metonym_of; دمشق
        for Syria). A country with two such towns has none here."""
        seen: dict[str, list[str]] = {}
        for e in self.entities.values():
            if e.type == "Place" and e.metonym_of and self.entities.get(e.metonym_of) is not None \
                    and self.entities[e.metonym_of].type == "Country":
                seen.setdefault(e.metonym_of, []).append(e.id)
        return {c: ids[0] for c, ids in seen.items() if len(ids) == 1}

    @functools.cached_property
    def place_name_nouns(self) -> tuple[str, ...]:
        """The folded place nouns that are not part of a name (مدينة, محافظة, ولاية: مدينة حلب is حلب)."""
        return tuple(dict.fromkeys(fold_string(pn.form) for pn in self.place_nouns
                                   if pn.type == "Place" and not pn.keep))

    @functools.cached_property
    def name_spellings(self) -> tuple[tuple[str, str], ...]:
        """How the lexicon's persons spell each word of their names in English, where the Arabic and
        English labels have as many words (جون كيري / John Kerry: جون John, كيري Kerry), and the common
        foreign names of words.tsv (name_en): kg.translit spells a name found in the text with them first.
        Not the persons of North Africa, Turkey, Iran, Afghanistan and Pakistan, whose names English writes
        in French, Turkish or Persian spelling (Rached Ghannouchi, Recep Tayyip Erdoğan, Mohammad Javad
        Zarif): a Saudi راشد is Rashed, a Bahraini رجب Rajab, a Palestinian جواد Jawad."""
        particles = self.words.get("name_particle", frozenset())
        seen: dict[str, dict[str, int]] = {}
        codes = self.gazetteer.codes if self.gazetteer is not None else {}
        for e in self.entities.values():
            if e.type != "Person" or codes.get(e.country) in _OWN_SPELLINGS:
                continue
            ar, en = e.label_ar.split(), e.label_en.split()
            if len(ar) != len(en) or len(ar) < 2:
                continue
            for a, w in zip(ar, en):
                if re.fullmatch(r"[A-Za-z][A-Za-z'-]+", w) and fold_string(a) not in particles:
                    seen.setdefault(a, {}).setdefault(w, 0)
                    seen[a][w] += 1
        spelled = {a: max(sorted(ws), key=lambda w: ws[w]) for a, ws in seen.items()}
        # words.tsv name_en: common foreign first and family names (كريستوفر Christopher, ستيفنز Stevens)
        foreign = {form: en for (cat, form), en in self.word_values.items() if cat == "name_en"}
        spelled.update(foreign)
        # a foreign name written with a long vowel fewer (رتشارد for ريتشارد: Richard), where that
        # spelling is no other name or word kg knows
        known = set(spelled) | self.words.get("given_name", frozenset()) | self.words.get("_stop", frozenset())
        variants: dict[str, set] = {}
        for form, en in foreign.items():
            for k in range(1, len(form) - 1) if len(form) >= 6 else ():
                if form[k] in "اوي":
                    variants.setdefault(form[:k] + form[k + 1:], set()).add(en)
        spelled.update({v: next(iter(ens)) for v, ens in variants.items() if len(ens) == 1 and v not in known})
        return tuple(sorted(spelled.items()))

    @functools.cached_property
    def acronyms(self) -> dict[str, str]:
        """Latin acronyms of the lexicon's entities (PKK of "Kurdistan Workers' Party (PKK)", BBC) -> the
        entity, where one entity has it: an acronym spelt out in Arabic letters (بي كيه كيه) is that entity."""
        seen: dict[str, set] = {}
        for e in self.entities.values():
            for name in (e.label_en, *e.aliases_en):
                for a in re.findall(r"\b[A-Z]{2,6}\b", name):
                    if a == name.strip("() ") or f"({a})" in name:
                        seen.setdefault(a, set()).add(e.id)
        return {a: next(iter(ids)) for a, ids in seen.items() if len(ids) == 1}

    @functools.cached_property
    def place_words_en(self) -> frozenset[str]:
        """English words that say what kind of place a name is (city, governorate, district … of
        place_nouns.tsv; strip, which is no place noun there): "Gaza Strip", "New York City"."""
        return frozenset(w.lower() for pn in self.place_nouns if pn.type == "Place" and not pn.keep
                         for w in pn.label_en.split() if "{" not in w) | {"strip"}

    @functools.cached_property
    def body_heads(self) -> dict[str, PlaceNoun]:
        """The folded nouns that head a body's name (وزارة، مجلس، بنك …), without the article -> their row."""
        out: dict[str, PlaceNoun] = {}
        for pn in self.place_nouns:
            if pn.type not in ("Place", "Facility") and pn.keep:
                out.setdefault(fold_string(pn.form).removeprefix("ال"), pn)
        return out

    @functools.cached_property
    def facility_heads(self) -> dict[str, str]:
        """Each folded facility noun -> the first facility noun of place_nouns.tsv with the same English
        word: synonyms (مسجد، جامع: Mosque; ميناء، مرفأ: Port) name one facility, so they make one id."""
        first: dict[tuple, str] = {}
        out: dict[str, str] = {}
        for pn in self.place_nouns:
            if pn.type == "Facility" and pn.keep:
                f = fold_string(pn.form).removeprefix("ال")
                out[f] = first.setdefault(pn.label_en.lower(), f)
        return out

    @functools.cached_property
    def landform_nouns(self) -> frozenset[str]:
        """The folded place nouns that are part of a name (جبل, وادي, مخيم: جبل صبر)."""
        return frozenset(fold_string(pn.form) for pn in self.place_nouns if pn.type == "Place" and pn.keep)

    def entity(self, entity_id: str) -> Entity:
        return self.entities[entity_id]

    @functools.cached_property
    def gazetteer(self):
        """kg.gazetteer.Gazetteer of the world's towns by their Arabic names (read on first use), or None."""
        if self.gazetteer_path is None:
            return None
        from .gazetteer import load
        return load(str(self.gazetteer_path))

    def variant_of(self, folded: str, etype: str) -> Entity | None:
        """The lexicon entity whose name ``folded`` is a spelling variant of (مستورا for ميستورا), if one."""
        eid = self.variants.find(folded, etype) if self.variants is not None else None
        return self.entities[eid] if eid is not None else None


# --- reading TSV ----------------------------------------------------------------------------------

def _rows(path: Path, required: tuple[str, ...], allowed: tuple[str, ...] | None = None):
    """Yield (line_number, {column: value}) for each data row of a TSV file."""
    try:
        fh = open(path, encoding="utf-8", newline="")
    except OSError as e:
        raise LexiconError(str(path), None, f"cannot read: {e.strerror}") from None
    with fh:
        header = None
        try:
            for lineno, line in enumerate(fh, 1):
                line = line.rstrip("\r\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                cells = [c.strip() for c in line.split("\t")]
                if header is None:
                    header = cells
                    missing = [c for c in required if c not in header]
                    if missing:
                        raise LexiconError(str(path), lineno, f"header lacks column(s) {', '.join(missing)}")
                    if allowed is not None:
                        unknown = [c for c in header if c not in allowed]
                        if unknown:
                            raise LexiconError(str(path), lineno,
                                               f"unknown column(s) {', '.join(unknown)}; known: {', '.join(allowed)}")
                    if len(set(header)) != len(header):
                        raise LexiconError(str(path), lineno, "a column name is repeated in the header")
                    continue
                if (len(cells) > len(header) and any(cells[len(header):])) or (
                        len(cells) < len(header) and any(header.index(c) >= len(cells) for c in required)):
                    n = len([c for c in cells if c]) if len(cells) < len(header) else len(cells)
                    _COLLECT.errors.append(LexiconError(
                        str(path), lineno, f"{n} fields but the header has {len(header)} columns "
                                           "(columns are separated by tabs)"))
                    continue
                cells += [""] * (len(header) - len(cells))
                yield lineno, dict(zip(header, cells))
        except UnicodeDecodeError:
            raise LexiconError(str(path), None, "not UTF-8 text") from None
    if header is None:
        raise LexiconError(str(path), None, "empty file: no header line")


class _Collector:
    """Collects the errors of bad rows, so that one check reports every bad row of every file."""

    def __init__(self) -> None:
        self.errors: list[LexiconError] = []

    def __enter__(self):
        return self

    def __exit__(self, et, e, tb) -> bool:
        if et is not None and issubclass(et, LexiconError):
            self.errors.append(e)
            return True
        return False

    def raise_all(self) -> None:
        errors, self.errors = self.errors, []
        if errors:
            first = errors[0]
            more = "".join(f"\n{e}" for e in errors[1:])
            raise LexiconError(first.path, first.line, first.message + more)


_COLLECT = _Collector()


def _multi(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


# --- verb and noun forms --------------------------------------------------------------------------

def verb_tenses(spec: str) -> dict[str, str]:
    """perf or imperf for each form of ``verb_forms(spec)`` (a form can be both: then imperf wins)."""
    perf, _, imperf = spec.partition("/")
    forms = verb_forms(spec)
    imperf_forms = verb_forms("/" + imperf) if imperf else {}
    return {f: ("imperf" if f in imperf_forms else "perf") for f in forms}


def verb_forms(spec: str) -> dict[str, str]:
    """Folded inflected forms of a verb given as 'PERFECT/IMPERFECT' in the 3rd person masculine,
    each with the subject agreement it shows: m (he), f (she; also non-human plurals), p (they), 1 (we:
    نرفض، نتفق — the speaker's side, no one named in the text), "" (other).

    'هاجم/يهاجم' -> هاجم هاجمت هاجموا هاجما هاجمتا هاجمن هاجمنا يهاجم تهاجم نهاجم يهاجمون …
    Defective verbs (final ى/ا, imperfect in ي/و) also get their contracted forms (التقت، التقوا).
    """
    perf, _, imperf = spec.partition("/")
    perf, imperf = fold_string(perf), fold_string(imperf)
    out: dict[str, str] = {}

    def put(form: str, g: str) -> None:
        if len(form) >= 2 and form not in out:
            out[form] = g

    if perf:
        if perf[-1] in "يا":
            stem = perf[:-1]
            # stem+ا is the masculine singular before a pronoun (أجراها، ألقاه) or the verb itself (دعا)
            for suf, g in (("ت", "f"), ("وا", "p"), ("تا", "p"), ("يا", "p"), ("ا", "m")):
                put(stem + suf, g)
        for suf, g in (("", "m"), ("ت", "f"), ("وا", "p"), ("ا", "p"), ("تا", "p"), ("ن", "p"),
                       ("نا", ""), ("تم", "")):
            put(perf + suf, g)
    if imperf:
        core = imperf[1:] if imperf[0] in "يتنا" else imperf
        for pre, g0 in (("ي", "m"), ("ت", "f"), ("ن", "1")):   # no أ- (1st sg): سأريه is not يرى
            for suf, g in (("", g0), ("ون", "p"), ("ان", "p"), ("ن", "p"), ("وا", "p"), ("ين", ""), ("ا", "p")):
                put(pre + core + suf, g)
            if core[-1] in "يو":
                short = core[:-1]
                for suf, g in (("ون", "p"), ("وا", "p"), ("ن", "p"), ("ين", ""), ("ا", "p")):
                    put(pre + short + suf, g)
    return out


def noun_forms(form: str) -> set[str]:
    """A noun as written, with the article (كل ال- form) and with accusative alif."""
    f = fold_string(form)
    if not f:
        return set()
    if " " in f:
        first, rest = f.split(" ", 1)
        return {first + " " + rest} | ({"ال" + first + " " + rest} if not first.startswith("ال") else set())
    out = {f}
    if not f.startswith("ال"):
        out.add("ال" + f)
    if f[-1] not in "اهي" and not f.startswith("ال"):
        out.add(f + "ا")       # tanween fath written with alif: هجوماً
    return out


# --- loading --------------------------------------------------------------------------------------

def default_files(ontology_dir: Path = ONTOLOGY_DIR) -> list[Path]:
    """Every TSV file of the ontology directory and of its lexicon/ folder (kind read from the header)."""
    return sorted((ontology_dir / "lexicon").glob("*.tsv")) + sorted(ontology_dir.glob("*.tsv"))


def file_kind(path: Path) -> str:
    """Which kind of lexicon file this is, read from its header (user files may be named anything)."""
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip() and not line.lstrip().startswith("#"):
                    cols = {c.strip() for c in line.rstrip("\r\n").split("\t")}
                    break
            else:
                raise LexiconError(str(path), None, "empty file: no header line")
    except UnicodeDecodeError:
        raise LexiconError(str(path), None, "not UTF-8 text") from None
    except OSError as e:
        raise LexiconError(str(path), None, f"cannot read: {e.strerror}") from None
    for kind, cols_needed in (("generic", {"id", "label_en", "label_country"}),
                              ("entities", {"id", "type", "label_en", "label_ar"}),
                              ("triggers", {"relation", "class", "pos", "forms"}),
                              ("titles", {"form", "role_en", "kind"}),
                              ("place_nouns", {"form", "type", "label_en", "keep"}),
                              ("anaphors", {"form", "heads", "types"}),
                              ("words", {"category", "form"})):
        if cols_needed <= cols:
            return kind
    raise LexiconError(str(path), None,
                       "cannot tell what this file holds from its header (columns are separated by tabs); "
                       "see ontology/README.md")


_LOADED: dict[str, Lexicon] = {}     # compiled lexicons of this process, by content digest


def load_lexicon(extra: list[str | Path] | tuple = (), ontology_dir: Path = ONTOLOGY_DIR,
                 cache: bool = True) -> Lexicon:
    """Load the lexicon shipped in ``ontology/`` plus the user's ``extra`` files (any kind).

    The compiled lexicon is kept in memory for the process (``cache``), keyed by the content of the
    files and of the compiler. It is never written to or read from disk: compiling takes a fraction of a
    second, and a pickle read back from a cache folder could run code someone else put there."""
    files = default_files(ontology_dir) + [Path(p) for p in extra]
    gazetteer = ontology_dir / "gazetteer" / "geonames.tsv"
    if not gazetteer.is_file() and Path(ontology_dir).resolve() == ONTOLOGY_DIR.resolve():
        # kg's own ontology ships it: a missing one is an error, not silently fewer towns (a user's own
        # ontology folder may have none)
        raise LexiconError(str(gazetteer), None, "missing: kg's gazetteer of towns (rebuild it with "
                                                 "python bench/gazetteer/build.py, or restore the file)")
    digest = hashlib.sha256(CACHE_VERSION.encode() + Path(__file__).read_bytes())   # the compiler too
    for p in files + ([gazetteer] if gazetteer.is_file() else []):
        try:
            digest.update(str(p).encode() + b"\0" + p.read_bytes())
        except OSError as e:
            raise LexiconError(str(p), None, f"cannot read: {e.strerror}") from None
    key = digest.hexdigest()[:24]
    if cache and key in _LOADED:
        return _LOADED[key]
    lex = _compile(files)
    lex.digest = key
    lex.gazetteer_path = gazetteer if gazetteer.is_file() else None
    if cache:
        if len(_LOADED) >= 4:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = lex
    return lex


def _compile(files: list[Path]) -> Lexicon:
    _COLLECT.errors = []
    try:
        return _compile_all(files)
    finally:
        _COLLECT.errors = []


def _compile_all(files: list[Path]) -> Lexicon:
    by_kind: dict[str, list[Path]] = {}
    for p in files:
        by_kind.setdefault(file_kind(p), []).append(p)
    entities, demonyms, ent_forms = _load_entities(by_kind.get("entities", []))
    trigger_keys = [tk for p in by_kind.get("triggers", []) for tk in _load_triggers(p)]
    triggers = [t for t, _ in trigger_keys]
    titles = [t for p in by_kind.get("titles", []) for t in _load_titles(p)]
    place_nouns = [t for p in by_kind.get("place_nouns", []) for t in _load_place_nouns(p)]
    words, word_values, (word_genders, word_tenses) = _load_words(by_kind.get("words", []), entities)
    generics_rows = [g for p in by_kind.get("generic", []) for g in _load_generics(p, entities)]
    generics = {g.id: g for g, _ in generics_rows}
    anaphors = [a for p in by_kind.get("anaphors", []) for a in _load_anaphors(p, entities, generics)]
    _COLLECT.raise_all()       # every bad row of every file, not just the first

    import ahocorasick
    table: dict[str, list[Hit]] = {}

    def add(key: str, hit: Hit) -> None:
        if key:
            lst = table.setdefault(key, [])
            if hit not in lst:
                lst.append(hit)

    # a plural nisba written with one ي (الحوثين for الحوثيين, الفلسطينين): a common slip of news typing, taken
    # only where no other form is spelt so
    slips: list[tuple[str, Hit]] = []

    def add_nominal(key: str, kind: str, ref, suffixes=()) -> None:
        add(key, Hit(kind, ref, NOMINAL_CLITICS, suffixes))
        if kind in (ENT, DEMONYM) and " " not in key and len(key) > 6 and key.startswith("ال") \
                and key.endswith(("يين", "ييون")):     # (with the article: تشيكين, سورين may be names)
            slips.append((key[:-3] + key[-2:], Hit(kind, ref, NOMINAL_CLITICS, suffixes)))
        if key.startswith("ال") and len(key) > 3:
            add("ل" + key[1:], Hit(kind, ref, NOMINAL_CLITICS, suffixes, lil=True))
        if " " in key:   # run-together spellings of a multi-word name: الأممالمتحدة، نظام بشارالأسد
            words = key.split(" ")
            variants = {key.replace(" ", "")} | {
                " ".join(words[:i]) + words[i] + (" " + " ".join(words[i + 1:]) if i + 1 < len(words) else "")
                for i in range(1, len(words))}
            for v in variants:
                add(v, Hit(kind, ref, NOMINAL_CLITICS, suffixes))

    for key, eid in ent_forms:
        add_nominal(key, ENT, eid)
    for key, eid in demonyms:
        add_nominal(key, DEMONYM, eid)
    numbers = words.get("number", frozenset())
    for t, keys in trigger_keys:
        for key, pos, gender, tense, intransitive in keys:
            if pos == "verb" and key in numbers and not (gender == "m" and tense == "perf"):
                continue       # اثنين، اثنتان are two, not forms of أثنى (praised); its perfect اثني
                #                is the number only before عشر (extract.senses)
            if pos == "verb":
                # no object pronoun after an intransitive imperfect (يتقدمهم "leads them" is another verb); the
                # perfect keeps them, its letters are also the verbal noun's (تعاونهما "their cooperation")
                add(key, Hit(TRIGGER, t, VERB_CLITICS, () if intransitive and tense == "imperf" else VERB_SUFFIXES,
                             gender=gender, tense=tense, intransitive=intransitive))
            else:
                add_nominal(key, TRIGGER, t, NOUN_SUFFIXES)
                if key.endswith("ه") and " " not in key:
                    add(key[:-1] + "ت", Hit(TRIGGER, t, NOMINAL_CLITICS, NOUN_SUFFIXES, need_suffix=True))
                    if not key.startswith("ال"):
                        add("ال" + key[:-1] + "ت", Hit(TRIGGER, t, NOMINAL_CLITICS, NOUN_SUFFIXES, need_suffix=True))
    for t in titles:
        for key in {fold_string(t.form)}:
            add_nominal(key, TITLE, t)
            if not key.startswith("ال"):
                add_nominal("ال" + key, TITLE, t)
    for pn in place_nouns:
        key = fold_string(pn.form)
        add_nominal(key, PLACE_NOUN, pn)
        if not key.startswith("ال"):
            add_nominal("ال" + key, PLACE_NOUN, pn)
    for a in anaphors:
        add_nominal(fold_string(a.form), ANAPHOR, a)
    anaphor_forms = frozenset(fold_string(a.form) for a in anaphors)
    for g, forms in generics_rows:
        for f in forms:
            key = fold_string(f)
            add_nominal(key, GENERIC, g)
            if " " not in key and not key.startswith("ال") and key.endswith(("ين", "ون", "ان")) \
                    and g.type == "Group":
                add_nominal("ال" + key, GENERIC, g)    # شرطيين → الشرطيين: a plural or dual takes the article
            words2 = key.split(" ")
            if len(words2) == 2 and not any(w.startswith("ال") or w.endswith("ا") for w in words2):
                # نقطة تفتيش → نقطة التفتيش (a construct takes the article on its last word), قاعدة عسكرية →
                # القاعدة العسكرية (a noun and its adjective both take it): what no other form already is,
                # nor a noun that refers back (الجماعة المسلحة: the group the article named, anaphors.tsv)
                for d in (f"{words2[0]} ال{words2[1]}", f"ال{words2[0]} ال{words2[1]}"):
                    if d not in table and d.split(" ")[0] not in anaphor_forms:
                        add_nominal(d, GENERIC, g)
    for cat, forms in words.items():
        if cat in ("report", "light_verb", "future", "hypothetical", "said_passive", "exposed", "survived"):
            for f in forms:
                add(f, Hit(WORD, cat, VERB_CLITICS if cat != "hypothetical" else WORD_CLITICS,
                           VERB_SUFFIXES if cat in ("report", "light_verb") else (),
                           gender=word_genders.get(f, ""), tense=word_tenses.get(f, "")))
        elif cat == "light_noun":     # (بعد قيام الجيش بقصف، لقيام، وقيام: a noun of a light verb)
            for f in forms:
                add(f, Hit(WORD, cat, frozenset(c + p for c in _CONJ for p in ("", "ب", "ل")), ()))

    for key, hit in slips:
        if key not in table or all(h.ref == hit.ref for h in table[key]):
            add(key, hit)
            if key.startswith("ال"):
                add("ل" + key[1:], Hit(hit.kind, hit.ref, NOMINAL_CLITICS, hit.suffixes, lil=True))
    automaton = ahocorasick.Automaton()
    for key, hits in table.items():
        automaton.add_word(key, (len(key), tuple(hits)))
    automaton.make_automaton()

    # derived sets the recogniser asks about on every token
    g = words.get
    words["_function"] = (g("prep", frozenset()) | g("complementizer", frozenset()) | g("clause", frozenset())
                          | g("relative", frozenset()) | g("negation", frozenset()))
    words["_stop"] = words["_function"] | g("stop", frozenset())
    words["_imperfect"] = frozenset(f for f, tense in word_tenses.items() if tense == "imperf")   # (يؤدي، تسفر)
    words["_titles"] = frozenset(f for t in titles for f in (fold_string(t.form), "ال" + fold_string(t.form)))
    # titles of those who act for a state: their country's adjective stands for it (العاهل الأردني); not a
    # military rank, which is often read before a family name of that shape (اللواء التركي)
    words["_state_titles"] = frozenset(f for t in titles if t.kind in ("official", "envoy")
                                       for f in (fold_string(t.form), "ال" + fold_string(t.form)))
    place_heads = frozenset(fold_string(pn.form).removeprefix("ال") for pn in place_nouns)
    heads = _entity_heads(entities, words.get("head", frozenset()) | place_heads)
    facilities_by_head: dict[str, list[str]] = {}
    for eid, hs in sorted(heads.items()):
        if entities[eid].type == "Facility" and entities[eid].located_in:
            for h in hs:
                facilities_by_head.setdefault(h, []).append(eid)
    return Lexicon(entities=entities, triggers=triggers, titles=titles, place_nouns=place_nouns,
                   anaphors=anaphors, words=words, word_values=word_values, heads=heads,
                   facilities_by_head=facilities_by_head, files=tuple(str(p) for p in files),
                   generics=generics, automaton=automaton, variants=VariantIndex(entities, words.get("given_name", ()),
                                                                              words.get("name_particle", ())))


def _load_entities(paths: list[Path]):
    entities: dict[str, Entity] = {}
    where: dict[str, str] = {}
    refs: list[tuple[str, int, str, str]] = []
    form_owner: dict[str, tuple[str, str]] = {}
    ent_forms: list[tuple[str, str]] = []
    demonyms: list[tuple[str, str]] = []
    for path in paths:
        for lineno, row in _rows(path, ("id", "type", "label_en", "label_ar"), ENTITY_COLUMNS):
            with _COLLECT:
                eid, etype = row["id"], row["type"]
                loc = f"{path}:{lineno}"
                if not _ID_RE.match(eid):
                    raise LexiconError(str(path), lineno, f"id {eid!r} must be lowercase letters, digits and _")
                if eid in entities:
                    raise LexiconError(str(path), lineno, f"id {eid!r} is already defined at {where[eid]}")
                if etype not in ENTITY_TYPES:
                    raise LexiconError(str(path), lineno,
                                       f"type {etype!r} is not one of {', '.join(ENTITY_TYPES)}")
                if not row["label_en"]:
                    raise LexiconError(str(path), lineno, "label_en is empty")
                if not _ARABIC_RE.search(row["label_ar"]):
                    raise LexiconError(str(path), lineno, "label_ar must be Arabic text")
                wd = row.get("wikidata", "")
                if wd and not _QID_RE.match(wd):
                    raise LexiconError(str(path), lineno, f"wikidata {wd!r} is not a Q-id like Q858")
                aliases = [row["label_ar"]] + _multi(row.get("aliases_ar", ""))
                for a in aliases:
                    if not _ARABIC_RE.search(a):
                        raise LexiconError(str(path), lineno, f"Arabic alias {a!r} has no Arabic letters")
                ent = Entity(id=eid, type=etype, label_en=row["label_en"], label_ar=row["label_ar"],
                             aliases_ar=tuple(dict.fromkeys(aliases[1:])),
                             aliases_en=tuple(_multi(row.get("aliases_en", ""))),
                             country=row.get("country", ""), located_in=row.get("located_in", ""),
                             metonym_of=row.get("metonym_of", ""), role_en=row.get("role_en", ""),
                             wikidata=wd, origin=loc)
                entities[eid] = ent
                where[eid] = loc
                for col in ("country", "located_in", "metonym_of"):
                    if row.get(col):
                        refs.append((str(path), lineno, col, row[col]))
                for a in aliases:
                    key = fold_string(a)
                    if len(key) < 2:
                        raise LexiconError(str(path), lineno, f"alias {a!r} is too short to match safely")
                    owner = form_owner.get(key)
                    if owner and owner[0] != eid:
                        raise LexiconError(str(path), lineno,
                                           f"alias {a!r} is already used by {owner[0]!r} ({owner[1]})")
                    form_owner[key] = (eid, loc)
                    ent_forms.append((key, eid))
                for n in _multi(row.get("nisba_ar", "")):
                    for f in nisba_forms(n):
                        demonyms.append((f, eid))
                for pl in _multi(row.get("plural_ar", "")):
                    f = fold_string(pl)
                    # (and the indefinite accusative of a broken plural: مهندسين أتراكا)
                    demonyms += [(f, eid), ("ال" + f, eid)] + ([(f + "ا", eid)] if not f.endswith(("ون", "ين", "ا")) else [])
    for path, lineno, col, ref in refs:
        if ref not in entities:
            raise LexiconError(path, lineno, f"{col} {ref!r} is not the id of any entity")
    # An entity name beats a demonym spelled the same way.
    demonyms = [(f, e) for f, e in dict.fromkeys(demonyms) if f not in form_owner]
    return entities, demonyms, ent_forms


def nisba_forms(nisba: str) -> list[str]:
    """روسي -> روسي روسيه روسيان روسيون روسيين روسيات روسيتين … each also with ال; and the indefinite
    accusative روسيا، روسيه (صحفيا يابانيا) — where a name is spelt the same (روسيا is Russia) the
    name wins (see _load_entities)."""
    n = fold_string(nisba)
    if not n.endswith("ي"):
        return [n, "ال" + n]
    forms = [n + s for s in ("", "ه", "ان", "ون", "ين", "ات", "تان", "تين")]
    return forms + ["ال" + f for f in forms] + [n + "ا"]


def _load_triggers(path: Path) -> list[tuple[Trigger, list[tuple[str, str, str, str, bool]]]]:
    """Triggers of one file, each with its folded surface forms and their part of speech."""
    out = []
    for lineno, row in _rows(path, ("relation", "class", "pos", "forms", "target"),
                             ("relation", "class", "pos", "forms", "target", "agent", "symmetric", "requires", "actors",
                              "type", "mode", "alone", "subject", "unless", "note")):
        with _COLLECT:
            loc = f"{path}:{lineno}"
            if not re.match(r"^[a-z][A-Za-z]*$", row["relation"]):
                raise LexiconError(str(path), lineno, f"relation {row['relation']!r} must be camelCase like heldTalksWith")
            if row["class"] not in RELATION_CLASSES:
                raise LexiconError(str(path), lineno,
                                   f"class {row['class']!r} is not one of {' '.join(RELATION_CLASSES)}")
            if row["pos"] not in ("verb", "noun", "passive", "attributive"):
                raise LexiconError(str(path), lineno,
                                   f"pos {row['pos']!r} must be verb, noun, passive or attributive")
            forms = _multi(row["forms"])
            if not forms:
                raise LexiconError(str(path), lineno, "no forms")
            for at in _multi(row.get("actors", "")):
                if at not in ENTITY_TYPES:
                    raise LexiconError(str(path), lineno, f"actors: {at!r} is not one of {', '.join(ENTITY_TYPES)}")
            targets = tuple(x if x == "obj" else fold_string(x) for x in _multi(row["target"]))
            if not targets:
                raise LexiconError(str(path), lineno, "target is empty: give obj and/or prepositions (على | مع)")
            keys = []
            for f in forms:
                if not _ARABIC_RE.search(f):
                    raise LexiconError(str(path), lineno, f"form {f!r} has no Arabic letters")
                if row["pos"] == "verb":
                    # a verb of the intransitive forms V-VII (تقدم، تراجع، انسحب) whose row takes no object
                    intransitive = "obj" not in targets and fold_string(f.split("/")[0]).startswith(("ت", "ان"))
                    if "/" in f:
                        tenses = verb_tenses(f)
                        keys += [(k, "verb", g, tenses[k], intransitive) for k, g in verb_forms(f).items()]
                    else:
                        keys.append((fold_string(f), "verb", "", "", intransitive))
                else:
                    keys += [(k, "noun", "", "", False) for k in noun_forms(f)]
            etype, mode = _event_type(path, lineno, row)
            alone = row.get("alone", "").lower()
            if alone not in ("", "yes", "no"):
                raise LexiconError(str(path), lineno, f"alone {alone!r} must be yes or no")
            if row.get("subject", "") not in ("", "actor", "target", "force", "before"):
                raise LexiconError(str(path), lineno,
                                   f"subject {row['subject']!r} must be actor, target, force or before")
            unless = _multi(row.get("unless", ""))
            for x in unless:
                if x.startswith("@") and x[1:] not in WORD_CATEGORIES:
                    raise LexiconError(str(path), lineno, f"unless {x!r}: {x[1:]!r} is not a category of words.tsv")
            t = Trigger(relation=row["relation"], cls=row["class"], pos=row["pos"], targets=targets,
                        agents=tuple(fold_string(x) for x in _multi(row.get("agent", ""))),
                        symmetric=row.get("symmetric", "").lower() in ("yes", "true", "1"),
                        requires=tuple((x[0] if x[:1] in ("<", "+", "^") else "") + fold_string(x.lstrip("<+^"))
                                       for x in _multi(row.get("requires", ""))),
                        actor_types=tuple(_multi(row.get("actors", ""))), origin=loc, type=etype, mode=mode,
                        # verbs state an occurrence; a verbal noun is one only with a party named
                        # (مكافحة الإرهاب is a policy, not an event) unless the row says so
                        alone=(alone == "yes") if alone else row["pos"] == "verb",
                        patient_subject=row.get("subject", "") == "target",
                        force_subject=row.get("subject", "") == "force",
                        prior_subject=row.get("subject", "") == "before",
                        unless=tuple(x if x.startswith("@") else (x[0] if x[:1] in ("<", "^") else "")
                                     + fold_string(x.lstrip("<^").rstrip("*")) + ("*" if x.endswith("*") else "")
                                     for x in unless))
            out.append((t, keys))
    return out


MODES = frozenset({
    "aerial", "shelling", "firearms", "explosion", "suicide", "primitive", "execute", "abduct", "capture",
    "advance", "siege", "arrest", "seize", "expel", "ban", "curfew", "censor", "demonstrate", "riot", "strike",
    "hunger-strike", "sit-in", "visit", "phone", "meet", "mediate", "ceasefire", "release", "humanitarian",
    "economic", "military", "intelligence", "investigate"})


def _event_type(path: Path, lineno: int, row: dict) -> tuple[str, str]:
    """The PLOVER type and mode of a trigger row: its own columns, else its class's (CLASS_TYPES).
    ``type`` "-" marks a trigger that names no event (a static relation such as الموالية لـ)."""
    etype, mode = row.get("type", ""), row.get("mode", "")
    if etype == "-" or row["class"] in STATIC_CLASSES:
        if mode:
            raise LexiconError(str(path), lineno, "a trigger with no event type has no mode")
        return "", ""
    if etype and etype not in EVENT_TYPES:
        raise LexiconError(str(path), lineno, f"type {etype!r} is not one of {' '.join(EVENT_TYPES)} (or -)")
    if mode and mode not in MODES:
        raise LexiconError(str(path), lineno, f"mode {mode!r} is not one of {' '.join(sorted(MODES))}")
    default_type, default_mode = CLASS_TYPES[row["class"]]
    return etype or default_type, mode or (default_mode if not etype else "")


def _load_titles(path: Path) -> list[Title]:
    kinds = ("official", "military", "spokesperson", "envoy", "honorific", "member", "activist", "leader")
    out = []
    for lineno, row in _rows(path, ("form", "role_en", "kind")):
        with _COLLECT:
            if row["kind"] not in kinds:
                raise LexiconError(str(path), lineno, f"kind {row['kind']!r} is not one of {' '.join(kinds)}")
            if not _ARABIC_RE.search(row["form"]):
                raise LexiconError(str(path), lineno, "form must be Arabic")
            out.append(Title(form=row["form"], role_en=row["role_en"], kind=row["kind"], origin=f"{path}:{lineno}"))
    return out


def _load_place_nouns(path: Path) -> list[PlaceNoun]:
    out = []
    for lineno, row in _rows(path, ("form", "type", "label_en", "keep")):
        with _COLLECT:
            if row["type"] not in ("Place", "Facility", "Organization", "Government", "ArmedGroup",
                                   "InternationalOrganization", "Media"):
                raise LexiconError(str(path), lineno, f"type {row['type']!r} cannot be introduced by a noun")
            for col in ("keep", "located"):
                if row.get(col, "yes") not in ("yes", "no"):
                    raise LexiconError(str(path), lineno, f"{col} must be yes or no")
            for col in ("by_place", "by_body"):
                if row.get(col) not in (None, "", "yes", "no"):
                    raise LexiconError(str(path), lineno, f"{col} must be yes, no or empty")
            out.append(PlaceNoun(form=row["form"], type=row["type"], label_en=row["label_en"],
                                 keep=row["keep"] == "yes", located=row.get("located", "yes") != "no",
                                 origin=f"{path}:{lineno}", by_place=row.get("by_place") == "yes",
                                 by_body=row.get("by_body") == "yes"))
    return out


def _load_anaphors(path: Path, entities: dict[str, Entity], generics: dict) -> list[Anaphor]:
    out = []
    for lineno, row in _rows(path, ("form", "heads", "types"),
                             ("form", "heads", "types", "default", "generic", "unless", "note")):
        with _COLLECT:
            types = tuple(_multi(row["types"]))
            for t in types:
                if t not in ENTITY_TYPES:
                    raise LexiconError(str(path), lineno, f"type {t!r} is not one of {', '.join(ENTITY_TYPES)}")
            defaults = []
            for cell in _multi(row.get("default", "")):
                country, _, eid = cell.rpartition(":")
                if eid not in entities:
                    raise LexiconError(str(path), lineno, f"default {eid!r} is not the id of any entity")
                if country and country not in entities:
                    raise LexiconError(str(path), lineno, f"default {cell!r}: {country!r} is not the id of any entity")
                defaults.append((country, eid))
            generic = row.get("generic", "")
            if generic and generic not in generics:
                raise LexiconError(str(path), lineno, f"generic {generic!r} is not an id of generic.tsv")
            out.append(Anaphor(form=row["form"], heads=tuple(fold_string(h) for h in _multi(row["heads"])),
                               types=types, defaults=tuple(defaults), generic=generic, origin=f"{path}:{lineno}",
                               unless=tuple(fold_string(w) for w in _multi(row.get("unless", "")))))
    return out


def _load_generics(path: Path, entities: dict) -> list[tuple[Generic, list[str]]]:
    out = []
    for lineno, row in _rows(path, ("id", "label_en", "label_country"),
                             ("id", "label_en", "label_country", "forms", "victim", "one", "two", "type", "country",
                              "side", "note")):
        with _COLLECT:
            if not _ID_RE.match(row["id"]):
                raise LexiconError(str(path), lineno, f"id {row['id']!r} must be snake_case")
            if "{country}" not in row["label_country"]:
                raise LexiconError(str(path), lineno, "label_country must contain {country}")
            if row.get("victim", "") not in ("", "yes", "no", "agent"):
                raise LexiconError(str(path), lineno, "victim must be yes, no or agent")
            forms = _multi(row.get("forms", ""))
            for f in forms:
                if not _ARABIC_RE.search(f):
                    raise LexiconError(str(path), lineno, f"form {f!r} has no Arabic letters")
            one, two = (frozenset(fold_string(f) for f in _multi(row.get(c, ""))) for c in ("one", "two"))
            forms += [f for f in _multi(row.get("one", "")) + _multi(row.get("two", "")) if f not in forms]
            gtype = row.get("type", "") or "Group"
            if gtype not in ("Group", "Facility"):
                raise LexiconError(str(path), lineno, f"type {gtype!r} must be Group or Facility")
            if row.get("side", "") not in ("", "force", "state", "armed", "judiciary"):
                raise LexiconError(str(path), lineno, "side must be force, state, armed, judiciary or empty")
            country = row.get("country", "")
            if country and country != "article" and (country not in entities or entities[country].type != "Country"):
                raise LexiconError(str(path), lineno, f"country {country!r} is no country id of the lexicon, "
                                                      "nor 'article'")
            out.append((Generic(row["id"], row["label_en"], row["label_country"], row.get("victim") == "yes",
                                row.get("victim") == "agent", one, two, gtype, f"{path}:{lineno}", country,
                                row.get("side", "")), forms))
    return out


WORD_CATEGORIES = ("prep", "negation", "future", "hypothetical", "report", "said_passive", "complementizer",
                   "clause", "relative", "force", "people", "light_verb", "light_noun", "stop", "head", "adjective_en",
                   "direction", "given_name", "name_particle", "agentive", "part", "still", "denial", "side",
                   "halt", "exposed", "number", "org_adjective", "casualty", "day", "month", "mode", "instrument",
                   "body", "ambiguous", "noun_en", "member", "policy", "abstract", "result", "hold", "sport",
                   "after_place", "beside", "name_en", "quality", "house", "proper_noun", "no_place", "din_first",
                   "letter", "international", "short_name", "short_name_cue", "equipment", "club", "club_cue", "match", "court", "verdict", "front", "engaged", "false_form", "lose", "future_after", "degree", "announce", "receive", "reciprocal", "nisba_adjective", "passing", "foil", "charge", "military", "accident", "naming", "merit", "document", "reflexive", "mood", "order", "series", "forum", "describe", "express", "institution", "operation", "aside", "any", "repel", "doer", "named_as", "scene", "hedge", "figurative", "claim", "fear", "attributed", "land", "survived", "attempt", "plan", "proposal", "taken_to", "companion", "place_tail", "common_before", "address", "suspect", "fail", "will_happen", "goods", "goes_on", "control", "contrast", "period", "near", "frame", "female_name")


def _load_words(paths: list[Path], entities: dict | None = None):
    words: dict[str, set] = {}
    values: dict[tuple[str, str], str] = {}
    genders: dict[str, str] = {}
    word_tenses: dict[str, str] = {}
    for path in paths:
        for lineno, row in _rows(path, ("category", "form"), ("category", "form", "value", "note")):
            with _COLLECT:
                cat = row["category"]
                if cat not in WORD_CATEGORIES:
                    raise LexiconError(str(path), lineno, f"category {cat!r} is not one of {' '.join(WORD_CATEGORIES)}")
                form = row["form"]
                if not form:
                    raise LexiconError(str(path), lineno, "form is empty")
                if cat in ("org_adjective", "ambiguous") and entities is not None and row.get("value", "") not in entities:
                    raise LexiconError(str(path), lineno,
                                       f"value {row.get('value', '')!r} is not the id of any entity")
                if cat == "short_name" and entities is not None:
                    for eid in _multi(row.get("value", "")) or [""]:
                        if eid not in entities:
                            raise LexiconError(str(path), lineno, f"value {eid!r} is not the id of any entity")
                        names = [fold_string(f) for f in (entities[eid].label_ar, *entities[eid].aliases_ar)]
                        if fold_string(form) not in {w for n in names for w in n.split()}:
                            raise LexiconError(str(path), lineno, f"{form!r} is not a word of a name of {eid!r}")
                if cat == "equipment" and not (form.isascii() and form.isupper()):
                    raise LexiconError(str(path), lineno, f"equipment {form!r} is not an acronym in Latin capitals")
                if cat in ("noun_en", "name_en", "letter", "equipment") and not row.get("value", ""):
                    raise LexiconError(str(path), lineno, f"{cat} needs its English rendering in value")
                if cat == "ambiguous" and entities is not None:
                    ent = entities[row["value"]]
                    names = [fold_string(f) for f in (ent.label_ar, *ent.aliases_ar)]
                    if fold_string(form) not in {x for n in names for x in (n, n.replace(" ", ""), *n.split())}:
                        raise LexiconError(str(path), lineno,
                                           f"{form!r} is neither a name of {row['value']!r} nor a word of one")
                forms = verb_forms(form) if "/" in form else {fold_string(form): ""}
                tenses = verb_tenses(form) if "/" in form else {}
                for f, g in forms.items():
                    if g:
                        genders.setdefault(f, g)
                    if f in tenses:
                        word_tenses.setdefault(f, tenses[f])
                    words.setdefault(cat, set()).add(f)
                    if row.get("value"):
                        values[(cat, f)] = row["value"]
    return {k: frozenset(v) for k, v in words.items()}, values, (genders, word_tenses)


def _entity_heads(entities: dict[str, Entity], head_nouns: frozenset) -> dict[str, frozenset]:
    """Head nouns an entity can be referred back to by: تنظيم for تنظيم الدولة, حركة for حركة حماس."""
    out = {}
    for eid, ent in entities.items():
        hs = set()
        for a in (ent.label_ar, *ent.aliases_ar):
            first = fold_string(a).split(" ")[0]
            if first.startswith("ال"):
                first = first[2:]
            if first in head_nouns:
                hs.add(first)
        if hs:
            out[eid] = frozenset(hs)
    return out
