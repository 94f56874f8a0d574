"""Invented sport stories (players, events and numbers of no real one): how long a match lasted is a
length, not a race time, even where "final" is a race word ("the final lasted 2 hours 41 minutes",
"استغرقت المباراة ساعتين و41 دقيقة" against "three hours and five minutes"); a margin after "took"
("took 0.38 seconds off the old mark") stays a race margin. And an Arabic report that names its
competitors by nationality ("البريطاني", "الفنلندي") shares those countries with an English one that
writes "Britain's" (story clustering, ``feed.features.features``)."""
import datetime as dt

import pytest

from factcheck.feed import features
from factcheck import pipeline
from factcheck.models import Article
from story_support import analyze

DAY = dt.date(2032, 9, 12)
ROWS = [
    ("e1", "en", "Tennis\n\nKovar takes Graz title\n\nGRAZ, Sept 12 (Wire) - Petra Kovar won the Graz Open on Sunday, "
                 "beating Anna Lind 7-5, 4-6, 6-3 in a final that lasted 2 hours 41 minutes.\n\n"
                 "The 24-year-old took the opening set after 58 minutes.\n\nShare this article\n"),
    ("e2", "en", "Kovar beats Lind in Graz\n\nPetra Kovar beat Anna Lind 7-5, 4-6, 6-3 to win the Graz Open on Sunday.\n\n"
                 "The final lasted three hours and five minutes.\n"),
    ("a1", "ar", "الرئيسية > رياضة\n\nكوفار تتوج بلقب غراتس\n\nغراتس (وكالات) - توجت التشيكية بيترا كوفار بلقب بطولة غراتس "
                 "للتنس بعد فوزها على السويدية آنا ليند 7-5 و4-6 و6-3 يوم الأحد.\n\n"
                 "واستغرقت المباراة النهائية ساعتين و41 دقيقة.\n"),
]


def _findings(kind, prop):
    rep, by_id = analyze(ROWS, DAY)
    return [sorted((by_id[c].article, by_id[c].value) for c in f.claims) for f in rep.findings
            if f.kind == kind and f.property == prop], rep


def test_how_long_the_final_lasted_clashes_across_languages():
    clashes, rep = _findings("contradiction", "duration")
    assert clashes == [[("a1", "PT2H41M0S"), ("e1", "PT2H41M0S"), ("e2", "PT3H5M0S")]]
    assert not any(c.property == "racetime" for c in rep.claims if c.value in ("PT2H41M0S", "PT3H5M0S"))


def test_the_match_score_agrees_and_the_opening_set_is_no_length_of_the_final():
    agreements, rep = _findings("agreement", "score")
    assert agreements == [[("a1", "7-5,4-6,6-3"), ("e1", "7-5,4-6,6-3"), ("e2", "7-5,4-6,6-3")]]
    clashes, _ = _findings("contradiction", "duration")
    assert all("PT58M" not in v for cl in clashes for _, v in cl)


# one row per sentence -> the property its time is read as
@pytest.mark.parametrize("lang, text, value, prop", [
    ("en", "The final lasted 2 hours 41 minutes.", "PT2H41M0S", "duration"),
    ("en", "The semi-final lasted just 58 minutes.", "PT58M", "duration"),
    ("ar", "واستغرقت المباراة النهائية ساعتين و41 دقيقة.", "PT2H41M0S", "duration"),
    ("ar", "واستمرت المباراة ثلاث ساعات وخمس دقائق.", "PT3H5M0S", "duration"),
    ("en", "Lund took 0.38 seconds off the previous mark of 1:52.40 in the final.", "PT0.38S", "racetime"),
    ("en", "Lund won the final in 1:52.02.", "PT0H1M52.02S", "racetime"),
])
def test_a_length_or_a_race_time(lang, text, value, prop):
    rep, _ = analyze([("x", lang, text)], DAY)
    assert [c.property for c in rep.claims if c.value == value] == [prop]


def _countries(lang, text):
    art = Article(id="x", path="x.txt", language=lang, text=text)
    return sorted(k for k in features.features(art, pipeline.article_stage(art)[0]) if k.startswith("p:country:"))


# one row per text -> the countries it names for story clustering
@pytest.mark.parametrize("lang, text, countries", [
    ("ar", "فاز البريطاني دانيال أوكو على الفنلندي فيلي نيمي.", ["p:country:FI", "p:country:GB"]),
    ("ar", "توجت التشيكية بيترا كوفار باللقب.", ["p:country:CZ"]),
    ("en", "Britain's Daniel Oko beat Finland's Ville Nieminen.", ["p:country:FI", "p:country:GB"]),
    ("en", "The British driver beat the Finnish champion in Graz.", ["p:country:FI", "p:country:GB"]),
    ("ar", "فاز دانيال أوكو على فيلي نيمي.", []),
])
def test_a_nationality_names_its_country_for_clustering(lang, text, countries):
    assert _countries(lang, text) == countries
