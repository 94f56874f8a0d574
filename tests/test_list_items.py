"""Numbered list items (invented facts boxes after a match and a vote): the number that opens a line
before a list mark ("1- ", "2) ", "3. ") numbers the item; it is no figure of the story, and the
item is reported as the statement it is. Figures inside an item are still figures."""
import datetime as dt

import pytest

from story_support import analyze

DAY = dt.date(2026, 5, 4)

BOX = (
    ("b1", "ar", """أرقام من المباراة

1- منتخب فالدوريا أول منتخب من القارة يفوز على حامل اللقب في البطولة.

2- سجل اللاعب كريم العيساوي هدفين في 3 مباريات.

شارك الخبر
"""),
    ("b2", "en", """Five facts from the count

1. Norvale's turnout was the highest since the vote moved to May.
2) The Greens won 14 seats, up from 9.
3- No party has held the mayor's office twice in a row.
"""),
)


@pytest.fixture(scope="module")
def box():
    return analyze(BOX, DAY)


def test_a_list_number_is_no_figure(box):
    rep, _ = box
    values = {(c.article, c.value) for c in rep.claims if c.property.startswith("quantity:")}
    assert not {("b1", "1"), ("b1", "2"), ("b2", "1"), ("b2", "2"), ("b2", "3")} & values


def test_a_list_number_is_no_sentence_of_its_own(box):
    rep, _ = box
    assert not [c.quote for c in rep.claims if c.quote.strip(" .-)").isdigit()]


def test_figures_inside_an_item_stay_figures(box):
    rep, _ = box
    values = {(c.article, c.value) for c in rep.claims if c.property.startswith("quantity:")}
    assert {("b1", "3"), ("b2", "14")} <= values


def test_an_item_without_figures_is_a_single_source_statement(box):
    rep, by_id = box
    single = [by_id[c].quote for f in rep.findings if f.kind == "unsupported" for c in f.claims]
    assert any("أول منتخب من القارة" in q for q in single)
    assert any("No party has held the mayor" in q for q in single)
