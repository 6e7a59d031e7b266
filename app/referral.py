"""Record a referral: who suggested whom, where, in what words; saved in one transaction, and
the new tie counts in the warm paths at once."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from app.i18n import lang, t, t_md
from app.state import get_session, get_store
from app.views import offer_demo_if_empty, pick_company, pick_person, show_draft
from graph.core.formatting import listing
from graph.core.model import Company, Person
from graph.services.referrals import (
    earlier_referrals,
    noted_on,
    record_referral,
    role_to_search,
)

# The form's widgets and their empty values (set before they are drawn: the browser keeps a
# widget's value unless the script gives it a new one).
FIELDS = {"referrer_q": "", "referee_q": "", "ref_company_q": "", "ref_role": "",
          "ref_context": "", "ref_offered": False, "ref_follow_up_ask": False,
          "ref_again": False}


def noted_before(referrer: Person, referee: Person, company: Company | None, on: date) -> bool:
    """Whether the same friend already suggested the same person (another day, or for
    another company): says when, and asks before a second record is made. True when the
    referral may be saved."""
    session = get_session(store)
    earlier = earlier_referrals(store, referrer=referrer, referee=referee,
                                member=session.member, company=company,
                                on=on) if session else []
    if not earlier:
        return True
    st.warning(t_md("referral_again", referrer=referrer.name, referee=referee.name,
                    when=noted_on(store, earlier, lang())))
    return st.checkbox(t("referral_again_confirm"), key="ref_again")


store = get_store()
st.title(t("referral_title"))
st.caption(t("referral_intro"))
offer_demo_if_empty(store)
if flash := st.session_state.pop("referral_flash", None):
    st.success(flash)
    st.session_state.update(FIELDS)  # saved: the form starts empty, a second click saves nothing
    st.session_state.pop("ref_follow_up", None)  # (an emptied date box shows "dd/mm/yyyy")
# What to do with the referral saved last, under its saved line, above the form emptied for
# the next one (at the page's foot, a phone showed it a screen and more below)
if last := st.session_state.get("last_referral"):  # (kept while its draft is edited)
    referral_id, referee_name, company_name, preparing, role = last
    if company_name:  # (with the role: the referrer's card may lead to someone else there)
        st.page_link("app/paths.py", label=t("see_paths", company=company_name),
                     query_params={"company": company_name, **({"role": role} if role else {})})
    if preparing:  # she offered to prepare the ground: a word to her first
        show_draft(store, "prepare", referral_id, preparing, key=f"prep_draft_{referral_id}",
                   expanded=True)
    show_draft(store, "contact", referral_id, referee_name, key=f"ref_draft_{referral_id}",
               expanded=not preparing)

left, right = st.columns(2)
with left:
    referrer, _ = pick_person(store, t("referrer"), "referrer")
with right:  # (the company and the role are the referee's: under her name)
    referee, _ = pick_person(store, t("referee"), "referee")
    company = pick_company(store, t("referral_company"), "ref_company")
role = right.text_input(t("referral_role"), key="ref_role")
context = st.text_area(t("context"), key="ref_context")
c1, c2, c3 = st.columns(3)
offered = c1.checkbox(t("offered_intro"), key="ref_offered")
# Dates typed 27/11/2026 (format=…); an empty date box would show Streamlit's English
# "dd/mm/yyyy", so the follow-up date appears once asked for, a week ahead.
on = c2.date_input(t("referral_date"), value=date.today(), key="ref_date", format="DD/MM/YYYY")
follow_up = (c3.date_input(t("follow_up"), value=date.today() + timedelta(days=7),
                           key="ref_follow_up", format="DD/MM/YYYY")
             if c3.checkbox(t("follow_up_ask"), key="ref_follow_up_ask") else None)

day_noted = on if isinstance(on, date) else date.today()
allowed = referrer is None or referee is None or noted_before(referrer, referee, company,
                                                              day_noted)
if st.button(t("save_referral"), type="primary", key="save_referral", disabled=not allowed):
    if referrer is None or referee is None:
        st.error(t("need_both"))
        st.stop()
    session = get_session(store)
    if session is None:
        st.error(t("no_member"))
        st.stop()
    saved, new, updated = record_referral(
        store, referrer=referrer, referee=referee, member=session.member, company=company,
        role=role, context=context, offered_intro=offered,
        on=on if isinstance(on, date) else None,
        follow_up_on=follow_up if isinstance(follow_up, date) else None)
    st.session_state["last_referral"] = (saved.id, referee.name,
                                         company.name if company else None,
                                         referrer.name if saved.offered_intro else None,
                                         role_to_search(store, saved))
    names = {"referrer": referrer.name, "referee": referee.name}
    st.session_state["referral_flash"] = (
        t_md("referral_saved", **names) if new else
        t_md("referral_updated", **names, details=listing(
            [t(f"detail_{field}") for field in updated], lang())) if updated else
        t_md("referral_exists", **names))
    st.rerun()
