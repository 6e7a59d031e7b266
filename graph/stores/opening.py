"""Which store to open, and opening it: ``open_store(url)`` takes a file path (embedded
SQLite, the default) or a ``neo4j://``, ``neo4j+s://``, ``bolt://`` URI (Neo4j server).
The adapters are imported only here, and only the one asked for.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from itertools import islice
from pathlib import Path

from graph.core.errors import StoreUnavailable
from graph.core.model import GraphData
from graph.stores.port import GraphStore

NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


def default_db_path() -> Path:
    """Where the embedded store lives when nothing else is said: the user data dir."""
    import platformdirs  # only when no store is named

    return Path(platformdirs.user_data_dir("carnet", appauthor=False)) / "carnet.db"


def store_url(explicit: str | None = None) -> str:
    """The store to use: ``explicit`` (``--db``), else ``CARNET_DB``, else ``NEO4J_URI``,
    else the default file."""
    for candidate in (explicit, os.environ.get("CARNET_DB"), os.environ.get("NEO4J_URI")):
        if candidate:
            return candidate
    return str(default_db_path())


def neo4j_credentials() -> dict[str, str | None]:
    """User, password and database from the variables Aura's credential files use."""
    return {"username": os.environ.get("NEO4J_USERNAME"),
            "password": os.environ.get("NEO4J_PASSWORD"),
            "database": os.environ.get("NEO4J_DATABASE") or None}


def open_store(url: str | None = None, create: bool = False,
               **credentials: str | None) -> GraphStore:
    """Open the store named by ``url`` (see ``store_url``). A Neo4j URI takes its
    credentials from ``credentials``, else from ``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and
    ``NEO4J_DATABASE``. ``create``: the user asked for a new store there (an empty file is
    then taken as one)."""
    url = store_url(url)
    if url.lower().startswith(NEO4J_SCHEMES):
        from graph.stores.neo4j_store import Neo4jStore

        settings = {**neo4j_credentials(), **{k: v for k, v in credentials.items() if v}}
        return Neo4jStore(url, **settings)
    if "://" in url:
        raise StoreUnavailable("store_scheme", where=url,
                               schemes=", ".join(NEO4J_SCHEMES))
    from graph.stores.sqlite_store import SqliteStore

    if url == str(default_db_path()):  # Carnet's own file: an empty one is one it began
        Path(url).parent.mkdir(parents=True, exist_ok=True)
        create = True
    return SqliteStore(url, create=create)


def copy_store(source: GraphStore, target: GraphStore, batch: int = 5000) -> int:
    """Copy everything from ``source`` into ``target``, in batches written one transaction
    each, in an order where every reference already exists. Idempotent: a copy cut short
    finishes when run again. Into an empty store, and while no one else writes to it, the
    target creates rather than upserts where it can (``GraphStore.save_new``). Returns how many
    records were written."""
    data = source.dump(ties=False)  # the ties, most of a big store, are streamed
    parts: list[tuple[str, Iterable[object]]] = [
             ("people", data.people), ("companies", data.companies),
             ("members", data.members), ("knows", source.edges()), ("jobs", data.jobs),
             ("referrals", data.referrals), ("intros", data.intros),
             # (merge logs stay behind: a merge is undone in the store where it was made)
             ("reviews", (replace(r, merge=None) for r in source.reviews(None))),
             ("events", data.events),
             ("targets", data.targets)]
    written, after, new = 0, None, True
    for field, rows in parts:
        rows = iter(rows)
        while chunk_rows := list(islice(rows, batch)):
            chunk = GraphData()
            setattr(chunk, field, chunk_rows)
            if new:
                after = target.save_new(chunk, after)
                new = after is not None
            else:
                target.save(chunk)
            written += len(chunk)
    return written
