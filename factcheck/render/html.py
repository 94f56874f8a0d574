"""The HTML report for editors: one self-contained file (inline CSS, no script, no external asset; a
Content-Security-Policy forbids both), findings grouped by story and kind with contradictions first,
each quote highlighted inside its paragraph with the article's id, outlet (linked to the article's
http(s) URL) and date, the normalized values and the reason, and the review state and history.

Every finding and every claim has a permanent anchor: the element whose ``id`` is the finding's or
the claim's id (a claim shown in several findings, at its first appearance; claims in no finding are
listed at the end of their story), so ``page#c_...`` (what ClaimReview's ``url`` holds) points at it.
A feed of several stories gets a list of stories at the top and one ``<details>`` per story. A large
feed (more than BRIEF_ABOVE_CLAIMS claims) keeps contradictions and updates in full and lists, of each
story's agreements, single-source statements and claims in no finding, every reviewed one and the
first BRIEF_FIRST others, one line each (the quote; its article linked to the article's row, where the
outlet and the link are), the rest counted by article: 1,000 articles stay under 3 MB
(benchmarks/html_size.py).

Every piece of article text is HTML-escaped; article text carries its own direction (``dir="rtl"``
for Arabic) and values use ``dir="auto"``. Styles and the state filter: html_style.py; the title, the
generation time and the filter-following counts: html_head.py."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .html_head import counts_html, generated_html, page_title, parse_generated
from .html_head import e as _e
from .html_style import ALL, CHOICES, stylesheet
from ..kinds.reading import event_words, subject_words, what_words, words
from ..lang.language import direction as writing_direction
from ..models import Article, ArticleInfo, ArticleRecord, Claim, Finding, Report, Review
from .report import GUESSED, KINDS, TITLES, by_story, in_time_order, select, side_date, side_words
from ..claimbase.reviews import Reviews
from .sanitize import is_web_url

# No script, no network: only inline styles (and data: images) may load.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
# Sections shown open when the page loads (single-source statements are many: folded).
OPEN_KINDS = {"contradiction", "update", "agreement"}
# Kinds an editor acts on: always shown in full, with the quote's paragraph, even in a large feed.
FULL_KINDS = {"contradiction", "update"}
# Above this many claims, the large feed's layout (the module's docstring). Calibrated on benchmarks/html_size.py: a full claim costs about 1.6 kB (paragraph, values,
# rules), so 1,000 claims (3.5 times the largest real story of ../shared/stories) make about 1.6 MB.
BRIEF_ABOVE_CLAIMS = 1000
# A large feed: a contradiction's paragraph is cut to this many characters either side of its quote,
# and a single-source quote to BRIEF_QUOTE_CHARS (a claim's quote is 63 characters on average in the
# benchmark feed; the longer ones are clauses of long sentences).
BRIEF_SIDE_CHARS = 60
BRIEF_QUOTE_CHARS = 90
# A large feed lists, of each story's agreements, single-source statements and claims in no finding,
# every reviewed one and this many others (as the terminal table shows the first few); the rest are
# counted by article. Calibrated on benchmarks/html_size.py: 1,000 articles stay under 3 MB.
BRIEF_FIRST = 5
# Stories shown unfolded when the page loads, when the feed holds at most this many (a larger feed
# opens folded: the list of stories at the top is the way in).
OPEN_STORIES = 8
TIME_FORMAT = "%Y-%m-%d %H:%M UTC"
PUBLISHED_FORMAT = "%Y-%m-%d %H:%M %Z"
# Anchor prefixes of the page's own sections (claim ids start c_, finding ids f_).
ARTICLE_ANCHOR = "art-"
STORY_ANCHOR = "story-"
NO_STORY = "none"
OTHER = "other"
OTHER_TITLE = "Claims in no finding"
__all__ = ["outlet_html", "parse_generated", "render", "render_articles", "time_html"]


def _state(state: str) -> str:
    return f'<span class="badge st-{_e(state)}">{_e(state)}</span>'


def outlet_html(rec: ArticleRecord | ArticleInfo | None) -> str:
    """The article's outlet, linked to the article's URL when it has an http(s) one; a guessed outlet
    says so. Empty when the article has neither."""
    if rec is None or not (rec.outlet or rec.url):
        return ""
    name = _e(rec.outlet or rec.url) + (f'<small>{_e(GUESSED)}</small>' if rec.outlet and rec.outlet_guessed else "")
    title = f' title="{_e(rec.title)}"' if rec.title else ""
    if rec.url and is_web_url(rec.url):
        return f'<a class="outlet" dir="auto" href="{_e(rec.url)}" rel="noopener noreferrer"{title}>{name}</a>'
    return f'<span class="outlet" dir="auto"{title}>{name}</span>'


def time_html(rec: ArticleRecord | ArticleInfo | None) -> str:
    """When the article was published: its time when the input states one, else its date."""
    if rec is None:
        return ""
    if rec.published_at is not None:
        return (f'<time datetime="{_e(rec.published_at.isoformat())}">'
                f'{_e(rec.published_at.strftime(PUBLISHED_FORMAT))}</time>')
    if rec.published is not None:
        return f"<time>{_e(rec.published.isoformat())}</time>"
    return ""


def _history(revs: list[Review]) -> str:
    if not revs:
        return ""
    items = "".join(
        f'<li><time datetime="{_e(r.at.isoformat())}">{_e(r.at.strftime(TIME_FORMAT))}</time> '
        f'<b dir="auto">{_e(r.by)}</b> {_e(r.previous)} → {_e(r.state)}'
        + (f' <q dir="auto">{_e(r.note)}</q>' if r.note else "") + "</li>" for r in revs)
    return f'<ol class="history" aria-label="review history">{items}</ol>'


def _first_and_reviewed(items: list, reviewed: Callable[[object], bool]) -> tuple[list, list]:
    """(the reviewed items and the first BRIEF_FIRST others, in order; the other items)."""
    shown, hidden, others = [], [], 0
    for x in items:
        if reviewed(x):
            shown.append(x)
        elif others < BRIEF_FIRST:
            shown.append(x)
            others += 1
        else:
            hidden.append(x)
    return shown, hidden


def narrow(text: str, start: int, end: int, side: int) -> tuple[str, int, int]:
    """``text`` cut to ``side`` characters either side of ``[start, end)`` (at a space when there is one),
    with the offsets of that span in the cut text."""
    s = max(0, start - side)
    if s > 0:
        space = text.find(" ", s, start)
        s = space + 1 if space >= 0 else s
    e = min(len(text), end + side)
    if e < len(text):
        space = text.rfind(" ", end, e)
        e = space if space >= 0 else e
    return text[s:e], start - s, end - s


def _permalink(id: str) -> str:
    return f'<a class="id" href="#{_e(id)}">{_e(id)}</a>'


class _Page:
    def __init__(self, rep: Report, context: Callable[[Claim], tuple[str, int, int]],
                 records: dict[str, ArticleRecord], reviews: Reviews, unfound: set[str], brief: bool | None):
        self.rep, self.context, self.records, self.reviews = rep, context, records, reviews
        self.claims = {c.id: c for c in rep.claims}
        self.infos = {a.id: a for a in rep.articles}
        self.unfound = unfound   # claims in no finding of the whole report (before --state)
        self.brief = len(rep.claims) > BRIEF_ABOVE_CLAIMS if brief is None else brief
        self.anchored: set[str] = set()   # claims whose anchor the page holds already

    def source(self, article: str) -> ArticleRecord | ArticleInfo | None:
        return self.records.get(article) or self.infos.get(article)

    def anchor(self, claim_id: str) -> str:
        """`` id="..."`` at a claim's first appearance on the page (its permanent anchor), else nothing."""
        if claim_id in self.anchored:
            return ""
        self.anchored.add(claim_id)
        return f' id="{_e(claim_id)}"'

    def states(self, f: Finding) -> set[str]:
        return {self.reviews.status(f)} | {self.reviews.state(c) for c in f.claims}

    @staticmethod
    def states_attr(states: set[str]) -> str:
        """``data-states`` for the filter; left out when the item is only unreviewed (most of a feed)."""
        return "" if states == {"unreviewed"} else f' data-states="{_e(" ".join(sorted(states)))}"'

    def claim(self, c: Claim) -> str:
        text, s, e = self.context(c)
        if self.brief:
            text, s, e = narrow(text, s, e, BRIEF_SIDE_CHARS)
        lang = self.infos[c.article].language if c.article in self.infos else ""
        direction = writing_direction(lang)
        rec = self.source(c.article)
        src = [f'<a class="id" href="#{ARTICLE_ANCHOR}{_e(c.article)}">{_e(c.article)}</a>']
        src += [x for x in (outlet_html(rec), time_html(rec)) if x]
        state = self.reviews.state(c.id)
        if not (self.brief and state == "unreviewed"):   # a large feed names only reviewed states
            src.append(_state(state))
        fields = [("reads as", c.readable or words(c)), ("property", c.property),
                  ("subject", c.subject_label or c.subject), ("value", c.value),
                  ("qualifier", c.qualifier), ("polarity", c.polarity), ("modality", c.modality),
                  ("attribution", c.attribution), ("event", c.event)]
        dl = "".join(f'<dt>{_e(k)}</dt><dd dir="auto">{_e(v)}</dd>' for k, v in fields if v is not None)
        rules = "".join(f'<dt>{_e(s_.field)}</dt><dd dir="auto">{_e(s_.rule)}'
                        + (f" · “{_e(s_.text)}”" if s_.text else "") + "</dd>" for s_ in c.signals)
        norm = ("" if self.brief else   # a large feed: the reason and the JSON report say the rest
                f'<details class="norm"><summary>normalized value and rules</summary><dl>{dl}</dl>'
                f"<dl>{rules}</dl></details>")
        return (f'<div class="claim"{self.anchor(c.id)}><div class="src">{" · ".join(src)} {_permalink(c.id)}</div>'
                f'<blockquote dir="{direction}" lang="{_e(lang)}">{_e(text[:s])}<mark>{_e(text[s:e])}</mark>'
                f'{_e(text[e:])}</blockquote>{norm}{_history(self.reviews.by_id.get(c.id, []))}</div>')

    def finding(self, f: Finding) -> str:
        status = self.reviews.status(f)
        head = (f'<div class="head"><span class="badge">{_e(f.kind)}</span>{_state(status)}'
                f"{_permalink(f.id)}<span>confidence {f.confidence:.2f}</span></div>")
        first = self.claims.get(f.claims[0]) if f.claims else None
        meta = []
        if f.property:
            subject = subject_words(first) if first is not None and f.subject else None
            meta.append(f"about <bdi>{_e(what_words(first, f.property, subject))}</bdi>")
        if f.event:
            event = self.rep.events.get(f.event) or f.readable_event or event_words(f.event)
            meta.append(f'event <bdi title="{_e(f.event)}">{_e(event)}</bdi>')
        if status == "resolved":
            sides = ", ".join(chr(65 + k) for k in self.reviews.false_sides(f))
            meta.append(f"resolved: side {sides} marked false")
        if f.sides:
            body = "".join(
                f'<div class="side"><h3>{self.side_title(f, k)}: <bdi>{_e(side_words(f, k))}</bdi>'
                + (" " + _state("false") if k in self.reviews.false_sides(f) else "") + "</h3>"
                + "".join(self.claim(self.claims[c]) for c in side.claims if c in self.claims) + "</div>"
                for k, side in enumerate(f.sides))
        else:
            body = '<div class="side">' + "".join(self.claim(self.claims[c]) for c in f.claims
                                                  if c in self.claims) + "</div>"
        return (f'<article class="finding {_e(f.kind)}" id="{_e(f.id)}"{self.states_attr(self.states(f))}>'
                f'{head}<p class="reason" dir="auto">{_e(f.reason)}</p><p class="meta">{" · ".join(meta)}</p>'
                f'<div class="sides">{body}</div>{_history(self.reviews.by_id.get(f.id, []))}</article>')

    def source_name(self, article: str) -> str:
        rec = self.source(article)
        return (rec.outlet if rec is not None and rec.outlet else None) or article

    def article_link(self, article: str, anchor: str = "") -> str:
        """The article's outlet (else its id), linked to its row of the Articles table (outlet, link, time)."""
        return f'<a{anchor} href="#{ARTICLE_ANCHOR}{_e(article)}" dir="auto">{_e(self.source_name(article))}</a>'

    def badge(self, state: str) -> str:
        return "" if state == "unreviewed" else _state(state) + " "

    def brief_agreement(self, f: Finding) -> str:
        """An agreement in a line: its reason (the values), then each claim's article (the claim's anchor)."""
        claims = [self.claims[c] for c in f.claims if c in self.claims]
        parts = ", ".join(self.badge(self.reviews.state(c.id)) + self.article_link(c.article, self.anchor(c.id))
                          for c in claims)
        return (f'<li class="finding" id="{_e(f.id)}"{self.states_attr(self.states(f))}>'
                f'{self.badge(self.reviews.status(f))}<span class="r" dir="auto">{_e(f.reason)}</span>: {parts}'
                f"{_history(self.reviews.by_id.get(f.id, []))}</li>")

    def brief_quote(self, c: Claim) -> str:
        """A claim's quote, trimmed to BRIEF_QUOTE_CHARS, as the claim's anchor; its state when reviewed."""
        quote = c.quote if len(c.quote) <= BRIEF_QUOTE_CHARS else c.quote[:BRIEF_QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
        return (f'{self.badge(self.reviews.state(c.id))}<q{self.anchor(c.id)} dir="auto">{_e(quote)}</q>'
                f"{_history(self.reviews.by_id.get(c.id, []))}")

    def brief_single(self, f: Finding) -> str:
        """A single-source statement in a few words: its quote, inside the finding's anchor."""
        quotes = " / ".join(self.brief_quote(self.claims[c]) for c in f.claims if c in self.claims)
        return (f'<span class="finding" id="{_e(f.id)}"{self.states_attr(self.states(f))}>'
                f"{self.badge(self.reviews.status(f))}{quotes}{_history(self.reviews.by_id.get(f.id, []))}</span>")

    def brief_other(self, c: Claim) -> str:
        """A claim in no finding: its quote (the claim's anchor)."""
        return f'<span class="finding"{self.states_attr({self.reviews.state(c.id)})}>{self.brief_quote(c)}</span>'

    def article_of(self, f: Finding) -> str:
        """The article of the finding's first claim ("" when the report lacks it)."""
        return self.claims[f.claims[0]].article if f.claims and f.claims[0] in self.claims else ""

    def by_article(self, items: list[tuple[str, str]]) -> str:
        """Lines of (article, html) grouped under their article, in the order of their first line."""
        groups: dict[str, list[str]] = {}
        for article, html in items:
            groups.setdefault(article, []).append(html)
        lines = "".join(f"<li>{self.article_link(a) + ': ' if a else ''}{' · '.join(hs)}</li>"
                        for a, hs in groups.items())
        return f'<ul class="brief">{lines}</ul>' if lines else ""

    def more(self, articles: list[str]) -> str:
        """What a large feed leaves out of a list: how many, by article (each linked to its row)."""
        if not articles:
            return ""
        n: dict[str, int] = {}
        for a in articles:
            n[a] = n.get(a, 0) + 1
        by = ", ".join(f"{self.article_link(a) if a else 'no article'} {k}" for a, k in n.items())
        return f'<p class="note">{len(articles)} more, not reviewed (by article: {by})</p>'

    def brief_section(self, kind: str, fs: list[Finding]) -> str:
        """A large feed's agreements or single-source statements: every reviewed one and the first
        BRIEF_FIRST others, a line each; the rest counted by article."""
        shown, hidden = _first_and_reviewed(fs, lambda f: self.states(f) != {"unreviewed"})
        if kind == "agreement":
            body = f'<ul class="brief">{"".join(self.brief_agreement(f) for f in shown)}</ul>' if shown else ""
        else:
            body = self.by_article([(self.article_of(f), self.brief_single(f)) for f in shown])
        return body + self.more([self.article_of(f) for f in hidden])

    def side_title(self, f: Finding, k: int) -> str:
        """"Side A", or for an update the side's publication time (its sides are in time order)."""
        if f.kind != "update":
            return f"Side {chr(65 + k)}"
        return _e(side_date(f.sides[k].claims, self.claims, self.infos) or "date unknown")

    def articles(self) -> str:
        rows = []
        for a in self.rep.articles:
            rec = self.source(a.id)
            title = rec.title if rec is not None and rec.title else ""
            when = time_html(rec) or _e(a.published.isoformat() if a.published else "")
            rows.append(f'<tr id="{ARTICLE_ANCHOR}{_e(a.id)}"><td><code>{_e(a.id)}</code></td><td>{outlet_html(rec)}</td>'
                        f'<td dir="auto">{_e(title)}</td><td>{when}</td><td>{_e(a.language)}</td>'
                        f'<td dir="auto">{_e(a.path)}</td></tr>')
        table = ('<table class="articles"><thead><tr><th>article</th><th>outlet</th><th>title</th><th>published</th>'
                 f'<th>language</th><th>file</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
        open_ = "" if self.brief else " open"
        return (f'<details class="kind" id="articles"{open_}><summary><h2>Articles ({len(self.rep.articles)})</h2>'
                f"</summary>{table}</details>")

    def section(self, kind: str, fs: list[Finding], anchor: str) -> str:
        if kind == "update":
            fs = in_time_order(fs, self.claims, self.infos)
        count = counts_html([self.states(f) for f in fs])
        open_ = " open" if kind in OPEN_KINDS else ""
        if self.brief and kind not in FULL_KINDS:
            body = self.brief_section(kind, fs)
        else:
            body = "".join(self.finding(f) for f in fs)
        return (f'<details class="kind" id="{anchor}"{open_}><summary><h2>{TITLES[kind]} ({count})</h2>'
                f"</summary>{body}</details>")

    def others(self, articles: set[str] | None, anchor: str) -> str:
        """The claims of these articles that are in no finding, each in a line: their anchors too."""
        cs = [c for c in self.rep.claims if c.id in self.unfound and c.id not in self.anchored
              and (articles is None or c.article in articles)]
        if not cs:
            return ""
        shown, hidden = (_first_and_reviewed(cs, lambda c: self.reviews.state(c.id) != "unreviewed")
                         if self.brief else (cs, []))
        body = self.by_article([(c.article, self.brief_other(c)) for c in shown])
        body += self.more([c.article for c in hidden])
        count = counts_html([{self.reviews.state(c.id)} for c in cs])
        return (f'<details class="kind" id="{anchor}"><summary><h2>{OTHER_TITLE} ({count})</h2></summary>'
                f"{body}</details>")

    def groups(self) -> list[tuple[str | None, str, set[str] | None, list[Finding]]]:
        """(heading as HTML, anchor suffix, the group's articles, findings) per story (by_story's order)."""
        out = []
        for n, (heading, findings) in enumerate(by_story(self.rep)):
            if heading is None:
                out.append((None, "", None, findings))
            elif n < len(self.rep.stories):
                s = self.rep.stories[n]
                label = f" (<bdi>{_e(s.label)}</bdi>)" if s.label else ""   # a mixed-script label isolated
                out.append((f"Story {_e(s.id)}{label}: {len(s.articles)} articles: {_e(', '.join(s.articles))}",
                            s.id, set(s.articles), findings))
            else:
                out.append((_e(heading), NO_STORY, set(self.rep.unassigned), findings))
        return out

    def story_list(self, groups: list) -> str:
        items = []
        for heading, key, _, fs in groups:
            counts = " · ".join(f"{counts_html([self.states(f) for f in fs if f.kind == k])} {TITLES[k].lower()}"
                                for k in ("contradiction", "update"))
            items.append(f'<li><a href="#{STORY_ANCHOR}{_e(key)}">{heading}</a> <small>{counts}</small></li>')
        return (f'<nav class="stories" aria-label="stories"><h2>Stories ({len(self.rep.stories)})</h2>'
                f'<ol>{"".join(items)}</ol></nav>')

    def render(self, title: str, generated: dt.datetime | None) -> str:
        counts = {k: sum(f.kind == k for f in self.rep.findings) for k in TITLES}   # the totals; sections follow the filter
        resolved = sum(self.reviews.status(f) == "resolved" for f in self.rep.findings)
        summary = (f"{len(self.rep.articles)} articles · {len(self.rep.claims)} claims · "
                   f"{counts['contradiction']} contradictions ({resolved} resolved) · {counts['update']} updates · "
                   f"{counts['agreement']} agreements · "
                   f"{counts['unsupported']} single-source statements")
        radios = [f'<input type="radio" name="show" id="show-{s}"{" checked" if s == ALL else ""}>'
                  f'<label for="show-{s}">{s}</label>' for s in CHOICES]
        groups = self.groups()
        sections = []
        for heading, key, articles, findings in groups:
            suffix = f"-{key}" if heading else ""
            body = "".join(self.section(kind, [f for f in findings if f.kind == kind], f"{kind}{suffix}")
                           for kind in KINDS if kind != "update" or any(f.kind == kind for f in findings))
            body += self.others(articles, f"{OTHER}{suffix}")
            if heading is None:
                sections.append(body)
                continue
            open_ = " open" if len(groups) <= OPEN_STORIES else ""
            n = counts_html([self.states(f) for f in findings if f.kind == "contradiction"])
            sections.append(f'<details class="story" id="{STORY_ANCHOR}{_e(key)}"{open_}><summary>'
                            f'<h2 class="story">{heading}</h2><span class="counts">{n} contradictions'
                            f"</span></summary>{body}</details>")
        stories = self.story_list(groups) if len(groups) > 1 else ""
        brief = (f'<p class="note">{len(self.rep.claims):,} claims: contradictions and updates are shown in full; '
                 f"of each story's agreements, single-source statements and claims in no finding, every reviewed "
                 f"one and the first {BRIEF_FIRST} others are shown one line each, the rest counted by article "
                 "(report one story for all of them). An article's outlet and link are in its row of the Articles "
                 "table.</p>") if self.brief else ""
        return ("<!DOCTYPE html>\n"
                '<html lang="en" dir="ltr"><head><meta charset="utf-8">'
                f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{_e(title)}</title><style>{stylesheet()}</style></head><body>"
                f'<header class="top"><h1 dir="auto">{_e(title)}</h1><p>{summary}</p>'
                f'<p class="generated">{generated_html(self.rep.articles, generated)}</p></header><main>'
                f'<nav class="filters" aria-label="show findings by review state">show: {"".join(radios)}</nav>'
                f'{brief}{stories}{self.articles()}{"".join(sections)}</main></body></html>\n')


def render(rep: Report, context: Callable[[Claim], tuple[str, int, int]], records: dict[str, ArticleRecord],
           reviews: Reviews | None = None, title: str | None = None, *, state: str | None = None,
           generated: dt.datetime | None = None, brief: bool | None = None) -> str:
    """The report as one self-contained HTML page. ``context(claim)`` gives the paragraph around a claim
    and the claim's offsets in it; ``records`` the articles' outlets and dates; ``state`` shows only the
    findings in that review state (``--state``); ``generated`` is the time the page says it stands at
    (default: the newest article's publication time). ``title`` defaults to the story's name; ``brief``
    (the large feed's layout) to whether the report has more than BRIEF_ABOVE_CLAIMS claims."""
    reviews = reviews or Reviews()
    found = {c for f in rep.findings for c in f.claims}
    unfound = {c.id for c in rep.claims if c.id not in found and (state is None or reviews.state(c.id) == state)}
    shown = select(rep, reviews, state)
    if title is None:
        title = page_title(rep.articles, [s.label for s in rep.stories])
    return _Page(shown, context, records, reviews, unfound, brief).render(title, generated)


def render_articles(rep: Report, articles: list[Article], reviews: Reviews | None = None,
                    title: str | None = None, *, state: str | None = None,
                    generated: dt.datetime | None = None) -> str:
    """The page for a report just computed from ``articles`` (their text gives the paragraphs)."""
    from ..claimbase import store

    texts = {a.id: a.text for a in articles}

    def context(c: Claim) -> tuple[str, int, int]:
        s, e = store.context_window(texts[c.article], c.start, c.end)
        return texts[c.article][s:e], c.start - s, c.end - s

    return render(rep, context, {a.id: store.article_record(a) for a in articles}, reviews, title,
                  state=state, generated=generated)
