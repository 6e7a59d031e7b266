"""Content lines, the syntax vCard (RFC 2425/6350) and iCalendar (RFC 5545) share.

``NAME;PARAM=VALUE;…:value`` with an optional ``group.`` prefix, long lines folded (a line
that starts with a space or tab continues the previous one), vCard 2.1's quoted-printable
values (a ``=`` at the end of a line continues it) in any ``CHARSET``, and backslash escapes.
Written here rather than taken from vobject, which cuts text at the first unescaped comma.

>>> [(l.name, l.value) for l in parse_lines("FN:Zo\\\\, é\\r\\nNOTE:a\\r\\n  b")]
[('FN', 'Zo, é'), ('NOTE', 'a b')]
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_NAME = re.compile(r"^(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)"
                   r"(?P<params>(?:;[^:]*)?):", re.ASCII)


@dataclass
class ContentLine:
    line: int
    name: str                     # upper case: FN, EMAIL, X-ABLABEL, ATTENDEE…
    value: str                    # raw value, escapes not yet undone (see ``text``, ``parts``)
    params: dict[str, list[str]] = field(default_factory=dict)  # upper-case keys
    group: str | None = None

    def param(self, key: str) -> list[str]:
        return self.params.get(key.upper(), [])

    @property
    def types(self) -> set[str]:
        """``TYPE=work,voice`` and vCard 2.1's bare ``;WORK;VOICE``, upper case."""
        return {t.upper() for value in self.param("TYPE") for t in value.split(",")}

    @property
    def text(self) -> str:
        """The value as text, escapes undone (``\\,`` ``\\;`` ``\\n`` ``\\\\``)."""
        return unescape(self.value)

    @property
    def parts(self) -> list[str]:
        """A structured value (N, ORG, ADR) split at unescaped ``;``, each part unescaped."""
        return [unescape(part) for part in re.split(r"(?<!\\);", self.value)]


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def unfold(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, logical line) with folding undone; QP soft breaks joined."""
    current: list[str] = []
    start = 0
    quoted_printable = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if current and raw[:1] in (" ", "\t"):
            current.append(raw[1:])
            continue
        if current and quoted_printable and current[-1].endswith("="):
            current[-1] = current[-1][:-1]  # soft line break: the value goes on
            current.append(raw)
            continue
        if current:
            yield start, "".join(current)
        current, start = [raw], number
        head = raw.split(":", 1)[0].upper()
        quoted_printable = "QUOTED-PRINTABLE" in head
    if current:
        yield start, "".join(current)


def parse_lines(text: str) -> Iterator[ContentLine]:
    for number, logical in unfold(text):
        if not logical.strip():
            continue
        match = _NAME.match(logical)
        if not match:
            continue  # not a content line (junk between cards): ignored, as clients do
        params: dict[str, list[str]] = {}
        for raw in filter(None, match.group("params").split(";")):
            key, sep, value = raw.partition("=")
            if sep:
                params.setdefault(key.upper(), []).extend(v.strip('"') for v in
                                                          value.split(","))
            else:  # vCard 2.1: ;WORK;VOICE;QUOTED-PRINTABLE
                bare = key.upper()
                name = "ENCODING" if bare in ("QUOTED-PRINTABLE", "BASE64", "8BIT") else "TYPE"
                params.setdefault(name, []).append(bare)
        value = logical[match.end():]
        if "QUOTED-PRINTABLE" in [e.upper() for e in params.get("ENCODING", [])]:
            charset = (params.get("CHARSET") or ["utf-8"])[0]
            try:
                value = quopri.decodestring(value.encode("latin-1", "replace")).decode(
                    charset, "replace")
            except LookupError:  # an unknown charset: keep the bytes as UTF-8
                value = quopri.decodestring(value.encode("latin-1", "replace")).decode(
                    "utf-8", "replace")
        yield ContentLine(number, match.group("name").upper(), value, params,
                          match.group("group"))
