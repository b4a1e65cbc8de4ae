"""SPARQL over a built store (a local Oxigraph folder or a SPARQL 1.1 endpoint URL).

Common prefixes are declared for the user; named example queries ship in ``kg/queries/*.rq``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import QueryError
from .store import PREFIXES

QUERIES_DIR = Path(__file__).parent / "queries"
_PARAM_RE = re.compile(r"\{\{(\w+)\}\}")


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list]          # cells: None, or (kind, value, lang_or_datatype) with kind iri|literal|bnode
    boolean: bool | None = None


def with_prefixes(sparql: str) -> str:
    """Declare kg's common prefixes unless the query declares them itself."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*prefix\s+(\w*):", sparql)}
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p.lower() not in declared)
    return head + sparql


def _prefix_lines() -> int:
    return len(PREFIXES)


# SPARQL text with its strings, IRIs and comments blanked out: what is left are keywords and variables
_LEXEME_RE = re.compile(r"""'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'"""
                        r"""|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>|#[^\n]*""")
_PROLOGUE_RE = re.compile(r"\A\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*<>\s*)*", re.I)
_UPDATE_RE = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_SERVICE_RE = re.compile(r"(?<![\w?$:])SERVICE\b", re.I)


def _keywords(sparql: str) -> str:
    return _LEXEME_RE.sub(lambda m: "<>" if m.group()[0] == "<" else " ", sparql)


def check_read_only(sparql: str, allow_service: bool = False) -> None:
    """QueryError for what ``kg query`` does not run: SPARQL Update (it is read-only) and, unless
    ``allow_service``, federated queries (SERVICE sends a request to another server)."""
    text = _keywords(sparql)
    m = _UPDATE_RE.match(text, _PROLOGUE_RE.match(text).end())
    if m:
        raise QueryError(f"kg query is read-only: {m.group(1).upper()} is SPARQL Update, which it does not run "
                         "(it answers SELECT, ASK, CONSTRUCT and DESCRIBE queries; rebuild with kg build to "
                         "change the graph)")
    if not allow_service and _SERVICE_RE.search(text):
        raise QueryError("the query has a SERVICE clause (a federated query, which sends a request to another "
                         "server); kg query runs it only with --allow-service")


def run_query(store: str | Path, sparql: str, allow_service: bool = False) -> QueryResult:
    """Run a SELECT / ASK / CONSTRUCT / DESCRIBE query against a store folder or an http(s) endpoint.
    Update requests are refused, and so are federated queries (SERVICE) unless ``allow_service``."""
    check_read_only(sparql, allow_service)
    full = with_prefixes(sparql)
    if str(store).startswith(("http://", "https://")):
        from .remote import remote_query
        return remote_query(str(store), full, sparql)
    import pyoxigraph as ox
    path = Path(store)
    if not path.is_dir() or not any(path.iterdir()):
        raise QueryError(f"{store}: no kg store here; run `kg build` first (or give --store DIR)")
    try:
        st = ox.Store.read_only(str(path))
    except OSError as e:
        raise QueryError(f"{store}: cannot open the store ({e})") from None
    try:
        res = st.query(full, use_default_graph_as_union=True)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult(["result"], [[("literal", str(bool(res)).lower(), "")]], bool(res))
        if isinstance(res, ox.QuerySolutions):   # solutions are computed while read: errors come here too
            cols = [v.value for v in res.variables]
            rows = [[_cell(sol[c]) for c in cols] for sol in res]
            return QueryResult(cols, rows)
        rows = [[_cell(t.subject), _cell(t.predicate), _cell(t.object)] for t in res]
        return QueryResult(["subject", "predicate", "object"], rows)
    except SyntaxError as e:
        raise QueryError(_syntax_message(str(e), sparql)) from None
    except (OSError, ValueError, RuntimeError, TypeError) as e:
        raise QueryError(f"query failed: {' '.join(str(e).split())}") from None


def _syntax_message(msg: str, sparql: str) -> str:
    """Oxigraph's parse error with the position moved back to the user's own query text."""
    if "Prefix not found" in msg:
        used = set(re.findall(r"(?<![\w:<])([A-Za-z][\w-]*):\w", sparql))
        unknown = sorted(used - set(PREFIXES) - {p for p in re.findall(r"(?im)^\s*prefix\s+(\w*):", sparql)})
        name = f"{unknown[0]}:" if unknown else "a prefix"
        return (f"SPARQL syntax error: unknown prefix {name} — declare it (PREFIX {name} <…>) or use one "
                f"kg declares: {' '.join(p + ':' for p in PREFIXES)}")
    m = re.search(r"(\d+):(\d+)", msg)
    offset = _prefix_lines()
    if m:
        line, col = int(m.group(1)) - offset, int(m.group(2))
        if line >= 1:
            lines = sparql.splitlines() or [""]
            src = lines[line - 1] if line - 1 < len(lines) else ""
            caret = " " * max(col - 1, 0) + "^"
            detail = re.sub(r"^error at \S+\s*:?\s*", "", msg).strip()
            return f"SPARQL syntax error at line {line}, column {col}: {detail}\n  {src}\n  {caret}"
    return f"SPARQL syntax error: {msg}"


def _cell(term):
    if term is None:
        return None
    import pyoxigraph as ox
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value, "")
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value, "")
    if isinstance(term, ox.Literal):
        if term.language:
            return ("literal", term.value, "@" + term.language)
        dt = term.datatype.value if term.datatype is not None else ""
        return ("literal", term.value, "" if dt.endswith("#string") else dt)
    return ("literal", str(term), "")


# --- examples -------------------------------------------------------------------------------------

@dataclass
class Example:
    name: str
    description: str
    params: dict[str, str]        # name -> default value
    sparql: str
    entities: frozenset = frozenset()   # the params that name an entity (see kg.names)


def examples() -> dict[str, Example]:
    """The example queries in kg/queries/*.rq. A ``# param: NAME = DEFAULT`` line declares a string
    parameter (``{{NAME}}`` becomes a SPARQL string); ``# entity: NAME = DEFAULT`` one that names an
    entity: ``{{NAME}}`` becomes the IRIs of every entity with that name (for ``VALUES ?x { {{NAME}} }``),
    or UNDEF (any entity) when it is empty."""
    out = {}
    for p in sorted(QUERIES_DIR.glob("*.rq")):
        text = p.read_text(encoding="utf-8")
        desc, params, entities = "", {}, set()
        for line in text.splitlines():
            m = re.match(r"#\s*description:\s*(.*)", line)
            if m:
                desc = m.group(1).strip()
            m = re.match(r"#\s*(param|entity):\s*(\w+)\s*=\s*(.*)", line)
            if m:
                params[m.group(2)] = m.group(3).strip()
                if m.group(1) == "entity":
                    entities.add(m.group(2))
        out[p.stem] = Example(p.stem, desc, params, text, frozenset(entities))
    return out


def sparql_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def example_query(name: str, params: dict[str, str], store: str | Path | None = None,
                  notes: list[str] | None = None) -> str:
    """The SPARQL text of an example with its parameters filled in. Entity parameters are looked up in
    ``store`` (any English or Arabic name; see kg.names); ``notes`` receives a line when a name was
    matched only in part (a surname, some words of a longer name)."""
    ex = examples().get(name)
    if ex is None:
        raise QueryError(f"no example query named {name!r}; `kg query --list` lists them")
    unknown = set(params) - set(ex.params)
    if unknown:
        raise QueryError(f"example {name!r} takes no parameter {', '.join(sorted(unknown))}"
                         + (f"; it takes {', '.join(ex.params)}" if ex.params else ""))
    values = {**ex.params, **params}
    filled = {}
    index = None
    for k, v in values.items():
        if k not in ex.entities:
            filled[k] = sparql_string(v)
        elif not v.strip():
            filled[k] = "UNDEF"
        else:
            if index is None:
                if store is None:
                    raise QueryError(f"example {name!r} needs a store to look up --param {k}={v}")
                index = name_index(store)
            iris, how = index.resolve(v)
            if not iris:
                close = index.close_names(v)
                raise QueryError(f"--param {k}={v}: no entity of this graph has that name"
                                 + (f"; close: {', '.join(close)}" if close else ""))
            if how != "name" and notes is not None:
                shown = [index.label.get(i, i) for i in iris]
                notes.append(f"{k}={v!r} matched {', '.join(shown[:8])}{' …' if len(shown) > 8 else ''} "
                             f"(by {'surname' if how == 'surname' else 'part of the name'})")
            filled[k] = " ".join(f"<{i}>" for i in iris)
    return _PARAM_RE.sub(lambda m: filled.get(m.group(1), '""'), ex.sparql)


def name_index(store: str | Path):
    """Every English and Arabic label and alias of the entities in ``store``."""
    from .names import NameIndex
    q = ("SELECT ?e ?l ?k ?person WHERE { ?e kg:mentionCount ?n . { ?e rdfs:label ?l BIND(1 AS ?k) } "
         "UNION { ?e skos:altLabel ?l BIND(2 AS ?k) } BIND(EXISTS { ?e a kg:Person } AS ?person) }")
    index = NameIndex()
    for e, l, k, person in run_query(store, q).rows:
        if e is not None and l is not None:
            index.add(e[1], l[1], english_label=k is not None and k[1] == "1" and l[2] == "@en",
                      person=person is not None and person[1] == "true")
    return index


# --- presentation ---------------------------------------------------------------------------------

def labels_for(store: str | Path, iris: set[str]) -> dict[str, str]:
    """English labels (else Arabic, else a short name) of IRIs, for the table view."""
    if not iris:
        return {}
    out = {}
    values = " ".join(f"<{i}>" for i in sorted(iris) if ">" not in i and " " not in i)
    q = ("SELECT ?s ?l WHERE { VALUES ?s { " + values + " } ?s rdfs:label ?l } ORDER BY ?s")
    try:
        res = run_query(store, q)
    except QueryError:
        return {}
    ranked: dict[str, tuple] = {}
    for s, l in res.rows:
        if s is None or l is None:
            continue
        rank = 0 if l[2] == "@en" else 1 if l[2] == "@ar" else 2
        if s[1] not in ranked or rank < ranked[s[1]][0]:
            ranked[s[1]] = (rank, l[1])
    for iri in iris:
        out[iri] = ranked[iri][1] if iri in ranked else _short(iri)
    return out


def _short(iri: str) -> str:
    for p, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{p}:{iri[len(ns):]}"
    return iri


def format_result(res: QueryResult, fmt: str = "table", labels: dict[str, str] | None = None) -> str:
    if fmt == "json":
        return json.dumps({"columns": res.columns, "rows": [
            {c: _json_value(v) for c, v in zip(res.columns, row)} for row in res.rows]},
            ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        import csv
        import io
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(res.columns)
        for row in res.rows:
            w.writerow(["" if v is None else v[1] for v in row])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}: use table, csv, json or tsv")
    labels = labels or {}
    cells = [[_table_cell(v, labels) for v in row] for row in res.rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(res.columns)]
    widths = [min(w, 70) for w in widths]
    lines = [" | ".join(_pad(c, widths[i]) for i, c in enumerate(res.columns)),
             "-+-".join("-" * w for w in widths)]
    for r in cells:
        lines.append(" | ".join(_pad(_clip(c, widths[i]), widths[i]) for i, c in enumerate(r)).rstrip())
    lines.append(f"({len(res.rows)} row{'s' if len(res.rows) != 1 else ''})")
    return "\n".join(lines)


_NUMERIC = ("integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger")


def _json_value(v):
    """Typed numbers as JSON numbers (COUNT(*) is 3, not "3"); everything else as its string value."""
    if v is None:
        return None
    if v[0] == "literal" and v[2].startswith("http://www.w3.org/2001/XMLSchema#") and \
            v[2].rsplit("#", 1)[1] in _NUMERIC:
        try:
            f = float(v[1])
            return int(f) if f.is_integer() and "." not in v[1] and "e" not in v[1].lower() else f
        except ValueError:
            return v[1]
    return v[1]


def _table_cell(v, labels: dict[str, str]) -> str:
    if v is None:
        return ""
    if v[0] == "iri":
        return labels.get(v[1]) or _short(v[1])
    return " ".join(v[1].split())


def _width(s: str) -> int:
    import unicodedata
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _clip(s: str, w: int) -> str:
    if _width(s) <= w:
        return s
    out = ""
    for ch in s:
        if _width(out + ch) > w - 1:
            break
        out += ch
    return out + "…"


def _pad(s: str, w: int) -> str:
    return s + " " * max(0, w - _width(s))
