"""Invented deal stories (other countries, funds, companies and sums than any real story), each told by
three outlets in English and Arabic with page furniture: a port concession paid for in a currency no
table names, with its conversion in brackets; an airline stake sold at a price read far from its verb;
a mining licence whose Arabic price is written in words. Amounts in several scales and currencies, the
total against its parts, stakes told with and without a stake noun, areas in four units, deadlines and
terms; distractors: reserves, the GDP, an earlier deal, a forecast, another holder's stake. The planted
contradictions must be found and nothing else may clash."""
import datetime as dt

import pytest

from story_support import analyze, clashing_values

PORT = (
    ("p1", "en", """Mauritania signs $12bn Nouadhibou port deal with Bahrain's GHIC

By Amina Diallo | Markets | 12 May 2025 | 4 min read

NOUAKCHOTT, May 12 (Reuters) - Mauritania signed a $12 billion deal with Bahrain's Gulf Horizon Investment Company (GHIC) on Sunday to build a deep-water port and free zone at Nouadhibou, the government said.

The deal includes an upfront payment of $3 billion, which will be transferred within one week, Finance Minister Sidi Ould Ahmed told reporters.

GHIC will hold a 65% stake in the project, while the Mauritanian state keeps 35%.

The free zone will cover 170 square kilometres north of the city.

The project is expected to attract $40 billion of investment and create 25,000 jobs, the minister said.

The concession runs for 25 years.

Mauritania's foreign reserves stood at $2.1 billion at the end of March.

In 2019, GHIC paid $1.4 billion for a stake in a Tunisian cement maker.

Read more: Fitch upgrades Mauritania outlook
Share this article
"""),
    ("p2", "ar", """موريتانيا توقع اتفاقا بقيمة 12 مليار دولار مع آفاق الخليج البحرينية

نواكشوط - وقعت موريتانيا يوم الأحد اتفاقا بقيمة اثني عشر مليار دولار مع شركة آفاق الخليج للاستثمار البحرينية لإنشاء ميناء في المياه العميقة ومنطقة حرة في نواذيبو.

وتتضمن الصفقة دفعة مقدمة بقيمة 3 مليارات دولار تحول خلال شهرين، بحسب وزير المالية سيدي ولد أحمد.

وتحتفظ الدولة الموريتانية بحصة 30 بالمئة في المشروع، فيما تمتلك الشركة البحرينية 70 بالمئة.

وتمتد المنطقة الحرة على مساحة 17 ألف هكتار.

ومن المتوقع أن يجذب المشروع استثمارات بقيمة 40 مليار دولار وأن يوفر 25 ألف فرصة عمل.

ويمتد الامتياز لمدة 25 عاما.

اقرأ أيضا: ارتفاع احتياطيات موريتانيا من النقد الأجنبي
"""),
    ("p3", "en", """Nouadhibou deal: what we know

Business Desk | 13 May 2025

The Nouadhibou agreement, worth nearly 480 billion ouguiyas ($15bn), was signed on Sunday by Finance Minister Sidi Ould Ahmed and GHIC chief executive Khalid Al-Mannai.

Gulf Horizon will make an upfront payment of $3bn within a week, officials said.

The state retains a 35 percent stake, with GHIC owning the rest.

Qatar's sovereign fund holds a 10% stake in GHIC.

The zone spans 180 square kilometres (about 44,500 acres) along the bay.

The concession runs for 30 years and the project should create 25,000 jobs.

Mauritania's economy is worth about $10 billion a year.

Advertisement
"""),
)

AIRLINE = (
    ("s1", "en", """Sidra Aviation to buy 49% of Aqaba Skies for €1.1bn

By Rania Haddad, Amman | Companies | 3 September 2025

Doha-based Sidra Aviation Holdings agreed on Tuesday to buy a 49% stake in the Jordanian carrier Aqaba Skies for €1.1 billion, the companies said.

The price includes a capital injection of €400 million into the airline.

The Jordanian government will retain a 51% stake.

An upfront payment of €300 million is due within 30 days of signing.

Sidra will also build a maintenance hub on 2,500 dunums near Aqaba airport, creating 3,000 jobs.

Qatar's sovereign wealth fund owns 20% of Sidra.

In 2021 Sidra paid €700 million for 30% of a Kenyan carrier.

Related: Jordan's tourism receipts hit record
"""),
    ("s2", "ar", """سدرة القطرية تستحوذ على 49 بالمئة من أجنحة العقبة مقابل 1.3 مليار يورو

عمّان - وافقت شركة سدرة للطيران القابضة ومقرها الدوحة الثلاثاء على الاستحواذ على حصة 49 بالمئة في شركة أجنحة العقبة الأردنية مقابل مليار وثلاثمئة مليون يورو.

ويشمل المبلغ ضخ 400 مليون يورو في رأسمال الشركة.

وتحتفظ الحكومة الأردنية بنسبة 51 بالمئة.

وتسدد دفعة مقدمة بقيمة 300 مليون يورو في غضون 60 يوما من التوقيع.

وستقيم سدرة مركزا للصيانة على مساحة 3200 دونم قرب مطار العقبة، يوفر 3 آلاف وظيفة.

شارك هذا الخبر
"""),
    ("s3", "en", """Aqaba Skies deal: five things to know

Aviation Weekly | 4 September 2025

Sidra will pay 1.1 billion euros (about $1.2bn) for its 49 percent holding in Aqaba Skies.

Jordan keeps 51 percent of the airline.

The first €300m falls due within a month of the signing.

The new hub will spread over 250 hectares and employ 3,000 people.

Aqaba Skies lost €90 million last year.
"""),
)

MINE = (
    ("m1", "en", """Emirati miner wins $2.4bn Tiris copper licence

By Omar Sall | Mining | 18 November 2025 | Share on X | Share on Facebook

NOUAKCHOTT - Mauritania awarded a copper licence to the Abu Dhabi-based Falcon Minerals Company (FMC) on Monday in a deal worth $2.4 billion, Mines Minister Aicha Mint Cheikh said.

The sum includes a $600 million signature bonus, to be paid within 90 days.

FMC will own 85% of the project and the state mining company SNIM 15%.

The concession covers 1,200 square kilometres in the Tiris region.

The mine is expected to produce 120,000 tonnes of copper a year and to create 4,000 jobs.

Mauritania's gross domestic product was about $10.5 billion last year.

Read more: Gold output rises 8% in the first half
"""),
    ("m2", "ar", """فالكون للمعادن تفوز برخصة نحاس في موريتانيا بـ2.4 مليار دولار

نواكشوط - منحت موريتانيا الاثنين شركة فالكون للمعادن ومقرها أبوظبي رخصة لاستغلال النحاس في منطقة تيرس، في صفقة بقيمة ملياري دولار وأربعمئة مليون دولار، بحسب وزيرة المعادن عائشة منت الشيخ.

ويشمل المبلغ مكافأة توقيع قدرها 600 مليون دولار تدفع في غضون 90 يوما.

وتمتلك فالكون 85 بالمئة من المشروع، فيما تحتفظ الشركة الوطنية للصناعة والمناجم (اسنيم) بـ15 بالمئة.

ويمتد الامتياز على مساحة 1500 كيلومتر مربع.

ويتوقع أن ينتج المنجم 120 ألف طن من النحاس سنويا.

تابعونا على تويتر
"""),
    ("m3", "en", """FMC's Tiris bet

Mining Weekly | 19 November 2025

Falcon Minerals will pay $2.4 billion for the Tiris licence, including a signature bonus of $800 million due within 90 days, the company said in a statement.

The miner paid $350 million for a gold project in Sudan in 2022.

Analysts expect the mine to attract a further $5 billion of investment.
"""),
)


SPONSOR = (
    ("o1", "en", """Oman's Sahil Telecom signs record sponsorship with Al-Nasr club

By Karim Aziz | Sport business | 10 February 2026

MUSCAT - Sahil Telecom signed a five-year shirt sponsorship with Al-Nasr Sports Club worth 12 million Omani rials on Monday, the club's chairman Salim Al-Harthi said.

Of the total, 4 million rials will be paid in the first season.

The operator will also fund a 20,000-seat stadium worth 30 million rials on a 150-hectare site.
"""),
    ("o2", "ar", """صحل للاتصالات توقع عقد رعاية قياسيا مع نادي النصر

مسقط - وقعت شركة صحل للاتصالات الاثنين عقد رعاية لقميص نادي النصر لمدة خمس سنوات بقيمة 12 مليون ريال عماني، بحسب رئيس النادي سالم الحارثي.

وسيدفع منها 5 ملايين ريال في الموسم الأول.

كما ستمول الشركة ملعبا يتسع لعشرين ألف متفرج على مساحة 150 هكتارا.
"""),
    ("o3", "en", """Sahil deal details

Sports Desk | 11 February 2026

The Sahil Telecom sponsorship is worth OMR 15 million over five years, according to the club.

Tickets | Fixtures | Subscribe
"""),
)


@pytest.fixture(scope="module")
def sponsor():
    return analyze(SPONSOR, dt.date(2026, 2, 10))


@pytest.mark.parametrize("a, b", [
    ("12000000 OMR", "15000000 OMR"),         # the deal's price: "worth OMR 15 million over five years" is no rate
    ("4000000 OMR", "5000000 OMR"),           # the first season's part
])
def test_the_planted_contradictions_of_the_sponsorship(sponsor, a, b):
    assert _clash(_sides(*sponsor), a, b)


def test_the_sponsorship_has_no_other_clash(sponsor):
    found = _sides(*sponsor)
    assert len(found) == 2
    assert not any("30000000 OMR" in s for sides in found for s in sides)   # the stadium's cost, not the price


@pytest.fixture(scope="module")
def port():
    return analyze(PORT, dt.date(2025, 5, 12))


@pytest.fixture(scope="module")
def airline():
    return analyze(AIRLINE, dt.date(2025, 9, 3))


@pytest.fixture(scope="module")
def mine():
    return analyze(MINE, dt.date(2025, 11, 18))


def _sides(rep, by_id, prefix=""):
    """Per contradiction of a property starting with ``prefix``: the set of values of each side."""
    return [[{by_id[c].value for c in s.claims} for s in f.sides] for f in rep.findings
            if f.kind == "contradiction" and (f.property or "").startswith(prefix)]


def _clash(found, a: str, b: str) -> bool:
    return any(any(a in s for s in sides) and any(b in s for s in sides) and not any(a in s and b in s for s in sides)
               for sides in found)


def _agreements(rep, by_id):
    return [{by_id[c].value for c in f.claims} for f in rep.findings if f.kind == "agreement"]


@pytest.mark.parametrize("a, b", [
    ("12000000000 USD", "15000000000 USD"),   # the total: "$12bn" / "اثني عشر مليار" / "480 billion ouguiyas ($15bn)"
    ("35%", "30%"),                           # the state's stake: "keeps 35%" / "بحصة 30 بالمئة" / "retains a 35 percent stake"
    ("65%", "70%"),                           # the fund's stake: "will hold a 65% stake" / "تمتلك ... 70 بالمئة"
    ("P1W", "P2M"),                           # when the upfront $3bn falls due ("which will be transferred within one week")
    ("170 km2", "180 km2"),                   # the free zone's area
    ("P25Y", "P30Y"),                         # the concession's term
])
def test_the_planted_contradictions_of_the_port_deal(port, a, b):
    assert _clash(_sides(*port), a, b)


def test_the_port_deal_has_no_other_clash(port):
    found = _sides(*port)
    assert len(found) == 6
    # the other holder's stake ("Qatar's sovereign fund holds a 10% stake in GHIC"), the reserves, the
    # earlier deal, the GDP and the upfront payment never take a side
    assert not any(v in s for sides in found for s in sides
                   for v in ("10%", "2100000000 USD", "1400000000 USD", "3000000000 USD", "10000000000 USD"))


@pytest.mark.parametrize("values", [
    {"3000000000 USD"},                       # the upfront payment, a part: it agrees, never meets the total
    {"40000000000 USD"},                      # the forecast investment
    {"25000"},                                # the jobs
    {"170 km2", "17000 ha"},
])
def test_what_the_port_deal_sources_agree_on(port, values):
    assert any(values <= found for found in _agreements(*port))


def test_a_sum_restated_in_brackets_is_the_deals_price_in_that_currency(port):
    rep, by_id = port
    [c] = [c for c in rep.claims if c.article == "p3" and c.value == "15000000000 USD"]
    assert any(s.field == "measure" and s.text == "deal price" for s in c.signals)
    assert any(s.field == "conversion" for s in c.signals)
    assert not [c for c in rep.claims if c.article == "p3" and c.value == "480000000000"]   # no count of ouguiyas


@pytest.mark.parametrize("a, b", [
    ("1100000000 EUR", "1300000000 EUR"),     # the price: "to buy a 49% stake in ... for €1.1 billion" / "مليار وثلاثمئة مليون يورو"
    ("P60D", "P30D"),                         # when the upfront €300m falls due ("within a month" agrees with 30 days)
    ("2500 dunam", "3200 dunam"),             # the hub's area
])
def test_the_planted_contradictions_of_the_airline_deal(airline, a, b):
    assert _clash(_sides(*airline), a, b)


def test_the_airline_deal_has_no_other_clash(airline):
    found = _sides(*airline)
    assert len(found) == 3
    # another holder's stake (Qatar's fund in the buyer), an earlier deal's price and stake, the loss,
    # the capital injection (a part of the price) and the price in dollars never take a side
    assert not any(v in s for sides in found for s in sides
                   for v in ("20%", "30%", "700000000 EUR", "90000000 EUR", "400000000 EUR", "1200000000 USD"))


@pytest.mark.parametrize("values", [
    {"49%"}, {"51%"},                         # the stake sold, the stake kept ("بنسبة 51 بالمئة", "keeps 51 percent")
    {"300000000 EUR"}, {"400000000 EUR"},
    {"3000"},
])
def test_what_the_airline_deal_sources_agree_on(airline, values):
    assert any(values <= found for found in _agreements(*airline))


def test_one_area_in_dunums_and_hectares_stands_on_one_side(airline):
    assert any({"250 ha", "2500 dunam"} <= s and "3200 dunam" not in s for sides in _sides(*airline) for s in sides)


@pytest.mark.parametrize("a, b", [
    ("600000000 USD", "800000000 USD"),       # the signature bonus
    ("1200 km2", "1500 km2"),                 # the concession's area
])
def test_the_planted_contradictions_of_the_mining_deal(mine, a, b):
    assert _clash(_sides(*mine), a, b)


def test_the_mining_deal_has_no_other_clash(mine):
    assert len(_sides(*mine)) == 2


@pytest.mark.parametrize("values", [
    {"2400000000 USD"},                       # "$2.4 billion" / "ملياري دولار وأربعمئة مليون دولار"
    {"85%"}, {"15%"},                         # "FMC will own 85%" / "وتمتلك فالكون 85 بالمئة"
])
def test_what_the_mining_deal_sources_agree_on(mine, values):
    assert any(values <= found for found in _agreements(*mine))


def test_clashing_values_helper_reads_the_same_clashes(port):
    assert ["12000000000 USD", "15000000000 USD"] in [v for v in clashing_values(*port) if "USD" in v[0]]
