"""The role kind: a person's office (``role``), normalized as "head|nationality|post|portfolio"
(the title's head noun, the country it is of, where its holder is posted, and its portfolio).

Two roles of one person are compared when they name the same office (``persons.same_office``):
they contradict when the title's nationality, the posting or the portfolio differ, or when one
says the person holds the office and the other that they are only expected to; else they agree.
"""
from __future__ import annotations

from ..models import Claim
from ..mentions.persons import same_office
from . import Context
from .base import CONF_POLARITY, CONF_VALUE, UNRELATED, Verdict
from .reading import plain, value_text

STATUS_MODALITIES = {"expected", "planned", "possible"}
# Two titles of one person that share their office noun and differ in what qualifies it may still
# both be right (a deputy who is also a minister): lower than CONF_VALUE.
CONF_TITLE = 0.5
# ... and the qualifier each title adds is one word ("prime" / "finance" minister, "interim" /
# "incumbent" president); longer differences are a title misread from its clause.
TITLE_QUALIFIER_WORDS = 1
# Separates the fields of a role's value; a portfolio's parts are joined by PORTFOLIO_SEP.
FIELD_SEP = "|"
PORTFOLIO_SEP = "+"
EMPTY_ROLE = "|||"


def fields(c: Claim) -> list[str]:
    return (c.value or EMPTY_ROLE).split(FIELD_SEP)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if a.subject != b.subject:
        return UNRELATED
    ha, na, pa, fa = fields(a)
    hb, nb, pb, fb = fields(b)
    if not same_office(ha, hb):
        ta, tb = set(ha.split()), set(hb.split())
        if ta & tb and 0 < len(ta - tb) <= TITLE_QUALIFIER_WORDS and 0 < len(tb - ta) <= TITLE_QUALIFIER_WORDS \
                and ctx.same_event:
            # one office noun, qualified differently ("prime minister" / "finance minister")
            return Verdict("contradict", f"different title ({ha} vs {hb}); {ctx.why}", CONF_TITLE)
        return UNRELATED   # two different offices: a person may hold both
    if na and nb and na != nb:
        return Verdict("contradict", f"title nationality differs ({na} vs {nb})", CONF_VALUE)
    if pa and pb and pa != pb:
        return Verdict("contradict", f"posted to different places ({pa} vs {pb})", CONF_VALUE)
    if fa and fb:
        sa, sb = set(fa.split(PORTFOLIO_SEP)), set(fb.split(PORTFOLIO_SEP))
        if not (sa <= sb or sb <= sa):
            return Verdict("contradict", f"different portfolio ({' and '.join(sorted(sa))} vs {' and '.join(sorted(sb))})", CONF_VALUE)
    ma, mb = a.modality in STATUS_MODALITIES, b.modality in STATUS_MODALITIES
    if ma != mb:
        which = a if ma else b
        return Verdict("contradict", f"holds the office vs is only {which.modality} to hold it", CONF_POLARITY)
    return Verdict("agree", "same person, same office", CONF_VALUE)


def readable(c: Claim) -> str:
    """The title as written."""
    written = next((s.text for s in c.signals if s.field == "value"), None)
    return written or plain(c)


def words(c: Claim) -> str:
    """The title as the article writes it."""
    return value_text(c) or plain(c)
