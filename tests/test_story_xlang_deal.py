"""An invented deal told by two English and two Arabic outlets: the jobs the project will create
(3,000 / 5 آلاف فرصة عمل: the Arabic noun is a construct, "opportunity of work") and the park's area
(5,000 hectares / 20 ألف فدان, about 8,400 ha) differ only across the two languages and clash; the
first tranche ($300 million) agrees and never clashes with the price; price and stake agree."""
import datetime as dt

from story_support import analyze, clashing_values

ROWS = [
    ('a', 'en', 'Helion Power buys stake in Wadi Sahm solar park\n\nHelion Power agreed to buy a 40% stake in the Wadi Sahm solar park for $1.2 billion, the company said on Tuesday.\n\nThe park covers 5,000 hectares. The project will create 3,000 jobs, Helion said.\n\nHelion will pay a first tranche of $300 million on signing.'),
    ('b', 'en', 'Helion in $1.2bn solar deal\n\nHelion Power will take a 40% stake in the Wadi Sahm solar project in a deal worth $1.2 billion.\n\nThe project, spread over 5,000 hectares, will create 3,000 jobs, the developer said.'),
    ('c', 'ar', 'هيليون باور تستحوذ على حصة في مجمع وادي سهم للطاقة الشمسية\n\nأعلنت شركة هيليون باور أنها ستستحوذ على حصة 40% في مجمع وادي سهم للطاقة الشمسية مقابل 1.2 مليار دولار.\n\nويمتد المجمع على مساحة 20 ألف فدان، ومن المقرر أن يوفر المشروع 5 آلاف فرصة عمل.'),
    ('d', 'ar', 'صفقة بقيمة 1.2 مليار دولار لمجمع وادي سهم\n\nقالت هيليون باور إنها ستدفع 1.2 مليار دولار مقابل حصة 40% في مجمع وادي سهم للطاقة الشمسية.\n\nوأضافت أنه من المقرر أن يوفر المشروع 5 آلاف فرصة عمل، على أن تدفع الشركة الدفعة الأولى البالغة 300 مليون دولار عند التوقيع.'),
]
DAYS = {'a': dt.date.fromisoformat('2025-06-10'), 'b': dt.date.fromisoformat('2025-06-10'), 'c': dt.date.fromisoformat('2025-06-10'), 'd': dt.date.fromisoformat('2025-06-11')}


def _report():
    return analyze([(i, lang, text) for i, lang, text in ROWS], DAYS['a'], DAYS)


def test_jobs_and_area_clash_across_languages():
    rep, by_id = _report()
    assert sorted(clashing_values(rep, by_id)) == [["20000 feddan", "5000 ha"], ["3000", "5000"]]


def test_tranche_and_price_agree_never_clash():
    rep, by_id = _report()
    values = {v for pair in clashing_values(rep, by_id) for v in pair}
    assert not values & {"300000000 USD", "1200000000 USD", "40%"}
