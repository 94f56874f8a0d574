"""Stage 6, report: render a Report as a terminal table, Markdown, JSON (factcheck.report/1) or HTML
(html.py). Table and Markdown show each finding's and claim's review state; ``state`` filters.
Every piece of input text in a table or Markdown report (ids, quotes, values, reasons, story labels)
goes through sanitize.py: visible escapes for terminal controls, Markdown syntax escaped."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .models import Claim, Finding, Report
from .sanitize import markdown_text, visible

if TYPE_CHECKING:
    from .review import Reviews

FORMATS = ("table", "markdown", "json", "html")
# Quotes longer than this are shortened in the table and Markdown views (JSON keeps them whole).
QUOTE_CHARS = 90
TITLES = {"contradiction": "Contradictions", "agreement": "Agreements", "unsupported": "Single-source statements"}


def _short(q: str) -> str:
    q = " ".join(q.split())
    return q if len(q) <= QUOTE_CHARS else q[: QUOTE_CHARS - 1] + "…"


def _rows(f: Finding, claims: dict[str, Claim], reviews: "Reviews | None",
          cell: Callable[[str], str] = visible) -> list[list[str]]:
    def state(cid: str) -> str:
        return reviews.state(cid) if reviews is not None else "unreviewed"

    rows = []
    if f.kind == "contradiction":
        for k, side in enumerate(f.sides):
            for cid in side.claims:
                c = claims[cid]
                rows.append([f"side {chr(65 + k)}: {side.value}", c.article, _short(c.quote), state(cid)])
    else:
        for cid in f.claims:
            c = claims[cid]
            rows.append([c.property if c.value is None else f"{c.property}: {c.value}", c.article, _short(c.quote),
                         state(cid)])
    return [[cell(x) for x in row] for row in rows]


def select(rep: Report, reviews: "Reviews | None", state: str | None) -> Report:
    """The report with only the findings ``--state`` shows (the finding's status or a claim's state)."""
    if state is None:
        return rep
    from .review import Reviews
    reviews = reviews if reviews is not None else Reviews()
    return rep.model_copy(update={"findings": [f for f in rep.findings if reviews.matches(f, state)]})


def render(rep: Report, fmt: str, reviews: "Reviews | None" = None, state: str | None = None) -> str:
    """The report as text in ``fmt`` (table, markdown or json; html.render takes more context)."""
    rep = select(rep, reviews, state)
    if fmt == "json":
        return rep.to_json() + "\n"
    claims = {c.id: c for c in rep.claims}
    tablefmt = "github" if fmt == "markdown" else "simple"
    cell = markdown_text if fmt == "markdown" else visible   # one line, nothing the viewer acts on
    parts = []
    from tabulate import tabulate  # (here: a JSON report of a large run does not need it at start-up)
    if fmt == "markdown":
        parts.append(f"# factcheck report\n\n{len(rep.articles)} articles, {len(rep.claims)} claims, {len(rep.findings)} findings\n")
    groups = by_story(rep)
    level = "#" * (len(groups) > 1 or bool(rep.unassigned))   # sections one level down under stories
    for heading, findings in groups:
        if heading:
            heading = cell(heading)
            parts.append(f"## {heading}\n" if fmt == "markdown" else f"{heading}\n{'#' * len(heading)}\n")
        for kind in ("contradiction", "agreement", "unsupported"):
            fs = [f for f in findings if f.kind == kind]
            head = f"{TITLES[kind]} ({len(fs)})"
            parts.append(f"{level}## {head}\n" if fmt == "markdown" else f"{head}\n{'=' * len(head)}")
            for f in fs:
                status = reviews.status(f) if reviews is not None else "unreviewed"
                parts.append(f"{level + '### ' if fmt == 'markdown' else ''}[{cell(f.id)}] {cell(f.reason)} "
                             f"(confidence {f.confidence:.2f}) · review: {status}")
                parts.append(tabulate(_rows(f, claims, reviews, cell), headers=["value", "article", "quote", "review"],
                                      tablefmt=tablefmt))
                parts.append("")
    return "\n".join(parts) + "\n"


def by_story(rep: Report) -> list[tuple[str | None, list[Finding]]]:
    """The findings under a heading per story (desk.py), then those of the articles that fit no
    story; one group without a heading when the run is one story."""
    if len(rep.stories) <= 1 and not rep.unassigned:
        return [(None, rep.findings)]
    by_id = {f.id: f for f in rep.findings}
    groups: list[tuple[str | None, list[Finding]]] = []
    for s in rep.stories:
        label = f" ({s.label})" if s.label else ""
        groups.append((f"Story {s.id}{label}: {len(s.articles)} articles: {', '.join(s.articles)}",
                       [by_id[i] for i in s.findings if i in by_id]))
    if rep.unassigned:
        taken = {i for s in rep.stories for i in s.findings}
        groups.append((f"Articles fitting no story ({len(rep.unassigned)}): {', '.join(rep.unassigned)}",
                       [f for f in rep.findings if f.id not in taken]))
    return groups
