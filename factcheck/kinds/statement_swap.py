"""What a statement pair differs by when it names something else: a swapped place, nationality,
currency or person (``swap``), or one determined noun for another in the same slot (``noun_swap``),
everything else of the two clauses aligned (``kinds.statement``)."""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..lang.text import fold
from ..mentions import places
from ..models import Claim
from .statement_align import SIDE_MEMO, Side, residue, same_frame, side, unaligned_content
from .statement_data import SKELETON_MARK, currency_nouns

# A swapped place or person is a contradiction only when little else differs: at most this many
# unaligned content words on each side besides the swapped names. On ANS *train* 3 instead of 1 adds
# 21 contradictions and no false alarm (a wider residue adds 3 more); no real story changed.
SWAP_MAX_OTHER = 3
# Two unaligned words are one word in two forms when their closest forms reach this rapidfuzz ratio
# (تسجيل / يسجل, استنزاف / تستنزف). On ANS *train*, the one-for-one swaps of determined nouns left
# after this were 34 contradictions and 2 paraphrases (the rule adds 35 contradictions, 3 false alarms).
NEAR_RATIO = 70
# Pairing near forms is tried only when each side has at most this many unaligned content words.
NEAR_MAX_WORDS = 4
# A determined noun swapped for another (and nothing else differing) needs this share of the rest
# aligned on each side.
SWAP_MIN_SHARE = 0.6


@lru_cache(maxsize=SIDE_MEMO)
def names(text: str, lang: str) -> dict[int, tuple[str, str]]:
    """Tokens of the clause naming a place or a nationality: (kind, identity), the identity a country
    code for countries and nationalities ("الولايات المتحدة" and "أميركي" are both US), else the place
    key. Computed once per clause (read-only: callers must not change the dict)."""
    out: dict[int, tuple[str, str]] = {}
    mentions = places.find_places(text)
    toks = side(text, lang).toks
    for i, t in enumerate(toks):
        # overlap, not containment: a mention starts after its proclitic (للسودان: at the س)
        m = next((p for p in mentions if p.start < t.end and t.start < p.end), None)
        if m is not None:
            out[i] = ("country", m.country or m.key) if m.kind == "country" else (m.kind, m.key)
            continue
        nat = lx.nationality_at(toks, i, lang)
        if nat:
            out[i] = ("country", nat[0])
            continue
        money = sorted(t.variants & currency_nouns(lang))
        if money:
            out[i] = ("currency", money[0])
    return out


def swap(a: Side, b: Side, ca: Claim, cb: Claim, lang: str) -> str | None:
    """A different place / nationality / person in the same clause, everything else aligned."""
    na, nb = names(ca.quote, lang), names(cb.quote, lang)
    ids_a, ids_b = {v[1] for v in na.values()}, {v[1] for v in nb.values()}
    ua = {i: v for i, v in na.items() if i not in a.aligned and v[1] not in ids_b}
    ub = {i: v for i, v in nb.items() if i not in b.aligned and v[1] not in ids_a}
    kinds = {v[0] for v in ua.values()} & {v[0] for v in ub.values()}
    if kinds and residue(a, set(ua)) <= SWAP_MAX_OTHER and residue(b, set(ub)) <= SWAP_MAX_OTHER \
            and same_frame(a, b, set(ua), set(ub)):
        ka, kb = (sorted(x for x in u.values() if x[0] in kinds) for u in (ua, ub))
        if not any(places.compatible(x[1], y[1]) for x in ka for y in kb):
            wa = " ".join(a.toks[i].form for i in sorted(ua))
            wb = " ".join(b.toks[i].form for i in sorted(ub))
            return f"a different {sorted(kinds)[0]} ({wa} vs {wb}; places.json / nationality / CLDR currencies)"
    if ca.entities and cb.entities and not set(ca.entities) & set(cb.entities):
        if residue(a, set()) and residue(b, set()) and _all_names(a, ca) and _all_names(b, cb) \
                and same_frame(a, b, unaligned_content(a), unaligned_content(b)):
            return f"a different person ({', '.join(ca.entities)} vs {', '.join(cb.entities)}; name registry)"
    return None


def near(x: frozenset[str], y: frozenset[str]) -> bool:
    """Are two words forms of one word the inflection rules missed (a verb and its verbal noun, a
    misspelling)? Their closest forms reach NEAR_RATIO (rapidfuzz ratio)."""
    return any(fuzz.ratio(f, g) >= NEAR_RATIO for f in x if not f.startswith(SKELETON_MARK)
               for g in y if not g.startswith(SKELETON_MARK))


def differing(a: Side, b: Side) -> tuple[list[int], list[int]]:
    """The unaligned content words of each side left once near forms of one word are paired off."""
    ua, ub = sorted(unaligned_content(a)), sorted(unaligned_content(b))
    if len(ua) > NEAR_MAX_WORDS or len(ub) > NEAR_MAX_WORDS:
        return ua, ub
    used: set[int] = set()
    left = []
    for i in ua:
        j = next((j for j in ub if j not in used and near(a.forms[i], b.forms[j])), None)
        if j is None:
            left.append(i)
        else:
            used.add(j)
    return left, [j for j in ub if j not in used]


def named(s: Side, i: int) -> bool:
    """Is token ``i`` a determined noun: with the definite article (Arabic) or capitalized inside
    the clause (Latin script)?"""
    return s.toks[i].article or (i > 0 and s.toks[i].cap)


@lru_cache(maxsize=None)
def time_words(lang: str) -> frozenset[str]:
    """Folded weekday and month names of ``data/<lang>/values.json``: a changed day or month is the time
    frames' to judge (as dates), not a swapped noun."""
    node = langdata.load(lang, "values")
    names = [n for key in ("weekdays", "months") for ns in (node.get(key) or {}).values()
             if isinstance(ns, list) for n in ns if isinstance(n, str)]
    return frozenset(w for n in names for w in lx.WORD_RE.findall(fold(n)))


def noun_swap(a: Side, b: Side, ca: Claim, cb: Claim, lang: str) -> str | None:
    """One determined noun of ``a`` against another of ``b`` in the same slot, everything else shared:
    a different thing named ("the dollar" / "the euro", "the first" / "the second"). Not a word of
    either claim's attribution (a different source or speaker is not a different fact) nor a day or
    month name."""
    ua, ub = unaligned_content(a), unaligned_content(b)
    # near pairing removes one word of each side: one left on each needs as many unaligned on both,
    # and a determined one among them (checked first: the pairing is the costly part)
    if len(ua) != len(ub) or not any(named(a, i) for i in ua) or not any(named(b, j) for j in ub):
        return None
    ra, rb = differing(a, b)
    if len(ra) != 1 or len(rb) != 1 or not (named(a, ra[0]) and named(b, rb[0])):
        return None
    ta, tb = a.toks[ra[0]], b.toks[rb[0]]
    spare = time_words(lang) | {w for c in (ca, cb) for w in lx.WORD_RE.findall(fold(c.attribution or ""))}
    if (ta.variants | tb.variants) & spare:
        return None
    if same_frame(a, b, set(ra), set(rb), SWAP_MIN_SHARE):
        return f"a different noun in the same slot ({ta.form} vs {tb.form})"
    return None


def _all_names(s: Side, c: Claim) -> bool:
    """Are the unaligned content words of ``s`` all part of the claim's person names?"""
    names = {w for e in c.entities for w in lx.WORD_RE.findall(fold(e))}
    return all(s.toks[i].variants & names for i in s.content if i not in s.aligned)
