"""An invented truce: a five-day truce, the five day ceasefire and "هدنة لمدة خمسة أيام" against a
three-day truce; nine weeks of fighting agrees with 63 days of fighting; an age and how long since
two sides last met are no lengths.
Fails before open-world durations (kinds.duration_read): the lengths were no claims or never met."""
import datetime as dt

from story_support import analyze, clashing_values

DAY = dt.date(2031, 5, 6)
ROWS = [
    ('t1', 'en', 'A five-day truce between the army and the rebels of Ostrava Ridge began on Saturday morning. It came after nine weeks of fighting. The mediators said 40 detainees would be freed.'),
    ('t2', 'en', 'The five day ceasefire in Ostrava Ridge took effect on Saturday, ending 63 days of fighting. The rebel commander, 44, had not met army officers for 11 years.'),
    ('t3', 'ar', 'بدأت صباح السبت هدنة لمدة خمسة أيام بين الجيش والمتمردين في أوسترافا ريدج بعد 63 يوما من القتال.'),
    ('t4', 'en', 'A three-day truce between the army and the rebels of Ostrava Ridge began on Saturday.'),
]


def _values(rep, by_id, kind):
    return sorted(sorted({by_id[c].value for c in f.claims}) for f in rep.findings
                  if f.kind == kind and f.property == "duration")


def test_truce_story_clashes_only_where_planted():
    rep, by_id = analyze(ROWS, DAY)
    assert sorted(clashing_values(rep, by_id, prefix="duration")) == [['P3D', 'P5D']]


def test_truce_story_paraphrased_lengths_agree():
    rep, by_id = analyze(ROWS, DAY)
    agreed = _values(rep, by_id, "agreement")
    for values in [['P63D', 'P9W']]:
        assert values in agreed
