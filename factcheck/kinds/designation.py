"""The designation kind: the code a name gives one thing of a maker or a series ("Boeing 787-8
Dreamliner", "Airbus A320", "Apollo 11", "Route 66"). The claim's subject is the name's leading
word (the maker or series, folded), its value the code ("787-8"). Two sources naming one thing of
that maker in one event agree when the codes are equal; different codes of one maker in one event
contradict ("a Boeing 787-8" / "a Boeing 787-9"): which model, which flight."""
from __future__ import annotations

from ..lang.lexicon import Tok
from ..lang.text import char_before
from ..models import Claim
from . import Context
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, Verdict
from .reading import plain, written

PROPERTY = "designation"
# Characters that end a sentence: a capitalised word after one opens a sentence, it does not name.
SENTENCE_ENDS = ".!?\n\"'”:;"


def names_a_thing(text: str, toks: list[Tok], idx: list[int], v) -> bool:
    """Is the number part of a name (a model, a flight, a mission: "Boeing 787-8 Dreamliner", "Apollo
    11", "Route 66")? It is the second half of a hyphenated number, or it follows a capitalised word that does not open the sentence with only a space
    between, carries no unit, and is followed by another capitalised word, a hyphenated number or
    nothing."""
    first, last = idx[0], idx[-1]
    if text[max(0, v.start - 2):v.start][:1].isdigit() and text[v.start - 1:v.start] == "-":
        return True   # the second half of "787-8"
    if first == 0 or " " in v.value or v.value.endswith("%") or not toks[first - 1].cap:
        return False
    if text[toks[first - 1].end:v.start] != " " or _opens_sentence(text, toks[first - 1].start):
        return False
    after = text[v.end:v.end + 2]
    if after[:1] == "-" and after[1:2].isdigit():
        return True
    return last + 1 >= len(toks) or (toks[last + 1].cap and text[v.end:toks[last + 1].start] == " ")


def _opens_sentence(text: str, start: int) -> bool:
    before = char_before(text, start)
    return not before or before in SENTENCE_ENDS


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if a.subject != b.subject or not ctx.same_event:
        return UNRELATED   # other makers, or another event (an earlier crash of another model)
    if a.value == b.value:
        return Verdict("agree", f"same {a.subject_label} designation ({readable(a)} / {readable(b)})", CONF_VALUE)
    return Verdict("contradict", f"different {a.subject_label} designation ({readable(a)} vs {readable(b)}; "
                                 f"{ctx.why})", CONF_SIMILAR)


def readable(c: Claim) -> str:
    """The designation as written ("Boeing 787-8")."""
    return written(c) or plain(c)


def words(c: Claim) -> str:
    """The designation as written."""
    return readable(c)
