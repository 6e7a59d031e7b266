"""The app's pages (``app/``): the shell and Home, Warm paths, Explore, a person's card,
Recording a referral, and the forms' name pickers. Said through ``app.i18n.t``."""

from __future__ import annotations

from typing import Final

APP: Final[dict[str, dict[str, str]]] = {
    "app_title": {"fr": "Carnet", "en": "Carnet"},
    "tagline": {
        "fr": "Votre réseau en graphe : qui connaît qui, et qui peut vous présenter.",
        "en": "Your network as a graph: who knows whom, and who can introduce you.",
    },
    "language": {"fr": "Langue", "en": "Language"},
    "page_home": {"fr": "Accueil", "en": "Home"},
    "home_followups": {"fr": "Voir ce qui est à faire", "en": "See what to do"},
    "lost_address": {"fr": "Cette adresse ne mène à aucune page de Carnet : voici l'accueil.",
                     "en": "That address leads to no page of Carnet: here is the home page."},
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
    "page_paths": {"fr": "Chemins", "en": "Warm paths"},
    "paths_title": {"fr": "Qui peut vous présenter ?", "en": "Who can introduce you?"},
    "company": {"fr": "Entreprise", "en": "Company"},
    "company_help": {"fr": "Tapez une partie du nom ; accents et majuscules ignorés.",
                     "en": "Type part of the name; case and accents are ignored."},
    "company_pick": {"fr": "Entreprises trouvées", "en": "Matching companies"},
    "choose_in_list": {"fr": "Choisissez (tapez pour chercher)",
                       "en": "Choose (type to search)"},
    "company_close": {"fr": "Vouliez-vous dire…", "en": "Did you mean…"},
    "company_and_role": {"fr": "{company}, rôle « {role} »", "en": "{company}, role '{role}'"},
    "no_company": {"fr": "Aucune entreprise ne correspond à « {text} ».",
                   "en": "No company matches '{text}'."},
    "role": {"fr": "Rôle ou équipe (facultatif)", "en": "Role or team (optional)"},
    "role_help": {"fr": "Mots séparés par des virgules, cherchés dans l'intitulé et le service : "
                        "« communication, RH ».",
                  "en": "Comma-separated words, looked up in titles and departments: "
                        "\"communications, HR\"."},
    "options": {"fr": "Options", "en": "Options"},
    "max_hops": {"fr": "Liens au plus", "en": "Most ties on a path"},
    "top": {"fr": "Nombre de pistes", "en": "How many ways in"},
    "include_former": {"fr": "Compter les anciens salariés", "en": "Count former employees"},
    # (cards: people she knows there, and people to ask: "introducers" would miscount)
    "results": {"fr": "{n} pistes vers {company}", "en": "{n} ways in to {company}"},
    "results_one": {"fr": "{n} piste vers {company}", "en": "{n} way in to {company}"},
    "direct": {"fr": "contact direct", "en": "direct contact"},
    "score": {"fr": "chaleur du chemin : {score}", "en": "path warmth: {score}"},
    "no_path": {"fr": "Aucun chemin vers {company} en {hops} liens au plus.",
                "en": "No path to {company} within {hops} ties."},
    "no_target": {"fr": "Personne chez {company} dans votre carnet pour l'instant.",
                  "en": "No one at {company} in your notebook yet."},
    "no_target_role": {"fr": "Personne chez {company} dans votre carnet pour le rôle « {role} ».",
                       "en": "No one at {company} in your notebook for the role '{role}'."},
    "drop_role": {"fr": "Voir toutes les pistes vers {company}",
                  "en": "See every way in to {company}"},
    "try_targets": {"fr": "Vos cibles :", "en": "Your targets:"},
    "inexact": {"fr": "Résultat approché : des personnes très connectées ont été laissées de "
                      "côté pour rester rapide.",
                "en": "Approximate: some very connected people were left out to stay fast."},
    "no_member": {"fr": "Ce carnet n'a pas encore de membre (« moi ») : chargez la démo ou "
                        "importez vos contacts.",
                  "en": "This notebook has no member (\"me\") yet: load the demo or import "
                        "your contacts."},
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
    "closeness_any": {"fr": "toutes", "en": "any"},
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
    "col_how": {"fr": "Rencontre ou contexte", "en": "How met, or context"},
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
    "choose_who": {"fr": "Qui est-ce ?", "en": "Who is it?"},
    "choose_which": {"fr": "Quelle entreprise ?", "en": "Which company?"},
    "referral_company": {"fr": "Son entreprise (facultatif)",
                         "en": "Their company (optional)"},
    "referral_role": {"fr": "Rôle ou équipe (facultatif)", "en": "Role or team (optional)"},
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
              "épais : lien chaleureux ; fin : lien faible. Cliquez ou touchez une personne "
              "pour voir son cercle.",
        "en": "Big dots: direct contacts; small: their contacts (name on hover). Thick line: "
              "a warm tie; thin: a weak one. Click or tap a person to see their circle."},
    "focus": {"fr": "Centré sur", "en": "Centred on"},
    "focus_help": {"fr": "Le cercle d'une autre personne (ou cliquez ou touchez-la dans le "
                         "dessin).",
                   "en": "Another person's circle (or click or tap them in the picture)."},
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
    "press_enter": {"fr": "Entrée pour valider", "en": "Press Enter to apply"},
    "legend_member": {"fr": "vous", "en": "you"},
    "legend_contact": {"fr": "à qui demander", "en": "whom to ask"},
    "legend_person": {"fr": "intermédiaire", "en": "go-between"},
    "legend_target": {"fr": "la personne visée", "en": "the person to reach"},
    "legend_paths": {"fr": "Trait épais : lien chaleureux ; fin : lien faible.",
                     "en": "Thick line: a warm tie; thin: a weak one."},
    "follow_up_ask": {"fr": "Me rappeler de relancer", "en": "Remind me to follow up"},
    # The People page's list (app/people.py, graph/services/people_list.py)
    "people_list_title": {"fr": "Tout votre carnet", "en": "Everyone in your notebook"},
    "people_list_search": {"fr": "Chercher (nom, poste, entreprise)",
                           "en": "Search (name, title, company)"},
    "source_none": {"fr": "via d'autres contacts", "en": "through other contacts"},
    "people_list_none": {"fr": "Personne ne correspond à « {text} ».",
                         "en": "No one matches '{text}'."},
    "people_list_page": {"fr": "Page", "en": "Page"},
    "people_list_all": {"fr": "{n} personnes", "en": "{n} people"},
    "people_list_all_one": {"fr": "{n} personne", "en": "{n} person"},
    "people_list_part": {"fr": "Personnes {first} à {last} sur {total}",
                         "en": "People {first} to {last} of {total}"},
    "col_works": {"fr": "Travaille aujourd'hui", "en": "Works now"},
    "col_card": {"fr": "Fiche", "en": "Card"},
    "open_card": {"fr": "Ouvrir", "en": "Open"},
    "edit_card": {"fr": "Modifier cette fiche", "en": "Edit this card"},
    "people_edit_title": {"fr": "Modifier une fiche", "en": "Edit a card"},
    # (an address to a card that is no more: deleted or merged since the link was made)
    "edit_card_gone": {"fr": "Cette fiche n'existe plus (supprimée ou fusionnée entre-temps) : "
                             "cherchez la personne par son nom ci-dessous.",
                       "en": "This card no longer exists (deleted or merged since): look the "
                             "person up by name below."},
    "people_hint": {"fr": "Tapez le nom de quelqu'un pour retrouver sa fiche : la modifier, "
                          "fusionner un doublon ou la supprimer.",
                    "en": "Type someone's name to find their card: edit it, merge a duplicate "
                          "or delete it."},
    "company_search_hint": {"fr": "Tapez une partie du nom, puis Entrée",
                            "en": "Type part of the name, then Enter"},
    "empty_value": {"fr": "—", "en": "—"},
    # Names typed in forms: never a person or company invented from a typo (issue 14).
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
    "referral_updated": {
        "fr": "Cette recommandation était déjà notée ({referrer} vous suggère {referee}) : "
              "mise à jour {details}.",
        "en": "This referral was already recorded ({referrer} suggests {referee}): updated "
              "{details}."},
    # A referral noted again: said before saving (``app/referral.py``)
    "referral_again": {
        "fr": "{referrer} vous a déjà suggéré {referee} {when}. Une nouvelle recommandation "
              "serait notée à part.",
        "en": "{referrer} already suggested {referee} {when}. A new referral would be "
              "recorded separately.",
    },
    "referral_again_on": {"fr": "le {date}", "en": "on {date}"},
    "referral_again_on_company": {"fr": "le {date} (pour {company})",
                                  "en": "on {date} (for {company})"},
    "referral_again_confirm": {"fr": "La noter quand même comme une nouvelle recommandation",
                               "en": "Record it anyway as a new referral"},
    # a referral's details, as "referral_updated" lists them
    "detail_role": {"fr": "du rôle", "en": "the role"},
    "detail_context": {"fr": "du contexte", "en": "the context"},
    "detail_offered_intro": {"fr": "de l'offre de préparer le terrain",
                             "en": "the offer to prepare the ground"},
    "detail_follow_up_on": {"fr": "de la date de relance", "en": "the follow-up date"},
    "merged_at_import": {"fr": "{name} : même nom et même entreprise, fiches fusionnées.",
                         "en": "{name}: same name and company, cards merged."},
    # Warm paths a person would trust (issue 13)
    "you_know_there": {"fr": "Vous y connaissez déjà du monde",
                       "en": "You already know people there"},
    "tie_warmth": {"fr": "chaleur du lien : {score}", "en": "tie warmth: {score}"},
    "referred_there": {"fr": "On vous a recommandé ici", "en": "Suggested to you there"},
    "referred_link": {"fr": "Suivre ces recommandations dans Relances",
                      "en": "Follow these referrals up in Follow-ups"},
    "referred_link_one": {"fr": "Suivre cette recommandation dans Relances",
                          "en": "Follow this referral up in Follow-ups"},
    "who_introduces": {"fr": "À qui demander une présentation",
                       "en": "Whom to ask for an introduction"},
    "numbers": {"fr": "Les chiffres derrière ce score", "en": "The numbers behind this score"},
    "factor_tie": {"fr": "Lien {a} – {b}", "en": "Tie {a} – {b}"},
    "factor_hops": {"fr": "{n} liens : chaque intermédiaire coûte 20 %",
                    "en": "{n} ties: each go-between costs 20%"},
    "factor_fit": {"fr": "Dans l'entreprise (un ancien salarié compte moitié)",
                   "en": "At the company (a former employee counts half)"},
    "factor_introducer": {"fr": "Demandes passées et en attente auprès de {name}",
                          "en": "Past and pending asks to {name}"},
    "factor_introducer_new": {"fr": "Aucune demande encore à {name} (valeur de départ)",
                              "en": "No ask to {name} yet (starting value)"},
    "factor_introducer_this": {"fr": "Aucune autre demande à {name} que celle-ci (valeur de "
                                     "départ)",
                               "en": "No ask to {name} but this one (starting value)"},
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
    # (a no-break space before the colon: on a phone a line started with it)
    "rewarm_door": {"fr": "{company}, pour joindre {target}\u00a0: chemin à {score} aujourd'hui, "
                          "{rewarmed} une fois le contact repris",
                    "en": "{company}, to reach {target}: path at {score} today, {rewarmed} "
                          "once back in touch"},
}
