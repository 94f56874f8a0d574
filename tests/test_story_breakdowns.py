"""Invented tolls told with a breakdown (no real event: the towns, markets, schools and figures are
invented): "Thirty people – among them 12 children – died", "(12 of them children)", "killed 19,
including five nursing students", "توفي ثلاثون شخصا – بينهم 12 طفلا –". The figure before an aside in
dashes or parentheses takes the cue after the aside (it is the toll), the aside's figures count a part
of it by their own noun, and a part introduced by an inclusion cue counts what its group's figure counts.
Distractors: a part never clashes with the whole, nor with another source's whole; a share restated in
parentheses ("(up from 3.2%)") still reads the words before it."""
import datetime as dt

import pytest

from factcheck.extract import asides
from factcheck.lang import lexicon as lx
from story_support import analyze, clashing_values

DAY = dt.date(2026, 2, 9)

BLAZE = (
    ("m1", "en", """Fire guts Orvin covered market

By Tal Meris | Home | 9 February 2026 | Share

ORVIN - Thirty people – among them 12 children – died in the blaze at the Orvin covered market on Monday, the fire service said.

Read more: Orvin mayor orders safety checks
"""),
    ("m2", "en", """Orvin market fire toll rises

At least 34 people died in the blaze at the Orvin covered market on Monday, hospital officials said. Fifteen children were among those who died in the fire, they said.
"""),
    ("m3", "en", """Orvin mourns

Thirty people (12 of them children) died when fire swept through the Orvin covered market on Monday, the mayor said.
"""),
)


def _figures(rep, by_id, article):
    return {(c.value, c.subject, next((s.text for s in c.signals if s.field == "measure"), None))
            for c in rep.claims if c.article == article and c.property.startswith("quantity:")}


@pytest.fixture(scope="module")
def blaze():
    return analyze(BLAZE, DAY)


def test_the_figure_before_a_dash_aside_takes_the_cue_after_it(blaze):
    rep, by_id = blaze
    assert ("30", None, "dead") in _figures(rep, by_id, "m1")
    assert ("12", "children", "dead") in _figures(rep, by_id, "m1")


def test_a_part_in_parentheses_counts_its_own_noun(blaze):
    rep, by_id = blaze
    assert ("12", "children", "dead") in _figures(rep, by_id, "m3")


def test_the_tolls_clash_and_the_parts_stay_out_of_that_clash(blaze):
    rep, by_id = blaze
    clashes = clashing_values(rep, by_id)
    assert ["30", "34"] in clashes
    assert not [c for c in clashes if "12" in c and "34" in c]


CAMPUS = (
    ("n1", "en", """Coach crash near Brellin kills students

BRELLIN - Police said 19 people died when a coach left the road near Brellin on Thursday, including five nursing students.
"""),
    ("n2", "en", """Brellin crash: college mourns

The nursing college said at least six nursing students were killed in the coach crash near Brellin on Thursday.
"""),
)


def test_a_part_after_including_counts_what_its_group_counts():
    rep, by_id = analyze(CAMPUS, DAY)
    assert ("5", "nursing", "dead") in _figures(rep, by_id, "n1")
    assert ["5", "6"] in clashing_values(rep, by_id)
    assert not [c for c in clashing_values(rep, by_id) if "19" in c]


SCHOOL = (
    ("s1", "ar", """حريق في مدرسة بلدة كيرام

كيرام - توفي ثلاثون شخصا – بينهم 12 طفلا – في الحريق الذي اندلع في مدرسة بلدة كيرام يوم الاثنين، بحسب الدفاع المدني.

اقرأ أيضا: وزير التعليم يزور كيرام
"""),
    ("s2", "ar", """ارتفاع حصيلة حريق كيرام

قتل 34 شخصا على الأقل في الحريق الذي اندلع في مدرسة بلدة كيرام يوم الاثنين، بينهم 15 طفلا، وفق مصادر طبية.
"""),
)


def test_arabic_breakdowns_read_like_english_ones():
    rep, by_id = analyze(SCHOOL, DAY)
    figs = _figures(rep, by_id, "s1")
    assert ("30", None, "dead") in figs
    assert any(v == "12" and m == "dead" and s for v, s, m in figs)
    clashes = clashing_values(rep, by_id)
    assert ["30", "34"] in clashes
    assert ["12", "15"] in clashes
    assert not [c for c in clashes if "12" in c and ("30" in c or "34" in c)]


@pytest.mark.parametrize("text", [
    "توفي 7 أشخاص في الحريق يوم الاثنين.",
    "وقالت الشرطة إن 7 أشخاص توفوا في الحريق يوم الاثنين.",
    "وقالت الشرطة إن 7 أشخاص ماتوا في الحريق يوم الاثنين.",
    "وقالت الشرطة إن الحريق أودى بحياة 7 أشخاص يوم الاثنين.",
    "وقالت الشرطة إن 7 أشخاص فارقوا الحياة في الحريق يوم الاثنين.",
])
def test_arabic_verbs_of_dying_name_the_dead(text):
    rep, by_id = analyze([("d", "ar", text)], DAY)
    assert ("7", None, "dead") in {(v, None, m) for v, _, m in _figures(rep, by_id, "d")}


def test_a_share_restated_in_parentheses_keeps_the_words_before_it():
    rep, by_id = analyze([("v", "en", "Dalen won 9.5 percent of the votes (up from 3.2 percent) in the final count.")], DAY)
    share = next(c for c in rep.claims if c.value == "3.2%")
    assert "vot" in share.keywords


# (text, the figure's first and last word, the aside as written, or None)
ASIDES = [
    ("Thirty people – among them 12 children – died", "Thirty", "among them 12 children"),
    ("Thirty people (12 of them children) died", "Thirty", "12 of them children"),
    ("Thirty nursing students — five undergraduates and one lecturer — lost their lives", "Thirty",
     "five undergraduates and one lecturer"),
    ("ثلاثون شخصا – بينهم 12 طفلا – لقوا حتفهم", "ثلاثون", "بينهم 12 طفلا"),
    ("The score was 2 – 1 at half-time – a shock", "2", None),        # a dash right after a number
    ("Thirty people died – 12 of them children", "Thirty", None),     # not closed before the clause ends
    ("Thirty people, among them 12 children, died", "Thirty", "among them 12 children"),
    ("Thirty people, 12 of them children, died", "Thirty", "12 of them children"),
    ("Thirty people, the police said, died", "Thirty", None),         # commas around no part
    ("The north-east town of 3,000 people (a port) was hit", "3,000", "a port"),
]


@pytest.mark.parametrize("text,figure,aside", ASIDES)
def test_asides_after_a_figure(text, figure, aside):
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    toks = lx.tokenize(text, lang)
    start = text.index(figure)
    at = lx.covered(toks, start, start + len(figure))
    got = asides.after_figure(text, toks, at[-1], lang)
    assert (None if got is None else text[toks[got[0]].start:toks[got[1] - 1].end]) == aside


COMMAS = (
    ("c1", "en", """Ferry fire off Kalvo

Forty people, including nine children, died when fire broke out on a ferry off Kalvo on Sunday, the coast guard said.
"""),
    ("c2", "en", """Kalvo ferry fire

At least 44 people died in the fire on the ferry off Kalvo on Sunday, officials said.
"""),
)


def test_a_part_set_off_by_commas_leaves_its_group_the_predicate():
    rep, by_id = analyze(COMMAS, DAY)
    assert ("40", None, "dead") in {(v, None, m) for v, _, m in _figures(rep, by_id, "c1")}
    clashes = clashing_values(rep, by_id)
    assert ["40", "44"] in clashes
    assert not [c for c in clashes if "9" in c]


# (sentence, figure, the measure its claim carries)
GROUPED = [
    ("Forty passengers died in the fire on the ferry off Kalvo on Sunday.", "40", "dead"),
    ("Some 300 passengers were rescued from the ferry off Kalvo on Sunday.", "300", "rescued"),
    ("The ferry had 300 passengers on board when it left Kalvo.", "300", "passengers"),
    ("The plane carrying 242 passengers crashed near Kalvo, killing 241.", "242", "passengers"),
    ("The plane carrying 242 passengers crashed near Kalvo, killing 241.", "241", "dead"),
]


@pytest.mark.parametrize("text,value,measure", GROUPED)
def test_passengers_a_toll_counts_are_the_toll(text, value, measure):
    rep, by_id = analyze([("g", "en", text)], DAY)
    assert {m for v, _, m in _figures(rep, by_id, "g") if v == value} == {measure}


# (sentence, language, the figures whose claims carry the dead measure)
COORDINATED = [
    ("Four Dutch climbers and three Poles were among the dead, police in Tavor said.", "en", {"4", "3"}),
    ("وقالت الشرطة إن أربعة هولنديين وثلاثة بولنديين لقوا حتفهم في تافور.", "ar", {"4", "3"}),
    ("Four Dutch climbers were rescued and three Poles died in Tavor.", "en", {"3"}),
]


@pytest.mark.parametrize("text,lang,dead", COORDINATED)
def test_a_predicate_after_two_coordinated_figures_is_both_figures(text, lang, dead):
    rep, by_id = analyze([("k", lang, text)], DAY)
    assert {v for v, _, m in _figures(rep, by_id, "k") if m == "dead"} == dead
    assert not [s for _, s, _ in _figures(rep, by_id, "k") if s and "+" in s]
