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
