"""Figures a measure cue names (the dead, the missing, a population, an age, a turnout): the group a
count counts, whose figure it is, the share a part of a whole states, and the span of a value claim
widened to the event mention it belongs to (part of the normalize stage, used by ``frames``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import figures, perpetrators
from ..kinds import quantity_read
from ..lang import data as langdata
from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..lang.text import COMMA
from ..mentions import places, values
from ..models import Article, Clause, Signal

if TYPE_CHECKING:
    from .draft import Draft
    from ..mentions.values import ValueMention

# A place or date claim spans the event mention it belongs to when that sits within this many tokens
# (and the whole stays under MAX_EVENT_SPAN_CHARS); otherwise the claim is its clause.
EVENT_SPAN_WINDOW = 12
MAX_EVENT_SPAN_CHARS = 250


# A property figure's thing measured is a sub-event noun at most this many tokens from it: "a magnitude
# 5.4 aftershock" (0), "an aftershock of magnitude 5.4" (2: "of magnitude"), "هزة ارتدادية بقوة 5.4" (1).
SUB_EVENT_REACH = 2
# The subject of a sub-event's figure: this prefix and the sub-event's name (``events.sub_nouns``).
SUB_EVENT_SUBJECT = "sub-event:"


def sub_event(toks: list[Tok], v: "ValueMention", lang: str) -> tuple[str, lx.CueHit] | None:
    """The sub-event (lexicon ``events.sub_nouns``: an aftershock) a property figure measures, as
    (subject key, the noun's hit): a sub-event noun within SUB_EVENT_REACH tokens of the figure in its
    clause."""
    span = lx.covered(toks, v.start, v.end)
    if not span:
        return None
    first, last = span[0], span[-1]
    for key, cues in sorted(lx.lexicon(lang).events.sub_nouns.items()):
        for hit in lx.find_cues(toks, cues):
            gap = first - hit.j if hit.j <= first else hit.i - last - 1
            if 0 <= gap <= SUB_EVENT_REACH:
                return SUB_EVENT_SUBJECT + key, hit
    return None


# An apposition's head is a name of at most this many words between commas ("The Air India flight
# AI171, a Boeing 787-8 Dreamliner, ..."): a longer stretch is a clause of its own. Calibrated on the
# English stories, whose apposed names run 2-5 words.
APPOSITION_HEAD_WORDS = 6


def apposition(art: Article, clause: Clause, pos: int, lang: str) -> tuple[int, int] | None:
    """The span of "<name>, <determiner> <capitalised name>" ("Flight 602, an Airbus A330, ...": one
    thing named twice) holding the position ``pos`` in the sentence of ``clause``, or None. The head is
    a short stretch between the sentence start or a comma and a comma, ending in a capitalised word or a
    code; the apposed name is a stopword followed by capitalised words or codes, up to the first word
    that is neither ("a Boeing 787-8 Dreamliner en route to ...": up to "Dreamliner"). Latin script
    only: a name is told by its capital."""
    text, ss, se = art.text, clause.sentence_start, clause.sentence_end
    toks = lx.tokenize(text[ss:se], lang, offset=ss)
    stop = lx.lexicon(lang).stopwords.words
    named = [t.cap or any(ch.isdigit() for ch in t.form) for t in toks]
    starts = [0] + [k for k in range(1, len(toks)) if COMMA.search(text, toks[k - 1].end, toks[k].start)]
    for a, b in zip(starts, starts[1:]):
        head = range(a, b)
        if len(head) > APPOSITION_HEAD_WORDS or not named[b - 1] or not stop & toks[b].variants:
            continue
        k = b + 1
        while k < len(toks) and named[k] and not (k > b + 1 and COMMA.search(text, toks[k - 1].end, toks[k].start)):
            k += 1
        if k == b + 1:
            continue   # "Flight 602, which ...": no name after the determiner
        s, e = toks[a].start, toks[k - 1].end
        if s <= pos < e:
            return s, e
    return None


def tok_index(toks: list[Tok], pos: int) -> int:
    """The index of the token that ends after ``pos`` (the last token when none does)."""
    for k, t in enumerate(toks):
        if t.end > pos:
            return k
    return len(toks) - 1


def event_mention_span(art: Article, clause: Clause, s: int, e: int, lang: str) -> tuple[int, int]:
    """The span of "<event mention> ... <value>": from the chain of event nouns nearest the value
    in its sentence (within EVENT_SPAN_WINDOW tokens; the mention the value follows first, else one
    after it) to the value; the clause when the sentence names no event noun near it."""
    nouns = lx.lexicon(lang).events.nouns.words
    sent = lx.tokenize(art.text[clause.sentence_start:clause.sentence_end], lang, offset=clause.sentence_start)
    at = tok_index(sent, s)
    hits = [k for k, t in enumerate(sent) if nouns & t.variants and abs(k - at) <= EVENT_SPAN_WINDOW]
    if not hits:
        return clause.start, clause.end
    left = [k for k in hits if k < at]
    k0 = max(left) if left else min(hits)
    lo = hi = k0
    while any(lo - d in hits for d in (1, 2, 3)):
        lo = max(x for x in hits if lo - 3 <= x < lo)
    while any(hi + d in hits for d in (1, 2, 3)):
        hi = min(x for x in hits if hi < x <= hi + 3)
    a, b = min(sent[lo].start, s), max(sent[hi].end, e)
    if b - a > MAX_EVENT_SPAN_CHARS:
        return clause.start, clause.end
    return a, b


# Words a part's noun may stand behind after its partitive pronoun: a copula and an article ("12 of
# whom were children", "12 of them the crew"); stopwords all.
PART_NOUN_REACH = 2


def past_partitive_pronoun(text: str, toks: list[Tok], k: int, lang: str) -> int | None:
    """The token of a part's noun when the figure before token ``k`` is a part of the group just named
    ("Thirty people – 12 of them children –", "12 of whom were children": the lexicon's
    ``partitive_pronouns``, then at most PART_NOUN_REACH stopwords), ``k`` itself when no such pronoun
    follows the figure, None when one does and no noun follows it in its clause."""
    hits = lx.find_cues(toks[k:k + 3], lx.lexicon(lang).partitive_pronouns)
    if not hits or hits[0].i != 0:
        return k
    stop = lx.lexicon(lang).stopwords.words
    n = k + hits[0].j
    for n in range(n, min(len(toks), n + PART_NOUN_REACH + 1)):
        if COMMA.search(text, toks[n - 1].end, toks[n].start):
            return None
        if not toks[n].variants & stop:
            return n
    return None


def counted(text: str, toks: list[Tok], v: "ValueMention", lang: str, measure: str) -> str | None:
    """What a number counts when the word after it says so ("169 Indian passengers" -> nationality
    IN, "12 crew" -> "crew", "230 passengers" -> "passengers"); None for generic counts ("5,300
    people", "2300 شخص"), which compare with each other across languages, and for a figure that ends
    its clause ("injuring more than 200, officials said")."""
    k = next((i for i, t in enumerate(toks) if t.start >= v.end), None)
    if k is None or COMMA.search(text, v.end, toks[k].start):
        return None
    k = past_partitive_pronoun(text, toks, k, lang)
    if k is None:
        return None
    t = toks[k]
    generic = lx.lexicon(lang).generic_count_nouns.words | lx.lexicon(lang).stopwords.words
    if measure not in langdata.measures("grouped"):   # "11300 قتيل", "10,000 missing": the noun restates the measure
        generic = generic | lx.lexicon(lang).measures.get(measure, lx.NO_CUES).words
    if any(u.variants & lx.lexicon(lang).generic_count_nouns.words for u in toks if v.start < u.start < v.end):
        # the value's own words already hold a generic noun ("تسعة أشخاص على الأقل وأصيب ..."): the word
        # after them is the next clause's, not what the figure counts
        return None
    if (t.variants | {lx.light_stem(t.form, lang)}) & generic or measure in langdata.measures("property") \
            or langdata.measure_dimension(measure) == "percent":
        # a property measure's noun is the thing measured ("a 7.2 earthquake"), a share's the whole it is
        # a share of ("one in four voters"): no group
        return None
    nat = lx.nationality_at(toks, k, lang)
    group = f"nationality:{nat[0]}" if nat else min(t.variants, key=len)
    # "242 passengers and crew": the group is both nouns (not "eight villages and around 3,000 people":
    # another figure's phrase)
    if k + 2 < len(toks) and toks[k + 1].form in lx.lexicon(lang).conjunctions.words and not any(
            ch.isdigit() for t in toks[k + 2:k + 4] for ch in t.form) \
            and not toks[k + 2].variants & lx.lexicon(lang).stopwords.words \
            and not any(u.kind == "number" for u in values.find_values(toks[k + 2].form, lang)):
        group += "+" + min(toks[k + 2].variants, key=len)   # (not "Four Britons and three Poles")
    return group


def measured(d: "Draft", art: Article, clause: Clause, toks: list[Tok], v: "ValueMention",
              m: tuple[str, int], antecedent: tuple[str, str] | None = None) -> None:
    """A figure a measure cue names: it is about the event its clause mentions (its span widens to the
    event mention), and its subject is the group it counts ("169 Indian passengers"), or, for a
    standing measure, the place the clause names (a city's population)."""
    name, lang = m[0], art.language
    if name in langdata.measures("personal"):
        doer = perpetrators.perpetrator_owner(toks, v, lang)
        # "The 27-year-old gunman used ...": a description headed by a perpetrator noun is the
        # perpetrator's, neither an anaphor nor a name's
        headed = perpetrators.heads_description(doer, m[1]) or perpetrators.apposed_to(art.text, doer, v)
        anaphoric = antecedent is not None and clause.start == clause.sentence_start \
            and figures.anaphoric_age(toks, v, lang) and not headed
        # a description opening its sentence with a verb after it ("The 20-year-old lowered Ruby
        # Walsh's mark") is the sentence's subject: the person named after the verb is someone else
        owner = None if anaphoric and not figures.name_follows(art.text, toks, m[1]) or headed else \
            figures.apposed_age(art.text, toks, v) or figures.age_owner(art.text, toks, v, m[1], lang)
        if owner is None and anaphoric:
            owner = antecedent   # "Name won on Sunday. The 26-year-old pulled away ..."
            d.signals.append(Signal(field="subject", rule=figures.ANAPHORIC_AGE_RULE.format(lang=lang),
                                    text=antecedent[1]))
        elif owner is None:
            owner = None if headed else figures.described_by_apposition(art.text, lx.tokenize(
                art.text[clause.sentence_start:clause.sentence_end], lang, offset=clause.sentence_start), v, lang)
            if owner is not None:   # "Venn, the 24-year-old Uruguayan striker, had signed"
                d.signals.append(Signal(field="subject", rule=figures.APPOSED_DESCRIPTION_RULE.format(lang=lang),
                                        text=owner[1]))
            elif doer is not None:
                # "The attacker, a 27-year-old man": the one who carried out the attack, named by a role
                owner = doer.subject, doer.label
                d.signals.append(Signal(field="subject", rule=perpetrators.PERPETRATOR_RULE.format(lang=lang),
                                        text=doer.label, start=doer.start, end=doer.end))
        if owner:
            d.subject, d.subject_label = owner
        # else the person the sentence names nearest the figure (``quantity_read``), or none
        d.start, d.end = with_event_mention(art, clause, v, lang)
        return
    scope = places.find_places(art.text[clause.start:clause.end]) if name in langdata.measures("standing") else []
    sub = sub_event(toks, v, lang) if name in langdata.measures("property") else None
    if scope:
        d.subject, d.subject_label = scope[0].key, scope[0].name
    elif sub:
        # "a magnitude 5.4 aftershock": the aftershock's magnitude, never the main quake's
        key, hit = sub
        d.subject, d.subject_label = key, art.text[hit.start:hit.end]
        d.signals.append(Signal(field="subject", rule=f"{lang}.lexicon events.sub_nouns", text=d.subject_label,
                                start=hit.start, end=hit.end))
    else:
        d.subject = d.subject_label = counted(art.text, toks, v, lang, name)
    d.start, d.end = with_event_mention(art, clause, v, lang)


def share_draft(art: Article, clause: Clause, toks: list[Tok], v: "ValueMention", count: "Draft",
                 share: tuple, antecedent: tuple[str, str] | None) -> "Draft":
    """The share claim a part of a whole states beside its count claim ("5.6 million of 24 million voters
    turned out": a turnout of 23.3 %), see ``figures.derived_share``."""
    (value, low, high, qualifier), sig, cue = share
    name, lang = cue[0], art.language
    measure = quantity_read.measure_signal(name, f"{lang}.lexicon cue '{toks[cue[1]].form}'")
    d = figures.make_draft(count.start, count.end, None, None, "quantity:percent", f"{value:g}%",
                           [sig, measure] + [s for s in count.signals if s.field in ("as_of", "modality")])
    d.low, d.high, d.qualifier, d.keywords, d.modality = low, high, qualifier, count.keywords, count.modality
    measured(d, art, clause, toks, v, cue, antecedent)
    return d


def with_event_mention(art: Article, clause: Clause, v: "ValueMention", lang: str) -> tuple[int, int]:
    """A value claim's span: its clause, widened to the event mention the value belongs to."""
    s, e = event_mention_span(art, clause, v.start, v.end, lang)
    s, e = min(s, clause.start), max(e, clause.end)
    if e - s > MAX_EVENT_SPAN_CHARS:
        return clause.start, clause.end
    return s, e
