"""The app's pages, run by Streamlit's AppTest (no browser): texts, forms, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.core.model import Company, GraphData, Job, Knows, Person
from graph.services.demo import load_demo
from graph.services.warmpaths import find_paths
from graph.stores.sqlite_store import SqliteStore
from tests.markdown import shown
from tests.neo4j_server import Neo4jServer

APP = str(Path(__file__).parents[1] / "streamlit_app.py")


def start(lang: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    if lang:
        at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


@pytest.fixture
def demo(db_path: Path) -> SqliteStore:
    store = SqliteStore(db_path)
    load_demo(store, "en")
    return store


def test_empty_store_offers_the_demo_and_loads_it(db_path: Path) -> None:
    at = start()
    assert not at.exception
    assert "Your notebook is empty" in at.info[0].value
    at.button(key="load_demo").click().run()
    assert not at.exception
    assert at.success[0].value == "Demo network loaded: 149 people, 40 companies."
    at.switch_page("app/home.py").run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"People": "149", "Companies": "40", "Ties": "545", "Referrals": "5",
                       "Intro requests": "4"}
    assert any("You: Isabelle Prigent" in m.value.replace("\\", "") for m in at.markdown)


def test_french_from_the_link_and_from_the_sidebar(db_path: Path) -> None:
    at = start("fr")
    assert at.button(key="load_demo").label == "Charger le réseau de démonstration"
    english = start()
    english.selectbox(key="lang_picker").set_value("fr").run()
    assert english.button(key="load_demo").label == "Charger le réseau de démonstration"
    english.selectbox(key="lang_picker").set_value("en").run()
    assert english.button(key="load_demo").label == "Load the demo network"
    assert english.selectbox(key="lang_picker").label == "Language"  # the picker's own too
    english.selectbox(key="lang_picker").set_value("fr").run()
    assert english.selectbox(key="lang_picker").label == "Langue"
    assert "(149 personnes fictives" in english.info[0].value  # what the demo loads
    # Not the browser's language: the address keeps it, so a reload or a link speaks it too
    assert english.query_params["lang"] == "fr"
    assert "lang" not in start().query_params  # (the browser's own: the address is left alone)


def test_home_comes_first_and_people_opens_on_the_list_then_a_hint(demo: SqliteStore) -> None:
    at = start("fr")
    at.switch_page("app/people.py").run()
    assert at.caption[0].value.startswith("Personnes 1 à 50 sur ")  # everyone, a page a time
    assert at.caption[1].value.startswith("Tapez le nom de quelqu'un pour retrouver sa fiche")
    assert at.text_input(key="edit_person_q").placeholder == "Tapez un nom, puis Entrée"
    nav = Path(APP).read_text()
    assert nav.index('"home.py"') < nav.index('"paths.py"') < nav.index('"people.py"')


def test_demo_loaded_in_french_speaks_french(db_path: Path) -> None:
    at = start("fr")
    at.button(key="load_demo").click().run()
    assert at.success[0].value.startswith("Réseau de démonstration chargé")
    at.switch_page("app/home.py").run()
    assert {m.label for m in at.metric} >= {"Personnes", "Entreprises", "Liens"}


def test_unusable_store_shows_one_message_in_the_users_language(db_path: Path) -> None:
    db_path.write_bytes(b"not a database" * 100)
    at = start("fr")
    assert not at.exception
    assert at.error[0].value.startswith("Impossible d'ouvrir la base de données.")
    assert shown(at.error[0].value).endswith("carnet.db : ce fichier n'est pas une base Carnet "
                                             "utilisable")
    assert start().error[0].value.startswith("Cannot open the database.")


def test_an_unreachable_neo4j_server_is_named_in_the_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARNET_DB", "bolt://127.0.0.1:1")
    at = start("fr")
    assert not at.exception
    assert shown(at.error[0].value) == (
        "Impossible d'ouvrir la base de données. "
        "bolt://127.0.0.1:1 : le serveur Neo4j ne répond pas (est-il démarré, et l'adresse "
        "est-elle juste ?)")


def test_a_wrong_password_on_a_live_neo4j_is_said_in_the_users_language(
        neo4j_server: Neo4jServer, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in neo4j_server.env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("CARNET_DB", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_USERNAME", "intruder")  # (failed logins of neo4j would lock it)
    at = start("fr")
    assert not at.exception
    assert shown(at.error[0].value) == (
        f"Impossible d'ouvrir la base de données. {neo4j_server.uri} : le serveur refuse "
        "l'identifiant ou le mot de passe (vérifiez NEO4J_USERNAME et NEO4J_PASSWORD)")


def card_titles(at: AppTest) -> list[str]:
    return [m.value.replace("\\", "") for m in at.markdown if m.value.startswith("**")]


def test_paths_page_shows_what_carnet_paths_computes(demo: SqliteStore) -> None:
    at = start()
    at.text_input(key="company_q").set_value("méditerranée énergie").run()
    assert not at.exception
    expected = find_paths(demo, "c:gme", lang="en")
    assert card_titles(at) == [
        f"**{i.target.name}**, {i.title} · :green-badge[direct contact]"
        for i in expected.direct] + [
        f"**{n}. {i.introducer.name}** → {i.target.name}, {i.title}"
        for n, i in enumerate(expected.asks, start=1)]
    assert at.query_params["company"] == "Groupe Méditerranée Énergie"


def test_paths_deep_link_with_role(demo: SqliteStore) -> None:
    at = start("fr", company="GME", role="communication")
    assert not at.exception
    assert at.text_input(key="role_q").value == "communication"
    expected = find_paths(demo, "GME", role="communication")
    assert [title.split("** → ")[1] for title in card_titles(at)] == [
        f"{i.target.name}, {i.title}" for i in expected.introductions]
    assert card_titles(at)[0] == ("**1. Véronique Bastide** → Solène Roux, Internal "
                                  "communications manager")


def test_paths_page_says_when_nothing_matches_in_french(demo: SqliteStore) -> None:
    at = start("fr", company="zzz")
    assert at.warning[0].value == "Aucune entreprise ne correspond à « zzz »."
    at = start("fr", company="GME", role="juriste")
    assert at.info[0].value == "Personne chez Groupe Méditerranée Énergie dans votre carnet " \
                               "pour le rôle « juriste »."


def test_typed_text_echoed_in_a_message_stays_plain_text(demo: SqliteStore) -> None:
    """Markdown the user typed is shown as typed, not rendered (no link, no emphasis)."""
    at = start("en", company="*Ma* [boîte](http://x.test) <b>")
    assert at.warning[0].value == r"No company matches '\*Ma\* \[boîte\]\(http\://x\.test\) \<b\>'."
    at = start("en", company="GME", role="_juriste_")
    assert at.info[0].value == ("No one at Groupe Méditerranée Énergie in your notebook for "
                                r"the role '\_juriste\_'.")


def test_several_matching_companies_offer_a_choice(demo: SqliteStore) -> None:
    at = start(company="mediterranee")
    pick = at.radio(key="company_pick")  # (each name whole on a phone)
    assert pick.options == ["Euroméditerranée Habitat", "Groupe Méditerranée Énergie"]
    pick.set_value(demo.get_company("c:gme")).run()
    assert not at.exception
    assert at.query_params["company"] == "Groupe Méditerranée Énergie"
    assert card_titles(at)


def test_user_text_is_shown_as_text_not_markdown(db_path: Path) -> None:
    store = SqliteStore(db_path)
    store.save(GraphData(
        members=["p:me"],
        people=[Person("p:me", "Me"), Person("p:x", "**Bold** [click](javascript:alert(1))"),
                Person("p:y", "<img src=x onerror=alert(1)>")],
        companies=[Company("c:z", "Zeta")],
        knows=[Knows("p:me", "p:x", 5), Knows("p:x", "p:y", 5)],
        jobs=[Job("p:y", "c:z", ":red[alarm] $x^2$")]))
    at = start(company="Zeta")
    assert not at.exception
    [raw] = [m.value for m in at.markdown if m.value.startswith("**")]
    assert "\\*\\*Bold\\*\\* \\[click\\]\\(javascript\\:alert\\(1\\)\\)" in raw
    assert "<img src=x onerror=alert(1)>" in card_titles(at)[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", ["paths", "explore", "people", "followups", "home",
                                  "referral"])
def test_no_page_of_an_empty_notebook_is_a_dead_end(db_path: Path, name: str,
                                                    lang: str) -> None:
    SqliteStore(db_path).close()
    at = start(lang).switch_page(f"app/{name}.py").run()
    assert not at.exception and not at.error
    links = [e.proto for e in at.main if getattr(e, "type", "") == "page_link"]
    assert [(link.page, link.label) for link in links] == [("import", {
        "fr": "Importer vos contacts (LinkedIn, vCard, Google, CSV…)",
        "en": "Import your contacts (LinkedIn, vCard, Google, CSV…)"}[lang])]
    assert at.button(key="load_demo").label == {
        "fr": "Charger le réseau de démonstration", "en": "Load the demo network"}[lang]
