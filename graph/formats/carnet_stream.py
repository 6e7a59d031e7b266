"""Carnet JSON read as a stream: a backup is checked and written in batches, so the memory it
takes is a batch and the sets of ids it must check references against, not the whole file.

The file is read once for its shape (valid UTF-8, valid JSON, the top-level keys and their
kinds), then once per section (``ijson``, a C parser) in the order references need: people
and companies first, whatever the file's order. So every reference is checked against ids
already seen, and the store can write each batch as it comes, in one transaction (nothing
written if a later record is bad). ``interchange.document_data`` runs the same checks on a
document already decoded (``check_batches``).
"""

from __future__ import annotations

import codecs
import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from graph.core.errors import ImportFailed
from graph.core.model import GraphData
from graph.formats.interchange import (
    FORMAT,
    VERSION,
    Field,
    _company,
    _event,
    _intro,
    _job,
    _knows,
    _person,
    _referral,
    _text,
    json_problem,
)

BATCH = 5000  # records per write: big enough for executemany, small for memory
# Section → the GraphData list it fills and how one record is read. Read in this order.
RECORDS: dict[str, tuple[str, Callable[[Field], Any]]] = {
    "people": ("people", _person), "companies": ("companies", _company),
    "knows": ("knows", _knows), "jobs": ("jobs", _job), "referrals": ("referrals", _referral),
    "intros": ("intros", _intro), "history": ("events", _event)}
TEXTS = ("members", "targets")  # lists of ids, read last (they name people and companies)
SECTIONS = (*RECORDS, *TEXTS)


def check_header(format_: Any, version: Any) -> None:
    if format_ != FORMAT:
        raise ImportFailed("not_carnet_json")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFailed("json_bad_version", value=repr(version))
    if version > VERSION:
        raise ImportFailed("json_newer", version=version)


class _References:
    """The ids seen so far, and the checks of each record against them (with the messages
    the whole-document reader always gave)."""

    def __init__(self) -> None:
        self.people: set[str] = set()
        self.companies: set[str] = set()
        self.records: set[str] = set()  # referrals and intro requests, for the history
        self.pairs: set[tuple[str, str]] = set()
        self.jobs: set[tuple[str, str, str]] = set()
        self.targets: set[str] = set()

    @staticmethod
    def _unique(kind: str, seen: set[Any], key: Any, shown: str) -> None:
        if key in seen:
            raise ImportFailed("json_duplicate", section=kind, value=shown)
        seen.add(key)

    @staticmethod
    def _need(ids: set[str], kind: str, where: str, value: str | None) -> None:
        if value is not None and value not in ids:
            raise ImportFailed(f"json_unknown_{kind}", where=where, value=value)

    def check(self, section: str, where: str, r: Any) -> None:
        need, people = self._need, self.people
        if section == "people":
            self._unique("people", people, r.id, r.id)
        elif section == "companies":
            self._unique("companies", self.companies, r.id, r.id)
        elif section == "knows":
            self._unique("knows", self.pairs, (r.a, r.b), f"{r.a} – {r.b}")
            need(people, "person", f"{where}.a", r.a)
            need(people, "person", f"{where}.b", r.b)
            if r.a == r.b:
                raise ImportFailed("json_self_tie", where=where, id=r.a)
        elif section == "jobs":
            self._unique("jobs", self.jobs, (r.person, r.company, r.title),
                         f"{r.person} at {r.company} as {r.title!r}")
            need(people, "person", f"{where}.person", r.person)
            need(self.companies, "company", f"{where}.company", r.company)
        elif section in ("referrals", "intros"):
            self._unique(section, self.records, r.id, r.id)
            fields = (("referrer", r.referrer), ("referee", r.referee), ("for", r.for_)) \
                if section == "referrals" else (("requester", r.requester),
                                                ("introducer", r.introducer),
                                                ("target", r.target))
            for field, value in fields:
                need(people, "person", f"{where}.{field}", value)
            need(self.companies, "company", f"{where}.company", r.company)
        elif section == "history":
            need(self.records, "record", f"{where}.record", r.record)
        elif section == "members":
            need(people, "person", where, r)
        else:  # targets
            self._unique("targets", self.targets, r, r)
            need(self.companies, "company", where, r)


def check_batches(items: Callable[[str], Iterable[Any]], self_contained: bool = True,
                  size: int = BATCH) -> Iterator[GraphData]:
    """The records of every section, checked and converted, ``size`` at a time (one
    section per batch). ``items(section)`` gives a section's raw values; ``self_contained``:
    every reference must resolve inside the document (true of any export)."""
    refs = _References() if self_contained else None
    for section in SECTIONS:
        field, make = RECORDS.get(section, (section, None))
        batch: list[Any] = []
        for n, raw in enumerate(items(section)):
            where = f"{section}[{n}]"
            if make is None:
                record = _text(raw, where)
            elif isinstance(raw, dict):
                record = make(Field(raw, where))
            else:
                raise ImportFailed("json_not_object", where=where)
            if refs is not None:
                refs.check(section, where, record)
            batch.append(record)
            if len(batch) >= size:
                yield GraphData(**{field: batch})
                batch = []
        if batch:
            yield GraphData(**{field: batch})


def gather(batches: Iterable[GraphData]) -> GraphData:
    """All the batches as one ``GraphData`` (for small documents and tests)."""
    data = GraphData()
    for batch in batches:
        for name in ("members", *(f for f, _ in RECORDS.values()), "targets"):
            getattr(data, name).extend(getattr(batch, name))
    return data


# -- the file ----------------------------------------------------------------------------------
class _Utf8:
    """The file's bytes for ijson, a leading BOM skipped; with ``check``, each chunk checked
    as UTF-8 as it passes (so a bad byte is named as such, not as bad JSON)."""

    def __init__(self, raw: BinaryIO, name: str, check: bool) -> None:
        self.raw, self.name, self.offset, self.started = raw, name, 0, False
        self.decoder = codecs.getincrementaldecoder("utf-8")() if check else None

    def read(self, size: int = -1) -> bytes:
        chunk = self.raw.read(size)
        if not self.started and chunk:  # (ijson first reads 0 bytes, to see their type)
            self.started = True
            if chunk.startswith(codecs.BOM_UTF8):
                chunk, self.offset = chunk[3:], 3
        if self.decoder is not None:
            try:
                self.decoder.decode(chunk, final=not chunk and size != 0)
            except UnicodeDecodeError as exc:
                raise ImportFailed("json_not_utf8", file=self.name,
                                   byte=self.offset + exc.start) from exc
        self.offset += len(chunk)
        return chunk


LIST, OBJECT = object(), object()  # a top-level value's kind, in ``shape``


def _not_json(exc: Exception) -> ImportFailed:
    """yajl's message, on one line: "parse error: premature EOF", and where, when it says."""
    lines = [line.strip() for line in str(exc).splitlines()]
    reason = lines[0].removeprefix("b'").split(": ", 1)[-1].rstrip(".")
    near = lines[1] if len(lines) > 2 and lines[1] else ""
    return ImportFailed("not_json_near" if near else "not_json", problem=json_problem(reason),
                        near=near)


class CarnetFile:
    """A Carnet JSON file on disk, read section by section (see the module's doc)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.shape = self._shape()
        check_header(self.shape.get("format"), self.shape.get("version"))
        for section in SECTIONS:
            if self.shape.get(section, LIST) not in (LIST, None):
                raise ImportFailed("json_not_list", where=section)

    def _open(self, check: bool = False) -> tuple[BinaryIO, _Utf8]:
        try:
            raw = self.path.open("rb")
        except OSError as exc:
            raise ImportFailed("cannot_read", file=self.path, reason=exc.strerror) from exc
        return raw, _Utf8(raw, str(self.path), check)

    def _shape(self) -> dict[str, Any]:
        """The top-level keys: a scalar's value, or LIST / OBJECT; and in ``self.lengths``
        how many values each list holds. One pass over the whole file, so that bad UTF-8 or
        bad JSON anywhere is refused before anything is written."""
        shape: dict[str, Any] = {}
        self.lengths: dict[str, int] = {}
        depth, key, top = 0, "", None
        raw, reader = self._open(check=True)
        try:
            with raw:
                for event, value in ijson.basic_parse(reader, use_float=True):
                    if depth == 2 and event not in ("end_map", "end_array", "map_key"):
                        self.lengths[key] += 1  # a value of a top-level list (or object)
                    elif depth == 1:
                        if event == "map_key":
                            if value in shape:
                                raise ImportFailed("json_twice", where=value)
                            key = value
                            continue
                        if event not in ("end_map", "end_array"):
                            shape[key] = (LIST if event == "start_array" else
                                          OBJECT if event == "start_map" else value)
                            self.lengths[key] = 0
                    elif top is None:
                        top = event
                    if event in ("start_map", "start_array"):
                        depth += 1
                    elif event in ("end_map", "end_array"):
                        depth -= 1
        except ijson.JSONError as exc:
            raise _not_json(exc) from exc
        if top != "start_map":
            raise ImportFailed("not_carnet_json")
        return shape

    def items(self, section: str) -> Iterator[Any]:
        """The values of one top-level list, one at a time; the file is read only as far as
        the list's end (its length is known from the shape pass)."""
        if self.shape.get(section) is not LIST or not self.lengths[section]:
            return
        raw, reader = self._open()
        with raw:
            try:
                values = ijson.items(reader, f"{section}.item", use_float=True)
                yield from itertools.islice(values, self.lengths[section])
            except ijson.JSONError as exc:  # (the file changed since its shape was read)
                raise _not_json(exc) from exc

    def batches(self, size: int = BATCH) -> Iterator[GraphData]:
        return check_batches(self.items, True, size)
