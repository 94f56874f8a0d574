"""Export reviewed claims as schema.org ``ClaimReview`` JSON-LD, the markup search engines read on a
published fact-check: the claim's text, where it appeared (article, outlet, date), the editor's
rating as ``reviewRating`` and the date of the review. The JSON is written for pages (publishers embed
it in ``<script type="application/ld+json">``): ``<``, ``>`` and ``&`` are ``\\u`` escapes and every URL
is http(s) (sanitize.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import store
from .errors import UsageError
from .models import ArticleRecord, Claim
from .report import claim_label
from .review import Reviews
from .sanitize import check_web_url, is_web_url, web_json

FORMATS = ("claimreview",)
SCHEMA_ORG = "https://schema.org"
# The editor's state as a rating on a 1 (false) .. 5 (true) scale, with the word readers see.
RATINGS = {
    "confirmed": (5, "True"),
    "needs-source": (3, "Unproven"),
    "disputed": (2, "Disputed"),
    "false": (1, "False"),
}
BEST_RATING, WORST_RATING = 5, 1
DEFAULT_PUBLISHER = "factcheck"
URL_OPTION = "--url"   # named in the message that refuses a page URL
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


def claim_reviews(root: Path, publisher: str = DEFAULT_PUBLISHER, url: str | None = None) -> list[dict]:
    """One ClaimReview per claim whose current state is a verdict (not ``unreviewed``), in text order.
    ``url``, when given, is the page the fact-checks are published on (each gets ``url#claim id``); it
    must be an http(s) URL (UrlError otherwise). ``itemReviewed.appearance`` lists every article the
    claim appears in (its own and those an agreement joins it with), earliest first;
    ``firstAppearance`` is the earliest."""
    if url is not None:
        check_web_url(url, URL_OPTION)
    base = store.load(root)
    reviews = Reviews.load(root)
    out = []
    for c in sorted(base.claims.values(), key=lambda c: (c.article, c.start, c.id)):
        last = reviews.last(c.id)
        if last is None or last.state not in RATINGS:
            continue
        value, word = RATINGS[last.state]
        articles = sorted(_appears_in(base, c), key=lambda a: _when(base.record(a)))
        appearances = [appearance(base.record(a), a) for a in articles]
        claim: dict = {"@type": "Claim", "appearance": appearances, "firstAppearance": appearances[0]}
        when = published(base.record(c.article))
        if when:
            claim["datePublished"] = when
        if c.value is not None:
            claim["name"] = claim_label(c)
        item: dict = {
            "@context": SCHEMA_ORG,
            "@type": "ClaimReview",
            "identifier": c.id,
            "claimReviewed": c.quote,
            "datePublished": last.at.date().isoformat(),
            "author": {"@type": "Organization", "name": publisher},
            "creator": {"@type": "Person", "name": last.by},
            "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": BEST_RATING,
                             "worstRating": WORST_RATING, "alternateName": word},
            "itemReviewed": claim,
        }
        if last.note:
            item["reviewBody"] = last.note
        if url:
            item["url"] = f"{url}#{c.id}"
        out.append(item)
    return out


def render(root: Path, fmt: str, publisher: str = DEFAULT_PUBLISHER, url: str | None = None) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    return web_json(claim_reviews(root, publisher, url)) + "\n"
