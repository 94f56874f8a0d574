"""A sentence that opens with a description of someone the article has already named: a subject
pronoun ("He passed halfway in 61:02"), or a definite article before an age or a nationality with no
name after it ("The 23-year-old shaved 33 seconds off ...", "The Kenyan ran 2hr 2min 49sec ...").

Such a sentence is about the article's antecedent (the person it named last, ``extract.normalize``):
- it keeps that person the antecedent past the names it gives later ("The 23-year-old shaved 33
  seconds off the 2:03:21 Abdi Tolosa ran in 2029. It was only his third marathon": "his" is still the
  runner's, not Tolosa's), as a sentence's subject stays the centre of the text that follows;
- a race time it states with no competitor named before it is the antecedent's (``kinds.racetime``).
A sentence that opens with a bare surname the article gives in full elsewhere ("Alemu, 26, was winning
her second major marathon", after "Ethiopia's Tigist Alemu took the women's title") names that person
for what follows, as a name the registry knows does (``opening_surname``).
Scripts without case write a subject inside the verb ("وقطع ... نصف المسافة"): there only the
language's subject pronouns open a description.
"""
from __future__ import annotations

from ..kinds import racer
from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..lang.text import LATIN, script_of
from .figures import AGE

# Tokens after the definite article that may hold an age cue ("the 23-year-old": "23", "year", "old").
AGE_CUE_REACH = 3


def opening(toks: list[Tok], lang: str) -> str | None:
    """The description a sentence (its tokens ``toks``) opens with, as written, else None: a subject
    pronoun (``<lang>.lexicon subject_pronouns``), or a definite article (``definite_articles``)
    before an age cue (``measures.age``) or before a nationality that no capitalised name follows."""
    if not toks:
        return None
    lex = lx.lexicon(lang)
    if lx.find_cues(toks[:1], lex.subject_pronouns):
        return toks[0].form
    if not lx.find_cues(toks[:1], lex.definite_articles) or len(toks) < 2:
        return None
    age = lex.measures.get(AGE)
    ages = [h for h in lx.find_cues(lx.Toks(toks[1:1 + AGE_CUE_REACH]), age) if h.i < AGE_CUE_REACH] if age else []
    if ages and any(ch.isdigit() for ch in toks[1].form):
        return " ".join(t.form for t in toks[:1 + ages[0].j])
    nat = lx.nationality_at(toks, 1, lang)
    if nat is None:
        return None
    after = 1 + nat[1]
    if after < len(toks) and toks[after].cap and script_of(toks[after].form) == LATIN:
        return None   # "The Kenyan Elias Moraa ran": the name itself follows
    return " ".join(t.form for t in toks[:after])


def opening_surname(text: str, toks: list[Tok], lang: str) -> tuple[str, str] | None:
    """(skeleton key, name as written in full) of the surname a Latin-script sentence (tokens
    ``toks``, offsets into the article ``text``) opens with, when the article writes that surname
    after a given name elsewhere (``racer.article_names``: "Tigist Alemu" ... "Alemu, 26, was"); else
    None."""
    if not toks or not toks[0].cap or script_of(toks[0].form) != LATIN:
        return None
    return racer.article_names(text, lang).get(toks[0].form)
