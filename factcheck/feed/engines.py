"""Where the per-article and per-story work runs: in this process, in worker processes (``--jobs N``)
or on a Dask cluster (``--engine dask --scheduler ADDRESS``, the optional ``dask`` extra), and the
progress bar on standard error.

Every engine returns results in the order the work was given, so the report does not depend on the
engine, the number of workers or which worker finished first.
"""
from __future__ import annotations

import gc
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator

from ..errors import UsageError

ENGINES = ("local", "dask")
# Sentence-encoder threads in each worker process: the workers already use the cores.
WORKER_ENCODER_THREADS = 1
# BLAS threads in each worker process, for every numpy product (the story stage's cosine blocks, not
# only the encoder's): OpenBLAS otherwise starts one thread per core in every worker, and two workers
# on two cores then spin against each other (a sixth of the story stage's CPU time on the benchmark
# corpus, benchmarks/run.py at 1,000 articles; the products are the same).
WORKER_BLAS_THREADS = 1
# The progress bar appears only once a run has lasted this long (seconds): short runs print nothing.
PROGRESS_DELAY_S = 1.0
# How long to wait for a Dask scheduler to answer before giving up (seconds).
DASK_CONNECT_TIMEOUT_S = 10


def _init_worker() -> None:
    from threadpoolctl import threadpool_limits
    from .. import embed
    embed.ENCODER_THREADS = WORKER_ENCODER_THREADS
    threadpool_limits(limits=WORKER_BLAS_THREADS, user_api="blas")
    gc.freeze()  # what the worker inherits lives as long as it does: no collection walks it (_in_worker)
    gc.enable()  # (a worker forked while the driver had paused the collector would inherit the pause)


def _in_worker(fn: Callable[[Any], Any], item: Any) -> Any:
    """One task in a worker process, with Python's cyclic collector off while it runs. A worker
    keeps its language data, gazetteer, encoder and memo tables for its whole life: each full
    collection during a task walked all of them again (about a tenth of a story task's time over
    the benchmark corpus, benchmarks/run.py). After the task one collection over what is not frozen
    (what the task left alive, and its reference cycles, which are freed) and ``gc.freeze``: what
    survives a task is long-lived, and later collections no longer walk it (reference counting still
    frees it). The results do not depend on when the collector runs."""
    gc.disable()
    try:
        return fn(item)
    finally:
        gc.collect()
        gc.freeze()
        gc.enable()


class Engine:
    """Runs ``fn`` over items in this process (``jobs`` = 1)."""

    name = "local"

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for x in items:
            yield fn(x)

    def close(self) -> None:
        pass

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PoolEngine(Engine):
    """Worker processes (forked: they start with this process's loaded modules and data).

    Workers are started when work comes, no more than it needs: a run that adds one article gives
    one task to the per-article stage, and its story's task then goes to the same worker, whose
    language data the first task has loaded (a second worker would load it again, on the run's
    critical path). A later map with more tasks than workers starts the missing ones in a second
    pool, and its tasks are dealt to the pools in proportion to their workers."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.pools: list[tuple[ProcessPoolExecutor, int]] = []   # (pool, its workers)

    def _grow(self, tasks: int) -> None:
        have = sum(w for _, w in self.pools)
        want = min(self.jobs, tasks)
        if want > have:
            ctx = multiprocessing.get_context("fork")
            pool = ProcessPoolExecutor(max_workers=want - have, mp_context=ctx, initializer=_init_worker)
            self.pools.append((pool, want - have))

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """Every item is submitted now (the workers start while the caller goes on); the results come
        in the items' order."""
        items = list(items)
        self._grow(len(items))
        slots = [pool for pool, workers in self.pools for _ in range(workers)]
        futures = [slots[k % len(slots)].submit(_in_worker, fn, x) for k, x in enumerate(items)]
        return _in_order(futures, lambda: [f.cancel() for f in futures])

    def close(self) -> None:
        for pool, _ in self.pools:
            pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine(Engine):
    """Tasks on a Dask distributed cluster; the workers need this package installed."""

    name = "dask"

    def __init__(self, scheduler: str):
        try:
            from distributed import Client
        except ImportError as exc:
            raise UsageError("--engine dask needs the dask extra: pip install 'factcheck[dask]'") from exc
        try:
            self.client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT_S)
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        futures = [self.client.submit(fn, x, pure=False) for x in items]
        return _in_order(futures, lambda: self.client.cancel(futures))

    def close(self) -> None:
        self.client.close()


def _in_order(futures: list, cancel: Callable[[], Any]) -> Iterator[Any]:
    """The futures' results in order; those not yet taken are cancelled when the iteration stops."""
    try:
        for f in futures:
            yield f.result()
    finally:
        cancel()


def make_engine(engine: str = "local", jobs: int = 1, scheduler: str | None = None) -> Engine:
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1 (got {jobs})")
    if engine == "dask":
        if not scheduler:
            raise UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        return DaskEngine(scheduler)
    if scheduler:
        raise UsageError("--scheduler is for --engine dask")
    return PoolEngine(jobs) if jobs > 1 else Engine()


class Progress:
    """A progress bar on standard error, shown when it is a terminal, ``enabled`` and the run has
    lasted PROGRESS_DELAY_S; otherwise silent."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.monotonic()
        self.bar = None
        self.tasks: dict[str, tuple[int, int]] = {}   # name -> (done, total)
        self.ids: dict[str, Any] = {}

    def add(self, name: str, total: int) -> None:
        self.tasks[name] = (0, total)
        self._refresh()

    def advance(self, name: str, n: int = 1) -> None:
        done, total = self.tasks[name]
        self.tasks[name] = (done + n, total)
        self._refresh()

    def _refresh(self) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            if time.monotonic() - self.started < PROGRESS_DELAY_S:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn
            self.bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                           console=Console(stderr=True), transient=True)
            self.bar.start()
        for name, (done, total) in self.tasks.items():
            if name not in self.ids:
                self.ids[name] = self.bar.add_task(name, total=total)
            self.bar.update(self.ids[name], completed=done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
