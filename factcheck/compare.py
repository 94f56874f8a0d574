"""Stage 5, compare: judge a candidate pair of claims (agree / contradict / unrelated, with a reason)
and turn the verdicts of each block into findings.
"""
from __future__ import annotations

import datetime as dt
import hashlib

from . import lang as langdata
from . import places
from .events import EventRef, compatible, dates_compatible
from .models import Claim, Finding, Side
from .persons import same_office
from . import kinds
from .kinds import quantity, statement
from .kinds.base import CONF_POLARITY, CONF_SIMILAR, CONF_UNKNOWN_TIME, CONF_VALUE, UNRELATED, Verdict

# Two topic values (aims, agenda items: sets of content stems) name the same topic when the share of
# the smaller set found in the other reaches this. Calibrated on the seeds: paraphrased aims
# ("restore / improve the work of diplomatic missions") share 0.67-0.75, different aims <= 0.34.
SAME_TOPIC_OVERLAP = 0.6
# Two compatible figures state one quantity when the smaller is at least this share of the larger
# ("about 10,000" / "more than 10,000"); "more than 2,800" and "11,300" are compatible but different.
SAME_FIGURE_RATIO = 0.9

STATUS_MODALITIES = {"expected", "planned", "possible"}
EVENT_PROPS = {"date", "place", "venue", "start_time", "duration"}
TOPIC_PROPS = {"aim", "agenda"}


def overlap(a: str | None, b: str | None) -> float:
    """Share of the smaller set of space-separated words found in the other (``statement.overlap``)."""
    return statement.overlap((a or "").split(), (b or "").split())


def _bounds(c: Claim) -> tuple[float, float] | None:
    """The numeric range a claim states: its bounds (open ends infinite), else its exact value."""
    if c.value_low is not None or c.value_high is not None:
        return (c.value_low if c.value_low is not None else float("-inf"),
                c.value_high if c.value_high is not None else float("inf"))
    try:
        v = float(c.value or "")
    except ValueError:
        return None
    return (v, v)


def _close(a: Claim, b: Claim) -> bool:
    """Do two figures state the same quantity (within SAME_FIGURE_RATIO of each other)?"""
    try:
        x, y = float((a.value or "").split()[0]), float((b.value or "").split()[0])
    except (ValueError, IndexError):
        return a.value == b.value
    lo, hi = sorted((abs(x), abs(y)))
    return hi == 0 or lo / hi >= SAME_FIGURE_RATIO


def _ranges_overlap(a: Claim, b: Claim) -> bool:
    ra, rb = _bounds(a), _bounds(b)
    if ra is None or rb is None:
        return a.value == b.value
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def _role(a: Claim, b: Claim) -> Verdict:
    ha, na, pa, fa = (a.value or "|||").split("|")
    hb, nb, pb, fb = (b.value or "|||").split("|")
    if not same_office(ha, hb):
        return UNRELATED
    if na and nb and na != nb:
        return Verdict("contradict", f"title nationality differs ({na} vs {nb})", CONF_VALUE)
    if pa and pb and pa != pb:
        return Verdict("contradict", f"posted to different places ({pa} vs {pb})", CONF_VALUE)
    if fa and fb:
        sa, sb = set(fa.split("+")), set(fb.split("+"))
        if not (sa <= sb or sb <= sa):
            return Verdict("contradict", f"different portfolio ({' and '.join(sorted(sa))} vs {' and '.join(sorted(sb))})", CONF_VALUE)
    ma, mb = a.modality in STATUS_MODALITIES, b.modality in STATUS_MODALITIES
    if ma != mb:
        which = a if ma else b
        return Verdict("contradict", f"holds the office vs is only {which.modality} to hold it", CONF_POLARITY)
    return Verdict("agree", "same person, same office", CONF_VALUE)


def _group(c: Claim) -> str | None:
    """The narrower group a count is about (a noun or a nationality), not its place scope."""
    subj = c.subject or ""
    return None if subj.startswith(("city:", "country:", "region:", "state:")) or not subj else subj


def _pinned(c: Claim) -> bool:
    """Does the claim's own clause date or number its event (not just inherit the article's)?"""
    own = EventRef.parse(c.event)
    return bool(own.date or own.ordinal)


def judge(a: Claim, b: Claim, ra: EventRef, rb: EventRef, similarity: float = 0.0,
          rare: frozenset[str] = frozenset(), weight: dict[str, float] | None = None) -> Verdict:
    """Compare two claims of one block. ``ra``/``rb`` are their event references (merged with the
    article's own event); ``similarity`` is the embedding cosine for statement claims and ``rare``
    the content words not too common in the story to count as shared evidence."""
    if a.property != b.property:
        return UNRELATED
    p = a.property
    if p == "role":
        return _role(a, b) if a.subject == b.subject else UNRELATED
    if p == "name":
        if a.subject != b.subject or a.value != b.value:
            return UNRELATED   # a story may name two storms; different names are not a clash
        return Verdict("agree", f"same name ({a.subject_label} / {b.subject_label})", CONF_VALUE)
    if p == "leads":
        if a.subject != b.subject:
            return UNRELATED
        if a.value and b.value and a.value != b.value:
            return UNRELATED
        return Verdict("agree", "same person leads the same side", CONF_VALUE)
    same_event, why = compatible(ra, rb, ignore=p if p in EVENT_PROPS else None)
    kind = kinds.kind_of(p)
    if kind is not None and kind.name == "statement":
        return statement.judge(a, b, similarity, rare)
    if kind is not None and kind.name == "quantity":
        return quantity.judge(a, b, (same_event, why), similarity, weight)
    if kind is not None and (own := kinds.judge_value(kind, a, b, (same_event, why), similarity, weight)) is not None:
        return own
    if p in TOPIC_PROPS:
        if ra.kind != rb.kind or overlap(a.value, b.value) < SAME_TOPIC_OVERLAP:
            return UNRELATED
        if a.polarity != b.polarity:
            if not same_event:
                return UNRELATED
            return Verdict("contradict", f"one source affirms, the other denies ({p}: {a.value} / {b.value})", CONF_POLARITY)
        return Verdict("agree", f"same {p}", CONF_VALUE)
    scope = "for the same event"
    if p in langdata.measure_props("standing") and a.subject and a.subject == b.subject:
        same_event, why = True, "a standing measure, compared whatever the event"
        scope = f"of {a.subject_label or a.subject}"
    if not same_event:
        return UNRELATED
    if a.subject and b.subject and a.subject != b.subject and not (
            ":" in a.subject and ":" in b.subject and places.compatible(a.subject, b.subject)):
        return UNRELATED
    if p.startswith("count:") and _group(a) != _group(b):
        return UNRELATED  # a total vs a narrower group ("242 people" / "169 Indian passengers")
    if a.modality != b.modality and "possible" in (a.modality, b.modality):
        return UNRELATED  # a projection ("could reach") is not a count
    if p in ("date", "start_date"):
        ok = dates_compatible(a.value or "", b.value or "")
    elif p == "place":
        ok = places.compatible(a.value or "", b.value or "")
        if not ok and not (_pinned(a) and _pinned(b)):
            return UNRELATED  # two places for an event neither clause dates or numbers: likely two events
    elif p == "venue":
        if (a.value or "").split(":")[0] != (b.value or "").split(":")[0]:
            return UNRELATED
        ok = a.value == b.value
    elif p == "start_time":
        ok = a.value == b.value
    else:  # duration, count:*
        ok = _ranges_overlap(a, b)
        if ok and not _close(a, b):
            return UNRELATED  # compatible bounds ("more than 2,800" / "11,300") but not one figure
    if ok:
        return Verdict("agree", f"same {p} ({readable(a)} / {readable(b)})", CONF_VALUE)
    return Verdict("contradict", f"different {p} {scope} ({readable(a)} vs {readable(b)}; {why})", CONF_VALUE)


def over_time(verdict: Verdict, a: "dt.date | None", b: "dt.date | None") -> Verdict:
    """A clash between two figures that evolve (tolls, missing...): an update when the articles'
    publication dates differ, a contradiction when they are the same, and a contradiction of low
    confidence that says so when either date is unknown."""
    if a is not None and b is not None and a != b:
        return Verdict("update", verdict.reason, verdict.confidence)
    if a is None or b is None:
        return Verdict("contradict", f"{verdict.reason}; publication times unknown, so this may be an update",
                       CONF_UNKNOWN_TIME)
    return verdict


def finding_id(kind: str, claim_ids: list[str]) -> str:
    h = hashlib.sha1(("|".join([kind] + sorted(claim_ids))).encode()).hexdigest()
    return f"f_{h[:12]}"


def readable(c: Claim) -> str:
    """The value of a claim as an editor reads it: place names instead of gazetteer keys, the
    title, aim or name as written instead of folded stems."""
    if c.property == "place" and c.value:
        info = places.place(c.value)
        return info.name if info else c.value
    if c.property == "aim":
        return c.quote
    if c.property == "role":
        written = next((s.text for s in c.signals if s.field == "value"), None)
    elif c.property in ("name", "venue"):
        written = next((s.text for s in c.signals if s.field in ("value", "property") and s.text
                        and c.start <= (s.start or c.start) and (s.end or c.end) <= c.end), None)
    else:
        return c.value or c.quote
    return written or c.value or c.quote


def display_value(c: Claim) -> str:
    v = readable(c)
    mods = [] if c.modality == "asserted" else [c.modality]
    if c.polarity == "negative":
        mods.append("not")
    return f"{v} ({', '.join(mods)})" if mods else v


def contradiction(sides: list[list[Claim]], reason: str, confidence: float, kind: str = "contradiction") -> Finding:
    ids = [c.id for s in sides for c in s]
    values = [display_value(s[0]) for s in sides]
    cited = {val: sorted({c.attribution for c in s if c.attribution}) for val, s in zip(values, sides)}
    attributed = None
    if all(cited.values()) and len({tuple(x) for x in cited.values()}) == len(cited):
        attributed = cited
        reason = f"{reason}; each side cites its own source: " + "; ".join(
            f"{', '.join(src)} says {val}" for val, src in cited.items())
    return Finding(id=finding_id(kind, ids), kind=kind, claims=ids,
                   sides=[Side(value=val, claims=[c.id for c in s]) for val, s in zip(values, sides)],
                   reason=reason, confidence=confidence, property=sides[0][0].property, subject=sides[0][0].subject,
                   event=sides[0][0].event, attributed=attributed)


def update(sides: list[list[Claim]], reason: str, confidence: float) -> Finding:
    """An evolving figure reported differently at different times; ``sides`` in time order."""
    return contradiction(sides, reason, confidence, kind="update")


def agreement(members: list[Claim], reason: str, confidence: float) -> Finding:
    ids = [c.id for c in members]
    n = len({c.article for c in members})
    return Finding(id=finding_id("agreement", ids), kind="agreement", claims=ids, reason=f"{n} sources: {reason}",
                   confidence=confidence, property=members[0].property, subject=members[0].subject, event=members[0].event)


def unsupported(c: Claim) -> Finding:
    return Finding(id=finding_id("unsupported", [c.id]), kind="unsupported", claims=[c.id],
                   reason=f"only {c.article} states this ({c.property})", confidence=CONF_SIMILAR,
                   property=c.property, subject=c.subject, event=c.event)
