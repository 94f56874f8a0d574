"""Topic claims: what a clause says something aims at or focuses on ("talks aimed at a ceasefire",
"تهدف إلى ...": property ``aim``, the stems of the phrase after the cue) and what is, or is not, on an
agenda (property ``agenda``: the content words the agenda cue speaks of).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..mentions import values
from ..models import Article, Clause, Signal
from . import figures

if TYPE_CHECKING:
    from .draft import Draft

# Words of a topic phrase kept after an aim/focus cue (the head noun and its complements).
TOPIC_WORDS = 4
# Tokens before an agenda cue searched for what is (not) on the agenda.
AGENDA_LOOKBACK = 8


def _phrase_after(toks: list[Tok], j: int, lang: str, text: str) -> list[Tok]:
    stop = lx.lexicon(lang).stopwords.words
    out: list[Tok] = []
    k = j
    while k < len(toks) and len(out) < TOPIC_WORDS:
        t = toks[k]
        if out and any(ch in "،,;؛." for ch in text[toks[k - 1].end:t.start]):
            break
        conj = lx.lexicon(lang).conjunction_prefixes
        if out and conj and t.form.startswith(conj) and len(out) >= 2:
            break  # "... وتطبيع": a second aim starts
        if t.form not in stop and min(t.variants, key=len) not in stop:
            out.append(t)
        k += 1
    return out


def _agenda_topic(art: Article, clause: Clause, hit: lx.CueHit, lang: str) -> list[str]:
    """What is on/off the agenda: the content words before the cue in its sentence (the subject of
    "X is not on the agenda" / "X remained off the agenda"), else those after it."""
    stop = lx.lexicon(lang).stopwords.words
    skip = {w for _, ph in lx.lexicon(lang).properties.agenda.phrases for w in ph} | lx.lexicon(lang).negation.outside.words | \
        lx.lexicon(lang).negation.particles.words | lx.lexicon(lang).events.nouns.words | lx.lexicon(lang).attribution.verbs.words
    sent = lx.tokenize(art.text[clause.sentence_start:clause.sentence_end], lang, offset=clause.sentence_start)
    def content(ts: list[Tok]) -> list[str]:
        return [min(t.variants, key=len) for t in ts if t.form not in stop and min(t.variants, key=len) not in stop
                and not (skip & t.variants) and len(t.form) > 2]
    vals = values.find_values(art.text[clause.sentence_start:clause.sentence_end], lang, anchor=art.published)
    in_value = {(v.start + clause.sentence_start, v.end + clause.sentence_start) for v in vals}
    sent = [t for t in sent if not any(a <= t.start < b for a, b in in_value)]
    at = next((k for k, t in enumerate(sent) if t.start >= hit.start), len(sent))
    lo = max(0, at - AGENDA_LOOKBACK)
    comp = lx.lexicon(lang).complementizers.words
    for k in range(at - 1, lo - 1, -1):   # "X said that <topic> is not on the agenda": stop at "that"
        if comp & sent[k].variants:
            lo = k + 1
            break
    before = content(sent[lo:at])
    return sorted(set(before or content(sent[at:])))


def topic_frames(art: Article, clause: Clause, toks: list[Tok]) -> list["Draft"]:
    lang = art.language
    text = art.text
    out = []
    for prop, path, cues in (("aim", "properties.aim", lx.lexicon(lang).properties.aim),
                             ("aim", "properties.focus", lx.lexicon(lang).properties.focus)):
        for hit in lx.find_cues(toks, cues)[:1]:
            words = _phrase_after(toks, hit.j, lang, text)
            if len(words) < 2:
                continue
            value = " ".join(sorted({min(t.variants, key=len) for t in words}))
            e = words[-1].end
            out.append(figures.make_draft(hit.start, e, None, None, prop, value, [
                Signal(field="property", rule=f"{lang}.lexicon {path}", text=hit.cue, start=hit.start, end=hit.end)]))
        if out:
            break
    for hit in lx.find_cues(toks, lx.lexicon(lang).properties.agenda)[:1]:
        words = _agenda_topic(art, clause, hit, lang)
        if words:
            d = figures.make_draft(clause.start, clause.end, None, None, "agenda", " ".join(words), [
                Signal(field="property", rule=f"{lang}.lexicon properties.agenda", text=hit.cue, start=hit.start, end=hit.end)])
            outside = lx.find_cues(toks, lx.lexicon(lang).negation.outside)   # "off / outside the agenda"
            if outside:
                d.polarity = "negative"
                d.signals.append(Signal(field="polarity", rule=f"{lang}.lexicon negation.outside", text=outside[0].cue,
                                        start=outside[0].start, end=outside[0].end))
            out.append(d)
    return out
