"""Messages to ask well, in French and English: the double opt-in ask to an introducer with a
note they can forward, and for each follow-up the first contact, a gentle nudge or thanks.
They are drafts: the person edits and sends them. Their words are in
``graph/core/wording/drafts.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from graph.core import formatting
from graph.core.model import IntroRequest, Knows, Person, Referral
from graph.core.scoring import barely_known, tie_strength
from graph.core.wording import say, say_n
from graph.services.explain import span
from graph.services.lifecycle import find_intro, find_referral
from graph.stores.port import GraphStore

QUOTED: Final = re.compile(r"[«\"“]\s*(.+?)\s*[»\"”]")  # what was said, in quotes


@dataclass(frozen=True)
class Draft:
    ask: str    # to the introducer: why this person, how little you ask, an easy way to say no
    blurb: str  # a short note about you that the introducer can forward


def draft_messages(me: Person, introducer: Person, target: Person, *, title: str = "",
                   company: str = "", tie: Knows | None = None, referral: Referral | None = None,
                   referrer: str = "", lang: str = "en", my_title: str = "",
                   via: Person | None = None, known_a_little: bool = False) -> Draft:
    """The double opt-in ask and the forwardable blurb, filled from the path's context
    (``my_title``: the member's current job title, said of them when their notes are not in
    the draft's language; ``via``: whom the introducer would go through, when she does not
    know the target herself; ``known_a_little``: the member barely knows the target, and asks
    the introducer to put in a word before she writes herself: ``warmer.py``'s advice)."""
    job = say("intro_job", lang, title=title, company=company) if title and company else (
        f" ({company})" if company else "")
    # (barely known: a word put in first, not an introduction)
    reach = "intro_reach_known" if known_a_little else "intro_reach"
    why, first_ask = "", say("intro_first_ask_known" if known_a_little else "intro_first_ask",
                             lang, target=target.name)
    if referral is not None:  # quote the referrer only where the note is a quotation
        said = QUOTED.match(referral.context.strip())
        whose = ("you" if referral.referrer == introducer.id else
                 "introducer" if referral.referee == introducer.id and not said else "referral")
        why = say(f"intro_why_{whose}" if said else f"intro_mentioned_{whose}", lang,
                  referrer=referrer, context=said.group(1).rstrip(".") if said else "",
                  first=_first(target), of_first=formatting.of(_first(target)))
    elif tie is not None and tie.how_met:
        why = say("intro_why_tie", lang, how=tie.how_met)
    elif tie is None and via is not None:
        # she does not know the target: the go-between, not she, would ask the target first
        why = say("intro_via", lang, via=via.name, that_via=formatting.that(via.name),
                  first=_first(target), via_first=_first(via))
        if known_a_little:  # (the go-between, who knows the person, puts in a word)
            reach = "intro_reach_known_via"
        first_ask = say("intro_first_ask_known_via" if known_a_little else "intro_first_ask_via",
                        lang, via_first=_first(via), first=_first(target))
    about = _about(me, lang, my_title)
    return Draft(
        ask=say("intro_ask", lang, introducer=_first(introducer), first_ask=first_ask,
                reach=say(reach, lang, target=target.name, job=job, why=why,
                          first=_first(target), via_first=_first(via) if via else ""),
                me=me.name),
        blurb=say("intro_blurb" if about else "intro_blurb_bare", lang, me=me.name,
                  about=f", {about}", me_first=_first(me), target=target.name, job=job))


def intro_context(store: GraphStore, intro: IntroRequest) -> tuple[Knows | None,
                                                                     Referral | None]:
    """How the introducer and the target are linked: their tie, and the latest referral."""
    tie = store.tie(intro.introducer, intro.target)
    linked = [r for r in store.referrals()
              if {r.referrer, r.referee} == {intro.introducer, intro.target}]
    return tie, max(linked, key=lambda r: r.date or "") if linked else None


def draft_for(store: GraphStore, intro: IntroRequest, lang: str = "en") -> Draft:
    target_jobs = [j for j in store.jobs_of(intro.target) if j.current]
    job = next((j for j in target_jobs if j.company == intro.company), None) or (
        target_jobs[0] if target_jobs else None)
    tie, referral = intro_context(store, intro)
    requester = store.get_person(intro.requester)
    own = store.tie(intro.requester, intro.target)  # (she may know the target a little)
    return draft_messages(
        requester, store.get_person(intro.introducer),
        store.get_person(intro.target), title=job.title if job else "",
        company=store.get_company(job.company).name if job else "", tie=tie,
        referral=referral,
        referrer=store.get_person(referral.referrer).name if referral else "", lang=lang,
        my_title=_title_if_needed(store, requester, lang),
        via=None if tie or referral else _go_between(store, intro.introducer, intro.target,
                                                     {intro.requester, *store.members()}),
        known_a_little=own is not None and barely_known(
            tie_strength(own, date.today()), own.closeness))


def _go_between(store: GraphStore, introducer: str, target: str,
                members: set[str]) -> Person | None:
    """Someone who knows both (the warmest on both sides), for an introducer who does not
    know the target herself; never a member (the one asking is no go-between to herself)."""
    theirs = {t.other(target): t.closeness or 0 for t in store.ties_of(target)
              if t.other(target) not in members}
    both = [(-min(t.closeness or 0, theirs[other]), other) for t in store.ties_of(introducer)
            if (other := t.other(introducer)) in theirs]
    return store.get_person(min(both)[1]) if both else None  # (warmest, then by id)


def followup_draft(store: GraphStore, kind: str, record: str, lang: str = "en") -> str:
    """A message for a follow-up (``FollowUp.kind`` and ``.record``), to edit and send: the
    first contact with a suggested person (naming who suggested them), a gentle nudge to a
    silent introducer (or one who said yes and has not introduced her yet), or thanks (to a
    referrer, or to whoever made an introduction)."""
    if kind in ("no_answer", "not_introduced", "thank_intro"):
        intro = find_intro(store, record)
        me, whom, concerned, source = (intro.requester, intro.introducer, intro.target,
                                       intro.introducer)
    else:  # (the referral's context is the user's own note: not quoted to the person)
        referral = find_referral(store, record)
        me, concerned, source = referral.for_, referral.referee, referral.referrer
        whom = referral.referee if kind in ("contact", "nudge") else referral.referrer
    member = store.get_person(me)
    about = _about(member, lang, _title_if_needed(store, member, lang))
    return say(f"note_{kind}", lang, whom=_first(store.get_person(whom)),
               person=store.get_person(source).name,
               about_name=store.get_person(concerned).name, me=member.name,
               about=f", {about}" if about else "")


def _about(me: Person, lang: str, title: str = "") -> str:
    """What a member does, as said inside a sentence ("consultante en communication"): their
    notes when they are written in the draft's language, else their job title if it is, else
    nothing (a draft is wholly in one language, and has no blank to fill)."""
    about = next((text.strip().rstrip(".") for text in (me.notes, title)
                  if text.strip() and _reads_in(text, lang)), "")
    return formatting.mid_sentence(about)


def _title_if_needed(store: GraphStore, me: Person, lang: str) -> str:
    """The member's current job title, read only when their notes cannot present them."""
    if me.notes.strip() and _reads_in(me.notes, lang):
        return ""
    return next((j.title for j in store.jobs_of(me.id) if j.current and j.title), "")


def _reads_in(text: str, lang: str) -> bool:
    return _looks_french(text) == (lang == "fr")


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
    """The first name a greeting says: « Jean-Baptiste » for « JEAN-BAPTISTE MOREL » and for
    « MOREL Jean-Baptiste » (a name imported in capitals: « Bonjour JEAN-BAPTISTE » shouts,
    « Bonjour MOREL » greets by the last name); initials (« JB ») as they are written."""
    words = person.name.split()
    if not words or not words[0].isupper() or not any(map(_shouted, words)):
        return words[0] if words else person.name  # (« JB Morel »: as written)
    calm = [word for word in words if not word.isupper() and word[:1].isupper()]
    if calm:  # (« LE GALL Anne »: the last name first, in capitals)
        return calm[0]
    if not _shouted(words[0]):  # (« JB MOREL »)
        return words[0]
    return "-".join(part.capitalize() for part in words[0].split("-"))


def _shouted(word: str) -> bool:
    """A word in capitals, not initials: three letters or more."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 3


def catch_up_draft(me: Person, contact: Person, days: int, companies: list[str],
                   lang: str = "en") -> str:
    """A short, honest message to re-warm a quiet tie before any ask: news first, and the
    companies the member is looking into said plainly (no pretext). ``days`` since they last
    talked."""
    named = companies[:2]
    doors = say_n("catch_up_doors", len(named), lang,
                  companies=say("why_and", lang).join(named)) if named else ""
    about = _about(me, lang)
    return say("catch_up" if about else "catch_up_bare", lang, first=_first(contact),
               span=span(days, lang), about=about, doors=doors, me=me.name)
