"""The app's pages, run by Streamlit's AppTest (no browser): texts, forms, errors."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).parents[1] / "streamlit_app.py")


def start(lang: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    if lang:
        at.query_params["lang"] = lang
    return at.run()


def test_empty_store_offers_the_demo_and_loads_it(db_path: Path) -> None:
    at = start()
    assert not at.exception
    assert "Your notebook is empty" in at.info[0].value
    at.button(key="load_demo").click().run()
    assert not at.exception
    assert at.success[0].value == "Demo network loaded: 149 people, 40 companies."
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"People": "149", "Companies": "40", "Ties": "544", "Referrals": "5",
                       "Intro requests": "4"}
    assert any("You: Isabelle Prigent" in m.value for m in at.markdown)


def test_french_from_the_link_and_from_the_sidebar(db_path: Path) -> None:
    at = start("fr")
    assert at.button(key="load_demo").label == "Charger le réseau de démonstration"
    english = start()
    english.selectbox(key="lang_picker").set_value("fr").run()
    assert english.button(key="load_demo").label == "Charger le réseau de démonstration"
    english.selectbox(key="lang_picker").set_value("en").run()
    assert english.button(key="load_demo").label == "Load the demo network"


def test_demo_loaded_in_french_speaks_french(db_path: Path) -> None:
    at = start("fr")
    at.button(key="load_demo").click().run()
    assert at.success[0].value.startswith("Réseau de démonstration chargé")
    assert {m.label for m in at.metric} >= {"Personnes", "Entreprises", "Liens"}


def test_unusable_store_shows_one_message_in_the_users_language(
        db_path: Path) -> None:
    db_path.write_bytes(b"not a database" * 100)
    at = start("fr")
    assert not at.exception
    assert at.error[0].value.startswith("Impossible d'ouvrir la base de données.")
    assert "not a usable Carnet database" in at.error[0].value
    assert start().error[0].value.startswith("Cannot open the database.")
