"""Shared helpers of the reliability tests (issue 17): hostile strings, a hand-built report and claim
base that carry them in every text field, and a CLI runner. Not a test module. Everything is invented
(a town council, its budget, a ferry) and built by code: no file is checked in."""
from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

# Strings that must never act: terminal sequences (CSI clear screen, OSC window title ended by BEL,
# an 8-bit CSI), a NUL, bidi overrides and isolates, HTML that runs script, Markdown table and code
# syntax, a newline.
ESC_CLEAR = "\x1b[2J"
OSC_TITLE = "\x1b]0;owned\x07"
C1_CSI = "\x9b31m"
BIDI = "\u202eevil\u202c \u2066iso\u2069"
SCRIPT = "</script><script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
TABLE_BREAK = "a | b\n| c |"
CODE = "`rm -rf` **bold** [link](javascript:alert(3)) ~~gone~~"
PAYLOADS = [ESC_CLEAR, OSC_TITLE, C1_CSI, BIDI, SCRIPT, IMG, TABLE_BREAK, CODE, "nul\x00bel\x07"]
HOSTILE = " ".join(PAYLOADS)

# A terminal control or bidi override/isolate (what no terminal output may contain raw).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

runner = CliRunner()


def cli(*args, input: bytes | str | None = None):
    from factcheck.cli.app import app
    return runner.invoke(app, [str(a) for a in args], input=input)


def stderr_of(result) -> str:
    """Standard error of a CliRunner result (click >= 8.2 keeps it apart; older ones mix it in)."""
    try:
        return result.stderr
    except ValueError:
        return result.output


def hostile_articles():
    """Two invented articles whose sentences carry every payload."""
    from factcheck.models import Article

    texts = {
        "east_courier": "Brookfield, June 2, 2019\n\nThe council of Brookfield approved 12 ferries on Tuesday "
                        f"{HOSTILE} officials said.\n",
        "west_ledger": "Brookfield, June 2, 2019\n\nThe council of Brookfield approved 15 ferries on Tuesday, "
                       f"{SCRIPT} {ESC_CLEAR} residents said.\n",
    }
    return [Article(id=i, path=f"{i}.txt", text=t, language="en") for i, t in texts.items()]


def hostile_report():
    """A report over ``hostile_articles`` whose ids, values, reasons and quotes hold the payloads (the
    claims span the second paragraph, so quote == text[start:end])."""
    from factcheck.models import ArticleInfo, Claim, Finding, Report, Side

    articles = hostile_articles()
    claims = []
    for n, a in enumerate(articles):
        start = a.text.index("The council")
        end = a.text.index(" said.") + len(" said")
        claims.append(Claim(id=f"c_{n}{n}{n}", article=a.id, start=start, end=end, quote=a.text[start:end],
                            property="count", value=f"{12 + 3 * n} ferries {ESC_CLEAR}{TABLE_BREAK}"))
    findings = [
        Finding(id="f_111", kind="contradiction", claims=[c.id for c in claims],
                sides=[Side(value=f"{c.value} {BIDI}", claims=[c.id]) for c in claims],
                reason=f"different count {SCRIPT} {OSC_TITLE}", confidence=0.5, property="count"),
        Finding(id="f_222", kind="unsupported", claims=[claims[0].id], reason=f"only one source {CODE}",
                confidence=0.5, property="count"),
    ]
    infos = [ArticleInfo(id=a.id, path=a.path, published=None, language=a.language) for a in articles]
    return Report(articles=infos, claims=claims, findings=findings)


def hostile_base(root: Path) -> Path:
    """A claim base of ``hostile_report`` (story "brookfield"), every claim and finding reviewed by a
    reviewer and with a note that carry the payloads."""
    from factcheck.claimbase import extraction, reviews as review

    rep = hostile_report()
    extraction.save(root, hostile_articles(), rep, "brookfield")
    for k, item in enumerate([*rep.claims, *rep.findings]):
        review.set_state(root, item.id, "confirmed" if k % 2 == 0 else "false", f"ed {OSC_TITLE}",
                         note=f"see {HOSTILE}")
    return root
