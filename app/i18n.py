"""The app's two languages. Every text a page shows comes from ``TEXTS`` through ``t``.

The language is the one chosen in the sidebar, else ``?lang=``, else the browser's locale
(French for any ``fr-*`` locale), else English.
"""

from __future__ import annotations

import re
from typing import Final

import streamlit as st

from graph.core import formatting
from graph.core.errors import CarnetError
from graph.core.model import reason_parts
from graph.core.wording import WORDING

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
    "action_failed": {"fr": "Action impossible, rien n'a été écrit : {error}",
                      "en": "That did not work, nothing was written: {error}"},
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
              "({people} personnes fictives autour d'une consultante installée à Marseille), ou "
              "importez vos contacts.",
        "en": "Your notebook is empty. Load the demo network to try Carnet ({people} fictional "
              "people around a consultant who just moved to Marseille), or import your contacts.",
    },
    "load_demo": {"fr": "Charger le réseau de démonstration", "en": "Load the demo network"},
    "go_import": {"fr": "Importer vos contacts (LinkedIn, vCard, Google, CSV…)",
                  "en": "Import your contacts (LinkedIn, vCard, Google, CSV…)"},
    "demo_loaded": {
        "fr": "Réseau de démonstration chargé : {people} personnes, {companies} entreprises.",
        "en": "Demo network loaded: {people} people, {companies} companies.",
    },
    "members": {"fr": "Vous : {names}", "en": "You: {names}"},
    "error": {"fr": "Erreur : {error}", "en": "Error: {error}"},
    "page_paths": {"fr": "Chemins", "en": "Warm paths"},
    "paths_title": {"fr": "Qui peut vous présenter ?", "en": "Who can introduce you?"},
    "company": {"fr": "Entreprise", "en": "Company"},
    "company_help": {"fr": "Tapez une partie du nom ; accents et majuscules ignorés.",
                     "en": "Type part of the name; case and accents are ignored."},
    "company_pick": {"fr": "Entreprises trouvées", "en": "Matching companies"},
    "company_choose": {"fr": "Choisissez l'entreprise", "en": "Choose the company"},
    "company_close": {"fr": "Vouliez-vous dire…", "en": "Did you mean…"},
    "no_company": {"fr": "Aucune entreprise ne correspond à « {text} ».",
                   "en": "No company matches '{text}'."},
    "role": {"fr": "Rôle ou équipe (facultatif)", "en": "Role or team (optional)"},
    "role_help": {"fr": "Mots séparés par des virgules, cherchés dans l'intitulé et le service : "
                        "« communication, RH ».",
                  "en": "Comma-separated words, looked up in titles and departments: "
                        "\"communications, HR\"."},
    "options": {"fr": "Options", "en": "Options"},
    "max_hops": {"fr": "Liens au plus", "en": "Most ties on a path"},
    "top": {"fr": "Nombre d'intermédiaires", "en": "How many introducers"},
    "include_former": {"fr": "Compter les anciens salariés", "en": "Count former employees"},
    "results": {"fr": "{n} intermédiaires vers {company}",
                "en": "{n} introducers to {company}"},
    "results_one": {"fr": "{n} intermédiaire vers {company}", "en": "{n} introducer to {company}"},
    "direct": {"fr": "contact direct", "en": "direct contact"},
    "score": {"fr": "chaleur du chemin : {score}", "en": "path warmth: {score}"},
    "no_path": {"fr": "Aucun chemin vers {company} en {hops} liens au plus.",
                "en": "No path to {company} within {hops} ties."},
    "no_target": {"fr": "Personne chez {company} dans votre carnet pour l'instant.",
                  "en": "No one at {company} in your notebook yet."},
    "no_target_role": {"fr": "Personne chez {company} dans votre carnet pour le rôle « {role} ».",
                       "en": "No one at {company} in your notebook for the role '{role}'."},
    "inexact": {"fr": "Résultat approché : des personnes très connectées ont été laissées de "
                      "côté pour rester rapide.",
                "en": "Approximate: some very connected people were left out to stay fast."},
    "no_member": {"fr": "Ce carnet n'a pas encore de membre (« moi ») : chargez la démo ou "
                        "importez vos contacts.",
                  "en": "This notebook has no member (\"me\") yet: load the demo or import "
                        "your contacts."},
    "ambiguous": {"fr": "Plusieurs correspondances : {error}",
                  "en": "Several matches: {error}"},
    "connectors": {"fr": "Vos passeurs : qui vous ouvre le plus de portes",
                   "en": "Your connectors: who opens the most doors for you"},
    "connector_doors": {"fr": "{n} entreprises", "en": "{n} companies"},
    "connector_doors_one": {"fr": "{n} entreprise", "en": "{n} company"},
    "connector_alone": {"fr": "dont {n} que personne d'autre ne vous ouvre : {names}",
                        "en": "{n} of them opened by no one else: {names}"},
    "connector_alone_all": {"fr": "que personne d'autre ne vous ouvre : {names}",
                            "en": "opened by no one else: {names}"},
    "connector_shared": {"fr": "toutes ouvertes aussi par d'autres contacts",
                         "en": "all also opened by other contacts"},
    "connector_shared_one": {"fr": "ouverte aussi par d'autres contacts",
                             "en": "also opened by other contacts"},
    "connectors_none": {"fr": "Aucun de vos contacts ne vous ouvre encore d'entreprise où vous "
                              "ne connaissez personne.",
                        "en": "None of your contacts opens a company where you know no one "
                              "yet."},
    "page_explore": {"fr": "Explorer", "en": "Explore"},
    "explore_title": {"fr": "Qui connaît qui", "en": "Who knows whom"},
    "min_closeness": {"fr": "Proximité minimale", "en": "Minimum closeness"},
    "filter_company": {"fr": "Entreprise", "en": "Company"},
    "any": {"fr": "(toutes)", "en": "(any)"},
    "filter_tag": {"fr": "Étiquette", "en": "Tag"},
    "matched": {"fr": "{n} personnes correspondent aux filtres.",
                "en": "{n} people match the filters."},
    "matched_one": {"fr": "{n} personne correspond aux filtres.",
                    "en": "{n} person matches the filters."},
    "person_search": {"fr": "Fiche d'une personne", "en": "A person's card"},
    "person_pick": {"fr": "Personnes trouvées", "en": "Matching people"},
    "no_person": {"fr": "Personne ne correspond à « {text} ».",
                  "en": "No one matches '{text}'."},
    "jobs": {"fr": "Postes", "en": "Jobs"},
    "current": {"fr": "actuel", "en": "current"},
    "former": {"fr": "ancien", "en": "former"},
    "referrals_given": {"fr": "Recommandations faites", "en": "Referrals given"},
    "referrals_received": {"fr": "Recommandations reçues", "en": "Referrals received"},
    "intro_history": {"fr": "Mises en relation", "en": "Intro requests"},
    "record": {"fr": "Demandes : {asks} · portes ouvertes : {positive} · refus : {negative} · "
                     "en attente : {pending}",
               "en": "Asks: {asks} · doors opened: {positive} · declined: {negative} · "
                     "pending: {pending}"},
    "col_name": {"fr": "Nom", "en": "Name"},
    "col_company": {"fr": "Entreprise", "en": "Company"},
    "col_title": {"fr": "Poste", "en": "Title"},
    "col_emails": {"fr": "E-mails", "en": "E-mails"},
    "col_phones": {"fr": "Téléphones", "en": "Phones"},
    "col_tags": {"fr": "Étiquettes", "en": "Tags"},
    "col_closeness": {"fr": "Proximité", "en": "Closeness"},
    "col_last": {"fr": "Dernier contact", "en": "Last contact"},
    "col_with": {"fr": "Avec", "en": "With"},
    "col_source": {"fr": "Source", "en": "Source"},
    "col_how": {"fr": "Rencontre", "en": "How met"},
    "col_status": {"fr": "Statut", "en": "Status"},
    "col_date": {"fr": "Date", "en": "Date"},
    "col_context": {"fr": "Contexte", "en": "Context"},
    "col_since": {"fr": "Depuis", "en": "Since"},
    "col_until": {"fr": "Jusqu'à", "en": "Until"},
    "ties_of": {"fr": "Liens", "en": "Ties"},
    "page_referral": {"fr": "Recommandation", "en": "Referral"},
    "referral_title": {"fr": "Noter une recommandation", "en": "Record a referral"},
    "referral_intro": {"fr": "« Tu devrais contacter… » : notez qui l'a dit, à propos de qui, "
                             "et dans quel contexte.",
                       "en": "\"You should contact…\": note who said it, about whom, and in "
                             "what context."},
    "referrer": {"fr": "Qui vous l'a suggéré ?", "en": "Who suggested it?"},
    "referee": {"fr": "Qui contacter ?", "en": "Whom to contact?"},
    "new_person": {"fr": "➕ Nouvelle personne : {name}", "en": "➕ New person: {name}"},
    "new_company": {"fr": "➕ Nouvelle entreprise : {name}", "en": "➕ New company: {name}"},
    "choose": {"fr": "Choisir", "en": "Choose"},
    "referral_company": {"fr": "Entreprise (facultatif)", "en": "Company (optional)"},
    "referral_role": {"fr": "Rôle ou équipe", "en": "Role or team"},
    "context": {"fr": "Contexte, dans ses mots", "en": "Context, in their words"},
    "offered_intro": {"fr": "Propose de préparer le terrain", "en": "Will prepare the ground"},
    "referral_date": {"fr": "Date", "en": "Date"},
    "follow_up": {"fr": "Relancer le", "en": "Follow up on"},
    "save_referral": {"fr": "Enregistrer la recommandation", "en": "Save the referral"},
    "need_both": {"fr": "Indiquez qui vous l'a suggéré et qui contacter, et choisissez "
                        "chaque fois une fiche proposée ou « Nouvelle personne ».",
                  "en": "Say who suggested it and whom to contact, and for each one choose "
                        "a suggestion or \"New person\"."},
    "referral_saved": {"fr": "Recommandation enregistrée : {referrer} vous suggère {referee}.",
                       "en": "Referral saved: {referrer} suggests {referee}."},
    "see_paths": {"fr": "Voir les chemins vers {company}", "en": "See the paths to {company}"},
    "page_import": {"fr": "Importer", "en": "Import"},
    "import_title": {"fr": "Importer vos contacts", "en": "Import your contacts"},
    "import_help": {"fr": "LinkedIn (Connections.csv), vCard (.vcf), Google Contacts (CSV), tout "
                          "CSV, mbox ou agenda .ics (seuls les en-têtes sont lus). Réimporter le "
                          "même fichier ne change rien. Une sauvegarde Carnet se restaure dans "
                          "Données.",
                    "en": "LinkedIn (Connections.csv), vCard (.vcf), Google Contacts (CSV), any "
                          "CSV, mbox or .ics calendar (only headers are read). Importing the "
                          "same file again changes nothing. A Carnet backup is restored in "
                          "Data."},
    "upload": {"fr": "Fichier", "en": "File"},
    "format": {"fr": "Format", "en": "Format"},
    "me": {"fr": "Vous (nom, ou adresses e-mail pour mbox et .ics)",
           "en": "You (name, or e-mail addresses for mbox and .ics)"},
    "mapping": {"fr": "Colonnes (CSV)", "en": "Columns (CSV)"},
    "unmapped": {"fr": "(aucune)", "en": "(none)"},
    "preview": {"fr": "Aperçu ({format}) : {summary}", "en": "Preview ({format}): {summary}"},
    "do_import": {"fr": "Importer", "en": "Import"},
    "imported": {"fr": "Import terminé : {summary}", "en": "Import done: {summary}"},
    "import_failed": {"fr": "Import refusé, rien n'a été écrit : {error}",
                      "en": "Import refused, nothing was written: {error}"},
    "format_auto": {"fr": "Détection automatique", "en": "Detect automatically"},
    # The import's report: one part a kind of change, zeros left out, real plurals.
    "sum_added": {"fr": "{n} nouvelles personnes", "en": "{n} new people"},
    "sum_added_one": {"fr": "{n} nouvelle personne", "en": "{n} new person"},
    "sum_matched": {"fr": "{n} fiches existantes complétées (même nom, même entreprise)",
                    "en": "{n} existing cards completed (same name, same company)"},
    "sum_matched_one": {"fr": "{n} fiche existante complétée (même nom, même entreprise)",
                        "en": "{n} existing card completed (same name, same company)"},
    "sum_updated": {"fr": "{n} fiches mises à jour", "en": "{n} cards updated"},
    "sum_updated_one": {"fr": "{n} fiche mise à jour", "en": "{n} card updated"},
    "sum_unchanged": {"fr": "{n} déjà à jour", "en": "{n} already up to date"},
    "sum_queued": {"fr": "{n} doublons possibles à vérifier (plus bas)",
                   "en": "{n} possible duplicates to review (below)"},
    "sum_queued_one": {"fr": "{n} doublon possible à vérifier (plus bas)",
                       "en": "{n} possible duplicate to review (below)"},
    "sum_ties": {"fr": "{n} nouveaux liens", "en": "{n} new ties"},
    "sum_ties_one": {"fr": "{n} nouveau lien", "en": "{n} new tie"},
    "sum_jobs": {"fr": "{n} changements de poste", "en": "{n} job changes"},
    "sum_jobs_one": {"fr": "{n} changement de poste", "en": "{n} job change"},
    "sum_nothing": {"fr": "rien de nouveau", "en": "nothing new"},
    "skip_hidden": {"fr": "pas de nom (un membre qui masque ses informations)",
                    "en": "no name (a member who hides their details)"},
    "skip_no_name": {"fr": "pas de nom", "en": "no name"},
    "skip_no_vcard_name": {"fr": "pas de nom (ni FN, ni N, ni ORG)",
                           "en": "no name (no FN, N or ORG)"},
    "skip_one_way": {"fr": "courriels dans un seul sens", "en": "mail one way only"},
    "skip_cut_short": {"fr": "le fichier s'arrête au milieu de cette ligne (coupée)",
                       "en": "the file ends in the middle of this row (cut short)"},
    "notice_latin1": {"fr": "{n} en-têtes n'étaient pas en UTF-8 : lus en Latin-1",
                      "en": "{n} headers were not UTF-8 and were read as Latin-1"},
    "notice_latin1_one": {"fr": "{n} en-tête n'était pas en UTF-8 : lu en Latin-1",
                          "en": "{n} header was not UTF-8 and was read as Latin-1"},
    "at_lines": {"fr": "lignes {lines}", "en": "lines {lines}"},
    "at_lines_one": {"fr": "ligne {lines}", "en": "line {lines}"},
    "skipped_rows": {"fr": "{n} lignes ignorées : {reason}", "en": "{n} rows skipped: {reason}"},
    "skipped_rows_one": {"fr": "{n} ligne ignorée : {reason}", "en": "{n} row skipped: {reason}"},
    "review_title": {"fr": "Doublons possibles", "en": "Possible duplicates"},
    "review_none": {"fr": "Aucun doublon à examiner.", "en": "No possible duplicates."},
    "merge": {"fr": "Fusionner", "en": "Merge"},
    "apart": {"fr": "Garder séparés", "en": "Keep apart"},
    "undo": {"fr": "Annuler la fusion", "en": "Undo the merge"},
    "merged": {"fr": "Fusionné.", "en": "Merged."},
    "name_to_keep": {"fr": "Nom à garder", "en": "Name to keep"},
    "merge_into": {"fr": "Fusionner {other} dans {keep}", "en": "Merge {other} into {keep}"},
    "undone": {"fr": "Fusion annulée.", "en": "Merge undone."},
    "page_people": {"fr": "Personnes", "en": "People"},
    "people_title": {"fr": "Personnes et entreprises", "en": "People and companies"},
    "edit": {"fr": "Modifier", "en": "Edit"},
    "name": {"fr": "Nom", "en": "Name"},
    "emails": {"fr": "E-mails (séparés par des virgules)", "en": "E-mails (comma-separated)"},
    "phones": {"fr": "Téléphones (séparés par des virgules)",
               "en": "Phones (comma-separated)"},
    "linkedin": {"fr": "Profil LinkedIn", "en": "LinkedIn profile"},
    "notes": {"fr": "Notes", "en": "Notes"},
    "tags": {"fr": "Étiquettes (séparées par des virgules)", "en": "Tags (comma-separated)"},
    "save": {"fr": "Enregistrer", "en": "Save"},
    "saved": {"fr": "Enregistré.", "en": "Saved."},
    "need_name": {"fr": "Le nom ne peut pas être vide : rien n'a été enregistré.",
                  "en": "The name cannot be empty: nothing was saved."},
    "merge_with": {"fr": "Fusionner avec (cette fiche est gardée)",
                   "en": "Merge with (this card is kept)"},
    "delete": {"fr": "Supprimer", "en": "Delete"},
    "delete_confirm": {"fr": "Je confirme : supprimer {name}, ses liens et son historique.",
                       "en": "I confirm: delete {name}, their ties and history."},
    "deleted": {"fr": "{name} : fiche supprimée.", "en": "{name} was deleted."},
    "company_merge_with": {
        "fr": "Fusionner avec (cette entreprise est gardée, l'autre nom devient un alias)",
        "en": "Merge with (this company is kept, the other name becomes an alias)"},
    "company_merge_confirm": {
        "fr": "Je confirme : {other} rejoint {keep} (postes, recommandations et demandes "
              "d'introduction passent à {keep}).",
        "en": "I confirm: {other} goes into {keep} (its jobs, referrals and intro requests "
              "move to {keep})."},
    "company_merged": {"fr": "{other} a rejoint {keep}.", "en": "{other} went into {keep}."},
    "company_delete_confirm": {
        "fr": "Je confirme : supprimer {name} et ses {n} postes ; les personnes restent.",
        "en": "I confirm: delete {name} and its {n} jobs; the people stay."},
    "company_delete_confirm_one": {
        "fr": "Je confirme : supprimer {name} et son poste ; la personne reste.",
        "en": "I confirm: delete {name} and its one job; the person stays."},
    "domain": {"fr": "Domaine web", "en": "Web domain"},
    "aliases": {"fr": "Autres noms (séparés par des virgules)",
                "en": "Other names (comma-separated)"},
    "company_search": {"fr": "Chercher une entreprise", "en": "Find a company"},
    "page_data": {"fr": "Données", "en": "Data"},
    "data_title": {"fr": "Vos données", "en": "Your data"},
    "store_kind": {"fr": "Base intégrée (SQLite) : {location}",
                   "en": "Embedded store (SQLite): {location}"},
    "store_kind_neo4j": {"fr": "Serveur Neo4j : {location}", "en": "Neo4j server: {location}"},
    "backup": {"fr": "Télécharger une sauvegarde (Carnet JSON)",
               "en": "Download a backup (Carnet JSON)"},
    "csv_export": {"fr": "Exporter les contacts (CSV, sûr pour un tableur)",
                   "en": "Export contacts (CSV, safe for spreadsheets)"},
    "restore": {"fr": "Restaurer une sauvegarde (ajoute et met à jour, ne supprime rien)",
                "en": "Restore a backup (adds and updates, deletes nothing)"},
    "restored": {"fr": "Sauvegarde restaurée : {n} enregistrements.",
                 "en": "Backup restored: {n} records."},
    "ask_intro": {"fr": "Demander une mise en relation", "en": "Ask for an intro"},
    "draft_ask": {"fr": "Message à {name} (modifiable)", "en": "Message to {name} (editable)"},
    # An ask already sent, on its card: where it stands and what comes next (not a second ask).
    "ask_state_asked": {
        "fr": "Demande envoyée à {introducer} le {on}. Sans réponse, relance prévue le {due}.",
        "en": "You asked {introducer} on {on}. If there is no answer, follow up on {due}."},
    "ask_state_asked_late": {
        "fr": "Demande envoyée à {introducer} le {on}, sans réponse depuis {days} jours : "
              "c'est le moment de relancer (un message est prêt dans Relances).",
        "en": "You asked {introducer} on {on}, no answer for {days} days: time to follow up "
              "(a message is ready in Follow-ups)."},
    "ask_state_accepted": {
        "fr": "{introducer} a accepté le {on} : guettez son message de mise en relation avec "
              "{target}, puis notez-le dans Relances.",
        "en": "{introducer} accepted on {on}: watch for the e-mail introducing you to "
              "{target}, then record it in Follow-ups."},
    "ask_state_declined": {
        "fr": "{introducer} a refusé le {on} : demandez plutôt à une autre personne de la "
              "liste.",
        "en": "{introducer} declined on {on}: ask someone else on this list instead."},
    "ask_state_introduced": {
        "fr": "Mise en relation faite le {on} : proposez un rendez-vous à {target}.",
        "en": "Introduced on {on}: suggest a meeting to {target}."},
    "ask_state_met": {
        "fr": "Rencontre faite le {on} : notez la suite dans Relances.",
        "en": "Met on {on}: record what came of it in Follow-ups."},
    "ask_state_won": {
        "fr": "Réussie le {on} : pensez à remercier {introducer}.",
        "en": "Won on {on}: remember to thank {introducer}."},
    "ask_state_lost": {
        "fr": "Sans suite (le {on}).", "en": "Closed without a result on {on}."},
    "ask_state_link": {"fr": "Suivre cette demande dans Relances",
                       "en": "Follow this request in Follow-ups"},
    "draft_blurb": {"fr": "Petit mot à transférer", "en": "Note to forward"},
    "copy_hint": {"fr": "Copier :", "en": "Copy:"},
    "too_big_to_draw": {
        "fr": "Ce carnet d'équipe dépasse {n:,} liens : il n'est pas lu en entier pour la vue "
              "d'ensemble. Les chemins vers une entreprise et les fiches restent disponibles.",
        "en": "This team notebook has more than {n:,} ties: it is not read whole for the "
              "overview. Paths to a company and people's cards still work."},
    "followup_draft": {"fr": "Message à {name}", "en": "Message to {name}"},
    "followup_draft_label": {"fr": "Brouillon (modifiable, à copier dans votre messagerie)",
                             "en": "Draft (edit it, then copy it into your mail)"},
    "mark_asked": {"fr": "C'est envoyé : noter la demande", "en": "Sent: record the ask"},
    "asked_saved": {"fr": "Demande notée ; relance dans 7 jours sans réponse.",
                    "en": "Ask recorded; a follow-up comes after 7 days without an answer."},
    "page_followups": {"fr": "Relances", "en": "Follow-ups"},
    "followups_title": {"fr": "À faire", "en": "To do"},
    "in_progress": {"fr": "En cours", "en": "In progress"},
    "nothing_in_progress": {"fr": "Aucune recommandation ni demande en cours.",
                            "en": "No referral or intro request in progress."},
    "move_on": {"fr": "Faire avancer", "en": "Move on"},
    "next_step": {"fr": "Nouvelle étape", "en": "Next step"},
    "step_note": {"fr": "Ce qui s'est passé (facultatif)", "en": "What happened (optional)"},
    "move_on_button": {"fr": "Enregistrer l'étape", "en": "Record the step"},
    "nothing_due": {"fr": "Rien à relancer aujourd'hui.", "en": "Nothing due today."},
    "overdue": {"fr": "en retard de {n} jours", "en": "{n} days late"},
    "overdue_one": {"fr": "en retard de {n} jour", "en": "{n} day late"},
    "due_today": {"fr": "aujourd'hui", "en": "today"},
    "mark_contacted": {"fr": "Contact pris", "en": "Contacted"},
    "mark_dropped": {"fr": "Abandonner", "en": "Drop"},
    "mark_meeting": {"fr": "Rendez-vous pris", "en": "Meeting set"},
    "mark_thanked": {"fr": "Remerciement envoyé", "en": "Thanked"},
    "mark_accepted": {"fr": "A accepté", "en": "Accepted"},
    "mark_declined": {"fr": "A refusé", "en": "Declined"},
    "ics": {"fr": "Télécharger les relances (.ics)", "en": "Download the follow-ups (.ics)"},
    "response_time": {"fr": "répond en {n} jours en médiane", "en": "answers in {n} days "
                                                                         "(median)"},
    "response_time_one": {"fr": "répond en {n} jour en médiane",
                          "en": "answers in {n} day (median)"},
    # Issue 15: Explore's circle, formats, and the words that were leaking.
    "circle_reach": {"fr": "Cercle", "en": "Circle"},
    "reach_contacts": {"fr": "contacts directs", "en": "direct contacts"},
    "reach_theirs": {"fr": "et leurs contacts", "en": "and their contacts"},
    "group_by": {"fr": "Regrouper par", "en": "Group by"},
    "group_by_circle": {"fr": "cercles (qui se connaissent)",
                        "en": "circles (who know each other)"},
    "group_by_company": {"fr": "entreprise", "en": "company"},
    "group_around": {"fr": "autour {of_name}", "en": "around {name}"},
    "group_others": {"fr": "autres", "en": "others"},
    "legend_sizes": {
        "fr": "Gros points : contacts directs ; petits : leurs contacts (nom au survol). Trait "
              "épais : lien chaleureux ; fin : lien faible. Cliquez sur une personne pour voir "
              "son cercle.",
        "en": "Big dots: direct contacts; small: their contacts (name on hover). Thick line: "
              "a warm tie; thin: a weak one. Click a person to see their circle."},
    "focus": {"fr": "Centré sur", "en": "Centred on"},
    "focus_help": {"fr": "Le cercle d'une autre personne (ou cliquez sur elle dans le dessin).",
                   "en": "Another person's circle (or click them in the picture)."},
    "focus_me": {"fr": "vous", "en": "you"},
    "not_drawn": {
        "fr": "Le dessin montre les {drawn} personnes les plus proches sur {total} dans ce "
              "cercle (toutes sont dans le tableau). Pour voir les autres : filtrez par "
              "entreprise, étiquette ou proximité, ou centrez sur une personne.",
        "en": "The picture shows the {drawn} closest people of the {total} in this circle "
              "(all are in the table). To see the others: filter by company, tag or closeness, "
              "or centre on a person."},
    "warmth": {"fr": "chaleur du lien : {warmth}", "en": "tie warmth: {warmth}"},
    "job_at": {"fr": "{title} chez {company}", "en": "{title} at {company}"},
    "col_via": {"fr": "Par", "en": "Through"},
    "person_search_hint": {"fr": "Tapez un nom, puis Entrée", "en": "Type a name, then Enter"},
    "never": {"fr": "jamais", "en": "never"},
    "browse": {"fr": "Choisir un fichier", "en": "Choose a file"},
    "legend_member": {"fr": "vous", "en": "you"},
    "legend_contact": {"fr": "à qui demander", "en": "whom to ask"},
    "legend_person": {"fr": "intermédiaire", "en": "go-between"},
    "legend_target": {"fr": "la personne visée", "en": "the person to reach"},
    "legend_paths": {"fr": "Trait épais : lien chaleureux ; fin : lien faible.",
                     "en": "Thick line: a warm tie; thin: a weak one."},
    "follow_up_ask": {"fr": "Me rappeler de relancer", "en": "Remind me to follow up"},
    "people_hint": {"fr": "Tapez le nom de quelqu'un pour retrouver sa fiche : la modifier, "
                          "fusionner un doublon ou la supprimer.",
                    "en": "Type someone's name to find their card: edit it, merge a duplicate "
                          "or delete it."},
    "company_search_hint": {"fr": "Tapez une partie du nom, puis Entrée",
                            "en": "Type part of the name, then Enter"},
    "empty_value": {"fr": "—", "en": "—"},
    # Names typed in forms: never a person or company invented from a typo (issue 14).
    "choose_placeholder": {"fr": "Choisissez : une fiche proposée, ou « Nouvelle… »",
                           "en": "Choose: a suggestion, or \"New…\""},
    "did_you_mean_person": {
        "fr": "Personne ne s'appelle exactement « {text} ». Vouliez-vous dire l'une de ces "
              "personnes ? Sinon, choisissez « Nouvelle personne ».",
        "en": "No one is called exactly '{text}'. Did you mean one of these people? If not, "
              "choose \"New person\"."},
    "did_you_mean_company": {
        "fr": "Aucune entreprise ne s'appelle exactement « {text} ». Vouliez-vous dire l'une de "
              "celles-ci ? Sinon, choisissez « Nouvelle entreprise ».",
        "en": "No company is called exactly '{text}'. Did you mean one of these? If not, "
              "choose \"New company\"."},
    "company_not_person": {
        "fr": "« {text} » est une entreprise de votre carnet, pas une personne : indiquez "
              "quelqu'un qui y travaille. Si c'est bien le nom d'une personne, choisissez "
              "« Nouvelle personne ».",
        "en": "'{text}' is a company in your notebook, not a person: name someone who works "
              "there. If it really is a person's name, choose \"New person\"."},
    "referral_exists": {
        "fr": "Cette recommandation était déjà notée ({referrer} vous suggère {referee}) : "
              "rien n'a changé.",
        "en": "This referral was already recorded ({referrer} suggests {referee}): nothing "
              "changed."},
    "merged_at_import": {"fr": "{name} : même nom et même entreprise, fiches fusionnées.",
                         "en": "{name}: same name and company, cards merged."},
    # Warm paths a person would trust (issue 13)
    "you_know_there": {"fr": "Vous y connaissez déjà du monde",
                       "en": "You already know people there"},
    "tie_warmth": {"fr": "chaleur du lien : {score}", "en": "tie warmth: {score}"},
    "who_introduces": {"fr": "À qui demander une présentation",
                       "en": "Whom to ask for an introduction"},
    "numbers": {"fr": "Les chiffres derrière ce score", "en": "The numbers behind this score"},
    "factor_tie": {"fr": "Lien {a} – {b}", "en": "Tie {a} – {b}"},
    "factor_hops": {"fr": "{n} liens : chaque intermédiaire coûte 20 %",
                    "en": "{n} ties: each go-between costs 20%"},
    "factor_fit": {"fr": "Dans l'entreprise (un ancien salarié compte moitié)",
                   "en": "At the company (a former employee counts half)"},
    "factor_introducer": {"fr": "Ses demandes passées et en attente",
                          "en": "Their past and pending asks"},
    "factor_total": {"fr": "Score (produit)", "en": "Score (product)"},
    "col_factor": {"fr": "Facteur", "en": "Factor"},
    "col_value": {"fr": "Valeur", "en": "Value"},
    "rewarm_draft": {"fr": "Message pour reprendre contact avec {name}",
                     "en": "A catching-up message to {name}"},
    "save_target": {"fr": "☆ Ajouter {company} à mes cibles",
                    "en": "☆ Add {company} to my targets"},
    "is_target": {"fr": "★ {company} est dans vos cibles", "en": "★ {company} is on your targets"},
    "drop_target": {"fr": "Retirer des cibles", "en": "Remove from targets"},
    "rewarm_title": {"fr": "Avec qui reprendre contact ce mois-ci",
                     "en": "Worth re-warming this month"},
    "rewarm_none": {"fr": "Aucun lien endormi, une fois ravivé, n'ouvrirait vraiment de porte "
                          "vers vos cibles ({targets}).",
                    "en": "No quiet tie, once warm again, would really open a door to your "
                          "targets ({targets})."},
    "rewarm_no_targets": {"fr": "Ajoutez des entreprises à vos cibles depuis la page Chemins.",
                          "en": "Add companies to your targets from the Warm paths page."},
    "rewarm_door": {"fr": "{company}, pour joindre {target} : chemin à {score} aujourd'hui, "
                          "{rewarmed} une fois le contact repris",
                    "en": "{company}, to reach {target}: path at {score} today, {rewarmed} "
                          "once back in touch"},
}

SOURCE_NAMES: Final[dict[str, dict[str, str]]] = {
    "manual": {"fr": "saisie", "en": "typed in"},
    "linkedin": {"fr": "LinkedIn", "en": "LinkedIn"},
    "vcard": {"fr": "carte de visite (vCard)", "en": "contact card (vCard)"},
    "google": {"fr": "Google Contacts", "en": "Google Contacts"},
    "csv": {"fr": "fichier CSV", "en": "CSV file"},
    "referral": {"fr": "recommandation", "en": "referral"},
    "mail": {"fr": "e-mails", "en": "e-mails"},
    "calendar": {"fr": "agenda", "en": "calendar"},
}

# Why two people may be one (a review's reason code, ``graph.core.model.reason_parts``).
REVIEW_KINDS_TEXT: Final[dict[str, dict[str, str]]] = {
    "same_name": {"fr": "même nom", "en": "same name"},
    "same_name_company": {"fr": "même nom, même entreprise", "en": "same name and company"},
    "similar_names": {"fr": "noms proches", "en": "similar names"},
    "similar_names_company": {"fr": "noms proches, même entreprise",
                              "en": "similar names and company"},
}
REVIEW_WHERE: Final[dict[str, dict[str, str]]] = {
    "notebook": {"fr": "déjà dans le carnet", "en": "already in the notebook"},
    "import": {"fr": "import {source}", "en": "{source} import"},
}


ERRORS: Final[dict[str, dict[str, str]]] = {
    "err_empty": {"fr": "{file} : le fichier est vide", "en": "{file}: the file is empty"},
    "err_binary": {"fr": "{file} : c'est {kind}, pas un export de contacts",
                   "en": "{file}: this is {kind}, not a contacts export"},
    "err_nul": {"fr": "{file} : contient des octets nuls, ce n'est pas un export texte",
                "en": "{file}: contains NUL bytes: not a text export"},
    "err_encoding": {"fr": "{file} : pas du texte UTF-8 (ligne {line}) ; exportez-le à nouveau "
                           "en UTF-8",
                     "en": "{file}: not UTF-8 text (line {line}); export it again as UTF-8"},
    "err_columns": {"fr": "{file} : ligne {line} : {n} colonnes ; un export en a au plus {most}",
                    "en": "{file}: line {line}: {n} columns; an export has at most {most}"},
    "err_cell": {"fr": "{file} : ligne {line} : un champ dépasse {kb} Ko",
                 "en": "{file}: line {line}: a field is larger than {kb} KB"},
    "err_field_long": {"fr": "{where} : plus de {kb} Ko", "en": "{where}: longer than {kb} KB"},
    "err_line": {"fr": "{file} : la ligne {line} dépasse {mb} Mo : ce n'est pas un export de "
                       "contacts",
                 "en": "{file}: line {line} is longer than {mb} MB: not a contacts export"},
    "err_too_many": {"fr": "{file} : plus de {most} contacts, c'est plus qu'un export "
                            "(LinkedIn s'arrête à 30 000) : découpez le fichier",
                     "en": "{file}: more than {most} contacts; no export holds so many "
                           "(LinkedIn stops at 30,000): split the file"},
    "err_too_big": {"fr": "{file} : {mb} Mo, c'est plus qu'un export (limite : {most} Mo)",
                    "en": "{file}: {mb} MB is more than an export holds (limit {most} MB)"},
    "err_not_format": {"fr": "{file} : ce n'est pas un fichier de ce format ; choisissez le "
                             "bon format",
                       "en": "{file}: not a file of that format; choose the right format"},
    "err_no_name_column": {"fr": "{file} : aucune colonne de nom ; indiquez-la dans Colonnes",
                           "en": "{file}: no name column; choose it under Columns"},
    "err_need_me": {"fr": "indiquez qui vous êtes (votre nom) : le premier import vous crée",
                    "en": "say who you are (your name): the first import creates you"},
    "err_need_emails": {"fr": "indiquez vos adresses e-mail, séparées par des virgules",
                        "en": "give your e-mail addresses, comma-separated"},
    "err_no_contacts": {"fr": "{file} : aucun contact trouvé",
                        "en": "{file}: no contacts found"},
    "err_store_full": {"fr": "{where} : le disque est plein (ou défaillant) : rien n'a été "
                             "écrit ; libérez de la place et réessayez",
                       "en": "{where}: the disk is full (or failing): nothing was written; free "
                             "some space and try again"},
    "err_person_changed": {"fr": "{name} a été modifié entre-temps ; rechargez la page et "
                                 "recommencez",
                           "en": "{name} was changed meanwhile; reload the page and try again"},
    "err_store_empty": {"fr": "{where} : un fichier vide, pas une base Carnet",
                        "en": "{where}: an empty file, not a Carnet database"},
    "err_store_readonly_old": {"fr": "{where} : le fichier est en lecture seule et vient d'une "
                                     "version plus ancienne de Carnet ; copiez-le là où il peut "
                                     "être modifié, pour le mettre à jour",
                               "en": "{where}: the file is read-only and was made by an older "
                                     "Carnet; copy it where it can be written, to upgrade it"},
    "err_store_readonly": {"fr": "{where} : le fichier est en lecture seule",
                           "en": "{where}: the file is read-only"},
    "err_store_busy": {"fr": "la base de données est occupée (un autre Carnet y écrit) ; "
                             "réessayez dans un instant",
                       "en": "the database is busy (another Carnet is writing); try again in "
                             "a moment"},
    "err_store_cannot_open": {"fr": "{where} : impossible d'ouvrir le fichier (le dossier "
                                    "existe-t-il, et pouvez-vous y écrire ?)",
                              "en": "{where}: cannot open the file (does its folder exist, and "
                                    "may you write there?)"},
    "err_store_corrupt": {"fr": "{where} : ce fichier n'est pas une base Carnet utilisable",
                          "en": "{where}: not a usable Carnet database"},
    "err_store_newer": {"fr": "{where} : créée par une version plus récente de Carnet ; "
                              "mettez Carnet à jour",
                        "en": "{where}: made by a newer Carnet; upgrade Carnet"},
    "err_store_foreign": {"fr": "{where} : un fichier SQLite, mais pas une base Carnet",
                          "en": "{where}: an SQLite file, but not a Carnet database"},
    "err_store_scheme": {"fr": "{where} : adresse inconnue (un chemin de fichier, ou {schemes})",
                         "en": "{where}: not a store Carnet knows (a file path, or {schemes})"},
    "err_neo4j_bad_address": {"fr": "{where} : adresse Neo4j invalide",
                              "en": "{where}: not a valid Neo4j address"},
    "err_neo4j_auth": {"fr": "{where} : le serveur refuse l'identifiant ou le mot de passe "
                             "(vérifiez NEO4J_USERNAME et NEO4J_PASSWORD)",
                       "en": "{where}: the server refused the user name or password (check "
                             "NEO4J_USERNAME and NEO4J_PASSWORD)"},
    "err_neo4j_unreachable": {"fr": "{where} : le serveur Neo4j ne répond pas (est-il démarré, "
                                    "et l'adresse est-elle juste ?)",
                              "en": "{where}: cannot reach the Neo4j server (is it running, "
                                    "and is the address right?)"},
    "err_neo4j_no_database": {"fr": "{where} : aucune base nommée « {database} » (vérifiez "
                                    "NEO4J_DATABASE)",
                              "en": "{where}: no database named '{database}' (check "
                                    "NEO4J_DATABASE)"},
    "err_neo4j_read_only": {"fr": "{where} : la base est en lecture seule sur ce serveur "
                                  "(demandez à son administrateur)",
                            "en": "{where}: the database is read-only on this server (ask its "
                                  "administrator)"},
    "err_neo4j_memory": {"fr": "{where} : la modification est trop grosse pour la mémoire de "
                               "transaction du serveur (demandez à son administrateur d'augmenter "
                               "db.memory.transaction.max, ou importez le fichier en plusieurs "
                               "parties)",
                         "en": "{where}: the change is too big for the server's transaction "
                               "memory (ask its administrator to raise db.memory.transaction.max, "
                               "or import the file in parts)"},
    "kind_zip": {"fr": "une archive ZIP (décompressez-la d'abord)",
                 "en": "a ZIP archive (unzip it first)"},
    "kind_pdf": {"fr": "un document PDF", "en": "a PDF document"},
    "kind_gzip": {"fr": "une archive gzip (décompressez-la d'abord)",
                  "en": "a gzip archive (unpack it first)"},
    "kind_sqlite": {"fr": "une base SQLite", "en": "an SQLite database"},
    "err_me_not_member": {"fr": "« {me} » n'est pas le nom du membre de ce carnet : c'est "
                                "{member}. Indiquez ce nom-là.",
                          "en": "'{me}' is not the name of this notebook's member: that is "
                                "{member}. Give that name."},
    "err_me_not_a_name": {"fr": "« {me} » n'est pas un nom", "en": "'{me}' is not a name"},
    "err_did_you_mean": {"fr": "personne ne s'appelle « {text} » ; vouliez-vous dire : {names} ?",
                         "en": "no one is called '{text}'; did you mean: {names}?"},
    "err_company_not_person": {"fr": "« {text} » est une entreprise, pas une personne",
                               "en": "'{text}' is a company, not a person"},
    "err_no_review": {"fr": "ce doublon a déjà été traité", "en": "this pair was already settled"},
    # who is using Carnet (graph/services/session.py)
    "err_no_member": {"fr": "ce carnet n'a pas encore de membre (« moi ») : chargez la démo "
                            "ou importez vos contacts",
                      "en": "this notebook has no member (\"me\") yet: load the demo or "
                            "import your contacts"},
    "err_not_member": {"fr": "{who} n'est pas membre de ce carnet",
                       "en": "{who} is not a member of this notebook"},
    "err_several_members": {"fr": "ce carnet a plusieurs membres : dites lequel vous êtes",
                            "en": "this notebook has several members: say which one is you"},
}


# Statuses as a French freelancer says them of a referral or an intro request (both are
# feminine, « la recommandation », « la demande »); steps done are said as what was done,
# never as a participle about the person (no « contacté·e »).
STATUSES: Final[dict[str, dict[str, str]]] = {
    "noted": {"fr": "notée", "en": "noted"},
    "researched": {"fr": "renseignements pris", "en": "looked into"},
    "contacted": {"fr": "contact pris", "en": "contacted"},
    "meeting": {"fr": "rendez-vous pris", "en": "meeting set"},
    "won": {"fr": "réussie", "en": "won"},
    "lost": {"fr": "sans suite", "en": "lost"},
    "dropped": {"fr": "abandonnée", "en": "dropped"},
    "draft": {"fr": "brouillon", "en": "draft"},
    "asked": {"fr": "demandée", "en": "asked"},
    "accepted": {"fr": "acceptée", "en": "accepted"},
    "declined": {"fr": "refusée", "en": "declined"},
    "introduced": {"fr": "mise en relation faite", "en": "introduced"},
    "met": {"fr": "rencontre faite", "en": "met"},
    "thanked": {"fr": "remerciement envoyé", "en": "thanked"},
}


def source_text(source: str | None) -> str:
    """Where a tie came from, in the user's language (``"—"`` when unknown)."""
    if not source:
        return "—"
    return SOURCE_NAMES.get(source, {}).get(lang(), source)


def reason_text(reason: str) -> str:
    """A review's reason in the user's language: "noms proches (import LinkedIn)"; a reason
    Carnet does not know is shown as stored."""
    parts = reason_parts(reason)
    if parts is None or parts[0] not in REVIEW_KINDS_TEXT:
        return reason
    kind, where = parts
    said = (REVIEW_WHERE["notebook"][lang()] if where == "notebook" else
            REVIEW_WHERE["import"][lang()].format(source=source_text(where)))
    return f"{REVIEW_KINDS_TEXT[kind][lang()]} ({said})"


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
    return STATUSES.get(status, {}).get(lang(), status)

def error_text(exc: CarnetError) -> str:
    """An expected error in the user's language where it has a code, else its own words."""
    table = ERRORS.get(f"err_{exc.code}")
    if table is None:
        return str(exc)
    params = dict(exc.params)
    if "kind" in params:
        params["kind"] = ERRORS[f"kind_{params['kind']}"][lang()]
    return table[lang()].format(**params)


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
    locale = (st.context.locale or "").lower()
    return "fr" if locale.startswith("fr") else "en"


def t(key: str, **values: object) -> str:
    """The text ``key`` in the current language, with ``{placeholders}`` filled."""
    text = (TEXTS.get(key) or WORDING[key])[lang()]  # (one shape: graph/core/wording.py)
    return text.format(**values) if values else text


def tn(key: str, n: int, **values: object) -> str:
    """``t`` agreeing with a count: ``key_one`` for one (zero or one in French), if the table
    has it, else ``key``."""
    one = n == 1 or (n == 0 and lang() == "fr")
    return t(f"{key}_one" if one and f"{key}_one" in TEXTS else key, n=n, **values)


def language_picker() -> None:
    """The sidebar's language switch; it keeps the choice for the session."""
    current = lang()
    choice = st.sidebar.selectbox(
        t("language"), LANGS, index=LANGS.index(current), format_func=LANG_NAMES.__getitem__,
        key="lang_picker")
    st.session_state["lang"] = choice


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
