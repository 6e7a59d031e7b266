"""A CSV's columns as the user names them: in the app's column mapping, in ``--column``, in
mappings given to ``parse_csv``; and which field each usual header name means.

A header is named as written, except:
- a name written more than once: each is named with its rank, « Titre (1) », « Titre (2) »
  (French Outlook writes « Titre » twice: the civility, M. or Mme, first, before
  « Prénom »; the job title later, after « Société » and « Service »). The bare name still
  names one of them where one only is no civility: in French Outlook's file « Titre » is
  the job title, as ``--column title=Titre`` always meant; else it is refused as ambiguous,
  naming the choices;
- a column with no name: « Colonne 5 » (its place, from 1), or "Column 5" in English: a
  mapping may use either.

``column_kinds`` tells the app which column is a civility, which the job title and which has
no name, so that the mapping shows « Titre (1) · civilité », « Titre (2) · fonction » and
"Column 5" in English (the names stay what mappings use, whatever the language).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final

from graph.core.errors import ImportFailed
from graph.core.model import fold
from ingest.common import delimiter_of

# Which header names mean what, folded (accents and case ignored).
CSV_GUESSES: Final = {
    "name": ("name", "full name", "nom complet", "contact", "display name"),
    "first_name": ("first name", "given name", "prenom", "first"),
    "last_name": ("last name", "family name", "surname", "nom", "nom de famille", "last"),
    # (Carnet's own export; a list's maiden or married name: never merged on, looked for)
    "other_names": ("other_names", "other names", "autres noms", "also known as", "aka",
                    "maiden name", "nom de naissance", "nom d'usage"),
    "email": ("email", "emails", "e-mail", "mail", "courriel", "email address", "adresse e-mail",
              "e-mail address", "adresse de messagerie"),  # (the last two: Outlook's)
    "phone": ("phone", "phones", "telephone", "tel", "mobile", "portable", "phone number",
              "mobile phone", "tel. mobile", "business phone", "tel. bureau", "primary phone",
              "home phone", "tel. domicile"),
    "company": ("company", "entreprise", "societe", "organisation", "organization", "employer"),
    # "job title" first: in Outlook's export "Title" is Mr or Mrs. French Outlook's has
    # "Titre" twice, the civility then the job title: never the civility (``civilities``).
    "title": ("job title", "title", "position", "poste", "fonction", "role", "titre"),
    "department": ("department", "service", "departement", "team", "equipe"),
    "linkedin": ("linkedin", "linkedin url", "profil linkedin", "url"),
    "notes": ("notes", "note", "commentaire", "comments"),
    "since": ("since", "depuis", "connected on", "date"),
    "tags": ("tags", "labels", "etiquettes", "categories"),
    "id": ("id", "carnet id"),  # Carnet's own CSV export: the same person comes back
}

BLANK: Final = {"fr": "Colonne {n}", "en": "Column {n}"}  # a column with no name
_CIVILITY_HEADERS = frozenset({"titre", "title", "civilite", "civility"})


def civilities(cells: Sequence[str]) -> set[int]:
    """The places of civility columns: « Titre » or "Title" just before a first name's
    column (« Prénom », "First Name"), as Outlook writes them."""
    return {n for n in range(len(cells) - 1)
            if fold(cells[n]) in _CIVILITY_HEADERS
            and fold(cells[n + 1]) in CSV_GUESSES["first_name"]}


def unique_columns(header: Iterable[str], lang: str = "fr") -> list[str]:
    """The header's column names, each once: a name written more than once named with its
    rank, a column with no name by its place (in ``lang``); other names as written.

    >>> unique_columns(["Titre", "Nom", "Titre", ""])
    ['Titre (1)', 'Nom', 'Titre (2)', 'Colonne 4']
    """
    cells = list(header)
    counts = Counter(cell.strip() for cell in cells)
    taken = {cell.strip() for cell in cells if counts[cell.strip()] == 1}
    ranks: Counter[str] = Counter()
    names: list[str] = []
    for n, cell in enumerate(cells, start=1):
        written = cell.strip()
        if written and counts[written] == 1:
            names.append(cell)
            continue
        name = BLANK[lang].format(n=n) if not written else ""
        while not name or name in taken:  # (a header may be written « Titre (2) » already)
            if written:
                ranks[written] += 1
                name = f"{written} ({ranks[written]})"
            else:
                name += "*"
        taken.add(name)
        names.append(name)
    return names


def column_kinds(cells: Sequence[str]) -> dict[str, str]:
    """Column name → ``civility``, ``job_title`` or ``blank``, for columns whose name does not
    say it: a civility column, the other columns of its name (French Outlook's
    « Titre (2) »), a column with no name (« Colonne 5 »: said in the user's language)."""
    names = unique_columns(cells)
    found = civilities(cells)
    kinds = {names[n]: "civility" for n in found}
    for n, cell in enumerate(cells):
        if not cell.strip():
            kinds[names[n]] = "blank"
        elif n not in found and any(fold(cells[c]) == fold(cell) for c in found):
            kinds[names[n]] = "job_title"
    return kinds


def guess_mapping(header: Iterable[str]) -> dict[str, str]:
    """Field → column name (``unique_columns``'), from usual header names in French and
    English; never a civility column; of a name written twice, the last column."""
    cells = list(header)
    skip = civilities(cells)
    by_key = {fold(h): u for n, (h, u) in enumerate(zip(cells, unique_columns(cells),
                                                        strict=True)) if n not in skip}
    mapping: dict[str, str] = {}
    for field_name, guesses in CSV_GUESSES.items():
        for guess in guesses:
            if guess in by_key and by_key[guess] not in mapping.values():
                mapping[field_name] = by_key[guess]
                break
    return mapping


def column_names(cells: Sequence[str]) -> tuple[dict[str, int], dict[str, str | list[str]]]:
    """Each column's name → its place, and the other names that may be given: a column
    with no name in English (« Colonne 5 » is "Column 5"), a name written more than once →
    the one column of that name that is no civility, or the list of its names (ambiguous).
    Names stripped (French Outlook writes « Société »)."""
    names = unique_columns(cells)
    col = {name.strip(): n for n, name in enumerate(names)}
    other: dict[str, str | list[str]] = {}
    for english, name in zip(unique_columns(cells, "en"), names, strict=True):
        if english != name:
            other[english.strip()] = name.strip()
    skip = civilities(cells)
    counts = Counter(cell.strip() for cell in cells)
    for written in {cell.strip() for cell in cells if cell.strip() and counts[cell.strip()] > 1}:
        places = [n for n, cell in enumerate(cells) if cell.strip() == written]
        kept = [n for n in places if n not in skip]
        other[written] = names[kept[0]].strip() if len(kept) == 1 else \
            [names[n].strip() for n in places]
    return col, other


def chosen_columns(chosen: dict[str, str], cells: Sequence[str], file: str) -> dict[str, str]:
    """The fields' columns by their names (``unique_columns``), whichever name was given:
    ``ImportFailed`` for a name that names several columns (naming them) or none."""
    col, other = column_names(cells)
    found: dict[str, str] = {}
    for field_name, given in chosen.items():
        name = other.get(given, given)
        if isinstance(name, list):
            raise ImportFailed("ambiguous_column", file=file, name=given,
                               choices=", ".join(map(repr, name)))
        found[field_name] = name
    missing = sorted(h for h in found.values() if h not in col)
    if missing:
        raise ImportFailed("no_such_columns", file=file, names=", ".join(map(repr, missing)),
                           columns=", ".join(map(repr, list(col)[:20])))
    return found


def head_cells(head: str) -> list[str]:
    """A CSV's header cells, from the file's first lines (``common.read_head``)."""
    try:  # (newline="": a line may end in \r, \n or both, as the file is read)
        delimiter = delimiter_of(next(iter(io.StringIO(head, newline="")), ""))
        return next(csv.reader(io.StringIO(head, newline=""), delimiter=delimiter), [])
    except csv.Error as exc:
        raise ImportFailed("not_csv", file="", line=1, detail=str(exc)) from exc


def csv_columns(head: str) -> tuple[list[str], dict[str, str]]:
    """A CSV's header, from the file's first lines, each name once (``unique_columns``), and
    the fields guessed for its columns (``guess_mapping``): what the app's column mapping
    offers."""
    cells = head_cells(head)
    return unique_columns(cells), guess_mapping(cells)
