"""Ratios read as the share they state ("one in four" = 25 %), per language, with their qualifier and
precision; and what is never a ratio."""
import pytest
from hypothesis import given, strategies as st

from factcheck.mentions.values import find_values

# (language, phrase, share, qualifier, low, high)
RATIOS = [
    ("en", "One in four voters stayed home", "25%", "exact", 25.0, 25.0),
    ("en", "with less than one out of every four voters participating", "25%", "less_than", None, 25.0),
    ("en", "three in 10 adults", "30%", "exact", 30.0, 30.0),
    ("en", "nine in 10 doctors", "90%", "exact", 90.0, 90.0),
    ("en", "one in every 1,000 births", "0.1%", "exact", 0.1, 0.1),
    ("en", "one in three households", "33.33%", "exact", 33.33, 33.33),
    ("en", "more than one in five", "20%", "more_than", 20.0, None),
    ("ar", "أقل من واحد من كل أربعة ناخبين", "25%", "less_than", None, 25.0),
    ("ar", "ثلاثة من كل عشرة مواطنين", "30%", "exact", 30.0, 30.0),
]


@pytest.mark.parametrize("lang,text,share,qualifier,low,high", RATIOS)
def test_a_ratio_is_the_share_it_states(lang, text, share, qualifier, low, high):
    vals = find_values(text, lang)
    assert [(v.kind, v.value, v.qualifier, v.low, v.high) for v in vals] == [("number", share, qualifier, low, high)]
    assert "ratio_connectors" in vals[0].rule   # provenance: the connector that made it a ratio


def test_a_ratio_is_as_precise_as_one_unit_of_its_first_number():
    """"one in four" is a rough share: one unit of the part (25 points) is its stated precision."""
    assert find_values("one in four voters", "en")[0].step == 25.0
    assert find_values("nine in 10 doctors", "en")[0].step == 10.0


# no ratio: a duration or a unit after the whole, a part not smaller than its whole, a scaled whole
NOT_RATIOS = [
    ("en", "killed 5 in 24 hours"),
    ("en", "rose 3 in 10 km"),
    ("en", "won 2 in 1"),
    ("en", "5.6 million of the country's roughly 24 million voters"),
    ("en", "He scored in 2019 in 3 matches"),
    ("en", "Rangers freed 13 out of 40 trapped hikers"),   # a part of a whole, counted (kinds.quantity scope)
]


@pytest.mark.parametrize("lang,text", NOT_RATIOS)
def test_not_a_ratio(lang, text):
    assert not any(v.value.endswith("%") for v in find_values(text, lang))


@given(st.integers(1, 99), st.integers(2, 100))
def test_a_ratio_share_is_its_part_over_its_whole(part, whole):
    vals = find_values(f"{part} in {whole} residents", "en")
    if part < whole:
        assert len(vals) == 1 and abs(float(vals[0].value[:-1]) - 100 * part / whole) <= 0.01 * 100 * part / whole
    else:
        assert not any(v.value.endswith("%") for v in vals)
