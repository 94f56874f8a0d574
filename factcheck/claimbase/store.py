"""The claim base (``claims/``): what ``factcheck extract`` writes and every editor command reads.

    claims/articles/<article id>.json   one article: metadata, paragraphs around its claims, claims
    claims/stories/<story>.json         one story: the findings across its articles
    claims/reviews.jsonl                the editors' review history (append-only, see claimbase/reviews.py)
    claims/.lock                        the lock every writer holds (lock.py: fcntl.flock)
    claims/.staging/                    an extract's files before they are switched in (txn.py)

Files are pretty-printed JSON with a ``schema`` version, written only when their bytes change (so
re-extracting the same articles leaves the base byte-identical), all of one extract as a transaction
(txn.py). A file that does not parse or validate, or fails a cross-check, is reported with its name
and line and is never overwritten.
"""
from __future__ import annotations

from functools import lru_cache

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import jsonfile, txn
from ..lang import data as langdata
from ..atomic import stale_temporaries
from .history import REVIEWS_FILE  # noqa: F401  (the base's file names and lock, read as store.X)
from .lock import LOCK_FILE, LOCK_TIMEOUT_S, locked  # noqa: F401
from ..errors import ClaimBaseError, InputError
from ..models import (Article, ArticleClaims, ArticleInfo, ArticleRecord, Claim, Finding, Paragraph, Report,
                      StoryFindings, NAME_RE, name_problem)

DEFAULT_DIR = Path("claims")
ARTICLES_DIR = "articles"
STORIES_DIR = "stories"
# "Quote in context": the claim's paragraph, cut to this many characters either side of the claim.
CONTEXT_SIDE_CHARS = 300
# A story name becomes a file name: see ``models.name_problem``.
STORY_NAME = NAME_RE
# A line naming the outlet ("Source: Reuters", "المصدر : #الشرق"): a source cue of any language's
# lexicon (furniture.source_cues), a colon, then the name.
OUTLET_NAME = r"\s*[:：]\s*#?\s*(?P<name>[^\n#|:]{2,60}?)\s*$"


@lru_cache(maxsize=1)
def _outlet_line() -> re.Pattern[str]:
    from ..lang import lexicon as lx
    words = sorted({c for lang in langdata.supported() for c in lx.lexicon(lang).furniture.source_cues},
                   key=len, reverse=True)
    # the leading non-word characters stay on the line: ``\W*`` crossed line breaks, and a run of blank
    # lines made every line start rescan the run (quadratic in the number of lines)
    return re.compile(r"^[^\w\n]*(?:" + "|".join(re.escape(w) for w in words) + ")" + OUTLET_NAME,
                      re.IGNORECASE | re.MULTILINE)


def detect_outlet(text: str) -> str | None:
    """The outlet an article names in a 'Source:' line, if any (underscores of hashtags as spaces)."""
    m = _outlet_line().search(text)
    return m.group("name").replace("_", " ").strip() if m else None


def context_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` shown around ``[start, end)``: its paragraph (line), cut to
    CONTEXT_SIDE_CHARS either side at a space."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    s, e = max(line_start, start - CONTEXT_SIDE_CHARS), min(line_end, end + CONTEXT_SIDE_CHARS)
    if s > line_start:
        space = text.find(" ", s, start)
        s = space + 1 if space >= 0 else s
    if e < line_end:
        space = text.rfind(" ", end, e)
        e = space if space >= 0 else e
    return s, e


def paragraphs_for(text: str, claims: list[Claim]) -> list[Paragraph]:
    """The context windows of ``claims``, overlapping ones merged, in text order."""
    spans = sorted(context_window(text, c.start, c.end) for c in claims)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1] and "\n" not in text[merged[-1][1]:s]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [Paragraph(start=s, end=e, text=text[s:e]) for s, e in merged]


def outlet_of(a: Article) -> tuple[str | None, bool]:
    """The article's outlet and whether it was guessed: the one its input gives (front matter, an HTML
    page's site name, a JSON record's ``outlet``) wins; else the one a 'Source:' line of the text
    names (guessed); else None."""
    if a.outlet and a.outlet.strip():
        return a.outlet.strip(), False
    guessed = detect_outlet(a.text)
    return guessed, guessed is not None


def article_info(a: Article) -> ArticleInfo:
    """An article as the report lists it: id, file, date, language and where it comes from."""
    outlet, guessed = outlet_of(a)
    return ArticleInfo(id=a.id, path=a.path, published=a.published, language=a.language, outlet=outlet,
                       outlet_guessed=guessed, url=a.url, title=a.title, published_at=a.published_at)


def article_record(a: Article) -> ArticleRecord:
    outlet, guessed = outlet_of(a)
    return ArticleRecord(id=a.id, path=a.path, published=a.published, language=a.language,
                         outlet=outlet, sha256=hashlib.sha256(a.text.encode()).hexdigest(),
                         chars=len(a.text), outlet_guessed=guessed, url=a.url, title=a.title,
                         published_at=a.published_at)


def record_info(rec: ArticleRecord) -> ArticleInfo:
    """The report's entry for an article of the claim base."""
    return ArticleInfo(id=rec.id, path=rec.path, published=rec.published, language=rec.language,
                       outlet=rec.outlet, outlet_guessed=rec.outlet_guessed, url=rec.url, title=rec.title,
                       published_at=rec.published_at)


def article_file(a: Article, claims: list[Claim]) -> ArticleClaims:
    own = [c for c in claims if c.article == a.id]
    return ArticleClaims(article=article_record(a), paragraphs=paragraphs_for(a.text, own), claims=own)


def default_story(paths: list[str | Path]) -> str:
    """A story's name when none is given: the directory's (or the file's) name for one path."""
    if len(paths) == 1:
        p = Path(paths[0]).resolve()
        return p.name if p.is_dir() else p.stem
    return "story"


def check_story_name(name: str) -> str:
    problem = name_problem(name)
    if problem is None:
        return name
    shown = repr(name if len(name) <= 60 else name[:60] + "...")
    if not NAME_RE.fullmatch(name):
        raise InputError(f"bad story name {shown} (letters, digits, '_', '-', '.'; not starting with '.')")
    raise InputError(f"bad story name {shown}: {problem} (it names a claim-base file)")


def remove_stale_temporaries(path: Path) -> None:
    """Delete what a killed writer of ``path`` left. Call only while holding the lock."""
    for tmp in stale_temporaries(path):
        tmp.unlink(missing_ok=True)


@dataclass
class ClaimBase:
    """Everything in a claim base, validated, with indexes by id."""

    root: Path
    articles: dict[str, ArticleClaims] = field(default_factory=dict)
    stories: dict[str, StoryFindings] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    findings: dict[str, Finding] = field(default_factory=dict)
    _by_claim: dict[str, list[str]] = field(default_factory=dict)

    def index(self) -> "ClaimBase":
        for art in self.articles.values():
            for c in art.claims:
                self.claims[c.id] = c
        for story in self.stories.values():
            for f in story.findings:
                self.findings[f.id] = f
                for cid in f.claims:
                    self._by_claim.setdefault(cid, []).append(f.id)
        return self

    def target(self, id: str) -> str | None:
        """'claim', 'finding' or None for an id the base does not hold."""
        if id in self.claims:
            return "claim"
        if id in self.findings:
            return "finding"
        return None

    def findings_of(self, claim_id: str) -> list[Finding]:
        return [self.findings[f] for f in dict.fromkeys(self._by_claim.get(claim_id, []))]

    def record(self, article_id: str) -> ArticleRecord | None:
        art = self.articles.get(article_id)
        return art.article if art else None

    def context(self, c: Claim) -> tuple[str, int, int]:
        """The paragraph around claim ``c`` and the claim's offsets inside it."""
        art = self.articles.get(c.article)
        for p in art.paragraphs if art else []:
            if p.start <= c.start and c.end <= p.end:
                return p.text, c.start - p.start, c.end - p.start
        return c.quote, 0, len(c.quote)

    def story_report(self, name: str) -> Report:
        """One story of the base as a Report (what ``report --claims`` renders)."""
        story = self.stories[name]
        infos = [record_info(self.articles[i].article) for i in story.articles]
        claims = [c for i in story.articles for c in self.articles[i].claims]
        return Report(articles=infos, claims=claims, findings=list(story.findings), events=dict(story.events))


def missing_base(root: Path) -> ClaimBaseError:
    return ClaimBaseError(f"{root}: no claim base here (run: factcheck extract ARTICLES --claims {root})")


def load(root: Path) -> ClaimBase:
    """Read and validate the whole claim base under ``root``."""
    root = Path(root)
    if not (root / ARTICLES_DIR).is_dir():
        raise missing_base(root)
    txn.finish_pending(root)
    base = ClaimBase(root=root)
    for path in sorted((root / ARTICLES_DIR).glob("*.json")):
        art = jsonfile.read_model(path, ArticleClaims)
        if art.article.id != path.stem:
            raise ClaimBaseError(f"{path}:{_line(path, ('article', 'id'))}: article id {art.article.id!r} "
                                 f"does not match the file name")
        for k, c in enumerate(art.claims):
            if c.article != art.article.id:
                raise ClaimBaseError(f"{path}:{_line(path, ('claims', k, 'article'))}: claim {c.id} belongs to "
                                     f"article {c.article!r}, not {art.article.id!r}")
        base.articles[art.article.id] = art
    for path in sorted((root / STORIES_DIR).glob("*.json")):
        story = jsonfile.read_model(path, StoryFindings)
        for k, aid in enumerate(story.articles):
            if aid not in base.articles:
                raise ClaimBaseError(f"{path}:{_line(path, ('articles', k))}: article {aid!r} is not in "
                                     f"{root / ARTICLES_DIR}")
        base.stories[path.stem] = story
    return base.index()


def _line(path: Path, loc: tuple) -> int:
    return jsonfile.line_of(jsonfile.read_text(path), loc)
