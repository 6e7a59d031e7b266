"""Finding people and companies from what a user types: ids, names, partial names.

Names match as ``graph/core/names.py`` says: case, accents, emoji and punctuation ignored (and legal
forms for companies). An exact match wins; several exact ones raise ``AmbiguousName``. Where a
command only *uses* someone (paths, intro requests, deletions), a single partial match is taken
too. Where a command may *create* someone (``person_or_new``, ``company_or_new``), only an exact
match is used: a close one (a typo, a missing accent, initials, swapped names) is proposed
(``NameNotConfirmed``) until the user confirms a new person or company. Ids (``p:…``, ``c:…``)
are taken as they are.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from rapidfuzz import fuzz

from graph.core.errors import (
    AmbiguousName,
    CompanyNotFound,
    DataRejected,
    NameNotConfirmed,
    PersonNotFound,
)
from graph.core.model import Company, Counts, Person, fold, stable_id, union
from graph.core.names import (
    MAX_NAME_CHARS,
    closeness,
    company_key,
    email_domain,
    name_key,
    named_at,
)
from graph.core.wording import say, say_n, source_word
from graph.stores.port import GraphStore

CANDIDATES = 50
SUGGESTIONS = 5  # close matches proposed, at most
T = TypeVar("T", Person, Company)


def _matches(text: str, key: str, search: Callable[..., list[T]],
             names: Callable[[T], tuple[str, ...]], key_of: Callable[[str], str],
             also_exact: Callable[[T], bool]) -> tuple[list[T], list[T]]:
    """Candidates from the store's search, on the text itself and on the start of each word
    (so "Noemie Fabres" finds "Noémie Fabre", and "Fabre N." finds her too); then those
    whose name (or alias) is the typed one, and those it is close to (best first, at most
    ``SUGGESTIONS``)."""
    if not key:
        return [], []
    found: dict[str, T] = {}
    for query in dict.fromkeys([text, *(word[:4] for word in key.split() if len(word) > 1)]):
        found.update((x.id, x) for x in search(query, limit=CANDIDATES))
    exact = [x for x in found.values()
             if key in map(key_of, names(x)) or also_exact(x)]
    close = [x for x in found.values() if x not in exact and any(
        closeness(key, key_of(name)) for name in names(x))]
    close.sort(key=lambda x: -fuzz.token_sort_ratio(key, key_of(names(x)[0])))
    return exact, close[:SUGGESTIONS]


def person_matches(store: GraphStore, text: str) -> tuple[list[Person], list[Person]]:
    """The people ``text`` names exactly (name, another name of theirs or e-mail), and those
    it is close to."""
    email = text.strip().lower()
    return _matches(text, name_key(text), store.search_people, lambda p: (p.name, *p.aliases),
                    name_key,
                    lambda p: "@" in email and email in map(str.lower, p.emails))


def company_matches(store: GraphStore, text: str) -> tuple[list[Company], list[Company]]:
    """The companies ``text`` names exactly (name, alias or web domain; legal forms and
    punctuation ignored), and those it is close to."""
    domain = text.strip().lower()
    return _matches(text, company_key(text), store.search_companies,
                    lambda c: (c.name, *c.aliases), company_key,
                    lambda c: domain == (c.domain or ""))


def resolve_person(store: GraphStore, text: str) -> Person:
    """The person ``text`` names: exact, else the only partial match; else an error that
    lists the candidates, or proposes close names."""
    if text.startswith("p:"):
        return store.get_person(text)
    exact, close = person_matches(store, text)
    found = exact or (store.search_people(text, limit=CANDIDATES) if fold(text) else [])
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousName("people", text, _labelled(store, found))
    raise PersonNotFound("person_unknown_close" if close else "person_unknown", text=text,
                         names=_did_you_mean(store, close))


def companies_for(store: GraphStore, text: str) -> tuple[list[Company], list[Company]]:
    """What a company box offers for ``text``: the companies it names exactly, else those
    whose name contains it; and, only when it finds none, the close names (a typo, a missing
    accent) to propose ("did you mean").

    ``"Groupe Méditerranée Énergies"`` → ``([], [Groupe Méditerranée Énergie])``."""
    exact, close = company_matches(store, text)
    found = exact or (store.search_companies(text, limit=CANDIDATES) if fold(text) else [])
    return found, [] if found else close


def company_and_role(store: GraphStore, text: str) -> tuple[Company, str] | None:
    """A company box holding a company and a role ("GME communication"): the one company its
    first words name exactly, and the rest; ``None`` if no first words name exactly one."""
    words = text.split()
    for k in range(len(words) - 1, 0, -1):
        exact, _ = company_matches(store, " ".join(words[:k]))
        if len(exact) == 1:
            return exact[0], " ".join(words[k:])
    return None


def company_named(store: GraphStore, text: str) -> Company | None:
    """The company a name typed where a person is expected names: exactly (legal forms and
    punctuation ignored), or as two words or more of its name ("canebiere coworking" for "La
    Canebière Coworking"); one word alone ("Martin") is too common to say so."""
    exact, _ = company_matches(store, text)
    if exact:
        return exact[0]
    words = company_key(text).split()
    if len(words) < 2:
        return None
    within = [c for c in store.search_companies(text, limit=CANDIDATES)
              if f" {' '.join(words)} " in f" {company_key(c.name)} "]
    return within[0] if len(within) == 1 else None


def resolve_company(store: GraphStore, text: str) -> Company:
    if text.startswith("c:"):
        return store.get_company(text)
    found, close = companies_for(store, text)
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousName("companies", text, [(c.id, c.name) for c in found])
    raise CompanyNotFound("company_unknown_close" if close else "company_unknown", text=text,
                          names=_did_you_mean(store, close))


def _did_you_mean(store: GraphStore, close: Sequence[Person | Company]) -> str:
    return " / ".join(f"{label} ({id_})" for id_, label in _labelled(store, close))


def _labelled(store: GraphStore, found: Sequence[Person | Company]) -> list[tuple[str, str]]:
    people = [p for p in found if isinstance(p, Person)]
    labels = distinct_labels(store, people)
    return [(x.id, labels[x.id] if isinstance(x, Person) else x.name) for x in found]


def describe_person(store: GraphStore, person: Person, lang: str = "en") -> str:
    """``"Julien Martin, Photographe chez Bonne Mère Studio"`` (``at`` in English): enough to
    tell namesakes apart."""
    current = [j for j in store.jobs_of(person.id) if j.current]
    if not current:
        return person.name
    job = current[0]
    company = store.get_company(job.company).name
    return (say("label_job", lang, name=person.name, title=job.title, company=company)
            if job.title else f"{person.name}, {company}")


def distinct_labels(store: GraphStore, people: Sequence[Person],
                    lang: str = "en") -> dict[str, str]:
    """A label per person that tells them apart from the others listed: name, company and
    title, then as many of e-mail domain, where they came from, number of ties and when they
    were added as it takes — never two identical lines (the id comes last, if need be)."""
    labels = {p.id: describe_person(store, p, lang) for p in people}

    def details(person: Person) -> list[str]:
        ties = store.ties_of(person.id)
        return [", ".join(sorted({"@" + email_domain(e) for e in person.emails})),
                ", ".join(sorted({source_word(t.source, lang) for t in ties})),
                say_n("label_ties", len(ties), lang),
                say("label_added", lang, day=(person.created_at or "")[:10]) if person.created_at
                else "", person.id]

    extra = {p.id: details(p) for p in people if _clash(labels, p.id)}
    for level in range(5):
        clashing = [pid for pid in extra if _clash(labels, pid)]
        if not clashing:
            break
        for pid in clashing:
            if extra[pid][level]:
                labels[pid] += f" · {extra[pid][level]}"
    return labels


def _clash(labels: dict[str, str], pid: str) -> bool:
    return sum(label == labels[pid] for label in labels.values()) > 1


def person_or_new(store: GraphStore, text: str, new: bool = False) -> tuple[Person, bool]:
    """The person ``text`` names exactly, or a new (not yet saved) one with that name; ``True``
    if new. A close name (typo, missing accent, initials, swapped names, part of a name) or a
    company's name is refused with suggestions unless ``new`` confirms a new person.

    An ambiguous name is still an error: better to ask than to guess between two friends.
    """
    if text.startswith("p:"):
        return store.get_person(text), False
    exact, close = person_matches(store, text)
    if len(exact) == 1:
        return exact[0], False
    if exact:
        raise AmbiguousName("people", text, _labelled(store, exact))
    name = " ".join(text.split())
    if not name_key(name):
        raise PersonNotFound("not_a_name", text=text)
    if len(name) > MAX_NAME_CHARS:
        raise DataRejected("name_long", most=MAX_NAME_CHARS)
    if not new:
        if close:
            raise NameNotConfirmed("did_you_mean", text=name,
                names=", ".join(label for _, label in _labelled(store, close)))
        company = company_named(store, text)
        if company is not None:
            raise NameNotConfirmed("company_not_person", text=company.name)
    # The id comes from the name: concurrent creators of one new name make one person.
    return Person(stable_id("p", name, "typed"), name), True


def company_or_new(store: GraphStore, text: str, new: bool = False) -> tuple[Company, bool]:
    """Like ``person_or_new``, for companies. A company found under another written form
    (``"Phocée Logistique, SAS"`` for ``"Phocée Logistique"``) comes back with that form
    added to its aliases, so saving it keeps what the user typed."""
    if text.startswith("c:"):
        return store.get_company(text), False
    exact, close = company_matches(store, text)
    name = " ".join(text.split())
    if len(exact) == 1:
        return with_alias(exact[0], name), False
    if exact:
        raise AmbiguousName("companies", text, [(c.id, c.name) for c in exact])
    if not company_key(name):
        raise CompanyNotFound("not_a_company_name", text=text)
    if len(name) > MAX_NAME_CHARS:
        raise DataRejected("name_long", most=MAX_NAME_CHARS)
    if close and not new:
        raise NameNotConfirmed("company_did_you_mean", text=name,
            names=", ".join(c.name for c in close))
    return Company(stable_id("c", name, "typed"), name), True


def with_alias(company: Company, typed: str) -> Company:
    """``company``, also known by ``typed`` if that is another way to write its name (saving
    it then keeps what the user typed: ``"Phocée Logistique, SAS"``)."""
    name = " ".join(typed.split())
    if fold(name) in map(fold, (company.name, *company.aliases)) or \
            name.lower() == (company.domain or ""):
        return company
    return replace(company, aliases=union(company.aliases, (name,)))


def names_of(store: GraphStore) -> Callable[[str], str]:
    """A person's name by id, each looked up once (for lists that name the same people often);
    someone whose name another person has too is named with where she works now ("Julien
    Martin (Bonne Mère Studio)"), as Warm paths' cards and Explore name them."""
    names: dict[str, str] = {}

    def name(person_id: str) -> str:
        if person_id not in names:
            people, _, namesakes = store.people_and_ties([person_id], [])
            if person_id not in people:
                raise PersonNotFound(id=person_id)
            company, plain = namesakes.get(person_id), people[person_id].name
            names[person_id] = named_at(plain, company) if company else plain
        return names[person_id]
    return name


_per_version: weakref.WeakKeyDictionary[object, dict[Hashable, tuple[int, Any]]] = (
    weakref.WeakKeyDictionary())
_per_version_lock = threading.Lock()
V = TypeVar("V")


def per_version(store: GraphStore, key: Hashable, compute: Callable[[], V]) -> V:
    """``compute()``, computed again only when the store's ``graph_version`` moves (one
    call to ask it), kept per store and ``key``: what a page shows on every rerun and only
    a write can change. Sessions share it (two computing at once both compute, once)."""
    version = store.graph_version()
    with _per_version_lock:
        found = _per_version.setdefault(store, {}).get(key)
    if found is None or found[0] != version:
        found = (version, compute())
        with _per_version_lock:
            _per_version[store][key] = found
    value: V = found[1]
    return value


def counts_now(store: GraphStore) -> Counts:
    """``store.counts()``, counted again only when ``graph_version`` moved: counting reads
    every tie (SQLite's ``count(*)``, Neo4j's counts), 40 ms at 30k people and 130 ms at
    100k on every page otherwise."""
    return per_version(store, "counts", store.counts)
