"""Where a journey came from and was going (``kinds.route``): one row per phrase, then invented
two-article stories (a migrant boat, a train, a cargo ship; English, Arabic and both) that agree,
clash, or name two legs of a journey and never clash."""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import pipeline
from factcheck.extract.events import EventRef
from factcheck.judge import compare
from factcheck.kinds import route
from factcheck.lang import lexicon as lx
from factcheck.models import Article, Claim

DAY = dt.date(2031, 5, 6)
MALTA, NAPLES, ITALY, SFAX, TUNIS = "country:MT", "city:3172394", "country:IT", "city:2467454", "city:2464470"
CAIRO, ASWAN, LUXOR = "city:360630", "city:359792", "city:360502"
ROTTERDAM, GENOA, PIRAEUS, HAMBURG = "city:2747891", "city:3176219", "city:255274", "city:2911298"
O, D = route.ORIGIN, route.DESTINATION


def _read(lang: str, text: str) -> list[tuple[str, str, str]]:
    return [(f.prop, f.key, text[f.start:f.end]) for f in route.frames(text, 0, len(text), lx.tokenize(text, lang), lang)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The boat bound for Malta capsized.", [(D, MALTA, "bound for Malta")]),
    ("en", "The ferry was heading to the Italian port of Naples.", [(D, NAPLES, "heading to the Italian port of Naples")]),
    ("en", "The plane was en route to Hamburg’s main airport.", [(D, HAMBURG, "en route to Hamburg’s")]),
    ("en", "The ship sailed on to Tunis.", [(D, TUNIS, "sailed on to Tunis")]),
    ("en", "The freighter had departed from Sfax at dawn.", [(O, SFAX, "departed from Sfax")]),
    ("en", "The ferry departed the port of Piraeus.", [(O, PIRAEUS, "departed the port of Piraeus")]),
    ("en", "The migrants were deported to Tunis.", [(D, TUNIS, "deported to Tunis")]),
    ("en", "A train from Cairo to Aswan derailed.", [(O, CAIRO, "train from Cairo"), (D, ASWAN, "train from Cairo to Aswan")]),
    ("en", "It took off from Genoa Marco Verdi Airport, bound for Rotterdam.",
     [(O, GENOA, "took off from Genoa Marco Verdi Airport"), (D, ROTTERDAM, "bound for Rotterdam")]),
    # not routes: no motion word, no place, an arrival, a person's return
    ("en", "The talks run from Monday to Friday.", []),
    ("en", "The team moved from third to second.", []),
    ("en", "She sent a message to London.", []),
    ("en", "Aid groups from Italy flew in supplies.", []),
    ("en", "The ferry arrived in Naples.", []),
    ("en", "He was returning to Tunis after a visit.", []),
    ("en", "The storm left Sfax without power.", []),
    ("en", "A low drive from Italy's captain went wide.", []),
    ("en", "The plane flew to meet officials in Cairo.", []),
    ("ar", "غرق القارب المتجه إلى مالطا.", [(D, MALTA, "المتجه إلى مالطا")]),
    ("ar", "كانت العبارة في طريقها إلى نابولي.", [(D, NAPLES, "طريقها إلى نابولي")]),
    ("ar", "أقلعت الطائرة من مطار القاهرة الدولي.", [(O, CAIRO, "أقلعت الطائرة من مطار القاهرة")]),
    ("ar", "غادرت السفينة ميناء صفاقس فجرا.", [(O, SFAX, "غادرت السفينة ميناء صفاقس")]),
    ("ar", "انقلب القطار بعد انطلاقه من القاهرة إلى أسوان.",
     [(O, CAIRO, "انطلاقه من القاهرة"), (D, ASWAN, "انطلاقه من القاهرة إلى أسوان")]),
    ("ar", "قالت الأنباء القادمة من القاهرة إن القطار انقلب.", []),
    ("ar", "بعث الوزير رسالة إلى روما.", []),
    ("ar", "انطلقت الجولة الثانية من المحادثات في جنيف.", []),
    ("ar", "وصلت السفينة إلى جنوة.", []),
    ("ar", "تستمر المحادثات من الاثنين إلى الجمعة.", []),
])
def test_a_place_a_motion_cue_introduces_is_an_end_of_a_journey(lang, text, expected):
    assert _read(lang, text) == expected


def test_each_route_signal_names_its_cue_and_its_gazetteer_entry():
    f, = route.frames("The boat bound for Malta sank.", 0, 30, lx.tokenize("The boat bound for Malta sank.", "en"), "en")
    prop, value = f.signals
    assert prop.field == "property" and "route.destination_cues 'bound for'" in prop.rule and prop.text == "bound for"
    assert value.field == "value" and value.rule.startswith("places.json:country Malta") and value.text == "Malta"


PLACES = {"Malta": MALTA, "Naples": NAPLES, "Sfax": SFAX, "Tunis": TUNIS, "Cairo": CAIRO}


@settings(max_examples=60, deadline=None)
@given(word=st.sampled_from(["message", "letter", "tribute", "aid", "answer", "report", "shift", "rise"]),
       prep=st.sampled_from(["to", "from", "for", "towards"]), name=st.sampled_from(sorted(PLACES)))
def test_a_place_after_no_motion_word_is_never_a_route(word, prep, name):
    assert _read("en", f"Officials said the {word} {prep} {name} was late.") == []


@settings(max_examples=60, deadline=None)
@given(cue=st.sampled_from(["bound for", "heading to", "en route to", "sailing to", "flight to", "departed from",
                            "took off from", "ferry from"]),
       name=st.sampled_from(sorted(PLACES)))
def test_a_route_is_the_place_its_cue_introduces_and_spans_both(cue, name):
    text = f"The ship, {cue} {name}, was damaged."
    (prop, key, span), = _read("en", text)
    assert key == PLACES[name] and span == f"{cue} {name}"
    assert prop == (O if "from" in cue else D)


# ------------------------------------------------------------------ stories
def _report(*texts: tuple[str, str]):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", language=lang, published=DAY, text=t)
            for i, (lang, t) in enumerate(texts)]
    return pipeline.analyze(arts)


def _routes(rep, prop=D) -> list[tuple[str, list[str]]]:
    cl = {c.id: c for c in rep.claims}
    return sorted((f.kind, sorted(cl[i].value for i in f.claims)) for f in rep.findings
                  if f.property == prop and f.kind != "unsupported")


BOAT_A = ("en", "A boat carrying 80 migrants capsized on Tuesday.\n\nThe boat, which had departed from Sfax, "
                "was heading to Malta when it sank, the coast guard said.")
BOAT_MALTA = ("en", "Rescuers pulled 31 survivors from the sea on Tuesday after the boat, bound for Malta, sank.")
BOAT_NAPLES = ("en", "Rescuers pulled 31 survivors from the sea on Tuesday after the boat, bound for Naples, sank.")
BOAT_ITALY = ("en", "Rescuers pulled 31 survivors from the sea on Tuesday after the boat, bound for Italy, sank.")
TRAIN_A = ("ar", "خرج قطار متجه إلى أسوان عن القضبان يوم الأحد بعد مغادرته القاهرة.\n\nوأصيب 40 راكبا.")
TRAIN_B = ("ar", "انقلب القطار بعد انطلاقه من القاهرة في طريقه إلى الأقصر يوم الأحد.\n\nوأصيب 40 راكبا.")
TRAIN_C = ("ar", "انقلب القطار بعد انطلاقه من القاهرة في طريقه إلى أسوان يوم الأحد.\n\nوأصيب 40 راكبا.")
SHIP_EN = ("en", "A fire broke out on Friday aboard a cargo ship that set sail from Rotterdam and was bound for Genoa.")
SHIP_AR = ("ar", "اندلع حريق يوم الجمعة على متن سفينة شحن متجهة إلى جنوة بعد أن أبحرت من روتردام.")
SHIP_AR_HAMBURG = ("ar", "اندلع حريق يوم الجمعة على متن سفينة شحن متجهة إلى هامبورغ بعد أن أبحرت من روتردام.")


@pytest.mark.parametrize("a, b, prop, expected", [
    (BOAT_A, BOAT_MALTA, D, [("agreement", [MALTA, MALTA])]),
    (BOAT_A, BOAT_NAPLES, D, [("contradiction", sorted([MALTA, NAPLES]))]),
    (BOAT_NAPLES, BOAT_ITALY, D, [("agreement", [NAPLES, ITALY])]),     # Naples lies in Italy
    (TRAIN_A, TRAIN_B, D, [("contradiction", [ASWAN, LUXOR])]),
    (TRAIN_A, TRAIN_C, D, [("agreement", [ASWAN, ASWAN])]),
    (TRAIN_A, TRAIN_B, O, [("agreement", [CAIRO, CAIRO])]),
    (SHIP_EN, SHIP_AR, D, [("agreement", [GENOA, GENOA])]),
    (SHIP_EN, SHIP_AR, O, [("agreement", [ROTTERDAM, ROTTERDAM])]),
    (SHIP_EN, SHIP_AR_HAMBURG, D, [("contradiction", sorted([GENOA, HAMBURG]))]),
])
def test_two_sources_on_the_journeys_end_agree_or_clash(a, b, prop, expected):
    assert _routes(_report(a, b), prop) == expected


@pytest.mark.parametrize("a, b", [
    # one article names two legs: the first destination and the next one
    (("en", "The ferry bound for Malta caught fire on Monday.\n\nHours later the crew sailed on to Tunis."),
     ("en", "The ferry, bound for Tunis, caught fire on Monday.")),
    (("en", "The ferry bound for Malta caught fire on Monday.\n\nHours later the crew sailed on to Tunis."),
     ("en", "The ferry, bound for Malta, caught fire on Monday.")),
    (("ar", "اشتعلت النيران يوم الاثنين في العبارة المتجهة إلى مالطا.\n\nوبعد ساعات أبحرت السفينة إلى نابولي."),
     ("en", "The ferry, heading to Naples, caught fire on Monday.")),
    # another journey: last year's boat
    (("en", "The boat bound for Malta sank on Tuesday.\n\nIn 2029, a boat bound for Naples sank near the same coast."),
     ("en", "The boat, bound for Malta, sank on Tuesday.")),
])
def test_an_article_naming_two_destinations_never_clashes(a, b):
    assert all(kind != "contradiction" for kind, _ in _routes(_report(a, b)))


def test_a_place_read_as_a_route_is_not_the_events_place():
    text = "The jet crashed after taking off from Marco Verdi Airport in Genoa on Friday."
    rep = _report(("en", text), ("en", "The jet, bound for Rotterdam, crashed in Genoa on Friday."))
    mine = {(c.article, c.property, c.value) for c in rep.claims if c.property in ("place", O, D)}
    assert ("a0", O, GENOA) in mine and ("a0", "place", GENOA) not in mine
    assert ("a1", D, ROTTERDAM) in mine and ("a1", "place", GENOA) in mine   # "crashed in": where it happened


def _claim(prop, value, cid, article, event="main:this"):
    return Claim(id=cid, article=article, start=0, end=5, quote="q", property=prop, value=value, event=event)


@pytest.mark.parametrize("va, vb, ea, eb, expected", [
    (MALTA, MALTA, "main:this", "main:this", "agree"),
    (NAPLES, ITALY, "main:this", "main:this", "agree"),
    (MALTA, NAPLES, "main:this", "main:this", "contradict"),
    (MALTA, NAPLES, "main:this", "main:prior date=2029", "unrelated"),   # another journey
    (MALTA, NAPLES, "main:this", "main:next", "unrelated"),
])
def test_judge(va, vb, ea, eb, expected):
    a, b = _claim(D, va, "r1", "a", ea), _claim(D, vb, "r2", "b", eb)
    verdict = compare.judge(a, b, EventRef.parse(ea), EventRef.parse(eb))
    assert verdict.kind == expected
    if expected != "unrelated":
        assert "destination" in verdict.reason and "places.json" in verdict.reason
    assert compare.judge(_claim(O, va, "r1", "a", ea), b, EventRef.parse(ea), EventRef.parse(eb)).kind == "unrelated"
