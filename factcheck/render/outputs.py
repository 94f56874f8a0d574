"""Where the tool's outputs go (``report --out``, ``report --stats``, ``export --out``), by what is at
the path:

- ``-``: standard output;
- a new path or a regular file: replaced atomically (a temporary file in the same directory, fsync,
  ``os.replace``), so readers see the old file or the new one, never half of one; a new file gets
  OUTPUT_FILE_MODE less the umask, a replaced file keeps its permission bits;
- a device, a FIFO or a socket: written to directly (never replaced by a regular file);
- a symbolic link: followed; its target is written by the rules above and the link stays;
- a directory: refused.

Before a run, ``check_targets`` refuses an output that names one of the run's input files or an
existing file of the claim base or cache (the run would overwrite what it reads), and two options
naming the same file."""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO, Iterable

from .. import atomic
from ..errors import InputError, OutputError

STDOUT = "-"
# Permissions asked for a new output file; the umask applies, as for any file a program creates
# with open(). The same for every output (the report, --stats, the export).
OUTPUT_FILE_MODE = 0o666
# Permission bits a replaced file keeps (not set-user-ID / set-group-ID / sticky).
PERMISSION_BITS = 0o777
Writer = atomic.Writer


def is_stdout(path: str | os.PathLike | None) -> bool:
    return path is not None and os.fspath(path) == STDOUT


def _inside(real: str, protected: str | os.PathLike) -> bool:
    root = os.path.realpath(protected)
    return real == root or real.startswith(os.path.join(root, ""))


def _input_file(real: str, inputs: Iterable[str | os.PathLike]) -> str | None:
    """The input file (as the run names it) whose real path is ``real``, if any."""
    from ..ingest.load import STDIN, collect_files

    name = os.path.basename(real)
    for raw in inputs:
        if os.fspath(raw) == STDIN:
            continue
        try:
            files = collect_files([raw])
        except InputError:   # the run itself reports (or skips) a bad input
            continue
        for f in files:
            if (os.path.basename(f) == name or os.path.islink(f)) and os.path.realpath(f) == real:
                return f
    return None


def claim_base_paths(root: str | os.PathLike) -> list[Path]:
    """What a command reads from the claim base at ``root``: its article and story files, the review
    history and the lock (the folders hold nothing else the tool writes)."""
    from ..claimbase.store import ARTICLES_DIR, LOCK_FILE, REVIEWS_FILE, STORIES_DIR

    return [Path(root) / name for name in (ARTICLES_DIR, STORIES_DIR, REVIEWS_FILE, LOCK_FILE)]


def check_targets(targets: list[tuple[str, str | os.PathLike | None]], inputs: Iterable[str | os.PathLike] = (),
                  protected: Iterable[str | os.PathLike] = ()) -> None:
    """Refuse, before any work, an output option (``(option, path)``; None: not given) that names an
    existing input file of the run, or an existing file that is or lies inside a ``protected`` path
    (``claim_base_paths``, the cache), or the same file as another output option. Devices, FIFOs and
    ``-`` pass."""
    inputs, protected = list(inputs), [d for d in protected if d is not None and os.path.exists(d)]
    seen: dict[str, str] = {}
    for option, path in targets:
        if path is None or is_stdout(path):
            continue
        real = os.path.realpath(path)
        if os.path.exists(real) and not (os.path.isfile(real) or os.path.isdir(real)):
            continue   # a device or a FIFO: written to, never replaced
        if real in seen:
            raise OutputError(f"{seen[real]} and {option} name the same file ({path})")
        seen[real] = option
        if not os.path.isfile(real):
            continue
        for d in protected:
            if _inside(real, d):
                raise OutputError(f"{option} {path}: belongs to the claim base or cache ({d}); "
                                  "refusing to overwrite it")
        hit = _input_file(real, inputs)
        if hit is not None:
            raise OutputError(f"{option} {path}: is the input file {hit} of this run; refusing to overwrite it")


def _resolve(path: Path) -> tuple[str, os.stat_result | None]:
    """The real path that ``path`` names (symbolic links followed) and its status (None: nothing there)."""
    try:
        real = os.path.realpath(path, strict=True)
        return real, os.stat(real)
    except FileNotFoundError:   # a new file, or the missing target of a symbolic link
        return os.path.realpath(path), None
    except OSError as exc:      # a symbolic link loop, a directory we may not search
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc


def _replace(path: Path, real: str, st: os.stat_result | None, write: Writer) -> None:
    directory = os.path.dirname(real)
    if not os.path.isdir(directory):
        raise OutputError(f"{path}: directory {os.path.dirname(os.fspath(path)) or '.'} does not exist")
    try:
        atomic.write(real, write, OUTPUT_FILE_MODE, None if st is None else st.st_mode & PERMISSION_BITS)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def _direct(path: Path, real: str, write: Writer) -> None:
    """A device or a FIFO: opened for writing as it is (no O_CREAT, no O_TRUNC)."""
    try:
        atomic.write_direct(real, write)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc


def write(path: str | os.PathLike, content: atomic.Content, stdout: IO[bytes] | None = None) -> None:
    """Write one output (a text, bytes, or a function given the binary stream), by what is at ``path``
    (module doc). ``stdout`` is the stream ``-`` means."""
    write = atomic.writer(content)
    if is_stdout(path):
        if stdout is None:
            raise OutputError("'-' (standard output) given where no standard output is available")
        write(stdout)
        stdout.flush()
        return
    path = Path(path)
    real, st = _resolve(path)
    if st is None or stat.S_ISREG(st.st_mode):
        _replace(path, real, st, write)
    elif stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{path}: is a directory")
    else:
        _direct(path, real, write)

