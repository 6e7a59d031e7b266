"""DESIGN.md's ranking rules, one tiny graph each, through the real stores and the service that
`carnet paths` and the app call (``find_paths``): the exact order, the numbers against the
documented formula, and the words of each card, in English and French.

Strengths by DESIGN.md: closeness 1..5 → 0.2, 0.4, 0.6, 0.8, 0.95 (else by source: a bare
LinkedIn connection 0.25, a phone contact 0.4, a referral 0.45, 0.7 when the referrer offered
to prepare the ground), times 0.25 + 0.75·2^(−days/365); a path is the product of its ties ×
0.8 per hop after the first × target fit (a former employee ½) × the introducer's factor
(0.88 for someone never asked).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cli.paths import paths_text
from graph.core.model import Company, GraphData, IntroRequest, Job, Knows, Person, Referral
from graph.services.referrals import record_referral
from graph.services.snapshots import SnapshotCache
from graph.services.warmpaths import Introduction, PathsResult, find_paths, to_json
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore

TODAY = date(2026, 11, 22)
NEVER_ASKED = 0.88
NAMES = {"me": "Isabelle Prigent", "anne": "Anne Morel", "bob": "Bob Martin",
         "cara": "Cara Lenoir", "dan": "Dan Vidal", "olga": "Olga Petit", "remi": "Rémi Blanc",
         "gil": "Gil Sorel", "ana": "Ana Lopes", "bea": "Béa Arnaud", "cle": "Clémence Roy",
         "hugo": "Hugo Lefèvre", "vero": "Véronique Bastide", "zoe": "Zoé Garnier",
         "noemie": "Noémie Fabre", "paul": "Paul Girard", "karim": "Karim Benali",
         "sam": "Sam Perret", "sol": "Solène Roux", "tom": "Tom Ferrand", "leo": "Léo Marchand",
         "marc": "Marc Aubert", "abel": "Zacharie Abel", "t1": "Inès Carré", "t2": "Jules Noël",
         "x1": "Xavier Un", "x2": "Xavier Deux", "x3": "Xavier Trois", "x4": "Xavier Quatre",
         "pat": "Patrice Caron", "q": "Quentin Hoarau", "r": "Rose Millet"}


def fade(days: int) -> float:
    """DESIGN.md's recency factor."""
    return 0.25 + 0.75 * 2 ** (-days / 365)


Tie = tuple[str, str, int | None, str | None]  # (a, b, closeness, last contact)


def network(ties: list[Tie], jobs: dict[str, str | tuple[str, str, bool]],
            more: list[Knows] | None = None, **records: Sequence[Any]) -> GraphData:
    """People by short name; hand-noted ties; jobs: person → title at Compagnie (``c:co``),
    or (company id, title, current)."""
    people = {"me", *(p for a, b, *_ in ties for p in (a, b)), *jobs,
              *(k.a[2:] for k in more or []), *(k.b[2:] for k in more or [])}
    for record in (r for rs in records.values() for r in rs):
        people |= {getattr(record, f)[2:] for f in ("referrer", "referee", "introducer",
                                                    "target") if hasattr(record, f)}
    return GraphData(
        members=["p:me"], people=[Person(f"p:{k}", NAMES[k]) for k in sorted(people)],
        companies=[Company("c:co", "Compagnie"), Company("c:other", "Autre Maison")],
        knows=[Knows(f"p:{a}", f"p:{b}", c, None, last, 0, "", "manual")
               for a, b, c, last in ties] + (more or []),
        jobs=[Job(f"p:{p}", "c:co", job) if isinstance(job, str)
              else Job(f"p:{p}", job[0], job[1], "", None, None if job[2] else "2024-01-01",
                       job[2])
              for p, job in jobs.items()],
        **records)  # type: ignore[arg-type]


def paths(store: GraphStore, lang: str = "en", **options: object) -> PathsResult:
    return find_paths(store, "c:co", today=TODAY, cache=SnapshotCache(), lang=lang,
                      **options)  # type: ignore[arg-type]


def asks(result: PathsResult) -> list[str]:
    """The introductions, as introducer>…>target."""
    return [">".join(p.id[2:] for p in card.path[1:]) for card in result.asks]


def factor(card: Introduction, kind: str) -> float:
    [value] = [f.value for f in card.factors if f.kind == kind]
    return value


def test_a_close_recent_friend_beats_a_bare_old_linkedin_connection(store: GraphStore) -> None:
    """me ─5, a week ago─ anne ─4, today─ tom @co;
    me ─LinkedIn, connected 3 years ago─ bob ─4, today─ tom."""
    store.save(network([("me", "anne", 5, "2026-11-15"), ("anne", "tom", 4, "2026-11-22"),
                        ("bob", "tom", 4, "2026-11-22")], {"tom": "CTO"},
                       more=[Knows("p:me", "p:bob", None, "2023-11-22", None, 0, "",
                                   "linkedin")]))
    result = paths(store)
    assert asks(result) == ["anne>tom", "bob>tom"]
    anne, bob = result.asks
    assert anne.hops[0].strength == pytest.approx(0.95 * fade(7))
    assert bob.hops[0].strength == pytest.approx(0.25 * fade(1096))
    assert anne.score == pytest.approx(0.95 * fade(7) * 0.8 * 0.8 * NEVER_ASKED)
    assert bob.score == pytest.approx(0.25 * fade(1096) * 0.8 * 0.8 * NEVER_ASKED)
    assert [anne.hops[0].why, bob.hops[0].why] == [
        "closeness 5/5; last contact 7 days ago", "LinkedIn connection; known since 2023"]
    assert anne.why_rank == ("Helped by your close tie with Anne Morel and a close tie between "
                             "Anne Morel and Tom Ferrand.")
    french = paths(store, lang="fr").asks
    assert [c.hops[0].why for c in french] == [
        "proximité 5/5\u00a0; dernier contact il y a 7 jours",
        "relation LinkedIn\u00a0; se connaissent depuis 2023"]


def test_a_bare_connection_is_weak_not_quiet(store: GraphStore) -> None:
    """me ─LinkedIn, connected 3 years ago─ bob ─4, today─ tom @co;  me ─4─ anne ─LinkedIn,
    connected 2 years ago─ sol @co. Never in touch, so never "quiet for 3 years" (nor
    "re-warm": there is nothing to warm again): a weak tie."""
    store.save(network([("bob", "tom", 4, "2026-11-22"), ("me", "anne", 4, "2026-11-22")],
                       {"tom": "CTO", "sol": "DRH"},
                       more=[Knows("p:me", "p:bob", None, "2023-11-22", None, 0, "",
                                   "linkedin"),
                             Knows("p:anne", "p:sol", None, "2024-11-22", None, 0, "",
                                   "linkedin")]))
    result = paths(store)
    assert asks(result) == ["anne>sol", "bob>tom"]
    assert [c.why_rank for c in result.asks] == [
        "Helped by your close tie with Anne Morel; held back by a weak tie between Anne Morel "
        "and Solène Roux.",
        "Helped by a close tie between Bob Martin and Tom Ferrand; held back by your weak tie "
        "with Bob Martin."]
    assert [c.rewarm for c in result.asks] == [None, None]
    assert [c.why_rank for c in paths(store, lang="fr").asks] == [
        "Porté par votre lien proche avec Anne Morel ; freiné par un lien faible entre Anne "
        "Morel et Solène Roux.",
        "Porté par un lien proche entre Bob Martin et Tom Ferrand ; freiné par votre lien "
        "faible avec Bob Martin."]


def test_closeness_when_known_beats_where_the_tie_came_from(store: GraphStore) -> None:
    """me ─LinkedIn, rated 4/5─ cara ─4─ tom @co;  me ─phone contact, not rated─ dan ─4─ tom;
    both in touch today."""
    store.save(network([("cara", "tom", 4, "2026-11-22"), ("dan", "tom", 4, "2026-11-22")],
                       {"tom": "CTO"},
                       more=[Knows("p:me", "p:cara", 4, None, "2026-11-22", 0, "", "linkedin"),
                             Knows("p:me", "p:dan", None, None, "2026-11-22", 0, "", "vcard")]))
    result = paths(store)
    assert asks(result) == ["cara>tom", "dan>tom"]
    assert [c.hops[0].strength for c in result.asks] == pytest.approx([0.8, 0.4])
    assert [c.hops[0].why for c in result.asks] == [
        "closeness 4/5; last contact today", "in the phone's contacts; last contact today"]


def test_an_old_close_friend_fades_to_a_floor_and_a_recent_acquaintance_passes_her(
        store: GraphStore) -> None:
    """me ─5, 5 years ago─ olga;  me ─2, a week ago─ remi;  me ─5, 40 years ago─ gil;
    each ─4, today─ tom @co. Old friends fade, never vanish: Gil still counts (0.95 × 0.25),
    and re-warming Olga would put her first again."""
    store.save(network([("me", "olga", 5, "2021-11-22"), ("me", "remi", 2, "2026-11-15"),
                        ("me", "gil", 5, "1986-11-22"), ("olga", "tom", 4, "2026-11-22"),
                        ("remi", "tom", 4, "2026-11-22"), ("gil", "tom", 4, "2026-11-22")],
                       {"tom": "CTO"}))
    result = paths(store)
    assert asks(result) == ["remi>tom", "olga>tom", "gil>tom"]
    remi, olga, gil = result.asks
    assert [c.hops[0].strength for c in result.asks] == pytest.approx(
        [0.4 * fade(7), 0.95 * fade(1826), 0.95 * fade(14610)])
    assert gil.hops[0].strength == pytest.approx(0.95 * 0.25, rel=1e-9)
    assert [c.score for c in result.asks] == pytest.approx(
        [s * 0.8 * 0.8 * NEVER_ASKED for s in (0.4 * fade(7), 0.95 * fade(1826), 0.95 * 0.25)])
    assert remi.rewarm is None  # (fresh)
    assert olga.rewarm is not None and olga.rewarm.person.id == "p:olga"
    assert olga.rewarm.fresh == pytest.approx(0.95)
    assert olga.rewarm.score == pytest.approx(0.95 * 0.8 * 0.8 * NEVER_ASKED)
    assert olga.rewarm.score > remi.score
    assert olga.rewarm.why == (
        "Re-warm Olga Petit first: your tie is the weak link of this path (closeness 5/5, "
        "last contact 5 years ago). Back in touch, the path would score 54% instead of 15%.")
    assert olga.why_rank == ("Helped by a close tie between Olga Petit and Tom Ferrand; held "
                             "back by your tie with Olga Petit (quiet for 5 years).")
    french = paths(store, lang="fr").asks[1].rewarm
    assert french is not None and french.why == (
        "Reprenez d'abord contact avec Olga Petit : votre lien est le maillon faible de ce "
        "chemin (proximité 5/5, dernier contact il y a 5 ans). Le contact renoué, le chemin "
        "passerait de 15\u00a0% à 54\u00a0%.")
    assert french.draft.startswith("Bonjour Olga,")


def test_a_phone_contact_without_a_date_still_passes_a_year_old_linkedin_connection(
        store: GraphStore) -> None:
    """me ─in her phone (no date: phones keep none)─ anne ─4, today─ tom @co;
    me ─LinkedIn, connected a year ago─ bob ─4, today─ tom. DESIGN.md: a phone contact is a
    bit more than a bare connection. A tie with no date counts 0.6, neither fresh nor stale
    (at the floor, 0.25, every phone contact would fall behind a year-old connection, and a
    referral that offered to prepare the ground behind a fresh bare one)."""
    store.save(network([("anne", "tom", 4, "2026-11-22"), ("bob", "tom", 4, "2026-11-22")],
                       {"tom": "CTO"}, more=[
        Knows("p:anne", "p:me", None, None, None, 0, "", "vcard"),
        Knows("p:bob", "p:me", None, "2025-11-22", None, 0, "", "linkedin")]))
    result = paths(store)
    assert asks(result) == ["anne>tom", "bob>tom"]
    anne, bob = result.asks
    assert [anne.hops[0].strength, bob.hops[0].strength] == pytest.approx(
        [0.4 * 0.6, 0.25 * fade(365)])


def test_each_extra_hop_spends_goodwill(store: GraphStore) -> None:
    """Equally strong ties (4/5, today): me ─ anne ─ tom @co beats me ─ bob ─ cara ─ tom."""
    store.save(network([("me", "anne", 4, "2026-11-22"), ("anne", "tom", 4, "2026-11-22"),
                        ("me", "bob", 4, "2026-11-22"), ("bob", "cara", 4, "2026-11-22"),
                        ("cara", "tom", 4, "2026-11-22")], {"tom": "CTO"}))
    result = paths(store)
    assert asks(result) == ["anne>tom", "bob>cara>tom"]
    two, three = result.asks
    assert two.score == pytest.approx(0.8 ** 2 * 0.8 * NEVER_ASKED)
    assert three.score == pytest.approx(0.8 ** 3 * 0.8 ** 2 * NEVER_ASKED)
    assert [factor(c, "hops") for c in result.asks] == pytest.approx([0.8, 0.64])
    assert three.explanation == ("Ask Bob Martin to introduce you to Tom Ferrand (CTO at "
                                 "Compagnie), through Cara Lenoir.")
    # (said as ties, as the numbers behind the score say them: "2 go-betweens" was read as
    # Cara and someone else, where the card says "through Cara Lenoir")
    assert three.why_rank.endswith("; held back by a path of 3 ties.")
    in_french = paths(store, lang="fr").asks[1]
    assert in_french.explanation == (
        "Demandez à Bob Martin de vous présenter à Tom Ferrand (CTO chez Compagnie), par Cara "
        "Lenoir.")
    assert in_french.why_rank.endswith(" ; freiné par un chemin de 3 liens.")
    assert asks(paths(store, max_hops=2)) == ["anne>tom"]


def test_a_current_employee_beats_a_former_one_who_counts_only_when_asked(
        store: GraphStore) -> None:
    """me ─4─ anne ─4─ tom @co (now);  me ─5─ bea ─5─ marc @co (left in 2024): warmer ties,
    but a former employee counts half, and only with --include-former."""
    store.save(network([("me", "anne", 4, "2026-11-22"), ("anne", "tom", 4, "2026-11-22"),
                        ("me", "bea", 5, "2026-11-22"), ("bea", "marc", 5, "2026-11-22")],
                       {"tom": "CTO", "marc": ("c:co", "DRH", False)}))
    assert asks(paths(store)) == ["anne>tom"]
    result = paths(store, include_former=True)
    assert asks(result) == ["anne>tom", "bea>marc"]
    tom, marc = result.asks
    assert (tom.current, marc.current) == (True, False)
    assert [factor(c, "fit") for c in result.asks] == [1.0, 0.5]
    assert marc.score == pytest.approx(0.95 * 0.95 * 0.8 * 0.5 * NEVER_ASKED)
    assert marc.explanation == ("Ask Béa Arnaud to introduce you to Marc Aubert (formerly DRH "
                                "at Compagnie).")
    assert marc.why_rank.endswith("held back by Marc Aubert having left the company.")
    french = paths(store, lang="fr", include_former=True).asks[1]
    assert french.explanation == ("Demandez à Béa Arnaud de vous présenter à Marc Aubert "
                                  "(anciennement DRH chez Compagnie).")


def test_with_a_role_only_matching_targets_count_any_term_case_and_accents_ignored(
        store: GraphStore) -> None:
    """me ─4─ anne, who knows léo (accountant, 5/5), sol (communication, 2/5) and marc
    (HR, 3/5), all @co: Anne's card goes to whoever matches the role asked."""
    data = network([("me", "anne", 4, "2026-11-22"), ("anne", "leo", 5, "2026-11-22"),
                    ("anne", "sol", 2, "2026-11-22"), ("anne", "marc", 3, "2026-11-22")], {})
    data.jobs = [Job("p:leo", "c:co", "Comptable", "Finance"),
                 Job("p:sol", "c:co", "Chargée de communication", "Communication"),
                 Job("p:marc", "c:co", "DRH", "Ressources humaines")]
    store.save(data)

    def target(role: str | None) -> list[str]:
        return [c.target.id[2:] for c in paths(store, role=role).asks]

    assert target(None) == ["leo"]
    assert target("COMMUNICATION") == ["sol"]
    assert target("chargee") == ["sol"]          # "Chargée"
    assert target("Ressources Humaines") == ["marc"]  # the department
    assert target("juriste, rh") == ["marc"]     # any term: "DRH"
    assert target("  communication ,  RH ") == ["marc"]  # both match: the warmer
    nobody = paths(store, role="juriste")
    assert (nobody.targets, nobody.introductions) == (0, [])
    assert paths(store, role="communication").role == "communication"


def test_a_role_term_matches_the_start_of_a_word_and_an_abbreviation_its_words(
        store: GraphStore) -> None:
    """me ─4─ anne, who knows léo (Comptable), sol (Chargée de com), zoe (Communication
    interne), marc (DRH, no department), tom (Marketing): "com" is what people type for
    communication, not the start of "Comptable"; "RH" covers "DRH" (a word of its own);
    a term inside a word ("ting") matches nothing."""
    data = network([("me", "anne", 4, "2026-11-22"), ("anne", "leo", 5, "2026-11-22"),
                    ("anne", "sol", 4, "2026-11-22"), ("anne", "zoe", 3, "2026-11-22"),
                    ("anne", "marc", 2, "2026-11-22"), ("anne", "tom", 1, "2026-11-22")], {})
    data.jobs = [Job("p:leo", "c:co", "Comptable", "Finance"),
                 Job("p:sol", "c:co", "Chargée de com", ""),
                 Job("p:zoe", "c:co", "Responsable", "Communication interne"),
                 Job("p:marc", "c:co", "DRH", ""),
                 Job("p:tom", "c:co", "Chef de produit", "Marketing")]
    store.save(data)

    counts = {"com": 2, "COM": 2, "comm": 1, "compta": 1, "rh": 1, "drh": 1,
              "ressources humaines": 0, "market": 1, "ting": 0, "resp com": 1}
    assert {role: paths(store, role=role).targets for role in counts} == counts
    assert [c.target.id for c in paths(store, role="com").asks] == ["p:sol"]


def test_an_introducers_record_lifts_or_lowers_her_smoothed_and_a_pending_ask_cools(
        store: GraphStore) -> None:
    """Four equal bridges (4/5, today) me ─ x ─ tom @co. Asks elsewhere (Autre Maison):
    Ana opened two doors (won, lost), Béa was never asked, Clémence declined once, Dan has one
    waiting. Factors: 0.4 + 0.6 × (yes + 0.8·3)/(yes + no + 3), × 0.75 while one waits."""
    ties: list[Tie] = [(a, b, 4, "2026-11-22") for x in ("ana", "bea", "cle", "dan")
                       for a, b in (("me", x), (x, "tom"))]
    jobs: dict[str, str | tuple[str, str, bool]] = {"tom": "CTO", **{
        x: ("c:other", "Chargée de mission", True) for x in ("x1", "x2", "x3", "x4")}}
    intros = [IntroRequest(f"i:{n}", "p:me", f"p:{via}", f"p:{whom}", "c:other", status,
                           "2026-09-01", "2026-09-20")
              for n, (via, whom, status) in enumerate([("ana", "x1", "won"), ("ana", "x2", "lost"),
                                                       ("cle", "x3", "declined"),
                                                       ("dan", "x4", "asked")], start=1)]
    store.save(network(ties, jobs, intros=intros))
    result = paths(store)
    assert asks(result) == ["ana>tom", "bea>tom", "cle>tom", "dan>tom"]
    factors = [0.4 + 0.6 * (2 + 2.4) / 5, NEVER_ASKED, 0.4 + 0.6 * 2.4 / 4, NEVER_ASKED * 0.75]
    assert [factor(c, "introducer") for c in result.asks] == pytest.approx(factors)
    assert [c.score for c in result.asks] == pytest.approx([0.8 ** 3 * f for f in factors])
    assert factors[2] / NEVER_ASKED == pytest.approx(0.864, abs=1e-3)  # one "no": −14 %
    assert [c.explanation.split(").", 1)[1] for c in result.asks] == [
        " Past asks: 2 of 2 opened a door.", "", " The one past ask came to nothing.",
        " An ask to Dan Vidal is still waiting for an answer."]
    assert [c.why_rank.split("; held back by ")[-1] for c in result.asks[2:]] == [
        "Clémence Roy's past declines (1).", "an ask to Dan Vidal still waiting."]
    assert result.asks[0].why_rank.endswith("and Ana Lopes's record (2 of 2 asks opened a door).")
    french = paths(store, lang="fr").asks
    assert [c.explanation.split(").", 1)[1] for c in french] == [
        " Demandes passées : 2 sur 2 ont ouvert une porte.", "",
        " La seule demande passée n'a rien donné.",
        " Une demande à Dan Vidal attend encore une réponse."]


def test_her_contacts_there_are_a_group_of_their_own_and_no_intro_goes_to_or_through_them(
        store: GraphStore) -> None:
    """me ─2─ hugo @co;  me ─4─ ana @co;  me ─5─ vero ─5─ hugo ─5─ sol @co;
    me ─3─ zoe ─3─ sol. Véro could introduce Hugo, or reach Solène through him: neither
    (Hugo's own card covers it); Zoé's weaker path to Solène is the introduction."""
    store.save(network([("me", "hugo", 2, "2026-11-22"), ("me", "ana", 4, "2026-11-22"),
                        ("me", "vero", 5, "2026-11-22"), ("vero", "hugo", 5, "2026-11-22"),
                        ("hugo", "sol", 5, "2026-11-22"), ("me", "zoe", 3, "2026-11-22"),
                        ("zoe", "sol", 3, "2026-11-22")],
                       {"hugo": "Chef de produit", "ana": "Juriste", "sol": "DRH"}))
    result = paths(store)
    assert [c.target.id for c in result.direct] == ["p:ana", "p:hugo"]
    assert [c.score for c in result.direct] == pytest.approx([0.8, 0.4])
    assert asks(result) == ["zoe>sol"]
    assert result.direct[0].explanation == ("You know Ana Lopes (Juriste at Compagnie) "
                                            "directly: get in touch yourself.")
    assert [f.kind for f in result.direct[0].factors] == ["tie", "fit"]
    doc = to_json(result)
    assert [(c["rank"], c["group"], c["introducer"]["id"], c["target_person"]["id"])
            for c in doc["introducers"]] == [(1, "direct", "p:ana", "p:ana"),
                                             (2, "direct", "p:hugo", "p:hugo"),
                                             (3, "introduction", "p:zoe", "p:sol")]


def test_a_referral_and_an_accepted_intro_are_ties_with_their_own_why(store: GraphStore) -> None:
    """me ─4─ noemie, who suggested karim @co and offered to prepare the ground;
    me ─4─ paul, who suggested sam @co (no offer); me ─4─ vero, who agreed to introduce me
    to sol @co. No stored tie between any of them and the person at Compagnie."""
    on = "2026-10-02"
    store.save(network(
        [("me", "noemie", 4, "2026-11-22"), ("me", "paul", 4, "2026-11-22"),
         ("me", "vero", 4, "2026-11-22")], {"karim": "DRH", "sam": "DRH", "sol": "DRH"},
        referrals=[Referral("r:1", "p:noemie", "p:karim", "p:me", "c:co", offered_intro=True,
                            date=on),
                   Referral("r:2", "p:paul", "p:sam", "p:me", "c:co", date=on)],
        intros=[IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co", "accepted",
                             "2026-11-05", "2026-11-12")]))
    result = paths(store)
    assert asks(result) == ["vero>sol", "noemie>karim", "paul>sam"]
    assert [c.hops[1].strength for c in result.asks] == pytest.approx(
        [0.7 * fade(10), 0.7 * fade(51), 0.45 * fade(51)])
    assert [c.hops[1].why for c in result.asks] == [
        "Véronique Bastide agreed to introduce Isabelle Prigent to Solène Roux (12 Nov 2026)",
        "Noémie Fabre suggested Karim Benali on 2 Oct 2026 and offered to prepare the ground",
        "Paul Girard suggested Sam Perret on 2 Oct 2026"]
    assert [c.hops[1].why for c in paths(store, lang="fr").asks] == [
        "Véronique Bastide a accepté de présenter Isabelle Prigent à Solène Roux (12 nov. 2026)",
        "Noémie Fabre a recommandé Karim Benali le 2 oct. 2026 et propose de préparer le "
        "terrain",
        "Paul Girard a recommandé Sam Perret le 2 oct. 2026"]


def test_top_k_is_k_distinct_introducers_cheapest_first(store: GraphStore) -> None:
    """me ─5─ anne, who knows t1 (5/5) and t2 (3/5) @co;  me ─4─ bea ─4─ t2;
    me ─3─ cle ─3─ t1: Anne is one card (her best target), never two."""
    store.save(network([("me", "anne", 5, "2026-11-22"), ("anne", "t1", 5, "2026-11-22"),
                        ("anne", "t2", 3, "2026-11-22"), ("me", "bea", 4, "2026-11-22"),
                        ("bea", "t2", 4, "2026-11-22"), ("me", "cle", 3, "2026-11-22"),
                        ("cle", "t1", 3, "2026-11-22")], {"t1": "DRH", "t2": "DAF"}))
    assert asks(paths(store)) == ["anne>t1", "bea>t2", "cle>t1"]
    assert asks(paths(store, top=2)) == ["anne>t1", "bea>t2"]
    assert asks(paths(store, top=1)) == ["anne>t1"]


def equal_scores() -> GraphData:
    """Two introductions scoring the same (0.8 × 0.6 = 0.6 × 0.8), two direct contacts as
    warm as each other, and an introducer with two targets as close: ids decide."""
    return network([("me", "bea", 4, "2026-11-22"), ("bea", "tom", 3, "2026-11-22"),
                    ("me", "abel", 3, "2026-11-22"), ("abel", "tom", 4, "2026-11-22"),
                    ("me", "hugo", 4, "2026-11-22"), ("me", "ana", 4, "2026-11-22"),
                    ("me", "cle", 2, "2026-11-22"), ("cle", "t1", 4, "2026-11-22"),
                    ("cle", "t2", 4, "2026-11-22")],
                   {"tom": "CTO", "hugo": "DAF", "ana": "DAF", "t1": "DRH", "t2": "DRH"})


def test_equal_scores_are_ordered_by_id_the_same_on_every_store(store: GraphStore) -> None:
    store.save(equal_scores())
    result = paths(store)
    assert [c.target.id for c in result.direct] == ["p:ana", "p:hugo"]
    assert asks(result) == ["abel>tom", "bea>tom", "cle>t1"]
    assert result.asks[0].score == pytest.approx(result.asks[1].score, abs=1e-12)


def json_on_both_stores(data: GraphData, neo4j: GraphStore, tmp_path: Path,
                        lang: str = "en") -> list[str]:
    """``paths --json`` of ``data`` on a SQLite file and on Neo4j, saved there in the opposite
    order: the two documents, to be byte for byte the same."""
    backwards = GraphData(members=data.members, people=data.people[::-1],
                          companies=data.companies[::-1], knows=data.knows[::-1],
                          jobs=data.jobs[::-1])
    sqlite = SqliteStore(tmp_path / f"carnet-{lang}.db")
    sqlite.save(data)
    neo4j.save(backwards)
    try:
        return [json.dumps(to_json(paths(s, lang=lang)), ensure_ascii=False, indent=1)
                for s in (sqlite, neo4j)]
    finally:
        sqlite.close()


def test_equal_scores_give_byte_identical_json_on_sqlite_and_neo4j(
        neo4j: GraphStore, tmp_path: Path) -> None:
    """The same network saved in opposite orders: the same `paths --json`, byte for byte."""
    documents = json_on_both_stores(equal_scores(), neo4j, tmp_path)
    assert documents[0] == documents[1]
    assert [c["introducer"]["id"] for c in json.loads(documents[0])["introducers"]] == [
        "p:ana", "p:hugo", "p:abel", "p:bea", "p:cle"]


def test_each_hop_says_closeness_last_contact_how_they_met_and_the_referral(
        store: GraphStore) -> None:
    """me ─4, 3 weeks ago, 12 exchanges, met at the climbing club─ noemie ─3, 6 months ago,
    former colleagues─ karim @co, whom Noémie suggested (and offered to prepare the ground)."""
    store.save(network(
        [], {"karim": "DRH"},
        more=[Knows("p:me", "p:noemie", 4, "2015-03-01", "2026-11-01", 12, "club d'escalade",
                    "manual"),
              Knows("p:noemie", "p:karim", 3, None, "2026-05-22", 0, "anciens collègues",
                    "manual")],
        referrals=[Referral("r:1", "p:noemie", "p:karim", "p:me", "c:co",
                            context="il cherche une consultante", offered_intro=True,
                            date="2026-10-02")]))
    english, french = (paths(store, lang=lang) for lang in ("en", "fr"))
    assert [h.why for h in english.asks[0].hops] == [
        "closeness 4/5; last contact 3 weeks ago; 12 exchanges; met: club d'escalade",
        "closeness 3/5; last contact 6 months ago; met: anciens collègues; Noémie Fabre "
        "suggested Karim Benali on 2 Oct 2026 and offered to prepare the ground"]
    assert [h.why for h in french.asks[0].hops] == [
        "proximité 4/5\u00a0; dernier contact il y a 3 semaines\u00a0; 12 échanges\u00a0; "
        "rencontre\u00a0: club d'escalade",
        "proximité 3/5\u00a0; dernier contact il y a 6 mois\u00a0; rencontre\u00a0: anciens "
        "collègues\u00a0; Noémie Fabre a recommandé Karim Benali le 2 oct. 2026 et propose "
        "de préparer le terrain"]
    # the referral's warmth (0.7, from its date) beats the stored tie's (0.6, older)
    assert english.asks[0].hops[1].strength == pytest.approx(0.7 * fade(51))
    for result, lang in ((english, "en"), (french, "fr")):
        assert_no_unknowns_said(result, lang)


def assert_no_unknowns_said(result: PathsResult, lang: str) -> None:
    """No "None", "null" or "?" in anything a card says (the command's text included)."""
    said = [paths_text(result, 4, lang)] + [why for _, _, why in result.declined]
    for card in result.introductions:
        said += [card.explanation, card.why_rank, *(h.why for h in card.hops)]
        said += [card.rewarm.why] if card.rewarm else []
        said += [card.warmer.advice] if card.warmer else []
    for words in said:
        assert not re.search(r"\bNone\b|\bnull\b|\?", words), words
    for card in result.introductions:  # (a draft may ask a question)
        assert not re.search(r"\bNone\b|\bnull\b", card.rewarm.draft if card.rewarm else "")


def test_an_undated_referral_or_intro_is_said_without_a_date(store: GraphStore) -> None:
    """Carnet JSON allows records without dates (``null``): me ─4─ noemie, who suggested
    karim @co; me ─4─ vero, who agreed to introduce me to sol @co; clémence declined to
    introduce me to tom @co. No "on ?" nor "(?)": the words leave the date out."""
    store.save(network(
        [("me", "noemie", 4, "2026-11-22"), ("me", "vero", 4, "2026-11-22"),
         ("me", "cle", 4, "2026-11-22"), ("cle", "tom", 4, "2026-11-22")],
        {"karim": "DRH", "sol": "DRH", "tom": "DRH"},
        referrals=[Referral("r:1", "p:noemie", "p:karim", "p:me", "c:co", offered_intro=True)],
        intros=[IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co", "accepted"),
                IntroRequest("i:2", "p:me", "p:cle", "p:tom", "c:co", "declined")]))
    english, french = (paths(store, lang=lang) for lang in ("en", "fr"))
    assert asks(english) == ["vero>sol", "noemie>karim"]  # (her yes lifts Véronique)
    assert [c.hops[1].strength for c in english.asks] == pytest.approx([0.7 * 0.6] * 2)
    assert [c.hops[1].why for c in english.asks] == [
        "Véronique Bastide agreed to introduce Isabelle Prigent to Solène Roux",
        "Noémie Fabre suggested Karim Benali and offered to prepare the ground"]
    assert [why for *_, why in english.declined] == [
        "Clémence Roy declined to introduce you to Tom Ferrand: that path is no longer "
        "suggested."]
    assert [c.hops[1].why for c in french.asks] == [
        "Véronique Bastide a accepté de présenter Isabelle Prigent à Solène Roux",
        "Noémie Fabre a recommandé Karim Benali et propose de préparer le terrain"]
    assert [why for *_, why in french.declined] == [
        "Clémence Roy a refusé de vous présenter à Tom Ferrand : ce chemin n'est plus proposé."]
    for result, lang in ((english, "en"), (french, "fr")):
        assert_no_unknowns_said(result, lang)


def test_no_rewarm_advice_for_a_lift_no_one_would_feel(store: GraphStore) -> None:
    """me ─2, 3 years ago─ pat ─ q ─ r ─ tom @co (LinkedIn, today): her quiet tie is the
    weak link, but catching up would take the path from 0.1 % to 0.3 % ("0% instead of 0%"):
    no "re-warm" on that card (the same rule as the people worth re-warming: at least 10 %
    once warm, five points more). Olga's card, 15 % → 54 %, keeps it."""
    store.save(network([("me", "pat", 2, "2023-11-22"), ("me", "olga", 5, "2021-11-22"),
                        ("olga", "tom", 4, "2026-11-22")], {"tom": "CTO"},
                       more=[Knows(f"p:{a}", f"p:{b}", None, None, "2026-11-22", 0, "",
                                   "linkedin")
                             for a, b in (("pat", "q"), ("q", "r"), ("r", "tom"))]))
    result = paths(store)
    assert asks(result) == ["olga>tom", "pat>q>r>tom"]
    olga, pat = result.asks
    assert pat.score == pytest.approx(0.4 * fade(1096) * 0.25 ** 3 * 0.8 ** 3 * NEVER_ASKED)
    assert pat.rewarm is None
    assert pat.why_rank.startswith("Held back by your tie with Patrice Caron (quiet for 3 "
                                   "years), a weak tie between Patrice Caron and Quentin")
    assert pat.why_rank.endswith(" and a path of 4 ties.")
    assert olga.rewarm is not None and olga.rewarm.score == pytest.approx(
        0.95 * 0.8 * 0.8 * NEVER_ASKED)


def test_a_friend_first_met_through_her_referral_is_said_as_the_one_who_suggested(
        store: GraphStore) -> None:
    """Noémie, new in the notebook, suggests Karim @co (the referral form or `carnet referral
    add`): the notebook learns me ─ noemie and noemie ─ karim from it alone. Isabelle does
    not know Noémie "through a referral": Noémie is the one who made it."""
    store.save(network([], {}))
    record_referral(store, referrer=Person("p:noemie", NAMES["noemie"]),
                    referee=Person("p:karim", NAMES["karim"]), member="p:me",
                    company=store.get_company("c:co"), role="DRH",
                    context="il cherche une consultante", offered_intro=True,
                    on=date(2026, 11, 2))
    english, french = (paths(store, lang=lang) for lang in ("en", "fr"))
    assert asks(english) == ["noemie>karim"]
    assert [h.why for h in english.asks[0].hops] == [
        "Noémie Fabre suggested Karim Benali to Isabelle Prigent on 2 Nov 2026",
        "context: il cherche une consultante; Noémie Fabre suggested Karim Benali on 2 Nov "
        "2026 and offered to prepare the ground"]
    assert [h.why for h in french.asks[0].hops] == [
        "Noémie Fabre a recommandé Karim Benali à Isabelle Prigent le 2 nov. 2026",
        "contexte\u00a0: il cherche une consultante\u00a0; Noémie Fabre a recommandé Karim "
        "Benali le 2 nov. 2026 et propose de préparer le terrain"]


def test_a_friend_met_through_her_referral_for_someone_off_the_path_is_said_too(
        store: GraphStore) -> None:
    """Noémie, new in the notebook, suggested Karim at Autre Maison (the notebook learns me ─
    noemie from it alone); she also knows tom @co. The path to Compagnie goes me ─ noemie ─
    tom, without Karim, and the first hop still says how Isabelle knows Noémie (Karim's
    name was not read with the path's people: a KeyError, the command's traceback)."""
    store.save(network([("noemie", "tom", 4, "2026-11-22")], {"tom": "CTO"}))
    record_referral(store, referrer=Person("p:noemie", NAMES["noemie"]),
                    referee=Person("p:karim", NAMES["karim"]), member="p:me",
                    company=store.get_company("c:other"), role="DRH", context="",
                    offered_intro=False, on=date(2026, 11, 2))
    assert asks(paths(store)) == ["noemie>tom"]
    assert paths(store).asks[0].hops[0].why == (
        "Noémie Fabre suggested Karim Benali to Isabelle Prigent on 2 Nov 2026")


def test_a_referrers_offer_outweighs_a_low_closeness_the_warmer_tie_counts(
        store: GraphStore) -> None:
    """me ─4─ noemie ─1/5 (rated), a week ago─ karim @co, and Noémie suggested Karim and
    offered to prepare the ground: the referral's own tie (0.7, from its date) is the warmer
    and counts (docs/architecture.md, "Ties implied by records"), though DESIGN.md's tie
    strength puts a known closeness before the source. The hop says both."""
    store.save(network([("me", "noemie", 4, "2026-11-22"), ("noemie", "karim", 1, "2026-11-15")],
                       {"karim": "DRH"},
                       referrals=[Referral("r:1", "p:noemie", "p:karim", "p:me", "c:co",
                                           offered_intro=True, date="2026-10-02")]))
    [card] = paths(store).asks
    assert card.hops[1].strength == pytest.approx(0.7 * fade(51))
    assert card.hops[1].why == ("closeness 1/5; last contact 7 days ago; Noémie Fabre suggested "
                                "Karim Benali on 2 Oct 2026 and offered to prepare the ground")
