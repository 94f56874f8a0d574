"""Stage 5, group: the clusters of one block's claims. Claims that agree join one cluster (complete
linkage, most specific claims first); clusters linked by a contradiction or an update verdict are
the sides of a finding (``judge.group``)."""
from __future__ import annotations

from collections import defaultdict

from . import compare
from .. import kinds
from ..kinds import quantity
from ..models import Claim


def specificity(c: Claim) -> tuple:
    """The order claims join clusters in: more filled parts of the value first (as its kind counts
    them, ``Kind.specificity``; else its space-separated parts), then by article and place in it."""
    kind = kinds.kind_of(c.property)
    count = kinds.specificity_of(kind) if kind is not None else None
    filled = count(c) if count is not None else len([x for x in (c.value or "").replace("|", " ").split() if x])
    return (-filled, c.article, c.start)


def precision(c: Claim) -> tuple:
    """Most precise first: more filled parts of the value, then the narrower stated interval
    ("61.42 %" before "about 60 %"). Orders which claims leave a contradiction's sides first, not
    how clusters form (ordering clusters by it lowered a held-out story's agreements)."""
    width = c.value_high - c.value_low if c.value_low is not None and c.value_high is not None else 0.0
    filled, *rest = specificity(c)
    return (filled, width, *rest)


def cluster(members: list[Claim], verdicts: dict[tuple[str, str], compare.Verdict]) -> list[list[Claim]]:
    """Agreement clusters, most specific claims first. Only clusters holding a claim that agrees with
    the newcomer are tried. A claim joins a cluster it agrees with entirely (complete linkage); a
    figure also joins one whose figures all meet its own when it agrees with one of them and
    contradicts none (the same 13 told in two languages, each pair not always recognised)."""
    friends: dict[str, set[str]] = defaultdict(set)
    foes: dict[str, set[str]] = defaultdict(set)
    for (x, y), vd in verdicts.items():
        if vd.kind == "agree":
            friends[x].add(y)
            friends[y].add(x)
        elif vd.kind in ("contradict", "update"):
            foes[x].add(y)
            foes[y].add(x)
    figures = bool(members) and members[0].property.startswith("quantity:")

    def joins(c: Claim, cl: list[Claim]) -> bool:
        mine = friends[c.id]
        if not any(m.article != c.article for m in cl):
            return False
        if all(m.article == c.article or m.id in mine for m in cl):
            return True
        return figures and not any(m.id in foes[c.id] for m in cl) and all(quantity.meets(c, m) for m in cl)

    clusters: list[list[Claim]] = []
    where: dict[str, int] = {}
    for c in sorted(members, key=specificity):
        mine = friends[c.id]
        for k in sorted({where[n] for n in mine if n in where}):
            cl = clusters[k]
            if joins(c, cl):
                cl.append(c)
                where[c.id] = k
                break
        else:
            where[c.id] = len(clusters)
            clusters.append([c])
    # a claim left alone because its friends came after it ("two dams collapsed" and "the breach of
    # two aging dams" in one article, "two dams ... burst" in another: the other article's claim
    # joined the first one's cluster) joins a cluster of other sources whose every claim from another
    # article agrees with it, when nothing contradicts it (a claim of a clash stays where the clash
    # put it: moving one changes the clash's sides)
    for k, cl in enumerate(clusters):
        if len(cl) != 1 or foes[cl[0].id]:
            continue
        c = cl[0]
        for j in sorted({where[n] for n in friends[c.id] if n in where} - {k}):
            others = [m for m in clusters[j] if m.article != c.article]
            if len({m.article for m in clusters[j]}) > 1 and others and all(m.id in friends[c.id] for m in others):
                cl.remove(c)
                clusters[j].append(c)
                where[c.id] = j
                break
    return [cl for cl in clusters if cl]


def cluster_edges(clusters: list[list[Claim]], verdicts: dict[tuple[str, str], compare.Verdict],
                   kind: str) -> dict[tuple[int, int], compare.Verdict]:
    """Pairs of clusters linked by a verdict of ``kind`` between claims of different articles."""
    where = {c.id: k for k, cl in enumerate(clusters) for c in cl}
    article = {c.id: c.article for cl in clusters for c in cl}
    edges: dict[tuple[int, int], compare.Verdict] = {}
    for (x, y), vd in sorted(verdicts.items()):
        if vd.kind != kind or x not in where or y not in where or article[x] == article[y]:
            continue
        i, j = sorted((where[x], where[y]))
        if i != j:
            edges.setdefault((i, j), vd)
    return edges


def components(edges: dict[tuple[int, int], object]) -> list[list[int]]:
    """Connected components (sorted) of an undirected graph given by its edges."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        parent[find(a)] = find(b)
    comps: dict[int, list[int]] = defaultdict(list)
    for x in list(parent):
        comps[find(x)].append(x)
    return sorted(sorted(c) for c in comps.values())
