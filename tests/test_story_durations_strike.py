"""An invented dock strike: five days on strike against a strike that lasted three days; talks that
lasted 12 hours (English twice, Arabic) against nine hours.
Fails before open-world durations (kinds.duration_read): the lengths were no claims or never met."""
import datetime as dt

from story_support import analyze, clashing_values

DAY = dt.date(2031, 5, 6)
ROWS = [
    ('s1', 'en', 'Dockers in the port of Valberg went on strike for five days last week. Talks between the union and port operators lasted 12 hours on Sunday.'),
    ('s2', 'en', 'The dock strike in Valberg lasted three days last week. Talks between the union and port operators lasted 12 hours on Sunday.'),
    ('s3', 'en', 'Talks between the Valberg dock union and port operators lasted nine hours on Sunday, a union official said.'),
    ('s4', 'ar', 'استمرت المحادثات بين نقابة عمال الميناء في فالبرغ والمشغلين 12 ساعة يوم الأحد.'),
]


def _values(rep, by_id, kind):
    return sorted(sorted({by_id[c].value for c in f.claims}) for f in rep.findings
                  if f.kind == kind and f.property == "duration")


def test_strike_story_clashes_only_where_planted():
    rep, by_id = analyze(ROWS, DAY)
    assert sorted(clashing_values(rep, by_id, prefix="duration")) == [['P3D', 'P5D'], ['PT12H', 'PT9H']]
