"""The README's day at the desk (issues 4 and 16), end to end on the seeds: extract the morning's feed,
review the contradictions, see the reviews in the table, JSON and HTML reports, export ClaimReview; a
new article arrives: check it (exit 1: it contradicts a confirmed claim), extract again with it, and
the reviews are still there (same finding ids, the new claim listed as joined since the review).
Also the ClaimReview shape."""
import json
import shutil

import jsonschema
import pytest

from factcheck.claimbase import export, reviews as review, store

from conftest import ROOT, SEEDS
from editor_support import NEW_ARTICLE, SessionEditor, cli, contradiction

# The rules of a ClaimReview fact-check consumers accept (one review; the export is an array of them).
CLAIM_REVIEW_SCHEMA = json.loads((ROOT / "factcheck" / "schema" / "claimreview.schema.json")
                                 .read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """The README's editor session, run through the CLI (the walk answered as a person would)."""
    work = tmp_path_factory.mktemp("session")
    shutil.copytree(SEEDS, work / "seeds")
    root = work / "claims"
    r = cli("extract", work / "seeds", "--claims", root)
    assert r.exit_code == 0, r.output
    assert r.output.startswith(f"{root}: story 'seeds': 5 articles, ")
    res = SessionEditor(root).walk(root)
    assert res.reviewed == 3
    return work, root


def test_table_report_shows_reviews(session):
    work, root = session
    r = cli("report", work / "seeds", "--claims", root)
    assert r.exit_code == 0
    base = store.load(root)
    heads = [l for l in r.output.splitlines() if l.startswith("[f_")][:3]
    status = {h[1:15]: h.rsplit("· review: ", 1)[1] for h in heads}
    assert status == {contradiction(base, "role", "expected").id: "resolved", contradiction(base, "aim").id: "resolved",
                      contradiction(base, "role", "portfolio").id: "confirmed"}
    r = cli("report", work / "seeds", "--claims", root, "--state", "resolved")
    assert r.output.startswith("Contradictions (2)\n")
    assert "Agreements (0)" in r.output


def test_html_report_shows_reviews(session):
    work, root = session
    out = work / "report.html"
    r = cli("report", work / "seeds", "--claims", root, "--format", "html", "--out", out)
    assert r.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "3 contradictions (2 resolved)" in page
    assert "both titles appear in official statements" in page
    assert page.count('<span class="badge st-resolved">resolved</span>') == 2


def test_json_report_contract_unchanged(session, seeds_report):
    work, root = session
    r = cli("report", work / "seeds", "--claims", root, "--format", "json")
    data = json.loads(r.output)
    assert set(data) == {"schema", "articles", "claims", "findings", "events", "stories", "unassigned",
                         "reviews"}  # stories: issue 6; reviews: issue 16
    assert len(data["findings"]) == len(seeds_report.findings)
    reviews = review.Reviews.load(root)
    shown = {f["id"]: data["reviews"]["states"].get(f["id"], {"state": "unreviewed"})["state"] for f in data["findings"]}
    assert shown == {f.id: reviews.status(f) for f in store.load(root).findings.values()}


def test_export_claimreview(session):
    work, root = session
    out = work / "claimreview.json"
    r = cli("export", "--format", "claimreview", "--claims", root, "--out", out,
            "--publisher", "Desk", "--url", "https://desk.example/checks")
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text(encoding="utf-8"))
    for d in data:
        jsonschema.validate(d, CLAIM_REVIEW_SCHEMA, format_checker=jsonschema.FormatChecker())
    reviews = review.Reviews.load(root)
    base = store.load(root)
    rated = {c for c, revs in reviews.by_id.items() if revs[-1].target == "claim" and revs[-1].state != "unreviewed"}
    real = {f for f, revs in reviews.by_id.items() if revs[-1].target == "finding" and revs[-1].state == "confirmed"
            and base.findings[f].kind == "contradiction"}
    assert real and {d["identifier"] for d in data} == rated | real
    for d in data:
        assert d["url"] == f"https://desk.example/checks#{d['identifier']}"
        assert d["author"] == {"@type": "Organization", "name": "Desk"}
        assert d["inLanguage"] == "ar"
        if d["identifier"] in real:
            assert d["reviewRating"]["alternateName"] == export.RATING_WORDS["ar"][export.CONFLICTING]
            continue
        c = base.claims[d["identifier"]]
        state = reviews.state(c.id)
        assert " ".join(c.quote.split()) in d["claimReviewed"] and len(d["claimReviewed"]) <= export.CLAIM_REVIEWED_MAX
        assert (d["reviewRating"]["ratingValue"], d["reviewRating"]["name"]) == export.RATINGS[state]
        assert d["reviewRating"]["alternateName"] == export.RATING_WORDS["ar"][state]
        assert d["itemReviewed"]["appearance"][0]["name"] == c.article
    false_ones = [d for d in data if d["reviewRating"]["name"] == "False"]
    assert any("يُتوقع أن يتولى منصب السفير" in d["claimReviewed"] for d in false_ones)


def test_export_bad_format(session):
    work, root = session
    r = cli("export", "--format", "rss", "--claims", root)
    assert r.exit_code == 2
    assert r.output == "error: unknown format 'rss' (choose from claimreview)\n"


def test_check_new_article_contradicting_a_confirmed_claim(session):
    work, root = session
    r = cli("check", NEW_ARTICLE, "--against", root)
    assert r.exit_code == 1, r.output
    out = r.output
    assert "New contradictions with confirmed claims (1)" in out
    section = out.split("New contradictions with confirmed claims (1)")[1].split("\n\n")[0]
    assert "holds the office vs is only expected to hold it" in section
    assert "السفير الروسي لدى واشنطن، ألكسندر دارشييف" in section  # the confirmed side, quoted
    assert "NEW" in section and "الذي يُتوقع أن يتولى منصب السفير الروسي في واشنطن" in section
    assert out.splitlines()[-1] == "1 finding(s) match --fail-on confirmed: exit 1"


def test_check_a_seed_already_in_the_base(session):
    work, root = session
    r = cli("check", work / "seeds" / "004_ddc587dfb9686f8d.txt", "--against", root)
    assert r.exit_code == 0
    assert "No new findings." in r.output


def test_the_afternoon_new_article_joins_the_story_and_the_reviews_stay(session, tmp_path):
    """After the check, the new article is extracted into the story: every finding reviewed in the
    morning keeps its id and state; the one the new article joined lists its claim as new."""
    work, morning = session
    root = tmp_path / "claims"
    shutil.copytree(morning, root)
    before = store.load(root)
    reviewed = {f.id: review.Reviews.load(root).state(f.id) for f in before.findings.values()
                if f.kind == "contradiction"}
    r = cli("extract", work / "seeds", NEW_ARTICLE, "--story", "seeds", "--claims", root)
    assert r.exit_code == 0, r.output
    after = store.load(root)
    reviews = review.Reviews.load(root)
    # (a side marked false that a new, unreviewed claim joined is no longer "resolved": the finding's
    # own state stays)
    assert set(reviewed) <= set(after.findings)   # same ids
    assert {i: reviews.state(i) for i in reviewed} == reviewed
    grown = [f for f in after.findings.values() if f.id in reviewed and reviews.joined_since_review(f)]
    assert [store.load(root).claims[c].article for f in grown for c in reviews.joined_since_review(f)] \
        == ["005_new_article"] * sum(len(reviews.joined_since_review(f)) for f in grown)
    assert grown, "the new article joins a side of a reviewed contradiction"
    r = cli("review", "show", grown[0].id, "--claims", root)
    assert "reviewed before 1 new source: 005_new_article (1 claim joined since the review)" in r.output
    assert "Orphaned" not in cli("review", "list", "--kind", "contradiction", "--claims", root).output
