"""When a trigger's words are no event: a sense the frame does not mean (a formula, a death sentence
pronounced, a place or craft of war, a word spelt like an inflected trigger, scripture …), read before
any construction fills roles. The words that steer it are data: ``words.tsv`` (policy, abstract, front,
engaged, false_form, verdict, hold) and ``triggers.tsv`` (requires, unless)."""
from __future__ import annotations

from ..model import LOCATION_TYPES
from ..recognize import Item
from .words import _accused


# acts that an accusative احتجاجا "in protest" after them gives the motive of
_PROTESTED_BY = frozenset({"PROTEST", "ACCUSE", "REJECT", "SANCTION", "REQUEST"})


# ما "what" with a preposition or و on it, before a relative clause's verb (بما تقدمه، وما تقدمه), folded
_WHAT = frozenset({"ما", "بما", "وما", "مما", "لما", "عما"})


class Senses:
    def not_an_event(self, t: Item, tr) -> bool:
        if self.tok(t.j) == "الله":
            return True     # أيده الله، حفظه الله: a formula, not an event
        force = self.tok(t.i - 1)
        if tr.pos == "noun" and not t.clitic and not self.tok(t.i).startswith("ال") and not self.tok(t.i).endswith("ا") \
                and force in self.w.get("force", ()) and not force.endswith(("ون", "ين", "ان")) \
                and any(it.j == t.i for it in self.ents):
            return True     # شرطة مكافحة الشغب، قوات مكافحة الإرهاب: a force noun in construct (no article, no
            #                 plural ن) with the deed names the force's unit (not الجيش مداهمات، مسلحون هجوما)
        if tr.pos == "verb" and not t.clitic and self.tok(t.i).endswith("ا") and self.time_word(t.i) \
                and not any(self._word_of(self.tok(k), "reflexive") for k in (t.j, t.j + 1)):
            return True     # اعتقلت القوات، فجراً، فتيين؛ في الساعة الرابعة فجرا: "at dawn", a part of the day in
            #                 the accusative, not the dual verb (انتحاريان فجرا نفسيهما: blew themselves up)
        if tr.pos == "verb" and tr.relation in ("fought", "clashedWith") and t.tense == "imperf" and not t.clitic \
                and self.tok(t.i - 1) in self.w.get("relative", ()):
            return True     # قيادي في القوات التي تقاتل الحوثيين: a fight in a relative clause in the present
            #                 says who the noun is, no occurrence
        if tr.pos == "verb" and not t.clitic and any(
                p.kind == "trigger" and p.j == t.i and not self.tok(p.i).startswith("ال")
                and (r := self.reading(p)).pos == "noun" and r.cls in ("KILL", "ARREST") for p in self.preds):
            return True     # مقتل طالب سعودي، اعتقال ناشط: the genitive of a killing or arrest, not a verb (طالب)
        if not t.clitic and self.tok(t.i - 1) in self.w.get("name_particle", ()) and self.tok(t.i - 1) not in ("ام", "ولد"):
            return True     # علي بن أبي طالب، أبو قتادة: a word after ابن، أبي، أبو is part of a name (not after أم,
            #                 also "or" and "mother": عن أم استشهد ابنها)
        if tr.mode == "execute" and self._sentenced(t, tr):
            return True     # حكم عليه بالإعدام (شنقا)، قضت بالإعدام: a death sentence pronounced, not carried out
        if not self._satisfied(tr, t):
            return True     # حمل السلاح is not حمّل المسؤولية
        if tr.relation == "condemned" and tr.requires and any(
                self.tok(k) in ("ما", "عما", "مما", "بما", "لما", "لا", "لم", "لن") for k in (t.i - 1, t.i - 2)):
            return True     # ما وصفه بأنه عمل إرهابي ("what he called"), لا يمكن وصفه إلا بالجبان: a phrase that
            #                 quotes a name for the deed, no accusation made here
        if tr.type == "ASSAULT" and tr.pos == "noun" and not t.clitic \
                and self.tok(t.i - 1) in ("بانه", "بانها", "انه", "انها", "بانهما") \
                and not self.tok(t.i).startswith("ال"):
            return True     # وصف الهجوم بأنه عمل إرهابي: what the deed named is called, no second deed
        if tr.type == "ASSAULT" and tr.pos == "noun" and t.clitic.lstrip("وف") == "ب" and any(
                self._word_of(self.tok(k), "describe") for k in range(self.clause_start(t.i), t.i)) and any(
                p.kind == "trigger" and p is not t and p.j <= t.i and self.reading(p).type == "ASSAULT"
                for p in self.preds):
            return True     # وصف المرصد الغارات بالمجزرتين: the attack told before, called so, no second one
        if self.unless_after(tr, t):
            return True       # دخل الاتفاق حيز التنفيذ، وصل عدد القتلى، تقدم بطلب: not the event the verb names
        prev = self.tok(t.i - 1)
        if t.suffix and not t.clitic and (prev in self.w.get("relative", ()) or prev in _WHAT) \
                and any(h.kind == "T" and h.intransitive for h in t.alts):
            return True       # الدعم الذي تقدمه طهران، بما تقدمه: a relative clause opens with a verb, here one
            #                   with an object pronoun, which the intransitive تقدّم takes not (تُقدّمه "provides
            #                   it"): no advance, neither the verb nor its noun with a pronoun ("its advance")
        if tr.pos == "verb" and t.tense == "imperf" and not t.clitic and prev in ("من", "فمن", "ومن"):
            return True       # فمن يعتدي على الآمنين، كل من يحارب داعش: told of whoever does it, no occurrence
        if tr.cls == "CONTROL" and tr.pos == "noun" and prev == "من" \
                and self.tok(t.i)[len(t.clitic):] in self.w.get("hold", ()):
            return True       # تحرير الناحية من سيطرة داعش: the control it was freed from is no new event
        if (t.clitic == "" and self._word_of(prev, "policy")) \
                or (tr.cls == "ATTACK" and (self.tok(t.j) in self.w.get("abstract", ())
                                            or tr.pos == "noun" and self.tok(t.j) in self.w.get("figurative", ())
                                            or tr.pos == "verb"
                                            and self.ent_token(t.j) and self.tok(t.j + 1) in self.w.get("abstract", ()))):
            return True       # قوات مكافحة الشغب: no riot; محاربة الفساد، تحارب الحكومة الفساد: no attack
        word = self.tok(t.i)[len(t.clitic):]
        if tr.type == "PROTEST" and tr.pos == "noun" and not t.clitic and not t.suffix and word.endswith("ا") \
                and not word.startswith("ال") and any(
                    p.kind == "trigger" and self.reading(p).pos == "verb" and self.clause_start(t.i) <= p.i < t.i
                    and self.reading(p).type in _PROTESTED_BY for p in self.preds):
            # استدعت الخارجية السفير احتجاجا، تظاهروا احتجاجا على: the motive of the protest or the diplomatic
            # act before it, no event of its own (أغلق التجار محلاتهم احتجاجا: a strike, is one)
            return True
        if word in self.w.get("false_form", ()):
            return True       # قتلاهم: their dead, not "the two killed them" (words.tsv false_form)
        if tr.pos == "verb" and word in self.w.get("number", ()) and self.tok(t.j) in self.w.get("number", ()):
            return True       # اثني عشر، اثنا عشر: twelve, not "praised" (أثنى)
        if tr.pos == "noun" and (tr.mode == "ceasefire" and t.suffix in ("هم", "ها", "هما")
                                 or tr.mode == "demonstrate" and t.suffix and word.startswith("مسيرت")):
            return True       # تهدئتهم: calming them; مسيرته: his career: with a pronoun no truce, no march
            #                   (not هدنه, a truce with its ة folded, nor مظاهراتهم, their protests)
        if tr.relation == "entered" and any(
                self.tok(k) == "في" and self.tok(k + 1).removeprefix("ال") in self.w.get("engaged", ())
                for k in range(t.j, min(self.clause_end(t.j, commas=False), t.j + 6))):
            subj, _ = self.subject(t, self.clause_end(t.j, commas=False))
            if subj is not None:    # (who engages in the talks is the article's subject from here on)
                self.focus.push(subj.entity, self.gender(subj))
            return True       # دخلت الحركة في محادثات، دخل البلد في أزمة: engaged in, no forces entering
        if tr.pos == "noun" and not t.clitic and tr.type == "ASSAULT" \
                and (self.tok(t.i).startswith("ال") or self.tok(t.j - 1).startswith("ال")) \
                and self._word_of(prev, "front"):
            return True       # جبهات القتال، ساحة المعركة، تمارين إطلاق النار: a place or craft of war, no occurrence
        charged = self._word_of(prev, "charge") or t.clitic in ("", "ل") \
            and self._word_of(self.tok(t.i - 2), "charge") and (self._word_of(prev, "plan") or self._word_of(prev, "attempt"))
        #          (بتهمة التخطيط لتفجير كنيسة، بتهمة محاولة اغتيال: the deed planned or tried is charged too)
        if t.clitic in ("", "ب", "ل") and charged and not any(
                it.j == t.i and _accused(it) for it in self.ents):
            # (متهم بتفجير الكنيسة: the accused named, the deed is his: charge_frame)
            return True       # اعتقل بتهمة القتل، تهمة الاغتيال، طرده بتهمة دعم …: what is charged, no occurrence
        mood = self.w.get("mood", ())
        if tr.cls == "CONTROL" and tr.pos == "verb" and not t.suffix and (self.tok(t.j) in mood or self.tok(
                t.i - 1) in ("التي", "الذي") and self.tok(t.i - 2).removeprefix("و") in mood):
            return True       # سيطرت الفوضى على المدينة، حالة من الذعر، والفوضى التي سيطرت على: a state prevailed,
            #                   no one took anything
        if any(u.startswith("@") and not self.sentence_words.isdisjoint(self.w.get(u[1:], ())) for u in tr.unless):
            return True       # unless @sport: انتزع الأهلي فوزا في المباراة، a match, not a war
        if self.unmade_by_word_before(t, tr):
            return True       # رئيس تحريرها: "^رئيس", the word right before the trigger (its editor, no liberation);
            #                   صلى الله عليه وسلم: "^عليه", a blessing, no surrender
        before = {u[1:] for u in tr.unless if u.startswith("<")}
        if before and any(self.tok(k).removeprefix("و") in before for k in range(self.clause_start(t.i), t.i)):
            return True       # إن حصيلة القتلى منذ بدء المواجهات بلغت ألفا: the toll reached, no advance
        if tr.cls == "WITHDRAW" and self._walked_out(t):
            return True     # انسحب الوفد من الاجتماع، انسحب من الانتخابات: leaving a gathering, no forces withdrawn
        if tr.cls == "WITHDRAW" and self.tok(t.j) == "عن" and not any(
                it.i <= t.j + 2 and it.i > t.j and it.entity.type in LOCATION_TYPES for it in self.ents):
            return True     # تراجع الأردن عن برنامج التسليح: backing down from a policy, not a withdrawal
        return False

    def _walked_out(self, t: Item) -> bool:
        """What the trigger's clause says it withdrew from (من) is a gathering or a contest (words.tsv
        forum)."""
        forum = self.w.get("forum", ())
        return any(self.tok(k) == "من" and self.tok(k + 1).removeprefix("ال") in forum
                   for k in range(t.j, self.clause_end(t.j, commas=False)))

    def unmade_by_word_before(self, t: Item, tr) -> bool:
        """The word right before the trigger (triggers.tsv unless "^word") makes it something else."""
        return t.clitic in ("", "و") and "^" + self.tok(t.i - 1).removeprefix("و") in tr.unless

    def _sentenced(self, t: Item, tr) -> bool:
        """An execution noun with بـ (or a word of execution right after one) after a word of ruling in
        its clause (words.tsv verdict): the sentence is pronounced (حكم عليه بالإعدام); not قام بإعدامه."""
        first = t if tr.pos == "noun" and t.clitic.endswith("ب") else next(
            (p for p in self.preds if p.kind == "trigger" and p.j == t.i and p.clitic.endswith("ب")
             and (r := self.reading(p)).mode == "execute" and r.pos == "noun"), None)
        verdict = self.w.get("verdict", ())
        return first is not None and any(self.tok(k).removeprefix("و") in verdict
                                         for k in range(self.clause_start(first.i), first.i))
