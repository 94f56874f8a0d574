"""Issue 17, item 4: the Markdown report, rendered by a CommonMark viewer (markdown-it-py with raw HTML
allowed and GFM tables, the worst case), shows article text as text: no HTML element, link, image,
emphasis or code span comes from the input, every table keeps its five columns, and each cell reads
back as the text it shows."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.render import report

from reliability_support import HOSTILE, IMG, SCRIPT, TABLE_BREAK, hostile_report

markdown_it = pytest.importorskip("markdown_it")

# Tokens that only markup can produce (a viewer would run, link, load or style something).
MARKUP_TOKENS = {"html_inline", "html_block", "link_open", "image", "em_open", "strong_open", "s_open",
                 "code_inline", "code_block", "fence", "autolink_open"}
COLUMNS = 5


def viewer():
    return markdown_it.MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def flat(tokens):
    for t in tokens:
        yield t
        yield from flat(t.children or [])


def cells(tokens) -> list[list[str]]:
    """The rows of every table: each cell's text as the viewer shows it."""
    rows, row, inside = [], None, False
    for t in tokens:
        if t.type == "tr_open":
            row = []
        elif t.type in ("th_open", "td_open"):
            inside = True
        elif t.type in ("th_close", "td_close"):
            inside = False
        elif t.type == "inline" and inside:
            row.append("".join(c.content for c in flat(t.children or []) if c.type == "text"))
        elif t.type == "tr_close":
            rows.append(row)
    return rows


@pytest.fixture(scope="module")
def rendered():
    rep = hostile_report()
    md = report.render(rep, "markdown")
    return rep, md, viewer().parse(md)


def test_no_markup_comes_from_the_input(rendered):
    _, md, tokens = rendered
    assert sorted({t.type for t in flat(tokens)} & MARKUP_TOKENS) == []
    html = viewer().render(md)
    for tag in ("<script", "<img", "<a ", "<code", "<em", "<strong", "<s>"):
        assert tag not in html


def test_tables_keep_their_columns_and_rows(rendered):
    rep, _, tokens = rendered
    rows = cells(tokens)
    assert all(len(r) == COLUMNS for r in rows)
    side_rows = sum(len(s.claims) for f in rep.findings for s in f.sides)
    plain_rows = sum(len(f.claims) for f in rep.findings if not f.sides)
    headers = len(rep.findings)
    assert len(rows) == side_rows + plain_rows + headers


def test_cells_read_back_as_the_visible_text(rendered):
    from factcheck.render.sanitize import visible

    rep, _, tokens = rendered
    rows = [r for r in cells(tokens) if r[0] != "value"]
    contradiction = next(f for f in rep.findings if f.kind == "contradiction")
    expected_values = [visible(f"side {chr(65 + k)}: {s.value}") for k, s in enumerate(contradiction.sides)]
    assert [r[0] for r in rows[:2]] == expected_values
    assert [r[1] for r in rows[:2]] == [c.article for c in rep.claims]
    # the quotes: whitespace collapsed, escapes visible, cut to QUOTE_CHARS columns (at a word: a
    # statement's quote keeps its start)
    for row, c in zip(rows[:2], rep.claims):
        quote = visible(" ".join(c.quote.split()))
        assert len(quote) > report.QUOTE_CHARS
        assert row[2].endswith("…") and quote.startswith(row[2][:-1]) and len(row[2]) <= report.QUOTE_CHARS


def test_headings_show_the_reason_as_text(rendered):
    rep, _, tokens = rendered
    headings = ["".join(c.content for c in flat(t.children or []) if c.type == "text")
                for prev, t in zip(tokens, tokens[1:]) if prev.type == "heading_open" and prev.tag == "h3"]
    from factcheck.render.sanitize import visible
    for f, h in zip(rep.findings, headings):
        assert h.startswith(f"[{f.id}] {visible(f.reason)} (confidence")


# (text in a table cell, what the viewer shows)
CELL_CASES = [
    (SCRIPT, SCRIPT),
    (IMG, IMG),
    ("a | b", "a | b"),
    ("`code` and ``more``", "`code` and ``more``"),
    ("*em* _em_ **strong** __strong__", "*em* _em_ **strong** __strong__"),
    ("[x](javascript:alert(1)) ![i](http://x.org/i.png)", "[x](javascript:alert(1)) ![i](http://x.org/i.png)"),
    ("<http://autolink.example.org>", "<http://autolink.example.org>"),
    ("&amp; &lt; &#60;", "&amp; &lt; &#60;"),
    ("back\\slash \\| \\*", "back\\slash \\| \\*"),
    ("~~gone~~", "~~gone~~"),
    ("line\nbreak", "line\\nbreak"),
    ("c_12ab snake_case_name", "c_12ab snake_case_name"),
    ("تقرير_اللجنة <b>", "تقرير_اللجنة <b>"),
]


def one_cell_table(text: str) -> list[list[str]]:
    from factcheck.render.sanitize import markdown_text
    return cells(viewer().parse(f"| h |\n|---|\n| {markdown_text(text)} |\n"))


@pytest.mark.parametrize("text,shown", CELL_CASES, ids=[repr(t) for t, _ in CELL_CASES])
def test_a_cell_shows_its_text(text, shown):
    assert one_cell_table(text) == [["h"], [shown]]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(max_size=40))
def test_any_text_in_a_cell_reads_back(text):
    from factcheck.render.sanitize import markdown_text, visible

    rows = one_cell_table(text)
    assert len(rows) == 2 and len(rows[1]) == 1
    # the table parser trims the cell; markdown-it turns U+0000 into U+FFFD (visible escapes it first)
    assert rows[1][0] == visible(text).strip()
    assert {t.type for t in flat(viewer().parse(markdown_text(text)))} & MARKUP_TOKENS == set()


def test_hostile_constants_are_covered():
    """Control: the payload list reaches both the table breaker and HTML (a guard against a silently
    emptied fixture)."""
    assert TABLE_BREAK in HOSTILE and SCRIPT in HOSTILE
