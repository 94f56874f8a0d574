"""A qualifier after a figure ("40,000 plus": more than 40,000) is not read when it joins another figure
to it ("80 million euros plus 10 million in add-ons": an addition, the 80 million exact). Table test of
the values parser, and an invented transfer story where the fee then clashes (80 vs 85 million)."""
import datetime as dt

import pytest

from factcheck.mentions import values
from story_support import analyze, clashing_values


@pytest.mark.parametrize("text,expected", [
    # the add-ons are in the fee's currency (``value_numbers.carried_currency``)
    ("a fee of 80 million euros plus 10 million in add-ons", [("80000000 EUR", "exact"), ("10000000 EUR", "exact")]),
    ("300 people plus two dogs", [("300", "exact"), ("2", "exact")]),
    ("a crowd of 40,000 plus", [("40000", "more_than")]),
    ("aged 60 plus", [("60", "more_than")]),
])
def test_plus_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(v.value, v.qualifier) for v in values.find_values(text, "en") if v.kind == "number"] == expected


def test_fee_plus_add_ons_clashes_with_another_fee():
    day = dt.date(2038, 8, 3)
    texts = [("t1", "en", "Club Norvik signed Tarek Alves for a fee of 60 million euros plus 5 million in add-ons."),
             ("t2", "en", "Tarek Alves joined Club Norvik in a deal worth 66 million euros."),
             ("t3", "ar", "تعاقد نادي نورفيك مع طارق ألفيس مقابل 60 مليون يورو.")]
    rep, by_id = analyze(texts, day)
    assert ["60000000 EUR", "66000000 EUR"] in clashing_values(rep, by_id, prefix="")
