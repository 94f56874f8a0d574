"""The quantity kind: every figure a clause states, open-world, one path for all of them.

Every number is a quantity claim with
- its **dimension**, from its unit: ``percent``, ``money:<ISO code>``, ``measure:<base unit>`` (from
  ``data/units.json``) or ``count``; it is the claim's property (``quantity:<dimension>``), so figures
  of different dimensions or currencies never meet;
- what it **measures**, an open signature: the stems of the content words next to it in its clause
  (the counted noun, the predicate, "of the vote"), kept in the claim's ``keywords``;
- its **subject**: the person the clause names next to it, when there is one;
- its **stated precision**: "94.65 %" is 94.645-94.655, "24 million" is 23.5-24.5 million, "about"
  and "more than" widen it as the qualifier says; the claim's ``value_low``/``value_high`` hold it;
- its **measure**, when a measure cue of the lexicons names what it counts ("12 dead", "قتيلا",
  "a population of", ``<lang>.lexicon measures``): the measure's name is its counted noun, the same
  in every language; its subject is then the group it counts ("169 Indian passengers") or, for a
  standing measure, the place it describes.

Two quantities are about the same thing when their events are compatible, their subjects do not
differ and their signatures match (shared stems in one script; across scripts, the embedding cosine
of their quotes). They agree when their precision intervals meet, and contradict otherwise.

Figures of a named measure meet only figures of that measure, in any language. ``measures.json``
says how each behaves: an *evolving* measure (a toll) changes as a story develops, so a clash between
articles published at different times is an update (``group``); a *standing* measure (a city's
population) is compared whatever the event its clauses are anchored to. A total and a narrower group
("242 people" / "169 Indian passengers") never clash, but the same total with and without its
breakdown ("242 people" / "242 passengers and crew") agrees.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lang as langdata
from .. import lexicon as lx
from ..lexicon import Tok
from ..models import Claim, Signal
from ..text import ascii_digits, script_of
from ..values import bare_year
from .base import CONF_SIMILAR, CONF_VALUE, MEASURE_RULE, UNRELATED, Verdict, measure
from . import rates
from .designation import names_a_thing
from .reading import figure_words
from .value import SAME_EVENT_SCOPE, SAME_FIGURE_RATIO, comparable

# Content tokens read on each side of a figure for its signature (within its clause, never past
# another figure). Gold phrases of the dev stories put the counted noun 1-3 tokens after the figure
# ("94.65 percent of the votes", "24,351,551 eligible voters") and the predicate 1-4 before it
# ("turnout reached 48.03 percent", "had won 94.7% of").
SIGNATURE_BEFORE = 4
SIGNATURE_AFTER = 4
# Two figures measure the same thing when this share of the smaller signature is in the other (and
# their counted nouns are the same, or they are about the same person: one figure per person and
# dimension, unless the person's own article gives several, see ``group._ambiguous``) ...
SAME_SIGNATURE_SHARE = 0.5
# ... and a clash needs the stricter evidence: this share, or a shared counted noun.
CLASH_SIGNATURE_SHARE = 0.5
# Sources that clash on one figure rarely differ by more than this factor (a toll of 4 vs 5, a
# height of 625 vs 825 ft, an electorate of 5.6 vs 24 million); figures further apart that share a
# few words are more often two facts (48 % turnout vs a 3.17 % share) than one fact misreported.
MAX_CLASH_RATIO = 5.0
# Across scripts nothing is shared: the cosine of the two claims' quotes (USE-m3) decides, as for
# statements (translations score 0.8-0.9; figures of one story in the other language 0.5-0.7).
CROSS_SCRIPT_COS = 0.75
# ... and two figures across scripts that state the same value within precision agree from this
# cosine on: the value itself is evidence; a clash still needs CROSS_SCRIPT_COS. On the dev stories
# this joined gaza's Arabic and English counts of the freed (agreement F1 0.25 -> 0.34) and changed
# no other set.
CROSS_SCRIPT_AGREE_COS = 0.6
# ... or when their counted nouns are one noun in two languages: the cosine of the two nouns alone
# (USE-m3 word vectors; on 16 Arabic/English noun pairs of news figures, 14 translations were each
# other's nearest word, at 0.71-0.93 ("مواطنين"/"citizens" 0.83, "جرحى"/"injured" 0.71), while the
# nearest non-translation reached 0.57). Like CROSS_SCRIPT_AGREE_COS it only lets equal values agree:
# as evidence for a clash it set gaza's 39 prisoners freed on day one against the 150 of the whole
# deal (15 distractor pairs).
CROSS_SCRIPT_HEAD_COS = 0.7
# Intervals overlapping by less than this share of their size only touch (float rounding of half-steps).
TOUCH_TOLERANCE = 1e-9
# A bare integer of this many trailing zeros or more is read as rounded to that place ("5,600,000"
# is not a count to the unit); fewer trailing zeros ("2,000") are read as exact.
ROUNDED_TRAILING_ZEROS = 4

# Modalities of a figure not yet real: one of these against a stated fact is two facts (the plan and
# what happened), never a clash; two plans (or two facts) can clash.
PLANS = frozenset({"planned", "expected"})
# Subjects that scope a measured figure to a place rather than name the group it counts.
PLACE_SUBJECTS = ("city:", "country:", "region:", "state:")
# The rule of the signal naming a figure's measure starts with this (a ``<lang>.lexicon measures`` cue).

_DIGIT_RUN = re.compile(r"\d[\d,.\u066b\u066c\u00a0 ]*\d|\d")


@dataclass
class QuantityFrame:
    """A quantity claim under construction (``frames`` turns it into a draft)."""

    start: int
    end: int
    prop: str
    value: str
    low: float | None
    high: float | None
    qualifier: str
    subject: str | None
    subject_label: str | None
    signature: list[str]
    signals: list[Signal] = field(default_factory=list)


@lru_cache(maxsize=1)
def _units() -> dict:
    return langdata.load_file("units.json")


def dimension(value: str) -> tuple[str, float]:
    """The dimension of a normal-form number ("94.65%", "35000000000 USD", "330 ft", "5300") and the
    factor that converts it to the dimension's base unit."""
    if value.endswith("%"):
        return "percent", 1.0
    unit = value.split(" ", 1)[1] if " " in value else None
    if unit is None:
        return "count", 1.0
    conv = _units().get(unit)
    if isinstance(conv, dict) and "factor" in conv:   # not "_nonlinear" (temperatures...)
        return f"measure:{conv['base']}", float(conv["factor"])
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return f"money:{unit}", 1.0
    return f"unit:{unit}", 1.0


def number_of(value: str) -> float | None:
    head = value.rstrip("%").split(" ", 1)[0]
    try:
        return float(head)
    except ValueError:
        return None


def stated_step(surface: str, value: float) -> float:
    """The size of the last digit place the surface states, in the value's own unit: "94.65" ->
    0.01, "24 million" -> 1,000,000, "5,600,000" -> 100,000 (rounded), "2,017" -> 1."""
    runs = _DIGIT_RUN.findall(ascii_digits(surface))
    if not runs:
        return 1.0   # a number word ("twelve", "a dozen"): exact
    run = runs[0].replace("\u00a0", "").replace(" ", "")
    dec = 0
    for mark in (".", "\u066b"):
        if mark in run and len(run.rsplit(mark, 1)[1]) != 3:
            dec = len(run.rsplit(mark, 1)[1])
    digits = re.sub(r"[^\d]", "", run)
    stated = int(digits) / 10 ** dec if digits else 0
    scale = value / stated if stated else 1.0
    step = scale / 10 ** dec
    if dec == 0 and scale == 1.0:
        zeros = len(digits) - len(digits.rstrip("0"))
        if zeros >= ROUNDED_TRAILING_ZEROS and digits.rstrip("0"):
            step = 10.0 ** zeros
    return step


def bounds(value: str, low: float | None, high: float | None, qualifier: str, surface: str) -> tuple[float | None, float | None]:
    """The interval a figure stands for, in its dimension's base unit: the qualifier's bounds, widened
    by half the stated step on a bound the surface states exactly."""
    x = number_of(value)
    if x is None:
        return low, high
    _, factor = dimension(value)
    half = stated_step(surface, x) / 2
    if qualifier == "exact":
        lo, hi = x - half, x + half
    else:
        lo = None if low is None else (low - half if low == x else low)
        hi = None if high is None else (high + half if high == x else high)
    return (None if lo is None else lo * factor, None if hi is None else hi * factor)


def _stem(t: Tok, lang: str) -> str:
    return lx.light_stem(t.form, lang)


def _whole_after(toks: list[Tok], last: int, lang: str, taken: set[int]) -> int | None:
    """The token of a second figure the figure ending at ``last`` is a part of ("5.6 million of the
    country's 24 million voters", "241 of the 242"): a partitive right after it, then that figure
    within ``SIGNATURE_AFTER`` tokens."""
    hits = lx.find_cues(toks[last + 1:last + 4], lx.lexicon(lang).partitives)
    if not hits or hits[0].i != 0:
        return None
    after = last + 1 + hits[0].j
    return next((k for k in range(after, min(len(toks), after + SIGNATURE_AFTER)) if k in taken), None)


def part_of_whole(c: Claim) -> bool:
    """Is the figure stated as a part of another ("241 of the 242")?"""
    return any(s.field == "scope" for s in c.signals)


def _compounded_word(text: str, v, lang: str) -> bool:
    """A number word hyphenated to a word that is not a unit of time ("zero-tolerance", "one-sided";
    not "four-year-old", "two-day")."""
    if any(ch.isdigit() for ch in text[v.start:v.end]) or " " in v.value or text[v.end:v.end + 1] != "-":
        return False
    word = re.match(r"[^\W\d_]+", text[v.end + 1:v.end + 40])
    return word is not None and word.group(0).lower() not in _time_units(lang)


@lru_cache(maxsize=None)
def _time_units(lang: str) -> frozenset[str]:
    return frozenset(k.lower() for k in langdata.load(lang, "values").get("duration_units", {}))


def _proper_modifier(toks: list[Tok], k: int) -> bool:
    """A capitalised word before a lower-case one ("14 Norwegian fishermen", "3 Boeing jets"): a
    name or nationality qualifying the counted noun, not the noun itself (scripts without case: never)."""
    return toks[k].cap and k + 1 < len(toks) and not toks[k + 1].cap and toks[k + 1].form.isalpha()


def signature(toks: list[Tok], first: int, last: int, lang: str, taken: set[int]) -> tuple[list[str], str | None, int, int]:
    """Stems of the content words around tokens ``first..last`` (the figure), up to another figure;
    the counted noun (the first content word after it, when one follows within the window); and the
    token range read."""
    stop = lx.lexicon(lang).stopwords.words
    out: list[str] = []
    lo, hi = first, last

    def content(t: Tok) -> bool:
        stem = min(t.variants, key=len)
        return not (t.form in stop or stem in stop or len(stem) < 3 or any(ch.isdigit() for ch in t.form))

    n = 0
    k = first - 1
    while k >= 0 and n < SIGNATURE_BEFORE and k not in taken:
        if content(toks[k]):
            out.append(_stem(toks[k], lang))
            n += 1
        lo = k
        k -= 1
    n = 0
    k = last + 1
    head = None
    while k < len(toks) and n < SIGNATURE_AFTER and k not in taken:
        if content(toks[k]):
            out.append(_stem(toks[k], lang))
            if head is None and not (toks[k].variants & lx.lexicon(lang).quantity_modifiers.words) \
                    and lx.nationality_at(toks, k, lang) is None and not _proper_modifier(toks, k):
                head = k   # "25 total hostages", "12 Thai citizens": the counted noun is hostages, citizens
            n += 1
        hi = k
        k += 1
    return sorted(set(out)), head, lo, hi


def frame(text: str, toks: list[Tok], v, lang: str, taken: set[int],
          persons: list[tuple[int, int, str]], label, measure: tuple[str, str] | None = None) -> QuantityFrame | None:
    """The quantity claim of figure ``v`` (a number mention) in a clause's tokens ``toks``.
    ``taken`` holds the token indexes of the clause's other figures; ``persons`` the (start, end,
    key) token spans of person mentions; ``label`` turns a person key into the name as written;
    ``measure`` the name of the measure of what the figure counts and what named it (the lexicon cue,
    "en.lexicon cue 'killed'", or another rule)."""
    idx = lx.covered(toks, v.start, v.end)
    if not idx or bare_year(text[v.start:v.end], v.value) is not None:
        return None
    if idx[0] > 0 and lx.find_cues(toks[idx[0] - 1:idx[0]], lx.lexicon(lang).rate_markers):
        return None   # "for each 10 hostages", "لكل 10": the figure is a rate's unit, not a total
    if _compounded_word(text, v, lang):
        return None   # "zero-tolerance", "one-sided": a number word compounded into a modifier
    if names_a_thing(text, toks, idx, v):
        return None   # "Boeing 787-8 Dreamliner", "Apollo 11": part of a name, not a figure
    sig, head_at, lo, hi = signature(toks, idx[0], idx[-1], lang, taken - set(idx))
    head = None if head_at is None else _stem(toks[head_at], lang)
    if not sig and measure is None:
        return None   # a bare figure with nothing around it says nothing comparable
    dim, _ = dimension(v.value)
    low, high = bounds(v.value, v.low, v.high, v.qualifier, text[v.start:v.end])
    value = v.value
    rate = rates.rate(text, toks, idx[-1], lang, dim)
    if rate is not None:
        factor, period_sig = rate
        dim, value = f"{dim}/{rates.RATE_PERIOD}", rates.scaled(v.value, factor)
        low, high = (None if low is None else low * factor), (None if high is None else high * factor)
    # whose figure: the person the sentence names nearest before it, else one in its window after it
    before = [p for p in persons if p[1] <= idx[0]]
    after = [p for p in persons if idx[-1] < p[0] <= hi]
    subject = max(before)[2] if before else min(after)[2] if after else None
    sigs = [Signal(field="value", rule=v.rule, text=text[v.start:v.end], start=v.start, end=v.end),
            Signal(field="property", rule="quantity: dimension from the unit; signature from the words around it",
                   text=" ".join(sig))]
    if rate is not None:
        sigs.append(period_sig)
    if measure is not None:
        kinds = [k for k in ("evolving", "standing") if measure[0] in langdata.measures(k)]
        sigs.append(Signal(field="measure", text=measure[0], rule=f"{MEASURE_RULE}.{measure[0]}: {measure[1]}"
                           + (f" ({kinds[0]} in measures.json)" if kinds else "")))
    elif head:
        sigs.append(Signal(field="measure", rule="quantity: the counted noun, first content word after the figure",
                           text=head, start=toks[head_at].start, end=toks[head_at].end))
    others = taken - set(idx)
    whole = _whole_after(toks, idx[-1], lang, others)
    if whole is not None:
        end = whole
        while end + 1 in others:
            end += 1
        ws, we = toks[whole].start, toks[end].end
        sigs.append(Signal(field="scope", rule=f"{lang}.lexicon partitives: part of the figure after it",
                           text=text[ws:we], start=ws, end=we))
    return QuantityFrame(toks[lo].start, toks[hi].end, f"quantity:{dim}", value, low, high, v.qualifier,
                         subject, label(subject) if subject else None, sig, sigs)


# --------------------------------------------------------------------------------------- compare
def head(c: Claim) -> str | None:
    """The counted noun of a quantity claim: its measure's name, else the noun after its figure."""
    return next((s.text for s in c.signals if s.field == "measure"), None)


def head_text(c: Claim) -> str | None:
    """The counted noun as the quote writes it (the counted noun's signal span), when it has one."""
    for s in c.signals:
        if s.field == "measure" and s.start is not None and s.end is not None and c.start <= s.start < s.end <= c.end:
            return c.quote[s.start - c.start:s.end - c.start]
    return None


def evolving(c: Claim) -> bool:
    """Is the figure of a measure that changes as a story develops (a toll: ``measures.json``)?"""
    return measure(c) in langdata.measures("evolving")


def group(c: Claim) -> str | None:
    """The narrower group a measured figure counts (a noun or a nationality), not its place scope."""
    subj = c.subject or ""
    return None if subj.startswith(PLACE_SUBJECTS) or not subj else subj


def close(a: Claim, b: Claim) -> bool:
    """Do two figures state the same quantity (within ``value.SAME_FIGURE_RATIO`` of each other, in
    their dimension's base unit: "330 ft" and "100 m" are close)?"""
    x, y = number_of(a.value or ""), number_of(b.value or "")
    if x is None or y is None:
        return a.value == b.value
    x, y = x * dimension(a.value or "")[1], y * dimension(b.value or "")[1]
    lo, hi = sorted((abs(x), abs(y)))
    return hi == 0 or lo / hi >= SAME_FIGURE_RATIO


def weighted_share(a: Claim, b: Claim, weight: dict[str, float]) -> float:
    """Share of what two figures measure that they have in common: the weight of their shared
    signature stems over the smaller signature's weight (a stem common in the story weighs less)."""
    sa, sb = set(a.keywords), set(b.keywords)
    if not sa or not sb:
        return 0.0
    # fsum: exactly rounded, so the share does not depend on the sets' (hash-seeded) order
    w = lambda xs: math.fsum(weight.get(x, 1.0) for x in xs)  # noqa: E731
    return w(sa & sb) / min(w(sa), w(sb))


def match_score(a: Claim, b: Claim, weight: dict[str, float]) -> float:
    """How well two figures' descriptions match (for picking, among an article's figures, the one
    another article's figure is about): the weighted signature share, plus one for the same person
    and a half for the same counted noun."""
    score = weighted_share(a, b, weight)
    if a.subject is not None and a.subject == b.subject:
        score += 1.0
    if head(a) is not None and head(a) == head(b):
        score += 0.5
    return score


def _ratio(a: Claim, b: Claim) -> float:
    x, y = abs(number_of(a.value or "") or 0.0), abs(number_of(b.value or "") or 0.0)
    lo, hi = sorted((x, y))
    return hi / lo if lo else float("inf")


def meets(a: Claim, b: Claim) -> bool:
    """Do two figures' precision intervals overlap by more than a rounding error? Intervals that only touch (2.15 and
    2.16 stated to two decimals: 2.145-2.155 and 2.155-2.165) state different figures."""
    inf = float("inf")
    alo, ahi = a.value_low if a.value_low is not None else -inf, a.value_high if a.value_high is not None else inf
    blo, bhi = b.value_low if b.value_low is not None else -inf, b.value_high if b.value_high is not None else inf
    lo, hi = max(alo, blo), min(ahi, bhi)
    if lo == hi:
        return alo == ahi or blo == bhi   # an exact figure on the other's edge is inside it
    return hi - lo > TOUCH_TOLERANCE * max(abs(lo) if lo != -inf else 0.0, abs(hi) if hi != inf else 0.0, 1.0)


def readable(c: Claim) -> str:
    """The figure as the article writes it, with its period when it is a rate ("$1.5 million a month")."""
    written = next((s.text for s in c.signals if s.field == "value" and s.text), c.value or c.quote)
    period = next((s.text for s in c.signals if s.field == "period" and s.text), None)
    return f"{written} {period}" if period else written


def judge(a: Claim, b: Claim, event: tuple[bool, str], similarity: float = 0.0,
          weight: dict[str, float] | None = None, head_similarity: float = 0.0) -> Verdict:
    """Compare two quantities of one dimension (their claims' property). ``event`` says whether their
    events are compatible and why; ``similarity`` is their quotes' cosine and ``head_similarity`` the
    cosine of their counted nouns (pairs across scripts); ``weight`` the weight of each signature
    stem in the story (rarer stems weigh more)."""
    named = [measure(a) is not None, measure(b) is not None]
    if all(named):
        return _judge_measured(a, b, event)
    found = _judge_open(a, b, event, similarity, weight, head_similarity)
    if any(named) and found.kind != "agree":
        # a figure of a named measure against one whose measure no cue names ("241 individuals lost
        # their lives" / "claiming 241 lives"): the same value on the same words is one figure, but
        # without the measure on both sides nothing says they count the same thing closely enough
        # for a clash
        return UNRELATED
    return found


def _judge_open(a: Claim, b: Claim, event: tuple[bool, str], similarity: float,
                weight: dict[str, float] | None, head_similarity: float) -> Verdict:
    """Two figures compared on their signatures (no named measure on one side at least)."""
    same_event, why = event
    if not same_event:
        return UNRELATED
    if a.subject and b.subject and a.subject != b.subject:
        return UNRELATED   # one figure about each of two people
    hedged = a.modality != b.modality and "possible" in (a.modality, b.modality)   # may agree, never clash
    same_head = head(a) is not None and head(a) == head(b)
    if script_of(a.quote) != script_of(b.quote):
        same, strong = similarity >= CROSS_SCRIPT_AGREE_COS, similarity >= CROSS_SCRIPT_COS
        evidence = f"cosine {similarity:.2f}"
        if head_similarity >= CROSS_SCRIPT_HEAD_COS and not same:
            same = True   # evidence enough for one figure in two languages, never alone for a clash
            evidence = f"counted nouns '{head_text(a)}' / '{head_text(b)}', cosine {head_similarity:.2f}"
    else:
        share = weighted_share(a, b, weight or {})
        same_subject = a.subject is not None and a.subject == b.subject
        same = share >= SAME_SIGNATURE_SHARE or same_head or same_subject
        strong = same and (share >= CLASH_SIGNATURE_SHARE or same_head or same_subject)
        evidence = (f"both about {a.subject_label or a.subject}" if same_subject else
                    f"counted noun '{head(a)}'" if same_head else f"{share:.0%} of what it measures shared")
    if not same:
        return UNRELATED
    what = a.property.split(":", 1)[1]
    if meets(a, b):
        hedge = "; one source hedges it" if hedged else ""
        return Verdict("agree", f"same figure within stated precision ({readable(a)} / {readable(b)}; {evidence}{hedge})",
                       CONF_VALUE)
    if hedged or a.polarity != b.polarity or not strong or _ratio(a, b) > MAX_CLASH_RATIO:
        return UNRELATED
    if part_of_whole(a) != part_of_whole(b):
        return UNRELATED   # "5.6 million of the 24 million voters" (who voted) against the electorate
    if a.modality != b.modality and {a.modality, b.modality} & PLANS:
        return UNRELATED   # what a deal or a plan says ("will release 50") against what happened ("freed 13")
    return Verdict("contradict", f"different {what} figure for the same thing ({readable(a)} vs {readable(b)}; "
                                 f"{evidence}; {why})", CONF_SIMILAR)


def _judge_measured(a: Claim, b: Claim, event: tuple[bool, str]) -> Verdict:
    """Compare two figures of which one at least has a named measure: the same measure (in any
    language), compatible events (or, for a standing measure, the same subject whatever the event),
    the same group or a total against its breakdown; one figure when their intervals meet and they are
    close, a clash when the intervals are disjoint."""
    name = measure(a)
    if name is None or name != measure(b):
        return UNRELATED   # a measure meets only itself
    same_event, why = event
    scope = SAME_EVENT_SCOPE
    # an age belongs to a person: two ages of one named person are compared; ages with no person
    # named ("voters under 40") may agree, never clash (a story tells the ages of many people)
    personal = name in langdata.measures("personal")
    if personal and a.subject and b.subject and a.subject != b.subject:
        return UNRELATED
    unowned = personal and not (a.subject and b.subject)
    if name in langdata.measures("standing") and a.subject and a.subject == b.subject:
        same_event, why = True, f"{name} is a standing measure (measures.json), compared whatever the event"
        scope = f"of {a.subject_label or a.subject}"
    # a hedged figure ("feared dead", "could reach") and a stated one are one figure when they meet,
    # never a clash: the hedge says the source is not sure of it
    hedged = a.modality != b.modality and "possible" in (a.modality, b.modality)
    if not comparable(a, b, same_event, projections=True):
        return UNRELATED
    total = group(a) != group(b)   # one of them counts a narrower group, or names its total's breakdown
    if total and group(a) is not None and group(b) is not None:
        return UNRELATED   # two different groups ("169 Indian passengers" / "12 crew")
    if not meets(a, b):
        if total or hedged or unowned:
            return UNRELATED   # a total against a narrower group ("242 people" / "169 Indian passengers")
        return Verdict("contradict", f"different {name} figure {scope} ({readable(a)} vs {readable(b)}; {why})",
                       CONF_VALUE)
    if not close(a, b):
        return UNRELATED   # compatible bounds ("more than 2,800" / "11,300") but not one figure
    breakdown = f"; {group(a) or group(b)} is the total's breakdown" if total else ""
    hedge = "; one source hedges it" if hedged else ""
    return Verdict("agree", f"same {name} figure ({readable(a)} / {readable(b)}){breakdown}{hedge}", CONF_VALUE)


def words(c: Claim) -> str:
    """The figure with thousands separators, its unit and qualifier ("about 100 t", "200,000")."""
    return figure_words(c)
