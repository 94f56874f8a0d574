"""Whose a race time is when no known person governs it: the competitor a Latin-script sentence names
right before the time.

Reports of a race name the competitor before the time ("Kenya's Daniel Kerio won ... in 2:03:12",
"Tola finished second in 2:04:05"). Names with no title or nationality before them are not in the
story's name registry (``mentions.persons``), so a race time would have no subject: then
- the nearest run of two or more capitalised name-like words before it in its sentence is its
  competitor, unless a word of the run is a race word (``race_time_cues``: "the Rotterdam Marathon")
  or the run is part of a longer capitalised run (a headline, an organisation);
- a single capitalised word before it is the competitor when the article names someone with that
  last word in such a run elsewhere ("Abebe Tola" ... "Tola finished second in 2:04:05").
The key is the skeleton of the last word, as the registry's (``persons.skeleton``), so that a name
read here and the same name read by the registry (in another article, another script) are one.
Scripts without case mark no names: there the registry alone says who a time is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import lexicon as lx
from ..lang.language import language
from ..lang.lexicon import Tok
from ..lang.text import LATIN
from ..mentions import values
from ..mentions.persons import MAX_NAME_TOKENS, TitleParser, skeleton

# What may stand between two words of one name: spaces or a hyphen ("Jean-Pierre"); anything else
# (punctuation, a line break, a bar of page furniture) ends the run.
_NAME_GAP = re.compile(r"[ \u00a0-]+")
# A possessive ending right after a name ("Kipchoge's", "Kipchoge’s").
_POSSESSIVE = re.compile(r"['’]s\b")
# A record cue this many tokens after a possessive names the possessor's record ("Kipchoge's
# previous world record": two tokens before the cue).
POSSESSED_WINDOW = 3
# The words right before a name that make it the beaten one are at most this many tokens ("ahead of").
BEATEN_WINDOW = 3
# How many articles' names are kept (the article-level cache).
ARTICLE_MEMO = 64
# Distinct word forms whose "is it a value word" answer is kept.
VALUE_MEMO = 4096


@lru_cache(maxsize=8)
def _parser(lang: str) -> TitleParser:
    return TitleParser(lang)


@lru_cache(maxsize=VALUE_MEMO)
def _a_value(form: str, lang: str) -> bool:
    """Does the word alone read as a value (a weekday, a month, a number word)?"""
    return bool(values.find_values(form, lang))


def _name_word(parser: TitleParser, t: Tok, race: frozenset[str], lang: str) -> bool:
    return parser.name_like(t, 0) and not (race & t.variants) and not _a_value(t.form, lang)


def _gap_ok(text: str, a: Tok, b: Tok) -> bool:
    return bool(_NAME_GAP.fullmatch(text[a.end:b.start]))


def _runs(text: str, toks: list[Tok], lang: str) -> list[tuple[int, int]]:
    """Token spans [i, j) of the runs of two to MAX_NAME_TOKENS capitalised name-like words with no
    punctuation inside, no race word, and no capitalised word joined to either end."""
    parser = _parser(lang)
    race = lx.lexicon(lang).race_time_cues.words
    out = []
    k = 0
    while k < len(toks):
        j = k
        while j < len(toks) and _name_word(parser, toks[j], race, lang) and (j == k or _gap_ok(text, toks[j - 1], toks[j])):
            j += 1
        if MAX_NAME_TOKENS >= j - k >= 2 and not _joined(text, toks, k - 1, k) and not _joined(text, toks, j, j - 1):
            out.append((k, j))
        k = max(j, k + 1)
    return out


def _joined(text: str, toks: list[Tok], i: int, neighbour: int) -> bool:
    """Is the capitalised word at ``i`` (outside a run) glued to the run's end at ``neighbour``?"""
    if not 0 <= i < len(toks) or not toks[i].cap:
        return False
    a, b = sorted((i, neighbour))
    return _gap_ok(text, toks[a], toks[b])


def _holder(text: str, toks: list[Tok], end: int, lang: str) -> bool:
    """Is the name ending before token ``end`` the possessor of a record ("Kipchoge's world record",
    ``race_record_cues`` within POSSESSED_WINDOW tokens of its possessive ending)? The holder of the mark
    being broken, not the competitor of the time after it."""
    if end >= len(toks) or not _POSSESSIVE.match(text[toks[end - 1].end:toks[end].end]):
        return False
    window = lx.Toks(toks[end:end + POSSESSED_WINDOW + 1])
    return bool(lx.find_cues(window, lx.lexicon(lang).race_record_cues))


def _beaten(toks: list[Tok], start: int, lang: str) -> bool:
    """Is the name starting at token ``start`` the one a competitor beat or finished ahead of ("beat
    Abebe Tola", "won against ...", "53 seconds ahead of ...": a win verb that takes its object
    directly, an opponent preposition or a margin word right before it)?"""
    lex = lx.lexicon(lang)
    before = lx.Toks(toks[max(0, start - BEATEN_WINDOW):start])
    for cues in (lex.score_transitive_wins, lex.score_opponent_preps, lex.race_margin_after_cues):
        if any(h.j == len(before) for h in lx.find_cues(before, cues)):
            return True
    return False


@lru_cache(maxsize=ARTICLE_MEMO)
def article_names(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """The names an article writes as runs of capitalised words: {last word (folded form): (skeleton
    of it, the name as written)}."""
    if language(lang).script != LATIN:
        return {}
    toks = lx.tokenize(text, lang)
    out: dict[str, tuple[str, str]] = {}
    for i, j in _runs(text, toks, lang):
        out.setdefault(toks[j - 1].form, (skeleton(toks[j - 1].form), text[toks[i].start:toks[j - 1].end]))
    return out


def named_before(text: str, toks: list[Tok], at: int, lang: str) -> tuple[str, str] | None:
    """(key, name) of the competitor named nearest before token ``at`` of the sentence ``toks``
    (offsets into ``text``, the whole article), else None."""
    if language(lang).script != LATIN:
        return None
    runs = _runs(text, toks[:at], lang)
    known = article_names(text, lang)
    parser = _parser(lang)
    race = lx.lexicon(lang).race_time_cues.words
    # a surname the article gives in full elsewhere ("Tola finished second in 2:04:05")
    singles = [(k, k + 1) for k in range(at) if toks[k].form in known and not any(a <= k < b for a, b in runs)
               and _name_word(parser, toks[k], race, lang)]
    found = [r for r in runs + singles if not _holder(text, toks, r[1], lang) and not _beaten(toks, r[0], lang)]
    if not found:
        return None
    i, j = max(found, key=lambda r: r[1])
    last = toks[j - 1].form
    return known[last] if last in known else (skeleton(last), text[toks[i].start:toks[j - 1].end])
