"""Attributes of an event read off its sentence: casualty figures, the day, the mode.

Plain functions over a sentence's folded tokens and the lexicon's word lists (ontology/words.tsv:
``number``, ``casualty``, ``day``, ``month``, ``mode``); nothing here knows about roles.
"""
from __future__ import annotations

import datetime as _dt

from ..lexicon import Lexicon
from ..name_shapes import lexicon_set

_OPENING = frozenset(("(", "[", "«", '"'))
_CLOSING = frozenset((")", "]", "»", '"'))
_MODIFIERS = frozenset({"ما", "لا", "يقل", "عن", "اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء", "اقل", "ما",
                        "يزيد", "على", "علي", "الى", "الي", "قرابة", "اخرين", "اخري", "اخرون"})
_UNIT_TENS_JOIN = ("و",)
_THOUSANDS = frozenset({"الاف", "الالاف", "الوف"})   # "thousands" (folded آلاف، ألوف): a figure only after a unit
_AFTER_NOUN = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان", "واحد", "واحدا"})   # numbers that follow their noun


def parse_number(tokens: list[str], k: int, lex: Lexicon) -> tuple[int | None, int]:
    """The figure that starts at token k and the index after it: digits (12، 1,200), words (ثلاثة،
    خمسة وعشرون، أحد عشر، ثلاثة آلاف). (None, k) when no figure starts there; a vague count
    (عشرات، مئات) gives (0, k + 1)."""
    values = lex.word_values
    t = tokens[k] if k < len(tokens) else ""
    if t[:1] == "و" and len(t) > 1 and (t[1:].isdigit() or ("number", t[1:]) in values):
        t = t[1:]                                   # و12 جريحا، وثلاثة

    def word(x: str) -> int | None:
        val = values.get(("number", x))
        return int(val) if val is not None and val.isdigit() else None

    if t.isdigit():
        j, v = k + 1, t
        while j + 1 < len(tokens) and tokens[j] in (",", "٬") and tokens[j + 1].isdigit() and len(tokens[j + 1]) == 3:
            v += tokens[j + 1]
            j += 2
        total = int(v)
        if j < len(tokens) and word(tokens[j]) == 1000 and total < 1000:
            total, j = total * 1000, j + 1              # 4 آلاف
            nxt = tokens[j][1:] if j < len(tokens) and tokens[j][:1] == "و" else ""
            if nxt.isdigit() and int(nxt) < 1000:
                total, j = total + int(nxt), j + 1      # 4 آلاف و100
        return total, j

    first = word(t)
    if first is None:
        return None, k
    if first == 0 or t in _THOUSANDS:
        return 0, k + 1                             # (آلاف المدنيين: "thousands", vague as عشرات)
    total, j = first, k + 1
    nxt = tokens[j] if j < len(tokens) else ""
    if first < 10 and word(nxt) == 10:              # أحد عشر، ثلاثة عشر
        total, j = first + 10, j + 1
    elif first < 10 and nxt.startswith("و") and (w := word(nxt[1:])) is not None and 20 <= w <= 90:
        total, j = first + w, j + 1                 # خمسة وعشرون
    nxt = tokens[j] if j < len(tokens) else ""
    if word(nxt) == 1000 and total < 1000:          # ثلاثة آلاف
        total, j = total * 1000, j + 1
    return total, j


def casualty_word(x: str, lex: Lexicon) -> tuple[str, str] | None:
    """(killed|wounded, before|after|verb) of a word of casualty (words.tsv casualty), maybe after و ف ب."""
    for w in (x, x[1:] if x[:1] in ("و", "ف", "ب") else None, x[2:] if x[:2] in ("وب", "ول") else None):
        if w and (v := lex.word_values.get(("casualty", w))):
            kind, _, pos = v.partition(":")
            return kind, pos
    return None


def combined_toll(tokens: list[str], j: int, lex: Lexicon) -> bool:
    """Tokens j and j + 1 name the dead and the wounded together after a figure (قتيلا وجريحا): one toll of
    both."""
    return j + 1 < len(tokens) and _both_kinds(casualty_word(tokens[j], lex), casualty_word(tokens[j + 1], lex),
                                               "after")


def _both_kinds(a: tuple | None, b: tuple | None, pos: str) -> bool:
    """Two casualty words side by side, one of killing and one of wounding, both on the same side of one
    figure (``pos``: قتل وأصيب 20، مقتل وإصابة 20 before it; 20 قتيلا وجريحا after it) — not the verb that
    closes an earlier figure (5 قتلوا وأصيب 10)."""
    return a is not None and b is not None and {a[0], b[0]} == {"killed", "wounded"} and a[1] == b[1] == pos


# after a figure an active verb of wounding takes as its object: the others, of them, or people with wounds
_OTHERS = frozenset({"اخرين", "غيرهم", "منهم", "من", "،", ",", ".", "؛"})
_WOUNDS = frozenset({"بجروح", "بجراح", "باصابات"})


def _people_counted(tokens: list[str], j: int, hi: int) -> bool:
    """The figure that ends before token j counts people wounded (أصاب 11 آخرين، أصابت عشرة منهم، أصابوا
    سبعة أشخاص بجروح), not things hit (أصابت خمس وحدات)."""
    return j >= hi or tokens[j] in _OTHERS or j + 1 < hi and tokens[j + 1] in _WOUNDS


_AMONG = frozenset({"بينهم", "بينهن", "منهم", "منهن", "بينها", "منها", "بينهما", "منهما"})   # folded


def joined_figure(tokens: list[str], j: int, hi: int, lex: Lexicon) -> int:
    """The further figures joined by و to the people a casualty word counts (استشهاد 10 رجال أمن و3 عمال، مقتل
    34 عنصرا من حزب الله و17 من قوات النظام، مقتل ثمانية مسلحين وخمسة مدنيين وجنديين): the same toll, more of
    its dead, summed (a dual noun counts two). Not a figure of another kind (مقتل 12 و30 جريحا) nor one past
    another casualty word (مقتل 12 وإصابة 30)."""
    if j < hi and parse_number(tokens, j, lex)[0] is not None:
        return 0          # أصيب (120) مائة وعشرون: the figure written again in words, no second one
    total, x, limit = 0, j, min(hi, j + 6)
    while x < limit:
        if casualty_word(tokens[x], lex) is not None or tokens[x] in _AMONG \
                or tokens[x] in ("،", ",", ".", "هم", "وهم"):
            break         # (استشهاد 6 مقاتلين بينهم عقيد واثنان، 13 شخصا هم أربعة جنود وخمسة: those among them)
        if tokens[x][:1] != "و" or ("number", tokens[x]) in lex.word_values:
            # (عائلة واحدة: "one", no و before a figure)
            x += 1
            continue
        at = x + 1 if tokens[x] == "و" else x
        num, after = parse_number(tokens, at, lex)
        pair = x + 1 < hi and tokens[x + 1] in ("اثنين", "اثنان")
        if not num and x > j and _dual(tokens[x][1:], lex, pair):
            num, after = 2, x + 1 + pair
            if after >= hi or casualty_word(tokens[after], lex) is not None:
                total += 2      # وجنديين اثنين: two more, at the end of the list
                break
        if not num or x == j:
            break         # (وتدمير تسعة مستودعات و22 عربة: و opens another phrase, the things destroyed)
        nxt = tokens[after] if after < hi else ""
        if not nxt or casualty_word(nxt, lex) is not None or nxt in _MODIFIERS and nxt != "من" \
                or nxt.isdigit() or ("month", nxt) in lex.word_values:
            break         # (بين الأول من يناير و15 يوليو: a date)
        total += num
        x, limit = after, min(hi, after + 6)
    return total


def _one_with_companions(tokens: list[str], k: int, j: int, lo: int, lex: Lexicon) -> str:
    """The kind (killed, wounded) of a casualty word a few words before a figure joined by و or مع to one
    person, the figure counting his companions (words.tsv companion, after من: مقتل القيادي الحوثي و12 من
    مرافقيه، قتل المهدي مع اثنين من مرافقيه): the toll is the figure and one; else ""."""
    companions = lex.words.get("companion", ())
    if j + 1 >= len(tokens) or tokens[j] != "من" or tokens[j + 1] not in companions:
        return ""
    first = tokens[k]
    if not (first[:1] == "و" and first[1:2].isdigit() or k > lo and tokens[k - 1] in ("و", "مع")):
        return ""
    for x in range(k - 1, max(lo, k - 7) - 1, -1):
        c = casualty_word(tokens[x], lex)
        if c is not None and c[1] in ("before", "verb"):
            return c[0]
        if tokens[x].isdigit() or tokens[x] in ("،", ",", "."):
            return ""     # (a figure before: مقتل 5 و3 من مرافقيه is joined_figure's; a clause before)
    return ""


def _dual(word: str, lex: Lexicon, pair: bool = False) -> bool:
    """A generic.tsv group's word for two (جنديين، ضابطين): its word for one and the dual ending; not a nisba's
    (مدنيين is as often "civilians", a plural) unless اثنين follows (``pair``)."""
    if word not in lexicon_set(lex, "generic_two", lambda lx: (w for g in lx.generics.values() for w in g.two)):
        return False
    ones = lexicon_set(lex, "generic_one", lambda lx: (w for g in lx.generics.values() for w in g.one))
    one = word[:-2] if word.endswith(("ين", "ان")) else ""
    return bool(one) and one in ones and (pair or not one.endswith("ي"))


def casualties(tokens: list[str], lex: Lexicon, lo: int = 0, hi: int | None = None) -> tuple[int | None, int | None]:
    """(killed, wounded) figures stated in tokens[lo:hi]: مقتل 12 وإصابة 30، 12 قتيلا و30 جريحا،
    12 جنديا قتلوا، ما لا يقل عن 20 قتيلا. The first figure of each kind wins; vague counts are None."""
    hi = len(tokens) if hi is None else hi
    values = lex.word_values
    found: dict[str, int] = {}

    def cas(x: str) -> tuple[str, str] | None:
        return casualty_word(x, lex)

    k = lo
    while k < hi:
        num, j = parse_number(tokens, k, lex)
        if num is None:
            k += 1
            continue
        if num:
            # a casualty word before the figure, over modifiers (مقتل ما لا يقل عن 12)
            b = k - 1
            while b >= lo and (tokens[b] in _MODIFIERS or tokens[b] in _OPENING):
                b -= 1
            while j < hi and tokens[j] in _CLOSING:
                j += 1                                      # مقتل (26) شخصا: a figure in brackets
            before = cas(tokens[b]) if b >= lo else None
            if before is None and (one := _one_with_companions(tokens, k, j, lo, lex)):
                found.setdefault(one, num + 1)     # مقتل القيادي و12 من مرافقيه، قتل المهدي مع اثنين من مرافقيه: 13, 3
                k = max(j, k + 1)
                continue
            if before is None and tokens[k] in _AFTER_NOUN:
                # مقتل عسكريين تركيين اثنين: one and two follow the noun they count, and its adjectives
                before = next((c for x in range(k - 1, max(lo, k - 4) - 1, -1) if (c := cas(tokens[x]))), None)
            after = cas(tokens[j]) if j < hi else None
            verb = None
            if after is None and before is None:     # (قتلوا 5 … وجرحوا: the figure is the first verb's)
                aside = False
                x = j
                while x < min(hi, j + 12):          # 12 جنديا (سوريا) قتلوا، ستة من رجال الجيش والشرطة قتلوا
                    c = cas(tokens[x])
                    if c is not None and c[1] == "verb":
                        verb = c
                        break
                    if tokens[x] in ("،", ",") and not aside and x - j <= 3:
                        # 25 شخصا، معظمهم من المدنيين، قتلوا: an aside between commas before the verb
                        end = next((y for y in range(x + 1, min(hi, x + 7)) if tokens[y] in ("،", ",")), None)
                        if end is not None:
                            aside, x = True, end + 1
                            continue
                    if c is not None or tokens[x] in ("،", ",", ".") or x - j >= 6 and not aside:
                        break
                    x += 1
            noun_before = b - 2 >= lo and tokens[b - 2].isalpha() and tokens[b - 2].endswith(("ا", "ان", "ون", "ين"))
            if before is not None and b - 1 >= lo and _both_kinds(cas(tokens[b - 1]), before, "before") \
                    and not noun_before or after is not None and j + 1 < hi \
                    and _both_kinds(after, cas(tokens[j + 1]), "after"):
                k = max(j, k + 1)
                continue      # قتل وأصيب 20، سقط 20 قتيلا وجريحا: the dead and wounded together, neither figure
                #               (not after a noun the first verb tells of: عسكريا تركيا قتل وجرح اثنان آخران)
            if before is not None and before[1] == "object" and not _people_counted(tokens, j, hi):
                before = None
            for c, ok in ((before, before is not None and before[1] in ("before", "object")),
                          (after, after is not None and after[1] == "after"), (verb, verb is not None)):
                if ok:
                    if c is before and c[0] not in found:
                        num += joined_figure(tokens, j, hi, lex)   # مقتل 10 رجال أمن و3 عمال: 13
                    found.setdefault(c[0], num)
                    break
        k = max(j, k + 1)
    for k in range(lo + 1, hi):
        # عدد قتلى الهجوم ارتفع إلى 20، حصيلة القتلى بلغت 12: a toll that rose or came to a figure
        c = cas(tokens[k])
        if c is None or c[1] != "after" or tokens[k - 1] not in ("عدد", "حصيله", "وعدد", "وحصيله") or c[0] in found:
            continue
        to = next((y for y in range(k + 1, min(hi, k + 7)) if tokens[y] == "الي"), None)
        if to is not None:
            y = to + 1
            while y < hi and tokens[y] in _MODIFIERS:
                y += 1
            num, _ = parse_number(tokens, y, lex)
            if num:
                found[c[0]] = num
    return found.get("killed"), found.get("wounded")


def event_date(tokens: list[str], doc_date: str, lex: Lexicon, lo: int = 0, hi: int | None = None) -> str:
    """The day the clause names, resolved against the article's date (YYYY-MM-DD), or ""."""
    try:
        base = _dt.date.fromisoformat(doc_date[:10]) if doc_date else None
    except ValueError:
        base = None
    if base is None:
        return ""
    hi = len(tokens) if hi is None else hi
    values = lex.word_values
    for k in range(lo, hi):
        t = tokens[k]
        for w in (t, t[1:] if t[:1] in ("و", "ف") else ""):
            if not w:
                continue
            two = w + " " + tokens[k + 1] if k + 1 < hi else ""
            three = two + " " + tokens[k + 2] if k + 2 < hi else ""
            day = values.get(("day", three)) or values.get(("day", two)) or values.get(("day", w))
            if day:
                if day.startswith("wd:"):
                    back = (base.weekday() - int(day[3:])) % 7
                else:
                    back = int(day)
                return (base - _dt.timedelta(days=back)).isoformat()
            month = values.get(("month", two)) or values.get(("month", w))
            if month and k > lo:
                num, _ = parse_number(tokens, k - 1, lex)
                if num and 1 <= num <= 31:
                    year = base.year
                    nxt = tokens[k + (2 if values.get(("month", two)) else 1)] if k + 1 < hi else ""
                    if nxt.isdigit() and len(nxt) == 4:
                        year = int(nxt)
                    try:
                        return _dt.date(year, int(month), num).isoformat()
                    except ValueError:
                        return ""
    return ""


_MODE_RANK = ("suicide", "explosion", "aerial", "shelling", "firearms", "primitive", "hunger-strike")


def context_mode(tokens: list[str], etype: str, lex: Lexicon, lo: int, hi: int, named=frozenset()) -> str:
    """The mode the words of the clause tell (انتحاري → suicide, قصف جوي → aerial), by priority; words
    inside a name (``named``: قاعدة الحبانية الجوية) tell nothing."""
    values = lex.word_values
    best = ""
    for k in range(lo, hi):
        if k in named:
            continue
        t = tokens[k]
        for w in (t, t[1:] if t[:1] in ("و", "ف", "ب", "ل") else "", t[2:] if t[:2] in ("وب", "ول", "بال") else ""):
            v = values.get(("mode", w)) if w else None
            if v is None and w.startswith("ال"):
                v = values.get(("mode", w[2:]))
            if v:
                typ, _, mode = v.partition(":")
                if typ == etype and (not best or _MODE_RANK.index(mode) < _MODE_RANK.index(best)):
                    best = mode
                break
    return best
