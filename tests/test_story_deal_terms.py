"""Invented deal stories (other companies, sums and places than any real story): the parts of a deal's
money (a tranche against the total, the first tranche in two languages), the price of an earlier deal
of another company, bare currency nouns that the article's country or own figures resolve, and areas
written in other units and in the Arabic accusative."""
import pytest

from factcheck import pipeline
from factcheck.models import Article


def _story(*texts: str):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", text=t,
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t) else "en")
            for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def _findings(rep, kind):
    cl = {c.id: c for c in rep.claims}
    return [sorted({cl[i].value for i in f.claims}) for f in rep.findings
            if f.kind == kind and cl[f.claims[0]].property.startswith("quantity:")]


def _clashes(rep):
    return _findings(rep, "contradiction")


def _agreements(rep):
    return _findings(rep, "agreement")


@pytest.mark.parametrize("a, b, clash", [
    # the first tranche in two languages: one thing measured
    ("The first tranche of $4 billion will be paid within 30 days, the ministry said.",
     "وستسدد الدفعة الأولى البالغة 5 مليارات دولار في غضون 30 يوما.", ["4000000000 USD", "5000000000 USD"]),
    ("The first instalment of $4 billion is due in March.",
     "The first tranche of $5 billion is due in March.", ["4000000000 USD", "5000000000 USD"]),
])
def test_one_tranche_told_twice_can_clash(a, b, clash):
    assert clash in _clashes(_story(a, b))


@pytest.mark.parametrize("a, b", [
    ("The Kestrel fund will pay the first tranche of $3 billion within a week.",
     "The Kestrel fund will invest a total of $11 billion in the Varna port."),              # a tranche, the total
    ("The first tranche of $3 billion will be paid in May.",
     "The second tranche of $5 billion will be paid in May."),                              # two tranches
    ("A tranche of $3 billion will be paid in May.", "A tranche of $5 billion will be paid in May."),  # which? not said
    ("الدفعة الأولى البالغة 3 مليارات دولار ستدفع في مايو.", "The Kestrel fund will invest $11 billion in Varna."),
])
def test_a_tranche_never_clashes_with_the_total_or_another_tranche(a, b):
    assert not _clashes(_story(a, b))


def test_the_price_of_an_earlier_deal_of_another_company_is_no_clash():
    rep = _story("Vantor Group agreed to buy the Chilean miner Cobresa for $3.4 billion.",
                 "Vantor's earlier purchase of the Peruvian smelter Andino for $1.2 billion was its largest.")
    assert not _clashes(rep)


def test_the_same_deal_bought_for_two_prices_still_clashes():
    rep = _story("Vantor Group agreed to buy the Chilean miner Cobresa for $3.4 billion.",
                 "Vantor has agreed to acquire Cobresa for $3.9 billion, the miner said.")
    assert ["3400000000 USD", "3900000000 USD"] in _clashes(rep)


def test_bare_riyals_resolved_by_the_article_agree_across_languages():
    rep = _story("Dunmore Air, the Qatari carrier, priced its shares at 31 riyals in its listing on Monday.",
                 "حددت شركة دنمور للطيران سعر السهم عند 31 ريالا قطريا في طرحها العام الأولي.")
    assert ["31 QAR"] in _agreements(rep)


def test_an_unresolved_bare_noun_never_meets_a_currency():
    rep = _story("Dunmore Air priced its shares at 31 riyals in its listing on Monday.",
                 "Dunmore Air priced its shares at 33 Saudi riyals in its listing on Monday.")
    assert not _clashes(rep)


@pytest.mark.parametrize("a, b", [
    ("The Varna project covers 120 km² on the Black Sea coast.", "يمتد مشروع فارنا على مساحة 120 كيلومترا مربعا على ساحل البحر الأسود."),
    ("The Varna project covers 120 km² on the Black Sea coast.", "The Varna project spans 12,000 hectares on the Black Sea coast."),
    ("The Varna project spans 120 million square metres on the coast.", "The Varna project spans 12,000 hectares on the coast."),
])
def test_one_area_in_other_units_agrees(a, b):
    rep = _story(a, b)
    assert _agreements(rep) and not _clashes(rep)


def _measures(text: str) -> set[str]:
    rep = _story(text)
    return {s.text for c in rep.claims if c.property.startswith("quantity:money") for s in c.signals if s.field == "measure"}


@pytest.mark.parametrize("text, measure", [
    ("Kestrel agreed to pay 1.3 billion euros for Varna Port.", "deal price"),           # price preposition after it
    ("Kestrel will pay €1.3bn for the Bulgarian operator Varna Port.", "deal price"),
    ("ستدفع كيستريل 1.5 مليار يورو مقابل ميناء فارنا.", "deal price"),                  # verb first, future prefix
    ("The first tranche of $6bn will be transferred within a week.", "deal tranche 1"),
    ("The second instalment of $2 billion is due in June.", "deal tranche 2"),
    ("وستسدد الدفعة الأولى البالغة 10 مليارات دولار في غضون 30 يوما.", "deal tranche 1"),
    ("وتبلغ الشريحة الثانية 4 مليارات دولار.", "deal tranche 2"),
    ("A payment of $2 billion is due in June.", "deal tranche"),                         # which one: not said
])
def test_what_a_deals_money_measures_whatever_the_wording(text, measure):
    assert measure in _measures(text)


@pytest.mark.parametrize("text", [
    "Kestrel paid €1.3bn in taxes last year.",          # no price preposition after it
    "Kestrel's revenue of €1.3bn was up 4%.",
    "Kestrel will pay dividends of €2 a share.",
])
def test_money_that_is_no_deal_term(text):
    assert not _measures(text) & {"deal price", "deal tranche", "deal tranche 1"}


def test_the_same_deal_priced_in_two_languages_with_the_preposition_after_the_price():
    rep = _story("Kestrel agreed to pay 1.3 billion euros for Varna Port, the company said on Monday.",
                 "ستدفع كيستريل 1.5 مليار يورو مقابل ميناء فارنا، بحسب ما أعلنت الشركة الاثنين.")
    assert ["1300000000 EUR", "1500000000 EUR"] in _clashes(rep)


def test_a_forecast_and_a_stated_fact_never_clash():
    rep = _story("The combined group is expected to generate revenue of €4.1bn.",
                 "The combined group had revenue of €3.2bn, its filing showed.")
    assert not _clashes(rep)


def test_a_forecast_and_a_plan_of_one_count_can_clash():
    rep = _story("The Varna project is expected to create 250,000 jobs.",
                 "The Varna project will create 300,000 jobs, the minister said.")
    assert ["250000", "300000"] in _clashes(rep)
