"""The path engine against a brute-force oracle, and on small graphs drawn by hand."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.core.model import SOURCES, IntroRequest, Referral
from graph.core.paths import PathQuery, Ranking, rank_introducers
from graph.core.scoring import ask_costs
from graph.core.snapshot import Snapshot, by_nodes
from tests.graphs import contacts_of, oracle, path_cost, pid, snapshot_of


@st.composite
def graphs_and_queries(draw: st.DrawFn) -> tuple[Snapshot, PathQuery]:
    n = draw(st.integers(2, 60))
    nodes = st.integers(0, n - 1)
    pairs = draw(st.lists(st.tuples(nodes, nodes).filter(lambda p: p[0] != p[1])
                          .map(lambda p: (min(p), max(p))), min_size=min(n, 40), max_size=3 * n,
                          unique=True))
    ties = [(a, b, draw(st.integers(0, 5)), draw(st.sampled_from(SOURCES)),
             draw(st.sampled_from([-1, 0, 30, 400, 3000])), draw(st.integers(0, 50)))
            for a, b in pairs]
    members = draw(st.lists(nodes, min_size=1, max_size=3, unique=True))
    intros = [IntroRequest(f"i:{k}", pid(members[0]), pid(who), pid(whom), None, status)
              for k, (who, whom, status) in enumerate(draw(st.lists(st.tuples(
                  nodes, nodes, st.sampled_from(["asked", "declined", "introduced", "won"])),
                  max_size=6)))]
    referrals = [Referral(f"r:{k}", pid(a), pid(b), pid(members[0]), offered_intro=True)
                 for k, (a, b) in enumerate(draw(st.lists(st.sampled_from(pairs), max_size=4)))
                 ] if pairs else []
    snap = snapshot_of(n, ties, members, referrals, intros)
    sources = tuple(draw(st.lists(st.sampled_from(members), min_size=1, unique=True)))
    targets = draw(st.dictionaries(nodes, st.sampled_from([0.0, -math.log(0.5)]), min_size=1,
                                   max_size=max(1, n // 3)))
    blocked = frozenset(draw(st.lists(nodes, max_size=3)))
    hops = draw(st.sampled_from([1, 2, 3, 4, 4, 5]))
    query = PathQuery(sources, targets, blocked, max_hops=hops, top=draw(st.integers(1, 8)),
                      asks=by_nodes(snap.people, ask_costs(intros)),
                      through_others=draw(st.booleans()))
    return snap, query


def check_path(snap: Snapshot, query: PathQuery, path: tuple[int, ...], cost: float,
               direct: bool) -> None:
    """A returned path is real: simple, within hops, from a source to a target, nothing
    blocked inside, and its cost is what the scoring says."""
    never = set(snap.members) | set(query.sources) | set(query.blocked)
    assert path[0] in query.sources and path[-1] in query.targets
    assert len(set(path)) == len(path) and 2 <= len(path) <= query.max_hops + 1
    assert not never & set(path[1:])
    assert path_cost(snap, query, path) == pytest.approx(cost, abs=1e-9)
    assert direct == (len(path) == 2)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs_and_queries())
def test_engine_matches_brute_force_oracle(case: tuple[Snapshot, PathQuery]) -> None:
    snap, query = case
    ranking = rank_introducers(snap, query)
    expected = oracle(snap, query)
    got = [(snap.people[p.introducer], p.direct, p.cost) for p in ranking.paths]
    assert [(a, d) for a, d, _ in got] == [(a, d) for a, d, _ in expected]
    assert [c for _, _, c in got] == pytest.approx([c for _, _, c in expected], abs=1e-9)
    assert ranking.exact
    for p in ranking.paths:
        check_path(snap, query, p.path, p.cost, p.direct)
    check_advice(snap, query, ranking)


def check_advice(snap: Snapshot, query: PathQuery, ranking: Ranking) -> None:
    """The rules a person would follow, on any graph: no introduction targets one of the
    member's contacts or passes through one, or asks someone for a person she declined to
    introduce (her own pending ask for that person does not lower the card: the oracle's
    costs price it per card); every card is a different first hop; direct
    contacts come first; each group is best first."""
    contacts = contacts_of(snap, query)
    if query.through_others:  # (reached through others: never a direct card)
        assert not any(p.direct for p in ranking.paths)
        contacts -= set(query.targets)
    direct = [p for p in ranking.paths if p.direct]
    intros = [p for p in ranking.paths if not p.direct]
    assert ranking.paths == direct + intros
    assert len(direct) <= query.top and len(intros) <= query.top
    for p in intros:
        assert all(math.isfinite(query.asks.get((p.introducer, v), 0.0))  # none declined
                   for v in p.path[2:])
        assert p.path[-1] not in contacts
        assert not contacts & set(p.path[2:])
        assert p.introducer not in query.targets
    introducers = [p.introducer for p in ranking.paths]
    assert len(set(introducers)) == len(introducers)
    for group in (direct, intros):
        scores = [round(p.score, 9) for p in group]
        assert scores == sorted(scores, reverse=True)


def rank(snap: Snapshot, targets: list[int], **options: object) -> Ranking:
    return rank_introducers(snap, PathQuery(sources=snap.members, targets=dict.fromkeys(
        targets, 0.0), **options))  # type: ignore[arg-type]


def test_paths_prefers_recent_close_introducer() -> None:
    """me(0) knows 1 (close, seen last week) and 2 (close, not seen for 5 years); both know
    the target 3 the same way."""
    snap = snapshot_of(4, [(0, 1, 4, "manual", 7, 0), (0, 2, 4, "manual", 1800, 0),
                           (1, 3, 3, "manual", 30, 0), (2, 3, 3, "manual", 30, 0)], [0])
    ranking = rank(snap, [3])
    assert [p.path for p in ranking.paths] == [(0, 1, 3), (0, 2, 3)]
    assert ranking.paths[0].score > 2 * ranking.paths[1].score


def test_direct_contacts_come_first_and_are_flagged() -> None:
    """me(0) knows target 2 a little (LinkedIn) and 1 well; 1 knows target 3 well."""
    snap = snapshot_of(4, [(0, 1, 5, "manual", 0, 0), (1, 3, 5, "manual", 0, 0),
                           (0, 2, 0, "linkedin", -1, 0)], [0])
    ranking = rank(snap, [2, 3])
    assert [(p.introducer, p.direct) for p in ranking.paths] == [(2, True), (1, False)]
    assert ranking.paths[1].score > ranking.paths[0].score  # first only because direct


def test_each_hop_spends_goodwill() -> None:
    """Two equally strong chains to target 4: two hops beat three."""
    snap = snapshot_of(6, [(0, 1, 5, "manual", 0, 0), (1, 4, 5, "manual", 0, 0),
                           (0, 2, 5, "manual", 0, 0), (2, 3, 5, "manual", 0, 0),
                           (3, 4, 5, "manual", 0, 0)], [0])
    first, second = rank(snap, [4]).paths
    assert (first.path, second.path) == ((0, 1, 4), (0, 2, 3, 4))
    assert second.score == pytest.approx(first.score * 0.95 * 0.8)


def test_max_hops_bounds_the_paths() -> None:
    chain = [(i, i + 1, 5, "manual", 0, 0) for i in range(5)]
    snap = snapshot_of(6, chain, [0])
    assert [p.path for p in rank(snap, [5], max_hops=5).paths] == [(0, 1, 2, 3, 4, 5)]
    assert rank(snap, [5], max_hops=4).paths == []


def test_excluded_people_are_neither_introducers_nor_on_paths() -> None:
    snap = snapshot_of(5, [(0, 1, 5, "manual", 0, 0), (1, 4, 5, "manual", 0, 0),
                           (0, 2, 2, "manual", 0, 0), (2, 1, 5, "manual", 0, 0),
                           (2, 3, 2, "manual", 0, 0), (3, 4, 2, "manual", 0, 0)], [0])
    ranking = rank(snap, [4], blocked=frozenset({1}))
    assert [p.path for p in ranking.paths] == [(0, 2, 3, 4)]


def test_team_mode_starts_from_the_member_with_the_better_tie() -> None:
    """Members 0 and 1 both know 2, who knows target 3; member 1 knows 2 better."""
    snap = snapshot_of(4, [(0, 2, 2, "manual", 0, 0), (1, 2, 5, "manual", 0, 0),
                           (2, 3, 4, "manual", 0, 0)], [0, 1])
    [only] = rank(snap, [3]).paths
    assert only.path == (1, 2, 3)


def test_members_are_never_inside_a_path() -> None:
    """Member 1 is the only bridge to target 2: no path for member 0."""
    snap = snapshot_of(3, [(0, 1, 5, "manual", 0, 0), (1, 2, 5, "manual", 0, 0)], [0, 1])
    assert rank_introducers(snap, PathQuery((0,), {2: 0.0})).paths == []


def test_declines_and_pending_asks_lower_an_introducer() -> None:
    """1 and 2 are equal bridges to 3; 1 declined twice, 2 has an ask pending."""
    ties = [(0, 1, 4, "manual", 0, 0), (0, 2, 4, "manual", 0, 0), (1, 3, 4, "manual", 0, 0),
            (2, 3, 4, "manual", 0, 0), (0, 4, 4, "manual", 0, 0), (4, 3, 4, "manual", 0, 0)]
    intros = [IntroRequest(f"i:{k}", pid(0), pid(who), pid(3), None, status)
              for k, (who, status) in enumerate([(1, "declined"), (1, "declined"),
                                                 (2, "asked")])]
    ranking = rank(snapshot_of(5, ties, [0], intros=intros), [3])
    assert [p.introducer for p in ranking.paths] == [4, 1, 2]


def test_a_warm_referral_makes_the_tie_stronger() -> None:
    ties = [(0, 1, 4, "manual", 0, 0), (0, 2, 4, "manual", 0, 0), (1, 3, 0, "referral", 10, 0),
            (2, 3, 0, "referral", 10, 0)]
    warm = [Referral("r:1", pid(2), pid(3), pid(0), offered_intro=True)]
    ranking = rank(snapshot_of(4, ties, [0], referrals=warm), [3])
    assert [p.introducer for p in ranking.paths] == [2, 1]


def test_a_small_edge_budget_degrades_and_says_so() -> None:
    """A hub (1) with 200 ties in the middle: a budget of 50 edges leaves it out."""
    ties = [(0, 1, 5, "manual", 0, 0), (0, 2, 3, "manual", 0, 0), (2, 3, 3, "manual", 0, 0)]
    ties += [(1, k, 3, "manual", 0, 0) for k in range(3, 204)]
    snap = snapshot_of(204, ties, [0])
    full = rank(snap, [203])
    assert full.exact and [p.path for p in full.paths] == [(0, 1, 203)]  # (not 0, 2, 3, 1, …)
    cheap = rank(snap, [203], edge_budget=50)
    assert not cheap.exact and cheap.edges_touched <= 50


def test_nothing_to_find_gives_no_paths() -> None:
    snap = snapshot_of(3, [(0, 1, 5, "manual", 0, 0)], [0])
    assert rank(snap, [2]).paths == []
    assert rank_introducers(snap, PathQuery((0,), {})).paths == []


def test_no_introduction_to_someone_the_member_knows() -> None:
    """me(0) knows target 1 a little and 2 well; 2 knows 1 well: 1 is a direct card only,
    never "ask 2 to introduce you to 1"."""
    snap = snapshot_of(3, [(0, 1, 1, "manual", 3000, 0), (0, 2, 5, "manual", 0, 0),
                           (1, 2, 5, "manual", 0, 0)], [0])
    assert [(p.path, p.direct) for p in rank(snap, [1]).paths] == [((0, 1), True)]


def test_no_introduction_passes_through_a_contact() -> None:
    """me(0) knows 1 (weakly) and 2 (well); 2 knows 1, and 1 knows target 3: 1's own card
    covers it, not the longer ask 0 → 2 → 1 → 3."""
    snap = snapshot_of(4, [(0, 1, 2, "manual", 0, 0), (0, 2, 5, "manual", 0, 0),
                           (2, 1, 5, "manual", 0, 0), (1, 3, 4, "manual", 0, 0)], [0])
    assert [p.path for p in rank(snap, [3]).paths] == [(0, 1, 3)]


def test_a_contact_can_be_reached_through_others_never_through_another_contact() -> None:
    """me(0) knows 1 @co barely (LinkedIn), and 2, 3 and 4 well; 2 knows 1 well, 3 and 4
    know 1 even better, and 2 knows 4. Through others, 1 is reached by an introduction, her
    own tie left out, never by way of another contact (0 → 2 → 4 → 1); with 3 blocked (as
    the service blocks the other contacts at the company), 3 introduces no one."""
    ties = [(0, 1, 0, "linkedin", -1, 0), (0, 2, 5, "manual", 0, 0), (0, 3, 5, "manual", 0, 0),
            (0, 4, 5, "manual", 0, 0), (2, 1, 4, "manual", 0, 0), (3, 1, 5, "manual", 0, 0),
            (4, 1, 5, "manual", 0, 0), (2, 4, 5, "manual", 0, 0)]
    snap = snapshot_of(5, ties, [0])
    assert [(p.path, p.direct) for p in rank(snap, [1, 3]).paths] == [
        ((0, 3), True), ((0, 1), True)]  # (no introduction to a contact, as ever)
    found = rank(snap, [1], through_others=True, blocked=frozenset({3})).paths
    assert [(p.path, p.direct) for p in found] == [((0, 4, 1), False), ((0, 2, 1), False)]
    assert found[1].score == pytest.approx(0.95 * 0.8 * 0.8 * 0.88)
    assert [p.path for p in rank(snap, [1], through_others=True).paths] == [
        (0, 3, 1), (0, 4, 1), (0, 2, 1)]
    # her own tie, however strong, is never used
    strong = snapshot_of(2, [(0, 1, 5, "manual", 0, 0)], [0])
    assert rank(strong, [1], through_others=True).paths == []


def test_each_group_keeps_top_cards() -> None:
    """Three direct contacts at the company and two introducers: top=2 keeps the two best
    of each group."""
    ties = [(0, 1, 5, "manual", 0, 0), (0, 2, 3, "manual", 0, 0), (0, 3, 1, "manual", 0, 0),
            (0, 4, 5, "manual", 0, 0), (0, 5, 4, "manual", 0, 0), (4, 6, 5, "manual", 0, 0),
            (5, 6, 5, "manual", 0, 0)]
    ranking = rank(snapshot_of(7, ties, [0]), [1, 2, 3, 6], top=2)
    assert [(p.introducer, p.direct) for p in ranking.paths] == [
        (1, True), (2, True), (4, False), (5, False)]


def test_no_path_goes_through_someone_its_introducer_declined_to_introduce() -> None:
    """me(0) ─ 1 ─ 2 ─ 3 @co, and 1 declined to introduce me to 2 (not at the company);
    me ─ 4 ─ 5 ─ 3, weaker: 1 is offered no path through 2, 4 is."""
    ties = [(0, 1, 5, "manual", 0, 0), (1, 2, 5, "manual", 0, 0), (2, 3, 5, "manual", 0, 0),
            (0, 4, 2, "manual", 0, 0), (4, 5, 2, "manual", 0, 0), (5, 3, 2, "manual", 0, 0)]
    intros = [IntroRequest("i:1", pid(0), pid(1), pid(2), None, "declined")]
    snap = snapshot_of(6, ties, [0], intros=intros)
    query = PathQuery((0,), {3: 0.0}, asks=by_nodes(snap.people, ask_costs(intros)))
    assert [p.path for p in rank_introducers(snap, query).paths] == [(0, 4, 5, 3)]
    assert [p.path for p in rank_introducers(snap, replace(query, asks={})).paths] == [
        (0, 1, 2, 3), (0, 4, 5, 3)]


def test_a_declined_ask_leaves_the_introducer_her_other_targets() -> None:
    """me(0) ─ 1 ─ 2 @co (she declined) and 1 ─ 3 @co (weaker); me ─ 4 ─ 2."""
    ties = [(0, 1, 5, "manual", 0, 0), (1, 2, 5, "manual", 0, 0), (1, 3, 2, "manual", 0, 0),
            (0, 4, 3, "manual", 0, 0), (4, 2, 3, "manual", 0, 0)]
    intros = [IntroRequest("i:1", pid(0), pid(1), pid(2), None, "declined")]
    snap = snapshot_of(5, ties, [0], intros=intros)
    query = PathQuery((0,), {2: 0.0, 3: 0.0}, asks=by_nodes(snap.people, ask_costs(intros)))
    assert query.asks == {(1, 2): math.inf}
    assert [p.path for p in rank_introducers(snap, query).paths] == [(0, 4, 2), (0, 1, 3)]
