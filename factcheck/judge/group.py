"""Stage 4, group: candidate pairs by blocking (never all pairs), then clusters of claims that state
one fact, and the findings built from them.

Blocks: structured claims meet only claims with the same property and subject (a person's role, the
date of an event, a count of the dead...). Statement claims (no structured frame) meet through an
inverted index of their content words; an embedding cosine then decides with the shared words.
Clustering is complete-linkage: a claim joins a cluster only if it agrees with every member and
contradicts none, so one vague claim cannot chain two conflicting values together.
"""
from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence, TypeVar

import numpy as np

from . import adopt, clustering, compare, identity, single
from . import beside as beside_clauses
from .. import embed
from .. import kinds
from ..kinds import duration, quantity, quantity_traits, statement, statement_cross
from ..kinds.provisional import superseded
from ..extract.events import EventRef, article_events, first_published, in_story, relative_to, story_places
from ..extract.normalize import BESIDE_RULE
from ..models import Claim, Finding
from ..lang.text import script_of

# Content words shared by more than this share of a story's statement claims are too common to
# block on (they would pair everything with everything); a word two claims share is always rare.
MAX_KEYWORD_DF_SHARE = 0.1
MIN_KEYWORD_CAP = 2


def keyword_cap(n_statements: int, n_articles: int) -> int:
    """The most statement claims a content word may occur in and still be rare (blocked on, counted
    as shared evidence): MAX_KEYWORD_DF_SHARE of the statements, never fewer than the articles: a word
    each source uses once is a fact all of them tell (by the share alone, three articles of a dozen
    clauses had a cap of 2, and each reported such a fact as single-source)."""
    return max(MIN_KEYWORD_CAP, n_articles, int(MAX_KEYWORD_DF_SHARE * n_statements))


T = TypeVar("T")
# Properties of the older frames whose clusters may take part in a contradiction (the registered
# kinds say so themselves, see ``kinds.REGISTRY``).
def _contradictable(prop: str) -> bool:
    kind = kinds.kind_of(prop)
    return kind is not None and kind.contradictable


@dataclass
class Stats:
    candidate_pairs: int = 0
    blocks: int = 0


def _findings_for_block(members: list[Claim], verdicts: dict, out: list[Finding], covered: set[str],
                        published: dict[str, dt.date | None] | None = None) -> None:
    def v(a: Claim, b: Claim) -> compare.Verdict:
        return verdicts.get((a.id, b.id)) or verdicts.get((b.id, a.id)) or compare.UNRELATED

    clusters = clustering.cluster(members, verdicts)
    contra_edges = clustering.cluster_edges(clusters, verdicts, "contradict") if _contradictable(members[0].property) else {}
    in_contra: set[int] = set()
    for component in clustering.components(contra_edges):
        # each side's core: drop, least specific first, the claims that still agree with a claim on
        # another side ("deputy assistant secretary" fits both "... for Europe" and "... for Russia")
        owner = {c.id: k for k in component for c in clusters[k]}
        remaining = {c.id: c for k in component for c in clusters[k]}
        for c in sorted(remaining.values(), key=clustering.precision, reverse=True):
            if any(owner[o.id] != owner[c.id] and v(c, o).kind == "agree" for o in remaining.values()):
                del remaining[c.id]
        cores = {k: [c for c in clusters[k] if c.id in remaining] for k in component}
        sides = _same_value_sides([cores[k] for k in component if cores[k]], v)
        if len(sides) < 2:
            continue
        first = next(contra_edges[e] for e in sorted(contra_edges) if e[0] in component and e[1] in component)
        reason = first.reason if len(sides) == 2 else f"{len(sides)} different values: {first.reason}"
        both = _told_both(sides, published or {})
        if both:
            # a later source that states both values reports the change itself ("58.2 %; the board
            # had given 61.4 %"): the figure was revised, the sources do not disagree on it
            sides = sorted(sides, key=lambda s: min((published or {}).get(c.article) or dt.date.max for c in s))
            out.append(compare.update(sides, f"{reason}; {', '.join(both)} states both values: the figure changed",
                                      first.confidence))
        else:
            out.append(compare.contradiction(sides, reason, first.confidence))
        in_contra.update(component)
        on_side = {c.id for s in sides for c in s}
        covered.update(on_side)
        # claims compatible with several sides (less specific) agree with each side they fit: one
        # agreement per side, holding the side and every such claim that agrees with one of its claims
        loose = [c for k in component for c in clusters[k] if c.id not in on_side]
        for side in sides:
            fits = [c for c in loose if any(o.article != c.article and v(c, o).kind == "agree" for o in side)]
            if fits:
                out.append(compare.agreement(side + fits, "agree on the less specific value", compare.CONF_SIMILAR))
                covered.update(c.id for c in fits)
    _updates(clusters, in_contra, clustering.cluster_edges(clusters, verdicts, "update"), published or {}, out, covered)
    for k, cl in enumerate(clusters):
        if k in in_contra or len({c.article for c in cl}) < 2:
            continue
        first = next(v(a, b) for a, b in itertools.combinations(cl, 2) if a.article != b.article)
        out.append(compare.agreement(cl, first.reason, first.confidence))
        covered.update(c.id for c in cl)


def _same_value_sides(sides: list[list[Claim]], v: Callable[[Claim, Claim], compare.Verdict]) -> list[list[Claim]]:
    """Sides an editor reads as one value are one side, when none of their claims contradicts another:
    an article that states its figure twice leaves two clusters (claims of one article are never
    compared), and "94.65 % vs 94.65 % vs 84.3 %" would quote one source against itself. So are two
    sides of one article whose figures meet ("less than one in four" and "5.6 million of 24 million")."""
    merged: list[list[Claim]] = []
    for side in sides:
        shown = compare.display_value(side[0])
        for other in merged:
            one_source = side[0].property.startswith("quantity:") and len({c.article for c in other + side}) == 1 \
                and all(quantity.meets(a, b) for a in other for b in side)
            if (compare.display_value(other[0]) == shown or one_source) and not any(
                    v(a, b).kind in ("contradict", "update") for a in other for b in side):
                other.extend(side)
                break
        else:
            merged.append(list(side))
    return merged


def _told_both(sides: list[list[Claim]], published: dict[str, dt.date | None]) -> list[str]:
    """The articles that report a clash as a change: each holds claims on two sides or more and is
    published after the clash was first reported (a later report citing the earlier figure);
    none when the sides were first published on one day (or on unknown days)."""
    firsts = [min((published.get(c.article) for c in s if published.get(c.article)), default=None) for s in sides]
    if None in firsts or len(set(firsts)) < 2:
        return []
    seen: dict[str, int] = defaultdict(int)
    for s in sides:
        for a in {c.article for c in s}:
            seen[a] += 1
    return sorted(a for a, n in seen.items() if n > 1 and published.get(a) and published[a] > min(firsts))


def _updates(clusters: list[list[Claim]], in_contra: set[int], linked: dict[tuple[int, int], compare.Verdict],
             published: dict[str, dt.date | None], out: list[Finding], covered: set[str]) -> None:
    """Clusters linked only by "update" verdicts: one finding with their values in time order."""
    edges = {e: vd for e, vd in linked.items() if e[0] not in in_contra and e[1] not in in_contra}
    for component in clustering.components(edges):
        def when(k: int) -> dt.date:
            return min(published.get(c.article) or dt.date.max for c in clusters[k])
        sides = [clusters[k] for k in sorted(component, key=when)]
        trail = " -> ".join(f"{s[0].value} ({when(k)})" for k, s in zip(sorted(component, key=when), sides))
        out.append(compare.update(sides, f"figure changed over time: {trail}", compare.CONF_VALUE))
        covered.update(c.id for s in sides for c in s)
        in_contra.update(component)


def _statement_pairs(stmts: list[Claim], stats: Stats,
                     beside: frozenset[str] | set[str] = frozenset()) -> tuple[dict[tuple[str, str], float], frozenset[str]]:
    """Candidate statement pairs with their evidence, and the story's rare content words; never a
    pair of two clauses that stand beside their structured claims (``beside``: they never meet), nor
    such a clause across scripts (the encoder's cost: it would encode every such clause too).

    Same-script pairs come from an inverted index of rare content words (the cosine is not needed:
    shared rare words decide). Pairs across scripts share no words; they come from embedding
    neighbours (cosine computed block-wise with numpy), the only place the encoder is loaded."""
    if len(stmts) < 2:
        return {}, frozenset()
    index: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(stmts):
        for w in c.keywords:
            index[w].append(i)
    cap = keyword_cap(len(stmts), len({c.article for c in stmts}))
    rare = frozenset(w for w, posting in index.items() if len(posting) <= cap)
    out: dict[tuple[str, str], float] = {}
    for posting in index.values():
        if len(posting) > cap:
            continue
        for i, j in cross_article_pairs(posting, [stmts[i].article for i in posting]):
            if stmts[i].id not in beside or stmts[j].id not in beside:
                out[(stmts[i].id, stmts[j].id)] = 0.0
    cross = _cross_script_cosines([c for c in stmts if c.id not in beside], statement_cross.GATE_COS)
    by_id = {c.id: c for c in stmts}
    statement_cross.prefetch([(by_id[x], by_id[y]) for (x, y), cos in cross.items()
                              if cos < statement.CROSS_SCRIPT_COS])
    out.update(cross)
    stats.candidate_pairs += len(out)
    return out, rare


def cross_article_pairs(items: Sequence[T], articles: Sequence[str]) -> Iterator[tuple[T, T]]:
    """The pairs of ``itertools.combinations(items, 2)`` whose two items come from different articles
    (``articles[k]`` is the article of ``items[k]``), in the same order, without visiting the pairs
    of one article: a run of one article's items is skipped in one step, so the work is the number of
    pairs yielded plus the number of runs, never the square of a block one long article fills."""
    n = len(items)
    if n < 2 or len(set(articles)) < 2:
        return
    # next_other[q]: the first position after q whose article differs from that of q (n if none)
    next_other = [n] * n
    for q in range(n - 2, -1, -1):
        next_other[q] = q + 1 if articles[q + 1] != articles[q] else next_other[q + 1]
    for p in range(n - 1):
        q = p + 1
        while q < n:
            if articles[q] == articles[p]:
                q = next_other[q]
            else:
                yield items[p], items[q]
                q += 1


def _stem_weights(members: list[Claim]) -> dict[str, float]:
    """Inverse document frequency of each signature stem over the block's claims."""
    df: dict[str, int] = defaultdict(int)
    for c in members:
        for w in set(c.keywords):
            df[w] += 1
    n = len(members)
    return {w: math.log(1 + n / k) for w, k in df.items()}


def _adopt_figures(claims: list[Claim], refs: dict[str, EventRef], out: list[Finding], covered: set[str]) -> None:
    """Uncovered figures join an agreeing group of another block of their dimension (``adopt``),
    their signature stems weighed over all the figures of that dimension."""
    by_prop: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.property.startswith("quantity:"):
            by_prop[c.property].append(c)
    weights = {p: _stem_weights(cs) for p, cs in by_prop.items()}
    adopt.adopt(claims, out, covered,
                lambda a, b: compare.judge(a, b, refs[a.id], refs[b.id], weight=weights[a.property]),
                lambda a, b: quantity_traits.describes(a, b, weights[a.property]))


def _claims_by_article(members: list[Claim]) -> dict[str, list[Claim]]:
    """A block's claims by article."""
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        if c.value is not None:
            out[c.article].append(c)
    return out


def _told_apart(a: Claim, b: Claim, told: dict[str, list[Claim]]) -> bool:
    """Does one article state both values of a clash in one breath (the spans of its two claims
    overlap: "55 of the 101 seats", "55 مقعدا من أصل 101")? Then they are two facts to that source,
    not one fact told two ways."""
    if a.value == b.value:
        return False
    for claims in told.values():
        xs = [c for c in claims if c.value == a.value]
        ys = [c for c in claims if c.value == b.value]
        if a.property in STEP_PROPERTIES and any(script_of(x.quote) == script_of(y.quote) for x in xs for y in ys):
            # "voted on Sunday ... the results, announced on Monday": two steps of the story (a page
            # giving one date in each of two languages contradicts itself instead)
            return True
        if any(x.start < y.end and y.start < x.end for x in xs for y in ys):
            return True
    return False


def _whole_against_part(a: Claim, b: Claim, told: dict[str, list[Claim]]) -> bool:
    """Is one figure of a clash the whole its own article states another figure a part of ("97 of the
    240 seats": 240), and the other figure nearer that part than that whole ("79 seats")? Then the
    other counts the part, not the whole: never a clash with the whole."""
    for x, y in ((a, b), (b, a)):
        at = next(((s.start, s.end) for s in x.signals if s.field == "value" and s.start is not None and s.end is not None),
                  None)
        if at is None or quantity.part_of_whole(y):
            continue
        parts = [c for c in told.get(x.article, ()) if c.id != x.id and any(
            s.field == "scope" and s.start is not None and s.end is not None and s.start < at[1] and at[0] < s.end
            for s in c.signals)]
        whole, other = quantity.number_of(x.value or ""), quantity.number_of(y.value or "")
        if whole is None or other is None:
            continue
        for p in parts:
            part = quantity.number_of(p.value or "")
            if part is not None and abs(other - part) < abs(other - whole):
                return True
    return False


# Properties whose values name a story's steps: one article giving two of them for what looks like
# one event tells two steps apart (the vote and the count, the truce and the release; the first round
# and the runoff; the first destination of a journey and the next leg).
STEP_PROPERTIES = frozenset({"date", "round", "route:origin", "route:destination"})
# Properties whose claims carry a noun in their measure signal, compared across scripts by the nouns'
# cosine (``quantity_traits.head_text``) as figures' counted nouns are: what a duration is the length of
# ("a four-day truce") and the event noun a round numbers ("the third round").
NOUN_PROPERTIES = frozenset({"duration", "round", "occurrence"})


def _not_best_match(a: Claim, b: Claim, members: list[Claim], weight: dict[str, float],
                    refs: dict[str, EventRef], told: dict[str, list[Claim]] | None = None) -> bool:
    """Is a clash between figures ``a`` and ``b`` doubtful because one of them is not the other's best
    match? Each article's figures of this dimension are candidates: when the article of ``a`` states
    another value that describes ``b`` as well as ``a`` does ("94.65 % of the votes" and "3.17 % of the
    votes" of two candidates, against "2.16 % of the votes"), the pair is not known to be one fact."""
    for x, y in ((a, b), (b, a)):
        mine = quantity_traits.match_score(x, y, weight)
        for other in members:
            if other.article == x.article and other.id != x.id and not quantity.meets(other, x) \
                    and quantity_traits.match_score(other, y, weight) >= mine \
                    and compare.judge(other, y, refs[other.id], refs[y.id], weight=weight).kind != "unrelated" \
                    and not (told and _whole_against_part(other, y, told)):
                return True
    return False


def _cross_script_cosines(claims: list[Claim], min_cos: float,
                          text: Callable[[Claim], str | None] = lambda c: c.quote) -> dict[tuple[str, str], float]:
    """Embedding cosines of ``text`` (the quote; for figures also their counted nouns, "citizens" /
    "مواطنين") of claim pairs from different articles written in different scripts, for the pairs
    reaching ``min_cos`` (none when the claims share one script: the encoder is then not loaded).
    Claims whose ``text`` is None take no part."""
    texts = [text(c) for c in claims]
    have = [i for i, t in enumerate(texts) if t]
    scripts = {i: script_of(claims[i].quote) for i in have}
    articles_of: dict[str, set[str]] = defaultdict(set)   # script -> the articles with claims in it
    for i in have:
        articles_of[scripts[i]].add(claims[i].article)
    if len(articles_of) < 2 or all(len(articles_of[sa] | articles_of[sb]) < 2
                                   for sa, sb in itertools.combinations(articles_of, 2)):
        return {}   # one script, or every claim in another script is in the same one article
    words = sorted({texts[i] for i in have})
    vecs = embed.encode(words)
    row = {w: k for k, w in enumerate(words)}
    out: dict[tuple[str, str], float] = {}
    # only pairs across scripts are wanted: one rectangle per pair of scripts, never the full square
    by_script: dict[str, list[int]] = defaultdict(list)
    for i in have:
        by_script[scripts[i]].append(i)
    for sa, sb in itertools.combinations(sorted(by_script), 2):
        ia, ib = by_script[sa], by_script[sb]
        sims = vecs[[row[texts[i]] for i in ia]] @ vecs[[row[texts[j]] for j in ib]].T
        for x, y in zip(*np.nonzero(sims >= min_cos)):
            i, j = sorted((ia[x], ib[y]))
            if claims[i].article != claims[j].article:
                out[(claims[i].id, claims[j].id)] = float(sims[x, y])
    return out


def _reading_cosine(members: list[Claim]) -> list[Claim]:
    """The figures of a block whose quote's cosine a pair of different articles may read
    (``quantity.reads_cosine``): only their quotes are encoded. On the benchmark corpus
    (benchmarks/run.py, 1,000 articles) that is 237 of 2,789 quotes, and the encoding of figure quotes
    was a third of the encoder's work."""
    reading: set[str] = set()
    for a, b in cross_article_pairs(members, [c.article for c in members]):
        if (a.id not in reading or b.id not in reading) and quantity.reads_cosine(a, b):
            reading.update((a.id, b.id))
    return [c for c in members if c.id in reading]


def is_beside(c: Claim) -> bool:
    """Is the statement a clause its structured claims already hold (``normalize.BESIDE_RULE``)?"""
    return any(s.field == "property" and s.rule == BESIDE_RULE for s in c.signals)


def _beside_agreements(stmts: list[Claim], beside: set[str], sims: dict[tuple[str, str], float],
                       by_id: dict[str, Claim], refs: dict[str, EventRef], rare: frozenset[str],
                       out: list[Finding], covered: set[str]) -> None:
    """A statement no other source's statement agrees with may agree with a clause of another source
    that its structured claims hold ("issued a mayday call moments before it crashed around lunchtime
    on Thursday"): one agreement of the statement and each such clause it agrees with. Only agreement:
    such a clause never clashes as a statement (its figures and dates clash as themselves), and two of
    them never meet (their structured claims do)."""
    alone = {c.id for c in stmts if c.id not in covered}
    found: dict[str, list[tuple[Claim, compare.Verdict]]] = defaultdict(list)
    for (x, y), cos in sims.items():
        for mine, other in ((x, y), (y, x)):
            if mine in alone and other in beside:
                verdict = compare.judge(by_id[mine], by_id[other], refs[mine], refs[other], similarity=cos, rare=rare)
                if verdict.kind == "agree":
                    found[mine].append((by_id[other], verdict))
    for cid in sorted(found):
        fits = found[cid]
        out.append(compare.agreement([by_id[cid]] + [c for c, _ in fits], fits[0][1].reason, fits[0][1].confidence))
        covered.add(cid)
        covered.update(c.id for c, _ in fits)


def _without_restated_clashes(structured: list[Finding], found: list[Finding], by_id: dict[str, Claim]) -> list[Finding]:
    """Statement findings less the contradictions that restate a structured one: a clause whose
    value ("does not aim at ...") already sits on a side of a contradiction, or whose figure an update
    already tells as changed over time ("arrested 37" on Saturday, "detained 43" on Sunday), says
    nothing new as a whole clause."""
    def spans(f: Finding) -> set[tuple[str, int, int]]:
        return {(by_id[i].article, by_id[i].start, by_id[i].end) for i in f.claims if i in by_id}

    clashing = set().union(*(spans(f) for f in structured if f.kind in ("contradiction", "update")))

    def restates(f: Finding) -> bool:
        return f.kind == "contradiction" and any(
            a == ca and s < ce and cs < e for a, s, e in spans(f) for ca, cs, ce in clashing)
    return [f for f in found if not restates(f)]


def build_findings(claims: list[Claim], published: dict[str, dt.date | None] | None = None) -> tuple[list[Finding], Stats]:
    """Findings of one story: contradictions, agreements, then single-source claims.
    ``published`` (article id -> publication date) lets evolving counts (tolls...) from different or
    unknown times differ without contradicting."""
    published = published or {}
    stats = Stats()
    refs_by_article: dict[str, list[EventRef]] = defaultdict(list)
    for c in claims:
        refs_by_article[c.article].append(EventRef.parse(c.event))
    first = first_published(published)
    own = article_events(refs_by_article, first)
    refs = {c.id: relative_to(EventRef.parse(c.event), own[c.article], first).merged(own[c.article]) for c in claims}
    refs = in_story(refs, story_places(refs_by_article))

    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.property != "statement":
            blocks[kinds.block_key(c)].append(c)
    stmts = [c for c in claims if c.property == "statement"]
    beside = {c.id for c in stmts if is_beside(c)}
    sims, rare = _statement_pairs(stmts, stats, beside)
    stmts = [c for c in stmts if c.id not in beside]

    out: list[Finding] = []
    covered: set[str] = set()
    for members in blocks.values():
        if len({c.article for c in members}) < 2:
            continue
        stats.blocks += 1
        verdicts: dict[tuple[str, str], compare.Verdict] = {}
        figures = members[0].property.startswith("quantity:")
        cos = _cross_script_cosines(_reading_cosine(members), quantity.CROSS_SCRIPT_AGREE_COS) if figures else {}
        weight = _stem_weights(members) if figures else {}
        # the nouns durations are the length of and rounds number, as figures' counted nouns
        nouns = members[0].property in NOUN_PROPERTIES
        heads = _cross_script_cosines(members, quantity_traits.CROSS_SCRIPT_HEAD_COS, quantity_traits.head_text) \
            if figures or nouns else {}
        told = _claims_by_article(members)
        for a, b in cross_article_pairs(members, [c.article for c in members]):
            stats.candidate_pairs += 1
            verdict = compare.judge(a, b, refs[a.id], refs[b.id], similarity=cos.get((a.id, b.id), 0.0),
                                    weight=weight, head_similarity=heads.get((a.id, b.id), 0.0))
            if figures and verdict.kind == "contradict" and quantity.measure(a) is None \
                    and _not_best_match(a, b, members, weight, refs, told):
                verdict = compare.UNRELATED
            if verdict.kind == "contradict" and (_told_apart(a, b, told) or duration.another_penalty(a, b, told)):
                verdict = compare.UNRELATED
            if figures and verdict.kind == "contradict" and _whole_against_part(a, b, told):
                verdict = compare.UNRELATED
            if verdict.kind == "contradict" and quantity_traits.evolving(a) and quantity_traits.evolving(b):
                verdict = compare.over_time(verdict, published.get(a.article), published.get(b.article))
            elif verdict.kind == "contradict" and superseded(a, b, published):
                # a preliminary count and a later stage of it (kinds.provisional): an update
                verdict = compare.over_time(verdict, published.get(a.article), published.get(b.article))
            verdicts[(a.id, b.id)] = verdict
        _findings_for_block(members, verdicts, out, covered, published)
    _adopt_figures(claims, refs, out, covered)
    by_id = {c.id: c for c in claims}
    verdicts = {}
    for (x, y), cos in sims.items():
        if x not in beside and y not in beside:
            verdicts[(x, y)] = compare.judge(by_id[x], by_id[y], refs[x], refs[y], similarity=cos, rare=rare)
    if stmts:
        structured = len(out)
        _findings_for_block(stmts, verdicts, out, covered)
        out[structured:] = _without_restated_clashes(out[:structured], out[structured:], by_id)
    _beside_agreements(stmts, beside, sims, by_id, refs, rare, out, covered)
    beside_clauses.join_groups([by_id[i] for i in sorted(beside)], sims, claims, refs, rare, out, covered)

    out += single.single_source(claims, covered | beside)
    order = {"contradiction": 0, "update": 1, "agreement": 2, "unsupported": 3}
    out.sort(key=lambda f: (order[f.kind], -f.confidence, f.id))
    return identity.with_ids(out, by_id, published), stats   # ids by what each finding is about


