"""Read articles from folders, ``.txt`` files (one article each) and ``.jsonl`` files (one per line).

``read_articles`` streams ``Document``s and, for input it cannot use, ``InputError``s (it never
raises for a bad file: the caller reports the error and goes on with the rest).

Text is UTF-8 (a byte-order mark is removed), or UTF-16/UTF-32 with a byte-order mark. Only regular
files are read: a FIFO, socket or device named ``.txt`` is reported, never opened (opening a FIFO
blocks). File names that are not valid UTF-8 (archives made on Windows) are read; their doc id and
messages show each undecodable byte as ``%XX``.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date as _date, datetime as _datetime
from pathlib import Path

from .errors import InputError
from .model import Document
from .text import clean, clean_meta

ARTICLE_SUFFIXES = (".txt", ".jsonl")
MAX_ARTICLE_BYTES = 2_000_000   # larger "articles" are dumps, not news; see --max-article-bytes
_SURROGATE_RE = re.compile("[\udc80-\udcff]")
# byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?")


def safe_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by Python as lone surrogates, which cannot be
    written anywhere) become ``%XX``."""
    return _SURROGATE_RE.sub(lambda m: f"%{ord(m.group()) - 0xdc00:02X}", name)


def is_article_name(name: str) -> bool:
    return name.lower().endswith(ARTICLE_SUFFIXES)


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def _not_regular(path: Path) -> str | None:
    """Why ``path`` is not a regular file kg may open (None: it is one)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        return f"cannot read: {e.strerror}"
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    return f"{kind}, not a regular file; skipped"


def discover(paths: Iterable[str | Path], roots: dict | None = None) -> Iterator[Path | InputError]:
    """The article files named by ``paths`` (folders are searched recursively, in sorted order).
    ``roots``, when given, receives each file's folder argument (for relative ids)."""
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield InputError(safe_name(str(p)), "no such file or folder")
            continue
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if is_article_name(name) and not name.startswith("."):
                        found = True
                        full = Path(root) / name
                        why = _not_regular(full)
                        if why:
                            yield InputError(safe_name(str(full)), why)
                            continue
                        if roots is not None:
                            roots[full] = path
                        yield full
            if not found:
                yield InputError(safe_name(str(p)), "folder holds no .txt or .jsonl articles")
        elif is_article_name(path.name):
            why = _not_regular(path)
            yield InputError(safe_name(str(p)), why) if why else path
        else:
            yield InputError(safe_name(str(p)), f"not an article file: kg reads {' and '.join(ARTICLE_SUFFIXES)} "
                                                "files and folders")


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def _decode(where: str, data: bytes, line: int | None = None) -> str | InputError:
    """Text of a file (``line`` None) or of one line of a .jsonl file."""
    bom = _bom(data)
    if bom is not None:
        encoding, skip = bom
        try:
            return data[skip:].decode(encoding)
        except UnicodeDecodeError as e:
            return InputError(where, f"not {encoding.upper()} text although it starts with a {encoding.upper()} "
                                     f"byte-order mark (bad bytes at offset {e.start + skip})", line)
    if b"\x00" in data[:65536]:
        return InputError(where, "binary file, not text", line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        return InputError(where, f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); "
                                 "convert it with iconv -t UTF-8", line)


def read_articles(paths: Iterable[str | Path], max_bytes: int = MAX_ARTICLE_BYTES
                  ) -> Iterator[Document | InputError]:
    seen: dict[str, str] = {}
    roots: dict[Path, Path] = {}
    for item in discover(paths, roots):
        if isinstance(item, InputError):
            yield item
            continue
        reader = _read_jsonl if _suffix(item) == ".jsonl" else _read_txt
        for doc in reader(item, max_bytes):
            if isinstance(doc, Document):
                if doc.doc_id in seen and _suffix(item) == ".txt" and item in roots:
                    # two reports.txt in different folders: the second is named by its path in the folder
                    alt = safe_name(item.relative_to(roots[item]).with_suffix("").as_posix())
                    if alt not in seen:
                        doc = Document(doc_id=alt, text=doc.text, origin=doc.origin)
                if doc.doc_id in seen:
                    yield InputError(doc.origin, f"doc_id {doc.doc_id!r} was already read from {seen[doc.doc_id]}; "
                                                 "this copy is skipped")
                    continue
                seen[doc.doc_id] = doc.origin
            yield doc


def _read_txt(path: Path, max_bytes: int) -> Iterator[Document | InputError]:
    where = safe_name(str(path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(where, f"{size / 1e6:.1f} MB is too large for one article "
                                    f"(limit {max_bytes / 1e6:.1f} MB, --max-article-bytes); skipped")
            return
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as e:
        yield InputError(where, f"cannot read: {e.strerror}")
        return
    if not data.strip():
        yield InputError(where, "empty file")
        return
    text = _decode(where, data)
    if isinstance(text, InputError):
        yield text
        return
    body = clean(text)
    if not body.strip():
        yield InputError(where, "empty article (no text)")
        return
    yield Document(doc_id=safe_name(path.stem), text=body, origin=where)


def _jsonl_lines(path: Path, where: str) -> Iterator[tuple[int, bytes | str]]:
    """(line number, raw line) of a .jsonl file: bytes for UTF-8 (decoded line by line, so that one bad
    line costs only itself), text for a file with a UTF-16/32 byte-order mark (decoded whole)."""
    with open(path, "rb") as fh:
        head = fh.read(4)
        bom = _bom(head)
        fh.seek(0)
        if bom is not None and bom[0] != "utf-8":
            text = _decode(where, fh.read())
            if isinstance(text, InputError):
                raise _Unreadable(text)
            yield from enumerate(text.splitlines(keepends=True), 1)
            return
        for lineno, raw in enumerate(fh, 1):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            yield lineno, raw


class _Unreadable(Exception):
    def __init__(self, error: InputError):
        self.error = error


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Document | InputError]:
    where = safe_name(str(path))
    any_line = False
    try:
        for lineno, raw in _jsonl_lines(path, where):
            if not raw.strip():
                continue
            any_line = True
            size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
            if size > max_bytes:
                yield InputError(where, f"line is {size / 1e6:.1f} MB, too large for one article "
                                        f"(limit {max_bytes / 1e6:.1f} MB); skipped", lineno)
                continue
            line = _decode(where, raw, lineno) if isinstance(raw, bytes) else raw
            if isinstance(line, InputError):
                yield line
                continue
            yield from _record(path, where, lineno, line)
    except _Unreadable as e:
        yield e.error
        return
    except OSError as e:
        yield InputError(where, f"cannot read: {e.strerror}")
        return
    if not any_line:
        yield InputError(where, "empty file")


def _record(path: Path, where: str, lineno: int, line: str) -> Iterator[Document | InputError]:
    """The article of one .jsonl line (and the problems of its metadata)."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        yield InputError(where, f"not valid JSON ({e.msg} at column {e.colno}); line skipped", lineno)
        return
    except RecursionError:
        yield InputError(where, "not valid JSON (nested too deeply); line skipped", lineno)
        return
    if not isinstance(rec, dict):
        yield InputError(where, "a line must be a JSON object with a \"text\" field", lineno)
        return
    text = rec.get("text")
    if not isinstance(text, str):
        yield InputError(where, "no \"text\" string in this line", lineno)
        return
    body = clean(_text(text))
    if not body.strip():
        yield InputError(where, "empty article (no text)", lineno)
        return
    doc_id = rec.get("id")
    doc_id = _text(str(doc_id)).strip() if doc_id not in (None, "") else ""
    doc_id = doc_id or f"{safe_name(path.stem)}-{lineno}"
    date = _meta(rec, "date")
    if date:
        ok = valid_date(date)
        if ok is None:
            yield InputError(where, f"invalid date {date[:40]!r} (use YYYY-MM-DD or an ISO 8601 date and time); "
                                    "date ignored", lineno)
        date = ok or ""
    yield Document(doc_id=doc_id, text=body, title=_meta(rec, "title"), date=date,
                   source=_meta(rec, "source"), url=_meta(rec, "url"), origin=f"{where}:{lineno}")


def valid_date(value: str) -> str | None:
    """``value`` as kg stores it if it is a date (YYYY-MM-DD) or an ISO 8601 date and time
    (YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM], a space allowed for the T), else None."""
    value = value.strip()
    try:
        if _DATE_RE.fullmatch(value):
            _date.fromisoformat(value)
            return value
        if _DATETIME_RE.fullmatch(value):
            _datetime.fromisoformat(value.replace(",", ".").replace(" ", "T", 1))
            return value.replace(" ", "T", 1)
    except ValueError:
        return None
    return None


def _meta(rec: dict, key: str) -> str:
    v = rec.get(key)
    return clean_meta(_text(str(v))) if v not in (None, "") else ""


_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _text(s: str) -> str:
    """A JSON string as text: a lone surrogate escape (\\udc80), which no file can hold, becomes U+FFFD
    (one character for one: offsets are unchanged)."""
    return _LONE_SURROGATE_RE.sub("\ufffd", s) if _LONE_SURROGATE_RE.search(s) else s
