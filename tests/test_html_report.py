"""The HTML report as a file: self-contained, escaped, right-to-left where the text is, with review
states and history (the browser test is test_html_browser.py)."""
import re

import pytest

from factcheck.claimbase import reviews as review, store

from conftest import SEEDS, write
from editor_support import STORY_A, STORY_B, cli

HOSTILE = STORY_A.replace(
    "in Istanbul on Thursday",
    "in Istanbul <script>document.title='PWNED'</script> on Thursday").replace(
    "Alexander Darchiev.", "Alexander Darchiev <img src=x onerror=\"document.title='PWNED'\"> & \"friends\".")


@pytest.fixture
def hostile_html(tmp_path):
    a = write(tmp_path, "a.txt", HOSTILE)
    b = write(tmp_path, "b.txt", STORY_B)
    root = tmp_path / "claims"
    assert cli("extract", a, b, "--claims", root).exit_code == 0
    base = store.load(root)
    place = next(c for c in base.claims.values() if c.property == "place" and c.article == "a")
    review.set_state(root, place.id, "confirmed", "<b>mallory</b>", note="<script>alert(1)</script>")
    out = tmp_path / "r.html"
    r = cli("report", a, b, "--claims", root, "--format", "html", "--out", out)
    assert r.exit_code == 0, r.output
    return out.read_text(encoding="utf-8"), place


def test_article_text_is_escaped(hostile_html):
    page, _ = hostile_html
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;document.title=&#x27;PWNED&#x27;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;document.title=&#x27;PWNED&#x27;&quot;&gt; &amp; &quot;friends&quot;." in page
    assert "&lt;b&gt;mallory&lt;/b&gt;" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_self_contained(hostile_html):
    page, _ = hostile_html
    assert re.findall(r"<[^>]*\ssrc\s*=", page) == []  # no tag loads anything
    hrefs = re.findall(r'<a [^>]*href="([^"]*)"', page)
    ids = set(re.findall(r'\sid="([^"]*)"', page))
    assert hrefs and all(h.startswith("#") and h[1:] in ids for h in hrefs)  # links within the page only
    assert "http://" not in page and "https://" not in page
    assert "@import" not in page and "url(" not in page
    assert "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';" in page


def test_quote_highlighted_in_its_paragraph_with_state_and_history(hostile_html):
    page, place = hostile_html
    block = page[page.index(f'<div class="claim" id="{place.id}">'):]
    block = block[: block.index("</div></div>") if "</div></div>" in block else len(block)]
    assert f"<mark>{place.quote}</mark>" in page
    assert '<span class="badge st-confirmed">confirmed</span>' in block
    assert "&lt;b&gt;mallory&lt;/b&gt;</b> unreviewed → confirmed" in page


def test_contradictions_first_and_grouped(hostile_html):
    page, _ = hostile_html
    c, a, u = (page.index(f'<details class="kind" id="{k}"') for k in ("contradiction", "agreement", "unsupported"))
    assert c < a < u
    assert page.index('<article class="finding contradiction"') < page.index('<article class="finding agreement"')


@pytest.fixture(scope="module")
def seeds_html(tmp_path_factory):
    out = tmp_path_factory.mktemp("h") / "seeds.html"
    r = cli("report", SEEDS, "--format", "html", "--out", out, "--claims", tmp_path_factory.mktemp("empty"))
    assert r.exit_code == 0, r.output
    return out.read_text(encoding="utf-8")


def test_arabic_text_right_to_left(seeds_html):
    assert seeds_html.count('<blockquote dir="rtl" lang="ar">') > 10
    assert '<p class="reason" dir="auto">' in seeds_html


def test_every_claim_of_every_finding_is_shown_with_article_and_date(seeds_html, seeds_report):
    for f in seeds_report.findings:
        assert f'id="{f.id}"' in seeds_html
    assert '<a class="id" href="#art-004_ddc587dfb9686f8d">004_ddc587dfb9686f8d</a> · <time>2025-04-10</time>' in seeds_html
    assert '<span class="outlet" dir="auto">الشرق<small> (guessed)</small></span>' in seeds_html


def test_state_filter_for_html(tmp_path):
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "b.txt", STORY_B)
    out = tmp_path / "r.html"
    r = cli("report", a, b, "--format", "html", "--state", "confirmed", "--out", out, "--claims", tmp_path / "none")
    assert r.exit_code == 2
    assert r.output == f"error: {tmp_path / 'none'}: no claim base here (run: factcheck extract ARTICLES --claims {tmp_path / 'none'})\n"
