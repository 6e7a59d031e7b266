"""The warm-path engine: for each first-hop introducer, the best path to the target company.

The question is "whom should I ask, and by which path?", so the answer is the best path **per
first-hop introducer** within ``max_hops`` edges, and the top-k are the k cheapest
introducers, distinct by construction. Costs are positive (``−ln`` of factors in (0, 1]), so the
best hop-bounded walk is a simple path and no Yen-style spur search is needed::

    cost(a) = w(member, a) + intro(a) + D≤H−1(a → targets)      (members never inside a path)

Advice a person would follow (DESIGN.md): the sources' own contacts who are at the company
form their own group (``direct``: ``cost = w + fit``), ranked apart and first; an introduction
never targets one of the sources' contacts and never passes through one (that contact's own
card covers it), so ``D`` is searched with every contact blocked except as the first hop.
Each group holds at most ``top`` cards, each a different first-hop person. With
``through_others``, the targets who are contacts are reached like anyone else at the company,
by an introduction (their own tie left out, the other contacts still blocked inside): how a
friend could introduce the member to someone she barely knows.

Asks are about one target (``PathQuery.asks``, from ``scoring.ask_costs``): asking
introducer ``a`` for target ``t`` may cost more or less than ``a``'s factor says (``inf``:
she declined that very introduction). Those few introducers get a search of their own
towards the targets priced for them, so each still gets her best path (to someone else at
the company, if she said no to one person); a path of hers never goes through someone she
declined to introduce, at the company or not.

``D`` comes from two searches that meet in the middle: hop-layered Bellman–Ford from the
targets (``D≤k`` for each budget ``k``) and a labelled search forward from each first hop
(``(introducer, node)`` states). Before each layer the engine expands the side whose frontier
touches fewer edges (degree sums), as bidirectional search does. Past ``edge_budget`` edges
touched it leaves out the busiest frontier nodes (supernodes) and says ``exact=False``.

Pure: a ``Snapshot`` and a ``PathQuery`` in, a ``Ranking`` out; no I/O.

Isabelle (0) knows Véronique (1), who knows Solène (2), the target; the score is
e^−(0.1 + 0.2) × 0.8 (one go-between) × 1 (introducer factor e^−0):

>>> from datetime import date
>>> from graph.services.snapshots import Snapshot
>>> snap = Snapshot(["p:isabelle", "p:solene", "p:veronique"],
...                 indptr=np.array([0, 1, 2, 4]), indices=np.array([2, 2, 0, 1]),
...                 cost=np.array([0.1, 0.2, 0.1, 0.2]), intro_cost={}, intro_default=0.0,
...                 members=(0,), version=1, today=date(2026, 11, 27))
>>> found = rank_introducers(snap, PathQuery(sources=(0,), targets={1: 0.0})).paths[0]
>>> [snap.people[node] for node in found.path], round(found.score, 3)
(['p:isabelle', 'p:veronique', 'p:solene'], 0.593)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from graph.core.scoring import HOP_PENALTY
from graph.core.snapshot import Snapshot

HOP_COST = -math.log(HOP_PENALTY)
DEFAULT_EDGE_BUDGET = 2_000_000
COST_DECIMALS = 9  # costs equal to this many decimals are ties, broken by introducer id
DENSE_RATIO = 8    # _first_per_key scatters into arrays up to 8 entries per key


@dataclass(frozen=True)
class PathQuery:
    sources: tuple[int, ...]
    targets: dict[int, float]  # target person → −ln(fit): who counts as "at the company"
    blocked: frozenset[int] = frozenset()  # never on a path, never an introducer (--exclude)
    max_hops: int = 4
    top: int = 5
    edge_budget: int = DEFAULT_EDGE_BUDGET
    # (introducer, target) → extra cost of that ask (inf: never), ``scoring.ask_costs``
    asks: dict[tuple[int, int], float] = field(default_factory=dict)
    # The targets who are the sources' own contacts are reached through someone else too,
    # never by the sources' own tie: no direct card, and they introduce no one (the best
    # introduction to a contact the member barely knows, ``graph/services/warmer.py``;
    # meant for one target: with several, such a target is a target like any other)
    through_others: bool = False


@dataclass(frozen=True)
class RankedPath:
    introducer: int
    path: tuple[int, ...]  # source, introducer, …, target person
    cost: float
    direct: bool           # the introducer is the target: a contact at the company
    # (``Ranking.paths``: the direct contacts first, then the introductions; each by cost)

    @property
    def score(self) -> float:
        return math.exp(-self.cost)


@dataclass(frozen=True)
class Ranking:
    paths: list[RankedPath]
    exact: bool
    edges_touched: int
    split: tuple[int, int] = (0, 0)  # hops searched forward from the introducers, backward


@dataclass
class _Layer:
    """Forward states at one depth: (introducer position, node, cost, parent state)."""

    label: np.ndarray
    node: np.ndarray
    cost: np.ndarray
    parent: np.ndarray


@dataclass
class _Search:
    snap: Snapshot
    query: PathQuery
    blocked: np.ndarray
    budget: int
    touched: int = 0
    exact: bool = True
    back: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)  # (D≤k, next hop)
    back_frontier: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    forward: list[_Layer] = field(default_factory=list)
    introducers: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))

    def out_edges(self, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Edge slots leaving ``nodes`` and, for each, the position of the node it leaves;
        within the budget, leaving out the highest-degree nodes when it runs short."""
        degrees = self.snap.degree(nodes)
        left = self.budget - self.touched
        if degrees.sum() > left:
            self.exact = False
            order = np.argsort(degrees, kind="stable")
            keep = order[np.cumsum(degrees[order]) <= max(left, 0)]
            mask = np.zeros(len(nodes), dtype=bool)
            mask[keep] = True
            degrees = np.where(mask, degrees, 0)
        starts = self.snap.indptr[nodes]
        total = int(degrees.sum())
        self.touched += total
        owners = np.repeat(np.arange(len(nodes)), degrees)
        offsets = np.arange(total) - np.repeat(np.cumsum(degrees) - degrees, degrees)
        return np.repeat(starts, degrees) + offsets, owners

    def step_back(self) -> None:
        """D≤k+1(v) = min(D≤k(v), min_u c(v,u) + D≤k(u)), from the nodes that improved last."""
        dist, nxt = self.back[-1]
        slots, owners = self.out_edges(self.back_frontier)
        u = self.back_frontier[owners]
        v = self.snap.indices[slots]
        cand = dist[u] + self.snap.cost[slots] + HOP_COST
        keep = ~self.blocked[v] & (cand < dist[v])
        u, v, cand = u[keep], v[keep], cand[keep]
        first = _first_per_key(v, cand, len(self.snap))
        dist, nxt = dist.copy(), nxt.copy()
        dist[v[first]] = cand[first]
        nxt[v[first]] = u[first]
        self.back.append((dist, nxt))
        self.back_frontier = v[first]

    def step_forward(self) -> None:
        last = self.forward[-1]
        slots, owners = self.out_edges(last.node)
        v = self.snap.indices[slots]
        keep = ~self.blocked[v]
        slots, owners, v = slots[keep], owners[keep], v[keep]
        label = last.label[owners]
        cost = last.cost[owners] + self.snap.cost[slots] + HOP_COST
        if len(self.forward) > 1:  # from one introducer, the first layer has no duplicates
            first = _first_per_key(label.astype(np.int64) * len(self.snap) + v, cost)
            label, v, cost, owners = label[first], v[first], cost[first], owners[first]
        self.forward.append(_Layer(label, v, cost, owners))

    def forward_cost(self) -> int:
        return int(self.snap.degree(self.forward[-1].node).sum())

    def back_cost(self) -> int:
        return int(self.snap.degree(self.back_frontier).sum())


def rank_introducers(snap: Snapshot, query: PathQuery) -> Ranking:
    """The best path per first-hop introducer, the ``query.top`` best introducers first."""
    sources = np.array(sorted(set(query.sources)), dtype=np.int64)
    blocked = np.zeros(len(snap), dtype=bool)  # the sources, the members, the excluded
    blocked[np.r_[sources, list(snap.members), list(query.blocked)].astype(np.int64)] = True
    target_nodes = np.fromiter(query.targets, dtype=np.int64, count=len(query.targets))
    target_costs = np.fromiter(query.targets.values(), dtype=float, count=len(query.targets))
    targets = _outside(blocked, target_nodes, target_costs)
    search = _Search(snap, query, blocked, query.edge_budget)
    if not len(sources) or not targets:
        return Ranking([], True, 0)

    intro, src, w = _first_hops(search, sources)
    if not len(intro):
        return Ranking([], search.exact, search.touched)

    # The sources' contacts: first hops only, never further along an introduction's path.
    search.blocked = blocked.copy()
    search.blocked[intro] = True
    fit = _lookup(intro, targets, np.inf)
    is_direct = np.isfinite(fit)
    if query.through_others:  # their own tie left out: such a contact is only a target
        search.blocked[intro[is_direct]] = False
        intro, src, w, fit = (column[~is_direct] for column in (intro, src, w, fit))
        is_direct = is_direct[~is_direct]
    cost = np.where(is_direct, w + fit, np.inf)
    asking = np.flatnonzero(~is_direct)  # contacts who are not at the company themselves
    via_targets = _outside(search.blocked, target_nodes, target_costs)
    # where each introducer's path ends, and which of the ``searches`` found it
    state_of, depth_of, searched = np.full((3, len(intro)), -1)
    searches = [search]
    if via_targets and len(asking):
        via, depth_of[asking], state_of[asking] = _via(search, intro[asking], via_targets)
        searched[asking] = 0
        cost[asking] = (w[asking] + _lookup(intro[asking], snap.intro_cost, snap.intro_default)
                        + via)
        for i, priced, declined in _priced_targets(query.asks, intro, asking, via_targets):
            if not priced:  # she declined every target there is
                cost[i] = np.inf
                continue
            own = _Search(snap, query, _with(search.blocked, declined), query.edge_budget)
            found, depth, state = _via(own, intro[i:i + 1], priced)
            search.touched += own.touched
            search.exact &= own.exact
            cost[i] = w[i] + snap.introducer_cost(int(intro[i])) + found[0]
            depth_of[i], state_of[i], searched[i] = depth[0], state[0], len(searches)
            searches.append(own)

    def tail(i: int) -> tuple[int, ...]:
        return ((int(intro[i]),) if is_direct[i] else
                _path_from(searches[searched[i]], int(depth_of[i]), int(state_of[i])))
    paths = [RankedPath(int(intro[i]), (int(src[i]), *tail(i)), float(cost[i]),
                        bool(is_direct[i]))
             for group in (np.flatnonzero(is_direct), asking)
             for i in _cheapest(group, cost, intro, query.top)]
    split = (len(search.forward), len(search.back) - 1)
    return Ranking(paths, search.exact, search.touched, split)


def _cheapest(group: np.ndarray, cost: np.ndarray, intro: np.ndarray, top: int) -> np.ndarray:
    """The ``top`` positions of ``group`` with a finite cost, cheapest first; ties by id
    (node order is id order)."""
    found: np.ndarray = group[np.isfinite(cost[group])]
    return found[np.lexsort((intro[found], np.round(cost[found], COST_DECIMALS)))[:top]]


def _first_hops(search: _Search, sources: np.ndarray,
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each introducer (in increasing order), the source she is closest to, and that tie's
    cost: the cheapest first hop per introducer."""
    snap = search.snap
    slots, owners = search.out_edges(sources)
    intro, src, w = snap.indices[slots].astype(np.int64), sources[owners], snap.cost[slots]
    keep = ~search.blocked[intro]
    intro, src, w = intro[keep], src[keep], w[keep]
    first = _first_per_key(intro, w, len(snap))  # by introducer: ``intro`` is increasing
    return intro[first], src[first], w[first]


def _via(search: _Search, intro: np.ndarray, targets: dict[int, float],
         ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each introducer, the cheapest walk of 1..H−1 hops to a target, and where it ends
    (forward layer and state)."""
    n, hops = len(search.snap), search.query.max_hops - 1
    best = np.full(len(intro), np.inf)
    depth_of = np.full(len(intro), -1)
    state_of = np.full(len(intro), -1)
    if hops < 1:
        return best, depth_of, state_of
    dist = np.full(n, np.inf)
    dist[list(targets)] = list(targets.values())
    search.back.append((dist, np.full(n, -1, dtype=np.int64)))
    search.back_frontier = np.array(sorted(targets), dtype=np.int64)
    positions = np.arange(len(intro))
    search.introducers = intro
    search.forward.append(_Layer(positions, intro, np.zeros(len(intro)), positions))
    search.step_forward()  # at least one hop forward: the introducer is not its own target
    search.forward.pop(0)
    while len(search.forward) + len(search.back) - 1 < hops:
        if search.forward_cost() <= search.back_cost():
            search.step_forward()
        else:
            search.step_back()

    reach = search.back[-1][0]
    for depth, layer in enumerate(search.forward):
        total = layer.cost + reach[layer.node]
        ok = np.flatnonzero(np.isfinite(total))
        first = ok[_first_per_key(layer.label[ok], total[ok], len(intro))]
        better = first[total[first] < best[layer.label[first]]]  # fewer hops win ties
        labels = layer.label[better]
        best[labels] = total[better]
        depth_of[labels] = depth
        state_of[labels] = better
    return best, depth_of, state_of


def _priced_targets(asks: dict[tuple[int, int], float], intro: np.ndarray, asking: np.ndarray,
                    targets: dict[int, float],
                    ) -> list[tuple[int, dict[int, float], list[int]]]:
    """The introducers (positions in ``intro``) whose asks are priced apart, each with the
    targets as priced for her (a declined target left out) and the people she declined to
    introduce: her path never goes through them (asking her to reach the company by way of
    someone she would not introduce is the same ask again)."""
    by_introducer: dict[int, dict[int, float]] = {}
    for (introducer, target), cost in asks.items():
        if target in targets or math.isinf(cost):
            by_introducer.setdefault(introducer, {})[target] = cost
    if not by_introducer:
        return []
    found = []
    for i in asking[np.isin(intro[asking], list(by_introducer))].tolist():
        extra = by_introducer[int(intro[i])]
        found.append((i, {t: c + extra.get(t, 0.0) for t, c in targets.items()
                          if math.isfinite(extra.get(t, 0.0))},
                      [t for t, c in extra.items() if math.isinf(c)]))
    return found


def _with(blocked: np.ndarray, more: list[int]) -> np.ndarray:
    """``blocked`` with ``more`` blocked too (a copy, if there are any)."""
    if not more:
        return blocked
    found = blocked.copy()
    found[more] = True
    return found


def _path_from(search: _Search, depth: int, s: int) -> tuple[int, ...]:
    """The introducer, the forward nodes down to state ``s``, then the backward hops."""
    forward = []
    for layer in reversed(search.forward[:depth + 1]):
        forward.append(int(layer.node[s]))
        s = int(layer.parent[s])  # in the first layer, the parent is the introducer's position
    path = [int(search.introducers[s]), *reversed(forward)]
    node, budget = path[-1], len(search.back) - 1
    while budget >= 0:
        nxt = int(search.back[budget][1][node])
        if nxt < 0:
            break
        path.append(nxt)
        node, budget = nxt, budget - 1
    return tuple(path)


def _outside(blocked: np.ndarray, nodes: np.ndarray, costs: np.ndarray) -> dict[int, float]:
    """``{node: cost}`` for the nodes not blocked (vectorised: a company may have thousands)."""
    keep = ~blocked[nodes]
    return dict(zip(nodes[keep].tolist(), costs[keep].tolist(), strict=True))


def _lookup(nodes: np.ndarray, values: dict[int, float], default: float) -> np.ndarray:
    """``values[node]`` for each of the sorted ``nodes``, else ``default``."""
    out = np.full(len(nodes), default)
    if values:
        keys = np.fromiter(values, dtype=np.int64, count=len(values))
        found = np.fromiter(values.values(), dtype=float, count=len(values))
        at = np.minimum(np.searchsorted(nodes, keys), len(nodes) - 1)
        hit = nodes[at] == keys
        out[at[hit]] = found[hit]
    return out


def _first_per_key(key: np.ndarray, cost: np.ndarray, size: int | None = None) -> np.ndarray:
    """Positions of the cheapest entry for each distinct key, in increasing key order (ties:
    the earliest entry, so the result is deterministic). With ``size`` (keys are in
    ``range(size)``, and not many more than there are entries) it scatters instead of sorting.
    """
    if not len(key):
        return np.zeros(0, dtype=np.int64)
    if size is not None and size <= DENSE_RATIO * len(key):
        best = np.full(size, np.inf)
        np.minimum.at(best, key, cost)
        winners = np.flatnonzero(cost == best[key])
        first = np.full(size, len(key))
        np.minimum.at(first, key[winners], winners)
        return first[first < len(key)]
    order = np.lexsort((cost, key))
    sorted_keys = key[order]
    starts = np.ones(len(order), dtype=bool)
    starts[1:] = sorted_keys[1:] != sorted_keys[:-1]
    return order[starts]
