"""``factcheck cache info|prune|clear``: the work cache (default ``<claim base>/.cache``), bounded."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from .common import TEXT_FORMATS, CacheDir, Claims, choice, claims_dir, handles_errors, project, say
from ..errors import UsageError

# The cache directory inside the claim base (as desk.cache_dir).
CACHE_SUBDIR = ".cache"

cache_app = typer.Typer(rich_markup_mode=None, no_args_is_help=True,
                        help="The work cache: what it holds, pruning it to a size cap (oldest entries first), "
                             "clearing it.")


def _directory(cache: Optional[Path], claims: Optional[Path]) -> Path:
    return cache if cache is not None else claims_dir(claims) / CACHE_SUBDIR


def _when(t: Optional[float]) -> Optional[str]:
    import datetime as dt
    return None if t is None else dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _removed(res) -> str:
    from ..feed.cache import human_size
    left = "" if res.max_bytes is None else f"; {human_size(res.left_bytes)} left (cap {human_size(res.max_bytes)})"
    return f"{res.directory}: removed {res.removed_files} file(s), {human_size(res.removed_bytes)}{left}"


@cache_app.command("info")
@handles_errors
def cache_info(
    cache: CacheDir = None,
    claims: Claims = None,
    format: str = choice("text", "--format", "-f", choices=TEXT_FORMATS, help="text or json."),
) -> None:
    """Size, files, code versions and age of the cache."""
    if format not in TEXT_FORMATS:
        raise UsageError(f"unknown format {format!r} (choose from {', '.join(TEXT_FORMATS)})")
    from ..feed import cache as cache_mod
    got = cache_mod.info(_directory(cache, claims))
    if format == "json":
        data = {"schema": "factcheck.cache.info/1", **vars(got), "oldest": _when(got.oldest), "newest": _when(got.newest)}
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    from ..feed.cache import human_size
    say(f"{got.directory}: {human_size(got.bytes)} in {got.files} file(s), {len(got.versions)} code version(s)")
    if got.files:
        say(f"  this version ({got.version}): {human_size(got.version_bytes)}")
        say(f"  oldest entry {_when(got.oldest)}, newest {_when(got.newest)}")


@cache_app.command("prune")
@handles_errors
def cache_prune(
    max_size: Optional[str] = typer.Option(None, "--max-size", help="The size cap, e.g. 500M or 1G (default: the project file's cache_max_size, else 1G)."),
    cache: CacheDir = None,
    claims: Claims = None,
) -> None:
    """Remove the oldest entries until the cache is under the size cap (reports prune it too)."""
    from ..feed import cache as cache_mod
    proj = project()
    size = max_size if max_size is not None else proj.cache_max_size
    cap = cache_mod.parse_size(size) if size is not None else cache_mod.DEFAULT_MAX_BYTES
    res = cache_mod.prune(_directory(cache, claims), cap)
    say(_removed(res))


@cache_app.command("clear")
@handles_errors
def cache_clear(
    cache: CacheDir = None,
    claims: Claims = None,
) -> None:
    """Remove every entry (always safe: the next run computes them again)."""
    from ..feed import cache as cache_mod
    res = cache_mod.clear(_directory(cache, claims))
    say(_removed(res))
