"""The app's pages that keep the records (``app/``): Import and its report, People, Data,
an ask on its card, Follow-ups. Said through ``app.i18n.t``."""

from __future__ import annotations

from typing import Final

APP_RECORDS: Final[dict[str, dict[str, str]]] = {
    "page_import": {"fr": "Importer", "en": "Import"},
    "after_import_explore": {"fr": "Voir qui connaît qui", "en": "See who knows whom"},
    "after_import_paths": {"fr": "Chercher qui peut vous présenter",
                           "en": "Find who can introduce you"},
    "import_title": {"fr": "Importer vos contacts", "en": "Import your contacts"},
    "import_help": {"fr": "LinkedIn (Connections.csv, ou le ZIP tel que LinkedIn l'envoie), vCard "
                          "(.vcf, ou le ZIP de Google Takeout), Google Contacts (CSV), tout "
                          "CSV, mbox ou agenda .ics (seuls les en-têtes sont lus). Réimporter le "
                          "même fichier ne change rien. Une sauvegarde Carnet se restaure dans "
                          "Données.",
                    "en": "LinkedIn (Connections.csv, or the ZIP as LinkedIn sends it), vCard "
                          "(.vcf, or Google Takeout's ZIP), Google Contacts (CSV), any "
                          "CSV, mbox or .ics calendar (only headers are read). Importing the "
                          "same file again changes nothing. A Carnet backup is restored in "
                          "Data."},
    "upload": {"fr": "Fichier", "en": "File"},
    "format": {"fr": "Format", "en": "Format"},
    "me": {"fr": "Vous (nom, ou adresses e-mail pour mbox et .ics)",
           "en": "You (name, or e-mail addresses for mbox and .ics)"},
    "mapping": {"fr": "Colonnes (CSV)", "en": "Columns (CSV)"},
    "unmapped": {"fr": "(aucune)", "en": "(none)"},
    # A column whose name does not say what it holds (French Outlook's two « Titre »)
    "column_civility": {"fr": "{name} · civilité (M., Mme)", "en": "{name} · civility (Mr, Ms)"},
    "column_job_title": {"fr": "{name} · fonction", "en": "{name} · job title"},
    "column_blank": {"fr": "Colonne {n}", "en": "Column {n}"},
    # The fields a CSV's columns can fill (``graph.formats.CSV_FIELDS``), as the mapping names them
    "csv_field_name": {"fr": "Nom complet", "en": "Full name"},
    "csv_field_first_name": {"fr": "Prénom", "en": "First name"},
    "csv_field_last_name": {"fr": "Nom de famille", "en": "Last name"},
    "csv_field_other_names": {"fr": "Autres noms", "en": "Other names"},
    "csv_field_email": {"fr": "E-mail", "en": "E-mail"},
    "csv_field_phone": {"fr": "Téléphone", "en": "Phone"},
    "csv_field_company": {"fr": "Entreprise", "en": "Company"},
    "csv_field_title": {"fr": "Poste", "en": "Job title"},
    "csv_field_department": {"fr": "Service", "en": "Department"},
    "csv_field_linkedin": {"fr": "Profil LinkedIn", "en": "LinkedIn profile"},
    "csv_field_notes": {"fr": "Notes", "en": "Notes"},
    "csv_field_since": {"fr": "Connu depuis", "en": "Known since"},
    "csv_field_tags": {"fr": "Étiquettes", "en": "Tags"},
    "csv_field_id": {"fr": "Identifiant Carnet", "en": "Carnet id"},
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
    "sum_queued_then": {"fr": "{n} doublons possibles, à vérifier une fois importé",
                        "en": "{n} possible duplicates, to review once imported"},
    "sum_queued_then_one": {"fr": "{n} doublon possible, à vérifier une fois importé",
                            "en": "{n} possible duplicate, to review once imported"},
    "sum_ties": {"fr": "{n} nouveaux liens", "en": "{n} new ties"},
    "sum_ties_one": {"fr": "{n} nouveau lien", "en": "{n} new tie"},
    "sum_jobs": {"fr": "{n} changements de poste", "en": "{n} job changes"},
    "sum_jobs_one": {"fr": "{n} changement de poste", "en": "{n} job change"},
    "sum_companies": {"fr": "{n} entreprises notées", "en": "{n} companies noted"},
    "sum_companies_one": {"fr": "{n} entreprise notée", "en": "{n} company noted"},
    "sum_nothing": {"fr": "rien de nouveau", "en": "nothing new"},
    "skip_hidden": {"fr": "pas de nom (un membre qui masque ses informations)",
                    "en": "no name (a member who hides their details)"},
    "skip_name_long": {"fr": "un nom de plus de 200 caractères (trop long pour en être un)",
                       "en": "a name over 200 characters (too long to be one)"},
    "skip_no_name": {"fr": "pas de nom", "en": "no name"},
    "skip_no_vcard_name": {"fr": "une fiche sans nom ni entreprise",
                           "en": "a card with neither a name nor a company"},
    "skip_company_card": {"fr": "la fiche d'une entreprise, pas d'une personne (l'entreprise "
                                "est notée)",
                          "en": "a company's card, not a person's (the company is noted)"},
    "skip_one_way": {"fr": "courriels dans un seul sens", "en": "mail one way only"},
    "skip_role_mailbox": {"fr": "une boîte partagée ou automatique (contact@, noreply@…), pas "
                                "une personne",
                          "en": "a shared or automatic mailbox (contact@, noreply@…), not a "
                                "person"},
    "skip_cut_short": {"fr": "le fichier s'arrête au milieu de cette ligne (coupée)",
                       "en": "the file ends in the middle of this row (cut short)"},
    "notice_latin1": {"fr": "{n} en-têtes n'étaient pas en UTF-8 : lus en Latin-1",
                      "en": "{n} headers were not UTF-8 and were read as Latin-1"},
    "notice_latin1_one": {"fr": "{n} en-tête n'était pas en UTF-8 : lu en Latin-1",
                          "en": "{n} header was not UTF-8 and was read as Latin-1"},
    "notice_cp1252": {"fr": "le fichier n'est pas en UTF-8 (ligne {n}) : lu en Windows-1252, "
                            "comme l'écrivent Outlook et Excel",
                      "en": "the file is not UTF-8 (line {n}): read as Windows-1252, as "
                            "Outlook and Excel write it"},
    "notice_work_status": {
        "fr": "{n} cellules « entreprise » disent comment la personne travaille (« Freelance », "
              "« Retraité(e) »…), pas où : gardées en étiquette, sans créer d'entreprise",
        "en": "{n} company cells say how the person works (\"Freelance\", \"Retired\"…), not "
              "where: kept as a tag, no company made"},
    "notice_work_status_one": {
        "fr": "{n} cellule « entreprise » dit comment la personne travaille (« Freelance », "
              "« Retraité(e) »…), pas où : gardée en étiquette, sans créer d'entreprise",
        "en": "{n} company cell says how the person works (\"Freelance\", \"Retired\"…), not "
              "where: kept as a tag, no company made"},
    "notice_status_companies": {
        "fr": "{n} entreprises de votre carnet sont des statuts (« Freelance », « Retraité(e) »…), "
              "venues d'imports plus anciens : supprimez-les (carnet companies delete, ou leur "
              "fiche dans Personnes), puis réimportez le fichier : le statut y deviendra une "
              "étiquette",
        "en": "{n} companies in your notebook are work statuses (\"Freelance\", \"Retired\"…) "
              "from older imports: delete them (carnet companies delete, or their card in "
              "People), then import the file again: the status will be a tag"},
    "notice_status_companies_one": {
        "fr": "{n} entreprise de votre carnet est un statut (« Freelance », « Retraité(e) »…), "
              "venue d'un import plus ancien : supprimez-la (carnet companies delete, ou sa "
              "fiche dans Personnes), puis réimportez le fichier : le statut y deviendra une "
              "étiquette",
        "en": "{n} company in your notebook is a work status (\"Freelance\", \"Retired\"…) "
              "from an older import: delete it (carnet companies delete, or its card in "
              "People), then import the file again: the status will be a tag"},
    "notice_not_addresses": {"fr": "{n} adresses e-mail mal formées laissées de côté",
                             "en": "{n} malformed e-mail addresses left out"},
    "notice_not_addresses_one": {"fr": "{n} adresse e-mail mal formée laissée de côté",
                                 "en": "{n} malformed e-mail address left out"},
    "notice_status_tags_off": {
        "fr": "{n} étiquettes de statut (« Freelance »…) retirées : LinkedIn indique de nouveau "
              "une entreprise",
        "en": "{n} status tags (\"Freelance\"…) taken off: LinkedIn shows a company again"},
    "notice_status_tags_off_one": {
        "fr": "{n} étiquette de statut (« Freelance »…) retirée : LinkedIn indique de nouveau "
              "une entreprise",
        "en": "{n} status tag (\"Freelance\"…) taken off: LinkedIn shows a company again"},
    "at_lines": {"fr": "lignes {lines}", "en": "lines {lines}"},
    "at_lines_one": {"fr": "ligne {lines}", "en": "line {lines}"},
    # what an import skipped, in its source's terms (ingest.importer.skipped_unit)
    "skipped_rows": {"fr": "{n} lignes ignorées : {reason}", "en": "{n} rows skipped: {reason}"},
    "skipped_rows_one": {"fr": "{n} ligne ignorée : {reason}", "en": "{n} row skipped: {reason}"},
    "skipped_addresses": {"fr": "{n} adresses ignorées : {reason}",
                          "en": "{n} addresses skipped: {reason}"},
    "skipped_addresses_one": {"fr": "{n} adresse ignorée : {reason}",
                              "en": "{n} address skipped: {reason}"},
    "skipped_events": {"fr": "{n} événements ignorés : {reason}",
                       "en": "{n} events skipped: {reason}"},
    "skipped_events_one": {"fr": "{n} événement ignoré : {reason}",
                           "en": "{n} event skipped: {reason}"},
    "skipped_cards": {"fr": "{n} fiches ignorées : {reason}", "en": "{n} cards skipped: {reason}"},
    "skipped_cards_one": {"fr": "{n} fiche ignorée : {reason}",
                          "en": "{n} card skipped: {reason}"},
    "review_title": {"fr": "Doublons possibles", "en": "Possible duplicates"},
    "review_none": {"fr": "Aucun doublon à examiner.", "en": "No possible duplicates."},
    "merge": {"fr": "Fusionner", "en": "Merge"},
    "apart": {"fr": "Garder séparés", "en": "Keep apart"},
    "undo": {"fr": "Annuler la fusion", "en": "Undo the merge"},
    "merged": {"fr": "Fusionné.", "en": "Merged."},
    # (no participle agreeing with a person: "Anaïs … fusionné" read wrong for a woman)
    # (no quotes of ours: a context often quotes the friend already, « il cherche… »)
    "referral_context": {"fr": "Contexte\u00a0: {context}", "en": "Context: {context}"},
    "merged_pair": {"fr": "Fiches réunies\u00a0: {other} et {keep} ne font plus qu'une, avec les "
                          "coordonnées et les liens des deux.",
                    "en": "{other} merged into {keep}: one card, with the details and ties of "
                          "both."},
    "likeness": {"fr": "ressemblance {percent}", "en": "likeness {percent}"},
    "name_to_keep": {"fr": "Nom à garder", "en": "Name to keep"},
    "merge_into": {"fr": "Fusionner {other} dans {keep}", "en": "Merge {other} into {keep}"},
    "undone": {"fr": "Fusion annulée.", "en": "Merge undone."},
    "page_people": {"fr": "Personnes", "en": "People"},
    "people_title": {"fr": "Personnes et entreprises", "en": "People and companies"},
    "name": {"fr": "Nom", "en": "Name"},
    "emails": {"fr": "E-mails (séparés par des virgules)", "en": "E-mails (comma-separated)"},
    "phones": {"fr": "Téléphones (séparés par des virgules)",
               "en": "Phones (comma-separated)"},
    "linkedin": {"fr": "Profil LinkedIn", "en": "LinkedIn profile"},
    "notes": {"fr": "Notes", "en": "Notes"},
    "tags": {"fr": "Étiquettes (séparées par des virgules)", "en": "Tags (comma-separated)"},
    "other_names": {"fr": "Autres noms : de naissance, d'usage… (séparés par des virgules)",
                    "en": "Other names: maiden, married, known as… (comma-separated)"},
    "other_names_line": {"fr": "Autres noms : {names}", "en": "Also known as: {names}"},
    "other_names_line_one": {"fr": "Autre nom : {names}", "en": "Also known as: {names}"},
    "save": {"fr": "Enregistrer", "en": "Save"},
    "saved": {"fr": "Enregistré.", "en": "Saved."},
    # Her job, corrected or changed, under her card's form (app/people.py, services/jobs.py)
    "job_heading": {"fr": "Poste actuel", "en": "Current job"},
    "job_none": {"fr": "Aucun poste actuel noté.", "en": "No current job noted."},
    "job_title": {"fr": "Intitulé du poste", "en": "Job title"},
    "job_company": {"fr": "Entreprise", "en": "Company"},
    "old_job": {"fr": "Et l'ancien poste, « {job} » ?", "en": "And the old job, '{job}'?"},
    "old_job_wrong": {"fr": "Il était mal noté : le corriger",
                      "en": "It was noted wrong: correct it"},
    "old_job_ended": {"fr": "A changé de poste : le garder comme poste passé",
                      "en": "Changed jobs: keep it as a past job"},
    "job_save": {"fr": "Enregistrer le poste", "en": "Save the job"},
    "job_saved": {"fr": "Poste enregistré : {job}.", "en": "Job saved: {job}."},
    "job_saved_none": {"fr": "Plus de poste actuel noté.", "en": "No current job noted now."},
    "not_saved": {"fr": "{why} : rien n'a été enregistré.", "en": "{why}: nothing was saved."},
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
    "company_twins_title": {"fr": "Entreprises en double possibles",
                            "en": "Possible duplicate companies"},
    "company_delete_confirm": {
        "fr": "Je confirme : supprimer {name} et ses {n} postes ; les personnes restent.",
        "en": "I confirm: delete {name} and its {n} jobs; the people stay."},
    "company_delete_confirm_one": {
        "fr": "Je confirme : supprimer {name} et son poste ; la personne reste.",
        "en": "I confirm: delete {name} and its one job; the person stays."},
    "domain": {"fr": "Domaine web", "en": "Web domain"},
    "aliases": {"fr": "Autres noms (un par ligne)", "en": "Other names (one a line)"},
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
    "restored": {"fr": "Sauvegarde restaurée : {n} personnes, entreprises, liens et suivis "
                       "relus ; rien n'a été supprimé.",
                 "en": "Backup restored: {n} people, companies, ties and records read; nothing "
                       "was deleted."},
    "restored_same": {"fr": "Sauvegarde relue : le carnet la contenait déjà, rien n'a changé.",
                      "en": "Backup read: the notebook held it all already, nothing changed."},
    "ask_intro": {"fr": "Demander une mise en relation", "en": "Ask for an intro"},
    "draft_ask": {"fr": "Message à {name} (modifiable)", "en": "Message to {name} (editable)"},
    # An ask already sent, on its card: where it stands and what comes next (not a second ask).
    "long_shot": {
        "fr": "Chemin long : {introducer} devrait passer par {n} personnes que vous ne "
              "connaissez pas. À garder pour plus tard.",
        "en": "A long shot: {introducer} would have to go through {n} people you do not "
              "know. Keep it for later."},
    "on_day": {"fr": " le {day}", "en": " on {day}"},  # (a date after a verb, if one is known)
    "known_intro_underway": {
        "fr": "Présentation en cours : vous avez demandé à {introducer} de vous présenter à "
              "{target} (le {on}{status}).",
        "en": "An introduction is under way: you asked {introducer} to introduce you to "
              "{target} (on {on}{status})."},
    "known_intro_underway_undated": {
        "fr": "Présentation en cours : vous avez demandé à {introducer} de vous présenter à "
              "{target}{status}.",
        "en": "An introduction is under way: you asked {introducer} to introduce you to "
              "{target}{status}."},
    "ask_waiting_elsewhere": {
        "fr": "Vous avez déjà demandé à {introducer} de vous présenter à {target} ({on}) : "
              "attendez sa réponse avant de demander à quelqu'un d'autre.",
        "en": "You already asked {introducer} to introduce you to {target} ({on}): wait for "
              "the answer before asking someone else."},
    "ask_waiting_elsewhere_undated": {
        "fr": "Vous avez déjà demandé à {introducer} de vous présenter à {target} : attendez "
              "sa réponse avant de demander à quelqu'un d'autre.",
        "en": "You already asked {introducer} to introduce you to {target}: wait for the "
              "answer before asking someone else."},
    "ask_state_asked": {
        "fr": "Demande envoyée à {introducer} le {on}. Sans réponse, relance prévue le {due}.",
        "en": "You asked {introducer} on {on}. If there is no answer, follow up on {due}."},
    "ask_state_asked_undated": {
        "fr": "Demande envoyée à {introducer} (sans date notée). Sans réponse au bout de "
              "{days} jours, relancez (un message est prêt dans Relances).",
        "en": "You asked {introducer} (no date recorded). If there is no answer after {days} "
              "days, follow up (a message is ready in Follow-ups)."},
    "ask_state_asked_late": {
        "fr": "Demande envoyée à {introducer} le {on}, sans réponse depuis {days} jours : "
              "c'est le moment de relancer (un message est prêt dans Relances).",
        "en": "You asked {introducer} on {on}, no answer for {days} days: time to follow up "
              "(a message is ready in Follow-ups)."},
    "ask_state_accepted": {
        "fr": "{introducer} a accepté{on} : guettez son message de mise en relation avec "
              "{target}, puis notez-le dans Relances.",
        "en": "{introducer} accepted{on}: watch for the e-mail introducing you to "
              "{target}, then record it in Follow-ups."},
    "ask_state_declined": {
        "fr": "{introducer} a refusé{on} : demandez plutôt à une autre personne de la "
              "liste.",
        "en": "{introducer} declined{on}: ask someone else on this list instead."},
    "ask_state_introduced": {
        "fr": "Mise en relation faite{on} : proposez un rendez-vous à {target}.",
        "en": "Introduced{on}: suggest a meeting to {target}."},
    "ask_state_met": {
        "fr": "Rencontre faite{on} : notez la suite dans Relances.",
        "en": "Met{on}: record what came of it in Follow-ups."},
    "ask_state_won": {
        "fr": "Réussie{on} : pensez à remercier {introducer}.",
        "en": "Won{on}: remember to thank {introducer}."},
    "ask_state_lost": {
        "fr": "N'a pas abouti{on}.", "en": "Came to nothing{on}."},
    "ask_state_link": {"fr": "Suivre cette demande dans Relances",
                       "en": "Follow this request in Follow-ups"},
    "draft_blurb": {"fr": "Petit mot à transférer", "en": "Note to forward"},
    "too_big_to_draw": {
        "fr": "Ce carnet d'équipe dépasse {n} liens : il n'est pas lu en entier pour la vue "
              "d'ensemble. Les chemins vers une entreprise et les fiches restent disponibles.",
        "en": "This team notebook has more than {n} ties: it is not read whole for the "
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
    "now_known": {"fr": "{name} compte désormais parmi vos contacts (dernier contact : "
                        "aujourd'hui).",
                  "en": "{name} is now among your contacts (last contact: today)."},
    "history": {"fr": "Historique", "en": "History"},
    "history_of": {"fr": "Voir l'historique de", "en": "See the history of"},
    "closed_records": {"fr": "Terminées", "en": "Closed"},
    "col_step": {"fr": "Étape", "en": "Step"},
    "col_what": {"fr": "Ce qui s'est passé", "en": "What happened"},
    "nothing_due": {"fr": "Rien à relancer aujourd'hui.", "en": "Nothing due today."},
    "overdue": {"fr": "en retard de {n} jours", "en": "{n} days late"},
    "overdue_one": {"fr": "en retard de {n} jour", "en": "{n} day late"},
    "due_today": {"fr": "aujourd'hui", "en": "today"},
    "coming_up": {"fr": "Dans les {n} prochains jours", "en": "In the next {n} days"},
    "in_days": {"fr": "dans {n} jours", "en": "in {n} days"},
    "in_days_one": {"fr": "demain", "en": "tomorrow"},
    "mark_contacted": {"fr": "Contact pris", "en": "Contacted"},
    "mark_dropped": {"fr": "Abandonner", "en": "Drop"},
    "mark_meeting": {"fr": "Rendez-vous pris", "en": "Meeting set"},
    "mark_thanked": {"fr": "Remerciement envoyé", "en": "Thanked"},
    "mark_accepted": {"fr": "A accepté", "en": "Accepted"},
    "mark_declined": {"fr": "A refusé", "en": "Declined"},
    "mark_unanswered": {"fr": "Pas de réponse : clore", "en": "No answer: close it"},
    "mark_lost": {"fr": "N'a pas abouti", "en": "Came to nothing"},
    "mark_introduced": {"fr": "Mise en relation faite", "en": "Introduced"},
    "ics": {"fr": "Télécharger les relances (.ics)", "en": "Download the follow-ups (.ics)"},
    "response_time": {"fr": "répond en {n} jours en médiane", "en": "answers in {n} days "
                                                                         "(median)"},
    "response_same_day": {"fr": "répond le jour même en médiane",
                          "en": "answers the same day (median)"},
    "response_time_one": {"fr": "répond en {n} jour en médiane",
                          "en": "answers in {n} day (median)"},
}
