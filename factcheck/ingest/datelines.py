"""Inline page furniture: a dateline or outlet name opening a line, a tag closing it, a photo caption.

``furniture`` decides which lines of an article are body text; this module finds the furniture
inside a line, so that it can be cut off as a line of its own with exact offsets: "CITY (Agency) --",
"(Outlet) CITY,", "Outlet – ..." opening a line (``dateline_prefix``), "(Agency)" or an editorial note
closing it (``trailing_tag``), a line closed by a picture credit (``caption``). Also the lexicon
word sets both modules read (``stopwords``, ``furniture_words``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import lexicon as lx
from ..lang.text import LATIN, WORD_RE, fold_token, script_of

# A dateline opening a paragraph, cut off by a spaced dash: "CITY, Mon D (Agency) -- text",
# "(Outlet- Agency (ABBR)) CITY --", "Outlet – text". Wire datelines in the dev stories (agency,
# syndicator and city with a date) run 1-9 words; a dash after more words is punctuation.
DATELINE_MAX_WORDS = 10
# Without parentheses or letter case to mark it (an Arabic outlet or city name: "<Outlet> - ...") a
# prefix is only trusted on the article's first body line and this short: outlet and city names
# in the dev stories run 1-2 words, Arabic appositions before a dash usually longer.
BARE_PREFIX_MAX_WORDS = 3
# The text after a dateline is a sentence of its own: at least this many words (MIN_CLAUSE_WORDS).
DATELINE_REST_MIN_WORDS = 4
# Lower-case words a capitalized place or outlet name may hold ("Rio de Janeiro", "Bank of X").
NAME_PARTICLE_MAX_CHARS = 3
# A dash between blanks, or a dash glued to the preceding word ("Outlet- text"), "--", en/em dash.
DATELINE_SEP = re.compile(r"\s*(?:-{1,3}|[–—])\s+")
# Punctuation a dateline or outlet name never holds (it would be a clause or a quotation).
NOT_IN_A_NAME = re.compile(r"[!?؟:;،؛\"«»“”]")
SENTENCE_BREAK = re.compile(r"[.!?؟]\s")
# A capitalized dateline closed by a colon: "CITY NAME: text", "CITY, Mon D: text" (at most 4 words
# before the colon; every Latin letter upper case except a month abbreviation's).
CAPS_COLON = re.compile(r"^\s*((?:[A-Z][A-Z'’.-]+,?\s+){0,3}[A-Z][A-Z'’.-]+(?:,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2})?)\s*:\s+(?=\S)")
# An outlet or agency in parentheses opening a line, with the capitalized city after it:
# "(Outlet- Agency (ABBR)) CITY, text", "(ABBR) text" (one level of nested parentheses).
LEADING_PAREN = re.compile(r"^\s*(\([^()]*(?:\([^()]*\)[^()]*)?\)(?:(?:\s+[A-Z][A-Z'’.-]+)+,)?)\s+(?=\S)")
# A tag closing a line after its last sentence: "(Agency)", an editorial note, "(ABBR Photo/Name)",
# "[Photo: J. Name]" (a period only after an initial). At most this many words (credit tags seen: 1-4 words; wire tails such as "Reporting
# by X; editing by Y" up to 6).
TAG_MAX_WORDS = 6
TRAILING_TAG = re.compile(r"(?<=[.!?؟…\"'»”])\s*[(\[]((?:[^()\[\].!?؟]|(?<=\b[A-Z])\.){1,80})[)\]]\s*$")
# A photo caption (a line closed by a tag naming a picture or its credit) is one or two sentences:
# the dev stories' captions run 15-25 words; a body paragraph with a credit tag is not a caption.
CAPTION_MAX_WORDS = 40


@lru_cache(maxsize=None)
def stopwords(langs: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(lx.lexicon(lang).stopwords.words for lang in langs))


@lru_cache(maxsize=None)
def furniture_words(field: str, langs: tuple[str, ...]) -> frozenset[str]:
    """The single-word cues of the lexicons' ``furniture`` section ``field`` (a field of
    ``language.Furniture``: a misspelt name is an AttributeError), over ``langs``."""
    return frozenset().union(*(getattr(lx.lexicon(lang).furniture, field).words for lang in langs))


def _balanced(s: str) -> bool:
    return s.count("(") == s.count(")") and s.count("[") == s.count("]")


def _titled(words: list[str]) -> bool:
    """Every Latin word capitalized (or a short name particle): a place or outlet name, no clause."""
    for k, w in enumerate(words):
        letters = [ch for ch in w if ch.isalpha()]
        if letters and script_of(w) == LATIN and letters[0].islower() \
                and (k == 0 or len(letters) > NAME_PARTICLE_MAX_CHARS):
            return False
    return True


def _first_sentence(rest: str) -> str:
    m = SENTENCE_BREAK.search(rest)
    return rest[: m.start()] if m else rest


def dateline_prefix(text: str, first_line: bool, langs: tuple[str, ...]) -> tuple[int, str] | None:
    """(length, rule) of a dateline or outlet name opening ``text`` (with the dash or colon after it),
    else None: ``_dashed_prefix``, a capitalized dateline and a colon ("CITY NAME: ..."), or an outlet
    or agency in parentheses opening the line ("(Outlet- Agency (ABBR)) CITY, ...")."""
    for rx, rule in ((CAPS_COLON, "shape:dateline-prefix:caps-colon"),
                     (LEADING_PAREN, "shape:dateline-prefix:leading-parens")):
        m = rx.match(text)
        if m and len(text[m.end():].split()) >= DATELINE_REST_MIN_WORDS and _name_like(m.group(1)):
            dashed = _dashed_prefix(text, first_line, langs)
            return dashed if dashed and dashed[0] > m.end() else (m.end(), rule)
    return _dashed_prefix(text, first_line, langs)


def _name_like(s: str) -> bool:
    """Letters, no sentence punctuation, Latin words capitalized: an outlet, agency or place name."""
    return any(ch.isalpha() for ch in s) and not NOT_IN_A_NAME.search(s) and _titled(s.split())


def _dashed_prefix(text: str, first_line: bool, langs: tuple[str, ...]) -> tuple[int, str] | None:
    """A dateline or outlet name before a dash opening ``text``.

    A prefix qualifies when it is a name, not a clause: balanced, free of sentence punctuation, its
    Latin words capitalized, and followed by a sentence of its own. With a parenthesized agency or
    outlet ("(ABBR)") it is a dateline anywhere; without one only on the article's first body line
    ("CITY, Mon D --", "Outlet – ..."), set off by a spaced dash, where the text after the dash must
    not continue an aside."""
    for m in DATELINE_SEP.finditer(text):
        prefix, rest = text[: m.start()], text[m.end():]
        words = prefix.split()
        if len(words) > DATELINE_MAX_WORDS:
            return None
        if not _balanced(prefix):
            continue          # a dash inside a parenthesized outlet name: "(Outlet- Agency)"
        if not words or not any(ch.isalpha() for ch in prefix) or NOT_IN_A_NAME.search(prefix):
            return None
        spaced = text[m.start()].isspace()
        rest_words = rest.split()
        if len(rest_words) < DATELINE_REST_MIN_WORDS:
            return None
        if script_of(prefix) == LATIN:
            head = next((ch for ch in rest if ch.isalnum()), "")
            if not _titled(words) or (script_of(head) == LATIN and head.islower()):
                return None
        marked = "(" in prefix
        if not marked:
            if not first_line or not spaced:
                return None   # "Name- text" glued is a typo'd compound ("X- Y talks"), not a dateline
            stop = stopwords(langs)
            if script_of(prefix) != LATIN and (
                    len(words) > BARE_PREFIX_MAX_WORDS
                    or any(fold_token(t) in stop for t in WORD_RE.findall(prefix))
                    or fold_token(rest_words[0].strip("«»\"'“”()")) in stop):
                return None
            if DATELINE_SEP.search(_first_sentence(rest)):
                return None   # "Name – an aside – goes on": an apposition, not a dateline
        return m.end(), "shape:dateline-prefix" + (":agency" if marked else ":first-line")
    return None


def trailing_tag(text: str) -> tuple[int, str] | None:
    """(start, rule) of a short parenthesized tag closing ``text`` after its last sentence (an
    agency or credit tag, an editorial note such as "(Filed late)"), else None."""
    m = TRAILING_TAG.search(text)
    if not m or not m.start() or len(m.group(1).split()) > TAG_MAX_WORDS:
        return None
    if not any(ch.isalpha() for ch in m.group(1)):
        return None
    return m.start(), "shape:trailing-tag"


def caption(text: str, langs: tuple[str, ...]) -> str | None:
    """A rule name when the line is a photo caption: closed by a tag that names a picture or its credit
    ("... at the harbor. (Photo/Name)", "(صورة أرشيفية)"), or opened by such a cue and a colon."""
    if len(text.split()) > CAPTION_MAX_WORDS:
        return None
    cues = furniture_words("caption_cues", langs)
    m = TRAILING_TAG.search(text)
    if m and m.start() and any(fold_token(t) in cues for t in WORD_RE.findall(m.group(1))):
        return "shape:caption-credit"
    head = text.split(":", 1)
    if len(head) == 2 and WORD_RE.search(head[0]) and all(fold_token(t) in cues for t in WORD_RE.findall(head[0])):
        return "shape:caption-label"
    return None
