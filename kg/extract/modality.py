"""Modality and reported speech: negation, future, conditions and urging, halted events; the reporting
verb a clause depends on and its speaker."""
from __future__ import annotations

from ..recognize import Item
from .words import _COMMA, _DONE_BEFORE, _ONGOING, _QUOTES, _strip_suffix


# a pronoun or demonstrative before ما makes it "what", not "not" (وهو ما تدعو إليه الجماعات، هذا ما يريده);
# not كل ما, "whatever" (كل ما يهدد أمننا: a generic phrase, no event, which stays dropped)
_BEFORE_RELATIVE_MA = frozenset({"هو", "هي", "وهو", "وهي", "هذا", "هذه", "وهذا", "وهذه", "ذلك", "وذلك", "تلك",
                                 "وتلك"})


# words of when right after a verb of the future, beside a day and its parts (syntax.time_word: ستبدأ مساء
# اليوم): سيعقد غدا، خلال الأسبوع، مطلع الشهر (folded)
_WHEN = frozenset({"خلال", "قريبا", "غدا", "يوم", "بعد", "قبل", "مطلع", "نهايه", "بدايه", "الاسبوع", "الشهر"})
# a period and "next" after it (folded): الأسبوع المقبل، الأيام القادمة
_PERIODS = frozenset({"الاسبوع", "الشهر", "العام", "السنه", "الايام", "الاسابيع", "الاشهر", "الشهور", "الساعات",
                      "الفتره", "المرحله", "الجوله"})
_NEXT = frozenset({"المقبل", "المقبله", "القادم", "القادمه"})


class Modality:
    def _feared(self, first: int) -> bool:
        """The deed at token ``first`` is what a word of fear before it fears (words.tsv fear): right after it,
        after من or أن, or past the fearer (يخشى السكان من هجوم، مخاوف من هجمات جديدة، خشية تسلل عناصر داعش); not a
        deed told after another verb (خشية أن يمتد القتال: the fighting goes on, its spread is feared)."""
        fear = self.w.get("fear", ())
        for k in range(first - 1, max(-1, first - 6), -1):
            if self.conj_word(k, fear):
                return True
            if not (self.tok(k) in ("من", "ان") or self.ent_token(k) or self.tok(k).startswith("ال")):
                return False
        return False

    @staticmethod
    def _without(between: list[str], anchor: Item) -> bool:
        """Whether دون or بدون, these words before the anchor, denies it: the deed right after it (دون أي
        مواجهات، دون أن يقصف) or a noun's right after its light noun (بدون تحقيق تقدم، دون توجيه أي اتهامات). Not a
        verb past a phrase (طائرات دون طيار نفذت هجمات, drones), a noun after a preposition (دون الاكتراث
        لقذائف) or after a verb (من دون أن تؤدي المحادثات، من دون شك ستكون معركتنا)."""
        words = [b for b in between if b not in ("اي", "ان")]
        if not words:
            return True
        return not anchor.tense and len(words) == 1 and "ان" not in between and not anchor.clitic.strip("و")

    def _proposed(self, t: Item) -> bool:
        """A noun of a plan or a proposal (words.tsv proposal) right before the event noun, or before its nisba
        adjective (المبادرة المصرية لوقف إطلاق النار): the deed is its purpose, proposed."""
        before = self.tok(t.i - 1)
        return self._word_of(before, "proposal") or self._word_of(self.tok(t.i - 2), "proposal") \
            and before.startswith("ال") and before.endswith(("يه", "ي"))

    def _near_before(self, k: int) -> bool:
        """A verb of coming near (words.tsv near) before من at token k, past its subject: اقتربت القوات العراقية من."""
        start = self.clause_start(k)
        return any(self.conj_word(x, self.w.get("near", ())) and not self.pred_between(x + 1, k)
                   for x in range(max(start, k - 5), k))

    def modality(self, t: Item, anchor: Item) -> str:
        w = self.w
        first = min(t.i, anchor.i)
        window = [self.tok(k) for k in range(max(0, first - 3), first)]
        neg = w.get("negation", ())
        still = w.get("still", ())
        for k, tk in enumerate(window):
            tk = _strip_suffix(tk, neg)
            if tk in neg or (tk.startswith("و") and tk[1:] in neg):
                nxt = window[k + 1] if k + 1 < len(window) else self.tok(first)
                prv = window[k - 1] if k > 0 else self.tok(first - len(window) - 1)
                between = window[k + 1:]
                if any(b in ("،", ",", "؛") for b in between):
                    continue             # في حال فشل المفاوضات، ستشن القوات هجوما: a clause before, not the deed
                if tk.removeprefix("و") in ("دون", "بدون") and not self._without(between, anchor):
                    continue             # "without": دون أي مواجهات، دون قتال، بدون تحقيق تقدم
                if any(b.removeprefix("ال") in _ONGOING or self._word_of(b, "halt") for b in between):
                    continue             # عدم تكرار قصف المدنيين، لم تتوقف الغارات: the deed is done; its
                    #                      repetition or its end is what is denied
                if nxt not in still and not (tk.endswith("ما") and (
                        nxt in ("بعد", "قبل", "بين", "يسمي", "يعرف") or nxt in w.get("result", ())
                        or tk == "ما" and prv in _BEFORE_RELATIVE_MA)) \
                        and not (tk.removeprefix("و") == "لم" and self._exceptive(t)):
                    return "negated"     # not ما بعد الاتفاق ("post-deal"), ما يسمى ("so-called"), ما أسفر
                    #                      عن مقتل ("which left … dead")
        if self._denied_with_or(anchor, first) or self._not_to_be_done(t, anchor):
            return "negated"            # لم يدن أحد منهم أو يشجب الجرائم: a verb joined by أو to a denied one
        if self.halted(t) or t.trigger is not None and self.reading(t).cls in ("CONTROL", "ARREST", "KILL") \
                and self._failed(first):
            return "negated"            # أوقفت القوات عمليات القصف، علّقت العمليات العسكرية من قصف؛ فشلت القوات في
        if self.tok(first - 1) in ("قد", "وقد", "فقد") and anchor.tense == "imperf":
            return "hypothetical"       # قد تشن تركيا هجوماً: "may"
        if not anchor.tense and not t.clitic and self.tok(first - 1) == "من" and self._near_before(first - 1):
            return "future"             # اقتربت القوات من تحرير الرمادي: near to it, not yet done
        led = self._led_to(first)
        if led:
            return led                  # قد يقود إلى مجزرة، سيؤدي إلى ترحيلهم: what may or will result
        start = self.clause_start(first)
        hypothetical = w.get("hypothetical", ())
        done = self.told_done(t, anchor, perfect=False)    # (not إذا كانت روسيا قد تعهدت: a condition)
        for k in range(max(0, start - 8), first):
            if self.tok(k) in hypothetical and not done:
                return "hypothetical"
        rep = self.report_for(anchor)
        if rep is not None and any(h.kind == "W" and h.ref == "denial" for h in rep.alts) or (
                rep is not None and self.tok(rep.i)[len(rep.clitic):] in w.get("denial", ())):
            return "negated"            # نفت الهيئة أن تكون قد سيطرت على …
        if anchor is not t and anchor.tense and self.tok(anchor.i)[len(anchor.clitic):] in w.get("denial", ()) \
                and not (t.trigger is not None and self.reading(t).type == "ACCUSE"):
            return "negated"            # قطر تنفي دعمها للجماعات: the deed the verb of denial governs (not نفى
            #                             الاتهامات: the accusations were made)
        if t is anchor and t.trigger is not None and self.reading(t).pos == "noun" and not t.clitic \
                and self._refused(t):
            return "negated"            # رفض الحوثيون الانسحاب من صنعاء: the deed refused was not done
        if self._feared(first):
            return "hypothetical"       # يخشى السكان من هجوم، خشية تسلل عناصر داعش: feared, not done
        if t.trigger is not None and self.reading(t).pos == "noun" and not t.clitic \
                and self.tok(t.i - 1) in w.get("any", ()) and not self.tok(t.i).startswith("ال"):
            return "hypothetical"       # أن أي اعتداء على السعودية اعتداء على البحرين، ضد كل عمل إرهابي: any such
            #                             deed, none told (not كل الهجمات التي شنها: all the attacks made)
        for it in (t, anchor):
            if "س" in it.clitic and it.kind in ("trigger", "word"):
                return "future"
        if anchor is not t and self.tok(anchor.i)[len(anchor.clitic):] in w.get("future", ()):
            return "future"             # يتأهبون لهجوم: the verb of intent the noun hangs on is its anchor
        if t.clitic.endswith("ل") and self._word_of(self.tok(t.i - 1), "plan"):
            return "future"             # بتخطيطهم لهجمات، التخطيط لاغتيال: planned, not done
        if t.clitic.endswith("ل") and self._proposed(t):
            return "hypothetical"       # المبادرة المصرية لوقف إطلاق النار، خطة لانسحاب القوات: proposed, not done
        future = w.get("future", ())
        for k in range(max(0, first - 4), first):
            if self.conj_word(k, future) or self.tok(k) == "سوف":
                return "future"         # (وتستعد القوات لاقتحام: a verb of intent read as an event of its own)
        if t.trigger is not None and self.reading(t).pos == "noun" and any(
                self.tok(k) in w.get("future_after", ()) for k in range(t.j, t.j + 2)):
            return "future"             # لقاؤه المقرر، الاجتماع المرتقب، الزيارة المقبلة: planned
        if anchor.tense == "imperf" and anchor.kind == "trigger" and self._coming_time(anchor):
            return "future"             # يلتقي الرئيس نظيره الأسبوع المقبل: an imperfect told of a time to come
        if t.trigger is not None and self.reading(t).pos == "noun" and not t.clitic and self._will_be_after(t):
            return "future"             # أن استعادة العاصمة سيتم قريبا: the noun is what "will be done"
        for p in self.preds:
            if p.kind == "word" and p.word == "future" and 0 <= first - p.j <= 3:
                return "future"
            if p.kind == "word" and p.word == "hypothetical" and p.i < first and not done \
                    and not (anchor.tense == "perf" and p.i < start - 8) and not self._contrast_between(p.j, first):
                return "hypothetical"   # (not a perfect verb in a clause of its own further on: حذر من أنه لن
                #                         يتراجع …، حيث قتلت الجماعة قبل أيام عشرة صيادين: it happened)
        orders = w.get("order", ())
        if "ب" in t.clitic and t is anchor and any(self.conj_word(k, orders) for k in range(max(0, first - 4), first)):
            return "hypothetical"       # أمر الملك بالإفراج عن المعتقلين، أصدر أمرا بالقبض: ordered, not done
        if "ب" in t.clitic and t is anchor and any(
                p.kind == "trigger" and self.reading(p).type == "THREATEN" and 0 <= first - p.j <= 3 for p in self.preds):
            return "hypothetical"       # تلقى تهديدات بالقتل، التهديد بشن هجمات: threatened, not done
        if self.subjunctive(anchor, first) and not done:
            return "hypothetical"       # الحل في أن يسلم الحوثيون أسلحتهم: a deed wished or proposed, not done
        if t.clitic in ("ل", "ول") and t.trigger is not None and self.reading(t).pos == "noun" \
                and self.reading(t).cls in ("CONTROL", "ADVANCE") and not done \
                and _strip_suffix(self.tok(t.i)[len(t.clitic):], w.get("hold", ())) not in w.get("hold", ()):
            return "future"             # حشدت القوات لاستعادة المدينة، هجوم واسع لتحرير القاعدة: a taking aimed
            #                             at, not yet done (not تخضع لسيطرة المعارضة: held, under its control)
        return ""

    def _denied_with_or(self, anchor: Item, first: int) -> bool:
        """An imperfect verb right after أو whose clause a particle of denial with a verb opened a few words
        before (لم يدن أحد أو يشجب، لا يقصف ولا يعتقل …): denied as the verb before it."""
        if self.tok(first - 1) != "او" or anchor.tense != "imperf":
            return False
        return self._particle_before_or(first, ("لم", "لن", "لا"), strip=True) >= 0

    def _particle_before_or(self, first: int, particles, strip: bool = False) -> int:
        """The last token before أو (at first - 1), in its clause and at most seven words back, that is one of
        ``particles`` (with و or ف on it, ``strip``) right before an imperfect verb (ي، ت، ن); -1 if none."""
        start = max(self.clause_start(first), first - 7)
        return next((k for k in range(first - 2, start - 1, -1)
                     if (self.tok(k).removeprefix("و").removeprefix("ف") if strip else self.tok(k)) in particles
                     and self.tok(k + 1)[:1] in "يتن"), -1)

    def _not_to_be_done(self, t: Item, anchor: Item) -> bool:
        """An event noun right after عدم past the light verb that carries it (قررت المقاومة عدم التقدم), or joined
        by و to one (عدم التقدم باتجاه القاعدة والسيطرة عليها): what was decided against, not done."""
        if t.trigger is None or self.reading(t).pos != "noun":
            return False
        if anchor is not t and self._after_adam(t.i):
            return True
        if t.clitic[:1] != "و":
            return False
        prev = next((p for p in reversed(self.preds) if p.kind == "trigger" and p.j <= t.i and p is not t
                     and t.i - p.j <= 4 and self.reading(p).pos == "noun"), None)
        return prev is not None and self._after_adam(prev.i) and not any(
            self.tok(k) in _COMMA for k in range(prev.j, t.i))

    def _after_adam(self, k: int) -> bool:
        """Token k comes right after عدم ("not to", with و or ب on it: وعدم، بعدم)."""
        return self.tok(k - 1).removeprefix("و").removeprefix("ب") == "عدم"

    def _led_to(self, first: int) -> str:
        """The event noun is what a verb of result (words.tsv result: أدى/يؤدي) "may" lead to (قد before its
        imperfect: قد يؤدي إلى اشتباكات) — "hypothetical" — or "will" (سيؤدي إلى ترحيل) — "future"; else ""."""
        if not (self.tok(first - 1) in ("الي", "عن") or self.tok(first)[:1] == "ب"):
            return ""           # (سيؤدي مقتله إلى الحد من …: the noun before إلى is what leads, not what results)
        result, imperfect = self.w.get("result", ()), self.w.get("_imperfect", ())
        for k in range(max(0, first - 3), first):
            tok = self.tok(k)
            if tok[:1] == "س" and tok[1:] in result and tok[1:] in imperfect:
                return "future"
            if tok in result and tok in imperfect and self.tok(k - 1) in ("قد", "وقد", "فقد"):
                return "hypothetical"
        return ""

    def _contrast_between(self, a: int, b: int) -> bool:
        """A word of contrast (words.tsv contrast: لكن، غير أن) in tokens [a, b): what came before it governs
        nothing after it."""
        contrast = self.w.get("contrast", ())
        return any(self.tok(k) in contrast or f"{self.tok(k)} {self.tok(k + 1)}" in contrast for k in range(a, b))

    def _refused(self, t: Item) -> bool:
        """The event noun is the object of a verb of refusing (a REJECT verb: رفض، يرفض), right after it or
        after its subject, and a deed the refuser would do: a withdrawal, a concession, talks or a fight
        (رفض الحوثيون الانسحاب، رفضت العشائر قتال داعش); not support, accusations or attacks of others,
        which are refused as stances and took place (ترفض الحكومة اتهامات المعارضة، نرفض دعم إيران لهم)."""
        tr = self.reading(t)
        if not (tr.type in ("RETREAT", "CONCEDE", "CONSULT") or tr.type == "ASSAULT" and tr.symmetric):
            return False
        subj = self.ent_start_before(t.i)

        def governs(p) -> bool:     # right after the verb or its subject, or past one or two words of no clause
            return p.j in (t.i, subj) or 0 <= t.i - p.j <= 2 and not self.pred_between(p.j, t.i) \
                and not any(self.tok(k) in self.preps for k in range(p.j, t.i))
        denial = self.w.get("denial", ())
        return any(p.kind == "trigger" and p is not t and governs(p) and self.reading(p).type == "REJECT"
                   and self.reading(p).pos == "verb" and self.tok(p.i)[len(p.clitic):] not in denial
                   for p in self.preds)

    def told_done(self, t: Item, anchor: Item, perfect: bool = True) -> bool:
        """What a deed came after (بعد اجتماع الأسبوع الماضي) is told as done, whatever wish, demand or threat
        comes before it in the sentence; so is a perfect verb after قد (فقد قتلوا عثمان) after a demand or a
        threat (``perfect``)."""
        first = min(t.i, anchor.i)
        # (منذ وقع الهجوم: since it happened)
        return self.word_before_happening(first) in _DONE_BEFORE or perfect and anchor.tense == "perf" and self.tok(
            first - 1) in ("قد", "فقد", "لقد", "وقد")

    def subjunctive(self, anchor: Item, first: int) -> bool:
        """An imperfect verb right after أنْ (folded ان، وان، بان: a verb never follows إنّ or أنّ directly)
        is a deed wanted, proposed or possible, and so is one joined to it by أو. Not after a word of time (قبل أن
        يهاجم: it happened) or a light verb of achieving (استطاعت القوات أن تسيطر: it did)."""
        if anchor.tense != "imperf" or anchor.trigger is None or self.reading(anchor).pos != "verb":
            return False
        if self.tok(first - 1) == "او":
            # بأن يوقفوا القصف أو يسحبوا قواتهم: a verb joined by أو to one after أنْ is wanted as that one
            k = self._particle_before_or(first, ("ان", "وان", "بان"))
            if k < 0:
                return False
            first = k + 1
        if self.tok(first - 1) not in ("ان", "وان", "بان"):
            return False
        if self.tok(first - 2) in ("قبل", "بعد", "منذ", "وقبل", "وبعد"):
            return False
        light = self.w.get("light_verb", ())
        return not any(self.conj_word(k, light) for k in range(max(0, first - 5), first - 1))

    def halted(self, t: Item) -> bool:
        """A verb of halting or suspending governs the event noun: it did not happen as stated.
        (علّق على الهجوم "commented on the attack" is not: a preposition follows the verb.)"""
        if t.trigger is None or self.reading(t).pos != "noun":
            return False
        halt = self.w.get("halt", ())
        start = self.clause_start(t.i)
        for k in range(max(start, t.i - 6), t.i):
            if self.conj_word(k, halt):   # not لوقف تقدم: "to stop" it
                neg = self.w.get("negation", ())
                if _strip_suffix(self.tok(k - 1).removeprefix("و"), neg) in neg:
                    return False          # لم تتوقف الغارات: a halt denied, the deed goes on
                gap = self.tokens[k + 1:t.i]
                return not (gap and gap[0] in self.preps) and not self.pred_between(k + 1, t.i) \
                    and all(g not in self.preps or g == "من" for g in gap)
        return False

    def _failed(self, first: int) -> bool:
        """The deed at token ``first`` follows the preposition of a verb of failing before it in its clause,
        past the verb's subject (words.tsv fail: فشلت القوات الحكومية في استعادة البلدة، عجز الجيش عن اقتحام)."""
        prep = self.tok(first - 1)
        values = self.lex.word_values
        for k in range(first - 2, max(self.clause_start(first) - 1, first - 8), -1):
            tk = self.tok(k)
            for w in (tk, tk[1:] if tk[:1] in ("و", "ف") else ""):
                if w and values.get(("fail", w)) == prep:
                    return not self.pred_between(k + 1, first - 1)
        return False

    def _coming_time(self, v: Item) -> bool:
        """The verb's clause names a time to come: غدا، or a period and "next" (الأسبوع المقبل، خلال الأيام
        القادمة، الشهر المقبل)."""
        end = self.clause_end(v.j)
        for k in range(self.clause_start(v.i), end):
            tk = self.tok(k)
            if tk == "غدا" or tk in _PERIODS and self.tok(k + 1) in _NEXT:
                return True
        return False

    def _will_be_after(self, t: Item) -> bool:
        """An event noun, no preposition's, followed in its clause, past its genitives, by "will be done",
        "will begin", "will be held" (words.tsv will_happen: سيتم، سوف يتم، ستبدأ، سيجري، ستعقد، ستستأنف) with
        no predicate between: its subject, what is to come (معركة تحرير الرمادي ستبدأ خلال أسابيع)."""
        if self.tok(t.i - 1) in self.preps:
            return False
        end = self.clause_end(t.j)
        will = self.w.get("will_happen", ())
        for k in range(t.j, min(end, t.j + 8)):
            tk = self.tok(k)
            if tk in will or tk == "سوف" and "س" + self.tok(k + 1) in will:
                at = k + (2 if tk == "سوف" else 1)
                after = self.tok(at)
                if after.isalpha() and not after.startswith("ال") and after not in self.preps \
                        and not self.time_word(at) and after not in _WHEN:
                    return False     # الضربات ستعقد جهود السلام: "will complicate" an object, not "will be held"
                return not self.pred_between(t.j, k)
        return False

    def report_for(self, t: Item) -> Item | None:
        """The reporting verb or phrase the trigger's clause depends on. A verb of denial is one, though
        it is an event of its own (REJECT): نفت روسيا أن تكون طائراتها قصفت المستشفى."""
        best = None
        denial = self.w.get("denial", ())
        for p in self.preds:
            if self._aside(p):
                continue       # ويذكر أن …: the writer's own note, no source telling it
            if p.i < t.i and (p.kind == "word" and p.word in ("report", "said_passive") or (
                    p.kind == "trigger" and (self.tok(p.i)[len(p.clitic):] in denial or any(
                        h.kind == "W" and h.ref == "report" for h in p.alts) and self.reading(p).type == "ACCUSE"))):
                # (وصفت الوزارة التفجير بالإرهابي: a verb of telling read as an event, ACCUSE, still tells)
                best = p
        if best is None:
            for p in self.preds:   # ..., بحسب المرصد / وفق ما أفاد at the end
                if p.kind == "word" and p.word == "report" and p.i > t.j and self.tok(p.i) in (
                        "بحسب", "حسب", "وفق", "وفقا", "نقلا", "حسبما", "وحسبما"):
                    return p
        return best

    def _aside(self, p: Item) -> bool:
        """A writer's formula opening the sentence before أن (words.tsv aside: يذكر أن "it is worth noting that"),
        told by no named source."""
        return p.kind == "word" and all(self.tok(k) in _QUOTES for k in range(p.i)) \
            and self.tok(p.i)[len(p.clitic):] in self.w.get("aside", ()) \
            and self.tok(p.j) in self.w.get("complementizer", ())

    def _exceptive(self, t: Item) -> bool:
        """سوى or إلا after a trigger negated by لم, in its clause: لم تقصف الطائرات مواقع داعش سوى ثلاث مرات
        ("only three times") affirms the deed (not لا … إلا, as often "cannot but" or a distance)."""
        return any(self.tok(k) in ("سوي", "الا") for k in range(t.j, min(self.clause_end(t.j), t.j + 10)))

    def told_on(self, r: Item) -> Item | None:
        """The verb of telling a participle of telling goes on with (أعلنت القيادة …، مشيرة إلى أن …: أعلنت),
        or None when r is no such participle."""
        t = self.tok(r.i)[len(r.clitic):]
        if not (t.startswith("م") and t.endswith(("ا", "ه")) and r.word == "report"):
            return None
        prev = next((p for p in reversed(self.preds) if p.j <= r.i and p.kind == "word" and p.word == "report"), None)
        return prev if prev is not r else None

    def speaker(self, r: Item) -> Item | None:
        if self.tok(r.j - 1) in self.w.get("complementizer", ()) or r.word == "said_passive":
            return None       # وذكر أن …، وقيل إن: no speaker named before what is said
        stop = self.clause_end(r.j)
        for k in range(r.j, stop):     # the speaker comes before what is said: قال المرصد إن …
            if self.tok(k) in self.w.get("complementizer", ()) or self.tok(k) in (":", "،"):
                stop = k
                break
        prev = self.told_on(r)
        if prev is not None:
            return self.speaker(prev)   # مشيرا إلى أنه، مضيفة أن: the speaker of the verb before
        s, _ = self.subject(r, stop)
        if (s is None or s.mention_kind == "demonym") and self.tok(stop) in _COMMA:
            # قال وزير الخارجية الأمريكي، جون كيري، إن …: the name between commas after the speaker's title
            # is the speaker (not the title's country)
            named = next((it for it in self.ents if it.i == stop + 1 and it.entity.type == "Person"), None)
            if named is not None and (self.tok(named.j) in _COMMA
                                      or self.tok(named.j) in self.w.get("complementizer", ())):
                return named
        if s is None and self.tok(r.i - 1) in self.w.get("relative", ()):
            s = self.antecedent(r.i - 1)    # حزب العمال الذي أعلن تبني الهجوم: the relative clause's antecedent
            if s is not None and not self.is_actor(s):
                s = None
        if s is None:
            for it in self.ents:   # بحسب المرصد، وفق ما أفاد المرصد
                if r.j <= it.i < stop and it.i - r.j <= 4 and not (
                        it.mention_kind == "demonym" and not it.nominal):   # لوكالة الأنباء الألمانية
                    return it
        return s
