"""The HTML report for editors: one self-contained file (inline CSS, no script, no external asset; a
Content-Security-Policy forbids both), findings grouped by kind with contradictions first, each quote
highlighted inside its paragraph with the article's id, outlet and date, the normalized values and
the reason, and the review state and history. Every piece of article text is HTML-escaped; article
text carries its own direction (``dir="rtl"`` for Arabic) and values use ``dir="auto"``."""
from __future__ import annotations

from html import escape
from typing import Callable

from .kinds.reading import event_words, subject_words, what_words, words
from .models import Article, ArticleRecord, Claim, Finding, Report, Review
from .report import GUESSED, KINDS, TITLES, in_time_order, side_date, side_words
from .review import FILTER_STATES, Reviews
from .sanitize import is_web_url

# No script, no network: only inline styles (and data: images) may load.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
# Sections shown open when the page loads (single-source statements are many: folded).
OPEN_KINDS = {"contradiction", "update", "agreement"}
RTL_LANGUAGES = {"ar", "fa", "he", "ur"}
TIME_FORMAT = "%Y-%m-%d %H:%M UTC"
PUBLISHED_FORMAT = "%Y-%m-%d %H:%M %Z"

STYLE = """
:root{--ink:#1d2330;--mute:#5b6474;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;--mark:#ffe58a;
--red:#b42318;--green:#067647;--amber:#b54708;--blue:#175cd3;--grey:#667085}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 "Noto Sans","Noto Naskh Arabic","DejaVu Sans",system-ui,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:#101828;color:#fff;padding:18px 28px}
header.top h1{margin:0 0 4px;font-size:22px}
header.top p{margin:0;color:#d0d5dd}
main{max-width:1180px;margin:0 auto;padding:16px 28px 40px}
nav.filters{margin:14px 0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
nav.filters input{position:absolute;opacity:0}
nav.filters label{border:1px solid var(--line);background:var(--card);border-radius:14px;padding:2px 11px;cursor:pointer;font-size:13px}
nav.filters input:checked+label{background:#101828;color:#fff;border-color:#101828}
table.articles{border-collapse:collapse;width:100%;background:var(--card);font-size:13px}
table.articles th,table.articles td{border:1px solid var(--line);padding:4px 8px;text-align:start}
h2{margin:26px 0 10px;font-size:19px}
details.kind>summary{cursor:pointer;list-style:none}
details.kind>summary::-webkit-details-marker{display:none}
details.kind>summary h2{display:inline-block}
details.kind>summary h2::before{content:"▸ ";color:var(--mute)}
details.kind[open]>summary h2::before{content:"▾ "}
.finding{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:0 0 14px}
.finding.contradiction{border-inline-start:5px solid var(--red)}
.finding.agreement{border-inline-start:5px solid var(--green)}
.finding.update{border-inline-start:5px solid var(--blue)}
.finding.unsupported{border-inline-start:5px solid var(--grey)}
.finding>.head{display:flex;flex-wrap:wrap;gap:8px;align-items:center;font-size:13px;color:var(--mute)}
.reason{font-weight:600;margin:6px 0 2px;font-size:15px}
.meta{color:var(--mute);font-size:13px;margin:0 0 8px}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}
.side{border:1px solid var(--line);border-radius:6px;padding:8px 10px;background:#fbfcfd}
.side h3{margin:0 0 6px;font-size:14px}
.claim{border-top:1px dashed var(--line);padding:6px 0}
.claim:first-of-type{border-top:0}
.src{font-size:12px;color:var(--mute);display:flex;flex-wrap:wrap;gap:6px;align-items:center}
blockquote{margin:4px 0;padding:6px 10px;background:#f2f4f7;border-radius:4px;font-size:15px;line-height:1.8}
mark{background:var(--mark);padding:1px 2px;border-radius:2px}
details.norm{font-size:12px;color:var(--mute)}
details.norm dl{display:grid;grid-template-columns:max-content 1fr;gap:1px 10px;margin:4px 0}
details.norm dt{font-weight:600}
details.norm dd{margin:0}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;border:1px solid currentColor}
.st-unreviewed{color:var(--grey)}.st-confirmed{color:var(--green)}.st-false{color:var(--red)}
.st-disputed{color:var(--amber)}.st-needs-source{color:var(--blue)}.st-resolved{color:var(--green);background:#ecfdf3}
ol.history{margin:4px 0 0;padding-inline-start:20px;font-size:12px;color:var(--mute)}
code{font-size:12px}
"""


def _filter_css() -> str:
    """Show only findings whose status (or a claim's state) is the checked one: CSS, no script."""
    rules = [f"body:has(#show-{s}:checked) .finding:not([data-states~=\"{s}\"]){{display:none}}"
             for s in FILTER_STATES]
    return "\n".join(rules)


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _state(state: str) -> str:
    return f'<span class="badge st-{_e(state)}">{_e(state)}</span>'


def outlet_html(rec: ArticleRecord | None) -> str:
    """The article's outlet, linked to the article's URL when it has an http(s) one; a guessed outlet
    says so. Empty when the article has neither."""
    if rec is None or not (rec.outlet or rec.url):
        return ""
    name = _e(rec.outlet or rec.url) + (f'<small>{_e(GUESSED)}</small>' if rec.outlet and rec.outlet_guessed else "")
    title = f' title="{_e(rec.title)}"' if rec.title else ""
    if rec.url and is_web_url(rec.url):
        return f'<a class="outlet" dir="auto" href="{_e(rec.url)}" rel="noopener noreferrer"{title}>{name}</a>'
    return f'<span class="outlet" dir="auto"{title}>{name}</span>'


def time_html(rec: ArticleRecord | None) -> str:
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


class _Page:
    def __init__(self, rep: Report, context: Callable[[Claim], tuple[str, int, int]],
                 records: dict[str, ArticleRecord], reviews: Reviews):
        self.rep, self.context, self.records, self.reviews = rep, context, records, reviews
        self.claims = {c.id: c for c in rep.claims}
        self.languages = {a.id: a.language for a in rep.articles}

    def claim(self, c: Claim) -> str:
        text, s, e = self.context(c)
        lang = self.languages.get(c.article, "")
        direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
        rec = self.records.get(c.article)
        src = [f"<code>{_e(c.article)}</code>"]
        src += [x for x in (outlet_html(rec), time_html(rec)) if x]
        src.append(_state(self.reviews.state(c.id)))
        fields = [("reads as", c.readable or words(c)), ("property", c.property),
                  ("subject", c.subject_label or c.subject), ("value", c.value),
                  ("qualifier", c.qualifier), ("polarity", c.polarity), ("modality", c.modality),
                  ("attribution", c.attribution), ("event", c.event)]
        dl = "".join(f'<dt>{_e(k)}</dt><dd dir="auto">{_e(v)}</dd>' for k, v in fields if v is not None)
        rules = "".join(f'<dt>{_e(s_.field)}</dt><dd dir="auto">{_e(s_.rule)}'
                        + (f" · “{_e(s_.text)}”" if s_.text else "") + "</dd>" for s_ in c.signals)
        return (f'<div class="claim" id="{_e(c.id)}"><div class="src">{" · ".join(src)} <code>{_e(c.id)}</code></div>'
                f'<blockquote dir="{direction}" lang="{_e(lang)}">{_e(text[:s])}<mark>{_e(text[s:e])}</mark>'
                f'{_e(text[e:])}</blockquote>'
                f'<details class="norm"><summary>normalized value and rules</summary><dl>{dl}</dl>'
                f'<dl>{rules}</dl></details>{_history(self.reviews.by_id.get(c.id, []))}</div>')

    def finding(self, f: Finding) -> str:
        status = self.reviews.status(f)
        states = {status} | {self.reviews.state(c) for c in f.claims}
        head = (f'<div class="head"><span class="badge">{_e(f.kind)}</span>{_state(status)}'
                f"<code>{_e(f.id)}</code><span>confidence {f.confidence:.2f}</span></div>")
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
        return (f'<article class="finding {_e(f.kind)}" id="{_e(f.id)}" data-states="{_e(" ".join(sorted(states)))}">'
                f'{head}<p class="reason" dir="auto">{_e(f.reason)}</p><p class="meta">{" · ".join(meta)}</p>'
                f'<div class="sides">{body}</div>{_history(self.reviews.by_id.get(f.id, []))}</article>')

    def side_title(self, f: Finding, k: int) -> str:
        """"Side A", or for an update the side's publication time (its sides are in time order)."""
        if f.kind != "update":
            return f"Side {chr(65 + k)}"
        infos = {a.id: a for a in self.rep.articles}
        return _e(side_date(f.sides[k].claims, self.claims, infos) or "date unknown")

    def articles(self) -> str:
        rows = []
        for a in self.rep.articles:
            rec = self.records.get(a.id)
            title = rec.title if rec is not None and rec.title else ""
            when = time_html(rec) or _e(a.published.isoformat() if a.published else "")
            rows.append(f"<tr><td><code>{_e(a.id)}</code></td><td>{outlet_html(rec)}</td>"
                        f'<td dir="auto">{_e(title)}</td><td>{when}</td><td>{_e(a.language)}</td>'
                        f'<td dir="auto">{_e(a.path)}</td></tr>')
        return ('<table class="articles"><thead><tr><th>article</th><th>outlet</th><th>title</th><th>published</th>'
                f'<th>language</th><th>file</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')

    def render(self, title: str) -> str:
        counts = {k: sum(f.kind == k for f in self.rep.findings) for k in TITLES}
        resolved = sum(self.reviews.status(f) == "resolved" for f in self.rep.findings)
        summary = (f"{len(self.rep.articles)} articles · {len(self.rep.claims)} claims · "
                   f"{counts['contradiction']} contradictions ({resolved} resolved) · {counts['update']} updates · "
                   f"{counts['agreement']} agreements · "
                   f"{counts['unsupported']} single-source statements")
        radios = ['<input type="radio" name="show" id="show-all" checked><label for="show-all">all</label>']
        radios += [f'<input type="radio" name="show" id="show-{s}"><label for="show-{s}">{s}</label>'
                   for s in FILTER_STATES]
        sections = []
        from .report import by_story   # several stories (desk.py): one heading and its sections each
        for n, (heading, findings) in enumerate(by_story(self.rep)):
            if heading:
                sections.append(f'<h2 class="story" id="story-{n + 1}" dir="auto">{_e(heading)}</h2>')
            infos = {a.id: a for a in self.rep.articles}
            for kind in KINDS:
                head = TITLES[kind]
                fs = [f for f in findings if f.kind == kind]
                if kind == "update":
                    if not fs:
                        continue
                    fs = in_time_order(fs, self.claims, infos)
                open_ = " open" if kind in OPEN_KINDS else ""
                anchor = kind if not heading else f"{kind}-{n + 1}"
                sections.append(f'<details class="kind" id="{anchor}"{open_}><summary><h2>{head} ({len(fs)})</h2>'
                                f'</summary>' + "".join(self.finding(f) for f in fs) + "</details>")
        return ("<!DOCTYPE html>\n"
                '<html lang="en" dir="ltr"><head><meta charset="utf-8">'
                f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{_e(title)}</title><style>{STYLE}{_filter_css()}</style></head><body>"
                f'<header class="top"><h1>{_e(title)}</h1><p>{summary}</p></header><main>'
                f'<nav class="filters" aria-label="show findings by review state">show: {"".join(radios)}</nav>'
                f'<h2>Articles</h2>{self.articles()}{"".join(sections)}</main></body></html>\n')


def render(rep: Report, context: Callable[[Claim], tuple[str, int, int]], records: dict[str, ArticleRecord],
           reviews: Reviews | None = None, title: str = "factcheck report") -> str:
    """The report as one self-contained HTML page. ``context(claim)`` gives the paragraph around a claim
    and the claim's offsets in it; ``records`` the articles' outlets and dates."""
    return _Page(rep, context, records, reviews or Reviews()).render(title)


def render_articles(rep: Report, articles: list[Article], reviews: Reviews | None = None,
                    title: str = "factcheck report") -> str:
    """The page for a report just computed from ``articles`` (their text gives the paragraphs)."""
    from . import store

    texts = {a.id: a.text for a in articles}

    def context(c: Claim) -> tuple[str, int, int]:
        s, e = store.context_window(texts[c.article], c.start, c.end)
        return texts[c.article][s:e], c.start - s, c.end - s

    return render(rep, context, {a.id: store.article_record(a) for a in articles}, reviews, title)
