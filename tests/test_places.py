"""factcheck.mentions.places: offline place recognition and containment."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.mentions.places import compatible, contains, find_places, place

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT.parent / "shared" / "stories"

ISTANBUL, MOSCOW, WASHINGTON_DC = "city:745044", "city:524901", "city:4140963"
DERNA, BENGHAZI, AHMEDABAD, RIYADH = "city:87205", "city:88319", "city:1279233", "city:108410"


def keys(text: str) -> list[str]:
    return [m.key for m in find_places(text)]


@pytest.mark.parametrize("text, expected", [
    # English
    ("The meeting was in Istanbul.", [ISTANBUL]),
    ("talks in İstanbul", [ISTANBUL]),
    ("The meeting was in Turkey.", ["country:TR"]),
    ("Türkiye hosted the talks", ["country:TR"]),
    ("Moscow and Washington", [MOSCOW, WASHINGTON_DC]),
    ("in Washington, D.C. today", [WASHINGTON_DC]),
    ("Washington state officials", ["state:US-WA"]),
    ("floods in Derna, eastern Libya", [DERNA, "country:LY"]),
    ("the port city of Darnah", [DERNA]),
    ("Benghazi, Libya's second city", [BENGHAZI, "country:LY"]),
    ("crashed in Ahmedabad, India", [AHMEDABAD, "country:IN"]),
    ("bound for London's Gatwick airport", ["city:2643743"]),
    ("summit in Rio de Janeiro", ["city:3451190"]),
    ("flights to New Delhi", ["city:1261481"]),
    ("the United States and the United Kingdom", ["country:US", "country:GB"]),
    ("US planemaker Boeing and UK regulators", ["country:US", "country:GB"]),
    ("across the Middle East", ["region:middle_east"]),
    ("the North African country", []),  # an adjective, not the region
    ("storms in North Africa", ["region:north_africa"]),
    ("southeastern Europe", ["region:europe"]),
    ("New York", ["city:5128581"]),
    ("the Gaza Strip", ["state:PS-GZ"]),
    # Arabic, with proclitics and spelling variants
    ("الاجتماع في إسطنبول", [ISTANBUL]),
    ("اسطنبول", [ISTANBUL]),
    ("استنبول", [ISTANBUL]),
    ("في القنصلية الروسية بإسطنبول", [ISTANBUL]),
    ("بين موسكو وواشنطن", [MOSCOW, WASHINGTON_DC]),
    ("واشنطن", [WASHINGTON_DC]),
    ("الحرب في أوكرانيا لأوكرانيا", ["country:UA", "country:UA"]),
    ("في إسطنبول بتركيا", [ISTANBUL, "country:TR"]),
    ("روسيا والولايات المتحدة", ["country:RU", "country:US"]),
    ("الولايات المتحدة الأمريكية", ["country:US"]),
    ("روسيا وأميركا", ["country:RU", "country:US"]),
    ("أمريكا", ["country:US"]),
    ("المملكة المتحدة وبريطانيا", ["country:GB", "country:GB"]),
    ("الهند", ["country:IN"]),
    ("ليبيا", ["country:LY"]),
    ("في مدينة درنة", [DERNA]),
    ("بدرنة", [DERNA]),
    ("وصولًا إلى بنغازي", [BENGHAZI]),
    ("في الرياض", [RIYADH]),
    ("رياض", [RIYADH]),
    ("بالرياض وللرياض", [RIYADH, RIYADH]),
    ("أحمد آباد", [AHMEDABAD]),
    ("ريو دي جانيرو", ["city:3451190"]),
    ("في شمال أفريقيا", ["region:north_africa"]),
    ("الشرق الأوسط", ["region:middle_east"]),
    ("المدينة المنورة", ["city:109223"]),
    ("ولاية نيويورك", ["state:US-NY"]),
    # common words, demonyms and person names: no place
    ("Nice work, he said.", []),
    ("Reading the Mobile Split", []),
    ("Most Popular", []),
    ("Of course, in March and May", []),
    ("Russian and Indian officials", []),
    ("us and them", []),
    ("Vladimir Putin", []),
    ("السفير الروسي والمحادثات الروسية الأمريكية", []),
    ("بعد اتفاق في المدينة", []),
    ("أمل وسلام ونصر", []),
    ("الخارجية الأميركية", []),
    ("صحيفة ديلي ميل", []),
    ("كان الخبر في البورصة", []),
    ("سعودية", []),
    ("كنيس", []),
])
def test_find_places_table(text, expected):
    assert keys(text) == expected


def test_mention_fields():
    text = "قرار في إسطنبول وواشنطن"
    first, second = find_places(text)
    assert (first.name, first.kind, first.country) == ("Istanbul", "city", "TR")
    assert text[first.start:first.end] == "إسطنبول"
    assert text[second.start:second.end] == "واشنطن"  # the proclitic و is not part of the span
    assert second.rule.startswith("places.json:city Washington") and "proclitic 'و'" in second.rule
    assert find_places("Turkey")[0].country == "TR"
    assert find_places("Europe")[0].country is None


def test_proclitic_span_skips_diacritics():
    text = "بِإِسْطَنْبُول"
    (m,) = find_places(text)
    assert m.key == ISTANBUL and text[m.start:m.end] == "إِسْطَنْبُول"


def test_longest_match_wins():
    assert keys("Kuwait City") == ["city:285787"]
    assert keys("Kuwait") == ["country:KW"]
    assert keys("Middle East and North Africa") == ["region:mena"]


@pytest.mark.parametrize("outer, inner, expected", [
    ("country:TR", ISTANBUL, True),
    ("country:TR", MOSCOW, False),
    ("country:LY", BENGHAZI, True),
    ("country:LY", DERNA, True),
    ("country:IN", AHMEDABAD, True),
    ("country:SA", RIYADH, True),
    ("country:US", WASHINGTON_DC, True),
    ("state:US-DC", WASHINGTON_DC, True),
    ("state:US-WA", WASHINGTON_DC, False),
    ("country:US", "state:US-WA", True),
    ("region:middle_east", "country:TR", True),
    ("region:middle_east", ISTANBUL, True),
    ("region:north_africa", "country:LY", True),
    ("region:north_africa", DERNA, True),
    ("region:africa", "region:north_africa", True),
    ("region:north_africa", "region:africa", False),
    ("region:middle_east", "region:north_africa", False),
    ("region:europe", MOSCOW, True),
    ("region:europe", ISTANBUL, True),
    ("state:GB-ENG", "city:2643743", True),
    ("state:PS-GZ", "city:281133", True),
    (ISTANBUL, "country:TR", False),
    (ISTANBUL, ISTANBUL, True),
    (MOSCOW, ISTANBUL, False),
    ("country:TR", "country:TR", True),
    ("country:XX", ISTANBUL, False),
])
def test_contains(outer, inner, expected):
    assert contains(outer, inner) is expected


def test_compatible():
    assert compatible("country:TR", ISTANBUL) and compatible(ISTANBUL, "country:TR")
    assert not compatible(MOSCOW, ISTANBUL)
    assert compatible(DERNA, "region:north_africa")
    assert not compatible("country:LY", "country:TR")


def test_place_lookup():
    p = place(DERNA)
    assert (p.name, p.kind, p.country) == ("Darnah", "city", "LY")
    assert place("country:TR").name == "Turkey"
    assert "LY" in place("region:north_africa").members
    assert place("city:0") is None


def test_import_is_lazy():
    code = "import factcheck.mentions.places as p; assert p._data.cache_info().currsize == 0"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


_SAMPLE_KEYS = [ISTANBUL, MOSCOW, WASHINGTON_DC, DERNA, "country:TR", "country:LY", "country:US",
                "state:US-WA", "state:US-DC", "region:middle_east", "region:africa",
                "region:north_africa", "region:europe", "country:XX", "city:0"]
_ALPHABET = st.sampled_from(list("اأإبتةثجحدذرزسشطعغفقكلمنهوىيءؤئ ًٌٍَُِّْ")
                            + list("abcdeIiNSTUWYkmorstu .,'’-\n") + ["إسطنبول", "بإسطنبول",
                            "Istanbul", "US", "New York", "واشنطن", "درنة", "ال", "و"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_spans_are_valid(text):
    prev_end = 0
    for m in find_places(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= prev_end  # sorted, non-overlapping
        prev_end = m.end


@given(st.sampled_from(_SAMPLE_KEYS), st.sampled_from(_SAMPLE_KEYS))
def test_compatible_is_symmetric(a, b):
    assert compatible(a, b) == compatible(b, a)
    assert contains(a, a)


# Real texts: every place each one names, and nothing else. Known, accepted readings are noted:
# metonyms (a TV channel, a football club) and the biggest-city rule ("سوسة" is read as Sousse,
# Tunisia; the Libyan Susah is below the population cut).
_SEEDS = {
    "000_3f4968280cc433b8.txt": {MOSCOW, WASHINGTON_DC, ISTANBUL, "country:RU", "country:US",
                                 "city:292672", "city:3128760"},  # Sharjah TV, FC Barcelona
    "001_65600ba9a65811e9.txt": {MOSCOW, WASHINGTON_DC, ISTANBUL, RIYADH, "country:RU",
                                 "country:US", "country:TR", "country:UA"},
    "002_d62206bde3da53bb.txt": {MOSCOW, WASHINGTON_DC, "country:RU", "country:US", "country:AZ",
                                 "city:3451190", "city:1735161", "city:587084"},
    "003_53fd142aed23886e.txt": {MOSCOW, WASHINGTON_DC, ISTANBUL, "country:RU", "country:US",
                                 "country:TR", "country:UA", "region:europe"},
    "004_ddc587dfb9686f8d.txt": {MOSCOW, WASHINGTON_DC, ISTANBUL, RIYADH, "city:323786",
                                 "country:RU", "country:US", "country:TR", "country:UA",
                                 "region:europe"},
}
_STORIES = {
    "air_india_ai171_crash_2025/01_decencyglobalnews_en.txt": {AHMEDABAD, "city:2643743",
                                                               "country:IN", "country:US"},
    "air_india_ai171_crash_2025/02_newsdaily24_en.txt": {AHMEDABAD, "city:2643743", "country:IN"},
    "air_india_ai171_crash_2025/03_dailydigest360_en.txt": {AHMEDABAD, "city:2643743",
                                                            "country:IN"},
    "air_india_ai171_crash_2025/04_lakrachronicals_en.txt": {AHMEDABAD, "city:2643743",
                                                             "country:IN"},
    "air_india_ai171_crash_2025/05_assamfront_en.txt": {AHMEDABAD, "city:2643743", "country:IN",
                                                        "country:US", "country:GB",
                                                        "city:1272648"},  # Dibrugarh
    "derna_floods_2023/01_ghadamagazine_ar.txt": {DERNA, BENGHAZI, "country:LY", "city:81302",
                                                  "city:88903", "city:89055",
                                                  "city:2464915"},  # Sousse: biggest "سوسة"
    "derna_floods_2023/02_touwensa_ar.txt": {DERNA, "country:LY"},
    "derna_floods_2023/03_almashhad_ar.txt": {DERNA, "country:LY"},
    "derna_floods_2023/04_livemint_en.txt": {DERNA, "country:LY", "country:MA", "region:europe"},
    "derna_floods_2023/05_securitywatch_en.txt": {DERNA, BENGHAZI, "country:LY", "country:TR"},
    "derna_floods_2023/06_bdmetronews24_en.txt": {DERNA, "country:LY"},
}


@pytest.mark.parametrize("name, expected", sorted(_SEEDS.items()))
def test_seed_texts(name, expected):
    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    assert set(keys(text)) == expected


@pytest.mark.parametrize("name, expected", sorted(_STORIES.items()))
def test_story_texts(name, expected):
    path = STORIES / name
    if not path.exists():
        pytest.skip("shared/stories not present")
    assert set(keys(path.read_text(encoding="utf-8"))) == expected


@pytest.mark.parametrize("phrase, code", [
    ("12 Thai citizens", "TH"), ("the Israelis", "IL"), ("a Filipino nurse", "PH"), ("Chinese officials", "CN"),
    ("Norwegian fishermen", "NO"), ("two Peruvians", "PE"),
])
def test_english_demonyms_cover_every_country(phrase, code):
    from factcheck.lang import lexicon as lx
    toks = lx.tokenize(phrase, "en")
    assert [lx.nationality_at(toks, i, "en")[0] for i in range(len(toks)) if lx.nationality_at(toks, i, "en")] == [code]


def test_demonym_data_is_generated_for_many_countries():
    from factcheck.lang import data as langdata
    data = langdata.load("en", "demonyms")
    assert "build_demonyms.py" in data["_comment"]
    assert len(data["demonyms"]) > 200
