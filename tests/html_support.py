"""An invented feed for the HTML report's size bound, built without the pipeline (seconds, not minutes):
N articles in stories of STORY_SIZE, half English and half Arabic, with as many claims and findings of
each kind per article as the benchmark feed (benchmarks/make_corpus.py, 1,000 articles: 27 claims,
0.55 contradictions, 6.2 agreements and 9 single-source statements per article)."""
from __future__ import annotations

import random

from factcheck.models import ArticleInfo, Claim, Finding, Report, Side, StoryInfo

STORY_SIZE = 6
CLAIMS_PER_ARTICLE = 27
CONTRADICTIONS_PER_ARTICLE = 0.55
AGREEMENTS_PER_ARTICLE = 6.2
UNSUPPORTED_PER_ARTICLE = 9
SIDE_CHARS = 300   # the paragraph around a quote (store.CONTEXT_SIDE_CHARS)
WORDS = {"en": str.split("the orchard council counted lanterns near Velmora harbour after ferries left at dawn"),
         "ar": str.split("قال مجلس البستان إن الفوانيس أحصيت قرب ميناء فيلمورا بعد رحيل العبارات فجرا")}


def _sentence(rng: random.Random, lang: str, n: int) -> str:
    return " ".join(rng.choice(WORDS[lang]) for _ in range(n))


def feed(n_articles: int, seed: int = 3) -> tuple[Report, dict[str, str]]:
    """(the report, each claim's paragraph as context); deterministic for one seed."""
    rng = random.Random(seed)
    articles, claims, findings, stories, context = [], [], [], [], {}
    for s in range(0, n_articles, STORY_SIZE):
        ids = [f"art{k:05d}" for k in range(s, min(n_articles, s + STORY_SIZE))]
        story_claims: list[Claim] = []
        for a in ids:
            lang = "ar" if int(a[3:]) % 2 else "en"
            articles.append(ArticleInfo(id=a, path=f"feed/{a}.txt", published=None, language=lang))
            for k in range(CLAIMS_PER_ARTICLE):
                quote = _sentence(rng, lang, rng.randint(4, 14))
                cid = f"c_{len(claims):012x}"
                c = Claim(id=cid, article=a, start=0, end=len(quote), quote=quote, property="quantity:count",
                          value=str(rng.randint(2, 900)), readable=str(rng.randint(2, 900)))
                claims.append(c)
                story_claims.append(c)
                context[cid] = _sentence(rng, lang, 40) + " " + quote + " " + _sentence(rng, lang, 40)
        pool = iter(story_claims)
        fids: list[str] = []

        def add(kind: str, n: int, size: int, pool=pool, fids=fids) -> None:
            for _ in range(n):
                cs = [next(pool) for _ in range(size)]
                fid = f"f_{len(findings):012x}"
                sides = [Side(value=c.value, claims=[c.id], readable=c.readable) for c in cs] \
                    if kind == "contradiction" else []
                findings.append(Finding(id=fid, kind=kind, claims=[c.id for c in cs], sides=sides,
                                        reason=f"{kind}: counted lanterns ({' / '.join(c.value for c in cs)})",
                                        confidence=0.85, property="quantity:count"))
                fids.append(fid)
        add("contradiction", round(CONTRADICTIONS_PER_ARTICLE * len(ids)), 4)
        add("agreement", round(AGREEMENTS_PER_ARTICLE * len(ids)), 2)
        add("unsupported", round(UNSUPPORTED_PER_ARTICLE * len(ids)), 1)
        stories.append(StoryInfo(id=f"S{len(stories) + 1}", label="Velmora · lanterns", articles=ids, findings=fids))
    rep = Report(articles=articles, claims=claims, findings=findings, stories=stories)
    return rep, context


def context_of(context: dict[str, str]):
    """The ``context`` function html.render takes, over ``feed``'s paragraphs."""
    def context_fn(c: Claim) -> tuple[str, int, int]:
        text = context[c.id]
        s = text.index(c.quote)
        return text, s, s + len(c.quote)
    return context_fn
