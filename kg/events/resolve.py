"""Resolution across the article: what one sentence leaves open, an earlier one may have said.

A definite event noun with no doer (الغارة، الهجوم، هذه الضربة) refers back to the last event of the
same kind the article told, within a few sentences or earlier in its own (حين هاجم مستوطنون المنزل …
ووصف الهجوم), and one followed by "other" (غارة أخرى) to the last of its relation: it takes that event's
actors (their words are not in this sentence, so the role's text is empty, as for any filler from
outside the sentence), and its place when it names none. An event whose sentence names no place happened where the events just told did: it
takes the place named in the last two sentences (a named one, not an unnamed bus or house) before the country the
article is about. A protest
whose doers neither the sentence nor the article names was made by unnamed protesters, and a suicide
attack by a suicide bomber (and one who blew himself up, named by a word of people, is one), of the
country of its place, else of the article's events (ACLED's "Protesters (Iraq)"); an unnamed suicide
bomber is carried only to a blast or the same deed told again (a definite noun), not to the article's
next killing or operation. An attack,
advance or capture with no target named, or a capture or advance whose target is only a place, was
against the other side of the fight told in the sentences just before, else (an attack, advance, capture or
siege) of the fight the article tells nearest to it, before or after (its target has no words in the
sentence, like any role filled from the article). A definite attack noun in the singular with no target named (أعلن
التنظيم مسؤوليته عن الهجوم) hit what the last attack (no clash) told within a few sentences before hit.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..groups import carried_doer, group_generic, group_side, is_unnamed, unnamed_group
from ..lexicon import VERB_CLITICS
from ..model import BLASTS, DEED_TYPES, PLACED_TYPES, Event, Role
from ..text import fold_string

SPAN = 4                     # sentences back an event noun may refer to
ACTOR_SPAN = 3               # sentences back any event with no doer takes the doer of the last of its kind
PLACE_SPAN = 2               # sentences back a place carries over to events that name none
SIDE_SPAN = 3                # sentences back a fight tells who the other side is
_TAKING = frozenset({"CONTROL", "ADVANCE", "BESIEGE"})   # what is done to a place, against the other side
_GROUND_FIGHTS = frozenset({"clashedWith"})   # fights between sides on the ground (triggers.tsv relations)
_FIGHT = _TAKING | {"ATTACK"}   # deeds against the other side of the article's fight, wherever it tells it


def _definite(trigger: str, evidence: str) -> bool:
    w = fold_string(trigger).split(" ")[0]
    for c in ("وبال", "فبال", "وال", "فال", "بال", "لل", "كال", "ال"):
        if w.startswith(c):
            return True
    return False


def resolve_document(events: list[Event], lex) -> list[Event]:
    """The events of one article, in order, with actors carried over to definite event nouns."""
    last: dict[tuple[str, str], Event] = {}
    last_place: tuple[int, tuple] | None = None      # (sentence, places) named in the text
    home = _article_country(events)
    out = []
    sides: Event | None = None       # the last fight told with both its sides
    aerial: dict[str, bool] = {}     # doer id -> every attack the article told it doing was from the air
    for n, e in enumerate(events):
        named_place = any(r.text for r in e.places)
        if not e.actors and e.relation_class:
            definite = _definite(e.trigger, e.evidence)
            another = _another(e)
            # a definite event noun refers back to its kind; one followed by "other" to the last of its relation
            # (غارة أخرى: the last air raid); any other deed with no doer continues the last deed of its type
            # (a campaign told over sentences); words (demands, accusations …) belong to whoever says them,
            # which the text must name
            prev = last.get((e.type, e.relation)) or last.get((e.type, e.relation_class)) if another else \
                last.get((e.type, e.relation_class)) if definite else \
                last.get((e.type, "")) if e.type in DEED_TYPES else None
            definite = definite or another
            span = SPAN if definite else ACTOR_SPAN
            if prev is not None and _first_person(e.trigger, lex):
                prev = None     # نقاتل، سنطرد: "we", whoever says it; no doer of an earlier deed
            if prev is not None and e.mode == "suicide" and not definite and any(
                    r.entity.type in ("Country", "Government") or group_side(lex, r.entity) in ("force", "state")
                    for r in prev.actors):
                prev = None     # فجرتا نفسيهما: no state's force blows itself up; who did is a suicide bomber (below),
                #                 not the doer of the last deed told
            if prev is not None and not definite and "how=passive" in e.features:
                prev = None     # وقُتل 39 متمردا: a passive verb names no doer on purpose; the last deed's is a guess
            if prev is not None and e.relation_class in ("ATTACK", "KILL") \
                    and {_state_of(lex, r.entity) for r in prev.actors} & _hit_states(e, events, lex):
                prev = None     # ضابطان في الدرك قتلا في الانفجار: the police who raided before did not blow up
                #                 their own state's forces; whom the sentence tells were hit is the other side
            if prev is not None and e.relation in _GROUND_FIGHTS and prev.actors and all(
                    aerial.get(r.entity.id) for r in prev.actors):
                # غارات التحالف على الحوثيين …، واندلعت اشتباكات: who the article has told only raiding from the
                # air is no side of the clashes on the ground told after; whom it raided is one
                if not e.targets:
                    e = replace(e, targets=tuple(Role(r.entity) for r in prev.targets if _a_side(lex, r.entity)))
                prev = None
            if prev is not None and e.sentence - prev.sentence <= span and (
                    prev.sentence != e.sentence or definite and _offset(prev) < _offset(e)) \
                    and not {r.entity.id for r in prev.actors} & {r.entity.id for r in e.targets} \
                    and all(carried_doer(lex, r.entity, e.type, e.relation,
                                         aerial=e.mode == "aerial" and prev.mode != "aerial") for r in prev.actors) \
                    and (definite or prev.sentence == e.sentence or not _bombers(prev, lex)
                         or e.relation in BLASTS or e.mode in ("suicide", "explosion")):
                # (a suicide bomber did one deed: the blast told again, not the next deed the article tells;
                # a deed from the air, after the ground deed of a party with no aircraft: not the Houthis')
                # (not when the earlier doer is this event's target: the other side is acting now)
                e = replace(e, actors=tuple(Role(r.entity) for r in prev.actors),
                            places=e.places if named_place else tuple(Role(r.entity) for r in prev.places),
                            confidence=round(max(e.confidence - 0.1, 0.1), 2))
                named_place = named_place or any(r.text for r in prev.places)
        if e.type == "ASSAULT" and not e.actors and not e.targets and sides is not None \
                and e.sentence - sides.sentence <= ACTOR_SPAN and _offset(sides) < _offset(e) \
                and _between_both_sides(e):
            # واندلعت مواجهات بين الطرفين: the two sides are those of the fight just told (after a definite
            # noun's doer carried from the deed it names again)
            e = replace(e, actors=tuple(Role(r.entity) for r in sides.actors),
                        targets=tuple(Role(r.entity) for r in sides.targets),
                        confidence=round(max(e.confidence - 0.1, 0.1), 2))
        if not named_place and last_place is not None and e.sentence - last_place[0] <= PLACE_SPAN \
                and e.type in PLACED_TYPES \
                and not (e.places and e.places[0].entity.type != "Country"):
            e = replace(e, places=tuple(Role(r.entity) for r in last_place[1]))
        if e.type == "ASSAULT" and not e.actors and e.relation_class in ("ATTACK", "KILL") \
                and "how=passive" not in e.features and _hit_states(e, [e], lex):
            # وأصيب جنديان تركيان في هجوم: an attack on a state's unnamed forces with no doer named was made by
            # the armed group the article tells fighting those forces, nearest first
            hit = replace(e, actors=tuple(r for r in e.targets if r.text))
            near = _nearest_first(e, out + events[n + 1:])
            doers = [x for x in _other_side(hit, near, lex) if x.type == "ArmedGroup"]
            if doers:
                e = replace(e, actors=tuple(Role(x) for x in doers), confidence=round(max(e.confidence - 0.1, 0.1), 2))
        if e.relation == "labelled" and not e.targets:
            # أدان الهجوم …، وقال إن هذه الجريمة النكراء عمل إرهابي: what a deed told just before is called
            # accuses its doer (triggers.tsv labelled), if the text named one
            deed = next((p for p in reversed(out) if p.type == "ASSAULT" and e.sentence - p.sentence <= SPAN), None)
            if deed is not None and deed.actors and not {r.entity.id for r in deed.actors} & {
                    r.entity.id for r in e.actors}:
                e = replace(e, targets=tuple(Role(r.entity) for r in deed.actors),
                            confidence=round(max(e.confidence - 0.1, 0.1), 2))
        if e.type == "PROTEST" and not e.actors:
            e = _unnamed_doers(e, lex, "protesters", "متظاهرون", home)
        if e.type == "ASSAULT" and not e.targets and e.relation_class == "ATTACK" and e.relation not in _GROUND_FIGHTS \
                and _definite(e.trigger, e.evidence) and not _another(e) and not fold_string(e.trigger).endswith("ات"):
            # وأعلن تنظيم داعش مسؤوليته عن الهجوم: the attack named again hit what the article told it hit (not the
            # other side of a fight told later)
            prev = last.get((e.type, e.relation_class))
            hit = [r for r in prev.targets if r.entity.type not in ("Place", "Country")] if prev is not None else []
            if hit and 0 <= e.sentence - prev.sentence <= SPAN and prev.relation not in _GROUND_FIGHTS \
                    and prev.sentence != e.sentence and not {r.entity.id for r in hit} & {r.entity.id for r in e.actors}:
                # (the people, forces or buildings hit; a town hit stands for whoever held it, told otherwise)
                e = replace(e, targets=tuple(Role(r.entity) for r in hit),
                            confidence=round(max(e.confidence - 0.1, 0.1), 2))
        if e.type == "ASSAULT" and e.actors and (not e.targets or e.relation_class in _TAKING and all(
                r.entity.type in ("Place", "Country") for r in e.targets)):
            # (سيطرت القوات على أبين: a place taken or advanced on was taken from the other side too)
            air_only = frozenset(k for k, v in aerial.items() if v and e.mode != "aerial")
            other = _other_side(e, [p for p in reversed(out) if e.sentence - p.sentence <= SIDE_SPAN], lex, air_only)
            if not other and e.relation_class in _FIGHT:
                # (against whom the article's fight is, told anywhere in it: the earlier events as resolved)
                other = _other_side(e, _nearest_first(e, out + events[n + 1:]), lex, air_only)
            if e.targets:     # (a place taken from a state is taken from its forces, named or not)
                other = [x for x in other if x.type != "Country"]
            if other:
                e = replace(e, targets=e.targets + tuple(Role(x) for x in other),
                            confidence=round(max(e.confidence - 0.05, 0.1), 2))
        if e.type == "ASSAULT" and e.actors and e.targets and e.modality in ("asserted", "reported") \
                and all(_a_side(lex, r.entity) for r in e.actors + e.targets) \
                and not {_state_of(lex, r.entity) for r in e.actors} & {_state_of(lex, r.entity) for r in e.targets} - {""}:
            sides = e      # (two armed sides: not the place taken, the convoy or the civilians hit, nor one state)
        if e.actors:
            last[(e.type, e.relation_class)] = last[(e.type, "")] = last[(e.type, e.relation)] = e
            if e.type == "ASSAULT":
                for r in e.actors:      # (all its attacks the text told so far from the air; not carried ones)
                    if r.text:
                        aerial[r.entity.id] = aerial.get(r.entity.id, True) and e.mode == "aerial"
        elif e.type == "ASSAULT" and (_suicide_words(e.trigger, lex)
                                      or e.mode == "suicide" and e.relation in BLASTS):
            # وقع هجوم انتحاري، فجر رجل نفسه: a suicide bomber did it (not carried on: the article did not name
            # him)
            e = _unnamed_doers(e, lex, "suicide_bomber", "انتحاري", home)
        if e.type == "ASSAULT" and e.mode == "suicide" and e.actors and all(
                r.text and not carried_doer(lex, r.entity, "") for r in e.actors):
            # فجر رجل نفسه، فجرت امرأة حزامها: the man or woman who blew himself up is a suicide bomber
            bomber = _unnamed_doers(e, lex, "suicide_bomber", e.actors[0].text, home)
            e = replace(bomber, actors=tuple(replace(b, text=r.text, start=r.start, end=r.end)
                                             for b, r in zip(bomber.actors, e.actors)))
        if any(r.text for r in e.places) and e.mode != "visit" and not is_unnamed(e.places[0].entity.id):
            # (not where a visitor went: زار الرئيس الكاميرون; not an unnamed bus or house, which is no
            # place of the events after it)
            last_place = (e.sentence, e.places)
        out.append(e)
    return out


def _bombers(e: Event, lex) -> bool:
    """The event's doers are unnamed suicide bombers (generic.tsv: a group that only acts)."""
    return all((g := group_generic(lex, r.entity)) is not None and g.agent for r in e.actors)


def _first_person(trigger: str, lex) -> bool:
    """The trigger is a verb of the first person (نقاتل، ونهاجم، سنطرد: lexicon forms of agreement 1)."""
    word = fold_string(trigger).split(" ")[0]
    return any(word.startswith(c) and any(h.gender == "1" for h in lex.lookup(word[len(c):]))
               for c in VERB_CLITICS)     # (the proclitics a verb takes, "" among them)


def _suicide_words(trigger: str, lex) -> bool:
    """The trigger's own words say the attack was a suicide attack (هجوم انتحاري، عملية انتحارية)."""
    return any(lex.word_values.get(("mode", w)) == "ASSAULT:suicide" for w in fold_string(trigger).split(" "))


def _country_of(place) -> str:
    return place.id if place.type == "Country" else place.country


def _article_country(events: list[Event]) -> str:
    """The country the article's events happen in most (the first of the most frequent), or ""."""
    counts: dict[str, int] = {}
    for e in events:
        if e.places and (c := _country_of(e.places[0].entity)):
            counts[c] = counts.get(c, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else ""


def _unnamed_doers(e: Event, lex, kind: str, label_ar: str, home: str = "") -> Event:
    """A protest no one is named making (خرجت مظاهرات في بغداد، تنظم تظاهرات يومية في المدن التركية) was
    made by protesters, and a suicide attack no one is named making (وقع هجوم انتحاري في مايدوغوري) by a
    suicide bomber, as ACLED writes them: "Protesters (Iraq)", "Suicide bomber (Nigeria)", qualified by
    the country of the event's place, else of the article's events (``home``)."""
    place = e.places[0].entity if e.places else None
    country = (_country_of(place) if place is not None else "") or home
    ent = unnamed_group(lex, kind, country, label_ar)
    return e if ent is None else replace(e, actors=(Role(ent),), confidence=round(max(e.confidence - 0.1, 0.1), 2))


def _other_side(e: Event, near: list[Event], lex, air_only: frozenset = frozenset()) -> list:
    """Whom an attack, advance or capture with no target named was made against: the other side of the
    fight told in the events ``near``, nearest first (تقدمت القوات … after القوات تقاتل داعش: against ISIS):
    the targets of the nearest attack by one of its doers, or the doers of the nearest attack on one of them.
    Sides are armed groups, forces, governments and states, not a person, a place or civilians."""
    doers = {r.entity.id for r in e.actors}
    for prev in near:
        if prev.type != "ASSAULT" or not prev.actors or not prev.targets:
            continue
        if doers & {r.entity.id for r in prev.actors}:
            side = [r.entity for r in prev.targets]
        elif doers & {r.entity.id for r in prev.targets}:
            side = [r.entity for r in prev.actors]
        else:
            continue
        states = {_state_of(lex, r.entity) for r in e.actors} - {""}
        side = [x for x in side if x.id not in doers and _a_side(lex, x) and _state_of(lex, x) not in states
                and x.id not in air_only]   # (who only raids from the air is no side the ground fighting hits)
        if side:
            return list({x.id: x for x in side}.values())
    return []


def _nearest_first(e: Event, events: list[Event]) -> list[Event]:
    """The article's events (the earlier as resolved, the later as read) by their distance from e's sentence,
    the earlier first at a like distance."""
    return sorted(events, key=lambda x: (abs(x.sentence - e.sentence), x.sentence))


def _hit_states(e: Event, events: list[Event], lex) -> set[str]:
    """The states whose unnamed forces (soldiers, policemen: generic.tsv side force) the event's sentence tells
    were hit: the event's own targets named in it, and those whom the killings and attacks beside it, with no
    doer named, befell (قتل جنديان في الانفجار)."""
    return {st for x in events if x.sentence == e.sentence and x.type == "ASSAULT" and (x is e or not x.actors)
            for r in x.targets if r.text and r.entity.id.startswith("group/") and group_side(lex, r.entity) == "force"
            and (st := _state_of(lex, r.entity))}


def _a_side(lex, ent) -> bool:
    if ent.type not in ("ArmedGroup", "Government", "Country", "Group"):
        return False
    if ent.id.startswith("group/"):
        return group_side(lex, ent) in ("force", "state", "armed")   # (not officials, students, prosecutors)
    return True


def _state_of(lex, ent) -> str:
    """The state an entity is, or is a force or government of ("" for any other): Egypt, Military forces
    of Egypt and the Government of Egypt are one side and never each other's other side."""
    if ent.type == "Country":
        return ent.id
    if group_side(lex, ent) in ("force", "state"):
        return ent.country
    if ent.type == "Government":
        return ent.country
    return ""


def _another(e: Event) -> bool:
    """The event noun is followed by "other" (غارات أخرى، هجوم آخر): another of the kind just told, in its own
    sentence too (5 غارات استهدفت حويجة صكر، فيما استهدفت 3 غارات أخرى حي الحميدية)."""
    at = _offset(e) - e.start + len(e.trigger)
    nxt = e.evidence[at:].split()[:1] if at > 0 else []
    return bool(nxt) and fold_string(nxt[0]).strip("،,.") in ("اخري", "اخر", "اخرين", "اخريين")


_BOTH_SIDES = ("بين الطرفين", "بين الجانبين", "بين الفريقين")
_WORD = re.compile(r"\w+")


def _between_both_sides(e: Event) -> bool:
    """The trigger is followed, within three words, by بين الطرفين "between the two sides"."""
    at = _offset(e) - e.start
    if at < 0:
        return False
    after = _WORD.findall(fold_string(e.evidence[at:]))[:5]
    return any(" ".join(after[k:k + 2]) in _BOTH_SIDES for k in range(1, 4))


def _offset(e: Event) -> int:
    """Where the event's trigger starts in the article (its id is doc:offset)."""
    try:
        return int(e.event_id.rsplit(":", 1)[1])
    except (IndexError, ValueError):
        return -1
