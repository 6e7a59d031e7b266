"""Content lines, the syntax vCard (RFC 2425/6350) and iCalendar (RFC 5545) share.

``NAME;PARAM=VALUE;…:value`` with an optional ``group.`` prefix, long lines folded (a line
that starts with a space or tab continues the previous one), vCard 2.1's quoted-printable
values (a ``=`` at the end of a line continues it) in any ``CHARSET``, and backslash escapes.
Written here rather than taken from vobject, which cuts text at the first unescaped comma.

>>> [(l.name, l.text) for l in parse_lines("FN:Zo\\\\, é\\r\\nNOTE:a\\r\\n  b")]
[('FN', 'Zo, é'), ('NOTE', 'a b')]
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from graph.formats.interchange import MAX_FIELD_CHARS
from ingest.common import Text, field_too_long, text_lines

_NAME = re.compile(r"(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)", re.ASCII)
_PARAM = re.compile(r";(?P<key>[A-Za-z0-9-]+)(?P<eq>=?)", re.ASCII)
# RFC 5545 3.1: a parameter value is a quoted string (anything but a double quote: it keeps
# ``;`` ``,`` ``:``) or text without ``" ; , :``. (Lenient: a stray quote inside is kept.)
_PARAM_VALUE = re.compile(r'"(?P<quoted>[^"]*)"|(?P<text>[^;:,]*)')
# RFC 6868's caret escapes, and the backslash escapes some writers wrongly use in parameters
# (``CN="Robert\\; O\\,Brien"``): a name never holds a backslash before these.
_PARAM_ESCAPE = re.compile(r"\^([n^'])|\\([;,:\\\"])")


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


def param_text(value: str) -> str:
    """A parameter value as text, escapes undone: ``Robert\\; O^'B^'`` → ``Robert; O"B"``."""
    return _PARAM_ESCAPE.sub(lambda m: m.group(2) or {"n": "\n", "^": "^", "'": '"'}[
        m.group(1)], value)


def split_line(logical: str) -> tuple[str | None, str, dict[str, list[str]], str] | None:
    """``group.NAME;K=V,"v;2":value`` → (group, NAME, params, value), or None if the line is
    not a content line. vCard 2.1's bare parameters (``;WORK;QUOTED-PRINTABLE``) become
    ``TYPE`` and ``ENCODING`` values."""
    match = _NAME.match(logical)
    if not match:
        return None
    pos = match.end()
    params: dict[str, list[str]] = {}
    while pos < len(logical) and logical[pos] == ";":
        key = _PARAM.match(logical, pos)
        if key is None:
            return None
        pos = key.end()
        if not key.group("eq"):  # vCard 2.1: ;WORK;VOICE;QUOTED-PRINTABLE
            bare = key.group("key").upper()
            kind = "ENCODING" if bare in ("QUOTED-PRINTABLE", "BASE64", "8BIT") else "TYPE"
            params.setdefault(kind, []).append(bare)
            continue
        values = params.setdefault(key.group("key").upper(), [])
        while True:
            value = _PARAM_VALUE.match(logical, pos)
            assert value is not None  # (the pattern matches the empty string)
            quoted = value.group("quoted")
            values.append(param_text(quoted if quoted is not None
                                     else value.group("text").strip('"')))
            pos = value.end()
            if logical[pos:pos + 1] != ",":
                break
            pos += 1
    if logical[pos:pos + 1] != ":":
        return None
    return match.group("group"), match.group("name").upper(), params, logical[pos + 1:]


def unfold(text: Text, name: str = "file") -> Iterator[tuple[int, str]]:
    """(first line number, logical line) with folding undone; QP soft breaks joined. A logical
    line longer than the field limit refuses the file (``ImportFailed``)."""
    current: list[str] = []
    start = size = 0
    quoted_printable = False
    lines = (part for line in text_lines(text) for part in line.splitlines() or [""])
    for number, raw in enumerate(lines, start=1):
        if current and raw[:1] in (" ", "\t"):
            current.append(raw[1:])
        elif current and quoted_printable and current[-1].endswith("="):
            current[-1] = current[-1][:-1]  # soft line break: the value goes on
            current.append(raw)
        else:
            if current:
                yield start, "".join(current)
            current, start, size = [raw], number, 0
            head = raw.split(":", 1)[0].upper()
            quoted_printable = "QUOTED-PRINTABLE" in head
        size += len(raw)
        if size > MAX_FIELD_CHARS:
            raise field_too_long(name, start)
    if current:
        yield start, "".join(current)


def parse_lines(text: Text, name: str = "file") -> Iterator[ContentLine]:
    for number, logical in unfold(text, name):
        if not logical.strip():
            continue
        split = split_line(logical)
        if split is None:
            continue  # not a content line (junk between cards): ignored, as clients do
        group, name, params, value = split
        if "QUOTED-PRINTABLE" in [e.upper() for e in params.get("ENCODING", [])]:
            charset = (params.get("CHARSET") or ["utf-8"])[0]
            try:
                value = quopri.decodestring(value.encode("latin-1", "replace")).decode(
                    charset, "replace")
            except LookupError:  # an unknown charset: keep the bytes as UTF-8
                value = quopri.decodestring(value.encode("latin-1", "replace")).decode(
                    "utf-8", "replace")
        yield ContentLine(number, name, value, params, group)
