"""Codes of the domain in words: a tie's source, a review's reason, a referral's or an intro
request's status. Keys are ``source_<code>``, ``review_<kind>``, ``review_in_<where>``,
``status_<status>``; a code Carnet does not know is shown as stored."""

from __future__ import annotations

from typing import Final

CODES: Final[dict[str, dict[str, str]]] = {
    # where a tie came from (``Knows.source``)
    "source_manual": {"fr": "saisie", "en": "typed in"},
    "source_linkedin": {"fr": "LinkedIn", "en": "LinkedIn"},
    "source_vcard": {"fr": "carte de visite (vCard)", "en": "contact card (vCard)"},
    "source_google": {"fr": "Google Contacts", "en": "Google Contacts"},
    "source_csv": {"fr": "fichier CSV", "en": "CSV file"},
    "source_referral": {"fr": "recommandation", "en": "referral"},
    "source_mail": {"fr": "e-mails", "en": "e-mails"},
    "source_calendar": {"fr": "agenda", "en": "calendar"},
    # why two people may be one (a review's reason code, ``graph.core.model.reason_parts``)
    "review_same_name": {"fr": "même nom", "en": "same name"},
    "review_same_name_company": {"fr": "même nom, même entreprise", "en": "same name and company"},
    "review_similar_names": {"fr": "noms proches", "en": "similar names"},
    "review_similar_names_company": {"fr": "noms proches, même entreprise",
                                     "en": "similar names and company"},
    "review_same_phone": {"fr": "même numéro de téléphone, autre nom",
                          "en": "same phone number, another name"},
    "review_same_email": {"fr": "même adresse e-mail, autre nom",
                          "en": "same e-mail address, another name"},
    # (a name given in brackets by LinkedIn, or one of the other names kept on a card)
    "review_other_name": {"fr": "sous un autre nom",
                          "en": "under another name"},
    # (« Marie Martin » and « Marie Martin-Dupont », « JB Rossi » and « Jean-Baptiste Rossi »)
    "review_compound_name": {"fr": "nom composé ou d'usage, écrit en partie",
                             "en": "compound or married name, written in part"},
    "review_in_notebook": {"fr": "déjà dans le carnet", "en": "already in the notebook"},
    "review_in_import": {"fr": "import {source}", "en": "{source} import"},
    # Statuses as a French freelancer says them of a referral or an intro request (both are
    # feminine, « la recommandation », « la demande »); steps done are said as what was done,
    # never as a participle about the person (no « contacté·e »).
    "status_noted": {"fr": "notée", "en": "noted"},
    "status_researched": {"fr": "renseignements pris", "en": "looked into"},
    "status_contacted": {"fr": "contact pris", "en": "contacted"},
    "status_meeting": {"fr": "rendez-vous pris", "en": "meeting set"},
    "status_won": {"fr": "réussie", "en": "won"},
    # (lost: it came to nothing; dropped: she gave it up. « sans suite » read as « classée
    # sans suite », a decision of hers, and « abandonnée » as the same thing)
    "status_lost": {"fr": "n'a pas abouti", "en": "lost"},
    "status_dropped": {"fr": "abandonnée par vous", "en": "dropped by you"},
    "status_draft": {"fr": "brouillon", "en": "draft"},
    "status_asked": {"fr": "demandée", "en": "asked"},
    "status_accepted": {"fr": "acceptée", "en": "accepted"},
    "status_declined": {"fr": "refusée", "en": "declined"},
    "status_unanswered": {"fr": "restée sans réponse", "en": "unanswered"},
    "status_deleted": {"fr": "brouillon supprimé", "en": "draft deleted"},
    "status_introduced": {"fr": "mise en relation faite", "en": "introduced"},
    "status_met": {"fr": "rencontre faite", "en": "met"},
    "status_thanked": {"fr": "remerciement envoyé", "en": "thanked"},
}
