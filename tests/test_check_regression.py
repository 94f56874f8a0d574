"""factcheck check: new articles against the claim base, sections in order, exit codes for CI."""
import json
import re

import pytest

from factcheck.claimbase import check, reviews as review, store
from factcheck.models import CheckResult

from conftest import write
from editor_support import STORY_A, STORY_B, cli


@pytest.fixture
def talks(tmp_path):
    """A claim base holding article A (talks in Istanbul); B (Ankara) is the new article."""
    (tmp_path / "base").mkdir()
    a = write(tmp_path / "base", "a.txt", STORY_A)
    b = write(tmp_path, "b.txt", STORY_B)
    root = tmp_path / "claims"
    assert cli("extract", a, "--claims", root).exit_code == 0
    place = next(c for c in store.load(root).claims.values() if c.property == "place")
    return root, a, b, place


def test_contradiction_with_confirmed_claim_exits_1_and_quotes_it(talks):
    root, a, b, place = talks
    review.set_state(root, place.id, "confirmed", "alice")
    r = cli("check", b, "--against", root)
    assert r.exit_code == 1, r.output
    lines = r.output.splitlines()
    assert lines[0] == f"factcheck check: 1 new article(s) against {root}"
    assert lines[1] == "  b: story a"   # the base's story (named after its one file) it was compared with
    assert lines[3] == "New contradictions with confirmed claims (1)"
    assert "different place for the same event" in lines[5]
    rows = [re.split(r"\s{2,}", line) for line in lines[8:10]]
    assert [r[0][:8] for r in rows] == ["side A: ", "side B: "]  # then the side's value as displayed
    assert [r[1:] for r in rows] == [["a", "confirmed", place.quote],
                                     ["b", "NEW", "talks between Russia and the United States were held in Ankara"]]
    assert lines[-1] == "1 finding(s) match --fail-on confirmed: exit 1"


def test_unreviewed_contradiction_passes_by_default_fails_on_contradiction(talks):
    root, a, b, place = talks
    r = cli("check", b, "--against", root)
    assert r.exit_code == 0, r.output
    assert "New contradictions with unreviewed claims (1)" in r.output
    assert r.output.splitlines()[-1] == "0 finding(s) match --fail-on confirmed: exit 0"
    r = cli("check", b, "--against", root, "--fail-on", "contradiction")
    assert r.exit_code == 1
    assert r.output.splitlines()[-1] == "1 finding(s) match --fail-on contradiction: exit 1"


def test_contradicting_a_false_claim(talks):
    root, a, b, place = talks
    review.set_state(root, place.id, "false", "alice")
    r = cli("check", b, "--against", root)
    assert r.exit_code == 0
    assert "New contradictions with claims marked false (1)" in r.output


def test_fail_on_unsupported_and_never(talks):
    root, a, b, place = talks
    review.set_state(root, place.id, "confirmed", "alice")
    r = cli("check", b, "--against", root, "--fail-on", "never")
    assert r.exit_code == 0
    assert r.output.splitlines()[-1] == "0 finding(s) match --fail-on never: exit 0"
    res = check.check([b], root, "unsupported")
    assert res.exit_code == 1
    flagged = [i for i in res.items if i.section in check.FAILS["unsupported"]]
    assert {i.section for i in flagged} == {"contradicts-confirmed", "unsupported"}


def test_sections_in_order_and_only_new_findings(talks):
    root, a, b, place = talks
    review.set_state(root, place.id, "confirmed", "alice")
    res = check.check([b], root)
    order = [check.SECTIONS.index(i.section) for i in res.items]
    assert order == sorted(order)
    new_ids = {c.id for c in res.claims if c.article == "b"}
    assert all(set(i.new_claims) <= new_ids and i.new_claims for i in res.items)
    assert {i.section for i in res.items} >= {"contradicts-confirmed", "agreement", "unsupported"}
    first = res.items[0]
    assert first.base_claims == [place.id] and first.states == {place.id: "confirmed"}


def test_article_already_in_base_reports_nothing(talks):
    root, a, b, place = talks
    r = cli("check", a, "--against", root, "--fail-on", "unsupported")
    assert r.exit_code == 0
    assert r.output == (f"factcheck check: 0 new article(s) against {root} (1 already in the base: a)\n\n"
                        "No new findings.\n\n0 finding(s) match --fail-on unsupported: exit 0\n")


def test_json_format_validates(talks):
    root, a, b, place = talks
    review.set_state(root, place.id, "confirmed", "alice")
    r = cli("check", b, "--against", root, "--format", "json")
    assert r.exit_code == 1
    data = json.loads(r.output)
    assert data["schema"] == "factcheck.check/1"
    res = CheckResult.model_validate(data)
    assert res.items[0].section == "contradicts-confirmed"
    claims = {c.id for c in res.claims}
    assert all(set(i.finding.claims) <= claims for i in res.items)


def test_bad_input_exit_2(talks, tmp_path):
    root, a, b, place = talks
    r = cli("check", b, "--against", root, "--fail-on", "sometimes")
    assert r.exit_code == 2
    assert r.output == "error: unknown --fail-on 'sometimes' (choose from confirmed, contradiction, unsupported, never)\n"
    r = cli("check", b, "--against", root, "--format", "xml")
    assert r.exit_code == 2
    assert r.output == "error: unknown format 'xml' (choose from table, json)\n"
    r = cli("check", tmp_path / "missing.txt", "--against", root)
    assert r.exit_code == 2
    assert r.output == f"error: {tmp_path / 'missing.txt'}: no such file or directory\n"
    r = cli("check", b, "--against", tmp_path / "nobase")
    assert r.exit_code == 2
    assert r.output == (f"error: {tmp_path / 'nobase'}: no claim base here "
                        f"(run: factcheck extract ARTICLES --claims {tmp_path / 'nobase'})\n")
    r = cli("check", "--against", root)
    assert r.exit_code == 2  # usage: no article


def test_candidates_come_from_the_new_claims_blocks(talks):
    root, a, b, place = talks
    from factcheck.ingest import load as ingest
    from factcheck import pipeline
    base = store.load(root)
    pool = list(base.claims.values())
    new = pipeline.analyze(ingest.load_articles([b])).claims
    cands = check.candidates(pool, new)
    props = {c.property for c in new}
    assert all(c.property in props or check._event_defining(c) for c in cands)
    assert place in cands
