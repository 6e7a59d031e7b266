"""Explore: the members' network as an interactive picture and a sortable table, and any
person's card (ties, jobs, referrals given and received, intro requests)."""

from __future__ import annotations

import streamlit as st

from app.graphview import picture
from app.i18n import md, status_text, t
from app.state import get_store
from app.views import match_or_stop, offer_demo_if_empty
from graph.explore import ego_view, person_card
from graph.lookup import describe_person, names_of
from graph.snapshot import BOUNDED_FEED_TIES, reads_whole_graph, snapshots

store = get_store()
st.title(t("explore_title"))
offer_demo_if_empty(store)


def draw_network() -> None:
    """The picture and the table of the members' neighbourhood, with their filters."""
    c1, c2, c3, c4 = st.columns(4)
    hops = c1.slider(t("hops"), 1, 3, 2, key="hops")
    min_closeness = c2.slider(t("min_closeness"), 0, 5, 0, key="min_closeness")
    companies = store.search_companies("", limit=1000)
    company = c3.selectbox(t("filter_company"), [None, *companies], key="filter_company",
                           format_func=lambda c: t("any") if c is None else c.name)
    tag = c4.text_input(t("filter_tag"), key="filter_tag").strip() or None
    show_companies = st.checkbox(t("show_companies"), value=True, key="show_companies")

    view = ego_view(store, snapshots.get(store), hops=hops, min_closeness=min_closeness,
                    company=company.id if company else None, tag=tag,
                    show_companies=show_companies)
    pic = picture(view.graph)
    if company or tag:
        st.caption(t("matched", n=view.matched))
    if pic.left_out:
        st.caption(t("left_out", shown=pic.shown, left=pic.left_out))
    st.iframe(pic.html, height=620)
    st.dataframe(
        view.rows, hide_index=True, key="people_table",
        column_order=["name", "company", "title", "tags", "closeness", "last_contact",
                      "connector"],
        column_config={"name": t("col_name"), "company": t("col_company"),
                       "title": t("col_title"), "tags": t("col_tags"),
                       "closeness": t("col_closeness"), "last_contact": t("col_last"),
                       "connector": st.column_config.ProgressColumn(
                           t("col_connector"), min_value=0.0, max_value=1.0)})


if reads_whole_graph(store):
    draw_network()
else:  # a team graph too big to read whole: a person's card still works
    st.info(t("too_big_to_draw", n=BOUNDED_FEED_TIES))

st.subheader(t("person_search"))
typed = st.text_input(t("person_search"), key="person_q", label_visibility="collapsed")
if not typed.strip():
    st.stop()
chosen = match_or_stop(store.search_people(typed, limit=20), typed, "no_person",
                       t("person_pick"), "person_pick", lambda p: describe_person(store, p))
card = person_card(store, chosen.id)
st.markdown(f"### {md(card.person.name)}")
for line in (", ".join(card.person.emails), ", ".join(card.person.phones),
             card.person.linkedin or "", card.person.notes):
    if line:
        st.caption(md(line))
if card.record:
    speed = (" · " + t("response_time", days=card.record.median_response_days)
             if card.record.median_response_days is not None else "")
    st.write(t("record", asks=card.record.asks, positive=card.record.positive,
               negative=card.record.negative, pending=card.record.pending) + speed)
st.markdown(f"**{t('jobs')}**")
st.dataframe([{t("col_company"): name, t("col_title"): job.title,
               t("col_since"): job.since, t("col_until"): job.until,
               t("col_status"): t("current") if job.current else t("former")}
              for job, name in card.jobs], hide_index=True, key="card_jobs")
st.markdown(f"**{t('ties_of')}**")
st.dataframe([{t("col_with"): other.name, t("col_closeness"): tie.closeness,
               t("col_last"): tie.last_contact, t("col_how"): tie.how_met,
               t("col_source"): tie.source} for tie, other in card.ties],
             hide_index=True, key="card_ties")
name = names_of(store)
for label, referrals in ((t("referrals_given"), card.referrals_given),
                         (t("referrals_received"), card.referrals_received)):
    if referrals:
        st.markdown(f"**{label}**")
        st.dataframe([{t("col_date"): r.date, t("col_name"): f"{name(r.referrer)} → "
                       f"{name(r.referee)}", t("col_context"): r.context,
                       t("col_status"): status_text(r.status)} for r in referrals],
                     hide_index=True)
if card.intros:
    st.markdown(f"**{t('intro_history')}**")
    st.dataframe([{t("col_date"): i.asked_on, t("col_name"): f"{name(i.introducer)} → "
                   f"{name(i.target)}", t("col_status"): status_text(i.status)}
                  for i in card.intros],
                 hide_index=True)
