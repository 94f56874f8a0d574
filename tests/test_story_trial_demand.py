"""An invented corruption verdict (no real trial: names, sums and terms invented), told by an English
wire, an English daily and two Arabic outlets with page furniture: the prison term (12 years in three
outlets, "jailed for 14 years" in one), the prosecutors' demand (15 years: "had sought a 15-year term",
"had asked for 15 years", "وكانت النيابة العامة قد طالبت بسجنه 15 عاما", "وطالب الادعاء بسجنه ١٥
عاما"), a co-defendant's suspended term, the fine and an earlier conviction's fine. The term is told
across an apposition ("sentenced X, the former director of ..., to 12 years"; "بسجن X، المدير السابق
لهيئة الميناء، لمدة ١٢ عاما"). The demand must never clash with the sentence; the term must be read
in every outlet and clash once, with its sides where they belong."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.kinds import duration, requested
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from story_support import analyze, story

DAY = dt.date(2026, 5, 14)
ROWS = [
    ('01_wire_en', 'en', 'World > Europe\n\nFormer port chief jailed for 12 years in Porto bribery trial\n\nPublished 14 May 2026\n\nPORTO, May 14 (NPA) - A court in Porto on Thursday sentenced Duarte Moniz, the former director of the Porto port authority, to 12 years in prison after finding him guilty of taking bribes from shipping firms.\n\nThe criminal court also fined the 58-year-old 3.5 million euros.\n\nMoniz was found guilty on seven of 10 counts, including bribery and money laundering, and acquitted on the remaining three.\n\nProsecutors had sought a 15-year term.\n\nHis former deputy, Ines Barreto, received a suspended sentence of two years.\n\nPresiding judge Carla Meireles said Moniz had "betrayed the trust of the public".\n\nHis lawyer said he would appeal the verdict. The appeals court is expected to hear the case on September 22.\n\nMoniz was convicted of tax fraud in 2019 and fined 40,000 euros.\n\nShare this article\n'),
    ('02_daily_en', 'en', "Home > News > World\n\nEx-port boss gets 14 years for bribes\n\nBy a staff reporter\n\nDuarte Moniz, who ran Porto's port authority for a decade, was jailed for 14 years on Thursday in one of the country's biggest corruption cases.\n\nThe court convicted him on seven of ten charges and ordered him to pay a fine of €3.5 million.\n\nJudge Carla Meireles told the court that the 58-year-old had abused his office.\n\nSix defendants stood trial alongside him. His deputy Ines Barreto was given a two-year suspended sentence.\n\nProsecutors had asked for 15 years in prison.\n\nRead more: Porto port reforms stall\n\nMoniz, who denies wrongdoing, plans to appeal.\n"),
    ('03_sada_ar', 'ar', 'الرئيسية > عربي ودولي\n\nالسجن 12 عاما لمدير سابق لميناء بورتو بتهم فساد\n\nبورتو - (وكالات): حكمت محكمة الجنايات في بورتو، الخميس، بالسجن 12 عاما على المدير السابق لهيئة ميناء بورتو دوارتي مونيز، بعد إدانته بتلقي رشى من شركات شحن.\n\nكما فرضت المحكمة على مونيز (59 عاما) غرامة قدرها 3.5 ملايين يورو.\n\nوأدين مونيز بسبع تهم من أصل عشر، من بينها الرشوة وغسل الأموال.\n\nوكانت النيابة العامة قد طالبت بسجنه 15 عاما.\n\n\nوقضت المحكمة بسجن نائبته إينيس باريتو عامين مع وقف التنفيذ.\n\nويحاكم في القضية ثمانية متهمين.\n\nوقال محامي مونيز إن موكله سيستأنف الحكم.\n\nشارك هذا المقال\n'),
    ('04_khabar_ar', 'ar', 'أخبار العالم\n\nبورتو: سجن مدير الميناء السابق ١٢ عاما\n\nقضت محكمة في بورتو يوم الخميس بسجن دوارتي مونيز، المدير السابق لهيئة الميناء، لمدة ١٢ عاما بعد إدانته بالرشوة.\n\nوغرمته المحكمة ٣٫٥ مليون يورو.\n\nوطالب الادعاء بسجنه ١٥ عاما.\n\nوأدانت المحكمة مونيز بسبع من أصل عشر تهم.\n\nومن المقرر أن تنظر محكمة الاستئناف في القضية في 22 سبتمبر.\n\nاقرأ أيضا: إصلاحات الميناء تتعثر\n'),
]


def _report():
    rep, by_id = analyze(ROWS, DAY)
    return rep, by_id


def test_the_term_clashes_once_and_the_demand_never():
    rep, by_id = _report()
    clashes = [[sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in f.sides]
               for f in rep.findings if f.kind == "contradiction" and f.property != "statement"]
    assert clashes == [[[("01_wire_en", "P12Y"), ("03_sada_ar", "P12Y"), ("04_khabar_ar", "P12Y")],
                        [("02_daily_en", "P14Y")]]]


def test_nothing_else_clashes():
    rep, _ = _report()
    assert [f.property for f in rep.findings if f.kind == "contradiction"] == ["duration"]


def test_the_demand_is_read_as_requested_in_every_outlet():
    _, by_id = _report()
    demands = sorted(c.article for c in by_id.values() if c.property == "duration" and c.value == "P15Y")
    assert demands == ["01_wire_en", "02_daily_en", "03_sada_ar", "04_khabar_ar"]
    assert all(requested.requested(c) for c in by_id.values() if c.property == "duration" and c.value == "P15Y")
    assert not any(requested.requested(c) for c in by_id.values() if c.value in ("P12Y", "P14Y"))


def test_the_fines_of_the_verdict_agree_and_the_old_fine_stands_apart():
    rep, by_id = _report()
    agreed = [sorted(by_id[c].article for c in f.claims) for f in rep.findings
              if f.kind == "agreement" and f.property == "quantity:money:EUR"]
    assert agreed == [["01_wire_en", "02_daily_en", "03_sada_ar", "04_khabar_ar"]]


# one row per pair of sentences: a sentence handed down and a demand (or a figure asked for) in
# another outlet -> no clash; the demands themselves still clash with each other
@pytest.mark.parametrize("a, b", [
    ("The court jailed Ana Ruiz for nine years. Prosecutors had sought 13 years.",
     "Ana Ruiz was sentenced to nine years in prison."),
    ("A court sentenced Ana Ruiz to nine years in prison.",
     "Prosecutors had demanded that she be sentenced to 13 years."),
    ("The court fined the firm $2 million.", "The regulator had asked for a fine of $5 million."),
    ("The court fined the firm $2 million.", "The firm was fined $2 million, below the $5 million requested by the regulator."),
    ("قضت المحكمة بسجن آنا رويث تسع سنوات.", "وطالبت النيابة العامة بسجنها 13 عاما."),
    ("قضت المحكمة بسجن آنا رويث تسع سنوات.", "والتمس الادعاء سجنها 13 عاما."),
    ("A court jailed Ana Ruiz for nine years.", "وكان الادعاء قد طلب سجنها 13 عاما."),
])
def test_a_demand_never_clashes_with_what_was_given(a, b):
    rep = story(a, b)
    assert not [f for f in rep.findings if f.kind == "contradiction"]


def test_two_demands_still_clash():
    rep = story("Prosecutors had asked for Ana Ruiz to be jailed for 13 years.",
                "Prosecutors had asked for Ana Ruiz to be jailed for 16 years.")
    assert "duration" in [f.property for f in rep.findings if f.kind == "contradiction"]


# one row per phrase -> the request verb that governs the figure (None: the figure is no request)
@pytest.mark.parametrize("text, lang, figure, verb", [
    ("Prosecutors had sought 13 years.", "en", "13 years", "sought"),
    ("Prosecutors had asked for a 13-year term.", "en", "13-year", "asked for"),
    ("the 13 years sought by prosecutors", "en", "13 years", "sought"),
    ("the 13 years prosecutors had requested", "en", "13 years", "requested"),
    ("Prosecutors had demanded that she be jailed for 13 years.", "en", "13 years", "demanded"),
    ("The court jailed her for nine years.", "en", "nine years", None),
    ("She sought asylum in 2019 and was jailed for nine years.", "en", "nine years", None),
    ("وطالبت النيابة بسجنها 13 عاما", "ar", "13 عاما", "طالبت"),
    ("والتمس الادعاء سجنها 13 عاما", "ar", "13 عاما", "التمس"),
    ("قضت المحكمة بسجنها تسع سنوات", "ar", "تسع سنوات", None),
])
def test_a_request_verb_governs_the_figure_near_it(text, lang, figure, verb):
    toks = lx.tokenize(text, lang)
    vals = values.find_values(text, lang)
    start = text.index(figure)
    v = next(u for u in vals if u.start <= start < u.end)
    sig = requested.governing(toks, lx.covered(toks, v.start, v.end),
                              [lx.covered(toks, u.start, u.end) for u in vals], lang)
    assert (sig.text if sig else None) == verb


# one row per sentence: a penalty told across an apposition -> the measure it is read as
@pytest.mark.parametrize("text, lang, figure, measure", [
    ("The court sentenced Ana Ruiz, the former mayor of the town, to nine years in prison.", "en", "nine years", "prison_term"),
    ("The court sentenced Ana Ruiz, 61, to nine years in prison.", "en", "nine years", "prison_term"),
    ("The court jailed Ana Ruiz, a former mayor, for nine years.", "en", "nine years", "prison_term"),
    ("قضت المحكمة بسجن آنا رويث، رئيسة البلدية السابقة، لمدة تسع سنوات.", "ar", "تسع سنوات", "prison_term"),
    ("Ana Ruiz, the former mayor, said the trial lasted nine years.", "en", "nine years", None),
    ("The court, in a crowded room, heard evidence for nine years.", "en", "nine years", None),
])
def test_a_penalty_is_read_across_an_apposition(text, lang, figure, measure):
    toks = lx.tokenize(text, lang)
    v = next(u for u in values.find_values(text, lang) if u.start <= text.index(figure) < u.end)
    sig = duration.held_past_apposition(text, toks, v, lang)
    assert (sig.text if sig else None) == measure


def test_a_story_with_the_term_after_an_apposition_clashes():
    rep = story("The court sentenced Ana Ruiz, the former mayor of Lagos, to nine years in prison.",
                "Ana Ruiz was jailed for 11 years on Tuesday.")
    assert [f.property for f in rep.findings if f.kind == "contradiction"] == ["duration"]


# one row per story: a co-defendant's term, later in its article than the main one's, in words that
# name no person the tool knows -> only the main terms clash
@pytest.mark.parametrize("a, b", [
    ("قضت المحكمة بسجن آنا رويث تسع سنوات. وقضت المحكمة بسجن نائبتها لوسيا مارين عامين.",
     "قضت المحكمة بسجن آنا رويث 11 عاما."),
    ("The court jailed Ana Ruiz for nine years. Her aide Lucia Marin was jailed for two years.",
     "The court jailed Ana Ruiz for 11 years."),
    ("Ana Ruiz was sentenced to nine years in prison. Lucia Marin, who kept the accounts, got two years.",
     "Ana Ruiz was sentenced to 11 years in prison."),
])
def test_a_co_defendants_later_term_is_another_persons(a, b):
    rep = story(a, b, day=DAY)
    sides = [sorted(s.value for s in f.sides) for f in rep.findings if f.kind == "contradiction"]
    assert sides == [["P11Y", "P9Y"]]


def test_an_earlier_conviction_still_leaves_the_term_compared():
    rep = story("Ana Ruiz was convicted of fraud in 2017 and jailed for two years. "
                "On Tuesday the court jailed her for nine years.", "The court jailed Ana Ruiz for 11 years on Tuesday.",
                day=DAY)
    sides = [sorted(s.value for s in f.sides) for f in rep.findings if f.kind == "contradiction"]
    assert sides == [["P11Y", "P9Y"]]


@settings(max_examples=8, deadline=None)
@given(given_years=st.integers(min_value=1, max_value=40), sought_years=st.integers(min_value=1, max_value=40))
def test_whatever_the_terms_a_demand_never_clashes_with_the_sentence(given_years, sought_years):
    rep = story(f"The court jailed Ana Ruiz for {given_years} years. Prosecutors had sought {sought_years} years.",
                f"Ana Ruiz was sentenced to {given_years} years in prison. "
                f"وطالبت النيابة بسجنها {sought_years} عاما.")
    assert not [f for f in rep.findings if f.kind == "contradiction"]


@settings(max_examples=30, deadline=None)
@given(n=st.integers(min_value=2, max_value=90), m=st.integers(min_value=2, max_value=90))
def test_a_request_verb_never_reaches_past_another_figure(n, m):
    text = f"Prosecutors had sought {n} years and the court gave {m} years."
    toks = lx.tokenize(text, "en")
    vals = values.find_values(text, "en")
    spans = [lx.covered(toks, u.start, u.end) for u in vals]
    assert len(spans) == 2
    assert requested.governing(toks, spans[0], spans, "en") is not None
    assert requested.governing(toks, spans[1], spans, "en") is None
