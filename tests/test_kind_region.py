"""Compass directions (``kinds.region``): one row per phrase (English and Arabic) -> point, relation,
reference and the place it locates; the judge on pairs of points and references; properties (the judge
is symmetric, adjacent points never clash, points a right angle apart always do); the compass words
are what tools/build_compass.py writes."""
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.events import EventRef
from factcheck.judge import compare
from factcheck.kinds import region, region_read
from factcheck.lang.sections import COMPASS_POINTS
from factcheck.models import Claim

ROOT = Path(__file__).resolve().parents[1]
TURKEY, ERZURUM, TRIPOLI, ENGLAND, CALIFORNIA = "country:TR", "city:315368", "city:2210247", "state:GB-ENG", "state:US-CA"
VORN, OSSEL = "name:frn", "name:sl"   # invented names, as their skeletons


def _read(lang: str, text: str, event: bool = True) -> list[tuple[str, str | None, str]]:
    return [(f.region.value(), f.subject, text[f.start:f.end])
            for f in region_read.frames(text, (0, len(text)), (0, len(text)), lang, event)]


@pytest.mark.parametrize("lang, text, expected", [
    # a named place and the area it lies in
    ("en", "Floods hit Ossel, a town in northern Vorn, on Monday.",
     [("N|in|" + VORN, OSSEL, "Ossel, a town in northern Vorn")]),
    ("en", "The flood struck the southern town of Ossel.", [("S|in|country", OSSEL, "the southern town of Ossel")]),
    ("en", "The storm hit the eastern port of Ossel.", [("E|in|country", OSSEL, "the eastern port of Ossel")]),
    ("en", "The blast hit the eastern Turkish city of Erzurum.",
     [("E|in|" + TURKEY, ERZURUM, "the eastern Turkish city of Erzurum")]),
    ("en", "Floods hit Ossel in the north and Tamsel in the south.",
     [("N|in|country", OSSEL, "Ossel in the north"), ("S|in|country", "name:tmsl", "Tamsel in the south")]),
    ("en", "Floods reached Ossel, in the north-east of the country.",
     [("NE|in|country", OSSEL, "Ossel, in the north-east of the country")]),
    ("en", "Rain fell on Ossel, 40 km north-west of the capital.",
     [("NW|of|capital", OSSEL, "Ossel, 40 km north-west of the capital")]),
    # the event's direction from a reference, or within an area
    ("en", "The quake struck 40 km north-east of the capital.", [("NE|of|capital", None, "north-east of the capital")]),
    ("en", "The quake struck 40 km NE of the capital.", [("NE|of|capital", None, "NE of the capital")]),
    ("en", "The quake struck 40km SW of Tripoli.", [("SW|of|" + TRIPOLI, None, "SW of Tripoli")]),
    ("en", "The storm struck north-east England on Monday.", [("NE|in|" + ENGLAND, None, "north-east England")]),
    ("en", "The quake hit southern California.", [("S|in|" + CALIFORNIA, None, "southern California")]),
    ("en", "The storm hit the country's northeast.", [("NE|in|country", None, "country's northeast")]),
    ("en", "The storm hit Vorn's south on Monday.", [("S|in|" + VORN, None, "Vorn's south")]),
    ("en", "The flood hit the far north of the country.", [("N|in|country", None, "the far north of the country")]),
    ("en", "The flood hit central Vorn.", [("C|in|" + VORN, None, "central Vorn")]),
    ("en", "The earthquake struck south of the border.", [("S|of|border", None, "south of the border")]),
    # a part of an area: a settlement or part noun the direction adjective qualifies
    ("en", "Floods hit the eastern region of the country.", [("E|in|country", None, "the eastern region of the country")]),
    ("en", "A fire swept the western coast of Vorn.", [("W|in|" + VORN, None, "the western coast of Vorn")]),
    ("en", "Floods hit the north-eastern region of Turkey.",
     [("NE|in|" + TURKEY, None, "the north-eastern region of Turkey")]),
    ("en", "Floods hit the eastern province of Ossel.", [("E|in|country", OSSEL, "the eastern province of Ossel")]),
    ("ar", "ضربت العاصفة المنطقة الشرقية من البلاد.", [("E|in|country", None, "المنطقة الشرقية من البلاد")]),
    ("ar", "ضربت العاصفة الساحل الشرقي لتركيا.", [("E|in|" + TURKEY, None, "الساحل الشرقي لتركيا")]),
    ("ar", "ضربت الحرائق المناطق الغربية من فورن.", [("W|in|" + VORN, None, "المناطق الغربية من فورن")]),
    ("ar", "ضربت الفيضانات مدينة أوسل في شرق فورن.", [("E|in|" + VORN, OSSEL, "مدينة أوسل في شرق فورن")]),
    ("ar", "وقع الانفجار في بلدة أوسل الواقعة شرقي البلاد.",
     [("E|in|country", OSSEL, "بلدة أوسل الواقعة شرقي البلاد")]),
    ("ar", "ضربت الفيضانات مدينة أرضروم الجبلية شرقي تركيا.",
     [("E|in|" + TURKEY, ERZURUM, "أرضروم الجبلية شرقي تركيا")]),
    ("ar", "ضرب الزلزال منطقة على بعد 40 كيلومترا جنوب غرب العاصمة.", [("SW|of|capital", None, "جنوب غرب العاصمة")]),
    ("ar", "ضرب الزلزال إلى الشمال من العاصمة.", [("N|of|capital", None, "إلى الشمال من العاصمة")]),
    ("ar", "ضربت العاصفة شمال شرقي تركيا.", [("NE|in|" + TURKEY, None, "شمال شرقي تركيا")]),
    ("ar", "ضربت العاصفة الشمال الشرقي التركي.", [("NE|in|" + TURKEY, None, "الشمال الشرقي التركي")]),
    ("ar", "وقع الانفجار في وسط البلاد.", [("C|in|country", None, "في وسط البلاد")]),
    ("ar", "وقع الانفجار بشمال البلاد.", [("N|in|country", None, "بشمال البلاد")]),
    ("ar", "وقع الانفجار جنوبي العاصمة فجر الأحد.", [("S|in|capital", None, "جنوبي العاصمة")]),
    ("ar", "امتدت العاصفة إلى روسيا ووسط أوروبا.", [("C|in|region:europe", None, "ووسط أوروبا")]),   # coordinated
    # no direction: names holding a compass word, winds and motion, adjectives of common nouns,
    # a direction of an event with no reference, a direction in a clause that tells no event
    ("en", "The storm struck North Korea and South Sudan on Monday.", []),
    ("en", "The flood hit East Jerusalem and the West Bank.", []),
    ("en", "The fire broke out in North Ossel on Monday.", []),
    ("en", "Winds from the north hit the town as the storm headed south.", []),
    ("en", "The attack happened near the northern border.", []),
    ("en", "Fighting raged in the north.", []),
    ("en", "The health minister of Vorn's eastern administration spoke.", []),
    ("en", "Survivors in the northern suburbs slept outdoors after the quake.", []),
    ("ar", "ضربت العاصفة المدن الشرقية.", []),
    ("ar", "وقع الهجوم في الضفة الغربية وجنوب السودان وكوريا الشمالية.", []),
    ("ar", "وقع الانفجار وسط مخاوف من تصعيد.", []),
    ("ar", "هبت رياح من الشمال على المدينة.", []),
    ("ar", "وقع الانفجار في الشمال.", []),
])
def test_phrase_table(lang, text, expected):
    assert _read(lang, text) == expected


def test_a_direction_of_no_place_outside_an_event_clause_is_not_read():
    assert _read("en", "The government in eastern Vorn is a rival one.", event=False) == []
    assert _read("en", "Ossel, a town in northern Vorn, is a port.", event=False) == [
        ("N|in|" + VORN, OSSEL, "Ossel, a town in northern Vorn")]


def _claim(value: str, article: str, subject: str | None = OSSEL, cid: str | None = None) -> Claim:
    return Claim(id=cid or f"{article}{value}", article=article, start=0, end=1, quote="x", property=region.PROPERTY,
                 subject=subject, value=value)


def _judge(va: str, vb: str, subject: str | None = OSSEL) -> str:
    this = EventRef()
    return compare.judge(_claim(va, "a", subject), _claim(vb, "b", subject), this, this).kind


@pytest.mark.parametrize("a, b, verdict", [
    ("N|in|country", "N|in|country", "agree"),
    ("NE|in|country", "E|in|country", "agree"),            # adjacent points
    ("N|in|country", "NW|in|" + VORN, "agree"),            # "the country" and the area a name gives
    ("E|in|country", "E|in|" + TURKEY, "agree"),            # "the country" and a country
    ("N|in|country", "S|in|country", "contradict"),
    ("N|in|country", "E|in|country", "contradict"),        # a right angle
    ("NE|of|capital", "SW|of|capital", "contradict"),
    ("NE|in|" + VORN, "SE|in|" + VORN, "contradict"),
    ("N|of|capital", "S|of|border", "unrelated"),          # two references
    ("N|of|" + VORN, "S|in|country", "unrelated"),         # a bearing from a named point is no part of the country
    ("C|in|country", "C|in|country", "agree"),
    ("C|in|country", "N|in|country", "unrelated"),         # how far "central" reaches is not said
])
def test_judge_table(a, b, verdict):
    assert _judge(a, b) == verdict


def test_another_occurrence_of_the_event_is_never_compared():
    a, b = _claim("N|of|capital", "a", None), _claim("S|of|capital", "b", None)
    assert compare.judge(a, b, EventRef(), EventRef(relation="prior")).kind == "unrelated"
    assert compare.judge(a, b, EventRef(), EventRef()).kind == "contradict"


def test_readable_as_an_editor_writes_it():
    assert region.readable(_claim("NE|in|" + TURKEY, "a")) == "north-eastern Turkey"
    assert region.readable(_claim("E|in|country", "a")) == "the east of the country"
    assert region.readable(_claim("SW|of|capital", "a")) == "south-west of the capital"


POINTS = st.sampled_from(COMPASS_POINTS)
REFS = st.sampled_from(["country", "capital", VORN, TURKEY, "border"])
RELATIONS = st.sampled_from([region.WITHIN, region.FROM])


@given(POINTS, POINTS, REFS, REFS, RELATIONS, RELATIONS)
def test_judge_is_symmetric(pa, pb, ra, rb, la, lb):
    a, b = f"{pa}|{la}|{ra}", f"{pb}|{lb}|{rb}"
    assert _judge(a, b) == _judge(b, a)


@given(st.sampled_from([p for p in COMPASS_POINTS if p != region.CENTRE]), st.sampled_from([-1, 0, 1]), REFS)
def test_adjacent_points_never_clash_and_right_angles_always_do(p, step, ref):
    points = [q for q in COMPASS_POINTS if q != region.CENTRE]
    near = points[(points.index(p) + step) % len(points)]
    far = points[(points.index(p) + 2 + abs(step)) % len(points)]
    assert _judge(f"{p}|in|{ref}", f"{near}|in|{ref}") == "agree"
    assert _judge(f"{p}|in|{ref}", f"{far}|in|{ref}") == "contradict"


def test_the_compass_words_are_what_the_tool_writes():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "build_compass.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
