"""Who a sentence says said it: a person next to a reporting verb or "according to", else the
organisation such a cue names. The speaker is the source of what the sentence states, not what it is
about: a figure a minister announces is not the minister's figure ("Finance Minister X said the fund
will invest $12 billion" is the fund's investment), so ``speakers`` are no owners of a clause's figures."""
from __future__ import annotations

from typing import Iterator

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..lang.text import LATIN, script_of
from ..models import Signal
from .draft import CUE_WINDOW

# Words of a source named by "according to" / a reporting verb ("the Kenya Meteorological Department").
MAX_SOURCE_WORDS = 5
# A person ending this many tokens or fewer before a reporting verb is its speaker ("X said", "X has
# said"); one starting within CUE_WINDOW tokens after it too ("said Finance Minister X", "وقالت رئيسة
# الوزراء X").
SPEAKER_BEFORE = 2
# The cue lists, in the order they are asked: "according to X" names its source most surely.
PATHS = ("according_to", "verbs")

Person = tuple[int, int, str]   # (first token, end token, person key)


def _cues(toks: list[Tok], lang: str) -> Iterator[tuple[str, lx.CueHit]]:
    att = lx.lexicon(lang).attribution
    for path in PATHS:
        for hit in lx.find_cues(toks, getattr(att, path)):
            yield f"{lang}.lexicon attribution.{path}", hit


def _near(persons: list[Person], hit: lx.CueHit) -> list[Person]:
    return [p for p in persons if 0 <= p[0] - hit.j <= CUE_WINDOW or 0 <= hit.i - p[1] <= SPEAKER_BEFORE]


def speakers(toks: list[Tok], persons: list[Person], lang: str, titled: frozenset[int] = frozenset()) -> set[Person]:
    """The persons of ``persons`` (spans in ``toks``) that a reporting cue makes speakers: one right
    before the cue ("X said"), or right after it with nothing between but a title (token indexes in
    ``titled``: "said Finance Minister X", "according to X"). Stricter than ``attribution``'s window: a
    person further on is what the quote is about ("according to the figures, which gave X 2 percent")."""
    return {p for _, hit in _cues(toks, lang) for p in persons
            if 0 <= hit.i - p[1] <= SPEAKER_BEFORE or (hit.j <= p[0] and all(k in titled for k in range(hit.j, p[0])))}


def attribution(text: str, toks: list[Tok], persons: list[Person], lang: str) -> tuple[str | None, Signal | None]:
    """Who the sentence (``toks``, its ``persons``) says said it, as written: a person next to an
    attribution cue, else the source named after "according to" / "وفقا ل" or the organisation next to
    a reporting verb; with the signal of the cue."""
    for rule, hit in _cues(toks, lang):
        sig = Signal(field="attribution", rule=rule, text=hit.cue, start=hit.start, end=hit.end)
        near = _near(persons, hit)
        if near:   # the person's name as the sentence writes it, not the person key
            first, end, _ = near[0]
            return text[toks[first].start:toks[end - 1].end], sig
        source = _source_phrase(text, toks, hit, lang, after=rule.endswith("according_to"))
        if source:
            return source, sig
    return None, None


def _source_phrase(text: str, toks: list[Tok], hit: lx.CueHit, lang: str, after: bool) -> str | None:
    """The organisation a cue names: the words after "according to" (or after an Arabic reporting
    verb, "أعلنت وزارة الصحة"), or the capitalized words before an English reporting verb ("the Red
    Cross said"), up to punctuation, as written; None when there is no such phrase."""
    stop = lx.lexicon(lang).stopwords.words
    det = lx.lexicon(lang).titles.determiners.words
    words: list[str] = []
    if after or lx.lexicon(lang).verb_first:
        k = hit.j
        while k < len(toks) and len(words) < MAX_SOURCE_WORDS and not any(
                ch in ",،.;؛:" for ch in text[toks[k - 1].end:toks[k].start]):
            t = toks[k]
            if t.form in det and not words:
                k += 1
                continue
            if t.variants & stop or t.form.isdigit() or (script_of(t.form) == LATIN and not t.cap):
                break
            words.append(text[t.start:t.end])
            k += 1
    else:
        k = hit.i - 1
        while k >= 0 and len(words) < MAX_SOURCE_WORDS and toks[k].cap and not (toks[k].variants & stop):
            words.insert(0, text[toks[k].start:toks[k].end])
            k -= 1
    return " ".join(words) or None


def says_only_who(toks: list[Tok], persons: list[Person], roles, first: int, vals, lang: str) -> bool:
    """Does a clause (``toks``) only say who said something and when ("Prime Minister Salma Gharbi said
    on Sunday.", "the ministry said on Tuesday")? Every word is a function word, a reporting cue, a
    person's name or title (``persons``: clause-relative spans; ``roles``: sentence spans, ``first``
    the clause's first sentence index) or part of a date or time (``vals``). Such a clause states no
    fact of its own: it is no statement claim."""
    cues = {k for _, h in _cues(toks, lang) for k in range(h.i, h.j)}
    if not cues:
        return False
    stop = lx.lexicon(lang).stopwords.words
    named = {k for a, b, _ in persons for k in range(max(a, 0), b)}
    named |= {k - first for r in roles for span in (r.name, r.title) for k in range(*span)}
    timed = {k for v in vals if v.kind in ("date", "time") for k in lx.covered(toks, v.start, v.end)}
    return all(k in cues or k in named or k in timed or t.variants & stop for k, t in enumerate(toks))
