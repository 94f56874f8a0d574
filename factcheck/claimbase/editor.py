"""What editors read at the terminal: ``review show``, ``review list`` and the interactive walk through
unreviewed contradictions. Plain text; ``review show`` marks the quote ``**like this**`` inside its
paragraph (asterisks are not mirrored in right-to-left text, unlike brackets); the walk shows the
paragraph as it reads and the quote on the line under it, one finding per screen. Every line and table cell goes
through sanitize.visible: terminal controls and bidi overrides in article text, ids and review notes
are shown as escapes, never acted on."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tabulate import tabulate

from . import reviews as review, store
from ..errors import UnknownIdError, UsageError
from ..models import Claim, Finding, Review
from ..render.report import GUESSED, claim_label, finding_about, side_words
from .reviews import Reviews
from ..render.sanitize import visible

# Kinds ``review list --kind`` accepts: claims, findings of any kind, or findings of one kind.
LIST_KINDS = ("claim", "finding", "contradiction", "agreement", "unsupported")
# Characters of a claim's quote or a finding's reason shown in one ``review list`` row.
ABOUT_CHARS = 70
KIND_ORDER = {"contradiction": 0, "agreement": 1, "unsupported": 2}
MARK = "**"
# Shown after a claim that joined a finding after the finding's review.
NEW_SINCE_REVIEW = "(new since the review)"
# Introduces the quote under its paragraph in the walk.
QUOTE_LABEL = "  quote: "


def short(text: str, n: int = ABOUT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def lines_text(lines: list[str]) -> str:
    """Lines for the terminal, each made one visible line (a newline inside a field is escaped)."""
    return "\n".join(visible(line) for line in lines)


def in_context(base: store.ClaimBase, c: Claim) -> str:
    text, s, e = base.context(c)
    return " ".join(f"{text[:s]}{MARK}{text[s:e]}{MARK}{text[e:]}".split())


def article_line(base: store.ClaimBase, article_id: str) -> str:
    rec = base.record(article_id)
    if rec is None:
        return article_id
    outlet = rec.outlet + (GUESSED if rec.outlet_guessed else "") if rec.outlet else None
    when = rec.published_at.isoformat() if rec.published_at else rec.published.isoformat() if rec.published else None
    bits = [b for b in (outlet, when, rec.url) if b]
    return f"{article_id} ({', '.join(bits)})" if bits else article_id


def history_lines(revs: list[Review]) -> list[str]:
    out = []
    for r in revs:
        when = r.at.strftime("%Y-%m-%dT%H:%M:%SZ")
        out.append(f"  {when}  {r.by}  {r.previous} -> {r.state}" + (f"  “{r.note}”" if r.note else ""))
    return out or ["  (no reviews)"]


def _claim_text(base: store.ClaimBase, reviews: Reviews, c: Claim) -> list[str]:
    out = [f"claim {c.id}  article {article_line(base, c.article)}  characters {c.start}-{c.end}",
           f"state: {reviews.state(c.id)}", "", "quote in context:", f"  {in_context(base, c)}", "",
           f"reads: {claim_label(c)}", "", "normalized:"]
    subject = c.subject if not c.subject_label else f"{c.subject} ({c.subject_label})"
    fields = [("property", c.property), ("subject", subject), ("value", c.value), ("qualifier", c.qualifier),
              ("polarity", c.polarity), ("modality", c.modality), ("attribution", c.attribution),
              ("event", c.event)]
    out += [f"  {k:<12} {v}" for k, v in fields if v is not None]
    out.append("rules:")
    for s in c.signals:
        where = f"  [{s.start}-{s.end}]" if s.start is not None else ""
        out.append(f"  {s.field:<12} {s.rule}" + (f"  “{s.text}”" if s.text else "") + where)
    out.append("related findings:")
    related = base.findings_of(c.id)
    out += [f"  {f.id}  {f.kind}  [{reviews.status(f)}]  {f.reason}" for f in related] or ["  (none)"]
    return out


def joined_line(base: store.ClaimBase, joined: list[str]) -> str:
    """``reviewed before N new source(s): ...``: the articles whose claims joined a finding after its
    review (the story grew; the review still stands, these claims are not reviewed)."""
    articles = sorted({base.claims[c].article for c in joined if c in base.claims})
    n = len(articles)
    return (f"reviewed before {n} new source{'' if n == 1 else 's'}: {', '.join(articles)} "
            f"({len(joined)} claim{'' if len(joined) == 1 else 's'} joined since the review)")


def plain_context(base: store.ClaimBase, c: Claim) -> list[str]:
    """The claim's paragraph as it reads (no markers), then the quote on a line of its own: what the
    walk shows (a terminal renders no Markdown)."""
    text, _s, _e = base.context(c)
    return [" ".join(text.split()), f"{QUOTE_LABEL}{' '.join(c.quote.split())}"]


def _finding_text(base: store.ClaimBase, reviews: Reviews, f: Finding, plain: bool = False) -> list[str]:
    out = [f"finding {f.id}  {f.kind}  confidence {f.confidence:.2f}", f"state: {reviews.status(f)}",
           f"reason: {f.reason}"]
    joined = reviews.joined_since_review(f) or []
    if joined:
        out.append(joined_line(base, joined))
    about = finding_about(f, base.claims)
    if about:
        out.append(f"about: {about}")
    if f.property:
        out.append(f"property: {f.property}" + (f"  subject: {f.subject}" if f.subject else ""))
    out.append("")
    groups = [(f"side {chr(65 + k)}: {side_words(f, k)}", s.claims)
              for k, s in enumerate(f.sides)] or [("claims", f.claims)]
    for title, ids in groups:
        out.append(title)
        for cid in ids:
            c = base.claims.get(cid)
            if c is None:
                out.append(f"  {cid}  (not in the claim base)")
                continue
            out.append(f"  {cid}  {article_line(base, c.article)}  [{reviews.state(cid)}]"
                       + (f"  {NEW_SINCE_REVIEW}" if cid in joined else ""))
            out += [f"    {line}" for line in (plain_context(base, c) if plain else [in_context(base, c)])]
    return out


def show(root: Path, id: str) -> str:
    """``review show ID``: the claim or finding, in context, with its history."""
    base = store.load(root)
    reviews = Reviews.load(root)
    target = base.target(id)
    if target == "claim":
        out = _claim_text(base, reviews, base.claims[id])
    elif target == "finding":
        out = _finding_text(base, reviews, base.findings[id])
    elif id in reviews.by_id:
        last = reviews.by_id[id][-1]
        out = [f"{last.target} {id}  ORPHANED: no longer in the claim base {root}",
               f"state: {last.state}", f"was: {last.quote or ''}" + (f"  ({last.article})" if last.article else "")]
    else:
        raise UnknownIdError(f"unknown id {id!r} (not a claim or finding in {root})")
    return lines_text(out + ["history:"] + history_lines(reviews.by_id.get(id, []))) + "\n"


def check_list_filters(state: str | None, kind: str | None) -> None:
    """``review list``'s ``--state`` and ``--kind`` are known ones (a named error otherwise)."""
    if state is not None:
        review.check_state(state, review.FILTER_STATES)
    if kind is not None and kind not in LIST_KINDS:
        raise UsageError(f"unknown kind {kind!r} (choose from {', '.join(LIST_KINDS)})")


def list_text(root: Path, state: str | None = None, kind: str | None = None) -> str:
    """``review list``: findings (contradictions first) and claims with their states, then orphans."""
    check_list_filters(state, kind)
    base = store.load(root)
    reviews = Reviews.load(root)
    rows = []
    findings = sorted(base.findings.values(), key=lambda f: KIND_ORDER[f.kind])  # stable: the story order
    for f in findings:
        if kind not in (None, "finding", f.kind) or (state and reviews.status(f) != state):
            continue
        rows.append(_row(f.id, f.kind, reviews.status(f), reviews.decided(f.id), f.reason))
    if kind in (None, "claim"):
        for c in sorted(base.claims.values(), key=lambda c: (c.article, c.start, c.id)):
            if state and reviews.state(c.id) != state:
                continue
            about = c.quote if c.value is None else f"{claim_label(c)} | {c.quote}"
            rows.append(_row(c.id, "claim", reviews.state(c.id), reviews.decided(c.id), about))
    out = [tabulate(rows, headers=["id", "kind", "state", "by", "at", "about"], tablefmt="simple")
           if rows else "(nothing matches)"]
    orphans = [r for r in reviews.orphans(set(base.claims) | set(base.findings))
               if (state is None or r.state == state) and kind in (None, r.target)]
    if orphans:
        out += ["", f"Orphaned reviews ({len(orphans)}): their {'claim or finding'} is no longer in the base"]
        out.append(tabulate([_row(r.id, r.target, r.state, r, r.quote or "") for r in orphans],
                            headers=["id", "kind", "state", "by", "at", "was"], tablefmt="simple"))
    return "\n".join(out) + "\n"


def _row(id: str, kind: str, state: str, last: Review | None, about: str) -> list[str]:
    by, at = (last.by, last.at.strftime("%Y-%m-%dT%H:%M:%SZ")) if last else ("", "")
    return [visible(x) for x in (id, kind, state, by, at, short(about))]


# ------------------------------------------------------------------------------------------ the walk

# c: the contradiction is real (which side is right stays open); d: not a real contradiction;
# a/b/...: that side is right (its claims confirmed, the other sides' claims false, so: resolved).
KEYS_HELP = "[c]onfirm  [d]ispute  side [{sides}] is right  [n]ote  [s]kip  [q]uit"


@dataclass
class WalkResult:
    shown: int = 0
    reviewed: int = 0
    skipped: int = 0
    written: list[Review] = field(default_factory=list)


def pending(base: store.ClaimBase, reviews: Reviews) -> list[Finding]:
    """Contradictions nobody has reviewed (and that no false side resolved), in the base's order."""
    return [f for f in base.findings.values() if f.kind == "contradiction" and reviews.status(f) == "unreviewed"]


def walk(root: Path, by: str, ask: Callable[[str], str], echo: Callable[[str], None],
         clear: Callable[[], None] = lambda: None) -> WalkResult:
    """Walk the unreviewed contradictions one by one; ``ask`` reads a line, ``echo`` prints text,
    ``clear`` clears the screen (each finding is shown on a fresh screen)."""
    by = review.check_reviewer(by)
    base = store.load(root)
    todo = pending(base, Reviews.load(root))
    result = WalkResult()
    if not todo:
        echo("No unreviewed contradictions.")
        return result
    for n, f in enumerate(todo, start=1):
        reviews = Reviews.load(root)
        if reviews.status(f) != "unreviewed":  # settled meanwhile (a shared claim, another editor)
            continue
        result.shown += 1
        clear()
        echo(f"Contradiction {n} of {len(todo)}")
        echo(lines_text(_finding_text(base, reviews, f, plain=True)))
        letters = "".join(chr(97 + k) for k in range(len(f.sides)))
        note = ""
        while True:
            key = ask(KEYS_HELP.format(sides="/".join(letters)) + " > ").strip().lower()
            if key == "":  # an empty Enter decides nothing: ask again
                continue
            if key == "n":
                note = ask("note > ").strip()
                continue
            if key in ("c", "d"):
                done = review.set_many(root, [(f.id, "confirmed" if key == "c" else "disputed")], by, note)
            elif len(key) == 1 and key in letters:
                right = letters.index(key)
                items = [(cid, "confirmed" if k == right else "false") for k, side in enumerate(f.sides)
                         for cid in side.claims]
                done = review.set_many(root, items + [(f.id, "confirmed")], by, note or f"side {key.upper()} is right")
            elif key in ("s", "q"):
                if note:  # a note is never lost: it is recorded with the state unchanged
                    result.written += review.set_many(root, [(f.id, reviews.state(f.id))], by, note)
                if key == "q":
                    return result
                result.skipped += 1
                break
            else:
                echo(f"unknown key {key!r}")
                continue
            result.written += done
            echo(visible("recorded: " + ", ".join(f"{r.id} {r.state}" for r in done)))
            result.reviewed += 1
            break
    echo(f"\nDone: {result.reviewed} reviewed, {result.skipped} skipped.")
    return result
