"""Carnet's domain: people, companies and the facts that link them.

Plain frozen dataclasses with stable string ids (``p:…`` people, ``c:…`` companies, ``r:…``
referrals, ``i:…`` intro requests), never database ids. Dates are ISO ``YYYY-MM-DD`` strings and
unknown values are ``None``, exactly as in Carnet JSON v1 (see ``graph/formats/interchange.py``).

>>> fold("  Groupe Méditerranée   Énergie ")
'groupe mediterranee energie'
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import MISSING, dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import Final, TypeVar

from anyascii import anyascii

SOURCES: Final = ("manual", "linkedin", "vcard", "google", "csv", "referral", "mail", "calendar")
# The snapshot's codes, also kept in SQLite beside each tie (schema 6): append only.
SOURCE_CODES: Final = {source: n for n, source in enumerate(SOURCES)}
REFERRAL_STATUSES: Final = (
    "noted", "researched", "contacted", "meeting", "won", "lost", "dropped",
)
INTRO_STATUSES: Final = (
    "draft", "asked", "accepted", "declined", "introduced", "met", "won", "lost",
)
# Steps a history holds that are no status: a referrer thanked; an ask closed unanswered
# (recorded ``declined``: ``services/lifecycle.py``).
HISTORY_ONLY_STEPS: Final = ("thanked", "unanswered")

_SPACES = re.compile(r"\s+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


R = TypeVar("R")


def quick_init(cls: type[R]) -> type[R]:
    """A frozen dataclass (``frozen=True, slots=True``) whose ``__init__`` sets each field
    through its slot, as its own ``__init__`` would if it were not frozen. Dataclass's frozen
    ``__init__`` goes round the class's ``__setattr__`` (which refuses any change) with an
    ``object.__setattr__`` call per field: three times the cost, which an import paid for
    each of three records per contact (issue 17). Same signature, defaults and
    ``__post_init__``; equality, hash, repr and ``replace`` are dataclass's; still frozen."""
    found = dataclasses.fields(cls)  # type: ignore[arg-type]
    assert all(f.init and f.default_factory is MISSING for f in found), cls
    params = ", ".join(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}"
                       for f in found)
    body = [f"    _set_{f.name}(self, {f.name})" for f in found]
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    space = {**{f"_set_{f.name}": getattr(cls, f.name).__set__ for f in found},
             **{f"_default_{f.name}": f.default for f in found}}
    exec(f"def __init__(self, {params}) -> None:\n" + "\n".join(body), space)
    init = space["__init__"]
    init.__qualname__, init.__doc__ = f"{cls.__qualname__}.__init__", cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The key under which names match: accents, case and spacing ignored.

    ``anyascii`` also folds letters that have no decomposition (œ → oe, ß → ss).
    >>> fold("Stéphanie") == fold("STEPHANIE")
    True
    """
    if not text.isascii():  # (anyascii is the slow part: imports fold many names)
        text = anyascii(unicodedata.normalize("NFKC", text))
    return _SPACES.sub(" ", text.casefold()).strip()


@lru_cache(maxsize=1 << 16)  # (an import makes an id per contact, of names met many times)
def slug(text: str) -> str:
    """An id-friendly form of a name: ``"Solène Roux"`` → ``"solene-roux"``."""
    return _NOT_SLUG.sub("-", fold(text)).strip("-")[:40] or "x"


def new_id(prefix: str, name: str = "") -> str:
    """A fresh stable id, readable and unique: ``new_id("p", "Karim")`` → ``"p:karim-3f9a1c"``."""
    suffix = secrets.token_hex(3)
    return f"{prefix}:{slug(name)}-{suffix}" if name else f"{prefix}:{secrets.token_hex(6)}"


def stable_id(prefix: str, name: str, *parts: str) -> str:
    """An id derived from what names a thing, so that the same input gives the same id
    (re-imports find the people they made): ``stable_id("p", "Zoé")`` → ``"p:zoe-1c3f…"``."""
    digest = hashlib.sha1("\x1f".join([fold(name), *parts]).encode()).hexdigest()[:8]
    return f"{prefix}:{slug(name)}-{digest}"


@quick_init
@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    linkedin: str | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()
    # Other full names she goes by (a maiden or married name, a name she is known by): never
    # her own name (``other_names``); searched, and looked for by imports (never merged on).
    aliases: tuple[str, ...] = ()
    # Set by the store; not part of the interchange format.
    created_at: str | None = field(default=None, compare=False)
    updated_at: str | None = field(default=None, compare=False)


def union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Both, in order, each once: ``union(("a", "b"), ("b", "c"))`` → ``("a", "b", "c")``."""
    return tuple(dict.fromkeys(first + second))


def other_names(name: str, names: Iterable[str]) -> tuple[str, ...]:
    """``names`` that are not ``name``, each once, in order, as names match
    (``graph.core.names.name_key``: case, accents, punctuation and emoji aside), and none too
    long to be a name (``MAX_NAME_CHARS``): a person's other names (``Person.aliases``).

    >>> other_names("Marie Dupont", ["Marie Martin", "MARIE DUPONT", "Marie Martin 🌸", " "])
    ('Marie Martin',)
    """
    from graph.core.names import MAX_NAME_CHARS, name_key  # (names.py builds on this module)

    seen = {name_key(name)}
    kept = []
    for other in names:
        key = name_key(other)
        if key and key not in seen and len(other) <= MAX_NAME_CHARS:
            seen.add(key)
            kept.append(" ".join(other.split()))
    return tuple(kept)


def merged_person(keep: Person, other: Person, name: str | None = None) -> Person:
    """``keep`` with ``other``'s contact details added (what a merge of the two keeps), under
    ``name`` if one is given (the user chose the other's name); the name not kept and both's
    other names become the merged person's other names."""
    kept = name or keep.name
    return Person(keep.id, kept, union(keep.emails, other.emails),
                  union(keep.phones, other.phones), keep.linkedin or other.linkedin,
                  "\n".join(n for n in (keep.notes, other.notes) if n),
                  union(keep.tags, other.tags),
                  other_names(kept, (*keep.aliases, keep.name, other.name, *other.aliases)))


@quick_init
@dataclass(frozen=True, slots=True)
class Company:
    id: str
    name: str
    domain: str | None = None
    aliases: tuple[str, ...] = ()


def merged_company(keep: Company, other: Company) -> Company:
    """``keep``, also known by ``other``'s name and aliases (so searches for either find it)."""
    names = [a for a in union((other.name,), other.aliases + keep.aliases)
             if fold(a) != fold(keep.name)]
    return Company(keep.id, keep.name, keep.domain or other.domain,
                   union(keep.aliases, tuple(names)))


def search_key(item: Person | Company) -> str:
    """What a store's search looks in: the folded name, other names (`` | `` apart, so that
    no search spans two names), e-mails and phones for a person, or aliases and the web
    domain for a company."""
    if isinstance(item, Person):
        key = " ".join([fold(item.name), *(e.lower() for e in item.emails), *item.phones])
        return " | ".join([key, *(fold(a) for a in item.aliases)]) if item.aliases else key
    return " | ".join([fold(item.name), *(fold(a) for a in item.aliases),
                       (item.domain or "").lower()])


def utc_now() -> str:
    """A write's timestamp, to the second (``created_at``, ``updated_at``, logs)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@quick_init
@dataclass(frozen=True, slots=True)
class Knows:
    """A tie between two people, undirected in meaning and stored once with ``a < b``."""

    a: str
    b: str
    closeness: int | None = None
    since: str | None = None
    last_contact: str | None = None
    interactions: int = 0
    how_met: str = ""
    source: str = "manual"

    def __post_init__(self) -> None:
        if self.a > self.b:  # one canonical orientation, so (a, b) and (b, a) are the same tie
            a, b = self.b, self.a
            object.__setattr__(self, "a", a)
            object.__setattr__(self, "b", b)

    def other(self, person_id: str) -> str:
        return self.b if person_id == self.a else self.a

    def combined(self, moved: Knows) -> Knows:
        """One tie with the best of this one and ``moved`` (both merged people knew the same
        person): closest, earliest start, latest contact, interactions added."""
        return Knows(self.a, self.b,
                     max((c for c in (moved.closeness, self.closeness) if c), default=None),
                     min((d for d in (moved.since, self.since) if d), default=None),
                     max((d for d in (moved.last_contact, self.last_contact) if d), default=None),
                     self.interactions + moved.interactions, self.how_met or moved.how_met,
                     self.source)


def after_meeting(tie: Knows | None, meeting: Knows) -> Knows:
    """The tie of two people who have just met: ``meeting`` (a new tie from that day, one
    exchange) if they had none; else theirs, with that day as its last contact and one more
    exchange (what it said stays).

    >>> after_meeting(Knows("p:a", "p:b", 4, "2019-01-01", "2020-02-02", 3, "work", "vcard"),
    ...               Knows("p:a", "p:b", None, "2026-11-22", "2026-11-22", 1, "", "referral"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Knows(a='p:a', b='p:b', closeness=4, since='2019-01-01', last_contact='2026-11-22',
          interactions=4, how_met='work', source='vcard')
    """
    return meeting if tie is None else tie.combined(replace(meeting, since=None))


def step_writes(moved: bool, events: Sequence[Event], meeting: Knows | None,
                tie_of: Callable[[str, str], Knows | None]) -> GraphData:
    """What a record's step writes besides the record, in the store's transaction: nothing
    unless it ``moved`` the record's status there (the same step taken again, in another
    tab, is written once); else its events, and the tie of its ``meeting`` if any, from the
    tie the two had (``tie_of``, read in that transaction)."""
    if not moved:
        return GraphData()
    ties = [after_meeting(tie_of(meeting.a, meeting.b), meeting)] if meeting else []
    return GraphData(events=list(events), knows=ties)


@quick_init
@dataclass(frozen=True, slots=True)
class Job:
    """Person WORKS_AT Company. Keyed by (person, company, title): a new title is a new job."""

    person: str
    company: str
    title: str = ""
    department: str = ""
    since: str | None = None
    until: str | None = None
    current: bool = True


def current_jobs(jobs: Iterable[Job]) -> dict[str, Job]:
    """Each person's current job, the one to name her with: the one she took last, then by
    company id and title (as the stores order ``jobs_of`` and name namesakes)."""
    ordered = sorted((j for j in jobs if j.current), key=lambda j: (j.company, j.title))
    ordered.sort(key=lambda j: j.since or "", reverse=True)  # (stable: ties keep the above)
    shown: dict[str, Job] = {}
    for job in ordered:
        shown.setdefault(job.person, job)
    return shown


@quick_init
@dataclass(frozen=True, slots=True)
class Referral:
    """"You should contact X": who said it (referrer), about whom (referee), told to whom."""

    id: str
    referrer: str
    referee: str
    for_: str
    company: str | None = None
    role: str = ""
    context: str = ""
    offered_intro: bool = False
    date: str | None = None
    status: str = "noted"
    follow_up_on: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class IntroRequest:
    id: str
    requester: str
    introducer: str
    target: str
    company: str | None = None
    status: str = "draft"
    asked_on: str | None = None
    updated_on: str | None = None
    note: str = ""

    @property
    def tie_day(self) -> str | None:
        """The day its record dates the introducer's tie to the target from: its last step's,
        but not an end that came to nothing (« lost » is no news of the two: the ask's)."""
        return self.asked_on if self.status == "lost" else self.updated_on or self.asked_on


@quick_init
@dataclass(frozen=True, slots=True)
class Event:
    """One step in the life of a referral or an intro request (history is kept, never
    overwritten): ``status`` is the status reached, or one of ``HISTORY_ONLY_STEPS``."""

    record: str
    status: str
    on: str
    note: str = ""


@quick_init
@dataclass(frozen=True, slots=True)
class Review:
    """Two people who may be one: an import found ``b`` too like ``a`` to decide alone.

    ``status``: open → merged (``merge`` names the merge, which can be undone) | apart.
    """

    id: str
    a: str
    b: str
    score: float
    reason: str
    status: str = "open"
    merge: str | None = None


# Why a review was opened: a code, "kind/where" ("similar_names/linkedin"), put in words by
# the page (in the user's language) and the command; ``where`` is the import's source, or
# "notebook" for a pair found among the people already there.
REVIEW_KINDS: Final = ("same_name", "same_name_company", "similar_names",
                       "similar_names_company", "same_phone", "same_email", "other_name",
                       "compound_name")
_OLD_REASON = re.compile(r"(same name|similar names)( and company)? "
                         r"\((?:(\w+) import|already in the (notebook))\)")


def review_reason(kind: str, where: str) -> str:
    """The code stored as a review's reason: ``review_reason("same_name", "notebook")``."""
    return f"{kind}/{where}"


def reason_parts(reason: str) -> tuple[str, str] | None:
    """``(kind, where)`` of a stored reason, also read from the English sentences stores
    held before codes ("similar names (mail import)"); ``None`` if it is neither."""
    kind, _, where = reason.partition("/")
    if kind in REVIEW_KINDS and where:
        return kind, where
    old = _OLD_REASON.fullmatch(reason)
    if old is None:
        return None
    words, company, source, notebook = old.groups()
    return words.replace(" ", "_") + ("_company" if company else ""), source or notebook


@dataclass(slots=True)
class GraphData:
    """A batch of facts, written by a store in one transaction (``GraphStore.save``)."""

    members: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)
    knows: list[Knows] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    intros: list[IntroRequest] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)  # saved once: never reopened
    events: list[Event] = field(default_factory=list)    # appended, never changed
    targets: list[str] = field(default_factory=list)     # companies the members aim at

    def missing_key(self) -> str | None:
        """The first record whose identity has a part missing (both stores refuse the batch:
        a key with a null in it cannot be matched again), or None.

        >>> GraphData(jobs=[Job("p:a", "c:b", None)]).missing_key()  # type: ignore[arg-type]
        'jobs[0] has no title'
        """
        keys: dict[str, tuple[str, ...]] = {
            "people": ("id",), "companies": ("id",), "knows": ("a", "b"),
            "jobs": ("person", "company", "title"), "referrals": ("id",), "intros": ("id",),
            "reviews": ("id",), "events": ("record", "status", "on")}
        if None in self.members:
            return "members has an empty entry"
        if not any(None in chain.from_iterable(map(attrgetter(*fields), getattr(self, kind)))
                   if len(fields) > 1 else None in map(attrgetter(fields[0]), getattr(self, kind))
                   for kind, fields in keys.items()):  # (in C, one call a row: the usual case)
            return None
        for kind, fields in keys.items():
            for n, row in enumerate(getattr(self, kind)):
                if name := next((f for f in fields if getattr(row, f) is None), None):
                    return f"{kind}[{n}] has no {name}"
        return None

    def __len__(self) -> int:
        return (len(self.members) + len(self.people) + len(self.companies) + len(self.knows)
                + len(self.jobs) + len(self.referrals) + len(self.intros) + len(self.reviews)
                + len(self.events) + len(self.targets))


@quick_init
@dataclass(frozen=True, slots=True)
class Counts:
    people: int
    companies: int
    knows: int
    jobs: int
    referrals: int
    intros: int
    members: int
