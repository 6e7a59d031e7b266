"""The app's one store, opened once per store URL and shared by every session."""

from __future__ import annotations

import os

import streamlit as st

from app.i18n import t
from graph.errors import CarnetError
from graph.store import GraphStore, open_store, store_url


def configured_url() -> str:
    """``CARNET_DB``, else ``NEO4J_URI``, else the default file (see ``graph.store.store_url``)."""
    return store_url(os.environ.get("CARNET_DB"))


@st.cache_resource(show_spinner=False, on_release=lambda store: store.close())
def _open(url: str) -> GraphStore:
    return open_store(url)


def get_store() -> GraphStore:
    """The store, or a message in the user's language and the end of this page's run."""
    try:
        return _open(configured_url())
    except CarnetError as exc:
        st.error(t("store_unavailable", error=exc))
        st.stop()
