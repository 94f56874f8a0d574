"""The statement kind's completed language data and rules: a denial against an affirmative word of
a reversal pair, a city or region for a country, pairs of one direction told with different verbs
(reversal groups), the stop-type negating verbs, ordinals and number words swapped, a numeral glued
to its noun or past a function word, the future prefix only before another prefix, and two
happenings of one clause swapped between its segments.

Every sentence here is invented (topics and names appear in no story or seed)."""
from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.kinds import statement, statement_align, statement_data, statement_flow, statement_number, statement_swap
from factcheck.lang import lexicon as lx

from statement_support import reversals_data_error, verdict


# (first clause, second clause, language, expected kind, a word the reason must hold or "")
ROWS = [
    # a denial against an affirmative word of a pair in its slot: the two say opposite things
    ("نقابة الخبازين توافق على الإضراب في مخابز الواحة",
     "نقابة الخبازين تنفي الإضراب في مخابز الواحة", "ar", "contradict", "denied"),
    # ... against a word that itself denies ("rejects" / "opposes"): told two ways, no contradiction
    ("نقابة الخبازين ترفض الإضراب في مخابز الواحة",
     "نقابة الخبازين تعارض الإضراب في مخابز الواحة", "ar", "agree", ""),
    # a city for a country it is not in: a different place
    ("وزير الري يزور مدريد لبحث مشروع السدود الصغيرة",
     "وزير الري يزور فرنسا لبحث مشروع السدود الصغيرة", "ar", "contradict", "a different place"),
    # a city and the country it lies in: one place named twice
    ("وزير الري يزور مدريد لبحث مشروع السدود الصغيرة",
     "وزير الري يزور إسبانيا لبحث مشروع السدود الصغيرة", "ar", "agree", ""),
    # "rises" against "lowered": two pairs of one direction group
    ("ارتفاع أسعار الأعلاف في أسواق الريف الجنوبي",
     "الوزارة تقرر تقليص أسعار الأعلاف في أسواق الريف الجنوبي", "ar", "contradict", "direction ("),
    # a stop-type verb on one side only, before what both share: the happening is denied
    ("البلدية تلغي مهرجان الزهور في الحديقة الكبرى",
     "البلدية تنظم مهرجان الزهور في الحديقة الكبرى", "ar", "contradict", "negators"),
    # a different ordinal in one slot
    ("العداءة تحتل المركز الثالث في سباق الضاحية",
     "العداءة تحتل المركز الخامس في سباق الضاحية", "ar", "contradict", "ordinal"),
    ("The choir won the third prize at the spring festival",
     "The choir won the fifth prize at the spring festival", "en", "contradict", "ordinal"),
    # number words counting different things are no swap
    ("The club hired two coaches before the derby in Lisbon",
     "The club sold three players before the derby in Lisbon", "en", "unrelated", ""),
    # a year past a function word ("لعام 2031" / "لعام 2033"): a different number in one slot
    ("تأجيل افتتاح متحف الخزف لعام 2031", "تأجيل افتتاح متحف الخزف لعام 2033", "ar", "contradict", "number"),
    # a numeral glued to its noun
    ("وفاة عازف العود عن عمر 71عاما", "وفاة عازف العود عن عمر 93عاما", "ar", "contradict", "number"),
    # two happenings of one clause, the shared words swapped between them
    ("ارتفاع أسعار الأرز في الميناء مع هبوط حاد لأسعار الشاي",
     "هبوط حاد في أسعار الأرز في الميناء مع ارتفاع أسعار الشاي", "ar", "contradict", "change direction"),
    # ... and kept with the same happening: the same statement
    ("الأرز يرتفع في الميناء والشاي ينخفض",
     "ارتفاع الأرز في الميناء مع انخفاض الشاي", "ar", "agree", ""),
]


@pytest.mark.parametrize("x,y,lang,kind,why", ROWS)
def test_completed_rules_table(x: str, y: str, lang: str, kind: str, why: str) -> None:
    v = verdict(x, y, lang)
    assert v.kind == kind, v.reason
    assert why in v.reason
    assert verdict(y, x, lang).kind == kind


@pytest.mark.parametrize("word,has,lacks", [
    # the future prefix is stripped only before an imperfect prefix
    ("سيرتفع", "ارتفع", ""),
    ("ستنخفض", "انخفض", ""),
    ("سجل", "سجل", "اجل"),
    ("يسجل", "سجل", "اجل"),
])
def test_future_prefix_only_before_another(word: str, has: str, lacks: str) -> None:
    fs = statement.forms(word, "ar")
    assert has in fs
    if lacks:
        assert lacks not in fs


@pytest.mark.parametrize("text,lang,digits", [
    ("2031", "ar", "2031"), ("71عاما", "ar", "71"), ("الـ80", "ar", "80"), ("عاما", "ar", None),
    ("year", "en", None), ("12kg", "en", "12"),
])
def test_numeral_table(text: str, lang: str, digits: str | None) -> None:
    assert statement_align.numeral(lx.tokenize(text, lang)[0]) == digits


@pytest.mark.parametrize("text,lang,bounded", [
    # a whole qualifier phrase near the numeral
    ("الحصيلة تتجاوز 40 قتيلا", "ar", True), ("نحو 40 قتيلا", "ar", True), ("more than 40 dead", "en", True),
    # a function word of a qualifier phrase alone is none ("عن" of "يزيد عن", "than" of "more than")
    ("توفي عن عمر 71 عاما", "ar", False), ("died at the age of 71", "en", False),
])
def test_bounded_table(text: str, lang: str, bounded: bool) -> None:
    s = statement_align.side(text, lang)
    assert statement_number.bounded(s, s.numbers[0], lang) is bounded


@pytest.mark.parametrize("text,lang,which", [
    ("ارتفاع الأرز مع هبوط الشاي", "ar", [0, 0, 1, 1, 1]),
    ("الأرز يرتفع والشاي ينخفض", "ar", [0, 0, 1, 1]),
    ("rice rose as tea fell", "en", [0, 0, 1, 1, 1]),
])
def test_segments(text: str, lang: str, which: list[int]) -> None:
    assert statement_flow.segments(statement_align.side(text, lang), lang) == which


def test_month_ordinals_are_not_time_words() -> None:
    """The ordinal of a month's name ("كانون الثاني") is an ordinal alone, not a month."""
    words = statement_swap.time_words("ar")
    assert "كانون" in words and "الثاني" not in words


def test_groups_add_a_union_pair() -> None:
    names = [p.name for p in statement_data.reversals("ar").pairs]
    assert any(n.startswith("direction (") for n in names)
    union = next(p for p in statement_data.reversals("ar").pairs if p.name.startswith("direction ("))
    assert not set(union.a) & set(union.b)


def test_bad_group_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = json.loads(resources.files("factcheck.data").joinpath("ar", "reversals.json").read_text(encoding="utf-8"))
    raw["pairs"][0]["group"] = 7
    reversals_data_error(monkeypatch, raw)


CLAUSES = [(r[0], r[2]) for r in ROWS] + [(r[1], r[2]) for r in ROWS]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(CLAUSES), st.sampled_from(CLAUSES))
def test_new_rules_symmetric_and_never_against_itself(x: tuple[str, str], y: tuple[str, str]) -> None:
    """The swap and segment rules do not depend on the order; a clause never contradicts itself."""
    if x[1] == y[1]:
        lang = x[1]
        a, b = statement_align.align(x[0], y[0], lang)
        assert (statement_flow.flow_crossed(a, b, lang) is None) == (statement_flow.flow_crossed(b, a, lang) is None)
        assert (statement_swap.ordinal_swap(a, b, lang) is None) == (statement_swap.ordinal_swap(b, a, lang) is None)
        assert verdict(x[0], y[0], lang).kind == verdict(y[0], x[0], lang).kind
    assert verdict(x[0], x[0], x[1]).kind != "contradict"


def test_clauses_stating_different_years_are_not_one_statement():
    """A bare year is compared by no date claim: two clauses alike in words but for their years
    ("a demolition order issued in 2019" / "in 2018") are not one statement."""
    from factcheck.kinds.statement_align import other_figures
    assert other_figures("A demolition order was issued for the tower in 2019.",
                         "A demolition order was issued for the tower in 2018.")
    assert not other_figures("A demolition order was issued for the tower in 2019.",
                             "The tower had a demolition order since 2019.")
    assert other_figures("صدر قرار إزالة للعقار عام 2019.", "صدر قرار إزالة للعقار عام 2018.")


@pytest.mark.parametrize("lang, a, b, clash", [
    # one number written two ways is no different number
    ("en", "The mill hired 1,000 workers at its plant in Tarbes last year.",
     "The mill hired 1000 workers at its plant in Tarbes last year.", False),
    ("en", "The mill paid 2.5 million euros for the plant in Tarbes.",
     "The mill paid 2.50 million euros for the plant in Tarbes.", False),
    ("ar", "حصل المرشح على ٣٫٥ في المئة من الأصوات في الجولة الأولى.",
     "حصل المرشح على 3.5 في المئة من الأصوات في الجولة الأولى.", False),
    # ... nor are numbers that meet within the precision each states
    ("ar", "حصل المرشح على 3.5 في المئة من الأصوات في الجولة الأولى.",
     "حصل المرشح على 3.54 في المئة من الأصوات في الجولة الأولى.", False),
    # ... nor one number with a scale word, a fraction or another unit
    ("en", "The flood forced 1.5 million people from their homes in Sindh.",
     "The flood forced 1,500,000 people from their homes in Sindh.", False),
    ("en", "The flood forced half a million people from their homes in Sindh.",
     "The flood forced 500,000 people from their homes in Sindh.", False),
    ("en", "The new dam is 120 metres high and holds back the river.",
     "The new dam is 394 feet high and holds back the river.", False),
    ("ar", "أجبر الفيضان مليونا ونصف المليون شخص على مغادرة منازلهم.",
     "أجبر الفيضان 1.5 مليون شخص على مغادرة منازلهم.", False),
    # ... nor a number with a proclitic glued to it ("بـ50", "و٨٠")
    ("ar", "غرامة على الشركة بـ40 مليار دولار في قضية الاحتكار.",
     "غرامة على الشركة ٤٠ مليار دولار في قضية الاحتكار.", False),
    # a different number in the same slot is
    ("en", "The mill hired 1,200 workers at its plant in Tarbes last year.",
     "The mill hired 1,000 workers at its plant in Tarbes last year.", True),
    ("ar", "حصل المرشح على 3.5 في المئة من الأصوات في الجولة الأولى.",
     "حصل المرشح على 5.3 في المئة من الأصوات في الجولة الأولى.", True),
])
def test_numbers_in_statements_are_read_whole(lang, a, b, clash):
    from factcheck.kinds.statement_align import align
    from factcheck.kinds.statement_number import number_change
    sa, sb = align(a, b, lang)
    assert (number_change(sa, sb, lang) is not None) == clash
    sb2, sa2 = align(b, a, lang)
    assert (number_change(sb2, sa2, lang) is not None) == clash


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_thousands_separators_do_not_change_a_number(n):
    from factcheck.kinds.statement_align import side
    from factcheck.kinds.statement_number import same_number, whole_numbers
    plain = whole_numbers(side(f"The port handled {n} boxes.", "en"), "en")
    grouped = whole_numbers(side(f"The port handled {n:,} boxes.", "en"), "en")
    [x], [y] = plain.values(), grouped.values()
    assert x[0] == y[0] == n and same_number(x, y) and same_number(y, x)
