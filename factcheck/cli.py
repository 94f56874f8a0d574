"""Command line: each command parses its arguments, calls one library function, renders the result.
Only this module turns library errors into messages and exit codes."""
from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import FactcheckError

# Plain help and usage errors (rich_markup_mode=None): rendering them with rich costs its import, about
# 0.1 s of every `--help`.
app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Compare news articles on one story: contradictions, agreements, single-source claims.")


def _say(text: str, err: bool = False) -> None:
    """One line for the terminal: controls and bidi overrides in file names, ids and article text shown
    as visible escapes (sanitize.visible)."""
    from .sanitize import visible
    typer.echo(visible(text), err=err)


def _fail(exc: FactcheckError) -> None:
    _say(f"error: {exc}", err=True)
    raise typer.Exit(exc.exit_code)


@app.callback()
def main() -> None:
    """factcheck: source-consistency fact-checking."""


CLAIMS_HELP = "The claim base directory."


def _claims_dir(claims: Optional[Path]) -> Path:
    from .store import DEFAULT_DIR
    return claims if claims is not None else DEFAULT_DIR


def _stream(write, out: Optional[Path]) -> None:
    """Write an output piece by piece: to standard output (no ``out``, or ``-``), or to ``out`` by
    what is there (outputs.py: atomic replace, or directly to a device or FIFO)."""
    from . import outputs
    sys.stdout.flush()
    outputs.write(outputs.STDOUT if out is None else out, write, stdout=sys.stdout.buffer)


def _emit(text: str, out: Optional[Path]) -> None:
    data = text.encode("utf-8")
    _stream(lambda fh: fh.write(data), out)


@app.command()
def report(
    paths: List[Path] = typer.Argument(..., metavar="PATHS", help="Article files (.txt/.md/.html/.json/.jsonl), directories of them, or - (JSON Lines on stdin)."),
    format: str = typer.Option("table", "--format", "-f", help="table, markdown, json or html."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the report here instead of standard output (- : standard output; never one of the inputs)."),
    claims: Optional[Path] = typer.Option(None, "--claims", help="Claim base whose reviews to show (default: claims)."),
    state: Optional[str] = typer.Option(None, "--state", help="Only findings in this review state (or with a claim in it); 'resolved' too."),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help="Skip bad files and records (listed on stderr) instead of failing."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", min=1, help="Refuse an article (file or record) over this many bytes (default 5000000)."),
    story_threshold: Optional[float] = typer.Option(None, "--story-threshold", min=0.0, max=1.0, help="Similarity (0-1) above which articles are one story (default 0.4; 0: all one story)."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Work cache directory (default: <claim base>/.cache when the claim base exists)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the work cache."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for the per-article and per-story stages."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (needs the dask extra and --scheduler)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786."),
    semantic: bool = typer.Option(False, "--semantic", help="Also compare article leads by sentence embedding when grouping stories."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar on standard error."),
    stats: Optional[Path] = typer.Option(None, "--stats", help="Also write the run's counts (stories, comparisons, cache use) as JSON here."),
) -> None:
    """Group articles into stories, then report contradictions, agreements and single-source statements
    inside each story."""
    from . import report as render_mod
    if format not in render_mod.FORMATS:
        _say(f"error: unknown format {format!r} (choose from {', '.join(render_mod.FORMATS)})", err=True)
        raise typer.Exit(2)
    try:
        from . import ingest, review, store
        if state is not None:
            review.check_state(state, review.FILTER_STATES)
        base_dir = _claims_dir(claims)
        if claims is not None and not base_dir.is_dir():
            raise store.missing_base(base_dir)
        reviews = review.Reviews.load(base_dir)
        from . import desk, parallel
        ingest_options = dict(skip_invalid=skip_invalid, max_bytes=max_bytes,
                              on_skip=lambda exc: _say(f"skipped: {exc}", err=True))
        if format == "html" and any(str(p) == ingest.STDIN for p in paths):  # read twice: keep a copy
            import io
            ingest_options["stdin"] = io.BytesIO(sys.stdin.buffer.read())
        cache_path = desk.cache_dir(base_dir, cache, not no_cache)
        from . import outputs
        outputs.check_targets([("--out", out), ("--stats", stats)], paths,
                              [*outputs.claim_base_paths(base_dir), cache_path])
        opts = desk.Options(story_threshold=desk.cluster.STORY_THRESHOLD if story_threshold is None else story_threshold,
                            jobs=jobs, cache=cache_path, engine=engine,
                            scheduler=scheduler, semantic=semantic, ingest=ingest_options)
        progress = parallel.Progress(not quiet)
        with parallel.make_engine(engine, jobs, scheduler) as eng:
            run = desk.start([str(p) for p in paths], opts, eng, progress)
            if format == "json" and state is None:
                _stream(lambda fh: desk.write_json(run, fh), out)
                rep = None
            else:
                rep = desk.collect(run)
        progress.close()
        if stats is not None:
            _emit(desk.stats_json(run), stats)
        if rep is None:
            return
        if format == "html":
            from . import html
            if "stdin" in ingest_options:
                ingest_options["stdin"].seek(0)
            articles = ingest.load_articles([str(p) for p in paths], **{**ingest_options, "on_skip": None})  # listed once
            text = html.render_articles(render_mod.select(rep, reviews, state), articles, reviews)
        else:
            text = render_mod.render(rep, format, reviews, state)
        _emit(text, out)
    except FactcheckError as exc:
        _fail(exc)


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., metavar="PATHS", help="Article files (.txt/.md) or directories of them: one story."),
    claims: Optional[Path] = typer.Option(None, "--claims", help=CLAIMS_HELP + " (default: claims)"),
    story: Optional[str] = typer.Option(None, "--story", help="The story's name (default: the directory's name)."),
) -> None:
    """Write the articles' claims and the story's findings into the claim base (reviews are kept)."""
    try:
        from . import review, store
        root = _claims_dir(claims)
        res = store.extract([str(p) for p in paths], root, story)
        reviews = review.Reviews.load(root)
        base = store.load(root)
        orphans = reviews.orphans(set(base.claims) | set(base.findings))
    except FactcheckError as exc:
        _fail(exc)
    _say(f"{root}: story {res.story!r}: {res.articles} articles, {res.claims} claims, {res.findings} findings; "
         f"{len(res.written)} files written, {len(res.unchanged)} unchanged")
    for p in res.written:
        _say(f"  wrote {p}")
    if res.carried:
        _say(f"{res.carried} review state(s) carried over to new ids (same text and normalized content, moved span)")
    if orphans:
        _say(f"{len(orphans)} orphaned review(s): their claim or finding changed (factcheck review list --claims {root})")


review_app = typer.Typer(rich_markup_mode=None,
                         help="Review claims and findings: set a state, show one, list them; with no sub-command, "
                              "walk the unreviewed contradictions at a terminal.")
app.add_typer(review_app, name="review")


@review_app.callback(invoke_without_command=True)
def review_walk(
    ctx: typer.Context,
    by: Optional[str] = typer.Option(None, "--by", help="Reviewer name (default: $FACTCHECK_REVIEWER or your login)."),
    claims: Optional[Path] = typer.Option(None, "--claims", help=CLAIMS_HELP + " (default: claims)"),
) -> None:
    """Walk the unreviewed contradictions one by one (needs a terminal)."""
    if ctx.invoked_subcommand is not None:
        return
    import os
    from .errors import NotATerminalError
    try:
        if not sys.stdin.isatty():
            raise NotATerminalError("interactive review needs a terminal (standard input is not a TTY); "
                                    "use: factcheck review set ID --state STATE --by NAME")
        from . import editor
        import getpass
        name = by or os.environ.get("FACTCHECK_REVIEWER") or getpass.getuser()
        editor.walk(_claims_dir(claims), name, ask=lambda prompt: input(prompt), echo=typer.echo)
    except (EOFError, KeyboardInterrupt):
        typer.echo("")
    except FactcheckError as exc:
        _fail(exc)


@review_app.command("set")
def review_set(
    id: str = typer.Argument(..., metavar="ID", help="A claim id (c_...) or finding id (f_...)."),
    state: str = typer.Option(..., "--state", help="unreviewed, confirmed, disputed, false or needs-source."),
    by: str = typer.Option(..., "--by", help="Reviewer name."),
    note: str = typer.Option("", "--note", help="Why (kept in the history)."),
    claims: Optional[Path] = typer.Option(None, "--claims", help=CLAIMS_HELP + " (default: claims)"),
) -> None:
    """Record a review (appended to the history; nothing is overwritten)."""
    from . import review
    try:
        rev = review.set_state(_claims_dir(claims), id, state, by, note)
    except FactcheckError as exc:
        _fail(exc)
    _say(f"{rev.id}: {rev.previous} -> {rev.state} (by {rev.by})")


@review_app.command("show")
def review_show(
    id: str = typer.Argument(..., metavar="ID", help="A claim id (c_...) or finding id (f_...)."),
    claims: Optional[Path] = typer.Option(None, "--claims", help=CLAIMS_HELP + " (default: claims)"),
) -> None:
    """A claim or finding: quote in context, normalized value and rules, related findings, history."""
    from . import editor
    try:
        sys.stdout.write(editor.show(_claims_dir(claims), id))
    except FactcheckError as exc:
        _fail(exc)


@review_app.command("list")
def review_list(
    state: Optional[str] = typer.Option(None, "--state", help="Only this state (or 'resolved')."),
    kind: Optional[str] = typer.Option(None, "--kind", help="claim, finding, contradiction, agreement or unsupported."),
    claims: Optional[Path] = typer.Option(None, "--claims", help=CLAIMS_HELP + " (default: claims)"),
) -> None:
    """Findings and claims with their review states; orphaned reviews last."""
    from . import editor
    try:
        sys.stdout.write(editor.list_text(_claims_dir(claims), state, kind))
    except FactcheckError as exc:
        _fail(exc)


@app.command()
def export(
    format: str = typer.Option("claimreview", "--format", "-f", help="claimreview (schema.org JSON-LD)."),
    claims: Optional[Path] = typer.Option(None, "--claims", help=CLAIMS_HELP + " (default: claims)"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of standard output (- : standard output)."),
    publisher: str = typer.Option("factcheck", "--publisher", help="The organization publishing the fact-checks."),
    url: Optional[str] = typer.Option(None, "--url", help="The page the fact-checks are published on (http:// or https://)."),
) -> None:
    """Export reviewed claims as schema.org ClaimReview JSON-LD."""
    from . import export as export_mod, outputs
    try:
        root = _claims_dir(claims)
        outputs.check_targets([("--out", out)], protected=outputs.claim_base_paths(root))
        _emit(export_mod.render(root, format, publisher, url), out)
    except FactcheckError as exc:
        _fail(exc)


@app.command()
def check(
    paths: List[Path] = typer.Argument(..., metavar="PATHS", help="New article files or directories."),
    against: Optional[Path] = typer.Option(None, "--against", help="The claim base (default: claims)."),
    fail_on: str = typer.Option("confirmed", "--fail-on", help="confirmed (a contradiction with a confirmed claim), contradiction, unsupported or never."),
    format: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Compare new articles with the claim base; exit 1 when something matches --fail-on, 2 on bad input."""
    from . import check as check_mod
    try:
        check_mod.check_format(format)
        result = check_mod.check([str(p) for p in paths], _claims_dir(against), fail_on)
        sys.stdout.write(check_mod.render(result, format))
    except FactcheckError as exc:
        _fail(exc)
    raise typer.Exit(result.exit_code)


def entry() -> None:
    """The console script: the app, then the heap frozen before the interpreter exits. Its last
    cyclic collection would walk every object still alive (language data, memo tables, a large run's
    articles): about 0.4 s after a run over 10,000 cached articles, for nothing, since the process is
    ending (objects are still freed; files are written and closed by then)."""
    try:
        app()
    finally:
        gc.freeze()


if __name__ == "__main__":
    entry()
