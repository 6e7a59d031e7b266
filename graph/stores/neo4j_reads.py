"""The Neo4j store's reads: one query in an auto-commit read, retried as a managed
transaction would be, and ``consistent_reads`` (reads at one graph version answered from the
last ones made at it)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from graph.stores.cypher import COLLECTED, GRAPH_VERSION, VERSIONED
from graph.stores.neo4j_opening import RETRY_SECONDS

MEMO_ENTRIES = 256  # reads kept for consistent_reads(), all of one version


class Reads:
    def __init__(self, session: Callable[[str], Any],
                 errors: Callable[[], AbstractContextManager[None]]) -> None:
        self._session, self._errors = session, errors
        # consistent(): the version this thread reads at, and rows read at a version
        self._local = threading.local()
        self._memo: dict[tuple[str, str], tuple[int, list[dict[str, Any]]]] = {}

    @contextmanager
    def consistent(self) -> Iterator[None]:
        """Reads inside are answered, where they can be, from the same reads made at the same
        graph version: the version comes with the block's first read (``at_version``: one
        round trip), so a warm search costs one round trip, not eight. Every write, here or by
        anyone, bumps the version, and a row is kept under version V only if it was read
        after V was seen, so nothing older than a fresh read is ever served."""
        if getattr(self._local, "pinned", False):  # nested: already pinned
            yield
            return
        self._local.pinned, self._local.version = True, None
        try:
            yield
        finally:
            self._local.pinned, self._local.version = False, None

    def read(self, statement: str, **params: Any) -> list[dict[str, Any]]:
        if not getattr(self._local, "pinned", False):
            return self.now(statement, params)
        key = (statement, json.dumps(params, sort_keys=True, default=list))
        if self._local.version is None:  # the block's first read: the version comes with it
            self._local.version, rows = self._versioned(statement, params)
        elif statement == GRAPH_VERSION:
            return [{"version": self._local.version}]
        elif (kept := self._memo.get(key)) is not None and kept[0] == self._local.version:
            return kept[1]
        else:
            rows = self.now(statement, params)
        if statement != GRAPH_VERSION:
            if len(self._memo) >= MEMO_ENTRIES:
                self._memo.clear()
            self._memo[key] = (self._local.version, rows)
        return rows

    def _versioned(self, statement: str, params: dict[str, Any]
                        ) -> tuple[int, list[dict[str, Any]]]:
        """``statement``'s rows and the graph version read just before them: one round trip
        for the reads ``VERSIONED`` has (``at_version``), two for others."""
        if statement == GRAPH_VERSION:
            rows = self.now(GRAPH_VERSION, params)
            return int(rows[0]["version"]), rows
        if statement not in VERSIONED:
            version = int(self.now(GRAPH_VERSION, {})[0]["version"])
            return version, self.now(statement, params)
        rows = self._run(VERSIONED[statement], params)
        version = int(rows[0]["carnet_version"])
        if statement in COLLECTED:
            return version, rows[0]["carnet_rows"]
        for fields in rows:
            del fields["carnet_version"]
        if len(rows) == 1 and all(value is None for value in rows[0].values()):
            rows = []  # the read found nothing
        return version, rows

    def now(self, statement: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """``statement``'s rows, read now; as one row where ``COLLECTED`` has it."""
        if (one_row := COLLECTED.get(statement)) is not None:
            return list(self._run(one_row, params)[0]["carnet_rows"])
        return self._run(statement, params)

    def _run(self, statement: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """One query in an auto-commit read: one round trip where a managed transaction takes
        two (BEGIN+RUN, then COMMIT), which was most of a warm search's time on a near server.
        So it is retried here, as a managed transaction would be, when the driver says the
        failure is transient (a leader switch, a dropped connection). Rows are taken as they
        come (``dict(record.items())``): ``record.data()`` walks every value to convert graph
        types we never return, and took two thirds of the neighbourhood feed's time."""
        import neo4j

        with self._errors():
            deadline = time.monotonic() + RETRY_SECONDS
            while True:
                try:
                    with self._session(neo4j.READ_ACCESS) as session:
                        return [dict(r.items()) for r in session.run(statement, params)]
                except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as exc:
                    if not exc.is_retryable() or time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
