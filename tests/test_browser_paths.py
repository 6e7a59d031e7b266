"""End to end in Chromium, on the demo: the Warm paths page gives advice a person would
follow — never an intro to someone she knows, never a path through one of her contacts —
and says whom to re-warm first."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import run_over
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
