"""The path engine's snapshot kept on disk beside a SQLite store (``carnet.db.snapshot/``), so
that a ``carnet`` process whose store has not changed since the last query maps the arrays
instead of reading every tie again.

A saved snapshot is one folder named by its key, holding ``indptr.npy``, ``indices.npy``,
``cost.npy``, ``id_offsets.npy`` and ``id_bytes.npy`` (the people's ids, packed:
``graph/core/ids.py``), all memory-mapped on load, and ``meta.json`` (the key again, the
members, introducer costs and the records' ties). The key is the store's ``graph_version``
and its stamp (a random number every write draws again, kept in the file: a copy of the
file restored over the store, even at the same version, names its own content), the day
(recency moves with the calendar) and a digest of the code that builds snapshots
(``BUILT_BY``). SQLite folding its log into the file (a checkpoint, when a process closes
it) changes neither, so a snapshot outlives the app that saved it. A folder is trusted only
if its key is the one asked for and its arrays are whole and consistent; anything else
(another key, a truncated or corrupt file) is a miss, and the caller rebuilds.

Written in a temporary folder, then renamed into place: a reader sees a whole folder or
none, and two processes that build at once write the same content (the first rename wins).
Neo4j has none: its server is shared by several clients and is not a file beside us, and
the app, which serves it, keeps its snapshot in memory (``SnapshotCache``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from graph.core.ids import Ids
from graph.core.snapshot import Snapshot
from graph.stores.port import GraphStore

FORMAT = 3  # 2: the ids packed in arrays, no longer a JSON list; 3: the store's stamp
ARRAYS = {"indptr": np.int64, "indices": np.int32, "cost": np.float64}
ID_ARRAYS = {"id_offsets": "offsets", "id_bytes": "blob"}  # file → ``Ids`` attribute
ABANDONED_S = 600  # a temporary folder older than this was left by a writer that died


# The code that turns the store into a snapshot: another Carnet (new weights, a fixed bug)
# is another key, so an upgrade never searches a snapshot the old code built.
# Named as modules, not files, so that they are found wherever the layout puts them.
BUILT_BY = ("graph.core.ids", "graph.core.model", "graph.core.scoring", "graph.core.snapshot",
            "graph.services.snapshots",
            "graph.services.snapshot_file", "graph.services.snapshot_patch",
            "graph.stores.changes", "graph.stores.sql", "graph.stores.sqlite_store",
            "graph.core.ties")


@lru_cache(maxsize=1)
def code_digest() -> str:
    digest = hashlib.sha256()
    for name in BUILT_BY:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None, name
        digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class SnapshotKey:
    version: int
    today: date
    stamp: int  # the store's, with that version (``GraphStore.version_stamp``)
    code: str

    @property
    def name(self) -> str:
        whole_key = hashlib.sha256(json.dumps(self.as_json()).encode()).hexdigest()[:16]
        return f"v{self.version}-{self.today.isoformat()}-{whole_key}"

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": self.version, "today": self.today.isoformat(),
                "stamp": self.stamp, "code": self.code}


def key_for(store: GraphStore, today: date) -> SnapshotKey | None:
    """The key of what ``store`` holds now (``None`` for a store without a stamp: an older
    one opened read-only, which keeps no snapshot)."""
    version, stamp = store.version_stamp()
    return None if stamp is None else key_at(version, stamp, today)


def key_at(version: int, stamp: int, today: date) -> SnapshotKey:
    return SnapshotKey(version, today, stamp, code_digest())


def load(folder: Path, key: SnapshotKey) -> Snapshot | None:
    """The snapshot saved under ``key``, or ``None`` if there is none or it cannot be trusted."""
    here = folder / key.name
    if not here.exists():
        return None
    snap = read_folder(here, key)
    if snap is None or not whole(snap):
        discard(here)  # so that the rebuilt one can take its place
        return None
    return snap


def read_folder(here: Path, key: SnapshotKey) -> Snapshot | None:
    try:
        meta = json.loads((here / "meta.json").read_text(encoding="utf-8"))
        if meta.get("key") != key.as_json():
            return None
        # Plain ndarray views of the maps: numpy's memmap indexes through Python code, a
        # few ms a search; the view keeps the map open.
        arrays = {name: np.load(here / f"{name}.npy", mmap_mode="r", allow_pickle=False
                                ).view(np.ndarray) for name in [*ARRAYS, *ID_ARRAYS]}
        members = tuple(int(m) for m in meta["members"])
        intro_cost = {int(node): float(cost) for node, cost in meta["intro_cost"].items()}
        warm = frozenset((str(a), str(b)) for a, b in meta["warm"])
        implied = {(str(a), str(b)): float(value) for a, b, value in meta["implied"]}
        people = Ids(arrays["id_offsets"], arrays["id_bytes"])
        snap = Snapshot(people, arrays["indptr"], arrays["indices"],
                        arrays["cost"], intro_cost, float(meta["intro_default"]), members,
                        key.version, key.today, warm, implied)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, EOFError):
        return None  # truncated, corrupt: rebuilt by the caller
    return snap


def discard(here: Path) -> None:
    """Move an untrusted folder out of the way, then delete it (best effort)."""
    aside = here.with_name(f".tmp-discarded-{os.getpid()}-{time.monotonic_ns()}")
    try:
        os.rename(here, aside)
    except OSError:
        return
    shutil.rmtree(aside, ignore_errors=True)


def whole(snap: Snapshot) -> bool:
    """Whether the arrays make a CSR over ``len(snap)`` nodes (a check on every load: a file
    cut short or overwritten by something else is refused, not searched). The ids are checked
    for their shape, not their order: that would read every id, which mapping them avoids
    (the folder is written whole, then renamed, under a key naming this very content)."""
    n = len(snap)
    indptr, indices, cost = snap.indptr, snap.indices, snap.cost
    if (any(a.dtype != dtype or a.ndim != 1 for a, dtype in
            ((indptr, ARRAYS["indptr"]), (indices, ARRAYS["indices"]), (cost, ARRAYS["cost"])))
            or len(indptr) != n + 1 or indptr[0] != 0 or indptr[-1] != len(indices)
            or len(cost) != len(indices)):
        return False
    nodes = list(snap.intro_cost) + list(snap.members)
    return bool(np.all(np.diff(indptr) >= 0)
                and (len(indices) == 0 or (indices.min() >= 0 and indices.max() < n))
                and np.all(cost >= 0) and all(0 <= node < n for node in nodes)
                and snap.people.well_formed())


def save(folder: Path, key: SnapshotKey, snap: Snapshot) -> None:
    """Save ``snap`` under ``key`` and drop older snapshots; a failure (read-only folder, full
    disk, another process cleaning up) only means the next process builds it again."""
    try:
        folder.mkdir(exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder))
        try:
            for name in ARRAYS:
                np.save(partial / f"{name}.npy", getattr(snap, name), allow_pickle=False)
            for name, part in ID_ARRAYS.items():
                np.save(partial / f"{name}.npy", getattr(snap.people, part), allow_pickle=False)
            meta = {"key": key.as_json(), "members": list(snap.members),
                    "intro_cost": {str(k): v for k, v in snap.intro_cost.items()},
                    "intro_default": snap.intro_default, "warm": sorted(snap.warm),
                    "implied": [[a, b, value] for (a, b), value in sorted(snap.implied.items())]}
            (partial / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
            os.rename(partial, folder / key.name)  # fails if another process got there first
        except OSError:
            shutil.rmtree(partial, ignore_errors=True)
            return
        drop_others(folder, key.name)
    except OSError:
        return


def drop_others(folder: Path, keep: str) -> None:
    """Remove the snapshots of other keys and what dead writers left (best effort)."""
    for other in folder.iterdir():
        try:
            abandoned = time.time() - other.stat().st_mtime > ABANDONED_S
        except OSError:
            continue
        if other.name != keep and (not other.name.startswith(".tmp-") or abandoned):
            shutil.rmtree(other, ignore_errors=True)
