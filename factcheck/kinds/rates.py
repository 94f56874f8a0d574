"""Rates per period for the quantity kind: a figure followed by a period ("$12 million a year",
"12 مليون دولار سنويا") is a rate, and so is an amount spread over a duration ("$36 million over three
years": a flow of money, energy, goods); every rate is compared per one period (a year). A count of
things done over a duration ("rehire 40 dockers over two weeks") stays a count: the set is fixed,
only its schedule is given."""
from __future__ import annotations

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..models import Signal
from ..mentions.values import find_values

# Rates are compared per year: "$1 million a month" is $12 million a year, "$36 million over three
# years" $12 million a year. Lengths of periods in hours, as data/<lang>/values.json duration_units
# count them (a year of 8766 hours).
RATE_PERIOD = "year"
PERIOD_HOURS = {"year": 8766.0, "month": 730.5, "week": 168.0, "day": 24.0}
# Tokens after a figure searched for its period ("a year") or the duration it is spread over.
RATE_WINDOW = 6
# Characters after "over" read for that duration ("over the next three years").
OVER_CHARS = 40
# The dimension whose figures spread over a duration stay totals (things counted, not a flow).
SCHEDULED_ONLY = "count"


def rate(text: str, toks: list[Tok], last: int, lang: str, dim: str) -> tuple[float, Signal] | None:
    """The factor that makes the figure ending at token ``last`` (of dimension ``dim``) a rate per
    RATE_PERIOD, and the signal saying why: a period phrase after it ("a month": x 12), or, for an
    amount that is not a count, a duration it is spread over ("over three years": / 3); None for a
    figure that is no rate."""
    window = lx.Toks(toks[last + 1:last + 1 + RATE_WINDOW])
    frames = lx.lexicon(lang).rate_periods.frames.words
    for period, hours in PERIOD_HOURS.items():
        hit = next(iter(lx.find_cues(window, lx.lexicon(lang).rate_periods.of(period))), None)
        if hit is not None and toks[last + hit.i].variants & frames:
            continue   # "paid within a week", "خلال أسبوع": a time frame, not a rate
        if hit is not None:
            return PERIOD_HOURS[RATE_PERIOD] / hours, Signal(
                field="period", rule=f"{lang}.lexicon rate_periods.{period}: a rate, compared per {RATE_PERIOD}",
                text=text[hit.start:hit.end], start=hit.start, end=hit.end)
    over = next(iter(lx.find_cues(window, lx.lexicon(lang).rate_periods.over)), None)
    if over is None or dim == SCHEDULED_ONLY:
        return None
    span = next((d for d in find_values(text[over.end:over.end + OVER_CHARS], lang)
                 if d.kind == "duration" and d.low and d.low == d.high), None)
    if span is None:
        return None
    end = over.end + span.end
    return PERIOD_HOURS[RATE_PERIOD] / span.low, Signal(
        field="period", rule=f"{lang}.lexicon rate_periods.over: a total spread over a duration, compared per {RATE_PERIOD}",
        text=text[over.start:end], start=over.start, end=end)


def scaled(value: str, factor: float) -> str:
    """A normal-form figure ("36000000 USD") multiplied by ``factor``, its unit kept."""
    head, _, unit = value.partition(" ")
    pct = head.endswith("%")
    x = float(head.rstrip("%")) * factor
    out = f"{x:.15g}" + ("%" if pct else "")
    return f"{out} {unit}" if unit else out
