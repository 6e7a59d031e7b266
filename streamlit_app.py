"""Carnet's app: page configuration, navigation, and one place where an expected error on any
page becomes a line in the user's language (pages live in ``app/``)."""

from pathlib import Path

import streamlit as st

from app.i18n import error_text, language_picker, t, t_md
from app.lost import lost_note, with_lost_page
from app.views import widgets_in_language
from graph.core.errors import CarnetError

HERE = Path(__file__).parent

st.set_page_config(page_title="Carnet", page_icon=":material/menu_book:", layout="wide")
language_picker()
widgets_in_language()
pages = [  # Home first; Warm paths stays what "/" opens (deep links ?company=)
    st.Page(HERE / "app" / "home.py", title=t("page_home"), icon=":material/menu_book:",
            url_path="notebook"),
    st.Page(HERE / "app" / "paths.py", title=t("page_paths"), icon=":material/route:",
            url_path="", default=True),
    st.Page(HERE / "app" / "explore.py", title=t("page_explore"), icon=":material/hub:",
            url_path="explore"),
    st.Page(HERE / "app" / "referral.py", title=t("page_referral"), icon=":material/person_add:",
            url_path="referral"),
    st.Page(HERE / "app" / "followups.py", title=t("page_followups"), icon=":material/event:",
            url_path="followups"),
    st.Page(HERE / "app" / "import_page.py", title=t("page_import"), icon=":material/upload:",
            url_path="import"),
    st.Page(HERE / "app" / "people.py", title=t("page_people"), icon=":material/group:",
            url_path="people"),
    st.Page(HERE / "app" / "data.py", title=t("page_data"), icon=":material/database:",
            url_path="data"),
]
# (a bad address lands on Home with a line saying so, not under Streamlit's English dialog)
page = st.navigation(with_lost_page(pages, home=pages[0]))
lost_note()
try:
    page.run()
except CarnetError as exc:  # any page: an expected error is one line, in the user's language
    st.error(t_md("action_failed", error=error_text(exc)))
