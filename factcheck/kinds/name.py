"""The name kind: the name a story gives to a storm, an operation... (``name``, its subject the
kind of thing named, its value the name's skeleton). Two equal names of one kind of thing agree; a
story may name two storms, so different names are never a clash."""
from __future__ import annotations

from ..models import Claim
from . import Context
from .base import CONF_VALUE, UNRELATED, Verdict
from .reading import plain, value_text, written


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if a.subject != b.subject or a.value != b.value:
        return UNRELATED   # a story may name two storms; different names are not a clash
    return Verdict("agree", f"same name ({a.subject_label} / {b.subject_label})", CONF_VALUE)


def readable(c: Claim) -> str:
    """The name as written."""
    return written(c) or plain(c)


def words(c: Claim) -> str:
    """The name as written (else the subject's label, which holds it)."""
    return value_text(c) or c.subject_label or plain(c)
