"""Short one-paragraph articles (headlines, news flashes) as statements, and the statement rules they
exercise: a place named with a proclitic, a short clause told within a longer one, two opposite words
side by side, verbal-noun and hollow-verb forms.

Every sentence here is invented (topics, names and figures appear in no story or seed)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import pipeline
from factcheck.extract import normalize
from factcheck.kinds import statement, statement_align, statement_flow
from factcheck.lang import lexicon as lx
from factcheck.models import Article

from statement_support import verdict

DAY = dt.date(2021, 5, 4)


def article(aid: str, text: str) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text, language="ar", published=DAY)


def statements(text: str) -> list[str]:
    """Quotes of the statement claims of a one-article story."""
    return [c.quote for c in pipeline.analyze([article("h1", text)]).claims if c.property == "statement"]


@pytest.mark.parametrize("text,quotes", [
    # a figure makes its own claim; the headline is still one statement as a whole
    ("12 سفينة حبوب تغادر ميناء الجزيرة الشمالية.", ["12 سفينة حبوب تغادر ميناء الجزيرة الشمالية."]),
    # ".." cuts the headline in two sentences: one statement of the whole
    ("صادرات البن ترتفع.. ومزارعو الوادي متفائلون.", ["صادرات البن ترتفع.. ومزارعو الوادي متفائلون."]),
    # a plain one-clause headline: its one statement
    ("مزارعو الوادي يبدأون حصاد البن مبكرا.", ["مزارعو الوادي يبدأون حصاد البن مبكرا."]),
])
def test_one_line_article_is_one_statement(text: str, quotes: list[str]) -> None:
    assert statements(text) == quotes


def test_longer_articles_keep_their_clause_statements() -> None:
    """Two lines, or one line longer than ONE_STATEMENT_MAX_WORDS: clause by clause."""
    two = "مزارعو الوادي يبدأون حصاد البن مبكرا.\n\nوتتوقع التعاونية محصولا أكبر من العام الماضي."
    assert len(statements(two)) == 2
    long_one = " ".join(["مزارعو الوادي يبدأون حصاد البن مبكرا هذا الموسم بسبب الأمطار."] * 6)
    assert len(long_one.split()) > normalize.ONE_STATEMENT_MAX_WORDS
    assert all(len(q.split()) < len(long_one.split()) for q in statements(long_one))


WORDS = ["مزارعو", "الوادي", "يبدأون", "حصاد", "البن", "مبكرا", "ميناء", "الجزيرة", "سفينة", "حبوب", "تغادر", "14"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=4, max_size=12), st.sampled_from(["", ".. ", "، "]))
def test_a_headline_has_at_most_one_statement(words: list[str], cut: str) -> None:
    """Whatever its words and inner punctuation, a short headline yields at most one statement, and
    that statement spans every clause the article has."""
    half = len(words) // 2
    text = " ".join(words[:half]) + (cut or " ") + " ".join(words[half:]) + "."
    quotes = statements(text)
    assert len(quotes) <= 1
    if quotes:
        assert text.startswith(quotes[0].rstrip(".")) or quotes[0] in text


# (first clause, second clause, expected kind, a word the reason must hold)
ROWS = [
    # a country named with a proclitic ("لكندا", "بالبرازيل") swapped for another
    ("الوزارة تعلن تصدير القمح لكندا", "الوزارة تعلن تصدير القمح للبرازيل", "contradict", "country"),
    ("فيضانات تجرف 3 جسور في بيرو", "فيضانات تجرف 3 جسور بالإكوادور", "contradict", "country"),
    # a short clause told within a longer one, denied in it
    ("شركة الأسمنت تبيع مصنع الضاحية لمستثمر أجنبي في صفقة كبيرة داخل السوق المحلية هذا العام",
     "شركة الأسمنت ترفض بيع مصنع الضاحية", "contradict", "denied"),
    # ... or with the opposite word
    ("نقابة الممرضين توافق على خطة الأجور الجديدة بعد مفاوضات طويلة مع إدارة المستشفيات الجامعية",
     "نقابة الممرضين ترفض خطة الأجور الجديدة", "contradict", "reversals"),
    # a verbal noun whose pattern ends like a suffix is not another word ("إعلان" is not "أعلى")
    ("رسميا.. الوزارة تعلن زيادة رسوم الموانئ", "إعلان عن انخفاض رسوم الموانئ", "contradict", "reversals"),
    # a hollow verb's imperfect ("تزيد") is the verb of its list
    ("الجزيرة تخفض صادراتها من الملح", "الجزيرة تزيد صادراتها من الملح", "contradict", "reversals"),
    # the same headline told more briefly: no contradiction
    ("شركة الأسمنت تبيع مصنع الضاحية لمستثمر أجنبي في صفقة كبيرة داخل السوق المحلية",
     "شركة الأسمنت تبيع مصنع الضاحية", "agree", ""),
]


@pytest.mark.parametrize("x,y,kind,why", ROWS)
def test_headline_rules_table(x: str, y: str, kind: str, why: str) -> None:
    v = verdict(x, y, "ar")
    assert v.kind == kind, v.reason
    assert why in v.reason
    assert verdict(y, x, "ar").kind == kind


ABUTTING = ("تداعيات الجفاف مستمرة.. تراجع معدل النمو الريفي", "معدلات النمو تتراجع في الريف والجفاف سببا")


def test_opposite_words_side_by_side_are_not_two_directions() -> None:
    """"Growth falls": the rise word is what falls, not a second direction."""
    assert verdict(*ABUTTING, "ar").kind != "contradict"


def test_abutting_check_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the check the pair above is read as two opposite directions."""
    monkeypatch.setattr(statement_flow, "abutting", lambda s, k: False)
    assert verdict(*ABUTTING, "ar").kind == "contradict"


@pytest.mark.parametrize("word,key,has", [
    ("إعلان", "#0a", False),     # not "أعلى" (highest)
    ("ارتفاع", "#0a", True),     # the verbal noun of a list verb
    ("تزيد", "#0a", True),       # the hollow verb's imperfect
    ("نزيد", "#2a", True),
    ("تخفض", "#2b", True),
])
def test_list_membership_of_forms(word: str, key: str, has: bool) -> None:
    form = lx.tokenize(word, "ar")[0].form
    assert (key in statement.word_forms(form, "ar")) is has


@pytest.mark.parametrize("short_share,expected", [(1.0, False), (0.9, False), (0.8, True), (0.5, True)])
def test_contained_threshold(short_share: float, expected: bool) -> None:
    """The shorter clause decides: all its words but "ترفض" aligned against a long clause."""
    a, b = statement_align.align(ROWS[2][0], ROWS[2][1], "ar")
    assert statement_align.contained(a, b, set(), set(), short_share) is expected
    assert not statement_align.same_frame(a, b, set(), set())   # the share of the longer one is too low


# A denial ("fails to", "rejects") against a clause holding a reversal word: the word vetoes the
# denial (the other side says it with its own opposite word) only when it is in the denial's slot or
# of a pair the denying side uses, and, in the slot, only a word of a pair's second list (the one
# that itself denies: "opposes", "falls"). (first clause, second clause, contradiction expected)
DENIAL_ROWS = [
    # a fall word far from the denied verb is other content: the denial stands
    ("البلدية تفشل في افتتاح الجسر الجديد فوق النهر",
     "البلدية تفتتح الجسر الجديد فوق النهر وسط انخفاض الحرارة", True),
    ("نادي الشطرنج يفشل في تنظيم البطولة الإقليمية رغم زيادة المشتركين", "نادي الشطرنج ينظم البطولة الإقليمية", True),
    # "rejects the plan" / "opposes the plan": the opposite word in the denial's slot says the same
    ("اللجنة ترفض خطة النقل الجديدة", "اللجنة تعارض خطة النقل الجديدة", False),
    # "ignores the project" / "backs the project": an affirmative word in the slot is the contrary
    ("المجلس يتجاهل مشروع السكك الحديدية", "المجلس يساند مشروع السكك الحديدية", True),
]


@pytest.mark.parametrize("x,y,contradicts", DENIAL_ROWS)
def test_denial_against_a_reversal_word(x: str, y: str, contradicts: bool) -> None:
    for first, second in ((x, y), (y, x)):
        v = verdict(first, second, "ar")
        assert (v.kind == "contradict") is contradicts, v.reason
        if contradicts:
            assert "denied" in v.reason


def test_denial_slot_window_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wider slot turns the first row's far rise word into a veto; none turns the slot rows into denials."""
    monkeypatch.setattr(statement, "DENIAL_SLOT_WINDOW", 3)
    assert verdict(*DENIAL_ROWS[0][:2], "ar").kind != "contradict"
    monkeypatch.setattr(statement, "DENIAL_SLOT_WINDOW", 0)
    assert verdict(*DENIAL_ROWS[2][:2], "ar").kind == "contradict"
