"""Issue 4's "done when", as the README tells it: on the seeds, extract, review the contradictions,
see the reviews in the table and HTML reports, export ClaimReview, then check a new article that
contradicts a confirmed claim: exit 1 with that contradiction quoted. Also the ClaimReview shape."""
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from factcheck import export, review, store

from conftest import SEEDS
from editor_support import NEW_ARTICLE, SessionEditor, cli, contradiction

# The rules of a ClaimReview fact-check consumers accept (one review; the export is an array of them).
CLAIM_REVIEW_SCHEMA = json.loads((Path(export.__file__).parent / "schema" / "claimreview.schema.json")
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
    assert set(data) == {"schema", "articles", "claims", "findings", "events", "stories", "unassigned"}  # stories: issue 6
    assert len(data["findings"]) == len(seeds_report.findings)


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
