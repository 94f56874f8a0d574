"""Clause alignment for the statement kind: a clause prepared once (tokens, the forms each word is
matched by, content words, numerals, negations, reversal hits, the places, nationalities and currencies
it names) and two clauses aligned word by word (a number in digits and in words, a country and its
nationality are one word), with the shares of content they have in common, and whether two clauses state different exact
figures (``kinds.statement`` judges on them)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import detect as langid
from ..lang import lexicon as lx
from ..lang.negation import clause_negations
from ..mentions.values import find_values
from ..mentions import places
from .statement_data import (LIST_MARK, MIN_FORM_CHARS, NEGATOR_KEY, currency_nouns, number_word_set, number_words,
                             phrase_index, word_forms)

# Two clauses are "the same statement but for the difference" when, on each side, at least this
# share of the content words outside the difference is aligned with the other side, and at least
# MIN_ALIGNED words are. Calibrated on ANS *train* (tools/build_reversals.py --gate): below 0.6 the
# pairs with a reversal word are as often unrelated headlines or paraphrases as contradictions.
MIN_ALIGNED_SHARE = 0.5
MIN_ALIGNED = 2
# The slot: an aligned content word shared by both sides within this many content words of each
# opposite word ("Bitcoin falls" / "a rise of Bitcoin prices"). A window of 3 let a real-story
# distractor through ("the increase makes it one of the deadliest ..." / "plunging the city into
# one of the deadliest ..."); 2 loses 1 ANS train contradiction against 3.
SLOT_WINDOW = 2


@dataclass
class Side:
    """One clause prepared for alignment."""

    toks: list[lx.Tok]
    forms: list[frozenset[str]]
    content: list[int]          # indices of content words (no stopwords, numbers, negation particles)
    numbers: list[int]          # indices of numerals
    negations: list[lx.CueHit]
    hits: dict[str, list[tuple[int, int]]]   # reversal list / negator key -> token spans matching it
    aligned: set[int]           # indices of tokens matched by a token of the other side
    all_forms: frozenset[str] = frozenset()   # every form of every token (what the other side aligns on)
    pairs_hit: frozenset[int] = frozenset()   # indices of the reversal pairs with a hit of either list
    text: str = ""                            # the clause the tokens index
    # indices of tokens matched by a word form of the other side, not only through a reversal list
    # both belong to ("#3a": "يصعد" meets "برفع" only as words of one direction, not as one word)
    lexical: set[int] = field(default_factory=set)
    # indices of the tokens inside a reversal-list hit (the only ones ``lexical`` is asked about), with
    # their word forms that are no list key
    hit_forms: dict[int, frozenset[str]] = field(default_factory=dict)
    unaligned_set: frozenset[int] | None = None   # content words not aligned (set by ``align``)
    # each form -> the tokens it is a form of (``align`` marks the tokens of the forms both sides share
    # instead of testing every token's forms against the other side: the statement pairs of
    # benchmarks/run.py at 1,000 articles, replayed, judge in 3.9 s instead of 4.2 s)
    by_form: dict[str, list[int]] = field(default_factory=dict)
    # tokens naming a place, a nationality or a currency: (kind, identity) (``named``)
    names: dict[int, tuple[str, str]] = field(default_factory=dict)

    def unaligned(self) -> list[int]:
        return [i for i in range(len(self.toks)) if i not in self.aligned and i not in self.numbers]


# A numeral glued to the word it counts, as headlines write them ("25عام", "1000year"): its digits.
GLUED_NUMERAL = re.compile(r"(\d+)[^\W\d_]+")


def numeral(t: lx.Tok) -> str | None:
    """The digits a token states: a numeral, a numeral with a proclitic or article ("ال80"), or one
    glued to the word it counts ("25عام"); None for a word."""
    if t.form.isdigit():
        return t.form
    digits = [v for v in t.variants if v.isdigit()]
    if digits:
        return digits[0]
    m = GLUED_NUMERAL.fullmatch(t.form)
    return m.group(1) if m else None


# What starts a number's alignment key ("=3"): a numeral and a cardinal number word of the same
# number share it ("ثلاثة نقاط" / "3 نقاط", "five students" / "5 students"); no word form starts with it.
NUMBER_MARK = "="
# The kind of number word (``data/<lang>/values.json``) that is a count, aligned with digits.
CARDINALS = "number_words"


def number_form(t: lx.Tok, lang: str) -> frozenset[str]:
    """The alignment key of the number a token states, in digits or as a one-word cardinal number
    word; empty for any other token (a word several numbers spell is left out)."""
    digits = numeral(t)
    if digits is not None:
        return frozenset({f"{NUMBER_MARK}{int(digits)}"})
    words = number_words(lang, CARDINALS)
    values = {words[v] for v in t.variants & number_word_set(lang, CARDINALS)}
    return frozenset({f"{NUMBER_MARK}{values.pop()}"}) if len(values) == 1 else frozenset()


# What starts a name's alignment key ("@country:FR"): a country, its nationality and its people
# ("France" / "French", "Britain" / "British" / "Britons", "المغرب" / "المغربي") are one name.
NAME_MARK = "@"


def named(text: str, toks: list[lx.Tok], lang: str) -> dict[int, tuple[str, str]]:
    """Tokens of the clause naming a place or a nationality: (kind, identity), the identity a country
    code for countries and nationalities ("الولايات المتحدة" and "أميركي" are both US), else the place
    key; and currencies ("currency", its noun)."""
    out: dict[int, tuple[str, str]] = {}
    mentions = places.find_places(text)
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


# Distinct clauses whose prepared tokens are kept (a clause meets many others in a story).
SIDE_MEMO = 20_000


@lru_cache(maxsize=SIDE_MEMO)
def side(text: str, lang: str) -> Side:
    """A clause's tokens, forms, content words, numerals, negations and reversal hits (unaligned)."""
    toks = lx.tokenize(text, lang)
    stop = lx.lexicon(lang).stopwords.words
    negs = clause_negations(toks, lang)
    neg_idx = {k for h in negs for k in range(h.i, h.j)}
    found = named(text, toks, lang)
    fs = [word_forms(t.form, lang) | number_form(t, lang)
          | (frozenset({f"{NAME_MARK}{found[i][1]}"}) if i in found else frozenset()) for i, t in enumerate(toks)]
    numbers = [i for i, t in enumerate(toks) if numeral(t) is not None]
    content = [i for i, t in enumerate(toks) if i not in neg_idx and numeral(t) is None
               and len(t.form) >= MIN_FORM_CHARS - 1 and not (t.variants & stop)]
    index = phrase_index(lang)
    hits: dict[str, list[tuple[int, int]]] = {}
    for i, f in enumerate(fs):
        for first in f & index.keys():
            for phrase, key in index[first]:
                j = i + len(phrase)
                if j <= len(toks) and all(w in fs[i + k] for k, w in enumerate(phrase)):
                    hits.setdefault(key, []).append((i, j))
    all_forms = frozenset().union(*fs) if fs else frozenset()
    pairs_hit = frozenset(int(k[:-1]) for k in hits if k != NEGATOR_KEY)
    hit_forms = {k: frozenset(g for g in fs[k] if not g.startswith(LIST_MARK))
                 for spans in hits.values() for i, j in spans for k in range(i, j)}
    by_form: dict[str, list[int]] = {}
    for i, f in enumerate(fs):
        for g in f:
            by_form.setdefault(g, []).append(i)
    return Side(toks, fs, content, numbers, negs, hits, set(), all_forms, pairs_hit, text, set(), hit_forms,
                by_form=by_form, names=found)


def align(a_text: str, b_text: str, lang: str) -> tuple[Side, Side]:
    """Both clauses with their tokens marked aligned when some form of theirs occurs on the other side."""
    a, b = side(a_text, lang), side(b_text, lang)
    out = []
    for x, y in ((a, b), (b, a)):
        theirs = y.all_forms
        aligned = {i for g in x.all_forms & theirs for i in x.by_form[g]}
        lexical = {i for i, f in x.hit_forms.items() if i in aligned and not f.isdisjoint(theirs)}
        unaligned = frozenset(i for i in x.content if i not in aligned)
        y_side = object.__new__(Side)   # a copy with the alignment set (``replace`` re-runs __init__)
        y_side.__dict__.update(x.__dict__, aligned=aligned, lexical=lexical, unaligned_set=unaligned)
        out.append(y_side)
    return out[0], out[1]


def share(s: Side, explained: set[int]) -> tuple[float, int]:
    """Share and count of the side's content words aligned, leaving out the ``explained`` ones."""
    rest = [i for i in s.content if i not in explained] if explained else s.content
    # counted by one set intersection (the content words are distinct indices; with statement_swap.swap's
    # early exit, the replayed statement pairs of benchmarks/run.py judge in 3.7 s instead of 3.9 s)
    n = len(s.aligned.intersection(rest))
    return (n / len(rest) if rest else 0.0), n


def same_frame(a: Side, b: Side, explained_a: set[int], explained_b: set[int],
                min_share: float = MIN_ALIGNED_SHARE, min_aligned: int = MIN_ALIGNED) -> bool:
    """Do the clauses share most of their content once the words of the difference are set aside?"""
    (sa, na), (sb, nb) = share(a, explained_a), share(b, explained_b)
    return min(na, nb) >= min_aligned and min(sa, sb) >= min_share


def contained(a: Side, b: Side, explained_a: set[int], explained_b: set[int], min_share: float,
              min_aligned: int = MIN_ALIGNED) -> bool:
    """Is the shorter clause (fewer content words once the difference is set aside) told within the
    longer one: at least ``min_share`` of its words aligned, and ``min_aligned`` words at least? (A
    rewritten headline keeps the core of a longer one.)"""
    (sa, na), (sb, nb) = share(a, explained_a), share(b, explained_b)
    la = sum(1 for i in a.content if i not in explained_a)
    lb = sum(1 for i in b.content if i not in explained_b)
    short, n = (sa, na) if la <= lb else (sb, nb)
    return n >= min_aligned and short >= min_share


def abutting(s: Side, k: int) -> bool:
    """Does a word of one list of reversal pair ``k`` stand right next to a word of its other list in
    ``s`` (adjacent tokens: "growth falls"; "gold rises as the dollar falls" keeps them apart)?"""
    ha, hb = s.hits.get(f"{k}a", []), s.hits.get(f"{k}b", [])
    return any(ja == ib or jb == ia for ia, ja in ha for ib, jb in hb)


def unaligned_content(s: Side) -> frozenset[int]:
    """The content words of ``s`` not aligned with the other side (read once, by ``align``)."""
    if s.unaligned_set is not None:
        return s.unaligned_set
    return frozenset(i for i in s.content if i not in s.aligned)


def residue(s: Side, explained: set[int]) -> int:
    """Unaligned content words of ``s`` not in ``explained``."""
    return sum(1 for i in s.content if i not in s.aligned and i not in explained)


# Value kinds that are figures: a count, an amount, a percentage, a duration (not dates or times,
# which say when, and which the date and time kinds compare).
FIGURE_VALUE_KINDS = frozenset({"number", "duration"})
# ... and a bare year, which no date claim compares ("a demolition order issued in 2019" / "in 2018")
YEAR = re.compile(r"\d{4}")


@lru_cache(maxsize=SIDE_MEMO)
def _figures(text: str, lang: str | None) -> frozenset[str] | None:
    """The exact figures and durations a clause states, in normal form ("P10Y", "50000 EUR"); None
    when one of them is a bound or an approximation ("more than 200": it may meet another value)."""
    found = [v for v in find_values(text, lang) if v.kind in FIGURE_VALUE_KINDS
             or (v.kind == "date" and YEAR.fullmatch(v.value))] if lang else []
    if any(v.qualifier != "exact" for v in found):
        return None
    return frozenset(v.value for v in found)


def other_figures(a: str, b: str) -> bool:
    """Do two clauses each state exact figures, none of them the same ("sentenced to 10 years" /
    "jailed for 12 years")? Such clauses are never one statement, however alike their words."""
    fa = _figures(a, langid.by_script(a))
    fb = _figures(b, langid.by_script(b))
    return bool(fa and fb and not fa & fb)


def overlap(a: list[str], b: list[str]) -> float:
    """Share of the smaller word set found in the other."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))
