"""Match minutes written as whole minutes after a preposition ("after 14 minutes", "on 67 minutes"),
read only in an article that states a match score (invented matches)."""
import pytest

from factcheck import pipeline
from factcheck.models import Article


def _report(*texts: str):
    return pipeline.analyze([Article(id=f"a{i}", path=f"a{i}.txt", language="en", text=t) for i, t in enumerate(texts)])


@pytest.mark.parametrize("text, minutes", [
    ("Harbour beat Vale 2-1 on Saturday. Ines Roca opened the scoring after 14 minutes.", ["14"]),
    ("Harbour beat Vale 2-1 on Saturday. Vale equalised on 67 minutes through Ana Pires.", ["67"]),
    ("Harbour beat Vale 2-1 on Saturday. The match was stopped for 14 minutes.", []),   # no preposition of a minute
    ("The talks ended after 14 minutes without a deal.", []),                         # no match score
    ("Harbour beat Vale 2-1 on Saturday. Roca scored after 140 minutes of waiting.", []),  # no match minute
])
def test_whole_minutes_after_a_preposition_are_a_match_minute_in_a_match_report(text, minutes):
    assert [c.value for c in _report(text).claims if c.property == "minute"] == minutes


def test_a_minute_told_as_whole_minutes_clashes_with_one_told_as_an_ordinal():
    rep = _report("Harbour beat Vale 2-1 on Saturday. Ines Roca opened the scoring after 14 minutes.",
                  "Harbour won 2-1 against Vale on Saturday. Ines Roca opened the scoring in the 16th minute.")
    cl = {c.id: c for c in rep.claims}
    clashes = [sorted(cl[i].value for i in f.claims) for f in rep.findings if f.kind == "contradiction"]
    assert clashes == [["14", "16"]]
