"""End to end: `streamlit run` on a temporary store, driven by Chromium through Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, streamlit_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    with streamlit_server(tmp_path / "carnet.db") as url:
        yield url


def open_page(browser: Browser, url: str, locale: str) -> Page:
    context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url)
    return page


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def test_french_browser_loads_the_demo_then_switches_to_english(
        browser: Browser, app_url: str) -> None:
    page = open_page(browser, app_url, "fr-FR")
    expect(page.get_by_text("Votre carnet est vide")).to_be_visible(timeout=20_000)
    page.get_by_role("button", name="Charger le réseau de démonstration").click()
    expect(page.get_by_text("Réseau de démonstration chargé : 149 personnes")).to_be_visible(
        timeout=20_000)
    expect(page.get_by_text("Qui peut vous présenter ?")).to_be_visible()

    page.get_by_role("textbox", name="Entreprise").fill("mediterranee energie")
    page.get_by_role("textbox", name="Entreprise").press("Enter")
    first = page.get_by_test_id("stVerticalBlock").filter(has_text="1.").get_by_text(
        "Claire Dumas").first
    expect(first).to_be_visible(timeout=20_000)
    expect(page.get_by_text("Demandez à Véronique Bastide de vous présenter à Solène Roux"
                            )).to_be_visible()
    shot(page, "paths-fr")

    page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").click()
    page.get_by_role("option", name="English").click()
    expect(page.get_by_text("Who can introduce you?")).to_be_visible(timeout=20_000)
    expect(page.get_by_text("Ask Véronique Bastide to introduce you to Solène Roux")
           ).to_be_visible(timeout=20_000)
    page.get_by_test_id("stSidebarNav").get_by_text("Home").click()
    expect(page.get_by_test_id("stMetric").first).to_contain_text("People149", timeout=20_000)
    shot(page, "home-en")


def test_english_browser_gets_english(browser: Browser, app_url: str) -> None:
    page = open_page(browser, app_url, "en-GB")
    expect(page.get_by_role("button", name="Load the demo network")).to_be_visible(
        timeout=20_000)


def test_carnet_serve_starts_the_app_on_localhost(browser: Browser, tmp_path: Path) -> None:
    """The README's run command ends in `carnet serve`: it answers on 127.0.0.1."""
    with streamlit_server(tmp_path / "served.db", via_cli=True) as url:
        assert url.startswith("http://127.0.0.1:")
        page = open_page(browser, url, "fr-FR")
        expect(page.get_by_text("Votre carnet est vide")).to_be_visible(timeout=20_000)
