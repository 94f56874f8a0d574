"""Words of two figures' signatures paired across Arabic and English (kinds.crossword): table tests on
general news vocabulary (not story phrases), a property test (pairing is symmetric), and the counted
noun read where a plural ends its phrase (kinds.quantity_read)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.kinds import crossword
from factcheck.kinds.crossword import ALIGN_COS
from factcheck.kinds.quantity_traits import head
from story_support import analyze, clashing_values

# (English word, Arabic word): translations of general news nouns and verbs, each paired by its
# cosine (from ALIGN_COS) or a lexicon key both are cues of
SAME = [
    ("soldiers", "جنود"), ("trucks", "شاحنات"), ("schools", "مدارس"), ("villages", "قرى"),
    ("students", "طلاب"), ("doctors", "أطباء"), ("buildings", "مباني"), ("fans", "مشجعين"),
    ("cars", "سيارات"), ("workers", "عمال"), ("bridges", "جسور"), ("hospitals", "مستشفيات"),
    ("patients", "مرضى"), ("families", "أسر"), ("killed", "قتل"), ("attended", "حضر"),
    ("invested", "استثمر"), ("sold", "باع"), ("exported", "صادرات"), ("took part", "شارك"),
]
# ... and words that are not each other's translation: below ALIGN_COS, no shared key
DIFFERENT = [
    ("soldiers", "مدارس"), ("trucks", "طلاب"), ("villages", "أطباء"), ("fans", "شاحنات"),
    ("bridges", "مرضى"), ("hospitals", "سيارات"), ("doctors", "جسور"), ("won", "خسر"),
]
# the other side of one act: cues of two different keys, never paired whatever their cosine
OPPOSED = [("sold", "اشترى"), ("exported", "استيراد"), ("destroyed", "تضررت")]


@pytest.mark.parametrize("en,ar", SAME)
def test_translations_pair(en: str, ar: str) -> None:
    cos, key = crossword.word_pair(en, "en", ar, "ar")
    assert key is not None or cos >= ALIGN_COS


@pytest.mark.parametrize("en,ar", DIFFERENT)
def test_other_words_do_not_pair(en: str, ar: str) -> None:
    cos, key = crossword.word_pair(en, "en", ar, "ar")
    assert key is None and cos < ALIGN_COS


@pytest.mark.parametrize("en,ar", OPPOSED)
def test_opposed_predicates_never_pair(en: str, ar: str) -> None:
    rep, by_id = analyze([("e", "en", f"Dealers {en} 120 tractors on Monday."),
                          ("a", "ar", f"{ar} التجار 90 جرارا يوم الاثنين.")], dt.date(2036, 5, 6))
    figures = [c for c in rep.claims if c.property == "quantity:count"]
    e = next(c for c in figures if c.article == "e")
    a = next(c for c in figures if c.article == "a")
    assert not any(p.rule == crossword.COSINE_RULE and {p.a, p.b} & {"sold", "exported", "destroyed"}
                   for p in crossword.align(e, a))
    assert not [f for f in rep.findings if f.kind == "contradiction" and (f.property or "").startswith("quantity:")]


_ROWS = [
    ("e1", "en", "About 4,000 nurses joined the strike in Lorvane, the union said."),
    ("e2", "en", "Some 250 buses were cancelled in Lorvane on Tuesday."),
    ("a1", "ar", "وشارك في الإضراب نحو 6 آلاف ممرض في لورفان بحسب النقابة."),
    ("a2", "ar", "وألغيت 250 حافلة في لورفان يوم الثلاثاء."),
]


@settings(max_examples=8, deadline=None)
@given(st.permutations(range(4)))
def test_pairing_is_symmetric(order: list[int]) -> None:
    rep, _ = analyze([_ROWS[k] for k in order], dt.date(2036, 5, 6))
    figures = [c for c in rep.claims if c.property.startswith("quantity:")]
    for x in figures:
        for y in figures:
            if crossword.language_of(x) != crossword.language_of(y):
                there = {(p.a, p.b) for p in crossword.align(x, y)}
                back = {(p.b, p.a) for p in crossword.align(y, x)}
                assert there == back


@pytest.mark.parametrize("text,noun", [
    ("About 18,000 cyclists took part in the tour.", "cyclist"),       # a plural ends its phrase (stems)
    ("Officials said 40 heavy goods vehicles crossed the border.", "vehicl"),   # a plural before a plural
    ("Police opened 120 criminal cases.", "cas"),                      # adjectives before the noun
    ("The firm hired 300 new engineers last year.", "engineer"),
])
def test_counted_noun_where_a_plural_ends_the_phrase(text: str, noun: str) -> None:
    rep, _ = analyze([("e", "en", text)], dt.date(2036, 5, 6))
    figure = next(c for c in rep.claims if c.property == "quantity:count")
    assert head(figure) == noun


@pytest.mark.parametrize("first,second,clash", [
    ("About 30,000 fans attended the final.", "About 25,000 fans attended the final.", True),   # neither within the other's spread
    ("About 30,000 fans attended the final.", "About 28,000 fans attended the final.", False),
    ("About 100,000 fans attended the final.", "90,000 fans attended the final.", False),       # the exact one within "about"
    ("Nearly 4,000 volunteers helped.", "Around 3,000 volunteers helped.", True),
])
def test_two_round_figures_meet_when_one_is_within_the_other(first: str, second: str, clash: bool) -> None:
    rep, by_id = analyze([("a", "en", first), ("b", "en", second)], dt.date(2036, 5, 6))
    assert bool(clashing_values(rep, by_id)) is clash
