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
Scripts without case mark no names: there the registry alone says who a time is, or a nationality
word before a name ("وحل الإثيوبي هايلي غيبرو ثانيا بزمن", "the Ethiopian Haile Gebru ... in
26:14.88": ``introduced_before``), in any script: a nationality introduces a competitor as surely as
a title does, so that name is a known subject, nearer the time than a person named earlier.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import lexicon as lx
from ..lang.language import language
from ..lang.lexicon import Tok
from ..lang.text import LATIN, script_of
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
# The rule of a competitor a nationality word introduces (``introduced_before``).
INTRODUCED = "the competitor a nationality introduces before it (kinds.racer)"
# The rule of the holder of an earlier mark (``holder_after``).
HOLDER = "the holder named after an earlier mark (kinds.racer, race_holder_cues)"
# A holder word stands at most this many tokens after an earlier mark ("2:01:09, set by": at once;
# "26:11.00 دقيقة والمسجل باسم": after its unit word).
HOLDER_WINDOW = 2
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


def beaten(toks: list[Tok], start: int, lang: str) -> bool:
    """Is the name starting at token ``start`` the one a competitor beat or finished ahead of ("beat
    Abebe Tola", "won against ...", "53 seconds ahead of ...": a win verb that takes its object
    directly, an opponent preposition or a margin word right before it)?"""
    lex = lx.lexicon(lang)
    before = lx.Toks(toks[max(0, start - BEATEN_WINDOW):start])
    for cues in (lex.score_transitive_wins, lex.score_opponent_preps, lex.race_margin_after_cues):
        if any(h.j == len(before) for h in lx.find_cues(before, cues)):
            return True
    return False


def relative_after(text: str, toks: list[Tok], end: int, lang: str) -> bool:
    """Does a relative aside open right after the name ending before token ``end`` ("ahead of
    Italy's Chiara Bellini, who took silver in 58.61": a comma, then ``relative_pronouns``)? The
    aside is about that name, whatever the words before the name made of it (one beaten)."""
    return end < len(toks) and bool(toks[end].variants & lx.lexicon(lang).relative_pronouns.words) \
        and "," in text[toks[end - 1].end:toks[end].start]


def after_holder_word(toks: list[Tok], start: int, lang: str) -> bool:
    """Does a holder word (``race_holder_cues``: "set by", "المسجل باسم") end right before token
    ``start``? The name there holds an earlier mark (``holder_after``); it is not the competitor."""
    before = lx.Toks(toks[max(0, start - BEATEN_WINDOW):start])
    return any(h.j == len(before) for h in lx.find_cues(before, lx.lexicon(lang).race_holder_cues))


def beaten_name(toks: list[Tok], start: int, lang: str) -> bool:
    """Is the name whose token ``start`` is read (a registry match may be its last word only: "beat
    Kenta Mori") the one beaten? ``beaten`` at the start of the capitalised run it ends, past a
    country's possessive before it ("beat Denmark's Rasmus Holt")."""
    k = start
    owned = lx.lexicon(lang).titles.possessives.words
    while k > 0 and not beaten(toks, k, lang):
        if toks[k - 1].cap:
            k -= 1
        elif k > 1 and toks[k - 1].variants & owned and toks[k - 2].cap:
            k -= 2   # "beat Denmark's Rasmus Holt": the country's possessive ending, then the country
        else:
            break
    return beaten(toks, k, lang)


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
    found = [r for r in runs + singles if not _holder(text, toks, r[1], lang)
             and (not beaten_name(toks, r[0], lang) or relative_after(text, toks, r[1], lang))
             and not after_holder_word(toks, r[0], lang)]
    if not found:
        return None
    i, j = max(found, key=lambda r: r[1])
    last = toks[j - 1].form
    return known[last] if last in known else (skeleton(last), text[toks[i].start:toks[j - 1].end])


def introduced_before(text: str, toks: list[Tok], at: int, lang: str) -> tuple[int, int, str, str] | None:
    """(start, end, key, name) of the competitor a nationality word introduces nearest before token
    ``at`` of the sentence ``toks`` ("وحل الإثيوبي هايلي غيبرو ثانيا", "the Kenyan Paul Rotich won"):
    two to MAX_NAME_TOKENS name-like words right after the nationality, the key the skeleton of the
    last one; not the holder of a record nor one beaten (as ``named_before``); else None."""
    parser = _parser(lang)
    race = lx.lexicon(lang).race_time_cues.words
    best = None
    for k in range(at):
        nat = lx.nationality_at(toks, k, lang)
        if nat is None:
            continue
        i = j = k + nat[1]
        while j < at and j - i < MAX_NAME_TOKENS and _name_word(parser, toks[j], race, lang) \
                and (j == i or _gap_ok(text, toks[j - 1], toks[j])):
            j += 1
        if j - i < 2 or not _gap_ok(text, toks[i - 1], toks[i]) or _joined(text, toks, j, j - 1) \
                or _holder(text, toks, j, lang) or beaten(toks, k, lang) or after_holder_word(toks, k, lang):
            continue
        best = (i, j, skeleton(toks[j - 1].form), text[toks[i].start:toks[j - 1].end])
    return best


def holder_after(text: str, toks: list[Tok], end: int, lang: str) -> tuple[str, str] | None:
    """(key, name) of the holder of an earlier mark that ends at token ``end``: the name after a
    holder word (``race_holder_cues``: "set by", "المسجل باسم") within HOLDER_WINDOW tokens of it,
    past a nationality or a country's possessive ("set by Uganda's Moses Okello", "باسم الأوغندي
    موسيس أوكيلو"); the key the skeletons of its words, space-separated (a name may be read in
    full in one article and in part in another). None when no holder is named."""
    parser = _parser(lang)
    race = lx.lexicon(lang).race_time_cues.words
    for h in lx.find_cues(lx.Toks(toks), lx.lexicon(lang).race_holder_cues):
        if not 0 <= h.i - end <= HOLDER_WINDOW:
            continue
        k = h.j
        while k < len(toks):
            nat = lx.nationality_at(toks, k, lang)
            if nat is not None:
                k += nat[1]
            elif (owner := _possessor_end(text, toks, k)) is not None:
                k = owner   # "Uganda's", "South Africa's": a country, then the name
            else:
                break
        j = k
        while j < len(toks) and j - k < MAX_NAME_TOKENS and _name_word(parser, toks[j], race, lang) \
                and (j == k or _gap_ok(text, toks[j - 1], toks[j])):
            j += 1
        if j > k and _name_ends(text, toks, j, parser, lang):
            return " ".join(skeleton(t.form) for t in toks[k:j]), text[toks[k].start:toks[j - 1].end]
        return None
    return None


def _name_ends(text: str, toks: list[Tok], j: int, parser: TitleParser, lang: str) -> bool:
    """Does a name read up to token ``j`` end there for sure: at the sentence's end, punctuation, a
    function word or a value ("set by Tola in 2029", "باسم موسيس أوكيلو منذ عام 2029")? A word that
    is neither a name-like word nor one of these (a place-like or unknown word) may be the rest of the
    name: the name is then not read, rather than read in part."""
    if j >= len(toks) or re.search(r"[^\w\s'’-]", text[toks[j - 1].end:toks[j].start]):
        return True
    t = toks[j]
    return bool(t.variants & (parser.stop | parser.preps)) or _a_value(t.form, lang) or t.form.isdigit() \
        or lx.nationality_at(toks, j, lang) is not None or (t.form[:1].isalpha() and not t.cap and script_of(t.form) == LATIN)


def _possessor_end(text: str, toks: list[Tok], k: int) -> int | None:
    """The token after a capitalised run starting at ``k`` that ends in a possessive ("South
    Africa's Liam Botha": the index of "Liam"), else None."""
    m = k
    while m < len(toks) and m - k < MAX_NAME_TOKENS and toks[m].cap:
        if m + 1 < len(toks) and _POSSESSIVE.match(text[toks[m].end:toks[m + 1].end]):
            return m + 2
        m += 1
    return None
