from __future__ import annotations

import pytest

from graph.core.model import Knows, fold, new_id, slug


@pytest.mark.parametrize(("left", "right"), [
    ("Stéphanie", "stephanie"),
    ("Groupe Méditerranée Énergie", "groupe mediterranee energie"),
    ("  Jean   DUPONT ", "jean dupont"),
    ("Œuvray", "oeuvray"),
    ("Straße", "strasse"),
    ("Ｉｓａｂｅｌｌｅ", "isabelle"),  # full-width letters, as some phones export them
])
def test_fold_ignores_case_accents_and_spacing(left: str, right: str) -> None:
    assert fold(left) == fold(right) == right


def test_slug_and_new_id_are_readable_and_unique() -> None:
    assert slug("Solène Roux") == "solene-roux"
    assert slug("<script>") == "script"
    assert slug("!!!") == "x"
    first, second = new_id("p", "Karim Benali"), new_id("p", "Karim Benali")
    assert first.startswith("p:karim-benali-") and first != second


def test_a_tie_has_one_orientation() -> None:
    assert Knows("p:b", "p:a", 3) == Knows("p:a", "p:b", 3)
    assert Knows("p:b", "p:a").other("p:a") == "p:b"
