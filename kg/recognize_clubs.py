"""Sports clubs named by their city, for kg.recognize's sentence builder.

Sports news names a club by its city (فاز ليون على مضيفه, "Lyon won away"), or by a word of club names
before the city (دينامو كييف Dynamo Kyiv, ستيوا بوخارست Steaua Bucharest: words.tsv ``club``). Such a
name is an organisation, not the place:

* a ``club`` word and the place or name after it are one club (in any sentence);
* in a sentence about a match (a words.tsv ``match`` word: مباراة; or a score: 2 - 1, صفر - 2), a town is its club where a nationality
  adjective follows it (ليون الفرنسي) or a words.tsv ``club_cue`` comes before it (مضيفه بنفيكا، تغلب ليون);
  a country stays a country (its national team is named by it in English too).

``SportsClubs`` is a mixin of ``kg.recognize._Builder`` (one sentence of one article).
"""
from __future__ import annotations

from .items import Item
from .model import Entity
from .name_shapes import lexicon_set, name_slug
from .text import fold_string
from .translit import romanize

_SCORE_WORDS = frozenset({"صفر"})      # nil, a score's number
CLUB_PREFIX = "organization/club-"


def _match_forms(lex) -> frozenset:
    """The words that are a words.tsv ``match`` word once و and the article are taken off (والمباراة،
    المباراة), each as written: a sentence is about a match when it has one of them."""
    def make(lx):
        match = lx.words.get("match", frozenset())
        return (x for m in match for x in (m, "و" + m, "ال" + m, "وال" + m)
                if x.removeprefix("و").removeprefix("ال") in match)
    return lexicon_set(lex, "match_forms", make)


class SportsClubs:
    def sports_clubs(self, out: list[Item]) -> None:
        """Clubs named with a club word (دينامو كييف), and towns that are clubs in a sentence about a match."""
        clubs = self.w.get("club", ())
        if clubs:
            self._club_words(out, clubs)
        if self._about_a_match():
            demonyms = {it.i for it in out if it.kind == "ent" and it.mention_kind == "demonym"}
            cues = self.w.get("club_cue", ())
            for it in out:
                if it.kind == "ent" and it.mention_kind == "name" and it.entity is not None \
                        and it.entity.type == "Place" and it.entity.country and not it.clitic \
                        and (it.j in demonyms or self.tok(it.i - 1).removeprefix("و") in cues):
                    self._as_club(it, "", it.entity)      # ليون الفرنسي، مضيفه بنفيكا، تغلب ليون

    def _about_a_match(self) -> bool:
        """A match word (words.tsv ``match``: مباراة), or a score (2 - 1, صفر - 2; not a date: 4-6-2015)."""
        toks = self.tokens
        if not _match_forms(self.lex).isdisjoint(toks):
            return True
        return "-" in toks and any(
            toks[k] == "-" and self._score(toks[k - 1]) and self._score(toks[k + 1])
            and toks[k - 2:k - 1] != ["-"] and toks[k + 2:k + 3] != ["-"] for k in range(1, len(toks) - 1))

    @staticmethod
    def _score(t: str) -> bool:
        return t.isdigit() and len(t) <= 2 or t in _SCORE_WORDS

    def _club_words(self, out: list[Item], clubs) -> None:
        """دينامو كييف: a club word and the town or name after it (or read with it as a person's), one club."""
        forms = lexicon_set(self.lex, "club_forms",
                            lambda lx: (f for c in lx.words.get("club", ()) for f in (c, "و" + c)))
        if forms.isdisjoint(self.tokens):
            return                     # (most sentences have no club word, with و or without)
        for k, t in enumerate(self.tokens[:-1]):
            clitic = "و" if t[:1] == "و" and t[1:] in clubs else ""
            word = t[len(clitic):]
            if word not in clubs:
                continue
            own = next((it for it in out if it.kind == "ent" and it.i <= k < it.j), None)
            if own is not None and not (own.i == k and 2 <= own.j - k <= 3 and own.entity is not None
                                        and own.entity.type == "Person" and own.entity.origin == "text"):
                continue               # a club the lexicon has already
            nxt = next((it for it in out if it.kind == "ent" and it.i == k + 1 and it.j - it.i <= 2
                        and it.entity is not None and it.entity.type in ("Place", "Person")), None)
            if own is None and nxt is None:
                continue
            j = own.j if own is not None else nxt.j
            place = nxt.entity if nxt is not None and nxt.entity.type == "Place" else None
            item = Item(kind="ent", i=k, j=j, fs=self.sa.starts[k] + len(clitic), fe=self.sa.ends[j - 1],
                        clitic=clitic, mention_kind="name")
            out[:] = [it for it in out if it.j <= k or it.i >= j]
            out.append(self._as_club(item, self.lex.word_values.get(("club", word), ""), place))
            out.sort(key=lambda x: x.i)

    def _as_club(self, it: Item, club_en: str, place: Entity | None) -> Item:
        """The item as the club its town (and club word) names."""
        ar = " ".join(self.span_text(it.i, it.j))
        if it.clitic:
            ar = ar[len(it.clitic):]
        key = fold_string(ar)
        town = place.label_en if place is not None else romanize(" ".join(key.split()[1:]))
        # دينامو كييف: the club word's English and the town's; ليون alone: "Lyon (club)"
        label = f"{club_en} {town}".strip() if club_en else f"{town} (club)"
        ent = Entity(id=f"{CLUB_PREFIX}{name_slug(key)}", type="Organization", label_en=label, label_ar=ar,
                     origin="text")
        it.entity, it.mention_kind = ent, "name"
        return it
