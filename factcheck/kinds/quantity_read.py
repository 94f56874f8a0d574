"""Reading a figure into a quantity claim: its dimension from its unit, its stated precision, the
signature of what it measures, its counted noun and the nationality of what it counts, its subject.
``quantity`` compares the claims read here; ``frames`` calls ``frame`` for every number a clause states."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..models import Claim, Signal
from ..lang.text import ARABIC, script_of
from ..mentions import value_numbers, values
from ..mentions.values import bare_year
from .base import MEASURE_RULE, FigureFrame
from . import currency, rates
from .deal import (DEAL_DUE_RULE, DEAL_OBJECT_RULE, DEAL_PART, DEAL_PART_RULE, DEAL_PRICE, DEAL_PRICE_RULE,
                   DEAL_STAKE, DEAL_STAKE_RETAINED, DEAL_TRANCHE, DEAL_TRANCHE_RULE, DUE_PREFIX, HOLDER_RULE,
                   SUM_PRECISION, deal_due, deal_object, deal_object_after, deal_part, deal_price,
                   deal_tranche, held_without_noun, holder, stake)
from .designation import names_a_thing
from .quantity_nouns import (CLAUSE_MARK, SIGNATURE_AFTER, SIGNATURE_BEFORE, counted_nationality, others_word,
                             part_of_group,
                             qualified_light_noun, valued_noun, whole_after, whole_noun)
from .reading import NATIONALITY
from .quantity_marks import mark_signal
from .quantity_value import bounds, dimension, number_of
from .racer import introduced_before

# Content words after a figure read for its counted noun where the noun ends its phrase ("120 criminal
# cases", "24,351,551 eligible voters": two; "11 heavy goods vehicles": three).
MAX_NOUN_RUN = 3
# Letters a word keeps before a plural ending for the ending to be read as one ("runners", not "bus").
MIN_PLURAL_STEM = 3

# Dimensions of physical measures (``quantity.dimension``: "measure:m", "measure:kg"): a mark of one is a
# competitor's when no person is named but a nationality introduces one (``kinds.racer.introduced_before``).
MEASURED = "measure:"
# The longest competition noun, in tokens ("individual medley"): how far ``names_a_competition`` looks.
COMPETITION_REACH = 3
# The rule of the subject signal of such a figure.
COMPETITOR_RULE = "quantity: the competitor a nationality introduces before a measured mark (kinds.racer)"
# A figure's subject when it counts a nationality's people (the key ``reading`` labels).
NATIONALITY_SUBJECT = f"{NATIONALITY}:"
# The rules of the subject signal of such a figure: the nationality qualifies the counted noun ("12
# Thai hostages": a part of the hostages) or is the noun itself ("24 million Algerians").
# The rule of the value signal of a figure of one told by a word for "exactly one" next to a measure's
# cue ("the sole survivor": extract.figures.one_frames); kinds.quantity lets such a figure agree, never
# clash ("the sole survivor" may be of one family or one car, not of the whole event).
SOLE_RULE = "sole_cues + measures"
NATIONALITY_QUALIFIER_RULE = "quantity: the nationality qualifying what it counts"
# The rule of the counted noun of a part read from its whole ("118 of the 300 seats": seats).
WHOLE_NOUN_RULE = "quantity: the counted noun of the whole it is a part of ({lang}.lexicon partitives)"
# The rule of the scope of a figure that counts others, or more ("seven other candidates").
OTHERS_RULE = "quantity: it counts others or more ({lang}.lexicon others_before / others_after)"
# ... or a part of a group its clause names without counting it ("three of the wounded"): the same
# scope, which ``kinds.quantity_traits.counts_others`` reads by the rule's opening words
PART_OF_GROUP_RULE = "quantity: it counts others or more (a part of a group: {lang}.lexicon partitives before a definite noun)"
NATIONALITY_NOUN_RULE = "quantity: the counted noun is a nationality's people"
# The rule of a figure's subject that is the person its sentence quotes ("Finance Minister X said the
# fund will invest $12 billion"): the figure may be that person's or only reported by them, so two
# speakers are no evidence of two figures (kinds.quantity), while one speaker still ties two figures.
SPEAKER_SUBJECT_RULE = "quantity: the person the sentence quotes (extract.attribution.speakers)"


# The values rule that reads a run of number words ("two billion", "ألفا"): its mention's step is the
# last scale word it states (a ratio in words, "one in four", states a share, not a scale).
NUMBER_WORDS_RULE = "number-words"



@dataclass
class QuantityFrame(FigureFrame):
    """A quantity claim under construction: a figure with its property (``quantity:<dimension>``)."""

    prop: str = ""


def _stem(t: Tok, lang: str) -> str:
    return lx.light_stem(t.form, lang)


def part_of_whole(c: Claim) -> bool:
    """Is the figure stated as a part of another ("241 of the 242")?"""
    return any(s.field == "scope" for s in c.signals)


def whole_of(c: Claim) -> float | None:
    """The value of the whole a figure is stated as a part of ("123 of the 300 seats": 300), read
    again from its scope signal's words, when they state a number."""
    scope = next((s.text for s in c.signals if s.field == "scope" and s.text), None)
    # digits read alike in every language; number words in the language of the script (a language
    # whose words are missed reads a smaller whole or none: never a clash more, see ``quantity``)
    return None if scope is None else _number_in(scope, "ar" if script_of(scope) == ARABIC else "en")


@lru_cache(maxsize=1024)
def _number_in(text: str, lang: str) -> float | None:
    found = next((v for v in values.find_values(text, lang) if v.kind == "number"), None)
    return None if found is None else number_of(found.value)


def _compounded_word(text: str, v, lang: str) -> bool:
    """A number word hyphenated to a word that is not a unit of time ("zero-tolerance", "one-sided";
    not "four-year-old", "two-day")."""
    if any(ch.isdigit() for ch in text[v.start:v.end]) or " " in v.value or text[v.end:v.end + 1] != "-":
        return False
    word = re.match(r"[^\W\d_]+", text[v.end + 1:v.end + 40])
    return word is not None and word.group(0).lower() not in _time_units(lang)


@lru_cache(maxsize=None)
def _time_units(lang: str) -> frozenset[str]:
    return frozenset(k.lower() for k in langdata.load(lang, "values").get("duration_units", {}))


def _proper_modifier(toks: list[Tok], k: int) -> bool:
    """A capitalised word before a lower-case one ("14 Norwegian fishermen", "3 Boeing jets"): a
    name or nationality qualifying the counted noun, not the noun itself (scripts without case: never)."""
    return toks[k].cap and k + 1 < len(toks) and not toks[k + 1].cap and toks[k + 1].form.isalpha()


def signature(toks: list[Tok], first: int, last: int, lang: str, taken: set[int],
              text: str | None = None, passed: frozenset[int] = frozenset(),
              floor: int = 0) -> tuple[list[str], str | None, int, int]:
    """Stems of the content words around tokens ``first..last`` (the figure), up to another figure
    and, after it, given the ``text`` the tokens index, up to a clause mark ("Turnout was 58.6 percent,
    the commission said": not the commission; before a figure a mark often sets off its own subject,
    "Halvorsen, the incumbent, won 71.4 percent", which is read), reading past the tokens in ``passed``
    (an ordinal: "came second with 87 seats") as neither a stop nor a word of it, and before it, when
    a counted noun follows it, no further back than token ``floor`` (where an aside the figure stands in
    opens: ``extract.asides``);
    the counted noun (the first content word after it, when one follows within the window); and the
    token range read."""

    def cut(i: int, j: int) -> bool:   # a clause mark between tokens i < j
        return text is not None and bool(CLAUSE_MARK.search(text, toks[i].end, toks[j].start))
    stop = lx.lexicon(lang).stopwords.words
    out: list[str] = []
    lo, hi = first, last

    def content(t: Tok) -> bool:
        stem = min(t.variants, key=len)
        return not (t.form in stop or stem in stop or len(stem) < 3 or any(ch.isdigit() for ch in t.form))

    n = 0
    k = resumed = _past_restatement(toks, last, taken, text)
    head = None
    while k < len(toks) and n < SIGNATURE_AFTER and k not in taken and (k == resumed > last + 1 or not cut(k - 1, k)):
        if k not in passed and content(toks[k]):
            out.append(_stem(toks[k], lang))
            if head is None and not (toks[k].variants & lx.lexicon(lang).quantity_modifiers.words) \
                    and lx.nationality_at(toks, k, lang) is None and not _proper_modifier(toks, k):
                head = k   # "25 total hostages", "12 Thai citizens": the counted noun is hostages, citizens
            n += 1
        hi = k
        k += 1
    # a figure in an aside that names what it counts ("– four undergraduates and one resident –") is
    # read back only to the aside's start; a bare one ("9.56% of the votes (up from 3.17%)") borrows
    # the words before it
    n = 0
    k = first - 1
    while k >= (floor if head is not None else 0) and n < SIGNATURE_BEFORE and k not in taken:
        if k not in passed and content(toks[k]):
            out.append(_stem(toks[k], lang))
            n += 1
        lo = k
        k -= 1
    if head is not None and lx.lexicon(lang).noun_head == "last":
        # "120 criminal cases": where adjectives come first, the noun ends the run of content words
        # after the figure (not a cue word: "120 people died" counts people)
        cues = _cue_words(lang)
        verbal = tuple(lx.lexicon(lang).verb_endings)
        articles = lx.lexicon(lang).definite_articles.words
        while head + 1 < len(toks) and head + 1 not in taken and content(toks[head + 1]) \
                and not cut(head, head + 1) and not toks[head + 1].variants & cues \
                and not (verbal and toks[head + 1].form.endswith(verbal) and not _hyphened(text, toks, head)) \
                and not (head + 2 < len(toks) and toks[head + 2].variants & articles) \
                and not (_plural(toks[head].form, lang) and not _plural(toks[head + 1].form, lang)) \
                and head + 1 - (last + 1) < MAX_NOUN_RUN:
            head += 1   # not "two dams collapsed", "three people missing": a verb ends the phrase; nor
            # "six carriages left the tracks": a word before an article is a verb with its object; nor
            # "18,000 runners took part": a plural noun ends its phrase (a modifier before a noun is
            # singular, "police officers"), unless a plural follows it ("heavy goods vehicles")
    return sorted(set(out)), head, lo, hi


def _past_restatement(toks: list[Tok], last: int, taken: set[int], text: str | None) -> int:
    """The token after the figure ending at token ``last`` that its signature reads from: past a
    parenthesis right after it that holds only another figure ("26 miles (42 km) northeast of Velora":
    the figure restated in another unit, ``figures.conversion``), whose marks cut nothing; else the
    next token. ``taken`` are the tokens of the clause's other figures."""
    k = last + 1
    if text is None or k >= len(toks) or k not in taken or text[toks[last].end:toks[k].start].strip() != "(":
        return k
    j = k
    while j + 1 < len(toks) and j + 1 in taken and ")" not in text[toks[j].end:toks[j + 1].start]:
        j += 1
    if j + 1 < len(toks) and text[toks[j].end:toks[j + 1].start].strip() == ")":
        return j + 1
    return k


# Words a figure of change may take after it before the level preposition: its unit when the value
# parser does not know it ("by 50 basis points to 5.25%", "بمقدار 50 نقطة أساس إلى 5.25%").
CHANGE_UNIT_WORDS = 2
# Tokens a change may take between its preposition and the level preposition ("by half a percentage
# point to": 4; "بمقدار 50 نقطة أساس إلى": 3).
CHANGE_WORDS = 5


def _change_before(toks: list[Tok], first: int, taken: set[int], lang: str) -> set[int]:
    """The tokens of a figure of change right before a level preposition before the figure at ``first``
    ("profit rose 24% to 3.1 billion euros": the 24 %), which the level's words are read past: what
    changed is what the level measures. Empty when no such figure stands there."""
    if first < 2 or not lx.find_cues(toks[first - 1:first], lx.lexicon(lang).level_prepositions):
        return set()
    # "by half a percentage point to 5.5%": a change preposition opens the change, figure or words
    opened = lx.find_cues(toks[max(0, first - 1 - CHANGE_WORDS):first - 1], lx.lexicon(lang).change_prepositions)
    if opened:
        return set(range(max(0, first - 1 - CHANGE_WORDS) + opened[-1].i, first - 1))
    # the change's own unit words may stand after it ("by 50 basis points to 5.25%")
    figure_end = next((k for k in range(first - 2, max(-1, first - 2 - CHANGE_UNIT_WORDS - 1), -1) if k in taken), None)
    if figure_end is None:
        return set()
    k, run = figure_end, set(range(figure_end + 1, first - 1))
    while k >= 0 and k in taken:
        run.add(k)
        k -= 1
    return run


def _plural(form: str, lang: str) -> bool:
    """Does the word end in one of the language's inflectional endings (``<lang>.lexicon suffixes``,
    English "-s", "-es", "-ies") past a stem of at least ``MIN_PLURAL_STEM`` letters, not in a doubled
    "-ss" ("business", "class")?"""
    return any(form.endswith(sfx) and len(form) - len(sfx) >= MIN_PLURAL_STEM and not form.endswith(sfx[-1] * 2)
               for sfx in lx.lexicon(lang).suffixes)


def _hyphened(text: str | None, toks: list[Tok], k: int) -> bool:
    """Are tokens ``k`` and ``k + 1`` one hyphenated compound ("12 water-dropping aircraft", "oil-producing
    states")? Then a verbal ending of the second is a modifier's, not a verb's."""
    return text is not None and text[toks[k].end:toks[k + 1].start] == "-"


@lru_cache(maxsize=None)
def _cue_words(lang: str) -> frozenset[str]:
    """Words that say what happened or who said it (measure cues, event and attribution verbs):
    never the end of a counted noun phrase."""
    lex = lx.lexicon(lang)
    words = set(lex.events.verbs.words) | set(lex.attribution.verbs.words)
    for cues in lex.measures.values():
        words |= cues.words
    return frozenset(words)


def measure_signal(name: str, named_by: str) -> Signal:
    """The signal of a figure's named measure (a ``measures`` cue of the lexicon): the measure, what
    named it, and whether ``measures.json`` calls it evolving or standing."""
    kinds = [k for k in ("evolving", "standing") if name in langdata.measures(k)]
    return Signal(field="measure", text=name, rule=f"{MEASURE_RULE}.{name}: {named_by}"
                  + (f" ({kinds[0]} in measures.json)" if kinds else ""))


def names_a_competition(toks: list[Tok], idx: list[int], lang: str) -> bool:
    """Is a measured figure (tokens ``idx``) the name of a competition: a competition noun right after it
    ("the 400m hurdles", "the 96kg class") or right before it ("سباق 100 م", "فئة 96 كغ";
    ``competition_nouns_after`` / ``competition_nouns_before``)?"""
    lex = lx.lexicon(lang)
    after = lx.find_cues(toks[idx[-1] + 1:idx[-1] + 1 + COMPETITION_REACH], lex.competition_nouns_after)
    before = lx.find_cues(toks[max(0, idx[0] - COMPETITION_REACH):idx[0]], lex.competition_nouns_before)
    return any(h.i == 0 for h in after) or any(h.j == min(idx[0], COMPETITION_REACH) for h in before)


# A sum restated in brackets in another currency is converted at some day's rate and rounded: it is
# read as "about" so much (``values`` qualifiers.about, ``value_numbers.ABOUT_SPREAD``), so "($12.3bn)"
# meets another outlet's "$12 billion" and "($15bn)" still clashes with it.
CONVERTED_QUALIFIER = "about"


def frame(text: str, toks: list[Tok], v, lang: str, taken: set[int],
          persons: list[tuple[int, int, str]], label, measure: tuple[str, str] | None = None,
          passed: frozenset[int] = frozenset(), speakers: frozenset = frozenset(),
          at: tuple[int, int] | None = None, converted: bool = False, floor: int = 0) -> QuantityFrame | None:
    """The quantity claim of figure ``v`` (a number mention) in a clause's tokens ``toks``.
    ``taken`` holds the token indexes of the clause's other figures; ``persons`` the (start, end,
    key) token spans of person mentions; ``label`` turns a person key into the name as written;
    ``measure`` the name of the measure of what the figure counts and what named it (the lexicon cue,
    "en.lexicon cue 'killed'", or another rule); ``passed`` the token indexes of the clause's ordinals,
    which its signature reads past (``signature``); ``speakers`` the persons the sentence quotes;
    ``at`` the text span of a sum and its restatement in parentheses in another currency (``extract.
    conversions``): the figure is read there; ``converted`` for the restatement, read as about so much
    (``CONVERTED_QUALIFIER``); ``floor`` the first token its words are read back to (``signature``)."""
    idx = lx.covered(toks, *(at or (v.start, v.end)))
    if not idx or bare_year(text[v.start:v.end], v.value) is not None:
        return None
    if idx[0] > 0 and lx.find_cues(toks[idx[0] - 1:idx[0]], lx.lexicon(lang).rate_markers):
        return None   # "for each 10 hostages", "لكل 10": the figure is a rate's unit, not a total
    if _compounded_word(text, v, lang):
        return None   # "zero-tolerance", "one-sided": a number word compounded into a modifier
    if names_a_thing(text, toks, idx, v):
        return None   # "Boeing 787-8 Dreamliner", "Apollo 11": part of a name, not a figure
    if dimension(v.value)[0].startswith(MEASURED) and names_a_competition(toks, idx, lang):
        return None   # "the 400m hurdles", "the 96kg class", "سباق 100 م": a competition's name, no one's mark
    change = _change_before(toks, idx[0], taken, lang)
    others, passed = taken - set(idx) - change, passed | change   # the change is read past, not described
    resolved = currency.resolve(v.value, text, lang)
    if resolved is not None:   # "63 billion riyals" in an article that says "SAR" or "Saudi"
        v = replace(v, value=resolved[0])
    if converted and v.qualifier == "exact" and (x := number_of(v.value)) is not None:
        # "480 billion ouguiyas ($12bn)": converted at some day's rate and rounded, a sum about so much
        low, high = value_numbers.bounds(x, CONVERTED_QUALIFIER)
        v = replace(v, qualifier=CONVERTED_QUALIFIER, low=low, high=high)
    sig, head_at, lo, hi = signature(toks, idx[0], idx[-1], lang, others, text, passed, floor)
    head_rule = "quantity: the counted noun, first content word after the figure"
    dim, _ = dimension(v.value)
    # a sum's noun is read by the deal rules below (its price, tranche or part): the verb-subject rule
    # reads the other figures with a unit (a share, a measure)
    valued = valued_noun(toks, idx[0], lang, others, with_unit=dim != "count",
                         subject_verbs=dim != "count" and not dim.startswith("money:"))
    if valued is not None:
        head_at, head_rule = valued, f"quantity: the noun a {lang}.lexicon value_cues word gives the value of"
    head = None if head_at is None else _stem(toks[head_at], lang)
    whole = whole_after(toks, idx[-1], lang, others)
    if head_at is None and whole is not None and (shared := whole_noun(toks, whole, lang, others, text)) is not None:
        # "118 of the 300 seats": a part with no noun of its own counts what its whole counts
        head_at, head_rule = shared, WHOLE_NOUN_RULE.format(lang=lang)
        head = _stem(toks[head_at], lang)
        sig = sorted(set(sig) | {head})
        hi = max(hi, head_at)   # the quote holds the noun it counts
    if head_at is not None:
        qualified = qualified_light_noun(toks, head_at, lang, others)
        if qualified is not None:
            head, head_rule = qualified, f"{head_rule}, with the word that says which ({lang}.lexicon light_nouns)"
    price = deal_price(toks, idx[0], head_at, lang, idx[-1]) if dim.startswith("money:") else None
    bought = None
    if price is not None:   # "to buy Baltic Wind for $4.2 billion", "a deal worth $4.5bn": one thing measured
        head_at, head, head_rule = price, DEAL_PRICE, DEAL_PRICE_RULE.format(lang=lang)
        bought = deal_object(toks, idx[0], lang) if price == idx[0] - 1 else \
            deal_object_after(toks, price) if price == idx[-1] + 1 else None
    tranche = deal_tranche(toks, idx[0], head_at, lang) if dim.startswith("money:") and price is None else None
    if tranche is not None:   # "the first tranche of $6bn": a part of the deal's money, which part said or not
        head_at, nth = tranche
        head = DEAL_TRANCHE if nth is None else f"{DEAL_TRANCHE} {nth}"
        head_rule = DEAL_TRANCHE_RULE.format(lang=lang, ordinal="" if nth is None else " + ordinal")
    due = deal_due(text, toks, idx[-1], hi + 1, lang) if dim.startswith("money:") and price is None and tranche is None \
        else None
    if due is not None:   # "$5 billion within a week", "5 مليارات دولار خلال أسبوع": a tranche known by its deadline
        head_at, when = due
        head, head_rule = f"{DEAL_TRANCHE} {DUE_PREFIX}{when}", DEAL_DUE_RULE.format(lang=lang)
        tranche = due
    part = deal_part(toks, idx[-1], hi + 1, lang) if dim.startswith("money:") and price is None and tranche is None else None
    if part is not None:   # "$11 billion in cash", "6 مليارات دولار من الودائع": the deal's money in one form
        head_at, form = part
        head, head_rule = f"{DEAL_PART} {form}", DEAL_PART_RULE.format(lang=lang, form=form)
    held = None if dim != "percent" else stake(text, toks, idx[0], idx[-1], lang) if valued is None \
        else held_without_noun(text, toks, idx[0], idx[-1], lang)
    if held is not None:   # "a 60% stake"; "will retain a 30% stake": the stake its holder keeps is another
        head_at, kept, head_rule = held
        head = DEAL_STAKE_RETAINED if kept else DEAL_STAKE
    if not sig and measure is None and price is None and tranche is None:
        return None   # a bare figure with nothing around it says nothing comparable (a deal term names its noun)
    # a sum of money is stated more exactly than its digits say ("€3 billion" is 3.0, not 2.5-3.5 billion)
    low, high = bounds(v.value, v.low, v.high, v.qualifier, text[v.start:v.end],
                       SUM_PRECISION if dim.startswith("money:") and not converted else 1.0,
                       v.step if v.rule.endswith(NUMBER_WORDS_RULE) else None)
    value = v.value
    # a sum due within a time, or one tranche of a deal, is no rate spread over it ("خلال" is both
    # "within" and "over": "الدفعة الأولى البالغة ملياري دولار خلال أسبوع" is paid within the week), nor
    # is a deal's price ("a sponsorship worth OMR 15 million over five years": the term is the deal's)
    rate = rates.rate(text, toks, idx[-1], lang, dim) if due is None and tranche is None and price is None else None
    if rate is not None:
        factor, period_sig = rate
        dim, value = f"{dim}/{rates.RATE_PERIOD}", rates.scaled(v.value, factor)
        low, high = (None if low is None else low * factor), (None if high is None else high * factor)
    # whose figure: the person the sentence names nearest before it, else one in its window after it
    before = [p for p in persons if p[1] <= idx[0]]
    after = [p for p in persons if idx[-1] < p[0] <= hi]
    owner = max(before) if before else min(after) if after else None
    subject = owner[2] if owner else None
    subject_label = label(subject) if subject else None
    competitor = introduced_before(text, toks, idx[0], lang) if owner is None and dim.startswith(MEASURED) else None
    if competitor is not None:
        # a mark in metres or kilograms is its competitor's, named by a nationality ("فاز الغاني إدريس
        # كامارا بقفزة بلغت 8.14 م"), as a race time's is (kinds.racer)
        subject, subject_label = competitor[2], competitor[3]
    sigs = [Signal(field="value", rule=v.rule, text=text[v.start:v.end], start=v.start, end=v.end),
            Signal(field="property", rule="quantity: dimension from the unit; signature from the words around it",
                   text=" ".join(sig))]
    if competitor is not None:
        sigs.append(Signal(field="subject", rule=COMPETITOR_RULE, text=subject_label or ""))
    if owner in speakers:   # (the person may stand in another clause of the sentence: no offsets then)
        inside = 0 <= owner[0] and owner[1] <= len(toks)
        sigs.append(Signal(field="subject", rule=SPEAKER_SUBJECT_RULE, text=subject_label,
                           start=toks[owner[0]].start if inside else None, end=toks[owner[1] - 1].end if inside else None))
    nat = counted_nationality(toks, idx[-1], head_at, lang, others) if measure is None else None
    if nat is not None:
        # what is counted is a nationality's people ("12 Thai citizens"): that group is the figure's
        # subject, before any person the sentence names (the one who reports the figure)
        code, at, size, is_noun = nat
        ns, ne = toks[at].start, toks[at + size - 1].end
        subject, subject_label = f"{NATIONALITY_SUBJECT}{code}", text[ns:ne]
        sigs.append(Signal(field="subject", rule=f"{NATIONALITY_NOUN_RULE if is_noun else NATIONALITY_QUALIFIER_RULE} "
                                                 f"({lang}.lexicon nationality / CLDR demonyms)", text=subject_label,
                           start=ns, end=ne))
    if resolved is not None:
        sigs.append(Signal(field="currency", rule=resolved[1], text=resolved[2]))
    if held is not None and (whose := holder(text, toks, idx[0], lang)):
        sigs.append(Signal(field="holder", rule=HOLDER_RULE, text=" ".join(sorted(whose))))
    if bought is not None:
        os_, oe = toks[bought[0]].start, toks[bought[1] - 1].end
        sigs.append(Signal(field="object", rule=DEAL_OBJECT_RULE.format(lang=lang), text=text[os_:oe], start=os_, end=oe))
    if rate is not None:
        sigs.append(period_sig)
    if measure is not None:
        sigs.append(measure_signal(*measure))
    elif head:
        sigs.append(Signal(field="measure", rule=head_rule, text=head, start=toks[head_at].start, end=toks[head_at].end))
    mark = mark_signal(text, toks, idx[0], lang)
    if mark is not None:
        sigs.append(mark)   # "his personal best of 2.40m": another occasion's mark (kinds.quantity_marks)
    if whole is None and (other := others_word(toks, idx[0], idx[-1], head_at, lang)) is not None:
        # "seven other candidates", "12 more bodies": a part of a whole the clause does not state
        sigs.append(Signal(field="scope", rule=OTHERS_RULE.format(lang=lang), text=toks[other].form,
                           start=toks[other].start, end=toks[other].end))
    elif whole is None and dim == "count" and (part := part_of_group(toks, idx[-1], lang)) is not None:
        # "three of the wounded died": a part of a group the clause names, not its count (a sum "of the
        # deposits", "من الودائع", is money from a source, which ``kinds.deal`` reads)
        sigs.append(Signal(field="scope", rule=PART_OF_GROUP_RULE.format(lang=lang), text=toks[part].form,
                           start=toks[part].start, end=toks[part].end))
    if whole is not None:
        end = whole
        while end + 1 in others:
            end += 1
        ws, we = toks[whole].start, toks[end].end
        sigs.append(Signal(field="scope", rule=f"{lang}.lexicon partitives: part of the figure after it",
                           text=text[ws:we], start=ws, end=we))
    return QuantityFrame(toks[lo].start, toks[hi].end, value, low, high, v.qualifier, subject, subject_label,
                         sig, sigs, prop=f"quantity:{dim}")
