"""Finding people and companies from what a user types: ids, names, partial names.

Matching ignores case and accents. An exact (folded) name wins; otherwise a single partial
match is taken; several candidates raise ``AmbiguousName`` listing them, none raises
``…NotFound``. Ids (``p:…``, ``c:…``) are taken as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

from graph.errors import AmbiguousName, CompanyNotFound, NotFound, PersonNotFound
from graph.model import Company, Person, fold, stable_id
from graph.store import GraphStore

CANDIDATES = 50
T = TypeVar("T", Person, Company)


def resolve_person(store: GraphStore, text: str) -> Person:
    if text.startswith("p:"):
        return store.get_person(text)
    found = store.search_people(text, limit=CANDIDATES) if fold(text) else []
    return _one(text, found, [p for p in found if fold(p.name) == fold(text)], "people",
                PersonNotFound(f"no person matches '{text}'"),
                lambda p: describe_person(store, p))


def resolve_company(store: GraphStore, text: str) -> Company:
    if text.startswith("c:"):
        return store.get_company(text)
    key = fold(text)
    found = store.search_companies(text, limit=CANDIDATES) if key else []
    exact = [c for c in found
             if key in (fold(c.name), (c.domain or "").lower(), *map(fold, c.aliases))]
    return _one(text, found, exact, "companies",
                CompanyNotFound(f"no company matches '{text}'"), lambda c: c.name)


def _one(text: str, found: list[T], exact: list[T], kind: str, missing: NotFound,
         label: Callable[[T], str]) -> T:
    """An exact (folded) match wins; else the only partial one; else say what is wrong."""
    chosen = exact or found
    if len(chosen) == 1:
        return chosen[0]
    if not chosen:
        raise missing
    raise AmbiguousName(kind, text, [(c.id, label(c)) for c in chosen])


AT: Final = {"fr": "chez", "en": "at"}


def describe_person(store: GraphStore, person: Person, lang: str = "en") -> str:
    """``"Julien Martin, Photographe chez Bonne Mère Studio"`` (``at`` in English): enough to
    tell namesakes apart."""
    current = [j for j in store.jobs_of(person.id) if j.current]
    if not current:
        return person.name
    job = current[0]
    company = store.get_company(job.company).name
    return (f"{person.name}, {job.title} {AT.get(lang, 'at')} {company}" if job.title
            else f"{person.name}, {company}")


def person_or_new(store: GraphStore, text: str) -> tuple[Person, bool]:
    """The person ``text`` names, or a new (not yet saved) one with that name; ``True`` if new.

    An ambiguous name is still an error: better to ask than to guess between two friends.
    """
    try:
        return resolve_person(store, text), False
    except PersonNotFound:
        if not text.strip() or text.startswith("p:"):
            raise
        # The id comes from the name: concurrent creators of one new name make one person.
        return Person(stable_id("p", text, "typed"), " ".join(text.split())), True


def company_or_new(store: GraphStore, text: str) -> tuple[Company, bool]:
    try:
        return resolve_company(store, text), False
    except CompanyNotFound:
        if not text.strip() or text.startswith("c:"):
            raise
        return Company(stable_id("c", text, "typed"), " ".join(text.split())), True


def names_of(store: GraphStore) -> Callable[[str], str]:
    """A person's name by id, each looked up once (for lists that name the same people often)."""
    names: dict[str, str] = {}

    def name(person_id: str) -> str:
        if person_id not in names:
            names[person_id] = store.get_person(person_id).name
        return names[person_id]
    return name
