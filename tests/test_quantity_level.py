"""A change and the level it reaches ("profit rose 24% to 3.1 billion euros", "ارتفع بنسبة 24% إلى 3.1
مليار يورو"): the level's words are read past the figure of change, so the level is a claim of what
changed (profit) and agrees across languages. Table test of the quantity reader and an invented
results story."""
import datetime as dt

import pytest

from factcheck.kinds import quantity_read
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from story_support import analyze


@pytest.mark.parametrize("text,lang,value,word", [
    ("Its net profit rose 24% to 3.1 billion euros in 2035.", "en", "3100000000 EUR", "profit"),
    ("Revenue climbed 11% to 48.2 billion euros.", "en", "48200000000 EUR", "revenue"),
    ("وارتفعت الإيرادات بنسبة 11% إلى 48.2 مليار يورو.", "ar", "48200000000 EUR", None),
])
def test_the_level_reads_past_the_change(text: str, lang: str, value: str, word: str | None) -> None:
    toks = lx.tokenize(text, lang)
    vals = values.find_values(text, lang)
    taken = {k for v in vals for k in lx.covered(toks, v.start, v.end)}
    v = next(v for v in vals if v.value == value)
    q = quantity_read.frame(text, toks, v, lang, taken, [], lambda k: k)
    assert q is not None and q.value == value
    if word is not None:
        assert word in q.signature


@pytest.mark.parametrize("text,lang,value,words,not_words", [
    # the change's unit words, or a change in words, are read past and not taken as what the level measures
    ("The bank raised its benchmark interest rate by 50 basis points to 4.75% on Monday.", "en", "4.75%",
     {"benchmark", "rate"}, {"basi", "point"}),
    ("The bank lifted its main rate by half a percentage point to 4.75%.", "en", "4.75%",
     {"main", "rate"}, {"half", "percentage", "point"}),
    ("رفع البنك سعر الفائدة الرئيسي بمقدار 50 نقطة أساس إلى 4.75%.", "ar", "4.75%", {"سعر"}, {"نقط", "اساس"}),
])
def test_the_change_is_read_past(text, lang, value, words, not_words):
    toks = lx.tokenize(text, lang)
    vals = values.find_values(text, lang)
    taken = {k for v in vals for k in lx.covered(toks, v.start, v.end)}
    v = next(v for v in vals if v.value == value)
    q = quantity_read.frame(text, toks, v, lang, taken, [], lambda k: k)
    assert q is not None and words <= set(q.signature) and not not_words & set(q.signature)


def test_levels_agree_across_languages():
    rows = [("r1", "en", "Kelda Foods said its net profit rose 18% to 2.4 billion euros."),
            ("r2", "ar", "قالت شركة كيلدا فودز إن صافي أرباحها ارتفع بنسبة 18% إلى 2.4 مليار يورو.")]
    rep, by_id = analyze(rows, dt.date(2039, 3, 1))
    agreed = {by_id[f.claims[0]].value for f in rep.findings if f.kind == "agreement"}
    assert "2400000000 EUR" in agreed
