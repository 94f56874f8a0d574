"""What the HTML report (html.py) says about itself: its title (the story and how many stories), when
it was generated (a time given on the command line, else the newest article's publication time; never
the clock, so two runs on the same input write the same bytes), and counts that follow the CSS-only
review-state filter (html_style.py)."""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import PurePath

from ..errors import UsageError
from .html_style import ALL
from ..models import ArticleInfo

# The option that gives the generation time (named in the page and in errors).
GENERATED_OPTION = "--generated"
PUBLISHED_FORMAT = "%Y-%m-%d %H:%M %Z"
# The page's title when the articles share no directory.
DEFAULT_TITLE = "factcheck report"
# An input read from standard input has this path; it names no story.
STDIN_PATH = "-"


def e(text: object) -> str:
    """``text`` escaped for HTML text and attribute values."""
    return escape(str(text), quote=True)


def parse_generated(text: str) -> dt.datetime:
    """``--generated`` as an aware time: ISO 8601 (``2024-05-01T09:30:00+02:00``; a time without a zone
    is UTC)."""
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{GENERATED_OPTION}: not an ISO 8601 time: {text!r} (e.g. 2024-05-01T09:30:00Z)") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.timezone.utc)


def story_name(articles: list[ArticleInfo]) -> str | None:
    """The directory every article comes from (``seeds``), or None when they come from several or none."""
    dirs = {PurePath(a.path).parent.name for a in articles if a.path and a.path != STDIN_PATH}
    return dirs.pop() if len(dirs) == 1 and "" not in dirs else None


def page_title(articles: list[ArticleInfo], labels: list[str]) -> str:
    """"factcheck report: <directory> (<story label>)", or "(<n> stories)" for a feed of several."""
    name = story_name(articles)
    what = (f"{len(labels)} stories" if len(labels) > 1 else labels[0] if labels and labels[0] else "")
    title = f"{DEFAULT_TITLE}: {name}" if name else DEFAULT_TITLE
    return f"{title} ({what})" if what else title


def _when(a: ArticleInfo) -> tuple[dt.date, dt.datetime]:
    """An article's publication as (UTC day, UTC time); a day without a time sorts before its times."""
    if a.published_at is not None:
        at = a.published_at if a.published_at.tzinfo else a.published_at.replace(tzinfo=dt.timezone.utc)
        at = at.astimezone(dt.timezone.utc)
        return at.date(), at
    return a.published, dt.datetime.min.replace(tzinfo=dt.timezone.utc)


def _newest(articles: list[ArticleInfo]) -> ArticleInfo | None:
    dated = [a for a in articles if a.published_at is not None or a.published is not None]
    return max(dated, key=_when) if dated else None


def generated_html(articles: list[ArticleInfo], generated: dt.datetime | None) -> str:
    """When the report stands: the time given by ``--generated``, else the newest article's publication
    time, each saying which; nothing from the clock."""
    if generated is not None:
        return (f'as of <time datetime="{e(generated.isoformat())}">{e(generated.strftime(PUBLISHED_FORMAT).strip())}'
                f"</time> (given by {GENERATED_OPTION})")
    newest = _newest(articles)
    if newest is None:
        return f"as of an unknown time (no article states its publication time; {GENERATED_OPTION} gives one)"
    if newest.published_at is not None:
        stamp = (f'<time datetime="{e(newest.published_at.isoformat())}">'
                 f"{e(newest.published_at.strftime(PUBLISHED_FORMAT).strip())}</time>")
    else:
        stamp = f"<time>{e(newest.published.isoformat())}</time>"
    return f"as of {stamp} (the newest article's publication time: <code>{e(newest.id)}</code>)"


def counts_html(states: list[set[str]]) -> str:
    """How many of the items (each given by its review states) each filter choice shows: one number
    per choice with items; the stylesheet shows the checked choice's number, or 0."""
    parts = [f'<b class="n-{ALL}">{len(states)}</b>'] if states else []
    seen: dict[str, int] = {}
    for s in states:
        for state in s:
            seen[state] = seen.get(state, 0) + 1
    parts += [f'<b class="n-{e(k)}">{v}</b>' for k, v in sorted(seen.items())]
    return f'<span class="n">{"".join(parts)}</span>'
