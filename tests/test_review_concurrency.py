"""Two editors at once, and a writer killed mid-write: every completed review is in the history."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from factcheck.claimbase import extraction, reviews as review, store

from conftest import ROOT
from editor_support import STORY_A, STORY_B

REVIEWS_PER_PROCESS = 500
PROCESSES = 2
# Each worker waits for this file so that both start writing at the same moment.
GO_FILE = "go"
# Bound on the whole concurrent run (it takes a few seconds; the lock waits at most 60 s per write).
RUN_TIMEOUT_S = 300

# A worker: `review set` through the real CLI entry point, REVIEWS_PER_PROCESS times, in one process.
WORKER = r"""
import sys, time, pathlib
import typer
from factcheck.cli.app import app
root, name, n, ids, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(","), pathlib.Path(sys.argv[5])
states = ["confirmed", "disputed", "false", "needs-source", "unreviewed"]
command = typer.main.get_command(app)
while not go.exists():
    time.sleep(0.001)
for i in range(n):
    cid = ids[i % len(ids)]
    command.main(["review", "set", cid, "--state", states[i % len(states)], "--by", name,
                  "--note", f"{name} #{i}", "--claims", root], standalone_mode=False)
    print(f"done {name} #{i}", flush=True)
"""


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture
def small_base(tmp_path):
    from factcheck.ingest import load as ingest
    from factcheck import pipeline
    (tmp_path / "a.txt").write_text(STORY_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY_B, encoding="utf-8")
    arts = ingest.load_articles([tmp_path / "a.txt", tmp_path / "b.txt"])
    root = tmp_path / "claims"
    extraction.save(root, arts, pipeline.analyze(arts), "talks")
    return root


def test_two_processes_500_reviews_each_all_land(small_base, tmp_path):
    root = small_base
    ids = sorted(store.load(root).claims)[:8]  # few ids: both editors review the same claims
    go = tmp_path / GO_FILE
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(root), f"editor{k}", str(REVIEWS_PER_PROCESS),
                               ",".join(ids), str(go)], env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for k in range(PROCESSES)]
    time.sleep(1.0)  # both interpreters are up and waiting
    start = time.monotonic()
    go.touch()
    outs = [p.communicate(timeout=RUN_TIMEOUT_S) for p in procs]
    elapsed = time.monotonic() - start
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.count("done ") == REVIEWS_PER_PROCESS
    history = review.read_history(root)
    total = PROCESSES * REVIEWS_PER_PROCESS
    assert len(history) == total
    notes = sorted(r.note for r in history)
    assert notes == sorted(f"editor{k} #{i}" for k in range(PROCESSES) for i in range(REVIEWS_PER_PROCESS))
    # serialized: each review's "previous" is the state the one before it (on that id) left
    last = {}
    for r in history:
        assert r.previous == last.get(r.id, "unreviewed")
        last[r.id] = r.state
    interleaved = sum(1 for a, b in zip(history, history[1:]) if a.by != b.by)
    print(f"\nconcurrency: {PROCESSES} processes x {REVIEWS_PER_PROCESS} reviews: {len(history)}/{total} in the "
          f"history in {elapsed:.2f} s ({total / elapsed:.0f} reviews/s), {interleaved} switches between writers")
    assert interleaved > 0  # the two really ran at the same time


KILL_ROUNDS = 3
# A large history: appending to it must not depend on its length.
PREFILL_LINES = 20000
KILL_AFTER_DONE = 5


def _prefill(root, claim_id):
    line = {"schema": "factcheck.review/1", "id": claim_id, "target": "claim", "state": "confirmed",
            "previous": "confirmed", "by": "archive", "at": "2025-01-01T00:00:00Z", "note": "x" * 200}
    first = dict(line, previous="unreviewed")
    text = json.dumps(first) + "\n" + (json.dumps(line) + "\n") * (PREFILL_LINES - 1)
    (root / "reviews.jsonl").write_text(text, encoding="utf-8")


def test_sigkill_mid_write_leaves_a_readable_base_with_every_completed_review(small_base, tmp_path):
    root = small_base
    ids = sorted(store.load(root).claims)[:4]
    _prefill(root, ids[0])
    completed: list[str] = []
    leftovers = 0
    for round_ in range(KILL_ROUNDS):
        go = tmp_path / f"go{round_}"
        go.touch()
        p = subprocess.Popen([sys.executable, "-c", WORKER, str(root), f"killed{round_}", "100000", ",".join(ids),
                              str(go)], env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        done = []
        while len(done) < KILL_AFTER_DONE:
            line = p.stdout.readline()
            assert line, p.stderr.read()
            if line.startswith("done "):
                done.append(line.split(" ", 1)[1].strip())
        # kill it while it is writing reviews as fast as it can (each one appended in one write)
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        # what it printed before the kill: at least these completed (one more may have, unprinted)
        done += [l.split(" ", 1)[1].strip() for l in p.stdout.read().splitlines() if l.startswith("done ")]
        p.stdout.close()
        p.stderr.close()
        completed += done
        leftovers += len(list(root.glob(".reviews.jsonl.*")))
        history = review.read_history(root)  # readable: no half line, no broken JSON
        notes = {r.note for r in history}
        assert set(completed) <= notes
        assert (root / "reviews.jsonl").read_bytes().endswith(b"\n")
        store.load(root)
    assert leftovers == 0  # appends leave no temporary file behind
    # the next writer lands
    review.set_state(root, ids[1], "confirmed", "after")
    assert not list(root.glob(".reviews.jsonl.*.tmp"))
    history = review.read_history(root)
    assert history[-1].by == "after"
    assert len(history) >= PREFILL_LINES + len(completed) + 1
    print(f"\nkill test: {KILL_ROUNDS} writers killed, {len(completed)} completed reviews all kept")
