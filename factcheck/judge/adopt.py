"""Figures left alone by their block. A figure whose measure a cue names ("38 people were killed")
and one whose measure no cue names ("... and at least 38 on the ground") sit in different blocks
(``kinds.block_key``) and so are never compared, although ``kinds.quantity`` judges such a pair
(agreement only: without the measure on both sides nothing is strong enough for a clash). Within a
block, clusters form in one pass (``clustering.cluster``): a figure placed before the figures it
agrees with may be left alone when they join another cluster first ("return 50 of the women" alone,
"some 50 hostages" gone to a cluster of the same 50 in another language).

After the blocks are judged, each figure still uncovered (no finding holds it) is offered the groups
of its dimension: an agreement, a side of a contradiction, or another uncovered figure. It joins a
group when it agrees with a member of another article written in its script (across scripts no
cosine is at hand here: an equal large value alone joined a toll of the dead with a count of the
missing on a dev story), contradicts none, every other member agrees with it or states a figure
within its precision (the rule of ``clustering.cluster`` for figures), it agrees with no claim on
another side of that contradiction and its own article has none there (the source told the two
values apart), and exactly one group fits (precision first: a figure that fits two groups joins
none). Across blocks the agreeing member must also be described by its words
(``quantity_traits.describes``) or state a rare value (RARE_VALUE_MIN).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from . import compare
from ..kinds import block_key, quantity, quantity_traits
from ..kinds.quantity_value import number_of
from ..lang.text import script_of
from ..models import Claim, Finding

# The rule named in the reason of a group a figure joined this way (provenance).
ADOPT_RULE = "judge.adopt: a figure left alone joins the one group it agrees with"
# Finding kinds whose groups a figure may join: an agreement, or one side of a contradiction (the
# sides of an update are values at different times; a figure without a time is not placed among them).
JOINABLE = ("agreement", "contradiction")

# An equal value is evidence enough across blocks (no words shared) from this size up, or with a
# fraction: on the dev stories the equal values so joined were 46.1 % (a turnout without its noun)
# and 5,300 (a toll "in the city alone"), both right; small whole counts coincide by chance in one
# story ("17 killed" / "17 aid trucks"), so the within-block threshold (quantity_traits.DISTINCTIVE_MIN, 10)
# is not used here.
RARE_VALUE_MIN = 1000

Judge = Callable[[Claim, Claim], compare.Verdict]
Related = Callable[[Claim, Claim], bool]


@dataclass
class _Group:
    """A group a figure may join: the finding it belongs to (None for a lone uncovered figure), the
    side of a contradiction (-1: none), and its claims."""
    finding: int | None
    side: int
    members: list[Claim]
    joined: list[tuple[Claim, compare.Verdict]] = field(default_factory=list)


def _rare_equal(a: Claim, b: Claim) -> bool:
    """Do two figures state one value that rarely recurs by chance (RARE_VALUE_MIN or more, or with
    a fraction), within each other's precision?"""
    x = number_of(a.value or "")
    rare = x is not None and (abs(x) >= RARE_VALUE_MIN or x != int(x))
    return rare and quantity.meets(a, b) and quantity_traits.close(a, b)


def _fits(x: Claim, g: _Group, rivals: list[Claim], judge: Judge, related: Related) -> compare.Verdict | None:
    """The agreement by which ``x`` joins ``g``, or None. ``x`` must agree with a member of ``g`` from
    another article, written in its script, and contradict none; every other member must agree with
    it or state a figure within its precision (``clustering.cluster``'s rule for figures). ``x`` must
    agree with no member of another side (``rivals``): a vague figure fits both sides of a clash.
    Across blocks, an agreeing member must also be described by the words of ``x`` (``related``) or
    state a rare value (``_rare_equal``)."""
    others = [m for m in g.members if m.article != x.article and m.id != x.id]
    if not any(quantity.meets(x, m) for m in others):
        return None   # an agreement needs meeting figures: the cheap test first (no verdict asked)
    across = block_key(others[0]) != block_key(x)
    verdicts = [(m, judge(x, m)) for m in others]
    if any(v.kind in ("contradict", "update") for _, v in verdicts):
        return None
    if not all(v.kind == "agree" or quantity.meets(x, m) for m, v in verdicts):
        return None
    backing = [v for m, v in verdicts if v.kind == "agree" and script_of(m.quote) == script_of(x.quote)
               and (not across or related(x, m) or _rare_equal(x, m))]
    if not backing:
        return None   # across scripts no cosine is at hand here; across blocks an equal small value alone
        # ("17 killed" / "17 trucks") is no evidence
    if any(judge(x, r).kind == "agree" for r in rivals if r.article != x.article):
        return None
    return backing[0]


def adopt(claims: list[Claim], out: list[Finding], covered: set[str], judge: Judge, related: Related) -> None:
    """Let uncovered figures join a group of another block of their dimension (see the module
    docstring); ``out`` and ``covered`` are updated in place. ``judge`` compares two claims,
    ``related`` says whether two figures' words describe one thing (their signatures)."""
    by_id = {c.id: c for c in claims}
    figures = [c for c in claims if c.property.startswith("quantity:")]
    groups: dict[str, list[_Group]] = defaultdict(list)   # property -> groups
    for k, f in enumerate(out):
        if f.kind not in JOINABLE or not (f.property or "").startswith("quantity:"):
            continue
        if f.kind == "agreement":
            groups[f.property].append(_Group(k, -1, [by_id[i] for i in f.claims if i in by_id]))
        else:
            for s, side in enumerate(f.sides):
                groups[f.property].append(_Group(k, s, [by_id[i] for i in side.claims if i in by_id]))
    alone = sorted((c for c in figures if c.id not in covered), key=lambda c: c.id)
    for c in alone:
        groups[c.property].append(_Group(None, -1, [c]))
    taken: set[str] = set()
    for x in alone:
        if x.id in taken:
            continue
        fitting = []
        for g in groups[x.property]:
            if any(m.id == x.id for m in g.members) or (g.finding is None and g.members[0].id in taken):
                continue
            rivals: list[Claim] = []
            if g.finding is not None and g.side >= 0:
                if _told_other_side(x, out[g.finding], g.side, by_id):
                    continue
                rivals = [by_id[i] for s, sd in enumerate(out[g.finding].sides) if s != g.side
                          for i in sd.claims if i in by_id]
            verdict = _fits(x, g, rivals, judge, related)
            if verdict is not None:
                fitting.append((g, verdict))
        if len(fitting) != 1:
            continue
        g, verdict = fitting[0]
        g.members.append(x)
        g.joined.append((x, verdict))
        taken.add(x.id)
        if g.finding is None:
            taken.add(g.members[0].id)
    _rebuild(groups, out, covered)


def _told_other_side(x: Claim, f: Finding, side: int, by_id: dict[str, Claim]) -> bool:
    """Does the article of ``x`` hold a claim on another side of the contradiction ``f``?"""
    return any(by_id[i].article == x.article for s, sd in enumerate(f.sides) if s != side
               for i in sd.claims if i in by_id)


def _rebuild(groups: dict[str, list[_Group]], out: list[Finding], covered: set[str]) -> None:
    """Rewrite the findings whose groups took a figure, and add the new agreements of lone figures."""
    changed: dict[int, list[_Group]] = defaultdict(list)
    for gs in groups.values():
        for g in gs:
            if not g.joined:
                continue
            covered.update(c.id for c in g.members)
            if g.finding is None:
                _, why = g.joined[0]
                out.append(compare.agreement(g.members, f"{why.reason}; {ADOPT_RULE}", why.confidence))
            else:
                changed[g.finding].append(g)
    for k, gs in changed.items():
        f = out[k]
        note = "; ".join(f"{x.quote[:40]!r} joined ({v.reason})" for g in gs for x, v in g.joined)
        reason = f"{f.reason}; {ADOPT_RULE}: {note}"
        if f.kind == "agreement":
            members = [m for g in gs for m in g.members]
            ids = list(f.claims) + [x.id for g in gs for x, _ in g.joined]
            told = f.reason.split(": ", 1)[1] if " sources: " in f.reason else f.reason   # "N sources: ..."
            reason = f"{len({m.article for m in members})} sources: {told}; {ADOPT_RULE}: {note}"
            out[k] = f.model_copy(update={"claims": ids, "id": compare.finding_id("agreement", ids), "reason": reason})
        else:
            sides = [list(s.claims) for s in f.sides]
            for g in gs:
                sides[g.side].extend(x.id for x, _ in g.joined)
            ids = [i for s in sides for i in s]
            new_sides = [s.model_copy(update={"claims": ids_}) for s, ids_ in zip(f.sides, sides)]
            out[k] = f.model_copy(update={"claims": ids, "sides": new_sides,
                                          "id": compare.finding_id(f.kind, ids), "reason": reason})
