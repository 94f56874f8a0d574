"""Issue 17 item 6: the shortcuts that keep long articles linear give the results of the full work
(tables of invented sentences, and property tests against the slow path they replace)."""
import gc
import re

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.lang import lexicon as lx
from factcheck import pipeline
from factcheck.mentions import values
from factcheck.kinds import racetime, score

# What the article passes read as one sentence (racetime.sentence_pieces): text between sentence
# marks; a full stop between two digits is a decimal point ("45.62 seconds"), not a sentence end.
PIECE = r"(?:[^.!?\n\u061f]|(?<=\d)\.(?=\d))+"
PIECES = [
    ("Okafor won the Lindholm marathon in 2:05:41. Talks ended!", "en"),
    ("The ferry left at 9:15 a.m.\nIt reached Varno? Yes.", "en"),
    ("Bellamy swam 1:52.61 in the final. Nothing else", "en"),
    ("Rovers beat Dunmore by two goals to one. The crowd cheered", "en"),
    ("فاز المنتخب بهدفين مقابل هدف. وقال المدرب إن الفريق لعب جيدا؟ نعم", "ar"),
    ("أنهى العداء السباق في 2:07:11 ساعة. ثم غادر", "ar"),
    ("", "en"),
    ("...", "en"),
]


@pytest.mark.parametrize("text, lang", PIECES)
def test_sentence_pieces_cut_the_tokens_each_sentence_would_get(text, lang):
    got = [(m.start(), m.end(), list(toks)) for m, toks in racetime.sentence_pieces(text, lang)]
    want = [(m.start(), m.end(), list(lx.tokenize(m.group(), lang, offset=m.start())))
            for m in re.finditer(PIECE, text)]
    assert got == want


_WORDS = st.sampled_from(["Okafor", "ran", "2:05:41", "won", "3-1", "goals", "two", "the", "هدفين", "سباق",
                          "في", "9:15", "record", "4:07.92", "Varno", "draw", "12"])
_MARKS = st.sampled_from([" ", " ", ". ", "! ", "? ", "\n", "؟ ", ", "])


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.tuples(_WORDS, _MARKS), max_size=25), st.sampled_from(["en", "ar"]))
def test_article_passes_equal_the_sentence_by_sentence_reading(parts, lang):
    """``article_times`` and ``article_scores`` (cut from one tokenization, value parses skipped
    where nothing can be found) list what reading every sentence in full finds."""
    text = "".join(w + m for w, m in parts)
    times, scores = [], []
    for m in re.finditer(PIECE, text):
        toks = lx.tokenize(m.group(), lang, offset=m.start())
        if not toks:
            continue
        vals = [racetime.replace(v, start=v.start + m.start(), end=v.end + m.start())
                for v in values.find_values(m.group(), lang)]
        times += [r.value for r in racetime.readings(m.group(), toks, vals, lang, m.start())]
        scores += [f"{f.value}@{f.phase}" for f in score.frames(text, toks, vals, lang, (m.start(), m.end()), m.start())]
    assert racetime.article_times.__wrapped__(text, lang) == tuple(times)
    assert score.article_scores.__wrapped__(text, lang) == tuple(scores)


@pytest.mark.parametrize("text, lang, times, scores", [
    ("Okafor won in 2:05:41. Rain fell", "en", ("PT2H5M41S",), ()),
    ("The clock read 2:05:41 at the gate. Rain fell", "en", ("PT2H5M41S",), ()),       # a colon, no race cue
    ("She finished in two hours and five minutes. Rain fell", "en", ("PT2H5M0S",), ()),  # a race cue, no colon
    ("Rovers beat Dunmore by two goals to one. Rain fell", "en", (), ("2-1@final",)),
    ("Rovers beat Dunmore 3-1 at home. Rain fell", "en", (), ("3-1@final",)),
    ("The council met for 3 hours on Monday", "en", (), ()),
])
def test_article_passes_still_find_times_and_scores(text, lang, times, scores):
    assert racetime.article_times.__wrapped__(text, lang) == times
    assert score.article_scores.__wrapped__(text, lang) == scores


def _spans(text, lang):
    return [(v.start, v.end) for v in values.find_values(text, lang)]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["12 March 2024", "at 10:30", "about 4,000 people", "2:05:41", "in 1998",
                                 "three days", "42 %", "the 5th", "on Friday morning", "7.5 km", "and", "rain"]),
                max_size=30))
def test_value_mentions_never_overlap_and_long_texts_read_like_their_parts(words):
    text = " ".join(words)
    spans = _spans(text, "en")
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    # a text repeated reads as its parts (the overlap test is local to each mention)
    twice = values.find_values(text + "\n" + text, "en")
    once = values.find_values(text, "en")
    assert [(v.kind, v.value) for v in twice] == [(v.kind, v.value) for v in once] * 2


@pytest.mark.parametrize("before, during", [
    ((700, 10, 10), pipeline.STAGE_GC_THRESHOLDS),
    ((100_000, 50, 50), (100_000, 50, 50)),   # never lowered
    ((10, 30, 5), (pipeline.STAGE_GC_THRESHOLDS[0], 30, pipeline.STAGE_GC_THRESHOLDS[2])),
])
def test_fewer_collections_raises_then_restores_the_thresholds(before, during):
    saved = gc.get_threshold()
    try:
        gc.set_threshold(*before)
        with pipeline.fewer_collections():
            assert gc.get_threshold() == during
        assert gc.get_threshold() == before
        with pytest.raises(ValueError):
            with pipeline.fewer_collections():
                raise ValueError("a stage fails")
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*saved)
