"""The HTML report in a real headless browser (Debian's chromium, driven over the DevTools protocol
on a pipe): it renders without console errors, runs no script (not even one an article smuggles in),
loads nothing, shows Arabic right-to-left; the screenshot is what docs/report.png shows.

Set FACTCHECK_UPDATE_SCREENSHOT=1 to refresh docs/report.png from this test."""
import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest


from conftest import ROOT, write
from editor_support import STORY_B, SessionEditor, build_seeds_base, cli
from test_html_report import HOSTILE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
# Seconds to wait for one DevTools answer or event (a page loads in well under a second).
CDP_TIMEOUT_S = 30
VIEWPORT = {"width": 1280, "height": 1500, "deviceScaleFactor": 1, "mobile": False}
# The DevTools pipe is file descriptors 3 (commands in) and 4 (answers out) of the browser.
PIPE_IN, PIPE_OUT = 3, 4
HIGH_FD = 10
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-extensions", "--disable-sync",
         "--disable-dev-shm-usage",
         "--remote-debugging-pipe"]


class Browser:
    """A minimal DevTools-protocol client over --remote-debugging-pipe (NUL-separated JSON)."""

    def __init__(self, profile: Path, log: Path):
        to_child_r, self._w = os.pipe()
        self._r, from_child_w = os.pipe()

        def wire():  # in the child: the pipe ends become fds 3 and 4
            a = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, HIGH_FD)
            b = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, HIGH_FD)
            os.dup2(a, PIPE_IN)
            os.dup2(b, PIPE_OUT)
            os.set_inheritable(PIPE_IN, True)
            os.set_inheritable(PIPE_OUT, True)

        self._log = open(log, "wb")
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                     preexec_fn=wire, close_fds=False, stdin=subprocess.DEVNULL,
                                     stdout=self._log, stderr=self._log)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []
        page = next(t for t in self.send("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            self.page(f"{domain}.enable")
        self.page("Emulation.setDeviceMetricsOverride", **VIEWPORT)

    def _recv(self) -> dict:
        deadline = time.monotonic() + CDP_TIMEOUT_S
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._r], [], [], left)[0]:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self._r, 1 << 20)
            if not chunk:
                raise EOFError("chromium closed the DevTools pipe")
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method: str, session: str | None = None, **params) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        while True:
            m = self._recv()
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def page(self, method: str, **params) -> dict:
        return self.send(method, session=self.session, **params)

    def load(self, url: str) -> None:
        self.events.clear()
        self.page("Page.navigate", url=url)
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self._recv())

    def eval(self, expression: str):
        res = self.page("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in res, res
        return res["result"].get("value")

    def errors(self) -> list[str]:
        out = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown":
                out.append(p["exceptionDetails"].get("text", "exception"))
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
                out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif m == "Log.entryAdded" and p["entry"]["level"] in ("error", "warning"):
                out.append(p["entry"]["text"])
        return out

    def screenshot(self) -> bytes:
        return base64.b64decode(self.page("Page.captureScreenshot", format="png")["data"])

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (EOFError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(timeout=CDP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._w)
        os.close(self._r)
        self._log.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    d = tmp_path_factory.mktemp("chromium")
    b = Browser(d / "profile", d / "chromium.log")
    yield b
    b.close()


def test_harness_sees_console_errors_and_csp_violations(browser, tmp_path):
    """Control: the same checks do catch an error, and a script the policy blocks."""
    p = write(tmp_path, "bad.html", "<!DOCTYPE html><title>x</title><script>console.error('boom')</script>")
    browser.load(p.as_uri())
    assert "boom" in browser.errors()
    p = write(tmp_path, "csp.html", "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" "
                                    "content=\"default-src 'none'\"><title>x</title><script>document.title='ran'</script>")
    browser.load(p.as_uri())
    assert browser.eval("document.title") == "x"
    assert any("Content Security Policy" in e for e in browser.errors())


def test_hostile_article_runs_nothing(browser, tmp_path):
    a = write(tmp_path, "a.txt", HOSTILE)
    b = write(tmp_path, "b.txt", STORY_B)
    out = tmp_path / "hostile.html"
    r = cli("report", a, b, "--format", "html", "--out", out, "--claims", tmp_path)
    assert r.exit_code == 0, r.output
    browser.load(out.as_uri())
    assert browser.errors() == []
    assert browser.eval("document.title") == "factcheck report"
    assert browser.eval("document.scripts.length") == 0
    assert browser.eval("document.images.length") == 0
    assert "<script>document.title='PWNED'</script>" in browser.eval("document.body.innerText")


def test_seeds_report_renders_reviews_rtl_and_is_screenshotted(browser, seeds_report, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the page shows the paths as given: seeds/...
    root = build_seeds_base(tmp_path / "claims", seeds_report)
    SessionEditor(root).walk(root)
    out = tmp_path / "report.html"
    r = cli("report", "seeds", "--format", "html", "--out", out, "--claims", root)
    assert r.exit_code == 0, r.output
    browser.load(out.as_uri())
    assert browser.errors() == []
    assert browser.eval("document.scripts.length") == 0
    assert browser.eval("performance.getEntriesByType('resource').length") == 0  # nothing loaded
    assert browser.eval("getComputedStyle(document.querySelector('blockquote')).direction") == "rtl"
    assert browser.eval("getComputedStyle(document.querySelector('h1')).direction") == "ltr"
    assert browser.eval("document.querySelectorAll('.finding.contradiction').length") == \
        sum(f.kind == "contradiction" for f in seeds_report.findings)
    assert browser.eval("document.querySelectorAll('.finding.contradiction .st-resolved').length") == 2
    assert browser.eval("document.querySelectorAll('mark').length") >= len(seeds_report.findings)
    first = browser.eval("document.querySelector('.finding').getBoundingClientRect().top")
    assert 0 < first < VIEWPORT["height"]  # the first contradiction is on the first screen
    # the CSS-only state filter: "resolved" hides every other finding
    browser.eval("document.getElementById('show-resolved').click()")
    shown = browser.eval("[...document.querySelectorAll('.finding')].filter(e => e.offsetParent !== null).length")
    assert shown == 2
    browser.eval("document.getElementById('show-all').click()")
    png = browser.screenshot()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    (tmp_path / "report.png").write_bytes(png)
    if os.environ.get("FACTCHECK_UPDATE_SCREENSHOT"):
        (ROOT / "docs" / "report.png").write_bytes(png)
