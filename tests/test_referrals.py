"""A referral noted again another day: the form is told, before saving, when the same friend
already suggested the same person (on both stores)."""

from __future__ import annotations

from datetime import date

from graph.core.model import Company, GraphData, Job, Person
from graph.services.referrals import earlier_referrals, record_referral, role_to_search
from graph.stores.port import GraphStore

NOEMIE, KARIM, VERO = (Person("p:noemie", "Noémie Fabre"), Person("p:karim", "Karim Benali"),
                       Person("p:vero", "Véronique Bastide"))


def test_the_same_friend_suggesting_the_same_person_is_found_before_saving(
        store: GraphStore) -> None:
    store.save(GraphData(members=["p:me"], people=[Person("p:me", "Isabelle Prigent"),
                                                    NOEMIE, KARIM, VERO],
                         companies=[Company("c:gme", "GME"), Company("c:azur", "Azur")]))
    gme, azur = store.get_company("c:gme"), store.get_company("c:azur")
    first = record_referral(store, referrer=NOEMIE, referee=KARIM, member="p:me",
                            company=gme, on=date(2026, 10, 8)).referral
    record_referral(store, referrer=VERO, referee=KARIM, member="p:me", on=date(2026, 10, 9))

    def earlier(on: date, company: Company | None = gme, referrer: Person = NOEMIE,
                member: str = "p:me") -> list[str]:
        return [r.id for r in earlier_referrals(store, referrer=referrer, referee=KARIM,
                                                member=member, company=company, on=on)]

    assert earlier(date(2026, 11, 20)) == [first.id]  # another day
    assert earlier(date(2026, 10, 8), company=azur) == [first.id]  # another company
    assert earlier(date(2026, 10, 8)) == []  # the same record: saving it again is a no-op
    assert earlier(date(2026, 11, 20), referrer=NOEMIE, member="p:other") == []
    assert earlier(date(2026, 11, 20), referrer=Person("p:new", "Jeanne Nouvelle")) == []
    second = record_referral(store, referrer=NOEMIE, referee=KARIM, member="p:me",
                             on=date(2026, 11, 20)).referral
    assert earlier(date(2026, 11, 27)) == [first.id, second.id]  # oldest first


def test_the_paths_after_a_referral_search_for_its_role_only_if_she_holds_it(
        store: GraphStore) -> None:
    """Karim is already « Chargé de recrutement » at GME: a referral for « Recruteur » would
    search a role he does not hold there and find no one; for « recrutement », he is found."""
    gme = Company("c:gme", "GME")
    store.save(GraphData(people=[Person("p:me", "Moi"), NOEMIE, KARIM, VERO], companies=[gme],
                         jobs=[Job("p:karim", "c:gme", "Chargé de recrutement", current=True)],
                         members=["p:me"]))
    other, _, _ = record_referral(store, referrer=NOEMIE, referee=KARIM, member="p:me",
                                  company=gme, role="Recruteur")
    assert role_to_search(store, other) is None
    held, _, _ = record_referral(store, referrer=VERO, referee=KARIM, member="p:me",
                                 company=gme, role="recrutement")
    assert role_to_search(store, held) == "recrutement"
    # (a role noted for someone new there becomes her title: it is hers)
    new, _, _ = record_referral(store, referrer=NOEMIE, referee=VERO, member="p:me",
                                company=gme, role="Responsable RH")
    assert role_to_search(store, new) == "Responsable RH"
