"""Lexicon hits of an article: one pass of the lexicon's automaton over the folded text (entity names,
demonyms, triggers, titles, place nouns, anaphors, words), spelling variants of its persons and short
names, and which hits of a sentence are read (longest first), and the country the article is about.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .lexicon import ANAPHOR, DEMONYM, ENT, GENERIC, PLACE_NOUN, TITLE, TRIGGER, WORD, Hit, Lexicon
from .name_model import strip_clitics


_PRIORITY = {ENT: 0, DEMONYM: 1, TITLE: 2, PLACE_NOUN: 3, TRIGGER: 4, ANAPHOR: 5, GENERIC: 6, WORD: 7}


@dataclass(slots=True)
class _Cand:
    kind: str
    fs: int
    fe: int
    clitic: str
    hit: Hit
    suffix: str = ""


def _candidates(ftext: str, lex: Lexicon, starts: list[int], ends: list[int],
                taa=None) -> list[_Cand]:
    """Every lexicon form in the folded text whose edges fall on word edges, or on allowed
    proclitics before it (و ب ل ال لل س …) and pronoun suffixes after it. ``taa(i)`` says whether the
    folded ه at i was a ة in the article: قضية is not قضى + ه, حملة is not حمّل + ه."""
    out = []
    for end, (length, hits) in lex.automaton.iter(ftext):
        fe = end + 1
        fs = fe - length
        k = bisect_right(starts, fs) - 1
        if k < 0:
            continue
        ws, we = starts[k], ends[k]
        if fe > we:                      # a multi-word form: its last word must end here
            we = ends[bisect_right(starts, fe - 1) - 1]
        prefix = ftext[ws:fs]
        if len(prefix) > 4:
            continue
        suffix = ftext[fe:we] if fe < we else ""
        if suffix == "ه" and taa is not None and taa(fe):
            continue
        for hit in hits:
            if hit.need_suffix and not suffix:
                continue
            if suffix and suffix not in hit.suffixes:
                continue
            if suffix and hit.kind == TRIGGER and ftext[fe - 2:fe] == "وا":
                continue     # دعواه is دعوى + ه, a claim: the alif after the plural's و drops before a pronoun (دعوه)
            start = fs
            if hit.lil:
                if prefix not in ("", "و", "ف"):
                    continue
                clitic, start = prefix + "ل", fs + 1   # لل: the preposition ل on an ال-word
            else:
                if prefix not in hit.clitics or prefix.endswith("س") and hit.kind == TRIGGER and hit.tense == "perf":
                    continue     # (ستقدم "will present", no تقدّم: the future's س comes only on an imperfect)
                clitic = prefix
            out.append(_Cand(hit.kind, start, fe + len(suffix), clitic, hit, suffix))
    return out


def _variant_candidates(ftext: str, lex: Lexicon, starts: list[int], ends: list[int],
                        cands: list[_Cand]) -> list[_Cand]:
    """The lexicon's persons written with another spelling (ستيفان دي مستورا for ستيفان دي ميستورا,
    kg.variants) where no lexicon form covers the words."""
    if lex.variants is None:
        return []
    words = [ftext[a:b] for a, b in zip(starts, ends)]
    out = []
    covered = [(c.fs, c.fe) for c in cands if c.kind == ENT]
    for i, j, clitic, eid in lex.variants.scan(words):
        fs, fe = starts[i] + clitic, ends[j - 1]
        if any(a <= fs and fe <= b for a, b in covered):
            continue
        out.append(_Cand(ENT, fs, fe, words[i][:clitic], Hit(ENT, eid, _VARIANT_CLITICS)))
    return out


_VARIANT_CLITICS = frozenset({"", "و", "ف", "ب", "ل"})


_SHORT_CLITICS = ("", "و", "ف", "ب", "وب", "فب")


_SHORT_CLITIC_SET = frozenset(_SHORT_CLITICS)


def _short_name_candidates(ftext: str, lex: Lexicon, starts: list[int], ends: list[int],
                           cands: list[_Cand]) -> list[_Cand]:
    """A group's name alone that is also a common word (words.tsv short_name: القاعدة, also "the base")
    is the group in an article that names it in full (تنظيم القاعدة): not before an adjective of
    relation (القاعدة الجوية, an air base), nor next to a number, nor inside another name, nor in an
    article that also uses the word as a noun without the article (قاعدة العند … القاعدة: the base). After
    a word of its men or its leader (words.tsv short_name_cue: مسلحي القاعدة، زعيم القاعدة) it is the first
    group of its row though the article never names it in full."""
    forms = lex.words.get("short_name")
    if not forms:
        return []
    named = {c.hit.ref for c in cands if c.kind == ENT}
    shorts, firsts = {}, {}
    for f in forms:
        ids = lex.word_values[("short_name", f)].split(" | ")
        firsts[f] = ids[0]
        eid = next((e for e in ids if e in named), None)
        if eid is not None:
            shorts[f] = eid
    # not where the article also uses the word as a noun (قاعدة العند: القاعدة is that base)
    nouns = {strip_clitics(ftext[a:b])[1] for a, b in zip(starts, ends) if not ftext[a:b].startswith(("ال", "وال"))}
    shorts = {f: e for f, e in shorts.items() if f[2:] not in nouns}
    cues = lex.words.get("short_name_cue", frozenset())
    firsts = {f: e for f, e in firsts.items() if f[2:] not in nouns} if cues else {}
    if not shorts and not firsts:
        return []
    covered = [(c.fs, c.fe) for c in cands if c.kind == ENT]
    known = firsts.keys() | shorts.keys()
    out = []
    for k, (a, b) in enumerate(zip(starts, ends)):
        word = ftext[a:b]
        clitic = next((c for c in _SHORT_CLITICS if word.startswith(c) and word[len(c):] in known), None)
        if clitic is None:
            continue
        after = ftext[starts[k + 1]:ends[k + 1]] if k + 1 < len(starts) else ""
        before = ftext[starts[k - 1]:ends[k - 1]] if k else ""
        eid = shorts.get(word[len(clitic):])
        if eid is None and not clitic and before.removeprefix("و").removeprefix("ف") in cues:
            eid = firsts[word]      # مسلحي القاعدة: its men (no clitic: a genitive in construct)
        if eid is None or after.startswith("ال") and after.endswith("يه") or after.isdigit() or before.isdigit() \
                or any(x < b and a < y for x, y in covered):
            continue
        out.append(_Cand(ENT, a + len(clitic), b, clitic, Hit(ENT, eid, _SHORT_CLITIC_SET)))
    return out


def without_common_words(ftext: str, lex: Lexicon, starts: list[int], ends: list[int],
                         cands: list[_Cand]) -> list[_Cand]:
    """The candidates but a one-word name that a word next to it makes a common word (words.tsv common_before:
    للنيل من أمن البلاد "to undermine", no Nile; مسقط رأسه "his birthplace", no Muscat; صلاة المغرب "the sunset
    prayer", no Morocco): dropped before they count for the article's country."""
    values = lex.word_values
    out = []
    for c in cands:
        if c.kind == ENT:
            k = bisect_right(starts, c.fs) - 1
            if 0 <= k and c.fe == ends[k]:
                pre, stem = strip_clitics(ftext[starts[k]:ends[k]])
                cues = values.get(("common_before", "ال" + stem.removeprefix("ال"))) \
                    or values.get(("common_before", stem))
                if cues:
                    cues = cues.split(" | ")
                    nxt = ftext[starts[k + 1]:ends[k + 1]] if k + 1 < len(starts) else ""
                    prev = strip_clitics(ftext[starts[k - 1]:ends[k - 1]])[1] if k else ""
                    if (nxt in cues and not any(h.kind == PLACE_NOUN for h in lex.lookup(prev))) \
                            or not pre and "^" + prev in cues:
                        continue      # (نهر النيل من: after its noun of place, the river)
        out.append(c)
    return out


def without_tanween(lex: Lexicon, cands: list[_Cand], starts: list[int], ends: list[int], tanween) -> list[_Cand]:
    """The candidates but a one-word town's name written with tanween (دومًا "always", no Douma; درعًا "a shield",
    no Daraa): a proper name takes none in news prose (a country's does, as the adjective: دعما روسيًا, Russian
    support); ``tanween(a, b)`` tells whether the folded span [a, b) carries it as the article writes it."""
    out = []
    for c in cands:
        if c.kind == ENT and lex.entities[c.hit.ref].type == "Place":
            k = bisect_right(starts, c.fs) - 1
            if 0 <= k and c.fs == starts[k] + len(c.clitic) and c.fe == ends[k] and tanween(c.fs, c.fe):
                continue
        out.append(c)
    return out


_HEAD_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_GROUP_TYPES = frozenset({"Organization", "ArmedGroup"})


def _head_prefix_candidates(ftext: str, lex: Lexicon, starts: list[int], ends: list[int],
                            cands: list[_Cand]) -> list[_Cand]:
    """A party or group named by its head noun and first word alone (حزب العمال) in an article that names
    it in full (حزب العمال الكردستاني) is that group (words.tsv head, not a force): not where the article names two such groups that
    share those words, not inside a longer name, not before an adjective of its own (حزب العمال
    البريطاني, another party)."""
    heads = lex.words.get("head", frozenset()) - lex.words.get("force", frozenset())
    titles = lex.words.get("_titles", frozenset())
    if not heads:
        return []
    prefixes: dict[tuple[str, str], set[str]] = {}
    for c in cands:
        if c.kind != ENT or lex.entities[c.hit.ref].type not in _GROUP_TYPES:
            continue
        k = bisect_right(starts, c.fs) - 1
        words = [ftext[max(starts[i], c.fs):min(ends[i], c.fe)] for i in range(k, bisect_right(starts, c.fe - 1))]
        if len(words) >= 3 and words[0] in heads and words[1].startswith("ال") and words[1] not in titles:
            # (not a force's head, nor a title after it: قوات الرئيس names no one president's forces)
            prefixes.setdefault((words[0], words[1]), set()).add(c.hit.ref)
    if not prefixes:
        return []
    covered = [(c.fs, c.fe) for c in cands if c.kind == ENT]
    seconds = {second for _, second in prefixes}     # (most words are followed by none: no clitic to try)
    out = []
    for k in range(len(starts) - 1):
        nxt = ftext[starts[k + 1]:ends[k + 1]]
        if nxt not in seconds:
            continue
        word = ftext[starts[k]:ends[k]]
        clitic = next((c for c in _HEAD_CLITICS if word.startswith(c) and (word[len(c):], nxt) in prefixes), None)
        if clitic is None:
            continue
        ids = prefixes[(word[len(clitic):], nxt)]
        after = ftext[starts[k + 2]:ends[k + 2]] if k + 2 < len(starts) else ""
        fs, fe = starts[k] + len(clitic), ends[k + 1]
        if len(ids) > 1 or after.startswith("ال") and after.endswith(("ي", "يه")) \
                or any(x < fe and fs < y for x, y in covered):
            continue
        out.append(_Cand(ENT, fs, fe, clitic, Hit(ENT, next(iter(ids)), _HEAD_CLITIC_SET)))
    return out


_HEAD_CLITIC_SET = frozenset(_HEAD_CLITICS)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _select(cands: list[_Cand]) -> list[tuple[_Cand, list[tuple[Hit, str]]]]:
    """Non-overlapping hits, longest first; on equal spans the more specific kind wins and the
    others are kept as alternatives (المطار: a place noun, or an anaphor when no name follows)."""
    ordered = sorted(cands, key=lambda c: (-(c.fe - c.fs), _PRIORITY[c.kind], c.fs))
    taken: list[tuple[_Cand, list[tuple[Hit, str]]]] = []
    by_span: dict[tuple[int, int], list[tuple[Hit, str]]] = {}
    # the spans taken, kept sorted: they never overlap, so their ends are in the order of their starts,
    # and a hit overlaps one of them exactly when it overlaps the last one starting before its end
    occ_starts: list[int] = []
    occ_ends: list[int] = []
    for c in ordered:
        span = (c.fs, c.fe)
        if span in by_span:
            by_span[span].append((c.hit, c.suffix))
            continue
        k = bisect_left(occ_starts, c.fe)
        if k and c.fs < occ_ends[k - 1]:
            continue
        by_span[span] = [(c.hit, c.suffix)]
        taken.append((c, by_span[span]))
        occ_starts.insert(k, c.fs)
        occ_ends.insert(k, c.fe)
    taken.sort(key=lambda x: x[0].fs)
    return taken


def focus_country(cands: list, lex: Lexicon,
                  kinds=("Country", "Place", "Facility", "Government", "ArmedGroup")) -> str:
    """The country an article is about: the one its names point to most (a country named, or the
    country of a place, facility or group it names; places count double); the first named on a tie.
    "" when none. ``kinds``: the entity types that count."""
    return _top_country(*country_counts(cands, lex, kinds))


def _top_country(count: dict, first: dict) -> str:
    return min(count, key=lambda k: (-count[k], first[k])) if count else ""


def country_counts(cands: list, lex: Lexicon,
                   kinds=("Country", "Place", "Facility", "Government", "ArmedGroup")) -> tuple[dict, dict]:
    """(country -> weight of the names that point to it, country -> where it is first pointed to)."""
    count: dict[str, int] = {}
    first: dict[str, int] = {}
    for c in cands:
        if c.hit.kind not in (ENT, DEMONYM):
            continue
        e = lex.entities[c.hit.ref]
        if e.type not in kinds:
            continue     # a company or a newspaper says little about where the story is
        cid = e.id if e.type == "Country" else e.country
        if not cid or cid not in lex.entities or lex.entities[cid].type != "Country":
            continue
        # a town or a base says where the story is more than a country named as an actor does
        count[cid] = count.get(cid, 0) + (2 if e.type in ("Place", "Facility") else 1)
        first.setdefault(cid, c.fs)
    return count, first
