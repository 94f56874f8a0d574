"""The statement kind: clauses compared as a whole are judged agree / contradict / unrelated.

Every sentence here is invented (topics and names appear in no story or seed)."""
from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lang import lexicon as lx
from factcheck.kinds import statement

from statement_support import claim, verdict

SCRIPT_LANG = {"ar": "ar", "latin": "en"}


EN = [
    ("The city council approved the new parking plan on Monday.",
     "The city council rejected the new parking plan on Monday.", "contradict"),
    ("Shares of the regional bakery chain rose sharply after the results.",
     "Shares of the regional bakery chain fell sharply after the results.", "contradict"),
    ("The museum will reopen its east wing to visitors next month.",
     "The museum will close its east wing to visitors next month.", "contradict"),
    ("The rail union approved the wage agreement with the operators.",
     "The rail union did not approve the wage agreement with the operators.", "contradict"),
    ("The ferry company carried 300 passengers across the lake.",
     "The ferry company carried 500 passengers across the lake.", "contradict"),
    ("The orchestra postponed its winter tour of the coastal towns.",
     "The orchestra began its winter tour of the coastal towns.", "contradict"),
    ("The library will extend its opening hours on weekends.",
     "The library is extending its opening hours at weekends.", "agree"),
    ("The bakery chain opened a new branch in the harbour district.",
     "Heavy rain flooded the roads of the harbour district.", "unrelated"),
    # one side holds both directions ("rose after a fall"): no opposition, the shared words agree
    ("Shares of the bakery chain rose after a fall last week.",
     "Shares of the bakery chain rose on the quarterly results.", "agree"),
]

AR = [
    ("وافق مجلس المدينة على خطة المواقف الجديدة",
     "رفض مجلس المدينة خطة المواقف الجديدة", "contradict"),
    ("ارتفعت أسعار الخبز في الأسواق المحلية",
     "انخفضت أسعار الخبز في الأسواق المحلية", "contradict"),
    ("استأنفت شركة العبارات رحلاتها بين الضفتين",
     "أوقفت شركة العبارات رحلاتها بين الضفتين", "contradict"),
    ("افتتحت البلدية الجسر الجديد أمام السيارات",
     "لم تفتتح البلدية الجسر الجديد أمام السيارات", "contradict"),
    ("نقلت العبارة 300 راكب عبر البحيرة",
     "نقلت العبارة 500 راكب عبر البحيرة", "contradict"),
    ("أعلنت نقابة المعلمين إضرابا مفتوحا في المدارس",
     "تراجعت نقابة المعلمين عن إضراب مفتوح في المدارس", "contradict"),
    ("هدوء في شوارع البلدة القديمة بعد المهرجان",
     "اشتباكات في شوارع البلدة القديمة بعد المهرجان", "contradict"),
    ("افتتحت البلدية الجسر الجديد أمام السيارات",
     "البلدية تفتتح الجسر الجديد أمام حركة السيارات", "agree"),
    ("ارتفعت أسعار الخبز في الأسواق المحلية",
     "انخفضت درجات الحرارة في المناطق الجبلية", "unrelated"),
    # "غير" before a word only one side has: another wording ("unprecedented"), not a denial
    ("سجلت الصادرات الزراعية نموا غير مسبوق هذا الموسم",
     "سجلت الصادرات الزراعية نموا كبيرا هذا الموسم", "unrelated"),
]


@pytest.mark.parametrize("x,y,kind", EN)
def test_en_table(x: str, y: str, kind: str) -> None:
    v = verdict(x, y, "en")
    assert v.kind == kind, v.reason
    if kind == "contradict":
        assert v.reason and v.confidence == statement.CONF_POLARITY


@pytest.mark.parametrize("x,y,kind", AR)
def test_ar_table(x: str, y: str, kind: str) -> None:
    v = verdict(x, y, "ar")
    assert v.kind == kind, v.reason
    if kind == "contradict":
        assert v.reason and v.confidence == statement.CONF_POLARITY


def test_reason_names_the_data_entry() -> None:
    v = verdict(*AR[1][:2], "ar")
    assert "ar.reversals" in v.reason and "rise" in v.reason
    v = verdict(*EN[3][:2], "en")
    assert "negation" in v.reason


def test_arabic_inflections_reach_the_lemma() -> None:
    """Imperfect, feminine, plural and clitic forms of a listed lemma are matched by folding/stemming."""
    for word, lemma in (("يرتفع", "ارتفع"), ("ارتفعت", "ارتفع"), ("وبارتفاع", "ارتفاع"), ("سيتراجع", "تراجع"),
                        ("يستأنفون", "استانف"), ("تقر", "اقر")):
        assert lemma in statement.forms(lx.tokenize(word, "ar")[0].form, "ar"), word


def test_english_inflections_reach_the_lemma() -> None:
    for word, lemma in (("rising", "rise"), ("stopped", "stop"), ("approves", "approve"), ("closed", "close")):
        assert lemma in statement.forms(word, "en"), word


SENTENCES = [(x, lang) for rows, lang in ((EN, "en"), (AR, "ar")) for r in rows for x in r[:2]]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SENTENCES), st.sampled_from(SENTENCES), st.randoms(use_true_random=False))
def test_symmetric(x: tuple[str, str], y: tuple[str, str], rnd) -> None:
    """judge(a, b) and judge(b, a) have the same kind, also for shuffled word orders."""
    words = y[0].split()
    if rnd.random() < 0.5:
        rnd.shuffle(words)
    a, b = claim(x[0], x[1], "a1"), claim(" ".join(words), y[1], "a2")
    rare = frozenset(a.keywords) | frozenset(b.keywords)
    assert statement.judge(a, b, 0.0, rare).kind == statement.judge(b, a, 0.0, rare).kind


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_data_files_well_formed(lang: str) -> None:
    raw = json.loads(resources.files("factcheck.data").joinpath(lang, "reversals.json").read_text(encoding="utf-8"))
    assert isinstance(raw.get("_comment"), str) and raw["_comment"]
    data = statement.reversals(lang)
    assert len(data.pairs) >= 10 and data.negators
    names = [p.name for p in data.pairs]
    assert len(names) == len(set(names))
    for p in data.pairs:
        assert p.a and p.b
        assert not set(p.a) & set(p.b), p.name
        assert all(w and all(w) for w in p.a + p.b), p.name


def test_language_without_data_has_no_reversals() -> None:
    assert statement.reversals("xx") == statement.NO_REVERSALS


# Short clauses (headlines) share few words: they are one statement when most of each side's content
# words align in some inflected form, and nothing opposes them.
SHORT = [
    ("en", "Harbour cranes resume work in Tarnby", "Tarnby harbour cranes resumed work", "agree"),
    ("en", "Harbour cranes resume work in Tarnby", "Bakers strike over flour prices", "unrelated"),
    ("ar", "رافعات الميناء تستأنف العمل في تارنبي", "استأنفت رافعات ميناء تارنبي العمل", "agree"),
    ("ar", "رافعات الميناء تستأنف العمل في تارنبي", "رافعات الميناء توقف العمل في تارنبي", "contradict"),
]


# A currency swapped for another (CLDR currency names, the noun of each) is an entity of the same type
# swapped: the clause states another fact.
CURRENCY = [
    ("en", "The krona hit its highest level in a year", "The forint hit its highest level in a year", "contradict"),
    ("ar", "أعلى مستوى للروبل منذ عام", "أعلى مستوى لليوان منذ عام", "contradict"),
    ("en", "The krona hit its highest level in a year", "The krona reached its highest level in a year", "agree"),
]


@pytest.mark.parametrize("lang,x,y,kind", SHORT + CURRENCY)
def test_short_clauses_and_swapped_currencies(lang: str, x: str, y: str, kind: str) -> None:
    assert verdict(x, y, lang).kind == kind
    assert verdict(y, x, lang).kind == kind
    if (lang, x, y, kind) in CURRENCY and kind == "contradict":
        assert "currency" in verdict(x, y, lang).reason


def test_currency_nouns_come_from_cldr_names() -> None:
    from factcheck.kinds.statement_data import currency_nouns
    assert {"dollar", "euro", "yen", "rupee"} <= currency_nouns("en")
    assert {"دولار", "يورو", "روبل"} <= currency_nouns("ar")
    assert "account" not in currency_nouns("en")   # "Chilean Unit of Account": a unit of account
