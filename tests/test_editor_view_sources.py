"""Issue 15, item 1: an article's outlet, URL, title and publication time travel from its input to every
output; a given outlet wins over one guessed from a 'Source:' line, and a guessed one says so."""
from __future__ import annotations

import json

import pytest

from factcheck.claimbase import export, reviews as review, store
from factcheck.ingest import load as ingest
from factcheck import pipeline
from factcheck.render import report
from factcheck.render import html as html_mod

from conftest import write
from editor_support import cli

FRONT = """---
outlet: Fjord Courier
url: https://courier.example/quake-report
title: Quake shakes Tromsø harbour
published: 2019-11-30T07:15:00Z
---
November 30, 2019

A strong earthquake struck the port of Tromsø on Saturday, November 30, 2019.
At least 40 people were injured, the regional hospital said.
"""
GUESSED = """November 30, 2019

A strong earthquake struck the port of Tromsø on Saturday, November 30, 2019.
More than 40 people were injured, officials said.
Source: Arctic Wire
"""
BOTH = GUESSED.replace("November 30, 2019\n", "---\noutlet: Polar Daily\n---\nNovember 30, 2019\n", 1)


@pytest.fixture
def story(tmp_path):
    paths = [write(tmp_path, "courier.txt", FRONT), write(tmp_path, "wire.txt", GUESSED)]
    return tmp_path, paths


OUTLETS = [  # (article text, outlet, guessed)
    (FRONT, "Fjord Courier", False),
    (GUESSED, "Arctic Wire", True),
    (BOTH, "Polar Daily", False),     # a given outlet wins over the 'Source:' line
]


@pytest.mark.parametrize("text,outlet,guessed", OUTLETS)
def test_given_outlet_wins_and_guessed_is_marked(tmp_path, text, outlet, guessed):
    a = ingest.read_article(write(tmp_path, "x.txt", text))
    rec = store.article_record(a)
    assert (rec.outlet, rec.outlet_guessed) == (outlet, guessed)
    info = store.article_info(a)
    assert (info.outlet, info.outlet_guessed) == (outlet, guessed)


def test_json_report_and_claim_base_keep_the_metadata(story):
    tmp_path, paths = story
    r = cli("report", *paths, "--no-cache", "--format", "json", "--out", tmp_path / "r.json")
    assert r.exit_code == 0, r.output
    arts = {a["id"]: a for a in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["articles"]}
    assert arts["courier"]["outlet"] == "Fjord Courier" and not arts["courier"]["outlet_guessed"]
    assert arts["courier"]["url"] == "https://courier.example/quake-report"
    assert arts["courier"]["title"] == "Quake shakes Tromsø harbour"
    assert arts["courier"]["published_at"].startswith("2019-11-30T07:15:00")
    assert arts["wire"]["outlet"] == "Arctic Wire" and arts["wire"]["outlet_guessed"]
    root = tmp_path / "claims"
    assert cli("extract", *paths, "--claims", root).exit_code == 0
    rec = store.load(root).record("courier")
    assert (rec.outlet, rec.url, rec.title) == ("Fjord Courier", "https://courier.example/quake-report",
                                                "Quake shakes Tromsø harbour")
    assert rec.published_at is not None and rec.published_at.hour == 7


def test_table_and_markdown_show_the_outlet_next_to_each_quote(story):
    _, paths = story
    rep = pipeline.analyze(ingest.load_articles(paths))
    for fmt in ("table", "markdown"):
        text = report.render(rep, fmt)
        rows = [ln for ln in text.splitlines() if "courier" in ln and "injured" in ln]
        assert rows and all("Fjord Courier" in ln for ln in rows), fmt
        assert "Arctic Wire (guessed)" in text


def test_html_links_the_outlet_and_shows_the_time(story):
    _, paths = story
    arts = ingest.load_articles(paths)
    page = html_mod.render_articles(pipeline.analyze(arts), arts)
    assert ('<a class="outlet" dir="auto" href="https://courier.example/quake-report" rel="noopener noreferrer" '
            'title="Quake shakes Tromsø harbour">Fjord Courier</a>') in page
    assert '<time datetime="2019-11-30T07:15:00+00:00">2019-11-30 07:15 UTC</time>' in page
    assert 'Arctic Wire<small> (guessed)</small>' in page


def test_claimreview_appearances(story):
    tmp_path, paths = story
    root = tmp_path / "claims"
    assert cli("extract", *paths, "--claims", root).exit_code == 0
    base = store.load(root)
    agreed = next(f for f in base.findings.values() if f.kind == "agreement"
                  and {base.claims[c].article for c in f.claims} == {"courier", "wire"})
    cid = next(c for c in agreed.claims if base.claims[c].article == "wire")
    review.set_state(root, cid, "confirmed", "ines")
    [item] = export.claim_reviews(root, "Desk", "https://desk.example/checks")
    claim = item["itemReviewed"]
    first = claim["firstAppearance"]
    assert first["url"] == "https://courier.example/quake-report"    # the earliest: it states a time
    assert first["headline"] == "Quake shakes Tromsø harbour"
    assert first["author"] == {"@type": "Organization", "name": "Fjord Courier"}
    assert first["datePublished"].startswith("2019-11-30T07:15:00")
    assert [a["identifier"] for a in claim["appearance"]] == ["courier", "wire"]
    assert claim["appearance"][1]["author"]["name"] == "Arctic Wire"
