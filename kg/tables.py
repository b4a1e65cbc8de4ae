"""The gzipped tab-separated tables of ``kg/models`` (English words, foreign letter n-grams, common Arabic
words): read row by row, a missing or damaged table an error that names it and the script that rebuilds it."""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from .errors import KgError


class TableError(KgError):
    """A table of ``kg/models`` is missing or damaged."""

    def __init__(self, path: Path, message: str):
        self.path, self.message = str(path), message
        super().__init__(f"{self.path}: {message}")

    def __reduce__(self):            # raised in a worker process, it travels back whole
        return type(self), (self.path, self.message)


def table_rows(path: Path, fields: int, hint: str, error: type[TableError] = TableError):
    """(line number, fields) of each row of a gzipped table, comment lines left out; ``error`` (with
    ``hint``, how to rebuild it) when it is missing, unreadable or a row has not ``fields`` fields."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        raise error(path, f"the table is missing; {hint}") from None
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as e:
        raise error(path, f"the table cannot be read ({e}); {hint}") from None
    for n, line in enumerate(lines, 1):
        if not line.startswith("#"):
            row = line.split("\t")
            if len(row) != fields:
                raise error(path, f"line {n}: expected {fields} tab-separated fields; {hint}")
            yield n, row
