"""The registry of value kinds: every property resolves to a kind, every kind has the common
interface, ``compare.judge`` is symmetric for every kind, and a new kind is dispatched to without
touching ``compare`` (invented claims: other people, places, numbers)."""
import inspect
import subprocess
import sys
import types
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.judge import compare
from factcheck import kinds, pipeline
from factcheck.lang import data as langdata
from factcheck.lang import lexicon as lx
from factcheck.extract.events import EventRef
from factcheck.kinds import Context, Kind, block_key, judge_of, kind_of, readable_of
from factcheck.kinds.base import UNRELATED, Verdict
from factcheck.models import Claim, Signal

TESTS = Path(__file__).resolve().parent
INVENTED = sorted(p for p in TESTS.iterdir() if p.is_dir() and p.name.startswith("invented"))

# property -> (kind, contradictable, blocked on subject, an event trait)
PROPERTIES = [
    ("role", "role", True, True, False),
    ("name", "name", False, True, False),
    ("leads", "leads", False, True, False),
    ("aim", "topic", True, False, False),
    ("agenda", "topic", True, False, False),
    ("date", "date", True, False, True),
    ("start_date", "date", True, False, False),
    ("place", "place", True, False, True),
    ("venue", "venue", True, False, True),
    ("start_time", "clock", True, False, True),
    ("duration", "duration", True, False, True),
    ("quantity:count", "quantity", True, False, False),
    ("quantity:percent", "quantity", True, False, False),
    ("quantity:money:EUR", "quantity", True, False, False),
    ("minute", "minute", True, False, False),
    ("racetime", "racetime", True, False, False),
    ("score", "score", True, False, False),
    ("statement", "statement", True, False, False),
    ("route:origin", "route", True, False, False),
    ("route:destination", "route", True, False, False),
    ("region", "region", True, True, False),
]


@pytest.mark.parametrize("prop, name, contradictable, by_subject, event_value", PROPERTIES)
def test_property_resolves_to_its_kind(prop, name, contradictable, by_subject, event_value):
    k = kind_of(prop)
    assert k is not None and k.name == name
    assert k.contradictable is contradictable
    assert k.event_value is event_value
    c = Claim(id="c1", article="a", start=0, end=1, quote="q", property=prop, subject="s7")
    assert block_key(c) == ((prop, "s7") if by_subject else (prop,))


@pytest.mark.parametrize("prop", ["count", "count:dead", "count:population", "quantity", "statements", "minutes", "rolex", "", "colour"])
def test_unknown_property_has_no_kind_and_is_compared_with_nothing(prop):
    assert kind_of(prop) is None
    a = Claim(id="x1", article="a", start=0, end=1, quote="q", property=prop, value="1")
    b = Claim(id="x2", article="b", start=0, end=1, quote="q", property=prop, value="1")
    assert compare.judge(a, b, EventRef(), EventRef()) == UNRELATED
    assert compare.readable(a) == "1"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_measure_is_a_measure_of_the_lexicons_and_has_a_quantity_dimension(lang):
    # what measures.json says of a measure (evolving, standing, its dimension) applies to a lexicon cue,
    # and the measure's dimension is one a quantity property takes
    names = set(lx.lexicon(lang).measures)
    assert langdata.measures("evolving") | langdata.measures("standing") <= names
    for name in names:
        assert kind_of(f"quantity:{langdata.measure_dimension(name)}").name == "quantity"


@pytest.fixture(scope="module")
def emitted_properties():
    props = set()
    for story in INVENTED:
        props |= {c.property for c in pipeline.report([story]).claims}
    return props


def test_every_property_the_frames_emit_is_registered(emitted_properties, seeds_report):
    props = emitted_properties | {c.property for c in seeds_report.claims}
    assert len(props) > 5   # the stories do emit many properties
    assert sorted(p for p in props if kind_of(p) is None) == []


@pytest.mark.parametrize("kind", kinds.REGISTRY, ids=lambda k: k.prefix)
def test_every_kind_has_the_interface(kind):
    judge, readable = judge_of(kind), readable_of(kind)
    assert list(inspect.signature(judge).parameters) == ["a", "b", "ctx"]
    assert len(inspect.signature(readable).parameters) == 1
    module = sys.modules[f"factcheck.kinds.{kind.module}"]
    assert module.__doc__ and callable(module.judge)   # its own judge (adapted when its signature differs)


def _claim(prop, value, *, cid="c1", article="a", quote="x", signals=(), start=0, end=5, **kw):
    return Claim(id=cid, article=article, start=start, end=end, quote=quote, property=prop, value=value,
                 signals=list(signals), **kw)


@pytest.mark.parametrize("claim, expected", [
    (_claim("place", "city:2988507"), "Paris"),
    (_claim("place", "country:PT"), "Portugal"),
    (_claim("place", "city:0000000"), "city:0000000"),
    (_claim("place", None, quote="somewhere"), "somewhere"),
    (_claim("aim", "tariff trade", quote="to settle the tariff dispute"), "to settle the tariff dispute"),
    (_claim("agenda", "fish quota"), "fish quota"),
    (_claim("role", "ambassador|FR||", signals=[Signal(field="value", rule="t", text="French envoy")]), "French envoy"),
    (_claim("role", "ambassador|FR||"), "ambassador|FR||"),
    (_claim("venue", "embassy:FR", signals=[Signal(field="property", rule="t", text="French embassy", start=1, end=4)]),
     "French embassy"),
    (_claim("venue", "embassy:FR", signals=[Signal(field="property", rule="t", text="far away", start=9, end=14)]),
     "embassy:FR"),
    (_claim("name", "orla", signals=[Signal(field="value", rule="t", text="Storm Orla", start=0, end=4)]), "Storm Orla"),
    (_claim("date", "2031-05-04"), "2031-05-04"),
    (_claim("quantity:count", "410", signals=[Signal(field="value", rule="t", text="410"),
                                              Signal(field="measure", rule="measures.missing: t", text="missing")]), "410"),
    (_claim("quantity:percent", "61.2%", signals=[Signal(field="value", rule="t", text="61.2 per cent")]), "61.2%"),
    (_claim("minute", "45+2", signals=[Signal(field="value", rule="t", text="45+2'")]), "45+2"),
    (_claim("statement", None, quote="The ferry sailed at dawn."), "The ferry sailed at dawn."),
    (_claim("route:destination", "city:2988507"), "Paris"),
    (_claim("route:origin", None, quote="from somewhere"), "from somewhere"),
])
def test_readable_per_kind(claim, expected):
    assert compare.readable(claim) == expected


# ------------------------------------------------------------------ symmetry, per kind (hypothesis)
EVENTS = st.sampled_from([None, "main:this", "main:prior date=2031-02-27", "main:next place=city:2950159",
                          "main:this ordinal=2"])
QUOTES = st.sampled_from(["The ferry left Lisbon with 400 passengers.", "The ferry did not leave Lisbon.",
                          "غادرت العبارة لشبونة فجرا", "Officials denied the ferry left."])
WORDS = st.lists(st.sampled_from(["ferri", "lisbon", "passeng", "dawn", "port"]), min_size=1, max_size=4)
FIGURES = st.sampled_from(["120", "125", "400", "4500", "5000"])
VALUES = {
    "role": st.sampled_from(["ambassador|FR|DE|", "ambassador|FR||", "ambassador|IT||", "minister|PT||trade",
                             "minister|PT||trade+industry", "minister|PT||fisheries"]),
    "name": st.sampled_from(["orla", "bram"]),
    "designation": st.sampled_from(["767-300", "767-200", "340"]),
    "leads": st.sampled_from([None, "FR", "IT"]),
    "aim": st.sampled_from(["fish quota talk", "fish quota", "water right"]),
    "agenda": st.sampled_from(["fish quota talk", "fish quota", "water right"]),
    "date": st.sampled_from(["2031-04-10", "2031-04-11", "2031-04", "--04-10", "weekday:4"]),
    "start_date": st.sampled_from(["2031-04-10", "2031-04", "2030"]),
    "place": st.sampled_from(["city:2988507", "country:FR", "city:2950159", "country:DE", "city:2267057"]),
    "venue": st.sampled_from(["embassy:FR", "embassy:DE", "palace:FR"]),
    "start_time": st.sampled_from(["14:30", "09:00"]),
    "duration": st.sampled_from(["PT4H", "PT3H", "PT30M"]),
    "quantity:count": FIGURES,
    "quantity:percent": st.sampled_from(["12.5%", "13%", "61.2%"]),
    "minute": st.sampled_from(["10", "12", "45+2", "48"]),
    "racetime": st.sampled_from(["PT2H0M35S", "PT2H0M36S", "PT2H1M9S", "PT1M52.61S"]),
    "score": st.sampled_from(["2-1", "3-1", "1-1", "0-0"]),
    "rank": st.sampled_from(["1", "2", "3"]),
    "round": st.sampled_from(["1", "2", "3"]),
    "occurrence": st.sampled_from(["1", "2", "3"]),
    "route:destination": st.sampled_from(["city:2988507", "country:FR", "city:2950159", "country:DE", None]),
    "route:origin": st.sampled_from(["city:2988507", "country:PT", "city:2267057"]),
    "region": st.sampled_from(["N|in|country", "NE|in|country:FR", "S|in|name:frn", "C|in|country",
                               "SW|of|capital", "E|of|border", None]),
    "statement": st.none(),
}
SUBJECTS = {"role": st.sampled_from(["p", "q"]), "name": st.just("kind:storm"),
            "designation": st.sampled_from(["boeing", "saab"]), "rank": st.sampled_from(["name:weil", "nationality:KE"]),
            "occurrence": st.sampled_from(["vrg", "lnd"]), "leads": st.sampled_from(["p", "q"]),
            "region": st.sampled_from([None, "name:sl", "city:2988507"]),
            "quantity:count": st.sampled_from([None, "p", "city:2988507", "city:2950159", "country:FR", "sailors"])}
# the measure a figure's cue names, if any: figures of named measures (evolving, standing) and of none
MEASURES = st.sampled_from([None, None, "missing", "population", "dead"])


def _number(value):
    try:
        return float(sum(float(x) for x in value.rstrip("%").split("+")))
    except (ValueError, AttributeError):
        return None


@st.composite
def claims(draw, prop):
    value = draw(VALUES[prop])
    n = _number(value)
    if n is not None:   # mostly exact figures, sometimes open below or above ("more than 400")
        low, high = draw(st.sampled_from([(n, n), (n, n), (None, n), (n, None)]))
    else:
        low, high = draw(st.one_of(st.none(), st.floats(0, 10))), draw(st.one_of(st.none(), st.floats(0, 10)))
    signals = [Signal(field="value", rule="t", text=value or "v")]
    measure = draw(MEASURES) if prop.startswith("quantity:") else None
    if measure is not None:
        signals.append(Signal(field="measure", rule=f"measures.{measure}: t", text=measure))
    if prop == "minute" and draw(st.booleans()):
        signals.append(Signal(field="list", rule="t", text=" ".join(draw(st.lists(VALUES["minute"], min_size=1)))))
    if prop == "minute" and draw(st.booleans()):
        signals.append(Signal(field="context", rule="t", text=" ".join(draw(st.lists(VALUES["minute"], min_size=1)))))
    return Claim(id=draw(st.text("abc", min_size=3, max_size=6)), article=draw(st.sampled_from(["a", "b"])),
                 start=0, end=5, quote=draw(QUOTES), property=prop, value=value, value_low=low, value_high=high,
                 subject=draw(SUBJECTS.get(prop, st.sampled_from([None, "p", "q"]))),
                 polarity=draw(st.sampled_from(["positive", "negative"])),
                 modality=draw(st.sampled_from(["asserted", "expected", "possible", "planned"])),
                 keywords=draw(WORDS), entities=draw(st.lists(st.sampled_from(["p", "q"]), max_size=2)),
                 signals=signals, event=draw(EVENTS))


@pytest.mark.parametrize("prop", sorted(VALUES))
@settings(max_examples=150, deadline=None)
@given(data=st.data(), similarity=st.sampled_from([0.0, 0.5, 0.9]),
       rare=st.sampled_from([frozenset(), frozenset({"ferri", "lisbon", "dawn", "port"})]),
       weight=st.sampled_from([None, {}, {"ferri": 0.5, "port": 2.0}]))
def test_judge_is_symmetric_for_every_kind(prop, data, similarity, rare, weight):
    a, b = data.draw(claims(prop)), data.draw(claims(prop))
    ra, rb = EventRef.parse(a.event), EventRef.parse(b.event)
    ab = compare.judge(a, b, ra, rb, similarity=similarity, rare=rare, weight=weight)
    ba = compare.judge(b, a, rb, ra, similarity=similarity, rare=rare, weight=weight)
    assert ab.kind == ba.kind


def test_the_symmetry_pools_cover_every_kind():
    assert {kind_of(p).name for p in VALUES} == {k.name for k in kinds.REGISTRY}


# ------------------------------------------------------------------ a new kind: one module, one line
@pytest.fixture
def fake_kind(monkeypatch):
    seen = []
    module = types.ModuleType("factcheck.kinds.tide_test_kind", "A kind registered by a test: tide heights.")

    def judge(a, b, ctx):
        seen.append(ctx)
        if a.value == b.value:
            return Verdict("agree", f"same tide ({module.readable(a)})", 0.5)
        return Verdict("contradict", f"different tide ({module.readable(a)} vs {module.readable(b)})", 0.5)

    module.judge = judge
    module.readable = lambda c: f"{c.value} m"
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(kinds, "REGISTRY", kinds.REGISTRY + (Kind("tide", "tide:", True, "tide_test_kind"),))
    kinds.kind_of.cache_clear()   # a property's kind is remembered: the new registry is read afresh
    yield seen
    kinds.resolve.cache_clear()
    kinds.kind_of.cache_clear()


@pytest.mark.parametrize("va, vb, expected", [("3.1", "3.1", "agree"), ("3.1", "4.0", "contradict")])
def test_a_registered_kind_is_dispatched_to(fake_kind, va, vb, expected):
    a = _claim("tide:high", va, cid="t1", article="a", event="main:this")
    b = _claim("tide:high", vb, cid="t2", article="b", event="main:prior")
    ra, rb = EventRef.parse(a.event), EventRef.parse(b.event)
    verdict = compare.judge(a, b, ra, rb, similarity=0.3)
    assert verdict.kind == expected
    ctx = fake_kind[-1]
    assert isinstance(ctx, Context) and ctx.ref_a == ra and ctx.ref_b == rb and ctx.similarity == 0.3
    assert ctx.same_event is False and "occurrences" in ctx.why
    assert compare.readable(a) == f"{va} m"
    finding = compare.contradiction([[a], [b]], verdict.reason, verdict.confidence)
    assert [s.value for s in finding.sides] == [f"{va} m", f"{vb} m"]
    assert kind_of("tide:high").contradictable


def test_judging_does_not_import_every_kind():
    # importing the package imports no kind module; resolving one imports that one
    code = ("import sys, factcheck.kinds as k; assert 'factcheck.kinds.venue' not in sys.modules; "
            "k.judge_of(k.kind_of('venue')); assert 'factcheck.kinds.venue' in sys.modules; "
            "assert 'factcheck.kinds.role' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=TESTS.parent)
