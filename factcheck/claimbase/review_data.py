"""``review list`` and ``review show`` as data (``--format json``): the same selection and order as the
terminal text of editor.py, as JSON objects a script can read.

    factcheck.review.list/1   {"claims": DIR, "items": [{id, kind, state, by, at, about}], "orphans": [...]}
    factcheck.review.show/1   {"claims": DIR, "target": "claim" | "finding" | "orphaned", "id", "state",
                               the claim or finding, its context, related findings or claims, "history"}
"""
from __future__ import annotations

import json
from pathlib import Path

from . import editor, store
from .editor import KIND_ORDER
from ..errors import UnknownIdError
from ..models import Claim, Review
from .reviews import Reviews

LIST_SCHEMA = "factcheck.review.list/1"
SHOW_SCHEMA = "factcheck.review.show/1"
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def _who(last: Review | None) -> dict:
    return {"by": last.by if last else None, "at": last.at.strftime(TIME_FORMAT) if last else None}


def list_data(root: Path, state: str | None = None, kind: str | None = None) -> dict:
    """``review list``: findings (contradictions first), then claims, then orphaned reviews."""
    editor.check_list_filters(state, kind)
    base = store.load(root)
    reviews = Reviews.load(root)
    items = []
    for f in sorted(base.findings.values(), key=lambda f: KIND_ORDER[f.kind]):
        if kind not in (None, "finding", f.kind) or (state and reviews.status(f) != state):
            continue
        items.append({"id": f.id, "kind": f.kind, "state": reviews.status(f), **_who(reviews.decided(f.id)),
                      "about": f.reason})
    if kind in (None, "claim"):
        for c in sorted(base.claims.values(), key=lambda c: (c.article, c.start, c.id)):
            if state and reviews.state(c.id) != state:
                continue
            items.append({"id": c.id, "kind": "claim", "state": reviews.state(c.id), **_who(reviews.decided(c.id)),
                          "about": c.quote, "property": c.property, "value": c.value})
    orphans = [{"id": r.id, "kind": r.target, "state": r.state, **_who(r), "was": r.quote, "article": r.article}
               for r in reviews.orphans(set(base.claims) | set(base.findings))
               if (state is None or r.state == state) and kind in (None, r.target)]
    return {"schema": LIST_SCHEMA, "claims": str(root), "items": items, "orphans": orphans}


def _context(base: store.ClaimBase, c: Claim) -> dict:
    text, s, e = base.context(c)
    return {"text": text, "start": s, "end": e}


def show_data(root: Path, id: str) -> dict:
    """``review show ID``: the claim or finding with its context, related items and history."""
    base = store.load(root)
    reviews = Reviews.load(root)
    history = [r.model_dump(mode="json") for r in reviews.by_id.get(id, [])]
    out: dict = {"schema": SHOW_SCHEMA, "claims": str(root), "id": id}
    target = base.target(id)
    if target == "claim":
        c = base.claims[id]
        rec = base.record(c.article)
        out.update(target="claim", state=reviews.state(id), claim=c.model_dump(mode="json"),
                   article=rec.model_dump(mode="json") if rec is not None else None, context=_context(base, c),
                   findings=[{"id": f.id, "kind": f.kind, "state": reviews.status(f), "reason": f.reason}
                             for f in base.findings_of(id)])
    elif target == "finding":
        f = base.findings[id]
        claims = []
        for cid in f.claims:
            c = base.claims.get(cid)
            claims.append({"id": cid, "state": reviews.state(cid), "in_base": c is not None,
                           "article": c.article if c else None, "context": _context(base, c) if c else None})
        out.update(target="finding", state=reviews.status(f), finding=f.model_dump(mode="json"), claims=claims,
                   joined_since_review=reviews.joined_since_review(f))
    elif id in reviews.by_id:
        out.update(target="orphaned", state=reviews.by_id[id][-1].state)
    else:
        raise UnknownIdError(f"unknown id {id!r} (not a claim or finding in {root})")
    out["history"] = history
    return out


def to_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
