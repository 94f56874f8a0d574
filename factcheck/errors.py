"""Every error the library raises on purpose. Only ``cli.py`` turns these into exit codes."""
from __future__ import annotations


class FactcheckError(Exception):
    """Base class: a problem with the user's input or the tool's data, with a one-line message."""

    exit_code = 2


class InputError(FactcheckError):
    """A path or an article that cannot be used (missing, empty, not UTF-8, ...)."""


class LanguageDataError(FactcheckError):
    """A language data file is missing or malformed (a packaging bug, not user input)."""

    exit_code = 3
