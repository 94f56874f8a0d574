"""The bad-input table: each case is a `factcheck report` run, its exact standard error and exit code.

Placeholders in ``args`` and ``stderr``: ``{dir}`` is this directory (the committed inputs), ``{tmp}``
a fresh temporary directory where ``setup`` makes the inputs that cannot be committed (a 50 MB file, a
FIFO, a dangling symlink, an empty directory, a file without read permission). Every message is one
line per input; no case may print a traceback. Driven by tests/test_ingest_bad_inputs.py.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

# The 50 MB case: ten times the default --max-bytes (5,000,000), written in 1 MiB chunks.
BIG_BYTES = 50 * 1024 * 1024
BIG_CHUNK = 1024 * 1024
# The limit named in every refusal of an oversized input.
LIMIT = "the 5,000,000-byte limit per article (raise it with --max-bytes)"
NO_ARTICLES = "no articles in this directory (looked for .txt, .md, .html, .htm, .json, .jsonl)"
PNG = "binary file, not text (PNG image)"
GOOD_RECORD = b'{"id": "derna-1", "text": "At least 5,300 people were killed in Derna, officials said."}\n'


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    stderr: str  # exact, without the final newline; several lines for --skip-invalid runs
    exit_code: int = 2
    setup: Callable[[Path], None] | None = None
    stdin: bytes | None = None
    stdout_has: tuple[str, ...] = ()  # what the report must show when the run goes on
    needs_non_root: bool = False  # permission bits do not stop root


def _big(tmp: Path) -> None:
    line = b"At least 5,300 people were killed when two dams collapsed above Derna, officials said.\n"
    chunk = line * (BIG_CHUNK // len(line) + 1)
    with (tmp / "big.txt").open("wb") as f:
        left = BIG_BYTES
        while left:
            f.write(chunk[:min(left, BIG_CHUNK)])
            left -= min(left, BIG_CHUNK)


def _fifo(tmp: Path) -> None:
    os.mkfifo(tmp / "pipe.txt")


def _dangling(tmp: Path) -> None:
    (tmp / "gone.txt").symlink_to(tmp / "nowhere.txt")


def _empty_dir(tmp: Path) -> None:
    (tmp / "empty").mkdir()


def _unreadable(tmp: Path) -> None:
    p = tmp / "locked.txt"
    p.write_text("At least 5,300 people were killed in Derna.\n", encoding="utf-8")
    p.chmod(0)


def _dir_with_fifo(tmp: Path) -> None:
    d = tmp / "story"
    d.mkdir()
    (d / "a.txt").write_text("At least 5,300 people were killed in Derna, officials said on Wednesday.\n",
                             encoding="utf-8")
    os.mkfifo(d / "b.txt")


CASES = [
    Case("empty file", ("{dir}/empty.txt",), "error: {dir}/empty.txt: empty file (0 bytes)"),
    Case("whitespace only", ("{dir}/whitespace.txt",), "error: {dir}/whitespace.txt: empty article"),
    Case("binary (PNG bytes)", ("{dir}/binary.txt",), f"error: {{dir}}/binary.txt: {PNG}"),
    Case("undecidable encoding", ("{dir}/undecidable.txt",),
         "error: {dir}/undecidable.txt: cannot decide the encoding: not UTF-8, and windows-1252 and windows-1256 "
         "read it equally well (save it as UTF-8)"),
    Case("truncated UTF-8", ("{dir}/truncated.txt",),
         "error: {dir}/truncated.txt: truncated UTF-8: the text ends inside a character (byte 136)"),
    Case("50 MB text", ("{tmp}/big.txt",), f"error: {{tmp}}/big.txt: file is 52,428,800 bytes, over {LIMIT}",
         setup=_big),
    Case("record over --max-bytes", ("{dir}/duplicate_ids.jsonl", "--max-bytes", "60"),
         "error: {dir}/duplicate_ids.jsonl: line 1: record is larger than the 60-byte limit per article "
         "(raise it with --max-bytes)"),
    Case("HTML page with no article body", ("{dir}/no_body.html",),
         "error: {dir}/no_body.html: no article body found in the HTML page (no line of 6 words or more outside "
         "navigation, comments and related links)"),
    Case("invalid JSON Lines", ("{dir}/invalid.jsonl",),
         "error: {dir}/invalid.jsonl: line 2: invalid JSON (Expecting ',' delimiter at column 18)"),
    Case("invalid JSON Lines on stdin", ("-",), "error: <stdin>: line 2: invalid JSON (Expecting value at column 1)",
         stdin=GOOD_RECORD + b"not json\n"),
    Case("record missing text", ("{dir}/missing_text.jsonl",),
         "error: {dir}/missing_text.jsonl: line 1: record has no 'text' field (required: id, text)"),
    Case("text not a string", ("{dir}/text_not_string.json",),
         "error: {dir}/text_not_string.json: 'text' must be a string, not an array"),
    Case("published not ISO 8601", ("{dir}/bad_published.jsonl",),
         "error: {dir}/bad_published.jsonl: line 1: 'published' is not an ISO 8601 date or date-time ('13/09/2023')"),
    Case("id unsafe as a file name", ("{dir}/unsafe_id.jsonl",),
         "error: {dir}/unsafe_id.jsonl: line 1: id '../../etc/passwd' must be letters, digits, '_', '-' or '.' "
         "(at most 128, not starting with '.' or '-'): it names the claim-base file"),
    Case("front matter date not ISO 8601", ("{dir}/bad_front_matter.md",),
         "error: {dir}/bad_front_matter.md: front matter line 2: 'published' is not an ISO 8601 date or date-time "
         "('last Tuesday')"),
    Case("duplicate article ids", ("{dir}/duplicate_ids.jsonl",),
         "error: {dir}/duplicate_ids.jsonl: line 2: duplicate article id 'derna-1' "
         "(also {dir}/duplicate_ids.jsonl: line 1)"),
    Case("duplicate ids across a file and stdin", ("{dir}/one_bad/a.txt", "-"),
         "error: {dir}/one_bad/a.txt: duplicate article id 'a' (also <stdin>: line 1)",
         stdin=b'{"id": "a", "text": "At least 6,000 people were killed in Derna, officials said."}\n'),
    Case("directory with no articles", ("{dir}/no_articles",), f"error: {{dir}}/no_articles: {NO_ARTICLES}"),
    Case("empty directory", ("{tmp}/empty",), f"error: {{tmp}}/empty: {NO_ARTICLES}", setup=_empty_dir),
    Case("missing path", ("{tmp}/nope.txt",), "error: {tmp}/nope.txt: no such file or directory"),
    Case("unreadable: dangling symlink", ("{tmp}/gone.txt",),
         "error: {tmp}/gone.txt: broken symbolic link (its target {tmp}/nowhere.txt does not exist)", setup=_dangling),
    Case("unreadable: a FIFO named like an article", ("{tmp}/pipe.txt",),
         "error: {tmp}/pipe.txt: not a regular file (a FIFO)", setup=_fifo),
    Case("unreadable: no read permission", ("{tmp}/locked.txt",),
         "error: {tmp}/locked.txt: cannot read file (permission denied)", setup=_unreadable, needs_non_root=True),
    Case("directory with one bad file", ("{dir}/one_bad",), f"error: {{dir}}/one_bad/c.txt: {PNG}"),
    Case("directory with one bad file, --skip-invalid", ("{dir}/one_bad", "--skip-invalid"),
         f"skipped: {{dir}}/one_bad/c.txt: {PNG}", exit_code=0, stdout_has=("5,300", "6,000")),
    Case("directory with a FIFO, --skip-invalid", ("{tmp}/story", "--skip-invalid"),
         "skipped: {tmp}/story/b.txt: not a regular file (a FIFO)", exit_code=0, setup=_dir_with_fifo,
         stdout_has=("5,300",)),
    Case("bad records skipped, good ones kept", ("-", "--skip-invalid"),
         "skipped: <stdin>: line 2: invalid JSON (Expecting property name enclosed in double quotes at column 2)\n"
         "skipped: <stdin>: line 3: record has no 'text' field (required: id, text)",
         exit_code=0, stdin=GOOD_RECORD + b"{\n" + b'{"id": "x"}\n', stdout_has=("5,300",)),
    Case("everything skipped", ("{dir}/empty.txt", "{dir}/binary.txt", "--skip-invalid"),
         f"skipped: {{dir}}/binary.txt: {PNG}\n"
         "skipped: {dir}/empty.txt: empty file (0 bytes)\n"
         "error: no articles to compare: all 2 input(s) were skipped"),
]
