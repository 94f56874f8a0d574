"""Units, currencies and stated precision of factcheck.mentions.values, and the CLDR-generated data behind them.

Invented phrases, one row each: (phrase, kind, normal form, step)."""
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.mentions.values import find_values

ROOT = Path(__file__).resolve().parents[1]
DATA = resources.files("factcheck.data")


def one(text, lang):
    """The single value mention of ``text`` (the test fails if there are more or none)."""
    vals = find_values(text, lang)
    assert len(vals) == 1, [(v.kind, v.value, text[v.start:v.end]) for v in vals]
    return vals[0]


EN = [
    # spellings of the world-wide English variant (CLDR en_001) beside the US ones
    ("a park of 170 square metres", "number", "170 m2", 1),
    ("170 million square metres of land", "number", "170000000 m2", 1000000),
    ("a tank of 12 litres", "number", "12 L", 1),
    ("turnout reached 94.65%", "number", "94.65%", 0.01),
    ("inflation of 2.2%", "number", "2.2%", 0.1),
    ("24 million voters", "number", "24000000", 1000000),
    ("a 1.5 billion loan", "number", "1500000000", 100000000),
    ("5,630,000 ballots", "number", "5630000", 1),
    ("nearly 95 boats", "number", "95", 1),
    ("two million tickets", "number", "2000000", 1000000),
    ("three hundred seats", "number", "300", 100),
    ("$35 billion", "number", "35000000000 USD", 1000000000),
    ("US$ 12.5 million", "number", "12500000 USD", 100000),
    ("A$ 40 million", "number", "40000000 AUD", 1000000),
    ("CA$ 7 million", "number", "7000000 CAD", 1000000),
    ("€3 million", "number", "3000000 EUR", 1000000),
    ("£400 million", "number", "400000000 GBP", 1000000),
    ("¥500 billion", "number", "500000000000 JPY", 1000000000),
    ("3 million Egyptian pounds", "number", "3000000 EGP", 1000000),
    ("20 million Saudi riyals", "number", "20000000 SAR", 1000000),
    ("9 million euros", "number", "9000000 EUR", 1000000),
    ("SAR 450 million", "number", "450000000 SAR", 1000000),
    ("120 square kilometers", "number", "120 km2", 1),
    ("a 3.5 km stretch", "number", "3.5 km", 0.1),
    ("15 nautical miles", "number", "15 nmi", 1),
    ("42 degrees Celsius", "number", "42 °C", 1),
    ("700,000 barrels", "number", "700000 bbl", 1),
    ("250 megawatts", "number", "250 MW", 1),
    ("30 knots", "number", "30 kn", 1),
    ("60 mph", "number", "60 mph", 1),
    ("12 hectares", "number", "12 ha", 1),
    ("80 acres", "number", "80 ac", 1),
    ("5 liters", "number", "5 L", 1),
    ("650 tonnes", "number", "650 t", 1),
    ("20 pounds of flour", "number", "20", 1),  # 'pound' is also a currency word: no unit
    ("score 5 points", "number", "5", 1),       # typographic points are not read
    ("in 4 hours", "duration", "PT4H", 1),
    ("2.5 hours", "duration", "PT2.5H", 0.1),
]

AR = [
    ("بنسبة 94.65%", "number", "94.65%", 0.01),
    ("40 مليار دولار", "number", "40000000000 USD", 1000000000),
    ("2.5 مليون جنيه مصري", "number", "2500000 EGP", 100000),
    ("300 مليون ريال سعودي", "number", "300000000 SAR", 1000000),
    ("على ارتفاع 300 متر", "number", "300 m", 1),
    ("مسافة 190 كم", "number", "190 km", 1),
    ("مساحة 40 كيلومتر مربع", "number", "40 km2", 1),
    ("نحو 5 آلاف برميل", "number", "5000 bbl", 1000),
    ("500 برميل", "number", "500 bbl", 1),
    ("1200 طن", "number", "1200 t", 1),
    ("درجة الحرارة 45 درجة مئوية", "number", "45 °C", 1),
    ("عشرون ألفا", "number", "20000", 1000),
]


@pytest.mark.parametrize("text,kind,value,step", EN)
def test_en(text, kind, value, step):
    v = one(text, "en")
    assert (v.kind, v.value) == (kind, value)
    assert v.step == pytest.approx(step)


@pytest.mark.parametrize("text,kind,value,step", AR)
def test_ar(text, kind, value, step):
    v = one(text, "ar")
    assert (v.kind, v.value) == (kind, value)
    assert v.step == pytest.approx(step)


@pytest.mark.parametrize("text", ["top 5 all day", "5 all", "try 3 pen", "the 21st session", "1 in 5 people",
                                  "3 pm", "won 5 points"])
def test_no_unit_or_currency_from_common_words(text):
    """Lower-case ISO codes, stop words and ordinal suffixes are never units or currencies."""
    for v in find_values(text, "en"):
        assert " " not in v.value or v.kind != "number", (text, v)


def test_bounds_stay_qualifier_bounds():
    v = one("about 2.2%", "en")
    assert v.step == pytest.approx(0.1) and v.low == pytest.approx(1.98) and v.high == pytest.approx(2.42)


# ------------------------------------------------------------------------------ the generated data
def _load(name):
    return json.loads(DATA.joinpath(name).read_text(encoding="utf-8"))


def test_units_json_well_formed():
    units = _load("units.json")
    linear = {k: v for k, v in units.items() if not k.startswith("_")}
    assert len(linear) > 150
    for sym, u in linear.items():
        assert u["base"] in linear, sym
        assert linear[u["base"]]["factor"] == 1 and linear[u["base"]]["base"] == u["base"], sym
        assert isinstance(u["factor"], (int, float)) and u["factor"] > 0, sym
        assert u["dimension"] == linear[u["base"]]["dimension"], sym
        assert u["cldr"].split("-")[0] in (u["dimension"], "concentr"), sym
    for sym, u in units["_nonlinear"].items():
        assert sym not in linear and "dimension" in u and "cldr" in u
    # the symbols the rest of the package relies on
    for sym, factor in (("m", 1), ("km", 1000), ("ft", 0.3048), ("mi", 1609.344), ("kg", 1), ("t", 1000)):
        assert linear[sym]["factor"] == pytest.approx(factor)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_lang_units_well_formed(lang):
    units = _load("units.json")
    gen = _load(f"{lang}/units.json")
    known = {k for k in units if not k.startswith("_")} | set(units["_nonlinear"])
    assert gen["units"] and all(sym in known for sym in gen["units"].values())
    assert all(len(code) == 3 and code.isupper() and set(sides) <= {"before", "after"}
               for code, sides in gen["currencies"].items())
    assert "USD" in gen["currencies"] and "EGP" in gen["currencies"]
    rules = gen["day_period_rules"]
    assert all(key in rules for key in gen["day_periods"].values())
    assert all(0 <= r["from"] <= 24 and 0 <= r["before"] <= 24 for r in rules.values())


def test_generated_files_match_the_tool(tmp_path):
    """The shipped files are what tools/build_units.py writes (skipped without babel)."""
    pytest.importorskip("babel")
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_units.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for name in ("units.json", "ar/units.json", "en/units.json"):
        assert (tmp_path / name).read_text(encoding="utf-8") == DATA.joinpath(name).read_text(encoding="utf-8"), name


TOKENS = list("0123456789 .,:'$%£€hms+") + ["km", "USD", "dollars", "متر", "دولار", "مليون", "million", "ALL",
                                               "Pa", " in ", "2:00:35", "48th minute", "الدقيقة", "morning"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=25).map("".join), st.sampled_from(["ar", "en"]))
def test_never_raises_and_spans_in_range(text, lang):
    vals = find_values(text, lang)
    for a, b in zip(vals, vals[1:]):
        assert a.end <= b.start
    for v in vals:
        assert 0 <= v.start < v.end <= len(text)
        assert v.step is None or v.step > 0
