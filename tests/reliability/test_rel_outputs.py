"""Issue 17, item 2: ``--out``, ``--stats`` and ``export --out`` never replace what is not a regular
file, never overwrite an input of the run, and write every file with the same mode.

Rules (factcheck/render/outputs.py): ``-`` is standard output; a new path or a regular file is replaced
atomically; a device or a FIFO is written to directly; a symbolic link is followed (its target is
written, the link stays); a directory, a symlink loop, an input file of the run, a claim-base file and
two options naming one file are refused with one line and exit 2."""
from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reliability_support import cli, hostile_base, stderr_of

ARTICLE_A = "Millbrook, May 3, 2021\n\nThe mayor of Millbrook opened a new bridge on Monday, officials said.\n"
ARTICLE_B = "Millbrook, May 3, 2021\n\nThe mayor of Millbrook opened two new bridges on Monday, officials said.\n"
# The umask the mode tests run under (restored after each).
TEST_UMASK = 0o027
# Seconds a FIFO reader waits for the writer.
FIFO_TIMEOUT_S = 60


# What every export needs: its publisher and the page it is published on.
EXPORT_PAGE = ("--publisher", "Desk", "--url", "https://desk.example/checks")


@pytest.fixture
def story(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return tmp_path


def report(*args):
    return cli("report", *args, "--no-cache", "--quiet")


# (what --out / --stats name, the command's arguments, the exact error line). Paths are relative to
# the story's folder; every refused target must be left as it was.
REFUSED = [
    ("an input file given by name", ["in/a.txt", "in/b.txt", "--out", "in/a.txt"],
     "error: --out in/a.txt: is the input file in/a.txt of this run; refusing to overwrite it"),
    ("a file of an input folder", ["in", "--format", "json", "--out", "in/b.txt"],
     "error: --out in/b.txt: is the input file in/b.txt of this run; refusing to overwrite it"),
    ("--stats on an input file", ["in", "--stats", "in/a.txt"],
     "error: --stats in/a.txt: is the input file in/a.txt of this run; refusing to overwrite it"),
    ("a link to an input file", ["in/a.txt", "in/b.txt", "--out", "link.txt"],
     "error: --out link.txt: is the input file in/a.txt of this run; refusing to overwrite it"),
    ("--out and --stats on one file", ["in", "--out", "same.json", "--stats", "same.json"],
     "error: --out and --stats name the same file (same.json)"),
    ("a directory", ["in", "--out", "in"], "error: in: is a directory"),
    ("a symbolic link loop", ["in", "--out", "loop1"], "error: loop1: cannot write (Too many levels of symbolic links)"),
]


@pytest.mark.parametrize("what,args,line", REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_targets_are_left_alone(story, what, args, line):
    os.symlink("in/a.txt", "link.txt")
    os.symlink("loop2", "loop1")
    os.symlink("loop1", "loop2")
    before = {p: (p.lstat().st_mode, p.read_bytes() if p.is_file() else None)
              for p in story.rglob("*") if not p.is_symlink() or p.exists()}
    r = report(*args)
    assert r.exit_code == 2, r.output
    assert stderr_of(r) == line + "\n"
    after = {p: (p.lstat().st_mode, p.read_bytes() if p.is_file() else None)
             for p in story.rglob("*") if not p.is_symlink() or p.exists()}
    assert after == before
    assert os.path.islink("loop1") and os.path.islink("link.txt")


def test_export_refuses_a_file_of_its_claim_base(tmp_path):
    root = hostile_base(tmp_path / "cb")
    target = root / "reviews.jsonl"
    old = target.read_bytes()
    r = cli("export", "--claims", root, "--out", target)
    assert r.exit_code == 2
    assert stderr_of(r) == (f"error: --out {target}: belongs to the claim base or cache ({root / 'reviews.jsonl'}); "
                            "refusing to overwrite it\n")
    assert target.read_bytes() == old


@pytest.mark.parametrize("command", ["report", "export"])
def test_dash_is_standard_output(story, command):
    if command == "report":
        r = report("in", "--format", "json", "--out", "-")
    else:
        r = cli("export", "--claims", hostile_base(story / "cb"), "--out", "-", *EXPORT_PAGE)
    assert r.exit_code == 0, r.output
    assert r.stdout.lstrip().startswith(("{", "["))
    assert not Path("-").exists()


def test_a_fifo_is_written_to_and_stays_a_fifo(story):
    os.mkfifo("pipe")
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(Path("pipe").read_bytes()), daemon=True)
    reader.start()
    r = report("in", "--format", "json", "--out", "pipe")
    reader.join(FIFO_TIMEOUT_S)
    assert r.exit_code == 0, r.output
    assert stat.S_ISFIFO(os.lstat("pipe").st_mode)
    assert got and got[0].startswith(b"{") and b'"findings"' in got[0]
    assert not list(story.glob(".pipe.*"))   # no temporary file left beside it


def _device(path: Path, major: int, minor: int) -> Path:
    """A character device node in the test's folder (a copy of /dev/null or /dev/full), so that no
    system device is at risk; the test is skipped where mknod is not permitted."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(major, minor))
    except OSError as exc:
        pytest.skip(f"cannot create a device node here ({exc.strerror})")
    return path


# Linux's memory devices: 1,3 is /dev/null (takes anything), 1,7 is /dev/full (every write: ENOSPC).
NULL_DEVICE, FULL_DEVICE = (1, 3), (1, 7)


@pytest.mark.parametrize("option", ["--out", "--stats"])
def test_a_device_is_written_to_and_stays_a_device(story, option):
    dev = _device(story / "null", *NULL_DEVICE)
    r = report("in", "--format", "json", option, dev)
    assert r.exit_code == 0, r.output
    assert stat.S_ISCHR(os.lstat(dev).st_mode)


def test_a_full_device_is_a_one_line_error(story):
    dev = _device(story / "full", *FULL_DEVICE)
    r = report("in", "--stats", dev)
    assert r.exit_code == 2
    assert stderr_of(r) == f"error: {dev}: cannot write (No space left on device)\n"
    assert stat.S_ISCHR(os.lstat(dev).st_mode)


@pytest.mark.parametrize("target_exists", [True, False], ids=["to a file", "dangling"])
def test_a_symbolic_link_is_followed_and_kept(story, target_exists):
    Path("out").mkdir()
    if target_exists:
        Path("out/report.md").write_text("old\n", encoding="utf-8")
    os.symlink("out/report.md", "latest.md")
    r = report("in", "--format", "markdown", "--out", "latest.md")
    assert r.exit_code == 0, r.output
    assert os.path.islink("latest.md") and os.readlink("latest.md") == "out/report.md"
    assert Path("out/report.md").read_text(encoding="utf-8").startswith("# factcheck report")


@pytest.fixture
def umask():
    old = os.umask(TEST_UMASK)
    yield TEST_UMASK
    os.umask(old)


def test_every_output_file_gets_the_same_mode(story, umask):
    r = report("in", "--format", "json", "--out", "r.json", "--stats", "s.json")
    assert r.exit_code == 0, r.output
    r = cli("export", "--claims", hostile_base(story / "cb"), "--out", "e.json", *EXPORT_PAGE)
    assert r.exit_code == 0, r.output
    modes = {name: stat.S_IMODE(os.stat(name).st_mode) for name in ("r.json", "s.json", "e.json")}
    assert modes == dict.fromkeys(modes, 0o666 & ~umask)


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_a_replaced_file_keeps_its_mode(story, umask, fmt):
    Path("r.out").write_text("old\n", encoding="utf-8")
    os.chmod("r.out", 0o640)
    r = report("in", "--format", fmt, "--out", "r.out")
    assert r.exit_code == 0, r.output
    assert stat.S_IMODE(os.stat("r.out").st_mode) == 0o640
    assert Path("r.out").read_text(encoding="utf-8") != "old\n"


# Property: an output is refused exactly when it is (through links) one of the inputs or both
# options name one file; nothing else is refused, and a refused run writes nothing.
NAMES = st.sampled_from(["a.txt", "b.txt", "c.md", "new.json", "link_a.txt", "sub/a.txt"])


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(inputs=st.lists(st.sampled_from(["a.txt", "b.txt", "c.md"]), min_size=1, max_size=3, unique=True),
       out=NAMES, stats=st.one_of(st.none(), NAMES))
def test_check_targets_refuses_exactly_the_inputs(tmp_path_factory, inputs, out, stats):
    from factcheck.render import outputs
    from factcheck.errors import OutputError

    d = tmp_path_factory.mktemp("t")
    for name in ("a.txt", "b.txt", "c.md"):
        (d / name).write_text(ARTICLE_A, encoding="utf-8")
    (d / "sub").mkdir()
    (d / "sub" / "a.txt").write_text(ARTICLE_B, encoding="utf-8")
    os.symlink(d / "a.txt", d / "link_a.txt")

    def real(name):
        return os.path.realpath(d / name)

    given_inputs = [d / n for n in inputs]
    targets = [("--out", d / out), ("--stats", None if stats is None else d / stats)]
    clash = real(out) in {real(n) for n in inputs} or (stats is not None and (
        real(stats) in {real(n) for n in inputs} or real(stats) == real(out)))
    try:
        outputs.check_targets(targets, given_inputs)
        refused = False
    except OutputError:
        refused = True
    assert refused == clash
