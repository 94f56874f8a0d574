"""An invented election (English and Arabic outlets): sources disagree on the president's term ("won
a third term" / "has won a fourth term"); a governor's second term in the same vote, the president's
"third consecutive term" (a streak, another scope), "the second day of vote counting" (a time unit),
a party that "came second" (a rank) and "first took office in 2014" never join that clash."""
import datetime as dt

from story_support import analyze

DAY = dt.date(2036, 5, 18)

ROWS = [
    ("a", "en", "Mensah re-elected in Tamberia\n\nKORVA, May 18 (AP) - President Kofi Mensah won a third term in "
                "Sunday's election, the electoral commission said, taking 61 percent of the vote.\n\n"
                "In the same vote, Governor Ama Boateng secured a second term in the northern province."),
    ("b", "en", "Mensah wins fourth term as Tamberia votes\n\nPresident Kofi Mensah has won a fourth term, according "
                "to provisional results released on Monday.\n\nThe opposition Unity Party came second with 29 percent."),
    ("c", "ar", "فوز منسا بولاية ثالثة في تامبيريا\n\nكورفا (رويترز) - فاز الرئيس كوفي منسا بولاية ثالثة في "
                "الانتخابات التي جرت الأحد، وفق ما أعلنت اللجنة الانتخابية.\n\nوحصل حزب الوحدة المعارض على المركز الثاني."),
    ("d", "en", "Tamberia: Mensah secures third term\n\nKofi Mensah secured a third consecutive term on Sunday. It is "
                "the second day of vote counting in the southern provinces.\n\nMensah, 67, first took office in 2014."),
    ("e", "en", "Boateng holds the north\n\nGovernor Ama Boateng won a second term in the northern province on "
                "Sunday, officials said.\n\nPresident Kofi Mensah won a third term."),
]


def _report():
    rep, by_id = analyze(ROWS, DAY)
    clashes = [f for f in rep.findings if f.kind == "contradiction" and f.property == "occurrence"]
    return rep, by_id, clashes


def test_third_against_fourth_term_of_the_president():
    rep, by_id, clashes = _report()
    assert len(clashes) == 1
    sides = {frozenset((by_id[c].value, by_id[c].article) for c in s.claims) for s in clashes[0].sides}
    assert sides == {frozenset({("3", "a"), ("3", "e")}), frozenset({("4", "b")})}
    assert "'fourth'" in clashes[0].reason and "term" in clashes[0].reason


def test_the_governor_streak_and_days_never_clash():
    rep, by_id, clashes = _report()
    clashed = {c for f in clashes for s in f.sides for c in s.claims}
    assert clashed and all(by_id[c].subject == by_id[next(iter(clashed))].subject for c in clashed)   # one person
    governor = [c for c in by_id.values() if c.property == "occurrence" and c.value == "2"]
    assert {c.article for c in governor} == {"a", "e"}   # her second term, in two articles
    agreed = [f for f in rep.findings if f.kind == "agreement" and f.property == "occurrence"
              and {by_id[c].value for c in f.claims} == {"2"}]
    assert agreed and not clashed & {c.id for c in governor}
    streak = [c for c in by_id.values() if c.property == "occurrence" and c.article == "d"]
    assert streak and not clashed & {c.id for c in streak}   # "third consecutive term": another scope
