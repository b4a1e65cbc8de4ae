"""How likely an event is to be right: a logistic model over what the extraction knows about it.

The features name the frame (relation, type, part of speech, mode), the construction that found the
actor, which roles are filled and by what kind of entity, the modality, and the trigger's word. The
weights are learned on the training split of the development corpus (bench/corpus/train_scorer.py;
kg/models/event_scorer.json records the command, the data and the figures); they never see the dev or
test split. The probability becomes the event's confidence, and events below the model's threshold are
dropped (the threshold is chosen on the training split to maximise event F1).
"""
from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from pathlib import Path

from ..errors import KgError

MODEL = Path(__file__).resolve().parent.parent / "models" / "event_scorer.json"


class ScorerModelError(KgError):
    """The event scorer's model file is missing or malformed."""


def features(tr, reading, actors, targets, places, mode: str, trigger_word: str, definite: bool) -> tuple[str, ...]:
    def kind(roles, fallback):
        if not roles:
            return fallback
        e = roles[0].entity
        if not roles[0].text:
            return "outside"
        if e.type == "Group":
            return "generic"
        if e.type in ("Place", "Facility", "Country") and e.origin == "text":
            return "textplace"
        return "text" if e.origin == "text" else e.type
    out = [f"rel={tr.relation}", f"cls={tr.cls}", f"type={tr.type}", f"pos={tr.pos}", f"mode={mode or '-'}",
           f"how={reading.how or '-'}", f"actor={kind(actors, 'none')}", f"target={kind(targets, 'none')}",
           f"place={'yes' if places else 'no'}", f"mod={reading.modality}", f"def={'yes' if definite else 'no'}",
           f"word={trigger_word}", f"alone={'yes' if tr.alone else 'no'}",
           f"type|actor={tr.type}|{kind(actors, 'none')}", f"type|target={tr.type}|{kind(targets, 'none')}",
           f"type|pos={tr.type}|{tr.pos}"]
    return tuple(out)


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[float, dict, float]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        bias, weights, threshold = float(data["bias"]), data["weights"], float(data["threshold"])
        if not isinstance(weights, dict) or not all(isinstance(k, str) and isinstance(v, (int, float))
                                                    for k, v in weights.items()):
            raise ValueError("weights must map feature names to numbers")
    except OSError as e:
        raise ScorerModelError(f"{path}: cannot read the event scorer's model ({e.strerror}); "
                               "rebuild it with python bench/corpus/train_scorer.py") from None
    except (ValueError, KeyError, TypeError) as e:
        raise ScorerModelError(f"{path}: not an event scorer model ({e}); "
                               "rebuild it with python bench/corpus/train_scorer.py") from None
    return bias, {k: float(v) for k, v in weights.items()}, threshold


def enabled() -> bool:
    """KG_EVENT_SCORER=0 turns the scorer off (the rules alone: for training and comparison)."""
    return os.environ.get("KG_EVENT_SCORER", "1") != "0"


def probability(feats: tuple[str, ...], path: Path = MODEL) -> tuple[float, float]:
    """(probability that the event is right, the model's threshold)."""
    bias, weights, threshold = _load(str(path))
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), threshold
