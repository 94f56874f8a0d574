"""Which way an action runs in two aligned statements (part of the statement kind, ``kinds.statement``):
who acts on whom and where a thing goes from and to. Two clauses that share their words but swap the
sides of a directed action ("Israel freed 39 Palestinians" / "Hamas freed 39 Israelis"; "flights from
A to B" / "flights from B to A") say opposite things."""
from __future__ import annotations

from ..lang import lexicon as lx
from .statement_align import SLOT_WINDOW, Side, abutting
from .statement_data import reversals


def _directions(s: Side, k: int) -> list[tuple[frozenset[str], str, int]]:
    """(forms of the anchor, "a" / "b", hit start) for each hit of reversal pair ``k`` in ``s``: the
    anchor is the nearest aligned content word outside any hit, within SLOT_WINDOW content words and
    nearer than any other ("oil *rises* as the dollar *falls*": oil -> a, dollar -> b)."""
    spans = {i for key in (f"{k}a", f"{k}b") for i0, j0 in s.hits.get(key, []) for i in range(i0, j0)}
    anchors = [(p, i) for p, i in enumerate(s.content) if i in s.aligned and i not in spans]
    out = []
    for which in "ab":
        for i0, j0 in s.hits.get(f"{k}{which}", []):
            pos = [p for p, i in enumerate(s.content) if i0 <= i < j0]
            if not pos:
                continue
            near = sorted((min(abs(p - q) for q in pos), i) for p, i in anchors)
            tied = len(near) > 1 and near[1][0] == near[0][0]   # two words as near: no clear anchor
            if near and near[0][0] <= SLOT_WINDOW and not tied:
                out.append((s.forms[near[0][1]], which, i0))
    return out


def crossed(a: Side, b: Side, lang: str) -> str | None:
    """Both directions of a reversal pair in one clause, each tied to its own word, and the other
    clause ties a shared word to the opposite direction ("oil rises as the dollar falls" / "oil
    falls as the dollar rises")."""
    pairs = reversals(lang).pairs
    for k in sorted(a.pairs_hit & b.pairs_hit):
        if pairs[k].union:
            continue   # directions are a pair's own: the valence union mixes many
        if abutting(a, k) or abutting(b, k):
            continue   # "growth falls", "تراجع النمو": one word says what the other does, not two things
        da, db = _directions(a, k), _directions(b, k)
        for fa, xa, ia in da:
            mine = {x for f, x, _ in da if not f.isdisjoint(fa)}
            for fb, xb, ib in db:
                theirs = {x for f, x, _ in db if not f.isdisjoint(fb)}
                if xa != xb and fa & fb and mine == {xa} and theirs == {xb}:
                    return (f"{a.toks[ia].form} vs {b.toks[ib].form}: {lang}.reversals '{pairs[k].name}', "
                            "tied to one word")
    return None


def segments(s: Side, lang: str) -> list[int]:
    """A segment number per token: a new segment starts at a direction break of the reversal data
    ("مع", "after", "as"), a conjunction of the lexicon ("and") or a word with a conjunction prefix ("والدولار"): one clause may tell two
    happenings ("oil rises as the dollar falls")."""
    breaks = reversals(lang).breaks | lx.lexicon(lang).conjunctions.words
    prefixes = lx.lexicon(lang).conjunction_prefixes
    seg, out = 0, []
    for t in s.toks:
        if t.variants & breaks or t.form in breaks \
                or any(t.form.startswith(p) and t.form[len(p):] in t.variants for p in prefixes):
            seg += 1
        out.append(seg)
    return out


def _flow(s: Side, k: int, lang: str) -> list[tuple[frozenset[str], str]]:
    """(forms, "a" / "b") of each aligned content word of ``s`` in a segment holding hits of one list
    only of reversal pair ``k``: the direction that segment gives it ("the dollar" in "... as the
    dollar falls": b)."""
    seg = segments(s, lang)
    spans = {i for key in (f"{k}a", f"{k}b") for i0, j0 in s.hits.get(key, []) for i in range(i0, j0)}
    ways: dict[int, set[str]] = {}
    for which in "ab":
        for i0, _ in s.hits.get(f"{k}{which}", []):
            ways.setdefault(seg[i0], set()).add(which)
    return [(s.forms[i], next(iter(ways[seg[i]]))) for i in s.content
            if i in s.aligned and i not in spans and len(ways.get(seg[i], ())) == 1]


def flow_crossed(a: Side, b: Side, lang: str) -> str | None:
    """Both directions of a reversal pair in each clause, in segments of their own, and the shared
    words of the segments swapped between them ("oil rises as the dollar falls" / "a fall of oil
    prices with a rise of the dollar"): more shared words change direction than keep it."""
    pairs = reversals(lang).pairs
    for k in sorted(a.pairs_hit & b.pairs_hit):
        if pairs[k].union:
            continue   # directions are a pair's own: the valence union mixes many
        if not all(s.hits.get(f"{k}a") and s.hits.get(f"{k}b") for s in (a, b)):
            continue
        fa, fb = _flow(a, k, lang), _flow(b, k, lang)
        if len({x for _, x in fa}) < 2 or len({x for _, x in fb}) < 2:
            continue   # a clause whose segments do not give both directions to shared words
        flipped = kept = 0
        for forms_a, xa in fa:
            mine = {x for f, x in fa if not f.isdisjoint(forms_a)}
            theirs = {x for f, x in fb if not f.isdisjoint(forms_a)}
            if len(mine) != 1 or len(theirs) != 1:
                continue   # absent from the other clause, or on both sides of one clause ("سعر")
            if theirs == {xa}:
                kept += 1
            else:
                flipped += 1
        if flipped > kept:
            return (f"{lang}.reversals '{pairs[k].name}': {flipped} shared words change direction, "
                    f"{lang}.reversals direction_breaks")
    return None
