"""An invented takeover story (other companies, prices and places than any real story): a premium
told as 'a premium of 25%' and 'a 27 percent premium', a price stated as a plan and as a fact, and
Arabic unit spellings of the press that CLDR writes otherwise."""
import pytest

from factcheck import pipeline
from factcheck.mentions import values
from factcheck.models import Article


def _story(*texts: str):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", text=t,
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t) else "en")
            for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def _clashes(rep):
    cl = {c.id: c for c in rep.claims}
    return [sorted({cl[i].value for i in f.claims}) for f in rep.findings if f.kind == "contradiction"]


def test_a_premium_of_and_a_percent_premium_are_one_premium():
    rep = _story("Halden Foods will pay 12 euros a share, a premium of 31% to Friday's close.",
                 "The offer of 12 euros a share represents a 34 percent premium.")
    assert ["31%", "34%"] in _clashes(rep)


def test_a_total_of_people_counts_the_people():
    rep = _story("A total of 40 workers lost their jobs at the Halden plant.",
                 "The Halden plant cut 40 workers.")
    assert not _clashes(rep)


@pytest.mark.parametrize("a, b", [
    ("The Nordic fund will invest $22 billion in the Tromso harbour project.",
     "The Nordic fund invested $25 billion in the Tromso harbour project."),
])
def test_a_deal_term_stated_as_a_plan_and_as_a_fact_can_clash(a, b):
    assert ["22000000000 USD", "25000000000 USD"] in _clashes(_story(a, b))


def test_a_planned_count_and_what_happened_never_clash():
    rep = _story("Under the deal the group will release 50 prisoners.", "The group freed 13 prisoners under the deal.")
    assert not _clashes(rep)


@pytest.mark.parametrize("text, value", [
    ("بقدرة إجمالية تبلغ 3.1 غيغاواط", "3.1 GW"),     # CLDR writes "غيغا واط": the press joins the prefix
    ("بقدرة 3.1 جيجاوات", "3.1 GW"),                  # g as ج, t as ت
    ("يزن الطرد 5 كيلوجرام", "5 kg"),
    ("بقدرة 3.1 غيغا واط", "3.1 GW"),                 # the CLDR form itself
])
def test_arabic_press_spellings_of_prefixed_units(text, value):
    assert [v.value for v in values.find_values(text, "ar") if v.kind == "number"] == [value]


def test_arabic_magnitude_and_toll_nouns_of_a_quake():
    rep = _story("ضرب زلزال بقوة 6.4 درجات جنوب بيرو وأسفر عن مقتل 37 شخصا.",
                 "وبلغت قوة الزلزال الذي ضرب جنوب بيرو 6.2 درجات، وارتفعت الحصيلة إلى 41 قتيلا.")
    clashes = _clashes(rep)
    assert ["6.2", "6.4"] in clashes        # "قوة الزلزال": the magnitude cue without its preposition
    assert ["37", "41"] in clashes          # "41 قتيلا" restates the toll, it names no group


@pytest.mark.parametrize("text, measure", [
    ("ارتفعت حصيلة ضحايا الزلزال الذي ضرب جنوب بيرو يوم الأحد إلى 41 قتيلا.", "dead"),
    ("وأعلنت السلطات في وقت لاحق من مساء يوم الاثنين عن 230 مصابا.", "injured"),
])
def test_an_arabic_counted_noun_in_the_accusative_names_its_measure(text, measure):
    [c] = [c for c in _story(text).claims if c.property == "quantity:count"]
    assert any(s.field == "measure" and s.text == measure for s in c.signals)


@pytest.mark.parametrize("lang, text, price", [
    ("en", "Halden Foods agreed on Tuesday to buy the Swedish dairy Kvarn for $2.1 billion in cash.", True),
    ("en", "Halden Foods sealed a deal worth $2.3bn for the Swedish dairy Kvarn.", True),
    ("en", "The $2.3 billion takeover of Kvarn is Halden's largest.", True),
    ("ar", "اتفقت هالدن فودز على الاستحواذ على شركة كفارن السويدية مقابل 2.1 مليار دولار نقدا.", True),
    ("ar", "وقعت هالدن فودز صفقة بقيمة 2.3 مليار دولار لشراء كفارن.", True),
    ("en", "Kvarn made a profit of $2.1 billion last year.", False),          # money, not a price
    ("en", "Halden Foods will invest $2.1 billion in new plants.", False),
    ("en", "Kvarn paid a fine for 30 late deliveries.", False),           # not money
])
def test_a_deals_price_is_one_measure_whatever_the_wording(lang, text, price):
    rep = _story(text)
    money = [c for c in rep.claims if c.property.startswith("quantity:money")]
    heads = {s.text for c in money for s in c.signals if s.field == "measure"}
    assert ("deal price" in heads) is price


@pytest.mark.parametrize("a, b", [
    ("Halden Foods agreed on Tuesday to buy the Swedish dairy Kvarn for $2.1 billion in cash.",
     "Halden Foods has sealed a deal worth $2.3bn for the Swedish dairy Kvarn, it said on Tuesday."),
    ("اتفقت هالدن فودز الثلاثاء على الاستحواذ على شركة كفارن السويدية مقابل 2.1 مليار دولار نقدا.",
     "Halden Foods has sealed a deal worth $2.3bn for the Swedish dairy Kvarn, it said on Tuesday."),
])
def test_two_prices_of_one_deal_clash_in_any_wording_and_language(a, b):
    assert ["2100000000 USD", "2300000000 USD"] in _clashes(_story(a, b))
