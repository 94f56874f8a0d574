"""Issue 17, item 3: the ClaimReview JSON-LD is safe where publishers put it, inside
``<script type="application/ld+json">``: ``<``, ``>``, ``&`` (and U+2028/U+2029, DEL, C1 controls, bidi
overrides) are ``\\u`` escapes, so article text, notes, reviewer and publisher names can never close the
script block; ``--url`` accepts only http(s) URLs with a host."""
from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability_support import HOSTILE, SCRIPT, cli, hostile_base, stderr_of

# Characters the export must never write raw (the escaped JSON keeps them as \u sequences).
RAW_FOR_WEB = re.compile("[<>&\u2028\u2029\u007f-\u009f\u202a-\u202e\u2066-\u2069]")
PUBLISHER = f"Tri-County Desk {SCRIPT}"


class Scripts(HTMLParser):
    """The script elements of a page, as a browser's HTML tokenizer splits them."""

    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self.tags: list[str] = []
        self._in = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "script":
            self._in = True
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = False

    def handle_data(self, data):
        if self._in:
            self.blocks[-1] += data


def publisher_page(jsonld: str) -> str:
    return ("<!DOCTYPE html><html><head><title>check</title>"
            f'<script type="application/ld+json">{jsonld}</script></head><body><p>fact-check</p></body></html>')


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return hostile_base(tmp_path_factory.mktemp("web") / "cb")


@pytest.fixture(scope="module")
def exported(base):
    r = cli("export", "--claims", base, "--publisher", PUBLISHER, "--url", "https://news.example.org/checks/7")
    assert r.exit_code == 0, r.output
    return r.stdout


def test_export_writes_no_raw_html_or_control_characters(exported):
    assert RAW_FOR_WEB.findall(exported) == []
    assert "\\u003c/script\\u003e" in exported


def test_export_embedded_in_a_script_block_stays_one_block(exported):
    page = Scripts()
    page.feed(publisher_page(exported))
    assert page.tags == ["html", "head", "title", "script", "body", "p"]
    assert len(page.blocks) == 1
    items = json.loads(page.blocks[0])
    assert items == json.loads(exported)
    # the values are intact: escaping changed the spelling, not the text
    assert all(i["author"]["name"] == PUBLISHER for i in items)
    assert any(HOSTILE in i.get("reviewBody", "") for i in items)
    assert any(SCRIPT in i["claimReviewed"] for i in items)
    assert all(i["url"].startswith("https://news.example.org/checks/7#") for i in items)


# (--url, accepted?)
URLS = [
    ("https://news.example.org/checks", True),
    ("http://example.net/a?b=1&c=<2>", True),
    ("HTTPS://EXAMPLE.COM/", True),
    ("javascript:alert(1)", False),
    ("JavaScript:alert(1)//https://x.org", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("vbscript:msgbox(1)", False),
    ("file:///etc/passwd", False),
    ("//example.org/no-scheme", False),
    ("https://", False),
    ("http:/one-slash.org", False),
    ("https://exa mple.org/", False),
    (" https://example.org/", False),
    ("https://example.org/\u202eevil", False),
    ("https://example.org/\x1b[2J", False),
    ("", False),
]


@pytest.mark.parametrize("url,ok", URLS, ids=[repr(u) for u, _ in URLS])
def test_url_must_be_http_or_https(base, url, ok):
    r = cli("export", "--claims", base, "--url", url, "--publisher", PUBLISHER)
    if ok:
        assert r.exit_code == 0, r.output
        assert all(i["url"].startswith(url) for i in json.loads(r.stdout))
    else:
        assert r.exit_code == 2
        shown = repr(url).replace("\x1b", "\\x1b")
        assert stderr_of(r) == f"error: --url must be an http:// or https:// URL with a host, not {shown}\n"
        assert r.stdout == ""


# (an article's recorded path, whether the export links to it as the appearance's url)
ARTICLE_PATHS = [
    ("https://news.example.org/a1", True),
    ("http:// onmouseover=alert(1)", False),
    ("http://\u202eexample.org/", False),
    ("javascript:alert(1)", False),
    ("east_courier.txt", False),
]


@pytest.mark.parametrize("path,linked", ARTICLE_PATHS, ids=[repr(p) for p, _ in ARTICLE_PATHS])
def test_only_web_article_paths_become_urls(tmp_path, base, path, linked):
    root = shutil.copytree(base, tmp_path / "cb")
    art = root / "articles" / "east_courier.json"
    art.write_text(art.read_text(encoding="utf-8").replace('"path": "east_courier.txt"', f'"path": {json.dumps(path)}'),
                   encoding="utf-8")
    r = cli("export", "--claims", root, "--publisher", PUBLISHER, "--url", "https://news.example.org/checks/7")
    assert r.exit_code == 0, r.output
    urls = [a.get("url") for i in json.loads(r.stdout) for a in i["itemReviewed"]["appearance"]
            if a["identifier"] == "east_courier"]
    assert urls and urls == [path if linked else None] * len(urls)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                    max_leaves=12))
def test_web_json_is_the_same_value_with_nothing_raw(value):
    from factcheck.render.sanitize import web_json

    text = web_json(value)
    assert json.loads(text) == value
    assert RAW_FOR_WEB.findall(text) == []


def test_export_in_a_publisher_page_runs_nothing_in_chromium(exported, tmp_path):
    """The page a publisher builds around the export, loaded in headless chromium: one script element
    (the JSON-LD), no dialog opened, the JSON-LD parses back to the export."""
    browser_mod = pytest.importorskip("test_html_browser")
    if browser_mod.CHROMIUM is None:
        pytest.skip("chromium is not installed")
    page = tmp_path / "page.html"
    page.write_text(publisher_page(exported), encoding="utf-8")
    browser = browser_mod.Browser(tmp_path / "profile", tmp_path / "chromium.log")
    try:
        browser.load(page.as_uri())
        assert browser.eval("document.scripts.length") == 1
        assert json.loads(browser.eval("document.scripts[0].textContent")) == json.loads(exported)
        assert not any(e.get("method") == "Page.javascriptDialogOpening" for e in browser.events)
    finally:
        browser.close()
