"""review set / show / list and the interactive walk: exact messages, exit codes, history."""
import datetime as dt
import json
import shutil

import pytest

from factcheck.claimbase import editor, reviews as review, store
from factcheck.errors import UsageError

from editor_support import build_seeds_base, cli, contradiction

STATES = "unreviewed, confirmed, disputed, false, needs-source"


@pytest.fixture(scope="module")
def master(seeds_report, tmp_path_factory):
    return build_seeds_base(tmp_path_factory.mktemp("rv") / "claims", seeds_report)


@pytest.fixture
def root(master, tmp_path):
    return shutil.copytree(master, tmp_path / "claims")


def test_set_records_reviewer_time_note_previous(root):
    base = store.load(root)
    cid = next(iter(base.claims))
    before = dt.datetime.now(dt.timezone.utc)
    r = cli("review", "set", cid, "--state", "confirmed", "--by", "alice", "--note", "seen on the wire", "--claims", root)
    assert r.exit_code == 0, r.output
    assert r.output == f"{cid}: unreviewed -> confirmed (by alice)\n"
    r = cli("review", "set", cid, "--state", "needs-source", "--by", "bob", "--claims", root)
    assert r.output == f"{cid}: confirmed -> needs-source (by bob)\n"
    lines = (root / "reviews.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = (json.loads(l) for l in lines)
    assert first["schema"] == "factcheck.review/1"
    assert (first["id"], first["target"], first["state"], first["previous"], first["by"], first["note"]) == \
        (cid, "claim", "confirmed", "unreviewed", "alice", "seen on the wire")
    assert first["at"].endswith("Z")
    assert before <= dt.datetime.fromisoformat(first["at"].replace("Z", "+00:00")) <= dt.datetime.now(dt.timezone.utc)
    assert first["quote"] == base.claims[cid].quote
    assert (second["previous"], second["state"], second["by"]) == ("confirmed", "needs-source", "bob")


def test_history_is_append_only(root):
    base = store.load(root)
    ids = list(base.claims)[:3]
    review.set_state(root, ids[0], "confirmed", "alice")
    before = (root / "reviews.jsonl").read_bytes()
    review.set_state(root, ids[1], "false", "bob", "wrong date")
    review.set_state(root, ids[0], "disputed", "carol")
    after = (root / "reviews.jsonl").read_bytes()
    assert after.startswith(before)
    assert len(after.splitlines()) == 3


def test_unknown_id(root):
    r = cli("review", "set", "c_000000000000", "--state", "confirmed", "--by", "alice", "--claims", root)
    assert r.exit_code == 2
    assert r.output == f"error: unknown id 'c_000000000000' (not a claim or finding in {root})\n"
    r = cli("review", "show", "f_nope", "--claims", root)
    assert r.exit_code == 2
    assert r.output == f"error: unknown id 'f_nope' (not a claim or finding in {root})\n"
    assert not (root / "reviews.jsonl").exists()


def test_bad_state(root):
    cid = next(iter(store.load(root).claims))
    r = cli("review", "set", cid, "--state", "maybe", "--by", "alice", "--claims", root)
    assert r.exit_code == 2
    assert r.output == f"error: unknown state 'maybe' (choose from {STATES})\n"
    r = cli("review", "list", "--state", "maybe", "--claims", root)
    assert r.exit_code == 2
    assert r.output == f"error: unknown state 'maybe' (choose from {STATES}, resolved)\n"


def test_empty_reviewer(root):
    cid = next(iter(store.load(root).claims))
    r = cli("review", "set", cid, "--state", "confirmed", "--by", "  ", "--claims", root)
    assert r.exit_code == 2
    assert r.output == "error: reviewer name is empty (--by NAME)\n"


def test_bad_kind(root):
    r = cli("review", "list", "--kind", "rumour", "--claims", root)
    assert r.exit_code == 2
    assert r.output == "error: unknown kind 'rumour' (choose from claim, finding, contradiction, agreement, unsupported)\n"


def test_corrupt_history_line_is_named_and_not_overwritten(root):
    cid = next(iter(store.load(root).claims))
    review.set_state(root, cid, "confirmed", "alice")
    path = root / "reviews.jsonl"
    path.write_text(path.read_text(encoding="utf-8") + '{"schema": "factcheck.review/1", "id": \n', encoding="utf-8")
    broken = path.read_bytes()
    r = cli("review", "set", cid, "--state", "false", "--by", "bob", "--claims", root)
    assert r.exit_code == 2
    assert r.output == f"error: {path}:2: invalid JSON (Expecting value)\n"
    assert path.read_bytes() == broken
    r = cli("review", "list", "--claims", root)
    assert r.output == f"error: {path}:2: invalid JSON (Expecting value)\n"


def test_history_line_with_bad_state_is_named(root):
    path = root / "reviews.jsonl"
    line = {"schema": "factcheck.review/1", "id": "c_x", "target": "claim", "state": "true", "previous": "unreviewed",
            "by": "a", "at": "2025-04-10T08:00:00Z"}
    path.write_text("\n" + json.dumps(line) + "\n", encoding="utf-8")
    r = cli("review", "list", "--claims", root)
    assert r.exit_code == 2
    assert r.output == (f"error: {path}:2: state: Input should be 'unreviewed', 'confirmed', 'disputed', 'false' "
                        "or 'needs-source'\n")


def test_naive_time_is_refused(root):
    path = root / "reviews.jsonl"
    line = {"schema": "factcheck.review/1", "id": "c_x", "target": "claim", "state": "false", "previous": "unreviewed",
            "by": "a", "at": "2025-04-10T08:00:00"}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    r = cli("review", "list", "--claims", root)
    assert r.exit_code == 2
    assert r.output == (f"error: {path}:1: at: Value error, time must carry a UTC offset "
                        "(ISO 8601, e.g. 2025-04-10T08:43:00Z)\n")


def test_no_tty_for_interactive_review(root):
    r = cli("review", "--by", "alice", "--claims", root)
    assert r.exit_code == 2
    assert r.output == ("error: interactive review needs a terminal (standard input is not a TTY); "
                        "use: factcheck review set ID --state STATE --by NAME\n")


def test_show_claim(root):
    base = store.load(root)
    f = contradiction(base, "role", "expected")
    cid = f.sides[1].claims[0]
    c = base.claims[cid]
    review.set_state(root, cid, "false", "alice", "he presented his credentials in March")
    r = cli("review", "show", cid, "--claims", root)
    assert r.exit_code == 0, r.output
    out = r.output
    assert out.startswith(f"claim {cid}  article {c.article} (2025-04-10)  characters {c.start}-{c.end}\nstate: false\n")
    assert f"**{c.quote}**" in out
    assert "\nnormalized:\n  property     role\n" in out
    assert f"  value        {c.value}\n" in out
    assert "  modality     expected\n" in out
    assert "\nrules:\n" in out and c.signals[0].rule in out
    assert f"  {f.id}  contradiction  [resolved]  {f.reason}" in out  # its only side-B claim is false
    assert out.rstrip().endswith("alice  unreviewed -> false  “he presented his credentials in March”")


def test_show_finding_and_resolved(root):
    base = store.load(root)
    f = contradiction(base, "role", "expected")
    for cid in f.sides[1].claims:
        review.set_state(root, cid, "false", "alice")
    r = cli("review", "show", f.id, "--claims", root)
    assert r.exit_code == 0
    assert r.output.startswith(f"finding {f.id}  contradiction  confidence {f.confidence:.2f}\nstate: resolved\n"
                               f"reason: {f.reason}\n")
    assert "side A: " in r.output and "side B: " in r.output
    listing = cli("review", "list", "--state", "resolved", "--claims", root)
    assert listing.exit_code == 0
    rows = listing.output.splitlines()[2:]
    assert [row.split()[:3] for row in rows] == [[f.id, "contradiction", "resolved"]]


def test_list_filters(root):
    base = store.load(root)
    contradictions = [f.id for f in base.findings.values() if f.kind == "contradiction"]
    r = cli("review", "list", "--kind", "contradiction", "--claims", root)
    assert r.exit_code == 0
    assert [row.split()[0] for row in r.output.splitlines()[2:]] == contradictions
    cid = next(iter(base.claims))
    review.set_state(root, cid, "needs-source", "bob")
    r = cli("review", "list", "--state", "needs-source", "--claims", root)
    rows = r.output.splitlines()[2:]
    assert len(rows) == 1 and rows[0].split()[:4] == [cid, "claim", "needs-source", "bob"]
    r = cli("review", "list", "--state", "disputed", "--claims", root)
    assert r.output == "(nothing matches)\n"


def test_walk_confirm_dispute_side_note_skip_quit(root):
    base = store.load(root)
    todo = editor.pending(base, review.Reviews.load(root))
    assert len(todo) >= 3
    answers = iter(["x", "n", "checking both titles", "c", "d", "a", "q"])
    prompts, shown = [], []
    res = editor.walk(root, "alice", ask=lambda p: (prompts.append(p), next(answers))[1], echo=shown.append)
    reviews = review.Reviews.load(root)
    assert (res.reviewed, res.skipped) == (3, 0)
    assert "unknown key 'x'" in shown
    assert prompts[0] == "[c]onfirm  [d]ispute  side [a/b] is right  [n]ote  [s]kip  [q]uit > "
    assert reviews.last(todo[0].id).state == "confirmed" and reviews.last(todo[0].id).note == "checking both titles"
    assert reviews.state(todo[1].id) == "disputed"
    third = todo[2]
    assert reviews.status(third) == "resolved"
    assert all(reviews.state(c) == "confirmed" for c in third.sides[0].claims)
    assert all(reviews.state(c) == "false" for c in third.sides[1].claims)
    assert reviews.last(third.id).note == "side A is right"


def test_walk_skip_keeps_a_note_and_quit_stops(root):
    base = store.load(root)
    first = editor.pending(base, review.Reviews.load(root))[0]
    answers = iter(["n", "ask the desk", "s", "q"])
    res = editor.walk(root, "bob", ask=lambda p: next(answers), echo=lambda s: None)
    assert (res.shown, res.reviewed, res.skipped) == (2, 0, 1)
    last = review.Reviews.load(root).last(first.id)
    assert (last.state, last.previous, last.note) == ("unreviewed", "unreviewed", "ask the desk")


def test_check_state_helper():
    with pytest.raises(UsageError):
        review.check_state("resolved")
    assert review.check_state("resolved", review.FILTER_STATES) == "resolved"
