"""What this process's recent writes changed, by the ``graph_version`` each one made: the
people whose ties (or existence) may have changed, and single ties that may have. The path
snapshot uses it to rewrite only those rows and entries instead of reading every tie again
(``graph/services/snapshot_patch.py``).

A write records the version it made after it committed. A version this log did not see
(another process wrote, or a write too big to list) leaves a gap, and a gap means "unknown":
the snapshot is then rebuilt whole. So the log can only make a rebuild unnecessary, never an
answer wrong. Referrals and intro requests need no listing: the patch compares the ties they
imply before and after.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from operator import attrgetter

from graph.core.model import GraphData

MOST_TOUCHED = 2_000  # a write touching more people than this is "unknown" (rebuilt whole)
KEPT = 256            # versions remembered


Pair = tuple[str, str]  # a tie's two people, the lower id first


@dataclass
class Touched:
    """What one write may have changed in the path snapshot: ``people`` whose ties (all of
    them) or whose existence changed, and single ``ties`` (pairs) that changed."""

    people: set[str] = field(default_factory=set)
    ties: set[Pair] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.people) + len(self.ties)

    def update(self, other: Touched) -> None:
        self.people |= other.people
        self.ties |= other.ties


def touched_by(data: GraphData) -> Touched:
    """What a ``save`` of ``data`` may change: its people (the new ones among them come into
    the snapshot) and its ties; members are read again by every patch, and records are
    compared whole."""
    return Touched({p.id for p in data.people},
                   {(min(k.a, k.b), max(k.a, k.b)) for k in data.knows})


def note_touched(touched: Touched, data: GraphData) -> None:
    """Add what a batch of a streamed save touches, until the write is past listing (it is
    then "unknown" anyway: no point keeping a million ids)."""
    if len(touched) > MOST_TOUCHED:
        return
    touched.people.update(map(attrgetter("id"), data.people))
    if len(touched) <= MOST_TOUCHED:  # (a big import's people are past listing already)
        touched.ties.update((min(k.a, k.b), max(k.a, k.b)) for k in data.knows)


class ChangeLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._writes: deque[tuple[int, Touched | None]] = deque(maxlen=KEPT)

    def record(self, version: int, touched: Touched | None) -> None:
        """The write that made ``version`` touched this (``None``: unknown)."""
        if touched is not None:
            touched = (Touched(set(touched.people), set(touched.ties))
                       if len(touched) <= MOST_TOUCHED else None)
        with self._lock:
            self._writes.append((version, touched))

    def since(self, version: int, current: int) -> Touched | None:
        """All that the writes after ``version`` up to ``current`` touched, or ``None`` when
        one of them is unknown or unseen (then nothing but a whole rebuild is safe)."""
        if current < version:
            return None
        with self._lock:
            seen = {v: touched for v, touched in self._writes if version < v <= current}
        if len(seen) != current - version:
            return None
        everything = Touched()
        for touched in seen.values():
            if touched is None:
                return None
            everything.update(touched)
        return everything if len(everything) <= MOST_TOUCHED else None
