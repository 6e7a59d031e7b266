"""The app's two languages. Every text a page shows comes from the wording tables
(``graph/core/wording/``, the pages' own in ``app.py`` and ``app_records.py``) through ``t``.

The language is the one chosen in the sidebar, else ``?lang=``, else the browser's locale
(French for any ``fr-*`` locale), else English.
"""

from __future__ import annotations

import re
from typing import Final

import streamlit as st

from graph.core import formatting
from graph.core.errors import CarnetError
from graph.core.wording import LANGS, reason_words, say, say_n, source_word, status_word

LANG_NAMES: Final = {"fr": "Français", "en": "English"}

def source_text(source: str | None) -> str:
    """Where a tie came from, in the user's language (``"—"`` when unknown)."""
    return source_word(source, lang()) if source else "—"


def reason_text(reason: str) -> str:
    """A review's reason in the user's language: "noms proches (import LinkedIn)"; a reason
    Carnet does not know is shown as stored."""
    return reason_words(reason, lang())


def day(iso: str | None, missing: str = "empty_value") -> str:
    """A stored date as the user reads it (``27 nov. 2026``); ``missing`` names the text
    shown when there is none (``"—"``, or ``"never"`` for a last contact)."""
    return formatting.day(iso, lang(), t(missing))


def number(value: float, digits: int = 2) -> str:
    """``0,39`` in French, ``0.39`` in English."""
    return formatting.number(value, lang(), digits)


def percent(value: float) -> str:
    """``39 %`` in French, ``39%`` in English."""
    return formatting.percent(value, lang())


def status_text(status: str) -> str:
    """A referral's or intro request's status in the user's language."""
    return status_word(status, lang())

def error_text(exc: CarnetError) -> str:
    """An expected error in the user's language."""
    return exc.words(lang())


def lang() -> str:
    """The current language code, ``"fr"`` or ``"en"``."""
    picked = st.session_state.get("lang_picker")  # this run's choice, before it is kept
    if picked in LANGS:
        return str(picked)
    chosen = st.session_state.get("lang")
    if chosen in LANGS:
        return str(chosen)
    asked = st.query_params.get("lang")
    if asked in LANGS:
        return str(asked)
    return browser_lang()


def browser_lang() -> str:
    """The browser's language: French if it asks for French, else English."""
    return "fr" if (st.context.locale or "").lower().startswith("fr") else "en"


def t(key: str, **values: object) -> str:
    """The text ``key`` in the current language, with ``{placeholders}`` filled."""
    return say(key, lang(), **values)


def tn(key: str, n: int, **values: object) -> str:
    """``t`` agreeing with a count: ``key_one`` for one (zero or one in French), if the table
    has it, else ``key``."""
    return say_n(key, n, lang(), **values)


def language_picker() -> None:
    """The sidebar's language switch; it keeps the choice for the session, and in the page's
    address when it is not the browser's (a reload, or the link copied, keeps it)."""
    current = lang()
    choice = st.sidebar.selectbox(
        t("language"), LANGS, index=LANGS.index(current), format_func=LANG_NAMES.__getitem__,
        key="lang_picker", placeholder=t("choose_in_list"))
    st.session_state["lang"] = choice
    if choice != st.query_params.get("lang", browser_lang()):
        st.query_params["lang"] = choice


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=])")


_SPACES = re.compile(r"[^\S\u00a0]+")  # runs of spaces and newlines, not the no-break space


def md(text: str) -> str:
    """User text made inert inside ``st.markdown``: no emphasis, links, HTML or directives;
    one line. A no-break space stays (French "39 %" is not cut between number and sign)."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", _SPACES.sub(" ", text).strip())


def t_md(key: str, **values: object) -> str:
    """``t`` for widgets that render markdown (messages, captions, headers): the text's own
    formatting is kept, the values (names, typed text, errors, paths) are made inert."""
    return t(key, **{k: md(v) if isinstance(v, str) else v for k, v in values.items()})
