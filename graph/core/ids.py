"""A snapshot's person ids, sorted, packed in two arrays: their UTF-8 bytes end to end, and
where each one starts.

Node ``i`` of a snapshot is its ``i``-th id. As a list of Python strings, a million ids cost
about 66 MB, and a process that maps a saved snapshot had to read them all from JSON first.
Packed, they take their bytes plus 8 per id, are saved and mapped like the CSR arrays
(``graph/services/snapshot_file.py``), and a Python string is made only for an id read: a
search reads a few hundred (its paths, its cards); a node is found by bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise
from typing import overload

import numpy as np

# (``surrogatepass``: an id is whatever string the store holds; UTF-8 keeps code point
# order, so the bytes sort as the strings do)
_ERRORS = "surrogatepass"
STRIDE = 256  # ``find`` keeps one id in this many as a string


class Ids(Sequence[str]):
    """Sorted, distinct ids: ``ids[i]``, ``len(ids)``, ``ids.find(id)``."""

    __slots__ = ("_bytes", "_every", "_starts", "blob", "offsets")

    def __init__(self, offsets: np.ndarray, blob: np.ndarray) -> None:
        self.offsets = offsets  # int64, n + 1: id i is blob[offsets[i]:offsets[i + 1]]
        self.blob = blob        # uint8
        # (read through memoryviews: a numpy scalar per access costs several times more)
        self._starts = offsets.data.cast("B").cast("q")
        self._bytes = blob.data
        self._every: list[str] | None = None  # every ``STRIDE``-th id, for ``find``

    @classmethod
    def of(cls, ids: Iterable[str]) -> Ids:
        """Packed ``ids`` (already sorted)."""
        encoded = [i.encode("utf-8", _ERRORS) for i in ids]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, encoded), np.int64, len(encoded)), out=offsets[1:])
        return cls(offsets, np.frombuffer(b"".join(encoded), dtype=np.uint8))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return str(self._bytes[self._starts[i]:self._starts[i + 1]], "utf-8", _ERRORS)

    def __iter__(self) -> Iterator[str]:
        text, offsets = self.blob.tobytes(), self.offsets.tolist()
        return (text[a:b].decode("utf-8", _ERRORS) for a, b in pairwise(offsets))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ids):
            return NotImplemented
        return (np.array_equal(self.offsets, other.offsets)
                and np.array_equal(self.blob, other.blob))

    # (arrays that can change: not a dict key)
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Ids({len(self)} ids)"

    def find(self, person_id: str) -> int | None:
        """The position of ``person_id``, or ``None``: a bisection of every ``STRIDE``-th id
        (a list of strings, made on the first call), then of ``STRIDE`` ids in the arrays."""
        if self._every is None:
            self._every = [self[i] for i in range(0, len(self), STRIDE)]
        block = bisect_right(self._every, person_id) - 1
        if block < 0:
            return None
        key, starts, data = person_id.encode("utf-8", _ERRORS), self._starts, self._bytes
        lo = block * STRIDE
        hi = end = min(lo + STRIDE, len(self))
        while lo < hi:  # (bytes compare as their strings: UTF-8 keeps the order)
            mid = (lo + hi) // 2
            if data[starts[mid]:starts[mid + 1]].tobytes() < key:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < end and data[starts[lo]:starts[lo + 1]] == key else None

    def spliced(self, removed: Sequence[int], added: Iterable[str]) -> Ids:
        """These ids without the positions ``removed``, with ``added`` (new ids) in their
        places: the arrays copied once, in slices, not a string per id."""
        new = sorted(added)
        # (an id added sorts before the old one at its place: put in, then that one out)
        cuts = sorted([(bisect_left(self, person), 0, person) for person in new]
                      + [(i, 1, "") for i in removed])
        lengths = np.diff(self.offsets)
        blobs: list[np.ndarray] = []
        sizes: list[np.ndarray] = []
        cursor = 0
        for at, out, person in cuts:
            blobs.append(self.blob[self.offsets[cursor]:self.offsets[at]])
            sizes.append(lengths[cursor:at])
            if out:
                cursor = at + 1
            else:
                encoded = person.encode("utf-8", _ERRORS)
                blobs.append(np.frombuffer(encoded, dtype=np.uint8))
                sizes.append(np.array([len(encoded)], dtype=np.int64))
                cursor = at
        blobs.append(self.blob[self.offsets[cursor]:])
        sizes.append(lengths[cursor:])
        offsets = np.zeros(sum(map(len, sizes)) + 1, dtype=np.int64)
        np.cumsum(np.concatenate(sizes), out=offsets[1:])
        return Ids(offsets, np.concatenate(blobs))

    def well_formed(self) -> bool:
        """Whether the arrays can be ids at all (a file cut short or another file's arrays
        are refused): offsets from 0 to the blob's end, each id at least one byte."""
        offsets = self.offsets
        return bool(offsets.dtype == np.int64 and self.blob.dtype == np.uint8
                    and offsets.ndim == 1 and self.blob.ndim == 1 and len(offsets) >= 1
                    and offsets[0] == 0 and offsets[-1] == len(self.blob)
                    and np.all(np.diff(offsets) > 0))
