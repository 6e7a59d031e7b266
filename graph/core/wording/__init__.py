"""Every text Carnet shows or writes for a person, in one place and one shape.

Each module of this package is one area's table (``app`` and ``app_records`` the app's
pages, ``errors`` expected errors, ``codes`` the domain's codes, ``cli`` the command's lines,
``cli_help`` its ``--help``, ``explain``, ``drafts``, ``followups``, ``labels``), and every
table has the same shape: a key, then the text in French and in English, with
``{placeholders}``. Keys are unique across the areas
(``tests/test_wording.py``), so one lookup, ``say``, serves them all: the app's ``t`` is
``say`` in the user's language, the command's lines are ``say`` in ``--lang``'s.

The rule: domain code returns codes and values (a status, a reason code, a count, a name);
the edge that shows them (a page, a command, the service that writes a sentence or a draft)
calls ``say``. No other module holds a sentence for a person.
"""

from __future__ import annotations

from typing import Final

from graph.core.wording.app import APP
from graph.core.wording.app_records import APP_RECORDS
from graph.core.wording.cli import CLI
from graph.core.wording.cli_help import CLI_HELP
from graph.core.wording.codes import CODES
from graph.core.wording.drafts import DRAFTS
from graph.core.wording.errors import ERRORS
from graph.core.wording.explain import EXPLAIN
from graph.core.wording.followups import FOLLOWUPS
from graph.core.wording.labels import LABELS

LANGS: Final = ("fr", "en")

AREAS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "app": APP, "app_records": APP_RECORDS, "errors": ERRORS, "codes": CODES, "cli": CLI,
    "cli_help": CLI_HELP,
    "explain": EXPLAIN, "drafts": DRAFTS, "followups": FOLLOWUPS, "labels": LABELS}
WORDING: Final[dict[str, dict[str, str]]] = {
    key: texts for table in AREAS.values() for key, texts in table.items()}


def say(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang`` (``"fr"`` or ``"en"``; English for any other),
    ``{placeholders}`` filled.

    >>> say("paths_heading", "fr", company="GME", role="")
    'Chemins vers GME :'
    """
    text = WORDING[key][lang if lang in LANGS else "en"]
    return text.format(**values) if values else text


def say_n(key: str, n: int, lang: str, **values: object) -> str:
    """``say`` agreeing with a count: ``key_one`` for one (zero or one in French), if there is
    one, else ``key``; ``n`` is among the values.

    >>> say_n("paths_none", 1, "en", company="GME", role="", hops=1)
    'No path to GME within 1 hop.'
    >>> say_n("sum_added", 29940, "fr")  # (as French writes numbers)
    '29\xa0940 nouvelles personnes'
    """
    from graph.core import formatting  # (see error_params)

    one = n == 1 or (n == 0 and lang == "fr")
    return say(f"{key}_one" if one and f"{key}_one" in WORDING else key, lang,
               n=formatting.count(n, lang), **values)


def say_error(code: str, params: dict[str, object], lang: str) -> str:
    """An expected error's words (``err_<code>``, its ``params`` filled; ``kind`` names a
    kind of file, ``kind_<kind>``).

    >>> say_error("binary", {"file": "a.pdf", "kind": "pdf"}, "en")
    'a.pdf: this is a PDF document, not a contacts export'
    """
    return say(f"err_{code}", lang, **error_params(params, lang))


ERROR_COUNTS: Final = frozenset({"n", "most", "mb", "kb"})  # an error's counts and sizes


def error_params(params: dict[str, object], lang: str) -> dict[str, object]:
    """An error's ``params`` as its words show them in ``lang``: ``kind`` named
    (``kind_<kind>``), a JSON ``problem`` too (``json_problem_<problem>``), counts and sizes
    (``ERROR_COUNTS``) written as the language writes numbers ("100 000", "2,5" in French)."""
    from graph.core import formatting  # (formatting's model imports no wording, and so on)

    def shown(name: str, value: object) -> object:
        if name == "kind":
            return say(f"kind_{value}", lang)
        if name == "problem":  # (a JSON parser's message, as a code: json_problem)
            return say(f"json_problem_{value}", lang)
        if name not in ERROR_COUNTS or isinstance(value, bool) \
                or not isinstance(value, int | float):
            return value  # (a line's number is a number, not a count: "ligne 12345")
        return formatting.count(value, lang) if isinstance(value, int) else \
            formatting.number(value, lang, 1)
    return {name: shown(name, value) for name, value in params.items()}


def reason_words(reason: str, lang: str) -> str:
    """A review's reason (a code, ``graph.core.model.review_reason``) in words: "similar
    names (LinkedIn import)"; a reason Carnet does not know, as stored.

    >>> reason_words("same_name/notebook", "fr")
    'même nom (déjà dans le carnet)'
    """
    from graph.core.model import reason_parts  # (the model imports no wording)

    parts = reason_parts(reason)
    if parts is None or f"review_{parts[0]}" not in WORDING:
        return reason
    kind, where = parts
    source = say(f"source_{where}", lang) if f"source_{where}" in WORDING else where
    said = (say("review_in_notebook", lang) if where == "notebook" else
            say("review_in_import", lang, source=source))
    return f"{say(f'review_{kind}', lang)} ({said})"


def status_word(status: str, lang: str) -> str:
    """A referral's or intro request's status in words; a code Carnet does not know, as stored.

    >>> status_word("asked", "fr"), status_word("meeting", "en"), status_word("custom", "fr")
    ('demandée', 'meeting set', 'custom')
    """
    return say(f"status_{status}", lang) if f"status_{status}" in WORDING else status


def source_word(source: str, lang: str) -> str:
    """Where a tie came from, in words; a code Carnet does not know, as stored.

    >>> source_word("manual", "fr"), source_word("vcard", "en"), source_word("custom", "fr")
    ('saisie', 'contact card (vCard)', 'custom')
    """
    return say(f"source_{source}", lang) if f"source_{source}" in WORDING else source
