"""Issue 17, items 9 and 7: the claim base's costs and dead ends.

- ``review set`` appends one whole line (one write, fsync, under the lock): nothing is rewritten;
- a torn last line of ``reviews.jsonl`` is read past with a warning, refused by writers, and moved
  aside by ``factcheck review repair`` (nothing deleted);
- a writer waiting for the lock blocks without using the CPU, and gives up with one line;
- ``extract`` never overwrites a base file that fails validation or a cross-check;
- a claim-base file holding a JSON integer over 4,300 digits or nesting past 3,000 levels gives one
  line naming the file, not a traceback.
Everything is invented (a harbour's new ferries) and built by code."""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reliability_support import cli, stderr_of

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = {
    "quay.txt": "June 2, 2020\n\nThe harbour of Lindmouth received 4 new ferries on Tuesday, June 2, 2020, "
                "the port authority said.\n",
    "tide.txt": "June 3, 2020\n\nLindmouth harbour took delivery of 6 new ferries on June 2, 2020, "
                "officials said.\n",
}
STORY = "ferries"
REVIEWS = 6
# A waiting writer may use at most this much CPU over WAIT_S seconds (a polling wait of the old kind
# used about 7% of a core: 0.13 s over 2 s).
WAIT_S = 2.0
MAX_WAIT_CPU_S = 0.05
# The lock timeout the timeout test uses (seconds).
SHORT_TIMEOUT_S = 0.3


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    from factcheck.claimbase import extraction, reviews as review, store
    work = tmp_path_factory.mktemp("ferries")
    (work / "in").mkdir()
    for name, text in ARTICLES.items():
        (work / "in" / name).write_text(text, encoding="utf-8")
    root = work / "claims"
    extraction.extract([work / "in"], root, STORY)
    ids = sorted(store.load(root).claims)
    for k in range(REVIEWS):
        review.set_state(root, ids[k % len(ids)], ("confirmed", "false", "disputed")[k % 3], "marta", note=f"#{k}")
    return work


@pytest.fixture
def base(template, tmp_path, monkeypatch) -> Path:
    import shutil
    shutil.copytree(template / "claims", tmp_path / "claims")
    shutil.copytree(template / "in", tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "claims"


def _history(root: Path) -> Path:
    return root / "reviews.jsonl"


# -- appending --------------------------------------------------------------------------------------
def test_review_set_appends_one_line_and_rewrites_nothing(base):
    path = _history(base)
    before, inode = path.read_bytes(), path.stat().st_ino
    cid = json.loads(before.splitlines()[0])["id"]
    r = cli("review", "set", cid, "--state", "needs-source", "--by", "ivo", "--claims", base)
    assert r.exit_code == 0, r.output
    after = path.read_bytes()
    assert path.stat().st_ino == inode                 # the same file, not a replaced copy
    assert after.startswith(before)
    added = after[len(before):]
    assert added.count(b"\n") == 1 and added.endswith(b"\n")
    assert json.loads(added)["by"] == "ivo" and json.loads(added)["state"] == "needs-source"
    assert not [p for p in base.iterdir() if p.name.startswith(".reviews.jsonl")]


def test_previous_state_comes_from_the_last_review_of_that_id(base):
    from factcheck.claimbase import reviews as review
    cid = review.read_history(base)[0].id
    last = [r for r in review.read_history(base) if r.id == cid][-1].state
    rev = review.set_state(base, cid, "needs-source", "ivo")
    assert rev.previous == last


def test_a_full_disk_during_the_append_leaves_the_history_as_it_was(base, monkeypatch):
    from factcheck import atomic
    path = _history(base)
    before = path.read_bytes()
    real = os.write

    def half_then_full(fd, data):
        real(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "write", half_then_full)
    cid = json.loads(before.splitlines()[0])["id"]
    r = cli("review", "set", cid, "--state", "false", "--by", "ivo", "--claims", base)
    monkeypatch.setattr(atomic.os, "write", real)
    assert r.exit_code == 2
    assert stderr_of(r) == f"error: {path}: cannot write (No space left on device); nothing written\n"
    assert path.read_bytes() == before


# -- a torn last line -------------------------------------------------------------------------------
# (what was cut short, the bytes left after the last whole line)
TORN = [
    ("a record cut in a key", b'{"schema": "factcheck.review/1", "id": "c_'),
    ("a record cut in a UTF-8 letter", '{"schema": "factcheck.review/1", "note": "caf\u00e9'.encode()[:-1]),
    ("a complete object that is no review", b'{"id": "c_1"}'),
    ("a lone brace", b"{"),
]


@pytest.mark.parametrize("what,tail", TORN, ids=[t[0] for t in TORN])
def test_a_torn_last_line_is_read_past_with_a_warning(base, what, tail):
    path = _history(base)
    whole = path.read_bytes()
    path.write_bytes(whole + tail)
    line = whole.count(b"\n") + 1
    warning = (f"warning: {path}:{line}: torn last line ({len(tail)} bytes without an end of line); "
               f"run: factcheck review repair --claims {base}\n")
    for args in (["review", "list"], ["review", "list", "--format", "json"]):
        r = cli(*args, "--claims", base)
        assert r.exit_code == 0, r.output
        assert stderr_of(r) == warning
    r = cli("report", "in", "--claims", base, "--no-cache", "-q")
    assert r.exit_code == 0
    assert stderr_of(r) == warning
    listed = json.loads(cli("review", "list", "--format", "json", "--claims", base).stdout)
    assert sum(1 for i in listed["items"] if i["state"] != "unreviewed") > 0


@pytest.mark.parametrize("what,tail", TORN, ids=[t[0] for t in TORN])
def test_writers_refuse_a_torn_line_and_repair_moves_it_aside(base, what, tail):
    path = _history(base)
    whole = path.read_bytes()
    path.write_bytes(whole + tail)
    line = whole.count(b"\n") + 1
    kept = line - 1
    torn = f"{path}:{line}: torn last line ({len(tail)} bytes without an end of line); run: factcheck review repair --claims {base}"
    cid = json.loads(whole.splitlines()[0])["id"]
    r = cli("review", "set", cid, "--state", "false", "--by", "ivo", "--claims", base)
    assert r.exit_code == 2
    assert stderr_of(r) == f"error: {torn}; nothing written\n"
    r = cli("extract", "in", "--story", STORY, "--claims", base)
    assert r.exit_code == 2
    assert stderr_of(r).endswith(f"error: {torn}; nothing written\n")
    assert path.read_bytes() == whole + tail
    r = cli("review", "repair", "--claims", base)
    assert r.exit_code == 0
    aside = [p for p in base.iterdir() if p.name.startswith("reviews.jsonl.torn-")]
    assert len(aside) == 1
    assert r.stdout == f"{path}: moved a torn last line ({len(tail)} bytes) to {aside[0]}; {kept} reviews kept\n"
    assert aside[0].read_bytes() == tail              # nothing deleted
    assert path.read_bytes() == whole
    r = cli("review", "set", cid, "--state", "false", "--by", "ivo", "--claims", base)
    assert r.exit_code == 0
    assert stderr_of(r) == ""
    r = cli("review", "repair", "--claims", base)
    assert r.stdout == f"{path}: nothing to repair ({kept + 1} reviews)\n"


def test_repair_without_a_base_says_so(tmp_path):
    r = cli("review", "repair", "--claims", tmp_path / "nowhere")
    assert r.exit_code == 2
    assert stderr_of(r) == (f"error: {tmp_path / 'nowhere'}: no claim base here (run: factcheck extract ARTICLES "
                            f"--claims {tmp_path / 'nowhere'})\n")


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(min_value=0.0, max_value=1.0))
def test_any_cut_keeps_every_whole_line_and_repair_deletes_nothing(template, tmp_path_factory, cut):
    """A history cut at any byte: the reviews read are those of its whole lines, and after repair the
    history and the aside file together hold exactly the cut bytes."""
    import shutil
    import warnings
    from factcheck.claimbase import reviews as review
    from factcheck.models import Review
    root = tmp_path_factory.mktemp("cut") / "claims"
    shutil.copytree(template / "claims", root)
    path = _history(root)
    full = path.read_bytes()
    data = full[: int(len(full) * cut)]
    path.write_bytes(data)
    whole = [Review.model_validate_json(ln) for ln in data[: data.rfind(b"\n") + 1].splitlines()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert review.read_history(root) == whole
    got = review.repair(root)
    aside = got.aside.read_bytes() if got.aside else b""
    assert path.read_bytes() + aside == data
    assert got.kept == len(whole)
    assert review.read_history(root) == whole


# -- the lock ---------------------------------------------------------------------------------------
WAITER = r"""
import sys
from factcheck.claimbase import reviews as review, store
ids = sorted(store.load(sys.argv[1]).claims)
print("ready", flush=True)
review.set_state(sys.argv[1], ids[0], "disputed", "waiting-editor")
print("done", flush=True)
"""


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_waiting_writer_blocks_without_spinning_then_lands(base):
    from factcheck.claimbase import lock, store
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    fd = lock.acquire(base / store.LOCK_FILE, store.LOCK_TIMEOUT_S)
    p = subprocess.Popen([sys.executable, "-c", WAITER, str(base)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline() == "ready\n"
        time.sleep(0.2)                       # it is now waiting for the lock
        start = _cpu_s(p.pid)
        time.sleep(WAIT_S)
        used = _cpu_s(p.pid) - start
        assert p.poll() is None               # still waiting
    finally:
        os.close(fd)                          # release: the waiter goes on
    assert p.stdout.readline() == "done\n"
    p.wait(timeout=60)
    p.stdout.close()
    print(f"\nlock wait: {used:.2f} s of CPU over {WAIT_S:g} s of waiting")
    assert used <= MAX_WAIT_CPU_S
    from factcheck.claimbase import reviews as review
    assert review.read_history(base)[-1].by == "waiting-editor"


def test_a_writer_gives_up_after_the_timeout_with_one_line(base, monkeypatch):
    from factcheck.claimbase import lock, store
    monkeypatch.setattr(lock, "LOCK_TIMEOUT_S", SHORT_TIMEOUT_S)
    fd = lock.acquire(base / store.LOCK_FILE, store.LOCK_TIMEOUT_S)
    try:
        cid = sorted(store.load(base).claims)[0]
        started = time.monotonic()
        r = cli("review", "set", cid, "--state", "false", "--by", "ivo", "--claims", base)
        waited = time.monotonic() - started
    finally:
        os.close(fd)
    assert r.exit_code == 2
    assert stderr_of(r) == (f"error: {base / '.lock'}: the claim base is locked by another process "
                            f"(waited {SHORT_TIMEOUT_S:g} s)\n")
    assert SHORT_TIMEOUT_S <= waited
    # the abandoned waiter let the lock go: the next writer gets it at once
    r = cli("review", "set", cid, "--state", "false", "--by", "ivo", "--claims", base)
    assert r.exit_code == 0


def test_the_lock_is_reentrant_within_a_thread_and_exclusive_across_threads(base):
    import threading
    from factcheck.claimbase import lock
    from factcheck.errors import LockTimeoutError
    path = base / ".lock"
    outcome = []
    with lock.held(path, SHORT_TIMEOUT_S):
        with lock.held(path, SHORT_TIMEOUT_S):
            def other():
                try:
                    with lock.held(path, SHORT_TIMEOUT_S):
                        outcome.append("got it")
                except LockTimeoutError:
                    outcome.append("timed out")
            t = threading.Thread(target=other)
            t.start()
            t.join()
    assert outcome == ["timed out"]
    with lock.held(path, SHORT_TIMEOUT_S):
        pass


# -- files that fail validation are never overwritten ---------------------------------------------
def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and ".cache" not in p.parts}


# (what is wrong, the file, the edit (old text, new text), the error after "error: <file>:")
CROSS_CHECKS = [
    ("an article id that is not the file name", "articles/quay.json", ('"id": "quay"', '"id": "pier"'),
     "article id 'pier' does not match the file name"),
    ("a story naming an article the base lacks", f"stories/{STORY}.json", ('"quay"', '"pier"'),
     "article 'pier' is not in claims/articles"),
    ("a file that is not JSON", "articles/tide.json", ("{", "{{"), "invalid JSON (Expecting property name enclosed in double quotes)"),
]


@pytest.mark.parametrize("what,name,edit,message", CROSS_CHECKS, ids=[c[0] for c in CROSS_CHECKS])
def test_extract_never_overwrites_a_file_that_fails_validation(base, what, name, edit, message):
    path = base / name
    _edit(path, *edit)
    broken = _files(base)
    r = cli("extract", "in", "--story", STORY, "--claims", "claims")
    assert r.exit_code == 2
    err = stderr_of(r)
    assert err.startswith(f"error: claims/{name}:") and err.endswith(f": {message}; extract wrote nothing\n"), err
    assert err.count("\n") == 1
    assert _files(base) == broken
    assert not (base / ".staging").exists()


# -- JSON Python cannot hold ------------------------------------------------------------------------
HUGE_INT = "9" * 4301
DEEP = "[" * 3001 + "]" * 3001
# (what, the file, the field added on the file's second line (JSON Lines: to its last record, the
# one a writer reads before appending))
HUGE = [
    ("a long integer in an article file", "articles/quay.json", HUGE_INT, "a number over 4300 digits"),
    ("deep nesting in an article file", "articles/quay.json", DEEP, "nested too deeply"),
    ("a long integer in a story file", f"stories/{STORY}.json", HUGE_INT, "a number over 4300 digits"),
    ("deep nesting in a story file", f"stories/{STORY}.json", DEEP, "nested too deeply"),
    ("a long integer in the review history", "reviews.jsonl", HUGE_INT, "a number over 4300 digits"),
    ("deep nesting in the review history", "reviews.jsonl", DEEP, "nested too deeply"),
]


@pytest.mark.parametrize("what,name,payload,message", HUGE, ids=[h[0] for h in HUGE])
def test_json_python_cannot_hold_is_one_line_naming_the_file(base, what, name, payload, message):
    from factcheck.claimbase import store
    cid = sorted(store.load(base).claims)[0]
    path = base / name
    text = path.read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        lines = text.splitlines(keepends=True)
        lines[-1] = lines[-1].replace("{", '{"extra": ' + payload + ", ", 1)
        path.write_text("".join(lines), encoding="utf-8")
        line = len(lines)
    else:
        path.write_text(text.replace("{\n", '{\n  "extra": ' + payload + ",\n", 1), encoding="utf-8")
        line = 2
    for args in (["review", "list"], ["review", "set", cid, "--state", "false", "--by", "ivo"], ["export", "--publisher", "The Quay Desk", "--url", "https://quay.example/checks"],
                 ["extract", "in", "--story", STORY]):
        r = cli(*args, "--claims", "claims")
        assert r.exit_code == 2, (args, r.output)
        err = stderr_of(r)
        assert err.startswith(f"error: claims/{name}:{line}: invalid JSON ({message})"), (args, err)
        assert err.count("\n") == 1
