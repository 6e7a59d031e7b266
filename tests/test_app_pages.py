"""The Explore, Referral, Import, People and Data pages, run by AppTest."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from app.i18n import md
from app.views import RADIO_MOST, text_height
from graph.core.formatting import day
from graph.core.model import Company, GraphData, IntroRequest, Job, Person, Referral
from graph.core.names import MAX_NAME_CHARS
from graph.core.wording import status_word
from graph.services.demo import load_demo
from graph.services.explain import long_date
from graph.services.followups import ongoing
from graph.services.lifecycle import set_intro_status
from graph.services.warmpaths import find_paths
from graph.stores.sqlite_store import SqliteStore
from tests.graphs import WholeGraphFeed
from tests.markdown import shown

APP = str(Path(__file__).parents[1] / "streamlit_app.py")
DATA = Path(__file__).parent / "data"


@pytest.fixture
def demo(db_path: Path) -> SqliteStore:
    store = SqliteStore(db_path)
    load_demo(store, "en")
    return store


def page(name: str, lang: str = "en") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    return at.switch_page(f"app/{name}.py").run()


def iframe_html(at: AppTest) -> str:
    """AppTest cannot run an iframe; it can read the HTML it would show."""
    [frame] = [e for e in at.main if getattr(e, "type", "") == "iframe"]
    return str(frame.proto.srcdoc)


def test_explore_draws_the_network_offline_and_lists_people(demo: SqliteStore) -> None:
    at = page("explore")
    assert not at.exception
    rows = at.dataframe[0].value
    assert "Véronique Bastide" in list(rows["name"]) and len(rows) == 92  # two steps out
    html = iframe_html(at)
    assert "vis.DataSet" in html and "cdn.jsdelivr" not in html and "<link" not in html
    assert '"label": "Isabelle Prigent"' in html and '"physics": false' in html


def test_explore_table_has_no_empty_column(demo: SqliteStore) -> None:
    """"Through" says whom each person came through (a direct contact says so); a column
    nobody fills (the demo has no tags; only direct contacts at one step) is not shown."""
    at = page("explore", "fr")
    [table] = at.dataframe
    assert list(table.proto.column_order) == ["name", "company", "title", "via", "closeness",
                                              "last_contact"]
    via = dict(zip(table.value["name"], table.value["via"], strict=True))
    assert via["Véronique Bastide"] == "contact direct"
    assert via["Solène Roux"] == "Véronique Bastide"  # as Warm paths says
    assert all(via.values())
    at.radio(key="hops").set_value(1).run()
    assert list(at.dataframe[0].proto.column_order) == ["name", "company", "title",
                                                        "closeness", "last_contact"]
    before = demo.get_person("p:veronique-bastide")
    demo.update_person(before, replace(before, tags=("prospect",)))
    at.run()
    assert list(at.dataframe[0].proto.column_order)[-1] == "tags"
    assert "prospect" in list(at.dataframe[0].value["tags"])


def test_explore_legend_speaks_french_around_a_vowel(demo: SqliteStore) -> None:
    at = page("explore", "fr")
    [legend] = [str(e.proto.body) for e in at.main
                if getattr(e, "type", "") == "html" and "autour" in str(e.proto.body)]
    assert "autour d&#x27;Hélène Marchetti · " in legend
    assert "autour de Véronique Bastide · " in legend
    # (a namesake named with her company, then the count: no two pairs of brackets)
    assert "autour de Julien Martin (Bonne Mère Studio) · " in legend
    # Closeness runs 1 to 5: the filter's bottom is "all of them", not 0
    assert at.select_slider(key="min_closeness").options == ["toutes", "1", "2", "3", "4", "5"]


def test_explore_s_company_filter_is_kept_in_the_address(demo: SqliteStore) -> None:
    """A reload (or the link sent) lost the company chosen, where it kept the focus."""
    at = page("explore")
    at.selectbox(key="filter_company").set_value("c:provence-medias").run()
    assert not at.exception and at.query_params["company"] == "c:provence-medias"
    chosen = list(at.dataframe[0].value["name"])
    again = AppTest.from_file(APP, default_timeout=60)
    again.query_params["lang"] = "en"
    again.query_params["company"] = "c:provence-medias"
    again.run()
    again.switch_page("app/explore.py").run()
    assert not again.exception
    assert again.selectbox(key="filter_company").value == "c:provence-medias"
    assert list(again.dataframe[0].value["name"]) == chosen
    again.selectbox(key="filter_company").set_value(None).run()
    assert "company" not in again.query_params


def test_explore_centres_on_a_person_from_the_link_or_the_choice(demo: SqliteStore) -> None:
    at = page("explore")
    at.selectbox(key="focus_pick_None").set_value("p:veronique-bastide").run()
    assert not at.exception and at.query_params["focus"] == "p:veronique-bastide"
    assert "Isabelle Prigent" in list(at.dataframe[0].value["name"])
    assert "### Véronique Bastide" in [m.value for m in at.markdown]  # and her card


def test_explore_filters_by_company_and_shows_a_person_card(demo: SqliteStore) -> None:
    at = page("explore")
    [gme] = demo.search_companies("gme")
    at.selectbox(key="filter_company").set_value(gme.id).run()
    assert not at.exception
    assert any(c.value.endswith("people match the filters.") for c in at.caption)
    names = set(at.dataframe[0].value["name"])
    assert {"Solène Roux", "Véronique Bastide"} <= names
    at.text_input(key="person_q").set_value("véronique").run()
    assert any(m.value == "### Véronique Bastide" for m in at.markdown)
    ties = at.dataframe[2].value  # people table, jobs, ties
    assert "Isabelle Prigent" in list(ties["With"])


def test_a_person_card_writes_her_phone_as_people_write_it(demo: SqliteStore) -> None:
    """Stored in E.164 (imports compare numbers so), shown in a French number's groups."""
    solene = demo.get_person("p:solene-roux")
    demo.save(GraphData(people=[replace(solene, phones=("+33612345678", "+442079460958"))]))
    at = page("explore", "fr")
    at.selectbox(key="focus_pick_None").set_value("p:solene-roux").run()
    assert not at.exception
    assert md("06 12 34 56 78, +44 20 7946 0958") in [c.value for c in at.caption]


def test_team_graphs_too_big_to_read_whole_are_not_drawn(
        demo: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the size where paths read a neighbourhood per query (Neo4j team graphs), the
    overview and the connectors would read everything: they say so instead."""
    import graph.services.snapshots as snapshot

    monkeypatch.setattr(snapshot, "BOUNDED_FEED_TIES", 10)
    monkeypatch.setattr(SqliteStore, "neighbourhood_feed", property(WholeGraphFeed))
    for name in ("explore", "home"):
        at = page(name)
        assert not at.exception
        assert at.info[0].value.startswith("This team notebook has more than 10 ties")
    at = page("explore")
    assert not at.get("iframe") and not at.dataframe
    at.text_input(key="person_q").set_value("Karim Benali").run()
    assert "### Karim Benali" in [m.value for m in at.markdown]  # cards still work


def test_a_referral_recorded_in_the_page_changes_the_paths(demo: SqliteStore) -> None:
    before = [i.introducer.name for i in find_paths(demo, "Savonnerie Marius").introductions]
    at = page("referral")
    at.text_input(key="referrer_q").set_value("Noémie Fabre").run()
    at.text_input(key="referee_q").set_value("Jeanne Nouvelle").run()
    at.text_input(key="ref_company_q").set_value("Savonnerie Marius").run()
    at.text_input(key="ref_role").set_value("Responsable RH").run()
    at.text_area(key="ref_context").set_value("« elle recrute »").run()
    at.checkbox(key="ref_offered").check().run()
    at.button(key="save_referral").click().run()
    assert not at.exception
    assert at.success[0].value == "Referral saved: Noémie Fabre suggests Jeanne Nouvelle."
    after = find_paths(demo, "Savonnerie Marius").introductions
    assert after[0].introducer.name == "Noémie Fabre" and after[0].target.name == \
        "Jeanne Nouvelle"
    assert "Noémie Fabre" not in before[:1]
    [referral] = [r for r in demo.referrals() if r.referrer == "p:noemie-fabre"
                  and demo.get_person(r.referee).name == "Jeanne Nouvelle"]
    # She offered to prepare the ground: a word to her comes first, then the first message.
    assert (at.text_area(key=f"prep_draft_{referral.id}").value or "").startswith(
        "Hello Noémie,\n\nThank you again for telling me about Jeanne Nouvelle. You kindly "
        "offered to prepare the ground")
    key = f"ref_draft_{referral.id}"
    draft = at.text_area(key=key).value or ""  # a first message, ready to send
    assert draft.startswith("Hello Jeanne,\n\nNoémie Fabre suggested I get in touch with you.")
    at.text_area(key=key).set_value(draft + "\nPS").run()
    assert (at.text_area(key=key).value or "").endswith("PS")  # editing keeps it


def test_a_saved_referral_links_to_the_paths_to_its_person(demo: SqliteStore) -> None:
    """Noémie suggests Margaux, HR manager at Calanques Digital: "See the paths to Calanques
    Digital" opened the company's paths, where Noémie's card led to her better-known HR
    director, and Margaux was on no card. The link asks for the role noted with the
    referral: Noémie's card leads to Margaux."""
    at = page("referral")
    at.text_input(key="referrer_q").set_value("Noémie Fabre").run()
    at.text_input(key="referee_q").set_value("Margaux Lefèvre").run()
    at.text_input(key="ref_company_q").set_value("Calanques Digital").run()
    at.text_input(key="ref_role").set_value("Responsable RH").run()
    at.checkbox(key="ref_offered").check().run()
    at.button(key="save_referral").click().run()
    assert not at.exception
    [link] = [e.proto for e in at.main if getattr(e, "type", "") == "page_link"]
    assert (link.label, link.query_string) == (
        "See the paths to Calanques Digital", "company=Calanques+Digital&role=Responsable+RH")
    paths = find_paths(demo, "Calanques Digital", role="Responsable RH").introductions
    assert [(i.introducer.name, i.target.name) for i in paths[:1]] == [
        ("Noémie Fabre", "Margaux Lefèvre")]


def test_a_referral_no_card_shows_is_on_its_company_s_paths(demo: SqliteStore) -> None:
    """The company's plain search (no role): Noémie's card still leads to her better-known
    HR director, and Margaux, whom she recommended, is said above the cards, with a link to
    follow the referral up."""
    at = page("referral", "fr")
    at.text_input(key="referrer_q").set_value("Noémie Fabre").run()
    at.text_input(key="referee_q").set_value("Margaux Lefèvre").run()
    at.text_input(key="ref_company_q").set_value("Calanques Digital").run()
    at.checkbox(key="ref_offered").check().run()
    at.button(key="save_referral").click().run()
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "fr"
    at.query_params["company"] = "Calanques Digital"
    at.run()
    assert not at.exception
    assert [shown(i.value) for i in at.info] == [
        "Noémie Fabre vous a recommandé Margaux Lefèvre (Calanques Digital) le "
        f"{long_date(date.today().isoformat(), 'fr')} et propose de préparer le "
        "terrain\u00a0: demandez à Noémie Fabre de le faire, puis écrivez à Margaux Lefèvre "
        "de sa part."]
    headings = [m.value for m in at.markdown if m.value.startswith("####")]
    assert headings.index("#### On vous a recommandé ici") + 1 == headings.index(
        "#### À qui demander une présentation")
    assert "Suivre cette recommandation dans Relances" in [
        e.proto.label for e in at.main if getattr(e, "type", "") == "page_link"]


def test_a_saved_referral_clears_its_follow_up_too(demo: SqliteStore) -> None:
    """The emptied form has no follow-up date box left open (an empty one shows Streamlit's
    English "dd/mm/yyyy" and saves a referral with no reminder)."""
    at = page("referral", "fr")
    at.text_input(key="referrer_q").set_value("Noémie Fabre").run()
    at.text_input(key="referee_q").set_value("Jeanne Nouvelle").run()
    at.checkbox(key="ref_follow_up_ask").check().run()
    assert at.date_input(key="ref_follow_up").value is not None
    at.button(key="save_referral").click().run()
    assert not at.exception
    assert at.checkbox(key="ref_follow_up_ask").value is False
    assert [d.key for d in at.date_input] == ["ref_date"]
    [referral] = [r for r in demo.referrals() if r.referrer == "p:noemie-fabre"
                  and demo.get_person(r.referee).name == "Jeanne Nouvelle"]
    assert referral.follow_up_on is not None


def test_import_page_previews_then_imports_then_reviews(demo: SqliteStore) -> None:
    at = page("import_page")
    at.file_uploader(key="upload").set_value(
        ("Connections.csv", (DATA / "Connections.csv").read_bytes(), "text/csv")).run()
    assert not at.exception
    # Véronique, Karim and Solène from LinkedIn are the demo's (same name, same company):
    # they complete existing cards (once "0 updated"); zeros are left out.
    assert shown(at.info[0].value) == (
        "Preview (LinkedIn): 3 new people, 3 existing cards completed (same name, same "
        "company), 5 new ties, 3 job changes")
    assert shown(at.caption[1].value) == (
        "1 row skipped: no name (a member who hides their details) (line 8)")
    assert demo.search_people("jean dupont") == []  # a preview writes nothing
    at.button(key="do_import").click().run()
    # What was done takes the preview's place: the counts are not said twice.
    assert [shown(a.value) for a in (*at.info, *at.success)] == [
        "Import done: 3 new people, 3 existing cards completed (same name, same company), "
        "5 new ties, 3 job changes"]
    assert len(demo.search_people("jean dupont")) == 2
    # Véronique, Karim and Solène from LinkedIn are the demo's: same name, same company.
    assert demo.reviews() == [] and len(demo.search_people("Karim Benali")) == 1
    merged = sorted(demo.reviews("merged"), key=lambda r: r.a)
    assert [r.a for r in merged] == ["p:karim-benali", "p:solene-roux", "p:veronique-bastide"]
    at.button(key=f"undo_{merged[0].id}").click().run()  # undoable, like any merge
    assert not at.exception
    assert len(demo.search_people("Karim Benali")) == 2
    [review] = demo.reviews()
    assert review.id == merged[0].id
    # Undone, the two Karims are back as they were, told apart in the queue. (LinkedIn said
    # what his position is now, so the demo's older title there had ended.)
    assert [m.value for m in at.markdown if "Karim Benali" in m.value] == [
        "**Karim Benali**", "**Karim Benali**"]
    assert [shown(c.value).split("  \n")[0] for c in at.caption
            if "last contact: " in shown(c.value)] == [
        "formerly Internal communications manager at Phocée Logistique",
        "Responsable communication interne 📣 at Phocée Logistique"]
    assert [shown(c.value) for c in at.caption if "import" in c.value] == [
        # stored as a code, said in words
        "same name and company (LinkedIn import) · likeness 100%"]
    at.button(key=f"apart_{review.id}").click().run()
    assert demo.reviews() == []


def test_import_page_refuses_a_bad_file_in_french(demo: SqliteStore) -> None:
    at = page("import_page", "fr")
    at.file_uploader(key="upload").set_value(("x.csv", b"PK\x03\x04 zip", "text/csv")).run()
    assert shown(at.error[0].value) == (
        "Import refusé, rien n'a été écrit : x.csv : archive ZIP illisible (abîmée, ou "
        "protégée par un mot de passe) ; décompressez-la d'abord")


@pytest.mark.parametrize(("name", "content", "said"), [
    ("Basic_LinkedInDataExport.zip", b"PK\x03\x04 zip",
     "Basic_LinkedInDataExport.zip : archive ZIP illisible (abîmée, ou protégée par un mot de "
     "passe) ; décompressez-la d'abord"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "photo.jpg : contient des octets nuls, "
     "ce n'est pas un export texte"),
    ("contacts.dat", b"Nom;Ville\nDupont;Marseille\n", "contacts.dat : impossible de deviner le "
     "format d'après le nom ; choisissez-le dans « Format »")])
def test_import_page_says_what_a_file_of_another_kind_is(demo: SqliteStore, name: str,
                                                         content: bytes, said: str) -> None:
    """Any file is taken (the upload box filtered by extension, in English): a damaged ZIP,
    a photo, a file whose name tells no format each get one line saying what to do, and
    nothing is written."""
    version = demo.graph_version()
    at = page("import_page", "fr")
    at.file_uploader(key="upload").set_value((name, content, "application/octet-stream")).run()
    assert not at.exception
    assert [shown(e.value) for e in at.error] == [
        f"Import refusé, rien n'a été écrit : {said}"]
    assert demo.graph_version() == version


def test_people_page_edits_and_deletes_with_confirmation(demo: SqliteStore) -> None:
    at = page("people")
    at.text_input(key="edit_person_q").set_value("karim").run()
    [name] = [w for w in at.text_input if w.value == "Karim Benali"]
    name.set_value("Karim Benali-Roche")
    at.text_area[0].set_value("Rencontré via Noémie")
    at.button[0].click().run()  # the form's "Save"
    assert not at.exception
    assert demo.get_person("p:karim-benali").name == "Karim Benali-Roche"
    assert demo.get_person("p:karim-benali").notes == "Rencontré via Noémie"
    at.text_input(key="edit_person_q").set_value("Benali-Roche").run()
    assert at.button(key="delete_person").disabled
    at.checkbox(key="delete_sure").check().run()
    at.button(key="delete_person").click().run()
    assert demo.search_people("benali") == []


def test_people_page_corrects_a_job_or_keeps_the_old_one_as_past(demo: SqliteStore) -> None:
    """Solène's title and company are in boxes under her card's form; a change asks what
    became of the old job (« était mal noté » or « a changé de poste ») before it saves."""
    at = page("people", "fr")
    at.text_input(key="edit_person_q").set_value("Solène Roux").run()
    key = "job_p:solene-roux"
    assert at.text_input(key=f"{key}_title").value == "Internal communications manager"
    assert at.text_input(key=f"{key}_company_q").value == "Groupe Méditerranée Énergie"
    assert at.button(key=f"{key}_save").disabled  # (nothing changed)
    at.text_input(key=f"{key}_title").set_value("External communications manager").run()
    assert not at.exception
    [old] = [r for r in at.radio if r.key == f"{key}_old"]
    assert old.label == ("Et l'ancien poste, « Internal communications manager chez Groupe "
                         "Méditerranée Énergie » ?")
    assert old.options == ["Il était mal noté : le corriger",
                           "A changé de poste : le garder comme poste passé"]
    assert old.value is None and at.button(key=f"{key}_save").disabled  # (hers to say)
    old.set_value("wrong").run()
    at.button(key=f"{key}_save").click().run()
    assert not at.exception
    assert demo.jobs_of("p:solene-roux") == [Job(
        "p:solene-roux", "c:gme", "External communications manager", "Communications",
        "2023-03-31")]
    assert at.success[0].value == ("Poste enregistré : External communications manager chez "
                                   "Groupe Méditerranée Énergie.")
    # She moves to a company new to the notebook: chosen as new, the old job kept as past
    at.text_input(key=f"{key}_company_q").set_value("Frioul Conseil").run()
    assert at.radio(key=f"{key}_company_pick").value is not None  # (new for sure)
    at.radio(key=f"{key}_old").set_value("ended").run()
    at.button(key=f"{key}_save").click().run()
    assert not at.exception
    jobs = {j.company: j for j in demo.jobs_of("p:solene-roux")}
    assert jobs["c:gme"].current is False and jobs["c:gme"].until == date.today().isoformat()
    [new] = [c for c in jobs if c != "c:gme"]
    assert demo.get_company(new).name == "Frioul Conseil" and jobs[new].current
    # The boxes show her job now; a title with no company waits for one (a hint, no error:
    # she may be about to type it)
    assert at.text_input(key=f"{key}_company_q").value == "Frioul Conseil"
    at.text_input(key=f"{key}_company_q").set_value("").run()
    at.text_input(key=f"{key}_title").set_value("Associée").run()
    assert not at.error and at.button(key=f"{key}_save").disabled
    assert "Un poste se note avec son entreprise." in [c.value for c in at.caption]
    at.text_input(key=f"{key}_company_q").set_value("Frioul Conseil").run()
    assert at.text_input(key=f"{key}_title").max_chars == MAX_NAME_CHARS  # (jobs.py too)


def test_a_card_in_explore_opens_its_form_in_people(demo: SqliteStore) -> None:
    """A card read in Explore (where People's "Open" leads) had no way to correct it: its
    "Edit this card" opens People on that person's form, a namesake included."""
    [other] = [p for p in demo.search_people("Julien Martin") if p.id != "p:julien-martin"]
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(lang="en", focus=other.id)
    at.run()
    at.switch_page("app/explore.py").run()
    assert not at.exception
    [link] = [e.proto for e in at.main if getattr(e, "type", "") == "page_link"
              and e.proto.label == "Edit this card"]
    assert (link.page, link.query_string) == ("people", f"edit={other.id.replace(':', '%3A')}")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(lang="en", edit=other.id)
    at.run()
    at.switch_page("app/people.py").run()
    assert not at.exception
    assert at.text_input(key="edit_person_q").value == "Julien Martin"
    assert at.radio(key="edit_person_pick").value == other
    [emails] = [w for w in at.text_input if w.label.startswith("E-mails")]
    emails.set_value("julien@lacydon.fr")
    at.button[0].click().run()  # the form's "Save": his card, not his namesake's
    assert not at.exception
    assert demo.get_person(other.id).emails == ("julien@lacydon.fr",)
    assert "julien@lacydon.fr" not in demo.get_person("p:julien-martin").emails


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "Cette fiche n'existe plus (supprimée ou fusionnée entre-temps)"),
    ("en", "This card no longer exists (deleted or merged since)")])
def test_an_edit_link_to_a_card_gone_says_so(demo: SqliteStore, lang: str, said: str) -> None:
    """« Modifier cette fiche » followed after the card was merged away (or a mistyped
    address): one line in her language, and the search as usual."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(lang=lang, edit="p:nobody")
    at.run()
    at.switch_page("app/people.py").run()
    assert not at.exception
    assert [w.value for w in at.warning if said in w.value] != []
    assert at.text_input(key="edit_person_q").value == ""


def test_people_page_refuses_an_empty_name_in_its_own_words(demo: SqliteStore) -> None:
    at = page("people", "fr")
    at.text_input(key="edit_person_q").set_value("karim").run()
    [name] = [w for w in at.text_input if w.value == "Karim Benali"]
    name.set_value("  ")
    at.button[0].click().run()  # the form's "Save"
    assert not at.exception
    assert [e.value for e in at.error] == [
        "Le nom ne peut pas être vide : rien n'a été enregistré."]  # (not the referral's words)
    assert demo.get_person("p:karim-benali").name == "Karim Benali"



@pytest.mark.parametrize(("field", "typed", "said"), [
    ("E-mails", "karim@exemple.fr, karim chez gmail",
     "« karim chez gmail » n'est pas une adresse e-mail : rien n'a été "
     "enregistré."),
    ("Profil LinkedIn", "https://www.facebook.com/karim",
     "« https://www.facebook.com/karim » n'est pas l'adresse d'un profil LinkedIn "
     "(linkedin.com/in/…) : rien n'a été enregistré."),
])
def test_people_page_refuses_what_is_not_an_address_and_saves_nothing(
        demo: SqliteStore, field: str, typed: str, said: str) -> None:
    before = demo.get_person("p:karim-benali")
    at = page("people", "fr")
    at.text_input(key="edit_person_q").set_value("karim").run()
    [box] = [w for w in at.text_input if w.label.startswith(field)]
    box.set_value(typed)
    [phones] = [w for w in at.text_input if w.label.startswith("Téléphones")]
    phones.set_value("06 11 22 33 44")
    at.button[0].click().run()  # the form's "Save"
    assert not at.exception
    assert [shown(e.value) for e in at.error] == [said[:1].upper() + said[1:]]
    assert demo.get_person("p:karim-benali") == before


def test_people_page_keeps_a_typed_number_as_imports_do(demo: SqliteStore) -> None:
    """A number typed in the form is kept as imports keep one (E.164), so that a search, an
    import's matching and the pages read it alike; an e-mail is kept as typed, once."""
    at = page("people", "fr")
    at.text_input(key="edit_person_q").set_value("karim").run()
    [phones] = [w for w in at.text_input if w.label.startswith("Téléphones")]
    phones.set_value("06 11 22 33 44, +33 6 11 22 33 44, poste 12")
    [emails] = [w for w in at.text_input if w.label.startswith("E-mails")]
    emails.set_value(" Karim@Exemple.fr , karim@exemple.fr")
    at.button[0].click().run()
    assert not at.exception and not at.error
    karim = demo.get_person("p:karim-benali")
    assert (karim.phones, karim.emails) == (("+33611223344", "poste 12"), ("Karim@Exemple.fr",))
    assert [p.id for p in demo.search_people("06 11 22")] == ["p:karim-benali"]


def test_merging_namesakes_says_which_goes_into_which(demo: SqliteStore) -> None:
    demo.save(GraphData(
        people=[Person("p:jean-1", "Jean Dupont"), Person("p:jean-2", "Jean Dupont")],
        jobs=[Job("p:jean-1", "c:calanques-digital", "Développeur"),
              Job("p:jean-2", "c:banque-lacydon", "Comptable")]))
    at = page("people", "fr")
    at.text_input(key="edit_person_q").set_value("Jean Dupont").run()
    at.radio(key="edit_person_pick").set_value(demo.get_person("p:jean-1")).run()
    at.text_input(key="merge_q").set_value("Jean Dupont").run()
    assert at.button(key="merge_people").label == (
        "Fusionner Jean Dupont, Comptable chez Banque du Lacydon dans Jean Dupont, "
        "Développeur chez Calanques Digital")


def test_people_page_merges_keeping_the_other_name_and_undoes(demo: SqliteStore) -> None:
    demo.save(GraphData(people=[Person("p:solene-2", "Solene Roux",
                                       emails=("solene.roux@gmail.com",))]))
    at = page("people", "fr")
    at.text_input(key="edit_person_q").set_value("Solène Roux").run()
    [kept] = [p for p in demo.search_people("Solène Roux") if p.id != "p:solene-2"]
    at.radio(key="edit_person_pick").set_value(kept).run()
    at.text_input(key="merge_q").set_value("solene.roux@gmail").run()
    at.radio(key="merge_name").set_value("Solene Roux").run()
    at.button(key="merge_people").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [  # (no "fusionné" said of Solène: no gender)
        "Fiches réunies\u00a0: Solene Roux et Solène Roux, Internal communications manager chez "
        "Groupe Méditerranée Énergie ne font plus qu'une, avec les coordonnées et les liens "
        "des deux."]
    merged = demo.get_person(kept.id)
    assert (merged.name, "solene.roux@gmail.com" in merged.emails) == ("Solene Roux", True)
    at.button(key="undo_people_merge").click().run()
    assert demo.get_person(kept.id).name == "Solène Roux"
    assert demo.get_person("p:solene-2").name == "Solene Roux"
    # The page is drawn after the undo: both cards are found again, no undo button is left
    # (it did nothing any more), and it says so once.
    assert "undo_people_merge" not in [b.key for b in at.button]
    assert [s.value for s in at.success] == ["Fusion annulée."]
    assert len(at.radio(key="edit_person_pick").options) == 2


def test_people_page_merges_then_deletes_companies_with_confirmation(
        demo: SqliteStore) -> None:
    demo.save(GraphData(companies=[Company("c:gme-bis", "GME Énergie")],
                        jobs=[Job("p:karim-benali", "c:gme-bis", "Stagiaire")]))
    at = page("people", "fr")
    at.text_input(key="edit_company_q").set_value("Groupe Méditerranée").run()
    at.text_input(key="company_merge_q").set_value("GME Énergie").run()
    assert at.button(key="merge_companies").disabled
    at.checkbox(key="company_merge_sure").check().run()
    at.button(key="merge_companies").click().run()
    assert not at.exception
    assert at.success[0].value == "GME Énergie a rejoint Groupe Méditerranée Énergie."
    gme = demo.search_companies("GME Énergie")
    assert [c.name for c in gme] == ["Groupe Méditerranée Énergie"]
    assert "GME Énergie" in gme[0].aliases
    assert "Stagiaire" in {j.title for j in demo.employees(gme[0].id)}

    [phocee] = demo.search_companies("Phocée")
    assert demo.employees(phocee.id)
    at.text_input(key="edit_company_q").set_value("Phocée").run()
    at.checkbox(key="company_delete_sure").check().run()
    at.button(key="delete_company").click().run()
    assert not at.exception
    assert demo.search_companies("Phocée") == []
    assert demo.counts().people == 149  # the people stay


def test_a_store_error_during_an_action_is_one_line_in_the_users_language(
        demo: SqliteStore, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program holds the write lock: saving says so, in French, and loses nothing."""
    import sqlite3

    import graph.stores.sqlite_opening

    monkeypatch.setattr(graph.stores.sqlite_opening, "BUSY_TIMEOUT_MS", 200)
    at = page("people", "fr")
    at.text_input(key="edit_person_q").set_value("karim").run()
    [name] = [w for w in at.text_input if w.value == "Karim Benali"]
    name.set_value("Karim B.")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        at.button[0].click().run()  # the form's "Save"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not at.exception
    assert shown(at.error[0].value) == (
        "Action impossible, rien n'a été écrit : la base de données est occupée (un autre "
        "Carnet y écrit) ; réessayez dans un instant")
    assert demo.get_person("p:karim-benali").name == "Karim Benali"


def test_data_page_offers_backup_and_csv(demo: SqliteStore) -> None:
    at = page("data", "fr")
    assert not at.exception
    assert at.metric[0].value == "149"
    assert any("SQLite" in m.value for m in at.markdown)


@pytest.mark.parametrize(("lang", "people"), [("fr", "1\u00a0149"), ("en", "1,149")])
def test_a_notebook_s_size_is_written_as_the_language_writes_numbers(
        demo: SqliteStore, lang: str, people: str) -> None:
    demo.save(GraphData(people=[Person(f"p:z{n}", f"Zoé Martin {n}") for n in range(1000)]))
    at = page("data", lang)
    assert not at.exception
    assert at.metric[0].value == people


def test_backup_from_the_data_page_restores_into_a_new_store(demo: SqliteStore,
                                                            tmp_path: Path) -> None:
    from graph.formats.interchange import dumps

    text = dumps(demo.dump())
    other = SqliteStore(tmp_path / "other.db")
    (tmp_path / "b.json").write_text(text, encoding="utf-8")
    from ingest.importer import import_carnet

    import_carnet(other, tmp_path / "b.json")
    assert dumps(other.dump()) == text
    assert json.loads(text)["format"] == "carnet"


def test_asking_for_an_intro_from_a_path_card(demo: SqliteStore) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "fr"
    at.query_params["company"] = "Savonnerie Marius"
    at.run()
    first = find_paths(demo, "c:savonnerie-marius", lang="fr").asks[0]
    pair = f"{first.introducer.id}>{first.target.id}"
    at.button(key=f"ask_{pair}").click().run()
    assert not at.exception
    draft = at.text_area(key=f"draft_ask_{pair}").value or ""
    assert draft.startswith("Bonjour ") and "dis-le-moi simplement" in draft
    assert "court" not in draft  # (it said "un échange court … je ferai court")
    lines = sum(-(-len(line) // 110) or 1 for line in draft.split("\n"))
    # the box is made as tall as its text (Chromium measures it: test_browser_paths.py)
    assert text_height(draft) == 20 * lines + 40
    assert not at.code  # and it is not repeated in a copy block
    before = demo.intros()
    at.run()  # reading the draft again records nothing
    assert demo.intros() == before
    assert f"ask_{pair}" not in [b.key for b in at.button]  # (the drafts took its place)
    at.button(key=f"asked_{pair}").click().run()
    assert not at.exception
    [request] = [i for i in demo.intros() if i not in before]
    assert request.status == "asked"
    assert [e.status for e in demo.events(request.id)] == ["asked"]
    assert f"asked_{pair}" not in [b.key for b in at.button]  # recorded once: no button left
    assert at.success[0].value.startswith("Demande notée")


def test_recording_an_ask_keeps_its_card_in_place_and_open(demo: SqliteStore) -> None:
    """Noémie is first for Phocée Logistique, and stays first once Isabelle asks her (an ask
    waiting for that very introduction is the card's state, not a reason to demote it). The
    confirmation stays on her card, and no one else's "Sent" button opens."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "en"
    at.query_params["company"] = "Phocée Logistique"
    at.run()
    first, second = find_paths(demo, "c:phocee-logistique", lang="en").asks[:2]
    asked = f"{first.introducer.id}>{first.target.id}"
    at.button(key=f"ask_{asked}").click().run()
    at.button(key=f"asked_{asked}").click().run()
    assert not at.exception
    [now_first, now_second] = find_paths(demo, "c:phocee-logistique", lang="en").asks[:2]
    assert (now_first.introducer, now_second.introducer) == (first.introducer,
                                                           second.introducer)
    assert now_first.score == first.score
    assert [b.key for b in at.button if str(b.key).startswith("asked_")] == []
    assert [s.value for s in at.success] == [
        "Ask recorded; a follow-up comes after 7 days without an answer."]
    assert (at.text_area(key=f"draft_ask_{asked}").value or "").startswith("Hello ")


def test_followups_page_lists_what_is_due_and_moves_it_on(demo: SqliteStore) -> None:
    demo.save(GraphData(referrals=[Referral(  # Noémie offered to prepare the ground
        "r:prep", "p:noemie-fabre", "p:karim-benali", "p:isabelle-prigent",
        context="he is looking for a freelance communication consultant",
        offered_intro=True, date="2026-01-02", follow_up_on="2026-01-09")]))
    at = page("followups")
    assert not at.exception
    assert (at.text_area(key="draft_prepare_r:prep").value or "").startswith(
        "Hello Noémie,\n\nThank you again for telling me about Karim Benali.")
    assert (at.text_area(key="draft_contact_r:prep").value or "").startswith("Hello Karim,")
    # what Noémie said comes with it (it was only on Karim's card, in Explore)
    assert "Context: he is looking for a freelance communication consultant" in [
        c.value for c in at.caption]
    titles = [m.value for m in at.markdown if m.value.startswith("**")]
    # Marc was contacted already: the to-do is a nudge, as the table's status says.
    assert any("Follow up with Marc Aubert\\: contacted, no news yet" in t for t in titles)
    assert not any("Contact Marc Aubert" in title for title in titles)
    assert any("Thank Julien Martin" in title for title in titles)
    thanks = at.text_area(key="draft_thank_r:demo-4").value or ""
    assert thanks.startswith("Hello Julien,\n\nA quick note to thank you for suggesting")
    assert (at.text_area(key="draft_nudge_r:demo-3").value or "").startswith(
        "Hello Marc,\n\nI am coming back to you after my last message: Claire Dumas had "
        "suggested we talk.")
    assert at.button(key="mark_meeting_r:demo-3")  # the next steps a contacted referral has
    at.button(key="mark_thanked_r:demo-4").click().run()
    assert not any("Thank Julien Martin" in m.value for m in at.markdown)
    assert [e.status for e in demo.events("r:demo-4")][-1] == "thanked"


def test_an_introduction_promised_and_not_made_is_followed_up(demo: SqliteStore) -> None:
    """Véronique said yes ten days ago and has not introduced her to Solène: the page says
    so, with a word to Véronique (not « Contact Solène ») and the step she can record."""
    [asked] = [i for i in demo.intros() if i.status == "asked"]
    set_intro_status(demo, asked.id, "accepted", today=date.today() - timedelta(days=10))
    at = page("followups")
    assert not at.exception
    titles = [m.value for m in at.markdown if m.value.startswith("**")]
    assert any(title.startswith("**Follow up with Véronique Bastide\\: the introduction to "
                                "Solène Roux, accepted 10 days ago, is not made yet**")
               for title in titles), titles
    assert not any("Contact Solène Roux" in m.value for m in at.markdown)
    assert (at.text_area(key=f"draft_not_introduced_{asked.id}").value or "").startswith(
        "Hello Véronique,\n\nThanks again for agreeing to introduce me to Solène Roux.")
    at.button(key=f"mark_introduced_{asked.id}").click().run()
    assert [i.status for i in demo.intros() if i.id == asked.id] == ["introduced"]


def test_an_introduction_made_is_thanked_from_the_followups_page(demo: SqliteStore) -> None:
    """The demo's introduction Mehdi made (five weeks ago): « Remercier Mehdi Haddad pour la
    mise en relation avec Brigitte Amrani », its draft, and « Remercié » ends it."""
    at = page("followups", "fr")
    assert not at.exception
    [intro] = [i for i in demo.intros() if i.status == "introduced"]
    assert f"due_thank_intro_{intro.id}" in [c.key for c in at.main if getattr(c, "key", "")]
    assert (at.text_area(key=f"draft_thank_intro_{intro.id}").value or "").startswith(
        "Bonjour Mehdi,\n\nUn petit mot pour te remercier de la mise en relation avec Brigitte")
    at.button(key=f"mark_thanked_{intro.id}").click().run()
    assert not at.exception
    assert [e.status for e in demo.events(intro.id)][-1] == "thanked"
    assert f"mark_thanked_{intro.id}" not in [b.key for b in at.button]


def test_every_open_intro_request_can_be_closed_from_the_followups_page(
        demo: SqliteStore) -> None:
    """An ask Noémie never answered is closed as such (not « refusée »); an introduction
    Véronique promised and never made ends « n'a pas abouti »; a draft never sent is deleted;
    each is said in her words, in the list of what is closed."""
    ten_days_ago = (date.today() - timedelta(days=10)).isoformat()
    demo.save(GraphData(intros=[
        IntroRequest("i:silent", "p:isabelle-prigent", "p:noemie-fabre", "p:karim-benali",
                     None, "asked", ten_days_ago, ten_days_ago),
        IntroRequest("i:draft", "p:isabelle-prigent", "p:noemie-fabre", "p:lea-gauthier",
                     None, "draft", None, ten_days_ago)]))
    [promised] = [i for i in demo.intros() if i.status == "asked" and i.id.startswith("i:demo")]
    set_intro_status(demo, promised.id, "accepted", today=date.today() - timedelta(days=10))
    at = page("followups", "fr")
    assert not at.exception
    assert at.button(key="mark_unanswered_i:silent").label == "Pas de réponse : clore"
    assert at.button(key="mark_declined_i:silent").label == "A refusé"
    at.button(key="mark_unanswered_i:silent").click().run()
    assert at.success[0].value == "Pas de réponse : clore ✓"
    assert [i.status for i in demo.intros() if i.id == "i:silent"] == ["declined"]
    assert [e.status for e in demo.events("i:silent")][-1] == "unanswered"
    assert at.button(key=f"mark_lost_{promised.id}").label == "N'a pas abouti"
    at.button(key=f"mark_lost_{promised.id}").click().run()
    assert [i.status for i in demo.intros() if i.id == promised.id] == ["lost"]

    def box(label: str) -> Any:  # the boxes are new after each write: found by their label
        [found] = [w for w in (*at.radio, *at.selectbox) if w.label == label]
        return found
    box("Faire avancer").set_value("i:draft").run()
    assert box("Nouvelle étape").options == ["demandée", "brouillon supprimé"]
    box("Nouvelle étape").set_value("deleted").run()
    at.button(key="move_do").click().run()
    assert not at.exception
    assert "i:draft" not in {i.id for i in demo.intros()} and demo.events("i:draft") == []
    assert at.success[0].value.endswith("→ brouillon supprimé ✓")
    assert "i:draft" not in box("Faire avancer").options
    closed = box("Voir l'historique de").options
    assert "Noémie Fabre → Karim Benali · restée sans réponse" in closed, closed
    assert any(o.endswith(" · n'a pas abouti") and "Véronique Bastide →" in o for o in closed)
    box("Voir l'historique de").set_value("i:silent").run()
    assert list(at.dataframe[-1].value["Étape"])[-1] == "restée sans réponse"


@pytest.mark.parametrize("lang, heading, line", [
    ("en", "In the next 30 days", "- **Contact Léa Gauthier \\(suggested by Noémie Fabre\\)**"),
    ("fr", "Dans les 30 prochains jours",
     "- **Contacter Léa Gauthier \\(suggestion de Noémie Fabre\\)**")])
def test_followups_page_lists_what_comes_up_this_month(demo: SqliteStore, lang: str,
                                                      heading: str, line: str) -> None:
    """A follow-up set for three days from now is not to do yet: it is listed under what
    comes up, with its day and the days to wait, the soonest first; not one past a month."""
    today = date.today()
    demo.save(GraphData(referrals=[
        Referral("r:soon", "p:noemie-fabre", "p:lea-gauthier", "p:isabelle-prigent",
                 date=today.isoformat(), follow_up_on=(today + timedelta(days=3)).isoformat()),
        Referral("r:later", "p:noemie-fabre", "p:louise-clement", "p:isabelle-prigent",
                 date=today.isoformat(), follow_up_on=(today + timedelta(days=45)).isoformat())]))
    at = page("followups", lang)
    assert not at.exception
    assert heading in [h.value for h in at.subheader]
    [listed] = [m.value for m in at.markdown if m.value.startswith("- **")]
    [soon] = [entry for entry in listed.splitlines() if entry.startswith(line)]
    assert soon.endswith(" (dans 3 jours)" if lang == "fr" else " (in 3 days)"), soon
    waits = [int(entry.rsplit("(", 1)[1].split()[1]) for entry in listed.splitlines()
             if entry.endswith("days)") or entry.endswith("jours)")]
    assert 3 in waits and waits == sorted(waits)  # the soonest first
    assert "Louise" not in listed  # past this month
    assert not [b for b in at.button if str(b.key).endswith("r:soon")]  # nothing to do yet


def test_followups_page_moves_anything_in_progress_on(demo: SqliteStore) -> None:
    at = page("followups", "fr")
    # Everything under way, one whole line each (name · day · status), the first chosen
    assert [w.label for w in at.main.radio] == ["Faire avancer", "Voir l'historique de"]
    assert at.main.radio[0].options == [
        md(" · ".join((o.what, day(o.since, "fr"), status_word(o.status, "fr"))))
        for o in ongoing(demo, "fr")]
    assert at.main.radio[0].value == ongoing(demo, "fr")[0].record
    assert len(at.dataframe) == 1  # the record's history (a table said the list again)
    [introduced] = [o for o in ongoing(demo) if o.status == "introduced"]

    def box(label: str) -> Any:  # the boxes are new after each write: found by their label
        [found] = [w for w in (*at.radio, *at.selectbox, *at.text_input) if w.label == label]
        return found
    box("Faire avancer").set_value(introduced.record).run()
    assert box("Nouvelle étape").options == ["rencontre faite", "n'a pas abouti"]
    # No step until she picks one (a click alone recorded the first): the button waits
    assert box("Nouvelle étape").value is None and at.button(key="move_do").disabled
    box("Nouvelle étape").set_value("met")
    box("Ce qui s'est passé (facultatif)").set_value("Café à la Joliette").run()
    at.button(key="move_do").click().run()
    assert not at.exception
    assert [(e.status, e.note) for e in demo.events(introduced.record)][-1] == (
        "met", "Café à la Joliette")
    assert at.success[0].value.endswith("→ rencontre faite ✓ Brigitte Amrani compte désormais "
                                        "parmi vos contacts (dernier contact : aujourd'hui).")
    # The box still shows the same request, with its new status and next steps; the note
    # is not left for the next step.
    assert box("Faire avancer").value == introduced.record
    [label] = [o for o in box("Faire avancer").options if o.startswith("Mehdi Haddad →")]
    assert label.startswith("Mehdi Haddad → Brigitte Amrani · ")  # then its day
    assert label.endswith(" 2026 · rencontre faite"), label
    assert box("Nouvelle étape").options == ["réussie", "n'a pas abouti"]
    assert box("Ce qui s'est passé (facultatif)").value == ""
    # Its history: each step, dated, with what happened.
    history = at.dataframe[0].value
    assert list(history.columns) == ["Date", "Étape", "Ce qui s'est passé"]
    assert list(history["Étape"])[-1] == "rencontre faite"
    assert list(history["Ce qui s'est passé"])[-1] == "Café à la Joliette"
    # Closed, it leaves the box empty (never another record by surprise) and is listed
    # with the closed ones, its history one choice away.
    box("Nouvelle étape").set_value("won").run()
    at.button(key="move_do").click().run()
    assert box("Faire avancer").value is None
    assert [w.label for w in at.main.radio] == ["Faire avancer", "Voir l'historique de"]
    assert "Mehdi Haddad → Brigitte Amrani · réussie" in box("Voir l'historique de").options
    box("Voir l'historique de").set_value(introduced.record).run()
    assert list(at.dataframe[-1].value["Étape"])[-2:] == ["rencontre faite", "réussie"]


def test_a_long_list_of_records_under_way_is_a_drop_down_that_can_be_searched(
        demo: SqliteStore) -> None:
    """A radio reads each line whole on a phone, but past a dozen lines (a busy year) the
    list is a drop-down: it can be searched; its labels are plain text, its hint French."""
    people = [p.id for p in demo.dump().people if p.id != "p:isabelle-prigent"][:RADIO_MOST]
    demo.save(GraphData(referrals=[
        Referral(f"r:busy-{n}", "p:noemie-fabre", pid, "p:isabelle-prigent", date="2026-10-01")
        for n, pid in enumerate(people) if pid != "p:noemie-fabre"]))
    at = page("followups", "fr")
    assert not at.exception
    [moving] = [w for w in at.selectbox if w.label == "Faire avancer"]
    assert len(moving.options) > RADIO_MOST and not any("\\" in o for o in moving.options)
    assert moving.placeholder == "Choisissez (tapez pour chercher)"
    assert "Faire avancer" not in [w.label for w in at.radio]


def test_import_errors_speak_the_users_language(db_path: Path) -> None:
    at = page("import_page", "fr")  # an empty notebook: nobody to import for yet
    at.file_uploader(key="upload").set_value(
        ("Connections.csv", (DATA / "Connections.csv").read_bytes(), "text/csv")).run()
    assert shown(at.error[0].value) == (
        "Import refusé, rien n'a été écrit : indiquez qui vous "
        "êtes (votre nom) : le premier import vous crée")
    at.text_input(key="import_me").set_value("Isabelle Prigent").run()
    assert not at.error
    assert shown(at.info[0].value) == (
        "Aperçu (LinkedIn) : 6 nouvelles personnes, 6 nouveaux liens")
    assert shown(at.caption[-2].value) == (
        "1 ligne ignorée : pas de nom (un membre qui masque ses informations) (ligne 8)")


def test_a_card_already_asked_says_where_it_stands_not_ask_again(demo: SqliteStore) -> None:
    """The demo asked Véronique about Solène 5 days ago (no answer yet): her card says so, and
    the next step, with no second ask. Claire declined to introduce Isabelle to Marc 22 days
    ago: that card is gone, and a line under the cards says where it went."""
    from datetime import date, timedelta

    from graph.core.formatting import day

    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "fr"
    at.query_params["company"] = "GME"
    at.run()
    assert not at.exception
    keys = [str(b.key) for b in at.button]
    assert "ask_p:veronique-bastide>p:solene-roux" not in keys
    assert "ask_p:claire-dumas>p:marc-aubert" not in keys
    assert any(k.startswith("ask_") for k in keys)  # the others still offer to ask

    def ago(days: int) -> str:
        return day(date.today() - timedelta(days=days), "fr")

    assert [shown(i.value) for i in at.info if "Demande envoyée" in i.value
            or "a refusé" in i.value] == [
        f"Demande envoyée à Véronique Bastide le {ago(5)}. Sans réponse, relance prévue le "
        f"{ago(-2)}."]
    assert [shown(c.value) for c in at.caption if "a refusé" in c.value] == [
        f"Claire Dumas a refusé le {ago(22)} de vous présenter à Marc Aubert : ce chemin "
        "n'est plus proposé."]


def test_people_page_lists_everyone_a_page_at_a_time_with_links(demo: SqliteStore) -> None:
    """The demo's 148 people besides Isabelle, 50 a page, searchable; each row links to
    the person's card (Explore centred on them)."""
    at = page("people", "fr")
    assert not at.exception
    table = at.dataframe[0]  # (the list comes first)
    assert len(table.value) == 50
    assert "Personnes 1 à 50 sur 148" in [c.value for c in at.caption]
    at.number_input(key="list_page").set_value(3).run()
    table = at.dataframe[0]  # (the list comes first)
    assert len(table.value) == 48
    assert "Personnes 101 à 148 sur 148" in [c.value for c in at.caption]
    at.text_input(key="list_q").set_value("veronique").run()  # (accents ignored; page 1)
    table = at.dataframe[0]  # (the list comes first)
    [row] = table.value.to_dict("records")
    assert row == {"name": "Véronique Bastide",
                   "works": "Journalist chez Provence Médias",  # (the demo loaded in English)
                   "ties": row["ties"], "source": "saisie",
                   "card": "explore?focus=p%3Averonique-bastide&lang=fr"}
    assert int(row["ties"]) > 1
    assert "1 personne" in [c.value for c in at.caption]
    at.text_input(key="list_q").set_value("").run()
    at.selectbox(key="list_source").set_value("referral").run()
    table = at.dataframe[0]  # (the list comes first)
    assert set(table.value["source"]) == {"recommandation"}
    at.text_input(key="list_q").set_value("zzz").run()
    assert "Personne ne correspond à « zzz »." in [c.value for c in at.caption]


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "Demandes : 1 · portes ouvertes : 1 · refus : 0 · en attente : 0 · répond le jour "
           "même en médiane"),
    ("en", "Asks: 1 · doors opened: 1 · declined: 0 · pending: 0 · answers the same day "
           "(median)")])
def test_a_card_says_a_same_day_answer_in_words(demo: SqliteStore, lang: str,
                                                said: str) -> None:
    """Julien Martin answered Isabelle's ask the day she sent it: his card read « répond en
    0 jour en médiane »."""
    at = page("explore", lang)
    at.selectbox(key="focus_pick_None").set_value("p:julien-martin").run()
    assert not at.exception
    assert said in [m.value for m in at.markdown]


def test_a_card_of_someone_with_a_namesake_says_which_one(demo: SqliteStore) -> None:
    """Two Julien Martin in the demo: the card was headed "Julien Martin", which of the two
    said nowhere above its tables."""
    at = page("explore", "fr")
    at.selectbox(key="focus_pick_None").set_value("p:julien-martin").run()
    assert "### Julien Martin (Bonne Mère Studio)" in [shown(m.value) for m in at.markdown]


def test_deleting_one_of_two_namesakes_says_which_one(demo: SqliteStore) -> None:
    """Two Julien Martin: « Je confirme : supprimer Julien Martin, ses liens et son
    historique » did not say which one was about to go, nor which one went."""
    at = page("people", "fr")
    at.text_input(key="edit_person_q").set_value("julien martin").run()
    pick = at.radio(key="edit_person_pick")
    pick.set_value(demo.get_person("p:julien-martin-17")).run()
    sure = at.checkbox(key="delete_sure")
    assert shown(sure.label) == ("Je confirme : supprimer Julien Martin (Banque du Lacydon), "
                                 "ses liens et son historique.")
    sure.check().run()
    at.button(key="delete_person").click().run()
    assert not at.exception
    assert shown(at.success[0].value) == "Julien Martin (Banque du Lacydon) : fiche supprimée."
    assert [p.id for p in demo.search_people("julien martin")] == ["p:julien-martin"]


def test_an_import_done_says_where_to_go_next(demo: SqliteStore) -> None:
    """Once imported (and no duplicate to settle), the page ended on « Aucun doublon à
    examiner. »: it now points to the network just filled and to the warm paths."""
    at = page("import_page", "fr")
    at.file_uploader(key="upload").set_value(
        ("Connections.csv", (DATA / "Connections.csv").read_bytes(), "text/csv")).run()
    links = [e.proto for e in at.main if getattr(e, "type", "") == "page_link"]
    assert links == []  # (a preview writes nothing: nothing new to see yet)
    at.button(key="do_import").click().run()
    links = [e.proto for e in at.main if getattr(e, "type", "") == "page_link"]
    assert [(link.label, link.page) for link in links] == [
        ("Voir qui connaît qui", "explore"), ("Chercher qui peut vous présenter", "")]


def test_the_boxes_for_a_name_take_no_more_than_a_name(demo: SqliteStore) -> None:
    """A name of thousands of characters (a paste gone wrong) filled screens of a card."""
    at = page("referral", "fr")
    assert [at.text_input(key=k).max_chars for k in ("referrer_q", "referee_q", "ref_company_q")
            ] == [MAX_NAME_CHARS] * 3
