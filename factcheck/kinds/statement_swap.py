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
from .statement_data import SKELETON_MARK, number_word_set, number_words
from .statement_number import counts_others

# A swapped place or person is a contradiction only when little else differs: at most this many
# unaligned content words on each side besides the swapped names. On ANS *train* 3 instead of 1 adds
# 21 contradictions and no false alarm (a wider residue adds 3 more); no real story changed.
SWAP_MAX_OTHER = 3
# ... and at least this share of the content words besides the swapped names aligned on each side.
# On ANS *train* 0.4 instead of 0.5 adds 4 contradictions, 2 on dev, no false alarm; no scoreboard row
# changed (a residue of 4 instead of 3 added 10 more on train but a wrong contradiction on the seeds).
SWAP_NAME_SHARE = 0.4
# Two unaligned words are one word in two forms when their closest forms reach this rapidfuzz ratio
# (تسجيل / يسجل, استنزاف / تستنزف). On ANS *train*, the one-for-one swaps of determined nouns left
# after this were 34 contradictions and 2 paraphrases (the rule adds 35 contradictions, 3 false alarms).
NEAR_RATIO = 70
# Pairing near forms is tried only when each side has at most this many unaligned content words.
NEAR_MAX_WORDS = 4
# A determined noun swapped for another (and nothing else differing) needs this share of the rest
# aligned on each side.
SWAP_MIN_SHARE = 0.6


def swap(a: Side, b: Side, ca: Claim, cb: Claim, lang: str) -> str | None:
    """A different place / nationality / person in the same clause, everything else aligned."""
    na, nb = a.names, b.names   # places, nationalities, currencies (statement_align.named; read-only)
    ua, ub, kinds = {}, {}, set()
    if na and nb:   # (a swap needs a name on each side: most pairs have none on one)
        ids_a, ids_b = {v[1] for v in na.values()}, {v[1] for v in nb.values()}
        ua = {i: v for i, v in na.items() if i not in a.aligned and v[1] not in ids_b}
        ub = {i: v for i, v in nb.items() if i not in b.aligned and v[1] not in ids_a}
        kinds = {_kind_class(v[0]) for v in ua.values()} & {_kind_class(v[0]) for v in ub.values()}
    if kinds and residue(a, set(ua)) <= SWAP_MAX_OTHER and residue(b, set(ub)) <= SWAP_MAX_OTHER \
            and same_frame(a, b, set(ua), set(ub), SWAP_NAME_SHARE):
        ka, kb = (sorted(x for x in u.values() if _kind_class(x[0]) in kinds) for u in (ua, ub))
        if not any(places.compatible(_place_key(x[1]), _place_key(y[1])) for x in ka for y in kb):
            wa = " ".join(a.toks[i].form for i in sorted(ua))
            wb = " ".join(b.toks[i].form for i in sorted(ub))
            same = {x[0] for x in ka} & {y[0] for y in kb}   # "country" for two countries, else "place"
            return f"a different {sorted(same or kinds)[0]} ({wa} vs {wb}; places.json / nationality / CLDR currencies)"
    if ca.entities and cb.entities and not set(ca.entities) & set(cb.entities):
        if residue(a, set()) and residue(b, set()) and _all_names(a, ca) and _all_names(b, cb) \
                and same_frame(a, b, unaligned_content(a), unaligned_content(b)):
            return f"a different person ({', '.join(ca.entities)} vs {', '.join(cb.entities)}; name registry)"
    return None


# Kinds of place a name may be (mentions.places): a city named for a country ("Washington" / "France")
# or a region for a country is as much a different place as one country for another, unless one lies
# within the other (places.compatible: "Washington" / "the United States" is one place named twice).
PLACE_KINDS = frozenset({"city", "state", "country", "region"})


def _kind_class(kind: str) -> str:
    """The class of names a swap is judged within: any place, or a currency."""
    return "place" if kind in PLACE_KINDS else kind


def _place_key(identity: str) -> str:
    """A gazetteer key for ``names``' identity (a bare country code stands for its country)."""
    return identity if ":" in identity else f"country:{identity}"


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
    frames' to judge (as dates), not a swapped noun. The ordinal words of a month's name ("كانون
    الثاني") are left out: alone they are ordinals ("the first" / "the second"), a noun like any other."""
    node = langdata.load(lang, "values")
    names = [n for key in ("weekdays", "months") for ns in (node.get(key) or {}).values()
             if isinstance(ns, list) for n in ns if isinstance(n, str)]
    ordinals = {w for o in (node.get("ordinals") or {}) for w in lx.WORD_RE.findall(fold(o))}
    return frozenset(w for n in names for w in lx.WORD_RE.findall(fold(n))) - ordinals


def _country(s: Side, i: int) -> bool:
    """Does token ``i`` of the clause name a country or its nationality?"""
    return s.names.get(i, ("",))[0] == "country"


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
    if _country(a, ra[0]) != _country(b, rb[0]):
        return None   # a country for a common noun: the state named by its kind ("السعودية" / "المملكة").
        # On ANS *train* 1 false alarm fewer, no contradiction lost (gating every place, currency or
        # nationality instead lost 7 contradictions: "الذهب" / "النفط" is a currency for a noun)
    spare = time_words(lang) | {w for c in (ca, cb) for w in lx.WORD_RE.findall(fold(c.attribution or ""))}
    if (ta.variants | tb.variants) & spare:
        return None
    if same_frame(a, b, set(ra), set(rb), SWAP_MIN_SHARE):
        return f"a different noun in the same slot ({ta.form} vs {tb.form})"
    return None


# The one-word number words of ``data/<lang>/values.json`` compared as swapped names: ordinals
# ("الثالث", "third") and cardinals ("خمسين", "fifty"), each against its own kind, and only when they
# stand next to a shared content word ("two challengers" / "three rallies" count different things).
NUMBER_WORD_KINDS = ("ordinals", "number_words")


def _number_words(s: Side, lang: str, kind: str) -> dict[int, int]:
    """Unaligned tokens of ``s`` that are number words of ``kind``, with their numbers."""
    found = _clause_number_words(s.text, lang, kind)
    if not found:
        return {}
    unaligned = unaligned_content(s)
    return {i: n for i, n in found if i in unaligned}


@lru_cache(maxsize=SIDE_MEMO)
def _clause_number_words(text: str, lang: str, kind: str) -> tuple[tuple[int, int], ...]:
    """The content tokens of the clause (``side``) that are number words of ``kind``, with their numbers:
    read once per clause, not once per pair and direction (240,769 times on the benchmark corpus,
    benchmarks/run.py at 1,000 articles, for 4,254 clauses); ``_number_words`` keeps the unaligned."""
    words, known = number_words(lang, kind), number_word_set(lang, kind)
    s = side(text, lang)
    out = []
    for i in s.content:
        hits = s.toks[i].variants & known
        if hits:
            n = {words[v] for v in hits}
            if len(n) == 1:
                out.append((i, n.pop()))
    return tuple(out)


def _next_to(s: Side, words: dict[int, int]) -> frozenset[str]:
    """Forms of the aligned content words right before and after the tokens ``words`` (among the
    content words): what a number word counts or ranks."""
    out: set[str] = set()
    for p, i in enumerate(s.content):
        if i in words:
            for q in (p - 1, p + 1):
                if 0 <= q < len(s.content) and s.content[q] in s.aligned:
                    out |= s.forms[s.content[q]]
    return frozenset(out)


def ordinal_swap(a: Side, b: Side, lang: str) -> str | None:
    """One ordinal (or number word) of ``a`` against a different one of ``b`` ("the second" / "the
    first", "thirty" / "fifty"), little else differing (SWAP_MAX_OTHER unaligned content words) and
    the rest of the clauses aligned."""
    for kind in NUMBER_WORD_KINDS:
        oa = _number_words(a, lang, kind)
        ob = _number_words(b, lang, kind) if oa else {}
        if not oa or not ob or set(oa.values()) & set(ob.values()):
            continue
        if residue(a, set(oa)) <= SWAP_MAX_OTHER and residue(b, set(ob)) <= SWAP_MAX_OTHER \
                and same_frame(a, b, set(oa), set(ob)) and not _next_to(a, oa).isdisjoint(_next_to(b, ob)) \
                and any(counts_others(a, i, lang) for i in oa) == any(counts_others(b, j, lang) for j in ob):
            # (not "nine candidates" / "seven other candidates": the others are a part)
            wa = " ".join(a.toks[i].form for i in sorted(oa))
            wb = " ".join(b.toks[i].form for i in sorted(ob))
            return f"a different number ({wa} vs {wb}; {lang}.values {kind})"
    return None


def _all_names(s: Side, c: Claim) -> bool:
    """Are the unaligned content words of ``s`` all part of the claim's person names?"""
    names = {w for e in c.entities for w in lx.WORD_RE.findall(fold(e))}
    return all(s.toks[i].variants & names for i in s.content if i not in s.aligned)


def _nisba_ending(t: lx.Tok, lang: str) -> str | None:
    """The nisba ending of a relational adjective ("السياسي", "جماهيرية", "باريسي": the lexicon's
    nisba suffixes, the longest that leaves a stem of the rule's min_stem letters), or None."""
    rule = lx.lexicon(lang).nisba
    if rule is None:
        return None
    art = fold(rule.article)
    for v in sorted(t.variants | {t.form}, key=len):
        stem = v[len(art):] if art and v.startswith(art) else v
        for suf in sorted((fold(x) for x in rule.suffixes), key=len, reverse=True):
            if stem.endswith(suf) and len(stem) - len(suf) >= rule.min_stem:
                return suf
    return None


def nisba_swap(a: Side, b: Side, lang: str) -> str | None:
    """One relational (nisba) adjective of ``a`` for another of ``b`` qualifying the same word ("a
    political film" / "a popular film", "a Parisian museum" / "a German museum"), everything else of
    the clauses aligned: the two adjectives agree in ending (gender and number, as adjectives of one
    noun do) and the content word before each is aligned with the other's."""
    ua, ub = unaligned_content(a), unaligned_content(b)
    if len(ua) != 1 or len(ub) != 1:
        return None
    ra, rb = differing(a, b)
    if len(ra) != 1 or len(rb) != 1:
        return None
    i, j = ra[0], rb[0]
    ea, eb = _nisba_ending(a.toks[i], lang), _nisba_ending(b.toks[j], lang)
    if ea is None or ea != eb:
        return None
    pa, pb = a.content.index(i), b.content.index(j)
    if pa == 0 or pb == 0:
        return None
    qa, qb = a.content[pa - 1], b.content[pb - 1]
    if qa not in a.aligned or qb not in b.aligned or a.forms[qa].isdisjoint(b.forms[qb]):
        return None
    if not same_frame(a, b, {i}, {j}, SWAP_MIN_SHARE):
        return None
    return (f"a different adjective of the same word ({a.toks[i].form} vs {b.toks[j].form}; "
            f"{lang}.lexicon nisba suffixes)")
