"""User-facing text outside the app's pages, in one shape: a key, then the text in French and
in English, with ``{placeholders}`` (the shape of ``app/i18n.py``'s tables, whose ``t`` also
finds these). Domain code returns codes and values; the CLI and the app word them here.

Moved here so far: the CLI's warm-paths text. Still elsewhere: the app's tables
(``app/i18n.py``), explanations (``graph/services/explain.py``), drafts
(``graph/services/drafts.py``), follow-ups and the demo (see docs/architecture.md).
"""

from __future__ import annotations

from typing import Final

WORDING: Final[dict[str, dict[str, str]]] = {
    "paths_nobody": {"fr": "Personne chez {company}{role} dans votre carnet.",
                     "en": "No one at {company}{role} in your network yet."},
    "paths_none": {"fr": "Aucun chemin vers {company}{role} en {hops} lien(s) au plus.",
                   "en": "No path to {company}{role} within {hops} hops."},
    "paths_none_one": {"fr": "Aucun chemin vers {company}{role} en {hops} lien(s) au plus.",
                       "en": "No path to {company}{role} within {hops} hop."},
    "paths_heading": {"fr": "Chemins vers {company}{role} :",
                      "en": "Warm paths to {company}{role}:"},
    "paths_direct": {"fr": "Vous y connaissez déjà du monde :",
                     "en": "You already know people there:"},
    "paths_asks": {"fr": "À qui demander une présentation :",
                   "en": "Whom to ask for an introduction:"},
    "paths_score": {"fr": "score {score}", "en": "score {score}"},
    "paths_inexact": {"fr": "(approché : pour rester rapide, la recherche a laissé de côté des "
                            "personnes très connectées)",
                      "en": "(approximate: to stay fast, the search left out some very "
                            "connected people)"},
    "colon": {"fr": " :", "en": ":"},
}


def say_n(key: str, n: int, lang: str, **values: object) -> str:
    """``say`` agreeing with a count: ``key_one`` for one, if there is one, else ``key``."""
    return say(f"{key}_one" if n == 1 and f"{key}_one" in WORDING else key, lang, **values)


def say(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang`` (``"fr"`` or ``"en"``), ``{placeholders}`` filled.

    >>> say("paths_heading", "fr", company="GME", role="")
    'Chemins vers GME :'
    """
    text = WORDING[key][lang]
    return text.format(**values) if values else text
