"""The world's towns and cities by their Arabic names (``ontology/gazetteer/geonames.tsv``, from GeoNames).

kg's lexicon knows the places its users write about most; a town it does not know is found by the name
model or a place noun (بلدة X). This gazetteer gives such a town the name analysts know it by and its
country: زوارة and زواره are both Zuwarah, Libya (one node, ``place/geonames-2208425``), where a
transliteration would give "Zawara" and two nodes. A town the lexicon has is the lexicon's entity (كابل
is the lexicon's Kabul, spelt كابول there). Built by ``bench/gazetteer/build.py``.

It names places already found; it never makes a word a place (common words are towns somewhere).
One spelling may be several towns: the one in the country the sentence or article is about, else the
biggest, if it is big enough to be news far from home (``FAR_POPULATION``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import LexiconError
from .variants import id_form

GAZETTEER = Path(__file__).resolve().parent.parent / "ontology" / "gazetteer" / "geonames.tsv"
COLUMNS = ("form", "geonameid", "label_en", "country", "country_code", "population", "entity")
# a town outside the country an article or sentence is about (or with none known) is taken only if it is
# at least this big: a province or district the gazetteer lacks (ولاية زابل, Afghanistan) often shares its
# name with a smaller town abroad (Zabol, Iran)
FAR_POPULATION = 500_000


@dataclass(frozen=True, slots=True)
class Town:
    geonameid: str
    label_en: str
    country: str           # kg's country id, "" when kg's lexicon lacks the country
    population: int
    entity: str = ""       # the lexicon's id of the town, when the lexicon has it under another spelling

    @property
    def entity_id(self) -> str:
        return self.entity or f"place/geonames-{self.geonameid}"


class Gazetteer:
    def __init__(self, towns: dict[str, tuple[Town, ...]], codes: dict[str, str] | None = None):
        self.towns = towns
        self.codes = codes or {}     # kg's country id -> its ISO 3166 code (GeoNames'): syria -> SY
        self._by_skeleton: dict[str, tuple[Town, ...]] | None = None

    def spelled(self, folded: str) -> tuple[Town, ...]:
        """The towns of a folded name: as the gazetteer spells it, else spelt with a long vowel more or
        less (ميكراس for مكيراس: kg.variants.id_form) when that spelling is one town's."""
        cands = self.towns.get(folded)
        if cands:
            return cands
        if self._by_skeleton is None:
            by: dict[str, dict[str, Town]] = {}
            for form, ts in self.towns.items():
                for t in ts:
                    by.setdefault(id_form(form, "Place"), {}).setdefault(t.geonameid, t)
            self._by_skeleton = {k: tuple(v.values()) for k, v in by.items() if len(v) == 1}
        key = id_form(folded, "Place")
        return self._by_skeleton.get(key, ()) if key != folded or len(folded) >= 4 else ()

    def find(self, folded: str, countries: tuple[str, ...] = ()) -> Town | None:
        """The town a folded place name is: in the first of ``countries`` (the sentence's, the article's)
        that has one, else the biggest of that name if it is at least FAR_POPULATION."""
        cands = self.spelled(folded)
        if not cands:
            return None
        for c in countries:
            for t in cands:
                if c and t.country == c:
                    return t
        best = cands[0]
        if best.population < FAR_POPULATION:
            return None
        return best


def read(path: Path = GAZETTEER) -> Gazetteer:
    """Read a gazetteer file; a missing or malformed one is an error naming the file (and line). Rows are
    read as the lexicon's files are (``kg.lexicon._rows``)."""
    from .lexicon import _COLLECT, _rows
    before = len(_COLLECT.errors)
    towns: dict[str, list[Town]] = {}
    codes: dict[str, str] = {}
    for lineno, row in _rows(path, COLUMNS, COLUMNS):
        if not row["form"] or not row["label_en"] or not row["population"].isdigit():
            raise LexiconError(str(path), lineno, "form and label_en must be filled and population a number")
        towns.setdefault(row["form"], []).append(
            Town(row["geonameid"], row["label_en"], row["country"], int(row["population"]), row["entity"]))
        if row["country"] and row["country_code"]:
            codes.setdefault(row["country"], row["country_code"])
    bad = _COLLECT.errors[before:]
    if bad:                    # a row with too few or too many cells
        del _COLLECT.errors[before:]
        raise bad[0]
    towns = _without_generic_word(towns)
    # the biggest first; the GeoNames id settles a tie (deterministic)
    return Gazetteer({f: tuple(sorted(ts, key=lambda t: (-t.population, int(t.geonameid) if t.geonameid.isdigit() else 0)))
                      for f, ts in towns.items()}, codes)


# a generic word GeoNames puts before a name (Suq Sirwah, "the market of Sirwah") and its Arabic (folded)
_GENERIC_WORDS = {"Suq": "سوق", "Qaryat": "قريه", "Nahiyat": "ناحيه", "Markaz": "مركز"}


def _without_generic_word(towns: dict[str, list[Town]]) -> dict[str, list[Town]]:
    """A town whose English label opens with a generic word (Suq, Qaryat, Nahiyat, Markaz) that one of its
    Arabic forms goes without (صرواح beside سوق صرواح) is labelled without it: Sirwah, not Suq Sirwah (the name
    news uses). Not when the rest is no capitalised name (Nahiyat ash Shinafiyah)."""
    forms: dict[str, list[str]] = {}
    for form, ts in towns.items():
        for t in ts:
            forms.setdefault(t.geonameid, []).append(form)
    relabel: dict[str, str] = {}
    for ts in towns.values():
        for t in ts:
            word, _, rest = t.label_en.partition(" ")
            ar = _GENERIC_WORDS.get(word)
            if ar and rest[:1].isupper() and t.geonameid not in relabel and any(
                    not f.startswith(ar) and f != "ال" + ar for f in forms[t.geonameid]):
                relabel[t.geonameid] = rest
    return {f: [Town(t.geonameid, relabel.get(t.geonameid, t.label_en), t.country, t.population, t.entity)
                for t in ts] for f, ts in towns.items()}


@lru_cache(maxsize=4)
def load(path: str = str(GAZETTEER)) -> Gazetteer:
    return read(Path(path))
