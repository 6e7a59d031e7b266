"""The app's one store, opened once per store URL and shared by every session."""

from __future__ import annotations

import os

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from app.i18n import error_text, t_md
from graph.core.errors import CarnetError, MemberNotFound
from graph.services.session import Session, open_session
from graph.services.snapshots import snapshots, warm_up
from graph.stores.opening import neo4j_credentials, open_store, store_url
from graph.stores.port import GraphStore


def secrets() -> dict[str, str]:
    """``.streamlit/secrets.toml``'s ``[neo4j]`` table, or nothing (Streamlit raises when
    there is no secrets file, even for ``.get``)."""
    try:
        return {k: str(v) for k, v in st.secrets.get("neo4j", {}).items()}
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return {}


def configured_url() -> str:
    """``CARNET_DB``, else ``NEO4J_URI``, else secrets ``[neo4j] uri``, else the default file."""
    return store_url(os.environ.get("CARNET_DB") or os.environ.get("NEO4J_URI")
                     or secrets().get("uri"))


@st.cache_resource(show_spinner=False, on_release=lambda store: store.close())
def _open(url: str, username: str | None, password: str | None,
          database: str | None) -> GraphStore:
    store = open_store(url, username=username, password=password, database=database)
    warm_up(store, snapshots)  # while the user types their first search
    return store


def get_store() -> GraphStore:
    """The store, or a message in the user's language and the end of this page's run."""
    # The credentials are part of the cache's key: other ones are another store.
    found = {**neo4j_credentials(), **{k: v for k, v in secrets().items() if v}}
    try:
        return _open(configured_url(), found.get("username"), found.get("password"),
                     found.get("database"))
    except CarnetError as exc:
        st.error(t_md("store_unavailable", error=error_text(exc)))
        st.stop()


def get_session(store: GraphStore, first_of_several: bool = True) -> Session | None:
    """Who is using the app: the member the user chose (``st.session_state["member"]``),
    else the notebook's member (the first one, while the app has no member picker, unless
    ``first_of_several`` is False); None while the notebook has no member."""
    try:
        return open_session(store, st.session_state.get("member"),
                            first_of_several=first_of_several)
    except MemberNotFound:
        return None
