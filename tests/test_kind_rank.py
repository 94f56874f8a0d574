"""The rank kind: an ordinal next to a rank cue is the place its subject takes (tables per language,
the judgement, invented stories in English and Arabic)."""
import pytest

from factcheck import pipeline
from factcheck.kinds import Context, kind_of, rank
from factcheck.extract.events import EventRef
from factcheck.models import Article, Claim


def _ranks(text: str, lang: str) -> list[Claim]:
    return [c for c in pipeline.analyze([Article(id="a", path="a.txt", text=text, language=lang)]).claims
            if c.property == rank.PROPERTY]


@pytest.mark.parametrize("lang, text, value, subject_label", [
    ("en", "Norwegian skier Ola Brekke finished second in the giant slalom.", "2", "Ola Brekke"),
    ("en", "Brekke came 3rd in Saturday's giant slalom.", "3", "Brekke"),
    ("en", "The Kenyan came fourth after a late fall.", "4", "Kenyan"),
    ("en", "Tomas Weil ended the race in fifth place.", "5", "Tomas Weil"),
    ("ar", "جاء العداء المغربي ثالثا في سباق الضاحية.", "3", "المغربي"),
    ("ar", "حل العداء الكيني في المركز الثاني.", "2", "الكيني"),
])
def test_an_ordinal_next_to_a_rank_cue_is_a_rank(lang, text, value, subject_label):
    [c] = _ranks(text, lang)
    assert (c.value, c.subject_label) == (value, subject_label)
    assert any("rank_cues" in s.rule for s in c.signals if s.field == "value")   # provenance


@pytest.mark.parametrize("lang, text", [
    ("en", "Brekke scored the first goal of the season."),     # an ordinal that describes
    ("en", "The second round starts on Monday."),               # an ordinal of an event
    ("en", "She finished the race in the rain."),               # a cue, no ordinal
    ("ar", "سجل اللاعب الهدف الثاني في الدقيقة 30."),
])
def test_no_rank_without_a_cue_and_an_ordinal(lang, text):
    assert _ranks(text, lang) == []


def _claim(cid, value, subject):
    return Claim(id=cid, article=cid, start=0, end=1, quote="q", property="rank", value=value,
                 subject=subject, subject_label=subject)


@pytest.mark.parametrize("va, vb, same_event, kind", [
    ("2", "2", True, "agree"),
    ("2", "3", True, "contradict"),
    ("2", "3", False, "unrelated"),   # another race
])
def test_ranks_of_one_competitor(va, vb, same_event, kind):
    ref = EventRef.parse("main:this")
    ctx = Context(ref, ref, same_event, "compatible event" if same_event else "another event")
    assert rank.judge(_claim("a", va, "name:brekke"), _claim("b", vb, "name:brekke"), ctx).kind == kind
    assert rank.judge(_claim("a", va, "name:brekke"), _claim("b", vb, "name:weil"), ctx).kind == "unrelated"


def test_rank_is_registered_and_blocked_on_its_subject():
    k = kind_of("rank")
    assert k is not None and k.block_on_subject and k.contradictable


@pytest.mark.parametrize("lang, a, b", [
    ("en", "Norwegian skier Ola Brekke finished second in the giant slalom at Hafjell on Saturday.",
     "Ola Brekke came third in Saturday's giant slalom at Hafjell, behind two Austrians."),
    ("ar", "حل العداء الكيني في المركز الثاني في سباق الضاحية يوم السبت.",
     "جاء العداء الكيني رابعا في سباق الضاحية يوم السبت."),
])
def test_invented_story_rank_clash(lang, a, b):
    rep = pipeline.analyze([Article(id="r1", path="r1.txt", text=a, language=lang),
                            Article(id="r2", path="r2.txt", text=b, language=lang)])
    [f] = [f for f in rep.findings if f.kind == "contradiction" and f.property == "rank"]
    assert len({c.split("_")[0] for c in f.claims}) >= 1 and len(f.sides) == 2
    assert "place" in f.reason
