"""One way for the generators in tools/ to write their top-level fields into a hand-kept JSON data
file (a lexicon, a values file) without reformatting the rest of it, and to check it in --check mode."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def rewritten(text: str, fields: dict[str, object]) -> str:
    """The data file's text with each of ``fields`` on one line of its own, replacing the line that
    holds the key or added before the closing brace; every other line is kept as written."""
    lines = text.rstrip("\n").split("\n")
    for key, value in fields.items():
        line = f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},"
        at = next((k for k, ln in enumerate(lines) if ln.startswith(f"  {json.dumps(key)}:")), None)
        if at is not None:
            lines[at] = line if lines[at].endswith(",") else line[:-1]
        else:
            close = len(lines) - 1   # the final "}"
            if not lines[close - 1].endswith(","):
                lines[close - 1] += ","
            lines[close:close] = [line[:-1]]
    return "\n".join(lines) + "\n"


def update(path: Path, fields: dict[str, object], check: bool) -> bool:
    """Write ``fields`` into the data file at ``path`` (with ``check``: only compare). True when the file
    differs from what the fields make it (it is then rewritten unless ``check``)."""
    text = path.read_text(encoding="utf-8")
    new = rewritten(text, fields)
    json.loads(new)   # still one JSON object (raises on a file the line edits broke)
    if new == text:
        return False
    if not check:
        path.write_text(new, encoding="utf-8")
    return True


def exit_code(stale: bool, check: bool, what: str) -> int:
    """A generator's exit status: 1 (with a one-line message) when ``check`` found ``what`` stale."""
    if check and stale:
        print(f"{what} differs from what the tool writes", file=sys.stderr)
        return 1
    return 0
