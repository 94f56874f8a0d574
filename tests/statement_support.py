"""Statement claims as the normalizer makes them, for the statement kind's tests; the generators of
the statement data as modules."""
import importlib.util
from pathlib import Path

from factcheck.lang import lexicon as lx
from factcheck.extract import normalize
from factcheck.kinds import statement
from factcheck.models import Claim


def claim(text: str, lang: str, article: str) -> Claim:
    """A statement claim as the normalizer makes it (keywords, polarity) for one clause."""
    toks = lx.tokenize(text, lang)
    polarity, _ = normalize._polarity(toks, lang)
    return Claim(id=f"c_{article}", article=article, start=0, end=len(text), quote=text, property="statement",
                 polarity=polarity, keywords=normalize._keywords(toks, lang))


def verdict(x: str, y: str, lang: str) -> statement.Verdict:
    """judge() on two one-clause articles of a two-clause story (every content word is rare there)."""
    a, b = claim(x, lang, "a1"), claim(y, lang, "a2")
    return statement.judge(a, b, 0.0, frozenset(a.keywords) | frozenset(b.keywords))


def load_tool(name: str):
    """The generator ``tools/<name>.py`` as a module (the tools are scripts, not a package)."""
    path = Path(__file__).resolve().parents[1] / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def reversals_data_error(monkeypatch, raw: dict) -> None:
    """Loading ``raw`` as the Arabic reversal data raises LanguageDataError (the data caches are
    cleared before and after)."""
    import pytest
    from factcheck.errors import LanguageDataError
    from factcheck.kinds import statement_data
    monkeypatch.setattr(statement_data.langdata, "load", lambda lang, part: raw)
    statement_data.reversals.cache_clear()
    try:
        with pytest.raises(LanguageDataError):
            statement_data.reversals("ar")
    finally:
        statement_data.reversals.cache_clear()
        statement_data.list_index.cache_clear()
        statement_data.phrase_index.cache_clear()
