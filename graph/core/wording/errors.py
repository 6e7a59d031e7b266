"""Expected errors as a person reads them: ``err_<code>`` for a ``CarnetError``'s code
(``graph/core/errors.py``), its ``params`` as the values; ``kind_<kind>`` names a file that
is not an export."""

from __future__ import annotations

from typing import Final

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
                            "(LinkedIn s'arrête à 30\u00a0000) : découpez le fichier",
                     "en": "{file}: more than {most} contacts; no export holds so many "
                           "(LinkedIn stops at 30,000): split the file"},
    "err_too_big": {"fr": "{file} : {mb} Mo, c'est plus qu'un export (limite : {most} Mo)",
                    "en": "{file}: {mb} MB is more than an export holds (limit {most} MB)"},
    "err_not_format": {"fr": "{file} : pas au format {format} ; choisissez le bon format",
                       "en": "{file}: not in {format} format; choose the right format"},
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
    "err_record_changed": {"fr": "cette fiche a été modifiée entre-temps (dans un autre onglet "
                                 "?) ; rechargez la page et recommencez",
                           "en": "this record was changed meanwhile (in another tab?); reload "
                                 "the page and try again"},
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
    "err_neo4j_bad_address": {"fr": "{where} : adresse Neo4j invalide ({detail})",
                              "en": "{where}: not a valid Neo4j address ({detail})"},
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
    "err_zip_none": {"fr": "{file} : cette archive ZIP ne contient aucun export que Carnet lit "
                           "(Connections.csv de LinkedIn, un fichier .vcf, .csv, .ics ou .mbox)",
                     "en": "{file}: this ZIP archive holds no export Carnet reads (LinkedIn's "
                           "Connections.csv, a .vcf, .csv, .ics or .mbox file)"},
    "err_zip_several": {"fr": "{file} : cette archive ZIP contient plusieurs exports ({found}) : "
                              "décompressez-la et importez-les un par un",
                        "en": "{file}: this ZIP archive holds several exports ({found}): unzip "
                              "it and import them one by one"},
    "err_zip_too_many": {"fr": "{file} : cette archive ZIP contient {n} fichiers ; un export en "
                               "contient au plus {most} : décompressez-la et choisissez le fichier",
                         "en": "{file}: this ZIP archive holds {n} files; an export holds at "
                               "most {most}: unzip it and choose the file"},
    "err_zip_unreadable": {"fr": "{file} : archive ZIP illisible (abîmée, ou protégée par un mot "
                                 "de passe) ; décompressez-la d'abord",
                           "en": "{file}: an unreadable ZIP archive (damaged, or protected by a "
                                 "password); unzip it first"},
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
    "err_referral_noted_before": {
        "fr": "{referrer} vous a déjà suggéré {referee} {when}",
        "en": "{referrer} already suggested {referee} {when}"},
    "err_did_you_mean": {"fr": "personne ne s'appelle « {text} » ; vouliez-vous dire : {names} ?",
                         "en": "no one is called '{text}'; did you mean: {names}?"},
    "err_company_not_person": {"fr": "« {text} » est une entreprise, pas une personne",
                               "en": "'{text}' is a company, not a person"},
    "err_no_review": {"fr": "{review} : ce doublon n'est pas (ou plus) à examiner",
                      "en": "{review}: no such pair to review (or already settled)"},
    "err_no_person": {"fr": "{id} : cette personne n'est pas (ou plus) dans le carnet "
                            "(fusionnée ou supprimée entre-temps ?)",
                      "en": "{id}: this person is not (or no longer) in the notebook (merged or "
                            "deleted meanwhile?)"},
    "err_no_company": {"fr": "{id} : cette entreprise n'est pas (ou plus) dans le carnet "
                             "(fusionnée ou supprimée entre-temps ?)",
                       "en": "{id}: this company is not (or no longer) in the notebook (merged "
                             "or deleted meanwhile?)"},
    # who is using Carnet (graph/services/session.py)
    "err_no_member": {"fr": "ce carnet n'a pas encore de membre (« moi ») : chargez la démo "
                            "ou importez vos contacts",
                      "en": "this notebook has no member (\"me\") yet: load the demo or "
                            "import your contacts"},
    "err_not_member": {"fr": "{who} n'est pas membre de ce carnet",
                       "en": "{who} is not a member of this notebook"},
    "err_several_members": {"fr": "ce carnet a plusieurs membres : dites lequel vous êtes",
                            "en": "this notebook has several members: say which one is you"},
    # Carnet JSON (graph/formats/)
    "err_not_carnet_json": {"fr": "ce n'est pas un document Carnet JSON (pas de « \"format\": "
                                  "\"carnet\" »)",
                            "en": "not a Carnet JSON document (no \"format\": \"carnet\")"},
    "err_json_bad_version": {"fr": "version : un nombre entier ≥ 1 est attendu, pas {value}",
                             "en": "version: expected a whole number ≥ 1, got {value}"},
    "err_json_newer": {"fr": "la version {version} a été écrite par un Carnet plus récent ; "
                             "mettez Carnet à jour",
                       "en": "version {version} was written by a newer Carnet; upgrade Carnet"},
    "err_json_twice": {"fr": "{where} : figure deux fois", "en": "{where}: appears twice"},
    "err_json_duplicate": {"fr": "{section} : {value} figure deux fois",
                           "en": "{section}: {value} appears twice"},
    "err_json_unknown_person": {"fr": "{where} : personne inconnue « {value} »",
                                "en": "{where}: unknown person '{value}'"},
    "err_json_unknown_company": {"fr": "{where} : entreprise inconnue « {value} »",
                                 "en": "{where}: unknown company '{value}'"},
    "err_json_unknown_record": {"fr": "{where} : recommandation ou demande de mise en relation "
                                      "inconnue « {value} »",
                                "en": "{where}: unknown referral or intro request '{value}'"},
    "err_json_self_tie": {"fr": "{where} : une personne ne peut pas se connaître elle-même "
                                "({id})",
                          "en": "{where}: a person cannot know themself ({id})"},
    "err_json_not_object": {"fr": "{where} : un objet est attendu",
                            "en": "{where}: expected an object"},
    "err_json_not_utf8": {"fr": "{file} : pas du texte UTF-8 (octet {byte})",
                          "en": "{file}: not UTF-8 text (byte {byte})"},
    "err_not_backup": {"fr": "{file} n'est pas une sauvegarde Carnet (le fichier .json que "
                             "donne « Télécharger une sauvegarde »)",
                       "en": "{file} is not a Carnet backup (the .json file \"Download a backup\" "
                             "gives)"},
    "err_not_json": {"fr": "JSON invalide : {problem}", "en": "not valid JSON: {problem}"},
    "err_not_json_near": {"fr": "JSON invalide : {problem}, près de « {near} »",
                          "en": "not valid JSON: {problem}, near '{near}'"},
    "err_not_json_at": {"fr": "JSON invalide : {problem} ligne {line}, colonne {column}",
                        "en": "not valid JSON: {problem} at line {line}, column {column}"},
    # (what the parser said, in words: ``interchange.json_problem``)
    "json_problem_cut": {"fr": "le fichier s'arrête avant la fin",
                         "en": "the file ends too soon"},
    "json_problem_after_end": {"fr": "du texte après la fin", "en": "trailing garbage"},
    "json_problem_character": {"fr": "caractère inattendu",
                               "en": "invalid char in json text"},
    "json_problem_syntax": {"fr": "syntaxe incorrecte", "en": "bad syntax"},
    "err_json_too_deep": {"fr": "JSON invalide : imbrication trop profonde",
                          "en": "not valid JSON: nested too deeply"},
    "err_json_not_list": {"fr": "{where} : une liste est attendue",
                          "en": "{where}: expected a list"},
    "err_json_not_text": {"fr": "{where} : du texte est attendu, pas {got}",
                          "en": "{where}: expected text, got {got}"},
    "err_json_nul": {"fr": "{where} : contient un caractère NUL",
                     "en": "{where}: contains a NUL character"},
    "err_json_not_id": {"fr": "{where} : un identifiant comme « {prefix}:… » est attendu, pas "
                              "{value}",
                        "en": "{where}: expected an id like '{prefix}:…', got {value}"},
    "err_json_missing": {"fr": "{where} : manquant", "en": "{where}: missing"},
    "err_json_empty": {"fr": "{where} : vide", "en": "{where}: empty"},
    "err_json_not_texts": {"fr": "{where} : une liste de textes est attendue",
                           "en": "{where}: expected a list of text"},
    "err_json_not_date": {"fr": "{where} : une date AAAA-MM-JJ est attendue, pas {value}",
                          "en": "{where}: expected a date YYYY-MM-DD, got {value}"},
    "err_json_not_number": {"fr": "{where} : un nombre entier de {low} à {high} est attendu, "
                                  "pas {value}",
                            "en": "{where}: expected a whole number from {low} to {high}, got "
                                  "{value}"},
    "err_json_not_bool": {"fr": "{where} : true ou false est attendu, pas {value}",
                          "en": "{where}: expected true or false, got {value}"},
    "err_json_not_choice": {"fr": "{where} : une de ces valeurs est attendue : {choices} ; pas "
                                  "{value}",
                            "en": "{where}: expected one of {choices}, got {value}"},
    "err_cannot_read": {"fr": "{file} : lecture impossible ({reason})",
                        "en": "{file}: cannot read ({reason})"},
    # names typed (graph/services/lookup.py)
    "err_company_did_you_mean": {"fr": "aucune entreprise ne s'appelle « {text} » ; "
                                       "vouliez-vous dire : {names} ?",
                                 "en": "no company is called '{text}'; did you mean: {names}?"},
    "err_person_unknown": {"fr": "personne ne correspond à « {text} »",
                           "en": "no person matches '{text}'"},
    "err_person_unknown_close": {"fr": "personne ne correspond à « {text} » ; vouliez-vous "
                                       "dire : {names} ?",
                                 "en": "no person matches '{text}'; did you mean {names}?"},
    "err_company_unknown": {"fr": "aucune entreprise ne correspond à « {text} »",
                            "en": "no company matches '{text}'"},
    "err_company_unknown_close": {"fr": "aucune entreprise ne correspond à « {text} » ; "
                                        "vouliez-vous dire : {names} ?",
                                  "en": "no company matches '{text}'; did you mean {names}?"},
    "err_title_long": {"fr": "un intitulé de poste de plus de {most} caractères n'en est pas "
                             "un",
                       "en": "a job title of over {most} characters is not one"},
    "err_title_needs_company": {"fr": "un poste se note avec son entreprise",
                                "en": "a job is noted with its company"},
    "err_old_job_unsaid": {"fr": "dites ce qu'il en est de l'ancien poste",
                           "en": "say what became of the old job"},
    "err_name_long": {"fr": "un nom de plus de {most} caractères n'en est pas un",
                      "en": "a name of over {most} characters is not one"},
    "err_not_a_name": {"fr": "« {text} » n'est pas un nom", "en": "'{text}' is not a name"},
    "err_need_name": {"fr": "le nom ne peut pas être vide", "en": "the name cannot be empty"},
    "err_other_name_long": {"fr": "un autre nom dépasse {most} caractères",
                            "en": "one of the other names is longer than {most} characters"},
    "err_not_among_emails": {"fr": "« {text} » ne figure pas parmi ses e-mails",
                             "en": "'{text}' is not one of their e-mails"},
    "err_not_among_phones": {"fr": "« {text} » ne figure pas parmi ses téléphones",
                             "en": "'{text}' is not one of their phones"},
    "err_not_among_tags": {"fr": "« {text} » ne figure pas parmi ses étiquettes",
                           "en": "'{text}' is not one of their tags"},
    "err_not_among_other_names": {"fr": "« {text} » ne figure pas parmi ses autres noms",
                                  "en": "'{text}' is not one of their other names"},
    "err_not_an_email": {"fr": "« {text} » n'est pas une adresse e-mail",
                         "en": "'{text}' is not an e-mail address"},
    "err_not_a_profile": {"fr": "« {text} » n'est pas l'adresse d'un profil LinkedIn "
                                "(linkedin.com/in/…)",
                          "en": "'{text}' is not a LinkedIn profile's address "
                                "(linkedin.com/in/…)"},
    "err_not_a_company_name": {"fr": "« {text} » n'est pas un nom d'entreprise",
                               "en": "'{text}' is not a company name"},
    "err_ambiguous_people": {"fr": "« {text} » correspond à plusieurs personnes : {shown}",
                             "en": "'{text}' matches several people: {shown}"},
    "err_ambiguous_companies": {"fr": "« {text} » correspond à plusieurs entreprises : {shown}",
                                "en": "'{text}' matches several companies: {shown}"},
    # referrals and intro requests (graph/services/lifecycle.py, the stores)
    "err_unknown_status": {"fr": "statut inconnu « {status} » (statuts : {statuses})",
                           "en": "unknown status '{status}' (statuses: {statuses})"},
    "err_referral_cannot_go": {"fr": "une recommandation ne passe pas de {current} à {wanted} ; "
                                     "ensuite : {allowed}",
                               "en": "a referral cannot go from {current} to {wanted}; next: "
                                     "{allowed}"},
    "err_referral_closed": {"fr": "une recommandation ne passe pas de {current} à {wanted} : "
                                  "elle est close",
                            "en": "a referral cannot go from {current} to {wanted}: it is "
                                  "closed"},
    "err_intro_cannot_go": {"fr": "une demande de mise en relation ne passe pas de {current} à "
                                  "{wanted} ; ensuite : {allowed}",
                            "en": "an intro request cannot go from {current} to {wanted}; next: "
                                  "{allowed}"},
    "err_intro_closed": {"fr": "une demande de mise en relation ne passe pas de {current} à "
                               "{wanted} : elle est close",
                         "en": "an intro request cannot go from {current} to {wanted}: it is "
                               "closed"},
    "err_no_intro": {"fr": "aucune demande de mise en relation n'a l'identifiant {id}",
                     "en": "no intro request with id {id}"},
    "err_no_referral": {"fr": "aucune recommandation n'a l'identifiant {id}",
                        "en": "no referral with id {id}"},
    # merges (graph/core/merging.py, the stores)
    "err_merge_itself": {"fr": "impossible de fusionner {id} avec lui-même",
                         "en": "cannot merge {id} with itself"},
    "err_no_merge": {"fr": "aucune fusion n'a l'identifiant {id}", "en": "no merge with id {id}"},
    "err_merge_undone": {"fr": "la fusion {id} a déjà été annulée",
                         "en": "merge {id} was already undone"},
    # the stores' refusals
    "err_backup_exists": {"fr": "{file} existe déjà ; choisissez un nouveau fichier pour la "
                                "sauvegarde",
                          "en": "{file}: already exists; choose a new file for the backup"},
    "err_breaks_rule": {"fr": "{where} : refusé, les données enfreignent une règle ({detail})",
                        "en": "{where}: refused, the data breaks a rule ({detail})"},
    "err_refused_missing": {"fr": "{where} : refusé, un enregistrement incomplet ({detail})",
                            "en": "{where}: refused, a record is incomplete ({detail})"},
    "err_refused_unknown_person": {"fr": "{where} : refusé, personne(s) inconnue(s) : {ids}",
                                   "en": "{where}: refused, unknown person {ids}"},
    "err_refused_unknown_company": {"fr": "{where} : refusé, entreprise(s) inconnue(s) : {ids}",
                                    "en": "{where}: refused, unknown company {ids}"},
    "err_store_other": {"fr": "{where} : la base refuse ({detail})",
                        "en": "{where}: {detail}"},
    "err_neo4j_busy": {"fr": "{where} : le serveur est occupé, réessayez ({detail})",
                       "en": "{where}: the server is busy, try again ({detail})"},
    "err_neo4j_refused": {"fr": "{where} : le serveur a refusé une requête ({detail})",
                          "en": "{where}: the server refused a request ({detail})"},
    "err_neo4j_other": {"fr": "{where} : {detail}", "en": "{where}: {detail}"},
    # imports (ingest/)
    "err_need_me_several": {"fr": "indiquez à qui sont ces contacts (votre nom) : ce carnet a "
                                  "plusieurs membres",
                            "en": "say whose contacts these are (your name): this notebook has "
                                  "several members"},
    "err_no_file": {"fr": "{file} : fichier introuvable", "en": "{file}: no such file"},
    "err_unknown_format": {"fr": "format inconnu « {format} » (formats : {formats})",
                           "en": "unknown format '{format}' (formats: {formats})"},
    "err_unknown_format_of": {"fr": "{file} : impossible de deviner le format d'après le nom ; "
                                    "choisissez-le dans « Format »",
                              "en": "{file}: cannot tell the format from the name; choose it "
                                    "under \"Format\""},
    "err_carnet_json_apart": {"fr": "une sauvegarde Carnet se restaure à part (page Données, ou "
                                    "carnet import)",
                              "en": "a Carnet backup is restored apart (the Data page, or "
                                    "carnet import)"},
    "err_unknown_fields": {"fr": "champ(s) inconnu(s) dans les colonnes : {fields} (champs : "
                                 "{known})",
                           "en": "unknown field(s) in the column mapping: {fields} (fields: "
                                 "{known})"},
    "err_no_such_columns": {"fr": "{file} : aucune colonne nommée {names} (colonnes : "
                                  "{columns})",
                            "en": "{file}: no column named {names} (columns: {columns})"},
    "err_ambiguous_column": {"fr": "{file} : plusieurs colonnes se nomment « {name} » : "
                                   "choisissez {choices}",
                             "en": "{file}: several columns are named '{name}': choose "
                                   "{choices}"},
    "err_not_csv": {"fr": "{file} : ligne {line} : ce n'est pas un CSV lisible",
                    "en": "{file}: line {line}: not a readable CSV"},
    "err_utf16": {"fr": "{file} : texte UTF-16 abîmé", "en": "{file}: broken UTF-16 text"},
    # disk reasons (graph/core/errors.py: disk_reason)
    "disk_full": {"fr": "le disque est plein", "en": "the disk is full"},
    "disk_quota": {"fr": "le quota du disque est atteint", "en": "the disk quota is used up"},
    "disk_file_too_large": {"fr": "le fichier serait trop gros",
                            "en": "the file would be too large"},
    "disk_read_only": {"fr": "le disque est en lecture seule", "en": "the disk is read-only"},
    "disk_permission": {"fr": "permission refusée", "en": "permission denied"},
}
