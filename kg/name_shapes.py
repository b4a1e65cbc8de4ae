"""The shape of a name in Arabic text: where a name the model or a pattern reads begins and ends, which
words are never name words, which proclitics are not part of it, and the words its id is made from.
Plain functions over tokens and the lexicon's word lists (kg.recognize uses them while it reads)."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from .arabic_words import common_word
from .english_names import foreignness
from .lexicon import ENT, Lexicon
from .model import LOCATION_TYPES
from .name_model import SON_OF, strip_clitics
from .text import fold_string
from .translit import _dictionary_spelling, english_word, romanize
from .variants import family_without_article, skeleton, vowel_variant

_DERIVED: dict[tuple, tuple] = {}


def lexicon_value(lex: Lexicon, name, make):
    """A value derived from the lexicon, made once per lexicon (``make(lex)``); ``name``: any hashable key."""
    got = _DERIVED.get((id(lex), name))
    if got is None or got[0] is not lex:
        got = _DERIVED[(id(lex), name)] = (lex, make(lex))
    return got[1]


def lexicon_set(lex: Lexicon, name, make) -> frozenset:
    """A set derived from the lexicon's word lists, made once per lexicon (``make(lex)``)."""
    return lexicon_value(lex, name, lambda lx: frozenset(make(lx)))


def glued_place(t: str, lex: Lexicon) -> bool:
    """A preposition glued to a known place (بصرواح، لعدن): a place named after a name is a new phrase."""
    if len(t) < 5 or t[0] not in "بل" or t[1:3] == "ال":
        return False
    return any(h.kind == ENT and lex.entities[h.ref].type in LOCATION_TYPES for h in lex.lookup(t[1:])) or (
        lex.gazetteer is not None and t[1] not in "اوي" and bool(lex.gazetteer.towns.get(t[1:])))


def trim_place(name: tuple, tokens: list[str], lex: Lexicon) -> tuple | None:
    """A place's name as the model reads it, ending before a word that follows a place without being
    part of its name (بلخ المجاورة، الحوطة مركز المحافظة: words.tsv after_place) or before another
    place with a preposition glued to it (الزور بصرواح: al-Zur, in Sirwah)."""
    i, j, typ = name
    if typ != "LOC":
        return name
    after = lex.words.get("after_place", ())
    for k in range(i + 1, j):
        t = tokens[k]
        if t in after or glued_common(t, lex) or glued_place(t, lex):
            return (i, k, typ)
    return name


def _one_name_across(left: int, right: int) -> bool:
    """A name of ``left`` words and one of ``right`` words with a hyphen between are one compound name
    where one side is a single word (جان - إيف لودريان، بان كي - مون); two of two words or more each are two
    persons of a list (ماجد مصطفى النافع - معن محمد الشبانات)."""
    return min(left, right) < 2


def split_list_hyphens(names: list, tokens: list[str]) -> list:
    """A person's name read across hyphens is cut at each hyphen with two words or more on both sides:
    persons of a list (ماجد مصطفى النافع - معن محمد الشبانات - …), not one compound name (جان - إيف)."""
    out: list = []
    for i, j, typ in names:
        cuts = [k for k in range(i + 1, j - 1) if tokens[k] in ("-", "–")] if typ == "PERS" else []
        if not cuts:
            out.append((i, j, typ))
            continue
        parts, a = [], i
        for k in cuts + [j]:
            parts.append((a, k))
            a = k + 1
        merged = [parts[0]]
        for a, b in parts[1:]:
            if _one_name_across(merged[-1][1] - merged[-1][0], b - a):
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        out.extend((a, b, typ) for a, b in merged if b > a)
    return out


def join_hyphens(names: list, tokens: list[str]) -> list:
    """Two persons' names with a hyphen between are one compound name where one side is a single word
    (``_one_name_across``)."""
    out: list = []
    for n in names:
        if out and out[-1][2] == n[2] == "PERS" and n[0] == out[-1][1] + 1 and tokens[out[-1][1]] in ("-", "–") \
                and _one_name_across(out[-1][1] - out[-1][0], n[1] - n[0]):
            out[-1] = (out[-1][0], n[1], "PERS")
        else:
            out.append(n)
    return out


def join_father(names: list, tokens: list[str], lex: Lexicon) -> list:
    """A first name alone, one word the model reads as no name, then a person's name: the word is the
    father's name of one chain (عبد الرحمن [صباح] عيدان سعود: صباح is also "morning")."""
    if len(names) < 2:
        return names
    given = lex.words.get("given_name", ())
    stop = lexicon_set(lex, "father_stop", lambda lx: lx.words["_function"] | person_nouns(lx)
                       | lx.words.get("report", frozenset()))
    out: list = []
    for n in names:
        if out and out[-1][2] == n[2] == "PERS" and n[0] == out[-1][1] + 1 and n[1] - n[0] <= 3:
            i, j, _ = out[-1]
            first = tokens[i:j]
            mid = tokens[j]
            lone_first = (len(first) == 1 and (first[0] in given or first[0].startswith("عبد") and len(first[0]) > 5)
                          or len(first) == 2 and first[0] in FIRST_OF_TWO)
            second = tokens[n[0]]
            if lone_first and len(mid) >= 3 and mid.isalpha() and not mid.startswith("ال") and mid not in stop \
                    and (mid in given or not strip_clitics(mid)[0]) and not lex.lookup(mid) \
                    and mid not in _KIN_NOUNS and not (second[:1] == "و" and strip_clitics(second)[0]):
                # (not حازم إمام ومصطفى فتحي: two men; not عبد الخالق شقيق عبد الملك: his brother)
                out[-1] = (i, n[1], "PERS")
                continue
        out.append(n)
    return out


def person_nouns(lex: Lexicon) -> frozenset:
    """Common nouns a person's name does not start with: titles, force, people and head nouns."""
    return lexicon_set(lex, "person_nouns", lambda lx: lx.words["_titles"] | {
        f for c in ("force", "people", "head") for x in lx.words.get(c, ()) for f in (x, "ال" + x)})


def common_words(lex: Lexicon) -> frozenset:
    """Every word kg's word lists know as a common word (not first names, not name particles)."""
    return lexicon_set(lex, "common_words", lambda lx: (
        f for c, fs in lx.words.items() if c not in ("given_name", "name_particle", "female_name") for f in fs))


def glued_common(t: str, lex: Lexicon) -> bool:
    """A preposition glued to a common word (بمنطقة، بجيوشه، بجراح): an adjunct, not a name word."""
    if len(t) < 4 or t[0] not in "بلك" or t[1:3] == "ال":
        return False
    common = common_words(lex)
    rest = t[1:]
    for r in (rest, rest[:-1] if rest.endswith("ه") and len(rest) > 3 else ""):
        if r and (r in common or "ال" + r in common
                  or any(h.kind != ENT for k in (r, "ال" + r) for h in lex.lookup(k))):
            return True
    return False


# Verb forms no name word has: the perfect of forms V and VI and VII with the feminine ت (تركزت، تبادلت،
# انسحبت), the imperfect of forms V and VI (تتناثر، يتقدم) and of form VII of a sound root (تندرج، ينسحب;
# not تنوير, a name), and the perfect's masculine plural: three root consonants and -وا, after the prefix of a
# derived stem (عثروا، أعلنوا، تمكنوا، انسحبوا، استهدفوا; form VIII: اعتقلوا)
VERB_RE = re.compile(r"^(?:ت\w\w\wت|تت\w\w\w+|يت\w\w\w+|ت\wا\w\wت|ان\w\w\wت|[يت]ن[^اوي][^اوي][^اوي]"
                     r"|(?:ا|ت|ان|است)?[^اوي]{3}وا|ا[^اوي]ت[^اوي]{2}وا)$")


# the future of an imperfect verb (سيصدر، ستتمحور): س before a verb; not a foreign name (ستنغل Stengel,
# ستيوارت Stewart, سيوتي Ciotti)
_FUTURE_RE = re.compile(r"^س[يتن][^اوي]{2}[^اوي]$|^س[يتن][^اوي]{2}[يى]$")   # (a defective root too: سيعني، ستبقى)


_IMPERFECT_RE = re.compile(r"^[يتن][^اوي]{2}[^اويه]$")        # (not نفحه, نفحة: a verb ends in no ة)


def imperfect_verb(t: str) -> bool:
    """The imperfect of a sound root that Arabic text uses (يتبع، تضمن، نرفض): no word of a name after
    its first (مبنى [يتبع] الوزارة)."""
    return bool(_IMPERFECT_RE.match(t)) and common_word(t)


# the imperfect's masculine plural (يمتلكون، يجاهدوا) and a plural noun with a pronoun on it (ميزانياتها،
# عملياتهم): no word of a name has either shape
_PLURAL_IMPERFECT_RE = re.compile(r"^ي\w{3,}(?:ون|وا)$")
_PLURAL_POSSESSED_RE = re.compile(r"^\w{3,}ات(?:ها|هم|هما|هن|نا|كم)$")


def nisba_apart(before: str, nisba: str) -> bool:
    """An indefinite nisba after a definite word (with the article, or لل) is no adjective of it: the two differ
    in definiteness (اعتقلت الشرطة سوريين: Syrians arrested, not the Syrian police; الشرطة السورية agrees)."""
    return before.startswith(("ال", "لل")) and not nisba.startswith("ال")


def plural_verb_or_possessed(t: str) -> bool:
    """يمتلكون، يجاهدوا (a verb, its singular a word Arabic text uses) or ميزانياتها، لعملياتها (a plural
    noun with a pronoun): text, not a name word."""
    return bool(_PLURAL_IMPERFECT_RE.match(t)) and (common_word(t) or common_word(t[:-2])) \
        or bool(_PLURAL_POSSESSED_RE.match(t))


def future_verb(t: str) -> bool:
    """A future verb: س before the imperfect of a sound root that Arabic text uses (سيصدر، ستعقد: يصدر،
    تعقد), or before a verb form no name has (ستتمحور)."""
    return t[:1] == "س" and (bool(_FUTURE_RE.match(t)) and common_word(t[1:]) or VERB_RE.match(t[1:]) is not None)


def adverbial_adjective(t: str) -> bool:
    """An indefinite accusative adjective of relation used as an adverb (هاتفيا "by phone", رسميا
    "officially", عسكريا): the ـيا of a common adjective in ـي that Arabic text uses in both forms. No
    name: it says how something was done."""
    return t.endswith("يا") and len(t) >= 5 and common_word(t) and common_word(t[:-1])


def accusative_adverb(t: str) -> bool:
    """``adverbial_adjective``, or any common word's indefinite accusative that text uses as an adverb
    (زورا "falsely", علنا "openly", مجددا "again"): no name of a speaker or an official (a town may end so:
    كيلوا)."""
    return adverbial_adjective(t) or t.endswith("ا") and len(t) >= 4 and common_word(t) and common_word(t[:-1])


PLACE_NOUNS_AFTER = frozenset({"مركز", "عاصمة"})      # after_place nouns that may begin a name


# the imperfect of form III (يقاتل، يفاجئ): no first name has its shape (with ت: تشانغ, Zhang)
_FORM_III_RE = re.compile("^ي[^اوي]ا[^اوي][^او]$")      # (a final ي: a folded ئ, يفاجئ)


def trim_person(name: tuple, tokens: list[str], nouns: frozenset, lex: Lexicon,
                names: frozenset = frozenset()) -> tuple | None:
    """A person's name as the model reads it, without common nouns before it (قوات صالح -> صالح) and
    without a preposition's phrase after it (صدام حسين بجيوشه -> صدام حسين). ``names``: words that are
    names as written, though their folded form is a stop word (علي, not على)."""
    i, j, typ = name
    if typ != "PERS":
        return name
    stop = lex.words["_stop"]
    while i < j and i not in names and (tokens[i] in nouns or tokens[i] in stop or strip_clitics(tokens[i])[1] in nouns
                     or "ال" + strip_clitics(tokens[i])[1] in nouns):
        i += 1        # يا سيدتي: a vocative, not a name's first word
    given = lex.words.get("given_name", ())
    while j - i >= 2 and tokens[i] not in given and (VERB_RE.match(tokens[i]) or _FORM_III_RE.match(tokens[i])):
        i += 1        # يفاجئ عبد الرشيد دوستم: a verb before the name ("surprises"), not its first word
    while j - i >= 2 and i not in names and tokens[i] not in given and _common_before_name(tokens[i], lex):
        i += 1        # ابننا طارق "our son Tariq", شقيقه محمد "his brother Muhammad": a noun, then the name
    if j - i >= 2 and i not in names and _plain_word(tokens[i], lex):
        i += 1        # تصوير عبد المجيد العازمي "photo: …", عزل مرسي "Morsi's removal": a word, then the name
        if j - i < 2:
            return None       # (سيبقى ساريا، طوارئ عسير: no name left, but for one word the model read with it)
    if j - i >= 3 and tokens[i] not in given and any(
            h.kind == ENT and lex.entities[h.ref].type in ("Place", "Country") for h in lex.lookup(tokens[i])):
        i += 1        # محافظ عدن نايف البكري: the governor's place, then his name
    while j - 1 > i and (glued_common(tokens[j - 1], lex) or _glued_plain(tokens[j - 1], lex)):
        j -= 1        # ماجد عمران بغضب "with anger", فاطمة القحطاني فعبرت "and she said": no name word
    for k in range(i + 1, j):
        t = tokens[k]
        if t[:1] == "و" and t not in given and t[1:] in given:
            j = k         # محمد وأحمد: two persons, not one
            break
        if t not in given and VERB_RE.match(t):
            j = k         # صالح تركزت، صالح تتناثر: a verb after the name, not a name word
            break
        if len(t) > 4 and (t[0] in "بك" and t[1:3] == "ال" or t.startswith("لل")):
            j = k         # هادي بالعتاد: a preposition on the article starts an adjunct, not a name word
            break
    return (i, j, typ) if j > i else None


def _glued_plain(t: str, lex: Lexicon) -> bool:
    """A word of the language (``_plain_word``) with a preposition or ف glued to it, not to the article: an
    adjunct or a new clause after a name (بغضب، فعبرت), never a name's last word."""
    return len(t) > 4 and t[0] in "بلكف" and t[1:3] != "ال" and t not in lex.words.get("given_name", ()) \
        and common_word(t[1:]) and _plain_word(t[1:], lex) and not _dictionary_spelling(t)


def _plain_word(t: str, lex: Lexicon) -> bool:
    """A word of the language that is no name: common in Arabic text (kg.arabic_words), with or without
    a proclitic, with letters likelier in Arabic words than in foreign names (kg.english_names.foreignness:
    not ريك، كولين، أليس, common in news too), and neither a first name or particle of kg's lists, nor a
    name the name dictionary spells, nor a foreign name English writes."""
    if t in lex.words.get("given_name", ()) or t in lex.words.get("name_particle", ()):
        return False
    pre, stem = strip_clitics(t)
    if not (common_word(t) or pre and common_word(stem)):
        return False
    return foreignness(stem) < 0 and not any(_dictionary_spelling(w) or english_word(w, person=True)
                                               for w in {t, stem})


# kinship nouns between two names (عبد الخالق شقيق عبد الملك الحوثي: his brother), folded
_KIN_NOUNS = frozenset({"شقيق", "شقيقه", "نجل", "ابن", "بنت", "اخو", "اخي", "زوج", "زوجه", "والد", "والده",
                        "عم", "خال", "حفيد", "ارمله", "صهر", "نسيب"})
POSSESSIVE = ("هما", "ها", "هم", "ه", "نا")     # pronoun suffixes of a noun (his, her, their, our)
_KIN = frozenset({"ابن", "بنت", "اخ", "اخت", "اب", "ام", "زوج"})


def _common_before_name(t: str, lex: Lexicon) -> bool:
    """A kinship or common noun with a possessive pronoun (ابننا، شقيقه، زوجته): no first word of a person's
    name, though the model may read it with the name after it."""
    common = common_words(lex)
    for suf in POSSESSIVE:
        stem = t[:-len(suf)]
        if t.endswith(suf) and (stem in _KIN or suf != "ه" and len(stem) >= 3 and (
                stem in common or stem.endswith("ت") and stem[:-1] + "ه" in common)):
            return True     # (not كريستيانه, a final ة folded to ه)
    return False


def extend_person(name: tuple, tokens: list[str], lex: Lexicon, starts: frozenset, counts) -> tuple:
    """A person's name the model reads before a ruling house's name (words.tsv house: الصباح), with it; and
    a person's name the model ends on a first name (a father's: بدر محمد، هادي بن علي), and the word
    after it, no lexicon form and no word of kg's lists: the family name the model left out. Either a
    word rare in Arabic (``kg.arabic_words``: محمد علي مارم، بدر محمد باسلمة; not محمد هاني الجميع,
    "everyone"), or one with the article or a Hadrami با that the article writes again (``counts``: its
    words' counts; the family name alone, as news names a person after naming them in full: هادي بن علي
    اليامي … قال اليامي)."""
    i, j, typ = name
    if typ != "PERS" or j - i < 2 or j >= len(tokens) or j in starts:
        return name
    given = lex.words.get("given_name", ())
    k = j
    while k < min(j + 2, len(tokens) - 1) and tokens[k].startswith("ال") and tokens[k][2:] in given:
        k += 1                   # (ناصر فهد [الأحمد الصباح]: a forefather's name with the article first)
    if tokens[k] in lex.words.get("house", ()):
        return (i, k + 1, typ)   # محمد خالد الحمد [الصباح]: the ruling house ends the person's name
    t = tokens[j]
    first = tokens[i]
    if not (first in given or first.startswith("عبد") or first in lex.words.get("name_particle", ())):
        return name       # (هيأ متعب الكرة: a verb the model read as a name, "prepared the ball")
    if tokens[j - 1] not in given or len(t) < 4 or not t.isalpha() or lex.lookup(" ".join(tokens[i:j])):
        return name       # (علي عبدالله صالح [ينقلبون]: the lexicon's person is named in full)
    rare = t[0] not in "وف" and not any(common_word(w) for w in _inflected(t)) and not glued_common(t, lex)
    if not rare and (counts.get(t, 0) < 2 or len(t) < 5
                     or not (t.startswith("ال") or t.startswith("با") and not t.startswith("بال"))):
        return name
    if t in given or t in common_words(lex) or VERB_RE.match(t) or lex.lookup(t) \
            or t.startswith("ال") and (lex.lookup(t[2:]) or counts.get(t[2:], 0)) \
            or j + 1 < len(tokens) and lex.lookup(f"{t} {tokens[j + 1]}"):
        return name       # (الكرة, and كرة elsewhere in the article: a common noun, "the ball"; الأمين العام)
    if t.startswith("الم") and not t.endswith("ي"):
        return name       # المتهم، المشرف: a participle describing the person (a nisba, المبطي, is a name)
    return (i, j + 1, typ)


_PRONOUNS = ("هما", "هم", "ها", "كم", "نا", "ون", "ين", "ت")


def _inflected(t: str) -> list[str]:
    """The word and what it is without a preposition (ب ل ك) or a pronoun or verb ending: a common word
    with them is no name (بتسريحها، استكملت، منتسبي). ي comes off only a word without the article (a
    nisba family name, الجنيبي, is one)."""
    out = [t]
    for w in (t, t[1:] if t[0] in "بلك" and len(t) > 4 else ""):
        if w:
            out += [w[:-len(s)] for s in _PRONOUNS if w.endswith(s) and len(w) - len(s) >= 3]
            if w.endswith("ي") and not w.startswith("ال") and len(w) >= 5:
                out.append(w[:-1])
    return out + [t[1:]] if t[0] in "بلك" and len(t) > 4 else out


FAMILY = frozenset({"آل", fold_string("آل")})
AIRFIELDS = frozenset({"مطار", "قاعده", "قاعدة", "مهبط"})     # مطار قاعدة العند: one airfield


def name_clitic(tok: str, given: frozenset, particles=frozenset(), heads=frozenset(),
                known=lambda t: False, person: bool = True) -> tuple[str, str]:
    """(proclitics, the word without them) of the first word of a name: و ف, and ب ل ك only before the
    article (وبالاردن, للعراق -> العراق); a name may start with one of these letters (وليد, لافروف).
    ``particles`` (words.tsv name_particle): و ف before one is "and" (وبن حبان، وأبو علي); ``heads``:
    the nouns that head a body's name, which a preposition before is not part of (لهيئة كبار العلماء);
    ``known(word)``: the word is a name as it is (a lexicon name, a town: لامو); ``person``: the name
    is a person's (the name dictionary below is of persons' names: باغا, a town, is no ب + آغا)."""
    if tok[:1] in "وف" and tok[1:] in particles or tok[:1] in "وفبلك" and tok[1:] in heads \
            or tok[:1] in "بلك" and len(tok) >= 4 and tok[1:] in particles:
        return tok[0], tok[1:]       # (لأبي محمد، بابن: a preposition before a kunya)
    pre, _ = strip_clitics(tok)
    if not pre or tok in given:
        return "", tok
    rest = tok[len(pre):]
    if rest.startswith("ال"):
        return pre, rest
    if pre.endswith("ل") and tok[len(pre) - 1:len(pre) + 1] == "لل":
        return pre, "ال" + rest[1:]
    if pre[0] in "وف" and tok[1:] in given or pre[0] == "و" and len(tok) > 4 and (not known(tok) or known(tok[1:])):
        # وصالح -> صالح, وعلي -> علي (وليد, a name itself, was kept above; so a known name: واشنطن تايمز); ف
        # only before a known first name: many foreign names begin with it (فارياب, فيلادلفيا)
        return pre[0], tok[1:]
    if pre[-1] in "بلك" and len(rest) >= 3 and (rest in given or rest.startswith("عبد") or (
            person and _dictionary_spelling(rest) is not None and _dictionary_spelling(tok) is None
            and not common_word(tok) and not known(tok))):
        # لعبدالناصر، بمحمد، ولأحمد: a preposition before a known first name (or an عبد name: none
        # starts with لعبد), or before a word the name dictionary knows when it does not know the word
        # with the letter (لعتيق: ل + عتيق; لبنى and كمال are names themselves), is not part of the name
        return pre, rest
    return "", tok


def lexicon_person_by_key(lex: Lexicon, key: str) -> str | None:
    """The lexicon person whose main name (label_ar), without its middle name, is ``key`` (a
    person_id_key: علي صالح for علي عبدالله صالح, عبد ربه هادي for عبد ربه منصور هادي), if exactly one is."""
    return lexicon_value(lex, "persons_by_key", _persons_by_key).get(key)


def lexicon_persons_by_family(lex: Lexicon, word: str) -> tuple[str, ...]:
    """The lexicon persons whose family name (the last word of a name of two or more words, not after بن
    or آل) is ``word``, folded: ظريف -> Mohammad Javad Zarif; غني -> Ashraf Ghani."""
    return lexicon_value(lex, "persons_by_family", _persons_by_family).get(word, ())


def another_first_name(lex: Lexicon, words: list[str], eid: str) -> bool:
    """The name ``words`` (folded, read as ``kunya`` does; its first name, or the whole name) begins with
    another first name than the lexicon person ``eid`` is ever named with in full: إبراهيم before العسيري
    is not أحمد عسيري, nor أبو عمر البغدادي أبو بكر البغدادي. Only a known first name, not spelt with other
    long vowels (حميد كرزاي is حامد كرزاي), or a kunya (أبو عمر) counts: a foreign first name may be spelt
    otherwise (أنتونيو، أنطونيو). False where the lexicon gives no full name. A kunya or "son of" alone
    before the person's name always names another person (أبو علي حيدر)."""
    if len(words) == 1 and words[0] in KIN_PARTICLES:
        return True       # أبو علي حيدر, ابن علي حيدر: the father or the son of علي حيدر, another person
    firsts = lexicon_value(lex, "person_first_words", _person_first_words).get(eid)
    if not firsts:
        return False
    given = lex.words.get("given_name", frozenset())
    unit = _units(kunya(words, given))[0]      # أبو بكر، عبد الله: a first name in two words; أبي بكر
    if unit in firsts or unit in {f.split()[1] for f in firsts if " " in f}:
        return False      # (بكر البغدادي, read after بأبي: his kunya cut)
    if " " in unit:       # a kunya or an عبد name: another one, where the lexicon names him by one
        return any(" " in f for f in firsts)
    plain = {f for f in firsts if " " not in f}
    return unit in given and bool(plain) and plain <= given and skeleton(unit) not in {skeleton(f) for f in plain}


def spelled_acronym(lex: Lexicon, key: str):
    """The lexicon entity whose Latin acronym a folded name spells out in Arabic letters (بي كيه كيه, واي
    بي جي), after a head noun or not (words.tsv letter; Lexicon.acronyms), or None. A letter may stand for
    several (بي: B or P): the name is the one acronym of the lexicon it spells."""
    if " " not in key:
        return None       # (one word spells no acronym: a hot path, new_entity asks for every name)
    words = key.split()
    if (head := words[0].removeprefix("ال")) in lex.body_heads or head in lex.words.get("head", ()):
        words = words[1:]
    letters = [lex.word_values.get(("letter", w)) for w in words]
    if len(letters) < 2 or not all(letters):
        return None
    found = {lex.acronyms.get("".join(c)) for c in product(*(x.split(" | ") for x in letters))} - {None}
    return lex.entities[found.pop()] if len(found) == 1 else None


def kunya(words: list[str], given) -> list[str]:
    """A person's name (folded words) with أبو written joined read as two words (أبوعقيل السالمي: أبو
    عقيل السالمي) and the genitive أبي as أبو (أبي بكر البغدادي, أبي هريرة): before a first name, a short
    word or one with the article, not a foreign name (آبي فوكسمان, Abe Foxman)."""
    words = ABU_SOLID_RE.sub("ابو ", " ".join(words)).split()
    if len(words) >= 2 and words[0] == "ابي" and (words[1] in given or len(words[1]) <= 5 or words[1].startswith("ال")):
        words[0] = "ابو"
    return words


def _person_first_words(lex: Lexicon) -> dict[str, frozenset]:
    out: dict[str, set] = {}
    for e in lex.entities.values():
        if e.type == "Person":
            for name in (e.label_ar, *e.aliases_ar):
                units = _units(ABD_SOLID_RE.sub("عبد ", fold_string(name)).split())
                if len(units) >= 2 and not units[0].startswith("ال"):
                    out.setdefault(e.id, set()).add(units[0])
    return {k: frozenset(v) for k, v in out.items()}


def _persons_by_family(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    out: dict[str, set] = {}
    firsts: dict[str, set] = {}
    for e in lex.entities.values():
        if e.type != "Person":
            continue
        for name in (e.label_ar, *e.aliases_ar):
            words = fold_string(name).split()
            if len(words) >= 2:
                firsts.setdefault(words[0], set()).add(e.id)
            if len(words) >= 2 and len(words[-1]) >= 3 and words[-2] not in SON_OF and words[-2] not in FAMILY:
                out.setdefault(words[-1], set()).add(e.id)
    # a family name that is also the first name of many (علي، حسين) is alone more often someone else
    return {k: tuple(sorted(v)) for k, v in out.items() if len(firsts.get(k, ())) < _COMMON_FIRST}


_COMMON_FIRST = 5       # lexicon persons with that first name, from which it is too common to stand alone


def lexicon_person_by_prefix(lex: Lexicon, words: list[str]) -> str | None:
    """The one lexicon person whose name begins with ``words``, two names or more (folded; a word may be
    spelt with a long vowel more or less: سينرلي, سينيرلي): عبد ربه منصور of عبد ربه منصور هادي, فرانك
    فالتر of فرانك فالتر شتاينماير; none if a name of them begins the names of many lexicon persons (علي
    الحسيني is not only Ali al-Sistani, عبد الغني is a first name)."""
    units = _units(words)
    by_first = lexicon_value(lex, "persons_by_first", _persons_by_first)
    if len(units) < 2 or any(len(by_first.get(u, ())) >= _COMMON_FIRST for u in units):
        return None
    found = set()
    for eid, full in by_first.get(units[0], ()):
        if len(full) > len(units) and all(a == b or vowel_variant(a, b) for a, b in zip(units[1:], full[1:])):
            found.add(eid)
    return next(iter(found)) if len(found) == 1 else None


KIN_PARTICLES = SON_OF | {"ابو", "ابي", "ام"}   # (folded) "son/daughter of", a kunya
FIRST_OF_TWO = frozenset({"عبد", "ابو"})      # عبد ربه، أبو بكر: a first name in two words


def _units(words: list[str]) -> list[str]:
    """A name's words, عبد and أبو joined to the word after them (عبد ربه، أبو بكر: one name)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        n = 3 if words[k] == "ابو" and words[k + 1:k + 2] == ["عبد"] else 2   # أبو عبد الله: one name
        if words[k] in FIRST_OF_TWO and k + n <= len(words):
            out.append(" ".join(words[k:k + n]))
            k += n
        else:
            out.append(words[k])
            k += 1
    return out


def _persons_by_first(lex: Lexicon) -> dict[str, list[tuple[str, list[str]]]]:
    """The lexicon persons' names of three names or more (units), by their first name."""
    out: dict[str, list] = {}
    for e in lex.entities.values():
        if e.type == "Person":
            for name in (e.label_ar, *e.aliases_ar):
                units = _units(ABD_SOLID_RE.sub("عبد ", fold_string(name)).split())
                if len(units) >= 3:
                    out.setdefault(units[0], []).append((e.id, units))
    return out


ABD_SOLID_RE = re.compile(r"(?:(?<=^)|(?<= ))عبد(?=ال)")       # عبدالله written joined: عبد الله
# أبو written joined to the name after it (أبوعقيل، أبوالقاسم): two words, as أبو عقيل; not أبوه, أبوين
ABU_SOLID_RE = re.compile(r"(?:(?<=^)|(?<= ))ابو(?=\w{3,}(?: |$))")
DIN_SOLID_RE = re.compile(r"(?:(?<=^)|(?<= ))(\w{2,}?)(?=الدين(?: |$))")   # عزالدين written joined: عز الدين


def _persons_by_key(lex: Lexicon) -> dict[str, str | None]:
    """person_id_key of each lexicon person's main name (أحمد معاذ الخطيب is known as معاذ الخطيب: its
    aliases are not used) -> the person, None where two persons share it."""
    particles = lex.words.get("name_particle", frozenset())
    out: dict[str, str | None] = {}
    for e in lex.entities.values():
        if e.type == "Person":
            full = fold_string(e.label_ar)
            key = person_id_key(full, particles, lex.words.get("house", ()))
            if key != full:
                out[key] = e.id if out.get(key, e.id) == e.id else None
    return out


def person_id_key(key: str, particles, houses=()) -> str:
    """The words a person's id is made from: a name the news also gives without the father's (and
    grandfather's) name is known by its first and last name, so the forms in two articles are one node:
    * three or four plain names (حمود سعيد المخلافي and حمود المخلافي; نايف صالح عبدالقادر البكري and
      نايف البكري; عبد الرحمن صباح عيدان: عبد الرحمن is one name, and so is صلاح الدين);
    * first name, بن or بنت, the father's (and grandfather's) name, a family name with the article or of two
      words (محمد بن أمين الجفري and محمد الجفري; سالم بن علي أبو زيد and سالم أبو زيد).
    Any other name keeps every word: خليفة بن سلمان آل خليفة and خليفة بن حمد آل خليفة are two men,
    and so are محمد بن نايف بن عبدالعزيز and محمد بن عبدالعزيز; so does a name of a ruling house written
    without آل (``houses``, words.tsv: محمد الخالد الحمد الصباح, محمد صباح السالم الصباح), and one whose
    first and last names are one (محمد بلال حسين محمد).
    A family name after the article is the same name without it (kg.variants.family_without_article:
    إبراهيم العسيري and إبراهيم عسيري are one node; محمد خالد الحمد is not محمد حمد)."""
    words = key.split()
    if words and words[-1] in houses and len(words) > 2:
        # محمد الخالد الحمد الصباح and محمد خالد الحمد الصباح: the father's and grandfather's names in a
        # ruling house's chain, written with or without the article, are one man's
        return " ".join([words[0], *(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words[1:-1]),
                         words[-1]])
    if any(w in FAMILY for w in words) or words and words[-1] in houses:
        return key         # آل سعود، آل خليفة: a royal house's men differ by their father's name
    units: list[str] = []
    k = 0
    while k < len(words):        # عبد الرحمن، أبو بكر، صلاح الدين، نصر الله: one name in two words
        if words[k] in particles and words[k] not in SON_OF and k + 1 < len(words):
            units.append(f"{words[k]} {words[k + 1]}")
            k += 2
        elif k + 1 < len(words) and words[k + 1] in _COMPOUND_SECOND and words[k] not in particles:
            units.append(f"{words[k]} {words[k + 1]}")
            k += 2
        else:
            units.append(words[k])
            k += 1
    plain = [u for u in units if u not in particles]
    if len(plain) == len(units) and len(units) in (3, 4) and units[0] != units[-1]:
        units = [units[0], units[-1]]
    elif len(units) >= 4 and units[1] in SON_OF and len(plain) == len(units) - 1 and (
            units[-1].startswith("ال") or " " in units[-1]):
        units = [units[0], units[-1]]     # محمد بن عبد الله أبو قرنين: one بن, then a family name
    # a family name written with or without its article (إبراهيم العسيري, إبراهيم عسيري): one node
    return " ".join(family_without_article(units, particles) or units)


_COMPOUND_SECOND = frozenset({"الدين", "الله"})     # صلاح الدين، نصر الله: the second word of one name




def first_name_alone(label_ar: str) -> bool:
    """A person's name that is a first name of two words and nothing more (عبد الله، عبد العزيز): it
    says who to no one (kg.person_links.lone_first_names)."""
    words = fold_string(label_ar).split()
    return len(words) == 2 and words[0] == "عبد"


def shortened(words: list[str], full: list[str]) -> bool:
    """``words`` is ``full`` with middle names left out: the same first and last name, the rest in order
    (حمود المخلافي of حمود سعيد المخلافي; not محمد حسين of محمد حسين آل زاهر)."""
    if not 2 <= len(words) < len(full) or words[0] != full[0] or words[-1] != full[-1]:
        return False
    it = iter(full)
    return all(w in it for w in words)


def name_tail(words: list[str], full: list[str]) -> bool:
    """``words`` are the last two of a name of four names or more (محمد شريف of عصمت حياة محمد شريف،
    عيدان سعود of عبد الرحمن صباح عيدان سعود): the same person, named by the end of the name. Not of a
    name of three, whose last two are the father's (محمد حسين of علي محمد حسين). عبد and the word after
    it are one name."""
    names = len(full) - sum(1 for w in full[:-1] if w == "عبد")
    return len(words) == 2 and names >= 4 and words == full[-2:] and full[-3] != "عبد"


_COMPOUND_RE = re.compile(r"(?:(?<=\s)|^)عبد(?=ال)")


@lru_cache(maxsize=65536)
def name_slug(key: str) -> str:
    """The id of a name: its romanisation, with the spellings of one name made one (عبدالرشيد is
    عبد الرشيد)."""
    key = _COMPOUND_RE.sub("عبد ", key)
    return re.sub(r"[^a-z0-9]+", "-", romanize(key).lower()).strip("-") or "x"
