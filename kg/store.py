"""The knowledge graph as RDF: IRIs, quads per document, the Oxigraph store and SPARQL over it.

Layout of the dataset (named graphs, so one document's triples can be replaced alone):

* ``<…/graph/ontology>``  the OWL ontology (ontology/kg.ttl plus any relation a user lexicon adds);
* ``<…/graph/entities>``  one node per entity: type, English and Arabic labels, country, mentions;
* ``<…/doc/ID>``          per document: the document node, direct edges actor –relation→ target (events
  asserted or reported, and static facts), one ``kg:Event`` per event (its PLOVER type as a class:
  kg:Assault, kg:Protest …; roles kg:actor, kg:target, kg:place; kg:eventDate, kg:killedCount, kg:woundedCount,
  kg:mode, modality and provenance) and one ``kg:Fact`` per static fact (a post, a place in another).

The store is Oxigraph on disk (bulk-loaded with pyoxigraph); ``open_rdflib`` gives the same store as
an rdflib ``Dataset`` through oxrdflib. Queries run with the union of all graphs as default graph.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from urllib.parse import quote

from .model import STATIC_CLASSES, STATIC_RELATIONS, Entity

BASE = "https://w3id.org/kg-ar/"
KG = BASE + "ontology#"
ENTITY = BASE + "entity/"
DOC = BASE + "doc/"
EVENT = BASE + "event/"
GRAPH = BASE + "graph/"
ONTOLOGY_GRAPH = GRAPH + "ontology"
ENTITIES_GRAPH = GRAPH + "entities"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
WIKIDATA = "http://www.wikidata.org/entity/"

PREFIXES = {
    "kg": KG, "ent": ENTITY, "doc": DOC, "ev": EVENT, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": XSD, "dcterms": DCT, "skos": "http://www.w3.org/2004/02/skos/core#", "wd": WIKIDATA,
}

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FACTUAL = frozenset({"asserted", "reported"})   # modalities that also get a direct edge


def class_property(cls: str) -> str:
    """ATTACK -> attack, LOCATED_IN -> locatedIn: the class-level property name."""
    parts = cls.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def class_event(cls: str) -> str:
    return "".join(p.capitalize() for p in cls.lower().split("_")) + "Event"


def entity_iri(entity_id: str) -> str:
    return ENTITY + entity_id


def doc_iri(doc_id: str) -> str:
    return DOC + quote(doc_id, safe="-_.~")


def event_key(sentence: int, actor: str, relation: str, target: str) -> str:
    """The deterministic local name of an event in its document."""
    return hashlib.sha1(f"{sentence}|{actor}|{relation}|{target}".encode()).hexdigest()[:16]


# --- N-Quads writing (plain strings: fast and deterministic) --------------------------------------

def _lit(value: str, lang: str = "", dtype: str = "") -> str:
    v = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))
    if lang:
        return f'"{v}"@{lang}'
    if dtype:
        return f'"{v}"^^<{dtype}>'
    return f'"{v}"'


def _q(s: str, p: str, o: str, g: str) -> str:
    return f"<{s}> <{p}> {o} <{g}> .\n"


def document_quads(p: tuple) -> list[str]:
    """Every quad of one document's named graph, from its packed result (see kg.pipeline.pack)."""
    doc_id, title, date, source, url = p[0]
    mentions, triples = p[4], p[5]
    g = d = doc_iri(doc_id)
    out = [
        _q(d, RDF_TYPE, f"<{KG}Document>", g),
        _q(d, DCT + "identifier", _lit(doc_id), g),
        _q(d, KG + "contentHash", _lit(p[2]), g),
    ]
    date_lit = (_lit(date, dtype=XSD + "date") if _DATE_RE.match(date) else _lit(date)) if date else ""
    if title:
        out.append(_q(d, DCT + "title", _lit(title, "ar"), g))
    if date:
        out.append(_q(d, DCT + "date", date_lit, g))
    if source:
        out.append(_q(d, DCT + "publisher", _lit(source), g))
    if url:
        out.append(_q(d, KG + "url", _lit(url), g))
    for eid in dict.fromkeys(m[3] for m in mentions):
        out.append(_q(entity_iri(eid), KG + "mentionedIn", f"<{d}>", g))
    qdoc = quote(doc_id, safe="-_.~")
    for (sent, start, end, actor, rel, cls, target, modality, conf, evidence, trigger, src) in triples:
        a, b = entity_iri(actor), entity_iri(target)
        if modality in FACTUAL:     # a negated, future or conditional event is no fact: event node only
            out.append(_q(a, KG + rel, f"<{b}>", g))
        if cls not in STATIC_CLASSES and rel not in STATIC_RELATIONS:
            continue                # events are stored from the event records below
        # a static fact (a post, a place in another) with the sentence that states it
        e = f"{EVENT}{qdoc}/{event_key(sent, actor, rel, target)}"
        out += [
            _q(e, RDF_TYPE, f"<{KG}Fact>", g),
            _q(e, KG + "actor", f"<{a}>", g),
            _q(e, KG + "target", f"<{b}>", g),
            _q(e, KG + "relation", f"<{KG}{rel}>", g),
            _q(e, KG + "relationClass", _lit(cls), g),
        ] + _provenance(e, d, g, sent, start, end, evidence, modality, conf, trigger, src)
    for (eid, sent, start, end, trigger, etype, mode, rel, cls, actors, targets, places, edate, killed, wounded,
         modality, conf, evidence, src) in (p[7] if len(p) > 7 else ()):
        e = f"{EVENT}{qdoc}/e{eid.rsplit(':', 1)[-1]}"
        out += [
            _q(e, RDF_TYPE, f"<{KG}Event>", g),
            _q(e, RDF_TYPE, f"<{KG}{etype.capitalize()}>", g),
            _q(e, KG + "eventType", _lit(etype), g),
            _q(e, DCT + "identifier", _lit(eid), g),
        ]
        if mode:
            out.append(_q(e, KG + "mode", _lit(mode), g))
        if rel:
            out += [_q(e, KG + "relation", f"<{KG}{rel}>", g), _q(e, KG + "relationClass", _lit(cls), g)]
        for prop, role in (("actor", actors), ("target", targets), ("place", places)):
            for ent_id, text, *_ in role:
                out.append(_q(e, KG + prop, f"<{entity_iri(ent_id)}>", g))
        if edate and _DATE_RE.match(edate):
            out.append(_q(e, KG + "eventDate", _lit(edate, dtype=XSD + "date"), g))
        for prop, n in (("killedCount", killed), ("woundedCount", wounded)):
            if n is not None:
                out.append(_q(e, KG + prop, _lit(str(n), dtype=XSD + "integer"), g))
        out += _provenance(e, d, g, sent, start, end, evidence, modality, conf, trigger, src)
    return out


def _provenance(e, d, g, sent, start, end, evidence, modality, conf, trigger, src) -> list[str]:
    """Where an event or fact is said: its document, sentence, offsets, words, modality and source."""
    out = [
        _q(e, KG + "document", f"<{d}>", g),
        _q(e, KG + "sentence", _lit(str(sent), dtype=XSD + "integer"), g),
        _q(e, KG + "start", _lit(str(start), dtype=XSD + "integer"), g),
        _q(e, KG + "end", _lit(str(end), dtype=XSD + "integer"), g),
        _q(e, KG + "evidence", _lit(evidence, "ar"), g),
        _q(e, KG + "modality", _lit(modality), g),
        _q(e, KG + "confidence", _lit(f"{conf:.2f}", dtype=XSD + "decimal"), g),
    ]
    if trigger:
        out.append(_q(e, KG + "trigger", _lit(trigger, "ar"), g))
    if src:
        out.append(_q(e, KG + "reportedBy", f"<{entity_iri(src)}>", g))
    return out          # the article's date and publisher are on its document node (kg:document)


def entity_quads(ent: Entity, mentions: int, label_ar: str = "") -> list[str]:
    """The quads of one entity node in the entities graph."""
    g = ENTITIES_GRAPH
    s = entity_iri(ent.id)
    out = [
        _q(s, RDF_TYPE, f"<{KG}{ent.type}>", g),
        _q(s, RDFS_LABEL, _lit(ent.label_en, "en"), g),
        _q(s, RDFS_LABEL, _lit(label_ar or ent.label_ar, "ar"), g),
        _q(s, KG + "mentionCount", _lit(str(mentions), dtype=XSD + "integer"), g),
        _q(s, KG + "origin", _lit("text" if ent.origin == "text" else "lexicon"), g),
    ]
    for a in ent.aliases_ar:
        out.append(_q(s, SKOS_ALT, _lit(a, "ar"), g))
    for a in ent.aliases_en:
        out.append(_q(s, SKOS_ALT, _lit(a, "en"), g))
    if ent.country:
        out.append(_q(s, KG + "country", f"<{entity_iri(ent.country)}>", g))
    if ent.located_in:
        out.append(_q(s, KG + "locatedInPlace", f"<{entity_iri(ent.located_in)}>", g))
    if ent.metonym_of:
        out.append(_q(s, KG + "metonymOf", f"<{entity_iri(ent.metonym_of)}>", g))
    if ent.role_en:
        out.append(_q(s, KG + "role", _lit(ent.role_en, "en"), g))
    if ent.wikidata:
        out.append(_q(s, KG + "wikidata", f"<{WIKIDATA}{ent.wikidata}>", g))
    return out


def ontology_quads(ontology_ttl: Path, relations: dict[str, str]) -> list[str]:
    """kg.ttl as quads in the ontology graph, plus a declaration for each relation it lacks."""
    import pyoxigraph as ox
    from .labels import camel_words
    g = ox.NamedNode(ONTOLOGY_GRAPH)
    quads = [ox.Quad(t.subject, t.predicate, t.object, g)
             for t in ox.parse(path=str(ontology_ttl), format=ox.RdfFormat.TURTLE)]
    declared = {str(q.subject.value) for q in quads if isinstance(q.subject, ox.NamedNode)}
    out = [str(q) + " .\n" for q in quads]
    for rel, cls in sorted(relations.items()):
        iri = KG + rel
        if iri not in declared:
            out += [
                _q(iri, RDF_TYPE, "<http://www.w3.org/2002/07/owl#ObjectProperty>", ONTOLOGY_GRAPH),
                _q(iri, "http://www.w3.org/2000/01/rdf-schema#subPropertyOf", f"<{KG}{class_property(cls)}>",
                   ONTOLOGY_GRAPH),
                _q(iri, RDFS_LABEL, _lit(camel_words(rel), "en"), ONTOLOGY_GRAPH),
                _q(iri, KG + "relationClass", _lit(cls), ONTOLOGY_GRAPH),
            ]
    return out


# --- the Oxigraph store -----------------------------------------------------------------------

def update_store(store_dir: Path, spool, summary, lex, previous: Path | None, changed: set[str],
                 removed: list[str], ttl_path: Path | None = None,
                 ttl_prefix: tuple[Path, int] | None = None,
                 previous_shared: list[str] | None = None) -> tuple[int, int, str, int]:
    """Write the store into ``store_dir`` from the documents of ``spool`` (see StoreWriter, which also
    takes the documents one by one while they are extracted)."""
    writer = StoreWriter(store_dir, previous, changed, removed, ttl_path, ttl_prefix)
    for p in spool:
        writer.add(p)
    return writer.finish(summary, lex, previous_shared)


class StoreWriter:
    """Writes the store into ``store_dir``: a bulk load of everything, or (``previous`` given) a copy of
    the previous store in which only the changed and removed documents' graphs are replaced.
    With ``ttl_path``, also write the whole graph as Turtle there (in N-Triples form, a subset of
    Turtle), from the same generated statements: far cheaper than serialising the store afterwards.
    The documents' statements come first (``add``, one document at a time), then the entities and the
    ontology (``finish``); with ``ttl_prefix`` (an append-only build: the previous Turtle file and the
    length of its documents' part) that part is copied and the added documents are appended to it.
    With ``previous_shared`` (the previous build's entity and ontology quads), only the quads that
    differ are removed and added, instead of replacing those graphs whole."""

    def __init__(self, store_dir: Path, previous: Path | None = None, changed: set[str] = frozenset(),
                 removed: list[str] = (), ttl_path: Path | None = None,
                 ttl_prefix: tuple[Path, int] | None = None):
        import pyoxigraph as ox
        self.previous, self.changed = previous, changed
        if previous is None:
            self.store = ox.Store(str(store_dir))
            self.mode = "bulk"
        else:
            _link_copy(previous, store_dir)
            self.store = ox.Store(str(store_dir))
            for doc_id in sorted(changed | set(removed)):
                self.store.remove_graph(ox.NamedNode(doc_iri(doc_id)))
            self.mode = "incremental"
        self.loader = _ChunkedLoader(self.store, store_dir.parent / "load.nq")
        self.n = 0
        self.ttl = open(ttl_path, "wb") if ttl_path is not None else None
        if self.ttl is not None and ttl_prefix is not None:
            with open(ttl_prefix[0], "rb") as src:
                _copy_bytes(src, self.ttl, ttl_prefix[1])

    def add(self, p: tuple) -> None:
        """One document's packed result (kg.pipeline.pack)."""
        lines = document_quads(p)
        self.n += len(lines)
        if self.previous is None or p[0][0] in self.changed:
            self.loader.add(lines)
        if self.ttl is not None:
            self.ttl.write("".join(map(_as_triple, lines)).encode("utf-8"))

    def finish(self, summary, lex, previous_shared: list[str] | None = None) -> tuple[int, int, str, int]:
        """The entities and the ontology, then the store is flushed and closed. Returns (quads of the
        added documents, quads of entities and ontology, "bulk" | "incremental", bytes of the Turtle
        file's documents' part)."""
        import pyoxigraph as ox
        store, ttl = self.store, self.ttl
        if previous_shared is not None and any(" _:" in line or line.startswith("_:") for line in previous_shared):
            previous_shared = None  # blank nodes cannot be matched across builds: replace the graphs
        if self.previous is not None and previous_shared is None:
            for graph in (ENTITIES_GRAPH, ONTOLOGY_GRAPH):
                store.remove_graph(ox.NamedNode(graph))
        try:
            docs_bytes = ttl.tell() if ttl is not None else 0
            lines = _shared_quads(summary, lex)
            if self.previous is not None and previous_shared is not None:
                old, new = set(previous_shared), set(lines)
                gone = "".join(sorted(old - new)).encode("utf-8")
                if gone:
                    for q in list(ox.parse(gone, format=ox.RdfFormat.N_QUADS)):
                        store.remove(q)
                self.loader.add(sorted(new - old))
            else:
                self.loader.add(lines)
            if ttl is not None:
                ttl.write("".join(map(_as_triple, lines)).encode("utf-8"))
            self.loader.finish()
        finally:
            self.close()
        # no store.optimize(): after more than one bulk load its compaction was measured to double the
        # store on disk (60 -> 112 MB for 1,111 articles) without making the queries faster
        store.flush()
        self.store = None
        return self.n, len(lines), self.mode, docs_bytes

    def close(self) -> None:
        """Close the files (the store is left to the caller's clean-up on failure)."""
        if self.ttl is not None and not self.ttl.closed:
            self.ttl.close()
        self.loader.close()


class StreamedStore:
    """A StoreWriter fed from another thread: the build hands each document over as soon as it is
    extracted, and the bulk loader (Rust, without the interpreter lock) loads them while the workers
    still run, instead of all at once after them. ``finish`` waits for the documents, then finishes."""

    def __init__(self, writer: StoreWriter, depth: int = 64):
        import queue
        import threading
        self.writer = writer
        self.queue: queue.Queue = queue.Queue(depth)
        self.error: BaseException | None = None
        self.aborted = False
        self.done = False          # the end of the documents has been sent
        self.thread = threading.Thread(target=self._run, name="kg-store-feed", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (p := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.writer.add(p)
                except BaseException as exc:       # reported by finish(); the rest is drained
                    self.error = exc
        if self.error is None and not self.aborted:
            try:
                self.writer.loader.load()
            except BaseException as exc:
                self.error = exc

    def add(self, packed: tuple) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(packed)

    def documents_done(self) -> None:
        """No more documents: their statements are loaded now, in the thread, while the caller goes on
        (the entities and the ontology come in ``finish``)."""
        if not self.done:
            self.done = True
            self.queue.put(None)

    def finish(self, summary, lex) -> tuple[int, int, str, int]:
        self.documents_done()
        self.thread.join()
        if self.error is not None:
            self.writer.close()
            raise self.error
        return self.writer.finish(summary, lex)

    def abort(self) -> None:
        """Stop feeding (the build failed): the thread ends and the files are closed."""
        self.aborted = True
        self.documents_done()
        self.thread.join()
        self.writer.close()


def _copy_bytes(src, dst, n: int, block: int = 1 << 24) -> None:
    while n > 0:
        chunk = src.read(min(block, n))
        if not chunk:
            raise OSError("the previous graph.ttl is shorter than recorded")
        dst.write(chunk)
        n -= len(chunk)


class _ChunkedLoader:
    """Bulk-loads N-Quads in chunks of ``CHUNK`` statements: the bulk loader's memory grows with what
    it is given at once, so chunks keep the peak memory of a build flat however big the corpus."""

    CHUNK = 400_000

    def __init__(self, store, path: Path):
        self.store, self.path = store, path
        self.fh = open(path, "w", encoding="utf-8")
        self.pending = 0

    def add(self, lines: list[str]) -> None:
        self.fh.writelines(lines)
        self.pending += len(lines)
        if self.pending >= self.CHUNK:
            self.load()

    def load(self) -> None:
        """Bulk-load what was added since the last load."""
        import pyoxigraph as ox
        self.fh.close()
        if self.pending:
            self.store.bulk_load(path=str(self.path), format=ox.RdfFormat.N_QUADS)
        self.fh = open(self.path, "w", encoding="utf-8")
        self.pending = 0

    def finish(self) -> None:
        self.load()
        self.close()

    def close(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.path.unlink(missing_ok=True)


def _as_triple(quad_line: str) -> str:
    """An N-Quads line as an N-Triples line (the graph name dropped): also a Turtle statement."""
    return quad_line[: quad_line.rindex(" <")] + " .\n"


def _shared_quads(summary, lex) -> list[str]:
    """The entities graph and the ontology graph (rewritten by every build: they are small)."""
    from .lexicon import ONTOLOGY_DIR
    out = []
    for eid in sorted(summary.entities):
        out += entity_quads(summary.entities[eid], summary.mentions.get(eid, 0), summary.ar(eid))
    for doc_id, meta in sorted(summary.docs.items()):      # syndicated copies (kg.dedup)
        if meta.get("copy_of"):
            out.append(_q(doc_iri(doc_id), KG + "copyOf", f"<{doc_iri(meta['copy_of'])}>", ENTITIES_GRAPH))
    relations = {t.relation: t.cls for t in lex.triggers}
    relations.update({"roleIn": "AFFILIATION", "locatedIn": "LOCATED_IN", "holds": "CONTROL"})
    out += ontology_quads(ONTOLOGY_DIR / "kg.ttl", relations)
    return out


def _link_copy(src: Path, dst: Path) -> None:
    """A copy of a RocksDB folder that shares its immutable .sst files (hard links): O(1) in the
    store's size, and the original stays untouched (mutable files are copied)."""
    import shutil
    dst.mkdir(parents=True)
    for f in src.iterdir():
        if f.name == "LOCK":
            continue
        if f.suffix == ".sst":
            try:
                os.link(f, dst / f.name)
                continue
            except OSError:
                pass
        shutil.copy2(f, dst / f.name)


def open_store(store_dir: str | Path, read_only: bool = True):
    import pyoxigraph as ox
    path = str(store_dir)
    return ox.Store.read_only(path) if read_only else ox.Store(path)


def open_rdflib(store_dir: str | Path):
    """The store as an rdflib ``Dataset`` (Oxigraph backend via oxrdflib), union of all graphs."""
    from oxrdflib import OxigraphStore
    from rdflib import Dataset
    ds = Dataset(store=OxigraphStore(store=open_store(store_dir)), default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return ds
