"""Statement claims as the normalizer makes them, for the statement kind's tests."""
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
