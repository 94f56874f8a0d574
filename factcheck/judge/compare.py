"""Stage 5, compare: judge a candidate pair of claims (agree / contradict / unrelated, with a reason)
and turn the verdicts of each block into findings.
"""
from __future__ import annotations

import datetime as dt
import hashlib

from .. import kinds
from ..extract.events import EventRef, compatible, renumbered
from ..kinds.base import CONF_POLARITY, CONF_SIMILAR, CONF_UNKNOWN_TIME, CONF_VALUE, UNRELATED, Verdict
from ..kinds.reading import with_mood
from ..kinds.requested import requested
from ..kinds.required import required
from ..models import Claim, Finding, Side

__all__ = ["CONF_POLARITY", "CONF_SIMILAR", "CONF_UNKNOWN_TIME", "CONF_VALUE", "UNRELATED", "Verdict",
           "agreement", "contradiction", "display_value", "finding_id", "judge", "over_time", "readable",
           "unsupported", "update"]


def judge(a: Claim, b: Claim, ra: EventRef, rb: EventRef, similarity: float = 0.0,
          rare: frozenset[str] = frozenset(), weight: dict[str, float] | None = None,
          head_similarity: float = 0.0) -> Verdict:
    """Compare two claims of one block through their kind (``kinds.REGISTRY``). ``ra``/``rb`` are
    their event references (merged with the article's own event); ``similarity`` is the embedding
    cosine of their quotes, ``rare`` the content words not too common in the story to count as shared
    evidence (statements), ``weight`` the weight of each signature stem and ``head_similarity`` the
    cosine of the counted nouns of two figures in different scripts (figures). A property no
    kind claims is compared with nothing."""
    if a.property != b.property:
        return UNRELATED
    kind = kinds.kind_of(a.property)
    if kind is None:
        return UNRELATED
    if requested(a) != requested(b):
        return UNRELATED   # what a party asked for against what was given ("sought 15 years" / "jailed for 12")
    if required(a) != required(b):
        return UNRELATED   # what is needed against what was reached ("needs 151 seats" / "won 112 seats")
    ignore = a.property if kind.event_value else None
    same_event, why = compatible(ra, rb, ignore=ignore)
    # One match numbered as two rounds ("won 2-1 in the third round" / "won 2-1 in the first round"),
    # or two rounds of a series: the same fact told of both is one fact the sources agree on (the
    # round is what they dispute); a different one is never set against it, as it may be another round's.
    renumbered_pair = not same_event and renumbered(ra, rb, ignore)
    if renumbered_pair:
        same_event, why = True, "compatible event"
    verdict = kinds.judge_of(kind)(a, b, kinds.Context(ra, rb, same_event, why, similarity, rare, weight,
                                                       head_similarity))
    if not renumbered_pair:
        return verdict
    if verdict.kind != "agree":
        return UNRELATED
    return Verdict("agree", f"{verdict.reason}; numbered as different rounds ({ra.ordinal} vs {rb.ordinal})",
                   verdict.confidence)


def over_time(verdict: Verdict, a: dt.date | None, b: dt.date | None) -> Verdict:
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
    """The value of a claim as an editor reads it, as its kind reads it (``kinds.readable_of``):
    place names instead of gazetteer keys, the title, aim or name as written instead of folded stems."""
    kind = kinds.kind_of(c.property)
    return kinds.readable_of(kind)(c) if kind is not None else c.value or c.quote


def display_value(c: Claim) -> str:
    return with_mood(readable(c), c)


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
