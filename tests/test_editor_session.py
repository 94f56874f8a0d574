"""Issue 4's "done when", as the README tells it: on the seeds, extract, review the contradictions,
see the reviews in the table and HTML reports, export ClaimReview, then check a new article that
contradicts a confirmed claim: exit 1 with that contradiction quoted. Also the ClaimReview shape."""
import json
import shutil

import jsonschema
import pytest

from factcheck import export, review, store

from conftest import SEEDS
from editor_support import NEW_ARTICLE, SessionEditor, cli, contradiction

# The shape search engines expect of a ClaimReview (schema.org, with the fields fact-check markup needs).
CLAIM_REVIEW_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["@context", "@type", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed"],
        "properties": {
            "@context": {"const": "https://schema.org"},
            "@type": {"const": "ClaimReview"},
            "claimReviewed": {"type": "string", "minLength": 1},
            "datePublished": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            "url": {"type": "string", "pattern": "^https?://"},
            "author": {"type": "object", "required": ["@type", "name"],
                       "properties": {"@type": {"enum": ["Organization", "Person"]}, "name": {"type": "string"}}},
            "reviewRating": {
                "type": "object", "required": ["@type", "ratingValue", "bestRating", "worstRating", "alternateName"],
                "properties": {"@type": {"const": "Rating"}, "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
                               "bestRating": {"const": 5}, "worstRating": {"const": 1},
                               "alternateName": {"enum": ["True", "Unproven", "Disputed", "False"]}}},
            "itemReviewed": {
                "type": "object", "required": ["@type", "appearance"],
                "properties": {"@type": {"const": "Claim"},
                               "datePublished": {"type": "string", "format": "date"},
                               "appearance": {"type": "array", "minItems": 1, "items": {
                                   "type": "object", "required": ["@type"],
                                   "properties": {"@type": {"const": "CreativeWork"}}}}}},
        },
    },
}


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
    jsonschema.validate(data, CLAIM_REVIEW_SCHEMA, format_checker=jsonschema.FormatChecker())
    reviews = review.Reviews.load(root)
    rated = {c for c, revs in reviews.by_id.items() if revs[-1].target == "claim" and revs[-1].state != "unreviewed"}
    assert {d["identifier"] for d in data} == rated
    base = store.load(root)
    for d in data:
        c = base.claims[d["identifier"]]
        state = reviews.state(c.id)
        assert d["claimReviewed"] == c.quote
        assert (d["reviewRating"]["ratingValue"], d["reviewRating"]["alternateName"]) == export.RATINGS[state]
        assert d["url"] == f"https://desk.example/checks#{c.id}"
        assert d["author"] == {"@type": "Organization", "name": "Desk"}
        assert d["itemReviewed"]["appearance"][0]["name"] == c.article
    false_ones = [d for d in data if d["reviewRating"]["alternateName"] == "False"]
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
