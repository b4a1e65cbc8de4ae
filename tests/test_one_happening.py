"""One happening told in several words of a sentence is one event. Sentences written for these tests."""
import pytest

from tests.test_events import events_of, find, ids


def test_a_wounding_coordinated_with_the_killing_shares_its_attack(lex):
    """قتل 15 … على الأقل وأصيب أكثر من 30 آخرين في غارات: the killing is far from the raids, but the
    wounding coordinated with it shares the phrase: one event with both tolls."""
    text = "قتل 15 شخصا على الأقل وأصيب أكثر من 30 آخرين في غارات جوية شنتها طائرات النظام السوري على مدينة دوما."
    events = [e for e in events_of(lex, text) if e.type == "ASSAULT"]
    assert len(events) == 1, [(e.trigger, ids(e.actors)) for e in events]
    e = events[0]
    assert e.killed == 15 and e.wounded == 30 and ids(e.actors) == {"syrian_government"}, (
        e.killed, e.wounded, ids(e.actors))


def test_a_cause_verb_coordinated_with_the_relative_clause(lex):
    """التفجير الذي استهدف مسجدا في … أمس، وأسفر عن استشهاد: the deaths are the bombing's, no event of their own."""
    text = ("أدان المجلس حادث التفجير الانتحاري الذي استهدف مسجدا في مقر قوات الطوارئ الخاصة بمنطقة عسير أمس، "
            "وأسفر عن استشهاد عدد من أفراد القوات.")
    events = [e for e in events_of(lex, text) if e.type == "ASSAULT"]
    assert [e.trigger for e in events] == ["التفجير"], [e.trigger for e in events]


@pytest.mark.parametrize("text,etype,actor,target", [
    # an event noun that is the object of a verb of its own type tells the verb's event
    ("أرسلت الإمارات مساعدات إنسانية إلى اليمن.", "AID", "uae", "yemen"),
    ("وقعت مصر والسودان اتفاقا لتقاسم مياه النيل.", "AGREE", "egypt", "sudan"),
    # also past an unnamed subject or a container of the thing sent (طائرة مساعدات)
    ("وسلمت الهيئة الخيرية مساعدات طبية للحكومة اليمنية في عدن.", "AID", None, "yemeni_government"),
    ("أرسلت السعودية طائرة مساعدات إلى اليمن.", "AID", "saudi_arabia", "yemen"),
])
def test_an_event_noun_object_of_its_verb_is_one_event(lex, text, etype, actor, target):
    events = [e for e in events_of(lex, text) if e.type == etype]
    assert len(events) == 1, [(e.trigger, ids(e.actors)) for e in events]
    assert ids(events[0].actors) == ({actor} if actor else set()) and ids(events[0].targets) == {target}, (
        ids(events[0].actors), ids(events[0].targets))


def test_libyas_general_national_congress(lex):
    e = find(events_of(lex, "وقعت الحكومة الليبية والمؤتمر الوطني العام اتفاقا برعاية الأمم المتحدة."), "AGREE")
    assert "libya_gnc" in ids(e.targets) | ids(e.actors), (ids(e.actors), ids(e.targets))


def test_a_town_in_a_genitive_is_no_subject(lex):
    """المتظاهرون الذين جابوا شوارع كابل نددوا: Kabul (Afghanistan's seat) is the streets' town, not who denounced."""
    e = find(events_of(lex, "المتظاهرون الذين جابوا شوارع كابل نددوا بصمت الحكومة."), "ACCUSE")
    assert "afghanistan" not in ids(e.actors) and "kabul" not in ids(e.actors), ids(e.actors)


def test_we_in_a_quotation_right_after_the_speaker(lex):
    """وأضاف شي «ندعو …»: the quotation marks are not tokens; a verb of the first person a few words after
    the speaker, with no clause between, is his side's."""
    e = find(events_of(lex, "وأضاف الرئيس الصيني شي جين بينغ «ندعو باستمرار إلى التعاون بين البلدين»."), "REQUEST")
    assert ids(e.actors) == {"xi_jinping"}, ids(e.actors)


@pytest.mark.parametrize("text,actor,target", [
    # what an attack was done with, between the doer and the object, is skipped to find the object
    ("استهدف تنظيم داعش بسيارة مفخخة تجمعا لقوات سوريا الديمقراطية في ريف الحسكة.", "isis",
     "syrian_democratic_forces"),
    ("قصفت فصائل المعارضة بقذائف الهاون أحياء خاضعة لسيطرة النظام في مدينة حلب.", "syrian_rebels",
     "syrian_government"),
    # the weapon's genitive is the doer, not the owner of the object after it
    ("قصفت الطائرات بالصواريخ مواقع للحوثيين في صعدة.", None, "houthis"),
])
def test_what_an_attack_was_done_with(lex, text, actor, target):
    e = find(events_of(lex, text), "ASSAULT")
    assert ids(e.actors) == ({actor} if actor else set()) and target in ids(e.targets), (ids(e.actors), ids(e.targets))


def test_districts_under_control_are_no_event_of_the_attacker(lex):
    """أحياء خاضعة لسيطرة النظام: the participle describes the districts; the shelling's doer holds nothing."""
    events = events_of(lex, "قصفت فصائل المعارضة أحياء خاضعة لسيطرة النظام في مدينة حلب.")
    assert not any("syrian_rebels" in ids(e.targets) for e in events), [(e.trigger, ids(e.targets)) for e in events]


def test_reinforcements_pushed_are_one_mobilisation(lex):
    events = [e for e in events_of(lex, "دفع الجيش المصري بتعزيزات عسكرية إلى شمال سيناء.") if e.type == "MOBILIZE"]
    assert len(events) == 1, [e.trigger for e in events]


def test_shells_counted_in_the_dual_fall(lex):
    e = find(events_of(lex, "أكدت أن قذيفتين من سوريا سقطتا على إقليم هاتاي بجنوب شرق تركيا."), "ASSAULT")
    assert e is not None and ids(e.places) == {"hatay"}, e and ids(e.places)


def test_a_monitor_documenting_deaths_reports_them(lex):
    e = find(events_of(lex, "وثق المرصد السوري مقتل 20 مدنيا جراء قصف قوات النظام على مدينة دوما."), "ASSAULT")
    assert e.modality == "reported", e.modality


@pytest.mark.parametrize("text,etype,trigger,actor", [
    # a verbal noun that takes no object, after a preposition, has its doer in the genitive
    ("انسحب مقاتلو تنظيم داعش من مدينة تدمر أمام تقدم قوات النظام.", "ASSAULT", "تقدم", "syrian_government"),
    ("انهار الجيش العراقي أمام تقدم تنظيم داعش نحو الرمادي.", "ASSAULT", "تقدم", "isis"),
])
def test_the_doer_of_an_intransitive_verbal_noun_after_a_preposition(lex, text, etype, trigger, actor):
    e = find(events_of(lex, text), etype, trigger)
    assert ids(e.actors) == {actor}, ids(e.actors)



@pytest.mark.parametrize("text,etype", [
    # a verbal noun and the event noun in its genitive tell one happening
    ("وافقت الحكومة السورية على إدخال المساعدات إلى مدينة مضايا المحاصرة.", "AID"),
    ("وتشهد مدن عدة مظاهرات احتجاجا على تردي الخدمات.", "PROTEST"),
])
def test_an_event_noun_and_its_event_genitive_are_one_event(lex, text, etype):
    events = [e for e in events_of(lex, text) if e.type == etype]
    assert len(events) == 1, [e.trigger for e in events]


def test_a_clash_never_has_one_side_on_both_ends(lex):
    """وقتل عسكري وجرح اثنان في صدام مسلح مع تنظيم داعش: ISIS is the clash's other side, not also its doer."""
    text = "وقتل عسكري تركي وجرح اثنان آخران قرب كيليس في صدام مسلح مع تنظيم داعش في سوريا."
    for e in events_of(lex, text):
        assert not ids(e.actors) & ids(e.targets), (e.trigger, ids(e.actors), ids(e.targets))


def test_who_is_expelled_is_the_target(lex):
    """بعد طرد ميليشيات الحوثي منها: the genitive of طرد is who was driven out; the clause's subject drove them."""
    e = find(events_of(lex, "استعادت المقاومة الشعبية السيطرة على مدينة الضالع بعد طرد ميليشيات الحوثي منها."),
             "ASSAULT", "طرد")
    assert "houthis" in ids(e.targets) and "houthis" not in ids(e.actors), (ids(e.actors), ids(e.targets))


def test_what_a_shelling_was_done_with_far_after_the_verb(lex):
    """قصفت … أحياء سكنية في مدينة تعز بقذائف الدبابات: the shells are the shelling's, one event."""
    events = [e for e in events_of(lex, "قصفت ميليشيات الحوثي وقوات صالح أحياء سكنية في مدينة تعز بقذائف الدبابات.")
              if e.type == "ASSAULT"]
    assert len(events) == 1, [e.trigger for e in events]


@pytest.mark.parametrize("text", [
    # who foils an attack did not make it; the attack's own relative clause is that attack
    "أحبطت قوات الأمن هجوما إرهابيا كان يستهدف كنيسة في الإسكندرية.",
    "تمكنت الشرطة من إحباط هجوم انتحاري كان يستهدف مسجدا في القطيف.",
])
def test_a_foiled_attack(lex, text):
    events = [e for e in events_of(lex, text) if e.type == "ASSAULT"]
    assert len(events) == 1 and events[0].modality == "negated", [(e.trigger, e.modality) for e in events]
    assert not any(i.startswith(("group/police", "group/security")) for i in ids(events[0].actors)), ids(events[0].actors)


def test_takfiri_elements_are_militants(lex):
    e = find(events_of(lex, "أعلن المتحدث العسكري مقتل 15 من العناصر التكفيرية في شمال سيناء."), "ASSAULT")
    assert any(i.startswith("group/militants") for i in ids(e.targets)), ids(e.targets)


@pytest.mark.parametrize("text,actor,target", [
    # raids and shelling "against" a target (ضد), and targets (أهداف) owned by a group
    ("نفذت قوات التحالف الدولي 20 غارة جوية ضد أهداف لتنظيم داعش الإرهابي في العراق أمس.",
     "international_coalition", "isis"),
    ("قصفت الطائرات أهدافا للحوثيين في صعدة.", None, "houthis"),
])
def test_raids_against_a_groups_targets(lex, text, actor, target):
    e = find(events_of(lex, text), "ASSAULT")
    assert target in ids(e.targets) and (actor is None or actor in ids(e.actors)), (ids(e.actors), ids(e.targets))


@pytest.mark.parametrize("text", [
    # when the raids were (أمس، السبت والأحد) stands between the noun and its relative clause
    "شن الطيران غارات مكثفة أمس استهدفت مواقع للمتمردين في صعدة.",
    "شن الطيران غارات مكثفة السبت والأحد استهدفت مواقع للمتمردين في صعدة.",
])
def test_a_time_word_between_an_attack_noun_and_its_clause(lex, text):
    evs = [e for e in events_of(lex, text) if e.type == "ASSAULT"]
    assert len(evs) == 1 and ids(evs[0].targets) == {"group/rebels-yemen"}, evs


def test_an_agreement_signed_by_a_side_the_lexicon_does_not_name(lex):
    """وقعت الحكومة الليبية والبرلمان اتفاقا: the object noun after a side joined by و that is no entity
    is still the verb's object: one agreement."""
    evs = [e for e in events_of(lex, "وقعت الحكومة الليبية والبرلمان اتفاقا لتقاسم السلطة.") if e.type == "AGREE"]
    assert len(evs) == 1, evs


@pytest.mark.parametrize("text,trigger,killed,wounded", [
    # a wounding joined by و to a killing just before it, with no attack named: one event, both tolls
    ("قتل تسعة أشخاص وأصيب عشرون آخرون برصاص قوات الأمن في المدينة.", "قتل", 9, 20),
    ("مقتل تسعة أشخاص وإصابة عشرين آخرين برصاص قوات الأمن في المدينة.", "مقتل", 9, 20),
    # … or told as the killing's cause (جراء إصابته); the killing is the clashes' outcome
    ("وقتل شاب جراء إصابته برصاصة في الرأس خلال المواجهات.", "المواجهات", 1, None),
    # a wounding told by its noun after the deed's outcome (ما أدى إلى مصرع … وإصابة) is that deed's toll
    ("ودارت معارك عنيفة في الجبهة الشرقية ما أدى إلى مصرع عشرة مسلحين وإصابة خمسة عشر آخرين.", "معارك", 10, 15),
])
def test_a_wounding_joined_to_a_killing_is_its_toll(lex, text, trigger, killed, wounded):
    events = [e for e in events_of(lex, text) if e.type == "ASSAULT"]
    assert len(events) == 1, [(e.trigger, e.killed, e.wounded) for e in events]
    e = events[0]
    assert trigger in e.trigger and (e.killed, e.wounded) == (killed, wounded), (e.trigger, e.killed, e.wounded)


@pytest.mark.parametrize("text,wounded,target", [
    # a headline's verbal noun of wounding, with what caused it (برصاص، في انفجار), is the event
    ("إصابة ثلاثة صيادين برصاص البحرية في عرض البحر.", 3, "Civilians"),
    # … and, with the attack named after it, that attack's toll
    ("إصابة خمسة جنود في انفجار عبوة ناسفة استهدفت دوريتهم في العريش.", 5, "Military forces"),
])
def test_a_headline_wounding_noun(lex, text, wounded, target):
    events = [e for e in events_of(lex, text) if e.type == "ASSAULT"]
    assert len(events) == 1, [(e.trigger, e.wounded) for e in events]
    assert events[0].wounded == wounded and any(t.entity.label_en.startswith(target) for t in events[0].targets), (
        events[0].wounded, [t.entity.label_en for t in events[0].targets])


def test_a_wounding_noun_with_a_pronoun_is_no_event_of_its_own(lex):
    """أشار الجيش إلى إصابته بجروح: the wounding of one already told of, no event of its own."""
    events = events_of(lex, "ونفى الجيش مقتل الشاب واكتفى بالإشارة إلى إصابته بجروح.")
    assert not [e for e in events if "صاب" in e.trigger], [(e.type, e.trigger) for e in events]


def test_a_subject_between_a_verb_and_its_noun_keeps_two_readings(lex):
    """القذافي الذي ألقى مسلحون القبض عليه: a subject kg read stands between the verb and the noun, so the noun
    keeps its own reading (its doer, the gunmen), not merged into the verb's."""
    evs = events_of(lex, "ونشر الفيديو بعد إعدام نجل القذافي الذي ألقى مسلحون القبض عليه في نهاية العام.")
    assert any(e.trigger == "القبض" and ids(e.actors) == {"group/unidentified_armed_group"} for e in evs), \
        [(e.trigger, ids(e.actors)) for e in evs]


@pytest.mark.parametrize("text,actor,target,killed,place", [
    # a killing in an attack a relative clause tells the launcher of: the launcher, not who announced it
    ("أعلن الجيش مقتل قيادي في جماعة بوكو حرام في هجوم شنته القوات التشادية على معقل للجماعة في تشاد.",
     "chad", "boko_haram", None, "chad"),
    # "and that during an attack": the same happening
    ("أعلن الجيش مقتل ثلاثة من عناصر حركة الشباب، وذلك خلال هجوم شنته القوات الكينية في جنوب الصومال.",
     "kenya", "al_shabaab", 3, "somalia"),
    # a killing told in a clause of "where" after the attacks: their outcome, in the place it names
    ("تواصلت هجمات حركة الشباب في جنوب الصومال، حيث قتل ستة جنود في مدينة كيسمايو.",
     "al_shabaab", "group/military-somalia", 6, "kismayo"),
    ("شنت جماعة بوكو حرام هجوما على قرية، حيث قتل سبعة مدنيين.", "boko_haram", "group/civilians", 7, None),
])
def test_a_killing_in_an_attack_told_with_its_doer(lex, text, actor, target, killed, place):
    events = [e for e in events_of(lex, text) if e.type == "ASSAULT"]
    assert len(events) == 1, [(e.trigger, ids(e.actors)) for e in events]
    e = events[0]
    assert ids(e.actors) == {actor} and target in ids(e.targets) and e.killed == killed, (
        ids(e.actors), ids(e.targets), e.killed)
    assert ids(e.places) == ({place} if place else set()), ids(e.places)


def test_a_force_after_a_definite_place_noun_is_no_genitive_of_it(lex):
    """سيطرت على المدينة قوات النظام: a definite place noun heads no genitive; the force after it is the
    verb's subject (verb, short phrase, subject), not in the phrase of على."""
    e = find(events_of(lex, "وسيطرت على المدينة قوات النظام في ريف حلب."), "ASSAULT")
    assert ids(e.actors) == {"syrian_government"} and not ids(e.targets), (ids(e.actors), ids(e.targets))


@pytest.mark.parametrize("text,target", [
    # a person after a title with ب that the lexicon does not list whole is in ب's phrase: the one met
    ("التقى الرئيس اليمني عبد ربه منصور هادي بوزير حقوق الإنسان في اليمن عز الدين الأصبحي.",
     "person/az-al-din-asbahi"),
    ("اجتمع الجنرال مارتن ديمبسي برئيس الوزراء القائد العام للقوات المسلحة حيدر العبادي.", "haider_al_abadi"),
])
def test_the_one_met_after_a_title_with_b(lex, text, target):
    e = find(events_of(lex, text), "CONSULT")
    assert target in ids(e.targets) and target not in ids(e.actors), (ids(e.actors), ids(e.targets))


@pytest.mark.parametrize("text", [
    # whose the parts hit are, after the last of several joined by و: the target of the preposition before them
    "شن طيران التحالف العربي غارات على مواقع وتجمعات وآليات لميليشيا الحوثي في تعز.",
    "شن طيران التحالف العربي غارات على مواقع وتجمعات لميليشيا الحوثي في تعز.",
])
def test_the_owner_of_parts_joined(lex, text):
    e = find(events_of(lex, text), "ASSAULT")
    assert ids(e.actors) == {"arab_coalition"} and ids(e.targets) == {"houthis"}, (ids(e.actors), ids(e.targets))


@pytest.mark.parametrize("text", [
    # who leads the raids made them: بقيادة X after the noun and its adjectives, or a relative clause of leading
    "وقتل خمسة مدنيين في غارات جوية بقيادة السعودية على صنعاء.",
    "وبدعم من الغارات الجوية التي تقودها السعودية تمكن المقاتلون من طرد الحوثيين من مدينة عدن.",
])
def test_raids_led_by_a_state(lex, text):
    e = next(e for e in events_of(lex, text) if e.trigger in ("غارات", "الغارات"))
    assert ids(e.actors) == {"saudi_arabia"}, ids(e.actors)


@pytest.mark.parametrize("text,target", [
    # the group whose dead are told before an attack that caused them is what it hit, besides a place
    ("أفادت مصادر محلية بسقوط قتلى وجرحى من قوات جماعة الحوثي جراء ثلاث غارات لطيران التحالف العربي على وادي دوفس.",
     "houthis"),
    # the defences of a party are its parts: the party is hit
    ("وتمكن الجيش اليمني من تدمير دفاعات ميليشيات الحوثي في محيط قاعدة العند.", "houthis"),
])
def test_the_side_whose_losses_or_parts_were_hit(lex, text, target):
    e = next(e for e in events_of(lex, text) if e.type == "ASSAULT")
    assert target in ids(e.targets), ids(e.targets)
