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
from array import array
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
_DELETED_RE = re.compile("[" + "".join(_DELETE) + "]")
# ة and ى only end words: a letter straight after one is the next word run in ("الجنوبيةالشرقية").
_GLUE_RE = re.compile(r"(?<=[ةى])(?=[\u0621-\u063a\u0641-\u064a])")
_DIACRITICS_RE = _DELETED_RE

ARABIC_LETTER = r"\u0621-\u063a\u0641-\u064a"


def fold_string(text: str) -> str:
    """Fold a lexicon string (no offsets kept): the same folding as ``fold``, spaces collapsed."""
    text = _GLUE_RE.sub(" ", unicodedata.normalize("NFKC", text)).translate(FOLD_TABLE)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded view of a text and the way back: ``orig[i]`` is the text index of folded char i."""
    text: str
    orig: array | None  # None: folding kept every position (the common case)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Text offsets of the folded span [start, end)."""
        if self.orig is None:
            return start, end
        if end <= start:
            i = self.orig[start] if start < len(self.orig) else (self.orig[-1] + 1 if self.orig else 0)
            return i, i
        first = self.orig[start] + 1 if self.text[start] == " " else self.orig[start]   # (glue spaces)
        return min(first, self.orig[end - 1] + 1), self.orig[end - 1] + 1


def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping a map back to ``text``'s offsets."""
    has_deleted = _DELETED_RE.search(text) is not None
    glue = [m.start() for m in _GLUE_RE.finditer(text)]
    folded = text.translate(FOLD_TABLE)
    if not has_deleted and not glue:
        return Folded(folded, None)
    # Build the map: kept characters keep their index; a glue space maps to the ة/ى before it.
    orig = array("i")
    pieces = []
    glue_set = set(glue)
    for i, ch in enumerate(text):
        if i in glue_set:
            pieces.append(" ")
            orig.append(i - 1)
        f = ch.translate(FOLD_TABLE)
        if f:
            pieces.append(f)
            orig.extend([i] * len(f))
    return Folded("".join(pieces), orig)


# --- sentences ----------------------------------------------------------------------------------

_SENT_END_RE = re.compile(r"[.!?؟…]+['’)\]]*(?=\s|$)|\n+")
_NORM_SENT_RE = re.compile(r"[^\w]+")


def segment(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``, stripped of surrounding white space."""
    spans = []
    pos = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        _add_span(text, pos, end, spans)
        pos = m.end()
    _add_span(text, pos, len(text), spans)
    return spans


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
