"""The HTML report of a large feed (issue 15, item 5): its size and how long headless chromium takes to
open it; printed, not asserted (the browser test asserts the size bound on an invented feed).

    python benchmarks/html_size.py [--n 1000] [--work DIR] [--jobs 2] [--stories DIR] [--loads 3]
                                   [--screenshot PNG]

The feed is benchmarks/make_corpus.py's (N articles over N/6 stories); it is written once into the
work directory and reused. ``factcheck report --format html`` renders it (no cache); chromium (Debian's
/usr/bin/chromium, over the DevTools pipe of tests/browser_support.py) loads the page ``--loads``
times and the median load time (navigation start to the end of the load event) is printed.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
import make_corpus  # noqa: E402  (a sibling script)
from browser_support import CHROMIUM, Browser  # noqa: E402  (the tests' DevTools client)

N = 1000
JOBS = 2
LOADS = 3
# The bounds for a feed of 1,000 articles.
MAX_BYTES = 3_000_000
MAX_LOAD_MS = 2000
# The shared stories make_corpus.py draws its English and mixed templates from (it looks for them beside
# the repository; --stories points elsewhere, e.g. from a git worktree).
CORPUS_STORIES = {"crash": "air_india_ai171_crash_2025", "floods": "derna_floods_2023"}


def corpus(n: int, work: Path, stories: Path | None) -> Path:
    out = work / f"corpus-{n}"
    if out.is_dir() and any(out.iterdir()):
        return out
    if stories is not None:
        for family, name in CORPUS_STORIES.items():
            make_corpus.SOURCES[family] = sorted((stories / name).glob("*.txt"))
    make_corpus.make(n, out)
    return out


def render(feed: Path, out: Path, jobs: int) -> float:
    t0 = time.monotonic()
    subprocess.run([sys.executable, "-m", "factcheck.cli", "report", str(feed), "--format", "html", "--out", str(out),
                    "--no-cache", "--quiet", "--jobs", str(jobs)], check=True, cwd=ROOT)
    return time.monotonic() - t0


def load_ms(page: Path, loads: int, screenshot: Path | None = None) -> tuple[float, list[str]]:
    """The median load time of ``page`` over ``loads`` loads, and the console errors of the last."""
    with tempfile.TemporaryDirectory() as d:
        b = Browser(Path(d) / "profile", Path(d) / "chromium.log")
        try:
            times = []
            for _ in range(loads):
                b.load(page.as_uri())
                times.append(b.load_ms())
            if screenshot is not None:
                screenshot.write_bytes(b.screenshot())
            return statistics.median(times), b.errors()
        finally:
            b.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=N, help="articles in the feed")
    ap.add_argument("--work", type=Path, default=HERE / "results", help="where the feed and the page are written")
    ap.add_argument("--jobs", type=int, default=JOBS)
    ap.add_argument("--stories", type=Path, default=None, help="the shared stories directory (make_corpus.py's templates)")
    ap.add_argument("--loads", type=int, default=LOADS, help="page loads to take the median of")
    ap.add_argument("--screenshot", type=Path, default=None, help="also save the page's first screen here (PNG)")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    feed = corpus(args.n, args.work, args.stories)
    page = args.work / f"report-{args.n}.html"
    seconds = render(feed, page, args.jobs)
    size = page.stat().st_size
    text = page.read_text(encoding="utf-8")
    row = {"articles": args.n, "bytes": size, "max_bytes": MAX_BYTES, "render_s": round(seconds, 1),
           "finding_anchors": text.count('id="f_'), "claim_anchors": text.count('id="c_')}
    if CHROMIUM is None:
        row["load_ms"] = None
        print("chromium is not installed: no load time", file=sys.stderr)
    else:
        ms, errors = load_ms(page, args.loads, args.screenshot)
        row.update(load_ms=round(ms), max_load_ms=MAX_LOAD_MS, console_errors=len(errors))
    print("| " + " | ".join(row) + " |")
    print("|" + "---:|" * len(row))
    print("| " + " | ".join(f"{v:,}" if isinstance(v, int) else str(v) for v in row.values()) + " |")
    print(json.dumps(row), file=sys.stderr)
    within = size < MAX_BYTES and (row["load_ms"] is None or row["load_ms"] < MAX_LOAD_MS)
    print(f"{'within' if within else 'OVER'} the bounds ({MAX_BYTES:,} bytes, {MAX_LOAD_MS} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
