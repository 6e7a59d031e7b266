"""In Chromium, on both stores: an intro request closed from every open step on the
follow-ups page, and a person's job corrected on the People page, in French and English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from graph.core.model import GraphData, IntroRequest
from tests.browser import clipped_text, demo_store, run_over, streamlit_server
from tests.test_browser import browser, open_page, shot  # noqa: F401  (the browser fixture)

pytestmark = pytest.mark.browser
TEN_DAYS_AGO = (date.today() - timedelta(days=10)).isoformat()


@pytest.fixture(params=["sqlite", "neo4j"])
def demo_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The French demo, with an ask to Noémie left unanswered for ten days and a draft to
    her never sent, on a fresh SQLite file or on the live Neo4j test server."""
    store, db, neo4j = demo_store(request, tmp_path)
    store.save(GraphData(intros=[
        IntroRequest("i:silent", "p:isabelle-prigent", "p:noemie-fabre", "p:karim-benali",
                     None, "asked", TEN_DAYS_AGO, TEN_DAYS_AGO),
        IntroRequest("i:draft", "p:isabelle-prigent", "p:noemie-fabre", "p:lea-gauthier",
                     None, "draft", None, TEN_DAYS_AGO)]))
    store.close()
    with streamlit_server(db, neo4j=neo4j, logs=tmp_path) as url:
        yield url


def test_an_ask_nobody_answered_and_a_draft_are_closed_from_the_followups_page(
        browser: Browser, demo_url: str) -> None:  # noqa: F811
    page = open_page(browser, f"{demo_url}/followups", "fr-FR")
    expect(page.get_by_role("heading", name="En cours")).to_be_visible(timeout=20_000)
    expect(page.get_by_role("button", name="Pas de réponse : clore")).to_be_visible()
    shot(page, "followups-closing-fr")
    page.get_by_role("button", name="Pas de réponse : clore").click()
    expect(page.get_by_text("Pas de réponse : clore ✓")).to_be_visible(timeout=20_000)
    # The draft never sent: deleted from what is under way
    run_over(page)
    page.get_by_role("radiogroup", name="Faire avancer").get_by_text(
        re.compile(r"^Noémie Fabre → Léa Gauthier · ")).click()
    run_over(page)
    step = page.get_by_role("combobox", name="Nouvelle étape")
    option = page.get_by_role("option", name="brouillon supprimé")
    for _ in range(3):  # (the drop-down, drawn again by a late rerun, may close at first)
        step.click()
        step.press("ArrowDown")  # (Streamlit 1.67's drop-down opens from the keyboard here)
        try:
            option.wait_for(timeout=5_000)
            break
        except PlaywrightTimeout:
            run_over(page)
    option.click()
    page.get_by_role("button", name="Enregistrer l'étape").click()
    expect(page.get_by_text("Noémie Fabre → Léa Gauthier → brouillon supprimé ✓")
           ).to_be_visible(timeout=20_000)
    expect(page.get_by_role("radio", name=re.compile(r"^Noémie Fabre → Léa Gauthier"))
           ).to_have_count(0)
    # What is closed says the ask went unanswered, not that it was declined
    expect(page.get_by_role("radio", name="Noémie Fabre → Karim Benali · restée sans réponse")
           ).to_be_visible()
    assert clipped_text(page) == []
    shot(page, "followups-closed-fr")
    page = open_page(browser, f"{demo_url}/followups?lang=en", "en-GB")
    expect(page.get_by_role("radio", name="Noémie Fabre → Karim Benali · unanswered")
           ).to_be_visible(timeout=20_000)
    expect(page.get_by_role("radio", name=re.compile(r"· dropped by you$"))).to_have_count(1)
    page.get_by_text("Noémie Fabre → Karim Benali · unanswered").scroll_into_view_if_needed()
    shot(page, "followups-closed-en")


@pytest.mark.parametrize(("locale", "words"), [
    ("fr-FR", {"title": "Intitulé du poste", "ended": "A changé de poste : le garder comme "
               "poste passé", "save": "Enregistrer le poste",
               "saved": "Poste enregistré : Directrice de la communication chez Groupe "
                        "Méditerranée Énergie."}),
    ("en-GB", {"title": "Job title", "ended": "Changed jobs: keep it as a past job",
               "save": "Save the job",
               "saved": "Job saved: Directrice de la communication at Groupe Méditerranée "
                        "Énergie."})])
def test_a_job_is_changed_on_the_people_page(browser: Browser, demo_url: str,  # noqa: F811
                                             locale: str, words: dict[str, str]) -> None:
    lang = locale[:2]
    page = open_page(browser, f"{demo_url}/people?edit=p:solene-roux&lang={lang}", locale)
    title = page.get_by_role("textbox", name=words["title"])
    expect(title).to_have_value("Responsable communication interne", timeout=20_000)
    expect(page.get_by_role("button", name=words["save"])).to_be_disabled()
    title.fill("Directrice de la communication")
    title.press("Enter")
    run_over(page)
    expect(page.get_by_role("button", name=words["save"])).to_be_disabled()  # (hers to say)
    page.get_by_text(words["ended"]).click()
    run_over(page)
    assert clipped_text(page) == []
    shot(page, f"people-job-{lang}")
    page.get_by_role("button", name=words["save"]).click()
    expect(page.get_by_text(words["saved"])).to_be_visible(timeout=20_000)
    expect(title).to_have_value("Directrice de la communication")
