"""Names after a place noun (مدينة، قرية، مستشفى، شركة …) and their English, for kg.recognize's sentence builder.

``PlaceNounNames`` is a mixin of ``kg.recognize._Builder`` (one sentence of one article): its methods use the
builder's sentence (``self.sa``), article state (``self.state``) and lexicon (``self.lex``).
"""
from __future__ import annotations

import re

from .arabic_words import common_word
from .english_names import MIN_FOREIGNNESS, foreignness, looks_foreign
from .groups import described_facility
from .items import Item
from .lexicon import ANAPHOR, DEMONYM, ENT, GENERIC, TITLE, Lexicon, PlaceNoun
from .model import LOCATION_TYPES, Entity
from .name_model import strip_clitics
from .name_shapes import AIRFIELDS, lexicon_value
from .name_words import _LETTER_RE
from .recognize_model import _COMPASS
from .recognize_titles import _CLOSE_QUOTES, _OPEN_QUOTES
from .text import fold_string
from .translit import person_label, romanize, same_consonants


def _english_name(head: str, name: str) -> str:
    """A place noun's English (place_nouns.tsv label_en) with the name: "{} Camp" is the default order
    (Zaatari Camp, Al-Ahli Council); a template says otherwise (Wadi {}, Mount {}, Ministry of {})."""
    if "{}" in head:
        return head.replace("{}", name.removeprefix("of "))
    if name.startswith("of "):      # مجلس الوزراء: Council of Ministers (noun_en "of Ministers")
        return f"{head[:1].upper() + head[1:]} {name}"
    return f"{name} {head[:1].upper() + head[1:]}"


def _english_order(words: list[str]) -> str:
    """English words of an Arabic name put in English order: modifiers before the head, reversed from
    the Arabic, but a coordinated pair kept in its order (لجنة الأمن والدفاع: Security and Defence)."""
    groups: list[str] = []
    for w in words:
        if w.startswith("and ") and groups and groups[-1] == w[4:]:
            continue        # وزارة التربية والتعليم: Education and Education is Education
        if w.startswith("and ") and groups:
            groups[-1] = f"{groups[-1]} {w}"
        else:
            groups.append(w)
    return " ".join(reversed(groups))


# place nouns whose name the model need not read (villages, facilities, units the ANER-trained model does
# not know); after the others (شركة، وزارة، لجنة …) a name is one only where the model reads it
_OPEN_NOUN_TYPES = frozenset({"Place", "Facility", "ArmedGroup"})


def _national_bodies(lex: Lexicon) -> dict[tuple[str, str], str]:
    """(a body's name, country) -> the lexicon's entity named so with the country's nisba after it
    (مجلس النواب، iraq -> iraqi_parliament, from مجلس النواب العراقي)."""
    def make(lx: Lexicon) -> dict:
        out = {}
        for e in lx.entities.values():
            if e.type not in ("Government", "Organization") or not e.country:
                continue
            for form in (e.label_ar, *e.aliases_ar):
                words = fold_string(form).split()
                if len(words) >= 3 and any(h.kind == DEMONYM and h.ref == e.country for h in lx.lookup(words[-1])):
                    out.setdefault((" ".join(words[:-1]), e.country), e.id)
        return out
    return lexicon_value(lex, "national_bodies", make)


# the verbal nouns of derived verbs, with the article: الانفعال (الانسحاب), الافتعال (الاحتفال، الاصطدام),
# الاستفعال (الاستقبال)
_DERIVED_MASDAR_RE = re.compile(r"^ال(?:ان\w\wا\w|ا\w[تطد]\wا\w|است\w\wا\w)$")


_DESCRIPTORS = frozenset(fold_string(w) for w in (
    "حركة", "تنظيم", "جماعة", "شركة", "صحيفة", "جريدة", "مجلة", "وكالة", "قناة", "نادي", "فريق", "دولة"))


class PlaceNounNames:
    def place_noun(self, idx: int, out: list[Item]) -> int:
        it = self.items[idx]
        pn: PlaceNoun = it.ref
        idioms = self.w.get("no_place", ())
        noun = self.tok(it.i)
        if f"{self.tok(it.i - 1)} {noun}" in idioms or f"{noun} {self.tok(it.i + 1)}" in idioms \
                or f"{noun[len(it.clitic):]} {self.tok(it.i + 1)}" in idioms:
            return idx + 1    # عن طريق الاستفادة: "by means of"; بطريق الخطأ "by mistake": no road (words.tsv no_place)
        k = it.j
        nxt = idx + 1
        noun_bare = fold_string(pn.form)
        nit = self.items[nxt] if nxt < len(self.items) else None
        an = next((h.ref for h in nit.alts if h.kind == ANAPHOR), None) if nit is not None and nit.i == k else None
        if an is not None and nit.kind in ("anaphor", "pnoun"):
            ent = self.state.resolve(an)
            if ent is not None and ent.type in LOCATION_TYPES:
                nit.kind, nit.entity, nit.mention_kind = "ent", ent, "nominal"
        word = self.tok(it.i)[len(it.clitic):]
        definite = word.startswith("ال") or self.tok(it.i).startswith("لل")
        if pn.type == "Facility" and pn.keep and not definite:
            done = self._named_for_person(it, idx, pn, out)
            if done is not None:
                return done
        if pn.type not in ("Place", "Facility") and pn.keep and not definite:
            done = self._body_of_place(it, idx, pn, out)
            if done is not None:
                return done
        if nit is not None and nit.i == k and nit.j == k + 1 and nit.kind == "ent" and nit.mention_kind == "demonym" \
                and pn.type == "Place" and not pn.keep and not definite and not nit.clitic \
                and self.tok(k).startswith("ال"):
            # ناحية الصينية، قرية المصرية: an adjective agrees with its noun in definiteness; a definite word
            # after an indefinite place noun is its genitive, the place's name, not a nationality
            nit.entity = self.new_entity("Place", [fold_string(self.tok(k))])
            nit.mention_kind = "name"
            self.emit(nit, out, {noun_bare})
            return nxt + 1
        if nit is not None and nit.i == k and nit.kind == "ent" and nit.mention_kind != "demonym" \
                and not nit.clitic.startswith("و") and "ب" not in nit.clitic and not (definite and pn.keep):
            # ميناء ومطار عدن: a conjunct, not the port's name; سجن بطرابلس: "a prison in Tripoli"; الميناء
            # لـ«الشرق الأوسط»، المستشفى محمد: a noun with the article heads no name in the genitive (the
            # name of a facility is ميناء عدن)
            inner = nit.entity
            if pn.type == "Place" and inner.type == "Person" and nit.mention_kind == "name":
                # ناحية البغدادي: a place noun names a place, even one spelt like a person's name
                nit.entity = self.new_entity("Place", [fold_string(self.tok(x)) for x in range(nit.i, nit.j)])
                inner = nit.entity
            if not pn.keep and pn.type == "Media" and inner.type == "Place" and nit.mention_kind == "name" \
                    and pn.label_en == "newspaper" and self._name_ends(nit.j):
                # صحيفة مكة، جريدة الرياض: a newspaper named after a place, not the place (no event happens there)
                ent = self.new_entity("Media", [noun_bare, fold_string(inner.label_ar)],
                                      en=_english_name(pn.label_en, self._short_place(inner)))
                self.emit(Item(kind="ent", i=nit.i, j=nit.j, fs=nit.fs, fe=nit.fe, clitic=nit.clitic, entity=ent,
                               mention_kind="name"), out, {noun_bare})
                return nxt + 1
            if not pn.keep:
                # مدينة حلب: the place itself
                self.emit(nit, out, {noun_bare})
                return nxt + 1
            gen = next((h.ref for h in it.alts if h.kind == GENERIC), None)
            if pn.type == "Facility" and nit.mention_kind == "nominal" and gen is not None and not any(
                    h.kind == ENT and self.lex.entities[h.ref].type == "Facility"
                    for h in self.lex.lookup(f"{noun_bare} {fold_string(inner.label_ar)}")):
                # مبنى المحافظة، مطار المدينة: the building of a place the article named before is a facility
                # it does not name (a guessed name, "Ibb Building", is wrong whenever the guess is), unless the
                # lexicon names that facility so (مطار المدينة after عدن: Aden International Airport)
                it.kind, it.ref = "generic", gen
                self.generic(it, out)
                self.emit(nit, out)
                return nxt + 1
            if pn.type == "Facility" and inner.type == "Facility" and nit.mention_kind == "name" \
                    and noun_bare in AIRFIELDS and inner.label_ar.split(" ", 1)[0] in AIRFIELDS:
                # مطار قاعدة العند: the airfield of a base is the base, not an "Air Base Airport"
                self.emit(nit, out, {noun_bare})
                return nxt + 1
            ends = self._places_joined(nxt) if pn.type == "Facility" and inner.type in ("Place", "Country") \
                and nit.mention_kind == "name" else []
            if ends:
                return self._between_places(it, nit, ends, pn, out)
            if pn.type == "Facility" and inner.type in LOCATION_TYPES:
                j = nit.j
                adjs = self._adjectives(j)
                ar = [noun_bare] + [inner.label_ar] + [self.tok(x) for x in range(j, j + len(adjs))]
                en_adj = " ".join(adjs)
                en = _english_name(pn.label_en, f"{self._short_place(inner)}{' ' + en_adj if en_adj else ''}")
                # the same facility with or without its adjectives (مطار دير الزور [العسكري]) is one node
                ent = self.new_entity("Facility", ar, en=en, located_in=inner.id if pn.located else "",
                                      id_tokens=[noun_bare, fold_string(inner.label_ar)])
                if pn.by_place and ent.origin == "text" and not adjs:
                    # مسجد أبها، مستشفى غزة: "a mosque in Abha", described by its place, not named: an
                    # unnamed facility, in events but no node of the graph (place_nouns.tsv by_place)
                    ent = described_facility(ent)
                if nit.mention_kind == "nominal" and ent.origin == "text" and inner.type == "Facility":
                    # ساحة المطار: the yard of the airport named before, no facility the text names ("Aden
                    # International Airport Square"); ميناء المدينة is the city's port
                    self.emit(nit, out)
                    return nxt + 1
                fac = Item(kind="ent", i=it.i, j=j + len(adjs), fs=it.fs,
                           fe=self.sa.ends[j + len(adjs) - 1], clitic=it.clitic, entity=ent, mention_kind="name")
                self.emit(fac, out, {noun_bare})
                if nit.mention_kind == "name":
                    nit.role_of = len(out) - 1
                    self.emit(nit, out)
                if pn.located:
                    self.sa.located.append((ent, inner))
                return nxt + 1
            return idx + 1
        house = None
        if pn.type == "Place" and not pn.keep and not definite and nit is not None and nit.i == k \
                and nit.j == k + 1 and nit.kind == "generic" and nit.ref.type == "Facility" and not nit.clitic \
                and k + 1 not in self.at and _LETTER_RE.match(self.tok(k + 1)) and not self.is_stop(self.tok(k + 1)):
            # بلدة بيت لاهيا، قرية بيت فوريك: a word of a building right after the noun of a town, and a word
            # after it, begin the town's name (no house)
            house = self.at.pop(k, None)
        n = self.name_tokens(k, "org" if pn.type not in ("Place", "Facility") else "place")
        if house is not None:
            if n >= 2:
                nit.kind = "absorbed"
            else:
                self.at[k], n = house, 0
        # إقليم أغري، مديرية باجل: a word the gazetteer spells as a town of the country the text is about, after a
        # noun of a town or province, is its name, though it looks like an adjective (أغري) or the model reads none
        known_town = n <= 1 and pn.type == "Place" and not definite and k not in self.at \
            and bool(_LETTER_RE.match(self.tok(k))) and (town := self.town(self.tok(k))) is not None \
            and town.country in (self.state.sentence_country, self.state.focus_country) \
            and self._labelled_so(town.label_en, self.tok(k))
        if known_town:
            n = 1
        if not n and nit is not None and nit.i == k and nit.kind == "generic" and pn.by_body and pn.keep \
                and not definite and not nit.clitic and all(self._english_word(self.tok(x)) for x in range(k, nit.j)):
            # مستشفى الحرس الوطني: a facility named by an unnamed body whose words translate ("National Guard
            # Hospital"), not a hospital and a guard
            n, nit.kind = nit.j - k, "absorbed"
        nxt_tok = self.tok(k)
        if n and definite and (pn.keep or nxt_tok in self.w.get("given_name", ())) and not nxt_tok.startswith("ال"):
            n = 0        # المستشفى محمد: a definite noun and an indefinite word are no name (المسجد الأقصى is);
            #              ويرأس الصحيفة منصور الجمري: the paper's head, a man, not a paper's name
        if n and nxt_tok[:1] in ("ب", "ل", "ك") and (
                self.lex.lookup(nxt_tok[1:]) or self.lex.lookup("ال" + nxt_tok[1:]) or nxt_tok[1:3] == "ال"
                or nxt_tok.startswith("لل") and len(nxt_tok) > 4):
            n = 0        # مسجد بمدينة أبها، مسجد للشيعة (ل + ال): a preposition starts a new phrase, not the name
        if n and pn.keep and pn.type == "Facility" and not definite and all(
                not self.tok(x).startswith("ال") and self._english_word(self.tok(x)) for x in range(k, k + n)):
            n = 0        # محطة قطار: "a train station", common nouns without the article name no facility
        described = False     # لجنة التحقيق الدولية: a body named by what it does (all words in words.tsv)
        if n and not known_town and (self._adjective_after(it, k) or not self.fit_name(k, n) and (
                pn.type not in _OPEN_NOUN_TYPES or self._not_a_name_after(it, k))):
            described = pn.keep and pn.type not in _OPEN_NOUN_TYPES and not self._adjective_after(it, k) \
                and all(self._english_word(self.tok(x)) for x in range(k, k + n))
            if not described:
                n = 0         # حي شعبي، المدينة السكنية، اتحاد طوعي، البنك بالحصول: not a name here
                self.vetoed.add(k)
        if n == 0:
            an = next((h.ref for h in it.alts if h.kind == ANAPHOR), None)   # المطار، المدينة alone
            ent = self.state.resolve(an) if an is not None else None
            dem = next((x for x in self.items if x.i == it.j and x.mention_kind == "demonym"), None)
            if ent is not None and dem is not None and dem.entity is not None \
                    and dem.entity.id not in (ent.id, ent.country):
                ent = None    # الحكومة الأسترالية after the Lebanese: the adjective's, not the one named before
            gen = next((h.ref for h in it.alts if h.kind == GENERIC), None)
            if gen is None and an is not None and an.generic:
                gen = self.lex.generics[an.generic]    # الحكومة with no government named before
            if ent is not None:
                it.kind, it.entity, it.mention_kind = "ent", ent, "nominal"
                self.emit(it, out)
            elif gen is not None:      # هجوم على مسجد: a mosque the text does not name
                it.kind, it.ref = "generic", gen
                self.generic(it, out)
            return idx + 1
        toks = self.span_text(k, k + n)
        if not pn.keep:
            # مدينة الجفرة، شركة انرون، صحيفة ديلي تلغراف: the noun says what it is; the name is the rest
            ent = self.new_entity(pn.type, toks)
            item = Item(kind="ent", i=k, j=k + n, fs=self.sa.starts[k], fe=self.sa.ends[k + n - 1],
                        entity=ent, mention_kind="name", weak=ent.origin == "text" and pn.type != "Place")
        else:
            adjs = self._adjectives(k + n)
            if pn.type in ("Organization", "Government", "ArmedGroup", "InternationalOrganization", "Media"):
                adjs = []
            # (a definite noun heads no genitive: the word after اللجنة in اللجنة الثورية is its adjective, and
            # the name keeps the article, "اللجنة الثورية", where وزارة الداخلية drops it)
            ar = ["ال" + noun_bare if definite and toks[0].startswith("ال") else noun_bare] + toks \
                + [self.tok(x) for x in range(k + n, k + n + len(adjs))]
            rest = romanize(" ".join(toks), self._shaped_words(" ".join(toks)),
                            self._spelled(" ".join(toks), pn.type == "Facility")) \
                if pn.type in LOCATION_TYPES else romanize(" ".join(toks), spelled=self._english_words(" ".join(toks)))
            en_adj = " ".join(adjs)
            words = [self._english_word(t) for t in toks]
            if pn.type in LOCATION_TYPES and any(t in self.w.get("proper_noun", ()) for t in toks):
                words = []          # مستشفى الثورة: Al-Thawra Hospital, a name, not "Revolution Hospital"
            if words and all(words):
                # لجنة التحقيق الدولية -> International Investigation Committee; مستشفى الحرس الوطني ->
                # National Guard Hospital; مبنى المرور -> Traffic Building (not "Al-Marur Building")
                en = _english_name(pn.label_en, " ".join([*reversed(adjs), _english_order(words)]))
            else:
                en = _english_name(pn.label_en, f"{rest}{' ' + en_adj if en_adj and pn.type == 'Facility' else ''}")
            id_tokens = [noun_bare] + toks if adjs and pn.type == "Facility" else None
            country, nat = self.country_after(k + n + len(adjs))
            body = fold_string(" ".join(ar))
            if nat is not None:
                self.state.body_countries[body] = country
            elif body in self.state.body_countries and not self.state.sentence_country:
                # وزارة الداخلية after وزارة الداخلية الكويتية: the body the article last named with its country,
                # in a sentence that names no country of its own
                country = self.state.body_countries[body]
            known = None
            national = bool(words and all(words) and self.national(pn.type, toks, country))
            if national:
                en = f"{en} ({self.lex.entities[country].label_en})"
                id_tokens = ar + [country]
                # مجلس النواب in an Iraqi article: the lexicon's مجلس النواب العراقي
                known = _national_bodies(self.lex).get((fold_string(" ".join(ar)), country))
            # the same facility with or without its adjectives (مستشفى الثورة [العام]) is one node
            ent = self.lex.entities[known] if known else self.new_entity(
                pn.type, ar, en=en, id_tokens=id_tokens, country=country if id_tokens and pn.type != "Facility" else "")
            if pn.type == "Facility" and words and all(words) and ent.origin == "text":
                # حقول النفط، ميناء الحاويات، مصنع الحديد: a facility described by common words ("the oil
                # fields"), not named: an unnamed facility, in events but no node of the graph (kg.groups)
                ent = described_facility(ent)
            j = k + n + len(adjs)
            if national and nat is not None:
                nat.kind, j = "absorbed", nat.j      # وزارة الداخلية السعودية: the adjective is the body's
            item = Item(kind="ent", i=it.i, j=j, fs=it.fs, fe=self.sa.ends[j - 1], clitic=it.clitic,
                        entity=ent, mention_kind="name", nominal_mention=described,
                        # a body named by its head noun and common words of kg's lists (وزارة الداخلية
                        # السعودية) is no guess: it may act, as a name read with little evidence may not
                        weak=ent.origin == "text" and pn.type not in ("Place", "Facility") and not (words and all(words)))
        self.emit(item, out, {noun_bare})
        return nxt

    def gazetteer_towns(self, out: list[Item]) -> None:
        """A word right after في that nothing else read and that the gazetteer spells as a town or district of
        the country the sentence or the article is about (قتل خمسة في مودية in news of Yemen): that town. Not a
        word kg knows as common or a first name (kg.recognize_entities town), nor one a definite word follows
        (في الحصن المنيع: an adjective; the noun is common), nor one with بـ on it (بمساعدة، بكلمة، بتوقيت are
        common words)."""
        gaz = self.lex.gazetteer
        countries = {c for c in (self.state.sentence_country, self.state.focus_country) if c}
        if gaz is None or not countries:
            return
        covered = {k for it in out for k in range(it.i, it.j)} | {k for it in self.items for k in range(it.i, it.j)}
        for k in range(1, len(self.sa.tokens)):
            t = self.tok(k)
            if k in covered or not _LETTER_RE.match(t):
                continue
            if self.tok(k - 1) != "في":
                continue
            word = t
            if len(word) < 3 or self.tok(k + 1).startswith("ال") and k + 1 not in covered:
                continue
            if (common_word(word) or common_word(word.removeprefix("ال"))) and not self._ends_place_phrase(k + 1):
                continue      # في كلمة ألقاها، في توقيت واحد: a common word, unless the phrase ends with it
                #               (في لودر، في لودر بمحافظة أبين، في البيضاء شمال)
            town = self.town(word)
            if town is None or town.country not in countries or not self._labelled_so(town.label_en, word):
                continue
            ms, me = self.state.folded.span(self.sa.starts[k], self.sa.ends[k])
            text = self.state.doc.text
            if ms and text[ms - 1] in _OPEN_QUOTES and text[me:me + 1] not in _OPEN_QUOTES + _CLOSE_QUOTES:
                continue      # في "بسمر فينتشر بارتنر": the first word of a quoted name (a company's); not
                #               في «ويتشيتا», a quoted town
            ent = self.new_entity("Place", [word])
            self.emit(Item(kind="ent", i=k, j=k + 1, fs=self.sa.starts[k], fe=self.sa.ends[k], entity=ent,
                           mention_kind="name"), out)
            covered.add(k)

    @staticmethod
    def _labelled_so(label: str, word: str) -> bool:
        """The gazetteer's English label (or its last word: Alaqahdari-ye Almar) has the consonants of the
        Arabic form; not a form GeoNames gives another feature's name (مشرعة: Al Masaliyah), too little to go
        on for a bare word."""
        return same_consonants(label, word) or same_consonants(label.replace("-", " ").split()[-1], word)

    def _ends_place_phrase(self, k: int) -> bool:
        """Token k ends a place's phrase: punctuation or the end, و and another word, a compass point (شمال،
        جنوبي) or a place noun with بـ (بمحافظة، بمدينة), as after a town's name."""
        t = self.tok(k)
        if t[:1].isdigit():
            return False      # في صيف 2014: a date
        if not t or not _LETTER_RE.match(t) or t == "و":
            return True
        bare = t[1:] if t[:1] in "بو" else t
        return bare in _COMPASS or t[:1] == "ب" and bare in self.lex.place_name_nouns

    def _body_of_place(self, it: Item, idx: int, pn: PlaceNoun, out: list[Item]) -> int | None:
        """A body's noun before its province or town's place noun and name (مجلس محافظة بغداد، مجلس مدينة
        الرمادي), or a state body's noun right before a town's name (حكومة طبرق، محكمة بروكسل): the body of
        that place ("Baghdad Governorate Council"), of its country, not a council and a town. A capital's
        government is its state's (حكومة أنقرة: the capital stands for Turkey). Returns the next item's
        index, or None."""
        nxt = idx + 1
        kind = self.items[nxt] if nxt < len(self.items) else None
        if kind is not None and kind.kind == "pnoun" and kind.i == it.j and not kind.clitic \
                and kind.ref.type == "Place" and not kind.ref.keep:
            nxt += 1           # (محافظة، مدينة: which kind of place)
        else:
            kind = None
        place = self.items[nxt] if nxt < len(self.items) else None
        if place is None or place.i != (kind.j if kind is not None else it.j) or place.kind != "ent" \
                or place.clitic or place.mention_kind != "name" or place.entity.type != "Place" \
                or kind is None and (pn.type != "Government" or place.entity.metonym_of):
            return None
        noun_bare = fold_string(pn.form)
        inner = place.entity
        qualifier = self._short_place(inner) + (f" {kind.ref.label_en.capitalize()}" if kind is not None else "")
        words = [noun_bare] + ([fold_string(kind.ref.form)] if kind is not None else []) + [fold_string(inner.label_ar)]
        ent = self.new_entity(pn.type, words, en=_english_name(pn.label_en, qualifier), id_tokens=words,
                              country=inner.country)
        body = Item(kind="ent", i=it.i, j=place.j, fs=it.fs, fe=place.fe, clitic=it.clitic, entity=ent,
                    mention_kind="name")
        self.emit(body, out, {noun_bare})
        place.role_of = len(out) - 1
        self.emit(place, out)
        return nxt + 1

    def _named_for_person(self, it: Item, idx: int, pn: PlaceNoun, out: list[Item]) -> int | None:
        """A facility noun and a person's name after it, maybe after a title (مسجد الإمام الصادق، مدرسة
        الشيخ زايد، مسجد عمر بن الخطاب): one facility named for the person, not an unnamed mosque and a
        man. Returns the next item's index, or None."""
        k = it.j
        if self.tok(k) in self.w.get("_titles", ()):
            # a title, then the name it honours (الإمام الصادق: an epithet with the article too)
            n = self.name_tokens(k + 1, "person") or self.name_tokens(k + 1, "place")
            if not n or (k + 1) in self.at:
                return None
            adjectives = []
            while n > 1 and (len(self.tok(k + n)) == 1 or self.tok(k + n).startswith("ال")
                             and self.tok(k + n).endswith("يه") and self._english_word(self.tok(k + n))):
                # جامعة الإمام محمد بن سعود [الإسلامية]: the facility's adjective, not the man's name
                if len(self.tok(k + n)) > 1:
                    adjectives.insert(0, self._english_word(self.tok(k + n)))
                n -= 1
            end = k + 1 + n
            en_name = person_label(" ".join(self.span_text(k + 1, end)))
            if en_name.startswith("Al-"):
                en_name = "al-" + en_name[3:]     # Imam al-Sadiq
            en_name = " ".join([en_name, *adjectives])
            title_en = next((h.ref.role_en for h in self.lex.lookup(self.tok(k)) if h.kind == TITLE), "") \
                or romanize(self.tok(k))
            head = f"{title_en} "      # the title in English: Imam, Sheikh
        else:
            person = next((x for x in self.items[idx + 1:idx + 2] if x.i == k and x.kind == "ent"
                           and x.entity is not None and x.entity.type == "Person" and x.mention_kind == "name"
                           and not x.clitic), None)
            if person is None:
                return None
            end, en_name, head = person.j, person.entity.label_en, ""
        noun_bare = fold_string(pn.form)
        ent = self.new_entity("Facility", [noun_bare] + self.span_text(k, end),
                              en=_english_name(pn.label_en, f"{head}{en_name}"))
        fac = Item(kind="ent", i=it.i, j=end, fs=it.fs, fe=self.sa.ends[end - 1], clitic=it.clitic, entity=ent,
                   mention_kind="name")
        self.emit(fac, out, {noun_bare})
        return next((x for x in range(idx + 1, len(self.items)) if self.items[x].i >= end), len(self.items))

    def country_after(self, k: int) -> tuple[str, Item | None]:
        """The country of a body named before word k, and the nationality adjective that names it: the
        adjective at k (مجلس النواب الأردني: Jordan's), or the country after في or ب (وزارة الداخلية في ألمانيا),
        else the country of the article or the sentence."""
        nat = self.at.get(k)
        if nat is not None and nat.i == k and nat.kind == "ent" and nat.entity is not None \
                and nat.entity.type == "Country":
            if not nat.clitic and (nat.mention_kind == "demonym" or nat.j == k + 1 and self.tok(k).endswith("يه")):
                return nat.entity.id, nat       # (السعودية, the country's name and its adjective alike)
            if nat.mention_kind == "name" and nat.clitic == "ب":
                return nat.entity.id, None      # (وزير الداخلية بدولة الكويت: of Kuwait)
        after = self.at.get(k + 1)
        if self.tok(k) == "في" and after is not None and after.i == k + 1 and after.kind == "ent" \
                and after.entity is not None and after.entity.type == "Country" and after.mention_kind == "name" \
                and not after.clitic:
            return after.entity.id, None        # وزارة الداخلية في ألمانيا: Germany's
        return self.state.focus_country or self.state.sentence_country, None

    def national(self, etype: str, toks: list[str], country: str) -> bool:
        """A body named by what it does (مجلس الوزراء، وزارة الدفاع، البنك المركزي) is its country's (ACLED
        style: "Council (Iraq)"), not one node for every country's; not an Arab or international one (لجنة
        حقوق الإنسان العربية: words.tsv international)."""
        return etype in ("Organization", "Government") and country in self.lex.entities \
            and not any(t in self.w.get("international", ()) for t in toks)

    def national_body(self, toks: list[str], j: int) -> Entity | None:
        """A body the model reads that is named by common words after its head noun (البنك المركزي [اليمني]),
        as ``place_noun`` names one: its country's (Central Bank (Yemen)), or the lexicon's body of that
        country; None when it is no such body."""
        key = fold_string(" ".join(toks))
        words = key.split()
        if len(words) < 2:
            return None
        head = self.lex.body_heads.get(words[0].removeprefix("ال"))
        etype = head.type if head is not None else "Organization"     # قوات الطوارئ: Emergency Forces
        en = self._translated(key)
        country, _ = self.country_after(j)
        if not en or not self.national(etype, words[1:], country):
            return None
        ar = [fold_string(head.form)] + words[1:] if head is not None and not words[0].startswith("ال") else words
        known = _national_bodies(self.lex).get((" ".join(ar), country))
        if known:
            return self.lex.entities[known]
        return self.new_entity(etype, toks, en=f"{en} ({self.lex.entities[country].label_en})",
                               id_tokens=[*toks, country], country=country)

    def _places_joined(self, first: int) -> list[Item]:
        """The places named right after the place item ``first``, alone or after a dash (طريق مصر - الفيوم،
        مثلث ليبيا الجزائر مالي): the ends of a road or the corners of a border triangle."""
        out, cur = [], self.items[first]
        for x in self.items[first + 1:]:
            gap = [self.tok(g) for g in range(cur.j, x.i)]
            if not (x.kind == "ent" and x.entity is not None and x.entity.type in ("Place", "Country")
                    and x.mention_kind == "name" and not x.clitic and len(gap) <= 1
                    and all(g in ("-", "–", "—") for g in gap)):
                break
            out.append(x)
            cur = x
        return out

    def _between_places(self, it: Item, first: Item, ends: list[Item], pn, out: list[Item]) -> int:
        """طريق مصر - الفيوم: one road between the places it names ("Cairo–Faiyum Road"), not a road named after
        the first ("Egypt Road"); each place is mentioned too. The index of the item after the last."""
        places = [first] + ends
        noun_bare = fold_string(pn.form)
        ar = [noun_bare] + [p.entity.label_ar for p in places]
        en = _english_name(pn.label_en, "–".join(self._short_place(p.entity) for p in places))
        ent = self.new_entity("Facility", ar, en=en, id_tokens=[noun_bare] + [fold_string(p.entity.label_ar)
                                                                              for p in places])
        last = places[-1]
        fac = Item(kind="ent", i=it.i, j=last.j, fs=it.fs, fe=self.sa.ends[last.j - 1], clitic=it.clitic,
                   entity=ent, mention_kind="name")
        self.emit(fac, out, {noun_bare})
        at = len(out) - 1
        for p in places:
            p.role_of = at        # (a place inside the facility's name, as for مطار دير الزور)
            self.emit(p, out)
        return self.items.index(last) + 1

    def _name_ends(self, k: int) -> bool:
        """Token k is past a name: the sentence's end, a mark, or an Arabic word kg knows (صحيفة مكة أن، not
        صحيفة شيكاغو تربيون, whose name goes on)."""
        if k >= len(self.sa.tokens):
            return True
        t = self.tok(k)
        if looks_foreign(t) and foreignness(t) >= MIN_FOREIGNNESS:
            return False       # (صحيفة واشنطن تايمز: a foreign word goes on with the name)
        return not t[:1].isalpha() or t in self.w["_stop"] or common_word(t) or common_word(t[1:])

    def _short_place(self, place: Entity) -> str:
        """A place's English name as a facility's qualifier, without a final word for its kind: مستشفى
        غزة is Gaza Hospital, not "Gaza Strip Hospital"; جامعة نيويورك New York University."""
        words = place.label_en.split()
        if len(words) > 1 and words[-1].lower() in self.lex.place_words_en:
            words.pop()
        return " ".join(words)

    def _translated(self, key: str) -> str:
        """A body's name made of common words, in English (words.tsv noun_en, adjective_en; Arabic puts
        the head first, English last): قوات الطوارئ is Emergency Forces, الأكراد Kurds; "" if a word
        has no English."""
        words = key.split()
        head = self.lex.body_heads.get(words[0].removeprefix("ال")) if len(words) > 1 else None
        if head is not None:       # البنك المركزي: Central Bank; وزارة الداخلية: Ministry of Interior
            rest = [self._english_word(w) for w in words[1:]]
            return _english_name(head.label_en, _english_order(rest)) if all(rest) else ""
        english = [self._english_word(w) for w in words]
        return _english_order(english).removeprefix("of ") if all(english) else ""

    def _english_word(self, t: str) -> str:
        """The English of a common word of organisations' names (words.tsv noun_en, adjective_en), or "";
        with و, "and" and it (والدفاع: "and Defence")."""
        values = self.lex.word_values
        got = values.get(("noun_en", t)) or values.get(("adjective_en", t)) or ""
        if not got and t[:1] == "و" and len(t) > 4:
            got = values.get(("noun_en", t[1:])) or ""
            return f"and {got.removeprefix('of ')}" if got else ""
        return got

    def _adjective_after(self, noun: Item, k: int) -> bool:
        """An indefinite nisba adjective after an indefinite place noun: حي شعبي، سجن سري، معبر حدودي; after
        a feminine one, a feminine nisba or participle agreeing with it: منطقة سكنية، منطقة مزدحمة; after a
        masculine one, a participle: مستشفى متخصص."""
        t = self.tok(k)
        head = self.tok(noun.i)[len(noun.clitic):]
        feminine = head.endswith("ه") and (t.endswith("يه") or t.startswith("م") and len(t) >= 5 and t.endswith("ه"))
        # مستشفى متخصص، مبنى مهجور، معسكر مؤقت: a participle of the language (kg.arabic_words), no first name
        # and no place the lexicon or the gazetteer knows (مطار ماركا), nor after a dual (محافظتي مطروح)
        participle = not head.endswith(("ه", "تي")) and t.startswith("م") and len(t) >= 5 and common_word(t) \
            and t not in self.w.get("given_name", ()) and not self.lex.lookup(t) \
            and not (self.lex.gazetteer is not None and self.lex.gazetteer.spelled(t))
        # (a masculine nisba does not agree with a feminine noun: مدينة مندلي، بلدة العلمي are names)
        nisba = t.endswith("ي") and not head.endswith("ه")
        # مبنى حكوميا، لواء عسكريا: a nisba adjective of the language in the accusative (not a foreign name
        # ending so: فندق كورنثيا، مستشفى رفيديا)
        accusative = not head.endswith("ه") and t.endswith("يا") and len(t) >= 5 and common_word(t[:-1]) \
            and not self.lex.lookup(t)
        return not head.startswith("ال") and not noun.clitic.endswith("ل") and not t.startswith("ال") \
            and (nisba or feminine or participle or accusative) and len(t) > 3 and t[0] not in "وف"

    def _not_a_name_after(self, noun: Item, k: int) -> bool:
        """The word k after a place noun (that the model does not read as a name) is plainly not its
        name: an adjective agreeing with it (المدينة السكنية; اتحاد طوعي) or a word with a preposition
        on its article (البنك بالحصول)."""
        t = self.tok(k)
        pre, _ = strip_clitics(t)
        if pre and pre[-1] in "بلك" and (t.startswith("ال", len(pre)) or t.startswith("لل", len(pre) - 1)):
            return True
        if pre == "و" and len(t) > 4:
            return True      # مدينة ومستوطنة: a conjunct, not the name
        head = self.tok(noun.i)[len(noun.clitic):]
        definite = head.startswith("ال") or (noun.clitic.endswith("ل") and head.startswith("ل"))
        if definite:
            return True      # المطار نشاطه، المدينة السكنية: a definite noun takes no name after it
        if noun.ref.type not in ("Place", "Facility") and t.startswith("م") and len(t) >= 5 \
                and t.endswith(("ه", "ي")):
            return True      # جماعة متمردة، جماعة مسلحة: a participle, not a group's name
        if noun.ref.type == "Facility" and t.startswith("م") and len(t) >= 5 and t.endswith("ه"):
            return True      # سوق مزدحمة "a crowded market": a feminine participle agreeing with the noun
        if noun.ref.type == "Place" and _DERIVED_MASDAR_RE.match(t):
            return True      # منطقة الاحتفال، منطقة الانتشار: a verbal noun ("the celebration area"), no place's name
        # (a masculine nisba does not agree with a feminine noun: بلدة مندلي القريبة is a name)
        return not t.startswith("ال") and len(t) > 3 and (
            t.endswith("يه") or t.endswith("ي") and not head.endswith("ه"))

    def _adjectives(self, k: int) -> list[str]:
        out = []
        vals = self.lex.word_values
        while k < len(self.tokens) and len(out) < 2:
            t = self.tok(k)
            v = vals.get(("adjective_en", t)) or vals.get(("direction", t))
            if not v or k in self.at:
                break
            out.append(v)
            k += 1
        return out
