"""Golden tests on the seeds and on every real story (tests/golden/stories/, written by
tools/update_golden.py): the same contradictions, the same counts of the other findings, and a score
against the story's gold annotation no lower than the one recorded. The stories and their gold live in
../shared (skipped where absent); the seeds are in the repository."""
import importlib.util
import json
import sys

import pytest

from conftest import ROOT

TOOL = ROOT / "tools" / "update_golden.py"
STORIES = ROOT.parent / "shared" / "stories"
EVAL = ROOT.parent / "shared" / "eval"
# The scorer prints two decimals: a score may fall this much below the recorded one by rounding.
SCORE_ROUNDING = 0.005


def _tool():
    spec = importlib.util.spec_from_file_location("update_golden", TOOL)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["update_golden"] = mod
    spec.loader.exec_module(mod)
    return mod


def _sets():
    mod = _tool()
    found = mod.sets(STORIES, EVAL) if STORIES.is_dir() and EVAL.is_dir() else []
    found = found or [("seeds", sorted((ROOT / "seeds").glob("*.txt")), ROOT / "seeds", None)]
    return [s for s in found if (mod.OUT / f"{s[0]}.json").exists()]


@pytest.mark.parametrize("name, files, folder, gold", _sets(), ids=lambda x: x if isinstance(x, str) else "")
def test_story_matches_its_golden_file(name, files, folder, gold, tmp_path):
    mod = _tool()
    expected = json.loads((mod.OUT / f"{name}.json").read_text(encoding="utf-8"))
    rep_path = tmp_path / "r.json"
    got = mod.summary(mod.run_report(files, rep_path))
    assert got["contradictions"] == expected["contradictions"]
    assert {k: got[k] for k in ("claims", "agreement", "update", "unsupported")} == \
        {k: expected[k] for k in ("claims", "agreement", "update", "unsupported")}
    if gold is not None and (EVAL / "score.py").exists():
        assert mod.score(EVAL, gold, folder, rep_path) >= expected["score"] - SCORE_ROUNDING
