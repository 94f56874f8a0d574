"""Issue 17, item 1: an interrupted ``extract`` loses no review.

``extract`` is a transaction (factcheck/claimbase/txn.py): everything is computed first, the changed files are
staged in ``claims/.staging/``, a manifest commits them, then they are switched in. Here real
``factcheck extract`` processes are killed with SIGKILL at every step of their writes (each file
operation once the claim base is locked is announced on standard output and paused, so that the kill
lands exactly there), and a write that fails as on a full disk is simulated. After each, the next
command finishes or rolls back the switch, and every review is still shown on the base's claims and
findings. Everything is invented (a town's new library) and built by code."""
from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reliability_support import cli, stderr_of

ROOT = Path(__file__).resolve().parents[2]
STORY = "library"
BEFORE = {
    "north.txt": "May 6, 2021\n\nThe town of Eastwick opened a new library on Monday, May 3, 2021.\n"
                 "The library holds 30,000 books, the mayor said.\n",
    "south.txt": "May 7, 2021\n\nThe new library of Eastwick, opened on May 3, 2021, holds 35,000 books, "
                 "officials said.\n",
}
# The same claims, one paragraph lower: every span moves, so every id changes and each review must
# be carried over to the new id.
AFTER = {
    "north.txt": "May 6, 2021\n\nChildren queued at the doors before nine.\nThe town of Eastwick opened a new "
                 "library on Monday, May 3, 2021.\nThe library holds 30,000 books, the mayor said.\n",
    "south.txt": "May 7, 2021\n\nA brass band played outside for an hour.\nThe new library of Eastwick, opened "
                 "on May 3, 2021, holds 35,000 books, officials said.\n",
}
STATES = ("confirmed", "false", "disputed", "needs-source")
KILLS = 20
# Bound on one extract process.
RUN_TIMEOUT_S = 120

# A zygote process: it imports factcheck and warms it up once (analysing the articles), then for each
# claim base named on its standard input forks a child that runs `factcheck extract` on it. The child
# announces its pid, then every file operation it makes once the claim base is locked ("op N") and
# waits for the test's answer on standard input before making it: the test SIGKILLs it at the N-th.
# The zygote reports how each child ended ("exit STATUS").
ZYGOTE = r"""
import os, sys
from contextlib import contextmanager
import factcheck.claimbase.lock as lock_mod
from factcheck.ingest import load as ingest
from factcheck import pipeline
from factcheck.cli.app import app
after, story = sys.argv[1], sys.argv[2]
pipeline.analyze(ingest.load_articles([after]))
armed, count = [False], [0]
def hook(name, real):
    def wrapped(*a, **k):
        if armed[0]:
            count[0] += 1
            sys.stdout.write(f"op {count[0]} {name}\n")
            sys.stdout.flush()
            sys.stdin.readline()
        return real(*a, **k)
    return wrapped
for name in ("replace", "rename", "write", "fsync", "unlink", "rmdir", "truncate", "ftruncate"):
    setattr(os, name, hook(name, getattr(os, name)))
real_held = lock_mod.held
@contextmanager
def held(path, timeout):
    with real_held(path, timeout):
        armed[0] = True
        yield
lock_mod.held = held
sys.stdout.write("ready\n")
sys.stdout.flush()
while line := sys.stdin.readline():
    pid = os.fork()
    if pid == 0:
        sys.stdout.write(f"pid {os.getpid()}\n")
        sys.stdout.flush()
        code = 0
        try:
            app(["extract", after, "--story", story, "--claims", line.strip(), "-q"], prog_name="factcheck")
        except SystemExit as exc:
            code = exc.code or 0
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(f"exit {status}\n")
    sys.stdout.flush()
"""


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _articles(folder: Path, texts: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> tuple[Path, dict]:
    """A claim base of BEFORE whose every claim and finding is reviewed, and the states given."""
    from factcheck.claimbase import extraction, reviews as review, store
    work = tmp_path_factory.mktemp("reviewed")
    root = work / "claims"
    extraction.extract([_articles(work / "before", BEFORE)], root, STORY)
    base = store.load(root)
    given = {}
    for k, id in enumerate(sorted(base.claims) + sorted(base.findings)):
        given[id] = STATES[k % len(STATES)]
        review.set_state(root, id, given[id], "editor", note=f"review {k}")
    return root, given


def lost_reviews(root: Path, given: dict) -> list[str]:
    """The reviewed ids whose state the base no longer shows: neither on the id itself nor on an id
    it was carried over to (reading the base first finishes an interrupted switch)."""
    from factcheck.claimbase import reviews as review, store
    base = store.load(root)
    reviews = review.Reviews.load(root)
    ids = set(base.claims) | set(base.findings)
    shown: dict[str, str] = {}
    for id in ids:
        for rev in reviews.by_id.get(id, []):
            shown.setdefault(rev.moved_from or rev.id, reviews.state(id))
    return [old for old, state in given.items() if shown.get(old) != state]


def _base_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != ".lock" and ".cache" not in p.relative_to(root).parts}


class Zygote:
    """The ZYGOTE process: ``run(root, point)`` extracts into ``root`` in a fresh child process, killed
    with SIGKILL at its ``point``-th file operation (None: not killed)."""

    def __init__(self, after: Path):
        self.p = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(after), STORY], env=_env(),
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.p.stdout.readline() == "ready\n"

    def _send(self, text: str) -> None:
        self.p.stdin.write(text)
        self.p.stdin.flush()

    def run(self, root: Path, point: int | None) -> tuple[int, bool]:
        """(file operations announced, whether the child was killed)."""
        self._send(f"{root}\n")
        pid = int(self.p.stdout.readline().split()[1])
        ops, killed = 0, False
        while (line := self.p.stdout.readline()).startswith("op "):
            ops += 1
            if ops == point:
                os.kill(pid, signal.SIGKILL)
                killed = True
            else:
                self._send("\n")
        status = int(line.split()[1])
        assert os.WIFSIGNALED(status) == killed and (killed or os.WEXITSTATUS(status) == 0), line
        return ops, killed

    def close(self) -> None:
        self.p.stdin.close()
        self.p.wait(timeout=RUN_TIMEOUT_S)
        self.p.stdout.close()


def _story_files(root: Path) -> dict[str, bytes]:
    return {k: v for k, v in _base_files(root).items() if k.startswith(("articles", "stories"))}


def test_twenty_kills_during_extract_writes_lose_no_review(reviewed, tmp_path):
    src, given = reviewed
    after = _articles(tmp_path / "after", AFTER)
    zygote = Zygote(after)
    try:
        # the uninterrupted run: how many file operations it makes, and the base it leaves
        ref = tmp_path / "ref" / "claims"
        shutil.copytree(src, ref)
        ops, _ = zygote.run(ref, None)
        assert ops >= KILLS
        assert lost_reviews(ref, given) == []
        reference = _story_files(ref)
        points = [1 + (k * (ops - 1)) // (KILLS - 1) for k in range(KILLS)]
        kills, lost, committed = 0, 0, 0
        for k, point in enumerate(points):
            root = tmp_path / f"kill{k}" / "claims"
            shutil.copytree(src, root)
            kills += zygote.run(root, point)[1]
            committed += (root / ".staging" / "MANIFEST.json").exists()
            lost += len(lost_reviews(root, given))    # reading the base finishes or leaves the switch
    finally:
        zygote.close()
    # the next extract completes the work: the same base as the uninterrupted run, every review shown
    from factcheck.claimbase import extraction
    from factcheck.ingest import load as ingest
    from factcheck import pipeline
    articles = ingest.load_articles([after])
    analysis = pipeline.analyze(articles)
    for k in range(KILLS):
        root = tmp_path / f"kill{k}" / "claims"
        extraction.save(root, articles, analysis, STORY)
        assert _story_files(root) == reference
        assert not (root / ".staging").exists()
        lost += len(lost_reviews(root, given))
    print(f"\nextract kill test: {kills} kills at file operations {points[0]}..{points[-1]} of {ops} "
          f"({committed} after the commit), {len(given)} reviews, {lost} lost")
    assert kills == KILLS
    assert lost == 0
    assert 0 < committed < KILLS     # kills landed both before and after the commit


def _enospc(*_a, **_k):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


# (what fails, the function replaced, on which call; the base must be left byte for byte as it was)
FULL_DISK = [
    ("the first staged file", "fsync", 1),
    ("a later staged file", "fsync", 3),
    ("the manifest", "replace", 4),
]


@pytest.mark.parametrize("what,name,nth", FULL_DISK, ids=[f[0] for f in FULL_DISK])
def test_full_disk_before_the_commit_leaves_the_base_as_it_was(reviewed, tmp_path, monkeypatch, what, name, nth):
    from factcheck import atomic
    src, given = reviewed
    root = tmp_path / "claims"
    shutil.copytree(src, root)
    before = _base_files(root)
    after = _articles(tmp_path / "after", AFTER)
    real = getattr(os, name)
    calls = []

    def failing(*a, **k):
        calls.append(a)
        return _enospc() if len(calls) == nth else real(*a, **k)

    monkeypatch.setattr(atomic.os, name, failing)
    r = cli("extract", after, "--story", STORY, "--claims", root, "--no-cache")
    monkeypatch.setattr(atomic.os, name, real)
    assert r.exit_code == 2
    line = stderr_of(r)
    assert line.startswith("error: ") and line.endswith(": cannot write (No space left on device); "
                                                         "the claim base is unchanged\n"), line
    assert line.count("\n") == 1
    assert _base_files(root) == before
    assert lost_reviews(root, given) == []


def test_failure_after_the_commit_is_finished_by_the_next_command(reviewed, tmp_path, monkeypatch):
    from factcheck import atomic   # the switch's moves are atomic.move
    src, given = reviewed
    root = tmp_path / "claims"
    shutil.copytree(src, root)
    after = _articles(tmp_path / "after", AFTER)
    real = os.replace
    calls = []

    def failing(a, b, *rest, **k):
        calls.append(b)
        if Path(b).parent == root / "stories":      # the last move of the switch
            return _enospc()
        return real(a, b, *rest, **k)

    monkeypatch.setattr(atomic.os, "replace", failing)
    r = cli("extract", after, "--story", STORY, "--claims", root, "--no-cache")
    monkeypatch.setattr(atomic.os, "replace", real)
    assert r.exit_code == 2
    assert stderr_of(r) == (f"error: {root / '.staging'}: cannot finish switching the extracted files in "
                            f"(No space left on device); the next command finishes it\n")
    assert (root / ".staging" / "MANIFEST.json").exists()
    r = cli("review", "list", "--claims", root)
    assert r.exit_code == 0
    assert not (root / ".staging").exists()
    assert lost_reviews(root, given) == []


def test_uncommitted_staging_is_rolled_back_by_the_next_extract(reviewed, tmp_path):
    src, given = reviewed
    root = tmp_path / "claims"
    shutil.copytree(src, root)
    (root / ".staging" / "articles").mkdir(parents=True)
    (root / ".staging" / "articles" / "north.json").write_text("{half", encoding="utf-8")
    before = _base_files(root)
    r = cli("review", "list", "--claims", root)            # a reader leaves it alone
    assert r.exit_code == 0
    assert _base_files(root) == before
    r = cli("extract", _articles(tmp_path / "before", BEFORE), "--story", STORY, "--claims", root)
    assert r.exit_code == 0, r.output
    assert not (root / ".staging").exists()
    assert lost_reviews(root, given) == []


def test_a_broken_manifest_is_named_and_left_alone(reviewed, tmp_path):
    src, _ = reviewed
    root = tmp_path / "claims"
    shutil.copytree(src, root)
    (root / ".staging").mkdir()
    (root / ".staging" / "MANIFEST.json").write_text("[1, 2", encoding="utf-8")
    r = cli("extract", _articles(tmp_path / "after", AFTER), "--story", STORY, "--claims", root)
    assert r.exit_code == 2
    problem = (f"{root / '.staging' / 'MANIFEST.json'}: not a transaction manifest (JSONDecodeError); "
               f"move it aside to drop the interrupted extract")
    assert stderr_of(r) == (f"warning: an interrupted extract could not be finished: {problem}\n"
                            f"error: {problem}\n")
    r = cli("review", "list", "--claims", root)            # readers read the base as it is
    assert r.exit_code == 0
    assert stderr_of(r) == f"warning: an interrupted extract could not be finished: {problem}\n"
    assert (root / ".staging" / "MANIFEST.json").read_text(encoding="utf-8") == "[1, 2"
