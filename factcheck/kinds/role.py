"""The role kind: a person's office (``role``), normalized as "head|nationality|post|portfolio"
(the title's head noun, the country it is of, where its holder is posted, and its portfolio).

A title is read through the bilingual office lexicon (``mentions.offices``) as office keys, portfolio
domains and body words, so that synonyms within and across languages are one office ("chairman" /
"leader" / "head" / "رئيس"; "Transport Minister" / "minister of transport" / "وزير النقل"). Two roles of
one person with the same office keys agree unless their domains differ (a clash), or their bodies differ
(two bodies: unrelated, a person may head both). Two offices one person does not hold at once
(``exclusive``: "the mayor X" / "the governor X") clash, unless either title is a former one.
Titles the lexicon does not read are compared as before: they name the same office when
``offices.same_office`` says so, and contradict when the title's nationality, the posting or the
portfolio differ, or when one says the person holds the office and the other that they are only
expected to; else they agree.
"""
from __future__ import annotations

from ..models import Claim
from ..mentions.offices import Office, exclusive, office_of, past_words, same_office
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
# Two bodies are one when this share of the smaller one's words is shared ("constitutional court" /
# "constitutional council": 1 of 2; "national election authority" / "national football federation":
# 1 of 3, two bodies).
SAME_BODY_SHARE = 0.5
# An acronym names a body when it has at least this many letters ("WMO" for "World Meteorological
# Organization"); shorter ones ("UN", "EU") match too many word runs by chance.
MIN_ACRONYM = 3


def fields(c: Claim) -> list[str]:
    return (c.value or EMPTY_ROLE).split(FIELD_SEP)


def _acronym(word: str, words: frozenset[str], written: str) -> bool:
    """Whether ``word`` is the initials of the body words of ``written`` (in their written order)."""
    initials = "".join(w[0] for w in written.replace(PORTFOLIO_SEP, " ").split() if w in words)
    return len(word) >= MIN_ACRONYM and word == initials


def same_body(oa: Office, ob: Office, wa: str, wb: str) -> bool | None:
    """Whether two offices' bodies are one body: True when they share enough words or one is the
    other's acronym, or when one names none and the other adds at most TITLE_QUALIFIER_WORDS words
    ("experienced captain" / "captain"); False when both name a body and these differ; None when one
    names none and the other many (a title misread from its clause: not for the lexicon to say)."""
    if not oa.body and not ob.body:
        return True
    if not oa.body or not ob.body:
        return True if len(oa.body | ob.body) <= TITLE_QUALIFIER_WORDS else None
    shared = len(oa.body & ob.body)
    if shared and shared >= SAME_BODY_SHARE * min(len(oa.body), len(ob.body)):
        return True
    return any(_acronym(w, ob.body, wb) for w in oa.body) or any(_acronym(w, oa.body, wa) for w in ob.body)


def _is_past(head: str) -> bool:
    return bool(set(head.split()) & past_words())


def by_office(a: Claim, b: Claim, ctx: Context) -> Verdict | None:
    """The verdict the office lexicon gives on two titles of one person (None: it reads neither title)."""
    ha, na, pa, fa = fields(a)
    hb, nb, pb, fb = fields(b)
    oa = office_of(ha, tuple(fa.split(PORTFOLIO_SEP)) if fa else ())
    ob = office_of(hb, tuple(fb.split(PORTFOLIO_SEP)) if fb else ())
    if not oa.office or not ob.office:
        return None
    rules = "; ".join(dict.fromkeys(oa.rules + ob.rules))
    if oa.office != ob.office:
        if len(oa.office) == len(ob.office) == 1 and frozenset(oa.office + ob.office) in exclusive() \
                and not _is_past(ha) and not _is_past(hb) and ctx.same_event:
            return Verdict("contradict", f"different office ({oa.office[0]} vs {ob.office[0]}; {rules})", CONF_TITLE)
        short, long_ = sorted((oa, ob), key=lambda o: len(o.office))
        if short.office == long_.office[-len(short.office):] and not short.body and not short.domains \
                and ctx.same_event:
            # "vice president" / "president", "deputy minister" / "minister": the office and its deputy
            return Verdict("contradict", f"different office ({' '.join(oa.office)} vs {' '.join(ob.office)}; {rules})",
                           CONF_TITLE)
        return None
    if oa.domains and ob.domains and not (oa.domains <= ob.domains or ob.domains <= oa.domains):
        return Verdict("contradict", f"different portfolio ({' and '.join(sorted(oa.domains))} vs "
                                     f"{' and '.join(sorted(ob.domains))}; {rules})", CONF_VALUE)
    if oa.modifiers and ob.modifiers and oa.modifiers != ob.modifiers:
        return None   # "interim" / "incumbent" president: two times of one office, compared as written
    body = same_body(oa, ob, f"{ha} {fa}", f"{hb} {fb}")
    if body is None:
        return None
    if not body:
        if fa and fb:
            # both titles name what the office is for and they differ ("لشؤون أوروبا" / "لشؤون روسيا")
            return _portfolio(fa, fb) or UNRELATED
        return UNRELATED   # the head of two bodies
    if na and nb and na != nb:
        return Verdict("contradict", f"title nationality differs ({na} vs {nb})", CONF_VALUE)
    if pa and pb and pa != pb:
        return Verdict("contradict", f"posted to different places ({pa} vs {pb})", CONF_VALUE)
    return _status(a, b) or Verdict("agree", f"same person, same office ({rules})", CONF_VALUE)


def _portfolio(fa: str, fb: str) -> Verdict | None:
    """A clash when two portfolios as written differ (neither holds the other), else None."""
    sa, sb = set(fa.split(PORTFOLIO_SEP)), set(fb.split(PORTFOLIO_SEP))
    if not (sa <= sb or sb <= sa):
        return Verdict("contradict", f"different portfolio ({' and '.join(sorted(sa))} vs {' and '.join(sorted(sb))})", CONF_VALUE)
    return None


def _status(a: Claim, b: Claim) -> Verdict | None:
    ma, mb = a.modality in STATUS_MODALITIES, b.modality in STATUS_MODALITIES
    if ma != mb:
        which = a if ma else b
        return Verdict("contradict", f"holds the office vs is only {which.modality} to hold it", CONF_POLARITY)
    return None


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if a.subject != b.subject:
        return UNRELATED
    verdict = by_office(a, b, ctx)
    if verdict is not None:
        return verdict
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
        verdict = _portfolio(fa, fb)
        if verdict is not None:
            return verdict
    return _status(a, b) or Verdict("agree", "same person, same office", CONF_VALUE)


def readable(c: Claim) -> str:
    """The title as written."""
    written = next((s.text for s in c.signals if s.field == "value"), None)
    return written or plain(c)


def words(c: Claim) -> str:
    """The title as the article writes it."""
    return value_text(c) or plain(c)
