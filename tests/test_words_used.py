"""Words a French freelancer (and an English reader) would use, checked where they are pure
data: statuses, review reasons, plurals."""

from __future__ import annotations

from graph.core.model import (
    HISTORY_ONLY_STEPS,
    INTRO_STATUSES,
    REFERRAL_STATUSES,
    reason_parts,
    review_reason,
)
from graph.core.wording import WORDING, reason_words, say
from graph.services.demo import DEMO_PEOPLE, FEMININE, TITLES, demo_network

BOTH_TITLES = {man for man, woman, *_ in TITLES if man == woman}  # "Journaliste"
WOMEN_TITLES = {woman for _, woman, *_ in TITLES} - BOTH_TITLES


def test_every_status_reads_as_a_step_in_both_languages() -> None:
    statuses = {*REFERRAL_STATUSES, *INTRO_STATUSES, *HISTORY_ONLY_STEPS, "deleted"}
    assert {k.removeprefix("status_") for k in WORDING if k.startswith("status_")} == statuses
    assert {s: say(f"status_{s}", "fr") for s in sorted(statuses)} == {
        "accepted": "acceptée", "asked": "demandée", "contacted": "contact pris",
        "declined": "refusée", "deleted": "brouillon supprimé", "draft": "brouillon",
        "dropped": "abandonnée par vous", "introduced": "mise en relation faite",
        "lost": "n'a pas abouti", "meeting": "rendez-vous pris",
        "met": "rencontre faite", "noted": "notée", "researched": "renseignements pris",
        "thanked": "remerciement envoyé", "unanswered": "restée sans réponse", "won": "réussie"}
    assert {s: say(f"status_{s}", "en") for s in sorted(statuses)} == {
        "accepted": "accepted", "asked": "asked", "contacted": "contacted",
        "declined": "declined", "deleted": "draft deleted", "draft": "draft",
        "dropped": "dropped by you",
        "introduced": "introduced", "lost": "lost", "meeting": "meeting set", "met": "met",
        "noted": "noted", "researched": "looked into", "thanked": "thanked",
        "unanswered": "unanswered", "won": "won"}


def test_the_demo_never_names_anyone_twice_over_and_titles_agree() -> None:
    for lang in ("fr", "en"):
        people = demo_network(lang).people
        doubled = [p.name for p in people if len(set(p.name.split())) < len(p.name.split())]
        assert doubled == []
        assert "Nicolas Perrin" in {p.name for p in people}  # was "Nicolas Nicolas"
        assert len(people) == DEMO_PEOPLE
    fr = demo_network("fr")
    names = {p.id: p.name for p in fr.people}
    wrong = [(names[j.person], j.title) for j in fr.jobs
             if (names[j.person].split()[0] in FEMININE) != (j.title in WOMEN_TITLES)
             and j.title not in BOTH_TITLES]
    assert wrong == []


def test_review_reasons_are_codes_read_back_from_old_sentences_too() -> None:
    assert review_reason("similar_names", "linkedin") == "similar_names/linkedin"
    assert [reason_parts(r) for r in (
        "same_name_company/vcard", "same name and company (linkedin import)",
        "similar names (mail import)", "similar names and company (already in the notebook)",
        "whatever an old store says", "nope/linkedin")] == [
        ("same_name_company", "vcard"), ("same_name_company", "linkedin"),
        ("similar_names", "mail"), ("similar_names_company", "notebook"), None, None]
    assert reason_words("same_name/notebook", "en") == "same name (already in the notebook)"
    assert reason_words("whatever an old store says", "en") == "whatever an old store says"


def test_a_single_ask_that_failed_is_not_none_of_one() -> None:
    from graph.core.scoring import TrackRecord
    from graph.services.explain import why_path

    one = TrackRecord(asks=1, negative=1)
    assert why_path("Claire", "Marc", [], "RH", False, one, "fr").endswith(
        "La seule demande passée n'a rien donné.")
    assert why_path("Claire", "Marc", [], "HR", False, one, "en").endswith(
        "The one past ask came to nothing.")
    two = TrackRecord(asks=2, negative=2)
    assert why_path("Claire", "Marc", [], "RH", False, two, "fr").endswith(
        "aucune sur 2 n'a ouvert de porte.")
