"""Issue 15, item 5: the HTML report as the editor's desk. A title with the story and the time the
report stands at (given, or the newest article's: never the clock, so runs are byte-identical); a list
of stories; one permanent anchor per finding and per claim; the outlet and a link (http(s) only) for
every quote; section counts that follow the state filter; a print stylesheet; a large feed kept small
(the browser side: test_html_browser.py)."""
from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys

import html_support
import pytest
from conftest import ROOT, SEEDS
from editor_support import cli
from hypothesis import given
from hypothesis import strategies as st

from factcheck.render import html, html_head, html_style
from factcheck.errors import UsageError
from factcheck.models import (
    ArticleInfo,
    Claim,
    Finding,
    Report,
    Review,
    Side,
    StoryInfo,
)
from factcheck.claimbase.reviews import Reviews

UTC = dt.timezone.utc
ID = re.compile(r'\sid="([^"]*)"')
HREF = re.compile(r'<a [^>]*href="([^"]*)"')
MAX_BYTES = 3_000_000   # the bound for a feed of 1,000 articles
INVENTED = [ROOT / "tests" / d for d in ("invented_quake", "invented_vote", "invented_mixed")]


def _page(tmp_path, *paths, extra=()):
    out = tmp_path / "r.html"
    (tmp_path / "empty").mkdir(exist_ok=True)   # a claim base without reviews
    r = cli("report", *paths, "--format", "html", "--out", out, "--claims", tmp_path / "empty", *extra)
    if r.exit_code != 0:
        raise AssertionError(r.output)
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory):
    return _page(tmp_path_factory.mktemp("seeds"), SEEDS, extra=["--no-cache"])


@pytest.fixture(scope="module")
def feed_page(tmp_path_factory):
    return _page(tmp_path_factory.mktemp("feed"), *INVENTED, extra=["--no-cache"])


# --- anchors and links ---------------------------------------------------------------------------

def test_every_finding_and_claim_has_exactly_one_anchor(seeds_page, seeds_report):
    ids = ID.findall(seeds_page)
    assert len(ids) == len(set(ids))   # no id twice, though a claim may sit in several findings
    want = {f.id for f in seeds_report.findings} | {c.id for c in seeds_report.claims}
    assert want <= set(ids)


def test_every_link_points_into_the_page(seeds_page):
    ids = set(ID.findall(seeds_page))
    hrefs = HREF.findall(seeds_page)
    assert hrefs and [h for h in hrefs if not (h.startswith("#") and h[1:] in ids)] == []


def test_a_feed_lists_its_stories_with_anchors(feed_page):
    nav = re.search(r'<nav class="stories".*?</nav>', feed_page).group(0)
    targets = re.findall(r'href="#(story-[^"]+)"', nav)
    assert len(targets) == len(INVENTED)
    for t in targets:
        assert f'<details class="story" id="{t}" open>' in feed_page
    assert "(3 stories)</title>" in feed_page


def test_one_story_has_no_story_list(seeds_page):
    assert '<nav class="stories"' not in seeds_page
    assert "<title>factcheck report: seeds (" in seeds_page


URL_ROWS = [  # (the article's URL, whether the outlet links to it)
    ("https://news.example/2031/ferry?x=1&y=2", True),
    ("http://harbour.example/lanterns", True),
    ("javascript:alert(1)", False),
    ("ftp://harbour.example/f.txt", False),
    ("data:text/html,hi", False),
    ("//harbour.example/x", False),
    ("https://exa mple.org/x", False),
    ("https://harbour.example/\u202eevil", False),
]


@pytest.mark.parametrize("url, linked", URL_ROWS)
def test_outlet_links_only_web_urls(url, linked):
    rec = ArticleInfo(id="k1", path="k1.txt", published=None, language="en", outlet="Velmora Post", url=url)
    out = html.outlet_html(rec)
    assert ("href=" in out) == linked
    assert "Velmora Post" in out
    if linked:
        assert f'href="{html_head.e(url)}"' in out


# --- the title and the time the report stands at -------------------------------------------------

def _art(id: str, day: dt.date | None = None, at: dt.datetime | None = None) -> ArticleInfo:
    return ArticleInfo(id=id, path=f"desk/{id}.txt", published=day, published_at=at, language="en")


GENERATED_ROWS = [  # (given time, articles, what the page says)
    (dt.datetime(2031, 5, 1, 9, 30, tzinfo=UTC), [_art("k1", dt.date(2030, 1, 1))],
     ['datetime="2031-05-01T09:30:00+00:00"', "(given by --generated)"]),
    (None, [_art("k1", at=dt.datetime(2030, 3, 2, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
            _art("k2", at=dt.datetime(2030, 3, 2, 7, 30, tzinfo=UTC))],
     ['datetime="2030-03-02T07:30:00+00:00"', "newest article's publication time: <code>k2</code>"]),
    (None, [_art("k1", dt.date(2030, 3, 1)), _art("k2", dt.date(2030, 3, 4)), _art("k3")],
     ["<time>2030-03-04</time>", "<code>k2</code>"]),
    (None, [_art("k1", dt.date(2030, 3, 4)), _art("k2", at=dt.datetime(2030, 3, 4, 1, 0, tzinfo=UTC))],
     ["<code>k2</code>"]),
    (None, [_art("k1"), _art("k2")], ["an unknown time", "--generated gives one"]),
]


@pytest.mark.parametrize("given_time, articles, says", GENERATED_ROWS)
def test_generation_time_is_given_or_the_newest_article(given_time, articles, says):
    out = html_head.generated_html(articles, given_time)
    for s in says:
        assert s in out


PARSE_ROWS = [  # (--generated, the time, or None for an error)
    ("2031-05-01T09:30:00Z", dt.datetime(2031, 5, 1, 9, 30, tzinfo=UTC)),
    ("2031-05-01T09:30:00+02:00", dt.datetime(2031, 5, 1, 7, 30, tzinfo=UTC)),
    ("2031-05-01 09:30", dt.datetime(2031, 5, 1, 9, 30, tzinfo=UTC)),
    ("2031-05-01", dt.datetime(2031, 5, 1, tzinfo=UTC)),
    ("next Tuesday", None),
    ("", None),
    ("2031-13-01", None),
]


@pytest.mark.parametrize("text, when", PARSE_ROWS)
def test_parse_generated(text, when):
    if when is None:
        with pytest.raises(UsageError):
            html_head.parse_generated(text)
    else:
        assert html_head.parse_generated(text) == when


def test_generated_option_on_the_command_line(tmp_path):
    page = _page(tmp_path, *INVENTED[:1], extra=["--no-cache", "--generated", "2031-05-01T09:30:00Z"])
    assert "(given by --generated)" in page and 'datetime="2031-05-01T09:30:00+00:00"' in page
    r = cli("report", *INVENTED[:1], "--format", "html", "--out", tmp_path / "x.html", "--generated", "soon")
    assert r.exit_code == 2
    assert "error: --generated: not an ISO 8601 time: 'soon'" in r.output
    assert not (tmp_path / "x.html").exists()


TITLE_ROWS = [  # (article paths, story labels, title)
    (["desk/a.txt", "desk/b.txt"], ["Velmora · ferries"], "factcheck report: desk (Velmora · ferries)"),
    (["desk/a.txt", "desk/b.txt"], ["x", "y"], "factcheck report: desk (2 stories)"),
    (["desk/a.txt", "post/b.txt"], ["Velmora"], "factcheck report (Velmora)"),
    (["a.txt"], [""], "factcheck report"),
    (["-"], [], "factcheck report"),
]


@pytest.mark.parametrize("paths, labels, title", TITLE_ROWS)
def test_title_names_the_story(paths, labels, title):
    arts = [ArticleInfo(id=f"k{i}", path=p, published=None, language="en") for i, p in enumerate(paths)]
    assert html_head.page_title(arts, labels) == title


def test_same_input_same_bytes_whatever_the_hash_seed(tmp_path):
    pages = []
    for seed in ("1", "3"):
        out = tmp_path / f"r{seed}.html"
        subprocess.run([sys.executable, "-m", "factcheck.cli", "report", *map(str, INVENTED), "--format", "html",
                        "--no-cache", "--quiet", "--out", str(out)], env=dict(os.environ, PYTHONHASHSEED=seed),
                       check=True, capture_output=True, cwd=tmp_path)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


# --- counts that follow the filter -----------------------------------------------------------------

COUNT_ROWS = [  # (items' states, the number each choice shows)
    ([], {"all": 0, "confirmed": 0}),
    ([{"unreviewed"}], {"all": 1, "unreviewed": 1, "confirmed": 0}),
    ([{"unreviewed", "confirmed"}, {"false"}, {"unreviewed"}], {"all": 3, "unreviewed": 2, "confirmed": 1,
                                                               "false": 1, "resolved": 0}),
]


def _shown(counts: str, choice: str) -> int:
    m = re.search(rf'<b class="n-{choice}">(\d+)</b>', counts)
    return int(m.group(1)) if m else 0   # the stylesheet shows 0 when the choice has no number


@pytest.mark.parametrize("states, shown", COUNT_ROWS)
def test_counts_per_choice(states, shown):
    out = html_head.counts_html(states)
    for choice, n in shown.items():
        assert _shown(out, choice) == n


@given(st.lists(st.sets(st.sampled_from(html_style.CHOICES[1:]), min_size=1), max_size=30))
def test_count_of_a_choice_is_the_number_of_items_it_shows(states):
    out = html_head.counts_html(states)
    assert _shown(out, "all") == len(states)
    for choice in html_style.CHOICES[1:]:
        assert _shown(out, choice) == sum(choice in s for s in states)


def test_every_choice_has_a_filter_and_a_count_rule():
    css = html_style.stylesheet()
    for choice in html_style.CHOICES:
        assert f"#show-{choice}:checked) .n>.n-{choice}{{display:inline}}" in css
    assert "@media print{" in css and "nav.filters,nav.stories{display:none}" in css


# --- a large feed ------------------------------------------------------------------------------------

def _claim(n: int, article: str, quote: str = "nine ferries left Velmora") -> Claim:
    return Claim(id=f"c_{n}", article=article, start=0, end=len(quote), quote=quote, property="quantity:count",
                 value=str(n))


CLAIMS = [_claim(n, "north" if n % 2 else "south") for n in range(1, 12)]
FINDINGS = [
    Finding(id="f_clash", kind="contradiction", claims=["c_1", "c_2"], reason="different count", confidence=0.85,
            sides=[Side(value="1", claims=["c_1"]), Side(value="2", claims=["c_2"])]),
    Finding(id="f_ag1", kind="agreement", claims=["c_3", "c_4"], reason="same count", confidence=0.85),
    Finding(id="f_ag2", kind="agreement", claims=["c_5", "c_6"], reason="same count", confidence=0.85),
    Finding(id="f_un1", kind="unsupported", claims=["c_7"], reason="only north", confidence=0.6),
    Finding(id="f_un2", kind="unsupported", claims=["c_8"], reason="only south", confidence=0.6),
    Finding(id="f_un3", kind="unsupported", claims=["c_9"], reason="only north", confidence=0.6),
]   # c_10, c_11: in no finding
SMALL = Report(articles=[ArticleInfo(id=a, path=f"desk/{a}.txt", published=None, language="en") for a in ("north", "south")],
               claims=CLAIMS, findings=FINDINGS)
REVIEWED = Reviews.of([Review(id="c_9", target="claim", state="confirmed", previous="unreviewed", by="ed",
                              at=dt.datetime(2031, 1, 1, tzinfo=UTC))])


def _render(rep: Report, reviews: Reviews | None = None, state: str | None = None) -> str:
    return html.render(rep, lambda c: ("Before it, " + c.quote + ", after it.", 11, 11 + len(c.quote)), {},
                       reviews, state=state)


BRIEF_ROWS = [  # (id, anchored in a large feed with BRIEF_FIRST = 1)
    ("f_clash", True), ("c_1", True), ("c_2", True),        # contradictions: always in full
    ("f_ag1", True), ("c_3", True), ("f_ag2", False), ("c_5", False),   # the first agreement
    ("f_un1", True), ("f_un2", False), ("f_un3", True), ("c_9", True),  # the first, and the reviewed one
    ("c_10", True), ("c_11", False),                                     # claims in no finding
]


@pytest.mark.parametrize("id, anchored", BRIEF_ROWS)
def test_a_large_feed_lists_the_first_few_and_every_reviewed_one(monkeypatch, id, anchored):
    monkeypatch.setattr(html, "BRIEF_ABOVE_CLAIMS", 0)
    monkeypatch.setattr(html, "BRIEF_FIRST", 1)
    page = _render(SMALL, REVIEWED)
    assert (f' id="{id}"' in page) == anchored
    assert "1 more, not reviewed" in page


def test_a_small_report_anchors_everything():
    page = _render(SMALL, REVIEWED)
    assert {f.id for f in FINDINGS} | {c.id for c in CLAIMS} <= set(ID.findall(page))
    assert "more, not reviewed" not in page


def test_state_option_keeps_the_matching_findings_and_claims():
    page = _render(SMALL, REVIEWED, state="confirmed")
    ids = set(ID.findall(page))
    assert {"f_un3", "c_9"} <= ids and not ids & {"f_clash", "f_ag1", "c_10", "c_11"}


def test_a_feed_of_1000_articles_stays_under_3_mb():
    rep, context = html_support.feed(1000)
    page = html.render(rep, html_support.context_of(context), {})
    assert len(page.encode()) < MAX_BYTES
    ids = set(ID.findall(page))
    full = [f for f in rep.findings if f.kind == "contradiction"]
    assert {f.id for f in full} | {c for f in full for c in f.claims} <= ids
    assert len(re.findall(r'<details class="story" id="story-S\d+">', page)) == len(rep.stories)   # folded


# --- anchors: a property over invented reports -------------------------------------------------------

KIND_LIST = ["contradiction", "update", "agreement", "unsupported"]


@st.composite
def reports(draw):
    """A report of 2-4 articles, some claims, findings of every kind over any claims (a claim may sit in
    several findings, or in none), in one story or several, and some reviews."""
    n_art = draw(st.integers(2, 4))
    arts = [ArticleInfo(id=f"k{a}", path=f"desk/k{a}.txt", published=None, language=draw(st.sampled_from(["en", "ar"])))
            for a in range(n_art)]
    n_claims = draw(st.integers(1, 14))
    claims = [_claim(n, f"k{draw(st.integers(0, n_art - 1))}", quote=f"lantern count {n} at Velmora")
              for n in range(n_claims)]
    findings = []
    for k in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(KIND_LIST))
        ids = draw(st.lists(st.sampled_from([c.id for c in claims]), min_size=1, max_size=3, unique=True))
        sides = [Side(value=str(i), claims=[c]) for i, c in enumerate(ids)] if kind in ("contradiction", "update") else []
        findings.append(Finding(id=f"f_{k}", kind=kind, claims=ids, sides=sides, reason=kind, confidence=0.5))
    stories = []
    if draw(st.booleans()):   # one story per article pair, findings to the story of their first claim
        by_art = {c.id: c.article for c in claims}
        for s in range(0, n_art, 2):
            members = [a.id for a in arts[s:s + 2]]
            stories.append(StoryInfo(id=f"S{s // 2 + 1}", label="Velmora", articles=members,
                                     findings=[f.id for f in findings if by_art[f.claims[0]] in members]))
    reviewed = draw(st.lists(st.sampled_from([c.id for c in claims] + [f.id for f in findings]), unique=True, max_size=4))
    history = [Review(id=i, target="claim" if i.startswith("c_") else "finding", state="confirmed",
                      previous="unreviewed", by="ed", at=dt.datetime(2031, 1, 1, tzinfo=UTC)) for i in reviewed]
    return Report(articles=arts, claims=claims, findings=findings, stories=stories), Reviews.of(history)


@given(reports(), st.booleans())
def test_anchors_are_unique_resolve_and_cover_what_an_editor_acts_on(drawn, brief):
    rep, reviews = drawn
    page = html.render(rep, lambda c: (c.quote, 0, len(c.quote)), {}, reviews, brief=brief)
    ids = ID.findall(page)
    assert len(ids) == len(set(ids))
    assert [h for h in HREF.findall(page) if not (h.startswith("#") and h[1:] in ids)] == []
    must = {f.id for f in rep.findings if f.kind in html.FULL_KINDS}
    must |= {c for f in rep.findings if f.kind in html.FULL_KINDS for c in f.claims}
    must |= {i for i in reviews.by_id}   # every reviewed claim and finding (what ClaimReview points at)
    if not brief:
        must |= {f.id for f in rep.findings} | {c.id for c in rep.claims}
    assert must <= set(ids)
