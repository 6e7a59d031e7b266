"""Identity resolution: which imported contact is which person, without ever losing one.

1. Exact keys first: a normalised e-mail, a LinkedIn profile slug, a phone number in E.164
   (``phonenumbers``, French numbers by default). A match updates that person (contact details
   are added, never removed).
2. Otherwise a new person, with an id derived from the contact (so re-importing the same file
   finds the same people). If an existing person has a very similar name (``rapidfuzz`` on
   accent-folded names) and no different known company, the pair goes to the **review queue**
   instead of being merged silently. Two "Jean Dupont" at different companies stay two people.

Everything becomes one ``GraphData`` batch, written by the store in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import unquote

import phonenumbers
from rapidfuzz import fuzz, process

from graph.model import (
    Company,
    GraphData,
    Job,
    Knows,
    Person,
    Review,
    fold,
    slug,
    stable_id,
    union,
)
from graph.store import GraphStore
from ingest.common import Contact, Parsed, Skipped

PHONE_REGION = "FR"
NAME_THRESHOLD = 90      # token_sort_ratio of folded names, 0..100
COMPANY_THRESHOLD = 85   # below this, two known companies are different companies
MAX_NAMESAKES = 10       # people of one same name compared, at most (keeps common names cheap)


def email_key(email: str) -> str:
    return email.strip().lower()


def phone_key(phone: str) -> str | None:
    """``06 12 34 56 78`` and ``+33612345678`` → ``+33612345678``; junk → ``None``."""
    try:
        number = phonenumbers.parse(phone, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def linkedin_key(url: str | None) -> str | None:
    """The profile's slug: ``https://…linkedin.com/in/Jean-Dupont-123/`` → ``jean-dupont-123``."""
    if not url or "/in/" not in url:
        return None
    return unquote(url.split("/in/", 1)[1].split("/")[0].split("?")[0]).lower() or None


def person_keys(emails: tuple[str, ...], phones: tuple[str, ...],
                linkedin: str | None) -> list[str]:
    keys = [f"e:{email_key(e)}" for e in emails if "@" in e]
    keys += [f"t:{k}" for p in phones if (k := phone_key(p))]
    if (slug_key := linkedin_key(linkedin)) is not None:
        keys.append(f"l:{slug_key}")
    return keys


def _blocks(name_key: str) -> list[str]:
    """Blocking keys for fuzzy matching: initial of one token + start of another, either way
    round, so only plausible pairs are compared."""
    tokens = [t for t in name_key.split() if t]
    if len(tokens) < 2:
        return [name_key[:4]]
    first, last = tokens[0], tokens[-1]
    return [f"{first[0]}|{last[:3]}", f"{last[0]}|{first[:3]}"]


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    queued: int = 0
    ties_added: int = 0
    jobs_closed: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def skipped_by_reason(self) -> dict[str, list[Skipped]]:
        """The skipped rows, grouped by reason."""
        grouped: dict[str, list[Skipped]] = defaultdict(list)
        for skipped in self.skipped:
            grouped[skipped.reason].append(skipped)
        return dict(grouped)

    def summary(self) -> str:
        text = (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.queued} queued for review, {len(self.skipped)} skipped")
        extras = [f"{self.ties_added} new ties"] if self.ties_added else []
        extras += [f"{self.jobs_closed} job changes"] if self.jobs_closed else []
        return text + (f" ({', '.join(extras)})" if extras else "")


def skipped_where(group: list[Skipped], most: int = 8) -> str:
    """Which rows a group of skips is about: line numbers, else what was skipped (``3, 8, 12,
    …`` or ``a@x.fr, b@y.fr``), the first ``most`` of them."""
    places = [str(s.line) if s.line else s.detail for s in group if s.line or s.detail]
    return ", ".join(places[:most]) + (", …" if len(places) > most else "")


class _Resolver:
    def __init__(self, existing: GraphData) -> None:
        self.people = {p.id: p for p in existing.people}
        self.existing = set(self.people)
        self.keys: dict[str, str] = {}
        for person in existing.people:
            for key in person_keys(person.emails, person.phones, person.linkedin):
                self.keys.setdefault(key, person.id)
        self.companies: dict[str, Company] = {}  # by folded name and alias
        self.company_ids = {c.id: c for c in existing.companies}
        for company in existing.companies:
            for name in (company.name, *company.aliases):
                self.companies.setdefault(fold(name), company)
        names = {c.id: fold(c.name) for c in existing.companies}
        self.works_at: dict[str, set[str]] = defaultdict(set)
        self.current: dict[str, list[Job]] = defaultdict(list)
        self.jobs = {(j.person, j.company, j.title): j for j in existing.jobs}
        for job in existing.jobs:
            if job.current:
                self.works_at[job.person].add(names[job.company])
                self.current[job.person].append(job)
        self.ties = {(k.a, k.b): k for k in existing.knows}
        self.block: dict[str, set[str]] = defaultdict(set)       # blocking key → names
        self.named: dict[str, list[str]] = defaultdict(list)     # folded name → people
        for person in existing.people:
            self.index_name(person)

    def index_name(self, person: Person) -> None:
        name_key = fold(person.name)
        self.named[name_key].append(person.id)
        for key in _blocks(name_key):
            self.block[key].add(name_key)

    def look_alike(self, contact: Contact, new_id: str) -> tuple[str, float] | None:
        """The most similar existing person, if similar enough to ask the user."""
        name_key, company_key = fold(contact.name), fold(contact.company)
        alike = sorted({(score, other) for key in _blocks(name_key) for other, score, _ in
                        process.extract(name_key, self.block.get(key, ()),
                                        scorer=fuzz.token_sort_ratio,
                                        score_cutoff=NAME_THRESHOLD, limit=5)}, reverse=True)
        for score, other in alike:  # best first
            for pid in self.named[other][:MAX_NAMESAKES]:
                theirs = self.works_at.get(pid, set())
                if pid == new_id or (company_key and theirs and process.extractOne(
                        company_key, theirs, scorer=fuzz.ratio,
                        score_cutoff=COMPANY_THRESHOLD) is None):
                    continue  # same name, different companies: different people
                return pid, score
        return None

    def company(self, name: str, batch: GraphData) -> Company:
        """The company of that (folded) name; a new one only if its id is free too, so an
        import never renames a company whose name differs only in punctuation."""
        key = fold(name)
        if key not in self.companies:
            company_id = f"c:{slug(name)}"
            known = self.company_ids.get(company_id)
            if known is None:
                known = self.company_ids[company_id] = Company(company_id, name)
                batch.companies.append(known)
            self.companies[key] = known
        return self.companies[key]


def plan_import(store: GraphStore, parsed: Parsed, *, source: str, member: Person | None,
                today: date | None = None,
                progress: Callable[[int, int], object] | None = None,
                ) -> tuple[GraphData, ImportReport]:
    """The batch that imports ``parsed`` (nothing written yet) and what it will do."""
    today = today or date.today()
    existing = store.dump(ties=False)  # an import only ever ties the member to contacts:
    existing.knows = store.ties_of(member.id) if member is not None else []  # their ties do
    resolver = _Resolver(existing)
    batch = GraphData()
    report = ImportReport(skipped=list(parsed.skipped))
    if member is not None:
        if member.id not in resolver.people:
            batch.people.append(member)
            resolver.people[member.id] = member
        if member.id not in existing.members:
            batch.members.append(member.id)
    touched: dict[str, Person] = {}
    changed: set[str] = set()  # people who gained a job or a tie in this import
    existing_people = dict(resolver.people)

    for n, contact in enumerate(parsed.contacts, start=1):
        if progress is not None and n % 1000 == 0:
            progress(n, len(parsed.contacts))
        keys = person_keys(contact.emails, contact.phones, contact.linkedin)
        pid = next((resolver.keys[k] for k in keys if k in resolver.keys), None)
        if pid is None:
            pid = contact.ref or stable_id("p", contact.name, fold(contact.company),
                                           keys[0] if keys else "")
        base = touched.get(pid) or resolver.people.get(pid)
        if base is None:
            person = Person(pid, contact.name, contact.emails, _phones(contact.phones),
                            contact.linkedin, contact.notes, contact.tags)
            alike = resolver.look_alike(contact, pid)
            if alike is not None:
                other, score = alike
                batch.reviews.append(Review(stable_id("v", other, pid), other, pid,
                                            round(score, 1), f"similar names ({source} import)"))
                report.queued += 1
            report.added += 1
            resolver.index_name(person)
        else:
            person = Person(base.id, base.name, union(base.emails, contact.emails),
                            union(base.phones, _phones(contact.phones)),
                            base.linkedin or contact.linkedin, base.notes or contact.notes,
                            union(base.tags, contact.tags))
        touched[pid] = person
        resolver.people[pid] = person
        for key in keys:
            resolver.keys.setdefault(key, pid)

        facts = len(batch.jobs) + len(batch.knows)
        if contact.company:
            _job(resolver, batch, report, pid, contact, source, today)
        if member is not None and pid != member.id:
            _tie(resolver, batch, report, member.id, pid, contact, source)
        if len(batch.jobs) + len(batch.knows) != facts:
            changed.add(pid)

    matched = touched.keys() & resolver.existing
    updated = {pid for pid in matched
               if pid in changed or touched[pid] != existing_people[pid]}
    report.updated, report.unchanged = len(updated), len(matched) - len(updated)
    batch.people += [touched[pid] for pid in touched if pid not in matched or pid in updated]
    return batch, report


def _job(resolver: _Resolver, batch: GraphData, report: ImportReport, pid: str,
         contact: Contact, source: str, today: date) -> None:
    company = resolver.company(contact.company, batch)
    key = (pid, company.id, contact.title)
    old = resolver.jobs.get(key)
    job = Job(pid, company.id, contact.title, contact.department or (old.department if old
                                                                     else ""),
              old.since if old else None, None, True)
    if job != old:
        batch.jobs.append(job)
        resolver.jobs[key] = job
    resolver.works_at[pid].add(fold(company.name))
    if source == "linkedin":  # LinkedIn shows the current position: any other has ended
        for previous in resolver.current.get(pid, []):
            if (previous.company, previous.title) != (company.id, contact.title):
                batch.jobs.append(Job(previous.person, previous.company, previous.title,
                                      previous.department, previous.since, today.isoformat(),
                                      False))
                report.jobs_closed += 1
        resolver.current[pid] = [job]


def _tie(resolver: _Resolver, batch: GraphData, report: ImportReport, me: str, pid: str,
         contact: Contact, source: str) -> None:
    pair = (min(me, pid), max(me, pid))
    old = resolver.ties.get(pair)
    if old is None:
        tie = Knows(me, pid, None, contact.since, contact.last_contact, contact.interactions,
                    "", source)
        report.ties_added += 1
    else:  # what we knew stays; dates widen, counts never go down (re-imports change nothing)
        tie = Knows(old.a, old.b, old.closeness, _earliest(old.since, contact.since),
                    _latest(old.last_contact, contact.last_contact),
                    max(old.interactions, contact.interactions), old.how_met, old.source)
    if tie != old:
        batch.knows.append(tie)
        resolver.ties[pair] = tie


def _earliest(a: str | None, b: str | None) -> str | None:
    return min(filter(None, (a, b)), default=None)


def _latest(a: str | None, b: str | None) -> str | None:
    return max(filter(None, (a, b)), default=None)


def _phones(phones: tuple[str, ...]) -> tuple[str, ...]:
    """Phones in E.164 when they parse, as written otherwise."""
    return tuple(dict.fromkeys(phone_key(p) or p for p in phones))
