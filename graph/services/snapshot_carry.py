"""A command's few writes carried into the snapshot saved beside its SQLite file.

``carnet paths`` maps the snapshot saved beside the store (``snapshot_file``) while the
store has not changed. A command that writes (``carnet referral add``, ``carnet intro``, an
import of ten contacts) changes it, and the next process, or the app, would read every tie
again: seconds at a million people. So a command notes the store's version and stamp when it
opens the store; after its writes, if a snapshot was saved at that version, it patches it
with what they touched (``snapshot_patch``, as the app does after its own writes) and saves
it under the new version and stamp. A command that only reads pays one version read more;
numpy is imported only by a command that wrote, next to a saved snapshot.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from graph.core.errors import CarnetError

if TYPE_CHECKING:
    from graph.stores.port import GraphStore

SUFFIX = ".snapshot"


def folder_for(location: str) -> Path | None:
    """Where the snapshots of the SQLite file at ``location`` go (none for ``:memory:``)."""
    return None if location == ":memory:" else Path(location + SUFFIX)


@contextmanager
def carrying(store: GraphStore) -> Iterator[GraphStore]:
    """``store``, closed on leaving; its saved snapshot brought up to the writes made
    meanwhile (best effort: when it cannot be, the next reader builds one, as before)."""
    folder = folder_for(store.location) if store.kind == "sqlite" else None  # (no file: none)
    before = store.version_stamp() if folder is not None else None
    today = date.today()
    try:
        yield store
        if (folder is not None and before is not None and before[1] is not None
                and store.graph_version() != before[0]
                and folder.is_dir()):  # (a command that only read imports nothing more)
            _carry(store, folder, before[0], before[1], today)
    finally:
        store.close()


def _carry(store: GraphStore, folder: Path, version: int, stamp: int, today: date) -> None:
    from graph.services import snapshot_file
    from graph.services.snapshot_patch import patch
    from graph.stores.changes import MOST_TOUCHED

    now = snapshot_file.key_for(store, today)
    touched = store.changed_since(version, now.version) if now is not None else None
    if now is None or touched is None or len(touched) > MOST_TOUCHED:
        return  # a write by another process, or too many people touched
    old = snapshot_file.load(folder, snapshot_file.key_at(version, stamp, today))
    try:
        new = None if old is None else patch(old, store, touched, now.version)
    except CarnetError:  # (the command itself is done: the next reader builds one)
        return
    if new is not None:
        snapshot_file.save(folder, now, new)
