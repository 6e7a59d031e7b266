"""Ties as columns: what every store feeds the path engine's snapshot.

Pure data, no store: both adapters read the ``EDGE_COLUMNS`` of every tie (their SQL and
Cypher), turn them into an ``EdgeTable`` here (``columns_table``, ``keyed_edge_table``),
and the snapshot reads it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from graph.core.model import SOURCE_CODES

if TYPE_CHECKING:  # numpy is imported where ties are read, not by every command
    import numpy as np

#: What a store's edge feed gives for each tie, in this order. ``last`` is the last contact,
#: else the start of the tie (``last_seen``; in SQL and Cypher
#: ``coalesce(last_contact, since)``); ``closeness`` 0 when not rated.
EDGE_COLUMNS: Final = ("a", "b", "closeness", "source", "last", "interactions")
EDGE_DTYPES: Final = ("int32", "int32", "int8", "int8", "int32", "int32")


def last_seen(last_contact: str | None, since: str | None) -> str | None:
    """When two people were last known in touch: the last contact, else the tie's start.

    >>> last_seen(None, "2020-01-02"), last_seen("2026-11-01", "2020-01-02")
    ('2020-01-02', '2026-11-01')
    """
    return last_contact or since


def columns_table(columns: Mapping[str, Sequence[Any]], today: date,
                  people: list[str] | None = None) -> EdgeTable:
    """The ``EdgeTable`` of ties given as columns (``EDGE_COLUMNS``: ids, then closeness,
    source, ``last`` and interactions, a value per tie): ids made node numbers in
    ``people`` (every person, sorted; by default those the ties name), days since ``last``
    (−1 unknown, never negative), sources as codes, a missing closeness or count as 0.
    numpy does the work (a neighbourhood of 200,000 ties: 0.2 s, where a Python loop per tie
    took 0.5–0.8 s).

    >>> t = columns_table({"a": ["p:a"], "b": ["p:b"], "closeness": [None],
    ...                    "source": ["linkedin"], "last": ["2026-11-20"],
    ...                    "interactions": [None]}, date(2026, 11, 27))
    >>> t.people, [c.tolist() for c in (t.a, t.b, t.closeness, t.source, t.days,
    ...                                  t.interactions)]
    (['p:a', 'p:b'], [[0], [1], [0], [1], [7], [0]])
    """
    import numpy as np

    a, b = columns["a"], columns["b"]
    n = len(a)
    ends = [*a, *b]
    if people is None and "\x00" not in "".join(ends):  # (numpy's strings drop trailing NULs)
        found, nodes = np.unique(np.array(ends, dtype=str), return_inverse=True)
        people = found.tolist()
    else:  # (a dict: twice as fast as numpy's bisection of strings, for people given)
        people = people if people is not None else sorted(set(ends))
        index = {person: node for node, person in enumerate(people)}
        nodes = np.fromiter(map(index.__getitem__, ends), np.int64, 2 * n)
    seen = np.array(columns["last"], dtype="datetime64[D]")
    days = (np.datetime64(today, "D") - seen).astype(np.int64)
    return EdgeTable(people, nodes[:n].astype(np.int32), nodes[n:].astype(np.int32),
                     np.fromiter((c or 0 for c in columns["closeness"]), np.int8, n),
                     np.fromiter((SOURCE_CODES.get(s, 0) for s in columns["source"]),
                                 np.int8, n),
                     np.where(np.isnat(seen), -1, np.maximum(days, 0)).astype(np.int32),
                     np.fromiter((k or 0 for k in columns["interactions"]), np.int32, n))


def day_number(iso: str | None) -> int | None:
    """The day ``iso`` (YYYY-MM-DD) as a number (``date.toordinal``), or ``None`` if unknown
    or not such a date: what SQLite keeps beside each tie's last-seen date, so that the
    snapshot reads integers only (``keyed_edge_table``).

    >>> day_number("2026-11-27") - day_number("2026-11-20"), day_number(None), day_number("")
    (7, None, None)
    """
    if iso is None or len(iso) != 10:
        return None
    try:
        return date.fromisoformat(iso).toordinal()
    except ValueError:
        return None


def keyed_tie() -> np.dtype:
    """A tie as the SQLite store's integer columns give it (``KEYED_EDGE_TABLE``): both ends
    by their person's key, closeness (0 not rated), source code, the last-seen day's number
    (0 unknown: no day is numbered 0) and the count of interactions."""
    import numpy as np

    return np.dtype([("a", np.int64), ("b", np.int64), ("closeness", np.int8),
                     ("source", np.int8), ("day", np.int32), ("interactions", np.int32)])


def keyed_edge_table(people: list[str], keys: np.ndarray, ties: np.ndarray,
                     today: date) -> EdgeTable:
    """An ``EdgeTable`` of ``people`` (sorted ids; ``keys[i]`` is ``people[i]``'s key in the
    store) from ``ties`` (an array of ``keyed_tie``): keys become node numbers and day
    numbers days since, by numpy, with no Python object per tie. The same columns as
    ``columns_table`` gives for the same ties.

    >>> import numpy as np
    >>> ties = np.array([(7, 3, 0, 1, day_number("2026-11-20"), 2), (3, 5, 4, 0, 0, 0)],
    ...                 keyed_tie())
    >>> t = keyed_edge_table(["p:a", "p:b", "p:c"], np.array([7, 3, 5]), ties,
    ...                      date(2026, 11, 27))
    >>> [c.tolist() for c in (t.a, t.b, t.closeness, t.source, t.days, t.interactions)]
    [[0, 1], [1, 2], [0, 4], [1, 0], [7, -1], [2, 0]]
    """
    import numpy as np

    node = np.zeros(int(keys.max()) + 1 if len(keys) else 0, np.int32)
    node[keys] = np.arange(len(keys), dtype=np.int32)
    day = ties["day"]
    days = np.where(day == 0, -1, np.maximum(today.toordinal() - day, 0))
    return EdgeTable(people, node[ties["a"]], node[ties["b"]], ties["closeness"].copy(),
                     ties["source"].copy(), days.astype(np.int32),
                     ties["interactions"].copy())


@dataclass(frozen=True, eq=False)
class EdgeTable:
    """Every tie as columns, for the path engine's snapshot (``graph/services/snapshots.py``).

    Node ``i`` is ``people[i]``; ``people`` is sorted, so ``a < b`` holds for indices as for ids.
    """

    people: list[str]
    a: np.ndarray             # int32 node index
    b: np.ndarray             # int32 node index
    closeness: np.ndarray     # int8, 0 = not rated
    source: np.ndarray        # int8, index in model.SOURCES
    days: np.ndarray          # int32, since the last contact (else the tie's start); -1 unknown
    interactions: np.ndarray  # int32
