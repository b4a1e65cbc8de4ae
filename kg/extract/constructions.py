"""From a trigger to its roles: the frame (ontology/triggers.tsv) says how each role is introduced; the
first construction that applies to it fills actors and targets; ``complete`` carries over what the
clause leaves unsaid. Adding a construction is one method here, listed in CONSTRUCTIONS, and one test row."""
from __future__ import annotations

from ..groups import carried_doer
from ..model import ACTOR_TYPES, LOCATION_TYPES, Entity
from ..recognize import Item
from .arguments import _MANNER
from .reading import Reading
from .roles import RoleWords
from .senses import Senses
from .words import (
    _ATTRIBUTIVE_OWNERSHIP,
    _COMMA,
    _COMPLEMENT_PRONOUNS,
    _COUNT_MODIFIERS,
    _DEMONSTRATIVES,
    _QUOTES,
    _WAY_OF_KILLING,
    _accused,
    _head,
    _is_light,
    over_places,
)


# a verb of leading with the pronoun of what is led, after a relative (التي تقودها السعودية), folded
_LEADS_IT = frozenset({"تقودها", "يقودها", "يقوده", "تقوده", "يقودهم", "تقودهم"})
# classes whose verbal noun's unnamed group in the genitive is its doer (moving, saying, protesting)
_GROUP_DOES = frozenset({"ADVANCE", "WITHDRAW", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST"})


# accusative adverbs of time and manner: no object (قتل ضابط الخميس صباحا)
_ADVERBS = frozenset({"صباحا", "مساء", "ليلا", "فجرا", "ظهرا", "عصرا", "نهارا", "ايضا", "مجددا", "سابقا",
                      "لاحقا", "حاليا", "تقريبا", "فورا", "هكذا", "عمدا", "اخيرا", "مؤخرا", "غدرا"}) | _WAY_OF_KILLING
# words opening a phrase of place, time or means between a verb and its subject (folded)
_PHRASE_OPENERS = frozenset({"في", "خلال", "جراء", "اثر", "اثناء", "امس", "اليوم", "منذ", "عند", "قرب", "داخل"})
_AGENT_MARKERS = frozenset(("من قبل", "على يد", "علي يد"))   # two-word agent phrases (folded)


class Constructions(Senses, RoleWords):
    CONSTRUCTIONS = ("charge_frame", "blame_frame", "participle_frame", "between_frame", "exposure_frame",
                     "passive_agent_frame", "after_preposition_frame", "weapon_frame", "verb_frame", "noun_frame")

    def one(self, t: Item) -> list["Reading"]:
        """The reading of one trigger occurrence. The first construction that applies to the trigger's
        frame (CONSTRUCTIONS, in order) finds its actors and targets; then a subject the clause leaves
        unsaid is carried over (``complete``) and modality is read (``finish``)."""
        tr = self.reading(t)
        end = self.clause_end(t.j, commas=False)
        if self.not_an_event(t, tr):
            return []
        preps = tuple(x for x in tr.targets if x != "obj")
        for name in self.CONSTRUCTIONS:
            found = getattr(self, name)(t, tr, end, preps)
            if found is not None:
                break
        if tr.pos == "verb" and t.gender == "1" and (sp := self._we_speaker(t)) is not None:
            # قال الرئيس: نحمل الإدارة الأمريكية المسؤولية، قال إننا ندين الهجوم: "we" in what someone says is
            # the speaker
            if isinstance(found, list):
                for r in found:
                    if not r.actors:
                        r.actors, r.how = [sp], "speaker"
            elif not found[0]:
                found = ([sp], found[1], "speaker", *found[3:])
        if tr.pos == "verb" and t.tense == "perf" and t.suffix == "نا" and "obj" in tr.targets \
                and not isinstance(found, list) and len(found[0]) == 1 and found[0][0].i == t.j and not found[1] \
                and (sp := self._we_speaker(t)) is not None and sp is not found[0][0]:
            # قال الوزير: طالبنا الحكومة التركية بوقف القصف: a perfect verb in نا in what someone says, a noun
            # phrase right after it and no object besides: "we" did it to that noun phrase
            found = ([sp], found[0], "speaker", *found[3:])
        if isinstance(found, list):
            return found               # the construction settled the reading itself
        return self.complete(t, tr, *found)

    def participle_frame(self, t: Item, tr, end: int, preps: tuple):
        """X المدعومة من Y (a passive participle: the actor after it, the target before), X التابعة
        لـ Y (an attributive one: the actor before, the target after)."""
        if not (tr.pos in ("passive", "attributive")):
            return None
        start = self.clause_start(t.i)
        before = None
        for it in self.ents:
            if start <= it.i and it.j <= t.i and t.i - it.j <= 6 and not self.pred_between(it.j, t.i):
                if tr.pos == "attributive" or not self._governor(it) or self._attached(it, t):
                    before = it       # على بلدة نبل المحاصرة من قبل …: right before, governed or not
        if before is not None and tr.pos == "passive" and not self._attached(before, t) \
                and self.tok(t.i)[len(t.clitic):].startswith("ال"):
            # a definite participle is an adjective of the noun right before it: صوتت تركيا ضد القرار
            # المدعوم من الولايات المتحدة (القرار). An indefinite one is a predicate and may stand
            # apart: أصبحت هذه القوات في حويجة صكر محاصرة من التنظيم
            before = None
        if before is not None and tr.pos == "passive" and before.j < t.i and not self._attached(before, t) \
                and self.tok(t.i - 1).removeprefix("ال") in self.w.get("part", ()) and not self.ent_token(t.i - 1):
            before = None    # قصفت الفصائل أحياء خاضعة لسيطرة النظام: it describes the part noun right before it
        if before is not None and tr.pos == "attributive" and not self._attached(before, t):
            before = None    # عناصر تابعين لداعش، على أحياء تابعة للنظام: it describes a common noun
        if before is not None and tr.pos == "attributive" and any(
                g.startswith("و") and not self.ent_token(k)
                for k, g in enumerate(self.tokens[before.j:t.i], before.j)):
            before = None    # القوات النظامية وقوات الدفاع الموالية لدمشق: agrees with the unnamed conjunct
        after = None
        agent_preps = tr.agents if tr.pos == "passive" else preps
        bare_ok = "obj" in (tr.agents if tr.pos == "passive" else tr.targets)
        for it in self.ents:
            if it.i >= t.j and it.i - t.j <= 4:
                gov = self.gov(it)
                if (gov and gov in agent_preps) or (not gov and bare_ok):
                    after = it
                break
        # (a participle of backing only: one of holding, الخاضعة لسيطرة، tells a state of its noun, no deed)
        backing = tr.pos == "passive" and tr.type == "COOPERATE" and after is not None
        if before is None and backing and t.i == start and t.i > 0 and self.tok(t.i - 1) in _COMMA:
            # القوات الحكومية السورية، مدعومة بقوات حزب الله: between commas, of the noun right before
            before = next((it for it in self.ents if it.j == t.i - 1 and self.is_actor(it)), None)
        elif before is None and backing and t.i == start:
            # وبدعم من طيران التحالف، تمكنت القوات …: a participle opening its clause tells of the subject of
            # the verb after its phrase
            v = next((p for p in self.preds if p.i >= after.j and (
                p.kind == "word" or self.reading(p).pos == "verb")), None)
            subj = self.subject(v, self.clause_end(v.j))[0] if v is not None else None
            before = subj if subj is not None and subj.entity.id != after.entity.id else None
        if before is None and tr.pos == "passive" and any(
                self.tok(k) in _COMPLEMENT_PRONOUNS for k in range(max(start - 1, 0), t.i)):
            # وأنها مدعومة بسلاح الجو الروسي: "it" is the subject in focus
            pron = next(self.tok(k) for k in range(max(start - 1, 0), t.i) if self.tok(k) in _COMPLEMENT_PRONOUNS)
            ent = self.focus.last("f" if pron.endswith("ها") else "m" if pron.endswith("ه") else "")
            if ent is not None and after is not None:
                return [self.finish(t, t, tr, self.conjuncts(after, end), [], "inherited", target_ent=ent)]
        if before is None or after is None:
            return []
        if tr.pos == "passive":
            # (بين رجال المقاومة المدعومين بطيران التحالف ومسلحي الحوثيين: after a side of بين, و goes on
            # with the other side, not with the agent)
            actors = [after] if self.gov(before) == "بين" else self.conjuncts(after, end)
            targets, how = self.conjuncts_back(before), "direct"
        elif after.entity.type == "Person" and before.entity.type != "Person" and tr.relation == "affiliatedWith":
            actors, targets, how = [after], [before], "direct"   # قوات النظام التابعة للعميد عصام زهر الدين
        else:
            actors, targets, how = [before], self.conjuncts(after, end), "direct"
        return actors, targets, how, t, None

    def between_frame(self, t: Item, tr, end: int, preps: tuple):
        """اشتباكات بين X وY: actor X, target Y (each side may be a list, with من جهة … من جهة أخرى)."""
        sides = self._between(t, end) if "بين" in tr.targets or (tr.symmetric and tr.pos == "noun") else None
        if not sides:
            return None
        actors, targets = sides
        if tr.mode == "mediate":
            # عرضت قطر الوساطة بين الحكومة والمتمردين: the two sides are the parties mediated between; the
            # mediator is who the clause says (the subject of the verb before the noun)
            found = self.noun_frame(t, tr, end, ())
            mediators = found[0] if isinstance(found, tuple) else []
            if not mediators:
                start = self.clause_start(t.i)
                mediators = [it for it in self.ents if start <= it.i and it.j <= t.i and not self.gov(it)
                             and self.is_actor(it)][-1:]
            sides = actors + targets
            return [m for m in mediators if all(m.entity.id != x.entity.id for x in sides)], sides, "direct", t, None
        return actors, targets, "direct", t, None

    def exposure_frame(self, t: Item, tr, end: int, preps: tuple):
        """تعرضت إدلب لقصف من جانب القوات الحكومية: the subject of تعرّض is the target, the agent follows."""
        k = t.i - 2 if self.tok(t.i - 1) == "من" else t.i - 1
        # (or the series noun before it takes لـ: تعرضت كينيا لسلسلة من الهجمات، لموجة من الغارات)
        lam = "ل" in t.clitic or not t.clitic and self.tok(k)[:1] == "ل" and self._word_of(self.tok(k), "series")
        p = self.exposure(t) if tr.pos == "noun" else None
        if p is not None and p.word == "survived":
            # نجا الوزير من هجوم، من محاولة اغتيال: من right before the noun, or before one noun before it
            lam = not t.clitic and (self.tok(t.i - 1) == "من" or self.tok(t.i - 2) == "من"
                                    and not self.ent_token(t.i - 1) and not any(q.i == t.i - 1 for q in self.preds))
        if p is None or not lam:
            return None
        # تعرضت إدلب لقصف من جانب القوات الحكومية: the subject of تعرّض is the target
        # the subject of تعرّض, of any type (a town is bombed as much as an army)
        patient = next((it for it in self.ents if p.j <= it.i < t.i and not self.gov(it)), None)
        if patient is None:
            start = self.clause_start(p.i)
            patient = next((it for it in reversed(self.ents) if start <= it.i and it.j <= p.i
                            and p.i - it.j <= 2 and not self.gov(it)), None)
        agent = self.agent_phrase(t, end)
        if agent is None:
            gen = self.genitive(t, end)          # تعرضت لقصف النظام
            agent = gen if gen is not None and self.is_actor(gen) else None
        if agent is None and (lv := self.light_verb_for(t)) is not None and lv.i >= t.j:
            # تعرضت المدينة لغارات شنتها طائرات التحالف: the subject of the relative clause's light verb
            subj, _ = self.subject(lv, self.clause_end(lv.j, commas=False))
            agent = subj if subj is not None and self.is_actor(subj) else None
        k = t.j + 1 if self.tok(t.j) == "من" else -1
        if self.tok(t.j) != "من" and self.tok(t.j + 1) == "من":
            k = t.j + 2                  # (an adjective first: لهجوم مسلح من …)
        if agent is None and k > 0:
            # تعرضت القوات لهجوم من عناصر داعش: من after the noun names who did it
            agent = next((it for it in self.ents if k <= it.i <= k + 1 and self.is_actor(it)
                          and (it.i == k or self._force_word_at(k))), None)
        if patient is None or agent is None or patient.entity.id == agent.entity.id:
            # an exposure with one side unnamed (تعرضت المدينة لقصف) is still an event
            if agent is not None and patient is not None:
                agent = None
            return [self.finish(t, t, tr, self.conjuncts(agent, end) if agent is not None else [],
                                [patient] if patient is not None else [], "direct")]
        return self.conjuncts(agent, end), [patient], "direct", t, None

    def charge_frame(self, t: Item, tr, end: int, preps: tuple):
        """اتهمت السعودية إيران بدعم الحوثيين: the verbal noun after بـ that an accusation's object is
        charged with is a deed of the accused; its genitive, or its preposition's object, is what it was
        done to."""
        if not (tr.pos == "noun" and "ب" in t.clitic or tr.pos == "passive" and self.tok(t.i).startswith("ب")):
            return None     # (بدعم is also read "with the support of", a participle's frame)
        start = self.clause_start(t.i)
        accused = next((it for it in self.ents if it.j == t.i and start <= it.i and self.gov(it) in ("", "ل")
                        and self.is_actor(it)), None)      # (اتهم إيران، اتهامات لإيران بدعم …)
        # اعتقلت الشرطة المتهم بتفجير الكنيسة: the accused (generic.tsv suspects) is charged with the deed
        suspect = next((it for it in self.ents if it.j == t.i and start <= it.i and _accused(it)), None)
        if suspect is None and self.tok(t.i - 1) in self.w.get("suspect", ()):
            # سليمان الأسد المتهم بقتل العقيد: the name the adjective of the accused describes
            suspect = next((it for it in self.ents if it.j == t.i - 1 and start <= it.i and self.is_actor(it)), None)
        accused = suspect or accused
        verb = next((p for p in self.preds if p.kind == "trigger" and self.reading(p).relation == "accused"
                     and self.reading(p).pos == "verb" and p.suffix and accused is not None
                     and p.j == accused.i and self.tok(p.i - 1) in self.w.get("relative", ())), None)
        if verb is not None:
            # الجماعة التي اتهمتها واشنطن بالهجوم: the name before the deed is the accuser; the accused is
            # the verb's pronoun, the relative clause's antecedent
            accused = self.antecedent(verb.i - 1)
            if accused is None or not self.is_actor(accused):
                return None
        elif accused is None or not (suspect is not None or any(
                p.kind == "trigger" and self.reading(p).relation == "accused" and start <= p.i < accused.i
                for p in self.preds)):
            return None     # (not ندد الاتحاد بالهجوم: who condemns is charged with nothing)
        tgt = self.genitive(t, end)
        if tgt is None and preps:
            tgt = self.prep_target(t, preps, t.j, end, False)
        return self.conjuncts(accused, t.i)[-1:], self.conjuncts(tgt, end) if tgt is not None else [], \
            "direct", t, None

    def blame_frame(self, t: Item, tr, end: int, preps: tuple):
        """نسبت الحكومة الهجوم إلى حزب العمال، حمّلت الحكومة الحوثيين مسؤولية القصف: the deed an accusation
        blames on someone was done by the one it is blamed on (after إلى, or the accusation's object)."""
        if tr.pos != "noun" or t.clitic:
            return None
        start = self.clause_start(t.i)
        p = next((q for q in reversed(self.preds) if start <= q.i < t.i), None)
        if p is None or p.kind != "trigger" or self.reading(p).relation != "blamed" or tr.type == "ACCUSE":
            return None     # (not أدان الهجوم: who condemns a deed blames no one named)
        blamed = next((it for it in self.ents if t.j <= it.i < end and self.gov(it) in ("الى", "الي")
                       and self.is_actor(it) and not self.pred_between(t.j, it.i)), None)
        if blamed is None:         # the accusation's object, after its subject
            subj, _ = self.subject(p, t.i)
            obj = self.bare_object(p, subj if subj is not None and subj.i > p.i else None, t.i)
            blamed = obj if obj is not None and obj is not subj and self.is_actor(obj) else None
        if blamed is None:
            return None
        tgt = self.genitive(t, end)
        if tgt is blamed:
            tgt = None
        if tgt is None and preps:
            tgt = self.prep_target(t, preps, t.j, end, False)
        targets = [x for x in (self.conjuncts(tgt, end) if tgt is not None else []) if x is not blamed]
        return [blamed], targets, "direct", t, None

    def _counted_object(self, k: int, end: int, reach: int = 6) -> bool:
        """Past a phrase of time or place (within ``reach`` words), a figure and an accusative noun it counts
        follow (قتل الجيش في نهاية مايو 25 اسلاميا), or a figure of some of a group (قتلت الشرطة خلال مداهمة
        اثنين من المسلحين), or right past a day an indefinite accusative noun (قتلت الميليشيا الخميس، زعيما
        قبليا; not an adverb: صباحا): the verb's object, so the verb is active."""
        verb = self._first_verb(k, k + reach, end)
        if any(self.figure(x) and (self.tok(x + 1).endswith("ا") or self.tok(x + 1) == "من") and not self.figure(x + 1)
               and self.tok(x + 1) not in self.w.get("month", ()) and not self.tok(x - 1) in ("من", "منذ")
               for x in range(k, min(k + reach, end, verb))):
            return True     # (not past another verb: متطرفا قتل واعتقل 16 شخصا)
        x, day = k, False
        while x < min(k + 3, end) and (self.tok(x) in _COMMA or self.tok(x) == "امس"
                                       or self.tok(x) in self.w.get("day", ())):
            day = day or self.tok(x) not in _COMMA
            x += 1
        t = self.tok(x)
        return day and x < end and len(t) >= 4 and t.isalpha() and t.endswith("ا") and not t.startswith("ال") \
            and t not in _ADVERBS and not self.ent_token(x) and not any(p.i == x for p in self.preds)

    def _first_verb(self, a: int, b: int, default: int) -> int:
        """Where the first verb (a trigger read as a verb, or a word of telling, intent …) in tokens [a, b) is,
        else ``default``: a count past it is that verb's."""
        return next((p.i for p in self.preds if a <= p.i < b and (
            p.kind == "word" or p.trigger is not None and self.reading(p).pos == "verb")), default)

    def _counted_of_them(self, t: Item, actors: list[Item]) -> Item | None:
        """A figure right after the verb of killing or arresting and "of them" (قتل 12 منهم، اعتقال خمسة منهم):
        the group named last before it in the sentence, no doer of this event nor a person or a country
        (سائحين من اليابان وإسبانيا … وأردوا 21 منهم: not Spain), is whom it befell."""
        k = t.j
        while self.tok(k) in _COUNT_MODIFIERS:
            k += 1
        if not self.figure(k):
            return None
        while self.figure(k):
            k += 1
        if self.tok(k) not in ("منهم", "منها"):
            return None
        doers = {a.entity.id for a in actors}
        return next((it for it in reversed(self.ents) if it.j <= t.i and self.is_actor(it)
                     and it.entity.id not in doers and it.entity.type not in ("Person", "Country")), None)

    def _counted_noun(self, k: int, end: int, reach: int = 10) -> Item | None:
        """The actor a figure counts (120 شخصا، اثنين من المسلحين) within ``reach`` words past token k, no verb
        before it; else None."""
        verb = self._first_verb(k, k + reach, end)
        for x in range(k, min(k + reach, end, verb)):
            if self.figure(x) and not self.figure(x + 1) and self.tok(x - 1) not in ("من", "منذ"):
                at = x + 2 if self.tok(x + 1) == "من" else x + 1
                return next((it for it in self.ents if it.i == at and self.is_actor(it)), None)
        return None

    def _no_object_after(self, t: Item) -> bool:
        """A perfect verb followed by a preposition or the sentence's end, not و (الحوثيون قتلوا واعتقلوا
        العشرات: an object they share further on) nor a comma (قتلوا، بحسب الشهود، خمسة مدنيين: an aside)."""
        if any(c in t.clitic for c in "لس") or self.tok(t.i)[len(t.clitic):][:1] in ("ي", "ت"):
            return False      # (جاؤوا ليقتلوا، يقتلون: a purpose or a habit, active; the passive is قُتلوا)
        nxt = self.tok(t.j)
        return nxt in ("", ".", "؛", "!") or nxt in self.preps or nxt[:1] == "و" and self.lex.word_values.get(
            ("casualty", nxt[1:]), "").startswith("wounded:")   # (جنديين قتلا وأصيب 31: killed and wounded)

    def _whoever_at(self, k: int) -> bool:
        """Token k is من "whoever" opening a relative clause, a verb after it (اعتقلت الشرطة من يشتبه في تورطه،
        من هدد الكاتب): the verb's object, no preposition ending its words."""
        nxt = self.tok(k + 1)
        return self.tok(k) == "من" and not self.ent_token(k + 1) and (
            any(p.i == k + 1 and (_is_light(p) or p.kind == "trigger" and self.reading(p).pos == "verb")
                for p in self.preds)
            or nxt[:1] == "ي" and len(nxt) >= 4 and nxt not in self.w.get("number", ()))

    def _counted_after_phrase(self, t: Item, subj: Item | None) -> bool:
        """The noun after the verb is counted and a phrase of place or means opens the verb's words (قتل في
        تلك الغارات 7 متمردين، اعتقل خلال المداهمة خمسة مطلوبين)."""
        return subj is not None and subj.i > t.i and self.counted(subj) \
            and (self.tok(t.j) in _PHRASE_OPENERS or self.tok(t.j)[:1] == "ب" and not self.ent_token(t.j))

    def _speaker_pronoun_before(self, t: Item) -> bool:
        """The verb follows أنه / أنها of a reporting verb: its subject is that pronoun, the speaker (أعلن
        الجيش أنه قتل 20 مسلحا: the army killed those it counts; no passive. With one noun after it, أنه is
        "that": أكدت الوزارة أنه قتل شرطي، a policeman was killed)."""
        return self.tok(t.i - 1) in _COMPLEMENT_PRONOUNS and self.report_for(t) is not None and self.count_at(t.j)

    def _counted_from(self, k: int, end: int):
        """The group a count at token k is taken from (12 شهيدا من رجال الأمن، خمسة قتلى من الجيش): the
        entity after من, past the count and one noun of the dead or of people."""
        while k < end and self.tok(k) in _COUNT_MODIFIERS:
            k += 1
        while k < end and self.figure(k):
            k += 1
        if self.tok(k) != "من" and k + 1 < end and self.tok(k + 1) == "من":
            k += 1          # (the counted noun: شهيدا، قتلى، شخصا)
        if self.tok(k) != "من":
            return None
        return next((it for it in self.ents if it.i == k + 1 or it.lead == k + 1), None)

    def _we_speaker(self, t: Item) -> Item | None:
        """The speaker of the report a verb in the first person is part of (قال الرئيس: نحمل …), an actor."""
        rep = self.report_for(t)
        sp = self.speaker(rep) if rep is not None and rep.i < t.i else None
        return sp if sp is not None and self.is_actor(sp) else None

    def weapon_frame(self, t: Item, tr, end: int, preps: tuple):
        """استهدف صاروخ أطلقه الحوثيون مدينة جازان، أصابت قذيفة تابعة للنظام منزلا: a verb of attacking whose
        subject, right after it, is a weapon no name covers (words.tsv instrument): who fired it (the subject of
        the relative clause's verb after it, or its owner after تابعة لـ or لـ) did it; the first bare entity
        past the weapon's phrase is what it hit."""
        if tr.pos != "verb" or tr.cls not in ("ATTACK", "KILL") or t.suffix or self.ent_token(t.j) \
                or self.tok(t.j) not in self.w.get("instrument", ()) or self.tok(t.j) in tr.requires \
                or self._speaker_pronoun_before(t) or self.subject_before(t) is not None:
            return None     # (not أسقط طائرة, which requires the aircraft as its object; not أنه أسقط طائرة)
        k = t.j + 1
        while k < min(end, t.j + 3) and not self.ent_token(k) and not any(p.i == k for p in self.preds) \
                and (self.tok(k).endswith(("ي", "يه", "يا")) or self.tok(k).endswith("ه")
                     and self.tok(k)[:1] not in ("و", "ب", "ل")):
            k += 1          # its adjectives (باليستي، مسيرة)
        doer = None
        fired = next((p for p in self.preds if p.i == k and p.suffix and (_is_light(p) or p.kind == "trigger"
                                                                          and self.reading(p).pos == "verb")), None)
        if fired is not None:          # صاروخ أطلقه الحوثيون: the subject of the relative clause's verb
            doer = next((it for it in self.ents if not it.clitic and self.is_actor(it) and (
                it.i == fired.j or it.lead == fired.j or it.i == fired.j + 1 and self._force_word_at(fired.j))), None)
        elif self.tok(k).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP or self.ent_token(k):
            x = k + 1 if self.tok(k).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP else k
            doer = next((it for it in self.ents if it.i == x and self.gov(it) == "ل" and self.is_actor(it)), None)
        if doer is None:
            return None
        actors = self.conjuncts(doer, end)
        k = actors[-1].j
        obj = next((it for it in self.ents if k <= it.i <= k + 2 and not self.gov(it)
                    and it.mention_kind != "demonym"), None)
        if obj is None and preps:      # سقطت قذائف أطلقتها الفصائل على مناطق في نبل
            obj = self._prep_target(t, preps, k, end, over_places(tr))
        return actors, self.conjuncts(obj, end) if obj is not None else [], "direct", t, None

    def passive_agent_frame(self, t: Item, tr, end: int, preps: tuple):
        """قُتل X على يد Y، قتل فلسطيني برصاص الجيش: a passive verb with its agent named; so a noun of killing
        (مقتل مواطن برصاص مسلحين، اغتيال الناشط على يد مجهولين)."""
        if not ((tr.pos == "verb" or tr.pos == "noun" and tr.cls == "KILL") and self.agent_phrase(t, end) is not None):
            return None
        # قُتل X على يد القوات الفرنسية: a passive verb with its agent named
        agent = self.agent_phrase(t, end)
        # (قتل قيادي في حزب الإصلاح برصاص مسلحين: a member stands for his group)
        patient = next((it for it in self.ents if t.j <= it.i < agent.i and (not self.gov(it) or self.gov(it) in (
            "في", "من", "ب") and it.entity.type in ACTOR_TYPES and self.member_of(it, t.j))), None)
        if patient is None and tr.pos == "noun":
            return self.conjuncts(agent, end), [], "direct-agent", t, None
        if patient is None:
            patient = self.subject_before(t)
        if patient is None:
            return [self.finish(t, t, tr, self.conjuncts(agent, end), [], "direct-agent")]
        return self.conjuncts(agent, end), [patient], "direct-agent", t, None

    def after_preposition_frame(self, t: Item, tr, end: int, preps: tuple):
        """في ضرب «داعش»: after a preposition a verb form is a verbal noun; the noun after it is its
        object and the doer is the clause's subject."""
        if not (tr.pos == "verb" and (self.tok(t.i - 1) in self.preps or self.tok(t.i - 1) == "امام")
                and self.tok(t.i - 1) not in ("قبل", "بعد", "يد")):
            return None     # (أمام تقدم قوات النظام: "before the advance of", a noun after it too)
        if "obj" not in tr.targets:
            # أمام تقدم قوات النظام: a verbal noun that takes no object has its doer in the genitive
            gen = next((it for it in self.ents if t.j <= it.i <= t.j + 1 and not self.gov(it) and self.is_actor(it)
                        and all(self._force_word_at(k) or self.tok(k) in self.w.get("head", ())
                                for k in range(t.j, it.i))), None)
            if gen is not None:
                tgt = self.prep_target(t, preps, gen.j, end, over_places(tr)) if preps else None
                return [gen], self.conjuncts(tgt, end) if tgt is not None else [], "genitive", t, None
        # في ضرب «داعش»: after a preposition the form is a verbal noun, and the noun after it
        # is its object; the doer is the clause's subject, if any
        tgt = self.bare_object(t, None, end)
        if tgt is None and preps:
            tgt = self.prep_target(t, preps, t.j, end, over_places(tr))   # منذ سيطرت جماعة على …
        subj = self.clause_subject(t)
        if tgt is None or subj is None:
            return [self.finish(t, t, tr, [subj] if subj is not None else [],
                                self.conjuncts(tgt, end) if tgt is not None else [], "genitive")]
        return [subj], self.conjuncts(tgt, end), "genitive", t, None

    def verb_frame(self, t: Item, tr, end: int, preps: tuple):
        """A verb: its subject (VSO or SVO, agreement, coordination), its object or the noun phrase after
        its preposition; relative clauses, passives read from a count or a missing object."""
        if not (tr.pos == "verb"):
            return None
        actors: list[Item] = []
        targets: list[Item] = []
        stop = end
        loc = over_places(tr)
        if preps:
            p = self._prep_target(t, preps, t.j, end, loc)     # (a place that is no target still ends the subject)
            if p is not None:
                stop = p.i
        subj, how = (None, "") if self.possessed_force(t) or self.possessed_force_after(t) else self.subject(t, stop)
        if subj is not None and subj.i > t.i and tr.cls == "MEET" and "obj" in tr.targets \
                and self.tok(t.i - 1) in ("حيث", "ثم") and self.focus.last(t.gender) not in (None, subj.entity):
            subj, how = None, ""     # وصل دي ميستورا إلى دمشق حيث التقى وزير الخارجية: the traveller met him
        if subj is not None and subj.i > t.i and tr.type == "ASSAULT" and self.noun_before(t) is not None:
            subj, how = None, ""     # غارات جوية استهدفت قوات صالح: قوات صالح is what the raids hit
        spoken_object = None
        if subj is not None and subj.i > t.i and "obj" in tr.targets and self._speaker_pronoun_before(t):
            spoken_object, subj, how = subj, None, ""   # أعلن الجيش أنه قتل 20 من عناصر داعش: "it" is the
            #                                              subject; who follows, the object
        elif subj is None and "obj" in tr.targets and self._speaker_pronoun_before(t):
            spoken_object = self._counted_from(t.j, end)  # أنه قتل «عديد» من الإرهابيين
        accused = self._accused_before_charge(t, tr, subj, end)
        if accused is not None:
            return [self.finish(t, t, tr, [], accused, "")]
        inherit = self.focus.here("f") if tr.cls in ("KILL", "ARREST") and not t.suffix and t.gender == "f" \
            and t.clitic[:1] in ("و", "ف") and self.count_at(t.j) and not (subj is not None and subj.i < t.i) \
            else None
        if inherit is not None:
            # قصفت الطائرات إدلب وقتلت عشرة مدنيين: a feminine verb coordinated with the clause before (not
            # وقُتل عشرة, passive), its subject that clause's, dropped; the count its object
            subj, how = None, "inherited"
        elif tr.cls in ("KILL", "ARREST") and not t.suffix and t.gender != "p" \
                and (self.count_at(t.j) or self.time_word(t.j) and self.count_at(t.j + 1)
                     or self._counted_after_phrase(t, subj)) \
                and not (subj is not None and subj.i < t.i) \
                and not self._speaker_pronoun_before(t):
            # قُتل 28 شخصاً، اعتُقل خمسة ناشطين: a count right after a verb of killing or arresting (or after
            # when, where and how: قتل حينها 14 ضابطا، قتل في الغارات 7 متمردين) names those it befell; the
            # verb is passive and no doer is named in this clause (not after أنه: أعلن الجيش أنه قتل 20, the
            # speaker killed them)
            victims = self.conjuncts(subj, end) if subj is not None and subj.i > t.i else []
            if not victims:
                counted = self._counted_from(t.j, end)
                victims = self.conjuncts(counted, end) if counted is not None else []
            return [self.finish(t, t, tr, [], victims, "passive")]
        if subj is not None and subj.i > t.i and "obj" in tr.targets and not preps:
            chain = self.conjuncts(subj, end)
            if len(chain) > 1 and all(c.entity.type in LOCATION_TYPES for c in chain) \
                    and self.bare_object(t, chain[-1], end) is None and not self._deed_at(chain[-1].j):
                # زار اليمن والسودان وليبيا: a coordinated list and nothing after it is the
                # object of a verb whose subject was dropped
                subj, how = None, ""
            elif self.required_after_object(tr, chain[-1].j):
                # وحمّل مليشيات الحوثيين المسؤولية: one noun phrase between the verb and the word that must
                # follow its object is that object; the subject was dropped
                subj, how = None, ""
        if subj is not None:
            actors = self.conjuncts(subj, end) if subj.i > t.i else [subj]
        if subj is not None and subj.i > t.i and tr.cls == "KILL" and not t.suffix \
                and (self._wounded_after(actors[-1].j) or self._died_in_attack(actors[-1].j)):
            # قتل المصور سيمون كامبرز وأصيب زميله: a killing told beside a wounding is passive like it (قُتل …
            # وأُصيب …): the one after the verb is its victim, no doer is named
            return [self.finish(t, t, tr, [], actors, "passive")]
        if subj is not None and subj.i < t.i and tr.symmetric:
            pair = self.conjuncts_back(subj)
            if len(pair) >= 2:    # أن النظام والمعارضة اتفقا: each with the other
                actors, targets = [pair[0]], pair[1:]
        tgt = None
        rel_k = t.i - 1 if self.tok(t.i - 1) in self.w.get("relative", ()) else -1
        if rel_k >= 0:
            ante = self.antecedent(rel_k)
            if ante is not None and getattr(ante.ref, "agent", False) and any(
                    p.kind == "trigger" and p.j == ante.i and self.reading(p).pos == "noun" for p in self.preds):
                # الهجوم الانتحاري الذي استهدف: the relative clause tells the attack, whose manner the adjective
                # names; it is no antecedent of its own
                ante = None
            resumptive = bool(t.suffix) or self._prep_pronoun(self.tok(t.j), preps) is not None \
                or self.tok(t.j) in tr.requires and self._prep_pronoun(self.tok(t.j + 1), preps) is not None \
                or self.tok(rel_k) in ("الذي", "الذين") and t.gender == "f" and not self.possessed_force_at(t.j)
            # (تنظيم الدولة الذي قصفت مواقع له: a feminine verb after الذي has another subject; the antecedent
            # is what it was done to, its pronoun further on; الذي ألقي القبض عليه: past the verb's required
            # word)
            named = self._subject_before_pronoun(t, rel_k) if ante is None and not resumptive else None
            if named is not None:
                # القرار الذي رفض الرئيس الأمريكي توقيعه: an actor right after the verb (past a title), then a
                # word with a pronoun that stands for the antecedent (no event noun, no entity), is the verb's
                # subject; the antecedent is what it was done to
                return [self.finish(t, t, tr, [named], [], "direct")]
            if ante is None and not resumptive:
                # القتال الذي دمر سوريا، التفجير الذي استهدف سوقا: the subject is a common noun (no
                # entity does it); what follows is still the verb's object
                obj = self.bare_object(t, None, end) if "obj" in tr.targets else None
                if obj is None and preps:
                    obj = self.prep_target(t, preps, t.j, end, loc)
                return [self.finish(t, t, tr, [], self.conjuncts(obj, end) if obj is not None else [], "")]
            if ante is not None and not resumptive and tr.cls in ("KILL", "ARREST") and "obj" in tr.targets \
                    and (subj is None or subj.i < t.i) and self.ends_phrase(t.j):
                # الجنود الذين قتلوا في الهجوم: a verb of killing with no object is passive (قُتلوا); those
                # the relative pronoun stands for are its victims
                return [self.finish(t, t, tr, [], [ante], "passive")]
            if ante is not None and resumptive:
                tgt = ante                     # قرية الجفرة التي تسيطر عليها قوات النظام
            elif ante is not None and self.is_actor(ante):
                # واشنطن التي تدعم المعارضة: the antecedent is the subject, what follows the object
                if subj is not None and subj.i > t.i and "obj" in tr.targets:
                    tgt = subj
                actors, how, subj = [ante], "direct", None
        if tgt is None and "obj" in tr.targets:
            # the object comes after the whole subject, every conjunct of it (قوات النظام ومجموعات
            # مسلحة موالية لإيران بلدة الهبيط)
            last = next((a for a in reversed(actors) if a.i > t.i), None) if subj is not None and subj.i > t.i \
                else None
            noun = self.noun_subject(t) if subj is None and tr.type == "ASSAULT" else None
            if noun is None:
                tgt = self.bare_object(t, last or (subj if subj is not None and subj.i > t.i else None), end)
            else:
                # استهدف الهجوم (الانتحاري) حشدا من المتظاهرين: the object follows the event noun that is
                # the verb's subject and the adjectives agreeing with it
                k = noun.j
                while k < end and self.tok(k).startswith("ال") and not self.ent_token(k):
                    k += 1
                k = max(k, max((it.j for it in self.ents if it.i == noun.j and self.tok(it.i).startswith("ال")),
                               default=k))
                tgt = self.bare_object(t, None, end, start=k)
        if tgt is None and not targets and "obj" in tr.targets and tr.cls in ("KILL", "ARREST") \
                and not t.suffix and subj is not None and actors and not self._speaker_pronoun_before(t) \
                and (t.gender != "p" or subj.i < t.i and (self.counted(subj) or self._no_object_after(t))) \
                and (self.ends_phrase(self._past_its_place(actors[-1]) if subj.i > t.i else t.j)
                     or subj.i > t.i and self.joined_count(actors[-1].j)) \
                and not (subj.i > t.i and self._counted_object(actors[-1].j, end)) \
                and not (subj.i < t.i and not self.counted(subj) and self._counted_object(t.j, end, reach=10)) \
                and not (subj.i > t.i and self._whoever_at(self._past_its_place(actors[-1]))):
            # قتل شرطي تركي في هجوم، أن جنديا قتل في الهجوم: a verb of killing needs an object; with one
            # noun phrase and nothing after it, the verb is passive (قُتل) and the noun phrase its subject.
            # A plural verb only after a count (أن 12 شرطيا قتلوا في هجوم): those counted are its victims
            return [self.finish(t, t, tr, [], actors, "passive")]
        if tgt is None and "obj" in tr.targets and tr.cls in ("ATTACK", "CONTROL"):
            # the holder of the parts hit or taken (استعادت القوات المناطق التي يسيطر عليها المتمردون), else the
            # place they lie in
            after = subj.j if subj is not None and subj.i > t.i else t.j
            # (استهدف صاروخ المواقع الأمريكية في أربيل: the country the parts belong to before the town they lie in)
            tgt = self.held_owner(after) or self._object_owner(t, subj) or self.part_place(after, end)
        if tgt is None and "obj" not in tr.targets and not t.suffix and preps:
            pron = self._prep_pronoun(self.tok(t.j), preps, ("ه", "ها", "هم"))
            if pron is not None:     # وسيطر عليه: the place just named
                tgt = self.pronoun_referent(t, self.tok(t.j)[len(pron):], loc)
        if tgt is None and preps:
            tgt = self.prep_target(t, preps, (subj.j if subj is not None and subj.i > t.i else t.j), end, loc)
        if tgt is None and not targets and "obj" in tr.targets:
            tgt = self._object_owner(t, subj)
        if tgt is None and not targets and "obj" in tr.targets and tr.cls in ("KILL", "ARREST") and actors:
            # اعتقلت الشرطة خلال حملة في أنقرة 120 شخصا: the people counted past a phrase of time or place
            tgt = self._counted_noun(max([t.j] + [a.j for a in actors if a.i > t.i]), end)
        if tgt is None and not targets and tr.cls == "ATTACK":
            tgt = self.passing(t.j, end)     # انفجرت عبوة لدى مرور دورية للشرطة: the patrol was hit
        if tgt is None and not targets and "obj" in tr.targets and tr.type in ("ACCUSE", "REJECT"):
            tgt = self._whose_deeds(max([t.j] + [a.j for a in actors if a.i > t.i]), end)
        if tgt is None and not targets and tr.cls == "ATTACK" and not tr.symmetric:
            # فجر انتحاري نفسه داخل مسجد، انفجرت سيارة مفخخة في سوق، عند حاجز: with nothing named as hit,
            # the facility it happened in or at (not a town: قصفت الطائرات في حلب)
            after = max([t.j] + [a.j for a in actors if a.i > t.i])    # (past a subject after the verb)
            tgt = next((it for it in self.ents if after <= it.i <= after + 6 and it not in actors
                        and self.gov(it) in ("في", "داخل", "عند", "امام") and it.entity.type == "Facility"
                        and not self.pred_between(t.j, it.i)), None)
        if tgt is not None and tr.cls == "MOBILIZE" and (self._own_force(tgt) or tgt.entity.type in LOCATION_TYPES):
            tgt = None      # نشرت الولايات المتحدة مئات الجنود، نشرت الشرطة عناصرها في شوارع القاهرة: the men
            #                 sent are the sender's, the town where they go is the place
        if tgt is None and not targets and spoken_object is not None:
            tgt = spoken_object
        if tgt is not None and not targets:
            targets = self.conjuncts(tgt, end)
        if tr.symmetric and not targets and len(actors) >= 2:
            # اتفقت الحكومة والحوثيون، التقى الوزير ونظيره الروسي: each side with the other, as when the
            # sides come before the verb
            actors, targets = actors[:1], actors[1:]
        return actors, targets, how, t, None if actors else inherit

    def _object_owner(self, t: Item, subj: Item | None) -> Item | None:
        """The country whose adjective describes the verb's common-noun object (``owner_adjective``), past
        the subject, or past a weapon as the subject (استهدف صاروخ القاعدة الأمريكية)."""
        after_subject = subj is not None and subj.i > t.i
        k = subj.j if after_subject else t.j
        if not after_subject and self.tok(t.j) in self.w.get("instrument", ()) and not self.ent_token(t.j):
            k, after_subject = t.j + 1, True
        if t.trigger is not None and self.tok(k) in self.reading(t).requires:
            k += 1           # أطلقت إيران سراح بحارين بريطانيين: past the word the verb needs
        return self.owner_adjective(k, indefinite=after_subject)

    def _threat_object(self, t: Item) -> tuple[Item, Item, Item] | None:
        """The subject, the object and the verb of a verb of threatening whose object ends right before the
        event noun at t (هدد الجيش المسلحين بهجوم، بالذبح والقتل): (subject, object, verb), else None."""
        if t.clitic[:1] == "و":
            t = next((p for p in self.preds if p.kind == "trigger" and p.j == t.i), t)   # بالذبح والقتل
        if not t.clitic.endswith("ب"):
            return None
        v = next((p for p in self.preds if p.kind == "trigger" and p.i < t.i and t.i - p.j <= 8
                  and self.reading(p).type == "THREATEN" and self.reading(p).pos == "verb"
                  and not self.pred_between(p.j, t.i, p)), None)
        if v is None:
            return None
        subj, _ = self.subject(v, t.i)
        if subj is None or not self.is_actor(subj):
            return None
        objs = [it for it in self.ents if v.j <= it.i and it.j <= t.i and it is not subj and not self.gov(it)
                and not (it.mention_kind == "demonym" and not it.nominal)]
        if subj.i > v.i and objs and objs[0] in self.conjuncts(subj, t.i):
            # «داعش» يتوعد حفتر والسراج بالذبح: the names after the verb are all threatened
            subj = self.subject_before(v)
            if subj is None or not self.is_actor(subj):
                return None
            objs = [it for it in self.ents if v.j <= it.i and it.j <= t.i and not self.gov(it)]
        objs = [it for it in objs if it.i > subj.i]
        # the first object, its phrase reaching the event noun: its conjuncts, adjectives and genitives only
        # (هدد الجيش المسلحين الأكراد بعملية، حفتر وأعضاء مجلس النواب بالذبح)
        if not objs or t.i - objs[-1].j > 1 or any(p.kind != "ent" and objs[0].i <= p.i < t.i for p in self.items):
            return None
        return subj, objs[0], v

    def _whose_deeds(self, start: int, end: int) -> Item | None:
        """أدانت الوزارة القرارات والإجراءات الإسرائيلية: the country whose adjective describes the
        definite nouns a condemnation or rejection takes as its object is what it is aimed at."""
        for k in range(start, min(end, start + 5)):
            it = next((x for x in self.ents if x.i == k), None)
            if it is not None:
                return it if it.mention_kind == "demonym" and not it.nominal and k > start else None
            t = self.tok(k)
            if not (t.startswith(("ال", "وال")) and not self.ent_token(k)) or any(p.i == k for p in self.preds):
                return None
        return None

    def _subject_before_pronoun(self, t: Item, rel_k: int) -> Item | None:
        """After a relative pronoun whose antecedent is no entity nor an event noun: the actor right after the
        verb (past a definite title: الرئيس الأمريكي) when a word with a pronoun of the third person follows it
        (توقيعه، تنفيذها: the antecedent is that word's object), else None."""
        if any(p.kind == "trigger" and p.j == rel_k for p in self.preds):
            return None
        k = t.j + self._definite_title_at(t.j)
        x = next((it for it in self.ents if it.i == k and self.is_actor(it) and not self.gov(it)), None)
        if x is None:
            return None
        k = self._past_its_place(x)
        tok = self.tok(k)
        return x if len(tok) > 4 and tok.endswith(("ه", "ها")) and not tok.endswith("يه") \
            and not tok.startswith("ال") and not self.ent_token(k) else None

    def _past_its_place(self, it: Item) -> int:
        """The token after an unnamed group and the place in its genitive (قائد شرطة محافظة الأنبار)."""
        nxt = next((x for x in self.ents if it.j <= x.i <= it.j + 1 and self._place_of_group(x)), None)
        return nxt.j if nxt is not None else it.j

    def _members_of(self, start: int, k: int, it: Item) -> bool:
        """Token k is of "من عناصر" right before the entity and right after the noun at ``start`` (هجوم من
        عناصر داعش: by the group's men): the agent's own preposition and force noun, no phrase between."""
        return start == _head(it) - 2 and k in (start, start + 1) and self.tok(start) == "من" \
            and self._force_word_at(start + 1)

    def passing(self, start: int, end: int) -> Item | None:
        """The entity right after a word of passing (words.tsv passing: لدى مرور دورية، أثناء عبور قافلة) in
        the clause: what an explosion or attack hit as it passed."""
        return next((it for it in self.ents if start < it.i < end and self._passing_before(it)
                     and not self.pred_between(start, it.i)), None)

    def _deed_at(self, k: int) -> bool:
        """An event noun is the object at token k, after manner adverbs (أدان الأردن ومصر (بشدة) الهجوم:
        the list before it is the subject)."""
        while self.tok(k) in _MANNER:
            k += 1
        return any(p.kind == "trigger" and p.i == k and self.reading(p).pos == "noun" for p in self.preds)

    def noun_frame(self, t: Item, tr, end: int, preps: tuple):
        """An event noun: its agent through a light verb, the genitive, an agent phrase or a nationality
        adjective; its target after its preposition or as the owner of what was hit."""
        actors: list[Item] = []
        targets: list[Item] = []
        how = ""
        anchor = t
        actor_ent: Entity | None = None
        lv = self.light_verb_for(t)
        if lv is not None and lv.i >= t.j:
            # الهجوم الذي شنه داعش على الرمادي: the relative clause carries actor and target
            end = max(end, self.clause_end(lv.j, commas=False))
        gen = self.genitive(t, end)
        tgt = None
        if preps:
            tgt = self.prep_target(t, preps, t.j, end, over_places(tr))
        if gen is not None and tgt is not None and tgt is not gen and tr.symmetric and self.is_actor(gen) \
                and self.gov(tgt) in ("مع", "ضد") and gen.i < tgt.i:
            # معارك الجيش مع داعش، قتال الحكومة ضد طالبان: the genitive of a fight with (against) someone is
            # the other side
            actors, how, gen = [gen], "genitive", None
        if tgt is not None and tr.relation == "ambushed" and self.gov(tgt) == "ل" and self.after_preposition(t) \
                and lv is None and self.is_actor(tgt):
            # قتلى في كمين للمقاومة: the ambush the dead fell in is the one the resistance laid (نصب كمينا
            # للدورية is one laid for the patrol)
            actors, how, tgt = [tgt], "genitive", None
        if tgt is None and gen is None and t.suffix and "obj" in tr.targets:
            # مكافحتها لتنظيم داعش: the pronoun is the genitive agent, لـ introduces the patient
            nxt = next((it for it in self.ents if t.j <= it.i <= t.j + 2), None)
            if nxt is not None and self.gov(nxt) == "ل":
                tgt = nxt
        if tgt is None and gen is None and t.suffix and "obj" in tr.targets:
            # بعد قتله وجرحه العشرات من قوات النظام: with its doer a pronoun, the verbal noun takes its
            # object as a verb does
            obj = self.bare_object(t, None, end)
            if obj is not None and obj.mention_kind != "demonym" and all(
                    self.is_transparent(self.tok(k)) or (self.tok(k).startswith("و") and self.tok(k).endswith(t.suffix))
                    or (self.tok(k) == "من" and self.is_transparent(self.tok(k - 1))) for k in range(t.j, _head(obj))):
                tgt = obj      # right after the noun, or after nouns coordinated with it (وجرحه) and a count
        if tgt is None and gen is None and "obj" in tr.targets and tr.cls in ("ATTACK", "KILL"):
            # تدمير خمس عجلات مفخخة تعود لتنظيم داعش: what was hit belongs to the target
            for it in self.ents:
                if t.j < it.i <= t.j + 6 and self.gov(it) == "ل" and not self.pred_between(t.j, it.i):
                    k = it.i - 1 if self.tok(it.i - 1).startswith("ل") and not self.ent_token(it.i - 1) else it.i
                    if self.tok(k - 1).removeprefix("ال") in _ATTRIBUTIVE_OWNERSHIP:
                        tgt = it
                    break
                if it.i > t.j + 6:
                    break
        if tgt is None and gen is None and "obj" in tr.targets:
            # قصف مواقع لتنظيم داعش، بقصف ثلاثة مواقع لداعش: the owner of the indefinite part noun (after
            # a count) is the target
            k = t.j
            while k < t.j + 2 and self.figure(k):
                k += 1
            part = self.tok(k)
            if part in self.w.get("part", ()):
                nxt = next((it for it in self.ents if k < it.i <= k + 2), None)
                if nxt is not None and self.gov(nxt) == "ل":
                    tgt = nxt
            if tgt is None and tr.cls == "ATTACK":
                tgt = self.held_owner(t.j)      # قصف المناطق الخاضعة لسيطرة المعارضة: the holder's
        if tgt is None and gen is None and tr.cls == "ATTACK":
            # ضربات جوية لتجمعات داعش: the owner of the part noun لـ introduces, past the noun's adjectives
            k = t.j
            while k < t.j + 2 and self._described(k):
                k += 1
            if self.part_word(k) == "ل" and not self._force_word_at(k):
                # (not the men of a group: هجوم لعناصر المقاومة is theirs)
                tgt = next((it for it in self.ents if not it.clitic and (
                    it.i == k + 1 or it.i == k + 2 and self.is_transparent(self.tok(k + 1)))), None)
        if tgt is None and gen is None and "obj" in tr.targets and tr.cls == "ATTACK" and not t.suffix \
                and not self.tok(t.i)[len(t.clitic):].startswith("ال") and not t.clitic.endswith("لل"):
            # بضرب القواعد الأمريكية: a verbal noun of striking in construct with a common noun whose
            # nationality adjective names the country it belongs to: that country is what was struck
            tgt = self.owner_adjective(t.j)
        pair = self.demonym_pair(t) if tr.symmetric else None
        if pair is not None:
            actors, how, tgt, gen = [pair[0]], "genitive", pair[1], None   # التفاهم الروسي التركي
        purpose = t.clitic.endswith("ل") and not t.clitic.endswith("لل") and "obj" in tr.targets
        headed = gen is not None and gen.mention_kind == "demonym" and gen.i == t.j + 1 and (
            self._force_word_at(t.j) or self.tok(t.j) in self.w.get("people", ()))   # قصف القوات الروسية
        plural_victims = tr.cls == "KILL" and gen is not None and self.tok(gen.i).endswith(("ين", "ون"))
        if gen is not None and gen.mention_kind == "demonym" and not headed and not tr.symmetric \
                and gen.i <= t.j + 1 and not actors and not self.counted(gen) and not plural_victims:
            # (not مقتل حوثيين: a plural after a killing is its victims, no adjective of it)
            # الاجتياح الإسرائيلي للبنان، القصف التركي لمواقع الوحدات الكردية: a nationality
            # adjective on the event noun is its agent, لـ introduces the target
            actors, how = [gen], "genitive"
            if tgt is None:
                nxt = next((it for it in self.ents if gen.j <= it.i <= gen.j + 2 and it is not gen), None)
                if nxt is not None and self.gov(nxt) == "ل":
                    tgt = nxt
            gen = None
        if gen is not None and tgt is None and "obj" in tr.targets and any(
                self.tok(k).removeprefix("ال") in self.w.get("part", ()) for k in range(t.j, _head(gen))):
            tgt, gen = gen, None               # استهداف مقرات قوات النظام: the owner of the parts
        if gen is not None and tgt is None and "obj" in tr.targets and self.is_actor(gen) \
                and (obj := self._object_after(gen)) is not None:
            actors, how, tgt, gen = [gen], "genitive", obj, None
        elif gen is not None and tgt is None and "obj" in tr.targets and self.counted(gen) and gen.i - t.j <= 4:
            tgt, gen = gen, None      # بقتل عشرة أتراك: those counted after the noun are what it befell
        if gen is not None and tgt is None and "obj" in tr.targets and any(
                self.tok(k) == "من" and self.tok(k + 1) in ("قبل", "جانب")
                or self.tok(k) == "علي" and self.tok(k + 1) in ("يد", "ايدي") for k in range(gen.j, gen.j + 3)):
            tgt, gen = gen, None     # استهداف السعودية من قبل جماعات الإرهاب: "by" names the doer, if anyone
        elif gen is not None and tgt is None and "obj" in tr.targets and not tr.symmetric and self.is_actor(gen) \
                and (gen.mention_kind in ("name", "nominal") or headed
                     or gen.mention_kind == "generic" and carried_doer(self.lex, gen.entity, tr.type)):
            # اجتياح جماعة الحوثي للعاصمة صنعاء: the genitive of a verbal noun is its doer when لـ then
            # introduces its object
            nxt = next((it for it in self.ents if gen.j <= it.i <= gen.j + 2 and it is not gen), None)
            if nxt is not None and nxt.mention_kind == "demonym" and self.gov(nxt) == "ل":
                # للعاصمة اليمنية صنعاء: the adjective of the part noun, then the place
                nxt = next((it for it in self.ents if it.i == nxt.j and it.entity.type in LOCATION_TYPES), nxt)
                gov = "ل"
            else:
                gov = self.gov(nxt) if nxt is not None else ""
            if nxt is not None and gov == "ل" and nxt.entity.type != "Media" and all(
                    self._split(self.tok(k))[0].lstrip("وف") in ("ل", "لل") or self.ent_token(k)
                    for k in range(gen.j, nxt.i)):     # (right after it, or after a part noun: لمواقع الحوثيين)
                actors, how, tgt, gen = [gen], "genitive", nxt, None
            elif (nxt is None or nxt.i > gen.j) and gen.mention_kind == "generic" and tr.cls == "ATTACK" \
                    and self.tok(gen.j)[1:2] != "ل" and not self.ent_token(gen.j) \
                    and self._split(self.tok(gen.j))[0] == "ل":
                # اجتياح الميليشيات لمحافظات عدة: an unnamed group in the genitive, then what it struck after لـ
                # (a place kg does not name), is the doer
                actors, how, gen = [gen], "genitive", None
        if gen is not None and tgt is None and not actors and "obj" in tr.targets and not tr.symmetric \
                and (tr.cls in ("ATTACK", "KILL", "ARREST", "COERCE") or lv is not None and t.i - lv.j <= 1) \
                and (gen.mention_kind != "demonym" or headed) \
                and self.is_actor(gen) and self.tok(t.i)[:len(t.clitic) + 2] != t.clitic + "ال":
            # واصل الجيش قصف داعش، بدأت أنقرة مهاجمة تنظيم الدولة: the light verb's subject is the doer of
            # the verbal noun, and its genitive what is done to (any deed right after the light verb: تواصل
            # إيران دعم الحوثيين)
            doer = None
            src = lv if lv is not None and lv.i < t.i else next((
                # هدد الحوثيون باستهداف السفن السعودية: who threatens a deed would do it
                p for p in self.preds if p.kind == "trigger" and p.i < t.i <= p.j + 3
                and self.reading(p).type == "THREATEN" and self.reading(p).pos == "verb"), None)
            if src is not None:
                doer, _ = self.subject(src, t.i)
            if doer is not None and doer is not gen and doer.i < t.i and all(
                    self.tok(k) in self.preps for k in range(max(doer.j, src.j), t.i)) \
                    and t.i - max(doer.j, src.j) <= 1:
                # (the light verb's object, right after it and its subject or a preposition: تمكنت المقاومة
                # من طرد؛ not a noun inside another phrase: نجحت المقاومة بمساعدة غارات التحالف)
                actors, how, tgt, gen = [doer], "light", gen, None
        if gen is not None:
            if "obj" in tr.targets and tgt is None and (not self.is_actor(gen) or tr.symmetric
                                                        or "gen" not in tr.agents or purpose
                                                        or gen.entity.type == "Place" and tr.type in ("ASSAULT", "CONSULT")
                                                        or (self.group_noun(gen)
                                                            and not getattr(gen.ref, "agent", False)
                                                            and tr.cls not in _GROUP_DOES)):
                # استهداف المتظاهرين: an unnamed group after a transitive verbal noun is what it
                # is done to (a named doer is the agent: قصف النظام; a group that moves, speaks or
                # protests does it: دخول الميليشيات إلى عدن، مطالب المتظاهرين); so is a town attacked or visited,
                # even a capital that stands for its government (قصف الرياض، زيارة الدوحة)
                tgt = gen                      # حصار المطار، لقاء وزير الخارجية
            elif self.is_actor(gen) and "gen" in tr.agents:
                actors, how = [gen], "genitive"   # قصف النظام، الغارات الروسية
                if tgt is None and "obj" in tr.targets:
                    obj = self.bare_object(t, gen, end)   # استرجاع النظام مستشفى الأسد
                    if obj is not None and obj.i - gen.j <= 2:
                        tgt = obj
        if not actors:
            tgt_side = self.conjuncts(tgt, end) if tgt is not None else []
            for it in self.ents:
                if it.i >= t.j and it.i - t.j <= 5:
                    gov = self.gov(it)
                    if gov in _AGENT_MARKERS and tr.agents:
                        gov = tr.agents[0]     # غارات مكثفة من قبل طيران التحالف: "by", whatever the noun's own
                    if gov and gov in tr.agents and gov not in preps and it not in tgt_side \
                            and not (gov == "من" and lv is not None and tr.cls == "CONTROL") \
                            and not self.tok(it.i if it.lead < 0 else it.lead).startswith("و") \
                            and not self.pred_between(t.j, it.i) \
                            and not (gov == "ل" and it.entity.type == "Media") \
                            and not (self.gov(it) in ("من", "ب") and self.member_of(it, t.j)) \
                            and not (gov == "ل" and tgt is not None and tgt.entity.type == "Facility"
                                     and tgt.i < it.i) \
                            and not (gov == "من" and tgt is not None and self.tok(tgt.j) == "من"
                                     and self.tok(tgt.j + 1) != "قبل" and 0 < it.i - tgt.j <= 2) \
                            and not (gov == "ل" and self.tok(t.i)[len(t.clitic):].startswith("ال") and any(
                                not self.tok(k).startswith("ال") and not self._force_word_at(k)
                                for k in range(t.j, _head(it)))) \
                            and not any(self.tok(k) in preps or self._split(self.tok(k))[0].lstrip("وف") in preps
                                        or self.tok(k) in self.w.get("part", ())
                                        or self.part_word(k) is not None and not self._force_word_at(k)
                                        and self.gov(it) not in _AGENT_MARKERS
                                        for k in range(t.j, _head(it))
                                        if not self._members_of(t.j, k, it)):
                        # هجوم من وحدات الحماية; not the group of a member (مقتل قيادي بتنظيم داعش); not across a
                        # verb (هجوما استهدف دورية تابعة للحوثيين), not after the target's phrase (غارة على معسكر
                        # لـ«بي كا كا»: the camp's owner), and not a newspaper spoken to (قائد عملية تحرير عدن
                        # لـ«الشرق الأوسط»), nor the owner of the place hit (استهداف دورية عسكرية لميليشيا الحوثي،
                        # كمينا لدورية من ميليشيات الحوثيين)
                        actors, how = [it], "genitive"
                        break
        if how == "genitive" and len(actors) == 1 and getattr(actors[0].ref, "agent", False) and lv is not None:
            # نفذ تنظيم داعش هجوما انتحاريا، تبنى التنظيم التفجير الانتحاري: the adjective tells how; the one who
            # carried the attack out or claims it did it
            subj, _ = self.subject(lv, t.i if lv.i < t.i else end)
            if subj is not None and subj is not actors[0] and self.is_actor(subj) and not self.group_noun(subj):
                actors, how = [subj], "light"
        if not actors and lv is not None and lv.i < t.i and self._foiled(t):
            lv = None     # تمكنت الشرطة من إحباط هجوم: the light verb's subject foiled the attack, did not make it
        if not actors and lv is not None:
            subj, _ = self.subject(lv, t.i if lv.i < t.i else end)
            if subj is None and lv.i < t.i and self.tok(lv.i - 1) in self.w.get("relative", ()) and not lv.clitic:
                # الحوثيين الذين شنوا هجوما، مواقع المتمردين التي جددت اعتداءاتها: with no subject of its own,
                # the light verb right after a relative pronoun is its antecedent's deed
                ante = self.antecedent(lv.i - 1)
                subj = ante if ante is not None and self.is_actor(ante) else None
            if subj is None and lv.i < t.i:
                # قصفت القوات المواقع وتمكنت من قتل 11 مسلحا: a light verb joined by و goes on with the subject
                joined = self.joined_subject(lv)
                subj = joined if joined is not None and self.is_actor(joined) else None
            # (a claim past the speaker and what is said of it: أعلنت جماعة ولاية سيناء في بيان مسؤوليتها)
            said = next((p for p in self.preds if p.kind == "word" and p.word == "report" and (p.j == lv.i or (
                self._word_of(self.tok(lv.i), "claim") and self.clause_start(lv.i) <= p.i and p.j < lv.i
                and not self.pred_between(p.j, lv.i)))), None)
            if subj is None and said is not None and lv.i < t.i \
                    and self.tok(said.i - 1) not in self.w.get("negation", ()):
                # حزب العمال الذي أعلن تبني مقتل شرطيين: the light verb's noun right after a verb of telling is
                # the speaker's deed (not لم تعلن مسؤوليتها: who did not claim it is not named as the doer)
                subj = self.speaker(said)
                subj = subj if subj is not None and self.is_actor(subj) else None
            if subj is not None:
                # هجوم شنه مقاتلو المعارضة وجبهة النصرة: every conjunct after the light verb
                actors = self.conjuncts(subj, end) if subj.i > lv.i else \
                    self.conjuncts_back(subj) if tr.symmetric else [subj]
                how, anchor = "light", lv
                if len(actors) >= 2 and tgt is None and (tr.symmetric and tr.type != "ASSAULT"
                                                          or self._word_of(self.tok(lv.i), "reciprocal")):
                    # تبادلت قوات النظام وفصائل المعارضة القصف، توصلت الحكومة والمعارضة إلى اتفاق: each side
                    # did it to, or with, the other (not خاض الجيش والمقاومة معارك: allies in a fight)
                    actors, tgt = actors[:1], actors[1]
            else:
                anchor = lv
        if (thr := self._threat_object(t)) is not None and (not actors or actors == [thr[1]]):
            # توعد التنظيم الولايات المتحدة بهجمات جديدة: who threatens someone with a deed would do it to him
            actors, how = [thr[0]], "light"
            if tgt is None:
                tgt = thr[1]
        if tgt is None and actors and tr.cls == "ATTACK" and not tr.symmetric:
            # شن التنظيم هجوماً في ريف دير الزور: with no على/ضد target, the town or facility
            # where the attack took place (not a whole country)
            near = [it for it in self.ents if t.j <= it.i <= t.j + 6 and it not in actors
                    and not self.pred_between(t.j, it.i)]
            # (a facility before a town: تفجير انتحاري بمسجد في القطيف hit the mosque)
            tgt = next((it for it in near if it.entity.type == "Facility"
                        and self.gov(it) in ("في", "داخل", "ب", "عند", "امام")), None) \
                or next((it for it in near if it.entity.type in ("Place", "Facility")
                         and self.gov(it) in ("في", "داخل")), None)
        if tgt is not None and not actors and self.gov(tgt) == "ل" and tgt.entity.type == "Person" \
                and "gen" in tr.agents and "الي" in tr.targets:
            # زيارة للرئيس النيجيري إلى واشنطن: a person after لـ, then where to, is who goes there
            dest = next((it for it in self.ents if tgt.j <= it.i <= tgt.j + 2 and self.gov(it) == "الي"), None)
            if dest is not None:
                actors, how, tgt = [tgt], "genitive", dest
        if tgt is not None:
            targets = self.conjuncts(tgt, end)
        if tr.cls == "CONTROL":
            # استعادت القوات السيطرة على تكريت من تنظيم داعش، تحرير الناحية من سيطرة داعش: the side a
            # place was taken from
            loser = next((it for it in self.ents if t.j < it.i <= t.j + 8 and self.is_actor(it)
                          and it not in actors and it not in targets and not self.pred_between(t.j, it.i)
                          and (lv is not None and self.gov(it) == "من" or self._from_hold(it))), None)
            if loser is not None:
                targets = targets + [loser]
        if anchor is t and not actors and tr.cls == "AGREE" and self.tok(t.i)[len(t.clitic):].startswith("ال"):
            # موقف دول المجلس من الاتفاق مع إيران: the known deal; no one is named making it here
            return [self.finish(t, t, tr, [], targets, "")]
        rep = self.report_for(t) if not actors and tr.symmetric and tr.type != "ASSAULT" \
            and self.tok(t.i - 1) in ("خلال", "اثناء", "في") else None
        if rep is not None and rep.i < t.i:
            sp = self.speaker(rep)
            if sp is not None:
                actors, how = [sp], "speaker"   # قال العطية خلال مؤتمر صحافي مشترك مع نظيره الأمريكي
        if not actors and tr.pos == "noun" and tr.type == "ASSAULT" and (led := self._led_by(t)) is not None:
            actors, how = [led], "genitive"   # غارات جوية بقيادة السعودية: who leads them made them
        if not actors and tr.relation == "labelled" and (rep := self.report_for(t)) is not None \
                and (sp := self.speaker(rep)) is not None:
            actors, how = [sp], "speaker"   # قال الرئيس إن هذا عمل إرهابي جبان: who calls it so accuses
        if anchor is t and not actors and tr.type == "ASSAULT" and (repelled := self._repelled(t)) is not None:
            # صدت المقاومة الهجوم، المقاومة صدت هذا الهجوم، تصدت القوات لهجوم: who repels an attack was attacked
            return [self.finish(t, t, tr, [], targets + [x for x in repelled if x not in targets], "")]
        if anchor is t and not actors:
            # (أحبطت قوات الأمن هجوما: who foils a deed is not its doer; who halts its own, أوقفت القوات القصف, is)
            subj = self.clause_subject(t) if not self._foiled(t) and not self._coerced(t, tr) else None
            if subj is not None and t.suffix and tr.type == "ACCUSE" and self.tok(t.j)[:1] == "ب" \
                    and self.tok(t.j) not in self.w["_function"] and self.tok(t.j) not in ("بشان", "بحسب") \
                    and self._pronoun_object(t, tr, [], []) == [subj]:
                # طردت السلطات صحفيا بعد اتهامه بالتجسس: the one accused of a charge (بـ) is the one its
                # pronoun stands for, not the accuser
                targets, subj = targets or [subj], None
            if subj is not None:
                actors, how = [subj], "genitive"
            elif tr.symmetric and (any(c in t.clitic for c in "بل") or (
                    targets and not self.tok(t.i)[len(t.clitic):].startswith("ال"))):
                # purpose (انتقل إلى بازل) للقاء لافروف; the topic's clashes (اشتباكات مع قوات النظام);
                # not a definite noun with no agent: الاتفاق مع طهران names a known deal, not a new act
                actor_ent = self.focus.last("")
                how = "inherited" if actor_ent is not None else ""
            else:
                # قتل 5 في هجوم: no attacker named; احتجاجا على اعتقاله، أدان اغتياله: a stance on an arrest or
                # a killing of someone just named, whom its pronoun stands for
                if tr.cls in ("ARREST", "KILL") and self.stance_object(t) is not None:
                    targets = self._pronoun_object(t, tr, [], targets)
                # (مقتل 10 جنود: a noun of death that names no doer is told as a passive verb is)
                return [self.finish(t, t, tr, [], targets, "passive" if self._death_noun(tr) else "")]
        if tr.cls == "CONTROL" and actors and self._lost(t):
            # فقد الحوثيون السيطرة على المدينة لصالح المقاومة: who loses control is what it is taken from;
            # who takes it is named after لصالح, if anywhere
            gain = next((it for it in self.ents if it.i > t.j and self._after_word(it, "لصالح")), None)
            targets = targets + [a for a in actors if a not in targets]
            actors, how, actor_ent = ([gain], "direct", None) if gain is not None else ([], "", None)
            if not actors:
                return [self.finish(t, t, tr, [], targets, "")]
        return actors, targets, how, anchor, actor_ent

    def _led_by(self, t: Item):
        """The party after بقيادة right after an event noun and its adjectives (غارات جوية بقيادة السعودية,
        "Saudi-led raids"), or the subject of a relative clause of leading it (التي تقودها السعودية), or None."""
        for k in range(t.j, min(t.j + 3, self.n)):
            tok = self.tok(k)
            if tok == "بقياده":
                return next((it for it in self.ents if it.i == k + 1 and self.is_actor(it)), None)
            if tok in self.w.get("relative", ()) and self.tok(k + 1) in _LEADS_IT:
                # الغارات الجوية التي تقودها السعودية: "that Saudi Arabia leads"
                return next((it for it in self.ents if it.i == k + 2 and self.is_actor(it)), None)
            if self.ent_token(k) or not tok.endswith(("يه", "ي")):
                return None     # (only adjectives between: جوية، عنيفة)
        return None

    def _repelled(self, t: Item) -> list[Item] | None:
        """The attack noun is the object of a verb of repelling (words.tsv repel) right before it, past a
        demonstrative or the verb's subject (صدت المقاومة الهجوم، المقاومة صدت هذا الهجوم، تصدت القوات لهجوم):
        the verb's subject, who was attacked ([] when none is named); None when no such verb governs it."""
        repel = self.w.get("repel", ())
        k = t.i - 1
        while k > 0 and self.tok(k) in _DEMONSTRATIVES:
            k -= 1
        after = next((it for it in self.ents if it.j == k + 1 and self.is_actor(it)), None)
        if after is not None and self.conj_word(_head(after) - 1, repel):
            return [after]      # VSO: the verb, its subject, the attack
        if not self.conj_word(k, repel):
            return None
        before = next((it for it in self.ents if it.j == k and self.is_actor(it)), None)
        return [before] if before is not None else []

    def _own_force(self, it: Item) -> bool:
        """An unnamed force (generic.tsv side force: الجنود، القوات): what a verb of deploying sends."""
        return it.mention_kind == "generic" and getattr(it.ref, "side", "") == "force"

    def _accused_before_charge(self, t: Item, tr, subj: Item | None, end: int) -> list[Item] | None:
        """اتهم الجيش بقصف الأحياء، اتُّهم الحزب والتنظيم بأن …، وصف حزب الله بأنه منظمة إرهابية: a noun phrase alone
        (and those joined to it by و) between a verb of accusing or calling so and the charge is the one accused
        or called so, not the accuser (the verb passive, or its subject dropped); None where it is no such phrase.
        The charge is بـ on a verbal noun or a clause (بأن), not a word of manner (بشدة), a stop word (بعض) or a name
        (بشار); not in a relative clause whose antecedent accuses (واشنطن التي تتهم النظام بـ: its subject)."""
        if subj is None or subj.i <= t.i or tr.pos != "verb" or t.suffix \
                or not (tr.relation == "accused" or tr.relation == "condemned" and tr.requires):
            return None
        chain = [subj]
        for c in self.conjuncts(subj, end)[1:]:
            if not any(self.tok(x).startswith("و") for x in range(chain[-1].j, c.i + 1)):
                break         # (وصف أردوغان الأسد بالإرهابي: the subject, then the object; no conjunct)
            chain.append(c)
        charge = self.tok(chain[-1].j)
        charged = charge.startswith("بان") or charge[:1] == "ب" and len(charge) > 2 \
            and charge not in self.w["_stop"] and charge not in _MANNER and not self.ent_token(chain[-1].j)
        ante = self.antecedent(t.i - 1) if self.tok(t.i - 1) in self.w.get("relative", ()) else None
        return chain if charged and not (ante is not None and self.is_actor(ante)) else None

    def _suffix_maker(self, t: Item, tr) -> bool:
        """The pronoun on an event noun whose maker is its genitive is that maker where what the event is
        about follows with its preposition (إدانته للتفجير: "his condemnation of the bombing"), and on a noun of
        meeting or talks (محادثاته في بكين، لقائه مع: his talks; not زيارتهم, as often "visiting them")."""
        talks = tr.cls == "MEET" and tr.mode != "visit"
        return bool(t.suffix) and tr.pos == "noun" and "gen" in tr.agents and (talks or (
            self.tok(t.j)[:1] in ("ل", "ب") and self.tok(t.j)[:1] in "".join(p for p in tr.targets if p != "obj")))

    def _pronoun_object(self, t: Item, tr, actors: list[Item], targets: list[Item]) -> list[Item]:
        """The targets, or, where there are none, the referent of an object pronoun on the trigger (واعتقاله)."""
        if not targets and t.suffix and "obj" in tr.targets and tr.pos in ("verb", "noun") \
                and not (tr.relation == "condemned" and tr.requires) and not self._suffix_maker(t, tr):
            # (ووصفه بأنه عمل إجرامي: "it", the deed just told, whose doer the sentence may not name)
            p = self.pronoun_target(t, actors, person=tr.cls in ("ARREST", "KILL"))
            if p is not None:
                return [p]
        return targets

    def _unnamed_speaker(self, t: Item) -> bool:
        """A circumstantial participle goes on with a verb or a word of telling whose subject is spelt out but
        kg does not know it (قال وزير الخارجية إن الحوثيين اعتقلوا صحفيين، مطالبا بالإفراج عنهم؛ دانت قيادة الإقليم
        القصف، مطالبة بوقفه): its doer is that subject, not whoever the article was last about. Not a subject
        dropped (وأوضح أن …، مشيدا: the one the article goes on with)."""
        if not (t.trigger and self.reading(t).prior_subject):
            return False
        prev = self.prior_predicate(t)
        if prev is None:
            return False
        if prev.kind == "trigger":
            return not self.doer_at.get(prev.i, True)
        complementizer = self.w.get("complementizer", ())
        return self.speaker(prev) is None and self.tok(prev.j) not in complementizer \
            and any(self.tok(k) in complementizer for k in range(prev.j, t.i))

    def _foiled(self, t: Item) -> bool:
        """A verb or noun of foiling (words.tsv foil: أحبط، إحباط، من إحباط، لإحباط) governs the event noun."""
        start = max(self.clause_start(t.i), t.i - 6)
        foil = self.w.get("foil", ())
        return self.halted(t) and any(self.conj_word(k, foil) or self._split(self.tok(k))[1] in foil
                                      for k in range(start, t.i))

    def _coerced(self, t: Item, tr) -> bool:
        """The protest noun is the object of a verb of coercion before it in its clause (فرقت الشرطة تظاهرة،
        منعت قوات الأمن مسيرة، قمعت السلطات احتجاجات العمال): the verb's subject stopped it, and did not do it."""
        if tr.type != "PROTEST":
            return False       # (طردت السلطات صحفيا بعد اتهامه: the expelling authorities accused him)
        start = self.clause_start(t.i)
        before = [p for p in self.preds if start <= p.i < t.i]
        return bool(before) and before[-1].kind == "trigger" and before[-1].tense != "" \
            and self.reading(before[-1]).type == "COERCE" and t.i - before[-1].j <= 5

    def _speech_of(self, rep: Item, v: Item) -> bool:
        """The verb is in what the reporting verb says: after a colon or إننا / أننا (قال ميقاتي: ندين …،
        قال إننا نرفض), or within eight words of it with no clause between, where a quotation mark (which
        kg's tokens leave out) opens the speech: وأضاف شي «ندعو …»."""
        between = range(rep.j, v.i)
        if any(self.tok(k) in _QUOTES or self.tok(k) in (":", "اننا", "بانا", "باننا", "انا") for k in between):
            return True
        return len(between) <= 8 and not self.pred_between(rep.j, v.i, v) and not any(
            self.tok(k) in self.w.get("complementizer", ()) or self.tok(k) in _COMMA for k in between)

    def _we_did(self, v: Item, targets: list[Item]) -> bool:
        """A perfect verb ending in نا with an object after it (قصفنا مواقع الحزب): نا is "we", its subject, not
        "us", its object."""
        return v.tense == "perf" and v.suffix == "نا" and any(x.i >= v.j for x in targets)

    def complete(self, t: Item, tr, actors: list[Item], targets: list[Item], how: str, anchor: Item,
                 actor_ent: Entity | None) -> list["Reading"]:
        """What the clause leaves unsaid: a dropped subject (the speaker of a report, the last subject
        in focus), an object pronoun's referent; then the reading."""
        if not actors and actor_ent is None:
            # dropped subject: the clause continues an earlier subject
            rep = self.report_for(anchor)
            if rep is not None and (any(self.tok(k) in _COMPLEMENT_PRONOUNS
                                        for k in range(max(0, anchor.i - 3), anchor.i))
                                    or self.bare_complement(anchor)
                                    or (anchor.gender == "1" or self._we_did(anchor, targets))
                                    and self._speech_of(rep, anchor)):
                # (قال الوزير: «نرفض التدخل»: "we" are the speaker's side)
                sp = self.speaker(rep)
                pron = next((self.tok(k) for k in range(anchor.i - 1, max(0, anchor.i - 3) - 1, -1)
                             if self.tok(k) in _COMPLEMENT_PRONOUNS), "")
                plural = pron.endswith(("هم", "هما"))      # (the nearest: إنهم يعتقدون أنه قتل)
                if sp is not None and not (plural and sp.entity.type not in ("Group", "ArmedGroup")):
                    # (قال كولو إنهم استولوا: "they" are not the one man, the paper or the state speaking)
                    actors, how = [sp], "speaker"   # أعلن الأردن أنه اتفق مع …، نفت الهيئة أن تكون قد سيطرت
            if not actors and self.possessed_force(anchor):
                # قالت وزارة الدفاع الروسية إن طائراتها قصفت …: "its planes" are the speaker's
                sp = self.speaker(rep) if rep is not None else None
                if sp is not None:
                    actors, how = [sp], "speaker"
                else:
                    ent = self.focus.last("")
                    if ent is not None:
                        actor_ent, how = ent, "inherited"
            if not actors and anchor.trigger and self.reading(anchor).pos == "verb" and anchor.gender != "1":
                joined = self.joined_subject(anchor)
                if joined is not None:
                    actors, how = [joined], "direct"      # دخلت الشرطة المبنى وأغلقت أبوابه: the shared subject
            if not actors and actor_ent is None and anchor.trigger and self.reading(anchor).pos == "verb" \
                    and anchor.suffix and not anchor.clitic and self.tok(anchor.i - 1) in self.w.get("relative", ()):
                # أعلن التنظيم أسماء الأشخاص الذين أعدمهم: a relative clause whose verb's object pronoun is the
                # antecedent has a subject of its own, dropped: the one who announces (not one who tells what
                # others did: قال المرصد إن المعتصمين … الذي يتهمونه)
                rep = self.report_for(anchor)
                sp = self.speaker(rep) if rep is not None and self._announces(rep) else None
                if sp is not None and self.is_actor(sp) and self.agrees(anchor, sp) \
                        and not (anchor.gender == "p" and sp.entity.type not in ("Group", "ArmedGroup")):
                    actors, how = [sp], "speaker"     # (a plural verb: not the one observatory or state)
            if not actors and actor_ent is None and (anchor.kind == "word" or (
                    anchor.trigger and self.reading(anchor).pos == "verb")) and not self.common_subject(anchor) \
                    and not self._unnamed_speaker(anchor):
                joined = self.joins_dropped(anchor)     # (a verb joined to one whose doer was carried over)
                ent = joined or (self.focus.last(anchor.gender) if self.opens_clause(anchor) else None)
                if ent is not None:
                    actor_ent, how = ent, "inherited"
        targets = self._pronoun_object(t, tr, actors, targets)
        if not targets and tr.cls in ("KILL", "ARREST"):
            them = self._counted_of_them(t, actors)
            if them is not None:
                targets = [them]    # تصدى الجنود للمهاجمين وتمكنوا من قتل 12 منهم: some of the attackers
        if not actors and actor_ent is None and self._suffix_maker(t, tr) \
                and (maker := self.pronoun_target(t, actors)) is not None:
            actors, how = [maker], "genitive"
        if actors and not (anchor.gender == "1" and how == "speaker"):
            # the actor is now in focus, even without a target (قصف لطائرات النظام، استهدف …); not the
            # speaker a verb of the first person stands for (ندين الهجوم), whom no later verb continues
            self.focus.push(actors[0].entity, self.gender(actors[0]))
        if tr.patient_subject and how != "direct-agent":
            # لقي 5 جنود مصرعهم، استشهد ثلاثة: the subject undergoes the event; no one is named doing it
            if targets and all(x.entity.type in LOCATION_TYPES for x in targets):
                targets = []    # لقوا مصرعهم في وادي حسان: where they died (the event's place), not a victim
            targets, actors, actor_ent = (targets or actors), [], None
        return [self.finish(t, anchor, tr, actors, targets, how, actor_ent)]
