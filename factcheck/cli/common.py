"""What the command modules (cli/app.py, cli/review.py, cli/cache.py) share: printing, turning library
errors into exit codes, option choices, the claim base and project settings. Light on purpose: it is
imported for ``--help``, so nothing here imports the library's heavy modules at import time."""
from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Annotated, Callable, Optional, Sequence, TypeVar

import typer

from ..errors import FactcheckError

# Exit status of a command stopped by Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130

# The choices options list in --help and complete in the shell. The library validates values with its
# own one-line message (so these only show them); tests/test_cli_shell.py checks that each tuple is
# the library's: report.FORMATS, check.FORMATS, check.FAIL_ON, review.REVIEW_STATES / FILTER_STATES,
# editor.LIST_KINDS, export.FORMATS, parallel's engines.
REPORT_FORMATS = ("table", "markdown", "json", "html")
CHECK_FORMATS = ("table", "json")
FAIL_ON = ("confirmed", "contradiction", "unsupported", "never")
REVIEW_STATES = ("unreviewed", "confirmed", "disputed", "false", "needs-source")
FILTER_STATES = REVIEW_STATES + ("resolved",)
LIST_KINDS = ("claim", "finding", "contradiction", "agreement", "unsupported")
EXPORT_FORMATS = ("claimreview",)
ENGINES = ("local", "dask")
# Formats of the editor commands' own output: text for people, json for scripts.
TEXT_FORMATS = ("text", "json")
TABLE_FORMATS = ("table", "json")

CLAIMS_HELP = "The claim base directory (default: $FACTCHECK_CLAIMS, else the project file's claims, else ./claims)."
CACHE_HELP = "Work cache directory (default: <claim base>/.cache)."

# Options several commands take, declared once (``claims: Claims = None``).
Claims = Annotated[Optional[Path], typer.Option("--claims", help=CLAIMS_HELP)]
CacheDir = Annotated[Optional[Path], typer.Option("--cache", help=CACHE_HELP)]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the work cache.")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for the per-article and per-story stages.")]
StoryThreshold = Annotated[Optional[float], typer.Option(
    "--story-threshold", min=0.0, max=1.0,
    help="Similarity (0-1) above which articles are one story (default 0.4; 0: all one story).")]

Command = TypeVar("Command", bound=Callable)


def choice(default, *decls: str, choices: Sequence[str], help: str, **kw):
    """An option whose values are ``choices``: listed in --help as <a|b|c> and completed by the shell."""
    values = list(choices)
    return typer.Option(default, *decls, metavar="<" + "|".join(values) + ">", help=help,
                        autocompletion=lambda: values, **kw)


def say(text: str, err: bool = False) -> None:
    """One line for the terminal: controls and bidi overrides in file names, ids and article text shown
    as visible escapes (sanitize.visible)."""
    from ..render.sanitize import visible
    typer.echo(visible(text), err=err)


def show_warnings() -> None:
    """Print the library's claim-base warnings as ``warning: ...`` lines on standard error, each
    message once per command (other warnings keep Python's handling)."""
    import warnings
    from ..errors import ClaimBaseWarning

    seen: set[str] = set()
    previous = getattr(warnings.showwarning, "python_handler", warnings.showwarning)

    def show(message, category, filename, lineno, file=None, line=None):
        if not issubclass(category, ClaimBaseWarning):
            return previous(message, category, filename, lineno, file, line)
        if str(message) not in seen:
            seen.add(str(message))
            say(f"warning: {message}", err=True)

    show.python_handler = previous
    warnings.showwarning = show
    warnings.simplefilter("always", ClaimBaseWarning)


def fail(exc: FactcheckError) -> None:
    say(f"error: {exc}", err=True)
    raise typer.Exit(exc.exit_code)


def handles_errors(command: Command) -> Command:
    """The commands' one error handler: a library error (FactcheckError) ends the command with its
    one-line message on standard error (``error: ...``) and its exit code; anything else propagates."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except FactcheckError as exc:
            fail(exc)
    return run  # type: ignore[return-value]


def project():
    """The project file's settings (config.load): the current directory's or a parent's."""
    from . import config
    return config.load()


def claims_dir(option: Optional[Path], proj=None) -> Path:
    """The claim base: the option, $FACTCHECK_CLAIMS, the project file, ./claims."""
    from . import config
    return config.claims_dir(option, proj if proj is not None else project()).value


def stream(content, out: Optional[Path]) -> None:
    """Write an output (a text, or a function writing it piece by piece to a binary stream): to standard
    output (no ``out``, or ``-``), or to ``out`` by what is there (outputs.py: atomic replace, or
    directly to a device or FIFO)."""
    from ..render import outputs
    sys.stdout.flush()
    outputs.write(outputs.STDOUT if out is None else out, content, stdout=sys.stdout.buffer)


def emit(text: str, out: Optional[Path]) -> None:
    stream(text, out)
