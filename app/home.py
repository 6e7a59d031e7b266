"""Home: where the data lives, how big the network is, and the demo for an empty notebook."""

from __future__ import annotations

import streamlit as st

from app.i18n import lang, t
from app.state import get_store
from graph.demo import load_demo

store = get_store()
st.title(t("app_title"))
st.caption(t("tagline"))

counts = store.counts()
if counts.people == 0:
    st.info(t("empty_store"))
    if st.button(t("load_demo"), type="primary", key="load_demo"):
        data = load_demo(store, lang())
        if data is not None:
            st.session_state["flash"] = t("demo_loaded", people=len(data.people),
                                          companies=len(data.companies))
        st.rerun()
else:
    if flash := st.session_state.pop("flash", None):
        st.success(flash)
    columns = st.columns(5)
    for column, (label, value) in zip(columns, (
            (t("people"), counts.people), (t("companies"), counts.companies),
            (t("ties"), counts.knows), (t("referrals"), counts.referrals),
            (t("intros"), counts.intros)), strict=True):
        column.metric(label, value)
    members = [store.get_person(m).name for m in store.members()]
    if members:
        st.write(t("members", names=", ".join(members)))

st.caption(t("store_in_use", location=store.location))
