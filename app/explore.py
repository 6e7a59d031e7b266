"""Explore: who knows whom around you, as a picture read in five seconds and a table; a click
on a person (or the "centred on" choice, or ``?focus=<id>``) shows their own circle; and any
person's card (ties, jobs, referrals given and received, intro requests)."""

from __future__ import annotations

import streamlit as st

from app.graphview import legend_html, picture
from app.i18n import day, lang, md, percent, source_text, status_text, t, tn
from app.state import get_store
from app.views import job_line, match_or_stop, offer_demo_if_empty
from graph.core.formatting import count, of, phone
from graph.services.explore import CENTRE, CircleView, circle, company_choices, person_card
from graph.services.lifecycle import INTRO_ENDS, ended_unanswered
from graph.services.lookup import describe_person, names_of
from graph.services.snapshots import BOUNDED_FEED_TIES, reads_whole_graph, snapshots

store = get_store()
st.title(t("explore_title"))
offer_demo_if_empty(store)


def draw_circle() -> str | None:
    """The picture and the table of the circle around you (or the person in focus), with
    their filters; returns the person in focus, if any."""
    snap = snapshots.get(store)
    focus = st.query_params.get("focus") or None
    if focus is not None and snap.node(focus) is None:
        focus = None
    # Choices' labels are fixed in this run's language (format_func is called later too).
    # Two rows of two: a company chosen in a quarter of the row was cut at the box's edge.
    c1, c2 = st.columns(2)
    c3, c4 = st.columns([2, 1])
    reach = {1: t("reach_contacts"), 2: t("reach_theirs")}
    hops = c1.radio(t("circle_reach"), (1, 2), index=1, key="hops", horizontal=True,
                    format_func=reach.__getitem__)
    min_closeness = c2.select_slider(t("min_closeness"), range(6), 0, key="min_closeness",
                                     format_func=lambda n: str(n) if n else t("closeness_any"))
    companies: dict[str | None, str] = {None: t("any")}
    companies.update(company_choices(store))
    linked = st.query_params.get("company")  # (the address keeps it, as it keeps the focus)
    if "filter_company" not in st.session_state and linked in companies:
        st.session_state["filter_company"] = linked
    company = c3.selectbox(t("filter_company"), list(companies), key="filter_company",
                           placeholder=t("choose_in_list"),
                           format_func=companies.__getitem__)
    if company:
        st.query_params["company"] = company
    elif "company" in st.query_params:
        del st.query_params["company"]
    tag = c4.text_input(t("filter_tag"), key="filter_tag").strip() or None
    groupings = {g: t(f"group_by_{g}") for g in ("circle", "company")}
    group_by = st.radio(t("group_by"), tuple(groupings), key="group_by", horizontal=True,
                        format_func=groupings.__getitem__)
    view = circle(store, snap, focus=focus, hops=hops, min_closeness=min_closeness,
                  company=company, tag=tag, group_by=group_by)
    names = {row["id"]: row["name"] for row in view.rows}
    centre_name = ", ".join(store.get_person(p).name for p in view.centre)
    options = ["", *([focus] if focus and focus not in names else []), *names]
    names.setdefault(focus or "", centre_name)
    names[""] = t("focus_me")
    chosen = st.selectbox(t("focus"), options, index=options.index(focus or ""),
                          key=f"focus_pick_{focus}", help=t("focus_help"),
                          placeholder=t("choose_in_list"),
                          format_func=names.__getitem__)
    if chosen != (focus or ""):
        if chosen:
            st.query_params["focus"] = chosen
        else:
            del st.query_params["focus"]
        st.rerun()
    legend(view, centre_name)
    if view.drawn < view.in_circle:
        st.info(t("not_drawn", drawn=view.drawn, total=view.in_circle))
    elif company or tag:
        st.caption(tn("matched", view.in_circle))
    for node, data in view.graph.nodes(data=True):
        job = job_line(*data["job"]) if data["job"] else ""
        data["title"] = "\n".join(filter(None, (data["label"], job)))
        del view.graph.nodes[node]["job"]
    for _u, _v, data in view.graph.edges(data=True):
        data["title"] = t("warmth", warmth=percent(data["strength"]))
    st.iframe(picture(view.graph, height=780, focus_lang=lang()).html, height=780)
    table(view)
    return focus


def table(view: CircleView) -> None:
    """Everyone in the circle; "Through" names whom each came through (or says "direct
    contact"); a column nobody in it fills (no tags; only direct contacts; no tie of the
    centre's among them) is left out."""
    columns = [c for c in ("name", "company", "title", "via", "closeness", "last_contact",
                           "tags") if c == "name" or any(row[c] for row in view.rows)]
    st.dataframe(
        [{**row, "via": row["via"] or t("direct"),
          "closeness": "—" if row["closeness"] is None else str(row["closeness"]),
          "last_contact": day(row["last_contact"]) if row["closeness"] is not None
          or row["last_contact"] else "—"} for row in view.rows],
        hide_index=True, key="people_table", column_order=columns,
        column_config={"name": t("col_name"), "company": t("col_company"),
                       "title": t("col_title"), "via": t("col_via"), "tags": t("col_tags"),
                       "closeness": t("col_closeness"), "last_contact": t("col_last")})


def legend(view: CircleView, centre_name: str) -> None:
    """What the colours, sizes and widths mean."""
    items = [(CENTRE, centre_name)] + [
        (group.colour, (t("group_others") if group.kind == "others" else
                        t("group_around", name=group.name, of_name=of(group.name))
                        if group.kind == "circle"
                        else group.name) + f" · {group.size}") for group in view.groups]
    st.html(legend_html(items, t("legend_sizes")))


focus = None
if reads_whole_graph(store):
    focus = draw_circle()
else:  # a team graph too big to read whole: a person's card still works
    st.info(t("too_big_to_draw", n=count(BOUNDED_FEED_TIES, lang())))

st.subheader(t("person_search"))
typed = st.text_input(t("person_search"), key="person_q", label_visibility="collapsed",
                      placeholder=t("person_search_hint"))
if typed.strip():
    chosen_id = match_or_stop(store.search_people(typed, limit=20), typed, "no_person",
                              t("person_pick"), "person_pick",
                              lambda p: describe_person(store, p, lang())).id
elif focus:
    chosen_id = focus
else:
    st.stop()
card = person_card(store, chosen_id)
named = names_of(store)(chosen_id)  # (a namesake: with where she works)
st.markdown(f"### {md(named)}")
# (People's "Open" leads here: a card read here is corrected there, on its own form)
st.page_link("app/people.py", label=t("edit_card"), icon=":material/edit:",
             query_params={"edit": chosen_id})
if card.person.aliases:
    st.caption(tn("other_names_line", len(card.person.aliases),
                  names=", ".join(map(md, card.person.aliases))))
for line in (", ".join(card.person.emails), ", ".join(map(phone, card.person.phones)),
             card.person.linkedin or "", card.person.notes):
    if line:
        st.caption(md(line))
if card.record:
    days = card.record.median_response_days
    speed = ("" if days is None else " · " + (t("response_same_day") if round(days) == 0
                                              else tn("response_time", round(days))))
    st.write(t("record", asks=card.record.asks, positive=card.record.positive,
               negative=card.record.negative, pending=card.record.pending) + speed)
st.markdown(f"**{t('jobs')}**")
st.dataframe([{t("col_company"): name, t("col_title"): job.title or "—",
               t("col_since"): day(job.since), t("col_until"): day(job.until),
               t("col_status"): t("current") if job.current else t("former")}
              for job, name in card.jobs], hide_index=True, key="card_jobs")
st.markdown(f"**{t('ties_of')}**")
st.dataframe([{t("col_with"): other.name,
               t("col_closeness"): "—" if tie.closeness is None else str(tie.closeness),
               t("col_last"): day(tie.last_contact, "never"), t("col_how"): tie.how_met or "—",
               t("col_source"): source_text(tie.source)} for tie, other in card.ties],
             hide_index=True, key="card_ties")
name = names_of(store)
for label, referrals in ((t("referrals_given"), card.referrals_given),
                         (t("referrals_received"), card.referrals_received)):
    if referrals:
        st.markdown(f"**{label}**")
        st.dataframe([{t("col_date"): day(r.date), t("col_name"): f"{name(r.referrer)} → "
                       f"{name(r.referee)}", t("col_context"): r.context or "—",
                       t("col_status"): status_text(r.status)} for r in referrals],
                     hide_index=True)
if card.intros:
    st.markdown(f"**{t('intro_history')}**")
    # (an ask closed unanswered is said so, not « refusée »: ``lifecycle.INTRO_ENDS``)
    unanswered = ended_unanswered(store.events()) if any(
        i.status in INTRO_ENDS.values() for i in card.intros) else frozenset()
    st.dataframe([{t("col_date"): day(i.asked_on), t("col_name"): f"{name(i.introducer)} → "
                   f"{name(i.target)}", t("col_status"): status_text(
                       "unanswered" if i.id in unanswered else i.status)}
                  for i in card.intros],
                 hide_index=True)
