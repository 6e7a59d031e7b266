"""Role terms: whom at a company a search is for, by title or department (``carnet paths
--role``, the page's Role box; comma-separated terms, any may match).

A term matches a job when each of its words **begins a word** of the title or of the
department, case and accents ignored (``fold``): "comm" finds "Communication interne", "dir"
"Directrice", "resp com" "Responsable" in "Communication"; a term inside a word finds
nothing ("ting" is not "Marketing").

A few short words are abbreviations people type for a job's words (``ABBREVIATIONS``): such a
word matches itself as a whole word, or the words it stands for, never as the start of a
longer word. "com" finds "Chargée de com" and "Communication", not "Comptable"; "RH" finds
"RH", "DRH" and "Ressources humaines" (and, in either language, "HR" and "Human resources").

>>> role_matches(["com"], fold("Chargée de com"), ""), role_matches(["com"], "comptable", "")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from graph.core.model import Job, fold

# What each abbreviation stands for (folded; each word the start of a word, in this order;
# another abbreviation, a whole word). The app speaks both languages over one notebook: "HR"
# typed in English finds French titles ("Responsable RH"), and "RH" English ones.
ABBREVIATIONS: Final[dict[str, tuple[str, ...]]] = {
    "com": ("communication",),
    "rh": ("drh", "rrh", "ressources humaines", "hr", "human resources", "chro"),
    "drh": ("directeur des ressources humaines", "directrice des ressources humaines",
            "direction des ressources humaines"),
    "hr": ("human resources", "chro", "rh", "drh", "rrh", "ressources humaines"),
    "chro": ("chief human resources officer",),  # (a whole word: not « Chroniqueuse »)
    "dg": ("directeur general", "directrice generale", "direction generale"),
    "dsi": ("systemes d information",),
    "it": ("informatique", "information technology"),
}
_WORD: Final = re.compile(r"[a-z0-9]+")
_START: Final = r"(?<![a-z0-9])"  # (folded text is lowercase ASCII)


def role_words(term: str) -> list[str]:
    """A (folded) term's words: ``"Resp. com"`` → ``["resp", "com"]``."""
    return _WORD.findall(fold(term))


@lru_cache(maxsize=256)
def _patterns(term: str) -> tuple[re.Pattern[str], ...]:
    """One pattern per word of ``term`` (an abbreviation: itself whole, or its words)."""
    found = []
    for word in role_words(term):
        ways = [re.escape(word)]
        if word in ABBREVIATIONS:
            ways = [re.escape(word) + "(?![a-z0-9])",
                    *(re.escape(phrase) + "(?![a-z0-9])" if phrase in ABBREVIATIONS
                      else r"[^a-z0-9]+".join(map(re.escape, phrase.split()))
                      for phrase in ABBREVIATIONS[word])]
        found.append(re.compile(_START + "(?:" + "|".join(ways) + ")"))
    return tuple(found)


def role_matches(terms: Iterable[str], title_key: str, department_key: str) -> bool:
    """Any of the ``terms`` matches the (folded) title or department (see the module); a
    term with no word in it (``"-"``) matches nothing."""
    for term in terms:
        patterns = _patterns(term)
        if patterns and all(p.search(title_key) or p.search(department_key)
                            for p in patterns):
            return True
    return False


def jobs_for_role(staff: Iterable[Job], role: str | None) -> dict[str, Job]:
    """The jobs of ``staff`` (a company's, as ``employees`` lists them) that ``role`` names
    (its comma-separated terms, any may match; no role: all), one a person: the best
    (current first). What ``warmpaths.target_jobs`` searches for."""
    terms = [fold(term) for term in (role or "").split(",") if fold(term)]
    chosen: dict[str, Job] = {}
    for job in staff:
        if terms and not role_matches(terms, fold(job.title), fold(job.department)):
            continue
        if job.person not in chosen or (job.current and not chosen[job.person].current):
            chosen[job.person] = job
    return chosen
