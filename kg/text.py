"""Text as it really comes: clean markup, fold Arabic spelling variation, split sentences.

``clean`` produces the article text that every offset points into. ``fold`` produces a matching
view of it (no diacritics, tatweel or quotation marks, one alef, ى→ي, ة→ه, ؤ→و, ئ→ي, Latin
lower-cased, a space put back where a word ending in ة or ى runs into the next) together with a map
from folded positions back to the article text. Folding agrees with camel-tools' ``dediac_ar`` and ``normalize_*_ar``
(tests check this) but is one ``str.translate`` call.
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
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS_RE = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def clean(raw: str) -> str:
    """Article text from raw input: markup removed, entities decoded, Unicode compatibility-normalised.

    Tags are removed before entities are decoded, so ``&lt;script&gt;`` in an article stays as the
    literal text ``<script>`` (which every output then escapes).
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _BLOCK_RE.sub(" ", text)
        text = _BREAK_TAG_RE.sub("\n", text)
        text = _TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
        if "&" in text:          # doubly escaped input: &amp;#8220;
            text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    text = _BLANKS_RE.sub("\n\n", text)
    return text.strip()


# --- folding ------------------------------------------------------------------------------------

_DELETE = (
    [chr(c) for c in range(0x0610, 0x061B)]       # Quranic marks
    + [chr(c) for c in range(0x064B, 0x0660)]     # harakat, tanween, shadda, sukun
    + ["\u0670", "\u0640"]                        # superscript alef, tatweel
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u00ad", "\ufeff", "\u061c"]
    # quotation marks: names are quoted inside phrases (تنظيم «الدولة الإسلامية») and must still match
    + ["«", "»", '"', "“", "”", "„", "‹", "›"]
)
_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "ڤ": "ف", "گ": "ك", "پ": "ب", "چ": "ج",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
}
_REPLACE.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
FOLD_TABLE = str.maketrans({**_REPLACE, **{c: None for c in _DELETE}})
_COMMON = [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي")]
_RARE_RE = re.compile("[" + "".join(c for c in _REPLACE if c not in dict(_COMMON)) + "]")


def _replace(text: str) -> str:
    """The 1:1 replacements of folding; str.replace is much faster than translate on long texts."""
    for a, b in _COMMON:
        if a in text:
            text = text.replace(a, b)
    if _RARE_RE.search(text):
        text = text.translate(FOLD_TABLE)
    return text
_DELETED_RE = re.compile("[" + "".join(_DELETE) + "]")
# ة and ى only end words: a letter straight after one is the next word run in ("الجنوبيةالشرقية").
_GLUE_RE = re.compile(r"(?<=[ةى])(?=[\u0621-\u063a\u0641-\u064a])")
_DIACRITICS_RE = _DELETED_RE

ARABIC_LETTER = r"\u0621-\u063a\u0641-\u064a"


@lru_cache(maxsize=65536)
def fold_string(text: str) -> str:
    """Fold a lexicon string (no offsets kept): the same folding as ``fold``, spaces collapsed."""
    text = _GLUE_RE.sub(" ", unicodedata.normalize("NFKC", text)).translate(FOLD_TABLE)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded view of a text and the way back to the text's offsets.

    ``breaks`` holds (folded index, shift) pairs: from that folded index on, text index = folded
    index + shift (until the next pair). No pairs: folding kept every position (the common case).
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
        last = self.orig(end - 1) + 1
        first = self.orig(start) + 1 if self.text[start] == " " else self.orig(start)   # (glue spaces)
        return min(first, last), last


def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping a map back to ``text``'s offsets.

    Folding only deletes characters (diacritics, tatweel, quotes) and inserts glue spaces, so the map
    is a short list of shifts built from those events, not one entry per character.
    """
    events = [(m.start(), 1) for m in _DELETED_RE.finditer(text)]
    events += [(m.start(), 0) for m in _GLUE_RE.finditer(text)]
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

    for i, deleted in events:
        if i > pos:
            shift(pos - fpos)
            pieces.append(text[pos:i])
            fpos += i - pos
        if deleted:
            pos = i + 1
        else:                      # a glue space before text[i], mapped to the ة/ى before it
            shift(i - 1 - fpos)
            pieces.append(" ")
            fpos += 1
            pos = i
    if pos < len(text):
        shift(pos - fpos)
        pieces.append(text[pos:])
    folded = _replace("".join(pieces))
    return Folded(folded, tuple(breaks), tuple(b[0] for b in breaks))


# --- sentences ----------------------------------------------------------------------------------

_SENT_END_RE = re.compile(r"[.!?؟…]+['’)\]]*(?=\s|$)|\n+")
_NORM_SENT_RE = re.compile(r"[^\w]+")


def segment(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``, stripped of surrounding white space."""
    spans = []
    pos = 0
    for m in _SENT_END_RE.finditer(text):
        if m.group() == "." and _initial(text, m.start()):
            continue     # (د. ب. أ), U.S.: a one-letter abbreviation, not the end of a sentence
        end = m.end() if m.group()[0] != "\n" else m.start()
        _add_span(text, pos, end, spans)
        pos = m.end()
    _add_span(text, pos, len(text), spans)
    return spans


def _initial(text: str, dot: int) -> bool:
    """The dot at ``dot`` closes a one-letter word (an initial or an abbreviation)."""
    return dot >= 1 and text[dot - 1].isalpha() and (dot == 1 or not text[dot - 2].isalnum())


def _add_span(text: str, start: int, end: int, spans: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(c.isalnum() for c in text[start:end]):
        spans.append((start, end))


def sentence_key(folded_sentence: str) -> str:
    """What two copies of one sentence have in common (to drop repeated paragraphs)."""
    return _NORM_SENT_RE.sub(" ", folded_sentence).strip()
