"""Where a name ends: the words of one sentence as names see them.

``Words.ends_name`` says whether a word can be the next word of a person's, place's or organisation's name
(a pattern's name after a title or a place noun, and the name model's alike); ``Words.cut`` cuts a name
the model reads there, before the article's memory of names is made from it. kg.recognize's sentence
builder extends this class.
"""
from __future__ import annotations

import re

from .arabic_words import common_word
from .name_shapes import (FAMILY, PLACE_NOUNS_AFTER, POSSESSIVE, SON_OF, VERB_RE, future_verb, glued_common,
                          glued_place, imperfect_verb, lexicon_set, name_clitic, plural_verb_or_possessed)
from .text import TANWEEN
from .variants import NAME_ENDINGS

_LETTER_RE = re.compile(r"\w")
_HYPHENS = frozenset({"-", "–"})
_APART = frozenset({"ل", "ب"})       # a preposition written apart (لـ، بـ: folded, without its tatweel)
# إن and أن with a conjunction or preposition, as written with the hamza (فإن، وأن، لأن، بأنه): no name word
_HAMZA_PARTICLE = r"^[فولبك]?{}ن(?:ه|ها|هم|هما)?$"
_HAMZA_PARTICLE_RE = re.compile(_HAMZA_PARTICLE.format("[إأ]"))
_FOLDED_PARTICLE_RE = re.compile(_HAMZA_PARTICLE.format("ا"))      # the same, folded (a quick test first)
# an indefinite participle of the derived forms after a name: معسكر لبوزة مستفيدة (من), قرية الصفا متجهة;
# of form III, masculine: فصيل منافس "a rival faction"
_PARTICIPLE_RE = re.compile(r"^(?:(?:مست\w{2,}|مت\w{2,}|من\w{3,})ه|م\wا\w\w)$")
# the plural of an active participle of the first form (تاركين، قادمين): after a place's name, a word of the
# sentence (هربت باتجاه مديرية قعطبة تاركين خلفهم), no word of it
_PLURAL_PARTICIPLE_RE = re.compile(r"^[^اوي]ا[^اوي][^اوي](?:ين|ون)$")
_OPENS, _CLOSES = frozenset("«“"), frozenset("»”")   # quotation marks that only open, only close
_TAA = ("ة", "ﺓ", "ﺔ")     # ta marbuta, which folding writes as ه
_NOT_IN_PERSONS = ("force", "head", "people", "member", "casualty")   # words.tsv categories
# words.tsv categories of words that are no family name after "X بن Y"
_NOT_FAMILY_NAMES = ("relative", "day", "month", "complementizer", "prep", "negation", "number", "report",
                     "clause", "future", "casualty", "people", "force", "direction")


def _words_of(lex, categories: tuple[str, ...]) -> frozenset:
    """The words of these words.tsv categories, one set per lexicon."""
    return lexicon_set(lex, categories, lambda lx: (f for c in categories for f in lx.words.get(c, ())))


PATTERN_KINDS = {"PERS": "person", "LOC": "place", "ORG": "org"}   # the model's types as name_tokens' kinds


class Words:
    """One sentence's words as names see them: where a name must end (``ends_name``), and a name the
    model reads, cut there (``cut``: before the article's memory of names is made from them)."""

    def __init__(self, sa, state):
        """``sa``: kg.recognize's SentenceAnalysis of the sentence; ``state``: its article's _DocState."""
        self.sa, self.state = sa, state
        self.lex = state.lex
        self.w = state.lex.words
        self.tokens = sa.tokens

    def cut(self, name: tuple) -> tuple | None:
        """A name as the model reads it, up to a quotation opened inside it, and up to the first word no
        name of its kind has (فهد أو، سجن الهضبة لمن: ``ends_name``). Organisations' names end only at a
        clause word (``_ends_org``): they often hold a preposition's phrase (المعهد الملكي للخدمات المتحدة)."""
        i, j, typ = name
        while i < j and (self.tok(i) in self.w["_function"] and not self._the_name(i)
                         or self.tok(i) == "باسم" and (self.tok(i - 1) in self.w["_titles"]
                                                       or self.tok(i + 1) in NAME_ENDINGS)
                         or self._hamza_particle(i)
                         or imperfect_verb(self.tok(i)) and self.tok(i) not in self.w.get("given_name", ())
                         and not self._known_name(self.tok(i))):
            i += 1        # أن النبي، في حلب: a function word starts no name, nor a verb (يغلب الشيعة), nor
            #               "in the name of" (المتحدث باسم، باسم الدين), nor فإن، لأن (written with their
            #               hamza: فان is also Van)
        if i == j or all(self.tok(k) in NAME_ENDINGS for k in range(i, j)):
            return None   # (الدين، الله alone: no name)
        quoted = next((k for k in range(i + 1, j) if self._opens_quote(k)), j)
        if quoted < j:        # الجيش الليبي لـ«الشرق الأوسط»: a quotation opened inside is another name
            j = quoted
            while j > i + 1 and len(self.tok(j - 1)) == 1:
                j -= 1
        if typ == "ORG":
            end = next((k for k in range(i + 1, j) if self._ends_org(self.tok(k))), j)
            return (i, end, typ)
        kind = PATTERN_KINDS[typ]
        end = i + 1
        particles = self.w.get("name_particle", ())
        while end < j and (self.tok(end - 1) in particles or self.tok(end) in particles or self.tok(end) in _HYPHENS
                           or self.tok(end - 1) in _HYPHENS or not self.ends_name(end, end - i, kind)
                           or typ == "PERS" and end == j - 1 and self.family_after_father(end)):
            end += 1       # (جان - إيف لودريان: one name across its hyphen; بن، آل go on; بن علي)
        if end == j and self.tok(end - 1) in FAMILY and _LETTER_RE.match(self.tok(end)) and self.tok(end)[0] not in "وف":
            end += 1       # خليفة بن حمد آل [خليفة]: the word after آل is the family's name
        while end > i + 1 and self.tok(end - 1) in particles:
            end -= 1       # a name does not end on بن، أبو
        if all(self.tok(x) in particles for x in range(i, end)):
            return None    # بن alone is no one
        return (i, end, typ)

    def family_after_father(self, k: int) -> bool:
        """Word k, after "first بن father", can be the name's family name, though kg's lists know it as
        an adjective, a title or a common word (أحمد بن إبراهيم الحربي، عبدالله بن عبدالرحمن المقبل، … بن
        إبراهيم الملا): asked only where the model reads it as the last word of a person's name.
        Function words, days and months are not (… بن سلمان الذي، … الأحد)."""
        t = self.tok(k)
        if k < 3 or self.tok(k - 2) not in SON_OF or not t.startswith("ال") or VERB_RE.match(t):
            return False
        return t not in _words_of(self.lex, _NOT_FAMILY_NAMES)

    def _written(self, k: int, after: int = 0) -> str:
        """Token k as the article writes it, and ``after`` characters more (علي the name with ي, على the
        preposition with ى: folding makes them one word; the tanween after a word's last letter)."""
        if not 0 <= k < len(self.tokens):
            return ""
        a, b = self.state.folded.span(self.sa.starts[k], self.sa.ends[k])
        return self.state.doc.text[a:b + after]

    def _the_name(self, k: int) -> bool:
        """Token k is a first name that folds to a function word, written as the name (علي, not على)."""
        return self.tok(k) in self.w.get("given_name", ()) and self._written(k).endswith("ي")

    def _tanween(self, k: int) -> bool:
        """Whether token k, as the article writes it, carries tanween (منصبًا، كبيرٌ، عامٍ)."""
        return any(c in TANWEEN for c in self._written(k, after=1))

    def _opens_quote(self, k: int) -> bool:
        """Whether token k, as the article writes it, opens a quotation (لـ«الشرق، «الوطن»)."""
        a, b = self.state.folded.span(self.sa.starts[k], self.sa.ends[k])
        text = self.state.doc.text
        return any(c in _OPENS for c in text[max(a - 1, 0):b]) and not any(c in _CLOSES for c in text[a:b])

    def _hamza_particle(self, k: int) -> bool:
        """Token k is إن or أن with a conjunction or preposition, written with its hamza (فإن، لأنه)."""
        return bool(_FOLDED_PARTICLE_RE.match(self.tok(k)) and _HAMZA_PARTICLE_RE.match(self._written(k)))

    def _known_name(self, t: str) -> bool:
        """Whether the word is a lexicon name or a town of the gazetteer (مستورة, a town)."""
        gaz = self.lex.gazetteer
        return bool(self.lex.lookup(t)) or (gaz is not None and t in gaz.towns)

    def _ends_org(self, t: str) -> bool:
        """A word an organisation's name does not go on over: a letter standing alone (a preposition
        written apart), a conjunction of clauses, a complementizer, a relative pronoun."""
        return len(t) == 1 and t.isalpha() or t in lexicon_set(self.lex, "org_enders", lambda lx: (
            f for c in ("complementizer", "clause", "relative") for f in lx.words.get(c, ())))

    def clitic_of(self, tok: str, heads: bool = False, person: bool = True) -> tuple[str, str]:
        """kg.name_shapes.name_clitic with this lexicon's first names and name particles (and, for a
        body's name, its head nouns); ``person``: the name may be a person's."""
        return name_clitic(tok, self.w.get("given_name", ()), self.w.get("name_particle", ()),
                           self.w.get("head", ()) if heads else (), self._known_name, person)

    # token helpers
    def tok(self, k: int) -> str:
        return self.tokens[k] if 0 <= k < len(self.tokens) else ""

    def is_stop(self, word: str) -> bool:
        return word in self.w["_stop"]

    def _suffix_stop(self, t: str, k: int) -> bool:
        """A function or common word with a pronoun after it (سببه، زيارته): no name word. A final ه that
        the article (token k) writes as ة is no pronoun (الداخلية is not الداخلي + ه)."""
        taa = self._written(k).endswith(_TAA)
        for suf in POSSESSIVE:
            if suf == "ه" and taa:
                continue
            if t.endswith(suf) and len(t) > len(suf) + 2:
                stem = t[: -len(suf)]
                if stem in self.w["_stop"] or (stem.endswith("ت") and stem[:-1] + "ه" in self.w["_stop"]):
                    return True
        return False

    def _clitic_stop(self, t: str) -> bool:
        if len(t) > 3 and t[0] in "بلكوف":
            rest = t[1:]
            if rest in self.w["_stop"] or ("ال" + rest[1:] in self.w["_stop"] if rest.startswith("ل") else False):
                return True
            if rest[:2] == "ال" and rest[2:] in self.w["_stop"]:
                return True
        return False

    def ends_name(self, k: int, n: int, kind: str) -> bool:
        """Whether word k, the (n+1)th word of a name of ``kind`` (person | place | org), cannot be in
        it: the name ends before it (a pattern's name and the model's alike)."""
        t = self.tok(k)
        given = self.w.get("given_name", ())
        if not t or not _LETTER_RE.match(t) or t.isdigit() or t in _APART:
            return True   # (لـ الوطن، بـ أبي حمزة: a preposition written apart is in no name)
        # (an adjective of the article and ي right after a first name is his family name: محمد الحربي)
        family = kind == "person" and n > 0 and t.startswith("ال") and t.endswith("ي") and self.tok(k - 1) in given
        if self.is_stop(t) and not self._the_name(k) \
                or t in self.w.get("direction", ()) or ("adjective_en", t) in self.lex.word_values and not family \
                or (t in self.w.get("after_place", ()) and (n > 0 or t not in PLACE_NOUNS_AFTER)) \
                or (kind != "person" and t in self.w.get("beside", ())) \
                or ((VERB_RE.match(t) or future_verb(t) or plural_verb_or_possessed(t)
                     or (n > 0 or kind != "person") and imperfect_verb(t)
                     and not self._known_name(t))
                    and t not in given):
            return True   # حي مجاور، منطقة مأهولة: an adjective, not a name; فندق يتجمع فيه: a verb
        if n > 0 and self.tok(k + 1) in self.w.get("quality", ()):
            return True   # سجن إيفين سيئ السمعة: an adjective governing the noun after it (a false idafa)
        if n > 0 and t[0] == "و" and t not in given and not (
                kind == "org" and ("noun_en", t[1:]) in self.lex.word_values
                and ("noun_en", self.tok(k - 1)) in self.lex.word_values):
            return True   # a new conjunct: الصناعة وهرابش، جاك اوديبير وفريق (not لجنة الأمن والدفاع)
        if n > 0 and self._hamza_particle(k) or kind != "person" and (
                _PARTICIPLE_RE.match(t) or n > 0 and _PLURAL_PARTICIPLE_RE.match(t) and common_word(t)) \
                and not self._known_name(t):
            return True   # سجن الرمال فإن، معسكر لبوزة مستفيدة، فصيل منافس: a particle; a participle describing
            #               the place or group
        if n > 0 and len(t) > 4 and (t[0] in "بك" and t[1:3] == "ال" or t.startswith(("لل", "لال"))):
            return True   # لواء الحمزة بالكامل: a preposition on the article starts an adjunct, not a name word
            #               (لـ"الوطن" folds to لالوطن)
        if n > 0 and len(t) == 3 and t[0] in "بلك" and self.is_stop(t[1:]):
            return True   # سجن الهضبة لمن، سعيد بأن: a preposition glued to a function word
        if kind == "person" and t in _words_of(self.lex, _NOT_IN_PERSONS):
            return True   # عبد الواحد حيدر ميليشيات الحوثي، زعيم تنظيم: forces, bodies, officials and the dead are no name word
        if self._clitic_stop(t) or self._suffix_stop(t, k) or (n > 0 and (
                glued_common(t, self.lex) or (kind in ("place", "person") and t not in given
                                              and glued_place(t, self.lex)))):
            return True   # ببطولة، بإجراء، لأول: a preposition on a common word; سببه، زيارته: a pronoun on one;
            #               صالح بصرواح: a preposition on a known place
        if len(t) >= 5 and t[0] == "ل" and t[1] in "يتن" and t not in given and not t.startswith(("ليبي", "لين")):
            return True   # لترتد، ليرتد: "in order to" + a verb
        return n > 0 and self._tanween(k)     # حسين منصبًا: a word with tanween (indefinite) is no name word
