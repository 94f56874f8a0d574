"""The leads kind: a person who leads a side (``leads``, its value the side's country when stated).
Two claims that one person leads agree unless both name the side and the sides differ (then they
are not compared: a person may lead several delegations)."""
from __future__ import annotations

from ..models import Claim
from . import Context
from .base import CONF_VALUE, UNRELATED, Verdict
from .reading import key_words, plain


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if a.subject != b.subject:
        return UNRELATED
    if a.value and b.value and a.value != b.value:
        return UNRELATED
    return Verdict("agree", "same person leads the same side", CONF_VALUE)


def readable(c: Claim) -> str:
    return plain(c)


def words(c: Claim) -> str:
    """The side led, as a country's name ("Russia"); the quote when no side is named."""
    return key_words(c.value) or c.quote
