"""The public API (factcheck/__init__.py) and the "one of each" rules of issue 14: one module writes
files (atomic.py), one writes the JSON report (report_json.py), one error handler and shared option
declarations for the command line (cli/common.py)."""
import io
import os
import re
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from conftest import ROOT

PACKAGE = ROOT / "factcheck"
INVENTED = ROOT / "tests" / "invented_quake"
# What a user of the library gets: exactly these names (the README's "Use it from Python" lists them).
PUBLIC = {"analyze", "load_articles", "Article", "ArticleInfo", "Claim", "Entity", "Finding", "Report", "Side",
          "StoryInfo", "FactcheckError", "InputError"}
# The only modules that may write files, and what each may do there.
WRITER_MODULE = "atomic.py"
# The command modules: none may catch FactcheckError itself or declare a shared option.
CLI_MODULES = ("cli/app.py", "cli/review.py", "cli/cache.py")


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _python(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=_env())


# -- the public API -------------------------------------------------------------------------------
def test_all_is_exactly_the_public_api_and_each_name_resolves():
    import factcheck
    assert set(factcheck.__all__) == PUBLIC
    assert len(factcheck.__all__) == len(PUBLIC)
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None, name
        assert name in dir(factcheck)
    assert issubclass(factcheck.InputError, factcheck.FactcheckError)


def test_an_unknown_name_is_an_attribute_error():
    import factcheck
    with pytest.raises(AttributeError, match="no attribute 'analyse'"):
        factcheck.analyse   # noqa: B018


def test_import_factcheck_loads_none_of_the_pipeline():
    code = "import sys, factcheck; print(sorted(m for m in sys.modules if m.startswith(('factcheck.', 'pydantic', 'numpy'))))"
    got = _python("-c", code)
    assert got.returncode == 0, got.stderr
    assert got.stdout.strip() == "[]"


@pytest.mark.parametrize("args, shown", [
    (["--help"], "Usage: python -m factcheck"),
    (["report", "--help"], "--claims"),
    (["--version"], "factcheck 0.1.0"),
])
def test_python_dash_m_factcheck(args, shown):
    got = _python("-m", "factcheck", *args)
    assert got.returncode == 0, got.stderr
    assert shown in got.stdout


def test_the_readme_example_runs():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"## Use it from Python\n.*?```python\n(.*?)```", text, re.S)
    assert found, "README: no ```python block under 'Use it from Python'"
    got = _python("-c", found.group(1))
    assert got.returncode == 0, got.stderr
    lines = got.stdout.splitlines()
    assert lines[-1] == "error: no-such-folder: no such file or directory"
    assert len(lines) > 1   # the seeds' contradictions


def test_analyze_takes_paths_or_articles():
    import factcheck
    from factcheck import pipeline
    by_path = factcheck.analyze(INVENTED, story_threshold=0.0)
    by_list = factcheck.analyze([str(INVENTED)], story_threshold=0.0)
    articles = factcheck.load_articles([INVENTED])
    by_articles = factcheck.analyze(articles)
    assert by_path == by_list
    assert by_articles == pipeline.analyze(articles)
    assert [c.id for c in by_path.claims] == [c.id for c in by_articles.claims]
    assert len(by_path.stories) == 1 and by_articles.stories == []
    with pytest.raises(TypeError, match="not both"):
        factcheck.analyze([articles[0], str(INVENTED)])
    with pytest.raises(factcheck.InputError):
        factcheck.analyze(INVENTED / "no-such-file.txt")


# -- one JSON report writer -----------------------------------------------------------------------
def test_the_streamed_report_and_the_report_object_write_the_same_bytes():
    from factcheck.feed import run as desk
    from factcheck.models import Report
    opts = desk.Options()
    held = desk.report([INVENTED], opts)
    out = io.BytesIO()
    desk.write_json(desk.start([INVENTED], opts), out)
    assert out.getvalue() == held.to_json().encode("utf-8")
    assert Report.model_validate_json(out.getvalue()) == held


@pytest.mark.parametrize("reviews, tail", [
    (None, b'"unassigned": []\n}\n'),
    ({"default": "unreviewed"}, b'"unassigned": [],\n"reviews": {"default": "unreviewed"}\n}\n'),
    (lambda parts: {"findings": len(parts)}, b'"reviews": {"findings": 2}\n}\n'),
])
def test_report_json_reviews_member(reviews, tail):
    from factcheck.render import json_report as report_json
    out = io.BytesIO()
    report_json.write(out, schema="s/1", articles=[], pieces=[(b'{"a":1}', b'{"f":1}'), (b"", b'{"f":2}')],
                      stories=[], unassigned=[], reviews=reviews)
    assert out.getvalue().endswith(tail)
    assert b'"claims": [\n{"a":1}\n]' in out.getvalue()
    assert b'"findings": [\n{"f":1},\n{"f":2}\n]' in out.getvalue()


# -- one writer of files ----------------------------------------------------------------------------
# Source patterns that write, rename or truncate a file (each row's example must be caught).
WRITES = [
    (r"os\.(replace|rename|truncate|ftruncate)\(", "os.replace(tmp, path)"),
    (r"shutil\.(copy\w*|move)\(", "shutil.copyfile(a, b)"),
    (r"\.write_(text|bytes)\(", 'path.write_text("x", encoding="utf-8")'),
    (r"\bopen\([^)]*['\"][rb+]*[wax][tb+]*['\"]", 'with open(path, "w") as fh:'),
    (r"\bopen\([^)]*['\"][rb+]*[wax][tb+]*['\"]", "with p.open('ab') as fh:"),
    (r"\bfdopen\([^)]*['\"][rb+]*[wax][tb+]*['\"]", 'os.fdopen(fd, "wb")'),
    (r"os\.open\([^)]*O_(WRONLY|TRUNC|APPEND)", "fd = os.open(p, os.O_WRONLY | os.O_CREAT)"),
    (r"\btempfile\.", "tempfile.mkstemp(dir=d)"),
]
# Lines that must not be caught: reading, and the lock file (opened read-write, never written).
READS = ['with open(path, "rb") as fh:', "path.open('rb')", "os.open(path, os.O_RDWR | os.O_CREAT, 0o644)",
         "data = path.read_text(encoding='utf-8')", "# os.replace in a comment"]


def _writes(line: str) -> list[str]:
    code = line.split("#", 1)[0]
    return [pattern for pattern, _ in WRITES if re.search(pattern, code)]


@pytest.mark.parametrize("pattern, example", WRITES)
def test_the_write_detector_catches(pattern, example):
    assert pattern in _writes(example)


@pytest.mark.parametrize("line", READS)
def test_the_write_detector_passes(line):
    assert _writes(line) == []


def test_only_atomic_py_writes_files():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == WRITER_MODULE and path.parent == PACKAGE:
            continue
        for k, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if _writes(line):
                offenders.append(f"{path.relative_to(ROOT)}:{k}: {line.strip()}")
    assert offenders == []


@pytest.mark.parametrize("content, expected", [("Dünya 7\n", "Dünya 7\n".encode()), (b"\x00\x01", b"\x00\x01"),
                                               (lambda fh: fh.write(b"streamed"), b"streamed")])
@pytest.mark.parametrize("durable", [True, False])
def test_atomic_write_text_bytes_or_stream(tmp_path, content, expected, durable):
    from factcheck import atomic
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    atomic.write(target, content, durable=durable)
    assert target.read_bytes() == expected
    assert atomic.stale_temporaries(target) == []


def test_atomic_write_leaves_the_old_file_when_the_writer_fails(tmp_path):
    from factcheck import atomic
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def broken(fh):
        fh.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic.write(target, broken)
    assert target.read_text(encoding="utf-8") == "old"
    assert atomic.stale_temporaries(target) == []


# -- the command line: one error handler, shared options ---------------------------------------------
def test_no_command_module_handles_library_errors_itself():
    for name in CLI_MODULES:
        text = (PACKAGE / name).read_text(encoding="utf-8")
        assert "except FactcheckError" not in text, name
        assert '"--claims"' not in text, name          # declared once: cli/common.py Claims
        assert '"--no-cache"' not in text, name        # cli/common.py NoCache
        assert '"--story-threshold"' not in text, name  # cli/common.py StoryThreshold


@pytest.mark.parametrize("raised, code, message", [
    ("usage", 2, "error: bad value 'x'\n"),
    ("data", 3, "error: lexicon.json: broken\n"),
    ("none", 0, ""),
])
def test_handles_errors_turns_a_library_error_into_its_line_and_exit_code(raised, code, message):
    from factcheck.cli.common import Claims, handles_errors
    from factcheck.errors import LanguageDataError, UsageError
    app = typer.Typer()

    @app.command()
    @handles_errors
    def run(claims: Claims = None) -> None:
        """A command that fails as told."""
        if raised == "usage":
            raise UsageError("bad value 'x'")
        if raised == "data":
            raise LanguageDataError("lexicon.json: broken")
        typer.echo(f"claims={claims}")

    got = CliRunner().invoke(app, ["--claims", "c"])
    assert got.exit_code == code
    assert got.stderr == message
    assert ("claims=c" in got.stdout) == (raised == "none")


def test_handles_errors_lets_other_errors_through():
    from factcheck.cli.common import handles_errors

    @handles_errors
    def run() -> None:
        raise KeyError("not a library error")

    with pytest.raises(KeyError):
        run()
