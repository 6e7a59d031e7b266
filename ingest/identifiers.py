"""What identifies a person across imports: e-mail addresses, phone numbers and LinkedIn
profiles, as comparable keys (``e:…``, ``t:…``, ``l:…``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final
from urllib.parse import unquote

from graph.core.formatting import phone_number

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

# An address: no space, one @, a domain of dotted parts of letters, digits and hyphens (not
# Exchange's X.500 "/o=…/cn=…"; not "lea@x.fr)" nor "mailto:lea@x.fr", whose wrapping goes
# first: ``email_address``)
ADDRESS: Final = re.compile(r"[^@\s<>,;:()\"]+@[\w-]+(?:\.[\w-]+)+")
# What separates several addresses in one cell: Google's " ::: ", Carnet's and Outlook's
# "; ", a comma, a line break (a space too, where each word is an address: ``emails_in``)
SEPARATORS: Final = re.compile(r":::|[;,\n]")


def unwrapped(text: str) -> str:
    """``text`` without what may wrap an address in it: spaces, a display name
    (« Léa Roux <lea@x.fr> », Outlook's « Léa Roux (lea@x.fr) »), « <…> », « mailto: »."""
    text = text.strip()
    if text.endswith(">") and "<" in text and _a_name(text[:text.rindex("<")]):
        text = text[text.rindex("<") + 1:-1].strip()
    elif text.endswith(")") and "(" in text:  # (« lea@x.fr (Léa Roux) »: a comment after it)
        cut = text.rindex("(")
        inner, outer = text[cut + 1:-1].strip(), text[:cut].strip()
        text = inner if "@" in inner and _a_name(outer) else outer
    if text[:7].lower() == "mailto:":
        text = text[7:].strip()
    return text


def email_address(text: str) -> str | None:
    """The one e-mail address ``text`` is, as written, without what wraps it (``unwrapped``),
    or ``None``: a placeholder (« n/a », « à compléter »), an address typed wrong (« elise@ »,
    « lea.roux@gmail », spaces inside) or several addresses are none. The one rule of every
    importer (``emails_in``) and of the People form.

    >>> email_address(" Léa Roux <Lea@X.fr> "), email_address("MAILTO:lea@x.fr")
    ('Lea@X.fr', 'lea@x.fr')
    >>> email_address("elise@"), email_address("n/a"), email_address("a@x.fr; b@y.fr")
    (None, None, None)
    """
    if ADDRESS.fullmatch(text):  # (most: an address alone)
        return text
    if not text.isascii():  # (a domain's accents may come decomposed: « e » + « ̀ »)
        text = unicodedata.normalize("NFC", text)
    text = unwrapped(text).removesuffix(".")  # (« lea@x.fr. »: the sentence's stop)
    return text if ADDRESS.fullmatch(text) else None


def emails_in(values: Iterable[str]) -> tuple[tuple[str, ...], int]:
    """The e-mail addresses ``values`` hold (an export's e-mail fields), each as
    ``email_address`` gives it and once whatever its capitals, and how many addresses typed
    wrong they hold (what is no address but has an « @ »: « elise@ »; each once). A field may
    hold several addresses (``SEPARATORS``); what holds none (« n/a », « - », Outlook's
    e-mail type "SMTP", Exchange's X.500 name) is left out and not counted. Nothing of what
    is left out is kept: an address is an identity key (two people of one address are one).

    >>> emails_in(["Lea@x.fr ::: lea@X.fr", "n/a", "elise@; b@y.fr", "<elise@>"])
    (('Lea@x.fr', 'b@y.fr'), 1)
    """
    found: dict[str, str] = {}
    wrong: set[str] = set()
    for value in values:
        address = email_address(value)
        if address is not None:
            found.setdefault(address.lower(), address)
            continue
        for part in SEPARATORS.split(_listed(value)):
            address = email_address(part)
            words = part.split()
            several = [email_address(word) for word in words] if len(words) > 1 else []
            if address is not None:
                found.setdefault(address.lower(), address)
            elif several and None not in several:  # (« a@x.fr b@y.fr »)
                for one in several:
                    found.setdefault(str(one).lower(), str(one))
            elif "@" in part:
                wrong.add(" ".join(unwrapped(part).split()).lower())
    return tuple(found.values()), len(wrong)


def _listed(value: str) -> str:
    """The addresses in brackets after a name, where Outlook's display name lists them
    (« Léa Roux (lea@x.fr, lea.roux@gmail.com) »), else the value."""
    value = value.strip()
    if (value.endswith(")") and "(" in value and "@" in value[value.rindex("("):]
            and _a_name(value[:value.rindex("(")])):
        return value[value.rindex("(") + 1:-1]
    return value


def _a_name(text: str) -> bool:
    """Whether ``text``, before an address in brackets, may be its display name: not another
    address listed before it (« lea@x.fr, Paul <paul@y.fr> » is two addresses); a name may be
    the address itself, quoted (« "lea@x.fr" <lea@x.fr> »)."""
    return "@" not in text or SEPARATORS.search(text) is None


def email_key(email: str) -> str:
    """An e-mail as compared: its address in small letters (« <Lea@X.fr> » is ``lea@x.fr``),
    else the text itself (what an older import kept, « n/a »: no address, no identity key)."""
    return (email_address(email) or email.strip()).lower()


def address_keys(emails: Iterable[str]) -> list[str]:
    """The addresses ``emails`` hold, in small letters: what identifies people (stored e-mails
    included, which an older import may have kept as they were: « <Lea@X.fr> », « n/a »)."""
    return [address.lower() for address in emails_in(emails)[0]]


def emails_added(known: tuple[str, ...], found: tuple[str, ...]) -> tuple[str, ...]:
    """``known``, then those of ``found`` that are new addresses: the same address in other
    capitals (``ISABELLE@Prigent-Conseil.fr``) or wrapped (« <isabelle@…> ») is not a second
    e-mail."""
    kept, seen = list(known), {email_key(e) for e in known} | set(address_keys(known))
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
    """The keys of a person's identifiers: e-mails (the addresses they hold: ``address_keys``),
    phones, then the LinkedIn profile's."""
    keys = [f"e:{address}" for address in address_keys(emails)] if emails else []
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
