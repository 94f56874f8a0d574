"""Match scores: the combined score of two legs ("4-2 on aggregate", "في مجموع المباراتين") is a score
of its own phase, never the score of the match the report is about nor another match; it agrees and
clashes only with other aggregates. Invented teams and scores."""
import pytest

from factcheck import pipeline
from factcheck.kinds import score
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from factcheck.models import Article


def _scores(text, lang):
    toks = lx.tokenize(text, lang)
    fs = score.frames(text, toks, values.find_values(text, lang), lang, (0, len(text)), 0)
    return [(f.value, f.phase, f.other) for f in fs]


@pytest.mark.parametrize("text, lang, expected", [
    ("Tarnby go through 5-3 on aggregate.", "en", [("5-3", "aggregate", False)]),
    ("Tarnby won 2-0 to go through 5-3 on aggregate.", "en", [("2-0", "final", False), ("5-3", "aggregate", False)]),
    ("Tarnby, who drew 3-3 in the first leg, go through 5-3 on aggregate.", "en",
     [("3-3", "final", True), ("5-3", "aggregate", False)]),
    ("An aggregate score of 5-3 sent Tarnby through.", "en", [("5-3", "aggregate", False)]),
    ("تأهل تارنبي بنتيجة 5-3 في مجموع المباراتين", "ar", [("5-3", "aggregate", False)]),
    # no aggregate cue: a result word makes the score the match's
    ("Tarnby beat Aalvik 2-0.", "en", [("2-0", "final", False)]),
])
def test_aggregate_scores_are_read_as_their_own_phase(text, lang, expected):
    assert _scores(text, lang) == expected


def _clashes(*texts):
    arts = [Article(id=f"s{i}", path=f"s{i}.txt", text=t,
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t) else "en")
            for i, t in enumerate(texts)]
    rep = pipeline.analyze(arts)
    cl = {c.id: c for c in rep.claims}
    return [sorted(cl[i].value for i in f.claims) for f in rep.findings
            if f.kind == "contradiction" and f.property == "score"]


@pytest.mark.parametrize("a, b, clash", [
    # the match's score and the aggregate never clash
    ("Tarnby beat Aalvik 2-0 on Saturday.", "Tarnby went through 5-3 on aggregate on Saturday.", None),
    # two aggregates do
    ("Tarnby beat Aalvik 2-0 on Saturday to go through 5-3 on aggregate.",
     "Tarnby beat Aalvik 2-0 on Saturday to go through 5-2 on aggregate.", ["5-2", "5-3"]),
])
def test_aggregates_meet_only_aggregates(a, b, clash):
    assert _clashes(a, b) == ([clash] if clash else [])
