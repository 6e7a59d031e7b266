"""The messages Carnet drafts for the user to edit and send (``graph/services/drafts.py``):
the double opt-in ask and its note to forward, the notes of a follow-up, a catching-up
message."""

from __future__ import annotations

from typing import Final

DRAFTS: Final[dict[str, dict[str, str]]] = {
    # (what she does is said in the note to forward, from her own notes: never a trade of
    # ours; « mon expérience en communication », the demo's, was said for everyone)
    "intro_ask": {
        "fr": "Bonjour {introducer},\n\nJ'espère que tu vas bien. {reach} Si oui, voici un "
              "petit mot que tu peux transférer ; {first_ask}\n\nUn premier échange de vingt "
              "minutes au plus me suffirait.\n\nEt si ce n'est pas le moment ou que tu "
              "préfères ne pas le faire, dis-le-moi simplement : aucun souci, et merci dans "
              "tous les cas.\n\n{me}",
        "en": "Hello {introducer},\n\nI hope you are well. {reach} If so, I have written a "
              "short note below that you can forward; {first_ask}\n\nA first conversation of "
              "twenty minutes at most would be plenty.\n\nAnd if it is not the right time, or "
              "you would rather not, just say so: no problem at all, and thank you either "
              "way.\n\n{me}",
    },
    # (what she asks of the introducer: to introduce her; or, to someone she barely knows
    # herself, to put in a word first, so that her own message is expected)
    "intro_reach": {
        "fr": "J'aimerais entrer en contact avec {target}{job}. {why}Accepterais-tu de nous "
              "mettre en relation ?",
        "en": "I am trying to reach {target}{job}. {why}Would you be comfortable introducing "
              "me?",
    },
    "intro_reach_known": {
        "fr": "Je connais un peu {target}{job}, sans plus. {why}Accepterais-tu de parler de moi "
              "à {first} avant que je lui écrive ?",
        "en": "I know {target}{job} a little, but not well. {why}Would you be comfortable "
              "putting in a word for me with {first} before I get in touch?",
    },
    "intro_reach_known_via": {
        "fr": "Je connais un peu {target}{job}, sans plus. {why}Accepterais-tu de demander à "
              "{via_first} de parler de moi à {first} avant que je lui écrive ?",
        "en": "I know {target}{job} a little, but not well. {why}Would you be comfortable "
              "asking {via_first} to put in a word for me with {first} before I get in touch?",
    },
    "intro_blurb": {
        "fr": "{me}{about}. {me_first} aimerait échanger avec {target}{job}, au moment qui lui "
              "convient.",
        "en": "{me}{about}. {me_first} would like to talk with {target}{job}, whenever suits "
              "them.",
    },
    # (when nothing in the draft's language says what the member does)
    "intro_blurb_bare": {
        "fr": "{me} aimerait échanger avec {target}{job}, au moment qui lui convient.",
        "en": "{me} would like to talk with {target}{job}, whenever suits them.",
    },
    "intro_why_tie": {
        "fr": "Je sais que vous vous connaissez ({how}). ",
        "en": "I know you {how}. ",
    },
    "intro_why_referral": {
        "fr": "{referrer} m'a dit : « {context} ». ",
        "en": "{referrer} told me: \"{context}\". ",
    },
    "intro_why_you": {
        "fr": "Tu m'avais dit : « {context} ». ",
        "en": "You told me: \"{context}\". ",
    },
    "intro_mentioned_referral": {
        "fr": "{referrer} m'a parlé {of_first}. ",
        "en": "{referrer} told me about {first}. ",
    },
    "intro_mentioned_you": {
        "fr": "Tu m'avais parlé {of_first}. ",
        "en": "You told me about {first}. ",
    },
    "intro_mentioned_introducer": {
        "fr": "{referrer} m'a parlé de toi. ",
        "en": "{referrer} told me about you. ",
    },
    # (the introducer does not know the target: the path goes on through someone she knows)
    "intro_via": {
        "fr": "Je crois {that_via} connaît {first} : tu pourrais peut-être passer par "
              "{via_first}. ",
        "en": "I believe {via} knows {first}: perhaps you could go through {via_first}. ",
    },
    # (the introducer's way to check with the person first: herself, or through the
    # go-between she would ask, who knows the person)
    "intro_first_ask": {
        "fr": "et si tu préfères d'abord demander à {target} si c'est le bon moment, c'est "
              "encore mieux.",
        "en": "and if you would rather ask {target} first whether they are open to it, that "
              "is even better.",
    },
    # (she knows the person a little: a word said, not a note forwarded, is what she asks)
    "intro_first_ask_known": {
        "fr": "et si tu préfères lui en parler de vive voix, c'est encore mieux.",
        "en": "and if you would rather mention me in person, that is even better.",
    },
    "intro_first_ask_known_via": {
        "fr": "et si {via_first} préfère lui en parler de vive voix, c'est encore mieux.",
        "en": "and if {via_first} would rather mention me in person, that is even better.",
    },
    "intro_first_ask_via": {
        "fr": "et si {via_first} peut d'abord demander à {first} si c'est le bon moment, c'est "
              "encore mieux.",
        "en": "and if {via_first} could ask {first} first whether they are open to it, that "
              "is even better.",
    },
    "intro_job": {"fr": " ({title} chez {company})", "en": " ({title} at {company})"},
    "note_contact": {
        "fr": "Bonjour {whom},\n\n{person} m'a conseillé de vous contacter. Je suis "
              "{me}{about}.\n\nAuriez-vous vingt minutes pour un échange, en visio ou autour d'un "
              "café, dans les semaines qui viennent ? Et si ce n'est pas le moment, je le "
              "comprendrai très bien.\n\nBien à vous,\n{me}",
        "en": "Hello {whom},\n\n{person} suggested I get in touch with you. I am "
              "{me}{about}.\n\nWould you have twenty minutes for a chat, by video or over a "
              "coffee, in the coming weeks? And if now is not a good time, I will quite "
              "understand.\n\nBest regards,\n{me}",
    },
    # (to the friend who offered to prepare the ground, before the first message)
    "note_prepare": {
        "fr": "Bonjour {whom},\n\nMerci encore de m'avoir parlé de {about_name}. Tu m'avais "
              "proposé de préparer le terrain : pourrais-tu lui dire un mot de moi, et me dire "
              "quand je peux lui écrire ? Je lui enverrai ensuite un petit message.\n\nMerci "
              "beaucoup,\n{me}",
        "en": "Hello {whom},\n\nThank you again for telling me about {about_name}. You kindly "
              "offered to prepare the ground: could you put in a word for me, and let me know "
              "when I can write to them? I will then send a short message.\n\nMany thanks,\n"
              "{me}",
    },
    "note_nudge": {
        "fr": "Bonjour {whom},\n\nJe me permets de revenir vers vous après mon premier message : "
              "{person} nous avait suggéré d'échanger. Auriez-vous vingt minutes dans les "
              "semaines qui viennent ? Et si ce n'est pas le moment, dites-le-moi simplement : "
              "aucun souci.\n\nBien à vous,\n{me}",
        "en": "Hello {whom},\n\nI am coming back to you after my last message: {person} had "
              "suggested we talk. Would you have twenty minutes in the coming weeks? And if it is "
              "not the right time, just tell me: no problem at all.\n\nBest regards,\n{me}",
    },
    "note_no_answer": {
        "fr": "Bonjour {whom},\n\nJe reviens vers toi au sujet de {about_name} : rien d'urgent, "
              "je voulais juste savoir si tu avais pu y penser. Si ce n'est pas le moment ou que "
              "tu préfères ne pas le faire, aucun souci : dis-le-moi simplement.\n\nMerci "
              "encore,\n{me}",
        "en": "Hello {whom},\n\nJust coming back to you about {about_name}: no rush at all, I "
              "only wanted to know whether you had a chance to think about it. If it is not the "
              "right time, or you would rather not, that is completely fine: just tell "
              "me.\n\nThanks again,\n{me}",
    },
    "note_not_introduced": {
        "fr": "Bonjour {whom},\n\nMerci encore d'avoir accepté de me présenter à {about_name}. "
              "Je reviens vers toi pour savoir où tu en es : rien d'urgent, et si le moment ne "
              "s'y prête plus, dis-le-moi simplement.\n\nMerci,\n{me}",
        "en": "Hello {whom},\n\nThanks again for agreeing to introduce me to {about_name}. Just "
              "checking in to see where things stand: no rush at all, and if the timing no "
              "longer works, just tell me.\n\nThanks,\n{me}",
    },
    "note_thank": {
        "fr": "Bonjour {whom},\n\nUn petit mot pour te remercier de m'avoir recommandé "
              "{about_name} : nous avons échangé, et cela en valait vraiment la peine. Merci "
              "d'avoir pensé à moi !\n\n{me}",
        "en": "Hello {whom},\n\nA quick note to thank you for suggesting {about_name}: we talked, "
              "and it was well worth it. Thank you for thinking of me!\n\n{me}",
    },
    "note_thank_intro": {
        "fr": "Bonjour {whom},\n\nUn petit mot pour te remercier de la mise en relation avec "
              "{about_name} : merci d'avoir pris le temps, c'est vraiment gentil. Je te tiens au "
              "courant de la suite.\n\n{me}",
        "en": "Hello {whom},\n\nA quick note to thank you for the introduction to {about_name}: "
              "thank you for taking the time, it was really kind. I will let you know how it "
              "goes.\n\n{me}",
    },
    "catch_up": {
        "fr": "Bonjour {first},\n\nCela fait {span} que nous ne nous sommes pas parlé, et je m'en "
              "veux d'avoir laissé filer. Comment vas-tu, et sur quoi travailles-tu en ce "
              "moment ?\n\nDe mon côté : {about}.{doors} Ce serait un plaisir de prendre des "
              "nouvelles, au téléphone ou autour d'un café, quand cela t'arrange.\n\n{me}",
        "en": "Hello {first},\n\nIt has been {span} since we last talked, and I am sorry I let it "
              "slip. How are you, and what are you working on these days?\n\nOn my side: "
              "{about}.{doors} I would be glad to catch up, by phone or over a coffee, whenever "
              "suits you.\n\n{me}",
    },
    # (when the member's notes are empty, or not in the draft's language)
    "catch_up_bare": {
        "fr": "Bonjour {first},\n\nCela fait {span} que nous ne nous sommes pas parlé, et je m'en "
              "veux d'avoir laissé filer. Comment vas-tu, et sur quoi travailles-tu en ce "
              "moment ?{doors} Ce serait un plaisir de prendre des nouvelles, au téléphone ou "
              "autour d'un café, quand cela t'arrange.\n\n{me}",
        "en": "Hello {first},\n\nIt has been {span} since we last talked, and I am sorry I let it "
              "slip. How are you, and what are you working on these days?{doors} I would be glad "
              "to catch up, by phone or over a coffee, whenever suits you.\n\n{me}",
    },
    # A company's name takes no article of ours (« à Groupe Méditerranée Énergie » lacked one,
    # and its gender cannot be guessed): « l'entreprise X », « les entreprises X et Y ».
    "catch_up_doors": {
        "fr": " Je m'intéresse aussi aux entreprises {companies}, et ton regard m'aiderait quand "
              "nous en parlerons.",
        "en": " I am also looking into {companies}, and your view would help when we talk.",
    },
    "catch_up_doors_one": {
        "fr": " Je m'intéresse aussi à l'entreprise {companies}, et ton regard m'aiderait quand "
              "nous en parlerons.",
        "en": " I am also looking into {companies}, and your view would help when we talk.",
    },
}
