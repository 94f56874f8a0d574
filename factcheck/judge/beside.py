"""A clause beside its structured claims that joins the statement agreement it belongs to.

A clause whose structured claims hold most of it (``normalize.BESIDE_RULE``) stands beside them as a
statement: it joins another source's statement only when that statement found no agreement otherwise
(``group._beside_agreements``). When the other sources' clauses already agree with each other, the
beside clause stayed out of their agreement although it states the same thing, and its structured
claims (of properties the other clauses do not state as such, or told too differently for their
kind) were reported as single-source.

Here each beside clause still uncovered joins the one statement agreement of other sources it agrees
with: it agrees with at least two of three members of that agreement written in its script and in
another article (``BESIDE_JOIN_SHARE``; a looser linkage than ``clustering.cluster``'s, as the clause
has already been judged a statement of facts its structured claims hold), contradicts none, and its
own article has no member there. A clause that fits two agreements joins none (it cannot be told
which fact it states). Its structured claims that no finding holds are then stated by other sources
too (the agreeing clauses tell them as a whole) and are no longer reported as single-source.
"""
from __future__ import annotations

from collections import defaultdict
from fractions import Fraction
from typing import Callable

from . import compare
from ..extract.events import EventRef
from ..lang.text import script_of
from ..models import Claim, Finding

# The rule named in the reason of an agreement a clause joined this way (provenance).
BESIDE_JOIN_RULE = "judge.beside: a clause beside its structured claims joins the statement agreement it agrees with"

# The share of a group's members (in the clause's script, from other articles) a beside clause must
# agree with to join it, none contradicting it. Measured on the scoreboard: every member (complete
# linkage, as before) left out clauses that state the group's fact but not in the words of each of its
# members; two of three joins them (algeria agreement F1 0.80 -> 0.81, unsupported 0.82 -> 0.84) and
# lowers no set; one half lowered the seeds (agreement 0.84 -> 0.81) and air_india.
BESIDE_JOIN_SHARE = Fraction(2, 3)

Judge = Callable[[Claim, Claim], compare.Verdict]


def held(stmt: Claim, structured: list[Claim]) -> list[Claim]:
    """The claims of ``structured`` that lie within the statement's clause (same article, inside its
    span)."""
    return [c for c in structured if c.article == stmt.article and stmt.start <= c.start and c.end <= stmt.end]


def fitting(c: Claim, members: list[Claim], judge: Judge) -> compare.Verdict | None:
    """The verdict by which clause ``c`` joins a group of ``members``: its first agreement, when it
    agrees with at least BESIDE_JOIN_SHARE of the members of its script from another article (one at
    least), the group holds no claim of its own article and nothing contradicts it; else None."""
    if any(m.article == c.article for m in members):
        return None
    same = [m for m in members if script_of(m.quote) == script_of(c.quote)]
    if not same:
        return None
    verdicts = [judge(c, m) for m in same]
    agreeing = [v for v in verdicts if v.kind == "agree"]
    if any(v.kind == "contradict" for v in verdicts) or len(agreeing) < BESIDE_JOIN_SHARE * len(same):
        return None
    return agreeing[0]


def join_groups(beside: list[Claim], pairs: dict[tuple[str, str], float], claims: list[Claim],
                refs: dict[str, EventRef], rare: frozenset[str], out: list[Finding], covered: set[str]) -> None:
    """Each uncovered clause of ``beside`` joins the one statement agreement of ``out`` it fits (see
    the module docstring); ``pairs`` are the candidate statement pairs (a clause is offered only the
    agreements holding one of its candidates). Replaces those findings in ``out`` and adds to
    ``covered`` the clauses and their structured claims no finding held."""
    by_id = {c.id: c for c in claims}
    structured = [c for c in claims if c.property != "statement"]
    in_finding = {cid for f in out for cid in f.claims}
    groups = [k for k, f in enumerate(out) if f.kind == "agreement" and f.property == "statement"]
    neighbours: dict[str, set[str]] = defaultdict(set)
    for x, y in pairs:
        neighbours[x].add(y)
        neighbours[y].add(x)

    def judge(a: Claim, b: Claim) -> compare.Verdict:
        return compare.judge(a, b, refs[a.id], refs[b.id], rare=rare)

    joined: dict[int, list[Claim]] = defaultdict(list)
    for c in beside:
        if c.id in covered or not neighbours[c.id]:
            continue
        fits = []
        for k in groups:
            members = [by_id[i] for i in out[k].claims if i in by_id]
            if neighbours[c.id].isdisjoint(m.id for m in members):
                continue
            if fitting(c, members, judge) is not None:
                fits.append(k)
        if len(fits) == 1:
            joined[fits[0]].append(c)
    for k, new in sorted(joined.items()):
        f = out[k]
        members = [by_id[i] for i in f.claims] + new
        reason = f.reason.split(": ", 1)[-1]   # without the old count of sources (``compare.agreement``)
        out[k] = compare.agreement(members, f"{reason}; {BESIDE_JOIN_RULE}", f.confidence)
        for c in new:
            covered.add(c.id)
            covered.update(h.id for h in held(c, structured) if h.id not in in_finding)
