"""Figures a clause states without a plain number, for stage 3's frames: a negated toll is a figure
of zero ("no one was killed"), a toll told as the only one is a figure of one ("the sole survivor"), a number in a name is a designation ("Boeing 767-300"), a number
in apposition to a name is an age ("Okoro, 24,"); a number in parentheses that restates a figure in
another unit is read in ``conversions``."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..mentions import persons
from ..kinds import quantity_read, quantity_value
from ..kinds.base import MEASURE_RULE
from ..lang.lexicon import Tok
from .draft import CUE_WINDOW, Draft
from .measure_cues import measure_cue
from ..models import Article, Clause, Signal
from ..lang.text import LATIN, fold, script_of

if TYPE_CHECKING:
    from ..mentions.values import ValueMention


# A negation particle at most this many tokens before an evolving measure's cue states a figure of
# zero ("no deaths", "without casualties", "دون ضحايا", "no one was killed"); further away it
# negates something else ("no immediate reports of deaths" says nothing of the toll).
ZERO_NEGATION_WINDOW = 3


def zero_frames(art: Article, toks: list[Tok], vals: list["ValueMention"]) -> list["Draft"]:
    """Figures of zero a clause states by negating an evolving measure ("no one was killed", "دون
    سقوط ضحايا"): a count of 0 of that measure, compared with the tolls of other sources (a clash, or
    an update when they were published at different times)."""
    lang = art.language
    negations = lx.find_cues(toks, lx.lexicon(lang).negation.particles)
    after_negation = {toks[h.j].start for h in negations if h.j < len(toks)}   # "no one"
    if not negations or any(v.kind == "number" and v.start not in after_negation for v in vals):
        return []   # a clause that states a figure: its negation is about something else
    out = []
    for name in sorted(langdata.measures("evolving")):
        for hit in lx.find_cues(toks, lx.lexicon(lang).measures.get(name, lx.NO_CUES)):
            neg = next((h for h in negations if 0 <= hit.i - h.j <= ZERO_NEGATION_WINDOW - 1), None)
            if neg is None:
                continue
            text = art.text[neg.start:hit.end]
            d = make_draft(neg.start, hit.end, None, None, "quantity:count", "0",
                       [Signal(field="value", rule=f"{lang}.lexicon negation.particles + measures.{name}: zero",
                               text=text, start=neg.start, end=hit.end),
                        Signal(field="measure", text=name,
                               rule=f"{MEASURE_RULE}.{name}: {lang}.lexicon cue '{hit.cue}', negated")],
                       clause_mood=False)
            d.low = d.high = 0.0
            d.qualifier, d.keywords = "exact", [lx.light_stem(t.form, lang) for t in toks[hit.i:hit.j]]
            out.append(d)
            break
    return out


# A word saying "exactly one" at most this many tokens before an evolving measure's cue (or after it,
# ``sole_cues_after``) states a figure of one: "the sole survivor", "a single survivor", "only one of
# whom survived" (the cue "only one", then "of whom"), "the sole passenger rescued alive"; further away
# it says something else ("a single road ... survivors").
SOLE_WINDOW = 3


def one_frames(art: Article, toks: list[Tok], vals: list["ValueMention"]) -> list["Draft"]:
    """Figures of one a clause states with a word for "exactly one" next to an evolving measure's cue
    (``<lang>.lexicon sole_cues_before`` / ``sole_cues_after``): a count of 1 of that measure. A clause
    that states a number states its figures with it: nothing is read then."""
    lang = art.language
    lex = lx.lexicon(lang)
    before, after = lx.find_cues(toks, lex.sole_cues_before), lx.find_cues(toks, lex.sole_cues_after)
    if not (before or after) or any(v.kind == "number" for v in vals):
        return []
    out = []
    for name in sorted(langdata.measures("evolving")):
        for hit in lx.find_cues(toks, lex.measures.get(name, lx.NO_CUES)):
            sole = next((h for h in before if 0 <= hit.i - h.j <= SOLE_WINDOW - 1), None) \
                or next((h for h in after if 0 <= h.i - hit.j <= SOLE_WINDOW - 1), None)
            if sole is None:
                continue
            start, end = min(sole.start, hit.start), max(sole.end, hit.end)
            d = make_draft(start, end, None, None, "quantity:count", "1",
                           [Signal(field="value", rule=f"{lang}.lexicon {quantity_read.SOLE_RULE}.{name}: one",
                                   text=art.text[start:end], start=start, end=end),
                            Signal(field="measure", text=name,
                                   rule=f"{MEASURE_RULE}.{name}: {lang}.lexicon cue '{hit.cue}', '{sole.cue}'")])
            d.low = d.high = 1.0
            d.qualifier, d.keywords = "exact", [lx.light_stem(t.form, lang) for t in toks[hit.i:hit.j]]
            out.append(d)
            break
    return out


# A designation's code: the number and what is hyphenated or glued to it ("787-8", "A320neo").
CODE_RE = re.compile(r"\d[\w]*(?:-\w+)*")


def designation_frame(art: Article, clause: Clause, toks: list[Tok], span: list[int], v: "ValueMention") -> "Draft | None":
    """The designation a number in a name states ("Boeing 787-8 Dreamliner": Boeing's 787-8), its
    subject the capitalised word before it (the maker or series); None for the second half of a
    hyphenated code ("-8" of "787-8", read with its first half) or a number with no word before it."""
    text = art.text
    if text[v.start - 1:v.start] == "-" and text[v.start - 2:v.start - 1].isdigit():
        return None
    first = span[0]
    if first == 0 or not toks[first - 1].cap:
        return None
    maker = toks[first - 1]
    code = CODE_RE.match(text, v.start)
    end = code.end() if code else v.end
    name = next((t for t in toks if t.start == end + 1), None)
    if name is not None and name.cap:
        end = name.end   # "Dreamliner": the model's name, part of what is written
    written = text[maker.start:end]
    value = fold(code.group(0) if code else v.value)
    # the claim is the clause that names it ("Flight 171, a Boeing 787-8 Dreamliner, crashed ..."); the
    # value signal keeps the designation as written
    return make_draft(min(clause.start, maker.start), max(clause.end, end), fold(maker.form), text[maker.start:maker.end],
                  "designation", value,
                  [Signal(field="value", rule="designation: a number in a name (kinds.designation.names_a_thing)",
                          text=written, start=maker.start, end=end)])


# The measure of a person's age; a number between commas right after a capitalised name ("Korir, 24,
# won") is one when it is at most MAX_AGE.
AGE = "age"
MAX_AGE = 120
# Tokens read after an age cue for the person it describes ("the 24-year-old Daniel Korir").
AGE_NAME_WINDOW = 3


def in_apposition(text: str, v: "ValueMention") -> bool:
    """Is the figure a whole number an age can be, set off by commas after what it describes
    ("Daniel Korir, 24,", "The gunman, 27,")?"""
    return text[v.start - 2:v.start] == ", " and text[v.end:v.end + 1] == "," and v.value.isdigit() \
        and 0 < int(v.value) <= MAX_AGE


def apposed_age(text: str, toks: list[Tok], v: "ValueMention") -> tuple[str, str] | None:
    """(person key, surname as written) when the figure is an age in apposition to a name written
    with capitals ("Daniel Korir, 24, won"); None otherwise (Latin script only: Arabic writes ages
    with a word, "24 عاما", read by the age cues)."""
    if not in_apposition(text, v):
        return None
    k = lx.covered(toks, v.start, v.end)[0]
    if k == 0 or not toks[k - 1].cap or toks[k - 1].end != v.start - 2:
        return None
    return persons.skeleton(toks[k - 1].form), text[toks[k - 1].start:toks[k - 1].end]


def age_owner(text: str, toks: list[Tok], v: "ValueMention", cue_at: int, lang: str) -> tuple[str, str] | None:
    """The person an age cue describes: the capitalised name right after the cue ("24-year-old
    Daniel Korir": the last word of the name; a nationality word first is skipped, "24-year-old
    Kenyan Daniel Korir", and alone names nobody), else the one right before the cue or the figure,
    whichever comes first ("Korir, aged 24")."""
    named = _after_name_in_parentheses(text, toks, v, lang) if PARENTHESISED_AGE in v.rule else None
    if named is not None:   # "موانغي (23 عاما)": the name the parentheses follow, in any script
        return persons.skeleton(toks[named].form), text[toks[named].start:toks[named].end]
    k = cue_at + 1
    stop = lx.lexicon(lang).stopwords.words
    while k < len(toks) and k <= cue_at + AGE_NAME_WINDOW and not toks[k].cap:
        k += 1
    while k < len(toks) and toks[k].cap and (nat := lx.nationality_at(toks, k, lang)):
        k += nat[1]   # "the 25-year-old Norwegian (Erik Lund)": a nationality describes, it names nobody
    run = []
    particles = lx.lexicon(lang).name_particles
    while k < len(toks) and toks[k].cap and not toks[k].variants & stop:
        run.append(toks[k])
        k += 1
        while k + 1 < len(toks) and toks[k].form in particles and not toks[k].cap and toks[k + 1].cap:
            k += 1   # "Maria dos Santos": a name particle between two name words (lexicon name_particles)
    before = min(cue_at, lx.covered(toks, v.start, v.end)[0]) - 1   # "Korir, aged 24"
    stop = lx.lexicon(lang).stopwords.words
    if not run and before >= 0 and toks[before].cap and not toks[before].variants & stop:
        run = [toks[before]]
    if not run:
        return None
    return persons.skeleton(run[-1].form), text[run[-1].start:run[-1].end]


# A figure after a level preposition ("rose to 61", "ارتفاع عدد الوفيات ... إلى 61") takes the measure
# cue of the change's subject up to this many tokens before it (a place or a cause may stand between:
# "the death toll from the outbreak in the country's south rose to 61"), with no other figure between.
LEVEL_CUE_WINDOW = 12


def level_cue(toks: list[Tok], first: int, last: int, lang: str, dimension: str | None) -> tuple[str, int] | None:
    """The measure cue of a figure a change reaches ("the death toll ... rose to 61"): a cue before it
    within LEVEL_CUE_WINDOW tokens when a ``level_prepositions`` word stands right before it and no
    other figure stands between; None otherwise."""
    if first == 0 or not toks[first - 1].variants & lx.lexicon(lang).level_prepositions.words:
        return None
    m = measure_cue(toks[:last + 1], first, last, lang, LEVEL_CUE_WINDOW, dimension)
    if m is None or any(ch.isdigit() for t in toks[m[1]:first] for ch in t.form):
        return None
    return m


def name_follows(text: str, toks: list[Tok], cue_at: int) -> bool:
    """Does a capitalised word come first after the word holding the cue at ``cue_at`` ("24-year-old
    Daniel Korir", not "24-year-old lowered ...")?"""
    k = cue_at + 1
    while k < len(toks) and not text[toks[k - 1].end:toks[k].start].isspace():
        k += 1   # the rest of a compound ("year-old")
    return k < len(toks) and toks[k].cap


def make_draft(*args, **kw) -> "Draft":
    """A ``draft.Draft``."""
    return Draft(*args, **kw)


def age_in_years(text: str, toks: list[Tok], v: "ValueMention", lang: str) -> "ValueMention | None":
    """A duration of whole years that states an age read as the number it is, so that it becomes an
    age figure: next to an age cue ("من العمر 84 عاما", "84 years of age"), right after a cue of an
    age in years ("البالغ 22 عاما", ``age_years_cues``) or in parentheses after a name ("موانغي (23
    عاما)"); None for any other duration."""
    years = YEARS_RE.fullmatch(v.value)
    span = lx.covered(toks, v.start, v.end)
    if years is None or not span or not 0 < int(years.group(1)) <= MAX_AGE:
        return None
    cue = measure_cue(toks, span[0], span[-1], lang, CUE_WINDOW)
    if cue is not None and cue[0] == AGE:
        why = f"an age cue ({lang}.lexicon measures.age)"
    elif any(h.j == span[0] for h in lx.find_cues(toks, lx.lexicon(lang).age_years_cues)):
        why = f"a cue of an age in years ({lang}.lexicon age_years_cues)"
    elif _after_name_in_parentheses(text, toks, v, lang) is not None:
        why = PARENTHESISED_AGE
    else:
        return None
    n = float(years.group(1))
    known = [x for x in (v.low, v.high) if x is not None]
    if not known:
        return None
    centre = (v.low + v.high) / 2 if v.low is not None and v.high is not None else known[0]
    scale = n / centre if centre else 0.0
    return replace(v, kind="number", value=years.group(1),
                   low=None if v.low is None else v.low * scale, high=None if v.high is None else v.high * scale,
                   rule=f"{v.rule}; {AGE_IN_YEARS_RULE} by {why}")


def _after_name_in_parentheses(text: str, toks: list[Tok], v: "ValueMention", lang: str) -> int | None:
    """The token of the name a figure in parentheses follows ("موانغي (23 عاما)"), else None."""
    if not (text[:v.start].rstrip().endswith("(") and text[v.end:].lstrip().startswith(")")):
        return None
    span = lx.covered(toks, v.start, v.end)
    if not span or span[0] == 0 or not name_word(toks[span[0] - 1], lang):
        return None
    return span[0] - 1


def name_word(t: Tok, lang: str) -> bool:
    """Could the word name or describe a person ("موانغي (23 عاما)", "العداء الكيني (23 عاما)",
    "Brekke (31 years)")? Not a function word, nor a Latin word in lower case. Arabic marks no names,
    so a noun of a thing passes too ("العقد (5 أعوام)"): a known limit."""
    if t.variants & lx.lexicon(lang).stopwords.words:
        return False
    return t.cap or script_of(t.form) != LATIN


# What the rule of a duration read as an age says (``age_in_years``); the figure then measures an age.
AGE_IN_YEARS_RULE = "read as a number of years"
PARENTHESISED_AGE = "years in parentheses after a name"


# A duration in whole years, the only kind an age is written as ("P84Y").
YEARS_RE = re.compile(r"P(\d+)Y")


# What the subject signal of an age read as a description of someone already named says.
APPOSED_DESCRIPTION_RULE = ("the age is in a definite description ({lang}.lexicon definite_articles) set off by a comma "
                            "after a name: the person it names")


def described_by_apposition(text: str, sentence: list[Tok], v: "ValueMention", lang: str) -> tuple[str, str] | None:
    """(person key, surname as written) when the age ``v`` is in a definite description right after a
    capitalised name and a comma ("Venn, the 24-year-old Uruguayan striker, had signed"); None
    otherwise. ``sentence`` are the tokens of its whole sentence (its clause ends at the comma)."""
    span = lx.covered(sentence, v.start, v.end)
    if not span or span[0] < 2:
        return None
    art, name = sentence[span[0] - 1], sentence[span[0] - 2]
    if not lx.find_cues(sentence[span[0] - 1:span[0]], lx.lexicon(lang).definite_articles) \
            or text[name.end:art.start].strip() != "," or not name.cap \
            or name.variants & lx.lexicon(lang).stopwords.words or lx.nationality_at(sentence, span[0] - 2, lang):
        return None
    return persons.skeleton(name.form), text[name.start:name.end]


ANAPHORIC_AGE_RULE = ("the age opens its sentence after a definite article ({lang}.lexicon definite_articles): "
                      "the person the article named last")


def anaphoric_age(toks: list[Tok], v: "ValueMention", lang: str) -> bool:
    """Does the age open its sentence as a definite description ("The 26-year-old pulled away"), so
    that it describes the person named just before? ``toks`` are the sentence's tokens."""
    span = lx.covered(toks, v.start, v.end)
    hits = lx.find_cues(toks[:1], lx.lexicon(lang).definite_articles)
    return bool(span) and span[0] == 1 and bool(hits)


def unit_measure(value: str) -> str | None:
    """The measure a figure's unit names by itself ("2,500 dunums": area; ``measures.json`` by_unit),
    else None."""
    dim = quantity_value.dimension(value)[0]
    return next((m for m in sorted(langdata.measures("by_unit")) if langdata.measure_dimension(m) == dim), None)


AS_OF_RULE = "{lang}.lexicon as_of_cues '{cue}' before a clock time: a running count at that time"


def as_of_time(toks: list[Tok], vals: list["ValueMention"], lang: str) -> Signal | None:
    """The clock time a clause's figures are counted up to ("turnout was 26% by 5 pm", "حتى الساعة
    الخامسة"): a clock time right after an ``as_of_cues`` word. None when the clause states none."""
    times = [v for v in vals if v.kind == "time" and any(ch.isdigit() for ch in v.value)]
    cues = lx.find_cues(toks, lx.lexicon(lang).as_of_cues) if times else []
    for v in times:
        span = lx.covered(toks, v.start, v.end)
        # the cue ends where the time starts, or holds its first word ('حتى الساعة' before 'الساعة الخامسة')
        hit = next((h for h in cues if span and h.i < span[0] <= h.j <= span[0] + 1), None)
        if hit is not None:
            return Signal(field="as_of", rule=AS_OF_RULE.format(lang=lang, cue=hit.cue), text=v.value,
                          start=v.start, end=v.end)
    return None


DERIVED_SHARE_RULE = ("the share {part} of {whole} states ({lang}.lexicon partitives: the figure is a part of the "
                      "figure after it)")
# Significant digits of a share derived from two figures: "5.6 million of 24 million" is 23.3 %.
DERIVED_SHARE_DIGITS = 3


def derived_share(text: str, toks: list[Tok], vals: list["ValueMention"], v: "ValueMention",
                  signals: list[Signal], lang: str) -> tuple[tuple[float, float | None, float | None, str], Signal,
                                                             tuple[str, int]] | None:
    """The share a count stated as a part of another states ("5.6 million of the country's 24 million
    voters had turned out": 23.3 %), when a cue of a measure of shares names it (turnout): its value,
    bounds and qualifier, the value's signal and the measure cue. Its bounds are the part's over the
    whole's (an "about" whole makes an approximate share). None for any other figure."""
    scope = next((s for s in signals if s.field == "scope"), None)
    span = lx.covered(toks, v.start, v.end)
    if scope is None or not span or quantity_value.dimension(v.value)[0] != "count":
        return None
    whole = next((w for w in vals if w.kind == "number" and scope.start <= w.start < scope.end), None)
    if whole is None or quantity_value.dimension(whole.value)[0] != "count" or None in (v.low, v.high, whole.low, whole.high):
        return None
    part_n, whole_n = float(v.value), float(whole.value)
    if not 0 < part_n < whole_n or not whole.low:
        return None
    # the cue may follow the whole ("5.6 million of 24 million voters turned out")
    cue = measure_cue(toks, span[0], (lx.covered(toks, whole.start, whole.end) or span)[-1], lang, CUE_WINDOW, "percent")
    if cue is None:
        return None   # a part of a whole is a share only where the text measures shares
    share = float(f"{100 * part_n / whole_n:.{DERIVED_SHARE_DIGITS}g}")
    low, high = 100 * v.low / whole.high, 100 * v.high / whole.low
    qualifier = "exact" if low == high else "about"
    part, of = text[v.start:v.end], text[whole.start:whole.end]
    sig = Signal(field="value", rule=DERIVED_SHARE_RULE.format(part=part, whole=of, lang=lang),
                 text=text[v.start:whole.end], start=v.start, end=whole.end)
    return (share, low, high, qualifier), sig, cue
