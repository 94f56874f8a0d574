"""A figure compared with a dated earlier one ("Turnout was 52.4%, up from 47% in 2029") keeps its own
occasion: the baseline's year dates the baseline, not the figure before it. An invented election told
in Arabic and English: this year's turnout (52.4% twice against 54.2%) clashes with all three outlets
on their sides, and the earlier election's 47% clashes with nothing."""
import datetime as dt

import pytest

from factcheck.ingest.clauses import clauses_of_sentence
from story_support import analyze

DAY = dt.date(2034, 6, 3)
ROWS = [
    ("01_ar", "ar", "الرئيسية | سياسة\n\nأعلنت الهيئة العليا للانتخابات في مورلانيا مساء الإثنين النتائج الأولية "
     "للانتخابات التشريعية التي جرت يوم الأحد.\n\nوبلغت نسبة المشاركة 52.4 في المئة، مقابل 47 في المئة في "
     "انتخابات عام 2029.\n"),
    ("02_en", "en", "Renewal Party wins most seats in Morlanian vote\n\nMorlania's Renewal Party won most seats "
     "in Sunday's legislative election, preliminary results showed on Monday.\n\nTurnout was 52.4%, up from 47% "
     "in 2029, the electoral commission said.\n"),
    ("03_en", "en", "Morlania's Renewal Party falls short of majority\n\nTurnout stood at 54.2 per cent, "
     "according to the electoral commission.\n"),
]


def test_this_years_turnout_clashes_with_every_outlet_on_its_side():
    rep, by_id = analyze(ROWS, DAY)
    clashes = [sorted((by_id[c].article, by_id[c].value) for s in f.sides for c in s.claims)
               for f in rep.findings if f.kind == "contradiction"]
    assert clashes == [[("01_ar", "52.4%"), ("02_en", "52.4%"), ("03_en", "54.2%")]]


@pytest.mark.parametrize("sentence, lang, pieces", [
    ("Turnout was 52.4%, up from 47% in 2029, the commission said.", "en",
     ["Turnout was 52.4%", "up from 47% in 2029, the commission said."]),
    ("Exports rose 8%, compared with 5% in 2031.", "en", ["Exports rose 8%", "compared with 5% in 2031."]),
    # no date in the baseline: one clause, as before
    ("Turnout was 52.4%, up from 47% last time.", "en", ["Turnout was 52.4%, up from 47% last time."]),
    ("Turnout was high, up from 2029.", "en", ["Turnout was high, up from 2029."]),
])
def test_a_dated_baseline_is_a_clause_of_its_own(sentence, lang, pieces):
    assert [sentence[a:b] for a, b in clauses_of_sentence(sentence, 0, len(sentence), lang)] == pieces
