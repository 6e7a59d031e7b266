"""The command's own lines (``cli/``), in both languages: said in ``--lang``'s language where
a command has it, else in $LANG's (English unless it is French)."""

from __future__ import annotations

from typing import Final

CLI: Final[dict[str, dict[str, str]]] = {
    # carnet paths
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
