"""A name several places bear: every namesake is a clustering feature, and a story reads the name as
the place its other articles name."""
from __future__ import annotations

import pytest

from factcheck.feed import features
from factcheck.ingest import load as ingest
from factcheck.extract import normalize
from factcheck import pipeline
from factcheck.kinds.quantity import measure
from factcheck.mentions.places import find_places, story_readings

TANGA, TUNJA = "city:149606", "city:3666608"                 # both "تنجا" in Arabic
ALHAMBRA_AZ, ALHAMBRA_CA = "city:5551123", "city:5323060"    # "Alhambra"; "ألهامبرا" is only CA's


@pytest.mark.parametrize("text, key, namesakes", [
    ("فيضانات في مدينة تنجا", TANGA, (TUNJA,)),
    ("Floods hit Tunja", TUNJA, ()),
    ("Alhambra is home to many", ALHAMBRA_AZ, (ALHAMBRA_CA,)),
    ("وهي مدينة ألهامبرا", ALHAMBRA_CA, ()),
])
def test_mention_lists_its_namesakes(text, key, namesakes):
    [m] = find_places(text)
    assert (m.key, m.namesakes) == (key, namesakes)


# one row per story: article texts -> the readings each article changes
READING_ROWS = [
    # the Arabic spelling's first reading gives way to the place the English article names
    ({"ar": "فيضانات في مدينة تنجا", "en": "Floods hit Tunja"}, {"ar": {TANGA: TUNJA}}),
    # an unambiguous Arabic name fixes which Alhambra the English articles mean
    ({"en1": "Alhambra is home to many", "ar": "وهي مدينة ألهامبرا", "en2": "Alhambra again"},
     {"en1": {ALHAMBRA_AZ: ALHAMBRA_CA}, "en2": {ALHAMBRA_AZ: ALHAMBRA_CA}}),
    # the first reading named unambiguously elsewhere stays
    ({"ar": "فيضانات في مدينة تنجا", "en": "Tanga and Tunja"}, {}),
    # one article alone, or nobody naming a namesake: nothing changes
    ({"ar": "فيضانات في مدينة تنجا"}, {}),
    ({"ar": "فيضانات في مدينة تنجا", "en": "Floods hit Bogota"}, {}),
]


@pytest.mark.parametrize("texts, expected", READING_ROWS)
def test_story_readings(texts, expected):
    assert story_readings({art: [text] for art, text in texts.items()}) == expected


def test_every_namesake_is_a_clustering_feature(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Floods\n\nAlhambra is home to many people, officials said.\n", encoding="utf-8")
    [art] = ingest.load_articles([path])
    segments, _ = pipeline.article_stage(art)
    feats = features.features(art, segments)
    assert {f"p:{ALHAMBRA_AZ}", f"p:{ALHAMBRA_CA}"} <= set(feats)


def test_claims_read_the_story_place_and_keep_their_ids(tmp_path):
    (tmp_path / "ar.txt").write_text("فيضانات\n\nوهي مدينة تنجا يقطنها نحو 400 ألف نسمة.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Floods\n\nTunja is home to 900,000 people, officials said.\n", encoding="utf-8")
    arts = ingest.load_articles([tmp_path / "ar.txt", tmp_path / "en.txt"])
    clauses = {a.id: pipeline.article_stage(a)[1] for a in arts}
    alone = [c for c in normalize.normalize(arts[:1], {arts[0].id: clauses[arts[0].id]}) if measure(c) == "population"]
    story = normalize.normalize(arts, clauses)
    pops = {c.article: c for c in story if measure(c) == "population"}
    assert [c.subject for c in alone] == [TANGA]
    assert pops["ar"].subject == pops["en"].subject == TUNJA
    assert pops["ar"].id == alone[0].id
    assert any(s.text == f"{TANGA} -> {TUNJA}" for s in pops["ar"].signals)
