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
the anchor or an earlier year of the text supplied part of the value. Mention spans include a stated
qualifier ('more than 5,300') but never a clitic letter glued to the first word.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Callable, Iterable

from .errors import LanguageDataError
from .lang import load
from .text import fold

PART = "values"
ABOUT_SPREAD = 0.1                   # "about N" covers N - 10 % .. N + 10 %
YEAR_RANGE = range(1900, 2101)       # a 4-digit number can be a year only inside this range
FUTURE_SLACK = dt.timedelta(days=7)  # a date stated without a year may lie this far after the anchor
CLITIC_MIN_LEN = 3                   # shorter words never carry a clitic (avoids ب + آب read as باب)
CUE_WINDOW_CHARS = 40                # how far back a cue word (year cue, month cue) is looked for
DATELINE_LINES = 6                   # parse_dateline reads at most this many non-empty lines ...
DATELINE_CHARS = 400                 # ... and at most this many characters of an article
DATELINE_TAIL = 40                   # longest text allowed after a line-initial date (byline, time)
DATELINE_SEPARATORS = "-|–—•·/,:"    # punctuation that may separate a dateline from what follows
_H = r"[^\S\n]"                      # horizontal white space: no value spans a line break
_COMMA = "[,،]"                      # Latin or Arabic comma inside a date
_NUM_END = r"(?!\w|[.,٫٬]\d)"        # a number does not run on into a word or more digits
# Script-level furniture whose digits are not values: URLs, e-mail, hashtags, phone numbers, long ids.
_SKIP = (r"(?:https?://|www\.)\S+", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r"#\w+", r"\+\d[\d ()-]{6,}\d",
         r"(?<![\d,.])\d{3,4}(?:[ -]\d{3,4}){2,}(?!\d)", r"(?<![\w.,])\d{9,}(?!\w)")
_CODE = r"(?<![\w.,])\d+(?:[-/]\d+)+(?!\w)"  # 787-8, 10/11: no value unless a date rule claims it
_DURATION_DATE_PART = ("Y", "M", "W", "D")


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
    """One word list of the data file: folded phrase -> (value, label), and its regex alternation."""

    table: dict[str, tuple[Any, str]]
    rx: str

    def get(self, s: str) -> tuple[Any, str]:
        """(value, label) of a matched phrase."""
        return self.table[" ".join(s.split())]


@dataclass
class _Cand:
    """A candidate match over the folded text; ``resolve`` gives (kind, value, low, high, qualifier,
    relative) or None (skipped furniture, or a relative value that cannot be resolved)."""

    fs: int
    fe: int
    core: int
    prio: int
    labels: list[str]
    name: str
    resolve: Callable[["_Ctx"], tuple | None]


@dataclass
class _Ctx:
    """Resolution context, updated left to right."""

    anchor: dt.date | None
    last_year: int | None = None


@dataclass
class _Doc:
    """The original text, its folded form and the map from folded to original offsets."""

    text: str
    folded: str
    index: list[int] = field(repr=False)


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch == "\n":
        return ch
    return " " if ch.isspace() else fold(ch)


def _doc(text: str) -> _Doc:
    chars, index = [" "], [-1]  # a leading pad so that clitic look-behinds always see a boundary
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        chars.append(f)
        index.extend([i] * len(f))
    return _Doc(text, "".join(chars), index)


def _merge(own: Any, other: Any) -> Any:
    if isinstance(own, dict) and isinstance(other, dict):
        return {**other, **{k: _merge(v, other[k]) if k in other else v for k, v in own.items()}}
    if isinstance(own, list) and isinstance(other, list):
        return own + [x for x in other if x not in own]
    return own


def _data(lang: str) -> dict[str, Any]:
    """The language's data with the sections it borrows from another language merged in."""
    d = dict(load(lang, PART))
    for src, keys in d.get("borrow", {}).items():
        other = load(src, PART)
        for k in keys:
            if k in other:
                d[k] = _merge(d[k], other[k]) if k in d else other[k]
    return d


def _lex(items: Iterable[tuple[str, Any, str]], clitics: Iterable[str] = (), lead: bool = True,
         trail: bool = True) -> _Lex:
    """Build a lexicon; ``lead`` False for words that follow digits directly ('%', 'pm', 'km'),
    ``trail`` False for joiners glued to the next digit ('و7')."""
    table: dict[str, tuple[Any, str]] = {}
    for word, value, label in items:
        key = fold(str(word))
        if key and key not in table:
            table[key] = (value, label)
    with_clitics = "(?:" + "|".join([r"(?<!\w)"] + [rf"(?<=\W{re.escape(c)})" for c in clitics]) + ")"
    buckets: dict[tuple[str, str], list[str]] = {}
    for key in sorted(table, key=len, reverse=True):
        pre = ""
        if lead and re.match(r"\w", key):
            pre = with_clitics if len(key) >= CLITIC_MIN_LEN else r"(?<!\w)"
        post = r"(?!\w)" if trail and re.match(r"\w", key[-1]) else ""
        buckets.setdefault((pre, post), []).append(re.escape(key).replace(r"\ ", _H + "+"))
    if not table:
        return _Lex(table, "(?!)")
    first = "".join(sorted({re.escape(k[0]) for k in table}))  # cheap rejection before look-behinds
    alts = "|".join(f"{pre}(?:{'|'.join(words)}){post}" for (pre, post), words in buckets.items())
    return _Lex(table, f"(?=[{first}])(?:{alts})")


def _by_value(section: dict[str, list[str]], key: str) -> list[tuple[str, Any, str]]:
    return [(w, int(v), f"{key}.{v} '{w}'") for v, words in section.items() for w in words]


def _by_word(section: dict[str, Any], key: str) -> list[tuple[str, Any, str]]:
    return [(w, v, f"{key} '{w}'") for w, v in section.items()]


def _words(section: list[str], key: str) -> list[tuple[str, Any, str]]:
    return [(w, w, f"{key} '{w}'") for w in section]


def _placed(section: dict[str, dict[str, Any]], key: str, where: str) -> list[tuple[str, Any, str]]:
    """Entries of {name: {"before": [...], "after": [...]}} at one position, valued by name."""
    out = []
    for name, pos in section.items():
        words = pos.get(where, [])
        out += [(w, words[w] if isinstance(words, dict) else name, f"{key}.{name} '{w}'") for w in words]
    return out


def _req(d: dict[str, Any], key: str, lang: str) -> Any:
    if key not in d:
        raise LanguageDataError(f"{lang}.{PART}.json: missing key {key!r}")
    return d[key]


@dataclass(frozen=True)
class _Tables:
    """Compiled per-language tables: lexicons, rules (name, compiled regex, handler) and cue regexes."""

    lang: str
    d: dict[str, Any]
    lex: dict[str, _Lex]
    rules: tuple[tuple[str, re.Pattern, Callable], ...]
    cues: dict[str, re.Pattern]
    number_word_re: re.Pattern


@lru_cache(maxsize=None)
def _tables(lang: str) -> _Tables:
    d = _data(lang)
    g = lambda k: _req(d, k, lang)  # noqa: E731 - short accessor with a helpful error
    cl = tuple(d.get("clitics", []))
    nw = _by_word(g("number_words"), "number_words") + _by_word(g("scales"), "scales")
    lex = {
        "M": _lex(_by_value(g("months"), "months"), cl), "WD": _lex(_by_value(g("weekdays"), "weekdays"), cl),
        "WDP": _lex(_words(g("weekday_prefixes"), "weekday_prefixes"), cl),
        "WDS": _lex(_words(g("weekday_suffixes"), "weekday_suffixes")),
        "DP": _lex(_words(g("day_prefixes"), "day_prefixes"), cl), "DJ": _lex(_words(g("day_joiners"), "day_joiners"), trail=False),
        "DMC": _lex(_words(g("day_month_connectors"), "day_month_connectors")),
        "MYC": _lex(_words(g("month_year_connectors"), "month_year_connectors")),
        "OS": _lex(_words(g("ordinal_suffixes"), "ordinal_suffixes"), lead=False),
        "YS": _lex(_by_word(g("year_suffixes"), "year_suffixes")),
        "RMB": _lex(_placed(g("relative_markers"), "relative_markers", "before")),
        "RMA": _lex(_placed(g("relative_markers"), "relative_markers", "after")),
        "RD": _lex(_by_word(g("relative_days"), "relative_days"), cl),
        "RP": _lex(_by_word(g("relative_periods"), "relative_periods"), cl),
        "NWS": _lex(nw, cl), "NJ": _lex(_words(g("number_joiners"), "number_joiners"), trail=False),
        "SC": _lex(_by_word(g("scales"), "scales"), lead=False),
        "QB": _lex(_placed(g("qualifiers"), "qualifiers", "before"), cl),
        "QA": _lex(_placed(g("qualifiers"), "qualifiers", "after")),
        "PC": _lex(_words(g("percent"), "percent"), lead=False),
        "UN": _lex(_by_word(g("units"), "units"), lead=False),
        "CB": _lex(_by_word(g("currencies").get("before", {}), "currencies.before")),
        "CA": _lex(_by_word(g("currencies").get("after", {}), "currencies.after"), lead=False),
        "DU": _lex(_by_word(g("duration_units"), "duration_units"), cl),
        "DBA": _lex(_words(g("duration_blockers_after"), "duration_blockers_after"), lead=False),
        "ORD": _lex(_by_word(g("ordinals"), "ordinals"), cl), "CW": _lex(_words(g("clock_words"), "clock_words"), cl),
        "CH": _lex(_by_word(g("clock_hours"), "clock_hours")), "CF": _lex(_by_word(g("clock_fractions"), "clock_fractions")),
        "DPT": _lex(_by_word(g("dayparts"), "dayparts"), lead=False),
        "DPX": _lex(_words(g("digit_prefixes"), "digit_prefixes")),
    }
    L = {k: v.rx for k, v in lex.items()}
    prefixes = [re.escape(fold(p)) for p in g("digit_prefixes")]
    ds = "(?:" + "|".join([r"(?<![\w.,:/#@+\-])"] + [rf"(?<=\W{p})" for p in prefixes]
                          + [rf"(?<=\W{p}{_H})" for p in prefixes]) + ")"
    ts = "".join(re.escape(c) for c in g("thousands_separators"))
    dec = "".join(re.escape(c) for c in g("decimal_separators"))
    num = rf"(?P<n>\d{{1,3}}(?:[{ts}]\d{{3}})+(?:[{dec}]\d+)?|\d+(?:[{dec}]\d+)?)"
    seq = rf"{L['NWS']}(?:(?:\s+|\s*-\s*)(?:{L['NJ']}\s*)?{L['NWS']})*"
    qb = rf"(?:(?P<qb>{L['QB']})\s+(?:{L['DPX']}\s?)?)?"
    qa = rf"(?:\s+(?:\w+\s+)?(?P<qa>{L['QA']}))?"  # after the value or after its counted noun
    wpg = rf"(?:(?:(?:{L['RD']}|{L['WDP']})\s+)?{L['WD']}(?:\s+{L['WDS']})?\s*{_COMMA}?\s*)?"
    tail = rf"(?:\s*{_COMMA}?\s*(?P<y>\d{{4}})(?!\d)|\s+(?P<ra>{L['RMA']})|\s+(?P<ys>{L['YS']}))?"
    day = rf"(?P<d>\d{{1,2}})(?!\d|[.:]\d)(?:{L['OS']})?"
    patterns = [(f"skip-{i}", p, _h_skip) for i, p in enumerate(_SKIP)] + [
        ("iso-date", rf"{ds}(?P<y>\d{{4}})(?P<sep>[-/])(?P<mo>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d)", _h_iso),
        ("numeric-date", rf"{ds}(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?!\d)", _h_numeric),
        ("day-month-year", rf"{wpg}(?:{L['DP']}\s+)?{ds}(?:(?P<d0>\d{{1,2}})\s*{L['DJ']}\s*)?{day}\s*{_COMMA}?\s*"
                           rf"(?:{L['DMC']}\s+)?(?P<m>{L['M']})(?:\.(?=\s*[\d,]))?{tail}", _h_dmy),
        ("month-day-year", rf"{wpg}(?P<m>{L['M']})(?:\.(?=\s*[\d,]))?\s+{ds}{day}(?:\s*{_COMMA}?\s*(?P<y>\d{{4}})(?!\d))?", _h_dmy),
        ("month-year", rf"(?:(?P<rb>{L['RMB']})\s+)?(?P<m>{L['M']})(?:\.(?=\s*[\d,]))?(?:\s*{_COMMA}?\s*(?:{L['MYC']}\s+)?"
                       rf"(?P<y>\d{{4}})(?!\d)|\s+(?P<ra>{L['RMA']})|\s+(?P<ys>{L['YS']}))?", _h_month),
        ("weekday", rf"(?:(?P<rb>{L['RMB']})\s+|(?P<rd>{L['RD']})\s+|{L['WDP']}\s+)?(?P<wd>{L['WD']})"
                    rf"(?:\s+{L['WDS']})?(?:\s+(?P<ra>{L['RMA']}))?", _h_weekday),
        ("relative-period", rf"(?P<rp>{L['RP']})", _h_period),
        ("relative-day", rf"(?P<rd>{L['RD']})", _h_relday),
        ("time", rf"(?:(?P<cw>{L['CW']})\s+)?(?:{ds}(?P<h>\d{{1,2}})(?:(?P<sep>[:.])(?P<mi>\d{{2}}))?(?!\d)|"
                 rf"(?P<hw>{L['CH']}))(?:\s+(?P<fr>{L['CF']}))?(?:\s*(?P<dp>{L['DPT']}))?", _h_time),
        ("year", rf"{ds}(?P<y>\d{{4}}){_NUM_END}", _h_year),
        ("duration", rf"{qb}(?:{ds}{num}\s*-?\s*|(?P<w>{seq})\s+)?(?P<du>{L['DU']})(?!\s*{L['DBA']}){qa}", _h_duration),
        ("number", rf"{qb}(?:(?P<cb>{L['CB']})\s?)?{ds}{num}(?:\s*(?P<sc>{L['SC']}))?(?:\s*(?P<pc>{L['PC']})|"
                   rf"\s*-?\s*(?P<u>{L['UN']})|\s*(?P<ca>{L['CA']}))?{_NUM_END}{qa}", _h_number),
        ("number-words", rf"{qb}(?P<w>{seq})(?:\s*(?P<pc>{L['PC']})|\s+(?P<u>{L['UN']})|\s+(?P<ca>{L['CA']}))?{qa}",
         _h_numwords),
        ("ordinal", rf"(?P<o>{L['ORD']})|{ds}(?P<od>\d{{1,3}})(?P<os>{L['OS']})", _h_ordinal),
        ("code", _CODE, _h_skip),
    ]
    rules = tuple((name, re.compile(p.replace(r"\s", _H)), h) for name, p, h in patterns)
    cue = lambda k: re.compile(rf"(?:{_lex(_words(g(k), k), cl).rx})(?:\s|-)*\Z".replace(r"\s", _H))  # noqa: E731
    cues = {"year": cue("year_cues"), "month": cue("month_cues"), "dateline": cue("dateline_cues")}
    return _Tables(lang, d, lex, rules, cues, re.compile(L["NWS"]))


# ----------------------------------------------------------------------------------------- helpers
def _dec(s: str, t: _Tables) -> Decimal:
    for c in t.d["thousands_separators"]:
        s = s.replace(c, "")
    for c in t.d["decimal_separators"]:
        s = s.replace(c, ".")
    return Decimal(s)


def _canon(x: Decimal) -> str:
    """Canonical decimal string without grouping or exponent: 5300, 3.1, 40000000."""
    return format(x.normalize(), "f")


def _bounds(v: float, q: str) -> tuple[float | None, float | None]:
    if q == "about":
        return round(v * (1 - ABOUT_SPREAD), 9), round(v * (1 + ABOUT_SPREAD), 9)
    if q in ("more_than", "at_least"):
        return v, None
    if q in ("less_than", "at_most", "up_to"):
        return None, v
    return v, v


def _qual(m: re.Match, t: _Tables, labels: list[str], where: tuple[str, ...] = ("qb", "qa")) -> str:
    """The qualifier stated before (wins) or after the value; appends the data labels used."""
    for grp, key in (("qb", "QB"), ("qa", "QA")):
        if grp in where and m.groupdict().get(grp):
            q, lab = t.lex[key].get(m[grp])
            labels.append(lab)
            return q
    return "exact"


def _valid(y: int, mo: int, d: int | None) -> bool:
    if not 1 <= mo <= 12:
        return False
    try:
        dt.date(y, mo, d or 1)
    except ValueError:
        return False
    return True


def _fmt(y: int, mo: int, d: int | None) -> str:
    return f"{y:04d}-{mo:02d}-{d:02d}" if d else f"{y:04d}-{mo:02d}"


def _pick_year(anchor: dt.date, mo: int, d: int | None, rel: str | None) -> int | None:
    """The year of a day/month stated without one: the most recent on or before anchor + slack,
    strictly before the anchor for 'past', strictly after for 'next', the anchor's for 'current'."""
    soon = anchor + FUTURE_SLACK
    now, limit = (anchor.year, anchor.month, anchor.day if d else 0), (soon.year, soon.month, soon.day if d else 0)
    years = [y for y in range(anchor.year - 2, anchor.year + 2) if _valid(y, mo, d)]
    key = lambda y: (y, mo, d or 0)  # noqa: E731
    if rel == "current":
        return anchor.year if anchor.year in years else None
    if rel == "next":
        return min((y for y in years if key(y) > now), default=None)
    if rel == "past":
        return max((y for y in years if key(y) < now), default=None)
    return max((y for y in years if key(y) <= limit), default=None)


def _resolve_date(ctx: _Ctx, y: int | None, mo: int, d: int | None, rel: str | None, ys: Any) -> tuple | None:
    if y is not None:
        if y not in YEAR_RANGE or not _valid(y, mo, d):
            return None
        ctx.last_year = y
        return "date", _fmt(y, mo, d), None, None, "exact", False
    if ys == "same" and ctx.last_year is not None and _valid(ctx.last_year, mo, d):
        return "date", _fmt(ctx.last_year, mo, d), None, None, "exact", True
    if isinstance(ys, int) and ctx.anchor is not None and _valid(ctx.anchor.year + ys, mo, d):
        return "date", _fmt(ctx.anchor.year + ys, mo, d), None, None, "exact", True
    if ctx.anchor is None:
        if not _valid(2000, mo, d):  # a leap year, so that --02-29 stays possible
            return None
        return "date", f"--{mo:02d}-{d:02d}" if d else f"--{mo:02d}", None, None, "exact", False
    year = _pick_year(ctx.anchor, mo, d, rel)
    return None if year is None else ("date", _fmt(year, mo, d), None, None, "exact", True)


def _weekday_date(anchor: dt.date, wd: int, rel: str | None) -> dt.date:
    """The weekday ``wd`` (ISO) nearest the anchor: on or before it, strictly before for 'past',
    strictly after for 'next'."""
    if rel == "next":
        return anchor + dt.timedelta(days=(wd - anchor.isoweekday()) % 7 or 7)
    back = (anchor.isoweekday() - wd) % 7
    return anchor - dt.timedelta(days=back or 7 if rel == "past" else back)


def _rel(m: re.Match, t: _Tables, labels: list[str]) -> str | None:
    for grp, key in (("rb", "RMB"), ("ra", "RMA")):
        if m.groupdict().get(grp):
            kind, lab = t.lex[key].get(m[grp])
            labels.append(lab)
            return kind
    return None


def _cue_before(t: _Tables, doc: _Doc, name: str, pos: int) -> bool:
    return t.cues[name].search(doc.folded, max(0, pos - CUE_WINDOW_CHARS), pos) is not None


def _cand(m: re.Match, name: str, labels: list[str], fn: Callable, core_from: int | None = None,
          core_to: int | None = None, fs: int | None = None, fe: int | None = None) -> _Cand:
    fs, fe = m.start() if fs is None else fs, m.end() if fe is None else fe
    core = (fe if core_to is None else core_to) - (fs if core_from is None else core_from)
    return _Cand(fs, fe, core, 0, labels, name, fn)


# ---------------------------------------------------------------------------------------- handlers
def _h_skip(m, t, doc, name):
    return [_cand(m, name, [], lambda ctx: None)]


def _h_iso(m, t, doc, name):
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    return [_cand(m, name, [], lambda ctx: _resolve_date(ctx, y, mo, d, None, None))]


def _h_numeric(m, t, doc, name):
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    d, mo = (a, b) if t.d.get("numeric_date_order", "dmy") == "dmy" else (b, a)
    if not _valid(y, mo, d):
        d, mo = mo, d
    return [_cand(m, name, [f"numeric_date_order '{t.d.get('numeric_date_order', 'dmy')}'"],
                  lambda ctx: _resolve_date(ctx, y, mo, d, None, None))]


def _month(m, t, doc, labels) -> int | None:
    mo, lab = t.lex["M"].get(m["m"])
    if t.d.get("capitalized_months") and not doc.text[doc.index[m.start("m")]].isupper():
        return None
    labels.append(lab)
    return mo


def _year_tail(m, t, labels) -> tuple[int | None, Any]:
    ys = None
    if m.groupdict().get("ys"):
        ys, lab = t.lex["YS"].get(m["ys"])
        labels.append(lab)
    return (int(m["y"]) if m.groupdict().get("y") else None), ys


def _h_dmy(m, t, doc, name):
    labels: list[str] = []
    mo = _month(m, t, doc, labels)
    if mo is None:
        return []
    y, ys = _year_tail(m, t, labels)
    rel = _rel(m, t, labels)
    d = int(m["d"])
    out = [_cand(m, name, labels, lambda ctx: _resolve_date(ctx, y, mo, d, rel, ys),
                 fs=m.start("d") if m.groupdict().get("d0") else None)]
    if m.groupdict().get("d0"):
        d0 = int(m["d0"])
        out.append(_cand(m, name, labels + ["day_joiners"], lambda ctx: _resolve_date(ctx, y, mo, d0, rel, ys),
                         fe=m.end("d0")))
    return out


def _h_month(m, t, doc, name):
    labels: list[str] = []
    mo = _month(m, t, doc, labels)
    if mo is None:
        return []
    y, ys = _year_tail(m, t, labels)
    rel = _rel(m, t, labels)
    amb = t.d.get("ambiguous_months", [])
    if y is None and rel is None and ys is None and (amb == "all" or fold(m["m"]) in {fold(w) for w in amb}) \
            and not _cue_before(t, doc, "month", m.start()):
        return []
    return [_cand(m, name, labels, lambda ctx: _resolve_date(ctx, y, mo, None, rel, ys))]


def _h_weekday(m, t, doc, name):
    labels: list[str] = []
    wd, lab = t.lex["WD"].get(m["wd"])
    labels.append(lab)
    rel = _rel(m, t, labels)
    rd = None
    if m["rd"]:
        rd, lab = t.lex["RD"].get(m["rd"])
        labels.append(lab)

    def res(ctx):
        if ctx.anchor is None:
            return "date", f"weekday:{wd}", None, None, "exact", False
        day = ctx.anchor + dt.timedelta(days=rd) if rd is not None else _weekday_date(ctx.anchor, wd, rel)
        return "date", day.isoformat(), None, None, "exact", True
    return [_cand(m, name, labels, res)]


def _h_period(m, t, doc, name):
    spec, lab = t.lex["RP"].get(m["rp"])
    unit, off = spec.get("unit"), spec.get("offset")

    def res(ctx):
        if unit == "year" and off == "same":
            return None if ctx.last_year is None else ("date", str(ctx.last_year), None, None, "exact", True)
        if ctx.anchor is None or not isinstance(off, int):
            return None
        if unit == "year":
            return "date", str(ctx.anchor.year + off), None, None, "exact", True
        if unit == "month":
            k = ctx.anchor.year * 12 + ctx.anchor.month - 1 + off
            return "date", _fmt(k // 12, k % 12 + 1, None), None, None, "exact", True
        return None  # week precision (or an unknown unit) is not a point date
    return [_cand(m, name, [lab], res)]


def _h_relday(m, t, doc, name):
    off, lab = t.lex["RD"].get(m["rd"])
    blockers = t.d.get("relative_day_blockers", {})
    prev = re.findall(r"\w+", doc.folded[max(0, m.start() - CUE_WINDOW_CHARS):m.start()])[-1:]
    nxt = re.findall(r"\w+", doc.folded[m.end():m.end() + CUE_WINDOW_CHARS])[:1]
    if set(prev) & {fold(w) for w in blockers.get("before", [])} or \
            set(nxt) & {fold(w) for w in blockers.get("after", [])}:
        return []
    return [_cand(m, name, [lab], lambda ctx: None if ctx.anchor is None else
                  ("date", (ctx.anchor + dt.timedelta(days=off)).isoformat(), None, None, "exact", True))]


def _h_time(m, t, doc, name):
    labels: list[str] = []
    if m["hw"]:
        h, lab = t.lex["CH"].get(m["hw"])
        labels.append(lab)
        if not (m["cw"] or m["dp"]):
            return []
    else:
        h = int(m["h"])
        if not (m["sep"] == ":" or m["dp"] or (m["cw"] and not m["sep"])):
            return []
    mi = int(m["mi"] or 0)
    if m["fr"]:
        frac, lab = t.lex["CF"].get(m["fr"])
        labels.append(lab)
        mi += frac
        if mi < 0:
            h, mi = (h - 1) % 12 or 12, mi + 60
    if m["dp"]:
        spec, lab = t.lex["DPT"].get(m["dp"])
        labels.append(lab)
        add = spec.get("add12")
        if add and add[0] <= h <= add[1]:
            h += 12
        if spec.get("zero12") and h == 12:
            h = 0
    if m["cw"]:
        labels.insert(0, t.lex["CW"].get(m["cw"])[1])
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        return []
    return [_cand(m, name, labels, lambda ctx: ("time", f"{h:02d}:{mi:02d}", None, None, "exact", False))]


def _h_year(m, t, doc, name):
    y = int(m["y"])
    if y not in YEAR_RANGE or not _cue_before(t, doc, "year", m.start()):
        return []

    def res(ctx):
        ctx.last_year = y
        return "date", str(y), None, None, "exact", False
    return [_cand(m, name, ["year_cues"], res)]


def _word_groups(t: _Tables, doc: _Doc, start: int, end: int) -> list[tuple[int, int, Decimal, list[str]]]:
    """Split a run of number words into numbers: (folded start, end, value, labels). Words join while
    their decimal places do not collide ('twenty five', 'خمسة وعشرون', 'three thousand')."""
    scales = {fold(k) for k in t.d["scales"]}
    alone = {fold(k) for k in t.d.get("standalone_scales", [])}
    groups: list[list] = []  # [start, end, total, part, last_scale, labels]
    for w in t.number_word_re.finditer(doc.folded, start, end):
        key = " ".join(w.group().split())
        val, lab = t.lex["NWS"].get(key)
        v = int(val)
        g = groups[-1] if groups and groups[-1] is not None else None
        fits = False
        if g is not None:
            if key in scales and v >= 1000:
                fits = v < g[4] and g[3] > 0
            elif key in scales:
                fits = 0 < g[3] < v
            else:
                fits = not _overlap(g[3], v) and v < g[4]
        if fits:
            if key in scales and v >= 1000:
                g[2], g[3], g[4] = g[2] + g[3] * v, 0, v
            else:
                g[3] = g[3] * v if key in scales else g[3] + v
            g[1] = w.end()
            g[5].append(lab)
        elif key in scales and key not in alone:
            groups.append(None)  # plural scale words ('آلاف', 'hundreds') are no number by themselves
        else:
            groups.append([w.start(), w.end(), 0, v, float("inf"), [lab]])
    return [(g[0], g[1], Decimal(g[2] + g[3]), g[5]) for g in groups if g is not None]


def _overlap(a: int, b: int) -> bool:
    while a and b:
        if a % 10 and b % 10:
            return True
        a, b = a // 10, b // 10
    return False


def _blocked(t: _Tables, doc: _Doc, s: int, e: int) -> bool:
    """A lone number word that the data says is no number in this context ('one of')."""
    key = " ".join(doc.folded[s:e].split())
    spec = t.d.get("number_word_blockers", {})
    prev = re.findall(r"\w+", doc.folded[max(0, s - CUE_WINDOW_CHARS):s])[-1:]
    nxt = re.findall(r"\w+", doc.folded[e:e + CUE_WINDOW_CHARS])[:1]
    before = {fold(b) for w, bs in spec.get("before", {}).items() if fold(w) == key for b in bs}
    after = {fold(b) for w, bs in spec.get("after", {}).items() if fold(w) == key for b in bs}
    return bool(set(prev) & before or set(nxt) & after)


def _number_cand(m, t, name, labels, v: Decimal, suffix: str, fs, fe, core_from, core_to, where=("qb", "qa")):
    labels = list(labels)
    q = _qual(m, t, labels, where)
    lo, hi = _bounds(float(v), q)
    return _Cand(fs, fe, core_to - core_from, 0, labels, name,
                 lambda ctx: ("number", _canon(v) + suffix, lo, hi, q, False))


def _suffix(m, t, labels) -> tuple[str, int | None]:
    """Unit, percent or currency after/before a number: (suffix of the value, end of the core)."""
    for grp, key, fmt in (("pc", "PC", "%"), ("u", "UN", " {}"), ("ca", "CA", " {}"), ("cb", "CB", " {}")):
        if m.groupdict().get(grp):
            val, lab = t.lex[key].get(m[grp])
            labels.append(lab)
            return fmt.format(val), (m.end(grp) if grp != "cb" else None)
    return "", None


def _h_number(m, t, doc, name):
    labels: list[str] = []
    try:
        v = _dec(m["n"], t)
    except InvalidOperation:
        return []
    end = m.end("n")
    if m["sc"]:
        sv, lab = t.lex["SC"].get(m["sc"])
        v, end = v * sv, m.end("sc")
        labels.append(lab)
    suffix, send = _suffix(m, t, labels)
    core_from = m.start("cb") if m["cb"] else m.start("n")
    return [_number_cand(m, t, name, labels, v, suffix, m.start(), m.end(), core_from, send or end)]


def _h_numwords(m, t, doc, name):
    groups = _word_groups(t, doc, m.start("w"), m.end("w"))
    out = []
    for i, (s, e, v, labels) in enumerate(groups):
        if len(labels) == 1 and _blocked(t, doc, s, e):
            continue
        first, last = s == m.start("w"), e == m.end("w")
        suffix, send = _suffix(m, t, labels) if last else ("", None)
        fs, fe = (m.start() if first else s), (m.end() if last else e)
        where = (("qb",) if first else ()) + (("qa",) if last else ())
        out.append(_number_cand(m, t, name, labels, v, suffix, fs, fe, s, send or e, where))
    return out


def _h_duration(m, t, doc, name):
    labels: list[str] = []
    spec, lab = t.lex["DU"].get(m["du"])
    if m["n"]:
        count = _dec(m["n"], t)
        core_from = m.start("n")
    elif m["w"]:
        groups = _word_groups(t, doc, m.start("w"), m.end("w"))
        if len(groups) != 1 or groups[0][:2] != (m.start("w"), m.end("w")):
            return []
        count, core_from = groups[0][2], m.start("w")
        labels += groups[0][3]
    elif spec.get("count") is not None:
        count, core_from = Decimal(spec["count"]), m.start("du")
    else:
        return []
    labels.append(lab)
    amount = count * Decimal(spec.get("factor", 1))
    iso = spec["iso"].format(_canon(amount))
    q = _qual(m, t, labels)
    lo, hi = _bounds(round(float(amount) * spec["hours"], 9), q)
    return [_Cand(m.start(), m.end(), m.end("du") - core_from, 0, labels, name,
                  lambda ctx: ("duration", iso, lo, hi, q, False))]


def _h_ordinal(m, t, doc, name):
    if m["o"]:
        n, lab = t.lex["ORD"].get(m["o"])
    else:
        n, lab = int(m["od"]), t.lex["OS"].get(m["os"])[1]
    return [_cand(m, name, [lab], lambda ctx: ("ordinal", str(n), float(n), float(n), "exact", False))]


# -------------------------------------------------------------------------------------- public API
def find_values(text: str, lang: str, anchor: dt.date | None = None) -> list[ValueMention]:
    """Every value mention in ``text``, sorted by start, non-overlapping (longest match wins).
    ``anchor`` (usually the publication date) resolves relative dates; see the module docstring."""
    t = _tables(lang)
    doc = _doc(text)
    cands: list[_Cand] = []
    for prio, (name, rx, handler) in enumerate(t.rules):
        for m in rx.finditer(doc.folded):
            for c in handler(m, t, doc, name):
                if c.fe > c.fs:
                    c.prio = prio
                    cands.append(c)
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-c.core, -(c.fe - c.fs), c.prio, c.fs)):
        if all(c.fe <= o.fs or o.fe <= c.fs for o in chosen):
            chosen.append(c)
    ctx, out = _Ctx(anchor), []
    for c in sorted(chosen, key=lambda c: c.fs):
        res = c.resolve(ctx)
        if res is None:
            continue
        kind, value, low, high, qual, relative = res
        start, end = doc.index[c.fs], doc.index[c.fe - 1] + 1
        while end < len(text) and not text[end].isspace() and _fold_char(text[end]) == "":
            end += 1  # keep trailing diacritics/tatweel with their letter
        rule = f"{lang}.{PART}:" + " + ".join(c.labels + [c.name])
        out.append(ValueMention(kind, value, low, high, qual, start, end, rule, relative))
    return out


def detect_number(text: str, lang: str) -> float | None:
    """The first number value in ``text`` (the stated figure, without unit), or None."""
    for v in find_values(text, lang):
        if v.kind == "number":
            return float(v.value.split()[0].rstrip("%"))
    return None


def parse_dateline(text: str, lang: str) -> tuple[dt.date, int, int, str] | None:
    """The publication date stated in an article's head: a full date after a cue word ('Published:',
    'تاريخ النشر') or opening a line on its own or before a separator, time or byline.
    Returns (date, start, end, rule) of the first one, or None."""
    t = _tables(lang)
    size, lines = 0, 0
    for line in text[:DATELINE_CHARS].splitlines(keepends=True):
        size += len(line)
        lines += bool(line.strip())
        if lines >= DATELINE_LINES:
            break
    head = text[:size]
    for v in find_values(head, lang):
        if v.kind != "date" or v.relative or not re.fullmatch(r"\d{4}-\d\d-\d\d", v.value):
            continue
        line_start = head.rfind("\n", 0, v.start) + 1
        line_end = head.find("\n", v.end)
        before_doc = _doc(head[line_start:v.start].rstrip(" " + DATELINE_SEPARATORS))
        after = fold(head[v.end:len(head) if line_end < 0 else line_end])
        cued = bool(before_doc.folded.strip()) and _cue_before(t, before_doc, "dateline", len(before_doc.folded))
        alone = not before_doc.folded.strip() and (not after or after[0] in DATELINE_SEPARATORS
                                                   or len(after) <= DATELINE_TAIL)
        if cued or alone:
            how = "dateline_cues" if cued else "line-initial"
            return dt.date.fromisoformat(v.value), v.start, v.end, f"{v.rule} + dateline:{how}"
    return None
