"""Unnamed groups as entities (ontology/generic.tsv): one id and label per kind and country."""
from __future__ import annotations

from .model import Entity


def group_entity(lex, generic, country: str, label_ar: str) -> Entity:
    """The Group entity for a kind of unnamed group (a ``Generic``), qualified by a country id ("" for
    none): group/police-iraq "Police forces of Iraq"."""
    cent = lex.entities.get(country) if country else None
    label = generic.label_country.format(country=cent.label_en) if cent is not None else generic.label_en
    prefix = "group/" if generic.type == "Group" else "facility/unnamed-"
    return Entity(id=f"{prefix}{generic.id}" + (f"-{country}" if cent is not None else ""), type=generic.type,
                  label_en=label, label_ar=label_ar, country=country if cent is not None else "", origin="text")


def is_unnamed(entity_id: str) -> bool:
    """An unnamed group or facility (one node per kind and country, pooled over every article)."""
    return entity_id.startswith(("group/", "facility/unnamed-"))
