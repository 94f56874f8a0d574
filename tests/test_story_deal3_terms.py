"""A deal's terms phrase by phrase (invented companies, sums and places): a sum restated in brackets in
another currency, a stake told by its verb alone and whose it is, areas in the press's units, Arabic
sums written in words, the deadline of a sum a relative clause names, a holding that is no event to
come; with the pairs that must never clash."""
from hypothesis import given, settings, strategies as st
import pytest

from factcheck import pipeline
from factcheck.extract.events import EventRef
from factcheck.judge.compare import judge
from factcheck.mentions.values import find_values
from factcheck.models import Article, Claim, Signal


def _story(*texts: str):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", text=t,
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t) else "en")
            for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def _claims(text: str, prefix: str = "quantity:"):
    return [c for c in _story(text).claims if c.property.startswith(prefix)]


def _measure(c: Claim) -> str | None:
    return next((s.text for s in c.signals if s.field == "measure"), None)


def _findings(rep, kind):
    cl = {c.id: c for c in rep.claims}
    return [sorted({cl[i].value for i in f.claims}) for f in rep.findings
            if f.kind == kind and cl[f.claims[0]].property != "statement"]


# ------------------------------------------------------------------------ a sum in another currency
@pytest.mark.parametrize("text, values", [
    ("The Varna deal, worth 2.2 billion Bulgarian leva ($1.2bn), was signed on Monday.",
     {"2200000000 BGN": "deal price", "1200000000 USD": "deal price"}),
    ("The Osk agreement, worth nearly 480 billion ouguiyas ($12bn), was signed on Monday.",
     {"480000000000 MRU": "deal price", "12000000000 USD": "deal price"}),
    ("The Osk agreement, worth nearly 600 billion pounds ($12bn), was signed on Monday.",
     {"12000000000 USD": "deal price"}),                       # no count of a currency no table reads ('pound' is a mass too)
    ("Kestrel will pay 1.1 billion euros (about $1.2bn) for the Varna port.",
     {"1100000000 EUR": "deal price", "1200000000 USD": "deal price"}),
    ("وقعت الحكومة صفقة بقيمة 480 مليار أوقية (12 مليار دولار) يوم الاثنين.", {"12000000000 USD": "deal price"}),
])
def test_a_sum_restated_in_brackets_is_read_where_the_first_stands(text, values):
    got = {c.value: _measure(c) for c in _claims(text, "quantity:money")}
    assert {v: got.get(v) for v in values} == values and not _claims(text, "quantity:count")


def test_a_converted_sum_is_read_as_about_so_much():
    # "($12.3bn)" converts at some day's rate: it meets "$12bn" (no clash), as "$12.3bn" itself would not
    rep = _story("The Osk agreement, worth 600 billion pounds ($12.3bn), was signed on Monday.",
                 "The Osk agreement, worth $12 billion, was signed on Monday.")
    assert not _findings(rep, "contradiction")


def test_a_measure_restated_in_brackets_is_still_one_figure():
    assert [c.value for c in _claims("The ferry sank 400 metres (1,312 feet) from the pier.")] == ["400 m"]


@pytest.mark.parametrize("lang, text, value", [
    ("en", "worth nearly 480 billion ouguiyas", "480000000000 MRU"),   # the bare noun of one currency (CLDR)
    ("en", "a budget of 1.2 trillion naira", "1200000000000 NGN"),
    ("en", "a 3 billion yuan loan", "3000000000 CNY"),
    ("ar", "قرض بقيمة 5 مليارات يوان", "5000000000 CNY"),
    ("ar", "بقيمة 2 مليار راند", "2000000000 ZAR"),
    ("en", "shares crossed the 1,000 mark", "1000"),                    # a common word: no currency
    ("en", "debts of 30 billion lira", "30000000000"),                   # the Lebanese lira too, as the press writes it
    ("ar", "480 مليار أوقية", "480000000000"),                           # also the ounce
])
def test_the_bare_noun_of_one_currency(lang, text, value):
    assert [v.value for v in find_values(text, lang) if v.kind == "number"] == [value]


@pytest.mark.parametrize("text, measure", [
    ("Sahil signed a sponsorship with the Al-Nasr Club worth 12 million rials.", "deal price"),   # a value cue
    ("The Sahil sponsorship is worth OMR 15 million over five years.", "deal price"),
    ("وقعت صحل عقد رعاية لقميص نادي النصر لمدة خمس سنوات بقيمة 12 مليون ريال عماني.", "deal price"),
    ("Sahil signed the deal and will build a stadium worth $500 million.", "stadium"),     # another thing's value
    ("وقعت الشركة الصفقة وستبني ملعبا بقيمة 500 مليون دولار.", "ملعب"),
])
def test_a_value_cue_after_a_deal_word_states_its_price(text, measure):
    assert [_measure(c) for c in _claims(text, "quantity:money")] == [measure]


def test_a_deals_price_over_years_is_its_total_not_a_rate():
    [c] = _claims("The Sahil sponsorship is worth OMR 15 million over five years.", "quantity:money")
    assert c.property == "quantity:money:OMR" and c.value == "15000000 OMR"


# ---------------------------------------------------------------------------- stakes and holders
@pytest.mark.parametrize("text, measure", [
    ("The Latvian state keeps 35%.", "deal stake retained"),
    ("The founders will retain 12 percent of the company.", "deal stake retained"),
    ("وتحتفظ الحكومة بنسبة 51 بالمئة.", "deal stake retained"),
    ("وتحتفظ الدولة بـ15 بالمئة من المشروع.", "deal stake retained"),
    ("Kestrel owns 70% of the port.", "deal stake"),
    ("فيما تمتلك الشركة البحرينية 70 بالمئة.", "deal stake"),
    ("Kestrel will hold a 65% stake in the port.", "deal stake"),
    ("The founders keep growing: sales rose 12%.", None),            # a clause mark between verb and figure
    ("The bank maintained 5% growth.", None),                         # a noun after the figure: no stake
    ("The party holds 40 seats.", None),                              # no percentage
])
def test_a_stake_told_by_its_verb_alone(text, measure):
    found = [_measure(c) for c in _claims(text, "quantity:percent")]
    assert (measure in found) if measure else not any(m and m.startswith("deal stake") for m in found)


@pytest.mark.parametrize("a, b, clash", [
    ("Kestrel will hold a 65% stake in the Varna port.", "Kestrel owns 70% of the Varna port.", True),
    ("Kestrel will hold a 65% stake in the Varna port.", "Qatar's sovereign fund holds a 10% stake in Kestrel.", False),
    ("The Latvian state keeps 35% of the port.", "The Estonian state keeps 30% of the port.", False),
    ("The Latvian state keeps 35% of the port.", "The state retains a 30 percent stake in the port.", True),
    ("Gulf Horizon Investment Company will hold a 65% stake.", "GHIC will own 70% of the port.", True),   # its initials
    ("Kestrel will hold a 65% stake in the Varna port.", "KIA will own 70% of the Varna port.", False),    # not its initials
])
def test_two_stakes_clash_only_when_no_two_holders_are_named(a, b, clash):
    found = _findings(_story(a, b), "contradiction")
    assert bool(found) is clash


def test_two_holders_with_the_same_stake_do_not_agree():
    rep = _story("Qatar's sovereign fund holds 10% of the Varna port.", "Oman's pension fund holds 10% of the Varna port.")
    assert not _findings(rep, "agreement")


def test_a_holding_to_come_is_no_later_event():
    [c] = _claims("Kestrel will hold a 65% stake in the Varna port.")
    assert c.event.startswith("main:this")


# ------------------------------------------------------------------------------------------ areas
@pytest.mark.parametrize("lang, text, value", [
    ("en", "a hub on 2,500 dunums", "2500 dunam"),
    ("en", "a hub on 5,000 donums", "5000 dunam"),
    ("en", "a 1.2 million sqm site", "1200000 m2"),
    ("en", "a site of 40 square km", "40 km2"),
    ("en", "a zone of 20 sq. km", "20 km2"),
    ("ar", "على مساحة 5 دونمات", "5 dunam"),
    ("ar", "على مساحة 20 هكتارات", "20 ha"),
    ("ar", "على مساحة 20 كلم مربع", "20 km2"),
    ("ar", "170 كيلو مترا مربعا", "170 km2"),
    ("ar", "مساحة 300 مترا مربعا", "300 m2"),
])
def test_the_press_spellings_of_area_units(lang, text, value):
    assert [v.value for v in find_values(text, lang) if v.kind == "number"] == [value]


@pytest.mark.parametrize("text", [
    "Sidra will build a maintenance hub on 2,500 dunums near the airport.",   # no cue: the unit names it
    "The free zone will cover 170 square kilometres north of the city.",
    "وتمتد المنطقة الحرة على مساحة 17 ألف هكتار.",
])
def test_a_figure_in_a_unit_of_area_is_an_area(text):
    assert [_measure(c) for c in _claims(text, "quantity:measure:m2")] == ["area"]


@pytest.mark.parametrize("a, b, kind", [
    ("The free zone will cover 170 square kilometres north of the city.",
     "The zone spans 180 km² along the bay.", "contradiction"),
    ("The free zone will cover 170 square kilometres north of the city.",
     "The zone spans 17,000 hectares along the bay.", "agreement"),
    ("The free zone will cover 170 square kilometres north of the city.",   # two things' areas: a port
     "The new port will cover 12 square kilometres.", None),
])
def test_two_areas_of_one_story(a, b, kind):
    rep = _story(a, b)
    if kind is None:
        assert not _findings(rep, "contradiction") and not _findings(rep, "agreement")
    else:
        assert _findings(rep, kind)


# ------------------------------------------------------------------------------ Arabic sums in words
@pytest.mark.parametrize("text, value", [
    ("مليون ومئتي ألف متر مربع", "1200000 m2"),       # a scale word alone, then the places it leaves out
    ("مليار ومئتا مليون دولار", "1200000000 USD"),
    ("مليونان وثلاثمئة ألف نسمة", "2300000"),
    ("ألف مليون دولار", "1000000000 USD"),             # a thousand million
    ("ألف وخمسمئة مليون دولار", "1500000000 USD"),
    ("مليار وثلاثمئة مليون يورو", "1300000000 EUR"),
    ("ملياري دولار وأربعمئة مليون دولار", "2400000000 USD"),   # each part in the currency
    ("3 ملايين و500 ألف دولار", "3500000 USD"),
    ("اثني عشر مليار دولار", "12000000000 USD"),
])
def test_arabic_sums_in_words(text, value):
    assert [v.value for v in find_values(text, "ar") if v.kind == "number"] == [value]


@pytest.mark.parametrize("text, values", [
    ("مليار دولار و400 مليون يورو", ["1000000000 USD", "400000000 EUR"]),   # two currencies: two sums
    ("بين مليون دولار و200 ألف دولار", ["1000000 USD", "200000 USD"]),        # a range's ends
])
def test_sums_that_stay_apart(text, values):
    assert [v.value for v in find_values(text, "ar") if v.kind == "number"] == values


@pytest.mark.parametrize("lang, text, value", [
    ("en", "one million two hundred thousand square metres", "1200000 m2"),
    ("en", "a thousand million", "1000000000"),
    ("en", "twenty-five million", "25000000"),
])
def test_english_sums_in_words_are_unchanged(lang, text, value):
    assert [v.value for v in find_values(text, lang) if v.kind == "number"] == [value]


# ---------------------------------------------------------------------------------------- deadlines
def test_a_relative_clause_names_the_sum_that_falls_due():
    [d] = _claims("The deal includes an upfront payment of $3 billion, which will be transferred within "
                  "one week, the minister said.", "duration")
    assert _measure(d) == "deadline 3000000000USD"


def test_two_deadlines_of_one_sum_in_a_relative_clause_clash():
    rep = _story("The deal includes an upfront payment of $3 billion, which will be transferred within one week.",
                 "وتتضمن الصفقة دفعة مقدمة بقيمة 3 مليارات دولار تحول خلال شهرين.")
    assert ["P1W", "P2M"] in _findings(rep, "contradiction")


# --------------------------------------------------------------------------------- property test
HOLDERS = ["country:MR", "country:BH", "name:ghic", "name:gulf_horizon_investment_company", "name:qatar", ""]


@st.composite
def stakes(draw):
    x = draw(st.sampled_from([10, 30, 35, 65, 70]))
    holder = draw(st.sampled_from(HOLDERS))
    signals = [Signal(field="measure", rule="quantity: test", text=draw(st.sampled_from(["deal stake", "deal stake retained"])))]
    if holder:
        signals.append(Signal(field="holder", rule="quantity: test", text=holder))
    return Claim(id=draw(st.text("abc", min_size=3, max_size=6)), article=draw(st.sampled_from(["a", "b"])), start=0,
                 end=5, quote="x", subject=None, property="quantity:percent", value=f"{x}%", value_low=x - 0.5,
                 value_high=x + 0.5, polarity="positive", modality="asserted", event="main:this",
                 keywords=["stake"], signals=signals)


@settings(max_examples=200, deadline=None)
@given(stakes(), stakes())
def test_stakes_of_two_holders_never_clash_and_judging_is_symmetric(a, b):
    ra, rb = EventRef.parse(a.event), EventRef.parse(b.event)
    found = judge(a, b, ra, rb)
    assert found.kind == judge(b, a, rb, ra).kind
    ha = {s.text for s in a.signals if s.field == "holder"}
    hb = {s.text for s in b.signals if s.field == "holder"}
    if found.kind != "contradict" or not (ha and hb):
        return
    ca, cb = ({h for h in x if h.startswith("country:")} for x in (ha, hb))
    assert not (ca and cb and not ca & cb)        # two countries' stakes
    one_company = {"name:ghic", "name:gulf_horizon_investment_company"}
    if not ca and not cb:                          # named holders only: the same, or a name and its initials
        assert ha == hb or ha | hb <= one_company
