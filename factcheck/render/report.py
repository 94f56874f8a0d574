"""Stage 6, report: render a Report as a terminal table, Markdown, JSON (factcheck.report/1) or HTML
(html.py). Table and Markdown show each finding's and claim's review state; ``state`` filters.
Every piece of input text in a table or Markdown report (ids, quotes, values, reasons, story labels)
goes through sanitize.py: visible escapes for terminal controls, Markdown syntax escaped."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..kinds.reading import display_words, event_words, subject_words, what_words, words
from ..models import ArticleInfo, Claim, Finding, Report
from .sanitize import markdown_text, visible
from . import json_report as report_json, terminal
from .terminal import Cell

if TYPE_CHECKING:
    from ..claimbase.reviews import Reviews

FORMATS = ("table", "markdown", "json", "html")
# Quotes longer than this are cut to a window around their value in the Markdown view (the table
# fits its columns to the terminal; JSON keeps quotes whole).
QUOTE_CHARS = 90
# The sections of a report, in order: updates (a figure that changed between publication times) sit
# between contradictions and agreements.
KINDS = ("contradiction", "update", "agreement", "unsupported")
TITLES = {"contradiction": "Contradictions", "update": "Updates", "agreement": "Agreements",
          "unsupported": "Single-source statements"}
HEADERS = ["value", "article", "quote", "outlet", "review"]
# Table columns never cut (ids: a cut id names nothing); columns left out when they say nothing (no
# outlet known, nothing reviewed yet: the finding's heading gives its review); the columns that are
# cut share the width by weight (the quote, then the value, keep the most).
KEEP_COLUMNS = frozenset({"article", "finding"})
BLANK_CELLS = {"outlet": "", "review": "unreviewed"}
COLUMN_WEIGHTS = {"quote": 3, "value": 2, "about": 2, "values": 2}
# An outlet's name is cut only beyond this many columns: the seeds' "الشرق (guessed)" (15) and the
# tests' invented "Fjord Courier" stay whole at 80 columns.
COLUMN_FLOORS = {"outlet": 16}
# Sections a terminal shows in full; of the others it shows the count and the first BRIEF_FIRST, one
# line each (``--all``: every one in full). Three of each keep the seeds' first report within two
# 24-line screens at 80 columns (tests/test_terminal_table.py).
FULL_KINDS = ("contradiction", "update")
BRIEF_FIRST = 3
BRIEF_HEADERS = {"agreement": ["finding", "about", "values", "sources", "review"],
                 "unsupported": ["finding", "value", "article", "quote", "review"]}
# Continuation lines of a wrapped finding heading start with this.
WRAP_INDENT = "    "
# Marks an outlet read from the article's own 'Source:' line rather than given by its input.
GUESSED = " (guessed)"
# An update's side is labelled with the publication date of its first claim, or this when unknown.
UNKNOWN_DATE = "date unknown"

# Subject keys of places: a figure about a place reads "population of Velmar".
PLACE_KEYS = ("city:", "country:", "state:", "region:")


def value_span(c: Claim) -> tuple[int, int] | None:
    """Where in ``c.quote`` its value is stated: the value signal's span, else its text or the
    claim's reading found in the quote; None for a statement (a cut keeps the quote's start)."""
    for sig in c.signals:
        if sig.field != "value":
            continue
        if sig.start is not None and sig.end is not None and c.start <= sig.start < sig.end <= c.end:
            return sig.start - c.start, sig.end - c.start
        if sig.text and sig.text in c.quote:
            k = c.quote.index(sig.text)
            return k, k + len(sig.text)
    if c.value is not None and c.readable and c.readable in c.quote:
        k = c.quote.index(c.readable)
        return k, k + len(c.readable)
    return None


def quote_cell(c: Claim) -> Cell:
    """The claim's quote on one line, visible (sanitize.visible), with the span of its value (what a
    cut keeps in view)."""
    line, focus = terminal.squash(c.quote, value_span(c))
    if focus is None:
        return Cell(visible(line))
    s, e = focus
    head, mid = visible(line[:s]), visible(line[s:e])
    return Cell(head + mid + visible(line[e:]), (len(head), len(head) + len(mid)))


def _short(c: Claim) -> str:
    """The visible quote in at most QUOTE_CHARS columns, a window around its value (Markdown)."""
    q = quote_cell(c)
    return terminal.cut(q.text, QUOTE_CHARS, q.focus)


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
    """A claim's property and value in words ("population of Velmar: 100,000"; a statement: its property)."""
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
    the normal forms stay as they are). The lists given are filled in place with the annotated copies
    (each original goes as its copy comes: a large story's claims are never held twice) and returned."""
    for k, c in enumerate(claims):
        claims[k] = c.model_copy(update={"readable": words(c)})
    by_id = {c.id: c for c in claims}
    for k, f in enumerate(findings):
        sides = [s.model_copy(update={"readable": display_words(by_id[s.claims[0]])})
                 if s.claims and s.claims[0] in by_id else s for s in f.sides]
        findings[k] = f.model_copy(update={"sides": sides, "readable_event": event_words(f.event)})
    return claims, findings


def _row_claims(f: Finding, claims: dict[str, Claim], infos: dict[str, ArticleInfo]) -> list[tuple[str, Claim]]:
    """A finding's rows: (the row's label, its claim), sides in order."""
    if f.sides:
        return [(side_title(f, k, claims, infos), claims[cid]) for k, side in enumerate(f.sides) for cid in side.claims]
    return [(claim_label(claims[cid]), claims[cid]) for cid in f.claims]


def _state(reviews: "Reviews | None", cid: str) -> str:
    return reviews.state(cid) if reviews is not None else "unreviewed"


def _rows(f: Finding, claims: dict[str, Claim], reviews: "Reviews | None",
          cell: Callable[[str], str] = visible, infos: dict[str, ArticleInfo] | None = None) -> list[list[str]]:
    infos = infos or {}
    return [[cell(x) for x in (label, c.article, _short(c), outlet_text(infos.get(c.article)), _state(reviews, c.id))]
            for label, c in _row_claims(f, claims, infos)]


def _table_rows(f: Finding, claims: dict[str, Claim], reviews: "Reviews | None",
                infos: dict[str, ArticleInfo]) -> list[list[Cell]]:
    return [[Cell(visible(label)), Cell(visible(c.article)), quote_cell(c),
             Cell(visible(outlet_text(infos.get(c.article)))), Cell(visible(_state(reviews, c.id)))]
            for label, c in _row_claims(f, claims, infos)]


def _brief_row(f: Finding, claims: dict[str, Claim], status: str) -> list[Cell]:
    """One line for a finding of a section shown in brief (BRIEF_HEADERS)."""
    own = [claims[c] for c in f.claims if c in claims]
    if f.kind == "unsupported" and own:
        c = own[0]
        return [Cell(visible(f.id)), Cell(visible(claim_label(c))), Cell(visible(c.article)), quote_cell(c),
                Cell(visible(status))]
    values = list(dict.fromkeys(c.readable or words(c) for c in own if c.value is not None))
    sources = len({c.article for c in own})
    return [Cell(visible(f.id)), Cell(visible(finding_about(f, claims))), Cell(visible(" / ".join(values))),
            Cell(str(sources)), Cell(visible(status))]


def select(rep: Report, reviews: "Reviews | None", state: str | None) -> Report:
    """The report with only the findings ``--state`` shows (the finding's status or a claim's state)."""
    if state is None:
        return rep
    from ..claimbase.reviews import Reviews
    reviews = reviews if reviews is not None else Reviews()
    return rep.model_copy(update={"findings": [f for f in rep.findings if reviews.matches(f, state)]})


def render(rep: Report, fmt: str, reviews: "Reviews | None" = None, state: str | None = None,
           review_block: "Callable[[list[Finding]], dict] | None" = None,
           width: int | None = None, brief: bool = False) -> str:
    """The report as text in ``fmt`` (table, markdown or json; html.render takes more context).
    ``review_block``: for json, the ``reviews`` member of the findings shown (review.report_states).
    The table fits ``width`` columns (default: the terminal's, terminal.size); ``brief``: agreements
    and single-source statements as counts with the first few (what a terminal shows without ``--all``)."""
    rep = select(rep, reviews, state)
    if fmt == "json":
        return report_json.dumps(rep, None if review_block is None else review_block(rep.findings))
    claims = {c.id: c for c in rep.claims}
    infos = {a.id: a for a in rep.articles}
    if fmt == "table":
        return render_table(rep, claims, infos, reviews, terminal.size().columns if width is None else width, brief)
    cell = markdown_text   # one line, nothing the viewer acts on
    parts = []
    from tabulate import tabulate  # (here: a JSON report of a large run does not need it at start-up)
    parts.append(f"# factcheck report\n\n{len(rep.articles)} articles, {len(rep.claims)} claims, {len(rep.findings)} findings\n")
    groups = by_story(rep)
    level = "#" * (len(groups) > 1 or bool(rep.unassigned))   # sections one level down under stories
    for heading, findings in groups:
        if heading:
            parts.append(f"## {cell(heading)}\n")
        for kind, fs in sections(findings, claims, infos):
            parts.append(f"{level}## {TITLES[kind]} ({len(fs)})\n")
            for f in fs:
                status = reviews.status(f) if reviews is not None else "unreviewed"
                about = finding_about(f, claims)
                parts.append(f"{level}### [{cell(f.id)}] {cell(f.reason)} (confidence {f.confidence:.2f}) · review: {status}")
                if about and f.kind != "unsupported":
                    parts.append(f"\nabout: {cell(about)}\n")
                parts.append(tabulate(_rows(f, claims, reviews, cell, infos), headers=HEADERS, tablefmt="github"))
                parts.append("")
    return "\n".join(parts) + "\n"


def sections(findings: list[Finding], claims: dict[str, Claim], infos: dict[str, ArticleInfo]) -> list[tuple[str, list[Finding]]]:
    """The findings by kind in KINDS order; updates in time order, and only when there is one."""
    out = []
    for kind in KINDS:
        fs = [f for f in findings if f.kind == kind]
        if kind == "update":
            if not fs:
                continue   # a story with no evolving figure shows no empty Updates section
            fs = in_time_order(fs, claims, infos)
        out.append((kind, fs))
    return out


def render_table(rep: Report, claims: dict[str, Claim], infos: dict[str, ArticleInfo], reviews: "Reviews | None",
                 width: int, brief: bool) -> str:
    """The terminal table (module terminal.py: display widths, isolated right-to-left runs, cells cut
    to ``width``): each finding's heading wrapped, its claims in a table; in ``brief``, the kinds not
    in FULL_KINDS one line per finding, the first BRIEF_FIRST of them."""
    parts: list[str] = []
    groups = by_story(rep)
    for heading, findings in groups:
        if heading:
            lines = terminal.wrap(visible(heading), width, WRAP_INDENT)
            parts += lines + ["#" * min(width, max(terminal.width(ln) for ln in lines)), ""]
        for kind, fs in sections(findings, claims, infos):
            shown = fs if not brief or kind in FULL_KINDS else fs[:BRIEF_FIRST]
            head = f"{TITLES[kind]} ({len(fs)})"
            if len(shown) < len(fs):
                head += f": the first {len(shown)}; --all shows every one"
            parts += [head, "=" * terminal.width(head)]
            if shown is not fs:
                rows = [_brief_row(f, claims, reviews.status(f) if reviews is not None else "unreviewed") for f in shown]
                if rows:
                    parts += terminal.table(*terminal.prune(BRIEF_HEADERS[kind], rows, BLANK_CELLS), width,
                                            KEEP_COLUMNS, COLUMN_WEIGHTS, COLUMN_FLOORS)
                parts.append("")
                continue
            for f in shown:
                status = reviews.status(f) if reviews is not None else "unreviewed"
                parts += terminal.wrap(visible(f"[{f.id}] {f.reason} (confidence {f.confidence:.2f}) · review: {status}"),
                                       width, WRAP_INDENT)
                about = finding_about(f, claims)
                if about and f.kind != "unsupported":
                    parts += terminal.wrap(visible(f"about: {about}"), width, WRAP_INDENT)
                parts += terminal.table(*terminal.prune(HEADERS, _table_rows(f, claims, reviews, infos), BLANK_CELLS),
                                        width, KEEP_COLUMNS, COLUMN_WEIGHTS, COLUMN_FLOORS)
                parts.append("")
    return "\n".join(parts) + "\n"


def by_story(rep: Report) -> list[tuple[str | None, list[Finding]]]:
    """The findings under a heading per story (feed/run.py), then those of the articles that fit no
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
