"""The one who carried out an attack as the owner of a personal figure (an age) when no name owns it:
"The attacker, a 27-year-old man, was shot dead", "The 27-year-old gunman", "قالت الشرطة إن المهاجم يبلغ
من العمر 31 عاما".

A singular definite noun for the perpetrator (``<lang>.lexicon perpetrator_nouns``: "the gunman",
"المسلح", "منفذ الهجوم") within ``PERPETRATOR_REACH`` tokens of the figure names one person of the
story's event without naming them: the figure's subject is ``PERPETRATOR_SUBJECT``, in any language, so
that two sources' ages of the attacker are compared (``kinds.quantity``) as two ages of one named
person are. A plural ("the gunmen") or indefinite ("a gunman") noun owns nothing: several attackers,
or one not yet singled out. The subject is a role within one event, not a person: another attack's
perpetrator recalled in the story ("In 2019 a 22-year-old bomber ...") is set apart by its event,
never compared as a standing measure of one person is.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..lang import lexicon as lx
from ..lang.lexicon import Tok

if TYPE_CHECKING:
    from ..mentions.values import ValueMention

# The subject of a figure a perpetrator noun owns (language-free: both languages' nouns give it).
PERPETRATOR_SUBJECT = "perpetrator:"
# The rule of the subject signal.
PERPETRATOR_RULE = "{lang}.lexicon perpetrator_nouns: the figure of the one who carried out the attack"
# A perpetrator noun owns a figure at most this many tokens away ("The attacker, a 27-year-old man":
# 3; "المهاجم يبلغ من العمر 31 عاما": 4), so that one in another part of a long sentence does not.
PERPETRATOR_REACH = 8
# A perpetrator noun at most this many tokens after an age cue's first token heads the description the
# age is part of ("the 27-year-old gunman": "year", "old", "gunman"; "the 19-year-old suicide bomber").
DESCRIPTION_REACH = 3
# In a language that writes its definite article as a word, the article stands at most this many
# tokens before the noun ("the 27-year-old gunman": "the", "27", "year", "old").
DEFINITE_REACH = 4
# What stands between a role and a number in apposition to it ("The gunman, 27,").
APPOSITION_OPEN = ", "


class Perpetrator(NamedTuple):
    """A perpetrator noun that owns a figure: the subject, the noun as read, its span and first token."""
    subject: str
    label: str
    start: int
    end: int
    at: int


def perpetrator_owner(toks: list[Tok], v: "ValueMention", lang: str) -> Perpetrator | None:
    """The perpetrator noun that owns the figure ``v``: the nearest singular definite one within
    PERPETRATOR_REACH tokens, or None."""
    lex = lx.lexicon(lang)
    hits = lx.find_cues(toks, lex.perpetrator_nouns)
    at = lx.covered(toks, v.start, v.end)
    if not hits or not at:
        return None
    first, last = at[0], at[-1]
    near = [(min(abs(h.i - last), abs(h.j - 1 - first)), h) for h in hits
            if _definite(toks, h.i, h.j, lang) and min(abs(h.i - last), abs(h.j - 1 - first)) <= PERPETRATOR_REACH]
    if not near:
        return None
    _, hit = min(near, key=lambda x: (x[0], x[1].i))
    return Perpetrator(PERPETRATOR_SUBJECT, " ".join(t.form for t in toks[hit.i:hit.j]), hit.start, hit.end, hit.i)


def apposed_to(text: str, doer: Perpetrator | None, v: "ValueMention") -> bool:
    """Is the figure ``v`` set off by commas right after the perpetrator noun ("The gunman, 27, opened
    fire"): an age in apposition to the role, as "Daniel Korir, 24," is to a name?"""
    return doer is not None and text[doer.end:v.start] == APPOSITION_OPEN and text[v.end:v.end + 1] == ","


def heads_description(doer: Perpetrator | None, cue_at: int) -> bool:
    """Does the perpetrator noun head the description an age cue at token ``cue_at`` opens ("The
    27-year-old gunman used a rifle": the gunman, not the person named last)?"""
    return doer is not None and 0 < doer.at - cue_at <= DESCRIPTION_REACH


def _definite(toks: list[Tok], i: int, j: int, lang: str) -> bool:
    """Is the noun at tokens i..j definite: written with the article (Arabic "المسلح"), a construct
    whose last word has it ("منفذ الهجوم"), or after the definite article word with only modifiers
    between ("the gunman", "the 27-year-old gunman"; not "police said a gunman")?"""
    if toks[i].article or toks[j - 1].article:
        return True
    lex = lx.lexicon(lang)
    for t in reversed(toks[max(0, i - DEFINITE_REACH):i]):
        if t.variants & lex.definite_articles.words:
            return True
        if t.variants & lex.stopwords.words:
            return False   # "said a gunman": another determiner or a function word first
    return False
