"""Follow-ups: what is due or overdue, newest first, with the next step one click away and a
draft to send; what falls due in the coming month; then everything in progress, which any
step can move on."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from app.i18n import day, lang, md, status_text, t, t_md, tn
from app.state import get_store
from app.views import choose, offer_demo_if_empty, show_draft, show_rewarm
from graph.services.followups import COMING_DAYS, due_followups, followups_ics, ongoing
from graph.services.lifecycle import (
    MET,
    set_intro_status,
    set_referral_status,
    thank_introducer,
    thank_referrer,
)

store = get_store()
st.title(t("followups_title"))
offer_demo_if_empty(store)
everything_due = due_followups(store, lang=lang(), ahead=COMING_DAYS)
items = [item for item in everything_due if not item.coming]
coming = sorted((item for item in everything_due if item.coming),
                key=lambda item: (item.due_on, item.record))  # the soonest first
if flash := st.session_state.pop("followup_flash", None):
    st.success(flash)
if not items:
    st.info(t("nothing_due"))
if everything_due:  # (in her calendar, each on its day)
    st.download_button(t("ics"), followups_ics(everything_due), file_name="carnet-relances.ics",
                       mime="text/calendar", key="ics")

ACTIONS: dict[str, tuple[tuple[str, Callable[[str], object]], ...]] = {
    "contact": (("mark_contacted", lambda r: set_referral_status(store, r, "contacted")),
                ("mark_dropped", lambda r: set_referral_status(store, r, "dropped"))),
    "nudge": (("mark_meeting", lambda r: set_referral_status(store, r, "meeting")),
              ("mark_dropped", lambda r: set_referral_status(store, r, "dropped"))),
    "thank": (("mark_thanked", lambda r: thank_referrer(store, r)),),
    "thank_intro": (("mark_thanked", lambda r: thank_introducer(store, r)),),
    "no_answer": (("mark_accepted", lambda r: set_intro_status(store, r, "accepted")),
                  ("mark_declined", lambda r: set_intro_status(store, r, "declined")),
                  ("mark_unanswered", lambda r: set_intro_status(store, r, "unanswered"))),
    "not_introduced": (("mark_introduced", lambda r: set_intro_status(store, r, "introduced")),
                       ("mark_lost", lambda r: set_intro_status(store, r, "lost"))),
}
for item in items:
    with st.container(border=True, key=f"due_{item.kind}_{item.record}"):
        late = tn("overdue", item.days_overdue) if item.days_overdue else t("due_today")
        st.markdown(f"**{md(item.what)}** · {late}")
        if item.context:  # what the friend said: what she needs to write now
            st.caption(t_md("referral_context", context=item.context))
        if item.prepare:  # she offered to prepare the ground: a word to her first
            show_draft(store, "prepare", item.record, key=f"draft_prepare_{item.record}",
                       whom=item.person)
        show_draft(store, item.kind, item.record, key=f"draft_{item.kind}_{item.record}",
                   whom=item.about if item.kind in ("contact", "nudge") else item.person)
        buttons = st.container(horizontal=True)  # side by side, not a column each
        for label, act in ACTIONS[item.kind]:
            if buttons.button(t(label), key=f"{label}_{item.record}"):
                act(item.record)
                st.session_state["followup_flash"] = f"{t(label)} ✓"
                st.rerun()

if coming:
    st.subheader(t("coming_up", n=COMING_DAYS))
    st.markdown("\n".join(f"- **{md(item.what)}** · {day(item.due_on)} "
                          f"({tn('in_days', -item.days_overdue)})" for item in coming))

show_rewarm(store, key="worth_rewarming")

st.subheader(t("in_progress"))
everything = ongoing(store, lang(), closed=True)  # (one read: in progress, then closed)
underway = [o for o in everything if o.next_steps]
version = store.graph_version()


def show_history(record: str) -> None:
    """The record's steps, dated, with what happened at each."""
    st.dataframe([{t("col_date"): day(e.on), t("col_step"): status_text(e.status),
                   t("col_what"): e.note} for e in store.events(record)],
                 hide_index=True, key=f"history_{record}_{version}")


if not underway:
    st.caption(t("nothing_in_progress"))
else:
    # What is under way, one whole line each (name, day, status), to tap the one to move
    # on: a drop-down's options were cut at its edge on a phone, their day and status lost;
    # and a table beside it said the same again.
    # Labels fixed in this run's language (see import_page.py on format_func). The choice is
    # the record's id, so after a step the same record stays chosen, with its new status:
    # the boxes are new after each write (the browser kept showing a label as it was drawn),
    # and the note typed for a step is not left for the next one. Once the record chosen is
    # closed, nothing is chosen: a step is never recorded on another record by surprise.
    # (with its day: the same referral noted twice reads as two lines, not one repeated)
    labels = {o.record: " · ".join(filter(None, (o.what, o.since and day(o.since),
                                                 status_text(o.status)))) for o in underway}
    records = {o.record: o for o in underway}
    kept = st.session_state.get("move_record_kept")
    index = list(records).index(kept) if kept in records else None if kept else 0
    picked = choose(t("move_on"), list(records), f"move_record_{version}",
                    labels.__getitem__, index)
    if picked is not None:
        chosen = records[picked]
        st.session_state["move_record_kept"] = chosen.record
        steps = {s: status_text(s) for s in chosen.next_steps}
        left, right = st.columns(2)
        # (no step until she picks one: a click on the button alone recorded the first)
        step = left.selectbox(t("next_step"), list(steps), key=f"move_step_{version}",
                              index=None, placeholder=t("choose_in_list"),
                              format_func=steps.__getitem__)
        note = right.text_input(t("step_note"), key=f"move_note_{version}")
        if st.button(t("move_on_button"), key="move_do", disabled=step is None) and step:
            flash = f"{md(chosen.what)} → {steps[step]} ✓"
            if chosen.kind == "referral":
                met = set_referral_status(store, chosen.record, step, note).referee
            else:
                met = set_intro_status(store, chosen.record, step, note).target
            if step == MET[chosen.kind]:  # (the step wrote her tie to them)
                flash += " " + t("now_known", name=md(store.get_person(met).name))
            st.session_state["followup_flash"] = flash
            st.rerun()
        with st.expander(t("history")):
            show_history(chosen.record)

closed = {o.record: f"{o.what} · {status_text(o.status)}"
          for o in everything if not o.next_steps}
if closed:
    st.subheader(t("closed_records"))
    done = choose(t("history_of"), list(closed), f"closed_{version}", closed.__getitem__,
                  None)
    if done is not None:
        show_history(done)
