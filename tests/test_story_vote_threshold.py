"""Invented parliamentary and presidential elections (names, seats, shares and dates of no real
story), told in English and Arabic: seats told as a part of the whole ("won 104 of the 250 seats")
against seats told alone; the seats or the share a party needs (a requirement, never a result); the
results a commission announced on Monday are not a vote held on Monday; a preliminary share and a
later final one (an update); one candidate's share in two languages."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.extract import event_dates
from factcheck.kinds import provisional, quantity_read, required
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from story_support import analyze, clashing_values, story

DAY = dt.date(2031, 10, 13)

# A parliamentary election in Varnesia: four outlets, two languages, page furniture.
ASSEMBLY = [
    ("01_en", "en", "Home > World > Europe\n\nCivic Union wins most seats in Varnesia election but falls short of "
                    "majority\n\nBy Marta Ilic\n\nTREVAN, Oct 13 (VNA) - Varnesia's Civic Union won 104 of the 250 "
                    "seats in the national assembly in Sunday's parliamentary election, preliminary results "
                    "released on Monday showed.\n\nThe party took 38.6 percent of the vote, the central election "
                    "commission said. The Green Front came second with 71 seats and 27.4 percent.\n\nA party needs "
                    "126 seats for a majority in the assembly.\n\nTurnout was 61.3 percent among 8.2 million "
                    "registered voters. Voting took place at 4,300 polling stations.\n\nThe Green Front lost 12 "
                    "seats compared with the last election. In 2027 the Civic Union won 92 seats.\n\nShare this "
                    "article\n\nRead more: Who is Varnesia's likely next prime minister?\n"),
    ("02_en", "en", "Varnesia vote: Civic Union ahead, coalition talks loom\n\nThe Civic Union took 107 seats in the "
                    "250-member assembly, with 36.8% of the vote, according to preliminary figures.\n\nThe Green "
                    "Front, which now holds 71 seats, won 27.4% and finished 11.2 points behind the winner.\n\n"
                    "Turnout stood at 63.1%, the commission said, with ballots cast at 4,800 polling stations across "
                    "the country.\n\nThe Civic Union is 19 seats short of the 126 needed to govern alone.\n\n"
                    "Advertisement\n"),
    ("03_ar", "ar", "الرئيسية | أخبار العالم\n\nالاتحاد المدني يتصدر الانتخابات البرلمانية في فارنيسيا\n\nتريفان "
                    "(وكالات) - أعلنت اللجنة المركزية في فارنيسيا مساء الاثنين النتائج الأولية للانتخابات "
                    "البرلمانية التي جرت يوم الأحد.\n\nوحصل حزب الاتحاد المدني على 104 مقاعد من أصل 250 مقعدا في "
                    "الجمعية الوطنية، وعلى 38.6 في المئة من الأصوات، فيما حلت الجبهة الخضراء ثانية بـ71 مقعدا.\n\n"
                    "وبلغت نسبة المشاركة 61.3 في المئة، وفق اللجنة.\n\nويحتاج أي حزب إلى 126 مقعدا للحصول على "
                    "الأغلبية المطلقة.\n\nاقرأ أيضا: من هو رئيس الوزراء المقبل؟\n"),
    ("04_en", "en", "Civic Union falls short\n\nThe Civic Union won 104 seats in Sunday's election, short of the 126 "
                    "required for a majority, the commission said on Monday.\n"),
]


def test_the_planted_clashes_of_the_assembly_vote_and_no_other_figure():
    rep, by_id = analyze(ASSEMBLY, DAY)
    assert sorted(clashing_values(rep, by_id)) == [
        ["104", "107"],         # the winner's seats: "won 104 of the 250 seats" / "took 107 seats in the 250-member"
        ["36.8%", "38.6%"],     # the winner's share
        ["4300", "4800"],       # polling stations
        ["61.3%", "63.1%"],     # turnout
    ]
    seats = next(f for f in rep.findings if f.kind == "contradiction" and
                 {by_id[c].value for c in f.claims} == {"104", "107"})
    sides = sorted(sorted(by_id[c].article for c in s.claims) for s in seats.sides)
    assert sides == [["01_en", "03_ar", "04_en"], ["02_en"]]


def test_the_seats_needed_agree_and_never_meet_the_seats_won():
    rep, by_id = analyze(ASSEMBLY, DAY)
    needed = [f for f in rep.findings if f.kind == "agreement" and {by_id[c].value for c in f.claims} == {"126"}]
    assert len(needed) == 1 and {by_id[c].article for c in needed[0].claims} == {"01_en", "02_en", "03_ar", "04_en"}
    assert all(required.required(by_id[c]) for c in needed[0].claims)


@pytest.mark.xfail(reason="'اللجنة المركزية للانتخابات': an event noun naming the commission still dates the "
                          "announcement as the vote (not fixed: see the report)", strict=True)
def test_the_day_a_commission_named_after_the_election_announced_is_not_the_vote():
    rep = story("Voters in Varnesia went to the polls in Sunday's parliamentary election.",
                "أظهرت النتائج التي أعلنتها اللجنة المركزية للانتخابات في فارنيسيا يوم الاثنين فوز الاتحاد المدني.",
                day=DAY)
    assert [f for f in rep.findings if f.kind == "contradiction" and f.property == "date"] == []


# A presidential election in Ostria: preliminary results on Monday, final results on Wednesday.
PRESIDENT = [
    ("01_en", "en", "Varga leads Ostria presidential vote, run-off likely\n\nLENZ, Sept 1 (AP) - Former judge Elena "
                    "Varga won 47.3 percent of the vote in Sunday's presidential election in Ostria, provisional "
                    "results showed on Monday, short of the 50 percent needed to win outright.\n\nOpposition leader "
                    "Tomas Rieke took 31.9 percent.\n\nTurnout was 58 percent. A run-off between the two leaders "
                    "will be held on September 14.\n\nVarga won 41 percent in the first round of the 2027 "
                    "election.\n"),
    ("02_ar", "ar", "الرئيسية > سياسة\n\nفارغا تتصدر الدورة الأولى من الانتخابات الرئاسية في أوستريا\n\nلينز (أ ف ب) - "
                    "حصلت المرشحة إيلينا فارغا على 47.3 في المئة من الأصوات في الانتخابات الرئاسية التي جرت الأحد، "
                    "حسب النتائج الأولية.\n\nوحصل زعيم المعارضة توماس ريكه على 29.1 في المئة.\n\nوبلغت نسبة "
                    "المشاركة 58 في المئة.\n\nولم تحصل فارغا على نسبة 50 في المئة اللازمة للفوز من الدورة الأولى، "
                    "وستجرى جولة الإعادة في 14 سبتمبر.\n\nشارك هذا المقال\n"),
    ("03_en", "en", "Ostria confirms run-off as final results published\n\nFinal results published on Wednesday gave "
                    "Elena Varga 46.8 percent of the vote, the electoral commission said.\n\nMore than 4.1 million "
                    "votes were cast. The run-off will take place on September 14.\n"),
]
PRESIDENT_DAYS = {"01_en": dt.date(2032, 9, 1), "02_ar": dt.date(2032, 9, 1), "03_en": dt.date(2032, 9, 4)}


def test_one_candidate_share_clashes_across_languages_and_the_final_share_is_an_update():
    rep, by_id = analyze(PRESIDENT, dt.date(2032, 9, 1), PRESIDENT_DAYS)
    assert clashing_values(rep, by_id) == [["29.1%", "31.9%"]]   # Rieke's share, told in two languages
    updates = [f for f in rep.findings if f.kind == "update"]
    assert [[by_id[s.claims[0]].value for s in f.sides] for f in updates] == [["47.3%", "46.8%"]]
    needed = [c for c in by_id.values() if c.value == "50%"]
    assert len(needed) == 2 and all(required.required(c) for c in needed)


def test_a_preliminary_share_told_on_the_same_day_still_clashes():
    rep, by_id = analyze(PRESIDENT[:1] + [("04_en", "en", "Elena Varga won 45.1 percent of the vote in Sunday's "
                                                          "presidential election, preliminary results showed.")],
                         dt.date(2032, 9, 1))
    assert clashing_values(rep, by_id) == [["45.1%", "47.3%"]]


# one row per pair of clauses: a requirement never meets a result; two requirements are compared
@pytest.mark.parametrize("a, b, expected", [
    ("The Harbour Party won 97 seats in the vote.", "A party needs 121 seats for a majority in the vote.", []),
    ("The Harbour Party took 97 seats, short of the 121 needed to govern alone.",
     "The Harbour Party won 121 seats in the vote.", [["121", "97"]]),
    ("وحصل حزب المرفأ على 97 مقعدا في الانتخابات.", "ويحتاج أي حزب إلى 121 مقعدا لتشكيل الحكومة في الانتخابات.", []),
    ("A party needs 121 seats for a majority.", "A party needs 112 seats for a majority.", [["112", "121"]]),
    ("Dana Holm won 44 percent of the vote.", "Dana Holm fell short of the 50 percent required to avoid a run-off.", []),
])
def test_a_requirement_meets_only_requirements(a, b, expected):
    rep = story(a, b)
    cl = {c.id: c for c in rep.claims}
    assert sorted(sorted({cl[i].value for i in f.claims}) for f in rep.findings if f.kind == "contradiction") == expected


def _figure_tokens(text, lang, figure):
    toks = lx.tokenize(text, lang)
    vals = [v for v in values.find_values(text, lang) if v.kind in ("number", "percent")]
    v = next(v for v in vals if figure in text[v.start:v.end])
    spans = [lx.covered(toks, u.start, u.end) for u in vals]
    return toks, lx.covered(toks, v.start, v.end), spans


# one row per phrase -> does a word of necessity govern the figure?
@pytest.mark.parametrize("text, lang, figure, expected", [
    ("A party needs 151 seats for an outright majority.", "en", "151", "needs"),
    ("The party fell short of the 151 needed to govern alone.", "en", "151", "needed"),
    ("She is short of the 50 percent required to win outright.", "en", "50", "required"),
    ("A candidate needs more than 50 percent of the vote.", "en", "50", "needs"),
    ("Parties must clear a threshold of 5 percent.", "en", "5", "threshold"),
    ("12 people needed hospital treatment.", "en", "12", None),         # a verb: no definite figure before it
    ("Rescuers needed boats, and 40 people were injured.", "en", "40", None),   # past a clause mark
    ("The Renewal Party won 112 seats.", "en", "112", None),
    ("ويحتاج أي حزب إلى 151 مقعدا لتشكيل الحكومة.", "ar", "151", "يحتاج"),
    ("ولم تحصل على نسبة 50 في المئة اللازمة للفوز.", "ar", "50", "اللازمة"),
    ("وتحتاج الحكومة إلى ثقة 226 نائبا.", "ar", "226", "تحتاج"),
    ("وحصل حزب التجديد على 112 مقعدا.", "ar", "112", None),
])
def test_a_word_of_necessity_governs_the_figure(text, lang, figure, expected):
    toks, span, spans = _figure_tokens(text, lang, figure)
    sig = required.governing(text, toks, span, spans, lang)
    assert (sig.text if sig else None) == expected


# one row per clause -> the counted noun of a figure told as a part of a whole
@pytest.mark.parametrize("text, lang, figure, head", [
    ("The Civic Union won 104 of the 250 seats in the assembly.", "en", "104", "seat"),
    ("The crash killed 241 of the 242 people on board.", "en", "241", None),   # a generic noun names no group
    ("The Civic Union won 104 of the 250, officials said.", "en", "104", None),
    ("وحصل الحزب على 104 مقاعد من أصل 250 مقعدا.", "ar", "104", "مقاعد"),     # its own noun first
])
def test_a_part_counts_the_noun_of_its_whole(text, lang, figure, head):
    toks = lx.tokenize(text, lang)
    vals = values.find_values(text, lang)
    v = next(v for v in vals if text[v.start:v.end] == figure)
    taken = {k for u in vals if u.kind == "number" for k in lx.covered(toks, u.start, u.end)}
    q = quantity_read.frame(text, toks, v, lang, taken, [], lambda k: k)
    noun = next((s.text for s in q.signals if s.field == "measure"), None)
    assert noun == (None if head is None else lx.light_stem(head, lang))
    assert head is None or noun in q.signature


# one row per sentence -> the stage of a count its figures are
@pytest.mark.parametrize("text, lang, cue, stage", [
    ("Preliminary results showed the party on 38 percent.", "en", "preliminary", provisional.PROVISIONAL),
    ("According to partial results, she won 52 percent.", "en", "partial results", provisional.PROVISIONAL),
    ("Final results gave her 52 percent.", "en", "final results", provisional.FINAL),
    ("She won 52 percent, the commission said.", "en", None, None),
    ("وحصل الحزب على 38 في المئة حسب النتائج الأولية.", "ar", "النتائج الأولية", provisional.PROVISIONAL),
    ("وأظهرت النتائج النهائية حصولها على 52 في المئة.", "ar", "النتائج النهائية", provisional.FINAL),
    ("وفازت في الانتخابات الأولية بنسبة 52 في المئة.", "ar", None, None),   # a primary election, not a stage of a count
])
def test_the_stage_of_a_count_is_marked(text, lang, cue, stage):
    sig = provisional.cue(text, lang)
    assert (sig.text if sig else None) == cue
    assert (None if sig is None else (provisional.PROVISIONAL if provisional.PROVISIONAL in sig.rule else provisional.FINAL)) == stage


# one row per pair of stages (the earlier article first) -> is the later figure an update?
@pytest.mark.parametrize("early, late, update", [
    ("Preliminary results gave Dana Holm 44.2 percent of the vote.", "Final results gave Dana Holm 43.8 percent of the vote.", True),
    ("Preliminary results gave Dana Holm 44.2 percent of the vote.", "Partial results gave Dana Holm 43.8 percent of the vote.", True),
    ("Preliminary results gave Dana Holm 44.2 percent of the vote.", "Dana Holm won 43.8 percent of the vote.", False),
    ("Dana Holm won 44.2 percent of the vote.", "Final results gave Dana Holm 43.8 percent of the vote.", False),
])
def test_a_later_stage_of_a_count_updates_a_preliminary_one(early, late, update):
    rep, _ = analyze([("a", "en", early), ("b", "en", late)], dt.date(2032, 9, 1),
                     {"a": dt.date(2032, 9, 1), "b": dt.date(2032, 9, 3)})
    kinds = sorted(f.kind for f in rep.findings if f.kind in ("contradiction", "update"))
    assert kinds == (["update"] if update else ["contradiction"])


# one row per clause -> does its date belong to the event word (else it is the day of a report)?
@pytest.mark.parametrize("text, lang, date_word, dated", [
    ("أعلنت الهيئة مساء الإثنين النتائج الأولية للانتخابات التي جرت يوم الأحد.", "ar", "الإثنين", False),
    ("The board announced on Monday the results of the vote.", "en", "Monday", False),
    ("The board announced the results of Sunday's election.", "en", "Sunday", True),
    ("The board said the election was held on Sunday.", "en", "Sunday", True),
])
def test_a_date_between_a_reporting_verb_and_its_object_is_the_report(text, lang, date_word, dated):
    toks = lx.tokenize(text, lang)
    v = next(v for v in values.find_values(text, lang) if date_word in text[v.start:v.end])
    assert (event_dates.event_cue_of_date(toks, v, lang, text) is not None) == dated


@settings(max_examples=30, deadline=None)
@given(won=st.integers(min_value=10, max_value=400), needed=st.integers(min_value=10, max_value=400))
def test_seats_won_never_clash_with_seats_needed(won, needed):
    rep = story(f"The Harbour Party won {won} seats in the vote.",
                f"A party needs {needed} seats for a majority in the vote.")
    assert [f for f in rep.findings if f.kind == "contradiction"] == []


def test_the_other_candidates_are_not_all_the_candidates():
    rep, by_id = analyze(PRESIDENT + [("05_ar", "ar", "وتنافس في الانتخابات تسعة مرشحين. وحصلت فارغا على 47.3 في المئة "
                                                     "من الأصوات، فيما توزعت بقية الأصوات على سبعة مرشحين آخرين.")],
                         dt.date(2032, 9, 1), PRESIDENT_DAYS)
    candidates = [c for c in by_id.values() if c.value in ("9", "7") and c.property == "quantity:count"]
    assert {c.value for c in candidates} == {"9", "7"}
    clashed = {c for f in rep.findings if f.kind == "contradiction" for c in f.claims}
    assert not clashed & {c.id for c in candidates}


# one row per pair: a count of others (or more) against a count told without such a word
@pytest.mark.parametrize("a, b, clash", [
    ("Nine candidates stood in the presidential election.", "Seven other candidates stood in the presidential election.", False),
    ("Rescuers found 12 bodies in the river.", "Rescuers found 4 more bodies in the river.", False),
    ("Rescuers found 12 bodies in the river.", "Rescuers found another 4 bodies in the river.", False),
    ("وتنافس في الانتخابات تسعة مرشحين.", "وتنافس في الانتخابات سبعة مرشحين آخرين.", False),
    ("Nine candidates stood in the presidential election.", "Seven candidates stood in the presidential election.", True),
    ("Seven other candidates stood in the election.", "Five other candidates stood in the election.", True),
])
def test_a_count_of_others_is_a_part(a, b, clash):
    rep = story(a, b)
    assert any(f.kind == "contradiction" for f in rep.findings) == clash


# The lead's invented Morlanian election (texts as written): "won 118 of the 300 seats" against "took 112
# seats in the 300-member parliament" (the preliminary 118 is superseded by no later stage: a clash), and
# the 151 seats needed for a majority, which meet only each other.
MORLANIA = [
    ("01_ar", "ar", 'الرئيسية | سياسة\n\nحزب التجديد يتصدر الانتخابات التشريعية في مورلانيا\n\nأعلنت الهيئة العليا للانتخابات في مورلانيا مساء الإثنين النتائج الأولية للانتخابات التشريعية التي جرت يوم الأحد.\n\nوحصل حزب التجديد على 112 مقعدا من أصل 300 مقعد في البرلمان، فيما حل تحالف الأمل ثانيا بـ87 مقعدا.\n\nوبلغت نسبة المشاركة 52.4 في المئة، مقابل 47 في المئة في انتخابات عام 2029.\n\nوقال رئيس الهيئة كمال بوزيد إن النتائج النهائية ستعلن يوم 12 يونيو.\n\nويحتاج أي حزب إلى 151 مقعدا لتشكيل الحكومة منفردا.\n'),
    ("02_en", "en", "Renewal Party wins most seats in Morlanian vote\n\nBy Lena Ford\n\nMorlania's Renewal Party won 118 of the 300 seats in parliament in Sunday's legislative election, preliminary results showed on Monday.\n\nThe Hope Alliance came second with 87 seats.\n\nTurnout was 52.4%, up from 47% in 2029, the electoral commission said.\n\nFinal results are due on June 12. A party needs 151 seats for an outright majority.\n\nAdvertisement\n"),
    ("03_en", "en", "Morlania's Renewal Party falls short of majority\n\nThe Renewal Party took 112 seats in the 300-member parliament, short of the 151 needed to govern alone.\n\nTurnout stood at 54.2 per cent, according to the electoral commission, whose head Kamal Bouzid said final results would be announced on June 12.\n\nThe Hope Alliance won 87 seats.\n"),
]
MORLANIA_DAYS = {"01_ar": dt.date(2034, 6, 3), "02_en": dt.date(2034, 6, 3), "03_en": dt.date(2034, 6, 4)}


def test_the_seats_clash_and_the_seats_needed_never_do():
    rep, by_id = analyze(MORLANIA, dt.date(2034, 6, 3), MORLANIA_DAYS)
    assert sorted(clashing_values(rep, by_id)) == [["112", "118"], ["52.4%", "54.2%"]]
    assert [f for f in rep.findings if f.kind == "update"] == []
    needed = [f for f in rep.findings if f.kind == "agreement" and {by_id[c].value for c in f.claims} == {"151"}]
    assert len(needed) == 1 and {by_id[c].article for c in needed[0].claims} == {"01_ar", "02_en", "03_en"}
