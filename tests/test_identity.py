"""The notebook never invents people (issue 14): typed names are resolved before anything is
created, the member's own card is the member, same name at the same company is one person,
the same action twice is one record, and the ghosts and twins already there can be cleaned
up. Through the `carnet` command, on SQLite and on Neo4j."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.core.model import Company, GraphData, Job, Knows, Person
from graph.core.names import closeness, company_key, name_key
from graph.services.demo import load_demo
from graph.services.lookup import distinct_labels
from graph.stores.port import GraphStore
from tests.cli_helpers import Run

DATA = Path(__file__).parent / "data"
ME = "Isabelle Prigent"
EXPORTS = ("Connections.csv", "iphone-my-card.vcf", "google-my-contacts.csv")


def people_named(store: GraphStore, name: str) -> list[Person]:
    return [p for p in store.search_people(name) if name_key(p.name) == name_key(name)]


def export(carnet: Run, path: Path) -> bytes:
    assert carnet("export", path).code == 0
    return path.read_bytes()


# -- names ----------------------------------------------------------------------------------

def test_names_ignore_case_accents_emoji_punctuation_and_legal_forms() -> None:
    assert name_key("Mehdi Haddad 🧗") == name_key("MEHDI  haddad") == "mehdi haddad"
    assert name_key("Jean-Pierre O'Neil") == "jean pierre o neil"
    assert name_key("Noémie Fabre") == name_key("noemie fabre")
    for written in ("Phocée Logistique, SAS", "PHOCEE LOGISTIQUE S.A.S.", "Phocée Logistique"):
        assert company_key(written) == "phocee logistique"
    assert company_key("Frioul Software GmbH") == company_key("Frioul Software Ltd.")
    assert company_key("SAS") == "sas"  # a name made only of a legal form stays a name


@pytest.mark.parametrize(("typed", "known", "why"), [
    ("noemie fabres", "noemie fabre", "typo"),
    ("isabel prigent", "isabelle prigent", "typo"),
    ("fabre noemie", "noemie fabre", "swapped"),
    ("n fabre", "noemie fabre", "initials"),
    ("karim", "karim benali", "part"),
    ("noemie fabre", "noemie fabre", None),   # the same name is not "close": it is the name
    ("azur telecom", "noemie fabre", None),
    ("camille ortega", "camille moreau", None),  # alike strings, another surname
    ("jean dupond", "jean dupont", "typo"),
    ("stephane martin", "stephanie martin", "typo"),
    # words of the name, each a few letters off, one left out ("Groupe")
    ("mediteranee energie", "groupe mediterranee energie", "typo"),
    ("camille ortega", "camille ortiz moreau", None),
    ("martine", "groupe martin", None),  # one word alone is too little to say
])
def test_close_names_say_why(typed: str, known: str, why: str | None) -> None:
    assert closeness(typed, known) == why


# -- 1. resolve before creating ---------------------------------------------------------------

def test_a_typo_is_proposed_never_created_and_new_confirms(
        notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    version, people = store.graph_version(), store.counts().people
    for typed in ("Noemie Fabres", "Fabre Noémie", "N. Fabre"):
        refused = carnet("referral", "add", "--from", typed, "--to", "Camille Girard")
        assert (refused.code, refused.out) == (2, "")
        assert refused.err == (
            f"carnet: no one is called '{typed}'; did you mean: Noémie Fabre, Office manager at "
            "La Canebière Coworking? Type the name as it is, or add --new to add a new "
            "person\n")
    assert (store.graph_version(), store.counts().people) == (version, people)

    exact = carnet("referral", "add", "--from", "noemie FABRE", "--to", "Camille Girard",
                   "--date", "2026-11-20")
    assert exact.code == 0 and "New:" not in exact.out  # accents and case ignored: her
    confirmed = carnet("referral", "add", "--from", "Noemie Fabres", "--to", "Camille Girard",
                       "--new", "--date", "2026-11-20")
    assert confirmed.code == 0 and confirmed.out.endswith("New: Noemie Fabres.\n")
    assert len(people_named(store, "Noemie Fabres")) == 1


def test_a_company_typed_as_a_person_gets_a_hint(notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    version = store.graph_version()
    result = carnet("referral", "add", "--from", "Noémie Fabre", "--to", "Azur Télécom")
    assert (result.code, result.err) == (
        2, "carnet: 'Azur Télécom' is a company, not a person: name someone who works there, "
           "or add --new to add a person of that name\n")
    assert store.graph_version() == version and people_named(store, "Azur Télécom") == []


def test_part_of_a_company_name_typed_as_a_person_gets_the_hint_too(
        notebook: tuple[GraphStore, Run]) -> None:
    """"canebiere coworking" (no article, no accent) is La Canebière Coworking, not a new
    person; one word of a company's name ("Coworking") is too common to say so."""
    store, carnet = notebook
    load_demo(store, "fr")
    version = store.graph_version()
    result = carnet("referral", "add", "--from", "Noémie Fabre", "--to", "canebiere coworking")
    assert (result.code, result.err) == (
        2, "carnet: 'La Canebière Coworking' is a company, not a person: name someone who "
           "works there, or add --new to add a person of that name\n")
    assert store.graph_version() == version
    one_word = carnet("referral", "add", "--from", "Noémie Fabre", "--to", "Coworking")
    assert "not a person" not in one_word.err


def test_a_company_with_its_legal_form_is_the_company_and_keeps_that_form(
        notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    companies = store.counts().companies
    result = carnet("referral", "add", "--from", "Noémie Fabre", "--to", "Camille Girard",
                    "--company", "PHOCÉE LOGISTIQUE, S.A.S.")
    assert result.code == 0, result.err
    assert store.counts().companies == companies
    phocee = store.get_company("c:phocee-logistique")
    assert phocee.aliases == ("PHOCÉE LOGISTIQUE, S.A.S.",)
    [referral] = [r for r in store.referrals() if r.id in result.out]
    assert referral.company == "c:phocee-logistique"
    typo = carnet("referral", "add", "--from", "Noémie Fabre", "--to", "Camille Girard",
                  "--company", "Phocee Logistiqe")
    assert typo.code == 2 and "did you mean: Phocée Logistique?" in typo.err


def test_paths_and_intro_names_propose_close_ones(notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    intros = store.intros()
    result = carnet("paths", "--to", "GME", "--from", "Isabel Prigent")
    assert (result.code, result.err) == (
        2, "carnet: no person matches 'Isabel Prigent'; did you mean Isabelle Prigent "
           "(p:isabelle-prigent)?\n")
    intro = carnet("intro", "ask", "--via", "Veronique Bastdie", "--to", "Solène Roux")
    assert intro.code == 2 and "did you mean Véronique Bastide, " in intro.err
    assert store.intros() == intros


def test_me_must_be_the_member_and_a_near_miss_names_her(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    store, carnet = notebook
    assert carnet("import", DATA / "Connections.csv", "--me", ME).code == 0
    before = export(carnet, tmp_path / "before.json")
    for extra in ((), ("--dry-run",)):
        result = carnet("import", DATA / "apple-30.vcf", "--me", "Isabel Prigent", *extra)
        assert (result.code, result.out) == (2, "")
        assert result.err == ("carnet: --me 'Isabel Prigent' is not the member's name: the "
                              "member is Isabelle Prigent (give that name to --me)\n")
    assert export(carnet, tmp_path / "after.json") == before
    assert carnet("import", DATA / "apple-30.vcf", "--me", "isabelle PRIGENT").code == 0
    assert [store.get_person(m).name for m in store.members()] == [ME]


# -- 2 and 3. the member's own card; same name and company ------------------------------------

def test_linkedin_phone_and_google_exports_make_one_member_and_no_twins(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    """LinkedIn, then an iPhone export holding Isabelle's own card, then a Google export
    with her own contact: one Isabelle, enriched; people of the same name at the same
    company are one person (an emoji in a name changes nothing); nothing to review; and
    running every import again changes nothing."""
    store, carnet = notebook
    outputs = [carnet("import", DATA / name, "--me", ME) for name in EXPORTS]
    assert [r.code for r in outputs] == [0, 0, 0], [r.err for r in outputs]
    assert [r.out.splitlines()[0] for r in outputs] == [
        "Connections.csv (linkedin): 6 added, 0 updated, 0 unchanged, 0 queued for review, "
        "1 skipped (6 new ties).",
        "iphone-my-card.vcf (vcard): 1 added, 1 updated, 0 unchanged, 0 queued for review, "
        "0 skipped (2 matched by name and company, 1 new tie).",
        "google-my-contacts.csv (google): 1 added, 3 updated, 0 unchanged, 0 queued for "
        "review, 0 skipped (2 matched by name and company, 1 new tie)."]
    [me] = people_named(store, ME)
    assert store.members() == [me.id]
    assert (me.emails, me.phones, me.linkedin, me.notes) == (
        ("isabelle@prigent-conseil.fr", "isabelle.prigent@gmail.com"), ("+33612345678",),
        "https://www.linkedin.com/in/isabelle-prigent", "Ma fiche.")  # (her iPhone's item2.URL)
    [veronique] = people_named(store, "Véronique Bastide")  # a Google note on two lines
    assert veronique.notes == ("Ancienne de l'école de journalisme.\nVue au salon Provence "
                               "Com', avril.")
    assert store.reviews() == [] and carnet("review").out == "Nothing to review.\n"
    assert [len(people_named(store, n)) for n in (
        "Karim Benali", "Solène Roux", "Mehdi Haddad", "Véronique Bastide", "Jean Dupont")] == [
        1, 1, 1, 1, 2]
    [karim] = people_named(store, "Karim Benali")
    assert (karim.emails, karim.phones) == (("karim.benali@phocee-logistique.fr",),
                                            ("+33781223344",))
    assert [(j.title, j.current) for j in store.jobs_of(karim.id)] == [
        ("Responsable communication interne 📣", True)]  # one job, however it is spelt
    [phocee] = store.search_companies("phocee")
    assert (phocee.name, phocee.aliases) == ("Phocée Logistique, SAS", ("Phocée Logistique",))

    before, version = export(carnet, tmp_path / "a.json"), store.graph_version()
    again = [carnet("import", DATA / name, "--me", ME) for name in EXPORTS]
    assert [r.out.splitlines()[0].split(": ", 1)[1] for r in again] == [
        "0 added, 0 updated, 6 unchanged, 0 queued for review, 1 skipped.",
        "0 added, 0 updated, 4 unchanged, 0 queued for review, 0 skipped.",
        "0 added, 0 updated, 6 unchanged, 0 queued for review, 0 skipped."]
    assert export(carnet, tmp_path / "b.json") == before
    assert store.graph_version() == version


def test_the_members_card_found_by_phone_or_profile_is_her_whatever_its_name(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    store, carnet = notebook
    load_demo(store, "fr")  # Isabelle has an e-mail and a phone there
    people, version = store.counts().people, store.graph_version()
    card = tmp_path / "moi.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Isa P.\r\nTEL;type=CELL:+33 6 12 34 56 78"
                    "\r\nURL:https://www.linkedin.com/in/isabelle-prigent\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Moi\r\nURL:https://www.linkedin.com/in/"
                    "isabelle-prigent/\r\nEMAIL:isa@exemple.fr\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    result = carnet("import", card)  # no --me: the notebook's only member
    assert result.code == 0 and result.out.startswith(
        "moi.vcf (vcard): 0 added, 1 updated, 0 unchanged, 0 queued for review")
    assert store.counts().people == people and store.reviews() == []
    me = store.get_person("p:isabelle-prigent")
    assert (me.name, me.linkedin, me.emails) == (
        ME, "https://www.linkedin.com/in/isabelle-prigent",
        ("isabelle@prigent-conseil.fr", "isa@exemple.fr"))
    assert store.tie(me.id, me.id) is None and store.graph_version() > version


def test_the_members_card_found_by_email_alone_enriches_her(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    people, before = store.counts().people, store.get_person("p:isabelle-prigent")
    card = tmp_path / "Contacts.vcf"  # an Android export: vCard 2.1, her card named "Moi"
    card.write_text("BEGIN:VCARD\r\nVERSION:2.1\r\nN:;Moi;;;\r\nFN:Moi\r\n"
                    "EMAIL;HOME:ISABELLE@Prigent-Conseil.fr\r\nTEL;CELL:06 99 88 77 66\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    result = carnet("import", card, "--me", ME)
    assert result.code == 0 and result.out.startswith(
        "Contacts.vcf (vcard): 0 added, 1 updated, 0 unchanged, 0 queued for review")
    me = store.get_person("p:isabelle-prigent")
    assert (store.counts().people, store.reviews(), me.name, me.emails) == (
        people, [], ME, before.emails)
    assert me.phones == (*before.phones, "+33699887766")


def test_linkedin_on_the_demo_merges_same_name_and_company_undoably(
        notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    people = store.counts().people
    result = carnet("import", DATA / "Connections.csv", "--me", ME)
    assert result.code == 0
    assert "3 matched by name and company" in result.out
    assert "Merged 3 by name and company (see: carnet review --all" in result.out
    assert store.reviews() == [] and store.counts().people == people + 3
    assert store.get_company("c:phocee-logistique").aliases == ("Phocée Logistique, SAS",)
    asked = carnet("intro", "ask", "--via", "Noémie Fabre", "--to", "Karim Benali")
    assert asked.code == 0, asked.err

    merged = {store.get_person(r.a).name: r for r in store.reviews("merged")}
    assert sorted(merged) == ["Karim Benali", "Solène Roux", "Véronique Bastide"]
    undone = carnet("review", "undo", merged["Solène Roux"].id)
    assert undone.code == 0
    assert len(people_named(store, "Solène Roux")) == 2
    assert [r.id for r in store.reviews()] == [merged["Solène Roux"].id]
    again = carnet("import", DATA / "Connections.csv", "--me", ME)  # undone stays undone
    assert "0 added" in again.out and len(people_named(store, "Solène Roux")) == 2


def test_same_name_and_company_with_disagreeing_identifiers_is_a_review(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    card = tmp_path / "homonyme.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Noémie Fabre\r\nORG:La Canebière "
                    "Coworking\r\nEMAIL:n.fabre@exemple.fr\r\nEND:VCARD\r\n", encoding="utf-8")
    result = carnet("import", card, "--me", ME)
    assert result.code == 0 and "1 queued for review" in result.out
    assert len(people_named(store, "Noémie Fabre")) == 2
    line, *details = carnet("review").out.splitlines()
    assert "Noémie Fabre, Office manager at La Canebière Coworking" in line
    first, second = line.split("\t")[2].split("  ~  ")
    assert first != second
    # below the pair, what tells each apart: where she works, how to reach her, whence
    old, new = (line.split("\t")[2].split("  ~  ")[i].rsplit(" (", 1)[1][:-1] for i in (0, 1))
    assert [d.split(": ", 1)[0] for d in details] == [f"    {old}", f"    {new}"]
    assert details[1].split(": ", 1)[1].startswith(
        "La Canebière Coworking · n.fabre@exemple.fr · from: contact card (vCard) · 1 tie · "
        "added ")


def test_her_one_namesake_at_another_company_is_a_review_not_a_stranger(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    """Véronique Bastide has changed jobs: LinkedIn says Agence Mistral, the notebook Provence
    Médias. One person of that name known: asked, not merged, never silently a second
    Véronique. A name many people share stays apart (no flood of reviews)."""
    store, carnet = notebook
    load_demo(store, "fr")
    export = tmp_path / "Connections.csv"
    export.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                      "Véronique,Bastide,,,Agence Mistral,Directrice,12 Mar 2019\n"
                      "Julien,Martin,,,Agence Mistral,Graphiste,12 Mar 2019\n", encoding="utf-8")
    result = carnet("import", export, "--me", ME)
    assert result.code == 0 and "1 queued for review" in result.out, result.out
    [review] = store.reviews()
    assert (store.get_person(review.a).id, review.reason, review.score) == (
        "p:veronique-bastide", "same_name/linkedin", 100.0)
    assert len(people_named(store, "Julien Martin")) == 3  # two already: namesakes apart


# -- 4. the same action twice ------------------------------------------------------------------

def test_the_same_referral_twice_is_one_record(notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    args = ("referral", "add", "--from", "Noémie Fabre", "--to", "Jeanne Nouvelle", "--new",
            "--company", "Savonnerie Marius", "--date", "2026-11-20")
    first = carnet(*args)
    assert first.code == 0 and first.out.endswith(
        "New: Jeanne Nouvelle.\n")
    version, referrals = store.graph_version(), len(store.referrals())
    second = carnet(*args)
    assert second.code == 0 and "already recorded (noted)" in second.out
    assert (store.graph_version(), len(store.referrals())) == (version, referrals)
    another_day = carnet(*args[:-1], "2026-11-21")
    assert another_day.code == 0 and len(store.referrals()) == referrals + 1


def test_the_same_referral_with_new_details_is_one_record_that_keeps_them(
        notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    args = ("referral", "add", "--from", "Noémie Fabre", "--to", "Camille Girard",
            "--date", "2026-11-20")
    first = carnet(*args, "--role", "DSI")
    assert first.code == 0
    [saved] = [r for r in store.referrals() if r.date == "2026-11-20"]
    carnet("referral", "set", saved.id, "contacted", "--note", "called him")
    referrals = len(store.referrals())

    again = carnet(*args, "--role", "Directeur des systèmes d'information", "--context",
                   "« Dis-lui que tu viens de ma part »", "--offered-intro",
                   "--follow-up", "01/12/2026")
    assert again.code == 0
    assert again.out == (f"Referral {saved.id} already recorded (contacted): Noémie Fabre "
                         "suggested Camille Girard. Updated: role, context, offered intro, "
                         "follow-up.\n")
    assert len(store.referrals()) == referrals
    [now] = [r for r in store.referrals() if r.id == saved.id]
    assert (now.role, now.context, now.offered_intro, now.follow_up_on, now.status) == (
        "Directeur des systèmes d'information", "« Dis-lui que tu viens de ma part »", True,
        "2026-12-01", "contacted")  # the lifecycle goes on where it was, its history kept
    assert [(e.status, e.note) for e in store.events(saved.id)] == [("contacted", "called him")]

    # Left out, a detail stays as it is (a re-save adds, it never erases); exactly the same
    # details again change nothing at all.
    version = store.graph_version()
    for same in (args, (*args, "--role", "Directeur des systèmes d'information")):
        unchanged = carnet(*same)
        assert unchanged.code == 0 and unchanged.out.endswith(" Nothing changed.\n")
    assert store.graph_version() == version
    assert [r for r in store.referrals() if r.id == saved.id] == [now]


def test_reading_an_intro_draft_records_nothing_and_asking_twice_once(
        notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    intros = store.intros()
    drafted = carnet("intro", "ask", "--via", "Noémie Fabre", "--to", "Karim Benali", "--draft")
    assert drafted.code == 0 and "not recorded (draft)" in drafted.out
    assert store.intros() == intros
    asked = carnet("intro", "ask", "--via", "Noémie Fabre", "--to", "Karim Benali")
    again = carnet("intro", "ask", "--via", "Noémie Fabre", "--to", "Karim Benali")
    assert "recorded (asked)" in asked.out and "already recorded (asked)" in again.out
    [new] = [i for i in store.intros() if i not in intros]
    assert [e.status for e in store.events(new.id)] == ["asked"]


# -- 5. clean-up of notebooks that already hold ghosts and twins -------------------------------

def test_existing_ghosts_and_twins_are_listed_and_merged_undoably(
        notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    store.save(GraphData(
        people=[Person("p:ghost", "Noemie Fabres"), Person("p:twin", "Karim BENALI")],
        jobs=[Job("p:twin", "c:phocee-logistique", "Chargé de communication")]))
    lines = [line for line in carnet("review").out.splitlines() if not line.startswith(" ")]
    assert [line.split("\t")[0] for line in lines] == [
        "v:p-karim-benali-16fa7fbd", "v:p-noemie-fabre-595a8114"]
    assert lines[0].endswith("\tsame name and company (already in the notebook)")
    assert "Noemie Fabres (p:ghost)" in lines[1]
    people = store.counts().people
    merged = carnet("review", "merge", "v:p-karim-benali-16fa7fbd")
    assert merged.code == 0 and store.counts().people == people - 1
    assert carnet("review", "apart", "v:p-noemie-fabre-595a8114").code == 0
    assert carnet("review").out == "Nothing to review.\n"  # settled pairs never come back
    assert carnet("review", "undo", "v:p-karim-benali-16fa7fbd").code == 0
    assert store.get_person("p:twin").name == "Karim BENALI"
    unknown = carnet("review", "merge", "v:nothing")
    assert (unknown.code, unknown.err) == (
        2, "carnet: no open review with id v:nothing (see: carnet review)\n")


def test_companies_made_apart_by_a_legal_form_are_listed_for_merging(
        notebook: tuple[GraphStore, Run]) -> None:
    store, carnet = notebook
    load_demo(store, "fr")
    store.save(GraphData(companies=[Company("c:phocee-sas", "Phocée Logistique, SAS")],
                         jobs=[Job("p:karim-benali", "c:phocee-sas", "Stagiaire")]))
    assert carnet("review").out == (
        "same company: Phocée Logistique (c:phocee-logistique)  ~  Phocée Logistique, SAS "
        "(c:phocee-sas)\tcarnet companies merge c:phocee-logistique c:phocee-sas --yes\n")
    assert carnet("companies", "merge", "c:phocee-logistique", "c:phocee-sas", "--yes").code == 0
    assert carnet("review").out == "Nothing to review.\n"


def test_people_lists_never_show_two_identical_lines(store: GraphStore) -> None:
    store.save(GraphData(
        people=[Person("p:a", "Marie Durand", emails=("marie@exemple.fr",)),
                Person("p:b", "Marie Durand", emails=("marie.durand@vpa.fr",)),
                Person("p:c", "Marie Durand"), Person("p:d", "Marie Durand")],
        companies=[Company("c:vpa", "Vieux-Port Assurances")],
        jobs=[Job(p, "c:vpa", "Juriste") for p in ("p:a", "p:b", "p:c", "p:d")]))
    labels = distinct_labels(store, [store.get_person(p) for p in ("p:a", "p:b", "p:c", "p:d")])
    assert labels["p:a"] == "Marie Durand, Juriste at Vieux-Port Assurances · @exemple.fr"
    assert labels["p:b"] == "Marie Durand, Juriste at Vieux-Port Assurances · @vpa.fr"
    assert len(set(labels.values())) == 4
    assert labels["p:c"].endswith(" · p:c") and labels["p:d"].endswith(" · p:d")


def test_bad_input_is_still_one_line_and_writes_nothing(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    store, carnet = notebook
    version = store.graph_version()
    bad = tmp_path / "Connections.csv"
    bad.write_bytes(b"PK\x03\x04 not a csv")
    result = carnet("import", bad, "--me", ME)
    assert result.code == 2 and result.err.count("\n") == 1 and result.out == ""
    assert store.counts().people == 0 and store.graph_version() == version
    empty = carnet("referral", "add", "--from", "  ", "--to", "x")
    assert empty.code == 2 and empty.err.count("\n") == 1
    assert json.loads(carnet("export", "-").out)["people"] == []


def test_namesakes_told_apart_by_where_they_came_from_say_it_in_french(
        store: GraphStore) -> None:
    """Two Julien Martin, one typed in, one from LinkedIn: their labels name the sources in
    the user's language ("saisie", not the code "manual")."""
    store.save(GraphData(
        members=["p:me"], people=[Person("p:me", "Isabelle Prigent"),
                                  Person("p:a", "Julien Martin"), Person("p:b", "Julien Martin")],
        knows=[Knows("p:a", "p:me", source="manual"), Knows("p:b", "p:me", source="linkedin")]))
    labels = distinct_labels(store, [store.get_person("p:a"), store.get_person("p:b")], "fr")
    assert labels == {"p:a": "Julien Martin · saisie", "p:b": "Julien Martin · LinkedIn"}
