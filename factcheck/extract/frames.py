"""Frames that turn cue words and parsed values into claims (part of the normalize stage).

- valued frames: a date, time, duration or number tied to what it measures (an event, a measure
  noun such as the dead or the missing, a population), a place or a venue of an event;
- topic frames: what talks aim at or focus on, and what is on (or off) their agenda.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import lexicon as lx
from . import anaphora, asides, conversions, figures, measured, parts, perpetrators
from ..mentions import places, values
from ..kinds import (clock_read, designation, duration, minute, occurrence, penalty, provisional, quantity_read,
                     quantity_value, racetime, rank, region, region_read, requested, required, rounds, route,
                     score)
from ..lang.lexicon import Tok
from ..lang.text import COMMA, LATIN, script_of
from .draft import CUE_WINDOW
from .event_dates import DATE_EVENT_WINDOW, event_cue_of_date, event_words, nearest, opening_date_event
from .venues import named_venue
from ..models import Article, Clause, Signal

if TYPE_CHECKING:
    from .draft import Draft
    from ..mentions.values import ValueMention


def _departs(art: Article, clause: Clause, toks: list[Tok], v: "ValueMention", lang: str) -> bool:
    """Is the time of day ``v`` (in the clause of ``toks``) when a journey began: a word of leaving a
    place (lexicon ``route.departure_times``: "left the port at 8:30 p.m.") at least as near it as any
    other event word ("capsized shortly before 11 p.m.")? The word is looked for in the time's own
    clause, and in its whole sentence when that clause is only the time with its preposition ("within
    moments of takeoff, at 1:39 PM local time"); a clause of its own verb ("…, وانقلبت قبيل الساعة 11
    ليلا") keeps the time to itself."""
    at = measured.tok_index(toks, v.start)
    stop = lx.lexicon(lang).stopwords.words
    if all(stop & t.variants for t in toks[:at]):   # "at 1:39 PM …": read the sentence around it
        toks = lx.tokenize(art.text[clause.sentence_start:clause.sentence_end], lang, offset=clause.sentence_start)
        at = measured.tok_index(toks, v.start)
    leaving = [h for h in lx.find_cues(toks, lx.lexicon(lang).route.departure_times)
               if min(abs(h.i - at), abs(h.j - 1 - at)) <= DATE_EVENT_WINDOW]
    if not leaving:
        return False
    near = min(min(abs(h.i - at), abs(h.j - 1 - at)) for h in leaving)
    taken = frozenset(k for h in leaving for k in range(h.i, h.j))
    return nearest(toks, at, event_words(lang), near - 1, taken) is None   # no other event word nearer


# The mark after a list item's number ("1- ", "2) ", "3. "): a dash, a bracket or a full stop and a space.
LIST_MARK = re.compile(r"[-–.)]\s")


def _list_marker(text: str, v: "ValueMention") -> bool:
    """Is the number ``v`` a list item's number: the first thing on its line, a list mark after it?"""
    line = text[text.rfind("\n", 0, v.start) + 1:v.start]
    return not line.strip() and LIST_MARK.match(text, v.end) is not None and text[v.start:v.end].isdigit()


# A figure that opens its clause (after at most this many tokens: "Some 300 homes", "the 12 hostages")
# is the clause's subject, and its claim quotes the rest of the clause, what is said of it ("twelve
# Thai nationals held captive by Hamas were released from Gaza on Friday"), when the clause states no
# other figure and is at most this many tokens long (longer clauses carry asides an editor does not
# need with the figure). The story annotations quote such figures with their predicate; 16 tokens
# holds a subject, its verb and a place and day.
SUBJECT_FIGURE_LEAD = 1
SUBJECT_CLAUSE_MAX_TOKENS = 16


def valued_frames(art: Article, clause: Clause, toks: list[Tok], vals: list["ValueMention"],
                  persons: list[tuple[int, int, str]] = (), label=lambda key: key,
                  antecedent: tuple[str, str] | None = None, speakers: frozenset = frozenset()) -> list["Draft"]:
    """Claims of the values a clause states. ``persons`` are the (start, end, key) spans of person
    mentions in ``toks``; ``label`` gives a person key's name as written; ``antecedent`` is the
    (key, name) of the person the article named last before the clause's sentence; ``speakers`` the
    persons its sentence quotes (``attribution.speakers``: never the owner of a figure)."""
    lang = art.language
    taken = {k for v in vals for k in lx.covered(toks, v.start, v.end)}
    # a rank is no figure of the clause: a figure's words read past it ("the Green League came second
    # with 87 seats": whose seats), without it
    ranks = frozenset(k for v in vals if v.kind == "ordinal" and rank.is_rank(toks, span := lx.covered(toks, v.start, v.end), lang)
                      for k in span)
    figure_taken = taken - ranks
    events = event_words(lang)
    conflict = lx.lexicon(lang).events.conflict_nouns.words
    projection = lx.find_cues(toks, lx.lexicon(lang).projection_cues)
    out, claimed = _minute_frames(art, clause, toks, vals, persons, label)
    sport, sport_claimed = _sport_frames(art, clause, toks, persons, label, antecedent)
    out, claimed = out + sport, claimed | sport_claimed
    as_of = figures.as_of_time(toks, vals, lang)   # the clock time the clause's figures are counted up to
    # the first tokens of the clause's figures that a word runs straight into ("وأصيب اثنان"): a measure
    # cue right before one is that figure's (not after a comma: "169 Indian passengers, 53 British")
    spans = [lx.covered(toks, u.start, u.end) for u in vals if u.kind == "number"]
    starts = [s for s in spans if s and s[0] > 0 and not COMMA.search(art.text, toks[s[0] - 1].end, toks[s[0]].start)]
    # every value's tokens, which a request or a need never reaches past (kinds.requested, kinds.required)
    value_spans = [lx.covered(toks, u.start, u.end) for u in vals]
    # the stage its sentence gives the clause's counts ("preliminary results showed": kinds.provisional),
    # read once for the clause
    stage = provisional.cue(art.text[clause.sentence_start:clause.sentence_end], lang, clause.sentence_start) \
        if spans else None
    # a sum restated in parentheses in another currency ("1.1 billion euros (about $1.2bn) for"): both
    # read over the two, so that the words after the parenthesis are the first's too (extract.conversions)
    sums = conversions.restated_sums(art.text, vals)
    unread = conversions.unread_currency(vals, sums)
    for v in vals:
        if v.kind == "number" and _list_marker(art.text, v):
            continue   # "1- منتخب السعودية ...", "2) The vote ...": a list item's number, not a figure
        if any(a < v.end and v.start < b for a, b in claimed):
            continue   # a match minute, a race time or a match score (kinds.minute / racetime / score), not a figure
        if v.start in unread:
            continue   # "480 billion ouguiyas ($12bn)": a sum in a currency no table reads, told by its restatement
        at_sum = sums.get(v.start) if v.kind == "number" else None
        if at_sum is None and conversions.conversion(art.text, vals, v):
            continue   # "100 metres (330 feet)", "04:12 local time (08:12 GMT)": the same value restated
        if v.kind == "duration":
            v = figures.age_in_years(art.text, toks, v, lang) or v   # "البالغ من العمر 84 عاما": an age, not how long something lasted
        at = measured.tok_index(toks, v.start)
        sig = Signal(field="value", rule=v.rule, text=art.text[v.start:v.end], start=v.start, end=v.end)
        if v.kind == "date":
            ev = event_cue_of_date(toks, v, lang, art.text)
            ev_tok = toks[ev] if ev is not None else opening_date_event(art, clause, toks, v, lang)
            if ev_tok is None:
                continue  # the day someone spoke, or a date tied to nothing we compare
            prop = "start_date" if conflict & ev_tok.variants else "date"
            s, e = min(ev_tok.start, v.start), max(ev_tok.end, v.end)
            if ev is None:   # an opening adverbial: the claim is that clause, which states only the date
                s, e = clause.start, clause.end
            elif prop == "date":   # the date of this event: span its mention too ("the talks ... on 5 March")
                ms, me = measured.event_mention_span(art, clause, v.start, v.end, lang)
                s, e = min(s, ms), max(e, me)
            out.append(figures.make_draft(s, e, None, None, prop, v.value, [sig]))
        elif v.kind == "time":
            if not any(ch.isdigit() for ch in v.value):
                continue  # a part of day alone ("Friday morning") dates a step of the story, not a start time
            s, e = measured.with_event_mention(art, clause, v, lang)
            prop = "departure_time" if _departs(art, clause, toks, v, lang) else "start_time"
            d = figures.make_draft(s, e, None, None, prop, v.value, [sig])
            if (at_minute := clock_read.minutes(v.value)) is not None and (h := clock_read.hedge(art.text, v, lang)):
                d.low, d.high = clock_read.interval(h[0], at_minute)   # "shortly before 4 a.m.": a rounded time
                d.qualifier = h[0]
                d.signals.append(Signal(field="qualifier", rule=f"{lang}.values clock_bounds / qualifiers.about", text=h[1]))
            out.append(d)
        elif v.kind == "duration":
            span = lx.covered(toks, v.start, v.end)
            length_of = duration.held(art.text, toks, span, v, lang)
            if length_of is None and clause.start > clause.sentence_start:   # "sentenced X, the ex-mayor, to 10 years"
                length_of = duration.held_past_apposition(art.text, lx.tokenize(
                    art.text[clause.sentence_start:clause.sentence_end], lang, offset=clause.sentence_start), v, lang)
            if length_of is None and not lx.find_cues(toks, lx.lexicon(lang).properties.duration):
                continue  # "in a decade", "within 30 seconds": a time frame, not how long something lasted
            before = [p for p in persons if span and p[1] <= span[0]]
            subject = max(before)[2] if before else None   # whose sentence or ban: the person named before it
            # a penalty's length spans it and its cue, so that the clause's own statement ("sentenced to
            # 20 years" / "acquitted") is still judged; any other duration spans its clause
            s, e = (min(length_of.start, v.start), max(length_of.end, v.end)) \
                if length_of and duration.spans_cue(length_of) else (clause.start, clause.end)
            d = figures.make_draft(s, e, subject, label(subject) if subject else None,
                                   "duration", v.value, [sig] + ([length_of] if length_of else []))
            d.low, d.high, d.qualifier = v.low, v.high, v.qualifier
            _mark_requested(d, toks, span, value_spans, lang)
            out.append(d)
        elif v.kind == "ordinal":
            span = lx.covered(toks, v.start, v.end)
            r = rank.frame(art, clause, toks, span, v, list(persons), label)
            if r is not None:
                out.append(figures.make_draft(r.start, r.end, r.subject, r.subject_label, rank.PROPERTY, r.value,
                                              r.signals))
            elif not occurrence.is_count(art.text, toks, span, lang) \
                    and (o := rounds.frame(art.text, toks, span, v, lang)) is not None:   # "the third round"
                d = figures.make_draft(o.start, o.end, None, None, rounds.PROPERTY, o.value, o.signals)
                d.keywords, d.clause_mood = o.signature, False   # which round it is, whatever the clause denies
                out.append(d)
            elif (o := occurrence.frame(art, clause, toks, span, v, persons, label, antecedent)) is not None:
                d = figures.make_draft(o.start, o.end, o.subject, o.subject_label, occurrence.PROPERTY, o.value,
                                       o.signals)   # "his third marathon", "ولاية رابعة"
                d.keywords = o.signature
                out.append(d)
        elif v.kind == "number":
            span = lx.covered(toks, v.start, v.end) or [at]
            if designation.names_a_thing(art.text, toks, span, v):
                d = figures.designation_frame(art, clause, toks, span, v)
                if d is not None:
                    _to_apposition(d, art, clause)
                    out.append(d)
                continue
            # only a cue of the figure's dimension claims it ("turnout reached 48 %": not "reached" of heights)
            others = frozenset(u[0] for u in starts if u[0] != span[0])
            # (read past an aside after its noun: "Thirty people – among them 12 children – died")
            m = asides.measure_cue(art.text, toks, span[0], span[-1], lang, CUE_WINDOW,
                                   quantity_value.dimension(v.value)[0], others)
            named_by = None if m is None else f"{lang}.lexicon cue '{toks[m[1]].form}'"
            if m is None and (m := figures.level_cue(toks, span[0], span[-1], lang, quantity_value.dimension(v.value)[0])):
                named_by = f"{lang}.lexicon cue '{toks[m[1]].form}' of the level the figure reaches (level_prepositions)"
            if m is None and (part := parts.whole_measure(art, clause, toks, v, CUE_WINDOW,
                                                          quantity_value.dimension(v.value)[0])) is not None:
                m, named_by = (part[0], span[0]), part[1]   # "killed 38, including four students"
            if m is None and (by_unit := figures.unit_measure(v.value)) is not None:
                m, named_by = (by_unit, span[0]), f"the unit of '{art.text[v.start:v.end]}' (measures.json by_unit)"
            apposed = figures.apposed_age(art.text, toks, v) if m is None else None
            # "The gunman, 27,": the role's age (read only for a figure set off as an age can be)
            doer = perpetrators.perpetrator_owner(toks, v, lang) \
                if m is None and apposed is None and figures.in_apposition(art.text, v) else None
            if apposed is not None:
                m, named_by = (figures.AGE, span[0]), f"a number in apposition to the name '{apposed[1]}'"
            elif perpetrators.apposed_to(art.text, doer, v):
                m, named_by = (figures.AGE, span[0]), f"a number in apposition to the role '{doer.label}'"
            elif m is None and figures.AGE_IN_YEARS_RULE in v.rule:
                m, named_by = (figures.AGE, span[0]), v.rule.split("; ")[-1]
            q = quantity_read.frame(art.text, toks, v, lang, figure_taken, list(persons), label,
                               measure=None if m is None else (m[0], named_by), passed=ranks, speakers=speakers,
                               at=None if at_sum is None else at_sum[:2], converted=bool(at_sum and at_sum[2]),
                               floor=asides.opening(art.text, toks, span[0], lang))
            if q is None:
                continue
            d = figures.make_draft(q.start, q.end, q.subject, q.subject_label, q.prop, q.value, q.signals)
            if len(spans) == 1 and len(toks) <= SUBJECT_CLAUSE_MAX_TOKENS and span and span[0] <= SUBJECT_FIGURE_LEAD:
                d.end = max(d.end, clause.end)   # the clause's subject: quote what the clause says of it
            d.low, d.high, d.qualifier, d.keywords = q.low, q.high, q.qualifier, q.signature
            if at_sum is not None and at_sum[2]:
                d.signals.append(Signal(field="conversion", rule=at_sum[2], text=art.text[at_sum[0]:at_sum[1]],
                                        start=at_sum[0], end=at_sum[1]))
            if m is not None:
                measured.measured(d, art, clause, toks, v, m, antecedent)
            if as_of is not None:
                d.signals.append(as_of)   # "26% by 5 pm": a running count (kinds.quantity: never a clash)
            _mark_requested(d, toks, span, value_spans, lang)
            if (need := required.governing(art.text, toks, span, value_spans, lang)):
                d.signals.append(need)   # "needs 151 seats": what is needed, compared only with needs (kinds.required)
            if stage:
                d.signals.append(stage)   # "preliminary results showed": a stage of a count (kinds.provisional)
            if projection and any(abs(h.i - at) <= CUE_WINDOW for h in projection):
                d.modality = "possible"
                d.signals.append(Signal(field="modality", rule=f"{lang}.lexicon projection_cues", text=projection[0].cue))
            out.append(d)
            if (share := figures.derived_share(art.text, toks, vals, v, q.signals, lang)) is not None:
                out.append(measured.share_draft(art, clause, toks, v, d, share, antecedent))
    out += _penalty_frames(art, toks, persons, label, value_spans)
    # a sentence a court changed ("commuted to life", "reduced to 12 years"): the new one (kinds.penalty)
    penalty.mark_changed(out, toks, lang, _measure_key)
    # where a journey came from or was going (kinds.route); such a place is not where the event happened
    routes = route.frames(art.text, clause.start, clause.end, toks, lang)
    out += [figures.make_draft(r.start, r.end, None, None, r.prop, r.key, list(r.signals)) for r in routes]
    out += [d for d in _place_frames(art, clause, toks, events) if d.property != "place"
            or not route.holds(routes, d.signals[0].start, d.signals[0].end)]
    out += _region_frames(art, clause, toks, events)
    out += figures.zero_frames(art, toks, vals)
    out += figures.one_frames(art, toks, vals)
    return out


def _region_frames(art: Article, clause: Clause, toks: list[Tok], events: frozenset[str]) -> list["Draft"]:
    """The compass directions a clause states (``kinds.region``): of a named place, a fact of that
    place whatever event the clause tells; else of the event, in a clause that tells one."""
    lang = art.language
    tells = any(events & t.variants for t in toks) or bool(toks) and bool(
        lx.find_cues(toks[:1], lx.lexicon(lang).events.backrefs))
    out = []
    for r in region_read.frames(art.text, (clause.sentence_start, clause.sentence_end), (clause.start, clause.end),
                                lang, tells):
        d = figures.make_draft(r.start, r.end, r.subject, r.subject_label, region.PROPERTY, r.region.value(),
                               list(r.signals))
        d.event_scoped = r.subject is None   # where a place lies is no trait of one event
        out.append(d)
    return out


def _penalty_frames(art: Article, toks: list[Tok], persons, label, value_spans: list[list[int]]) -> list["Draft"]:
    """The claims of the penalties that are no length a clause states ("sentenced to death", "a life
    sentence", "بالسجن المؤبد": ``kinds.penalty``), each the sentence of the person named before it,
    as a length's is."""
    out = []
    for f in penalty.find(toks, art.language):
        before = [p for p in persons if p[1] <= f.i]
        subject = max(before)[2] if before else None
        s, e = toks[f.i].start, toks[f.j - 1].end
        sig = Signal(field="value", rule=f.measure.rule, text=art.text[s:e], start=s, end=e)
        d = figures.make_draft(s, e, subject, label(subject) if subject else None, penalty.PROPERTY, f.value,
                               [sig, f.measure])
        _mark_requested(d, toks, list(range(f.i, f.j)), value_spans, art.language)
        out.append(d)
    return out


def _measure_key(d: "Draft") -> str | None:
    """The lexicon duration measure of a draft's measure signal, or None."""
    m = next((s for s in d.signals if s.field == "measure"), None)
    return duration.measure_key(m) if m is not None and d.property == penalty.PROPERTY else None


def _mark_requested(d: "Draft", toks: list[Tok], span: list[int], value_spans: list[list[int]], lang: str) -> None:
    """Mark a figure a request verb governs ("prosecutors had sought 15 years"): what a party asked
    for, compared only with other requests (kinds.requested). ``value_spans``: the clause's values' tokens."""
    sig = requested.governing(toks, span, value_spans, lang)
    if sig is not None:
        d.signals.append(sig)


def _to_apposition(d: "Draft", art: Article, clause: Clause) -> None:
    """A name claim whose name is one half of an apposition ("The Zephyr flight ZX602, an Airbus A330")
    spans the apposition: both halves name the one thing, and a clause cut at its commas holds half."""
    at = d.signals[0].start
    if at is None:
        return
    found = measured.apposition(art, clause, at, art.language)
    if found is not None:
        d.start, d.end = found


def _minute_frames(art: Article, clause: Clause, toks: list[Tok], vals: list["ValueMention"],
                   persons, label) -> tuple[list["Draft"], set[tuple[int, int]]]:
    """Claims of the match minutes a clause states (``kinds.minute``), and the spans of the value
    mentions they read as minutes. Minutes are read over the clause's sentence: a list of minutes
    or the words of what happened at one may run past the clause."""
    lang = art.language
    if not any(v.kind == "minute" for v in vals) and not any(minute.minute_words(lang) & t.variants for t in toks):
        return [], set()
    ss, se = clause.sentence_start, clause.sentence_end
    sent = lx.tokenize(art.text[ss:se], lang, offset=ss)
    first = next((k for k, t in enumerate(sent) if t.start == toks[0].start), 0)
    svals = [replace(v, start=v.start + ss, end=v.end + ss)
             for v in values.find_values(art.text[ss:se], lang, anchor=art.published)]
    people = [(a + first, b + first, key) for a, b, key in persons]
    out, claimed = [], set()
    context = minute.article_minutes(art.text, lang)
    sport = bool(score.article_scores(art.text, lang))
    for m in minute.frames(art.text, sent, svals, lang, (clause.start, clause.end), people, label, context, sport):
        at = next((s for s in m.signals if s.field == "value"), None)
        if at is None or not (clause.start <= (at.start or 0) < clause.end):
            continue   # a minute of another clause of the sentence: that clause claims it
        d = figures.make_draft(m.start, m.end, m.subject, m.subject_label, minute.PROPERTY, m.value, m.signals)
        d.low = d.high = m.minute
        d.qualifier, d.keywords = "exact", m.signature
        out.append(d)
        claimed.add((at.start, at.end))
    return out, claimed


def _sport_frames(art: Article, clause: Clause, toks: list[Tok], persons, label,
                  antecedent: tuple[str, str] | None = None) -> tuple[list["Draft"], set[tuple[int, int]]]:
    """Claims of the race times (``kinds.racetime``) and match scores (``kinds.score``) a clause
    states, read over its sentence, and the spans of the value mentions they claim. ``antecedent``
    is the person the article named last, whose a time is in a sentence that opens with a
    description of someone ("The Kenyan ran 2hr 2min 49sec": ``extract.anaphora``)."""
    lang = art.language
    times, scores = racetime.article_times(art.text, lang), score.article_scores(art.text, lang)
    if not times and not scores:
        return [], set()   # the article states neither (read once per article): nothing to look for
    ss, se = clause.sentence_start, clause.sentence_end
    sent = lx.tokenize(art.text[ss:se], lang, offset=ss)
    if not sent:
        return [], set()
    first = next((k for k, t in enumerate(sent) if t.start == toks[0].start), 0)
    svals = [replace(v, start=v.start + ss, end=v.end + ss)
             for v in values.find_values(art.text[ss:se], lang, anchor=art.published)]
    people = [(a + first, b + first, key) for a, b, key in persons]
    out, claimed = [], set()
    year = art.published.year if art.published else None
    described = antecedent if antecedent is not None and anaphora.opening(sent, lang) else None
    for r in racetime.frames(art.text, sent, svals, lang, (clause.start, clause.end), ss, people, label, year,
                             times, described):
        d = figures.make_draft(r.start, r.end, r.subject, r.subject_label, racetime.PROPERTY, r.value, r.signals)
        d.low, d.high, d.qualifier, d.keywords = r.low, r.high, r.qualifier, r.signature
        if racetime.margin_of(r.signals):
            # "by 49 seconds over the 2019 record": a margin sets this mark against an earlier one, so
            # the earlier one its clause names does not make it another occurrence's
            d.event_scoped = False
        out.append(d)
        claimed.update(r.spans)
    for f in score.frames(art.text, sent, svals, lang, (clause.start, clause.end), ss, scores):
        d = figures.make_draft(f.start, f.end, f.winner, f.winner_label, score.PROPERTY, f.value, f.signals)
        d.low, d.high, d.qualifier, d.keywords = float(f.low), float(f.high), "exact", f.teams
        out.append(d)
        claimed.add(f.value_span)
    return out, claimed


def _place_frames(art: Article, clause: Clause, toks: list[Tok], events: frozenset[str]) -> list["Draft"]:
    lang = art.language
    backref = bool(toks) and bool(lx.find_cues(toks[:1], lx.lexicon(lang).events.backrefs))
    if not backref and not any(events & t.variants for t in toks):
        return []  # a place in a clause about no event (embassies in a capital, home towns...)
    out = []
    wrappers = lx.lexicon(lang).venue_wrappers.words
    venue_hits = lx.find_cues(toks, lx.lexicon(lang).venues)
    for n_hit, hit in enumerate(venue_hits[:2]):
        nat = None
        for k in range(hit.j, min(len(toks), hit.j + 3)):
            n = lx.nationality_at(toks, k, lang)
            if n:
                nat = n[0]
                end = toks[k + n[1] - 1].end
                break
        # "the building of the Russian consulate": the consulate is the venue, the building a wrapper
        heads = [h for h in venue_hits if hit.i <= h.i < (k if nat else hit.j)]
        named = [h for h in heads if not (wrappers & toks[h.i].variants)] or heads
        if nat:
            head = min(toks[named[0].j - 1].variants, key=len)
            out.append(figures.make_draft(hit.start, end, None, None, "venue", f"{head}:{nat}",
                              [Signal(field="value", rule=f"{lang}.lexicon venues + nationality", text=art.text[hit.start:end],
                                      start=hit.start, end=end)]))
            break
    for hit in venue_hits:
        if (d := named_venue(art, toks, hit, lang)) is not None:
            out.append(d)
            break
    conflict = lx.lexicon(lang).events.conflict_nouns.words
    for p in places.find_places(art.text[clause.start:clause.end]):
        s, e = p.start + clause.start, p.end + clause.start
        k = measured.tok_index(toks, s)
        if any(conflict & toks[j].variants for j in range(max(0, k - 3), k)):
            continue  # "the war in Ukraine": the place of a conflict, not of this event
        if p.kind not in ("city", "country") or not _locative(toks, k, lang):
            continue
        a, b = measured.event_mention_span(art, clause, s, e, lang)
        out.append(figures.make_draft(a, b, None, None, "place", p.key,
                          [Signal(field="value", rule=p.rule, text=art.text[s:e], start=s, end=e)]))
        break
    return out


def _locative(toks: list[Tok], k: int, lang: str) -> bool:
    """Is the place at token k introduced as a location ("في إسطنبول", "بإسطنبول", "in Istanbul")?"""
    preps = lx.lexicon(lang).places.locative_preps.words
    glued = lx.lexicon(lang).places.locative_prefixes
    if k > 0 and (toks[k - 1].form in preps or preps & toks[k - 1].variants):
        return True
    form = toks[k].form
    for g in glued:
        rest = form[len(g):]
        if form.startswith(g) and any(p.start == 0 and p.end == len(rest) for p in places.find_places(rest)):
            return True
    return False


def locative_places(text: str, start: int, end: int, toks: list[Tok], lang: str) -> list["places.PlaceMention"]:
    """Cities and countries in text[start:end] introduced as a location; offsets relative to start."""
    out = []
    for p in places.find_places(text[start:end]):
        if p.kind in ("city", "country") and _locative(toks, measured.tok_index(toks, p.start + start), lang):
            out.append(p)
    return out


def name_frames(art: Article, clause: Clause, toks: list[Tok]) -> list["Draft"]:
    """'Storm Velma' / 'العاصفة "فيلما"': a kind noun from the lexicon's named_kinds followed by a
    name. The value is the name's consonant skeleton, so Arabic and Latin spellings agree."""
    from ..mentions.persons import skeleton
    lang = art.language
    out = []
    stop = lx.lexicon(lang).stopwords.words
    for kind in lx.lexicon(lang).named_kinds:
        for hit in lx.find_cues(toks, lx.lexicon(lang).named_kinds[kind])[:1]:
            if hit.j >= len(toks):
                continue
            t = toks[hit.j]
            gap = art.text[toks[hit.j - 1].end:t.start]
            if any(ch in gap for ch in ",،.;:") or t.variants & stop or t.form.isdigit() or (script_of(t.form) == LATIN and not t.cap) \
                    or (script_of(t.form) != LATIN and t.article):
                continue
            key = skeleton(t.form)
            if len(key) < 2:
                continue
            d = figures.make_draft(clause.start, clause.end, f"kind:{kind}", art.text[hit.start:t.end], "name", key, [
                Signal(field="value", rule=f"{lang}.lexicon named_kinds.{kind} + name skeleton (translit.json)",
                       text=art.text[hit.start:t.end], start=hit.start, end=t.end)])
            _to_apposition(d, art, clause)
            out.append(d)
    return out
