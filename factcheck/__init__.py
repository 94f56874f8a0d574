"""factcheck: source-consistency fact-checking across news articles.

    import factcheck
    report = factcheck.analyze(["seeds/"])      # paths, or a list of factcheck.Article
    for finding in report.findings: ...

The names below are loaded on first use (PEP 562), so ``import factcheck`` and ``factcheck --help``
import none of the pipeline."""

__version__ = "0.1.0"

# Each public name and the module it lives in (the only place that says where; tests/test_api.py
# checks that every one resolves and that __all__ is exactly these).
_EXPORTS = {
    "analyze": "api",
    "load_articles": "ingest.load",
    "Article": "models",
    "ArticleInfo": "models",
    "Claim": "models",
    "Entity": "models",
    "Finding": "models",
    "Report": "models",
    "Side": "models",
    "StoryInfo": "models",
    "FactcheckError": "errors",
    "InputError": "errors",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
