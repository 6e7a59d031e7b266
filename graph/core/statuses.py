"""Work statuses written where an employer goes: « Freelance », « Retraitée », "Self-employed".

LinkedIn members, and people filling a phone's or Google's "Company" field, often write how
they work instead of where: such a cell names no company (two freelancers "at" Freelance are
not colleagues, and "Freelance" is no door to anyone). ``work_status`` tells them from real
companies by the whole cell, folded as names are (``name_key``: case, accents, punctuation
and spacing ignored), looked up in a table: never by a word inside it ("Freelance Republik",
"Freelance.com" and "Retraites Populaires" are companies). A status followed by a separator
and more words (« Freelance - Paris », « Indépendante | Marseille », "Freelance, Marseille")
is that status too; never a status that may name where she is (« Consultant - Capgemini »,
« Étudiante - Sciences Po »: ``NOT_BEFORE_WORDS``).

Two kinds of cells:
- a status (``STATUSES``): said as its kind's one tag, whatever the spelling or language
  (« Indépendante », "Self-employed" and « Auto-entrepreneur » are « Freelance »; "Retired"
  is « Retraité(e) »), so that a person bears one tag per kind and Explore finds everyone
  of a kind under one tag. The tags are written in French, the notebook's first language,
  and where both languages share a word it is the tag (« Freelance », « Entrepreneur »,
  « Stealth »); Explore's filter finds a kind by any of its spellings (``tag_key``: "retired"
  finds « Retraité(e) »). The cell's own words stay in the person's note (an import writes
  them there with her title);
- a placeholder (``PLACEHOLDERS``: "N/A", "-", "Various"), or a cell with no letter or
  digit: no company, and nothing to keep.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from graph.core.model import fold
from graph.core.names import company_key, name_key

# The tag of each kind of status, by its spellings once folded (``name_key``).
STATUSES: Final = {spelling: tag for tag, spellings in {
    "Freelance": ("freelance", "free lance", "freelancer", "freelanceuse", "freelance consultant",
                  "consultant freelance", "consultante freelance",
                  "independant", "travailleur independant",
                  "independante", "travailleuse independante", "independant e",
                  "consultant independant", "consultant independant e",
                  "consultante independante",
                  "independent", "independent consultant", "independent contractor",
                  "auto entrepreneur", "autoentrepreneur", "auto entrepreneuse",
                  "auto entrepreneur se", "auto entrepreneur e", "micro entrepreneur",
                  "microentrepreneur", "micro entrepreneuse", "micro entrepreneur se",
                  "micro entrepreneur e", "micro entreprise", "microentreprise",
                  "entreprise individuelle", "profession liberale",
                  "a mon compte", "a son compte", "a mon propre compte", "a leur compte",
                  "self employed", "selfemployed", "self employed consultant",
                  "consultant", "consultante", "consultant e"),
    "Intermittent(e) du spectacle": ("intermittent du spectacle", "intermittente du spectacle",
                                     "intermittent e du spectacle"),
    "En recherche d'emploi": ("en recherche d emploi", "recherche d emploi",
                              "en recherche d opportunites", "demandeur d emploi",
                              "demandeuse d emploi", "sans emploi", "en transition",
                              "en transition professionnelle", "en reconversion",
                              "en reconversion professionnelle",
                              "open to work", "opentowork", "open to opportunities", "job seeker",
                              "jobseeker", "looking for work", "looking for a job",
                              "looking for opportunities", "looking for new opportunities",
                              "open to new opportunities", "seeking opportunities", "unemployed",
                              "between jobs", "career break"),
    "Retraité(e)": ("retraite", "retraitee", "retraite e", "en retraite", "a la retraite",
                    "retired"),
    "Entrepreneur": ("entrepreneur", "entrepreneuse", "entrepreneur se"),
    "Stealth": ("stealth", "stealth mode", "stealth startup", "stealth start up"),
    "Étudiant(e)": ("etudiant", "etudiante", "etudiant e", "student"),
}.items() for spelling in spellings}

# Spellings that say no more than a trade when words follow them: « Consultant - Capgemini »
# and « Étudiante - Sciences Po » name where she is; a company is not lost on a guess.
NOT_BEFORE_WORDS: Final = frozenset({
    "consultant", "consultante", "consultant e", "entrepreneur", "entrepreneuse",
    "entrepreneur se", "etudiant", "etudiante", "etudiant e", "student",
    "independent"})  # (the newspaper)

# What ends a status followed by other words: a dash between spaces, a bar, a comma, a
# middle dot or bullet, a slash between spaces, a colon, an opening bracket.
SEPARATOR: Final = re.compile(r"\s[-–—/]\s|[|,·•:(\[]")

# Cells that say there is no company to say.
PLACEHOLDERS: Final = frozenset({
    "n a", "na", "nc", "n c", "non communique", "none", "aucun", "aucune", "neant", "sans",
    "sans objet", "various", "divers", "diverses", "xx", "xxx",
    "tbd", "tbc", "unknown", "inconnu", "inconnue", "confidential", "confidentiel", "private",
    "prive", "undisclosed", "not applicable", "null", "nil"})


def work_status(cell: str) -> str | None:
    """What a company cell says if it is no company: its status's tag, ``""`` for a
    placeholder or a cell with no letter or digit, ``None`` for a company (or nothing).

    >>> work_status("INDÉPENDANTE"), work_status("free-lance"), work_status("N/A")
    ('Freelance', 'Freelance', '')
    >>> work_status("Retired"), work_status("Freelance - Paris")
    ('Retraité(e)', 'Freelance')
    >>> work_status("Freelance Republik") is None, work_status("Consultant - Capgemini") is None
    (True, True)
    """
    if not cell.strip():
        return None
    key = name_key(cell)
    if not key or key in PLACEHOLDERS:
        return ""
    status = STATUSES.get(key)
    if status is None and (found := SEPARATOR.search(cell)) is not None:
        first, rest = name_key(cell[:found.start()]), name_key(cell[found.end():])
        # (words after it, a place, a trade; not a legal form: « Freelance, Inc. » is one)
        if rest and first not in NOT_BEFORE_WORDS and company_key(cell) != first:
            status = STATUSES.get(first)
    return status


def whole_status(cell: str) -> bool:
    """Whether the whole cell is a status, nothing more (« Indépendante », not « Freelance -
    Capgemini »).

    >>> whole_status("Self-employed"), whole_status("Freelance - Capgemini")
    (True, False)
    """
    return name_key(cell) in STATUSES


def tag_key(tag: str) -> str:
    """What a tag is matched by: its status's kind (a tag « Indépendante » or "Retired" an
    older import or a person wrote is « Freelance », « Retraité(e) »), else the tag folded
    (case and accents ignored).

    >>> tag_key("Self-employed") == tag_key("freelance"), tag_key("Clients") == tag_key("clients")
    (True, True)
    """
    key = name_key(tag)
    kind = STATUSES.get(key) if key not in NOT_A_KIND else None
    return kind or fold(tag)


# Tags that are no status, whatever the company column would say: « Consultant » a person
# typed may be a trade (a consultant at a firm), not a freelancer. (« Consultant(e) », the
# label imports wrote before one tag per kind, is the kind « Freelance ».)
NOT_A_KIND: Final = frozenset({"consultant", "consultante"})


def tags_added(tags: tuple[str, ...], new: Iterable[str]) -> tuple[str, ...]:
    """``tags`` then each of ``new`` that is not there yet, as tags match (``tag_key``): a
    status's tag is not added beside one of its kind she bears already (« Freelance »
    beside an older « Indépendante »: hers stays as it is).

    >>> tags_added(("Indépendante", "Clients"), ["Freelance", "clients", "Marseille"])
    ('Indépendante', 'Clients', 'Marseille')
    """
    keys = {tag_key(t) for t in tags}
    added = list(tags)
    for tag in new:
        if (key := tag_key(tag)) not in keys:
            keys.add(key)
            added.append(tag)
    return tuple(added)
