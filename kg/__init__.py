"""kg: turn Arabic news into a knowledge graph (who did what to whom, where, according to which article).

The library API; the ``kg`` command is a thin layer over it::

    import kg
    report = kg.build(["seeds/"], out_dir="out")
    rows = kg.run_query("out/store", "SELECT ?a ?t WHERE { ?a kg:attacked ?t }")
"""
from .errors import InputError, KgError, LexiconError, OutputError, QueryError
from .model import Document, DocResult, Entity, Mention, Sentence, Triple

__version__ = "0.1.0"


def build(*args, **kwargs):
    """See ``kg.pipeline.build``."""
    from .pipeline import build as _build
    return _build(*args, **kwargs)


def run_query(store, sparql, **kwargs):
    """See ``kg.query.run_query`` (read-only; ``allow_service=True`` permits SERVICE)."""
    from .query import run_query as _run
    return _run(store, sparql, **kwargs)


def load_lexicon(extra=(), **kwargs):
    """See ``kg.lexicon.load_lexicon``."""
    from .lexicon import load_lexicon as _load
    return _load(extra, **kwargs)


__all__ = ["build", "run_query", "load_lexicon", "Document", "DocResult", "Entity", "Mention", "Sentence",
           "Triple", "KgError", "InputError", "LexiconError", "OutputError", "QueryError"]
