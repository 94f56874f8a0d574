"""The common interface (``judge(a, b, ctx)``, ``readable(claim)``) for the kinds whose modules keep
signatures of their own (``quantity``, ``statement``, ``minute``, ``racetime``, ``score``): thin adapters, nothing more.
Their values read as normalized (``reading.plain``), as the contradiction sides always showed them.
"""
from __future__ import annotations

from dataclasses import replace

from ..extract.events import compatible
from ..models import Claim
from . import Context, minute, quantity, racetime, score, statement
from .base import Verdict


def quantity_judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return quantity.judge(a, b, ctx.event, ctx.similarity, ctx.weight, ctx.head_similarity)


def statement_judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return statement.judge(a, b, ctx.similarity, ctx.rare)


def minute_judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return minute.judge(a, b, ctx.event, ctx.similarity, ctx.weight)


def racetime_judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    event = ctx.event
    if not ctx.same_event and racetime.earlier(a) and racetime.earlier(b):
        # two earlier marks ("the previous record of ...", "the old record, set two years ago") are
        # one earlier occurrence whether or not their clauses date it: only their other traits count
        event = compatible(replace(ctx.ref_a, relation="prior"), replace(ctx.ref_b, relation="prior"))
    return racetime.judge(a, b, event, ctx.similarity, ctx.weight)


def score_judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return score.judge(a, b, ctx.event, ctx.similarity, ctx.weight)
