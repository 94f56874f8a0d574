"""Issue 16 items 1, 2, 5, 6: check scoped to stories, finding ids and reviews that survive a growing
story, review state in machine-readable output, the walk, the cache verified by hash. Invented story:
Nordic trade ministers meeting in Oslo (one article says Bergen); an unrelated flood story."""
import datetime as dt
import json
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claimbase import editor, reviews as review, store
from factcheck.judge import identity
from factcheck.models import Claim, Finding

from conftest import write
from editor_support import cli

NORTH = """March 3, 2024

The trade ministers of the Nordic countries opened their summit in Oslo on Sunday, March 3, 2024.
The Finnish delegation was led by Minister Aino Virtanen.
"""
SOUTH = """March 4, 2024

The summit of the Nordic trade ministers was held in Bergen on March 3, 2024.
The Finnish delegation was led by Aino Virtanen, who is expected to become minister.
"""
# joins the Oslo side of the place contradiction
LATE = """March 5, 2024

Trade ministers of the Nordic countries gathered in Oslo on March 3, 2024, for their summit.
"""
# repeats the Bergen side
AGAIN = """March 5, 2024

The Nordic trade ministers met for their summit in Bergen on March 3, 2024.
"""
FLOOD = """June 12, 2023

Floods in the river valley near Porto Alegre forced residents from their homes on Monday, June 12, 2023.
Rescue teams from Curitiba reached the town of Canoas by boat.
"""


@pytest.fixture
def desk(tmp_path):
    """A claim base of the two-article summit story ('summit'), its place contradiction confirmed."""
    story = tmp_path / "summit"
    story.mkdir()
    write(story, "north.txt", NORTH)
    write(story, "south.txt", SOUTH)
    root = tmp_path / "claims"
    r = cli("extract", story, "--claims", root)
    assert r.exit_code == 0, r.output
    f = place_contradiction(root)
    assert cli("review", "set", f.id, "--state", "confirmed", "--by", "alice", "--claims", root).exit_code == 0
    return tmp_path, story, root, f


def place_contradiction(root) -> Finding:
    return next(f for f in store.load(root).findings.values() if f.kind == "contradiction" and f.property == "place")


# -- item 2: ids by what a finding is about --------------------------------------------------------

def test_a_joining_article_keeps_the_id_the_state_and_lists_the_new_claim(desk):
    tmp, story, root, f = desk
    write(story, "late.txt", LATE)
    r = cli("extract", story, "--claims", root)
    assert r.exit_code == 0, r.output
    g = place_contradiction(root)
    assert g.id == f.id and len(g.claims) == len(f.claims) + 1
    reviews = review.Reviews.load(root)
    assert reviews.status(g) == "confirmed"
    joined = reviews.joined_since_review(g)
    assert len(joined) == 1 and store.load(root).claims[joined[0]].article == "late"
    r = cli("review", "show", f.id, "--claims", root)
    lines = r.output.splitlines()
    assert lines[1] == "state: confirmed"
    assert lines[3] == "reviewed before 1 new source: late (1 claim joined since the review)"
    new_line = next(line for line in lines if line.startswith(f"  {joined[0]}  "))
    assert new_line.endswith("[unreviewed]  (new since the review)")
    data = json.loads(cli("review", "show", f.id, "--claims", root, "--format", "json").output)
    assert data["joined_since_review"] == joined
    assert "Orphaned" not in cli("review", "list", "--claims", root).output


def test_review_list_names_the_reviewer_not_extract(desk):
    tmp, story, root, f = desk
    old = review.Reviews.load(root)
    moved = review.Review(id="f_000000000001", target="finding", state="confirmed", previous="unreviewed",
                          by=review.CARRIER, at=dt.datetime.now(dt.timezone.utc), moved_from=f.id)
    both = review.Reviews.of(old.history + [moved])
    assert both.decided("f_000000000001").by == "alice"
    r = cli("review", "list", "--kind", "contradiction", "--claims", root)
    assert r.output.splitlines()[2].split()[:4] == [f.id, "contradiction", "confirmed", "alice"]
    data = json.loads(cli("review", "list", "--kind", "contradiction", "--claims", root, "--format", "json").output)
    assert (data["items"][0]["id"], data["items"][0]["by"]) == (f.id, "alice")


def _f(id, kind, claims):
    return Finding(id=id, kind=kind, claims=claims, reason="r", confidence=0.5)


@pytest.mark.parametrize("old, new, moves", [
    # a finding split in two: the review goes to the larger part
    ([_f("f_a", "agreement", ["c1", "c2", "c3"])],
     [_f("f_b", "agreement", ["c1", "c2"]), _f("f_c", "agreement", ["c3", "c9"])], {"f_a": ("f_b", 2, 3)}),
    # two merged into one: the one sharing more claims moves
    ([_f("f_a", "agreement", ["c1"]), _f("f_b", "agreement", ["c2", "c3"])],
     [_f("f_m", "agreement", ["c1", "c2", "c3"])], {"f_b": ("f_m", 2, 2)}),
    # another kind never takes the review; a finding still there does not move
    ([_f("f_a", "agreement", ["c1", "c2"]), _f("f_k", "unsupported", ["c7"])],
     [_f("f_x", "contradiction", ["c1", "c2"]), _f("f_k", "unsupported", ["c7"])], {}),
    # a claim whose id moved is followed
    ([_f("f_a", "agreement", ["c_old", "c2"])], [_f("f_b", "agreement", ["c_new", "c2"])], {"f_a": ("f_b", 2, 2)}),
])
def test_finding_moves(old, new, moves):
    reviewed = {f.id for f in old}
    assert review.finding_moves(old, new, {"c_old": "c_new"}, reviewed) == moves


def test_a_split_finding_review_moves_with_moved_from(tmp_path):
    root = tmp_path / "claims"
    (root / store.ARTICLES_DIR).mkdir(parents=True)
    review.history_path(root).write_text(review.Review(
        id="f_a", target="finding", state="disputed", previous="unreviewed", by="bob",
        at=dt.datetime(2024, 3, 3, tzinfo=dt.timezone.utc), claims=["c1", "c2", "c3"]).to_line())
    n = review.carry_over(root, [], [], [_f("f_a", "agreement", ["c1", "c2", "c3"])],
                          [_f("f_b", "agreement", ["c1", "c2"]), _f("f_c", "agreement", ["c3"])])
    assert n == 1
    reviews = review.Reviews.load(root)
    last = reviews.last("f_b")
    assert (last.state, last.moved_from, last.by) == ("disputed", "f_a", review.CARRIER)
    assert reviews.decided("f_b").by == "bob" and reviews.orphans({"f_b", "f_c"}) == []


def _claim(cid, article, value, start=0, prop="place", event="main:this"):
    return Claim(id=cid, article=article, start=start, end=start + 5, quote="q", property=prop, value=value,
                 event=event)


@pytest.mark.parametrize("kind, claims, same_as_first", [
    ("contradiction", ["a", "b", "c"], True),        # a later article joins a side: same id
    ("contradiction", ["a", "b"], True),
    ("agreement", ["a", "b", "c"], True),
    ("contradiction", ["z0", "a", "b"], False),      # an earlier witness: another finding (another story)
])
def test_ids_by_what_the_finding_is_about(kind, claims, same_as_first):
    published = {"a": dt.date(2024, 5, 1), "b": dt.date(2024, 5, 2), "c": dt.date(2024, 5, 9),
                 "z0": dt.date(2024, 4, 1)}
    values = {"a": "city:1", "b": "city:2", "c": "city:1", "z0": "city:1"}
    by_id = {f"c_{x}": _claim(f"c_{x}", x, values[x]) for x in values}
    base = identity.finding_ids([_f("f", kind, ["c_a", "c_b"])], by_id, published)[0]
    got = identity.finding_ids([_f("f", kind, [f"c_{x}" for x in claims])], by_id, published)[0]
    assert (got == base) == same_as_first
    assert got.startswith("f_") and len(got) == 2 + identity.ID_HEX_CHARS


@given(st.permutations(["c_a", "c_b", "c_c", "c_d"]))
@settings(max_examples=30, deadline=None, derandomize=True)
def test_ids_do_not_depend_on_the_order_of_claims(order):
    by_id = {f"c_{x}": _claim(f"c_{x}", x, f"city:{k % 2}", start=k) for k, x in enumerate("abcd")}
    published = {x: dt.date(2024, 1, 1 + k) for k, x in enumerate("abcd")}
    ids = identity.finding_ids([_f("f", "contradiction", list(order)), _f("g", "agreement", list(order))],
                               by_id, published)
    assert ids == identity.finding_ids([_f("f", "contradiction", sorted(order)), _f("g", "agreement", sorted(order))],
                                       by_id, published)
    assert len(set(ids)) == 2


def test_two_findings_about_one_thing_get_two_ids():
    by_id = {c: _claim(c, a, None, prop="statement") for c, a in (("c1", "a"), ("c2", "b"), ("c3", "a"), ("c4", "b"))}
    ids = identity.finding_ids([_f("f", "agreement", ["c1", "c2"]), _f("g", "agreement", ["c1", "c4"])], by_id)
    assert len(set(ids)) == 2


# -- item 1: check scoped to stories ---------------------------------------------------------------

def test_check_an_unrelated_story_is_a_new_story(desk):
    tmp, story, root, f = desk
    other = write(tmp, "flood.txt", FLOOD)
    r = cli("check", other, "--claims", root)
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[:2] == [f"factcheck check: 1 new article(s) against {root}",
                         "  flood: new story (fits no story of the claim base; compared with no claim of it)"]
    assert lines[-1] == "0 finding(s) match --fail-on confirmed: exit 0"
    assert "contradiction" not in r.output.lower().split("exit 0")[0].replace("--fail-on", "")
    data = json.loads(cli("check", other, "--claims", root, "--format", "json").output)
    assert data["stories"] == {"flood": None} and all(i["base_claims"] == [] for i in data["items"])


def test_check_an_article_repeating_the_other_side_of_a_confirmed_claim_exits_1(desk):
    tmp, story, root, f = desk
    oslo = next(c for c in f.sides[0].claims + f.sides[1].claims if store.load(root).claims[c].article == "north")
    assert cli("review", "set", oslo, "--state", "confirmed", "--by", "alice", "--claims", root).exit_code == 0
    again = write(tmp, "again.txt", AGAIN)
    r = cli("check", again, "--claims", root)
    assert r.exit_code == 1, r.output
    lines = r.output.splitlines()
    assert lines[1] == "  again: story summit"
    assert lines[3] == "New contradictions with confirmed claims (1)"
    assert lines[-1] == "1 finding(s) match --fail-on confirmed: exit 1"


# -- items 5/6: the JSON report, the walk, the cache -----------------------------------------------

def test_json_report_carries_review_states(desk):
    tmp, story, root, f = desk
    for extra in ((), ("--state", "confirmed")):
        r = cli("report", story, "--claims", root, "--format", "json", "--no-cache", *extra)
        assert r.exit_code == 0, r.output
        data = json.loads(r.output)
        assert data["reviews"]["claims_dir"] == str(root) and data["reviews"]["default"] == "unreviewed"
        assert data["reviews"]["states"][f.id]["state"] == "confirmed"
        assert data["reviews"]["states"][f.id]["by"] == "alice"


def test_walk_shows_plain_paragraphs_one_screen_per_finding(desk):
    tmp, story, root, f = desk
    assert cli("review", "set", f.id, "--state", "unreviewed", "--by", "alice", "--claims", root).exit_code == 0
    shown, clears = [], []
    answers = iter(["", "", "c"])
    res = editor.walk(root, "alice", ask=lambda p: next(answers), echo=shown.append, clear=lambda: clears.append(1))
    assert res.reviewed == 1 and len(clears) == res.shown == 1
    text = "\n".join(shown)
    assert editor.MARK not in text
    assert "    The trade ministers of the Nordic countries opened their summit in Oslo on Sunday, March 3, 2024." in text
    assert f"    {editor.QUOTE_LABEL}" in text


def test_walk_ctrl_c_exits_130(desk, monkeypatch):
    tmp, story, root, f = desk
    from factcheck.cli import review as cli_review

    def interrupted(prompt):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli_review, "stdin_is_terminal", lambda: True)
    monkeypatch.setattr("builtins.input", interrupted)
    assert cli("review", "set", f.id, "--state", "unreviewed", "--by", "alice", "--claims", root).exit_code == 0
    r = cli("review", "--by", "alice", "--claims", root)
    assert r.exit_code == 130


def test_a_changed_cache_entry_never_reaches_the_report(desk):
    tmp, story, root, f = desk
    cache = tmp / "cache"
    first = cli("report", story, "--cache", cache, "--format", "json", "-q", "--claims", root)
    assert first.exit_code == 0
    entries = list(cache.rglob("*.story")) + list(cache.rglob("*.work.json"))
    assert entries
    for path in entries:   # one byte changed inside each entry's quoted text
        data = bytearray(path.read_bytes())
        k = data.index(b"Oslo") if b"Oslo" in data else len(data) - 3
        data[k] = ord("X")
        path.write_bytes(bytes(data))
    again = cli("report", story, "--cache", cache, "--format", "json", "-q", "--claims", root)
    assert again.exit_code == 0 and again.output == first.output
    shutil.rmtree(cache)
