"""The entity of a name found in the text: its id, type, labels and town, for kg.recognize's sentence builder.

``NewEntities`` is a mixin of ``kg.recognize._Builder`` (one sentence of one article): its methods use the
builder's sentence (``self.sa``), article state (``self.state``) and lexicon (``self.lex``).
"""
from __future__ import annotations

import re

from .arabic_words import common_word
from .english_names import foreignness
from .lexicon import ENT, TITLE
from .model import LOCATION_TYPES, Entity
from .name_shapes import (ABD_SOLID_RE, DIN_SOLID_RE, FIRST_OF_TWO, SON_OF, common_words, kunya,
                          lexicon_person_by_key, lexicon_person_by_prefix, lexicon_persons_by_family, lexicon_set,
                          name_slug, name_tail, person_id_key, shortened, spelled_acronym)
from .recognize_places import _DESCRIPTORS
from .text import fold_string
from .translit import _dictionary_spelling, english_word, no_doubles, person_label, romanize, shaped_words
from .variants import ARAB_COUNTRIES, albu_apart, id_form

_BRAND_FOREIGNNESS = 20.0   # log odds of a facility's one-word name being foreign: a brand spelt in English anywhere

_AL_RE = re.compile(r"^(?:[Aa]l|[Ee]l)[- ]?")     # Al-Aidarous, Alhamza: the article, which romanize writes itself


_FAMILY_OF_TWO = FIRST_OF_TWO | SON_OF | {"ولد"}     # a family name in two words: أبو ردينة، بن فريد، عبد المهدي


_THE = frozenset({"ذي", "ذا"})


class NewEntities:
    def new_entity(self, etype: str, ar_tokens: list[str], en: str | None = None, country: str = "",
                   located_in: str = "", id_tokens: list[str] | None = None) -> Entity:
        """An entity found in the text; its id depends only on its type and folded name."""
        ar = " ".join(ar_tokens)
        key = fold_string(ar)
        if etype == "Person":
            key = " ".join(kunya(key.split(), self.w.get("given_name", ())))
        if (known := spelled_acronym(self.lex, key)) is not None:
            return known          # (حزب) بي كيه كيه: the lexicon's PKK
        # The name may be a lexicon entry after all (with a place noun kept: مطار دير الزور).
        # a final hamza after alef is written or dropped (المخاء، المخا; صنعاء، صنعا)
        hamza = (key[:-1] if key.endswith("اء") else key + "ء" if key.endswith("ا") else None) \
            if etype in LOCATION_TYPES else None
        for k in (key, fold_string(" ".join(id_tokens)) if id_tokens else None, hamza):
            for hit in self.lex.lookup(k) if k else ():
                if hit.kind == ENT and (etype != "Place" or self.lex.entities[hit.ref].type in LOCATION_TYPES):
                    return self.lex.entities[hit.ref]
        if etype == "Place":      # الضالع when the lexicon says محافظة الضالع: the noun is not the name
            for noun in self.lex.place_name_nouns:
                for hit in self.lex.lookup(f"{noun} {key}"):
                    if hit.kind == ENT and self.lex.entities[hit.ref].type in LOCATION_TYPES:
                        return self.lex.entities[hit.ref]
        if etype == "Person" and key.count(" ") >= 2:
            # عيدروس قاسم الزبيدي: the lexicon's person (عيدروس الزبيدي) named with a middle name more — the
            # same first and family name, the lexicon's words in order — when one person of the lexicon fits
            words = key.split()
            where = {c for c in (self.state.sentence_country, self.state.focus_country) if c}
            fits = [e for e in lexicon_persons_by_family(self.lex, words[-1])
                    if (not where or not self.lex.entities[e].country or self.lex.entities[e].country in where)
                    and any(shortened(fold_string(f).split(), words)
                           for f in (self.lex.entities[e].label_ar, *self.lex.entities[e].aliases_ar))]
            if len(fits) == 1:
                return self.lex.entities[fits[0]]
        if etype == "Person" and " " in key:       # حمود المخلافي after حمود سعيد المخلافي: the same person
            last = key.rsplit(" ", 1)[1]
            known = self.state.surnames.get(last) or self.state.given_surnames.get(last)
            if known is not None and any(shortened(key.split(), fold_string(f).split())
                                         or name_tail(key.split(), ABD_SOLID_RE.sub("عبد ", fold_string(f)).split())
                                         for f in (known.label_ar, *known.aliases_ar)):
                return known
        if etype == "Person" and key in self.state.group_names:
            return self.state.group_names[key]     # فدائي محاذ after جماعة فدائي محاذ: the group, not a man
        if etype == "Organization" and key in self.state.facility_names:
            # سوروكا after مستشفى سوروكا: the hospital, not a company (a place or a person a facility is
            # named after stays one: الحوطة after مثلث الحوطة)
            return self.state.facility_names[key]
        if etype == "Person" and key.count(" ") == 1 and key.split(" ", 1)[0] in FIRST_OF_TWO:
            known = self.state.named_by_first(key)      # عبد ربه after عبد ربه منصور هادي: a first name in two words
            if known is not None:
                return known
        if etype == "Person" and key.count(" ") == 1 and key.split(" ", 1)[0] in _FAMILY_OF_TWO:
            # أبو ردينة after نبيل أبو ردينة, بن فريد after عيدروس بن فريد: a family name in two words
            known = self.state.family_pairs.get(key)
            if known is not None:
                return known
        if etype == "Person" and " " not in key:   # a family name alone: the person named in full before
            known = self.state.surname(key) or self.state.given_surnames.get(key) or (
                # or a first name the word lists do not hold (نجاح): not صالح, a family name as often
                self.state.named_by_first(key) if key not in self.w.get("given_name", ()) else None)
            if known is not None:
                return known
            # ظريف alone in an article about Iran: the lexicon's one person of the country the text is
            # about with that family name (not a famous person of another country: أبو هنية is no Haniyeh)
            countries = {c for c in (self.state.sentence_country, self.state.focus_country) if c}
            famous = [p for p in lexicon_persons_by_family(self.lex, key) if self.lex.entities[p].country in countries]
            if len(famous) == 1:
                return self.lex.entities[famous[0]]
        if etype in ("Place", "Person") and key[:1] == "و" and key[1:] in self.state.place_names:
            return self.state.place_names[key[1:]]   # كريتر ودار سعد after دار سعد: و glued to the place
        known = self.lex.variant_of(key, etype)    # فلاديمير بوتن: بوتين spelt without its ي
        if known is not None:
            return known
        if etype == "Place" or etype == "Person" and not id_tokens:
            town, name = self.town(key), key
            if etype == "Person":
                town, name = self._town_read_as_person(key)
            if town is not None and town.entity in self.lex.entities:
                return self.lex.entities[town.entity]
            if town is not None and not town.entity:
                return Entity(id=town.entity_id, type="Place", label_en=town.label_en, label_ar=name,
                              country=town.country or country, located_in=located_in, origin="text")
        id_key = fold_string(" ".join(id_tokens)) if id_tokens else key
        group = False           # a group named with its descriptor noun (جماعة، حركة)
        if etype == "Person" and not id_tokens:
            id_key = person_id_key(DIN_SOLID_RE.sub(r"\1 ", key), self.w.get("name_particle", ()),
                                   self.w.get("house", ()))      # عزالدين and عز الدين: one name
            known = lexicon_person_by_key(self.lex, id_key) if " " in id_key else None
            if known is not None and (id_key == key or shortened(key.split(), fold_string(
                    self.lex.entities[known].label_ar).split())):
                # علي صالح: علي عبدالله صالح of the lexicon, without his father's name; not أحمد علي عبد
                # الله صالح, his son, whose first and last name are أحمد قايد صالح's
                return self.lex.entities[known]
            known = lexicon_person_by_prefix(self.lex, ABD_SOLID_RE.sub("عبد ", key).split())
            if known is not None:       # عبد ربه منصور, فرانك فالتر: the lexicon's person, named in part
                return self.lex.entities[known]
        elif etype == "Place" and not id_tokens and key.split(" ", 1)[0] in self.lex.landform_nouns and " " in key:
            id_key = key.split(" ", 1)[1]     # وادي عقان and عقان, جبل صبر and صبر: one node
        elif etype in ("ArmedGroup", "Organization") and not id_tokens and " " in key \
                and key.split(" ", 1)[0].removeprefix("ال") in _DESCRIPTORS:
            id_key = key.split(" ", 1)[1]     # جماعة فدائي محاذ and فدائي محاذ, شركة أرامكو and أرامكو: one node
            group = True
        elif etype == "Facility" and " " in id_key:       # جامع الطوارئ and مسجد الطوارئ: one mosque
            head, rest = id_key.split(" ", 1)
            bare = head.removeprefix("ال")
            canon = self.lex.facility_heads.get(bare, bare)
            if canon != bare:
                id_key = f"{head[:len(head) - len(bare)]}{canon} {rest}"
            first, _, after = rest.partition(" ")
            if after and any(h.kind == TITLE and h.ref.kind == "honorific" for h in self.lex.lookup(first)):
                # مسجد الإمام الصادق and مسجد الصادق, مدرسة الشيخ زايد and مدرسة زايد: the honorific of the
                # person a facility is named for is written or left out; one node
                id_key = f"{id_key.split(' ', 1)[0]} {after}"
        if etype == "Place":
            id_key = albu_apart(id_key)      # البوفراج and البو فراج: one node
        if " " not in id_key and id_key.startswith("ال") and len(id_key) > 4:
            id_key = id_key[2:]               # الشيعة and شيعة, الحوطة and حوطة: one name, one node
        # spellings one name is written in: عبد الغفار and عبدالغفار; a final hamza after alef written or
        # dropped (ميناء المخاء، ميناء المخا; معسكر الحفاء، معسكر الحفا)
        id_key = ABD_SOLID_RE.sub("عبد ", id_key)
        if etype in LOCATION_TYPES:
            words = id_key.split()
            first = 1 if etype == "Facility" and len(words) > 1 else 0      # not the facility's noun (ميناء)
            words = [w[:-1] if k >= first and w.endswith("اء") and len(w) > 3 else w for k, w in enumerate(words)]
            if 2 <= len(words) - first <= 3 and not any(w.startswith("ال") for w in words[first:]):
                # جولد مور and جولدمور, مستشفى تل هاشومير and مستشفى تلهشومير: a foreign or local name written
                # apart or joined is one node
                words = words[:first] + ["".join(words[first:])]
            id_key = " ".join(words)
        slug = name_slug(id_form(id_key, etype, self.w.get("given_name", ())))
        eid = f"{etype.lower()}/{slug}"
        # a person is spelled from arabic-name-romanizer's dictionary of names (John, Matteo, Hisham)
        label = en or (person_label(key, self._spelling_country()) if etype == "Person" else (
            etype not in LOCATION_TYPES and self._translated(key)) or (romanize(
            key, self._shaped_words(key), self._spelled(key)) if etype in LOCATION_TYPES else romanize(
            key, spelled=self._english_words(key))))
        ent = Entity(id=eid, type=etype, label_en=no_doubles(label), label_ar=key, country=country,
                     located_in=located_in, origin="text")
        if group:
            self.state.group_names.setdefault(id_key, ent)
        if etype == "Place":
            self.state.place_names.setdefault(key, ent)
        if etype == "Facility" and " " in key:
            rest = key.split(" ", 1)[1]
            if len(rest) >= 4 and not common_words(self.lex).intersection(rest.split()) and self.town(rest) is None:
                self.state.facility_names.setdefault(rest, ent)     # (not جنين of مستشفى جنين: a town)
        return ent

    def _shaped_words(self, name: str) -> frozenset:
        """kg.translit.shaped_words of a place's name: no common word, first name or word of any list of
        words.tsv (كتيبة، الجزيرة)."""
        return shaped_words(name, self._known_words())

    def _known_words(self) -> frozenset:
        """The words kg knows as Arabic words: common words and the words of every list of words.tsv."""
        return lexicon_set(self.lex, "not_shaped", lambda lx: common_words(lx).union(*lx.words.values()))

    def _spelled(self, name: str, facility: bool = False) -> tuple:
        """kg.translit.romanize's spellings for the words of a place's name that words.tsv proper_noun
        spells (الثورة: Thawra); in the name of a facility (after its noun), also its first word, a family
        name with the article, as the name dictionary spells it (جسر الحسيني: Husseini, مسجد العيدروس: Aidarous): a
        facility named for a family or a person."""
        values = self.lex.word_values
        out = []
        for k, w in enumerate(name.split()):
            bare = w.removeprefix("ال")
            v = values.get(("proper_noun", "ال" + bare))      # (listed with the article: الثورة)
            if v:
                out.append((bare, v))
            elif facility and not k and bare != w and len(bare) >= 3 and (v := self._family_spelling(w)):
                out.append((bare, v))      # (the first word: فندق الجلاء الرياضي, "sports", is an adjective)

        if facility and len(name.split()) == 1 and (english := dict(self._english_words(name))) \
                and all(foreignness(w) >= _BRAND_FOREIGNNESS for w in english):
            # فندق كورنثيا، فندق راديسون: a facility's one-word name of an English word whose letters are plainly
            # not Arabic is a brand, spelt as English writes it, in any country
            out.extend(english.items())
            return tuple(out)
        # foreign towns and facilities abroad as English writes them (جاكسون: Jackson): in an article or a
        # sentence about a country outside the Arab world (بلدة سورج التركية in news of Syria), not one
        # about an Arab country (or about no country), whose places have Arabic names
        gaz = self.lex.gazetteer
        if gaz is not None and any(c in gaz.codes and c not in ARAB_COUNTRIES
                                   for c in (self.state.focus_country, self.state.sentence_country)):
            english = dict(self._english_words(name))
            # a word English writes as a name (words.tsv name_en: جاكسون, Jackson) when every word of the
            # place's name has an English spelling (not كوكوا غاري, a Nigerian village: no "Gary")
            named = {w: values[("name_en", w)] for w in name.split() if ("name_en", w) in values}
            if named and all(w in english or w in named for w in name.split()):
                english = {**english, **named}
            out.extend(english.items())
        return tuple(out)

    def _family_spelling(self, word: str) -> str | None:
        """How English writes a family name with the article (الحسيني: Husseini), without the article, where
        the name dictionary knows it and it is no word kg knows as Arabic nor a common word other than a
        nisba (الحسيني، العلفي; not النصر "victory")."""
        folded = fold_string(word)
        if folded in self._known_words() or (common_word(folded) and not folded.endswith("ي")) \
                or _dictionary_spelling(word) is None:
            return None
        got = _AL_RE.sub("", person_label(word, self._spelling_country()))
        return got[:1].upper() + got[1:] if got.isascii() and got.replace("'", "").replace("-", "").isalpha() else None

    def _english_words(self, name: str) -> tuple:
        """(word, spelling) for the words of a name that render an English word (ستاندرد: Standard): not
        a word kg knows as Arabic (a common word, a word of words.tsv, a lexicon form with or without the
        article: أكراد، سلوك), nor one of them after a proclitic (بإيران)."""
        known = self._known_words()
        out = []
        for w in name.split():
            if w in known or self.lex.lookup(w) or self.lex.lookup("ال" + w) or (
                    w[0] in "وفبلك" and (w[1:] in known or self.lex.lookup(w[1:]) or w[1:3] == "ال")):
                continue
            e = english_word(w)
            if e:
                out.append((w, e))
        words = name.split()
        if len(words) > 1 and words[0] in _THE and any(w == words[1] for w, _ in out):
            out.append((words[0], "The"))      # ذي ستاندرد: The Standard (Arabic writes English "the" ذي)
        return tuple(out)

    def _spelling_country(self) -> str | None:
        """The ISO code of the country the article is about (GeoNames', via the gazetteer): persons' names
        are spelled as that country's names are in English (kg.translit.person_label)."""
        gaz = self.lex.gazetteer
        return gaz.codes.get(self.state.focus_country) if gaz is not None and self.state.focus_country else None

    def _town_read_as_person(self, key: str) -> tuple:
        """(the town, its folded name) a name read as a person's is, or (None, key): a person's name is
        a place only where it is a town of the country the sentence or article is about (خور مكسر), also
        with و، ف، ل or ب glued to its first, short word (وخور مكسر); one word alone only where the gazetteer
        spells it so (no variant) as a district, which GeoNames counts no people in, or a town of 10,000
        people or more (كريتر, Crater; not كلير or ماركس, villages of the United States named like Claire
        and Marx)."""
        countries = (self.state.sentence_country, self.state.focus_country)
        if " " not in key:
            gaz = self.lex.gazetteer
            town = next((t for t in (gaz.towns.get(key, ()) if gaz is not None else ())
                         if t.country and t.country in countries and (t.population == 0 or t.population >= 10_000)),
                        None)
            return (town, key) if town is not None and key not in self.w.get("given_name", ()) else (None, key)
        town, name = self.town(key), key
        if town is None and key[0] in "وفلب" and len(key.split(" ", 1)[0]) <= 4:
            town, name = self.town(key[1:]), key[1:]
        if town is None or not town.country or town.country not in countries:
            return None, key
        return town, name

    def town(self, key: str):
        """The gazetteer's town of a place name the lexicon lacks (زوارة: Zuwarah, Libya), written with
        or without a place noun (بلدة زوارة), in the country the sentence or the article is about if
        it has one of that name (kg.gazetteer)."""
        gaz = self.lex.gazetteer
        common = common_words(self.lex)
        if gaz is None or key in common or key.removeprefix("ال") in common or key in self.w.get("given_name", ()):
            return None       # أمان (safety) is a town's name somewhere too: not a word the model misread
        countries = (self.state.sentence_country, self.state.focus_country)
        town = gaz.find(key, countries)
        if town is None and " " in key:
            noun, rest = key.split(" ", 1)
            if noun in self.lex.place_name_nouns:
                town = gaz.find(rest, countries)
        if town is None and " " in key:
            # خور المكسر and خور مكسر: a last word with or without its article is one town's name
            head, last = key.rsplit(" ", 1)
            town = gaz.find(f"{head} {last[2:]}" if last.startswith("ال") and len(last) > 4 else f"{head} ال{last}",
                            countries)
        return town
