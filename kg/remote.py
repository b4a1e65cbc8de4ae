"""The graph on a SPARQL 1.1 server: write with SPARQL 1.1 Update, read with the SPARQL 1.1 Protocol.

``kg build --store URL`` replaces, in the server, the named graph of every new or changed document,
drops the graphs of removed documents, and rewrites the entities and ontology graphs, in batched
``DROP SILENT GRAPH`` / ``INSERT DATA`` requests. ``kg query --store URL`` posts the query and reads
the JSON results. Only the standard protocols are used, so any SPARQL 1.1 server works; the URL
names the server the way it names its endpoints:

=====================  ==================================  ==================================
URL given              query endpoint                      update endpoint
=====================  ==================================  ==================================
…/sparql (Virtuoso)    the URL                             the URL
…/repositories/NAME    the URL                             URL/statements  (GraphDB, RDF4J)
anything else          URL/query                           URL/update      (Oxigraph, Fuseki /ds)
=====================  ==================================  ==================================

kg's queries read the union of all graphs as the default graph: Oxigraph needs
``--union-default-graph``, Fuseki ``tdb2:unionDefaultGraph true``; GraphDB and Virtuoso do so by default.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from .errors import KgError, QueryError

BATCH_QUADS = 20_000
TIMEOUT = 120


def check_url(url: str) -> None:
    """A one-line KgError unless ``url`` can name a SPARQL server (http(s)://HOST[:PORT][/…])."""
    try:
        parts = urllib.parse.urlparse(url)
        parts.port                      # a bad port raises ValueError
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise KgError(f"--store {url!r}: not a SPARQL server URL; give http://HOST:PORT/… "
                      "(kg build always writes the local store in --out)")


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str

    @classmethod
    def from_url(cls, url: str) -> "Endpoints":
        base = url.rstrip("/")
        path = urllib.parse.urlparse(base).path
        if path.endswith("/sparql"):
            return cls(base, base)
        if "/repositories/" in path:
            return cls(base, base + "/statements")
        for suffix in ("/query", "/update"):
            if base.endswith(suffix):
                base = base[: -len(suffix)]
        return cls(base + "/query", base + "/update")


def _post(url: str, body: str, content_type: str, accept: str = "*/*") -> bytes:
    req = urllib.request.Request(url, data=body.encode("utf-8"), method="POST",
                                 headers={"Content-Type": content_type + "; charset=utf-8", "Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            return resp.read()
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace").strip().splitlines()
        raise _HTTPError(e.code, " ".join(detail)[:500] or e.reason) from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise KgError(f"{url}: cannot reach the SPARQL server ({reason})") from None


class _HTTPError(KgError):
    def __init__(self, code: int, message: str):
        self.code = code
        super().__init__(f"HTTP {code}: {message}")


def update(endpoints: Endpoints, sparql: str) -> None:
    try:
        _post(endpoints.update, sparql, "application/sparql-update")
    except _HTTPError as e:
        raise KgError(f"{endpoints.update}: the server refused the update ({e})") from None


def push_to_remote(url: str, spool, summary, lex, changed: set[str], removed: list[str], full: bool) -> None:
    """Replace the changed documents' graphs (all of them when ``full``) and the shared graphs."""
    from .store import ENTITIES_GRAPH, ONTOLOGY_GRAPH, _shared_quads, doc_iri, document_quads
    ep = Endpoints.from_url(url)
    drops = [doc_iri(d) for d in sorted(set(removed))]
    batch: list[str] = []
    batch_graphs: list[str] = []

    def flush() -> None:
        if not batch and not batch_graphs:
            return
        parts = [f"DROP SILENT GRAPH <{g}>" for g in batch_graphs]
        if batch:
            parts.append("INSERT DATA { " + "".join(batch) + " }")
        update(ep, " ;\n".join(parts))
        batch.clear()
        batch_graphs.clear()

    for g in drops:
        batch_graphs.append(g)
    for p in spool:
        doc_id = p[0][0]
        if not full and doc_id not in changed:
            continue
        batch_graphs.append(doc_iri(doc_id))
        batch.extend(_as_graph_block(document_quads(p)))
        if len(batch) >= BATCH_QUADS:
            flush()
    flush()
    batch_graphs += [ENTITIES_GRAPH, ONTOLOGY_GRAPH]
    flush()
    for block in _chunked(_as_graph_block(_shared_quads(summary, lex)), BATCH_QUADS):
        batch.extend(block)
        flush()


def _as_graph_block(quads: list[str]) -> list[str]:
    """N-Quads lines as ``GRAPH <g> { s p o . }`` pieces for INSERT DATA."""
    out = []
    for line in quads:
        body, _, graph = line.rstrip(" .\n").rpartition(" <")
        out.append(f"GRAPH <{graph} {{ {body} . }} ")
    return out


def _chunked(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def remote_query(url: str, sparql: str, user_sparql: str | None = None):
    """Run a query on the server; results as kg.query.QueryResult."""
    from .query import QueryResult, _syntax_message
    ep = Endpoints.from_url(url)
    try:
        raw = _post(ep.query, sparql, "application/sparql-query",
                    accept="application/sparql-results+json, application/n-triples;q=0.5")
    except _HTTPError as e:
        if e.code == 400:
            detail = str(e).removeprefix("HTTP 400: ")
            raise QueryError(_syntax_message(detail, user_sparql or sparql)) from None
        raise QueryError(f"{ep.query}: {e}") from None
    try:
        data = json.loads(raw)
    except ValueError:
        rows = [line.rstrip(" .").split(" ", 2) for line in raw.decode("utf-8").splitlines() if line.strip()]
        return QueryResult(["subject", "predicate", "object"],
                           [[("literal", c, "") for c in r] for r in rows])
    if "boolean" in data:
        return QueryResult(["result"], [[("literal", str(data["boolean"]).lower(), "")]], bool(data["boolean"]))
    cols = data["head"]["vars"]
    rows = []
    for b in data["results"]["bindings"]:
        row = []
        for c in cols:
            v = b.get(c)
            if v is None:
                row.append(None)
            elif v["type"] == "uri":
                row.append(("iri", v["value"], ""))
            elif v["type"] == "bnode":
                row.append(("bnode", v["value"], ""))
            else:
                extra = "@" + v["xml:lang"] if "xml:lang" in v else v.get("datatype", "")
                if extra.endswith("#string"):
                    extra = ""
                row.append(("literal", v["value"], extra))
        rows.append(row)
    return QueryResult(cols, rows)
