"""The command's own lines (``cli/``), in both languages: said in ``--lang``'s language where
a command has it (its default: $LANG's, else English); the commands without ``--lang`` speak
English, as the errors they may end with do (``CarnetError``'s message is its English line)."""

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
    "cli_backup_holds": {
        "fr": "{people} personnes, {companies} entreprises, {ties} liens, {jobs} postes, "
              "{referrals} recommandations, {intros} demandes de mise en relation",
        "en": "{people} people, {companies} companies, {ties} ties, {jobs} jobs, {referrals} "
              "referrals, {intros} intro requests",
    },
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
    "cli_import_note": {"fr": "  remarque : {reason}", "en": "  note: {reason}"},
    "cli_import_skipped": {"fr": "  ignorées, {n} : {reason}", "en": "  skipped {n}: {reason}"},
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
    "cli_progress": {"fr": "\rRésolution des contacts : {done} sur {total} ({share})",
                     "en": "\rResolving contacts: {done} of {total} ({share})"},
    # carnet review
    "cli_nothing_to_review": {"fr": "Rien à examiner.", "en": "Nothing to review."},
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
    "cli_several_members": {
        "fr": "ce réseau a plusieurs membres : dites lequel avec --for",
        "en": "this network has several members: say which with --for",
    },
    "cli_status": {"fr": "{id} : {status}.", "en": "{id}: {status}."},
    "cli_thank_due": {
        "fr": "Il en est sorti quelque chose : remerciez {name} (carnet referral thank {id}).",
        "en": "Something came of it: thank {name} (carnet referral thank {id}).",
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
}
