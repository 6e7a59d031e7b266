"""The app's two languages. Every text a page shows comes from ``TEXTS`` through ``t``.

The language is the one chosen in the sidebar, else ``?lang=``, else the browser's locale
(French for any ``fr-*`` locale), else English.
"""

from __future__ import annotations

from typing import Final

import streamlit as st

LANGS: Final = ("fr", "en")
LANG_NAMES: Final = {"fr": "Français", "en": "English"}

TEXTS: Final[dict[str, dict[str, str]]] = {
    "app_title": {"fr": "Carnet", "en": "Carnet"},
    "tagline": {
        "fr": "Votre réseau en graphe : qui connaît qui, et qui peut vous présenter.",
        "en": "Your network as a graph: who knows whom, and who can introduce you.",
    },
    "language": {"fr": "Langue", "en": "Language"},
    "page_home": {"fr": "Accueil", "en": "Home"},
    "store_in_use": {"fr": "Données : {location}", "en": "Data: {location}"},
    "store_unavailable": {
        "fr": "Impossible d'ouvrir la base de données. {error}",
        "en": "Cannot open the database. {error}",
    },
    "people": {"fr": "Personnes", "en": "People"},
    "companies": {"fr": "Entreprises", "en": "Companies"},
    "ties": {"fr": "Liens", "en": "Ties"},
    "referrals": {"fr": "Recommandations", "en": "Referrals"},
    "intros": {"fr": "Mises en relation", "en": "Intro requests"},
    "empty_store": {
        "fr": "Votre carnet est vide. Chargez le réseau de démonstration pour découvrir Carnet "
              "(150 personnes fictives autour d'une consultante installée à Marseille), ou "
              "importez vos contacts.",
        "en": "Your notebook is empty. Load the demo network to try Carnet (150 fictional "
              "people around a consultant who just moved to Marseille), or import your contacts.",
    },
    "load_demo": {"fr": "Charger le réseau de démonstration", "en": "Load the demo network"},
    "demo_loaded": {
        "fr": "Réseau de démonstration chargé : {people} personnes, {companies} entreprises.",
        "en": "Demo network loaded: {people} people, {companies} companies.",
    },
    "members": {"fr": "Vous : {names}", "en": "You: {names}"},
    "error": {"fr": "Erreur : {error}", "en": "Error: {error}"},
}


def lang() -> str:
    """The current language code, ``"fr"`` or ``"en"``."""
    chosen = st.session_state.get("lang")
    if chosen in LANGS:
        return str(chosen)
    asked = st.query_params.get("lang")
    if asked in LANGS:
        return str(asked)
    locale = (st.context.locale or "").lower()
    return "fr" if locale.startswith("fr") else "en"


def t(key: str, **values: object) -> str:
    """The text ``key`` in the current language, with ``{placeholders}`` filled."""
    text = TEXTS[key][lang()]
    return text.format(**values) if values else text


def language_picker() -> None:
    """The sidebar's language switch; it keeps the choice for the session."""
    current = lang()
    choice = st.sidebar.selectbox(
        t("language"), LANGS, index=LANGS.index(current), format_func=LANG_NAMES.__getitem__,
        key="lang_picker")
    st.session_state["lang"] = choice
