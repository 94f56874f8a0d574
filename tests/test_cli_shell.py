"""The CLI fits the shell (issue 16, item 5): --version, completion, choices in --help, -q, one name
for the claim base, environment variables, the project file, JSON of the editor commands, the walk's
Ctrl-C and empty Enter, the cache commands. Exact messages and exit codes; invented stories only."""
import json
import os
import re

import pytest

import factcheck
from factcheck.cli import common as cli_common
from factcheck.claimbase import editor, reviews as review, store

from conftest import write
from editor_support import STORY_A, STORY_B, cli


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """A project at tmp_path/desk with a claim base 'base' holding story A; the shell in desk/sub."""
    for var in ("FACTCHECK_CLAIMS", "FACTCHECK_REVIEWER"):
        monkeypatch.delenv(var, raising=False)
    d = tmp_path / "desk"
    (d / "sub").mkdir(parents=True)
    a = write(d, "a.txt", STORY_A)
    b = write(d, "b.txt", STORY_B)
    assert cli("extract", a, "--claims", d / "base", "--story", "talks").exit_code == 0
    monkeypatch.chdir(d / "sub")
    return d, a, b


def test_version():
    r = cli("--version")
    assert (r.exit_code, r.output) == (0, f"factcheck {factcheck.__version__}\n")


def test_completion_is_on():
    r = cli("--help")
    assert r.exit_code == 0
    assert "--install-completion" in r.output and "--show-completion" in r.output


@pytest.mark.parametrize("args,shown", [
    (["report"], "--format <table|markdown|json|html>"),
    (["report"], "--state <unreviewed|confirmed|disputed|false|needs-source|resolved>"),
    (["check"], "--fail-on <confirmed|contradiction|unsupported|never>"),
    (["check"], "--format <table|json>"),
    (["review", "list"], "--kind <claim|finding|contradiction|agreement|unsupported>"),
    (["review", "set"], "--state <unreviewed|confirmed|disputed|false|needs-source>"),
    (["extract"], "--format <text|json>"),
])
def test_choices_listed_in_help(args, shown):
    r = cli(*args, "--help")
    assert r.exit_code == 0
    assert shown in " ".join(r.output.split())


def test_choices_are_the_librarys():
    from factcheck.claimbase import check, export
    from factcheck.feed import engines as parallel
    from factcheck.render import report
    assert cli_common.REPORT_FORMATS == report.FORMATS
    assert (cli_common.CHECK_FORMATS, cli_common.FAIL_ON) == (check.FORMATS, check.FAIL_ON)
    assert (cli_common.REVIEW_STATES, cli_common.FILTER_STATES) == (review.REVIEW_STATES, review.FILTER_STATES)
    assert cli_common.LIST_KINDS == editor.LIST_KINDS
    assert (cli_common.EXPORT_FORMATS, cli_common.ENGINES) == (export.FORMATS, parallel.ENGINES)


@pytest.mark.parametrize("args,message", [
    (["review", "list", "--format", "xml"], "error: unknown format 'xml' (choose from table, json)\n"),
    (["review", "show", "f_x", "--format", "xml"], "error: unknown format 'xml' (choose from text, json)\n"),
    (["extract", "a.txt", "--format", "csv"], "error: unknown format 'csv' (choose from text, json)\n"),
    (["cache", "info", "--format", "csv"], "error: unknown format 'csv' (choose from text, json)\n"),
    (["cache", "prune", "--max-size", "lots"], "error: bad size 'lots' (a number of bytes, or with K, M, G or T: 500M, 1G)\n"),
])
def test_bad_choice_is_one_line_exit_2(desk, args, message):
    r = cli(*args)
    assert (r.exit_code, r.output) == (2, message)


def test_against_is_a_hidden_alias_of_claims(desk):
    d, a, b = desk
    assert "--against" not in cli("check", "--help").output
    old = cli("check", b, "--against", d / "base", "--format", "json")
    new = cli("check", b, "--claims", d / "base", "--format", "json")
    assert old.exit_code == new.exit_code == 0
    assert old.stdout == new.stdout


def test_extract_quiet_and_json(desk):
    d, a, b = desk
    r = cli("extract", b, "--claims", d / "base", "--story", "talks2", "-q")
    assert (r.exit_code, r.output) == (0, "")
    r = cli("extract", a, b, "--claims", d / "base", "--story", "talks", "--format", "json")
    assert r.exit_code == 0
    got = json.loads(r.stdout)
    assert got["schema"] == "factcheck.extract/1" and got["story"] == "talks" and got["articles"] == 2
    assert got["written"] == [str(d / "base" / "articles" / "b.json"), str(d / "base" / "stories" / "talks.json")]
    assert got["unchanged"] == [str(d / "base" / "articles" / "a.json")]


def test_environment_claims_honoured_by_every_command(desk, monkeypatch):
    d, a, b = desk
    monkeypatch.setenv("FACTCHECK_CLAIMS", str(d / "base"))
    monkeypatch.setenv("FACTCHECK_REVIEWER", "rosa")
    listed = json.loads(cli("review", "list", "--format", "json").stdout)
    assert listed["claims"] == str(d / "base") and listed["items"]
    cid = next(i["id"] for i in listed["items"] if i["kind"] == "claim")
    r = cli("review", "set", cid, "--state", "confirmed")
    assert (r.exit_code, r.output) == (0, f"{cid}: unreviewed -> confirmed (by rosa)\n")
    assert json.loads(cli("review", "show", cid, "--format", "json").stdout)["state"] == "confirmed"
    exported = cli("export", "--publisher", "Desk", "--url", "https://desk.example/checks")
    assert exported.exit_code == 0 and cid in exported.stdout
    assert cli("check", b, "--format", "json").exit_code in (0, 1)
    assert json.loads(cli("check", b, "--format", "json").stdout)["against"] == str(d / "base")
    r = cli("report", a, "--no-cache")
    assert r.exit_code == 0
    assert f"claim base: {d / 'base'} (from FACTCHECK_CLAIMS)\n" in r.output
    assert "claim base:" not in cli("report", a, "--no-cache", "-q").output
    assert cli("extract", b, "--story", "more").exit_code == 0
    assert (d / "base" / "stories" / "more.json").exists()
    assert cli("cache", "info", "--format", "json").exit_code == 0


def test_no_reviewer_anywhere(desk):
    d, a, b = desk
    cid = next(iter(store.load(d / "base").claims))
    r = cli("review", "set", cid, "--state", "false", "--claims", d / "base")
    assert r.exit_code == 2
    assert r.output == ("error: no reviewer: give --by NAME, or set $FACTCHECK_REVIEWER "
                        "or the project file's reviewer\n")


@pytest.mark.parametrize("name,text", [
    ("factcheck.toml", 'claims = "base"\nreviewer = "ines"\npublisher = "Harbour Desk"\nformat = "markdown"\n'),
    ("pyproject.toml", '[project]\nname = "x"\n[tool.factcheck]\nclaims = "base"\nreviewer = "ines"\n'
                       'publisher = "Harbour Desk"\nformat = "markdown"\n'),
])
def test_project_file_in_a_parent_directory(desk, name, text):
    d, a, b = desk
    cfg = write(d, name, text)
    cid = next(iter(store.load(d / "base").claims))
    r = cli("review", "set", cid, "--state", "confirmed")
    assert (r.exit_code, r.output) == (0, f"{cid}: unreviewed -> confirmed (by ines)\n")
    assert "Harbour Desk" in cli("export", "--url", "https://desk.example/checks").stdout
    r = cli("report", a, "--no-cache")
    assert r.exit_code == 0
    assert r.output.startswith(f"claim base: {d / 'base'} (from {cfg})\n")
    assert "# factcheck report" in r.stdout          # the project's default format
    assert cli("report", a, "--no-cache", "-f", "json").stdout.startswith("{")   # the option wins


def test_pyproject_without_the_table_is_passed_over(desk):
    d, a, b = desk
    write(d, "factcheck.toml", 'reviewer = "outer"\n')
    write(d / "sub", "pyproject.toml", '[project]\nname = "x"\n')
    cid = next(iter(store.load(d / "base").claims))
    r = cli("review", "set", cid, "--state", "false", "--claims", d / "base")
    assert r.output == f"{cid}: unreviewed -> false (by outer)\n"


@pytest.mark.parametrize("text,message", [
    ('claim = "base"\n', "unknown setting 'claim' (known: claims, publisher, reviewer, format, cache_max_size)"),
    ('reviewer = 3\n', "reviewer must be a non-empty string, not 3"),
    ('format = "xml"\n', None),
])
def test_bad_project_file(desk, text, message):
    d, a, b = desk
    cfg = write(d, "factcheck.toml", text)
    r = cli("report", a, "--no-cache")
    assert r.exit_code == 2
    if message is None:
        assert r.output == ("error: unknown format 'xml' (choose from table, markdown, json, html) "
                            f"(format in {cfg})\n")
    else:
        assert r.output == f"error: {cfg}: {message}\n"


def test_broken_toml(desk):
    d, a, b = desk
    cfg = write(d, "factcheck.toml", "claims = \n")
    r = cli("review", "list")
    assert r.exit_code == 2
    assert r.output.startswith(f"error: {cfg}: ")


def test_review_json_matches_the_table(desk):
    d, a, b = desk
    base = d / "base"
    listed = json.loads(cli("review", "list", "--claims", base, "--format", "json").stdout)
    table = cli("review", "list", "--claims", base).stdout
    assert [i["id"] for i in listed["items"]] == re.findall(r"^([cf]_[0-9a-f]+)", table, re.M)
    fid = next(i["id"] for i in listed["items"] if i["kind"] != "claim")
    shown = json.loads(cli("review", "show", fid, "--claims", base, "--format", "json").stdout)
    assert (shown["schema"], shown["target"], shown["finding"]["id"]) == ("factcheck.review.show/1", "finding", fid)
    assert all(c["context"]["text"] for c in shown["claims"])
    r = cli("review", "show", "f_000000000000", "--claims", base, "--format", "json")
    assert (r.exit_code, r.output) == (2, f"error: unknown id 'f_000000000000' (not a claim or finding in {base})\n")


def test_walk_ctrl_c_exits_130(desk, monkeypatch):
    d, a, b = desk
    from factcheck.cli import review as cli_review

    def interrupted(prompt):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_review, "stdin_is_terminal", lambda: True)
    monkeypatch.setattr("builtins.input", interrupted)
    write(d / "base", "../c.txt", STORY_B)
    assert cli("extract", d / "a.txt", d / "c.txt", "--claims", d / "base", "--story", "talks").exit_code == 0
    r = cli("review", "--by", "olga", "--claims", d / "base")
    assert r.exit_code == 130


def test_walk_empty_enter_asks_again(desk):
    d, a, b = desk
    root = d / "base"
    assert cli("extract", a, b, "--claims", root, "--story", "talks").exit_code == 0
    todo = editor.pending(store.load(root), review.Reviews.load(root))
    assert todo
    answers = iter(["", "  ", "c"] + ["q"] * len(todo))
    prompts = []
    res = editor.walk(root, "olga", ask=lambda p: (prompts.append(p), next(answers))[1], echo=lambda s: None)
    assert res.reviewed == 1 and res.skipped == 0
    assert len([p for p in prompts if p.startswith("[c]onfirm")]) >= 3
    assert review.Reviews.load(root).state(todo[0].id) == "confirmed"


def _entry(version, name, size, mtime):
    path = version / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    os.utime(path, (mtime, mtime))
    return path


def test_cache_info_prune_clear(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    c = tmp_path / "cache"
    old, new = c / "v3-0123456789abcdef", c / "v4-fedcba9876543210"
    files = [_entry(old, "articles/aa/1.work.json", 400, 1_000_000), _entry(new, "articles/bb/2.work.json", 300, 2_000_000),
             _entry(new, "stories/cc/3.story", 200, 3_000_000)]
    other = write(c, "notes.txt", "not the cache's")
    r = cli("cache", "info", "--cache", c, "--format", "json")
    got = json.loads(r.stdout)
    assert (got["files"], got["bytes"], got["versions"]) == (3, 900, [old.name, new.name])
    assert got["oldest"] == "1970-01-12T13:46:40Z"
    r = cli("cache", "prune", "--cache", c, "--max-size", "600")
    assert (r.exit_code, r.output) == (0, f"{c}: removed 1 file(s), 400 B; 500 B left (cap 600 B)\n")
    assert not files[0].exists() and files[1].exists() and not (old / "articles" / "aa").exists()
    r = cli("cache", "prune", "--cache", c, "--max-size", "0.3K")
    assert r.output == f"{c}: removed 1 file(s), 300 B; 200 B left (cap 300 B)\n"
    r = cli("cache", "clear", "--cache", c)
    assert (r.exit_code, r.output) == (0, f"{c}: removed 1 file(s), 200 B\n")
    assert other.exists() and sorted(p.name for p in c.iterdir()) == ["notes.txt"]


def test_report_keeps_the_cache_under_the_project_cap(desk):
    d, a, b = desk
    write(d, "factcheck.toml", 'claims = "base"\ncache_max_size = "1"\n')
    r = cli("report", a, b, "-q")
    assert r.exit_code == 0, r.output
    got = json.loads(cli("cache", "info", "--format", "json").stdout)
    assert got["bytes"] <= 1 and got["directory"] == str(d / "base" / ".cache")
