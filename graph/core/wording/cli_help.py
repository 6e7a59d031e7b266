"""The command's ``--help``: ``help_<command path>`` for a command (``help_carnet`` for
``carnet`` itself), ``opt_<command path>_<flag>`` for an option, ``opt_<flag>`` for one text
that serves every command (cli/words.py fills them in); and click's own words."""

from __future__ import annotations

from typing import Final

CLI_HELP: Final[dict[str, dict[str, str]]] = {
    # click's own words
    "help_usage": {"fr": "Utilisation : ", "en": "Usage: "},
    "help_heading_options": {"fr": "Options", "en": "Options"},
    "help_heading_commands": {"fr": "Commandes", "en": "Commands"},
    "help_default": {"fr": "par défaut : ", "en": "default: "},
    "help_required": {"fr": "obligatoire", "en": "required"},
    "opt_help": {"fr": "Affiche cette aide et s'arrête.", "en": "Show this message and exit."},
    "opt_version": {"fr": "Affiche la version et s'arrête.", "en": "Show the version and exit."},
    "opt_lang": {
        "fr": "Langue des lignes, explications et brouillons (fr ou en). Par défaut : celle de "
              "carnet --lang, sinon celle de l'environnement (voir carnet --help).",
        "en": "Language of the lines, explanations and drafts (fr or en). Default: carnet "
              "--lang's, else the environment's (see carnet --help).",
    },
    "opt_json": {"fr": "Affiche le résultat en JSON.", "en": "Print the result as JSON."},
    "opt_limit": {"fr": "Combien de résultats au plus.", "en": "How many results at most."},
    "opt_note": {"fr": "Ce qui s'est passé, pour l'historique.",
                 "en": "What happened, for the history."},
    "opt_all": {"fr": "Aussi celles qui sont closes.", "en": "Closed ones too."},
    "opt_yes": {"fr": "Supprimer pour de bon (sans cette option : dit ce qui partirait).",
                "en": "Really delete (without it, says what would go)."},
    # carnet
    "help_carnet": {
        "fr": "Carnet : votre réseau en graphe ; trouvez qui peut vous présenter, et demandez-le "
              "bien.\n\nLangue : anglais par défaut ; français avec --lang fr, ou quand "
              "l'environnement le demande (CARNET_LANG=fr, ou une locale française : LC_ALL, "
              "LC_MESSAGES ou LANG commençant par fr, comme LANG=fr_FR.UTF-8).",
        "en": "Carnet: your network as a graph; find who can introduce you, and ask well."
              "\n\nLanguage: English by default; French with --lang fr, or where the "
              "environment asks for it (CARNET_LANG=fr, or a French locale: LC_ALL, "
              "LC_MESSAGES or LANG starting with fr, such as LANG=fr_FR.UTF-8).",
    },
    "opt_carnet_db": {
        "fr": "La base : un fichier SQLite, ou une adresse neo4j:// ou bolt://. Par défaut : "
              "$CARNET_DB, sinon $NEO4J_URI, sinon un fichier dans votre dossier de données.",
        "en": "The store: a SQLite file or a neo4j:// or bolt:// URI. Default: $CARNET_DB, "
              "else $NEO4J_URI, else a file in your user data folder.",
    },
    "opt_carnet_lang": {
        "fr": "Langue de la commande : ses lignes, ses erreurs, son aide (fr ou en). Par "
              "défaut : celle de l'environnement.",
        "en": "The command's language: its lines, errors and help (fr or en). Default: the "
              "environment's.",
    },
    "help_serve": {"fr": "Démarre l'application Carnet (Streamlit) sur cette base.",
                   "en": "Start the Carnet app (Streamlit) on this store."},
    "opt_serve_port": {"fr": "Le port où écouter.", "en": "Port to listen on."},
    "opt_serve_host": {"fr": "L'adresse où écouter.", "en": "Address to listen on."},
    # data in and out
    "help_demo": {"fr": "Charge le réseau de démonstration, fictif (une fois : relancée, la "
                        "commande ne change rien).",
                  "en": "Load the fictional demo network (once: run again, it changes "
                        "nothing)."},
    "opt_demo_lang": {"fr": "Langue des textes de la démo (intitulés, contextes, notes).",
                      "en": "Language of the demo's texts (titles, contexts, notes)."},
    "help_import": {
        "fr": "Importe FICHIER dans la base, tout ou rien, en fusionnant les personnes déjà "
              "connues.\n\nFormats : Connections.csv de LinkedIn, vCard (.vcf), CSV de Google "
              "Contacts, tout CSV (avec --column), mbox et .ics (avec qui vous échangez, jamais "
              "le contenu), Carnet JSON ; les archives ZIP de LinkedIn et de Google Takeout "
              "aussi. Importer de nouveau le même fichier ne change rien. "
              "Votre propre fiche (téléphone, Google), c'est vous. Une personne de même nom "
              "dans la même entreprise est fusionnée (annuler : carnet review undo ID) ; les "
              "autres doublons possibles attendent dans « carnet review ».",
        "en": "Import FILE into the store, all or nothing, merging people it already knows."
              "\n\nFormats: LinkedIn Connections.csv, vCard (.vcf), Google Contacts CSV, any "
              "CSV (with --column), mbox and .ics (who you exchange with, never the content), "
              "Carnet JSON; LinkedIn's and Google Takeout's ZIP archives too. Importing the "
              "same file again changes nothing. Your own card "
              "(phone, Google) is you. Someone of the same name at the same company is merged "
              "(undo: carnet review undo ID); other possible duplicates wait in 'carnet "
              "review'.",
    },
    "opt_import_format": {"fr": "Le format du fichier ; « auto » le devine d'après son nom et "
                                "l'en-tête CSV.",
                          "en": "The file's format; 'auto' guesses from its name and CSV "
                                "header."},
    "opt_import_me": {
        "fr": "À qui sont ces contacts : votre nom (le premier import vous crée ; les suivants "
              "l'attendent tel que le carnet l'a). Pour les mails et agendas : votre ou vos "
              "adresses e-mail, séparées par des virgules.",
        "en": "Whose contacts these are: your name (the first import creates you; later ones "
              "want it as the notebook has it). For mail and calendars: your e-mail "
              "address(es), comma-separated.",
    },
    "opt_import_column": {
        "fr": "Pour --format csv : quelle colonne tient un champ (répétable), par exemple "
              "--column name=Nom. Champs : name, first_name, last_name, other_names, email, "
              "phone, company, title, department, linkedin, notes, since, tags, id. Un nom "
              "écrit deux fois se nomme avec son rang, « Titre (1) », « Titre (2) » ; seul, "
              "il désigne celle qui n'est pas une civilité (Outlook : title=Titre est la "
              "fonction). Une colonne sans nom : « Colonne 5 ».",
        "en": "For --format csv: which column holds a field (repeatable), e.g. --column "
              "name=Nom. Fields: name, first_name, last_name, other_names, email, phone, "
              "company, title, department, linkedin, notes, since, tags, id. A name written "
              "twice is named with its rank, \"Titre (1)\", \"Titre (2)\"; alone it names "
              "the one that is no civility (Outlook: title=Titre is the job title). A column "
              "with no name: \"Column 5\".",
    },
    "opt_import_dry_run": {"fr": "Vérifie le fichier et rend compte, sans rien écrire.",
                           "en": "Check the file and report, write nothing."},
    "help_review": {
        "fr": "Doublons possibles : paires trouvées par les imports, et personnes déjà dans le "
              "carnet qui n'en font sans doute qu'une (nom identique ou proche, même "
              "entreprise). Les lister, les fusionner ou les garder séparées, annuler une "
              "fusion.",
        "en": "Possible duplicates: pairs found by imports, and people already in the notebook "
              "who are probably one person (same or close name, same company). List them, "
              "merge or keep apart, undo a merge.",
    },
    "opt_review_all": {"fr": "Aussi les paires déjà traitées (fusionnées, par exemple à "
                             "l'import, ou gardées séparées).",
                       "en": "Also the pairs already settled (merged, e.g. at import, or kept "
                             "apart)."},
    "help_review_merge": {"fr": "Fusionne les deux personnes de REVIEW_ID dans la première "
                                "(annuler : carnet review undo).",
                          "en": "Merge the two people of REVIEW_ID into the first one (undo: "
                                "carnet review undo)."},
    "help_review_apart": {"fr": "Note que les deux personnes de REVIEW_ID sont deux personnes "
                                "différentes.",
                          "en": "Mark the two people of REVIEW_ID as different people."},
    "help_review_undo": {"fr": "Annule la fusion faite pour REVIEW_ID (par vous, ou à "
                               "l'import) : les deux personnes reviennent telles qu'elles "
                               "étaient.",
                         "en": "Undo the merge made for REVIEW_ID (by you, or at import): both "
                               "people back as they were."},
    "help_export": {"fr": "Exporte toute la base dans FICHIER (« - » pour la sortie standard, "
                          "en Carnet JSON ou CSV).",
                    "en": "Export the whole store to FILE ('-' for standard output, Carnet "
                          "JSON or CSV)."},
    "opt_export_format": {"fr": "Par défaut : d'après la fin du nom de FICHIER (.csv, "
                                ".graphml), sinon Carnet JSON.",
                          "en": "Default: from FILE's ending (.csv, .graphml), else Carnet "
                                "JSON."},
    "help_copy": {"fr": "Copie toute la base (--db) dans une autre, par lots ; relancez-la pour "
                        "finir une copie interrompue (rien n'est copié deux fois).",
                  "en": "Copy the whole store (--db) into another one, in batches; run it "
                        "again to finish a copy that was cut short (nothing is duplicated)."},
    "opt_copy_to": {"fr": "La base où copier : un fichier SQLite, ou une adresse neo4j:// ou "
                          "bolt:// (identifiants : NEO4J_USERNAME, NEO4J_PASSWORD, "
                          "NEO4J_DATABASE).",
                    "en": "The store to copy into: a SQLite file or a neo4j:// or bolt:// URI "
                          "(credentials from NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)."},
    "opt_copy_batch": {"fr": "Enregistrements par transaction.",
                       "en": "Records per transaction."},
    # carnet paths
    "help_paths": {
        "fr": "À qui demander une présentation chez ENTREPRISE, par quel chemin, et pourquoi "
              "(les meilleurs d'abord).\n\nSort avec le code 1 quand aucun chemin n'est trouvé "
              "en --max-hops liens.",
        "en": "Whom to ask for an introduction to COMPANY, by which path, and why (best "
              "first).\n\nExits 1 when no path is found within --max-hops.",
    },
    "opt_paths_to": {"fr": "L'entreprise à atteindre.", "en": "The company to reach."},
    "opt_paths_role": {"fr": "Seulement les personnes dont l'intitulé ou le service a des "
                             "mots qui commencent par un de ces termes, séparés par des "
                             "virgules (« com » : communication ; sans tenir compte des "
                             "majuscules ni des accents).",
                       "en": "Only people whose title or department has words starting with "
                             "one of these comma-separated terms (\"com\": communication; "
                             "case and accents ignored)."},
    "opt_paths_from": {"fr": "Partir de cette personne (répétable). Par défaut : les membres "
                             "du réseau.",
                       "en": "Start from this person (repeatable). Default: the network's "
                             "members."},
    "opt_paths_exclude": {"fr": "Ne jamais solliciter ni passer par cette personne "
                                "(répétable).",
                          "en": "Never ask or go through this person (repeatable)."},
    "opt_paths_top": {"fr": "Combien d'intermédiaires.", "en": "How many introducers."},
    "opt_paths_max_hops": {"fr": "Le plus long chemin, en liens.",
                           "en": "Longest path, in ties."},
    "opt_paths_include_former": {"fr": "Compter aussi les anciens salariés (comme des cibles "
                                       "moins fortes que les actuels).",
                                 "en": "Count former employees too (as weaker targets than "
                                       "current ones)."},
    # people and companies
    "help_people": {"fr": "Trouver, modifier et supprimer des personnes.",
                    "en": "Find, edit and delete people."},
    "help_people_edit": {
        "fr": "Modifie la fiche de PERSONNE (un nom ou un identifiant) : son nom, ses e-mails, "
              "téléphones, profil LinkedIn, notes, étiquettes, autres noms et poste actuel "
              "(--title, --company, --old-job). Ce qui n'est pas "
              "donné reste tel quel ; une valeur refusée (une adresse qui n'en est pas une) "
              "n'enregistre rien. Les options --add-… et --remove-… se répètent, ou prennent "
              "plusieurs valeurs séparées par des virgules, comme les cases de la page Personnes.",
        "en": "Edit PERSON's card (a name or id): name, e-mails, phones, LinkedIn profile, "
              "notes, tags, other names and current job (--title, --company, --old-job). What "
              "is not given stays as it is; a value refused "
              "(an address that is not one) saves nothing. The --add-… and --remove-… options "
              "repeat, or take several comma-separated values, as the People page's boxes do."},
    "opt_people_edit_name": {"fr": "Son nom, tel qu'il doit s'afficher.",
                             "en": "Their name, as it should show."},
    "opt_people_edit_add_email": {"fr": "Ajoute une adresse e-mail (répétable).",
                                  "en": "Add an e-mail address (repeatable)."},
    "opt_people_edit_remove_email": {"fr": "Retire une adresse e-mail (répétable).",
                                     "en": "Remove an e-mail address (repeatable)."},
    "opt_people_edit_add_phone": {"fr": "Ajoute un numéro de téléphone (répétable).",
                                  "en": "Add a phone number (repeatable)."},
    "opt_people_edit_remove_phone": {"fr": "Retire un numéro, écrit comme on veut (répétable).",
                                     "en": "Remove a number, written any way (repeatable)."},
    "opt_people_edit_linkedin": {"fr": "L'adresse de son profil LinkedIn ('' pour l'effacer).",
                                 "en": "Their LinkedIn profile's address ('' to clear it)."},
    "opt_people_edit_notes": {"fr": "Ses notes (remplacent les précédentes).",
                              "en": "Notes about them (replacing the previous ones)."},
    "opt_people_edit_add_tag": {"fr": "Ajoute une étiquette (répétable).",
                                "en": "Add a tag (repeatable)."},
    "opt_people_edit_remove_tag": {"fr": "Retire une étiquette (répétable).",
                                   "en": "Remove a tag (repeatable)."},
    "opt_people_edit_add_other_name": {
        "fr": "Ajoute un autre nom : de naissance, d'usage… (répétable).",
        "en": "Add another name: maiden, married, known as… (repeatable)."},
    "opt_people_edit_remove_other_name": {"fr": "Retire un autre nom (répétable).",
                                          "en": "Remove another name (repeatable)."},
    "opt_people_edit_title": {"fr": "L'intitulé de son poste actuel.",
                              "en": "Their current job's title."},
    "opt_people_edit_company": {"fr": "L'entreprise de son poste actuel ('' : plus de poste).",
                                "en": "Their current job's company ('' for no job now)."},
    "opt_people_edit_old_job": {"fr": "Si le poste change, l'ancien : wrong (mal noté, corrigé) "
                                      "ou ended (terminé, gardé comme poste passé).",
                                "en": "When the job changes, the old one: wrong (noted wrong, "
                                      "corrected) or ended (kept as a past job)."},
    "opt_people_edit_new": {"fr": "Une entreprise au nom proche d'une autre (une faute de "
                                  "frappe ?) est nouvelle : la créer.",
                            "en": "A company whose name is close to another's (a typo?) is "
                                  "new: create it."},
    "help_people_search": {"fr": "Les personnes dont le nom, un autre nom, l'e-mail ou le "
                                 "téléphone contient TEXTE (sans tenir compte des majuscules ni "
                                 "des accents ; un numéro s'écrit comme on veut : 06 12 34, "
                                 "+33 6 12…).",
                           "en": "People whose name, other name, e-mail or phone contains TEXT "
                                 "(case and accents ignored; a number written any way: "
                                 "06 12 34, +33 6 12…)."},
    "help_people_delete": {"fr": "Supprime PERSONNE (un nom ou un identifiant) avec ses liens, "
                                 "postes, recommandations et demandes de mise en relation.",
                           "en": "Delete PERSON (a name or id) with their ties, jobs, referrals "
                                 "and intro requests."},
    "help_companies": {"fr": "Trouver, fusionner et supprimer des entreprises.",
                       "en": "Find, merge and delete companies."},
    "help_companies_search": {"fr": "Les entreprises dont le nom, un alias ou le domaine web "
                                    "contient TEXTE (sans tenir compte des majuscules ni des "
                                    "accents).",
                              "en": "Companies whose name, alias or web domain contains TEXT "
                                    "(case and accents ignored)."},
    "help_companies_merge": {"fr": "Fond AUTRE dans GARDER : le nom d'AUTRE devient un alias ; "
                                   "ses salariés, recommandations et demandes de mise en "
                                   "relation passent à GARDER.",
                             "en": "Fold OTHER into KEEP: OTHER's name becomes an alias; its "
                                   "staff, referrals and intro requests move to KEEP."},
    "opt_companies_merge_yes": {"fr": "Fusionner pour de bon (sans retour possible).",
                                "en": "Really merge (there is no undo)."},
    "help_companies_delete": {"fr": "Supprime ENTREPRISE et ses postes (les personnes restent ; "
                                    "les recommandations perdent l'entreprise).",
                              "en": "Delete COMPANY and the jobs at it (the people stay; "
                                    "referrals lose the company)."},
    # referrals, intro requests, follow-ups
    "help_referral": {"fr": "Noter qui a suggéré qui.", "en": "Record who suggested whom."},
    "help_referral_add": {
        "fr": "Note une recommandation : RECOMMANDEUR a suggéré que vous contactiez "
              "RECOMMANDÉ.\n\nLa même recommandation (mêmes personnes, entreprise et jour) "
              "notée deux fois ne fait qu'un enregistrement ; un rôle, un contexte, "
              "--offered-intro ou une relance qu'elle n'a pas encore lui sont ajoutés (omis, "
              "un détail reste tel quel).",
        "en": "Record a referral: REFERRER suggested that you contact REFEREE.\n\nThe same "
              "referral (same people, company and day) recorded twice is one record; a role, "
              "context, --offered-intro or follow-up given again that it lacks is added to it "
              "(left out, a detail stays as recorded).",
    },
    "opt_referral_add_from": {"fr": "Qui a suggéré le contact (un nom ou un identifiant ; un "
                                    "nom que personne n'a crée la personne, un nom proche de "
                                    "celui de quelqu'un est refusé avec des suggestions).",
                              "en": "Who suggested the contact (a name or id; a name no one "
                                    "has creates the person, a name close to someone's is "
                                    "refused with suggestions)."},
    "opt_referral_add_to": {"fr": "Qui contacter (un nom ou un identifiant ; les nouveaux noms "
                                  "comme pour --from).",
                            "en": "Whom you should contact (a name or id; new names as for "
                                  "--from)."},
    "opt_referral_add_company": {"fr": "Où travaille la personne recommandée (un nouveau nom la "
                                       "crée ; les formes juridiques comme SAS ou Ltd sont "
                                       "ignorées pour la reconnaître).",
                                 "en": "Where the referee works (a new name creates it; legal "
                                       "forms such as SAS or Ltd are ignored when matching)."},
    "opt_referral_add_role": {"fr": "Le rôle de la personne recommandée, ou l'équipe à joindre.",
                              "en": "The referee's role, or the team to reach."},
    "opt_referral_add_context": {"fr": "Ce qui a été dit, avec les mots de qui recommande.",
                                 "en": "What was said, in the referrer's words."},
    "opt_referral_add_offered_intro": {"fr": "Qui recommande va préparer le terrain.",
                                       "en": "The referrer will prepare the ground."},
    "opt_referral_add_date": {"fr": "Quand elle a été suggérée (par défaut : aujourd'hui).",
                              "en": "When it was suggested (default: today)."},
    "opt_referral_add_follow_up": {"fr": "Quand relancer.", "en": "When to follow up."},
    "opt_referral_add_for": {"fr": "Le membre à qui on l'a dite (utile seulement s'il y en a "
                                   "plusieurs).",
                             "en": "The member it was told to (needed only when there are "
                                   "several)."},
    "opt_referral_add_new": {"fr": "Les noms proches de celui de quelqu'un (une faute de "
                                   "frappe ?) sont de nouvelles personnes ou entreprises : les "
                                   "créer ; une recommandation déjà notée un autre jour : la "
                                   "noter à part.",
                             "en": "Names that are close to someone's (a typo?) are new people "
                                   "or companies: create them; a referral noted on another "
                                   "day: record it separately."},
    "help_referral_set": {"fr": "Fait avancer une recommandation : researched, contacted, "
                                "meeting, won, lost ou dropped.",
                          "en": "Move a referral on: researched, contacted, meeting, won, lost "
                                "or dropped."},
    "opt_referral_set_follow_up": {"fr": "La prochaine date de relance.",
                                   "en": "The next follow-up date."},
    "help_referral_thank": {"fr": "Note que vous avez remercié qui vous a recommandé.",
                            "en": "Note that you thanked the referrer."},
    "opt_referral_thank_note": {"fr": "Comment vous l'avez remercié.",
                                "en": "How you thanked them."},
    "help_intro_thank": {"fr": "Note que vous avez remercié qui vous a mis en relation.",
                         "en": "Note that you thanked the introducer."},
    "opt_intro_thank_note": {"fr": "Comment vous l'avez remercié.",
                             "en": "How you thanked them."},
    "help_referral_list": {"fr": "Les recommandations en cours, les plus anciennes d'abord : "
                                 "identifiant, statut, date, qui (voir referral set).",
                           "en": "Referrals in progress, the oldest first: id, status, date, "
                                 "who (see referral set)."},
    "help_intro": {"fr": "Demander des présentations et les suivre jusqu'au bout.",
                   "en": "Ask for introductions and follow them to the end."},
    "help_intro_ask": {
        "fr": "Note une demande de mise en relation comme faite (une par intermédiaire et "
              "cible ; la redemander ne change rien) et affiche les brouillons : la demande à "
              "l'intermédiaire, avec l'accord des deux côtés, et un mot court qu'il peut faire "
              "suivre. Avec --draft, affiche seulement les brouillons.",
        "en": "Record an intro request as asked (one per introducer and target; asking again "
              "changes nothing) and print the drafts: the double opt-in ask to the introducer "
              "and a short note they can forward. With --draft, only print the drafts.",
    },
    "opt_intro_ask_via": {"fr": "À qui vous demandez de vous présenter.",
                          "en": "Whom you ask to introduce you."},
    "opt_intro_ask_to": {"fr": "Qui vous voulez rencontrer.", "en": "Whom you want to meet."},
    "opt_intro_ask_company": {"fr": "L'entreprise de la cible (par défaut : son entreprise "
                                    "actuelle).",
                              "en": "The target's company (default: their current one)."},
    "opt_intro_ask_draft": {"fr": "Affiche seulement les brouillons, sans rien noter (relancez "
                                  "sans --draft une fois le message envoyé).",
                            "en": "Only print the drafts, record nothing (run again without "
                                  "--draft once the message is sent)."},
    "opt_intro_ask_for": {"fr": "Le membre qui demande (s'il y en a plusieurs).",
                          "en": "The member asking (if several)."},
    "help_intro_set": {"fr": "Fait avancer une demande de mise en relation : asked, accepted ou "
                             "declined (unanswered : restée sans réponse), introduced, met, "
                             "won ou lost (n'a pas abouti, possible dès accepted) ; deleted "
                             "supprime un brouillon jamais envoyé.",
                       "en": "Move an intro request on: asked, accepted or declined "
                             "(unanswered: no answer came), introduced, met, won or lost "
                             "(came to nothing, from accepted on); deleted deletes a draft "
                             "never sent."},
    "help_intro_list": {"fr": "Les demandes de mise en relation en cours, les plus anciennes "
                              "d'abord : identifiant, statut, date, qui (voir intro set).",
                        "en": "Intro requests in progress, the oldest first: id, status, date, "
                              "who (see intro set)."},
    "help_followups": {
        "fr": "Ce qui est dû ou en retard : recommandations à contacter (ou à relancer), "
              "mises en relation sans réponse, ou acceptées et pas faites, après 7 jours ; "
              "remerciements pas envoyés. Les plus récents d'abord.",
        "en": "What is due or overdue: referrals to contact (or, once contacted, to follow "
              "up), intro requests with no answer after 7 days, or accepted and not made 7 "
              "days later, thanks not sent. Newest first.",
    },
    "opt_followups_ahead": {"fr": "Aussi ce qui arrive à échéance dans les DAYS prochains jours "
                                  "(« dans 5 jours »).",
                            "en": "Also what falls due in the next DAYS days (\"in 5 days\")."},
    "opt_followups_ics": {"fr": "Écrit aussi les relances dans un fichier d'agenda .ics.",
                          "en": "Also write the follow-ups to an .ics calendar file."},
    "opt_followups_drafts": {"fr": "Sous chaque ligne, un message à envoyer : premier contact, "
                                   "relance en douceur, remerciement.",
                             "en": "Under each line, a message to send: first contact, gentle "
                                   "nudge, thanks."},
    # targets, rewarm
    "help_targets": {"fr": "Les entreprises que vous visez (avec celles de vos recommandations "
                           "en cours).",
                     "en": "The companies you aim at (with those named in your open "
                           "referrals)."},
    "help_targets_add": {"fr": "Met ENTREPRISE sur votre liste (une seconde fois ne change "
                               "rien).",
                         "en": "Put COMPANY on your short list (again changes nothing)."},
    "help_targets_remove": {"fr": "Retire ENTREPRISE de votre liste.",
                            "en": "Take COMPANY off your short list."},
    "help_targets_list": {"fr": "Votre liste, puis les entreprises de vos recommandations en "
                                "cours.",
                          "en": "Your short list, then the companies named in your open "
                                "referrals."},
    "help_rewarm": {
        "fr": "Les 5 personnes à recontacter ce mois-ci : vos liens endormis qui ouvrent le "
              "plus de portes vers vos entreprises cibles, avec les portes que chacun ouvre et "
              "un brouillon pour reprendre contact.",
        "en": "The 5 people worth re-warming this month: your quiet ties that open the most "
              "doors to your target companies, with the doors each opens and a catching-up "
              "draft.",
    },
}
