"""End to end in Chromium, as a newcomer reads the app (on a phone too): whole labels where she
has to choose between namesakes."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ViewportSize, expect

from graph.services.demo import load_demo
from graph.stores.sqlite_store import SqliteStore
from tests.browser import clipped_text, picture_problems, run_over, streamlit_server
from tests.test_browser import browser, shot  # noqa: F401  (the browser fixture)

pytestmark = pytest.mark.browser
PHONE: ViewportSize = {"width": 390, "height": 844}
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app on the French demo, and its file (SQLite: what is checked here is the page)."""
    folder = tmp_path_factory.mktemp("newcomer")
    store = SqliteStore(folder / "carnet.db")
    load_demo(store, "fr")
    store.close()
    with streamlit_server(folder / "carnet.db", logs=folder) as url:
        yield url, folder / "carnet.db"


def test_namesakes_are_offered_whole_on_a_phone(browser: Browser,  # noqa: F811
                                                demo: tuple[str, Path]) -> None:
    """Two Julien Martin: they differ only at the end of their labels (title and company),
    which a closed drop-down cut off on a phone. Each label is read whole, chosen by a tap."""
    page = browser.new_context(locale="fr-FR", viewport=PHONE).new_page()
    page.goto(f"{demo[0]}/referral")
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


def test_a_zip_from_linkedin_is_read_as_its_connections_in_french(
        browser: Browser, demo: tuple[str, Path], tmp_path: Path) -> None:  # noqa: F811
    """LinkedIn sends its export as a ZIP: the upload box took only text files, and showed a
    red mark with an English tooltip; then the page asked, in French, to unzip it first. Now
    it reads the network inside (Connections.csv, among LinkedIn's other files), previews it
    and imports it."""
    url, db = demo
    store = SqliteStore(db)
    people = store.counts().people
    archive = tmp_path / "Basic_LinkedInDataExport_11-28-2026.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(DATA / "Connections.csv", "Connections.csv")
        zipped.writestr("Invitations.csv", "From,To,Sent At,Message,Direction\n")
    page = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 800}
                               ).new_page()
    page.goto(f"{url}/import")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(archive)
    expect(page.get_by_text(re.compile(r"^Aperçu \(LinkedIn\) : \d+ nouvelles? personnes?"))
           ).to_be_visible(timeout=20_000)
    expect(page.get_by_role("alert").filter(has_text="not allowed")).to_have_count(0)
    shot(page, "import-zip-fr")
    page.get_by_role("button", name="Importer", exact=True).click()
    expect(page.get_by_text(re.compile(r"^Import terminé : "))).to_be_visible(timeout=20_000)
    assert store.counts().people > people
    store.close()


def test_a_box_being_typed_in_speaks_french(browser: Browser,  # noqa: F811
                                            demo: tuple[str, Path]) -> None:
    """Streamlit writes "Press Enter to apply" in a text box's corner while she types, and
    "Press Ctrl+Enter to apply" in a multi-line one: in French, the first is ours, written
    whole ("Entrée", not "Entru00e9e"), and the second is gone."""
    page = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 800}
                               ).new_page()
    page.goto(f"{demo[0]}/referral")
    page.get_by_role("textbox", name="Qui contacter ?").fill("Camille")
    hint = page.get_by_test_id("stTextInput").get_by_test_id("InputInstructions")
    expect(hint).to_have_count(1, timeout=20_000)
    assert hint.evaluate("e => getComputedStyle(e, '::after').content") == '"Entrée pour valider"'
    expect(page.get_by_text(re.compile("Press .*Enter")).filter(visible=True)).to_have_count(0)
    page.get_by_role("textbox", name="Contexte, dans ses mots").fill("« elle recrute »")
    expect(page.get_by_test_id("stTextArea").get_by_test_id("InputInstructions")).to_have_count(
        1, timeout=20_000)
    expect(page.get_by_text(re.compile("Press .*Enter")).filter(visible=True)).to_have_count(0)
    shot(page, "referral-typing-fr")


@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_what_to_move_on_is_read_whole_on_a_phone(browser: Browser,  # noqa: F811
                                                  demo: tuple[str, Path], locale: str) -> None:
    """« Faire avancer » was a drop-down whose options (name, day, status) were cut at the
    box's edge on a phone, the day and status lost: each is now a whole line, chosen by a
    tap."""
    page = browser.new_context(locale=locale, viewport=PHONE).new_page()
    page.goto(f"{demo[0]}/followups")
    label = re.compile({  # (the demo's dates move with the day it is loaded)
        "fr-FR": r"^Solène Roux \(suggestion de Véronique Bastide\) · \d+(er)? \w+\. \d{4} · "
                 r"renseignements pris$",
        "en-GB": r"^Solène Roux \(suggested by Véronique Bastide\) · \d+ \w+ \d{4} · looked into$",
    }[locale])
    choice = page.get_by_text(label)
    expect(choice).to_be_visible(timeout=20_000)
    choice.click()
    expect(page.get_by_role("radio", name=label)).to_be_checked(timeout=20_000)
    run_over(page, 20_000)
    assert clipped_text(page) == []
    shot(page, f"followups-move-on-phone-{locale[:2]}")


@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_a_closed_record_is_read_whole_on_a_phone(browser: Browser,  # noqa: F811
                                                  demo: tuple[str, Path], locale: str) -> None:
    """« Voir l'historique de » was a drop-down too: « Élodie Roussel (suggestion de Julien
    Martin (Bonne Mère Studio)) · réussie » lost its end at the box's edge. Each closed
    record is a whole line; a tap shows its history."""
    page = browser.new_context(locale=locale, viewport=PHONE).new_page()
    page.goto(f"{demo[0]}/followups")
    label = {"fr-FR": "Élodie Roussel (suggestion de Julien Martin (Bonne Mère Studio)) · réussie",
             "en-GB": "Élodie Roussel (suggested by Julien Martin (Bonne Mère Studio)) · won"
             }[locale]
    choice = page.get_by_text(label, exact=True)
    expect(choice).to_be_visible(timeout=20_000)
    choice.click()
    expect(page.get_by_role("radio", name=label)).to_be_checked(timeout=20_000)
    step = {"fr-FR": "Étape", "en-GB": "Step"}[locale]
    expect(page.get_by_test_id("stDataFrame").filter(has_text=step)).to_be_visible(
        timeout=20_000)  # its history
    assert clipped_text(page) == []
    shot(page, f"followups-closed-phone-{locale[:2]}")


@pytest.mark.parametrize(("path", "locale"), [("people", "fr-FR"), ("explore", "fr-FR"),
                                              ("people", "en-GB")])
def test_people_found_by_a_search_are_read_whole_on_a_phone(
        browser: Browser, demo: tuple[str, Path], path: str, locale: str) -> None:  # noqa: F811
    """A search for « Roux » on People and Explore offered the people found in a drop-down
    that cut « Anaïs Roux, Chargée de recrutement chez Azur Télécom » at its edge on a phone
    (and hid the others): each is now a whole line, chosen by a tap, her card below."""
    page = browser.new_context(locale=locale, viewport=PHONE).new_page()
    page.goto(f"{demo[0]}/{path}")
    box = page.get_by_role("textbox", name={"fr-FR": "Fiche d'une personne",
                                            "en-GB": "A person's card"}[locale])
    box.fill("Roux")
    box.press("Enter")
    label = {"fr-FR": "Anaïs Roux, Chargée de recrutement chez Azur Télécom",
             "en-GB": "Anaïs Roux, Chargée de recrutement at Azur Télécom"}[locale]
    choice = page.get_by_text(label, exact=True)
    expect(choice).to_be_visible(timeout=20_000)
    expect(page.get_by_text("Solène Roux, Responsable communication interne", exact=False)
           ).to_be_visible()
    choice.click()
    expect(page.get_by_role("radio", name=label)).to_be_checked(timeout=20_000)
    if path == "people":  # the one to merge her with, found the same way
        other = page.get_by_role("textbox", name={"fr-FR": "Fusionner avec",
                                                  "en-GB": "Merge with"}[locale], exact=False)
        other.fill("Roux")
        other.press("Enter")
        expect(page.get_by_role("radio", name=re.compile(
            "^Solène Roux, Responsable communication interne (chez|at) Groupe Méditerranée "
            "Énergie$"))).to_have_count(2, timeout=20_000)  # (in both lists)
    run_over(page, 20_000)
    assert clipped_text(page) == []
    shot(page, f"{path}-found-phone-{locale[:2]}")


def test_a_new_company_offered_is_read_whole_on_a_phone(browser: Browser,  # noqa: F811
                                                        demo: tuple[str, Path]) -> None:
    """« Quelle entreprise ? » was a drop-down: « Nouvelle entreprise : Association des Amis
    du Musee » was cut at its edge on a phone. The companies proposed and the new one
    are whole lines, nothing chosen until she taps one (a close name is not a guess)."""
    page = browser.new_context(locale="fr-FR", viewport=PHONE).new_page()
    page.goto(f"{demo[0]}/referral")
    box = page.get_by_role("textbox", name="Son entreprise (facultatif)")
    box.fill("Association des Amis du Musee")
    box.press("Enter")
    new = page.get_by_role("radio", name="Nouvelle entreprise : Association des Amis du Musee",
                           exact=False)
    expect(new).to_have_count(1, timeout=20_000)
    known = page.get_by_role("radio", name="Association des Amis du Musée (fictive)")
    expect(known).not_to_be_checked()
    page.get_by_text("Association des Amis du Musée (fictive)", exact=True).click()
    expect(known).to_be_checked(timeout=20_000)
    run_over(page, 20_000)
    assert clipped_text(page) == []
    shot(page, "referral-company-phone-fr")


def test_the_cut_text_check_skips_what_is_not_drawn(browser: Browser,  # noqa: F811
                                                    demo: tuple[str, Path]) -> None:
    """A file chosen on a phone: the check for cut text named the file box's hidden input
    (« C:\\fakepath\\… ») and words for screen readers only (« add icon »), neither drawn."""
    page = browser.new_context(locale="fr-FR", viewport=PHONE).new_page()
    page.goto(f"{demo[0]}/import")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(DATA / "Connections.csv")
    expect(page.get_by_test_id("stFileChip")).to_be_visible(timeout=20_000)
    run_over(page, 20_000)
    assert clipped_text(page) == []


@pytest.mark.parametrize("path", ["explore", "people", "followups", "import"])
def test_a_drop_down_emptied_to_search_speaks_french(browser: Browser,  # noqa: F811
                                                     demo: tuple[str, Path], path: str) -> None:
    """A drop-down is searched by emptying it and typing: it then showed Streamlit's
    "Choose an option" on a French page (Explore's company filter, « Centré sur », People's
    source, Import's format, « Nouvelle étape », the sidebar's language). Ours instead."""
    page = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900}
                               ).new_page()
    page.goto(f"{demo[0]}/{path}")
    boxes = page.locator('input[role="combobox"]')
    expect(boxes.nth(1)).to_be_attached(timeout=20_000)  # (the language, and the page's)
    run_over(page, 20_000)
    assert {box.get_attribute("placeholder") for box in boxes.all()} == {
        "Choisissez (tapez pour chercher)"}
    boxes.last.fill("")
    expect(page.get_by_placeholder("Choose an option")).to_have_count(0)


def test_the_company_chosen_in_explore_is_read_whole(browser: Browser,  # noqa: F811
                                                     demo: tuple[str, Path]) -> None:
    """Explore's company filter sat in a quarter of the row: « Association des Amis du Musée
    (fictive) », once chosen, was cut at the box's edge. It now has half a row."""
    page = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900}
                               ).new_page()
    page.goto(f"{demo[0]}/explore")
    box = page.get_by_role("combobox", name="Entreprise")
    box.click()
    page.keyboard.type("Association des Amis")
    page.get_by_role("option", name="Association des Amis du Musée (fictive)").click()
    expect(page.get_by_text(re.compile(r"\d+ personnes? correspond"))).to_be_visible(
        timeout=20_000)
    run_over(page, 20_000)
    assert box.input_value() == "Association des Amis du Musée (fictive)"
    assert clipped_text(page) == []
    shot(page, "explore-company-filter-fr")


@pytest.mark.parametrize("locale, address, line", [
    ("fr-FR", "/nimporte-quoi?lang=fr",
     "Cette adresse ne mène à aucune page de Carnet : voici l'accueil."),
    ("en-GB", "/%C3%A9t%C3%A9", "That address leads to no page of Carnet: here is the home page."),
    ("fr-FR", "/paths", "Cette adresse ne mène à aucune page de Carnet : voici l'accueil.")])
def test_a_bad_address_lands_home_with_a_line_in_her_language(
        browser: Browser, demo: tuple[str, Path], locale: str, address: str,  # noqa: F811
        line: str) -> None:
    """A mistyped address showed Streamlit's English "Page not found" dialog over the paths
    page. Now it lands on Home, with one line in her language, the language kept."""
    page = browser.new_context(locale=locale, viewport=PHONE).new_page()
    page.goto(f"{demo[0]}{address}")
    expect(page.get_by_text(line, exact=True)).to_be_visible(timeout=20_000)
    expect(page.get_by_role("heading", name="Carnet", exact=True)).to_be_visible()
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert page.url == f"{demo[0]}/notebook" + ("?lang=fr" if "lang=fr" in address else "")
    page.reload()  # once: not on every later run of the page
    expect(page.get_by_role("heading", name="Carnet", exact=True)).to_be_visible(timeout=20_000)
    expect(page.get_by_text(line, exact=True)).to_have_count(0)


# The names as read on screen, in px, the smallest; the picture's frame and iframe heights; and
# how tall the drawing is on screen, from its highest dot to its lowest name.
READ_NAMES = """() => {
  const scale = network.getScale();
  const sizes = network.body.data.nodes.get().filter(n => String(n.label || "").trim())
    .map(n => n.font.size * scale);
  let top = Infinity, bottom = -Infinity;
  for (const id of network.body.data.nodes.getIds()) {
    const box = network.getBoundingBox(id), label = network.body.nodes[id].labelModule.size;
    top = Math.min(top, box.top);
    bottom = Math.max(bottom, box.bottom, label.height ? label.top + label.height : -Infinity);
  }
  return {smallest: Math.min(...sizes), frame: document.getElementById("mynetwork").offsetHeight,
          page: window.innerHeight, width: window.innerWidth,
          drawn: network.canvasToDOM({x: 0, y: bottom}).y - network.canvasToDOM({x: 0, y: top}).y};
}"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("address", ["/explore", "/?company=GME"])
def test_pictures_are_read_on_a_phone_as_on_a_screen(browser: Browser,  # noqa: F811
                                                     demo: tuple[str, Path], address: str,
                                                     width: int) -> None:
    """On a phone Explore's circle and Warm paths' picture were fitted into 358 px: names
    7 px high, in a square lost in a frame 780 px tall. Names now read at 12 px at least
    (on two lines there), the iframe as tall as the picture (no empty band), every name whole
    and clear of the ties; on a screen as before (names larger than 12 px). The box Streamlit
    put the iframe in is as tall as the iframe: it kept the height asked for, and an empty
    band of up to 190 px lay between Warm paths' picture and its legend."""
    page = browser.new_context(locale="fr-FR", viewport={"width": width, "height": 844}
                               ).new_page()
    page.goto(f"{demo[0]}{address}")
    iframe = page.locator("iframe").first
    expect(iframe).to_be_visible(timeout=30_000)
    frame = iframe.element_handle().content_frame()
    assert frame is not None
    frame.wait_for_function("document.body.dataset.fitted !== undefined", timeout=30_000)
    iframe.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    shot(page, f"picture{address.replace('/', '-').replace('?', '-')}-{width}")
    read = frame.evaluate(READ_NAMES)
    assert read["smallest"] >= 11.5, read
    assert read["frame"] == read["page"] <= 780 and read["drawn"] > 0.85 * read["frame"], read
    box = iframe.evaluate("f => f.parentElement.getBoundingClientRect().height")
    assert abs(box - iframe.bounding_box()["height"]) <= 1, (box, read)  # type: ignore[index]
    assert picture_problems(page) == []


def test_home_says_where_to_go_next_on_a_phone(browser: Browser,  # noqa: F811
                                               demo: tuple[str, Path]) -> None:
    """On a phone the menu is folded away: Home showed counts and connectors and nothing to
    tap. It offers the next steps, above the counts; one tap opens the page."""
    page = browser.new_context(locale="fr-FR", viewport=PHONE).new_page()
    page.goto(f"{demo[0]}/notebook")
    link = page.get_by_role("link", name="Chercher qui peut vous présenter")
    expect(link).to_be_in_viewport(timeout=20_000)
    for name in ("Voir ce qui est à faire", "Noter une recommandation"):
        expect(page.get_by_role("link", name=name)).to_be_visible()
    shot(page, "home-next-steps-phone-fr")
    link.click()
    expect(page.get_by_role("heading", name="Qui peut vous présenter ?")).to_be_visible(
        timeout=20_000)


# Where a French line starts with a sign that belongs to the word before it (« : », « ; »,
# « ? », « ! », « » ») or ends on « «: the space the two were set apart with was a place to
# break the line. Returns each such place, with the words before it.
SIGN_AT_LINE_START = r"""() => {
  const cut = [];
  const walk = document.createTreeWalker(document.querySelector('[data-testid="stMain"]'),
                                         NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode, text = node.textContent, pairs = /\S [:;?!»]|« \S/g;
    let m;
    while ((m = pairs.exec(text))) {
      const before = document.createRange(), after = document.createRange();
      before.setStart(node, m.index); before.setEnd(node, m.index + 1);
      after.setStart(node, m.index + 2); after.setEnd(node, m.index + 3);
      const a = before.getBoundingClientRect(), b = after.getBoundingClientRect();
      if (a.height && b.height && b.top > a.top + a.height / 2) {
        cut.push(text.slice(Math.max(0, m.index - 30), m.index + 3));
      }
    }
  }
  return cut;
}"""


@pytest.mark.parametrize("address", ["/?company=Groupe%20M%C3%A9diterran%C3%A9e%20%C3%89nergie",
                                     "/followups"])
def test_no_french_line_starts_with_a_colon_on_a_phone(browser: Browser,  # noqa: F811
                                                       demo: tuple[str, Path],
                                                       address: str) -> None:
    """On a phone a hop's line broke before its colon (« Isabelle Prigent – Pierre Castagnet
    (27 %) » then « : proximité 4/5 ; … » on the next line), and a door worth re-warming too
    (« …, pour joindre Théo Moreau » / « : chemin à 4 % … »)."""
    page = browser.new_context(locale="fr-FR", viewport=PHONE).new_page()
    page.goto(f"{demo[0]}{address}")
    expect(page.get_by_text("pour joindre Théo Moreau").first).to_be_visible(timeout=30_000)
    run_over(page)
    assert page.evaluate(SIGN_AT_LINE_START) == []


def test_what_to_do_after_a_referral_is_under_its_saved_line_on_a_phone(
        browser: Browser, demo: tuple[str, Path]) -> None:  # noqa: F811
    """Saved, the page said so at its top, and the message to send and the paths link came
    at its foot, under the form emptied for the next one: on a phone, a screen and more
    below, where a newcomer does not look. They come right under « Recommandation
    enregistrée », above the empty form."""
    page = browser.new_context(locale="fr-FR", viewport=PHONE).new_page()
    page.goto(f"{demo[0]}/referral")
    for label, text in (("Qui vous l'a suggéré ?", "Mehdi Haddad"),
                        ("Qui contacter ?", "Chloé Vasseur"),
                        ("Son entreprise (facultatif)", "Friche la Belle de Mai")):
        box = page.get_by_role("textbox", name=label)
        box.fill(text)
        box.press("Enter")
        run_over(page)
    page.get_by_role("button", name="Enregistrer la recommandation").click()
    saved = page.get_by_text("Recommandation enregistrée : Mehdi Haddad vous suggère Chloé "
                             "Vasseur.")
    expect(saved).to_be_visible(timeout=20_000)
    run_over(page)
    draft = page.get_by_role("textbox", name="Brouillon (modifiable, à copier dans votre "
                                             "messagerie)")
    link = page.get_by_role("link", name="Voir les chemins vers Friche la Belle de Mai")
    form = page.get_by_role("textbox", name="Qui vous l'a suggéré ?")
    below = [box["y"] for box in (saved.bounding_box(), link.bounding_box(),
                                  draft.bounding_box(), form.bounding_box()) if box]
    assert len(below) == 4 and below == sorted(below), below
    assert below[2] < PHONE["height"]  # (the draft begins on her first screen)
    shot(page, "referral-saved-phone-fr")
