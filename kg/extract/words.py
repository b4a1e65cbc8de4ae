"""Closed word sets and small helpers the extractor's stages share."""
from __future__ import annotations

from ..lexicon import Generic, Lexicon
from ..recognize import Item
from ..text import fold_string

_PUNCT_BARRIER = frozenset({".", ";", "؛", ":", "!", "?", "؟"})
_COMMA = frozenset({"،", ","})
# "among them" (folded): a person named after it is one of the group before (خمسة مسلحين بينهم القيادي فلان)
_AMONG = frozenset({"بينهم", "بينهن"})
_QUOTES = frozenset({"«", "»", '"', "“", "”", "'", "(", ")", "‘", "’", "-", "–"})

# words before an event noun that tell it happened: what came after it, upon it or since it (folded)
_DONE_BEFORE = frozenset({"بعد", "وبعد", "عقب", "وعقب", "اثر", "واثر", "منذ", "ومنذ", "غداه", "وغداه"})
# words that place another deed before or after this one (folded, without و): عقب هجوم، بعد الغارة، قبل التفجير —
# those of a deed done before but منذ (since), and قبل، أعقاب
_SEQUENCE = frozenset({w.removeprefix("و") for w in _DONE_BEFORE} - {"منذ"} | {"قبل", "اعقاب"})
# words right before an event noun that tell another deed, after or before which the clause's deed was done
# (folded): بعد الهجوم، منذ هجوم، قبل التفجير، في أعقاب هجوم
_TOLD_BEFORE = _DONE_BEFORE | {"قبل", "وقبل", "اعقاب"}
# verbs of happening (folded): منذ وقع الهجوم، منذ حدث التفجير — the event noun after them is their subject
_HAPPENED = frozenset({"وقع", "وقعت", "حدث", "حدثت", "جري", "جرت"})
_FEM_FORCES = frozenset(fold_string(w) for w in (
    "قوات", "طائرات", "مقاتلات", "وحدات", "ميليشيات", "مليشيات", "مروحيات", "كتائب", "فصائل", "مدفعية",
    "دبابات", "قوة", "قاذفات", "بوارج", "سفن", "مدرعات", "صواريخ"))
_CLAUSE_PARTICLES = frozenset({"و", "ف", "ثم", "قد", "وقد", "فقد", "لقد", "كما", "ولقد", "كان", "وكان", "كانت",
                                "وكانت", "ان", "انه", "انها", "بان", "لكن", "ولكن", "اذ", "حيث", "بعدما", "عندما",
                                "امس", "اليوم", "ايضا", "بدوره", "بدورها", "من", "جهته", "جهتها", "جانبه", "جانبها"})
_LOCATION_CLASSES = frozenset({"CONTROL", "ADVANCE", "WITHDRAW", "BESIEGE"})
_TO_A_PARTY = frozenset({"surrendered"})   # of those classes, done to a party, not over a place (سلم أسلحته للجيش)


def over_places(tr) -> bool:
    """The trigger's target is a place: control, advance, withdrawal, siege (not a surrender, made to a party)."""
    return tr.cls in _LOCATION_CLASSES and tr.relation not in _TO_A_PARTY
_ATTRIBUTIVE_OWNERSHIP = frozenset({"تابعه", "تابع", "تابعا", "تابعين", "مواليه", "موالين", "موالي", "موالون",
                                    "مويده", "مويدين", "مويدون", "مويد",
                                    "تعود", "يعود", "عايده", "العايده"})
# an event that one is asked to intensify, continue or stop is going on already (بتكثيف محاربته لداعش)
_ONGOING = frozenset({"تكثيف", "تعزيز", "مواصله", "استمرار", "وقف", "ايقاف", "زياده", "تصعيد", "تكرار"})
_COUNT_MODIFIERS = frozenset({"ما", "لا", "يقل", "عن", "اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء"})
# verbal nouns of a way of killing in the accusative (قتل حرقا، أعدم شنقا): how it was done, folded
_WAY_OF_KILLING = frozenset({"حرقا", "رميا", "ذبحا", "شنقا", "خنقا", "طعنا", "صلبا", "اعداما"})
_KANA = frozenset({"كان", "وكان", "فكان", "كانت", "وكانت", "فكانت", "كانوا", "وكانوا", "يكون", "تكون"})
_SUBJECT_PRONOUNS = frozenset({"هو", "هي", "هم", "هما", "وهو", "وهي", "وهم", "وهما", "فهو", "فهي", "فهم"})
# إنّ/أنّ (with ب، ل، ف), which a noun follows, never a verb (قالت إن قصف الأحياء …), folded
_INNA = frozenset({"ان", "بان", "لان", "فان"})
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})
_COMPLEMENT_PRONOUNS = ("انه", "انها", "انهم", "بانه", "بانها", "بانهم", "انهما", "انهما")
CONFIDENCE = {
    "direct": 0.9,        # actor and target found in their syntactic positions
    "direct-agent": 0.9,  # a passive verb and its agent phrase (قتل X على يد Y)
    "passive": 0.8,       # a passive verb with no agent (قتل 28 شخصا): the target only
    "light": 0.85,        # actor through a light verb or relative clause
    "genitive": 0.8,      # actor as genitive/agent phrase of an event noun
    "speaker": 0.7,       # actor = the speaker of the report the clause depends on
    "inherited": 0.6,     # dropped subject continued from an earlier clause
    "losses": 0.75,       # a clash's side: those killed in it (قتل ستة من الحشد في اشتباك مع داعش)
    "pattern": 0.85,      # title / place phrase (AFFILIATION, LOCATED_IN)
}


def _victim(it: Item) -> bool:
    """An unnamed group that things are done to (generic.tsv: victim), such as civilians."""
    return it.mention_kind == "generic" and getattr(it.ref, "victim", False)


def _accused(it: Item) -> bool:
    """The unnamed accused (generic.tsv suspects: المتهمين، متهما): right before a deed after بـ, its doers."""
    return it.mention_kind == "generic" and getattr(it.ref, "id", "") == "suspects"


def _people(it: Item) -> bool:
    """An unnamed group of people of no side (generic.tsv side empty: students, journalists, activists):
    they may protest, but no one of them arrests."""
    return it.mention_kind == "generic" and isinstance(it.ref, Generic) and not it.ref.side \
        and it.ref.type == "Group" and not it.ref.agent


def _is_light(p: Item) -> bool:
    return p.kind == "word" and (p.word in ("light_verb", "light_noun")
                                 or any(h.kind == "W" and h.ref in ("light_verb", "light_noun") for h in p.alts))


def _is_light_noun(p: Item) -> bool:
    """The noun of a light verb (words.tsv light_noun: قيام X بـ…)."""
    return p.kind == "word" and (p.word == "light_noun" or any(h.kind == "W" and h.ref == "light_noun" for h in p.alts))


def _head(it: Item) -> int:
    """First token of an entity phrase, its title included (والمستشار الرئاسي جاك اوديبير)."""
    return it.lead if it.lead >= 0 else it.i


def _strip_suffix(word: str, known: frozenset) -> str:
    """فشله -> فشل when the bare form is known."""
    if word in known:
        return word
    for s in ("هما", "ها", "هم", "ه"):
        if word.endswith(s) and word[: -len(s)] in known:
            return word[: -len(s)]
    return word


_SETS: dict[int, tuple] = {}


def _word_sets(lex: Lexicon) -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(prepositions, words transparent between a head and its noun, clause barriers, place nouns without
    the article), per lexicon."""
    sets = _SETS.get(id(lex))
    if sets is None or sets[0] is not lex:
        w = lex.words
        # a place noun that took no name (معسكر in على معسكر اللواء 35) stands before the phrase it heads
        place_nouns = frozenset(fold_string(pn.form).removeprefix("ال") for pn in lex.place_nouns)
        transparent = (w.get("force", frozenset()) | w.get("people", frozenset()) | w.get("part", frozenset())
                       | w.get("head", frozenset()) | w.get("frame", frozenset()) | _QUOTES | place_nouns)
        barrier = w.get("clause", frozenset()) | w.get("relative", frozenset()) | w.get("complementizer", frozenset())
        sets = _SETS[id(lex)] = (lex, (w.get("prep", frozenset()), transparent, barrier, place_nouns))
    return sets[1]

