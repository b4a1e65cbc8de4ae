"""kg's command line: each command parses its arguments and calls one library function.

Heavy libraries (rdflib, pyoxigraph, networkx, camel-tools) are imported inside the commands so that
``kg --help`` starts at once.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Optional

import typer

from .errors import KgError

# rich_markup_mode=None: plain help, where a flag shows as a flag (rich help prints "--full <bool>", as if
# it took a value)
app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
                  help="kg turns Arabic news into a knowledge graph: who did what to whom, where, "
                       "according to which article.")
lexicon_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                          help="Check the lexicon files.")
app.add_typer(lexicon_app, name="lexicon")


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _fail(msg: str, code: int = 1) -> None:
    typer.echo(f"kg: error: {msg}", err=True)
    raise typer.Exit(code)


_BOOL_WORDS = {"true", "false", "yes", "no", "on", "off", "1", "0"}


def _flag_values(paths: list[Path], flags: tuple[str, ...]) -> None:
    """``--full true``: flags take no value, so "true" arrives as an input path; say so plainly."""
    for p in paths:
        if str(p).lower() in _BOOL_WORDS and not p.exists():
            _fail(f"{p}: no such file or folder ({', '.join(flags)} are flags: they take no value, "
                  f"write --full, not --full {p})")


class _Progress:
    """A one-line progress bar on stderr for long builds (only on a terminal)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.t0 = time.perf_counter()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.last < 0.2 and done != total:
            return
        self.last = now
        rate = done / max(now - self.t0, 1e-9)
        if total:
            frac = min(done / total, 1.0)
            bar = "#" * int(frac * 30)
            sys.stderr.write(f"\r  [{bar:<30}] {done}/{total} documents, {rate:.0f}/s ")
        else:
            sys.stderr.write(f"\r  {done} documents, {rate:.0f}/s ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


@app.command()
def build(
    paths: list[Path] = typer.Argument(..., metavar="PATH", help="Folders, .txt articles and .jsonl files (text, id, title, date, source, url)."),
    out: Path = typer.Option(Path("out"), "--out", "-o", metavar="DIR", help="Output folder."),
    lexicon: list[Path] = typer.Option([], "--lexicon", "-l", metavar="FILE", help="Extra lexicon file (entities, triggers, titles…); repeatable."),
    workers: int = typer.Option(0, "--workers", "-j", metavar="N", help="Worker processes (0: one per core)."),
    dask: bool = typer.Option(False, "--dask", help="Extract on a local Dask cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Extract on the Dask cluster at this address (tcp://HOST:PORT)."),
    store: Optional[str] = typer.Option(None, "--store", metavar="URL", help="Also write the graph into this SPARQL 1.1 server (http://HOST:PORT/…)."),
    max_article_bytes: int = typer.Option(2_000_000, "--max-article-bytes", metavar="N", help="Skip articles larger than this."),
    html_max_nodes: int = typer.Option(600, "--html-max-nodes", metavar="N", help="Most entities graph.html shows (the most mentioned)."),
    exports: str = typer.Option("csv,ttl,graphml,html", "--exports", metavar="LIST",
                                help="Files to write besides the store: any of csv, ttl, graphml, html."),
    full: bool = typer.Option(False, "--full", help="Ignore the cache of the previous build: extract everything again."),
    wait: bool = typer.Option(False, "--wait", help="If another build is writing to --out, wait for it instead of stopping."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors."),
) -> None:
    """Build the knowledge graph of PATHS into --out (events.csv, triples.csv, mentions.csv, store, graph.ttl/.graphml/.html)."""
    from .pipeline import build as run_build, count_articles
    _flag_values(paths, ("--full", "--dask", "--wait", "--quiet"))
    progress = _Progress(enabled=not quiet and sys.stderr.isatty())
    total = count_articles(paths) if progress.enabled else 0
    try:
        report = run_build(paths, out_dir=out, lexicon_files=lexicon, workers=workers if workers else None,
                           scheduler=scheduler or ("local" if dask else None), remote_store=store,
                           max_article_bytes=max_article_bytes, html_max_nodes=html_max_nodes,
                           exports=[e.strip() for e in exports.split(",") if e.strip()], incremental=not full,
                           on_error=lambda m: typer.echo(f"kg: error: {m}", err=True),
                           on_warning=lambda m: typer.echo(f"kg: warning: {m}", err=True),
                           on_progress=progress, total=total, wait=wait,
                           on_wait=lambda pid: typer.echo(f"kg: waiting for the build{f' (pid {pid})' if pid else ''} "
                                                          f"writing to {out}", err=True))
    except KgError as e:
        progress.close()
        _fail(str(e))
        return
    except KeyboardInterrupt:
        progress.close()
        _fail("interrupted; the previous output is intact", 130)
        return
    progress.close()
    if quiet:
        return
    typer.echo(f"Built {_n(report.documents, 'document')} ({_n(report.sentences, 'sentence')}) in "
               f"{report.seconds:.1f} s: {_n(report.entities, 'entity', 'entities')}, "
               f"{_n(report.mentions, 'mention')}, {_n(report.events, 'event')}, {_n(report.triples, 'triple')}.")
    if report.store_mode == "bulk" and report.relexicon:
        typer.echo("  The lexicon or kg changed since the last build: every document was extracted again.")
    if report.store_mode == "unchanged":
        typer.echo("  Nothing changed since the last build: the output is up to date.")
    elif report.unchanged or report.removed:
        typer.echo(f"  Incremental: {report.documents - report.unchanged:,} documents extracted, "
                   f"{report.unchanged:,} reused, {report.removed:,} removed.")
    if report.errors:
        typer.echo(f"  {len(report.errors)} input error(s) reported above; those inputs were skipped.")
    files = {"csv": "triples.csv  events.csv  mentions.csv", "ttl": "graph.ttl", "graphml": "graph.graphml", "html": "graph.html"}
    typer.echo("  " + "  ".join(f"{out}/{f}" for e in exports.split(",") if e.strip() in files
                                for f in files[e.strip()].split()) + f"  {out}/store/")
    if report.remote:
        typer.echo(f"  graph written to {report.remote}")
    if report.html_note:
        typer.echo(f"  graph.html: {report.html_note}")
    if "html" in exports:
        typer.echo(f"Open the graph: {report.html}")


@app.command()
def query(
    sparql: Optional[str] = typer.Argument(None, metavar="QUERY", help="A SPARQL query (kg:, ent:, rdfs:, dcterms: … are declared)."),
    file: Optional[Path] = typer.Option(None, "--file", "-f", metavar="FILE", help="Read the query from this file."),
    example: Optional[str] = typer.Option(None, "--example", "-e", metavar="NAME", help="Run a named example query (see --list)."),
    param: list[str] = typer.Option([], "--param", "-p", metavar="NAME=VALUE", help="A parameter of an example query; repeatable."),
    list_examples: bool = typer.Option(False, "--list", help="List the example queries."),
    store: str = typer.Option("out", "--store", "-s", metavar="DIR|URL", help="A built output folder, its store/ folder, or a SPARQL endpoint URL."),
    fmt: str = typer.Option("table", "--format", metavar="FORMAT", help="table, csv, json or tsv."),
    allow_service: bool = typer.Option(False, "--allow-service", help="Run federated queries (SERVICE <URL>), which send requests to other servers."),
) -> None:
    """Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against the store built by `kg build`."""
    from . import query as q
    if list_examples:
        for ex in q.examples().values():
            params = " ".join(f"--param {k}={v}" for k, v in ex.params.items())
            typer.echo(f"{ex.name:<20} {ex.description}" + (f"  [{params}]" if params else ""))
        return
    given = [x for x in (sparql, file, example) if x]
    if len(given) != 1:
        _fail("give exactly one of: a query, --file FILE, --example NAME (or --list)")
    try:
        if file:
            try:
                text = file.read_text(encoding="utf-8")
            except OSError as e:
                _fail(f"{file}: cannot read ({e.strerror})")
                return
            except UnicodeDecodeError as e:
                _fail(f"{file}: not UTF-8 text (byte 0x{e.object[e.start]:02x} at offset {e.start})")
                return
        params = {}
        for p in param:
            if "=" not in p:
                _fail(f"--param {p!r}: use NAME=VALUE")
            k, v = p.split("=", 1)
            params[k.strip()] = v
        target = store
        if not target.startswith(("http://", "https://")):
            if (Path(target) / "store").is_dir():
                target = str(Path(target) / "store")
            elif store == "out" and not Path(target).exists() and Path("store").is_dir():
                target = "store"          # run from inside the output folder
        if example:
            notes: list[str] = []
            text = q.example_query(example, params, store=target, notes=notes)
            for note in notes:
                typer.echo(f"kg: note: {note}", err=True)
        elif file is None:
            text = sparql
        res = q.run_query(target, text, allow_service=allow_service)
        labels = None
        if fmt == "table":
            iris = {c[1] for row in res.rows for c in row if c is not None and c[0] == "iri"}
            labels = q.labels_for(target, iris)
        typer.echo(q.format_result(res, fmt, labels))
    except KgError as e:
        _fail(str(e))


@app.command()
def explain(
    text: str = typer.Argument(..., help="Arabic text (or @FILE to read it from a file)."),
    lexicon: list[Path] = typer.Option([], "--lexicon", "-l", help="Extra lexicon file; repeatable."),
) -> None:
    """Show what kg recognises in TEXT (entities, triggers, words) and the triples it extracts."""
    from .explain import explain as run_explain
    from .lexicon import load_lexicon
    try:
        if text.startswith("@"):
            text = Path(text[1:]).read_text(encoding="utf-8")
        if not text.strip():
            _fail("no text to explain")
        typer.echo(run_explain(text, load_lexicon(lexicon)))
    except OSError as e:
        _fail(f"{text[1:]}: cannot read ({e.strerror})")
    except UnicodeDecodeError as e:
        _fail(f"{text[1:]}: not UTF-8 text (byte 0x{e.object[e.start]:02x} at offset {e.start})")
    except KgError as e:
        _fail(str(e))


@lexicon_app.command("check")
def lexicon_check(files: list[Path] = typer.Argument(None, help="Extra lexicon files to check with the shipped ones.")) -> None:
    """Load and validate the lexicon (ontology/ plus FILES); report the first bad row with its file and line."""
    from .lexicon import load_lexicon
    try:
        lex = load_lexicon(files or (), cache=False)
    except KgError as e:
        _fail(str(e))
        return
    by_type: dict[str, int] = {}
    for e in lex.entities.values():
        by_type[e.type] = by_type.get(e.type, 0) + 1
    typer.echo(f"OK: {len(lex.entities):,} entities ({', '.join(f'{k} {v}' for k, v in sorted(by_type.items()))}), "
               f"{len(lex.triggers)} trigger rows, {len(lex.titles)} titles, {len(lex.place_nouns)} place nouns, "
               f"{len(lex.anaphors)} anaphors; {len(lex.automaton):,} surface forms.")


def main() -> None:  # python -m kg
    app(prog_name="kg")


if __name__ == "__main__":
    main()
