"""Carnet JSON read as a stream (graph/formats/carnet_stream.py): the same refusals as the
whole-text reader, sections in any order, and batches written in one transaction — a bad
record after thousands of good ones leaves the store as it was, on both stores."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from graph.core.errors import ImportFailed
from graph.formats.carnet_stream import BATCH, CarnetFile, gather
from graph.formats.interchange import dumps, parse_carnet, to_document
from graph.services.demo import demo_network
from graph.stores.port import GraphStore
from ingest.importer import import_carnet
from tests.test_interchange import MALFORMED


def write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


@pytest.mark.parametrize(("text", "message"), MALFORMED)
def test_a_file_is_refused_as_the_text_is(tmp_path: Path, text: str, message: str) -> None:
    if text.startswith("[" * 100):  # deep but valid JSON: the stream has no depth limit
        message = "not a Carnet JSON document"
    with pytest.raises(ImportFailed, match=message.replace("[", r"\[").replace("(", r"\(")):
        gather(CarnetFile(write(tmp_path / "bad.json", text)).batches())


@pytest.mark.parametrize(("content", "message"), [
    (b'{"format": "carnet", "version": 1, "people": []} x',
     "not valid JSON: trailing garbage, near '\"version\": 1, \"people\": []} x'"),
    (b'{"format": "carnet", "version": 1, "people": [], "people": []}', "people: appears twice"),
    (b'{"format": "carnet", "version": 1, "notes": "Zo\xe9"}', "not UTF-8 text (byte 47)"),
    (b'{"format": "carnet", "version": 1, "x": NaN}', "not valid JSON: invalid char in json"),
])
def test_file_only_refusals(tmp_path: Path, content: bytes, message: str) -> None:
    with pytest.raises(ImportFailed, match=re.escape(message)):
        gather(CarnetFile(write(tmp_path / "bad.json", content)).batches())


def test_a_bom_and_any_order_of_sections_read_the_same(tmp_path: Path) -> None:
    doc = to_document(demo_network("fr", today=date(2026, 11, 22)))
    backwards = dict(reversed(list(doc.items())))  # targets, intros, … people, format
    text = json.dumps(backwards, ensure_ascii=False)
    path = write(tmp_path / "b.json", b"\xef\xbb\xbf" + text.encode())
    assert gather(CarnetFile(path).batches(size=7)) == parse_carnet(text)


def many_people(extra: dict[str, Any]) -> dict[str, Any]:
    """A valid document of 2½ batches of people, then ``extra`` sections."""
    people = [{"id": f"p:{n:06d}", "name": f"Zoé Martin {n}"} for n in range(BATCH * 5 // 2)]
    return {"format": "carnet", "version": 1, "people": people, **extra}


@pytest.mark.parametrize(("extra", "tail", "message"), [
    ({"knows": [{"a": "p:000001", "b": "p:ghost"}]}, b"",
     "knows[0].b: unknown person 'p:ghost'"),
    ({"targets": ["c:ghost"]}, b"", "targets[0]: unknown company 'c:ghost'"),
    ({}, b"\n{", "not valid JSON"),
])
def test_a_bad_record_after_thousands_writes_nothing(store: GraphStore, tmp_path: Path,
                                                     extra: dict[str, Any], tail: bytes,
                                                     message: str) -> None:
    store.save(demo_network("fr", today=date(2026, 11, 22)))
    before, version = dumps(store.dump()), store.graph_version()
    path = write(tmp_path / "bad.json", json.dumps(many_people(extra)).encode() + tail)
    with pytest.raises(ImportFailed, match=re.escape(message)):
        import_carnet(store, path)
    assert (dumps(store.dump()), store.graph_version()) == (before, version)


def test_import_into_an_empty_store_exports_the_same_bytes(store: GraphStore,
                                                           tmp_path: Path) -> None:
    text = dumps(demo_network("fr", today=date(2026, 11, 22)))
    assert '"targets"' in text and '"history"' in text
    held, changed = import_carnet(store, write(tmp_path / "a.json", text))
    assert dumps(store.dump()) == text and changed
    doc = json.loads(text)
    assert held == {"members": len(doc["members"]), "people": len(doc["people"]),
                    "companies": len(doc["companies"]), "knows": len(doc["knows"]),
                    "jobs": len(doc["jobs"]), "referrals": len(doc["referrals"]),
                    "intros": len(doc["intros"]), "events": len(doc["history"]),
                    "targets": len(doc["targets"])}
    assert import_carnet(store, tmp_path / "a.json")[1] is False  # again: nothing changes


def test_many_batches_all_arrive(store: GraphStore, tmp_path: Path) -> None:
    doc = many_people({"knows": [{"a": f"p:{n:06d}", "b": f"p:{n + 1:06d}"}
                                 for n in range(BATCH + 10)]})
    held, _ = import_carnet(store, write(tmp_path / "many.json", json.dumps(doc)))
    counts = store.counts()
    assert (held["people"], held["knows"]) == (counts.people, counts.knows) == (
        BATCH * 5 // 2, BATCH + 10)


@pytest.mark.parametrize(("content", "french"), [
    (b'{"format": "carnet", "version": 1, "people": [', "JSON invalide : le fichier s'arrête "
                                                        "avant la fin"),
    (b'{"format": "carnet", "version": 1, "people": []} x', "JSON invalide : du texte après "
                                                            "la fin, près de « "),
    (b'{"format": "carnet", "version": 1, "x": NaN}', "JSON invalide : caractère inattendu"),
    (b'{"format": "carnet", "version": 1 "people": []}', "JSON invalide : syntaxe incorrecte"),
])
def test_a_damaged_backup_is_refused_in_french_words(tmp_path: Path, content: bytes,
                                                      french: str) -> None:
    """A backup cut short, restored from Data, said « JSON invalide : premature EOF »: the
    parser's English in a French line (the newcomer's run)."""
    with pytest.raises(ImportFailed) as refused:
        gather(CarnetFile(write(tmp_path / "bad.json", content)).batches())
    assert refused.value.words("fr").startswith(french)
    assert not re.search(r"premature|garbage|\binvalid\b|parse error|lexical", refused.value.words(
        "fr"))


@pytest.mark.parametrize(("text", "french"), [
    ('{"format": "carnet", "version": 1, "people": [', "JSON invalide : le fichier s'arrête "
                                                       "avant la fin ligne 1, colonne 47"),
    ('{"format": "carnet"} x', "JSON invalide : du texte après la fin ligne 1, colonne 22"),
    ('{"format": "carnet" "x": 1}', "JSON invalide : syntaxe incorrecte ligne 1, colonne 21"),
])
def test_a_damaged_document_is_refused_in_french_words(text: str, french: str) -> None:
    with pytest.raises(ImportFailed) as refused:
        parse_carnet(text)
    assert refused.value.words("fr") == french
