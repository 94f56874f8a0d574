"""An invented football transfer (no real club or player: the clubs, the names, the ages and the
outlets invented), told by three English outlets and an Arabic one: an age opening a sentence after a
club's name belongs to the player the sentence named, not to the club ("Atletico Norvale have
completed the signing of striker Kasimir Oduya. The 24-year-old ..."), and an age in a definite
description after a name and a comma belongs to that name ("Oduya, the 24-year-old striker"). The
player's age clashes (24 / 25), so does the club president's (58 / 61); the club has no age."""
import datetime as dt

import pytest

from factcheck.lang import lexicon as lx
from factcheck.mentions.persons import TitleParser
from story_support import analyze

DAY = dt.date(2026, 7, 6)
ROWS = [
    ("01_sport_en", "en", "Home > Football > Transfers\n\nNorvale land Oduya\n\nBy Lena Strom | 6 July 2026\n\n"
     "Atletico Norvale have completed the signing of striker Kasimir Oduya from Velden Rovers. "
     "The 24-year-old has agreed a five-year contract with the club.\n\n"
     "A 19-year-old academy graduate is expected to leave on loan.\n\nShare on X\n"),
    ("02_herald_en", "en", "Oduya joins Norvale\n\nUpdated July 6, 2026\n\n"
     "Kasimir Oduya, 25, joined Atletico Norvale on Monday. "
     "Club president Hector Salas, the 58-year-old former banker, said the deal was the biggest in the club's history.\n\n"
     "Read more: Norvale's summer signings\n"),
    ("03_wire_en", "en", "NORVALE, July 6 (NPA) - Atletico Norvale confirmed that Oduya, the 24-year-old striker, "
     "had passed a medical. Salas, 61, welcomed him at the stadium.\n\nTags: football, transfers\n"),
]


def _ages(rep, by_id):
    return sorted(sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in f.sides)
                  for f in rep.findings if f.kind == "contradiction" and f.property == "quantity:count")


def test_the_players_and_the_presidents_ages_clash():
    rep, by_id = analyze(ROWS, DAY)
    assert _ages(rep, by_id) == sorted([
        sorted([[("01_sport_en", "24"), ("03_wire_en", "24")], [("02_herald_en", "25")]]),
        sorted([[("02_herald_en", "58")], [("03_wire_en", "61")]]),
    ])


def test_every_age_is_a_persons_and_none_the_clubs():
    """The academy graduate's age is indefinite: a new person, nobody named."""
    rep, _ = analyze(ROWS, DAY)
    owners = sorted((c.article, c.value, c.subject_label) for c in rep.claims
                    if any(s.field == "measure" and "age" in s.rule for s in c.signals))
    assert owners == [("01_sport_en", "19", None), ("01_sport_en", "24", "Kasimir Oduya"), ("02_herald_en", "25", "Oduya"),
                      ("02_herald_en", "58", "Salas"), ("03_wire_en", "24", "Oduya"), ("03_wire_en", "61", "Salas")]


# one row per sentence -> the name run it is most likely about (None: none)
@pytest.mark.parametrize("text, name", [
    ("Atletico Norvale have completed the signing of striker Kasimir Oduya.", "Kasimir Oduya"),
    ("Velden Rovers are said to want Kasimir Oduya.", "Kasimir Oduya"),
    ("Norbanken Holdings appointed Ilse Varga as chief executive.", "Ilse Varga"),
    ("The Velden Tribune said Ilse Varga would stay.", "Ilse Varga"),
    ("Kasimir Oduya joined Atletico Norvale.", "Kasimir Oduya"),
    ("Atletico Norvale won the Velden Cup.", None),
])
def test_the_first_name_run_is_a_persons(text, name):
    toks = lx.tokenize(text, "en")
    run = TitleParser("en").first_name(text, toks)
    assert (text[toks[run[0]].start:toks[run[1] - 1].end] if run else None) == name
