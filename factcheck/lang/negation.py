"""The negation particles that deny a clause: the hits of ``<lang>.lexicon negation.particles`` less
those that are part of a fixed affirmative expression (``negation.idioms``: "لا يزال" 'still', "لا بد"
'must', "not only") or of a bound on a figure (a qualifier phrase of ``<lang>.values`` right before a
numeral: "دون 1300 دولار" 'under 1,300 dollars', "no fewer than 40").

Used by the clause polarity (``extract.normalize``) and the statement kind's denials
(``kinds.statement_align``). On ANS *train* it removes 3 false contradictions ("لا تزال تعتقل",
"دون 1300 دولار") and loses 1 ("تتراجع دون 74 دولارا" / "يتجاوز حاجز ٧٤": a bound against a bound,
the quantity kind's to compare); no scoreboard row changed."""
from __future__ import annotations

from functools import lru_cache

from . import data as langdata
from . import lexicon as lx
from .cues import Cues


@lru_cache(maxsize=None)
def bound_cues(lang: str) -> Cues:
    """The qualifier phrases written before a figure (``values.json`` qualifiers, every kind)."""
    node = langdata.load(lang, "values").get("qualifiers") or {}
    return Cues(tuple(sorted({p for q in node.values() if isinstance(q, dict)
                              for p in q.get("before") or [] if isinstance(p, str)})))


def _is_numeral(t: lx.Tok) -> bool:
    return t.form[:1].isdigit() or any(v[:1].isdigit() for v in t.variants)


def _within(h: lx.CueHit, spans: list[tuple[int, int]]) -> bool:
    return any(i <= h.i and h.j <= j for i, j in spans)


def clause_negations(toks: list[lx.Tok], lang: str) -> list[lx.CueHit]:
    """The negation particle hits of ``toks`` that deny (see the module docstring)."""
    hits = lx.find_cues(toks, lx.lexicon(lang).negation.particles)
    if not hits:
        return hits
    idioms = [(h.i, h.j) for h in lx.find_cues(toks, lx.lexicon(lang).negation.idioms)]
    bounds = [(h.i, h.j) for h in lx.find_cues(toks, bound_cues(lang))
              if h.j < len(toks) and _is_numeral(toks[h.j])]
    return [h for h in hits if not _within(h, idioms) and not _within(h, bounds)]


__all__ = ["bound_cues", "clause_negations"]
