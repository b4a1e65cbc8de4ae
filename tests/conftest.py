import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def lex():
    from kg.lexicon import load_lexicon
    return load_lexicon()


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory):
    """The seeds built once for the whole session (read-only for tests)."""
    from kg.pipeline import build
    out = tmp_path_factory.mktemp("seeds_out")
    report = build([SEEDS], out_dir=out, workers=1)
    return out, report


def require(env: str, reason: str):
    """Skip, unless CI asked for the component to be present (then fail)."""
    if os.environ.get(env) == "1":
        pytest.fail(reason)
    pytest.skip(reason)
