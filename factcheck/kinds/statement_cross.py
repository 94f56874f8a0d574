"""Two statement clauses written in two scripts (Arabic and English) aligned word by word: they are
one statement when most of their content words are translations of each other.

A clause's sentence embedding places a translation near its source, but a paraphrase across
languages of one story's clause (a different order, other words, a clause cut elsewhere) falls to
cosines of 0.13-0.71, among clauses of the same story that state other things. Single words separate
better: a word and its translation score higher than the words around them. So each content word
(``Claim.keywords``) of one clause is linked with the word of the other clause it matches best, when
that word also matches it best (mutual best match), by

- a key of the lexicons' keyed sections the two words are cues of (``crossword.keys_of``: "took part"
  / "شارك" are both ``predicates.participate``); cues of two different keys are never linked;
- the consonant skeleton of a name (``mentions.names.skeleton``: "Thavisin" / "تافيسين"), the Latin
  word capitalized;
- else the USE-m3 cosine of the two words (``embed.words``; the mean over the word as written, with
  and without the proclitic its folded form drops) from ``WORD_COS``.

``agreement`` calls two clauses one statement when the links cover a share of each side's content
words (``SHORT_SHARE`` of the shorter, ``LONG_SHARE`` of the longer) and the sentence cosine reaches
``GATE_COS``; ``kinds.statement`` asks it only when nothing opposes them (polarity, people, figures).
Thresholds: ``benchmarks/xscript_calibrate.py`` prints the figures they were set on.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import embed
from ..lang import lexicon as lx
from ..lang.text import ARABIC, script_of
from ..mentions.names import MIN_SKELETON, skeleton
from ..models import Claim
from . import crossword, statement_swap
from .statement_align import other_figures, side
from .statement_data import NEGATOR_KEY, reversals
from .statement_swap import NUMBER_WORD_KINDS

# The thresholds, measured by benchmarks/xscript_calibrate.py on the 4,829 pairs of statement claims in
# two scripts of the non-held-out mixed stories (derna_floods_2023, gaza_truce_first_exchange_2023) that
# nothing opposes, labelled from their gold as the scoreboard judges an agreement of the two (good: one
# gold fact, 95; wrong: two gold facts, or a gold single-source one, 2,588; unjudged: the rest). With
# these values 6 good, 1 wrong, 3 unjudged agree. Each varied alone: word cosine 0.5: 12 / 8 / 13,
# 0.55: 10 / 2 / 7 (no scoreboard row changed), 0.65: 3 / 0 / 1; sentence gate 0.35: 6 / 2 / 5, 0.45:
# 3 / 1 / 2; shorter-side share 0.5: 10 / 6 / 6 (the derna row lost 0.01 of agreement F1), 0.67:
# 3 / 1 / 2; longer-side share 0.2: 7 / 1 / 3, 0.34: 3 / 0 / 3. The strong link changes nothing there
# (0.9: 5 / 1 / 2); it halved the wrong ones when a word's cosine was the best of its readings instead
# of their mean. Word cosines of general vocabulary: translations 0.50-0.94, non-translations up to
# 0.57, 0.54 at the 99th percentile (kinds.crossword, tests/test_crossword.py): 0.6 keeps clear of them.
#
# Two words of two languages are linked when each is the other's best match at this word cosine or more.
WORD_COS = 0.6
# The sentence cosine a pair must reach before its words are aligned: the block proposes cross-script
# statement pairs from this cosine on (``judge.group``), far below CROSS_SCRIPT_COS.
GATE_COS = 0.4
# At least this many links, and this share of the shorter clause's content words linked, and this
# share of the longer one's (a clause told inside a longer one).
MIN_LINKS = 2
SHORT_SHARE = 0.6
LONG_SHARE = 0.25
# ... and one link at least a lexicon key or a word cosine from this (a translation beyond doubt).
STRONG_COS = 0.8

# Rule names of a link, for the verdict's reason.
COSINE_RULE = "cosine"
NAME_RULE = "name skeleton"
# Scores that rank a lexicon key and a name above any cosine when the best match is sought.
KEY_SCORE = 2.0
NAME_SCORE = 1.5
NO_LINK = -1.0


@dataclass(frozen=True)
class Link:
    """Two content words of two clauses in two scripts linked, with the evidence."""
    a: str        # the word as written in the first clause
    b: str        # ... in the second
    stem_a: str   # its content word (``Claim.keywords``) in the first clause
    stem_b: str   # ... in the second
    score: float  # the cosine, or 1.0 for a lexicon key or a name
    rule: str     # COSINE_RULE, NAME_RULE or "lexicon key <section.key>"

    def describe(self) -> str:
        why = f"cosine {self.score:.2f}" if self.rule == COSINE_RULE else self.rule
        return f"{self.a}={self.b} ({why})"


def _readings(c: Claim) -> dict[str, tuple[str, ...]]:
    """Each content word of a claim with the ways its vector is read: as written without its
    proclitic and as written (not the light stem: a cut-off stem, "اغاث", "cit", lands near unrelated
    words of the other language). Two words' cosine is the mean over their readings: a letter read as
    a proclitic may be the word's own ("فوضى", chaos, read "وضى", is 0.68 from "through", the word
    whole 0.47), and the reading without a true proclitic is the closer one ("أصدر" / "issued" 0.80,
    "وأصدر" 0.64)."""
    return {stem: (forms[0], *[f for f in forms[1:] if f != stem]) for stem, forms in crossword.written(c).items()}


def _is_name_pair(x: str, y: str) -> bool:
    """Are two words one name in two scripts: the Latin one capitalized, one consonant skeleton?"""
    latin = y if script_of(x) == ARABIC else x
    if not latin[:1].isupper():
        return False
    kx, ky = skeleton(x), skeleton(y)
    return len(kx) >= MIN_SKELETON and kx == ky


def align(a: Claim, b: Claim, min_cos: float = WORD_COS) -> list[Link]:
    """The content words of ``a`` and ``b`` (two scripts) that are each other's best match, a lexicon
    key or a name, else a cosine of at least ``min_cos``."""
    ra, rb = _readings(a), _readings(b)
    wa, wb = sorted(ra), sorted(rb)
    if not wa or not wb:
        return []
    la, lb = crossword.language_of(a), crossword.language_of(b)
    ka, kb = crossword.keys_of(frozenset(wa), la), crossword.keys_of(frozenset(wb), lb)
    flat_a = [f for w in wa for f in ra[w]]
    flat_b = [f for w in wb for f in rb[w]]
    vecs = dict(zip(flat_a + flat_b, embed.words(flat_a + flat_b)))
    scores = np.full((len(wa), len(wb)), NO_LINK)
    rules: dict[tuple[int, int], str] = {}
    for i, x in enumerate(wa):
        for j, y in enumerate(wb):
            shared = ka.get(x, frozenset()) & kb.get(y, frozenset())
            if shared:
                scores[i, j], rules[(i, j)] = KEY_SCORE, f"{crossword.LEXICON_RULE} {min(shared)}"
            elif x in ka and y in kb:
                continue   # cues of two different keys are two known words, whatever their cosine
            elif any(_is_name_pair(f, g) for f in ra[x] for g in rb[y]):
                scores[i, j], rules[(i, j)] = NAME_SCORE, NAME_RULE
            else:
                scores[i, j] = float(np.mean([vecs[f] @ vecs[g] for f in ra[x] for g in rb[y]]))
    out = []
    best_b, best_a = scores.argmax(axis=1), scores.argmax(axis=0)
    for i, j in enumerate(best_b):
        s = float(scores[i, j])
        if best_a[j] != i or s < min_cos:
            continue
        rule = rules.get((i, j), COSINE_RULE)
        out.append(Link(ra[wa[i]][0], rb[wb[j]][0], wa[i], wb[j], min(s, 1.0), rule))
    return out


@dataclass(frozen=True)
class Alignment:
    """How much of two clauses their links cover (names of parties left out of both)."""
    links: list[Link]   # the links of content words
    names: list[Link]   # the links of a name to a name (a party of the story: no evidence of one statement)
    short: float        # share of the shorter clause's content words linked
    long: float         # ... of the longer clause's

    def agrees(self) -> bool:
        return len(self.links) >= MIN_LINKS and self.short >= SHORT_SHARE and self.long >= LONG_SHARE \
            and any(k.rule != COSINE_RULE or k.score >= STRONG_COS for k in self.links)


def _names(c: Claim) -> frozenset[str]:
    """The content words of a Latin-script clause written capitalized past its first word: names
    (people, parties, bodies, days), which every clause about them shares, as a clause's keywords
    leave out places and nationalities."""
    if script_of(c.quote) == ARABIC:
        return frozenset()
    lang = crossword.language_of(c)
    toks = lx.tokenize(c.quote, lang)
    return frozenset(lx.light_stem(t.form, lang) for t in toks[1:] if c.quote[t.start:t.start + 1].isupper())


def prefetch(pairs: list[tuple[Claim, Claim]]) -> None:
    """Encode, in one batch, the words of the clauses of ``pairs`` (statement pairs in two scripts the
    block proposes below the cross-script cosine) that ``read`` may align: a pair that cannot agree
    (``_possible``; one side negated; two different people; ``opposed``; other figures) encodes
    nothing. One batch instead of one per pair: the encoder's cost per word falls about four times
    (2,000 words: 3.0 s against 12.5 s in batches of ten)."""
    wanted: dict[str, Claim] = {}
    for a, b in pairs:
        if _possible(a, b, _names(a), _names(b)) and not opposing(a, b):
            wanted.setdefault(a.id, a)
            wanted.setdefault(b.id, b)
    embed.words(list(dict.fromkeys(f for c in wanted.values() for forms in _readings(c).values() for f in forms)))


def _possible(a: Claim, b: Claim, na: frozenset[str], nb: frozenset[str]) -> bool:
    """Can the words of two clauses reach MIN_LINKS and LONG_SHARE at all, whatever links? Asked before
    any word is encoded (most pairs the sentence cosine proposes are a short clause and a long one).
    A link of a name to a name takes a word off each side, at most one per Latin name (and the Latin
    clause's first word, never read as a name by its capital)."""
    ka, kb = set(a.keywords) - na, set(b.keywords) - nb
    names = len(na | nb) + 1
    most = min(len(ka), len(kb))
    return most >= MIN_LINKS and most >= LONG_SHARE * max(len(ka) - names, len(kb) - names, most)


# Distinct pairs of clauses whose alignment ``read`` keeps (news copy repeats its clauses: one pair
# of clauses meets again in many pairs of claims of a feed); emptied when full.
READ_MEMO = 20_000
_read: dict[tuple, Alignment] = {}


def read(a: Claim, b: Claim, min_cos: float = WORD_COS) -> Alignment:
    """The links of two clauses and the shares of each side's content words (not names) they cover
    (no links when the shares cannot be reached, ``_possible``)."""
    key = (a.quote, tuple(a.keywords), b.quote, tuple(b.keywords), min_cos)
    got = _read.get(key)
    if got is None:
        if len(_read) >= READ_MEMO:
            _read.clear()
        got = _read[key] = _read_pair(a, b, min_cos)
    return got


def _read_pair(a: Claim, b: Claim, min_cos: float) -> Alignment:
    na, nb = _names(a), _names(b)
    if not _possible(a, b, na, nb):
        return Alignment([], [], 0.0, 0.0)
    found = align(a, b, min_cos)
    names = [k for k in found if k.stem_a in na or k.stem_b in nb or k.rule == NAME_RULE]
    links = [k for k in found if k not in names]
    ca = set(a.keywords) - na - {k.stem_a for k in names}
    cb = set(b.keywords) - nb - {k.stem_b for k in names}
    if not ca or not cb:
        return Alignment(links, names, 0.0, 0.0)
    return Alignment(links, names, len(links) / min(len(ca), len(cb)), len(links) / max(len(ca), len(cb)))


def directions(c: Claim) -> frozenset[tuple[str, str]]:
    """The reversal pairs a clause takes a side of, by the pair's name (shared by the languages'
    ``reversals.json``: "up / down (rise, fall, highest, lowest)") and the side ("a" or "b"); a pair
    whose two sides the clause both holds ("rises after a fall") takes no side."""
    lang = crossword.language_of(c)
    pairs = reversals(lang).pairs
    held = {(pairs[int(key[:-1])].name, key[-1]) for key in side(c.quote, lang).hits
            if key != NEGATOR_KEY and not pairs[int(key[:-1])].union}
    return frozenset((name, x) for name, x in held if (name, "b" if x == "a" else "a") not in held)


def number_words(c: Claim) -> dict[str, frozenset[int]]:
    """The numbers a clause states in words, by kind (``statement_swap.NUMBER_WORD_KINDS``: "fourth",
    "الرابع" are ordinals 4; "thirty" a number word), from the language's value tables."""
    lang = crossword.language_of(c)
    s = side(c.quote, lang)
    out: dict[str, frozenset[int]] = {}
    for kind in NUMBER_WORD_KINDS:
        table = statement_swap.number_words(lang, kind)
        found = {table[v] for i in s.content for v in s.toks[i].variants if v in table}
        if found:
            out[kind] = frozenset(found)
    return out


def opposing(a: Claim, b: Claim) -> bool:
    """Does anything keep two clauses in two scripts from being one statement, whatever their words:
    one side negated, two different people, opposite sides of a reversal pair (``opposed``), other
    figures? (``kinds.statement`` judges by it; ``prefetch`` encodes no word of such a pair.)"""
    return a.polarity != b.polarity or bool(a.entities and b.entities and not set(a.entities) & set(b.entities)) \
        or bool(opposed(a, b)) or bool(other_figures(a.quote, b.quote))


def opposed(a: Claim, b: Claim) -> str | None:
    """What sets two clauses in two languages apart whatever their other words: a reversal pair they
    take opposite sides of ("prices rise" / "الأسعار تنخفض"), or number words of one kind that share
    no number ("his fourth stage win" / "فوزه الثالث": a word vector puts ordinals side by side).
    None when there is neither."""
    da, db = directions(a), directions(b)
    pair = next((name for name, x in sorted(da) if (name, "b" if x == "a" else "a") in db), None)
    if pair:
        return pair
    na, nb = number_words(a), number_words(b)
    return next((f"{kind} {sorted(na[kind])} vs {sorted(nb[kind])}" for kind in sorted(na.keys() & nb.keys())
                 if not na[kind] & nb[kind]), None)


def agreement(a: Claim, b: Claim, similarity: float) -> str | None:
    """The reason two statement clauses in two scripts are one statement (their links named), or
    None. Asked only when nothing opposes them (``kinds.statement.judge``: not one side negated, no
    two different people, no opposite sides of a reversal pair (``opposed``), no other figures)."""
    if similarity < GATE_COS:
        return None
    got = read(a, b)
    if not got.agrees():
        return None
    told = ", ".join(link.describe() for link in got.links)
    return (f"same statement across languages: {told} ({got.short:.0%} / {got.long:.0%} of the content "
            f"words aligned; sentence cosine {similarity:.2f})")
