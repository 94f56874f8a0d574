"""Per-language knowledge, loaded lazily from ``factcheck/data/<lang>/<part>.json`` (see ``language``),
and the language-neutral tables at the top of ``factcheck/data``.

Library code never spells out words of a language: cue words, month names, number words, titles,
negation and modality markers all come from these files, read once on first use.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .language import DATA_PACKAGE, folders, language, read_json, supported

__all__ = ["supported", "load", "has", "load_file", "measures", "measure_dimension"]


def load(lang: str, part: str) -> dict[str, Any]:
    """The validated JSON object in ``data/<lang>/<part>.json``. Raises LanguageDataError."""
    return language(lang).raw(part)


def has(lang: str, part: str) -> bool:
    """Whether ``lang`` has a data folder with the optional ``<part>.json``."""
    return lang in folders() and language(lang).has(part)


@lru_cache(maxsize=None)
def load_file(name: str) -> dict[str, Any]:
    """The JSON object in the language-neutral ``data/<name>`` (read once)."""
    return read_json(Path(str(resources.files(DATA_PACKAGE).joinpath(name))), name)


@lru_cache(maxsize=None)
def measures(kind: str) -> frozenset[str]:
    """The measure names (of the lexicons' ``measures``) that ``measures.json`` lists under ``kind``:
    "evolving" (tolls: they change as a story develops) or "standing" (a city's population)."""
    return frozenset(load_file("measures.json").get(kind, []))


@lru_cache(maxsize=None)
def measure_dimension(name: str) -> str:
    """The dimension a measure's figures have (``measures.json`` "dimensions"; counts by default)."""
    return load_file("measures.json").get("dimensions", {}).get(name, "count")
