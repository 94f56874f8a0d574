"""The bad-input suite (tests/bad_inputs/cases.py) through the real CLI: exact stderr, exit code, no traceback."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bad_inputs.cases import BIG_BYTES, CASES, LIMIT, Case, _big
from factcheck.cli.app import app

from conftest import ROOT

BAD = Path(__file__).resolve().parent / "bad_inputs"

runner = CliRunner()


def _fill(text: str, tmp: Path) -> str:
    return text.replace("{dir}", str(BAD)).replace("{tmp}", str(tmp))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(case: Case, tmp_path, monkeypatch):
    if case.needs_non_root and os.geteuid() == 0:
        pytest.skip("root reads files without read permission (the FIFO and symlink cases cover root)")
    monkeypatch.chdir(tmp_path)  # no ./claims here: no claim base, no work cache from earlier runs
    if case.setup is not None:
        case.setup(tmp_path)
    args = ["report", *(_fill(a, tmp_path) for a in case.args)]
    r = runner.invoke(app, args, input=case.stdin)
    assert isinstance(r.exception, SystemExit) or r.exception is None, r.exception
    assert "Traceback" not in r.output
    assert r.stderr == _fill(case.stderr, tmp_path) + "\n"
    assert r.exit_code == case.exit_code
    for text in case.stdout_has:
        assert text in r.stdout
    if case.exit_code:
        assert r.stdout == ""


def test_messages_are_one_line_each():
    for case in CASES:
        assert all(line.startswith(("error: ", "skipped: ")) for line in case.stderr.split("\n")), case.name


def test_fifo_and_big_file_with_a_work_cache(tmp_path, monkeypatch):
    """With a claim base (so a work cache) a FIFO is neither read nor waited on, and a 50 MB file is not read."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("At least 5,300 people were killed in Derna, officials said.\n", encoding="utf-8")
    os.mkfifo(story / "b.txt")
    r = runner.invoke(app, ["report", str(story)])
    assert (r.exit_code, r.stderr) == (2, f"error: {story / 'b.txt'}: not a regular file (a FIFO)\n")
    r = runner.invoke(app, ["report", str(story), "--skip-invalid"])
    assert (r.exit_code, r.stderr) == (0, f"skipped: {story / 'b.txt'}: not a regular file (a FIFO)\n")
    (story / "b.txt").unlink()
    _big(story)
    r = runner.invoke(app, ["report", str(story)])
    assert (r.exit_code, r.stderr) == (2, f"error: {story / 'big.txt'}: file is 52,428,800 bytes, over {LIMIT}\n")


# Peak memory of a real process refusing an input, in kB (VmHWM: /proc's high-water mark of this
# process image; getrusage's ru_maxrss would include the pytest parent's peak, kept across exec).
PEAK_PROBE = ("import sys\n"
              "from factcheck.cli.app import app\n"
              "try:\n"
              "    app(['report', sys.argv[1]])\n"
              "except SystemExit as exc:\n"
              "    hwm = [ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM:')][0]\n"
              "    print(hwm, exc.code)\n")
# Refusing the 50 MB file may cost at most this much more memory than refusing an empty file (the
# CLI's own imports): reading the file would cost 50 MB, decoding it 100 MB more.
REFUSAL_EXTRA_KB = 10_000


def _peak_kb(path: Path, cwd: Path) -> tuple[int, str, str]:
    r = subprocess.run([sys.executable, "-c", PEAK_PROBE, str(path)], capture_output=True, text=True, cwd=cwd,
                       timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    kb, code = r.stdout.split()
    return int(kb), code, r.stderr


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc for the peak memory")
def test_big_file_refused_by_the_real_command_in_little_memory(tmp_path):
    """The 50 MB case through a real process: refused before reading; its peak memory is measured."""
    _big(tmp_path)
    big = tmp_path / "big.txt"
    assert big.stat().st_size == BIG_BYTES
    peak, code, err = _peak_kb(big, tmp_path)
    assert (code, err) == ("2", f"error: {big}: file is 52,428,800 bytes, over {LIMIT}\n")
    baseline, _, _ = _peak_kb(BAD / "empty.txt", tmp_path)
    assert peak - baseline < REFUSAL_EXTRA_KB, (peak, baseline)


def test_stdin_through_a_real_process():
    """'-' reads JSON Lines from the real standard input of the installed entry point."""
    records = (b'{"id": "a", "text": "At least 5,300 people were killed in Derna, officials said on Wednesday."}\n'
               b'{"id": "b", "text": "At least 6,000 people were killed in Derna, officials said on Thursday."}\n')
    r = subprocess.run([sys.executable, "-m", "factcheck.cli", "report", "-", "--format", "json"],
                       input=records, capture_output=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    assert [a["id"] for a in json.loads(r.stdout)["articles"]] == ["a", "b"]


def test_bad_input_through_a_real_process():
    r = subprocess.run([sys.executable, "-m", "factcheck.cli", "report", str(BAD / "one_bad")],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    expected = f"error: {BAD / 'one_bad' / 'c.txt'}: binary file, not text (PNG image)\n"
    assert (r.returncode, r.stdout, r.stderr) == (2, "", expected)
