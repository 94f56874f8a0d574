"""An invented tennis final (players, tournament and numbers of no real match) told by two English
outlets and an Arabic one: the match score written set by set ("6-4, 3-6, 7-6 (7-5)", "6-4 و3-6
و7-6 (7-5)") is one score, and the outlet that gives the tie-break as 7-3 clashes with the two others;
a lost set (3-6) never clashes with a won one, and the semi-final told beside the final ("7-5, 6-4 in
the semi-finals", "في نصف النهائي") is another match. The Arabic lead names the result with a
possessive ("بعد فوزه على"). Table tests for the set reader."""
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from factcheck.kinds import score_sets
from story_support import analyze

DAY = dt.date(2031, 5, 18)
ROWS = [
    ("01_en", "en", "Sport > Tennis\n\nBrandt wins Ostrava Open title in three-set thriller\n\nPublished 18 May 2031\n\n"
                    "OSTRAVA, May 18 (Wire) - Austria's Jonas Brandt won the Ostrava Open on Sunday, beating Chile's "
                    "Mateo Rojas 6-4, 3-6, 7-6 (7-5) in a final that lasted 2 hours 41 minutes.\n\n"
                    "It was Brandt's sixth career title.\n\n"
                    "On Saturday, Brandt beat Norway's Erik Lund 7-5, 6-4 in the semi-finals.\n\n"
                    "Read more: Rojas climbs into top 20\n"),
    ("02_en", "en", "Tennis\n\nBrandt outlasts Rojas to lift Ostrava crown\n\nBy Staff Reporter | May 18, 2031\n\n"
                    "Jonas Brandt claimed the Ostrava Open crown on Sunday with a 6-4, 3-6, 7-6 (7-3) victory over "
                    "Mateo Rojas.\n\nRojas was playing his first final at this level.\n\nShare this article\n"),
    ("03_ar", "ar", "الرئيسية > رياضة > تنس\n\nالنمساوي براندت يتوج بلقب بطولة أوسترافا المفتوحة\n\n"
                    "أوسترافا (أ ف ب) - توج النمساوي يوناس براندت بلقب بطولة أوسترافا المفتوحة للتنس بعد فوزه على "
                    "التشيلي ماتيو روخاس 6-4 و3-6 و7-6 (7-5) في المباراة النهائية يوم الأحد.\n\n"
                    "وكان براندت قد تغلب على النرويجي إريك لوند 7-5 و6-4 في نصف النهائي يوم السبت.\n"),
]


def _score_findings(kind):
    rep, by_id = analyze(ROWS, DAY)
    return [sorted((by_id[c].article, by_id[c].value) for c in f.claims)
            for f in rep.findings if f.kind == kind and f.property == "score"], rep, by_id


def test_the_tiebreak_told_differently_is_the_one_score_clash():
    clashes, rep, by_id = _score_findings("contradiction")
    assert clashes == [[("01_en", "6-4,3-6,7-6(7-5)"), ("02_en", "6-4,3-6,7-6(7-3)"), ("03_ar", "6-4,3-6,7-6(7-5)")]]
    final = next(f for f in rep.findings if f.kind == "contradiction" and f.property == "score")
    sides = sorted(sorted(by_id[c].article for c in s.claims) for s in final.sides)
    assert sides == [["01_en", "03_ar"], ["02_en"]]


def test_the_semi_final_agrees_across_languages_and_meets_no_final():
    agreements, _, _ = _score_findings("agreement")
    assert agreements == [[("01_en", "7-5,6-4"), ("03_ar", "7-5,6-4")]]


def test_a_set_is_never_a_score_of_its_own():
    _, rep, _ = _score_findings("contradiction")
    values = {c.value for c in rep.claims if c.property == "score"}
    assert values == {"6-4,3-6,7-6(7-5)", "6-4,3-6,7-6(7-3)", "7-5,6-4"}


# one row per set score as written -> (normal form, sets won, sets lost); None: not a set score
@pytest.mark.parametrize("written, expected", [
    ("6-4, 3-6, 7-6 (7-5)", ("6-4,3-6,7-6(7-5)", 2, 1)),
    ("6-4 و3-6 و7-6 (7-5)", ("6-4,3-6,7-6(7-5)", 2, 1)),
    ("4-6, 6-3, 6-7 (5-7)", ("6-4,3-6,7-6(7-5)", 2, 1)),      # told from the loser's side
    ("6-4, 3-6, 7-6 (5)", ("6-4,3-6,7-6(7-5)", 2, 1)),        # only the loser's tie-break points
    ("7-6 (10), 6-3", ("7-6(12-10),6-3", 2, 0)),               # a tie-break past 5-5
    ("6-3 6-2", ("6-3,6-2", 2, 0)),
    ("25-21, 23-25 and 25-19", ("25-21,23-25,25-19", 2, 1)),  # volleyball sets
    ("21-15، 21-18", ("21-15,21-18", 2, 0)),                  # badminton, an Arabic comma
    ("6-4", None),
])
def test_a_set_score_as_written(written, expected):
    found = score_sets.runs(written)
    got = (found[0].value, found[0].won, found[0].lost) if found else None
    assert got == expected


# one row per text -> the set scores found in it (none: a date, a season, a clock time, one pair)
@pytest.mark.parametrize("text, values", [
    ("in the 2019-20, 2020-21 seasons", []),
    ("on 2/1/2024, 3-1 up", []),
    ("beat Lee 6-2, 6-1 and Park 7-5, 6-3", ["6-2,6-1", "7-5,6-3"]),   # a name between: two matches
    ("a 2-1 win, then 3-3", []),
])
def test_what_is_not_a_set_score(text, values):
    if values:
        assert [r.value for r in score_sets.runs(text)] == values
    else:
        assert score_sets.runs(text) == []


SETS = st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)).filter(lambda s: s[0] != s[1]), min_size=2, max_size=5)


@given(SETS)
def test_either_side_tells_the_same_match(sets):
    one = ", ".join(f"{a}-{b}" for a, b in sets)
    other = ", ".join(f"{b}-{a}" for a, b in sets)
    won = sum(a > b for a, b in sets)
    if 2 * won != len(sets):   # an even split has no winner's side to tell it from
        assert score_sets.parse(one) == score_sets.parse(other)


@given(SETS)
def test_reading_the_normal_form_again_keeps_it(sets):
    value = score_sets.parse(", ".join(f"{a}-{b}" for a, b in sets))[0]
    assert score_sets.parse(value)[0] == value
