"""Script-level text normalization shared by every stage.

Nothing here knows a language's vocabulary: that lives in ``factcheck/data``. These functions only
fold orthographic variation (diacritics, tatweel, letter variants, digit shapes, case) so that two
spellings of one word compare equal. ``fold`` is idempotent (property-tested).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
_PUNCT_SPACE = re.compile(r"[\s\u200c-\u200f\u202a-\u202e\u00a0]+")
# Word characters: letters/digits (\w) plus the Arabic marks \w leaves out (tatweel, harakat,
# superscript alef), so a vocalized word stays one token; Arabic punctuation (، ؛ ؟ ٪) is excluded.
WORD_RE = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+", re.UNICODE)


def fold(s: str) -> str:
    """Fold a string for comparison: NFKC, no diacritics or tatweel, letter variants, ASCII digits,
    lower case, single spaces. Idempotent."""
    s = unicodedata.normalize("NFKC", s)
    s = araby.strip_tashkeel(s)
    s = araby.strip_tatweel(s)
    s = s.translate(_LETTERS).translate(_DIGITS)
    s = s.lower()
    return _PUNCT_SPACE.sub(" ", s).strip()


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


def tokens(s: str) -> list[str]:
    """Folded word tokens of ``s``."""
    return WORD_RE.findall(fold(s))


def token_spans(s: str) -> list[tuple[str, int, int]]:
    """(folded token, start, end) over the *original* string, so offsets index ``s``."""
    return [(fold_token(m.group()), m.start(), m.end()) for m in WORD_RE.finditer(s)]


_ARABIC_CHAR = re.compile("[\u0600-\u06FF]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def script_of(s: str) -> str:
    """'ar', 'latin' or 'other': the dominant script of the letters in ``s``."""
    ar, lat = len(_ARABIC_CHAR.findall(s)), len(_LATIN_LETTER.findall(s))
    if ar == 0 and lat == 0:
        return "other"
    return "ar" if ar >= lat else "latin"
