"""The example queries find entities by any name and say which came close; results are not doubled and
are sorted as shown; the ontology declares each term once."""
import json
import re
from collections import Counter

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.lexicon import ONTOLOGY_DIR
from kg.names import name_key
from kg.pipeline import build
from kg.query import example_query, labels_for, run_query

from .conftest import SEEDS

runner = CliRunner()
NEWS = [
    {"id": "n1", "date": "2015-07-21", "text": "هاجمت جبهة النصرة مواقع قوات النظام في ريف إدلب."},
    {"id": "n2", "date": "2015-07-20", "text": "التقى الرئيس بشار الأسد وزير الخارجية الروسي سيرغي لافروف في دمشق."},
    {"id": "n3", "date": "2015-07-22T09:30:00Z", "text": "سيطر تنظيم الدولة الإسلامية على مدينة تدمر."},
    {"id": "n4", "date": "2015-07-19", "text": "قصفت قوات النظام مدينة الزبداني."},
]


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    d = tmp_path_factory.mktemp("news")
    f = d / "news.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in NEWS) + "\n", encoding="utf-8")
    build([f], out_dir=d / "out", workers=1)
    return d / "out"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def rows(out, example, **params):
    return run_query(out / "store", example_query(example, params, store=out / "store")).rows


def ids(cells) -> set:
    return {c[1].rsplit("/", 1)[1] for c in cells if c is not None and c[0] == "iri"}


@pytest.mark.parametrize("name,entity", [
    ("Nusra Front", "nusra_front"), ("Islamic State", "isis"), ("the Islamic State", "isis"), ("ISIS", "isis"),
    ("داعش", "isis"), ("Assad", "bashar_al_assad"), ("Lavrov", "sergey_lavrov"), ("الأسد", "bashar_al_assad"),
    ("بشار الاسد", "bashar_al_assad"), ("بشّار الأسد", "bashar_al_assad"), ("BASHAR AL-ASSAD", "bashar_al_assad"),
    ("الدولة الاسلامية", "isis"), ("Jabhat al-Nusra", "nusra_front"), ("لافروف", "sergey_lavrov"),
])
def test_actor_profile_finds_any_name(news, name, entity):
    got = rows(news, "actor-profile", actor=name)
    assert got, name
    # the entity's own events: every row's "other" is a partner of that entity
    own = rows(news, "actor-profile", actor={"nusra_front": "Nusra Front (Jabhat al-Nusra)",
                                              "isis": "Islamic State (ISIS)", "bashar_al_assad": "Bashar al-Assad",
                                              "sergey_lavrov": "Sergey Lavrov"}[entity])
    assert got == own


def test_evidence_by_names(news):
    got = rows(news, "evidence", actor="الأسد", target="Lavrov")
    assert len(got) == 1 and "لافروف" in got[0][-1][1]
    assert rows(news, "evidence", actor="Assad", target="Zabadani") == []
    assert rows(news, "evidence", actor="Assad") == got


def test_no_match_says_what_came_close(news):
    r = run("query", "--store", news, "-e", "actor-profile", "-p", "actor=Lavrof")
    assert r.exit_code == 1
    assert r.stderr.strip() == "kg: error: --param actor=Lavrof: no entity of this graph has that name; close: Sergey Lavrov"
    r = run("query", "--store", news, "-e", "actor-profile", "-p", "actor=Zabadany")
    assert r.stderr.strip().endswith("close: Zabadani")


def test_partial_match_is_noted(news):
    r = run("query", "--store", news, "-e", "actor-profile", "-p", "actor=Assad")
    assert r.exit_code == 0
    assert "kg: note: actor='Assad' matched Bashar al-Assad (by surname)" in r.stderr
    assert "Sergey Lavrov" in r.stdout


def test_name_normalisation():
    assert name_key("بشّار الأسد") == name_key("بشار الاسد") == name_key("بشار أسد")
    assert name_key("The Islamic State") == name_key("islamic state")
    assert name_key("al-Nusra Front") == name_key("Nusra Front")
    assert name_key("مستشفى الأسد") == name_key("مستشفي الاسد")
    assert name_key("الرقة") == name_key("رقه")


def test_timeline_lists_each_event_once_in_date_order(news):
    got = rows(news, "timeline")
    # one row per event and actor-target pair (events of these articles have one of each at most)
    n_events = int(run_query(news / "store", "SELECT (COUNT(?e) AS ?n) WHERE { ?e a kg:Event ; kg:document ?d . "
                             "?d dcterms:date ?date }").rows[0][0][1])
    assert len(got) == n_events
    assert len({tuple(c[1] for c in r) for r in got}) == len(got)          # no row twice
    dates = [r[0][1] for r in got]
    assert dates == sorted(dates) and dates[0] == "2015-07-19" and dates[-1].startswith("2015-07-22")
    # the events Lavrov took part in, as actor or as the other party
    assert "sergey_lavrov" in ids(c for r in rows(news, "timeline", actor="Lavrov") for c in (r[1], r[3]))


def test_meetings_of_one_actor(news):
    got = rows(news, "meetings", actor="Lavrov")
    assert len(got) == 1 and ids([got[0][0], got[0][2]]) == {"bashar_al_assad", "sergey_lavrov"}
    assert rows(news, "meetings") == got


def test_who_attacked_whom_is_sorted_by_label(seeds_out):
    out, _ = seeds_out
    got = rows(out, "who-attacked-whom")
    iris = {c[1] for r in got for c in r if c is not None and c[0] == "iri"}
    labels = labels_for(out / "store", iris)
    keys = [(labels[r[0][1]].lower(), labels[r[2][1]].lower(), r[3][1], int(r[4][1])) for r in got]
    assert keys == sorted(keys)


def test_labels_carry_language_tags_as_the_readme_says(news):
    """README: labels are language-tagged; a plain "Zabadani" does not match "Zabadani"@en."""
    assert run_query(news / "store", 'SELECT ?e WHERE { ?e rdfs:label "Zabadani" }').rows == []
    tagged = run_query(news / "store", 'SELECT ?e WHERE { ?e rdfs:label "Zabadani"@en }').rows
    by_str = run_query(news / "store", 'SELECT ?e WHERE { ?e rdfs:label ?l FILTER(str(?l) = "Zabadani") }').rows
    assert tagged == by_str and ids(tagged[0]) == {"zabadani"}
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    assert 'rdfs:label "Zabadani"@en' in readme and 'FILTER(str(?l) = "Zabadani")' in readme


# --- the ontology ---------------------------------------------------------------------------------------

def test_every_term_is_declared_once_with_one_label_per_language():
    text = (ONTOLOGY_DIR / "kg.ttl").read_text(encoding="utf-8")
    heads = Counter(re.findall(r"^(kg:\w+)\s+a\s", text, re.M))
    assert [h for h, n in heads.items() if n > 1] == []
    onto = rdflib.Graph().parse(ONTOLOGY_DIR / "kg.ttl")
    kinds = (rdflib.OWL.Class, rdflib.OWL.ObjectProperty, rdflib.OWL.DatatypeProperty)
    terms = {s for k in kinds for s in onto.subjects(rdflib.RDF.type, k)}
    assert len(terms) == len(heads)
    for t in terms:
        langs = Counter(l.language for l in onto.objects(t, rdflib.RDFS.label))
        assert langs["en"] == 1 and all(n == 1 for n in langs.values()), (t, langs)
        assert t not in set(onto.objects(t, rdflib.RDFS.subPropertyOf)), t
        assert t not in set(onto.objects(t, rdflib.RDFS.subClassOf)), t


def test_store_ontology_graph_has_one_english_label_per_relation(seeds_out):
    out, _ = seeds_out
    q = """SELECT ?p (COUNT(?l) AS ?n) WHERE { GRAPH <https://w3id.org/kg-ar/graph/ontology> {
             ?p a owl:ObjectProperty ; rdfs:label ?l FILTER(lang(?l) = "en") } } GROUP BY ?p HAVING (COUNT(?l) > 1)"""
    assert run_query(out / "store", q).rows == []
    assert run_query(out / "store", "ASK { kg:locatedIn rdfs:label \"located in\"@en }").boolean is True
