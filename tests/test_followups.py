"""What the follow-ups say while she waits on an introducer: not "contact her" (she asked to be
introduced), but the ask under way and, when due, a word to the introducer. Both stores."""

from __future__ import annotations

from datetime import date

import pytest

from graph.core.model import GraphData, IntroRequest, Person, Referral
from graph.services.drafts import followup_draft
from graph.services.followups import INTRO_THANKS_DAYS, due_followups
from graph.services.lifecycle import set_intro_status, thank_introducer
from graph.stores.port import GraphStore

TODAY = date(2026, 11, 29)


def notebook(store: GraphStore, intro: str | None) -> None:
    """Me; Véronique suggested Sarah (and offered to prepare the ground), follow-up due two
    days ago; with ``intro``, my ask to Véronique to introduce me to Sarah, in that status,
    asked nine days ago."""
    store.save(GraphData(
        members=["p:me"],
        people=[Person("p:me", "Me"), Person("p:vero", "Véronique"), Person("p:sarah", "Sarah"),
                Person("p:tom", "Tom")],
        referrals=[Referral("r:sarah", "p:vero", "p:sarah", "p:me", status="researched",
                            offered_intro=True, date="2026-11-10", follow_up_on="2026-11-27")],
        intros=[IntroRequest("i:sarah", "p:me", "p:vero", "p:sarah", None, intro,
                             "2026-11-20", "2026-11-20")] if intro else []))


def test_no_contact_while_an_intro_to_her_is_asked(store: GraphStore) -> None:
    """The ask to Véronique is under way: no « Contacter Sarah », and Véronique is to be
    followed up (the ask is a week old) — once, about Sarah."""
    notebook(store, "asked")
    due = due_followups(store, today=TODAY, lang="fr", ahead=30)
    assert [(f.kind, f.record, f.person, f.what) for f in due] == [
        ("no_answer", "i:sarah", "Véronique",
         "Véronique n'a pas répondu à votre demande pour Sarah depuis 9 jours")]


def test_no_contact_while_the_introducer_has_accepted(store: GraphStore) -> None:
    """Véronique said yes (nine days ago) and has not introduced her yet: not « Contacter
    Sarah » behind the introduction, but a word to Véronique, a week after her yes, with a
    gentle draft; before that, it is listed as coming."""
    notebook(store, "accepted")
    due = due_followups(store, today=TODAY, lang="fr")
    assert [(f.kind, f.record, f.due_on, f.days_overdue, f.person, f.what) for f in due] == [
        ("not_introduced", "i:sarah", "2026-11-27", 2, "Véronique",
         "Relancer Véronique : la mise en relation avec Sarah, acceptée il y a 9 jours, "
         "n'est pas encore faite")]
    assert followup_draft(store, "not_introduced", "i:sarah", "fr").startswith(
        "Bonjour Véronique,\n\nMerci encore d'avoir accepté de me présenter à Sarah.")
    assert "agreeing to introduce me to Sarah" in followup_draft(store, "not_introduced",
                                                                 "i:sarah", "en")
    coming = due_followups(store, today=date(2026, 11, 24), ahead=7)
    assert [(f.kind, f.days_overdue, f.what) for f in coming] == [
        ("not_introduced", -3,
         "Follow up with Véronique if the introduction to Sarah is not made by then")]


@pytest.mark.parametrize("status", [None, "draft", "declined", "introduced"])
def test_contact_is_due_when_no_intro_is_under_way(store: GraphStore, status: str | None
                                                   ) -> None:
    """No ask, only a draft, a refusal, or the introduction made: contacting Sarah is hers
    to do."""
    notebook(store, status)
    due = [(f.kind, f.record, f.what) for f in due_followups(store, today=TODAY, lang="fr")
           if f.kind == "contact"]
    assert due == [("contact", "r:sarah", "Contacter Sarah (suggestion de Véronique)")]


def test_an_intro_to_someone_else_leaves_her_contact_due(store: GraphStore) -> None:
    """An ask about Tom, or another member's ask about Sarah, says nothing about mine."""
    notebook(store, None)
    store.save(GraphData(
        members=["p:me", "p:tom"],
        intros=[IntroRequest("i:tom", "p:me", "p:vero", "p:tom", None, "asked", "2026-11-28",
                             "2026-11-28"),
                IntroRequest("i:other", "p:tom", "p:vero", "p:sarah", None, "asked",
                             "2026-11-28", "2026-11-28")]))
    assert [f.record for f in due_followups(store, today=TODAY) if f.kind == "contact"] == [
        "r:sarah"]


def test_a_referral_to_follow_up_keeps_its_context(store: GraphStore) -> None:
    """What the friend said (« elle cherche une consultante… ») is what she needs when the
    follow-up comes: it comes with it (it was only on the person's card, in Explore)."""
    notebook(store, None)
    store.save(GraphData(referrals=[Referral(
        "r:sarah", "p:vero", "p:sarah", "p:me", status="researched", offered_intro=True,
        date="2026-11-10", follow_up_on="2026-11-27",
        context="elle cherche une consultante pour la com interne")]))
    due = due_followups(store, today=TODAY, lang="fr")
    assert [(f.kind, f.context) for f in due] == [
        ("contact", "elle cherche une consultante pour la com interne")]


def test_an_introduction_made_asks_to_thank_the_introducer(store: GraphStore) -> None:
    """Véronique introduced me to Sarah (on the 25th): « Remercier Véronique » is due from that
    day, with a draft, until thanked; whatever came of it since (« n'a pas abouti » too); an
    introduction made more than two months ago is not listed (a thank-you that late is none,
    and a notebook from before this step has none for its old ones)."""
    notebook(store, "accepted")
    set_intro_status(store, "i:sarah", "introduced", today=date(2026, 11, 25))
    due = due_followups(store, today=TODAY, lang="fr")
    thanks = [(f.kind, f.due_on, f.days_overdue, f.person, f.what) for f in due
              if f.record == "i:sarah"]
    assert thanks == [("thank_intro", "2026-11-25", 4, "Véronique",
                       "Remercier Véronique pour la mise en relation avec Sarah")]
    assert followup_draft(store, "thank_intro", "i:sarah", "fr").startswith(
        "Bonjour Véronique,\n\nUn petit mot pour te remercier de la mise en relation avec Sarah")
    assert followup_draft(store, "thank_intro", "i:sarah", "en").startswith(
        "Hello Véronique,\n\nA quick note to thank you for the introduction to Sarah")
    set_intro_status(store, "i:sarah", "lost", today=TODAY)
    assert [f.kind for f in due_followups(store, today=TODAY) if f.record == "i:sarah"] == [
        "thank_intro"]
    late = date(2026, 11, 25).toordinal() + INTRO_THANKS_DAYS + 1
    assert [f for f in due_followups(store, today=date.fromordinal(late))
            if f.record == "i:sarah"] == []
    thank_introducer(store, "i:sarah", today=TODAY)
    assert [f for f in due_followups(store, today=TODAY) if f.record == "i:sarah"] == []
    assert [e.status for e in store.events("i:sarah")][-1] == "thanked"


def test_an_introduction_never_made_asks_for_no_thanks(store: GraphStore) -> None:
    """Accepted, then « n'a pas abouti » before any introduction: nothing to thank for."""
    notebook(store, "accepted")
    set_intro_status(store, "i:sarah", "lost", today=TODAY)
    assert [f.kind for f in due_followups(store, today=TODAY) if f.record == "i:sarah"] == []
