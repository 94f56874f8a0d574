"""A bare number stated in a scale right after a sum and a word of addition is in that sum's currency
("80 million euros plus 10 million in add-ons"); a number that counts a noun of its own, or has no scale
word, keeps none. Table rows per language, and an invented transfer whose add-ons agree across outlets."""
import datetime as dt

import pytest

from factcheck.mentions import values
from story_support import analyze


@pytest.mark.parametrize("text, lang, found", [
    ("for a fee of 80 million euros plus 10 million in add-ons", "en", ["80000000 EUR", "10000000 EUR"]),
    ("a deal worth $24 billion plus 11 billion in deposits", "en", ["24000000000 USD", "11000000000 USD"]),
    ("$5 billion and 2 billion.", "en", ["5000000000 USD", "2000000000 USD"]),
    ("80 million euros and 10 players", "en", ["80000000 EUR", "10"]),                # no scale word
    ("80 million euros and 10 million people", "en", ["80000000 EUR", "10000000"]),   # a counted noun
    ("بقيمة 80 مليون يورو و10 ملايين شخص", "ar", ["80000000 EUR", "10000000"]),
    ("بقيمة 80 مليون يورو إضافة إلى 10 ملايين.", "ar", ["80000000 EUR", "10000000 EUR"]),
])
def test_the_currency_a_sum_carries(text, lang, found):
    assert [v.value for v in values.find_values(text, lang) if v.kind == "number"] == found


def test_add_ons_told_without_their_currency_meet_those_told_with_it():
    rows = [("a", "en", "Real Castellon signed striker Dario Venn for a fee of 80 million euros plus 10 million in add-ons."),
            ("b", "en", "Striker Dario Venn joined Real Castellon for 80 million euros, with add-ons worth 10 million euros.")]
    rep, by_id = analyze(rows, dt.date(2035, 7, 2))
    agreed = sorted(sorted(by_id[c].value for c in f.claims) for f in rep.findings
                    if f.kind == "agreement" and f.property == "quantity:money:EUR")
    assert ["10000000 EUR", "10000000 EUR"] in agreed
