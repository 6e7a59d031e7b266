"""Why a path is warm, in words (French or English): one line per hop, one sentence per path.

"closeness 4/5; last contact 3 weeks ago; met: the climbing club; Noémie Fabre suggested Karim
Benali on 2 Oct 2026 and offered to prepare the ground"
"""

from __future__ import annotations

from datetime import date
from typing import Final

from graph import formatting
from graph.model import Knows, Referral
from graph.scoring import TrackRecord

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
        "former": "formerly {title} at {company}", "job": "{title} at {company}",
        "today": "today", "yesterday": "yesterday", "days": "{n} days ago",
        "weeks": "{n} weeks ago", "months": "{n} months ago", "years": "{n} years ago",
        "and": " and ", "sep": "; ",
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
        "former": "anciennement {title} chez {company}", "job": "{title} chez {company}",
        "today": "aujourd'hui", "yesterday": "hier", "days": "il y a {n} jours",
        "weeks": "il y a {n} semaines", "months": "il y a {n} mois", "years": "il y a {n} ans",
        "and": " et ", "sep": " ; ",
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
            lang: str) -> str:
    """What we know of one tie, most telling first."""
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
            key = {0: "record_none", 1: "record_one"}.get(record.positive, "record")
            text += _t(lang, key, positive=record.positive, asks=record.asks - record.pending)
    return text
