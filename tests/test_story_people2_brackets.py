"""An invented earthquake (no real quake: the towns, the figures and the outlets invented), told by
four English outlets and an Arabic one, with distances restated in another unit in parentheses ("26
miles (42 km) northeast of Velora"): the words after the parenthesis still say what the distance is of
(``quantity_read``: a restatement cuts nothing), so the distance from Ostra, stated only after a
restatement in one source ("12 miles (19 km) from the town of Ostra"), is a figure that meets "19 km
from Ostra"; the distance from Velora clashes (42 km against 60 km). A parenthesis holding words
("(including three children)", "(AFP)") still ends what a figure's words are."""
import datetime as dt

import pytest

from factcheck.kinds import quantity_read
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from story_support import analyze

DAY = dt.date(2026, 4, 8)
ROWS = [
    ("01_wire_en", "en", "VELORA, April 7 (NPA) - A magnitude 6.1 earthquake struck 26 miles (42 km) northeast of "
     "Velora on Tuesday, the geological survey said. Its depth was 10 km.\n\nShare this article\n"),
    ("02_daily_en", "en", "Quake shakes Velora\n\nBy Ines Marr | April 7, 2026\n\n"
     "The 6.1 quake hit 60 km northeast of Velora on Tuesday. It was 12 miles (19 km) from the town of Ostra.\n\n"
     "Read more: Why the region is prone to earthquakes\n"),
    ("03_alaan_ar", "ar", "الرئيسية > عربي ودولي\n\nزلزال بقوة 6.1 درجات\n\n"
     "ضرب زلزال بقوة 6.1 درجات منطقة تقع على بعد 42 كيلومترا شمال شرق فيلورا الثلاثاء.\n\nشارك الخبر\n"),
    ("04_post_en", "en", "Tuesday's quake, measuring 6.1, was centred 42 km northeast of Velora. The epicentre was "
     "19 km from Ostra. Aftershocks were felt 100 km (62 miles) away.\n\nTags: earthquake\n"),
]


def _findings(kind):
    rep, by_id = analyze(ROWS, DAY)
    return [sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in f.sides) if f.sides
            else sorted((by_id[c].article, by_id[c].value) for c in f.claims)
            for f in rep.findings if f.kind == kind and f.property == "quantity:measure:m"]


def test_the_distance_from_velora_clashes():
    assert _findings("contradiction") == [sorted([
        [("01_wire_en", "26 mi"), ("03_alaan_ar", "42 km"), ("04_post_en", "42 km")],
        [("02_daily_en", "60 km")],
    ])]


def test_the_distance_from_ostra_after_a_restatement_agrees():
    assert [("02_daily_en", "12 mi"), ("04_post_en", "19 km")] in _findings("agreement")


# one row per phrase -> whether the figure's words reach the word after its parenthesis
@pytest.mark.parametrize("text, figure, word, reached", [
    ("The quake struck 26 miles (42 km) northeast of Velora.", "26 miles", "northeast", True),
    ("It was 12 miles (19 km) from the town of Ostra.", "12 miles", "ostra", True),
    ("The fee was $5 million (4.6 million euros) in cash.", "$5 million", "cash", True),
    ("The blast killed 12 (including three children) in Velora.", "12", "velora", False),
    ("The blast killed 12 (AFP) in Velora.", "12", "velora", False),
    ("The dam is 80 metres (262 ft), officials said in Velora.", "80 metres", "velora", False),
])
def test_a_restatement_in_parentheses_cuts_no_figures_words(text, figure, word, reached):
    toks = lx.tokenize(text, "en")
    vals = values.find_values(text, "en")
    v = next(u for u in vals if text[u.start:u.end] == figure)
    idx = lx.covered(toks, v.start, v.end)
    taken = {k for u in vals if u is not v for k in lx.covered(toks, u.start, u.end)}
    sig, _head, _lo, _hi = quantity_read.signature(toks, idx[0], idx[-1], "en", taken, text)
    assert (lx.light_stem(word, "en") in sig or word in sig) == reached
