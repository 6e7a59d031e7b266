"""A person's card as someone types it (the People page's form, ``carnet people edit``):
what she adds is cleaned as imports clean what they read, or refused whole with one readable
line; what was already on the card is kept as it was, unchecked, whoever wrote it (an import,
an older version), so that a save changes only what she changed.

New values:
- the name: spaces tidied, not empty, a name (``name_key``), at most ``MAX_NAME_CHARS``;
- e-mails: each an address (``email_address``, as imports read them: a ``mailto:``, ``<…>``
  or a display name around it taken off); the same address twice, once;
- phones: in E.164 when they read as numbers (``06 12 34 56 78`` → ``+33612345678``, as imports
  keep them), as typed otherwise (``poste 12``, a number with its extension); one already
  there, as the pages show it (``06 12 34 56 78``), is hers as stored;
- LinkedIn: an address on linkedin.com, without its query (``?utm_source=share…``), or nothing;
- tags: trimmed, once whatever their capitals;
- other names: as ``other_names`` keeps them, none longer than a name may be.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from graph.core.errors import DataRejected
from graph.core.formatting import phone
from graph.core.model import Person, fold, other_names
from graph.core.names import MAX_NAME_CHARS, name_key
from ingest.identifiers import email_address, email_key, linkedin_url, phone_key, phones_as_keys


def typed_person(before: Person, *, name: str, emails: Iterable[str], phones: Iterable[str],
                 linkedin: str, notes: str, tags: Iterable[str],
                 aliases: Iterable[str]) -> Person:
    """``before`` with these fields as typed (see the module); ``DataRejected`` naming the
    first new value that cannot be kept (nothing is saved)."""
    kept_name = " ".join(name.split())
    if kept_name != " ".join(before.name.split()):
        if not kept_name:
            raise DataRejected("need_name")
        if not name_key(kept_name):
            raise DataRejected("not_a_name", text=kept_name)
        if len(kept_name) > MAX_NAME_CHARS:
            raise DataRejected("name_long", most=MAX_NAME_CHARS)
    else:
        kept_name = before.name  # (an older, longer one: as it is)
    return Person(
        before.id, kept_name,
        _once(_kept(before.emails, emails, _email), email_key),
        _once(_kept(before.phones, phones, lambda p: phones_as_keys((p,))[0], shown=phone),
              lambda p: phone_key(p) or p),
        _profile(before.linkedin, linkedin), notes,
        _once(_kept(before.tags, tags, lambda t: t), fold),
        other_names(kept_name, _kept(before.aliases, aliases, _other_name)),
        before.created_at, before.updated_at)


def without(values: Iterable[str], gone: Iterable[str], key: Callable[[str], str],
            kind: str) -> tuple[str, ...]:
    """``values`` but those ``gone`` names, compared by ``key`` (an address in other capitals,
    a number written otherwise, a name without its accents are the same); ``DataRejected``
    for one of ``gone`` that is none of them (``kind``: ``email``, ``phone``, ``tag`` or
    ``other_name``)."""
    values = tuple(values)
    keys = {key(g): g for g in gone}
    if missing := [g for k, g in keys.items() if k not in {key(v) for v in values}]:
        raise DataRejected(f"not_among_{kind}s", text=missing[0])
    return tuple(v for v in values if key(v) not in keys)


def listed(texts: Iterable[str]) -> tuple[str, ...]:
    """Each text split at its commas, as a box of the People form is: ``("a, b", "c")`` →
    ``("a", "b", "c")``."""
    return tuple(part.strip() for text in texts for part in text.split(",") if part.strip())


def _kept(before: tuple[str, ...], typed: Iterable[str], clean: Callable[[str], str],
          shown: Callable[[str], str] = lambda v: v) -> list[str]:
    """The typed values in their order: one already on the card (as stored, or as ``shown``)
    as it is, a new one ``clean``-ed."""
    known = {shown(v): v for v in before} | {v: v for v in before}
    return [known[t] if t in known else clean(t) for t in map(str.strip, typed) if t]


def _once(values: list[str], key: Callable[[str], str]) -> tuple[str, ...]:
    """Each value whose ``key`` comes again left out (the first kept)."""
    first: dict[str, str] = {}
    for value in values:
        first.setdefault(key(value), value)
    return tuple(first.values())


def _email(typed: str) -> str:
    address = email_address(typed.strip().rstrip(",;"))  # (the imports' rule)
    if address is None:
        raise DataRejected("not_an_email", text=typed)
    return address


def _other_name(typed: str) -> str:
    name = " ".join(typed.split())
    if len(name) > MAX_NAME_CHARS:
        raise DataRejected("other_name_long", most=MAX_NAME_CHARS)
    return name


def _profile(before: str | None, typed: str) -> str | None:
    typed = typed.strip()
    if typed == (before or ""):
        return before
    if not typed:
        return None
    host = urlsplit(typed if "//" in typed else f"//{typed}").hostname or ""
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        raise DataRejected("not_a_profile", text=typed)
    return linkedin_url(typed)
