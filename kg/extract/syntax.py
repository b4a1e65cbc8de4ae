"""The sentence as the extractor reads it: tokens, clitics, which preposition governs a noun phrase,
clause boundaries, coordination, agreement, and which reading an ambiguous trigger has here."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property, lru_cache

from ..lexicon import Generic
from ..model import ACTOR_TYPES, LOCATION_TYPES
from ..name_shapes import POSSESSIVE, nisba_apart
from ..recognize import Item
from ..text import ARABIC_LETTER, TANWEEN, fold_string
from .focus import entity_gender
from .words import (
    _ATTRIBUTIVE_OWNERSHIP,
    _COMMA,
    _COUNT_MODIFIERS,
    _HAPPENED,
    _INNA,
    _PUNCT_BARRIER,
    _QUOTES,
    _head,
    _is_light,
)


_MEN = frozenset(("رجال", "افراد", "منتسبي", "عناصر"))     # men of (a force), folded
_FORCE_BODIES = frozenset({"جهاز", "حرس", "فيلق", "قوي", "سلاح", "قياده"})   # heads of a state force's name (قيادة عمليات الأنبار), folded
_BECAME = frozenset({"بات", "باتت", "باتوا", "اصبح", "اصبحت", "اصبحوا", "صار", "صارت", "صاروا"})   # folded
_REQ_PREFIXES = ("وبال", "وال", "بال", "ال", "وب", "و", "ب")
_REQ_SUFFIXES = ("هن", *POSSESSIVE)


def _bare_part(tok: str, part) -> bool:
    """A word of parts (words.tsv part: مواقع، تجمعات), with the article or a و joining it to the one before."""
    t = tok[1:] if tok[:1] == "و" and (tok[1:] in part or tok[1:].removeprefix("ال") in part) else tok
    return t.removeprefix("ال") in part or t in part


# words after which أنْ takes a verb (بعد أن قصف، قبل أن، سبق أن، يجب أن، لا بد أن), folded
_AN_VERB = frozenset({"بعد", "قبل", "منذ", "الي", "حتي", "سبق", "يجب", "ينبغي", "يمكن", "بد", "اراد", "يريد",
                      "تريد", "ارادت", "يحاول", "تحاول", "حاول", "حاولت", "دون", "من", "علي"})


@lru_cache(maxsize=65536)
def _required_forms(tok: str) -> tuple[str, ...]:
    """A word as a trigger's required word may be written: as is, and without the article, و or ب
    before it and a possessive pronoun or the accusative's alif after it (نشرت القوات مدرعاتها، دفع بقواته،
    نشرت جنودا: مدرعات، قوات، جنود).
    Not without ل (نشرت الصحيفة صورا لقوات …: the forces are not what was sent)."""
    out = [tok]
    bases = [tok] + [tok[len(p):] for p in _REQ_PREFIXES if tok.startswith(p) and len(tok) - len(p) >= 3][:1]
    for b in bases:
        if b not in out:
            out.append(b)
        for suf in _REQ_SUFFIXES:
            if b.endswith(suf) and len(b) - len(suf) >= 3:
                stem = b[:-len(suf)]
                stem = stem[:-1] + "ه" if stem.endswith("ت") and not stem.endswith("ات") else stem
                if stem not in out:
                    out.append(stem)
                break
        if b.endswith("ا") and not b.startswith("ال") and len(b) >= 4 and b[:-1] not in out:
            out.append(b[:-1])   # the accusative's alif (نشرت كابل جنودا: جنود)
    return tuple(out)


# parts of the day before a day's name (مساء الخميس، فجر اليوم، صباح أمس): words of time too
# the verbs of the passive made with a verbal noun (تم قتل، جرى اعتقال، يتم استهداف), folded: the word after them is
# the noun, never a verb
_PASSIVE_AUX = frozenset({"تم", "تمت", "يتم", "سيتم", "جرى", "يجري", "سيجري", "جري"})
_DAY_PARTS = frozenset({"مساء", "صباح", "فجر", "ظهر", "عصر", "ليل", "ليله", "ظهيره", "منتصف", "صباحا", "ليلا",
                        "فجرا", "ظهرا", "عصرا"})
# adverbs of a time told before (folded): وقتل حينها 14 ضابطا، قتل آنذاك
_THEN = frozenset(fold_string(w) for w in ("حينها", "آنذاك", "وقتها", "حينذاك", "حينئذ", "مؤخرا"))


_AIRCRAFT = frozenset({"طايره", "طايرات", "طايرتين", "طايرتان", "مروحيه", "مروحيات", "مروحيتين", "مروحيتان"})  # folded
_LETTER_RE = re.compile(f"[{ARABIC_LETTER}]")     # an Arabic letter as written (no tatweel, no diacritic)
_FREE_PREPS = frozenset({"علي", "عن", "الي", "ضد", "مع"})    # prepositions written apart, folded
# passive forms of "attributed to" before إلى (قصف نسب إلى الحوثيين، الهجوم المنسوب إلى التنظيم), folded
_ATTRIBUTED = frozenset({"نسب", "نسبت", "ينسب", "تنسب", "منسوب", "منسوبه", "المنسوب", "المنسوبه"})

class Syntax:
    def _fits(self, t: Item) -> bool:
        return any(self._satisfied(tr, t) for tr in self.rows(t))

    def unless_after(self, tr, t: Item, exact: bool = False) -> bool:
        """One of the two words after the trigger is a word that makes it no event of this row (triggers.tsv
        unless: دخل حيز التنفيذ، تقدم بطلب، يضرب عن الطعام); ``exact``: a whole word of the list, no "…*"."""
        for k in (t.j, t.j + 1):
            nxt = self.tok(k)
            if nxt and any(nxt == u or (not exact and u.endswith("*") and nxt.startswith(u[:-1])) for u in tr.unless):
                return True
        return False

    def _satisfied(self, tr, t: Item) -> bool:
        """The trigger has the word it requires (حمّل … مسؤولية، ألقى … براميل) in its clause, after it (or before
        it, for a required "<word"; right before it, for a "^word"; among the three after it for a "+word"), or
        needs none."""
        if not tr.requires:
            return True
        if any(w[:1] == "<" for w in tr.requires) and any(
                "<" + tok in tr.requires for k in range(self.clause_start(t.i), t.i) for tok in _required_forms(self.tok(k))):
            return True      # قذيفة سقطت على منزل: "<قذيفة", the word before the trigger in its clause
        if any(w[:1] == "^" for w in tr.requires) and t.clitic in ("", "و") \
                and "^" + self.tok(t.i - 1).removeprefix("و") in tr.requires:
            return True      # هذا عمل إرهابي، هو عمل همجي: "^هذا", the word right before the trigger
        if any(w[:1] == "+" for w in tr.requires) and any(
                "+" + tok in tr.requires for k in range(t.j, min(t.j + 3, self.n)) for tok in _required_forms(self.tok(k))):
            return True      # سقطت ثلاث قذائف على الحي: "+قذائف", the verb's subject among the three words after it
        end = self.clause_end(t.j, commas=False)
        if self.tok(end) in ("بانه", "بانها", "بانهم", "بان", "انه", "انها") \
                or self.tok(end) in self.w.get("relative", ()):
            end = self.clause_end(end + 1, commas=False)   # وصفه بأنه عمل إرهابي، وصف الهجوم الذي شنه … بالإجرامي
        end = min(end, t.j + 10)
        phrases = any(" " in w for w in tr.requires)
        for k in range(t.j, end):
            for tok in _required_forms(self.tok(k)):
                if tok in tr.requires:
                    return True
                # a required phrase of two or three words (مواد غذائية، القائم بالأعمال، وقفة احتجاجية)
                if phrases and any(" ".join([tok, *self.tokens[k + 1:k + n]]) in tr.requires
                                   for n in (2, 3) if k + n <= end):
                    return True
                # "…مسؤولية": the word must follow an object (حمّل الحكومة المسؤولية, not تحمّل المسؤولية
                # "bore responsibility"); a pronoun object on the verb counts (حمّله المسؤولية)
                if (k > t.j or t.suffix) and "..." + tok in tr.requires:
                    return True
        if t.suffix and any("..." + tok in tr.requires or "...ال" + tok in tr.requires
                            for k in range(max(self.clause_start(t.i) - 4, 0), t.i)
                            for tok in _required_forms(self.tok(k))):
            return True      # هجوم انتحاري نسبته الحكومة إلى التنظيم: the object pronoun stands for the deed before it
        return False

    def required_after_object(self, tr, k: int) -> bool:
        """Token k is a word the trigger requires after its object (triggers.tsv "…word": حمّل … المسؤولية),
        or the word after a conjunct k (مليشيات الحوثيين وصالح مسؤولية)."""
        if self.tok(k).startswith("و") and not self.ent_token(k):
            k += 1
        return any("..." + tok in tr.requires for tok in _required_forms(self.tok(k)))

    def _attached(self, before: Item, p: Item) -> bool:
        """A participle (التابعة، الموالية، المدعومة) describes the entity right before it, with at most
        two definite adjectives between (قوات النظام السوري الموالية لـ), not a noun further back."""
        gap = self.tokens[before.j:p.i]
        gap = [g for g in gap if g not in _QUOTES]     # ميليشيا (الدفاع الوطني) الموالية للنظام
        if gap and " ".join(gap) in self.w.get("hedge", ()):
            return True     # مسلحون يشتبه في انتمائهم إلى تنظيم القاعدة: belonging, as suspected
        return len(gap) <= 2 and all(
            g.startswith(("ال", "وال")) and g not in self.preps
            and g.removeprefix("و").removeprefix("ال") not in self.w.get("part", ()) for g in gap)

    def worth_running(self) -> bool:
        """A sentence with no trigger, light verb, title or place phrase yields nothing."""
        return bool(self.preds or self.sa.affiliations or self.sa.located)

    def tok(self, k: int) -> str:
        return self.tokens[k] if 0 <= k < self.n else ""

    def pronoun_ended(self, k: int) -> bool:
        """Token k as written ends in an attached pronoun (بيانه، زيارتها، قادتهم): the noun is not in
        construct, no genitive follows it. Folding writes ة as ه; the text as read tells them apart."""
        t = self.tok(k)
        if len(t) < 4 or not t.endswith(("ه", "هم", "هما", "هن")):
            return False
        if t.endswith(("ها", "هم", "هما", "هن")):
            return True
        if self.written is None:
            return False
        text, folded = self.written
        a, b = folded.span(self.sa.starts[k], self.sa.ends[k])
        letters = _LETTER_RE.findall(text, a, b)
        return bool(letters) and letters[-1] == "ه"

    def written_tanween(self, k: int) -> bool:
        """Token k as written carries tanween (قتلٍ، هجومًا): a noun, never a verb."""
        if self.written is None or not 0 <= k < self.n:
            return False
        text, folded = self.written
        a, b = folded.span(self.sa.starts[k], self.sa.ends[k])
        return any(c in TANWEEN for c in text[a:b + 1])

    def _split(self, t: str) -> tuple[str, str]:
        """('وب', 'مدينه') for 'وبمدينه' when the rest is a word kg knows; else ('', t)."""
        for c in ("وب", "ول", "فب", "فل", "وك", "ب", "ل", "و", "ف", "ك"):
            if t.startswith(c) and len(t) > len(c) + 1:
                rest = t[len(c):]
                if rest in self.transparent or rest in self.preps or (
                        rest.startswith("ل") and "ا" + rest in self.transparent):
                    return c, rest if not rest.startswith("ل") or rest in self.transparent else "ا" + rest
                if rest.startswith("ال") and rest[2:] in self.transparent:
                    return c, rest
        return "", t

    def part_word(self, k: int) -> str | None:
        """The proclitic on token k ("" if none) when it is a part noun (words.tsv part: مواقع، لتجمعات،
        بالمناطق), with the article or not; None when it is none."""
        c, rest = self._split(self.tok(k))
        return c if rest.removeprefix("ال") in self.w.get("part", ()) else None

    def _force_word_at(self, k: int) -> bool:
        """Token k is a force noun (طيران، قوات), bare or after ل, ب or ال: لطيران التحالف."""
        w = self.tok(k)
        force = self.w.get("force", ())
        return any(w[len(c):].removeprefix("ال") in force for c in ("", "ل", "ب", "لل") if w.startswith(c))

    def is_transparent(self, t: str) -> bool:
        if t in self.transparent or t.isdigit():
            return True
        bare = t[2:] if t.startswith("ال") else t
        if bare in self.transparent:
            return True
        c, rest = self._split(t)
        if c and "و" not in c and "ف" not in c:
            return False   # a preposition on it: a new phrase
        return bool(c) and (rest in self.transparent or rest[2:] in self.transparent)

    def merit_genitive(self, it: Item) -> bool:
        """The mention is the genitive of a merit noun (merit_prep)."""
        return bool(self.merit_prep(it))

    def merit_prep(self, it: Item) -> str:
        """The mention is the genitive of a noun of role or effort after a preposition (words.tsv merit: أشاد
        بدور وزارة الداخلية في …), or the nationality adjective of a definite one that is no event word
        (بالدور السعودي; not بالتعاون السوري, Syria's cooperation): whose role it is, the doer of the deed the
        role is in. Its preposition: the noun's clitic (بدور، لجهود) or the word before it (أثنى على جهود
        الحكومة); "" when the noun before the mention is no merit noun."""
        k = _head(it) - 1
        t = self.tok(k).lstrip("وف") if len(self.tok(k)) > 4 else self.tok(k)
        if t.startswith(("بال", "لل")) and it.mention_kind == "demonym" \
                and not any(p.kind == "trigger" and p.i == k for p in self.items):
            t = t[0] + t[3:] if t.startswith("بال") else "ل" + t[2:]    # أشاد بالدور السعودي: its adjective
        if it.clitic or it.lead >= 0 or k < 0 or self.ent_token(k):
            return ""
        if t[:1] in ("ب", "ل") and t[1:] in self.w.get("merit", ()):
            return t[0]
        if t in self.w.get("merit", ()) and k >= 1 and self.tok(k - 1) in _FREE_PREPS:
            return self.tok(k - 1)
        return ""

    def _governor(self, it: Item) -> str:
        """The preposition that governs an entity phrase ("" if bare): على مطار، بمدينة حلب، للنظام; "naming"
        for the name after a participle of naming (words.tsv naming: المكنى بـ)."""
        c = it.clitic.lstrip("وف")
        if c == "ب" and self.tok(it.i - 1) in self.w.get("naming", ()):
            return "naming"      # القائد المكنى بأبي حمزة: the name he goes by, no "by" of the event
        if c.startswith("ل") and _bare_part(self.tok(it.i - 1), self.w.get("part", ())) \
                and not (self.tok(it.i - 1)[:1] == "و" and self.ent_token(it.i - 1)):
            return self._outer_prep(it.i - 1)   # مواقع لجبهة النصرة: the positions of the Nusra Front (also the
            #                                     last of parts joined: مواقع وتجمعات لميليشيا الحوثي)
        if c.startswith("ل") and self._adjective(it.i - 1) \
                and self._split(self.tok(it.i - 2))[1].removeprefix("ال") in self.w.get("part", ()):
            return self._outer_prep(it.i - 2)   # على المقرات العسكرية لجماعة الحوثي: past the part's adjective
        if c.startswith("ل"):
            return "ل"
        if c in ("ب", "ك"):
            return c
        if it.lead >= 0:
            lead = self.tok(it.lead)
            bare = lead[1:] if lead[:1] in ("و", "ف") and len(lead) > 4 else lead
            if bare.startswith(("لل", "بال", "كال")) and len(bare) > 4:
                return bare[0]           # للعميد عصام زهر الدين، بالرئيس الروسي: a preposition on the title
            if bare[:1] in ("ب", "ل", "ك") and bare[1:] in self.w.get("address", ()):
                return bare[0]           # لمعالي وزير الخارجية: on the form of address before the title
            c = self._split(lead)[0].lstrip("وف")
            if c in ("ب", "ل", "ك"):
                return c
            if not c and self.tok(it.lead - 1) in ("من", "مع", "الي", "علي", "عن"):
                return self.tok(it.lead - 1)   # طلب النواب من وزير الدفاع خالد العبيدي: the title's preposition
        k = _head(it) - 1
        merit = self.merit_prep(it)
        if merit:
            return merit         # أشاد بدور السعودية، أثنى على جهود المملكة: in the preposition's phrase
        titled = self._title_prep_before(it)
        if titled:
            return titled        # التقى بوزير حقوق الإنسان في اليمن عز الدين الأصبحي: the title's preposition
        steps = 0
        while k >= 0 and steps < 4:
            t = self.tok(k)
            if any(e.i <= k < e.j and e is not it and any(self.tok(x) in self.preps for x in range(e.i, k + 1))
                   for e in self.ents):
                return ""                # مسلحون يشتبه في أنهم من تنظيم القاعدة نقطة تفتيش: a preposition inside
                #                          another phrase (the subject's من) governs nothing of ours
            if (t == "من" and self.tok(k - 1) in ("اكثر", "اقل")) or (t == "عن" and self.tok(k - 1) in ("يقل", "يزيد")):
                k -= 2                   # أكثر من 800، ما لا يقل عن 20: a count, not a preposition
                steps += 2
                continue
            if t in ("نحو", "حوالي", "قرابه", "زهاء") and self.figure(k + 1):
                k -= 1                   # قتل نحو 25 من مسلحي الحوثي: "about" a count, not "towards"
                steps += 1
                continue
            if t == "في" and self.tok(k + 1) in ("المايه", "الميه"):
                k -= 1                   # 60 في المائة من دير الزور
                steps += 1
                continue
            if (t == "من" or t == "في" and it.entity.type not in LOCATION_TYPES) and k >= 1 and (
                    self._split(self.tok(k - 1))[1].removeprefix("ال") in self.w.get("force", ())
                    or self.tok(k - 1).isdigit() or self.tok(k - 1) in self.w.get("number", ())):
                c = self._split(self.tok(k - 1))[0].lstrip("وف")
                if c in ("ل", "ب"):
                    return c             # تسلل لعناصر من قوات النظام: the members' preposition
                k -= 2                   # عناصر من حزب العمال، مقاتلون في الحركة: the members are the party's
                #                          (not a place: مسلحون في بغداد); read on before them
                steps += 2
                continue
            if t == "من" and k >= 1 and self._split(self.tok(k - 1))[1] in ("كلا", "كل"):
                c = self._split(self.tok(k - 1))[0].lstrip("وف")
                if c in ("ب", "ل"):
                    return c             # التقى بكل من الملك والرئيس: the list's preposition
                k -= 2                   # زار كلا من الصين وتركيا: "both/each of" a list, no "from"
                steps += 2
                continue
            if t == "من" and self.is_transparent(self.tok(k - 1)) and k - 1 >= 0:
                k -= 1                   # partitive: على أجزاء من قرية الجفرة
                steps += 1
                continue
            if t == "الي" and self.tok(k - 1) in _ATTRIBUTED and any(
                    p.kind == "trigger" and p.j in (k - 1, k - 2) for p in self.items):
                return "من قبل"          # قصف نسب إلى الحوثيين: the deed (named right before) is attributed to them
            if t in self.preps:
                # "على يد" "من قبل": two-word agent markers
                if t == "يد" or t == "قبل":
                    prev = self.tok(k - 1)
                    return prev + " " + t if prev in ("علي", "من") else t
                return t
            if t == "جانب" and self.tok(k - 1) == "من":
                return "من قبل"          # من جانب القوات الحكومية: by
            if k == _head(it) - 1 and it.lead < 0 and self._title_word(k) and not self.ent_token(k):
                # مع الملك سلمان، للرئيس هادي: a title the lexicon's person was read without stands between
                # the preposition and the name
                c = self._split(t)[0].lstrip("وف")
                if c.startswith("ل"):
                    return "ل"
                k -= 1
                steps += 1
                continue
            dem = next((e for e in self.ents if e.i <= k < e.j and e.mention_kind == "demonym" and not e.nominal
                        and e is not it), None)
            if dem is not None and dem.i > 0 and self.is_transparent(self._split(self.tok(dem.i - 1))[1]):
                k = dem.i - 1            # بالعاصمة الأفغانية كابل: past the place noun's nationality adjective
                steps += 1
                continue
            c, rest = self._split(t)
            c = c.lstrip("وف")
            if c and rest:
                if c.startswith("ل"):
                    if not (rest in self.transparent or rest[2:] in self.transparent):
                        return ""
                    return self._outer_prep(k - 1) or "ل"
                if c == "ب" and rest == "داخل":
                    return rest          # بداخل المسجد: inside, as داخل
                if c in ("ب", "ك"):
                    return c
            if "من" not in self.tokens[k + 1:_head(it)] and t.startswith("ال") and t[2:] in self.place_nouns \
                    and it.entity.type not in LOCATION_TYPES:
                return ""                # سيطرت على المدينة قوات النظام: a definite place noun heads no genitive;
                #                          a name after it is in apposition to it only as a place (المدينة حلب)
            if not (self.is_transparent(t) or t in self.w.get("number", ())
                    or t.removeprefix("ال") in self.w.get("member", ())):
                return ""                # (a count in words is as one in figures: عن عشرة معتقلين; the members
                #                          of a group stand for it: على عشرة من قياديي حزب الإصلاح)
            k -= 1
            steps += 1
        return ""

    def _title_prep_before(self, it: Item) -> str:
        """A person named after a title the lexicon does not list whole, with ب on its first word (التقى بوزير
        حقوق الإنسان في اليمن فلان): "ب", when only plain words of the title's phrase stand between (no comma,
        verb or event word); "" otherwise."""
        if it.lead >= 0 or it.entity is None or it.entity.type != "Person" or it.clitic:
            return ""
        for k in range(it.i - 2, max(it.i - 7, -1), -1):
            c, rest = self._split(self.tok(k))
            c = c.lstrip("وف")
            if c == "ب" and rest in self.w.get("_titles", ()):
                if any(self.tok(x) in _COMMA or self.barrier(x) or self.tok(x) in self.preps and self.tok(x) != "في"
                       for x in range(k + 1, it.i)) or self.pred_between(k, it.i):
                    return ""
                return c
        return ""

    def _outer_prep(self, k: int) -> str:
        """The preposition before a possessed noun at token k (على مواقع لتنظيم داعش، على أحياء تابعة
        للنظام): the owner is the target of that preposition. "" when the noun is bare."""
        if self.tok(k).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP:
            k -= 1
        part = self.w.get("part", ())
        while k >= 1 and self.tok(k)[:1] == "و" and _bare_part(self.tok(k), part) \
                and _bare_part(self.tok(k - 1), part):
            k -= 1                       # على مواقع وتجمعات وآليات لميليشيا الحوثي: the first of the parts joined
        noun = self.tok(k)
        c, rest = self._split(noun)
        c = c.lstrip("وف")
        if c in ("ب",) and rest.removeprefix("ال") in part:
            return c                     # بمواقع لـ
        if noun.removeprefix("ال") not in part and noun not in part:
            return ""
        if self.figure(k - 1) or self.tok(k - 1) in ("عده", "بعض"):
            k -= 1                       # على خمسة مواقع للحوثيين، على عدة مواقع: past the count
        prev = self.tok(k - 1)
        if prev in self.preps and prev not in ("يد", "قبل", "بين"):
            return prev
        return ""

    def gov(self, it: Item) -> str:
        g = self._gov.get(id(it))
        if g is None:
            g = self._governor(it)
            if not g and it.clitic.startswith("و") and it.lead < 0:
                # في ريف إدلب وحماة: a conjunct right after a governed entity shares its preposition
                prev = next((e for e in reversed(self.ents) if e.j <= it.i), None)
                if prev is not None and it.i - prev.j <= 1 and all(
                        self.tok(k) in _COMMA for k in range(prev.j, it.i)):
                    g = self.gov(prev)
            self._gov[id(it)] = g
        return g

    def force(self, it: Item) -> str:
        f = self._force.get(id(it))
        if f is None:
            f = self._force[id(it)] = self._force_word(it)
        return f

    def owned(self, it: Item) -> bool:
        """طائرات (حربية) تابعة للنظام: the regime's planes; الكتلة البرلمانية لحركة حماس، المكتب السياسي
        للحركة: a body of the organisation. The owner acts as the subject."""
        if self.tok(it.i - 1) == "باسم" and self._title_before(it.i):
            return not self._named_after(it)   # اتهم المتحدث باسم التحالف: the spokesman's body, if he is unnamed
        if self.gov(it) != "ل":
            return False
        force = self.w.get("force", ())
        if self.tok(it.i - 1).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP and (
                self.tok(it.i - 2).removeprefix("ال") in force or self.tok(it.i - 3).removeprefix("ال") in force):
            return True
        if "ل" in it.clitic and self._title_before(it.i) and not self._named_after(it):
            return True    # دعا الأمين العام للأمم المتحدة: an official's body, when the official is not named
        body = self.w.get("body", ())
        k = it.i - 1                     # the noun phrase before the لـ-word (لحماس، لحركة حماس)
        if "ل" not in it.clitic and self.tok(k).startswith("ل") and not self.ent_token(k):
            k -= 1
        if self.tok(k).startswith("ال") and self.tok(k).removeprefix("ال") not in body and not self.ent_token(k):
            k -= 1                       # الكتلة البرلمانية لـ: one adjective between
        head = self.tok(k)
        return head.startswith("ال") and head.removeprefix("ال") in body and not self.ent_token(k)

    def _named_after(self, it: Item) -> bool:
        """A person's name follows the entity right after it (الأمين العام لحزب الله حسن نصر الله)."""
        return any(x.i == it.j and x.entity.type == "Person" for x in self.ents)

    def _title_before(self, k: int) -> bool:
        """A title of one, two or three words ends right before token k (الأمين العام، المبعوث الخاص)."""
        titles = self.w.get("_titles", ())
        return any(k - n >= 0 and " ".join(self.tokens[k - n:k]) in titles for n in (1, 2, 3))

    def group_noun(self, it: Item) -> bool:
        """The mention is headed by a common noun of a group: an unnamed group (المسلحين), or the men of a
        named one (ميليشيات الحوثيين, recognised as the Houthis; kg.recognize keeps the group noun in ref)."""
        return it.mention_kind == "generic" or isinstance(it.ref, Generic)

    def forces_owner(self, it: Item) -> bool:
        """The mention names whose forces they are after a participle of allegiance (القوات الموالية لهادي،
        القوات العسكرية الموالية لشرعية الرئيس), past his title too (القوات الموالية للرئيس هادي)."""
        return any(self.tok(x).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP and self._force_word_at(x - 1)
                   or self.tok(x - 1).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP and self._force_word_at(x - 2)
                   for x in {_head(it) - 1, it.i - 1})

    def doer_type(self, it: Item) -> str:
        """The kind of doer a mention stands for: a country's adjective after a person's title is that
        person (وصل الرئيس الفرنسي إلى الرياض: a visit, not France advancing), else its entity's type."""
        if it.mention_kind == "demonym" and (it.lead >= 0 or self._title_before(it.i)):
            return "Person"     # (a lead: the title kg.recognize found before it, with its clitics: بنظيره)
        if it.entity.type == "Person" and self.forces_owner(it):
            return "ArmedGroup"     # تقدمت القوات الموالية للرئيس هادي: his forces advanced
        return it.entity.type

    def force_doer(self, it: Item, t: Item) -> bool:
        """The mention names an armed force, as the subject of a trigger that needs one (triggers.tsv
        subject force): a force noun before it (طلائع قوات الجيش، مقاتلو المعارضة، عناصر من الحوثيين), or,
        heading the subject rather than in another noun's genitive (وصلت جثامين الجنود: the soldiers'
        bodies), a force noun (القوات العراقية), an unnamed force or armed group (المسلحون) or an armed
        group by name (الحوثيون)."""
        k = _head(it) - 1
        if self.tok(k).removeprefix("ال") in _AIRCRAFT or self.tok(it.i).removeprefix("ال") in _AIRCRAFT:
            return False     # وصلت طائرة سعودية تحمل مساعدات: aircraft arriving land, they take no ground
        if self.force(it) or self._force_word_at(k) \
                or self.tok(k) == "من" and (self._force_word_at(k - 1) or self._force_word_at(it.i)):
            return True      # (أعداد كبيرة من مقاتلي العشائر: men of a force counted)
        if self.forces_owner(it):
            return True      # القوات الموالية لهادي، القوات العسكرية الموالية لشرعية الرئيس: his forces
        if k == t.j and self._force_word_at(it.i) and not self.tok(it.i).startswith("ال"):
            return True          # وصلت طلائع قوات الجيش: a force noun without the article heads a phrase of it
        if not (k == t.j - 1 or it.j <= t.i):
            return False
        g = it.ref if isinstance(it.ref, Generic) else None
        return self._force_word_at(it.i) or it.entity.type == "ArmedGroup" or g is not None and g.side in (
            "force", "armed") or self._force_body(it.entity)

    def _force_body(self, ent) -> bool:
        """A state's force the lexicon names (الجيش العراقي، جهاز مكافحة الإرهاب، الحرس الثوري): its Arabic
        name begins with a force noun or a head of a security body (جهاز، حرس، فيلق)."""
        if ent.type != "Government" or not ent.label_ar:
            return False
        head = fold_string(ent.label_ar).split(" ")[0].removeprefix("ال")
        return head in self.w.get("force", ()) or head in _FORCE_BODIES

    def facility_owner(self, it: Item) -> bool:
        """The mention says whose an unnamed facility right before it is (مسجد قوات الطوارئ، مقر آخر لقوات
        الطوارئ، معسكرا للجيش): the owner of a place hit, never the doer of a deed."""
        start = _head(it)
        return any(x.entity is not None and x.entity.type == "Facility" and x.mention_kind == "generic" and (
            x.j == start or x.j == start - 1 and self.tok(x.j) in ("اخر", "اخري", "تابع", "تابعه", "التابع", "التابعه"))
            for x in self.ents)

    def holding(self, r) -> bool:
        """A verb of control in the present, neither planned nor wanted (المناطق التي يسيطر عليها الحوثيون،
        والمتطرفون يسيطرون على النقاط الحدودية منذ أشهر): who holds a place, a state of things, not its taking.
        Not after a verb of becoming (باتت القوات تسيطر: it has taken it) nor after أن (استطاعت أن تسيطر), nor in
        a headline (a short sentence opening with its subject, or after a colon)."""
        if r.tr.cls != "CONTROL" or r.tr.pos != "verb" or r.t.tense != "imperf" \
                or r.modality not in ("asserted", "reported"):
            return False
        if self.n <= 20 and any(self.tok(k) == ":" for k in range(r.t.i)):
            return False     # اليمن: المقاومة تسيطر على مثلث العند: a headline tells news in the present
        if self.n <= 12 and r.t.i <= 4 and self.tok(0)[:1] != "و" and not r.t.clitic \
                and not any(self._lasting(self.tok(k)) for k in range(self.n)) \
                and any(it.j <= r.t.i and it.i == 0 for it in self.ents):
            return False     # قوات حفتر تسيطر على ميناء السدرة: a short sentence opening with its subject, no
            #                  "since" or "still", is a headline
        lo = max(self.clause_start(r.t.i), r.t.i - 8)
        return self.tok(r.t.i - 1) not in ("ان", "وان", "بان") and not any(
            self.tok(k).removeprefix("و") in _BECAME for k in range(lo, r.t.i))

    def _lasting(self, tok: str) -> bool:
        """A word of a state that lasts: منذ, or a form of زال (words.tsv still), also written joined to its
        negation (لاتزال، مازالت)."""
        still = self.w.get("still", ())
        return tok == "منذ" or tok in still or tok[:2] in ("ما", "لا") and tok[2:] in still

    def _force_word(self, it: Item) -> str:
        k = it.i - 1
        if self.tok(k).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP:
            k -= 1                       # طائرات (حربية) تابعة للنظام: the planes agree with the verb
            if not self.tok(k).removeprefix("ال") in self.w.get("force", ()):
                k -= 1
        for _ in range(2):
            t = self.tok(k)
            if t in _QUOTES:
                k -= 1
                continue
            c, rest = self._split(t)
            bare = rest[2:] if rest.startswith("ال") else rest
            if bare in self.w.get("force", ()):
                if it.mention_kind == "demonym" and nisba_apart(rest, self.tok(it.i)):
                    return ""    # اعتقلت الشرطة سوريين: an indefinite nisba is no adjective of a definite force
                return bare
            break
        return ""

    def barrier(self, k: int) -> bool:
        t = self.tok(k)
        return t in _PUNCT_BARRIER and not self._abbreviation_dot(k) or t in self.barrier_words

    def _abbreviation_dot(self, k: int) -> bool:
        """A full stop after one letter is an abbreviation's (د. شوقي علام: Dr.), no end of a clause."""
        return self.tok(k) == "." and len(self.tok(k - 1)) == 1 and self.tok(k - 1).isalpha()

    @cached_property
    def _clause_breaks(self) -> tuple[list[int], list[int]]:
        """The tokens that end a clause, in order: with commas, and without. Punctuation or a word that opens
        a new clause (بأن), not one inside a name (بان كي مون). Found once per sentence: clause_start and
        clause_end are asked for nearly every word of it."""
        strong = [t in _PUNCT_BARRIER and not self._abbreviation_dot(k) or (t in self.barrier_words and k not in self.in_name)
                  for k, t in enumerate(self.tokens)]
        aside = self.time_asides
        return ([k for k, t in enumerate(self.tokens) if strong[k] or t in _COMMA and k not in aside],
                [k for k, brk in enumerate(strong) if brk])

    @cached_property
    def time_asides(self) -> frozenset[int]:
        """The commas around a time told aside (استكملت القوات، أمس الأحد، السيطرة على المدينة): they end no
        clause, the words on both sides are one clause."""
        commas = [k for k, t in enumerate(self.tokens) if t in _COMMA]
        out: set[int] = set()
        for a, b in zip(commas, commas[1:]):
            if 1 < b - a <= 5 and all(self.time_word(k) or self.tok(k) in ("من", "اول") for k in range(a + 1, b)) \
                    and not (self.tok(b + 1)[:1] in ("و", "ف") and self.tok(b + 1) not in self.preps):
                out |= {a, b}      # (not before و: …، صباح الأحد، وسمع دوي انفجارات opens a clause of its own)
        return frozenset(out)

    def clause_start(self, k: int) -> int:
        """Where the clause before token k begins: right after the last break before k (0 if none)."""
        breaks = self._clause_breaks[0]
        at = bisect_left(breaks, k)
        return breaks[at - 1] + 1 if at else 0

    def after_preposition(self, t: Item) -> bool:
        """A preposition stands before the word, glued (بغارة، للقاء) or apart (في القصف)."""
        return any(c in t.clitic for c in "بلك") or self.tok(t.i - 1) in self.preps

    @cached_property
    def sentence_words(self) -> frozenset:
        """The sentence's words, each also without a one-letter proclitic (والمباراة، بالمباراة; not تلاعب) and
        with the article لل (ل + ال) writes restored (للدوري: الدوري); and each two words in a row."""
        pairs = zip(self.tokens, self.tokens[1:])      # (two words: حادث سير، انهيار مبنى; بحادث سير)
        return frozenset(self.tokens) | frozenset(t[1:] for t in self.tokens if t[:1] in "وفبلك") \
            | frozenset("ال" + t[2:] for t in self.tokens if t.startswith("لل") and len(t) > 4) \
            | frozenset(x for a, b in pairs for x in (f"{a} {b}", f"{a[1:]} {b}" if a[:1] in "وفبلك" else "") if x)

    def institution_at(self, k: int) -> bool:
        """Token k is a noun of a body or a place named by what is done in it (words.tsv institution: مركز،
        مكتب، هيئة …), no entity's word: an event noun right after it names it (مركز التجنيد)."""
        return self.tok(k).removeprefix("ال") in self.w.get("institution", ()) and not self.ent_token(k)

    def _word_of(self, token: str, category: str) -> bool:
        """The token is a word of a words.tsv category, bare or after a one-letter proclitic (لتمارين)."""
        words = self.w.get(category, ())
        return token in words or token[1:] in words

    def conj_word(self, k: int, words) -> bool:
        """Token k is one of ``words``, alone or after the conjunction و or ف (وأسفر، فأوقف)."""
        t = self.tok(k)
        return t in words or t[:1] in ("و", "ف") and t[1:] in words

    def clause_end(self, k: int, commas: bool = True) -> int:
        """Where the clause that token k is in ends: punctuation or a word that opens a new clause (بأن),
        not one inside a name (بان كي مون)."""
        breaks = self._clause_breaks[0 if commas else 1]
        at = bisect_left(breaks, k)
        return breaks[at] if at < len(breaks) else self.n

    def pred_between(self, a: int, b: int, skip: Item | None = None) -> bool:
        """A verb-like predicate (trigger verb, report or light verb) lies in tokens [a, b)."""
        for p in self.preds:
            if p is skip:
                continue
            if a <= p.i < b and (p.kind == "word" or (p.trigger and p.trigger.pos == "verb")):
                return True
        return False

    def is_actor(self, it: Item) -> bool:
        e = it.entity
        if it.mention_kind == "demonym" and not it.nominal:
            return False
        if it.weak and not (e.type == "Person" and it.j - it.i >= 2):
            return False      # a name read with little evidence acts only when it is a person's full name
        return e.type in ACTOR_TYPES or bool(e.metonym_of)

    def conjuncts(self, first: Item, limit: int) -> list[Item]:
        """first and the entities coordinated with it: X وY وZ, X، Y وZ."""
        out = [first]
        cur = first
        gov = self.gov(first)
        for it in self.ents:
            if it.i < cur.j or it in out:
                continue
            if it.i >= limit:
                break
            if it.mention_kind == "demonym" and not it.nominal:
                continue
            gap = self.tokens[cur.j:_head(it)]
            conj = (it.clitic.startswith("و") or (gap and gap[0].startswith("و") and gap[0] not in self.w["_titles"])
                    or "و" in gap
                    or self._and_word(self.tok(_head(it))))
            ok = len(gap) <= 4 and all(
                g in _COMMA or g == "و" or self.is_transparent(g) or g in _QUOTES
                or g.removeprefix("و") in self.w.get("number", ())     # ضابط وثلاثة جنود
                or (g.startswith("و") and self.is_transparent(g[1:])) or g in ("في", "من") and len(gap) > 1
                or (gov and g == "و" + gov)
                for g in gap)
            if conj and ok and not self.pred_between(cur.j, it.i):
                out.append(it)
                cur = it
            elif (gov and gov not in ("في", "داخل") and it.entity.type in LOCATION_TYPES
                  and self.gov(it) in ("في", "داخل") and it.i - cur.j <= 1):
                # مواقع لتنظيم داعش في سوريا ولحزب العمال في العراق: a place phrase between two
                # conjuncts that share their preposition
                nx = next((e for e in self.ents if e.i >= it.j), None)
                if nx is None or nx.i >= limit or nx.i - it.j > 1 or self.gov(nx) != gov \
                        or not self.tok(nx.i if nx.lead < 0 else nx.lead).startswith("و"):
                    break
                out.append(nx)
                cur = nx
            else:
                break
        return out

    def _and_word(self, t: str) -> bool:
        """Token t is و and a word (والرئيس، وقوات), not a word whose first letter و is (ولاية، وزير، وحدات)."""
        if not t.startswith("و") or t in self.w["_titles"]:
            return False
        rest = t[1:]
        return rest.startswith("ال") or rest in self.w["_titles"] or any(
            rest in self.w.get(c, ()) for c in ("force", "body", "people", "part", "head")) \
            or bool(self.lex.lookup(rest))

    def conjuncts_back(self, last: Item) -> list[Item]:
        """The entities coordinated before ``last`` and ``last`` itself, in text order."""
        chain = [last]
        for it in reversed(self.ents):
            if it.j > _head(chain[0]):
                continue
            if self.conjuncts(it, self.n)[1:2] == [chain[0]]:
                chain.insert(0, it)
            else:
                break
        return chain

    def disagrees(self, v: Item, it: Item) -> bool:
        """The verb form cannot agree with this subject (a masculine verb, a feminine subject …)."""
        if not v.gender or v.gender == "p":
            return False
        k = it.i - 1 if self.tok(it.i - 1) == "من" else it.i - 2 if self.tok(it.i - 2) == "من" \
            and self._force_word_at(it.i - 1) else -1
        if k - 1 == v.j and v.gender == "f" and self.tok(k - 1).endswith(("ه", "ات")) \
                and _bare_part(self.tok(k - 1), self.w.get("part", ())):
            return False     # هاجمت مجموعة من عناصر تنظيم القاعدة: the feminine verb agrees with the part
            #                  counted right after it (not قتل عناصر من قوات النظام: "were killed")
        if v.gender == "f" and it.j - it.i == 1 and self.tok(it.i).endswith("يين") and not self._headed(it):
            return True      # طردت الحوثيين: men named in the sound plural of a nisba take a masculine verb (and a
            #                  subject is in the nominative: الحوثيون)
        if it.entity.type != "Person" and it.mention_kind != "demonym" and not self.force(it):
            return False     # organisations' names agree in either gender (اشتبكت أسود الشرقية)
        g = self.gender(it)
        return g != v.gender and not (v.gender == "f" and g == "p")

    def _headed(self, it: Item) -> str:
        """The head noun right before a name (words.tsv head: تنظيم هيئة تحرير الشام، حركة الحوثيين), or ""."""
        prev = self.tok(it.i - 1)
        bare = prev[1:] if prev[:1] in ("و", "ب", "ل", "ف") and len(prev) > 3 else prev
        return bare if bare.removeprefix("ال") in self.w.get("head", ()) else ""

    def gender(self, it: Item) -> str:
        if it.entity is not None and it.entity.type == "Person" and self._woman(it):
            return "f"
        surface = self.tokens[it.i][max(0, it.fs - self.sa.starts[it.i]):]   # the name without its clitics
        # (تنظيم هيئة تحرير الشام: the verb agrees with تنظيم)
        return entity_gender(it.entity, it, self.force(it), self._headed(it) or surface)

    def _woman(self, it: Item) -> bool:
        """A person named with a woman's first name (common_words.tsv female_name: نرجس محمدي، ميركل as أنغيلا
        ميركل) or after a feminine title (الناشطة، المتحدثة باسم، السيدة)."""
        if it.title is not None and 0 <= it.lead < it.i and it.title.form.split()[0].endswith("ة"):
            return True     # (not زوج المحامية after his name: the title after it is another's)
        women = self.w.get("female_name", ())
        first = fold_string(it.entity.label_ar).split(" ")[0] if it.entity.label_ar else ""
        return first in women or self.tok(it.i)[len(it.clitic):] in women

    def agrees(self, v: Item, it: Item) -> bool:
        g = self.gender(it)
        if g == "f" and v.gender == "m" and it.entity.type == "Person" and self.tok(it.j).startswith("و") \
                and any(x.i == it.j and x.entity.type == "Person" for x in self.ents):
            return True     # زاره ليلى مراد وفريد الأطرش: a man among those coordinated, the verb is masculine
        return not v.gender or v.gender == g or v.gender == "p" or (v.gender == "m" and it.mention_kind == "demonym")

    @staticmethod
    def rows(t: Item) -> list:
        """The trigger rows a trigger occurrence may be read with (one word, several frames), else its own."""
        return [h.ref for h in (t.alts or ()) if h.kind == "T"] or [t.trigger]

    def reading(self, t: Item):
        """The trigger reading of an ambiguous word (قصف, دعم, تقدم: verb or verbal noun) in context."""
        trs = self.rows(t)
        if len(trs) > 1:     # للقاء: لِلقاء (meeting) or لإلقاء (dropping) — which needs براميل after it
            trs = [tr for tr in trs if self._satisfied(tr, t)] or trs
            # a row whose required word is there is more specific than a row of the same part of speech that
            # requires none (هاجم الوزير المعارضة في خطابه: words, not arms)
            specific = [x for x in trs if x.requires and not self.unless_after(x, t)]
            trs = [tr for tr in trs if tr.requires or not any(x.pos == tr.pos and x.cls != tr.cls for x in specific)]
            # (يضرب الأسرى عن الطعام: يُضرب "strike", not يَضرب "hit", which no عن follows; a word itself, not
            # the start of one: تقدم ب… stays the verb the row rules out)
            keep = [tr for tr in trs if not self.unless_after(tr, t, exact=True)]
            if keep and {tr.pos for tr in keep} == {tr.pos for tr in trs}:
                trs = keep
        if len({tr.pos for tr in trs}) == 1:
            return trs[0]
        tr = self._reading(t, trs)
        for h, sf in zip(t.alts, t.suffixes):
            if h.kind == "T" and h.ref is tr:
                t.suffix = sf       # استعاده: the noun استعادة has no pronoun, the verb استعاد+ه has one
                break
        return tr

    def _reading(self, t: Item, trs: list):
        start = self.clause_start(t.i)
        nounish = (self.after_preposition(t)
                   or any(_is_light(p) and start <= p.i and 0 <= t.i - p.j <= 8 for p in self.preds)
                   or any(_is_light(p) and p.i == t.j and p.suffix for p in self.preds)
                   or self._masdar_frame(t, trs)
                   or self._described(t.j)
                   or not t.clitic and any(p.kind == "trigger" and p.j == t.i and p.trigger.pos == "verb"
                                           for p in self.preds)
                   or not t.clitic and self._reported_object(t)
                   or not t.clitic and self._after_inna(t)
                   or not t.clitic and self._word_of(self.tok(t.i - 1), "series")
                   or not t.clitic and self._received_object(t)
                   or not t.clitic and self.tok(t.i - 1).removeprefix("و") in _PASSIVE_AUX)
        # (قصفا شنه الحوثيون: the object a light verb's pronoun stands for, right before it, is its noun;
        # قصف عنيف، قصف جوي: an adjective describes the noun; استهدف قصف الأحياء: right after a verb, its
        # subject; بأعمال قصف: after a noun of acts, words.tsv series, its genitive)
        want = ("noun", "passive", "attributive") if nounish else ("verb",)
        for tr in trs:
            if tr.pos in want:
                return tr
        return trs[0]

    def _after_inna(self, t: Item) -> bool:
        """Token t comes right after إنّ/أنّ that opens what a verb of telling before it says (قالت المنظمة إن
        قصف الأحياء أدى …، أكد أن الهجوم): إنّ is followed by a noun, never a verb; not أنْ after a word of
        time or need (بعد أن قصف، يجب أن يقصف), which a verb follows."""
        k = t.i - 1
        if self.tok(k) not in _INNA or self.tok(k - 1).removeprefix("و") in _AN_VERB:
            return False
        start = self.clause_start(k)
        return any(p.kind == "word" and p.word == "report" and start <= p.i and p.j <= k for p in self.preds)

    def _reported_object(self, t: Item) -> bool:
        """Token t follows a verb of telling that takes a noun object (words.tsv announce) or one of intending
        (words.tsv future: تعتزم الحكومة طرد) and its subject, with nothing between (أعلن الجيش قصف مواقع), or
        right after the verb (المعارضة تعلن رفضها): a clause would come after أن, so the word is the object, a
        noun."""
        if any(p.kind == "word" and p.j == t.i and not p.clitic and (p.word == "future" or p.word == "report" and self.tok(
                p.i)[len(p.clitic):] in self.w.get("announce", ())) and any(it.j == p.i for it in self.ents)
               for p in self.preds):
            return True     # المعارضة تعلن رفضها: its subject before it, the word right after it is its object
        subj = self.ent_start_before(t.i)
        if subj is None:
            # أكد الوزير دعم بلاده: an unnamed subject, a definite title no entity covers
            subj = next((t.i - n for n in (1, 2, 3) if self._definite_title_at(t.i - n) == n), None)
        return subj is not None and any(p.kind == "word" and (p.word == "future" or p.word == "report" and self.tok(
                                            p.i)[len(p.clitic):] in self.w.get("announce", ())) and (p.j == subj or (
                                            # أكد وزير الخارجية الإيراني دعم: a title before the subject
                                            p.j < subj <= p.j + 3 and self._title_before(subj)
                                            and not self.pred_between(p.j, subj)))
                                        for p in self.preds)

    def _received_object(self, t: Item) -> bool:
        """Token t follows a verb of receiving (words.tsv receive: تلقى الحوثيون دعما) and maybe its subject: the
        word is what was received, a noun (دعماً, not the dual verb دعما)."""
        return self.receive_before(t.i) is not None

    def receive_before(self, i: int) -> int | None:
        """The token of a verb of receiving (words.tsv receive) before token i, past its subject, a day and titles
        (تلقى العبادي اليوم اتصالا), else None."""
        k = i - 1
        while k > i - 12 and k >= 0 and (self.ent_token(k) or self.time_word(k) or self._title_word(k)):
            k -= 1
        return k if self.conj_word(k, self.w.get("receive", ())) else None

    def ent_start_before(self, k: int) -> int | None:
        """Where the entity that ends right before token k starts (its subject before a verb or a noun), if any."""
        return next((it.i for it in self.ents if it.j == k), None)

    def _described(self, k: int) -> bool:
        """Token k is an adjective that describes an event noun: of degree (عنيف، مكثف; words.tsv degree) or
        a nisba adjective of mode (جوي، مدفعي، صاروخي; words.tsv mode) that names no one here."""
        t = self.tok(k)
        if any(it.i == k for it in self.ents):
            return False     # قتل انتحاري: a noun, the suicide bomber who killed
        return t in self.w.get("degree", ()) or t in self.w.get("mode", ()) and t.endswith(("ي", "يه", "يا"))

    def _masdar_frame(self, t: Item, trs: list) -> bool:
        """دعم طهران لنظام الأسد، دعمها للميليشيات: noun + agent in the genitive (a name or a pronoun) +
        patient with لـ is the verbal-noun frame (a verb would take its object without لـ)."""
        if not any(tr.pos == "noun" and ("ل" in tr.targets or "ل" in tr.agents) for tr in trs):
            return False      # (قصف النظام للأحياء: ل marks the agent only with no genitive, قصف لطيران التحالف)
        if any(h.kind == "T" and h.ref.pos == "noun" and sf for h, sf in zip(t.alts, t.suffixes)) \
                and self.tok(t.j)[:1] == "ل" and len(self.tok(t.j)) > 3 and self.tok(t.j) not in self.w["_function"] \
                and not any(p.i == t.j for p in self.preds):
            return True       # ودعمها للميليشيات: the pronoun is the agent, the patient follows with لـ
        a = next((it for it in self.ents if it.i == t.j), None)
        if a is None or self.gov(a) or not self.is_actor(a):
            return False
        b = next((it for it in self.ents if a.j <= it.i <= a.j + 1), None)
        return b is not None and self.gov(b) == "ل"

    def antecedent(self, rel_k: int) -> Item | None:
        """The entity a relative pronoun at token rel_k refers to (قرية الجفرة التي …، عين العرب (كوباني) التي …)."""
        best = None
        for it in self.ents:
            if it.j <= rel_k and rel_k - it.j <= 3 and all(
                    self.tok(k) in ("(", ")", "،", ",") or self.ent_token(k) or self._adjective(k)
                    for k in range(it.j, rel_k)):
                best = it
        return best

    def _adjective(self, k: int) -> bool:
        """A definite word that can only be an adjective here (المتطرف in التنظيم المتطرف الذي): a participle
        (الم…) or a nisba (…ي، …ية), or an adjective of kg's lists; not a noun (أدانت الإمارات الجريمة
        الإرهابية التي استهدفت: the crime is what the relative clause tells of, not the Emirates)."""
        t = self.tok(k)
        bare = t.removeprefix("ال")
        shaped = t.startswith("الم") or t.endswith(("ي", "يه", "يين", "يون", "يان", "يتين")) \
            or bare in self.w.get("degree", ()) or t in self.w.get("adjective_en", ())
        return t.startswith("ال") and shaped and t not in self.preps and bare not in self.transparent \
            and not any(p.i <= k < p.j for p in self.items if p.kind != "ent")

    def ends_phrase(self, k: int) -> bool:
        """Nothing that could be an object starts at token k: the clause ends, or a preposition,
        a conjunction or a circumstantial word comes next."""
        t = self.tok(k)
        return not t or self.barrier(k) or t in _COMMA or t in self.preps or t[:1] in ("ب", "ل") \
            or t in self.w.get("day", ()) or t.startswith("و") and len(t) > 2 or t in ("امس", "اليوم", "خلال")

    def subject_noun(self, t: Item) -> bool:
        """The event noun ``t`` can be a verb's subject: no preposition on it, and not indefinite accusative
        (قتل حرقا، يفجرونهم تفجيرا: an accusative noun after the verb tells how it was done)."""
        return not t.clitic and not self.tok(t.i).endswith("ا")

    def figure(self, k: int) -> bool:
        """Token k is a figure: digits or a number word (words.tsv number)."""
        t = self.tok(k)
        return t.isdigit() or t in self.w.get("number", ())

    def count_at(self, k: int) -> bool:
        """A figure starts at token k, maybe after "at least", "about" (ما لا يقل عن، نحو، أكثر من)."""
        while self.tok(k) in _COUNT_MODIFIERS:
            k += 1
        return self.figure(k)

    def word_before_happening(self, i: int) -> str:
        """The token before token i, past a verb of happening right before it (منذ وقع الهجوم: منذ)."""
        return self.tok(i - 2) if self.tok(i - 1) in _HAPPENED else self.tok(i - 1)

    def time_word(self, k: int) -> bool:
        """Token k says when: أمس، اليوم، a day's name (الأحد، الاثنين), حينها، مؤخرا."""
        t = self.tok(k)
        return t in ("امس", "اليوم", "الليله") or t in self.w.get("day", ()) or t in _DAY_PARTS or t in _THEN

    def counted(self, it) -> bool:
        """A figure comes before the entity, maybe with partitive من, a noun of men and the conjuncts before
        it: 12 شرطيا، خمسة من عناصر الشرطة، ستة من رجال الجيش والشرطة."""
        return self.count_index(it) >= 0

    def count_index(self, it) -> int:
        """The token of the figure that counts the entity (``counted``), or -1."""
        k = _head(it) - 1
        lo = max(0, k - 8)
        nouns = self.w.get("force", ())
        while k > lo and (self.ent_token(k) or self.tok(k) in _MEN or self.tok(k).removeprefix("ال") in nouns
                          or self.tok(k).removeprefix("و").removeprefix("ال") in nouns
                          or self.tok(k).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP or self._title_word(k)
                          or k == _head(it) - 1 and self.tok(k) in self.w.get("head", ())   # (تنظيم داعش)
                          or self.tok(k).startswith("ال") and self._title_word(k - 1)):
            k -= 1             # (the conjuncts before the subject: رجال الجيش و[الشرطة]؛ ميليشيات الحوثي وقوات
            #                    موالية للرئيس المخلوع [صالح]: forces and whose they are)
        if self.tok(k) == "من":
            k -= 1
            if not self.figure(k) and (self.tok(k) in _MEN or self.tok(k) in nouns):
                k -= 1         # (7 عناصر من تنظيم داعش: the men counted before من)
        return k if self.figure(k) else -1

    def _title_word(self, k: int) -> bool:
        """Token k is a title, bare or with و، ل or the article: للرئيس، والقائد."""
        titles = self.w.get("_titles", ())
        t = self.tok(k)
        return any(t.startswith(c) and t[len(c):] in titles for c in ("", "و", "ل", "لل", "ول", "ولل"))

    def ent_token(self, k: int) -> bool:
        return any(it.i <= k < it.j for it in self.ents)

    @staticmethod
    def _prep_pronoun(token: str, preps, pronouns=("ه", "ها", "هم", "هما")) -> str | None:
        """The preposition of a preposition + pronoun token (عليها → على), if it is one."""
        return next((p for p in preps if token.startswith(p) and token[len(p):] in pronouns), None)

