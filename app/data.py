"""Your data: which store, how much, backup (Carnet JSON), restore, CSV export."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

import streamlit as st

from app.i18n import error_text, t, t_md
from app.state import get_store
from app.views import show_counts
from graph.core.errors import CarnetError, ImportFailed
from graph.formats.exports import write_stream
from graph.stores.port import GraphStore
from ingest.common import MAX_FILE_BYTES, too_big
from ingest.importer import import_carnet


def export_bytes(store: GraphStore, fmt: str) -> bytes:
    """The export, made when the button is clicked (not on every run of the page), its ties
    streamed from the store."""
    out = io.StringIO()
    write_stream(out, store.dump(ties=False), store.edges(), fmt)
    store.checkpoint()
    return ("\ufeff" if fmt == "csv" else "").encode() + out.getvalue().encode("utf-8")


store = get_store()
st.title(t("data_title"))
kind = "store_kind_neo4j" if store.kind == "neo4j" else "store_kind"
st.write(t_md(kind, location=store.location))
show_counts(store)

stamp = date.today().isoformat()
st.download_button(t("backup"), lambda: export_bytes(store, "carnet"),
                   file_name=f"carnet-{stamp}.json", mime="application/json", key="backup")
st.download_button(t("csv_export"), lambda: export_bytes(store, "csv"),
                   file_name=f"carnet-contacts-{stamp}.csv", mime="text/csv", key="csv_export")

# (any file: a wrong one gets our words, where ``type`` gave Streamlit's, in English)
backup = st.file_uploader(t("restore"), key="restore", max_upload_size=MAX_FILE_BYTES // 2**20)
if backup is not None and st.button(t("restore"), key="do_restore"):
    try:
        if backup.size > MAX_FILE_BYTES:
            raise too_big(backup.name, backup.size)
        content = backup.getvalue()  # (a copy of the upload, up to its limit: made once)
        if not content.lstrip().startswith(b"{"):  # (a JSON object, as ours are)
            raise ImportFailed("not_backup", file=backup.name)
        with tempfile.TemporaryDirectory(prefix="carnet-restore-") as folder:
            path = Path(folder) / "backup.json"
            path.write_bytes(content)
            restored, changed = import_carnet(store, path)
    except CarnetError as exc:
        st.error(t_md("import_failed", error=error_text(exc)))
        st.stop()
    st.success(t("restored", n=sum(restored.values())) if changed else t("restored_same"))
