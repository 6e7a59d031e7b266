"""Carnet JSON v1: the backup and interchange format (see DESIGN.md), kept backward compatible.

``to_document(data)`` and ``dumps`` write it in a canonical order, so that export → import →
export gives the same bytes. ``parse_carnet(text)`` checks every field and every reference
before anything is written, and says where the first problem is:

>>> parse_carnet('{"format": "carnet", "version": 1, "people": [{"id": "p:a"}]}')
Traceback (most recent call last):
...
graph.core.errors.ImportFailed: people[0].name: missing
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from graph.core.errors import ImportFailed
from graph.core.model import (
    HISTORY_ONLY_STEPS,
    INTRO_STATUSES,
    REFERRAL_STATUSES,
    SOURCES,
    Company,
    Event,
    GraphData,
    IntroRequest,
    Job,
    Knows,
    Person,
    Referral,
    other_names,
)

FORMAT = "carnet"
VERSION = 1


# -- writing ---------------------------------------------------------------------------------
def to_document(data: GraphData) -> dict[str, Any]:
    """The JSON document for ``data``, every list sorted so the output is canonical."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "members": sorted(data.members),
        "people": [{"id": p.id, "name": p.name, "emails": list(p.emails), "phones": list(p.phones),
                    "linkedin": p.linkedin, "notes": p.notes, "tags": list(p.tags),
                    # (added later: optional, left out when empty, as "history" below)
                    **({"aliases": list(p.aliases)} if p.aliases else {})}
                   for p in sorted(data.people, key=lambda p: p.id)],
        "companies": [{"id": c.id, "name": c.name, "domain": c.domain, "aliases": list(c.aliases)}
                      for c in sorted(data.companies, key=lambda c: c.id)],
        "knows": [tie_document(k) for k in sorted(data.knows, key=lambda k: (k.a, k.b))],
        "jobs": [{"person": j.person, "company": j.company, "title": j.title,
                  "department": j.department, "since": j.since, "until": j.until,
                  "current": j.current}
                 for j in sorted(data.jobs, key=lambda j: (j.person, j.company, j.title))],
        "referrals": [{"id": r.id, "referrer": r.referrer, "referee": r.referee, "for": r.for_,
                       "company": r.company, "role": r.role, "context": r.context,
                       "offered_intro": r.offered_intro, "date": r.date, "status": r.status,
                       "follow_up_on": r.follow_up_on}
                      for r in sorted(data.referrals, key=lambda r: r.id)],
        "intros": [{"id": i.id, "requester": i.requester, "introducer": i.introducer,
                    "target": i.target, "company": i.company, "status": i.status,
                    "asked_on": i.asked_on, "updated_on": i.updated_on, "note": i.note}
                   for i in sorted(data.intros, key=lambda i: i.id)],
        # Added after v1's first shape; optional, so v1 documents without it still read.
        **({"history": [{"record": e.record, "status": e.status, "on": e.on, "note": e.note}
                        for e in sorted(data.events, key=lambda e: (e.record, e.on))]}
           if data.events else {}),
        # Added later still, optional and left out when empty, like "history".
        **({"targets": sorted(data.targets)} if data.targets else {}),
    }


def tie_document(k: Knows) -> dict[str, Any]:
    return {"a": k.a, "b": k.b, "closeness": k.closeness, "since": k.since,
            "last_contact": k.last_contact, "interactions": k.interactions,
            "how_met": k.how_met, "source": k.source}


def dumps(data: GraphData) -> str:
    return json.dumps(to_document(data), ensure_ascii=False, indent=1) + "\n"


_TIES_GO_HERE = "\x00ties"  # (no imported text holds a NUL: ``_text`` refuses it)


def write_document(out: TextIO, data: GraphData, knows: Iterable[Knows]) -> None:
    """The same bytes as ``dumps``, written as they are made: ``data`` without its ties, and
    ``knows`` — most of a big store — streamed in ``(a, b)`` order (as the stores page them)."""
    doc = to_document(data)
    doc["knows"] = [_TIES_GO_HERE]
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    before, after = text.split(json.dumps(_TIES_GO_HERE), 1)
    ties = iter(knows)
    first = next(ties, None)
    if first is None:  # "knows": [] as dumps writes it
        out.write(before.rstrip()[:-1] + "[]" + after.lstrip()[1:] + "\n")
        return
    out.write(before)
    for n, tie in enumerate(itertools.chain([first], ties)):
        item = json.dumps(tie_document(tie), ensure_ascii=False, indent=1)
        out.write(("" if n == 0 else ",\n  ") + item.replace("\n", "\n  "))
    out.write(after + "\n")


# -- reading ---------------------------------------------------------------------------------
def read_carnet(path: Path) -> GraphData:
    """The whole file as one ``GraphData`` (for small files and tests: an import streams it,
    see ``graph/formats/carnet_stream.py``)."""
    from graph.formats.carnet_stream import CarnetFile, gather

    return gather(CarnetFile(path).batches())


def json_problem(message: str, at_end: bool = False) -> str:
    """What a JSON parser's message (yajl's, Python's) says, as a code its words give in the
    user's language (``json_problem_<code>``): the parser's English in a French line
    (« JSON invalide : premature EOF ») told her nothing.

    >>> [json_problem(m) for m in ("premature EOF", "trailing garbage", "Extra data",
    ...                            "invalid char in json text", "Expecting ',' delimiter")]
    ['cut', 'after_end', 'after_end', 'character', 'syntax']
    """
    if at_end or "premature EOF" in message or message.startswith("Unterminated"):
        return "cut"
    if "trailing garbage" in message or message.startswith("Extra data"):
        return "after_end"
    if "invalid char" in message or message.startswith("Invalid control character"):
        return "character"
    return "syntax"


def parse_carnet(text: str) -> GraphData:
    """Check and convert a Carnet JSON document; ``ImportFailed`` names the first problem."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        at_end = exc.msg == "Expecting value" and exc.pos >= len(text.rstrip())
        raise ImportFailed("not_json_at", problem=json_problem(exc.msg, at_end),
                           line=exc.lineno, column=exc.colno) from exc
    except RecursionError as exc:
        raise ImportFailed("json_too_deep") from exc
    return document_data(doc)


def document_data(doc: Any, self_contained: bool = True) -> GraphData:
    """Check and convert a decoded document; ``self_contained``: every reference must resolve
    inside it (true of any export; not of a merge log's excerpt)."""
    from graph.formats.carnet_stream import SECTIONS, check_batches, check_header, gather

    if not isinstance(doc, dict):
        raise ImportFailed("not_carnet_json")
    check_header(doc.get("format"), doc.get("version"))
    for section in SECTIONS:
        _list(doc, section)
    return gather(check_batches(lambda section: _list(doc, section), self_contained))


# -- field readers: each takes the raw value and where it stands, for the error message ------
def _list(doc: dict[str, Any], key: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise ImportFailed("json_not_list", where=key)
    return value


MAX_FIELD_CHARS = 128 * 1024  # one imported field, in every format (ingest/common.py too)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ImportFailed("json_not_text", where=where, got=type(value).__name__)
    if "\x00" in value:
        raise ImportFailed("json_nul", where=where)
    if len(value) > MAX_FIELD_CHARS:
        raise ImportFailed("field_long", where=where, kb=MAX_FIELD_CHARS // 1024)
    return value


class Field:
    """Typed access to one record's fields, with errors that say which field failed."""

    def __init__(self, raw: dict[str, Any], where: str) -> None:
        self.raw, self.where = raw, where

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def id(self, key: str, prefix: str) -> str:
        value = self.text(key, required=True)
        if not value.startswith(f"{prefix}:") or len(value) < 3:
            raise ImportFailed("json_not_id", where=self._at(key), prefix=prefix,
                               value=repr(value))
        return value

    def text(self, key: str, required: bool = False) -> str:
        if key not in self.raw or self.raw[key] is None:
            if required:
                raise ImportFailed("json_missing", where=self._at(key))
            return ""
        value = _text(self.raw[key], self._at(key))
        if required and not value.strip():
            raise ImportFailed("json_empty", where=self._at(key))
        return value

    def optional_text(self, key: str) -> str | None:
        return self.text(key) if self.raw.get(key) is not None else None

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key) or []
        if not isinstance(value, list):
            raise ImportFailed("json_not_texts", where=self._at(key))
        return tuple(_text(v, f"{self._at(key)}[{n}]") for n, v in enumerate(value))

    def date(self, key: str) -> str | None:
        value = self.raw.get(key)
        if value is None:
            return None
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            raise ImportFailed("json_not_date", where=self._at(key),
                               value=repr(value)) from None
        return value

    def integer(self, key: str, low: int, high: int, default: int | None) -> int | None:
        value = self.raw.get(key, default)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ImportFailed("json_not_number", where=self._at(key), low=low,
                               high=high, value=repr(value))
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.raw.get(key, default)
        if not isinstance(value, bool):
            raise ImportFailed("json_not_bool", where=self._at(key), value=repr(value))
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.raw.get(key, default)
        if value not in choices:
            raise ImportFailed("json_not_choice", where=self._at(key),
                               choices=", ".join(choices), value=repr(value))
        return str(value)


def _person(f: Field) -> Person:
    name, aliases = f.text("name", required=True), f.texts("aliases")
    return Person(id=f.id("id", "p"), name=name, emails=f.texts("emails"),
                  phones=f.texts("phones"), linkedin=f.optional_text("linkedin"),
                  notes=f.text("notes"), tags=f.texts("tags"),
                  aliases=other_names(name, aliases) if aliases else ())


def _company(f: Field) -> Company:
    return Company(id=f.id("id", "c"), name=f.text("name", required=True),
                   domain=f.optional_text("domain"), aliases=f.texts("aliases"))


def _knows(f: Field) -> Knows:
    return Knows(a=f.text("a", required=True), b=f.text("b", required=True),
                 closeness=f.integer("closeness", 1, 5, None), since=f.date("since"),
                 last_contact=f.date("last_contact"),
                 interactions=f.integer("interactions", 0, 10**9, 0) or 0,
                 how_met=f.text("how_met"), source=f.choice("source", SOURCES, "manual"))


def _job(f: Field) -> Job:
    return Job(person=f.text("person", required=True), company=f.text("company", required=True),
               title=f.text("title"), department=f.text("department"), since=f.date("since"),
               until=f.date("until"), current=f.flag("current", True))


def _referral(f: Field) -> Referral:
    return Referral(id=f.id("id", "r"), referrer=f.text("referrer", required=True),
                    referee=f.text("referee", required=True), for_=f.text("for", required=True),
                    company=f.optional_text("company"), role=f.text("role"),
                    context=f.text("context"), offered_intro=f.flag("offered_intro", False),
                    date=f.date("date"), status=f.choice("status", REFERRAL_STATUSES, "noted"),
                    follow_up_on=f.date("follow_up_on"))


def _event(f: Field) -> Event:
    return Event(record=f.text("record", required=True),
                 status=f.choice("status", (*REFERRAL_STATUSES, *INTRO_STATUSES,
                                            *HISTORY_ONLY_STEPS),
                                 "noted"),
                 on=f.date("on") or _missing(f, "on"), note=f.text("note"))


def _missing(f: Field, key: str) -> str:
    raise ImportFailed("json_missing", where=f"{f.where}.{key}")


def _intro(f: Field) -> IntroRequest:
    return IntroRequest(id=f.id("id", "i"), requester=f.text("requester", required=True),
                        introducer=f.text("introducer", required=True),
                        target=f.text("target", required=True),
                        company=f.optional_text("company"),
                        status=f.choice("status", INTRO_STATUSES, "draft"),
                        asked_on=f.date("asked_on"), updated_on=f.date("updated_on"),
                        note=f.text("note"))
