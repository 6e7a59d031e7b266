"""Small view helpers shared by the pages."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from app.i18n import lang, md, percent, reason_text, t, t_md
from graph.core.formatting import count
from graph.core.model import Company, Person, stable_id
from graph.core.names import MAX_NAME_CHARS
from graph.services.compare import side_lines, sides
from graph.services.demo import DEMO_PEOPLE, load_demo
from graph.services.drafts import followup_draft
from graph.services.lookup import (
    companies_for,
    company_and_role,
    company_matches,
    company_named,
    counts_now,
    distinct_labels,
    per_version,
    person_matches,
    with_alias,
)
from graph.services.rewarm import target_companies, worth_rewarming_now
from graph.stores.port import GraphStore
from ingest.duplicates import open_reviews, review_to_settle

T = TypeVar("T")


def widgets_in_language() -> None:
    """Streamlit's file uploader writes its own English ("Upload", "200MB per file • CSV"):
    its button gets our word instead, and the size line goes (the page's help names the
    formats). Text hidden this way is not read by screen readers either; the words put
    in its place are ours, from the wording table (a constant, quoted as a CSS string).
    Only the browse button is retitled: once a file is chosen, the dropzone's other buttons
    (remove the file, add another) are icons, and words after them overlapped the file name.
    A text box being typed in says "Press Enter to apply" (or "… to submit form") in its
    corner: ours instead; a multi-line box's "Press Ctrl+Enter to apply" goes (its text is
    taken when she clicks the page's button, and Mac users press ⌘, not Ctrl). A chosen
    file's size goes too: Streamlit writes it in English (« 0.7KB », not « 0,7 Ko »)."""
    browse = '[data-testid="stFileUploaderDropzone"] button[data-testid="stBaseButton-secondary"]'
    enter = '[data-testid="InputInstructions"]'
    st.html(f"""<style>
[data-testid="stFileUploaderDropzoneInstructions"] {{ display: none; }}
{browse} p {{ display: none; }}
{browse}::after {{ content: {css_string(t("browse"))}; }}
{enter} > span, [data-testid="stTextArea"] {enter} {{ display: none; }}
{enter}::after {{ content: {css_string(t("press_enter"))}; }}
[data-testid="stFileChipName"] + div {{ display: none; }}
</style>""")


def css_string(text: str) -> str:
    """A constant text as a CSS string: JSON's quoting, its letters as they are (CSS reads
    no ``\\u00e9``: "Entrée" came out "Entru00e9e")."""
    return json.dumps(text, ensure_ascii=False)


# A warmth bar drawn as st.progress draws it (its sizes and its default theme's colours).
BAR = "margin-bottom:1rem"  # (Markdown's own block pulls the next one up by 1rem)
BAR_TEXT = "font-size:14px;line-height:19px;margin-bottom:8px"
BAR_TRACK = "height:8px;border-radius:4px;overflow:hidden;background:rgb(248, 248, 247)"
BAR_FILL = "height:100%;background:rgb(28, 131, 225);"


def warmth_bar(fraction: float, text: str) -> None:
    """A bar filled to ``fraction`` under ``text``, in Markdown. Not ``st.progress``: Streamlit
    loads a progress bar's code on its first use after the page opens, and React held the
    card back until it came (0.1 s quiet, more under load: issue 17); Markdown is loaded with
    the page."""
    filled = round(100 * min(1.0, max(0.0, fraction)))
    words = html.escape(text)
    st.markdown(f'<div role="progressbar" aria-valuemin="0" aria-valuemax="100" '
                f'aria-valuenow="{filled}" aria-label="{words}" style="{BAR}">'
                f'<div style="{BAR_TEXT}">{words}</div>'
                f'<div style="{BAR_TRACK}"><div style="{BAR_FILL}width:{filled}%"></div></div>'
                f'</div>', unsafe_allow_html=True)


def offer_demo_if_empty(store: GraphStore) -> None:
    """On an empty notebook, offer the two ways to fill it (the demo network, or the Import
    page) and stop the page there: no page of an empty notebook is a dead end."""
    if flash := st.session_state.pop("flash", None):
        st.success(flash)
    if counts_now(store).people:
        return
    st.info(t("empty_store", people=DEMO_PEOPLE))
    st.page_link("app/import_page.py", label=t("go_import"), icon=":material/upload:")
    if st.button(t("load_demo"), type="primary", key="load_demo"):
        data = load_demo(store, lang())
        if data is not None:
            st.session_state["flash"] = t("demo_loaded", people=len(data.people),
                                          companies=len(data.companies))
        st.rerun()
    st.stop()


def pick_person(store: GraphStore, label: str, key: str) -> tuple[Person | None, bool]:
    """A box for a name, then who it is: the person of exactly that name is chosen; close
    names (a typo, a missing accent, initials) and namesakes are offered as choices beside
    "new person", and nothing is chosen until the user picks one. A name no one is close to is
    a new person. Returns the person (new ones are not saved yet) and whether they are new."""
    typed = " ".join(st.text_input(label, key=f"{key}_q",
                                    max_chars=MAX_NAME_CHARS).split())
    fresh_choice(key, typed)
    if not typed:
        return None, False
    exact, close = person_matches(store, typed)
    new = Person(stable_id("p", typed, "new"), typed)  # stable across reruns of the page
    firm = None if exact or close else company_named(store, typed)
    company = firm is not None
    if firm is not None:
        st.warning(t_md("company_not_person", text=firm.name))
    elif close and not exact:
        st.caption(t_md("did_you_mean_person", text=typed))
    # Labels fixed now, in this run's language (see import_page.py on format_func). Buttons,
    # one a line, not a drop-down: namesakes differ at the end of their labels ("…, Graphiste
    # chez Banque du Lacydon"), which a closed box cut off; a radio's labels wrap, whole.
    labels = {**{pid: md(label) for pid, label in
                 distinct_labels(store, exact + close, lang()).items()},
              new.id: t_md("new_person", name=typed)}
    options: list[Person] = [*exact, *close, new]
    sure = len(exact) == 1 or not (exact or close or company)
    chosen = st.radio(t("choose_who"), options, index=0 if sure else None, key=f"{key}_pick",
                      format_func=lambda p: labels.get(p.id, md(p.name)))
    return chosen, chosen is not None and chosen.id == new.id


def fresh_choice(key: str, typed: str) -> None:
    """Another name typed: its choice starts over. The browser keeps a selectbox's value
    across reruns, so a name once left unchosen (a company typed as a person) would leave the
    next name, new for sure, unchosen too, and saving would say the field is empty."""
    if st.session_state.get(f"{key}_typed") != typed:
        st.session_state.pop(f"{key}_pick", None)
        st.session_state[f"{key}_typed"] = typed


def pick_company(store: GraphStore, label: str, key: str,
                 kept: Company | None = None) -> Company | None:
    """Like ``pick_person``, for companies (a new one is not saved yet; a known one written
    another way keeps that way as an alias). ``kept``: the company the box was filled with,
    returned as it is, no choice asked, while its name is left there."""
    typed = " ".join(st.text_input(label, key=f"{key}_q",
                                    max_chars=MAX_NAME_CHARS).split())
    fresh_choice(key, typed)
    if not typed:
        return None
    if kept is not None and typed == kept.name:
        return kept
    exact, close = company_matches(store, typed)
    new = Company(stable_id("c", typed, "new"), typed)
    if close and not exact:
        st.caption(t_md("did_you_mean_company", text=typed))
    options: list[Company] = [*exact, *close, new]
    labels = {new.id: t_md("new_company", name=typed)}
    sure = len(exact) == 1 or not (exact or close)
    # (a radio, each label whole: a drop-down cut a long new name at its edge on a phone)
    chosen = st.radio(t("choose_which"), options, index=0 if sure else None,
                      key=f"{key}_pick", format_func=lambda c: labels.get(c.id, md(c.name)))
    return with_alias(chosen, typed) if chosen is not None and chosen.id != new.id else chosen


RADIO_MOST = 12  # choices read whole as a radio; past it, a drop-down, which can be searched


def choose(label: str, options: list[T], key: str, plain: Callable[[T], str],
           index: int | None = 0) -> T | None:
    """One of ``options``, each labelled ``plain(option)`` (plain text, fixed in this run's
    language: see import_page.py on format_func): a radio when they are few, each label whole
    (a drop-down cut « Anaïs Roux, Chargée de recrutement chez Azur Télécom » at its edge on a
    phone); past ``RADIO_MOST`` (years of closed requests, a name many share), a drop-down,
    which a long list needs: it can be searched."""
    if len(options) <= RADIO_MOST:
        return st.radio(label, options, index=index, key=key,  # (a radio's labels: markdown)
                        format_func=lambda o: md(plain(o)))
    return st.selectbox(label, options, index=index, key=key, format_func=plain,
                        placeholder=t("choose_in_list"))


def pick_one(found: list[T], label: str, key: str, describe: Callable[[T], str]) -> T:
    """The only match, or a choice among several (``choose``)."""
    if len(found) == 1:
        return found[0]
    labels = [describe(x) for x in found]  # in this run's language (format_func runs later)
    chosen = choose(label, found, key, lambda x: labels[found.index(x)])
    assert chosen is not None  # (the first one is chosen until another is)
    return chosen


def match_or_stop(found: list[T], typed: str, missing: str, label: str, key: str,
                  describe: Callable[[T], str]) -> T:
    """What the user's search found (asking which one if several), or a warning in their
    language and the end of the page's run."""
    if not found:
        st.warning(t_md(missing, text=typed))
        st.stop()
    return pick_one(found, label, key, describe)


def choose_company(store: GraphStore, typed: str, key: str, box: str,
                   role_box: str | None = None) -> Company:
    """The company the search box ``box`` names: the only match; among several, the one the
    user picks (nothing until she does: the first match is not a guess worth showing); none,
    the close names as buttons ("did you mean"), or the company and role typed together in
    the box ("GME communication": GME, role communication) when ``role_box`` takes a role;
    else a warning. Ends the page's run until chosen."""
    typed = " ".join(typed.split())
    fresh_choice(key, typed)
    found, close = companies_for(store, typed)
    if len(found) == 1:
        return found[0]
    if found:
        chosen = choose(t("company_pick"), found, f"{key}_pick", lambda c: c.name, None)
        if chosen is None:
            st.stop()
        return chosen
    st.warning(t_md("no_company", text=typed))
    split = company_and_role(store, typed) if role_box and not close else None
    if close or split:
        st.caption(t("company_close"))
        row = st.container(horizontal=True)
        for company in close:  # a click puts the name in the box: the page runs again on it
            row.button(md(company.name), key=f"{key}_close_{company.id}", on_click=_fill,
                       args=({box: company.name},))
        if split and role_box:
            company, role = split
            row.button(t_md("company_and_role", company=company.name, role=role),
                       key=f"{key}_split", on_click=_fill,
                       args=({box: company.name, role_box: role},))
    st.stop()


def _fill(values: dict[str, str]) -> None:
    """Set text boxes (a button's callback: before the boxes are drawn again)."""
    st.session_state.update(values)


def review_queue(store: GraphStore, undo_key: str) -> None:
    """The possible duplicates: pairs found by imports and likely duplicates already in the
    notebook (``ingest.duplicates``), to merge (undoable) or keep apart. Each record of a pair
    shows what tells it from the other (``graph.services.compare``): side by side on a wide
    screen, one above the other on a phone."""
    if st.session_state.pop("merge_undone", False):
        st.success(t("undone"))
    undo = st.session_state.get("undo_merge")
    if undo:  # what was merged, said beside its undo
        st.success(st.session_state.get("undo_merge_said", t("merged")))
    if undo and st.button(t("undo"), key=undo_key):
        store.undo_merge(undo)
        del st.session_state["undo_merge"]
        st.session_state["merge_undone"] = True
        st.rerun()  # the page above was drawn before the undo (a search missing a card)
    found = per_version(store, "open_reviews", lambda: open_reviews(store))  # (reads all)
    if not found:
        st.caption(t("review_none"))
    shown = found[:50]
    side_of = per_version(store, "review_sides",
                          lambda: sides(store, {pid for r in shown for pid in (r.a, r.b)}))
    for item in shown:
        with st.container(border=True, key=f"review_{item.id}"):
            for column, pid in zip(st.columns(2), (item.a, item.b), strict=True):
                column.markdown(f"**{md(side_of[pid].name)}**")
                column.caption("  \n".join(md(line) for line in side_lines(side_of[pid], lang())))
            st.caption(md(f"{reason_text(item.reason)} · "
                          f"{t('likeness', percent=percent(item.score / 100))}"))
            left, right = st.columns(2)
            if left.button(t("merge"), key=f"merge_{item.id}"):
                settled = review_to_settle(store, item.id)
                # (labels that tell the two apart, for the sentence: read only to merge)
                labels = distinct_labels(store, [store.get_person(settled.a),
                                                 store.get_person(settled.b)], lang())
                merged_people(store.merge_people(settled.a, settled.b),
                              labels[settled.b], labels[settled.a])
                st.rerun()
            if right.button(t("apart"), key=f"apart_{item.id}"):
                store.keep_apart(review_to_settle(store, item.id).id)
                st.rerun()


def merged_people(merge: str, other: str, keep: str) -> None:
    """Keep a merge for its undo, with the sentence that says which two were merged."""
    st.session_state["undo_merge"] = merge
    st.session_state["undo_merge_said"] = t_md("merged_pair", other=other, keep=keep)


def job_line(title: str, company: str) -> str:
    """"Title at Company", or whichever of the two is known ("" if neither)."""
    if title and company:
        return t("job_at", title=title, company=company)
    return title or company


def show_counts(store: GraphStore) -> None:
    """The notebook's size, one metric a column."""
    counts = counts_now(store)
    for column, (label, value) in zip(st.columns(5), (
            (t("people"), counts.people), (t("companies"), counts.companies),
            (t("ties"), counts.knows), (t("referrals"), counts.referrals),
            (t("intros"), counts.intros)), strict=True):
        column.metric(label, count(value, lang()))


def show_draft(store: GraphStore, kind: str, record: str, whom: str, key: str,
               expanded: bool = False) -> None:
    """A follow-up's message to ``whom``, in an expander, editable (``graph.services.drafts``)."""
    with st.expander(t_md("followup_draft", name=whom), expanded=expanded):
        text = followup_draft(store, kind, record, lang())
        st.text_area(t("followup_draft_label"), text, height=text_height(text), key=key)


LINE_PX, BOX_PX = 20, 40  # a text box's line (14 px type, 1.4 apart, rounded up); its padding


def text_height(text: str, width: int = 110) -> int:
    """Pixels for a text box to show ``text`` whole, lines wrapped at about ``width``
    characters (a full-width box on a laptop holds 110 to 150), so nothing hides below its
    edge and no screen of empty lines follows it (26 px a line at 55 characters made an
    intro's draft twice as tall as its text)."""
    lines = sum(max(1, -(-len(line) // width)) for line in text.split("\n"))
    return max(100, LINE_PX * lines + BOX_PX)


def show_rewarm(store: GraphStore, key: str) -> None:
    """"Worth re-warming this month": the quiet ties that open the most doors to the
    targets, each with its doors and a catching-up draft (``graph.services.rewarm``)."""
    st.subheader(t("rewarm_title"))
    if not store.members():  # (a notebook filled by hand has no "me" yet)
        st.caption(t("no_member"))
        return
    found = worth_rewarming_now(store, lang=lang())  # (a search per target: once per version)
    if not found:
        names = ", ".join(c.name for c, _ in target_companies(store))
        st.caption(t_md("rewarm_none", targets=names) if names else t("rewarm_no_targets"))
        return
    for n, item in enumerate(found, start=1):
        with st.container(border=True, key=f"{key}_{n}"):
            st.markdown(f"{n}\\. 🔥 **{md(item.person.name)}**")
            st.caption(md(item.why))
            for door in item.doors:
                st.markdown("- " + t_md("rewarm_door", company=door.company.name,
                                        target=door.target.name, score=percent(door.score),
                                        rewarmed=percent(door.rewarmed)))
            with st.expander(t_md("rewarm_draft", name=item.person.name)):
                st.text_area(t("followup_draft_label"), item.draft,
                             height=text_height(item.draft), key=f"{key}_draft_{n}")
