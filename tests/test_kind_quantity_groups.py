"""A figure that counts a nationality's people ("12 Thai citizens", "10 مواطنين تايلانديين"): the
nationality is its subject, it meets the same nationality in any language, and a figure narrowed by
a nationality never clashes with the unnarrowed total (tables per language, an invented story)."""
import pytest

from factcheck.lang import lexicon as lx
from factcheck import pipeline
from factcheck.kinds import quantity, quantity_read, quantity_traits
from factcheck.models import Article, Claim, Signal

SAME_EVENT = (True, "compatible event")


def _lang(text: str) -> str:
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"


def _count(sentence: str, value: str) -> Claim:
    claims = pipeline.analyze([Article(id="a", path="a.txt", text=sentence, language=_lang(sentence))]).claims
    return next(c for c in claims if c.property == "quantity:count" and c.value == value)


@pytest.mark.parametrize("sentence, value, subject, qualifies", [
    ("Coast guards said 14 Norwegian fishermen reached the port.", "14", "nationality:NO", True),
    ("The ministry said 9 Portuguese were among the climbers.", "9", "nationality:PT", False),
    ("Rescuers found 31 miners alive on Monday.", "31", None, False),
    ("قالت السلطات إن 14 صيادا نرويجيين وصلوا إلى الميناء.", "14", "nationality:NO", True),
    ("وأكدت الوزارة أن بين المتسلقين 9 من الجنسية البرتغالية.", "9", "nationality:PT", True),
    ("وعثر المنقذون على 31 عاملا أحياء يوم الاثنين.", "31", None, False),
])
def test_the_nationality_of_what_a_figure_counts_is_its_subject(sentence, value, subject, qualifies):
    c = _count(sentence, value)
    assert c.subject == subject
    assert quantity_traits.qualified_by_nationality(c) is qualifies
    if subject:
        assert any(s.field == "subject" and "nationality" in s.rule for s in c.signals)


@pytest.mark.parametrize("form, code", [
    ("نرويجيين", "NO"),       # indefinite plural
    ("النرويجيين", "NO"),     # with the article
    ("نرويجيا", "NO"),        # accusative
    ("نرويجيات", "NO"),       # feminine plural
    ("برتغاليون", "PT"),
])
def test_arabic_nisba_forms_with_and_without_the_article(form, code):
    toks = lx.tokenize(form, "ar")
    assert lx.nationality_at(toks, 0, "ar") == (code, 1)


def test_a_transliterated_name_may_drop_an_inner_long_vowel():
    rule = lx.lexicon("ar").nisba
    forms = lx.spelling_variants("تايلاند", rule)
    assert "تايلنديين" in forms          # the alef of the stem dropped
    assert lx.spelling_variants("مالي", rule) == []   # too short: its last letter never goes
    toks = lx.tokenize("المالي", "ar")
    assert lx.nationality_at(toks, 0, "ar") is None   # "financial", not "Malian"


def _claim(cid, article, value, head, subject=None, qualifier_rule=None, quote="x"):
    v = float(value)
    sigs = [Signal(field="value", rule="t", text=value), Signal(field="measure", rule="t", text=head)]
    if qualifier_rule:
        sigs.append(Signal(field="subject", rule=qualifier_rule, text=subject))
    return Claim(id=cid, article=article, start=0, end=1, quote=quote, property="quantity:count", value=value,
                 value_low=v - 0.5, value_high=v + 0.5, keywords=[head, "freed"],
                 subject=subject, subject_label=subject and subject.split(":")[1], signals=sigs)


QUAL = quantity_read.NATIONALITY_QUALIFIER_RULE


@pytest.mark.parametrize("a, b, kind", [
    # the same nationality's people, one count each: a clash on a shared noun, one figure when equal
    (("14", "sailor", "nationality:NO", QUAL), ("17", "sailor", "nationality:NO", QUAL), "contradict"),
    (("14", "sailor", "nationality:NO", QUAL), ("14", "sailor", "nationality:NO", QUAL), "agree"),
    # two nationalities: two groups
    (("14", "sailor", "nationality:NO", QUAL), ("17", "sailor", "nationality:PE", QUAL), "unrelated"),
    # a nationality's part against the whole crew: never a clash
    (("14", "sailor", "nationality:NO", QUAL), ("30", "sailor", None, None), "unrelated"),
])
def test_nationality_groups_in_one_language(a, b, kind):
    x, y = _claim("a", "n1", *a), _claim("b", "n2", *b)
    assert quantity.judge(x, y, SAME_EVENT, weight={}).kind == kind
    assert quantity.judge(y, x, SAME_EVENT, weight={}).kind == kind


@pytest.mark.parametrize("value_b, noun_b, head_cos, kind", [
    ("14", "sailor", 0.2, "agree"),        # the same nationality's people, the same value: one figure
    ("17", "sailor", 0.83, "contradict"),  # one noun in two languages and one nationality: a clash
    ("17", "tourist", 0.2, "unrelated"),   # the nationality alone never makes a clash (another noun)
])
def test_nationality_groups_across_scripts(value_b, noun_b, head_cos, kind):
    a = _claim("a", "n1", "14", "بحار", "nationality:NO", QUAL, quote="أفرج عن 14 بحارا نرويجيا")
    b = _claim("b", "n2", value_b, noun_b, "nationality:NO", QUAL, quote=f"{value_b} Norwegian {noun_b}s were freed")
    for x, y in ((a, b), (b, a)):
        assert quantity.judge(x, y, SAME_EVENT, similarity=0.3, weight={}, head_similarity=head_cos).kind == kind


def test_invented_story_nationality_counts():
    arts = [Article(id="s1", path="s1.txt", language="en",
                    text="The pirates freed 30 sailors on Sunday. Among them were 14 Norwegian sailors."),
            Article(id="s2", path="s2.txt", language="en",
                    text="Officials in Bergen said 17 Norwegian sailors were freed by the pirates on Sunday.")]
    rep = pipeline.analyze(arts)
    values = {c.id: c.value for c in rep.claims}
    clashes = [sorted(values[i] for i in f.claims) for f in rep.findings if f.kind == "contradiction"]
    assert ["14", "17"] in clashes
    assert not any("30" in side for side in clashes)   # the whole crew is not the Norwegians' count


def _open(cid, article, value, low, high, keywords, quote="x"):
    return Claim(id=cid, article=article, start=0, end=1, quote=quote, property="quantity:count", value=value,
                 value_low=low, value_high=high, keywords=keywords,
                 signals=[Signal(field="value", rule="t", text=value)])


@pytest.mark.parametrize("a, b, kind", [
    # the same figure of 10 or more, told in other words: one fact
    (("4815230", 4815229.5, 4815230.5, ["registered", "ballot"]), ("5000000", 4.5e6, None, ["eligible", "citizen"]), "agree"),
    (("37", 36.5, 37.5, ["crew", "evacuated"]), ("37", 36.5, 37.5, ["airlifted", "worker"]), "agree"),
    (("12.5", 12.45, 12.55, ["share"]), ("12.5", 12.45, 12.55, ["growth"]), "agree"),
    # small counts coincide by chance
    (("3", 2.5, 3.5, ["bridge", "closed"]), ("3", 2.5, 3.5, ["son", "survived"]), "unrelated"),
    # never a clash on that evidence
    (("37", 36.5, 37.5, ["crew", "evacuated"]), ("52", 51.5, 52.5, ["airlifted", "worker"]), "unrelated"),
])
def test_the_same_distinctive_figure_in_other_words_agrees(a, b, kind):
    x, y = _open("a", "n1", *a), _open("b", "n2", *b)
    assert quantity.judge(x, y, SAME_EVENT, weight={}).kind == kind
    assert quantity.judge(y, x, SAME_EVENT, weight={}).kind == kind
    assert quantity.judge(x, y, (False, "another event"), weight={}).kind == "unrelated"


@pytest.mark.parametrize("lang, sentence, value", [
    ("en", "The accord calls for the rebels to hand over 40 rifles.", "40"),
    ("en", "Officials said the ministry would rehire 300 nurses.", "300"),
    ("ar", "وينص الاتفاق على تسليم 40 بندقية.", "40"),
    ("ar", "وبموجب الاتفاق يسلم المتمردون 40 بندقية.", "40"),
])
def test_what_a_deal_provides_for_is_a_plan(lang, sentence, value):
    c = _count(sentence, value)
    assert c.modality == "planned"


def test_a_plan_never_clashes_with_what_happened():
    arts = [Article(id="d1", path="d1.txt", language="en",
                    text="The accord calls for the rebels to hand over 40 rifles to the monitors in Kesra."),
            Article(id="d2", path="d2.txt", language="en",
                    text="The rebels handed over 17 rifles to the monitors in Kesra on Monday.")]
    rep = pipeline.analyze(arts)
    assert not [f for f in rep.findings if f.kind == "contradiction"]


def test_a_nationality_count_against_a_measured_figure_is_judged_alike_both_ways():
    # found by the hypothesis property test: one side counts a nationality's people ("at least 14
    # Chileans"), the other is a toll of the same nationality in the other script
    from factcheck.kinds import quantity
    from factcheck.models import Claim, Signal
    a = Claim(id="a", article="a", start=0, end=1, quote="س", subject="nationality:CL", property="quantity:count",
              value="14", value_low=13.5, value_high=float("inf"), keywords=["ferri"],
              signals=[Signal(field="value", rule="t", text="14")])
    b = Claim(id="b", article="b", start=0, end=1, quote="x", subject="nationality:CL", property="quantity:count",
              value="31", value_low=30.5, value_high=31.5, keywords=["ferri"],
              signals=[Signal(field="value", rule="t", text="31"), Signal(field="measure", rule="measures.dead: t", text="dead")])
    event = (True, "compatible event")
    assert quantity.judge(a, b, event).kind == quantity.judge(b, a, event).kind == "unrelated"
