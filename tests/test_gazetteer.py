"""Towns the lexicon lacks are named from the gazetteer (kg.gazetteer): one node per town, whichever
spelling an article uses, and its country."""
import pytest

from kg.errors import LexiconError
from kg.gazetteer import read
from kg.model import Document
from kg.recognize import analyze


def place_of(text: str, surface: str, lex):
    found = [m.entity for m in analyze(Document("t", text), lex).mentions if m.text == surface]
    return found[-1] if found else None


@pytest.mark.parametrize("text,surface,entity,label,country", [
    # two spellings of one town (ة / ه) are one node, named as analysts know it, in its country
    ("قال مسؤول إن مسلحين هاجموا مدينة زوارة الليبية أمس.", "زوارة", "place/geonames-2208425", "Zuwarah", "libya"),
    ("وأغلقت السلطات الليبية الطريق الساحلي قرب مدينة زواره غربي البلاد.", "زواره", "place/geonames-2208425", "Zuwarah", "libya"),
    # a town the lexicon has, spelt with a long vowel fewer than the lexicon's كابول: the lexicon's town
    ("وسيطرت حركة طالبان على أحياء في مدينة كابل الأفغانية.", "كابل", "kabul", "Kabul", "afghanistan"),
    # one name, two towns: the one in the country the sentence is about
    ("وقصفت طائرات مواقع في مدينة البيضاء اليمنية صباح اليوم.", "البيضاء", "place/geonames-79836", "Al Bayda", "yemen"),
    ("وتظاهر المئات في مدينة البيضاء الليبية صباح اليوم.", "البيضاء", "place/geonames-89055", "Al Bayda", "libya"),
])
def test_towns_from_the_gazetteer(text, surface, entity, label, country, lex):
    ent = place_of(text, surface, lex)
    assert ent is not None, surface
    assert (ent.id, ent.label_en, ent.country) == (entity, label, country)


def test_a_small_town_abroad_is_not_taken(lex):
    """Zuwarah (33,000 people) in a sentence about no country: a town that small is taken only in the
    country the sentence or the article is about."""
    ent = place_of("وأغلقت السلطات الطريق الساحلي قرب مدينة زواره غربي البلاد.", "زواره", lex)
    assert ent is None or not ent.id.startswith("place/geonames")


def test_the_gazetteer_makes_no_word_a_place(lex):
    """أمان (safety) is a spelling of Amman in GeoNames: a common word is never read as a town."""
    ents = [m.entity.id for m in analyze(Document("t", "وطالب الأهالي بتوفير الأمان في الأحياء."), lex).mentions]
    assert "amman" not in ents and not any(e.startswith("place/geonames") for e in ents)


@pytest.mark.parametrize("content,line", [
    ("form\tgeonameid\n", 1),                                                       # wrong header
    ("form\tgeonameid\tlabel_en\tcountry\tcountry_code\tpopulation\tentity\nزوارة\t1\tZuwarah\n", 2),
    ("form\tgeonameid\tlabel_en\tcountry\tcountry_code\tpopulation\tentity\nزوارة\t1\tZuwarah\tlibya\tLY\tmany\t\n", 2),
])
def test_a_corrupt_gazetteer_names_file_and_line(tmp_path, content, line):
    p = tmp_path / "geonames.tsv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        read(p)
    assert str(p) in str(e.value) and f":{line}" in str(e.value)


def test_a_missing_gazetteer_is_named(tmp_path):
    with pytest.raises(LexiconError) as e:
        read(tmp_path / "none.tsv")
    assert "none.tsv" in str(e.value)


def test_a_town_spelt_with_a_long_vowel_more_or_less_is_that_town(lex):
    """ميكراس and مكيراس (GeoNames' spelling) are both Mukayras, Yemen: one node."""
    a = place_of("واندلعت اشتباكات في مدينة مكيراس بمحافظة البيضاء اليمنية.", "مكيراس", lex)
    b = place_of("واندلعت اشتباكات في مدينة ميكراس بمحافظة البيضاء اليمنية.", "ميكراس", lex)
    assert a is not None and b is not None and a.id == b.id == "place/geonames-72519"


def test_kg_without_its_gazetteer_says_so(tmp_path, monkeypatch):
    """The shipped gazetteer missing is an error naming the file (a user's own ontology may have none)."""
    import shutil
    from kg import lexicon as L
    onto = tmp_path / "ontology"
    shutil.copytree(L.ONTOLOGY_DIR, onto, ignore=shutil.ignore_patterns("gazetteer"))
    assert L.load_lexicon(ontology_dir=onto, cache=False).gazetteer is None     # a user's ontology: fine
    monkeypatch.setattr(L, "ONTOLOGY_DIR", onto)
    with pytest.raises(LexiconError) as e:
        L.load_lexicon(ontology_dir=onto, cache=False)
    assert "geonames.tsv" in str(e.value)


def test_an_unnamed_facility_lies_where_the_towns_are(lex):
    """A country that condemned the bombing of a mosque in Abha does not make it a mosque of that country."""
    text = "استهدف تفجير انتحاري مسجدا في مدينة أبها. وأدانت قطر التفجير الذي استهدف المسجد في أبها."
    ids = {m.entity.id for m in analyze(Document("t", text), lex).mentions if m.entity.id.startswith("facility/")}
    assert ids == {"facility/unnamed-place_of_worship-saudi_arabia"}


def test_an_unnamed_facility_by_one_foreign_looking_place_is_in_the_articles_country(lex):
    """A place the article names once, of a country it names nowhere else (a Yemeni area spelt like
    Busan), does not move an unnamed house out of the country the article is about."""
    text = ("قصفت ميليشيات الحوثي أحياء في مدينة تعز اليمنية. وقال سكان في تعز إن القصف استمر. "
            "وقصفت الميليشيات منزلا في منطقة بوسان شرق المدينة.")
    ids = {m.entity.id for m in analyze(Document("t", text), lex).mentions if m.entity.id.startswith("facility/")}
    assert ids == {"facility/unnamed-house-yemen"}


def test_a_namesake_the_lexicon_names_with_a_qualifier_in_the_articles_country(lex):
    """طرابلس alone is Libya's capital; in news of Lebanon that ties nothing else to Libya it is the lexicon's
    Tripoli of Lebanon, which the lexicon names with a word that tells it apart (طرابلس اللبنانية)."""
    text = ("قال الجيش اللبناني إن وحداته اشتبكت مع مسلحين في بيروت والبقاع. "
            "وقتل جنديان في اشتباكات مع مسلحين في طرابلس.")
    assert place_of(text, "طرابلس", lex).id == "tripoli_lebanon"
    assert place_of("وقالت حكومة الوفاق إن قواتها صدت هجوما على طرابلس.", "طرابلس", lex).id != "tripoli_lebanon"


def test_a_generic_word_before_a_name_is_dropped_where_a_form_goes_without_it(tmp_path):
    """GeoNames writes a market town "Suq Sirwah"; a form without سوق (صرواح) makes the label the name alone;
    a label whose rest is no capitalised name keeps its word (Nahiyat ash Shinafiyah)."""
    p = tmp_path / "geonames.tsv"
    p.write_text("form\tgeonameid\tlabel_en\tcountry\tcountry_code\tpopulation\tentity\n"
                 "سوق صرواح\t1\tSuq Sirwah\tyemen\tYE\t0\t\n"
                 "صرواح\t1\tSuq Sirwah\tyemen\tYE\t0\t\n"
                 "سوق الشيوخ\t2\tSuq ash Shuyukh\tiraq\tIQ\t0\t\n"
                 "ناحيه الشنافيه\t3\tNahiyat ash Shinafiyah\tiraq\tIQ\t0\t\n"
                 "الشنافيه\t3\tNahiyat ash Shinafiyah\tiraq\tIQ\t0\t\n", encoding="utf-8")
    gaz = read(p)
    assert [t.label_en for t in gaz.spelled("صرواح")] == ["Sirwah"]
    assert [t.label_en for t in gaz.spelled("سوق الشيوخ")] == ["Suq ash Shuyukh"]
    assert [t.label_en for t in gaz.spelled("الشنافيه")] == ["Nahiyat ash Shinafiyah"]


@pytest.mark.parametrize("text,surface,label", [
    # a bare word after في that the gazetteer spells as a town or district of the sentence's country
    ("وقتل خمسة من الحوثيين في مودية بمحافظة أبين اليمنية.", "مودية", "Mudiyah"),
    # … even one that is also a common word, where the place's phrase ends with it
    ("واندلعت اشتباكات عنيفة في لودر بمحافظة أبين اليمنية.", "لودر", "Lawdar"),
])
def test_a_bare_town_after_fi_is_the_gazetteers(text, surface, label, lex):
    ent = place_of(text, surface, lex)
    assert ent is not None and ent.label_en == label, ent


@pytest.mark.parametrize("text", [
    # a common word after في that goes on (a speech given, a time set): no town
    "وقال الوزير اليمني في كلمة ألقاها أمس إن الحوثيين رفضوا الحوار.",
    "ووصلت القوات اليمنية في توقيت واحد إلى المدينة.",
    "وشارك الجيش اليمني في رصد تحركات المسلحين قرب صنعاء.",   # رصد is also a Yemeni district
    # the first word of a quoted name of several words: a company's (Bessemer is an American town)
    'وقال المستثمر الأمريكي إنه يعمل في "بسمر فنتشر بارتنرز" منذ سنوات.',
    # a form GeoNames gives a feature of another name (الكوله: "Rahabah"): too little to go on
    "وقتل ثلاثة مسلحين في الكولة شرق صنعاء اليمنية.",
])
def test_a_common_word_after_fi_is_no_town(text, lex):
    ents = [m.entity.id for m in analyze(Document("t", text), lex).mentions]
    assert not any(e.startswith("place/geonames") for e in ents), ents


def test_a_town_of_the_articles_country_after_a_province_noun_though_it_looks_like_an_adjective(lex):
    # إقليم أغري: أغري ends like a nisba, but the gazetteer spells it as a town of Turkey, the article's country
    text = "قالت السلطات التركية إن انفجارا وقع في إسطنبول. وقتل جنديان في هجوم في إقليم أغري أمس."
    ents = [m.entity for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Place"]
    assert any(e.label_en == "Agri" for e in ents), [e.label_en for e in ents]
