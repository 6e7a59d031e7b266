"""Field-level edits: a save changes only the fields the user changed, and only if nobody
changed those fields meanwhile — so two people (or processes) editing one person (or one
company, or one referral) lose nothing.

>>> before = Person("p:z", "Zoé", tags=("a",))
>>> now = replace(before, notes="met at a fair")          # someone else, meanwhile
>>> apply_edit(now, before, replace(before, tags=("a", "b"))).notes
'met at a fair'
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from graph.core.errors import PersonChanged
from graph.core.model import Company, IntroRequest, Person, Referral

PERSON_FIELDS = ("name", "emails", "phones", "linkedin", "notes", "tags", "aliases")
COMPANY_FIELDS = ("name", "domain", "aliases")
REFERRAL_FIELDS = ("company", "role", "context", "offered_intro", "status", "follow_up_on")
INTRO_FIELDS = ("status", "asked_on", "updated_on", "note")
FIELDS = {Person: PERSON_FIELDS, Company: COMPANY_FIELDS, Referral: REFERRAL_FIELDS,
          IntroRequest: INTRO_FIELDS}
Record = TypeVar("Record", Person, Company, Referral, IntroRequest)


def apply_edit(current: Record, before: Record, after: Record) -> Record:
    """``current`` with the fields that differ between ``before`` (what the user saw) and
    ``after`` (what they saved); ``PersonChanged`` if one of those fields is no longer what
    they saw."""
    # The fields the user changed; one already as they want it is neither written nor a clash.
    fields = FIELDS[type(current)]
    changed = {f: getattr(after, f) for f in fields
               if getattr(after, f) not in (getattr(before, f), getattr(current, f))}
    stale = [f for f in changed if getattr(current, f) != getattr(before, f)]
    if stale:
        if isinstance(current, Referral | IntroRequest):  # (no name of its own to say)
            raise PersonChanged("record_changed")
        raise PersonChanged("person_changed", name=current.name)
    return replace(current, **changed)
