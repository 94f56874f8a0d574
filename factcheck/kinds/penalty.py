"""Penalties that are no length (death, life) and sentences a court changed.

A court's sentence is a ``duration`` claim keyed by its duration measure (``kinds.duration``: a prison
term, a ban). Two penalties are no length: a death sentence and a life term. They are values of the
same property and measure, so that "was sentenced to death", "was handed a life sentence" and "was
jailed for 25 years" about one defendant meet and clash:

- a noun of ``<lang>.lexicon penalty_nouns`` names one by itself ("a life sentence", "the death
  penalty", "بالإعدام", "بالسجن المؤبد"), under the measure key it is a value of ("a life ban": a ban);
- a complement of ``penalty_complements`` names one only after a measure's cue within
  ``duration.CUE_REACH`` tokens ("sentenced Name to death", "jailed for life", "banned for life",
  "بالسجن مدى الحياة"), which gives its measure; alone it is none ("stabbed to death");
- a risk cue before it (``penalty_risk_cues``: "faces life in prison", "punishable by death",
  "abolished the death penalty") makes it no sentence at all.

A sentence a court changed (``sentence_change_cues``: "his death sentence was commuted to life",
"خففت المحكمة حكم الإعدام إلى السجن المؤبد", "the term was reduced to 12 years") is read per clause:
the sentences after the cue are the new one, each marked with a ``CHANGED_FIELD`` signal naming the
sentence it replaced (the one before the cue, if the clause states it). Another source's sentence
that is the replaced one, or any other when the clause does not say which one was replaced, is an
update of the new one (the sentence changed), never a clash.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..models import Claim, Signal
from .base import CONF_VALUE, Verdict
from .reading import duration_words

if TYPE_CHECKING:
    from ..extract.draft import Draft

PROPERTY = "duration"
DEATH, LIFE = "death", "life"
VALUES = (DEATH, LIFE)
# The rules of the measure signals read here (``kinds.duration.MEASURE_RULE`` is in both, so that the
# measure key is the signal's text).
NOUN_RULE = "{lang}.lexicon penalty_nouns.{value}.{key} '{cue}'; duration_measures"
COMPLEMENT_RULE = "{lang}.lexicon penalty_complements.{value} '{cue}' after duration_measures.{key} '{verb}'"
# The signal field of a sentence a court changed; its text is the sentence it replaced ("" for one
# the clause does not name).
CHANGED_FIELD = "sentence_changed"
CHANGED_RULE = "{lang}.lexicon sentence_change_cues '{cue}'"
# Tokens before a penalty read for a risk cue ("could face life in prison": two; "a crime
# punishable by death": one; "abolished the death penalty": one). Set on the phrases of
# tests/test_story_people2_sentences.py.
RISK_REACH = 4
# Tokens before a complement read for its measure's cue ("sentenced former mayor Oren Valdis to
# death": five); as a length's cue is read (``kinds.duration.CUE_REACH``).
COMPLEMENT_REACH = 8
# How each penalty reads to an editor.
WORDS = {DEATH: "a death sentence", LIFE: "a life term"}


@dataclass(frozen=True)
class Found:
    """A penalty a clause states: its tokens (the cue of its measure included), value and signal."""
    i: int
    j: int
    value: str
    measure: Signal


def find(toks: list[Tok], lang: str) -> list[Found]:
    """The penalties that are no length a clause's tokens state (see the module), left to right."""
    lex = lx.lexicon(lang)
    out: list[Found] = []
    for value in VALUES:
        for key, cues in sorted(lex.penalty_nouns.get(value, {}).items()):
            for h in lx.find_cues(toks, cues):
                sig = Signal(field="measure", rule=NOUN_RULE.format(lang=lang, value=value, key=key, cue=h.cue),
                             text=key, start=h.start, end=h.end)
                out.append(Found(h.i, h.j, value, sig))
        for h in lx.find_cues(toks, lex.penalty_complements.get(value, lx.NO_CUES)):
            verb = _measure_cue(toks, h.i, lang)
            if verb is None:
                continue   # "stabbed to death": no sentence
            key, v = verb
            sig = Signal(field="measure", rule=COMPLEMENT_RULE.format(lang=lang, value=value, cue=h.cue, key=key, verb=v.cue),
                         text=key, start=v.start, end=h.end)
            out.append(Found(v.i, h.j, value, sig))
    kept: list[Found] = []
    for f in sorted(out, key=lambda f: (f.i, -(f.j - f.i))):
        if any(k.i < f.j and f.i < k.j for k in kept):
            continue   # "sentenced to life imprisonment": one penalty read twice
        if _at_risk(toks, f.i, lang):
            continue
        kept.append(f)
    return kept


def _measure_cue(toks: list[Tok], at: int, lang: str) -> tuple[str, lx.CueHit] | None:
    """The nearest duration measure cue in the ``COMPLEMENT_REACH`` tokens before token ``at``, with
    its key, its indexes made absolute."""
    base = max(0, at - COMPLEMENT_REACH)
    measures = lx.lexicon(lang).duration_measures
    hits = [(h.i, name, h) for name in sorted(measures) for h in lx.find_cues(lx.Toks(toks[base:at]), measures[name])]
    if not hits:
        return None
    _i, name, h = max(hits, key=lambda x: x[0])
    return name, lx.CueHit(h.cue, base + h.i, base + h.j, h.start, h.end)


def _at_risk(toks: list[Tok], at: int, lang: str) -> bool:
    """Does a risk cue stand in the ``RISK_REACH`` tokens before token ``at``?"""
    return bool(lx.find_cues(lx.Toks(toks[max(0, at - RISK_REACH):at]), lx.lexicon(lang).penalty_risk_cues))


def mark_changed(drafts: list["Draft"], toks: list[Tok], lang: str, key: Callable[["Draft"], str | None]) -> None:
    """Mark the sentences of a clause that a change cue puts after it as new (see the module): each
    takes a ``CHANGED_FIELD`` signal whose text is the value of the clause's sentence before the cue
    of the same measure ("" when there is none). ``drafts`` are the clause's claims, changed in place;
    ``key`` gives a draft's lexicon duration measure (None for none: no sentence)."""
    hits = lx.find_cues(toks, lx.lexicon(lang).sentence_change_cues)
    if not hits:
        return
    cue = hits[0]
    sentences = [d for d in drafts if d.property == PROPERTY and key(d) is not None]
    for d in sentences:
        if _value_end(d) <= cue.end:
            continue
        before = [o for o in sentences if _value_end(o) <= cue.start and key(o) == key(d)]
        was = before[-1].value if before else ""
        d.signals.append(Signal(field=CHANGED_FIELD, rule=CHANGED_RULE.format(lang=lang, cue=cue.cue),
                                text=was or "", start=cue.start, end=cue.end))


def _value_end(d: "Draft") -> int:
    """Where a sentence's value ends ("the prison term was reduced to 10 years": the length, not its
    cue before the change cue)."""
    return next((s.end for s in d.signals if s.field == "value" and s.end is not None), d.end)


def replaced(c: Claim) -> str | None:
    """The sentence a changed sentence replaced ("" when its clause does not say), or None for a
    sentence no change cue marks."""
    return next((s.text for s in c.signals if s.field == CHANGED_FIELD), None)


def is_penalty(c: Claim) -> bool:
    return c.value in VALUES


def changed(a: Claim, b: Claim) -> Verdict | None:
    """An update when one of two sentences of different values replaced the other (see the module),
    else None."""
    if a.value == b.value:
        return None
    for new, old in ((a, b), (b, a)):
        was = replaced(new)
        if was is not None and replaced(old) is None and (was == "" or was == old.value):
            return Verdict("update", f"the sentence was changed to {words(new)} ({_changed_rule(new)}); "
                                     f"{words(old)} is the sentence it replaced", CONF_VALUE)
    return None


def _changed_rule(c: Claim) -> str:
    return next(s.rule for s in c.signals if s.field == CHANGED_FIELD)


def judge_values(a: Claim, b: Claim, same_event: bool, why: str) -> Verdict:
    """Two sentences of one measure, one of them no length: the same penalty agrees, another penalty
    or a length clashes (within one event)."""
    if not same_event:
        return Verdict("unrelated", "", 0.0)
    if a.value == b.value:
        return Verdict("agree", f"the same sentence ({words(a)}; penalty_nouns)", CONF_VALUE)
    return Verdict("contradict", f"different sentences for the same event ({words(a)} vs {words(b)}; {why})", CONF_VALUE)


def words(c: Claim) -> str:
    """A sentence in words: a penalty's, else its length in words."""
    return WORDS.get(c.value or "", None) or duration_words(c.value or "")
