"""The RDF side: ontology coverage, the Oxigraph store through rdflib, Turtle and GraphML round-trips."""
import csv
import re

import networkx as nx
import pytest
import rdflib

from kg.export import MENTION_COLUMNS, TRIPLE_COLUMNS
from kg.lexicon import ONTOLOGY_DIR
from kg.store import KG, open_rdflib


def test_ontology_loads_and_declares_every_term_the_data_uses(seeds_out):
    out, _ = seeds_out
    onto = rdflib.Graph().parse(ONTOLOGY_DIR / "kg.ttl")
    declared = {str(s) for s in onto.subjects()}
    data = rdflib.Graph().parse(out / "graph.ttl")
    used = set()
    for s, p, o in data:
        for term in (p, o if p == rdflib.RDF.type else None):
            if term is not None and str(term).startswith(KG):
                used.add(str(term))
    missing = used - declared
    assert not missing, missing


def test_shipped_relations_are_declared_under_their_class(lex):
    onto = rdflib.Graph().parse(ONTOLOGY_DIR / "kg.ttl")
    kg = rdflib.Namespace(KG)
    for t in lex.triggers:
        supers = set(onto.objects(kg[t.relation], rdflib.RDFS.subPropertyOf))
        assert supers, f"{t.relation} ({t.origin}) is not declared in kg.ttl"
        cls = set(onto.objects(next(iter(supers)), kg.relationClass))
        assert {str(c) for c in cls} == {t.cls}, t.relation


def test_ontology_labels_are_bilingual():
    onto = rdflib.Graph().parse(ONTOLOGY_DIR / "kg.ttl")
    for cls in onto.subjects(rdflib.RDF.type, rdflib.OWL.Class):
        langs = {l.language for l in onto.objects(cls, rdflib.RDFS.label)}
        assert {"en", "ar"} <= langs, cls


def test_store_opens_in_rdflib_and_answers_sparql(seeds_out):
    out, report = seeds_out
    ds = open_rdflib(out / "store")
    rows = list(ds.query("SELECT ?t WHERE { ent:isis kg:attacked ?t }"))
    assert rows
    # the same store through rdflib's triple API: direct edges and event nodes
    isis = rdflib.URIRef("https://w3id.org/kg-ar/entity/isis")
    assert list(ds.triples((isis, None, None)))
    n_events = len(list(ds.query("SELECT ?e WHERE { ?e a kg:Event }")))
    assert n_events == report.events
    # each event is also an instance of its PLOVER type
    assert list(ds.query("SELECT ?e WHERE { ?e a kg:Assault ; kg:eventType 'ASSAULT' }"))


def test_every_edge_has_its_event_or_fact(seeds_out):
    out, _ = seeds_out
    ds = open_rdflib(out / "store")
    # a direct edge a –relation→ b is an asserted or reported event (or a fact) with that relation and
    # both as parties (the parties of a joint agreement are bound to each other); negated, future and
    # hypothetical events are event nodes only
    q = """SELECT ?a ?r ?b WHERE { ?r kg:relationClass ?c . ?a ?r ?b . FILTER(isIRI(?b))
                                   FILTER NOT EXISTS { ?e kg:relation ?r ; kg:modality ?m ; ?p1 ?a ; ?p2 ?b .
                                                        FILTER(?p1 IN (kg:actor, kg:target) && ?p2 IN (kg:actor, kg:target))
                                                        FILTER(?m IN ("asserted", "reported")) } }"""
    assert list(ds.query(q)) == []
    q2 = """SELECT ?e WHERE { { ?e a kg:Event } UNION { ?e a kg:Fact } FILTER NOT EXISTS { ?e kg:document ?d ;
            kg:evidence ?ev ; kg:start ?s ; kg:end ?n ; kg:modality ?m ; kg:confidence ?c } }"""
    assert list(ds.query(q2)) == []
    # events keep their place, date and casualty figures
    assert list(ds.query("SELECT ?e WHERE { ?e a kg:Event ; kg:place ?p }"))


def test_turtle_round_trip(seeds_out):
    out, _ = seeds_out
    g = rdflib.Graph().parse(out / "graph.ttl")
    ds = open_rdflib(out / "store")
    distinct = int(next(iter(ds.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")))[0])
    assert len(g) == distinct
    # Arabic survives
    labels = {str(o) for o in g.objects(rdflib.URIRef("https://w3id.org/kg-ar/entity/isis"), rdflib.RDFS.label)}
    assert "تنظيم الدولة الإسلامية" in labels


def test_graphml_round_trip(seeds_out):
    out, _ = seeds_out
    g = nx.read_graphml(out / "graph.graphml")
    assert g.number_of_nodes() > 20 and g.number_of_edges() > 20
    for _, data in g.nodes(data=True):
        assert {"label", "label_ar", "type", "mentions"} <= set(data)
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
    isis = g.nodes["https://w3id.org/kg-ar/entity/isis"]
    assert isis["label_ar"] == "تنظيم الدولة الإسلامية"
    for *_, data in g.edges(data=True):
        assert data["relation_class"] and data["evidence"]


def test_contract_files(seeds_out):
    out, report = seeds_out
    from kg.read import read_articles
    from .conftest import SEEDS
    docs = {d.doc_id: d.text for d in read_articles([SEEDS])}
    with open(out / "triples.csv", encoding="utf-8") as fh:
        r = csv.DictReader(fh)
        assert tuple(r.fieldnames) == TRIPLE_COLUMNS
        rows = list(r)
    assert len(rows) == report.triples
    for row in rows:
        assert docs[row["doc_id"]][int(row["start"]):int(row["end"])] == row["evidence"]
        assert row["modality"] in ("asserted", "negated", "future", "hypothetical", "reported")
        assert 0 < float(row["confidence"]) <= 1
        assert row["actor_id"].startswith("https://w3id.org/kg-ar/entity/")
    with open(out / "mentions.csv", encoding="utf-8") as fh:
        r = csv.DictReader(fh)
        assert tuple(r.fieldnames) == MENTION_COLUMNS
        for row in r:
            assert docs[row["doc_id"]][int(row["start"]):int(row["end"])] == row["text"]


def test_html_has_no_network_references(seeds_out):
    out, _ = seeds_out
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<script src" not in html and "<link" not in html


def test_one_node_per_entity_across_documents(seeds_out):
    out, _ = seeds_out
    with open(out / "triples.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    by_label = {}
    for row in rows:
        for side in ("actor", "target"):
            by_label.setdefault(row[f"{side}_ar"], set()).add(row[f"{side}_id"])
    assert all(len(ids) == 1 for ids in by_label.values())
    docs_with_isis = {r["doc_id"] for r in rows if r["actor_id"].endswith("/isis")}
    assert len(docs_with_isis) >= 3


def test_html_evidence_is_capped_but_keeps_every_modality():
    from kg.export import _some_evidence
    ev = [{"modality": "reported", "n": i} for i in range(10)] + [{"modality": "negated", "n": 10}]
    assert _some_evidence(ev, None) == ev
    some = _some_evidence(ev, 3)
    assert [e["n"] for e in some] == [0, 1, 10]     # the first ones, plus one of each other modality


def test_graphml_nodes_carry_their_events(seeds_out):
    out, _ = seeds_out
    g = nx.read_graphml(out / "graph.graphml")
    isis = g.nodes["https://w3id.org/kg-ar/entity/isis"]
    assert isis["events"] >= isis["events_as_actor"] > 0
    assert all("event_type" in d for _, _, d in g.edges(data=True))
    assert {d["event_type"] for _, _, d in g.edges(data=True) if d["relation_class"] == "ATTACK"} == {"ASSAULT"}
