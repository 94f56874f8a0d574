"""Arabic number words that inflect (zero, the dual of a hundred and of the scale words in every case:
values ``number_forms``, tools/build_number_forms.py) are read as figures, so that an Arabic figure
written as a dual meets the same figure in digits, in Arabic or in English."""
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import pipeline
from factcheck.mentions.values import find_values

STORY = Path(__file__).resolve().parent / "invented_duals"


def numbers(text):
    return [(v.value, text[v.start:v.end]) for v in find_values(text, "ar") if v.kind == "number"]


# (phrase, value read, its surface)
ROWS = [
    ("لقي ألفا شخص مصرعهم", "2000", "ألفا"),               # dual construct, nominative
    ("نزح ألفان من السكان", "2000", "ألفان"),
    ("أجلت السلطات ألفي عائلة", "2000", "ألفي"),            # construct, genitive / accusative
    ("حضر مئتا مشجع", "200", "مئتا"),
    ("أصيب مائتان من العمال", "200", "مائتان"),
    ("تبرع بمليوني يورو", "2000000 EUR", "مليوني يورو"),        # the clitic is no part of it
    ("شارك مليونا ناخب", "2000000", "مليونا"),
    ("بلغت الخسائر ملياري دولار", "2000000000 USD", "ملياري دولار"),
    ("رصدت الحكومة ملياران", "2000000000", "ملياران"),
    ("أنهى الفريق المباراة عند صفر من النقاط", "0", "صفر"),
    ("خرج الفريق صفر اليدين", None, None),                  # an idiom (number_word_blockers), no zero
    # the accusative singular of a scale after a number keeps its scale
    ("حضر عشرين ألفا", "20000", "عشرين ألفا"),
    ("وصل 30 ألفا من الزوار", "30000", "30 ألفا"),
    ("صوت ثلاثون مليونا", "30000000", "ثلاثون مليونا"),
]


@pytest.mark.parametrize("text,value,surface", ROWS)
def test_inflected_number_words(text, value, surface):
    assert numbers(text) == ([(value, surface)] if value else [])


@pytest.mark.parametrize("text", ["الموافق 15 صفر 1446 هـ", "في 3 صفر 1445"])
def test_the_hijri_month_safar_is_no_zero(text):
    assert not [v for v in find_values(text, "ar") if v.kind == "number"]
    assert [v.kind for v in find_values(text, "ar")] == ["date"]


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=3, max_value=999),
       scale=st.sampled_from([("ألفا", 1000), ("مليونا", 10 ** 6), ("مليارا", 10 ** 9)]))
def test_a_number_before_the_accusative_keeps_the_scale(n, scale):
    word, value = scale
    assert numbers(f"بلغ العدد {n} {word} تقريبا")[0][0] == str(n * value)


@settings(max_examples=30, deadline=None)
@given(form=st.sampled_from(["ألفا", "ألفان", "ألفين", "ألفي"]), clitic=st.sampled_from(["", "و", "ب"]))
def test_a_dual_alone_is_two_of_its_scale(form, clitic):
    assert numbers(f"قال إن {clitic}{form} شخص غادروا")[0][0] == "2000"


# a number in a scale word and the places it leaves out, after a joiner: one sum
SUMS = [
    ("بلغ عدد الزوار مليون و200 ألف زائر", "ar", "1200000", "مليون و200 ألف"),
    ("قدرت الكلفة بنحو 3 ملايين و500 ألف يورو", "ar", "3500000 EUR", "نحو 3 ملايين و500 ألف يورو"),
    ("صوت أكثر من عشرين مليونا و300 ألف ناخب", "ar", "20300000", "أكثر من عشرين مليونا و300 ألف"),
    ("سجل مليون و200 ألف و350 ناخبا", "ar", "1200350", "مليون و200 ألف و350"),
    ("about 1 million and 200,000 tourists came", "en", "1200000", "about 1 million and 200,000"),
]
# ... and where the second number is another figure or a range's other end
NOT_SUMS = [
    ("تراوح العدد بين مليون و200 ألف", "ar", ["1000000", "200000"]),
    ("قتل 5300 شخص و10 آلاف مفقود", "ar", ["5300", "10000"]),
    ("بلغ مليونين و5% منهم", "ar", ["2000000", "5%"]),
    ("2 million and 3 million", "en", ["2000000", "3000000"]),
    ("between 1 million and 200,000", "en", ["1000000", "200000"]),
    ("5,300 and 10,000", "en", ["5300", "10000"]),
]


@pytest.mark.parametrize("text,lang,value,surface", SUMS)
def test_joined_sums(text, lang, value, surface):
    vals = [v for v in find_values(text, lang) if v.kind == "number"]
    assert [(v.value, text[v.start:v.end]) for v in vals] == [(value, surface)]
    assert "joined-sum" in vals[0].rule


@pytest.mark.parametrize("text,lang,values", NOT_SUMS)
def test_not_joined(text, lang, values):
    assert [v.value for v in find_values(text, lang) if v.kind == "number"] == values


@settings(max_examples=60, deadline=None)
@given(millions=st.integers(min_value=1, max_value=99), thousands=st.integers(min_value=1, max_value=999))
def test_a_sum_is_its_parts(millions, thousands):
    text = f"بلغ العدد {millions} مليون و{thousands} ألف"
    assert [v.value for v in find_values(text, "ar") if v.kind == "number"] == [str(millions * 10 ** 6 + thousands * 1000)]


def test_number_forms_are_what_the_tool_writes():
    tool = Path(__file__).resolve().parents[1] / "tools" / "build_number_forms.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def rep():
    return pipeline.report([STORY])


def _agreeing_articles(rep, needle):
    """The articles of the agreement finding whose claims quote ``needle`` in one of them."""
    claims = {c.id: c for c in rep.claims}
    for f in rep.findings:
        if f.kind == "agreement" and any(needle in claims[i].quote for i in f.claims):
            return sorted({claims[i].article for i in f.claims})
    return []


def test_a_dual_toll_agrees_across_languages(rep):
    assert _agreeing_articles(rep, "ألفا شخص") == ["d1_ar", "d2_en", "d3_ar"]


def test_a_dual_amount_agrees_across_languages(rep):
    assert _agreeing_articles(rep, "بملياري دولار") == ["d1_ar", "d2_en", "d3_ar"]


def test_a_joined_sum_agrees_across_languages(rep):
    assert _agreeing_articles(rep, "مليون و200 ألف") == ["d1_ar", "d2_en"]


def test_no_contradiction(rep):
    assert not [f for f in rep.findings if f.kind == "contradiction"]
