#!/usr/bin/env python3
"""Generate the unit, currency and day-period data of ``factcheck.mentions.values`` from CLDR (via babel).

Dev-time only: the generated JSON ships, the runtime never imports babel::

    pip install 'factcheck[tools]'                 # babel
    python tools/build_units.py                    # writes the files below into factcheck/data/
    python tools/build_units.py --out DIR          # writes them into DIR (the tests compare)

Writes

* ``units.json``: every CLDR unit, keyed by its canonical symbol, with its CLDR id, its dimension,
  the canonical symbol of the dimension's base unit and the factor to it (value * factor = value in
  the base unit). Units whose conversion is not a plain factor (temperatures, fuel consumption,
  Beaufort, ...) or that have no conversion are listed under ``_nonlinear`` instead, so that a
  reader multiplying by ``factor`` never meets them.
* ``<lang>/units.json`` for ar and en: ``units`` {surface form: canonical symbol}, ``currencies``
  {ISO code: {before: [forms], after: [forms]}}, ``currency_nouns`` {codes joined by '|': {after:
  [forms], territories: {code: [territory codes]}}} (see below), ``day_periods`` {surface form: CLDR day-period
  key}, ``day_period_rules`` {key: {period, from, before}} (hours of the day) and ``_dropped``
  {surface form: why it is not read}.

Canonical symbol: the English CLDR short unit pattern without its number ('{0} km²' -> 'km2',
superscript digits spelled as digits); when two units share one, the CLDR id stands in.

Rules for surface forms (everything written by hand is in the UPPER_CASE tables below):

* Forms are the long/short/narrow display names and every plural pattern ('{0} metres',
  '{0} أمتار') with the number taken out; patterns without a number (Arabic 'متر' for one,
  'متران' for two) are not number units and are skipped, so are 'per' patterns.
* Not read from text (``_dropped``): one-letter forms ('m' metre / minute / million, Arabic 'م'
  metre / AD, 't', 'g', 'L'; the hand-written ``letter_units`` of ``<lang>/values.json`` reads 'm' and 'م'
  by the words around them, factcheck.mentions.value_letters); forms that are a stop word or an ordinal suffix of the language
  ('in' = inch, 'st' = stone, 'to'); units listed in UNREAD_UNITS (count nouns: 'points', 'items',
  'parts', 'nights'; degrees that also grade earthquakes; Japanese traditional units with
  English-word names: 'sun', 'fun', 'to'); the duration dimension, which the duration rule reads.
* Several units with one form: the unit whose own display name (long/short) it is beats one whose
  plural pattern or narrow name it is; then the earlier dimension in DIMENSION_PRIORITY; a
  remaining tie drops the form.
* Currencies: ISO 4217 codes of CLDR except the X-codes (metals, funds, test codes), with their
  CLDR display names (singular and every plural count) after the number, their symbol before and
  after it, and the ISO code both sides. A symbol of several currencies goes to the one whose own
  CLDR symbol in the language it is; then to a currency in use today over a historic one; then to
  the one legal in the most territories ('$' -> USD). A symbol with a country prefix is derived
  for every territory whose local symbol is a bare sign: the territory code + sign ('EG£', 'AU$')
  and, when only one such territory starts with the letter, the letter + sign ('E£').
* Arabic units also take the indefinite accusative of their long name ('كيلومترًا مربعًا', see
  ARABIC_ACCUSATIVE), the case of a counted noun after 11-99, which CLDR does not list.
* Currency nouns: the bare noun of a currency's CLDR name without its territory ('riyals' of 'Saudi
  riyals', 'ريال' of 'ريال سعودي': the name's last word in English, its first in Arabic, as the
  language's ``lexicon.json`` ``noun_head`` says), of the currencies in use today; its key lists them
  ('QAR|SAR'), with the territories where each is legal tender. The press writes '63 billion riyals'
  and lets the story say which: factcheck.kinds.quantity_read resolves the key against the article's
  other currencies and countries. A noun of one currency ('480 billion ouguiyas', 'naira', 'yen') is
  that currency.
  Every form of the noun in the currency's plural names joins it; in Arabic so does the indefinite
  accusative of the singular (ARABIC_ACCUSATIVE: '300 ريالًا', as after 11-99). Nouns that are also
  a unit of the language ('pound') are not read, nor those that are common words after a number
  (UNREAD_CURRENCY_NOUNS); a form a currency's own name or sign
  already reads stays that currency's (matched first).
* Day periods: CLDR dayPeriods (format and stand-alone, wide/abbreviated/narrow names) of the
  language with the hours of the language's CLDR dayPeriodRules; the period is the rule's type
  without its number (morning1/morning2 -> morning). am/pm and one-letter names are left to the
  clock-time rule ('am' is also a verb); so are narrow names ('mi' = midnight).
* Forms with an upper-case Latin letter ('USD', 'ALL', 'Pa', 'CD') are matched case-sensitively
  by factcheck.mentions.values (the 'ALL' of Albania is no 'all').

The output is deterministic for a given babel version (sorted keys, sorted lists).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.lang.text import fold  # noqa: E402  (the folding the matcher applies)

OUT = ROOT / "factcheck" / "data"
LANGS = ("ar", "en")
# CLDR's region code for a language's world-wide variant (en_001: the spellings shared outside the US).
WORLD_REGION = "001"
FORM_WIDTHS = ("long", "short", "narrow")
SUPERSCRIPTS = str.maketrans({"²": "2", "³": "3"})
INVISIBLE = re.compile("[\u200e\u200f\u061c\u00a0\u202f]")  # bidi marks and no-break spaces in CLDR symbols
MIN_FORM_CHARS = 2          # shorter forms are too ambiguous to read (see the module docstring)
NON_NATIONAL_PREFIX = "X"   # ISO 4217 codes starting with X are metals, funds and test codes
HOURS_PER_SECOND = Fraction(1, 3600)
DAY_PERIOD_WIDTHS = ("wide", "abbreviated")  # narrow day-period names are letters ('mi', 'n')

# --- hand-written: dimension order for forms shared by units of different dimensions ----------
DIMENSION_PRIORITY = ["length", "mass", "area", "volume", "speed", "temperature", "power", "energy",
                      "pressure", "concentration", "digital", "force", "frequency", "consumption", "angle",
                      "acceleration", "torque", "electric", "light", "magnetic", "graphics", "duration"]
# CLDR category prefix -> dimension name
DIMENSIONS = {"concentr": "concentration"}

# --- hand-written: units whose names are not read from text (see the module docstring) ---------
UNREAD_UNITS = {
    "length-point": "typographic point: 'points' counts scores",
    "concentr-item": "count noun 'items'",
    "concentr-part": "count noun 'parts'",
    "concentr-percent": "read by the percent rule",
    "temperature-generic": "'degrees' also grades earthquakes and burns",
    "angle-degree": "'degrees' also grades earthquakes and burns",
    "graphics-dot": "count noun 'dots'", "graphics-pixel": "count noun", "graphics-em": "typographic",
    "length-jo-jp": "Japanese traditional unit", "length-ken": "Japanese traditional unit",
    "length-ri-jp": "Japanese traditional unit", "length-rin": "Japanese traditional unit",
    "length-shaku-cloth": "Japanese traditional unit", "length-shaku-length": "Japanese traditional unit",
    "length-sun": "Japanese traditional unit", "mass-fun": "Japanese traditional unit",
    "area-bu-jp": "Japanese traditional unit", "area-cho": "Japanese traditional unit",
    "area-se-jp": "Japanese traditional unit", "volume-cup-jp": "Japanese traditional unit",
    "volume-koku": "Japanese traditional unit", "volume-kosaji": "Japanese traditional unit",
    "volume-osaji": "Japanese traditional unit", "volume-sai": "Japanese traditional unit",
    "volume-shaku": "Japanese traditional unit", "volume-to-jp": "Japanese traditional unit",
    "volume-drop": "count noun 'drops'", "volume-pinch": "count noun 'pinch'", "volume-cup": "count noun 'cups'",
    "volume-cup-imperial": "count noun 'cups'", "volume-cup-metric": "count noun 'cups'",
    "concentr-ofglucose": "not a quantity by itself",
    "speed-light-speed": "'light' is an adjective ('two light aircraft')", "energy-gray": "'gray' is a colour",
    "electric-henry": "'Henry' is a name", "concentr-mole": "'mole' is a spy or an animal",
    "length-parsec": "'pc' is British shorthand for per cent", "length-picometer": "'pm' is post meridiem",
    "length-rod": "'rods' are objects", "mass-slug": "'slugs' are animals and bullets", "pressure-ofhg": "not a quantity by itself",
}

# --- hand-written: the standard conversion table (babel ships no CLDR unitConversion data) -----
# CLDR id -> (base CLDR id, factor as an exact expression). SI prefixes and the international
# yard/pound (1959) definitions; US customary volumes from the US gallon (231 in³).
_IN, _FT, _YD, _MI = Fraction(254, 10000), Fraction(3048, 10000), Fraction(9144, 10000), Fraction(1609344, 1000)
_LB, _GAL, _GAL_IMP = Fraction(45359237, 10 ** 8), 231 * _IN ** 3, Fraction(454609, 10 ** 8)
_SHAKU = Fraction(10, 33)
_G0 = Fraction(980665, 100000)          # standard gravity, m/s²
_CAL = Fraction(4184, 1000)              # thermochemical calorie, J
_CAL_IT = Fraction(41868, 10000)         # international-table calorie, J
_BTU_IT = Fraction(105505585262, 10 ** 8)
_BTU = Fraction(1054350, 1000)
_FLOZ = _GAL / 128
_FLOZ_IMP = _GAL_IMP / 160
_PI = Fraction(314159265358979, 10 ** 14)
FACTORS: dict[str, tuple[str, Fraction | int | float]] = {
    "acceleration-g-force": ("acceleration-meter-per-square-second", _G0),
    "acceleration-meter-per-square-second": ("acceleration-meter-per-square-second", 1),
    "angle-radian": ("angle-radian", 1), "angle-revolution": ("angle-radian", 2 * _PI),
    "angle-degree": ("angle-radian", _PI / 180), "angle-arc-minute": ("angle-radian", _PI / 180 / 60),
    "angle-arc-second": ("angle-radian", _PI / 180 / 3600), "angle-steradian": ("angle-steradian", 1),
    "area-square-meter": ("area-square-meter", 1), "area-square-kilometer": ("area-square-meter", 10 ** 6),
    "area-hectare": ("area-square-meter", 10 ** 4), "area-square-centimeter": ("area-square-meter", Fraction(1, 10 ** 4)),
    "area-square-mile": ("area-square-meter", _MI ** 2), "area-acre": ("area-square-meter", 4840 * _YD ** 2),
    "area-square-yard": ("area-square-meter", _YD ** 2), "area-square-foot": ("area-square-meter", _FT ** 2),
    "area-square-inch": ("area-square-meter", _IN ** 2), "area-dunam": ("area-square-meter", 1000),
    "area-bu-jp": ("area-square-meter", (6 * _SHAKU) ** 2), "area-se-jp": ("area-square-meter", 30 * (6 * _SHAKU) ** 2),
    "area-cho": ("area-square-meter", 3000 * (6 * _SHAKU) ** 2),
    "concentr-item": ("concentr-item", 1), "concentr-mole": ("concentr-mole", 1),
    "concentr-katal": ("concentr-katal", 1),
    "concentr-part": ("concentr-part", 1), "concentr-percent": ("concentr-part", Fraction(1, 100)),
    "concentr-permille": ("concentr-part", Fraction(1, 1000)), "concentr-permyriad": ("concentr-part", Fraction(1, 10 ** 4)),
    "concentr-part-per-1e6": ("concentr-part", Fraction(1, 10 ** 6)),
    "concentr-part-per-1e9": ("concentr-part", Fraction(1, 10 ** 9)),
    "concentr-karat": ("concentr-part", Fraction(1, 24)),
    "concentr-millimole-per-liter": ("concentr-millimole-per-liter", 1),
    "consumption-liter-per-kilometer": ("consumption-liter-per-kilometer", 1),
    "consumption-liter-per-100-kilometer": ("consumption-liter-per-kilometer", Fraction(1, 100)),
    "digital-bit": ("digital-bit", 1), "digital-byte": ("digital-bit", 8),
    "digital-kilobit": ("digital-bit", 10 ** 3), "digital-megabit": ("digital-bit", 10 ** 6),
    "digital-gigabit": ("digital-bit", 10 ** 9), "digital-terabit": ("digital-bit", 10 ** 12),
    "digital-kilobyte": ("digital-bit", 8 * 10 ** 3), "digital-megabyte": ("digital-bit", 8 * 10 ** 6),
    "digital-gigabyte": ("digital-bit", 8 * 10 ** 9), "digital-terabyte": ("digital-bit", 8 * 10 ** 12),
    "digital-petabyte": ("digital-bit", 8 * 10 ** 15),
    "duration-second": ("duration-second", 1), "duration-millisecond": ("duration-second", Fraction(1, 10 ** 3)),
    "duration-microsecond": ("duration-second", Fraction(1, 10 ** 6)),
    "duration-nanosecond": ("duration-second", Fraction(1, 10 ** 9)),
    "duration-minute": ("duration-second", 60), "duration-hour": ("duration-second", 3600),
    "duration-day": ("duration-second", 86400), "duration-night": ("duration-second", 86400),
    "duration-week": ("duration-second", 7 * 86400), "duration-fortnight": ("duration-second", 14 * 86400),
    "duration-month": ("duration-second", Fraction(365 * 4 + 1, 48) * 86400),
    "duration-quarter": ("duration-second", Fraction(365 * 4 + 1, 16) * 86400),
    "duration-year": ("duration-second", Fraction(365 * 4 + 1, 4) * 86400),
    "duration-decade": ("duration-second", Fraction(365 * 4 + 1, 4) * 86400 * 10),
    "duration-century": ("duration-second", Fraction(365 * 4 + 1, 4) * 86400 * 100),
    "electric-ampere": ("electric-ampere", 1), "electric-milliampere": ("electric-ampere", Fraction(1, 1000)),
    "electric-coulomb": ("electric-coulomb", 1), "electric-farad": ("electric-farad", 1),
    "electric-henry": ("electric-henry", 1), "electric-ohm": ("electric-ohm", 1),
    "electric-siemens": ("electric-siemens", 1), "electric-volt": ("electric-volt", 1),
    "energy-joule": ("energy-joule", 1), "energy-kilojoule": ("energy-joule", 1000),
    "energy-calorie": ("energy-joule", _CAL), "energy-calorie-it": ("energy-joule", _CAL_IT),
    "energy-kilocalorie": ("energy-joule", 1000 * _CAL), "energy-foodcalorie": ("energy-joule", 1000 * _CAL),
    "energy-kilowatt-hour": ("energy-joule", 3600000), "energy-electronvolt": ("energy-joule", 1.602176634e-19),
    "energy-british-thermal-unit": ("energy-joule", _BTU), "energy-british-thermal-unit-it": ("energy-joule", _BTU_IT),
    "energy-therm-us": ("energy-joule", 105480400),
    "energy-becquerel": ("energy-becquerel", 1), "energy-gray": ("energy-gray", 1), "energy-sievert": ("energy-sievert", 1),
    "force-newton": ("force-newton", 1), "force-dyne": ("force-newton", Fraction(1, 10 ** 5)),
    "force-kilogram-force": ("force-newton", _G0), "force-pound-force": ("force-newton", _LB * _G0),
    "force-poundal": ("force-newton", _LB * _FT), "force-kilowatt-hour-per-100-kilometer": ("force-newton", 36),
    "frequency-hertz": ("frequency-hertz", 1), "frequency-kilohertz": ("frequency-hertz", 10 ** 3),
    "frequency-megahertz": ("frequency-hertz", 10 ** 6), "frequency-gigahertz": ("frequency-hertz", 10 ** 9),
    "graphics-dot": ("graphics-dot", 1), "graphics-pixel": ("graphics-pixel", 1),
    "graphics-megapixel": ("graphics-pixel", 10 ** 6), "graphics-em": ("graphics-em", 1),
    "graphics-dot-per-inch": ("graphics-dot-per-centimeter", 1 / (_IN * 100)),
    "graphics-dot-per-centimeter": ("graphics-dot-per-centimeter", 1),
    "graphics-pixel-per-inch": ("graphics-pixel-per-centimeter", 1 / (_IN * 100)),
    "graphics-pixel-per-centimeter": ("graphics-pixel-per-centimeter", 1),
    "length-meter": ("length-meter", 1), "length-kilometer": ("length-meter", 1000),
    "length-decimeter": ("length-meter", Fraction(1, 10)), "length-centimeter": ("length-meter", Fraction(1, 100)),
    "length-millimeter": ("length-meter", Fraction(1, 10 ** 3)), "length-micrometer": ("length-meter", Fraction(1, 10 ** 6)),
    "length-nanometer": ("length-meter", Fraction(1, 10 ** 9)), "length-picometer": ("length-meter", Fraction(1, 10 ** 12)),
    "length-inch": ("length-meter", _IN), "length-foot": ("length-meter", _FT), "length-yard": ("length-meter", _YD),
    "length-mile": ("length-meter", _MI), "length-milliinch": ("length-meter", _IN / 1000),
    "length-point": ("length-meter", _IN / 72), "length-fathom": ("length-meter", 2 * _YD),
    "length-furlong": ("length-meter", 220 * _YD), "length-chain": ("length-meter", 22 * _YD),
    "length-rod": ("length-meter", Fraction(11, 2) * _YD), "length-nautical-mile": ("length-meter", 1852),
    "length-mile-scandinavian": ("length-meter", 10000), "length-astronomical-unit": ("length-meter", 149597870700),
    "length-light-year": ("length-meter", 9460730472580800), "length-parsec": ("length-meter", 3.0856775814913673e16),
    "length-earth-radius": ("length-meter", 6378100), "length-solar-radius": ("length-meter", 695700000),
    "length-shaku-length": ("length-meter", _SHAKU), "length-shaku-cloth": ("length-meter", Fraction(25, 66)),
    "length-sun": ("length-meter", _SHAKU / 10), "length-rin": ("length-meter", _SHAKU / 1000),
    "length-ken": ("length-meter", 6 * _SHAKU), "length-jo-jp": ("length-meter", 10 * _SHAKU),
    "length-ri-jp": ("length-meter", 12960 * _SHAKU),
    "light-candela": ("light-candela", 1), "light-lumen": ("light-lumen", 1), "light-lux": ("light-lux", 1),
    "magnetic-tesla": ("magnetic-tesla", 1), "magnetic-weber": ("magnetic-weber", 1),
    "mass-kilogram": ("mass-kilogram", 1), "mass-gram": ("mass-kilogram", Fraction(1, 1000)),
    "mass-milligram": ("mass-kilogram", Fraction(1, 10 ** 6)), "mass-microgram": ("mass-kilogram", Fraction(1, 10 ** 9)),
    "mass-tonne": ("mass-kilogram", 1000), "mass-ton": ("mass-kilogram", 2000 * _LB),
    "mass-pound": ("mass-kilogram", _LB), "mass-ounce": ("mass-kilogram", _LB / 16),
    "mass-ounce-troy": ("mass-kilogram", Fraction(311034768, 10 ** 10)), "mass-stone": ("mass-kilogram", 14 * _LB),
    "mass-grain": ("mass-kilogram", _LB / 7000), "mass-carat": ("mass-kilogram", Fraction(2, 10 ** 4)),
    "mass-slug": ("mass-kilogram", _LB * _G0 / _FT), "mass-dalton": ("mass-kilogram", 1.66053906660e-27),
    "mass-earth-mass": ("mass-kilogram", 5.9722e24), "mass-solar-mass": ("mass-kilogram", 1.98847e30),
    "mass-fun": ("mass-kilogram", Fraction(375, 10 ** 6)),
    "power-watt": ("power-watt", 1), "power-milliwatt": ("power-watt", Fraction(1, 1000)),
    "power-kilowatt": ("power-watt", 10 ** 3), "power-megawatt": ("power-watt", 10 ** 6),
    "power-gigawatt": ("power-watt", 10 ** 9), "power-horsepower": ("power-watt", 550 * _FT * _LB * _G0),
    "pressure-pascal": ("pressure-pascal", 1), "pressure-hectopascal": ("pressure-pascal", 100),
    "pressure-kilopascal": ("pressure-pascal", 1000), "pressure-megapascal": ("pressure-pascal", 10 ** 6),
    "pressure-bar": ("pressure-pascal", 10 ** 5), "pressure-millibar": ("pressure-pascal", 100),
    "pressure-atmosphere": ("pressure-pascal", 101325),
    "pressure-millimeter-ofhg": ("pressure-pascal", Fraction(133322387415, 10 ** 9)),
    "pressure-inch-ofhg": ("pressure-pascal", Fraction(3386388640341, 10 ** 11)),
    "pressure-pound-force-per-square-inch": ("pressure-pascal", _LB * _G0 / _IN ** 2),
    "speed-meter-per-second": ("speed-meter-per-second", 1),
    "speed-kilometer-per-hour": ("speed-meter-per-second", Fraction(1000, 3600)),
    "speed-mile-per-hour": ("speed-meter-per-second", _MI / 3600),
    "speed-knot": ("speed-meter-per-second", Fraction(1852, 3600)),
    "speed-light-speed": ("speed-meter-per-second", 299792458),
    "temperature-kelvin": ("temperature-kelvin", 1),
    "torque-newton-meter": ("torque-newton-meter", 1), "torque-pound-force-foot": ("torque-newton-meter", _LB * _G0 * _FT),
    "volume-cubic-meter": ("volume-cubic-meter", 1), "volume-liter": ("volume-cubic-meter", Fraction(1, 1000)),
    "volume-megaliter": ("volume-cubic-meter", 1000), "volume-hectoliter": ("volume-cubic-meter", Fraction(1, 10)),
    "volume-deciliter": ("volume-cubic-meter", Fraction(1, 10 ** 4)), "volume-centiliter": ("volume-cubic-meter", Fraction(1, 10 ** 5)),
    "volume-milliliter": ("volume-cubic-meter", Fraction(1, 10 ** 6)),
    "volume-cubic-centimeter": ("volume-cubic-meter", Fraction(1, 10 ** 6)),
    "volume-cubic-kilometer": ("volume-cubic-meter", 10 ** 9), "volume-cubic-inch": ("volume-cubic-meter", _IN ** 3),
    "volume-cubic-foot": ("volume-cubic-meter", _FT ** 3), "volume-cubic-yard": ("volume-cubic-meter", _YD ** 3),
    "volume-cubic-mile": ("volume-cubic-meter", _MI ** 3), "volume-acre-foot": ("volume-cubic-meter", 4840 * _YD ** 2 * _FT),
    "volume-gallon": ("volume-cubic-meter", _GAL), "volume-gallon-imperial": ("volume-cubic-meter", _GAL_IMP),
    "volume-quart": ("volume-cubic-meter", _GAL / 4), "volume-quart-imperial": ("volume-cubic-meter", _GAL_IMP / 4),
    "volume-pint": ("volume-cubic-meter", _GAL / 8), "volume-pint-imperial": ("volume-cubic-meter", _GAL_IMP / 8),
    "volume-pint-metric": ("volume-cubic-meter", Fraction(5, 10 ** 4)),
    "volume-cup": ("volume-cubic-meter", _GAL / 16), "volume-cup-imperial": ("volume-cubic-meter", _GAL_IMP / 16),
    "volume-cup-metric": ("volume-cubic-meter", Fraction(25, 10 ** 5)), "volume-cup-jp": ("volume-cubic-meter", Fraction(2, 10 ** 4)),
    "volume-fluid-ounce": ("volume-cubic-meter", _FLOZ), "volume-fluid-ounce-imperial": ("volume-cubic-meter", _FLOZ_IMP),
    "volume-fluid-ounce-metric": ("volume-cubic-meter", Fraction(3, 10 ** 5)),
    "volume-tablespoon": ("volume-cubic-meter", _FLOZ / 2), "volume-teaspoon": ("volume-cubic-meter", _FLOZ / 6),
    "volume-dessert-spoon": ("volume-cubic-meter", _FLOZ / 3), "volume-dessert-spoon-imperial": ("volume-cubic-meter", _FLOZ_IMP / 3),
    "volume-dram": ("volume-cubic-meter", _FLOZ / 8), "volume-jigger": ("volume-cubic-meter", _FLOZ * Fraction(3, 2)),
    "volume-drop": ("volume-cubic-meter", _FLOZ / 576), "volume-pinch": ("volume-cubic-meter", _FLOZ / 48),
    "volume-barrel": ("volume-cubic-meter", 42 * _GAL), "volume-bushel": ("volume-cubic-meter", Fraction(3523907016688, 10 ** 14)),
    "volume-koku": ("volume-cubic-meter", Fraction(2401, 13310)), "volume-to-jp": ("volume-cubic-meter", Fraction(2401, 133100)),
    "volume-shaku": ("volume-cubic-meter", Fraction(2401, 133100000)),
    "volume-sai": ("volume-cubic-meter", Fraction(2401, 1331000000)),
    "volume-kosaji": ("volume-cubic-meter", Fraction(5, 10 ** 6)), "volume-osaji": ("volume-cubic-meter", Fraction(15, 10 ** 6)),
}
# Conversions that are not a factor: CLDR id -> (base CLDR id, factor, offset): base = value * factor + offset.
AFFINE = {
    "temperature-celsius": ("temperature-kelvin", 1, Fraction(27315, 100)),
    "temperature-fahrenheit": ("temperature-kelvin", Fraction(5, 9), Fraction(45967, 180)),
    "temperature-rankine": ("temperature-kelvin", Fraction(5, 9), 0),
}
# Without any conversion to a base unit (inverse, scale or label units).
NO_CONVERSION = {"consumption-mile-per-gallon": "inverse of consumption",
                 "consumption-mile-per-gallon-imperial": "inverse of consumption", "speed-beaufort": "a scale",
                 "temperature-generic": "unspecified scale", "concentr-ofglucose": "a qualifier",
                 "concentr-milligram-ofglucose-per-deciliter": "a blood-glucose label",
                 "pressure-ofhg": "a qualifier", "light-solar-luminosity": "a power, not a light unit",
                 "pressure-gasoline-energy-density": "a label",
                 "duration-day-person": "a person-time label", "duration-week-person": "a person-time label",
                 "duration-month-person": "a person-time label", "duration-year-person": "a person-time label"}


def _strip(s: str) -> str:
    """A CLDR string without bidi marks, with ordinary spaces, trimmed."""
    return " ".join(INVISIBLE.sub(" ", s).split())


def _dimension(uid: str) -> str:
    """The dimension of a CLDR unit id ('length-meter' -> 'length')."""
    cat = uid.split("-", 1)[0]
    return DIMENSIONS.get(cat, cat)


def _patterns(data, uid: str, width: str) -> dict[str, str]:
    """{count: pattern} of a unit at one width, aliases resolved (babel keeps them as tuples)."""
    pats = data["unit_patterns"][uid]
    raw = pats[width] if width in pats else {}   # indexing resolves CLDR aliases, .get does not
    return {k: raw[k] for k in raw if isinstance(raw[k], str)}


def _symbols(data) -> dict[str, str]:
    """CLDR id -> canonical symbol (see the module docstring)."""
    out: dict[str, str] = {}
    for uid in data["unit_patterns"]:
        pat = _patterns(data, uid, "short").get("other") or _patterns(data, uid, "short").get("one") or uid
        out[uid] = _strip(pat.replace("{0}", "")).translate(SUPERSCRIPTS) or uid
    seen: dict[str, list[str]] = {}
    for uid, sym in out.items():
        seen.setdefault(sym, []).append(uid)
    return {uid: (sym if len(seen[sym]) == 1 else uid) for uid, sym in out.items()}


def _num(x: Fraction | int | float) -> float | int:
    """A factor as JSON number: an int when whole, else a float with 15 significant digits."""
    if isinstance(x, (int, Fraction)) and Fraction(x).denominator == 1:
        return int(x)
    return float(f"{float(x):.15g}")


# --- hand-written: units of the press that CLDR does not define ----------------------------------
# canonical symbol -> (id in CLDR's form, base CLDR id, exact factor, what it is). The Arabic press of Egypt and
# Sudan measures land in feddans (24 qirats, 4,200.833 m2), which CLDR's Arabic "فدان" (its name for
# the acre, 4,046.856 m2) does not: the hand-written units of ar/values.json map the word here.
REGIONAL_UNITS = {"feddan": ("area-feddan", "area-square-meter", Fraction(4200833, 1000),
                             "the Egyptian and Sudanese feddan of 24 qirats (not in CLDR)")}


def build_units_json(en_data) -> dict:
    """units.json: canonical symbol -> {cldr, dimension, base, factor}; others under _nonlinear."""
    sym = _symbols(en_data)
    out: dict = {"_comment": "Generated by tools/build_units.py from CLDR (babel) -- do not edit. Keys are the "
                             "canonical unit symbols values.py emits; value * factor = value in the base unit "
                             "(itself a key). _nonlinear: units converted with an offset (base = value * factor "
                             "+ offset) or not at all (factor null).", "_nonlinear": {}}
    for uid in sorted(sym):
        if uid in FACTORS:
            base, f = FACTORS[uid]
            out[sym[uid]] = {"cldr": uid, "dimension": _dimension(uid), "base": sym[base], "factor": _num(f)}
        elif uid in AFFINE:
            base, f, off = AFFINE[uid]
            out["_nonlinear"][sym[uid]] = {"cldr": uid, "dimension": _dimension(uid), "base": sym[base],
                                           "factor": _num(f), "offset": _num(off)}
        else:
            out["_nonlinear"][sym[uid]] = {"cldr": uid, "dimension": _dimension(uid), "base": None, "factor": None,
                                           "why": NO_CONVERSION.get(uid, "no standard conversion")}
    for symbol, (uid, base, f, what) in REGIONAL_UNITS.items():
        out[symbol] = {"cldr": uid, "dimension": _dimension(uid), "base": sym[base], "factor": _num(f), "source": what}
    return out


def _blocked_words(lang: str, data) -> set[str]:
    """Folded words that are never unit forms: stop words, ordinal suffixes, percent signs and day
    parts of the language, and every word of a currency's display name ('pound' of 'British pound',
    'درهم' of 'درهم إماراتي')."""
    lex = json.loads((OUT / lang / "lexicon.json").read_text(encoding="utf-8"))
    vals = json.loads((OUT / lang / "values.json").read_text(encoding="utf-8"))
    words = lex.get("stopwords", []) + vals.get("ordinal_suffixes", []) + vals.get("percent", []) \
        + list(vals.get("dayparts", {}))
    names = data["currency_names"]
    plurals = data["currency_names_plural"]
    for code in (c for c in names if not c.startswith(NON_NATIONAL_PREFIX)):
        texts = [names[code]] + (list(dict(plurals[code]).values()) if code in plurals else [])
        words += [w for t in texts for w in _strip(t).split()]
    return {fold(w) for w in words}


# SI prefixes as CLDR unit ids spell them: a prefixed unit's name is one word in news writing even
# where CLDR writes two ("غيغا واط" is written "غيغاواط").
SI_PREFIXES = ("tera", "giga", "mega", "kilo", "hecto", "deci", "centi", "milli", "micro", "nano")
# How a language's press also spells the letters of loanwords that CLDR writes one way: Arabic renders
# a foreign "g" as غ (CLDR, Levantine and Gulf usage) or ج (Egyptian usage: "جيجاوات", "جرام") and a
# foreign "t" as ط or ت ("واط" / "وات").
LOANWORD_SPELLINGS = {"ar": (("غ", "ج"), ("ط", "ت"))}


def _loanword_spellings(forms: dict[str, int], lang: str) -> dict[str, int]:
    """The unit forms with their prefix joined to the unit word and every other loanword spelling."""
    out = dict(forms)
    for form, rank in forms.items():
        words = form.split()
        variants = {form, "".join(words)} if len(words) == 2 else {form}
        for a, b in LOANWORD_SPELLINGS[lang]:
            variants |= {v.replace(a, b) for v in variants}
        for v in sorted(variants):
            out.setdefault(v, rank)
    return out


PER = "-per-"   # a CLDR compound unit id "<dimension>-<numerator>-per-<denominator>"


def _per_counted_forms(data, uid: str) -> list[str]:
    """Forms of a compound "per" unit whose long name is the numerator unit's name and a tail ("كيلومتر
    في الساعة", per hour): the tail after every counted form of the numerator unit ("215 كيلومترًا في
    الساعة", "8 كيلومترات في الساعة", "80 ميلاً في الساعة"), which the press writes and CLDR gives only
    for the numerator alone (its plural patterns and, in Arabic, the accusative after 11-99). Empty for
    a unit that is no compound or whose name does not start with its numerator's."""
    if PER not in uid:
        return []
    numerator = uid.split("-", 1)[1].split(PER, 1)[0]
    owner = next((u for u in sorted(data["unit_patterns"]) if PER not in u and u.split("-", 1)[1] == numerator), None)
    names = data["unit_display_names"][owner] if owner and owner in data["unit_display_names"] else {}
    head = _strip(names["long"]) if "long" in names and isinstance(names["long"], str) else None
    whole = _patterns(data, uid, "long").get("other")
    if head is None or whole is None or not _strip(whole.replace("{0}", "")).startswith(head + " "):
        return []
    tail = _strip(whole.replace("{0}", ""))[len(head):]
    counted = {_strip(p.replace("{0}", "")) for c, p in _patterns(data, owner, "long").items() if c != "per" and "{0}" in p}
    if ARABIC_WORDS.fullmatch(head):
        counted.add(arabic_accusative(head))
    return sorted(f + tail for f in counted if f != head)


def _unit_forms(lang: str, data, sym: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """{form: canonical symbol} of a language and {form: why dropped}."""
    blocked, dropped = _blocked_words(lang, data), {}
    cands: dict[str, list[tuple[int, int, str]]] = {}  # folded form -> [(source rank, dim rank, uid)]
    for uid in sorted(data["unit_patterns"]):
        names = data["unit_display_names"][uid] if uid in data["unit_display_names"] else {}
        forms: dict[str, int] = {}
        for width in FORM_WIDTHS:
            name = names[width] if width in names else None
            if isinstance(name, str):
                forms.setdefault(_strip(name), 0 if width != "narrow" else 1)
                if lang == "ar" and width == "long" and ARABIC_WORDS.fullmatch(_strip(name)):
                    # "95 كيلومترًا مربعًا": the counted noun after 11-99
                    forms.setdefault(arabic_accusative(_strip(name)), 1)
            for count, pat in _patterns(data, uid, width).items():
                if count != "per" and "{0}" in pat:
                    forms.setdefault(_strip(pat.replace("{0}", "")), 1)
        folded = {fold(f) for f in forms}
        forms.update({f: 1 for f in _per_counted_forms(data, uid) if fold(f) not in folded})
        if lang in LOANWORD_SPELLINGS and any(p in uid for p in SI_PREFIXES + ("gram",)):
            forms = _loanword_spellings(forms, lang)
        dim = _dimension(uid)
        for form, rank in forms.items():
            why = (UNREAD_UNITS.get(uid) or ("read by the duration rule" if dim == "duration" else None)
                   or ("one letter" if len(fold(form)) < MIN_FORM_CHARS else None)
                   or ("a stop word, ordinal suffix, day part or currency word" if fold(form) in blocked
                       else None))
            if why:
                dropped[form] = f"{uid}: {why}"
                continue
            cands.setdefault(fold(form), []).append((rank, DIMENSION_PRIORITY.index(dim), uid, form))
    out = {}
    for key, opts in sorted(cands.items()):
        opts.sort()
        if len({o[2] for o in opts}) > 1 and opts[0][:2] == opts[1][:2] and opts[0][2] != opts[1][2]:
            dropped[opts[0][3]] = "shared by " + ", ".join(sorted({o[2] for o in opts}))
            continue
        out[opts[0][3]] = sym[opts[0][2]]
    for form in out:
        dropped.pop(form, None)
    return dict(sorted(out.items())), dict(sorted(dropped.items()))


def _currencies(lang: str, data, babel_mod) -> tuple[dict[str, dict[str, list[str]]], dict[str, str]]:
    """{ISO code: {before, after}} of a language and {form: why dropped} (see the module docstring)."""
    from babel.core import get_global
    loc = babel_mod.Locale.parse(lang)
    all_cur = get_global("all_currencies")
    current: dict[str, int] = {}       # code -> number of territories where it is legal tender today
    for terr, hist in get_global("territory_currencies").items():
        for code, _start, end, tender in hist:
            if end is None and tender:
                current[code] = current.get(code, 0) + 1
    codes = sorted(c for c in set(all_cur) | set(loc.currencies) if not c.startswith(NON_NATIONAL_PREFIX))
    own_symbol = {c: _strip(loc.currency_symbols.get(c, c)) for c in codes}
    # (form, side) -> [(rank tuple, code)]
    cands: dict[tuple[str, str], list[tuple[tuple, str, str]]] = {}

    def add(form: str, code: str, sides: tuple[str, ...], own: bool) -> None:
        form = _strip(form)
        if not form:
            return
        for side in sides:
            rank = (0 if own else 1, 0 if code in current else 1, -current.get(code, 0), code)
            cands.setdefault((fold(form), side), []).append((rank, code, form))

    for code in codes:
        add(code, code, ("before", "after"), True)
        name = loc.currencies.get(code)
        if name:
            add(name, code, ("after",), True)
        plurals = data["currency_names_plural"]
        for plural in (dict(plurals[code]).values() if code in plurals else ()):
            add(plural, code, ("after",), True)
        if own_symbol[code] != code:
            add(own_symbol[code], code, ("before", "after"), True)
    # country-prefixed signs: territory code + local bare sign ('EG£'), or its letter when unique
    signs: dict[str, list[tuple[str, str]]] = {}
    for terr, hist in sorted(get_global("territory_currencies").items()):
        now = [c for c, _s, end, tender in hist if end is None and tender and not c.startswith(NON_NATIONAL_PREFIX)]
        if not now:
            continue
        local = [f"{lg}_{terr}" for lg in (lang, "en")]
        sym = next((_strip(babel_mod.Locale.parse(lc).currency_symbols.get(now[0], "")) for lc in local
                    if _locale_exists(babel_mod, lc)), "")
        if len(sym) == 1 and not sym.isalnum():
            signs.setdefault(sym, []).append((terr, now[0]))
    for sign, terrs in signs.items():
        for terr, code in terrs:
            add(terr + sign, code, ("before",), False)
            if sum(t[0] == terr[0] for t in terrs) == 1:
                add(terr[0] + sign, code, ("before",), False)
    out: dict[str, dict[str, list[str]]] = {}
    dropped: dict[str, str] = {}
    for (key, side), opts in sorted(cands.items()):
        opts.sort()
        if len(fold(opts[0][2])) < MIN_FORM_CHARS and opts[0][2].isalpha():
            dropped[opts[0][2]] = "one letter"
            continue
        if len({o[1] for o in opts}) > 1 and opts[0][0][:3] == opts[1][0][:3]:
            dropped[opts[0][2]] = "shared by " + ", ".join(sorted({o[1] for o in opts}))
            continue
        out.setdefault(opts[0][1], {"before": [], "after": []})[side].append(opts[0][2])
    for entry in out.values():
        for side in entry:
            entry[side] = sorted(set(entry[side]))
    return dict(sorted(out.items())), dict(sorted(dropped.items()))


# --- hand-written: bare currency nouns not read (also a common word after a number) ------------
UNREAD_CURRENCY_NOUNS = {"en": {"won": "a verb ('Spain 3 won, 2 lost')", "som": "too short, an abbreviation",
                                "gold": "a medal or a metal ('3 gold medals')",
                                "mark": "a level ('crossed the 1,000 mark')",
                                "real": "an adjective ('in real terms')", "sol": "a name ('Sol')",
                                "lira": "also the Lebanese and Syrian pound as the press names them ('Lebanese lira')"},
                         "ar": {"ذهب": "gold, and a verb (went)", "سيدي": "a title and a name (Sidi)",
                                "بير": "a well, and a name", "مارك": "a name (Mark)", "ليون": "a city (Lyon) and a name",
                                "كيب": "a place name (Cape)", "قرطبة": "a city (Cordoba)", "أوقية": "an ounce (of gold)",
                                "سول": "a city (Seoul)", "ين": "too short, a letter pair", "درام": "drama",
                                "تالا": "a name (Tala)", "كينا": "a name (Kina)", "بولا": "a name (Paula)",
                                "ليك": "a suffix pair ('لك')", "كولن": "a city (Cologne)", "جوردى": "a name (Jordi)"}}
# The Arabic indefinite accusative (tanwin fath, the case of a counted noun after 11-99): an alif after a
# final consonant; a word ending in taa marbuta, alif, alif maqsura, waw or hamza takes no alif.
# Names taking it: one or two words of Arabic letters (a noun and its adjective, "كيلومتر مربع").
ARABIC_WORDS = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+)?")
ARABIC_ACCUSATIVE = {"suffix": "\u064b\u0627", "no_alif_after": "\u0629\u0627\u0649\u0648\u0621"}


def arabic_accusative(form: str) -> str:
    """The indefinite accusative of an Arabic noun phrase ("ريال سعودي" -> "ريالًا سعوديًا")."""
    out = []
    for w in form.split():
        bare = w.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        out.append(bare if bare.endswith(tuple(ARABIC_ACCUSATIVE["no_alif_after"])) or bare.startswith("\u0627\u0644")
                   else bare + ARABIC_ACCUSATIVE["suffix"])
    return " ".join(out)


def _currency_nouns(lang: str, data, babel_mod) -> dict[str, dict[str, list[str]]]:
    """{'|'-joined ISO codes: {after: [forms]}}: the bare nouns of current currencies, of one ('480
    billion ouguiyas': 'MRU') or several ('63 billion riyals': 'QAR|SAR')."""
    from babel.core import get_global
    loc = babel_mod.Locale.parse(lang)
    head = json.loads((OUT / lang / "lexicon.json").read_text(encoding="utf-8")).get("noun_head", "last")
    pick = -1 if head == "last" else 0
    current = sorted({c for hist in get_global("territory_currencies").values() for c, _s, end, tender in hist
                      if end is None and tender and not c.startswith(NON_NATIONAL_PREFIX)})
    territories = {t: {c for c, _s, end, tender in hist if end is None and tender}
                   for t, hist in get_global("territory_currencies").items()}
    plurals = data["currency_names_plural"]
    lemma_codes: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}       # lemma -> forms
    for code in current:
        name = _strip(loc.currencies.get(code) or "")
        if len(name.split()) < 2:
            continue   # a name that is its noun alone ('euro') is the currency's own form
        lemma = name.split()[pick]
        key = lemma.lower() if lang == "en" else lemma
        lemma_codes.setdefault(key, set()).add(code)
        more = [_strip(p) for p in (dict(plurals[code]).values() if code in plurals else ())]
        words = {w.split()[pick] for w in [name] + more if len(w.split()) >= 2}
        forms.setdefault(key, set()).update(w.lower() if lang == "en" else w for w in words)
    units = _unit_words(data)
    out: dict[str, dict[str, list[str]]] = {}
    for key, codes in sorted(lemma_codes.items()):
        if key in UNREAD_CURRENCY_NOUNS.get(lang, {}) or fold(key) in units:
            continue   # a common word, or also a unit ('20 pounds of flour')
        fs = set(forms[key]) | ({arabic_accusative(key)} if lang == "ar" else set())
        terrs = {c: sorted(t for t, hist in territories.items() if c in hist) for c in sorted(codes)}
        out["|".join(sorted(codes))] = {"after": sorted(fs), "territories": terrs}
    return out


def _unit_words(data) -> set[str]:
    """Folded forms of every CLDR unit name and plural pattern of a language (read or not)."""
    words = set()
    for uid in data["unit_patterns"]:
        names = data["unit_display_names"][uid] if uid in data["unit_display_names"] else {}
        for width in FORM_WIDTHS:
            name = names[width] if width in names else None
            if isinstance(name, str):
                words.add(fold(_strip(name)))
            words |= {fold(_strip(p.replace("{0}", ""))) for c, p in _patterns(data, uid, width).items() if c != "per"}
    return words


def _locale_exists(babel_mod, name: str) -> bool:
    """Whether babel has locale data for ``name``."""
    from babel import localedata
    return localedata.exists(name)


def _day_periods(lang: str, data) -> tuple[dict[str, str], dict[str, dict]]:
    """{form: CLDR day-period key} from CLDR dayPeriods, and {key: {period, from, before}} (hours)
    from the language's dayPeriodRules."""
    rules: dict[str, dict] = {}
    for key, spans in sorted(dict(data["day_period_rules"].get(None) or {}).items()):
        rule = spans[0]
        start = Fraction(rule.get("from", rule.get("at", 0))) * HOURS_PER_SECOND
        end = Fraction(rule.get("before", rule.get("at", 0))) * HOURS_PER_SECOND
        rules[key] = {"period": re.sub(r"\d+$", "", key), "from": _num(start), "before": _num(end)}
    forms: dict[str, str] = {}
    for context in ("stand-alone", "format"):
        for width in DAY_PERIOD_WIDTHS:
            for key, name in dict(data["day_periods"][context].get(width) or {}).items():
                name = _strip(name)
                if key in rules and key not in ("am", "pm") and len(fold(name)) >= MIN_FORM_CHARS:
                    forms.setdefault(name, key)
    return dict(sorted(forms.items())), rules


def build(out_dir: Path) -> list[Path]:
    """Write every generated file into ``out_dir``; returns their paths."""
    import babel
    from babel.core import get_global
    from babel.localedata import LocaleDataDict, load
    en = LocaleDataDict(load("en"))
    sym = _symbols(en)
    written = []
    units = build_units_json(en)
    path = out_dir / "units.json"
    path.write_text(json.dumps(units, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    written.append(path)
    for lang in LANGS:
        data = LocaleDataDict(load(lang))
        forms, dropped = _unit_forms(lang, data, sym)
        # the language's world variant (CLDR "<lang>_001": "square metres" beside "square meters")
        # adds the forms the base locale spells otherwise; a form the base reads or drops keeps its fate
        world = f"{lang}_{WORLD_REGION}"
        if _locale_exists(babel, world):
            more, _ = _unit_forms(lang, LocaleDataDict(load(world)), sym)
            forms = dict(sorted({**{f: s for f, s in more.items() if f not in dropped}, **forms}.items()))
        cur, cur_dropped = _currencies(lang, data, babel)
        nouns = _currency_nouns(lang, data, babel)
        periods, period_rules = _day_periods(lang, data)
        doc = {"_comment": f"Generated by tools/build_units.py from CLDR {get_global('cldr')['version']} (babel {babel.__version__}) -- do not edit; "
                           "factcheck.mentions.value_tables merges it under the hand-written sections of "
                           f"{lang}/values.json (hand-written entries win).",
               "units": forms, "currencies": cur, "currency_nouns": nouns, "day_periods": periods, "day_period_rules": period_rules,
               "_dropped": {**{f"unit {k}": v for k, v in dropped.items()},
                            **{f"currency {k}": v for k, v in cur_dropped.items()}}}
        path = out_dir / lang / "units.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    """Command line: write the generated files (default: factcheck/data/)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="output directory")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for p in build(args.out):
        print(p)


if __name__ == "__main__":
    main()
