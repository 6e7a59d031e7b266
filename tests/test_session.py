"""Who is using Carnet (graph/services/session.py), on both stores."""

from __future__ import annotations

import pytest

from graph.core.errors import ImportFailed, MemberNotFound
from graph.core.model import GraphData, Person, stable_id
from graph.services.session import Session, open_session
from graph.stores.port import GraphStore
from ingest.importer import member_for
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


def test_an_import_acts_for_the_session_member_or_asks_who(store: GraphStore) -> None:
    """``--me`` left out: the only member's import (her session); none or several members
    need ``--me``, in one line. Named: a member by id or exact name, else a new member."""
    with pytest.raises(ImportFailed) as first:
        member_for(store, None)
    assert (str(first.value), first.value.code) == (
        "say who you are (your name): the first import creates you",
        "need_me")
    assert member_for(store, "Zoé Neuve") == Person(stable_id("p", "Zoé Neuve", "member"),
                                                    "Zoé Neuve")
    store.save(small_graph())
    isabelle = store.get_person("p:isabelle")
    assert [member_for(store, me) for me in (None, "p:isabelle", "isabelle prigent")] == [
        isabelle] * 3
    store.save(GraphData(members=["p:veronique"]))
    with pytest.raises(ImportFailed) as several:
        member_for(store, None)
    assert str(several.value) == ("say whose contacts these are (your name): this notebook has "
                                  "several members")
    assert member_for(store, "Véronique Bastide") == store.get_person("p:veronique")
