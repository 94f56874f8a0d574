"""Regression check: new articles against the claim base, for a CI job.

The new articles are extracted on their own; the base's claims enter the comparison only through the
blocks the new claims fall in (same property, statements sharing a content word), together with the
claims that define their articles' own event, so the base is not compared with itself as a whole.
Only findings that involve a new claim are reported, in this order: contradictions with confirmed
claims, with unreviewed (or disputed / needs-source) claims, with claims editors marked false, then
new agreements and new single-source claims. An article already in the base with the same text is
not new: it yields nothing. Each new article is compared with its own story only (assign.py: the same
clustering as ``report``); one that fits no story of the base is a new story, compared with no claim
of the base.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from tabulate import tabulate

from . import store
from ..errors import UsageError
from ..models import CheckItem, CheckResult, Claim, Finding
from ..render.report import annotate, claim_label, finding_about, side_words
from .reviews import Reviews
from ..render.sanitize import visible

# --fail-on: which sections make the check exit 1. "confirmed" (the default) fails only on a
# contradiction with a confirmed claim; each later value also fails on everything before it.
FAIL_ON = ("confirmed", "contradiction", "unsupported", "never")
CONTRADICTIONS = ("contradicts-confirmed", "contradicts-unreviewed", "contradicts-false")
FAILS = {
    "confirmed": {"contradicts-confirmed"},
    "contradiction": set(CONTRADICTIONS),
    "unsupported": set(CONTRADICTIONS) | {"unsupported"},
    "never": set(),
}
SECTIONS = CONTRADICTIONS + ("agreement", "unsupported")
TITLES = {
    "contradicts-confirmed": "New contradictions with confirmed claims",
    "contradicts-unreviewed": "New contradictions with unreviewed claims",
    "contradicts-false": "New contradictions with claims marked false",
    "agreement": "New agreements",
    "unsupported": "New single-source claims",
}
FORMATS = ("table", "json")
EXIT_FLAGGED = 1
# How the table names a new article that fits no story of the base (compared with no base claim).
NEW_STORY = "new story (fits no story of the claim base; compared with no claim of it)"


def _event_defining(c: Claim) -> bool:
    """A claim that states its article's own event (date, place, ordinal): needed to anchor the others."""
    return bool(c.event) and c.event.startswith("main:this ") and "=" in c.event


def candidates(pool: list[Claim], new: list[Claim]) -> list[Claim]:
    """The base claims that can meet a new claim, plus the event-defining claims of their articles, in
    the base's order (an article's own event is read from its claims in order)."""
    props = {c.property for c in new if c.property != "statement"}
    words = {w for c in new if c.property == "statement" for w in c.keywords}
    hit = {c.id for c in pool if (c.property in props) or (c.property == "statement" and words & set(c.keywords))}
    articles = {c.article for c in pool if c.id in hit}
    return [c for c in pool if c.id in hit or (c.article in articles and _event_defining(c))]


def _section(f: Finding, new_ids: set[str], reviews: Reviews) -> tuple[str, list[str]]:
    base_ids = [c for c in f.claims if c not in new_ids]
    if f.kind != "contradiction":
        return f.kind, base_ids
    opposing = [c for side in f.sides if not new_ids & set(side.claims) for c in side.claims if c not in new_ids]
    states = {reviews.state(c) for c in opposing}
    if "confirmed" in states:
        return "contradicts-confirmed", base_ids
    if states and states == {"false"}:
        return "contradicts-false", base_ids
    return "contradicts-unreviewed", base_ids


def _groups(base: store.ClaimBase, fresh: list, got) -> list[tuple[str | None, list]]:
    """The new articles by story: the base's stories in the base's order, then the new stories."""
    by_id = {a.id: a for a in fresh}
    out: list[tuple[str | None, list]] = []
    for name in base.stories:
        arts = [a for a in fresh if got.story.get(a.id) == name]
        if arts:
            out.append((name, arts))
    out += [(None, [by_id[aid] for aid in grp]) for grp in got.new_groups]
    return out


def check(paths: list[str | Path], root: Path, fail_on: str = "confirmed") -> CheckResult:
    """Compare the articles under ``paths`` with the claim base at ``root``: each new article with the
    claims of its own story (assign.py), an article that fits no story of the base as a new story."""
    from . import assign
    from ..feed import run as desk
    from ..judge import group
    from ..ingest import load as ingest
    from .. import pipeline

    if fail_on not in FAIL_ON:
        raise UsageError(f"unknown --fail-on {fail_on!r} (choose from {', '.join(FAIL_ON)})")
    base = store.load(root)
    reviews = Reviews.load(root)
    articles = ingest.load_articles(paths)
    known = [a.id for a in articles if a.id in base.articles
             and base.articles[a.id].article.sha256 == hashlib.sha256(a.text.encode()).hexdigest()]
    fresh = [a for a in articles if a.id not in known]
    infos = [store.article_info(a) for a in articles]
    result = CheckResult(against=str(root), fail_on=fail_on, articles=infos, known=known)
    if not fresh:
        return result
    replaced = {a.id for a in fresh}  # a changed article's old claims are not compared with its new ones
    stages = {a.id: pipeline.article_stage(a) for a in fresh}
    kept = {aid: art for aid, art in base.articles.items() if aid not in replaced}
    stories = {name: [aid for aid in st.articles if aid in kept] for name, st in base.stories.items()}
    got = assign.assign(stories, assign.base_items(kept, desk.cache_dir(Path(root), None)),
                        [assign.new_item(a, stages[a.id][0]) for a in fresh])
    result.stories = {a.id: got.story.get(a.id) for a in fresh}
    items, by_id = [], {}
    for name, arts in _groups(base, fresh, got):
        new_claims = pipeline.story_stage(arts, {a.id: stages[a.id][1] for a in arts}).claims
        new_ids = {c.id for c in new_claims}
        pool = [c for aid in (stories[name] if name is not None else []) for c in kept[aid].claims]
        findings, _stats = group.build_findings(candidates(pool, new_claims) + new_claims)
        _, findings = annotate(pool + new_claims, findings)   # the sides' values in an editor's words
        by_id.update({c.id: c for c in pool + new_claims})
        for f in findings:
            news = [c for c in f.claims if c in new_ids]
            if not news:
                continue
            section, base_ids = _section(f, new_ids, reviews)
            items.append(CheckItem(section=section, finding=f, new_claims=news, base_claims=base_ids,
                                   states={c: reviews.state(c) for c in base_ids}, story=name))
    items.sort(key=lambda i: (SECTIONS.index(i.section), -i.finding.confidence, i.finding.id))
    used = {c for i in items for c in i.finding.claims}
    result.claims = [by_id[c] for c in sorted(used, key=lambda c: (by_id[c].article, by_id[c].start, c))]
    result.items = items
    result.exit_code = EXIT_FLAGGED if any(i.section in FAILS[fail_on] for i in items) else 0
    return result


def _quote(c: Claim) -> str:
    return " ".join(c.quote.split())


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    return fmt


def story_line(article_id: str, story: str | None) -> str:
    """Which story of the base a new article was compared with, or that it fits none."""
    if story is None:
        return f"  {article_id}: {NEW_STORY}"
    return f"  {article_id}: story {story}"


def render(result: CheckResult, fmt: str) -> str:
    """The result as a table (sections in order, every quote whole) or JSON (factcheck.check/1). Input
    text in the table (ids, paths, quotes, values) is shown with visible escapes (sanitize.visible)."""
    if check_format(fmt) == "json":
        return result.to_json()
    claims = {c.id: c for c in result.claims}
    new = len(result.articles) - len(result.known)
    parts = [visible(f"factcheck check: {new} new article(s) against {result.against}"
                     + (f" ({len(result.known)} already in the base: {', '.join(result.known)})" if result.known else ""))]
    parts += [visible(story_line(aid, name)) for aid, name in result.stories.items()]
    for section in SECTIONS:
        items = [i for i in result.items if i.section == section]
        if not items:
            continue
        head = f"{TITLES[section]} ({len(items)})"
        parts += ["", head, "=" * len(head)]
        for i in items:
            f = i.finding
            about = finding_about(f, claims)
            parts.append(visible(f"[{f.id}] {f.reason} (confidence {f.confidence:.2f})"
                                 + (f" · about: {about}" if about else "")))
            groups = [(f"side {chr(65 + k)}: {side_words(f, k)}", s.claims)
                      for k, s in enumerate(f.sides)] or [("", f.claims)]
            rows = []
            for label, ids in groups:
                for cid in ids:
                    c = claims[cid]
                    state = "NEW" if cid in i.new_claims else i.states.get(cid, "unreviewed")
                    rows.append([visible(x) for x in (label or claim_label(c),
                                                      c.article, state, _quote(c))])
            parts.append(tabulate(rows, headers=["value", "article", "review", "quote"], tablefmt="simple"))
            parts.append("")
    if not result.items:
        parts += ["", "No new findings."]
    flagged = sum(i.section in FAILS[result.fail_on] for i in result.items)
    parts.append(f"\n{flagged} finding(s) match --fail-on {result.fail_on}: exit {result.exit_code}")
    return "\n".join(parts) + "\n"
