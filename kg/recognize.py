"""Find what an article talks about: entity mentions, relation triggers and the words around them.

One Aho-Corasick pass over the folded article finds every lexicon form (entity names, demonyms,
triggers, titles, place nouns, anaphors, reporting and light verbs); clitics and pronoun suffixes
are checked at the edges of each hit. Then, sentence by sentence: overlapping hits are resolved
(longest wins), open-class names are read after titles, place nouns and given names, and
anaphoric nominals (التنظيم، المطار، الوزير) are resolved to the entity in focus.

The result, ``Analysis``, holds for every sentence its tokens and the recognised ``Item``s in order;
``extract.py`` works on that. The stages live in modules of their own: the automaton pass
(kg.recognize_candidates), what the article has said (kg.recognize_state), and the sentence builder's
mixins (kg.recognize_titles, kg.recognize_places, kg.recognize_model, kg.recognize_entities,
kg.person_links).
"""
from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import product

from .arabic_words import common_word
from .lexicon import ANAPHOR, DEMONYM, ENT, GENERIC, PLACE_NOUN, TITLE, TRIGGER, WORD, Generic, Lexicon
from .groups import group_entity, is_unnamed
from .model import ACTOR_TYPES, LOCATION_TYPES, Document, Entity, Mention
from .name_model import Reading, lexicon_marks, name_memory, quote_marks, strip_clitics
from .name_model import tagger as name_tagger
from .text import TANWEEN, fold, fold_string, segment, sentence_key
from .translit import use_spellings
from .name_shapes import (SON_OF, another_first_name, extend_person, join_father, join_hyphens, kunya,
                          name_slug, nisba_apart, person_nouns, split_list_hyphens, trim_person, trim_place)
from .items import Analysis, Item, SentenceAnalysis
from .name_words import _LETTER_RE, Words
from .person_links import PersonLinks, not_surnames
from .recognize_clubs import SportsClubs
from .recognize_candidates import (_Cand, _candidates, _head_prefix_candidates, _select, _short_name_candidates,
                                   _top_country, _variant_candidates, country_counts, focus_country,
                                   without_common_words, without_tanween)
from .recognize_entities import _FAMILY_OF_TWO, NewEntities
from .recognize_model import _MODEL_TYPES, ModelNames
from .recognize_state import _DocState
from .recognize_places import _DESCRIPTORS, PlaceNounNames
from .recognize_titles import _CLOSE_QUOTES, _OPEN_QUOTES, TitleNames

_ARMED_DEEDS = frozenset({"attacked", "clashedWith", "ambushed"})   # relations whose noun an adjective of arms describes
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_DEFINITE_RE = re.compile("^[وف]?(?:[بكل]?ال|لل)")      # a definite word, with its proclitics (والهجوم، للهجوم)
_LATIN_LETTER_RE = re.compile("[A-Za-z]")
# "the capital" before a nationality adjective (بالعاصمة الأفغانية), folded
_CAPITAL = frozenset({"العاصمه", "بالعاصمه", "للعاصمه", "والعاصمه", "وبالعاصمه", "كالعاصمه"})

_OPEN_QUOTE_CHARS = frozenset(_OPEN_QUOTES)     # (one character each: a set test, not a loop, per lexicon hit)
_MEDIA_NAMES: dict[int, tuple] = {}


def _media_names(lex) -> dict[str, str]:
    """Names the lexicon's media go by after their head noun: الشرق الاوسط -> asharq_al_awsat
    (from صحيفة الشرق الأوسط), folded."""
    got = _MEDIA_NAMES.get(id(lex))
    if got is None or got[0] is not lex:
        names: dict[str, str] = {}
        for eid in sorted(e.id for e in lex.entities.values() if e.type == "Media"):
            e = lex.entities[eid]
            heads = lex.heads.get(eid, ())
            for form in (e.label_ar, *e.aliases_ar):
                head, _, rest = fold_string(form).partition(" ")
                if head in heads and rest:
                    names.setdefault(rest, eid)
        got = _MEDIA_NAMES[id(lex)] = (lex, names)
    return got[1]


_ORG_NAMES: dict[int, tuple] = {}


def _org_names(lex) -> dict[str, str]:
    """Names the lexicon's organisations go by after their head noun, folded: الجزيرة -> al_jazeera
    (قناة الجزيرة), برشلونة -> fc_barcelona (نادي برشلونة). A name two organisations share goes to the
    first by id."""
    got = _ORG_NAMES.get(id(lex))
    if got is None or got[0] is not lex:
        names: dict[str, str] = {}
        for eid in sorted(e.id for e in lex.entities.values() if e.type not in LOCATION_TYPES and e.type != "Person"):
            e = lex.entities[eid]
            heads = lex.heads.get(eid, ())
            for form in (e.label_ar, *e.aliases_ar):
                head, _, rest = fold_string(form).partition(" ")
                if head.removeprefix("ال") in heads and rest:
                    names.setdefault(rest, eid)
        got = _ORG_NAMES[id(lex)] = (lex, names)
    return got[1]


# --- the whole article (its lexicon hits: kg.recognize_candidates; its state: kg.recognize_state) ---

def analyze(doc: Document, lex: Lexicon, timings: dict | None = None) -> Analysis:
    """Sentences, tokens, recognised items and entity mentions of one article."""
    use_spellings(lex.name_spellings)
    t0 = time.perf_counter()
    folded = fold(doc.text)
    ftext = folded.text
    sent_spans = segment(ftext)
    if timings is not None:
        timings["normalise"] = time.perf_counter() - t0
    spans = [m.span() for m in _TOKEN_RE.finditer(ftext)]
    tok_starts = [x[0] for x in spans]
    tok_ends = [x[1] for x in spans]
    text = doc.text
    cands = _candidates(ftext, lex, tok_starts, tok_ends,
                        taa=lambda i: text[(j := folded.orig(i)):j + 1] in ("ة", "ﺓ", "ﺔ"))
    cands += _variant_candidates(ftext, lex, tok_starts, tok_ends, cands)
    cands += _short_name_candidates(ftext, lex, tok_starts, tok_ends, cands)
    cands += _head_prefix_candidates(ftext, lex, tok_starts, tok_ends, cands)
    cands = without_common_words(ftext, lex, tok_starts, tok_ends, cands)
    cands = without_tanween(lex, cands, tok_starts, tok_ends, lambda a, b: any(
        c in TANWEEN for c in text[folded.orig(a):folded.orig(b - 1) + 2]))
    cands.sort(key=lambda c: c.fs)
    state = _DocState(doc, lex)
    read = _as_read(cands, folded, text)
    counts = country_counts(read, lex)
    state.country_weight = counts[0]
    state.focus_country = _top_country(*counts)
    state.lone_places = _lone_places(read, lex, counts[0])
    state.folded = folded
    sentences = []
    work = []
    seen: dict[str, int] = {}
    ci = 0
    for index, (fs, fe) in enumerate(sent_spans):
        while ci < len(cands) and cands[ci].fs < fs:
            ci += 1
        cj = ci
        while cj < len(cands) and cands[cj].fs < fe:
            cj += 1
        start, end = folded.span(fs, fe)
        key = sentence_key(ftext[fs:fe])
        dup = key in seen
        first = seen.setdefault(key, index)
        a, b = bisect_left(tok_starts, fs), bisect_left(tok_starts, fe)
        texts = [ftext[x:y] for x, y in spans[a:b]]
        sa = SentenceAnalysis(index, start, end, fs, fe, texts, tok_starts[a:b], tok_ends[a:b], [], dup,
                              first if dup else -1)
        if not dup:
            work.append((sa, [c for c in cands[ci:cj] if c.fe <= fe]))
        sentences.append(sa)
        ci = cj
    # the name model reads every sentence first: a name it reads once is known in the whole article
    readings = _read_names(work, state)
    for (sa, _), r in zip(work, readings):     # names end where no name goes on (فهد أو، محمد وهو)
        words = Words(sa, state)
        r.names[:] = join_father([n for n in map(words.cut, r.names) if n], sa.tokens, lex)
    state.memory = name_memory([(sa.tokens, [n for n in r.names if not _crosses_lexicon(n, sa, sc, inside=True)
                                             and not _honoured(n, sa.tokens, lex)])
                                for (sa, sc), r in zip(work, readings)], not_surnames(lex))
    firsts = state.full_names()
    for key in [k for k, (typ, name) in state.memory.items() if len(name) == 1 and k in firsts]:
        del state.memory[key]     # برناردينو read alone as a place, and as the first name of برناردينو ليون
    if state.memory:      # نجيب صالح in an article that names علي عبدالله صالح: صالح alone is not Najib
        known = {fold_string(lex.entities[c.hit.ref].label_ar).rsplit(" ", 1)[-1] for c in cands
                 if c.kind == ENT and lex.entities[c.hit.ref].type == "Person"}
        for key in [k for k, (typ, name) in state.memory.items() if typ == "PERS" and len(name) > 1 and k in known]:
            del state.memory[key]
    if state.memory:      # the article's words that are one of those names (with clitics)
        ends = {k[-3:] for k in state.memory}
        state.remembered = {t for sa, _ in work for t in sa.tokens
                            if t[-3:] in ends and strip_clitics(t)[1] in state.memory}
    for (sa, sc), reading in zip(work, readings):
        sa.items = _sentence_items(sa, sc, state, reading)
        for it in sa.items:
            if it.kind == "ent":
                ms, me = folded.span(*(it.name_span or (it.fs, it.fe)))
                kind = "nominal" if it.nominal_mention else it.mention_kind
                state.mentions.append(Mention(doc.doc_id, ms, me, doc.text[ms:me], it.entity, kind, sa.index))
    return Analysis(doc, folded, sentences, state.mentions, state.focus_country)


def _lone_places(read: list, lex: Lexicon, weight: dict) -> frozenset:
    """The lexicon's towns that are all an article says of their country (its weight in the article's
    focus is theirs alone): البريقة in news of Aden, where nothing else is Libyan."""
    own: dict[str, int] = {}
    for c in read:
        e = lex.entities[c.hit.ref] if c.hit.kind == ENT else None
        if e is not None and e.type == "Place" and e.country:
            own[e.id] = own.get(e.id, 0) + 2
    return frozenset(eid for eid, w in own.items() if weight.get(lex.entities[eid].country, 0) <= w)


def _crosses_lexicon(name: tuple, sa: SentenceAnalysis, cands: list[_Cand], inside: bool = False) -> bool:
    """The model's name overlaps a lexicon entity form without being it (موتورز زادتا over جنرال موتورز);
    ``inside``: or lies within one (عبدالله صالح in علي عبدالله صالح: the lexicon's person, no other)."""
    a, b = sa.starts[name[0]], sa.ends[name[1] - 1]
    return any(c.kind == ENT and c.fs < b and a < c.fe and (inside or not (c.fs <= a and b <= c.fe)) for c in cands)


def _honoured(name: tuple, tokens: list[str], lex: Lexicon) -> bool:
    """The name after a facility noun and a title (مسجد الإمام [الصادق]، جامعة الإمام [محمد بن سعود]): the
    one a facility is named for, whose words are no person of the article to be met again alone."""
    i = name[0]
    return i >= 2 and tokens[i - 1] in lex.words["_titles"] and strip_clitics(tokens[i - 2])[1] in lex.facility_heads


def _read_names(work: list, state: _DocState) -> list[Reading]:
    """What the name model reads in each (sentence, lexicon hits) of ``work``."""
    text, folded, ents = state.doc.text, state.folded, state.lex.entities
    readings = name_tagger(state.featurizer).read(
        [(sa.tokens, quote_marks(text, folded, sa.starts, sa.ends, lexicon_marks(sa.starts, sa.ends, sc, ents)))
         for sa, sc in work])
    nouns = person_nouns(state.lex)
    counts = Counter(t for sa, _ in work for t in sa.tokens)
    for (sa, _), r in zip(work, readings):
        if r.names:
            ali = frozenset(k for k, t in enumerate(sa.tokens) if t == "علي" and state.written_ali(sa, k))
            trimmed = [x for x in (trim_person(trim_place(n, sa.tokens, state.lex), sa.tokens, nouns, state.lex,
                                               ali) for n in split_list_hyphens(r.names, sa.tokens)) if x]
            starts = frozenset(x[0] for x in trimmed)
            r.names[:] = join_hyphens([extend_person(x, sa.tokens, state.lex, starts, counts) for x in trimmed],
                                      sa.tokens)
    return readings


# --- one sentence ---------------------------------------------------------------------------------


def _trim_title(it: Item, sa: SentenceAnalysis, lex: Lexicon) -> None:
    titles = lex.words["_titles"]
    for n in (3, 2, 1):
        if it.j - it.i > n:
            head = " ".join(sa.tokens[it.i:it.i + n])
            head = head[len(it.clitic):] if it.clitic and head.startswith(it.clitic) else head
            if head in titles:
                it.i += n
                it.fs = sa.starts[it.i]
                it.clitic = ""
                return


def _trim_descriptor(it: Item, sa: SentenceAnalysis, lex: Lexicon) -> None:
    head = sa.tokens[it.i][len(it.clitic):] if it.clitic else sa.tokens[it.i]
    head = "ال" + head[1:] if it.clitic.endswith("ل") and head.startswith("ل") and not head.startswith("ال") else head
    if head.removeprefix("ال") not in _DESCRIPTORS:
        return
    rest = " ".join(sa.tokens[it.i + 1:it.j])
    if fold_string(it.entity.label_ar) == f"{head} {rest}":
        return       # جماعة الحوثي: the noun is part of the group's own name
    if any(h.kind == ENT and h.ref == it.entity.id for h in lex.lookup(rest)):
        it.i += 1
        it.fs = sa.starts[it.i]
        it.clitic = ""


def _as_read(cands: list, folded, text: str) -> list:
    """The lexicon's names and demonyms (sorted by start) that say where an article is: not a hit inside
    a longer one (نيويورك in نيويورك تايمز, a paper), not a name in quotation marks (ل"الرياض": the paper
    quoted). Other hits (triggers, words) say nothing of where; they only hide the hits inside them."""
    out, reach, span = [], -1, None
    for c in sorted(cands, key=lambda c: (c.fs, -c.fe)):
        inside = reach >= c.fe and span != (c.fs, c.fe)
        if c.fe > reach:
            reach, span = c.fe, (c.fs, c.fe)
        if inside or c.hit.kind not in (ENT, DEMONYM):
            continue
        if not _quote_before(text, folded, c.fs):
            out.append(c)
    return out


def _quote_before(text: str, folded, fs: int) -> bool:
    """Whether a quotation mark opens right before folded offset ``fs`` of the article (ل"الرياض"، «الحياة»)."""
    ms = folded.span(fs, fs + 1)[0]
    # (a straight quote opens right before its word; one before a space closes the words before: انها
    # "حررت" عدن)
    return ms > 0 and (text[ms - 1] in _OPEN_QUOTE_CHARS or ms > 1 and text[ms - 1] == " " and text[ms - 2] in "«“")


def _tok_index(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def _nisba_after(tokens: list[str], j: int, lex) -> bool:
    """Token j is an indefinite nationality adjective in the singular (تونسي، سوري)."""
    t = tokens[j] if j < len(tokens) else ""
    return t.endswith("ي") and not t.startswith("ال") and any(h.kind == DEMONYM for h in lex.lookup(t))


def _counted_after(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """Token i follows a figure that counts it (ألف، 200، ثلاثة): not a year (عام 2015، في 2014 قتل)."""
    prev = tokens[i - 1] if i else ""
    if prev.isdigit():
        return not (len(prev) == 4 and 1900 <= int(prev) <= 2100) and (
            i < 2 or tokens[i - 2].removeprefix("ال") not in ("عام", "سنه"))
    return prev in lex.words.get("number", ())


# words before a noun that count or pick it out (بينهم صحفي، كل صحفي): the word after them is a noun
_QUANTIFIERS = frozenset({"بينهم", "منهم", "بينها", "منها", "اي", "كل", "وكل", "لكل", "بكل", "احد", "كاي"})
# the forms of كان and its sisters (folded, without و/ف): a verb, whose subject follows it
_KANA_VERBS = frozenset({"كان", "كانت", "كانوا", "يكون", "تكون", "ظل", "ظلت", "بات", "باتت", "اصبح", "اصبحت",
                         "صار", "صارت", "ليس", "ليست", "مازال", "مايزال", "لايزال", "لازال"})


# the entity types whose names hide the places inside them from the sentence's country
_HIDES_PLACES = frozenset({"Person", "Media", "Country", "Place", "Facility"})


def _sentence_items(sa: SentenceAnalysis, cands: list[_Cand], state: _DocState,
                    reading: Reading | None = None) -> list[Item]:
    lex = state.lex
    starts = sa.starts
    # the country the sentence's own places are in (درعا في جنوب سوريا in an article about Turkey); not a
    # place inside a person's name (صلاح الدين in صلاح الدين دميرتاش, a Turkish politician) or a paper's or an
    # agency's (وكالة الصحافة الفرنسية), nor one inside a longer place's name, which tells its own country
    # (الكونغو in جمهورية الكونغو الديمقراطية), nor a name counted twice inside a longer form of it (الإمارات in
    # دولة الإمارات)
    outer = [(c.fs, c.fe, lex.entities[c.hit.ref].type in _HIDES_PLACES, c.hit.ref) for c in cands
             if c.kind == ENT]
    where = [c for c in cands if not any(a <= c.fs and c.fe <= b and (a, b) != (c.fs, c.fe)
                                         and (hides or c.kind == ENT and ref == c.hit.ref)
                                         for a, b, hides, ref in outer)]
    given = lex.words.get("given_name", ())
    # (nor a nisba after a given name: منصور التركي، محمد المصري are family names, no country)
    where = [c for c in where if not (c.kind == DEMONYM and (k := _tok_index(starts, c.fs)) > 0
                                      and sa.tokens[k - 1] in given)]
    # (nor a town that is all the article says of its country, spelt like a common word or a town elsewhere,
    # unless the article is about that country: الميادين "the squares" in news of Khartoum is no Syrian
    # town, and says nothing of the sentence)
    where = [c for c in where if not (c.kind == ENT and c.hit.ref in state.lone_places
                                      and lex.entities[c.hit.ref].country != state.focus_country)]
    # (nor a name in quotation marks: ل"الرياض" is the paper quoted, not the city)
    where = [c for c in where if not _quote_before(state.doc.text, state.folded, c.fs)]
    state.sentence_country = focus_country(where, lex, kinds=("Country", "Place", "Facility"))
    state.sentence_cands = cands
    chosen = _select(cands)
    state.sentence_chosen = [c for c, _ in chosen]
    items: list[Item] = []
    for c, alts in chosen:
        i = _tok_index(starts, c.fs)
        j = _tok_index(starts, c.fe - 1) + 1
        it = Item(kind="", i=i, j=j, fs=c.fs, fe=c.fe, clitic=c.clitic, gender=c.hit.gender, tense=c.hit.tense,
                  alts=tuple(h for h, _ in alts), suffixes=tuple(sf for _, sf in alts), suffix=c.suffix)
        h = c.hit
        if h.kind == TRIGGER and not c.clitic and (_counted_after(sa.tokens, i, lex) or _nisba_after(sa.tokens, j, lex)):
            # ألف طالب، 200 معلم، طالب تونسي: after a figure, or before a nationality adjective, a word is the
            # noun of people, not a verb (طالب "demanded")
            h = next((x for x, _ in alts if x.kind == GENERIC), h)
        if h.kind == ENT and c.clitic in ("و", "ف") and items and items[-1].kind == "trigger" and items[-1].j == i \
                and items[-1].trigger.pos == "verb" and lex.entities[h.ref].type in ("Place", "Country"):
            # تقتل وتدمر وتذبح: a town's name that is also a verb, joined by و to a verb right before it, is
            # the verb (تدمر "destroys", not Palmyra)
            h = next((x for x, _ in alts if x.kind == TRIGGER and x.ref.pos == "verb"), h)
        if h.kind == ENT:
            it.kind, it.entity, it.mention_kind = "ent", lex.entities[h.ref], "name"
            if it.entity.type == "Person" and j - i > 1:
                _trim_title(it, sa, lex)       # الملك عبدالله الثاني: the name without the title
            elif j - i > 1:
                _trim_descriptor(it, sa, lex)  # حركة حماس: the name proper, when it is a name too
        elif h.kind == DEMONYM:
            it.kind, it.entity, it.mention_kind = "ent", lex.entities[h.ref], "demonym"
        elif h.kind == TRIGGER:
            it.kind, it.trigger = "trigger", h.ref
        elif h.kind == WORD:
            it.kind, it.word = "word", h.ref
        elif h.kind == TITLE:
            it.kind, it.title = "title", h.ref
        elif h.kind == PLACE_NOUN:
            it.kind, it.ref = "pnoun", h.ref
        elif h.kind == ANAPHOR:
            it.kind, it.ref = "anaphor", h.ref
        elif h.kind == GENERIC:
            it.kind, it.ref = "generic", h.ref
        items.append(it)
    return _Builder(sa, items, state, reading).run()


_TITLE_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _title_forms(word: str) -> list[str]:
    """A word as it is, and without each proclitic it may carry (للرئيس: الرئيس)."""
    forms = [word]
    for c in _TITLE_PROCLITICS:
        if word.startswith(c) and len(word) - len(c) >= 3:
            rest = word[len(c):]
            forms.append("ا" + rest if c.endswith("ل") and rest.startswith("ل") else rest)
    return forms


class _Builder(TitleNames, PlaceNounNames, ModelNames, NewEntities, SportsClubs, PersonLinks):
    """Turn raw hits of one sentence into entity items (open-class names, anaphora, titles). Its stages
    live in mixins: names after titles (kg.recognize_titles), after place nouns (kg.recognize_places),
    the model's and the article's names (kg.recognize_model), a found name's entity
    (kg.recognize_entities), a surname or title that refers back to a person (kg.person_links)."""

    def __init__(self, sa: SentenceAnalysis, items: list[Item], state: _DocState, reading: Reading | None = None):
        super().__init__(sa, state)
        self.items = items
        self.reading = reading or Reading([])     # its names already cut (Words.cut)
        self.vetoed: set[int] = set()     # words read as no name by a rule (المدينة السكنية): not the model's either
        self.at: dict[int, Item] = {}
        for it in items:
            for k in range(it.i, it.j):
                self.at.setdefault(k, it)
        self.name_at = {k: sp for sp in map(self.with_nisba, self._as_read_elsewhere(list(self.reading.names)))
                        for k in range(sp[0], sp[1])}

    def reconcile(self, out: list[Item]) -> None:
        """Where the model reads a name differently from a lexicon form or a pattern: a name inside
        the item of the same kind (مكة in مكة المكرمة, حزب الله in حزب الله اللبناني) sets the mention's
        extent, the item keeps its entity; a longer name around it that is another thing (دينامو كييف:
        a club, not the city; عبدالله بن خليفة العطية: not the lexicon's خالد العطية) replaces it."""
        names = self.model_names()
        if not names:
            return
        for it in list(out):
            if it.kind != "ent" or it.mention_kind != "name":
                continue
            if not any(k in names for k in range(it.i, it.j)):
                if it.j - it.i > 1 and it.entity.origin != "text" and self._description(it):
                    it.nominal_mention = True
                continue
            if (a_b := names.get(it.i)) and a_b[:2] == (it.i, it.j) and a_b[2] == "ORG" \
                    and it.entity.type in LOCATION_TYPES and not self._after_town_noun(it.i) \
                    and (org := self._named_org(it.i, it.j)) is not None:
                it.entity, it.alts = org, ()         # الشرق الأوسط the paper, برشلونة the club: not the place
            spans = {names[k] for k in range(it.i, it.j) if k in names}
            if len(spans) != 1:
                continue
            a, b, typ = spans.pop()
            same = _MODEL_TYPES.get(typ) == it.entity.type or (typ == "LOC" and it.entity.type in LOCATION_TYPES) \
                or (typ == "ORG" and it.entity.type not in LOCATION_TYPES and it.entity.type != "Person")
            alone = it.entity.type == "Person" and b - a == 1 and self.tok(a) in self.w.get("given_name", ())
            if it.i <= a and b <= it.j and (a, b) != (it.i, it.j) and same and not self._headed(it) and not alone \
                    and not self._foreign_rest(it, a, b) \
                    and not (a == it.i + 1 and self.state.written_ali(self.sa, it.i)) \
                    and not (a == it.i + 1 and b == it.j and it.title is not None and it.entity.type == "Person"
                             and it.entity.origin == "text" and self.first_name_word(self.tok(it.i))) \
                    and not (it.entity.type == "Person" and b == it.j and self.written_as_name(it.i)
                             and self.clitic_of(self.tok(it.i))[1] in self.w.get("given_name", ())) and (
                        # (رائد شاكر جودت, though the model reads only جودت: the first name stays; so a first
                        # word read after a title: المدعو شاه فيصل عظيم شاه)
                    it.entity.origin == "text" or self._names_entity(a, b, it.entity) or self._noun_before(it, a, b)):
                fs = it.fs if a == it.i else self.sa.starts[a]
                fe = it.fe if b == it.j else self.sa.ends[b - 1]
                it.name_span = (fs, fe)
                if it.entity.origin == "text" and it.entity.type != "Person":
                    # منطقة سناح [أسر]: a place's entity is the name its mention says (a person's pattern
                    # — a title, بن and آل — reads a name better than the model)
                    word = self.clitic_of(self.tok(a), person=False)[1] if a == it.i else self.tok(a)
                    old, it.entity = it.entity, self.new_entity(it.entity.type, [word] + self.span_text(a + 1, b))
                    self.state.renamed(old, it.entity)
            elif a <= it.i and it.j <= b and (a, b) != (it.i, it.j):
                if self._other_thing(it, a, b, typ, out):
                    self._replace(out, it, a, b, typ)
                elif typ == "PERS" and it.entity.type == "Person" and not any(
                        x is not it and x.kind == "ent" and x.i < b and a < x.j for x in out):
                    clitic, word = self.clitic_of(self.tok(a))
                    it.name_span = (self.sa.starts[a] + len(clitic), self.sa.ends[b - 1])   # جان - إيف لودريان
                    it.i, it.j, it.clitic = a, b, clitic     # its words are taken (not ومحمد again)
                    self._whole_name(it, [word] + self.span_text(a + 1, b))   # وليد بن محمد الصمعاني

    def _whole_name(self, it: Item, tokens: list[str]) -> None:
        """A person found in the text by part of the name, read longer: the item is the whole name's
        entity, and so is the family name alone later (a lexicon person stays as it is)."""
        if it.entity.origin == "text" or another_first_name(self.lex, tokens, it.entity.id):
            # (أبو عمر البغدادي: not the lexicon's أبو بكر البغدادي, a namesake named in full)
            old, it.entity = it.entity, self.new_entity("Person", tokens)
            self.state.renamed(old, it.entity)

    def _headed(self, it: Item) -> bool:
        """A name built on a place noun that is part of it (مطار كابول، مستشفى جنين): its mention is the
        whole phrase, not the place the model reads inside it."""
        if it.entity.origin != "text" or it.entity.type not in ("Facility", "Organization"):
            return False
        first = self.tok(it.i)[len(it.clitic):]
        return any(h.kind == PLACE_NOUN and h.ref.keep for h in self.lex.lookup(first))

    def _foreign_rest(self, it: Item, a: int, b: int) -> bool:
        """A town's name read after its place noun (منطقة سلطان بيلي) that the gazetteer knows whole, or whose
        words past the model's shorter name are no Arabic words kg knows (no common word, no word of words.tsv,
        no lexicon form, with or without a proclitic): a foreign name of several words the model cuts short,
        not a name and the next phrase (منطقة سناح أسر: أسر is a word; حي بورين المعقل: "the stronghold"); or a
        name the model cuts right before a word that goes on with a town's name (words.tsv place_tail: خان آباد)."""
        if it.entity.origin == "text" and it.entity.type == "Place" and b < it.j \
                and fold_string(self.tok(b)) in self.w.get("place_tail", ()):
            return True            # إقليم خان آباد: the model's خان is cut short of the town's name
        if it.entity.origin != "text" or it.entity.type != "Place" or a != it.i or b >= it.j \
                or not self._after_town_noun(it.i):
            return False
        if self.town(fold_string(" ".join(self.span_text(it.i, it.j)))) is not None:
            return True            # منطقة بركي برك: the gazetteer's Baraki Barak, not Baraki
        ms, me = self.state.folded.span(self.sa.starts[it.i], self.sa.ends[it.j - 1])
        text = self.state.doc.text
        if ms and text[ms - 1] in _OPEN_QUOTE_CHARS and text[me:me + 1] in _CLOSE_QUOTES:
            return True            # منطقة «سلطان بيلي»: the quotation marks hold the whole name
        known = self._known_words()
        for k in range(b, it.j):
            w = fold_string(self.tok(k))
            if w.startswith("ال") and w.endswith(("ي", "يه")):
                return False       # بلدة حورتعلا البقاعية: a definite nisba is the town's adjective
            for x in (w, w[1:] if w[:1] in "وفبلك" else w, w.removeprefix("ال")):
                if x in known or common_word(x) or self.lex.lookup(x) or self.lex.lookup("ال" + x):
                    return False
        return True

    def _description(self, it: Item) -> bool:
        """A lexicon form that is a common noun and nationality adjectives (الجيش اللبناني، الحكومة
        العراقية): a definite description, not a name, when the model reads no name in it."""
        first = self.tok(it.i)[len(it.clitic):]
        if first not in self.w["_stop"] and first.removeprefix("ال") not in self.w.get("force", ()) \
                and first.removeprefix("ال") not in self.w.get("head", ()):
            return False
        rest = [self.tok(k) for k in range(it.i + 1, it.j)]
        return all(any(h.kind == DEMONYM for h in self.lex.lookup(t)) for t in rest)

    def _after_town_noun(self, i: int) -> bool:
        """Token i follows a noun of a place that is no part of its name (مدينة، محافظة، قرية: place_nouns.tsv
        Place, keep no)."""
        prev = self.tok(i - 1)
        return any(h.kind == PLACE_NOUN and h.ref.type == "Place" and not h.ref.keep
                   for w in (prev, prev[1:]) for h in self.lex.lookup(w))

    def _named_org(self, i: int, j: int) -> Entity | None:
        """The lexicon's organisation that goes by the words [i, j) without its head noun: الجزيرة for
        قناة الجزيرة, برشلونة for نادي برشلونة."""
        clitic, word = self.clitic_of(self.tok(i), person=False)
        eid = _org_names(self.lex).get(" ".join([word, *self.span_text(i + 1, j)]))
        return self.lex.entities[eid] if eid else None

    def _noun_before(self, it: Item, a: int, b: int) -> bool:
        """[a, b) is ``it`` without a place noun that is not part of names (مدينة مشهد -> مشهد), as kg
        reads مدينة حلب."""
        if b != it.j or a != it.i + 1:
            return False
        head = self.tok(it.i)[len(it.clitic):]
        return any(h.kind == PLACE_NOUN and not h.ref.keep for h in self.lex.lookup(head))

    def _names_entity(self, a: int, b: int, ent: Entity) -> bool:
        """Tokens [a, b) are a lexicon form of ``ent`` (حزب الله of حزب الله اللبناني)."""
        clitic, word = self.clitic_of(self.tok(a))
        key = " ".join([word, *self.span_text(a + 1, b)])
        return any(h.kind == ENT and h.ref == ent.id for h in self.lex.lookup(key))

    def _other_thing(self, it: Item, a: int, b: int, typ: str, out: list[Item]) -> bool:
        """The model's name [a, b) around ``it`` names something else than ``it``'s entity."""
        if any(x is not it and x.kind != "ent" and x.i < b and a < x.j for x in self.items):
            return False                  # a trigger or a verb inside: not one name
        if any(x is not it and x.kind == "ent" and x.mention_kind == "name" and x.i < b and a < x.j
               and not (a <= x.i and x.j <= b) for x in (*self.items, *out)):
            return False                  # crosses another name (مستشفى الحرس الوطني | بجدة)
        if any(x is not it and x.kind == "ent" and x.mention_kind == "name" and x.entity.origin != "text"
               and x.entity.type not in LOCATION_TYPES and a <= x.i and x.j <= b for x in out):
            return False                  # holds a person or a group kg knows (التقى كيري الشيخ تميم: two persons;
            #                               احتلال داعش للموصل: ISIS, then Mosul)
        ent = it.entity
        if it.i > a and (before := self.tok(it.i - 1)).startswith("ال") and before.endswith(("ي", "يه")) \
                and not self.tok(it.i)[len(it.clitic):].startswith("ال"):
            return False                  # الجيش الليبي | قطر: a definite adjective ends the name before it
        if typ == "ORG" and ent.type in LOCATION_TYPES:
            return True                   # a club, a company, a council named after its city
        if typ == "PERS" and ent.type != "Person" and b - a > it.j - it.i:
            return True                   # صلاح الدين عبد الكريم, كريستوفر ماكدونالد: a person, not the province or the firm
        if typ == "PERS" and ent.type == "Person" and a < it.i and ent.origin != "text":
            known = {w for f in (ent.label_ar, *ent.aliases_ar) for w in fold_string(f).split()}
            extra = [self.tok(k) for k in range(a, it.i)]
            first = extra[0][len(self.clitic_of(extra[0])[0]):]
            return first not in known     # عبدالله بن خليفة العطية is not خالد العطية; انطونيو غوتيريش is غوتيريش
        return False

    def _replace(self, out: list[Item], old: Item, a: int, b: int, typ: str) -> None:
        """The items inside tokens [a, b) give way to one text entity of the model's type."""
        # (لجبهة الجولان: a preposition before a body's head noun is not part of its name)
        clitic, word = self.clitic_of(self.tok(a), heads=typ != "PERS", person=typ == "PERS")
        ent = self.new_entity(_MODEL_TYPES[typ], [word] + self.span_text(a + 1, b))
        item = Item(kind="ent", i=a, j=b, fs=self.sa.starts[a] + len(clitic), fe=self.sa.ends[b - 1],
                    clitic=clitic, entity=ent, mention_kind="name", weak=old.weak or ent.origin == "text")
        out[:] = [x for x in out if not (x.kind == "ent" and a <= x.i and x.j <= b)] + [item]
        self.state.remember(ent)

    def span_text(self, i: int, j: int) -> list[str]:
        return [self.tok(k) for k in range(i, j)]

    def run(self) -> list[Item]:
        out: list[Item] = []
        items = self.items
        idx = 0
        while idx < len(items):
            it = items[idx]
            if it.kind == "title":
                idx = self.title(idx, out)
                continue
            if it.kind == "pnoun":
                idx = self.place_noun(idx, out)
                continue
            if it.kind == "anaphor":
                nit = items[idx + 1] if idx + 1 < len(items) else None
                if nit is not None and nit.i == it.j and nit.kind == "ent" and not nit.clitic.startswith("و"):
                    g = self.lex.generics.get(it.ref.generic) if it.ref.generic else None
                    if g is not None and g.side not in ("force", "") and nit.mention_kind == "demonym":
                        # المعارضة الفنزويلية: no opposition named before, the country's unnamed one (not a
                        # force: القوات الروسية، الجيش السوداني stand for the state)
                        it.kind, it.ref = "generic", g
                        self.generic(it, out)
                    idx += 1      # القوات الروسية: a noun qualified by a name, not an anaphor
                    continue
                if "قوات" in it.ref.heads and self.tok(it.j).startswith("ال"):
                    idx += 1      # القوات الموالية للحوثيين، القوات المشتركة: forces described, not referred back to
                    continue
                if self.resolve_anaphor(it):
                    self.emit(it, out)
                idx += 1
                continue
            if it.kind == "generic":
                self.generic(it, out)
                idx += 1
                continue
            if it.kind == "ent":
                if not (it.j - it.i == 1 and it.mention_kind == "name" and self.doubtful(it.i, it.entity)):
                    self.emit(it, out)          # دعم مالي: not Mali
                idx += 1
                continue
            if it.kind != "absorbed":
                out.append(it)
            idx += 1
        self.nationality_names(out)
        self.speaker_names(out)
        self.given_names(out)
        self.surnames(out)
        self.bracketed_first_names(out)
        self.lone_first_names(out)
        self.acronyms(out)
        self.reconcile(out)
        self.model_only(out)
        self.gazetteer_towns(out)
        self.remembered(out)
        self.first_name_before(out)
        self.family_after_names(out)
        out.sort(key=lambda x: x.i)
        self.aliases(out)
        self.mark_demonyms(out)
        self.quoted_media(out)
        self.sports_clubs(out)
        self.located(out)
        self.affiliations_follow(out)
        return out

    def quoted_media(self, out: list[Item]) -> None:
        """«الشرق الأوسط»، «الحياة»: a name in quotation marks that is also the name of a newspaper,
        channel or agency (صحيفة الشرق الأوسط in the lexicon) is the outlet, not the region."""
        names = _media_names(self.lex)
        for it in out:
            if it.kind != "ent" or it.entity.type == "Media" or it.mention_kind != "name":
                continue
            media = names.get(" ".join(self.tok(k) for k in range(it.i, it.j))[len(it.clitic):])
            if media is None:
                continue
            ms, me = self.state.folded.span(it.fs, it.fe)
            text = self.state.doc.text
            if any(q in text[max(ms - 1, 0):ms + 3] for q in _OPEN_QUOTES) and text[me:me + 1] in _CLOSE_QUOTES:
                it.entity = self.lex.entities[media]      # «…» or لـ«…»
                it.alts = ()

    def emit(self, it: Item, out: list[Item], heads=()) -> None:
        for k in range(it.i, it.j):        # a demonym read as part of a name is no longer a mention
            inner = self.at.get(k)
            if inner is not None and inner is not it and inner.mention_kind == "demonym":
                inner.kind = "absorbed"
        ent = it.entity
        if ent.type == "Person" and it.mention_kind == "name" and it.j - it.i >= 2 and not it.weak \
                and self.tok(it.j - 2) not in SON_OF:     # محمد بن سلمان: سلمان alone is his father
            self._learn_surname(self.tok(it.j - 1), ent)
        if ent.type == "Person" and it.mention_kind == "name" and it.j - it.i >= 3 \
                and (pair := " ".join(kunya(self.span_text(it.j - 2, it.j), ()))).split(" ", 1)[0] in _FAMILY_OF_TWO \
                and not (pair.startswith("عبد ") and self.tok(it.j - 3) in SON_OF):   # (عمر بن عبد العزيز: his father)
            # نبيل أبو ردينة, محمد بن سلمان, عادل عبد المهدي: the two words alone are him later (new_entity)
            pairs = self.state.family_pairs
            known = pairs.get(pair, ent)
            pairs[pair] = ent if known is not None and known.id == ent.id else None   # (with a title's role)
        if it.mention_kind != "demonym" and not (it.mention_kind == "generic" and not is_unnamed(ent.id)):
            # (السلطات اليمنية, a government no name named, is no antecedent of a later الحكومة)
            prev = self.tok(it.i - 1)
            prev = prev[2:] if prev.startswith("ال") else prev[1:] if prev[:1] in ("و", "ب", "ل") else prev
            if prev in self.w.get("force", ()):
                heads = set(heads) | {prev}      # قوات النظام … هذه القوات
            self.state.remember(ent, heads)
        out.append(it)

    def _covered(self, out: list[Item]) -> set[int]:
        """Tokens already taken by an emitted item or a recognised lexicon item."""
        return {k for it in out for k in range(it.i, it.j)} | {k for it in self.items for k in range(it.i, it.j)}

    def acronyms(self, out: list[Item]) -> None:
        """A Latin-script acronym in Arabic text (CNN, IBM, NATO) names an organisation."""
        folded = self.state.folded
        if not _LATIN_LETTER_RE.search(folded.text, self.sa.fs, self.sa.fe):
            return            # (most sentences have no Latin letter at all)
        covered = None
        for k, t in enumerate(self.tokens):
            if not (2 <= len(t) <= 6 and t.isascii() and t.isalpha()):
                continue
            s, e = folded.span(self.sa.starts[k], self.sa.ends[k])
            if not (self.state.doc.text[s:e].isascii() and self.state.doc.text[s:e].isupper()):
                continue      # Ⅶ folds to vii: a Roman numeral, not an acronym
            if covered is None:
                covered = self._covered(out)
            if k in covered or t in self.w.get("equipment", ()):
                continue      # (RPG, BTR: a weapon or vehicle, words.tsv equipment)
            acronym = self.state.doc.text[s:e]
            ent = Entity(id=f"organization/{acronym.lower()}", type="Organization", label_en=acronym,
                         label_ar=acronym, origin="text")
            self.emit(Item(kind="ent", i=k, j=k + 1, fs=self.sa.starts[k], fe=self.sa.ends[k], entity=ent,
                           mention_kind="name", weak=True), out)

    def _equipment(self, letters: list[str]) -> bool:
        """Latin letters spelt out (words.tsv letter values: "B | P") that make a weapon's or vehicle's
        acronym, read any way (words.tsv equipment)."""
        known = self.w.get("equipment", ())
        return bool(known) and any("".join(x).lower() in known for x in product(*(v.split(" | ") for v in letters)))

    def resolve_anaphor(self, it: Item) -> bool:
        """The entity an anaphor item refers back to (``_DocState.resolve``), else the unnamed group its row
        names (الجيش with no army named: the military of the article's country), set on the item (its kind
        "ent"), not emitted; False when it stands for neither."""
        unless = it.ref.unless
        if unless and (self.tok(it.j) in unless or self.tok(it.j).startswith("ال") and self.tok(it.j + 1) in unless):
            return False      # المجموعة (الكبيرة) من العقوبات: "the set of" (anaphors.tsv unless), no group named before
        ent = self.state.resolve(it.ref)
        if ent is not None:
            it.kind, it.entity, it.mention_kind = "ent", ent, "nominal"
            return True
        if not it.ref.generic:
            return False
        it.kind, it.ref = "generic", self.lex.generics[it.ref.generic]
        return self.generic_entity(it)

    def generic(self, it: Item, out: list[Item]) -> None:
        """An unnamed group (مسلحون مجهولون، قوات الأمن العراقية، المدنيين): an entity of type Group,
        qualified by the nationality adjective right after it, else by the article's country."""
        if self.generic_entity(it):
            self.emit(it, out)

    def generic_entity(self, it: Item) -> bool:
        """``generic``'s entity set on the item (its kind "ent"), not emitted; False when the words stand
        for a country instead (مسؤولين أتراك)."""
        g = it.ref
        if g.id == "officials" and self.tok(it.j) == "عن":
            return False     # المسؤولين عن الهجوم: those responsible for it, no officials
        prv = next((x for x in reversed(self.items) if x.j <= it.i), None)
        if prv is not None and prv.kind == "trigger" and prv.j == it.i and not it.clitic \
                and self.tok(prv.j - 1).endswith("ا") \
                and it.j - it.i == 1 and self.tok(it.i) in g.one and not g.agent \
                and (prv.trigger.pos == "noun" or any(h.kind == TRIGGER and h.ref.pos == "noun" for h in prv.alts)):
            # كمينا مسلحا: one man's word agreeing with the event noun before it (both accusative; not قتل
            # مسلحا, "killed a gunman") is its adjective, "an armed ambush": no one acting (not a suicide
            # bomber, whose deed تفجير انتحاري is)
            it.kind = "absorbed"
            return False
        if self._nisba_adjective(it, g, prv):
            it.kind = "absorbed"
            return False
        if g.id == "suspects" and prv is not None and prv.j == it.i and prv.kind == "ent" and not it.clitic \
                and self.tok(it.i).startswith("ال") and prv.entity is not None and prv.entity.type in ACTOR_TYPES:
            it.kind = "absorbed"     # سليمان الأسد المتهم بقتل، الإخوان المتهمين بالتفجير: an adjective of the name
            return False
        ending = next((e for e in ("ون", "ين", "ات") if self.tok(it.i).endswith(e)), "")
        if prv is not None and prv.j == it.i and prv.kind == "ent" and prv.mention_kind == "generic" and not it.clitic \
                and it.j - it.i == 1 and self.tok(it.i).startswith("م") and ending \
                and g.id in ("militants", "unidentified_armed_group") \
                and self.tok(prv.j - 1).endswith(ending) and not self.tok(prv.j - 1).startswith("ال"):
            # مستوطنون متطرفون، مسلحين متشددين: "extremist", "armed" right after an unnamed group, agreeing with
            # it in case (not جنود مسلحين: soldiers … gunmen), is its adjective, no second group
            it.kind = "absorbed"
            return False
        if g.type == "Facility" and self.tok(it.i)[len(it.clitic):].startswith("ال"):
            named = self._facility_named_before(it)
            if named is not None:      # قاعدة العند … القاعدة العسكرية: the base the article named, referred back to
                it.kind, it.entity, it.mention_kind = "ent", named, "nominal"
                return True
        country = ""
        nxt = next((x for x in self.items if x.i >= it.j), None)
        if (g.agent or g.id == "unidentified_armed_group") and not it.clitic \
                and " ".join(self.span_text(it.i, it.j)) in g.one \
                and self._person_named_at(it.j, nxt):
            # مطلق النار محمد يوسف عبد العزيز، الانتحاري فهد القباع: one man's word right before his name
            # describes him; the name is who acted
            it.kind = "absorbed"
            return False
        if nxt is not None and nxt.i == it.j and nxt.kind == "generic" and getattr(nxt.ref, "agent", False) \
                and not nxt.clitic and g.type == "Group" and not g.victim:
            # إرهابيون انتحاريون، مسلحون انتحاريون: an adjective of the group, which is the suicide bombers
            g = it.ref = nxt.ref
            nxt.kind = "absorbed"
            it.j, it.fe = nxt.j, nxt.fe
            nxt = next((x for x in self.items if x.i >= it.j), None)
        if nxt is not None and nxt.i == it.j and nxt.kind == "ent" and not nxt.clitic and g.type == "Group" \
                and not g.victim and nxt.entity is not None and nxt.entity.type in ("Government", "ArmedGroup") \
                and nxt.mention_kind != "demonym" and it.j - it.i == 1 \
                and not self.tok(it.i)[len(it.clitic):].startswith("ال"):
            # جنود الجيش الإسرائيلي، مسلحو حزب العمال، ميليشيات الحوثيين: the men of a force or group the text
            # names are that force (not an unnamed group beside it, the named one its object). Only a first
            # term of a construct, which never has the article (الطلاب ميليشيا الحوثي: subject, object)
            it.kind, it.entity, it.mention_kind = "ent", nxt.entity, "nominal"
            it.j, it.fe = nxt.j, nxt.fe
            nxt.kind = "absorbed"
            return True
        at = self._past_hedge(it.j)     # (مسلحون يعتقد أنهم من حركة الشباب: as suspected, of the group named)
        if nxt is not None and nxt.kind == "ent" and g.type == "Group" and not g.victim and it.j - it.i == 1 \
                and self.tok(at) == "من" and nxt.entity is not None \
                and nxt.entity.type in ("Government", "ArmedGroup") and nxt.mention_kind != "demonym" \
                and not nxt.clitic and (nxt.i == at + 1 or nxt.i == at + 2
                                        and self.tok(at + 1) in self.w.get("head", ())):
            # 50 مسلحا من تنظيم داعش، عناصر من ميليشيا الحوثي: men counted from a group the text names are
            # that group, as in the construct (مسلحو داعش)
            it.kind, it.entity, it.mention_kind = "ent", nxt.entity, "nominal"
            it.j, it.fe = nxt.j, nxt.fe
            nxt.kind = "absorbed"
            return True
        if nxt is not None and nxt.i == it.j and nxt.kind == "ent" and not nxt.clitic and (
                nxt.mention_kind == "demonym" and self._agrees_in_definiteness(it, nxt)
                or self._country_as_adjective(it, nxt)):
            head = self.tok(it.i)[len(it.clitic):]
            head = head[2:] if head.startswith("ال") else head
            if head in self.w.get("people", ()) and head not in self.w.get("force", ()):
                it.kind = "absorbed"         # مسؤولين أتراك: officials of a country stand for it
                return False
            country = nxt.entity.id          # قوات الأمن العراقية، جنود أتراك
            nxt.kind = "absorbed"
            it.j, it.fe = nxt.j, nxt.fe
        else:       # the country of the sentence's places, else the article's
            # an unnamed mosque or checkpoint lies where the sentence's towns are, else where the article
            # is; a country named in the sentence may only have condemned the attack on it
            if g.type == "Facility":
                # the sentence's places as read (نيويورك تايمز is a paper, not New York), not a name in
                # quotation marks (ل"الرياض": the paper quoted, not the city)
                country = focus_country([c for c in self.state.sentence_chosen
                                         if not _quote_before(self.state.doc.text, self.state.folded, c.fs)],
                                        self.lex, kinds=("Place", "Facility"))
                if country and self.state.focus_country and self.state.country_weight.get(country, 0) <= 2:
                    country = ""    # one place of a country the article names nowhere else (بوسان in
                    #                 a Yemeni article, spelt like Busan): the article's country
                country = country or self._country_after(it) or self.state.focus_country \
                    or self.state.sentence_country
            else:       # (settlers are Israel's in Palestinian news too: generic.tsv country; النازحين في
                #           اليمن: the country the group is said to be in)
                if g.country == "article":
                    # أعرب عن تعازيه لأسر الضحايا: the victims are of the country the article is about, not the
                    # condoling one the sentence names
                    country = self._country_after(it) or self.state.focus_country or self.state.sentence_country
                else:
                    country = g.country or self._country_after(it) or self.state.sentence_country \
                        or self.state.focus_country
        ms, me = self.state.folded.span(it.fs, it.fe)
        ent = group_entity(self.lex, g, country, self.state.doc.text[ms:me])
        # (المليشيا الحوثية: the group an adjective names, a nominal of it, not an unnamed group; السلطات
        # اليمنية: the lexicon's Government of Yemen, named by no name: a generic mention of it)
        it.kind, it.entity = "ent", ent
        it.mention_kind = "generic" if is_unnamed(ent.id) or ent.country == country else "nominal"
        return True

    def _facility_named_before(self, it: Item) -> Entity | None:
        """A definite unnamed facility (القاعدة العسكرية، نقطة التفتيش) refers back to the last facility of the
        article whose name has the same head noun (قاعدة العند، نقطة تفتيش الصفرة), if any."""
        head = self.tok(it.i)[len(it.clitic):].removeprefix("ال")
        for ent, _ in reversed(self.state.history[-40:]):
            if ent.type == "Facility" and not is_unnamed(ent.id) \
                    and fold_string(ent.label_ar).split(" ", 1)[0].removeprefix("ال") == head:
                return ent
        return None

    def _past_hedge(self, k: int) -> int:
        """The token after a hedge of identity at k (words.tsv hedge and a pronoun of "that they are": يعتقد
        أنهم، يشتبه في أنهم), or k itself when none is there."""
        hedge = self.w.get("hedge", ())
        n = next((n for n in (2, 1) if " ".join(self.span_text(k, k + n)) in hedge), 0)
        if n and self.tok(k + n) in ("انهم", "انه", "انها", "بانهم", "بانه", "بانها"):
            return k + n + 1
        return k

    def _person_named_at(self, k: int, nxt: Item | None) -> bool:
        """A person's name begins at token k: an entity of the lexicon or the model's name, or a first name
        and another word the model reads as a person's."""
        if nxt is not None and nxt.i == k and nxt.kind == "ent" and nxt.entity is not None \
                and nxt.entity.type == "Person" and nxt.mention_kind == "name" and not nxt.clitic:
            return True
        span = self.name_at.get(k)
        return span is not None and span[0] == k and span[2] == "PERS" and span[1] - k >= 2

    def _nisba_adjective(self, it: Item, g, prv: Item | None) -> bool:
        """تصريح صحفي، مؤتمر صحافي، عمل إرهابي: a group's word that is also an adjective (words.tsv
        nisba_adjective) right after an indefinite common noun agrees with it ("a press statement"): no
        journalist. Not after a word of a deed done to people (اعتقال صحفي: the man it befell), a verb, a
        number, a name, a function word or a noun with the article; not a group that only acts."""
        word = self.tok(it.i)
        k = it.i - 1
        before = self.tok(k)
        if not it.clitic and it.j - it.i == 1 and word.startswith("ال") and before.isalpha() \
                and _DEFINITE_RE.match(before) and before not in self.w.get("prep", ()) \
                and word[2:] in self.w.get("nisba_adjective", ()):
            # (إلى الصحفي: الي, "to", folded, is no definite noun)
            if before.endswith("ه") and not word.endswith("ه"):
                return False     # اعتقلت الشرطة الصحفي: a masculine word agrees with no feminine noun
            # الهجوم المسلح، بالهجوم المسلح، التمرد المسلح، الحوثي المسلح: the definite adjective of a definite
            # noun, no gunman (not after a word of forces or people: العناصر المسلحة)
            head = _DEFINITE_RE.sub("", before)
            return head not in self.w.get("force", ()) and head not in self.w.get("people", ())
        if it.clitic or g.agent or it.j - it.i != 1 or word not in self.w.get("nisba_adjective", ()) \
                or word.endswith("ا") and not before.endswith("ا"):
            return False         # (the accusative agrees too: مؤتمرا صحفيا)
        if k < 0 or before.startswith(("ال", "لل")) or not before.isalpha() or before in self.w.get("number", ()) \
                or before in self.w.get("prep", ()) or before in _QUANTIFIERS or before == "يد" \
                or before.removeprefix("و").removeprefix("ف") in _KANA_VERBS:
            return False         # (12 ألفا و500 صحفي: counted; بينهم صحفي؛ على يد صحفي؛ وكان مسلح قد: its subject)
        if prv is not None and prv.j == it.i:
            if prv.kind == "trigger" and prv.trigger.pos == "noun" and prv.trigger.relation in _ARMED_DEEDS:
                return True      # هجوم مسلح، اشتباك مسلح: an armed attack or clash, no gunman
            if prv.kind != "trigger" or prv.trigger.type in ("ASSAULT", "COERCE") or prv.trigger.pos != "noun":
                return False     # a name, a group, a verb (قتل صحفي), a deed done to people (اختطاف صحفي)
        return not (before in self.w.get("force", ()) or before in self.w.get("people", ()))

    def _agrees_in_definiteness(self, it: Item, nxt: Item) -> bool:
        """A nationality after an unnamed group is its adjective only when it agrees with it in
        definiteness: the group's last word has the article, so has the adjective (الشرطة العراقية); an
        indefinite nisba after a definite group (اعتقلت الشرطة سوريين) is another phrase, people of the
        country."""
        return not nisba_apart(self.tok(it.j - 1)[len(it.clitic) if it.j - 1 == it.i else 0:], self.tok(nxt.i))

    def _country_as_adjective(self, it: Item, nxt: Item) -> bool:
        """A country whose name is its feminine adjective (السعودية), or an armed group named by a nisba
        (الحوثيون), read as a name, after a definite unnamed group or facility: its adjective (الشرطة
        السعودية، السفارة السعودية، المسلحون الحوثيون), as a demonym is."""
        head = self.tok(it.i)[len(it.clitic):].removeprefix("ال")
        word = self.tok(nxt.i)
        last = self.tok(it.j - 1)
        if nxt.entity is not None and nxt.entity.type == "Country" and nxt.j == nxt.i + 1 and word.endswith("يا") \
                and last.endswith("ا") and not last.startswith(("ال", "لل")) and it.j - it.i == 1:
            # مهندسا تركيا، صحفيا سوريا: an indefinite accusative noun and the country spelt as its adjective
            # in the same case ("a Turkish engineer"), not the country as a second object
            return not (head in self.w.get("people", ()) and head not in self.w.get("force", ()))
        nisba = word.endswith("يه") if nxt.entity is not None and nxt.entity.type == "Country" else \
            word.endswith(("يه", "يون", "يين", "ي"))      # المسلحون الحوثيون: the group a nisba names
        if word.endswith(("يون", "يين")) and not head.endswith(("ون", "ين")):
            return False      # حملت الحكومة الحوثيين: a plural nisba agrees with a plural head only
        return nxt.entity is not None and nxt.entity.type in ("Country", "ArmedGroup") and nxt.j == nxt.i + 1 \
            and word.startswith("ال") and nisba \
            and self.tok(it.j - 1)[len(it.clitic) if it.j - 1 == it.i else 0:].startswith("ال") \
            and not (head in self.w.get("people", ()) and head not in self.w.get("force", ()))

    def _country_after(self, it: Item) -> str:
        """The country a facility or a group is said to be in right after it: مسجد في الكويت، سفارة بالكويت،
        النازحين في اليمن; or whose town names it in the genitive (شرطة دبي: Dubai's police)."""
        folded = self.state.folded.text
        for c in self.state.sentence_chosen:
            if c.kind != ENT or c.fs < it.fe:
                continue
            e = self.lex.entities[c.hit.ref]
            if e.type == "Country":
                between = folded[it.fe:c.fs].strip()
                if between in ("في", "داخل", "ب", "بدوله", "في دوله"):
                    return c.hit.ref
                return ""
            if e.type == "Place" and e.country and not folded[it.fe:c.fs].strip():
                return e.country
        return ""

    def _capital(self, it: Item) -> bool:
        """بالعاصمة الأفغانية، في العاصمة العراقية: "the Afghan capital" is Kabul, the capital the lexicon knows
        for the country (not when the capital's name follows: العاصمة الأفغانية كابل)."""
        if it.clitic or self.tok(it.i - 1) not in _CAPITAL or it.entity.type != "Country":
            return False
        capital = self.lex.capitals.get(it.entity.id)
        nxt = self.at.get(it.j)
        if capital is None or nxt is not None and nxt.kind == "ent" and nxt.entity is not None \
                and nxt.entity.type in ("Place", "Country"):
            return False
        it.entity, it.mention_kind, it.nominal = self.lex.entities[capital], "nominal", False
        return True

    def mark_demonyms(self, out: list[Item]) -> None:
        """A demonym stands for its country when it is used as a noun (الفرنسيين، مسؤولين روس، القوات الروسية)."""
        force = self.w.get("force", frozenset())
        people = self.w.get("people", frozenset())
        by_end = {it.j: it for it in out}
        for it in out:
            if it.kind != "ent":
                continue
            prev = self.tok(it.i - 1)
            prev_bare = prev[2:] if prev.startswith("ال") else prev
            counted_craft = prev in ("طايره", "مروحيه", "مقاتله") and (
                self.tok(it.i - 2).isdigit() or self.tok(it.i - 2) in self.w.get("number", ()))
            apart = it.mention_kind == "demonym" and prev not in self.w.get("number", ()) \
                and nisba_apart(prev, self.tok(it.i))
            #     (اعتقلت الشرطة سوريين: no adjective of the definite word before it; ألفي عراقي: a count)
            if not apart and (prev in force or prev_bare in force or (prev.startswith("لل") and prev[2:] in force)
                              or counted_craft):
                it.forced = True     # (30 طائرة تركية: aircraft counted are a force, unlike one that crashed)
            elif it.mention_kind == "demonym" and not it.clitic and self._adjective_of_force(it.i - 1):
                # طائرات مقاتلة تركية، القوات الخاصة الأمريكية: the force's country, past its adjective
                it.forced = True
                prev, prev_bare = self.tok(it.i - 2), self.tok(it.i - 2).removeprefix("ال")
            elif it.mention_kind == "demonym" and not it.clitic and self._drone(it):
                # طائرة بدون طيار أمريكية، طائرة أمريكية بلا طيار: a drone's country; a drone, even one, is a
                # force, so the adjective stands as a noun for its country
                it.forced = it.nominal = True
                continue
            if it.mention_kind == "name" and it.entity.type == "Country" and not it.clitic \
                    and self.tok(it.i).endswith("يه") and it.j == it.i + 1 \
                    and (b := by_end.get(it.i)) is not None and b.kind == "ent" and b.mention_kind == "name" \
                    and b.entity.type in ("Place", "Facility"):
                it.mention_kind = "demonym"     # مدينة جازان السعودية: the country's name is its adjective here
            if it.mention_kind != "demonym":
                continue
            if self._capital(it):
                continue
            before = by_end.get(it.i)
            titled = self._state_title_before(it.i, by_end, it.entity.id)   # a state official's title before it
            function_words = self.w["_function"]
            prev_item = self.at.get(it.i - 1)
            if self.tok(it.j) in ("الجنسيه", "الاصل"):
                it.nominal = False    # باكستاني الجنسية، سوري الأصل: someone's nationality, never the state
            elif it.clitic and it.clitic[-1] in "بل":
                it.nominal = True
            elif apart and not it.clitic:
                it.nominal = True     # اعتقلت قوات الأمن يمنيا: a definite word's adjective has the article too
            elif it.i == 0 or not _LETTER_RE.match(prev) or prev in function_words or prev == "و" \
                    or prev.isdigit() or prev in self.w.get("number", ()):   # آلاف الفلسطينيين، 3 سوريين
                it.nominal = True
            elif prev_item is not None and prev_item.kind == "word":
                it.nominal = True     # after a verb: أبلغت الأتراك
            elif prev in force or prev_bare in force or prev in people or prev_bare in people or counted_craft:
                it.nominal = True
            elif titled:
                it.nominal = True     # والعاهل الأردني، رئيس الوزراء العراقي، ونظيره الروسي: the state's official
            elif before is not None and before.kind == "ent" and before.mention_kind == "demonym":
                it.nominal = before.nominal
            elif before is not None and before.kind == "trigger":
                it.nominal = True     # الغارات الروسية: the demonym is the agent of the event noun
            elif before is not None and before.kind == "ent" and before.entity is not None \
                    and before.entity.type == "Person" and self.tok(it.i).endswith(("يين", "يون")):
                it.nominal = True     # دعا محمود عباس الإسرائيليين: a plural people after one man, not his nisba
            else:
                it.nominal = False
            if it.nominal and it.lead < 0 and titled:
                it.lead = it.i - titled   # the phrase starts at the title: مع رئيس الوزراء البريطاني، بنظيره الفرنسي

    def _state_title_before(self, k: int, by_end: dict[int, Item], country: str = "") -> int:
        """How many words long the title of one who acts for a state (an official or an envoy) is that
        ends right before token k, 0 if none; its first word may carry a conjunction or a preposition
        (والعاهل، بنظيره، للرئيس). Not a title in apposition after a person's name (أسامة النجيفي نائب
        رئيس الجمهورية العراقية: the adjective is his post's)."""
        titles = self.w["_state_titles"]
        for n in (3, 2, 1):
            if k - n < 0:
                continue
            if any((x := by_end.get(e)) is not None and x.kind == "ent" and x.entity is not None
                   and x.entity.type == "Person" and x.entity.country in ("", country)
                   for e in range(k - n - 2, k - n + 1)):
                continue      # (but not after a person of another country: التقى كيري رئيس الوزراء العراقي)
            words = [self.tok(x) for x in range(k - n, k)]
            rest = " ".join(words[1:])
            for form in _title_forms(words[0]):
                if (form + " " + rest if rest else form) in titles:
                    return n
        return 0

    def _drone(self, it: Item) -> bool:
        """The demonym names a drone's country: طائرة (طائرات) بدون طيار أمريكية, طائرة مسيرة أمريكية, or
        طائرة أمريكية بدون طيار."""
        planes = ("طايره", "طايرات")
        unmanned = ("بدون", "دون", "بلا")
        if self.tok(it.i - 1) == "طيار" and self.tok(it.i - 2) in unmanned:
            return self.tok(it.i - 3).removeprefix("ال") in planes
        if self.tok(it.i - 1).removeprefix("ال") in ("مسيره", "مسيرات"):
            return self.tok(it.i - 2).removeprefix("ال") in planes     # طائرة مسيرة أمريكية
        return self.tok(it.i - 1).removeprefix("ال") in planes and self.tok(it.j) in unmanned \
            and self.tok(it.j + 1) == "طيار"

    def _adjective_of_force(self, k: int) -> bool:
        """Word k is an adjective of a force noun right before it (طائرات مقاتلة، القوات الخاصة): definite
        after a definite noun, indefinite after an indefinite one; no entity or function word."""
        if k < 1:
            return False
        force = self.w.get("force", frozenset())
        noun, adj = self.tok(k - 1), self.tok(k)
        if k in self.at and self.at[k].kind not in ("word", "anaphor") or not _LETTER_RE.match(adj) \
                or adj in self.w["_function"]:
            return False      # (an adjective that is also a word or an anaphor, الحربية, still describes)
        definite = noun.startswith("ال")
        return noun.removeprefix("ال") in force and adj.startswith("ال") == definite and len(adj) > 3 \
            and adj[0] not in "وفبل"

    def located(self, out: list[Item]) -> None:
        """PLACE في PLACE (and coordinated places before في): the first is located in the second."""
        locs = [it for it in out if it.kind == "ent" and it.entity.type in ("Place", "Facility")
                and it.mention_kind != "demonym"]
        moved = []
        for a in locs:
            if (town := self.state.namesakes.get(a.entity.id)) is not None:
                # دوما again, in an article that said it lies south of Nablus: that village
                moved.append((a.entity.country, town.country))
                old, a.entity = a.entity, town
                self.state.history[:] = [(town if e is old else e, h) for e, h in self.state.history]
            elif a.entity.id in self.state.lone_places and self.state.focus_country:
                self._namesake_town(a, self.state.focus_country)
        for a, b in zip(locs, locs[1:]):
            gap = [self.tok(k) for k in range(a.j, b.i)]
            if gap in (["في"], ["ب"], ["،", "في"], ["في", "ريف"], ["في", "محافظه"], ["في", "مدينه"],
                       ["بريف"], ["بمدينه"], ["بمحافظه"], ["شرق"], ["غرب"], ["شمال"], ["جنوب"],
                       ["في", "شرق"], ["في", "غرب"], ["في", "شمال"], ["في", "جنوب"]) or (
                    not gap and b.clitic in ("ب",)):
                if a.entity.id != b.entity.id and b.entity.type in ("Place", "Country"):
                    was = a.entity
                    self._namesake_town(a, b.entity.id if b.entity.type == "Country" else b.entity.country,
                                        "" if b.entity.type == "Country" else b.entity.id, said=True)
                    if a.entity.country != was.country:
                        moved.append((was.country, a.entity.country))
                        self.state.namesakes[was.id] = a.entity
                    self.sa.located.append((a.entity, b.entity))
        for was, now in moved:
            self._requalified(out, was, now)

    def _requalified(self, out: list[Item], was: str, now: str) -> None:
        """The unnamed groups and facilities that took their country from a town found to be another
        country's namesake (منزل في قرية دوما جنوب نابلس: a house of Palestine, not of Syria), where
        nothing else in the sentence is of the first country."""
        if any(it.kind == "ent" and it.mention_kind != "generic" and it.entity is not None
               and was in (it.entity.id, it.entity.country) for it in out):
            return
        for it in out:
            if it.kind == "ent" and it.mention_kind == "generic" and it.entity.country == was \
                    and isinstance(it.ref, Generic):
                it.entity = group_entity(self.lex, it.ref, now, it.entity.label_ar)

    def _namesake_town(self, a: Item, where: str, located_in: str = "", said: bool = False) -> None:
        """A town of the lexicon said to lie in a place of another country (``where``), or named in an
        article about another country that nothing else ties to its own (``_lone_places``), is that
        country's town of the same name, where the gazetteer has one (المنصورة بعدن: Al Mansurah of Aden,
        not Mansoura of Egypt; البريقة in news of Aden: not Brega of Libya). One ``said`` to lie there is that
        country's town even where the gazetteer has none, if the lexicon's is a town of a province (قرية دوما
        جنوب نابلس: Duma of Palestine; not a capital or a region)."""
        gaz = self.lex.gazetteer
        if gaz is None or a.entity.type != "Place" or a.entity.origin == "text" or not where \
                or where == a.entity.country or not a.entity.country:
            return
        key = fold_string(self.state.doc.text[slice(*self.state.folded.span(a.fs, a.fe))])
        town = next((t for t in gaz.spelled(key) if t.country == where), None)
        old = a.entity
        own = self.lex.qualified_towns.get((key, where))
        if own is not None and own in self.lex.entities:
            # طرابلس in news of Lebanon, طرابلس شمال لبنان: the lexicon's Tripoli of Lebanon (طرابلس اللبنانية)
            a.entity = self.lex.entities[own]
        elif town is None:
            if not said or not old.located_in or old.located_in == old.country:
                return      # (only a town of a province, no capital or region: طهران near Turkey is Tehran)
            # قرية دوما جنوب نابلس: said to lie there, it is no town of the lexicon's country even where the
            # gazetteer knows none of its name there: a town of that name and country
            a.entity = Entity(id=f"place/{name_slug(key)}-{where}", type="Place", label_en=old.label_en, label_ar=key,
                              country=where, located_in=located_in, origin="text")
        else:
            a.entity = self.lex.entities.get(town.entity) or Entity(
                id=town.entity_id, type="Place", label_en=town.label_en, label_ar=key, country=where,
                located_in=located_in, origin="text")
        self.state.history[:] = [(a.entity if e is old else e, h) for e, h in self.state.history]


