"""Who is using Carnet: the member a page or a command acts for.

A ``Session`` is made once, where the user is known (the app's state, a command's ``--for``
or ``--me``), and passed to whatever records something in someone's name (a referral, an
intro request): nothing deeper down picks ``members()[0]``. A notebook has one member today;
a team notebook has several, and each user's session names theirs.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.core.errors import MemberNotFound
from graph.stores.port import GraphStore


@dataclass(frozen=True)
class Session:
    """The member using Carnet (a person id)."""

    member: str


def open_session(store: GraphStore, member: str | None = None, *,
                 first_of_several: bool = False) -> Session:
    """The session of ``member`` (an id, which must be a member), else of the notebook's
    only member. With several members and none named: ``MemberNotFound``, unless
    ``first_of_several`` (the app, which has no member picker yet, acts for the first)."""
    members = store.members()
    if member is not None:
        if member not in members:
            raise MemberNotFound("not_member", who=member)
        return Session(member)
    if not members:
        raise MemberNotFound("no_member")
    if len(members) > 1 and not first_of_several:
        raise MemberNotFound("several_members")
    return Session(members[0])
