"""The race-time kind: an elapsed time of a race or a performance, a duration and not a clock time.

A race time is a claim (property ``racetime``) read from
- a clock-shaped elapsed time ("2:00:35", "2:00:35.0", "4:07.92" after a race cue; ``values``),
  and minutes and seconds with hundredths that ``values`` reads as a time of day ("swam 1:52.61");
- a duration of hours, minutes and seconds in words ("2 hours 0 minutes 35 seconds", "ساعتين و35
  ثانية", "just over two hours") in a sentence with a race word (``<lang>.lexicon`` race_time_cues);
a unit word right after a clock-shaped time ("2:00:35 ساعة") is part of it. It holds
- its **value** (ISO 8601, 'PT2H0M35S') and its bounds in seconds: the stated precision ("2:00:35"
  is 7234.5-7235.5 s, "4:07.92" to the hundredth) or the qualifier's open bound ("just over two
  hours", "under 2:01");
- **who**: the person named nearest to it within its signature window, else the nearest before it
  in the sentence, else the competitor a Latin-script sentence names before it (``kinds.racer``: a
  weaker subject, which never makes two times two athletes'); **what**: the stems around it (winning
  time, record, personal best, halfway);
- **what it measures**: a margin ("by 34 seconds", "34 seconds faster than the old mark":
  ``race_margin_cues``, ``race_margin_after_cues``), the margin by which a record was improved (a
  ``race_record_cues`` word around a margin), a split ("went through halfway in 61:40",
  ``race_split_cues``), or a finishing time;
- whether it is an **earlier mark** ("the previous record of 2:01:09", "the old best", a year other
  than the article's next to it, ``race_prior_cues``; "old" in "24-year-old" is not one).
Forms the value parser does not read (primes, "60:48 دقيقة", "9.58s") come from ``kinds.racetime_forms``.
Sentences are read by ``kinds.racetime_read``; what a time is stated with besides its value (its
finishing place: "finished second in", "took silver in", "won in"; the competitor a nationality
introduces; an earlier mark's year and holder, "set by", "المسجل باسم") by ``kinds.racetime_marks``.

Two race times are about the same performance when their events are compatible, both or neither are
earlier marks, they measure the same thing, their known persons do not differ and they share the
person, their signatures, or a measure that names the performance (both the split, both the record
margin). They agree when their intervals meet and contradict otherwise, unless they are too far apart
to be one performance misreported (more than MAX_CLASH_SECONDS apart and not one digit slipped,
``digit_slip``), or the other article states the other value too (then it is another time of that
article: a split, the runner-up, the old record).
Two times stated with different finishing places are two performances. Two quotes of one earlier
mark (the same time) contradict when they date it by different years or credit it to different
holders.
"""
from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..lang import lexicon as lx
from . import racer, racetime_marks
from .racetime_marks import holder, mark_year, place, same_holder
from .racetime_read import SECONDS_PER_MINUTE, Reading, readings
from ..mentions import values
from ..lang.lexicon import Tok
from ..models import Claim, Signal
from ..lang.text import script_of
from ..mentions.value_times import SECONDS_PER_HOUR
from ..mentions.values import year_of
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, FigureFrame, Verdict
from .quantity import meets
from .quantity_read import signature as figure_signature

PROPERTY = "racetime"
# Two race times are one performance when this share of the smaller signature is in the other (as
# for quantities: invented reports of one marathon tell the winning time with "won / record / time"
# around it, a split with "halfway / half").
SAME_SIGNATURE_SHARE = 0.5
# Outlets that misreport a race time are off by seconds (a digit); times further apart than this ratio
# are two performances (a halfway split and the finish, a marathon and a half marathon).
MAX_CLASH_RATIO = 1.05
# ... or by at most this many seconds whatever the ratio: short times (a winning margin, a 100 m
# dash) misreported by a digit differ by more than 5 % ("by 41 seconds" / "by 38 seconds"). Beyond
# these seconds two times clash only when they differ as one misreported time does (``digit_slip``).
MAX_CLASH_SECONDS = 10.0
# A win word this many tokens or fewer before a margin's cue makes it a winning margin ("won the
# race by", "beat Okello by"), whatever record its clause names.
WIN_BEFORE_MARGIN = 3
# What a margin's measure signal says: the time by which a race was won or a record improved.
MARGIN = "margin"
# What a split's measure signal says: an intermediate time of a race ("went through halfway in 61:40").
SPLIT = "split"
# What the measure signal of a margin by which a record or a best was improved says (not a winning margin).
RECORD = "record"
# What the measure signal of a time in the standings of a race of several stages says: a lead or a gap
# overall ("leads the general classification by 19 seconds", "بفارق 19 ثانية في الترتيب العام"), an
# overall time; never a stage's margin or time.
STANDING = "standing"
# A split cue governs a race time this many tokens after it ("went through halfway in 61:40": two
# tokens; "reached the halfway mark in 61:40": one).
SPLIT_WINDOW = 4
# Characters that join a word to the one before it into a compound ("24-year-old"): a prior cue so
# joined ("old") is part of the compound, not a word of an earlier mark.
COMPOUND_JOINERS = "-\u2010\u2011"
# A cue of an earlier mark governs a race time this many tokens after it ("the previous world record
# of 2:01:09": four tokens); cues after a time belong to the next one ("ran 2:00:35, erasing the
# previous record of ...").
PRIOR_WINDOW = 5
# A year this many tokens from a race time dates it (another year than the article's: an old mark).
YEAR_WINDOW = 6
# The rule of a subject read as the competitor named before a time (``kinds.racer``), not a known
# person: two such subjects that differ do not make two performances (the name may be another's).
NAMED_BEFORE = "racetime: the competitor named before it (kinds.racer)"
# The rule of a subject read as the person a sentence opens by describing ("The Kenyan ran ...").
DESCRIBED = "racetime: the person the article named last, described where its sentence opens (extract.anaphora)"




@dataclass
class RaceTimeFrame(FigureFrame):
    """A race-time claim under construction, with the value mentions it claims."""

    spans: list[tuple[int, int]] = field(default_factory=list)


def _bounds(r: Reading) -> tuple[float | None, float | None]:
    """A race time's interval in seconds: half the stated step either side of an exact time; the
    qualifier's open bound otherwise ("just over two hours": 7200 s and up)."""
    half = r.step / 2
    if r.qualifier == "exact":
        return r.seconds - half, r.seconds + half
    return r.low, r.high


def _won_by(toks: list[Tok], hit: lx.CueHit, lang: str) -> bool:
    """Does a win word stand within WIN_BEFORE_MARGIN tokens before a margin's cue ("won by", "beat
    Okello by")?"""
    wins = lx.lexicon(lang).score_win_cues.words
    return any(t.variants & wins for t in toks[max(0, hit.i - WIN_BEFORE_MARGIN):hit.i])


def _compound(text: str, start: int) -> bool:
    """Is the word at ``start`` joined to the one before it into a compound ("24-year-old")?"""
    return start > 0 and text[start - 1] in COMPOUND_JOINERS


def _year_near(text: str, toks: list[Tok], vals: list, first: int, last: int, year: int | None) -> Signal | None:
    """A year other than the article's within YEAR_WINDOW tokens of a race time (an old mark)."""
    if year is None:
        return None
    for v in vals:
        y = year_of(v, text)
        idx = lx.covered(toks, v.start, v.end)
        if y is not None and y != year and idx and (first - YEAR_WINDOW <= idx[-1] < first or last < idx[0] <= last + YEAR_WINDOW):
            return Signal(field="event", rule="racetime: a year other than the article's next to it", text=str(y),
                          start=v.start, end=v.end)
    return None


def frames(text: str, toks: list[Tok], vals: list, lang: str, clause: tuple[int, int], sentence_start: int,
           persons: list[tuple[int, int, str]], label, year: int | None = None,
           article: tuple[str, ...] = (), described: tuple[str, str] | None = None) -> list[RaceTimeFrame]:
    """The race-time claims of the clause ``clause`` (character span) of a sentence starting at
    ``sentence_start``, from its tokens ``toks`` and value mentions ``vals`` (article offsets).
    ``persons`` are the (start, end, key) token spans of person mentions; ``label`` turns a key into
    the name as written; ``year`` is the article's year; ``article`` every race time of the article;
    ``described`` the (key, name) of the person the sentence opens by describing ("The Kenyan ran
    ...": ``extract.anaphora``), whose a time is when no competitor is named before it."""
    if not toks:
        return []
    found = readings(text[sentence_start:toks[-1].end], toks, vals, lang, sentence_start, bool(article))
    taken = {k for v in vals for k in lx.covered(toks, v.start, v.end) if any(ch.isdigit() for ch in text[v.start:v.end])}
    lex = lx.lexicon(lang)
    prior_cues = [h for h in lx.find_cues(toks, lex.race_prior_cues) if not _compound(text, h.start)]
    margin_cues = lx.find_cues(toks, lex.race_margin_cues)
    after_cues = lx.find_cues(toks, lex.race_margin_after_cues)
    split_cues = lx.find_cues(toks, lex.race_split_cues)
    record_cues = lx.find_cues(toks, lex.race_record_cues)
    standings = lx.find_cues(toks, lex.race_standings_cues)
    taken_off = racetime_marks.improved(found, toks, lang)   # margin -> the earlier mark it is taken off
    marks_off = {m.start: cue for m, cue in taken_off.values()}
    out = []
    for r in found:
        if not clause[0] <= r.start < clause[1]:
            continue
        idx = lx.covered(toks, r.start, r.end)
        if not idx:
            continue
        sig, _, lo, hi = figure_signature(toks, idx[0], idx[-1], lang, taken - set(idx))
        # a person a win word or an opponent preposition governs is the one beaten ("beat Kenta Mori
        # by 0.68 seconds"), never whose the time is, unless a relative aside about it holds the time
        # ("ahead of Chiara Bellini, who took silver in 58.61")
        rivals = [p for p in persons if not racer.beaten_name(toks, p[0], lang) or racer.relative_after(text, toks, p[1], lang)]
        window = [p for p in rivals if lo <= p[0] and p[1] - 1 <= hi and not (idx[0] <= p[0] <= idx[-1])]
        before = [p for p in rivals if p[1] <= idx[0]]
        if any(h.j == idx[0] for h in margin_cues) or any(h.i == idx[-1] + 1 for h in after_cues):
            window = [p for p in window if p[1] <= idx[0]]   # after a margin comes the next time's competitor
        near = min(window, key=lambda p: min(abs(p[0] - idx[0]), abs(p[1] - 1 - idx[-1])), default=None)
        who = near or (max(before) if before else None)
        intro = racer.introduced_before(text, toks, idx[0], lang)
        if intro is not None and any(intro[0] <= p[0] < intro[1] for p in persons):
            intro = None   # the registry knows the name the nationality introduces: its reading governs
        if intro is not None and racetime_marks.nearer(intro, who, idx):
            subject, named, weak = intro[2], intro[3], False   # "وحل الإثيوبي هايلي غيبرو ثانيا بزمن ..."
        elif who is None and described is not None and not racer.named_before(text, toks, idx[0], lang):
            # "The Kenyan ran 2hr 2min 49sec": judged as a weak subject (``_weak``: DESCRIBED), as a name
            # read before it, since the description may be of someone else than the person named last
            subject, named, weak = described[0], described[1], False
        else:
            subject, named = (who[2], label(who[2])) if who else racer.named_before(text, toks, idx[0], lang) or (None, None)
            weak = who is None and subject is not None
        low, high = _bounds(r)
        sigs = [Signal(field="value", rule=r.rule, text=text[r.start:r.end], start=r.start, end=r.end),
                Signal(field="property", rule="racetime: signature from the words around it", text=" ".join(sig))]
        if weak:
            sigs.append(Signal(field="subject", rule=NAMED_BEFORE, text=named or ""))
        elif intro is not None and subject == intro[2]:
            sigs.append(Signal(field="subject", rule=f"racetime: {racer.INTRODUCED}", text=named or ""))
        elif described is not None and subject == described[0] and who is None:
            sigs.append(Signal(field="subject", rule=DESCRIBED, text=named or ""))
        prior = next((h for h in prior_cues if idx[0] - PRIOR_WINDOW <= h.i < idx[0]), None)
        margin = next((h for h in margin_cues if h.j == idx[0]), None)
        after = None if margin is not None else next((h for h in after_cues if h.i == idx[-1] + 1), None)
        split = next((h for h in split_cues if idx[0] - SPLIT_WINDOW <= h.j <= idx[0]), None)
        margined = margin is not None or after is not None
        # "leads the general classification by 19 seconds", "his overall time of 54:10:33": the standings
        standing = next((h for h in standings if (clause[0] <= h.start < clause[1] if margined else lo <= h.i and h.j - 1 <= hi)), None)
        if standing is not None:
            sigs.append(Signal(field="measure", rule=f"{lang}.lexicon race_standings_cues", text=STANDING,
                               start=standing.start, end=standing.end))
        if margined:
            # "beat the previous record by 16 seconds", "16 seconds faster than the old mark": the
            # margin, not the previous record's time
            hit, section = (margin, "race_margin_cues") if margin is not None else (after, "race_margin_after_cues")
            sigs.append(Signal(field="measure", rule=f"{lang}.lexicon {section}", text=MARGIN, start=hit.start, end=hit.end))
            record = next((h for h in record_cues if lo <= h.i and h.j - 1 <= hi), None) if standing is None else None
            if record is None and standing is None and not _won_by(toks, hit, lang):
                # a record or mark its clause names further off ("lowered X's 2031 mark of 3:54.66 by
                # 0.45 seconds", "تفوقت على الرقم السابق ... بفارق 0.54 ثانية"), unless a win word
                # governs the margin ("won by four seconds": a winning margin)
                record = next((h for h in record_cues if clause[0] <= h.start < clause[1]), None)
            if record is not None:   # the margin by which a record was improved, not a winning margin
                sigs.append(Signal(field="measure", rule=f"{lang}.lexicon race_record_cues", text=RECORD,
                                   start=record.start, end=record.end))
            elif standing is not None:
                pass   # a lead in the standings is measured from no earlier mark
            elif r.start in taken_off:
                # "shaved 33 seconds off the 2:03:21 Abdi Tolosa ran": the margin over the earlier mark after it
                mark, cue = taken_off[r.start]
                sigs.append(Signal(field="measure", rule=racetime_marks.IMPROVED_MARK, text=RECORD,
                                   start=mark.start, end=mark.end))
            elif (mark := racetime_marks.earlier_mark(found, r, toks, prior_cues, PRIOR_WINDOW)) is not None:
                # "lowered the previous mark of 1:11.61, set by ... in 2031, by 0.23 seconds": the
                # sentence states the earlier mark the margin is measured from
                sigs.append(Signal(field="measure", rule=racetime_marks.EARLIER_MARK_MARGIN, text=RECORD,
                                   start=mark.start, end=mark.end))
        elif split is not None:
            sigs.append(Signal(field="measure", rule=f"{lang}.lexicon race_split_cues", text=SPLIT,
                               start=split.start, end=split.end))
        elif prior is None and (place := racetime_marks.place_signal(toks, vals, idx[0], lang)) is not None:
            sigs.append(place)   # an earlier mark's place is not this race's
        old = None
        if margin is None and after is None:   # a margin is never an earlier mark
            if prior is not None:
                sigs.append(Signal(field="event", rule=f"{lang}.lexicon race_prior_cues", text=prior.cue,
                                   start=prior.start, end=prior.end))
            elif r.start in marks_off:   # "off the 2:03:21 Abdi Tolosa ran in Lindmark six years ago"
                cue = marks_off[r.start]
                sigs.append(Signal(field="event", rule=racetime_marks.IMPROVED_MARK, text=cue.cue,
                                   start=cue.start, end=cue.end))
            elif (old := _year_near(text, toks, vals, idx[0], idx[-1], year)) is not None:
                sigs.append(old)
            if (prior is not None or old is not None) and (held := racer.holder_after(text, toks, idx[-1] + 1, lang)):
                # "the previous mark of 26:11.00, set by Uganda's Moses Okello": whose the old mark is
                sigs.append(Signal(field="holder", rule=f"racetime: {racer.HOLDER}", text=held[1], start=None, end=None))
                sigs.append(Signal(field="holder_key", rule=f"racetime: {racer.HOLDER}", text=held[0]))
        if article:
            sigs.append(Signal(field="context", rule="racetime: every race time of the article", text=" ".join(article)))
        out.append(RaceTimeFrame(min(toks[lo].start, r.start), max(toks[hi].end, r.end), r.value, low, high,
                                 r.qualifier, subject, named, sig, sigs, list(r.spans)))
    return out


@lru_cache(maxsize=64)
def article_times(text: str, lang: str) -> tuple[str, ...]:
    """Every race time an article states (its ISO values), in order (asked once per clause: cached)."""
    out = []
    for m, toks in sentence_pieces(text, lang):
        if not toks or not _may_time(m.group(), toks, lang):
            continue
        # only durations make race times here: a sentence that can state none skips the value parse
        vals = [replace(v, start=v.start + m.start(), end=v.end + m.start()) for v in values.find_values(m.group(), lang)] \
            if values.may_state(m.group(), lang, "duration") else []
        out += [r.value for r in readings(m.group(), toks, vals, lang, m.start())]
    return tuple(out)


# What ``article_times`` and ``score.article_scores`` read as one sentence: text between sentence marks.
# A full stop between two digits is a decimal point ("45.62 seconds"), not a sentence end.
_PIECE = re.compile(r"(?:[^.!?\n\u061f]|(?<=\d)\.(?=\d))+")


def sentence_pieces(text: str, lang: str) -> Iterator[tuple[re.Match, lx.Toks]]:
    """The pieces of ``text`` between sentence marks (``_PIECE``), each with its tokens (article
    offsets). The tokens are cut from one tokenization of the whole text, which the name registry
    has made already (a word never runs over a sentence mark: the same tokens, without tokenizing
    every sentence of a long article once more)."""
    toks = lx.tokenize(text, lang)
    starts = [t.start for t in toks]
    for m in _PIECE.finditer(text):
        yield m, lx.Toks(toks[bisect_left(starts, m.start()):bisect_left(starts, m.end())])


def _may_time(text: str, toks: list[Tok], lang: str) -> bool:
    """Can ``readings`` find a race time in this sentence? Only with a race cue, or with a colon
    (every clock-shaped time and minutes-seconds-fraction has one; folding makes one only from an
    NFKC compatibility form): sentences with neither skip the value parse (``article_times`` reads
    every sentence of an article)."""
    return ":" in unicodedata.normalize("NFKC", text) or bool(lx.find_cues(toks, lx.lexicon(lang).race_time_cues))


# --------------------------------------------------------------------------------------- compare
def is_margin(c: Claim) -> bool:
    """Is the claim a winning or record margin ("by 34 seconds")?"""
    return margin_of(c.signals)


def margin_of(signals: list[Signal]) -> bool:
    """Do a race time's signals say it is a margin?"""
    return any(s.field == "measure" and s.text == MARGIN for s in signals)


def measured(c: Claim) -> frozenset[str]:
    """What a race time measures, as its measure signals say: a margin (by which a race was won, or
    a record improved), a split, a lead or a time in the standings, or nothing said (a finishing time)."""
    return frozenset(s.text for s in c.signals if s.field == "measure" and s.text in (MARGIN, SPLIT, RECORD, STANDING))


def _named_alike(a: Claim, b: Claim) -> bool:
    """Do two race times measure one named thing: both a split, or both the margin by which a record
    was improved? A cue that names what a time measures identifies it as much as shared words do."""
    m = measured(a)
    return m == measured(b) and (SPLIT in m or RECORD in m)


def earlier(c: Claim) -> bool:
    """Is the claim an earlier mark (a previous record, an old best)?"""
    return any(s.field == "event" and ("race_prior_cues" in s.rule or s.rule.startswith("racetime:")) for s in c.signals)


def _weak(c: Claim) -> bool:
    """Is the claim's subject only the name read before it (``NAMED_BEFORE``) or the person a description
    opening its sentence refers to (``DESCRIBED``), not a known person?"""
    return any(s.field == "subject" and s.rule in (NAMED_BEFORE, DESCRIBED) for s in c.signals)


def share(a: Claim, b: Claim) -> float:
    sa, sb = set(a.keywords), set(b.keywords)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _states(c: Claim, value: str) -> bool:
    ctx = next((s.text for s in c.signals if s.field == "context"), "")
    return value in ctx.split()


def _centre(c: Claim) -> float | None:
    lo, hi = c.value_low, c.value_high
    return (lo + hi) / 2 if lo is not None and hi is not None else lo if lo is not None else hi


def _decimals(a: Claim, b: Claim) -> int:
    """The finer of two race times' stated decimal places of a second (0 for whole seconds)."""
    steps = [c.value_high - c.value_low for c in (a, b) if c.value_low is not None and c.value_high is not None]
    step = min((st for st in steps if st > 0), default=1.0)
    return max(0, round(-math.log10(step)))


def _digits(seconds: float, decimals: int) -> str:
    """A time's digits as a clock writes them (h, mm, ss and the decimals): 7235 -> '20035'."""
    scale = 10 ** decimals
    units = round(seconds * scale)
    whole, frac = divmod(units, scale)
    h, rest = divmod(whole, SECONDS_PER_HOUR)
    m, sec = divmod(rest, SECONDS_PER_MINUTE)
    return f"{h}{m:02d}{sec:02d}" + (f"{frac:0{decimals}d}" if decimals else "")


def digit_slip(x: float, y: float, decimals: int = 0) -> bool:
    """Do two times differ as one time misreported does: in one digit, or by two neighbouring digits
    swapped ("2:00:35" / "2:01:35" / "2:00:53"), written as a clock writes them? Times further apart
    than MAX_CLASH_SECONDS that differ in more places are two performances ("2:01:25" in London and
    "2:00:35" in Chicago)."""
    a, b = _digits(x, decimals), _digits(y, decimals)
    width = max(len(a), len(b))
    a, b = a.zfill(width), b.zfill(width)
    diff = [k for k in range(width) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def readable(c: Claim) -> str:
    return next((s.text for s in c.signals if s.field == "value" and s.text), c.value or c.quote)


def judge(a: Claim, b: Claim, event: tuple[bool, str], similarity: float = 0.0,
          weight: dict[str, float] | None = None) -> Verdict:
    """Compare two race times. ``event`` says whether their events are compatible and why."""
    same_event, why = event
    if not same_event or earlier(a) != earlier(b) or measured(a) != measured(b):
        return UNRELATED   # another race, the old mark against the new time, a margin or a split against a time
    if a.subject and b.subject and a.subject != b.subject and not (_weak(a) or _weak(b)):
        return UNRELATED   # one time for each of two athletes
    if place(a) and place(b) and place(a) != place(b):
        return UNRELATED   # the winner's time and the runner-up's
    # a name read before a time is evidence of one performance only between exact times: "under
    # 2:01" after the same name is a milestone, not the time it ran
    same_subject = a.subject is not None and a.subject == b.subject and (
        not (_weak(a) or _weak(b)) or a.qualifier == b.qualifier == "exact")
    who = a.subject_label or a.subject
    alike = _named_alike(a, b)
    if script_of(a.quote) != script_of(b.quote):
        sh, same = 0.0, same_subject or alike or a.value == b.value
    else:
        sh = share(a, b)
        same = same_subject or alike or sh >= SAME_SIGNATURE_SHARE or a.value == b.value
    if not same:
        return UNRELATED
    evidence = f"both about {who}" if same_subject else (f"both a {' '.join(sorted(measured(a)))}" if alike else
                                                         f"{sh:.0%} of what it times shared")
    if meets(a, b) and earlier(a) and (ya := mark_year(a)) and (yb := mark_year(b)) and ya != yb:
        # one earlier mark (the same time), set in two different years: one outlet misdates it
        return Verdict("contradict", f"same earlier mark ({readable(a)}), set in a different year ({ya} vs {yb}; "
                                     f"{evidence})", CONF_SIMILAR)
    if meets(a, b) and earlier(a) and (ha := holder(a)) and (hb := holder(b)) and not same_holder(ha[0], hb[0]):
        # one earlier mark (the same time), credited to two different athletes
        return Verdict("contradict", f"same earlier mark ({readable(a)}), a different holder ({ha[1]} vs {hb[1]}; "
                                     f"{evidence})", CONF_SIMILAR)
    if meets(a, b):
        return Verdict("agree", f"same race time within stated precision ({readable(a)} / {readable(b)}; {evidence})",
                       CONF_VALUE)
    x, y = _centre(a), _centre(b)
    if x is None or y is None or not (x and y) or (abs(x - y) > MAX_CLASH_SECONDS and not (
            max(x, y) / min(x, y) <= MAX_CLASH_RATIO and digit_slip(x, y, _decimals(a, b)))):
        return UNRELATED   # too far apart to be one time misreported: two performances
    if a.polarity != b.polarity or a.qualifier != "exact" or b.qualifier != "exact":
        return UNRELATED
    if _states(a, b.value or "") or _states(b, a.value or ""):
        return UNRELATED   # the other article states this time too: another time of it
    if not (same_subject or alike or sh >= SAME_SIGNATURE_SHARE):
        return UNRELATED
    return Verdict("contradict", f"different race time for the same performance ({readable(a)} vs {readable(b)}; "
                                 f"{evidence}; {why})", CONF_SIMILAR if not same_subject else CONF_VALUE)


def words(c: Claim) -> str:
    """The time as written (as ``readable``)."""
    return readable(c)
