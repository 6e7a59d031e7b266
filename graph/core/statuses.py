"""Work statuses written where an employer goes: « Freelance », « Retraitée », "Self-employed".

LinkedIn members, and people filling a phone's or Google's "Company" field, often write how
they work instead of where: such a cell names no company (two freelancers "at" Freelance are
not colleagues, and "Freelance" is no door to anyone). ``work_status`` tells them from real
companies by the whole cell, folded as names are (``name_key``: case, accents, punctuation
and spacing ignored), looked up in a table: never by a word inside it ("Freelance Republik",
"Freelance.com" and "Retraites Populaires" are companies).

Two kinds of cells:
- a status (``STATUSES``): said again as the table writes it, one label for every spelling
  (« FREELANCE » and « free-lance » are « Freelance »), so an import can keep it (a tag);
- a placeholder (``PLACEHOLDERS``: "N/A", "-", "Various"), or a cell with no letter or
  digit: no company, and nothing to keep.
"""

from __future__ import annotations

from typing import Final

from graph.core.names import name_key

# The label of each status, by its spellings once folded (``name_key``).
STATUSES: Final = {spelling: label for label, spellings in {
    "Freelance": ("freelance", "free lance", "freelancer", "freelanceuse", "freelance consultant",
                  "consultant freelance", "consultante freelance"),
    "Indépendant": ("independant", "travailleur independant"),
    "Indépendante": ("independante", "travailleuse independante", "independant e"),
    "Consultant indépendant": ("consultant independant", "consultant independant e",
                               "consultante independante"),
    "Independent": ("independent", "independent consultant", "independent contractor"),
    "Auto-entrepreneur": ("auto entrepreneur", "autoentrepreneur", "auto entrepreneuse",
                          "auto entrepreneur se", "auto entrepreneur e", "micro entrepreneur",
                          "microentrepreneur", "micro entrepreneuse", "micro entrepreneur se",
                          "micro entrepreneur e", "micro entreprise", "microentreprise"),
    "Entreprise individuelle": ("entreprise individuelle",),
    "Profession libérale": ("profession liberale",),
    "Intermittent(e) du spectacle": ("intermittent du spectacle", "intermittente du spectacle",
                                     "intermittent e du spectacle"),
    "À mon compte": ("a mon compte", "a son compte", "a mon propre compte", "a leur compte"),
    "Self-employed": ("self employed", "selfemployed", "self employed consultant"),
    "En recherche d'emploi": ("en recherche d emploi", "recherche d emploi",
                              "en recherche d opportunites", "demandeur d emploi",
                              "demandeuse d emploi", "sans emploi", "en transition",
                              "en transition professionnelle", "en reconversion",
                              "en reconversion professionnelle"),
    "Open to work": ("open to work", "opentowork", "open to opportunities", "job seeker",
                     "jobseeker", "looking for work", "looking for a job",
                     "looking for opportunities", "looking for new opportunities",
                     "open to new opportunities", "seeking opportunities", "unemployed",
                     "between jobs", "career break"),
    "Retraité(e)": ("retraite", "retraitee", "retraite e", "en retraite", "a la retraite"),
    "Retired": ("retired",),
    "Consultant(e)": ("consultant", "consultante", "consultant e"),
    "Entrepreneur": ("entrepreneur", "entrepreneuse", "entrepreneur se"),
    "Stealth": ("stealth", "stealth mode", "stealth startup", "stealth start up"),
    "Étudiant(e)": ("etudiant", "etudiante", "etudiant e"),
    "Student": ("student",),
}.items() for spelling in spellings}

# Cells that say there is no company to say.
PLACEHOLDERS: Final = frozenset({
    "n a", "na", "nc", "n c", "non communique", "none", "aucun", "aucune", "neant", "sans",
    "sans objet", "various", "divers", "diverses", "xx", "xxx",
    "tbd", "tbc", "unknown", "inconnu", "inconnue", "confidential", "confidentiel", "private",
    "prive", "undisclosed", "not applicable", "null", "nil"})


def work_status(cell: str) -> str | None:
    """What a company cell says if it is no company: a status's label, ``""`` for a
    placeholder or a cell with no letter or digit, ``None`` for a company (or nothing).

    >>> work_status("INDÉPENDANTE"), work_status("free-lance"), work_status("N/A")
    ('Indépendante', 'Freelance', '')
    >>> work_status("Freelance Republik") is None, work_status("") is None
    (True, True)
    """
    if not cell.strip():
        return None
    key = name_key(cell)
    if not key or key in PLACEHOLDERS:
        return ""
    return STATUSES.get(key)
