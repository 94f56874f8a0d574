"""A claim under construction (``Draft``), the shape every frame of the extract stage returns, and the
window within which a value is tied to its cue. Its own module so that normalize, frames and figures
all read it without importing one another."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Signal

# A value is tied to a cue (a measure noun, an event verb) when they sit within this many tokens.
CUE_WINDOW = 6


@dataclass
class Draft:
    """A claim under construction (before its id is fixed)."""

    start: int
    end: int
    subject: str | None
    subject_label: str | None
    property: str
    value: str | None
    signals: list[Signal] = field(default_factory=list)
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    polarity: str = "positive"
    modality: str = "asserted"
    event_scoped: bool = True
    clause_mood: bool = True   # inherits the clause's polarity and modality (a title apposition does not)
    keywords: list[str] | None = None  # its own comparison words (a quantity's signature), else the clause's
