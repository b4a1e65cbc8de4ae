"""Read articles from folders, ``.txt`` files (one article each) and ``.jsonl`` files (one per line).

``read_articles`` streams ``Document``s and, for input it cannot use, ``InputError``s (it never
raises for a bad file: the caller reports the error and goes on with the rest).
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .model import Document
from .text import clean

ARTICLE_SUFFIXES = (".txt", ".jsonl")
MAX_ARTICLE_BYTES = 2_000_000   # larger "articles" are dumps, not news; see --max-article-bytes


def discover(paths: Iterable[str | Path], roots: dict | None = None) -> Iterator[Path | InputError]:
    """The article files named by ``paths`` (folders are searched recursively, in sorted order).
    ``roots``, when given, receives each file's folder argument (for relative ids)."""
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield InputError(str(p), "no such file or folder")
            continue
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                        found = True
                        if roots is not None:
                            roots[Path(root) / name] = path
                        yield Path(root) / name
            if not found:
                yield InputError(str(p), "folder holds no .txt or .jsonl articles")
        elif path.suffix in ARTICLE_SUFFIXES:
            yield path
        else:
            yield InputError(str(p), f"not an article file: kg reads {' and '.join(ARTICLE_SUFFIXES)} files and folders")


def _decode(path: Path, data: bytes, line: int | None = None) -> str | InputError:
    if b"\x00" in data[:65536]:
        return InputError(str(path), "binary file, not text", line)
    try:
        return data.decode("utf-8-sig" if line is None else "utf-8")
    except UnicodeDecodeError as e:
        return InputError(str(path), f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); "
                                     "convert it with iconv -t UTF-8", line)


def read_articles(paths: Iterable[str | Path], max_bytes: int = MAX_ARTICLE_BYTES
                  ) -> Iterator[Document | InputError]:
    seen: dict[str, str] = {}
    roots: dict[Path, Path] = {}
    for item in discover(paths, roots):
        if isinstance(item, InputError):
            yield item
            continue
        reader = _read_jsonl if item.suffix == ".jsonl" else _read_txt
        for doc in reader(item, max_bytes):
            if isinstance(doc, Document):
                if doc.doc_id in seen and item.suffix == ".txt" and item in roots:
                    # two reports.txt in different folders: the second is named by its path in the folder
                    alt = item.relative_to(roots[item]).with_suffix("").as_posix()
                    if alt not in seen:
                        doc = Document(doc_id=alt, text=doc.text, origin=doc.origin)
                if doc.doc_id in seen:
                    yield InputError(doc.origin, f"doc_id {doc.doc_id!r} was already read from {seen[doc.doc_id]}; "
                                                 "this copy is skipped")
                    continue
                seen[doc.doc_id] = doc.origin
            yield doc


def _read_txt(path: Path, max_bytes: int) -> Iterator[Document | InputError]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(str(path), f"{size / 1e6:.1f} MB is too large for one article "
                                        f"(limit {max_bytes / 1e6:.1f} MB, --max-article-bytes); skipped")
            return
        data = path.read_bytes()
    except OSError as e:
        yield InputError(str(path), f"cannot read: {e.strerror}")
        return
    if not data.strip():
        yield InputError(str(path), "empty file")
        return
    text = _decode(path, data)
    if isinstance(text, InputError):
        yield text
        return
    body = clean(text)
    if not body:
        yield InputError(str(path), "empty article (no text)")
        return
    yield Document(doc_id=path.stem, text=body, origin=str(path))


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Document | InputError]:
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield InputError(str(path), f"cannot read: {e.strerror}")
        return
    any_line = False
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            any_line = True
            if len(raw) > max_bytes:
                yield InputError(str(path), f"line is {len(raw) / 1e6:.1f} MB, too large for one article "
                                            f"(limit {max_bytes / 1e6:.1f} MB); skipped", lineno)
                continue
            line = _decode(path, raw, lineno)
            if isinstance(line, InputError):
                yield line
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield InputError(str(path), f"not valid JSON ({e.msg} at column {e.colno}); line skipped", lineno)
                continue
            if not isinstance(rec, dict):
                yield InputError(str(path), "a line must be a JSON object with a \"text\" field", lineno)
                continue
            text = rec.get("text")
            if not isinstance(text, str):
                yield InputError(str(path), "no \"text\" string in this line", lineno)
                continue
            body = clean(text)
            if not body:
                yield InputError(str(path), "empty article (no text)", lineno)
                continue
            doc_id = rec.get("id")
            doc_id = str(doc_id).strip() if doc_id not in (None, "") else f"{path.stem}-{lineno}"
            yield Document(doc_id=doc_id, text=body, title=_meta(rec, "title"), date=_meta(rec, "date"),
                           source=_meta(rec, "source"), url=_meta(rec, "url"), origin=f"{path}:{lineno}")
    if not any_line:
        yield InputError(str(path), "empty file")


def _meta(rec: dict, key: str) -> str:
    v = rec.get(key)
    return clean(str(v)) if v not in (None, "") else ""
