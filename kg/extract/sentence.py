"""One sentence's extractor: the readings of its triggers, in text order, and its static facts."""
from __future__ import annotations

from ..groups import is_unnamed
from ..lexicon import Lexicon
from ..model import ACTOR_TYPES, LOCATION_TYPES, Entity
from ..recognize import Item, SentenceAnalysis
from .arguments import Arguments
from .constructions import Constructions
from .focus import _Focus
from .modality import Modality
from .reading import Reading
from .arguments import _RESPONSE
from .syntax import Syntax, _required_forms
from .words import (
    _ATTRIBUTIVE_OWNERSHIP,
    _ONGOING,
    CONFIDENCE,
    _is_light,
    _victim,
    _word_sets,
)

# words of quantity between a verb and its counted object (أطلقت عددا من القذائف، أطلقوا عشرات الصواريخ)
_SOME = frozenset({"عددا", "عدد", "عده", "من", "عشرات", "مئات", "الاف", "بعدد"})
# words that open a clause of time or cause (قتلوا عندما هاجم …، إثر هجوم …)
_WHEN = frozenset({"عندما", "حين", "حينما", "بعدما", "لما", "اثر", "عقب", "جراء"})


class _SentenceExtractor(Constructions, Arguments, Modality, Syntax):
    def __init__(self, sa: SentenceAnalysis, lex: Lexicon, focus: _Focus):
        self.sa, self.lex, self.focus = sa, lex, focus
        self.w = lex.words
        self.tokens = sa.tokens
        self.items = sa.items
        self.n = len(self.tokens)
        self.ents = [it for it in self.items if it.kind == "ent" and it.role_of < 0]
        # tokens inside a name of more than one word: a clause does not end there (بان كي مون is no بأن)
        self.in_name = frozenset(k for it in self.ents if it.j - it.i > 1 for k in range(it.i, it.j))
        self.preps, self.transparent, self.barrier_words = _word_sets(lex)
        # a trigger that needs a word it lacks (حملة read as حمّله with no مسؤولية) is no predicate
        for it in self.items:
            if it.kind == "trigger" and not self._fits(it) and any(h.kind == "W" and h.ref == "light_verb"
                                                                   for h in it.alts):
                it.kind, it.word = "word", "light_verb"   # أطلق عملية: a light verb, not أطلق النار/سراح
        in_ent = {k for e in self.ents for k in range(e.i, e.j)}
        # a participle describing the subject (قوات موالية للحوثيين) belongs to the noun phrase
        attributive = [x for x in self.items if x.kind == "trigger" and x.trigger.pos in ("attributive", "passive")]
        in_np = in_ent | {k for x in attributive for k in range(x.i, x.j)}
        force = self.w.get("force", frozenset())
        for it in self.items:
            if it.kind != "trigger" or it.trigger.pos != "verb":
                continue
            verbs = [h.ref for h in it.alts if h.kind == "T"] or [it.trigger]
            nxt = next((x for x in self.items if x.i >= it.j and x.kind != "ent" and x not in attributive), None)
            if nxt is None or nxt.kind != "trigger":
                continue
            forms = _required_forms(self.tok(nxt.i))
            nouns = {h.ref.cls for h in (nxt.alts or ()) if h.kind == "T" and h.ref.pos == "noun"}
            if any(v.pos == "verb" and v.cls in nouns and (
                    v.cls == "CONTROL" and all(k in in_ent for k in range(it.j, nxt.i))
                    or v.cls == "ATTACK" and any(f in v.requires for f in forms) and all(
                        k in in_np or self.tok(k) in _SOME or self.tok(k).isdigit()
                        or self.tok(k).removeprefix("ال") in force for k in range(it.j, nxt.i)))
                   for v in verbs):
                # استعادت القوات العراقية السيطرة على تكريت: the verb's object is the noun of control;
                # أطلقت الميليشيات عددا من قذائف الهاون: the verb's required object is the attack noun;
                # one event, the noun's, with the verb's subject as its doer
                it.kind, it.word = "word", "light_verb"
        self.preds = [it for it in self.items if it.kind == "word" or (it.kind == "trigger" and self._fits(it)
                                                                       and not self._quantity_noun(it))]
        self._gov: dict[int, str] = {}
        self._force: dict[int, str] = {}
        # entities that are the agent or object of a participle (المدعومة من التحالف): not the verb's
        self.participial = set()
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
                readings += self.one(p)
            elif _is_light(p):
                # يقوم به وزير الخارجية الأميركي، جون كيري، بتحركات: the name after the title's comma
                s, _ = self.subject(p, self.clause_end(p.j, commas=False))
                if s is not None:
                    self.focus.push(s.entity, self.gender(s))
        self._members_named(readings)
        readings = self._one_attack(readings)
        readings = self._outcome_of_attack(readings)
        self._cause_told_after(readings)
        self._deed_responded_to(readings)
        _losses_as_a_side(readings)
        _units_act_for_their_command(readings)
        return readings, self.patterns()

    def _outcome_of_attack(self, readings: list) -> list:
        """أسفر الهجوم عن مقتل 12 شخصا، أدى القصف إلى مقتل مدنيين: a killing that is the outcome of an
        attack named as the subject of a verb of consequence, or told before it with ما (…، ما أسفر عن
        مقتل 8), is that attack's; its victims are the attack's targets, one event."""
        result = self.w.get("result", ())
        drop = set()
        for r in readings:
            if r.tr.pos != "noun" or r.tr.cls != "KILL" or r.t.clitic not in ("", "ل"):
                continue
            k = r.t.i - 1 if not r.t.clitic else r.t.i     # (أدى لاستشهاده: the preposition on the noun)
            if not r.t.clitic and self.tok(k) not in ("عن", "الى", "الي"):
                continue
            start = self.clause_start(k)
            said = [j for j in range(start, k) if self.conj_word(j, result)]
            attack = next((x for x in reversed(readings) if x is not r and x.tr.pos == "noun"
                           and x.tr.type == "ASSAULT" and x.tr.cls != "KILL" and start <= x.t.i and x.t.j <= k
                           and any(abs(j - x.t.i) <= 2 for j in said)), None)
            which = next((j for j in said if j >= k - 2 and self.tok(j - 1) in ("ما", "مما")), None)
            if attack is None and which is not None:
                # …، ما أسفر عن مقتل 8: "which left 8 dead", the outcome of the attack told before it
                attack = next((x for x in reversed(readings) if x is not r and x.tr.type == "ASSAULT"
                               and x.t.j < which), None)
            if attack is None:
                continue
            attack.targets = _joined(attack.targets, r.targets)
            attack.killed = attack.killed + list(r.targets)
            drop.add(id(r))
        return _without(readings, drop)

    def _cause_told_after(self, readings: list) -> None:
        """قتل 12 شخصا عندما هاجم انتحاريان المسبح: a killing no one is named doing, whose cause a clause of
        time or cause right after tells (عندما، حين، إثر، جراء + an attack with its doer), was done by that
        attack's doer."""
        for r in readings:
            if r.tr.cls != "KILL" or r.actors:
                continue
            for x in readings:
                if x is r or x.tr.type != "ASSAULT" or x.tr.cls == "KILL" or not x.actors or x.t.i <= r.t.j:
                    continue
                k = x.t.i - 1 if not x.t.clitic else x.t.i
                if k > r.t.j and self.tok(k) in _WHEN and not self.pred_between(r.t.j, k):
                    r.actors = list(x.actors)
                break

    def _deed_responded_to(self, readings: list) -> None:
        """شنت مقاتلات إسرائيلية غارات على مواقع لحماس ردا على إطلاق صواريخ: the deed an attack responds to
        (after ردا على، انتقاما لـ) was done by the attack's target, against its doer."""
        for r in readings:
            if r.actors or r.tr.type != "ASSAULT":
                continue
            k = r.t.i - 1
            while k >= 0 and self.tok(k) in ("علي", "على", "عن", "من", "ل"):
                k -= 1
            if self.tok(k) not in _RESPONSE:
                continue
            x = next((x for x in reversed(readings) if x is not r and x.t.j <= k and x.tr.type == "ASSAULT"
                      and x.actors and x.targets), None)
            if x is None:
                continue
            r.actors = [a for a in x.targets if self.is_actor(a)]
            r.targets = r.targets or list(x.actors)

    def _quantity_noun(self, it) -> bool:
        """حشدا من المتظاهرين (a crowd of), عددا من: a verb form that is also a noun of quantity, before من,
        is the noun; no predicate stands there."""
        return it.trigger.pos == "verb" and self.tok(it.j) == "من" and it.j - it.i == 1 and \
            self.tok(it.i).removeprefix("ال") in self.w.get("part", ())

    def _one_attack(self, readings: list) -> list:
        """التفجير الذي استهدف سوقا، استهدف هجوم انتحاري حاجزا، شنوا هجوما استهدف حاجزا: a verb of attacking
        next to an attack noun (its subject, or the relative clause of an indefinite one, with the same
        doer) tells that attack's target; the two are one reading (the noun's), not two."""
        drop = set()
        for r in readings:
            if r.tr.pos != "verb" or r.tr.type != "ASSAULT":
                continue
            n = next((x for x in reversed(readings) if x is not r and id(x) not in drop and x.tr.pos == "noun"
                      and x.tr.type == "ASSAULT" and self._tells(x, r)), None)
            if n is None:
                continue
            if n.t.i == r.t.j and r.tr.cls == "ATTACK":
                # دمر قصف روسي مستشفى: the verb's object follows its subject's phrase, not inside it
                k, obj = self._object_past(n)
                r.targets = obj or [x for x in r.targets if x.i >= k]
                if obj:
                    # استهدف هجوم انتحاري حاجزا للجيش: what follows the verb's object is its owner, no doer
                    owners = [a for a in n.actors if a.i >= r.targets[0].j]
                    n.actors = [a for a in n.actors if a not in owners]
                    r.targets = r.targets + owners
            if r.targets and all(x.entity.type in LOCATION_TYPES for x in n.targets):
                n.targets = list(r.targets)     # the verb's object says what was hit better than a place
            else:
                n.targets = _joined(n.targets, r.targets)
            drop.add(id(r))
        return _without(readings, drop)

    def _tells(self, n, v) -> bool:
        """The attack verb ``v`` tells the attack noun ``n``: the noun is its subject (before it, with a
        relative pronoun, a count or adjectives between, or right after it), or the verb is the relative
        clause of the indefinite noun right before it, with the same doer."""
        if v.tr.cls == "ATTACK" and not v.actors and n.t.i == v.t.j and not n.t.clitic:
            return True     # استهدف هجوم انتحاري حاجزا: the attack noun right after the verb is its subject
        if v.tr.cls == "ATTACK" and not v.actors and n.t.j <= v.t.i:
            words = self.w
            gap = range(n.t.j, v.t.i)
            if len(gap) <= 3 and all(self.tok(k) in words.get("relative", ()) or self.tok(k).startswith("ال")
                                     or self.tok(k).isdigit() or self.tok(k) in words.get("number", ())
                                     or self.tok(k) in words.get("mode", ()) or self._described(k) for k in gap) \
                    and not any(self.barrier(k) for k in gap if self.tok(k) not in words.get("relative", ())):
                return True
        same = not v.actors or {a.entity.id for a in v.actors} == {a.entity.id for a in n.actors}
        if same and n.t.j <= v.t.i and not n.t.clitic and n.tr.cls == v.tr.cls == "ATTACK":
            # قصفا عنيفا شنه الحوثيون بالدبابات استهدف الأحياء: the verb after the noun's phrase (and what it
            # was done with) is its predicate
            k = self._phrase_end(n)
            while k < v.t.i and k - n.t.j <= 8 and self.tok(k)[:1] == "ب" and not self.barrier(k):
                k += 1
            if k == v.t.i and k > n.t.j:
                return True
        return bool(v.targets) and (n.t.i == v.t.j or n.t.j == v.t.i or self.noun_before(v.t) is n.t) and same

    def _object_past(self, n) -> tuple[int, list]:
        """Where the phrase of the attack noun of reading ``n`` ends, and the object of a verb whose subject the
        noun is: the first entity after that phrase with no preposition (استهدف هجوم عنيف شنه الحوثيون الأحياء
        السكنية، دمر قصف روسي مستشفى)."""
        k = self._phrase_end(n)
        end = self.clause_end(k)
        obj = next((it for it in self.ents if k <= it.i < end and it.i - k <= 2 and not self.gov(it)), None)
        if obj is None or obj.mention_kind == "demonym" or self.pred_between(k, obj.i):
            return k, []
        return k, self.conjuncts(obj, end)

    def _phrase_end(self, n) -> int:
        """Where the phrase of the attack noun of reading ``n`` ends: past its adjectives, its nationality, and
        a relative clause's light verb with the doer it names (هجوم عنيف شنه الحوثيون، قصف جوي روسي)."""
        words = self.w
        k = n.t.j
        while k < self.n:
            ent = next((it for it in self.ents if it.i == k), None)
            lv = next((p for p in self.preds if p.i == k and _is_light(p)), None)
            if self._described(k) or self.tok(k) in words.get("relative", ()):
                k += 1
            elif ent is not None and (ent.mention_kind == "demonym" or ent in n.actors):
                k = ent.j
            elif lv is not None:
                subj = next((it for it in self.ents if it.i == lv.j), None)
                k = self.conjuncts(subj, self.clause_end(lv.j))[-1].j if subj is not None else lv.j
            else:
                break
        return k

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

    def _with_owners(self, targets: list[Item]) -> list[Item]:
        """An unnamed facility hit and whose it is, named right after it with لـ or تابعة لـ, or as its
        genitive (حاجزا للجيش المصري، معسكرا تابعا للحوثيين، معسكر اللواء 55، منزل القيادي …): both are
        the targets."""
        out = list(targets)
        for x in targets:
            if x.entity.type != "Facility" or x.mention_kind != "generic":
                continue
            k = x.j
            if self.tok(k).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP:
                k += 1
            c, rest = self._split(self.tok(k))
            head = k + 1 if "ل" in c and self.is_transparent(rest) else k     # لتنظيم داعش: a head noun first
            owner = next((it for it in self.ents if it.i in (k, head) or it.lead == k), None)
            if owner is not None and owner not in out and self.gov(owner) == "ل" and self.is_actor(owner):
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

    def finish(self, t: Item, anchor: Item, tr, actors: list[Item], targets: list[Item], how: str,
               actor_ent: Entity | None = None, target_ent: Entity | None = None) -> "Reading":
        """The reading of one trigger occurrence, with its modality, source and confidence."""
        if tr.type in ("ASSAULT", "COERCE") and actors and all(_victim(a) for a in actors):
            # قتل 28 شخصا، اعتقل ناشطون: civilians, prisoners, refugees undergo violence, they do not
            # commit it; in the subject's place they are the passive verb's subject
            targets = actors + [x for x in targets if x not in actors]
            actors, actor_ent, how = [], None, "passive"
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
                and not any(prev.startswith(c) and prev[len(c):].removeprefix("ال") in _ONGOING
                            for c in ("", "و", "ب", "ل", "وب", "ول", "لل")) and any(
                p.kind == "trigger" and p is not t and p is not anchor and p.i < min(t.i, anchor.i)
                and (r := self.reading(p)).cls in ("DEMAND", "THREATEN") and r.pos == "verb" for p in self.preds):
            # تحث روسيا على تشكيل تحالف يضم الأسد لمحاربة داعش: demanded, not done; هدد باستهداف السفن:
            # threatened, not done
            modality = "hypothetical"
        modality = modality or "asserted"
        conf = CONFIDENCE.get(how, 0.5)
        if modality in ("hypothetical", "future"):
            conf -= 0.1
        words = self.tokens[anchor.i:anchor.j] + ([] if anchor is t else ["…"] + self.tokens[t.i:t.j])
        return Reading(self.sa.index, t, anchor, tr, actors, targets, actor_ent, target_ent, how, modality,
                       conf, source, " ".join(words))

    def triples_of(self, r: "Reading") -> list[tuple]:
        """The (actor, relation, class, target, …) tuples a reading states: every actor with every target."""
        tr, targets, actors = r.tr, r.targets, r.actors
        out = []
        actor_ents = [a.entity for a in actors] or ([r.actor_ent] if r.actor_ent is not None else [])
        if r.target_ent is not None:
            return [(a.entity, tr.relation, tr.cls, r.target_ent, r.modality, CONFIDENCE[r.how], r.words, r.source)
                    for a in actors if self.is_actor(a)]
        for ae in actor_ents:
            if ae.type not in ACTOR_TYPES and not ae.metonym_of:
                continue
            if tr.actor_types and ae.type not in tr.actor_types:
                continue          # وصل وزير الدفاع إلى أربيل: a visit, not an advance
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
                out.append((ae, tr.relation, tr.cls, tg.entity, r.modality, max(c, 0.1), r.words, r.source))
        if tr.cls == "AGREE" and 2 <= len(targets) <= 4 and actor_ents:
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


def _joined(items: list, more) -> list:
    """``items`` and those of ``more`` that name another entity."""
    have = {x.entity.id for x in items}
    return items + [x for x in more if x.entity.id not in have]


def _without(readings: list, drop: set) -> list:
    """The readings but those whose id is in ``drop`` (merged into another)."""
    return [r for r in readings if id(r) not in drop] if drop else readings


def _losses_as_a_side(readings: list) -> None:
    """قتل ستة من مليشيا الحشد في اشتباك مع مقاتلي داعش: those killed or wounded in a clash (a symmetric
    event noun with no side of its own before مع) are its other side."""
    for k, r in enumerate(readings):
        if not (r.tr.symmetric and r.tr.pos == "noun" and not r.actors and r.actor_ent is None and r.targets):
            continue
        for prev in reversed(readings[:k]):
            if prev.how == "passive" and prev.tr.cls == "KILL" and prev.targets and prev.t.i < r.t.i:
                sides = [x for x in prev.targets if x.entity.type != "Group" and x not in r.targets]
                if sides:
                    r.actors, r.how = sides, "losses"
                    r.confidence = CONFIDENCE["losses"] - (0.1 if r.modality in ("hypothetical", "future") else 0)
                break


def _units_act_for_their_command(readings: list) -> None:
    """قوة أمنية تابعة لقيادة عمليات دجلة تمكنت من قتل …: an unnamed unit said to belong to a named force
    (an attributive participle: تابعة لـ، التابعة لـ) acts as that force."""
    owner = {}
    for r in readings:
        if r.tr.pos == "attributive" and r.tr.cls == "AFFILIATION" and len(r.actors) == 1 and r.targets \
                and r.actors[0].entity.type == "Group" and r.targets[0].entity.type != "Group":
            owner[id(r.actors[0])] = r.targets[0]
    if not owner:
        return
    for r in readings:
        if r.tr.cls != "AFFILIATION" and r.actors and any(id(a) in owner for a in r.actors):
            r.actors = [owner.get(id(a), a) for a in r.actors]
