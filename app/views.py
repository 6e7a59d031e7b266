"""Small view helpers shared by the pages."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from app.i18n import lang, t, t_md
from graph.demo import DEMO_PEOPLE, load_demo
from graph.drafts import followup_draft
from graph.lookup import describe_person
from graph.model import Company, Person, fold, stable_id
from graph.store import GraphStore

T = TypeVar("T")


def widgets_in_language() -> None:
    """Streamlit's file uploader writes its own English ("Upload", "200MB per file • CSV"):
    its button gets our word instead, and the size line goes (the page's help names the
    formats). Text hidden this way is not read by screen readers either; the words put
    in its place are ours, from the wording table (a constant, quoted as a CSS string)."""
    st.html(f"""<style>
[data-testid="stFileUploaderDropzoneInstructions"] {{ display: none; }}
[data-testid="stFileUploaderDropzone"] button p {{ display: none; }}
[data-testid="stFileUploaderDropzone"] button::after {{ content: {json.dumps(t("browse"))}; }}
</style>""")


def offer_demo_if_empty(store: GraphStore) -> None:
    """On an empty notebook, offer the demo network and stop the page there."""
    if flash := st.session_state.pop("flash", None):
        st.success(flash)
    if store.counts().people:
        return
    st.info(t("empty_store", people=DEMO_PEOPLE))
    if st.button(t("load_demo"), type="primary", key="load_demo"):
        data = load_demo(store, lang())
        if data is not None:
            st.session_state["flash"] = t("demo_loaded", people=len(data.people),
                                          companies=len(data.companies))
        st.rerun()
    st.stop()


def pick_person(store: GraphStore, label: str, key: str) -> tuple[Person | None, bool]:
    """A search box with the matching people, and "new person" for a name not yet known.
    Returns the person (new ones are not saved yet) and whether they are new."""
    typed = " ".join(st.text_input(label, key=f"{key}_q").split())
    if not typed:
        return None, False
    found = store.search_people(typed, limit=10)
    new = Person(stable_id("p", typed, "new"), typed)  # stable across reruns of the page
    options: list[Person] = [*found, new]
    exact = [p for p in found if fold(p.name) == fold(typed)]
    labels = {p.id: describe_person(store, p, lang()) for p in found}  # this run's language
    labels[new.id] = t("new_person", name=new.name)
    chosen = st.selectbox(
        t("choose"), options, index=options.index(exact[0]) if exact else 0, key=f"{key}_pick",
        format_func=lambda p: labels[p.id])
    return chosen, chosen is new


def pick_company(store: GraphStore, label: str, key: str) -> Company | None:
    """Like ``pick_person``, for companies (a new one is not saved yet)."""
    typed = " ".join(st.text_input(label, key=f"{key}_q").split())
    if not typed:
        return None
    found = store.search_companies(typed, limit=10)
    new = Company(stable_id("c", typed, "new"), typed)
    options: list[Company] = [*found, new]
    return st.selectbox(t("choose"), options, key=f"{key}_pick",
                        format_func=lambda c: t("new_company", name=c.name) if c is new
                        else c.name)


def pick_one(found: list[T], label: str, key: str, describe: Callable[[T], str]) -> T:
    """The only match, or a choice among several."""
    if len(found) == 1:
        return found[0]
    labels = [describe(x) for x in found]  # in this run's language (format_func runs later)
    return st.selectbox(label, found, key=key, format_func=lambda x: labels[found.index(x)])


def match_or_stop(found: list[T], typed: str, missing: str, label: str, key: str,
                  describe: Callable[[T], str]) -> T:
    """What the user's search found (asking which one if several), or a warning in their
    language and the end of the page's run."""
    if not found:
        st.warning(t_md(missing, text=typed))
        st.stop()
    return pick_one(found, label, key, describe)


def show_counts(store: GraphStore) -> None:
    """The notebook's size, one metric a column."""
    counts = store.counts()
    for column, (label, value) in zip(st.columns(5), (
            (t("people"), counts.people), (t("companies"), counts.companies),
            (t("ties"), counts.knows), (t("referrals"), counts.referrals),
            (t("intros"), counts.intros)), strict=True):
        column.metric(label, value)


def show_draft(store: GraphStore, kind: str, record: str, whom: str, key: str,
               expanded: bool = False) -> None:
    """A follow-up's message to ``whom``, in an expander, editable (``graph.drafts``)."""
    with st.expander(t_md("followup_draft", name=whom), expanded=expanded):
        text = followup_draft(store, kind, record, lang())
        st.text_area(t("followup_draft_label"), text, height=text_height(text), key=key)


def text_height(text: str, width: int = 90) -> int:
    """Pixels for a text box to show ``text`` whole (lines wrapped at about ``width``
    characters), so nothing hides below its edge."""
    lines = sum(max(1, -(-len(line) // width)) for line in text.split("\n"))
    return max(120, 26 * lines + 30)
