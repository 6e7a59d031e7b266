"""User-facing text in one shape (graph/core/wording.py, app/i18n.py): every text in both
languages, with the same placeholders, and one key one text."""

from __future__ import annotations

import string

import pytest

from app.i18n import ERRORS, TEXTS
from graph.core.wording import WORDING, say, say_n

TABLES = {"wording": WORDING, "app": TEXTS, "errors": ERRORS}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("table", TABLES)
def test_every_text_is_in_both_languages(table: str) -> None:
    for key, texts in TABLES[table].items():
        assert set(texts) == {"fr", "en"}, key


def test_the_shared_texts_take_the_same_values_in_both_languages() -> None:
    """(The app's may not: French elides, ``{of_name}`` for "de Marc" or "d'Anne".)"""
    for key, texts in WORDING.items():
        assert placeholders(texts["fr"]) == placeholders(texts["en"]), key


def test_a_key_is_in_one_table_only() -> None:
    assert set(WORDING) & set(TEXTS) == set()


def test_counts_agree() -> None:
    named = {"company": "GME", "role": ""}
    assert say_n("paths_none", 1, "en", hops=1, **named) == "No path to GME within 1 hop."
    assert say_n("paths_none", 3, "en", hops=3, **named) == "No path to GME within 3 hops."
    assert say("paths_none", "fr", hops=1, **named) == (
        "Aucun chemin vers GME en 1 lien(s) au plus.")
