"""The minute kind: the match minute of something that happened in a game, open-world.

A match minute ("in the 10th minute", "48'", "الدقيقة 48", "بالدقيقة الـ21", the members of a list
"minutes 22, 27 and 35" / "في الدقيقتين الـ27 والـ34") is a claim (property ``minute``) with
- its **value**: the minute as stated, stoppage time its own value ("45+2" is not "47");
- **what happened** at it, an open signature: the stems of the content words around it in its
  sentence (the action, "penalty", "equaliser", "ruled out", and the names near it), never read past
  another figure; a list's members share the list's signature;
- **who**: the person the sentence names nearest to it within that window, when there is one.

Two minutes are about the same match event when their events are compatible, their subjects do not
differ and their signatures match (a share of shared stems; a lower share when they name the same
person). They agree when the minutes are equal and contradict otherwise; a minute that another
article's list also holds is that list's other member, never a clash with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..mentions import values
from ..lang.lexicon import Tok
from ..models import Claim, Signal
from ..lang.text import LATIN, fold, script_of
from ..mentions.names import skeleton
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, Verdict

PROPERTY = "minute"
# A duration read as a match minute ("after 14 minutes") is whole minutes, at most a match with
# extra time and stoppages.
_WHOLE_MINUTES = re.compile(r"PT(\d+)M")
MAX_MATCH_MINUTE = 130
# Content tokens read on each side of a minute for its signature (within its sentence, never past
# another figure). Dev story (six Arabic match reports): the scorer and the action sit 1-4 content
# words before the minute ("ترجمها فالديز في الدقيقة العاشرة", "scored ... in the 10th minute") and the
# way it came 1-4 after it ("من ركلة جزاء", "بهدف اللاعب كريم العيساوي").
SIGNATURE_BEFORE = 6
SIGNATURE_AFTER = 4
# Two minutes are one event when this share of the smaller signature is in the other. Dev story: the
# same goal told by two outlets shares 0.5-0.8 of its stems (the scorer's two names, the action);
# two goals of one match share at most a generic word ("goal"), below 0.35.
SAME_SIGNATURE_SHARE = 0.5
# ... or, when both name the same person, this many shared stems besides (a player scores and has a
# goal ruled out in one match: the person alone does not make two minutes one event; the dev story's
# one penalty told by two outlets around the same name shares one stem, "team").
SAME_SUBJECT_STEMS = 1
# Two equal minutes are one event on less evidence (one minute of one match rarely holds two events):
# this share of the smaller signature, or the same person. Dev story: the same goal's minute told by
# two outlets shares 0.25-0.5.
EQUAL_MINUTE_SHARE = 0.25
# Outlets that misreport a minute are off by a minute or a swapped digit pair (dev story: 10/9,
# 48/49, 21/12); minutes further apart than this are two events however alike their words.
MAX_CLASH_GAP = 15.0
# A repetition cue stands this many tokens at most before the minute it repeats an action at ("again
# in the 61st minute": "in the" between).
REPEAT_GAP = 3
# A minute's own tokens carry digits; a signature token of fewer letters says nothing.
MIN_STEM_CHARS = 3
# A name written in two scripts is one name when their skeletons (consonants, data/translit.json)
# agree and have this many consonants at least: shorter skeletons ("sl", "sk") match common words.
# Calibrated on the invented match reports of tests/test_story_genre_match.py (first and last names of
# 3-4 consonants: "dnl", "kfr", "mrk").
MIN_NAME_SKELETON = 3
# A capitalised word of a Latin-script quote (a name, or a sentence's first word).
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class MinuteFrame:
    """A minute claim under construction (``frames`` turns it into a draft)."""

    start: int
    end: int
    value: str
    minute: float
    subject: str | None
    subject_label: str | None
    signature: list[str]
    signals: list[Signal] = field(default_factory=list)


@lru_cache(maxsize=None)
def minute_words(lang: str) -> frozenset[str]:
    """The word of a match minute in all its numbers (singular, dual, plural), folded."""
    return lx.lexicon(lang).match_minute_words.words


@lru_cache(maxsize=None)
def _articles(lang: str) -> frozenset[str]:
    """Articles written glued or next to a number ("الـ21", "الـ 16")."""
    return frozenset(fold(a) for a in langdata.load(lang, "values").get("number_articles", []))


def _is_minute_word(t: Tok, lang: str) -> bool:
    return bool(minute_words(lang) & t.variants)


def _joiner(t: Tok, lang: str) -> bool:
    """A token that may stand between two members of a list of minutes ("and", "و", "الـ")."""
    return t.form in lx.lexicon(lang).conjunctions.words or t.form in _articles(lang)


def readings(toks: list[Tok], vals: list, lang: str) -> list[tuple[object, list[int], int]]:
    """The value mentions of ``vals`` (over ``toks``) that are match minutes, each with its token
    indexes and a list number (members of one list share it): minute mentions, and numbers or
    ordinals chained to one or to a minute word ("الدقيقة الـ21", "الدقائق 22 و27 و35", "the 21st
    and 34th minutes")."""
    spans = []
    for v in vals:
        idx = lx.covered(toks, v.start, v.end)
        if idx and v.kind in ("minute", "number", "ordinal"):
            spans.append((v, idx))
    spans.sort(key=lambda s: s[1][0])
    # chains of adjacent mentions, separated only by joiners, in match order (a list of minutes
    # rises: "53rd minute and 3 points" is no list)
    chains: list[list[tuple[object, list[int]]]] = []
    for v, idx in spans:
        if chains:
            prev, prev_end = chains[-1][-1][0], chains[-1][-1][1][-1]
            gap = range(prev_end + 1, idx[0])
            rising = (prev.low or 0.0) < (v.low or 0.0)
            if idx[0] > prev_end and len(gap) <= 1 and all(_joiner(toks[k], lang) for k in gap) and rising:
                chains[-1].append((v, idx))
                continue
        chains.append([(v, idx)])
    out = []
    for n, chain in enumerate(chains):
        first, last = chain[0][1][0], chain[-1][1][-1]
        k = first - 1
        while k >= 0 and toks[k].form in _articles(lang):
            k -= 1
        led = k >= 0 and _is_minute_word(toks[k], lang)
        closed = last + 1 < len(toks) and _is_minute_word(toks[last + 1], lang)
        has_minute = any(v.kind == "minute" for v, _ in chain)
        if not (led or closed or has_minute):
            continue
        for v, idx in chain:
            digits = any(ch.isdigit() for k in idx for ch in toks[k].form)
            if v.kind == "minute" or (v.kind in ("number", "ordinal") and digits and _whole(v.value)):
                out.append((v, idx, n))
    return out


def _whole(value: str) -> bool:
    return value.isdigit()


def _content(t: Tok, lang: str, stop: frozenset[str]) -> bool:
    stem = min(t.variants, key=len)
    return not (t.form in stop or stem in stop or len(stem) < MIN_STEM_CHARS or any(ch.isdigit() for ch in t.form)
                or _is_minute_word(t, lang))


def _reach(toks: list[Tok], first: int, last: int, lang: str, taken: set[int], end: int) -> tuple[int, int]:
    """The tokens a minute's description may come from: back to the sentence start or another figure;
    forward to the end of its clause (character offset ``end``), another figure, or a word that opens
    the next step of a narrated sequence ("then", "ثم", "before")."""
    lo = first
    while lo > 0 and lo - 1 not in taken:
        lo -= 1
    nxt = {h.i for h in lx.find_cues(toks, lx.lexicon(lang).sequence_cues) if h.i > last}
    hi = last
    while hi + 1 < len(toks) and hi + 1 not in taken and hi + 1 not in nxt and toks[hi + 1].end <= end:
        hi += 1
    return lo, hi


def signature(toks: list[Tok], first: int, last: int, lang: str, reach: tuple[int, int]) -> tuple[list[str], int, int]:
    """Stems of the content words around tokens ``first..last`` (a minute or a list of minutes)
    within ``reach``, and the token range read."""
    stop = lx.lexicon(lang).stopwords.words
    out: list[str] = []
    lo, hi = first, last
    n, k = 0, first - 1
    while k >= reach[0] and n < SIGNATURE_BEFORE:
        if _content(toks[k], lang, stop):
            out.append(lx.light_stem(toks[k].form, lang))
            n += 1
            lo = k
        k -= 1
    n, k = 0, last + 1
    while k <= reach[1] and n < SIGNATURE_AFTER:
        if _content(toks[k], lang, stop):
            out.append(lx.light_stem(toks[k].form, lang))
            n += 1
            hi = k
        k += 1
    return sorted(set(out)), lo, hi


def figure_tokens(toks: list[Tok], vals: list, lang: str) -> set[int]:
    """Token indexes of the figures that bound a minute's description: mentions written with digits
    and match minutes (an ordinal word, "the first goal", is part of a description)."""
    out: set[int] = set()
    for v in vals:
        idx = lx.covered(toks, v.start, v.end)
        if v.kind == "minute" or any(ch.isdigit() for t in idx for ch in toks[t].form):
            out.update(idx)
    return out


@lru_cache(maxsize=64)
def article_minutes(text: str, lang: str) -> tuple[str, ...]:
    """Every match minute an article states (its text's), in order."""
    toks = lx.tokenize(text, lang)
    return tuple(v.value for v, _, _ in readings(toks, values.find_values(text, lang), lang))


def frames(text: str, toks: list[Tok], vals: list, lang: str, clause: tuple[int, int],
           persons: list[tuple[int, int, str]], label, article: tuple[str, ...] = (),
           sport: bool = False) -> list[MinuteFrame]:
    """The minute claims of the clause ``clause`` (character span) of a sentence, from the sentence's
    tokens ``toks`` and value mentions ``vals`` (offsets into ``text``). ``persons`` are the (start,
    end, key) token spans of the sentence's person mentions; ``label`` turns a person key into the
    name as written; ``article`` holds every minute of the article; ``sport`` says the article states
    a match score, so that "after 14 minutes" and "on 67 minutes" are match minutes too."""
    if sport:
        vals = [_as_minute(v, toks, lang) for v in vals]
    found = readings(toks, vals, lang)
    taken = figure_tokens(toks, vals, lang)
    out = []
    lists: dict[int, list] = {}
    for v, idx, n in found:
        lists.setdefault(n, []).append((v, idx))
    repeats = lx.find_cues(toks, lx.lexicon(lang).match_minute_repeat_cues)
    previous: tuple[int, list[str], str | None] | None = None   # the last list's tail, signature and person
    for n, members in lists.items():
        first, last = members[0][1][0], members[-1][1][-1]
        sig, lo, hi, subject = _described(toks, lang, members, taken, clause, persons)
        again = None if previous is None else next(
            (h for h in repeats if previous[0] < h.i and 0 <= first - h.j <= REPEAT_GAP), None)
        inherited: list[Signal] = []
        if again is not None and previous is not None:
            # "scored in the 12th minute and again in the 61st": what the previous minute was, by its player
            sig, subject = sorted(set(sig) | set(previous[1])), subject or previous[2]
            inherited = [Signal(field="property", rule=f"minute: {lang}.lexicon match_minute_repeat_cues",
                                text=again.cue, start=again.start, end=again.end)]
        previous = (last, sig, subject)
        if not any(clause[0] <= v.start < clause[1] for v, _ in members):
            continue
        listed = " ".join(_value(v) for v, _ in members)
        for v, idx in members:
            if not clause[0] <= v.start < clause[1]:
                continue
            value = _value(v)
            sigs = [Signal(field="value", rule=v.rule if v.kind == "minute" else
                           f"minute: {v.kind} after a match-minute word ({lang}.lexicon match_minute_words)",
                           text=text[v.start:v.end], start=v.start, end=v.end),
                    Signal(field="property", rule="minute: signature from the words around it", text=" ".join(sig))] + inherited
            if len(members) > 1:
                sigs.append(Signal(field="list", rule="minute: members of one list of minutes", text=listed))
            if article:
                sigs.append(Signal(field="context", rule="minute: every match minute of the article (nearest-minute pairing)",
                                   text=" ".join(article)))
            s, e = min(toks[lo].start, v.start), max(toks[hi].end, v.end)
            out.append(MinuteFrame(s, e, value, float(v.low if v.low is not None else 0.0), subject,
                                   label(subject) if subject else None, sig, sigs))
    return out


def _described(toks: list[Tok], lang: str, members: list, taken: set[int], clause: tuple[int, int],
               persons: list[tuple[int, int, str]]) -> tuple[list[str], int, int, str | None]:
    """What happened at a list of minutes (its signature and the token range read) and who (the
    person nearest before it in its reach, else the nearest after it)."""
    first, last = members[0][1][0], members[-1][1][-1]
    k = first - 1
    while k >= 0 and (toks[k].form in _articles(lang) or _is_minute_word(toks[k], lang)):
        k -= 1
    head = k + 1
    tail = last + 1 if last + 1 < len(toks) and _is_minute_word(toks[last + 1], lang) else last
    own = set(range(head, tail + 1))
    reach = _reach(toks, head, tail, lang, taken - own, max(clause[1], toks[tail].end))
    sig, lo, hi = signature(toks, head, tail, lang, reach)
    before = [p for p in persons if reach[0] <= p[0] and p[1] <= head]
    after = [p for p in persons if tail < p[0] <= reach[1]]
    subject = max(before)[2] if before else min(after)[2] if after else None
    return sig, lo, hi, subject


def _as_minute(v, toks: list[Tok], lang: str):
    """A duration of whole minutes after a match-minute preposition ("opened the scoring after 14
    minutes", "equalised on 67 minutes": ``<lang>.lexicon match_minute_preps``) as the match minute
    it states, in an article that states a match score; any other mention as it is."""
    m = _WHOLE_MINUTES.fullmatch(v.value) if v.kind == "duration" else None
    idx = lx.covered(toks, v.start, v.end)
    if m is None or not idx or idx[0] == 0 or not 0 < int(m.group(1)) <= MAX_MATCH_MINUTE:
        return v
    prep = lx.find_cues(toks[idx[0] - 1:idx[0]], lx.lexicon(lang).match_minute_preps)
    if not prep:
        return v
    n = int(m.group(1))
    return replace(v, kind="minute", value=str(n), low=float(n), high=float(n),
                   rule=f"{v.rule}; minute: {lang}.lexicon match_minute_preps '{prep[0].cue}' in an article "
                        f"that states a match score")


def _value(v) -> str:
    return v.value


# --------------------------------------------------------------------------------------- compare
def listed(c: Claim) -> set[str]:
    """The minutes of the list a claim belongs to (its own value alone when it stands alone)."""
    for s in c.signals:
        if s.field == "list":
            return set(s.text.split())
    return {c.value or ""}


def _number(value: str) -> float | None:
    """The minute count of a normal form ('48' -> 48, '90+3' -> 93)."""
    try:
        return float(sum(int(x) for x in value.split("+")))
    except ValueError:
        return None


def _nearest(a: Claim, b: Claim) -> bool:
    """Is ``a`` (one of) the minute(s) of its article nearest to ``b``'s? Two outlets that give one
    event different minutes give it the minutes nearest to each other; a minute of the other article
    nearer to it is another event."""
    context = next((s.text.split() for s in a.signals if s.field == "context"), [a.value or ""])
    mine, x = _number(a.value or ""), _number(b.value or "")
    if mine is None or x is None:
        return False
    gaps = [abs(n - x) for n in map(_number, context) if n is not None]
    return abs(mine - x) <= min(gaps, default=abs(mine - x))


def share(a: Claim, b: Claim) -> float:
    """Share of the smaller signature found in the other."""
    sa, sb = set(a.keywords), set(b.keywords)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def names_across(a: Claim, b: Claim) -> tuple[str, str] | tuple[()]:
    """A name the Latin one of two minutes' descriptions writes (a capitalised word of its quote) and
    the other, in another script, writes too (a word of its quote or signature with the same skeleton,
    ``mentions.names.skeleton``, of ``MIN_NAME_SKELETON`` consonants or more); () when none."""
    latin, other = (a, b) if script_of(a.quote) == LATIN else (b, a)
    theirs: dict[str, str] = {}
    for w in [*_WORD.findall(other.quote), *other.keywords]:   # as written ("برادو") and stemmed ("وأوكافور")
        theirs.setdefault(skeleton(w), w)
    for w in _CAPITALISED.findall(latin.quote):
        key = skeleton(w)
        if len(key) >= MIN_NAME_SKELETON and key in theirs:
            return w, theirs[key]
    return ()


def readable(c: Claim) -> str:
    return next((s.text for s in c.signals if s.field == "value" and s.text), c.value or c.quote)


def judge(a: Claim, b: Claim, event: tuple[bool, str], similarity: float = 0.0,
          weight: dict[str, float] | None = None) -> Verdict:
    """Compare two match minutes. ``event`` says whether their events are compatible and why."""
    same_event, why = event
    if not same_event:
        return UNRELATED
    if a.subject and b.subject and a.subject != b.subject:
        return UNRELATED   # one minute for each of two players
    if a.value != b.value and (b.value in listed(a) or a.value in listed(b)):
        return UNRELATED   # the other minute is a member of the same list: another event of it
    same_subject = a.subject is not None and a.subject == b.subject
    who = a.subject_label or a.subject
    if script_of(a.quote) != script_of(b.quote):
        if same_subject and a.value == b.value:
            return Verdict("agree", f"same minute ({readable(a)} / {readable(b)}; both about {who})", CONF_SIMILAR)
        named = names_across(a, b) if a.value == b.value else ()
        if named:
            # "Daniel Okafor scored in the 78th minute" / "سجل دانيال أوكافور في الدقيقة 78": one name in
            # two scripts (its transliteration skeleton) at one minute
            return Verdict("agree", f"same minute ({readable(a)} / {readable(b)}; one name in both, "
                                    f"'{named[0]}' / '{named[1]}' (translit.json skeleton))", CONF_SIMILAR)
        return UNRELATED   # across scripts a name alone does not say which of a player's minutes it is
    sh = share(a, b)
    evidence = f"{sh:.0%} of what happened shared" + (f", both about {who}" if same_subject else "")
    if a.value == b.value and (same_subject or sh >= EQUAL_MINUTE_SHARE):
        return Verdict("agree", f"same match minute ({readable(a)} / {readable(b)}; {evidence})", CONF_VALUE)
    shared = len(set(a.keywords) & set(b.keywords))
    if a.value == b.value or not (sh >= SAME_SIGNATURE_SHARE or (same_subject and shared >= SAME_SUBJECT_STEMS)):
        return UNRELATED
    gap = abs((a.value_low or 0.0) - (b.value_low or 0.0))
    if a.polarity != b.polarity or gap > MAX_CLASH_GAP or not (_nearest(a, b) and _nearest(b, a)):
        return UNRELATED
    return Verdict("contradict", f"different match minute for the same event ({readable(a)} vs {readable(b)}; "
                                 f"{evidence}; {why})", CONF_SIMILAR)


def words(c: Claim) -> str:
    """The match minute ("minute 27")."""
    return f"minute {c.value}" if c.value else c.quote
