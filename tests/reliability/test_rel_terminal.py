"""Issue 17, item 5: nothing from the input acts on the terminal. C0/C1 controls (ESC sequences,
BEL, NUL), DEL and bidi overrides/embeddings/isolates in article text, file and folder names, ids,
reviewer names and review notes reach the table and Markdown reports, ``review show``/``list``/the
walk, ``check``, ``extract`` and the ``error:``/``skipped:`` lines only as visible escapes (``\\x1b``,
``\\u202e``), through one helper (factcheck.render.sanitize.visible)."""
from __future__ import annotations

import json
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claimbase import extraction
from factcheck.render import report

from reliability_support import (ESC_CLEAR, HOSTILE, OSC_TITLE, RAW_CONTROL, cli, hostile_articles, hostile_base,
                                 hostile_report, stderr_of)

# (text, what the terminal gets)
VISIBLE = [
    ("plain text, عربي, 12", "plain text, عربي, 12"),
    ("\x1b[2J", "\\x1b[2J"),
    ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),
    ("\x9b31m", "\\x9b31m"),
    ("a\x00b\x7fc", "a\\x00b\\x7fc"),
    ("tab\there\nnew\rret", "tab\\there\\nnew\\rret"),
    ("\u202eevil\u202c", "\\u202eevil\\u202c"),
    ("\u2066iso\u2069 \u202a\u202b\u202d", "\\u2066iso\\u2069 \\u202a\\u202b\\u202d"),
    ("marks stay: \u200e\u200f\u061c", "marks stay: \u200e\u200f\u061c"),
]


@pytest.mark.parametrize("text,shown", VISIBLE, ids=[repr(t) for t, _ in VISIBLE])
def test_visible(text, shown):
    from factcheck.render.sanitize import visible
    assert visible(text) == shown


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text())
def test_visible_leaves_nothing_raw_and_changes_nothing_else(text):
    from factcheck.render.sanitize import visible, visible_block

    shown = visible(text)
    assert RAW_CONTROL.findall(shown) == [] and "\n" not in shown and "\t" not in shown
    if not RAW_CONTROL.search(text) and "\n" not in text and "\t" not in text:
        assert shown == text
    block = visible_block(text)
    assert block.count("\n") == text.count("\n") and RAW_CONTROL.findall(block) == []


def no_raw(text: str) -> str:
    """Nothing raw from the input; the only bidi controls are the isolate pairs the table adds around
    right-to-left runs (factcheck.render.terminal), each closed on its line."""
    from factcheck.render.terminal import FSI, PDI, balanced
    assert all(balanced(line) for line in text.splitlines()), text
    assert RAW_CONTROL.findall(text.replace(FSI, "").replace(PDI, "")) == [], text
    return text


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """The hostile claim base in a folder whose name holds an escape sequence (it is shown in lines)."""
    return hostile_base(tmp_path_factory.mktemp("term") / f"cb{ESC_CLEAR}")


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_report_renderers(fmt):
    out = no_raw(report.render(hostile_report(), fmt, width=10_000))   # wide: no quote cut
    assert "\\x1b" in out and "\\u202e" in out


def test_report_cli_over_hostile_records(tmp_path):
    records = [{"id": a.id, "text": a.text} for a in hostile_articles()]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    for fmt in ("table", "markdown"):
        r = cli("report", path, "--no-cache", "--quiet", "--format", fmt)
        assert r.exit_code == 0, r.output
        no_raw(r.stdout)


@pytest.mark.parametrize("args", [["review", "show", "c_000"], ["review", "show", "f_111"], ["review", "list"],
                                  ["review", "list", "--kind", "claim"]], ids=" ".join)
def test_review_show_and_list(base, args):
    r = cli(*args, "--claims", base)
    assert r.exit_code == 0, r.output
    no_raw(r.stdout)
    assert "\\x1b" in r.stdout


def test_review_walk(tmp_path):
    from factcheck.claimbase import editor

    root = tmp_path / f"cb{OSC_TITLE}"
    extraction.save(root, hostile_articles(), hostile_report(), "brookfield")
    shown: list[str] = []
    editor.walk(root, "ed", ask=lambda prompt: "q", echo=shown.append)
    text = "\n".join(shown)
    assert "Contradiction 1 of 1" in text
    no_raw(text)


def test_check_table(base, tmp_path):
    root = shutil.copytree(base, tmp_path / f"again{ESC_CLEAR}")
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"id": "north_post", "text": "Brookfield, June 2, 2019\n\nThe council of Brookfield "
                                                        f"approved 19 ferries on Tuesday {HOSTILE} officials said.\n"})
                   + "\n", encoding="utf-8")
    r = cli("check", new, "--against", root, "--fail-on", "never")
    assert r.exit_code == 0, r.output
    assert no_raw(r.stdout).startswith(f"factcheck check: 1 new article(s) against {tmp_path}/again\\x1b[2J")


def test_extract_lines(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for a in hostile_articles():
        (src / f"{a.id}.txt").write_text(a.text.replace("\x00", "").replace("\x07", "").replace("\x1b", "")
                                         .replace("\x9b", ""), encoding="utf-8")
    root = tmp_path / f"cb{ESC_CLEAR}"
    r = cli("extract", src, "--claims", root, "--story", "brookfield")
    assert r.exit_code == 0, r.output
    assert f"  wrote {tmp_path}/cb\\x1b[2J/articles/east_courier.json" in no_raw(r.stdout).splitlines()


# (arguments, after the folder: the exact error line)
ERRORS = [
    (["report", "gone{p}.txt"], "error: {d}/gone{v}.txt: no such file or directory"),
    (["review", "show", "c_404", "--claims", "cb{p}"], "error: {d}/cb{v}: no claim base here "
                                                       "(run: factcheck extract ARTICLES --claims {d}/cb{v})"),
    (["export", "--claims", "cb{p}", "--publisher", "Desk", "--url", "https://desk.example/c"], "error: {d}/cb{v}: no claim base here "
                                     "(run: factcheck extract ARTICLES --claims {d}/cb{v})"),
]
# A payload for names: every kind of character the terminal must not get raw.
NAME_PAYLOAD = f"{ESC_CLEAR}\u202e\x07"
NAME_SHOWN = "\\x1b[2J\\u202e\\x07"


@pytest.mark.parametrize("args,line", ERRORS, ids=[a[0] + " " + a[1] for a, _ in ERRORS])
def test_error_lines(tmp_path, args, line):
    argv = [a.format(p=NAME_PAYLOAD) for a in args]
    argv = [f"{tmp_path}/{a}" if NAME_PAYLOAD in a else a for a in argv]
    r = cli(*argv)
    assert r.exit_code == 2
    assert stderr_of(r) == line.format(d=tmp_path, v=NAME_SHOWN) + "\n"


def test_skipped_lines(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(hostile_articles()[1].text, encoding="utf-8")
    r = cli("report", good, tmp_path / f"gone{NAME_PAYLOAD}.txt", "--skip-invalid", "--no-cache", "--quiet")
    assert r.exit_code == 0, r.output
    assert stderr_of(r) == f"skipped: {tmp_path}/gone{NAME_SHOWN}.txt: no such file or directory\n"
