"""Bare currency nouns ("riyals", "دينار", "pesos": several currencies in use today, CLDR) and the
Arabic accusative of units, read by factcheck.mentions.values; which currency such a noun means in
its article (factcheck.kinds.currency). Invented phrases, one row each."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.kinds import currency
from factcheck.kinds.quantity_value import dimension
from factcheck.mentions.values import find_values


def one(text, lang):
    vals = find_values(text, lang)
    assert len(vals) == 1, [(v.kind, v.value, text[v.start:v.end]) for v in vals]
    return vals[0]


# (lang, phrase, normal form, step)
ROWS = [
    ("en", "a fine of 40 riyals", "40 QAR|SAR", 1),
    ("en", "7.5 billion dinars of bonds", "7500000000 BHD|DZD|IQD|JOD|KWD|LYD|RSD|TND", 100000000),
    ("en", "raised 4.5 billion pesos", "4500000000 ARS|CLP|COP|CUP|DOP|MXN|PHP|UYU", 100000000),
    ("en", "12 million rupees", "12000000 INR", 1000000),               # hand-written en values.json wins
    ("en", "12 million shillings", "12000000 KES|SOS|TZS|UGX", 1000000),
    ("en", "a 40 billion dollar plan", "40000000000 USD", 1000000000),   # hand-written: the dollar is USD
    ("en", "40 Qatari riyals", "40 QAR", 1),                            # the currency's own name wins
    ("en", "SAR 40 million", "40000000 SAR", 1000000),
    ("ar", "غرامة 40 ريالا", "40 BRL|IRR|OMR|QAR|SAR|YER", 1),            # accusative, as after 11-99
    ("ar", "بقيمة 150 مليار جنيه", "150000000000 EGP|FKP|GBP|GIP|SDG|SHP|SSP", 1000000000),
    ("ar", "سندات بقيمة 3 مليارات دينار", "3000000000 BHD|DZD|IQD|JOD|KWD|LYD|MKD|RSD|TND", 1000000000),
    ("ar", "150 مليار جنيه مصري", "150000000000 EGP", 1000000000),
    ("ar", "مساحة 95 كيلومترا مربعا", "95 km2", 1),                       # unit accusative (CLDR: كيلومتر مربع)
    ("ar", "على مساحة 40 مترا مربعا", "40 m2", 1),
    ("ar", "على مساحة 17 ألف هكتار", "17000 ha", 1000),
]


@pytest.mark.parametrize("lang, text, value, step", ROWS)
def test_bare_currency_nouns_and_arabic_accusative_units(lang, text, value, step):
    v = one(text, lang)
    assert (v.kind, v.value, v.step) == ("number", value, step)


@pytest.mark.parametrize("text, value, step", [
    ("land rights worth EGP150bn", "150000000000 EGP", 1000000000),   # a code glued to digits, with a scale
    ("a market value of SAR63.5bn", "63500000000 SAR", 100000000),
    ("a fee of E£150bn", "150000000000", 1000000000),   # a sign glued to a letter is no bare '£' (not GBP)
    ("a market value of SAR 63 billion", "63000000000 SAR", 1000000000),
])
def test_currency_signs_and_codes_next_to_the_digits(text, value, step):
    v = one(text, "en")
    assert (v.value, v.step) == (value, step)


@pytest.mark.parametrize("text", ["the TOP10 list", "ALL100 of them"])
def test_a_code_glued_to_digits_without_a_scale_is_no_money(text):
    assert not [v for v in find_values(text, "en") if " " in v.value]


@pytest.mark.parametrize("lang, text, value", [
    ("en", "he carried 20 pounds of flour", "20"),     # "pound" is also a unit of mass: not read as money
    ("en", "Spain have 3 won and 2 lost", "3"),         # "won": UNREAD_CURRENCY_NOUNS
])
def test_nouns_also_a_unit_or_a_common_word_are_not_currencies(lang, text, value):
    assert find_values(text, lang)[0].value == value


@pytest.mark.parametrize("value, dim", [
    ("40 QAR|SAR", "money:QAR|SAR"),
    ("40 SAR", "money:SAR"),
    ("40 km|m", "unit:km|m"),        # not currency codes: no money
])
def test_dimension_of_a_bare_noun_keeps_its_candidates(value, dim):
    assert dimension(value)[0] == dim


# (article, figure, resolved normal form or None)
ARTICLES = [
    ("Dunmore Air raised SAR 2 billion. Its shares were sold at 40 riyals.", "40 QAR|SAR", "40 SAR"),
    ("The Qatari carrier sold its shares at 40 riyals.", "40 QAR|SAR", "40 QAR"),
    ("The Omani port operator paid 3 million rials.", "3000000 IRR|OMR|YER", "3000000 OMR"),
    ("Tunisia's bank raised 7 billion dinars.", "7000000000 BHD|DZD|IQD|JOD|KWD|LYD|RSD|TND",
     "7000000000 TND"),
    # two candidate countries named: nothing decides
    ("A Kuwaiti fund will invest in Tunisia; the deal is worth 7 billion dinars.",
     "7000000000 BHD|DZD|IQD|JOD|KWD|LYD|RSD|TND", None),
    # money in two candidate currencies: nothing decides, whatever the countries
    ("Qatar paid QAR 5 billion and Saudi Arabia SAR 4 billion; the rest, 40 riyals a share.", "40 QAR|SAR", None),
    # no evidence at all
    ("Shares were sold at 40 riyals.", "40 QAR|SAR", None),
    ("The company sold 40 shares.", "40", None),     # no bare noun: nothing to resolve
]


@pytest.mark.parametrize("text, value, resolved", ARTICLES)
def test_a_bare_noun_is_resolved_by_its_article_only(text, value, resolved):
    got = currency.resolve(value, text, "en")
    assert (got[0] if got else None) == resolved
    if got:
        assert got[1].startswith("currency:") and got[2] in text   # provenance: the rule and what decided


def test_an_arabic_bare_noun_is_resolved_by_the_country_named():
    text = "أعلنت الحكومة المصرية أن الشركة ستدفع 150 مليار جنيه."
    got = currency.resolve("150000000000 EGP|FKP|GBP|GIP|SDG|SHP|SSP", text, "ar")
    assert got is not None and got[0] == "150000000000 EGP"


CODES = st.lists(st.sampled_from(["QAR", "SAR", "OMR", "YER", "EGP", "GBP", "TND", "KWD"]), min_size=2,
                 max_size=5, unique=True)


@settings(max_examples=60, deadline=None)
@given(codes=CODES, n=st.integers(min_value=1, max_value=10 ** 9), stated=st.sampled_from(["QAR", "SAR", "EGP", "USD"]))
def test_resolution_picks_a_candidate_or_nothing(codes, n, stated):
    """Whatever the article, a resolved figure keeps its number and gets one of its own candidates."""
    unit = "|".join(sorted(codes))
    got = currency.resolve(f"{n} {unit}", f"It paid {stated} 5 million. The rest: {n} units.", "en")
    if got is not None:
        head, _, code = got[0].partition(" ")
        assert head == str(n) and code in codes and code == stated
