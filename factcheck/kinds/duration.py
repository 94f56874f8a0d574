"""The duration kind: how long something lasted (``duration``: ISO 8601, "PT4H", with its bounds in hours).
Compared like figures: overlapping ranges of close figures agree, disjoint ranges contradict.

A duration is a claim when its clause says something lasted (``properties.duration``: "lasted",
"لمدة"), or when it is the length of a named thing, which is then what it measures (its ``measure``
signal):
- a duration measure of the lexicon right before it ("sentenced to 10 years", "بالسجن 10 سنوات":
  ``duration_measures``, keyed alike in every language, so a prison term meets a prison term), also
  across an apposition of its sentence ("sentenced X, the former mayor, to 10 years": ``held_past_apposition``);
- in Latin script, a duration written as a modifier before a noun, its unit singular ("a four-day
  truce", "a 10-year sentence"): the noun;
- in Arabic script, the noun before "لمدة" ("هدنة لمدة 4 أيام");
- otherwise the open readings of ``duration_read``: the noun after a partitive ("seven weeks of
  fighting"), the predicate before "for" and its holder ("schools will stay closed for two weeks"),
  the noun a "lasted" cue names ("the talks lasted 12 hours").
Two durations that measure named things are compared only when they measure the same thing (the same
measure key -- a noun that is a whole cue of a measure counts as that measure, "a three-year ban" --
or a shared stem and holder in one script; nouns whose embedding cosine reaches
``CROSS_SCRIPT_HEAD_COS`` across scripts) and are not about two different people. Lengths compare
within a quarter of the smallest unit each states (``duration_read.rounded``: "seven weeks" meets
"48 days"). A deadline never meets a length, a lexicon measure never meets another noun.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..lang.text import COMMA, LATIN, script_of
from ..models import Claim, Signal
from . import Context, duration_read, penalty
from .base import CONF_VALUE, UNRELATED, Verdict
from .deadline import SAME_LENGTH_RATIO, calendar_bounds, deadline, due_keys, same_due, same_length
from .quantity_traits import CROSS_SCRIPT_HEAD_COS
from .reading import duration_words, plain, qualified
from .requested import requested
from .value import judge_with

if TYPE_CHECKING:
    from ..mentions.values import ValueMention

# The rule of a measure signal naming a lexicon duration measure (its text is the measure's key).
MEASURE_RULE = "duration_measures"
# The duration measures a suspended term is read from (a prison term; "a two-year suspended sentence",
# whose noun "suspended" is also a cue of a ban) and its own key, in every language.
PRISON_TERM, BAN, SUSPENDED_TERM = "prison_term", "ban", "suspended_term"
# Tokens on either side of a prison term read for a suspension cue ("سنتين مع وقف التنفيذ": right
# after it; "a two-year suspended sentence"; "jailed for two years, with the sentence suspended").
SUSPENDED_REACH = 4
# The rule of a measure signal naming the noun a duration modifies or follows (its text is the stem).
NOUN_RULE = "duration: the noun it is the length of"


def held(text: str, toks: list[Tok], span: list[int], v: "ValueMention", lang: str) -> Signal | None:
    """What the duration at tokens ``span`` is the length of (a ``measure`` signal), or None. A prison
    term a suspension cue marks (``suspended_cues``: "a two-year suspended sentence", "سنتين مع وقف
    التنفيذ") is a suspended term, in every language."""
    found = _held(text, toks, span, v, lang)
    if not span or (found is not None and measure_key(found) not in (PRISON_TERM, BAN)):
        return found
    lo, hi = max(0, span[0] - SUSPENDED_REACH), min(len(toks), span[-1] + 1 + SUSPENDED_REACH)
    hit = next(iter(lx.find_cues(lx.Toks(toks[lo:hi]), lx.lexicon(lang).suspended_cues)), None)
    if hit is None:
        return found
    return Signal(field="measure", rule=f"{lang}.lexicon {MEASURE_RULE}.{PRISON_TERM} + suspended_cues '{hit.cue}'",
                  text=SUSPENDED_TERM, start=hit.start, end=hit.end)


def _held(text: str, toks: list[Tok], span: list[int], v: "ValueMention", lang: str) -> Signal | None:
    if not span:
        return None
    first, last = span[0], span[-1]
    measures = lx.lexicon(lang).duration_measures
    stop = lx.lexicon(lang).stopwords.words
    base = max(0, first - CUE_REACH)
    window = lx.Toks(toks[base:first])
    # a cue right before it, or further back with only a linking word before it ("sentenced Paul
    # Girard to 10 years"), no other figure between
    # Arabic puts the term straight after the object ("بسجن رئيس البلدية بول جيرار 10 سنوات")
    linked = first == 0 or bool(toks[first - 1].variants & stop) or script_of(toks[first - 1].form) != LATIN
    # a noun after it and a partitive names it before a cue further back ("a three-year ban on
    # Thursday after 20 weeks of investigation": of the investigation)
    partitive = duration_read.of_noun(text, toks, last, lang)
    for name in sorted(measures):
        for h in lx.find_cues(window, measures[name]):
            between = toks[base + h.j:first]
            if h.j == len(window) or (linked and partitive is None
                                      and not any(ch.isdigit() for t in between for ch in t.form)):
                return Signal(field="measure", rule=f"{lang}.lexicon {MEASURE_RULE}.{name} '{h.cue}'", text=name,
                              start=h.start, end=h.end)
    due = deadline(text, toks, span, lang)
    if due is not None:   # "the first $5 billion will be transferred within a week": when a sum is due
        return due
    surface = text[v.start:v.end]
    if script_of(surface) == LATIN:
        nxt = last + 1
        if nxt < len(toks) and surface[-1:].isalpha() and not surface.endswith("s") and toks[nxt].form.isalpha() \
                and not toks[nxt].variants & stop and not text[v.end:toks[nxt].start].strip():
            # "a four-day truce", "a 10-year sentence"; with its complement, "a 60-day state of emergency"
            of = nxt + 2 < len(toks) and bool(lx.find_cues(toks[nxt + 1:nxt + 2], lx.lexicon(lang).partitives)) \
                and toks[nxt + 2].form.isalpha() and not toks[nxt + 2].variants & stop
            return _noun(toks, nxt, nxt + 2 if of else nxt, lang)
        return partitive or duration_read.for_predicate(text, toks, first, lang) \
            or duration_read.lasted_noun(text, toks, first, lang)
    cue = next((h for h in lx.find_cues(lx.Toks(toks[max(0, first - 1):first]), lx.lexicon(lang).properties.duration)), None)
    k = first - 1 - (cue.j - cue.i if cue is not None else 0)
    if cue is not None and k >= 0 and toks[k].form.isalpha() and not toks[k].variants & stop:
        # "رخصة لاستغلال النحاس في منطقة جبلية لمدة": the licence, not the area its complement names
        k = duration_read.chain_head(text, toks, k, lang)
        # "هدنة لمدة 4 أيام"; "هدنة مؤقتة لمدة": an adjective follows its noun and shares its article,
        # so the word before is read too when it has the same article ("المهاجم عقدا": not)
        # a noun in construct before it takes it too ("حالة الطوارئ لمدة": the first word has no article)
        # (not the counted noun of a figure before it: "البالغ من العمر 24 عاما عقدا لمدة": the contract)
        j = k - 1 if k > 0 and toks[k - 1].form.isalpha() and not toks[k - 1].variants & stop \
            and (toks[k - 1].article == toks[k].article or toks[k].article) \
            and not text[toks[k - 1].end:toks[k].start].strip() \
            and not (k > 1 and any(ch.isdigit() for ch in toks[k - 2].form)) else k
        return duration_read.noun_with_holder(text, toks, j, k, lang, f"{NOUN_RULE} ({lang})") or _noun(toks, j, k, lang)
    return partitive or duration_read.lasted_noun(text, toks, first, lang)


def held_past_apposition(text: str, sentence: list[Tok], v: "ValueMention", lang: str) -> Signal | None:
    """What the duration ``v`` is the length of when a lexicon measure names it across an apposition
    of its sentence ("sentenced Ana Ruiz, the former mayor, to 10 years"; "بسجن أنا رويث، رئيسة
    البلدية السابقة، لمدة 10 سنوات"; "jailed Ruiz, 61, for 10 years"): the measure signal that ``held``
    reads once every stretch between two commas before the duration is set aside, or None. Only a
    measure of the lexicon is read so; a noun never reaches across the commas."""
    at = next((k for k, t in enumerate(sentence) if t.end > v.start), None)
    if at is None:
        return None
    commas = [m.start() for m in COMMA.finditer(text, sentence[0].start, sentence[at].start)
              if not (text[m.start() - 1:m.start()].isdigit() and text[m.end():m.end() + 1].isdigit())]   # not "10,000"
    if len(commas) < 2:
        return None
    aside = [(a, b) for a, b in zip(commas, commas[1:])]
    kept = [t for t in sentence[:at] if not any(a < t.start < b for a, b in aside)]
    span = [len(kept) + k for k in range(len(lx.covered(sentence[at:], v.start, v.end)))]
    found = held(text, kept + sentence[at:], span, v, lang)
    return found if found is not None and MEASURE_RULE in found.rule else None


def _noun(toks: list[Tok], j: int, k: int, lang: str) -> Signal:
    """The measure signal of the noun at tokens ``j..k``: its stems as text, its span as written."""
    stems = " ".join(lx.light_stem(t.form, lang) for t in toks[j:k + 1])
    return Signal(field="measure", rule=f"{NOUN_RULE} ({lang})", text=stems, start=toks[j].start, end=toks[k].end)


# Why two different lengths agree (``same_span``).
ROUNDING_REASON = "one length within a quarter of the smallest unit each states (kinds.duration_read.rounded)"
# Tokens before a duration read for a duration measure ("sentenced former mayor Paul Girard to": six).
CUE_REACH = 8


def spans_cue(length_of: Signal) -> bool:
    """Does a duration's claim span only it and the cue naming it (a penalty's length, a deadline), so
    that its clause's own statement is still judged? Any other duration spans its clause."""
    return MEASURE_RULE in length_of.rule or due_keys(length_of) is not None


def measure(c: Claim) -> Signal | None:
    return next((s for s in c.signals if s.field == "measure"), None)


def _same_thing(a: Claim, b: Claim, ctx: Context) -> bool:
    """Do two durations measure one thing? Both unnamed, or both named alike (see the module)."""
    ma, mb = measure(a), measure(b)
    due = same_due(ma, mb)
    if due is not None:   # two deadlines: of one sum when what falls due shares a key (kinds.deadline)
        return due
    if ma is None and mb is None:
        return True
    if ma is None or mb is None:
        return False
    ka, kb = measure_key(ma), measure_key(mb)
    if ka or kb:
        return ka == kb
    if script_of(a.quote) == script_of(b.quote):
        (wa, ha), (wb, hb) = duration_read.parts(ma), duration_read.parts(mb)
        # "schools closed for two weeks" / "markets closed for three days": two holders; a noun meets the
        # holder of a predicate ("a five-year contract" / "a contract running for four years")
        return bool((wa | ha) & (wb | hb)) and (not ha or not hb or bool(ha & hb))
    return ctx.head_similarity >= CROSS_SCRIPT_HEAD_COS


def measure_key(s: Signal) -> str | None:
    """The lexicon duration measure a measure signal names: its key, or the key of the measure one of
    whose cues is the whole noun it names ("a three-year ban": ban); None for any other noun."""
    if MEASURE_RULE in s.rule:
        return s.text
    lang = s.rule.rpartition("(")[2].rstrip(")") if s.rule.startswith(NOUN_RULE) else None
    if lang is None:
        return None
    measures = lx.lexicon(lang).duration_measures
    return next((name for name in sorted(measures) for _cue, cue_words in measures[name].phrases
                 if " ".join(lx.light_stem(w, lang) for w in cue_words) == s.text), None)


def another_penalty(a: Claim, b: Claim, told: dict[str, list[Claim]]) -> bool:
    """Is one of two penalties, not both named as one person's, a later penalty of its own article: one that the
    article gives after another of the same lexicon measure and event with another length (a
    co-defendant's: "Moniz was jailed for 12 years ... His deputy was jailed for two years";
    "وقضت المحكمة بسجن نائبته عامين"), so that a clash with another article's penalty is not known to be
    one person's? An article leads with the main defendant's; a request (kinds.requested) is no penalty."""
    for x, y in ((a, b), (b, a)):
        key = measure_key(m) if (m := measure(x)) is not None else None
        if key is None or requested(x) or (x.subject and x.subject == y.subject):
            continue   # no penalty, or both named as one person's
        if any(o.start < x.start and o.value != x.value and _occurrence(o) == _occurrence(x) and not requested(o)
               and (mo := measure(o)) is not None and measure_key(mo) == key for o in told.get(x.article, ())):
            return True
    return False


def _occurrence(c: Claim) -> str:
    """The kind and relation of a claim's event ("main:this", "main:prior"), whatever place or date its
    clause adds: a penalty of an earlier conviction is another occurrence's."""
    return (c.event or "").split(" ", 1)[0]


def readable(c: Claim) -> str:
    return plain(c)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if a.subject and b.subject and a.subject != b.subject:
        return UNRELATED   # one penalty for each of two people
    due = same_due(measure(a), measure(b))
    if due is False:
        return UNRELATED   # the deadlines of two sums ("the first $5bn within a week" / "the rest within two months")
    if {measure_key(m) if (m := measure(c)) is not None else None for c in (a, b)} == {PRISON_TERM, SUSPENDED_TERM}:
        # one term, suspended in one source only ("jailed for two years" / "a two-year suspended
        # sentence"): the same length is a clash of what the sentence is; two lengths may be two sentences
        if ctx.same_event and same_span(a, b) is True:
            return Verdict("contradict", f"the same term ({readable(a)}), suspended in one source only "
                                         f"({MEASURE_RULE}.{PRISON_TERM} / suspended_cues)", CONF_VALUE)
        return UNRELATED
    known = [k for k in (measure(a), measure(b)) if k is not None and measure_key(k)]
    if not _same_thing(a, b, ctx) and (known or a.value != b.value and (due or same_span(a, b) is not True)):
        return UNRELATED   # the lengths of two things ("a four-day truce", "a 10-year sentence"; a ban, a contract)
    if penalty.is_penalty(a) or penalty.is_penalty(b):
        # a death sentence, a life term and a prison term of one defendant (kinds.penalty)
        return penalty.changed(a, b) or penalty.judge_values(a, b, ctx.same_event, ctx.why)
    # the same length in one event, whatever it is named ("a four-day truce" / "the four-day
    # cease-fire"; "seven weeks of war" / "48 days of aggression", within their rounding): one fact
    # told in two ways; never a clash unless they name one thing
    # lengths in calendar units meet across them ("30 months" / "two and a half years", "a month" /
    # "30 days"): a month is 28-31 days, a year 365-366 (``deadline.calendar_bounds``)
    found = judge_with(a, b, ctx.same_event, ctx.why, same_length if due else same_span, readable)
    if found.kind == "contradict" and (upd := penalty.changed(a, b)) is not None:
        return upd   # "the term was reduced to 12 years" / "jailed for 15 years": the sentence changed
    if found.kind == "agree" and a.value != b.value and not due:
        return replace(found, reason=f"{found.reason}; {ROUNDING_REASON}")
    if found.kind != "unrelated" and due:
        return replace(found, reason=f"{found.reason}; both the deadline of one sum ({measure(a).rule})")
    return found


def same_span(a: Claim, b: Claim) -> bool | None:
    """Two lengths of one thing compared within their stated rounding ("seven weeks" / "48 days":
    one; "two weeks" / "three weeks": two, ``duration_read.rounded``) and the calendar's spread
    (``deadline.calendar_bounds``); None (no verdict) when the ranges meet but the lengths are not
    close."""
    ra, rb = calendar_bounds(a), calendar_bounds(b)
    if ra is None or rb is None:
        return a.value == b.value
    ra, rb = duration_read.rounded(a, ra), duration_read.rounded(b, rb)
    if ra[0] >= rb[1] or rb[0] >= ra[1]:
        return False
    x, y = sorted(((a.value_low + a.value_high) / 2, (b.value_low + b.value_high) / 2))
    return True if y == 0 or x / y >= SAME_LENGTH_RATIO else None


def words(c: Claim) -> str:
    """The duration in words with its qualifier ("more than 4 hours"); a penalty that is no length in
    words ("a life term": ``kinds.penalty``)."""
    if penalty.is_penalty(c):
        return penalty.words(c)
    return qualified(duration_words(c.value), c.qualifier) if c.value else c.quote
