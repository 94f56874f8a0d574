"""The claim base's write lock: an exclusive ``fcntl.flock`` on ``claims/.lock``.

A free lock is taken at once. A busy one is waited for by blocking in ``flock`` (no polling: a waiting
writer uses no CPU), on a helper thread so that the wait can end after a timeout: when the time is
up the waiter is abandoned, and if it gets the lock later it lets it go at once. flock locks belong to
an open file description, so two threads of one process exclude each other as two processes do; the
lock is released by the kernel when its holder dies (a killed writer never leaves the base locked).
A thread that already holds the lock of a base may take it again (nested sections share it).
"""
from __future__ import annotations

import fcntl
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import ClaimBaseError, LockTimeoutError

# Permissions of a new lock file (the umask applies).
LOCK_FILE_MODE = 0o644
# The lock file of a claim base (``claims/.lock``).
LOCK_FILE = ".lock"
# Writers hold the lock for milliseconds (one review, or one extraction's file writes); waiting this
# long means another process is stuck, and the editor is told so instead of waiting forever.
LOCK_TIMEOUT_S = 60.0

_held = threading.local()   # per thread: {lock path: nesting depth}


def _open(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, LOCK_FILE_MODE)
    except OSError as exc:
        raise ClaimBaseError(f"{path}: cannot lock ({exc.strerror})") from exc


class _Waiter:
    """A thread blocked in flock on its own descriptor; abandoned after the caller's timeout."""

    def __init__(self, path: Path) -> None:
        self.fd = _open(path)
        self.done = threading.Event()
        self.mutex = threading.Lock()
        self.abandoned = False
        self.error: OSError | None = None
        threading.Thread(target=self._wait, name=f"factcheck lock {path}", daemon=True).start()

    def _wait(self) -> None:
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError as exc:
            self.error = exc
        with self.mutex:
            if self.abandoned or self.error is not None:
                os.close(self.fd)     # the caller gave up: the lock (if taken) goes with the descriptor
            self.done.set()

    def result(self, timeout: float) -> int | None:
        """The locked descriptor, or None when ``timeout`` passed first."""
        self.done.wait(timeout)
        with self.mutex:
            if not self.done.is_set():
                self.abandoned = True
                return None
        if self.error is not None:
            raise self.error
        return self.fd


def acquire(path: Path, timeout: float) -> int:
    """An open descriptor of ``path`` holding its exclusive lock (LockTimeoutError after ``timeout``)."""
    fd = _open(path)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd
    except BlockingIOError:
        os.close(fd)
    except OSError as exc:
        os.close(fd)
        raise ClaimBaseError(f"{path}: cannot lock ({exc.strerror})") from exc
    try:
        got = _Waiter(path).result(timeout)
    except OSError as exc:
        raise ClaimBaseError(f"{path}: cannot lock ({exc.strerror})") from exc
    if got is None:
        raise LockTimeoutError(f"{path}: the claim base is locked by another process (waited {timeout:g} s)")
    return got


@contextmanager
def held(path: Path, timeout: float) -> Iterator[None]:
    """Hold the lock of ``path`` for the block (re-entrant within a thread)."""
    key = os.path.abspath(path)
    depth: dict[str, int] = getattr(_held, "depth", None) or {}
    _held.depth = depth
    if depth.get(key):
        depth[key] += 1
        try:
            yield
        finally:
            depth[key] -= 1
        return
    fd = acquire(Path(path), timeout)
    depth[key] = 1
    try:
        yield
    finally:
        depth[key] = 0
        os.close(fd)   # closing the only descriptor releases the flock


@contextmanager
def locked(root: Path) -> Iterator[None]:
    """Hold the claim base's write lock (one writer at a time, across processes; a waiting writer
    blocks without polling, up to LOCK_TIMEOUT_S)."""
    with held(Path(root) / LOCK_FILE, LOCK_TIMEOUT_S):
        yield
