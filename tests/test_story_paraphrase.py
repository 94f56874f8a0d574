"""An invented bridge-closure story (three English wires, three Arabic sites, with page furniture):
one source states a fact in a short clause of its own, another inside a longer clause that says more
("Portuguese divers inspected the foundations." / "A team of Portuguese divers were inspecting the
foundations on Tuesday morning ahead of a decision ..."). The shared words are the story's topic, too
common to agree on by rare words alone: the two agree because the short clause is told within the long
one (``kinds.statement_within``), in both languages. Distractors that share the words but state a
number the long clause does not ("Two tugboats towed the barge", "قطرت ثلاث قاطرات البارجة") never
agree with it."""
import datetime as dt

import pytest

from story_support import analyze

DAY = dt.date(2031, 3, 14)
ROWS = [
    ("e1", "en", "Share this article\n\nThe Tessaly Bridge was closed to traffic on Monday after a cargo barge "
                 "struck one of its piers, the transport authority said.\n\nPortuguese divers inspected the "
                 "foundations.\n\nThe closure diverted about 40,000 vehicles onto the ring road.\n\n"
                 "Read more: Ferry fares to rise in spring"),
    ("e2", "en", "By Dana Whitcombe\nPublished 14 March 2031\n\nA barge hit a pier of the Tessaly Bridge early "
                 "on Monday. A team of Portuguese divers were inspecting the foundations on Tuesday morning "
                 "ahead of a decision on reopening the crossing to lorries.\n\nFirefighters from the port "
                 "rescued the crew before dawn, the harbour master told local radio.\n\nTugboats towed the "
                 "barge to the shipyard on Monday night, according to the port operator, which gave no "
                 "estimate of the damage."),
    ("e3", "en", "The Tessaly Bridge will stay shut for at least two weeks, the mayor said.\n\nGreek firefighters "
                 "rescued the crew.\n\nTwo tugboats towed the barge.\n\nFollow us on social media"),
    ("a1", "ar", "شارك الخبر\n\nأغلقت السلطات جسر تيسالي أمام حركة السير يوم الاثنين بعد أن اصطدمت بارجة شحن "
                 "بإحدى دعاماته.\n\nغواصون برتغاليون تفقدوا الأساسات.\n\nاقرأ أيضا: ارتفاع أسعار تذاكر العبارات"),
    ("a2", "ar", "بقلم: سلمى الراشد\n14 مارس 2031\n\nوكان فريق من الغواصين البرتغاليين يتفقد أساسات الجسر صباح "
                 "الثلاثاء قبل اتخاذ قرار بشأن إعادة فتحه أمام الشاحنات.\n\nوأنقذ رجال الإطفاء في الميناء طاقم "
                 "البارجة قبل الفجر، بحسب ما قاله مدير الميناء لإذاعة محلية.\n\nوقطرت قاطرات البارجة إلى حوض "
                 "بناء السفن ليل الاثنين، وفق مشغل الميناء الذي لم يقدر حجم الأضرار."),
    ("a3", "ar", "قال رئيس البلدية إن الجسر سيبقى مغلقا أسبوعين على الأقل.\n\nرجال إطفاء يونانيون أنقذوا "
                 "الطاقم.\n\nقطرت ثلاث قاطرات البارجة.\n\nتابعونا على مواقع التواصل"),
]


@pytest.fixture(scope="module")
def report():
    return analyze(ROWS, DAY)


def _agreeing(report, first: str, second: str) -> list[str]:
    """Reasons of the statement agreements holding a claim quoting ``first`` and one quoting ``second``."""
    rep, by_id = report
    out = []
    for f in rep.findings:
        if f.kind != "agreement" or f.property != "statement":
            continue
        quotes = [by_id[c].quote for c in f.claims]
        if any(first in q for q in quotes) and any(second in q for q in quotes):
            out.append(f.reason)
    return out


@pytest.mark.parametrize("short, long_", [
    ("Portuguese divers inspected the foundations", "A team of Portuguese divers were inspecting the foundations"),
    ("غواصون برتغاليون تفقدوا الأساسات", "وكان فريق من الغواصين البرتغاليين يتفقد أساسات الجسر"),
])
def test_a_short_clause_told_within_a_longer_one_agrees(report, short, long_):
    reasons = _agreeing(report, short, long_)
    assert reasons and all("told within a longer clause" in r for r in reasons)


@pytest.mark.parametrize("short, long_", [
    ("Two tugboats towed the barge", "Tugboats towed the barge to the shipyard"),
    ("قطرت ثلاث قاطرات البارجة", "وقطرت قاطرات البارجة إلى حوض بناء السفن"),
    ("Portuguese divers inspected the foundations", "Tugboats towed the barge"),
    ("غواصون برتغاليون تفقدوا الأساسات", "وأنقذ رجال الإطفاء في الميناء"),
])
def test_a_number_or_another_fact_never_agrees(report, short, long_):
    assert _agreeing(report, short, long_) == []


def test_the_two_agreements_are_the_only_clauses_told_within(report):
    rep, by_id = report
    within = sorted(sorted(by_id[c].article for c in f.claims) for f in rep.findings
                    if f.kind == "agreement" and "told within" in f.reason)
    assert within == [["a1", "a2"], ["e1", "e2"]]
