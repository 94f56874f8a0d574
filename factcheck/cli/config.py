"""Settings the commands take from the environment and from a project file, below their options.

Each setting is decided in this order: the command's option, then the environment variable, then
the project file, then the built-in default. The project file is the first of, from the current
directory up to the file system's root:

- ``factcheck.toml`` (its top-level table), or
- ``pyproject.toml`` with a ``[tool.factcheck]`` table (a ``pyproject.toml`` without one is passed over).

Its keys (all optional): ``claims`` (the claim base, relative to the file's directory), ``publisher``
(``export --publisher``), ``reviewer`` (``review --by``), ``format`` (``report --format``) and
``cache_max_size`` (the work cache's size cap, e.g. ``"500M"``). An unknown key or a value of the wrong
type is refused (ConfigError, naming the file), so a typo never passes unseen.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from ..errors import ConfigError

CONFIG_FILE = "factcheck.toml"
PYPROJECT_FILE = "pyproject.toml"
PYPROJECT_TABLE = ("tool", "factcheck")
KEYS = ("claims", "publisher", "reviewer", "format", "cache_max_size")
CLAIMS_ENV = "FACTCHECK_CLAIMS"
REVIEWER_ENV = "FACTCHECK_REVIEWER"
DEFAULT_CLAIMS = Path("claims")


@dataclass(frozen=True)
class Project:
    """The project file's settings (all None when there is no file)."""

    source: Path | None = None
    claims: Path | None = None          # resolved against the file's directory
    publisher: str | None = None
    reviewer: str | None = None
    format: str | None = None
    cache_max_size: str | None = None


@dataclass(frozen=True)
class Setting:
    """A decided value and where it came from: "option", the environment variable's name, the project
    file's path, or "default"."""

    value: object
    origin: str


def _toml():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # the tomli backport (declared for Python 3.10 in pyproject.toml)
        import tomli as tomllib
    return tomllib


def _read(path: Path) -> dict:
    toml = _toml()
    try:
        with path.open("rb") as fh:
            return toml.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc
    except toml.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def find(start: Path | None = None) -> tuple[Path, dict] | None:
    """The project file governing ``start`` (default: the current directory) and its settings table."""
    here = Path(start if start is not None else Path.cwd()).resolve()
    for d in (here, *here.parents):
        own = d / CONFIG_FILE
        if own.is_file():
            return own, _read(own)
        py = d / PYPROJECT_FILE
        if py.is_file():
            table = _read(py)
            for key in PYPROJECT_TABLE:
                table = table.get(key) if isinstance(table, dict) else None
            if table is not None:
                return py, table
    return None


def load(start: Path | None = None) -> Project:
    """The project settings for ``start`` (module doc); Project() when there is no project file."""
    found = find(start)
    if found is None:
        return Project()
    path, table = found
    where = f"{path} [{'.'.join(PYPROJECT_TABLE)}]" if path.name == PYPROJECT_FILE else str(path)
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table of settings")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown setting {unknown[0]!r} (known: {', '.join(KEYS)})")
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where}: {key} must be a non-empty string, not {value!r}")
    claims = table.get("claims")
    return Project(source=path, claims=(path.parent / claims) if claims is not None else None,
                   publisher=table.get("publisher"), reviewer=table.get("reviewer"),
                   format=table.get("format"), cache_max_size=table.get("cache_max_size"))


def claims_dir(option: Path | None, project: Project, environ: Mapping[str, str] = os.environ) -> Setting:
    """The claim base: ``--claims``, $FACTCHECK_CLAIMS, the project file's ``claims``, or ./claims."""
    if option is not None:
        return Setting(Path(option), "option")
    if environ.get(CLAIMS_ENV):
        return Setting(Path(environ[CLAIMS_ENV]), CLAIMS_ENV)
    if project.claims is not None:
        return Setting(project.claims, str(project.source))
    return Setting(DEFAULT_CLAIMS, "default")


def reviewer(option: str | None, project: Project, environ: Mapping[str, str] = os.environ,
             login: str | None = None) -> Setting:
    """The reviewer: ``--by``, $FACTCHECK_REVIEWER, the project file's ``reviewer``, else ``login``
    (None: no default, the caller requires one)."""
    if option is not None:
        return Setting(option, "option")
    if environ.get(REVIEWER_ENV):
        return Setting(environ[REVIEWER_ENV], REVIEWER_ENV)
    if project.reviewer is not None:
        return Setting(project.reviewer, str(project.source))
    return Setting(login, "default")


def setting(option: object, project_value: object, project: Project, default: object) -> Setting:
    """A setting with no environment variable: the option, the project file's value, the default."""
    if option is not None:
        return Setting(option, "option")
    if project_value is not None:
        return Setting(project_value, str(project.source))
    return Setting(default, "default")


def outside(path: Path, cwd: Path | None = None) -> bool:
    """Whether ``path`` lies outside the current directory (``cwd``)."""
    here = Path(cwd if cwd is not None else Path.cwd()).resolve()
    there = Path(path).resolve()
    return there != here and here not in there.parents
