"""Find entities by name, the way people write names: any English or Arabic label or alias, whatever
the case, diacritics, hamza and alef forms, ى/ي, ة/ه, a leading "the" or article (ال, al-), and the
parts of a label such as "Nusra Front (Jabhat al-Nusra)".

``resolve`` tries, in order, and stops at the first that finds something: the whole name; the end of
a name (a surname: "Assad", "Lavrov", "الأسد"); a run of words inside a name ("Nusra"). When nothing
matches, ``close_names`` says which names came close (difflib over the normalised names).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .text import fold_string

_WORD_RE = re.compile(r"\w+")
_PARTS_RE = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")
_ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "ar", "az", "an"})   # al-, ash-Sham …


def name_key(name: str) -> tuple[str, ...]:
    """The words of a name, normalised for matching."""
    words = _WORD_RE.findall(fold_string(name).replace("_", " "))
    if words and words[0] == "the":
        words = words[1:]
    out = []
    for w in words:
        if w in _ARTICLES and len(words) > 1:
            continue
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        elif w.startswith("لل") and len(w) > 4:
            w = w[2:]
        out.append(w)
    return tuple(out)


def variants(label: str) -> list[str]:
    """A label and its parts: "Islamic State (ISIS)" -> itself, "Islamic State", "ISIS"."""
    out = [label]
    m = _PARTS_RE.match(label)
    if m:
        out += [m.group(1), m.group(2)]
    return out


@dataclass
class NameIndex:
    """Every name of every entity: ``add(iri, name)`` for each label and alias."""
    names: dict[tuple, set] = field(default_factory=dict)      # name key -> entity IRIs
    shown: dict[tuple, str] = field(default_factory=dict)       # name key -> a name as written
    label: dict[str, str] = field(default_factory=dict)         # IRI -> its English label

    persons: set = field(default_factory=set)                  # IRIs of persons (surnames are theirs)

    def add(self, iri: str, name: str, english_label: bool = False, person: bool = False) -> None:
        if person:
            self.persons.add(iri)
        if english_label:
            self.label.setdefault(iri, name)
        for v in variants(name):
            key = name_key(v)
            if key:
                self.names.setdefault(key, set()).add(iri)
                self.shown.setdefault(key, v)

    def resolve(self, name: str) -> tuple[list[str], str]:
        """(entity IRIs, how: "name" | "surname" | "words" | "") for ``name``."""
        q = name_key(name)
        if not q:
            return [], ""
        if q in self.names:
            return sorted(self.names[q]), "name"
        n = len(q)
        surname = sorted({i for k, iris in self.names.items() if len(k) > n and k[-n:] == q
                          for i in iris if i in self.persons})
        if surname:
            return surname, "surname"
        words = sorted({i for k, iris in self.names.items()
                        if len(k) > n and any(k[j:j + n] == q for j in range(len(k) - n + 1)) for i in iris})
        return (words, "words") if words else ([], "")

    def close_names(self, name: str, n: int = 5) -> list[str]:
        """Names that came close to ``name`` (as written in the graph), best first."""
        q = name_key(name)
        runs: dict[str, list] = {}        # the query's length in words, taken anywhere in every name
        for k in self.names:
            for j in range(max(len(k) - len(q), 0) + 1):
                runs.setdefault(" ".join(k[j:j + len(q)]), []).append(k)
        close = difflib.get_close_matches(" ".join(q), list(runs), n=n * 3, cutoff=0.6)
        out: list[str] = []
        for k in (k for c in close for k in sorted(runs[c], key=len)):
            for iri in sorted(self.names[k]):
                text = self.label.get(iri) or self.shown[k]
                if text not in out:
                    out.append(text)
        return out[:n]
