"""Interaction metadata from mail (mbox) and calendars (.ics): who, how often, how recently.

Only headers are read (From, To, Cc, Date; ORGANIZER, ATTENDEE, DTSTART), never content. The
owner's addresses say which side of each message or meeting is theirs. Mail counts only when
it goes both ways: one-way mail (newsletters, cold mail) does not make a tie.
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from graph.errors import ImportFailed
from ingest.common import Contact, Parsed, Skipped, clean
from ingest.contentlines import parse_lines

MAX_ATTENDEES = 15  # bigger meetings (all-hands, webinars) say little about a tie


@dataclass
class Exchange:
    """What one counterpart's address adds up to."""

    email: str
    name: str = ""
    sent: int = 0      # by the owner to them (or meetings together, for calendars)
    received: int = 0  # from them to the owner
    first: str | None = None
    last: str | None = None

    def count(self, when: date | None, outgoing: bool) -> None:
        if outgoing:
            self.sent += 1
        else:
            self.received += 1
        if when is not None:
            day = when.isoformat()
            self.first = min(self.first or day, day)
            self.last = max(self.last or day, day)


def _decoded(value: str) -> str:
    try:
        return clean(str(make_header(decode_header(value))))
    except (ValueError, LookupError):
        return clean(value)


def summarize_mail(messages: Iterable[tuple[str, str, str, str]], me: set[str],
                   ) -> dict[str, Exchange]:
    """``(from, to, cc, date)`` headers → one ``Exchange`` per counterpart address."""
    seen: dict[str, Exchange] = {}
    for sender, to, cc, when in messages:
        senders = [(n, a.lower()) for n, a in getaddresses([sender]) if "@" in a]
        recipients = [(n, a.lower()) for n, a in getaddresses([to, cc]) if "@" in a]
        try:
            day = parsedate_to_datetime(when).date() if when else None
        except (TypeError, ValueError, IndexError):
            day = None
        if any(a in me for _, a in senders):
            others, outgoing = recipients, True
        elif any(a in me for _, a in recipients):
            others, outgoing = senders, False
        else:
            continue
        for name, address in others:
            if address in me:
                continue
            exchange = seen.setdefault(address, Exchange(address))
            exchange.name = exchange.name or _decoded(name)
            exchange.count(day, outgoing)
    return seen


def read_mbox(path: Path, me: set[str]) -> Parsed:
    path = Path(path)
    try:
        head = path.open("rb").read(64)
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot read ({exc.strerror})") from exc
    if not head.strip():
        raise ImportFailed(f"{path.name}: the file is empty")
    if not head.startswith(b"From "):
        raise ImportFailed(f"{path.name}: not an mbox file (it must start with 'From ')",
                           "not_format", file=path.name)
    box = mailbox.mbox(path, create=False)
    try:
        headers = [(m.get("From", ""), m.get("To", ""), m.get("Cc", ""), m.get("Date", ""))
                   for m in box]
    finally:
        box.close()
    return _parsed(summarize_mail(headers, me), two_way_only=True)


def parse_ics(text: str, me: set[str], name: str = "calendar.ics") -> Parsed:
    """Meetings with the owner: each other attendee's count and dates."""
    seen: dict[str, Exchange] = {}
    event: list[tuple[str, str, str]] | None = None  # (property, address, display name)
    day: date | None = None
    events = 0
    for line in parse_lines(text):
        if line.name == "BEGIN" and line.text.upper() == "VEVENT":
            event, day = [], None
            events += 1
        elif line.name == "END" and line.text.upper() == "VEVENT" and event is not None:
            people = {address: cn for _, address, cn in event}
            if me & people.keys() and len(people) <= MAX_ATTENDEES:
                for address, cn in people.items():
                    if address not in me:
                        exchange = seen.setdefault(address, Exchange(address))
                        exchange.name = exchange.name or cn
                        exchange.count(day, True)
            event = None
        elif event is not None and line.name in ("ORGANIZER", "ATTENDEE"):
            address = line.text.strip()
            if address.lower().startswith("mailto:"):
                address = address[7:]
            if "@" in address:
                event.append((line.name, address.strip().lower(),
                              clean((line.param("CN") or [""])[0])))
        elif event is not None and line.name == "DTSTART":
            day = _ics_date(line.text)
    if not events:
        raise ImportFailed(f"{name}: not an iCalendar file (no BEGIN:VEVENT)", "not_format",
                           file=name)
    return _parsed(seen, two_way_only=False)


def _ics_date(value: str) -> date | None:
    try:
        return datetime.strptime(value.strip()[:8], "%Y%m%d").date()
    except ValueError:
        return None


def _parsed(exchanges: dict[str, Exchange], two_way_only: bool) -> Parsed:
    parsed = Parsed()
    for n, exchange in enumerate(sorted(exchanges.values(), key=lambda e: e.email), start=1):
        if two_way_only and not (exchange.sent and exchange.received):
            parsed.skipped.append(Skipped(0, "mail one way only", "one_way", exchange.email))
            continue
        parsed.contacts.append(Contact(
            n, exchange.name or exchange.email.split("@")[0], emails=(exchange.email,),
            since=exchange.first, interactions=exchange.sent + exchange.received,
            last_contact=exchange.last))
    return parsed
