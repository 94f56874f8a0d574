"""A verb in the future by its own prefix, not a cue word: Arabic "سـ" on an imperfect verb
("وسيرتدي القميص رقم 9", "ستفتتح الحكومة المصنع") says what is planned, like "سوف"
(``modality.planned``).

The prefix is read only where the shape and the place of the word both say verb
(``<lang>.lexicon future_verbs``):
- shape: the word (or the word minus a conjunction prefix, "وسيرتدي") is the future prefix, then a
  person prefix of the imperfect (ي/ت/ن), then at least ``min_stem`` letters of prefix and stem
  together ("سيرتدي": يرتدي), and no ending that only a noun takes (``noun_endings``: the folded
  taa marbuta of "سيارة", "ستة", "سياسة"; the plural "ات"; "اء");
- place: a clause's verb position, the first word of the clause past its stopwords or a word carrying
  a conjunction prefix (a new conjunct's verb, "ووقع عقدا ... وسيرتدي"), followed by a content word
  (its subject or object: "ستفتتح الحكومة"), so that a short noun like "ستار" or "سيول" (its stem
  is too short anyway) or a noun in the middle of a noun phrase is never read as a plan.
A language without the section reads no such prefix.
"""
from __future__ import annotations

from . import lexicon as lx
from .sections import FutureVerbs
from ..models import Signal

# The rule a plan read so names.
RULE = "{lang}.lexicon future_verbs"


def _stem(form: str, spec: FutureVerbs) -> str | None:
    """The imperfect verb of a future form ("سيرتدي" -> "يرتدي"), or None when ``form`` has no such shape."""
    for p in spec.prefixes:
        rest = form[len(p):]
        if form.startswith(p) and rest.startswith(tuple(spec.person_prefixes)) \
                and len(rest) >= spec.min_stem and not rest.endswith(tuple(spec.noun_endings)):
            return rest
    return None


def _verb_positions(toks: list[lx.Tok], lang: str) -> list[tuple[int, str]]:
    """The tokens of ``toks`` in a verb position, each with its form past a conjunction prefix."""
    lex = lx.lexicon(lang)
    stop = lex.stopwords.words | lex.conjunctions.words
    out: list[tuple[int, str]] = []
    first = next((k for k, t in enumerate(toks) if not t.variants & stop), None)
    for k, t in enumerate(toks):
        bare = [t.form[len(p):] for p in lex.conjunction_prefixes
                if t.form.startswith(p) and t.form[len(p):] in t.variants]
        if bare:
            out.append((k, bare[0]))
        elif k == first or (k > 0 and toks[k - 1].form in lex.conjunctions.words):
            out.append((k, t.form))
    return out


def future_verb(toks: list[lx.Tok], lang: str) -> Signal | None:
    """The planned-modality signal of the first future verb of a clause's tokens, or None."""
    spec = lx.lexicon(lang).future_verbs
    if spec is None:
        return None
    stop = lx.lexicon(lang).stopwords.words
    for k, form in _verb_positions(toks, lang):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or not nxt.form.isalpha() or nxt.variants & stop:
            continue
        if _stem(form, spec) is not None:
            t = toks[k]
            return Signal(field="modality", rule=RULE.format(lang=lang), text=form, start=t.end - len(form), end=t.end)
    return None
