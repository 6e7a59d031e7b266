"""Your data: which store, how much, backup (Carnet JSON), restore, CSV export."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import streamlit as st

from app.i18n import error_text, t, t_md
from app.state import get_store
from app.views import show_counts
from graph.errors import CarnetError
from graph.exports import people_csv
from graph.interchange import dumps
from ingest.importer import import_carnet

store = get_store()
st.title(t("data_title"))
kind = "store_kind_neo4j" if type(store).__name__ == "Neo4jStore" else "store_kind"
st.write(t_md(kind, location=store.location))
show_counts(store)

data = store.dump()
stamp = date.today().isoformat()
st.download_button(t("backup"), dumps(data), file_name=f"carnet-{stamp}.json",
                   mime="application/json", key="backup")
st.download_button(t("csv_export"), "\ufeff" + people_csv(data),
                   file_name=f"carnet-contacts-{stamp}.csv", mime="text/csv", key="csv_export")

backup = st.file_uploader(t("restore"), type=["json"], key="restore")
if backup is not None and st.button(t("restore"), key="do_restore"):
    path = Path(tempfile.mkdtemp(prefix="carnet-restore-")) / "backup.json"
    path.write_bytes(backup.getvalue())
    try:
        restored, _ = import_carnet(store, path)
    except CarnetError as exc:
        st.error(t_md("import_failed", error=error_text(exc)))
        st.stop()
    st.success(t("restored", n=len(restored)))
