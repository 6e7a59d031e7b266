from __future__ import annotations

import inspect
from dataclasses import MISSING, FrozenInstanceError, fields, replace

import pytest

from graph.core.model import (
    Company,
    Counts,
    Event,
    IntroRequest,
    Job,
    Knows,
    Person,
    Referral,
    Review,
    fold,
    new_id,
    slug,
)


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


@pytest.mark.parametrize("record", [Person, Company, Knows, Job, Referral, IntroRequest, Event,
                                    Review, Counts])
def test_records_made_quickly_take_what_dataclass_s_init_takes(record: type) -> None:
    """``quick_init`` (issue 17) keeps each record's fields, in order, with their defaults."""
    params = inspect.signature(record).parameters
    assert [(p.name, p.default) for p in params.values()] == [
        (f.name, inspect.Parameter.empty if f.default is MISSING else f.default)
        for f in fields(record)]


def test_records_made_quickly_are_still_frozen_dataclasses() -> None:
    tie = Knows("p:b", "p:a", 3)  # (__post_init__ still orients it)
    assert (tie.a, tie.b, tie.source) == ("p:a", "p:b", "manual")
    with pytest.raises(FrozenInstanceError):
        tie.a = "p:c"  # type: ignore[misc]
    assert replace(tie, closeness=2) == Knows("p:a", "p:b", 2)
    assert Person("p:x", "X") == Person("p:x", "X", created_at="2026-11-29")  # (compare=False)
    assert hash(Person("p:x", "X")) == hash(Person("p:x", "X", updated_at="2026-11-29"))
    with pytest.raises(TypeError):
        Person("p:x")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Job("p:x", "c:y", "", "", None, None, True, "one too many")  # type: ignore[call-arg]
