"""Small view helpers shared by the pages."""

from __future__ import annotations

import re

import streamlit as st

from app.i18n import lang, t
from graph.demo import load_demo
from graph.store import GraphStore

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=])")


def md(text: str) -> str:
    """User text made inert inside ``st.markdown``: no emphasis, links, HTML or directives."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(text.split()))


def offer_demo_if_empty(store: GraphStore) -> None:
    """On an empty notebook, offer the demo network and stop the page there."""
    if flash := st.session_state.pop("flash", None):
        st.success(flash)
    if store.counts().people:
        return
    st.info(t("empty_store"))
    if st.button(t("load_demo"), type="primary", key="load_demo"):
        data = load_demo(store, lang())
        if data is not None:
            st.session_state["flash"] = t("demo_loaded", people=len(data.people),
                                          companies=len(data.companies))
        st.rerun()
    st.stop()
