"""Who is using Carnet (graph/services/session.py), on both stores."""

from __future__ import annotations

import pytest

from graph.core.errors import MemberNotFound
from graph.core.model import GraphData
from graph.services.session import Session, open_session
from graph.stores.port import GraphStore
from tests.conftest import small_graph


def test_the_only_member_is_the_session(store: GraphStore) -> None:
    store.save(small_graph())
    assert open_session(store) == Session("p:isabelle")
    assert open_session(store, "p:isabelle") == Session("p:isabelle")


def test_no_member_and_not_a_member_are_refused_with_their_code(store: GraphStore) -> None:
    with pytest.raises(MemberNotFound) as empty:
        open_session(store)
    assert empty.value.code == "no_member"
    store.save(small_graph())
    with pytest.raises(MemberNotFound) as other:
        open_session(store, "p:veronique")
    assert (other.value.code, other.value.params) == ("not_member", {"who": "p:veronique"})


def test_several_members_need_a_name_unless_the_first_will_do(store: GraphStore) -> None:
    store.save(small_graph())
    store.save(GraphData(members=["p:veronique"]))
    with pytest.raises(MemberNotFound) as several:
        open_session(store)
    assert several.value.code == "several_members"
    assert open_session(store, "p:veronique") == Session("p:veronique")
    assert open_session(store, first_of_several=True) == Session(store.members()[0])
