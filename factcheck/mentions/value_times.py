"""Normal forms of elapsed times, match minutes and parts of the day for ``factcheck.mentions.values``.

Pure functions over numbers already read from text (no regexes, no language data):

* ``duration_iso`` writes a duration of several units in ISO 8601 ('2 hours, 35 seconds' ->
  'PT2H0M35S'): date parts as stated (Y, M, W, D), and, when any of hours, minutes or seconds is
  stated, all three of them, so that '2:00:35', '2h 00m 35s' and '2 hours, 35 seconds' share one form.
* ``minute_value`` writes a match minute ('48', '90+3').
* ``attach_dayparts`` gives a part-of-day mention the day of an adjacent date mention
  ('yesterday morning' -> '2023-09-12 morning').
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

# ISO 8601 designators in their order; the first four are date parts, the last three time parts.
DATE_PARTS = ("Y", "M", "W", "D")
TIME_PARTS = ("H", "MIN", "S")
HOURS_PER = {"Y": Decimal(8766), "M": Decimal(730), "W": Decimal(168), "D": Decimal(24), "H": Decimal(1),
             "MIN": Decimal(1) / 60, "S": Decimal(1) / 3600}  # the hours of a unit, as the data files count them
DAYPART_GAP_CHARS = 5   # at most this much text ('on', 'of', ', ') between a day and its part of day
_GAP = re.compile(r"[\W_]*(?:\w{1,3}[\W_]+)?")  # punctuation, maybe one short word ('on', 'من')


def canon(x: Decimal) -> str:
    """Canonical decimal string without grouping or exponent."""
    return format(x.normalize(), "f")


def duration_iso(parts: dict[str, Decimal]) -> tuple[str, float]:
    """(ISO 8601 form, hours) of a duration given as {designator: amount} (see the module docstring)."""
    date = "".join(f"{canon(parts[k])}{k}" for k in DATE_PARTS if k in parts)
    time = ""
    if any(k in parts for k in TIME_PARTS):
        time = "T" + "".join(f"{canon(parts.get(k, Decimal(0)))}{k[0]}" for k in TIME_PARTS)
    hours = sum((amount * HOURS_PER[k] for k, amount in parts.items()), Decimal(0))
    return f"P{date}{time}", float(hours)


def iso_part(template: str) -> str:
    """The designator of a duration unit from its ISO template ('PT{}M' -> 'MIN', 'P{}M' -> 'M')."""
    letter = template[-1]
    return "MIN" if letter == "M" and template.startswith("PT") else letter


def minute_value(minute: int, stoppage: int | None) -> tuple[str, float]:
    """(normal form, minute number) of a match minute: ('48', 48.0), ('90+3', 93.0)."""
    if stoppage is None:
        return str(minute), float(minute)
    return f"{minute}+{stoppage}", float(minute + stoppage)


def attach_dayparts(mentions: list[Any], text: str) -> list[Any]:
    """Time mentions of a bare part of day ('morning') next to a date mention of one day get that day:
    value 'YYYY-MM-DD morning' (the date mention stays as it is)."""
    out = list(mentions)
    for i, v in enumerate(out):
        if v.kind != "time" or not v.value.isalpha():
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(out) or out[j].kind != "date" or not re.fullmatch(r"\d{4}-\d\d-\d\d", out[j].value):
                continue
            a, b = (v.end, out[j].start) if j > i else (out[j].end, v.start)
            gap = text[a:b] if a <= b else ""
            if a <= b and len(gap.strip()) <= DAYPART_GAP_CHARS and _GAP.fullmatch(gap):
                out[i] = replace(v, value=f"{out[j].value} {v.value}", relative=v.relative or out[j].relative)
                break
    return out


SECONDS_PER_HOUR = 3600
SECONDS_DIGITS = 6   # seconds of a race time are rounded to this many places (float noise of hours)


def race_seconds(hours: float | None) -> float | None:
    """The seconds of a duration given in hours (a race time's bounds), rounded to SECONDS_DIGITS."""
    return None if hours is None else round(hours * SECONDS_PER_HOUR, SECONDS_DIGITS)


_ISO_TIME = re.compile(r"PT(?:(?P<H>\d+(?:\.\d+)?)H)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<S>\d+(?:\.\d+)?)S)?")


def iso_seconds(iso: str) -> float | None:
    """The seconds of an ISO 8601 duration of hours, minutes and seconds only ('PT2H0M35S' -> 7235.0),
    computed exactly from its parts; None for other forms (date parts, empty)."""
    m = _ISO_TIME.fullmatch(iso)
    if not m or not any(m.groupdict().values()):
        return None
    parts = {k: Decimal(v) for k, v in m.groupdict().items() if v}
    total = parts.get("H", Decimal(0)) * SECONDS_PER_HOUR + parts.get("M", Decimal(0)) * 60 + parts.get("S", Decimal(0))
    return float(total)
