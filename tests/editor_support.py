"""Shared helpers of the editor tests (claim base, reviews, HTML, check): not a test module."""
from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from conftest import ROOT

# A two-article English story: B places the talks in Ankara, A in Istanbul (a place contradiction).
STORY_A = """April 10, 2025

Russia and the United States began a new round of talks in Istanbul on Thursday, April 10, 2025.
The Russian delegation was led by Ambassador Alexander Darchiev.
"""
STORY_B = """April 11, 2025

The talks between Russia and the United States were held in Ankara on April 10, 2025.
The Russian delegation was led by Alexander Darchiev, who is expected to become ambassador.
"""
NEW_ARTICLE = ROOT / "docs" / "examples" / "005_new_article.txt"

runner = CliRunner()


def cli(*args):
    from factcheck.cli.app import app
    return runner.invoke(app, [str(a) for a in args])


def copy_base(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def build_seeds_base(root: Path, seeds_report) -> Path:
    """The seeds' claim base from the session's pipeline run (no second run)."""
    from factcheck.claimbase import extraction
    from factcheck.ingest import load as ingest
    from conftest import SEEDS
    extraction.save(root, ingest.load_articles([SEEDS]), seeds_report, "seeds")
    return root


def contradiction(base, prop: str, reason_part: str = ""):
    return next(f for f in base.findings.values()
                if f.kind == "contradiction" and f.property == prop and reason_part in f.reason)


class SessionEditor:
    """Answers the interactive walk as the README's editor does, whatever the order of the findings:
    Darchiev holds the post (the side without "expected" is right), the State Department's denial of
    normalization is right (the negated side), and any other contradiction is confirmed with a note."""

    NOTE = "both titles appear in official statements"

    def __init__(self, root: Path):
        from factcheck.claimbase import store
        self.base = store.load(root)
        self.current = None
        self.pending: list[str] = []

    def echo(self, text: str) -> None:
        if text.startswith("finding f_"):
            self.current = self.base.findings[text.split()[1]]
            self.pending = []

    def ask(self, prompt: str) -> str:
        if self.pending:
            return self.pending.pop(0)
        f = self.current
        values = [s.value for s in f.sides]
        if f.property == "role" and "expected" in f.reason:
            return "ab"[next(k for k, v in enumerate(values) if "(expected" not in v)]
        if f.property == "aim":
            return "ab"[next(k for k, v in enumerate(values) if "not)" in v or ", not" in v)]
        self.pending = [self.NOTE, "c"]
        return "n"

    def walk(self, root: Path):
        from factcheck.claimbase import editor
        return editor.walk(root, "alice", ask=self.ask, echo=self.echo)
