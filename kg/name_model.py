"""A statistical name recogniser: which words of a sentence are a name, of what kind, and where it ends.

A linear-chain CRF tags kg's folded tokens with B-/I- of PERS, LOC and ORG. It was trained offline with
CRFsuite (python-crfsuite) on ANERcorp's train split (``bench/ner/train.py``; ``kg/models/README.md``
says how, on what and how well); the model file ships in ``kg/models/``. The features of a token: the
folded word, its clitic-stripped stem, prefixes and suffixes, its shape, kg's word categories (stop word,
given name, reporting verb, title, preposition …), the lexicon forms that cover it (entity of a type,
demonym, title, place noun, trigger, function word) and whether it opens or closes a quotation, and the
same for the words around it.

kg tags with its own decoder over the CRF's weights, which gives CRFsuite's labels (tests compare them)
at a fraction of the cost: the weights of a word's own features and of the features its neighbours see
are summed once per word and kept; a sentence is then a few array gathers and one Viterbi pass shared
by all the sentences of an article. The weights are read from the model file on first use and kept in
kg's cache folder, so a process loads them in milliseconds. A missing or damaged model file is a
``NamesModelError`` naming the file.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import KgError

MODEL_FILE = Path(__file__).resolve().parent / "models" / "names.crfsuite"
TYPES = ("PERS", "LOC", "ORG")
_MAGIC = b"lCRF"
_CACHE_VERSION = "3"
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


class NamesModelError(KgError):
    """The name recogniser's model file is missing or cannot be read."""

    def __init__(self, path: str | Path, message: str):
        self.path, self.message = str(path), message
        super().__init__(f"{self.path}: {message}")

    def __reduce__(self):            # raised in a worker process, it travels back whole
        return type(self), (self.path, self.message)


# --- the model ---------------------------------------------------------------------------------

def model_path() -> Path:
    """The model file: ``KG_NAMES_MODEL`` if set (experiments, tests), else the one kg ships."""
    return Path(os.environ.get("KG_NAMES_MODEL") or MODEL_FILE)


_HINT = "rebuild it with: python bench/ner/train.py (see kg/models/README.md)"


def _model_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NamesModelError(path, f"the name recogniser's model file is missing; {_HINT}") from None
    except OSError as e:
        raise NamesModelError(path, f"cannot read the name recogniser's model file ({e.strerror}); {_HINT}") from None
    if not data.startswith(_MAGIC):
        raise NamesModelError(path, f"not a CRFsuite model file; {_HINT}")
    # CRFsuite trusts its header (a truncated file crashes it): the size it records, its type and the
    # offsets of its tables must fit the file
    import struct
    if len(data) < 48:
        raise NamesModelError(path, f"the model file is truncated ({len(data)} bytes); {_HINT}")
    size, kind = struct.unpack("<I", data[4:8])[0], data[8:12]
    offsets = struct.unpack("<5I", data[28:48])
    if size != len(data) or kind != b"FOMC" or any(not 48 <= o < size for o in offsets):
        raise NamesModelError(path, f"the model file is damaged or truncated ({len(data)} bytes, its header "
                                    f"says {size}); {_HINT}")
    return data


class Weights:
    """The CRF's weights as arrays: ``W[attribute row, label]`` (one extra row of zeros last) and
    ``T[previous label, label]``; labels in CRFsuite's own order (its Viterbi breaks ties by it)."""

    def __init__(self, labels: list[str], attrs: dict[str, int], W, T, ctx: dict[str, int], C) -> None:
        self.labels, self.attrs, self.W, self.T, self.ctx, self.C = labels, attrs, W, T, ctx, C
        self.o = labels.index("O")

    @classmethod
    def build(cls, labels: list[str], attrs: dict[str, int], W, T) -> "Weights":
        """With the neighbours' view: a feature's base -> row of C, its weights as -2:, -1:, +1:, +2:
        side by side."""
        import numpy as np
        prefixes = ("-2:", "-1:", "+1:", "+2:")
        ctx: dict[str, int] = {}
        for attr in attrs:
            if attr[:3] in prefixes:
                ctx.setdefault(attr[3:], len(ctx))
        L = len(labels)
        C = np.zeros((len(ctx) + 1, 4 * L))
        for attr, r in attrs.items():
            if attr[:3] in prefixes:
                g = prefixes.index(attr[:3])
                C[ctx[attr[3:]], g * L:(g + 1) * L] = W[r]
        return cls(labels, attrs, W, T, ctx, C)

    def state(self) -> tuple:
        return self.labels, self.attrs, self.W, self.T, self.ctx, self.C

    @classmethod
    def from_crfsuite(cls, path: Path) -> "Weights":
        import numpy as np
        import pycrfsuite
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
            info = tagger.info()
        except Exception as e:   # CRFsuite reports a damaged file as a bare error
            raise NamesModelError(path, f"the model file cannot be opened ({e or type(e).__name__}); {_HINT}") from None
        labels = [lb for lb, _ in sorted(info.labels.items(), key=lambda x: int(x[1]))]
        if "O" not in labels or not any(lb.startswith("B-") for lb in labels):
            raise NamesModelError(path, f"the model file has no name labels ({labels}); {_HINT}")
        index = {lb: k for k, lb in enumerate(labels)}
        attrs: dict[str, int] = {}
        for (attr, _), _ in sorted(info.state_features.items()):
            attrs.setdefault(attr, len(attrs))
        W = np.zeros((len(attrs) + 1, len(labels)))
        for (attr, lb), w in info.state_features.items():
            W[attrs[attr], index[lb]] = w
        T = np.zeros((len(labels), len(labels)))
        for (a, b), w in info.transitions.items():
            T[index[a], index[b]] = w
        return cls.build(labels, attrs, W, T)


_WEIGHTS: dict[str, Weights] = {}


def load_weights(path: str | Path | None = None) -> Weights:
    """The weights of the model file (default: ``model_path()``), once per process. Read through
    CRFsuite the first time and kept in kg's cache folder as plain arrays (NumPy's format, read with
    pickling refused: a file someone else put there can give wrong weights, never run code), keyed by
    the model file's content, so later processes load them in milliseconds."""
    import hashlib
    path = Path(path) if path is not None else model_path()
    got = _WEIGHTS.get(str(path))
    if got is not None:
        return got
    data = _model_bytes(path)
    cache = cache_dir() / f"names-{_CACHE_VERSION}-{hashlib.sha256(data).hexdigest()[:24]}.npz"
    weights = _read_cache(cache)
    if weights is None:
        weights = Weights.from_crfsuite(path)
        _write_cache(cache, weights)
    _WEIGHTS[str(path)] = weights
    return weights


def cache_dir() -> Path:
    """kg's cache folder: ``KG_CACHE_DIR``, else the user's cache folder's ``kg``."""
    base = os.environ.get("KG_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "kg")
    return Path(base)


def _read_cache(cache: Path) -> "Weights | None":
    import numpy as np
    try:
        with np.load(cache, allow_pickle=False) as z:
            labels, attrs, ctx = (z[k].tolist() for k in ("labels", "attrs", "ctx"))
            W, T, C = z["W"], z["T"], z["C"]
        if W.shape[0] != len(attrs) + 1 or C.shape[0] != len(ctx) + 1 or T.shape != (len(labels),) * 2:
            return None
        return Weights(labels, {a: k for k, a in enumerate(attrs)}, W, T, {c: k for k, c in enumerate(ctx)}, C)
    except Exception:         # absent, another version, damaged: read the model file again
        return None


def _write_cache(cache: Path, w: Weights) -> None:
    import numpy as np
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.stem}.{os.getpid()}.tmp.npz")
        # dicts in insertion order: their values are 0, 1, 2 … (see from_crfsuite and build)
        np.savez(tmp, labels=np.array(w.labels), attrs=np.array(list(w.attrs)), ctx=np.array(list(w.ctx)),
                 W=w.W, T=w.T, C=w.C)
        os.replace(tmp, cache)
    except OSError:
        pass


# --- features -----------------------------------------------------------------------------------

@lru_cache(maxsize=131072)
def strip_clitics(tok: str) -> tuple[str, str]:
    """(proclitics, stem) of a folded word: وبالاردن -> ("وب", "اردن"), للجيش -> ("ل", "جيش")."""
    pre = ""
    t = tok
    if len(t) > 3 and t[0] in _CONJ:
        pre, t = t[0], t[1:]
    if len(t) > 3 and t[0] in _PREP:
        if t[0] == "ل" and t[1] == "ل" and len(t) > 4:    # لل = ل + ال
            return pre + "ل", t[2:]
        pre, t = pre + t[0], t[1:]
    if len(t) > 3 and t.startswith("ال"):
        return pre, t[2:]
    return pre, t


def _shape(tok: str) -> str:
    if tok.isdigit():
        return "digit"
    if not (tok[0].isalnum() or tok[0] == "_"):
        return "punct"
    if tok.isascii():
        return "latin"
    if not tok.isalpha():
        return "mixed"
    return "arabic"


# word categories of kg's words.tsv / common_words.tsv worth a feature
_CATEGORIES = ("stop", "given_name", "name_particle", "report", "prep", "force", "people", "direction",
               "adjective_en", "head", "part", "number", "org_adjective", "complementizer", "light_verb",
               "agentive", "clause", "relative", "negation")


class Featurizer:
    """Features of kg's folded tokens for one lexicon (word features cached per word)."""

    def __init__(self, lex) -> None:
        w = lex.words
        self._cats: dict[str, list[str]] = {}         # word -> its categories
        for cat in _CATEGORIES:
            for form in w.get(cat, ()):
                self._cats.setdefault(form, []).append(cat)
        for form in w.get("_titles", ()):
            self._cats.setdefault(form, []).append("title")
        self._cache: dict[str, tuple] = {}

    def _categories(self, tok: str, stem: str) -> list[str]:
        cats = self._cats
        out = list(cats.get(tok, ()))
        if stem != tok:                      # with a clitic or the article stripped: cat~
            seen = set(out)
            for f in (stem, "ال" + stem):
                for c in cats.get(f, ()):
                    if c not in seen:
                        seen.add(c)
                        out.append(c + "~")
        return out

    def word(self, tok: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(features of the word itself, features its neighbours see: -2:, -1:, +1:, +2: + each)."""
        got = self._cache.get(tok)
        if got is not None:
            return got
        shape = _shape(tok)
        if shape == "punct" or shape == "digit":
            own = (f"w={tok}" if shape == "punct" else "w=<d>", f"shape={shape}")
            ctx = own
        else:
            pre, stem = strip_clitics(tok)
            al = "1" if tok.startswith("ال", len(pre)) or (pre.endswith("ل") and tok.startswith("لل", len(pre) - 1)) else "0"
            cats = [f"c={c}" for c in self._categories(tok, stem)]
            ctx = (f"w={tok}", f"s={stem}", f"al={al}", f"shape={shape}", *cats)
            own = (*ctx, f"pre={pre}", f"p2={stem[:2]}", f"p3={stem[:3]}", f"x2={stem[-2:]}",
                   f"x3={stem[-3:]}", f"x1={tok[-1]}", f"len={min(len(stem), 8)}")
        got = (own, ctx)
        if len(self._cache) < 100_000:
            self._cache[tok] = got
        return got

    def sentence(self, tokens: list[str], marks: list[tuple] | None = None) -> list[list[str]]:
        """CRFsuite items for a sentence: for each token its features and its neighbours' ones.
        ``marks[k]`` are the lexicon marks of token k (see ``lexicon_marks``)."""
        words = [self.word(t) for t in tokens]
        n = len(tokens)
        out = []
        for k in range(n):
            f = list(words[k][0])
            for d, p, edge in ((-2, "-2:", "BOS"), (-1, "-1:", "BOS"), (1, "+1:", "EOS"), (2, "+2:", "EOS")):
                if 0 <= k + d < n:
                    f.extend(p + x for x in words[k + d][1])
                else:
                    f.append(p + edge)
            if marks is not None:
                if marks[k]:
                    f.extend(marks[k])
                if k >= 1 and marks[k - 1]:
                    f.extend("-1:" + x for x in marks[k - 1])
                if k + 1 < n and marks[k + 1]:
                    f.extend("+1:" + x for x in marks[k + 1])
            out.append(f)
        return out


def lexicon_marks(starts: list[int], ends: list[int], cands, entities) -> list[tuple]:
    """For each token, what the lexicon says of it: B/I of an entity form and its type, of a demonym,
    title, place noun, trigger or function word (``cands``: objects with kind, fs, fe and hit.ref, in
    kg's folded offsets; ``starts``/``ends``: the tokens' folded offsets)."""
    marks: list = [()] * len(starts)
    if not starts:
        return []
    hit: dict[int, set] = {}
    for c in cands:
        i = bisect_right(starts, c.fs) - 1
        j = bisect_right(starts, c.fe - 1)
        if i < 0 or j <= i or c.fs >= ends[-1]:
            continue
        kind = c.kind
        if kind == "E":
            ent = entities.get(c.hit.ref)
            tag = "E" + (ent.type if ent is not None else "")
        elif kind == "W":
            tag = "W" + str(c.hit.ref)
        else:
            tag = kind
        hit.setdefault(i, set()).add("LB" + tag)
        for k in range(i + 1, min(j, len(marks))):
            hit.setdefault(k, set()).add("LI" + tag)
    for k, m in hit.items():
        marks[k] = tuple(sorted(m))
    return marks


SON_OF = frozenset({"بن", "بنت", "ابن"})     # "son of", "daughter of": the word after is the father's name


def name_memory(sentences, stop: frozenset) -> dict[str, tuple[str, tuple[str, ...]]]:
    """What the names the model read in an article teach about its other words: a one-word name's
    stem, and the last word of a person's name (the family name), each -> (type, the name's tokens).
    ``sentences``: (tokens, names) pairs. A word read as names of different types goes to the commonest."""
    votes: dict[str, dict[str, list]] = {}
    for tokens, names in sentences:
        for i, j, typ in names:
            if typ not in TYPES or (j - i > 1 and typ != "PERS"):
                continue
            last = tokens[j - 1]
            if j - i > 2 and tokens[j - 2] in SON_OF:
                continue        # عبد الملك بن مروان: مروان alone is his father, not him
            key = strip_clitics(last)[1]
            if len(key) < 3 or key in stop or not key[0].isalpha():
                continue
            votes.setdefault(key, {}).setdefault(typ, []).append(tuple(tokens[i:j]))
    memory = {}
    for key, by_type in votes.items():
        typ = max(by_type, key=lambda t: (len(by_type[t]), t == "PERS"))
        names = by_type[typ]
        memory[key] = (typ, max(names, key=len))
    return memory


_OPEN = "«\"“"
_CLOSE = "»\"”"
_QUOTE_RE = re.compile("[" + _OPEN + _CLOSE + "]")


def quote_marks(text: str, folded, starts: list[int], ends: list[int], marks: list[tuple]) -> list[tuple]:
    """Add to ``marks`` whether a token opens (Q<) or closes (Q>) a quotation: «جيلي», "الراي".
    ``text`` is the article text, ``folded`` its Folded view, ``starts``/``ends`` folded token offsets."""
    if not starts:
        return marks
    a, b = folded.span(starts[0], ends[-1])
    a = max(a - 1, 0)
    found = [(m.start(), m.group()) for m in _QUOTE_RE.finditer(text, a, b + 1)]
    if not found:
        return marks
    out = list(marks)
    orig = folded.orig
    for p, c in found:
        if c in _OPEN:       # the first word after it, with only spaces between
            k = bisect_left(starts, p, key=orig)
            if k < len(starts) and not text[p + 1:orig(starts[k])].strip():
                out[k] = tuple(out[k]) + ("Q<",) if "Q<" not in out[k] else out[k]
        if c in _CLOSE:      # the last word before it
            k = bisect_left(ends, p + 1, key=lambda e: orig(e - 1) + 1) - 1
            if k >= 0 and not text[orig(ends[k] - 1) + 1:p].strip():
                out[k] = tuple(out[k]) + ("Q>",) if "Q>" not in out[k] else out[k]
    return out


# --- tags to spans --------------------------------------------------------------------------------

def spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """Names (i, j, type) of a BIO tag sequence; an I- without its B- starts a name."""
    out = []
    start, typ = None, None
    for k, lab in enumerate(list(labels) + ["O"]):
        b = lab[:2]
        t = lab[2:]
        if b == "B-" or lab == "O" or t != typ:
            if start is not None:
                out.append((start, k, typ))
            start, typ = (k, t) if lab != "O" else (None, None)
    return out


@dataclass(frozen=True, slots=True)
class Reading:
    """The model's reading of a sentence: its names (i, j, type) over the sentence's tokens."""
    names: list


# punctuation never inside a name: the tagger cuts sentences there (not - / . ' : جان - ايف، U.S.)
_BREAKS = frozenset("،,؛;:!؟?")


class NameTagger:
    """Tags sentences with the CRF of ``weights`` over the features of ``featurizer``.

    The same decision as CRFsuite's tagger, computed faster: a word's score for each label is the sum
    of its own features' weights and of its neighbours' (kept per word), plus its lexicon marks and
    its neighbours'; then one Viterbi pass over all the sentences of an article at once."""

    _CAP = 120_000        # words whose scores are kept (then the table starts again)
    # a word whose O score leads every name label's by more than this cuts the sentence too: no word
    # of 35,502 news sentences (1.2M words) was tagged otherwise than by CRFsuite with the cut
    PLAIN = 10.0

    def __init__(self, weights: Weights, featurizer: Featurizer) -> None:
        import numpy as np
        self.wt, self.fz = weights, featurizer
        self.L = len(weights.labels)
        self._reset()
        self.mark_ids: dict[tuple, int] = {(): 0}
        self.MS = np.zeros((64, 3, self.L))   # marks: on the word, seen from the next word, from the previous

    def _reset(self) -> None:
        import numpy as np
        W, a = self.wt.W, self.wt.attrs
        z = len(a)
        self.rows: dict[str, int] = {}
        self.U = np.zeros((4096, 5, self.L))  # per word: own, as the word 2 before, 1 before, 1 after, 2 after
        self.breaks = np.zeros(4096, dtype=bool)   # per word: punctuation the sentence is cut at
        self.U[0, 1] = W[a.get("-2:BOS", z)]   # row 0: before the sentence; row 1: after it
        self.U[0, 2] = W[a.get("-1:BOS", z)]
        self.U[1, 3] = W[a.get("+1:EOS", z)]
        self.U[1, 4] = W[a.get("+2:EOS", z)]
        self.n = 2

    def _score(self, pending: list[tuple[str, int]]) -> None:
        """Fill the rows of new words, all at once."""
        import numpy as np
        wt = self.wt
        a, ctx, za, zc = wt.attrs, wt.ctx, len(wt.attrs), len(wt.ctx)
        own_idx: list[int] = []
        own_at: list[int] = []
        ctx_idx: list[int] = []
        ctx_at: list[int] = []
        word = self.fz.word
        aget, cget = a.get, ctx.get
        for tok, _ in pending:
            own, seen = word(tok)
            own_at.append(len(own_idx))
            own_idx.append(za)
            own_idx += [x for x in map(aget, own) if x is not None]
            ctx_at.append(len(ctx_idx))
            ctx_idx.append(zc)
            ctx_idx += [x for x in map(cget, seen) if x is not None]
        rows = [r for _, r in pending]
        L = self.L
        self.breaks[rows] = [tok in _BREAKS for tok, _ in pending]
        self.U[rows, 0] = np.add.reduceat(wt.W[own_idx], own_at, axis=0)
        self.U[rows, 1:] = np.add.reduceat(wt.C[ctx_idx], ctx_at, axis=0).reshape(len(rows), 4, L)

    def _mark(self, m: tuple) -> int:
        got = self.mark_ids.get(m)
        if got is None:
            import numpy as np
            a, W = self.wt.attrs, self.wt.W
            got = self.mark_ids[m] = len(self.mark_ids)
            if got >= len(self.MS):
                self.MS = np.concatenate([self.MS, np.zeros_like(self.MS)])
            for g, p in enumerate(("", "-1:", "+1:")):
                for x in m:
                    if p + x in a:
                        self.MS[got, g] += W[a[p + x]]
        return got

    def read(self, sentences: list[tuple[list[str], list[tuple]]]) -> list["Reading"]:
        """What the model reads in each (tokens, marks) sentence."""
        import numpy as np
        if self.n + sum(len(t) for t, _ in sentences) > self._CAP:
            self._reset()
        rows, pending = self.rows, []
        padded: list[int] = []
        mk: list[int] = []
        pos: list[int] = []
        bounds = []
        for tokens, marks in sentences:
            base = len(padded)
            padded += (0, 0)
            got = [rows.get(t, -1) for t in tokens]
            if -1 in got:
                for k, r in enumerate(got):
                    if r < 0:
                        r = rows.get(tokens[k], -1)
                        if r < 0:
                            r = rows[tokens[k]] = self.n
                            self.n += 1
                            pending.append((tokens[k], r))
                        got[k] = r
            padded += got
            padded += (1, 1)
            mk += (0, 0)
            if any(marks):
                ids = self.mark_ids
                mk.extend([ids.get(m) or self._mark(m) if m else 0 for m in marks])
            else:
                mk.extend([0] * len(tokens))
            mk += (0, 0)
            first = len(pos)
            pos.extend(range(base + 2, base + 2 + len(tokens)))
            bounds.append((first, len(pos)))
        if not pos:
            return [Reading([]) for _ in sentences]
        if self.n > len(self.U):
            more = max(self.n, 2 * len(self.U)) - len(self.U)
            self.U = np.concatenate([self.U, np.zeros((more, 5, self.L))])
            self.breaks = np.concatenate([self.breaks, np.zeros(more, dtype=bool)])
        if pending:
            self._score(pending)
        P = np.array(padded)
        q = np.array(pos)
        U = self.U
        E = U[P[q], 0] + U[P[q - 2], 1] + U[P[q - 1], 2] + U[P[q + 1], 3] + U[P[q + 2], 4]
        M = np.array(mk)
        if M.any():
            E += self.MS[M[q], 0] + self.MS[M[q - 1], 1] + self.MS[M[q + 1], 2]
        o = self.wt.o
        leans = np.delete(E, o, axis=1).max(axis=1) - E[:, o]
        labels = self._decode(*self._clauses(E, P[q], bounds, leans))
        named = np.flatnonzero(labels != o)
        has = set(np.searchsorted([b for _, b in bounds], named, side="right").tolist())
        out = []
        for s, (first, last) in enumerate(bounds):
            found = spans([self.wt.labels[y] for y in labels[first:last].tolist()]) if s in has else []
            out.append(Reading(found))
        return out

    def _clauses(self, E, rows, bounds, leans):
        """Cut the sentences at punctuation that is never part of a name (، : ! …; ``rows``: the words'
        rows) and at words plainly not names (``leans`` below -PLAIN): each stretch is decoded alone,
        entered from O and left to O."""
        import numpy as np
        T, o = self.wt.T, self.wt.o
        cut = np.flatnonzero(self.breaks[rows] | (leans < -self.PLAIN)).tolist()
        into, outof = T[o], T[:, o]
        out = []
        ci = 0
        for first, last in bounds:
            a = first
            while ci < len(cut) and cut[ci] < last:
                c = cut[ci]
                ci += 1
                if c > a:
                    out.append((a, c))
                    E[c - 1] += outof
                if c + 1 < last:
                    E[c + 1] += into
                a = c + 1
            if last > a:
                out.append((a, last))
        return E, out

    def _decode(self, E, bounds):
        """Viterbi over every sentence at once, one word position at a time (sentences longest first,
        so the ones still going are the first rows). Ties go to the lower label, as in CRFsuite."""
        import numpy as np
        T = self.wt.T
        N, L = E.shape
        out = np.full(N, self.wt.o)
        order = sorted(((b - a, a) for a, b in bounds if b > a), reverse=True)
        if not order:
            return out
        lens = np.array([n for n, _ in order])
        B, longest = len(order), int(lens[0])
        steps = np.arange(longest)
        idx = np.minimum(np.array([a for _, a in order])[:, None] + steps, N - 1)
        Ep = E[idx]
        going = (B - np.cumsum(np.bincount(lens, minlength=longest + 1))[:longest]).tolist()  # rows with len > t
        delta = Ep[:, 0].copy()
        back = np.zeros((longest, B, L), dtype=np.intp)
        S = np.empty((B, L, L))
        top = np.empty((B, L))
        add = np.add
        for t in range(1, longest):
            k = going[t]
            d, s = delta[:k], S[:k]
            add(d[:, :, None], T, out=s)
            s.argmax(axis=1, out=back[t, :k])
            s.max(axis=1, out=top[:k])
            add(top[:k], Ep[:k, t], out=d)
        best = delta.argmax(axis=1)
        y = np.zeros(B, dtype=np.intp)
        path = np.zeros((B, longest), dtype=np.intp)
        rows = np.arange(B)
        going.append(0)
        for t in range(longest - 1, -1, -1):
            k, ended = going[t], going[t + 1]
            y[ended:k] = best[ended:k]               # the rows whose last word is t
            path[:k, t] = y[:k]
            if t:
                y[:k] = back[t, rows[:k], y[:k]]
        mask = steps < lens[:, None]
        out[idx[mask]] = path[mask]
        return out


_TAGGERS: dict[tuple, NameTagger] = {}


def tagger(featurizer: Featurizer, path: str | Path | None = None) -> NameTagger:
    """The tagger of the model file and this featurizer (one per process)."""
    path = Path(path) if path is not None else model_path()
    key = (str(path), id(featurizer))
    got = _TAGGERS.get(key)
    if got is None or got.fz is not featurizer:
        got = _TAGGERS[key] = NameTagger(load_weights(path), featurizer)
    return got
