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

from ..lang import data as langdata
from ..models import Claim
from ..lang.text import script_of
from . import crossword
from ..extract.perpetrators import PERPETRATOR_SUBJECT
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, Verdict, measure, open_measure
from .deal import DEAL_PRICE, DEAL_STAKE, DEAL_STAKE_RETAINED, deal_object_of, other_holders, part_of, tranche_of
from .quantity_read import part_of_whole, whole_of
from .quantity_value import number_of
from .quantity_bounds import meets, ratio
from .quantity_marks import earlier
from .reading import figure_words
from .value import PLANS, SAME_EVENT_SCOPE, SAME_FIGURE_RATIO, comparable
from .quantity_traits import (CROSS_SCRIPT_HEAD_COS, DISTINCTIVE_MIN, MAX_CLASH_RATIO, SAME_SIGNATURE_SHARE, close,
                              close_enough, counts_nationality, counts_others, deal_term, distinctive, generic_head,
                              group, head, head_text, measured_noun, qualified_by_nationality, spoken, told_as_one,
                              translated_group, two_subjects, weighted_share)

# A clash needs stricter evidence than an agreement (``quantity_traits.SAME_SIGNATURE_SHARE``): this
# share, or a shared counted noun.
CLASH_SIGNATURE_SHARE = 0.5
# Across scripts nothing is shared: the cosine of the two claims' quotes (USE-m3) decides, as for
# statements (translations score 0.8-0.9; figures of one story in the other language 0.5-0.7).
CROSS_SCRIPT_COS = 0.75
# ... and two figures across scripts that state the same value within precision agree from this
# cosine on: the value itself is evidence; a clash still needs CROSS_SCRIPT_COS. On the dev stories
# this joined gaza's Arabic and English counts of the freed (agreement F1 0.25 -> 0.34) and changed
# no other set.
CROSS_SCRIPT_AGREE_COS = 0.6
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


# --------------------------------------------------------------------------------------- compare
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
