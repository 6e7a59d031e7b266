"""Interaction metadata from mail (mbox) and calendars (.ics): who, how often, how recently.

Only headers are read (From, To, Cc, Date; ORGANIZER, ATTENDEE, DTSTART), never content. The
owner's addresses say which side of each message or meeting is theirs. Mail counts only when
it goes both ways: one-way mail (newsletters, cold mail) does not make a tie. A counterpart
with no name is named after her address where it clearly holds one (« Solene Roux » from
``solene.roux@``, ``ingest/mailboxes.py``); shared and automatic mailboxes (contact@,
noreply@) are no one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.header import decode_header
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from graph.core.errors import ImportFailed
from graph.core.model import fold
from graph.core.names import LEGAL_FORMS, MAX_NAME_CHARS, name_key
from graph.formats.interchange import MAX_FIELD_CHARS
from ingest.common import (
    MAX_CONTACTS,
    MAX_LINE_CHARS,
    Contact,
    Notice,
    Parsed,
    Skipped,
    Text,
    clean,
    field_too_long,
    open_export,
    too_many,
)
from ingest.contentlines import parse_lines
from ingest.identifiers import email_address
from ingest.mailboxes import mailbox_kind, name_from_address, names_someone

MAX_ATTENDEES = 15  # bigger meetings (all-hands, webinars) say little about a tie


@dataclass
class Exchange:
    """What one counterpart's address adds up to."""

    email: str
    name: str = ""     # the fullest one met (see ``named``)
    own: bool = False  # whether ``name`` is how they sign their own mail
    sent: int = 0      # by the owner to them (or meetings together, for calendars)
    received: int = 0  # from them to the owner
    first: str | None = None
    last: str | None = None

    def named(self, name: str, own: bool = False) -> None:
        """Another name met for this address. A fuller form of the name kept replaces it
        ("Karim Benali" the "Karim" of a To: line); else the one they sign with (``own``)
        replaces how others wrote them, unless that is a fuller form of it; else the first
        stays ("Équipe communication" does not replace "Karim Benali")."""
        new, old = set(name_key(name).split()), set(name_key(self.name).split())
        if new > old or (own and not self.own and not old > new):
            self.name, self.own = name, own

    def count(self, when: date | None, outgoing: bool) -> None:
        if outgoing:
            self.sent += 1
        else:
            self.received += 1
        if when is not None:
            day = when.isoformat()
            self.first = min(self.first or day, day)
            self.last = max(self.last or day, day)


_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_BETWEEN_WORDS = re.compile(r"(?<=\?=)\s+(?==\?)")
KEPT_HEADERS = {b"from": 0, b"to": 1, b"cc": 2, b"date": 3}


def decode_words(value: str) -> str:
    """RFC 2047 encoded words (``=?utf-8?q?Zo=C3=A9?=``) decoded, the rest kept as it is
    (it may already be Unicode: raw UTF-8 or Latin-1 headers, decoded by the reader)."""
    def word(match: re.Match[str]) -> str:
        try:
            [(raw, charset)] = decode_header(match.group(0))
            return raw.decode(charset or "ascii", "replace") if isinstance(raw, bytes) else raw
        except (ValueError, LookupError):
            return match.group(0)
    return clean(_ENCODED_WORD.sub(word, _BETWEEN_WORDS.sub("", value)))


_JUST_AN_ADDRESS = re.compile(r"\S+@\S+")
_ASIDE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")  # a last (…) or […]: a company, a team
_NAME_WORDS = re.compile(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2}")  # 1 to 3 words


def display_name(name: str) -> str:
    """A sender's or attendee's name as people write it: Outlook's quotes ('Zoé Martin')
    and an Exchange directory's "Last, First" undone; an address given as the name (Google
    Calendar's guests, some mailers) is no name; an aside at the end in brackets goes.

    >>> display_name("'Martin, Zoé'"), display_name("zoe@x.fr"), display_name("Acme, Inc.")
    ('Zoé Martin', '', 'Acme, Inc.')
    >>> display_name("Karim Benali (Phocée)"), display_name("(Phocée)")
    ('Karim Benali', '(Phocée)')
    """
    name = clean(name)
    if len(name) > 1 and name[0] == name[-1] and name[0] in "'\"":
        name = clean(name[1:-1])
    name = clean(_ASIDE.sub("", name)) or name  # "Karim Benali (Phocée)": the aside goes
    if _JUST_AN_ADDRESS.fullmatch(name):
        return ""
    last, comma, first = name.partition(",")
    if (comma and all(_NAME_WORDS.fullmatch(part.strip()) for part in (last, first))
            and not set(name_key(first).split()) <= LEGAL_FORMS):
        return clean(f"{first} {last}")
    return name


_SIMPLE_ADDRESS = re.compile(r'\s*(?:(?P<name>[^<>",;()\\@]*?)\s*<(?P<in>[^<>\s"@]+@[^<>\s",;]+)>'
                             r'|(?P<bare>[^<>\s"@,;()]+@[^<>\s",;()]+))\s*')
_MAIL_DATE = re.compile(r"(?:\w{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s")
_MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"), start=1)}


@functools.lru_cache(maxsize=2**16)
def addresses(header: str) -> list[tuple[str, str]]:
    """``(name, lower-case address)`` of a header's mailboxes. The usual ``Name <a@b>`` is
    read by a pattern (a mailbox repeats the same few headers: cached); anything else by
    ``email.utils.getaddresses``, which is exact and ~30 times slower."""
    if not header:
        return []
    simple = _SIMPLE_ADDRESS.fullmatch(header)
    if simple:
        return [(simple["name"] or "", (simple["in"] or simple["bare"]).lower())]
    return [(n, a.lower()) for n, a in getaddresses([header]) if "@" in a]


def mail_date(when: str) -> date | None:
    """The day a ``Date:`` header says (in the sender's time zone, as it reads)."""
    found = _MAIL_DATE.match(when.strip())
    if found and found[2].lower() in _MONTHS:
        try:
            return date(int(found[3]), _MONTHS[found[2].lower()], int(found[1]))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(when).date() if when else None
    except (TypeError, ValueError, IndexError):
        return None


def summarize_mail(messages: Iterable[Sequence[str]], me: set[str], source: str = "mail",
                   ) -> dict[str, Exchange]:
    """``(from, to, cc, date)`` headers → one ``Exchange`` per counterpart address."""
    seen: dict[str, Exchange] = {}
    for sender, to, cc, when in messages:
        senders = addresses(sender)
        recipients = addresses(to) + addresses(cc)
        day = mail_date(when)
        if any(a in me for _, a in senders):
            others, outgoing = recipients, True
        elif any(a in me for _, a in recipients):
            others, outgoing = senders, False
        else:
            continue
        for name, address in others:
            if address in me:
                continue
            if address not in seen and len(seen) >= MAX_CONTACTS:
                raise too_many(source)
            exchange = seen.setdefault(address, Exchange(address))
            if name:
                exchange.named(display_name(decode_words(name)), own=not outgoing)
            exchange.count(day, outgoing)
    return seen


def mbox_headers(handle: BinaryIO, name: str, latin1: list[int]) -> Iterator[list[str]]:
    """``[from, to, cc, date]`` of each message of an mbox, read line by line (bodies are
    skipped, never held). Header bytes are decoded as UTF-8, else as Latin-1 (old mailers
    wrote raw 8-bit headers): ``latin1[0]`` counts the headers read that way. A header over
    the field limit refuses the file."""
    fields: list[bytearray] | None = None   # the current message's headers, until its body
    current: bytearray | None = None        # the header being read (continuation lines)
    start = number = header_line = 0
    at_line_start = True
    while raw := handle.readline(MAX_LINE_CHARS):
        line_start, at_line_start = at_line_start, raw.endswith(b"\n")
        number += line_start
        if line_start and raw.startswith(b"From "):
            if fields is not None:
                yield _header_texts(fields, latin1)
            fields, current, start = [bytearray() for _ in KEPT_HEADERS], None, number
            continue
        if fields is None or start < 0:
            continue  # before the first message, or in a body
        if line_start and not raw.strip():
            yield _header_texts(fields, latin1)
            fields, start = None, -1  # the body: skipped up to the next "From " line
            continue
        if line_start and raw[:1] not in (b" ", b"\t"):
            key = raw.split(b":", 1)[0].strip().lower()
            index = KEPT_HEADERS.get(key)
            current = fields[index] if index is not None else None
            if current is not None:
                raw, header_line = raw.split(b":", 1)[1], number
        if current is not None:
            current += raw.rstrip(b"\r\n") if at_line_start else raw
            if len(current) > MAX_FIELD_CHARS:
                raise field_too_long(name, header_line)
    if fields is not None:
        yield _header_texts(fields, latin1)


def _header_texts(fields: list[bytearray], latin1: list[int]) -> list[str]:
    texts = []
    for raw in fields:
        try:
            texts.append(raw.decode("utf-8").strip())
        except UnicodeDecodeError:
            latin1[0] += 1
            texts.append(raw.decode("latin-1").strip())
    return texts


def read_mbox(path: Path, me: set[str]) -> Parsed:
    path = Path(path)
    with open_export(path) as handle:
        head = handle.read(64)
        if not head.strip():
            raise ImportFailed("empty", file=path.name)
        if not head.startswith(b"From "):
            raise ImportFailed("not_format", file=path.name, format="mbox")
        handle.seek(0)
        latin1 = [0]
        parsed = _parsed(summarize_mail(mbox_headers(handle, path.name, latin1), me,
                                        path.name), two_way_only=True)
    if latin1[0]:
        parsed.notices.append(Notice(f"{latin1[0]} header(s) were not UTF-8 and were read as "
                                     "Latin-1", "latin1", latin1[0]))
    return parsed


def parse_ics(text: Text, me: set[str], name: str = "calendar.ics") -> Parsed:
    """Meetings with the owner: each other attendee's count and dates."""
    seen: dict[str, Exchange] = {}
    event: list[tuple[str, str, str]] | None = None  # (property, address, display name)
    day: date | None = None
    events = 0
    for line in parse_lines(text, name):
        if line.name == "BEGIN" and line.text.upper() == "VEVENT":
            event, day = [], None
            events += 1
        elif line.name == "END" and line.text.upper() == "VEVENT" and event is not None:
            people = {address: cn for _, address, cn in event}
            if me & people.keys() and len(people) <= MAX_ATTENDEES:
                for address, cn in people.items():
                    if address not in me:
                        if address not in seen and len(seen) >= MAX_CONTACTS:
                            raise too_many(name)
                        exchange = seen.setdefault(address, Exchange(address))
                        exchange.named(cn)
                        exchange.count(day, True)
            event = None
        elif event is not None and line.name in ("ORGANIZER", "ATTENDEE"):
            address = line.text.strip()
            if address.lower().startswith("mailto:"):
                address = address[7:]
            address = address.strip().lower()
            if "@" in address and not _not_a_person(line.param("CUTYPE"), address):
                event.append((line.name, address,
                              display_name((line.param("CN") or [""])[0])))
        elif event is not None and line.name == "DTSTART":
            day = _ics_date(line.text)
    if not events:
        raise ImportFailed("not_format", file=name, format="iCalendar")
    return _parsed(seen, two_way_only=False)


def _not_a_person(cutype: list[str], address: str) -> bool:
    """A meeting room, a projector, a mailing list (RFC 5545 ``CUTYPE``), or one of Google
    Calendar's own addresses (rooms ``…@resource.calendar.google.com``, shared calendars
    ``…@group.calendar.google.com``)."""
    return any(kind.upper() in ("ROOM", "RESOURCE", "GROUP") for kind in cutype) or \
        address.endswith("calendar.google.com")


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
        if email_address(exchange.email) is None:  # (« elise@ »: all mail knows of her)
            parsed.not_addresses += 1
            continue
        named = exchange.name if len(exchange.name) <= MAX_NAME_CHARS else ""  # (no one's)
        local = exchange.email.split("@")[0]
        if fold(named) == fold(local):  # (a guest's CN that is her address's start)
            named = ""
        kind = mailbox_kind(exchange.email)
        if kind == "automatic" or (kind == "shared" and not names_someone(named)):
            parsed.skipped.append(Skipped(0, "a shared or automatic mailbox (contact@, "
                                             "noreply@…), not a person", "role_mailbox",
                                          exchange.email))
            continue
        parsed.contacts.append(Contact(
            n, named or name_from_address(exchange.email) or local, emails=(exchange.email,),
            since=exchange.first, interactions=exchange.sent + exchange.received,
            last_contact=exchange.last))
    return parsed
