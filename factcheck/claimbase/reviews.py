"""Editors' reviews: states of claims and findings, kept as an append-only history (JSON Lines).

Every ``review set`` appends one line to ``claims/reviews.jsonl`` (reviewer, UTC time, note, previous
state): one write of a whole line, fsync'd, under the claim base's lock (history.py), so two editors
saving at once both land, and a writer killed at any moment leaves the history as it was before or
after its review. Nothing an editor wrote is ever rewritten. A torn last line (a write cut short by a
full disk or a crash) is read past with a warning and moved aside by ``factcheck review repair``.

A claim's or finding's state is its last review's. A review whose id is no longer in the base (the
claim's text or normalized content changed on re-extraction) is *orphaned*: kept and listed, never
dropped.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from . import history as history_file
from . import store
from ..errors import UnknownIdError, UsageError
from ..models import REVIEW_STATES, Claim, Finding, Review

# A contradiction one of whose sides editors marked false (every claim on it) is shown as resolved.
RESOLVED = "resolved"
# The states ``--state`` filters accept: the review states plus the derived "resolved".
FILTER_STATES = REVIEW_STATES + (RESOLVED,)
# Ratings a reader sees next to a state.
STATE_MEANING = {
    "unreviewed": "not reviewed yet",
    "confirmed": "true (for a finding: it is real)",
    "disputed": "contested (for a finding: not a real one)",
    "false": "false",
    "needs-source": "unsure: needs another source",
    RESOLVED: "a side was marked false",
}


def history_path(root: Path) -> Path:
    return Path(root) / store.REVIEWS_FILE


def read_history(root: Path) -> list[Review]:
    """Every review, oldest first ([] when nobody reviewed yet)."""
    path = history_path(root)
    return history_file.read(path) if path.exists() else []


def check_state(state: str, allowed: tuple[str, ...] = REVIEW_STATES) -> str:
    if state not in allowed:
        raise UsageError(f"unknown state {state!r} (choose from {', '.join(allowed)})")
    return state


def check_reviewer(by: str) -> str:
    by = by.strip()
    if not by:
        raise UsageError("reviewer name is empty (--by NAME)")
    return by


@dataclass
class Reviews:
    """The history indexed by id, and the states derived from it."""

    history: list[Review] = field(default_factory=list)
    by_id: dict[str, list[Review]] = field(default_factory=dict)
    moved: set[str] = field(default_factory=set)  # old ids whose state was carried over to a new id

    @classmethod
    def of(cls, history: list[Review]) -> "Reviews":
        """Index ``history``; an id carried over from an old one inherits the old id's history."""
        r = cls(history=list(history))
        for rev in history:
            if rev.moved_from and rev.id not in r.by_id:
                r.by_id[rev.id] = list(r.by_id.get(rev.moved_from, []))
            r.by_id.setdefault(rev.id, []).append(rev)
            if rev.moved_from:
                r.moved.add(rev.moved_from)
        return r

    @classmethod
    def load(cls, root: Path) -> "Reviews":
        return cls.of(read_history(root))

    def state(self, id: str) -> str:
        revs = self.by_id.get(id)
        return revs[-1].state if revs else "unreviewed"

    def last(self, id: str) -> Review | None:
        revs = self.by_id.get(id)
        return revs[-1] if revs else None

    def false_sides(self, f: Finding) -> list[int]:
        """Indices of the contradiction's sides all of whose claims editors marked false."""
        return [k for k, side in enumerate(f.sides)
                if side.claims and all(self.state(c) == "false" for c in side.claims)]

    def status(self, f: Finding) -> str:
        """The finding's state as shown: 'resolved' for a contradiction with a false side."""
        if f.kind == "contradiction" and self.false_sides(f):
            return RESOLVED
        return self.state(f.id)

    def matches(self, f: Finding, state: str) -> bool:
        """Whether ``--state state`` shows finding ``f``: its own status or one of its claims' state."""
        return self.status(f) == state or any(self.state(c) == state for c in f.claims)

    def decided(self, id: str) -> Review | None:
        """The review that set ``id``'s state: the last one written by an editor, not a line with which
        re-extraction carried the state over (``moved_from``); the last one when only those exist."""
        revs = self.by_id.get(id) or []
        own = [r for r in revs if r.moved_from is None]
        return own[-1] if own else (revs[-1] if revs else None)

    def reviewed_claims(self, id: str) -> list[str] | None:
        """The finding's claims when it was last reviewed (carried over with it), or None when unknown."""
        for rev in reversed(self.by_id.get(id) or []):
            if rev.claims is not None:
                return list(rev.claims)
        return None

    def joined_since_review(self, f: Finding) -> list[str] | None:
        """The finding's claims that joined it after its last review (a story grew); None when it was
        never reviewed or the review did not record its claims."""
        if self.last(f.id) is None:
            return None
        before = self.reviewed_claims(f.id)
        if before is None:
            return None
        moved = {r.moved_from: r.id for r in self.history if r.moved_from and r.target == "claim"}
        seen = {moved.get(c, c) for c in before} | set(before)
        return [c for c in f.claims if c not in seen]

    def orphans(self, known: set[str]) -> list[Review]:
        """The last review of every reviewed id that ``known`` (the base's ids) no longer holds."""
        return [revs[-1] for id, revs in self.by_id.items() if id not in known and id not in self.moved]


def report_states(reviews: Reviews, findings: list[Finding], root: Path) -> dict:
    """The JSON report's ``reviews``: the claim base whose reviews it shows, and the state of every
    finding of the report (and claim of its findings) that is not "unreviewed", with who decided it and
    when (the state of any id not listed is "unreviewed")."""
    states: dict[str, dict] = {}

    def put(id: str, state: str) -> None:
        last = reviews.decided(id)
        states[id] = {"state": state, "by": last.by if last else None,
                      "at": last.at.strftime("%Y-%m-%dT%H:%M:%SZ") if last else None}

    if reviews.history:
        for f in findings:
            if reviews.status(f) != "unreviewed":
                put(f.id, reviews.status(f))
        for f in findings:
            for c in f.claims:
                if c not in states and reviews.state(c) != "unreviewed":
                    put(c, reviews.state(c))
    return {"claims_dir": str(root), "default": "unreviewed", "states": states}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _snapshot(base: store.ClaimBase, id: str) -> tuple[str, str | None, str | None]:
    target = base.target(id)
    if target is None:
        raise UnknownIdError(f"unknown id {id!r} (not a claim or finding in {base.root})")
    if target == "claim":
        c: Claim = base.claims[id]
        return target, c.article, c.quote
    return target, None, base.findings[id].reason


def _claims_snapshot(base: store.ClaimBase, id: str) -> list[str] | None:
    """A finding's claims at the time of its review (None for a claim)."""
    f = base.findings.get(id)
    return list(f.claims) if f is not None and id not in base.claims else None


def append_locked(root: Path, entries: list[dict]) -> list[Review]:
    """Append reviews (dicts of Review fields without ``previous``) to the history. The caller holds
    the lock. A torn last line is refused, never written after."""
    path = history_path(root)
    store.remove_stale_temporaries(path)   # left by a version that rewrote the history
    return history_file.append(path, entries)


def repair(root: Path) -> history_file.Repair:
    """``review repair``: move a torn last line of the history aside (under the lock)."""
    root = Path(root)
    if not root.is_dir():
        raise store.missing_base(root)
    with store.locked(root):
        return history_file.repair(history_path(root))


def set_state(root: Path, id: str, state: str, by: str, note: str = "",
              now: dt.datetime | None = None) -> Review:
    """Record a review of ``id`` (a claim or finding of the base at ``root``) and return it."""
    check_state(state)
    by = check_reviewer(by)
    root = Path(root)
    with store.locked(root):
        base = store.load(root)
        target, article, quote = _snapshot(base, id)
        entry = dict(id=id, target=target, state=state, by=by, at=now or _now(), note=note, article=article,
                     quote=quote, claims=_claims_snapshot(base, id))
        return append_locked(root, [entry])[0]


# Who carries reviews over on re-extraction.
CARRIER = "factcheck extract"


def _content(c: Claim) -> tuple:
    """A claim's text and normalized content: everything but its id, span and the signals' offsets."""
    return (c.article, c.quote, c.property, c.subject, c.value, c.value_low, c.value_high, c.qualifier,
            c.polarity, c.modality, c.attribution, c.event, tuple(c.entities), tuple(c.keywords))


def finding_moves(old_findings: list[Finding], new_findings: list[Finding], claim_map: dict[str, str],
                   reviewed: set[str]) -> dict[str, tuple[str, int, int]]:
    """Where each reviewed finding that is no longer in the story went: the new finding of the same kind
    holding most of its claims (claims whose id moved followed), when one holds any. A finding that
    split goes to its largest part; when several merged into one, the one sharing most claims moves
    (ties: the earlier in the story). Returns old id -> (new id, claims shared, old claim count)."""
    new_ids = {f.id for f in new_findings}
    holder: dict[str, list[int]] = {}
    for k, f in enumerate(new_findings):
        for c in f.claims:
            holder.setdefault(c, []).append(k)
    best: dict[str, tuple[str, int, int]] = {}
    for f in old_findings:
        if f.id in new_ids or f.id not in reviewed:
            continue
        shared: dict[int, int] = {}
        for c in {claim_map.get(c, c) for c in f.claims}:
            for k in holder.get(c, []):
                if new_findings[k].kind == f.kind:
                    shared[k] = shared.get(k, 0) + 1
        if shared:
            k = max(shared, key=lambda k: (shared[k], -k))
            best[f.id] = (new_findings[k].id, shared[k], len(f.claims))
    taken: dict[str, str] = {}   # new id -> the old id moving there
    for old, (new, n, _) in sorted(best.items(), key=lambda kv: (-kv[1][1], kv[0])):
        taken.setdefault(new, old)
    return {old: best[old] for old in taken.values()}


def carry_over(root: Path, old_claims: list[Claim], new_claims: list[Claim], old_findings: list[Finding],
               new_findings: list[Finding]) -> int:
    """After re-extraction (the caller holds the lock): append ``carried_entries``; returns how many
    states were carried; the old lines stay as they were."""
    return len(append_locked(root, carried_entries(root, old_claims, new_claims, old_findings, new_findings)))


def carried_entries(root: Path, old_claims: list[Claim], new_claims: list[Claim], old_findings: list[Finding],
                    new_findings: list[Finding]) -> list[dict]:
    """The reviews a re-extraction carries over (computed before anything is written): a reviewed
    claim that disappeared while a claim with the same text and normalized content appeared (its span
    moved, so its id changed) passes its state to the new id; a reviewed finding no longer in the story
    passes its state to the new finding of the same kind holding most of its claims (it split, merged,
    or its claims changed ids), with the claims it had when reviewed. (A finding whose claims only grew
    keeps its id: identity.py.) Dicts of Review fields without ``previous``."""
    reviews = Reviews.load(root)
    new_ids = {c.id for c in new_claims}
    gone: dict[tuple, list[Claim]] = {}
    for c in sorted(old_claims, key=lambda c: c.start):
        if c.id not in new_ids:
            gone.setdefault(_content(c), []).append(c)
    old_ids = {c.id for c in old_claims}
    mapping: dict[str, str] = {}
    for c in sorted(new_claims, key=lambda c: c.start):
        if c.id not in old_ids and gone.get(_content(c)):
            mapping[gone[_content(c)].pop(0).id] = c.id
    claim_map = dict(mapping)
    old_by_id = {f.id: f for f in old_findings}
    moves = finding_moves(old_findings, new_findings, claim_map, set(reviews.by_id))
    for old, (new, _n, _total) in moves.items():
        mapping[old] = new
    entries = []
    by_id = {c.id: c for c in new_claims}
    new_f = {f.id: f for f in new_findings}
    for old, new in mapping.items():
        last = reviews.last(old)
        if last is None or reviews.last(new) is not None:
            continue
        c = by_id.get(new)
        if old in moves:
            n, total = moves[old][1], moves[old][2]
            before = reviews.reviewed_claims(old) or list(old_by_id[old].claims)
            entries.append(dict(id=new, target=last.target, state=last.state, by=CARRIER, at=_now(),
                                note=f"carried over from {old}: {n} of its {total} claims are in this finding "
                                     f"(it split, merged or its claims changed)",
                                quote=new_f[new].reason, moved_from=old,
                                claims=[claim_map.get(x, x) for x in before]))
            continue
        entries.append(dict(id=new, target=last.target, state=last.state, by=CARRIER, at=_now(),
                            note=f"carried over from {old}: same text and normalized content, new span",
                            article=c.article if c else None, quote=c.quote if c else last.quote, moved_from=old))
    return entries


def set_many(root: Path, items: list[tuple[str, str]], by: str, note: str = "") -> list[Review]:
    """Several reviews in a row (the interactive review marking a whole side false)."""
    return [set_state(root, id, state, by, note) for id, state in items]
