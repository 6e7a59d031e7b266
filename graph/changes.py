"""What this process's recent writes changed, by the ``graph_version`` each one made: the
people whose ties (or existence) it may have changed. The path snapshot uses it to patch
the rows of those people instead of reading every tie again (``graph/snapshot_patch.py``).

A write records the version it made after it committed. A version this log did not see
(another process wrote, or a write too big to list) leaves a gap, and a gap means "unknown":
the snapshot is then rebuilt whole. So the log can only make a rebuild unnecessary, never an
answer wrong. Referrals and intro requests need no listing: the patch compares the ties they
imply before and after.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable

from graph.model import GraphData

MOST_TOUCHED = 2_000  # a write touching more people than this is "unknown" (rebuilt whole)
KEPT = 256            # versions remembered


def touched_by(data: GraphData) -> set[str]:
    """The people whose ties a ``save`` of ``data`` may change: its people (new ones among
    them) and the ends of its ties; members are read again by every patch."""
    return ({p.id for p in data.people} | {k.a for k in data.knows}
            | {k.b for k in data.knows})


class ChangeLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._writes: deque[tuple[int, frozenset[str] | None]] = deque(maxlen=KEPT)

    def record(self, version: int, touched: Iterable[str] | None) -> None:
        """The write that made ``version`` touched these people (``None``: unknown)."""
        people = None if touched is None else frozenset(touched)
        if people is not None and len(people) > MOST_TOUCHED:
            people = None
        with self._lock:
            self._writes.append((version, people))

    def since(self, version: int, current: int) -> frozenset[str] | None:
        """Everyone the writes after ``version`` up to ``current`` touched, or ``None`` when
        one of them is unknown or unseen (then nothing but a whole rebuild is safe)."""
        if current < version:
            return None
        with self._lock:
            seen = {v: people for v, people in self._writes if version < v <= current}
        if len(seen) != current - version or any(p is None for p in seen.values()):
            return None
        touched = frozenset().union(*(p for p in seen.values() if p is not None))
        return touched if len(touched) <= MOST_TOUCHED else None
