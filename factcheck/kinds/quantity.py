"""The quantity kind: every figure a clause states, open-world, one path for all of them.

Every number is a quantity claim with
- its **dimension**, from its unit: ``percent``, ``money:<ISO code>``, ``measure:<base unit>`` (from
  ``data/units.json``) or ``count``; it is the claim's property (``quantity:<dimension>``), so figures
  of different dimensions or currencies never meet;
- what it **measures**, an open signature: the stems of the content words next to it in its clause
  (the counted noun, the predicate, "of the vote"), kept in the claim's ``keywords``;
- its **subject**: the person the clause names next to it, when there is one;
- its **stated precision**: "94.65 %" is 94.645-94.655, "24 million" is 23.5-24.5 million, "about"
  and "more than" widen it as the qualifier says; the claim's ``value_low``/``value_high`` hold it;
- its **measure**, when a measure cue of the lexicons names what it counts ("12 dead", "قتيلا",
  "a population of", ``<lang>.lexicon measures``): the measure's name is its counted noun, the same
  in every language; its subject is then the group it counts ("169 Indian passengers") or, for a
  standing measure, the place it describes.

Two quantities are about the same thing when their events are compatible, their subjects do not
differ and their signatures match (shared stems in one script; across scripts, their words paired
across the languages by ``crossword``, the counted noun and a predicate, or the embedding cosine of
their quotes). They agree when their precision intervals meet, and contradict otherwise.

Figures of a named measure meet only figures of that measure, in any language. ``measures.json``
says how each behaves: an *evolving* measure (a toll) changes as a story develops, so a clash between
articles published at different times is an update (``group``); a *standing* measure (a city's
population) is compared whatever the event its clauses are anchored to. A total and a narrower group
("242 people" / "169 Indian passengers") never clash, but the same total with and without its
breakdown ("242 people" / "242 passengers and crew") agrees.
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
from ..extract.perpetrators import PERPETRATOR_SUBJECT
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, Verdict, measure, open_measure
from .deal import DEAL_PRICE, DEAL_STAKE, DEAL_STAKE_RETAINED, deal_object_of, other_holders, part_of, tranche_of
from .quantity_read import (NATIONALITY_QUALIFIER_RULE, NATIONALITY_SUBJECT, OTHERS_RULE, SOLE_RULE,
                             SPEAKER_SUBJECT_RULE, dimension, number_of, part_of_whole, whole_of)
from .quantity_bounds import base_value, meets, ratio
from .quantity_marks import earlier
from .reading import figure_words
from .value import PLANS, SAME_EVENT_SCOPE, SAME_FIGURE_RATIO, comparable

# Two figures measure the same thing when this share of the smaller signature is in the other (and
# their counted nouns are the same, or they are about the same person: one figure per person and
# dimension, unless the person's own article gives several, see ``group._ambiguous``) ...
SAME_SIGNATURE_SHARE = 0.5
# ... and a clash needs the stricter evidence: this share, or a shared counted noun.
CLASH_SIGNATURE_SHARE = 0.5
# Sources that clash on one figure rarely differ by more than this factor (a toll of 4 vs 5, a
# height of 625 vs 825 ft, an electorate of 5.6 vs 24 million); figures further apart that share a
# few words are more often two facts (48 % turnout vs a 3.17 % share) than one fact misreported.
MAX_CLASH_RATIO = 5.0
# Across scripts nothing is shared: the cosine of the two claims' quotes (USE-m3) decides, as for
# statements (translations score 0.8-0.9; figures of one story in the other language 0.5-0.7).
CROSS_SCRIPT_COS = 0.75
# ... and two figures across scripts that state the same value within precision agree from this
# cosine on: the value itself is evidence; a clash still needs CROSS_SCRIPT_COS. On the dev stories
# this joined gaza's Arabic and English counts of the freed (agreement F1 0.25 -> 0.34) and changed
# no other set.
CROSS_SCRIPT_AGREE_COS = 0.6
# ... or when their counted nouns are one noun in two languages: the cosine of the two nouns alone
# (USE-m3 word vectors; on 16 Arabic/English noun pairs of news figures, 14 translations were each
# other's nearest word, at 0.71-0.93 ("مواطنين"/"citizens" 0.83, "جرحى"/"injured" 0.71), while the
# nearest non-translation reached 0.57). Alone it only lets equal values agree here; the nouns paired
# one-to-one within the two signatures (``crossword.align``) at this cosine are clash evidence too
# (``_aligned``): the scope checks below (nationality, part of a whole, tranche, modality) and the
# event keep gaza's 39 prisoners freed on day one apart from the 150 of the whole deal, which once
# made 15 distractor pairs when any noun pair of this cosine was clash evidence.
CROSS_SCRIPT_HEAD_COS = 0.7
# Two figures of one dimension and event that state the same value from this size up (or with a
# fraction) are one fact even when their words differ: agreement only, never a clash. Small counts
# (days, teams, goals, "two dams" / "two sons") coincide by chance in a story; on the dev stories an
# equal-value agreement from 2 up lowered saudi (agreement F1 0.61 -> 0.60) and gaza (unsupported
# 0.60 -> 0.57), from 10 up it lowered no set and raised algeria 0.47 -> 0.56 and gaza 0.51 -> 0.54.
DISTINCTIVE_MIN = 10
# The modality of a forecast ("expects revenue of", "is expected to reach"): against a stated fact, two
# figures (a forecast and what is), whatever the dimension.
PROJECTION = "expected"
# Dimensions whose planned figures are things to happen (people to be released, trucks to enter) and
# so differ from what happened. A deal's price, a stake, a premium are its terms, stated alike whether
# the deal "will" or "did" ("agreed to buy for $4.2bn" / "will pay $4.5bn"): compared across modality.
PLANNED_DIMENSIONS = frozenset({"count"})
# The measures of a stake, kept or changing hands (``kinds.deal``).
STAKES = (DEAL_STAKE, DEAL_STAKE_RETAINED)
# The property prefix of figures of a physical measure (a length, a mass): across scripts, one person's
# figure of such a dimension is one figure (an athlete's mark), as it is in one script.
MEASURED_PROPERTY = "quantity:measure:"
# The property of a bare count (no unit).
COUNT = "quantity:count"
# Subjects that scope a measured figure to a place rather than name the group it counts.
PLACE_SUBJECTS = ("city:", "country:", "region:", "state:")
# The rule of a figure's scope when it counts others starts with this (any language).
OTHERS_RULE_PREFIX = OTHERS_RULE.split("(", 1)[0]


# --------------------------------------------------------------------------------------- compare
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


def readable(c: Claim) -> str:
    """The figure as the article writes it, with its period when it is a rate ("$1.5 million a month")."""
    written = next((s.text for s in c.signals if s.field == "value" and s.text), c.value or c.quote)
    period = next((s.text for s in c.signals if s.field == "period" and s.text), None)
    return f"{written} {period}" if period else written


def judge(a: Claim, b: Claim, event: tuple[bool, str], similarity: float = 0.0,
          weight: dict[str, float] | None = None, head_similarity: float = 0.0) -> Verdict:
    """Compare two quantities of one dimension (their claims' property). ``event`` says whether their
    events are compatible and why; ``similarity`` is their quotes' cosine and ``head_similarity`` the
    cosine of their counted nouns (pairs across scripts); ``weight`` the weight of each signature
    stem in the story (rarer stems weigh more)."""
    found = _judge(a, b, event, similarity, weight, head_similarity)
    if found.kind == "contradict" and as_of(a) != as_of(b):
        # "turnout was 26% by 5 pm": a count up to a time of day is not the count of the whole event
        # (nor of another hour); it may agree with it, never clash
        return UNRELATED
    return found


def as_of(c: Claim) -> str | None:
    """The clock time a figure is counted up to (``extract.figures.as_of_time``), if its clause says."""
    return next((s.text for s in c.signals if s.field == "as_of"), None)


def _judge(a: Claim, b: Claim, event: tuple[bool, str], similarity: float,
           weight: dict[str, float] | None, head_similarity: float) -> Verdict:
    if earlier(a) != earlier(b):
        return UNRELATED   # an earlier or standing mark ("his personal best of 2.40m") against the event's figure
    named = [measure(a) is not None, measure(b) is not None]
    if all(named):
        return _judge_measured(a, b, event)
    found = _judge_open(a, b, event, similarity, weight, head_similarity)
    if found.kind == "contradict" and (open_measure(a) or open_measure(b)):
        # a height in metres named on one side ("ارتفاع 2.38 متر"), a length no cue names on the other
        # ("cleared 2.36 metres"): one figure when their signatures say so, as two open figures are
        return found
    if any(named) and found.kind != "agree":
        # a figure of a named measure against one whose measure no cue names ("241 individuals lost
        # their lives" / "claiming 241 lives"): the same value on the same words is one figure, but
        # without the measure on both sides nothing says they count the same thing closely enough
        # for a clash
        return UNRELATED
    return found


def reads_cosine(a: Claim, b: Claim) -> bool:
    """Can ``judge(a, b, ...)`` read ``similarity``, the cosine of the two quotes? Only for figures
    written in different scripts, not both of a named measure (``_judge_measured`` never reads it)
    and not about two different subjects (unrelated first). For any other pair the verdict is the
    same whatever the cosine: ``judge.group`` encodes the quotes of a block's pairs that may read it
    and no others (the sentence encoder is the costly part of a story's judgement)."""
    if measure(a) is not None and measure(b) is not None:
        return False
    if two_subjects(a, b):
        return False
    return script_of(a.quote) != script_of(b.quote)


def _judge_open(a: Claim, b: Claim, event: tuple[bool, str], similarity: float,
                weight: dict[str, float] | None, head_similarity: float) -> Verdict:
    """Two figures compared on their signatures (no named measure on one side at least)."""
    same_event, why = event
    if not same_event:
        return UNRELATED
    if two_subjects(a, b):
        return UNRELATED   # one figure about each of two people
    hedged = a.modality != b.modality and "possible" in (a.modality, b.modality)   # may agree, never clash
    # one counts a nationality's people, the other does not ("12 Thai hostages" / "24 hostages"):
    # a part against its whole, one figure only when they state the same value
    narrower = qualified_by_nationality(a) != qualified_by_nationality(b)
    same_head = head(a) is not None and measured_noun(a) == measured_noun(b) and not generic_head(a)
    same_subject = a.subject is not None and a.subject == b.subject
    if script_of(a.quote) != script_of(b.quote):
        same, strong = similarity >= CROSS_SCRIPT_AGREE_COS, similarity >= CROSS_SCRIPT_COS
        evidence = f"cosine {similarity:.2f}"
        one_noun = head_similarity >= CROSS_SCRIPT_HEAD_COS
        one_group = same_subject and counts_nationality(a) and counts_nationality(b)
        if head(a) == head(b) and deal_term(a):
            # a deal's price in two languages ("مقابل 2.1 مليار دولار" / "a deal worth $2.3bn"), its
            # first tranche ("الدفعة الأولى" / "the first tranche") or its part in cash ("نقدا" / "in
            # cash"): one thing measured, as a named measure is (which of several prices is the best
            # match is still asked: ``judge.group``)
            same = strong = True
            what_part = "a deal's price" if head(a) == DEAL_PRICE else f"the {head(a)}"
            evidence = f"both {what_part} ('{head_text(a) or head(a)}' / '{head_text(b) or head(b)}')"
        elif one_noun and one_group:
            # one noun in two languages, of one nationality ("10 مواطنين تايلنديين" / "12 Thai citizens")
            same = strong = True
            evidence = (f"counted nouns '{head_text(a)}' / '{head_text(b)}' (cosine {head_similarity:.2f}), "
                        f"both {a.subject_label} / {b.subject_label}")
        elif same_subject and a.property != COUNT and not (spoken(a) or spoken(b)) \
                and (head(a) is None or head(b) is None or one_noun):
            # one person's share or sum in two languages ("Tomas Rieke took 31.9 percent" / "وحصل توماس
            # ريكه على 29.1 في المئة"): one figure per person and unit, as in one script (no two counted
            # nouns that differ). Not a count: a person's counts are of many things ("convicted on
            # seven charges" / "acquitted on the remaining three")
            same = strong = True
            evidence = f"both about {a.subject_label or a.subject} / {b.subject_label or b.subject}"
        elif one_noun and not same:
            same = True   # evidence enough for one figure in two languages, never alone for a clash
            evidence = f"counted nouns '{head_text(a)}' / '{head_text(b)}', cosine {head_similarity:.2f}"
        elif one_group and not same:
            same = True   # the same nationality's people counted ("13 Israelis" / "13 من الجنسية الإسرائيلية")
            evidence = f"both count {a.subject_label} / {b.subject_label}"
        elif same_subject and a.property.startswith(MEASURED_PROPERTY) and not (counts_nationality(a) or counts_nationality(b)):
            # one person's mark in metres or kilograms in two languages ("Idris Kamara ... 8.41 metres" /
            # "إدريس كامارا ... 8.14 م"): one figure per person and dimension, as in one script
            same = strong = True
            evidence = f"both about {a.subject_label} / {b.subject_label}"
        if not strong:
            same, strong, evidence = _aligned(a, b, same, evidence)
    else:
        share = weighted_share(a, b, weight or {})
        same = share >= SAME_SIGNATURE_SHARE or same_head or same_subject
        # a person is one figure per dimension; a nationality's people may be counted for several things,
        # and a person's figures of two counted nouns are two figures ("two challengers to X" / "X's
        # three campaigns")
        other_nouns = head(a) is not None and head(b) is not None and not same_head
        owner = same_subject and not (counts_nationality(a) or counts_nationality(b)) and not other_nouns
        strong = same and (share >= CLASH_SIGNATURE_SHARE or same_head or owner)
        evidence = (f"both about {a.subject_label or a.subject}" if same_subject else
                    f"counted noun '{head(a)}'" if same_head else f"{share:.0%} of what it measures shared")
    if not same and not narrower and distinctive(a) and distinctive(b) and meets(a, b) and close(a, b):
        # within one story's event, the same figure from DISTINCTIVE_MIN up is one fact told in other
        # words ("24,351,551 eligible voters" / "more than 24 million registered"); never a clash
        same = True
        evidence = f"the same figure of {DISTINCTIVE_MIN} or more in one event, told in other words"
    if not same:
        return UNRELATED
    if head(a) in STAKES and head(b) in STAKES and other_holders(a, b):
        return UNRELATED   # two holders' stakes ("Bahrain's GHIC will hold 65%" / "Qatar's fund holds 20%")
    what = a.property.split(":", 1)[1]
    if meets(a, b):
        hedge = "; one source hedges it" if hedged else ""
        return Verdict("agree", f"same figure within stated precision ({readable(a)} / {readable(b)}; {evidence}{hedge})",
                       CONF_VALUE)
    if hedged or narrower or a.polarity != b.polarity or not strong or ratio(a, b) > MAX_CLASH_RATIO:
        return UNRELATED
    bought_a, bought_b = deal_object_of(a), deal_object_of(b)
    if bought_a and bought_b and not bought_a & bought_b:
        return UNRELATED   # the prices of two deals ("to buy Cobresa for $3.4bn" / "its purchase of Andino for $1.2bn")
    (ta, na), (tb, nb) = tranche_of(a), tranche_of(b)
    if (ta or tb) and not (ta and tb and na is not None and na == nb):
        # a tranche against the total or another tranche ("the first tranche of $6bn" / "will invest
        # $18bn"; "a tranche of $2bn" / "a tranche of $3bn"): two parts of the money, never a clash
        return UNRELATED
    pa, pb = part_of(a), part_of(b)
    if pa != pb and ((pa and pb) or (deal_term(a) and deal_term(b))):
        # the deal's money in one form against its price or another form ("$11bn in cash" / "a deal
        # worth $18bn"; "$11bn in cash" / "$7bn from deposits"): two parts of the money, never a clash
        return UNRELATED
    if (head(a) == DEAL_STAKE_RETAINED) != (head(b) == DEAL_STAKE_RETAINED):
        return UNRELATED   # the stake the seller keeps against one that changes hands ("will retain 40%" / "buys 60%")
    if part_of_whole(a) != part_of_whole(b) and what != "percent" and not _a_part_too(a, b):
        # "5.6 million of the 24 million voters" (who voted) against the electorate; a share is a
        # share of something whether or not the clause names it ("54 percent of the 3.1 million")
        return UNRELATED
    if (a.modality in PLANS) != (b.modality in PLANS) and what.split("/")[0] in PLANNED_DIMENSIONS:
        return UNRELATED   # what a deal or a plan says ("will release 50") against what happened ("freed 13")
    if (a.modality == PROJECTION) != (b.modality == PROJECTION) and not ({a.modality, b.modality} & PLANS - {PROJECTION}) \
            and not (head(a) == head(b) and deal_term(a)):
        # a forecast against a stated fact ("expects revenue of €1.1bn" / "had revenue of €0.9bn"): two
        # figures, unless both are one of the deal's terms ("is expected to pay €1.3bn for" / "paid €1.5bn for")
        return UNRELATED
    return Verdict("contradict", f"different {what} figure for the same thing ({readable(a)} vs {readable(b)}; "
                                 f"{evidence}; {why})", CONF_SIMILAR)


def _aligned(a: Claim, b: Claim, same: bool, evidence: str) -> tuple[bool, bool, str]:
    """Across scripts, what two figures' words paired across the two languages say (``crossword.match``,
    read as shared stems are in one script). Returns (same, strong, evidence), unchanged when the words
    say no more."""
    found = crossword.match(a, b, (head(a), head(b)), (generic_head(a), generic_head(b)),
                            CROSS_SCRIPT_HEAD_COS, CLASH_SIGNATURE_SHARE)
    if found is None:
        return same, False, evidence
    return True, found.strong, found.evidence if found.strong or not same else evidence


def _a_part_too(a: Claim, b: Claim) -> bool:
    """Is the figure stated alone as much a part as the other, stated as a part of a whole ("132 seats" /
    "123 of the 300 seats")? It is when it falls short of that whole by more than rounding
    (``SAME_FIGURE_RATIO``): it cannot be the whole, so both count the part; one near the whole or
    above it is the whole, or another ("24.3 million voters" / "5.6 million of the 24 million")."""
    part, alone = (a, b) if part_of_whole(a) else (b, a)
    whole, x = whole_of(part), number_of(alone.value or "")
    return whole is not None and x is not None and abs(x) < SAME_FIGURE_RATIO * whole


def _judge_measured(a: Claim, b: Claim, event: tuple[bool, str]) -> Verdict:
    """Compare two figures of which one at least has a named measure: the same measure (in any
    language), compatible events (or, for a standing measure, the same subject whatever the event),
    the same group or a total against its breakdown; one figure when their intervals meet and they are
    close, a clash when the intervals are disjoint."""
    name = measure(a)
    if name is None or name != measure(b):
        return UNRELATED   # a measure meets only itself
    same_event, why = event
    scope = SAME_EVENT_SCOPE
    # an age belongs to a person: two ages of one named person are compared; ages with no person
    # named ("voters under 40") may agree, never clash (a story tells the ages of many people)
    personal = name in langdata.measures("personal")
    if personal and a.subject and b.subject and a.subject != b.subject:
        return UNRELATED
    unowned = personal and not (a.subject and b.subject)
    if name in langdata.measures("standing") and a.subject and a.subject == b.subject \
            and not a.subject.startswith(PERPETRATOR_SUBJECT):   # a role in one event, not one person
        same_event, why = True, f"{name} is a standing measure (measures.json), compared whatever the event"
        scope = f"of {a.subject_label or a.subject}"
    # a hedged figure ("feared dead", "could reach") and a stated one are one figure when they meet,
    # never a clash: the hedge says the source is not sure of it
    hedged = a.modality != b.modality and "possible" in (a.modality, b.modality)
    translated = translated_group(a, b)
    # one group named in two languages: its two spellings are one subject for what follows
    if not comparable(a, b if translated is None else b.model_copy(update={"subject": a.subject}), same_event,
                      projections=True):
        return UNRELATED
    why = f"{why}; {translated}" if translated else why
    # one of them counts a narrower group, or names its total's breakdown
    total = group(a) != group(b) and translated is None
    if total and group(a) is not None and group(b) is not None:
        return UNRELATED   # two different groups ("169 Indian passengers" / "12 crew")
    if not meets(a, b):
        if total or hedged or unowned:
            return UNRELATED   # a total against a narrower group ("242 people" / "169 Indian passengers")
        if counts_others(a) != counts_others(b):
            return UNRELATED   # "4 more bodies" / "12 bodies": an increment or the rest, not the count
        if told_as_one(a) or told_as_one(b):
            return UNRELATED   # "the sole survivor" may be of one family or one car: it agrees, never clashes
        if open_measure(a) and not close_enough(a, b):
            return UNRELATED   # "the zone covers 170 km²" / "the port will cover 12 km²": two things' areas
        return Verdict("contradict", f"different {name} figure {scope} ({readable(a)} vs {readable(b)}; {why})",
                       CONF_VALUE)
    if not close(a, b):
        return UNRELATED   # compatible bounds ("more than 2,800" / "11,300") but not one figure
    breakdown = f"; {group(a) or group(b)} is the total's breakdown" if total else f"; {translated}" if translated else ""
    hedge = "; one source hedges it" if hedged else ""
    return Verdict("agree", f"same {name} figure ({readable(a)} / {readable(b)}){breakdown}{hedge}", CONF_VALUE)


def words(c: Claim) -> str:
    """The figure with thousands separators, its unit and qualifier ("about 100 t", "200,000")."""
    return figure_words(c)
