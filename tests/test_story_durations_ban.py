"""An invented doping ban: banned for four years, a four-year ban and "إيقاف ... أربع سنوات" against a
three-year ban; a three-year contract, an age and a first title in 15 years are other things.
Sixteen weeks of investigation agree with 112 days of it, against 20 weeks.
Fails before open-world durations (kinds.duration_read): the investigation's lengths were no claims."""
import datetime as dt

from story_support import analyze, clashing_values

DAY = dt.date(2031, 5, 6)
ROWS = [
    ('b1', 'en', 'The cycling federation banned rider Tomas Keller for four years on Thursday after a failed doping test and 16 weeks of investigation. Keller, 27, signed a three-year contract with his team last winter.'),
    ('b2', 'en', "Tomas Keller received a four-year ban from the cycling federation on Thursday. The ban ends the 27-year-old's season, which began with his team's first title in 15 years."),
    ('b3', 'en', 'The cycling federation handed Tomas Keller a three-year ban on Thursday after 20 weeks of investigation.'),
    ('b4', 'ar', 'قرر الاتحاد الدولي للدراجات يوم الخميس إيقاف الدراج توماس كيلر أربع سنوات بعد فشله في اختبار المنشطات و112 يوما من التحقيق.'),
]


def _values(rep, by_id, kind):
    return sorted(sorted({by_id[c].value for c in f.claims}) for f in rep.findings
                  if f.kind == kind and f.property == "duration")


def test_ban_story_clashes_only_where_planted():
    rep, by_id = analyze(ROWS, DAY)
    assert sorted(clashing_values(rep, by_id, prefix="duration")) == [['P112D', 'P16W', 'P20W'], ['P3Y', 'P4Y']]
