"""How specific a date is (``kinds.date.specificity``): its stated parts, a weekday alone the least, so
that clusters form around the full dates first (``judge.clustering.specificity`` dispatches through the
kind registry). Table test per value form, and the registry's dispatch."""
import pytest

from factcheck import kinds
from factcheck.judge import clustering
from factcheck.kinds import date
from factcheck.models import Claim


def _claim(prop: str, value: str | None) -> Claim:
    return Claim(id="c", article="a", start=0, end=1, quote="x", property=prop, value=value)


@pytest.mark.parametrize("value,parts", [
    ("2031-04-10", 3),
    ("2031-04", 2),
    ("--04-10", 2),
    ("2031", 1),
    ("weekday:4", 1),
    (None, 0),
])
def test_date_specificity_table(value: str | None, parts: int) -> None:
    assert date.specificity(_claim("date", value)) == parts


@pytest.mark.parametrize("prop,value,filled", [
    ("date", "2031-04-10", 3),            # the date kind counts year, month and day
    ("start_date", "weekday:2", 1),
    ("start_time", "19:42", 3),           # the clock kind: a clock time over a dated part of the day
    ("start_time", "2031-04-10 evening", 2),
    ("role", "deputy foreign minister", 3),   # no count of its own: the words are counted
])
def test_clustering_dispatches_by_kind(prop: str, value: str, filled: int) -> None:
    assert clustering.specificity(_claim(prop, value))[0] == -filled
    assert (kinds.specificity_of(kinds.kind_of(prop)) is None) == (prop == "role")
