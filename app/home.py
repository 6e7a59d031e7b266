"""The notebook at a glance: where the data lives, how big the network is, who the members are,
and who the connectors are."""

from __future__ import annotations

import streamlit as st

from app.i18n import lang, md, t, t_md, tn
from app.state import get_store
from app.views import offer_demo_if_empty, show_counts
from graph.core.formatting import count
from graph.core.names import named_at
from graph.services.connectors import Connector, find_connectors
from graph.services.snapshots import BOUNDED_FEED_TIES, reads_whole_graph, snapshots


def connector_line(connector: Connector) -> str:
    """How many doors a connector opens, naming only those no one else opens (the others
    would repeat under every connector)."""
    doors = len(connector.companies) + connector.shared
    names = md(", ".join(connector.companies[:6]) + ("…" if len(connector.companies) > 6
                                                     else ""))
    if not connector.companies:
        opened = tn("connector_shared", doors)
    elif connector.shared:
        opened = t("connector_alone", n=len(connector.companies), names=names)
    else:
        opened = t("connector_alone_all", names=names)
    return f"{tn('connector_doors', doors)}, {opened}"


store = get_store()
st.title(t("app_title"))
st.caption(t("tagline"))
offer_demo_if_empty(store)
# Where to go next, above the fold: on a phone the menu is folded away
links = st.container(horizontal=True)
links.page_link("app/paths.py", label=t("after_import_paths"), icon=":material/route:")
links.page_link("app/followups.py", label=t("home_followups"), icon=":material/event:")
links.page_link("app/referral.py", label=t("referral_title"), icon=":material/person_add:")

show_counts(store)
members = [store.get_person(m).name for m in store.members()]
if members:
    st.markdown(t_md("members", names=", ".join(members)))

st.subheader(t("connectors"))
if reads_whole_graph(store):
    found = [c for c in find_connectors(store, snapshots.get(store), top=5)
             if c.companies or c.shared]
    # A namesake is named with where she works, as Warm paths names her (one read for all)
    namesakes = store.people_and_ties([c.person_id for c in found], [])[2]
    for connector in found:
        at = namesakes.get(connector.person_id)
        name = named_at(connector.name, at) if at else connector.name
        st.markdown(f"**{md(name)}** · {connector_line(connector)}")
    if not found:
        st.caption(t("connectors_none"))
else:  # a team graph too big to read whole
    st.info(t("too_big_to_draw", n=count(BOUNDED_FEED_TIES, lang())))
st.caption(t_md("store_in_use", location=store.location))
