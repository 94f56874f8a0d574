"""An invented port concession: 60 years (English twice, Arabic) against 50; a 10-year tax holiday is
another thing and the deadline of the first $2 billion (within two months) agrees only with itself; 18 months of
negotiations (English, Arabic) against two years.
Fails before open-world durations (kinds.duration_read): the lengths were no claims or never met."""
import datetime as dt

from story_support import analyze, clashing_values

DAY = dt.date(2031, 5, 6)
ROWS = [
    ('c1', 'en', 'The port authority of Marisol granted Delta Harbour Group a 60-year concession on Wednesday to run the container terminal. The deal followed 18 months of negotiations. The company also won a 10-year tax holiday. The first $2 billion will be paid within two months.'),
    ('c2', 'en', 'Delta Harbour Group won a 50-year concession to operate the Marisol container terminal, the port authority said on Wednesday, after two years of negotiations.'),
    ('c3', 'en', "Marisol's port authority signed a 60-year concession with Delta Harbour Group on Wednesday to run its container terminal, and the first $2 billion will be transferred within two months."),
    ('c4', 'ar', 'منحت هيئة ميناء ماريسول يوم الأربعاء مجموعة دلتا هاربور حق امتياز لمدة 60 عاما لتشغيل محطة الحاويات بعد 18 شهرا من المفاوضات.'),
]


def _values(rep, by_id, kind):
    return sorted(sorted({by_id[c].value for c in f.claims}) for f in rep.findings
                  if f.kind == kind and f.property == "duration")


def test_concession_story_clashes_only_where_planted():
    rep, by_id = analyze(ROWS, DAY)
    assert sorted(clashing_values(rep, by_id, prefix="duration")) == [['P18M', 'P2Y'], ['P50Y', 'P60Y']]


def test_concession_story_paraphrased_lengths_agree():
    rep, by_id = analyze(ROWS, DAY)
    agreed = _values(rep, by_id, "agreement")
    for values in [['P2M']]:
        assert values in agreed
