"""Carnet's own errors. Each store maps its backend's exceptions onto these in one place.

An error carries a ``code`` and its ``params`` (names, paths, line numbers: values, never
sentences); its words are ``err_<code>`` in ``graph/core/wording/errors.py``, said in the
user's language by the app and the command (``words``). ``str(error)`` is the English line,
for logs and for code that has no language.
"""

from __future__ import annotations

from graph.core.wording import say, say_error


class CarnetError(Exception):
    """Base of every expected error: bad input, missing things, an unreachable store.

    >>> CarnetError("empty", file="a.csv").words("fr")
    'a.csv : le fichier est vide'
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(self.words("en"))

    def words(self, lang: str) -> str:
        """The error as a person reads it, in ``lang``."""
        return say_error(self.code, self.params, lang)


class StoreUnavailable(CarnetError):
    """The store cannot be opened or written: missing, read-only, corrupt, locked, unreachable."""


class NotFound(CarnetError):
    """Base of the ``…NotFound`` errors."""


class PersonNotFound(NotFound):
    """No such person (often: merged or deleted meanwhile, in another tab or by a command)."""

    def __init__(self, code: str = "no_person", **params: object) -> None:
        super().__init__(code, **params)


class CompanyNotFound(NotFound):
    """No such company (often: merged or deleted meanwhile)."""

    def __init__(self, code: str = "no_company", **params: object) -> None:
        super().__init__(code, **params)


class AmbiguousName(CarnetError):
    """A name matches several people or companies (``kind``: ``"people"`` or ``"companies"``);
    ``candidates`` lists ``(id, label)``."""

    def __init__(self, kind: str, text: str, candidates: list[tuple[str, str]]) -> None:
        shown = "; ".join(f"{label} ({id_})" for id_, label in candidates[:10])
        if len(candidates) > 10:
            shown += f"; … (+{len(candidates) - 10})"
        super().__init__(f"ambiguous_{kind}", text=text, shown=shown)
        self.candidates = candidates


class ImportFailed(CarnetError):
    """An import was refused as a whole; nothing was written."""


class PersonChanged(CarnetError):
    """An edit was refused: someone changed the same field meanwhile; nothing was written."""


class DataRejected(CarnetError):
    """A write was refused because it breaks a rule (unknown reference, bad value); nothing
    was written."""


class MemberNotFound(NotFound):
    """The network has no member (no "me") to start paths from."""


class ReferralNotedBefore(CarnetError):
    """The same friend already suggested the same person (another day, or for another
    company): a second record is made only once the user confirms."""


class NameNotConfirmed(CarnetError):
    """A typed name is not anyone's (or anything's) exactly but close to some, or is a
    company's where a person is expected: nothing is created until the user confirms."""


DISK_REASONS = {28: "disk_full", 122: "disk_quota", 27: "disk_file_too_large",
                30: "disk_read_only", 13: "disk_permission"}  # ENOSPC, EDQUOT, EFBIG, EROFS, EACCES


def disk_reason(exc: OSError, lang: str = "en") -> str:
    """Why a file could not be written, said plainly: "the disk is full", not errno 28 (an
    error Carnet has no words for: the system's own)."""
    key = DISK_REASONS.get(exc.errno or 0)
    return say(key, lang) if key else exc.strerror or str(exc)
