"""``extract``'s writes as one transaction: all of them happen, or none.

    1. (under the lock) finish or roll back what an interrupted run left (``recover``);
    2. compute everything first: the new files' text and the reviews to carry over to new ids;
    3. write every changed file to ``claims/.staging/`` (same relative path as its target), fsync'd;
    4. commit: write ``claims/.staging/MANIFEST.json`` (the files and the reviews to carry) atomically.
       Before this rename the run has changed nothing; after it, the run is decided;
    5. switch: append the carried reviews, move each staged file over its target (articles first,
       the story last), then remove the manifest and the staging folder.

A run killed (or out of disk) before step 4 leaves the base as it was: the next writer deletes the
uncommitted staging folder. A run killed during step 5 leaves a manifest: the next command that reads
or writes the base finishes the switch (``finish_pending``). Each step of 5 can be done twice without
harm: a carried review is appended only if its id has none yet, a staged file already moved is gone.
"""
from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

from .. import atomic
from . import history
from ..atomic import fsync_directory
from ..errors import ClaimBaseError, ClaimBaseWarning, FactcheckError, InputError
from .lock import locked

STAGING_DIR = ".staging"
MANIFEST_FILE = "MANIFEST.json"
MANIFEST_SCHEMA = "factcheck.extract-transaction/1"
# Permissions of a staged file (it becomes the claim-base file; a replaced file's own are kept).
STAGED_FILE_MODE = 0o644


def staging(root: Path) -> Path:
    return Path(root) / STAGING_DIR


def manifest_path(root: Path) -> Path:
    return staging(root) / MANIFEST_FILE


def _write(path: Path, data: bytes, mode: int | None = None) -> None:
    atomic.write(path, data, STAGED_FILE_MODE, mode)


def _iso(value) -> str:
    """A review entry's time in the manifest (ISO 8601, as the history writes it)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a manifest")


def commit(root: Path, files: list[tuple[Path, str]], reviews: list[dict]) -> int:
    """Write ``files`` ((target path under ``root``, text)) and append ``reviews`` (carried-over review
    entries) as one transaction; the caller holds the lock and ran ``recover``. Returns how many reviews
    were appended. A failure before the commit leaves the base unchanged (InputError says so)."""
    root = Path(root)
    stage = staging(root)
    shutil.rmtree(stage, ignore_errors=True)
    moves = []
    target = stage
    try:
        stage.mkdir()
        for target, text in files:
            rel = Path(target).relative_to(root)
            (stage / rel).parent.mkdir(parents=True, exist_ok=True)
            mode = Path(target).stat().st_mode & 0o777 if Path(target).exists() else None
            _write(stage / rel, text.encode("utf-8"), mode)
            moves.append(str(rel))
        for d in {stage / Path(m).parent for m in moves} | {stage}:
            fsync_directory(d)
        target = manifest_path(root)
        data = {"schema": MANIFEST_SCHEMA, "files": moves, "reviews": reviews}
        _write(target, json.dumps(data, ensure_ascii=False, indent=1, default=_iso).encode("utf-8"))
    except OSError as exc:
        shutil.rmtree(stage, ignore_errors=True)
        raise InputError(f"{target}: cannot write ({exc.strerror}); the claim base is unchanged") from exc
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return apply(root)


def _manifest(root: Path) -> tuple[list[str], list[dict]]:
    path = manifest_path(root)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files, reviews = data["files"], data["reviews"]
        if data.get("schema") != MANIFEST_SCHEMA or not isinstance(files, list) or not isinstance(reviews, list):
            raise ValueError("unexpected content")
    except OSError as exc:
        raise ClaimBaseError(f"{path}: cannot read file ({exc.strerror})") from exc
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise ClaimBaseError(f"{path}: not a transaction manifest ({exc.__class__.__name__}); "
                             f"move it aside to drop the interrupted extract") from exc
    for rel in files:
        if not isinstance(rel, str) or Path(rel).is_absolute() or ".." in Path(rel).parts:
            raise ClaimBaseError(f"{path}: not a transaction manifest (file {rel!r} outside the claim base)")
    return files, reviews


def apply(root: Path) -> int:
    """Switch a committed transaction in (the caller holds the lock); returns the reviews appended."""
    root = Path(root)
    stage = staging(root)
    files, reviews = _manifest(root)
    carried = len(history.append_new(root / history.REVIEWS_FILE, reviews))
    try:
        for rel in files:
            src = stage / rel
            if src.exists():
                atomic.move(src, root / rel)
        for d in {(root / rel).parent for rel in files}:
            fsync_directory(d)
        manifest_path(root).unlink()
        fsync_directory(stage)
    except OSError as exc:
        raise ClaimBaseError(f"{stage}: cannot finish switching the extracted files in ({exc.strerror}); "
                             f"the next command finishes it") from exc
    shutil.rmtree(stage, ignore_errors=True)
    return carried


def recover(root: Path) -> int | None:
    """What an interrupted ``extract`` left (the caller holds the lock): a committed transaction is
    finished (returns the reviews it appended), an uncommitted staging folder removed (None)."""
    stage = staging(root)
    if manifest_path(root).exists():
        return apply(root)
    if stage.exists():
        shutil.rmtree(stage, ignore_errors=True)
    return None


def finish_pending(root: Path) -> None:
    """Before reading the base: finish a committed transaction an interrupted ``extract`` left. A base
    that cannot be written (read-only) is read as it is, with a warning."""
    if not manifest_path(root).exists():
        return
    try:
        with locked(root):
            recover(root)
    except FactcheckError as exc:
        warnings.warn(f"an interrupted extract could not be finished: {exc}", ClaimBaseWarning, stacklevel=2)
