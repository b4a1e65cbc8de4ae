"""Spelling variants of a name reach one entity (kg.variants): sentence -> the entity of a name."""
import pytest

from kg.model import Document
from kg.recognize import analyze
from kg.name_shapes import name_slug
from kg.variants import id_form, vowel_variant


def entity_of(text: str, surface: str, lex) -> str | None:
    """The entity id of the last mention of ``surface`` in ``text``."""
    found = [m.entity.id for m in analyze(Document("t", text), lex).mentions if m.text == surface]
    return found[-1] if found else None


def built_mentions(tmp_path, articles: dict[str, str]) -> list[dict]:
    """mentions.csv of ``kg build`` over these articles (name -> text), one file each."""
    import csv
    from kg.pipeline import build
    from tests.helpers import write
    write(tmp_path / "src", articles)
    build([tmp_path / "src"], tmp_path / "out")
    with open(tmp_path / "out" / "mentions.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("a,b,same", [
    ("بوتن", "بوتين", True),          # a long vowel dropped inside a foreign name
    ("مستورا", "ميستورا", True),
    ("الحسين", "الحسيني", False),      # a letter added at the end is another name (a nisba)
    ("عون", "عين", False),              # another vowel letter, not one added
    ("برهان", "برهن", True),
    ("بوتين", "بوتين", False),          # the same word is no variant of itself
])
def test_vowel_variant(a, b, same):
    assert vowel_variant(a, b) is same


@pytest.mark.parametrize("text,surface,entity", [
    # a full name written with a long vowel fewer than the lexicon's spelling
    ("قال الرئيس الروسي فلاديمير بوتن إن المفاوضات طويلة.", "فلاديمير بوتن", "vladimir_putin"),
    # a family name alone, spelt differently from the full name given earlier in the article
    ("قال المبعوث الدولي ستيفان دي ميستورا إن المحادثات تبدأ غدا. وأضاف مستورا أن الوفدين وصلا.",
     "مستورا", "staffan_de_mistura"),
    ("وقال الناشط سامر زيدوني إن القصف استمر. ولفت زيدونى إلى أن الطرق مقطوعة.", "زيدونى",
     "person/samir-zaiduni"),
    # a foreign first name with a long vowel fewer, which English cannot spell so (نجيرفان، ألستير):
    # a misspelling, not another first name; one that starts as the article does (أليستير، ألستير)
    ("وقال رئيس الحكومة نجيرفان بارزاني إن الإقليم يرفض القرار.", "نجيرفان بارزاني", "nechirvan_barzani"),
    ("وصرح الوزير البريطاني ألستير بيرت بأن بلاده قلقة.", "ألستير بيرت", "alistair_burt"),
])
def test_variants_reach_one_entity(text, surface, entity, lex):
    got = entity_of(text, surface, lex)
    assert got is not None and got.split("/")[0] == entity.split("/")[0]
    if "/" not in entity:
        assert got == entity
    else:      # a person found in the text: the family name alone is the person named in full
        full = [m.entity.id for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Person"]
        assert got == full[0]


@pytest.mark.parametrize("text,surface,not_entity", [
    # first names are spelt one way: محمد is not محمود
    ("التقى الوزير محمد عباس بالوفد.", "محمد عباس", "mahmoud_abbas"),
    # an Arabic place name's long vowel is part of the word: البصيرة is not البصرة
    ("سيطرت القوات على مدينة البصيرة في ريف دير الزور.", "البصيرة", "basra"),
    # a family name alone never links to a famous person the article did not name
    ("قال الباحث حسن أبو هنية إن التنظيم يتراجع.", "حسن أبو هنية", "ismail_haniyeh"),
    # a kunya or an عبد name other than the lexicon person's, before his family name: his namesake
    ("قتل أبو عمر البغدادي في غارة أمريكية.", "أبو عمر البغدادي", "abu_bakr_al_baghdadi"),
    ("وقال عبد الخالق الحوثي إن الجماعة لن تنسحب.", "عبد الخالق الحوثي", "abdul_malik_al_houthi"),
    # a known family name after a title, with another first name, is another man (أحمد عسيري's namesake)
    ("وقال المتحدث إبراهيم العسيري إن الوضع هادئ.", "إبراهيم العسيري", "ahmed_asiri"),
    ("وقال وزير الخارجية خالد الجبير إن الوضع هادئ.", "خالد الجبير", "adel_al_jubeir"),
    # an Arabic nisba with the article is no foreigner's name written without it (محمد بخاري of Nigeria)
    ("وتعرفت على المفكر الموريتاني محمد البوخاري في دمشق.", "محمد البوخاري", "muhammadu_buhari"),
    # two first names are two names, not one spelt two ways: سلمان is not سليمان, محمد not محمود
    ("وقال محمد أحمدي نجاد إن الوضع صعب.", "محمد أحمدي نجاد", "mahmoud_ahmadinejad"),
])
def test_no_variant_across_different_names(text, surface, not_entity, lex):
    assert entity_of(text, surface, lex) != not_entity


@pytest.mark.parametrize("text,surface,label", [
    # a place noun's English goes after the name unless its template says otherwise
    ("قصفت الطائرات وادي زهران في المحافظة.", "وادي زهران", "Wadi"),
    ("أعلن المجلس الأهلي في المدينة رفضه.", "المجلس الأهلي", "Council"),
    # a facility's mention is the whole phrase, not the town the name model reads inside it
    ("انفجرت سيارة مفخخة قرب مطار قندهار اليوم.", "مطار قندهار", "Airport"),
    # a facility named for a family: its name as the name dictionary spells it, not by letter rules
    ("سقطت قذيفة على مستشفى العلفي في المدينة.", "مستشفى العلفي", "Al-Olofi Hospital"),
    ("انفجرت عبوة قرب مسجد العيدروس في المدينة.", "مسجد العيدروس", "Al-Aidarous Mosque"),
])
def test_place_noun_labels(text, surface, label, lex):
    got = [m for m in analyze(Document("t", text), lex).mentions if m.text == surface]
    assert got, [m.text for m in analyze(Document("t", text), lex).mentions]
    assert label in got[0].entity.label_en
    if label == "Wadi":
        assert got[0].entity.label_en.startswith("Wadi ")
    if label == "Council":
        assert got[0].entity.label_en.endswith(" Council")


def test_spellings_of_abd_names_are_one_node(lex):
    a = entity_of("قال الجنرال عبد الرشيد دوستم إن الحرب مستمرة.", "عبد الرشيد دوستم", lex)
    b = entity_of("قال الجنرال عبدالرشيد دوستم إن الحرب مستمرة.", "عبدالرشيد دوستم", lex)
    assert a is not None and a == b


def test_a_long_name_is_spelled_in_linear_time():
    """arabic-name-romanizer weighs every combination of its readings of every word: a name of many
    words (a genealogy) once ran for minutes. It is spelled three words at a time."""
    import time
    from kg.translit import person_label
    name = "محمد بن عبد الله بن عبد العزيز بن سعود بن فيصل بن تركي آل سعود الكبير الأول"
    t = time.perf_counter()
    label = person_label(name)
    assert time.perf_counter() - t < 5
    assert label and label.isascii()


@pytest.mark.parametrize("arabic, english", [
    ("المروة", "Al-Marwa"),      # و before a taa marbuta is a consonant
    ("قهوة", "Qahwa"),
    ("الانبار", "Al-Anbar"),     # a first alef is a hamza and a short vowel, not a long one
    ("اسوان", "Aswan"),
    ("الاسد", "Al-Asad"),        # three letters after an alef: a short vowel before the last
    ("الجفرة", "Al-Jafra"),
    ("رأس عيسى", "Ras Isa"),    # a final alef maqsura is a long a, not the i of a final ي
    ("موسى", "Musa"),
    ("الاستقبال", "Al-Istiqbal"),           # the verbal nouns of derived forms: X, VIII, VII
    ("الاحتلال", "Al-Ihtilal"),
    ("الاتحاد", "Al-Ittihad"),
    ("الانتصار", "Al-Intisar"),
    ("النبي المصطفى", "Al-Nabi al-Mustafa"),   # a known name word after the article keeps its capital
])
def test_romanize_table(arabic, english):
    from kg.translit import romanize
    assert romanize(arabic) == english


# a place's name of the shape CCيCة that is no common word reads as a diminutive (فُعَيْلة: al-Hudaydah)
@pytest.mark.parametrize("name, common, label", [
    ("الحجيلة", frozenset(), "Al-Hujayla"),
    ("جويبة", frozenset(), "Juwayba"),
    ("الجديدة", frozenset({"جديده"}), "Al-Jadida"),      # a common word: "the new"
    ("الحجيل", frozenset(), "Al-Hajil"),                # no ة: either reading, the letters' one kept
    ("الحسينية", frozenset(), "Al-Husayniya"),
    ("الغيل", frozenset(), "Al-Ghayl"),                  # a ي between two letters: a diphthong
    ("بيشة", frozenset(), "Bisha"),                      # ... but with ة either way
])
def test_a_places_name_of_the_diminutive_shape(name, common, label):
    from kg.translit import romanize, shaped_words
    assert romanize(name, shaped_words(name, common)) == label


@pytest.mark.parametrize("text, surface, eid", [
    # a place the lexicon names with its noun (مدينة الباب) is the same place named with another noun
    ("اندلعت اشتباكات عنيفة في بلدة الباب شمال حلب.", "الباب", "al_bab"),
])
def test_place_named_with_another_place_noun(text, surface, eid, lex):
    assert entity_of(text, surface, lex) == eid


def test_province_noun_is_not_part_of_the_name(lex):
    """ولاية X and X are one place (as مدينة X and X are)."""
    a = entity_of("قتل خمسة مدنيين في قصف على ولاية زابل.", "زابل", lex)
    assert a == "place/" + name_slug(id_form("زابل", "Place"))     # not Zabol (place/geonames-1113217), a smaller town of that name in Iran


def test_arabic_label_is_a_spelling_of_the_whole_name(tmp_path):
    """للحوثي's mention text is لحوثي (the ل of the article merged with the preposition): the Arabic
    label of a node is the first mention that spells its whole name."""
    rows = [r for r in built_mentions(tmp_path, {
        "a": "هاجمت القوات مواقع للحوثي في المدينة. وقال القيادي أبو يحيى الحوثي إنه سيرد.\n"}) if r["type"] == "Person"]
    assert rows and {r["label_ar"] for r in rows} == {"أبو يحيى الحوثي"}, rows


def test_remembered_name_after_a_preposition(lex):
    """A name read in full elsewhere in the article, met again with a preposition glued to it
    (لماندريكو): the mention is the name, without the preposition."""
    doc = Document("t", "هاجمت القوات مواقع لماندريكو في المدينة. وقال القيادي كارلوس ماندريكو إنه سيرد.")
    texts = [m.text for m in analyze(doc, lex).mentions if m.entity.type == "Person"]
    assert texts == ["ماندريكو", "كارلوس ماندريكو"]


def test_a_lexicon_person_named_with_a_middle_name_more(lex):
    """عيدروس قاسم الزبيدي is the lexicon's عيدروس الزبيدي: the same first and family name, a middle name
    more; a first name the lexicon's person does not have is someone else."""
    def ids(text):
        return {m.entity.id for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Person"}
    assert ids("وقال القيادي عيدروس قاسم الزبيدي إن المقاومة تقدمت في عدن.") == {"aidarous_al_zubaidi"}
    assert "aidarous_al_zubaidi" not in ids("وقال القيادي سالم قاسم الزبيدي إن المقاومة تقدمت في عدن.")


@pytest.mark.parametrize("text, short, full, same", [
    # the first and the last name of a person named in full earlier, middle names left out: that person
    ("قال الشيخ حمود سعيد المخلافي إن المعارك مستمرة. وأضاف حمود المخلافي أن الحصار طويل.",
     "حمود المخلافي", "حمود سعيد المخلافي", True),
    # another last name: another person (a citizen called محمد حسين is not محمد حسين آل زاهر)
    ("قال المحلل محمد حسين آل زاهر إن الوضع صعب. وقال محمد حسين إن الحرب طويلة.",
     "محمد حسين", "محمد حسين آل زاهر", False),
    # the last two of a name of four or more: the same person, named by the end of the name
    ("قال رئيس الوزراء الباكستاني عصمت حياة محمد شريف إن الحكومة مستعدة. وأضاف محمد شريف أن الجيش جاهز.",
     "محمد شريف", "عصمت حياة محمد شريف", True),
    # … not the last two of a name of three, which are the father's name
    ("قال الشيخ سالم محمد حسين إن الوضع صعب. وقال محمد حسين إن الحرب طويلة.",
     "محمد حسين", "سالم محمد حسين", False),
])
def test_shortened_name_is_the_person_named_in_full(text, short, full, same, lex):
    a, b = entity_of(text, short, lex), entity_of(text, full, lex)
    assert a is not None and b is not None
    assert (a == b) is same


@pytest.mark.parametrize("text, surface, label", [
    # a facility named by common words is translated whole, adjectives first
    ("قال طبيب في مستشفى الحرس الوطني بجدة إن المصابين بخير.", "مستشفى الحرس الوطني", "National Guard Hospital"),
    # a name, then an adjective that translates
    ("أعلنت مصادر طبية في مستشفى جنين الحكومي نبأ وفاة الشاب.", "مستشفى جنين الحكومي", "Jenin Government Hospital"),
])
def test_facility_labels(text, surface, label, lex):
    got = [m.entity.label_en for m in analyze(Document("t", text), lex).mentions if m.text == surface]
    assert got == [label]


def test_a_name_across_a_facility_is_not_read(lex):
    """The model's ORG «الحرس الوطني بجدة» crosses the hospital's name: not a name; جدة stays the city,
    and a profession noun after قال is not a person."""
    ms = analyze(Document("t", "قال طبيب في مستشفى الحرس الوطني بجدة إن المصابين بخير."), lex).mentions
    assert [(m.text, m.entity.id) for m in ms if m.entity.origin != "text"] == [("جدة", "jeddah")]
    assert [m.text for m in ms if m.entity.type in ("Person", "Organization")] == []


@pytest.mark.parametrize("text, name", [
    # a preposition glued to a common word starts an adjunct: the name ends before it
    ("اجتاح الرئيس صدام حسين بجيوشه الحدود عام 1990.", "بجيوشه"),
    ("أصيب نجلاه محمد وأحمد بجراح خطيرة في الهجوم.", "بجراح"),
    ("قصفت الطائرات مواقع الحوثيين وقوات صالح بمنطقتي صرواح والجفينة.", "بمنطقتي"),
])
def test_name_ends_before_a_glued_preposition(text, name, lex):
    ms = analyze(Document("t", text), lex).mentions
    assert not any(name in m.text for m in ms), [m.text for m in ms]


@pytest.mark.parametrize("text, surface, eid", [
    # a lexicon person written with another spelling, where no lexicon form covers the words
    ("وقال ستيفان دي مستورا للصحفيين إن المفاوضات صعبة.", "ستيفان دي مستورا", "staffan_de_mistura"),
    ("وقال فرانسوا أولاند إن فرنسا ستواصل الضربات.", "فرانسوا أولاند", "francois_hollande"),   # a French h dropped
    ("والتقى بمولود جاوش اوغلو في أنقرة.", "مولود جاوش اوغلو", "mevlut_cavusoglu"),
    # his first name, his father's and his family name, with no title: the lexicon's person
    ("وقال عادل بن أحمد الجبير إن الوضع صعب.", "عادل بن أحمد الجبير", "adel_al_jubeir"),
    # أبي, the genitive of أبو
    ("وأعلن التنظيم مبايعة أبي بكر البغدادي.", "أبي بكر البغدادي", "abu_bakr_al_baghdadi"),
    # a first name spelt with other long vowels (حامد، حميد) after a title is still the lexicon's person
    ("وقال الرئيس الأفغاني السابق حميد كرزاي إن الوضع خطير.", "حميد كرزاي", "hamid_karzai"),
    # the family name without its article
    ("وقال عادل جبير للصحفيين إن المفاوضات صعبة.", "عادل جبير", "adel_al_jubeir"),
    ("واستقبل المرجع علي سيستاني الوفد في النجف.", "علي سيستاني", "ali_al_sistani"),
    # ... and an Arab's family name written with the article where the lexicon has it without
    ("وقال رئيس الحكومة المؤقتة أحمد الطعمة إن الوضع صعب.", "أحمد الطعمة", "ahmad_tumeh"),
    # a foreign first name spelt with a long vowel fewer, into no other first name (فيليب: فليب)
    ("وقال فليب هاموند إن بريطانيا ستشارك.", "فليب هاموند", "philip_hammond"),
    # ... and into another first name, when English spells the two alike (فيديريكا، فيدريكا: Federica)
    ("وأكدت فيدريكا موغيريني دعم الاتحاد للحل السياسي.", "فيدريكا موغيريني", "federica_mogherini"),
    # القاعدة alone is al-Qaeda in an article that names تنظيم القاعدة
    ("أعلن تنظيم القاعدة مسؤوليته عن الهجوم. وقتل خمسة من عناصر القاعدة في غارة.", "القاعدة", "al_qaeda"),
    # not before an adjective of relation: an air base
    ("أعلن تنظيم القاعدة مسؤوليته. ووصلت الطائرات إلى القاعدة الجوية.", "القاعدة", None),
    # not in an article that names no al-Qaeda
    ("وهبطت الطائرة في القاعدة بعد الظهر.", "القاعدة", None),
    # ... unless a word of its men or its leader is right before it (words.tsv short_name_cue)
    ("وقتل خمسة من عناصر القاعدة في غارة.", "القاعدة", "al_qaeda"),
    # nor in one that uses the word as a noun: the base named before
    ("سيطر تنظيم القاعدة على المكلا. وتقع قاعدة العند شمال عدن، وقصفت الطائرات القاعدة أمس.", "القاعدة", None),
    # a foreign outlet, company or facility of the lexicon, written with another spelling
    ("وقالت صحيفة ملليت التركية إن الحكومة تدرس الأمر.", "ملليت", "milliyet"),
    ("وذكرت صحيفة غارديان البريطانية أن الوضع صعب.", "غارديان", "the_guardian"),
    ("وهبطت الطائرات في قاعدة إنغرليك التركية.", "قاعدة إنغرليك", "incirlik"),
    # a Latin acronym of the lexicon spelt out in Arabic letters, after a head noun or not; بي is B or P
    ("وقال حزب بي كيه كيه إن الهجوم فشل.", "حزب بي كيه كيه", "pkk"),
    ("وقالت وحدات واي بي جي إنها تقدمت.", "واي بي جي", "ypg"),
    ("وقال حزب بي واي دي إن الانتخابات ستجري.", "حزب بي واي دي", "pyd"),
])
def test_spelling_variant_of_a_lexicon_entity_in_text(text, surface, eid, lex):
    assert entity_of(text, surface, lex) == eid


@pytest.mark.parametrize("text, surface", [
    # a kunya or "son of" before a known person's name names another person: his father or his son
    ("وقتل القيادي أبو علي حيدر في غارة جوية.", "أبو علي حيدر"),
    ("وقال المتحدث أبو علي حيدر إن الهجوم فشل.", "أبو علي حيدر"),
])
def test_a_kunya_before_a_known_name_is_another_person(text, surface, lex):
    assert entity_of(text, surface, lex) not in (None, "ali_haidar")


@pytest.mark.parametrize("text, word", [
    ("وقال المحلل السياسي إن الوضع صعب.", "السياسي"),     # not السيسي: a word with the article is exact
    ("لابد من حل سياسي للأزمة.", "لابد"),                 # one word alone is not a variant of a name
])
def test_common_words_are_not_variants_of_names(text, word, lex):
    assert entity_of(text, word, lex) is None


@pytest.mark.parametrize("text, absent", [
    ("وقال محمد إن الوضع خطير في المدينة.", "محمد"),          # a first name alone names no one
    ("أصيب نجلاه محمد وأحمد بجراح خطيرة.", "محمد وأحمد"),     # two first names joined by و: not one name
])
def test_lone_first_names_are_no_entity(text, absent, lex):
    assert all(m.text != absent for m in analyze(Document("t", text), lex).mentions)


def test_speaker_read_in_full_is_his_family_name_later(lex):
    text = "قال خالد العمري إن الوضع خطير. وأضاف العمري أن المعارك مستمرة."
    assert entity_of(text, "العمري", lex) == entity_of(text, "خالد العمري", lex) is not None


def test_name_ends_before_a_kinship_noun(lex):
    """خاله (his uncle) after a name is not part of it."""
    ms = analyze(Document("t", "وصل عبد الله الرشيد خاله إلى المدينة أمس."), lex).mentions
    assert [m.text for m in ms if m.entity.type == "Person"] == ["عبد الله الرشيد"]


@pytest.mark.parametrize("text, absent", [
    ("وقالت يا سيدتي إن الحرب طويلة.", "يا سيدتي"),                 # a vocative is not a name's first word
    ("وقال إن يونس أبو يعقوب منفذ الهجوم قتل.", "يونس أبو يعقوب منفذ"),  # منفذ (perpetrator) ends the name
])
def test_names_do_not_take_common_words(text, absent, lex):
    assert all(m.text != absent for m in analyze(Document("t", text), lex).mentions)


@pytest.mark.parametrize("a,b", [
    # spellings of one foreign name in two articles are one node (its id is made from its skeleton)
    ("قال رئيس اللجنة الدولية للصليب الأحمر بيتر مورر إن الوضع صعب.",
     "قال رئيس اللجنة الدولية للصليب الأحمر بيتر ماورر إن الوضع صعب."),
    ("ونقل الجرحى إلى مستشفى سوروكا في بئر السبع.", "ونقل الجرحى إلى مستشفى سيروكا في بئر السبع."),
    # a facility's name with or without the article after its kind noun
    ("وقتل شخص عند دوار القادود في المكلا.", "وقتل شخص عند دوار قادود في المكلا."),
    # a family name with and without its article; أبو written joined to the name after it
    ("وقال المتحدث إبراهيم العسيري إن الوضع هادئ.", "وقال المتحدث إبراهيم عسيري إن الوضع هادئ."),
    ("وقال القيادي أبو عقيل السالمي إن الهجوم فشل.", "وقال القيادي أبوعقيل السالمي إن الهجوم فشل."),
    # a place named with the landform noun that is part of its name, and without it
    ("وتقدمت القوات في وادي عقان شمال العند.", "وتقدمت القوات في منطقة عقان شمال العند."),
    # a place named for a tribe, البو written joined to the name or apart
    ("وقصفت الطائرات منطقة البوفراج شمال المدينة.", "وقصفت الطائرات منطقة البو فراج شمال المدينة."),
])
def test_spellings_across_articles_make_one_node(a, b, lex):
    def ids(text):
        return {m.entity.id for m in analyze(Document("t", text), lex).mentions
                if m.entity.id.startswith(("person/", "facility/", "place/"))}
    assert ids(a) and ids(a) == ids(b)


@pytest.mark.parametrize("a,b", [
    ("محمد حسين", "محمد حسن"),          # Arabic first names are not spelling variants of each other
    ("دوار الشهداء", "دوار الشهيد"),
])
def test_different_names_keep_different_ids(a, b):
    for etype in ("Person", "Facility"):
        given = frozenset({"محمد", "حسين", "حسن"})
        assert id_form(a, etype, given) != id_form(b, etype, given)


@pytest.mark.parametrize("text,name", [
    # a name ends before a participle that describes it, "capital", or an honorific formula
    ("وانفجرت عبوة على طريق الستين المؤدي إلى المطار.", "طريق الستين"),
    ("وسيطر المسلحون على جبل صبر المطل على المدينة.", "جبل صبر"),
    ("قال الخليفة عمر بن الخطاب رضي الله عنه إن العدل أساس الملك.", "عمر بن الخطاب"),
    ("ووصلت القوات إلى مدينة الحوطة عاصمة محافظة لحج.", "الحوطة"),
])
def test_names_end_before_words_that_follow_them(text, name, lex):
    texts = [m.text for m in analyze(Document("t", text), lex).mentions]
    assert name in texts and not any(t.startswith(name + " ") for t in texts)


def test_a_common_word_the_model_read_elsewhere_is_no_name_alone(lex):
    """تنظيم (organisation) read as a name in one place of the article is no name where it stands alone."""
    text = ("وتعاون الزعيمان المستقبليان لتنظيم أنصار الشريعة في تونس. "
            "ومن المتوقع أن يستمر إذا ما قرر تنظيم («داعش») تكرار هجماته في تونس.")
    ids = {m.entity.id for m in analyze(Document("t", text), lex).mentions}
    assert not any(i.endswith("/tanzim") for i in ids)


@pytest.mark.parametrize("text,entity", [
    ("أكد وزير الداخلية السعودي أن المملكة ماضية في حربها على الإرهاب.", "saudi_arabia"),
    ("وتتضامن الأسر البحرينية في المملكة مع القيادة.", "bahrain"),
    ("قال المسؤول اليمني إن الحوثيين أطلقوا صواريخ على المملكة.", None),   # not a place named "Mamlaka"
])
def test_the_kingdom_is_the_kingdom_in_focus(text, entity, lex):
    got = entity_of(text, "المملكة", lex)
    assert got == entity


def test_a_name_in_two_words_is_spelled_as_one():
    """عبد العزيز بن عبد الله: عبد + ال… is one name (Abdulaziz, Abdullah), not split across lookups."""
    from kg.translit import person_label
    label = person_label("عبد العزيز بن عبد الله")
    assert "Abdullah" in label and "Haim" not in label and label.lower().startswith("abd")


@pytest.mark.parametrize("text,name", [
    # a first name that is also an event word (صدام "clash") starts the name the model reads
    ("وقال صدام ياسين في خطابه إن الحزب سينتصر.", "صدام ياسين"),
])
def test_a_first_name_that_is_an_event_word_starts_a_name(text, name, lex):
    texts = [m.text for m in analyze(Document("t", text), lex).mentions]
    assert name in texts


def test_a_name_beginning_with_fa_keeps_it(lex):
    """فارياب is Faryab, not ف + ارياب: ف is read as "and" only before a known first name (فصالح)."""
    texts = [m.text for m in analyze(Document("t", "وسيطرت حركة طالبان على مناطق في ولاية فارياب شمال أفغانستان."), lex).mentions]
    assert "فارياب" in texts


def _has_name_model():
    from kg.translit import _model_romanizer
    return _model_romanizer() is not None


def _labels(lex, arabic):
    """(the dictionary's spelling made during extraction, the character model's after it, or "")."""
    from kg.translit import model_labels, person_label, use_spellings
    use_spellings(lex.name_spellings)
    fast = person_label(arabic)
    return fast, model_labels([arabic]).get(arabic, "")


@pytest.mark.skipif(not _has_name_model(), reason="onnxruntime is not installed")
@pytest.mark.parametrize("arabic, worse, better_prefix", [
    # a foreign surname the name dictionary lacks, and no English word renders (kg.english_names): the
    # character model, not letter rules with a vowel after every consonant
    ("جون مارتوفيلا", "John Maratoufila", "John Mart"),
    ("ريتشارد فوتيرنكا", "Richard Foutiranaka", "Richard "),
])
def test_words_the_dictionary_lacks_are_spelled_by_the_model(arabic, worse, better_prefix, lex):
    fast, better = _labels(lex, arabic)
    assert fast == worse            # the fast dictionary spelling made during extraction
    assert better.startswith(better_prefix) and better != worse, better


@pytest.mark.skipif(not _has_name_model(), reason="onnxruntime is not installed")
@pytest.mark.parametrize("arabic, french, english", [
    # an Arabic name the dictionary lacks is spelled as English news of the Mashriq spells it, not in
    # the French spelling of most of the model's North African rows (sh, not ch; the article)
    ("سالم شايف", "Chaif", "Shayef"),
    ("أبو لؤلوة المجوسي", "Mejoussi", "Al-Majousi"),
])
def test_the_model_spells_arabic_names_as_the_mashriq_does(arabic, french, english, lex):
    _, label = _labels(lex, arabic)
    assert english in label and french not in label, label


@pytest.mark.skipif(not _has_name_model(), reason="onnxruntime is not installed")
def test_son_of_is_spelled_apart_from_the_fathers_name(lex):
    """بن in a name the model spells is "bin", a word of its own (not glued Maghreb-style: "Bennafa")."""
    fast, label = _labels(lex, "سالم بن ديفيد كامبل")
    label = label or fast
    assert " bin " in label, label


@pytest.mark.skipif(not _has_name_model(), reason="onnxruntime is not installed")
def test_a_model_spelling_does_not_depend_on_its_batch():
    """Documents are spelled a worker's chunk at a time: a name's label must not depend on which
    names shared its batch (words of different lengths are never padded together)."""
    import kg.translit as T
    names = ["جون مارتوفيلا", "ريتشارد فوتيرنكا", "جون بوليتاريف", "جون فيلدوراتسكي", "ماهر زينالوفيتسا",
             "جيف ديفيس", "فيليبو غرانديلوتا", "آبي فوكسمانوفا", "أنطوان لوجران", "أينشتاين"]
    together = T.model_labels(names)
    assert len(together) >= 5
    for name in together:
        T._MODEL_LABELS.pop(name, None)
        assert T.model_labels([name]) == {name: together[name]}


def test_labels_not_made_by_person_label_are_kept():
    """relabel_persons changes only labels person_label made, never a title's or a user's."""
    from kg.document import P_ENTITIES, relabel_persons
    row = ("person/x", "Person", "General John Campbell", "جون كامبل", "", "", "")
    packed = (None,) * P_ENTITIES + ((row,),) + (None,)
    assert relabel_persons([packed])[0][P_ENTITIES] == (row,)


def test_a_name_without_its_middle_word_in_another_article_is_one_node(tmp_path):
    """حمود سعيد المخلافي in one article, حمود المخلافي in another: one node, labelled with the full
    name. A name with a particle keeps every word (خليفة بن سلمان آل خليفة, خليفة بن حمد آل خليفة)."""
    rows = [r for r in built_mentions(tmp_path, {
        "a": "وقال القائد الميداني حمود المخلافي إن قواته تقدمت في تعز.\n",
        "b": "وقال القائد الميداني حمود سعيد المخلافي إن قواته تقدمت في تعز.\n",
        "c": "واستقبل الأمير خليفة بن سلمان آل خليفة وفدا من البحرين.\n",
        "d": "واستقبل الأمير خليفة بن حمد آل خليفة وفدا من البحرين.\n"}) if r["type"] == "Person"]
    makhlafi = {r["entity_id"] for r in rows if "المخلافي" in r["text"]}
    assert len(makhlafi) == 1, rows
    assert {r["label_ar"] for r in rows if r["entity_id"] in makhlafi} == {"حمود سعيد المخلافي"}
    assert len({r["entity_id"] for r in rows if "آل خليفة" in r["text"]}) == 2, rows


@pytest.mark.parametrize("token, clitic, word", [
    ("لعبدالناصر", "ل", "عبدالناصر"),     # a preposition before an عبد name
    ("لمحمد", "ل", "محمد"),               # ... and before a known first name
    ("وابو", "و", "ابو"),                 # و before a name particle is "and" (tokens are folded)
    ("وبن", "و", "بن"),
    ("لميس", "", "لميس"),                 # a first name that starts with the letter stays whole
    ("بسام", "", "بسام"),
    ("لبيد", "", "لبيد"),                 # what is left is no known first name: unsplit
    ("لعتيق", "ل", "عتيق"),               # a name of the name dictionary, which lacks the word with ل
    ("لبني", "", "لبني"),                 # لبنى is a name of the dictionary itself
    ("لابي", "ل", "ابي"),                 # a preposition before a kunya's particle
    ("بابن", "ب", "ابن"),
])
def test_a_preposition_glued_to_a_first_name(token, clitic, word, lex):
    from kg.name_shapes import name_clitic
    assert name_clitic(token, lex.words.get("given_name", frozenset()), lex.words["name_particle"]) == (clitic, word)


@pytest.mark.parametrize("text, name", [
    # the word after آل is the family's name even when it is also a title or a common word
    ("وأعلن الوزير صالح بن عبدالعزيز آل الشيخ عن خطة جديدة.", "صالح بن عبدالعزيز آل الشيخ"),
    ("وقال الوزير محمد حسين آل زاهر إن الحكومة ستستقيل.", "محمد حسين آل زاهر"),
])
def test_a_family_name_after_al_ends_the_name(text, name, lex):
    got = [m for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Person"]
    from kg.text import fold_string
    assert [m.text for m in got] == [name] and got[0].entity.label_ar == fold_string(name)


@pytest.mark.parametrize("a, b, same", [
    ("حمود سعيد المخلافي", "حمود المخلافي", True),             # the father's name dropped
    ("محمد بن أمين الجفري", "محمد الجفري", True),              # ... with بن
    ("سالم بن علي حسن الجفري", "سالم الجفري", True),           # ... and the grandfather's name
    ("سالم بن علي أبو زيد", "سالم أبو زيد", True),             # ... a family name of two words
    ("عبد الرحمن صباح عيدان", "عبد الرحمن عيدان", True),       # عبد الرحمن is one name
    ("خليفة بن سلمان آل خليفة", "خليفة بن حمد آل خليفة", False),   # a royal house: every word counts
    ("محمد بن نايف بن عبدالعزيز", "محمد بن عبدالعزيز", False),    # a chain of fathers is kept whole
    ("محمد الخالد الحمد الصباح", "محمد صباح السالم الصباح", False),  # a ruling house without آل: kept whole
    ("جابر المبارك الحمد الصباح", "جابر مبارك الحمد الصباح", True),  # ... its fathers' names with or without ال
    ("جابر المبارك الصباح", "جابر مبارك الصباح", True),
    ("جابر المبارك الحمد الصباح", "جابر الحمد الصباح", False),
    ("سالم أحمد عبدالقادر العمري", "سالم العمري", True),      # four plain names: first and family name
    ("سالم أحمد عبدالقادر العمري", "سالم أحمد العمري", True),
    ("صلاح الدين رائد الحسني", "صلاح ماجد الحسني", False),    # صلاح الدين is one name
    ("علي سامي حسن علي", "علي كامل علي", False),              # first and last name alike: kept whole
    ("فلاح حمد زامل أبو ماريا", "فلاح أبو ماريا", True),      # ... unless the family name is two words
])
def test_person_id_key(a, b, same, lex):
    from kg.name_shapes import person_id_key
    from kg.text import fold_string
    particles, houses = lex.words["name_particle"], lex.words["house"]
    assert (person_id_key(fold_string(a), particles, houses) == person_id_key(fold_string(b), particles, houses)) is same


def test_a_found_name_the_model_reads_longer_is_the_whole_name(lex):
    """A person first read by part of the name (محمد الصمعاني) when the model reads more (وليد بن محمد
    الصمعاني): the entity is the whole name's, and so is the family name alone later."""
    text = "وقال الشيخ وليد بن محمد الصمعاني إن الحكومة ستستقيل. وأضاف الصمعاني أن الوضع صعب."
    got = [(m.text, m.entity.label_ar) for m in analyze(Document("t", text), lex).mentions
           if m.entity.type == "Person"]
    from kg.text import fold_string
    assert got == [("وليد بن محمد الصمعاني", fold_string("وليد بن محمد الصمعاني")),
                   ("الصمعاني", fold_string("وليد بن محمد الصمعاني"))]


@pytest.mark.parametrize("tokens, end", [
    (["بلخ", "المجاورة"], 1),          # a word that follows a place without being part of its name
    (["الحوطة", "مركز"], 1),
    (["الزور", "بصنعاء"], 1),          # another place with a preposition glued to it
    (["كفر", "بطنا"], 2),              # a name word that begins with ب stays
    (["رأس", "العين"], 2),
])
def test_a_place_the_model_reads_on_ends_before(tokens, end, lex):
    from kg.name_shapes import trim_place
    from kg.text import fold_string
    assert trim_place((0, len(tokens), "LOC"), [fold_string(t) for t in tokens], lex) == (0, end, "LOC")


@pytest.mark.parametrize("tokens, end", [
    (["صالح", "تركزت"], 1),            # a perfect verb with the feminine ت after a name
    (["صالح", "تتناثر"], 1),           # an imperfect of form VI
    (["أحمد", "يتقدم"], 1),
    (["تيسير", "تمام"], 2),            # names that begin with ت stay names
    (["هادي", "بالعتاد"], 1),          # a preposition on the article: an adjunct
    (["بول", "بيا", "تندرج"], 2),      # the imperfect of form VII
    (["محمد", "تنوير"], 2),            # a name of that shape with a long vowel stays
])
def test_a_person_the_model_reads_on_into_a_verb(tokens, end, lex):
    from kg.name_shapes import person_nouns, trim_person
    from kg.text import fold_string
    got = trim_person((0, len(tokens), "PERS"), [fold_string(t) for t in tokens], person_nouns(lex), lex)
    assert got == (0, end, "PERS")


def test_a_found_name_uses_the_lexicon_persons_spellings(lex):
    """سيرغي is Sergey in the lexicon (Sergey Lavrov): a person found in the text spells it the same."""
    got = [m.entity.label_en for m in analyze(Document("t", "وقال الوزير سيرغي بوبوف إن الوضع صعب."), lex).mentions
           if m.entity.type == "Person"]
    assert got and got[0].startswith("Sergey ")


@pytest.mark.parametrize("a, b", [
    ("المخاء", "المخا"),        # a final hamza after alef, written or dropped: the lexicon's Mocha
])
def test_a_place_with_or_without_its_final_hamza(a, b, lex):
    assert entity_of(f"وسيطرت القوات على مدينة {a} الساحلية.", a, lex) == \
        entity_of(f"وسيطرت القوات على مدينة {b} الساحلية.", b, lex) == "mocha"


@pytest.mark.parametrize("text, surface, eid", [
    # a foreign ch written تش or ش: the lexicon's يان كوبيش
    ("وقال المبعوث الأممي يان كوبيتش إن الوضع صعب.", "يان كوبيتش", "jan_kubis"),
    # a long family name with the article and a long vowel dropped: the lexicon's مسعود البارزاني
    ("واجتمع الوزير مع مسعود البرزاني رئيس إقليم كردستان.", "مسعود البرزاني", "masoud_barzani"),
    # a short one is another word (الأسود is not الأسد)
    ("وقال بشار الأسود إن الوضع صعب.", "بشار الأسود", "person/bashar-asad"),
])
def test_a_foreign_ch_either_way(text, surface, eid, lex):
    assert entity_of(text, surface, lex) == eid


@pytest.mark.parametrize("text, noun", [
    ("وانفجرت عبوة في سوق مكتظة بالمتسوقين.", "سوق"),          # an adjective after a place noun
    ("وقصفت الطائرات فندق يتجمع فيه المسلحون.", "فندق"),       # a verb after it
])
def test_a_place_noun_before_an_adjective_or_a_verb_names_nothing(text, noun, lex):
    got = [m for m in analyze(Document("t", text), lex).mentions if m.text.startswith(noun)]
    assert got and all(m.text == noun and m.kind == "generic" for m in got), [(m.text, m.kind) for m in got]


def test_the_building_of_a_place_named_before_is_unnamed(lex):
    """مبنى المحافظة after محافظة إب: the governorate's building, a facility the article does not name —
    not "Ibb Building" (a guessed name is wrong whenever the guess is)."""
    got = [(m.text, m.entity.id, m.kind) for m in
           analyze(Document("t", "وصل المسلحون إلى محافظة إب. واقتحموا مبنى المحافظة وقتلوا حارسين."), lex).mentions]
    assert ("مبنى", "facility/unnamed-building-yemen", "generic") in got and ("المحافظة", "ibb", "nominal") in got


@pytest.mark.parametrize("text, eid", [
    ("وصلت طائرات إلى مطار قاعدة العند الجوية في لحج.", "anad_airbase"),   # the base's airfield is the base
])
def test_the_airfield_of_a_base_is_the_base(text, eid, lex):
    got = [m.entity.id for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Facility"]
    assert got == [eid]


@pytest.mark.parametrize("arabic, english", [
    ("كريستوفر ستيفنز", "Christopher Stevens"),     # words.tsv name_en: common foreign names
    ("جون كامبل", "John Campbell"),
])
def test_common_foreign_names_are_spelled_as_english_writes_them(arabic, english, lex):
    from kg.translit import person_label, use_spellings
    use_spellings(lex.name_spellings)
    assert person_label(arabic) == english


@pytest.mark.parametrize("text, surface, english", [
    # a facility named by a common word is translated, not romanized
    ("وهاجم مسلحون مبنى المرور في عدن.", "مبنى المرور", "Traffic Building"),
])
def test_a_facility_named_by_a_common_word(text, surface, english, lex):
    got = [m.entity.label_en for m in analyze(Document("t", text), lex).mentions if m.text == surface]
    assert got == [english]


def test_a_hyphen_inside_an_arabic_name_joins_its_words():
    """بان كي-مون is the lexicon's بان كي مون; the offsets still point into the text as written."""
    from kg.pipeline import extract_text
    text = "وقال الأمين العام بان كي-مون إن الوضع خطير."
    res = extract_text(text)
    m = next(m for m in res.mentions if m.entity.id == "ban_ki_moon")
    assert text[m.start:m.end] == m.text == "بان كي-مون"


def test_a_german_st_written_sht_is_the_same_name():
    from kg.pipeline import extract_text
    res = extract_text("وقال الأمين العام لحلف الناتو ينس شتولتينبيرج إن الحلف مستعد.")
    assert "jens_stoltenberg" in {m.entity.id for m in res.mentions}


@pytest.mark.parametrize("text,eid", [
    ("وسيطرت حركة طالبان على مدينة كندوز شمال أفغانستان.", "kunduz"),        # ك for ق, a foreign k
    ("وقتل جنديان في هجوم بولاية هلماند الأفغانية.", "helmand"),             # a long vowel written
])
def test_a_place_outside_the_arab_world_varies_like_a_foreign_name(text, eid):
    from kg.pipeline import extract_text
    assert eid in {m.entity.id for m in extract_text(text).mentions}


def test_an_arab_place_name_does_not_vary():
    from kg.lexicon import load_lexicon
    lex = load_lexicon()
    assert lex.variant_of("البصيره", "Place") is None        # not البصرة


def test_abi_before_a_foreign_name_is_no_kunya(lex):
    """آبي فوكسمان is Abe Foxman: أبي reads as أبو only before a first name, a short word or the article."""
    ms = [m for m in analyze(Document("t", "وقال آبي فوكسمان إن الوضع صعب."), lex).mentions if m.entity.type == "Person"]
    assert ms and not ms[0].entity.label_en.startswith("Abu")


def test_arab_organisations_do_not_vary(lex):
    """An Arab body's name is Arabic words: no long vowel of it is a spelling (الحياة is the paper, and a
    name spelt like another Arab body's with a vowel more is not it)."""
    from kg.variants import KINDS
    assert lex.variants.find("حياه", "Media") is None and "Media" in KINDS


def test_a_noun_and_adjectives_without_the_article_name_no_organisation(lex):
    """منظمة إرهابية is "a terrorist organisation": a description, though the model reads a name."""
    ms = analyze(Document("t", "وصنفت الحكومة الجماعة منظمة إرهابية في العام الماضي."), lex).mentions
    assert not any("منظمة" in m.text for m in ms)


def test_a_place_name_ending_in_alef_maqsura_is_spelled_with_a(tmp_path):
    """باب موسى is "Bab Musa": folding makes the final ى a ي, which the label must not read as i."""
    rows = [r for r in built_mentions(tmp_path, {"a": "قصفت الميليشيات منطقة رأس عيسى في الحديدة بالمدفعية.\n"})
            if "عيسى" in r["text"]]
    assert rows and rows[0]["label"] == "Ras Isa", rows


def test_a_short_family_name_keeps_its_article_in_the_id(lex):
    """محمد خالد الحمد (first and family name: محمد الحمد) and محمد حمد (two first names) are two men: a
    family name of three letters keeps its article; a longer one is the same with or without it."""
    def person(text):
        return next(m.entity.id for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Person")
    assert person("وقال الشيخ محمد خالد الحمد إن الوضع صعب.") != person("وقال المواطن محمد حمد إن الوضع صعب.")
    assert person("وقال المتحدث إبراهيم العسيري إن الوضع هادئ.") == person("وقال المتحدث إبراهيم عسيري إن الوضع هادئ.")


def test_a_definite_noun_before_a_first_name_is_no_name_of_it(lex):
    """ويرأس الصحيفة منصور الجمري: a definite place noun is in no construct with a name after it; the man
    who heads the paper is a person, not a paper named منصور الجمري."""
    ms = analyze(Document("t", "وأغلقت السلطات صحيفة الوسط. ويرأس الصحيفة منصور الجمري منذ سنوات."), lex).mentions
    assert [m.entity.type for m in ms if m.text == "منصور الجمري"] == ["Person"]



def test_a_place_with_and_glued_is_the_place_named_before(lex):
    """كريتر ودار سعد after دار سعد in the article: و is "and", the place is the one named before."""
    text = "وتستمر المعارك حول حيي دار سعد وكريتر. وسقطت قذائف في كريتر ودار سعد."
    got = {m.text: m.entity.id for m in analyze(Document("t", text), lex).mentions}
    assert got.get("ودار سعد") == got.get("دار سعد"), got


@pytest.mark.parametrize("text, place", [
    # a word of position after a place is no part of its name
    ("وسيطرت المقاومة على منطقة عقاقة خلف السجن المركزي.", "عقاقة"),
    ("وسيطرت المقاومة على قرية الحمرا أمام المعسكر.", "الحمرا"),
])
def test_a_place_name_ends_before_a_word_of_position(text, place, lex):
    places = [m.text for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Place"]
    assert places == [place], places


@pytest.mark.parametrize("text,surface,entity", [
    # a party named by its head noun and first word alone, in an article that names it in full
    ("قصفت الطائرات التركية مواقع حزب العمال الكردستاني في شمال العراق. وقال مسؤول إن عناصر حزب العمال "
     "انسحبوا من مواقعهم.", "حزب العمال", "pkk"),
])
def test_a_party_named_by_its_first_words_in_an_article_that_names_it_in_full(text, surface, entity, lex):
    assert entity_of(text.split(". ")[1], surface, lex) != entity      # (alone, the words name no one)
    assert entity_of(text, surface, lex) == entity


@pytest.mark.parametrize("text,surface", [
    # another party of those first words: an adjective of its own follows them
    ("قصفت الطائرات التركية مواقع حزب العمال الكردستاني. وفاز حزب العمال البريطاني في الانتخابات.", "حزب العمال"),
    # a force's head and a title: the forces of which president, the words do not say
    ("تقدمت قوات الرئيس المخلوع علي عبدالله صالح نحو تعز. وقال قائد في قوات الرئيس هادي إن الهجوم فشل.",
     "قوات الرئيس"),
])
def test_first_words_of_a_name_that_name_another_or_no_one(text, surface, lex):
    first = analyze(Document(doc_id="t", text=text), lex).mentions
    later = [m for m in first if m.text == surface and m.start > text.index(". ")]
    assert all(m.entity.id not in {"pkk", "saleh_forces"} for m in later), [(m.text, m.entity.id) for m in later]


def test_a_turkish_persons_spelling_is_no_arab_names(lex):
    """رجب is Recep only in Turkish (رجب طيب أردوغان): a Bahraini activist named رجب is Rajab."""
    from kg.translit import person_label, use_spellings
    use_spellings(lex.name_spellings)
    assert "Recep" not in person_label("نبيل رجب")


def test_a_ruling_house_ends_a_persons_name(lex):
    """الشيخ ناصر فهد الأحمد الصباح: the model's name stops before الصباح; the house is the family name."""
    got = [m.text for m in analyze(Document("t", "واستقبل الشيخ ناصر فهد الأحمد الصباح وفدا رسميا."), lex).mentions
           if m.entity.type == "Person"]
    assert got == ["ناصر فهد الأحمد الصباح"], got


@pytest.mark.parametrize("text, surface, entity", [
    # a nationality adjective ends the name before it; the name after و is another person, not the
    # adjective's (الإيطالي جيانكارلو فيسيكيلا is one, جمال الدين الأفغاني ومحمد عبده two)
    ("ومن رواد النهضة جمال الدين الأفغاني ومحمد عبده وقاسم أمين.", "محمد عبده", "person/muhammad-abda"),
    # a preposition before a kunya is no part of the name
    ("وأشاد الكاتب بأبي حمزة السنحاني في مقاله.", "أبي حمزة السنحاني", "person/abu-hamza-sanhani"),
])
def test_a_name_after_a_conjunction_or_preposition(text, surface, entity, lex):
    assert entity_of(text, surface, lex) == entity


def test_a_name_one_goes_by_is_the_same_person(lex):
    """X (المعروف أيضا بـ Y): the alias Y after a participle of naming (words.tsv naming) is X, and its
    family name alone is X later."""
    text = ("وقال القيادي في الجماعة سالم الفرطوسي (المعروف أيضا بأبي ياسر الكعبي) إن الجماعة سترد. "
            "وأضاف الكعبي أن المفاوضات فشلت.")
    first = entity_of(text, "سالم الفرطوسي", lex)
    assert first and entity_of(text, "أبي ياسر الكعبي", lex) == first
    assert entity_of(text, "الكعبي", lex) == first
