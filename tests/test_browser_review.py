"""End to end in Chromium, on each store: the People page's possible duplicates show, for each
record of a pair, what tells it from the other (a bare new "Julien Martin" beside the demo's
graphic designer was two names and nothing to decide on)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, expect

from graph.core.model import GraphData, Knows, Person
from tests.browser import ARTIFACTS, clipped_text, demo_store, streamlit_server
from tests.test_browser import browser  # noqa: F401  (the browser fixture)

pytestmark = pytest.mark.browser
NEW = "p:julien-martin-carte"


@pytest.fixture(params=["sqlite", "neo4j"])
def with_a_twin(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The app on the French demo plus a bare Julien Martin from Isabelle's phone (an e-mail,
    a phone number, one tie): a likely duplicate of the demo's two."""
    store, db, neo4j = demo_store(request, tmp_path)
    store.save(GraphData(
        people=[Person(NEW, "Julien Martin", emails=("julien.martin@gmail.com",),
                       phones=("+33 6 98 76 54 32",))],
        knows=[Knows("p:isabelle-prigent", NEW, source="vcard")]))
    store.close()
    with streamlit_server(db, neo4j=neo4j, logs=tmp_path) as url:
        yield request.param, url


def pair(page_root: Locator, other: str) -> Locator:
    """The review of the demo's Julien Martin ``other`` and the new one."""
    return page_root.locator("[class*=st-key-review_]").filter(has_text=other)


def test_each_side_of_a_possible_duplicate_says_what_tells_it_apart(
        browser: Browser, with_a_twin: tuple[str, str]) -> None:  # noqa: F811
    kind, url = with_a_twin
    page = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844}).new_page()
    page.goto(f"{url}/people")
    review = pair(page.locator("body"), "Graphiste chez Banque du Lacydon")
    expect(review).to_have_count(1, timeout=30_000)
    review.scroll_into_view_if_needed()
    for text in ("Graphiste chez Banque du Lacydon", "poste inconnu",
                 "julien.martin@gmail.com · 06 98 76 54 32",  # (a French number grouped)
                 "vient de : carte de visite (vCard) · 1 lien", "dernier contact : jamais",
                 "même nom (déjà dans le carnet)"):
        expect(review.get_by_text(text)).to_be_visible()
    expect(review.get_by_text("Julien Martin", exact=True)).to_have_count(2)
    expect(review.get_by_text("ajouté·e le")).to_have_count(2)  # the same lines on each side
    expect(review.get_by_role("button", name="Fusionner")).to_be_visible()
    assert clipped_text(page) == []
    review.screenshot(path=shot_path(f"review-sides-phone-fr-{kind}"))

    page = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900}
                               ).new_page()
    page.goto(f"{url}/people")
    review = pair(page.locator("body"), "Photographe at Bonne Mère Studio")
    expect(review).to_have_count(1, timeout=30_000)
    for text in ("no job on record", "from: contact card (vCard) · 1 tie",
                 "last contact: never", "same name (already in the notebook)"):
        expect(review.get_by_text(text)).to_be_visible()
    expect(review.get_by_text("vient de")).to_have_count(0)
    assert clipped_text(page) == []
    review.screenshot(path=shot_path(f"review-sides-en-{kind}"))


def shot_path(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / f"{name}.png"
