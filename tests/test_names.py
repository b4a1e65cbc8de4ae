"""The statistical name recogniser (kg/name_model.py) and how recognition uses it (kg/recognize.py).

Every sentence here was written for these tests; none is taken from a corpus.
"""
import os
import shutil
import subprocess
import sys
import time

import pytest

from kg.model import Document
from kg.name_model import MODEL_FILE, Featurizer, NamesModelError, load_weights, tagger
from kg.pipeline import extract_text
from kg.recognize import _TOKEN_RE, _candidates, analyze
from kg.name_model import lexicon_marks, quote_marks
from kg.text import fold, fold_string


def test_the_shipped_model_loads_in_milliseconds_once_cached():
    load_weights(MODEL_FILE)                       # fills kg's cache if needed
    code = ("import time; from kg.name_model import load_weights; t = time.perf_counter(); w = load_weights(); "
            "print(time.perf_counter() - t, ' '.join(w.labels))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    seconds, labels = float(out[0]), set(out[1:])
    assert {"O", "B-PERS", "I-PERS", "B-LOC", "B-ORG"} <= labels
    assert seconds < 0.5, f"loading the name model took {seconds:.2f} s"


def _sentences(text, lex):
    """(tokens, marks) of each sentence of ``text`` as kg reads it (one sentence per line here)."""
    folded = fold(text)
    ftext = folded.text
    out = []
    for line_start, line in _lines(ftext):
        spans = [(m.start() + line_start, m.end() + line_start) for m in _TOKEN_RE.finditer(line)]
        starts, ends = [a for a, _ in spans], [b for _, b in spans]
        cands = [c for c in _candidates(ftext, lex, starts, ends) if starts and starts[0] <= c.fs < ends[-1]]
        marks = quote_marks(text, folded, starts, ends, lexicon_marks(starts, ends, cands, lex.entities))
        out.append(([ftext[a:b] for a, b in spans], marks))
    return out


def _lines(text):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


SENTENCES = """قال المدرب الإسباني خوسيه مارتينيز إن فريقه سيلعب في مدريد الأسبوع المقبل .
وأعلن نادي برشلونة تعاقده مع اللاعب البرازيلي رافاييل سانتوس لمدة ثلاثة مواسم .
وصرح المتحدث باسم الشركة « كريستوفر ماكدونالد » للصحفيين بأن الأرباح تراجعت في الربع الأخير .
وتقدم مقاتلو الفصائل نحو بلدة كفر عويد في ريف إدلب الجنوبي ، بينما انسحبت قوات النظام .
والتقى جان - إيف لودريان بنظيره في باريس ثم سافر إلى القاهرة ."""


def test_kg_decoder_gives_crfsuites_labels(lex):
    """kg tags with its own Viterbi over the CRF's weights; it must agree with CRFsuite's tagger."""
    import pycrfsuite
    from kg.name_model import spans
    fz = Featurizer(lex)
    reference = pycrfsuite.Tagger()
    reference.open(str(MODEL_FILE))
    sentences = _sentences(SENTENCES, lex)
    readings = tagger(fz, MODEL_FILE).read(sentences)
    for (tokens, marks), reading in zip(sentences, readings):
        assert sorted(reading.names) == sorted(spans(reference.tag(fz.sentence(tokens, marks)))), tokens


def test_model_reads_names_in_a_sentence(lex):
    (tokens, marks), = _sentences("قال المدرب الإسباني خوسيه مارتينيز إن فريقه سيلعب في مدريد .", lex)
    reading, = tagger(Featurizer(lex)).read([(tokens, marks)])
    found = {(" ".join(tokens[i:j]), t) for i, j, t in reading.names}
    assert ("خوسيه مارتينيز", "PERS") in found
    assert ("مدريد", "LOC") in found


@pytest.mark.parametrize("damage", ["missing", "truncated", "garbage", "not a model"])
def test_a_missing_or_damaged_model_is_a_clear_error(tmp_path, monkeypatch, damage):
    path = tmp_path / "names.crfsuite"
    if damage == "truncated":
        path.write_bytes(MODEL_FILE.read_bytes()[:5000])        # CRFsuite itself would crash on it
    elif damage == "garbage":
        path.write_bytes(b"lCRF" + b"\x00" * 100)
    elif damage == "not a model":
        path.write_text("id\ttype\n", encoding="utf-8")
    monkeypatch.setenv("KG_NAMES_MODEL", str(path))
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(NamesModelError) as e:
        extract_text("قال المدرب خوسيه مارتينيز إن فريقه جاهز.")
    assert str(path) in str(e.value)
    assert "bench/ner/train.py" in str(e.value)


def test_the_cli_reports_a_missing_model_on_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("قال المدرب خوسيه مارتينيز إن فريقه جاهز.", encoding="utf-8")
    env = {**os.environ, "KG_NAMES_MODEL": str(tmp_path / "nowhere.crfsuite")}
    kg = shutil.which("kg", path=os.path.dirname(sys.executable)) or "kg"
    t = time.perf_counter()
    proc = subprocess.run([kg, "build", str(article), "--out", str(tmp_path / "out"), "--workers", "2"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode != 0
    assert "nowhere.crfsuite" in proc.stderr and "Traceback" not in proc.stderr
    assert time.perf_counter() - t < 60


# (pattern, text, names that must be mentioned (text, entity id or type), texts that must not be names)
CASES = [
    ("a first name before a country's name makes a person", "وأعربت المستشارة ليزا موناكو عن تعازيها للضحايا.",
     {("ليزا موناكو", "Person")}, {"موناكو"}),
    ("a preposition written apart ends a name", "وقال يوسف تكروري لـ الوطن إن الوضع خطير.",
     {("يوسف تكروري", "Person")}, {"يوسف تكروري لـ الوطن"}),
    ("a preposition written apart before a quotation ends a name", 'وقال يوسف تكروري لـ"الوطن" إن الوضع خطير.',
     {("يوسف تكروري", "Person")}, {'يوسف تكروري لـ"الوطن'}),
    ("a preposition written apart starts no name", "واتصل مسلحون بـ أبي حمزة السنحاني أمس.",
     {("أبي حمزة السنحاني", "Person")}, {"بـ أبي حمزة السنحاني"}),
    ("a title's modifier is not a name", "وأكد مسؤول رفيع المستوى أن الخطة تسير وفق الجدول المعلن.",
     set(), {"رفيع المستوى", "رفيع"}),
    ("an adjective is not a person after a verb of saying", "وقال إن الاقتراح سخيف ولا يستحق النقاش.",
     set(), {"سخيف", "الاقتراح"}),
    ("a common word that is also a country", "وأعلنت الحكومة عن دعم مالي للمزارعين المتضررين.",
     set(), {"مالي"}),
    ("the country where the model reads a name", "وتقاتل القوات الفرنسية المتمردين في شمال مالي منذ سنوات.",
     {("مالي", "mali")}, set()),
    # a name that is also a verbal noun, before the word that makes it one (words.tsv common_before): نال من,
    # "undermined"; مسقط رأسه, "his birthplace"
    ("a name before the word that makes it a common word", "وتسعى هذه الجماعات للنيل من وحدة الشعب.",
     set(), {"النيل", "للنيل", "لنيل"}),
    # a word of a building right after the noun of a town begins the town's name (بيت: Beit Lahia), no house
    ("a house word after a town noun begins its name", "وقصفت الطائرات بلدة بيت لاهيا شمال القطاع.",
     {("بيت لاهيا", "Place")}, {"بيت"}),
    # a plural imperfect verb (يمتلكون) and a plural noun with a pronoun (ميزانياتها) are no name words
    ("a plural imperfect verb ends a name", "وقال إن أنصار صالح يمتلكون مخازن أسلحة في الجبال.",
     set(), {"صالح يمتلكون"}),
    ("a plural noun with a pronoun ends a name", "وأعلنت الشركة أنها رفعت ميزانياتها للعام المقبل.",
     set(), {"رفعت ميزانياتها"}),
    ("a birthplace is no Muscat", "وعاد الشاعر إلى مسقط رأسه بعد غياب طويل.", set(), {"مسقط"}),
    # a town's name takes no tanween: دومًا "always", صيدًا "prey" (a country's does, as its adjective)
    ("a word with tanween is no town", "وتتكرر هذه الاتهامات دومًا في خطاب الحكومة، ويقع المدنيون صيدًا سهلًا.",
     set(), {"دوما", "دومًا", "صيدا", "صيدًا"}),
    ("the town without tanween", "وقصفت الطائرات مدينة دوما في ريف دمشق.", {("دوما", "douma")}, set()),
    ("the river after the same name", "وعبرت القوارب نهر النيل من الضفة الشرقية.", {("النيل", "nile")}, set()),
    ("an adjective after a definite place noun", "وسقطت القذائف على المدينة السكنية قرب الميناء.",
     set(), {"السكنية", "المدينة السكنية"}),
    ("an indefinite adjective after a place noun", "وانفجرت عبوة في حي شعبي وسط العاصمة.",
     set(), {"شعبي"}),
    ("an accusative nisba adjective after a place noun", "وقصفت الطائرات مبنى حكوميا في وسط العاصمة.",
     set(), {"مبنى حكوميا", "حكوميا"}),
    ("a future verb of a defective root ends a place's name", "وقال إن السيطرة على مديرية جبن ستعني قطع الإمداد.",
     set(), {"جبن ستعني"}),
    ("a plural participle ends a place's name", "وفر المسلحون باتجاه مديرية جبن تاركين أسلحتهم خلفهم.",
     set(), {"جبن تاركين"}),
    ("a word of totality after a place noun", "وقال إن أحياء بأكملها تعرضت للدمار وإن مدنا بأسرها خلت من السكان.",
     set(), {"بأكملها", "بأسرها"}),
    ("a participle after a group noun", "وهاجمت جماعة متمردة قافلة للإغاثة.",
     set(), {"متمردة", "جماعة متمردة"}),
    ("the dual of a common noun", "وأصيب شابان برصاص الجنود قرب الحاجز.", set(), {"شابان"}),
    ("a vehicle's acronym spelt out or in Latin letters (words.tsv equipment)",
     "واستولى المسلحون على مدرعات بي تي آر وقاذفات RPG من الجيش.", set(),
     {"بي تي آر", "بي تي آر وقاذفات", "RPG"}),
    ("a name after a title and where the envoy is posted, though it begins with ب",
     "وقال المبعوث الأممي إلى ليبيا برناردينو ليون إن الأطراف اقتربت من الاتفاق.",
     {("برناردينو ليون", "Person")}, set()),
    ("after a title, a first name that is also a common word begins the name the model reads after it",
     "وقال الناشط فلاح أبو سليم إن الجنود أطلقوا النار على المتظاهرين.",
     {("فلاح أبو سليم", "Person")}, {"أبو سليم"}),
    ("so a woman's first name written with a long alef", "وقالت السيدة آلاء بدر الخطيب إن المستشفى تعرض للقصف.",
     {("آلاء بدر الخطيب", "Person")}, {"بدر الخطيب"}),
    ("but not a word the name dictionary lacks, after a title", "وأكد وزير داخليته سامي الحداد أن القوات تقدمت.",
     set(), {"داخليته سامي الحداد"}),
    ("a kunya the model reads alone goes on over the nisba after it",
     "وقال أبو البراء المداني إن القوات انسحبت من المدينة.",
     {("أبو البراء المداني", "Person")}, {"أبو البراء"}),
    ("but not over a nationality", "وقال أبو الحارث العراقي إن المقاتلين انسحبوا من المدينة.",
     set(), {"أبو الحارث العراقي"}),
    ("a hyphenated first name is part of the name", "والتقى جان - إيف لودريان بنظيره الألماني أمس.",
     {("جان - إيف لودريان", "jean_yves_le_drian")}, {"جان"}),
    ("persons of a list between hyphens are persons apart",
     "واعتقلت الشرطة كلا من (سامي فريد العتيبي - ناصر محمود الجبوري - كريم عادل الفهد).",
     {("سامي فريد العتيبي", "Person"), ("كريم عادل الفهد", "Person")}, set()),
    ("two names read with nothing between are one name",
     "ومن المقرر أن يلتقي رئيس الوزراء هيلا ماريام ديسالين غدا في أديس أبابا.",
     {("هيلا ماريام ديسالين", "Person")}, {"ديسالين", "هيلا ماريام"}),
    ("a council of a province named with its place noun", "وقال مجلس محافظة كركوك إن الوضع مستقر.",
     {("مجلس محافظة كركوك", "Organization")}, set()),
    ("a government named by its town", "وأعلنت حكومة طبرق رفضها للاتفاق.", {("حكومة طبرق", "Government")}, set()),
    ("a capital's government is its state's", "وقالت حكومة أنقرة إنها ترفض الاتهامات.", set(), {"حكومة أنقرة"}),
    ("a force noun does not start a person's name", "وهاجمت قوات المدعو سامر فتوح مواقع المعارضة.",
     set(), {"قوات سامر فتوح", "قوات المدعو سامر فتوح"}),
    ("a village the lexicon does not know, after its place noun",
     "وتقدم مقاتلو الفصائل نحو بلدة كفر عويد في ريف إدلب.", {("كفر عويد", "Place")}, set()),
    ("a foreign person the lexicon does not know", "وأعلن نادي برشلونة تعاقده مع اللاعب البرازيلي رافاييل سانتوس.",
     {("رافاييل سانتوس", "Person")}, set()),
    ("a person whose family name is a company in the lexicon",
     "وصرح المتحدث باسم الشركة كريستوفر ماكدونالد للصحفيين بأن الأرباح تراجعت.",
     {("كريستوفر ماكدونالد", "Person")}, {"كريستوفر"}),
    ("a name ends before a still-verb written solid", "وقالت المصادر إن المعارك حول معسكر النمر لاتزال مستمرة منذ الصباح.",
     {("معسكر النمر", "Facility")}, {"معسكر النمر لاتزال"}),
    ("a name ends before a bare ordinal", "وتعد بلدة الحمراء ثاني أكبر بلدات المحافظة بعد العاصمة.",
     {("الحمراء", "Place")}, {"الحمراء ثاني"}),
    ("a name ends before a preposition glued to a function word",
     "وطالبت المنظمة بنقل المعتقلين في سجن الرمال لمن يضمن سلامتهم.",
     {("سجن الرمال", "Facility")}, {"سجن الرمال لمن"}),
    ("a person's name ends before a force noun", "وقال الناطق العسكري سامي الحداد ميليشيات المعارضة تتحمل المسؤولية.",
     {("سامي الحداد", "Person")}, {"سامي الحداد ميليشيات", "سامي الحداد ميليشيات المعارضة"}),
    ("supporters of a person are no person", "واتهم البيان أتباع منصور بقصف الأحياء السكنية في المدينة.",
     set(), {"أتباع منصور"}),
    ("a word with tanween is no name word", "ويقيم النازحون في قرية الصفا مؤقتًا بانتظار العودة.",
     {("الصفا", "Place")}, {"الصفا مؤقتًا"}),
    ("a name ends before a quotation opened inside it", "وقال المتحدث باسم الجيش الليبي لـ«الشرق الأوسط» إن القوات تقدمت.",
     {("الشرق الأوسط", "asharq_al_awsat")}, {"الجيش الليبي لـ«الشرق الأوسط"}),
    ("a lexicon person named without the middle name", "وأعلن الرئيس عبد ربه هادي حالة الطوارئ في البلاد.",
     {("عبد ربه هادي", "abdrabbuh_mansur_hadi")}, set()),
    ("and after a conjunction", "وقال المتحدث إن عبدالملك الحوثي وعلي صالح يتحملان المسؤولية عن الحرب.",
     {("علي صالح", "ali_abdullah_saleh")}, {"وعلي صالح"}),
    ("a name particle alone is no one", "واتهمت المعارضة نظام بن علي بقمع المتظاهرين.", set(), {"بن"}),
    ("a form of address is no name", "وتلقى الوزير اتصالا من صاحب السمو الملكي ولي العهد.", set(), {"السمو", "سمو"}),
    ("علي written with ya is the name, not the preposition", "وقال المتحدث علي الأحمدي إن القوات تقدمت.",
     {("علي الأحمدي", "Person")}, {"الأحمدي"}),
    ("a noun with the article heads no name in the genitive", "وقالت مصادر في الميناء لـ«الشرق الأوسط» إن السفن وصلت.",
     {("الشرق الأوسط", "asharq_al_awsat")}, {"الميناء لـ«الشرق الأوسط"}),
    ("... nor an indefinite word", "ونقل المصاب إلى المستشفى محمد وهو في حالة حرجة.",
     set(), {"المستشفى محمد", "محمد وهو"}),
    ("... but a definite adjective names it", "وصلى المؤمنون في المسجد الأقصى.", {("المسجد الأقصى", "al_aqsa")}, set()),
    ("a head noun after a title is no person", "وقال زعيم تنظيم «القاعدة» في بيان إن الهجوم نجح.",
     set(), {"تنظيم"}),
    ("a feminine adjective after a feminine place noun", "وقصفت الطائرات منطقة مزدحمة في المدينة.",
     set(), {"مزدحمة"}),
    ("after a title, a first name the model reads alone keeps the pattern's whole name",
     "وأصدر رئيس الوزراء المهندس كريم منصور قرارا بمد حالة الطوارئ.", {("كريم منصور", "Person")}, {"كريم"}),
    ("a name ends before a verb in the plural of the perfect", "وقال السكان إن رجال الإنقاذ في جبل النور عثروا على الجثث.",
     {("جبل النور", "Place")}, {"جبل النور عثروا"}),
    ("a name ends before the adjective of a false idafa", "ونقل الصحفي إلى سجن الرمال سيئ السمعة قرب العاصمة.",
     {("سجن الرمال", "Facility")}, {"سجن الرمال سيئ", "سجن الرمال سيئ السمعة"}),
    ("a residential district's adjective is no name word", "وقصفت الطائرات حي الزهور السكني شرق المدينة.",
     {("الزهور", "Place")}, {"الزهور السكني"}),
    ("a staff rank after a military title is the title's", "وقال العميد الركن سامر الحداد إن القوات تقدمت.",
     {("سامر الحداد", "Person")}, {"الركن سامر الحداد", "ركن سامر الحداد"}),
    ("a family name that is also a first name, alone, is the person named in full before",
     "وقال الرئيس اليمني السابق علي عبدالله صالح إن الحرب ستطول. واتهم المتحدث الرئيس السابق صالح بالتصعيد.",
     {("صالح", "ali_abdullah_saleh")}, set()),
    ("a first name cut from the family name by an editor's bracket", "وقال رئيس الوزراء (العراقي حيدر) العبادي إن الأمن أولوية.",
     {("حيدر", "haider_al_abadi"), ("العبادي", "haider_al_abadi")}, set()),
    ("... or the lexicon's person the two words name", "واتصل الرئيس (الإيراني حسن) روحاني بنظيره الروسي.",
     {("حسن", "hassan_rouhani"), ("روحاني", "hassan_rouhani")}, set()),
    ("a family name alone is the lexicon's person of the country the text is about",
     "وأكدت إيران التزامها بالاتفاق النووي في طهران. وقال ظريف إن الاتفاق صامد.",
     {("ظريف", "mohammad_javad_zarif")}, set()),
    ("a particle written with its hamza starts no name", "وأضاف المتحدث فإن سالم يتحمل المسؤولية كاملة.",
     set(), {"فإن سالم"}),
    ("a participle after a place's name describes it", "ووصلت القوات إلى قرية الصفا متجهة نحو الجنوب.",
     {("الصفا", "Place")}, {"الصفا متجهة"}),
    ("a first name of two words alone is the person named in full before",
     "وقال الرئيس عبد ربه منصور هادي إن الحرب ستنتهي. وأضاف الرئيس عبد ربه أن الحكومة ستعود.",
     {("عبد ربه", "abdrabbuh_mansur_hadi")}, set()),
    ("... a family name that is also a first name too", "وفي كابول الأفغانية قال الرئيس غني إن طالبان ستهزم.",
     {("غني", "ashraf_ghani")}, set()),
    ("a known first name alone is no one", "وفي دمشق قال المحامي صالح إن القضية معقدة.", set(), {"صالح"}),
    ("a lexicon person named by the first words of the name", "وقال الوزير الألماني فرانك فالتر إن المحادثات ستستمر.",
     {("فرانك فالتر", "frank_walter_steinmeier")}, set()),
    ("زنجبار in Arabic news is Yemen's Zinjibar; the island is جزيرة زنجبار",
     "وحاصرت المقاومة مدينة زنجبار بعد معارك عنيفة.", {("زنجبار", "zinjibar")}, set()),
    ("عن طريق is 'by means of', no road", "وتمول الحكومة المشاريع عن طريق شهادات الاستثمار.",
     set(), {"طريق شهادات الاستثمار", "شهادات الاستثمار"}),
    ("a verbal noun of a derived verb after a place noun is no place's name (the celebration area)",
     "وعززت القوات إجراءات تأمين منطقة الاحتفال بالمدينة.", set(), {"الاحتفال", "منطقة الاحتفال"}),
    ("a word without the article after a facility's name with it is no part of it (سمعت: I heard)",
     "وفي لقاء مع من أوقفوا في سجن الحائر سمعت منهم قولا غريبا.", {("سجن الحائر", "Facility")},
     {"سجن الحائر سمعت"}),
    ("... a first name or a name particle is (مسجد الحسين بن علي)", "وقع التفجير في مسجد الحسين بن علي بالدمام.",
     {("مسجد الحسين بن علي", "Facility")}, {"مسجد الحسين"}),
    ("a facility noun and a participle agreeing with it are a description (a crowded market)",
     "فجرت انتحارية نفسها في سوق مزدحمة في مايدوغوري.", set(), {"سوق مزدحمة"}),
    ("منطقة الجزاء is the penalty area, no place", "وسدد اللاعب كرة من خارج منطقة الجزاء فسكنت المرمى.",
     set(), {"الجزاء", "منطقة الجزاء"}),
    ("... with a preposition on the noun", "وتقدم المهاجم لمنطقة الجزاء وسجل الهدف الثاني.",
     set(), {"الجزاء", "منطقة الجزاء"}),
    ("an outlet the lexicon knows by its head noun", "وذكرت « الجزيرة » أن المفاوضات تعثرت في الدوحة.",
     {("الجزيرة", "al_jazeera")}, set()),
    # البو (Albu, "the family of") begins a tribe's place name and goes on
    ("Albu + a name is one place", "وسيطرت القوات العراقية على منطقة البو فراج شمال الرمادي.",
     {("البو فراج", "Place")}, {"البو"}),
    # a sect named by its people is no organisation
    ("Shiites (شيعة) are no organisation", "وقال إن الضحايا سنة وشيعة من أبناء المدينة.", set(), {"شيعة", "وشيعة"}),
    # a kinship noun with a possessive pronoun is no name's first word
    ("our son (ابننا) is no name word", "وقال ابننا طارق إن المدرسة أغلقت أبوابها.", set(), {"ابننا طارق"}),
    # the name model reads every sentence, also one with no word of the lexicon in it
    ("a sentence with no lexicon word is read too", "وكتبت الروائية منيرة عروس قصة جديدة عن طفولتها.",
     {("منيرة عروس", "Person")}, set()),
    ("... a player named with no title", "ويعود عماد متعب إلى التدريبات غدا بعد شفائه.",
     {("عماد متعب", "Person")}, set()),
    # a participle with its preposition describes a facility: it is not its name's word
    ("a participle and its preposition end a facility's name", "قصفت الطائرات جسر السلام الرابط بين ضفتي النهر.",
     {("جسر السلام", "Facility")}, {"جسر السلام الرابط"}),
    # a person's name the model reads after a body's name is the person, not the body's
    ("a leader's name after his group is no part of it", "وقتل زعيم جماعة خراسان محسن الفضلي في غارة أمريكية.",
     {("محسن الفضلي", "Person")}, {"جماعة خراسان محسن الفضلي"}),
    # a lone first name, a word the model reads as none, then a name: one chain (the father's name between)
    ("a father's name that is also a common word joins the chain",
     "وأكد عبد الله صباح ناصر الخالدي، وهو مهندس، أن المشروع تأخر.",
     {("عبد الله صباح ناصر الخالدي", "Person")}, {"ناصر الخالدي"}),
    ("... not two men joined by و", "وتألق حازم إمام ومصطفى فتحي في المباراة.",
     set(), {"حازم إمام ومصطفى فتحي"}),
    # an adjective agrees in definiteness: a definite nisba after an indefinite place noun is its name
    ("ناحية + a definite nisba is a place's name, no nationality", "وتسيطر الفصائل على قرية المصرية شرق المدينة.",
     {("المصرية", "Place")}, set()),
    # national guards and houses of fatwa are unnamed bodies of their country (generic.tsv)
    ("a national guard", "وقال المتحدث باسم الحرس الوطني التونسي إن الوضع مستقر.",
     set(), {"الحرس"}),
    # a participle after an indefinite facility noun describes it: a specialised hospital, no name
    ("a participle after a facility noun", "ونقل الجرحى إلى مستشفى متخصص في مدينة مايدوغوري.",
     set(), {"مستشفى متخصص", "متخصص"}),
    # a road or a border triangle between the places it names is one facility named by all of them
    ("a road between two places", "ووقع الحادث على طريق بغداد - كركوك صباح أمس.",
     {("طريق بغداد - كركوك", "Facility")}, {"طريق بغداد"}),
    ("a border triangle", "وتنشط الجماعات المسلحة في مثلث ليبيا الجزائر مالي.",
     {("مثلث ليبيا الجزائر مالي", "Facility")}, {"مثلث ليبيا"}),
    # a common word with a preposition or ف glued to it ends a person's name: "with anger", "and she said"
    ("a glued preposition's common word after a name", "وقال ماجد عمران بغضب إن الحكومة تخلت عن الأهالي.",
     {("ماجد عمران", "Person")}, {"ماجد عمران بغضب"}),
    ("a glued ف's verb after a name", "وتحدثت فاطمة القحطاني فعبرت عن حزنها الشديد.",
     {("فاطمة القحطاني", "Person")}, {"فاطمة القحطاني فعبرت"}),
]


@pytest.mark.parametrize("pattern,text,expected,forbidden", CASES, ids=[c[0] for c in CASES])
def test_names_in_sentences(pattern, text, expected, forbidden):
    res = extract_text(text)
    names = [m for m in res.mentions if m.kind == "name"]
    got = {(m.text.replace("«", "").replace("»", "").strip(), m.entity.id) for m in names} | {
        (m.text.replace("«", "").replace("»", "").strip(), m.entity.type) for m in names}
    for want in expected:
        assert want in got, f"{pattern}: {want} not in {sorted(got)}"
    for text_ in forbidden:
        assert not any(t == text_ for t, _ in got), f"{pattern}: {text_!r} read as a name"


@pytest.mark.parametrize("a, b, same", [
    ("وقع انفجار في جامع النور وسط المدينة.", "وقع انفجار في مسجد النور وسط المدينة.", True),   # synonym heads
    ("ونقل الجرحى إلى مستشفى الأمل العام.", "ونقل الجرحى إلى مستشفى الأمل.", True),              # an adjective
    ("وقع انفجار في مسجد النور وسط المدينة.", "ونقل الجرحى إلى مستشفى النور.", False),        # another kind
    ("وقع انفجار في مسجد الإمام الباقر أمس.", "وقع انفجار في مسجد الباقر أمس.", True),       # the honorific
    ("وافتتح الوزير مدرسة الشيخ سالم الجديدة.", "وافتتح الوزير مدرسة سالم الجديدة.", True),
])
def test_one_facility_one_id(a, b, same):
    def fac(text):
        return next(m.entity.id for m in extract_text(text).mentions if m.entity.type == "Facility")
    assert (fac(a) == fac(b)) is same


@pytest.mark.parametrize("text, label", [
    ("وقال مسؤولون في مستشفى غزة إن المصاب شاب.", "Gaza Hospital"),          # not "Gaza Strip Hospital"
    ("وقال أستاذ في جامعة نيويورك إن الاقتصاد يتباطأ.", "New York University"),  # not "New York City University"
])
def test_a_facility_named_after_a_place_uses_its_short_name(text, label):
    assert label in {m.entity.label_en for m in extract_text(text).mentions if m.entity.type == "Facility"}


@pytest.mark.parametrize("text, label", [
    ("وتقدمت القوات حتى مصنع الحديد شرق المدينة.", "Iron Factory"),          # what it makes, in English
    ("ورست في ميناء الزيت سفينة تحمل القمح.", "Oil Port"),
    ("وانفجرت عبوة قرب محطة القطار في وسط المدينة.", "Train Station"),   # قطار is no Qatar
    ("ونقل الجرحى إلى مستشفى الثورة في المدينة.", None),                  # a name (words.tsv proper_noun)
])
def test_a_facility_named_by_what_it_makes_is_labelled_in_english(text, label):
    got = {m.entity.label_en for m in extract_text(text).mentions if m.entity.type == "Facility"}
    if label is None:
        assert len(got) == 1 and "Revolution" not in next(iter(got)), got
    else:
        assert label in got, got


@pytest.mark.parametrize("a, b", [
    ("وقال حسام عبد الغفار إن الوضع مستقر.", "وقال حسام عبدالغفار إن الوضع مستقر."),   # عبد written apart or joined
    ("ورست السفينة في ميناء المخاء.", "ورست السفينة في ميناء المخا."),               # a final hamza after alef
])
def test_one_name_in_two_spellings_is_one_node(a, b):
    def ids(text):
        return {m.entity.id for m in extract_text(text).mentions if m.entity.type in ("Person", "Facility")}
    assert ids(a) and ids(a) == ids(b)


def test_part_of_a_lexicon_name_read_by_the_model_is_no_new_person():
    """علي عبدالله صالح is the lexicon's; the model's reading of its last two words (عبدالله صالح) must not
    make a person of its own that صالح alone later becomes."""
    res = extract_text("وقال مسؤول إن علي عبدالله صالح غادر العاصمة. وأضاف أن صالح وصل إلى مأرب.")
    ids = {m.entity.id for m in res.mentions if m.entity.type == "Person"}
    assert "ali_abdullah_saleh" in ids
    assert ids <= {"ali_abdullah_saleh"}, ids


def test_mentions_keep_their_offsets(lex):
    """Clitics, diacritics, tatweel and quotation marks around names the model finds: every mention's
    offsets still cut its text out of the article."""
    text = ("وقالَ المدرّبُ الإسبانيّ «خوسيه مارتينيز» لـ«الشرق الأوسط» إنّ فريقه سيلعب في مدريـــد، "
            "بينما التقى وزيرُ الخارجية جان - إيف لودريان بنظيره في باريس.\n"
            "وتقدم مقاتلو الفصائل نحو بلدة كفر عويد، ولرافاييل سانتوس رأيٌ آخر.")
    doc = Document(doc_id="t", text=text)
    mentions = analyze(doc, lex).mentions
    assert len(mentions) >= 5
    for m in mentions:
        assert text[m.start:m.end] == m.text, m
    assert any(m.entity.type == "Person" and "مارتينيز" in m.text for m in mentions)


# --- English labels of what the text names ----------------------------------------------------------

LABELS = [
    # (text, Arabic words of the entity's mention, its English label)
    ("وأعلن نادي برشلونة تعاقده مع اللاعب البرازيلي رافاييل سانتوس.", "رافاييل سانتوس", "Raphael Santos"),
    ("وشكلت الأمم المتحدة لجنة التحقيق في الهجوم.", "لجنة التحقيق", "Investigation Committee"),
    ("وطالبت لجنة حقوق الإنسان العربية بالإفراج عنهم.", "لجنة حقوق الإنسان العربية", "Arab Human Rights Committee"),
    ("وقالت لجنة الأمن والدفاع في البرلمان إن الوضع مستقر.", "لجنة الأمن والدفاع", "Security and Defence Committee"),
    # (the nationality adjective after it is part of its mention, as in the lexicon's names)
    ("وقرر مجلس الوزراء العراقي تمديد العطلة.", "مجلس الوزراء العراقي", "Council of Ministers (Iraq)"),
    # a word ending in ة is no word with the pronoun ه: الداخلية is not الداخلي + ه ("his internal")
    ("وأعلنت وزارة الداخلية السعودية اعتقال خمسة مطلوبين.", "وزارة الداخلية السعودية", "Ministry of Interior (Saudi Arabia)"),
    # two Arabic words of one English word are said once
    ("وقالت وزارة التربية والتعليم اليمنية إن المدارس مغلقة.", "وزارة التربية والتعليم اليمنية", "Ministry of Education (Yemen)"),
    # courts are bodies of their country (place_nouns.tsv محكمة)
    ("وقضت المحكمة العليا الإسرائيلية بهدم المنازل.", "المحكمة العليا الإسرائيلية", "Supreme Court (Israel)"),
    # a government named by adjectives: the adjectives before the noun
    ("وأعلنت الحكومة الانتقالية في ليبيا حالة الطوارئ.", "الحكومة الانتقالية", "Transitional Government (Libya)"),
    # the country after في is the body's
    ("وكانت وزارة الخارجية في البحرين قد استدعت القائم بالأعمال.", "وزارة الخارجية",
     "Ministry of Foreign Affairs (Bahrain)"),
    # ... also when the model reads it after a head noun with the article: one central bank per country
    ("وأعلن البنك المركزي الليبي في طرابلس خفض الفائدة.", "البنك المركزي", "Central Bank (Libya)"),
    ("وأعلن البنك المركزي اليمني في عدن نقل مقره.", "البنك المركزي", "Central Bank (Yemen)"),
    # a place's name of the shape CCيCة that is no common word: a diminutive (فُعَيْلة), as al-Hudaydah
    ("وقصفت الطائرات قرية الحجيلة شرق المدينة.", "الحجيلة", "Al-Hujayla"),
    # a proper noun of facility names as English writes it (words.tsv proper_noun value), not its letters
    ("ونقل الجرحى إلى مستشفى الثورة في تعز.", "مستشفى الثورة", "Al-Thawra Hospital"),
    # the dictionary has al-Bilaoui and al-Bilawi as often: the spelling nearer the letters in English
    ("وطالب العميد السابق أحمد البيلاوي بدعم العشائر.", "أحمد البيلاوي", "Ahmed al-Bilawi"),
    ("وانتقد المجلس الإسلامي الأعلى القرار.", "المجلس الإسلامي الأعلى", "Supreme Islamic Council"),
    # the common words of parties' and movements' names are translated (words.tsv noun_en)
    ("وقال الاتحاد الإسلامي الكردستاني إن الحكومة فشلت.", "الاتحاد الإسلامي الكردستاني", "Kurdistan Islamic Union"),
    ("وأعلن الحزب الاشتراكي اليمني رفضه للقرار.", "الحزب الاشتراكي اليمني", "Socialist Party (Yemen)"),
    # a facility named for a person, after a title: one facility, not an unnamed mosque and a man
    ("فجر انتحاري نفسه في مسجد الإمام الصادق في الكويت.", "مسجد الإمام الصادق", "Imam al-Sadiq Mosque"),
    ("قصفت الطائرات مدرسة الشيخ زايد في عدن.", "مدرسة الشيخ زايد", "Sheikh Zayed School"),
    # … its adjective after the name is the facility's (Islamic University), not the man's
    ("وقال أستاذ في جامعة الإمام محمد بن سعود الإسلامية إن الوضع صعب.", "جامعة الإمام محمد بن سعود",
     "Imam Mohammed bin Saud Islamic University"),
]


@pytest.mark.parametrize("text,mention,label", LABELS, ids=[x[2] for x in LABELS])
def test_english_labels(text, mention, label):
    res = extract_text(text)
    got = {m.text: m.entity.label_en for m in res.mentions}
    assert got.get(mention) == label, got


def test_a_name_written_in_latin_letters_keeps_its_case(tmp_path):
    """The National, iDNES: a name in Latin letters is labelled as written, not as folded ("the national")."""
    from tests.test_variants import built_mentions
    rows = [r for r in built_mentions(tmp_path, {"a": "وقالت صحيفة The National الإماراتية إن الوضع هادئ.\n"})
            if "National" in r["text"]]
    assert rows and rows[0]["label"] == "The National", rows


def test_a_body_named_by_what_it_does_is_a_description():
    """لجنة التحقيق is an organisation kg keeps (with an English label), but not a proper name."""
    res = extract_text("وشكلت الأمم المتحدة لجنة التحقيق في الهجوم.")
    kinds = {m.text: m.kind for m in res.mentions}
    assert kinds["لجنة التحقيق"] == "nominal"
    assert kinds["الأمم المتحدة"] == "name"


def test_no_label_says_a_word_twice(seeds_out):
    from kg.translit import no_doubles
    assert no_doubles("Zaatari camp Camp") == "Zaatari Camp"
    out, _ = seeds_out
    import csv
    with open(out / "triples.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for label in (row["actor"], row["target"]):
                words = label.lower().split()
                assert all(a != b for a, b in zip(words, words[1:])), label


def _model_reads(monkeypatch, word, *spans):
    """Make kg's name model read, in sentence n, the name (len, type) = spans[n] (the last one for later
    sentences) starting at the first token that is ``word``: tests of what recognition does with a
    reading, whatever the shipped model reads."""
    from kg import recognize
    from kg.name_model import Reading
    from kg.text import fold_string

    def fake(work, state):
        out = []
        for sa, _ in work:
            k = sa.tokens.index(fold_string(word))
            n, typ = spans[min(sa.index, len(spans) - 1)]
            out.append(Reading([(k, k + n, typ)]))
        return out

    monkeypatch.setattr(recognize, "_read_names", fake)


def test_a_full_name_read_elsewhere_in_the_article_wins_over_a_partial_reading(monkeypatch, lex):
    """The model reads ماركوس alone as a place in one sentence and ماركوس فيلدمان as a person in the
    next: both sentences name the person (kg.recognize: _Builder._as_read_elsewhere)."""
    _model_reads(monkeypatch, "ماركوس", (1, "LOC"), (2, "PERS"))
    text = "وحذر المبعوث الأممي إلى اليمن ماركوس فيلدمان الأطراف من التصعيد.\nوالتقى ماركوس فيلدمان وفد الحكومة في الرياض."
    got = [(m.sentence, m.text, m.entity.type) for m in analyze(Document("t", text), lex).mentions if "ماركوس" in m.text]
    assert got == [(0, "ماركوس فيلدمان", "Person"), (1, "ماركوس فيلدمان", "Person")], got


@pytest.mark.parametrize("text, words, label", [
    # (قوات الطوارئ is an unnamed force now: generic.tsv security_forces)
    ("وقالت قوات الإنقاذ إن الوضع تحت السيطرة.", ("قوات", "الإنقاذ"), "Salvation Forces"),
    ("وقالت لجنة حقوق الإنسان إن الوضع سيئ.", ("لجنة", "حقوق", "الإنسان"), "Human Rights Committee"),
    ("وخفض البنك المركزي سعر الفائدة.", ("البنك", "المركزي"), "Central Bank"),
])
def test_a_body_named_by_common_words_is_labelled_in_english(monkeypatch, lex, text, words, label):
    """An organisation the model reads whose words all have an English (words.tsv noun_en): its label
    is their English, head last, not a transliteration ("Qawat al-Tawari")."""
    _model_reads(monkeypatch, words[0], (len(words), "ORG"))
    got = {m.entity.label_en for m in analyze(Document("t", text), lex).mentions}
    assert label in got, got


def test_a_first_name_alone_is_the_one_person_of_the_article_with_it(monkeypatch, lex):
    """مطهر after مطهر العمري in the same article is him (a first name the word lists do not know,
    so not one every second man has), not a person called "Mutahhar"; a first name the lists know
    (راجح), alone after a title, names no one."""
    _model_reads(monkeypatch, "مطهر", (2, "PERS"), (1, "PERS"))
    text = "وقال المتحدث مطهر العمري إن الحكومة عادت.\nوأضاف مطهر أن الخدمات ستعود قريبا."
    got = [m.entity.id for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Person"]
    assert len(got) == 2 and len(set(got)) == 1, got
    _model_reads(monkeypatch, "راجح", (1, "PERS"))
    got = [m.text for m in analyze(Document("t", "وأضاف المتحدث راجح أن الخدمات ستعود قريبا."), lex).mentions
           if m.entity.type == "Person"]
    assert got == [], got


def test_an_abd_name_alone_is_no_person(monkeypatch, lex):
    """عبد الرحمن read alone is a first name, like محمد alone: every Abdulrahman would be one node."""
    _model_reads(monkeypatch, "عبد", (2, "PERS"))
    got = [m.text for m in analyze(Document("t", "وقال عبد الرحمن إنه سيعود إلى المدينة."), lex).mentions
           if m.entity.type == "Person"]
    assert got == [], got


def test_a_body_named_by_what_it_does_is_the_articles_countrys():
    """مجلس الوزراء in an Iraqi article and in a Saudi one are two cabinets, labelled with their country."""
    def body(text):
        return next((m.entity.id, m.entity.label_en) for m in extract_text(text).mentions
                    if m.entity.id.startswith("organization/"))
    iraq = body("وقالت الحكومة العراقية إن مجلس الوزراء وافق على الخطة في بغداد.")
    saudi = body("وأعلن مجلس الوزراء في الرياض موافقته على الميزانية السعودية.")
    assert iraq[0] != saudi[0]
    assert iraq[1].endswith("(Iraq)") and saudi[1].endswith("(Saudi Arabia)"), (iraq, saudi)


def test_a_first_name_alone_after_a_person_named_in_full_by_the_lexicon(monkeypatch, lex):
    """نجاح read alone after نجاح العطار (a first name the word lists do not hold) is her."""
    _model_reads(monkeypatch, "نجاح", (2, "PERS"), (1, "PERS"))
    text = "واستقبلت نائبة الرئيس نجاح العطار الوفد في دمشق.\nوقالت نجاح إن الزيارة مهمة."
    got = [(m.sentence, m.entity.id) for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Person"]
    assert got == [(0, "najah_al_attar"), (1, "najah_al_attar")], got


def test_a_group_named_with_and_without_its_descriptor_is_one_node(monkeypatch, lex):
    """جماعة فرسان الحق, then فرسان الحق: one group (its id leaves the descriptor noun out), and the
    second mention is the group even where the model reads it as a person."""
    from kg import recognize
    from kg.name_model import Reading

    def fake(work, state):
        return [Reading([(sa.tokens.index("جماعه"), sa.tokens.index("جماعه") + 3, "ORG")] if "جماعه" in sa.tokens
                        else [(sa.tokens.index("فرسان"), sa.tokens.index("فرسان") + 2, "PERS")]) for sa, _ in work]

    monkeypatch.setattr(recognize, "_read_names", fake)
    text = "وأعلنت جماعة فرسان الحق مسؤوليتها عن الهجوم.\nوقال المتحدث باسم فرسان الحق إن القتال سيستمر."
    got = {(m.sentence, m.entity.id, m.entity.type) for m in analyze(Document("t", text), lex).mentions
           if "فرسان" in m.text}
    assert len({e for _, e, _ in got}) == 1 and {t for _, _, t in got} != {"Person"} and len(got) == 2, got


def test_a_unit_after_a_conjunction_is_the_same_unit(lex):
    """واللواء 14: the conjunction is no part of the unit's id or label (not "Major General 14")."""
    text = "وقال قائد اللواء 14 إن القوات تقدمت، واللواء 14 يسيطر على المدينة."
    got = {(m.entity.id, m.entity.label_en) for m in analyze(Document("t", text), lex).mentions if "14" in m.text}
    assert len(got) == 1 and next(iter(got))[1] == "Brigade 14", got


def test_the_title_of_a_bracketed_first_name_is_the_persons():
    """رئيس الوزراء (العراقي حيدر) العبادي: the affiliation the title gives is Haider al-Abadi's, not a
    node "Haidar" that no mention names."""
    res = extract_text("وقال رئيس الوزراء (العراقي حيدر) العبادي إن الأمن أولوية.")
    actors = {t.actor.id for t in res.triples}
    assert actors == {"haider_al_abadi"}, actors


def test_every_person_in_a_triple_is_mentioned_in_its_article(seeds_out):
    """A person read first by part of the name (a title's name later read longer, a first name before an
    editor's bracket) is not left behind in the triples as a node no mention names."""
    import csv
    out, _ = seeds_out
    with open(out / "mentions.csv", encoding="utf-8") as fh:
        mentioned = {(r["doc_id"], r["entity_id"]) for r in csv.DictReader(fh)}
    with open(out / "triples.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for role in ("actor", "target"):
                if r[f"{role}_type"] == "Person":
                    assert (r["doc_id"], r[f"{role}_id"]) in mentioned, r


def test_a_family_name_alone_is_no_famous_person_of_another_country(lex):
    """ظريف alone in a Syrian article is not Iran's foreign minister: the issue's rule, a surname alone never
    links to a famous person the article did not name, except the one of the country it is about."""
    text = "وفي دمشق، قال المحامي السوري ظريف إن القضية معقدة."
    got = {m.entity.id for m in analyze(Document("t", text), lex).mentions if m.text == "ظريف"}
    assert "mohammad_javad_zarif" not in got, got


def test_a_person_is_spelled_as_the_country_the_article_is_about_spells_names(lex):
    """سالم البكري in Yemeni news is Salem al-Bakri, not the name dictionary's commonest (North African)
    spelling; a country's spelling with other consonants is not taken (kg.translit.person_label)."""
    from kg.translit import _latin_key, person_label
    text = "وفي عدن اليمنية قال المحافظ سالم البكري إن الوضع مستقر في صنعاء وتعز."
    got = {m.entity.label_en for m in analyze(Document("t", text), lex).mentions if m.text == "سالم البكري"}
    assert got == {"Salem al-Bakri"}, got
    assert _latin_key(person_label("سالم البكري")) == _latin_key("Salem al-Bakri")
    assert _latin_key("Abdelouahed al-Omari") != _latin_key("Abdul-Wahid al-Asadi")


def test_a_place_the_model_reads_into_a_persons_name_is_left_out(lex):
    """محافظ عدن سالم حسن البكري read by the model as one person: Aden is the governor's place, the
    person is سالم حسن البكري (kg.name_shapes.trim_person)."""
    from kg.name_shapes import person_nouns, trim_person
    from kg.text import fold_string
    tokens = fold_string("وقال محافظ عدن سالم حسن البكري إن الوضع مستقر").split()
    assert trim_person((2, 6, "PERS"), tokens, person_nouns(lex), lex) == (3, 6, "PERS")
    assert trim_person((3, 6, "PERS"), tokens, person_nouns(lex), lex) == (3, 6, "PERS")


@pytest.mark.parametrize("text, label", [
    # a paper named in the sentence is not where the mosque is (نيويورك تايمز is no New York; ل"الرياض"
    # quotes the paper, not the city)
    ('وقالت صحيفة "نيويورك تايمز" الأميركية إنها المرة الأولى التي يحدث فيها تفجير داخل مسجد في مدينة أبها.',
     "Place of worship (Saudi Arabia)"),
    ('وقالت مصادر ل"الرياض" إن الغارات دمرت مدرسة في صعدة اليمنية، وإن الحوثيين يتحصنون في صنعاء وتعز.',
     "School (Yemen)"),
])
def test_an_unnamed_facility_is_where_the_sentence_places_it_not_where_its_source_is(text, label):
    got = {m.entity.label_en for m in extract_text(text).mentions if m.entity.type == "Facility"}
    assert label in got, got


@pytest.mark.parametrize("order", [0, 1])
def test_a_facility_named_with_and_without_an_adjective_is_labelled_by_its_name(tmp_path, order):
    """ميناء نشطون الجنوبي in one article and ميناء نشطون in another: one node, labelled without the
    adjective whichever article comes first (a person is labelled with the fullest name instead)."""
    import csv
    import json
    from kg.pipeline import build
    texts = ["وقصفت الطائرات ميناء نشطون الجنوبي صباح أمس.", "ورست السفينة في ميناء نشطون بعد أيام."]
    if order:
        texts.reverse()
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{k}", "text": t}, ensure_ascii=False) + "\n"
                           for k, t in enumerate(texts)), encoding="utf-8")
    build([src], tmp_path / "out", exports=("csv",), workers=1)
    with open(tmp_path / "out" / "mentions.csv", encoding="utf-8") as fh:
        labels = {r["label"] for r in csv.DictReader(fh) if r["type"] == "Facility"}
    assert labels == {"Nashtun Port"}, labels


def test_a_persons_label_has_no_accents():
    """English news writes Arabic names without accents: a country's spelling with one (al-Muradí) is
    written without it."""
    from kg.translit import person_label
    for name, country in (("عبد الحكيم المرادي", "YE"), ("سالم البكري", None), ("محمد الشريف", "DZ")):
        assert person_label(name, country).isascii(), person_label(name, country)


def test_a_foreign_first_name_with_a_long_vowel_fewer_is_spelled_as_english_writes_it(lex):
    """words.tsv name_en spells ريتشارد Richard; رتشارد is the same name with a long vowel fewer."""
    from kg.translit import person_label, use_spellings
    use_spellings(lex.name_spellings)
    assert person_label("رتشارد هوروفيتز").startswith("Richard "), person_label("رتشارد هوروفيتز")


def test_one_family_name_is_spelled_as_one():
    """A dictionary row that spells one family name with the article as two names (a man's two family
    names, paired with one of them) is no reading of it."""
    from kg.translit import person_label
    label = person_label("محمود الصرخي")
    assert len(label.split()) == 2 and "Hassani" not in label, label


def test_a_name_beginning_as_a_lexicon_persons_with_a_common_first_name_is_not_them(lex):
    """علي الحسيني begins علي الحسيني السيستاني, but علي begins too many names to say who (kg.name_shapes.
    lexicon_person_by_prefix); عبد ربه منصور of عبد ربه منصور هادي is him."""
    from kg.name_shapes import lexicon_person_by_prefix
    assert lexicon_person_by_prefix(lex, "علي الحسيني".split()) is None
    assert lexicon_person_by_prefix(lex, "عبد ربه منصور".split()) == "abdrabbuh_mansur_hadi"
    assert lexicon_person_by_prefix(lex, "عبد الغني".split()) is None       # a first name alone


def test_a_family_name_the_lexicon_person_of_the_article_has_is_not_a_text_name_of_it(monkeypatch, lex):
    """An article that names علي عبدالله صالح and a نجيب صالح the model reads: صالح alone elsewhere is not
    Najib, whatever the article's memory of names says."""
    from kg import recognize
    from kg.name_model import Reading

    def fake(work, state):
        return [Reading([(sa.tokens.index("نجيب"), sa.tokens.index("نجيب") + 2, "PERS")] if "نجيب" in sa.tokens
                        else []) for sa, _ in work]

    monkeypatch.setattr(recognize, "_read_names", fake)
    text = ("وقاتلت قوات علي عبدالله صالح في عدن.\nوقال الشيخ نجيب صالح إن المقاومة تتقدم.\n"
            "واتهم المتحدث صالح بالتصعيد في المدينة.\nوقال صالح إن الحرب مستمرة.")
    got = {m.entity.id for m in analyze(Document("t", text), lex).mentions if m.text == "صالح"}
    assert not any("najib" in g for g in got), got


# A name "first بن father family": the family name is read though kg's lists know the word as an
# adjective (الحربي "military") or a common word; a function word after the father's name is not.
FAMILY_AFTER_FATHER = [
    ("وقال المدير خالد بن سعد الحربي إن العمل مستمر.", "خالد بن سعد الحربي"),
    ("وأكد الوزير فهد بن ناصر الحربي أن الطريق مفتوح.", "فهد بن ناصر الحربي"),
    # and right after a first name: a nisba with the article after it is his family name
    ("واعتقلت الشرطة المدعو خالد الحربي أمس.", "خالد الحربي"),
    ("والتقى الوزير سعد الحربي بالسفير.", "سعد الحربي"),
]


@pytest.mark.parametrize("text,name", FAMILY_AFTER_FATHER, ids=[x[1] for x in FAMILY_AFTER_FATHER])
def test_a_family_name_after_the_fathers_is_read_though_it_is_a_common_word(text, name):
    assert name in [m.text for m in extract_text(text).mentions if m.entity.type == "Person"]


def test_a_function_word_after_the_fathers_name_is_no_family_name():
    names = [m.text for m in extract_text("وقال محمد بن سلمان الذي زار المدينة إن الوضع مستقر.").mentions]
    assert "محمد بن سلمان" in names and not any("الذي" in n for n in names)


# A first name "X al-Din", written apart or joined, and a family name: one person, one node
DIN_NAMES = [
    "وقال الوزير بهاء الدين الكبيسي إن الوضع مستقر. والتقى الوزير بهاءالدين الكبيسي السفير.",
    "والتقى وزير الصحة عز الدين الفلاحي الوفد. وقال عزالدين الفلاحي إن المستشفيات تعمل.",
]


@pytest.mark.parametrize("text", DIN_NAMES)
def test_a_first_name_al_din_apart_and_joined_is_one_person(text):
    ids = {m.entity.id for m in extract_text(text).mentions if m.entity.type == "Person"}
    assert len(ids) == 1, ids


def test_in_the_name_of_religion_is_no_person():
    res = extract_text("وقال إن الجماعة تقتل باسم الدين رفع الشعارات منذ سنوات.")
    assert not [m for m in res.mentions if m.entity.type == "Person"]


# Person labels as English news of the Mashriq writes name particles and the article
PARTICLE_LABELS = [
    ("أبو ماريا", "PS", "Abu Maria"),
    ("أحمد بن إبراهيم الحربي", "SA", "Ahmed bin Ibrahim al-Harbi"),
    ("بدر بن حسن", "SA", "Badr bin Hassan"),
    ("علي الأحمدي", "YE", "Ali al-Ahmadi"),
]


@pytest.mark.parametrize("arabic,country,label", PARTICLE_LABELS, ids=[x[2] for x in PARTICLE_LABELS])
def test_name_particles_are_spelled_as_english_news_of_the_mashriq_does(arabic, country, label):
    from kg.translit import person_label
    assert person_label(arabic, country) == label


def test_a_dictionary_spelling_without_the_names_consonants_is_not_taken():
    from kg.translit import same_consonants
    assert not same_consonants("Aldallal", "المساري")
    assert same_consonants("al-Masari", "المساري") and same_consonants("Raphael", "رافاييل")


def test_a_name_written_after_li_keeps_its_article_in_the_arabic_label(tmp_path):
    """للمجلس الأعلى is ل + المجلس الأعلى: its Arabic label is المجلس الأعلى, not the span's لمجلس."""
    import csv
    from kg.pipeline import build
    src = tmp_path / "a.txt"
    src.write_text("وقال المتحدث إن للمجلس الأعلى للطاقة دورا في القرار.\n", encoding="utf-8")
    build([src], tmp_path / "out", exports=("csv",), workers=1)
    with open(tmp_path / "out" / "mentions.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if "مجلس" in r["text"]]
    assert rows and all(r["label_ar"].startswith("المجلس") for r in rows), rows


def test_a_definite_body_noun_keeps_its_article_before_its_adjective(lex):
    """اللجنة الثورية is a noun and its adjective: the Arabic label keeps the article (not "لجنة الثورية",
    as وزارة الداخلية, a noun and its genitive, drops it)."""
    res = extract_text("وقالت اللجنة الثورية في بيان إن الوضع خطير.", lex=lex)
    got = [m.entity.label_ar for m in res.mentions if "لجن" in m.entity.label_ar]
    assert got and all(g.startswith("اللجن") for g in got), got


def test_a_person_name_ends_before_a_known_place_with_a_preposition():
    """مواقع الحوثي وصالح بصرواح: Saleh, in Sirwah (a town the gazetteer knows), not "Saleh Bsirwah"."""
    res = extract_text("واستهدفت الطائرات مواقع تابعة للحوثيين وأنصار صالح بصرواح غرب مأرب.")
    assert not any("بصرواح" in m.text for m in res.mentions if m.entity.type == "Person")


def test_a_long_vowel_written_in_another_place_is_the_same_foreign_name():
    from kg.variants import vowel_variant
    assert vowel_variant("اوغلو", "اغولو")
    assert not vowel_variant("الحسين", "الحسيني") and not vowel_variant("عون", "عين")
    res = extract_text("وقال رئيس الوزراء التركي أحمد داود أغولو إن الشرطة تعرفت على المشتبه به.")
    assert "ahmet_davutoglu" in {m.entity.id for m in res.mentions}


def test_a_facility_named_by_its_noun_and_another_name_of_its_place_is_the_lexicons():
    """مطار هولير: Erbil's airport (the lexicon names it مطار أربيل; هولير is Erbil's Kurdish name)."""
    res = extract_text("ووصلت الطائرة إلى مطار هولير صباحا.")
    assert "erbil_airport" in {m.entity.id for m in res.mentions}


# A facility noun before a place with the preposition ب, or before common nouns without the article, names
# no facility: "a prison in Tripoli", "a train station"
NO_FACILITY_NAME = [
    ("ظهر الحراس وهم يضربون السجناء في سجن بطرابلس.", "سجن بطرابلس"),
    ("اقتربت القوات من محطة قطار شرق الرمادي.", "محطة قطار"),
]


@pytest.mark.parametrize("text,words", NO_FACILITY_NAME, ids=[x[1] for x in NO_FACILITY_NAME])
def test_a_facility_noun_with_a_place_after_bi_or_a_common_noun_names_nothing(text, words):
    assert words not in [m.text for m in extract_text(text).mentions]


# The family name after a name the model ends on a father's first name: a word rare in Arabic text, or
# one the article writes again
EXTEND = [
    # (tokens of the article's sentence, the model's name, other words of the article, the name read)
    ("ووصل الوزير بدر محمد باوزير الى عدن", (2, 4), ["قال", "باوزير"], (2, 5)),
    ("وقال هادي بن علي اليامي ان العمل مستمر", (1, 4), ["واضاف", "اليامي"], (1, 5)),
    ("وقال هادي بن علي اليامي ان العمل مستمر", (1, 4), [], (1, 4)),              # never written again
    ("وقال منهل عبدالقادر المتهم بالقتل انه بريء", (1, 3), ["المتهم"], (1, 3)),  # a participle
    ("وقال عمرو موسى الامين العام للجامعة", (1, 3), ["الامين"], (1, 3)),          # a title's word
    ("وهيا متعب الكرة في الملعب", (0, 2), ["كرة", "الكرة"], (0, 2)),             # a common noun
    # a word rare in Arabic text is the family name, though the article writes it once
    ("وقال الوزير خالد سعيد قرطام للصحافيين", (2, 4), [], (2, 5)),
    ("ورد سامي علي منتقدا الحكومة", (1, 3), [], (1, 3)),                         # a common word
    ("ووعد خالد سعيد بتوقيعها قريبا", (1, 3), [], (1, 3)),                       # ب + a common word + ها
    ("واكد علي عبدالله صالح متفائلا بالحل", (1, 4), [], (1, 4)),                  # the lexicon's person
]


@pytest.mark.parametrize("sentence,name,others,expected", EXTEND, ids=[x[0] for x in EXTEND])
def test_a_family_name_after_a_fathers_first_name_ends_the_name(lex, sentence, name, others, expected):
    from collections import Counter
    from kg.name_shapes import extend_person
    tokens = sentence.split()
    counts = Counter(tokens + others)
    got = extend_person((*name, "PERS"), tokens, lex, frozenset({name[0]}), counts)
    assert got[:2] == expected


def test_and_glued_to_a_short_word_before_a_town_is_the_town():
    """وخور مكسر: و + خور مكسر, a district of Aden the gazetteer knows, not a person "Wakhour Moukser"."""
    res = extract_text("وسيطرت المقاومة اليمنية على أحياء المعلا وخور مكسر في عدن.")
    assert {m.entity.type for m in res.mentions if "مكسر" in m.text} == {"Place"}


def test_latin_letters_spelt_out_are_an_acronym_not_a_person():
    res = extract_text("وقال شهود إن مدرعة بي تي آر دخلت المدينة أمس.")
    got = {m.text: (m.entity.type, m.entity.label_en) for m in res.mentions}
    assert got.get("بي تي آر", ("Organization", "BTR")) == ("Organization", "BTR")
    assert not any(t == "Person" for t, _ in got.values())


def test_a_facility_noun_before_a_facility_named_before_is_that_facility_not_a_new_one():
    """ساحة المطار after مطار عدن الدولي: the airport's yard, not an "Aden International Airport Square"."""
    res = extract_text("وهبطت الطائرة في مطار عدن الدولي. وتجمع الجنود في ساحة المطار.")
    assert {m.entity.id for m in res.mentions if m.entity.type == "Facility"} == {"aden_airport"}


def test_one_word_read_as_a_person_that_is_a_district_of_the_articles_country_is_the_place(monkeypatch):
    """كريتر in Yemeni news, read by the model as a person: Aden's Crater district (GeoNames), not a
    person "Kriter"."""
    _model_reads(monkeypatch, "كريتر", (1, "PERS"))
    res = extract_text("وقال قائد يمني في عدن إن كريتر باتت آمنة.")
    got = [(m.entity.type, m.entity.label_en) for m in res.mentions if m.text == "كريتر"]
    assert got == [("Place", "Crater")], got


def test_in_cold_blood_is_no_part_of_a_name():
    res = extract_text("وقالت العائلة إن الجنود قتلوا محمد أبو ماريا بدم بارد أمام منزله.")
    assert not any("بدم" in m.text for m in res.mentions)


def test_a_body_named_by_what_it_does_is_the_country_its_demonym_says():
    """مجلس النواب الأردني in an article about a bombing in Saudi Arabia: Jordan's House, not Saudi Arabia's."""
    res = extract_text("وندد مجلس النواب الأردني بالتفجير الذي استهدف مسجدا في أبها السعودية.")
    got = {m.entity.label_en for m in res.mentions if m.text.startswith("مجلس النواب")}
    assert got == {"House of Representatives (Jordan)"}, got


def test_an_arab_or_international_body_named_by_what_it_does_is_no_countrys():
    res = extract_text("وزار وفد لجنة حقوق الإنسان العربية مدينة عدن اليمنية أمس.")
    got = {m.entity.label_en for m in res.mentions if "لجنة" in m.text}
    assert got == {"Arab Human Rights Committee"}, got


def test_a_place_inside_a_persons_name_says_nothing_of_the_sentences_country():
    """صلاح الدين دميرتاش: the Turkish politician's first name is also Iraq's Salahuddin governorate; the
    government of the sentence is not Iraq's."""
    res = extract_text("وقال صلاح الدين دميرتاش إن الحكومة مسؤولة عن التفجير.")
    assert "group/government-iraq" not in {m.entity.id for m in res.mentions}


# علي: the name Ali, which folding spells as the preposition على ("on"). Where the article writes على
# with its ى, علي is the name, though the model (which sees folded words) reads none there.
ALI = [
    ("a name after a verb of saying", "وقال علي منير الكبيسي المتحدث باسم الشرطة إن الهجوم وقع على الحاجز.",
     {"علي منير الكبيسي"}, set()),
    ("a family name the article writes again",
     "وأصيب الطفل علي زعيتر في القصف على المنزل. وتلقى زعيتر العلاج في المستشفى.", {"علي زعيتر"}, set()),
    ("a first name before it is the person's own, علي his father's",
     "ونقل عن خالد علي المرقشي قوله إن الهجوم وقع على الحاجز.", {"خالد علي المرقشي"}, set()),
    ("a word after it that is no name: a writer's على", "ودعا البيان علي مواصلة الضغط على الحكومة.",
     set(), {"علي مواصلة"}),
    ("عليّ with its shadda is 'upon me'", "وقال: كذبوا عليّ كثيرا، ثم سيطروا على المدينة.", set(), {"عليّ كثيرا"}),
]


@pytest.mark.parametrize("pattern,text,expected,forbidden", ALI, ids=[c[0] for c in ALI])
def test_the_name_ali_where_the_article_writes_ala_apart(pattern, text, expected, forbidden):
    got = {m.text for m in extract_text(text).mentions if m.entity.type == "Person"}
    assert expected <= got and not forbidden & got, got


def test_no_ali_where_the_article_spells_ala_as_ali():
    """An article that writes على as علي throughout: no name is made of علي by the rule above."""
    got = {m.text for m in extract_text("ودعا البيان علي مواصلة الضغط علي الحكومة.").mentions}
    assert not any(t.startswith("علي") for t in got), got


@pytest.mark.parametrize("text, short", [
    ("وقال الناطق باسم الحركة سامر أبو رميلة إن الوفد وصل. وأضاف أبو رميلة أن المفاوضات مستمرة.", "أبو رميلة"),
    ("وقال القيادي الجنوبي عيدروس بن فريد إن الحوار متعثر. وأضاف بن فريد أن الحل سياسي.", "بن فريد"),
])
def test_a_family_name_in_two_words_alone_is_the_person_named_in_full_before(text, short):
    ms = extract_text(text).mentions
    full = [m.entity.id for m in ms if m.entity.type == "Person" and len(m.text.split()) == 3]
    alone = [m.entity.id for m in ms if m.text == short]
    assert full and alone and set(alone) == {full[0]}, [(m.text, m.entity.id) for m in ms]


def test_a_title_alone_with_a_demonym_is_the_person_of_the_country_given_that_title():
    """وزير الداخلية اليمني, no name after it: the Yemeni named as interior minister before, not the last
    Yemeni named (the president)."""
    res = extract_text("وقال وزير الداخلية اليمني عبده الحذيفي إن الأمن عاد. والتقى الحذيفي الرئيس اليمني "
                       "عبد ربه منصور هادي. وشكر وزير الداخلية اليمني دول التحالف.")
    got = {m.entity.id for m in res.mentions if m.text == "وزير الداخلية" and m.kind == "nominal"}
    assert got == {"person/abda-hadhfi"}, got
    res = extract_text("وقال الرئيس اليمني عبد ربه منصور هادي إن الأمن عاد. وشكر وزير الداخلية اليمني دول التحالف.")
    assert not any(m.text == "وزير الداخلية" and m.entity.type == "Person" for m in res.mentions)


def test_a_first_name_before_a_family_name_alone_is_another_person_of_the_family(monkeypatch, lex):
    """The model reads the boy's name in full, then the family name alone after his mother's first name:
    she is رهام زعيتر, not the boy (kg.person_links: first_name_before)."""
    from kg import recognize
    from kg.name_model import Reading

    def fake(work, state):
        return [Reading([(2, 5, "PERS")] if sa.index == 0 else [(3, 4, "PERS")]) for sa, _ in work]

    monkeypatch.setattr(recognize, "_read_names", fake)
    text = "واستشهد الطفل علي سعد زعيتر حرقا.\nوتتلقى الأم رهام زعيتر العلاج في المستشفى."
    got = [(m.text, m.entity.id) for m in analyze(Document("t", text), lex).mentions if "زعيتر" in m.text]
    assert got == [("علي سعد زعيتر", "person/ali-za-tar"), ("رهام زعيتر", "person/raham-za-tar")], got


def test_a_word_with_a_clitic_is_no_first_name_before_a_family_name():
    """بيان بارزاني: "a statement" of Barzani, not a person يان بارزاني."""
    res = extract_text("وقال مسعود بارزاني إن الهجوم مرفوض. ويأتي بيان بارزاني بعد مقتل ستة أشخاص.")
    assert {m.entity.id for m in res.mentions if m.text == "بارزاني"} <= {"masoud_barzani"}
    assert not any("يان" in m.text for m in res.mentions)


def test_a_verb_the_model_reads_before_a_name_is_not_its_first_word(lex):
    """يفاجئ ("surprises", the imperfect of form III) read by the model as the first word of a name."""
    from kg.name_shapes import person_nouns, trim_person
    tokens = [fold_string(t) for t in "وقد يفاجئ عبد الرشيد دوستم الجميع".split()]
    assert trim_person((1, 5, "PERS"), tokens, person_nouns(lex), lex) == (2, 5, "PERS")
    tokens = [fold_string(t) for t in "والتقى تشانغ مينغ الوفد".split()]      # Zhang: a foreign name with تش
    assert trim_person((1, 3, "PERS"), tokens, person_nouns(lex), lex) == (1, 3, "PERS")


def test_an_anaphor_is_no_body_of_another_kind_named_before():
    """المجلس ("the council") after an organisation is named: not that organisation (an anaphor refers back
    only to an entity with its head: حركة، مجلس)."""
    res = extract_text("ونشرت منظمة العفو الدولية تقريرا عن السجون. وقال المجلس إن الوضع خطير.")
    assert not any(m.text == "المجلس" and m.entity.id == "amnesty_international" for m in res.mentions)


def test_a_body_named_by_what_it_does_is_the_lexicons_body_of_the_country():
    """مجلس النواب in an article about Iraq is the lexicon's مجلس النواب العراقي, not a node of its own."""
    res = extract_text("وفي بغداد، صوت مجلس النواب على حزمة الإصلاحات التي قدمها العبادي.")
    assert {m.entity.id for m in res.mentions if m.text == "مجلس النواب"} == {"iraqi_parliament"}


@pytest.mark.parametrize("text, mention, unnamed", [
    ("وسيطر المسلحون على حقول النفط في المنطقة.", "حقول النفط", True),       # "the oil fields": described
    ("وقصفت الطائرات مصنع الحديد في لحج.", "مصنع الحديد", True),
    ("وهبطت الطائرة في مطار الملك خالد الدولي.", "مطار الملك خالد الدولي", False),   # named after a person
    ("وفجر انتحاري نفسه في مسجد أبها أمس.", "مسجد أبها", True),       # "a mosque in Abha" (by_place)
    ("وهبطت الطائرة في مطار أبها أمس.", "مطار أبها", False),          # an airport is named by its place
])
def test_a_facility_described_by_common_words_is_unnamed(text, mention, unnamed):
    ms = [m for m in extract_text(text).mentions if m.text == mention]
    assert ms and all(m.entity.id.startswith("facility/unnamed-") == unnamed for m in ms), \
        [(m.text, m.entity.id) for m in extract_text(text).mentions]


def test_the_grand_muftis_title_is_no_family_name():
    """المفتي العام after a name is his title (titles.tsv), not a family name (محمد حسين, not "al-Mufti")."""
    got = {m.text for m in extract_text("ودعا الشيخ محمد حسين المفتي العام للقدس إلى شد الرحال.").mentions
           if m.entity.type == "Person"}
    assert "محمد حسين المفتي" not in got, got


@pytest.mark.parametrize("text, person", [
    # a title reads علي زاهر; the model reads the family name alone after it (person_links: family_after_names)
    ("وقال المتحدث باسم المقاومة الشعبية، علي زاهر الحمادي، إن القوات سيطرت على البلدة.", "علي زاهر الحمادي"),
    # no title: first names before the family name the model reads alone (person_links: first_name_before)
    ("وقال المتحدث باسم الجبهة الشعبية، سالم زاهر الحمادي، إن القوات سيطرت على البلدة.", "سالم زاهر الحمادي"),
])
def test_a_family_name_the_model_reads_alone_after_a_name_is_the_rest_of_it(monkeypatch, lex, text, person):
    """The model reads only الحمادي: the person is the whole name, and الحمادي alone later is him."""
    _model_reads(monkeypatch, "الحمادي", (1, "PERS"))
    got = [m.text for m in analyze(Document("t", text + "\nوأضاف الحمادي أن المعارك مستمرة."), lex).mentions
           if m.entity.type == "Person"]
    ids = {m.entity.id for m in analyze(Document("t", text + "\nوأضاف الحمادي أن المعارك مستمرة."), lex).mentions
           if m.entity.type == "Person"}
    assert got == [person, "الحمادي"] and len(ids) == 1, (got, ids)


def test_a_town_with_or_without_the_article_on_its_last_word(lex):
    """خور المكسر is the gazetteer's خور مكسر (Aden), not a person "Khour Al-Maksar"."""
    res = extract_text("وقصفت الميليشيات خور المكسر في عدن أمس.")
    assert {m.entity.id for m in res.mentions if "مكسر" in m.text} == {"place/geonames-73786"}


@pytest.mark.parametrize("text, short, whole", [
    # a family name of two words with عبد alone later is the person named in full before
    ("وقال الخبير العسكري سامر عبد الرحيم إن القوات تقدمت. وقال الخبير عبد الرحيم إن المعارك مستمرة.",
     "عبد الرحيم", "سامر عبد الرحيم"),
])
def test_a_family_name_with_abd_alone_is_the_person_named_before(text, short, whole):
    ms = extract_text(text).mentions
    ids = {m.text: m.entity.id for m in ms if m.entity.type == "Person"}
    assert whole in ids and ids.get(short) == ids[whole], ids


def test_a_first_name_of_two_words_alone_is_no_person():
    """الباحث عبد الله: a compound first name alone, that the article gave no one in full: no node."""
    res = extract_text("إلا أن الباحث عبد الله يشكك بهذا الأمر ويرى أن الأرقام مبالغ فيها.")
    assert not any(m.entity.type == "Person" for m in res.mentions)


def test_a_compound_first_name_the_list_lacks_starts_the_persons_name(lex):
    """عبد المعطي is no first name of the list, خضر is: the person is the whole name the model reads,
    and the family name alone later is the same person, not "Khader al-Samaraii"."""
    res = extract_text("قتل والي الرقة عبد المعطي خضر السامرائي في هجوم، وقتل خمسة من مرافقي السامرائي أيضا.")
    people = {m.text: m.entity.id for m in res.mentions if m.entity.type == "Person"}
    assert set(people) == {"عبد المعطي خضر السامرائي", "السامرائي"}
    assert len(set(people.values())) == 1



def test_the_one_called_introduces_a_persons_name():
    """المدعو ("the one called") is said before the name of a person: a name with a nisba after it
    (عبد الرحيم التونسي) is the person, not the country the nisba names."""
    res = extract_text("وكان يقود المجموعة نائبه المدعو عبد الرحيم التونسي قبل مقتله.")
    assert [(m.text, m.entity.type) for m in res.mentions] == [("عبد الرحيم التونسي", "Person")]


@pytest.mark.parametrize("text, word, eid", [
    # a movement named after its leader's family: the movement where armed men are said to be its
    ("قتل عشرة من مسلحي الحوثي في غارة جوية على مواقعهم.", "الحوثي", "houthis"),
    ("تقدمت المقاومة في تعز على حساب مليشيات صالح والحوثي.", "الحوثي", "houthis"),
    # … the leader the lexicon knows, where the article named him in full and he speaks
    ("وقال عبد الملك الحوثي في خطاب إن جماعته لن تستسلم. وأضاف الحوثي أن الحرب ستطول.", "الحوثي",
     "abdul_malik_al_houthi"),
    # … not a namesake the text names (أبو ثابت الحوثي, a field commander)
    ("وأصيب قائد الحملة أبو ثابت الحوثي بجروح. وقتل ثلاثة من مسلحي الحوثي.", "الحوثي", "houthis"),
])
def test_a_movement_named_after_a_family(lex, text, word, eid):
    got = [m.entity.id for m in extract_text(text).mentions if m.text == word]
    assert got and got[-1] == eid


@pytest.mark.parametrize("text, eid", [
    ("وقصفت طائرات التحالف معسكرات الحرس الجمهوري في صنعاء.", "group/republican_guard-yemen"),
    ("انتشرت قوات الحرس الجمهوري حول قصر الاتحادية في القاهرة.", "group/republican_guard-egypt"),
    ("وتقدمت قوات الحرس الجمهوري نحو ريف دمشق بعد معارك مع فصائل المعارضة السورية.", "syrian_republican_guard"),
])
def test_the_republican_guard_is_the_countrys_the_article_is_about(text, eid):
    """Syria, Yemen, Egypt and Iraq each have (had) a Republican Guard: the lexicon's Syrian one only in an
    article about Syria (anaphors.tsv default), else the guard of the article's country (generic.tsv)."""
    assert eid in [m.entity.id for m in extract_text(text).mentions]


@pytest.mark.parametrize("text, word, eid", [
    # الثوار (the revolutionaries): Syria's opposition in news of Syria only
    ("وسيطر الثوار على بلدة في ريف حلب الشمالي.", "الثوار", "syrian_opposition"),
    ("وتمكن الثوار من السيطرة على حي كريتر في عدن.", "الثوار", "popular_resistance_yemen"),
    ("وقال الثوار في بنغازي إنهم سيطروا على المعسكر.", "الثوار", "group/revolutionaries-libya"),
    # الأمن السياسي: each country's political security service
    ("اعتقل جهاز الأمن السياسي في صنعاء عشرات الناشطين.", "الأمن السياسي", "group/political_security-yemen"),
    ("اعتقل فرع الأمن السياسي في دمشق ناشطين.", "فرع الأمن السياسي", "syrian_political_security"),
    # الجيش النظامي (the regular army): every country's
    ("وقال مسؤول يمني إن الجيش النظامي استعاد مواقع في مأرب.", "الجيش النظامي", "group/military-yemen"),
    ("وتقدم الجيش النظامي في ريف حماة الشمالي.", "الجيش النظامي", "syrian_government"),
])
def test_a_syrian_body_named_by_common_words_is_syrias_only_in_news_of_syria(text, word, eid):
    assert (word, eid) in [(m.text, m.entity.id) for m in extract_text(text).mentions]


@pytest.mark.parametrize("text, word, eid", [
    # a town of the lexicon said to lie in a place of another country is that country's town of the name
    ("وقصفت الميليشيات مديرية المنصورة بعدن أمس.", "المنصورة", "place/geonames-78931"),
    # … or named in an article that nothing else ties to the lexicon town's country (Brega is Libya's)
    ("قصف الحوثيون مصافي النفط في البريقة. وتشهد عدن معارك عنيفة بين المقاومة والحوثيين.", "البريقة",
     "place/geonames-79799"),
    # the lexicon's town where the text places it in its own country
    ("وتظاهر المئات في المنصورة بمحافظة الدقهلية.", "المنصورة", "mansoura"),
])
def test_a_town_of_another_country_with_the_same_name(text, word, eid):
    assert (word, eid) in [(m.text, m.entity.id) for m in extract_text(text).mentions]


@pytest.mark.parametrize("text, name, role", [
    ("وقتل العريف سالم محمد نجيب في الهجوم على الكمين.", "سالم محمد نجيب", "Corporal"),
    ("وقال الرقيب أول محمود فتحي إن الكمين تعرض لإطلاق نار.", "محمود فتحي", "First Sergeant"),
])
def test_a_rank_is_a_title_not_a_person(text, name, role):
    got = [(m.text, m.entity.role_en) for m in extract_text(text).mentions if m.entity.type == "Person"]
    assert got == [(name, role)]


def test_no_two_person_mentions_overlap(seeds_out):
    import csv
    out, _ = seeds_out
    with open(out / "mentions.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["type"] == "Person"]
    spans = sorted((r["doc_id"], int(r["start"]), int(r["end"])) for r in rows)
    assert not [(a, b) for a, b in zip(spans, spans[1:]) if a[0] == b[0] and b[1] < a[2]]


@pytest.mark.parametrize("text, forbidden", [
    ("وأودى الانفجار بحياة عشرة أشخاص في المدينة.", "audi"),      # أودى "claimed", written with ى
])
def test_a_word_written_with_alif_maqsura_is_not_the_name_written_with_ya(text, forbidden):
    assert forbidden not in [m.entity.id for m in extract_text(text).mentions]


def test_a_title_of_a_body_named_by_common_words_is_an_affiliation(lex):
    """قائد الحرس الجمهوري طارق صالح: the guard is an anaphor (each country has one); after a title it
    is still what the person belongs to, the guard of the article's country."""
    from kg.model import Document
    from kg.recognize import analyze
    a = analyze(Document("t", "سيطر الحوثيون على صنعاء. وقال قائد الحرس الجمهوري طارق صالح إن قواته ستقاتل في تعز."),
                lex)
    got = {(p.id, o.id) for s in a.sentences for p, o, *_ in s.affiliations}
    assert ("person/tariq-salih", "group/republican_guard-yemen") in got


@pytest.mark.parametrize("text, name", [
    ("وأعلن رئيس الوزراء خالد عمران سيصدر قرارا بتمديد حالة الطوارئ.", "خالد عمران"),     # سيصدر: "will issue"
    ("وقال المبعوث الأمريكي جون ستيوارت إن المحادثات ستستمر.", "جون ستيوارت"),           # Stewart: a name
])
def test_a_future_verb_ends_a_name_a_foreign_name_with_s_does_not(text, name):
    assert name in [m.text for m in extract_text(text).mentions if m.entity.type == "Person"]


@pytest.mark.parametrize("text, words, name", [
    # a plain word of the language before a name the model reads is no first name
    ("ونشرت الصحيفة الصورة مع عبارة تصوير عبد المجيد الفهد في أعلى الصفحة.", "تصوير عبد المجيد الفهد",
     "عبد المجيد الفهد"),
    ("وخرج المتظاهرون يطالبون بمحاكمة المسؤولين عن فقدان باسل كرم في البحر.", "فقدان باسل كرم", None),
])
def test_a_plain_word_before_a_name_is_not_its_first_word(text, words, name):
    got = [m.text for m in extract_text(text).mentions if m.entity.type == "Person"]
    assert words not in got
    if name:
        assert name in got


@pytest.mark.parametrize("text, forbidden", [
    ("وقع الانفجار في مبنى يتبع وزارة الداخلية في الرياض.", "مبنى يتبع"),     # يتبع "belongs to": a verb
    ("وقالت إن جماعة تعمل في الخفاء تقف وراء الهجوم.", "جماعة تعمل"),         # تعمل "works"
])
def test_an_imperfect_verb_is_no_word_of_a_name(text, forbidden):
    assert forbidden not in [m.text for m in extract_text(text).mentions]


def test_an_imperfect_verb_starts_no_name():
    """يغلب "prevails" after a place noun is a verb (حي يغلب الشيعة على سكانه, "a district mostly Shiite"),
    not the first word of a place's name."""
    assert not [m for m in extract_text("وانفجرت عبوة في حي يغلب الأكراد على سكانه في المدينة.").mentions
                if m.text.startswith("يغلب")]


def test_a_facility_named_alone_later_is_that_facility():
    """مستشفى سوروكا … سوروكا: the hospital's name alone, read as an organisation, is the hospital (one node)."""
    res = extract_text("نقل المصاب إلى مستشفى سوروكا في بئر السبع. وقال متحدث باسم سوروكا إن حالته مستقرة.")
    ids = {m.text: m.entity.id for m in res.mentions if "سوروكا" in m.text}
    assert len(set(ids.values())) == 1 and next(iter(ids.values())).startswith("facility/")


@pytest.mark.parametrize("name, country, french", [
    # in a Mashriq country's news a name is spelled with that region's rows, not with a North African
    # (French) spelling of the whole name the package weighs above them
    ("عبدالعزيز بن علي الشريف", "SA", "Cherif"),
    ("العلواني", "IQ", "Lalouani"),
])
def test_a_mashriq_name_is_not_spelled_the_north_african_way(name, country, french):
    from kg.translit import person_label
    assert french not in person_label(name, country), person_label(name, country)


@pytest.mark.parametrize("text, name", [
    # after a title, a foreign name the name model misses is a name by its letters
    ("دعا رئيس بعثة الأمم المتحدة للدعم في ليبيا برناردينو ليون إلى الحوار.", "برناردينو ليون"),
])
def test_a_foreign_name_after_a_title_is_read_by_its_letters(text, name, lex):
    persons = [m.text for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Person"]
    assert name in persons, persons


@pytest.mark.parametrize("text", [
    "وجدد الرئيس اليمني، تأكيداته بأن الحوار مستمر.",           # an Arabic word with a pronoun
    "وقال الوزير رفيع المستوى إن الحوار مستمر.",
])
def test_arabic_words_after_a_title_are_no_foreign_name(text, lex):
    persons = [m.text for m in analyze(Document("t", text), lex).mentions if m.entity.type == "Person"]
    assert persons == [], persons


@pytest.mark.parametrize("text,label", [
    ("وقال المتحدث باسم الحرس الوطني التونسي إن الوضع مستقر.", "National Guard (Tunisia)"),
    ("وأصدرت دار الإفتاء المصرية بيانا أدانت فيه الهجوم.", "Dar al-Ifta (Egypt)"),
])
def test_unnamed_bodies_of_a_country(text, label):
    assert label in {m.entity.label_en for m in extract_text(text).mentions}


@pytest.mark.parametrize("text,journalists", [
    # a group's word that is also an adjective describes the indefinite noun before it (words.tsv nisba_adjective)
    ("وقال الوزير في تصريح صحفي إن الوضع خطير.", False),       # a press statement
    ("وعقد الوزير مؤتمرا صحفيا في عمان أمس.", False),          # a press conference
    ("وقتل صحفي في انفجار سيارة مفخخة في بغداد.", True),        # a journalist killed
    ("وأصيب خمسة أشخاص بينهم صحفي في القصف.", True),          # counted among the hurt
])
def test_a_press_statement_names_no_journalist(text, journalists):
    got = any(m.entity.id.startswith("group/journalists") for m in extract_text(text).mentions)
    assert got == journalists, [(m.text, m.entity.id) for m in extract_text(text).mentions]


def test_a_terrorist_act_names_no_militants():
    assert not any(m.entity.id.startswith("group/militants")
                   for m in extract_text("واعتبرت الحكومة الهجوم عملا إرهابيا جبانا.").mentions)


@pytest.mark.parametrize("text,word,label", [
    # a town abroad named by a word English writes as a name (words.tsv name_en)
    ("وقع إطلاق النار في مدينة جاكسون بولاية نيوجيرسي.", "جاكسون", "Jackson"),
])
def test_a_foreign_town_named_like_a_person_is_spelt_as_english_writes_it(text, word, label):
    got = {m.text: m.entity.label_en for m in extract_text(text).mentions}
    assert got.get(word) == label, got


def test_a_place_in_an_arab_country_is_not_spelt_as_an_english_name():
    got = {m.text: m.entity.label_en for m in extract_text("وقصفت الطائرات مواقع في جبل هيل بمحافظة صعدة.").mentions}
    assert got.get("جبل هيل") != "Mount Hill", got


@pytest.mark.parametrize("text", [
    # a common word's indefinite accusative used as an adverb (زورا "falsely", علنا "openly") is no person,
    # after a verb of saying or where the model reads a name
    "وقال الكاتب إن هذه الجماعات تدعي زورا وبهتانا أنها تدافع عن الدين.",
    "وأعلن الحزب علنا رفضه للقرار.",
])
def test_an_accusative_adverb_is_no_person(text):
    assert not [m.text for m in extract_text(text).mentions if m.entity.type == "Person"]


@pytest.mark.parametrize("folded,label", [
    ("عبد الرووف احمدي", "Abdul Rauf Ahmadi"),        # رؤوف, its hamza folded away
    ("منصور بن مونس", "Mansour bin Moenes"),         # مؤنس: no English word "Moons"
])
def test_a_name_is_spelled_with_the_hamza_folding_took_away(folded, label):
    from kg.translit import person_label
    assert person_label(folded) == label


def test_a_government_no_name_names_is_the_lexicons_one_node():
    """السلطات in an article about Yemen is the lexicon's Government of Yemen (a generic mention of it), one
    node with الحكومة اليمنية; a government of another country after it is that country's, not the one named
    before."""
    res = extract_text("وقالت الحكومة اليمنية إن الحوثيين قصفوا مدينة عدن. وأوقفت السلطات ثلاثة مسلحين في عدن. "
                       "وانتقد الوزير برنامج الحكومة الأسترالية.")
    got = {m.text: (m.entity.id, m.kind) for m in res.mentions}
    assert got["الحكومة اليمنية"][0] == got["السلطات"][0] == "yemeni_government", got
    assert got["السلطات"][1] == "generic"
    assert got["الحكومة الأسترالية"][0] == "group/government-australia", got


@pytest.mark.parametrize("text,name", [
    # adverbs and words like بمثابة never end a name (common_words.tsv stop)
    ("وقال المحافظ إن مدينة شقرة بمثابة خط الدفاع الأول عن المحافظة.", "شقرة"),
    ("وأكد الرئيس هادي أيضا أن الحكومة ستعود إلى عدن.", "هادي"),
])
def test_a_name_ends_before_an_adverb(text, name):
    got = [m.text for m in extract_text(text).mentions]
    assert name in got and not any(t.startswith(name + " ") for t in got), got


def test_the_armed_opposition_is_rebels_the_political_one_the_opposition():
    """فصائل المعارضة، مقاتلو المعارضة: Rebels (Syria), as ACLED and EVENTS.md name an armed opposition; وفد
    المعارضة السورية in talks is the Syrian opposition."""
    res = extract_text("وسيطرت فصائل المعارضة على بلدة في ريف حلب. والتقى المبعوث الدولي وفد المعارضة السورية في جنيف.")
    got = {m.text: m.entity.id for m in res.mentions}
    assert got["فصائل المعارضة"] == "syrian_rebels", got
    assert got["المعارضة السورية"] == "syrian_opposition", got


@pytest.mark.parametrize("text, name", [
    ("اعتقلت الشرطة ثلاثة رجال في منطقة جانكايا تبه بأنقرة.", "جانكايا تبه"),     # Turkish words, no Arabic
    ("وقعت اشتباكات في بلدة حورتعلا البقاعية أمس.", "حورتعلا"),                   # a definite nisba: adjective
    ("وسيطرت القوات على حي بورين المعقل الرئيسي للمسلحين.", "بورين"),       # "the stronghold": a word
    ("وأصيب خمسة مدنيين بانفجار لغم في منطقة بركي برك بأفغانستان.", "بركي برك"),   # the gazetteer's, whole
    ("وانفجرت سيارة مفخخة قرب مركز للشرطة في منطقة «كارا بيلي» بالمدينة.", "كارا بيلي"),   # quoted: whole
])
def test_a_towns_foreign_name_the_model_cuts_short_is_read_whole(text, name):
    res = extract_text(text)
    places = [m.entity.label_ar for m in res.mentions if m.entity.type == "Place" and m.kind == "name"]
    assert name in places, places


def test_a_body_named_by_common_words_is_translated():
    """اللجنة الثورية: a body's name of common words (words.tsv noun_en) reads in English, not romanized."""
    res = extract_text("دعت اللجنة الثورية إلى التظاهر في صنعاء.")
    labels = {m.entity.label_en for m in res.mentions if m.entity.type == "Organization"}
    assert any(lab.startswith("Revolutionary Committee") for lab in labels), labels


def test_a_town_name_written_apart_with_a_tail_word_is_whole(lex):
    """إقليم خان آباد: آباد (words.tsv place_tail) goes on with the town's name; the model's shorter خان does
    not cut it."""
    res = extract_text("فجر انتحاري نفسه في إقليم خان آباد شمال أفغانستان.", lex=lex)
    got = [m.entity.label_en for m in res.mentions if m.entity.type == "Place" and "خان" in m.text]
    assert got and all("Abad" in g for g in got), got


@pytest.mark.parametrize("text,label,kind", [
    # a newspaper named after a town is the paper, not the town; a foreign word after it goes on with the name
    ("وذكرت صحيفة مكة أن انفجارا وقع أمس.", "Mecca Newspaper", "Media"),
    ("وقالت صحيفة حلب إن القصف استمر.", "Aleppo Newspaper", "Media"),
])
def test_a_newspaper_named_after_a_town_is_no_place(lex, text, label, kind):
    res = extract_text(text, lex=lex)
    got = [(m.entity.label_en, m.entity.type) for m in res.mentions if m.entity.type in ("Media", "Place")]
    assert (label, kind) in got and not any(t == "Place" for _, t in got), got


@pytest.mark.parametrize("text,name", [
    # a name that begins with و and is a name kg knows as it is keeps its و (not "Ashnatn", "Yatshita")
    ("وقالت صحيفة واشنطن تايمز إن الإدارة قررت.", "واشنطن تايمز"),
    ("وقال أستاذ في جامعة ويتشيتا إن الدراسة انتهت.", "ويتشيتا"),
])
def test_a_known_name_beginning_with_waw_keeps_it(lex, text, name):
    res = extract_text(text, lex=lex)
    assert any(m.text.endswith(name) for m in res.mentions), [m.text for m in res.mentions]


@pytest.mark.parametrize("text,label", [
    # a facility's one-word name of a plainly foreign English word is a brand, spelt as English writes it, even in
    # an article about an Arab country
    ("وقع الهجوم على فندق كورنثيا في طرابلس.", "Corinthia Hotel"),
    ("انفجرت سيارة قرب فندق ريفيرسايد في العاصمة.", "Riverside Hotel"),
])
def test_a_foreign_brand_of_a_facility_is_spelt_in_english(lex, text, label):
    res = extract_text(text, lex=lex)
    assert label in [m.entity.label_en for m in res.mentions], [m.entity.label_en for m in res.mentions]
