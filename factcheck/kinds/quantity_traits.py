"""What a quantity claim's figure is, read from the claim: its counted noun (``head``) and the group it
counts, whether it counts others, one, a nationality's people or a deal's term, and how well two
figures' words say they are one thing (``describes``, ``match_score``). ``quantity`` judges two
figures with these; the thresholds' calibration is told where they are defined.
"""
from __future__ import annotations

import math
from functools import lru_cache

from ..lang import data as langdata
from ..lang import detect as langid
from ..lang import lexicon as lx
from ..models import Claim
from ..lang.text import script_of
from . import crossword
from .base import measure
from .deal import DEAL_PRICE, DEAL_STAKE, DEAL_STAKE_RETAINED, part_of, tranche_of
from .quantity_read import (NATIONALITY_QUALIFIER_RULE, NATIONALITY_SUBJECT, OTHERS_RULE, SOLE_RULE,
                             SPEAKER_SUBJECT_RULE)
from .quantity_value import dimension, number_of
from .quantity_bounds import base_value
from .value import SAME_FIGURE_RATIO

# Two figures measure the same thing when this share of the smaller signature is in the other (and
# their counted nouns are the same, or they are about the same person: one figure per person and
# dimension, unless the person's own article gives several, see ``group._ambiguous``).
SAME_SIGNATURE_SHARE = 0.5
# Sources that clash on one figure rarely differ by more than this factor (a toll of 4 vs 5, a
# height of 625 vs 825 ft, an electorate of 5.6 vs 24 million); figures further apart that share a
# few words are more often two facts (48 % turnout vs a 3.17 % share) than one fact misreported.
MAX_CLASH_RATIO = 5.0
# Two figures across scripts (``quantity.CROSS_SCRIPT_COS``) also meet when their counted nouns are one
# noun in two languages: the cosine of the two nouns alone
# (USE-m3 word vectors; on 16 Arabic/English noun pairs of news figures, 14 translations were each
# other's nearest word, at 0.71-0.93 ("مواطنين"/"citizens" 0.83, "جرحى"/"injured" 0.71), while the
# nearest non-translation reached 0.57). Alone it only lets equal values agree here; the nouns paired
# one-to-one within the two signatures (``crossword.align``) at this cosine are clash evidence too
# (``quantity._aligned``): the scope checks of ``quantity`` (nationality, part of a whole, tranche, modality) and the
# event keep gaza's 39 prisoners freed on day one apart from the 150 of the whole deal, which once
# made 15 distractor pairs when any noun pair of this cosine was clash evidence.
CROSS_SCRIPT_HEAD_COS = 0.7
# Two figures of one dimension and event that state the same value from this size up (or with a
# fraction) are one fact even when their words differ: agreement only, never a clash. Small counts
# (days, teams, goals, "two dams" / "two sons") coincide by chance in a story; on the dev stories an
# equal-value agreement from 2 up lowered saudi (agreement F1 0.61 -> 0.60) and gaza (unsupported
# 0.60 -> 0.57), from 10 up it lowered no set and raised algeria 0.47 -> 0.56 and gaza 0.51 -> 0.54.
DISTINCTIVE_MIN = 10
# Subjects that scope a measured figure to a place rather than name the group it counts.
PLACE_SUBJECTS = ("city:", "country:", "region:", "state:")
# The rule of a figure's scope when it counts others starts with this (any language).
OTHERS_RULE_PREFIX = OTHERS_RULE.split("(", 1)[0]


def head(c: Claim) -> str | None:
    """The counted noun of a quantity claim: its measure's name, else the noun after its figure."""
    return next((s.text for s in c.signals if s.field == "measure"), None)


def generic_head(c: Claim) -> bool:
    """Is the counted noun a generic one ("people", "أشخاص": the lexicon's ``generic_count_nouns``)?
    It names no particular group, so two figures sharing it are not known to count one thing: what
    they count is in their predicates ("carrying 230 people" / "saved 151 people")."""
    noun = head(c)
    if noun is None:
        return False
    lang = langid.by_script(noun)
    return not lx.lexicon(lang).generic_count_nouns.words.isdisjoint(
        {v for t in lx.tokenize(noun, lang) for v in t.variants})


def measured_noun(c: Claim) -> str | None:
    """The counted noun without the light noun a qualifier names ("inflation rate" -> "inflation",
    ``light_nouns``), so that "inflation rate" and "inflation" are one measure and "jobless rate" and
    "inflation rate" two."""
    noun = head(c)
    if noun is None or " " not in noun:
        return noun
    lang = langid.by_script(noun)
    light = light_stems(lang)
    words = [w for w in noun.split() if w not in light]
    return " ".join(words) or noun


@lru_cache(maxsize=None)
def light_stems(lang: str) -> frozenset[str]:
    """The light nouns of a language as written and as the stems counted nouns are written in."""
    light = lx.lexicon(lang).light_nouns.words
    return frozenset(light | {lx.light_stem(w, lang) for w in light})


def head_text(c: Claim) -> str | None:
    """The counted noun as the quote writes it (the counted noun's signal span), when it has one."""
    for s in c.signals:
        if s.field == "measure" and s.start is not None and s.end is not None and c.start <= s.start < s.end <= c.end:
            return c.quote[s.start - c.start:s.end - c.start]
    return None


def evolving(c: Claim) -> bool:
    """Is the figure of a measure that changes as a story develops (a toll: ``measures.json``)?"""
    return measure(c) in langdata.measures("evolving")


def group(c: Claim) -> str | None:
    """The narrower group a measured figure counts (a noun or a nationality), not its place scope."""
    subj = c.subject or ""
    return None if subj.startswith(PLACE_SUBJECTS) or not subj else subj


def translated_group(a: Claim, b: Claim) -> str | None:
    """Are two measured figures' different groups one noun in two languages ("three suspects" /
    "أربعة مشتبه بهم")? The evidence when the two counted nouns, written in two scripts, reach
    ``CROSS_SCRIPT_HEAD_COS`` (word vectors, ``crossword.word_pair``), else None. A nationality is
    language-free already (its group is a country code) and never a noun's translation."""
    ga, gb = group(a), group(b)
    if ga is None or gb is None or ga == gb or script_of(a.quote) == script_of(b.quote) \
            or ga.startswith(NATIONALITY_SUBJECT) or gb.startswith(NATIONALITY_SUBJECT):
        return None
    cos, _ = crossword.word_pair(a.subject_label or ga, crossword.language_of(a),
                                 b.subject_label or gb, crossword.language_of(b))
    if cos < CROSS_SCRIPT_HEAD_COS:
        return None
    return f"groups '{a.subject_label or ga}' / '{b.subject_label or gb}' are one noun in two languages (cosine {cos:.2f})"


def counts_nationality(c: Claim) -> bool:
    """Does the figure count a nationality's people ("12 Thai citizens": its subject is the nationality)?"""
    return (c.subject or "").startswith(NATIONALITY_SUBJECT) and measure(c) is None


def distinctive(c: Claim) -> bool:
    """Is the figure one that rarely recurs by chance in a story (``DISTINCTIVE_MIN`` or more, or a fraction)?"""
    x = number_of(c.value or "")
    return x is not None and (abs(x) >= DISTINCTIVE_MIN or x != int(x))


def counts_others(c: Claim) -> bool:
    """Does the figure count others than a group already told, or more ("seven other candidates",
    "4 more bodies": a scope signal of ``quantity_read.OTHERS_RULE``)?"""
    return any(s.field == "scope" and s.rule.startswith(OTHERS_RULE_PREFIX) for s in c.signals)


def told_as_one(c: Claim) -> bool:
    """Is the figure a count of one told by a word for "exactly one" ("the sole survivor")?"""
    return any(s.field == "value" and SOLE_RULE in s.rule for s in c.signals)


def qualified_by_nationality(c: Claim) -> bool:
    """Does a nationality narrow what the figure counts ("12 Thai hostages", not "24 million Algerians")?"""
    return any(s.field == "subject" and s.rule.startswith(NATIONALITY_QUALIFIER_RULE) for s in c.signals)


def deal_term(c: Claim) -> bool:
    """Is the figure one of a deal's terms: its price, a tranche it names by its ordinal, its part in
    one form ("$11bn in cash"), or a stake ("a 60% stake"; "will retain a 30% stake")?"""
    return head(c) in (DEAL_PRICE, DEAL_STAKE, DEAL_STAKE_RETAINED) or tranche_of(c)[1] is not None or part_of(c) is not None


def close(a: Claim, b: Claim) -> bool:
    """Do two figures state the same quantity (within ``value.SAME_FIGURE_RATIO`` of each other, in
    their dimension's base unit: "330 ft" and "100 m" are close)?"""
    x, y = number_of(a.value or ""), number_of(b.value or "")
    if x is None or y is None:
        return a.value == b.value
    x, y = x * dimension(a.value or "")[1], y * dimension(b.value or "")[1]
    lo, hi = sorted((abs(x), abs(y)))
    return hi == 0 or lo / hi >= SAME_FIGURE_RATIO


def close_enough(a: Claim, b: Claim) -> bool:
    """Are two figures of one dimension within ``MAX_CLASH_RATIO`` of each other, in its base unit
    ("100 metres" / "825 feet": 2.5 times)?"""
    x, y = base_value(a), base_value(b)
    if x is None or y is None:
        return True
    lo, hi = sorted((abs(x), abs(y)))
    return bool(lo) and hi / lo <= MAX_CLASH_RATIO


def weighted_share(a: Claim, b: Claim, weight: dict[str, float]) -> float:
    """Share of what two figures measure that they have in common: the weight of their shared
    signature stems over the smaller signature's weight (a stem common in the story weighs less)."""
    sa, sb = set(a.keywords), set(b.keywords)
    if not sa or not sb:
        return 0.0
    # fsum: exactly rounded, so the share does not depend on the sets' (hash-seeded) order
    w = lambda xs: math.fsum(weight.get(x, 1.0) for x in xs)  # noqa: E731
    return w(sa & sb) / min(w(sa), w(sb))


def describes(a: Claim, b: Claim, weight: dict[str, float]) -> bool:
    """Do two figures' words say what they measure is one thing: SAME_SIGNATURE_SHARE of their
    signature shared, the same counted noun, or the same subject?"""
    return weighted_share(a, b, weight) >= SAME_SIGNATURE_SHARE or (head(a) is not None and head(a) == head(b)) \
        or (a.subject is not None and a.subject == b.subject)


def match_score(a: Claim, b: Claim, weight: dict[str, float]) -> float:
    """How well two figures' descriptions match (for picking, among an article's figures, the one
    another article's figure is about): the weighted signature share, plus one for the same person
    and a half for the same counted noun."""
    score = weighted_share(a, b, weight)
    if a.subject is not None and a.subject == b.subject:
        score += 1.0
    if head(a) is not None and head(a) == head(b):
        score += 0.5
    return score


def spoken(c: Claim) -> bool:
    """Is the claim's subject only the person its sentence quotes (``SPEAKER_SUBJECT_RULE``)?"""
    return any(s.field == "subject" and s.rule == SPEAKER_SUBJECT_RULE for s in c.signals)


def two_subjects(a: Claim, b: Claim) -> bool:
    """Are two figures about two different people? Two quoted persons are no evidence of that (two
    ministers may give one investment two sums)."""
    return bool(a.subject and b.subject and a.subject != b.subject) and not (spoken(a) or spoken(b))
