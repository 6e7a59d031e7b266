"""Ties as columns: what every store feeds the path engine's snapshot.

Pure data, no store: both adapters fill an ``EdgeTable`` and ``graph/snapshot.py`` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where ties are read, not by every command
    import numpy as np


@dataclass(frozen=True, eq=False)
class EdgeTable:
    """Every tie as columns, for the path engine's snapshot (``graph/snapshot.py``).

    Node ``i`` is ``people[i]``; ``people`` is sorted, so ``a < b`` holds for indices as for ids.
    """

    people: list[str]
    a: np.ndarray             # int32 node index
    b: np.ndarray             # int32 node index
    closeness: np.ndarray     # int8, 0 = not rated
    source: np.ndarray        # int8, index in model.SOURCES
    days: np.ndarray          # int32, since the last contact (else the tie's start); -1 unknown
    interactions: np.ndarray  # int32
