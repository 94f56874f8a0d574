"""Reading the claim base's JSON and JSON Lines files into pydantic models, with errors that name the
file and the line (of a syntax error, or of the value a schema error is about)."""
from __future__ import annotations

import json
import re
from json.decoder import scanstring
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import ClaimBaseError

M = TypeVar("M", bound=BaseModel)

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# Python refuses to convert an integer of more digits than this (sys.get_int_max_str_digits, CPython's
# default): json.loads raises a bare ValueError on one. Reported as the claim-base file's error.
MAX_INT_DIGITS = 4300
_LONG_INT = re.compile(r"-?\d{%d,}" % (MAX_INT_DIGITS + 1))
# A JSON string (to skip when counting how deep the brackets nest).
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def _offsets(text: str, pos: int, path: tuple, out: dict[tuple, int]) -> int:
    """Record where every value of the (valid) JSON document at ``pos`` starts, keyed by its path
    (keys and list indices, as pydantic reports them); return the position after the value."""
    pos = _WS.match(text, pos).end()
    out[path] = pos
    ch = text[pos]
    if ch in "{[":
        close = "}" if ch == "{" else "]"
        pos = _WS.match(text, pos + 1).end()
        if text[pos] == close:
            return pos + 1
        index = 0
        while True:
            if ch == "{":
                key, pos = scanstring(text, _WS.match(text, pos).end() + 1)
                pos = _WS.match(text, pos).end() + 1  # the colon
                pos = _offsets(text, pos, path + (key,), out)
            else:
                pos = _offsets(text, pos, path + (index,), out)
                index += 1
            pos = _WS.match(text, pos).end()
            if text[pos] == ",":
                pos += 1
                continue
            return pos + 1
    return _DECODER.raw_decode(text, pos)[1]


def line_of(text: str, loc: tuple) -> int:
    """1-based line of the value at ``loc`` in the JSON ``text`` (or of its nearest existing parent)."""
    out: dict[tuple, int] = {}
    try:
        _offsets(text, 0, (), out)
    except (ValueError, IndexError, RecursionError):
        return 1
    loc = tuple(loc)
    while loc and loc not in out:
        loc = loc[:-1]
    return text.count("\n", 0, out.get(loc, 0)) + 1


def _loc_text(loc: tuple) -> str:
    s = ""
    for part in loc:
        s += f"[{part}]" if isinstance(part, int) else (f".{part}" if s else str(part))
    return s or "(document)"


def describe(exc: ValidationError) -> tuple[tuple, str]:
    """The first error's location and a one-line message (with a count of the others)."""
    errs = exc.errors()
    first = errs[0]
    msg = f"{_loc_text(first['loc'])}: {first['msg']}"
    if len(errs) > 1:
        msg += f" (and {len(errs) - 1} more)"
    return tuple(first["loc"]), msg


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ClaimBaseError(f"{path}: cannot read file ({exc.strerror})") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ClaimBaseError(f"{path}:{line}: not valid UTF-8 (byte {exc.start})") from exc


def _deepest(text: str) -> int:
    """Offset of the bracket where ``text`` nests deepest (strings skipped)."""
    depth = best = where = 0
    for m in re.finditer(r"[\[\]{}]", _STRING.sub(lambda s: " " * len(s.group()), text)):
        depth += 1 if m.group() in "[{" else -1
        if depth > best:
            best, where = depth, m.start()
    return where


def _too_large(path: Path, text: str, first_line: int, exc: Exception) -> ClaimBaseError:
    """The one-line error of a document Python's JSON reader cannot hold: an integer over
    MAX_INT_DIGITS digits (ValueError) or nesting past the interpreter's recursion limit."""
    if isinstance(exc, RecursionError):
        where, what = _deepest(text), "nested too deeply"
    else:
        m = _LONG_INT.search(text)
        where, what = (m.start() if m else 0), f"a number over {MAX_INT_DIGITS} digits"
    return ClaimBaseError(f"{path}:{text.count(chr(10), 0, where) + first_line}: invalid JSON ({what})")


def parse_model(path: Path, text: str, model: type[M], first_line: int = 1) -> M:
    """``text`` (one JSON document that starts on ``first_line`` of ``path``) as ``model``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ClaimBaseError(f"{path}:{exc.lineno + first_line - 1}: invalid JSON ({exc.msg})") from exc
    except (ValueError, RecursionError) as exc:
        raise _too_large(path, text, first_line, exc) from exc
    version = model.model_fields.get("schema_")
    if version is not None and isinstance(data, dict) and data.get("schema") != version.default:
        raise ClaimBaseError(f"{path}:{line_of(text, ('schema',)) + first_line - 1}: schema is "
                             f"{data.get('schema')!r}, expected {version.default!r}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        loc, msg = describe(exc)
        raise ClaimBaseError(f"{path}:{line_of(text, loc) + first_line - 1}: {msg}") from exc


def read_model(path: Path, model: type[M]) -> M:
    """The JSON file ``path`` as ``model``; ClaimBaseError naming file and line when it is broken."""
    return parse_model(path, read_text(path), model)


def read_lines(path: Path, model: type[M]) -> list[M]:
    """The JSON Lines file ``path`` (blank lines allowed) as a list of ``model``."""
    return parse_lines(path, read_text(path), model)


def parse_lines(path: Path, text: str, model: type[M]) -> list[M]:
    """``text`` (the JSON Lines of ``path``, blank lines allowed) as a list of ``model``."""
    out = []
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            out.append(parse_model(path, line, model, first_line=n))
    return out
