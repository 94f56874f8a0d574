"""Issue 15, item 3: findings of kind ``update`` (a figure that changed between publication times) are
rendered in the table, Markdown and HTML, in time order, between contradictions and agreements."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.render import html as html_mod
from factcheck.render import report
from factcheck.models import ArticleInfo, ArticleRecord, Claim, Finding, Report, Side

DAYS = {"north": dt.date(2021, 6, 3), "south": dt.date(2021, 6, 1), "east": dt.date(2021, 6, 2)}


def _claim(n: int, article: str, value: str, prop: str = "quantity:count") -> Claim:
    return Claim(id=f"c_{n}", article=article, start=0, end=20, quote=f"{value} hikers are missing near Sarek",
                 property=prop, value=value, qualifier="exact", event="main:this place=country:SE")


CLAIMS = [_claim(1, "south", "12"), _claim(2, "east", "9"), _claim(3, "north", "4"), _claim(4, "north", "4"),
          _claim(5, "south", "3100", "quantity:count"), _claim(6, "north", "3400", "quantity:count"),
          _claim(7, "east", "Sarek", "place"), _claim(8, "north", "Sarek", "place")]


def _update(fid: str, ids: list[str]) -> Finding:
    by = {c.id: c for c in CLAIMS}
    return Finding(id=fid, kind="update", claims=ids, reason="different count:missing (figures changed)",
                   confidence=0.85, property=by[ids[0]].property, event=by[ids[0]].event,
                   sides=[Side(value=by[i].value, claims=[i]) for i in ids])


FINDINGS = [
    Finding(id="f_agree", kind="agreement", claims=["c_7", "c_8"], reason="2 sources: same place", confidence=0.85,
            property="place"),
    _update("f_late", ["c_2", "c_3"]),       # starts 2 June
    Finding(id="f_clash", kind="contradiction", claims=["c_3", "c_4"], reason="different x", confidence=0.85,
            property="quantity:count", sides=[Side(value="4", claims=["c_3"]), Side(value="4", claims=["c_4"])]),
    _update("f_early", ["c_5", "c_6"]),      # starts 1 June
]
REPORT = Report(articles=[ArticleInfo(id=k, path=f"{k}.txt", published=v, language="en") for k, v in DAYS.items()],
                claims=CLAIMS, findings=FINDINGS)


def _order(text: str, marks: list[str]) -> list[int]:
    return [text.index(m) for m in marks]


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_updates_between_contradictions_and_agreements_in_time_order(fmt):
    text = report.render(REPORT, fmt)
    marks = ["Contradictions (1)", "[f_clash]", "Updates (2)", "[f_early]", "[f_late]", "Agreements (1)", "[f_agree]"]
    positions = _order(text, marks)
    assert positions == sorted(positions)


SIDE_ROWS = [  # (side title a table row starts with)
    "2021-06-01: 3,100",
    "2021-06-03: 3,400",
    "2021-06-02: 9",
    "2021-06-03: 4",
]


@pytest.mark.parametrize("title", SIDE_ROWS)
def test_update_sides_are_labelled_with_their_dates(title):
    rep = Report(**{**REPORT.model_dump(), "claims": CLAIMS})
    from factcheck.render.report import annotate
    claims, findings = annotate(rep.claims, rep.findings)
    text = report.render(rep.model_copy(update={"claims": claims, "findings": findings}), "table")
    assert any(line.startswith(title) for line in text.splitlines())


def test_html_renders_updates_in_time_order():
    records = {k: ArticleRecord(id=k, path=f"{k}.txt", published=v, language="en", sha256="0" * 64, chars=1)
               for k, v in DAYS.items()}
    page = html_mod.render(REPORT, lambda c: (c.quote, 0, len(c.quote)), records)
    marks = ['id="contradiction"', 'id="f_clash"', 'id="update"', 'id="f_early"', 'id="f_late"', 'id="agreement"']
    positions = _order(page, marks)
    assert positions == sorted(positions)
    assert '<article class="finding update" id="f_early"' in page
    assert "<h3>2021-06-01: <bdi>3100</bdi>" in page


def test_no_updates_no_section():
    rep = REPORT.model_copy(update={"findings": [f for f in FINDINGS if f.kind != "update"]})
    assert "Updates" not in report.render(rep, "table")


@given(st.permutations(list(DAYS)))
def test_time_order_does_not_depend_on_input_order(order):
    infos = {k: ArticleInfo(id=k, path=k, published=DAYS[k], language="en") for k in DAYS}
    claims = {c.id: c for c in CLAIMS}
    fs = [_update(f"f_{k}", [next(c.id for c in CLAIMS if c.article == k)]) for k in order]
    got = [f.id for f in report.in_time_order(fs, claims, infos)]
    assert got == ["f_south", "f_east", "f_north"]
