"""Identity resolution: which imported contact is which person, without ever losing one.

1. Exact keys first: a normalised e-mail, a LinkedIn profile slug, a phone number in E.164
   (``phonenumbers``, French numbers by default). A match updates that person (contact details
   are added, never removed) — unless a contact book gives the phone or address to someone of
   another name (``may_name_one``: a switchboard, a couple's home phone, a shared mailbox):
   then the contact is a person of their own, queued for review with the one they share it
   with, unless people of ``CROWD`` names or more give it (a company's switchboard, a team's
   mailbox: it says nothing of who is who, and asking about each colleague in turn is
   noise). (A profile slug is one person's; the member's card found by her address is hers
   whatever its name, "Moi"; mail and calendars name people as senders typed it, so their
   address decides.)
2. The member's own card (iPhone's "My Card", the owner's Google contact) is the member: by
   those keys, or by her exact name when ``--me`` names her. It enriches her.
3. Otherwise a new person, with an id derived from the contact (so re-importing the same file
   finds the same people). Someone already known with the same name (``graph/core/names.py``: case,
   accents, emoji, punctuation ignored) at the same company is the same person unless an
   identifier disagrees (two different e-mails at one domain, two LinkedIn profiles): the new
   person is merged into them after the import is written (``twins``, undoable like any
   merge). If an existing person only has a very similar name (``rapidfuzz``), no
   different known company and no other LinkedIn profile, the pair goes to the **review
   queue** instead. So does the one person whose name is the contact's written in part, or
   in full (``NameIndex.in_part``: a double or married surname, « Marie Martin » or « Marie
   Dupont » and « Marie Martin-Dupont », « Claire Morel » and « Claire Dubois Morel »; a
   compound first name's initials, « JB Rossi » and « Jean-Baptiste Rossi »), on the same
   terms; several such people (« Marie Martin » with Marie Martin-Dupont and Marie
   Martin-Roux) are no question. Two "Jean Dupont" at different companies, or with two
   profiles, stay two people.

Everything becomes one ``GraphData`` batch, written by the store in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from rapidfuzz import fuzz

from graph.core.model import (
    Company,
    GraphData,
    Job,
    Knows,
    Person,
    Review,
    fold,
    other_names,
    review_reason,
    slug,
    stable_id,
    union,
)
from graph.core.names import (
    company_key,
    email_domain,
    first_name_words,
    may_name_one,
    name_key,
)
from graph.core.statuses import tags_added, work_status
from graph.core.wording import say, say_n
from graph.stores.port import GraphStore
from ingest.common import Contact, Parsed, Skipped
from ingest.identifiers import (
    address_keys,
    emails_added,
    linkedin_key,
    person_keys,
    phones_added,
    phones_as_keys,
)
from ingest.lookalikes import NameIndex
from ingest.mailboxes import name_from_address
from ingest.status_tags import Record, carried_on, put_there, read_record, taken_off

CROWD = 3  # people of different names giving one number or address: a switchboard's, a team's


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    queued: int = 0
    ties_added: int = 0
    jobs_closed: int = 0
    companies_noted: int = 0  # new companies of companies' own cards (no person)
    matched: int = 0  # by name and company: merged once the import is written
    status_companies: int = 0  # companies of the store that are work statuses ("Freelance")
    status_tags_off: int = 0  # status tags taken off: LinkedIn gives a company again
    status_record: Record | None = None  # to note once written, if it changed: status_tags
    people: int = 0   # the people the file resolved to (twins counted once, as merged)
    skipped: list[Skipped] = field(default_factory=list)
    twins: list[tuple[str, str]] = field(default_factory=list)  # (known, new) to merge

    def skipped_by_reason(self) -> dict[str, list[Skipped]]:
        """The skipped rows, grouped by reason."""
        grouped: dict[str, list[Skipped]] = defaultdict(list)
        for skipped in self.skipped:
            grouped[skipped.reason].append(skipped)
        return dict(grouped)

    def summary(self, lang: str = "en") -> str:
        """What the import did, in numbers, as the command says it in ``lang``."""
        text = say("import_summary", lang, added=self.added, updated=self.updated,
                   unchanged=self.unchanged, queued=self.queued, skipped=len(self.skipped))
        extras = [say_n(key, n, lang) for key, n in (
            ("import_matched", self.matched), ("import_ties", self.ties_added),
            ("import_jobs", self.jobs_closed),
            ("import_companies", self.companies_noted)) if n]
        return text + (say("import_extras", lang, extras=", ".join(extras)) if extras else "")


def skipped_where(group: list[Skipped], most: int = 8) -> str:
    """Which rows a group of skips is about: line numbers, else what was skipped (``3, 8, 12,
    …`` or ``a@x.fr, b@y.fr``), the first ``most`` of them."""
    places = [str(s.line) if s.line else s.detail for s in group if s.line or s.detail]
    return ", ".join(places[:most]) + (", …" if len(places) > most else "")


class _Resolver:
    def __init__(self, existing: GraphData, reviews: list[Review]) -> None:
        self.people = {p.id: p for p in existing.people}
        self.existing = set(self.people)
        self.members = set(existing.members)
        self.keys: dict[str, str] = {}
        # phone or e-mail key → the names of those who give it, where more than one does
        self.holders: dict[str, list[str]] = {}
        self.crowded: set[str] = set()  # keys given by people of CROWD names or more
        for person in existing.people:
            for key in person_keys(person.emails, person.phones, person.linkedin):
                if self.keys.setdefault(key, person.id) != person.id:
                    self.hold(key, name_key(person.name))
        self.companies: dict[str, Company] = {}  # by company key of its name and aliases
        self.company_ids = {c.id: c for c in existing.companies}
        self.company_of: dict[str, Company] = {}  # by name as written, once found
        for company in existing.companies:
            for name in (company.name, *company.aliases):
                self.companies.setdefault(company_key(name), company)
        names = {c.id: company_key(c.name) for c in existing.companies}
        self.names = NameIndex()  # who bears each name, where they work: look-alikes
        self.employers: dict[str, set[str]] = defaultdict(set)  # company ids, current jobs
        self.current: dict[str, list[Job]] = defaultdict(list)
        self.jobs = {(j.person, j.company, j.title): j for j in existing.jobs}
        self.stored_jobs = dict(self.jobs)  # as they were before this import
        self.job_of: dict[tuple[str, str, str], str] = {}  # a job written → whose row wrote it
        for job in existing.jobs:
            if job.current and job.company in names:  # (a company deleted meanwhile)
                self.names.employs(job.person, names[job.company])
                self.employers[job.person].add(job.company)
                self.current[job.person].append(job)
        self.ties = {(k.a, k.b): k for k in existing.knows}
        for person in existing.people:
            self.names.add(person.id, name_key(person.name), linkedin_key(person.linkedin),
                           first_name_words(person.name))
        # name key → people known before this import (twins are only ever among them)
        self.named_before = {key: list(ids) for key, ids in self.names.named.items()}
        # name key of another name she goes by (``Person.aliases``) → people known before
        self.known_as: dict[str, list[str]] = {}
        for person in existing.people:
            for alias in person.aliases:
                self.known_as.setdefault(name_key(alias), []).append(person.id)
        # Reviews settled earlier: merged ones send the new person to the one kept.
        self.merged = {r.b: r.a for r in reviews if r.status == "merged"}
        self.apart = {frozenset((r.a, r.b)) for r in reviews if r.status == "apart"}
        self.twin_of: dict[str, str] = {}  # new person → the one they will be merged into

    def hold(self, key: str, name: str) -> None:
        """Someone of that name (its key) gives that phone or e-mail key too; at ``CROWD``
        names that may not be one person's, the key is crowded."""
        if key.startswith("l:"):  # (a LinkedIn profile is one member's)
            return
        held = self.holders.get(key)
        if held is None:
            first = self.keys.get(key)
            held = self.holders[key] = [name_key(self.people[first].name)] if first else []
        if len(held) < CROWD and not any(may_name_one(name, other) for other in held):
            held.append(name)
            if len(held) == CROWD:
                self.crowded.add(key)

    def twin(self, contact: Contact, new_id: str) -> str | None:
        """The one person known before this import with the same name at the same company,
        whose identifiers do not disagree with the contact's."""
        known = self.named_before.get(name_key(contact.name))
        company = self.companies.get(company_key(contact.company)) if known else None
        if known is None or company is None:
            return None
        found = [pid for pid in known
                 if pid != new_id
                 and company.id in self.employers.get(pid, ())
                 and frozenset((pid, new_id)) not in self.apart
                 and not disagree(contact.emails, contact.linkedin, self.people[pid])]
        return found[0] if len(found) == 1 else None

    def look_alike(self, contact: Contact, new_id: str, profile: str | None = None,
                   name: str | None = None) -> tuple[str, float, str] | None:
        """The most similar existing person, if similar enough to ask the user: the one
        person of that very name known before (at another company: people change jobs), else
        the one known before who also goes by that name (``Person.aliases``), else the
        closest name at no other company (a name many share: namesakes apart), else the one
        whose name is the contact's written in part or in full (a compound or married
        surname: ``NameIndex.in_part``) at no other company; never someone with another
        LinkedIn profile than the contact's (``profile``). With the score, and how the names
        match (a review's kind: ``same_name``, ``other_name``, ``similar_names``,
        ``compound_name``). ``name``: look for another name of the contact's
        (``Contact.aka``) instead."""
        key = name_key(name or contact.name)
        for named, kind in ((self.named_before, "same_name"), (self.known_as, "other_name")):
            if (one := self._the_one(named.get(key, ()), new_id, profile)) is not None:
                return one, 100.0, kind
        company = company_key(contact.company)
        found = self.names.look_alike(key, company, new_id, profile)
        if found is not None:
            return found[0], found[1], "same_name" if found[2] else "similar_names"
        part = self.names.in_part(key, company, new_id, profile,
                                  first_name_words(name or contact.name))
        if part is None or frozenset((part, new_id)) in self.apart:
            return None
        return part, fuzz.token_sort_ratio(key, name_key(self.people[part].name)), \
            "compound_name"

    def _the_one(self, known: Sequence[str], new_id: str,
                 profile: str | None) -> str | None:
        """The one person of ``known``, if there is one and nothing says she is not the new
        one: kept apart from them before, or another LinkedIn profile."""
        if (len(known) == 1 and known[0] != new_id
                and frozenset((known[0], new_id)) not in self.apart
                and not self.names.other_profile(known[0], profile)):
            return known[0]
        return None

    def company(self, name: str, batch: GraphData) -> Company:
        """The company of that name (legal form and punctuation ignored); a new one only if
        its id is free too, so an import never renames a company. A known company written
        another way keeps that way as an alias ("Phocée Logistique, SAS")."""
        if name in self.company_of:  # (a company named again: nothing changes)
            return self.company_of[name]
        key = company_key(name)
        if key not in self.companies:
            company_id = f"c:{slug(name)}"
            known = self.company_ids.get(company_id)
            if known is None:
                known = self.company_ids[company_id] = Company(company_id, name)
                batch.companies.append(known)
            self.companies[key] = known
        known = self.companies[key]
        if fold(name) not in map(fold, (known.name, *known.aliases)):
            aliased = Company(known.id, known.name, known.domain, union(known.aliases, (name,)))
            batch.companies[:] = [c for c in batch.companies if c.id != known.id] + [aliased]
            self.company_ids[known.id] = aliased
            for alias in (aliased.name, *aliased.aliases):
                self.companies[company_key(alias)] = aliased
            known = aliased
            self.company_of.clear()  # (names of that company give the new one now)
        self.company_of[name] = known
        return known


def disagree(emails: tuple[str, ...], linkedin: str | None, person: Person) -> bool:
    """Whether a contact's identifiers say it is not ``person``: two different LinkedIn
    profiles, or different e-mail addresses at one domain (and none in common)."""
    mine, theirs = set(address_keys(emails)), set(address_keys(person.emails))
    if not mine & theirs and any(email_domain(m) == email_domain(t)
                                 for m in mine for t in theirs):
        return True
    slugs = linkedin_key(linkedin), linkedin_key(person.linkedin)
    return None not in slugs and slugs[0] != slugs[1]


def plan_import(store: GraphStore, parsed: Parsed, *, source: str, member: Person | None,
                today: date | None = None,
                progress: Callable[[int, int], object] | None = None,
                me_named: bool = False) -> tuple[GraphData, ImportReport]:
    """The batch that imports ``parsed`` (nothing written yet) and what it will do; the
    people to merge once it is written are in the report's ``twins``. ``me_named``: the user
    named the member (``--me``), so a contact of exactly her name is her own card."""
    today = today or date.today()
    existing = store.dump(ties=False)  # an import only ever ties the member to contacts:
    existing.knows = store.ties_of(member.id) if member is not None else []  # their ties do
    resolver = _Resolver(existing, store.reviews(None))
    # (made by imports before statuses were told from companies: the report says so)
    report_statuses = sum(work_status(c.name) is not None for c in existing.companies)
    own = member if me_named else None
    batch = GraphData()
    report = ImportReport(skipped=list(parsed.skipped), status_companies=report_statuses)
    if member is not None:
        if member.id not in resolver.people:
            batch.people.append(member)
            resolver.people[member.id] = member
        if member.id not in existing.members:
            batch.members.append(member.id)
        resolver.members.add(member.id)
    touched: dict[str, Person] = {}
    changed: set[str] = set()  # people who gained a job or a tie in this import
    existing_people = dict(resolver.people)
    record = read_record(store)  # status tags Carnet put there (``ingest/status_tags.py``)
    kept_record = {pid: dict(kept) for pid, kept in record.items()}  # (as it was)
    noted: set[str] = set()

    keys_of = [person_keys(contact.emails, contact.phones, contact.linkedin)
               for contact in parsed.contacts]
    for contact, keys in zip(parsed.contacts, keys_of, strict=True):
        for key in keys:  # (before any is resolved: the third colleague crowds the first two)
            if not key.startswith("l:"):  # (most of a LinkedIn export's: one member's each)
                resolver.hold(key, name_key(contact.name))

    for n, (contact, keys) in enumerate(zip(parsed.contacts, keys_of, strict=True), start=1):
        if progress is not None and n % 1000 == 0:
            progress(n, len(parsed.contacts))
        person = _person_for(resolver, contact, keys, own, source, touched, batch, report)
        pid = person.id
        if contact.company and source == "linkedin" and pid in record:  # (she works again)
            found, person = person, taken_off(record, existing_people.get(pid), person)
            report.status_tags_off += person is not found
        elif contact.status_tag and put_there(record, existing_people.get(pid), person,
                                              contact.status_tag, contact.status_note):
            noted.add(pid)
        touched[pid] = person
        resolver.people[pid] = person
        for key in keys:
            resolver.keys.setdefault(key, pid)

        if contact.company:
            _job(resolver, batch, report, pid, contact, source, today)
        elif contact.work and source == "linkedin":  # (no position now: « Retraitée »)
            _end_jobs(resolver, batch, pid, None, today)
        ties = len(batch.knows)
        # (a row of Carnet's own CSV is someone of the notebook, not of her address book)
        if member is not None and pid != member.id and contact.ref is None:
            _tie(resolver, batch, report, member.id, pid, contact, source)
        if len(batch.knows) != ties:
            changed.add(pid)

    carried_on(record, existing_people, touched, noted)
    report.status_record = record if record != kept_record else None
    known_companies = set(resolver.company_ids)
    for name in parsed.companies:  # (companies' own cards: the company, no person)
        resolver.company(name, batch)
    report.companies_noted = len(resolver.company_ids.keys() - known_companies)
    kept = _net_jobs(resolver, batch, report)
    matched = touched.keys() & resolver.existing
    if matched:  # (whose jobs changed matters only for people known before)
        changed |= {resolver.job_of[key] for key in kept}
    updated = {pid for pid in matched
               if pid in changed or touched[pid] != existing_people[pid]}
    report.updated, report.unchanged = len(updated), len(matched) - len(updated)
    batch.people += [touched[pid] for pid in touched if pid not in matched or pid in updated]
    report.people = len({resolver.twin_of.get(pid, pid) for pid in touched}
                        if resolver.twin_of else touched)
    in_key_order(batch)
    return batch, report


def _net_jobs(resolver: _Resolver, batch: GraphData, report: ImportReport
              ) -> list[tuple[str, str, str]]:
    """One row per job, its last state, and only if it differs from the stored one: someone
    listed twice in a file (at Sud Events, then at Frioul) has each job ended by the other's
    row; what the file says is its last row, and a second import of it changes nothing.
    The keys of the jobs kept."""
    last = dict(zip(map(attrgetter("person", "company", "title"), batch.jobs), batch.jobs,
                    strict=True))
    stored = resolver.stored_jobs
    kept = [key for key, job in last.items() if key not in stored or stored[key] != job]
    batch.jobs = [last[key] for key in kept]
    report.jobs_closed = sum(not job.current for job in batch.jobs)
    return kept


def in_key_order(batch: GraphData) -> None:
    """The rows in the order of their tables' keys, so that a store appends to its indexes
    rather than inserting all over them (issue 17: a third less of SQLite's work for a 30k
    import). Stable: the later of two rows of one key (a job ended, then held again) stays
    the later, as writes of one transaction in order need."""
    batch.people.sort(key=attrgetter("id"))  # (attrgetter: the keys made in C)
    batch.companies.sort(key=attrgetter("id"))
    # A key of several columns, as stable sorts by each column from the last: strings are
    # compared in C, where tuples of strings (one end shared by every tie) are not.
    for column in ("b", "a"):
        batch.knows.sort(key=attrgetter(column))
    # (One job a person, as in most imports: ordered by person, they are in key order.)
    holders = set(map(attrgetter("person"), batch.jobs))
    for column in ("title", "company", "person")[2 if len(holders) == len(batch.jobs) else 0:]:
        batch.jobs.sort(key=attrgetter(column))


def _person_for(resolver: _Resolver, contact: Contact, keys: list[str], own: Person | None,
                source: str, touched: dict[str, Person], batch: GraphData,
                report: ImportReport) -> Person:
    """The person ``contact`` is, as this import leaves them: found by an identifier, else
    the member's own card, else new (queued for review when a twin or a look-alike is
    known); someone found gains the contact's details."""
    pid = shared = None
    for key in keys:
        found = resolver.keys.get(key)
        if found is None:
            continue
        known = touched.get(found) or resolver.people[found]
        named = known.name
        if (key.startswith("l:") or source in ("mail", "calendar")
                or (found in resolver.members and key.startswith("e:"))
                or may_name_one(name_key(contact.name), name_key(named))
                or any(may_name_one(name_key(contact.name), name_key(other))
                       for other in known.aliases)):  # (a name she goes by too)
            pid = found
            break
        if key not in resolver.crowded:  # (a switchboard says nothing of who is who)
            shared = shared or (found, "same_phone" if key.startswith("t:") else "same_email",
                                named)
    if pid is None and own is not None and name_key(contact.name) == name_key(own.name):
        pid = own.id  # her own card
    if pid is None:
        pid = contact.ref or stable_id("p", contact.name, fold(contact.company or contact.work),
                                       keys[0] if keys else "")
        pid = resolver.merged.get(pid, pid)  # merged into someone at an earlier import
        if pid not in resolver.people:
            pid = _made_before(resolver, contact, keys, source) or pid
    base = touched.get(pid) or resolver.people.get(pid)
    if base is not None:
        # A name made of an address (mail or a calendar had no other) gives way to a real
        # one, and an address's start to the readable name read from it; mail and calendars
        # never rename anyone else (« marie » in a From line is no better than « Marie
        # Dupont » from her card, which may read as her address's name).
        name = base.name
        if contact.name != base.name:  # (the same name again, most of a re-import: no weighing)
            emails = base.emails + contact.emails
            old = _name_rank(base.name, emails)
            if _name_rank(contact.name, emails) > old and (
                    old == 0 or source not in ("mail", "calendar")):
                name = contact.name
        return Person(base.id, name, emails_added(base.emails, contact.emails),
                      phones_added(base.phones, contact.phones),
                      base.linkedin or contact.linkedin, base.notes or contact.notes,
                      tags_added(base.tags, contact.tags) if contact.tags else base.tags,
                      other_names(name, base.aliases + contact.aka) if contact.aka
                      else base.aliases)
    person = Person(pid, contact.name, contact.emails,
                    phones_as_keys(contact.phones) if contact.phones else (),
                    contact.linkedin, contact.notes, contact.tags,
                    other_names(contact.name, contact.aka) if contact.aka else ())
    twin = resolver.twin(contact, pid)
    profile = keys[-1][2:] if keys and keys[-1].startswith("l:") else None  # (its slug)
    alike = resolver.look_alike(contact, pid, profile) if twin is None and shared is None \
        else None
    other_name = False  # found by a name she also goes by ("Dupont (Martin)": Marie Martin)
    for aka in contact.aka if alike is None and twin is None and shared is None else ():
        alike = resolver.look_alike(contact, pid, profile, aka)
        if alike is not None:
            other_name = True
            break
    if twin is None and shared is not None and frozenset((shared[0], pid)) not in resolver.apart:
        alike = (shared[0], fuzz.token_sort_ratio(name_key(contact.name), name_key(shared[2])),
                 shared[1])  # (the score says how alike the names are: not much)
    if twin is not None:  # written as a person, then merged into the twin (undoable)
        batch.reviews.append(Review(stable_id("v", twin, pid), twin, pid, 100.0,
                                    review_reason("same_name_company", source)))
        report.twins.append((twin, pid))
        resolver.twin_of[pid] = twin
        report.matched += 1
        resolver.current[pid] = list(resolver.current[twin])  # as if known: _job
    elif alike is not None:
        other, score, kind = alike
        kind = "other_name" if other_name else kind
        batch.reviews.append(Review(stable_id("v", other, pid), other, pid, round(score, 1),
                                    review_reason(kind, source)))
        report.queued += 1
    if twin is None:
        report.added += 1
    resolver.names.add(person.id, name_key(person.name), profile, first_name_words(person.name))
    return person


def _made_before(resolver: _Resolver, contact: Contact, keys: list[str],
                 source: str) -> str | None:
    """The person an import made of this row before the one rule for addresses
    (``identifiers.emails_in``) changed her keys, so her id: the id it made from an address
    typed wrong (« elise@ », ``Contact.old_key``); or, in a CSV file, where it read no
    address in a cell that holds one now (Outlook's « Léa Roux (lea@x.fr) », « <lea@x.fr> »),
    the id it made from her other keys, if the person of that id has no address and a CSV
    import made her a member's contact (else a namesake at the same company is one only by
    the twin rule, undoable)."""
    company = fold(contact.company or contact.work)
    if contact.old_key:
        before = stable_id("p", contact.name, company, contact.old_key)
        before = resolver.merged.get(before, before)
        return before if before in resolver.people else None
    if source != "csv" or not keys or not keys[0].startswith("e:"):
        return None
    before = stable_id("p", contact.name, company,
                       next((k for k in keys if not k.startswith("e:")), ""))
    before = resolver.merged.get(before, before)
    person = resolver.people.get(before)
    if person is None or address_keys(person.emails):
        return None
    ties = (resolver.ties.get((min(m, before), max(m, before))) for m in resolver.members)
    return before if any(t is not None and t.source == source for t in ties) else None


def _name_rank(name: str, emails: tuple[str, ...]) -> int:
    """How much a name says of someone: 0 an address's start (« solene.roux », what mail
    imports named someone known only by address), 1 the name read from an address
    (« Solene Roux »: ``name_from_address``), 2 a name written by someone."""
    if name.casefold() in {address.partition("@")[0] for address in address_keys(emails)}:
        return 0
    return 1 if name in {name_from_address(e) for e in emails} else 2


def _job(resolver: _Resolver, batch: GraphData, report: ImportReport, pid: str,
         contact: Contact, source: str, today: date) -> None:
    company = resolver.company(contact.company, batch)
    # The job they hold there already, if the title is the same one written another way
    # ("… 📣"), or not given, or if a contact book gives it (an address book's title is the
    # same job in other words): a title is part of a job's key, so another title would be a
    # second job, and LinkedIn would end the other one at each import, a phone export bring
    # it back at the next (LinkedIn alone says which position is current).
    current = resolver.current.get(pid, ())
    here = [j.title for j in current if j.company == company.id]
    title = next((t for t in here if name_key(t) == name_key(contact.title)),
                 contact.title if contact.title and source == "linkedin" else here[0]) \
        if here else contact.title
    holder = resolver.twin_of.get(pid, pid)  # a twin's own job there is updated in place
    if (holder, company.id, title) not in resolver.jobs:  # (a merge keeps only one of two)
        holder = pid
    key = (holder, company.id, title)
    old = resolver.jobs.get(key)
    job = Job(holder, company.id, title, contact.department or (old.department if old else ""),
              old.since if old else None, None, True)
    if old is None or job != old:
        batch.jobs.append(job)
        resolver.jobs[key] = job
        resolver.job_of[key] = pid
    resolver.names.employs(pid, company_key(company.name))
    if source == "linkedin":  # LinkedIn shows the current position: any other has ended
        _end_jobs(resolver, batch, pid, job, today)


def _end_jobs(resolver: _Resolver, batch: GraphData, pid: str, job: Job | None,
              today: date) -> None:
    """Every current job of ``pid`` but ``job`` (her one position now, if any) ended, as
    LinkedIn says: it shows the current position only."""
    for previous in resolver.current.get(pid, ()):
        if job is None or (previous.company, previous.title) != (job.company, job.title):
            ended = (previous.person, previous.company, previous.title)
            stored = resolver.stored_jobs.get(ended)  # (ended when, if it was already)
            resolver.jobs[ended] = Job(*ended, previous.department, previous.since,
                                       stored.until if stored and not stored.current
                                       else today.isoformat(), False)
            batch.jobs.append(resolver.jobs[ended])
            resolver.job_of[ended] = pid
    resolver.current[pid] = [job] if job is not None else []


def _tie(resolver: _Resolver, batch: GraphData, report: ImportReport, me: str, pid: str,
         contact: Contact, source: str) -> None:
    pair = (min(me, pid), max(me, pid))
    old = resolver.ties.get(pair)
    if old is None:
        tie = Knows(me, pid, None, contact.since, contact.last_contact, contact.interactions,
                    "", source)
        twin = resolver.twin_of.get(pid)  # (merged into someone she knew: their tie, if any)
        report.ties_added += twin is None or (min(me, twin), max(me, twin)) not in resolver.ties
    else:  # what we knew stays; dates widen, counts never go down (re-imports change nothing)
        tie = Knows(old.a, old.b, old.closeness, _earliest(old.since, contact.since),
                    _latest(old.last_contact, contact.last_contact),
                    max(old.interactions, contact.interactions), old.how_met, old.source)
    if old is None or tie != old:
        batch.knows.append(tie)
        resolver.ties[pair] = tie


def _earliest(a: str | None, b: str | None) -> str | None:
    return min(filter(None, (a, b)), default=None)


def _latest(a: str | None, b: str | None) -> str | None:
    return max(filter(None, (a, b)), default=None)
