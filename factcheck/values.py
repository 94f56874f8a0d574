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

from .errors import LanguageDataError
from .lang import load
from .rx import alternation, compile_fast, lookbehinds
from .text import fold

PART = "values"
ABOUT_SPREAD = 0.1                   # "about N" covers N - 10 % .. N + 10 %
YEAR_RANGE = range(1900, 2101)       # a 4-digit number can be a year only inside this range
FUTURE_SLACK = dt.timedelta(days=7)  # a date stated without a year may lie this far after the anchor
CLITIC_MIN_LEN = 3                   # shorter words never carry a clitic (avoids ب + آب read as باب)
CUE_WINDOW_CHARS = 40                # how far back / ahead a cue or blocker word is looked for
DATELINE_LINES = 6                   # parse_dateline reads at most this many non-empty lines ...
DATELINE_CHARS = 400                 # ... and at most this many characters of an article
DATELINE_TAIL = 40                   # longest text allowed after a line-initial date (byline, time)
DATELINE_SEPARATORS = "-|–—•·/,:"    # punctuation that may separate a dateline from what follows
_H = r"[^\S\n]"                      # horizontal white space: no value spans a line break
_COMMA = "[,،]"                      # Latin or Arabic comma inside a date
# Script-level furniture whose digits are not values: URLs, e-mail, hashtags, phone numbers, long ids.
_SKIP = (r"(?:https?://|www\.)\S+", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r"#\w+", r"\+\d[\d ()-]{6,}\d",
         r"(?<![\d,.])\d{3,4}(?:[ -]\d{3,4}){2,}(?!\d)", r"(?<![\w.,])\d{9,}(?!\w)")
_CODE = r"(?<![\w.,])\d+(?:/\d+)+(?!\w)"  # 10/11, 24/7: no value unless a date rule claims it
# Regex lexicons: name -> (data key[s] joined by '|', optionally ':before'/':after' for
# {value: {before, after}} sections; flags: c = takes clitics, - = no leading word boundary (the
# word follows digits: '%', 'km'), + = no trailing boundary (glued to what follows: 'و7')).
_LEXICONS = {
    "M": ("months", "c"), "WD": ("weekdays", "c"), "WDP": ("weekday_prefixes", "c"),
    "WDS": ("weekday_suffixes", ""), "DP": ("day_prefixes", "c"), "DJ": ("day_joiners", "+"),
    "DMC": ("day_month_connectors", ""), "MYC": ("month_year_connectors", ""), "OS": ("ordinal_suffixes", "-"),
    "YS": ("year_suffixes", ""), "RMB": ("relative_markers:before", ""), "RMA": ("relative_markers:after", ""),
    "RP": ("relative_periods", "c"), "NWS": ("number_words|scales", "c"),
    "NJ": ("number_joiners", "+"), "SC": ("scales", "-"), "QB": ("qualifiers:before", "c"),
    "QA": ("qualifiers:after", ""), "PC": ("percent", "-"), "UN": ("units", "-"), "CB": ("currencies:before", ""),
    "CA": ("currencies:after", "-"), "DU": ("duration_units", "c"), "DBA": ("duration_blockers_after", "-"),
    "ORD": ("ordinals", "c"), "CW": ("clock_words", "c"), "CH": ("clock_hours", ""), "CF": ("clock_fractions", ""),
    "DPT": ("dayparts", "-"), "DPX": ("digit_prefixes", ""), "CUE_Y": ("year_cues", "c"),
    "CUE_M": ("month_cues", "c"), "CUE_D": ("dateline_cues", "c"),
}


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


@dataclass(frozen=True)
class _Lex:
    """One lexicon: folded phrase -> (value, label), and its regex alternation."""

    table: dict[str, tuple[Any, str]]
    rx: str

    def get(self, s: str) -> tuple[Any, str]:
        """(value, label) of a matched phrase."""
        return self.table[" ".join(s.split())]


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


class _Doc:
    """The original text, its folded form (with a one-space pad in front, so that clitic look-behinds
    always see a boundary) and the map from folded to original offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        folded = text.translate(_FOLD_MAP)
        if _FOLD_MAP.uneven.isdisjoint(text):  # every character folds to one: offsets are unchanged
            self.folded, self.index = " " + folded, [-1, *range(len(text))]
            return
        chars, self.index = [" "], [-1]
        for i, ch in enumerate(text):
            f = _fold_char(ch)
            chars.append(f)
            self.index.extend([i] * len(f))
        self.folded = "".join(chars)

    def words_around(self, s: int, e: int) -> tuple[set[str], set[str]]:
        """The folded word just before ``s`` and the one just after ``e`` (as sets of 0 or 1)."""
        before = re.findall(r"\w+", self.folded[max(0, s - CUE_WINDOW_CHARS):s])[-1:]
        return set(before), set(re.findall(r"\w+", self.folded[e:e + CUE_WINDOW_CHARS])[:1])


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """``fold`` of one character; white space stays (as a space, or a line break)."""
    if ch == "\n":
        return ch
    return " " if ch.isspace() else fold(ch)


class _FoldMap(dict):
    """``str.translate`` table of ``_fold_char``, filled as characters are met; ``uneven`` holds the
    characters that do not fold to exactly one character (diacritics, ligatures)."""

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        f = self[code] = _fold_char(chr(code))
        if len(f) != 1:
            self.uneven.add(chr(code))
        return f


_FOLD_MAP = _FoldMap()


def _merge(own: Any, other: Any) -> Any:
    """A borrowed data section merged under the language's own: own values win, lists are joined."""
    if isinstance(own, dict) and isinstance(other, dict):
        return {**other, **{k: _merge(v, other[k]) if k in other else v for k, v in own.items()}}
    if isinstance(own, list) and isinstance(other, list):
        return own + [x for x in other if x not in own]
    return own


def _items(d: dict[str, Any], spec: str) -> list[tuple[str, Any, str]]:
    """(word, value, label) of data sections shaped [words], {word: value}, {value: [words]} or, with
    ':before'/':after', {value: {"before": [words], "after": [words]}}."""
    out: list[tuple[str, Any, str]] = []
    for part in spec.split("|"):
        key, _, where = part.partition(":")
        if key not in d:
            raise LanguageDataError(f"values data: missing key {key!r}")
        section = d[key]
        if isinstance(section, list):
            out += [(w, w, f"{key} '{w}'") for w in section]
            continue
        for k, v in section.items():
            v = v.get(where, []) if where else v
            if isinstance(v, list):
                out += [(w, int(k) if k.isdigit() else k, f"{key}.{k} '{w}'") for w in v]
            else:
                out.append((k, v, f"{key} '{k}'"))
    return out


def _lex(items: list[tuple[str, Any, str]], flags: str, clitics: list[str]) -> _Lex:
    """Compile a lexicon into one alternation, longest phrases first, with word boundaries."""
    table: dict[str, tuple[Any, str]] = {}
    for word, value, label in items:
        table.setdefault(fold(str(word)), (value, label))
    table.pop("", None)
    if not table:
        return _Lex(table, "(?!)")
    with_clitics = "(?:" + "|".join([r"(?<!\w)"] + lookbehinds([(rf"\W{re.escape(fold(c))}", 1 + len(fold(c)))
                                                                 for c in clitics])) + ")"
    buckets: dict[tuple[str, str], list[str]] = {}
    for key in sorted(table, key=len, reverse=True):
        pre = ""
        if "-" not in flags and re.match(r"\w", key):
            pre = with_clitics if "c" in flags and clitics and len(key) >= CLITIC_MIN_LEN else r"(?<!\w)"
        post = r"(?!\w)" if "+" not in flags and re.match(r"\w", key[-1]) else ""
        buckets.setdefault((pre, post), []).append(key)
    first = "".join(sorted({re.escape(k[0]) for k in table}))  # cheap rejection before look-behinds
    alts = (f"{p}(?:{alternation(w, _H + '+')}){q}" for (p, q), w in buckets.items())
    return _Lex(table, f"(?=[{first}])(?:" + "|".join(alts) + ")")


@dataclass(frozen=True)
class _Tables:
    """Compiled per-language tables: data, lexicons, rules (name, regex, handler) and derived regexes."""

    d: dict[str, Any]
    lex: dict[str, _Lex]
    rules: tuple[tuple[str, re.Pattern, Callable, re.Pattern | None], ...]   # name, regex, handler, gate
    extra: dict[str, re.Pattern]


@lru_cache(maxsize=None)
def _tables(lang: str) -> _Tables:
    """Load and compile a language's value data once (data errors raise LanguageDataError)."""
    d = dict(load(lang, PART))
    missing = [k for k in ("digit_prefixes", "thousands_separators", "decimal_separators", "scales") if k not in d]
    if missing:
        raise LanguageDataError(f"{lang}.{PART}.json: missing keys {missing}")
    for src, keys in d.get("borrow", {}).items():  # sections shared with another language's file
        other = load(src, PART)
        d.update({k: _merge(d[k], other[k]) if k in d else other[k] for k in keys if k in other})
    lex = {name: _lex(_items(d, spec), flags, d.get("clitics", [])) for name, (spec, flags) in _LEXICONS.items()}
    L = {k: v.rx for k, v in lex.items()}
    pfx = [fold(p) for p in d["digit_prefixes"]]
    ds = "(?:" + "|".join([r"(?<![\w.,:/#@+\-])", r"(?<=\d[-–])"]  # a digit run starts here; '30-50' is two
                          + lookbehinds([(rf"\W{re.escape(p)}{sp}", 1 + len(p) + bool(sp))
                                         for p in pfx for sp in ("", _H)])) + ")"
    ts, dec = ("".join(map(re.escape, d[k])) for k in ("thousands_separators", "decimal_separators"))
    num_end = rf"(?!\w|[{ts}{dec}]\d)"  # a number does not run on into a word or more digits
    num = rf"(?P<n>\d{{1,3}}(?:[{ts}]\d{{3}})+(?:[{dec}]\d+)?|\d+(?:[{dec}]\d+)?)"
    seq = rf"{L['NWS']}(?:(?:\s+|\s*-\s*)(?:{L['NJ']}\s*)?{L['NWS']})*"
    qb = rf"(?:(?P<qb>{L['QB']})\s+(?:{L['DPX']}\s?)?)?"
    qa = rf"(?:\s+(?:\w+\s+)?(?P<qa>{L['QA']}))?"  # after the value or after its counted noun
    wpg = rf"(?:(?:(?:{L['RP']}|{L['WDP']})\s+)?{L['WD']}(?:\s+{L['WDS']})?\s*{_COMMA}?\s*)?"
    mon = rf"(?P<m>{L['M']})(?:\s*/\s*{L['M']}|\s*\(\s*{L['M']}\s*\))?(?:\.(?=\s*[\d,]))?"  # 'سبتمبر/أيلول'
    ynum = r"(?P<y>\d{4})(?!\d)"
    year = rf"\s*{_COMMA}?\s*{ynum}"
    tail = rf"(?:\s+(?P<ra>{L['RMA']})|\s+(?P<ys>{L['YS']}))"
    day = rf"(?:(?P<d0>\d{{1,2}})\s*{L['DJ']}\s*)?(?P<d>\d{{1,2}})(?!\d|[.:]\d)(?:{L['OS']})?"  # '6 و7', '5-7'
    patterns = [(f"skip-{i}", p, _h_skip) for i, p in enumerate(_SKIP)] + [
        ("iso-date", rf"{ds}(?P<y>\d{{4}})(?P<sep>[-/])(?P<mo>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d)", _h_date),
        ("numeric-date", rf"{ds}(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?!\d)", _h_date),
        ("day-month-year", rf"{wpg}(?:{L['DP']}\s+)?{ds}{day}\s*{_COMMA}?\s*"
                           rf"(?:{L['DMC']}\s+)?{mon}(?:{year}|{tail})?", _h_date),
        ("month-day-year", rf"{wpg}{mon}\s+{ds}{day}(?:{year})?", _h_date),
        ("month-year", rf"(?:(?P<rb>{L['RMB']})\s+)?{mon}(?:\s*{_COMMA}?\s*(?:{L['MYC']}\s+)?{ynum}|{tail})?",
         _h_date),
        ("weekday", rf"(?:(?P<rb>{L['RMB']})\s+|(?P<rp>{L['RP']})\s+|{L['WDP']}\s+)?(?P<wd>{L['WD']})"
                    rf"(?:\s+{L['WDS']})?(?:\s+(?P<ra>{L['RMA']}))?", _h_weekday),
        ("relative", rf"(?P<rp>{L['RP']})", _h_relative),
        ("time", rf"(?:(?P<cw>{L['CW']})\s+)?(?:{ds}(?P<h>\d{{1,2}})(?:(?P<sep>[:.])(?P<mi>\d{{2}}))?(?!\d)|"
                 rf"(?P<hw>{L['CH']}))(?:\s+(?P<fr>{L['CF']}))?(?:\s*(?P<dp>{L['DPT']}))?", _h_time),
        ("year", rf"{ds}(?P<y>\d{{4}}){num_end}", _h_date),
        ("duration", rf"{qb}(?:{ds}{num}\s*-?\s*|(?P<w>{seq})\s+)?(?P<du>{L['DU']})(?!\s*{L['DBA']}){qa}", _h_duration),
        ("number", rf"{qb}(?:(?P<cb>{L['CB']})\s?)?{ds}{num}(?:\s*(?P<sc>{L['SC']}))?(?:\s*(?P<pc>{L['PC']})|"
                   rf"\s*-?\s*(?P<u>{L['UN']})|\s*(?P<ca>{L['CA']}))?{num_end}{qa}", _h_number),
        ("number-words", rf"{qb}(?P<w>{seq})(?:\s*(?P<pc>{L['PC']})|\s+(?P<u>{L['UN']})|\s+(?P<ca>{L['CA']}))?{qa}",
         _h_number),
        ("ordinal", rf"(?P<o>{L['ORD']})|{ds}(?P<od>\d{{1,3}})(?P<os>{L['OS']})", _h_ordinal),
        ("code", _CODE, _h_skip),
    ]
    # What every match of a rule contains: a rule runs only on text where its gate is found (the
    # rules open with optional parts, so the regex engine tries them at every position otherwise).
    digit = r"\d"
    gates = {"skip-0": r"https?://|www\.", "skip-1": "@", "skip-2": "#", "skip-3": r"\+\d", "skip-4": digit,
             "skip-5": digit, "iso-date": digit, "numeric-date": digit, "day-month-year": L["M"],
             "month-day-year": L["M"], "month-year": L["M"], "weekday": L["WD"], "time": rf"\d|{L['CH']}",
             "year": digit, "duration": L["DU"], "number": digit, "number-words": L["NWS"],
             "ordinal": rf"\d|{L['ORD']}", "code": r"\d/"}
    rx = lambda p: re.compile(p.replace(r"\s", _H))  # noqa: E731 - '\s' in the rules means horizontal space
    extra = {k: rx(rf"(?:{L[k]})(?:\s|-)*\Z") for k in ("CUE_Y", "CUE_M", "CUE_D")}
    extra["NWS"] = rx(L["NWS"])
    gate_rx = {p: rx(p) for p in set(gates.values())}
    rules = tuple((name, compile_fast(p.replace(r"\s", _H)), h, gate_rx.get(gates.get(name, "")))
                  for name, p, h in patterns)
    return _Tables(d, lex, rules, extra)


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
    for prio, (name, rx, handler, gate) in enumerate(t.rules):
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
