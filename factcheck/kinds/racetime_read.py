"""Reading race times in a sentence (``kinds.racetime``): durations the value parser reads (after a
race word, or clock-shaped), minutes and seconds with a decimal fraction, the forms of
``kinds.racetime_forms``, bare seconds to the hundredth right after what says whose time it is, a
unit word after a time made part of it, and a time in two units joined by a conjunction made one.
Each reading carries its value (ISO 8601), its seconds and step, its qualifier's bounds and the rule
that read it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..lang.text import ascii_digits
from ..mentions.value_times import SECONDS_PER_HOUR, canon, duration_iso, iso_seconds, race_seconds
from . import racetime_forms

SECONDS_PER_MINUTE = 60
# A bound in hours (rounded to 9 places by ``values``) within this many seconds of the stated time is it.
SAME_SECOND = 1e-3
# Minutes and seconds with a decimal fraction: never a time of day ("1:52.61", "4:07,92").
_FRACTIONAL = re.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d)[.,\u066b](\d{1,3})(?![\d:])")
# Minutes and seconds past the hours of a day ("the early benchmark of 45:30"): never a time of day,
# read as a race time in a sentence with a race word whatever word comes before it.
_PAST_CLOCK = re.compile(r"(?<![\d:.,])(\d{2}):([0-5]\d)(?![\d:]|[.,\u066b]\d)")
HOURS_PER_DAY = 24   # a first part of this or more is no hour of a day
ONE_SECOND = 1.0     # the step of a time stated to the second
# A bare number read as seconds: two decimals (timing to the hundredth), and its step.
_HUNDREDTHS = re.compile(r"\d{1,2}\.\d\d")
HUNDREDTH = 0.01
# Tokens between what anchors a bare number to the hundredth and the number ("previous record of 45.79":
# two; "second in 46.30": one).
BARE_WINDOW = 3
# Tokens between a cue saying something lasted and the length it governs: "lasted 2 hours" (0), "استغرقت
# المباراة ساعتين" (1: the subject after the verb), "استمرت المباراة النهائية ساعتين" (2). Invented phrases.
LASTED_GAP = 2


@dataclass(frozen=True)
class Reading:
    """A race time read in a sentence (article offsets)."""

    start: int
    end: int
    value: str
    seconds: float
    step: float            # seconds
    qualifier: str
    low: float | None      # seconds, the qualifier's bounds
    high: float | None
    rule: str
    spans: tuple[tuple[int, int], ...]


def lasted_lengths(toks: list[Tok], lang: str) -> frozenset[int]:
    """The tokens where a length may start that a cue saying something lasted governs
    (``properties.duration``: "lasted 2 hours", "استغرقت المباراة ساعتين": at most LASTED_GAP tokens
    between)."""
    return frozenset(k for h in lx.find_cues(toks, lx.lexicon(lang).properties.duration)
                     for k in range(h.j, min(len(toks), h.j + LASTED_GAP + 1)))


def _clock_shaped(v) -> bool:
    return "clock-duration" in v.rule or "race-duration" in v.rule


def _time_only(v) -> bool:
    """A duration of hours, minutes and seconds only ('PT2H0M35S', 'PT2H'), no date parts."""
    return v.kind == "duration" and v.value.startswith("PT")


def _reading(v, rule: str, spans) -> Reading:
    """A race time from a duration mention: its exact seconds from the ISO parts, its step and the
    qualifier's bounds in seconds (a bound at the stated value is the exact seconds)."""
    secs = iso_seconds(v.value) or 0.0
    step = (v.step or 0.0) * SECONDS_PER_HOUR

    def bound(h: float | None) -> float | None:
        if h is None:
            return None
        s = race_seconds(h)
        return secs if s is not None and abs(s - secs) <= SAME_SECOND else s
    return Reading(v.start, v.end, v.value, secs, step, v.qualifier, bound(v.low), bound(v.high), rule, tuple(spans))


def readings(text: str, toks: list[Tok], vals: list, lang: str, offset: int,
             race_article: bool = False) -> list[Reading]:
    """The race times of a sentence (``text`` is the sentence, starting at ``offset`` in the article;
    ``toks`` and ``vals`` carry article offsets). In an article that states race times
    (``race_article``), a duration right after a margin word is one with no race word in its
    sentence ("The 21-year-old beat Kenta Mori by 0.68 seconds")."""
    raced = bool(lx.find_cues(toks, lx.lexicon(lang).race_time_cues))
    margined = {h.j for h in lx.find_cues(toks, lx.lexicon(lang).race_margin_cues)} if race_article and not raced else set()
    lasted = lasted_lengths(toks, lang)
    margin_after = {h.i for h in lx.find_cues(toks, lx.lexicon(lang).race_margin_after_cues)} if lasted else set()
    ordered = sorted(vals, key=lambda v: v.start)
    out: list[Reading] = []
    used: set[int] = set()
    for n, v in enumerate(ordered):
        if n in used or not _time_only(v):
            continue
        if not (_clock_shaped(v) or raced or (margined and (lx.covered(toks, v.start, v.end) or [-1])[0] in margined)):
            continue
        at = lx.covered(toks, v.start, v.end) or [-1]
        if not _clock_shaped(v) and at[0] in lasted and not any(k in margin_after for k in (at[-1] + 1, at[-1] + 2)):
            continue   # "the final lasted 2 hours 48 minutes": how long it lasted (kinds.duration), no race
            # time; "took 0.54 seconds off the old mark" is a margin
        spans = [(v.start, v.end)]
        end = v.end
        nxt = ordered[n + 1] if n + 1 < len(ordered) else None
        if _clock_shaped(v) and nxt is not None and _time_only(nxt) and not any(ch.isdigit() for ch in text[nxt.start - offset:nxt.end - offset]) \
                and not text[v.end - offset:nxt.start - offset].strip():
            spans.append((nxt.start, nxt.end))   # "2:00:35 ساعة": the unit restates the clock form
            end = nxt.end
            used.add(n + 1)
        rule = v.rule if _clock_shaped(v) else f"{v.rule} + {lang}.lexicon race_time_cues" if raced else \
            f"{v.rule} + {lang}.lexicon race_margin_cues in an article of race times"
        out.append(_with_end(_reading(v, rule, spans), end))
    if race_article:
        out += _hundredths(text, toks, vals, out, offset, lang)
    out += _clocked(text, toks, vals, out, offset, lang, race_article)
    asc = ascii_digits(text)
    for m in _FRACTIONAL.finditer(asc):
        s, e = m.start() + offset, m.end() + offset
        if any(r.start <= s < r.end for r in out):
            continue
        frac = m.group(3)
        sec = Decimal(f"{m.group(2)}.{frac}")
        iso, hours = duration_iso({"MIN": Decimal(m.group(1)), "S": sec})
        secs = iso_seconds(iso) or 0.0
        over = [(v.start, v.end) for v in vals if v.start < e and s < v.end]
        out.append(Reading(s, e, iso, secs, float(Decimal(1).scaleb(-len(frac))), "exact", None, None,
                            "racetime: minutes, seconds and a decimal fraction (never a time of day)", tuple(over)))
    if raced:
        for m in _PAST_CLOCK.finditer(asc):
            s, e = m.start() + offset, m.end() + offset
            if int(m.group(1)) < HOURS_PER_DAY or any(r.start < e and s < r.end for r in out):
                continue
            iso, _ = duration_iso({"MIN": Decimal(m.group(1)), "S": Decimal(m.group(2))})
            over = tuple((v.start, v.end) for v in vals if v.start < e and s < v.end)
            out.append(Reading(s, e, iso, iso_seconds(iso) or 0.0, ONE_SECOND, "exact", None, None,
                                "racetime: minutes and seconds past the hours of a day (never a time of day)", over))
    extra = racetime_forms.primes(text, offset) + racetime_forms.clock_with_unit(text, offset, lang, raced)
    if raced:
        extra += racetime_forms.glued_units(text, offset, lang) + racetime_forms.dotted(text, offset)
    for s, e, iso, secs, step, rule in sorted(extra):
        if any(r.start == s or (r.start <= s < r.end and r.start < e) and _digits_in(text, r, offset)
               for r in out):
            continue   # read already ("بزمن 60:48 دقيقة": the race cue and the unit after it)
        out = [r for r in out if not (r.start < e and s < r.end)]   # a bare unit word of it ("دقيقة")
        over = tuple((v.start, v.end) for v in vals if v.start < e and s < v.end)
        out.append(Reading(s, e, iso, secs, step, "exact", None, None, rule, over))
    return _summed(text, _units_joined(text, sorted(out, key=lambda r: r.start), offset), vals, lang, offset)


# ISO designators of a time duration from the largest unit down, and the pattern of one part of it.
_TIME_UNITS = ("H", "M", "S")
_ISO_PART = re.compile(r"(\d+(?:\.\d+)?)([HMS])")


def _units_of(iso: str) -> list[int]:
    """The ranks (0 hours, 1 minutes, 2 seconds) of the non-zero parts of a time duration 'PT1M'."""
    _, _, time = iso.partition("T")
    return [_TIME_UNITS.index(u) for n, u in _ISO_PART.findall(time) if Decimal(n)]


def _summed(text: str, found: list[Reading], vals: list, lang: str, offset: int) -> list[Reading]:
    """Readings of a larger unit and a smaller one joined by a conjunction made one time ("دقيقة
    واحدة و50.34 ثانية", "one minute and 50.34 seconds": the value parser reads two when a number
    word follows the first unit or the seconds have decimals), as "2 hours 3 minutes" is one.
    Between them only a conjunction (``<lang>.lexicon conjunctions`` / ``conjunction_prefixes``),
    a comma and number words restating the count ("واحدة") may stand."""
    lex = lx.lexicon(lang)
    joins = set(lex.conjunctions.words) | set(lex.conjunction_prefixes)
    out: list[Reading] = []
    for r in found:
        prev = out[-1] if out else None
        if prev is not None and prev.qualifier == r.qualifier == "exact" and prev.end <= r.start \
                and _units_of(prev.value) and _units_of(r.value) and max(_units_of(prev.value)) < min(_units_of(r.value)) \
                and _only_joins(text, prev.end, r.start, vals, joins, offset):
            secs = prev.seconds + r.seconds
            whole_h, rest = divmod(Decimal(str(secs)), SECONDS_PER_HOUR)
            mins, sec = divmod(rest, SECONDS_PER_MINUTE)
            iso, _ = duration_iso({"H": whole_h, "MIN": mins, "S": sec.normalize()})
            out[-1] = Reading(prev.start, r.end, iso, secs, r.step, "exact", None, None,
                               f"{prev.rule} + {r.rule} (racetime: one time in two units joined by a conjunction)",
                               prev.spans + r.spans)
            continue
        out.append(r)
    return out


def _only_joins(text: str, start: int, end: int, vals: list, joins: set[str], offset: int) -> bool:
    """Is the text between ``start`` and ``end`` (article offsets) only conjunctions, commas and
    number words?"""
    gap = list(text[start - offset:end - offset])
    for v in vals:
        if v.kind == "number" and start <= v.start and v.end <= end:
            gap[v.start - start:v.end - start] = " " * (v.end - v.start)
    words = "".join(gap).replace(",", " ").replace("\u060c", " ").split()
    return len(words) <= 1 and all(w in joins for w in words)


def _hundredths(text: str, toks: list[Tok], vals: list, found: list[Reading], offset: int,
                lang: str) -> list[Reading]:
    """Bare numbers to the hundredth under a minute ("the previous record of 45.79", "second in
    46.30"): seconds, as timing writes a sprint or a swim, in an article that states race times
    (``readings``), and only right after what says whose or which
    time it is: a word of an earlier mark, a place word or an ordinal, within BARE_WINDOW tokens (a
    bare number after "the 100m mark in" may be a split or another race's). A number with a unit is
    read by the value parser."""
    lex = lx.lexicon(lang)
    anchors = [h.j for h in lx.find_cues(toks, lex.race_prior_cues)]
    anchors += [h.j for cues in lex.race_places.values() for h in lx.find_cues(toks, cues)]
    anchors += [k + 1 for v in vals if v.kind == "ordinal" for k in lx.covered(toks, v.start, v.end)[-1:]]
    out = []
    for v in vals:
        written = ascii_digits(text[v.start - offset:v.end - offset])
        if v.kind != "number" or not _HUNDREDTHS.fullmatch(written) or float(v.value) >= SECONDS_PER_MINUTE \
                or any(r.start < v.end and v.start < r.end for r in found):
            continue
        at = lx.covered(toks, v.start, v.end)
        if not at or not any(0 <= at[0] - a <= BARE_WINDOW for a in anchors):
            continue
        secs = float(v.value)
        out.append(Reading(v.start, v.end, f"PT{canon(Decimal(written))}S", secs, HUNDREDTH, "exact", None, None,
                            f"{v.rule} + racetime: seconds to the hundredth after a word of whose time it is, in a race article",
                            ((v.start, v.end),)))
    return out


# A bare number read as seconds right after a word of clocking it, or as a margin right before a margin
# word: one or two decimals ("clocked 58.2", "touched in 58.65", "0.41 ahead of").
_TENTHS = re.compile(r"\d{1,2}[.,\u066b]\d{1,2}")


def _clocked(text: str, toks: list[Tok], vals: list, found: list[Reading], offset: int, lang: str,
             race_article: bool) -> list[Reading]:
    """Bare numbers of seconds under a minute, to the tenth or the hundredth, as a sprint or a swim is
    timed: right after a word of clocking a time (``race_clocked_cues``: "clocked 58.2", "touched in
    58.65", "بزمن 10.04"), in any article; and, in an article that states race times, right before a
    margin word ("0.41 ahead of Bellini", ``race_margin_after_cues``): the margin."""
    lex = lx.lexicon(lang)
    clocked = {h.j: h for h in lx.find_cues(toks, lex.race_clocked_cues)}
    before = {h.i: h for h in lx.find_cues(toks, lex.race_margin_after_cues)} if race_article else {}
    out = []
    for v in vals:
        written = ascii_digits(text[v.start - offset:v.end - offset])
        if v.kind != "number" or not _TENTHS.fullmatch(written) or float(v.value) >= SECONDS_PER_MINUTE \
                or any(r.start < v.end and v.start < r.end for r in found + out):
            continue
        at = lx.covered(toks, v.start, v.end)
        if not at:
            continue
        if at[0] in clocked:
            rule = f"{v.rule} + racetime: seconds right after a word of clocking ({lang}.lexicon race_clocked_cues '{clocked[at[0]].cue}')"
        elif at[-1] + 1 in before:
            rule = f"{v.rule} + racetime: seconds right before a margin word ({lang}.lexicon race_margin_after_cues '{before[at[-1] + 1].cue}'), in a race article"
        else:
            continue
        decimals = len(written) - 1 - max(written.rfind("."), written.rfind(","), written.rfind("\u066b"))
        num = Decimal(written.replace(",", ".").replace("\u066b", "."))
        out.append(Reading(v.start, v.end, f"PT{canon(num)}S", float(num), float(Decimal(1).scaleb(-decimals)), "exact",
                           None, None, rule, ((v.start, v.end),)))
    return out


def _units_joined(text: str, found: list[Reading], offset: int) -> list[Reading]:
    """The readings with a bare unit word right after a written time ("26:11.00 دقيقة": the value
    parser reads "دقيقة" alone as one minute) made part of that time, not a time of its own."""
    out: list[Reading] = []
    for r in found:
        prev = out[-1] if out else None
        if prev is not None and not _digits_in(text, r, offset) and _digits_in(text, prev, offset) \
                and prev.end <= r.start and not text[prev.end - offset:r.start - offset].strip():
            out[-1] = replace(prev, end=r.end, spans=prev.spans + r.spans)
            continue
        out.append(r)
    return out


def _digits_in(text: str, r: Reading, offset: int) -> bool:
    """Does a reading's own text hold a digit (not only a unit word)?"""
    return any(ch.isdigit() for ch in text[r.start - offset:r.end - offset])


def _with_end(r: Reading, end: int) -> Reading:
    return replace(r, end=end)
