"""End to end in Chromium, on the demo: the Warm paths page gives advice a person would
follow — never an intro to someone she knows, never a path through one of her contacts —
and says whom to re-warm first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Page, expect

from graph.stores.neo4j_store import Neo4jStore
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from tests.browser import run_over, streamlit_server
from tests.conftest import wipe_neo4j
from tests.test_browser import browser, open_page, shot  # noqa: F401  (the browser fixture)
from tests.test_browser_pages import demo_url  # noqa: F401  (the demo server fixture)

pytestmark = pytest.mark.browser


def search(browser: Browser, url: str, company: str) -> Page:  # noqa: F811
    page = open_page(browser, f"{url}/?company={quote(company)}", "fr-FR")
    expect(page.get_by_text("Qui peut vous présenter ?")).to_be_visible(timeout=20_000)
    expect(page.get_by_role("heading", name="À qui demander une présentation")).to_be_visible(
        timeout=20_000)
    # (the cards below the heading are still being sent: read them once the run is over)
    run_over(page)
    return page


def cards_text(page: Page) -> str:
    return " ".join(page.get_by_test_id("stMarkdownContainer").all_inner_texts())


def test_the_demo_searches_give_advice_a_person_would_follow(
        browser: Browser, demo_url: str) -> None:  # noqa: F811
    # La Canebière Coworking: Noémie is a contact there, never the target of someone's intro.
    page = search(browser, demo_url, "La Canebière Coworking")
    expect(page.get_by_role("heading", name="Vous y connaissez déjà du monde")).to_be_visible()
    text = cards_text(page)
    assert "Noémie Fabre" in text
    assert "de vous présenter à Noémie Fabre" not in text
    shot(page, "paths-canebiere-fr")

    # Phocée Logistique: no path runs through Noémie (or any of her contacts) to Karim.
    page = search(browser, demo_url, "Phocée Logistique")
    text = cards_text(page)
    assert "Demandez à Noémie Fabre de vous présenter à Karim Benali" in text
    for contact in ("Noémie Fabre", "Élodie Roussel"):
        assert f"→ {contact} →" not in text.replace("Isabelle Prigent → " + contact, "")

    # Digital (Calanques Digital): Thomas is a contact there, so no "ask Mehdi for Thomas".
    page = search(browser, demo_url, "Digital")
    text = cards_text(page)
    expect(page.get_by_role("heading", name="Vous y connaissez déjà du monde")).to_be_visible()
    assert "Thomas Giraud" in text
    assert "de vous présenter à Thomas Giraud" not in text
    shot(page, "paths-digital-fr")


def test_rewarm_first_on_the_card_and_in_the_list(
        browser: Browser, demo_url: str) -> None:  # noqa: F811
    page = search(browser, demo_url, "Groupe Méditerranée Énergie")
    expect(page.get_by_role("heading", name="Avec qui reprendre contact ce mois-ci")
           ).to_be_visible(timeout=20_000)
    expect(page.get_by_text("1. 🔥 Pierre Castagnet")).to_be_visible()
    page.get_by_text("Message pour reprendre contact avec Pierre Castagnet").first.click()
    draft = page.get_by_role("textbox", name="Brouillon (modifiable, à copier dans votre "
                                             "messagerie)").first
    expect(draft).to_have_value(re.compile(r"^Bonjour Pierre,\n\nCela fait 7 ans"))
    page.get_by_role("button", name="☆ Ajouter Groupe Méditerranée Énergie à mes cibles").click()
    expect(page.get_by_text("★ Groupe Méditerranée Énergie est dans vos cibles")).to_be_visible(
        timeout=20_000)
    shot(page, "paths-rewarm-fr")


def test_the_intro_draft_box_fits_its_text(
        browser: Browser, demo_url: str) -> None:  # noqa: F811
    """The message box is as tall as its text needs at a laptop's width: no scrolling
    inside it, and not a screen of empty lines under it (it was twice its text)."""
    page = search(browser, demo_url, "Groupe Méditerranée Énergie")
    page.get_by_role("button", name="Demander une mise en relation").first.click()
    for label in ("Message à", "Petit mot à transférer"):
        box = page.get_by_role("textbox", name=re.compile(f"^{label}")).first
        expect(box).to_be_visible(timeout=20_000)
        shown, needed = box.evaluate("""e => {
            const shown = e.clientHeight, height = e.style.height;
            e.style.height = '0px';
            const needed = e.scrollHeight;
            e.style.height = height;
            return [shown, needed];
        }""")
        assert needed <= shown <= needed + 60, (label, shown, needed)
    shot(page, "paths-ask-draft-fr")


@pytest.fixture(params=["sqlite", "neo4j"])
def barely_known_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The app on ``test_paths_warmer``'s network (the demo has no contact at a company
    whom Isabelle barely knows and a friend knows better), on SQLite or the live Neo4j."""
    from tests.test_paths_warmer import barely_known_network

    neo4j: dict[str, str] = {}
    if request.param == "neo4j":
        server = request.getfixturevalue("neo4j_server")
        wipe_neo4j(server)
        store: GraphStore = Neo4jStore(server.uri, server.username, server.password)
        db, neo4j = server.uri, server.env()
    else:
        db = str(tmp_path / "carnet.db")
        store = SqliteStore(db)
    store.save(barely_known_network())
    store.close()
    with streamlit_server(db, neo4j=neo4j, logs=tmp_path) as url:
        yield url


def test_a_contact_barely_known_advises_a_warmer_friend_and_asks_her(
        browser: Browser, barely_known_url: str) -> None:  # noqa: F811
    """Solène Roux is in Isabelle's contact list (18 %); Véronique knows her well: Solène's
    card advises Véronique first, with the ask's drafts; once the ask is recorded, the card
    says the introduction is under way instead."""
    page = open_page(browser, f"{barely_known_url}/?company=Compagnie", "fr-FR")
    expect(page.get_by_role("heading", name="Vous y connaissez déjà du monde")).to_be_visible(
        timeout=20_000)
    run_over(page)
    solene = page.locator(".st-key-intro_3")
    expect(solene.get_by_text("Solène Roux", exact=True)).to_be_visible()
    advice = solene.get_by_test_id("stAlert")
    expect(advice).to_contain_text(re.compile(
        r"Vous connaissez peu Solène Roux \(18\s%\) : par Véronique Bastide, le chemin est "
        r"plus chaud \(\d\d\s%\)\. Demandez-lui de préparer le terrain avant de contacter "
        r"Solène Roux\."))
    assert page.get_by_test_id("stAlert").count() == 1  # (Hugo: warm; Zoé: a friend; Tom: none)
    shot(page, "paths-barely-known-fr")
    solene.get_by_role("button", name="Demander une mise en relation").click()
    draft = solene.get_by_role("textbox", name="Message à Véronique Bastide (modifiable)")
    expect(draft).to_have_value(re.compile(r"^Bonjour Véronique,"), timeout=20_000)
    solene.get_by_role("button", name="C'est envoyé : noter la demande").click()
    expect(page.get_by_text("Présentation en cours : vous avez demandé à Véronique Bastide de "
                            "vous présenter à Solène Roux")).to_be_visible(timeout=20_000)
    expect(page.get_by_text("Vous connaissez peu Solène Roux")).to_have_count(0)
