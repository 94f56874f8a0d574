"""Stage 1, ingest: paths -> Article objects (text exactly as offsets index it, date, language, metadata).

Inputs: ``.txt`` / ``.md`` (optional front matter), ``.html`` / ``.htm`` (the article body, extracted
by trafilatura), ``.json`` (one record or an array of records), ``.jsonl`` and ``-`` (JSON Lines on
standard input). Files are decoded by ``decode`` (UTF-8, UTF-16 with a BOM, Windows-1256/1252 when
detected with confidence); offsets index the decoded text. Every problem is an ``InputError`` whose
message starts with the file (and line or record) it is about. ``load_articles`` reads everything
before any other stage runs: it fails on the first bad input, or with ``skip_invalid`` reports each
bad input through ``on_skip`` and goes on.
"""
from __future__ import annotations

import errno
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from . import decode, formats
from ..lang import detect as langid
from ..mentions import values
from ..errors import InputError, OwnOutputError, RecordError, TooLargeError
from ..models import MAX_NAME_BYTES, Article

ARTICLE_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl",)
INPUT_SUFFIXES = ARTICLE_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES
SOURCE_FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html", ".json": "json",
                  ".jsonl": "jsonl"}
STDIN = "-"  # the path that means: JSON Lines on standard input
STDIN_NAME = "<stdin>"
BOM = "\ufeff"
# The largest article read, in bytes (a text or HTML file, a .json file, one JSON Lines record).
# News articles are 5-100 KB of text and saved pages rarely pass 2 MB with their scripts; 5 MB leaves
# room for any real page while bounding memory (about 15x the input at peak while reading a page).
DEFAULT_MAX_BYTES = 5_000_000
LIMIT_OPTION = "--max-bytes"  # named in the message that refuses an input over the limit
# A file of the claim base or a report (``{"schema": "factcheck.report/1", ...}``) is not an article.
OWN_SCHEMA_PREFIX = "factcheck."

# An article of this many lines or more per byte of the size limit is refused: a text of very many
# short lines (a list, a table, blank lines) is not an article, and each line costs the furniture and
# claim stages a fixed amount (a million one-letter lines took 116 s and 1.4 GB on the target machine).
# News paragraphs run 100-1,000 bytes; 50 bytes per line on average over a full-size input leaves
# room for any article: at the default limit, 100,000 lines.
MIN_BYTES_PER_LINE = 50
# ... but any input may have this many lines (a small --max-bytes does not refuse a short article).
MIN_LINE_LIMIT = 10_000

OnSkip = Callable[[InputError], None]


@dataclass
class _Item:
    article: Article
    where: str  # the file, or the file and line / record, for messages


def _fail(exc: InputError) -> None:
    raise exc


def printable_path(path: str | Path) -> str:
    """``path`` for a message: bytes of a file name that is not UTF-8 shown as ``\\xff`` escapes."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def _path_problem(path: str) -> InputError | None:
    """A file name that is not valid UTF-8 cannot name an article in a report or the claim base."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return InputError(f"{printable_path(path)}: file name is not valid UTF-8 (rename the file)")
    return None


def _link_problem(p: str) -> str:
    """Why ``p`` (a symbolic link whose target cannot be reached) cannot be read."""
    try:
        os.stat(p)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        if exc.errno == errno.ENOENT:
            return f"broken symbolic link (its target {os.readlink(p)} does not exist)"
        return f"cannot read file ({exc.strerror})"
    return "cannot read file"


def _at(where: str, exc: InputError) -> InputError:
    """``exc`` again, its message prefixed with where it happened (same class, same exit code)."""
    return type(exc)(f"{where}: {exc}")


# ---------------------------------------------------------------- paths

def _expand(paths: list[str | Path], bad: Callable[[InputError], None]) -> list[str]:
    """The input files under ``paths`` as strings (a feed's directory holds thousands: strings cost
    less than Path objects), sorted by name, each real file once."""
    if not paths:
        raise InputError("no input: give one or more article files or a directory")
    out: list[tuple[str, str | None]] = []   # (path as given or found, its real path when known)
    for raw in paths:
        if str(raw) == STDIN:
            out.append((STDIN, None))
            continue
        p = Path(raw)
        if p.is_symlink() and not p.exists():
            bad(InputError(f"{printable_path(p)}: {_link_problem(str(p))}"))
        elif not p.exists():
            bad(InputError(f"{printable_path(p)}: no such file or directory"))
        elif p.is_dir():
            found = _directory(p, bad)
            if not found:
                bad(InputError(f"{p}: no articles in this directory (looked for {', '.join(INPUT_SUFFIXES)})"))
            out.extend(found)
        else:
            out.append((str(p), None))
    unique: dict[str, str] = {}
    for p, real in out:
        unique.setdefault(STDIN if p == STDIN else real or os.path.realpath(p), p)
    return sorted(unique.values(), key=lambda p: (os.path.splitext(os.path.basename(p))[0], p))


def _directory(d: Path, bad: Callable[[InputError], None]) -> list[tuple[str, str]]:
    """The input files of a directory with their real paths (resolved once for the directory; a
    symbolic link is resolved on its own; a link that loops or leads nowhere is passed to ``bad``)."""
    where = "" if str(d) == "." else os.path.join(str(d), "")     # (as Path(".") / name is "name")
    real_dir = os.path.join(os.path.realpath(d), "")
    out: list[tuple[str, str]] = []
    try:
        it = os.scandir(d)
    except OSError as exc:
        bad(InputError(f"{printable_path(d)}: cannot read directory ({exc.strerror})"))
        return out
    with it:
        for e in sorted(it, key=lambda e: e.name):   # (problems reported in a stable order)
            name = e.name
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in INPUT_SUFFIXES:
                continue
            try:
                if e.is_dir():
                    continue
                out.append((where + name, os.path.realpath(e.path, strict=True) if e.is_symlink() else real_dir + name))
            except OSError:
                bad(InputError(f"{printable_path(where + name)}: {_link_problem(e.path)}"))
    return out


def collect_paths(paths: list[str | Path]) -> list[Path]:
    """Expand files and directories into input files (``Path('-')`` for standard input), sorted by name;
    fails on a path that does not exist or a directory with no articles."""
    return [Path(p) for p in _expand(paths, _fail)]


def collect_files(paths: list[str | Path]) -> list[str]:
    """``collect_paths`` as strings."""
    return _expand(paths, _fail)


def detect_language(text: str) -> str:
    """The supported language ``text`` is read as by its script (``langid.by_script``: the language
    whose data folder declares the text's dominant script; stopwords decide between two of one script)."""
    return langid.by_script(text)


# ---------------------------------------------------------------- bytes

def _too_large(what: str, max_bytes: int) -> TooLargeError:
    return TooLargeError(f"{what} the {max_bytes:,}-byte limit per article (raise it with {LIMIT_OPTION})")


def _open_checked(path: Path, max_bytes: int | None) -> BinaryIO:
    """``path`` opened for reading after checking it is a regular file within the size limit."""
    try:
        st = path.stat()
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror})") from exc
    if not stat.S_ISREG(st.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "a device"
        raise InputError(f"{path}: not a regular file ({kind})")
    if max_bytes is not None and st.st_size > max_bytes:
        raise _at(str(path), _too_large(f"file is {st.st_size:,} bytes, over", max_bytes))
    try:
        return path.open("rb")
    except PermissionError as exc:
        raise InputError(f"{path}: cannot read file (permission denied)") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror})") from exc


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    with _open_checked(path, max_bytes) as f:
        try:
            data = f.read(max_bytes + 1)  # the file may have grown since stat
        except OSError as exc:
            raise InputError(f"{path}: cannot read file ({exc.strerror})") from exc
    if len(data) > max_bytes:
        raise _at(str(path), _too_large("file is larger than", max_bytes))
    return data


def peek_bytes(path: Path, max_bytes: int) -> bytes | None:
    """The bytes of ``path`` if it is a readable regular file within ``max_bytes``, else None: for
    callers that only look (the work cache); never blocks on a FIFO or reads past the limit."""
    try:
        return _read_bytes(path, max_bytes)
    except InputError:
        return None


def _decode(path: Path, data: bytes, declared: str | None = None) -> decode.Decoded:
    if not data:
        raise InputError(f"{path}: empty file (0 bytes)")
    try:
        return decode.decode(data, declared)
    except InputError as exc:
        raise _at(str(path), exc) from exc


# ---------------------------------------------------------------- articles

def max_lines(max_bytes: int) -> int:
    """The most lines an article may have under the size limit ``max_bytes``."""
    return max(MIN_LINE_LIMIT, max_bytes // MIN_BYTES_PER_LINE)


def _build(art_id: str, path: str, text: str, meta: formats.Meta, encoding: str, fmt: str,
           max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """An Article from its text and stated metadata; the dateline fills in an unstated date."""
    body = text[meta.body_start:]
    if not body.strip():
        raise InputError("empty article")
    lines, most = text.count("\n") + 1, max_lines(max_bytes)
    if lines > most:
        raise TooLargeError(f"{lines:,} lines, over the {most:,}-line limit per article (one line per "
                            f"{MIN_BYTES_PER_LINE} bytes of the size limit; raise it with {LIMIT_OPTION}): "
                            "a list or a table, not an article?")
    lang = meta.language or langid.article_language(body, detect_language(body))  # refuses others
    art = Article(id=art_id, path=path, text=text, language=lang, body_start=meta.body_start,
                  published_at=meta.published_at, encoding=encoding, source_format=fmt, outlet=meta.outlet,
                  url=meta.url, title=meta.title)
    stated = values.parse_dateline(body, lang)
    span = (stated[1] + meta.body_start, stated[2] + meta.body_start) if stated else None
    if meta.published is not None:
        art.published, art.published_rule = meta.published, meta.published_rule
        # the dateline is still cut from the body (furniture) when it states the same date
        art.published_span = span if stated and stated[0] == meta.published else meta.published_span
    elif stated is not None:
        art.published, art.published_span, art.published_rule = stated[0], span, stated[3]
    return art


def _file_id(path: Path) -> str:
    """The id of a file's article: its name without the suffix, within the bytes a claim-base file
    name allows."""
    size = len(path.stem.encode("utf-8"))
    if size > MAX_NAME_BYTES:
        raise InputError(f"file name is {size} bytes in UTF-8 without its suffix, over the "
                         f"{MAX_NAME_BYTES} an article id may have (it names a claim-base file)")
    return path.stem


def _check_own(path: Path, text: str) -> None:
    kind = formats.own_output(text)
    if kind is not None:
        raise OwnOutputError(f"{path}: {kind} written by factcheck, not an article: left out")


def _text_file(path: Path, max_bytes: int) -> Article:
    got = _decode(path, _read_bytes(path, max_bytes))
    text = got.text.removeprefix(BOM)
    _check_own(path, text)
    try:
        meta = formats.front_matter(text)
        return _build(_file_id(path), str(path), text, meta, got.encoding, SOURCE_FORMATS[path.suffix.lower()],
                      max_bytes)
    except InputError as exc:
        raise _at(str(path), exc) from exc


def _html_file(path: Path, max_bytes: int) -> Article:
    data = _read_bytes(path, max_bytes)
    got = _decode(path, data, decode.declared_charset(data))
    _check_own(path, got.text)
    try:
        formats.html_guard(got.text)
        text, meta = formats.html_article(got.text)
        return _build(_file_id(path), str(path), text, meta, got.encoding, "html", max_bytes)
    except InputError as exc:
        raise _at(str(path), exc) from exc


def _record(obj: object, path: str, where: str, encoding: str, fmt: str, max_bytes: int) -> _Item:
    try:
        text, meta = formats.record(obj)
        return _Item(_build(meta.id or "", path, text, meta, encoding, fmt, max_bytes), where)
    except InputError as exc:
        raise _at(where, exc) from exc


def _json_file(path: Path, max_bytes: int, bad: OnSkip) -> list[_Item]:
    got = _decode(path, _read_bytes(path, max_bytes))
    try:
        data = json.loads(got.text.removeprefix(BOM))
    except json.JSONDecodeError as exc:
        raise RecordError(f"{path}: invalid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    except (ValueError, RecursionError) as exc:
        raise RecordError(f"{path}: {json_limit(exc)}") from exc
    if isinstance(data, dict) and str(data.get("schema", "")).startswith(OWN_SCHEMA_PREFIX):
        raise OwnOutputError(f"{path}: a factcheck file (schema {str(data['schema'])[:60]}), not an article: left out")
    if isinstance(data, dict):
        return [_record(data, str(path), str(path), got.encoding, "json", max_bytes)]
    if not isinstance(data, list) or not data:
        raise RecordError(f"{path}: expected a record or a non-empty array of records")
    items = []
    for number, obj in enumerate(data, start=1):
        try:
            items.append(_record(obj, str(path), f"{path}: record {number}", got.encoding, "json", max_bytes))
        except InputError as exc:
            bad(exc)
    return items


def json_limit(exc: ValueError | RecursionError) -> str:
    """The message for JSON that parses but passes a limit of Python's reader: an integer of more
    than ``sys.get_int_max_str_digits()`` digits, or arrays / objects nested too deep."""
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply to read (arrays or objects inside each other some thousand levels)"
    return (f"JSON holds an integer of more than {sys.get_int_max_str_digits():,} digits "
            "(Python's limit for reading numbers)")


def _stream_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line of ``stream``; bytes is None for a line over ``max_bytes``
    (read past in chunks, never held whole)."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(max_bytes + 1)
            yield number, None
        else:
            yield number, line


def _jsonl(stream: BinaryIO, name: str, max_bytes: int, bad: OnSkip) -> list[_Item]:
    items, seen_any = [], False
    for number, line in _stream_lines(stream, max_bytes):
        where = f"{name}: line {number}"
        try:
            if line is None:
                raise _at(where, _too_large("record is larger than", max_bytes))
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            seen_any = True
            try:
                raw = line.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                raise RecordError(f"{where}: not valid UTF-8 (byte {exc.start}; JSON Lines are UTF-8)") from exc
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise RecordError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from exc
            except (ValueError, RecursionError) as exc:
                raise RecordError(f"{where}: {json_limit(exc)}") from exc
            items.append(_record(obj, name, where, "utf-8", "jsonl", max_bytes))
        except InputError as exc:
            bad(exc)
    if not seen_any:
        raise InputError(f"{name}: no JSON Lines records")
    return items


def _read_source(path: Path, max_bytes: int, bad: OnSkip, stdin: BinaryIO | None) -> list[_Item]:
    if str(path) == STDIN:
        return _jsonl(stdin if stdin is not None else sys.stdin.buffer, STDIN_NAME, max_bytes, bad)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        with _open_checked(path, None) as f:
            try:
                return _jsonl(f, str(path), max_bytes, bad)
            except OSError as exc:
                raise InputError(f"{path}: cannot read file ({exc.strerror})") from exc
    if suffix in JSON_SUFFIXES:
        return _json_file(path, max_bytes, bad)
    if suffix in HTML_SUFFIXES:
        return [_Item(_html_file(path, max_bytes), str(path))]
    return [_Item(_text_file(path, max_bytes), str(path))]


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file (text, Markdown, HTML, or a JSON / JSON Lines file of one record)."""
    items = _read_source(Path(path), max_bytes, _fail, None)
    if len(items) != 1:
        raise InputError(f"{path}: holds {len(items)} records, not one article (use load_articles)")
    return items[0].article


def load_articles(paths: list[str | Path], *, skip_invalid: bool = False, max_bytes: int | None = None,
                  on_skip: OnSkip | None = None, stdin: BinaryIO | None = None) -> list[Article]:
    """All articles under ``paths``, sorted by id, read before any other work. Fails on the first bad
    input; with ``skip_invalid`` each bad file or record is passed to ``on_skip`` and left out.
    ``max_bytes`` (default DEFAULT_MAX_BYTES) bounds each article; ``stdin`` is read for '-'."""
    skipped: list[InputError] = []
    max_bytes = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes

    def bad(exc: InputError) -> None:
        if not skip_invalid and not getattr(exc, "always_skipped", False):
            raise exc
        skipped.append(exc)
        if on_skip is not None:
            on_skip(exc)

    items: list[_Item] = []
    for name in _expand(paths, bad):
        path = Path(name)
        problem = _path_problem(name)
        if problem is not None:
            bad(problem)
            continue
        try:
            items.extend(_read_source(path, max_bytes, bad, stdin))
        except InputError as exc:
            bad(exc)
    first: dict[str, _Item] = {}
    for item in items:
        other = first.setdefault(item.article.id, item)
        if other is not item:
            bad(InputError(f"{item.where}: duplicate article id {item.article.id!r} (also {other.where})"))
    if not first:
        raise InputError(f"no articles to compare: all {len(skipped)} input(s) were skipped" if skipped
                         else "no articles to compare")
    return sorted((item.article for item in first.values()), key=lambda a: a.id)
