"""Shared inputs of the scale tests: a small mixed corpus (the seeds and the two shared stories)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

STORIES = ROOT.parent / "shared" / "stories"
DERNA = STORIES / "derna_floods_2023"
AIR_INDIA = STORIES / "air_india_ai171_crash_2025"

needs_stories = pytest.mark.skipif(not (DERNA.is_dir() and AIR_INDIA.is_dir()),
                                   reason="../shared/stories is not beside the repository")


def mixed_corpus(dest: Path) -> Path:
    """One directory holding the seeds and the two shared stories' articles (.txt only)."""
    dest.mkdir(parents=True, exist_ok=True)
    for src in list(SEEDS.glob("*.txt")) + list(DERNA.glob("*.txt")) + list(AIR_INDIA.glob("*.txt")):
        shutil.copy(src, dest / src.name)
    return dest


def expected_stories() -> list[set[str]]:
    return [{p.stem for p in SEEDS.glob("*.txt")}, {p.stem for p in AIR_INDIA.glob("*.txt")},
            {p.stem for p in DERNA.glob("*.txt")}]
