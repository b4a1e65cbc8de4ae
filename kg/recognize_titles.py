"""Persons named by a title and what a title says of them, for kg.recognize's sentence builder.

``TitleNames`` is a mixin of ``kg.recognize._Builder`` (one sentence of one article): its methods use the
builder's sentence (``self.sa``), article state (``self.state``) and lexicon (``self.lex``).
"""
from __future__ import annotations

from .items import Item
from .lexicon import ANAPHOR, GENERIC, Title
from .model import Entity
from .name_shapes import VERB_RE, accusative_adverb, another_first_name, common_words
from .name_words import _LETTER_RE
from .text import fold_string
from .translit import _dictionary_spelling

# a prince's title, which stands after an office before the name (ولي عهد البحرين الأمير سلمان)
_NOBLE = frozenset({"الامير", "الاميره"})


def _asdict(ent: Entity) -> dict:
    return {f: getattr(ent, f) for f in ent.__slots__}


_TITLE_MODIFIERS = frozenset({
    "الخاص", "الخاصه", "الاممي", "الدولي", "الرسمي", "السابق", "السابقه", "الجديد", "الاعلامي", "الرياسي",
    "العام", "الاعلي", "الميداني", "العسكري", "السياسي", "البارز", "المكلف", "الحالي", "المنشق", "الاول",
    "الثاني", "المساعد", "الاسبق", "المقرب", "المستقيل"})


_OPEN_QUOTES = ("«", '"', "“")
_CLOSE_QUOTES = ("»", '"', "”")


class TitleNames:
    def title(self, idx: int, out: list[Item]) -> int:
        """TITLE [modifiers] [،] NAME: a person with a role and an affiliation.

        Modifiers name the affiliation: a nationality (وزير الخارجية الروسي), an organisation in the
        genitive or after باسم/في/لـ (الناطق باسم المكتب الإعلامي لحركة نور الدين الزنكي). An entity
        after إلى/لدى/ضد or الخاص بـ is where the person is posted or what they act on, not their
        affiliation (المبعوث الأممي إلى سورية).
        """
        it = self.items[idx]
        title: Title = it.title
        if self.tok(it.j).isdigit():          # اللواء 137، الفرقة 17: a military unit
            return self._as_unit(idx, out)
        k, nxt = it.j, idx + 1
        mods: list[tuple[Item, bool]] = []    # (entity item, is an affiliation)
        person_item = None
        while k < len(self.tokens) and k - it.j <= 10:
            nit = self.items[nxt] if nxt < len(self.items) else None
            if nit is not None and nit.i == k and nit.kind == "ent" and nit.entity.type == "Person":
                if self._of_another_country(nit, mods):
                    break                       # التقى الرئيس المصري الملك سلمان: a Saudi is not the Egyptian
                person_item, nxt = nit, nxt + 1
                break
            if nit is not None and nit.i == k + 1 and nit.kind == "ent" and nit.entity.type == "Person" \
                    and _LETTER_RE.match(self.tok(k)) and not self.is_stop(self.tok(k)) \
                    and not self.tok(k).startswith("ال") and not another_first_name(self.lex, [self.tok(k)], nit.entity.id):
                # a first name before a known surname: أنتونيو غوتيريش
                nit.i, nit.fs = k, self.sa.starts[k]
                person_item, nxt = nit, nxt + 1
                break
            if nit is not None and nit.i == k and nit.kind == "ent":
                prev = self.tok(k - 1)
                posting = prev in ("الي", "لدي", "ضد", "حول", "بشان", "تجاه") or (
                    prev == "في" and title.kind == "envoy") or (   # وسيط الأمم المتحدة في سوريا
                    nit.clitic.endswith("ب") and prev in ("الخاص", "الخاصه", "المكلف"))
                mods.append((nit, not posting))
                k, nxt = nit.j, nxt + 1
                continue
            if nit is not None and nit.i == k and nit.kind == "title" and mods \
                    and (self.tok(k - 1) in ("،", ",") or nit.title.kind == "honorific" or nit.j - nit.i == 1
                         and self.tok(nit.i) in _NOBLE
                         and not self.is_stop(self.tok(k - 1))) \
                    and not self.tok(nit.j).isdigit() and not nit.clitic.startswith("و"):
                k, nxt = nit.j, nxt + 1         # المتحدث باسم الهيئة، العميد أحمد الشامي / عضو الائتلاف المهندس
                continue                        # محمد طيفور، ولي عهد البحرين الأمير سلمان: a second title (after a
                #                                 comma, an honorific or a prince); the name after it is the person
            if nit is not None and nit.i == k and nit.kind in ("pnoun", "anaphor") and any(
                    (x := self.at.get(nit.j + d)) is not None and x.kind == "ent" for d in (0, 1, 2)):
                k, nxt = nit.j, nxt + 1         # عضو الهيئة السياسية للائتلاف السوري: a body of the
                continue                        # organisation named next
            if nit is not None and nit.i == k and nit.kind == "anaphor" and self._as_body(nit):
                mods.append((nit, True))        # قائد الحرس الجمهوري: the body the anaphor stands for
                k, nxt = nit.j, nxt + 1
                continue
            if nit is not None and nit.i == k and nit.kind != "ent":
                break                           # a trigger, a verb, another title: no name follows
            t = self.tok(k)
            if t in ("،", ","):
                k += 1
                continue
            if k > 0 and self.quoted_gap(k):
                break                           # قال وزير الخارجية القطري "نحن …": what he said, not his name
            if t[0] == "و" and t not in self.w.get("given_name", ()) and len(t) > 3:
                break                           # رئيس نادي الزمالك، وهيثم عرابي …: another person begins
            if t[0] in "لبك" and (c := self.clitic_of(t))[0] and not c[1].startswith("ال"):
                break                           # وأشاد الكاتب بأبي حمزة: a preposition on a name, not his name
            span = self.name_at.get(k)
            rest = self._name_after_first_word(k) if k == it.j else 0
            if rest:
                # الشاب فلاح أبو ماريا، المواطنة آلاء بدر الهاشمي: the first word, a common word too, is his
                n = 1 + rest
                person_item = self._named_person(k, n, self.new_entity("Person", self.span_text(k, k + n)))
                break
            if not t.startswith("ال") and (t[0] not in "لبفك" or t in self.w.get("given_name", ()) or (
                    span is not None and span[0] == k and span[1] - k >= 2) or not self._clitic_word(t)):
                # (ب, ل, ف, ك: a preposition or conjunction on a word, unless the model reads a name of two
                # words or more from it, or the rest is no word: المبعوث الأممي إلى ليبيا برناردينو ليون)
                n = self.name_tokens(k, "person")
                m = self.fit_name(k, n, ("PERS",)) if n else 0
                after = next((a for a in (self.at.get(k + m), self.at.get(k + n)) if m and a is not None
                              and a.kind == "ent" and a.entity.type == "Person" and a.i in (k + m, k + n)
                              and not another_first_name(self.lex, [t], a.entity.id)), None)
                if after is not None:
                    # عادل بن أحمد الجبير، جان - إيف لودريان: first names before a known family name are that person
                    after.i, after.fs = k, self.sa.starts[k]
                    self._whole_name(after, self.span_text(k, after.j))
                    person_item = after
                    nxt = self.items.index(after) + 1
                    break
                n = self.fit_pattern(k, n)
                if n >= 2 or (n == 1 and (t in self.w.get("given_name", ()) or (
                        title.kind in ("official", "military", "leader", "honorific") and len(t) >= 3
                        and t[0] not in "وفبلك" and not accusative_adverb(t)))):
                    # الرئيس مبارك; not للرئيس لإدارة, nor بنظيره الفرنسي هاتفيا (how he called)
                    ent = self.new_entity("Person", self.span_text(k, k + n))
                    country = next((m.entity.id for m, aff in mods if aff and m.entity.type == "Country"), "")
                    ent = Entity(**{**_asdict(ent), "role_en": title.role_en, "country": country})
                    person_item = self._named_person(k, n, ent)
                    break
            # a word between the title and the name: a known modifier (الخاص، الأممي، السابق), or a word
            # leading to an organisation named next (باسم المكتب الإعلامي لحركة …); anything else ends
            if t in self.w.get("complementizer", ()) or t in self.w.get("relative", ()):
                break                           # أعلن مسؤول أميركي كبير أن الولايات المتحدة …: a clause
            if t in _TITLE_MODIFIERS or t in self.w.get("direction", ()) or any(
                    (x := self.at.get(k + d)) is not None and x.kind == "ent" and x.i == k + d for d in (1, 2, 3)):
                k += 1
                continue
            break
        if person_item is None and out and out[-1].kind == "ent" and out[-1].entity.type == "Person" \
                and not it.clitic.startswith("و") and all(self.tok(x) in ("،", ",", "-", "–") for x in range(out[-1].j, it.i)) \
                and any(aff and m.entity.type not in ("Place", "Facility") for m, aff in mods) \
                and not any((m.mention_kind == "demonym" or m.entity.type == "Country") and out[-1].entity.country
                            and m.entity.id != out[-1].entity.country for m, _ in mods):
            # خالد العطية، وزير الخارجية القطري: the title in apposition after the name (not a title of
            # another country: التقى السيسي وزير الخارجية الأمريكي، التقى كيري أمير قطر, the one he met)
            self._affiliate(len(out) - 1, mods, title, out)
            return nxt
        if person_item is None:
            for m, _ in mods:
                if m.entity.type == "Person" and m.i == it.j:
                    m.weak = True       # وزير خارجية الأسد: the minister's master, not the one who acts
            # no name: the title is used alone (الوزير، المتحدث) and may refer back; "الدبلوماسي
            # الأميركي" refers back to the American person in focus, or stands for the country
            an = next((h.ref for h in it.alts if h.kind == ANAPHOR), None)
            nat = mods[0][0].entity if mods and mods[0][0].mention_kind == "demonym" else None
            org = None
            if nat is not None and nat.type != "Country":
                # المبعوث الأممي: an organisation's adjective (organizations.tsv nisba_ar) is part of the
                # title's phrase; the title refers back to its holder, else names the organisation
                org, nat, mods[0][0].kind = nat, None, "absorbed"
            if nat is not None:
                ent = self.state.resolve_person_of(nat.id, frozenset(an.heads) if an is not None else frozenset(
                    {fold_string(title.form).removeprefix("ال")}))
                if ent is None:
                    return self._as_group(idx, out)
            else:
                ent = self.state.resolve(an) if an is not None else None
            if ent is None and nat is None:
                # المبعوث الأممي (no name, no one to refer back to): the organisation its adjective names
                ent = self.lex.entities.get(self.lex.word_values.get(("org_adjective", self.tok(it.j)), "")) or org
            if ent is None:
                return self._as_group(idx, out)
            it.kind, it.entity, it.mention_kind = "ent", ent, "nominal"
            self.emit(it, out)
            if nat is not None:
                mods[0][0].role_of = len(out) - 1
                self.emit(mods[0][0], out)
                return idx + 2
            return idx + 1
        person_item.title = title
        for x in range(it.j, person_item.i):
            # المبعوث الأممي إلى سورية …: an adjective that names an organisation (words.tsv org_adjective)
            org = self.lex.entities.get(self.lex.word_values.get(("org_adjective", self.tok(x)), ""))
            if org is not None and org.id not in [m.entity.id for m, _ in mods]:
                self.sa.affiliations.append((person_item.entity, org, title))
                break
        person_item.lead = it.i
        address = self.w.get("address", ())
        while person_item.lead > 0 and ((a := self.tok(person_item.lead - 1)) in address
                                        or a[:1] in "وفلب" and a[1:] in address):
            person_item.lead -= 1     # (ل)معالي وزير الخارجية عادل الجبير: a form of address heads the phrase
        head = fold_string(title.form).removeprefix("ال")
        self.emit(person_item, out, {head, head.split(" ")[0]})
        self._affiliate(len(out) - 1, mods, title, out)
        return nxt

    @staticmethod
    def _of_another_country(person: Item, mods: list) -> bool:
        """The person kg knows is of another country than the nationality that qualifies the title: someone
        else than its holder (العاهل السعودي الملك سلمان is the king; الرئيس المصري الملك سلمان is not)."""
        nat = next((m.entity.id for m, aff in mods if aff and m.mention_kind == "demonym"
                    and m.entity.type == "Country"), "")
        return bool(nat and person.entity.origin != "text" and person.entity.country
                    and person.entity.country != nat)

    def _named_person(self, k: int, n: int, ent: Entity) -> Item:
        """The item of the person a title names, its name the n tokens from k."""
        return Item(kind="ent", i=k, j=k + n, fs=self.sa.starts[k], fe=self.sa.ends[k + n - 1], entity=ent,
                    mention_kind="name")

    def _name_after_first_word(self, k: int) -> int:
        """Right after a title, a first name of the name dictionary that the name model leaves out before the
        person's name it reads from the next word is that name's first word (الناشط فلاح أبو ماريا، السيدة آلاء
        بدر الهاشمي: فلاح and آلاء are also common words); the length of the name read after it, else 0."""
        span = self.name_at.get(k + 1)
        t = self.tok(k)
        if span is None or span[0] != k + 1 or span[2] != "PERS" or k in self.name_at or k in self.at \
                or not _LETTER_RE.match(t) or len(t) < 3 or self._written(k).startswith(("ال", "أل", "إل")) \
                or self.is_stop(t) or t[0] in "وبلك" and t not in self.w.get("given_name", ()) or VERB_RE.match(t) \
                or t[0] == "ف" and (self.is_stop(t[1:]) or t[1:] in self.w.get("given_name", ()) or len(t) < 4) \
                or not self.first_name_word(t):
            return 0        # (a word the name dictionary lacks is no first name: وزير داخليته، اللواء متقاعد)
        return self.fit_name(k + 1, self.name_tokens(k + 1, "person"), ("PERS",))

    def first_name_word(self, t: str) -> bool:
        """A first name of kg's list or of the name dictionary (folded)."""
        return t in self.w.get("given_name", ()) or _dictionary_spelling(t) is not None

    def _as_group(self, idx: int, out: list[Item]) -> int:
        """A title with no name after it and no one to refer back to, that is also the word of an unnamed
        group (generic.tsv: اعتقلت الشرطة الصحفي، الصحفي الأمريكي): that group; else nothing. Not an office
        (المسؤول، وأشاد المسؤول: a holder named in the article, or "responsible", مصدر مسؤول)."""
        it = self.items[idx]
        prv = self.items[idx - 1] if idx else None
        deed = prv is not None and prv.kind == "trigger" and prv.j == it.i and not it.clitic \
            and not self.tok(it.i).startswith("ال") and prv.trigger.cls in ("KILL", "ATTACK", "ARREST")
        # (اغتيال مسؤول محلي، مقتل مسؤول: an indefinite office right after a deed done to it is an unnamed
        # official, whom the deed befell)
        g = next((h.ref for h in it.alts if h.kind == GENERIC), None) if it.title.kind == "activist" or deed \
            else None
        if g is not None:
            it.kind, it.ref = "generic", g
            self.generic(it, out)
        return idx + 1

    def _as_body(self, it: Item) -> bool:
        """An anaphor after a title that names a body of a country (الحرس الجمهوري، الجيش النظامي، الحكومة:
        anaphors.tsv rows with a generic group): the body it refers back to, or the country's by default
        or as an unnamed group; the item becomes that entity."""
        an = it.ref
        if not an.generic or not ({"Government", "ArmedGroup", "Organization"} & set(an.types)) \
                or "قوات" in an.heads:
            return False     # (قائد القوات: whose forces, the article may not say; المتحدث باسم القوات
            #                   الموالية لهادي: forces described, not referred back to)
        return self.resolve_anaphor(it)

    def _clitic_word(self, t: str) -> bool:
        """Whether t may be a word with a preposition or conjunction on it (بالقرب، لحركة، فقال): what
        follows the letter is a word kg knows (or has the article), not the rest of a name (برناردينو)."""
        rest = t[1:]
        return rest.startswith(("ال", "ل")) or rest in common_words(self.lex) or self.is_stop(rest) \
            or rest in self.w.get("given_name", ()) or bool(self.lex.lookup(rest)) or len(rest) <= 3 \
            or VERB_RE.match(rest) is not None or rest[:1] in "يتان"

    def _affiliate(self, pi: int, mods: list, title: Title, out: list[Item]) -> None:
        """The title's modifiers become roles of the person at out[pi], and its affiliations."""
        for m, aff in mods:
            m.role_of = pi
            self.emit(m, out)
            if aff and m.entity.type not in ("Place", "Facility"):   # الناشط في مدينة دير الزور: where, not whom
                org = m.entity
                if org.metonym_of:
                    org = self.lex.entities.get(org.metonym_of, org)
                self.sa.affiliations.append((out[pi].entity, org, title))

    def quoted_gap(self, k: int) -> bool:
        """Token k opens a quotation (or follows a colon): what follows is speech, not a name."""
        f = self.state.folded
        a = f.span(self.sa.starts[k - 1], self.sa.ends[k - 1])[1]
        b = f.span(self.sa.starts[k], self.sa.ends[k])[0]
        gap = self.state.doc.text[a:b]
        # an opening mark sticks to the word after it ( "نحن ); a closing one to the word before
        return ":" in gap or (gap[-1:] in (*_OPEN_QUOTES, "'") and gap[-1:] != "»")

    def _as_unit(self, idx: int, out: list[Item]) -> int:
        it = self.items[idx]
        t = it.title
        num = self.tok(it.j)
        head = self.tok(it.i)[len(it.clitic):]         # واللواء 26: the clitic is no part of the unit
        head = "ال" + head[1:] if it.clitic.endswith("ل") and not head.startswith("ال") else head   # للواء 26
        en = {"اللواء": "Brigade", "الفرقه": "Division", "الفوج": "Regiment"}.get(head, t.role_en)
        ent = self.new_entity("Facility", [head, num], en=f"{en} {num}")
        unit = Item(kind="ent", i=it.i, j=it.j + 1, fs=it.fs, fe=self.sa.ends[it.j], clitic=it.clitic,
                    entity=ent, mention_kind="name")
        self.emit(unit, out, {head.removeprefix("ال")})
        return idx + 1

    def nationality_names(self, out: list[Item]) -> None:
        """A singular nationality adjective before a name is a person of that country:
        الإيطالي جيانكارلو فيسيكيلا، الأرجنتيني دييغو ميليتو."""
        if not any(it.mention_kind == "demonym" for it in out):
            return
        covered = self._covered(out)
        for it in list(out):
            if it.kind != "ent" or it.mention_kind != "demonym" or it.role_of >= 0:
                continue
            word = self.tok(it.j - 1)
            if not (word.startswith("ال") and (word.endswith("ي") or word.endswith("يه"))):
                continue
            k = it.j
            if k in covered or k >= len(self.tokens) or self.tok(k).startswith("ال"):
                continue
            clitic, word = self.clitic_of(self.tok(k))
            if clitic[:1] in ("و", "ف") and (word in self.w.get("given_name", ()) or _dictionary_spelling(word)):
                continue      # جمال الدين الأفغاني ومحمد عبده: a name after "and" is not the adjective's
                # (والتر: Walter, no و + a name)
            n = self.fit_pattern(k, self.name_tokens(k, "person"), ("PERS",))
            if n == 0 or (n == 1 and (self.tok(k)[0] in "وفبلك" or accusative_adverb(self.tok(k)))):
                continue      # (اتصل بنظيره الفرنسي هاتفيا: how, not who)
            ent = self.new_entity("Person", self.span_text(k, k + n))
            ent = Entity(**{**_asdict(ent), "country": it.entity.id})
            person = Item(kind="ent", i=k, j=k + n, fs=self.sa.starts[k], fe=self.sa.ends[k + n - 1],
                          entity=ent, mention_kind="name", lead=it.i)
            self.emit(person, out)
            it.role_of = len(out) - 1
            covered.update(range(k, k + n))

    def speaker_names(self, out: list[Item]) -> None:
        """قال سافيولا، وأكد الربيعي: a word kg does not know right after a verb of saying is most
        often the speaker's name (a weak entity: never an actor)."""
        covered = None
        for it in self.items:
            if it.kind != "word" or it.word != "report" or it.suffix:
                continue
            k = it.j
            t = self.tok(k)
            if not t or (t.startswith("ال") and not t.endswith("ي")):
                continue
            if covered is None:
                covered = self._covered(out)
            if k in covered or self.is_stop(t) or self._clitic_stop(t) or t[0] in "وفبلك" or len(t) < 3 \
                    or accusative_adverb(t):
                continue      # (تدعي زورا، قال علنا: how it was said, an accusative adverb, no speaker)
            n = self.name_tokens(k, "person") if not t.startswith("ال") else 1
            n = self.fit_name(k, n, ("PERS",)) if n else 0
            if n == 0 or (n == 1 and t in self.w.get("given_name", ()) and self.state.surname(t) is None) \
                    or (n == 2 and t == "عبد"):
                continue      # قال محمد، قال عبد الرحمن: a first name alone names no one
            ent = self.new_entity("Person", self.span_text(k, k + n))
            person = Item(kind="ent", i=k, j=k + n, fs=self.sa.starts[k], fe=self.sa.ends[k + n - 1],
                          entity=ent, mention_kind="name", weak=True)
            self.emit(person, out)
            if n >= 2 and ent.type == "Person":
                self._learn_surname(self.tok(k + n - 1), ent)
            covered.update(range(k, k + n))
