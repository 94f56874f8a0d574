"""Figures a measure cue names (the dead, the missing, a population...) are quantities like every
other figure: ``quantity:<dimension>`` with their measure as a language-neutral counted noun. Tables
per language (phrase -> property, value, measure, precision), the judgement of measured figures
(totals and breakdowns, standing measures), a symmetry property, and an invented story whose tolls
rise between publication times."""
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.judge import compare
from factcheck import pipeline
from factcheck.extract.events import EventRef
from factcheck.kinds import quantity, quantity_traits
from factcheck.models import Article, Claim, Signal

FIRE = Path(__file__).resolve().parent / "invented_fire"
VALDIVIA = "city:3868707"
OPEN = None   # an open bound ("at least 45")


def _figures(text, lang):
    art = Article(id="a", path="a.txt", text=text, language=lang)
    return [c for c in pipeline.analyze([art]).claims if c.property.startswith("quantity:")]


# phrase -> property, value, measure, (low, high) in the dimension's base unit, subject
MEASURE_ROWS = [
    ("en", "At least 45 people were killed in the blaze, officials said.",
     "quantity:count", "45", "dead", (44.5, OPEN), None),
    ("en", "Rescuers said 12 fishermen were still missing after the storm.",
     "quantity:count", "12", "missing", (11.5, 12.5), "fishermen"),
    # "residents" may name a population, but gives way to the measure cue beside it
    ("en", "About 300 residents were injured in the explosion.",
     "quantity:count", "300", "injured", (270.0, 330.0), None),
    ("en", "More than 4,000 people were displaced by the flood.",
     "quantity:count", "4000", "displaced", (3999.5, OPEN), None),
    # a standing measure: its subject is the place the clause names
    ("en", "Valdivia, a city of around 166,000 inhabitants, was hit hardest.",
     "quantity:count", "166000", "population", (149400.0, 182600.0), VALDIVIA),
    ("en", "The tremor had a magnitude of 5.8, the agency said.",
     "quantity:count", "5.8", "magnitude", (5.75, 5.85), None),
    # a measure of another dimension: metres, whatever the unit written
    ("en", "The balloon reached an altitude of 2,000 feet before it fell.",
     "quantity:measure:m", "2000 ft", "height", (1999.5 * 0.3048, 2000.5 * 0.3048), None),
    ("en", "The ferry was carrying 310 passengers and crew when it sank.",
     "quantity:count", "310", "passengers", (309.5, 310.5), "passengers+crew"),
    ("en", "There were 310 people on board the ferry when it sank.",
     "quantity:count", "310", "passengers", (309.5, 310.5), None),
    # a cue of another dimension does not name the figure ("reached" is a height cue): the turnout does
    ("en", "Turnout reached 48 percent in the northern district.",
     "quantity:percent", "48%", "turnout", (47.5, 48.5), None),
    ("en", "The bridge reached 48 percent of its planned length.",
     "quantity:percent", "48%", None, (47.5, 48.5), None),
    ("ar", "بلغت نسبة المشاركة 48 في المئة في المنطقة الشمالية.",
     "quantity:percent", "48%", "turnout", (47.5, 48.5), None),
    ("ar", "لقي 45 شخصا مصرعهم في الحريق، بحسب المسؤولين.",
     "quantity:count", "45", "dead", (44.5, 45.5), None),
    ("ar", "وقال المنقذون إن 12 صيادا ما زالوا في عداد المفقودين بعد العاصفة.",
     "quantity:count", "12", "missing", (11.5, 12.5), "صيادا"),
    ("ar", "وأصيب نحو 300 آخرين بجروح في الانفجار.",
     "quantity:count", "300", "injured", (270.0, 330.0), None),
    ("ar", "وأسفر الفيضان عن تشريد أكثر من 4000 شخص.",
     "quantity:count", "4000", "displaced", (3999.5, OPEN), None),
    ("ar", "وتعد فالديفيا التي يقطنها نحو 166 ألف نسمة الأكثر تضررا.",
     "quantity:count", "166000", "population", (149400.0, 182600.0), VALDIVIA),
    ("ar", "ضرب زلزال بقوة 5.8 درجات المنطقة، بحسب الوكالة.",
     "quantity:count", "5.8", "magnitude", (5.75, 5.85), None),   # a property measure: "درجات" is no group
    # a measure verb in any finite form (tools/build_cue_forms.py), and a figure ending its clause
    # counts no group ("..., officials said")
    ("en", "The blast tore through the depot, killing 17 workers.",
     "quantity:count", "17", "dead", (16.5, 17.5), "workers"),
    ("en", "A landslide kills 9 in the hills above Pokhara.",
     "quantity:count", "9", "dead", (8.5, 9.5), None),
    ("en", "The storm swept the coast, injuring more than 150, police said.",
     "quantity:count", "150", "injured", (149.5, OPEN), None),
    ("en", "Troops were evacuating about 2,000 from the valley.",
     "quantity:count", "2000", "displaced", (1800.0, 2200.0), None),
    ("ar", "وأصيب أكثر من 150 في العاصفة، بحسب الشرطة.",
     "quantity:count", "150", "injured", (149.5, OPEN), None),
    ("ar", "وتم إجلاء نحو 900 شخص من البلدة.",
     "quantity:count", "900", "displaced", (810.0, 990.0), None),
]


# a measure cue right before another figure is that figure's (Arabic puts the verb first); a
# figure's counted noun ends with its noun, a hyphenated modifier included; "X and <another figure>"
# is no group of two nouns
@pytest.mark.parametrize("lang, text, value, measure, subject", [
    ("ar", "ودمرت النيران 31 منزلا وأصيب ثلاثة من المسعفين.", "31", None, None),
    ("ar", "ودمرت النيران 31 منزلا وأصيب ثلاثة من المسعفين.", "3", "injured", None),
    # ... but a cue right after the figure is its counted noun, whatever follows it
    ("ar", "وسقط في الانهيار الأرضي شمال البلدة 17 قتيلا و6 مصابين.", "17", "dead", None),
    ("ar", "وسقط في الانهيار الأرضي شمال البلدة 17 قتيلا و6 مصابين.", "6", "injured", None),
    ("en", "Some 169 British passengers, 53 Irish passengers and crew were on board.", "169", "passengers", "nationality:GB"),
    ("en", "Crews evacuated nine hamlets and around 4,000 people.", "9", "displaced", "hamlets"),
])
def test_whose_measure_cue(lang, text, value, measure, subject):
    [c] = [c for c in _figures(text, lang) if c.value == value]
    assert (quantity.measure(c), c.subject) == (measure, subject)


def test_a_hyphenated_modifier_is_no_verb():
    [c] = _figures("The army sent 14 water-dropping helicopters to the valley.", "en")
    assert quantity_traits.head(c) == "helicopter"


@pytest.mark.parametrize("lang, text, prop, value, measure, bounds, subject", MEASURE_ROWS)
def test_a_measured_figure_is_a_quantity(lang, text, prop, value, measure, bounds, subject):
    [c] = _figures(text, lang)
    assert (c.property, c.value, quantity.measure(c), c.subject) == (prop, value, measure, subject)
    for got, want in zip((c.value_low, c.value_high), bounds):
        assert (got is None and want is None) or got == pytest.approx(want)
    if measure is not None:   # provenance: the cue and the lexicon entry behind the measure
        [sig] = [s for s in c.signals if s.field == "measure"]
        assert sig.rule.startswith(f"measures.{measure}: {lang}.lexicon cue")


def test_no_count_property_is_left():
    texts = [(lang, text) for lang, text, *_ in MEASURE_ROWS]
    assert all(not c.property.startswith("count:") for lang, text in texts for c in _figures(text, lang))


# ------------------------------------------------------------------------------- the judgement
def fig(article, value, measure=None, subject=None, low=None, high=None, modality="asserted", quote="x"):
    x = float(value)
    sigs = [Signal(field="value", rule="t", text=value)]
    if measure:
        sigs.append(Signal(field="measure", rule=f"measures.{measure}: t", text=measure))
    return Claim(id=f"{article}{value}{measure}{subject}", article=article, start=0, end=1, quote=quote,
                 property="quantity:count", value=value, value_low=x - 0.5 if low is None else low,
                 value_high=x + 0.5 if high is None else high, subject=subject, subject_label=subject,
                 modality=modality, keywords=["ferri"], signals=sigs)


SAME = (True, "compatible event")
OTHER = (False, "different dates")
# one row per pair: a, b, their events -> verdict
JUDGE_ROWS = [
    # the same total with and without its breakdown agrees
    (fig("a", "310", "passengers"), fig("b", "310", "passengers", "passengers+crew"), SAME, "agree"),
    # a total against a narrower group: never a clash
    (fig("a", "310", "passengers"), fig("b", "57", "passengers", "nationality:CL"), SAME, "unrelated"),
    (fig("a", "310", "passengers"), fig("b", "296", "passengers", "passengers"), SAME, "unrelated"),
    # two different groups
    (fig("a", "296", "passengers", "passengers"), fig("b", "14", "passengers", "crew"), SAME, "unrelated"),
    # one group, two figures
    (fig("a", "57", "passengers", "nationality:CL"), fig("b", "58", "passengers", "nationality:CL"), SAME, "contradict"),
    # across languages, the measure is the counted noun
    (fig("a", "45", "dead", quote="45 killed"), fig("b", "45", "dead", quote="45 قتيلا"), SAME, "agree"),
    (fig("a", "45", "dead", quote="45 killed"), fig("b", "61", "dead", quote="61 قتيلا"), SAME, "contradict"),
    # far apart tolls still clash (no ratio cap for a named measure)
    (fig("a", "2000", "dead"), fig("b", "11300", "dead"), SAME, "contradict"),
    # compatible bounds of figures far apart are two figures
    (fig("a", "2800", "dead", high=float("inf")), fig("b", "11300", "dead"), SAME, "unrelated"),
    # a measure meets only itself; an unnamed figure on the same words may agree with it, never clash
    (fig("a", "45", "dead"), fig("b", "45", "missing"), SAME, "unrelated"),
    (fig("a", "45", "dead"), fig("b", "45"), SAME, "agree"),
    (fig("a", "45", "dead"), fig("b", "61"), SAME, "unrelated"),
    # a projection is not a toll
    (fig("a", "45", "dead"), fig("b", "200", "dead", modality="possible"), SAME, "unrelated"),
    # a toll belongs to its event; a standing measure to its subject, whatever the event
    (fig("a", "45", "dead"), fig("b", "61", "dead"), OTHER, "unrelated"),
    (fig("a", "166000", "population", VALDIVIA), fig("b", "120000", "population", VALDIVIA), OTHER, "contradict"),
    (fig("a", "166000", "population", VALDIVIA), fig("b", "166000", "population", VALDIVIA), OTHER, "agree"),
    (fig("a", "166000", "population", VALDIVIA), fig("b", "120000", "population", "city:3844421"), SAME, "unrelated"),
]


@pytest.mark.parametrize("a, b, event, kind", JUDGE_ROWS)
def test_judge_measured_figures(a, b, event, kind):
    assert quantity.judge(a, b, event).kind == kind
    assert quantity.judge(b, a, event).kind == kind


def test_reasons_name_the_measure_and_why():
    v = quantity.judge(fig("a", "166000", "population", VALDIVIA), fig("b", "120000", "population", VALDIVIA), OTHER)
    assert v.reason.startswith(f"different population figure of {VALDIVIA} (")
    assert "standing measure" in v.reason
    v = quantity.judge(fig("a", "310", "passengers"), fig("b", "310", "passengers", "passengers+crew"), SAME)
    assert "breakdown" in v.reason


MEASURES = st.sampled_from([None, "dead", "missing", "population", "passengers"])
GROUPS = st.sampled_from([None, None, "crew", "nationality:CL", VALDIVIA, "city:3844421"])


@st.composite
def figures(draw):
    value = draw(st.sampled_from(["14", "31", "45", "310", "2000", "166000"]))
    x = float(value)
    low, high = draw(st.sampled_from([(x - 0.5, x + 0.5), (x - 0.5, None), (x * 0.9, x * 1.1)]))
    return fig(draw(st.sampled_from("ab")), value, draw(MEASURES), draw(GROUPS), low=low,
               high=float("inf") if high is None else high,
               modality=draw(st.sampled_from(["asserted", "possible"])), quote=draw(st.sampled_from(["x", "س"])))


@settings(max_examples=300, deadline=None)
@given(figures(), figures(), st.sampled_from([SAME, OTHER]), st.sampled_from([0.0, 0.8]))
def test_judge_is_symmetric_and_measures_meet_only_themselves(a, b, event, similarity):
    ab, ba = quantity.judge(a, b, event, similarity), quantity.judge(b, a, event, similarity)
    assert ab.kind == ba.kind
    if quantity.measure(a) != quantity.measure(b) and quantity.measure(a) and quantity.measure(b):
        assert ab.kind == "unrelated"   # two named measures meet only themselves
    if quantity.measure(a) != quantity.measure(b):
        assert ab.kind != "contradict"  # a named measure against an unnamed figure never clashes
    if a.modality != b.modality:
        assert ab.kind != "contradict"  # a hedged figure never clashes with a stated one
    if ab.kind == "contradict" and quantity.measure(a):
        assert quantity_traits.group(a) == quantity_traits.group(b)   # a total never clashes with a narrower group


# ------------------------------------------------------------------- an invented story: a fire
@pytest.fixture(scope="module")
def fire():
    rep = pipeline.report([FIRE])
    return rep, {c.id: c for c in rep.claims}


def _values(finding, claims):
    return [sorted((claims[i].article, claims[i].value) for i in s.claims) for s in finding.sides]


def test_a_toll_that_rises_between_publication_times_is_an_update(fire):
    rep, claims = fire
    [up] = [f for f in rep.findings if f.kind == "update"]
    assert [s.value for s in up.sides] == ["14", "31"]
    assert "2031-02-10" in up.reason and "2031-02-12" in up.reason
    # the same toll told in English and Arabic on the first day is one side
    assert sorted(claims[i].article for i in up.sides[0].claims) == ["f1", "f2", "f3"]


def test_same_day_figures_and_a_standing_population_contradict(fire):
    rep, claims = fire
    contra = {quantity.measure(claims[f.claims[0]]): f for f in rep.findings if f.kind == "contradiction"}
    assert sorted(contra) == ["missing", "population"]
    assert _values(contra["missing"], claims) == [[("f2", "9")], [("f3", "25")]]
    # the population is compared across articles about different days: a standing measure
    pop = contra["population"]
    assert pop.subject == VALDIVIA and "standing measure" in pop.reason
    assert _values(pop, claims) == [[("f1", "166000")], [("f4", "120000")]]


def test_every_figure_of_the_story_is_a_quantity(fire):
    rep, _ = fire
    assert {c.property for c in rep.claims if c.value and c.value[:1].isdigit()} <= {"quantity:count", "date"}
    assert not [c for c in rep.claims if c.property.startswith("count:")]


def test_compare_dispatches_measured_figures_to_quantity():
    a, b = fig("a", "45", "dead"), fig("b", "61", "dead")
    assert compare.judge(a, b, EventRef(), EventRef()).kind == "contradict"


@pytest.mark.parametrize("lang, sentence, zero", [
    ("en", "No one was killed in the blast at the Tarnby depot.", True),
    ("en", "There were no deaths at the Tarnby depot.", True),
    ("en", "There were no immediate reports of deaths at the depot.", False),   # unknown, not zero
    ("en", "The blast did not kill 12 people at the depot.", False),           # a stated figure, negated
    ("ar", "انفجار في مستودع تارنبي دون سقوط ضحايا.", True),
    ("ar", "لا قتلى في انفجار مستودع تارنبي.", True),
])
def test_a_negated_toll_is_a_figure_of_zero(lang, sentence, zero):
    claims = pipeline.analyze([Article(id="a", path="a.txt", text=sentence, language=lang)]).claims
    zeros = [c for c in claims if c.property == "quantity:count" and c.value == "0"]
    assert bool(zeros) == zero
    if zero:
        assert quantity.measure(zeros[0]) == "dead" and zeros[0].polarity == "positive"


def test_no_deaths_against_a_toll_clashes_on_one_day_and_updates_across_days():
    import datetime as dt
    day1, day2 = dt.date(2031, 8, 3), dt.date(2031, 8, 4)
    a = Article(id="z1", path="z1.txt", language="en", published=day1,
                text="No one was killed when the Tarnby depot exploded on Sunday.")
    b = Article(id="z2", path="z2.txt", language="ar", published=day1,
                text="قتل 4 أشخاص في انفجار مستودع تارنبي يوم الأحد.")
    kinds = lambda rep: {f.kind for f in rep.findings if f.property == "quantity:count"}
    assert "contradiction" in kinds(pipeline.analyze([a, b]))
    assert "update" in kinds(pipeline.analyze([a, b.model_copy(update={"published": day2})]))


@pytest.mark.parametrize("sentence, age, owner", [
    ("Daniel Okoro, 24, won the race in Bergen.", "24", "Okoro"),                 # apposition
    ("The 24-year-old Daniel Okoro won the race in Bergen.", "24", "Okoro"),      # the cue, then the name
    ("Ruth Lindqvist, aged 31, won the women's race.", "31", "Lindqvist"),
    ("At 78 years old, the mayor ran again.", "78", None),                        # no name: no owner
    ("Around a third of the voters were under 40 years old.", "40", None),
])
def test_an_age_is_a_personal_measure_with_its_owner(sentence, age, owner):
    claims = pipeline.analyze([Article(id="a", path="a.txt", text=sentence, language="en")]).claims
    c = next(c for c in claims if c.property == "quantity:count" and c.value == age)
    assert quantity.measure(c) == "age"
    assert c.subject_label == owner


def test_ages_clash_only_for_one_named_person():
    arts = [Article(id="g1", path="g1.txt", language="en", text="Daniel Okoro, 24, won the race in Bergen. "
                    "Ruth Lindqvist, 31, won the women's race."),
            Article(id="g2", path="g2.txt", language="en", text="The 25-year-old Daniel Okoro won in Bergen. "
                    "Lindqvist, 31, took the women's title."),
            Article(id="g3", path="g3.txt", language="en", text="A 19-year-old volunteer was hurt in Bergen.")]
    rep = pipeline.analyze(arts)
    cl = {c.id: c for c in rep.claims}
    clashes = [sorted(cl[i].value for i in f.claims) for f in rep.findings if f.kind == "contradiction"]
    agreed = [sorted(cl[i].value for i in f.claims) for f in rep.findings if f.kind == "agreement"]
    assert ["24", "25"] in clashes                 # Okoro: 24 vs 25
    assert ["31", "31"] in agreed                  # Lindqvist: 31 twice
    assert not any("19" in c for c in clashes)     # an unnamed volunteer's age clashes with nobody


@pytest.mark.parametrize("sentence, values", [
    ("The ferry sank barely 400 metres (1,312 feet) from the pier on Monday.", ["400 m"]),
    ("The storm moved 5 miles (8 km) inland on Monday.", ["5 mi"]),
    # currencies are never converted: the sum in each currency is a claim, read where the first stands
    ("The club paid $12 million (11 million euros) for the striker on Monday.", ["11000000 EUR", "12000000 USD"]),
    ("Turnout was 61% (3.2 million voters) on Sunday.", ["61%", "3200000"]),   # another dimension: two figures
])
def test_a_figure_restated_in_another_unit_is_one_figure(sentence, values):
    claims = pipeline.analyze([Article(id="a", path="a.txt", text=sentence, language="en")]).claims
    assert sorted(c.value for c in claims if c.property.startswith("quantity:")) == sorted(values)


def test_a_property_measure_names_no_group():
    arts = [Article(id="q1", path="q1.txt", language="en", text="The quake that hit Teruna measured 5.9 on the Richter scale."),
            Article(id="q2", path="q2.txt", language="en", text="The magnitude 6.3 earthquake struck Teruna before dawn.")]
    rep = pipeline.analyze(arts)
    figures = [c for c in rep.claims if c.property == "quantity:count"]
    assert {c.value for c in figures} == {"5.9", "6.3"}
    assert all(c.subject is None for c in figures)   # "6.3 earthquake": the thing measured, not a group
    clashes = [f for f in rep.findings if f.kind == "contradiction"]
    assert len(clashes) == 1 and "magnitude" in clashes[0].reason


@pytest.mark.parametrize("lang, text, value", [
    ("ar", "وتوفي الرسام البالغ من العمر 71 عاما يوم الخميس.", "71"),
    ("ar", "ورحل الشاعر عن عمر ناهز 93 عاما.", "93"),
    ("en", "The climber, aged 38 years, was found on Friday.", "38"),
])
def test_an_age_written_as_years_is_an_age(lang, text, value):
    [c] = [c for c in _figures(text, lang) if c.property == "quantity:count"]
    assert (c.value, quantity.measure(c)) == (value, "age")
    assert "age cue" in next(s.rule for s in c.signals if s.field == "value")


def test_a_duration_in_years_without_an_age_cue_stays_a_duration():
    claims = pipeline.analyze([Article(id="a", path="a.txt", language="en",
                                       text="The drought lasted 7 years in the valley.")]).claims
    assert [c.value for c in claims if c.property == "duration"] == ["P7Y"]


def test_shipped_cue_forms_are_what_the_tool_writes():
    """tools/build_cue_forms.py --check (skipped without lemminflect)."""
    import subprocess
    import sys
    pytest.importorskip("lemminflect")
    tool = Path(__file__).resolve().parents[1] / "tools" / "build_cue_forms.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_invented_story_tolls_reported_by_verbs_agree_across_languages():
    """An English wire reports the tolls with gerunds ("killing", "injuring"), an Arabic one with
    verbs ("لقي", "أصيب"): the dead and the injured each agree, and nothing clashes."""
    import datetime as dt
    day = dt.date(2031, 3, 4)
    arts = [Article(id="w1", path="w1.txt", language="en", published=day,
                    text="A ferry capsized off Lamu on Tuesday, killing at least 27 people and injuring "
                         "more than 90, officials said."),
            Article(id="w2", path="w2.txt", language="ar", published=day,
                    text="لقي 27 شخصا على الأقل مصرعهم وأصيب أكثر من 90 آخرين جراء غرق عبارة قبالة لامو "
                         "يوم الثلاثاء.")]
    rep = pipeline.analyze(arts)
    by_id = {c.id: c for c in rep.claims}
    agreed = {quantity.measure(by_id[f.claims[0]]) for f in rep.findings if f.kind == "agreement"
              and by_id[f.claims[0]].property == "quantity:count" and {by_id[c].article for c in f.claims} == {"w1", "w2"}}
    assert {"dead", "injured"} <= agreed
    assert not [f for f in rep.findings if f.kind == "contradiction"]
