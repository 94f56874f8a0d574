"""Invented match stories whose outlets disagree on which round of a series the match was ("the
second round of the group stage" / "the third round"; "الجولة الثانية" / "الجولة الثالثة"): the round
clashes, and the other facts of the clause that numbers it (the score, the venue) still agree with
the outlets that number it otherwise. An article naming two rounds keeps them apart."""
import datetime as dt

from story_support import analyze

DAY = dt.date(2033, 6, 15)

FOOTBALL = [
    ("a", "en", "Orvan stun Keldor\n\nOrvan beat Keldor 3-1 on Tuesday in the second round of the group stage at "
                "the Marrow Arena.\n\nShare this article"),
    ("b", "en", "Orvan too strong for Keldor\n\nOrvan beat Keldor 3-1 in the third round of the group stage on "
                "Tuesday, at the Marrow Arena.\n\nRead more: Fixtures"),
    ("c", "en", "Keldor fall to Orvan\n\nOrvan defeated Keldor 3-1 on Tuesday at the Marrow Arena in the second "
                "round of the group stage.\n\nKeldor now sit bottom of the group."),
]

ARABIC = [
    ("a", "ar", "فوز ثمين لفريق النسور\n\nحقق فريق النسور فوزا ثمينا على فريق الصقور بنتيجة 4-2 في الجولة الثانية "
                "من الدوري يوم الثلاثاء.\n\nشارك الخبر"),
    ("b", "ar", "النسور يتخطى الصقور\n\nتغلب فريق النسور على فريق الصقور بنتيجة 4-2 في الجولة الثالثة من الدوري يوم "
                "الثلاثاء.\n\nاقرأ أيضا"),
    ("c", "ar", "الصقور يخسر أمام النسور\n\nخسر فريق الصقور أمام فريق النسور بنتيجة 4-2 في الجولة الثانية من "
                "الدوري.\n\nويتذيل الصقور الترتيب."),
]


def _report(rows):
    rep, by_id = analyze(rows, DAY)
    return rep, by_id


def _clash(rep, by_id, prop):
    return [sorted({by_id[c].article for c in f.claims}) for f in rep.findings
            if f.kind == "contradiction" and f.property == prop]


def _agreeing(rep, by_id, prop):
    return [sorted({by_id[c].article for c in f.claims}) for f in rep.findings
            if f.kind == "agreement" and f.property == prop]


def test_a_disputed_round_clashes_and_the_score_still_agrees_english():
    rep, by_id = _report(FOOTBALL)
    assert _clash(rep, by_id, "round") == [["a", "b", "c"]]
    assert _agreeing(rep, by_id, "score") == [["a", "b", "c"]]
    assert not _clash(rep, by_id, "score")


def test_a_disputed_round_clashes_and_the_score_still_agrees_arabic():
    rep, by_id = _report(ARABIC)
    assert _clash(rep, by_id, "round") == [["a", "b", "c"]]
    assert _agreeing(rep, by_id, "score") == [["a", "b", "c"]]


def test_two_rounds_in_one_article_stay_apart():
    # an article that recounts the earlier round's match keeps its score apart from this one's
    rows = [
        ("a", "en", "Orvan beat Keldor 3-1 on Tuesday in the second round of the group stage.\n\n"
                    "In the first round of the group stage, Orvan beat Saltz 2-0."),
        ("b", "en", "Orvan defeated Keldor 3-1 in the second round of the group stage on Tuesday."),
        ("c", "en", "Orvan won 2-0 against Saltz in the first round of the group stage last week, then beat "
                    "Keldor on Tuesday."),
    ]
    rep, by_id = _report(rows)
    assert not _clash(rep, by_id, "score")
    assert not _clash(rep, by_id, "round")


def test_renumbered_is_only_a_difference_of_ordinals():
    from factcheck.extract.events import EventRef, renumbered
    two, three = EventRef(ordinal="2"), EventRef(ordinal="3")
    assert renumbered(two, three) and renumbered(three, two)
    assert not renumbered(two, two)
    assert not renumbered(two, EventRef())                                   # no ordinal on one side
    assert not renumbered(EventRef(ordinal="2", relation="prior"), three)    # another occurrence anyway
    assert not renumbered(EventRef(ordinal="2", date="2033-06-14"), EventRef(ordinal="3", date="2033-06-21"))
    assert not renumbered(two, three, ignore="round")                        # the round itself is compared


def test_a_round_on_a_weekday_is_no_period_count():
    # "من الدوري يوم الثلاثاء": the day word opens a date, not a period the ordinal counts over
    rep, by_id = _report([("a", "ar", "تغلب فريق النسور على فريق الصقور بنتيجة 4-2 في الجولة الثانية من الدوري "
                                      "يوم الثلاثاء.")])
    assert [(c.property, c.value) for c in rep.claims if c.property == "round"] == [("round", "2")]
