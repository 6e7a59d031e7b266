"""Carnet JSON v1: canonical output, and every malformed document refused with its place."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from graph.core.errors import ImportFailed
from graph.formats.interchange import dumps, parse_carnet, to_document
from graph.services.demo import demo_network
from tests.conftest import small_graph


def test_document_has_exactly_the_designed_shape() -> None:
    doc = to_document(small_graph())
    assert list(doc) == ["format", "version", "members", "people", "companies", "knows", "jobs",
                         "referrals", "intros"]
    assert doc["people"][0] == {"id": "p:isabelle", "name": "Isabelle Prigent",
                                "emails": ["isabelle@example.fr"], "phones": ["+33612345678"],
                                "linkedin": "https://www.linkedin.com/in/iprigent",
                                "notes": "moi", "tags": ["moi", "freelance"]}
    assert doc["referrals"][0] == {
        "id": "r:1", "referrer": "p:veronique", "referee": "p:solene", "for": "p:isabelle",
        "company": "c:gme", "role": "comm", "context": "« elle fait la même chose que toi »",
        "offered_intro": True, "date": "2026-10-02", "status": "noted",
        "follow_up_on": "2026-11-30"}
    assert doc["knows"][0] == {"a": "p:isabelle", "b": "p:stephanie", "closeness": 2,
                               "since": None, "last_contact": "2019-03-01", "interactions": 1,
                               "how_met": "", "source": "vcard"}


def test_parse_then_dump_gives_the_same_text() -> None:
    text = dumps(demo_network("fr", today=date(2026, 11, 22)))
    assert dumps(parse_carnet(text)) == text


def test_defaults_fill_missing_optional_fields() -> None:
    data = parse_carnet(json.dumps({"format": "carnet", "version": 1,
                                    "people": [{"id": "p:a", "name": "A"},
                                               {"id": "p:b", "name": "B"}],
                                    "knows": [{"a": "p:b", "b": "p:a"}]}))
    assert data.knows[0].a == "p:a" and data.knows[0].source == "manual"
    assert data.people[0].emails == () and data.people[0].linkedin is None


def valid() -> dict[str, Any]:
    return to_document(small_graph())


def broken(path: str, value: Any) -> str:
    """The valid document with one value replaced (``"people.0.name"``), or deleted (...)."""
    doc = valid()
    *parents, last = path.split(".")
    target: Any = doc
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    key: Any = int(last) if last.isdigit() else last
    if value is ...:
        del target[key]
    else:
        target[key] = value
    return json.dumps(doc)


MALFORMED = [
    ('{"format": "carnet", "version": 1, "people": [', "not valid JSON"),
    ("", "not valid JSON"),
    ("[1, 2]", "not a Carnet JSON document"),
    ('{"format": "other"}', "not a Carnet JSON document"),
    ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
    (broken("version", 2), "version 2 was written by a newer Carnet"),
    (broken("version", "1"), "version: expected a whole number"),
    (broken("people", {}), "people: expected a list"),
    (broken("people.0", "x"), "people[0]: expected an object"),
    (broken("people.1.name", ...), "people[1].name: missing"),
    (broken("people.1.name", "   "), "people[1].name: empty"),
    (broken("people.1.name", 42), "people[1].name: expected text, got int"),
    (broken("people.1.name", "a\x00b"), "people[1].name: contains a NUL"),
    (broken("people.1.id", "x:1"), "people[1].id: expected an id like 'p:…'"),
    (broken("people.1.emails", "a@b.c"), "people[1].emails: expected a list of text"),
    (broken("people.1.id", "p:isabelle"), "people: p:isabelle appears twice"),
    (broken("knows.0.closeness", 7), "knows[0].closeness: expected a whole number from 1 to 5"),
    (broken("knows.0.closeness", True), "knows[0].closeness"),
    (broken("knows.0.last_contact", "01/03/2019"), "knows[0].last_contact: expected a date"),
    (broken("knows.0.last_contact", "2019-02-30"), "knows[0].last_contact: expected a date"),
    (broken("knows.0.source", "fax"), "knows[0].source: expected one of"),
    (broken("knows.0.b", "p:ghost"), "unknown person 'p:ghost'"),
    (broken("knows.0.b", "p:isabelle"), "cannot know themself"),
    (broken("jobs.0.company", "c:ghost"), "jobs[0].company: unknown company 'c:ghost'"),
    (broken("jobs.0.current", "yes"), "jobs[0].current: expected true or false"),
    (broken("referrals.0.for", ...), "referrals[0].for: missing"),
    (broken("referrals.0.status", "maybe"), "referrals[0].status: expected one of noted"),
    (broken("intros.0.status", "sent"), "intros[0].status: expected one of draft"),
    (broken("members.0", "p:ghost"), "members[0]: unknown person"),
]


@pytest.mark.parametrize(("text", "message"), MALFORMED)
def test_malformed_documents_are_refused_with_the_place_of_the_problem(
        text: str, message: str) -> None:
    with pytest.raises(ImportFailed, match=message.replace("[", r"\[").replace("(", r"\(")):
        parse_carnet(text)


def test_streamed_document_is_the_same_bytes() -> None:
    import io
    from dataclasses import replace

    from graph.formats.interchange import write_document

    data = demo_network("fr", today=date(2026, 11, 22))
    for ties in (data.knows, []):
        whole = replace(data, knows=ties)
        out = io.StringIO()
        write_document(out, replace(whole, knows=[]), sorted(ties, key=lambda k: (k.a, k.b)))
        assert out.getvalue() == dumps(whole)
