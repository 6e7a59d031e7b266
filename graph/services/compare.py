"""Two records that may be one person, side by side (the duplicates to review, on the People
page and in ``carnet review``): for each, what tells them apart — where she works, how to
reach her, where the record came from, when it was added and when she was last in touch —
each said the same way on both sides, a missing fact said as missing.

Jobs and companies come from Explore's ``directory`` (cached per graph version); the people
in one read; each one's ties, one read a person (a page shows at most 50 pairs).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from graph.core import formatting
from graph.core.wording import say, say_n, source_word
from graph.services.explore import directory
from graph.stores.port import GraphStore

SOURCES_SHOWN = 3  # more reads as a list to study, not a hint: "LinkedIn, saisie, mail +2"


@dataclass(frozen=True)
class Side:
    """One record of a pair: ``job`` and ``company`` her current ones, else her last ones
    (``current`` False), "" if none known; ``sources`` her ties' sources (codes, each once,
    the most frequent first); ``added`` the day the record was made and ``last_contact`` her
    latest tie's (ISO, or None)."""

    id: str
    name: str
    job: str
    company: str
    current: bool
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    sources: tuple[str, ...]
    ties: int
    added: str | None
    last_contact: str | None
    aliases: tuple[str, ...] = ()  # her other names (a maiden or married name)


def sides(store: GraphStore, ids: Iterable[str]) -> dict[str, Side]:
    """The ``Side`` of each of these people (unknown ids are left out)."""
    people = store.people_by_id(ids)
    known = directory(store)
    found = {}
    for pid, person in people.items():
        ties = store.ties_of(pid)
        counted = Counter(t.source for t in ties)
        job = known.jobs.get(pid)
        if job is None:  # her last job, then (no current one: only those are in the directory)
            job = max(store.jobs_of(pid), key=lambda j: (j.until or "9999", j.since or ""),
                      default=None)
        found[pid] = Side(
            pid, person.name, job.title if job else "",
            known.companies.get(job.company, "") if job else "",
            job is None or job.current, person.emails, person.phones,
            tuple(sorted(counted, key=lambda s: (-counted[s], s))), len(ties),
            (person.created_at or "")[:10] or None,
            max((t.last_contact for t in ties if t.last_contact), default=None),
            person.aliases)
    return found


def side_lines(side: Side, lang: str) -> list[str]:
    """Four short lines, in this order on both sides, e.g. (French)::

        Graphiste chez Banque du Lacydon
        j.martin@lacydon.fr · 06 11 22 33 44
        vient de : LinkedIn, saisie · 14 liens
        ajouté·e le 28 nov. 2026 · dernier contact : 3 nov. 2026

    and a fifth for a side known by other names (« Autre nom : Julie Roux »): often what
    made the pair."""
    if side.job and side.company:
        job = say("why_job" if side.current else "why_former", lang, title=side.job,
                  company=side.company)
    elif side.company and not side.current:
        job = say("side_former_at", lang, company=side.company)
    else:
        job = side.job or side.company or say("side_no_job", lang)
    reach = [*side.emails[:1], *map(formatting.phone, side.phones[:1])]
    more = len(side.emails) + len(side.phones) - len(reach)
    contact = " · ".join(reach) + (f" +{more}" if more else "") if reach \
        else say("side_no_contact", lang)
    shown = [source_word(s, lang) for s in side.sources[:SOURCES_SHOWN]]
    rest = len(side.sources) - len(shown)
    origin = say("side_from", lang, sources=", ".join(shown) + (f" +{rest}" if rest else "")) \
        if shown else say("side_from_unknown", lang)
    dates = say("side_dates", lang, added=formatting.day(side.added, lang, "—"),
                last=formatting.day(side.last_contact, lang, say("never", lang)))
    also = [say_n("other_names_line", len(side.aliases), lang, names=", ".join(side.aliases))
            ] if side.aliases else []
    return [job, contact, f"{origin} · {say_n('label_ties', side.ties, lang)}", dates, *also]
