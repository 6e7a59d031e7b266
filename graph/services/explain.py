"""Why a path is warm, in words (French or English): one line per hop, one sentence per path,
put together from the texts of ``graph/core/wording/explain.py``.

"closeness 4/5; last contact 3 weeks ago; met: the climbing club; Noémie Fabre suggested Karim
Benali on 2 Oct 2026 and offered to prepare the ground"
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from graph.core import formatting
from graph.core.model import IntroRequest, Knows, Referral
from graph.core.scoring import TrackRecord
from graph.core.wording import WORDING, say, say_n, status_word
from graph.services.followups import ANSWER_WAIT_DAYS


def long_date(iso: str, lang: str) -> str:
    """``"2026-10-02"`` → ``"2 Oct 2026"`` / ``"2 oct. 2026"``."""
    return formatting.day(iso, lang)


def ago(iso: str, today: date, lang: str) -> str:
    """``"3 weeks ago"`` / ``"il y a 3 semaines"``."""
    days = max(0, (today - date.fromisoformat(iso)).days)
    if days == 0:
        return say("why_today", lang)
    if days == 1:
        return say("why_yesterday", lang)
    unit, n = formatting.elapsed(days)
    return say_n(f"why_{unit}", n, lang)


# What a tie's start is, by where the tie came from (others: the day it was noted)
SINCE_WORDS = {"manual": "why_since_recent", "linkedin": "why_since_linkedin",
               "mail": "why_since_mail", "calendar": "why_since_calendar"}


def why_tie(tie: Knows | None, referral: Referral | None, names: dict[str, str], today: date,
            lang: str, accepted: IntroRequest | None = None,
            told: Referral | None = None, met_through: tuple[str, str | None] | None = None
            ) -> str:
    """What we know of one tie, most telling first (with the records that imply it: the
    ``referral`` of one by the other, an ``accepted`` introduction, or the referral one
    ``told`` the other, a member, where the notebook knows their tie from it alone; or,
    ``met_through``, who brought them together and when, where they met by Carnet's records:
    ``cards.met_through``)."""
    parts = []
    records = (referral is not None or accepted is not None or told is not None
               or met_through is not None)
    if tie is not None:
        if tie.closeness is not None:
            parts.append(say("why_closeness", lang, n=tie.closeness))
        elif tie.source != "referral" or not records:  # (the record says it better)
            parts.append(say(f"why_source_{tie.source}", lang))
        if tie.last_contact:
            parts.append(say("why_last", lang, ago=ago(tie.last_contact, today, lang)))
        elif tie.source == "referral":
            pass  # (its start is the day the referral was noted: not when they met)
        elif tie.since and (today - date.fromisoformat(tie.since)).days < 365:
            parts.append(say(SINCE_WORDS.get(tie.source, "why_since_noted"), lang,
                             ago=ago(tie.since, today, lang)))
        elif tie.since:  # (a year is enough, long ago)
            parts.append(say("why_since", lang, year=tie.since[:4]))
        if tie.interactions:
            parts.append(say_n("why_interactions", tie.interactions, lang))
        if tie.how_met:  # (a referral's tie holds the referral's context: said as such)
            parts.append(say("why_context" if tie.source == "referral" else "why_met", lang,
                             how=_no_stop(tie.how_met)))
    if referral is not None:  # (a record may have no date: then none is said)
        who = {"referrer": names[referral.referrer], "referee": names[referral.referee]}
        said = (say("why_referral", lang, date=long_date(referral.date, lang), **who)
                if referral.date else say("why_referral_undated", lang, **who))
        parts.append(said + (say("why_offered", lang) if referral.offered_intro else ""))
    if accepted is not None:
        parts.append(why_intro(accepted, names, lang))
    if met_through is not None:
        through, on = met_through
        parts.append(say("why_met_through", lang, who=through, date=long_date(on, lang)) if on
                     else say("why_met_through_undated", lang, who=through))
    if told is not None:
        who = {"referrer": names[told.referrer], "referee": names[told.referee],
               "member": names[told.for_]}
        parts.append(say("why_referral_told", lang, date=long_date(told.date, lang), **who)
                     if told.date else say("why_referral_told_undated", lang, **who))
    return say("why_sep", lang).join(parts)


def _no_stop(text: str) -> str:
    """A note typed as a sentence, without its full stop: the reasons' separator follows
    (« … au printemps. ; Mehdi … »); an ellipsis and « etc. » are kept.

    >>> [_no_stop(t) for t in ("au printemps.", "des flyers, etc.", "on verra...")]
    ['au printemps', 'des flyers, etc.', 'on verra...']
    """
    text = text.strip()
    return text[:-1] if text.endswith(".") and not text.endswith(("..", "etc.")) else text


def job_words(title: str, company: str, current: bool, lang: str) -> str:
    if not title:
        return company
    return say("why_job" if current else "why_former", lang, title=title, company=company)


def why_path(introducer: str, target: str, middle: list[str], job: str, direct: bool,
             record: TrackRecord | None, lang: str, source: str | None = None) -> str:
    """One sentence: whom to ask, for whom, and what their record says; to the member
    ("ask X to introduce you"), or naming ``source``, the one the path starts from when it is
    not the member ("Noémie Fabre can ask X for an introduction")."""
    named = {"source": source} if source else {}
    end = "_from" if source else ""
    if direct:
        return say(f"why_direct{end}", lang, target=target, job=job, **named)
    if middle:
        text = say(f"why_ask_via{end}", lang, introducer=introducer, target=target, job=job,
                  middle=say("why_and", lang).join(middle), **named)
    else:
        text = say(f"why_ask{end}", lang, introducer=introducer, target=target, job=job,
                  **named)
    if record is not None:
        if record.pending:
            text += say("why_pending", lang, introducer=introducer)
        if record.positive or record.negative:
            asks = record.asks - record.pending
            key = ("why_record_none_single" if asks == 1 and not record.positive  # not "none of 1"
                   else {0: "why_record_none", 1: "why_record_one"}.get(record.positive,
                                                                        "why_record"))
            text += say(key, lang, positive=record.positive, asks=asks)
    return text


# -- why a card ranks where it does, and the ties records imply --------------------------------
WARM_TIE: Final = 0.7   # a hop this strong lifts a card
WEAK_TIE: Final = 0.4   # below this, it holds the card back


@dataclass(frozen=True)
class HopFacts:
    """What the words need to know of one hop: its people, strength and quiet time."""

    a: str
    b: str
    strength: float
    days: int  # since the last contact, -1 unknown


def span(days: int, lang: str) -> str:
    """A long quiet time in words: ``"14 months"``, ``"4 years"`` / ``"14 mois"``, ``"4 ans"``
    (rounded as ``ago`` rounds; a quiet time is at least a month)."""
    unit, n = formatting.elapsed(max(days, 25))
    return say_n(f"why_n_{unit}", n, lang)


def why_rank(hops: list[HopFacts], target: str, current: bool, record: TrackRecord | None,
             stale_days: int, lang: str, yours: bool = True) -> str:
    """One sentence a person would say: what lifts this card and what holds it back (tie
    warmth per hop, a long path, a former employee, the introducer's record and pending asks).
    The first tie is "yours" when the path starts from the member, else said as any other.

    >>> why_rank([HopFacts("Me", "Véro", 0.95, 10), HopFacts("Véro", "Solène", 0.3, -1)],
    ...          "Solène", True, None, 365, "en")
    'Helped by your close tie with Véro; held back by a weak tie between Véro and Solène.'
    """
    lifts: list[str] = []
    drags: list[str] = []
    for n, hop in enumerate(hops):
        where = "first" if n == 0 and yours else "tie"
        if hop.strength >= WARM_TIE:
            lifts.append(say(f"why_warm_{where}", lang, a=hop.a, b=hop.b))
        elif hop.days >= stale_days:
            drags.append(say(f"why_stale_{where}", lang, a=hop.a, b=hop.b,
                            span=span(hop.days, lang)))
        elif hop.strength < WEAK_TIE:
            drags.append(say(f"why_weak_{where}", lang, a=hop.a, b=hop.b))
    if len(hops) > 2:
        drags.append(say("why_long", lang, n=len(hops)))
    if not current:
        drags.append(say("why_left_company", lang, target=target, of_target=formatting.of(target)))
    if record is not None and len(hops) > 1:
        introducer = hops[0].b
        if record.positive:
            lifts.append(say("why_record_good", lang, a=introducer, of_a=formatting.of(introducer),
                            positive=record.positive, asks=record.asks - record.pending))
        if record.negative > record.positive:
            drags.append(say("why_record_bad", lang, a=introducer, of_a=formatting.of(introducer),
                            negative=record.negative))
        if record.pending:
            drags.append(say("why_pending_ask", lang, a=introducer))
    joined = {k: say("why_and", lang).join(v) if len(v) < 3 else ", ".join(v[:-1]) +
              say("why_and", lang) + v[-1] for k, v in (("lifts", lifts), ("drags", drags))}
    if lifts and drags:
        return say("why_both", lang, **joined)
    if lifts:
        return say("why_helped", lang, lifts=joined["lifts"])
    return say("why_held", lang, drags=joined["drags"]) if drags else ""


def why_intro(intro: IntroRequest, names: dict[str, str], lang: str) -> str:
    """An accepted intro request, as the "why" of the tie it implies."""
    on = intro.tie_day
    who = {"introducer": names[intro.introducer], "requester": names[intro.requester],
           "target": names[intro.target]}
    return (say("why_intro_tie", lang, date=long_date(on, lang), **who) if on
            else say("why_intro_tie_undated", lang, **who))


def why_declined(intro: IntroRequest, names: dict[str, str], lang: str,
                 unanswered: bool = False) -> str:
    """An introduction the introducer declined, said where its path used to be; one asked
    for and never answered (``unanswered``) is said so, on the day it was asked."""
    who = {"introducer": names[intro.introducer], "target": names[intro.target]}
    if unanswered:
        return (say("why_unanswered", lang, date=long_date(intro.asked_on, lang), **who)
                if intro.asked_on else say("why_unanswered_undated", lang, **who))
    on = intro.updated_on or intro.asked_on
    return (say("why_declined", lang, date=long_date(on, lang), **who) if on
            else say("why_declined_undated", lang, **who))


def why_referred(referral: Referral, names: dict[str, str], job: str, lang: str) -> str:
    """A referral to someone at the company that no card shows, and what to do with it."""
    who = {"referrer": names[referral.referrer], "referee": names[referral.referee]}
    said = (say("why_referred", lang, date=long_date(referral.date, lang), job=job, **who)
            if referral.date else say("why_referred_undated", lang, job=job, **who))
    return said + say("why_referred_offered" if referral.offered_intro else "why_referred_write",
                      lang, **who)


def why_rewarm(name: str, tie_words: str, now: float, fresh: float, lang: str,
               source: str | None = None) -> str:
    """"Re-warm X first": which link, why, and the score once it is fresh again (to the
    member, or naming ``source``, the one the path starts from)."""
    named = {"source": source} if source else {}
    return say("why_rewarm_from" if source else "why_rewarm", lang, name=name, tie=tie_words,
               now=formatting.percent(now, lang), fresh=formatting.percent(fresh, lang),
               **named)


def why_warmer(target: str, direct: float, introducer: str, middle: list[str], score: float,
               lang: str, source: str | None = None) -> str:
    """A contact the member barely knows (her card scores ``direct``), and the warmer way to
    her: through ``introducer`` (then ``middle``), scoring ``score``; to the member, or naming
    ``source``, the one the path starts from.

    >>> why_warmer("Solène Roux", 0.18, "Véronique Bastide", [], 0.53, "en")
    'You barely know Solène Roux (18%): through Véronique Bastide, the path is warmer (53%). \
Ask Véronique Bastide to prepare the ground before you contact Solène Roux.'
    """
    named = {"source": source} if source else {}
    key = "why_warmer" + ("_via" if middle else "") + ("_from" if source else "")
    return say(key, lang, target=target, introducer=introducer,
               middle=say("why_and", lang).join(middle), score=formatting.percent(score, lang),
               direct=formatting.percent(direct, lang), **named)


def why_asked(request: IntroRequest, introducer: str, target: str, today: date,
              lang: str) -> str:
    """An ask already sent, where its card would say "ask": where it stands and the next
    thing to do (``ask_state_<status>``: the app's card and ``carnet paths`` say the same),
    ``""`` for a status with no words of its own. A record with no date (Carnet JSON allows
    one) says none, not "accepted on —". The names are put in as given (the app makes them
    inert for Markdown first).

    >>> why_asked(IntroRequest("i:1", "p:me", "p:vero", "p:sol", None, "introduced",
    ...                        "2026-11-02", "2026-11-20"), "Véro", "Solène",
    ...           date(2026, 11, 22), "en")
    'Introduced on 20 Nov 2026: suggest a meeting to Solène.'
    """
    words: dict[str, object] = {"introducer": introducer, "target": target}
    key = f"ask_state_{request.status}"
    if request.status == "asked" and request.asked_on:
        asked = date.fromisoformat(request.asked_on)
        due = asked + timedelta(days=ANSWER_WAIT_DAYS)
        key = "ask_state_asked_late" if today >= due else "ask_state_asked"
        words.update(on=formatting.day(asked, lang), due=formatting.day(due, lang),
                     days=(today - asked).days)
    elif request.status == "asked":
        key = "ask_state_asked_undated"
        words.update(days=ANSWER_WAIT_DAYS)
    else:
        words.update(on=say("on_day", lang, day=formatting.day(request.updated_on, lang))
                     if request.updated_on else "")
    return say(key, lang, **words) if key in WORDING else ""


def why_waiting(request: IntroRequest, introducer: str, target: str, lang: str) -> str:
    """Another introducer's card to a person an ask is already waiting for: one friend at a
    time for one person (asking a second before the first answered looks pushy to both)."""
    words = {"introducer": introducer, "target": target}
    if not request.asked_on:
        return say("ask_waiting_elsewhere_undated", lang, **words)
    return say("ask_waiting_elsewhere", lang, **words,
               on=formatting.day(request.asked_on, lang))


def why_underway(request: IntroRequest, introducer: str, target: str, lang: str) -> str:
    """A contact at the company whom an introduction was asked for before she was one."""
    words = {"introducer": introducer, "target": target}
    status = "" if request.status == "asked" else status_word(request.status, lang)
    if not request.asked_on:
        return say("known_intro_underway_undated", lang, **words,
                   status=status and f" ({status})")
    return say("known_intro_underway", lang, **words, status=status and f", {status}",
               on=formatting.day(request.asked_on, lang))
