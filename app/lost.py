"""An address that leads to no page (``/nimporte-quoi``): the home page, with a line in the
user's language saying so.

Streamlit 1.67 has no hook for an unknown page: ``st.navigation`` runs the default page under
its own "Page not found" dialog, in English. So the page the address asks for is made to
exist for that run only: a hidden page of that name, which moves on to the home page and
leaves the line for it. The name comes from the browser's address (``st.context.url``);
it only names that hidden page, never shown.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from app.i18n import t

_NOTE = "lost_address"  # (session state: the line the home page shows once)


def asked_page() -> str:
    """The page name the browser's address asks for: its path's last part ("" at the
    root)."""
    path = unquote(urlsplit(st.context.url or "").path)
    return path.strip().strip("/").rsplit("/", 1)[-1].strip()


def with_lost_page(pages: list[StreamlitPage], home: StreamlitPage) -> list[StreamlitPage]:
    """``pages``, and when the address asks for a page none of them is (the default page's
    URL name must be "": its file's name would be taken for it), a hidden page of that name
    leading to ``home``."""
    asked = asked_page()
    if not asked or asked in {page.url_path for page in pages}:
        return pages

    def lost() -> None:
        st.session_state[_NOTE] = True
        st.switch_page(home, query_params=st.query_params.to_dict())

    return [*pages, st.Page(lost, title=t("page_home"), url_path=asked, visibility="hidden")]


def lost_note() -> None:
    """Once, on the page landed on: the address led nowhere."""
    if st.session_state.pop(_NOTE, None):
        st.info(t("lost_address"))
