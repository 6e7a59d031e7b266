"""The command's own lines (``cli/``), in both languages, said in the command's language
(``--lang``, else the environment's: cli/words.py); ``cli_err_<code>`` where the command says
an error its own way (naming its options) rather than as ``err_<code>``; click's refusals."""

from __future__ import annotations

from typing import Final

CLI: Final[dict[str, dict[str, str]]] = {
    # carnet paths
    "paths_nobody": {"fr": "Personne chez {company}{role} dans votre carnet.",
                     "en": "No one at {company}{role} in your network yet."},
    "paths_none": {"fr": "Aucun chemin vers {company}{role} en {hops} lien(s) au plus.",
                   "en": "No path to {company}{role} within {hops} hops."},
    "paths_none_one": {"fr": "Aucun chemin vers {company}{role} en {hops} lien(s) au plus.",
                       "en": "No path to {company}{role} within {hops} hop."},
    "paths_heading": {"fr": "Chemins vers {company}{role} :",
                      "en": "Warm paths to {company}{role}:"},
    "paths_direct": {"fr": "Vous y connaissez déjà du monde :",
                     "en": "You already know people there:"},
    "paths_direct_from": {"fr": "{who} y connaît déjà du monde :",
                          "en": "{who} already knows people there:"},
    "paths_direct_from_many": {"fr": "{who} y connaissent déjà du monde :",
                               "en": "{who} already know people there:"},
    "paths_referred": {"fr": "On vous a recommandé ici :", "en": "Suggested to you there:"},
    "paths_asks": {"fr": "À qui demander une présentation :",
                   "en": "Whom to ask for an introduction:"},
    "paths_score": {"fr": "score {score}", "en": "score {score}"},
    "paths_inexact": {"fr": "(approché : pour rester rapide, la recherche a laissé de côté des "
                            "personnes très connectées)",
                      "en": "(approximate: to stay fast, the search left out some very "
                            "connected people)"},
    "colon": {"fr": " :", "en": ":"},
    # carnet demo
    "cli_demo_already": {
        "fr": "Le réseau de démonstration est déjà chargé ; rien n'a changé. Vous êtes {me}.",
        "en": "The demo network is already loaded; nothing changed. You are {me}.",
    },
    "cli_demo_loaded": {
        "fr": "Réseau de démonstration chargé : {people} personnes, {companies} entreprises, "
              "{ties} liens, {referrals} recommandations. Vous êtes {me}.",
        "en": "Demo network loaded: {people} people, {companies} companies, {ties} ties, "
              "{referrals} referrals. You are {me}.",
    },
    # carnet import
    # (what a backup holds, kind by kind, each agreeing with its count)
    "held_people": {"fr": "{n} personnes", "en": "{n} people"},
    "held_people_one": {"fr": "{n} personne", "en": "{n} person"},
    "held_companies": {"fr": "{n} entreprises", "en": "{n} companies"},
    "held_companies_one": {"fr": "{n} entreprise", "en": "{n} company"},
    "held_knows": {"fr": "{n} liens", "en": "{n} ties"},
    "held_knows_one": {"fr": "{n} lien", "en": "{n} tie"},
    "held_jobs": {"fr": "{n} postes", "en": "{n} jobs"},
    "held_jobs_one": {"fr": "{n} poste", "en": "{n} job"},
    "held_referrals": {"fr": "{n} recommandations", "en": "{n} referrals"},
    "held_referrals_one": {"fr": "{n} recommandation", "en": "{n} referral"},
    "held_intros": {"fr": "{n} demandes de mise en relation", "en": "{n} intro requests"},
    "held_intros_one": {"fr": "{n} demande de mise en relation", "en": "{n} intro request"},
    "cli_dry_run": {"fr": "Essai à blanc, rien n'a été écrit. ",
                    "en": "Dry run, nothing written. "},
    "cli_backup_dry_run": {"fr": "{file} contient {summary}.", "en": "{file} holds {summary}."},
    "cli_backup_imported": {"fr": "Importé depuis {file} : {summary}.",
                            "en": "Imported {summary} from {file}."},
    "cli_backup_unchanged": {"fr": " Rien n'a changé : tout y était déjà.",
                             "en": " Nothing changed: all already there."},
    "cli_column_syntax": {"fr": "--column attend CHAMP=EN-TÊTE, par exemple --column "
                                "email=Courriel",
                          "en": "--column takes FIELD=HEADER, e.g. --column email=Courriel"},
    "cli_import_report": {"fr": "{file} ({format}) : {summary}.",
                          "en": "{file} ({format}): {summary}."},
    # an import's numbers (ingest/resolve.py: ImportReport.summary)
    "import_summary": {"fr": "{added} ajoutés, {updated} mis à jour, {unchanged} inchangés, "
                             "{queued} à examiner, {skipped} ignorés",
                       "en": "{added} added, {updated} updated, {unchanged} unchanged, {queued} "
                             "queued for review, {skipped} skipped"},
    "import_extras": {"fr": " ({extras})", "en": " ({extras})"},
    "import_matched": {"fr": "{n} reconnus par nom et entreprise",
                       "en": "{n} matched by name and company"},
    "import_matched_one": {"fr": "{n} reconnu par nom et entreprise",
                           "en": "{n} matched by name and company"},
    "import_ties": {"fr": "{n} nouveaux liens", "en": "{n} new ties"},
    "import_ties_one": {"fr": "{n} nouveau lien", "en": "{n} new tie"},
    "import_jobs": {"fr": "{n} changements de poste", "en": "{n} job changes"},
    "import_jobs_one": {"fr": "{n} changement de poste", "en": "{n} job change"},
    "import_companies": {"fr": "{n} entreprises notées", "en": "{n} companies noted"},
    "import_companies_one": {"fr": "{n} entreprise notée", "en": "{n} company noted"},
    "cli_import_note": {"fr": "  remarque : {reason}", "en": "  note: {reason}"},
    # what an import skipped, in its source's terms (ingest.importer.skipped_unit)
    "cli_import_skipped_rows": {"fr": "  {n} lignes ignorées : {reason}",
                                "en": "  skipped {n} rows: {reason}"},
    "cli_import_skipped_rows_one": {"fr": "  {n} ligne ignorée : {reason}",
                                    "en": "  skipped {n} row: {reason}"},
    "cli_import_skipped_addresses": {"fr": "  {n} adresses ignorées : {reason}",
                                     "en": "  skipped {n} addresses: {reason}"},
    "cli_import_skipped_addresses_one": {"fr": "  {n} adresse ignorée : {reason}",
                                         "en": "  skipped {n} address: {reason}"},
    "cli_import_skipped_events": {"fr": "  {n} événements ignorés : {reason}",
                                  "en": "  skipped {n} events: {reason}"},
    "cli_import_skipped_events_one": {"fr": "  {n} événement ignoré : {reason}",
                                      "en": "  skipped {n} event: {reason}"},
    "cli_import_skipped_cards": {"fr": "  {n} fiches ignorées : {reason}",
                                 "en": "  skipped {n} cards: {reason}"},
    "cli_import_skipped_cards_one": {"fr": "  {n} fiche ignorée : {reason}",
                                     "en": "  skipped {n} card: {reason}"},
    "cli_at_lines": {"fr": "lignes {where}", "en": "lines {where}"},
    "cli_at_lines_one": {"fr": "ligne {where}", "en": "line {where}"},
    "cli_import_merged": {
        "fr": "  {n} fusionnés (même nom, même entreprise) (voir : carnet review --all ; en "
              "annuler un : carnet review undo ID)",
        "en": "  Merged {n} by name and company (see: carnet review --all; undo one: carnet "
              "review undo ID)",
    },
    "cli_import_queued": {"fr": "  Doublons possibles à examiner : carnet review",
                          "en": "  Possible duplicates to review: carnet review"},
    "cli_found_as": {"fr": " (autre nom : {name})", "en": " (also known as {name})"},
    "cli_progress": {"fr": "\rRésolution des contacts : {done} sur {total} ({share})",
                     "en": "\rResolving contacts: {done} of {total} ({share})"},
    # carnet review
    "cli_nothing_to_review": {"fr": "Rien à examiner.", "en": "Nothing to review."},
    "review_status_merged": {"fr": "fusionnés", "en": "merged"},
    "review_status_apart": {"fr": "gardés séparés", "en": "apart"},
    "cli_same_company": {"fr": "même entreprise : {keep}  ~  {other}\t{command}",
                         "en": "same company: {keep}  ~  {other}\t{command}"},
    "cli_merged_into": {"fr": "{other} fusionné dans {keep}", "en": "{other} into {keep}"},
    "cli_review_merged": {"fr": "{other} fusionné dans {keep}. Annuler : carnet review undo "
                                "{review}",
                          "en": "Merged {other} into {keep}. Undo: carnet review undo {review}"},
    "cli_kept_apart": {"fr": "Gardés séparés : {review}.", "en": "Kept apart: {review}."},
    "cli_no_merged_review": {
        "fr": "aucune fusion sous l'identifiant {review} (voir : carnet review --all)",
        "en": "no merged review with id {review} (see: carnet review --all)",
    },
    "cli_merge_undone": {"fr": "Fusion annulée : {a} et {b} sont de nouveau deux personnes.",
                         "en": "Merge undone: {a} and {b} are two people again."},
    # carnet export, copy
    "cli_graphml_to_file": {
        "fr": "GraphML s'écrit dans un fichier, pas sur la sortie standard",
        "en": "GraphML is written to a file, not to standard output",
    },
    "cli_cannot_write": {"fr": "{file} : écriture impossible ({reason})",
                         "en": "{file}: cannot write ({reason})"},
    "cli_exported": {"fr": "{people} personnes et {companies} entreprises exportées dans {file} "
                           "({format}).",
                     "en": "Exported {people} people and {companies} companies to {file} "
                           "({format})."},
    "cli_copied": {"fr": "{n} enregistrements copiés de {source} vers {target}.",
                   "en": "Copied {n} records from {source} to {target}."},
    # carnet people, companies
    "cli_no_one_matches": {"fr": "Personne ne correspond à « {text} ».",
                           "en": "No one matches '{text}'."},
    "cli_no_company_matches": {"fr": "Aucune entreprise ne correspond à « {text} ».",
                               "en": "No company matches '{text}'."},
    "cli_staff": {"fr": "{n} actuels", "en": "{n} current"},
    "cli_deleted": {"fr": "{name} : supprimé.", "en": "Deleted {name}."},
    "cli_nothing_to_edit": {"fr": "rien à modifier : indiquez quoi changer (voir carnet people "
                                  "edit --help)",
                            "en": "nothing to edit: say what to change (see carnet people edit "
                                  "--help)"},
    "cli_unchanged": {"fr": "{name} : rien n'a changé.", "en": "{name}: nothing changed."},
    "cli_person_saved": {"fr": "Enregistré : {name}", "en": "Saved: {name}"},
    "cli_card_emails": {"fr": "E-mails : {values}", "en": "E-mails: {values}"},
    "cli_card_phones": {"fr": "Téléphones : {values}", "en": "Phones: {values}"},
    "cli_card_linkedin": {"fr": "LinkedIn : {values}", "en": "LinkedIn: {values}"},
    "cli_card_other_names": {"fr": "Autres noms : {values}", "en": "Also known as: {values}"},
    "cli_card_tags": {"fr": "Étiquettes : {values}", "en": "Tags: {values}"},
    "cli_card_notes": {"fr": "Notes : {values}", "en": "Notes: {values}"},
    "cli_would_delete_person": {
        "fr": "cela supprime {name} ({id}), avec {ties} lien(s) et {jobs} poste(s)",
        "en": "this deletes {name} ({id}) with {ties} tie(s) and {jobs} job(s)",
    },
    "cli_would_merge_companies": {
        "fr": "cela déplace {jobs} poste(s) de {other} vers {keep} et supprime {other} (sans "
              "retour possible)",
        "en": "this moves {jobs} job(s) from {other} to {keep} and deletes {other} (no undo)",
    },
    "cli_would_delete_company": {
        "fr": "cela supprime {name} ({id}) et {jobs} poste(s)",
        "en": "this deletes {name} ({id}) and {jobs} job(s)",
    },
    "cli_company_merged": {"fr": "{other} a rejoint {keep}.", "en": "{other} went into {keep}."},
    "cli_run_with_yes": {"fr": "{what} ; relancez avec --yes",
                         "en": "{what}; run again with --yes"},
    # carnet referral, intro, followups
    "cli_referral_exists": {
        "fr": "Recommandation {id} déjà notée ({status}) : {referrer} a suggéré {referee}. "
              "{change}",
        "en": "Referral {id} already recorded ({status}): {referrer} suggested {referee}. "
              "{change}",
    },
    "cli_nothing_changed": {"fr": "Rien n'a changé.", "en": "Nothing changed."},
    "cli_details_updated": {"fr": "Mis à jour : {details}.", "en": "Updated: {details}."},
    # a referral's details, as "cli_details_updated" lists them
    "cli_detail_role": {"fr": "rôle", "en": "role"},
    "cli_detail_context": {"fr": "contexte", "en": "context"},
    "cli_detail_offered_intro": {"fr": "offre de préparer le terrain", "en": "offered intro"},
    "cli_detail_follow_up_on": {"fr": "relance", "en": "follow-up"},
    "cli_referral_saved": {
        "fr": "Recommandation {id} notée : {referrer} a suggéré {referee}.{new}",
        "en": "Referral {id} recorded: {referrer} suggested {referee}.{new}",
    },
    "cli_created": {"fr": " Nouveau : {names}.", "en": " New: {names}."},
    "cli_not_member": {"fr": "{name} n'est pas membre de ce réseau (membres : {members})",
                       "en": "{name} is not a member of this network (members: {members})"},
    "cli_no_members": {"fr": "aucun", "en": "none"},
    "cli_err_several_members": {
        "fr": "ce réseau a plusieurs membres : dites lequel avec --for",
        "en": "this network has several members: say which with --for",
    },
    "cli_status": {"fr": "{id} : {status}.", "en": "{id}: {status}."},
    "cli_thank_due": {
        "fr": "Il en est sorti quelque chose : remerciez {name} (carnet referral thank {id}).",
        "en": "Something came of it: thank {name} (carnet referral thank {id}).",
    },
    "cli_thank_intro_due": {
        "fr": "Mise en relation faite : remerciez {name} (carnet intro thank {id}).",
        "en": "Introduction made: thank {name} (carnet intro thank {id}).",
    },
    "cli_thanked": {"fr": "{id} : remerciement noté.", "en": "{id}: thanks noted."},
    "cli_intro_state": {"fr": "Demande de mise en relation {id} {state} ({status}).\n",
                        "en": "Intro request {id} {state} ({status}).\n"},
    "cli_not_recorded": {"fr": "non enregistrée", "en": "not recorded"},
    "cli_recorded": {"fr": "enregistrée", "en": "recorded"},
    "cli_already_recorded": {"fr": "déjà enregistrée", "en": "already recorded"},
    "cli_nothing_due": {"fr": "Rien à relancer. Bravo.", "en": "Nothing due. Well done."},
    "cli_days_late": {"fr": ", en retard de {n} jours", "en": ", {n} days late"},
    "cli_days_late_one": {"fr": ", en retard de {n} jour", "en": ", {n} day late"},
    "cli_days_ahead": {"fr": ", dans {n} jours", "en": ", in {n} days"},
    "cli_days_ahead_one": {"fr": ", demain", "en": ", tomorrow"},
    "cli_nothing_in_progress": {"fr": "Rien en cours.", "en": "Nothing in progress."},
    "cli_nothing_yet": {"fr": "Rien pour l'instant.", "en": "Nothing yet."},
    # carnet targets, rewarm
    "cli_target_added": {"fr": "Cible : {name}", "en": "Target: {name}"},
    "cli_target_removed": {"fr": "N'est plus une cible : {name}",
                           "en": "No longer a target: {name}"},
    "cli_open_referral": {"fr": "   (recommandation en cours)", "en": "   (open referral)"},
    "cli_rewarm_none": {"fr": "Aucun lien endormi n'ouvre de porte vers vos cibles.",
                        "en": "No quiet tie opens a door to your targets."},
    "cli_rewarm_title": {"fr": "Avec qui reprendre contact ce mois-ci :",
                         "en": "Worth re-warming this month:"},
    # errors as the command says them (naming its options)
    "cli_err_did_you_mean": {
        "fr": "personne ne s'appelle « {text} » ; vouliez-vous dire : {names} ? Tapez le nom "
              "tel qu'il est, ou ajoutez --new pour créer une nouvelle personne",
        "en": "no one is called '{text}'; did you mean: {names}? Type the name as it is, or "
              "add --new to add a new person",
    },
    "cli_err_company_did_you_mean": {
        "fr": "aucune entreprise ne s'appelle « {text} » ; vouliez-vous dire : {names} ? Tapez "
              "le nom tel qu'il est, ou ajoutez --new pour créer une nouvelle entreprise",
        "en": "no company is called '{text}'; did you mean: {names}? Type the name as it is, "
              "or add --new to add a new company",
    },
    "cli_err_referral_noted_before": {
        "fr": "{referrer} vous a déjà suggéré {referee} {when} ; ajoutez --new pour la noter "
              "à part, comme une nouvelle recommandation",
        "en": "{referrer} already suggested {referee} {when}; add --new to record it "
              "separately, as a new referral",
    },
    "cli_err_company_not_person": {
        "fr": "« {text} » est une entreprise, pas une personne : nommez quelqu'un qui y "
              "travaille, ou ajoutez --new pour créer une personne de ce nom",
        "en": "'{text}' is a company, not a person: name someone who works there, or add "
              "--new to add a person of that name",
    },
    "cli_err_no_name_column": {
        "fr": "{file} : aucune colonne de nom ; indiquez-la, par exemple --column name=Nom",
        "en": "{file}: no name column found; map one, e.g. --column name=Nom",
    },
    "cli_err_need_me": {
        "fr": "dites à qui sont ces contacts avec --me VOTRE NOM (le premier import vous crée)",
        "en": "say whose contacts these are with --me YOUR NAME (the first import names you)",
    },
    "cli_err_need_me_several": {
        "fr": "dites à qui sont ces contacts avec --me VOTRE NOM (ce carnet a plusieurs "
              "membres)",
        "en": "say whose contacts these are with --me YOUR NAME (this network has several "
              "members)",
    },
    "cli_err_need_emails": {
        "fr": "indiquez votre ou vos adresses e-mail avec --me, par exemple --me moi@exemple.fr",
        "en": "give your e-mail address(es) with --me, e.g. --me me@example.fr",
    },
    "cli_err_me_not_member": {
        "fr": "--me « {me} » n'est pas le nom du membre : c'est {member} (donnez ce nom-là à "
              "--me)",
        "en": "--me '{me}' is not the member's name: the member is {member} (give that name "
              "to --me)",
    },
    "cli_err_me_not_a_name": {"fr": "--me « {me} » n'est pas un nom",
                              "en": "--me '{me}' is not a name"},
    "cli_err_no_member": {
        "fr": "ce carnet n'a pas encore de membre : chargez la démo (carnet demo), ou importez "
              "vos contacts avec --me VOTRE NOM",
        "en": "this network has no member yet: load the demo (carnet demo), or import your "
              "contacts with --me YOUR NAME",
    },
    "cli_err_not_format": {"fr": "{file} : pas au format {format} ; indiquez le bon --format",
                           "en": "{file}: not in {format} format; give the right --format"},
    "cli_err_unknown_format_of": {
        "fr": "{file} : impossible de deviner le format d'après le nom ; indiquez --format",
        "en": "{file}: cannot tell the format from the name; give --format",
    },
    "cli_err_no_review": {"fr": "aucun doublon à examiner n'a l'identifiant {review} (voir : "
                                "carnet review)",
                          "en": "no open review with id {review} (see: carnet review)"},
    # click's refusals of a command line (cli/words.py)
    "cli_interrupted": {"fr": "interrompu", "en": "interrupted"},
    "cli_no_such_command": {"fr": "pas de commande « {name} » (voir : carnet --help)",
                            "en": "no such command '{name}' (see: carnet --help)"},
    "cli_no_such_option": {"fr": "option inconnue : {name}", "en": "no such option: {name}"},
    "cli_missing": {"fr": "il manque {name}", "en": "missing {name}"},
    "cli_bad_value": {"fr": "valeur invalide pour {name} (attendu : {expected})",
                      "en": "invalid value for {name} (expected: {expected})"},
    "cli_range": {"fr": "de {low} à {high}", "en": "from {low} to {high}"},
    "cli_date_formats": {"fr": "une date AAAA-MM-JJ ou JJ/MM/AAAA",
                         "en": "a date YYYY-MM-DD or DD/MM/YYYY"},
    "cli_a_value": {"fr": "{kind}", "en": "{kind}"},
}
