"""Command line: each command parses its arguments, calls one library function, renders the result.
Only this module turns library errors into messages and exit codes."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import FactcheckError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Compare news articles on one story: contradictions, agreements, single-source claims.")


def _fail(exc: FactcheckError) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(exc.exit_code)


@app.callback()
def main() -> None:
    """factcheck: source-consistency fact-checking."""


@app.command()
def report(
    paths: List[Path] = typer.Argument(..., help="Article files (.txt/.md) or directories of them."),
    format: str = typer.Option("table", "--format", "-f", help="table, markdown or json."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the report here instead of standard output."),
) -> None:
    """Report contradictions, agreements and single-source statements across articles."""
    from . import pipeline, report as render_mod
    from .atomic import write_text
    if format not in render_mod.FORMATS:
        typer.echo(f"error: unknown format {format!r} (choose from {', '.join(render_mod.FORMATS)})", err=True)
        raise typer.Exit(2)
    try:
        rep = pipeline.report([str(p) for p in paths])
        text = render_mod.render(rep, format)
        if out is None:
            sys.stdout.write(text)
        else:
            write_text(out, text)
    except FactcheckError as exc:
        _fail(exc)


if __name__ == "__main__":
    app()
