"""A work status's tag taken off once LinkedIn gives her a company again, if Carnet put it
there and nobody changed her tags or note since.

An import that turns a company cell into a tag (« Freelance »: ``graph.core.statuses``)
notes it in the store (``GraphStore.leave_note``, beside the data: a backup does not carry
it), per person: the tag it added, the line it wrote in her note if it wrote her note
(« Consultante communication · Indépendante »), and a digest of her tags and note as the
import left them. A later LinkedIn export that shows her at a real company (LinkedIn shows
the current position: a phone's card may be years old) takes the tag and that line off,
only while her tags and note are still exactly as Carnet left them: a tag she typed, or a
card she edited in any way (another tag, a word in her note), keeps everything, and the
record is dropped. Each import that changes her itself moves the digest on; anything else
(an edit, a merge, a restored backup) only ever keeps the tag. Never losing what the user
typed matters more than a stale tag.
"""

from __future__ import annotations

import hashlib
import json

from graph.core.model import Person
from graph.stores.port import GraphStore

NOTE = "status_tags"
Record = dict[str, dict[str, str]]  # person id → {"tag", "line", "state"}


def state(person: Person) -> str:
    """A digest of her tags and note: what "nobody changed it" compares."""
    return hashlib.sha256(json.dumps([person.tags, person.notes], ensure_ascii=False)
                          .encode()).hexdigest()[:16]


def read_record(store: GraphStore) -> Record:
    kept = store.note(NOTE)
    try:
        record = json.loads(kept) if kept else {}
    except ValueError:  # (a note is no data: unreadable, it is as if there were none)
        return {}
    return record if isinstance(record, dict) else {}


def put_there(record: Record, before: Person | None, after: Person, tag: str,
              line: str) -> bool:
    """The import gives ``after`` the status ``tag`` (and her note ``line``): noted, if it
    added the tag (not if she bore it: hers, or put there before), and the line if it wrote
    her note. Whether it was noted."""
    if tag not in after.tags or (before is not None and tag in before.tags):
        return False
    wrote = bool(line) and (before is None or not before.notes) and after.notes.endswith(line)
    record[after.id] = {"tag": tag, "line": line if wrote else "", "state": state(after)}
    return True


def taken_off(record: Record, before: Person | None, after: Person) -> Person:
    """``after`` (LinkedIn gives her a real company) without the status tag and note line
    Carnet put there, if her tags and note are as Carnet left them; the record forgets her."""
    kept = record.pop(after.id, None)
    if kept is None or before is None or state(before) != kept["state"] \
            or kept["tag"] not in after.tags:
        return after
    notes = after.notes
    if kept["line"] and notes.endswith(kept["line"]):
        notes = notes[:-len(kept["line"])].rstrip("\n")
    return Person(after.id, after.name, after.emails, after.phones, after.linkedin, notes,
                  tuple(t for t in after.tags if t != kept["tag"]), after.aliases)


def carried_on(record: Record, before: dict[str, Person], after: dict[str, Person],
               noted: set[str]) -> None:
    """The record once the import is planned: someone deleted or changed since Carnet left
    her is forgotten (her tag stays for good); someone this import changed (another tag, a
    phone) as she was left is noted as it leaves her. ``noted``: put there by this import."""
    for pid in list(record):
        if pid in noted:
            continue
        known = before.get(pid)
        if known is None or state(known) != record[pid]["state"]:
            del record[pid]
        elif pid in after and record[pid]["tag"] in after[pid].tags:
            record[pid]["state"] = state(after[pid])


def write_record(store: GraphStore, record: Record) -> None:
    store.leave_note(NOTE, json.dumps(record, ensure_ascii=False, sort_keys=True))
