"""The compiled regex tables of a language's value data (``data/<lang>/values.json``), and the folded
text they run over with its map back to the original offsets. ``values.py`` turns their matches into
value mentions; this module knows only the shapes of the rules and how a data file's words become an
alternation (tries, clitic look-behinds, first-character lookaheads: see ``rx.py``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
import datetime as dt
from typing import Any, Callable

from ..errors import LanguageDataError
from ..lang.data import has, load
from .rx import alternation, compile_fast, lookbehinds
from ..lang.text import fold

PART = "values"
CLITIC_MIN_LEN = 3                   # shorter words never carry a clitic (avoids ب + آب read as باب)
CUE_WINDOW_CHARS = 40                # how far back / ahead a cue or blocker word is looked for
_H = r"[^\S\n]"                      # horizontal white space: no value spans a line break
_COMMA = "[,،]"                      # Latin or Arabic comma inside a date
# Script-level furniture whose digits are not values: URLs, e-mail, hashtags, phone numbers, long ids.
_SKIP = (r"(?:https?://|www\.)\S+", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r"#\w+", r"\+\d[\d ()-]{6,}\d",
         r"(?<![\d,.])\d{3,4}(?:[ -]\d{3,4}){2,}(?!\d)", r"(?<![\w.,])\d{9,}(?!\w)")
_CODE = r"(?<![\w.,])\d+(?:/\d+)+(?!\w)"  # 10/11, 24/7: no value unless a date rule claims it
# Regex lexicons: name -> (data key[s] joined by '|', optionally ':before'/':after' for
# {value: {before, after}} sections; flags: c = takes clitics, - = no leading word boundary (the
# word follows digits: '%', 'km'), + = no trailing boundary (glued to what follows: 'و7'), b = a
# leading word boundary before signs too (a sign glued to a letter is another sign: 'E£' is no '£'),
# and digits may follow the form ('EGP150bn')).
_LEXICONS = {
    "M": ("months", "c"), "WD": ("weekdays", "c"), "WDP": ("weekday_prefixes", "c"),
    "WDS": ("weekday_suffixes", ""), "DP": ("day_prefixes", "c"), "DJ": ("day_joiners", "+"),
    "DMC": ("day_month_connectors", ""), "MYC": ("month_year_connectors", ""), "OS": ("ordinal_suffixes", "-"),
    "YS": ("year_suffixes", ""), "RMB": ("relative_markers:before", ""), "RMA": ("relative_markers:after", ""),
    "RP": ("relative_periods", "c"), "NWS": ("number_words|scales|number_forms", "c"),
    "NJ": ("number_joiners", "+"), "SC": ("scales", "-"), "QB": ("qualifiers:before", "c"),
    "QA": ("qualifiers:after", ""), "PC": ("percent", "-"), "PCB": ("percent_before", "-"), "UN": ("units", "-"), "CB": ("currencies:before", "b"),
    "CA": ("currencies:after|currency_nouns:after", "-"), "DU": ("duration_units", "c"), "DBA": ("duration_blockers_after", "-"),
    "ORD": ("ordinals|ordinal_forms", "c"), "CW": ("clock_words", "c"), "CH": ("clock_hours", ""), "CF": ("clock_fractions", ""),
    "DPT": ("dayparts", "-"), "DPX": ("digit_prefixes", ""), "CUE_Y": ("year_cues", "c"),
    "CUE_M": ("month_cues", "c"), "CUE_D": ("dateline_cues", "c"), "CUE_R": ("race_cues", "c"),
    "CDU": ("compact_duration_units", "-"), "DPW": ("day_periods", "c"), "MWB": ("minute_words:before", "c"),
    "MWA": ("minute_words:after", ""), "CSEP": ("clock_separators", "-+"), "ART": ("number_articles", "-+"),
    "RC": ("ratio_connectors", ""), "RGC": ("range_connectors", "+"), "RGO": ("range_openers", "c"),
    "FRB": ("fractions", "c"), "FRL": ("fraction_links", ""), "FRA": ("fractions_after", ""),
    "HM": ("hijri_months", "c"), "HS": ("hijri_suffixes", ""), "ZN": ("time_zones", ""),
    "LU": ("letter_units", "-"),
}
# Data sections whose folded words handlers test the words around a match against (``Tables.words``).
WORD_SECTIONS = ("months", "range_blockers_before", "scales", "standalone_scales", "number_joiners", "range_openers",
                 "currency_carriers")
# Lexicons whose forms with an upper-case Latin letter match only in that case ('ALL' is a currency,
# 'all' is not; 'Pa' is a unit, 'pa' is not).
CASED_LEXICONS = ("UN", "CA", "CB")
# Generated CLDR sections (tools/build_units.py) merged under the hand-written ones of values.json.
GENERATED_PART = "units"
GENERATED_SECTIONS = ("units", "currencies", "currency_nouns", "day_periods", "day_period_rules")
# Sections a language's data may lack: a bare currency noun of several currencies ('riyals': QAR|SAR,
# read after the currencies' own forms, which win) exists only where tools/build_units.py wrote it.
OPTIONAL_SECTIONS = {"currency_nouns": {}, "fractions": {}, "fraction_links": [], "fractions_after": {},
                     "hijri_months": {}, "hijri_suffixes": [], "number_forms": {}, "ordinal_forms": {},
                     "time_zones": [], "letter_units": {}, "currency_carriers": []}


@dataclass(frozen=True)
class _Lex:
    """One lexicon: folded phrase -> (value, label), and its regex alternation."""

    table: dict[str, tuple[Any, str]]
    rx: str

    def get(self, s: str) -> tuple[Any, str]:
        """(value, label) of a matched phrase."""
        return self.table[" ".join(s.split())]


class Doc:
    """The original text, its folded form (with a one-space pad in front, so that clitic look-behinds
    always see a boundary) and the map from folded to original offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts: list[int] | None = None
        folded = text.translate(_FOLD_MAP)
        if _FOLD_MAP.uneven.isdisjoint(text):  # every character folds to one: offsets are unchanged
            # (a range, not a list: a 5 MB article's list held 5 million int objects, ~180 MB)
            self.folded, self.index = " " + folded, range(-1, len(text))
            return
        # runs of one-to-one characters map by a range; only the uneven characters are visited
        index, pos = [-1], 0
        for m in _FOLD_MAP.uneven_rx().finditer(text):
            i = m.start()
            index.extend(range(pos, i))
            index.extend([i] * len(_FOLD_MAP[ord(text[i])]))
            pos = i + 1
        index.extend(range(pos, len(text)))
        self.index: range | list[int] = index
        self.folded = " " + folded

    @property
    def line_starts(self) -> list[int]:
        """Offsets in ``folded`` where each line starts (the first is 0)."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.folded)]
        return self._line_starts

    def words_around(self, s: int, e: int) -> tuple[set[str], set[str]]:
        """The folded word just before ``s`` and the one just after ``e`` (as sets of 0 or 1)."""
        before = re.findall(r"\w+", self.folded[max(0, s - CUE_WINDOW_CHARS):s])[-1:]
        return set(before), set(re.findall(r"\w+", self.folded[e:e + CUE_WINDOW_CHARS])[:1])


_LINE_BREAK = re.compile("\n")
# Folded texts longer than this run each gated rule only over the lines where its gate is found (a
# whole article, parsed for the clustering features: at 5 MB the rules' scans of lines that hold no
# month, unit or colon took a third of its parse, benchmarks/size.py); a clause is one line. On the
# benchmark corpus (benchmarks/run.py, 1,000 articles) an article's feature text (1,600 characters on
# average) parses a fifth faster by lines; a clause (70 characters on average, 221 at most) a
# twentieth slower, so clauses stay below the bound. The matches are the same either way.
LINE_GATE_MIN_CHARS = 500


# How far around an anchor a rule's match may reach: its longest first part ("less than one hundred and
# twenty") before the anchor, its longest second part after it.
ANCHOR_REACH = 80


def anchored_spans(anchor: re.Pattern, doc: Doc) -> list[tuple[int, int]]:
    """The (pos, endpos) ranges of ``doc.folded`` a rule whose every match holds ``anchor`` is run over:
    ``ANCHOR_REACH`` around each anchor, within its line, overlapping ranges merged. A ratio's scan of a
    5 MB article over every line holding a digit took a quarter of its value parse."""
    text, out = doc.folded, []
    for m in anchor.finditer(text):
        lo = max(m.start() - ANCHOR_REACH, text.rfind("\n", 0, m.start()) + 1)
        nl = text.find("\n", m.end())
        hi = min(m.end() + ANCHOR_REACH, len(text) if nl < 0 else nl)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def gated_spans(gate: re.Pattern | None, doc: Doc) -> list[tuple[int, int]]:
    """The (pos, endpos) ranges of ``doc.folded`` that a rule with this ``gate`` (a regex every match of
    the rule contains) is run over: the whole text, or none where the gate is found nowhere; in a text
    over ``LINE_GATE_MIN_CHARS``, each run of consecutive lines where the gate is found. No match of a
    rule spans a line break (``_H``), so its matches over those lines are its matches over the text."""
    size = len(doc.folded)
    if gate is None:
        return [(0, size)]
    if size <= LINE_GATE_MIN_CHARS:
        return [(0, size)] if gate.search(doc.folded) is not None else []
    starts = doc.line_starts
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := gate.search(doc.folded, pos)) is not None:
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, max(m.start(), m.end() - 1)) - 1
        lo = starts[first]
        hi = starts[last + 1] if last + 1 < len(starts) else size   # the line with its line break
        if out and out[-1][1] >= lo:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
        pos = hi
    return out


def fold_char(ch: str) -> str:
    """``fold`` of one character; white space stays (as a space, or a line break). Read from the
    one table that remembers every character met (``_FOLD_MAP``)."""
    return _FOLD_MAP[ord(ch)]


class _FoldMap(dict):
    """``str.translate`` table of ``fold_char``, filled as characters are met; ``uneven`` holds the
    characters that do not fold to exactly one character (diacritics, ligatures)."""

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        f = self[code] = ch if ch == "\n" else " " if ch.isspace() else fold(ch)
        if len(f) != 1:
            self.uneven.add(ch)
            self._uneven_rx = None
        return f

    _uneven_rx: re.Pattern | None = None

    def uneven_rx(self) -> re.Pattern:
        """A character class of the ``uneven`` characters met so far."""
        if self._uneven_rx is None:
            self._uneven_rx = re.compile("[" + "".join(re.escape(c) for c in sorted(self.uneven)) + "]")
        return self._uneven_rx


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
        if "-" not in flags and (re.match(r"\w", key) or "b" in flags):
            pre = with_clitics if "c" in flags and clitics and len(key) >= CLITIC_MIN_LEN else r"(?<!\w)"
        post = (r"(?![^\W\d])" if "b" in flags else r"(?!\w)") if "+" not in flags and re.match(r"\w", key[-1]) else ""
        buckets.setdefault((pre, post), []).append(key)
    first = "".join(sorted({re.escape(k[0]) for k in table}))  # cheap rejection before look-behinds
    alts = (f"{p}(?:{alternation(w, _H + '+')}){q}" for (p, q), w in buckets.items())
    return _Lex(table, f"(?=[{first}])(?:" + "|".join(alts) + ")")


@dataclass(frozen=True)
class Tables:
    """Compiled per-language tables: data, lexicons, rules (name, regex, handler) and derived regexes."""

    d: dict[str, Any]
    lex: dict[str, _Lex]
    rules: tuple[tuple[str, re.Pattern, str, re.Pattern | None], ...]   # name, regex, handler, gate
    extra: dict[str, re.Pattern]
    cased: dict[str, str]   # folded unit/currency form -> its spelling, for forms matched case-sensitively
    anchors: dict[str, re.Pattern]   # rule name -> what its every match holds at its middle (``anchored_spans``)
    words: dict[str, frozenset[str]]   # data section -> its folded words, for sections handlers test words against
    number_forms: dict[str, Any]       # folded number forms -> their values (``dual_forms``)
    scan_gates: dict[str, re.Pattern | None]   # rule name -> the gate its scans go by (``narrower``)


def with_generated(lang: str, d: dict[str, Any]) -> dict[str, Any]:
    """The values data of a language with the CLDR-generated sections of ``<lang>/units.json`` merged
    under its hand-written ones (hand-written entries win; lists are joined)."""
    gen = load(lang, GENERATED_PART) if has(lang, GENERATED_PART) else {}
    out = dict(d)
    for key in GENERATED_SECTIONS:
        if key in gen:
            out[key] = _merge(d[key], gen[key]) if key in d else gen[key]
    for key, default in OPTIONAL_SECTIONS.items():
        out.setdefault(key, default)
    return out


def _cased_forms(d: dict[str, Any]) -> dict[str, str]:
    """Folded form -> spelling of the unit and currency forms that contain an upper-case Latin letter."""
    out: dict[str, str] = {}
    for name in CASED_LEXICONS:
        for word, _value, _label in _items(d, _LEXICONS[name][0]):
            w = " ".join(str(word).split())
            if re.search("[A-Z]", w):
                out.setdefault(fold(w), w)
    return out


@lru_cache(maxsize=None)
def tables(lang: str) -> Tables:
    """Load and compile a language's value data once (data errors raise LanguageDataError)."""
    d = with_generated(lang, load(lang, PART))
    missing = [k for k in ("digit_prefixes", "thousands_separators", "decimal_separators", "scales") if k not in d]
    if missing:
        raise LanguageDataError(f"{lang}/{PART}.json: missing keys {missing}")
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
    core = rf"\d{{1,3}}(?:[{ts}]\d{{3}})+(?:[{dec}]\d+)?|\d+(?:[{dec}]\d+)?"
    num = rf"(?P<n>{core})"
    seq = rf"{L['NWS']}(?:(?:\s+|\s*-\s*)(?:{L['NJ']}\s*)?{L['NWS']})*"
    qb = rf"(?:(?P<qb>{L['QB']})\s+(?:{L['DPX']}\s?)?)?"
    # after the value or after its counted noun; not a word joining another figure to it ("80 million
    # euros plus 10 million in add-ons": an addition, not "more than 80 million")
    qa = rf"(?:\s+(?:\w+\s+)?(?P<qa>{L['QA']})(?!\s*\d|\s+(?:{L['NWS']})(?!\w)))?"
    # a weekday before a full date, maybe with a part of the day ('Thursday afternoon, June 12')
    wpg = (rf"(?:(?:(?:{L['RP']}|{L['WDP']}|{L['DPW']})\s+)?{L['WD']}(?:\s+(?:{L['WDS']}|{L['DPW']}))?"
           rf"\s*{_COMMA}?\s*)?")
    mon = rf"(?P<m>{L['M']})(?:\s*/\s*{L['M']}|\s*\(\s*{L['M']}\s*\))?(?:\.(?=\s*[\d,]))?"  # 'سبتمبر/أيلول'
    ynum = r"(?P<y>\d{4})(?!\d)"
    year = rf"\s*{_COMMA}?\s*{ynum}"
    tail = rf"(?:\s+(?P<ra>{L['RMA']})|\s+(?P<ys>{L['YS']}))"
    # a part of a compound duration: '2 hours', '35 seconds', '2h', '00m'
    cpart = rf"(?:{ds}\d+(?:[{dec}]\d+)?\s*(?:{L['DU']}|{L['CDU']})(?!\w)|(?:{L['NWS']}\s+)?{L['DU']})"
    mnum = r"(?P<mn>\d{1,3})(?:\s*\+\s*(?P<st>\d{1,2}))?(?!\d)"  # a match minute, maybe with stoppage time
    day = rf"(?:(?P<d0>\d{{1,2}})\s*{L['DJ']}\s*)?(?P<d>\d{{1,2}})(?!\d|[.:]\d)(?:{L['OS']})?"  # '6 و7', '5-7'
    patterns = [(f"skip-{i}", p, "skip") for i, p in enumerate(_SKIP)] + [
        # a date of the Hijri calendar, "29 شعبان 1445 هـ" (the Gregorian day it is), and a Hijri year
        # alone with its era marker, "1445 هـ" (no figure)
        ("hijri-date", rf"{ds}(?P<d>\d{{1,2}})\s+(?P<hm>{L['HM']})(?:\s+(?P<y>\d{{3,4}})(?!\d)(?:\s*(?P<hs>{L['HS']}))?)?", "hijri"),
        ("hijri-year", rf"{ds}(?P<y>\d{{3,4}})\s*(?P<hs>{L['HS']})(?!\w)", "hijri"),
        ("iso-date", rf"{ds}(?P<y>\d{{4}})(?P<sep>[-/])(?P<mo>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d)", "date"),
        ("numeric-date", rf"{ds}(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?!\d)", "date"),
        ("day-month-year", rf"{wpg}(?:{L['DP']}\s+)?{ds}{day}\s*{_COMMA}?\s*"
                           rf"(?:{L['DMC']}\s+)?{mon}(?:{year}|{tail})?", "date"),
        ("month-day-year", rf"{wpg}{mon}\s+{ds}{day}(?:{year})?", "date"),
        ("month-year", rf"(?:(?P<rb>{L['RMB']})\s+)?{mon}(?:\s*{_COMMA}?\s*(?:{L['MYC']}\s+)?{ynum}|{tail})?",
         "date"),
        ("weekday", rf"(?:(?P<rb>{L['RMB']})\s+|(?P<rp>{L['RP']})\s+|{L['WDP']}\s+)?(?P<wd>{L['WD']})"
                    rf"(?:\s+{L['WDS']})?(?:\s+(?P<ra>{L['RMA']}))?", "weekday"),
        ("relative", rf"(?P<rp>{L['RP']})", "relative"),
        ("clock-duration", rf"{qb}{ds}(?P<h>\d{{1,3}}):(?P<mi>\d{{2}}):(?P<s>\d{{2}})(?:[{dec}](?P<fs>\d+))?(?!\d)",
         "clock_duration"),
        ("race-duration", rf"{ds}(?P<mi>\d{{1,2}}):(?P<s>\d{{2}})(?:[{dec}](?P<fs>\d+))?(?![\d:]|\s*{L['DPT']})",
         "race_duration"),
        ("compound-duration", rf"{qb}{cpart}(?:(?:\s*{_COMMA}\s*|\s+)(?:{L['NJ']}\s*)?{cpart})+(?!\w)", "compound_duration"),
        ("minute-before", rf"(?P<mwb>{L['MWB']})\s+(?:{mnum}|(?P<o>{L['ORD']})(?:\s+{L['NJ']}\s*(?:{L['ART']})?(?P<w>\w+))?)",
         "minute"),
        ("minute-after", rf"(?:{ds}{mnum}{L['OS']}|(?P<o>{L['ORD']}))(?:\s|-)+(?P<mwa>{L['MWA']})", "minute"),
        ("minute-mark", rf"(?<![\w'’′]){mnum}['’′](?![\w'’′\"″])", "minute"),
        ("daypart", rf"(?P<dpw>{L['DPW']})", "daypart"),
        # "2247 GMT": hours and minutes run together before a time zone, as agencies write universal time
        ("zone-time", rf"{ds}(?P<h>\d{{2}})(?P<mi>\d{{2}})(?=\s*(?P<zn>{L['ZN']})(?!\w))", "zone_time"),
        ("time", rf"(?:(?P<cw>{L['CW']})\s+)?(?:{ds}(?P<h>\d{{1,2}})(?:(?P<sep>[:.]|{L['CSEP']})(?P<mi>\d{{2}}))?(?!\d)|"
                 rf"(?P<hw>{L['CH']}))(?:\s+(?P<fr>{L['CF']}))?(?:\s*(?P<dp>{L['DPT']}))?", "time"),
        ("year", rf"{ds}(?P<y>\d{{4}}){num_end}", "date"),
        # ... with a fraction of its unit: "two and a half years", "an hour and a half", "عامين ونصف",
        # "half an hour", "نصف ساعة"
        ("duration", rf"{qb}(?:{ds}{num}\s*-?\s*|(?P<w>{seq})(?:\s+|-)|(?P<fb>{L['FRB']})\s+(?:{L['FRL']}\s+)?)?"
                     rf"(?:(?P<fa>{L['FRA']})\s+)?(?P<du>{L['DU']})"
                     rf"(?:\s+(?P<fa2>{L['FRA']})(?!\w))?(?!\s*{L['DBA']}){qa}", "duration"),
        ("number", rf"{qb}(?:(?P<cb>{L['CB']})\s?|(?<!\d)(?P<pcb>{L['PCB']})|{ds}){num}(?:\s*(?P<sc>{L['SC']}))?(?:\s*(?P<pc>{L['PC']})|"
                   rf"\s*-?\s*(?P<u>{L['UN']})|\s*(?P<ca>{L['CA']}))?{num_end}{qa}", "number"),
        # a one-letter unit form whose unit the words around it decide ("2.36m", "£5m", "100 م": value_letters)
        ("letter-unit", rf"{qb}(?:(?P<cb>{L['CB']})\s?|{ds}){num}\s?(?P<lu>{L['LU']})(?:\s*(?P<ca>{L['CA']}))?{num_end}",
         "letter_unit"),
        # a fraction of a scale word, "half a million", "نصف مليون"; a number and a fraction of its scale,
        # "one and a half million", "a million and a half", "مليون ونصف المليون", "3 ملايين ونصف"; a
        # currency or a percent may follow (no unit: the unit lexicon would double the rules' compile time)
        ("fraction-of", rf"{qb}(?P<fb>{L['FRB']})\s+(?:{L['FRL']}\s+)?(?P<sc>{L['SC']})(?!\w)"
                        rf"(?:\s*(?P<pc>{L['PC']})|\s+(?P<ca>{L['CA']}))?{qa}", "fraction"),
        ("and-a-fraction", rf"{qb}(?:(?P<w>{seq})|{ds}{num}(?:\s*(?P<sc0>{L['SC']}))?)\s+(?P<fa>{L['FRA']})"
                           rf"(?:\s+(?:{L['ART']})?(?P<sc>{L['SC']}))?(?!\w)"
                           rf"(?:\s*(?P<pc>{L['PC']})|\s+(?P<ca>{L['CA']}))?{qa}", "fraction"),
        ("number-words", rf"{qb}(?P<w>{seq})(?:\s*(?P<pc>{L['PC']})|\s+(?P<u>{L['UN']})|\s+(?P<ca>{L['CA']}))?{qa}",
         "number"),
        # a range, "30 to 50", "between 30 and 50", "بين 30 و50": the unit or scale after it is both ends'
        ("range", rf"(?:(?P<rgo>{L['RGO']})\s+)?{ds}(?P<n>{core})\s*(?P<rgc>{L['RGC']})\s*{ds}(?P<n2>{core})"
                  rf"(?:\s*(?P<sc>{L['SC']}))?(?:\s*(?P<pc>{L['PC']})|\s*-?\s*(?P<u>{L['UN']})|\s*(?P<ca>{L['CA']}))?{num_end}",
         "range"),
        # a ratio, "one in four": never when a unit or a scale word follows ("5 in 24 hours", "5.6 of 24 million")
        ("ratio", rf"{qb}(?:{ds}(?P<n>\d+)|(?P<w>{seq}))\s+(?P<rc>{L['RC']})\s+(?:{ds}(?P<n2>\d{{1,3}}(?:[{ts}]\d{{3}})+|\d+)"
                  rf"|(?P<w2>{seq})){num_end}(?!\s*-?\s*(?:{L['DU']}|{L['UN']}|{L['SC']})(?!\w))", "ratio"),
        ("ordinal", rf"(?P<o>{L['ORD']})|{ds}(?P<od>\d{{1,3}})(?P<os>{L['OS']})", "ordinal"),
        ("code", _CODE, "skip"),
    ]
    # What every match of a rule contains: a rule runs only on text where its gate is found (the
    # rules open with optional parts, so the regex engine tries them at every position otherwise).
    digit = r"\d"
    gates = {"skip-0": r"https?://|www\.", "skip-1": "@", "skip-2": "#", "skip-3": r"\+\d", "skip-4": digit,
             "skip-5": digit, "iso-date": digit, "numeric-date": digit, "day-month-year": L["M"],
             "month-day-year": L["M"], "month-year": L["M"], "weekday": L["WD"], "time": rf"\d|{L['CH']}", "zone-time": L["ZN"],
             "clock-duration": ":", "race-duration": ":", "compound-duration": L["DU"] + "|" + rf"\d\s*(?:{L['CDU']})",
             "minute-before": L["MWB"], "minute-after": L["MWA"], "minute-mark": r"\d['’′]", "daypart": L["DPW"],
             "year": digit, "duration": L["DU"], "number": digit, "number-words": L["NWS"],
             "ordinal": rf"\d|{L['ORD']}", "code": r"\d/", "ratio": rf"\d|{L['NWS']}", "range": digit,
             "fraction-of": L["FRB"], "and-a-fraction": L["FRA"], "hijri-date": L["HM"], "hijri-year": L["HS"],
             "letter-unit": digit}
    # ... and narrower pieces of the rule's own pattern that every match holds within its line (the
    # same lexicon regexes, so their look-arounds hold there too), which ``values`` scans by: the
    # digits and separators of a date or a clock time, a number's last digit and the letter of a
    # one-letter unit, the unit, separator and start of a compound duration's second part. The time
    # rule's is what its handler needs of a match to make a time (a clock word, a part of the day after
    # the hour, a separator other than a point). A text, or a line of a long one, without it holds no
    # match that makes a mention: the mentions are those of the scans by ``gates``, whose scans of the
    # other texts and lines are saved (on benchmarks/run.py's 1,000 articles a one-letter unit's scan
    # took as long as the number's, and a compound duration's scanned every line naming a unit of
    # time). ``may_state`` keeps asking ``gates`` (racetime reads every value of a sentence that may
    # state a duration by them).
    narrower = {"skip-4": r"\d\d\d[ -]\d\d\d", "skip-5": r"\d{9}", "iso-date": r"\d[-/]\d",
                "numeric-date": r"\d[-/.]\d{1,2}[-/.]\d{4}", "year": r"\d{4}", "code": r"\d/\d",
                "clock-duration": r"\d:\d\d:\d\d", "race-duration": r"\d:\d\d",
                "time": rf"{L['CW']}|(?:\d|{L['CH']}|{L['CF']})\s*(?:{L['DPT']})|\d(?::|{L['CSEP']})\d",
                "compound-duration": rf"(?:{L['DU']}|\d\s*(?:{L['CDU']}))(?:\s*{_COMMA}\s*|\s+)(?:{L['NJ']}\s*)?"
                                     rf"(?:\d|{L['NWS']}|{L['DU']})",
                "ordinal": rf"{L['ORD']}|\d(?:{L['OS']})", "letter-unit": rf"\d\s?(?:{L['LU']})"}
    rx = lambda p: re.compile(p.replace(r"\s", _H))  # noqa: E731 - '\s' in the rules means horizontal space
    extra = {k: rx(rf"(?:{L[k]})(?:\s|-)*\Z") for k in ("CUE_Y", "CUE_M", "CUE_D", "CUE_R")}
    extra["NWS"] = rx(L["NWS"])
    # the words before a one-letter unit that decide its reading (``value_letters``): a clock word, a
    # scale cue of the letter units ("worth", "a fee of")
    extra["CW"] = rx(rf"(?:{L['CW']})(?:\s|-)*\Z")
    scale_cues = sorted({fold(c) for e in d.get("letter_units", {}).values() for c in e.get("scale_cues", [])},
                        key=len, reverse=True)
    extra["LU_SCALE"] = rx(rf"(?<!\w)(?:{'|'.join(map(re.escape, scale_cues)) or '(?!)'})(?:\s|-)*\Z")
    # ... and after it (matched at the letter's end): a money noun ("a 5m fee"), a word of elapsed time ("2m later")
    for key, field in (("LU_SCALE_AFTER", "scale_nouns_after"), ("LU_DURATION_AFTER", "duration_after")):
        words = sorted({fold(w) for e in d.get("letter_units", {}).values() for w in e.get(field, [])}, key=len, reverse=True)
        extra[key] = rx(rf"(?:\s|-)*(?:{'|'.join(map(re.escape, words)) or '(?!)'})(?!\w)")
    gate_rx = {p: rx(p) for p in set(gates.values()) | set(narrower.values())}
    scan_gates = {name: gate_rx.get(narrower.get(name, gates.get(name, ""))) for name, _, _ in patterns}
    rules = tuple((name, compile_fast(p.replace(r"\s", _H)), h, gate_rx.get(gates.get(name, "")))
                  for name, p, h in patterns)
    extra["CPART"] = rx(cpart)
    # a ratio's connector before a number, a range's connector between digits: rare, unlike the words
    anchors = {"ratio": rx(rf"(?:{L['RC']})\s+(?:\d|{L['NWS']})"),
               "range": rx(rf"\d\s*(?:{L['RGC']})\s*(?:{ds})?\d")}
    # (an optional section a language lacks has no words)
    words = {key: frozenset(fold(w) for w, _, _ in _items(d, key)) if key in d else frozenset() for key in WORD_SECTIONS}
    return Tables(d, lex, rules, extra, _cased_forms(d), anchors, words, dual_forms(d), scan_gates)


def dual_forms(d: dict[str, Any]) -> dict[str, Any]:
    """The folded number forms of the values data (``number_forms``: "ألفا" -> 2000) -> their values."""
    return {fold(k): v for k, v in d.get("number_forms", {}).items()}


# ----------------------------------------------------------------- what every value handler shares
@dataclass
class Cand:
    """A candidate over the folded text. ``resolve`` gives (kind, value, low, high, qualifier, relative)
    or None (skipped furniture, or a relative value that cannot be resolved)."""

    fs: int
    fe: int
    labels: list[str]
    resolve: Callable[["Ctx"], tuple | None]
    core: int | None = None  # length that competes for 'longest match' (default: the whole span)
    name: str = ""
    prio: int = 0


@dataclass
class Ctx:
    """Resolution context, updated left to right."""

    anchor: dt.date | None
    last_year: int | None = None


def look(m: re.Match, t: Tables, labels: list[str], *pairs: tuple[str, str]) -> Any:
    """The data value of the first matched group among (group, lexicon) pairs; records its label."""
    for grp, key in pairs:
        if m.groupdict().get(grp):
            value, label = t.lex[key].get(m[grp])
            labels.append(label)
            return value
    return None


def cue_before(t: Tables, doc: Doc, cue: str, pos: int) -> bool:
    """Whether a cue word of lexicon ``cue`` ends just before folded offset ``pos``."""
    return t.extra[cue].search(doc.folded, max(0, pos - CUE_WINDOW_CHARS), pos) is not None
