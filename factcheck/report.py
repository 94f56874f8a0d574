"""Stage 6, report: render a Report as a terminal table, Markdown or JSON (factcheck.report/1)."""
from __future__ import annotations

from tabulate import tabulate

from .models import Claim, Finding, Report

FORMATS = ("table", "markdown", "json")
# Quotes longer than this are shortened in the table and Markdown views (JSON keeps them whole).
QUOTE_CHARS = 90
TITLES = {"contradiction": "Contradictions", "agreement": "Agreements", "unsupported": "Single-source statements"}


def _short(q: str) -> str:
    q = " ".join(q.split())
    return q if len(q) <= QUOTE_CHARS else q[: QUOTE_CHARS - 1] + "…"


def _rows(f: Finding, claims: dict[str, Claim]) -> list[list[str]]:
    rows = []
    if f.kind == "contradiction":
        for k, side in enumerate(f.sides):
            for cid in side.claims:
                c = claims[cid]
                rows.append([f"side {chr(65 + k)}: {side.value}", c.article, _short(c.quote)])
    else:
        for cid in f.claims:
            c = claims[cid]
            rows.append([c.property if c.value is None else f"{c.property}: {c.value}", c.article, _short(c.quote)])
    return rows


def render(rep: Report, fmt: str) -> str:
    """The report as text in ``fmt`` (one of FORMATS)."""
    if fmt == "json":
        return rep.to_json() + "\n"
    claims = {c.id: c for c in rep.claims}
    tablefmt = "github" if fmt == "markdown" else "simple"
    parts = []
    if fmt == "markdown":
        parts.append(f"# factcheck report\n\n{len(rep.articles)} articles, {len(rep.claims)} claims, {len(rep.findings)} findings\n")
    for kind in ("contradiction", "agreement", "unsupported"):
        fs = [f for f in rep.findings if f.kind == kind]
        head = f"{TITLES[kind]} ({len(fs)})"
        parts.append(f"## {head}\n" if fmt == "markdown" else f"{head}\n{'=' * len(head)}")
        for f in fs:
            parts.append(f"{'### ' if fmt == 'markdown' else ''}[{f.id}] {f.reason} (confidence {f.confidence:.2f})")
            parts.append(tabulate(_rows(f, claims), headers=["value", "article", "quote"], tablefmt=tablefmt))
            parts.append("")
    return "\n".join(parts) + "\n"
