"""The lexicon files: they load, every bad row is reported with its file and line, users extend them."""
import pytest

from kg.errors import LexiconError
from kg.lexicon import load_lexicon, nisba_forms, verb_forms
from kg.text import fold_string


def test_shipped_lexicon_loads(lex):
    assert len(lex.entities) > 2000
    assert {"isis", "syria", "syrian_government", "staffan_de_mistura", "deir_ez_zor"} <= set(lex.entities)
    classes = {t.cls for t in lex.triggers}
    assert classes >= {"ATTACK", "KILL", "CONTROL", "BESIEGE", "WITHDRAW", "ADVANCE", "MEET", "AGREE",
                       "ACCUSE", "DEMAND", "SUPPORT", "REJECT", "ARREST", "AFFILIATION"}


def test_every_reference_resolves(lex):
    for e in lex.entities.values():
        for ref in (e.country, e.located_in, e.metonym_of):
            assert not ref or ref in lex.entities, (e.id, ref)


@pytest.mark.parametrize("surface,entity", [
    ("داعش", "isis"), ("تنظيم الدولة الإسلامية", "isis"), ("قسد", "syrian_democratic_forces"),
    ("هيئة تحرير الشام", "hayat_tahrir_al_sham"), ("الأمم المتحدة", "united_nations"),
    ("واشنطن", "washington_dc"), ("موسكو", "moscow"), ("دير الزور", "deir_ez_zor"),
    ("سيرغي لافروف", "sergey_lavrov"), ("المرصد السوري لحقوق الإنسان", "sohr"),
])
def test_aliases(lex, surface, entity):
    assert any(h.kind == "E" and h.ref == entity for h in lex.lookup(fold_string(surface)))


@pytest.mark.parametrize("surface,country", [
    ("الروسي", "russia"), ("الروسية", "russia"), ("الروس", "russia"), ("الإيراني", "iran"),
    ("الأتراك", "turkey"), ("الفرنسيين", "france"), ("أمريكي", "usa"), ("الأميركية", "usa"),
])
def test_demonyms(lex, surface, country):
    assert any(h.kind == "D" and h.ref == country for h in lex.lookup(fold_string(surface)))


def test_verb_forms():
    forms = verb_forms("هاجم/يهاجم")
    assert {"هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "يهاجمون"} <= set(forms)
    assert forms["هاجمت"] == "f" and forms["يهاجم"] == "m" and forms["هاجموا"] == "p"
    defective = verb_forms("التقى/يلتقي")
    assert {"التقي", "التقت", "التقوا", "يلتقي", "تلتقي", "يلتقون"} <= set(defective)


def test_nisba_forms():
    assert {"روسي", "روسيه", "الروسي", "الروسيه", "الروسيين"} <= set(nisba_forms("روسي"))


ENTITY_HEADER = "id\ttype\tlabel_en\tlabel_ar\taliases_ar\tcountry\n"


@pytest.mark.parametrize("body,message", [
    ("x1\tPlanet\tMars\tالمريخ\t\t\n", "type 'Planet' is not one of"),
    ("Bad Id\tPlace\tX\tاكس\t\t\n", "must be lowercase"),
    ("x1\tPlace\tX\tاكس\t\tnowhere\n", "country 'nowhere' is not the id of any entity"),
    ("x1\tPlace\t\tاكس\t\t\n", "label_en is empty"),
    ("x1\tPlace\tX\tX\t\t\n", "label_ar must be Arabic text"),
    ("x1\tPlace\tX\tاكس\tداعش\t\n", "alias 'داعش' is already used by 'isis'"),
    ("isis\tPlace\tX\tاكس\t\t\n", "id 'isis' is already defined at"),
    ("x1\tPlace\tX\tاكس\t\t\textra\n", "7 fields but the header has 6 columns"),
])
def test_bad_entity_rows_name_file_and_line(tmp_path, body, message):
    f = tmp_path / "mine.tsv"
    f.write_text("# my places\n" + ENTITY_HEADER + body, encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        load_lexicon([f], cache=False)
    assert str(e.value).startswith(f"{f}:3: ")
    assert message in str(e.value)


@pytest.mark.parametrize("content,message", [
    ("relation\tclass\tpos\tforms\ttarget\nbombed\tBOMB\tverb\tقصف/يقصف\tobj\n", "class 'BOMB' is not one of"),
    ("relation\tclass\tpos\tforms\ttarget\nbombed\tATTACK\tadverb\tقصف/يقصف\tobj\n", "pos 'adverb' must be"),
    ("relation\tclass\tpos\tforms\ttarget\nbombed\tATTACK\tverb\tقصف/يقصف\t\n", "target is empty"),
    ("relation\tclass\tpos\tforms\ttarget\nBombed\tATTACK\tverb\tقصف/يقصف\tobj\n", "must be camelCase"),
    ("relation\tclass\tpos\tforms\ttarget\tunless\nbombed\tATTACK\tverb\tقصف/يقصف\tobj\t@smell\n",
     "'smell' is not a category of words.tsv"),
    ("category\tform\nsmell\tرائحة\n", "category 'smell' is not one of"),
    ("category\tform\tvalue\norg_adjective\tالأطلسي\tno_such_org\n", "value 'no_such_org' is not the id of any entity"),
    ("category\tform\tvalue\nshort_name\tالقاعدة\tal_qaeda | no_such_org\n", "value 'no_such_org' is not the id of any entity"),
    ("category\tform\tvalue\nshort_name\tالدولة\tal_qaeda\n", "is not a word of a name of 'al_qaeda'"),
    ("category\tform\tvalue\nequipment\tبي تي آر\tarmoured personnel carrier\n", "is not an acronym in Latin capitals"),
    ("category\tform\tvalue\nequipment\tBTR\t\n", "equipment needs its English rendering"),
    ("form\ttype\tlabel_en\tkeep\tlocated\tby_place\nمسجد\tFacility\tMosque\tyes\tyes\tmaybe\n",
     "by_place must be yes, no or empty"),
    ("foo\tbar\nx\ty\n", "cannot tell what this file holds"),
    ("id\tlabel_en\tlabel_country\tforms\tvictim\tone\ttwo\ttype\tcountry\n"
     "herders\tHerders\tHerders ({country})\tرعاة\t\t\t\t\tnarnia\n", "country 'narnia' is no country id"),
    ("id\tlabel_en\tlabel_country\tforms\tside\n"
     "herders\tHerders\tHerders ({country})\tرعاة\tneutral\n", "side must be force, state, armed, judiciary or empty"),
])
def test_bad_rows_in_other_files(tmp_path, content, message):
    f = tmp_path / "extra.tsv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        load_lexicon([f], cache=False)
    assert str(e.value).startswith(str(f))
    assert message in str(e.value)


def test_not_utf8_lexicon(tmp_path):
    f = tmp_path / "latin1.tsv"
    f.write_bytes(ENTITY_HEADER.encode() + "x1\tPlace\tX\t\xe9\t\t\n".encode("latin-1"))
    with pytest.raises(LexiconError, match="not UTF-8"):
        load_lexicon([f], cache=False)


def test_user_extension(tmp_path):
    """A user adds an entity and a trigger in their own files and kg uses them."""
    from kg.pipeline import extract_text
    ents = tmp_path / "my_actors.tsv"
    ents.write_text(ENTITY_HEADER + "liwa_x\tArmedGroup\tLiwa al-Tajriba\tلواء التجربة\tكتيبة التجربة\tsyria\n",
                    encoding="utf-8")
    trig = tmp_path / "my_triggers.tsv"
    trig.write_text("relation\tclass\tpos\tforms\ttarget\nshelledWithMortars\tATTACK\tverb\tهاون/يهاون\tobj\n",
                    encoding="utf-8")
    lex = load_lexicon([ents, trig], cache=False)
    res = extract_text("هاون لواء التجربة مدينة حلب.", lex)
    assert {(t.actor.id, t.relation, t.target.id) for t in res.triples} == {("liwa_x", "shelledWithMortars", "aleppo")}


def test_lexicon_is_never_read_from_a_pickle(tmp_path):
    """A compiled lexicon is kept in memory only: a pickle planted in the cache folder is never loaded."""
    import os
    import pickle
    import subprocess
    import sys

    class Payload:
        def __reduce__(self):
            return (os.mkdir, (str(tmp_path / "pwned"),))

    env = dict(os.environ, KG_CACHE_DIR=str(tmp_path / "cache"), XDG_CACHE_HOME=str(tmp_path / "xdg"))
    load = [sys.executable, "-c", "import kg.lexicon as l; lex = l.load_lexicon(); print(len(lex.entities))"]
    subprocess.run(load, env=env, check=True, capture_output=True)
    for folder in (tmp_path / "cache", tmp_path / "xdg" / "kg"):
        for f in folder.glob("*") if folder.is_dir() else ():
            f.write_bytes(pickle.dumps(Payload()))
    out = subprocess.run(load, env=env, check=True, capture_output=True, text=True).stdout
    assert int(out) > 2000
    assert not (tmp_path / "pwned").exists()


def test_lexicon_is_compiled_once_per_process():
    assert load_lexicon() is load_lexicon()
    assert load_lexicon(cache=False) is not load_lexicon()
