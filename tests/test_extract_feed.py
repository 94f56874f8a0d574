"""Issue 16, item 3: ``extract`` on a feed groups the articles into stories as ``report`` does and
writes one story file per story (named after the story's label, or ``--story`` for a single story),
with ``--jobs``, the cache and the progress bar (``-q`` silences it). Invented stories: a town's new
library, a rail tunnel's collapse, and a bakery's prize that fits neither."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from typer.testing import CliRunner

from factcheck.feed import extract as feed
from factcheck.claimbase import store
from factcheck.feed.extract import label_name, unique

runner = CliRunner()


def cli(*args):
    from factcheck.cli.app import app
    return runner.invoke(app, [str(a) for a in args])


def stderr_of(result) -> str:
    """Standard error of a CliRunner result (click >= 8.2 keeps it apart; older ones mix it in)."""
    try:
        return result.stderr
    except ValueError:
        return result.output

FEED = {
    "eastwick_post.txt": "May 6, 2021\n\nThe town of Eastwick opened a new public library on Monday, May 3, 2021.\n"
                         "The Eastwick library holds 30,000 books, mayor Clara Ostrow said.\n",
    "eastwick_herald.txt": "May 7, 2021\n\nThe new public library of Eastwick, opened by mayor Clara Ostrow on "
                           "May 3, 2021, holds 35,000 books, officials said.\n",
    "verrano_daily.txt": "October 12, 2022\n\nA rail tunnel collapsed near Verrano on Tuesday, October 11, 2022, "
                         "trapping 14 miners, the Verrano fire brigade said.\nRescuers from Tolmezzo reached the "
                         "site by night.\n",
    "verrano_times.txt": "October 13, 2022\n\nThe Verrano rail tunnel collapse on October 11, 2022 trapped 12 "
                         "miners, Tolmezzo rescuers said.\nThe Verrano fire brigade led the search.\n",
    "holmfirth_crumb.txt": "March 1, 2019\n\nA bakery in Holmfirth won first prize for its rye loaf at the "
                           "county show, judges said.\n",
}
LONE = "holmfirth_crumb"


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    for name, text in FEED.items():
        (tmp_path / "corpus" / name).write_text(text, encoding="utf-8")
    return tmp_path / "corpus"


def _stories(root: Path) -> dict[str, list[str]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))["articles"] for p in sorted((root / "stories").glob("*.json"))}


def _base(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.json"))
            if ".cache" not in p.relative_to(root).parts}


def test_a_feed_becomes_one_story_file_per_story_as_report_groups_them(corpus):
    rep = json.loads(cli("report", "corpus", "--format", "json", "--no-cache", "-q").stdout)
    expected = {label_name(s["label"], "?"): s["articles"] for s in rep["stories"]}
    expected.update({a: [a] for a in rep["unassigned"]})
    assert len(rep["stories"]) == 2 and rep["unassigned"] == [LONE]
    r = cli("extract", "corpus", "--claims", "claims", "-f", "json")
    assert r.exit_code == 0, r.output
    assert _stories(Path("claims")) == expected
    out = json.loads(r.stdout)
    assert [s["story"] for s in out["stories"]] == [*[label_name(s["label"], "?") for s in rep["stories"]], LONE]
    assert sum(s["articles"] for s in out["stories"]) == len(FEED)
    # again: nothing changes
    again = json.loads(cli("extract", "corpus", "--claims", "claims", "-f", "json").stdout)
    assert all(s["written"] == [] for s in again["stories"])


def test_the_text_output_lists_every_story(corpus):
    r = cli("extract", "corpus", "--claims", "claims")
    assert r.exit_code == 0
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("claims: story ")]
    assert len(lines) == 3
    assert lines[-1] == f"claims: story '{LONE}': 1 articles, {_claims_of(LONE)} claims, " \
                        f"{_findings_of(LONE)} findings; 2 files written, 0 unchanged"


def _claims_of(story: str) -> int:
    arts = json.loads((Path("claims") / "stories" / f"{story}.json").read_text(encoding="utf-8"))["articles"]
    return sum(len(json.loads((Path("claims") / "articles" / f"{a}.json").read_text(encoding="utf-8"))["claims"])
               for a in arts)


def _findings_of(story: str) -> int:
    return len(json.loads((Path("claims") / "stories" / f"{story}.json").read_text(encoding="utf-8"))["findings"])


def test_story_option_makes_the_whole_feed_one_story(corpus):
    r = cli("extract", "corpus", "--story", "morning", "--claims", "claims", "-q")
    assert (r.exit_code, r.stdout) == (0, "")
    assert _stories(Path("claims")) == {"morning": sorted(Path(n).stem for n in FEED)}


def test_one_story_is_named_after_its_folder(corpus, tmp_path):
    one = tmp_path / "eastwick"
    one.mkdir()
    for name in ("eastwick_post.txt", "eastwick_herald.txt"):
        (one / name).write_text(FEED[name], encoding="utf-8")
    assert cli("extract", "eastwick", "--claims", "claims", "-q").exit_code == 0
    assert _stories(Path("claims")) == {"eastwick": ["eastwick_herald", "eastwick_post"]}


def test_jobs_and_the_cache_give_the_same_base(corpus, tmp_path):
    assert cli("extract", "corpus", "--claims", "one", "--no-cache", "-q").exit_code == 0
    assert not (Path("one") / ".cache").exists()
    assert cli("extract", "corpus", "--claims", "two", "--jobs", "2", "-q").exit_code == 0
    assert (Path("two") / ".cache").is_dir()                 # the base's own cache from its first extract
    assert cli("extract", "corpus", "--claims", "two", "--jobs", "2", "-q").exit_code == 0   # from the cache
    assert _base(Path("one")) == _base(Path("two"))


@pytest.mark.parametrize("args,enabled", [([], True), (["-q"], False), (["--quiet"], False)])
def test_the_progress_bar_follows_quiet(corpus, monkeypatch, args, enabled):
    from factcheck.feed import engines as parallel
    made = []
    real = parallel.Progress

    def spy(on=True):
        made.append(on)
        return real(on)

    monkeypatch.setattr(parallel, "Progress", spy)
    assert cli("extract", "corpus", "--claims", "claims", *args).exit_code == 0
    assert made == [enabled]


def test_a_bad_story_name_is_refused_before_any_work(corpus):
    r = cli("extract", "corpus", "--story", ".hidden", "--claims", "claims")
    assert r.exit_code == 2
    assert stderr_of(r) == "error: bad story name '.hidden' (letters, digits, '_', '-', '.'; not starting with '.')\n"
    assert not Path("claims").exists()


def test_the_library_call_returns_one_result_per_story(corpus):
    results = feed.extract([corpus], Path("claims"), options=feed.desk.Options(cache=None))
    assert [r.articles for r in results] == [2, 2, 1]
    assert store.load(Path("claims")).stories.keys() == {r.story for r in results}


# (a story's label, the story name made of it)
LABELS = [
    ("Eastwick · library · 2021-05-03", "Eastwick_library_2021-05-03"),
    ("مكتبة · كتب", "مكتبة_كتب"),
    ("  · .. · ", "fallback"),
    ("", "fallback"),
    ("a/b\\c:d", "a_b_c_d"),
    (".hidden · name", "hidden_name"),
    ("x" * 200, "x" * feed.MAX_LABEL_NAME_CHARS),
]


@pytest.mark.parametrize("label,name", LABELS)
def test_label_names(label, name):
    assert label_name(label, "fallback") == name


@given(st.text(max_size=300))
def test_a_label_name_is_always_a_valid_story_name(label):
    name = label_name(label, "fallback")
    assert store.STORY_NAME.fullmatch(name)
    assert len(name) <= feed.MAX_LABEL_NAME_CHARS


UNIQUE = [
    ("tunnel", set(), "tunnel"),
    ("tunnel", {"tunnel"}, "tunnel-2"),
    ("tunnel", {"tunnel", "tunnel-2"}, "tunnel-3"),
]


@pytest.mark.parametrize("name,used,expected", UNIQUE)
def test_unique_names(name, used, expected):
    used = set(used)
    assert unique(name, used) == expected
    assert expected in used
