"""Per-language knowledge, loaded lazily from ``factcheck/data/<lang>.<part>.json``.

Library code never spells out words of a language: cue words, month names, number words, titles,
negation and modality markers all come from these files, read once on first use.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import LanguageDataError

DATA_PACKAGE = "factcheck.data"
# A language is supported when its lexicon is in the data folder: adding one is data, not code.
LEXICON_SUFFIX = ".lexicon.json"


@lru_cache(maxsize=1)
def supported() -> tuple[str, ...]:
    """The languages with a data folder entry (``data/<code>.lexicon.json``), sorted."""
    names = [p.name for p in resources.files(DATA_PACKAGE).iterdir()]
    return tuple(sorted(n[: -len(LEXICON_SUFFIX)] for n in names if n.endswith(LEXICON_SUFFIX)))


@lru_cache(maxsize=1)
def data_files() -> frozenset[str]:
    """The names of the files in the data folder."""
    return frozenset(p.name for p in resources.files(DATA_PACKAGE).iterdir())


def load(lang: str, part: str) -> dict[str, Any]:
    """The JSON object in ``data/<lang>.<part>.json``. Raises LanguageDataError if missing/broken."""
    return load_file(f"{lang}.{part}.json")


@lru_cache(maxsize=None)
def load_file(name: str) -> dict[str, Any]:
    """The JSON object in ``data/<name>`` (read once)."""
    try:
        raw = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LanguageDataError(f"no language data file {name}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LanguageDataError(f"{name}: line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise LanguageDataError(f"{name}: top level must be an object")
    return data


@lru_cache(maxsize=None)
def measures(kind: str) -> frozenset[str]:
    """The measure names (of the lexicons' ``measures``) that ``measures.json`` lists under ``kind``:
    "evolving" (tolls: they change as a story develops) or "standing" (a city's population)."""
    return frozenset(load_file("measures.json").get(kind, []))


def measure_dimension(name: str) -> str:
    """The dimension a measure's figures have (``measures.json`` "dimensions"; counts by default)."""
    return load_file("measures.json").get("dimensions", {}).get(name, "count")
