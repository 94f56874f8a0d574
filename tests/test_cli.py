"""CLI: exact messages and exit codes for bad input; the formats on a small invented story."""
import json
import os

import pytest
from typer.testing import CliRunner

from factcheck.cli.app import app

from conftest import write

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_help_lists_report():
    r = run("--help")
    assert r.exit_code == 0
    assert "report" in r.output


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    r = run("report", missing)
    assert r.exit_code == 2
    assert r.output == f"error: {missing}: no such file or directory\n"


def test_empty_directory(tmp_path):
    r = run("report", tmp_path)
    assert r.exit_code == 2
    assert r.output == (f"error: {tmp_path}: no articles in this directory "
                        "(looked for .txt, .md, .html, .htm, .json, .jsonl)\n")


def test_not_utf8_read_as_windows_1256(tmp_path):
    """A Windows-1256 Arabic file is detected and read (was refused before encodings were detected)."""
    p = tmp_path / "a.txt"
    p.write_bytes("قال وزير الخارجية إن الاجتماع سيعقد في إسطنبول يوم الخميس.".encode("cp1256"))
    r = run("report", p, "--format", "json")
    assert r.exit_code == 0, r.output
    assert "إسطنبول" in r.stdout


def test_undecidable_encoding(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"Caf\xe9 \xc7\xe1\n")  # 'Café Çá' in Windows-1252, 'Café ال' in Windows-1256
    r = run("report", p)
    assert r.exit_code == 2
    assert r.output == (f"error: {p}: cannot decide the encoding: not UTF-8, and windows-1252 and "
                        "windows-1256 read it equally well (save it as UTF-8)\n")


def test_empty_article(tmp_path):
    p = write(tmp_path, "a.txt", "  \n\n ")
    r = run("report", p)
    assert r.exit_code == 2
    assert r.output == f"error: {p}: empty article\n"


def test_unknown_format(tmp_path):
    p = write(tmp_path, "a.txt", "The meeting was held in Paris on Monday.")
    r = run("report", p, "--format", "xml")
    assert r.exit_code == 2
    from factcheck.render.report import FORMATS
    assert "json" in FORMATS and "table" in FORMATS
    assert r.output == f"error: unknown format 'xml' (choose from {', '.join(FORMATS)})\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    p = write(tmp_path, "a.txt", "text")
    p.chmod(0)
    r = run("report", p)
    assert r.exit_code == 2
    assert r.output == f"error: {p}: cannot read file (permission denied)\n"


def test_out_into_missing_directory(tmp_path):
    p = write(tmp_path, "a.txt", "The meeting was held in Paris on Monday.")
    out = tmp_path / "no" / "r.json"
    r = run("report", p, "--format", "json", "--out", out)
    assert r.exit_code == 2
    assert r.output == f"error: {out}: directory {out.parent} does not exist\n"


def test_json_out_file(tmp_path, seeds_report):
    from conftest import SEEDS
    out = tmp_path / "r.json"
    r = run("report", SEEDS, "--format", "json", "--out", out)
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "factcheck.report/1"
    assert [a["id"] for a in data["articles"]] == [a.id for a in seeds_report.articles]


def test_table_lists_contradictions_first():
    from conftest import SEEDS
    r = run("report", SEEDS)
    assert r.exit_code == 0
    first = r.output.index("Contradictions")
    assert first < r.output.index("Agreements") < r.output.index("Single-source statements")
