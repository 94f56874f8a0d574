"""The occurrence kind: which occurrence of something its subject is at ("his third marathon", "a fourth
term", "للمرة الثالثة"): tables per language (phrase -> ordinal, noun, subject, scope), what is out of
scope, the judgement, and properties (compare is symmetric; reading a claim again reads the same)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import pipeline
from factcheck.extract.events import EventRef
from factcheck.kinds import Context, kind_of, occurrence
from factcheck.models import Article, Claim, Signal


def _occurrences(text: str, lang: str) -> list[Claim]:
    return [c for c in pipeline.analyze([Article(id="a", path="a.txt", text=text, language=lang)]).claims
            if c.property == occurrence.PROPERTY]


@pytest.mark.parametrize("text, value, noun, subject_label, scope", [
    ("Tomas Varga won the Porto Marathon in only his third marathon.", "3", "marathon", "Tomas Varga", "overall"),
    ("Tomas Varga won in Porto, in just his second career marathon.", "2", "marathon", "Tomas Varga", "overall"),
    ("Lia Brandt claimed her 4th title on the clay of Sevilla.", "4", "title", "Lia Brandt", "overall"),
    ("Governor Pia Lund secured a fifth term on Sunday.", "5", "term", "Pia Lund", "overall"),
    ("Real Olmedo lifted their sixth league crown.", "6", "crown", "Real Olmedo", "overall"),
    ("Jonas Keel took his second straight win in Graz.", "2", "win", "Jonas Keel", "streak: straight"),
    ("Mayor Ivo Rask won a third consecutive term.", "3", "term", "Ivo Rask", "streak: consecutive"),
    ("Ana Mirel reached her third final this season.", "3", "final", "Ana Mirel", "period: this season"),
    ("Omar Sadi will face trial for the second time, prosecutors said.", "2", "time", "Omar Sadi", "overall"),
])
def test_english_table(text, value, noun, subject_label, scope):
    [c] = _occurrences(text, "en")
    assert (c.value, occurrence.noun(c), c.subject_label.lower(), occurrence.scope(c)) == (value, noun, subject_label.lower(), scope)
    # provenance: the rule and the ordinal as written
    assert any("occurrence" in s.rule and s.text in text for s in c.signals if s.field == "value")


@pytest.mark.parametrize("text, value, noun, subject_label, scope", [
    ("فاز العداء الكيني بيتر موانغي بسباق الدوحة في ثالث ماراثون يخوضه في مسيرته.", "3", "ماراثون", "بيتر موانغي", "overall"),
    ("وفاز الإسباني كارلوس مورينو بلقبه الخامس.", "5", "لقبه", "كارلوس مورينو", "overall"),
    ("وتوج الإسباني خافيير لوبيز باللقب الثالث على التوالي.", "3", "لقب", "خافيير لوبيز", "streak: على التوالي"),
    ("وفاز الغاني كوامي أدو بولاية رابعة.", "4", "ولاية", "كوامي أدو", "overall"),
])
def test_arabic_table(text, value, noun, subject_label, scope):
    [c] = _occurrences(text, "ar")
    assert (c.value, occurrence.noun(c), c.subject_label.lower(), occurrence.scope(c)) == (value, noun, subject_label.lower(), scope)


@pytest.mark.parametrize("lang, text", [
    ("en", "Tomas Varga finished third in the Porto Marathon."),           # a rank (kinds.rank)
    ("en", "The second round of talks opens in Vienna on Monday."),        # a round (kinds.rounds)
    ("en", "Tomas Varga scored his second goal in the 70th minute."),      # a numbered part
    ("en", "It was the second day of the talks in Vienna, Ivo Rask said."),   # a time unit
    ("en", "Porto is the third-largest city of the region, Ivo Rask said."),  # a superlative
    ("en", "Ivo Rask was first elected in 2019."),                          # "first" orders
    ("en", "A second man was arrested on Tuesday."),                       # a person, nobody's count
    ("ar", "سجل اللاعب الهدف الثاني في الدقيقة 30."),
    ("ar", "وحل العداء الكيني بيتر موانغي ثالثا."),
])
def test_out_of_scope(lang, text):
    assert _occurrences(text, lang) == []


def _claim(cid, value, noun="marathon", subject="vrg", scope="overall", quote="his third marathon", extra=()):
    return Claim(id=cid, article=cid, start=0, end=len(quote), quote=quote, property=occurrence.PROPERTY,
                 value=value, subject=subject, subject_label=subject, keywords=[noun],
                 signals=[Signal(field="value", rule="en.values:ordinals; occurrence", text="third"),
                          Signal(field="measure", rule=occurrence.NOUN_RULE, text=noun, start=0, end=len(noun)),
                          Signal(field="scope", rule=occurrence.SCOPE_RULE, text=scope), *extra])


REF = EventRef.parse("main:this")
SAME = Context(REF, REF, True, "compatible event")


@pytest.mark.parametrize("a, b, kind", [
    (_claim("a", "3"), _claim("b", "3"), "agree"),
    (_claim("a", "3"), _claim("b", "2"), "contradict"),
    (_claim("a", "3", noun="title"), _claim("b", "2", noun="final"), "unrelated"),        # two nouns
    (_claim("a", "3", subject="vrg"), _claim("b", "2", subject="lnd"), "unrelated"),     # two subjects
    (_claim("a", "3", scope="streak: straight"), _claim("b", "5"), "unrelated"),         # two scopes
    (_claim("a", "2", scope="period: this season"), _claim("b", "5", scope="period: in his career"), "unrelated"),
    (_claim("a", "3", extra=[Signal(field="scope", rule=occurrence.ENUMERATED_RULE, text="goal")]),
     _claim("b", "2"), "unrelated"),                                                      # an article that enumerates
])
def test_judge(a, b, kind):
    assert occurrence.judge(a, b, SAME).kind == kind
    assert occurrence.judge(b, a, SAME).kind == kind


def test_another_event_is_unrelated():
    other = Context(REF, REF, False, "different dates")
    assert occurrence.judge(_claim("a", "3"), _claim("b", "2"), other).kind == "unrelated"


@pytest.mark.parametrize("noun_a, noun_b, cos, kind", [
    ("marathon", "ماراثون", 0.44, "contradict"),   # one loanword (consonant skeleton mrtn)
    ("title", "لقب", 0.80, "contradict"),          # the nouns' cosine
    ("title", "نهائي", 0.30, "unrelated"),         # two nouns
])
def test_across_scripts(noun_a, noun_b, cos, kind):
    a = _claim("a", "3", noun=noun_a, quote=f"his third {noun_a}")
    b = _claim("b", "4", noun=noun_b, quote=f"رابع {noun_b}")
    ctx = Context(REF, REF, True, "compatible event", head_similarity=cos)
    assert occurrence.judge(a, b, ctx).kind == kind
    assert occurrence.judge(b, a, ctx).kind == kind


def test_registered_and_blocked_on_its_subject():
    k = kind_of(occurrence.PROPERTY)
    assert k is not None and k.block_on_subject and k.contradictable and k.module == "occurrence"


VALUES = st.sampled_from(["1", "2", "3", "4", "12"])
NOUNS = st.sampled_from(["marathon", "title", "term"])
SCOPES = st.sampled_from(["overall", "streak: straight", "period: this year", "period: in a month"])
SUBJECTS = st.sampled_from(["vrg", "lnd"])


@settings(max_examples=150, deadline=None)
@given(VALUES, VALUES, NOUNS, NOUNS, SCOPES, SCOPES, SUBJECTS, SUBJECTS, st.booleans())
def test_compare_is_symmetric(va, vb, na, nb, sa, sb, ja, jb, same):
    ctx = Context(REF, REF, same, "compatible event" if same else "another event")
    a = _claim("a", va, noun=na, scope=sa, subject=ja)
    b = _claim("b", vb, noun=nb, scope=sb, subject=jb)
    assert occurrence.judge(a, b, ctx) == occurrence.judge(b, a, ctx) or \
        occurrence.judge(a, b, ctx).kind == occurrence.judge(b, a, ctx).kind


ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(sorted(ORDINALS)), NOUNS)
def test_reading_is_idempotent(n, noun):
    """The claim's readable value, written back into a sentence, reads as the same occurrence."""
    [c] = _occurrences(f"Tomas Varga won his {ORDINALS[n]} {noun} on Sunday.", "en")
    again = occurrence.readable(c)            # "3rd marathon"
    [d] = _occurrences(f"Tomas Varga won his {again} on Sunday.", "en")
    assert (d.value, occurrence.noun(d), occurrence.readable(d)) == (c.value, occurrence.noun(c), again)
