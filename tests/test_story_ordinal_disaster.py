"""An invented building collapse and the builder's trial (English and Arabic outlets): sources
disagree on which trial it is ("faces trial for the second time" / "for the third time"); the
city's "second collapse in a month" and "third collapse this year" count within two periods and never
clash; "His first trial ended in 2023" counts trials, not times, and never joins the clash."""
import datetime as dt

from story_support import analyze

DAY = dt.date(2036, 9, 2)

ROWS = [
    ("a", "en", "Building collapse in Port Selim kills nine\n\nPORT SELIM, Sept 2 (AFP) - A five-storey building "
                "collapsed in Port Selim on Tuesday, killing nine people, in the city's second collapse in a month.\n\n"
                "Builder Samir Haddad faces trial for the second time, prosecutors said."),
    ("b", "en", "Nine dead as block falls in Port Selim\n\nA residential block collapsed in Port Selim on Tuesday, "
                "killing nine, the city's third collapse this year.\n\nSamir Haddad, whose firm built the block, "
                "will face trial for the third time, prosecutors said."),
    ("c", "ar", "انهيار مبنى في بور سليم\n\nبور سليم (رويترز) - انهار مبنى سكني في مدينة بور سليم يوم الثلاثاء ما "
                "أسفر عن مقتل تسعة أشخاص.\n\nوقالت النيابة إن المقاول سمير حداد سيمثل أمام المحكمة للمرة الثانية."),
    ("d", "en", "Port Selim collapse: builder to face court again\n\nSamir Haddad will face trial for the second "
                "time over the collapse, prosecutors said on Wednesday. His first trial ended in 2023."),
]


def _report():
    rep, by_id = analyze(ROWS, DAY)
    clashes = [f for f in rep.findings if f.kind == "contradiction" and f.property == "occurrence"]
    return rep, by_id, clashes


def test_second_against_third_trial():
    rep, by_id, clashes = _report()
    assert len(clashes) == 1
    values = {by_id[c].value for s in clashes[0].sides for c in s.claims}
    assert values == {"2", "3"}
    assert {by_id[c].article for s in clashes[0].sides for c in s.claims if by_id[c].value == "3"} == {"b"}
    assert "time" in clashes[0].reason


def test_collapses_in_two_periods_and_the_first_trial_stay_apart():
    rep, by_id, clashes = _report()
    clashed = {c for f in clashes for s in f.sides for c in s.claims}
    collapses = [c for c in by_id.values() if c.property == "occurrence" and "collapse" in c.keywords]
    assert {c.value for c in collapses} == {"2", "3"}   # read, each with its period
    assert not clashed & {c.id for c in collapses}
    first = [c for c in by_id.values() if c.property == "occurrence" and c.value == "1"]
    assert not clashed & {c.id for c in first}
