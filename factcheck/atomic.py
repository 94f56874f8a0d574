"""Atomic file writes: a temporary file in the same directory, fsync, then os.replace."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InputError

# Temporary files are named ".<target name>.<random>.tmp" in the target's directory; a writer killed
# between writing one and os.replace leaves it behind (stale_temporaries finds those).
TMP_SUFFIX = ".tmp"
# Permissions of a new file (mkstemp makes 0600); a file being replaced keeps its own.
NEW_FILE_MODE = 0o644


def write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that readers see the old or the new file, never half of one."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"{path}: directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            os.fchmod(fh.fileno(), path.stat().st_mode & 0o777 if path.exists() else NEW_FILE_MODE)
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror})") from exc
    fsync_directory(directory)


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
