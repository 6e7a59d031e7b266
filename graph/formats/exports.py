"""Exports for other tools: a contacts CSV (safe to open in a spreadsheet) and GraphML.

CSV cells that a spreadsheet would run as a formula (starting with ``= + - @``, tab or CR) are
prefixed with ``'``, so an imported name like ``=HYPERLINK(…)`` stays text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from graph.core.model import GraphData, Knows
from graph.formats.interchange import write_document

if TYPE_CHECKING:  # networkx is imported by the GraphML export alone
    import networkx as nx

CSV_COLUMNS = ("id", "name", "other_names", "emails", "phones", "linkedin", "company", "title",
               "tags", "notes", "ties")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "  # several other names, e-mails, phones, tags in one cell
PHONES = CSV_COLUMNS.index("phones")


_PHONE = re.compile(r"\+[0-9][0-9 ().-]*")  # +33 6 12 34 56 78: no formula, left as it is


def safe_cell(value: str, phones: bool = False) -> str:
    """``"=1+1"`` → ``"'=1+1"``: a spreadsheet shows it instead of computing it. In the
    phones column, phone numbers (``+33 6…``, joined by ``; ``) are left alone."""
    if not value.startswith(_FORMULA_STARTS) or (phones and all(
            _PHONE.fullmatch(part) for part in value.split(LIST_SEPARATOR))):
        return value
    return f"'{value}"


def unguarded(value: str) -> str:
    """What ``safe_cell`` guarded, as it was: ``"'=1+1"`` → ``"=1+1"`` (import of our CSV)."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_STARTS) else value


def people_csv(data: GraphData) -> str:
    """One row per person with their current job(s) and how many ties they have."""
    out = io.StringIO()
    write_people_csv(out, data, data.knows)
    return out.getvalue()


def write_people_csv(out: TextIO, data: GraphData, knows: Iterable[Knows]) -> None:
    """``people_csv``, written as it goes; ``knows`` (streamed) only counted."""
    companies = {c.id: c.name for c in data.companies}
    current: dict[str, list[tuple[str, str]]] = {}
    for job in data.jobs:
        if job.current:
            current.setdefault(job.person, []).append((companies[job.company], job.title))
    ties: dict[str, int] = {}
    for k in knows:
        ties[k.a] = ties.get(k.a, 0) + 1
        ties[k.b] = ties.get(k.b, 0) + 1

    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in sorted(data.people, key=lambda p: (p.name.casefold(), p.id)):
        jobs = current.get(p.id, [])
        row = [p.id, p.name, LIST_SEPARATOR.join(p.aliases), LIST_SEPARATOR.join(p.emails),
               LIST_SEPARATOR.join(p.phones),
               p.linkedin or "", LIST_SEPARATOR.join(c for c, _ in jobs),
               LIST_SEPARATOR.join(t for _, t in jobs), LIST_SEPARATOR.join(p.tags), p.notes,
               str(ties.get(p.id, 0))]
        writer.writerow([safe_cell(cell, phones=n == PHONES) for n, cell in enumerate(row)])


def to_networkx(data: GraphData) -> nx.Graph:
    """People and companies as nodes (``kind``), ties and current or past jobs as edges."""
    import networkx as nx

    graph = nx.Graph()
    members = set(data.members)
    for p in data.people:
        graph.add_node(p.id, kind="person", name=p.name, member=p.id in members)
    for c in data.companies:
        graph.add_node(c.id, kind="company", name=c.name, member=False)
    for k in data.knows:
        graph.add_edge(k.a, k.b, kind="knows", closeness=k.closeness or 0, source=k.source,
                       last_contact=k.last_contact or "")
    for j in data.jobs:
        graph.add_edge(j.person, j.company, kind="works_at", title=j.title, current=j.current)
    return graph


def write_stream(out: TextIO, data: GraphData, knows: Iterable[Knows], fmt: str) -> None:
    """``data`` (without its ties) and ``knows`` as Carnet JSON or CSV, written to ``out``."""
    if fmt == "csv":
        write_people_csv(out, data, knows)
    else:
        write_document(out, data, knows)
