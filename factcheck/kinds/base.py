"""What every value kind shares: the verdict on a pair of claims and the confidence scale.

A kind (``factcheck.kinds``) compares two claims of its property and returns a ``Verdict``: "agree",
"contradict", "update" (an evolving figure changed between publication times) or "unrelated", with
a reason an editor can read and the rule behind it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..lang.data import measure_dimension

if TYPE_CHECKING:
    from ..models import Claim, Signal

# Confidence of a verdict by the kind of evidence.
CONF_VALUE = 0.85        # normalized values compared
CONF_POLARITY = 0.75     # same statement, opposite polarity / modality
CONF_SIMILAR = 0.6       # similar wording only
CONF_UNKNOWN_TIME = 0.4  # differing figures that change over time, from articles of unknown date


@dataclass(frozen=True)
class Verdict:
    kind: str          # "agree" | "contradict" | "update" | "unrelated"
    reason: str
    confidence: float


UNRELATED = Verdict("unrelated", "", 0.0)


@dataclass
class FigureFrame:
    """A figure's claim under construction, as a kind reads it (``frames`` turns it into a draft):
    its span, value and precision bounds, whose it is, the stems of what it measures and the signals
    behind each part."""

    start: int
    end: int
    value: str
    low: float | None
    high: float | None
    qualifier: str
    subject: str | None
    subject_label: str | None
    signature: list[str]
    signals: list[Signal] = field(default_factory=list)

# The rule prefix of the signal naming a figure's measure (a cue of the lexicons: "dead", "population"),
# written by ``quantity``.
MEASURE_RULE = "measures"


def measure(c: Claim) -> str | None:
    """The measure a cue of the lexicons names for a figure ("dead", "population"...), if any: what
    blocks it (``block_key``), judges it (``quantity``) and names it to editors (``reading``)."""
    return next((s.text for s in c.signals if s.field == "measure" and s.rule.startswith(MEASURE_RULE)), None)


# The dimension of measures that count things (``measures.json`` "dimensions": the default).
COUNT_DIMENSION = "count"


def open_measure(c: Claim) -> bool:
    """Does a figure's named measure have a dimension of its own (``measures.json`` "dimensions": a
    height in metres), the dimension of the figure itself? Such a measure names what a figure of that
    dimension is ("ارتفاع 2.38 متر"), but the other language may state it without any cue ("a
    clearance of 2.38 metres"): it meets the open figures of its dimension (``block_key``), compared
    on their signatures as open figures are (``quantity``), not only figures of its own name."""
    name = measure(c)
    if name is None:
        return False
    dim = measure_dimension(name)
    return dim != COUNT_DIMENSION and c.property == f"quantity:{dim}"
