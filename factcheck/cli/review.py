"""``factcheck review``: set a state, show one, list them, or walk the unreviewed contradictions."""
from __future__ import annotations

import sys
from typing import Optional

import typer

from .common import (EXIT_INTERRUPTED, FILTER_STATES, LIST_KINDS, REVIEW_STATES, TABLE_FORMATS, TEXT_FORMATS,
                     Claims, choice, claims_dir, handles_errors, project, say)
from ..errors import NotATerminalError, UsageError

BY_HELP = "Reviewer name (default: $FACTCHECK_REVIEWER, else the project file's reviewer"

review_app = typer.Typer(rich_markup_mode=None,
                         help="Review claims and findings: set a state, show one, list them; with no sub-command, "
                              "walk the unreviewed contradictions at a terminal.")


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def _reviewer(by: Optional[str], proj, login: Optional[str]) -> str:
    from . import config
    name = config.reviewer(by, proj, login=login).value
    if name is None:
        raise UsageError(f"no reviewer: give --by NAME, or set ${config.REVIEWER_ENV} or the project file's reviewer")
    return name


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(allowed)})")


@review_app.callback(invoke_without_command=True)
@handles_errors
def review_walk(
    ctx: typer.Context,
    by: Optional[str] = typer.Option(None, "--by", help=BY_HELP + ", else your login)."),
    claims: Claims = None,
) -> None:
    """Walk the unreviewed contradictions one by one (needs a terminal). An empty answer asks again;
    Ctrl-C stops (exit 130), what was recorded stays."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        if not stdin_is_terminal():
            raise NotATerminalError("interactive review needs a terminal (standard input is not a TTY); "
                                    "use: factcheck review set ID --state STATE --by NAME")
        import getpass

        import click
        from ..claimbase import editor
        proj = project()
        name = _reviewer(by, proj, getpass.getuser())
        editor.walk(claims_dir(claims, proj), name, ask=lambda prompt: input(prompt), echo=typer.echo,
                    clear=click.clear)
    except EOFError:
        typer.echo("")
    except KeyboardInterrupt:
        typer.echo("")
        raise typer.Exit(EXIT_INTERRUPTED)


@review_app.command("set")
@handles_errors
def review_set(
    id: str = typer.Argument(..., metavar="ID", help="A claim id (c_...) or finding id (f_...)."),
    state: str = choice(..., "--state", choices=REVIEW_STATES, help="The new review state."),
    by: Optional[str] = typer.Option(None, "--by", help=BY_HELP + "; one is needed)."),
    note: str = typer.Option("", "--note", help="Why (kept in the history)."),
    claims: Claims = None,
) -> None:
    """Record a review (appended to the history; nothing is overwritten)."""
    from ..claimbase import reviews as review
    proj = project()
    rev = review.set_state(claims_dir(claims, proj), id, state, _reviewer(by, proj, None), note)
    say(f"{rev.id}: {rev.previous} -> {rev.state} (by {rev.by})")


@review_app.command("show")
@handles_errors
def review_show(
    id: str = typer.Argument(..., metavar="ID", help="A claim id (c_...) or finding id (f_...)."),
    claims: Claims = None,
    format: str = choice("text", "--format", "-f", choices=TEXT_FORMATS, help="text or json."),
) -> None:
    """A claim or finding: quote in context, normalized value and rules, related findings, history."""
    _check_format(format, TEXT_FORMATS)
    root = claims_dir(claims)
    if format == "json":
        from ..claimbase import review_data
        sys.stdout.write(review_data.to_json(review_data.show_data(root, id)))
    else:
        from ..claimbase import editor
        sys.stdout.write(editor.show(root, id))


@review_app.command("list")
@handles_errors
def review_list(
    state: Optional[str] = choice(None, "--state", choices=FILTER_STATES, help="Only this state."),
    kind: Optional[str] = choice(None, "--kind", choices=LIST_KINDS, help="Only claims, findings, or findings of one kind."),
    claims: Claims = None,
    format: str = choice("table", "--format", "-f", choices=TABLE_FORMATS, help="table or json."),
) -> None:
    """Findings and claims with their review states; orphaned reviews last."""
    _check_format(format, TABLE_FORMATS)
    root = claims_dir(claims)
    if format == "json":
        from ..claimbase import review_data
        sys.stdout.write(review_data.to_json(review_data.list_data(root, state, kind)))
    else:
        from ..claimbase import editor
        sys.stdout.write(editor.list_text(root, state, kind))


@review_app.command("repair")
@handles_errors
def review_repair(claims: Claims = None) -> None:
    """Move a torn last line of the review history (a write cut short) aside into a file of its own;
    nothing is deleted."""
    from ..claimbase import reviews as review
    got = review.repair(claims_dir(claims))
    if got.aside is None:
        say(f"{got.path}: nothing to repair ({got.kept} reviews)")
    else:
        say(f"{got.path}: moved a torn last line ({got.torn_bytes} bytes) to {got.aside}; {got.kept} reviews kept")
