"""Who a person's name alone is: the family name of a person named in full before (``surnames``), a first
name before an editor's bracket (``bracketed_first_names``), a known first name that names no one
(``lone_first_names``), a title's affiliation that follows its person (``affiliations_follow``), and names
before a lexicon person's family name (``family_after_names``).
kg.recognize's sentence builder extends this class (its ``emit``, ``doubtful`` and ``_covered``)."""
from __future__ import annotations

import re

from .items import Item
from .lexicon import ENT, Lexicon
from .model import Entity
from .name_shapes import ABD_SOLID_RE, SON_OF, another_first_name, first_name_alone, lexicon_set
from .name_words import Words
from .recognize_places import _DESCRIPTORS
from .text import fold_string
from .variants import NAME_ENDINGS

_HYPHENS = ("-", "–")                 # جان - إيف: a first name joined to the one before
_PLAIN_NAME_RE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")      # words of letters, one space between


def not_surnames(lex: Lexicon) -> frozenset:
    """Words that never stand alone for a name read in full (الله، الدين، بن، أبو, stop words)."""
    return lexicon_set(lex, "not_surnames", lambda lx: lx.words["_stop"] | lx.words.get("name_particle", frozenset()) | {
        f for w in NAME_ENDINGS for f in (fold_string(w), fold_string(w).removeprefix("ال"))})


class PersonLinks(Words):
    """The person steps of a sentence's builder that link a name alone to a person (or to no one)."""

    def _learn_surname(self, last: str, ent: Entity) -> None:
        """A person read in full (by the model or a pattern): their last name alone is them later on.
        A family name that is also a first name (علي عبدالله صالح) is them only where a one-word name is
        already read as a person (new_entity: للرئيس السابق صالح), and only while one person has it."""
        if ent.type == "Person" and len(last) >= 3 and last.isalpha() and last not in not_surnames(self.lex):
            words = fold_string(ent.label_ar).split()
            if len(words) >= 3 and words[-2] == "عبد" and words[-3] in SON_OF:
                return    # عمر بن عبد العزيز: العزيز alone is half his father's name
            if last not in self.w.get("given_name", ()):
                self.state.add_surname(last, ent)
            else:
                given = self.state.given_surnames
                known = given.get(last, ent)
                given[last] = ent if known is not None and known.id == ent.id else None

    def aliases(self, out: list[Item]) -> None:
        """أبو مالك الشامي (المعروف أيضا بأبي مالك التلي): a person's name after a participle of naming
        (words.tsv naming) and بـ is another name of the person named just before it, found in the text:
        one node, and the alias's family name, if read, is him later on."""
        naming = self.w.get("naming", ())
        persons = [it for it in out if it.kind == "ent" and it.entity.type == "Person" and it.mention_kind == "name"]
        for k, it in enumerate(persons):
            n = it.i - 1 if it.clitic.lstrip("وف") == "ب" else -1
            if n < 1 or it.entity.origin != "text":
                continue
            while n > 0 and self.tok(n) not in naming and self.tok(n) in ("ايضا", "(", "،", ","):
                n -= 1
            if self.tok(n) not in naming:
                continue
            m = n - 1
            while m > 0 and self.tok(m) in ("(", "،", ","):
                m -= 1
            before = next((x for x in persons[:k] if x.j == m + 1), None)
            if before is None or before.entity == it.entity:
                continue
            old, it.entity = it.entity, before.entity
            self.state.history[:] = [(before.entity if e == old else e, h) for e, h in self.state.history]
            self.state.renamed(old, before.entity)

    def affiliations_follow(self, out: list[Item]) -> None:
        """A title's person later read as a longer name (صلاح الدين عبد الكريم, first taken as عبد الكريم)
        or as another entity: the affiliation is the mention's entity's, whose name holds the first
        reading's; with none such, it is dropped (it would be a node no mention names)."""
        aff = self.sa.affiliations
        if not aff:
            return
        persons = [it.entity for it in out if it.kind == "ent" and it.entity.type == "Person"]
        ids = {e.id for e in persons}
        kept = []
        for p, o, t in aff:
            if p.id not in ids:
                words = p.label_ar.split()
                holders = {e.id: e for e in persons
                           if all(w in fold_string(e.label_ar).split() for w in words)}
                if len(holders) != 1:
                    continue
                p = next(iter(holders.values()))
            kept.append((p, o, t))
        aff[:] = kept


    def surnames(self, out: list[Item]) -> None:
        """A person named in full earlier in the article is later called by the family name alone
        (عامر هويدي … ويلفت هويدي): those later mentions are that person."""
        known = self.state.surnames
        if not known:
            return
        covered = None
        given = self.w.get("given_name", ())
        # a family name, or a spelling variant of one, has its first and last letters (kg.variants;
        # the edges hold every letter SAME_LETTERS makes one, so a word is looked up as written)
        edges = self.state.surname_edges
        for k, t in enumerate(self.tokens):
            if len(t) < 2:
                continue
            if (t[0], t[-1]) not in edges and (t[1], t[-1]) not in edges:
                continue
            bare = t[1:] if t[:1] in ("و", "ب", "ل", "ف") and self.state.surname(t[1:]) is not None else t
            ent = self.state.surname(bare) if bare not in given else None
            if ent is None:
                continue
            if covered is None:
                covered = self._covered(out)
            if k in covered:
                self._leader_not_movement(k, bare, ent, out)
                continue
            if self.doubtful(k, ent):
                continue
            item = Item(kind="ent", i=k, j=k + 1, fs=self.sa.starts[k] + (len(t) - len(bare)), fe=self.sa.ends[k],
                        clitic=t[: len(t) - len(bare)], entity=ent, mention_kind="name")
            self.emit(item, out)
            covered.add(k)

    def _leader_not_movement(self, k: int, bare: str, ent, out: list[Item]) -> None:
        """A movement named after its leader's family (الحوثي: the Houthis) is the leader where the article
        named him in full and no group or armed men are said to be his (وأضاف الحوثي; not مسلحي الحوثي,
        جماعة الحوثي): a person of the lexicon only; a namesake the text names (أبو ثابت الحوثي) leaves the
        movement as it is."""
        if ent.origin == "text":
            return
        x = next((it for it in out if it.kind == "ent" and it.i == k and it.j == k + 1), None)
        prev = self.tok(k - 1)
        nouns = (self.w.get("force", ()), self.w.get("people", ()), _DESCRIPTORS)
        if x is None or x.entity.type not in ("ArmedGroup", "Organization") or x.entity.origin == "text" \
                or self.tok(k)[len(x.clitic):] != bare or x.clitic or prev.startswith("ال") \
                or any(w in ns for w in (prev, prev[1:]) for ns in nouns):
            return       # (مسلحي الحوثي، لجماعة الحوثي، لحوثي: the movement)
        x.entity, x.mention_kind = ent, "name"

    def lone_first_names(self, out: list[Item]) -> None:
        """A known first name alone (الرئيس خالد، وأضاف راجح) that is no one the article named: no person
        (every Khaled would be one node); its title's affiliation goes with it (affiliations_follow)."""
        given = self.w.get("given_name", ())
        lone = {id(it) for it in out if it.kind == "ent" and it.entity.type == "Person" and it.entity.origin == "text"
                and it.mention_kind == "name" and (
                    it.j - it.i == 1 and self.tok(it.i)[len(it.clitic):] in given
                    # الباحث عبد الله: a first name of two words alone, that the article gave no one in full
                    or it.j - it.i == 2 and first_name_alone(it.entity.label_ar))}
        if lone:
            gone = {it.entity for it in out if id(it) in lone}
            out[:] = [it for it in out if id(it) not in lone]
            kept = {it.entity for it in out if it.kind == "ent"}
            self.state.history[:] = [(e, h) for e, h in self.state.history if e not in gone or e in kept]

    def bracketed_first_names(self, out: list[Item]) -> None:
        """رئيس الوزراء (الإسرائيلي بنيامين) نتنياهو: a bracket an editor closed between a first name
        and the family name. The first name alone, just before the bracket, is the person named right
        after it when that person's name begins with it; or the lexicon's person whose name the two
        words are, the family name then a mention of them too (الرئيس (الإيراني حسن) روحاني)."""
        persons = {it.i: it for it in out if it.kind == "ent" and it.entity.type == "Person"}
        covered = None
        for it in list(persons.values()):
            if it.j - it.i != 1 or it.entity.origin != "text" or self.tok(it.j) != ")":
                continue
            first = self.tok(it.i)[len(it.clitic):]
            nxt = persons.get(it.j + 1)
            if nxt is None:
                k = it.j + 1
                if covered is None:
                    covered = self._covered(out)
                ent = next((self.lex.entities[h.ref] for h in self.lex.lookup(f"{first} {self.tok(k)}")
                            if h.kind == ENT and self.lex.entities[h.ref].type == "Person"), None) \
                    if k < len(self.tokens) and k not in covered else None
                if ent is None:
                    continue
                nxt = Item(kind="ent", i=k, j=k + 1, fs=self.sa.starts[k], fe=self.sa.ends[k], entity=ent,
                           mention_kind="name")
                self.emit(nxt, out)
            elif (nxt.entity.origin == "text" and nxt.j - nxt.i < 2) or not any(
                    fold_string(f).split(" ", 1)[0] == first for f in (nxt.entity.label_ar, *nxt.entity.aliases_ar)):
                continue
            old, it.entity = it.entity, nxt.entity
            # the title's affiliation (رئيس الوزراء الإسرائيلي) and what the article remembers are his too
            self.sa.affiliations[:] = [(nxt.entity if p == old else p, o, t) for p, o, t in self.sa.affiliations]
            self.state.history[:] = [(nxt.entity if e == old else e, h) for e, h in self.state.history]

    def first_name_before(self, out: list[Item]) -> None:
        """A family name read alone (by the model, or as a person named earlier) right after a known
        first name that nothing else covers: the two are one name (رهام دوابشة after علي سعد دوابشة is
        his mother, not him; زهير المغزاوي, not المغزاوي). new_entity decides who that is: the person
        named in full before if the first names agree, the lexicon's person, or a new one."""
        given = self.w.get("given_name", ())
        covered = None
        for it in out:
            k = it.i
            if it.kind != "ent" or it.mention_kind != "name" or it.entity.type != "Person" or it.j - k != 1 \
                    or it.clitic or k == 0:
                continue
            first = self.tok(k - 1)      # (no clitic: بيان برزاني, وجود بهاري are "statement", "existence")
            if first not in given or first == self.tok(k) or not self.written_as_name(k - 1):
                continue
            if covered is None:
                covered = self._covered(out)
            if k - 1 in covered or self.tok(k - 2) in self.w.get("name_particle", ()) or self.tok(k - 2) in _HYPHENS:
                continue
            a = k - 1        # سالم زاهر الحمادي: a father's first name before goes with it (up to three)
            while a > 0 and k - a < 3 and a - 1 not in covered and self.tok(a - 1) in given \
                    and self.written_as_name(a - 1) and self.tok(a - 2) not in _HYPHENS:
                a -= 1
            old = it.entity
            it.entity = self.new_entity("Person", [*self.span_text(a, k), self.tok(k)])
            it.i, it.fs, it.name_span = a, self.sa.starts[a], ()
            covered.update(range(a, k))
            self._learn_surname(self.tok(k), it.entity)
            if it.entity.origin == "text" and old.origin == "text" and old.label_ar == self.tok(k):
                self.state.renamed(old, it.entity)       # (a family name alone the model read: him later)

    def _between(self, fs: int, fe: int) -> str:
        """The article's text as read between two folded offsets (quotation marks included)."""
        return self.state.doc.text[self.state.folded.orig(fs):self.state.folded.orig(fe)]

    def _one_name(self, a: Item, b: Item) -> bool:
        """Two persons' names found in the text, b right after a with nothing between (no comma, no و,
        no quotation mark), are one name the model read in two (هيلا ماريام ديسالين، شتيفان ليبليش), up
        to five words. A family name with the article alone after a name of two words or more is the
        rest of it (علي شايف [الحريري]; not علي أبو حليقة «الحسين»)."""
        if not b.weak or not _PLAIN_NAME_RE.match(self._between(a.fs, b.fe)):
            return False       # (سوليوشن» علاء كركوتي: a quotation mark between)
        words, first = b.j - b.i, self.tok(b.i)
        given = self.w.get("given_name", ())
        if words == 1:
            if first.startswith("ال"):
                return a.j - a.i >= 2 and b.entity.label_ar == first and first not in given
            return b.j - a.i <= 5 and first not in given and not self.tok(a.i).startswith("ال")
        # a name in two words or more after one that ends on a family name with the article and begins
        # with a first name is another person (عادل الكلباني عوض القرني: a list without و); a word alone
        # before it is no first name of it (جنرال جون هسترمان)
        return a.j - a.i >= 2 and b.j - a.i <= 5 and not (self.tok(a.j - 1).startswith("ال") and first in given)

    def family_after_names(self, out: list[Item]) -> None:
        """Names found in the text just before a lexicon person's family name are one name with it:
        the lexicon's person where they begin with his first name (عادل بن أحمد الجبير, أبي بكر البغدادي),
        else a namesake named in full (علي عواض عسيري is not أحمد عسيري); and before a family name the
        model reads alone (علي شايف [الحريري]); and two names found in the text with nothing between
        them are one (هيلا ماريام [ديسالين], أحمد موسى [علي الربعي])."""
        at = {x.i: x for x in out if x.kind == "ent"}
        for a in [x for x in out if x.kind == "ent" and x.mention_kind == "name"]:
            b = at.get(a.j)
            if b is None or b.mention_kind != "name" or b.clitic \
                    or a.entity.type != "Person" or a.entity.origin != "text" or b.entity.type != "Person":
                continue
            family = self.tok(b.i)
            if b.entity.origin == "text":
                if self._one_name(a, b):
                    clitic = a.clitic
                    ent = self.new_entity("Person", [self.tok(a.i)[len(clitic):], *self.span_text(a.i + 1, b.j)])
                    self.state.renamed(a.entity, ent)
                    self.state.renamed(b.entity, ent)
                    a.j, a.fe, a.entity, a.name_span = b.j, b.fe, ent, ()
                    out.remove(b)
                    at[a.i] = a
                    self._learn_surname(self.tok(b.j - 1), ent)
                continue
            if b.j - b.i != 1 or a.j - a.i < 2:
                continue
            forms = [ABD_SOLID_RE.sub("عبد ", fold_string(f)).split() for f in (b.entity.label_ar, *b.entity.aliases_ar)]
            if not any(len(f) >= 2 and f[-1] == family for f in forms):
                continue
            clitic, word = (a.clitic, self.tok(a.i)[len(a.clitic):]) if a.clitic else self.clitic_of(self.tok(a.i))
            words = [word, *self.span_text(a.i + 1, a.j)]      # (وأبو عمر: و, then أبو عمر)
            ent = self.new_entity("Person", [*words, family]) \
                if another_first_name(self.lex, words, b.entity.id) else b.entity
            self.state.renamed(a.entity, ent)
            b.i, b.fs, b.clitic, b.entity = a.i, self.sa.starts[a.i] + len(clitic), clitic, ent
            out.remove(a)
