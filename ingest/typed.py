"""A person's card as someone types it (the People page's form, ``carnet people edit``):
cleaned as imports clean what they read, or refused whole with one readable line.

- the name: spaces tidied, not empty, a name (``name_key``), at most ``MAX_NAME_CHARS``;
- e-mails: each an address (``ADDRESS``), kept as typed; the same one twice, once;
- phones: in E.164 when they read as numbers (``06 12 34 56 78`` → ``+33612345678``, as
  imports keep them: a number is found and compared in one form), as typed otherwise
  (``poste 12``);
- LinkedIn: a profile's address (``…/in/…``) or nothing;
- other names: as ``other_names`` keeps them, none longer than a name may be.
"""

from __future__ import annotations

from collections.abc import Callable

from graph.core.errors import DataRejected
from graph.core.model import Person, other_names
from graph.core.names import MAX_NAME_CHARS, name_key
from ingest.identifiers import ADDRESS, emails_added, linkedin_key, phones_as_keys


def typed_person(person: Person, *, name: str, emails: tuple[str, ...],
                 phones: tuple[str, ...], linkedin: str, notes: str, tags: tuple[str, ...],
                 aliases: tuple[str, ...]) -> Person:
    """``person`` (its id and dates) with these fields as typed, cleaned; ``DataRejected``
    naming the first field that cannot be kept (nothing is saved)."""
    kept_name = " ".join(name.split())
    if not kept_name:
        raise DataRejected("need_name")
    if not name_key(kept_name):
        raise DataRejected("not_a_name", text=kept_name)
    if len(kept_name) > MAX_NAME_CHARS:
        raise DataRejected("name_long", most=MAX_NAME_CHARS)
    if any(len(" ".join(a.split())) > MAX_NAME_CHARS for a in aliases):
        raise DataRejected("other_name_long", most=MAX_NAME_CHARS)
    typed_emails = tuple(e.strip() for e in emails if e.strip())
    if bad := next((e for e in typed_emails if not ADDRESS.fullmatch(e)), None):
        raise DataRejected("not_an_email", text=bad)
    profile = linkedin.strip()
    if profile and linkedin_key(profile) is None:
        raise DataRejected("not_a_profile", text=profile)
    return Person(person.id, kept_name, emails_added((), typed_emails),
                  phones_as_keys(tuple(p.strip() for p in phones if p.strip())),
                  profile or None, notes, tuple(dict.fromkeys(t for t in tags if t.strip())),
                  other_names(kept_name, aliases), person.created_at, person.updated_at)


def without(values: tuple[str, ...], gone: tuple[str, ...], key: Callable[[str], str],
            kind: str) -> tuple[str, ...]:
    """``values`` but those ``gone`` names, compared by ``key`` (an address in other
    capitals, a number written otherwise, a name without its accents are the same);
    ``DataRejected`` for one of ``gone`` that is none of them (``kind``: what they are)."""
    keys = {key(g): g for g in gone}
    if missing := [g for k, g in keys.items() if k not in {key(v) for v in values}]:
        raise DataRejected(f"no_such_{kind}", text=missing[0])
    return tuple(v for v in values if key(v) not in keys)
