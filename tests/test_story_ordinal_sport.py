"""Invented sport stories (English and Arabic outlets) whose sources disagree on which occurrence the
winner is at: "in only his third marathon" / "his second career marathon" / "في ثالث ماراثون يخوضه"
(one loanword across scripts), "her fourth career title" / "her fifth career title" / "رابع لقب في
مسيرتها" (the nouns' cosine). Ranks ("finished second", "حل ثانيا"), a streak ("his second straight
win") and counts of other nouns ("her third final of the year") never join the clash."""
import datetime as dt

from story_support import analyze

DAY = dt.date(2036, 10, 11)

MARATHON = [
    ("a", "en", "Varga storms to Porto victory\n\nPORTO, Oct 11 (Reuters) - Hungarian Tomas Varga won the Porto "
                "Marathon on Sunday in only his third marathon, crossing the line in 2:06:41.\n\n"
                "The 24-year-old finished second in Seville in February."),
    ("b", "en", "Varga wins in Porto\n\nTomas Varga won the Porto Marathon on Sunday, in just his second career "
                "marathon.\n\nKenya's Paul Kiprono came second. It was the race's 20th edition."),
    ("c", "ar", "المجري فارغا يفوز بماراثون بورتو\n\nبورتو (أ ف ب) - فاز المجري توماس فارغا بماراثون بورتو يوم "
                "الأحد في ثالث ماراثون يخوضه في مسيرته.\n\nوحل الكيني بول كيبرونو ثانيا."),
    ("d", "en", "Porto Marathon: Varga delivers again\n\nTomas Varga won on Sunday for his second straight win over "
                "the distance, after his victory in Seville.\n\nRead more: Results"),
]

TENNIS = [
    ("a", "en", "Okafor lifts Rotterdam crown\n\nROTTERDAM, March 8 (Reuters) - Nadia Okafor won the Rotterdam Open on "
                "Sunday, claiming her fourth career title with a 6-3 6-4 win over Lena Marsh.\n\n"
                "It was her second straight win over the Briton this season. Marsh had reached the final for the "
                "first time."),
    ("b", "en", "Okafor too strong for Marsh in Rotterdam final\n\nNadia Okafor beat Lena Marsh 6-3 6-4 to take the "
                "Rotterdam Open title, her fifth career title.\n\nAdvertisement\n\nOkafor, who finished second in "
                "Dubai last month, has now won three matches in a row against Marsh."),
    ("c", "ar", "أوكافور تتوج بلقب روتردام\n\nروتردام (أ ف ب) - توجت النيجيرية نادية أوكافور بلقب بطولة روتردام "
                "المفتوحة للتنس يوم الأحد، وهو رابع لقب في مسيرتها، بفوزها على البريطانية لينا مارش 6-3 و6-4.\n\n"
                "وكانت أوكافور قد حلت ثانية في دبي الشهر الماضي."),
    ("d", "en", "Okafor wins again\n\nNadia Okafor won the Rotterdam Open on Sunday. It was only her second "
                "tournament since returning from a knee injury, and her third final of the year."),
]


def _occurrence_clashes(rows):
    """Per occurrence contradiction, its sides as sets of (value, article); the report; its claims."""
    rep, by_id = analyze(rows, DAY)
    return [{frozenset((by_id[c].value, by_id[c].article) for c in s.claims) for s in f.sides}
            for f in rep.findings if f.kind == "contradiction" and f.property == "occurrence"], rep, by_id


def test_marathon_third_against_second_across_scripts():
    clashes, rep, by_id = _occurrence_clashes(MARATHON)
    # the Arabic "ثالث ماراثون" joins the English "third marathon": one loanword across scripts
    assert clashes == [{frozenset({("2", "b")}), frozenset({("3", "a"), ("3", "c")})}]
    f = next(f for f in rep.findings if f.kind == "contradiction" and f.property == "occurrence")
    assert "'third'" in f.reason and "'second'" in f.reason   # the ordinals as written


def test_marathon_rank_and_streak_stay_apart():
    clashes, rep, by_id = _occurrence_clashes(MARATHON)
    in_clash = {c for f in rep.findings if f.kind == "contradiction" for s in f.sides for c in s.claims}
    assert not any(by_id[c].property == "occurrence" and by_id[c].article == "d" for c in in_clash)


def test_tennis_fourth_against_fifth_title():
    clashes, rep, by_id = _occurrence_clashes(TENNIS)
    # "رابع لقب في مسيرتها" joins "her fourth career title" (title / لقب: the nouns' cosine)
    assert clashes == [{frozenset({("4", "a"), ("4", "c")}), frozenset({("5", "b")})}]


def test_tennis_other_counts_never_clash():
    clashes, rep, by_id = _occurrence_clashes(TENNIS)
    values = {v for c in clashes for s in c for v, _ in s}
    assert values == {"4", "5"}   # not the straight win, the tournament or the final of the year
