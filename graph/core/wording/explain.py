"""Why a path is warm, in words (``graph/services/explain.py`` puts them together): a
hop's facts, the sentence that says whom to ask, why a card ranks where it does."""

from __future__ import annotations

from typing import Final

EXPLAIN: Final[dict[str, dict[str, str]]] = {
    "why_closeness": {"fr": "proximité {n}/5", "en": "closeness {n}/5"},
    "why_last": {"fr": "dernier contact {ago}", "en": "last contact {ago}"},
    "why_since": {"fr": "se connaissent depuis {year}", "en": "known since {year}"},
    "why_since_recent": {"fr": "se sont rencontrés {ago}", "en": "met {ago}"},
    # A tie's start by where it came from (a LinkedIn connection is not a meeting)
    "why_since_linkedin": {"fr": "connectés {ago}", "en": "connected {ago}"},
    "why_since_mail": {"fr": "premier e-mail {ago}", "en": "first e-mail {ago}"},
    "why_since_calendar": {"fr": "première réunion {ago}", "en": "first meeting {ago}"},
    "why_since_noted": {"fr": "noté {ago}", "en": "noted {ago}"},
    "why_interactions": {"fr": "{n} échanges", "en": "{n} exchanges"},
    "why_interactions_one": {"fr": "{n} échange", "en": "{n} exchange"},
    "why_met": {"fr": "rencontre\u00a0: {how}", "en": "met: {how}"},  # (no-break: see why_sep)
    "why_context": {"fr": "contexte\u00a0: {how}", "en": "context: {how}"},
    "why_referral": {
        "fr": "{referrer} a recommandé {referee} le {date}",
        "en": "{referrer} suggested {referee} on {date}",
    },
    "why_referral_undated": {"fr": "{referrer} a recommandé {referee}",
                             "en": "{referrer} suggested {referee}"},
    # The tie between a member and a friend the notebook knows from her referral alone
    "why_referral_told": {"fr": "{referrer} a recommandé {referee} à {member} le {date}",
                          "en": "{referrer} suggested {referee} to {member} on {date}"},
    "why_referral_told_undated": {"fr": "{referrer} a recommandé {referee} à {member}",
                                  "en": "{referrer} suggested {referee} to {member}"},
    "why_offered": {
        "fr": " et propose de préparer le terrain",
        "en": " and offered to prepare the ground",
    },
    "why_direct": {
        "fr": "Vous connaissez {target} ({job}) : prenez contact directement.",
        "en": "You know {target} ({job}) directly: get in touch yourself.",
    },
    "why_ask": {
        "fr": "Demandez à {introducer} de vous présenter à {target} ({job}).",
        "en": "Ask {introducer} to introduce you to {target} ({job}).",
    },
    "why_ask_via": {
        "fr": "Demandez à {introducer} de vous présenter à {target} ({job}), par {middle}.",
        "en": "Ask {introducer} to introduce you to {target} ({job}), through {middle}.",
    },
    # The same, for paths that start from someone who is not the member (``--from``)
    "why_direct_from": {
        "fr": "{source} connaît {target} ({job}) : pas besoin d'intermédiaire.",
        "en": "{source} knows {target} ({job}) directly: no introduction needed.",
    },
    "why_ask_from": {
        "fr": "{source} peut demander à {introducer} une mise en relation avec {target} ({job}).",
        "en": "{source} can ask {introducer} for an introduction to {target} ({job}).",
    },
    "why_ask_via_from": {
        "fr": "{source} peut demander à {introducer} une mise en relation avec {target} ({job}), "
              "par {middle}.",
        "en": "{source} can ask {introducer} for an introduction to {target} ({job}), through "
              "{middle}.",
    },
    "why_pending": {
        "fr": " Une demande à {introducer} attend encore une réponse.",
        "en": " An ask to {introducer} is still waiting for an answer.",
    },
    "why_record": {
        "fr": " Demandes passées : {positive} sur {asks} ont ouvert une porte.",
        "en": " Past asks: {positive} of {asks} opened a door.",
    },
    "why_record_one": {
        "fr": " Demandes passées : {positive} sur {asks} a ouvert une porte.",
        "en": " Past asks: {positive} of {asks} opened a door.",
    },
    "why_record_none": {
        "fr": " Demandes passées : aucune sur {asks} n'a ouvert de porte.",
        "en": " Past asks: none of {asks} opened a door.",
    },
    "why_record_none_single": {
        "fr": " La seule demande passée n'a rien donné.",
        "en": " The one past ask came to nothing.",
    },
    "why_former": {
        "fr": "anciennement {title} chez {company}",
        "en": "formerly {title} at {company}",
    },
    "why_job": {"fr": "{title} chez {company}", "en": "{title} at {company}"},
    "why_today": {"fr": "aujourd'hui", "en": "today"},
    "why_yesterday": {"fr": "hier", "en": "yesterday"},
    "why_days": {"fr": "il y a {n} jours", "en": "{n} days ago"},
    "why_weeks": {"fr": "il y a {n} semaines", "en": "{n} weeks ago"},
    "why_months": {"fr": "il y a {n} mois", "en": "{n} months ago"},
    "why_months_one": {"fr": "il y a un mois", "en": "a month ago"},
    "why_years": {"fr": "il y a {n} ans", "en": "{n} years ago"},
    "why_and": {"fr": " et ", "en": " and "},
    "why_sep": {"fr": "\u00a0; ", "en": "; "},  # (a no-break space: no line starts with ;)
    "why_warm_first": {"fr": "votre lien proche avec {b}", "en": "your close tie with {b}"},
    "why_warm_tie": {
        "fr": "un lien proche entre {a} et {b}",
        "en": "a close tie between {a} and {b}",
    },
    "why_weak_first": {"fr": "votre lien faible avec {b}", "en": "your weak tie with {b}"},
    "why_weak_tie": {
        "fr": "un lien faible entre {a} et {b}",
        "en": "a weak tie between {a} and {b}",
    },
    "why_stale_first": {  # (brackets: "…, sans nouvelles depuis 13 mois et un lien…" misread)
        "fr": "votre lien avec {b} (sans nouvelles depuis {span})",
        "en": "your tie with {b} (quiet for {span})",
    },
    "why_stale_tie": {
        "fr": "un lien entre {a} et {b} sans nouvelles depuis {span}",
        "en": "a tie between {a} and {b} quiet for {span}",
    },
    "why_n_months": {"fr": "{n} mois", "en": "{n} months"},
    "why_n_months_one": {"fr": "un mois", "en": "a month"},
    "why_n_years": {"fr": "{n} ans", "en": "{n} years"},
    # (in ties, as the numbers behind the score count them and the path line draws them:
    # "2 intermédiaires" was read as two people where the card names one "par …")
    "why_long": {"fr": "un chemin de {n} liens", "en": "a path of {n} ties"},
    "why_left_company": {
        "fr": "le départ {of_target} de l'entreprise",
        "en": "{target} having left the company",
    },
    "why_record_good": {
        "fr": "le bilan {of_a} (demandes qui ont ouvert une porte : {positive} sur {asks})",
        "en": "{a}'s record ({positive} of {asks} asks opened a door)",
    },
    "why_record_bad": {
        "fr": "{negative} refus {of_a}",
        "en": "{a}'s past declines ({negative})",
    },
    "why_pending_ask": {
        "fr": "une demande à {a} encore sans réponse",
        "en": "an ask to {a} still waiting",
    },
    "why_helped": {"fr": "Porté par {lifts}.", "en": "Helped by {lifts}."},
    "why_held": {"fr": "Freiné par {drags}.", "en": "Held back by {drags}."},
    "why_both": {
        "fr": "Porté par {lifts} ; freiné par {drags}.",
        "en": "Helped by {lifts}; held back by {drags}.",
    },
    # Two people who met by Carnet's records (an introduction, a referral): who brought them
    # together (``explain.why_tie``'s ``met_through``)
    "why_met_through": {"fr": "rencontre grâce à {who} ({date})",
                        "en": "met through {who} ({date})"},
    "why_met_through_undated": {"fr": "rencontre grâce à {who}", "en": "met through {who}"},
    "why_intro_tie": {
        "fr": "{introducer} a accepté de présenter {requester} à {target} ({date})",
        "en": "{introducer} agreed to introduce {requester} to {target} ({date})",
    },
    "why_intro_tie_undated": {
        "fr": "{introducer} a accepté de présenter {requester} à {target}",
        "en": "{introducer} agreed to introduce {requester} to {target}",
    },
    "why_declined": {
        "fr": "{introducer} a refusé le {date} de vous présenter à {target} : ce chemin "
              "n'est plus proposé.",
        "en": "{introducer} declined on {date} to introduce you to {target}: that path is no "
              "longer suggested.",
    },
    "why_unanswered": {
        "fr": "Votre demande à {introducer} du {date} pour vous présenter à {target} est "
              "restée sans réponse : ce chemin n'est plus proposé.",
        "en": "Your ask of {date} to {introducer} to introduce you to {target} went "
              "unanswered: that path is no longer suggested.",
    },
    "why_unanswered_undated": {
        "fr": "Votre demande à {introducer} pour vous présenter à {target} est restée sans "
              "réponse : ce chemin n'est plus proposé.",
        "en": "Your ask to {introducer} to introduce you to {target} went unanswered: that "
              "path is no longer suggested.",
    },
    "why_declined_undated": {
        "fr": "{introducer} a refusé de vous présenter à {target} : ce chemin n'est plus "
              "proposé.",
        "en": "{introducer} declined to introduce you to {target}: that path is no longer "
              "suggested.",
    },
    # A referral to someone at the company that no card shows (``explain.why_referred``)
    "why_referred": {
        "fr": "{referrer} vous a recommandé {referee} ({job}) le {date}",
        "en": "{referrer} suggested you contact {referee} ({job}) on {date}",
    },
    "why_referred_undated": {"fr": "{referrer} vous a recommandé {referee} ({job})",
                             "en": "{referrer} suggested you contact {referee} ({job})"},
    "why_referred_offered": {
        "fr": " et propose de préparer le terrain\u00a0: demandez à {referrer} de le faire, puis "
              "écrivez à {referee} de sa part.",
        "en": " and offered to prepare the ground: ask {referrer} to, then write to {referee}, "
              "mentioning {referrer}.",
    },
    "why_referred_write": {
        "fr": "\u00a0: écrivez à {referee} de la part de {referrer}.",
        "en": ": write to {referee}, mentioning {referrer}.",
    },
    "why_rewarm": {
        "fr": "Reprenez d'abord contact avec {name} : votre lien est le maillon faible de ce "
              "chemin ({tie}). Le contact renoué, le chemin passerait de {now} à {fresh}.",
        "en": "Re-warm {name} first: your tie is the weak link of this path ({tie}). Back in "
              "touch, the path would score {fresh} instead of {now}.",
    },
    "why_rewarm_from": {
        "fr": "{source} devrait d'abord reprendre contact avec {name} : leur lien est le "
              "maillon faible de ce chemin ({tie}). Le contact renoué, le chemin passerait de "
              "{now} à {fresh}.",
        "en": "{source} should re-warm {name} first: their tie is the weak link of this path "
              "({tie}). Back in touch, the path would score {fresh} instead of {now}.",
    },
    # A contact at the company the member barely knows, and a friend's warmer introduction
    # to her (``warmer.why_warmer``): her card advises it first
    "why_warmer": {
        "fr": "Vous connaissez peu {target} ({direct}) : par {introducer}, le chemin est plus "
              "chaud ({score}). Demandez-lui de préparer le terrain avant de contacter {target}.",
        "en": "You barely know {target} ({direct}): through {introducer}, the path is warmer "
              "({score}). Ask {introducer} to prepare the ground before you contact {target}.",
    },
    "why_warmer_via": {
        "fr": "Vous connaissez peu {target} ({direct}) : par {introducer}, puis {middle}, le "
              "chemin est plus chaud ({score}). Demandez à {introducer} de faire préparer le "
              "terrain avant de contacter {target}.",
        "en": "You barely know {target} ({direct}): through {introducer}, then {middle}, the "
              "path is warmer ({score}). Ask {introducer} to have the ground prepared before "
              "you contact {target}.",
    },
    "why_warmer_from": {
        "fr": "{source} connaît peu {target} ({direct}) : par {introducer}, le chemin est plus "
              "chaud ({score}) ; {introducer} peut préparer le terrain.",
        "en": "{source} barely knows {target} ({direct}): through {introducer}, the path is "
              "warmer ({score}); {introducer} can prepare the ground.",
    },
    "why_warmer_via_from": {
        "fr": "{source} connaît peu {target} ({direct}) : par {introducer}, puis {middle}, le "
              "chemin est plus chaud ({score}) ; {introducer} peut faire préparer le terrain.",
        "en": "{source} barely knows {target} ({direct}): through {introducer}, then {middle}, "
              "the path is warmer ({score}); {introducer} can have the ground prepared.",
    },
    "why_source_manual": {"fr": "lien noté à la main", "en": "tie noted by hand"},
    "why_source_linkedin": {"fr": "relation LinkedIn", "en": "LinkedIn connection"},
    "why_source_vcard": {"fr": "dans les contacts du téléphone", "en": "in the phone's contacts"},
    "why_source_google": {"fr": "dans Google Contacts", "en": "in Google Contacts"},
    "why_source_csv": {"fr": "d'une liste de contacts", "en": "from a contact list"},
    "why_source_referral": {"fr": "connu par une recommandation", "en": "known through a referral"},
    "why_source_mail": {"fr": "e-mails dans les deux sens", "en": "e-mails both ways"},
    "why_source_calendar": {"fr": "rencontres en réunion", "en": "met in meetings"},
}
