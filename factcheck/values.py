"""Value mentions in text: dates, numbers, durations, times of day and ordinals, in normal form.

Every word this module knows (month and weekday names, number words, qualifiers, units, cue words)
comes from ``factcheck/data/<lang>.values.json``; the code only knows the shapes values take. Matching
runs over ``fold``-ed text whose characters map back to offsets of the original, so diacritics, tatweel,
letter variants and Arabic-Indic digits need no special cases. All candidate matches are collected, the
longest non-overlapping ones win (a qualifier does not count towards the length), and dates that need
context (no year, a weekday, 'last February', 'of the same year') are resolved left to right against
``anchor`` and the last explicitly stated year.

Choices: week-precision expressions ('last week') yield no mention; relative expressions without an
anchor keep an unresolved form ('weekday:4', '--02-18', '--05') with relative=False; relative=True means
the anchor or an earlier year of the text supplied part of the value. Spans include a stated qualifier
('more than 5,300') but not a clitic letter glued to the first word.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Callable

from .text import fold
from .value_tables import CUE_WINDOW_CHARS, PART, _Doc, _Tables, _fold_char, _tables

ABOUT_SPREAD = 0.1                   # "about N" covers N - 10 % .. N + 10 %
YEAR_RANGE = range(1900, 2101)       # a 4-digit number can be a year only inside this range
FUTURE_SLACK = dt.timedelta(days=7)  # a date stated without a year may lie this far after the anchor
DATELINE_LINES = 6                   # parse_dateline reads at most this many non-empty lines ...
DATELINE_CHARS = 400                 # ... and at most this many characters of an article
DATELINE_TAIL = 40                   # longest text allowed after a line-initial date (byline, time)
DATELINE_SEPARATORS = "-|–—•·/,:"    # punctuation that may separate a dateline from what follows


@dataclass(frozen=True)
class ValueMention:
    """One value stated in a text, in normal form, with the offsets of its surface."""

    kind: str        # "date" | "number" | "duration" | "time" | "ordinal"
    value: str       # normal form: "2025-04-10", "5300", "3.1%", "625 ft", "PT4H", "13:38", "2"
    low: float | None    # numbers/durations (durations in hours): lower bound, None if open
    high: float | None   # upper bound, None if open; exact values have low == high
    qualifier: str   # "exact" | "about" | "at_least" | "more_than" | "at_most" | "less_than" | "up_to"
    start: int       # character offsets into the text passed to find_values
    end: int
    rule: str        # the rule and data entries that produced it
    relative: bool = False  # resolved from a relative expression (weekday, yesterday, 'last February')


@dataclass
class _Cand:
    """A candidate over the folded text. ``resolve`` gives (kind, value, low, high, qualifier, relative)
    or None (skipped furniture, or a relative value that cannot be resolved)."""

    fs: int
    fe: int
    labels: list[str]
    resolve: Callable[["_Ctx"], tuple | None]
    core: int | None = None  # length that competes for 'longest match' (default: the whole span)
    name: str = ""
    prio: int = 0


@dataclass
class _Ctx:
    """Resolution context, updated left to right."""

    anchor: dt.date | None
    last_year: int | None = None


# ----------------------------------------------------------------------------------------- helpers
def _dec(s: str, t: _Tables) -> Decimal:
    """A digit run as a Decimal, without thousands separators, with '.' as the decimal mark."""
    ts, dec = t.d["thousands_separators"], t.d["decimal_separators"]
    return Decimal("".join("" if c in ts else "." if c in dec else c for c in s))


def _canon(x: Decimal) -> str:
    """Canonical decimal string without grouping or exponent: 5300, 3.1, 40000000."""
    return format(x.normalize(), "f")


def _bounds(v: float, q: str) -> tuple[float | None, float | None]:
    """(low, high) of a stated value under its qualifier; None is an open bound."""
    if q == "about":
        return round(v * (1 - ABOUT_SPREAD), 9), round(v * (1 + ABOUT_SPREAD), 9)
    if q in ("more_than", "at_least"):
        return v, None
    return (None, v) if q in ("less_than", "at_most", "up_to") else (v, v)


def _look(m: re.Match, t: _Tables, labels: list[str], *pairs: tuple[str, str]) -> Any:
    """The data value of the first matched group among (group, lexicon) pairs; records its label."""
    for grp, key in pairs:
        if m.groupdict().get(grp):
            value, label = t.lex[key].get(m[grp])
            labels.append(label)
            return value
    return None


def _valid(y: int, mo: int, d: int | None) -> bool:
    """Whether year, month and (optional) day make a calendar date."""
    try:
        dt.date(y, mo, d or 1)
    except ValueError:
        return False
    return True


def _fmt(y: int, mo: int | None, d: int | None) -> str:
    """ISO form at the stated precision: '2025-04-10', '2025-04' or '2025'."""
    return f"{y:04d}-{mo:02d}-{d:02d}" if d else f"{y:04d}-{mo:02d}" if mo else f"{y:04d}"


def _pick_year(anchor: dt.date, mo: int, d: int | None, rel: str | None) -> int | None:
    """The year of a day/month stated without one: the most recent on or before anchor + slack,
    strictly before the anchor for 'past', strictly after for 'next', the anchor's for 'current'."""
    soon = anchor + FUTURE_SLACK
    now, limit = (anchor.year, anchor.month, anchor.day if d else 0), (soon.year, soon.month, soon.day if d else 0)
    years = [y for y in range(anchor.year - 2, anchor.year + 2) if _valid(y, mo, d)]
    if rel == "current":
        return anchor.year if anchor.year in years else None
    if rel == "next":
        return min((y for y in years if (y, mo, d or 0) > now), default=None)
    ok = [y for y in years if ((y, mo, d or 0) < now if rel == "past" else (y, mo, d or 0) <= limit)]
    return max(ok, default=None)


def _resolve_date(ctx: _Ctx, y: int | None, mo: int | None, d: int | None, rel: str | None, ys: Any) -> tuple | None:
    """A date's normal form from what the text states and the context (see the module docstring)."""
    if y is not None:
        if y not in YEAR_RANGE or not _valid(y, mo or 1, d):
            return None
        ctx.last_year, relative = y, False
    elif ys == "same" and ctx.last_year is not None:
        y, relative = ctx.last_year, True
    elif isinstance(ys, int) and ctx.anchor is not None:
        y, relative = ctx.anchor.year + ys, True
    elif ctx.anchor is None:  # unresolved; a leap year keeps --02-29 possible
        return ("date", f"--{mo:02d}-{d:02d}" if d else f"--{mo:02d}", None, None, "exact", False) \
            if _valid(2000, mo, d) else None
    else:
        y, relative = _pick_year(ctx.anchor, mo, d, rel), True
    return None if y is None or not _valid(y, mo or 1, d) else _date(_fmt(y, mo, d), relative)


def _weekday_date(anchor: dt.date, wd: int, rel: str | None) -> dt.date:
    """The weekday ``wd`` (ISO) nearest the anchor: on or before it, strictly before for 'past',
    strictly after for 'next'."""
    if rel == "next":
        return anchor + dt.timedelta(days=(wd - anchor.isoweekday()) % 7 or 7)
    back = (anchor.isoweekday() - wd) % 7
    return anchor - dt.timedelta(days=back or 7 if rel == "past" else back)


def _cue_before(t: _Tables, doc: _Doc, cue: str, pos: int) -> bool:
    """Whether a cue word of lexicon ``cue`` ends just before folded offset ``pos``."""
    return t.extra[cue].search(doc.folded, max(0, pos - CUE_WINDOW_CHARS), pos) is not None


def _date(value: str, relative: bool) -> tuple:
    """A resolved date in the shape ``_Cand.resolve`` returns."""
    return "date", value, None, None, "exact", relative


# ---------------------------------------------------------------------------------------- handlers
def _h_skip(m, t, doc):
    """Furniture (URL, phone number...): occupies its span, yields no mention."""
    return [_Cand(m.start(), m.end(), [], lambda ctx: None)]


def _h_date(m, t, doc):
    """ISO and numeric dates, day-month(-year), month-day(-year), month(-year), relative months and a
    bare year after a year cue."""
    g, labels = m.groupdict(), []
    y, d = (int(g["y"]) if g.get("y") else None), (int(g["d"]) if g.get("d") else None)
    if g.get("m"):
        if t.d.get("capitalized_months") and not doc.text[doc.index[m.start("m")]].isupper():
            return []
        mo = _look(m, t, labels, ("m", "M"))
    elif g.get("a"):  # numeric: the language's order, swapped when only the other is a valid date
        order = t.d.get("numeric_date_order", "dmy")
        d, mo = (int(g["a"]), int(g["b"]))[:: 1 if order == "dmy" else -1]
        d, mo = (d, mo) if _valid(y, mo, d) else (mo, d)
        labels.append(f"numeric_date_order '{order}'")
    elif g.get("mo"):
        mo = int(g["mo"])
    elif y in YEAR_RANGE and _cue_before(t, doc, "CUE_Y", m.start()):
        return [_Cand(m.start(), m.end(), ["year_cues"], lambda ctx: _resolve_date(ctx, y, None, None, None, None))]
    else:
        return []
    if not 1 <= mo <= 12:
        return []
    ys = _look(m, t, labels, ("ys", "YS"))
    rel = _look(m, t, labels, ("rb", "RMB"), ("ra", "RMA"))
    amb = t.d.get("ambiguous_months", [])
    if d is None and y is None and rel is None and ys is None and not _cue_before(t, doc, "CUE_M", m.start()) \
            and (amb == "all" or " ".join(m["m"].split()) in {fold(w) for w in amb}):
        return []
    res = lambda day: (lambda ctx: _resolve_date(ctx, y, mo, day, rel, ys))  # noqa: E731
    if not g.get("d0"):
        return [_Cand(m.start(), m.end(), labels, res(d))]
    return [_Cand(m.start(), m.end("d0"), labels + ["day_joiners"], res(int(g["d0"]))),
            _Cand(m.start("d"), m.end(), labels, res(d))]


def _h_weekday(m, t, doc):
    """A weekday, maybe with 'last'/'next' or a relative day ('yesterday Monday': the day wins)."""
    labels: list[str] = []
    wd = _look(m, t, labels, ("wd", "WD"))
    rel, spec = _look(m, t, labels, ("rb", "RMB"), ("ra", "RMA")), _look(m, t, labels, ("rp", "RP")) or {}
    rd = spec.get("offset") if spec.get("unit") == "day" else None

    def res(ctx):
        if ctx.anchor is None:
            return _date(f"weekday:{wd}", False)
        day = ctx.anchor + dt.timedelta(days=rd) if rd is not None else _weekday_date(ctx.anchor, wd, rel)
        return _date(day.isoformat(), True)
    return [_Cand(m.start(), m.end(), labels, res)]


def _h_relative(m, t, doc):
    """'yesterday', 'last month', 'this year', 'the same year' (unless a blocker word is next to it)."""
    labels: list[str] = []
    spec = _look(m, t, labels, ("rp", "RP"))
    unit, off = spec.get("unit"), spec.get("offset")
    block, (before, after) = t.d.get("relative_blockers", {}), doc.words_around(m.start(), m.end())
    if before & {fold(w) for w in block.get("before", [])} or after & {fold(w) for w in block.get("after", [])}:
        return []

    def res(ctx):
        if off == "same":
            return None if ctx.last_year is None or unit != "year" else _date(str(ctx.last_year), True)
        if ctx.anchor is None or unit not in ("day", "month", "year"):
            return None  # week precision is not a point date
        if unit == "day":
            return _date((ctx.anchor + dt.timedelta(days=off)).isoformat(), True)
        k = ctx.anchor.year * 12 + ctx.anchor.month - 1 + off
        return _date(str(ctx.anchor.year + off) if unit == "year" else _fmt(k // 12, k % 12 + 1, None), True)
    return [_Cand(m.start(), m.end(), labels, res)]


def _h_time(m, t, doc):
    """A clock time: '13:38', '1:38 PM', '1.38pm', '10 صباحا', 'الساعة العاشرة والنصف'."""
    labels: list[str] = []
    _look(m, t, labels, ("cw", "CW"))
    if m["hw"]:
        h = _look(m, t, labels, ("hw", "CH"))
        if not (m["cw"] or m["dp"]):
            return []
    elif m["sep"] == ":" or m["dp"] or (m["cw"] and not m["sep"]):
        h = int(m["h"])
    else:
        return []  # a bare number, or a decimal
    mi = int(m["mi"] or 0) + (_look(m, t, labels, ("fr", "CF")) or 0)
    if mi < 0:
        h, mi = (h - 1) % 12 or 12, mi + 60
    spec = _look(m, t, labels, ("dp", "DPT")) or {}
    if spec.get("add12") and spec["add12"][0] <= h <= spec["add12"][1]:
        h += 12
    if spec.get("zero12") and h == 12:
        h = 0
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        return []
    return [_Cand(m.start(), m.end(), labels, lambda ctx: ("time", f"{h:02d}:{mi:02d}", None, None, "exact", False))]


def _overlap(a: int, b: int) -> bool:
    """Whether two numbers use a common decimal place (then 'three four' is not 34)."""
    while a and b:
        if a % 10 and b % 10:
            return True
        a, b = a // 10, b // 10
    return False


def _word_groups(t: _Tables, doc: _Doc, start: int, end: int) -> list[tuple[int, int, Decimal, list[str]]]:
    """Split a run of number words into numbers: (folded start, end, value, labels). Words join while
    their decimal places do not collide ('twenty five', 'خمسة وعشرون', 'three thousand')."""
    scales = {fold(k) for k in t.d["scales"]}
    alone = {fold(k) for k in t.d.get("standalone_scales", [])}
    groups: list[list | None] = []  # [start, end, total, part, last_scale, labels]
    for w in t.extra["NWS"].finditer(doc.folded, start, end):
        key = " ".join(w.group().split())
        v, label = t.lex["NWS"].get(key)
        g, big = (groups[-1] if groups else None), key in scales and v >= 1000
        if g is not None and (v < g[4] and g[3] > 0 if big else 0 < g[3] < v if key in scales
                              else not _overlap(g[3], v) and v < g[4]):
            g[1:5] = ([w.end(), g[2] + g[3] * v, 0, v] if big else
                      [w.end(), g[2], g[3] * v if key in scales else g[3] + v, g[4]])
            g[5].append(label)
        elif key in scales and key not in alone:
            groups.append(None)  # plural scale words ('آلاف') are no number by themselves
        else:
            groups.append([w.start(), w.end(), 0, v, float("inf"), [label]])
    return [(g[0], g[1], Decimal(g[2] + g[3]), g[5]) for g in groups if g is not None]


def _blocked(t: _Tables, doc: _Doc, s: int, e: int) -> bool:
    """A lone number word that the data says is no number in this context ('one of')."""
    key, spec = " ".join(doc.folded[s:e].split()), t.d.get("number_word_blockers", {})
    before, after = doc.words_around(s, e)
    words = lambda side: {fold(b) for w, bs in spec.get(side, {}).items() if fold(w) == key for b in bs}  # noqa: E731
    return bool(before & words("before") or after & words("after"))


def _number(m, t, labels, v: Decimal, fs, fe, core_from, core_to, where=("qb", "qa", "pc", "u", "ca")) -> _Cand:
    """A number candidate with its unit, percent or currency and qualifier."""
    unit = _look(m, t, labels, *[(g, k) for g, k in (("pc", "PC"), ("u", "UN"), ("ca", "CA"), ("cb", "CB"))
                                 if g in where or g == "cb"])
    suffix = "%" if m.groupdict().get("pc") and "pc" in where else f" {unit}" if unit else ""
    q = _look(m, t, labels, *[(g, k) for g, k in (("qb", "QB"), ("qa", "QA")) if g in where]) or "exact"
    lo, hi = _bounds(float(v), q)
    return _Cand(fs, fe, labels, lambda ctx: ("number", _canon(v) + suffix, lo, hi, q, False), core_to - core_from)


def _h_number(m, t, doc):
    """Numbers in digits (with scale word, unit, percent, currency) or in words."""
    g = m.groupdict()
    if g.get("n"):
        labels: list[str] = []
        try:
            v = _dec(m["n"], t) * Decimal(_look(m, t, labels, ("sc", "SC")) or 1)
        except InvalidOperation:
            return []
        core_to = max(m.end(k) for k in ("n", "sc", "pc", "u", "ca") if g.get(k))
        return [_number(m, t, labels, v, m.start(), m.end(), m.start("cb") if g["cb"] else m.start("n"), core_to)]
    out = []
    for s, e, v, labels in _word_groups(t, doc, m.start("w"), m.end("w")):
        if len(labels) == 1 and _blocked(t, doc, s, e):
            continue
        first, last = s == m.start("w"), e == m.end("w")
        where = (("qb",) if first else ()) + (("qa", "pc", "u", "ca") if last else ())
        core_to = max([e] + [m.end(k) for k in ("pc", "u", "ca") if last and g.get(k)])
        out.append(_number(m, t, labels, v, m.start() if first else s, m.end() if last else e, s, core_to, where))
    return out


def _h_duration(m, t, doc):
    """A count (digits, words or implied by the unit) of a duration unit, as ISO 8601; bounds in hours."""
    labels: list[str] = []
    if m["n"]:
        count, core_from = _dec(m["n"], t), m.start("n")
    elif m["w"]:
        groups = _word_groups(t, doc, m.start("w"), m.end("w"))
        if len(groups) != 1 or groups[0][:2] != (m.start("w"), m.end("w")):
            return []
        count, core_from, labels = groups[0][2], m.start("w"), groups[0][3]
    else:
        count, core_from = None, m.start("du")
    spec = _look(m, t, labels, ("du", "DU"))
    count = count if count is not None else spec.get("count")
    if count is None:
        return []  # a unit word alone that needs a number ('يوم', 'day')
    amount = Decimal(count) * Decimal(spec.get("factor", 1))
    iso, q = spec["iso"].format(_canon(amount)), _look(m, t, labels, ("qb", "QB"), ("qa", "QA")) or "exact"
    lo, hi = _bounds(round(float(amount) * spec["hours"], 9), q)
    return [_Cand(m.start(), m.end(), labels, lambda ctx: ("duration", iso, lo, hi, q, False), m.end("du") - core_from)]


def _h_ordinal(m, t, doc):
    """An ordinal word ('الثانية', 'first') or digits with an ordinal suffix ('21st')."""
    labels: list[str] = []
    n = _look(m, t, labels, ("o", "ORD")) or int(m["od"])
    _look(m, t, labels, ("os", "OS"))
    return [_Cand(m.start(), m.end(), labels, lambda ctx: ("ordinal", str(n), float(n), float(n), "exact", False))]


# The rules' handlers by the key value_tables gives each rule.
_HANDLERS: dict[str, Callable] = {"skip": _h_skip, "date": _h_date, "weekday": _h_weekday, "relative": _h_relative,
                                  "time": _h_time, "duration": _h_duration, "number": _h_number,
                                  "ordinal": _h_ordinal}


# -------------------------------------------------------------------------------------- public API
# Distinct texts whose results are kept: a clause is parsed by several frames, and news copy repeats.
FIND_VALUES_MEMO = 20_000


def find_values(text: str, lang: str, anchor: dt.date | None = None) -> list[ValueMention]:
    """Memoized: the result is a fresh list of immutable mentions (see ``_find_values``)."""
    return list(_find_values_memo(text, lang, anchor))


@lru_cache(maxsize=FIND_VALUES_MEMO)
def _find_values_memo(text: str, lang: str, anchor: dt.date | None = None) -> tuple[ValueMention, ...]:
    return tuple(_find_values(text, lang, anchor))


def _find_values(text: str, lang: str, anchor: dt.date | None = None) -> list[ValueMention]:
    """Every value mention in ``text``, sorted by start, non-overlapping (longest match wins).
    ``anchor`` (usually the publication date) resolves relative dates; see the module docstring."""
    t, doc = _tables(lang), _Doc(text)
    cands: list[_Cand] = []
    gated: dict[re.Pattern, bool] = {}
    for prio, (name, rx, handler_key, gate) in enumerate(t.rules):
        handler = _HANDLERS[handler_key]
        if gate is not None:
            if gate not in gated:
                gated[gate] = gate.search(doc.folded) is not None
            if not gated[gate]:
                continue
        for m in rx.finditer(doc.folded):
            for c in handler(m, t, doc):
                if c.fe > c.fs:
                    c.name, c.prio = name, prio
                    cands.append(c)
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.fe - c.fs if c.core is None else c.core), c.fs - c.fe, c.prio, c.fs)):
        if all(c.fe <= o.fs or o.fe <= c.fs for o in chosen):
            chosen.append(c)
    ctx, out = _Ctx(anchor), []
    for c in sorted(chosen, key=lambda c: c.fs):
        res = c.resolve(ctx)
        if res is None:
            continue
        start, end = doc.index[c.fs], doc.index[c.fe - 1] + 1
        while end < len(text) and not text[end].isspace() and _fold_char(text[end]) == "":
            end += 1  # keep trailing diacritics/tatweel with their letter
        rule = f"{lang}.{PART}:" + " + ".join(c.labels + [c.name])
        out.append(ValueMention(res[0], res[1], res[2], res[3], res[4], start, end, rule, res[5]))
    return out


def detect_number(text: str, lang: str) -> float | None:
    """The first number value in ``text`` (the stated figure, without unit), or None."""
    for v in find_values(text, lang):
        if v.kind == "number":
            return float(v.value.split()[0].rstrip("%"))
    return None


def parse_dateline(text: str, lang: str) -> tuple[dt.date, int, int, str] | None:
    """The publication date stated in an article's head: a full date after a cue word ('Published:',
    'تاريخ النشر') or opening a line, alone or before a separator, time or short byline.
    Returns (date, start, end, rule) of the first one, or None."""
    t, size, lines = _tables(lang), 0, 0
    for line in text[:DATELINE_CHARS].splitlines(keepends=True):
        size, lines = size + len(line), lines + bool(line.strip())
        if lines >= DATELINE_LINES:
            break
    head = text[:size]
    for v in find_values(head, lang):
        if v.kind != "date" or v.relative or not re.fullmatch(r"\d{4}-\d\d-\d\d", v.value):
            continue
        line_end, raw = head.find("\n", v.end), head[head.rfind("\n", 0, v.start) + 1:v.start].rstrip()
        before = _Doc(raw.rstrip(" " + DATELINE_SEPARATORS))
        after = fold(head[v.end:len(head) if line_end < 0 else line_end])
        cued = bool(before.folded.strip()) and _cue_before(t, before, "CUE_D", len(before.folded))
        short = not after or after[0] in DATELINE_SEPARATORS or len(after) <= DATELINE_TAIL
        how = "cue" if cued else "line-initial" if not raw else "after-separator" if raw[-1] in "|•·" else ""
        if how and (cued or short):  # 'By X | 13 Sep 2023' counts; 'in Paris on 13 Sep 2023' does not
            return dt.date.fromisoformat(v.value), v.start, v.end, f"{v.rule} + dateline:{how}"
    return None
