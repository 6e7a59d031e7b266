"""People's other names (``Person.aliases``: a maiden or married name, a name she is known by),
on every store: kept from LinkedIn's brackets, searched, asked about when a later contact
bears one, kept by merges (and put back by their undo), carried by Carnet JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from graph.core.errors import AmbiguousName
from graph.core.model import GraphData, Person, merged_person, other_names, search_key
from graph.formats.interchange import dumps, parse_carnet
from graph.services.lookup import person_matches, resolve_person
from graph.stores.port import GraphStore
from ingest.importer import import_file

TODAY = date(2026, 11, 22)
ME = "Isabelle Prigent"
LINKEDIN = ("\ufeffNotes:\r\n\"When exporting your connection data, you may notice that some "
            "of the email addresses are missing.\"\r\n\r\n"
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n")


def load(store: GraphStore, path: Path):  # type: ignore[no-untyped-def]
    return import_file(store, path, me=ME, today=TODAY).report


def linkedin(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "Connections.csv"
    path.write_text(LINKEDIN + "".join(f"{row}\r\n" for row in rows), encoding="utf-8")
    return path


def card(tmp_path: Path, name: str, *lines: str) -> Path:
    first, last = name.split(" ", 1)
    path = tmp_path / "phone.vcf"
    path.write_text("".join(f"{line}\r\n" for line in (
        "BEGIN:VCARD", "VERSION:3.0", f"N:{last};{first};;;", f"FN:{name}", *lines,
        "END:VCARD")), encoding="utf-8")
    return path


def named(store: GraphStore, name: str) -> Person:
    (found,) = [p for p in store.dump(ties=False).people if p.name == name]
    return found


def reviews(store: GraphStore) -> list[tuple[str, str, str]]:
    return sorted((store.get_person(r.a).name, store.get_person(r.b).name, r.reason)
                  for r in store.reviews())


MARIE = ("Marie,Dupont (née Martin),https://www.linkedin.com/in/marie-dupont-8b1,,"
         "Calanques Digital,Cheffe de projet,12 Mar 2024")


def test_a_linkedin_other_name_is_kept_and_a_later_card_of_that_name_is_asked_about(
        store: GraphStore, tmp_path: Path) -> None:
    """LinkedIn first ("Dupont (née Martin)"), her phone card later ("Marie Martin", no
    identifier in common): the card is someone to ask about, never merged on a name."""
    load(store, linkedin(tmp_path, MARIE))
    assert named(store, "Marie Dupont").aliases == ("Marie Martin",)

    report = load(store, card(tmp_path, "Marie Martin", "TEL;type=CELL:06 33 44 55 66"))

    assert (report.added, report.queued) == (1, 1)
    assert reviews(store) == [("Marie Dupont", "Marie Martin", "other_name/vcard")]
    assert named(store, "Marie Martin").aliases == ()  # (two cards until the user merges)
    again = load(store, card(tmp_path, "Marie Martin", "TEL;type=CELL:06 33 44 55 66"))
    assert (again.added, again.queued, len(store.reviews())) == (0, 0, 1)


def test_a_card_of_an_other_name_with_an_identifier_is_not_asked_about(
        store: GraphStore, tmp_path: Path) -> None:
    """Found by her e-mail, the card is her: no question, her other name stays."""
    load(store, linkedin(tmp_path, MARIE.replace(",,Calanques", ",marie@dupont.fr,Calanques")))
    report = load(store, card(tmp_path, "Marie Martin", "EMAIL;type=INTERNET:marie@dupont.fr"))
    assert (report.added, report.queued) == (0, 0)
    marie = named(store, "Marie Dupont")
    assert marie.aliases == ("Marie Martin",)


def test_a_person_found_by_an_identifier_gains_the_other_name_once(
        store: GraphStore, tmp_path: Path) -> None:
    """Her card first ("Marie Martin", her e-mail), then LinkedIn's "Dupont (Martin)" with
    the same e-mail: one person, who keeps her name and gains the other; a name equal to her
    own is no other name; a second import changes nothing."""
    load(store, card(tmp_path, "Marie Dupont", "EMAIL;type=INTERNET:marie@dupont.fr"))
    connections = linkedin(tmp_path, MARIE.replace(",,Calanques", ",marie@dupont.fr,Calanques"),
                           "Paul,Roux (Roux),https://www.linkedin.com/in/paul-roux,,GME,DAF,"
                           "01 Feb 2023")
    load(store, connections)
    assert named(store, "Marie Dupont").aliases == ("Marie Martin",)
    assert named(store, "Paul Roux").aliases == ()
    version = store.graph_version()
    again = load(store, connections)
    assert (again.added, again.updated) == (0, 0)
    assert store.graph_version() == version


@pytest.mark.parametrize("text", ["Martin", "marie martin", "MARTÍN", "dupont"])
def test_a_person_is_found_by_her_other_name(store: GraphStore, text: str) -> None:
    store.save(GraphData(people=[Person("p:marie", "Marie Dupont", aliases=("Marie Martín",)),
                                 Person("p:paul", "Paul Martinez"),
                                 Person("p:zoe", "Zoé Roux", ("zoe@x.fr",))]))
    found = [p.id for p in store.search_people(text)]
    assert "p:marie" in found
    assert store.get_person("p:marie").aliases == ("Marie Martín",)
    assert [p.id for p in store.search_people("dupont marie")] == []  # (names apart)


def test_merging_keeps_both_names_and_undo_puts_them_back(store: GraphStore) -> None:
    store.save(GraphData(people=[
        Person("p:marie", "Marie Dupont", ("marie@dupont.fr",), aliases=("Marie D.",)),
        Person("p:martin", "Marie Martin", ("marie@martin.fr",), aliases=("Mimi Martin",)),
        Person("p:same", "MARIE DUPONT")]))
    before = store.dump()

    merge = store.merge_people("p:marie", "p:martin")

    marie = store.get_person("p:marie")
    assert marie.name == "Marie Dupont"
    assert marie.aliases == ("Marie D.", "Marie Martin", "Mimi Martin")
    assert [p.id for p in store.search_people("mimi")] == ["p:marie"]
    store.undo_merge(merge)
    assert store.dump() == before
    assert [p.id for p in store.search_people("mimi")] == ["p:martin"]

    # Under the other's name, the kept one's own name becomes an other name; a name equal
    # to the one kept (case aside) is not one.
    store.merge_people("p:marie", "p:martin", "Marie Martin")
    assert store.get_person("p:marie").aliases == ("Marie D.", "Marie Dupont", "Mimi Martin")
    store.merge_people("p:same", "p:marie", "MARIE DUPONT")
    assert store.get_person("p:same").aliases == ("Marie Martin", "Marie D.", "Mimi Martin")


def test_other_names_are_edited_field_by_field(store: GraphStore) -> None:
    store.save(GraphData(people=[Person("p:marie", "Marie Dupont")]))
    seen = store.get_person("p:marie")
    store.update_person(seen, Person("p:marie", "Marie Dupont", notes="met at a fair"))
    store.update_person(seen, Person("p:marie", "Marie Dupont", aliases=("Marie Martin",)))
    marie = store.get_person("p:marie")
    assert (marie.notes, marie.aliases) == ("met at a fair", ("Marie Martin",))
    store.update_person(marie, Person("p:marie", "Marie Dupont", notes="met at a fair"))
    assert store.get_person("p:marie").aliases == ()
    assert store.search_people("martin") == []


def test_hostile_other_names_are_stored_as_text(store: GraphStore) -> None:
    hostile = ("<img src=x onerror=alert(1)>", "=cmd|' /C calc'!A0",
               "x' }) DETACH DELETE n //", "Robert'); DROP TABLE person;--")
    store.save(GraphData(people=[Person("p:x", "Marie Dupont", aliases=hostile)]))
    assert store.get_person("p:x").aliases == hostile
    assert [p.id for p in store.search_people("detach delete")] == ["p:x"]
    assert store.counts().people == 1


def test_carnet_json_carries_other_names_and_reads_files_without_them(
        store: GraphStore) -> None:
    old = {"format": "carnet", "version": 1,
           "people": [{"id": "p:a", "name": "Marie Dupont", "emails": [], "phones": [],
                       "linkedin": None, "notes": "", "tags": []}]}
    data = parse_carnet(json.dumps(old))
    assert data.people[0].aliases == ()
    assert json.loads(dumps(data))["people"] == old["people"]  # (none: no key, as before)

    new = json.loads(dumps(data))
    new["people"][0]["aliases"] = ["Marie Martin", "marie dupont", "<b>Mimi</b>"]
    data = parse_carnet(json.dumps(new))
    assert data.people[0].aliases == ("Marie Martin", "<b>Mimi</b>")  # (not her own name)
    store.save(data)
    text = dumps(store.dump())
    assert json.loads(text)["people"][0]["aliases"] == ["Marie Martin", "<b>Mimi</b>"]
    assert dumps(parse_carnet(text)) == text


def test_other_names_and_search_keys() -> None:
    assert other_names("Marie Dupont", ["  Marie   Martin ", "marie-dupont", "Marie Martin"]) \
        == ("Marie Martin",)
    assert search_key(Person("p:a", "Zoé", ("Z@x.fr",))) == "zoe z@x.fr"  # (as before)
    assert search_key(Person("p:a", "Zoé", aliases=("Zoé Martin",))) == "zoe | zoe martin"
    merged = merged_person(Person("p:a", "Zoé"), Person("p:b", "ZOE", aliases=("Zoé",)))
    assert merged.aliases == ()


def test_a_name_typed_finds_the_person_who_goes_by_it(store: GraphStore) -> None:
    """Warm paths' and the referral form's boxes, the command's names: "Marie Martin" typed
    is Marie Dupont (née Martin), exactly; with a Marie Martin of her own too, it is either."""
    store.save(GraphData(people=[Person("p:marie", "Marie Dupont", aliases=("Marie Martin",)),
                                 Person("p:paul", "Paul Martinez")]))
    assert resolve_person(store, "marie martin").id == "p:marie"
    assert [p.id for p in person_matches(store, "Marie Martin")[0]] == ["p:marie"]
    store.save(GraphData(people=[Person("p:other", "Marie Martin")]))
    with pytest.raises(AmbiguousName):
        resolve_person(store, "Marie Martin")
