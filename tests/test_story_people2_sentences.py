"""An invented bombing trial in an invented country (no real trial: the defendants, the city, the
figures and the outlets invented), told by two English wires and two Arabic outlets, and its appeal:
the main defendant's sentence is a death sentence, a life term or 25 years depending on the source
(a clash of three values, ``kinds.penalty``), the co-defendant's 12 years is agreed and no part of it,
and a death sentence later commuted to life is an update, not a clash. Distractors: a penalty the
prosecutors sought, one a defendant faced, one a crime is punishable by, and a guard "beaten to death"."""
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from factcheck.kinds import Context, duration, penalty
from factcheck.lang import lexicon as lx
from factcheck.models import Claim, Signal
from story_support import analyze

DAY = dt.date(2026, 5, 12)
TRIAL = [
    ("01_wire_en", "en", "Home > World > Europe\n\nVarnian court sentences bus station bomber to death\n\n"
     "By Mara Tels | 12 May 2026, 14:02\n\n"
     "VELSKAR, May 12 (NPA) - A court in Velskar on Tuesday sentenced Teodor Lusk to death for the bombing of "
     "the city's main bus station, which killed nine people.\n\n"
     "His co-defendant Ivo Renk was jailed for 12 years for helping to build the device.\n\n"
     "Prosecutors had sought the death penalty for both men.\n\n"
     "Read more: Velskar marks a year since the bus station attack\n\nShare this article\n"),
    ("02_daily_en", "en", "Velskar bomber gets life\n\nUpdated 12 May 2026\n\n"
     "Teodor Lusk was handed a life sentence on Tuesday for the Velskar bus station bombing. "
     "Renk was sentenced to 12 years.\n\n"
     "Lusk had faced the death penalty, a punishment Varnia has not carried out since 1994.\n\n"
     "A prison guard was beaten to death at the same jail last year.\n\nFollow us on social media\n"),
    ("03_alaan_ar", "ar", "الرئيسية > عربي ودولي\n\nالإعدام لمنفذ تفجير محطة الحافلات في فيلسكار\n\n"
     "قضت محكمة في فيلسكار، الثلاثاء، بالإعدام على تيودور لوسك بعد إدانته بتفجير محطة الحافلات الرئيسية الذي "
     "أودى بحياة تسعة أشخاص.\n\n"
     "وقضت المحكمة بسجن شريكه إيفو رينك 12 عاما.\n\nشارك الخبر\n"),
    ("04_naba_ar", "ar", "السجن المؤبد لتيودور لوسك\n\n12 مايو 2026\n\n"
     "حكمت محكمة فيلسكار على تيودور لوسك بالسجن المؤبد، الثلاثاء، في قضية تفجير محطة الحافلات.\n\n"
     "وكان لوسك يواجه عقوبة الإعدام وفق قانون مكافحة الإرهاب.\n\nاقرأ أيضا: فيلسكار تحيي ذكرى الضحايا\n"),
    ("05_post_en", "en", "Bomber Teodor Lusk jailed for 25 years\n\n"
     "Teodor Lusk was jailed for 25 years on Tuesday over the Velskar bus station bombing. "
     "Under Varnian law, the crime is punishable by death.\n\nTags: Varnia, terrorism\n"),
]


def _findings(rows, day=DAY, days=None):
    rep, by_id = analyze(rows, day, days)
    return rep, by_id, [(f.kind, sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in f.sides))
                        for f in rep.findings if f.kind in ("contradiction", "update") and f.property == "duration"]


def test_death_life_and_a_term_for_one_defendant_clash():
    _, _, found = _findings(TRIAL)
    assert found == [("contradiction", sorted([
        [("01_wire_en", "death"), ("03_alaan_ar", "death")],
        [("02_daily_en", "life"), ("04_naba_ar", "life")],
        [("05_post_en", "P25Y")],
    ]))]


def test_the_co_defendants_term_agrees_and_is_no_part_of_the_clash():
    rep, by_id, _ = _findings(TRIAL)
    terms = [sorted(by_id[c].article for c in f.claims) for f in rep.findings
             if f.kind == "agreement" and f.property == "duration"]
    assert terms == [["01_wire_en", "02_daily_en", "03_alaan_ar"]]
    assert all(by_id[c].value == "P12Y" for f in rep.findings if f.kind == "agreement" and f.property == "duration"
               for c in f.claims)


def test_a_sought_faced_or_threatened_penalty_and_a_killing_are_no_sentence():
    rep, by_id, _ = _findings(TRIAL)
    death = sorted(c.article for c in rep.claims if c.property == "duration" and c.value == "death"
                   and not any(s.field == "requested" for s in c.signals))
    assert death == ["01_wire_en", "03_alaan_ar"]


APPEAL_DAYS = {"01_wire_en": dt.date(2026, 5, 12), "02_appeal_en": dt.date(2026, 11, 3),
               "03_appeal_ar": dt.date(2026, 11, 3)}
APPEAL = [
    TRIAL[0],
    ("02_appeal_en", "en", "Varnia appeals court spares Velskar bomber\n\nBy Mara Tels\n\n"
     "Teodor Lusk's death sentence was commuted to life imprisonment by the Supreme Court of Varnia on Tuesday.\n\n"
     "His co-defendant Ivo Renk was jailed for 12 years in May.\n\nShare\n"),
    ("03_appeal_ar", "ar", "تخفيف حكم الإعدام بحق منفذ تفجير فيلسكار\n\n"
     "خففت المحكمة العليا في فارنيا، الثلاثاء، حكم الإعدام الصادر بحق تيودور لوسك إلى السجن المؤبد.\n\n"
     "اقرأ أيضا: محاكمة ثانية في قضية التفجير\n"),
]


def test_a_death_sentence_commuted_to_life_is_an_update_not_a_clash():
    _, _, found = _findings(APPEAL, days=APPEAL_DAYS)
    assert found == [("update", [
        [("01_wire_en", "death"), ("02_appeal_en", "death"), ("03_appeal_ar", "death")],
        [("02_appeal_en", "life"), ("03_appeal_ar", "life")],
    ])]


def test_a_term_reduced_on_appeal_is_an_update():
    rows = [("a", "en", "Ana Kovel was jailed for 15 years on Monday for the fraud."),
            ("b", "en", "On appeal, Ana Kovel's prison term was reduced to 10 years.")]
    _, _, found = _findings(rows, days={"a": dt.date(2026, 1, 5), "b": dt.date(2026, 6, 1)})
    assert [k for k, _ in found] == ["update"]


# one row per phrase -> the penalty it states (None: none)
@pytest.mark.parametrize("lang, text, value, key", [
    ("en", "The court sentenced former mayor Teodor Lusk to death.", "death", "prison_term"),
    ("en", "Lusk was condemned to death.", "death", "prison_term"),
    ("en", "Lusk was handed a death sentence.", "death", "prison_term"),
    ("en", "Lusk was sentenced to life imprisonment.", "life", "prison_term"),
    ("en", "Lusk was jailed for life.", "life", "prison_term"),
    ("en", "Lusk received a life term.", "life", "prison_term"),
    ("en", "The striker was banned for life.", "life", "ban"),
    ("en", "The striker was given a lifetime ban.", "life", "ban"),
    ("en", "A guard was stabbed to death.", None, None),
    ("en", "Lusk faces life in prison.", None, None),
    ("en", "Lusk could face the death penalty.", None, None),
    ("en", "The crime is punishable by death.", None, None),
    ("en", "Varnia abolished the death penalty in 1994.", None, None),
    ("en", "The senator opposes the death penalty.", None, None),              # a stance, not a verdict
    ("en", "Most voters support the death penalty.", None, None),
    ("en", "The court ruled against Lusk and sentenced him to death.", "death", "prison_term"),
    ("ar", "قضت المحكمة بالإعدام على لوسك.", "death", "prison_term"),
    ("ar", "قضت المحكمة بإعدامه شنقا.", "death", "prison_term"),
    ("ar", "حكم على لوسك بالسجن المؤبد.", "life", "prison_term"),
    ("ar", "حكم على لوسك بالسجن مدى الحياة.", "life", "prison_term"),
    ("ar", "عاقب الاتحاد اللاعب بالإيقاف مدى الحياة.", "life", "ban"),
    ("ar", "ويواجه لوسك عقوبة الإعدام.", None, None),
    ("ar", "ألغت البلاد عقوبة الإعدام عام 1994.", None, None),
    ("ar", "يعارض السيناتور عقوبة الإعدام.", None, None),
    ("ar", "حكمت المحكمة ضد لوسك بالإعدام.", "death", "prison_term"),
])
def test_a_phrase_states_a_penalty(lang, text, value, key):
    found = penalty.find(lx.tokenize(text, lang), lang)
    assert [(f.value, f.measure.text) for f in found] == ([(value, key)] if value else [])


# a sentence: (its value, the sentence it replaced: None when no change cue marks it, "" when unsaid)
_SENTENCES = st.tuples(st.sampled_from([*penalty.VALUES, "P10Y", "P12Y", "P25Y"]),
                       st.sampled_from([None, "", "death", "life", "P25Y"]))
_YEAR_HOURS = 8766.0


def _sentence(i: int, value: str, was: str | None) -> Claim:
    years = None if value in penalty.VALUES else float(value[1:-1])
    sigs = [Signal(field="measure", rule="en.lexicon duration_measures.prison_term 'jailed'", text="prison_term")]
    if was is not None:
        sigs.append(Signal(field=penalty.CHANGED_FIELD, rule="en.lexicon sentence_change_cues 'commuted'", text=was))
    return Claim(id=f"c{i}", article=f"a{i}", start=0, end=1, quote="jailed", property="duration", value=value,
                 value_low=None if years is None else years * _YEAR_HOURS,
                 value_high=None if years is None else years * _YEAR_HOURS, signals=sigs)


@given(_SENTENCES, _SENTENCES)
def test_the_verdict_on_two_sentences_is_symmetric(x, y):
    a, b = _sentence(0, *x), _sentence(1, *y)
    ctx = Context(None, None, True, "compatible event")
    assert duration.judge(a, b, ctx).kind == duration.judge(b, a, ctx).kind
