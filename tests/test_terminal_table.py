"""Issue 15, item 4: the terminal table works with Arabic. Right-to-left runs wrapped in isolates,
widths measured with wcwidth, quotes cut around their value, the table fitted to the terminal; and
`factcheck report` run in a pseudo-terminal of a fixed size: columns line up, every isolate is closed
on its line, the first report of the seeds fits on two screens."""
from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.render import terminal
from factcheck.render.terminal import FSI, PDI, Cell, balanced, cut, isolate, width

from conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent
ARABIC_STORY = Path("/work/shared/stories/derna_floods_2023")

# (text, display columns): combining marks take none, wide characters two, isolates none
WIDTHS = [
    ("harbour", 7),
    ("مرفأ", 4),
    ("مَرْفَأ", 4),                 # the same word with diacritics
    ("Café", 4),
    ("cafe\u0301", 4),            # e + combining acute
    ("港口", 4),
    (FSI + "مرفأ" + PDI, 4),
    ("", 0),
]


@pytest.mark.parametrize("text,cols", WIDTHS)
def test_width(text, cols):
    assert width(text) == cols


# (text, isolated)
ISOLATED = [
    ("harbour closed", "harbour closed"),
    ("12 ferries", "12 ferries"),
    ("أغلق المرفأ", FSI + "أغلق المرفأ" + PDI),
    ("أغلق المرفأ يوم 3 مايو", FSI + "أغلق المرفأ يوم 3 مايو" + PDI),        # numbers inside the run
    ("قالت Nordwire إن المرفأ أغلق", FSI + "قالت Nordwire إن المرفأ أغلق" + PDI),  # right-to-left text: one run
    ("side A: المرفأ الشمالي (expected)", "side A: " + FSI + "المرفأ الشمالي" + PDI + " (expected)"),
    ("port: مرفأ / ميناء", "port: " + FSI + "مرفأ / ميناء" + PDI),
    ("Haifa (חיפה) and Sfax (صفاقس)", "Haifa (" + FSI + "חיפה" + PDI + ") and Sfax (" + FSI + "صفاقس" + PDI + ")"),
    ("  مرفأ  ", "  " + FSI + "مرفأ" + PDI + "  "),                        # padding stays outside
]


@pytest.mark.parametrize("text,shown", ISOLATED)
def test_isolate(text, shown):
    assert isolate(text) == shown


QUOTE = "Port officials said on Monday that 340 containers fell into the bay near the northern breakwater overnight."
QUOTE_AR = "وقال مسؤولو الميناء يوم الاثنين إن 340 حاوية سقطت في الخليج قرب كاسر الأمواج الشمالي خلال الليل"

# (text, value, columns, what the cut shows)
CUTS = [
    (QUOTE, "340 containers", 200, QUOTE),
    (QUOTE, "340 containers", 40, "…that 340 containers fell into…"),
    (QUOTE, "northern breakwater", 40, "…the northern breakwater overnight."),   # the end: no ellipsis
    (QUOTE, None, 30, "Port officials said on…"),                 # no value: the start
    (QUOTE_AR, "340 حاوية", 30, "…إن 340 حاوية سقطت في…"),
    (QUOTE, "340 containers fell into the bay", 20, "…340 containers fel…"),   # the value alone too wide
]


@pytest.mark.parametrize("text,value,cols,shown", CUTS)
def test_cut_keeps_the_value_in_view(text, value, cols, shown):
    focus = None if value is None else (text.index(value), text.index(value) + len(value))
    got = cut(text, cols, focus)
    assert got == shown
    assert width(got) <= cols


class DrawnFocus:
    """Stands in for hypothesis's ``data`` in an explicit example: its draws are the focus's ends."""

    def __init__(self, *draws: int) -> None:
        self.draws = list(draws)

    def draw(self, strategy) -> int:
        return self.draws.pop(0)


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=80),
       cols=st.integers(1, 60), data=st.data())
@example(text="000\u0abe", cols=2, data=DrawnFocus(3, 4))   # a spacing vowel sign: 0 columns alone, 1 after its letter
def test_cut_fits_and_keeps_a_focus_that_fits(text, cols, data):
    text = " ".join(text.split()) or "x"
    a = data.draw(st.integers(0, len(text) - 1))
    b = data.draw(st.integers(a + 1, len(text)))
    got = cut(text, cols, (a, b))
    assert width(got) <= cols
    # the focus is shown with the letters its zero-width characters belong to: its width is theirs
    lo, hi = a, b
    while lo > 0 and terminal.char_width(text[lo]) == 0:
        lo -= 1
    while hi < len(text) and terminal.char_width(text[hi]) == 0:
        hi += 1
    if width(text) <= cols:
        assert got == text
    elif width(text[lo:hi]) + 2 <= cols and text[a:b].strip():
        assert text[a:b].strip() in got


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=60))
def test_isolate_balances_and_adds_only_isolates(text):
    text = text.replace(FSI, "").replace(PDI, "").replace("\u2066", "").replace("\u2067", "")
    shown = isolate(text)
    assert balanced(shown)
    assert shown.replace(FSI, "").replace(PDI, "") == text


def separator_columns(line: str) -> list[int]:
    """Display columns of a table line's separators (│ in a row, ┼ in the rule)."""
    return [width(line[:k]) for k, ch in enumerate(line) if ch in "│┼"]


def check_tables(lines: list[str], cols: int | None) -> int:
    """Every line within ``cols`` columns with its isolates closed; the lines of each table (runs of
    lines holding separators) with their separators at the same columns. Returns the tables seen."""
    tables, current = 0, None
    for line in lines:
        assert balanced(line), line
        assert cols is None or width(line) <= cols, (width(line), line)
        seps = separator_columns(line)
        if not seps:
            current = None
            continue
        if current is None:
            current, tables = seps, tables + 1
        assert seps == current, line
    return tables


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.lists(st.text(st.sampled_from("ab مرفأ́港 12"), max_size=30), min_size=3, max_size=3),
                     min_size=1, max_size=5),
       cols=st.integers(30, 120))
def test_table_columns_line_up(rows, cols):
    cells = [[Cell(" ".join(t.split())) for t in r] for r in rows]
    lines = terminal.table(["id", "value", "quote"], cells, cols, keep=frozenset({"id"}))
    least = max(width(r[0].text) for r in cells + [[Cell("id")]]) + 2 * terminal.MIN_COLUMN + 2 * width(terminal.SEPARATOR)
    assert check_tables(lines, cols if least <= cols else None) == 1


def run_in_pty(args: list[str], cols: int, rows: int) -> list[str]:
    """``python -m factcheck.cli ARGS`` with its standard output a pseudo-terminal of ``cols`` x
    ``rows``; the lines it wrote."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen([sys.executable, "-m", "factcheck.cli", *args], stdout=slave,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env, cwd=ROOT)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:   # EIO: the other end is closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=120) == 0, proc.stderr.read()
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n").splitlines()


# (pseudo-terminal columns, rows)
SCREENS = [(80, 24), (120, 40)]


@pytest.mark.parametrize("cols,rows", SCREENS)
def test_seeds_at_a_terminal_fit_two_screens_and_line_up(cols, rows):
    lines = run_in_pty(["report", str(SEEDS), "--no-cache", "-q"], cols, rows)
    assert lines[0].startswith("Contradictions (")
    assert check_tables(lines, cols) >= 3
    assert any(FSI in ln for ln in lines)   # the Arabic cells are isolated
    assert any(ln.startswith("Agreements (") and ln.endswith("--all shows every one") for ln in lines)
    assert len(lines) <= 2 * rows


def test_all_shows_every_finding_in_full():
    brief = run_in_pty(["report", str(SEEDS), "--no-cache", "-q"], 100, 30)
    full = run_in_pty(["report", str(SEEDS), "--no-cache", "-q", "--all"], 100, 30)
    assert not any("--all shows every one" in ln for ln in full)
    assert check_tables(full, 100) > check_tables(brief, 100)
    count = next(ln for ln in full if ln.startswith("Agreements ("))
    agreements = int(count.split("(")[1].split(")")[0])
    start = full.index(count)
    end = next(k for k, ln in enumerate(full) if ln.startswith("Single-source statements ("))
    assert sum(1 for ln in full[start:end] if ln.startswith("[f_")) == agreements


@pytest.mark.skipif(not ARABIC_STORY.is_dir(), reason="the shared stories are not here")
@pytest.mark.parametrize("extra", [[], ["--all"]])
def test_a_story_with_arabic_lines_up(extra):
    files = sorted(str(p) for p in ARABIC_STORY.glob("*.txt"))
    lines = run_in_pty(["report", *files, "--no-cache", "-q", *extra], 90, 30)
    assert check_tables(lines, 90) >= 1
    assert any(FSI in ln for ln in lines)


def test_a_pipe_gets_every_finding_and_columns_override_the_width(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "70"}
    out = subprocess.run([sys.executable, "-m", "factcheck.cli", "report", str(SEEDS), "--no-cache", "-q"],
                         capture_output=True, env=env, cwd=ROOT, check=True).stdout.decode("utf-8").splitlines()
    assert not any("--all shows every one" in ln for ln in out)
    assert check_tables(out, 70) > 3
