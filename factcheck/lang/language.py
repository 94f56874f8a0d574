"""A language as one object: its code, script, direction and tables, loaded from its data folder.

The languages the tool reads are its data folders: ``factcheck/data/<code>/`` (shipped) and the language
folders under every directory listed in the ``FACTCHECK_DATA_PATH`` environment variable (separated by
``os.pathsep``, like ``PATH``). Adding a language is data, not code. A language folder holds:

- ``language.json``: ``code`` (the folder's name), ``name``, ``script`` (as ``text.script_of`` names it:
  "arabic", "latin", ...) and ``direction`` ("ltr" or "rtl");
- ``lexicon.json``: the cue words of every stage (``Lexicon``), and ``values.json``: the words of
  values (numbers, dates, units; compiled by ``value_tables``);
- optionally ``reversals.json``, ``units.json`` (CLDR-generated), ``demonyms.json``, ``offices.json``
  (tools/build_offices.py).

Every file is validated on first use by the pydantic model of its sections (``schema``): a missing or misspelt
section is a LanguageDataError naming the file and the key. Keys starting with ``_`` or ending in
``_comment`` are comments. Language-neutral tables (measures, places, translit, units, macrolanguages)
stay at the top of ``factcheck/data``: they belong to no language folder, and a folder is a language
only when it holds ``language.json``.

Nothing is read at import time; each language is loaded once (``language`` is cached).
"""
from __future__ import annotations

import json
import os
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import LanguageDataError
from .schema import PARTS, Lexicon, Manifest, Values
from .sections import Section

DATA_PACKAGE = "factcheck.data"
# Extra folders of language folders, os.pathsep-separated (documented in the README).
DATA_PATH_ENV = "FACTCHECK_DATA_PATH"
MANIFEST = "language.json"

REQUIRED_PARTS = ("lexicon", "values")


def _error_text(name: str, exc: ValidationError) -> str:
    """``file: key: problem`` for each error, unknown keys first (a misspelt section is named before
    the section it fails to supply)."""
    errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
    return f"{name}: " + "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '(top level)'}: {e['msg']}" for e in errors)


def read_json(path: Path, name: str) -> dict[str, Any]:
    """The JSON object in ``path`` (``name`` in messages). Raises LanguageDataError."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LanguageDataError(f"no language data file {name}") from exc
    except json.JSONDecodeError as exc:
        raise LanguageDataError(f"{name}: line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise LanguageDataError(f"{name}: top level must be an object")
    return data


def validated(model: type[Section], data: dict[str, Any], name: str) -> Section:
    """``data`` checked against ``model``; a missing, misspelt or mistyped key is a LanguageDataError
    naming the file and the key."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise LanguageDataError(_error_text(name, exc)) from exc


def data_roots() -> list[Path]:
    """The folders holding language folders: the package's data, then ``FACTCHECK_DATA_PATH``'s."""
    roots = [Path(str(resources.files(DATA_PACKAGE)))]
    extra = os.environ.get(DATA_PATH_ENV, "")
    roots += [Path(p) for p in extra.split(os.pathsep) if p.strip()]
    return roots


@lru_cache(maxsize=1)
def folders() -> dict[str, Path]:
    """Language code -> its folder, for every folder with a ``language.json`` under ``data_roots``.
    Raises LanguageDataError when one code has two folders."""
    out: dict[str, Path] = {}
    for root in data_roots():
        if not root.is_dir():
            raise LanguageDataError(f"{DATA_PATH_ENV}: {root} is not a directory")
        for sub in sorted(root.iterdir()):
            if (sub / MANIFEST).is_file():
                if sub.name in out:
                    raise LanguageDataError(f"language {sub.name!r} has two data folders: {out[sub.name]} and {sub}")
                out[sub.name] = sub
    return out


def supported() -> tuple[str, ...]:
    """The codes of the languages with a data folder, sorted."""
    return tuple(sorted(folders()))


class Language:
    """One language: identity from ``language.json``; its files read and validated on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        manifest = validated(Manifest, read_json(folder / MANIFEST, self.file_name(MANIFEST)), self.file_name(MANIFEST))
        if manifest.code != folder.name:
            raise LanguageDataError(f"{self.file_name(MANIFEST)}: code: {manifest.code!r} is not the folder's name")
        self.code: str = manifest.code
        self.name: str = manifest.name
        self.script: str = manifest.script
        self.direction: str = manifest.direction

    def __repr__(self) -> str:
        return f"Language({self.code!r}, {self.script!r})"

    def file_name(self, file: str) -> str:
        return f"{self.folder.name}/{file}"

    def has(self, part: str) -> bool:
        """Whether the folder has ``<part>.json`` (the optional parts)."""
        return (self.folder / f"{part}.json").is_file()

    def raw(self, part: str) -> dict[str, Any]:
        """The validated JSON object of ``<part>.json`` as written (comments included)."""
        return self._part(part)[0]

    def _part(self, part: str) -> tuple[dict[str, Any], Section]:
        cache = self.__dict__.setdefault("_parts", {})
        if part not in cache:
            if part not in PARTS:
                raise LanguageDataError(f"{self.file_name(part + '.json')}: not a language data file")
            name = self.file_name(f"{part}.json")
            data = read_json(self.folder / f"{part}.json", name)
            cache[part] = (data, validated(PARTS[part], data, name))
        return cache[part]

    @cached_property
    def lexicon(self) -> Lexicon:
        return self._part("lexicon")[1]

    @cached_property
    def values(self) -> Values:
        return self._part("values")[1]

    @cached_property
    def demonyms(self) -> dict[str, list[str]]:
        """Generated demonyms (empty for a language without the file: Arabic derives them by rule)."""
        return self._part("demonyms")[1].demonyms if self.has("demonyms") else {}

    @cached_property
    def person_nouns(self) -> dict[str, list[str]]:
        """Generated nouns for one person of a country where its demonym is no such noun ("Dane",
        "Britons"; empty without the file)."""
        return self._part("demonyms")[1].person_nouns if self.has("demonyms") else {}

    @cached_property
    def stopwords(self) -> frozenset[str]:
        return self.lexicon.stopwords.words

    def check(self) -> None:
        """Read and validate every file of the folder (the required ones must exist)."""
        for part in PARTS:
            if part in REQUIRED_PARTS or self.has(part):
                self._part(part)


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The language ``code`` (loaded once). Raises LanguageDataError for a code with no data folder."""
    folder = folders().get(code)
    if folder is None:
        raise LanguageDataError(f"no language data folder for {code!r} (have: {', '.join(supported())})")
    return Language(folder)


def lexicon(code: str) -> Lexicon:
    """The typed lexicon of ``code`` (``language(code).lexicon``)."""
    return language(code).lexicon


def direction(code: str) -> str:
    """The writing direction of ``code`` ("rtl" or "ltr"; "ltr" for a code with no data folder)."""
    return language(code).direction if code in folders() else "ltr"


@lru_cache(maxsize=None)
def by_script(script: str) -> tuple[str, ...]:
    """The supported languages written in ``script``, sorted (kept until ``reset``: the statement kind
    asks it for every pair, 139,600 times on the benchmark corpus, benchmarks/run.py)."""
    return tuple(c for c in supported() if language(c).script == script)


def reset() -> None:
    """Forget the loaded languages and folders (after ``FACTCHECK_DATA_PATH`` changed in-process)."""
    folders.cache_clear()
    language.cache_clear()
    by_script.cache_clear()
