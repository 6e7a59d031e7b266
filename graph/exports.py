"""Exports for other tools: a contacts CSV (safe to open in a spreadsheet) and GraphML.

CSV cells that a spreadsheet would run as a formula (starting with ``= + - @``, tab or CR) are
prefixed with ``'``, so an imported name like ``=HYPERLINK(…)`` stays text.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx

from graph.interchange import dumps
from graph.model import GraphData

CSV_COLUMNS = ("id", "name", "emails", "phones", "linkedin", "company", "title", "tags", "notes",
               "ties")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """``"=1+1"`` → ``"'=1+1"``: a spreadsheet shows it instead of computing it."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def people_csv(data: GraphData) -> str:
    """One row per person with their current job(s) and how many ties they have."""
    companies = {c.id: c.name for c in data.companies}
    current: dict[str, list[tuple[str, str]]] = {}
    for job in data.jobs:
        if job.current:
            current.setdefault(job.person, []).append((companies[job.company], job.title))
    ties: dict[str, int] = {}
    for k in data.knows:
        ties[k.a] = ties.get(k.a, 0) + 1
        ties[k.b] = ties.get(k.b, 0) + 1

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in sorted(data.people, key=lambda p: (p.name.casefold(), p.id)):
        jobs = current.get(p.id, [])
        row = [p.id, p.name, "; ".join(p.emails), "; ".join(p.phones), p.linkedin or "",
               "; ".join(c for c, _ in jobs), "; ".join(t for _, t in jobs), "; ".join(p.tags),
               p.notes, str(ties.get(p.id, 0))]
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()


def to_networkx(data: GraphData) -> nx.Graph:
    """People and companies as nodes (``kind``), ties and current or past jobs as edges."""
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


EXPORT_FORMATS = ("carnet", "csv", "graphml")


def write_export(path: Path, data: GraphData, fmt: str) -> None:
    """Write ``data`` as Carnet JSON, ``csv`` or ``graphml``, atomically: a reader never sees
    half a file and a failure leaves any old file as it was."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    if fmt == "carnet":
        partial.write_text(dumps(data), encoding="utf-8")
    elif fmt == "csv":
        # utf-8-sig so that spreadsheet programs read the accents right
        partial.write_text(people_csv(data), encoding="utf-8-sig", newline="")
    elif fmt == "graphml":
        nx.write_graphml(to_networkx(data), partial, encoding="utf-8")
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    partial.replace(path)
