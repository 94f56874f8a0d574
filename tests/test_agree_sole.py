"""A toll told as the only one ("the sole survivor", "a single death", "ناج وحيد") is a figure of one
of that measure (extract.figures.one_frames, ``<lang>.lexicon sole_cues_before`` / ``sole_cues_after``):
it agrees with the same figure told in other words and never clashes (invented sentences)."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck import pipeline
from factcheck.kinds import quantity_traits
from factcheck.models import Article

DAY = dt.date(2031, 4, 2)


def _lang(text: str) -> str:
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"


def _ones(sentence: str) -> list[tuple[str, str | None]]:
    """(value, measure) of the figures of one the sentence states by a word for "exactly one"."""
    claims = pipeline.analyze([Article(id="a", path="a.txt", text=sentence, language=_lang(sentence),
                                       published=DAY)]).claims
    return [(c.value, quantity_traits.head(c)) for c in claims if quantity_traits.told_as_one(c)]


@pytest.mark.parametrize("sentence, expected", [
    ("The ferry sank off Kelso point and the cook was the sole survivor.", [("1", "rescued")]),
    ("Rescuers said a single survivor was found in the hull.", [("1", "rescued")]),
    ("The cable car carried nine tourists, only one of whom survived.", [("1", "rescued")]),
    ("The lone passenger rescued alive was taken to Marrow hospital.", [("1", "rescued")]),
    ("The landslide caused a single death in the valley.", [("1", "dead")]),
    ("Officials recorded a solitary fatality in the district.", [("1", "dead")]),
    # a number the clause states ("one person"): the plain figure path reads it, not this one
    ("Only one person was injured when the stage collapsed.", []),
    ("وأعلنت السلطات عن ناج وحيد من حادث العبارة.", [("1", "rescued")]),
    ("وسقط قتيل وحيد في انهيار المبنى.", [("1", "dead")]),
    # no toll next to the word: nothing
    ("A single road leads to the village of Tarn.", []),
    ("The sole purpose of the visit was trade.", []),
    # bare "only" goes with plurals too: not a figure of one
    ("The only survivors were found on the roof.", []),
    # too far from the cue (SOLE_WINDOW): it says something else
    ("A single crane lifted the beams while rescuers searched for survivors.", []),
])
def test_a_word_for_exactly_one_next_to_a_toll_is_a_figure_of_one(sentence, expected):
    assert _ones(sentence) == expected


def _story(*texts: str):
    arts = [Article(id=f"0{k}_x", path=f"0{k}_x.txt", text=t, language=_lang(t), published=DAY)
            for k, t in enumerate(texts, 1)]
    return pipeline.analyze(arts)


SOLE_A = ("A cable car fell into the Ossen gorge on Tuesday.\n\n"
          "The cabin carried nine tourists, only one of whom survived.")
SOLE_B = ("A cable car crashed into the Ossen gorge on Tuesday.\n\n"
          "A teacher from Lisk became the sole survivor.")
MANY_C = ("A cable car fell into the Ossen gorge on Tuesday.\n\n"
          "Rescuers said 6 were rescued alive from the gorge.")


def _one_findings(report) -> list[tuple[str, set[str]]]:
    by_id = {c.id: c for c in report.claims}
    return [(f.kind, {by_id[i].article for i in f.claims}) for f in report.findings
            if any(quantity_traits.told_as_one(by_id[i]) for i in f.claims)]


def test_two_sources_telling_the_only_survivor_agree():
    found = _one_findings(_story(SOLE_A, SOLE_B))
    assert ("agreement", {"01_x", "02_x"}) in found


def test_a_figure_of_one_never_clashes():
    # "the sole survivor" may be of one cabin, "6 rescued alive" of the whole gorge: never a contradiction
    # (without kinds.quantity_traits.told_as_one this is a clash of the rescued figure)
    found = _one_findings(_story(SOLE_B, MANY_C))
    assert not any(kind == "contradiction" for kind, _ in found)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["sole", "lone", "single", "solitary"]),
       st.sampled_from(["survivor", "death", "fatality"]),
       st.sampled_from(["Kelso", "Marrow", "Tarn"]))
def test_the_figure_is_one_whatever_the_word(word, noun, place):
    """Invariant: each English word of the list before a toll's noun gives exactly one figure, of 1."""
    sentence = f"The storm near {place} left a {word} {noun} on the coast."
    ones = _ones(sentence)
    assert len(ones) == 1 and ones[0][0] == "1"
