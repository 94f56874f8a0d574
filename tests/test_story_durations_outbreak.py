"""An invented cholera outbreak: schools closed for two weeks (two English wordings, one Arabic) against
three weeks; the markets' four days, a deadline within a week, an age and "the first in 12 years" are
other things.
Fails before open-world durations (kinds.duration_read): the lengths were no claims or never met."""
import datetime as dt

from story_support import analyze, clashing_values

DAY = dt.date(2031, 5, 6)
ROWS = [
    ('o1', 'en', 'Health officials in the province of Tellmark said on Tuesday that schools will stay closed for two weeks after a cholera outbreak. The health minister, 58, said it was the first outbreak in the province in 12 years. Test results are expected within a week.'),
    ('o2', 'en', 'Schools in Tellmark will stay closed for three weeks, the provincial health office said on Tuesday. Markets in the provincial capital will remain shut for four days. Testing of the water supply will be completed within ten days.'),
    ('o3', 'ar', 'قالت السلطات الصحية في إقليم تيلمارك يوم الثلاثاء إن المدارس ستبقى مغلقة لمدة أسبوعين بسبب تفشي الكوليرا. وأضافت أن نتائج الفحوص ستصدر خلال أسبوع.'),
]


def _values(rep, by_id, kind):
    return sorted(sorted({by_id[c].value for c in f.claims}) for f in rep.findings
                  if f.kind == kind and f.property == "duration")


def test_outbreak_story_clashes_only_where_planted():
    rep, by_id = analyze(ROWS, DAY)
    assert sorted(clashing_values(rep, by_id, prefix="duration")) == [['P2W', 'P3W']]
