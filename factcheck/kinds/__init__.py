"""Value kinds: one module per kind, one registry.

Each kind says how two claims of its properties are judged (``judge``), whether its clusters can
take part in a contradiction, and how its value reads to an editor. ``compare`` and ``group``
dispatch through ``kind_of``; properties of the older frames (role, date, place, venue, name, aim,
agenda, count:<measure>) are still judged in ``compare`` and have no entry yet.

| kind | properties | module |
|---|---|---|
| quantity | ``quantity:<dimension>`` (count, percent, money:<ISO>, measure:<base unit>) | ``kinds.quantity`` |
| statement | ``statement`` (a clause as a whole) | ``kinds.statement`` |
| minute | ``minute`` (a match minute and what happened at it) | ``kinds.minute`` |
| racetime | ``racetime`` (an elapsed time of a race or performance, in seconds) | ``kinds.racetime`` |
| score | ``score`` (a match score: two counts, phase, teams) | ``kinds.score`` |
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    prefix: str           # a property belongs to the kind when it is, or starts with, this
    contradictable: bool  # may its clusters form a contradiction finding?


REGISTRY: tuple[Kind, ...] = (
    Kind("quantity", "quantity:", True),
    Kind("statement", "statement", True),
    Kind("minute", "minute", True),
    Kind("racetime", "racetime", True),
    Kind("score", "score", True),
)


def kind_of(prop: str) -> Kind | None:
    """The registered kind of a claim property, or None for the older frames' properties."""
    for k in REGISTRY:
        if prop == k.prefix or (k.prefix.endswith(":") and prop.startswith(k.prefix)):
            return k
    return None


def judge_value(kind: Kind, a, b, event: tuple[bool, str], similarity: float = 0.0, weight: dict | None = None):
    """The verdict of a value kind's own ``judge`` (``kinds.<name>.judge``) on two claims of its
    property, or None for a kind that ``compare`` judges itself (quantity, statement)."""
    if kind.name == "minute":
        from . import minute
        return minute.judge(a, b, event, similarity, weight)
    if kind.name == "racetime":
        from . import racetime
        return racetime.judge(a, b, event, similarity, weight)
    if kind.name == "score":
        from . import score
        return score.judge(a, b, event, similarity, weight)
    return None
