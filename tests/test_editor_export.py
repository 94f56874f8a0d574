"""ClaimReview export over any mix of review states (hypothesis): valid shape, one item per claim
with a verdict, the rating of its latest state."""
import datetime as dt
import json
import shutil

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claimbase import export, reviews as review, store
from factcheck.models import REVIEW_STATES, Review

from conftest import write
from editor_support import STORY_A, STORY_B, cli
from test_editor_session import CLAIM_REVIEW_SCHEMA


@pytest.fixture(scope="module")
def master(tmp_path_factory):
    d = tmp_path_factory.mktemp("exp")
    a, b = write(d, "a.txt", STORY_A), write(d, "b.txt", STORY_B)
    assert cli("extract", a, b, "--claims", d / "claims").exit_code == 0
    return d / "claims"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_export_shape_for_any_states(master, tmp_path_factory, data):
    root = shutil.copytree(master, tmp_path_factory.mktemp("x") / "claims")
    ids = sorted(store.load(root).claims)
    chosen = data.draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(REVIEW_STATES),
                                          st.text(max_size=20)), max_size=12))
    at = dt.datetime(2025, 4, 12, tzinfo=dt.timezone.utc)
    last: dict[str, str] = {}
    lines = []
    for cid, state, note in chosen:
        lines.append(Review(id=cid, target="claim", state=state, previous=last.get(cid, "unreviewed"), by="ed",
                            at=at, note=note).to_line())
        last[cid] = state
    review.history_path(root).write_text("".join(lines), encoding="utf-8")
    out = json.loads(export.render(root, "claimreview", publisher="Desk", url="https://desk.example/checks"))
    for item in out:
        jsonschema.validate(item, CLAIM_REVIEW_SCHEMA)
    expected = {cid for cid, s in last.items() if s != "unreviewed"}
    in_text_order = sorted(store.load(root).claims.values(), key=lambda c: (c.article, c.start, c.id))
    assert [d["identifier"] for d in out] == [c.id for c in in_text_order if c.id in expected]
    for d in out:
        assert (d["reviewRating"]["ratingValue"], d["reviewRating"]["name"]) == \
            export.RATINGS[last[d["identifier"]]]
        assert d["datePublished"] == "2025-04-12"
