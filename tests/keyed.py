"""The SQLite store's ties keyed by integers (schema 6) checked against their text columns."""

from __future__ import annotations

from datetime import date

import numpy as np

from graph.core.ties import EDGE_COLUMNS, EDGE_DTYPES, EdgeTable, columns_table
from graph.stores.sqlite_store import SqliteStore

# The read of schema 5: the ties' text columns, each turned into numbers in Python.
TEXT_EDGE_TABLE = ("SELECT a, b, coalesce(closeness, 0), source, coalesce(last_contact, since), "
                   "interactions FROM knows ORDER BY a, b")


def text_edge_table(store: SqliteStore, today: date) -> EdgeTable:
    people = [row[0] for row in store._rows("SELECT id FROM person ORDER BY id")]
    rows = store._rows(TEXT_EDGE_TABLE)
    columns = {name: [row[n] for row in rows] for n, name in enumerate(EDGE_COLUMNS)}
    return columns_table(columns, today, people)


def assert_keyed_ties_match(store: SqliteStore, today: date = date(2026, 11, 22)) -> None:
    """The snapshot's columns read from the integer columns are, dtype and byte for byte,
    those the text columns give; every person has a key of their own."""
    keyed, text = store.edge_table(today), text_edge_table(store, today)
    assert keyed.people == text.people
    for name, dtype in zip(("a", "b", "closeness", "source", "days", "interactions"),
                           EDGE_DTYPES, strict=True):
        column = getattr(keyed, name)
        assert column.dtype == np.dtype(dtype), name
        assert column.tobytes() == getattr(text, name).tobytes(), name
    keys = store._rows("SELECT count(*), count(num), count(DISTINCT num) FROM person")[0]
    assert keys[0] == keys[1] == keys[2]
