"""What the words around a trigger say of its roles, asked by the frames of ``constructions``: an event
noun before or after a verb of attacking (its subject), an indefinite group after a genitive doer (its
object), a nationality adjective naming whose something is, a hold a place was taken from, a verb of
losing control (words.tsv ``lose``) and the side after لصالح."""
from __future__ import annotations

from ..model import LOCATION_TYPES
from ..recognize import Item
from .words import _head


class RoleWords:
    def _wounded_after(self, k: int) -> bool:
        """A verb that befalls its subject (أصيب، جرح: a trigger whose subject is its target) joined by و
        right at word k, after the noun phrase that is the subject (… سيمون كامبرز وأصيب زميله)."""
        nxt = next((p for p in self.items if p.i >= k and p.kind in ("trigger", "word")), None)
        if nxt is None or nxt.kind != "trigger" or nxt.i != k or nxt.clitic[:1] != "و":
            return False
        return any(tr.patient_subject and tr.pos == "verb"
                   for tr in self.rows(nxt))

    def _died_in_attack(self, k: int) -> bool:
        """An attack noun (an ASSAULT trigger) in a phrase of where or by what (في، بـ، جراء، إثر) within three
        words of word k, the end of the noun phrase after a verb of killing, with no entity between: the
        verb had no object, so the phrase is its passive subject (وقتل قائد ميداني حوثي في غارة جوية)."""
        for p in self.preds:
            if p.kind != "trigger" or not k <= p.i <= k + 3 or self.reading(p).type != "ASSAULT" \
                    or self.reading(p).pos != "noun":
                continue
            if any(k <= x.i < p.i for x in self.ents):
                return False
            return "ب" in p.clitic or self.tok(p.i - 1) in ("في", "جراء", "اثر", "خلال")
        return False

    def _object_after(self, gen: Item) -> Item | None:
        """اعتقال الشرطة الإسرائيلية مستوطنين: an actor in the genitive of a transitive verbal noun with an
        indefinite noun phrase of people right after it (no preposition) is the doer, the phrase what is
        done to (an indefinite noun cannot be the genitive's adjective)."""
        k = gen.j
        while k < gen.j + 3 and self.figure(k):
            k += 1                      # قتل الجيش 20 مسلحا: a count before it
        obj = next((it for it in self.ents if it.i == k), None)
        if obj is None or obj.clitic:
            return None
        if not self.tok(obj.i).startswith("ال") and obj.mention_kind == "generic" and obj.entity.type == "Group":
            return obj
        # اقتحام المستوطنين المسجد الأقصى، قصف النظام مدينة حلب: a place named right after an attack noun's doer
        # is what was attacked (a name is no adjective of the genitive); not after a person (زيارة الرئيس …)
        attack = k == gen.j and self.reading_of_noun_before(gen) == "ATTACK"
        return obj if attack and obj.mention_kind == "name" and obj.entity.type in LOCATION_TYPES \
            and gen.entity.type not in LOCATION_TYPES and gen.entity.type != "Person" else None

    def reading_of_noun_before(self, gen: Item) -> str:
        """The class of the event noun whose genitive ``gen`` is (right before it), or ""."""
        p = next((p for p in self.preds if p.kind == "trigger" and p.j == gen.i), None)
        return self.reading(p).cls if p is not None else ""

    def owner_adjective(self, k: int, indefinite: bool = False) -> Item | None:
        """رفضت حماس المبادرة المصرية، قصفت الطائرات المواقع السورية، أسقطت طائرة استطلاع تركية: a common noun
        as the object with a nationality adjective (agreeing in the article; an indefinite one only after
        the subject, ``indefinite``): the country it belongs to is what the deed is done to."""
        tk = self.tok(k)
        if self.ent_token(k) or any(p.i == k for p in self.preds) or not tk.isalpha():
            return None
        if tk.startswith("ال"):
            at = k + 1
        elif not indefinite or tk.endswith(("هم", "ها", "هما")):
            return None      # هاجمت مروحيتان أمريكيتان: right after the verb an indefinite noun is its subject
            #                  (أغلبهم بريطانيون: "most of them", a pronoun, takes no adjective)
        else:
            # أسقطت الدفاعات طائرة استطلاع تركية: an indefinite noun, and its genitive, with the adjective
            at = k + 2 if not self.ent_token(k + 1) and self.tok(k + 1).isalpha() \
                and not self.tok(k + 1).startswith("ال") and not any(p.i == k + 1 for p in self.preds) \
                and not self.tok(k + 1).endswith(("هم", "ها", "هما")) \
                and not any(it.i == k + 1 for it in self.ents) else k + 1
        # (past a genitive, a singular adjective of a thing: not أغلبهم بريطانيون, "most of them British")
        return next((it for it in self.ents if it.i == at and it.mention_kind == "demonym"
                     and not it.nominal and not it.clitic and self.tok(it.i).startswith("ال") == tk.startswith("ال")
                     and (at == k + 1 or self.tok(at).endswith(("يه", "ي", "يا")))), None)

    def past_instrument(self, k: int) -> int:
        """The token after a phrase at k that tells what a deed was done with (بقذائف الهاون، بسيارة مفخخة،
        بالصواريخ: words.tsv instrument or mode, or a noun before مفخخة / ناسفة), or k itself."""
        t = self.tok(k)
        if not t.startswith("ب") or self.ent_token(k):
            return k
        word = t[1:].removeprefix("ال")
        rigged = ("مفخخه", "مفخخ", "ناسفه", "مفخختين")
        if not (word in self.w.get("instrument", ()) or word in self.w.get("mode", ()) or self.tok(k + 1) in rigged):
            return k
        k += 1
        for _ in range(2):      # its adjective or genitive: الهاون، مفخخة، الثقيلة
            if self.ent_token(k) or any(p.i == k for p in self.preds) or not (
                    self.tok(k).startswith("ال") or self.tok(k) in rigged):
                break
            k += 1
        return k

    def held_owner(self, k: int) -> Item | None:
        """قصفت الطائرات المناطق الخاضعة لسيطرة الحوثيين، مواقع تحت سيطرة داعش: a part noun at token k (after a
        count or an adjective, and what it was done with) whose holder a participle of control names: what was
        hit is the holder's."""
        k = self.past_instrument(k)
        if self._force_word_at(k) and not self.ent_token(k):
            k += 1                      # قصفت الطائرات المناطق …: past a subject no one is named in
        while k < self.n and self.figure(k):
            k += 1
        if self.tok(k).removeprefix("ال") not in self.w.get("part", ()):
            return None
        held = next((p for p in self.preds if p.kind == "trigger" and k < p.i <= k + 2
                     and p.trigger is not None and p.trigger.pos == "passive" and p.trigger.cls == "CONTROL"), None)
        if held is not None:
            return next((it for it in self.ents if it.i == held.j and self.is_actor(it)), None)
        # المناطق التي يسيطر عليها الحوثيون: a relative clause of holding, its pronoun on على, names the holder
        rel = k + 1 if self.tok(k + 1) in self.w.get("relative", ()) else k + 2 \
            if self.tok(k + 2) in self.w.get("relative", ()) else -1
        at = {rel + 1} if rel > 0 else set()
        if not self.tok(k).startswith("ال"):
            at |= {k + 1, k + 2}    # مواقع عسكرية تسيطر عليها الميليشيات: an indefinite noun's clause needs no pronoun
        held = next((p for p in self.preds if p.i in at and p.kind == "trigger"
                     and p.trigger is not None and p.trigger.pos == "verb" and p.trigger.cls == "CONTROL"), None)
        if held is None or self.tok(held.j) not in ("عليها", "عليه", "عليهم"):
            return None
        return next((it for it in self.ents if held.j < it.i <= held.j + 2 and not self.gov(it) and self.is_actor(it)),
                    None)

    def _from_hold(self, it: Item) -> bool:
        """من سيطرة داعش، من قبضة الحوثيين: the entity held the place before."""
        return self.tok(_head(it) - 2) == "من" and self.tok(_head(it) - 1) in self.w.get("hold", ())

    def noun_before(self, v: Item) -> Item | None:
        """An indefinite attack noun right before a verb of attacking, maybe with its adjectives (غارات جوية
        استهدفت قوات صالح، عمليات إرهابية استهدفت دور عبادة): a clause describing the noun, whose subject
        is the noun; what follows the verb is its object."""
        for p in self.preds:
            if p.kind != "trigger" or p is v or p.j > v.i or v.i - p.j > 3:
                continue
            r = self.reading(p)
            if r.pos != "noun" or r.type != "ASSAULT" or r.cls == "KILL" \
                    or self.tok(p.i)[len(p.clitic):].startswith("ال"):
                continue
            # (شنت الطائرات عشر غارات، استهدفت مواقع المسلحين: after a comma too, with no و on the verb)
            comma = [k for k in range(p.j, v.i) if self.tok(k) in ("،", ",")]
            # (غارات مكثفة للتحالف الدولي استهدفت: past the noun's doer after لـ)
            agent = {k for it in self.ents if p.j <= it.i and it.j <= v.i and it.clitic.lstrip("وف").startswith("ل")
                     for k in range(it.i, it.j)}
            if v.i - p.j - len(comma) - len(agent) <= 2 and (not comma or comma == [v.i - 1] and not v.clitic) \
                    and all(self._agreeing_adjective(k, False) for k in range(p.j, v.i)
                            if k not in comma and k not in agent):
                return p
        return None

    def noun_subject(self, v: Item) -> Item | None:
        """The attack noun right after an attack verb, its subject (استهدف الهجوم، دمرتها الغارات); an
        event noun of another kind there is the verb's object (يساند مطالب المتظاهرين)."""
        return next((p for p in self.preds if p.kind == "trigger" and p is not v and v.j <= p.i <= v.j + 1
                     and (r := self.reading(p)).pos == "noun" and r.type == "ASSAULT"), None)

    def _after_word(self, it: Item, word: str) -> bool:
        """The entity phrase comes right after ``word``, maybe after a force or head noun (لصالح تنظيم داعش)."""
        k = _head(it) - 1
        if k >= 0 and self.tok(k) != word and self.is_transparent(self.tok(k)):
            k -= 1
        return k >= 0 and self.tok(k) == word

    def _lost(self, t: Item) -> bool:
        """A verb of losing right before the noun, maybe across its subject: فقد الحوثيون السيطرة."""
        lose = self.w.get("lose", ())
        for k in range(max(0, t.i - 4), t.i):
            w = self.tok(k)
            if w in lose or w[:1] in ("و", "ف") and w[1:] in lose:
                return all(self.ent_token(x) or self.tok(x).startswith("ال") or self.is_transparent(self.tok(x))
                           for x in range(k + 1, t.i))
        return False
