"""How a kind's value reads to an editor, for the kinds that share a reading: the normalized value
itself, or the words of the claim's own span that stated it."""
from __future__ import annotations

from ..models import Claim


def plain(c: Claim) -> str:
    """The value as it is normalized, else the quote (figures, dates, counts...)."""
    return c.value or c.quote


def written(c: Claim) -> str | None:
    """The words of the claim's own span that stated its value or property, as written."""
    return next((s.text for s in c.signals if s.field in ("value", "property") and s.text
                 and c.start <= (s.start or c.start) and (s.end or c.end) <= c.end), None)
