"""A figure that opens its clause is the clause's subject: its claim quotes what the clause says of
it ("twelve miners trapped in the shaft were rescued on Sunday"), so that an editor reads the
predicate, not only the counted noun. A figure inside its clause keeps the words around it; a clause
with two figures, or a long one, quotes each figure alone."""
import datetime as dt

import pytest

from story_support import analyze

DAY = dt.date(2034, 3, 9)


def _quotes(lang, text):
    rep, _ = analyze([("a", lang, text)], DAY)
    return [c.quote for c in rep.claims if c.property.startswith("quantity:")]


@pytest.mark.parametrize("lang, text, quote", [
    ("en", "Rescue teams worked through the night. Twelve miners trapped in the Kessel shaft were rescued on "
           "Sunday.", "Twelve miners trapped in the Kessel shaft were rescued on Sunday."),
    ("en", "Officials met in Vell. Some 300 homes in the lower valley were flooded on Monday night.",
     "Some 300 homes in the lower valley were flooded on Monday night."),
    ("ar", "عمل المنقذون طوال الليل. و40 عاملا محاصرين في المنجم أنقذوا صباح الأحد بعد جهود كبيرة.",
     "40 عاملا محاصرين في المنجم أنقذوا صباح الأحد"),
])
def test_a_figure_opening_its_clause_quotes_the_clause(lang, text, quote):
    assert any(quote in q for q in _quotes(lang, text))


@pytest.mark.parametrize("lang, text, quote", [
    # inside the clause: the words around the figure
    ("en", "Rescue teams worked through the night. The flood destroyed 300 homes in the valley on Sunday.",
     "300 homes in the valley"),
    # a long clause: the figure's own words
    ("en", "Rescue teams worked through the night. Twelve miners trapped since Tuesday in the flooded Kessel "
           "shaft near the northern town of Vell were finally brought to the surface on Sunday.",
     "Twelve miners trapped"),
])
def test_other_figures_keep_their_own_words(lang, text, quote):
    quotes = _quotes(lang, text)
    assert any(quote in q for q in quotes), quotes
    assert not any(q.endswith("Sunday.") for q in quotes), quotes
