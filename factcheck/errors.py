"""Every error the library raises on purpose. Only the command line turns these into exit codes
(cli_common.handles_errors, the one handler every command is wrapped in)."""
from __future__ import annotations


class FactcheckError(Exception):
    """Base class: a problem with the user's input or the tool's data, with a one-line message."""

    exit_code = 2


class InputError(FactcheckError):
    """A path or an article that cannot be used (missing, empty, not UTF-8, ...)."""


class LanguageDataError(FactcheckError):
    """A language data file is missing or malformed (a packaging bug, not user input)."""

    exit_code = 3


class ClaimBaseError(FactcheckError):
    """The claim base is missing, or one of its files is corrupt (the message names file and line)."""


class UnknownIdError(FactcheckError):
    """An id that is neither a claim nor a finding of the claim base."""


class UsageError(FactcheckError):
    """A bad option value (unknown review state, empty reviewer name, ...)."""


class LockTimeoutError(FactcheckError):
    """Another process held the claim base's lock for too long."""


class NotATerminalError(FactcheckError):
    """An interactive command run without a terminal on standard input."""


class EncodingError(InputError):
    """Bytes that are not text in an encoding that can be decided with confidence."""


class BinaryInputError(EncodingError):
    """A binary file (an image, an archive, ...) where an article was expected."""


class TooLargeError(InputError):
    """An input over the size limit (the message names the option that raises it)."""


class OwnOutputError(InputError):
    """An input that is one of factcheck's own outputs (a report in HTML, Markdown or JSON, a claim-base
    file) found among the articles: always left out, with a note, never read as an article."""

    always_skipped = True


class RecordError(InputError):
    """A JSON / JSON Lines record, or a front-matter field, that is malformed (the message says where)."""


class OutputError(FactcheckError):
    """An output path (``--out``, ``--stats``) that cannot be written, or that names an input of the
    run or a file of the claim base (refused: it would be overwritten)."""


class UrlError(UsageError):
    """A URL that a published page must not link to (not http or https, no host)."""


class UnsupportedLanguageError(InputError):
    """An article in a language the tool has no data for (``<file>: fr: not supported; supported: ...``)."""


class ConfigError(UsageError):
    """A project file (``factcheck.toml``, ``[tool.factcheck]``) that does not parse or has an unknown
    key or a bad value (the message names the file)."""


class ClaimBaseWarning(UserWarning):
    """Something wrong in the claim base that does not stop the command (a torn last line of the
    review history, read past). The command modules print it as one ``warning:`` line."""
