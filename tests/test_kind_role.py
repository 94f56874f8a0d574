"""The role kind: two titles of one person (tables, and an invented story)."""
import pytest

from factcheck import pipeline
from factcheck.extract.events import EventRef
from factcheck.kinds import Context, role
from factcheck.models import Article, Claim


def _role(cid, value, subject="vrn"):
    return Claim(id=cid, article=cid, start=0, end=1, quote="q", property="role", value=value, subject=subject)


@pytest.mark.parametrize("va, vb, kind", [
    ("minister|NO||finance", "minister|NO||finance", "agree"),
    ("minister|NO||finance", "minister|NO||defence", "contradict"),      # another portfolio
    ("prime minister|||", "finance minister|||", "contradict"),           # one office noun, qualified otherwise
    ("interim president|||", "incumbent president|||", "contradict"),
    ("spokesman|||", "minister|||", "unrelated"),                         # two offices: both may be held
    ("incumbent president|||", "judicial body adjusts president|||", "unrelated"),   # a misread title
])
def test_two_titles_of_one_person(va, vb, kind):
    ref = EventRef.parse("main:this")
    ctx = Context(ref, ref, True, "compatible event")
    assert role.judge(_role("a", va), _role("b", vb), ctx).kind == kind
    assert role.judge(_role("b", vb), _role("a", va), ctx).kind == kind
    assert role.judge(_role("a", va), _role("b", vb, subject="other"), ctx).kind == "unrelated"


def test_invented_story_title_clash():
    arts = [Article(id="t1", path="t1.txt", language="en", text="Prime Minister Ingrid Vale opened the bridge in Tromvik on Monday."),
            Article(id="t2", path="t2.txt", language="en", text="Finance Minister Ingrid Vale opened the new bridge in Tromvik on Monday.")]
    rep = pipeline.analyze(arts)
    [f] = [f for f in rep.findings if f.kind == "contradiction" and f.property == "role"]
    assert "different title" in f.reason


@pytest.mark.parametrize("lang, text, title", [
    # "former" opens the title: the verb before it is not part of it
    ("en", "A court in Lindau on Tuesday sentenced former mayor Petra Holm to six years.", "former mayor"),
    ("en", "Police in Varna on 3 May arrested deputy governor Emil Dobrev at his home.", "arrested deputy governor"),
    ("en", "On Friday Norwegian Foreign Minister Ola Berg arrived in Tunis.", "Norwegian Foreign Minister"),
    ("en", "In Kranj on Sunday acting president Lea Marr resigned.", "acting president"),
])
def test_a_day_or_a_number_is_no_part_of_a_title(lang, text, title):
    rep = pipeline.analyze([Article(id="x", path="x.txt", language=lang, text=text)])
    [c] = [c for c in rep.claims if c.property == "role"]
    assert c.quote.startswith(title)


def test_an_outgoing_title_is_no_part_of_the_name():
    """"الرئيس المنتهية ولايته" (the outgoing president): the name is what follows the phrase."""
    text = "فاز الرئيس المنتهية ولايته كمال ولد سالم بولاية ثانية بعد حصوله على 61 في المئة من الأصوات."
    rep = pipeline.analyze([Article(id="x", path="x.txt", language="ar", text=text)])
    [c] = [c for c in rep.claims if c.property == "role"]
    assert c.subject_label.startswith("كمال")
