"""An unchanged re-import found cheaply: importing the same file again, into a notebook no one
changed since, costs a file digest and one read instead of a parse and a plan.

After each import the store keeps a note (``GraphStore.leave_note``, not data: it leaves
``graph_version`` alone) under a key made of the format, the member and the options (``--me``,
``--column``): the file's SHA-256, the store's ``graph_version`` right after the import, and
what a re-import would report (every person the file resolved to, unchanged; the same skipped
rows and notices). The note is used only while both still match: a different file, or any
write to the store since (a referral, a deletion, another import), plans the import in full,
and so does a change of how files are read (``READING``: a file imported before it is read
again, as this version reads it).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Final

from graph.stores.port import GraphStore
from ingest.common import Notice, Skipped
from ingest.resolve import ImportReport

# How imports read and plan a file: raised when that changes what a file gives (work statuses
# in the company column: 2; one tag per kind of status, a status followed by a place: 3; what
# an e-mail address is, in every format: 4), so that the same file imported again is read
# again.
READING = 4


def import_key(fmt: str, member: str, me: str | None, mapping: dict[str, str] | None) -> str:
    return "import:" + json.dumps([fmt, member, me, sorted((mapping or {}).items())],
                                  ensure_ascii=False)


def file_digest(path: Path) -> str:
    with Path(path).open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def replay(store: GraphStore, key: str, digest: str) -> tuple[ImportReport, list[Notice]] | None:
    """What importing that file again reports, if it was the last one imported under ``key``
    and the store has not changed since; else None."""
    note = store.note(key)
    if note is None:
        return None
    kept = json.loads(note)
    if (kept["sha256"] != digest or kept["version"] != store.graph_version()
            or kept.get("reading") != READING):
        return None
    report = ImportReport(unchanged=kept["people"], people=kept["people"],
                          skipped=[Skipped(**s) for s in kept["skipped"]])
    return report, [Notice(**n) for n in kept["notices"]]


# Notices of what an import did, not of what the file says: the same file again does not
DONE: Final = frozenset({"status_tags_off"})


def remember(store: GraphStore, key: str, digest: str, report: ImportReport,
             notices: list[Notice]) -> None:
    store.leave_note(key, json.dumps({
        "sha256": digest, "version": store.graph_version(), "reading": READING,
        "people": report.people, "skipped": [asdict(s) for s in report.skipped],
        "notices": [asdict(n) for n in notices if n.code not in DONE],
    }, ensure_ascii=False))
