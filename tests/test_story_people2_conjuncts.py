"""An invented landslide and an invented transfer (no real disaster or player: places, names, figures
and outlets invented): a modality cue opening a later conjunct ("... and will resume the search",
"وسوف تستأنف") makes that conjunct planned, not the figures before it ("have pulled 23 survivors from
the mud and will resume the search at dawn": 23 were pulled). So the survivors clash (23 / 31), the
sandbags filled clash (900 / 700: an open count, which a plan would keep from a fact) and the
contract lengths clash as facts (five / four years); a plan stated across a coordination of noun
phrases ("400 residents and 60 patients will be moved") stays a plan, never against what happened."""
import datetime as dt

import pytest

from story_support import analyze, clashing_values

DAY = dt.date(2026, 10, 14)
SLIDE = [
    ("01_wire_en", "en", "KESSA, Oct 14 (NPA) - Rescuers have pulled 23 survivors from the mud in Kessa and will "
     "resume the search at dawn, the regional governor said.\n\n"
     "Volunteers have filled 900 sandbags along the river and will return on Wednesday.\n\n"
     "Authorities will evacuate 400 residents and 60 hospital patients from the valley.\n\n"
     "Share this story\n"),
    ("02_daily_en", "en", "Kessa landslide: survivors pulled from mud\n\nBy Ana Petrov | October 14, 2026\n\n"
     "Rescue teams pulled 31 survivors from the mud in Kessa on Tuesday, officials said.\n\n"
     "Volunteers filled 700 sandbags along the river.\n\n"
     "Authorities evacuated 250 residents from the valley overnight.\n\nRead more: Heavy rain hits the north\n"),
    ("03_alaan_ar", "ar", "الرئيسية > عربي ودولي\n\nانهيار أرضي في كيسا\n\n"
     "وانتشلت فرق الإنقاذ 23 ناجيا من الوحل في كيسا وسوف تستأنف عمليات البحث فجر الأربعاء.\n\nشارك الخبر\n"),
]
SIGNING = [
    ("a", "en", "Kasimir Oduya has signed a five-year contract with Atletico Norvale and will wear the number 9 shirt."),
    ("b", "en", "Kasimir Oduya signed a four-year contract with Atletico Norvale on Monday."),
]


def test_a_plan_in_a_later_conjunct_leaves_the_figure_before_it_a_fact():
    rep, by_id = analyze(SLIDE, DAY)
    assert sorted(clashing_values(rep, by_id)) == [["23", "31"], ["700", "900"]]


def test_a_plan_over_a_coordination_of_noun_phrases_stays_a_plan():
    rep, by_id = analyze(SLIDE, DAY)
    planned = sorted(c.value for c in rep.claims if c.article == "01_wire_en" and c.value and c.modality == "planned")
    assert planned == ["400", "60"]


def test_the_contract_length_before_a_planned_conjunct_is_a_fact():
    rep, by_id = analyze(SIGNING, DAY)
    lengths = {c.value: c.modality for c in rep.claims if c.property == "duration"}
    assert lengths == {"P5Y": "asserted", "P4Y": "asserted"}
    shirt = [c.modality for c in rep.claims if c.value == "9"]
    assert shirt == ["planned"]


# one row per clause -> the modality of each of its figures, in order
@pytest.mark.parametrize("lang, text, moods", [
    ("en", "Rescuers have pulled 23 survivors and will resume the search at 6 am.", ["asserted", "planned"]),
    ("en", "Rescuers will pull 23 survivors out and will resume the search at 6 am.", ["planned", "planned"]),
    ("en", "Officials said 50 hostages and 150 prisoners will be freed.", ["planned", "planned"]),
    ("ar", "وانتشلت الفرق 23 ناجيا وسوف تستأنف البحث الساعة 6 صباحا.", ["asserted", "planned"]),
    ("ar", "وانتشلت الفرق 23 ناجيا وسيتم استئناف البحث الساعة 6 صباحا.", ["asserted", "planned"]),
])
def test_a_modality_cue_rules_its_own_conjunct(lang, text, moods):
    rep, _ = analyze([("x", lang, text)], DAY)
    claims = [c for c in rep.claims if c.property != "statement"]
    assert [c.modality for c in sorted(claims, key=lambda c: c.start)] == moods
