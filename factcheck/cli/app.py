"""Command line: each command parses its arguments, calls one library function, renders the result.
Only the command modules (this one, cli/review.py, cli/cache.py) turn library errors into messages and
exit codes, all through one handler (cli_common.handles_errors); options several commands take are
declared once there too (cli_common.Claims, Jobs, ...). Settings come from the options, then the
environment, then a project file (config.py)."""
from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import cache as cli_cache, review as cli_review
from .common import (CHECK_FORMATS, ENGINES, EXPORT_FORMATS, FAIL_ON, FILTER_STATES, REPORT_FORMATS,
                     TEXT_FORMATS, Claims, CacheDir, Jobs, NoCache, StoryThreshold, choice, claims_dir, emit,
                     fail, handles_errors, project, say, show_warnings, stream)
from ..errors import OutputError, UsageError

# Plain help and usage errors (rich_markup_mode=None): rendering them with rich costs its import, about
# 0.1 s of every `--help`. Shell completion is typer's (--install-completion, --show-completion).
app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                  help="Compare news articles on one story: contradictions, agreements, single-source claims.")
app.add_typer(cli_review.review_app, name="review")
app.add_typer(cli_cache.cache_app, name="cache")


def _version(value: bool) -> None:
    if value:
        from .. import __version__
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Show the version and exit.")) -> None:
    """factcheck: source-consistency fact-checking."""
    show_warnings()


def _where_claims(option: Optional[Path], proj, quiet: bool) -> Path:
    """The claim base of a report, named on standard error when it was found (environment, project
    file) outside the current directory: reviews shown are that base's."""
    from . import config
    got = config.claims_dir(option, proj)
    if got.origin not in ("option", "default") and got.value.is_dir() and config.outside(got.value) and not quiet:
        say(f"claim base: {got.value.resolve()} (from {got.origin})", err=True)
    return got.value


@app.command()
@handles_errors
def report(
    paths: List[Path] = typer.Argument(..., metavar="PATHS", help="Article files (.txt/.md/.html/.json/.jsonl), directories of them, or - (JSON Lines on stdin)."),
    format: Optional[str] = choice(None, "--format", "-f", choices=REPORT_FORMATS, help="Output format (default: the project file's format, else table)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the report here instead of standard output (- : standard output; never one of the inputs)."),
    claims: Claims = None,
    state: Optional[str] = choice(None, "--state", choices=FILTER_STATES, help="Only findings in this review state (or with a claim in it)."),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help="Skip bad files and records (listed on stderr) instead of failing."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", min=1, help="Refuse an article (file or record) over this many bytes (default 5000000)."),
    story_threshold: StoryThreshold = None,
    cache: Optional[Path] = typer.Option(None, "--cache", help="Work cache directory (default: <claim base>/.cache when the claim base exists)."),
    no_cache: NoCache = False,
    jobs: Jobs = 1,
    engine: str = choice("local", "--engine", choices=ENGINES, help="local (this machine) or dask (needs the dask extra and --scheduler)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786."),
    semantic: bool = typer.Option(False, "--semantic", help="Also compare article leads by sentence embedding when grouping stories."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no claim-base note on standard error."),
    stats: Optional[Path] = typer.Option(None, "--stats", help="Also write the run's counts (stories, comparisons, cache use) as JSON here."),
    all_: bool = typer.Option(False, "--all", help="Table on a terminal: every agreement and single-source statement in full (default: their counts and the first few)."),
    generated: Optional[str] = typer.Option(None, "--generated", help="HTML: the time the report stands at, ISO 8601 (default: the newest article's publication time)."),
) -> None:
    """Group articles into stories, then report contradictions, agreements and single-source statements
    inside each story."""
    from . import config
    proj = project()
    fmt = config.setting(format, proj.format, proj, "table")
    if fmt.value not in REPORT_FORMATS:
        where = "" if fmt.origin == "option" else f" (format in {fmt.origin})"
        raise UsageError(f"unknown format {fmt.value!r} (choose from {', '.join(REPORT_FORMATS)}){where}")
    format = fmt.value
    from ..ingest import load as ingest
    from ..claimbase import reviews as review, store
    if state is not None:
        review.check_state(state, review.FILTER_STATES)
    when = None
    if generated is not None:   # checked before the run
        from ..render.html_head import parse_generated
        when = parse_generated(generated)
    base_dir = _where_claims(claims, proj, quiet)
    if claims is not None and not base_dir.is_dir():
        raise store.missing_base(base_dir)
    reviews = review.Reviews.load(base_dir)
    from ..feed import cache as cache_mod, run as desk, engines as parallel
    from ..render import report as render_mod
    ingest_options = dict(skip_invalid=skip_invalid, max_bytes=max_bytes,
                          on_skip=lambda exc: say(f"skipped: {exc}", err=True))
    if format == "html" and any(str(p) == ingest.STDIN for p in paths):  # read twice: keep a copy
        import io
        ingest_options["stdin"] = io.BytesIO(sys.stdin.buffer.read())
    cache_path = desk.cache_dir(base_dir, cache, not no_cache)
    from ..render import outputs
    outputs.check_targets([("--out", out), ("--stats", stats)], paths,
                          [*outputs.claim_base_paths(base_dir), cache_path])
    cap = cache_mod.parse_size(proj.cache_max_size) if proj.cache_max_size else cache_mod.DEFAULT_MAX_BYTES
    opts = desk.Options(story_threshold=desk.cluster.STORY_THRESHOLD if story_threshold is None else story_threshold,
                        jobs=jobs, cache=cache_path, engine=engine,
                        scheduler=scheduler, semantic=semantic, ingest=ingest_options)
    progress = parallel.Progress(not quiet)
    with parallel.make_engine(engine, jobs, scheduler) as eng:
        run = desk.start([str(p) for p in paths], opts, eng, progress)
        def block(findings):   # the JSON report's review states (review.report_states)
            return review.report_states(reviews, findings, base_dir)
        if format == "json" and state is None:
            member = block if reviews.history else block([])
            stream(lambda fh: desk.write_json(run, fh, member), out)
            rep = None
        else:
            rep = desk.collect(run)
    progress.close()
    if cache_path is not None and (run.stats.articles_computed or run.stats.stories_computed):
        cache_mod.prune(cache_path, cap)   # the size cap, oldest entries first
    if stats is not None:
        emit(desk.stats_json(run), stats)
    if rep is None:
        return
    if format == "html":
        from ..render import html
        if "stdin" in ingest_options:
            ingest_options["stdin"].seek(0)
        articles = ingest.load_articles([str(p) for p in paths], **{**ingest_options, "on_skip": None})  # listed once
        text = html.render_articles(rep, articles, reviews, state=state, generated=when)
    else:   # a terminal gets agreements and single-source statements in brief unless --all
        brief = format == "table" and not all_ and (out is None or outputs.is_stdout(out)) and sys.stdout.isatty()
        text = render_mod.render(rep, format, reviews, state, block, brief=brief)
    emit(text, out)


def _extract_item(res) -> dict:
    return {"story": res.story, "articles": res.articles, "claims": res.claims, "findings": res.findings,
            "written": [str(p) for p in res.written], "unchanged": [str(p) for p in res.unchanged],
            "carried": res.carried}


def _extract_json(root: Path, results, orphans) -> str:
    """What ``extract --format json`` prints: one story's fields at the top level; for several stories,
    a list of them under "stories"."""
    import json
    data = {"schema": "factcheck.extract/1", "claims_dir": str(root)}
    if len(results) == 1:
        data.update(_extract_item(results[0]))
    else:
        data["stories"] = [_extract_item(r) for r in results]
    data["orphaned"] = [r.id for r in orphans]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@app.command()
@handles_errors
def extract(
    paths: List[Path] = typer.Argument(..., metavar="PATHS", help="Article files or directories of them (a feed: its articles are grouped into stories as report groups them)."),
    claims: Claims = None,
    story: Optional[str] = typer.Option(None, "--story", help="The articles are one story with this name (default: group them into stories; one story is named after the directory, several after their labels)."),
    format: str = choice("text", "--format", "-f", choices=TEXT_FORMATS, help="text (for people) or json (what was written)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar; print nothing but errors (text format)."),
    story_threshold: StoryThreshold = None,
    jobs: Jobs = 1,
    cache: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """Write the articles' claims and each story's findings into the claim base (reviews are kept)."""
    if format not in TEXT_FORMATS:
        raise UsageError(f"unknown format {format!r} (choose from {', '.join(TEXT_FORMATS)})")
    from ..feed import run as desk, extract as feed, engines as parallel
    from ..claimbase import reviews as review, store
    root = claims_dir(claims)
    if story is not None:
        store.check_story_name(story)
    if cache is None and not no_cache and not root.is_dir() and root.parent.is_dir():
        cache = root / ".cache"      # the claim base's own cache, from its first extract
    opts = desk.Options(story_threshold=desk.cluster.STORY_THRESHOLD if story_threshold is None else story_threshold,
                        jobs=jobs, cache=desk.cache_dir(root, cache, not no_cache))
    progress = parallel.Progress(not quiet)
    try:
        results = feed.extract([str(p) for p in paths], root, story, opts, progress)
    finally:
        progress.close()
    reviews = review.Reviews.load(root)
    base = store.load(root)
    orphans = reviews.orphans(set(base.claims) | set(base.findings))
    if format == "json":
        sys.stdout.write(_extract_json(root, results, orphans))
        return
    if quiet:
        return
    for res in results:
        say(f"{root}: story {res.story!r}: {res.articles} articles, {res.claims} claims, {res.findings} findings; "
            f"{len(res.written)} files written, {len(res.unchanged)} unchanged")
        for p in res.written:
            say(f"  wrote {p}")
        if res.carried:
            say(f"{res.carried} review state(s) carried over to new ids (claims whose span moved; findings that split "
                f"or merged)")
    if orphans:
        say(f"{len(orphans)} orphaned review(s): their claim or finding changed (factcheck review list --claims {root})")


@app.command()
@handles_errors
def export(
    format: str = choice("claimreview", "--format", "-f", choices=EXPORT_FORMATS, help="claimreview (schema.org JSON-LD)."),
    claims: Claims = None,
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of standard output (- : standard output); with --one-per-page, the folder."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="The organization publishing the fact-checks, their author (required: this option or the project file's publisher)."),
    url: Optional[str] = typer.Option(None, "--url", help="The page the fact-checks are published on (http:// or https://, required); each review links to URL#<claim or finding id>."),
    one_per_page: bool = typer.Option(False, "--one-per-page", help="Write each review to its own file, <id>.json, in the folder --out names."),
) -> None:
    """Export reviewed claims and confirmed contradictions as schema.org ClaimReview JSON-LD."""
    from . import config
    from ..claimbase import export as export_mod
    from ..render import outputs
    try:
        proj = project()
        root = claims_dir(claims, proj)
        name = config.setting(publisher, proj.publisher, proj, None).value
        if not one_per_page:
            outputs.check_targets([("--out", out)], protected=outputs.claim_base_paths(root))
            emit(export_mod.render(root, format, name, url), out)
            return
        if out is None or outputs.is_stdout(out):
            raise UsageError("--one-per-page needs --out DIR, the folder to write one file per review into")
        if out.exists() and not out.is_dir():
            raise UsageError(f"--one-per-page: {out} is not a folder")
        if Path(os.path.realpath(out)).is_relative_to(os.path.realpath(root)):
            raise OutputError(f"--one-per-page: {out} is inside the claim base {root}; refusing to write there")
        docs = export_mod.pages(root, format, name, url)
        files = [(out / file, text) for file, text in docs]
        outputs.check_targets([("--out", path) for path, _ in files], protected=outputs.claim_base_paths(root))
        out.mkdir(exist_ok=True)
        for path, text in files:
            outputs.write(path, text)
        say(f"{len(files)} review(s) written to {out}")
    except OSError as exc:   # the folder could not be made
        fail(OutputError(f"{out}: cannot write ({exc.strerror})"))


@app.command()
@handles_errors
def check(
    paths: List[Path] = typer.Argument(..., metavar="PATHS", help="New article files or directories."),
    claims: Claims = None,
    against: Optional[Path] = typer.Option(None, "--against", hidden=True, help="Deprecated: --claims."),
    fail_on: str = choice("confirmed", "--fail-on", choices=FAIL_ON, help="confirmed (a contradiction with a confirmed claim), contradiction, unsupported or never."),
    format: str = choice("table", "--format", "-f", choices=CHECK_FORMATS, help="table or json."),
) -> None:
    """Compare new articles with the claim base; exit 1 when something matches --fail-on, 2 on bad input."""
    from ..claimbase import check as check_mod
    check_mod.check_format(format)
    root = claims_dir(claims if claims is not None else against)
    result = check_mod.check([str(p) for p in paths], root, fail_on)
    sys.stdout.write(check_mod.render(result, format))
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
