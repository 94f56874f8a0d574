"""The statement kind's generated and rule-made lexical knowledge: Arabic verbal nouns reach their verb
by the masdar patterns of ``data/ar/reversals.json`` (derivations), and the English WordNet antonyms
(tools/build_antonyms.py) oppose two clauses like the hand-written reversal pairs.

Every sentence here is invented (topics and names appear in no story or seed)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import LanguageDataError
from factcheck.kinds import statement_data
from factcheck.kinds.statement_data import derivation, forms, reversals
from factcheck.lang import lexicon as lx

from statement_support import verdict


def ar_forms(word: str) -> frozenset[str]:
    return forms(lx.tokenize(word, "ar")[0].form, "ar")


# (verb in the imperfect, its verbal noun, measure): they share a form
MASDAR_ROWS = [
    ("يستوعب", "استيعاب", "X"),
    ("يستقر", "استقرار", "X, doubled root"),
    ("يحترق", "احتراق", "VIII"),
    ("ينكسر", "انكسار", "VII"),
    ("يرسل", "إرسال", "IV"),
    ("يصدر", "إصدار", "IV"),
    ("يجدد", "تجديد", "II"),
    ("ينظم", "تنظيم", "II"),
    ("يتابع", "متابعة", "III"),
    ("يصمد", "صمود", "I (fu'ul)"),
]


@pytest.mark.parametrize("verb,noun,measure", MASDAR_ROWS)
def test_verbal_noun_meets_its_verb(verb: str, noun: str, measure: str) -> None:
    assert ar_forms(verb) & ar_forms(noun), (verb, noun, measure)


# words of different roots that the patterns must not join
APART_ROWS = [
    ("يرسل", "إصدار"),
    ("تجديد", "تنظيم"),
    ("يستقر", "استيعاب"),
]


@pytest.mark.parametrize("x,y", APART_ROWS)
def test_different_roots_stay_apart(x: str, y: str) -> None:
    assert not ar_forms(x) & ar_forms(y)


# consonants that are no affix, long vowel or article letter: any three make a sound root
SOUND = "بجحخدذرزشصضطظعغفقكلم"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=SOUND, min_size=3, max_size=3))
def test_measure_x_and_viii_verbs_meet_their_verbal_nouns(root: str) -> None:
    """For every sound root the imperfect of measures X and VIII shares a form with its masdar."""
    f, e, l = root
    assert ar_forms(f"يست{f}{e}{l}") & ar_forms(f"است{f}{e}ا{l}")
    if f not in "صضطظزدذ":   # these assimilate the infix t (اضطرب, ازدهر): another spelling
        assert ar_forms(f"ي{f}ت{e}{l}") & ar_forms(f"ا{f}ت{e}ا{l}")


DERIVATION_ROWS = [
    ("استفعال", "استفعل", "استقبال", "استقبل"),
    ("تفعيل", "فعل", "تصميم", "صمم"),
    ("مفاعله", "فاعل", "مشاهده", "شاهد"),
]


@pytest.mark.parametrize("source,target,word,stem", DERIVATION_ROWS)
def test_derivation_template(source: str, target: str, word: str, stem: str) -> None:
    rx, repl = derivation(source, target, "فعل", "test")
    assert rx.match(word) and rx.sub(repl, word) == stem
    assert not rx.match(word + "ين")   # the template covers the whole word


# (source, target, placeholders): no root letter, a root letter twice, a target letter not in the source
@pytest.mark.parametrize("source,target,root", [("استمرار", "استمر", "فعل"), ("فعفعال", "فعل", "فعل"),
                                                ("افتعال", "افعلن", "فعن")])
def test_a_bad_template_is_an_error(source: str, target: str, root: str) -> None:
    with pytest.raises(LanguageDataError):
        derivation(source, target, root, "test")


def test_derivations_are_loaded_for_arabic_only() -> None:
    assert reversals("ar").rules.derivations
    assert not reversals("en").rules.derivations


# (first clause, second clause, language, expected kind, a word the reason must hold or "")
CLAUSE_ROWS = [
    # WordNet antonyms (en.reversals antonyms) oppose a clause as a hand-written pair does
    ("The harbour authority will buy the old lighthouse next spring.",
     "The harbour authority will sell the old lighthouse next spring.", "en", "contradict", "antonyms"),
    ("Tickets for the valley railway are cheap this summer.",
     "Tickets for the valley railway are expensive this summer.", "en", "contradict", "antonyms"),
    ("The island clinic is private.", "The island clinic is public.", "en", "contradict", "antonyms"),
    # the same words without an opposite: no contradiction
    ("The harbour authority will buy the old lighthouse next spring.",
     "The harbour authority will purchase the old lighthouse next spring.", "en", "agree", ""),
    # a short headline pair sharing one word next to opposite words: opposite outcome
    ("أسعار القطن في ارتفاع", "هبوط عالمي للقطن", "ar", "contradict", "reversals"),
    ("صعود مستمر للذهب", "هبوط متواصل للذهب", "ar", "contradict", "reversals"),
    # one shared word and no opposite: not a contradiction
    ("أسعار القطن في ارتفاع", "معرض عالمي للقطن", "ar", "unrelated", ""),
]


@pytest.mark.parametrize("x,y,lang,kind,why", CLAUSE_ROWS)
def test_clauses(x: str, y: str, lang: str, kind: str, why: str) -> None:
    for a, b in ((x, y), (y, x)):
        v = verdict(a, b, lang)
        assert v.kind == kind, (a, b, v)
        assert why in v.reason


def test_antonym_pairs_are_generated_and_clean() -> None:
    pairs = [p for p in reversals("en").pairs if p.name.endswith("(antonyms)")]
    assert len(pairs) > 100
    hand = {w for p in reversals("en").pairs if not p.name.endswith("(antonyms)") for w in p.a + p.b}
    for p in pairs:
        assert not set(p.a) & set(p.b)
        assert not (p.a[0] in hand and p.b[0] in hand)   # a hand-written pair opposes these already
    assert statement_data.phrase_index("en")
