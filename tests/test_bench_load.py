"""The bench's bulk loader (bench/neo4j_load.py) writes what the store's own ``save`` writes:
the same nodes, labels, relationships and properties, read back equal by the store."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from bench.neo4j_load import bulk_load
from graph.core.model import GraphData, Person
from graph.core.ties import EdgeTable
from graph.stores.neo4j_store import Neo4jStore
from tests.conftest import office, wipe_neo4j
from tests.neo4j_server import Neo4jServer

TODAY = date(2026, 11, 22)


def stored(store: Neo4jStore) -> tuple[list[Any], list[Any]]:
    """Every node (labels, properties) and relationship (ends, type, properties) as the server
    holds them; the timestamps only checked to be there (each write has its own)."""
    with store._session() as session:
        nodes = [(sorted(r["labels"]), r["props"]) for r in session.run(
            "MATCH (n) WHERE NOT n:Meta RETURN labels(n) AS labels, properties(n) AS props")]
        ties = [(r["a"], r["type"], r["b"], r["props"]) for r in session.run(
            "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, "
            "properties(r) AS props")]
    for labels, props in nodes:
        if "Person" in labels:
            assert props.pop("created_at") == props.pop("updated_at") > "2026"
    return sorted(nodes, key=repr), sorted(ties, key=repr)


def columns(table: EdgeTable) -> list[tuple[Any, ...]]:
    return sorted(
        (table.people[a], table.people[b], int(c), int(s), int(d), int(k)) for a, b, c, s, d, k
        in zip(table.a, table.b, table.closeness, table.source, table.days, table.interactions,
               strict=True))


def read_back(store: Neo4jStore) -> tuple[Any, ...]:
    dump = store.dump()
    dump.people = [dataclasses.replace(p, created_at=None, updated_at=None) for p in dump.people]
    return (stored(store), dump, store.counts(), columns(store.edge_table(TODAY)),
            columns(store.neighbourhood_table("c:gme", TODAY)))


def test_bulk_load_reads_back_as_the_stores_own_save(neo4j_server: Neo4jServer,
                                                      neo4j: Neo4jStore) -> None:
    data = office()
    data.referrals = []  # (the loader writes people, companies, ties, jobs and members)
    data.people.append(Person("p:zoe", "Zoé Ñuñez", ("zoe@example.org", "z@example.org"),
                              (), None, "", ("a", "b")))  # with no tie, no job
    data.members.append("p:nadia")
    neo4j.save(data)
    saved = read_back(neo4j)
    wipe_neo4j(neo4j_server)
    fresh = Neo4jStore(neo4j_server.uri, neo4j_server.username, neo4j_server.password)
    try:
        opened = fresh.graph_version()
        bulk_load(fresh._driver, data)
        assert fresh.graph_version() == opened + 1  # one write: the version moved once
        assert read_back(fresh) == saved
    finally:
        fresh.close()


def test_bulk_load_refuses_what_it_does_not_write(neo4j: Neo4jStore) -> None:
    with pytest.raises(ValueError, match="people, companies, ties, jobs and members only"):
        bulk_load(neo4j._driver, GraphData(referrals=office().referrals))
    assert neo4j.counts().people == 0
