"""Warm paths: pick a company (and a role), see whom to ask, by which path, and why.

Deep link: ``?company=…&role=…``. The ranking comes from ``graph.warmpaths.find_paths``, the
function behind ``carnet paths``, so the page and the command always agree.
"""

from __future__ import annotations

import streamlit as st

from app.graphview import COLOURS, legend_html, picture
from app.i18n import lang, md, percent, t, t_md, tn
from app.state import get_store
from app.views import match_or_stop, offer_demo_if_empty, text_height
from graph.drafts import draft_for
from graph.errors import AmbiguousName, MemberNotFound, NotFound
from graph.lifecycle import ask_intro, set_intro_status
from graph.warmpaths import Introduction, find_paths, paths_graph

store = get_store()
st.title(t("paths_title"))
offer_demo_if_empty(store)

params = st.query_params
left, right = st.columns([3, 2])
typed = left.text_input(t("company"), value=params.get("company", ""), help=t("company_help"),
                        key="company_q")
role = right.text_input(t("role"), value=params.get("role", ""), help=t("role_help"),
                        key="role_q")
with st.expander(t("options")):
    max_hops = st.slider(t("max_hops"), 1, 6, 4, key="max_hops")
    top = st.slider(t("top"), 1, 20, 5, key="top")
    include_former = st.checkbox(t("include_former"), key="include_former")

if not typed.strip():
    st.stop()
company = match_or_stop(store.search_companies(typed, limit=20), typed, "no_company",
                        t("company_pick"), "company_pick", lambda c: c.name)
st.query_params.update({"company": company.name, **({"role": role} if role else {})})

try:
    result = find_paths(store, company.id, role=role or None, top=top, max_hops=max_hops,
                        include_former=include_former, lang=lang())
except MemberNotFound:
    st.warning(t("no_member"))
    st.stop()
except (AmbiguousName, NotFound) as exc:
    st.error(t_md("ambiguous", error=str(exc)))
    st.stop()

if not result.introductions:
    missing = "no_path" if result.targets else "no_target_role" if role else "no_target"
    st.info(t_md(missing, company=company.name, role=role, hops=max_hops))
    st.stop()
st.subheader(tn("results", len(result.introductions), company=md(company.name)))
if not result.exact:
    st.caption(t("inexact"))


def card(intro: Introduction) -> None:
    with st.container(border=True, key=f"intro_{intro.rank}"):
        title = f", {md(intro.title)}" if intro.title else ""
        badge = f" · :green-badge[{t('direct')}]" if intro.direct else ""
        st.markdown(f"**{intro.rank}\\. {md(intro.introducer.name)}** → "
                    f"{md(intro.target.name)}{title}{badge}")
        st.progress(min(1.0, intro.score), text=t("score", score=percent(intro.score)))
        st.markdown(" → ".join(md(p.name) for p in intro.path))
        colon = " :" if lang() == "fr" else ":"
        for hop in intro.hops:
            st.caption(md(f"{hop.source.name} – {hop.target.name} ({percent(hop.strength)}){colon} "
                          f"{hop.why}"))
        st.markdown(md(intro.explanation))
        if not intro.direct and st.button(t("ask_intro"), key=f"ask_{intro.rank}"):
            st.session_state["asking"] = intro.rank
        if st.session_state.get("asking") == intro.rank:
            ask_form(intro)


def ask_form(intro: Introduction) -> None:
    """The drafts for this path (recorded as a draft request), editable and copyable."""
    members = store.members()
    if not members:
        return
    request, _ = ask_intro(store, requester=members[0], introducer=intro.introducer.id,
                           target=intro.target.id, company=result.company.id, asked=False)
    drafts = draft_for(store, request, lang())
    st.text_area(t("draft_ask", name=intro.introducer.name), drafts.ask,
                 height=text_height(drafts.ask, 55), key=f"draft_ask_{intro.rank}")
    st.text_area(t("draft_blurb"), drafts.blurb, height=text_height(drafts.blurb, 55),
                 key=f"draft_blurb_{intro.rank}")
    if request.status == "draft" and st.button(t("mark_asked"), key=f"asked_{intro.rank}"):
        set_intro_status(store, request.id, "asked")
        st.success(t("asked_saved"))


cards, drawing = st.columns([3, 2])
with cards:
    for intro in result.introductions:
        card(intro)
with drawing:
    st.iframe(picture(paths_graph(result), height=520).html, height=540)
    st.html(legend_html([(COLOURS[kind], t(f"legend_{kind}")) for kind in
                         ("member", "contact", "person", "target")], t("legend_paths")))
