"""Every file the tool writes goes through this module: ``write`` replaces a whole file atomically (a
temporary file in the same directory, fsync, then os.replace), ``append_bytes`` appends to a log,
``write_direct`` writes into a device or a FIFO, ``move`` renames a staged file into place. Which one an
output uses is decided by outputs.py (by what is at the path); tests/test_api.py checks that no other
module opens a file for writing."""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import IO, Callable, Union

# Temporary files are named ".<target name>.<random>.tmp" in the target's directory; a writer killed
# between writing one and os.replace leaves it behind (stale_temporaries finds those).
TMP_SUFFIX = ".tmp"
# Permissions of a new file of the claim base; a file being replaced keeps its own.
NEW_FILE_MODE = 0o644
# Attempts at a fresh temporary name before giving up (each name has 64 random bits).
TMP_NAME_ATTEMPTS = 8
TMP_NAME_BYTES = 8

Writer = Callable[[IO[bytes]], None]
# What a file is written from: a text (UTF-8 encoded), bytes, or a function given the binary stream.
Content = Union[str, bytes, Writer]


def writer(content: Content) -> Writer:
    """``content`` as a function that writes it to a binary stream."""
    if callable(content):
        return content
    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    return lambda fh: fh.write(data)


def write(path: str | os.PathLike, content: Content, create_mode: int = NEW_FILE_MODE, mode: int | None = None,
          *, durable: bool = True) -> None:
    """The one writer of whole files: ``path`` is replaced so that readers see the old or the new
    file, never half of one. A temporary file in the same directory (asked with ``create_mode``, the
    umask applying; set to ``mode`` when given) receives ``content``, is fsync'd, renamed over
    ``path``, and the directory is fsync'd. The temporary file is removed on any failure or
    interruption; OSError goes to the caller. ``durable=False`` skips both fsyncs: only for files whose
    loss in a crash costs time and nothing else (the work cache), never the claim base or an output."""
    real = os.fspath(path)
    directory, name = os.path.split(real)
    directory = directory or "."
    fd, tmp = _temporary(directory, name, create_mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            if mode is not None:
                os.fchmod(fh.fileno(), mode)
            writer(content)(fh)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, real)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if durable:
        fsync_directory(directory)


def write_direct(path: str | os.PathLike, content: Content) -> None:
    """Write ``content`` into what is at ``path`` as it is (a device, a FIFO): no O_CREAT, no O_TRUNC,
    never replaced by a regular file. OSError goes to the caller."""
    fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC | os.O_NOCTTY)
    with os.fdopen(fd, "wb") as fh:
        writer(content)(fh)


def move(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """Rename ``source`` (a file ``write`` made, e.g. a staged one) over ``target`` in one step; the
    caller fsyncs the directory (fsync_directory) once after a batch of moves."""
    os.replace(source, target)


def _temporary(directory: str, name: str, create_mode: int) -> tuple[int, str]:
    for _ in range(TMP_NAME_ATTEMPTS):
        tmp = os.path.join(directory, f".{name}.{secrets.token_hex(TMP_NAME_BYTES)}{TMP_SUFFIX}")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, create_mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {directory}")


def fsync_directory(directory: Path | str) -> None:
    """Make the rename itself durable (best effort: some file systems refuse to fsync a directory)."""
    try:
        dfd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def cut(path: str | os.PathLike, size: int) -> None:
    """Cut the file ``path`` back to its first ``size`` bytes, then fsync it and its directory (a
    torn last line moved aside, history.repair). OSError goes to the caller."""
    os.truncate(path, size)
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_directory(os.path.dirname(os.fspath(path)) or ".")


def stale_temporaries(path: Path) -> list[Path]:
    """Temporary files that a killed writer of ``path`` left behind. Only meaningful while holding
    the lock that serializes the writers of ``path``."""
    path = Path(path)
    return sorted(path.parent.glob(f".{path.name}.*{TMP_SUFFIX}"))


def append_bytes(path: Path, data: bytes, create_mode: int = NEW_FILE_MODE) -> None:
    """Append ``data`` to ``path`` (created if absent) in one write, then fsync: nothing already in
    the file is rewritten. A write that fails part way (a full disk) is cut back, so the file holds
    the old bytes or all of ``data``; OSError goes to the caller."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, create_mode)
    try:
        size = os.fstat(fd).st_size
        created = size == 0
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except BaseException:
            os.ftruncate(fd, size)
            raise
    finally:
        os.close(fd)
    if created:
        fsync_directory(path.parent if str(path.parent) else Path("."))
