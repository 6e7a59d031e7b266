"""Why a path is warm, in words (French or English): one line per hop, one sentence per path.

"closeness 4/5; last contact 3 weeks ago; met: the climbing club; Noémie Fabre suggested Karim
Benali on 2 Oct 2026 and offered to prepare the ground"
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from graph.core import formatting
from graph.core.model import IntroRequest, Knows, Referral
from graph.core.scoring import TrackRecord

SOURCE_WORDS: Final = {
    "en": {"manual": "entered by hand", "linkedin": "LinkedIn connection",
           "vcard": "in the phone's contacts", "google": "in Google Contacts",
           "csv": "from a contact list", "referral": "known through a referral",
           "mail": "e-mails both ways", "calendar": "met in meetings"},
    "fr": {"manual": "saisi à la main", "linkedin": "relation LinkedIn",
           "vcard": "dans les contacts du téléphone", "google": "dans Google Contacts",
           "csv": "d'une liste de contacts", "referral": "connu par une recommandation",
           "mail": "e-mails dans les deux sens", "calendar": "rencontres en réunion"},
}
TEXTS: Final = {
    "en": {
        "closeness": "closeness {n}/5", "last": "last contact {ago}", "since": "known since {year}",
        "interactions": "{n} exchanges", "met": "met: {how}",
        "referral": "{referrer} suggested {referee} on {date}",
        "offered": " and offered to prepare the ground",
        "direct": "You know {target} ({job}) directly: get in touch yourself.",
        "ask": "Ask {introducer} to introduce you to {target} ({job}).",
        "ask_via": "Ask {introducer} to introduce you to {target} ({job}), through {middle}.",
        "pending": " An ask to {introducer} is still waiting for an answer.",
        "record": " Past asks: {positive} of {asks} opened a door.",
        "record_one": " Past asks: {positive} of {asks} opened a door.",
        "record_none": " Past asks: none of {asks} opened a door.",
        "record_none_single": " Past asks: one, which did not open a door.",
        "former": "formerly {title} at {company}", "job": "{title} at {company}",
        "today": "today", "yesterday": "yesterday", "days": "{n} days ago",
        "weeks": "{n} weeks ago", "months": "{n} months ago", "years": "{n} years ago",
        "and": " and ", "sep": "; ",
        # why a card ranks where it does, and the ties records imply
        "warm_first": "your close tie with {b}", "warm_tie": "a close tie between {a} and {b}",
        "weak_first": "your weak tie with {b}", "weak_tie": "a weak tie between {a} and {b}",
        "stale_first": "your tie with {b}, quiet for {span}",
        "stale_tie": "a tie between {a} and {b} quiet for {span}",
        "n_months": "{n} months", "n_years": "{n} years",
        "long": "{n} go-betweens", "left_company": "{target} having left the company",
        "record_good": "{a}'s record ({positive} of {asks} asks opened a door)",
        "record_bad": "{a}'s past declines ({negative})",
        "pending_ask": "an ask to {a} still waiting",
        "helped": "Helped by {lifts}.", "held": "Held back by {drags}.",
        "both": "Helped by {lifts}; held back by {drags}.",
        "intro_tie": "{introducer} agreed to introduce {requester} to {target} ({date})",
        "declined": "{introducer} declined on {date} to introduce you to {target}: that "
                    "path is no longer suggested.",
        "rewarm": "Re-warm {name} first: your tie is the weak link of this path ({tie}). Back "
                  "in touch, the path would score {fresh} instead of {now}.",
    },
    "fr": {
        "closeness": "proximité {n}/5", "last": "dernier contact {ago}",
        "since": "se connaissent depuis {year}", "interactions": "{n} échanges",
        "met": "rencontre : {how}",
        "referral": "{referrer} a recommandé {referee} le {date}",
        "offered": " et propose de préparer le terrain",
        "direct": "Vous connaissez {target} ({job}) : prenez contact directement.",
        "ask": "Demandez à {introducer} de vous présenter à {target} ({job}).",
        "ask_via": "Demandez à {introducer} de vous présenter à {target} ({job}), par {middle}.",
        "pending": " Une demande à {introducer} attend encore une réponse.",
        "record": " Demandes passées : {positive} sur {asks} ont ouvert une porte.",
        "record_one": " Demandes passées : {positive} sur {asks} a ouvert une porte.",
        "record_none": " Demandes passées : aucune sur {asks} n'a ouvert de porte.",
        "record_none_single": " Demandes passées : une, qui n'a pas ouvert de porte.",
        "former": "anciennement {title} chez {company}", "job": "{title} chez {company}",
        "today": "aujourd'hui", "yesterday": "hier", "days": "il y a {n} jours",
        "weeks": "il y a {n} semaines", "months": "il y a {n} mois", "years": "il y a {n} ans",
        "and": " et ", "sep": " ; ",
        # why a card ranks where it does, and the ties records imply
        "warm_first": "votre lien proche avec {b}", "warm_tie": "un lien proche entre {a} et {b}",
        "weak_first": "votre lien faible avec {b}", "weak_tie": "un lien faible entre {a} et {b}",
        "stale_first": "votre lien avec {b}, sans nouvelles depuis {span}",
        "stale_tie": "un lien entre {a} et {b} sans nouvelles depuis {span}",
        "n_months": "{n} mois", "n_years": "{n} ans",
        "long": "{n} intermédiaires", "left_company": "le départ {of_target} de l'entreprise",
        "record_good": "le bilan {of_a} (demandes qui ont ouvert une porte : {positive} sur "
                       "{asks})",
        "record_bad": "les refus passés {of_a} ({negative})",
        "pending_ask": "une demande à {a} encore sans réponse",
        "helped": "Porté par {lifts}.", "held": "Freiné par {drags}.",
        "both": "Porté par {lifts} ; freiné par {drags}.",
        "intro_tie": "{introducer} a accepté de présenter {requester} à {target} ({date})",
        "declined": "{introducer} a refusé le {date} de vous présenter à {target} : ce chemin "
                    "n'est plus proposé.",
        "rewarm": "Reprenez d'abord contact avec {name} : votre lien est le maillon faible de ce "
                  "chemin ({tie}). Le contact renoué, le chemin passerait de {now} à "
                  "{fresh}.",
    },
}


def _t(lang: str, key: str, **values: object) -> str:
    return TEXTS[lang if lang in TEXTS else "en"][key].format(**values)


def long_date(iso: str, lang: str) -> str:
    """``"2026-10-02"`` → ``"2 Oct 2026"`` / ``"2 oct. 2026"``."""
    return formatting.day(iso, lang)


def ago(iso: str, today: date, lang: str) -> str:
    """``"3 weeks ago"`` / ``"il y a 3 semaines"``."""
    days = max(0, (today - date.fromisoformat(iso)).days)
    if days == 0:
        return _t(lang, "today")
    if days == 1:
        return _t(lang, "yesterday")
    for limit, unit, size in ((14, "days", 1), (60, "weeks", 7), (730, "months", 30)):
        if days < limit:
            return _t(lang, unit, n=days // size)
    return _t(lang, "years", n=days // 365)


def why_tie(tie: Knows | None, referral: Referral | None, names: dict[str, str], today: date,
            lang: str, accepted: IntroRequest | None = None) -> str:
    """What we know of one tie, most telling first (with the records that imply it)."""
    parts = []
    if tie is not None:
        if tie.closeness is not None:
            parts.append(_t(lang, "closeness", n=tie.closeness))
        else:
            parts.append(SOURCE_WORDS[lang if lang in SOURCE_WORDS else "en"][tie.source])
        if tie.last_contact:
            parts.append(_t(lang, "last", ago=ago(tie.last_contact, today, lang)))
        elif tie.since:
            parts.append(_t(lang, "since", year=tie.since[:4]))
        if tie.interactions:
            parts.append(_t(lang, "interactions", n=tie.interactions))
        if tie.how_met:
            parts.append(_t(lang, "met", how=tie.how_met))
    if referral is not None:
        said = _t(lang, "referral", referrer=names[referral.referrer],
                  referee=names[referral.referee],
                  date=long_date(referral.date, lang) if referral.date else "?")
        parts.append(said + (_t(lang, "offered") if referral.offered_intro else ""))
    if accepted is not None:
        parts.append(why_intro(accepted, names, lang))
    return _t(lang, "sep").join(parts)


def job_words(title: str, company: str, current: bool, lang: str) -> str:
    if not title:
        return company
    return _t(lang, "job" if current else "former", title=title, company=company)


def why_path(introducer: str, target: str, middle: list[str], job: str, direct: bool,
             record: TrackRecord | None, lang: str) -> str:
    """One sentence: whom to ask, for whom, and what their record says."""
    if direct:
        return _t(lang, "direct", target=target, job=job)
    if middle:
        text = _t(lang, "ask_via", introducer=introducer, target=target, job=job,
                  middle=_t(lang, "and").join(middle))
    else:
        text = _t(lang, "ask", introducer=introducer, target=target, job=job)
    if record is not None:
        if record.pending:
            text += _t(lang, "pending", introducer=introducer)
        if record.positive or record.negative:
            asks = record.asks - record.pending
            key = ("record_none_single" if asks == 1 and not record.positive  # not "none of 1"
                   else {0: "record_none", 1: "record_one"}.get(record.positive, "record"))
            text += _t(lang, key, positive=record.positive, asks=asks)
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
    """A long quiet time in words: ``"14 months"``, ``"4 years"`` / ``"14 mois"``, ``"4 ans"``."""
    return (_t(lang, "n_months", n=days // 30) if days < 730
            else _t(lang, "n_years", n=days // 365))


def why_rank(hops: list[HopFacts], target: str, current: bool, record: TrackRecord | None,
             stale_days: int, lang: str) -> str:
    """One sentence a person would say: what lifts this card and what holds it back (tie
    warmth per hop, go-betweens, a former employee, the introducer's record and pending asks).

    >>> why_rank([HopFacts("Me", "Véro", 0.95, 10), HopFacts("Véro", "Solène", 0.3, -1)],
    ...          "Solène", True, None, 365, "en")
    'Helped by your close tie with Véro; held back by a weak tie between Véro and Solène.'
    """
    lifts: list[str] = []
    drags: list[str] = []
    for n, hop in enumerate(hops):
        where = "first" if n == 0 else "tie"
        if hop.strength >= WARM_TIE:
            lifts.append(_t(lang, f"warm_{where}", a=hop.a, b=hop.b))
        elif hop.days >= stale_days:
            drags.append(_t(lang, f"stale_{where}", a=hop.a, b=hop.b,
                            span=span(hop.days, lang)))
        elif hop.strength < WEAK_TIE:
            drags.append(_t(lang, f"weak_{where}", a=hop.a, b=hop.b))
    if len(hops) > 2:
        drags.append(_t(lang, "long", n=len(hops) - 1))
    if not current:
        drags.append(_t(lang, "left_company", target=target, of_target=formatting.of(target)))
    if record is not None and len(hops) > 1:
        introducer = hops[0].b
        if record.positive:
            lifts.append(_t(lang, "record_good", a=introducer, of_a=formatting.of(introducer),
                            positive=record.positive, asks=record.asks - record.pending))
        if record.negative > record.positive:
            drags.append(_t(lang, "record_bad", a=introducer, of_a=formatting.of(introducer),
                            negative=record.negative))
        if record.pending:
            drags.append(_t(lang, "pending_ask", a=introducer))
    joined = {k: _t(lang, "and").join(v) if len(v) < 3 else ", ".join(v[:-1]) +
              _t(lang, "and") + v[-1] for k, v in (("lifts", lifts), ("drags", drags))}
    if lifts and drags:
        return _t(lang, "both", **joined)
    if lifts:
        return _t(lang, "helped", lifts=joined["lifts"])
    return _t(lang, "held", drags=joined["drags"]) if drags else ""


def why_intro(intro: IntroRequest, names: dict[str, str], lang: str) -> str:
    """An accepted intro request, as the "why" of the tie it implies."""
    on = intro.updated_on or intro.asked_on
    return _t(lang, "intro_tie", introducer=names[intro.introducer],
              requester=names[intro.requester], target=names[intro.target],
              date=long_date(on, lang) if on else "?")


def why_declined(intro: IntroRequest, names: dict[str, str], lang: str) -> str:
    """An introduction the introducer declined, said where its path used to be."""
    on = intro.updated_on or intro.asked_on
    return _t(lang, "declined", introducer=names[intro.introducer], target=names[intro.target],
              date=long_date(on, lang) if on else "?")


def why_rewarm(name: str, tie_words: str, now: float, fresh: float, lang: str) -> str:
    """"Re-warm X first": which link, why, and the score once it is fresh again."""
    return _t(lang, "rewarm", name=name, tie=tie_words, now=formatting.percent(now, lang),
              fresh=formatting.percent(fresh, lang))
