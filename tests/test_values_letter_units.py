"""One-letter unit forms read by the words around them (``factcheck.mentions.value_letters``): 'm' is a
metre, a million after money and a minute before a word of elapsed time; Arabic 'م' is a metre, and no
figure after a year or clock word. Invented phrases, one row each: (phrase, kind, normal form, step)."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.mentions.values import find_values


def one(text, lang):
    """The single value mention of ``text`` (the test fails if there are more or none)."""
    vals = find_values(text, lang)
    assert len(vals) == 1, [(v.kind, v.value, text[v.start:v.end]) for v in vals]
    return vals[0]


ROWS = [
    # a length: athletics marks, race distances, sizes
    ("en", "Okafor cleared 2.31m at the end.", "number", "2.31 m", 0.01),
    ("en", "a best leap of 7.96 m", "number", "7.96 m", 0.01),
    ("en", "she won the 800m final", "number", "800 m", 1),
    ("en", "a 12.5m-long fishing boat", "number", "12.5 m", 0.1),
    ("en", "the 3000m steeplechase", "number", "3000 m", 1),
    ("en", "about 4.2m high", "number", "4.2 m", 0.1),
    # money: a currency before or after, a money cue before, a money noun after
    ("en", "a £7m signing", "number", "7000000 GBP", 1000000),
    ("en", "a deal of US$ 2.5m", "number", "2500000 USD", 100000),
    ("en", "a further 3m euros", "number", "3000000 EUR", 1000000),
    ("en", "a club valued at 90m", "number", "90000000", 1000000),
    ("en", "a 6m fee", "number", "6000000", 1000000),
    # a duration: before a word of elapsed time; several compact units are the compound rule's
    ("en", "the bell rang 3m later", "duration", "PT3M", 1 / 60),
    ("en", "a lap of 1h 04m", "duration", "PT1H4M0S", 1 / 60),
    # Arabic: a metre unless a year or clock word comes before
    ("ar", "قفز العداء 7.96 م", "number", "7.96 m", 0.01),
    ("ar", "فازت بسباق 800 م", "number", "800 m", 1),
    ("ar", "سباق 3000 م موانع", "number", "3000 m", 1),
]


@pytest.mark.parametrize("lang, text, kind, value, step", ROWS)
def test_letter_unit_reading(lang, text, kind, value, step):
    v = one(text, lang)
    assert (v.kind, v.value) == (kind, value)
    assert v.step == pytest.approx(step)
    assert "letter" in v.rule or kind == "duration"


# phrases where the letter is no unit of the figure
NOT_A_UNIT = [
    ("ar", "في عام 1987 م", "date", "1987"),
    ("ar", "الساعة 9 م", "time", "09:00"),
]


@pytest.mark.parametrize("lang, text, kind, value", NOT_A_UNIT)
def test_letter_after_a_year_or_a_clock_word_is_no_unit(lang, text, kind, value):
    v = one(text, lang)
    assert (v.kind, v.value) == (kind, value)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=99), st.booleans())
def test_a_mark_in_m_reads_as_in_metres(whole, cents, spaced):
    """Whatever the figure, 'N.NNm' and 'N.NN metres' are one length (the letter is the metre)."""
    digits = f"{whole}.{cents:02d}"
    short = one(f"a jump of {digits}{' ' if spaced else ''}m in the final", "en")
    long = one(f"a jump of {digits} metres in the final", "en")
    assert (short.kind, short.value, short.step) == (long.kind, long.value, long.step)
