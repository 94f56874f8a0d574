"""Invented deal stories (other countries, funds, companies and sums than any real story), told by
three outlets in English and Arabic with page furniture: a total and its parts ("$18 billion, of
which $11 billion in cash and $7 billion converted from deposits"), the stake the seller keeps, an
area in three units, the expected investment, jobs, a payment schedule ("the first $5 billion within
a week, the rest within two months"), a completion deadline, tranches, and the price of an earlier
deal. The planted contradictions must be found and nothing else may clash."""
import datetime as dt

import pytest

from factcheck import pipeline
from factcheck.models import Article

FUND_DEAL = (
    """Tunisia signs $18 billion coastal deal with Kuwaiti fund

Markets | Updated 4 March 2025

TUNIS (Reuters) - Tunisia signed an $18 billion deal with the Kuwait Investment Authority on Monday to develop the Cap Bon peninsula, Prime Minister Kamel Madouri said.

The fund will pay $18 billion, of which $11 billion in cash and $7 billion converted from deposits held at the Central Bank of Tunisia, Madouri told a news conference.

Tunisia will retain a 30% stake in the project, which covers 140 million square metres on the northern coast.

The project is expected to attract $90 billion in investment and create 400,000 jobs, he said.

The first $5 billion will be transferred within a week, and the rest within two months, the premier added.

The dinar rose 4% against the dollar after the announcement.
""",
    """تونس توقع صفقة بقيمة 18 مليار دولار مع الهيئة العامة للاستثمار الكويتية

وقعت تونس يوم الاثنين صفقة بقيمة 18 مليار دولار مع الهيئة العامة للاستثمار الكويتية لتطوير شبه جزيرة الوطن القبلي، بحسب ما أعلن رئيس الحكومة كمال المدوري.

وقال المدوري إن الصندوق سيدفع 12 مليار دولار نقدا، و6 مليارات دولار من الودائع لدى البنك المركزي التونسي.

وتحتفظ تونس بحصة نسبتها 35% في المشروع الذي يمتد على مساحة 140 كيلومترا مربعا.

ومن المتوقع أن يجذب المشروع استثمارات بقيمة 90 مليار دولار وأن يوفر 400 ألف فرصة عمل.

وسيتم تحويل 5 مليارات دولار خلال أسبوع، على أن يتم تحويل الباقي خلال شهرين.

وارتفع الدينار بنسبة 4% أمام الدولار عقب الإعلان.
""",
    """Kuwait fund's Cap Bon bet: what we know

By Sarah Whitfield | Business | 5 March 2025

The Kuwait Investment Authority has agreed to invest US$18bn in Tunisia's Cap Bon peninsula, in a deal the government says will transform the economy.

Under the terms, the fund pays US$11bn in cash while US$7bn of Kuwaiti deposits at the central bank will be converted, finance ministry officials said.

Tunisia keeps a 35 percent stake in the development, which spans 14,000 hectares.

Officials expect the project to draw $150 billion in investment over its lifetime and to create 400,000 jobs.

The first payment of $5 billion is due within two weeks, with the remaining $13 billion within two months.

Advertisement
""")

TELECOM_DEAL = (
    """Qadira Group to buy 60% of Sahil Telecom for €4.2bn

By Ian Morrow, Dubai | Companies | 10 June 2025

Qadira Group has agreed to buy 60% of the Omani operator Sahil Telecom for €4.2 billion, the companies said on Monday.

Qadira will pay €3 billion in cash and €1.2 billion in new shares, according to a filing.

The seller, the state fund Wadi Capital, will retain a 40% stake.

The first tranche of €1 billion will be paid in July and the second tranche of €2 billion in December.

The €4.2 billion deal is expected to close within six months.

The takeover follows Qadira's €800 million purchase of Kerkyra Cable in 2019.
""",
    """قديرة تستحوذ على 60% من صحل للاتصالات

مسقط - وافقت مجموعة قديرة على الاستحواذ على حصة 60% في شركة صحل للاتصالات العمانية مقابل 4.2 مليار يورو، بحسب ما أعلنت الشركتان الاثنين.

وستدفع قديرة 3.5 مليار يورو نقدا، و700 مليون يورو في صورة أسهم جديدة.

ويحتفظ صندوق وادي كابيتال بحصة نسبتها 40%.

ومن المتوقع إتمام الصفقة البالغة قيمتها 4.2 مليار يورو خلال تسعة أشهر.
""",
    """Qadira seals Sahil deal

Telecoms | 11 June 2025 | 3 min read

Qadira Group sealed a deal worth €4.2bn for a 60 percent stake in Sahil Telecom on Monday.

The buyer pays €3bn in cash, with the remaining €1.2bn settled in Qadira shares.

Wadi Capital keeps a 40 percent holding.

The first tranche of €1.5 billion is due in July, the second of €2 billion in December.

Qadira paid €2.9 billion for Sahil's rival Najm Mobile in 2021.
""")


def _story(texts: tuple[str, ...], day: dt.date):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", text=t, published=day,
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t[:200]) else "en")
            for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


@pytest.fixture(scope="module")
def fund_deal():
    return _story(FUND_DEAL, dt.date(2025, 3, 4))


@pytest.fixture(scope="module")
def telecom_deal():
    return _story(TELECOM_DEAL, dt.date(2025, 6, 10))


def _findings(rep, kind):
    cl = {c.id: c for c in rep.claims}
    return [sorted({cl[i].value for i in f.claims}) for f in rep.findings
            if f.kind == kind and cl[f.claims[0]].property != "statement"]


@pytest.mark.parametrize("clash", [
    ["11000000000 USD", "12000000000 USD"],     # the part in cash, English against Arabic
    ["6000000000 USD", "7000000000 USD"],       # the part converted from deposits
    ["30%", "35%"],                             # the stake the state keeps
    ["150000000000 USD", "90000000000 USD"],    # the expected investment ("Officials expect ... to draw")
    ["P1W", "P2W"],                             # when the first $5 billion falls due
])
def test_the_planted_contradictions_of_the_fund_deal(fund_deal, clash):
    assert clash in _findings(fund_deal, "contradiction")


def test_the_fund_deal_has_no_other_clash(fund_deal):
    assert len(_findings(fund_deal, "contradiction")) == 5


@pytest.mark.parametrize("agreement", [
    ["5000000000 USD"],                         # "the first $5 billion within a week" / "5 مليارات دولار خلال أسبوع"
    ["P2M"],                                    # the rest within two months, in three wordings
    ["140 km2", "14000 ha", "140000000 m2"],
])
def test_what_the_fund_deal_sources_agree_on(fund_deal, agreement):
    assert any(set(agreement) <= set(found) for found in _findings(fund_deal, "agreement"))


@pytest.mark.parametrize("clash", [
    ["3000000000 EUR", "3500000000 EUR"],       # the part in cash: "€3 billion" is not 2.5-3.5 billion
    ["1200000000 EUR", "700000000 EUR"],        # the part in shares
    ["1000000000 EUR", "1500000000 EUR"],       # the first tranche
    ["P6M", "P9M"],                             # when the €4.2 billion deal closes
])
def test_the_planted_contradictions_of_the_telecom_deal(telecom_deal, clash):
    assert clash in _findings(telecom_deal, "contradiction")


def test_the_stake_sold_and_the_stake_kept_never_clash(telecom_deal):
    clashes = _findings(telecom_deal, "contradiction")
    assert not any("40%" in c or "60%" in c for c in clashes)
    assert len(clashes) == 4   # nor the earlier deals' prices, the tranches with each other, a part with the total
