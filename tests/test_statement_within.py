"""A short clause told within a longer one (``kinds.statement_within``), and a number told in digits
or in words aligned as one number (``statement_align.number_form``).

Every sentence here is invented (topics and names appear in no story or seed)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lang import lexicon as lx
from factcheck.kinds import statement
from factcheck.kinds.statement_align import NUMBER_MARK, align, number_form
from factcheck.kinds.statement_within import told_within

from statement_support import claim

LONG_EN = ("A team of Portuguese divers were inspecting the foundations on Tuesday morning ahead of a "
           "decision on reopening the crossing to lorries.")
LONG_AR = ("وكان فريق من الغواصين البرتغاليين يتفقد أساسات الجسر صباح الثلاثاء قبل اتخاذ قرار بشأن "
           "إعادة فتحه أمام الشاحنات.")
COUNTED_EN = "The mayor said that three divers inspected the foundations of the bridge before the decision on reopening it"
COUNTED_AR = "وقال المتحدث إن ثلاثة غواصين تفقدوا أساسات الجسر صباح الثلاثاء قبل اتخاذ قرار بشأن إعادة فتحه"

# (short clause, long clause, language, told within?)
ROWS = [
    # every content word of the short clause aligned, in another inflection ("inspected" / "inspecting",
    # "تفقدوا" / "يتفقد", "غواصون" / "الغواصين")
    ("Portuguese divers inspected the foundations.", LONG_EN, "en", True),
    ("Divers inspected the foundations.", LONG_EN, "en", True),
    ("غواصون برتغاليون تفقدوا الأساسات.", LONG_AR, "ar", True),
    ("تفقد الغواصون أساسات الجسر.", LONG_AR, "ar", True),
    # a nationality of its own: another team
    ("Dutch divers inspected the foundations.", LONG_EN, "en", False),
    ("غواصون هولنديون تفقدوا الأساسات.", LONG_AR, "ar", False),
    # a number the long clause does not state, in digits or in words
    ("Two divers inspected the foundations.", LONG_EN, "en", False),
    ("ثلاثة غواصين تفقدوا الأساسات.", LONG_AR, "ar", False),
    ("4 divers inspected the foundations.", COUNTED_EN, "en", False),
    ("4 غواصين تفقدوا الأساسات.", COUNTED_AR, "ar", False),
    # ... the same number, in digits against words
    ("3 divers inspected the foundations.", COUNTED_EN, "en", True),
    ("3 غواصين تفقدوا الأساسات.", COUNTED_AR, "ar", True),
    # one word of four of its own: another thing inspected
    ("Divers inspected the foundations of the lighthouse.", LONG_EN, "en", False),
    ("Divers inspected the hull.", LONG_EN, "en", False),
    ("غواصون تفقدوا البارجة.", LONG_AR, "ar", False),
    # two shared words are a topic, not a fact
    ("The crossing reopened.", LONG_EN, "en", False),
]


def _within(x: str, y: str, lang: str) -> str | None:
    a, b = claim(x, lang, "a1"), claim(y, lang, "a2")
    sa, sb = align(x, y, lang)
    return told_within(a, b, sa, sb, lang)


@pytest.mark.parametrize("short, long_, lang, expected", ROWS)
def test_told_within_table(short, long_, lang, expected):
    got = _within(short, long_, lang)
    assert bool(got) is expected, got
    if expected:
        assert got.startswith("same statement, told within a longer clause") and f"{lang}.inflections" in got


@pytest.mark.parametrize("short, long_, lang, expected", ROWS)
def test_told_within_is_symmetric(short, long_, lang, expected):
    assert bool(_within(long_, short, lang)) is expected


def test_a_named_person_the_long_clause_lacks_is_not_told_within():
    short = claim("Harriet Voss said divers inspected the foundations.", "en", "a1").model_copy(
        update={"entities": ["vs"]})
    long_ = claim(LONG_EN, "en", "a2")
    sa, sb = align(short.quote, long_.quote, "en")
    assert told_within(short, long_, sa, sb, "en") is None


def test_the_statement_kind_agrees_on_a_clause_told_within():
    """Through ``statement.judge`` with the story's rare words: the shared words are not rare (the
    story's topic), so only the alignment finds the pair."""
    for short, long_, lang in (("Portuguese divers inspected the foundations.", LONG_EN, "en"),
                               ("غواصون برتغاليون تفقدوا الأساسات.", LONG_AR, "ar")):
        a, b = claim(short, lang, "a1"), claim(long_, lang, "a2")
        got = statement.judge(a, b, 0.0, frozenset())
        assert got.kind == "agree" and "told within" in got.reason


# (token, language, number key or None)
NUMBER_ROWS = [
    ("3", "en", "3"), ("five", "en", "5"), ("twelve", "en", "12"), ("ثلاثة", "ar", "3"), ("ثلاث", "ar", "3"),
    ("خمسة", "ar", "5"), ("و10", "ar", "10"), ("١٠", "ar", "10"), ("divers", "en", None), ("غواصين", "ar", None),
]


@pytest.mark.parametrize("word, lang, key", NUMBER_ROWS)
def test_number_form_table(word, lang, key):
    tok = lx.tokenize(word, lang)[0]
    assert number_form(tok, lang) == (frozenset({f"{NUMBER_MARK}{key}"}) if key else frozenset())


@pytest.mark.parametrize("x, y, lang", [
    ("five medical students were hurt in the hostel fire", "5 medical students were hurt in the hostel fire", "en"),
    ("حصد الفريق ثلاث نقاط في المجموعة الثانية", "حصد الفريق 3 نقاط في المجموعة الثانية", "ar"),
])
def test_a_number_in_words_aligns_with_digits(x, y, lang):
    sa, sb = align(x, y, lang)
    assert set(sa.content) <= sa.aligned and set(sb.content) <= sb.aligned


WORDS_EN = ["divers", "inspected", "the", "foundations", "Dutch", "two", "3", "bridge", "crew", "rescued", "of"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS_EN), min_size=1, max_size=6),
       st.lists(st.sampled_from(WORDS_EN), min_size=1, max_size=10))
def test_told_within_symmetric_property(xs, ys):
    x, y = " ".join(xs), " ".join(ys)
    assert bool(_within(x, y, "en")) == bool(_within(y, x, "en"))


# (clause, clause, language): a country, its nationality and its people are one name to the aligner
NAME_ROWS = [
    ("a British national was rescued", "a national of Britain was rescued", "en"),
    ("53 Britons were on board", "53 British travellers were on board", "en"),
    ("French engineers inspected the pier", "engineers from France inspected the pier", "en"),
    ("وصل مهندسون مغربيون إلى الجسر", "وصل مهندسون من المغرب إلى الجسر", "ar"),
]


@pytest.mark.parametrize("x, y, lang", NAME_ROWS)
def test_a_country_and_its_nationality_align(x, y, lang):
    sa, sb = align(x, y, lang)
    names_a = [i for i in sa.names if i in sa.content]
    names_b = [i for i in sb.names if i in sb.content]
    assert names_a and names_b
    assert set(names_a) <= sa.aligned and set(names_b) <= sb.aligned


@pytest.mark.parametrize("x, y, lang", [
    ("French engineers inspected the pier", "Spanish engineers inspected the pier", "en"),
    ("وصل مهندسون مغربيون إلى الجسر", "وصل مهندسون تونسيون إلى الجسر", "ar"),
])
def test_two_nationalities_still_clash(x, y, lang):
    got = statement.judge(claim(x, lang, "a1"), claim(y, lang, "a2"), 0.0, frozenset())
    assert got.kind == "contradict" and "a different country" in got.reason
