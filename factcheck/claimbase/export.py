"""Export reviews as schema.org ``ClaimReview`` JSON-LD, the markup fact-check tools and aggregators
read on a published fact-check (search engines no longer show it as a rich result). One review per
claim whose state is a verdict, and one per confirmed contradiction (a finding review): what was
claimed (``claimReviewed``, a sentence of at most CLAIM_REVIEWED_MAX characters), where it appeared
(article, outlet, date), the editor's rating (``reviewRating``, its words in the claim's language),
the publisher as ``author`` and the page it is published on (``url#<id>``: the HTML report's anchor
of the claim or finding). The JSON Schema of these rules is factcheck/schema/claimreview.schema.json.
The JSON is written for pages (publishers embed it in ``<script type="application/ld+json">``): ``<``,
``>`` and ``&`` are ``\\u`` escapes and every URL is http(s) (sanitize.py)."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

from . import store
from ..render import terminal
from ..errors import UsageError
from ..kinds.reading import display_words
from ..models import ArticleRecord, Claim, Finding, Review
from ..render.report import claim_label, finding_about, value_span
from .reviews import Reviews
from ..render.sanitize import check_web_url, is_web_url, web_json

FORMATS = ("claimreview",)
SCHEMA_ORG = "https://schema.org"
# The editor's state as a rating on a 1 (false) .. 5 (true) scale, with its name (English).
RATINGS = {
    "confirmed": (5, "True"),
    "needs-source": (3, "Unproven"),
    "disputed": (2, "Disputed"),
    "false": (1, "False"),
}
# A confirmed contradiction (a finding review): the sources' accounts conflict, so the claim is
# contested: the rating of "disputed", under its own name.
CONFLICTING = "conflicting"
FINDING_RATINGS = {("contradiction", "confirmed"): CONFLICTING}
RATING_NAMES = {**{state: name for state, (_, name) in RATINGS.items()}, CONFLICTING: "Conflicting reports"}
RATING_VALUES = {**{state: value for state, (value, _) in RATINGS.items()}, CONFLICTING: RATINGS["disputed"][0]}
# ``alternateName``: the rating in the claim's language (the words Arabic fact-check sites use for
# these verdicts). A language without words here gets the English names.
RATING_WORDS = {
    "en": RATING_NAMES,
    "ar": {"confirmed": "صحيح", "needs-source": "غير مثبت", "disputed": "متنازع عليه", "false": "خطأ",
           CONFLICTING: "روايات متضاربة"},
}
BEST_RATING, WORST_RATING = 5, 1
# claimReviewed: "a short summary of the claim" (schema.org); issue 15 asks at most 200 characters.
CLAIM_REVIEWED_MAX = 200
# Where a sentence ends inside a paragraph: a full stop, question or exclamation mark (Latin and
# Arabic), a semicolon (Latin and Arabic) or an ellipsis followed by a space or the end; a line break.
SENTENCE_END = re.compile(r"[.!?;\u061f\u061b\u2026](?=\s|$)|\n")
# Where a clause ends: a comma (Latin or Arabic) followed by a space. The claim's sentence is trimmed
# at the first one after the claim: what follows is another statement.
CLAUSE_END = re.compile(r"[,\u060c](?=\s)")
URL_OPTION = "--url"   # named in the message that refuses a page URL
PUBLISHER_OPTION = "--publisher"
# --one-per-page: files are named <id>.json; an id must be a plain name (letters, digits, _ and -).
SAFE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
PAGE_SUFFIX = ".json"
SORT_TIME = "%H:%M:%S"   # publication times of one day compared in UTC, to the second
DAY_ONLY = "~"           # sorts after any SORT_TIME: a day without a time comes after that day's times


def appearance(rec: ArticleRecord | None, article_id: str) -> dict:
    """Where a claim appeared, as a schema.org CreativeWork: the article's URL, headline, outlet (as
    its author, an Organization) and publication time, as far as the input gave them."""
    work: dict = {"@type": "CreativeWork", "name": article_id, "identifier": article_id}
    if rec is None:
        return work
    work["inLanguage"] = rec.language
    url = rec.url if rec.url and is_web_url(rec.url) else rec.path if is_web_url(rec.path) else None
    if url:
        work["url"] = url
    if rec.title:
        work["headline"] = rec.title
    if rec.outlet:
        outlet = {"@type": "Organization", "name": rec.outlet}
        work["author"] = work["publisher"] = outlet
    when = published(rec)
    if when:
        work["datePublished"] = when
    return work


def published(rec: ArticleRecord | None) -> str | None:
    """The article's publication time (ISO 8601) when its input gave one, else its date."""
    if rec is None:
        return None
    if rec.published_at is not None:
        return rec.published_at.isoformat()
    return rec.published.isoformat() if rec.published else None


def _appears_in(base: store.ClaimBase, c: Claim) -> list[str]:
    """The articles a claim appears in: its own, then those of the claims an agreement joins it with."""
    out = [c.article]
    for f in base.findings_of(c.id):
        if f.kind == "agreement":
            out += [base.claims[o].article for o in f.claims if o in base.claims]
    return list(dict.fromkeys(out))


def _when(rec: ArticleRecord | None) -> tuple[bool, str, str]:
    """A sort key: articles with a known date first, earliest first; on one day, those stating a time
    (compared in UTC) before those that state only the day."""
    if rec is None:
        return True, "", ""
    if rec.published_at is not None and rec.published_at.utcoffset() is not None:
        stamp = rec.published_at.astimezone(dt.timezone.utc)
        return False, stamp.date().isoformat(), stamp.strftime(SORT_TIME)
    if rec.published is not None:
        return False, rec.published.isoformat(), DAY_ONLY
    return True, "", ""


def sentence(text: str, start: int, end: int, focus: tuple[int, int] | None = None) -> str:
    """The sentence of ``text`` holding ``[start, end)`` (a claim in its paragraph) up to the end of
    the claim's clause, on one line, cut to CLAIM_REVIEWED_MAX characters around the claim (around
    ``focus``, its value, when the claim alone is longer), with ``…`` where text was left out."""
    s = max((m.end() for m in SENTENCE_END.finditer(text, 0, start) if m.end() <= start), default=0)
    m = SENTENCE_END.search(text, max(start, end - 1))   # (a claim may end with its full stop)
    e = len(text) if m is None else m.start() if m.group() == "\n" else m.end()
    clause = CLAUSE_END.search(text, end, e)
    e = clause.start() if clause is not None else e
    keep = focus if focus is not None and end - start > CLAIM_REVIEWED_MAX - 2 else (start, end)
    line, span = terminal.squash(text[s:e], (keep[0] - s, keep[1] - s))
    return terminal.cut(line, CLAIM_REVIEWED_MAX, span, measure=len)


def claim_sentence(base: store.ClaimBase, c: Claim) -> str:
    """``claimReviewed`` of a claim: its clause in its sentence, as readable text."""
    text, s, e = base.context(c)
    span = value_span(c)
    return sentence(text, s, e, None if span is None else (s + span[0], s + span[1]))


def finding_sentence(base: store.ClaimBase, f: Finding) -> str:
    """``claimReviewed`` of a finding: what it is about and each side's value ("date of the vote:
    Sunday vs Monday"), at most CLAIM_REVIEWED_MAX characters."""
    sides = [display_words(base.claims[s.claims[0]]) if s.claims and s.claims[0] in base.claims else s.value
             for s in f.sides]
    about = finding_about(f, base.claims)
    text = " ".join(f"{about}: {' vs '.join(sides)}".split()) if about else " vs ".join(sides)
    return terminal.cut(text, CLAIM_REVIEWED_MAX, measure=len)


def language(base: store.ClaimBase, articles: list[str]) -> str:
    """The language most of ``articles`` are in (the first in order among equals)."""
    langs = [rec.language for a in articles if (rec := base.record(a)) is not None]
    return Counter(langs).most_common(1)[0][0] if langs else "und"


def rating(key: str, lang: str) -> dict:
    """``reviewRating`` for a state (or CONFLICTING): value, scale, name and the word in ``lang``."""
    return {"@type": "Rating", "ratingValue": RATING_VALUES[key], "bestRating": BEST_RATING,
            "worstRating": WORST_RATING, "name": RATING_NAMES[key],
            "alternateName": RATING_WORDS.get(lang, RATING_NAMES)[key]}


def _review(base: store.ClaimBase, last: Review, id: str, text: str, key: str, articles: list[str],
            own: str, lang: str, publisher: str, url: str) -> dict:
    """One ClaimReview of ``id`` (a claim or a finding) in language ``lang``, ``own`` the article
    whose date it carries."""
    articles = sorted(articles, key=lambda a: _when(base.record(a)))
    appearances = [appearance(base.record(a), a) for a in articles]
    claim: dict = {"@type": "Claim", "appearance": appearances, "firstAppearance": appearances[0]}
    when = published(base.record(own))
    if when:
        claim["datePublished"] = when
    item: dict = {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "identifier": id,
        "url": f"{url}#{id}",
        "inLanguage": lang,
        "claimReviewed": text,
        "datePublished": last.at.date().isoformat(),
        "author": {"@type": "Organization", "name": publisher},
        "creator": {"@type": "Person", "name": last.by},
        "reviewRating": rating(key, lang),
        "itemReviewed": claim,
    }
    if last.note:
        item["reviewBody"] = last.note
    return item


def check_publisher(publisher: str | None) -> str:
    """The publisher named by ``--publisher`` or the project file; UsageError when there is none."""
    if publisher is None or not publisher.strip():
        raise UsageError(f"ClaimReview needs its publisher: {PUBLISHER_OPTION} NAME, or publisher in the project "
                         "file (factcheck.toml)")
    return publisher.strip()


def check_url(url: str | None) -> str:
    """The page the reviews are published on; UsageError when missing, UrlError when not http(s)."""
    if url is None:
        raise UsageError(f"ClaimReview needs the page it is published on: {URL_OPTION} https://...")
    return check_web_url(url, URL_OPTION)


def claim_reviews(root: Path, publisher: str | None, url: str | None) -> list[dict]:
    """One ClaimReview per claim whose current state is a verdict (not ``unreviewed``), in text order,
    then one per confirmed contradiction (FINDING_RATINGS), by id. ``url`` is the page the reviews are
    published on (each gets ``url#<id>``, the HTML report's anchor); ``publisher`` their author. Both
    are required (UsageError; UrlError for a URL that is not http(s)). ``itemReviewed.appearance``
    lists every article the claim appears in (its own and those an agreement joins it with; for a
    finding, its claims' articles), earliest first; ``firstAppearance`` is the earliest."""
    publisher, url = check_publisher(publisher), check_url(url)
    base = store.load(root)
    reviews = Reviews.load(root)
    out = []
    for c in sorted(base.claims.values(), key=lambda c: (c.article, c.start, c.id)):
        last = reviews.last(c.id)
        if last is None or last.state not in RATINGS:
            continue
        item = _review(base, last, c.id, claim_sentence(base, c), last.state, _appears_in(base, c), c.article,
                       language(base, [c.article]), publisher, url)   # the claim's language: its own article's
        if c.value is not None:
            item["itemReviewed"]["name"] = claim_label(c)
        out.append(item)
    for f in sorted(base.findings.values(), key=lambda f: f.id):
        last = reviews.last(f.id)
        key = FINDING_RATINGS.get((f.kind, last.state)) if last is not None else None
        if key is None:
            continue
        articles = list(dict.fromkeys(base.claims[c].article for c in f.claims if c in base.claims))
        if not articles:
            continue
        out.append(_review(base, last, f.id, finding_sentence(base, f), key, articles, articles[0],
                           language(base, articles), publisher, url))
    return out


def render(root: Path, fmt: str, publisher: str | None, url: str | None) -> str:
    """Every review as one JSON-LD array."""
    return web_json(reviews_of(root, fmt, publisher, url)) + "\n"


def reviews_of(root: Path, fmt: str, publisher: str | None, url: str | None) -> list[dict]:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    return claim_reviews(root, publisher, url)


def pages(root: Path, fmt: str, publisher: str | None, url: str | None) -> list[tuple[str, str]]:
    """``--one-per-page``: each review as its own JSON-LD document, ``(file name, text)``, the file
    named by the claim's or finding's id (UsageError for an id that is no plain file name)."""
    out = []
    for item in reviews_of(root, fmt, publisher, url):
        if not SAFE_NAME.fullmatch(item["identifier"]):
            raise UsageError(f"--one-per-page: id {item['identifier']!r} cannot name a file")
        out.append((f"{item['identifier']}{PAGE_SUFFIX}", web_json(item) + "\n"))
    return out
