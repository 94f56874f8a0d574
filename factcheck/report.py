"""Stage 6, report: render a Report as a terminal table, Markdown, JSON (factcheck.report/1) or HTML
(html.py). Table and Markdown show each finding's and claim's review state; ``state`` filters.
Every piece of input text in a table or Markdown report (ids, quotes, values, reasons, story labels)
goes through sanitize.py: visible escapes for terminal controls, Markdown syntax escaped."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .kinds.reading import display_words, event_words, subject_words, what_words, words
from .models import ArticleInfo, Claim, Finding, Report
from .sanitize import markdown_text, visible

if TYPE_CHECKING:
    from .review import Reviews

FORMATS = ("table", "markdown", "json", "html")
# Quotes longer than this are shortened in the table and Markdown views (JSON keeps them whole).
QUOTE_CHARS = 90
# The sections of a report, in order: updates (a figure that changed between publication times) sit
# between contradictions and agreements.
KINDS = ("contradiction", "update", "agreement", "unsupported")
TITLES = {"contradiction": "Contradictions", "update": "Updates", "agreement": "Agreements",
          "unsupported": "Single-source statements"}
HEADERS = ["value", "article", "quote", "outlet", "review"]
# Marks an outlet read from the article's own 'Source:' line rather than given by its input.
GUESSED = " (guessed)"
# An update's side is labelled with the publication date of its first claim, or this when unknown.
UNKNOWN_DATE = "date unknown"

# Subject keys of places: a figure about a place reads "population of Derna".
PLACE_KEYS = ("city:", "country:", "state:", "region:")


def _short(q: str) -> str:
    q = " ".join(q.split())
    return q if len(q) <= QUOTE_CHARS else q[: QUOTE_CHARS - 1] + "…"


def outlet_text(info: ArticleInfo | None) -> str:
    """The article's outlet as a cell shows it ("Reuters", "Reuters (guessed)"; "" when unknown)."""
    if info is None or not info.outlet:
        return ""
    return info.outlet + (GUESSED if info.outlet_guessed else "")


def side_words(f: Finding, k: int) -> str:
    """Side ``k`` of a finding in an editor's words: its ``readable`` (``annotate``), else its value as
    stored (a claim base or report written before readings were added)."""
    side = f.sides[k]
    return side.readable or side.value


def claim_label(c: Claim) -> str:
    """A claim's property and value in words ("population of Derna: 100,000"; a statement: its property)."""
    prop = what_words(c, c.property, subject_words(c) if c.subject and c.subject.startswith(PLACE_KEYS) else None)
    return prop if c.value is None else f"{prop}: {c.readable or words(c)}"


def finding_about(f: Finding, claims: dict[str, Claim]) -> str:
    """What a finding is about, in words: its property (of its subject) and its event."""
    first = claims.get(f.claims[0]) if f.claims else None
    bits = []
    if f.property:
        subject = subject_words(first) if first is not None and f.subject else None
        bits.append(what_words(first, f.property, subject))
    event = f.readable_event or event_words(f.event)
    if event:
        bits.append(event)
    return ", ".join(bits)


def side_title(f: Finding, k: int, claims: dict[str, Claim], infos: dict[str, ArticleInfo]) -> str:
    """"side A: 27 February", or for an update the side's publication date: "10 September 2023: 2,000"."""
    value = side_words(f, k)
    if f.kind != "update":
        return f"side {chr(65 + k)}: {value}"
    return f"{side_date(f.sides[k].claims, claims, infos) or UNKNOWN_DATE}: {value}"


def side_date(ids: list[str], claims: dict[str, Claim], infos: dict[str, ArticleInfo]) -> str | None:
    """The earliest publication time (or date) of the articles of ``ids``, as an editor reads it."""
    stamps = sorted(published_key(infos.get(claims[c].article)) for c in ids if c in claims)
    stamps = [s for s in stamps if s]
    return stamps[0] if stamps else None


def published_key(info: ArticleInfo | None) -> str:
    """An article's publication time as sortable text ("2023-09-12 08:30 UTC", "2023-09-12"; "")."""
    if info is None:
        return ""
    if info.published_at is not None:
        return info.published_at.strftime("%Y-%m-%d %H:%M") + (f" {info.published_at.tzname()}"
                                                               if info.published_at.tzinfo else "")
    return info.published.isoformat() if info.published else ""


def in_time_order(findings: list[Finding], claims: dict[str, Claim], infos: dict[str, ArticleInfo]) -> list[Finding]:
    """Updates ordered by the publication time of their earliest side (unknown times last, stable)."""
    def key(f: Finding) -> tuple[bool, str]:
        when = side_date([c for s in f.sides for c in s.claims] or f.claims, claims, infos)
        return when is None, when or ""
    return sorted(findings, key=key)


def annotate(claims: list[Claim], findings: list[Finding]) -> tuple[list[Claim], list[Finding]]:
    """The claims and findings with their ``readable`` fields filled (the JSON report's added readings:
    the normal forms stay as they are)."""
    claims = [c.model_copy(update={"readable": words(c)}) for c in claims]
    by_id = {c.id: c for c in claims}
    out = []
    for f in findings:
        sides = [s.model_copy(update={"readable": display_words(by_id[s.claims[0]])})
                 if s.claims and s.claims[0] in by_id else s for s in f.sides]
        out.append(f.model_copy(update={"sides": sides, "readable_event": event_words(f.event)}))
    return claims, out


def _rows(f: Finding, claims: dict[str, Claim], reviews: "Reviews | None",
          cell: Callable[[str], str] = visible, infos: dict[str, ArticleInfo] | None = None) -> list[list[str]]:
    infos = infos or {}

    def state(cid: str) -> str:
        return reviews.state(cid) if reviews is not None else "unreviewed"

    def row(label: str, c: Claim) -> list[str]:
        return [label, c.article, _short(c.quote), outlet_text(infos.get(c.article)), state(c.id)]

    rows = []
    if f.sides:
        for k, side in enumerate(f.sides):
            title = side_title(f, k, claims, infos)
            rows += [row(title, claims[cid]) for cid in side.claims]
    else:
        rows = [row(claim_label(claims[cid]), claims[cid]) for cid in f.claims]
    return [[cell(x) for x in r] for r in rows]


def select(rep: Report, reviews: "Reviews | None", state: str | None) -> Report:
    """The report with only the findings ``--state`` shows (the finding's status or a claim's state)."""
    if state is None:
        return rep
    from .review import Reviews
    reviews = reviews if reviews is not None else Reviews()
    return rep.model_copy(update={"findings": [f for f in rep.findings if reviews.matches(f, state)]})


def with_reviews(report_json: str, block: dict) -> str:
    """A JSON report (an object) with its ``reviews`` member added last (review.report_states)."""
    import json
    body = json.dumps(block, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    return report_json.rstrip().removesuffix("}").rstrip() + ',\n  "reviews": ' + body + "\n}\n"


def render(rep: Report, fmt: str, reviews: "Reviews | None" = None, state: str | None = None,
           review_block: "Callable[[list[Finding]], dict] | None" = None) -> str:
    """The report as text in ``fmt`` (table, markdown or json; html.render takes more context).
    ``review_block``: for json, the ``reviews`` member of the findings shown (review.report_states)."""
    rep = select(rep, reviews, state)
    if fmt == "json":
        return rep.to_json() + "\n" if review_block is None else with_reviews(rep.to_json(), review_block(rep.findings))
    claims = {c.id: c for c in rep.claims}
    infos = {a.id: a for a in rep.articles}
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
        for kind in KINDS:
            fs = [f for f in findings if f.kind == kind]
            if kind == "update":
                if not fs:
                    continue   # a story with no evolving figure shows no empty Updates section
                fs = in_time_order(fs, claims, infos)
            head = f"{TITLES[kind]} ({len(fs)})"
            parts.append(f"{level}## {head}\n" if fmt == "markdown" else f"{head}\n{'=' * len(head)}")
            for f in fs:
                status = reviews.status(f) if reviews is not None else "unreviewed"
                about = finding_about(f, claims)
                parts.append(f"{level + '### ' if fmt == 'markdown' else ''}[{cell(f.id)}] {cell(f.reason)} "
                             f"(confidence {f.confidence:.2f}) · review: {status}")
                if about and f.kind != "unsupported":
                    parts.append(("\n" if fmt == "markdown" else "") + f"about: {cell(about)}"
                                 + ("\n" if fmt == "markdown" else ""))
                parts.append(tabulate(_rows(f, claims, reviews, cell, infos), headers=HEADERS, tablefmt=tablefmt))
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
