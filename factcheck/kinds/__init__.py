"""Value kinds: one module per kind, one registry.

Every claim property belongs to one registered kind. A kind's module judges two claims of its
property with one signature, ``judge(a, b, ctx) -> Verdict`` (``ctx`` a ``Context``: the two event
references, whether they can be one event and why, and the evidence the block computed), and gives
its value as the judges quote it, ``readable(claim)``, and in an editor's words, ``words(claim)``
(``kinds.reading``: "Sunday", "200,000", "Istanbul"). ``compare`` and ``group`` dispatch through
``kind_of``; adding a kind is one module, a line in ``REGISTRY`` and its data.

Modules are imported when a kind is first used (``judge_of`` / ``readable_of``), never when this
package is: importing ``factcheck.kinds`` costs nothing.

| kind | properties | module |
|---|---|---|
| quantity | ``quantity:<dimension>`` (count, percent, money:<ISO>, measure:<base unit>; a figure a measure cue names, such as the dead, carries its measure) | ``kinds.quantity_read`` reads it, ``kinds.quantity`` judges it (through ``kinds.adapters``) |
| statement | ``statement`` (a clause as a whole) | ``kinds.statement`` (through ``kinds.adapters``) |
| minute | ``minute`` (a match minute and what happened at it) | ``kinds.minute`` (through ``kinds.adapters``) |
| role | ``role`` (a person's office: head, nationality, post, portfolio) | ``kinds.role`` |
| name | ``name`` (the name given to a storm, an operation...) | ``kinds.name`` |
| designation | ``designation`` (a maker's or a series' code: "Boeing 787-8", "Apollo 11") | ``kinds.designation`` |
| leads | ``leads`` (who leads a side) | ``kinds.leads`` |
| topic | ``aim``, ``agenda`` (what a meeting is for / about: content stems) | ``kinds.topic`` |
| date | ``date``, ``start_date`` | ``kinds.date`` |
| place | ``place`` (gazetteer key) | ``kinds.place`` |
| venue | ``venue`` (a building kind and whose it is) | ``kinds.venue`` |
| clock | ``start_time``, ``departure_time`` | ``kinds.clock`` |
| duration | ``duration`` | ``kinds.duration`` |
| racetime | ``racetime`` (an elapsed time of a race or performance, in seconds) | ``kinds.racetime`` (through ``kinds.adapters``; ``racetime_read`` reads it, ``racetime_marks`` its place and earlier mark) |
| score | ``score`` (a match score: two counts, phase, teams) | ``kinds.score`` (through ``kinds.adapters``) |
| rank | ``rank`` (the place a competitor takes: an ordinal next to a rank cue) | ``kinds.rank`` |
| round | ``round`` (which occurrence in a series the event is: an ordinal next to an event noun) | ``kinds.rounds`` |
| occurrence | ``occurrence`` (which occurrence its subject is at: an ordinal, the noun it counts, the scope of the count) | ``kinds.occurrence`` |
| route | ``route:origin``, ``route:destination`` (where a journey came from / was going: gazetteer keys) | ``kinds.route`` |
| region | ``region`` (a compass direction within or from a reference area, of a named place or of the event: "NE|in|country:LY") | ``kinds.region`` (``region_read`` reads it) |
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: importing events here would import the frames
    from ..extract.events import EventRef
    from ..models import Claim
    from .base import Verdict

from .base import measure, open_measure  # noqa: E402  (importing base costs nothing: no kind module loads)

PACKAGE = __name__
# Separates a module from a function in a Kind's ``judge`` / ``readable`` ("adapters:quantity_judge").
FUNCTION_SEP = ":"


@dataclass(frozen=True)
class Kind:
    name: str             # the kind (several properties may share one, e.g. aim and agenda)
    prefix: str           # a property belongs to the entry when it is, or (ending in ":") starts with, this
    contradictable: bool  # may its clusters form a contradiction finding?
    module: str           # its module under ``factcheck.kinds``
    event_value: bool = False    # the property is itself a trait of the event (its date, its place...):
                                 # event compatibility does not compare that trait
    judge: str = "judge"         # its judge: a function of ``module``, or "<module>:<function>"
    readable: str = "readable"   # the value as an editor reads it, named the same way
    block_on_subject: bool = False  # do its claims meet only claims about the same subject?
    # Its value in an editor's words (every renderer; ``kinds.reading``), named like ``judge``. Apart
    # from ``readable``, which the judges quote in reasons and sides show, so that it stays the contract.
    words: str = "words"
    # How specific a value is, as the number of its filled parts (``judge.clustering.specificity``:
    # the most specific claims form clusters first); None: its space-separated parts counted.
    specificity: str | None = None

    def matches(self, prop: str) -> bool:
        return prop == self.prefix or (self.prefix.endswith(":") and prop.startswith(self.prefix))


@dataclass(frozen=True)
class Context:
    """What a judge knows besides the two claims: their event references (merged with their
    articles' events), whether these can be one event and why (``events.compatible``), and the
    evidence of the block: the embedding cosine of the quotes, the story's rare content words (for
    statements), the weight of each signature stem and the embedding cosine of the counted nouns of
    two figures written in different scripts (for figures)."""
    ref_a: EventRef
    ref_b: EventRef
    same_event: bool
    why: str
    similarity: float = 0.0
    rare: frozenset[str] = frozenset()
    weight: Mapping[str, float] | None = None
    head_similarity: float = 0.0

    @property
    def event(self) -> tuple[bool, str]:
        return self.same_event, self.why


Judge = Callable[["Claim", "Claim", Context], "Verdict"]

REGISTRY: tuple[Kind, ...] = (
    Kind("quantity", "quantity:", True, "quantity", judge="adapters:quantity_judge", readable="reading:plain"),
    Kind("statement", "statement", True, "statement", judge="adapters:statement_judge", readable="reading:plain"),
    Kind("minute", "minute", True, "minute", judge="adapters:minute_judge", readable="reading:plain"),
    Kind("role", "role", True, "role", block_on_subject=True),
    Kind("name", "name", False, "name", block_on_subject=True),
    Kind("designation", "designation", True, "designation", block_on_subject=True),
    Kind("leads", "leads", False, "leads", block_on_subject=True),
    Kind("topic", "aim", True, "topic", readable="aim_readable"),
    Kind("topic", "agenda", True, "topic"),
    Kind("date", "date", True, "date", event_value=True, specificity="specificity"),
    Kind("date", "start_date", True, "date", specificity="specificity"),
    Kind("place", "place", True, "place", event_value=True),
    Kind("venue", "venue", True, "venue", event_value=True),
    Kind("clock", "start_time", True, "clock", event_value=True, specificity="specificity"),
    Kind("clock", "departure_time", True, "clock", event_value=True, specificity="specificity"),
    Kind("duration", "duration", True, "duration", event_value=True),
    Kind("racetime", "racetime", True, "racetime", judge="adapters:racetime_judge", readable="reading:plain"),
    Kind("score", "score", True, "score", judge="adapters:score_judge", readable="reading:plain"),
    Kind("rank", "rank", True, "rank", block_on_subject=True),
    Kind("round", "round", True, "rounds", event_value=True),
    Kind("occurrence", "occurrence", True, "occurrence", block_on_subject=True),
    Kind("route", "route:", True, "route"),
    Kind("region", "region", True, "region", block_on_subject=True),
)


@cache   # a pure function of the property name (a story asks it per claim and per pair)
def kind_of(prop: str) -> Kind | None:
    """The registered kind of a claim property, or None for a property no kind claims."""
    for k in REGISTRY:
        if k.matches(prop):
            return k
    return None


@cache
def resolve(module: str, spec: str) -> Callable:
    """The function ``spec`` names: a function of ``factcheck.kinds.<module>``, or, written
    "<other module>:<function>", of that module. Imported on first use."""
    mod, _, fn = spec.rpartition(FUNCTION_SEP)
    return getattr(importlib.import_module(f"{PACKAGE}.{mod or module}"), fn)


def judge_of(kind: Kind) -> Judge:
    return resolve(kind.module, kind.judge)


def readable_of(kind: Kind) -> Callable[[Claim], str]:
    return resolve(kind.module, kind.readable)


def words_of(kind: Kind) -> Callable[[Claim], str]:
    return resolve(kind.module, kind.words)


def specificity_of(kind: Kind) -> Callable[[Claim], int] | None:
    return resolve(kind.module, kind.specificity) if kind.specificity else None


def block_key(c: Claim) -> tuple:
    """The block a structured claim is compared in: its property, and its subject for the kinds
    whose claims are about one person or thing (``Kind.block_on_subject``)."""
    k = kind_of(c.property)
    if k is not None and k.block_on_subject:
        return (c.property, c.subject)
    # a figure whose measure a cue named ("dead", "population") meets only figures of that measure
    name = measure(c)
    if name is not None and open_measure(c):
        return (c.property,)   # a height in metres meets the lengths no cue names (``base.open_measure``)
    return (c.property, name) if name is not None else (c.property,)
