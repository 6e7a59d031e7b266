"""A card as someone types it (ingest/typed.py): what she adds is cleaned and checked, what
was there already is kept as it was, so a save writes only what she changed — on each store."""

from __future__ import annotations

from dataclasses import replace

import pytest

from graph.core.errors import DataRejected
from graph.core.formatting import phone
from graph.core.model import GraphData, Person
from graph.stores.port import GraphStore
from ingest.typed import listed, typed_person, without

# As imports and older versions left her: a number as typed, an Exchange address, an old
# public profile's address, a name longer than a typed one may be.
JEAN = Person("p:jean", "Jean " + "Dupont" * 40, emails=("/o=ExchangeLabs/ou=x/cn=jdupont",),
              phones=("+33 6 12 34 56 78",), linkedin="http://www.linkedin.com/pub/jean/1/2/3",
              tags=("moi",))


def as_drawn(person: Person, **typed: object) -> Person:
    """What the People form saves when only ``typed`` fields were changed (its boxes drawn
    from ``person``, phones as the pages show them)."""
    boxes: dict[str, object] = dict(
        name=person.name, emails=person.emails, phones=[phone(p) for p in person.phones],
        linkedin=person.linkedin or "", notes=person.notes, tags=person.tags,
        aliases=person.aliases)
    return typed_person(person, **{**boxes, **typed})  # type: ignore[arg-type]


def test_what_was_there_is_kept_as_it_was_and_a_save_writes_only_the_change(
        store: GraphStore) -> None:
    store.save(GraphData(people=[JEAN]))
    shown = store.get_person("p:jean")
    # meanwhile, someone else adds a number: a save of her notes alone still goes through
    store.update_person(shown, replace(shown, phones=(*shown.phones, "+33491000000")))
    edited = as_drawn(shown, notes="Rencontré à la Friche", tags=["moi", "  Presse ", "presse"])
    assert (edited.name, edited.emails, edited.phones, edited.linkedin) == (
        shown.name, shown.emails, shown.phones, shown.linkedin)
    saved = store.update_person(shown, edited)
    assert saved.phones == ("+33 6 12 34 56 78", "+33491000000")  # (theirs kept, as they were)
    assert (saved.notes, saved.tags) == ("Rencontré à la Friche", ("moi", "Presse"))
    assert as_drawn(saved) == saved  # (nothing typed: nothing changes)


@pytest.mark.parametrize(("typed", "kept"), [
    (["mailto:karim@exemple.fr"], ("karim@exemple.fr",)),
    (["<karim@exemple.fr>", "KARIM@exemple.fr"], ("karim@exemple.fr",)),
    (["karim@exemple.fr;"], ("karim@exemple.fr",)),
    (["karim@exemple.fr."], ("karim@exemple.fr",)),  # (a sentence's stop: as imports read it)
    (["karim+carnet@exemple.côte.fr", "k@sub.exemple.co.uk"],
     ("karim+carnet@exemple.côte.fr", "k@sub.exemple.co.uk")),
])
def test_a_new_address_is_cleaned(typed: list[str], kept: tuple[str, ...]) -> None:
    assert typed_person(Person("p:k", "Karim"), name="Karim", emails=typed, phones=[],
                        linkedin="", notes="", tags=[], aliases=[]).emails == kept


@pytest.mark.parametrize(("field", "typed", "code"), [
    ("emails", ["karim chez gmail"], "not_an_email"),
    ("emails", ["karim@exemple..fr"], "not_an_email"),
    ("linkedin", "https://www.facebook.com/in/karim", "not_a_profile"),
    ("linkedin", "https://example.com/in/karim", "not_a_profile"),
    ("name", "  ", "need_name"),
    ("name", "🙂 !", "not_a_name"),
    ("aliases", ["x" * 201], "other_name_long"),
])
def test_a_new_value_that_cannot_be_kept_is_refused(field: str, typed: object,
                                                    code: str) -> None:
    with pytest.raises(DataRejected) as refused:
        as_drawn(Person("p:k", "Karim", emails=("karim@exemple.fr",)), **{field: typed})
    assert refused.value.code == code


@pytest.mark.parametrize(("typed", "kept"), [
    ("fr.linkedin.com/in/karim-b?utm_source=share&utm_medium=member_android",
     "fr.linkedin.com/in/karim-b"),
    ("https://www.linkedin.com/in/karim-b/", "https://www.linkedin.com/in/karim-b"),
    ("https://www.linkedin.com/pub/karim/1/2/3", "https://www.linkedin.com/pub/karim/1/2/3"),
    ("", None),
])
def test_a_linkedin_address_is_one_on_linkedin_without_its_query(typed: str,
                                                                 kept: str | None) -> None:
    assert as_drawn(JEAN, linkedin=typed).linkedin == kept


def test_a_new_number_is_kept_in_e164_unless_it_has_an_extension() -> None:
    edited = as_drawn(JEAN, phones=["06 12 34 56 78", "04 91 00 00 00",
                                    "01 23 45 67 89 poste 12", "+33 4 91 00 00 00"])
    assert edited.phones == ("+33 6 12 34 56 78", "+33491000000", "01 23 45 67 89 poste 12")


def test_values_are_removed_as_they_would_be_found_and_split_at_commas() -> None:
    assert listed([" a, b ", "", "c,"]) == ("a", "b", "c")
    assert without(("Karim@Exemple.fr", "k@x.fr"), ("karim@exemple.fr",), str.lower,
                   "email") == ("k@x.fr",)
    with pytest.raises(DataRejected) as refused:
        without(("moi",), ("sport",), str.lower, "tag")
    assert refused.value.words("fr") == "« sport » ne figure pas parmi ses étiquettes"
