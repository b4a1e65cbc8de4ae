"""The subjects an article has talked about (for dropped subjects) and the gender entities agree in."""
from __future__ import annotations

from ..model import ACTOR_TYPES, Entity
from ..recognize import Item
from .words import _FEM_FORCES


class _Focus:
    """The subjects the article has talked about, most recent last (for dropped subjects).

    A subject stays in focus for the sentence that named it and the next ``SPAN`` sentences: a
    dropped subject continues a recent subject, not one from paragraphs ago."""

    SPAN = 1

    def __init__(self) -> None:
        self.subjects: list[tuple[Entity, str, int]] = []
        self.sentence = 0

    def push(self, ent: Entity, gender: str) -> None:
        if ent.type in ACTOR_TYPES:
            self.subjects.append((ent, gender, self.sentence))
            del self.subjects[:-20]

    def here(self, gender: str) -> Entity | None:
        """``last``, named in this sentence only."""
        ent, g, sent = self.subjects[-1] if self.subjects else (None, "", -1)
        return ent if sent == self.sentence and _agrees(gender, g) else None

    def last(self, gender: str) -> Entity | None:
        for ent, g, sent in reversed(self.subjects):
            if self.sentence - sent > self.SPAN:
                return None
            if _agrees(gender, g):
                return ent
        return None


def _agrees(gender: str, g: str) -> bool:
    """A verb of ``gender`` can have a subject of gender ``g`` (either unknown, a plural verb, a masculine
    verb for a plural subject); a verb of the first person (نتفق) has none: "we" is the speaker."""
    if gender == "1":
        return False
    return not gender or not g or gender == "p" or g == gender or (gender == "m" and g == "p")


def entity_gender(ent: Entity, item: Item | None, force_word: str = "", surface: str = "") -> str:
    """Grammatical gender an entity takes in verb agreement: f (feminine or non-human plural) or m.

    Organisations take the gender of the word they are named with (قوات مجلس دير الزور: f;
    مجلس دير الزور: m), countries are feminine unless their name is a masculine noun (العراق).
    """
    if force_word:
        # a plural of things (جرافات، آليات، طائرتين) takes a feminine verb: هدمت جرافات الجيش
        return "f" if force_word in _FEM_FORCES or force_word.endswith(("ات", "تين", "تان")) else "m"
    if item is not None and item.mention_kind == "demonym":
        # الروس، الفرنسيين: people; السلطات الكويتية: the adjective agrees with its feminine (or non-human
        # plural) noun, as the verb does
        return "f" if surface.endswith(("يه", "ية")) else "m"
    if ent.type == "Person":
        return "m"
    label = ent.label_ar.replace("أ", "ا").replace("إ", "ا")
    if surface and ent.type != "Country":
        label = surface
    first = label.split(" ")[0]
    if ent.type in ("Place", "Facility") or ent.metonym_of:
        return "f"     # cities take feminine agreement: اعتبرت واشنطن، تتهم باريس
    if ent.type == "Country":
        if first.startswith("ال") and not first.endswith(("ة", "ات")):
            return "m"
        # (without the article a country is feminine: تتهم إيران، أعلنت باكستان، طالبت فلسطين; لبنان is the
        # masculine one)
        return "m" if first == "لبنان" else "f"
    first = first.removeprefix("ال")
    if first.endswith(("ة", "ه", "ات")) or first in ("امم", "الامم"):
        return "f"
    return "m"
