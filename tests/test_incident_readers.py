"""Table tests of the readers the incident stories need: the perpetrator noun that owns an age
(``extract.perpetrators``), a figure that is a part of a named group ("three of the wounded":
``kinds.quantity_nouns.part_of_group``), one group named in two languages (``kinds.quantity_traits.translated_group``),
and a cue before a conjunction that is another clause's (``extract.measure_cues.measure_cue``)."""
import pytest

from factcheck.extract import measure_cues, perpetrators
from factcheck.kinds import quantity_nouns, quantity_traits
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from factcheck.models import Claim


def _first_number(text: str, lang: str):
    return next(v for v in values.find_values(text, lang) if v.kind in ("number", "duration"))


# one row per phrase -> the perpetrator noun that owns its first figure (None: none)
@pytest.mark.parametrize("text, lang, noun", [
    ("The attacker, a 27-year-old man, was shot dead.", "en", "attacker"),
    ("The 19-year-old suicide bomber died in the blast.", "en", "suicide bomber"),
    ("The gunman, aged 40, was arrested.", "en", "gunman"),
    ("Police said the hostage-taker, 35, surrendered.", "en", "hostage taker"),
    ("Police said a gunman aged 40 fled.", "en", None),               # indefinite: not singled out
    ("The gunmen, aged 20 and 22, fled.", "en", None),                # plural: several
    ("A 27-year-old man was arrested.", "en", None),
    ("وقالت الشرطة إن المهاجم يبلغ من العمر 31 عاما.", "ar", "المهاجم"),
    ("وكان منفذ الهجوم يبلغ من العمر 22 عاما.", "ar", "منفذ الهجوم"),
    ("وقتل المسلح البالغ من العمر 40 عاما.", "ar", "المسلح"),
    ("وفر مسلحون تتراوح أعمارهم بين 20 و25 عاما.", "ar", None),
])
def test_the_perpetrator_noun_that_owns_a_figure(text, lang, noun):
    toks = lx.tokenize(text, lang)
    found = perpetrators.perpetrator_owner(toks, _first_number(text, lang), lang)
    if noun is None:
        assert found is None
    else:
        assert found is not None and found.subject == perpetrators.PERPETRATOR_SUBJECT
        assert found.label == " ".join(t.form for t in lx.tokenize(noun, lang))


# one row per phrase -> is its first figure a part of a group the clause names without counting it?
@pytest.mark.parametrize("text, lang, part", [
    ("after three of the wounded died in hospital", "en", True),
    ("Two of the dead were French tourists.", "en", True),
    ("241 of the 242 on board died.", "en", False),     # a part of a second figure: whole_after's
    ("Three people died.", "en", False),
    ("بعد وفاة ثلاثة من الجرحى في المستشفى", "ar", True),
    ("قتل 14 من أصل 20 راكبا", "ar", False),
    ("قتل 14 شخصا", "ar", False),
])
def test_a_figure_that_is_part_of_a_named_group(text, lang, part):
    toks = lx.tokenize(text, lang)
    v = _first_number(text, lang)
    last = lx.covered(toks, v.start, v.end)[-1]
    assert (quantity_nouns.part_of_group(toks, last, lang) is not None) is part


def _figure(article: str, quote: str, value: str, group: str) -> Claim:
    return Claim(id=f"{article}:{value}", article=article, start=0, end=len(quote), quote=quote, subject=group,
                 subject_label=group, property="quantity:count", value=value, polarity="positive",
                 modality="asserted", event="main:this")


# one row per pair of counted nouns -> one group in two languages?
@pytest.mark.parametrize("en, ar, same", [
    ("suspects", "مشتبه", True),
    ("children", "أطفال", True),
    ("soldiers", "جنود", True),
    ("men", "نساء", False),
    ("suspects", "أطفال", False),
    ("civilians", "جنود", False),
])
def test_one_group_named_in_two_languages(en, ar, same):
    a = _figure("a", f"Police detained three {en}.", "3", en)
    b = _figure("b", f"واعتقلت الشرطة أربعة {ar}.", "4", ar)
    assert (quantity_traits.translated_group(a, b) is not None) is same
    assert (quantity_traits.translated_group(b, a) is not None) is same   # symmetric


def test_no_translation_within_one_script_or_for_a_nationality():
    a = _figure("a", "Police detained three suspects.", "3", "suspects")
    assert quantity_traits.translated_group(a, _figure("b", "Police held four suspects.", "4", "suspects")) is None
    assert quantity_traits.translated_group(a, _figure("b", "وقتل أربعة فرنسيين.", "4", "nationality:FR")) is None


# one row per clause and figure (its index among the clause's numbers) -> the measure of that figure (a
# cue before a conjunction is the earlier clause's when the figure has a cue of its own after it)
@pytest.mark.parametrize("text, at, measure", [
    ("A pupil was killed and four people were wounded.", 0, "injured"),
    ("Seven people were killed and 12 were wounded.", 0, "dead"),
    ("Seven people were killed and 12 were wounded.", 1, "injured"),
    ("The blast killed four people and wounded 30.", 0, "dead"),
    ("The blast killed four people and wounded 30.", 1, "injured"),
    ("Four people were killed in the blast.", 0, "dead"),
])
def test_a_cue_before_a_conjunction_belongs_to_its_own_clause(text, at, measure):
    toks = lx.tokenize(text, "en")
    v = [x for x in values.find_values(text, "en") if x.kind == "number"][at]
    idx = lx.covered(toks, v.start, v.end)
    found = measure_cues.measure_cue(toks, idx[0], idx[-1], "en", 8)
    assert found is not None and found[0] == measure
