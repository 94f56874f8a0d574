"""Export reviewed claims as schema.org ``ClaimReview`` JSON-LD, the markup search engines read on a
published fact-check: the claim's text, where it appeared (article, outlet, date), the editor's
rating as ``reviewRating`` and the date of the review. The JSON is written for pages (publishers embed
it in ``<script type="application/ld+json">``): ``<``, ``>`` and ``&`` are ``\\u`` escapes and every URL
is http(s) (sanitize.py)."""
from __future__ import annotations

from pathlib import Path

from . import store
from .errors import UsageError
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


def claim_reviews(root: Path, publisher: str = DEFAULT_PUBLISHER, url: str | None = None) -> list[dict]:
    """One ClaimReview per claim whose current state is a verdict (not ``unreviewed``), in text order.
    ``url``, when given, is the page the fact-checks are published on (each gets ``url#claim id``); it
    must be an http(s) URL (UrlError otherwise)."""
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
        rec = base.record(c.article)
        appearance: dict = {"@type": "CreativeWork", "name": c.article, "identifier": c.article}
        claim: dict = {"@type": "Claim", "appearance": [appearance]}
        if rec is not None:
            appearance["inLanguage"] = rec.language
            if is_web_url(rec.path):
                appearance["url"] = rec.path
            if rec.outlet:
                appearance["publisher"] = {"@type": "Organization", "name": rec.outlet}
            if rec.published:
                appearance["datePublished"] = claim["datePublished"] = rec.published.isoformat()
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
