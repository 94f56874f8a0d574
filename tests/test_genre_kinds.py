"""Tables for the readings the genre stories rely on: which ordinals are ranks, and the words a
figure's signature reads past a rank (English and Arabic, invented phrases)."""
import pytest

from factcheck.extract import frames
from factcheck.kinds import rank
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from factcheck.models import Article, Clause


def _ordinal_span(text, lang):
    toks = lx.tokenize(text, lang)
    v = next(v for v in values.find_values(text, lang) if v.kind == "ordinal")
    return toks, lx.covered(toks, v.start, v.end)


# one row per phrase -> is its ordinal a rank (a rank cue next to it)?
@pytest.mark.parametrize("text, lang, expected", [
    ("The Farmers' Bloc came second with 64 seats.", "en", True),
    ("Ola Brekke finished third in the sprint.", "en", True),
    ("Ortiz won a second term on Sunday.", "en", False),
    ("The second round is due in May.", "en", False),
    ("وحل تكتل المزارعين ثانيا بـ64 مقعدا.", "ar", True),
    ("وجاء في المركز الثالث.", "ar", True),
    ("وتجرى الجولة الثانية في مايو.", "ar", False),
])
def test_an_ordinal_is_a_rank_next_to_a_rank_cue(text, lang, expected):
    toks, span = _ordinal_span(text, lang)
    assert rank.is_rank(toks, span, lang) is expected


def _keywords(text, lang, value):
    art = Article(id="x", path="x.txt", text=text, language=lang)
    clause = Clause(article="x", start=0, end=len(text), sentence_start=0, sentence_end=len(text), paragraph=0)
    toks = lx.tokenize(text, lang)
    drafts = frames.valued_frames(art, clause, toks, values.find_values(text, lang))
    return next(sorted(d.keywords) for d in drafts if d.property.startswith("quantity:") and d.value == value)


# one row per phrase -> the words of the figure's signature (a rank read past, never into it)
@pytest.mark.parametrize("text, lang, value, words", [
    ("The Farmers' Bloc came second with 64 seats.", "en", "64", ["bloc", "came", "farmer", "seat"]),
    ("The Farmers' Bloc won 64 seats.", "en", "64", ["bloc", "farmer", "seat", "won"]),
    ("وحل تكتل المزارعين ثانيا بـ64 مقعدا.", "ar", "64", ["تكتل", "مزارع", "مقعد"]),
])
def test_a_figure_s_words_read_past_a_rank(text, lang, value, words):
    assert _keywords(text, lang, value) == words
