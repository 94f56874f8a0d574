"""Invariants of the judgement: symmetric verdicts, date compatibility, report files round-trip."""
from hypothesis import given, strategies as st

from factcheck.judge.compare import judge
from factcheck.extract.events import EventRef, dates_compatible
from factcheck.models import Claim, Report, Signal

DATES = st.sampled_from(["2025-04-10", "2025-04-11", "2025-04", "2025", "--04-10", "weekday:4", "weekday:2", "2022-02"])
VALUES = {"date": DATES, "place": st.sampled_from(["city:745044", "country:TR", "city:524901", "country:RU"]),
          "quantity:count": st.sampled_from(["2000", "5300", "10000"]),
          "role": st.sampled_from(["سفير|RU|US|", "سفير|RU||", "نايبه مساعد|US||اوروبا", "نايبه مساعد|US||روسيا+وسط اوروبا"])}


@st.composite
def claims(draw, prop):
    low = draw(st.one_of(st.none(), st.floats(0, 1e4, allow_nan=False)))
    high = draw(st.one_of(st.none(), st.floats(0, 1e4, allow_nan=False)))
    return Claim(id=draw(st.text("abc", min_size=3, max_size=6)), article=draw(st.sampled_from(["a", "b"])), start=0, end=5,
                 quote="x", subject="p" if prop == "role" else None, property=prop, value=draw(VALUES[prop]),
                 value_low=low, value_high=high, polarity=draw(st.sampled_from(["positive", "negative"])),
                 modality=draw(st.sampled_from(["asserted", "expected", "possible"])),
                 event=draw(st.sampled_from([None, "main:this", "main:prior date=2025-02-27", "main:next place=city:524901"])),
                 signals=[Signal(field="measure", rule="measures.dead: t", text="dead")] if prop.startswith("quantity:") else [])


@given(st.sampled_from(sorted(VALUES)).flatmap(lambda p: st.tuples(claims(p), claims(p))))
def test_judge_is_symmetric(pair):
    a, b = pair
    ra, rb = EventRef.parse(a.event), EventRef.parse(b.event)
    assert judge(a, b, ra, rb).kind == judge(b, a, rb, ra).kind


@given(DATES, DATES)
def test_dates_compatible_is_symmetric_and_reflexive(a, b):
    assert dates_compatible(a, b) == dates_compatible(b, a)
    assert dates_compatible(a, a)


@given(st.sampled_from(sorted(VALUES)).flatmap(lambda p: st.lists(claims(p), max_size=4)))
def test_report_json_round_trips(cs):
    rep = Report(articles=[], claims=cs, findings=[])
    assert Report.model_validate_json(rep.to_json()) == rep


def test_event_key_round_trips():
    ref = EventRef(kind="main", relation="prior", date="2025-02-27", place="city:745044", ordinal="2")
    assert EventRef.parse(ref.to_key()) == ref
