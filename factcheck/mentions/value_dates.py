"""Dates in text: the handlers of ``values`` for dates, weekdays and relative days ('yesterday', 'last
month'), and how a date stated without its year is resolved against the anchor (the publication day)
and the last year the text stated. The normal forms are ``values``' (see its docstring)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from ..lang.text import fold
from .value_tables import Cand, Ctx, cue_before, look

YEAR_RANGE = range(1900, 2101)       # a 4-digit number can be a year only inside this range
# A date stated without a year may lie this far after the anchor (the publication day): a vote, a
# listing or a deadline announced weeks ahead ("shares will start trading on September 24", published
# 15 September). A week missed such dates; beyond a month a past date is likelier. No scoreboard row
# changed from 7 to 31 days.
FUTURE_SLACK = dt.timedelta(days=31)


def valid_date(y: int, mo: int, d: int | None) -> bool:
    """Whether year, month and (optional) day make a calendar date."""
    try:
        dt.date(y, mo, d or 1)
    except ValueError:
        return False
    return True


def iso_date(y: int, mo: int | None, d: int | None) -> str:
    """ISO form at the stated precision: '2025-04-10', '2025-04' or '2025'."""
    return f"{y:04d}-{mo:02d}-{d:02d}" if d else f"{y:04d}-{mo:02d}" if mo else f"{y:04d}"


def pick_year(anchor: dt.date, mo: int, d: int | None, rel: str | None) -> int | None:
    """The year of a day/month stated without one: the most recent on or before anchor + slack,
    strictly before the anchor for 'past', strictly after for 'next', the anchor's for 'current'."""
    soon = anchor + FUTURE_SLACK
    now, limit = (anchor.year, anchor.month, anchor.day if d else 0), (soon.year, soon.month, soon.day if d else 0)
    years = [y for y in range(anchor.year - 2, anchor.year + 2) if valid_date(y, mo, d)]
    if rel == "current":
        return anchor.year if anchor.year in years else None
    if rel == "next":
        return min((y for y in years if (y, mo, d or 0) > now), default=None)
    ok = [y for y in years if ((y, mo, d or 0) < now if rel == "past" else (y, mo, d or 0) <= limit)]
    return max(ok, default=None)


def resolve_date(ctx: Ctx, y: int | None, mo: int | None, d: int | None, rel: str | None, ys: Any) -> tuple | None:
    """A date's normal form from what the text states and the context (see the module docstring)."""
    if y is not None:
        if y not in YEAR_RANGE or not valid_date(y, mo or 1, d):
            return None
        ctx.last_year, relative = y, False
    elif ys == "same" and ctx.last_year is not None:
        y, relative = ctx.last_year, True
    elif isinstance(ys, int) and ctx.anchor is not None:
        y, relative = ctx.anchor.year + ys, True
    elif ctx.anchor is None:  # unresolved; a leap year keeps --02-29 possible
        return ("date", f"--{mo:02d}-{d:02d}" if d else f"--{mo:02d}", None, None, "exact", False) \
            if valid_date(2000, mo, d) else None
    else:
        y, relative = pick_year(ctx.anchor, mo, d, rel), True
    return None if y is None or not valid_date(y, mo or 1, d) else date_result(iso_date(y, mo, d), relative)


def weekday_date(anchor: dt.date, wd: int, rel: str | None) -> dt.date:
    """The weekday ``wd`` (ISO) nearest the anchor: on or before it, strictly before for 'past',
    strictly after for 'next'."""
    if rel == "next":
        return anchor + dt.timedelta(days=(wd - anchor.isoweekday()) % 7 or 7)
    back = (anchor.isoweekday() - wd) % 7
    return anchor - dt.timedelta(days=back or 7 if rel == "past" else back)


def date_result(value: str, relative: bool) -> tuple:
    """A resolved date in the shape ``Cand.resolve`` returns."""
    return "date", value, None, None, "exact", relative


def h_date(m, t, doc):
    """ISO and numeric dates, day-month(-year), month-day(-year), month(-year), relative months and a
    bare year after a year cue."""
    g, labels = m.groupdict(), []
    y, d = (int(g["y"]) if g.get("y") else None), (int(g["d"]) if g.get("d") else None)
    if g.get("m"):
        if t.d.get("capitalized_months") and not doc.text[doc.index[m.start("m")]].isupper():
            return []
        mo = look(m, t, labels, ("m", "M"))
    elif g.get("a"):  # numeric: the language's order, swapped when only the other is a valid date
        order = t.d.get("numeric_date_order", "dmy")
        d, mo = (int(g["a"]), int(g["b"]))[:: 1 if order == "dmy" else -1]
        d, mo = (d, mo) if valid_date(y, mo, d) else (mo, d)
        labels.append(f"numeric_date_order '{order}'")
    elif g.get("mo"):
        mo = int(g["mo"])
    elif y in YEAR_RANGE and cue_before(t, doc, "CUE_Y", m.start()):
        return [Cand(m.start(), m.end(), ["year_cues"], lambda ctx: resolve_date(ctx, y, None, None, None, None))]
    else:
        return []
    if not 1 <= mo <= 12:
        return []
    ys = look(m, t, labels, ("ys", "YS"))
    rel = look(m, t, labels, ("rb", "RMB"), ("ra", "RMA"))
    amb = t.d.get("ambiguous_months", [])
    if d is None and y is None and rel is None and ys is None and not cue_before(t, doc, "CUE_M", m.start()) \
            and (amb == "all" or " ".join(m["m"].split()) in {fold(w) for w in amb}):
        return []
    res = lambda day: (lambda ctx: resolve_date(ctx, y, mo, day, rel, ys))  # noqa: E731
    if not g.get("d0"):
        return [Cand(m.start(), m.end(), labels, res(d))]
    return [Cand(m.start(), m.end("d0"), labels + ["day_joiners"], res(int(g["d0"]))),
            Cand(m.start("d"), m.end(), labels, res(d))]


def h_weekday(m, t, doc):
    """A weekday, maybe with 'last'/'next' or a relative day ('yesterday Monday': the day wins)."""
    labels: list[str] = []
    wd = look(m, t, labels, ("wd", "WD"))
    rel, spec = look(m, t, labels, ("rb", "RMB"), ("ra", "RMA")), look(m, t, labels, ("rp", "RP")) or {}
    rd = spec.get("offset") if spec.get("unit") == "day" else None

    def res(ctx):
        if ctx.anchor is None:
            return date_result(f"weekday:{wd}", False)
        day = ctx.anchor + dt.timedelta(days=rd) if rd is not None else weekday_date(ctx.anchor, wd, rel)
        return date_result(day.isoformat(), True)
    return [Cand(m.start(), m.end(), labels, res)]


def h_relative(m, t, doc):
    """'yesterday', 'last month', 'this year', 'the same year' (unless a blocker word is next to it)."""
    labels: list[str] = []
    spec = look(m, t, labels, ("rp", "RP"))
    unit, off = spec.get("unit"), spec.get("offset")
    block, (before, after) = t.d.get("relative_blockers", {}), doc.words_around(m.start(), m.end())
    if before & {fold(w) for w in block.get("before", [])} or after & {fold(w) for w in block.get("after", [])}:
        return []

    def res(ctx):
        if off == "same":
            return None if ctx.last_year is None or unit != "year" else date_result(str(ctx.last_year), True)
        if ctx.anchor is None or unit not in ("day", "month", "year"):
            return None  # week precision is not a point date
        if unit == "day":
            return date_result((ctx.anchor + dt.timedelta(days=off)).isoformat(), True)
        k = ctx.anchor.year * 12 + ctx.anchor.month - 1 + off
        return date_result(str(ctx.anchor.year + off) if unit == "year" else iso_date(k // 12, k % 12 + 1, None), True)
    return [Cand(m.start(), m.end(), labels, res)]


def h_hijri(m, t, doc):
    """A date of the Hijri calendar ("29 شعبان 1445 هـ"): the Gregorian day it is, by the Umm al-Qura
    calendar (``hijridate``); without its year, or out of the calendar's range, the span is read as no
    value (its day is no figure). A Hijri year with its era marker ("1445 هـ") is no figure either."""
    g, labels = m.groupdict(), []
    if not g.get("hm"):
        look(m, t, labels, ("hs", "HS"))
        return [Cand(m.start(), m.end(), labels, lambda ctx: None)]
    month = look(m, t, labels, ("hm", "HM"))
    look(m, t, labels, ("hs", "HS"))
    day, year = int(g["d"]), int(g["y"]) if g.get("y") else None
    try:
        from hijridate import Hijri   # imported here: only a Hijri date needs the calendar's tables
        greg = Hijri(year, month, day).to_gregorian() if year is not None else None
    except (ValueError, OverflowError):
        greg = None
    if greg is None:
        return [Cand(m.start(), m.end(), labels, lambda ctx: None)]
    value = iso_date(greg.year, greg.month, greg.day)
    return [Cand(m.start(), m.end(), labels + ["hijridate (Umm al-Qura)"], lambda ctx: date_result(value, False))]
