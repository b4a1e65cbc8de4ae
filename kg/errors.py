"""kg's exceptions. The CLI prints them as one line on stderr, never a traceback."""
from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg reports to the user."""


class InputError(KgError):
    """An input file or line that cannot be read as an article."""

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class LexiconError(KgError):
    """A bad row in a lexicon or ontology file."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class OutputError(KgError):
    """The output directory cannot be written."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or run."""
