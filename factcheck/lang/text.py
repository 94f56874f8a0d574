"""Script-level text normalization shared by every stage.

Nothing here knows a language's vocabulary: that lives in ``factcheck/data``. These functions only
fold orthographic variation (diacritics, tatweel, letter variants, digit shapes, case, Latin accents)
so that two spellings of one word compare equal (``Genève`` folds as ``geneve``). ``fold`` is
idempotent (property-tested). ``script_of`` names the writing system of a text; a language's data
folder declares its script (``language``), so no code takes a script for a language.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

import pyarabic.araby as araby

# Arabic-Indic (U+0660..) and Extended Arabic-Indic / Persian (U+06F0..) digits -> ASCII.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Letter variants folded for matching: hamza-carrying alefs and alef wasla -> bare alef; alef maqsura
# -> ya; ta marbuta -> ha; hamza on waw / ya -> bare letter. (pyarabic's normalize_hamza would turn
# U+0625 into a lone hamza, which breaks matching of words like "إسطنبول", so we fold explicitly.)
_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ئ": "ي", "ة": "ه", "ؤ": "و",
    "ک": "ك", "ی": "ي", "ھ": "ه",
})
# Latin letters with no canonical decomposition, written as their plain forms (Unicode's "Latin
# letters with stroke" and ligatures; the rest of the accented letters decompose by NFKD).
_LATIN_UNDECOMPOSED = {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ƀ": "b", "ß": "ss",
                       "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"}
# The Latin blocks whose letters carry accents: Latin-1 Supplement, Extended-A/B, Extended Additional;
# and the combining diacritical marks (U+0300..U+036F), which only Latin, Greek and Cyrillic use.
_LATIN_ACCENTED = (range(0xC0, 0x250), range(0x1E00, 0x1F00))
_COMBINING = range(0x300, 0x370)
_PUNCT_SPACE = re.compile(r"[\s\u200c-\u200f\u202a-\u202e\u00a0]+")
# Word characters: letters/digits (\w) plus the Arabic marks \w leaves out (tatweel, harakat,
# superscript alef), so a vocalized word stays one token; Arabic punctuation (، ؛ ؟ ٪) is excluded.
WORD_RE = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+", re.UNICODE)
# A comma in Latin or Arabic script: the mark that sets off an aside or an adverbial inside a clause.
COMMA = re.compile(r"[,\u060c]")


def fold(s: str) -> str:
    """Fold a string for comparison: NFKC, no diacritics or tatweel, letter variants, ASCII digits,
    lower case, single spaces. Idempotent."""
    s = unicodedata.normalize("NFKC", s)
    s = araby.strip_tashkeel(s)
    s = araby.strip_tatweel(s)
    s = s.translate(_LETTERS).translate(_DIGITS)
    s = s.lower()
    if not s.isascii():
        s = s.translate(_latin_plain())
    return _PUNCT_SPACE.sub(" ", s).strip()


@lru_cache(maxsize=1)
def _latin_plain() -> dict[int, str]:
    """``str.translate`` table: accented lower-case Latin letter -> its plain form, combining mark ->
    nothing (built on first use from Unicode's decompositions)."""
    table: dict[int, str] = {cp: "" for cp in _COMBINING}
    for cp in chain(*_LATIN_ACCENTED):
        ch = chr(cp)
        if not ch.isalpha() or ch != ch.lower():
            continue   # fold lower-cases first; the table only needs lower-case letters
        plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if plain != ch and plain.isascii() and plain.isalpha():
            table[cp] = plain
    table.update({ord(k): v for k, v in _LATIN_UNDECOMPOSED.items()})
    return table


def ascii_digits(s: str) -> str:
    """``s`` with Arabic-Indic and Persian digits written as ASCII digits (nothing else changed)."""
    return s.translate(_DIGITS)


def strip_marks(s: str) -> str:
    """Only diacritics and tatweel removed: letters (and hamza forms) kept as written."""
    return araby.strip_tatweel(araby.strip_tashkeel(s))


# Distinct tokens whose folded form is kept (a token is folded wherever it recurs).
FOLD_TOKEN_MEMO = 200_000


@lru_cache(maxsize=FOLD_TOKEN_MEMO)
def fold_token(tok: str) -> str:
    """``fold`` for one token (no whitespace handling needed), memoized."""
    return fold(tok)


def char_before(s: str, pos: int) -> str:
    """The character before offset ``pos`` of ``s`` past any whitespace ("" at the start), found by
    scanning back, never by copying the text before ``pos`` (a long article has many offsets)."""
    k = pos
    while k > 0 and s[k - 1].isspace():
        k -= 1
    return s[k - 1] if k else ""


def tokens(s: str) -> list[str]:
    """Folded word tokens of ``s``."""
    return WORD_RE.findall(fold(s))


def token_spans(s: str) -> list[tuple[str, int, int]]:
    """(folded token, start, end) over the *original* string, so offsets index ``s``."""
    return [(fold_token(m.group()), m.start(), m.end()) for m in WORD_RE.finditer(s)]


# Script names, as a language's data folder declares them (``language.json`` "script").
ARABIC = "arabic"
LATIN = "latin"
OTHER = "other"
_ARABIC_CHAR = re.compile("[\u0600-\u06FF]")
_ASCII_LETTER = re.compile("[A-Za-z]")
_LATIN_LETTER = re.compile("[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]")


def script_of(s: str) -> str:
    """ARABIC, LATIN or OTHER: the dominant script of the letters in ``s`` (Arabic on a tie)."""
    if s.isascii():   # the common case of a Latin token: no Arabic letter can be there
        return LATIN if _ASCII_LETTER.search(s) else OTHER
    return _counted_script(s)


# Distinct non-ASCII texts whose script is kept: a story's clauses are asked again for every pair they
# take part in (the statement kind, ~90,000 pairs over the benchmark corpus, benchmarks/run.py), and
# counting the letters of a whole clause each time was 7 % of the story stage's CPU time.
SCRIPT_MEMO = 50_000


@lru_cache(maxsize=SCRIPT_MEMO)
def _counted_script(s: str) -> str:
    """``script_of`` of a text with a non-ASCII character: its letters of each script counted."""
    ar, lat = len(_ARABIC_CHAR.findall(s)), len(_LATIN_LETTER.findall(s))
    if ar == 0 and lat == 0:
        return OTHER
    return ARABIC if ar >= lat else LATIN
