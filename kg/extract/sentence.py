"""One sentence's extractor: the readings of its triggers, in text order, and its static facts."""
from __future__ import annotations

from dataclasses import replace

from ..groups import is_unnamed, unnamed_group
from ..lexicon import Generic, Lexicon
from ..model import ACTOR_TYPES, LOCATION_TYPES, Entity
from ..recognize import Item, SentenceAnalysis
from .arguments import Arguments
from .carried import CarriedRoles
from .combine import Combinations
from .constructions import Constructions
from .focus import _Focus
from .modality import Modality
from .protests import Protests
from .reading import Reading
from .subjects import Subjects
from .syntax import Syntax, _required_forms
from .words import (
    _AMONG,
    _ATTRIBUTIVE_OWNERSHIP,
    _COMMA,
    _DEMONSTRATIVES,
    _INNA,
    _ONGOING,
    _WAY_OF_KILLING,
    CONFIDENCE,
    _accused,
    _is_light,
    _people,
    _victim,
    _word_sets,
)

# words of quantity between a verb and its counted object (أطلقت عددا من القذائف، أطلقوا عشرات الصواريخ)
_SOME = frozenset({"عددا", "عدد", "عده", "من", "عشرات", "مئات", "الاف", "بعدد"})
# words a demonstrative subject follows (إن هذا العمل الإرهابي), folded
_OPENERS = _INNA | {"وان", "انه", "انها"}


class _SentenceExtractor(Combinations, CarriedRoles, Protests, Constructions, Arguments, Subjects, Modality, Syntax):
    def _imams(self, tokens: list[str]) -> list[str]:
        """The tokens, with إمام ("imam", written with إ) apart from أمام ("before", a preposition): folding
        writes both امام (اغتال مسلحون إمام مسجد: the imam is the object, no preposition)."""
        if self.written is None or "امام" not in tokens:
            return tokens
        text, folded = self.written
        out = list(tokens)
        for k, t in enumerate(tokens):
            if t == "امام":
                a, b = folded.span(self.sa.starts[k], self.sa.ends[k])
                if text[a:b].lstrip("\u0640")[:1] == "إ":
                    out[k] = "إمام"
        return out

    def __init__(self, sa: SentenceAnalysis, lex: Lexicon, focus: _Focus, written=None):
        self.sa, self.lex, self.focus = sa, lex, focus
        self.written = written     # (the article's text as read, its Folded): words as written, ة kept
        self.w = lex.words
        self.tokens = self._imams(sa.tokens)
        self.items = sa.items
        self.n = len(self.tokens)
        self.ents = [it for it in self.items if it.kind == "ent" and it.role_of < 0]
        # tokens inside a name of more than one word: a clause does not end there (بان كي مون is no بأن)
        self.in_name = frozenset(k for it in self.ents if it.j - it.i > 1 for k in range(it.i, it.j))
        self.preps, self.transparent, self.barrier_words, self.place_nouns = _word_sets(lex)
        # a trigger that needs a word it lacks (حملة read as حمّله with no مسؤولية) is no predicate
        for it in self.items:
            if it.kind != "trigger" or not any(h.kind == "W" and h.ref in ("light_verb", "report") for h in it.alts) \
                    or self._fits(it):
                continue
            if any(h.kind == "W" and h.ref == "light_verb" for h in it.alts):
                it.kind, it.word = "word", "light_verb"   # أطلق عملية: a light verb, not أطلق النار/سراح
            elif all(h.ref.type == "ACCUSE" for h in it.alts if h.kind == "T"):
                it.kind, it.word = "word", "report"       # وصف المفاوضات بأنها صعبة: telling, no accusation
        # a name for a deed (هذا عمل إرهابي) that no one calls it here is no word of the sentence's at all
        self.items = [it for it in self.items if not (
            it.kind == "trigger" and all(tr.relation == "labelled" for tr in self.rows(it)) and not self._called(it))]
        in_ent = {k for e in self.ents for k in range(e.i, e.j)}
        # a participle describing the subject (قوات موالية للحوثيين) belongs to the noun phrase
        attributive = [x for x in self.items if x.kind == "trigger" and x.trigger.pos in ("attributive", "passive")]
        in_np = in_ent | {k for x in attributive for k in range(x.i, x.j)}
        force = self.w.get("force", frozenset())
        for it in self.items:
            if it.kind != "trigger" or it.trigger.pos != "verb":
                continue
            verbs = self.rows(it)
            nxt = next((x for x in self.items if x.i >= it.j and x.kind != "ent" and x not in attributive), None)
            if nxt is None or nxt.kind != "trigger":
                continue
            forms = _required_forms(self.tok(nxt.i))
            nouns = {h.ref.cls for h in (nxt.alts or ()) if h.kind == "T" and h.ref.pos == "noun"}
            if any(v.pos == "verb" and v.cls in nouns and (
                    v.cls == "CONTROL" and all(k in in_ent for k in range(it.j, nxt.i))
                    or v.cls == "ATTACK" and not v.patient_subject and any(f in v.requires for f in forms) and all(
                        k in in_np or self.tok(k) in _SOME or self.tok(k).isdigit()
                        or self.tok(k).removeprefix("ال") in force for k in range(it.j, nxt.i)))
                   for v in verbs):
                # استعادت القوات العراقية السيطرة على تكريت: the verb's object is the noun of control;
                # أطلقت الميليشيات عددا من قذائف الهاون: the verb's required object is the attack noun;
                # one event, the noun's, with the verb's subject as its doer (not أصيب جنديان بانفجار: the
                # subject of a verb of suffering is the victim)
                it.kind, it.word = "word", "light_verb"
        self.preds = [it for it in self.items if it.kind == "word" or (it.kind == "trigger" and self._fits(it)
                                                                       and not self._quantity_noun(it)
                                                                       and not self._manner_noun(it)
                                                                       and not self._described_thing(it))]
        self._gov: dict[int, str] = {}
        self._force: dict[int, str] = {}
        # entities that are the agent or object of a participle (المدعومة من التحالف): not the verb's
        self.participial = set()
        # trigger token -> the doer its reading carried over from the article (a dropped subject); the tokens
        # of verbs read as passive (قُتل 28 شخصاً)
        self.carried_at: dict[int, Entity] = {}
        self.doer_at: dict[int, bool] = {}     # whether the reading of the trigger at a token found its doer
        self.passive_at: set[int] = set()
        for p in self.items:
            if p.kind == "trigger" and p.trigger.pos in ("passive", "attributive"):
                if p.trigger.pos == "attributive" and self.tok(p.i).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP \
                        and not any(self._attached(it, p) for it in self.ents if it.j <= p.i):
                    continue     # على أحياء تابعة للنظام: the owner is the preposition's target
                nxt = next((it for it in self.ents if it.i >= p.j), None)
                if nxt is not None and nxt.i - p.j <= 3:
                    self.participial.add(id(nxt))

    def run(self) -> tuple[list["Reading"], list[tuple]]:
        """The readings of the sentence's triggers, in text order, and its static facts."""
        readings = []
        for p in self.preds:          # in text order, so the focus is what the article said so far
            if p.kind == "trigger":
                found = self.one(p)
                self.doer_at[p.i] = any(r.actors or r.actor_ent is not None for r in found)
                readings += found
            elif _is_light(p):
                # يقوم به وزير الخارجية الأميركي، جون كيري، بتحركات: the name after the title's comma
                s, _ = self.subject(p, self.clause_end(p.j, commas=False))
                if s is not None:
                    self.focus.push(s.entity, self.gender(s))
        self._members_named(readings)
        self._doer_named(readings)
        readings = self._one_attack(readings)
        readings = self._sorties_with_strikes(readings)
        readings = self._fought_in(readings)
        readings = self._talks_by_phone(readings)
        self._deed_in_attack(readings)
        self._received(readings)
        self._others_of_the_same(readings)
        self._threatened_deed(readings)
        self._attributed(readings)
        self._part_of_deeds(readings)
        self._carrier_of_aid(readings)
        self._carried_out_in(readings)
        self._siege_broken(readings)
        self._deed_of_a_stance(readings)
        self._backed_deed(readings)
        readings = self._outcome_of_attack(readings)
        self._cause_told_after(readings)
        self._killed_in_clash(readings)
        self._deed_responded_to(readings)
        self._protest_demands(readings)
        self._protest_against(readings)
        self._protest_before(readings)
        self._protest_dispersed(readings)
        self._clash_that_followed(readings)
        self._in_the_ranks(readings)
        self._losses_before(readings)
        self._accused_by_label(readings)
        _losses_as_a_side(readings)
        _units_act_for_their_command(readings)
        if any(r.tr.type == "ACCUSE" and r.tr.relation != "labelled" for r in readings):
            # أدانت الوزارة الهجوم، مؤكدة أن هذا العمل الإجرامي …: the condemnation is told already; what it
            # calls the deed is no second accusation
            readings = [r for r in readings if r.tr.relation != "labelled"]
        return readings, self.patterns()

    def _called(self, it) -> bool:
        """A name for a deed is what it is called: right after a pronoun or a verb of counting as (هو عمل
        إرهابي، يعد جريمة حرب), or after a demonstrative that opens the clause or follows إن/أن (إن هذا العمل
        الإجرامي …، هذه جريمة حرب); not a demonstrative phrase in a genitive or an object (مرتكبي هذا العمل،
        أدان هذه الجريمة)."""
        if not any(self._satisfied(tr, it) for tr in self.rows(it)):
            return False
        before = self.tok(it.i - 1).removeprefix("و")
        if before not in _DEMONSTRATIVES:
            return True
        k = it.i - 2
        return k < 0 or self.tok(k) in _OPENERS or self.tok(k) in _COMMA or not self.tok(k)[:1].isalpha() \
            or self.tok(it.i - 1).startswith("و")

    def _manner_noun(self, it) -> bool:
        """أعدم ثلاثة سجناء شنقا، قتل خمسة ذبحا: an accusative verbal noun of a way of killing after a verb of
        killing in its clause tells how it was done (شنقا is also read "the two hanged"): no second deed."""
        if it.clitic or self.tok(it.i) not in _WAY_OF_KILLING:
            return False
        start = self.clause_start(it.i)
        return any(p.kind == "trigger" and p is not it and p.trigger.cls == "KILL" and start <= p.i < it.i
                   for p in self.items)

    def _described_thing(self, it) -> bool:
        """A noun trigger that the word right before it makes something else (triggers.tsv unless "^word":
        طائرة مسيرة, a drone, no march): no predicate of the sentence."""
        return all(tr.pos == "noun" and self.unmade_by_word_before(it, tr) for tr in self.rows(it))

    def _quantity_noun(self, it) -> bool:
        """حشدا من المتظاهرين (a crowd of), عددا من: a verb form that is also a noun of quantity, before من,
        is the noun; no predicate stands there."""
        return it.trigger.pos == "verb" and self.tok(it.j) == "من" and it.j - it.i == 1 and \
            self.tok(it.i).removeprefix("ال") in self.w.get("part", ())

    def _members_named(self, readings: list) -> None:
        """19 مسلحا من داعش، عناصر من حزب الله: unnamed members of a named group are that group."""
        def named(it):
            if it.entity.type != "Group" or self.tok(it.j) not in ("من", "في"):
                return it
            nxt = next((x for x in self.ents if x.i == it.j + 1), None)
            if nxt is not None and nxt.entity.type in ("ArmedGroup", "Organization", "Government") \
                    and not nxt.clitic:
                return nxt
            return it
        for r in readings:
            r.actors = [named(a) for a in r.actors]
            r.targets = [named(x) for x in r.targets]

    def _doer_named(self, readings: list) -> None:
        """منفذ الهجوم هو فلان، منفذ العملية الانتحارية أبو عمر، مرتكبي التفجير ينتمون إلى داعش: a noun of the one
        who did a deed (words.tsv doer) right before the deed's noun; the name the clause gives that one, after a
        word that names it (named_as: هو، يدعى) or right after the deed's noun and its adjectives, did it."""
        doers, named_as = self.w.get("doer", ()), self.w.get("named_as", ())
        for r in readings:
            if r.tr.pos != "noun" or r.t.i == 0 or self._split(self.tok(r.t.i - 1))[1] not in doers:
                continue
            end = self.clause_end(r.t.j, commas=False)
            for it in self.ents:
                if not (r.t.j <= it.i < min(end, r.t.j + 10)) or it.entity.type not in ACTOR_TYPES \
                        or it.mention_kind == "generic":
                    continue
                between = [self.tok(k) for k in range(r.t.j, it.i)]
                after_name = bool(between) and between[-1] in named_as
                # (الانتحارية، الإرهابي: adjectives of the deed's noun; ينتمون إلى: the group its doers are of)
                apposed = all(t.startswith("ال") and t.endswith(("ي", "يه")) for t in between)
                belongs = any(p.kind == "trigger" and p.trigger.cls == "AFFILIATION" and r.t.j <= p.i < it.i
                              for p in self.items)
                if after_name or apposed or belongs:
                    r.actors = [it]
                    r.targets = [x for x in r.targets if x is not it]
                    break

    def _officials_of_places(self, targets: list[Item]) -> list[Item]:
        """A town or country named after an unnamed official's title (اغتال مسلحون مدير أمن عدن، أطلقوا النار على
        سيارة محافظ المدينة): the official is what was hit, an unnamed official of the place's country
        (generic.tsv officials), not the place."""
        titles = self.w.get("_titles", ())
        out = []
        for x in targets:
            k = x.i - 1
            if self.tok(k).removeprefix("ال") in self.place_nouns:
                k -= 1               # مدير أمن مدينة المكلا: past the noun of place
            if self.tok(k).removeprefix("ال") in ("امن", "شرطه", "بلديه"):
                k -= 1               # مدير أمن، مدير شرطة، رئيس بلدية: the body he heads
            country = x.entity.id if x.entity.type == "Country" else x.entity.country
            if x.entity.type in ("Place", "Country") and x.mention_kind == "name" and not x.clitic \
                    and self._split(self.tok(k))[1] in titles \
                    and (official := unnamed_group(self.lex, "officials", country, self.tok(k))) is not None:
                x = replace(x, entity=official, mention_kind="generic")
            out.append(x)
        return out

    def _with_owners(self, targets: list[Item]) -> list[Item]:
        """An unnamed facility hit and whose it is, named right after it with لـ or تابعة لـ, or as its
        genitive (حاجزا للجيش المصري، معسكرا تابعا للحوثيين، معسكر اللواء 55، منزل القيادي …): both are
        the targets."""
        out = list(targets)
        for x in targets:
            if x.entity.type != "Facility" or x.mention_kind != "generic":
                continue
            k = x.j
            definite = self.tok(x.i).startswith("ال")
            while k < x.j + 2 and self._agreeing_adjective(k, definite):
                k += 1       # دورية عسكرية تابعة للحوثيين: past the facility's adjectives
            if self.tok(k).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP:
                k += 1
            c, rest = self._split(self.tok(k))
            head = k + 1 if "ل" in c and self.is_transparent(rest) else k     # لتنظيم داعش: a head noun first
            owner = next((it for it in self.ents if it.i in (k, head) or it.lead == k), None)
            if owner is not None and owner not in out and (self.gov(owner) == "ل" or c.lstrip("وف") == "ل") \
                    and self.is_actor(owner):
                out.append(owner)
                continue
            if k != x.j or self.tok(x.j - 1).startswith("ال"):
                continue
            # the genitive of an indefinite facility noun, after up to two words of its title
            # (منزل القيادي الحوثي فلان): a named group, person or facility
            gap = k
            while gap < k + 2 and self.tok(gap).startswith("ال") and not self.ent_token(gap):
                gap += 1
            owner = next((it for it in self.ents if it.i in (k, gap) and not it.clitic
                          and self.gov(it) in ("", self.gov(x))), None)
            if owner is not None and owner not in out and (
                    self.is_actor(owner) or owner.entity.type == "Facility" and owner.mention_kind == "name"):
                out.append(owner)
        return out

    def _among_them(self, targets: list[Item]) -> list[Item]:
        """Persons named after بينهم / من بينهم right after the last target's phrase (قتل خمسة من مسلحي الحركة،
        بينهم القيادي محمد ظاهر): one of those it befell, named."""
        last = max(x.j for x in targets)
        k = next((k for k in range(last, min(last + 3, self.n)) if self.tok(k) in _AMONG), -1)
        if k < 0:
            return []
        return [x for x in self.ents if k < x.i <= k + 4 and x.entity.type == "Person" and x.mention_kind == "name"
                and x not in targets and not self.pred_between(k, x.i)][:1]

    def finish(self, t: Item, anchor: Item, tr, actors: list[Item], targets: list[Item], how: str,
               actor_ent: Entity | None = None, target_ent: Entity | None = None) -> "Reading":
        """The reading of one trigger occurrence, with its modality, source and confidence."""
        reflexive = self.w.get("reflexive", ())
        done_with = actors and (tr.pos == "verb" and actors[-1].i > t.i and (any(
            self.tok(actors[-1].j) == w or self.tok(actors[-1].j).removeprefix("ال") == w.removeprefix("ال")
            for w in tr.requires if w[:1] not in "<+…") or self.tok(actors[-1].j) in reflexive)
            or actors[-1].j <= t.i and self.tok(t.j) in reflexive)
        # (أطلقت امرأتان النار على القنصلية، فجرت امرأة نفسها، قام شاب بتفجير نفسه: the object after them, or
        # after the deed, shows it active, and them its doers)
        # (المتهم بتفجير الكنيسة: the accused right before the deed he is charged with is its doer)
        charged = len(actors) == 1 and "ب" in t.clitic and _accused(actors[0]) and actors[0].j == t.i
        if tr.type in ("ASSAULT", "COERCE") and actors and not done_with and not charged and (
                all(_victim(a) for a in actors) or tr.cls == "ARREST" and all(_people(a) for a in actors)):
            # قتل 28 شخصا، اعتقل ناشط: civilians, prisoners, refugees undergo violence, they do not
            # commit it, and students, journalists, activists arrest no one; in the subject's place they are
            # the passive verb's subject
            targets = actors + [x for x in targets if x not in actors]
            actors, actor_ent, how = [], None, "passive"
        # الطفل سالم العلي، الرضيع علي دوابشة: a victim named right after the word of one is that person, and
        # one of that group
        targets = [y for x in targets for y in (self.named_after(x), x) if y is x or y is not None and y not in targets]
        if tr.type in ("ASSAULT", "COERCE") and targets and not tr.symmetric:
            targets = targets + self._among_them(targets)
        if tr.type in ("ASSAULT", "COERCE"):
            targets = self._officials_of_places(targets)
        if tr.type == "ASSAULT":
            targets = self._with_owners(targets)
        modality = self.modality(t, anchor)
        source = None
        rep = self.report_for(anchor)
        if rep is not None:
            sp = self.speaker(rep)
            source = sp.entity if sp is not None else None
            if not modality:
                modality = "reported"
        if modality in ("", "asserted") and any(
                p.kind == "trigger" and p.trigger.cls == "ACCUSE" and p is not t and p is not anchor
                and p.i < min(t.i, anchor.i) for p in self.preds):
            modality = "reported"    # يتهم حلفاء تركيا أنقرة بدعم داعش: an allegation, not a fact
        prev = self.tok(t.i - 1)
        if modality in ("", "asserted", "reported") and tr.cls not in ("DEMAND", "THREATEN") \
                and not self.told_done(t, anchor) \
                and not any(prev.startswith(c) and prev[len(c):].removeprefix("ال") in _ONGOING
                            for c in ("", "و", "ب", "ل", "وب", "ول", "لل")) \
                and any(self._demanded_by(p, t, anchor, tr) for p in self.preds):
            modality = "hypothetical"
        modality = modality or "asserted"
        conf = CONFIDENCE.get(how, 0.5)
        if modality in ("hypothetical", "future"):
            conf -= 0.1
        words = self.tokens[anchor.i:anchor.j] + ([] if anchor is t else ["…"] + self.tokens[t.i:t.j])
        if how == "inherited" and actor_ent is not None:
            self.carried_at[t.i] = actor_ent
        elif how == "passive":
            self.passive_at.add(t.i)
        return Reading(self.sa.index, t, anchor, tr, actors, targets, actor_ent, target_ent, how, modality,
                       conf, source, " ".join(words))

    def _demanded_by(self, p: Item, t: Item, anchor: Item, tr) -> bool:
        """The deed (t, carried by anchor) is what the demand or threat p before it asks or threatens: تحث روسيا
        على تشكيل تحالف يضم الأسد لمحاربة داعش، هدد باستهداف السفن — wanted, not done. Not past لكن (طالبوا بإقالته،
        لكن الحكومة رفضت: the refusal happened), not what a halt is demanded of (طالب بوقف فوري للهجوم: the attack
        goes on), not past a comma after a participle of demand (مطالبا بالإفراج عنهم، معربا عن تعازيه: its own
        clause); a noun of demand only over the deed it governs (_governed_deed). ``tr``: the deed's frame."""
        first = min(t.i, anchor.i)
        if p.kind != "trigger" or p is t or p is anchor or p.i >= first:
            return False
        r = self.reading(p)
        if r.cls not in ("DEMAND", "THREATEN") or not (r.pos == "verb" or self._governed_deed(p, t, anchor)):
            return False
        if r.prior_subject and any(self.tok(k) in _COMMA for k in range(p.j, first)):
            return False
        if t is anchor and tr.pos == "noun" \
                and any(self._word_of(self.tok(k), "halt") for k in range(max(p.j, t.i - 3), t.i)):
            return False
        return not self.not_an_event(p, r) and not self._contrast_between(p.j, first)

    def _governed_deed(self, p: Item, t: Item, anchor: Item) -> bool:
        """A noun of demand or threat governs the deed right after it with its preposition, maybe past its doer
        (المطالبة بالإفراج عن المعتقلين، دعوة الأمم المتحدة إلى وقف القتال، التهديد بقصف المدن): demanded or threatened,
        not done (not a genitive, ضغوط العقوبات "the sanctions' pressure", nor a conjunct, تهديدات وهجمات)."""
        first = min(t.i, anchor.i)
        led = self.tok(first - 1) in ("الي", "على", "علي") or any(c in t.clitic.lstrip("وف")[:1] for c in "بل")
        return led and 0 <= first - p.j <= 3 and not self.pred_between(p.j, first) \
            and all(self.ent_token(k) or self.tok(k) in ("الي", "على", "علي") for k in range(p.j, first))

    def triples_of(self, r: "Reading") -> list[tuple]:
        """The (actor, relation, class, target, …) tuples a reading states: every actor with every target."""
        tr, targets, actors = r.tr, r.targets, r.actors
        # (المناطق التي يسيطر عليها الحوثيون: who holds a place, a fact of control, kg.model STATIC_RELATIONS;
        # no taking and no event, kg.events)
        rel = "holds" if self.holding(r) else tr.relation
        out = []
        doers = [(a.entity, a) for a in actors] or ([(r.actor_ent, None)] if r.actor_ent is not None else [])
        if r.target_ent is not None:
            return [(a.entity, rel, tr.cls, r.target_ent, r.modality, CONFIDENCE[r.how], r.words, r.source)
                    for a in actors if self.is_actor(a)]
        for ae, it in doers:
            if ae.type not in ACTOR_TYPES and not ae.metonym_of:
                continue
            if tr.actor_types and (self.doer_type(it) if it is not None else ae.type) not in tr.actor_types:
                continue          # وصل وزير الدفاع (الفرنسي) إلى أربيل: a visit, not an advance
            if tr.force_subject and (it is None or not self.force_doer(it, r.t)):
                continue          # وصلت الحكومة إلى عدن: an arrival
            for tg in targets:
                if tg.mention_kind == "demonym" and tr.cls in ("KILL", "ARREST") and not self.force(tg):
                    continue          # قتل السوريين: people of a country, not the country (جنود أتراك are its forces)
                if tr.cls in ("KILL", "ARREST") and tg.entity.type in ("Place", "Facility"):
                    continue          # قتل عدد من أبناء الدير: people of a town, not the town
                if tr.cls == "CONTROL" and self.gov(tg) == "من" and tg.entity.type not in LOCATION_TYPES:
                    continue          # استعادة دير الزور من داعش: the side it was taken from is the event's target, no edge
                c = r.confidence
                if tg.mention_kind == "nominal":
                    c -= 0.05
                if tg.mention_kind == "demonym" or any(a.mention_kind == "demonym" for a in actors):
                    c -= 0.05
                out.append((ae, rel, tr.cls, tg.entity, r.modality, max(c, 0.1), r.words, r.source))
        if tr.cls == "AGREE" and 2 <= len(targets) <= 4 and doers:
            # a joint agreement binds every party: اتفق الأردن مع الولايات المتحدة وروسيا
            for x in range(len(targets)):
                for y in range(x + 1, len(targets)):
                    out.append((targets[x].entity, tr.relation, tr.cls, targets[y].entity, r.modality,
                                max(r.confidence - 0.15, 0.1), r.words, r.source))
        return out

    def patterns(self):
        """AFFILIATION from titles, LOCATED_IN from place phrases."""
        out = []
        sa = self.sa
        for person, org, title in sa.affiliations:
            if person.id != org.id:
                out.append((person, "roleIn", "AFFILIATION", org, "asserted", CONFIDENCE["pattern"],
                            title.form, None))
        for place, container in sa.located:
            if is_unnamed(place.id):
                continue    # مسجد في صنعاء: one node stands for every unnamed mosque of Yemen; it lies nowhere
            out.append((place, "locatedIn", "LOCATED_IN", container, "asserted", CONFIDENCE["pattern"], "", None))
        return out


def _losses_as_a_side(readings: list) -> None:
    """قتل ستة من مليشيا الحشد في اشتباك مع مقاتلي داعش: those killed or wounded in a clash (a symmetric
    event noun with no side of its own before مع) are its other side."""
    for k, r in enumerate(readings):
        if not (r.tr.symmetric and r.tr.pos == "noun" and not r.actors and r.actor_ent is None and r.targets):
            continue
        for prev in reversed(readings[:k]):
            if prev.how == "passive" and prev.tr.cls == "KILL" and prev.targets and prev.t.i < r.t.i:
                # (a people is no side, an unnamed force or armed group is one: قتل جندي تركي في اشتباك;
                # not the side after مع: مهاجمين وشرطيا قتلوا في تبادل لإطلاق النار مع الشرطة)
                other = {x.entity.id for x in r.targets}
                sides = [x for x in prev.targets if (x.entity.type != "Group" or isinstance(x.ref, Generic)
                                                     and x.ref.side in ("force", "armed"))
                         and x not in r.targets and x.entity.id not in other]
                if sides:
                    r.actors, r.how = sides, "losses"
                    r.confidence = CONFIDENCE["losses"] - (0.1 if r.modality in ("hypothetical", "future") else 0)
                break


def _units_act_for_their_command(readings: list) -> None:
    """قوة أمنية تابعة لقيادة عمليات دجلة تمكنت من قتل …: an unnamed unit said to belong to a named force
    (an attributive participle: تابعة لـ، التابعة لـ، ينتمون إلى) acts as that force, and is hit as it."""
    owner, units = {}, {}
    for r in readings:
        if r.tr.pos == "attributive" and r.tr.cls == "AFFILIATION" and len(r.actors) == 1 and r.targets \
                and r.actors[0].entity.type == "Group" and r.targets[0].entity.type not in ("Group", *LOCATION_TYPES):
            owner[id(r.actors[0])] = r.targets[0]
            units[r.actors[0].entity.id] = r.targets[0].entity
    if not owner:
        return
    # (نفذ الهجوم مسلحون ينتمون إلى حركة الشباب: the unit carried to the deed as the light verb's subject)
    for r in readings:
        if r.tr.cls == "AFFILIATION":
            continue
        # (اعتقلت الشرطة عشرة أشخاص منتمين إلى جماعة الإخوان: those hit or taken stand for it too)
        r.targets = [owner.get(id(x), x) for x in r.targets]
        if r.actors and any(id(a) in owner for a in r.actors):
            r.actors = [owner.get(id(a), a) for a in r.actors]
        elif not r.actors and r.actor_ent is not None and r.actor_ent.id in units:
            r.actor_ent = units[r.actor_ent.id]
