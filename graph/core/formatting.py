"""Numbers and dates as a French or English reader writes them.

Pure functions shared by the app and the command: ``number(0.39, "fr") == "0,39"``,
``percent(0.39, "fr") == "39 %"``, ``day("2026-11-27", "fr") == "27 nov. 2026"``. (Dates
typed as 27/11/2026 are read by the command's ``DATE`` type and the app's date pickers.)
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING, Final

from graph.core.model import fold

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

NBSP: Final = "\u00a0"
YEAR_DAYS: Final = 365.25
MONTH_DAYS: Final = YEAR_DAYS / 12
MONTHS: Final = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


PHONE_REGION: Final = "FR"  # where a number written without its country code is


def phone_number(text: str) -> PhoneNumber | None:
    """``text`` read as a phone number (one of ``PHONE_REGION`` when it has no country code),
    or None if it cannot be one: what both a number's key (imports) and its form (pages)
    start from."""
    import phonenumbers  # (here: only imports, edits and pages that show a number need it)

    try:
        number = phonenumbers.parse(text, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


NUMBER_MARKS: Final = " .-/()"  # what a store takes out of its search key to match those forms
_NUMBER_MARKS: Final = re.compile(rf"[\s{re.escape(NUMBER_MARKS)}]")  # (any space, as typed)
_TYPED_NUMBER: Final = re.compile(rf"\+?[\d\s{re.escape(NUMBER_MARKS)}]+")
# A trunk zero in brackets after a country code, as many write it (« +44 (0)20 … »)
_TRUNK_ZERO: Final = re.compile(r"^(\s*(?:\+|00)\s*\d{1,3})\s*\(0\)")


def typed_number_forms(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A phone number, or its start, as typed in a search (``06 12 34``, ``+33 6 12``,
    ``0033 6…``, ``+33 (0)6…``), as a person's number reads without its marks (spaces, dots,
    dashes, slashes, brackets: ``NUMBER_MARKS``): the forms a number must **start** with (in
    international and in national form for ``PHONE_REGION``: numbers are kept in E.164 by
    imports, as typed elsewhere), and those it may hold anywhere (digits with no prefix:
    ``12 34 56``). Nothing for a text that is not a number of three digits or more.

    >>> typed_number_forms("06 12 34"), typed_number_forms("+33 (0)6 12")
    ((('061234', '+3361234'), ()), (('+33612', '0612'), ()))
    >>> typed_number_forms("12 34 56"), typed_number_forms("Léa")
    (((), ('123456',)), ((), ()))
    >>> typed_number_forms("+44 (0)20 79"), typed_number_forms("０６ １２ ３４")
    ((('+442079',), ()), (('061234', '+3361234'), ()))
    """
    text = unicodedata.normalize("NFKC", text)  # (full-width digits: ``１２`` is ``12``)
    if not _TYPED_NUMBER.fullmatch(text.strip()) or sum(c.isdigit() for c in text) < 3:
        return (), ()
    import phonenumbers

    bare = _NUMBER_MARKS.sub("", _TRUNK_ZERO.sub(r"\1", text))
    bare = "+" + bare[2:] if bare.startswith("00") else bare
    code = f"+{phonenumbers.country_code_for_region(PHONE_REGION)}"
    region = phonenumbers.PhoneMetadata.metadata_for_region(PHONE_REGION)
    prefix = (region.national_prefix if region else None) or ""  # ("0" in France)
    if prefix and bare.startswith(code + prefix):  # "+33 06…"
        bare = code + bare[len(code + prefix):]
    if prefix and bare.startswith(code):
        return (bare, prefix + bare[len(code):]), ()
    if prefix and bare.startswith(prefix):
        return (bare, code + bare[len(prefix):]), ()
    return ((bare,), ()) if bare.startswith("+") else ((), (bare,))


def phone(text: str) -> str:
    """A phone number as people write it: one of ``PHONE_REGION`` in its groups
    (``+33612345678`` → ``06 12 34 56 78``), another with its country code (``+44 20 7946
    0958``); anything else as stored (a number is never lost to its form).

    >>> phone("+33612345678"), phone("+442079460958"), phone("poste 12")
    ('06 12 34 56 78', '+44 20 7946 0958', 'poste 12')
    """
    import phonenumbers

    number = phone_number(text)
    if number is None:
        return text
    form = phonenumbers.PhoneNumberFormat.NATIONAL \
        if phonenumbers.region_code_for_number(number) == PHONE_REGION \
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return str(phonenumbers.format_number(number, form))


def number(value: float, lang: str, digits: int = 2) -> str:
    """``0.39`` → ``"0,39"`` in French, ``"0.39"`` in English; thousands grouped as each
    language groups them (``"4 096,0"``, ``"4,096.0"``)."""
    text = f"{value:,.{digits}f}"
    return text.replace(",", NBSP).replace(".", ",") if lang == "fr" else text


def count(n: int, lang: str) -> str:
    """``30000`` → ``"30 000"`` (no-break spaces) in French, ``"30,000"`` in English."""
    text = f"{n:,}"
    return text.replace(",", NBSP) if lang == "fr" else text


def percent(value: float, lang: str) -> str:
    """``0.39`` → ``"39 %"`` (with a no-break space) in French, ``"39%"`` in English."""
    whole = f"{round(value * 100):d}"
    return f"{whole}{NBSP}%" if lang == "fr" else f"{whole}%"


def day(iso: str | date | None, lang: str, missing: str = "—") -> str:
    """An ISO date as ``"27 nov. 2026"`` / ``"27 Nov 2026"``; ``missing`` when there is none
    (or it is not a date: shown as stored rather than lost). The first of a month is "1er" in
    French, as French writes it.

    >>> day("2026-12-01", "fr"), day("2026-12-01", "en")
    ('1er déc. 2026', '1 Dec 2026')
    """
    if iso is None or iso == "":
        return missing
    try:
        when = iso if isinstance(iso, date) else date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    first = "er" if lang == "fr" and when.day == 1 else ""
    return (f"{when.day}{first} {MONTHS['fr' if lang == 'fr' else 'en'][when.month - 1]} "
            f"{when.year}")


def elapsed(days: int) -> tuple[str, int]:
    """A time as a person says it: its unit and the nearest whole number of it. Days up to
    13, then weeks (2 or 3), a month from 25 days to 45, months up to 18, then years. Halves
    go up: 46 days are "2 months", 18 months "2 years". (Cutting instead of rounding said
    "2 weeks" for 20 days and "2 years" for 1,000.)

    >>> [elapsed(d) for d in (13, 20, 30, 59, 400, 548, 1000)]
    [('days', 13), ('weeks', 3), ('months', 1), ('months', 2), ('months', 13), \
('years', 2), ('years', 3)]
    """
    if days < 14:
        return "days", days
    if days < 25:
        return "weeks", math.floor(days / 7 + 0.5)
    if days < 548:
        return "months", max(1, math.floor(days / MONTH_DAYS + 0.5))
    return "years", math.floor(days / YEAR_DAYS + 0.5)


def of(name: str) -> str:
    """French "de Karim", "d'Élodie", "d'Hélène", "d'Yves" but "de Yasmine": elided before a
    vowel sound (a mute h, as in most first names; a y only before a consonant)."""
    return f"d'{name}" if _vowel_sound(name) else f"de {name}"


def that(name: str) -> str:
    """French "que Noémie", "qu'Élodie": elided as ``of`` is."""
    return f"qu'{name}" if _vowel_sound(name) else f"que {name}"


def _vowel_sound(name: str) -> bool:
    start = fold(name)[:2]
    return start[:1] in tuple("aeiouh") or (start[:1] == "y" and start[1:] not in tuple("aeiou"))


def mid_sentence(text: str) -> str:
    """A text written to stand alone, as it reads inside a sentence: its first letter in
    lower case when it starts like an ordinary sentence, a plain capitalised word (only its
    first letter a capital) followed by a word in lower case. Anything else is kept as
    written, since it may be a name: a word alone, a run of capitalised words, an acronym,
    a word with a hyphen, an apostrophe or a digit.

    >>> mid_sentence("Consultante en communication indépendante")
    'consultante en communication indépendante'
    >>> [mid_sentence(t) for t in ("Groupe Méditerranée Énergie", "Isabelle Prigent",
    ...                            "DRH chez GME", "L'Oréal", "Marseille-based consultant")]
    ['Groupe Méditerranée Énergie', 'Isabelle Prigent', 'DRH chez GME', "L'Oréal", \
'Marseille-based consultant']
    """
    words = text.split(maxsplit=2)
    if (len(words) > 1 and words[0].isalpha() and words[0][:1].isupper()
            and words[0][1:].islower() and words[1][:1].islower()):
        return text[:1].lower() + text[1:]
    return text


def listing(items: list[str], lang: str) -> str:
    """Items as a sentence lists them: ``"a, b and c"``, ``"a, b et c"`` in French.

    >>> listing(["du rôle", "du contexte", "de la date"], "fr")
    'du rôle, du contexte et de la date'
    """
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])}{' et ' if lang == 'fr' else ' and '}{items[-1]}"
