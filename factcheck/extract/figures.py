"""Figures a clause states without a plain number, for stage 3's frames: a negated toll is a figure
of zero ("no one was killed"), a number in a name is a designation ("Boeing 767-300"), and a number
in apposition to a name is an age ("Okoro, 24,")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..mentions import persons
from ..kinds.base import MEASURE_RULE
from ..lang.lexicon import Tok
from .draft import Draft
from ..models import Article, Clause, Signal
from ..lang.text import fold

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


def apposed_age(text: str, toks: list[Tok], v: "ValueMention") -> tuple[str, str] | None:
    """(person key, surname as written) when the figure is an age in apposition to a name written
    with capitals ("Daniel Korir, 24, won"); None otherwise (Latin script only: Arabic writes ages
    with a word, "24 عاما", read by the age cues)."""
    if text[v.start - 2:v.start] != ", " or text[v.end:v.end + 1] != "," or not v.value.isdigit():
        return None
    if not 0 < int(v.value) <= MAX_AGE:
        return None
    k = lx.covered(toks, v.start, v.end)[0]
    if k == 0 or not toks[k - 1].cap or toks[k - 1].end != v.start - 2:
        return None
    return persons.skeleton(toks[k - 1].form), text[toks[k - 1].start:toks[k - 1].end]


def age_owner(text: str, toks: list[Tok], v: "ValueMention", cue_at: int, lang: str) -> tuple[str, str] | None:
    """The person an age cue describes: the capitalised name right after the cue ("24-year-old
    Daniel Korir": the last word of the name), else the one right before the cue or the figure,
    whichever comes first ("Korir, aged 24")."""
    k = cue_at + 1
    stop = lx.lexicon(lang).stopwords.words
    while k < len(toks) and k <= cue_at + AGE_NAME_WINDOW and not toks[k].cap:
        k += 1
    run = []
    while k < len(toks) and toks[k].cap and not toks[k].variants & stop:
        run.append(toks[k])
        k += 1
    before = min(cue_at, lx.covered(toks, v.start, v.end)[0]) - 1   # "Korir, aged 24"
    stop = lx.lexicon(lang).stopwords.words
    if not run and before >= 0 and toks[before].cap and not toks[before].variants & stop:
        run = [toks[before]]
    if not run:
        return None
    return persons.skeleton(run[-1].form), text[run[-1].start:run[-1].end]


def make_draft(*args, **kw) -> "Draft":
    """A ``draft.Draft``."""
    return Draft(*args, **kw)
