"""Exporting a store to a file: Carnet JSON, the contacts CSV or GraphML
(the formats themselves are in ``graph/formats/``)."""

from __future__ import annotations

from pathlib import Path

from graph.core.model import GraphData
from graph.formats.exports import to_networkx, write_stream
from graph.stores.port import GraphStore


def write_export(path: Path, store: GraphStore, fmt: str) -> GraphData:
    """Write the store as Carnet JSON, ``csv`` or ``graphml``, atomically: a reader never sees
    half a file, and a failure leaves any old file as it was and no partial file behind.
    Carnet JSON and CSV stream the ties (most of a big store) page by page. Returns what was
    written, without the ties."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        data = write_to(partial, store, fmt)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    store.checkpoint()  # a long export let the write-ahead log grow: give the space back
    return data


def write_to(path: Path, store: GraphStore, fmt: str) -> GraphData:
    if fmt == "graphml":
        import networkx as nx

        data = store.dump()
        nx.write_graphml(to_networkx(data), path, encoding="utf-8")
        return data
    if fmt not in ("carnet", "csv"):
        raise ValueError(f"unknown export format {fmt!r}")
    data = store.dump(ties=False)
    # utf-8-sig for CSV, so that spreadsheet programs read the accents right
    with path.open("w", encoding="utf-8-sig" if fmt == "csv" else "utf-8",
                   newline="" if fmt == "csv" else None) as out:
        write_stream(out, data, store.edges(), fmt)
    return data
