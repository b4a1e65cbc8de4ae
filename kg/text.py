"""Text as it really comes: clean markup, fold Arabic spelling variation, split sentences.

``clean`` produces the article text that every offset points into: the text exactly as read (after
decoding and removing a byte-order mark), except that HTML input has its markup removed and its
entities decoded. Nothing else is changed in it — no Unicode normalisation, no white-space changes —
so ``text[start:end]`` of any output offset is the article's own characters.

``fold`` produces a matching view of it (compatibility-normalised per character: presentation forms,
ligatures such as ﻻ, Roman numerals, fullwidth digits; no diacritics, tatweel, control characters or
quotation marks; one alef, ى→ي, ة→ه, ؤ→و, ئ→ي; Latin lower-cased; white space collapsed; a space put
back where a word ending in ة or ى runs into the next) together with a map from folded positions back
to the article text. Folding agrees with camel-tools' ``dediac_ar`` and ``normalize_*_ar`` (tests check
this) and is mostly a few ``str.replace`` calls.
"""
from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from dataclasses import dataclass

# --- cleaning -----------------------------------------------------------------------------------

_BLOCK_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BREAK_TAG_RE = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|table|section|article|blockquote)\b[^>]*>", re.I)
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS_RE = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def has_markup(raw: str) -> bool:
    """Does ``raw`` hold HTML tags or character entities (then ``clean`` rewrites it)?"""
    return ("<" in raw and _TAG_RE.search(raw) is not None) or ("&" in raw and _ENTITY_RE.search(raw) is not None)


def clean(raw: str) -> str:
    """Article text from raw input.

    Plain text is returned exactly as given: every offset kg writes indexes it. HTML input (text with
    tags or character entities) has its markup removed, its entities decoded and its white space
    tidied (as a browser would show it); offsets then index that cleaned text, the same one
    triples.csv and the store quote. Tags are removed before entities are decoded, so
    ``&lt;script&gt;`` in an article stays as the literal text ``<script>`` (which every output then
    escapes). Unicode is never normalised here: ``fold`` does that on its own copy, with an offset map.
    """
    if not has_markup(raw):
        return raw
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _BLOCK_RE.sub(" ", text)
        text = _BREAK_TAG_RE.sub("\n", text)
        text = _TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
        if "&" in text:          # doubly escaped input: &amp;#8220;
            text = html.unescape(text)
    text = _CONTROL_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    text = _BLANKS_RE.sub("\n\n", text)
    return text.strip()


def clean_meta(raw: str) -> str:
    """A metadata value (title, source, url): markup removed, white space collapsed (no offsets point
    into it)."""
    text = clean(raw)
    return " ".join(_CONTROL_RE.sub("", text).split())


# --- folding ------------------------------------------------------------------------------------

_DELETE = (
    [chr(c) for c in range(0x0610, 0x061B)]       # Quranic marks
    + [chr(c) for c in range(0x064B, 0x0660)]     # harakat, tanween, shadda, sukun
    + ["\u0670", "\u0640"]                        # superscript alef, tatweel
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u00ad", "\ufeff", "\u061c"]
    # bidi embeddings, overrides and isolates: invisible, and they split words
    + [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)] + ["\u2060"]
    # control characters (not tab, line feed, carriage return)
    + [chr(c) for c in range(0x00, 0x09)] + ["\x0b", "\x0c"] + [chr(c) for c in range(0x0e, 0x20)] + ["\x7f"]
    # quotation marks: names are quoted inside phrases (تنظيم «الدولة الإسلامية») and must still match
    + ["«", "»", '"', "“", "”", "„", "‹", "›"]
)
_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "ڤ": "ف", "گ": "ك", "پ": "ب", "چ": "ج",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    # white space: one kind of space, one kind of line break
    "\t": " ", "\u00a0": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
    "\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n",
}
_REPLACE.update({chr(c): " " for c in range(0x2000, 0x200B)})
_REPLACE.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
FOLD_TABLE = str.maketrans({**_REPLACE, **{c: None for c in _DELETE}})
_COMMON = [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي")]
_RARE_RE = re.compile("[" + re.escape("".join(c for c in _REPLACE if c not in dict(_COMMON))) + "]")


def _replace(text: str) -> str:
    """The 1:1 replacements of folding; str.replace is much faster than translate on long texts."""
    for a, b in _COMMON:
        if a in text:
            text = text.replace(a, b)
    if _RARE_RE.search(text):
        text = text.translate(FOLD_TABLE)
    if "-" in text:
        text = _WORD_HYPHEN_RE.sub(" ", text)
    return text


# a hyphen between two Arabic letters joins the words of one name (بان كي-مون، جان-إيف لودريان): a space
_WORD_HYPHEN_RE = re.compile(r"(?<=[\u0621-\u064a])-(?=[\u0621-\u064a])")


_DELETED_RE = re.compile("[" + re.escape("".join(_DELETE)) + "]")
_SPACE_CHARS = " " + "".join(k for k, v in _REPLACE.items() if v == " ")
# a space (of any kind) after another one is dropped: runs of white space fold to one space
_EXTRA_SPACE_RE = re.compile("(?<=[" + re.escape(_SPACE_CHARS) + "])[" + re.escape(_SPACE_CHARS) + "]")
# ة and ى only end words: a letter straight after one is the next word run in ("الجنوبيةالشرقية").
_GLUE_RE = re.compile(r"(?<=[ةى])(?=[\u0621-\u063a\u0641-\u064a])")
_DIACRITICS_RE = _DELETED_RE
# لـ and بـ drawn out with tatweel, then a space, are the proclitic written apart before a quoted name or a
# definite word: the space (and quotes) after them go, so the word takes its preposition as when written
# joined (هجوم لـ «داعش» as هجوم لداعش)
_SPACES = "[" + re.escape(_SPACE_CHARS) + "]"
_DETACHED_RE = re.compile("(?<![\\u0621-\\u064a])[وف]?[لب]\\u0640+((?=" + _SPACES + "*[«\"“])[" + re.escape(_SPACE_CHARS)
                          + "«\"“]+|" + _SPACES + "+(?=ال))(?=[\\u0621-\\u064a])")

# ميلشيا for ميليشيا (a ي moved past the ل): a common slip of news typing; folding writes the word right
_MILITIA_SLIP_RE = re.compile("(?<=مي)ل(?=ش[يى])")

TANWEEN = frozenset("\u064b\u064c\u064d")     # ً ٌ ٍ: a word written with one is a noun, indefinite
ARABIC_LETTER = r"\u0621-\u063a\u0641-\u064a"


@lru_cache(maxsize=65536)
def fold_string(text: str) -> str:
    """Fold a lexicon string (no offsets kept): the same folding as ``fold``, spaces collapsed."""
    text = _GLUE_RE.sub(" ", unicodedata.normalize("NFKC", text)).translate(FOLD_TABLE)
    text = _MILITIA_SLIP_RE.sub("لي", text)
    return " ".join(_WORD_HYPHEN_RE.sub(" ", text).split())


@lru_cache(maxsize=4096)
def _compat(ch: str) -> str | None:
    """What folding makes of a character that NFKC changes ('' to delete it), or None if NFKC keeps it.
    Per character, so that each folded character maps back to one character of the text."""
    n = unicodedata.normalize("NFKC", ch)
    if n == ch:
        return None
    n = _DELETED_RE.sub("", n)
    return "" if not n.strip() else n.strip(" ") if n[0] == " " and ch not in _REPLACE else n


_BLOCK = 256


def _compat_events(text: str) -> list[tuple[int, int, str]]:
    """(position, kind, replacement) for every character of ``text`` that NFKC changes. Text blocks that
    are already NFKC-normal are skipped with one C call each."""
    events = []
    if unicodedata.is_normalized("NFKC", text):
        return events
    for b in range(0, len(text), _BLOCK):
        block = text[b:b + _BLOCK]
        if unicodedata.is_normalized("NFKC", block) and not unicodedata.combining(block[0]):
            continue
        for i, ch in enumerate(block, b):
            if ch < "\u00a0" or ch in _REPLACE:
                continue
            rep = _compat(ch)
            if rep is not None:
                events.append((i, 1 if rep == "" else 2, rep))
    return events


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded view of a text and the way back to the text's offsets.

    ``breaks`` holds (folded index, shift) pairs: from that folded index on, text index = folded
    index + shift (until the next pair). No pairs: folding kept every position (the common case).
    A character that folding expands (ﻻ → لا, Ⅶ → vii) maps each of its folded characters back to it.
    """
    text: str
    breaks: tuple = ()
    _starts: tuple = ()

    def orig(self, i: int) -> int:
        if not self.breaks:
            return i
        k = bisect_right(self._starts, i) - 1
        return i + (self.breaks[k][1] if k >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Text offsets of the folded span [start, end)."""
        if not self.breaks:
            return start, end
        if end <= start:
            i = self.orig(start) if start < len(self.text) else self.orig(len(self.text) - 1) + 1
            return i, i
        # orig(end - 1) + 1 and orig(start) written out: this runs for every hit and mention
        starts, breaks = self._starts, self.breaks
        k = bisect_right(starts, end - 1) - 1
        last = end + (breaks[k][1] if k >= 0 else 0)
        k = bisect_right(starts, start) - 1
        first = start + (breaks[k][1] if k >= 0 else 0)
        if self.text[start] == " ":       # (glue spaces)
            first += 1
        return min(first, last), last


# event kinds, in the order they apply at one position: a glue space goes before the character, which
# is then deleted or replaced
_GLUE, _DEL, _SUB = 0, 1, 2


def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping a map back to ``text``'s offsets.

    Folding deletes characters (diacritics, tatweel, quotes, controls, repeated spaces), inserts glue
    spaces and expands compatibility characters, so the map is a short list of shifts built from those
    events, not one entry per character.
    """
    events = [(m.start(), _DEL, "") for m in _DELETED_RE.finditer(text)]
    events += [(m.start(), _DEL, "") for m in _EXTRA_SPACE_RE.finditer(text)]
    events += [(m.start(), _GLUE, " ") for m in _GLUE_RE.finditer(text)]
    events += [(k, _DEL, "") for m in _DETACHED_RE.finditer(text) for k in range(m.start(1), m.end(1))]
    events += [(m.start(), _SUB, "لي") for m in _MILITIA_SLIP_RE.finditer(text)]
    events += _compat_events(text)
    if not events:
        return Folded(_replace(text))
    events.sort()
    pieces = []
    breaks = []
    pos = fpos = 0

    def shift(value: int) -> None:
        if breaks and breaks[-1][0] == fpos:
            breaks[-1] = (fpos, value)
        elif not breaks or breaks[-1][1] != value:
            breaks.append((fpos, value))

    for i, kind, rep in events:
        if i < pos:                # a character already deleted or replaced by an earlier event
            continue
        if i > pos:
            shift(pos - fpos)
            pieces.append(text[pos:i])
            fpos += i - pos
            pos = i
        if kind == _GLUE:          # a glue space before text[i], mapped to the ة/ى before it
            shift(i - 1 - fpos)
            pieces.append(" ")
            fpos += 1
        elif kind == _DEL:
            pos = i + 1
        else:                      # text[i] becomes rep: each of its characters maps back to text[i]
            for ch in rep:
                shift(i - fpos)
                pieces.append(ch)
                fpos += 1
            pos = i + 1
    if pos < len(text):
        shift(pos - fpos)
        pieces.append(text[pos:])
    folded = _replace("".join(pieces))
    return Folded(folded, tuple(breaks), tuple(b[0] for b in breaks))


# --- sentences ----------------------------------------------------------------------------------

_SENT_END_RE = re.compile(r"[.!?؟…]+['’)\]]*(?=\s|$)|\n+")
_NORM_SENT_RE = re.compile(r"[^\w]+")
# A "sentence" longer than this many words is split (at commas, else every MAX_SENTENCE_WORDS words):
# an unpunctuated dump must cost time linear in its length. Real news sentences stay far below it.
MAX_SENTENCE_WORDS = 200
_WORD_RE = re.compile(r"\S+")
_COMMA_RE = re.compile(r"[،,؛;]+")


def segment(text: str, max_words: int = MAX_SENTENCE_WORDS) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``, stripped of surrounding white space; none longer than
    ``max_words`` words."""
    spans = []
    pos = 0
    for m in _SENT_END_RE.finditer(text):
        if m.group() == "." and _initial(text, m.start()):
            continue     # (د. ب. أ), U.S.: a one-letter abbreviation, not the end of a sentence
        end = m.end() if m.group()[0] != "\n" else m.start()
        _add_span(text, pos, end, spans, max_words)
        pos = m.end()
    _add_span(text, pos, len(text), spans, max_words)
    return spans


def _initial(text: str, dot: int) -> bool:
    """The dot at ``dot`` closes a one-letter word (an initial or an abbreviation)."""
    return dot >= 1 and text[dot - 1].isalpha() and (dot == 1 or not text[dot - 2].isalnum())


def _add_span(text: str, start: int, end: int, spans: list, max_words: int = MAX_SENTENCE_WORDS) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    if end - start > 2 * max_words and len(_WORD_RE.findall(text, start, end)) > max_words:
        for s, e in _split_long(text, start, end, max_words):
            _add_span(text, s, e, spans, max_words)
        return
    if any(c.isalnum() for c in text[start:end]):
        spans.append((start, end))


def _split_long(text: str, start: int, end: int, max_words: int) -> list[tuple[int, int]]:
    """A too long sentence as pieces of at most ``max_words`` words: clauses (ending at a comma) joined
    while they fit, and a clause that is itself too long cut every ``max_words`` words."""
    pieces = []
    cut = start
    for m in _COMMA_RE.finditer(text, start, end):
        pieces.append((cut, m.end()))
        cut = m.end()
    pieces.append((cut, end))
    out: list[tuple[int, int]] = []
    cur_start, cur_words = start, 0
    for s, e in pieces:
        words = [w.span() for w in _WORD_RE.finditer(text, s, e)]
        if cur_words and cur_words + len(words) > max_words:
            out.append((cur_start, s))
            cur_start, cur_words = s, 0
        while len(words) > max_words:          # a clause with no comma in max_words words
            split = words[max_words][0]
            out.append((cur_start, split))
            cur_start, cur_words = split, 0
            words = words[max_words:]
        cur_words += len(words)
    out.append((cur_start, end))
    return out


def sentence_key(folded_sentence: str) -> str:
    """What two copies of one sentence have in common (to drop repeated paragraphs)."""
    return _NORM_SENT_RE.sub(" ", folded_sentence).strip()
