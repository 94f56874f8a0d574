"""Issue 15, item 6: ClaimReview a fact-check consumer accepts. claimReviewed a readable sentence of
at most 200 characters; reviewRating with its scale, name and the rating in the story's language;
the publisher as author (required); url required, pointing at the claim's or finding's anchor;
inLanguage; confirmed contradictions exported too; --one-per-page. Every export is validated against
factcheck/schema/claimreview.schema.json."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claimbase import export, reviews as review, store

from conftest import ROOT, write
from editor_support import cli

SCHEMA = json.loads((ROOT / "factcheck" / "schema" / "claimreview.schema.json").read_text(encoding="utf-8"))
PAGE = "https://desk.example/checks/bridges"

EN_A = ("Millbrook, May 3, 2021\n\nThe mayor of Millbrook opened a new bridge on Monday, and officials said the "
        "bridge is 400 metres long. It cost 12 million dollars.\n")
EN_B = "Millbrook, May 4, 2021\n\nThe mayor of Millbrook opened the bridge on Tuesday. Officials said the bridge is 600 metres long.\n"
AR_A = ("الرباط، 3 مايو 2021\n\nافتتح رئيس بلدية مدينة الواحة جسرا جديدا يوم الاثنين، وقال المسؤولون إن طول الجسر "
        "يبلغ 400 متر. وأضافوا أن الجسر كلف 12 مليون دولار.\n")
AR_B = "الرباط، 4 مايو 2021\n\nافتتح رئيس بلدية مدينة الواحة جسرين جديدين يوم الثلاثاء، وقال المسؤولون إن طول الجسر يبلغ 600 متر.\n"


def reviewed_base(tmp_path: Path, a: str, b: str) -> Path:
    """A claim base of two articles, every claim reviewed (states in turn) and its contradiction confirmed."""
    root = tmp_path / "claims"
    assert cli("extract", write(tmp_path, "a.txt", a), write(tmp_path, "b.txt", b), "--claims", root).exit_code == 0
    base = store.load(root)
    states = list(export.RATINGS)
    for k, cid in enumerate(sorted(base.claims)):
        review.set_state(root, cid, states[k % len(states)], "ines")
    for f in base.findings.values():
        if f.kind == "contradiction":
            review.set_state(root, f.id, "confirmed", "ines", note="both figures were published")
    return root


@pytest.fixture(scope="module", params=["en", "ar"])
def base(request, tmp_path_factory):
    a, b = (EN_A, EN_B) if request.param == "en" else (AR_A, AR_B)
    return request.param, reviewed_base(tmp_path_factory.mktemp(request.param), a, b)


def exported(root: Path, *extra: str) -> list[dict]:
    r = cli("export", "--claims", root, "--publisher", "Harbour Desk", "--url", PAGE, *extra)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_every_review_validates_against_the_schema(base):
    lang, root = base
    data = exported(root)
    assert data
    for item in data:
        jsonschema.validate(item, SCHEMA)
        assert item["inLanguage"] == lang
        assert item["url"] == f"{PAGE}#{item['identifier']}"
        assert item["author"] == {"@type": "Organization", "name": "Harbour Desk"}


def test_rating_words_are_in_the_story_language(base):
    lang, root = base
    for item in exported(root):
        rating = item["reviewRating"]
        key = export.CONFLICTING if item["identifier"].startswith("f_") else \
            review.Reviews.load(root).state(item["identifier"])
        assert rating["alternateName"] == export.RATING_WORDS[lang][key]
        assert rating["name"] == export.RATING_NAMES[key]
        assert (rating["bestRating"], rating["worstRating"]) == (5, 1)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]


def test_a_confirmed_contradiction_is_exported_with_both_sides(base):
    lang, root = base
    item = next(i for i in exported(root) if i["identifier"].startswith("f_") and "400" in i["claimReviewed"])
    assert "600" in item["claimReviewed"] and " vs " in item["claimReviewed"]
    assert {a["identifier"] for a in item["itemReviewed"]["appearance"]} == {"a", "b"}
    assert item["itemReviewed"]["firstAppearance"]["identifier"] == "a"     # published the day before
    assert item["reviewBody"] == "both figures were published"


# (paragraph, the claim in it, claimReviewed)
SENTENCES = [
    ("The dam held. Engineers said the spillway carries 900 cubic metres a second, and the road stays shut.",
     "900 cubic metres a second", "Engineers said the spillway carries 900 cubic metres a second"),
    ("قال المهندسون إن السد صمد، وإن المفيض ينقل 900 متر مكعب في الثانية. وبقي الطريق مغلقا.",
     "900 متر مكعب", "قال المهندسون إن السد صمد، وإن المفيض ينقل 900 متر مكعب في الثانية."),
    ("Crews worked overnight.\nThe ferry left at 6:40 with 212 passengers on board",
     "212 passengers", "The ferry left at 6:40 with 212 passengers on board"),
    ("Turnout was 61 percent.", "Turnout was 61 percent.", "Turnout was 61 percent."),
]


@pytest.mark.parametrize("text,claim,expected", SENTENCES)
def test_claim_reviewed_is_the_claims_clause(text, claim, expected):
    s = text.index(claim)
    assert export.sentence(text, s, s + len(claim)) == expected


def test_a_long_sentence_is_cut_around_the_claim():
    text = ("In a statement read out on the steps of the provincial court after a hearing that lasted most of the "
            "afternoon and drew a crowd of several hundred people from the surrounding districts, the judge said the "
            "company must pay 3.2 million in damages to the families within ninety days of the ruling being published "
            "in the official gazette of the province")
    claim = "must pay 3.2 million in damages"
    s = text.index(claim)
    got = export.sentence(text, s, s + len(claim))
    assert claim in got and len(got) <= export.CLAIM_REVIEWED_MAX and got.startswith("…")


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["the", "ferry", "left", "at", "6:40", "،", ",", ".", "مرفأ", "يوم", "\n", "212"]),
                      min_size=1, max_size=120), data=st.data())
def test_claim_reviewed_fits_and_holds_a_claim_that_fits(words, data):
    text = " ".join(words)
    a = data.draw(st.integers(0, len(text) - 1))
    b = data.draw(st.integers(a + 1, min(len(text), a + 150)))
    got = export.sentence(text, a, b)
    assert 0 < len(got) <= export.CLAIM_REVIEWED_MAX or not text[a:b].strip()
    claim = " ".join(text[a:b].split())
    if claim:
        assert claim in got


def test_one_per_page_writes_a_file_per_review(base, tmp_path):
    lang, root = base
    folder = tmp_path / "pages"
    r = cli("export", "--claims", root, "--publisher", "Harbour Desk", "--url", PAGE, "--one-per-page", "--out", folder)
    assert r.exit_code == 0, r.output
    every = exported(root)
    assert r.output == f"{len(every)} review(s) written to {folder}\n"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{i['identifier']}.json" for i in every)
    for item in every:
        page = json.loads((folder / f"{item['identifier']}.json").read_text(encoding="utf-8"))
        jsonschema.validate(page, SCHEMA)
        assert page == item


def test_the_publisher_comes_from_the_project_file(base, tmp_path, monkeypatch):
    lang, root = base
    write(tmp_path, "factcheck.toml", 'publisher = "Valley Ledger"\n')
    monkeypatch.chdir(tmp_path)
    r = cli("export", "--claims", root, "--url", PAGE)
    assert r.exit_code == 0, r.output
    assert {i["author"]["name"] for i in json.loads(r.stdout)} == {"Valley Ledger"}


# (arguments after --claims, the exact error line)
ERRORS = [
    (["--publisher", "Harbour Desk"], "error: ClaimReview needs the page it is published on: --url https://..."),
    (["--url", PAGE], "error: ClaimReview needs its publisher: --publisher NAME, or publisher in the project file "
                      "(factcheck.toml)"),
    (["--url", PAGE, "--publisher", " "], "error: ClaimReview needs its publisher: --publisher NAME, or publisher in "
                                          "the project file (factcheck.toml)"),
    (["--url", "ftp://desk.example/x", "--publisher", "D"],
     "error: --url must be an http:// or https:// URL with a host, not 'ftp://desk.example/x'"),
    (["--url", PAGE, "--publisher", "D", "--one-per-page"],
     "error: --one-per-page needs --out DIR, the folder to write one file per review into"),
    (["--url", PAGE, "--publisher", "D", "--one-per-page", "--out", "-"],
     "error: --one-per-page needs --out DIR, the folder to write one file per review into"),
    (["--url", PAGE, "--publisher", "D", "--one-per-page", "--out", "{tmp}/a.txt"],
     "error: --one-per-page: {tmp}/a.txt is not a folder"),
    (["--url", PAGE, "--publisher", "D", "--one-per-page", "--out", "{tmp}/no/pages"],
     "error: {tmp}/no/pages: cannot write (No such file or directory)"),
]


@pytest.mark.parametrize("args,line", ERRORS, ids=[" ".join(a) for a, _ in ERRORS])
def test_export_errors(base, tmp_path, args, line):
    lang, root = base
    write(tmp_path, "a.txt", "not a folder")
    r = cli("export", "--claims", root, *[a.format(tmp=tmp_path) for a in args])
    assert r.exit_code == 2
    assert r.output == line.format(tmp=tmp_path) + "\n"
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("inside", ["", "pages"])
def test_one_per_page_refuses_to_write_into_the_claim_base(base, tmp_path, inside):
    lang, root = base
    copy = shutil.copytree(root, tmp_path / "cb")
    before = sorted(p for p in copy.rglob("*"))
    r = cli("export", "--claims", copy, "--url", PAGE, "--publisher", "D", "--one-per-page", "--out", copy / inside)
    assert r.exit_code == 2
    assert r.output == f"error: --one-per-page: {copy / inside} is inside the claim base {copy}; refusing to write there\n"
    assert sorted(p for p in copy.rglob("*")) == before
