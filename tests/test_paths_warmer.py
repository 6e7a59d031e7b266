"""A contact at the company the member barely knows keeps her own card, and the card advises
a friend's warmer way to her first (``graph/services/warmer.py``), through the real stores,
the service, the command's text and its JSON.

Strengths as in ``test_ranking_rules``: an entry from a contact list with no date is
0.3 × 0.6 = 0.18 (an address book from Outlook), a bare LinkedIn connection 0.25 × 0.6 = 0.15;
a tie noted today is its closeness's strength (4 → 0.8, 5 → 0.95).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.paths import paths_text
from graph.core.model import GraphData, IntroRequest, Knows
from graph.services.warmpaths import Introduction, PathsResult, to_json
from graph.stores.port import GraphStore
from tests.test_ranking_rules import (
    NEVER_ASKED,
    assert_no_unknowns_said,
    json_on_both_stores,
    network,
    paths,
)

SOLENE_TIE = 0.3 * 0.6   # in the member's contact list, nothing more
VIA_VERO = 0.95 * 0.8 * 0.8 * NEVER_ASKED  # me ─5─ vero ─4─ sol, one go-between


def listed(a: str, b: str, source: str = "csv") -> Knows:
    """A tie from an import: no closeness, no date."""
    return Knows(f"p:{a}", f"p:{b}", None, None, None, 0, "", source)


def barely_known_network(**records: list[IntroRequest]) -> GraphData:
    """me ─csv─ sol @co (18 %), me ─5─ vero ─4─ sol; me ─5─ hugo @co (a contact there, warm)
    ─5─ sol, and me ─5─ anne ─5─ hugo: the warmest ways to Solène go by Hugo, another contact
    at the company, and are never advised. me ─linkedin─ tom @co, and me ─3─ paul ─linkedin─
    tom: nothing clearly warmer than Tom's own tie. me ─4, 7 years ago─ zoe @co, and vero ─5─
    zoe: Zoé is a friend gone quiet, not someone barely known."""
    today = "2026-11-22"
    return network([("me", "vero", 5, today), ("vero", "sol", 4, today),
                    ("me", "hugo", 5, today), ("hugo", "sol", 5, today), ("me", "anne", 5, today),
                    ("anne", "hugo", 5, today), ("me", "paul", 3, today),
                    ("me", "zoe", 4, "2019-11-22"), ("vero", "zoe", 5, today)],
                   {"sol": "Responsable communication", "hugo": "DRH", "tom": "CTO",
                    "zoe": "DAF"},
                   more=[listed("me", "sol"), listed("me", "tom", "linkedin"),
                         listed("paul", "tom", "linkedin")], **records)


def cards(result: PathsResult) -> dict[str, Introduction]:
    return {c.target.id[2:]: c for c in result.direct}


def test_a_contact_barely_known_is_advised_through_a_warmer_friend(store: GraphStore) -> None:
    store.save(barely_known_network())
    result = paths(store)
    direct = cards(result)
    assert list(direct) == ["hugo", "zoe", "sol", "tom"]
    sol = result.direct[2]
    assert sol.score == pytest.approx(SOLENE_TIE)
    assert sol.warmer is not None
    intro = sol.warmer.intro
    assert [p.id for p in intro.path] == ["p:me", "p:vero", "p:sol"]  # not by way of Hugo
    assert intro.score == pytest.approx(VIA_VERO)
    assert [h.strength for h in intro.hops] == pytest.approx([0.95, 0.8])
    assert sol.warmer.advice == (
        "You barely know Solène Roux (18%): through Véronique Bastide, the path is warmer "
        "(54%). Ask Véronique Bastide to prepare the ground before you contact Solène Roux.")
    # a warm contact there, a barely known one with nothing warmer, a quiet friend: none
    assert [result.direct[n].warmer for n in (0, 1, 3)] == [None, None, None]
    assert result.exact
    # still her own card, never the target of an introduction
    assert all(c.target.id != "p:sol" for c in result.asks)

    text = paths_text(result, 4, "en")
    assert ("  · Solène Roux, Responsable communication   18%: from a contact list\n"
            "    You barely know Solène Roux (18%): through Véronique Bastide, the path is "
            "warmer (54%). Ask Véronique Bastide to prepare the ground before you contact "
            "Solène Roux.\n") in text
    assert text.count("barely know") == 1

    entries = {e["target_person"]["id"]: e for e in to_json(result)["introducers"]}
    assert entries["p:sol"]["warmer_intro"] == {
        "introducer": {"id": "p:vero", "name": "Véronique Bastide"},
        "score": round(VIA_VERO, 4),
        "path": [{"id": "p:me", "name": "Isabelle Prigent"},
                 {"id": "p:vero", "name": "Véronique Bastide"},
                 {"id": "p:sol", "name": "Solène Roux"}],
        "hops": [{"from": "p:me", "to": "p:vero", "strength": 0.95,
                  "why": "closeness 5/5; last contact today"},
                 {"from": "p:vero", "to": "p:sol", "strength": 0.8,
                  "why": "closeness 4/5; last contact today"}],
        "advice": sol.warmer.advice}
    assert [k for k, e in entries.items() if "warmer_intro" in e] == ["p:sol"]  # else left out

    french = paths(store, lang="fr")
    assert french.direct[2].warmer is not None and french.direct[2].warmer.advice == (
        "Vous connaissez peu Solène Roux (18\u00a0%) : par Véronique Bastide, le chemin est "
        "plus chaud (54\u00a0%). Demandez-lui de préparer le terrain avant de contacter Solène "
        "Roux.")
    for said, lang in ((result, "en"), (french, "fr")):
        assert_no_unknowns_said(said, lang)


def test_a_longer_way_names_its_go_betweens(store: GraphStore) -> None:
    """me ─csv─ sol @co; me ─5─ vero ─5─ karim ─5─ sol: the advice says the way."""
    today = "2026-11-22"
    store.save(network([("me", "vero", 5, today), ("vero", "karim", 5, today),
                        ("karim", "sol", 5, today)], {"sol": "DRH"},
                       more=[listed("me", "sol")]))
    [sol] = paths(store).direct
    assert sol.warmer is not None
    assert sol.warmer.intro.score == pytest.approx(0.95 ** 3 * 0.8 ** 2 * NEVER_ASKED)
    assert sol.warmer.advice == (
        "You barely know Solène Roux (18%): through Véronique Bastide, then Karim Benali, the "
        "path is warmer (48%). Ask Véronique Bastide to have the ground prepared before you "
        "contact Solène Roux.")
    [french] = paths(store, lang="fr").direct
    assert french.warmer is not None and french.warmer.advice == (
        "Vous connaissez peu Solène Roux (18\u00a0%) : par Véronique Bastide, puis Karim "
        "Benali, le chemin est plus chaud (48\u00a0%). Demandez à Véronique Bastide de faire "
        "préparer le terrain avant de contacter Solène Roux.")


def test_from_someone_else_the_advice_names_her(store: GraphStore) -> None:
    """noemie (not a member) ─csv─ sol @co, noemie ─5─ vero ─4─ sol."""
    today = "2026-11-22"
    store.save(network([("noemie", "vero", 5, today), ("vero", "sol", 4, today)],
                       {"sol": "DRH"}, more=[listed("noemie", "sol")]))
    [sol] = paths(store, sources=["Noémie Fabre"]).direct
    assert sol.warmer is not None and sol.warmer.advice == (
        "Noémie Fabre barely knows Solène Roux (18%): through Véronique Bastide, the path is "
        "warmer (54%); Véronique Bastide can prepare the ground.")
    [french] = paths(store, lang="fr", sources=["Noémie Fabre"]).direct
    assert french.warmer is not None and french.warmer.advice == (
        "Noémie Fabre connaît peu Solène Roux (18\u00a0%) : par Véronique Bastide, le chemin "
        "est plus chaud (54\u00a0%) ; Véronique Bastide peut préparer le terrain.")


def test_an_ask_for_her_recorded_is_said_instead(store: GraphStore) -> None:
    """Isabelle asked Véronique to introduce her to Solène: the card says the introduction
    is under way (``why_underway``), not "ask Véronique" again; once declined, the next
    warmer way is advised, by someone else."""
    asked = IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co", "asked", "2026-11-20",
                         "2026-11-20")
    store.save(barely_known_network(intros=[asked]))
    sol = cards(paths(store))["sol"]
    assert sol.warmer is None
    assert sol.next_step == (
        "An introduction is under way: you asked Véronique Bastide to introduce you to Solène "
        "Roux (on 20 Nov 2026).")
    store.save(GraphData(intros=[IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co",
                                              "declined", "2026-11-20", "2026-11-21")]))
    result = paths(store)
    sol = cards(result)["sol"]
    assert sol.next_step == ""
    # Véronique declined: Anne → Hugo → Solène goes by Hugo (a contact there): no one else
    assert sol.warmer is None


def test_a_declined_introducer_leaves_the_way_to_another_friend(store: GraphStore) -> None:
    """me ─csv─ sol @co, me ─5─ vero ─4─ sol and me ─4─ anne ─4─ sol; Véronique declined
    to introduce Isabelle to Solène: Anne's way is advised."""
    today = "2026-11-22"
    store.save(network([("me", "vero", 5, today), ("vero", "sol", 4, today),
                        ("me", "anne", 4, today), ("anne", "sol", 4, today)], {"sol": "DRH"},
                       more=[listed("me", "sol")],
                       intros=[IntroRequest("i:1", "p:me", "p:vero", "p:sol", "c:co",
                                            "declined", "2026-11-20", "2026-11-21")]))
    [sol] = paths(store).direct
    assert sol.warmer is not None
    assert sol.warmer.intro.introducer.id == "p:anne"
    # (Véronique's record: one "no" in her factor, as on every card of hers)
    assert sol.warmer.intro.score == pytest.approx(0.8 * 0.8 * 0.8 * NEVER_ASKED)


def test_a_way_only_a_little_warmer_is_not_advised(store: GraphStore) -> None:
    """me ─3/5, today─ sol @co (0.6: not weak) and me ─csv─ tom @co (0.18); me ─5─ vero,
    who knows both: vero ─3─ tom gives 0.95 × 0.6 × 0.8 × 0.88 = 0.40, advised; vero ─2─
    tom, 0.27: not ten points warmer, not advised; vero ─5─ sol: Solène is known well."""
    today = "2026-11-22"
    store.save(network([("me", "vero", 5, today), ("vero", "tom", 3, today),
                        ("me", "sol", 3, today), ("vero", "sol", 5, today)],
                       {"sol": "DRH", "tom": "CTO"}, more=[listed("me", "tom")]))
    direct = cards(paths(store))
    assert direct["sol"].warmer is None
    tom = direct["tom"].warmer
    assert tom is not None and tom.intro.score == pytest.approx(0.95 * 0.6 * 0.8 * NEVER_ASKED)
    store.save(network([("vero", "tom", 2, today)], {}))
    assert cards(paths(store))["tom"].warmer is None


def test_the_advice_gives_byte_identical_json_on_sqlite_and_neo4j(
        neo4j: GraphStore, tmp_path: Path) -> None:
    """The network saved in opposite orders: the same `paths --json`, byte for byte."""
    documents = [document for lang in ("en", "fr") for document in json_on_both_stores(
        barely_known_network(), neo4j, tmp_path, lang)]
    assert documents[0] == documents[1] and documents[2] == documents[3]
    assert '"warmer_intro"' in documents[0] and "préparer le terrain" in documents[2]



def test_a_teammate_s_friend_is_not_advised_as_hers(store: GraphStore) -> None:
    """A team notebook: Isabelle barely knows Solène; Paul, another member, is Véronique's
    close friend, and Véronique knows Solène well. Isabelle's card never says "ask
    Véronique": the way would start from Paul, whom the card does not speak for."""
    today = "2026-11-22"
    data = network([("paul", "vero", 5, today), ("vero", "sol", 4, today)],
                   {"sol": "Responsable communication"}, more=[listed("me", "sol")])
    data.members.append("p:paul")
    store.save(data)
    [sol] = paths(store).direct
    assert (sol.path[0].id, sol.warmer) == ("p:me", None)
