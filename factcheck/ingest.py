"""Stage 1, ingest: paths -> Article objects (text exactly as offsets index it, date, language)."""
from __future__ import annotations

from pathlib import Path

from . import values
from .errors import InputError
from .models import Article
from .text import script_of

ARTICLE_SUFFIXES = (".txt", ".md")
BOM = "\ufeff"


def collect_paths(paths: list[str | Path]) -> list[Path]:
    """Expand files and directories into article files, sorted, each checked to exist."""
    if not paths:
        raise InputError("no input: give one or more article files or a directory")
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(f"{p}: no such file or directory")
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise InputError(f"{p}: no .txt or .md articles in this directory")
            out.extend(found)
        else:
            out.append(p)
    seen: dict[str, Path] = {}
    for p in out:
        if p.stem in seen and seen[p.stem].resolve() != p.resolve():
            raise InputError(f"{p}: duplicate article id {p.stem!r} (also {seen[p.stem]})")
        seen[p.stem] = p
    unique = {p.resolve(): p for p in out}
    return sorted(unique.values(), key=lambda p: p.stem)


def detect_language(text: str) -> str:
    """'ar' when Arabic letters dominate, else 'en' (the two languages with data files)."""
    return "ar" if script_of(text) == "ar" else "en"


def read_article(path: Path) -> Article:
    """Read one article: strict UTF-8, BOM stripped, not empty."""
    try:
        data = path.read_bytes()
    except PermissionError as exc:
        raise InputError(f"{path}: cannot read file (permission denied)") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror})") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from exc
    if text.startswith(BOM):
        text = text[len(BOM):]
    if not text.strip():
        raise InputError(f"{path}: empty article")
    lang = detect_language(text)
    art = Article(id=path.stem, path=str(path), text=text, language=lang)
    stated = values.parse_dateline(text, lang)
    if stated is not None:
        date, start, end, rule = stated
        art.published, art.published_span, art.published_rule = date, (start, end), rule
    return art


def load_articles(paths: list[str | Path]) -> list[Article]:
    """All articles under ``paths``; fails on the first bad one, before any other work."""
    return [read_article(p) for p in collect_paths(paths)]
