"""People's other names in the app (AppTest): edited on the People page, shown on the
person's card, searched in the People list, in French and English."""

from __future__ import annotations

from dataclasses import replace

from graph.core.model import GraphData
from graph.stores.sqlite_store import SqliteStore
from tests.markdown import shown
from tests.test_app_pages import demo, page  # noqa: F401  (the fixture, and how pages run)


def test_people_page_edits_other_names(demo: SqliteStore) -> None:  # noqa: F811
    at = page("people", "fr")
    at.text_input(key="edit_person_q").set_value("karim").run()
    [names] = [w for w in at.text_input if w.label.startswith("Autres noms")]
    assert names.value == ""
    names.set_value("Karim Roche,  karim   BENALI , <b>Kiki</b>")  # (her own name is none)
    at.button[0].click().run()  # the form's "Save"
    assert not at.exception
    assert demo.get_person("p:karim-benali").aliases == ("Karim Roche", "<b>Kiki</b>")
    at.text_input(key="edit_person_q").set_value("roche").run()  # found by another name
    [names] = [w for w in at.text_input if w.label.startswith("Autres noms")]
    assert names.value == "Karim Roche, <b>Kiki</b>"
    names.set_value("Karim Roche, " + "x" * 201)
    at.button[0].click().run()
    assert [e.value for e in at.error] == [
        "Un autre nom dépasse 200 caractères : rien n'a été enregistré."]
    assert demo.get_person("p:karim-benali").aliases == ("Karim Roche", "<b>Kiki</b>")


def test_a_card_says_the_other_names_and_the_list_finds_them(demo: SqliteStore) -> None:  # noqa: F811
    solene = demo.get_person("p:solene-roux")
    demo.save(GraphData(people=[replace(solene, aliases=("Solène Garnier",))]))
    for lang, line in (("fr", "Autre nom : Solène Garnier"),
                       ("en", "Also known as: Solène Garnier")):
        at = page("explore", lang)
        at.selectbox(key="focus_pick_None").set_value("p:solene-roux").run()
        assert not at.exception
        assert line in [shown(c.value) for c in at.caption]
    demo.save(GraphData(people=[replace(solene, aliases=("Solène Garnier", "Sol Roux"))]))
    at = page("explore", "fr")
    at.selectbox(key="focus_pick_None").set_value("p:solene-roux").run()
    assert "Autres noms : Solène Garnier, Sol Roux" in [shown(c.value) for c in at.caption]

    at = page("people", "en")
    at.text_input(key="list_q").set_value("garnier").run()
    assert list(at.dataframe[0].value["name"]) == ["Solène Roux"]
