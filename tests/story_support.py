"""Invented stories in tests: articles built from (id, language, text) rows, run through the pipeline,
and the values a report's contradictions set against each other."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from factcheck import pipeline
from factcheck.models import Article, Claim, Report


def analyze(rows: Iterable[tuple[str, str, str]], day: dt.date,
            days: dict[str, dt.date] | None = None) -> tuple[Report, dict[str, Claim]]:
    """The report on one article per (id, language, text) row, each published on ``day`` (or on its
    date in ``days``), and its claims by id."""
    arts = [Article(id=i, path=f"{i}.txt", language=lang, published=(days or {}).get(i, day), text=text)
            for i, lang, text in rows]
    rep = pipeline.analyze(arts)
    return rep, {c.id: c for c in rep.claims}


def clashing_values(rep: Report, by_id: dict[str, Claim], prefix: str = "quantity:") -> list[list[str]]:
    """Per contradiction of a property starting with ``prefix``, the values of all its sides, sorted
    (numerically when they are numbers)."""
    def key(v: str) -> tuple:
        try:
            return (0, float(v), "")
        except ValueError:
            return (1, 0.0, v)
    return [sorted({by_id[c].value for s in f.sides for c in s.claims}, key=key)
            for f in rep.findings if f.kind == "contradiction" and (f.property or "").startswith(prefix)]


def story(*texts: str, day: dt.date | None = None) -> Report:
    """The report on one article per text (ids a0, a1, ...), each read as Arabic when it holds Arabic
    letters and as English otherwise."""
    rows = [(f"a{i}", "ar" if any("\u0600" <= ch <= "\u06ff" for ch in t) else "en", t) for i, t in enumerate(texts)]
    return analyze(rows, day)[0]


def found(report: tuple[Report, dict[str, Claim]], kind: str, prop: str) -> list[set[tuple[str, str | None]]]:
    """Per finding of ``kind`` and property ``prop`` in ``report`` (a report and its claims by id, as
    ``analyze`` returns them), the (article, value) pairs of its claims."""
    rep, by_id = report
    return [{(by_id[c].article, by_id[c].value) for c in f.claims} for f in rep.findings
            if f.kind == kind and f.property == prop]


def sides(report: tuple[Report, dict[str, Claim]], prop: str) -> list[list[list[tuple[str, str | None]]]]:
    """Per contradiction of property ``prop``, its sides as sorted (article, value) pairs, sorted."""
    rep, by_id = report
    return [sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in f.sides)
            for f in rep.findings if f.kind == "contradiction" and f.property == prop]
