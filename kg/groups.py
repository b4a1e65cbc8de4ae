"""Unnamed groups as entities (ontology/generic.tsv): one id and label per kind and country."""
from __future__ import annotations

from dataclasses import replace

from .model import Entity
from .name_shapes import lexicon_value

UNNAMED_FACILITY = "facility/unnamed-"


def group_entity(lex, generic, country: str, label_ar: str) -> Entity:
    """The Group entity for a kind of unnamed group (a ``Generic``), qualified by a country id ("" for
    none): group/police-iraq "Police forces of Iraq"."""
    cent = lex.entities.get(country) if country else None
    if cent is not None and cent.type != "Country":
        return cent       # مسلحون حوثيون، أربعة حوثيين: the group the adjective names, not a country's unnamed group
    label = generic.label_country.format(country=cent.label_en) if cent is not None else generic.label_en
    if cent is not None and (known := _named_as(lex).get(_label_key(label))) is not None:
        return known      # السلطات اليمنية: the lexicon's Government of Yemen, one node with الحكومة اليمنية
    prefix = "group/" if generic.type == "Group" else UNNAMED_FACILITY
    return Entity(id=f"{prefix}{generic.id}" + (f"-{country}" if cent is not None else ""), type=generic.type,
                  label_en=label, label_ar=label_ar, country=country if cent is not None else "", origin="text")


def _label_key(label: str) -> str:
    return label.lower().replace(" the ", " ")


def _named_as(lex) -> dict:
    """The lexicon's entities of a country by their English label (Government of Yemen): an unnamed group
    of a country whose label is one of them is that entity."""
    return lexicon_value(lex, "country_entities_by_label", lambda lx: {
        _label_key(e.label_en): e for e in lx.entities.values() if e.country and e.type != "Country"})


def unnamed_group(lex, kind: str, country: str, label_ar: str) -> Entity | None:
    """The unnamed group of a kind of generic.tsv and a country, as ACLED writes them ("Protesters (Iraq)",
    "Suicide bomber (Nigeria)"), or None where generic.tsv has no such kind."""
    generic = lex.generics.get(kind)
    return group_entity(lex, generic, country, label_ar) if generic is not None else None


def protesters(lex, country: str, label_ar: str) -> Entity | None:
    """Unnamed protesters of a country ("Protesters (Iraq)")."""
    return unnamed_group(lex, "protesters", country, label_ar)


def is_unnamed(entity_id: str) -> bool:
    """An unnamed group or facility (one node per kind and country, pooled over every article)."""
    return entity_id.startswith(("group/", UNNAMED_FACILITY))


def described_facility(ent: Entity) -> Entity:
    """A facility found in the text that its words describe rather than name (حقول النفط، مسجد أبها):
    the same entity as an unnamed one (an event role, no node of the graph)."""
    return replace(ent, id=ent.id.replace("facility/", UNNAMED_FACILITY, 1))


def group_generic(lex, ent: Entity):
    """The generic.tsv row an unnamed group's id was made from (group/police-iraq: police), or None."""
    if not ent.id.startswith("group/"):
        return None
    return lex.generics.get(ent.id[len("group/"):].split("-", 1)[0])


def group_side(lex, ent: Entity) -> str:
    """The side of an unnamed group (generic.tsv side): force, state, armed, judiciary, or "" (people, or
    no unnamed group)."""
    g = group_generic(lex, ent)
    return g.side if g is not None else ""


# the first words of a lexicon name that say the entity flies (طيران التحالف العربي، طائرات التحالف)
_AIR_WORDS = ("طيران ", "طائرات ", "مقاتلات ", "الطيران ", "الطائرات ")


def flies(ent: Entity) -> bool:
    """Whether an entity has aircraft to strike from the air: a state, its government or an international
    body, or a party the lexicon also names by its planes (طيران التحالف العربي)."""
    if ent.type in ("Country", "Government", "InternationalOrganization") or ent.metonym_of:
        return True
    return any(a.startswith(_AIR_WORDS) for a in ent.aliases_ar)


def _air_strike(lex, relation: str) -> bool:
    """The relation names air strikes by its nouns (triggers.tsv mode aerial: غارة، غارات) and has no other
    reading: a deed whose mode the words around it tell is no air strike by its word, and one who shoots a
    plane down (أسقط، aerial too) does not fly."""
    return relation in lexicon_value(lex, "air_relations", lambda lx: frozenset(
        {t.relation for t in lx.triggers if t.mode == "aerial" and t.pos == "noun"}
        - {t.relation for t in lx.triggers if t.mode != "aerial"}))


def carried_doer(lex, ent: Entity, event_type: str, relation: str = "", aerial: bool = False) -> bool:
    """Whether an entity may be an event's doer when only the article, not the sentence, names it (a
    dropped subject, the doer of the last deed of the kind): not a group things are done to (civilians,
    prisoners), and not one person or a newspaper for an attack, an arrest or a protest, which groups do
    (the person named before is mostly the one who spoke of it, the paper the one that told it), not a
    state or its forces for a protest, and for an air strike (its word, or ``aerial``: a deed the words around it
    tell came from the air) only one that flies (not the rebels or the resistance named before)."""
    if (aerial or relation and _air_strike(lex, relation)) \
            and not (flies(ent) or group_side(lex, ent) in ("force", "state")):
        return False
    if event_type in ("ASSAULT", "COERCE", "PROTEST") and (ent.type in ("Person", "Media")
                                                          or group_side(lex, ent) == "judiciary"):
        return False      # (the prosecutor named before charges or investigates a deed, does none)
    if event_type == "PROTEST" and (ent.type in ("Country", "Government") or group_side(lex, ent) in ("force", "state")):
        return False      # وسارت التظاهرة: people march, not the state or its forces named before
    if is_unnamed(ent.id) and ent.id.startswith("group/"):
        g = group_generic(lex, ent)
        return not (g is not None and g.victim)
    return True

