"""Double, married and compound names written in part (« Marie Martin » in a phone, « Marie
Martin-Dupont » on LinkedIn; « JB Rossi » and « Jean-Baptiste Rossi »): asked about, never
merged on a name and never two people silently; apart at two different known companies or with
two LinkedIn profiles, as similar names are. Real files, on every store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.core.model import Company, GraphData, Job, Person
from graph.core.names import name_key, shorter_forms
from graph.stores.port import GraphStore
from ingest.duplicates import likely_duplicates
from ingest.importer import import_file
from ingest.lookalikes import NameIndex
from tests.cli_helpers import Run

TODAY = date(2026, 11, 22)
ME = "Isabelle Prigent"
LINKEDIN = ("\ufeffNotes:\r\n\"When exporting your connection data, you may notice that some "
            "of the email addresses are missing.\"\r\n\r\n"
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n")


def linkedin(folder: Path, *people: tuple[str, str, str]) -> Path:
    """A Connections.csv of (first name, last name, company) rows, each her own profile."""
    folder.mkdir(exist_ok=True)
    path = folder / "Connections.csv"
    path.write_text(LINKEDIN + "".join(
        f"{first},{last},https://www.linkedin.com/in/{slug(first, last)},,"
        f"{company},Cheffe de projet,12 Mar 2024\r\n" for first, last, company in people),
        encoding="utf-8")
    return path


def slug(first: str, last: str) -> str:
    return name_key(f"{first} {last}").replace(" ", "-")


def phone(folder: Path, *cards: tuple[str, str]) -> Path:
    """A phone's vCard export of (full name, company) cards, each with its own number."""
    folder.mkdir(exist_ok=True)
    path = folder / "phone.vcf"
    path.write_text("".join(
        "".join(f"{line}\r\n" for line in (
            "BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"TEL;type=CELL:06 33 44 55 {10 + n}",
            *([f"ORG:{company}"] if company else []), "END:VCARD"))
        for n, (name, company) in enumerate(cards)), encoding="utf-8")
    return path


def load(store: GraphStore, path: Path):  # type: ignore[no-untyped-def]
    return import_file(store, path, me=ME, today=TODAY).report


def reviews(store: GraphStore) -> list[tuple[str, str, str]]:
    return sorted((store.get_person(r.a).name, store.get_person(r.b).name, r.reason)
                  for r in store.reviews())


def names(store: GraphStore) -> list[str]:
    return sorted(p.name for p in store.dump(ties=False).people if p.name != ME)


@pytest.mark.parametrize(("first", "last", "card"), [
    ("Marie", "Martin-Dupont", "Marie Martin"),      # her double name in part …
    ("Marie", "Martin-Dupont", "Marie Dupont"),      # … either part
    ("Claire", "Dubois Morel", "Claire Morel"),      # a married name beside her own
    ("Jean-Baptiste", "Rossi", "JB Rossi"),          # a compound first name's initials
    ("Anne-Sophie", "Leroy", "AS Leroy"),
])
def test_a_name_written_in_part_in_a_phone_is_asked_about(
        store: GraphStore, tmp_path: Path, first: str, last: str, card: str) -> None:
    load(store, linkedin(tmp_path / "li", (first, last, "Calanques Digital")))
    known = names(store)

    report = load(store, phone(tmp_path / "tel", (card, "")))

    assert (report.added, report.queued) == (1, 1)
    assert names(store) == sorted([*known, card])  # two cards until the user merges
    assert reviews(store) == [(*known, card, "compound_name/vcard")]
    again = load(store, phone(tmp_path / "tel", (card, "")))
    assert (again.added, again.queued, len(store.reviews())) == (0, 0, 1)


@pytest.mark.parametrize(("card", "first", "last"), [
    ("Marie Martin", "Marie", "Martin-Dupont"),
    ("Claire Morel", "Claire", "Dubois Morel"),
    ("Claire Dubois (née Morel)", "Claire", "Morel"),  # (a phone's brackets stay in its name)
    ("JB Rossi", "Jean-Baptiste", "Rossi"),
])
def test_a_name_in_full_on_linkedin_is_asked_about_after_the_phone(
        store: GraphStore, tmp_path: Path, card: str, first: str, last: str) -> None:
    load(store, phone(tmp_path / "tel", (card, "")))
    report = load(store, linkedin(tmp_path / "li", (first, last, "Calanques Digital")))
    assert (report.added, report.queued) == (1, 1)
    assert reviews(store) == [(card, f"{first} {last}", "compound_name/linkedin")]


def test_at_one_company_asked_at_two_companies_apart(store: GraphStore, tmp_path: Path) -> None:
    """As for similar names: one company (or none known) is a question, two different
    companies are two people (« Marie Martin » is a common name)."""
    load(store, linkedin(tmp_path / "li", ("Marie", "Martin-Dupont", "Calanques Digital"),
                         ("Paul", "Roux-Ferri", "Frioul Software")))
    report = load(store, phone(tmp_path / "tel", ("Marie Martin", "Calanques Digital SAS"),
                               ("Paul Roux", "Agence Mistral")))
    assert (report.added, report.queued) == (2, 1)
    assert reviews(store) == [("Marie Martin-Dupont", "Marie Martin", "compound_name/vcard")]


def test_two_linkedin_profiles_are_two_people(store: GraphStore, tmp_path: Path) -> None:
    load(store, linkedin(tmp_path / "one", ("Marie", "Martin-Dupont", "")))
    report = load(store, linkedin(tmp_path / "two", ("Marie", "Martin", "")))
    assert (report.added, report.queued, store.reviews()) == (1, 0, [])


def test_a_short_name_that_many_long_ones_share_is_no_question(
        store: GraphStore, tmp_path: Path) -> None:
    """« Marie Martin » may be Marie Martin-Dupont or Marie Martin-Roux: asking about one of
    them says nothing; a name of her own in the same file is still asked about."""
    load(store, linkedin(tmp_path / "li", ("Marie", "Martin-Dupont", ""),
                         ("Marie", "Martin-Roux", ""), ("Lucas", "Faure-Benali", "")))
    report = load(store, phone(tmp_path / "tel", ("Marie Martin", ""), ("Lucas Benali", "")))
    assert (report.added, report.queued) == (2, 1)
    assert reviews(store) == [("Lucas Faure-Benali", "Lucas Benali", "compound_name/vcard")]
    assert likely_duplicates(store) == []  # (nor does the notebook's clean-up ask)


def test_a_short_name_known_first_is_no_question_once_two_long_ones_share_it(
        store: GraphStore, tmp_path: Path) -> None:
    """The other way round: « Marie Martin » in the phone first, then LinkedIn's two Marie
    Martin-… : the second makes it no question (the first was asked, and stays asked)."""
    load(store, phone(tmp_path / "tel", ("Marie Martin", "")))
    load(store, linkedin(tmp_path / "li", ("Marie", "Martin-Dupont", ""),
                         ("Marie", "Martin-Roux", "")))
    assert reviews(store) == [("Marie Martin", "Marie Martin-Dupont", "compound_name/linkedin")]
    assert likely_duplicates(store) == []


def test_a_long_name_at_another_company_makes_no_doubt(store: GraphStore,
                                                       tmp_path: Path) -> None:
    """« Marie Martin » at Danone, Marie Martin-Roux at Orange: Marie Martin-Dupont, at Danone
    too, is asked about (the one at Orange is someone else, no second candidate)."""
    load(store, phone(tmp_path / "tel", ("Marie Martin", "Danone")))
    load(store, linkedin(tmp_path / "li", ("Marie", "Martin-Roux", "Orange")))
    load(store, linkedin(tmp_path / "li2", ("Marie", "Martin-Dupont", "Danone")))
    assert reviews(store) == [("Marie Martin", "Marie Martin-Dupont", "compound_name/linkedin")]


@pytest.mark.parametrize("card", ["Jean Martin", "Jean Pierre", "Anne Leroy"])
def test_a_compound_first_name_is_not_cut_in_part(store: GraphStore, tmp_path: Path,
                                                   card: str) -> None:
    """« Jean-Pierre Martin » written « Jean Martin » or « Jean Pierre », « Anne-Sophie
    Leroy » written « Anne Leroy »: someone else, most often; only initials stand for a
    compound first name (« JP Martin »)."""
    load(store, linkedin(tmp_path / "li", ("Jean-Pierre", "Martin", ""),
                         ("Anne-Sophie", "Leroy", "")))
    load(store, phone(tmp_path / "tel", (card, "")))
    assert reviews(store) == [] == likely_duplicates(store)


def test_one_file_holding_both_names_asks_once(store: GraphStore, tmp_path: Path) -> None:
    report = load(store, phone(tmp_path / "tel", ("Claire Dubois Morel", ""),
                               ("Claire Morel", "")))
    assert (report.added, report.queued) == (2, 1)
    assert reviews(store) == [("Claire Dubois Morel", "Claire Morel", "compound_name/vcard")]


def test_a_pair_kept_apart_is_not_asked_again(store: GraphStore, tmp_path: Path) -> None:
    load(store, linkedin(tmp_path / "li", ("Marie", "Martin-Dupont", "Calanques Digital")))
    load(store, phone(tmp_path / "tel", ("Marie Martin", "")))
    [review] = store.reviews()
    store.keep_apart(review.id)
    again = load(store, phone(tmp_path / "other", ("Marie Martin", "")))
    assert (again.added, again.queued, store.reviews()) == (0, 0, [])


def test_the_notebook_clean_up_finds_names_written_in_part(store: GraphStore) -> None:
    """People an older import made apart: the review queue lists them, as it lists typos,
    but not when they work at two different companies."""
    store.save(GraphData(
        people=[Person("p:mmd", "Marie Martin-Dupont"), Person("p:mm", "Marie Martin"),
                Person("p:jbr", "Jean-Baptiste Rossi"), Person("p:jb", "J.B. Rossi"),
                Person("p:prf", "Paul Roux-Ferri"), Person("p:pr", "Paul Roux")],
        companies=[Company("c:a", "Agence Mistral"), Company("c:f", "Frioul Software")],
        jobs=[Job("p:prf", "c:f", "DAF"), Job("p:pr", "c:a", "DAF")]))
    found = {(r.a, r.b): r.reason for r in likely_duplicates(store)}
    assert found == {("p:jb", "p:jbr"): "similar_names/notebook",  # (initials: as before)
                     ("p:mm", "p:mmd"): "compound_name/notebook"}


def test_shorter_forms_and_the_index() -> None:
    assert shorter_forms("claire dubois nee morel")[:6] == (
        "claire dubois nee", "claire dubois morel", "claire nee morel", "claire dubois",
        "claire nee", "claire morel")
    assert shorter_forms("marie dupont") == () == shorter_forms("a b c d e f")
    index = NameIndex()
    index.add("p:mmd", "marie martin dupont")
    index.add("p:jbr", "jean baptiste rossi", "jb-rossi")
    index.employs("p:mmd", "calanques digital")
    assert index.in_part("marie martin", "calanques digital", "p:new") == "p:mmd"
    assert index.in_part("marie martin", "frioul software", "p:new") is None
    assert index.in_part("jb rossi", "", "p:new") == "p:jbr"
    assert index.in_part("jb rossi", "", "p:new", "other-jb") is None
    assert index.in_part("marie martin dupont", "", "p:mmd") is None  # (herself)
    index.add("p:mm", "marie martin")
    assert index.in_part("marie martin dupont", "", "p:new") == "p:mm"
    index.add("p:md", "marie dupont")
    assert index.in_part("marie martin dupont", "", "p:new") is None  # (two of them)
    assert "j b rossi" not in shorter_forms("j b rossi")


# -- through the `carnet` command, in French --------------------------------------------------

def test_carnet_review_says_why_in_french_and_english(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    _, carnet = notebook
    assert carnet("import", linkedin(tmp_path / "li", ("Marie", "Martin-Dupont", "")),
                  "--me", ME).code == 0
    result = carnet("--lang", "fr", "import", phone(tmp_path / "tel", ("Marie Martin", "")),
                    "--me", ME)
    assert result.code == 0 and "1 à examiner" in result.out, result.out
    [french] = [line for line in carnet("--lang", "fr", "review").out.splitlines()
                if "\t" in line]
    assert "nom composé ou d'usage, écrit en partie (import carte de visite (vCard))" in french
    assert "Marie Martin-Dupont" in french and "Marie Martin" in french
    [english] = [line for line in carnet("review").out.splitlines() if "\t" in line]
    assert "compound or married name, written in part (contact card (vCard) import)" in english
