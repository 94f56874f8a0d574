"""Statement pairs judged on what differs (issue 13, D): a reversal word aligned only as a word of the
same direction list as another word (not hidden), the elatives of antonym adjectives
(tools/build_participles.py), one relational (nisba) adjective for another of the same noun, and
bounded or approximate figures whose ranges have nothing in common.

Every sentence here is invented (topics, names and figures appear in no story or seed)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from statement_support import load_tool, verdict

from factcheck.kinds import statement_data
from factcheck.kinds.statement_number import apart
from factcheck.mentions.values import ValueMention

ROOT = Path(__file__).resolve().parents[1]


build_participles = load_tool("build_participles")


# (first clause, second clause, expected kind, a word the reason must hold or "")
ROWS = [
    # "يصعد" meets "برفع" of the other clause only as a word of the "up" group: its direction still counts
    ("التلويح برفع الرسوم يهبط بأسهم المزارع", "التلويح برفع الرسوم يصعد بأسهم المزارع", "contradict", "up / down"),
    # elatives generated from antonym adjectives (طويل -> أطول, قصير -> أقصر)
    ("النفق الأطول في شبكة قطارات الإقليم", "النفق الأقصر في شبكة قطارات الإقليم", "contradict", "long / short"),
    ("الطريق الأسهل إلى قمة جبل الصفصاف", "الطريق الأصعب إلى قمة جبل الصفصاف", "contradict", "easy / difficult"),
    # one relational adjective for another of the same noun, everything else shared
    ("فيلم وثائقي يفوز بجائزة مهرجان الواحات", "فيلم كوميدي يفوز بجائزة مهرجان الواحات", "contradict", "nisba"),
    ("متحف ريفي يسمح بالتصوير في قاعاته", "متحف بحري يسمح بالتصوير في قاعاته", "contradict", "nisba"),
    # ... not an adjective of another ending (another noun's adjective), nor a noun for an adjective
    ("فيلم وثائقي يفوز بجائزة مهرجان الواحات", "فيلم الرحلة يفوز بجائزة مهرجان الواحات", "agree", ""),
    # approximate ages with no value in common; an approximation holding the other value agrees
    ("وفاة الرسام سليم العطار عن عمر يناهز 50 عاما", "وفاة الرسام سليم العطار عن عمر يناهز 90 عاما",
     "contradict", "different number"),
    ("نحو 100 صياد يشاركون في مسابقة البحيرة", "95 صيادا يشاركون في مسابقة البحيرة", "agree", ""),
]


@pytest.mark.parametrize("x,y,kind,why", ROWS)
def test_statement_pairs(x: str, y: str, kind: str, why: str) -> None:
    v = verdict(x, y, "ar")
    assert v.kind == kind, v.reason
    assert why in v.reason
    assert verdict(y, x, "ar").kind == kind   # the kind does not depend on the order


ELATIVES = [
    ("طويل", "أطول"),
    ("واسع", "أوسع"),
    ("صعب", "أصعب"),
    ("خفيف", "أخف"),      # a doubled root writes its last two letters once
    ("قوي", "أقوى"),       # a weak last root letter: alif maqsura
    ("ضيق", "أضيق"),
    ("بطيء", None),        # hamzated: not the plain pattern
    ("انخفض", None),       # a verb of a derived measure
    ("رئيسة", None),       # ta marbuta: a noun
    ("عجز عن", None),      # a phrase
]


@pytest.mark.parametrize("word,expected", ELATIVES)
def test_elative(word: str, expected: str | None) -> None:
    assert build_participles.elative(word) == expected


def test_elatives_file_is_what_the_tool_writes() -> None:
    text = (ROOT / "factcheck" / "data" / "ar" / "reversals.json").read_text(encoding="utf-8")
    assert build_participles.build() == text


def test_elatives_extend_their_adjectives_lists() -> None:
    pair = next(p for p in statement_data.reversals("ar").pairs if p.name == "long / short")
    assert ("اطول",) in pair.a and ("اقصر",) in pair.b


def _figure(low: float | None, high: float | None, qualifier: str, value: str = "7") -> ValueMention:
    return ValueMention("number", value, low, high, qualifier, 0, 1, "test")


APART = [
    (_figure(45, 55, "about"), _figure(81, 99, "about"), True),
    (_figure(90, None, "more_than"), _figure(None, 90, "less_than"), True),
    (_figure(90, None, "at_least"), _figure(None, 90, "at_most"), False),
    (_figure(90, None, "more_than"), _figure(120, 120, "exact"), False),
    (_figure(90, 110, "about"), _figure(95, 95, "exact"), False),
    (_figure(5, 5, "exact", "5 USD"), _figure(50, 50, "exact", "50 EUR"), False),   # other currencies
]


@pytest.mark.parametrize("x,y,expected", APART)
def test_apart(x: ValueMention, y: ValueMention, expected: bool) -> None:
    assert apart(x, y) is expected


bounds = st.one_of(st.none(), st.integers(0, 1000).map(float))
qualifiers = st.sampled_from(["exact", "about", "more_than", "less_than", "at_least", "at_most"])


@settings(max_examples=200, deadline=None)
@given(bounds, bounds, qualifiers, bounds, bounds, qualifiers)
def test_apart_is_symmetric(l1, h1, q1, l2, h2, q2) -> None:
    x, y = _figure(l1, h1, q1), _figure(l2, h2, q2)
    assert apart(x, y) == apart(y, x)
