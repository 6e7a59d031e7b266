"""People and companies: find, edit, merge (people with undo), delete with confirmation."""

from __future__ import annotations

from urllib.parse import quote

import streamlit as st

from app.i18n import error_text, lang, md, source_text, t, t_md, tn
from app.state import get_session, get_store
from app.views import (
    choose,
    job_line,
    merged_people,
    offer_demo_if_empty,
    pick_company,
    pick_one,
    review_queue,
)
from graph.core.errors import DataRejected, NotFound
from graph.core.formatting import phone
from graph.core.model import Company, Person
from graph.core.names import MAX_NAME_CHARS
from graph.services.jobs import OLD_JOB, change_job, current_job, planned_job
from graph.services.lookup import distinct_labels, names_of, per_version
from graph.services.people_list import PAGE_ROWS, matching, people_rows
from graph.services.snapshots import reads_whole_graph, snapshots
from ingest.duplicates import likely_company_duplicates
from ingest.typed import typed_person

store = get_store()
st.title(t("people_title"))
offer_demo_if_empty(store)
if flash := st.session_state.pop("people_flash", None):
    st.success(flash)


def keep_flash(message: str | None) -> None:
    """Show ``message`` again after a rerun that redraws a form (this run's is discarded)."""
    if message:
        st.session_state["people_flash"] = message


def merge_company_button(keep: Company, other: Company, sure_key: str, key: str) -> None:
    """Merge ``other`` into ``keep`` once the user confirmed (no undo for companies)."""
    names = {"other": other.name, "keep": keep.name}
    sure = st.checkbox(t_md("company_merge_confirm", **names), key=sure_key)
    if st.button(t("merge"), key=key, disabled=not sure):
        store.merge_companies(keep.id, other.id)
        st.session_state["people_flash"] = t_md("company_merged", **names)
        st.rerun()


def split(text: str, separator: str = ",") -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in text.split(separator) if part.strip()))


def people_list() -> None:
    """Everyone in the notebook, a page at a time: name, where they work now, ties, how she
    knows them, and a link to their card (Explore centred on them). Built once per graph
    version (``people_rows``), filtered on each run."""
    st.subheader(t("people_list_title"))
    session = get_session(store)
    snap = snapshots.get(store) if reads_whole_graph(store) else None
    rows = per_version(store, ("people_rows", session.member if session else None),
                       lambda: people_rows(store, snap, session.member if session else None))
    left, right, pager = st.columns([3, 2, 1])
    text = left.text_input(t("people_list_search"), key="list_q")
    sources = {"": t("any"), **{code: source_text(code) for code in dict.fromkeys(
        row.source for row in rows if row.source)}, "none": t("source_none")}
    source = right.selectbox(t("col_source"), list(sources), key="list_source",
                             format_func=sources.__getitem__, placeholder=t("choose_in_list"))
    found = matching(rows, text, source or None)
    if not found:
        st.caption(t_md("people_list_none", text=text))
        return
    pages = -(-len(found) // PAGE_ROWS)
    if st.session_state.get("list_filters") != (text, source):  # another search: page 1
        st.session_state["list_filters"] = (text, source)
        st.session_state.pop("list_page", None)
    number = pager.number_input(t("people_list_page"), 1, pages, 1, key="list_page",
                                ) if pages > 1 else 1
    first = (int(number) - 1) * PAGE_ROWS
    shown_rows = found[first:first + PAGE_ROWS]
    st.caption(tn("people_list_all", len(found)) if pages == 1 else t(
        "people_list_part", first=first + 1, last=first + len(shown_rows), total=len(found)))
    here = lang()
    st.dataframe(
        [{"name": row.name, "works": job_line(row.title, row.company) or "—",
          "ties": "—" if row.ties is None else str(row.ties),
          "source": source_text(row.source) if row.source else t("source_none"),
          "card": f"explore?focus={quote(row.id)}&lang={here}"} for row in shown_rows],
        hide_index=True, key="people_list",
        column_config={"name": t("col_name"), "works": t("col_works"), "ties": t("ties"),
                       "source": t("col_source"),
                       "card": st.column_config.LinkColumn(t("col_card"),
                                                           display_text=t("open_card"))})


def job_editor(person: Person) -> None:
    """Her current job, corrected or changed: title and company (a company typed is found
    as on the Referral page, a new one only once chosen), and, when it changes, what became
    of the old one: written wrong (corrected) or ended (kept as a past job). Outside the
    form: the company box proposes as she types."""
    with st.container(border=True, key=f"job_box_{person.id}"):
        job_boxes(person)


def job_boxes(person: Person) -> None:
    """``job_editor``'s boxes."""
    st.markdown(f"**{md(t('job_heading'))}**")
    before = current_job(store, person.id)
    firm = store.get_company(before.company) if before else None
    key = f"job_{person.id}"
    if st.session_state.get(f"{key}_drawn") != before:  # (saved, or changed in another tab)
        st.session_state[f"{key}_drawn"] = before
        st.session_state[f"{key}_title"] = before.title if before else ""
        st.session_state[f"{key}_company_q"] = firm.name if firm else ""
    if before is None:
        st.caption(t("job_none"))
    left, right = st.columns(2)
    with left:
        title = st.text_input(t("job_title"), key=f"{key}_title", max_chars=MAX_NAME_CHARS)
    with right:
        company = pick_company(store, t("job_company"), f"{key}_company", firm)
    try:
        change = planned_job(person.id, before, title, company)
    except DataRejected as exc:
        why = error_text(exc)
        if exc.code == "title_needs_company":  # (she may be about to type it: a hint)
            st.caption(why[:1].upper() + why[1:] + ".")
        else:
            st.error(t_md("not_saved", why=why[:1].upper() + why[1:]))
        st.button(t("job_save"), key=f"{key}_save", disabled=True)
        return
    old_job = None
    if change.changed and before is not None and firm is not None:
        words = {"wrong": t("old_job_wrong"), "ended": t("old_job_ended")}
        old_job = st.radio(t_md("old_job", job=job_line(before.title, firm.name)), OLD_JOB,
                           index=None, key=f"{key}_old", format_func=words.__getitem__)
    if st.button(t("job_save"), key=f"{key}_save", disabled=not change.changed or (
            before is not None and old_job is None)):
        now = change_job(store, change, old_job, company)
        st.session_state["people_flash"] = t_md("job_saved", job=job_line(
            now.title, company.name)) if now and company else t("job_saved_none")
        st.rerun()


def form_asked_for() -> None:
    """``?edit=<id>`` (a card's "Edit this card", in Explore): that person's form, once; a
    namesake picked by id, not left to the first of the name's matches."""
    wanted = st.query_params.get("edit")
    if wanted is None:
        return
    del st.query_params["edit"]  # (once: a name typed after it is hers to search)
    try:
        person = store.get_person(wanted)
    except NotFound:  # (deleted meanwhile, or a mistyped address: the search as usual)
        st.warning(t("edit_card_gone"))
        return
    st.session_state["edit_person_q"] = person.name
    st.session_state["edit_person_pick"] = person


people_tab, companies_tab = st.tabs([t("page_people"), t("companies")])
with people_tab:
    people_list()
    st.subheader(t("people_edit_title"))
    form_asked_for()
    typed = st.text_input(t("person_search"), key="edit_person_q",
                          placeholder=t("person_search_hint"))
    if not typed.strip():
        st.caption(t("people_hint"))
    found = store.search_people(typed, limit=20) if typed.strip() else []
    if typed.strip() and not found:
        st.warning(t_md("no_person", text=typed))
    if found:
        labels = distinct_labels(store, found, lang())
        person = pick_one(found, t("person_pick"), "edit_person_pick",
                          lambda p: labels[p.id])
        # The form shows the person as read on the run before (``shown``): a save then writes
        # only what the user changed from it (``typed_person`` keeps what was there as it
        # was), and is refused if someone changed the same field meanwhile. Drawn from a fresh
        # read instead, a field changed meanwhile would get a new widget and silently drop
        # what the user typed there.
        shown_key = f"shown_{person.id}"
        shown = st.session_state.get(shown_key, person)
        with st.form(f"edit_{person.id}"):
            name = st.text_input(t("name"), shown.name,  # (an older, longer one: whole)
                                 max_chars=max(MAX_NAME_CHARS, len(shown.name)))
            emails = st.text_input(t("emails"), ", ".join(shown.emails))
            phones = st.text_input(t("phones"), ", ".join(map(phone, shown.phones)))  # (as shown)
            linkedin = st.text_input(t("linkedin"), shown.linkedin or "")
            notes = st.text_area(t("notes"), shown.notes)
            tags = st.text_input(t("tags"), ", ".join(shown.tags))
            aliases = st.text_input(t("other_names"), ", ".join(shown.aliases),
                                    max_chars=MAX_NAME_CHARS * 10)
            submitted = st.form_submit_button(t("save"))
        try:
            edited = typed_person(shown, name=name, emails=split(emails), phones=split(phones),
                                 linkedin=linkedin, notes=notes, tags=split(tags),
                                 aliases=split(aliases)) if submitted else None
        except DataRejected as exc:
            why = error_text(exc)
            st.error(t_md("not_saved", why=why[:1].upper() + why[1:]))  # (typed: inert)
            edited = None
        if edited is not None:
            st.session_state.pop(shown_key, None)  # (refused or not: the next run reloads)
            store.update_person(shown, edited)
            st.session_state["people_flash"] = t("saved")
            st.rerun()
        elif not submitted and shown != person:  # changed elsewhere since drawn: draw it again
            st.session_state[shown_key] = person
            keep_flash(flash)
            st.rerun()
        elif not submitted:
            st.session_state[shown_key] = person

        job_editor(person)

        other_typed = st.text_input(t("merge_with"), key="merge_q")
        others = [p for p in store.search_people(other_typed, limit=10)
                  if p.id != person.id] if other_typed.strip() else []
        if others:
            other_labels = distinct_labels(store, others, lang())
            other = st.radio(t("person_pick"), others, key="merge_pick",  # (labels whole)
                             format_func=lambda p: md(other_labels[p.id]))
            choices = list(dict.fromkeys((person.name, other.name)))
            name = st.radio(t("name_to_keep"), choices, key="merge_name", horizontal=True,
                            format_func=md) if len(choices) > 1 else person.name
            both = distinct_labels(store, [person, other], lang())  # namesakes told apart
            if st.button(t_md("merge_into", other=both[other.id], keep=both[person.id]),
                         key="merge_people"):
                merged_people(store.merge_people(person.id, other.id, name), both[other.id],
                              both[person.id])
                st.rerun()

        named = names_of(store)(person.id)  # (which of two namesakes is about to go)
        sure = st.checkbox(t_md("delete_confirm", name=named), key="delete_sure")
        if st.button(t("delete"), key="delete_person", disabled=not sure, type="secondary"):
            store.delete_person(person.id)
            st.session_state["people_flash"] = t_md("deleted", name=named)
            st.rerun()
    st.subheader(t("review_title"))
    review_queue(store, "undo_people_merge")

with companies_tab:
    typed_company = st.text_input(t("company_search"), key="edit_company_q",
                                  placeholder=t("company_search_hint"))
    companies = store.search_companies(typed_company, limit=20) if typed_company.strip() else []
    if companies:
        company = pick_one(companies, t("company_pick"), "edit_company_pick", lambda c: c.name)
        shown_company_key = f"shown_{company.id}"  # as for a person, above
        shown_company = st.session_state.get(shown_company_key, company)
        with st.form(f"edit_{company.id}"):
            cname = st.text_input(t("name"), shown_company.name,
                                  max_chars=max(MAX_NAME_CHARS, len(shown_company.name)))
            domain = st.text_input(t("domain"), shown_company.domain or "")
            # (one a line: an alias may hold a comma, "Phocée Logistique, SAS")
            aliases = st.text_area(t("aliases"), "\n".join(shown_company.aliases))
            company_submitted = st.form_submit_button(t("save"))
        if company_submitted and cname.strip():
            st.session_state.pop(shown_company_key, None)
            store.update_company(shown_company, Company(
                company.id, " ".join(cname.split()), domain.strip() or None,
                split(aliases, "\n")))
            st.session_state["people_flash"] = t("saved")
            st.rerun()
        elif shown_company != company:  # changed elsewhere since it was drawn
            st.session_state[shown_company_key] = company
            keep_flash(flash)
            st.rerun()
        else:
            st.session_state[shown_company_key] = company
        staff = store.employees(company.id, current_only=False)
        staff_people = store.people_by_id(j.person for j in staff)  # one read, not one each
        st.dataframe([{t("col_name"): staff_people[j.person].name,
                       t("col_title"): j.title or "—",
                       t("col_status"): t("current") if j.current else t("former")}
                      for j in staff], hide_index=True, key="company_staff")

        typed_other = st.text_input(t("company_merge_with"), key="company_merge_q")
        others_c = [c for c in store.search_companies(typed_other, limit=10)
                    if c.id != company.id] if typed_other.strip() else []
        if others_c:
            other_c = choose(t("company_pick"), others_c, "company_merge_pick",
                             lambda c: c.name)
            assert other_c is not None  # (the first one is chosen until another is)
            merge_company_button(company, other_c, "company_merge_sure", "merge_companies")

        sure = st.checkbox(t_md("company_delete_confirm_one" if len(staff) == 1 else
                                "company_delete_confirm", name=company.name, n=len(staff)),
                           key="company_delete_sure")
        if st.button(t("delete"), key="delete_company", disabled=not sure):
            store.delete_company(company.id)
            st.session_state["people_flash"] = t_md("deleted", name=company.name)
            st.rerun()
    elif typed_company.strip():
        st.warning(t_md("no_company", text=typed_company))
    twins = per_version(store, "company_twins", lambda: likely_company_duplicates(store))
    if twins:  # (as carnet review lists them; company merges have no undo: confirmed first)
        st.subheader(t("company_twins_title"))
    for kept_company, twin in twins:
        with st.container(border=True, key=f"company_twin_{twin.id}"):
            st.markdown(f"{md(kept_company.name)} · {md(twin.name)}")
            merge_company_button(kept_company, twin, f"merge_company_sure_{twin.id}",
                                 f"merge_company_{twin.id}")
