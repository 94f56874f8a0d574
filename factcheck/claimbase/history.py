"""The review history file (``claims/reviews.jsonl``) at the byte level: read, append, repair.

Every writer appends whole lines ending in a newline, in one write, fsync'd, under the claim base's
lock (atomic.append_bytes), so a write never rewrites what is there. A write that was cut short (a
full disk, a crash of the machine) can still leave a *torn* last line: bytes after the last newline
that are not a whole review. Readers read past it (the reviews before it are intact) and report it;
writers refuse to append after it (the new line would be glued to it); ``factcheck review repair``
moves it aside into a file of its own (nothing is deleted) and cuts the history back to its last
whole line.
"""
from __future__ import annotations

import datetime as dt
import json
import warnings
from dataclasses import dataclass
from pathlib import Path

from .. import atomic
from . import jsonfile
from ..atomic import append_bytes, stale_temporaries
from ..errors import ClaimBaseError, ClaimBaseWarning, InputError
from ..models import Review

# A torn line moved aside goes to "<history>.torn-<UTC time>" (with "-2", "-3"... if that exists).
TORN_SUFFIX = ".torn-"
TORN_TIME = "%Y%m%dT%H%M%SZ"
# Attempts at a free name for the aside file (one per second at most is ever needed).
ASIDE_ATTEMPTS = 100
# Permissions of the aside file (those of the history).
ASIDE_MODE = 0o644

# The history file of a claim base (``claims/reviews.jsonl``).
REVIEWS_FILE = "reviews.jsonl"


class TornLineWarning(ClaimBaseWarning):
    """The history ends with a torn line; the reviews before it were read."""


@dataclass
class Split:
    """The history's bytes: whole lines (up to the last newline, or a last line that is a whole
    review) and the torn tail after them (empty when there is none)."""

    body: bytes
    torn: bytes

    def line(self) -> int:
        """1-based line number of the torn tail."""
        return self.body.count(b"\n") + 1


def _whole(path: Path, tail: bytes) -> bool:
    """Whether ``tail`` (a last line without a newline) is a whole review."""
    try:
        jsonfile.parse_model(path, tail.decode("utf-8"), Review)
    except (UnicodeDecodeError, ClaimBaseError):
        return False
    return True


def split(path: Path, data: bytes) -> Split:
    cut = data.rfind(b"\n") + 1
    tail = data[cut:]
    if not tail.strip() or _whole(path, tail):
        return Split(data, b"")
    return Split(data[:cut], tail)


def torn_message(path: Path, s: Split) -> str:
    return (f"{path}:{s.line()}: torn last line ({len(s.torn)} bytes without an end of line); "
            f"run: factcheck review repair --claims {path.parent}")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ClaimBaseError(f"{path}: cannot read file ({exc.strerror})") from exc


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ClaimBaseError(f"{path}:{line}: not valid UTF-8 (byte {exc.start})") from exc


def read(path: Path) -> list[Review]:
    """Every review of the history file ``path``; a torn last line is skipped with a TornLineWarning
    (a broken line before it is a ClaimBaseError naming file and line)."""
    s = split(path, _read_bytes(path))
    if s.torn:
        warnings.warn(torn_message(path, s), TornLineWarning, stacklevel=2)
    return jsonfile.parse_lines(path, _decode(path, s.body), Review)


def _last_state(path: Path, data: bytes, id: str) -> str:
    """The state of ``id``'s last review in ``data`` (whole lines), found from the end by the id's
    text: only the lines mentioning it are parsed."""
    needle = json.dumps(id, ensure_ascii=False)[1:-1].encode("utf-8")
    pos = len(data)
    while (k := data.rfind(needle, 0, pos)) >= 0:
        start = data.rfind(b"\n", 0, k) + 1
        end = data.find(b"\n", k)
        line = data[start:end if end >= 0 else len(data)]
        rev = jsonfile.parse_model(path, _decode(path, line), Review, first_line=data.count(b"\n", 0, start) + 1)
        if rev.id == id:
            return rev.state
        pos = start
    ascii_needle = json.dumps(id)[1:-1].encode("ascii")
    if ascii_needle != needle:          # a line written with \u escapes
        for rev in reversed(jsonfile.parse_lines(path, _decode(path, data), Review)):
            if rev.id == id:
                return rev.state
    return "unreviewed"


def _check_end(path: Path, data: bytes) -> Split:
    """The history's bytes split, refusing (ClaimBaseError) a torn tail (an append would be glued to
    it) and a broken last line (the history is damaged: reported, not added to). Only the end is
    read closely: appending costs the same whatever the history's length."""
    s = split(path, data)
    if s.torn:
        raise ClaimBaseError(torn_message(path, s) + "; nothing written")
    body = s.body.rstrip(b"\n \t\r")
    start = body.rfind(b"\n") + 1
    if body[start:].strip():
        jsonfile.parse_model(path, _decode(path, body[start:]), Review, first_line=body.count(b"\n", 0, start) + 1)
    return s


def check_appendable(path: Path) -> None:
    """ClaimBaseError when the history cannot be appended to (``_check_end``)."""
    if path.exists():
        _check_end(path, _read_bytes(path))


def append(path: Path, entries: list[dict]) -> list[Review]:
    """Append reviews (dicts of Review fields without ``previous``, which is looked up) as whole lines
    in one write. The caller holds the lock. A torn last line is refused (ClaimBaseError: repair it)."""
    if not entries:
        return []
    data = _read_bytes(path) if path.exists() else b""
    _check_end(path, data)
    current: dict[str, str] = {}
    written = []
    for entry in entries:
        if entry["id"] not in current:
            current[entry["id"]] = _last_state(path, data, entry["id"])
        rev = Review(previous=current[entry["id"]], **entry)
        current[rev.id] = rev.state
        written.append(rev)
    sep = b"\n" if data and not data.endswith(b"\n") else b""
    try:
        append_bytes(path, sep + "".join(r.to_line() for r in written).encode("utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror}); nothing written") from exc
    return written


@dataclass
class Repair:
    path: Path
    aside: Path | None      # where the torn tail went (None: nothing to repair)
    torn_bytes: int
    kept: int               # whole reviews in the history


def _aside_path(path: Path, now: dt.datetime) -> Path:
    stem = f"{path.name}{TORN_SUFFIX}{now.strftime(TORN_TIME)}"
    for k in range(1, ASIDE_ATTEMPTS + 1):
        candidate = path.with_name(stem if k == 1 else f"{stem}-{k}")
        if not candidate.exists():
            return candidate
    raise ClaimBaseError(f"{path}: no free name for the torn line ({stem}...)")


def repair(path: Path, now: dt.datetime | None = None) -> Repair:
    """Move a torn last line of the history ``path`` aside (the caller holds the lock): the tail is
    written to its own file first (fsync'd), then the history is cut back to its last whole line."""
    if not path.exists():
        return Repair(path, None, 0, 0)
    s = split(path, _read_bytes(path))
    if not s.torn:
        return Repair(path, None, 0, len(jsonfile.parse_lines(path, _decode(path, s.body), Review)))
    aside = _aside_path(path, now or dt.datetime.now(dt.timezone.utc))
    try:
        atomic.write(aside, s.torn, ASIDE_MODE)
        atomic.cut(path, len(s.body))
    except OSError as exc:
        raise InputError(f"{path}: cannot repair ({exc.strerror})") from exc
    return Repair(path, aside, len(s.torn), len(jsonfile.parse_lines(path, _decode(path, s.body), Review)))


def append_new(path: Path, entries: list[dict]) -> list[Review]:
    """Append the entries whose id has no review yet (the caller holds the lock): carrying the same
    states over twice (an interrupted extract finished by the next run) appends them once."""
    have = {r.id for r in read(path)} if path.exists() else set()
    for tmp in stale_temporaries(path):   # left by a version that rewrote the history
        tmp.unlink(missing_ok=True)
    return append(path, [e for e in entries if e["id"] not in have])
