"""Sports clubs named by their town (kg.recognize_clubs): sentence -> the type of a name."""
import pytest

from kg.model import Document
from kg.recognize import analyze


def types_of(text: str, lex) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity.type, m.entity.id) for m in analyze(Document("t", text), lex).mentions
            if m.kind == "name"}


@pytest.mark.parametrize("text,name,etype", [
    # a club word and the town after it
    ("وخسر ستيوا بوخارست أمام ضيفه صفر - 2 في الجولة الثانية.", "ستيوا بوخارست", "Organization"),
    ("وسحق الفريق ضيفه دينامو كييف 5 - 1 أمس.", "دينامو كييف", "Organization"),
    # a town followed by its nationality adjective, in a sentence about a match
    ("وحقق بريمن الألماني فوزه الثاني في المباراة التي جرت أمس.", "بريمن", "Organization"),
    # a town after a word that introduces a team (مضيفه), with a score
    ("وتغلب الفريق على مضيفه بريمن 2 - 1.", "بريمن", "Organization"),
    # where the match was played stays a place
    ("وأقيمت المباراة في بريمن أمام عشرين ألف متفرج.", "بريمن", "Place"),
    # a dateline stays a place
    ("بريمن - ( أ ف ب ) تعادل الفريقان 1 - 1 في المباراة.", "بريمن", "Place"),
    # a town in a sentence about no match stays a place
    ("وقال مجلس عشائر بريمن إن الوضع هادئ.", "بريمن", "Place"),
])
def test_clubs_named_by_their_town(text, name, etype, lex):
    got = types_of(text, lex)
    assert got.get(name, ("", ""))[0] == etype, got


def test_a_date_is_no_score(lex):
    """4-6-2015 is a date: the sentence is about no match."""
    got = types_of("وأعلن مجلس عشائر الفلوجة يوم 4-6-2015 ولاءه للدولة ووقف فريق الفلوجة معه.", lex)
    assert all(t != "Organization" or not i.startswith("organization/club-") for t, i in got.values()), got


def test_the_currency_riyal_is_no_club(lex):
    got = types_of("وتبرع الأمير بخمسين مليون ريال لصندوق التكافل بعد المباراة.", lex)
    assert not any(i.startswith("organization/club-") for _, i in got.values()), got
