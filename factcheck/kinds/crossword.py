"""Which words of two figures' signatures, written in two scripts, translate each other.

A figure's signature (``quantity_read.signature``) is the stems of the content words around it: its
counted noun and its predicate ("18,000 runners took part" / "شارك 25 ألف عداء"). Across scripts no
stem is shared; each signature word is then paired with at most one word of the other signature
(greedily, best pair first) when

- both are cues of one key in a keyed section of the lexicons, which pair the languages already
  (``predicates``: "took part" / "شارك" are both ``predicates.participate``; ``measures``,
  ``duration_measures``, ``payment_forms``, ``named_kinds``, ``rate_periods``, ``race_places``,
  ``dimension_nouns``: "depth" / "عمق"), or
- neither is a cue of another key ("sold" / "اشترى" are two acts), and the embedding cosine of the
  two words (USE-m3 word vectors, best of the word as written, without its proclitic, and its stem)
  reaches ``ALIGN_COS``.

``match`` reads the pairs for ``kinds.quantity``: the counted noun and a predicate word paired is
what one figure in one script has when it shares stems with another. Units and currencies need no
pairing: they are language-free in a figure's dimension.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .. import embed
from ..lang import detect as langid
from ..lang import lexicon as lx
from ..models import Claim

# Two words of two languages are one word when greedy one-to-one pairing of two signatures pairs them
# at this cosine or more. Calibrated on general news vocabulary, not story phrases: on 44 Arabic /
# English noun pairs of news figures ("soldiers" / "جندي", "trucks" / "شاحنة", "villages" / "قرية"),
# translations scored 0.33-0.93 (median 0.76; 37 were each other's nearest word) and a word's
# non-translations reached 0.54 at the 99th percentile, above it only near-synonyms ("houses" /
# "منزل" 0.83, "children" / "أسرة" 0.67); the table of tests/test_crossword.py (20 translations, 19
# from 0.58 up; "tourists" / "سياح" 0.31 is missed; 8 non-translations at most 0.39). The other side of
# one act ("sold" / "اشترى" 0.59) is kept apart by the lexicon keys, and pairing one-to-one, best pair
# first, keeps a word from its neighbour when its translation is in the other signature.
ALIGN_COS = 0.55
# Keyed sections of the lexicons whose keys are shared by every language: a cue of one key in each
# language is one word in two languages.
PREDICATES = "predicates"
KEYED_SECTIONS = (PREDICATES, "measures", "duration_measures", "payment_forms", "named_kinds", "rate_periods",
                  "race_places", "dimension_nouns")
# The property of counts (figures with no unit: what they count is their counted noun).
COUNT_PROPERTY = "quantity:count"
# Rule names of a pairing, for the verdict's reason.
LEXICON_RULE = "lexicon key"
COSINE_RULE = "cosine"


@dataclass(frozen=True)
class Pair:
    """Two signature stems paired across languages, with the evidence."""
    a: str
    b: str
    score: float
    rule: str

    def describe(self, surface_a: str, surface_b: str) -> str:
        why = f"{LEXICON_RULE} {self.rule.split(':', 1)[1]}" if self.rule.startswith(LEXICON_RULE) \
            else f"cosine {self.score:.2f}"
        return f"'{surface_a}' / '{surface_b}' ({why})"


def language_of(c: Claim) -> str:
    """The language of a claim's quote, by its script."""
    return langid.by_script(c.quote)


@lru_cache(maxsize=None)
def _keys(lang: str) -> tuple[tuple[frozenset[str], str], ...]:
    """The stems of each cue of the keyed sections (a phrase's content stems: "took part"), with the
    section.key it is a cue of."""
    lex = lx.lexicon(lang)
    stop = lex.stopwords.words
    out: list[tuple[frozenset[str], str]] = []
    for section in KEYED_SECTIONS:
        table = getattr(lex, section, None)
        if not isinstance(table, dict):
            continue
        for key, cues in table.items():
            for cue in cues:
                stems = frozenset(lx.light_stem(t.form, lang) for t in lx.tokenize(cue, lang) if t.form not in stop)
                if stems:
                    out.append((stems, f"{section}.{key}"))
    return tuple(out)


# Distinct signatures whose keys ``keys_of`` keeps: a figure's signature meets many others, and each
# reading walks every cue of the keyed sections (benchmarks/run.py at 1,000 articles: 5,924 readings
# of 164 distinct signatures).
KEYS_MEMO = 20_000


@lru_cache(maxsize=KEYS_MEMO)
def keys_of(stems: frozenset[str], lang: str) -> dict[str, frozenset[str]]:
    """Each stem of a signature with the section.key names of the cues the signature holds whole
    (memoized: callers must not change the dict)."""
    out: dict[str, set[str]] = {}
    for cue, key in _keys(lang):
        if cue <= stems:
            for stem in cue:
                out.setdefault(stem, set()).add(key)
    return {k: frozenset(v) for k, v in out.items()}


def surfaces(c: Claim) -> dict[str, str]:
    """Each signature stem of a claim with the word its quote writes for it (without proclitics)."""
    return {stem: forms[0] for stem, forms in written(c).items()}


def written(c: Claim) -> dict[str, tuple[str, ...]]:
    """Each signature stem of a claim with the ways to read it: the word as the quote writes it without
    the proclitic its folded form drops ("وشارك" -> "شارك"), as written whole (a first letter read as a
    proclitic may be the word's own: "فرصة"), and the stem itself."""
    lang = language_of(c)
    wanted = set(c.keywords)
    out: dict[str, tuple[str, ...]] = {}
    for t in lx.tokenize(c.quote, lang):
        stem = lx.light_stem(t.form, lang)
        if stem in wanted and stem not in out:
            word = c.quote[t.start:t.end]
            bare = min(t.variants, key=len)
            # drop a proclitic the folded variant drops, when folding kept the length
            stripped = word[len(t.form) - len(bare):] if len(word) == len(t.form) and t.form.endswith(bare) else word
            out[stem] = tuple(dict.fromkeys((stripped, word, stem)))
    for stem in wanted - out.keys():
        out[stem] = (stem,)
    return out


def _encode(words: list[str]) -> np.ndarray:
    """Unit word vectors, kept between calls (``embed.words``)."""
    return embed.words(words)


def noun_stems(c: Claim, head: str | None) -> frozenset[str]:
    """The stems of a figure's counted noun ``head``: the noun, and where nouns come first
    (``<lang>.lexicon noun_head``) and it has no article, the word right after it that completes it
    (the construct "فرصة عمل", a job: an opportunity of work), when that word is in the signature."""
    if head is None:
        return frozenset()
    lang = language_of(c)
    if lx.lexicon(lang).noun_head != "first":
        return frozenset({head})
    span = next(((s.start, s.end) for s in c.signals if s.field == "measure" and s.start is not None
                 and s.end is not None and c.start <= s.start < s.end <= c.end), None)
    if span is None:
        return frozenset({head})
    toks = lx.tokenize(c.quote, lang)
    at = next((k for k, t in enumerate(toks) if t.start <= span[0] - c.start < t.end), None)
    if at is None or at + 1 >= len(toks) or toks[at].article:
        return frozenset({head})   # a noun with the article heads no construct ("الأطفال المحتجزين": an adjective follows)
    after = lx.light_stem(toks[at + 1].form, lang)
    return frozenset({head, after}) if after in c.keywords else frozenset({head})


def predicates(c: Claim) -> frozenset[str]:
    """The ``predicates`` keys whose cues the figure's signature holds ("damaged": damage)."""
    stems = frozenset(c.keywords)
    keys = keys_of(stems, language_of(c))
    return frozenset(k.split(".", 1)[1] for ks in keys.values() for k in ks if k.startswith(PREDICATES + "."))


def word_pair(x: str, lang_x: str, y: str, lang_y: str) -> tuple[float, str | None]:
    """Two words (or set phrases: "took part") of two languages as ``align`` sees them: their best
    cosine and the lexicon key they share (None when they share none)."""
    def stems(text: str, lang: str) -> frozenset[str]:
        stop = lx.lexicon(lang).stopwords.words
        return frozenset(lx.light_stem(t.form, lang) for t in lx.tokenize(text, lang) if t.form not in stop)
    sx, sy = stems(x, lang_x), stems(y, lang_y)
    kx = frozenset().union(*keys_of(sx, lang_x).values())
    ky = frozenset().union(*keys_of(sy, lang_y).values())
    shared = kx & ky
    vx, vy = _encode([x, *sorted(sx)]), _encode([y, *sorted(sy)])
    return float((vx @ vy.T).max()), (min(shared) if shared else None)


# The best cosine of two words' readings (``align``), by the readings, while their vectors are kept
# (``embed.words``): a pair of signature words meets again in many pairs of figures (benchmarks/run.py at
# 1,000 articles: 44,082 word pairs of 1,481 figure pairs, 3,082 distinct); at most COSINES_KEPT.
COSINES_KEPT = 200_000
_cosines: dict[tuple[tuple[str, ...], tuple[str, ...]], float] = {}


def _best_cosine(x: tuple[str, ...], y: tuple[str, ...], vx: np.ndarray, vy: np.ndarray) -> float:
    """The best cosine of readings ``x`` (vectors ``vx``) and ``y`` (``vy``), kept in ``_cosines``."""
    got = _cosines.get((x, y))
    if got is None:
        if len(_cosines) >= COSINES_KEPT:
            _cosines.clear()
        got = _cosines[(x, y)] = max(float(a @ b) for a in vx for b in vy)
    return got


def _readings(words: list[str], forms: dict[str, tuple[str, ...]]) -> dict[str, np.ndarray]:
    flat = [f for w in words for f in forms[w]]
    vecs = dict(zip(flat, _encode(flat)))
    return {w: np.stack([vecs[f] for f in forms[w]]) for w in words}


def align(a: Claim, b: Claim) -> list[Pair]:
    """The signature stems of two claims in two languages paired one-to-one, best pair first: a shared
    lexicon key, else a word cosine from ``ALIGN_COS``."""
    la, lb = language_of(a), language_of(b)
    sa, sb = written(a), written(b)
    wa, wb = sorted(sa), sorted(sb)
    if not wa or not wb:
        return []
    ka, kb = keys_of(frozenset(wa), la), keys_of(frozenset(wb), lb)
    # each word in each of its readings ("runners", "runner"): the best pair of readings
    va, vb = _readings(wa, sa), _readings(wb, sb)
    sims = np.array([[_best_cosine(sa[w], sb[v], va[w], vb[v]) for v in wb] for w in wa])
    scored: list[tuple[float, int, int, str]] = []
    for i, x in enumerate(wa):
        for j, y in enumerate(wb):
            shared = ka.get(x, frozenset()) & kb.get(y, frozenset())
            if shared:
                scored.append((2.0, i, j, f"{LEXICON_RULE}:{min(shared)}"))
            elif x in ka and y in kb:
                continue   # cues of two different keys are two known words ("sold" / "اشترى"), whatever their cosine
            elif sims[i, j] >= ALIGN_COS:
                scored.append((float(sims[i, j]), i, j, COSINE_RULE))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[Pair] = []
    for score, i, j, rule in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append(Pair(wa[i], wb[j], min(score, 1.0) if rule == COSINE_RULE else 1.0, rule))
    return out


@dataclass(frozen=True)
class Match:
    """What two figures' paired words say: one thing measured (``strong``: enough for a clash)."""
    strong: bool
    evidence: str


def match(a: Claim, b: Claim, heads: tuple[str | None, str | None], generic: tuple[bool, bool],
          noun_cos: float, clash_share: float) -> Match | None:
    """What two figures' signatures in two languages say once their words are paired (``align``), as
    shared stems say it in one script (``kinds.quantity``):
    - their counted nouns (``heads``) paired and one more word (the predicate or what it is of:
      "runners" / "عداء" with "took part" / "شارك") is a shared counted noun: a clash's evidence;
    - the counted nouns alone are one thing measured, clash evidence from ``noun_cos``;
    - when neither counts a named noun (``generic``: "8,000 people were evacuated" / "أجلت 6 آلاف
      شخص"), or the figures have a unit (an area, a sum: the unit says what is measured),
      ``clash_share`` of the smaller signature paired, one pair at least through the lexicons' shared
      keys (a predicate: "evacuated" / "إجلاء"), is a shared signature.
    None when the words do not say the figures measure one thing: two named nouns left unpaired count
    two things whatever else is shared ("150 Palestinian women and teenagers" / "39 Palestinian
    prisoners": the women of the whole deal, the prisoners of day one), a named noun against none is
    not known to be it ("39 prisoners" / "50 Israelis"), and two different predicates are two acts
    ("destroyed" / "تضرر", damaged)."""
    ha, hb = heads
    named = ha is not None and hb is not None and not any(generic)
    unnamed = ((ha is None or generic[0]) and (hb is None or generic[1])) or not a.property.startswith(COUNT_PROPERTY)
    pa, pb = predicates(a), predicates(b)
    if pa and pb and not pa & pb:
        return None
    pairs = align(a, b)
    if not pairs:
        return None
    sa, sb = surfaces(a), surfaces(b)
    told = [p.describe(sa.get(p.a, p.a), sb.get(p.b, p.b)) for p in pairs]
    na, nb = noun_stems(a, ha), noun_stems(b, hb)
    nouns = next((k for k, p in enumerate(pairs) if named and p.a in na and p.b in nb), None)
    if nouns is not None:
        others = [t for k, t in enumerate(told) if k != nouns]
        if others:
            return Match(True, f"counted nouns {told[nouns]}, with {others[0]}")
        # one noun in two languages beyond doubt; the scope checks of kinds.quantity still keep parts apart
        return Match(pairs[nouns].score >= noun_cos, f"counted nouns {told[nouns]}")
    share = len(pairs) / min(len(a.keywords), len(b.keywords))
    if unnamed and share >= clash_share and any(p.rule != COSINE_RULE for p in pairs):
        return Match(True, f"{share:.0%} of what it measures paired across languages ({'; '.join(told)})")
    return None
