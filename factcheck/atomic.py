"""Atomic file writes: a temporary file in the same directory, fsync, then os.replace."""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import IO, Callable

from .errors import InputError

# Temporary files are named ".<target name>.<random>.tmp" in the target's directory; a writer killed
# between writing one and os.replace leaves it behind (stale_temporaries finds those).
TMP_SUFFIX = ".tmp"
# Permissions of a new file of the claim base; a file being replaced keeps its own.
NEW_FILE_MODE = 0o644
# Attempts at a fresh temporary name before giving up (each name has 64 random bits).
TMP_NAME_ATTEMPTS = 8
TMP_NAME_BYTES = 8

Writer = Callable[[IO[bytes]], None]


def write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that readers see the old or the new file, never half of one."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"{path}: directory {directory} does not exist")
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else NEW_FILE_MODE
        replace_file(str(path), lambda fh: fh.write(text.encode("utf-8")), NEW_FILE_MODE, mode)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from exc


def replace_file(real: str, write: Writer, create_mode: int, mode: int | None) -> None:
    """Write ``real`` through a temporary file in its directory (asked with ``create_mode``, the umask
    applying; set to ``mode`` when given), fsync it, rename it over ``real`` and fsync the directory.
    The temporary file is removed on any failure or interruption; OSError goes to the caller."""
    directory, name = os.path.split(real)
    directory = directory or "."
    fd, tmp = _temporary(directory, name, create_mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            if mode is not None:
                os.fchmod(fh.fileno(), mode)
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, real)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_directory(directory)


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
