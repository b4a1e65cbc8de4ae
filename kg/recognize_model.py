"""Names the model reads, and names an article gave before, for kg.recognize's sentence builder.

``ModelNames`` is a mixin of ``kg.recognize._Builder`` (one sentence of one article): its methods use the
builder's sentence (``self.sa``), article state (``self.state``) and lexicon (``self.lex``).
"""
from __future__ import annotations

import re

from .items import Item
from .model import LOCATION_TYPES, Entity
from .name_model import strip_clitics
from .arabic_words import common_word
from .english_names import MIN_FOREIGNNESS, foreignness, looks_foreign
from .name_shapes import FAMILY, VERB_RE, accusative_adverb, adverbial_adjective, common_words, first_name_alone
from .name_words import _LETTER_RE, PATTERN_KINDS
from .variants import NAME_ENDINGS


_COMPASS = frozenset(("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"))   # folded


_MODEL_TYPES = {"PERS": "Person", "LOC": "Place", "ORG": "Organization"}


_DIACRITIC_RE = re.compile("[\u064b-\u0652\u0670]")
# a definite active participle (الرابط، الواقع، المطل، الممتد) and the prepositions that follow it (folded)
_PARTICIPLE_RE = re.compile(r"^ال(?:\wا\w\wه?|مطله?|ممتده?|محاذي|متاخمه?|مجاوره?|مودي)$")
# a body named for a person (كتائب الشهيد محيي الدين، جامعة الملك سعود): the person's name is the body's
_NAMED_FOR = frozenset(("الشهيد", "شهداء", "الشهداء", "الامام", "الملك", "الامير", "الشيخ", "الرييس"))
_PARTICIPLE_PREPS = frozenset(("بين", "على", "علي", "في", "من", "الى", "عن", "مع"))


class ModelNames:
    def _as_read_elsewhere(self, names: list[tuple]) -> list[tuple]:
        """A person's full name the model read in another sentence of the article is that person's
        name here too, whatever the model reads over its words here (برناردينو [ليون] after إلى ليبيا,
        read as a place: برناردينو ليون, the envoy named so elsewhere)."""
        full = self.state.full_names()
        if not full:
            return names
        toks = self.tokens
        found = []
        ends = self.state.full_name_ends
        for k, t in enumerate(toks):
            if t[-3:] not in ends:
                continue
            for name in full.get(strip_clitics(t)[1], ()):
                if tuple(toks[k + 1:k + len(name)]) == name[1:] and (k == 0 or toks[k] == name[0]
                                                                      or strip_clitics(toks[k])[1] == name[0]):
                    found.append((k, k + len(name), "PERS"))
                    break
        # not inside a longer name the model reads here (سالم بن فريد, where بن فريد was read alone)
        found = [f for f in found if not any(a <= f[0] and f[1] <= b and b - a > f[1] - f[0]
                                             for a, b, typ in names if typ == "PERS")]
        if not found:
            return names
        taken = {x for a, b, _ in found for x in range(a, b)}
        return sorted([n for n in names if not any(x in taken for x in range(n[0], n[1]))] + found)

    def name_tokens(self, k: int, kind: str) -> int:
        """How many tokens from k form a name (0 if none). kind: person | place | org."""
        n = words = 0
        limit = 3 if kind == "person" else (3 if kind == "org" else 2)
        given = self.w.get("given_name", ())
        particles = self.w.get("name_particle", ())
        while k + n < len(self.tokens) and (n < limit + 1 or self.tok(k + n - 1) in FAMILY):
            t = self.tok(k + n)
            if not t or not _LETTER_RE.match(t) or t.isdigit():
                break
            if n > 0 and self.tok(k + n - 1) in FAMILY and _LETTER_RE.match(t) and t[0] not in "وف":
                n += 1        # آل الشيخ، آل سعود: the word after آل is the family's name, whatever else it is
                words += 1
                continue
            if n > 0 and kind != "person" and ("letter", t) in self.lex.word_values and not self.is_stop(t) \
                    and ("letter", self.tok(k + n - 1)) in self.lex.word_values:
                n += 1        # بي واي دي: an acronym spelt out goes on (واي is a letter, not و; إن is "that")
                continue
            if (k + n) in self.at:
                it = self.at[k + n]
                # a nisba right after a first name is a family name (فراس العراقية، محمد المصري)
                if not (kind == "person" and n == 1 and it.mention_kind == "demonym" and it.j == k + n + 1
                        and self.tok(k) in self.w.get("given_name", ())):
                    break
            if self.ends_name(k + n, n, kind) and not (kind == "person" and self.model_family_name(k + n)):
                break
            if kind == "person":
                if n == 0 and t.startswith("ال"):
                    break
                if t not in particles:
                    prev = self.tok(k + n - 1) if n else ""
                    if words == 2:    # a third name word: compound names and chains with بن / آل only
                        second = next(x for x in reversed(self.span_text(k, k + n)) if x not in particles)
                        if not (prev in particles or t in NAME_ENDINGS or t in given or second in given
                                or prev == "الدين"):
                            break       # (عز الدين الأصبحي: a first name in two words, then the family's)
                        if t.startswith("ال") and prev.startswith("ال") and t not in NAME_ENDINGS \
                                and prev != "الدين":
                            break
                    if words >= 3 and prev not in particles:
                        break
                    if words >= 5:
                        break
                    words += 1
            else:
                if n == limit and self.tok(k + n - 1) not in particles:
                    break
                if n and kind == "org" and t not in particles and self.tok(k + n - 1) not in _NAMED_FOR \
                        and (span := self.name_at.get(k + n)) is not None \
                        and span[0] == k + n and span[2] == "PERS" and span[1] > k + n + 1:
                    break     # وزارة الصحة [حسام عبد الغفار]: a person's name the model reads begins after the body's
                if n and _PARTICIPLE_RE.match(t) and self.tok(k + n + 1) in _PARTICIPLE_PREPS:
                    break     # جسر الحسيني [الرابط بين]: a participle with its preposition describes the name
                if kind == "place" and n and self.tok(k + n - 1).startswith("ال") and not t.startswith("ال") \
                        and t not in given and t not in particles and not self.lex.lookup(t) \
                        and self.tok(k + n - 1) not in particles:      # (البو فراج: a tribe's place)
                    break     # سجن الحائر [سمعت]: a word without the article after one with it begins another
                    #          phrase (مطار الملك خالد, مسجد الحسين بن علي: a first name goes on)
            n += 1
            if t in particles and k + n < len(self.tokens):
                continue
        # a name may not end on a particle (عبد، أبو)
        while n and self.tok(k + n - 1) in particles:
            n -= 1
        return n

    # the statistical name recogniser (kg/name_model.py): what is a name, and where it ends
    def model_names(self) -> dict[int, tuple[int, int, str]]:
        """token -> (i, j, type) of the name the model reads over it."""
        return self.name_at

    def fit_name(self, k: int, n: int, types: tuple = ("PERS", "LOC", "ORG")) -> int:
        """The length of a name a pattern read at token k as n tokens, as the model reads it: 0 when
        the model sees no name of ``types`` there, the model's end when its name starts at k (up to a
        word another item covers), else n."""
        span = self.model_names().get(k)
        if span is None or span[2] not in types:
            return 0
        i, j, _ = span
        if i != k:
            return n
        end = k + 1
        kind = PATTERN_KINDS[span[2]]
        while end < j and (end not in self.at or self.at[end].mention_kind == "demonym"
                           or self.tok(end - 1) in FAMILY) \
                and (self.tok(end - 1) in FAMILY or not self.ends_name(end, end - k, kind)
                     or kind == "person" and self.model_family_name(end)):
            end += 1      # the model's name, up to a word no name has (معسكر لبوزة [لاتزال]) or an item
        while end > k + 1 and self.tok(end - 1) in self.w.get("name_particle", ()):
            end -= 1       # a name does not end on بن، أبو
        return end - k

    def with_nisba(self, span: tuple[int, int, str]) -> tuple[int, int, str]:
        """A person's name the model reads as a kunya alone (أبو الكرار) goes on over the nisba right after
        it (المداني، الحضرمي): a word with the article ending in ي that is no item (not a nationality: أبو
        الغيط المصري), no word of kg's lists and no verb."""
        a, b, typ = span
        k = b
        t = self.tok(k)
        if typ == "PERS" and b - a == 2 and self.tok(a) in ("ابو", "ام") and self.tok(a + 1).startswith("ال") \
                and t.startswith("ال") and t.endswith("ي") and len(t) > 5 and k not in self.at \
                and not self.is_stop(t) and not self.ends_name(k, 2, "person") and not VERB_RE.match(t):
            return a, b + 1, typ
        return span

    def model_family_name(self, k: int) -> bool:
        """``family_after_father`` where the model reads word k as the last of a person's name."""
        span = self.name_at.get(k)
        return span is not None and span[2] == "PERS" and span[1] == k + 1 and self.family_after_father(k)

    def doubtful(self, k: int, ent: Entity) -> bool:
        """Word k is a name of ``ent`` that is also a common word (words.tsv ambiguous: مالي، السلمية،
        العربي) and the model reads no name there."""
        # أودى (claimed a life), written with ى: the verb, not Audi (أودي), though the model reads a name; a
        # person's name may be (مرسى: Egyptian writing of مرسي)
        maqsura = ent.type != "Person" and self.tok(k).endswith("ي") and self._written(k).endswith("ى")
        pre, stem = strip_clitics(self.tok(k))
        if not maqsura and (k in self.name_at or ent.type in LOCATION_TYPES and k > 0
                            and strip_clitics(self.tok(k - 1))[1] in _COMPASS):
            return False      # شمال مالي: what a compass point is north of is a place, not "financial"
        values = self.lex.word_values
        word = self.tok(k)[len(pre):]
        return any(values.get(("ambiguous", f)) == ent.id for f in (word, stem, "ال" + stem))

    def fit_pattern(self, k: int, n: int, types: tuple = ("PERS", "LOC", "ORG")) -> int:
        """``fit_name`` for a pattern's name (after a title, a place noun, a nationality); a known given
        name the model does not read as a name, or reads alone, keeps the pattern's reading (المهندس
        إبراهيم محلب: not a man called Ibrahim)."""
        if n == 0:
            return 0
        m = self.fit_name(k, n, types)
        if m == 0 and not any(x in self.name_at for x in range(k, k + n)) and self._foreign_name(k, n):
            return n      # المبعوث … برناردينو ليون: a foreign name the model missed, no word of Arabic
        return n if self.tok(k) in self.w.get("given_name", ()) and m <= 1 else m

    def _foreign_name(self, k: int, n: int) -> bool:
        """Words k..k+n are a foreign name by their letters: the first looks foreign (kg.english_names:
        letters English sounds are written with, likelier in foreign names than in Arabic words; no
        article glued to a particle: أوالتونسي) and is no common word of Arabic (kg.arabic_words); none
        has the article or و, none is a stop word."""
        words = self.span_text(k, k + n)
        first = words[0]
        return looks_foreign(first) and foreignness(first) >= MIN_FOREIGNNESS and "ال" not in first[:4] \
            and not common_word(first) and all(not w.startswith(("ال", "و")) and not self.is_stop(w) for w in words)

    def model_only(self, out: list[Item]) -> None:
        """Names the model reads where no lexicon form and no pattern found anything: text entities."""
        names = self.model_names()
        if not names:
            return
        # words taken, but not by a place noun or an anaphor that introduced nothing (الجزيرة: the island,
        # or the channel; ريف حماة: taken)
        starts = {it.i for it in out}
        covered = {k for it in out for k in range(it.i, it.j)} | {
            k for it in self.items if it.kind not in ("pnoun", "anaphor") or it.j in starts for k in range(it.i, it.j)}
        nouns = {k for it in self.items if it.kind in ("pnoun", "anaphor") for k in range(it.i, it.j)}
        given = self.w.get("given_name", ())
        for i, j, typ in sorted(set(names.values())):
            if typ == "PERS" and j - i >= 2 and i in covered and not any(k in covered for k in range(i + 1, j)) \
                    and (self.clitic_of(self.tok(i))[1] in given or i > 0 and self.tok(i - 1) in self.w["_titles"]) \
                    and any(x.kind == "trigger" and x.i == i and x.j == i + 1 for x in out):
                # صدام حسين، منصور هادي: a first name that is also an event word (صدام "clash") starts the
                # person's name the model reads; so does a word right after a title (الحاكم دان مالام،
                # السيناتور إيد رويس: the governor Dan Malam, not "condemned")
                out[:] = [x for x in out if not (x.kind == "trigger" and x.i == i)]
                covered.discard(i)
            if any(k in covered or k in self.vetoed for k in range(i, j)):
                continue
            if typ != "ORG" and all(k in nouns for k in range(i, j)):
                continue      # الريف: the countryside, a common noun, though the model reads a place
            clitic, word = self.clitic_of(self.tok(i), heads=typ == "ORG", person=typ == "PERS")   # لهيئة: ل + هيئة
            toks = [word] + self.span_text(i + 1, j)
            etype = _MODEL_TYPES[typ]
            if etype == "Person" and (j - i == 1 and word in self.w.get("given_name", ())
                                      and self.state.surname(word) is None or j - i == 2 and word == "عبد"):
                continue      # محمد، عبد الرحمن alone: a first name says who to no one (every Muhammad would be one node)
            if j - i == 1 and self._no_name_alone(word, etype == "Person"):
                continue      # الغربي، تنظيم، شابان: see _no_name_alone
            if etype != "Person" and (word in common_words(self.lex) or word in self.lex.body_heads) and all(
                    not t.startswith("ال") and t.endswith(("ي", "يه")) and len(t) > 3 for t in toks[1:]):
                continue      # منظمة إرهابية: "a terrorist organisation", a noun and adjectives without the article
            letters = [self.lex.word_values.get(("letter", t)) for t in toks]
            m = next((x for x, v in enumerate(letters) if not v), len(letters))
            if 2 <= m < len(toks) and toks[m].startswith("و"):
                # بي تي آر [وقاذفات]: the letters are the name; "and launchers" begins another phrase
                j, toks, letters = i + m, toks[:m], letters[:m]
            while all(letters) and i > 0 and i - 1 not in covered and (
                    first := self.lex.word_values.get(("letter", self.tok(i - 1)))):
                i, clitic = i - 1, ""        # واي [بي جي]: a letter the model left out begins the acronym
                toks, letters = [self.tok(i), *toks], [first, *letters]
            if len(toks) >= 2 and all(letters):
                # بي تي آر، إم بي سي: Latin letters spelt out, an acronym, no person's name
                if self._equipment(letters):
                    continue      # بي تي آر: BTR, a vehicle (words.tsv equipment), no organisation
                etype, en = "Organization", "".join(x.split(" | ")[0] for x in letters)
            else:
                en = None
            ent = body = None
            if typ == "ORG" and not self._after_town_noun(i):
                # (محافظة قنا: after a noun of a town or province the word names the place, not QNA)
                ent = self._named_org(i, j)
                if ent is None and en is None:      # البنك المركزي [اليمني]: its country's
                    ent = body = self.national_body(toks, j)
            ent = ent or self.new_entity(etype, toks, en=en)
            item = Item(kind="ent", i=i, j=j, fs=self.sa.starts[i] + len(clitic), fe=self.sa.ends[j - 1],
                        clitic=clitic, entity=ent, mention_kind="name", weak=ent is not body)
            self.emit(item, out)
            if etype == "Person" and j - i >= 2:
                self._learn_surname(self.tok(j - 1), ent)
            covered.update(range(i, j))

    def _no_name_alone(self, word: str, person: bool) -> bool:
        """A word that is no name alone: one kg's lists know as a common word (الغربي، تنظيم), or, for a
        person, the dual or plural of one that is no first name (أصيب شابان: "two young men")."""
        common = common_words(self.lex)
        if word in common or strip_clitics(word)[1] in common or adverbial_adjective(word) \
                or person and accusative_adverb(word):
            return True     # (هاتفيا، رسميا، زورا: how something was done; a town may end so: كيلوا)
        return person and len(word) >= 5 and word.endswith(("ان", "ين", "ون")) \
            and word not in self.w.get("given_name", ()) and (word[:-2] in common or "ال" + word[:-2] in common)

    def remembered(self, out: list[Item]) -> None:
        """A word the model read as a name elsewhere in the article (a one-word name, or a person's
        family name) is that name here too (جوزيه … ويخشى جوزيه; اليكس فيشمان … قال فيشمان)."""
        memory, words = self.state.memory, self.state.remembered
        if not words:
            return
        covered = None
        given = self.w.get("given_name", ())
        for k, t in enumerate(self.tokens):
            if t not in words:
                continue
            pre, bare = strip_clitics(t)
            got = memory[bare]
            clitic, word = self.clitic_of(t, person=got[0] == "PERS")
            if pre and not clitic and bare in got[1] and t not in got[1] and not bare.startswith("ال"):
                clitic, word = pre, bare      # لماندريكو after كارلوس ماندريكو: ل + the name
            if covered is None:
                covered = self._covered(out)
            if k in covered or k in self.vetoed or self.is_stop(t) or self._clitic_stop(t) or self._suffix_stop(t, k):
                continue
            typ, name = got
            if len(name) == 2 and k > 0 and self._first_word_before(k, name, out, covered):
                continue
            if len(name) == 1 and self._no_name_alone(word, typ == "PERS"):
                continue      # تنظيم («داعش»): a common word is no name alone, wherever the model read it
            ent = self.state.surname(word) if typ == "PERS" else None
            if ent is not None and self.doubtful(k, ent):
                continue
            if ent is None:
                clitic0, word0 = self.clitic_of(name[0], person=typ == "PERS")
                if typ == "PERS" and len(name) == 1 and word0 in given:
                    continue      # a first name alone (see model_only)
                ent = self.new_entity(_MODEL_TYPES[typ], [word0, *name[1:]])
                if ent.origin == "text" and first_name_alone(ent.label_ar):
                    continue      # [عبد] العزيز: a first name of two words alone, no one (lone_first_names)
            item = Item(kind="ent", i=k, j=k + 1, fs=self.sa.starts[k] + len(clitic), fe=self.sa.ends[k],
                        clitic=clitic, entity=ent, mention_kind="name", weak=True)
            self.emit(item, out)
            covered.add(k)

    def _first_word_before(self, k: int, name: tuple, out: list[Item], covered: set[int]) -> bool:
        """Word k is the last of a two-word name read elsewhere in the article and the word before is its
        first, free or read alone as a name of its own (خور [مكسر] after خور المكسر): one mention of the
        whole name; whether one was made."""
        prev = self.tok(k - 1)
        if not all(a.removeprefix("ال") == b.removeprefix("ال") for a, b in zip((prev, self.tok(k)), name)):
            return False
        alone = next((x for x in out if x.kind == "ent" and x.i == k - 1 and x.j == k), None)
        if k - 1 in covered and not (alone is not None and alone.weak and alone.entity.origin == "text"
                                     and alone.entity.label_ar == prev):
            return False
        if alone is not None:
            out.remove(alone)
        typ = self.state.memory[strip_clitics(self.tok(k))[1]][0]
        ent = self.new_entity(_MODEL_TYPES[typ], list(name))
        if ent.origin == "text" and first_name_alone(ent.label_ar):
            return True   # عبد العزيز alone: a first name, no one (lone_first_names)
        self.emit(Item(kind="ent", i=k - 1, j=k + 1, fs=self.sa.starts[k - 1], fe=self.sa.ends[k],
                       entity=ent, mention_kind="name", weak=True), out)
        covered.update((k - 1, k))
        return True

    def given_names(self, out: list[Item]) -> None:
        """A known first name followed by more name words is a person (no title needed)."""
        given = self.w.get("given_name", ())
        din = self.w.get("din_first", frozenset())
        toks = self.tokens
        # (_din_name only for a word that can start one: most words are neither)
        found = [k for k, t in enumerate(toks)
                 if t in given or (t in din or t.endswith("الدين")) and self._din_name(k, din)]
        if not found:
            return
        covered = self._covered(out)
        for k in found:
            if k in covered:
                continue
            n = self.name_tokens(k, "person")
            fit = self.fit_name(k, n, ("PERS",)) if n >= 2 else 0
            # a first name "X al-Din" (عز الدين، بهاء الدين) and a family name: a person, though the
            # model, which seldom saw them, reads no name there
            if not fit and n >= 2 and k not in self.name_at and self.state.written_ali(self.sa, k):
                k, fit = self._ali(k, n, covered)
            n = fit or (n if n >= 2 + (toks[k] in din) and self._din_name(k, din)
                        and self._family_word(toks[k + n - 1]) else 0)
            if n >= 2:
                i = self._model_start(k, covered)
                if i < k:                   # the model's name, from its start to its end
                    k, n = i, self.fit_name(i, self.name_at[k][1] - i, ("PERS",))
                ent = self.new_entity("Person", self.span_text(k, k + n))
                item = Item(kind="ent", i=k, j=k + n, fs=self.sa.starts[k], fe=self.sa.ends[k + n - 1],
                            entity=ent, mention_kind="name", weak=True)
                self.emit(item, out)
                if ent.type == "Person":
                    self._learn_surname(self.tok(k + n - 1), ent)
                covered.update(range(k, k + n))

    def _model_start(self, k: int, covered: set[int]) -> int:
        """Where the person's name that holds first name k starts: the model's start, when the model
        reads a person's name from an earlier word that nothing else has taken, and the words before k
        are first names, name particles or a compound first name the list lacks (عبد الحافظ [خضر]
        العفري، أبي [حمزة] المهاجر), else k."""
        span = self.name_at.get(k)
        if span is None or span[2] != "PERS" or span[0] >= k:
            return k
        given, particles = self.w.get("given_name", ()), self.w.get("name_particle", ())
        i = span[0]
        for x in range(i, k):
            t = self.tok(x)
            if x in covered or not (t in given or t in particles or t.startswith("عبد")
                                    or x > i and self.tok(x - 1) == "عبد"):
                return k
        return i

    def written_as_name(self, k: int) -> bool:
        """Word k, a first name once folded, is written as one: not على ("on"; _DocState.written_ali),
        not with a vowel sign (ضحّى "sacrificed", عليّ "upon me")."""
        if self.tokens[k] == "علي" and not self.state.written_ali(self.sa, k):
            return False
        s, e = self.state.folded.span(self.sa.starts[k], self.sa.ends[k])
        return not _DIACRITIC_RE.search(self.state.doc.text, s, e + 1)

    def _ali(self, k: int, n: int, covered: set[int]) -> tuple[int, int]:
        """(start, length) of the name the pattern reads at word k, the first name علي that the model
        cannot see (_DocState.written_ali), or (k, 0). Its next word must be a name: a first name, a
        lexicon form, a nisba, or a word the article writes again (دوابشة; not علي مواصلة, "on going on",
        where a writer spells على so). A nisba after two names is the family name (علي شايف الحريري);
        a first name before it, the person's own (أحمد علي الأحول: علي is his father's)."""
        particles = self.w.get("name_particle", ())
        span = self.name_at.get(k + 1)
        if span is not None and span[0] == k + 1 and span[2] == "PERS" and span[1] - span[0] >= 2:
            return k, span[1] - k       # علي [سعد دوابشة]: the model reads the rest of the name
        while n > 1 and not self._name_word(self.tok(k + n - 1)):
            n -= 1            # (علي عبدالله قائدا: "Ali Abdullah as commander")
        while n > 1 and self.tok(k + n - 1) in particles:
            n -= 1
        if n < 2 or not self._name_word(self.tok(k + 1)):
            return k, 0
        if n == 2 and k + 2 not in covered and self._nisba_family(self.tok(k + 2)):
            n += 1
        if k - 1 not in covered and self.tok(k - 1) in self.w.get("given_name", ()):
            return k - 1, n + 1
        return k, n

    def _name_word(self, t: str) -> bool:
        """A word of a name the model did not read (_ali): a first name, a name particle, a lexicon form,
        a nisba, or a word the article writes again that is no common word."""
        return t in self.w.get("given_name", ()) or t in self.w.get("name_particle", ()) \
            or bool(self.lex.lookup(t)) or self._nisba_family(t) \
            or self.state.count(t) >= 2 and t not in common_words(self.lex) and not self.is_stop(t)

    def _nisba_family(self, t: str) -> bool:
        """A family name made of the article and a nisba no list of kg's knows (الحريري، الأحمدي)."""
        return len(t) >= 6 and t.startswith("ال") and t.endswith("ي") and t not in common_words(self.lex) \
            and not self.is_stop(t) and not self.lex.lookup(t)

    def _family_word(self, t: str) -> bool:
        """A word that can end a name the model did not read: one with the article, a known first name,
        or one of four letters or more (not ذو "of", رفع "raised")."""
        return t.startswith("ال") or t in self.w.get("given_name", ()) or len(t) >= 4

    def _din_name(self, k: int, din: frozenset) -> bool:
        """Word k starts a first name "X al-Din" (عز الدين، or written joined: عزالدين)."""
        t = self.tokens[k]
        return t in din and self.tok(k + 1) == "الدين" or t.endswith("الدين") and t[:-5] in din
