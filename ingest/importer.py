"""One entry point for every import: guess the format, parse, resolve, write all or nothing.

``import_file`` is what ``carnet import`` and the app's import page call.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graph.core.errors import AmbiguousName, ImportFailed, MemberNotFound
from graph.core.model import GraphData, Person, stable_id
from graph.core.names import MAX_NAME_CHARS, closeness, name_key
from graph.formats import IMPORT_FORMATS
from graph.services.lookup import person_matches, resolve_person
from graph.services.session import open_session
from graph.stores.port import GraphStore
from ingest.archives import unpacked
from ingest.common import (
    Notice,
    Parsed,
    check_size,
    collector_paused,
    read_head,
    read_lines,
    refuse_binary,
)
from ingest.contacts_files import parse_csv, parse_google, parse_linkedin, parse_vcard
from ingest.digests import file_digest, import_key, remember, replay
from ingest.identifiers import address_keys
from ingest.resolve import ImportReport, plan_import
from ingest.status_tags import write_record

SOURCE_OF = {"linkedin": "linkedin", "vcard": "vcard", "google": "google", "csv": "csv",
             "mbox": "mail", "ics": "calendar"}
# What one skip of a format is about, as its report names it ("2 addresses skipped": a mail
# box skips its one-way correspondents, not rows); a CSV file's is a row.
SKIPPED_UNITS = {"mbox": "addresses", "ics": "addresses", "vcard": "cards"}


def skipped_unit(fmt: str) -> str:
    """``"rows"``, ``"addresses"``, ``"events"`` or ``"cards"``: the words of a format's skips
    are ``skipped_<unit>`` (app) and ``cli_import_skipped_<unit>`` (command)."""
    return SKIPPED_UNITS.get(fmt, "rows")


@dataclass
class ImportResult:
    format: str
    report: ImportReport
    written: bool
    notices: list[Notice] = field(default_factory=list)  # how the file was read


def guess_format(path: Path) -> str:
    """From the name, and for CSV files from the header: LinkedIn, Google or any CSV."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "carnet"
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".ics", ".ical"):
        return "ics"
    if suffix in (".mbox", ".mbx") or path.name.lower() == "mbox":
        return "mbox"
    if suffix in (".csv", ".txt"):
        head = read_head(path)
        if re.search(r"First Name[,;\t]Last Name[,;\t]URL", head):  # (or saved by Excel)
            return "linkedin"
        if "E-mail 1 - Value" in head or "Given Name" in head:
            return "google"
        return "csv"
    refuse_binary(path)
    raise ImportFailed("unknown_format_of", file=path.name)


def member_for(store: GraphStore, me: str | None) -> Person:
    """Who the imported network belongs to: the session of ``--me``, else of the only member.

    ``--me`` names a member exactly (case, accents, punctuation ignored). A name close to a
    member's is a typo, refused with the member's name: it never makes a second "me". Any
    other name is a new member (a person of exactly that name, or a new one: the very first
    import creates her)."""
    if not me:
        try:
            return store.get_person(open_session(store).member)
        except MemberNotFound as exc:  # none yet, or several: the import must be told
            raise ImportFailed("need_me_several" if exc.code == "several_members"
                               else "need_me") from exc
    members = store.members()
    key, people = name_key(me), [store.get_person(m) for m in members]
    named = next((p for p in people if me == p.id or name_key(p.name) == key), None)
    if named is not None:  # (a member already: no session to open, no person to read again)
        return named
    near = [p.name for p in people if closeness(key, name_key(p.name)) is not None]
    if near:
        raise ImportFailed("me_not_member", me=me, member=" / ".join(near))
    exact, _ = person_matches(store, me)
    if len(exact) > 1:
        raise AmbiguousName("people", me, [(p.id, p.name) for p in exact])
    if exact:
        return exact[0]
    name = " ".join(me.split())
    if not key:
        raise ImportFailed("me_not_a_name", me=me)
    if len(name) > MAX_NAME_CHARS:
        raise ImportFailed("name_long", most=MAX_NAME_CHARS)
    return Person(stable_id("p", name, "member"), name)


def owner_addresses(store: GraphStore, me: str | None, member: Person | None) -> set[str]:
    addresses = {a.strip().lower() for a in (me or "").split(",") if "@" in a}
    if member is not None:  # (as an older import kept them: « <Isabelle@…> » is hers too)
        addresses |= set(address_keys(member.emails))
    if not addresses:
        raise ImportFailed("need_emails")
    return addresses


def parse_file(path: Path, fmt: str, store: GraphStore, me: str | None,
               member: Person | None, mapping: dict[str, str] | None = None) -> Parsed:
    if fmt in ("mbox", "ics"):  # (imported here: mail's modules are for mail only)
        from ingest.mail import parse_ics, read_mbox
    notices: list[Notice] = []  # (how the file was read: Windows-1252)
    if fmt == "mbox":
        parsed = read_mbox(path, owner_addresses(store, me, member))
    elif fmt == "ics":
        parsed = parse_ics(read_lines(path, notices), owner_addresses(store, me, member),
                           path.name)
    else:
        text = read_lines(path, notices)
        parser = {"linkedin": parse_linkedin, "google": parse_google,
                  "vcard": parse_vcard}.get(fmt)
        parsed = parser(text, path.name) if parser else parse_csv(text, path.name, mapping)
        if not parsed.contacts and not parsed.companies:
            raise ImportFailed("no_contacts", file=path.name)
    parsed.notices += notices
    if parsed.statuses:
        parsed.notices.append(Notice(
            f"{parsed.statuses} company cell(s) say how the person works, not where: kept "
            "as a tag, no company made", "work_status", parsed.statuses))
    if parsed.not_addresses:
        parsed.notices.append(Notice(
            f"{parsed.not_addresses} malformed e-mail address(es) left out",
            "not_addresses", parsed.not_addresses))
    return parsed


def import_file(store: GraphStore, path: Path, fmt: str = "auto", me: str | None = None,
                dry_run: bool = False, mapping: dict[str, str] | None = None,
                today: date | None = None,
                progress: Callable[[int, int], object] | None = None) -> ImportResult:
    """Import ``path`` into ``store`` in one transaction (or only report, with ``dry_run``).
    ``progress(done, total)`` is called every thousand contacts."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed("no_file", file=path)
    with unpacked(path) as export:  # (a ZIP: the export it holds)
        fmt = guess_format(export) if fmt == "auto" else fmt
        if fmt not in IMPORT_FORMATS:
            raise ImportFailed("unknown_format", format=fmt, formats=", ".join(IMPORT_FORMATS))
        if fmt == "carnet":
            raise ImportFailed("carnet_json_apart")
        named = me if me and "@" not in me else None
        member = member_for(store, named)
        # The same file again, into a store unchanged since: nothing to parse or plan.
        key, digest = import_key(fmt, member.id, me, mapping), file_digest(path)
        if (again := replay(store, key, digest)) is not None:
            return ImportResult(fmt, again[0], not dry_run, again[1])
        with collector_paused():
            parsed = parse_file(export, fmt, store, me, member, mapping)
    result = import_parsed(store, parsed, fmt, me, dry_run, today, progress, member)
    if not dry_run:
        remember(store, key, digest, result.report, result.notices)
    return result


def import_parsed(store: GraphStore, parsed: Parsed, fmt: str, me: str | None = None,
                  dry_run: bool = False, today: date | None = None,
                  progress: Callable[[int, int], object] | None = None,
                  member: Person | None = None) -> ImportResult:
    """Import what ``preview_file`` parsed (the app parses an upload once, then checks and
    imports it): resolved against the store as it is now, written in one transaction.
    ``member``: whose contacts, if the caller has just found her (``member_for``)."""
    named = me if me and "@" not in me else None
    member = member or member_for(store, named)
    with collector_paused():
        batch, report = plan_import(store, parsed, source=SOURCE_OF[fmt], member=member,
                                    today=today, progress=progress,
                                    me_named=named is not None)
        if not dry_run:
            store.save(batch)
            for known, new in report.twins:  # each one undoable (carnet review undo)
                store.merge_people(known, new)
            if report.status_record is not None:  # (once written: else nothing is taken off)
                write_record(store, report.status_record)
    notices = list(parsed.notices)  # (the app imports the parse it previewed: not changed)
    if report.status_tags_off:
        notices.append(Notice(
            f"{report.status_tags_off} status tag(s) taken off (Freelance…): LinkedIn gives "
            "a company again", "status_tags_off", report.status_tags_off))
    if report.status_companies:  # older imports made companies of statuses: how to mend it
        notices.append(Notice(
            f"{report.status_companies} company(ies) of the notebook are work statuses "
            "(Freelance…) from older imports: delete them, then import the file again",
            "status_companies", report.status_companies))
    return ImportResult(fmt, report, not dry_run, notices)


def import_carnet(store: GraphStore | None, path: Path, me: str | None = None,
                  dry_run: bool = False) -> tuple[dict[str, int], bool]:
    """A Carnet JSON backup, as it is (idempotent): how many records of each kind it holds
    (``GraphData`` field names), and whether the store changed. Read as a stream and written
    in batches in one transaction (see graph/formats/carnet_stream.py). ``me`` names a member,
    in the file or already in the store. Without a store: a dry run that only checks the file."""
    from graph.formats.carnet_stream import CarnetFile  # (ijson: for Carnet JSON only)

    check_size(path)
    carnet = CarnetFile(path)
    tally: dict[str, int] = {}
    member: list[str] = []
    if store is not None and me:
        key = name_key(me)
        in_file = [raw.get("id") for raw in carnet.items("people") if isinstance(raw, dict)
                   and (me == raw.get("id") or (isinstance(raw.get("name"), str)
                                                and name_key(raw["name"]) == key))]
        member = [str(in_file[0]) if len(in_file) == 1 else resolve_person(store, me).id]

    def batches() -> Iterator[GraphData]:
        tally.clear()  # (a retried transaction reads the file again)
        for batch in (*carnet.batches(), GraphData(members=member)):
            for kind in ("members", "people", "companies", "knows", "jobs", "referrals",
                         "intros", "events", "targets"):
                tally[kind] = tally.get(kind, 0) + len(getattr(batch, kind))
            yield batch

    if store is None or dry_run:
        for _ in batches():  # every record checked, nothing kept
            pass
        return tally, False
    before = store.graph_version()
    store.save_batches(batches)
    return tally, store.graph_version() != before


def preview_file(store: GraphStore, path: Path, fmt: str = "auto", me: str | None = None,
                 mapping: dict[str, str] | None = None) -> tuple[str, Parsed]:
    """The format and what the parser finds, without resolving or writing anything."""
    with unpacked(Path(path)) as export:  # (a ZIP: the export it holds)
        fmt = guess_format(export) if fmt == "auto" else fmt
        if fmt == "carnet":
            raise ImportFailed("carnet_json_apart")
        member = member_for(store, me if me and "@" not in me else None)
        return fmt, parse_file(export, fmt, store, me, member, mapping)
