"""A finding's id: what it is about, not the set of its claims.

A story grows every hour; a new article that joins a side of a contradiction (or an agreement) must
leave the finding's id, and so the editors' review of it, as it was. The id therefore hashes what the
finding is about:

    kind | comparison block (property, and the subject or measure its kind blocks on) | subject | event
    | anchor

where the subject and the event (the first word of the claims' event references: which event, not its
date or place, which a joining article may add) are the most common among the finding's claims, and
the anchor is what tells apart two findings of one block: nothing for a contradiction or an update (the
clash of the block's values is the finding, whichever values join it), the shared value for an
agreement, the claim itself for a single-source finding.

What is about "the place of the event" in one story is about it in another too: the key also names
the finding's first witness, its claim in the earliest published article (then by article id and
position). A story grows with later articles, so the witness stays while articles join; ids of two
stories (or two events) never meet.

Two findings of one story with the same key (statements, whose block is their property alone, or two
agreements on one value of different events of the same name) fall back to their claim sets: those
ids change when a claim joins, and re-extraction moves their reviews with a ``moved_from`` line
(review.carry_over).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

from .. import kinds
from ..models import Claim, Finding

# Characters of the SHA-1 hex digest kept in a finding id (as claim ids: 48 bits).
ID_HEX_CHARS = 12
# The claims' property that has no structured value: its block is the property alone.
STATEMENT = "statement"
# Kinds whose identity has no anchor: the clash (or the change over time) of one block's values.
CLASH_KINDS = ("contradiction", "update")


def _mode(values: list[str | None]) -> str:
    """The most common value ("" for none); ties go to the smallest, so the order of claims is moot."""
    counts = Counter("" if v is None else str(v) for v in values)
    if not counts:
        return ""
    top = max(counts.values())
    return min(v for v, n in counts.items() if n == top)


def _event_head(event: str | None) -> str | None:
    return event.split()[0] if event else None


def witness(claims: list[Claim], published: dict[str, dt.date | None]) -> Claim:
    """The claim of the earliest published article (unknown dates last; then by article id, start)."""
    return min(claims, key=lambda c: (published.get(c.article) or dt.date.max, c.article, c.start, c.id))


def about_key(f: Finding, claims: list[Claim], published: dict[str, dt.date | None] | None = None) -> tuple[str, ...]:
    """What ``f`` is about (see the module's docstring), from its claims ``claims``."""
    if not claims:
        return (f.kind, f.property or "", f.subject or "", f.event or "", f.reason)
    first = claims[0]
    block = (STATEMENT,) if first.property == STATEMENT else tuple(str(x) for x in kinds.block_key(first))
    subject = _mode([c.subject for c in claims])
    event = _mode([_event_head(c.event) for c in claims])
    if f.kind in CLASH_KINDS:
        anchor = ""
    elif f.kind == "unsupported":
        anchor = first.id
    else:
        anchor = _mode([c.value for c in claims])
    return (f.kind, *block, subject, event, anchor, witness(claims, published or {}).id)


def _digest(parts: tuple[str, ...] | list[str]) -> str:
    h = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()
    return f"f_{h[:ID_HEX_CHARS]}"


def finding_ids(findings: list[Finding], by_id: dict[str, Claim],
                published: dict[str, dt.date | None] | None = None) -> list[str]:
    """The ids of one story's findings, in order: by what each is about, by its claims where two share
    that (see the module's docstring). ``published``: article id -> publication date."""
    keys = [about_key(f, [by_id[c] for c in f.claims if c in by_id], published) for f in findings]
    counts = Counter(keys)
    return [_digest(k) if counts[k] == 1 else _digest([*k, "claims", *sorted(f.claims)])
            for f, k in zip(findings, keys)]


def with_ids(findings: list[Finding], by_id: dict[str, Claim],
             published: dict[str, dt.date | None] | None = None) -> list[Finding]:
    """The findings with their ids by ``finding_ids`` (nothing else changes), in the list given (each
    original goes as its copy comes: a large story's findings are never held twice)."""
    for k, new in enumerate(finding_ids(findings, by_id, published)):
        if new != findings[k].id:
            findings[k] = findings[k].model_copy(update={"id": new})
    return findings
