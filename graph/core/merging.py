"""What a merge keeps, the same on every store: the rules the adapters apply inside their
own transaction (``merged_person`` and ``merged_company`` are in ``model``)."""

from __future__ import annotations

from collections.abc import Iterable

from graph.core.errors import DataRejected
from graph.core.model import Knows


def refuse_self_merge(keep_id: str, other_id: str) -> None:
    """A merge needs two different records.

    >>> refuse_self_merge("p:a", "p:a")
    Traceback (most recent call last):
    graph.core.errors.DataRejected: cannot merge p:a with itself
    """
    if keep_id == other_id:
        raise DataRejected("merge_itself", id=keep_id)


def merged_ties(keep_id: str, other_id: str, ties: Iterable[Knows]) -> list[Knows]:
    """The ties a merge of ``other_id`` into ``keep_id`` writes, from the ties of both: each
    of ``other``'s ties moved to ``keep``, combined with ``keep``'s own tie to the same
    person where there is one (``Knows.combined``, ``keep``'s how-met and source first).
    The tie between the two goes; ``keep``'s other ties are left as they are.

    >>> merged_ties("p:k", "p:o", [Knows("p:k", "p:x", 3, how_met="work"),
    ...                            Knows("p:o", "p:x", 5, interactions=2),
    ...                            Knows("p:o", "p:y"), Knows("p:k", "p:o")])
    ... # doctest: +NORMALIZE_WHITESPACE
    [Knows(a='p:k', b='p:x', closeness=5, since=None, last_contact=None, interactions=2,
           how_met='work', source='manual'),
     Knows(a='p:k', b='p:y', closeness=None, since=None, last_contact=None, interactions=0,
           how_met='', source='manual')]
    """
    ties = list(ties)
    own = {tie.other(keep_id): tie for tie in ties
           if keep_id in (tie.a, tie.b) and other_id not in (tie.a, tie.b)}
    merged = []
    for tie in ties:
        if other_id not in (tie.a, tie.b) or keep_id in (tie.a, tie.b):
            continue
        neighbour = tie.other(other_id)
        moved = Knows(keep_id, neighbour, tie.closeness, tie.since, tie.last_contact,
                      tie.interactions, tie.how_met, tie.source)
        merged.append(own[neighbour].combined(moved) if neighbour in own else moved)
    return sorted(merged, key=lambda tie: (tie.a, tie.b))
