"""Who meets, agrees or talks with whom: the sides of symmetric events, the officials who stand for their
states, and the speaker a verb of the first person stands for. Sentences written for these tests."""
import pytest

from tests.test_events import events_of, find, ids


@pytest.mark.parametrize("text,etype,actor,target", [
    # sides after a symmetric verb: each with the other, as when they come before it
    ("اتفقت الحكومة اليمنية والحوثيون على وقف إطلاق النار في مدينة الحديدة.", "AGREE", "yemeni_government", "houthis"),
    ("التقى وزير الخارجية الأمريكي ونظيره الروسي في جنيف.", "CONSULT", "usa", "russia"),
    ("اجتمع الرئيس المصري والعاهل الأردني في القاهرة أمس.", "CONSULT", "egypt", "jordan"),
    # توصل إلى اتفاق: a light verb whose sides reached the agreement together, before or after it
    ("توصلت الحكومة اليمنية والحوثيون إلى اتفاق لتبادل الأسرى.", "AGREE", "yemeni_government", "houthis"),
    ("قال المتحدث إن الحكومة اليمنية والحوثيين توصلوا إلى اتفاق لتبادل الأسرى.", "AGREE", "yemeni_government", "houthis"),
])
def test_the_sides_of_a_symmetric_event_do_it_with_each_other(lex, text, etype, actor, target):
    e = find(events_of(lex, text), etype)
    assert ids(e.actors) == {actor} and ids(e.targets) == {target}, (ids(e.actors), ids(e.targets))


def test_who_announces_an_agreement_did_not_reach_it(lex):
    """أعلن X توصل الأطراف الليبية إلى اتفاق: the parties (a word of people, not "the edges") reached it."""
    e = find(events_of(lex, "أعلن المبعوث الأممي برناردينو ليون توصل الأطراف الليبية إلى اتفاق في الصخيرات."),
             "AGREE")
    assert ids(e.actors) == {"libya"}, ids(e.actors)


def test_allies_in_a_fight_are_not_each_others_target(lex):
    """خاض الجيش والمقاومة معارك: a light verb's sides of a fight fought together, not each other."""
    e = find(events_of(lex, "خاض الجيش والمقاومة الشعبية معارك عنيفة في مدينة تعز."), "ASSAULT")
    assert not ids(e.targets) & ids(e.actors), (ids(e.actors), ids(e.targets))


@pytest.mark.parametrize("text,actor,target,place", [
    # a country's adjective after the title of a state's official stands for that state, whatever the
    # title's clitics (والعاهل، بنظيره، بالسفير) and however many words it has (رئيس الوزراء)
    ("استقبل العاهل الأردني وزير الخارجية الفرنسي في عمان.", "jordan", "france", "amman"),
    ("بحث ولي العهد السعودي مع رئيس الوزراء البريطاني الأوضاع في اليمن.", "saudi_arabia", "uk", "yemen"),
    ("اتصل الرئيس المصري بنظيره الفرنسي هاتفيا.", "egypt", "france", None),
    # the ambassador's country is whom he stands for, not where they met
    ("التقى رئيس الوزراء العراقي بالسفير الأمريكي في بغداد.", "iraq", "usa", "baghdad"),
])
def test_a_states_official_stands_for_the_state(lex, text, actor, target, place):
    e = find(events_of(lex, text), "CONSULT")
    assert ids(e.actors) == {actor} and ids(e.targets) == {target}, (ids(e.actors), ids(e.targets))
    if place:
        assert ids(e.places) == {place}, ids(e.places)


def test_an_adverb_of_manner_is_no_name(lex):
    """هاتفيا "by phone": a common adjective in ـي with the accusative ending is how, not who."""
    from kg.model import Document
    from kg.pipeline import process
    res = process(Document(doc_id="t", text="اتصل الرئيس المصري بنظيره الفرنسي هاتفيا."), lex)
    assert not [m for m in res.mentions if m.text == "هاتفيا"], [(m.text, m.entity.id) for m in res.mentions]


def test_a_post_after_a_name_is_his_not_his_states(lex):
    """أسامة النجيفي نائب رئيس الجمهورية العراقية: the adjective is the post's, Iraq does nothing."""
    events = events_of(lex, "أكد أسامة النجيفي نائب رئيس الجمهورية العراقية رفضه للقرار.")
    assert not any("iraq" in ids(e.actors) for e in events), [(e.type, ids(e.actors)) for e in events]


@pytest.mark.parametrize("text,etype,actor", [
    # a verb of the first person ("we") is the side of whoever says it
    ("قال وزير الخارجية الإيراني: نرفض التدخل الأجنبي في اليمن.", "REJECT", {"iran"}),
    ("وقال المتحدث باسم الحوثيين إننا نرفض أي حوار مع الحكومة.", "REJECT", {"houthis"}),
    # and, with no one saying it, no one the text named before
    ("هاجمت القوات التركية مواقع للمسلحين. نتفق مع الرأي القائل بأن الحل سياسي.", "AGREE", set()),
])
def test_we_are_the_speakers_side(lex, text, etype, actor):
    e = find(events_of(lex, text), etype)
    assert ids(e.actors) == actor, ids(e.actors)


@pytest.mark.parametrize("text,target", [
    # هدد X بـ + verbal noun: X would do the deed, and the verbal noun's genitive is what it would hit
    ("هدد تنظيم داعش بمهاجمة روسيا.", "russia"),
    ("هدد الحوثيون باستهداف السفن السعودية في البحر الأحمر.", "saudi_arabia"),
])
def test_who_threatens_a_deed_would_do_it(lex, text, target):
    e = find(events_of(lex, text), "ASSAULT")
    assert e.modality == "hypothetical" and target in ids(e.targets) and target not in ids(e.actors), (
        ids(e.actors), ids(e.targets), e.modality)


def test_a_country_of_those_hit_is_where_only_if_nothing_closer_is_named(lex):
    """فتحت النار على فرنسيين قرب مدينة تبوك: the French were hit near Tabuk, not in France."""
    e = find(events_of(lex, "فتحت مجموعة مسلحة النار على فرنسيين قرب مدينة تبوك."), "ASSAULT")
    assert ids(e.places) == {"tabuk"}, ids(e.places)


def test_convicts_executed_are_prisoners(lex):
    e = find(events_of(lex, "أعدمت السلطات السعودية ثلاثة مدانين بتهريب المخدرات."), "ASSAULT")
    assert ids(e.targets) == {"group/prisoners-saudi_arabia"} and e.killed == 3, (ids(e.targets), e.killed)


@pytest.mark.parametrize("text,actor,target", [
    # the adjective انتحاري tells how an attack was done; who carried it out or claims it did it
    ("نفذ تنظيم داعش هجوما انتحاريا في بغداد.", "isis", None),
    ("تبنى تنظيم داعش التفجير الانتحاري الذي استهدف مسجدا في الكويت.", "isis",
     "facility/unnamed-place_of_worship-kuwait"),
    ("أعلنت حركة طالبان مسؤوليتها عن الهجوم الانتحاري الذي استهدف قاعدة عسكرية في كابل.", "taliban",
     "facility/unnamed-barracks-afghanistan"),
])
def test_who_carries_out_or_claims_a_suicide_attack_did_it(lex, text, actor, target):
    e = find(events_of(lex, text), "ASSAULT")
    assert ids(e.actors) == {actor}, ids(e.actors)
    if target:
        assert ids(e.targets) == {target}, ids(e.targets)


def test_those_hurt_in_a_suicide_bombing_are_not_the_bomber(lex):
    """وأصيب 24 في تفجير انتحاري: the adjective of the event noun is not the subject of أصيب."""
    e = find(events_of(lex, "قتل جنديان وأصيب 24 في تفجير انتحاري نفذه حزب العمال الكردستاني."), "ASSAULT")
    assert ids(e.actors) == {"pkk"} and not any(i.startswith("group/suicide") for i in ids(e.targets)), (
        ids(e.actors), ids(e.targets))


def test_kabul_spelt_as_the_afghans_write_it(lex):
    e = find(events_of(lex, "قتل خمسة أشخاص في انفجار في كابل."), "ASSAULT")
    assert ids(e.places) == {"kabul"}, ids(e.places)


@pytest.mark.parametrize("text,etype,actor,target", [
    # احتجاجا "in protest" after a diplomatic act or a protest gives its motive: no protest of its own
    ("استدعت وزارة الخارجية المصرية السفير التركي في القاهرة احتجاجا على تصريحات أردوغان.", "ACCUSE", "egypt",
     "turkey"),
    # a chargé d'affaires stands for his state, like an ambassador (titles.tsv)
    ("طردت الحكومة البحرينية القائم بالأعمال الإيراني.", "SANCTION", "group/government-bahrain", "iran"),
])
def test_diplomatic_acts(lex, text, etype, actor, target):
    events = events_of(lex, text)
    e = find(events, etype)
    assert ids(e.actors) == {actor} and ids(e.targets) == {target}, (ids(e.actors), ids(e.targets))
    assert not find(events, "PROTEST"), [(x.type, x.trigger) for x in events]


def test_a_strike_in_protest_is_a_protest(lex):
    """أغلق التجار محلاتهم احتجاجا: closing shops is no diplomatic act; the protest stands."""
    e = find(events_of(lex, "أغلق التجار محلاتهم في البازار احتجاجا على الضرائب الجديدة في طهران."), "PROTEST")
    assert e is not None


@pytest.mark.parametrize("kind,country,carried", [
    ("security_forces", "iraq", False),     # generic.tsv side force
    ("government", "iraq", False),          # side state
    ("students", "iraq", True),
    ("protesters", "iraq", True),
])
def test_a_protest_is_not_carried_to_the_state_or_its_forces(lex, kind, country, carried):
    """وسارت التظاهرة: people march; the police or the government named before do not."""
    from kg.groups import carried_doer, group_entity
    ent = group_entity(lex, lex.generics[kind], country, "")
    assert carried_doer(lex, ent, "PROTEST") is carried
    assert carried_doer(lex, lex.entities["iraq"], "PROTEST") is False


@pytest.mark.parametrize("text,etype,target", [
    # "we" have no subject in the text: what follows the verb is its object
    ("وقال عباس: نحمل الإدارة الأمريكية أيضا المسؤولية.", "ACCUSE", "usa"),
    ("قال المتحدث باسم الجيش إننا نستهدف مواقع الحوثيين في صعدة.", "ASSAULT", "houthis"),
])
def test_what_follows_a_verb_of_the_first_person_is_its_object(lex, text, etype, target):
    e = find(events_of(lex, text), etype)
    assert target in ids(e.targets) and target not in ids(e.actors), (ids(e.actors), ids(e.targets))


def test_we_continue_no_earlier_doer(lex):
    """أن نقاتل في الجبهات: the speaker's side, not al-Qaeda, the doer of the last attack told."""
    text = "هاجم تنظيم القاعدة مواقع للحوثيين في المكلا. وأضاف: «أن نقاتل في الجبهات ثم نرحل فهذا غير منصف»."
    e = find(events_of(lex, text), "ASSAULT", "نقاتل")
    assert "al_qaeda" not in ids(e.actors), ids(e.actors)


@pytest.mark.parametrize("text,etype,target", [
    # a condemnation or rejection of definite nouns a country's adjective describes is aimed at it
    ("وأدانت الوزارة القرارات والإجراءات الإسرائيلية العنصرية.", "ACCUSE", "israel"),
    ("رفضت الحكومة المصرية التصريحات التركية.", "REJECT", "turkey"),
])
def test_whose_deeds_are_condemned(lex, text, etype, target):
    e = find(events_of(lex, text), etype)
    assert ids(e.targets) == {target}, ids(e.targets)


@pytest.mark.parametrize("text,target", [
    # a commander or official of a group (with an adjective between) stands for the group the deed touched
    ("قتل قائد ميداني في جبهة النصرة في غارة للتحالف الدولي على ريف إدلب.", "nusra_front"),
    ("اغتال مسلحون قياديا بارزا في حزب الإصلاح في عدن.", "islah_party"),
])
def test_a_member_of_a_group_with_an_adjective(lex, text, target):
    e = find(events_of(lex, text), "ASSAULT")
    assert target in ids(e.targets), ids(e.targets)


@pytest.mark.parametrize("text,target", [
    # men counted "from" a group the text names are that group, as in the construct (مسلحو داعش)
    ("أعلن الجيش العراقي مقتل 50 مسلحا من تنظيم داعش في عمليات عسكرية بمحافظة الأنبار.", "isis"),
    ("اعتقلت الشرطة عناصر من حزب العمال الكردستاني.", "pkk"),
])
def test_men_from_a_named_group_are_the_group(lex, text, target):
    e = next(e for e in events_of(lex, text) if e.type in ("ASSAULT", "COERCE"))
    assert ids(e.targets) == {target}, ids(e.targets)


@pytest.mark.parametrize("text,actor,target", [
    # a dual title (الرئيسان، الوزيران، نظيريه) followed by two countries' adjectives: the two states
    ("بحث الرئيسان المصري والفرنسي الأوضاع في ليبيا.", "egypt", "france"),
    ("التقى الوزيران الأمريكي والروسي في جنيف.", "usa", "russia"),
])
def test_two_officials_named_by_their_countries(lex, text, actor, target):
    e = find(events_of(lex, text), "CONSULT")
    assert ids(e.actors) == {actor} and ids(e.targets) == {target}, (ids(e.actors), ids(e.targets))


def test_an_unnamed_force_whose_losses_are_told_is_a_side_of_the_clash(lex):
    """قتل جندي تركي في اشتباك مع مسلحين: the soldiers killed are one side (as a named group would be),
    the group after مع the other; civilians killed are no side."""
    e = find(events_of(lex, "قتل جندي تركي في اشتباك مع مسلحين من حزب العمال الكردستاني."), "ASSAULT")
    assert ids(e.actors) == {"group/military-turkey"} and ids(e.targets) == {"pkk"}, (ids(e.actors), ids(e.targets))
    e = find(events_of(lex, "قتل ثلاثة مدنيين في اشتباكات مع الجيش."), "ASSAULT")
    assert not e.actors, ids(e.actors)


def test_the_other_side_of_between_after_a_participle(lex):
    """بين رجال المقاومة المدعومين بطيران التحالف ومسلحي الحوثيين: the و after the participle's agent goes on
    with the other side of بين, not with the agent."""
    evs = events_of(lex, "تجددت المعارك بين رجال المقاومة الشعبية المدعومين بطيران التحالف ومسلحي جماعة "
                         "الحوثيين في لحج.")
    e = find(evs, "ASSAULT")
    assert ids(e.actors) == {"popular_resistance_yemen"} and "houthis" in ids(e.targets), (ids(e.actors), ids(e.targets))
    c = find(evs, "COOPERATE")
    assert ids(c.actors) == {"arab_coalition"}, ids(c.actors)


@pytest.mark.parametrize("text,target", [
    # those counted from a group after a verb of killing are its victims (12 شهيدا من رجال الأمن)
    ("قتل 12 شهيدا من رجال الأمن في الهجوم.", "group/security_forces"),
    ("قتل خمسة من عناصر الشرطة في هجوم.", "group/police"),
])
def test_the_dead_counted_from_a_group(lex, text, target):
    e = find(events_of(lex, text), "ASSAULT")
    assert ids(e.targets) == {target} and not e.actors, (ids(e.actors), ids(e.targets))


@pytest.mark.parametrize("text", [
    # whose mosque was hit, or whose wounded died, did not do it
    "تفجير مسجد قوات الطوارئ عمل إرهابي هدفه زعزعة الأمن.",
    "توفي اثنان من المصابين من منسوبي قوات الطوارئ الخاصة متأثرين بإصابتهما بالتفجير.",
])
def test_the_owner_of_a_place_hit_or_its_wounded_did_not_do_it(lex, text):
    assert not [e for e in events_of(lex, text) if e.type == "ASSAULT" and e.actors], events_of(lex, text)


def test_the_sides_of_between_with_a_comma_before_on_one_side(lex):
    """بين المقاومة، من جهة والمسلحين الحوثيين، من جهة أخرى: a comma before من جهة keeps the two sides."""
    e = find(events_of(lex, "وتشهد إحدى ضواحيها قتالا عنيفا بين المقاومة، من جهة والمسلحين الحوثيين وقوات صالح، "
                            "من جهة أخرى."), "ASSAULT")
    assert "houthis" in ids(e.targets), (ids(e.actors), ids(e.targets))


def test_families_besieged(lex):
    e = find(events_of(lex, "ويحاصر المسلحون داخل مدينة الفلوجة بضعة آلاف من العوائل."), "ASSAULT")
    assert any(x.startswith("group/civilians") for x in ids(e.targets)), ids(e.targets)


@pytest.mark.parametrize("text", [
    # بين الطرفين: the two sides of the fight just told, in its sentence or the one before
    "شن الحوثيون هجوما على مواقع المقاومة الشعبية في مأرب، واندلعت بعدها مواجهات عنيفة بين الطرفين.",
    "هاجم الحوثيون مواقع المقاومة الشعبية في مأرب. واندلعت مواجهات عنيفة بين الجانبين.",
])
def test_between_the_two_sides_are_the_sides_just_told(lex, text):
    e = find(events_of(lex, text), "ASSAULT", "مواجهات")
    assert ids(e.actors) == {"houthis"} and ids(e.targets) == {"popular_resistance_yemen"}, (ids(e.actors), ids(e.targets))


def test_a_place_taken_is_no_side(lex):
    """سيطرت المقاومة على قاعدة العند … واستمرت المعارك بين الطرفين: the base is no side of the fight."""
    evs = events_of(lex, "سيطرت المقاومة الشعبية على قاعدة العند الجوية، واستمرت المعارك بين الطرفين في محيطها.")
    e = find(evs, "ASSAULT", "المعارك")
    assert "anad_airbase" not in ids(e.targets), ids(e.targets)


@pytest.mark.parametrize("text,actors,targets", [
    # who the article told only raiding from the air is no side of the clashes on the ground told after;
    # whom it raided is one
    ("شنت طائرات التحالف العربي غارات على مواقع الحوثيين في تعز. واندلعت اشتباكات عنيفة في المدينة.",
     set(), {"houthis"}),
    # a force told fighting on the ground goes on as the clashes' side
    ("اقتحمت قوات النظام بلدة الزبداني. واندلعت اشتباكات عنيفة في المدينة.", {"syrian_government"}, set()),
])
def test_who_raids_from_the_air_is_no_side_of_a_ground_clash(lex, text, actors, targets):
    e = next(e for e in events_of(lex, text) if e.trigger == "اشتباكات")
    assert ids(e.actors) == actors and ids(e.targets) == targets, (ids(e.actors), ids(e.targets))


@pytest.mark.parametrize("text,actor", [
    # the full stop of an abbreviated title (د.، م.) ends no clause: who condemns the bombing did not do it
    ("كما استنكر مفتي مصر د. شوقي علام التفجير الإرهابي.", "person/shuqi-alm"),
    ("استنكر وزير النقل م. عبدالله المقبل التفجير الإرهابي الذي استهدف المسجد.", None),
])
def test_who_condemns_after_an_abbreviated_title(lex, text, actor):
    events = events_of(lex, text)
    bombing = next(e for e in events if e.type == "ASSAULT")
    assert not bombing.actors, ids(bombing.actors)
    if actor:
        assert ids(find(events, "ACCUSE").actors) == {actor}, ids(find(events, "ACCUSE").actors)
