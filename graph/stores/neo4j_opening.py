"""Opening a Neo4j store: the driver and its settings, the schema, and the one place where the
driver's exceptions become Carnet's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from graph.core.errors import CarnetError, DataRejected, StoreUnavailable
from graph.stores.cypher import GRAPH_VERSION, META, SCHEMA_ITEMS, SHOW_CONSTRAINTS, SHOW_INDEXES

RETRY_SECONDS = 15.0  # managed transactions give up (and say so) after this
CONNECT_SECONDS = 5.0


def connect(uri: str, username: str | None, password: str | None) -> Any:
    """A driver for ``uri`` (not yet connected); an address it cannot parse is refused."""
    import neo4j

    auth = (username or "neo4j", password or "") if username or password else None
    try:
        # Notifications off: the driver logs the server's hints (e.g. "property key does not
        # exist" while a store is new) as warnings, on the user's terminal.
        return neo4j.GraphDatabase.driver(
            uri, auth=auth, connection_timeout=CONNECT_SECONDS,
            max_transaction_retry_time=RETRY_SECONDS, connection_acquisition_timeout=10,
            notifications_min_severity="OFF")
    except ValueError as exc:  # the driver's word for an address it cannot parse
        raise bad_address(uri, exc) from exc


def bad_address(uri: str, exc: Exception) -> StoreUnavailable:
    return StoreUnavailable("neo4j_bad_address", where=uri, detail=str(exc))


def set_up_schema(session: Any) -> None:
    """Create only the constraints and indexes that are missing (and the version node)."""
    existing = {r["name"] for show in (SHOW_CONSTRAINTS, SHOW_INDEXES) for r in session.run(show)}
    for name, statement in SCHEMA_ITEMS.items():
        if name not in existing:
            session.run(statement).consume()
    if not session.run(GRAPH_VERSION).single(strict=True)["exists"]:
        session.execute_write(lambda tx: tx.run(META).consume())


@contextmanager
def neo4j_errors(uri: str, database: str | None) -> Iterator[None]:
    """The driver's exceptions as Carnet's, naming the server's ``uri``."""
    from neo4j import exceptions as neo

    try:
        yield
    except CarnetError:
        raise
    except neo.AuthError as exc:
        raise StoreUnavailable("neo4j_auth", where=uri) from exc
    except neo.ConstraintError as exc:
        raise DataRejected("breaks_rule", where=uri, detail=exc.message) from exc
    except neo.TransientError as exc:
        if "MemoryPoolOutOfMemory" in (exc.code or ""):
            raise StoreUnavailable("neo4j_memory", where=uri) from exc
        raise StoreUnavailable("neo4j_busy", where=uri, detail=exc.code) from exc
    except (neo.ServiceUnavailable, neo.SessionExpired, OSError) as exc:
        raise StoreUnavailable("neo4j_unreachable", where=uri) from exc
    except neo.ClientError as exc:
        if "ReadOnly" in (exc.code or ""):
            raise StoreUnavailable("neo4j_read_only", where=uri) from exc
        if "DatabaseNotFound" in (exc.code or ""):
            raise StoreUnavailable("neo4j_no_database", where=uri, database=database) from exc
        raise StoreUnavailable("neo4j_refused", where=uri,
                               detail=f"{exc.code}: {exc.message}") from exc
    except (neo.Neo4jError, neo.DriverError) as exc:
        raise StoreUnavailable("neo4j_other", where=uri, detail=str(exc)) from exc
