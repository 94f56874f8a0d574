"""The scale benchmark's speed-ups keep the report as it was: ingest read in parts while the workers
start (loading.ingest_parts), and worker tasks run with the cyclic collector paused (parallel._in_worker)."""
from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.feed import loading, run as desk
from factcheck.errors import InputError
from factcheck.feed.engines import PoolEngine, _in_worker

from conftest import ROOT

INVENTED = sorted(p for d in ("invented_fire", "invented_vote", "invented_quake", "invented_strike")
                  for p in (ROOT / "tests" / d).glob("*.txt"))
CHUNK = loading.INGEST_CHUNK


def _files(n: int, stem: str = "art", ext: str = ".txt") -> list[str]:
    return [f"/feed/{stem}{k:04d}{ext}" for k in range(n)]


def _hashed(paths: list[str]) -> dict[str, str]:
    return {p: f"sha{k}" for k, p in enumerate(paths)}


# (files, which of them were hashed as one-article files, ingest options) -> number of parts
@pytest.mark.parametrize("files, hashed, options, parts", [
    (_files(0), [], {}, 1),                                        # nothing new: one (empty) part, as before
    (_files(CHUNK), _files(CHUNK), {}, 1),                         # one part's worth
    (_files(CHUNK + 1), _files(CHUNK + 1), {}, 2),
    (_files(3 * CHUNK), _files(3 * CHUNK), {}, 3),
    (_files(3 * CHUNK), _files(3 * CHUNK), {"skip_invalid": True}, 1),   # skipping: read at once
    (_files(3 * CHUNK), _files(3 * CHUNK)[1:], {}, 1),             # a file not hashed (a JSON feed, a directory)
    (_files(2 * CHUNK) + ["/other/art0005.txt"], _files(2 * CHUNK) + ["/other/art0005.txt"], {}, 1),  # stems clash
    (_files(2 * CHUNK, ext=".html"), _files(2 * CHUNK, ext=".html"), {"max_bytes": 10}, 2),
])
def test_ingest_parts_table(files, hashed, options, parts):
    got = loading.ingest_parts(files, _hashed(hashed), options)
    assert len(got) == parts
    assert [p for part in got for p in part] == files


@given(st.integers(min_value=0, max_value=5 * CHUNK), st.booleans())
def test_ingest_parts_keep_every_file_once_in_order(n, skip):
    files = _files(n)
    got = loading.ingest_parts(files, _hashed(files), {"skip_invalid": skip})
    assert [p for part in got for p in part] == files
    assert len(got) == 1 or all(0 < len(part) <= CHUNK for part in got)


def _feed(tmp_path: Path) -> Path:
    feed = tmp_path / "feed"
    feed.mkdir()
    for p in INVENTED:
        shutil.copy(p, feed / p.name)
    return feed


def test_parts_and_workers_give_the_report_of_one_process(tmp_path, monkeypatch):
    feed = _feed(tmp_path)
    one = desk.report([feed], desk.Options(jobs=1))
    monkeypatch.setattr(loading, "INGEST_CHUNK", 2)   # the invented stories: 7 parts
    two = desk.report([feed], desk.Options(jobs=2, cache=tmp_path / "cache"))
    again = desk.report([feed], desk.Options(jobs=2, cache=tmp_path / "cache"))   # all from the cache
    assert json.loads(two.model_dump_json()) == json.loads(one.model_dump_json()) == json.loads(again.model_dump_json())
    assert len(one.articles) == len(INVENTED)


def test_a_bad_file_in_a_later_part_fails_as_reading_at_once(tmp_path, monkeypatch):
    feed = _feed(tmp_path)
    (feed / "zz_empty.txt").write_text("\n\n", encoding="utf-8")   # sorts last: in the last part
    errors = []
    for chunk in (CHUNK, 2):
        monkeypatch.setattr(loading, "INGEST_CHUNK", chunk)
        with pytest.raises(InputError) as exc:
            desk.report([feed], desk.Options(jobs=2, cache=tmp_path / f"cache{chunk}"))
        errors.append(str(exc.value))
    assert errors[0] == errors[1]
    assert "zz_empty.txt" in errors[0]


def _boom(x: int) -> int:
    raise ValueError(f"task {x} failed")


def _cycle(x: int) -> int:
    a: list = []
    a.append(a)                      # garbage with a reference cycle: freed after the task
    return x * 2


@pytest.mark.parametrize("fn, item, result", [(_cycle, 4, 8), (abs, -3, 3), (len, "abc", 3)])
def test_in_worker_returns_the_result_and_leaves_the_collector_on(fn, item, result):
    try:
        assert _in_worker(fn, item) == result
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0          # what survived the task is frozen
    finally:
        gc.unfreeze()


def test_in_worker_passes_errors_on_and_leaves_the_collector_on():
    try:
        with pytest.raises(ValueError, match="task 7 failed"):
            _in_worker(_boom, 7)
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_pool_tasks_errors_reach_the_caller():
    with PoolEngine(2) as engine:
        assert list(engine.map(abs, [-1, -2, 3])) == [1, 2, 3]
        with pytest.raises(ValueError, match="task 5 failed"):
            list(engine.map(_boom, [5]))
