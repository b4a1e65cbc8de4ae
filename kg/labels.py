"""Relation names as people read them: the English label the ontology gives each relation
(``kg:advancedOn`` → "advanced on"), the same words ``kg query`` shows. A relation a user lexicon adds
without a declaration is spelled out from its camelCase id (``shelledWithMortars`` → "shelled with
mortars"). The ids stay in the machine-readable columns (triples.csv ``relation``, GraphML
``relation``); every view (graph.html, GraphML labels, ``kg explain``) uses the words."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .lexicon import ONTOLOGY_DIR

_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_KG = "https://w3id.org/kg-ar/ontology#"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def camel_words(rel: str) -> str:
    return _CAMEL_RE.sub(" ", rel).lower()


@lru_cache(maxsize=4)
def _ontology_labels(path: str) -> dict[str, str]:
    import pyoxigraph as ox
    out: dict[str, str] = {}
    for t in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
        if (t.predicate.value == _LABEL and isinstance(t.subject, ox.NamedNode) and t.subject.value.startswith(_KG)
                and isinstance(t.object, ox.Literal) and t.object.language == "en"):
            out.setdefault(t.subject.value[len(_KG):], t.object.value)
    return out


def relation_label(rel: str, ontology: Path = ONTOLOGY_DIR / "kg.ttl") -> str:
    """The English words of a fine relation (or of a class property: "ATTACK" stays as it is)."""
    return _ontology_labels(str(ontology)).get(rel) or camel_words(rel)
