"""Messages to ask well, in French and English: the double opt-in ask to an introducer with a
note they can forward, and for each follow-up the first contact, a gentle nudge or thanks.
They are drafts: the person edits and sends them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from graph.core import formatting
from graph.core.model import IntroRequest, Knows, Person, Referral
from graph.services.explain import span
from graph.services.lifecycle import find_intro, find_referral
from graph.stores.port import GraphStore

DRAFTS: Final = {
    "en": {
        "ask": "Hello {introducer},\n\nI hope you are well. I am trying to reach {target}{job}"
               ". {why}Would you be comfortable introducing me? If so, I have written a short "
               "note below that you can forward; and if you would rather ask {target} first "
               "whether they are open to it, that is even better.\n\nWhat I can offer: "
               "{offer}\n\nAnd if it is not the right time, or you would rather not, just say "
               "so: no problem at all, and thank you either way.\n\n{me}",
        "blurb": "{me}{about}. {me_first} would like to talk with {target}{job}, whenever "
                 "suits them.",
        "why_tie": "I know you {how}. ",
        "why_referral": "{referrer} told me: \"{context}\". ",
        "why_you": "You told me: \"{context}\". ",
        "mentioned_referral": "{referrer} told me about {first}. ",
        "mentioned_you": "You told me about {first}. ",
        "mentioned_introducer": "{referrer} told me about you. ",
        "job": " ({title} at {company})",
        "offer": "my experience in communication, and a first conversation of twenty minutes "
                 "at most.",
        "about_blank": ", [one line about what you do]",
    },
    "fr": {
        "ask": "Bonjour {introducer},\n\nJ'espère que tu vas bien. J'aimerais entrer en "
               "contact avec {target}{job}. {why}Accepterais-tu de nous mettre en relation ? "
               "Si oui, voici un petit mot que tu peux transférer ; et si tu préfères d'abord "
               "demander à {target} si c'est le bon moment, c'est encore mieux.\n\nCe que je "
               "peux apporter : {offer}\n\nEt si ce n'est pas le moment ou que tu préfères "
               "ne pas le faire, dis-le-moi simplement : aucun souci, et merci dans tous les "
               "cas.\n\n{me}",
        "blurb": "{me}{about}. {me_first} aimerait échanger avec {target}{job}, au moment qui "
                 "lui convient.",
        "why_tie": "Je sais que vous vous connaissez ({how}). ",
        "why_referral": "{referrer} m'a dit : « {context} ». ",
        "why_you": "Tu m'avais dit : « {context} ». ",
        "mentioned_referral": "{referrer} m'a parlé {of_first}. ",
        "mentioned_you": "Tu m'avais parlé {of_first}. ",
        "mentioned_introducer": "{referrer} m'a parlé de toi. ",
        "job": " ({title} chez {company})",
        "offer": "mon expérience en communication, et un premier échange de vingt minutes au "
                 "plus.",
        "about_blank": ", [une phrase sur ce que vous faites]",
    },
}


QUOTED: Final = re.compile(r"[«\"“]\s*(.+?)\s*[»\"”]")  # what was said, in quotes


@dataclass(frozen=True)
class Draft:
    ask: str    # to the introducer: why this person, what you offer, an easy way to say no
    blurb: str  # a short note about you that the introducer can forward


def draft_messages(me: Person, introducer: Person, target: Person, *, title: str = "",
                   company: str = "", tie: Knows | None = None, referral: Referral | None = None,
                   referrer: str = "", lang: str = "fr") -> Draft:
    """The double opt-in ask and the forwardable blurb, filled from the path's context."""
    text = DRAFTS[lang if lang in DRAFTS else "en"]
    job = text["job"].format(title=title, company=company) if title and company else (
        f" ({company})" if company else "")
    why = ""
    if referral is not None:  # quote the referrer only where the note is a quotation
        said = QUOTED.match(referral.context.strip())
        whose = ("you" if referral.referrer == introducer.id else
                 "introducer" if referral.referee == introducer.id and not said else "referral")
        why = text[f"why_{whose}" if said else f"mentioned_{whose}"].format(
            referrer=referrer, context=said.group(1).rstrip(".") if said else "",
            first=_first(target), of_first=formatting.of(_first(target)))
    elif tie is not None and tie.how_met:
        why = text["why_tie"].format(how=tie.how_met)
    about = _introducing(me, lang)
    first = _first(introducer)
    return Draft(
        ask=text["ask"].format(introducer=first, target=target.name, job=job, why=why,
                               offer=text["offer"], me=me.name),
        blurb=text["blurb"].format(me=me.name, about=about, me_first=_first(me),
                                   target=target.name, job=job))


def intro_context(store: GraphStore, intro: IntroRequest) -> tuple[Knows | None,
                                                                     Referral | None]:
    """How the introducer and the target are linked: their tie, and the latest referral."""
    tie = store.tie(intro.introducer, intro.target)
    linked = [r for r in store.referrals()
              if {r.referrer, r.referee} == {intro.introducer, intro.target}]
    return tie, max(linked, key=lambda r: r.date or "") if linked else None


def draft_for(store: GraphStore, intro: IntroRequest, lang: str = "fr") -> Draft:
    target_jobs = [j for j in store.jobs_of(intro.target) if j.current]
    job = next((j for j in target_jobs if j.company == intro.company), None) or (
        target_jobs[0] if target_jobs else None)
    tie, referral = intro_context(store, intro)
    return draft_messages(
        store.get_person(intro.requester), store.get_person(intro.introducer),
        store.get_person(intro.target), title=job.title if job else "",
        company=store.get_company(job.company).name if job else "", tie=tie,
        referral=referral,
        referrer=store.get_person(referral.referrer).name if referral else "", lang=lang)


NUDGES: Final = {
    "en": {
        "contact": "Hello {whom},\n\n{person} suggested I get in touch with you. I am "
                   "{me}{about}.\n\nWould you have twenty minutes for a chat, by video or over "
                   "a coffee, in the coming weeks? And if now is not a good time, I will quite "
                   "understand.\n\nBest regards,\n{me}",
        "nudge": "Hello {whom},\n\nI am coming back to you after my last message: "
                 "{person} had suggested we talk. Would you have twenty minutes in the coming "
                 "weeks? And if it is not the right time, just tell me: no problem at all."
                 "\n\nBest regards,\n{me}",
        "no_answer": "Hello {whom},\n\nJust coming back to you about {about_name}: no rush "
                     "at all, I only wanted to know whether you had a chance to think about "
                     "it. If it is not the right time, or you would rather not, that is "
                     "completely fine: just tell me.\n\nThanks again,\n{me}",
        "thank": "Hello {whom},\n\nA quick note to thank you for suggesting {about_name}: we "
                 "talked, and it was well worth it. Thank you for thinking of me!\n\n{me}",
    },
    "fr": {
        "contact": "Bonjour {whom},\n\n{person} m'a conseillé de vous contacter. Je "
                   "suis {me}{about}.\n\nAuriez-vous vingt minutes pour un échange, en visio "
                   "ou autour d'un café, dans les semaines qui viennent ? Et si ce n'est pas le "
                   "moment, je le comprendrai très bien.\n\nBien à vous,\n{me}",
        "nudge": "Bonjour {whom},\n\nJe me permets de revenir vers vous après mon premier "
                 "message : {person} nous avait suggéré d'échanger. Auriez-vous vingt minutes "
                 "dans les semaines qui viennent ? Et si ce n'est pas le moment, dites-le-moi "
                 "simplement : aucun souci.\n\nBien à vous,\n{me}",
        "no_answer": "Bonjour {whom},\n\nJe reviens vers toi au sujet de {about_name} : "
                     "rien d'urgent, je voulais juste savoir si tu avais pu y penser. Si ce "
                     "n'est pas le moment ou que tu préfères ne pas le faire, aucun souci : "
                     "dis-le-moi simplement.\n\nMerci encore,\n{me}",
        "thank": "Bonjour {whom},\n\nUn petit mot pour te remercier de m'avoir recommandé "
                 "{about_name} : nous avons échangé, et cela en valait vraiment la peine. "
                 "Merci d'avoir pensé à moi !\n\n{me}",
    },
}


def followup_draft(store: GraphStore, kind: str, record: str, lang: str = "fr") -> str:
    """A message for a follow-up (``FollowUp.kind`` and ``.record``), to edit and send: the
    first contact with a suggested person (naming who suggested them), a gentle nudge to a
    silent introducer, or thanks."""
    text = NUDGES[lang if lang in NUDGES else "en"][kind]
    if kind == "no_answer":
        intro = find_intro(store, record)
        me, whom, concerned, source = (intro.requester, intro.introducer, intro.target,
                                       intro.introducer)
    else:  # (the referral's context is the user's own note: not quoted to the person)
        referral = find_referral(store, record)
        me, concerned, source = referral.for_, referral.referee, referral.referrer
        whom = referral.referee if kind in ("contact", "nudge") else referral.referrer
    member = store.get_person(me)
    return text.format(whom=_first(store.get_person(whom)),
                       person=store.get_person(source).name,
                       about_name=store.get_person(concerned).name, me=member.name,
                       about=_introducing(member, lang))


def _introducing(me: Person, lang: str) -> str:
    """How a member presents themself after their name: their notes (", consultante…") when
    they are written in the draft's language, else a blank to fill (a draft is wholly in one
    language)."""
    if not me.notes:
        return ""
    if _looks_french(me.notes) != (lang == "fr"):
        return DRAFTS[lang if lang in DRAFTS else "en"]["about_blank"]
    return f", {me.notes.rstrip('.')}"


FRENCH_WORDS: Final = frozenset({
    "de", "des", "du", "le", "la", "les", "et", "en", "à", "au", "chez", "pour", "depuis", "une",
    "un", "dans", "sur", "avec", "peu"})
ENGLISH_WORDS: Final = frozenset({
    "the", "of", "and", "in", "at", "for", "since", "a", "an", "with", "to", "on", "recently",
    "who"})


def _looks_french(text: str) -> bool:
    """More French little words (or accents) than English ones."""
    words = re.findall(r"[\w']+", text.lower())
    french = sum(w in FRENCH_WORDS for w in words) + len(re.findall(r"[éèêàçùœ]", text))
    return french > sum(w in ENGLISH_WORDS for w in words)


def _first(person: Person) -> str:
    return person.name.split()[0]




CATCH_UP: Final = {
    "en": {
        "text": "Hello {first},\n\nIt has been {span} since we last talked, and I am sorry I "
                "let it slip. How are you, and what are you working on these days?\n\nOn my side: "
                "{about}.{doors} I would be glad to catch up, by phone or over a coffee, "
                "whenever suits you.\n\n{me}",
        "doors": " I am also looking into {companies}, and your view would help when we "
                 "talk.",
    },
    "fr": {
        "text": "Bonjour {first},\n\nCela fait {span} que nous ne nous sommes pas parlé, et "
                "je m'en veux d'avoir laissé filer. Comment vas-tu, et sur quoi travailles-tu "
                "en ce moment ?\n\nDe mon côté : {about}.{doors} Ce serait un plaisir de prendre "
                "des nouvelles, au téléphone ou autour d'un café, quand cela t'arrange.\n\n"
                "{me}",
        "doors": " Je m'intéresse aussi à {companies}, et ton regard m'aiderait quand nous "
                 "en parlerons.",
    },
}


def catch_up_draft(me: Person, contact: Person, days: int, companies: list[str],
                   lang: str = "fr") -> str:
    """A short, honest message to re-warm a quiet tie before any ask: news first, and the
    companies the member is looking into said plainly (no pretext). ``days`` since they last
    talked."""
    text = CATCH_UP[lang if lang in CATCH_UP else "en"]
    joined = (" and " if lang != "fr" else " et ").join(companies[:2])
    about = me.notes.strip().rstrip(".") or me.name
    return text["text"].format(
        first=_first(contact), span=span(days, lang),
        about=about[:1].lower() + about[1:] if lang != "fr" else about,
        doors=text["doors"].format(companies=joined) if companies else "", me=me.name)
