"""Carnet's own errors. Each store maps its backend's exceptions onto these in one place.

Every message is one line a person can act on; the CLI prints it as is and the app translates
the kind of error, keeping the details.
"""

from __future__ import annotations


class CarnetError(Exception):
    """Base of every expected error: bad input, missing things, an unreachable store.

    ``code`` and ``params``, where given, let the app say the same thing in the user's
    language (``graph/core/wording/errors.py``, keys ``err_<code>``); the message is the
    English one-liner.
    """

    def __init__(self, message: str, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.code, self.params = code, params


class StoreUnavailable(CarnetError):
    """The store cannot be opened or written: missing, read-only, corrupt, locked, unreachable."""


class NotFound(CarnetError):
    """Base of the ``…NotFound`` errors."""


class PersonNotFound(NotFound):
    """No such person (often: merged or deleted meanwhile, in another tab or by a command)."""

    def __init__(self, message: str, code: str | None = "no_person", **params: object) -> None:
        super().__init__(message, code, **params)


class CompanyNotFound(NotFound):
    """No such company (often: merged or deleted meanwhile)."""

    def __init__(self, message: str, code: str | None = "no_company", **params: object) -> None:
        super().__init__(message, code, **params)


class AmbiguousName(CarnetError):
    """A name matches several people or companies; ``candidates`` lists ``(id, label)``."""

    def __init__(self, kind: str, text: str, candidates: list[tuple[str, str]]) -> None:
        shown = "; ".join(f"{label} ({id_})" for id_, label in candidates[:10])
        more = f" and {len(candidates) - 10} more" if len(candidates) > 10 else ""
        super().__init__(f"'{text}' matches several {kind}: {shown}{more}")
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


class NameNotConfirmed(CarnetError):
    """A typed name is not anyone's (or anything's) exactly but close to some, or is a
    company's where a person is expected: nothing is created until the user confirms."""


DISK_REASONS = {28: "the disk is full", 122: "the disk quota is used up",
                27: "the file would be too large", 30: "the disk is read-only",
                13: "permission denied"}  # ENOSPC, EDQUOT, EFBIG, EROFS, EACCES


def disk_reason(exc: OSError) -> str:
    """Why a file could not be written, said plainly: "the disk is full", not errno 28."""
    return DISK_REASONS.get(exc.errno or 0, exc.strerror or str(exc))
