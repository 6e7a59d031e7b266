"""A bench-only bulk loader: a big synthetic graph written into an empty Neo4j database in
minutes, where ``copy`` (the store's upserts, each row checked against what is there) took
35 minutes at 1M people / 5M ties.

It writes exactly what the store's ``save`` writes for people, companies, ties, jobs and
members (the same rows, ``graph/stores/neo4j_rows.py``; the statements are
``graph/stores/cypher.py``'s ``LOAD_*``), by ``CREATE`` in ``UNWIND`` batches of
``BATCH`` rows, several batches to a transaction, then moves the graph version once, as a
write does. ``tests/test_bench_load.py`` checks that a graph loaded so reads back equal to
the same graph saved through the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from graph.core.model import GraphData, utc_now
from graph.stores.cypher import (
    ADD_MEMBERS,
    BUMP_VERSION,
    LOAD_COMPANIES,
    LOAD_JOBS,
    LOAD_KNOWS,
    LOAD_PEOPLE,
)
from graph.stores.neo4j_rows import company_row, person_row, row

BATCH = 20_000  # rows per statement: its parameters stay a few MB
PER_TRANSACTION = 10  # statements per transaction: 200,000 rows, within the server's memory


def bulk_load(driver: Any, data: GraphData, database: str | None = None) -> None:
    """Write ``data`` (people, companies, ties, jobs, members only) into ``driver``'s database,
    which must hold none of it (a store opened on it first sets up the schema)."""
    if data.referrals or data.intros or data.events or data.reviews or data.targets:
        raise ValueError("bulk_load writes people, companies, ties, jobs and members only")
    now = utc_now()
    stamped = ({**person_row(p), "created_at": now, "updated_at": now} for p in data.people)
    with driver.session(database=database) as session:
        for statement, rows in ((LOAD_PEOPLE, stamped),
                                (LOAD_COMPANIES, map(company_row, data.companies)),
                                (LOAD_KNOWS, map(row, data.knows)),
                                (LOAD_JOBS, map(row, data.jobs))):
            batches = _batches(rows, BATCH)
            while group := list(islice(batches, PER_TRANSACTION)):
                session.execute_write(_run_all, statement, group)
        session.execute_write(_run_all, ADD_MEMBERS, [list(data.members)], "ids")
        session.execute_write(_run_all, BUMP_VERSION, [[]], None)


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(rows, size)):
        yield batch


def _run_all(tx: Any, statement: str, batches: list[list[Any]], name: str | None = "rows"
             ) -> None:
    for batch in batches:
        tx.run(statement, {name: batch} if name else {}).consume()
