"""An invented parliamentary election in English and Arabic (names, seats and dates of no real story):
seats of two parties, seats told as a part of the whole, the run-off's date."""
import pytest

from factcheck import pipeline
from factcheck.extract.events import EventTracker
from factcheck.kinds import quantity
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from factcheck.models import Article, Claim, Clause, Signal


def _story(*texts: str):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", text=t,
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t) else "en")
            for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def _values(rep, kind, prop=None):
    cl = {c.id: c for c in rep.claims}
    return [sorted({cl[i].value for i in f.claims}) for f in rep.findings
            if f.kind == kind and (prop is None or f.property == prop)]


def test_the_seats_of_two_parties_never_clash():
    # the runner-up's seats after a rank ("came second with 64 seats") are the runner-up's: read past
    # the rank, its words name the party, and the winner's seats clash only with the winner's
    rep = _story("The Harbour Party won 97 of the 240 seats. The Farmers' Bloc came second with 64 seats.",
                 "The Harbour Party won 79 seats, while the Farmers' Bloc, the runner-up, secured 64.")
    assert _values(rep, "contradiction") == [["79", "97"]]


def test_seats_told_alone_clash_with_seats_told_as_a_part_of_the_whole():
    rep = _story("The Harbour Party won 97 of the 240 seats in Sunday's vote.",
                 "The Harbour Party won 79 seats in Sunday's vote.")
    assert _values(rep, "contradiction") == [["79", "97"]]


def test_the_whole_told_alone_is_never_a_part_that_clashes():
    rep = _story("The Harbour Party won 97 of the 240 seats in Sunday's vote.",
                 "The Harbour Party ran for the 240 seats in Sunday's vote.")
    assert _values(rep, "contradiction") == []


def test_the_runner_up_seats_clash_with_the_rank_before_them():
    # "وحل تكتل المزارعين ثانيا بـ64 مقعدا": read past the rank, the figure's words name the bloc, so
    # the other outlet's 46 seats of the bloc are its best match, not the winner's 97
    rep = _story("وحصد حزب المرفأ 97 مقعدا في البرلمان، وحل تكتل المزارعين ثانيا بـ64 مقعدا.",
                 "وحصل حزب المرفأ على 97 مقعدا، بينما حصل تكتل المزارعين على 46 مقعدا.")
    assert _values(rep, "contradiction") == [["46", "64"]]


def test_the_runoff_date_is_not_the_election_date():
    rep = _story("Voters in Dalmora went to the polls on Sunday, November 2. A run-off will be held on November 16.",
                 "وجرت الانتخابات في دالمورا يوم الأحد 2 نوفمبر، وتجرى جولة الإعادة في 23 نوفمبر.")
    dates = _values(rep, "contradiction", "date")
    assert ["--11-02", "--11-23"] not in dates and ["--11-16", "--11-02"] not in dates
    assert dates == [["--11-16", "--11-23"]]


def _relation(text, lang):
    art = Article(id="x", path="x.txt", text=text, language=lang)
    toks = lx.tokenize(text, lang)
    vals = values.find_values(text, lang)
    return EventTracker(2025).ref(art, Clause(article="x", start=0, end=len(text), sentence_start=0, sentence_end=len(text), paragraph=0), toks, vals, lang).relation


# one row per clause -> the occurrence it is about
@pytest.mark.parametrize("text, lang, relation", [
    ("The run-off is due on November 16.", "en", "next"),
    ("A replay will take place at the same ground on May 3.", "en", "next"),
    ("The retrial opens on 4 February.", "en", "next"),
    ("He fell short of the majority needed to avoid a run-off.", "en", "this"),   # no date: mentioned only
    ("She won on November 2, forcing a run-off.", "en", "this"),                  # the date is before it
    ("وتجرى جولة الإعادة في 23 نوفمبر.", "ar", "next"),
    ("وتقام مباراة الإياب في 3 مايو.", "ar", "next"),
    ("ولم يحصل أي مرشح على الأغلبية اللازمة لتجنب جولة الإعادة.", "ar", "this"),
    ("Voters went to the polls on November 2.", "en", "this"),
])
def test_a_dated_later_occurrence_is_the_next_event(text, lang, relation):
    assert _relation(text, lang) == relation


def _part(value, whole=None, words=("harbour", "party", "won", "seat")):
    sigs = [Signal(field="scope", rule="en.lexicon partitives", text=whole)] if whole else []
    n = float(value)
    return Claim(id=f"c{value}{whole}", article="a", start=0, end=1, quote=f"won {value} seats", property="quantity:count",
                 value=value, value_low=n, value_high=n, keywords=list(words), event="main:this", signals=sigs)


# one row per pair: a figure told as a part of a whole, one told alone -> may they clash?
@pytest.mark.parametrize("part, whole, alone, expected", [
    ("97", "240", "79", "contradict"),          # far below the whole: a part too
    ("97", "240", "240", "unrelated"),          # the whole itself
    ("97", "240", "235", "unrelated"),          # near the whole (within SAME_FIGURE_RATIO): the whole, misstated or not
    ("97", "240", "310", "unrelated"),          # above the whole: another whole
    ("97", "240 seats", "79", "contradict"),
    ("12", "twenty", "19", "unrelated"),        # near the whole: the whole
    ("56", "two hundred", "65", "contradict"),  # a whole in words
    ("56", "مئتي", "65", "contradict"),          # ... in Arabic words
])
def test_a_figure_below_the_whole_is_a_part_too(part, whole, alone, expected):
    a, b = _part(part, whole), _part(alone)
    assert quantity.judge(a, b, (True, "compatible event")).kind == expected
    assert quantity.judge(b, a, (True, "compatible event")).kind == expected
