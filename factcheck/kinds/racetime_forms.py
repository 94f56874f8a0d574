"""Written forms of a race time that the value parser (``mentions.values``) does not read as one:
- hours, minutes and seconds in primes, as timing sheets and continental outlets write them
  ("2h00'35\"", "4h32'10''", "3'58\"31": minutes, seconds and hundredths);
- a clock-shaped time the unit after it reads ("60:48 دقيقة", "14:20 min": minutes and seconds;
  "2:05 ساعة": hours and minutes), the unit being a minute or an hour of ``<lang>.values
  duration_units`` or ``compact_duration_units``;
- hours, minutes and seconds separated by full stops ("2.03.17") in a sentence with a race word;
- a number with an abbreviated unit glued to it or after it ("9.58s", "34sec", "2hrs") in a sentence
  with a race word (``<lang>.values compact_duration_units``; a one-letter "m" is metres, never read).
Each form gives (start, end, ISO value, seconds, step in seconds, rule), offsets into the text given.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..lang import data as langdata
from ..lang.text import ascii_digits, fold
from ..mentions.value_times import canon, duration_iso, iso_seconds

# Seconds in a minute and an hour: what the unit of "60:48 دقيقة" / "2:05 ساعة" makes each part.
SECONDS_PER_MINUTE = 60
SECONDS_PER_HOUR = 3600
# A glued one-letter abbreviation is read only for these ISO designators ("9.58s", "2h"): "m" is a
# metre as often as a minute ("100m").
ONE_LETTER_PARTS = ("S", "H")
# Hours, minutes and seconds in primes; minutes, seconds and hundredths in primes.
_PRIMES = "['\u2019\u2032]"
_DOUBLE = "(?:[\"\u201d\u2033]|'')"
_HMS = re.compile(rf"(?<![\d:.])(\d{{1,2}})\s?h\s?([0-5]\d){_PRIMES}\s?([0-5]\d)(?:{_DOUBLE}|(?![\d'\u2019\u2032]))")
_MSF = re.compile(rf"(?<![\d:.'\u2019\u2032])(\d{{1,2}}){_PRIMES}([0-5]\d){_DOUBLE}(\d{{1,2}})?(?![\d'\u2019\u2032])")
_WORD_AFTER = re.compile(r"[ \u00a0]?(\w+)")
# Hours, minutes and seconds separated by full stops, as some outlets write a long race ("2.03.17"):
# one digit of hours, so that a date ("12.03.17") is never one.
_DOTTED = re.compile(r"(?<![\d.:,])(\d)\.([0-5]\d)\.([0-5]\d)(?![\d]|[.,]\d)")
_CLOCK = re.compile(r"(?<![\d:.,])(\d{1,3}):([0-5]\d)(?:[.,\u066b](\d{1,3}))?(?![\d:])")


@lru_cache(maxsize=None)
def _units(lang: str) -> dict[str, str]:
    """{unit word or abbreviation (folded): ISO designator 'H' / 'MIN' / 'S'} of the language's
    hours, minutes and seconds."""
    data = langdata.load(lang, "values")
    units = data.get("duration_units", {})
    out: dict[str, str] = {}
    for word, spec in units.items():
        letter = spec.get("iso", "")[-1:]
        if spec.get("iso", "").startswith("PT") and letter in "HMS":
            out[fold(word)] = "MIN" if letter == "M" else letter
    for abbr, word in data.get("compact_duration_units", {}).items():
        if fold(word) in out:
            out[fold(abbr)] = out[fold(word)]
    return out


@lru_cache(maxsize=None)
def _glued(lang: str) -> re.Pattern:
    """A number and an abbreviated unit of hours, minutes or seconds ("9.58s", "34 sec", "2hrs")."""
    data = langdata.load(lang, "values")
    units = _units(lang)
    abbrs = [a for a in data.get("compact_duration_units", {}) if fold(a) in units]
    longer = sorted((re.escape(fold(a)) for a in abbrs if len(a) > 1), key=len, reverse=True)
    short = [re.escape(fold(a)) for a in abbrs if len(a) == 1 and units[fold(a)] in ONE_LETTER_PARTS]
    alts = []
    if longer:
        alts.append(rf"\s?(?P<u>{'|'.join(longer)})s?")
    if short:
        alts.append(rf"(?P<v>{'|'.join(short)})")
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w.,:])(?P<n>\d{{1,3}}(?:[.,]\d{{1,3}})?)(?:{'|'.join(alts)})(?!\w)", re.IGNORECASE)


def _form(parts: dict[str, Decimal], decimals: int, unit_seconds: float = 1.0):
    iso, _ = duration_iso(parts)
    return iso, iso_seconds(iso) or 0.0, float(Decimal(1).scaleb(-decimals)) * unit_seconds


def primes(text: str, offset: int) -> list[tuple[int, int, str, float, float, str]]:
    """Race times written with primes in ``text`` (starting at ``offset`` in the article)."""
    asc = ascii_digits(text)
    out = []
    for m in _HMS.finditer(asc):
        iso, secs, step = _form({"H": Decimal(m[1]), "MIN": Decimal(m[2]), "S": Decimal(m[3])}, 0)
        out.append((m.start() + offset, m.end() + offset, iso, secs, step,
                    "racetime: hours, minutes and seconds in primes (2h00'35\")"))
    for m in _MSF.finditer(asc):
        frac = m[3] or ""
        sec = Decimal(f"{m[2]}.{frac}") if frac else Decimal(m[2])
        iso, secs, step = _form({"MIN": Decimal(m[1]), "S": sec}, len(frac))
        out.append((m.start() + offset, m.end() + offset, iso, secs, step,
                    "racetime: minutes, seconds and hundredths in primes (3'58\"31)"))
    return out


def dotted(text: str, offset: int) -> list[tuple[int, int, str, float, float, str]]:
    """Hours, minutes and seconds separated by full stops ("2.03.17"), in a sentence with a race word."""
    out = []
    for m in _DOTTED.finditer(ascii_digits(text)):
        iso, secs, step = _form({"H": Decimal(m[1]), "MIN": Decimal(m[2]), "S": Decimal(m[3])}, 0)
        out.append((m.start() + offset, m.end() + offset, iso, secs, step,
                    "racetime: hours, minutes and seconds separated by full stops (2.03.17)"))
    return out


def clock_with_unit(text: str, offset: int, lang: str, raced: bool) -> list[tuple[int, int, str, float, float, str]]:
    """Clock-shaped times whose unit word follows them ("60:48 دقيقة": 60 min 48 s; "2:05 ساعة": 2 h 5 min,
    only in a sentence with a race word, ``raced``: "at 10:30 hours" is a time of day)."""
    asc = ascii_digits(text)
    units = _units(lang)
    out = []
    for m in _CLOCK.finditer(asc):
        word = _WORD_AFTER.match(text, m.end())
        unit = units.get(fold(word[1])) if word else None
        if unit != "MIN" and not (unit == "H" and raced):
            continue
        word_end = word.end()
        frac = m[3] or ""
        low = Decimal(f"{m[2]}.{frac}") if frac else Decimal(m[2])
        if unit == "MIN":
            iso, secs, step = _form({"MIN": Decimal(m[1]), "S": low}, len(frac))
        elif frac:
            continue   # "2:05.3 ساعة": no such form
        else:
            iso, secs, step = _form({"H": Decimal(m[1]), "MIN": low}, 0, SECONDS_PER_MINUTE)
        out.append((m.start() + offset, word_end + offset, iso, secs, step,
                    f"racetime: a clock-shaped time read by the {lang}.values unit after it"))
    return out


def glued_units(text: str, offset: int, lang: str) -> list[tuple[int, int, str, float, float, str]]:
    """A number with an abbreviated unit ("9.58s", "34sec", "2hrs"), in a sentence with a race word."""
    asc = ascii_digits(text)
    units = _units(lang)
    out = []
    for m in _glued(lang).finditer(asc):
        abbr = (m["u"] or m["v"]).lower()
        part = units.get(abbr) or units.get(abbr.rstrip("s"))
        if part is None:
            continue
        num = m["n"].replace(",", ".")
        decimals = len(num.partition(".")[2])
        # one unit is written as the value parser writes "34 seconds": 'PT34S'
        iso = f"PT{canon(Decimal(num))}{part[0]}"
        secs = iso_seconds(iso) or 0.0
        step = float(Decimal(1).scaleb(-decimals)) * {"S": 1.0, "MIN": SECONDS_PER_MINUTE, "H": SECONDS_PER_HOUR}[part]
        out.append((m.start() + offset, m.end() + offset, iso, secs, step,
                    f"racetime: a number and the {lang}.values compact_duration_units '{abbr}'"))
    return out
