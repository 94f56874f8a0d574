"""Which measure cue names a figure when several figures share a clause, or when the cue stands far
before a figure a change reaches. Invented sentences, one row per phrase -> the measure of each figure."""
import datetime as dt

import pytest
from story_support import analyze

from factcheck.kinds.base import measure

DAY = dt.date(2031, 3, 4)


@pytest.mark.parametrize("lang, text, expected", [
    # a conjunction and a verb of its own part the second figure from the first one's cue
    ("en", "The fever has killed 14 people and sickened 230 in the valley.", {"14": "dead", "230": None}),
    ("en", "The storm killed 14 people and left 230 homeless.", {"14": "dead", "230": "displaced"}),
    # ... a figure right after the conjunction shares the cue
    ("en", "The fire killed 14 people and 30 horses.", {"14": "dead", "30": "dead"}),
    # a figure a change reaches takes the cue of the change's subject, however far
    ("en", "The death toll from the fever in the country's northern provinces rose to 61.", {"61": "dead"}),
    ("ar", "أعلنت الوزارة ارتفاع عدد الوفيات جراء الحمى في ثلاث محافظات شمالية إلى 61 حالة.", {"61": "dead"}),
    # ... but not past another figure
    ("en", "The number of deaths rose from 12 in the first week of the month to 61.", {"12": "dead", "61": None}),
])
def test_the_cue_of_each_figure(lang, text, expected):
    _, by_id = analyze([("a", lang, text)], DAY)
    got = {c.value: measure(c) for c in by_id.values() if c.property.startswith("quantity:")}
    assert {v: got.get(v, "no claim") for v in expected} == expected


@pytest.mark.parametrize("lang, text, dated", [
    # the day a period a figure is counted over began does not date the clause's event
    ("en", "The fever has killed 14 people since March 1.", False),
    ("en", "The fever has killed 14 people since it broke out on March 1.", False),
    ("ar", "قتلت الحمى 14 شخصا منذ 1 مارس.", False),
    # without a figure before it, the clause is about what began then
    ("en", "Tensions have grown since the dispute began on March 1.", True),
])
def test_a_period_start_does_not_date_the_event(lang, text, dated):
    _, by_id = analyze([("a", lang, text)], DAY)
    refs = {c.event for c in by_id.values()}
    assert any("date=" in (r or "") for r in refs) is dated
