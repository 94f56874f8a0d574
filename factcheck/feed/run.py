"""A desk's feed: many articles on many stories in one run.

    load (ingest, or the cache by the file's hash) -> per-article stage (furniture, clauses, clustering
    features; cached per article) -> story clustering (cluster.py) -> per-story stage (normalize, group,
    compare; cached per story) -> one report organised by story

The per-article and per-story stages run on an engine (feed/engines.py): this process, worker processes
(``jobs``) or Dask. Results come back in a fixed order, so the report is the same whatever the engine.
``run`` yields each story's claims and findings as JSON text, so ``write_json`` (render/json_report.py) streams a report of any
size without holding it in memory; ``report`` builds the Report object (small and medium runs).
"""
from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterator

import numpy as np
from pydantic import TypeAdapter

from . import cluster, loading
from . import features as cluster_features
from .. import embed, pipeline
from ..render import json_report as report_json
from .cache import Cache, StoryEntry, story_key
from ..errors import InputError
from ..models import REPORT_SCHEMA, Article, ArticleInfo, Claim, Clause, Finding, Report, StoryInfo
from .engines import Engine, Progress, make_engine

# Articles handed to a worker at once in the per-article stage (one article is a few milliseconds of
# work: sending them one by one would cost more than the work).
ARTICLE_CHUNK = 8
# The key under which an article's lead embedding is cached with its statement embeddings.
LEAD_KEY = "\x00lead"
_CLAIMS = TypeAdapter(list[Claim])
_FINDINGS = TypeAdapter(list[Finding])


@dataclass
class Options:
    story_threshold: float = cluster.STORY_THRESHOLD
    jobs: int = 1
    cache: Path | None = None          # None: no cache
    engine: str = "local"
    scheduler: str | None = None
    semantic: bool = False             # lead embeddings in the story clustering
    progress: bool = False             # a progress bar on standard error (when it is a terminal)
    ingest: dict = field(default_factory=dict)   # ingest.load_articles's options (skip_invalid, max_bytes...)


@dataclass
class Stats:
    articles: int = 0
    stories: int = 0
    unassigned: int = 0
    article_pairs: int = 0         # article pairs the clustering scored
    claim_pairs: int = 0           # claim pairs judged inside stories
    articles_computed: int = 0     # per-article stages run (the rest came from the cache)
    stories_computed: int = 0      # per-story stages run (stories and unassigned articles)

    @property
    def comparisons(self) -> int:
        return self.article_pairs + self.claim_pairs


@dataclass
class Piece:
    """One story's (or one unassigned article's) result, as JSON text."""

    story: StoryInfo | None        # None: an article that fits no story
    articles: list[str]
    claims: bytes | memoryview     # UTF-8 claim objects separated by ",\n"
    findings: bytes
    claim_pairs: int


@dataclass
class Run:
    """A prepared run: articles loaded and clustered; ``pieces`` computes and yields the stories."""

    infos: list[ArticleInfo]
    stats: Stats
    unassigned: list[str]
    pieces: Iterator[Piece]
    stories: list[StoryInfo] = field(default_factory=list)   # filled as pieces are consumed
    article: Callable[[str], Article] | None = None         # an article of the run by id, with its text


# -- workers (top-level functions: they are pickled to worker processes and Dask) -----------------
def _article_task(batch: tuple[list[Article], bool, bool]) -> list[tuple[tuple[np.ndarray, str], list[Clause], np.ndarray | None]]:
    articles, semantic, features = batch
    out = []
    for a in articles:
        segments, clauses = pipeline.article_stage(a)
        lead = embed.encode([cluster_features.lead(a, segments)])[0] if semantic else None
        out.append((cluster_features.encode(cluster_features.features(a, segments) if features else {}), clauses, lead))
    return out


def _story_task(payload: tuple[list[Article], dict[str, list[Clause]], dict[str, np.ndarray]]) -> dict:
    articles, clauses, vectors = payload
    known = dict(vectors)
    with embed.memo(known):
        rep, stats = pipeline.story_findings(articles, clauses)
    new: dict[str, dict[str, np.ndarray]] = {}
    for c in rep.claims:
        if c.quote not in vectors and c.quote in known:
            new.setdefault(c.article, {})[c.quote] = known[c.quote]
    finding_ids = [f.id for f in rep.findings]
    return {"claims": _dumped(rep.claims), "findings": _dumped(rep.findings),
            "finding_ids": finding_ids, "claim_pairs": stats.candidate_pairs, "vectors": new}


def _dumped(models: list) -> bytes:
    """The models' JSON separated by ",\n" (report_json's pieces), emptying ``models`` as it goes: each
    model is let go once written, and no list of the parts is held beside the whole (a 5 MB article's
    claims and findings: 80 MB of JSON)."""
    out = bytearray()
    for k, m in enumerate(models):
        if k:
            out += report_json.SEPARATOR
        out += m.model_dump_json().encode()
        models[k] = None
    models.clear()
    return bytes(out)


# -- the run ------------------------------------------------------------------------------------
def _article_stage(todo: list[loading.Loaded], opts: Options, engine: Engine,
                   features: bool = True) -> tuple[list[list[loading.Loaded]], Iterator]:
    """The per-article stage of ``todo`` given to the engine by chunks: (the chunks, their results).
    With workers, even one article goes to them: it runs while this process goes on. ``features``
    False: no clustering features (none is read: see ``start``)."""
    chunks = [todo[k:k + ARTICLE_CHUNK] for k in range(0, len(todo), ARTICLE_CHUNK)]
    return chunks, engine.map(_article_task, [([x.article for x in ch], opts.semantic, features) for ch in chunks])


def start(paths: list[str | Path], options: Options | None = None, engine: Engine | None = None,
          progress: Progress | None = None) -> Run:
    """Load, run the per-article stage and cluster; the per-story stage runs as ``pieces`` is read.
    ``engine`` (default: made from the options) must stay open until the pieces are consumed."""
    opts = options or Options()
    cache = Cache(opts.cache)
    progress = progress or Progress(False)
    engine = engine or make_engine(opts.engine, opts.jobs, opts.scheduler)
    started: list[tuple[list[list[loading.Loaded]], Iterator]] = []   # articles given to the engine while loading

    def early(new: list[loading.Loaded], last: bool) -> None:
        # Without a cache, the only part holding one article is a run of one article. A lone article
        # is unassigned whatever its clustering features, and nothing stores them: they are not
        # computed (a whole-text reading of places, values and words: a tenth of a 5 MB article's time).
        lone = not cache.enabled and last and len(new) == 1 and not started
        started.append(_article_stage(new, opts, engine, features=not lone))

    with collector_paused():
        loaded = loading.load(paths, cache, opts.ingest, early)
    stats = Stats(articles=len(loaded))
    progress.add("articles", len(loaded))
    if opts.semantic:
        for x in loaded:
            if x.fids is not None:
                x.lead = cache.vectors(x.sha).get(LEAD_KEY)
    begun = {id(x) for chunks, _ in started for ch in chunks for x in ch}
    todo = [x for x in loaded if x.fids is None or (opts.semantic and x.lead is None)]
    progress.advance("articles", len(loaded) - len(todo))
    late = [x for x in todo if id(x) not in begun]
    for x in late:
        if x.article is None:
            x.article = loading.full(x, cache)[0]
    for chunks, results in started + [_article_stage(late, opts, engine)]:
        for ch, res in zip(chunks, results):
            for x, (feats, clauses, lead) in zip(ch, res):
                (x.fids, x.labels), x.clauses, x.lead = feats, clauses, lead
                cache.put_article(x.sha, x.article, clauses, x.fids, x.labels)
                if lead is not None:
                    cache.put_vectors(x.sha, {LEAD_KEY: lead})
            progress.advance("articles", len(ch))
    stats.articles_computed = len(todo)
    cache.flush()

    with collector_paused():
        items = [cluster.Item(x.info.id, x.info.published, x.fids if x.fids is not None else cluster_features.NO_FEATURES,
                              x.labels, x.lead if opts.semantic else None, x.sha if cache.enabled else "")
                 for x in loaded]
        result = _clustering(items, [x.sha for x in loaded], opts, cache)
    stats.article_pairs = result.pairs_scored
    units: list[tuple[StoryInfo | None, list[int]]] = []
    for k, s in enumerate(result.stories, start=1):
        units.append((StoryInfo(id=f"S{k}", label=s.label, articles=[loaded[m].info.id for m in s.members],
                                cohesion=s.cohesion), s.members))
    units += [(None, [m]) for m in result.unassigned]
    units.sort(key=lambda u: (u[0] is None, u[1][0]))
    stats.stories, stats.unassigned = len(result.stories), len(result.unassigned)
    progress.add("stories", len(units))
    run = Run([x.info for x in loaded], stats, [loaded[m].info.id for m in sorted(result.unassigned)], iter(()))
    run.pieces = _pieces(run, units, loaded, cache, engine, progress)
    by_id = {x.info.id: x for x in loaded}
    run.article = lambda id: loading.full(by_id[id], cache)[0]
    return run


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector kept off a block that builds many objects living as long as
    the run (the cached heads of every article, the clustering's pairs): each collection would walk
    all of them again, a third of the time of a run over 10,000 cached articles. They hold no
    reference cycles, so at the end of the block they are moved out of the collector's sight for good
    (``gc.freeze``; reference counting still frees them) and the collector's state is restored."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


def _clustering(items: list[cluster.Item], shas: list[str], opts: Options, cache: Cache) -> cluster.Result:
    """The stories of the run: from the cache when the articles (ids and shas) and options are those of
    the last run (a re-run with nothing new), else clustered (with the last run's story labels at hand)."""
    key = story_key([(f"{opts.story_threshold!r} {opts.semantic}", "")] + [(it.id, sha) for it, sha in zip(items, shas)])
    last, got, labels = cache.clustering()
    if last == key and got is not None:
        try:
            res = cluster.result_from_dict(got)
            if sorted([m for s in res.stories for m in s.members] + res.unassigned) == list(range(len(items))):
                res.known_labels = labels
                return res
        except (KeyError, TypeError, ValueError):
            pass  # an entry of another shape: cluster again
    result = cluster.cluster(items, opts.story_threshold, labels)
    cache.put_clustering(key, cluster.result_to_dict(result), result.known_labels)
    return result


def _story_payload(members: list[int], loaded: list[loading.Loaded], cache: Cache) -> tuple:
    arts, clauses, vectors = [], {}, {}
    for m in members:
        art, cl = loading.full(loaded[m], cache)
        arts.append(art)
        clauses[art.id] = cl
        vectors.update(cache.vectors(loaded[m].sha))
    vectors.pop(LEAD_KEY, None)
    return arts, clauses, vectors


def _pieces(run: Run, units: list[tuple[StoryInfo | None, list[int]]], loaded: list[loading.Loaded], cache: Cache,
            engine: Engine, progress: Progress) -> Iterator[Piece]:
    keys = [story_key([(loaded[m].info.id, loaded[m].sha) for m in members]) for _, members in units]
    # Cached entries are read one at a time as the report is written (a large run's do not fit in memory).
    cached = [cache.has_story(k) for k in keys]
    todo = [members for (_, members), c in zip(units, cached) if not c]
    computed = engine.map(_story_task, [_story_payload(members, loaded, cache) for members in todo])
    for (story, members), key, c in zip(units, keys, cached):
        hit = cache.story(key) if c else None
        if hit is None:  # not cached (or the entry went away since): compute it
            out = next(computed) if not c else _story_task(_story_payload(members, loaded, cache))
            hit = StoryEntry({"finding_ids": out["finding_ids"], "claim_pairs": out["claim_pairs"]},
                             out["claims"], out["findings"])
            cache.put_story(key, hit)
            for m in members:
                vecs = out["vectors"].get(loaded[m].info.id)
                if vecs:
                    cache.put_vectors(loaded[m].sha, vecs)
            run.stats.stories_computed += 1
        run.stats.claim_pairs += hit.meta["claim_pairs"]
        if story is not None:
            story = story.model_copy(update={"findings": list(hit.meta["finding_ids"])})
            run.stories.append(story)
        progress.advance("stories")
        yield Piece(story, [loaded[m].info.id for m in members], hit.claims, hit.findings, hit.meta["claim_pairs"])


# -- outputs ------------------------------------------------------------------------------------
def report(paths: list[str | Path], options: Options | None = None) -> Report:
    """Every story of the articles under ``paths`` as one Report (held in memory)."""
    opts = options or Options()
    with make_engine(opts.engine, opts.jobs, opts.scheduler) as engine:
        return collect(start(paths, opts, engine))


def collect(run: Run) -> Report:
    claims: list[Claim] = []
    findings: list[Finding] = []
    for piece in run.pieces:
        if piece.claims:
            claims += _CLAIMS.validate_json(b"[" + piece.claims + b"]")
        if piece.findings:
            findings += _FINDINGS.validate_json(b"[" + piece.findings + b"]")
    return Report(articles=run.infos, claims=claims, findings=findings, stories=run.stories,
                  unassigned=run.unassigned)


def piece_report(run: Run, piece: Piece) -> tuple[list[Article], Report]:
    """One piece's articles (with their texts) and its claims and findings as a Report."""
    articles = [run.article(i) for i in piece.articles]
    claims = _CLAIMS.validate_json(b"[" + piece.claims + b"]") if piece.claims else []
    findings = _FINDINGS.validate_json(b"[" + piece.findings + b"]") if piece.findings else []
    return articles, Report(articles=[loading.info_of(a) for a in articles], claims=claims, findings=findings)


def write_json(run: Run, out: IO[bytes], review_block: Callable[[list[Finding]], dict] | dict | None = None) -> None:
    """Stream the run's report as ``factcheck.report/1`` JSON (report_json.write): claims as each story is
    done. ``review_block`` gives the ``reviews`` member of the findings (review.report_states; the
    findings' JSON is read back only when it is a function of them, not a ready member)."""
    def reviews_of(parts: list[bytes]) -> dict:
        return review_block([f for part in parts for f in _FINDINGS.validate_json(b"[" + part + b"]")])

    reviews = reviews_of if callable(review_block) else review_block
    report_json.write(out, schema=REPORT_SCHEMA, articles=run.infos,
                      pieces=((piece.claims, piece.findings) for piece in run.pieces),
                      stories=run.stories, unassigned=run.unassigned, reviews=reviews)


def stats_json(run: Run) -> str:
    """The run's counts as JSON (``report --stats``)."""
    d = dict(vars(run.stats), comparisons=run.stats.comparisons)
    return json.dumps(d, indent=2) + "\n"


def cache_dir(claims_dir: Path, cache: Path | None, use_cache: bool = True) -> Path | None:
    """The cache directory of a run: ``cache`` when given, else ``<claim base>/.cache`` when the claim
    base exists (a report never creates a claim base), else none."""
    if not use_cache:
        return None
    if cache is not None:
        try:
            Path(cache).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{cache}: cannot create the cache directory ({exc.strerror})") from exc
        return Path(cache)
    return claims_dir / ".cache" if claims_dir.is_dir() else None
