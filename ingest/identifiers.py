"""What identifies a person across imports: e-mail addresses, phone numbers and LinkedIn
profiles, as comparable keys (``e:…``, ``t:…``, ``l:…``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final
from urllib.parse import unquote

from graph.core.formatting import phone_number

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

# An address: no space, one @, a domain of dotted parts (not Exchange's X.500 "/o=…/cn=…")
ADDRESS: Final = re.compile(r"[^@\s<>,;]+@[^@\s<>,;.]+(?:\.[^@\s<>,;.]+)+")


def email_key(email: str) -> str:
    return email.strip().lower()


def emails_added(known: tuple[str, ...], found: tuple[str, ...]) -> tuple[str, ...]:
    """``known``, then those of ``found`` that are new addresses: the same address in other
    capitals (``ISABELLE@Prigent-Conseil.fr``) is not a second e-mail."""
    kept, seen = list(known), {email_key(e) for e in known}
    for email in found:
        if email_key(email) not in seen:
            kept.append(email)
            seen.add(email_key(email))
    return tuple(kept)


def phones_added(known: tuple[str, ...], found: tuple[str, ...]) -> tuple[str, ...]:
    """``known``, then those of ``found`` that are new numbers (in E.164 when they parse): a
    number noted by hand as ``+33 6 12 34 56 78`` is not a second one when an export writes it
    ``06 12 34 56 78``."""
    seen = {phone_key(p) or p for p in known}
    return known + tuple(p for p in phones_as_keys(found) if p not in seen)


def phone_key(phone: str) -> str | None:
    """``06 12 34 56 78`` and ``+33612345678`` → ``+33612345678``; junk → ``None``."""
    number = phone_number(phone)
    return None if number is None else _e164(number)


def _e164(number: PhoneNumber) -> str:
    import phonenumbers  # here, not at the top: only imports and edits read phone numbers

    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def linkedin_url(url: str) -> str | None:
    """``…/in/jean-dupont?trk=x`` → ``…/in/jean-dupont``: the query says nothing of who."""
    url = url.strip().partition("?")[0].partition("#")[0].rstrip("/")
    return url or None


def linkedin_key(url: str | None) -> str | None:
    """The profile's slug: ``https://…linkedin.com/in/Jean-Dupont-123/`` → ``jean-dupont-123``."""
    if not url or "/in/" not in url:
        return None
    found = url.partition("/in/")[2].partition("/")[0].partition("?")[0]
    return unquote(found).lower() or None


def person_keys(emails: tuple[str, ...], phones: tuple[str, ...],
                linkedin: str | None) -> list[str]:
    """The keys of a person's identifiers: e-mails, phones, then the LinkedIn profile's."""
    keys = [f"e:{email_key(e)}" for e in emails if "@" in e]
    keys += [f"t:{k}" for p in phones if (k := phone_key(p))]
    if (slug_key := linkedin_key(linkedin)) is not None:
        keys.append(f"l:{slug_key}")
    return keys


def phones_as_keys(phones: tuple[str, ...]) -> tuple[str, ...]:
    """Phones in E.164 when they parse, as written otherwise, or with an extension (``01 23 45
    67 89 poste 12``: E.164 would drop it; the number's key keeps matching it)."""
    def kept(phone: str) -> str:  # (each number read once: the slow part of an import's phones)
        number = phone_number(phone)
        return phone if number is None else phone.strip() if number.extension \
            else _e164(number)
    return tuple(dict.fromkeys(map(kept, phones)))
