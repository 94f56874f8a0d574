"""The Dask engine (``--engine dask --scheduler ADDRESS``) on a local cluster gives the report of the
default engine. Skipped when the dask extra is not installed (the test extra installs it)."""
from __future__ import annotations

import pytest

distributed = pytest.importorskip("distributed")

from factcheck.feed import run as desk  # noqa: E402

from scale_support import mixed_corpus, needs_stories  # noqa: E402

# Worker processes of the local test cluster (the CI machine has two cores).
WORKERS = 2


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=WORKERS, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster:
        yield cluster.scheduler_address


@needs_stories
def test_dask_gives_the_report_of_the_local_engine(scheduler, tmp_path):
    corpus = mixed_corpus(tmp_path / "feed")
    local = desk.report([corpus], desk.Options())
    remote = desk.report([corpus], desk.Options(engine="dask", scheduler=scheduler))
    assert remote == local
    assert len(remote.stories) == 3

