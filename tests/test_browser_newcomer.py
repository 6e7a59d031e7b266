"""End to end in Chromium, as a newcomer reads the app (on a phone too): whole labels where she
has to choose between namesakes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, ViewportSize, expect

from graph.services.demo import load_demo
from graph.stores.sqlite_store import SqliteStore
from tests.browser import clipped_text, streamlit_server
from tests.test_browser import browser, shot  # noqa: F401  (the browser fixture)

pytestmark = pytest.mark.browser
PHONE: ViewportSize = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on the French demo (a SQLite file: what is checked here is the page)."""
    folder = tmp_path_factory.mktemp("newcomer")
    store = SqliteStore(folder / "carnet.db")
    load_demo(store, "fr")
    store.close()
    with streamlit_server(folder / "carnet.db", logs=folder) as url:
        yield url


def test_namesakes_are_offered_whole_on_a_phone(browser: Browser,  # noqa: F811
                                                demo_url: str) -> None:
    """Two Julien Martin: they differ only at the end of their labels (title and company),
    which a closed drop-down cut off on a phone. Each label is read whole, chosen by a tap."""
    page = browser.new_context(locale="fr-FR", viewport=PHONE).new_page()
    page.goto(f"{demo_url}/referral")
    box = page.get_by_role("textbox", name="Qui contacter ?")
    box.fill("Julien Martin")
    box.press("Enter")
    chosen = page.get_by_text("Julien Martin, Graphiste chez Banque du Lacydon", exact=True)
    expect(chosen).to_be_visible(timeout=20_000)
    expect(page.get_by_text("Julien Martin, Photographe chez Bonne Mère Studio", exact=True)
           ).to_be_visible()
    chosen.click()
    expect(page.get_by_role("radio", name="Julien Martin, Graphiste chez Banque du Lacydon")
           ).to_be_checked(timeout=20_000)
    assert clipped_text(page) == []
    shot(page, "referral-namesakes-phone-fr")
