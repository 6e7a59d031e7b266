"""End to end in Chromium: record a referral and see the paths change, import a LinkedIn file
and see the report, and hostile names rendered everywhere without running."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, expect

from graph.core.model import Company, GraphData, Job, Knows, Person, Referral
from graph.stores.sqlite_store import SqliteStore
from tests.browser import demo_store, streamlit_server
from tests.cli_helpers import run_process
from tests.test_browser import browser, open_page, shot  # noqa: F401  (the browser fixture)

pytestmark = pytest.mark.browser
DATA = Path(__file__).parent / "data"
HOSTILE = ["<img src=x onerror=alert(1)>", "<script>window.pwned=1</script>",
           "Marie href=javascript:alert(2) Durand"]
DRAFT_LABEL = "Brouillon (modifiable, à copier dans votre messagerie)"
PAGES = ["?company=Zeta", "explore", "referral", "followups", "import", "people", "notebook",
         "data"]


@pytest.fixture(params=["sqlite", "neo4j"])
def demo_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The app on the demo network, on a fresh SQLite file or on the live Neo4j test server."""
    store, db, neo4j = demo_store(request, tmp_path)
    store.close()
    with streamlit_server(db, neo4j=neo4j, logs=tmp_path) as url:
        yield url


def test_warm_paths_page_names_the_same_top_introducer_on_each_store(
        browser: Browser, demo_url: str, tmp_path: Path) -> None:  # noqa: F811
    expected = tmp_path / "expected.db"
    assert run_process("--db", expected, "demo").code == 0
    answer = run_process("--db", expected, "paths", "--to", "Groupe Méditerranée Énergie",
                         "--json")
    best = json.loads(answer.out)["introducers"][0]["introducer"]["name"]
    page = open_page(browser, f"{demo_url}/?company=Groupe%20M%C3%A9diterran%C3%A9e%20%C3%89nergie",
                     "fr-FR")
    expect(page.get_by_text("Qui peut vous présenter ?")).to_be_visible(timeout=20_000)
    first = page.get_by_test_id("stVerticalBlock").filter(has_text="1.").first
    expect(first.get_by_text(best).first).to_be_visible(timeout=20_000)


def test_a_referral_recorded_in_the_browser_changes_the_paths(browser: Browser,  # noqa: F811
                                                               demo_url: str) -> None:
    page = open_page(browser, f"{demo_url}/?company=Savonnerie%20Marius", "fr-FR")
    expect(page.get_by_text("Qui peut vous présenter ?")).to_be_visible(timeout=20_000)
    expect(page.get_by_test_id("stMarkdownContainer").filter(
        has_text="Jeanne Nouvelle")).to_have_count(0)

    page.goto(f"{demo_url}/referral")
    fill(page, "Qui vous l'a suggéré ?", "Noémie Fabre")
    fill(page, "Qui contacter ?", "Jeanne Nouvelle")
    fill(page, "Son entreprise (facultatif)", "Savonnerie Marius")
    fill(page, "Rôle ou équipe", "Responsable RH")
    page.get_by_role("textbox", name="Contexte, dans ses mots").fill("« elle recrute »")
    page.get_by_text("Propose de préparer le terrain").click()
    page.get_by_role("button", name="Enregistrer la recommandation").click()
    expect(page.get_by_text("Recommandation enregistrée : Noémie Fabre vous suggère Jeanne "
                            "Nouvelle.")).to_be_visible(timeout=20_000)
    expect(page.get_by_role("textbox", name="Qui contacter ?")).to_have_value("")  # cleared
    # She offered to prepare the ground: a word to her first, then the first message.
    expect(page.get_by_role("textbox", name=DRAFT_LABEL)).to_have_value(re.compile(
        r"^Bonjour Noémie,\n\nMerci encore de m'avoir parlé de Jeanne Nouvelle\."))
    page.get_by_text("Message à Jeanne Nouvelle").click()
    expect(page.get_by_role("textbox", name=DRAFT_LABEL).nth(1)).to_have_value(re.compile(
        r"^Bonjour Jeanne,\n\nNoémie Fabre m'a conseillé de vous contacter\."))
    shot(page, "referral-fr")

    page.get_by_role("link", name="Voir les chemins vers Savonnerie Marius").click()
    first = page.get_by_test_id("stVerticalBlock").filter(has_text="1.").first
    expect(first.get_by_text("Noémie Fabre").first).to_be_visible(timeout=20_000)
    expect(page.get_by_text("Jeanne Nouvelle, Responsable RH").first).to_be_visible()
    shot(page, "paths-after-referral-fr")


def test_followups_in_the_browser_draft_a_message_and_move_things_on(
        browser: Browser, demo_url: str) -> None:  # noqa: F811
    page = open_page(browser, f"{demo_url}/followups", "fr-FR")
    expect(page.get_by_role("heading", name="En cours")).to_be_visible(timeout=20_000)
    # A to-do's buttons side by side, as a person expects (not spread over the box's width).
    meeting = page.get_by_role("button", name="Rendez-vous pris").bounding_box()
    dropped = page.get_by_role("button", name="Abandonner").bounding_box()
    assert meeting is not None and dropped is not None
    assert dropped["y"] == meeting["y"]
    assert 0 < dropped["x"] - (meeting["x"] + meeting["width"]) <= 16
    page.get_by_text("Message à Julien Martin").click()
    expect(page.get_by_role("textbox", name=DRAFT_LABEL).first).to_have_value(
        re.compile(r"^Bonjour Julien,\n\nUn petit mot pour te remercier"))
    page.get_by_role("textbox", name="Ce qui s'est passé (facultatif)").fill("Appel prévu mardi")
    # (no step chosen, no step recorded: the button waits for one)
    expect(page.get_by_role("button", name="Enregistrer l'étape")).to_be_disabled()
    step = page.get_by_role("combobox", name="Nouvelle étape")
    step.click()
    step.press("ArrowDown")  # (Streamlit 1.67's drop-down opens from the keyboard here)
    page.get_by_role("option", name="renseignements pris").click()
    page.get_by_role("button", name="Enregistrer l'étape").click()  # Karim: researched
    expect(page.get_by_text("Karim Benali (suggestion de Noémie Fabre) → renseignements pris ✓")
           ).to_be_visible(timeout=20_000)
    # The record stays chosen, with its new status, and the note is not left for the next step.
    expect(page.get_by_role("radio", name=re.compile(
        r"^Karim Benali \(suggestion de Noémie Fabre\) · \d+(er)? \w+\.? \d{4} · "
        r"renseignements pris$"))).to_be_checked(timeout=20_000)  # (its day between)
    expect(page.get_by_role("textbox", name="Ce qui s'est passé (facultatif)")).to_have_value("")
    shot(page, "followups-fr")


def fill(page: Page, label: str, text: str) -> None:
    box = page.get_by_role("textbox", name=label)
    box.fill(text)
    box.press("Enter")  # then who (a radio) or which company (a drop-down) it is
    expect(page.get_by_test_id("stMain").locator(
        "[data-testid=stRadio], [data-testid=stSelectbox]").first).to_be_visible(timeout=20_000)


def test_uploading_a_linkedin_export_shows_the_report(browser: Browser,  # noqa: F811
                                                      demo_url: str) -> None:
    page = open_page(browser, f"{demo_url}/import", "en-GB")
    expect(page.get_by_text("Import your contacts")).to_be_visible(timeout=20_000)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(DATA / "Connections.csv")
    expect(page.get_by_text("Preview (LinkedIn): 3 new people")).to_be_visible(timeout=20_000)
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_text("Import done: 3 new people, 3 existing cards completed (same "
                            "name, same company), 5 new ties")).to_be_visible(timeout=20_000)
    expect(page.get_by_text("Preview (LinkedIn)")).to_have_count(0)  # said once, not twice
    expect(page.get_by_text("1 row skipped: no name")).to_be_visible()
    # Véronique, Karim and Solène are the demo's: merged, each undoable, nothing to review.
    expect(page.get_by_text("Karim Benali: same name and company, cards merged.")).to_be_visible()
    expect(page.get_by_role("button", name="Undo the merge")).to_have_count(3)
    expect(page.get_by_role("button", name="Merge", exact=True)).to_have_count(0)
    shot(page, "import-en")


@pytest.fixture
def hostile_url(tmp_path: Path) -> Iterator[str]:
    store = SqliteStore(tmp_path / "carnet.db")
    people = [Person("p:me", "Me"), *(Person(f"p:h{n}", name, notes=name, tags=(name,),
                                             aliases=(f"{name} 2",))
                                      for n, name in enumerate(HOSTILE))]
    store.save(GraphData(
        members=["p:me"], people=people,
        companies=[Company("c:z", "Zeta <b>bold</b>", aliases=("<script>window.pwned=2"
                                                                "</script>",))],
        knows=[Knows("p:me", "p:h0", 5, how_met=HOSTILE[1]), Knows("p:h0", "p:h1", 4),
               Knows("p:h1", "p:h2", 4), Knows("p:me", "p:h2", 3, how_met="see href here")],
        jobs=[Job("p:h1", "c:z", "<img src=y onerror=alert(3)> href", HOSTILE[1])],
        referrals=[Referral("r:x", "p:h0", "p:h1", "p:me", "c:z", HOSTILE[0], HOSTILE[1],
                            True, "2026-11-01", "noted", "2026-11-02")]))  # due: a draft
    store.close()
    with streamlit_server(tmp_path / "carnet.db") as url:
        yield url


def test_hostile_names_never_run_on_any_page(browser: Browser,  # noqa: F811
                                            hostile_url: str) -> None:
    dialogs: list[str] = []
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    context.on("page", lambda p: p.on("dialog", lambda d: record(d, dialogs)))
    page = context.new_page()
    page.on("dialog", lambda d: record(d, dialogs))
    for path in PAGES:
        page.goto(f"{hostile_url}/{path}")
        expect(page.get_by_test_id("stApp")).to_be_visible(timeout=20_000)
        page.wait_for_timeout(1500)
        hover_every_node(page)
        if path == "people":
            page.get_by_role("textbox", name="A person's card").fill("img")
            page.get_by_role("textbox", name="A person's card").press("Enter")
            page.wait_for_timeout(1000)
        if path == "explore":
            page.get_by_role("textbox", name="A person's card").first.fill("script")
            page.keyboard.press("Enter")
            page.wait_for_timeout(1000)
        shot(page, f"hostile-{path.split('?')[0] or 'paths'}")
        for frame in page.frames:
            assert frame.evaluate("() => window.pwned") is None, path
    assert dialogs == []
    page.goto(f"{hostile_url}/?company=Zeta")  # the names are there, shown as text
    expect(page.get_by_text(f"→ {HOSTILE[1]}, <img src=y onerror=alert(3)> href").first
           ).to_be_visible(timeout=20_000)


def record(dialog: Dialog, dialogs: list[str]) -> None:
    dialogs.append(dialog.message)
    dialog.dismiss()


def hover_every_node(page: Page) -> None:
    """Move the mouse over each node of each graph picture, so its tooltip opens."""
    for element in page.locator("iframe").element_handles():
        frame = element.content_frame()
        box = element.bounding_box()
        if frame is None or box is None:
            continue
        frame.wait_for_function("() => typeof network !== 'undefined'", timeout=20_000)
        points = frame.evaluate("""() => Object.values(network.getPositions()).map(
            p => network.canvasToDOM(p))""")
        for point in points:
            page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
            page.wait_for_timeout(300)
