"""One happening, one event: readings of one sentence that tell the same occurrence are merged.

A killing told as the result of an attack in the same clause (قتل 5 في غارة، غارة أسفرت عن مقتل 5، قصفوا
المدينة فقتلوا سبعة، … واستشهد أحد العاملين) is the attack's outcome, and so is a destruction it caused
(أسفرت الغارات عن تدمير …); what a verb of attacking attacked with (قصف بقذائف الهاون، قصف بست غارات) is
the verb's own event. The merged event keeps the attack's (the verb's) trigger and the roles of both.
"""
from __future__ import annotations

from dataclasses import replace

from ..extract.words import _COMMA, CONFIDENCE
from ..model import Event

_RESULT_LINKS = frozenset({"في", "جراء", "اثر", "بسبب", "خلال", "نتيجه", "بعد", "عقب", "ب"})
_CAUSE_VERBS = frozenset({"اسفر", "اسفرت", "ادي", "ادت", "خلف", "خلفت", "اوقع", "اوقعت", "تسبب", "تسببت",
                          "اودي", "اودت"})
_SERIES = frozenset({"سلسله", "موجه", "جمله", "عدد"})     # a series, wave, number of (attacks), folded


class OneHappening:
    """The merging steps of ``SentenceEvents`` (kg.events.assemble), over (reading, event) pairs."""

    def _merge(self, pairs: list) -> list:
        """A killing that is the result of an attack named in the same clause is that attack's outcome:
        one event, the attack's trigger, the roles of both; so is a destruction the attack caused."""
        pairs = self._joined_wounding(pairs)
        # a killing, or what befell its subject (أصيب، لقي مصرعه), in an attack named in the clause
        kill = [(r, e) for r, e in pairs if (r.tr.cls == "KILL" or r.tr.patient_subject or self._result(r))
                and e.type == "ASSAULT"]
        attack = [(r, e) for r, e in pairs if r.tr.cls == "ATTACK" and not r.tr.patient_subject
                  and not self._result(r) and e.type == "ASSAULT"]
        drop = set()
        for rk, ek in kill:
            # (an attack told after the killing, in its own phrase, before one it follows: حيث قتل 19 في تفجير)
            for ra, ea in sorted(attack, key=lambda p: p[0].t.i < rk.t.j):
                if id(ea) in drop or not self._linked(rk, ra):
                    continue
                merged = _merged(ea, ek, keep_actors=bool(ea.actors) and _surer(ra.how, rk.how))
                if self._where(rk) and ek.places and ra.t.i < rk.t.i:
                    merged = replace(merged, places=ek.places)   # (… حيث قتل 13 في قرية مالاري: the place told)
                pairs = [(r, merged if e is ea else e) for r, e in pairs]
                attack = [(r, merged if e is ea else e) for r, e in attack]
                drop.add(id(ek))
                break
        pairs = [(r, e) for r, e in pairs if id(e) not in drop]
        return self._object_nouns(self._instruments(pairs))

    def _joined_wounding(self, pairs: list) -> list:
        """قتل 19 شخصا وأصيب 43 آخرون، مقتل خمسة وإصابة عشرة، قتل جراء إصابته برصاصة: a wounding (words.tsv
        casualty: wounded) joined by و to a killing told just before it, or told as its cause (جراء، بعد،
        إثر), is the same happening: one event, the killing's trigger, the dead and hurt of both. A wounding
        told by its noun after an attack or a killing in the sentence (أدى القصف إلى مقتل طفل، كما أدى إلى
        إصابة ثلاثة) is that happening's toll, not an event of its own."""
        ex, values = self.ex, self.lex.word_values

        def casualty(k: int, clitic: str = "", suffix: str = "") -> str:
            w = ex.tok(k)[len(clitic):len(ex.tok(k)) - len(suffix)]
            for x in (w, w.removeprefix("و"), w[:-1] + "ه" if suffix and w.endswith("ت") else ""):
                if values.get(("casualty", x)):
                    return str(values[("casualty", x)])
            return ""

        def killing_at(k: int, ew):
            return next((e for r, e in pairs if r.t.i <= k < r.t.j and e.type == "ASSAULT" and e is not ew
                         and id(e) not in drop), None)

        drop = set()
        for rw, ew in list(pairs):
            if ew.type != "ASSAULT" or not casualty(rw.t.i, rw.t.clitic, rw.t.suffix or "").startswith("wounded"):
                continue
            joined, into = rw.t.clitic.startswith("و"), None
            for k in range(rw.t.i - 1, max(rw.t.i - 9, -1), -1):
                if ex.barrier(k) or any(p.kind == "trigger" and p.i == k and p.trigger.cls != "KILL"
                                        for p in self.sa.items):
                    break
                if (joined or any(ex.tok(x) in _RESULT_LINKS - {"في", "ب", "خلال"} for x in range(k, rw.t.i))) \
                        and casualty(k).startswith("killed"):
                    into = killing_at(k, ew)
                    break
            noun = rw.tr.pos == "noun"
            if into is None and noun:
                into = next((e for r, e in reversed(pairs) if r.t.i < rw.t.i and e.type == "ASSAULT" and e is not ew
                             and id(e) not in drop), None)
            if into is None:
                if noun and rw.t.suffix:
                    drop.add(id(ew))      # بعد إصابته برصاصة: the wounding of one the article told of
                continue
            # (the genitive of the noun is no target of the deed: مقتل 12 متمردا وإصابة ثمانية آخرين)
            seen = {x.entity.id for x in into.targets}
            hurt = () if noun else tuple(t for t in ew.targets if t.entity.id not in seen)
            merged = replace(into, wounded=into.wounded if into.wounded is not None else ew.wounded,
                             killed=into.killed if into.killed is not None else ew.killed,
                             actors=into.actors or ew.actors, places=into.places or ew.places,
                             targets=into.targets + hurt, confidence=max(into.confidence, ew.confidence))
            pairs = [(r, merged if e is into else e) for r, e in pairs]
            drop.add(id(ew))
        return [(r, e) for r, e in pairs if id(e) not in drop]

    def _object_nouns(self, pairs: list) -> list:
        """أرسلت الإمارات مساعدات إلى اليمن، وقعت مصر والسودان اتفاقا، دفع الجيش بتعزيزات: an event noun that
        is the object of a verb of its own type (right after the verb or its subject, bare or after ب) tells
        the verb's event: one event, the verb's trigger, the noun's roles where the verb has none."""
        drop = set()
        for rv, ev in pairs:
            if rv.tr.pos not in ("verb", "noun") or ev.type == "ASSAULT" or id(ev) in drop:
                continue      # (a verbal noun and its genitive too: إدخال المساعدات)
            for rn, en in pairs:
                # (قدمت دعما عسكريا: what a verb of giving gives says the kind: military help, COOPERATE)
                given = ev.type == "AID" and rv.tr.pos == "verb" and en.type in ("SUPPORT", "COOPERATE")
                # (دعما read as a verb of the dual is the noun here, the verb's object)
                if not given and (rn.tr.pos != "noun" or en.type != ev.type) or en is ev or id(en) in drop:
                    continue
                # (أطلقت الشرطة الغاز لتفريق المتظاهرين: the verb's deed and its purpose, one)
                purpose = rn.t.clitic == "ل" and not given and self._purpose_of(rv, rn, ev)
                if not purpose and (rn.t.clitic not in ("", "ب") or en.modality != ev.modality):
                    continue
                # right after the verb or the sides after it (وقعت مصر والسودان اتفاقا); not after a
                # preposition (التقى خلال زيارة إلى القاهرة: no object)
                after = rv.t.j if rv.tr.pos == "noun" else max(
                    [rv.t.j] + [x.j for x in list(rv.actors) + list(rv.targets) if rv.t.j <= x.i and x.j <= rn.t.i])
                tok = self.ex.tok
                while after < rn.t.i <= after + 2 and rv.tr.pos == "verb" and tok(after)[:1] == "و" \
                        and len(tok(after)) > 3 and not self.ex.barrier(after) and not any(
                            p.i == after for p in self.sa.items if p.kind == "trigger"):
                    after += 1     # وقعت الحكومة والبرلمان اتفاقا: a side the lexicon does not name, joined by و
                if rv.tr.pos == "verb":
                    after = self._past_circumstance(after, rn.t.i)
                if rn.t.i != after and not (rv.tr.pos == "verb" and self._plain_between(after, rn.t.i)) \
                        and not purpose:
                    continue
                sides = {r.entity.id for r in _told(ev.actors) + _told(ev.targets)}
                merged = replace(ev, type="COOPERATE" if given and en.type == "COOPERATE" else ev.type,
                                 actors=_told(ev.actors) or tuple(r for r in en.actors if r.entity.id not in sides)
                                 or ev.actors,
                                 targets=_told(ev.targets) or tuple(r for r in en.targets if r.entity.id not in sides)
                                 or ev.targets,
                                 places=ev.places or en.places, mode=ev.mode or en.mode, date=ev.date or en.date,
                                 confidence=max(ev.confidence, en.confidence))
                pairs = [(r, merged if e is ev else e) for r, e in pairs]
                ev = merged
                drop.add(id(en))
        return [(r, e) for r, e in pairs if id(e) not in drop]

    def _purpose_of(self, rv, rn, ev) -> bool:
        """The event noun after لـ tells the purpose of the verb's deed of its own type in the same clause
        (أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين): within eight words after the verb, with no comma
        and no other event between, the verb naming no target of its own (not زار الوزير مسقط للاجتماع مع نظيره:
        a visit, then a meeting)."""
        ex = self.ex
        return rv.tr.pos == "verb" and not _told(ev.targets) and 0 < rn.t.i - rv.t.j <= 8 and not any(
            ex.tok(k) in _COMMA or ex.barrier(k) for k in range(rv.t.j, rn.t.i)) and not any(
            p.kind == "trigger" and rv.t.j <= p.i < rn.t.i for p in self.sa.items)

    def _past_circumstance(self, a: int, b: int) -> int:
        """The token after what tells where or when between a verb's sides and its object (وقع الأردن ومصر
        في عمان أمس اتفاقية: في and a place named, أمس, a day), from token a up to token b; else a."""
        ex = self.ex
        k = a
        while k < b:
            if ex.time_word(k) or ex.tok(k) == "يوم" and ex.time_word(k + 1):
                k += 1
                continue
            place = next((it for it in ex.ents if it.i == k + 1 and it.j <= b), None) if ex.tok(k) == "في" else \
                next((it for it in ex.ents if it.i == k and it.clitic == "ب"), None)
            if place is None or place.entity.type not in ("Place", "Facility"):
                break
            k = place.j
        return k if k == b else a

    def _plain_between(self, a: int, b: int) -> bool:
        """One to three words from a to b, none a preposition, a comma, a barrier, a trigger or a mention: an
        unnamed subject or a container the object noun follows (سلمت الهيئة الخيرية مساعدات، أرسلت السعودية
        طائرة مساعدات; not ألقى مسلحون القبض, a subject kg read)."""
        ex = self.ex
        if not 0 < b - a <= 3:
            return False
        triggers = {p.i for p in self.sa.items if p.kind == "trigger"}
        return not any(ex.tok(k) in ex.preps or ex.tok(k) in _COMMA or ex.barrier(k) or ex.tok(k)[:1] == "و"
                       or ex.ent_token(k) or k in triggers for k in range(a, b))

    def _instruments(self, pairs: list) -> list:
        """قصف التحالف بست غارات جوية، استهدفت القوات المواقع بقذائف المدفعية: what a verb of attacking
        attacked with (ب before the attack noun or its count) is the verb's own event: one event, the
        verb's trigger, the roles of both (the noun may name the doer: بضربة جوية أمريكية)."""
        verbs = [(r, e) for r, e in pairs if r.tr.pos == "verb" and r.tr.cls == "ATTACK" and not r.tr.patient_subject
                 and e.type == "ASSAULT"]
        if not verbs:
            return pairs
        tok = self.ex.tok
        drop = set()
        for rn, en in pairs:
            if rn.tr.pos != "noun" or rn.tr.cls != "ATTACK" or en.type != "ASSAULT" or not (
                    rn.t.clitic == "ب" or not rn.t.clitic and tok(rn.t.i - 1)[:1] == "ب"
                    and (tok(rn.t.i - 1)[1:].isdigit() or tok(rn.t.i - 1)[1:] in self.lex.words.get("number", ()))
                    or self._joined_instrument(rn)):
                continue
            _, ev = next(((r, e) for r, e in reversed(verbs) if 0 <= rn.t.i - r.t.j <= 10 and id(e) not in drop
                           and not self.ex.pred_between(r.t.j, rn.t.i, r.t)), (None, None))
            if ev is None:
                continue
            merged = _merged(ev, en, keep_actors=bool(ev.actors))
            pairs = [(r, merged if e is ev else e) for r, e in pairs]
            verbs = [(r, merged if e is ev else e) for r, e in verbs]
            drop.add(id(en))
        return [(r, e) for r, e in pairs if id(e) not in drop]

    def _joined_instrument(self, rn) -> bool:
        """قصفت الميليشيات الأحياء بصواريخ كاتيوشا وقذائف الهاون: a noun joined by و to what a deed was done
        with (a weapon after ب, one or two words before) is what it was done with too."""
        ex = self.ex
        if rn.t.clitic != "و":
            return False
        for k in range(rn.t.i - 1, max(rn.t.i - 4, -1), -1):
            if ex.barrier(k) or ex.tok(k) in ("،", ","):
                return False
            if ex.past_instrument(k) != k:      # (kg.extract.roles: what a deed was done with, after ب)
                return True
        return False

    def _where(self, rk) -> bool:
        """A killing told in a clause of "where" (حيث قتل 13 شخصا) after an attack."""
        return not rk.t.clitic and self.ex.tok(rk.t.i - 1) == "حيث"

    def _result(self, r) -> bool:
        """A deed told as what something caused (أسفرت الغارات عن تدمير المنزل، أدى القصف إلى تدمير …): the
        outcome of the attack named before, as a killing is."""
        tok = self.ex.tok
        return r.t.trigger is not None and r.t.trigger.pos == "noun" and not r.t.clitic and \
            tok(r.t.i - 1) in ("عن", "الي") and tok(r.t.i - 2).removeprefix("و") in _CAUSE_VERBS

    def _linked(self, rk, ra) -> bool:
        tok, ex = self.ex.tok, self.ex
        if ra.t.i >= rk.t.j:               # قتل 5 جنود في هجوم، جراء غارة، بغارة
            casualty = self.lex.words.get("casualty", ())
            if ra.t.i - rk.t.j > 14 or ra.t.i - rk.t.j > 8 and not (
                    tok(ra.t.i - 1) == "من" and tok(ra.t.i - 2) in _SERIES) and not any(
                    tok(k)[:1] == "و" and tok(k)[1:] in casualty for k in range(rk.t.j, ra.t.i)):
                # (… في سلسلة من الهجمات: further, after "a series of"; قتل 15 شخصا على الأقل وأصيب أكثر
                # من 30 آخرين في غارات: a wounding coordinated with the killing shares its phrase)
                return False
            gap = range(rk.t.j, ra.t.i)
            if any(ex.barrier(k) and not (tok(k) == "وذلك" and tok(k + 1) in _RESULT_LINKS) for k in gap):
                return False            # (مقتل قيادي، وذلك في عملية شنتها: "and that in", the same happening)
            return "ب" in ra.t.clitic or any(tok(k) in _RESULT_LINKS for k in gap)
        if rk.t.clitic.startswith("ف") and rk.t.i - ra.t.j <= 12 and not any(ex.barrier(k) for k in range(ra.t.j, rk.t.i)):
            return True                    # أطلقوا النار على حافلة فقتلوا سبعة: the shooting killed them
        if self._where(rk) and (rk.how == "passive" or rk.tr.patient_subject) and not rk.actors and rk.actor_ent is None \
                and rk.t.i - ra.t.j <= 12 and not any(ex.barrier(k) for k in range(ra.t.j, rk.t.i - 1)):
            return True                    # تواصلت هجمات الحركة في الجنوب، حيث قتل سبعة جنود: where it killed them
        if rk.t.clitic.startswith("و") and rk.tr.patient_subject and ra.tr.pos == "verb" \
                and rk.t.i - ra.t.j <= 20 and not any(ex.barrier(k) for k in range(ra.t.j, rk.t.i)) \
                and not ex.pred_between(ra.t.j, rk.t.i, ra.t):
            return True                    # قصف المسلحون وسط المدينة … واستشهد أحد العاملين: what befell them
        gap = range(ra.t.j, rk.t.i)        # هجوم أسفر عن مقتل 5
        # (التفجير الذي استهدف مسجدا في مقر قوات الطوارئ بمنطقة عسير أمس، وأسفر عن استشهاد: a cause verb
        # coordinated with the attack's relative clause reaches further)
        return len(gap) <= 14 and any(tok(k).removeprefix("و") in _CAUSE_VERBS for k in gap) or len(gap) <= 24 \
            and any(tok(k)[:1] == "و" and tok(k)[1:] in _CAUSE_VERBS for k in gap) \
            and any(tok(k) in self.lex.words.get("relative", ()) for k in gap)


def _told(roles: tuple) -> tuple:
    """The roles, if the sentence names one of them (not all filled from outside it, from the article)."""
    return roles if any(r.text for r in roles) else ()


def _surer(how: str, than: str) -> bool:
    """One reading's doer is told by a surer construction than another's (kg.extract.words CONFIDENCE):
    مقتل قيادي في هجوم شنته قوات الأمن: the force that launched the attack, not who announced the killing."""
    return CONFIDENCE.get(how, 0) > CONFIDENCE.get(than, 0)


def _merged(attack: Event, kill: Event, keep_actors: bool = False) -> Event:
    # the doer named with more certainty: a verb's subject (قتل مسلحون …) before a noun's clause
    actors = kill.actors if kill.actors and not keep_actors and (
        not attack.actors or kill.confidence > attack.confidence) and not (
        {r.entity.id for r in kill.actors} & {r.entity.id for r in attack.targets}) else attack.actors
    # (not the killing's doer when the attack has it as its other side: في صدام مسلح مع تنظيم داعش)
    return replace(
        attack, actors=actors,
        # the killed join the targets, unless they are a side of it (قتل ستة من الحشد في اشتباك مع داعش)
        targets=attack.targets + tuple(t for t in kill.targets
                                       if t.entity.id not in {x.entity.id for x in attack.targets + actors}),
        places=attack.places or kill.places, killed=attack.killed if attack.killed is not None else kill.killed,
        wounded=attack.wounded if attack.wounded is not None else kill.wounded, mode=attack.mode or kill.mode,
        date=attack.date or kill.date, confidence=max(attack.confidence, kill.confidence))
