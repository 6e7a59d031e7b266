"""The app's forms never invent people either (issue 14): close names are offered as
choices, a company typed as a person gets a hint, a new person only on an explicit choice,
saving twice is one record, and likely duplicates are merged from the People page. AppTest,
on SQLite and Neo4j."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.core.model import Company, GraphData, Job, Person, stable_id
from graph.services.demo import load_demo
from graph.services.warmpaths import find_paths
from graph.stores.port import GraphStore
from tests.cli_helpers import Run
from tests.markdown import shown
from tests.test_identity import EXPORTS, export, people_named

APP = str(Path(__file__).parents[1] / "streamlit_app.py")
DATA = Path(__file__).parent / "data"


def page(name: str, lang: str = "en") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    return at.switch_page(f"app/{name}.py").run()


def test_a_typo_in_the_referral_form_is_offered_not_created(
        notebook: tuple[GraphStore, Run]) -> None:
    store, _ = notebook
    load_demo(store, "en")
    referrals = store.referrals()
    at = page("referral")
    at.text_input(key="referrer_q").set_value("Noemie Fabres").run()
    assert at.caption[1].value == (
        "No one is called exactly 'Noemie Fabres'. Did you mean one of these people? If not, "
        "choose \"New person\".")
    pick = at.radio(key="referrer_pick")
    assert pick.value is None  # nothing chosen for the user
    assert pick.options == ["Noémie Fabre, Office manager at La Canebière Coworking",
                            "➕ New person: Noemie Fabres"]
    at.text_input(key="referee_q").set_value("Karim Benali").run()
    at.button(key="save_referral").click().run()
    assert at.error[0].value == ("Say who suggested it and whom to contact, and for each one "
                                 "choose a suggestion or \"New person\".")  # (both typed)
    assert store.referrals() == referrals and store.search_people("Noemie Fabres") == []

    at.radio(key="referrer_pick").set_value(store.get_person("p:noemie-fabre")).run()
    at.checkbox(key="ref_again").check().run()  # (the demo's Noémie suggested Karim weeks ago)
    at.button(key="save_referral").click().run()
    assert not at.exception
    assert at.success[0].value == "Referral saved: Noémie Fabre suggests Karim Benali."
    assert at.text_input(key="referrer_q").value == ""  # the form is cleared
    assert len(store.referrals()) == len(referrals) + 1
    at.button(key="save_referral").click().run()  # a second click saves nothing
    assert len(store.referrals()) == len(referrals) + 1

    at.text_input(key="referrer_q").set_value("Noémie Fabre").run()  # the same, typed again
    at.text_input(key="referee_q").set_value("karim benali").run()
    at.checkbox(key="ref_again").check().run()
    at.button(key="save_referral").click().run()
    assert at.success[0].value == ("This referral was already recorded (Noémie Fabre suggests "
                                   "Karim Benali): nothing changed.")
    assert len(store.referrals()) == len(referrals) + 1


@pytest.mark.parametrize(("lang", "updated"), [
    ("fr", "Cette recommandation était déjà notée (Noémie Fabre vous suggère Karim Benali) : "
           "mise à jour du rôle, du contexte et de l'offre de préparer le terrain."),
    ("en", "This referral was already recorded (Noémie Fabre suggests Karim Benali): updated "
           "the role, the context and the offer to prepare the ground.")])
def test_the_referral_form_saved_again_with_new_details_keeps_them(
        notebook: tuple[GraphStore, Run], lang: str, updated: str) -> None:
    store, _ = notebook
    load_demo(store, lang)
    referrals = store.referrals()

    def save(role: str, context: str = "", offered: bool = False) -> AppTest:
        at = page("referral", lang)
        at.text_input(key="referrer_q").set_value("Noémie Fabre").run()
        at.text_input(key="referee_q").set_value("Karim Benali").run()
        at.text_input(key="ref_role").set_value(role)
        at.text_area(key="ref_context").set_value(context)
        at.checkbox(key="ref_offered").set_value(offered)
        at.checkbox(key="ref_again").check().run()
        return at.button(key="save_referral").click().run()

    save("DSI")
    [first] = [r for r in store.referrals() if r not in referrals]
    at = save("DSI adjoint", "Il cherche une agence pour l'intranet", offered=True)
    assert not at.exception
    assert at.success[0].value == updated
    [now] = [r for r in store.referrals() if r not in referrals]
    assert (now.id, now.role, now.context, now.offered_intro, now.status) == (
        first.id, "DSI adjoint", "Il cherche une agence pour l'intranet", True, "noted")

    version = store.graph_version()
    at = save("DSI adjoint")  # the same again (the context left empty is not erased)
    assert at.success[0].value == (
        "Cette recommandation était déjà notée (Noémie Fabre vous suggère Karim Benali) : "
        "rien n'a changé." if lang == "fr" else
        "This referral was already recorded (Noémie Fabre suggests Karim Benali): nothing "
        "changed.")
    assert store.graph_version() == version
    assert [r for r in store.referrals() if r not in referrals] == [now]


def test_a_company_typed_as_a_person_gets_a_hint_and_new_needs_a_choice(
        notebook: tuple[GraphStore, Run]) -> None:
    store, _ = notebook
    load_demo(store, "fr")
    at = page("referral", "fr")
    at.text_input(key="referrer_q").set_value("Noémie Fabre").run()
    at.text_input(key="referee_q").set_value("Azur Télécom").run()
    assert at.warning[0].value == (
        "« Azur Télécom » est une entreprise de votre carnet, pas une personne : indiquez "
        "quelqu'un qui y travaille. Si c'est bien le nom d'une personne, choisissez "
        "« Nouvelle personne ».")
    assert at.radio(key="referee_pick").value is None
    at.button(key="save_referral").click().run()
    assert store.search_people("Azur Télécom") == []
    new = at.radio(key="referee_pick").options[-1]
    assert new == "➕ Nouvelle personne : Azur Télécom"
    at.radio(key="referee_pick").set_value(  # the explicit choice
        Person(stable_id("p", "Azur Télécom", "new"), "Azur Télécom")).run()
    at.button(key="save_referral").click().run()
    assert not at.exception
    assert [p.name for p in store.search_people("Azur Télécom")] == ["Azur Télécom"]


def test_part_of_a_company_name_in_a_person_box_gets_the_hint(
        notebook: tuple[GraphStore, Run]) -> None:
    store, _ = notebook
    load_demo(store, "fr")
    at = page("referral", "fr")
    at.text_input(key="referee_q").set_value("canebiere coworking").run()
    assert at.warning[0].value.startswith(
        "« La Canebière Coworking » est une entreprise de votre carnet, pas une personne")
    assert at.radio(key="referee_pick").value is None  # a new person only if chosen


def test_another_name_typed_starts_its_choice_over(
        notebook: tuple[GraphStore, Run]) -> None:
    """A company typed as a person is left unchosen; the name typed next, new for sure, is
    chosen as a new person (not left unchosen by the earlier answer)."""
    store, _ = notebook
    load_demo(store, "fr")
    at = page("referral", "fr")
    at.text_input(key="referrer_q").set_value("Noémie Fabre").run()
    at.text_input(key="referee_q").set_value("Azur Télécom").run()
    assert at.radio(key="referee_pick").value is None
    at.text_input(key="referee_q").set_value("Lucie Arnaud").run()
    assert getattr(at.radio(key="referee_pick").value, "name", None) == "Lucie Arnaud"
    at.text_input(key="ref_company_q").set_value("Calanques Digitale").run()
    assert at.radio(key="ref_company_pick").value is None  # a close one: a choice
    at.text_input(key="ref_company_q").set_value("Friche Lab").run()
    assert getattr(at.radio(key="ref_company_pick").value, "name", None) == "Friche Lab"
    at.button(key="save_referral").click().run()
    assert not at.exception
    assert at.success[0].value == ("Recommandation enregistrée : Noémie Fabre vous suggère "
                                   "Lucie Arnaud.")


def test_the_people_page_lists_existing_duplicates_and_merges_them(
        notebook: tuple[GraphStore, Run]) -> None:
    store, _ = notebook
    load_demo(store, "en")
    store.save(GraphData(people=[Person("p:ghost", "Noemie Fabres")]))
    people = store.counts().people
    at = page("people")
    # the pair: each side named, then what tells it apart, in the same four lines
    assert [m.value for m in at.markdown if "Fabre" in m.value] == [
        "**Noémie Fabre**", "**Noemie Fabres**"]
    assert [shown(c.value).split("  \n")[:3] for c in at.caption
            if "last contact: " in shown(c.value)] == [
        ["Office manager at La Canebière Coworking", "noemie.fabre@exemple.fr",
         "from: typed in, LinkedIn, Google Contacts +1 · 10 ties"],
        ["no job on record", "no e-mail or phone", "origin unknown · 0 ties"]]
    assert [shown(c.value) for c in at.caption if "notebook" in c.value] == [
        "similar names (already in the notebook) · likeness 96%"]
    french = page("people", "fr")
    assert [shown(c.value) for c in french.caption if "carnet" in c.value] == [
        "noms proches (déjà dans le carnet) · ressemblance 96\u00a0%"]
    at.button(key="merge_v:p-noemie-fabre-595a8114").click().run()
    assert not at.exception and store.counts().people == people - 1
    assert [shown(s.value) for s in at.success] == [  # which two, beside the undo
        "Noemie Fabres merged into Noémie Fabre, Office manager at La Canebière Coworking: "
        "one card, with the details and ties of both."]
    at.button(key="undo_people_merge").click().run()
    assert store.counts().people == people
    assert store.get_person("p:ghost").name == "Noemie Fabres"


def test_the_import_page_names_the_member_when_me_is_mistyped(
        notebook: tuple[GraphStore, Run]) -> None:
    store, _ = notebook
    load_demo(store, "fr")
    version = store.graph_version()
    at = page("import_page", "fr")
    at.text_input(key="import_me").set_value("Isabel Prigent").run()
    at.file_uploader(key="upload").set_value(
        ("Connections.csv", (DATA / "Connections.csv").read_bytes(), "text/csv")).run()
    assert not at.exception
    assert at.error[0].value == (
        "Import refusé, rien n'a été écrit : « Isabel Prigent » n'est pas le nom du membre de "
        "ce carnet \\: c'est Isabelle Prigent\\. Indiquez ce nom\\-là\\.")
    assert store.graph_version() == version


def test_three_exports_through_the_import_page_make_one_member_and_no_twins(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    """The Import page, as the command: LinkedIn, an iPhone export holding Isabelle's own
    card, then Google with her own contact, each with the same name in "Who are you?": one
    Isabelle, no review, and the same three files again change nothing."""
    store, carnet = notebook

    def upload(name: str) -> AppTest:
        at = page("import_page", "fr")
        at.text_input(key="import_me").set_value("Isabelle Prigent").run()
        at.file_uploader(key="upload").set_value((name, (DATA / name).read_bytes(),
                                                  "text/plain")).run()
        assert not at.exception and not at.error, [e.value for e in at.error]
        return at.button(key="do_import").click().run()

    done = [upload(name) for name in EXPORTS]
    assert [not at.exception and not at.error for at in done] == [True] * 3
    [me] = people_named(store, "Isabelle Prigent")
    assert store.members() == [me.id]
    assert (me.emails, me.phones) == (
        ("isabelle@prigent-conseil.fr", "isabelle.prigent@gmail.com"), ("+33612345678",))
    assert store.reviews() == []
    assert [len(people_named(store, n)) for n in (
        "Karim Benali", "Solène Roux", "Mehdi Haddad", "Véronique Bastide", "Jean Dupont")] == [
        1, 1, 1, 1, 2]
    assert "Aucun doublon à examiner." in [c.value for c in page("people", "fr").caption]

    before, version = export(carnet, tmp_path / "a.json"), store.graph_version()
    for name in EXPORTS:
        upload(name)
    assert export(carnet, tmp_path / "b.json") == before
    assert store.graph_version() == version


def test_a_company_with_its_legal_form_in_the_form_is_the_company(
        notebook: tuple[GraphStore, Run]) -> None:
    store, _ = notebook
    load_demo(store, "en")
    companies = store.counts().companies
    at = page("referral")
    at.text_input(key="referrer_q").set_value("Noémie Fabre").run()
    at.text_input(key="referee_q").set_value("Karim Benali").run()
    at.text_input(key="ref_company_q").set_value("PHOCÉE LOGISTIQUE, S.A.S.").run()
    assert getattr(at.radio(key="ref_company_pick").value, "id", None) == "c:phocee-logistique"
    at.checkbox(key="ref_again").check().run()  # (the demo's Noémie suggested Karim weeks ago)
    at.button(key="save_referral").click().run()
    assert not at.exception
    assert store.counts().companies == companies
    assert store.get_company("c:phocee-logistique").aliases == ("PHOCÉE LOGISTIQUE, S.A.S.",)
    assert [r.company for r in store.referrals() if r.date == date.today().isoformat()
            and r.referee == "p:karim-benali"] == ["c:phocee-logistique"]


def test_reading_an_intro_draft_in_the_app_records_nothing_and_the_ask_once(
        notebook: tuple[GraphStore, Run]) -> None:
    store, _ = notebook
    load_demo(store, "fr")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "fr"
    at.query_params["company"] = "Savonnerie Marius"
    at.run()
    first = find_paths(store, "c:savonnerie-marius", lang="fr").asks[0]
    pair = f"{first.introducer.id}>{first.target.id}"
    before = store.intros()
    at.button(key=f"ask_{pair}").click().run()
    for _ in range(2):  # reading the draft, twice, records nothing
        at.run()
        assert not at.exception
        assert (at.text_area(key=f"draft_ask_{pair}").value or "").startswith("Bonjour ")
        assert store.intros() == before
    at.button(key=f"asked_{pair}").click().run()
    [request] = [i for i in store.intros() if i not in before]
    assert (request.status, [e.status for e in store.events(request.id)]) == ("asked", ["asked"])
    assert f"asked_{pair}" not in [b.key for b in at.button]  # recorded once: no button left


def test_review_and_people_lists_tell_namesakes_apart(
        notebook: tuple[GraphStore, Run], tmp_path: Path) -> None:
    """Two Noémie Fabre at the same coworking, with an e-mail each (so a review, not a
    merge): the review's two sides and the People page's choices never read the same."""
    store, carnet = notebook
    load_demo(store, "en")
    card = tmp_path / "homonyme.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Noémie Fabre\r\nORG:La Canebière "
                    "Coworking\r\nEMAIL:n.fabre@exemple.fr\r\nEND:VCARD\r\n", encoding="utf-8")
    assert carnet("import", card, "--me", "Isabelle Prigent").code == 0
    at = page("people")
    assert [m.value for m in at.markdown if "Noémie Fabre" in m.value] == [
        "**Noémie Fabre**", "**Noémie Fabre**"]  # each side named, then its facts:
    first, second = ([line for line in shown(c.value).split("  \n") if "added" not in line]
                     for c in at.caption if "last contact: " in shown(c.value))
    assert first[0] == "Office manager at La Canebière Coworking"
    assert second == ["La Canebière Coworking", "n.fabre@exemple.fr",
                      "from: contact card (vCard) · 1 tie"]
    at.text_input(key="edit_person_q").set_value("Noémie Fabre").run()
    options = at.radio(key="edit_person_pick").options
    assert len(options) == 2 and options[0] != options[1]


def test_a_bad_upload_is_one_line_and_writes_nothing(
        notebook: tuple[GraphStore, Run]) -> None:
    store, _ = notebook
    load_demo(store, "en")
    version = store.graph_version()
    at = page("import_page")
    at.text_input(key="import_me").set_value("Isabelle Prigent").run()
    at.file_uploader(key="upload").set_value(
        ("Connections.csv", b"First Name,Last Name\r\n\x00\x00", "text/csv")).run()
    assert not at.exception
    assert [shown(e.value) for e in at.error] == [
        "Import refused, nothing was written: Connections.csv: contains NUL bytes: not a text "
        "export"]
    assert "do_import" not in [b.key for b in at.button]
    assert store.graph_version() == version


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_people_page_lists_companies_apart_by_a_legal_form_and_merges_them(
        notebook: tuple[GraphStore, Run], lang: str) -> None:
    """As `carnet review` does: "Phocée Logistique, SAS", made apart before imports knew
    better, is offered to merge into Phocée Logistique (after a confirmation: no undo)."""
    store, _ = notebook
    load_demo(store, lang)
    store.save(GraphData(companies=[Company("c:phocee-sas", "Phocée Logistique, SAS")],
                         jobs=[Job("p:karim-benali", "c:phocee-sas", "Stagiaire")]))
    at = page("people", lang)
    assert [m.value for m in at.markdown if "Phocée" in m.value] == [
        "Phocée Logistique · Phocée Logistique, SAS"]
    merge = at.button(key="merge_company_c:phocee-sas")
    assert merge.disabled
    at.checkbox(key="merge_company_sure_c:phocee-sas").check().run()
    at.button(key="merge_company_c:phocee-sas").click().run()
    assert not at.exception
    assert [c.id for c in store.search_companies("Phocée")] == ["c:phocee-logistique"]
    assert "Stagiaire" in [j.title for j in store.jobs_of("p:karim-benali")
                           if j.company == "c:phocee-logistique"]
    assert [s.value for s in at.success] == [
        "Phocée Logistique, SAS a rejoint Phocée Logistique." if lang == "fr" else
        "Phocée Logistique, SAS went into Phocée Logistique."]
    assert [m.value for m in at.markdown if "Phocée" in m.value] == []



@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_person_deleted_meanwhile_is_said_in_the_users_language(
        notebook: tuple[GraphStore, Run], lang: str) -> None:
    """Karim was deleted elsewhere (another tab, a command) while his card was open: saving
    finds no one to save, says so in the page's language, and writes nothing."""
    store, _ = notebook
    load_demo(store, lang)
    at = page("people", lang)
    at.text_input(key="edit_person_q").set_value("karim").run()
    [name] = [w for w in at.text_input if w.value == "Karim Benali"]
    name.set_value("Karim B.")
    store.delete_person("p:karim-benali")  # meanwhile
    at.button[0].click().run()  # the form's "Save"
    assert not at.exception
    assert [shown(w.value) for w in at.warning] == [
        "Personne ne correspond à « karim »." if lang == "fr" else "No one matches 'karim'."]
    assert store.search_people("Karim B.") == []


@pytest.mark.parametrize(("lang", "said", "anyway"), [
    ("fr", "Noémie Fabre vous a déjà suggéré Karim Benali le {day} (pour Phocée Logistique). "
           "Une nouvelle recommandation serait notée à part.",
     "La noter quand même comme une nouvelle recommandation"),
    ("en", "Noémie Fabre already suggested Karim Benali on {day} (for Phocée Logistique). A "
           "new referral would be recorded separately.", "Record it anyway as a new referral")])
def test_a_referral_noted_again_another_day_is_said_before_saving(
        notebook: tuple[GraphStore, Run], lang: str, said: str,
        anyway: str) -> None:
    """The demo's Noémie suggested Karim weeks ago: typing the same pair again says so,
    and a second record is made only if she still wants one."""
    from graph.core.formatting import day

    store, _ = notebook
    load_demo(store, lang)
    [earlier] = [r for r in store.referrals() if (r.referrer, r.referee) ==
                 ("p:noemie-fabre", "p:karim-benali")]
    at = page("referral", lang)
    at.text_input(key="referrer_q").set_value("Noémie Fabre").run()
    at.text_input(key="referee_q").set_value("Karim Benali").run()
    assert [shown(w.value) for w in at.warning] == [said.format(day=day(earlier.date, lang))]
    assert at.checkbox(key="ref_again").label == anyway
    assert at.button(key="save_referral").disabled  # not without her say
    at.checkbox(key="ref_again").check().run()
    at.button(key="save_referral").click().run()
    assert not at.exception
    again = [r for r in store.referrals() if (r.referrer, r.referee) ==
             ("p:noemie-fabre", "p:karim-benali")]
    assert len(again) == 2 and earlier in again
    assert at.text_input(key="referrer_q").value == ""  # the form starts over
    assert "ref_again" not in [c.key for c in at.checkbox]


def test_a_referral_never_noted_is_saved_without_a_question(
        notebook: tuple[GraphStore, Run]) -> None:
    store, _ = notebook
    load_demo(store, "fr")
    at = page("referral", "fr")
    at.text_input(key="referrer_q").set_value("Véronique Bastide").run()
    at.text_input(key="referee_q").set_value("Karim Benali").run()
    assert not at.warning and "ref_again" not in [c.key for c in at.checkbox]
    assert not at.button(key="save_referral").disabled
