"""The race-time kind: an elapsed time of a race or a performance, a duration and not a clock time.

A race time is a claim (property ``racetime``) read from
- a clock-shaped elapsed time ("2:00:35", "2:00:35.0", "4:07.92" after a race cue; ``values``),
  and minutes and seconds with hundredths that ``values`` reads as a time of day ("swam 1:52.61");
- a duration of hours, minutes and seconds in words ("2 hours 0 minutes 35 seconds", "ساعتين و35
  ثانية", "just over two hours") in a sentence with a race word (``<lang>.lexicon`` race_time_cues);
a unit word right after a clock-shaped time ("2:00:35 ساعة") is part of it. It holds
- its **value** (ISO 8601, 'PT2H0M35S') and its bounds in seconds: the stated precision ("2:00:35"
  is 7234.5-7235.5 s, "4:07.92" to the hundredth) or the qualifier's open bound ("just over two
  hours", "under 2:01");
- **who**: the person named nearest to it within its signature window, else the nearest before it
  in the sentence; **what**: the stems around it (winning time, record, personal best, halfway);
- whether it is an **earlier mark** ("the previous record of 2:01:09", "the old best", a year other
  than the article's next to it, ``race_prior_cues``).

Two race times are about the same performance when their events are compatible, both or neither are
earlier marks, their persons do not differ and they share the person or their signatures. They agree
when their intervals meet and contradict otherwise, unless they are too far apart to be one
performance misreported, or the other article states the other value too (then it is another time of
that article: a split, the runner-up, the old record).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from ..lang import lexicon as lx
from ..mentions import values
from ..lang.lexicon import Tok
from ..models import Claim, Signal
from ..lang.text import ascii_digits, script_of
from ..mentions.value_times import SECONDS_PER_HOUR, duration_iso, iso_seconds, race_seconds
from ..mentions.values import year_of
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, FigureFrame, Verdict
from .quantity import meets
from .quantity_read import signature as figure_signature

PROPERTY = "racetime"
# Two race times are one performance when this share of the smaller signature is in the other (as
# for quantities: invented reports of one marathon tell the winning time with "won / record / time"
# around it, a split with "halfway / half").
SAME_SIGNATURE_SHARE = 0.5
# Outlets that misreport a race time are off by seconds (a digit); times further apart than this ratio
# are two performances (a halfway split and the finish, a marathon and a half marathon).
MAX_CLASH_RATIO = 1.05
# ... or by at most this many seconds whatever the ratio: short times (a winning margin, a 100 m
# dash) misreported by a digit differ by more than 5 % ("by 41 seconds" / "by 38 seconds").
MAX_CLASH_SECONDS = 10.0
# What a margin's measure signal says: the time by which a race was won or a record improved.
MARGIN = "margin"
# A cue of an earlier mark governs a race time this many tokens after it ("the previous world record
# of 2:01:09": four tokens); cues after a time belong to the next one ("ran 2:00:35, erasing the
# previous record of ...").
PRIOR_WINDOW = 5
# A year this many tokens from a race time dates it (another year than the article's: an old mark).
YEAR_WINDOW = 6
# A bound in hours (rounded to 9 places by ``values``) within this many seconds of the stated time is it.
SAME_SECOND = 1e-3
# Minutes and seconds with a decimal fraction: never a time of day ("1:52.61", "4:07,92").
_FRACTIONAL = re.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d)[.,\u066b](\d{1,3})(?![\d:])")


@dataclass
class RaceTimeFrame(FigureFrame):
    """A race-time claim under construction, with the value mentions it claims."""

    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class _Reading:
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


def _clock_shaped(v) -> bool:
    return "clock-duration" in v.rule or "race-duration" in v.rule


def _time_only(v) -> bool:
    """A duration of hours, minutes and seconds only ('PT2H0M35S', 'PT2H'), no date parts."""
    return v.kind == "duration" and v.value.startswith("PT")


def _reading(v, rule: str, spans) -> _Reading:
    """A race time from a duration mention: its exact seconds from the ISO parts, its step and the
    qualifier's bounds in seconds (a bound at the stated value is the exact seconds)."""
    secs = iso_seconds(v.value) or 0.0
    step = (v.step or 0.0) * SECONDS_PER_HOUR

    def bound(h: float | None) -> float | None:
        if h is None:
            return None
        s = race_seconds(h)
        return secs if s is not None and abs(s - secs) <= SAME_SECOND else s
    return _Reading(v.start, v.end, v.value, secs, step, v.qualifier, bound(v.low), bound(v.high), rule, tuple(spans))


def readings(text: str, toks: list[Tok], vals: list, lang: str, offset: int) -> list[_Reading]:
    """The race times of a sentence (``text`` is the sentence, starting at ``offset`` in the article;
    ``toks`` and ``vals`` carry article offsets)."""
    raced = bool(lx.find_cues(toks, lx.lexicon(lang).race_time_cues))
    ordered = sorted(vals, key=lambda v: v.start)
    out: list[_Reading] = []
    used: set[int] = set()
    for n, v in enumerate(ordered):
        if n in used or not _time_only(v) or not (_clock_shaped(v) or raced):
            continue
        spans = [(v.start, v.end)]
        end = v.end
        nxt = ordered[n + 1] if n + 1 < len(ordered) else None
        if _clock_shaped(v) and nxt is not None and _time_only(nxt) and not any(ch.isdigit() for ch in text[nxt.start - offset:nxt.end - offset]) \
                and not text[v.end - offset:nxt.start - offset].strip():
            spans.append((nxt.start, nxt.end))   # "2:00:35 ساعة": the unit restates the clock form
            end = nxt.end
            used.add(n + 1)
        rule = v.rule if _clock_shaped(v) else f"{v.rule} + {lang}.lexicon race_time_cues"
        out.append(_with_end(_reading(v, rule, spans), end))
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
        out.append(_Reading(s, e, iso, secs, float(Decimal(1).scaleb(-len(frac))), "exact", None, None,
                            "racetime: minutes, seconds and a decimal fraction (never a time of day)", tuple(over)))
    return sorted(out, key=lambda r: r.start)


def _with_end(r: _Reading, end: int) -> _Reading:
    return replace(r, end=end)


def _bounds(r: _Reading) -> tuple[float | None, float | None]:
    """A race time's interval in seconds: half the stated step either side of an exact time; the
    qualifier's open bound otherwise ("just over two hours": 7200 s and up)."""
    half = r.step / 2
    if r.qualifier == "exact":
        return r.seconds - half, r.seconds + half
    return r.low, r.high


def _year_near(text: str, toks: list[Tok], vals: list, first: int, last: int, year: int | None) -> Signal | None:
    """A year other than the article's within YEAR_WINDOW tokens of a race time (an old mark)."""
    if year is None:
        return None
    for v in vals:
        y = year_of(v, text)
        idx = lx.covered(toks, v.start, v.end)
        if y is not None and y != year and idx and (first - YEAR_WINDOW <= idx[-1] < first or last < idx[0] <= last + YEAR_WINDOW):
            return Signal(field="event", rule="racetime: a year other than the article's next to it", text=str(y),
                          start=v.start, end=v.end)
    return None


def frames(text: str, toks: list[Tok], vals: list, lang: str, clause: tuple[int, int], sentence_start: int,
           persons: list[tuple[int, int, str]], label, year: int | None = None,
           article: tuple[str, ...] = ()) -> list[RaceTimeFrame]:
    """The race-time claims of the clause ``clause`` (character span) of a sentence starting at
    ``sentence_start``, from its tokens ``toks`` and value mentions ``vals`` (article offsets).
    ``persons`` are the (start, end, key) token spans of person mentions; ``label`` turns a key into
    the name as written; ``year`` is the article's year; ``article`` every race time of the article."""
    if not toks:
        return []
    found = readings(text[sentence_start:toks[-1].end], toks, vals, lang, sentence_start)
    taken = {k for v in vals for k in lx.covered(toks, v.start, v.end) if any(ch.isdigit() for ch in text[v.start:v.end])}
    prior_cues = lx.find_cues(toks, lx.lexicon(lang).race_prior_cues)
    margin_cues = lx.find_cues(toks, lx.lexicon(lang).race_margin_cues)
    out = []
    for r in found:
        if not clause[0] <= r.start < clause[1]:
            continue
        idx = lx.covered(toks, r.start, r.end)
        if not idx:
            continue
        sig, _, lo, hi = figure_signature(toks, idx[0], idx[-1], lang, taken - set(idx))
        window = [p for p in persons if lo <= p[0] and p[1] - 1 <= hi and not (idx[0] <= p[0] <= idx[-1])]
        before = [p for p in persons if p[1] <= idx[0]]
        near = min(window, key=lambda p: min(abs(p[0] - idx[0]), abs(p[1] - 1 - idx[-1])), default=None)
        who = near or (max(before) if before else None)
        subject = who[2] if who else None
        low, high = _bounds(r)
        sigs = [Signal(field="value", rule=r.rule, text=text[r.start:r.end], start=r.start, end=r.end),
                Signal(field="property", rule="racetime: signature from the words around it", text=" ".join(sig))]
        prior = next((h for h in prior_cues if idx[0] - PRIOR_WINDOW <= h.i < idx[0]), None)
        margin = next((h for h in margin_cues if h.j == idx[0]), None)
        if margin is not None:
            # "beat the previous record by 16 seconds": the margin, not the previous record's time
            sigs.append(Signal(field="measure", rule=f"{lang}.lexicon race_margin_cues", text=MARGIN,
                               start=margin.start, end=margin.end))
        elif prior is not None:
            sigs.append(Signal(field="event", rule=f"{lang}.lexicon race_prior_cues", text=prior.cue,
                               start=prior.start, end=prior.end))
        elif (old := _year_near(text, toks, vals, idx[0], idx[-1], year)) is not None:
            sigs.append(old)
        if article:
            sigs.append(Signal(field="context", rule="racetime: every race time of the article", text=" ".join(article)))
        out.append(RaceTimeFrame(min(toks[lo].start, r.start), max(toks[hi].end, r.end), r.value, low, high,
                                 r.qualifier, subject, label(subject) if subject else None, sig, sigs, list(r.spans)))
    return out


@lru_cache(maxsize=64)
def article_times(text: str, lang: str) -> tuple[str, ...]:
    """Every race time an article states (its ISO values), in order (asked once per clause: cached)."""
    out = []
    for m, toks in sentence_pieces(text, lang):
        if not toks or not _may_time(m.group(), toks, lang):
            continue
        # only durations make race times here: a sentence that can state none skips the value parse
        vals = [replace(v, start=v.start + m.start(), end=v.end + m.start()) for v in values.find_values(m.group(), lang)] \
            if values.may_state(m.group(), lang, "duration") else []
        out += [r.value for r in readings(m.group(), toks, vals, lang, m.start())]
    return tuple(out)


# What ``article_times`` and ``score.article_scores`` read as one sentence: text between sentence marks.
_PIECE = re.compile(r"[^.!?\n\u061f]+")


def sentence_pieces(text: str, lang: str) -> Iterator[tuple[re.Match, lx.Toks]]:
    """The pieces of ``text`` between sentence marks (``_PIECE``), each with its tokens (article
    offsets). The tokens are cut from one tokenization of the whole text, which the name registry
    has made already (a word never runs over a sentence mark: the same tokens, without tokenizing
    every sentence of a long article once more)."""
    toks = lx.tokenize(text, lang)
    starts = [t.start for t in toks]
    for m in _PIECE.finditer(text):
        yield m, lx.Toks(toks[bisect_left(starts, m.start()):bisect_left(starts, m.end())])


def _may_time(text: str, toks: list[Tok], lang: str) -> bool:
    """Can ``readings`` find a race time in this sentence? Only with a race cue, or with a colon
    (every clock-shaped time and minutes-seconds-fraction has one; folding makes one only from an
    NFKC compatibility form): sentences with neither skip the value parse (``article_times`` reads
    every sentence of an article)."""
    return ":" in unicodedata.normalize("NFKC", text) or bool(lx.find_cues(toks, lx.lexicon(lang).race_time_cues))


# --------------------------------------------------------------------------------------- compare
def is_margin(c: Claim) -> bool:
    """Is the claim a winning or record margin ("by 34 seconds")?"""
    return margin_of(c.signals)


def margin_of(signals: list[Signal]) -> bool:
    """Do a race time's signals say it is a margin?"""
    return any(s.field == "measure" and s.text == MARGIN for s in signals)


def earlier(c: Claim) -> bool:
    """Is the claim an earlier mark (a previous record, an old best)?"""
    return any(s.field == "event" and ("race_prior_cues" in s.rule or s.rule.startswith("racetime:")) for s in c.signals)


def share(a: Claim, b: Claim) -> float:
    sa, sb = set(a.keywords), set(b.keywords)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _states(c: Claim, value: str) -> bool:
    ctx = next((s.text for s in c.signals if s.field == "context"), "")
    return value in ctx.split()


def _centre(c: Claim) -> float | None:
    lo, hi = c.value_low, c.value_high
    return (lo + hi) / 2 if lo is not None and hi is not None else lo if lo is not None else hi


def readable(c: Claim) -> str:
    return next((s.text for s in c.signals if s.field == "value" and s.text), c.value or c.quote)


def judge(a: Claim, b: Claim, event: tuple[bool, str], similarity: float = 0.0,
          weight: dict[str, float] | None = None) -> Verdict:
    """Compare two race times. ``event`` says whether their events are compatible and why."""
    same_event, why = event
    if not same_event or earlier(a) != earlier(b) or is_margin(a) != is_margin(b):
        return UNRELATED   # another race, the old mark against the new time, or a margin against a time
    if a.subject and b.subject and a.subject != b.subject:
        return UNRELATED   # one time for each of two athletes
    same_subject = a.subject is not None and a.subject == b.subject
    who = a.subject_label or a.subject
    if script_of(a.quote) != script_of(b.quote):
        sh, same = 0.0, same_subject or a.value == b.value
    else:
        sh = share(a, b)
        same = same_subject or sh >= SAME_SIGNATURE_SHARE or a.value == b.value
    if not same:
        return UNRELATED
    evidence = f"both about {who}" if same_subject else f"{sh:.0%} of what it times shared"
    if meets(a, b):
        return Verdict("agree", f"same race time within stated precision ({readable(a)} / {readable(b)}; {evidence})",
                       CONF_VALUE)
    x, y = _centre(a), _centre(b)
    if x is None or y is None or not (x and y) or (max(x, y) / min(x, y) > MAX_CLASH_RATIO
                                                   and abs(x - y) > MAX_CLASH_SECONDS):
        return UNRELATED
    if a.polarity != b.polarity or a.qualifier != "exact" or b.qualifier != "exact":
        return UNRELATED
    if _states(a, b.value or "") or _states(b, a.value or ""):
        return UNRELATED   # the other article states this time too: another time of it
    if not (same_subject or sh >= SAME_SIGNATURE_SHARE):
        return UNRELATED
    return Verdict("contradict", f"different race time for the same performance ({readable(a)} vs {readable(b)}; "
                                 f"{evidence}; {why})", CONF_SIMILAR if not same_subject else CONF_VALUE)


def words(c: Claim) -> str:
    """The time as written (as ``readable``)."""
    return readable(c)
