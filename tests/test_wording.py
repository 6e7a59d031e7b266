"""User-facing text in one place and one shape (``graph/core/wording/``): every text in both
languages, with the same placeholders, one key one text, and no text that nothing says."""

from __future__ import annotations

import ast
import re
import string
from datetime import date, timedelta
from pathlib import Path

import pytest

from graph.core.model import Company, GraphData, Job, Knows, Person, Referral
from graph.core.wording import AREAS, say, say_n
from graph.services.drafts import catch_up_draft, draft_for, draft_messages, followup_draft
from graph.services.lifecycle import ask_intro
from graph.stores.port import GraphStore
from graph.stores.sqlite_store import SqliteStore
from tests.cli_helpers import run_in_process

ROOT = Path(__file__).parents[1]
PRODUCT = ("graph", "app", "cli", "ingest", "streamlit_app.py")
TABLES = AREAS
SAYERS = {"say", "say_n", "t", "tn", "t_md"}  # the lookups


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("table", TABLES)
def test_every_text_is_in_both_languages(table: str) -> None:
    missing = {key: sorted({"fr", "en"} ^ set(texts)) for key, texts in TABLES[table].items()
               if set(texts) != {"fr", "en"} or not all(texts.values())}
    assert missing == {}


def test_a_text_missing_a_language_is_found() -> None:
    """(The check above, on a table that lacks one.)"""
    table = {"ok": {"fr": "oui", "en": "yes"}, "half": {"fr": "à moitié"}}
    assert [key for key, texts in table.items() if set(texts) != {"fr", "en"}] == ["half"]


@pytest.mark.parametrize("table", TABLES)
def test_both_languages_take_the_same_values(table: str) -> None:
    """French may say ``{of_name}`` ("de Marc", "d'Anne") or ``{that_name}`` ("que Marc",
    "qu'Anne") where English says ``{name}``."""
    def plain(names: set[str]) -> set[str]:
        return {name.removeprefix("of_").removeprefix("that_") for name in names}

    for key, texts in TABLES[table].items():
        assert plain(placeholders(texts["fr"])) == plain(placeholders(texts["en"])), key


def test_a_key_is_in_one_table_only() -> None:
    seen: dict[str, str] = {}
    twice = []
    for name, table in TABLES.items():
        for key in table:
            if key in seen:
                twice.append((key, seen[key], name))
            seen[key] = name
    assert twice == []


def test_counts_agree() -> None:
    named = {"company": "GME", "role": ""}
    assert say_n("paths_none", 1, "en", hops=1, **named) == "No path to GME within 1 hop."
    assert say_n("paths_none", 3, "en", hops=3, **named) == "No path to GME within 3 hops."
    assert say("paths_none", "fr", hops=1, **named) == (
        "Aucun chemin vers GME en 1 lien(s) au plus.")
    assert say("why_today", "de") == "today"  # a language Carnet has not: English


# -- every key is said somewhere ---------------------------------------------------------------
def product_files() -> list[Path]:
    files = [p for top in PRODUCT for p in ((ROOT / top).rglob("*.py")
             if (ROOT / top).is_dir() else [ROOT / top])]
    return [p for p in files  # the tables are not uses; the package's own code is
            if "wording" not in p.relative_to(ROOT).parts[:3] or p.name == "__init__.py"]


def said(sources: list[str]) -> tuple[set[str], list[re.Pattern[str]]]:
    """The string literals of ``sources``, and the keys made on the fly (``f"why_{unit}"``)
    handed to a lookup or named ``key`` (widget keys, ``key=f"…"``, are not texts)."""
    literals: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for source in sources:
        tree = ast.parse(source)
        made: list[ast.JoinedStr] = []
        defined = {id(k) for node in ast.walk(tree) if isinstance(node, ast.Dict)
                   for k, v in zip(node.keys, node.values, strict=True)
                   if isinstance(v, ast.Dict)}  # a table's own keys: ``"key": {"fr": …}``
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) not in defined:
                    literals.add(node.value)
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") in SAYERS:
                made += [n for arg in node.args for n in ast.walk(arg)
                         if isinstance(n, ast.JoinedStr)]
            elif isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "key":
                made += [n for n in ast.walk(node.value) if isinstance(n, ast.JoinedStr)]
            elif isinstance(node, ast.Subscript | ast.Call):
                # ERRORS[f"kind_{…}"], ERRORS.get(f"err_{…}")
                inside = node.slice if isinstance(node, ast.Subscript) else None
                if isinstance(inside, ast.JoinedStr):
                    made.append(inside)
                if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "get":
                    made += [a for a in node.args if isinstance(a, ast.JoinedStr)]
        for joined in made:
            parts = [re.escape(str(v.value)) if isinstance(v, ast.Constant) else ".+"
                     for v in joined.values]
            patterns.append(re.compile("".join(parts)))
    return literals, patterns


def unused(tables: dict[str, dict[str, dict[str, str]]], sources: list[str]) -> list[str]:
    literals, patterns = said(sources)

    def used(key: str) -> bool:
        if key.endswith("_one") and used(key.removesuffix("_one")):  # said through tn, say_n
            return True
        return key in literals or any(p.fullmatch(key) for p in patterns)

    return sorted(key for table in tables.values() for key in table if not used(key))


def test_every_key_is_said_somewhere() -> None:
    """(The ``--help`` texts are said by the command's path, not by a literal: their check
    walks the commands, tests/test_cli_words.py.)"""
    sources = [p.read_text(encoding="utf-8") for p in product_files()]
    spoken = {name: table for name, table in TABLES.items() if name != "cli_help"}
    assert unused(spoken, sources) == []


def test_an_unused_key_is_found() -> None:
    tables = {"t": {k: {"fr": k, "en": k} for k in (
        "hello", "hello_one", "why_today", "kind_zip", "lonely", "lonely_one", "intro_x")}}
    source = ('t("hello")\nsay(f"why_{unit}", lang)\nERRORS[f"kind_{kind}"]\n'
              'st.container(key=f"intro_{rank}")\nT = {"lonely": {"fr": "", "en": ""}}\n')
    assert unused(tables, [source]) == ["intro_x", "lonely", "lonely_one"]


# -- the drafts read as a person writes (fixes of issue 12) -------------------------------------
ME = Person("p:me", "Isabelle Prigent",
            notes="Consultante en communication indépendante, installée à Marseille depuis peu.")
PIERRE, KARIM = Person("p:pierre", "Pierre Castagnet"), Person("p:k", "Karim Benali")


def test_a_title_inside_a_sentence_starts_in_lower_case_but_a_name_does_not() -> None:
    draft = catch_up_draft(ME, PIERRE, 800, [], "fr")
    assert "De mon côté : consultante en communication indépendante, installée à Marseille " \
           "depuis peu. Ce serait" in draft
    named = Person("p:me", "Isabelle Prigent", notes="DRH chez GME")
    assert "De mon côté : DRH chez GME. Ce serait" in catch_up_draft(named, PIERRE, 800, [], "fr")
    blurb = draft_messages(ME, PIERRE, KARIM, lang="fr").blurb
    assert blurb.startswith("Isabelle Prigent, consultante en communication indépendante, ")


def test_a_company_is_named_without_guessing_its_gender() -> None:
    one = catch_up_draft(ME, PIERRE, 800, ["Groupe Méditerranée Énergie"], "fr")
    assert " Je m'intéresse aussi à l'entreprise Groupe Méditerranée Énergie, et ton regard " \
           "m'aiderait" in one
    two = catch_up_draft(ME, PIERRE, 800, ["Groupe Méditerranée Énergie", "Phocée"], "fr")
    assert " Je m'intéresse aussi aux entreprises Groupe Méditerranée Énergie et Phocée, " in two
    assert "I am also looking into Phocée, and" in catch_up_draft(ME, PIERRE, 800, ["Phocée"],
                                                                   "en")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_draft_has_a_blank_to_fill(lang: str) -> None:
    """The member's notes are in French: an English draft says her title, or nothing."""
    english = Person("p:me", "Isabelle Prigent", notes="Communication consultant in the south.")
    for me in (ME, english, Person("p:me", "Isabelle Prigent")):
        texts = [*vars(draft_messages(me, PIERRE, KARIM, company="Phocée", lang=lang)).values(),
                 catch_up_draft(me, PIERRE, 800, ["Phocée"], lang)]
        assert [text for text in texts if "[" in text or "]" in text] == []
    en = draft_messages(ME, PIERRE, KARIM, company="Phocée", lang="en")
    assert en.blurb == "Isabelle Prigent would like to talk with Karim Benali (Phocée), " \
                       "whenever suits them."
    titled = draft_messages(ME, PIERRE, KARIM, company="Phocée", lang="en",
                            my_title="Communication consultant")
    assert titled.blurb.startswith("Isabelle Prigent, communication consultant. Isabelle would")
    assert "How are you, and what are you working on these days? I am also looking into " \
           "Phocée" in catch_up_draft(ME, PIERRE, 800, ["Phocée"], "en")


def test_a_draft_presents_the_member_by_her_title_when_her_notes_are_in_another_language(
        store: GraphStore) -> None:
    store.save(GraphData(
        people=[ME, PIERRE, KARIM], companies=[Company("c:gme", "GME")],
        jobs=[Job("p:me", "c:gme", "Communication consultant", current=True),
              Job("p:k", "c:gme", "DRH", current=True)],
        members=["p:me"],
        referrals=[Referral("r:1", "p:pierre", "p:k", "p:me", status="noted", date="2026-11-01",
                            follow_up_on="2026-11-02")]))
    contact = followup_draft(store, "contact", "r:1", "en")
    assert "I am Isabelle Prigent, communication consultant.\n\n" in contact
    french = followup_draft(store, "contact", "r:1", "fr")  # her notes are French
    assert "Je suis Isabelle Prigent, consultante en communication indépendante, " in french
    intro, _ = ask_intro(store, requester="p:me", introducer="p:pierre", target="p:k",
                         company="c:gme")
    assert draft_for(store, intro, "en").blurb.startswith(
        "Isabelle Prigent, communication consultant. Isabelle would like to talk with Karim "
        "Benali (DRH at GME)")


def test_an_ask_through_a_go_between_names_the_go_between(store: GraphStore) -> None:
    """Pierre does not know Karim; Noémie knows them both: the ask says Pierre could go
    through Noémie, not as if he knew Karim himself."""
    noemie, olivia = Person("p:noemie", "Noémie Fabre"), Person("p:olivia", "Olivia Roux")
    store.save(GraphData(people=[ME, PIERRE, KARIM, noemie, olivia], members=["p:me"],
                         knows=[Knows("p:me", "p:pierre", 4), Knows("p:noemie", "p:pierre", 5),
                                Knows("p:k", "p:noemie", 4), Knows("p:olivia", "p:pierre", 2),
                                Knows("p:k", "p:olivia", 2)]))
    intro, _ = ask_intro(store, requester="p:me", introducer="p:pierre", target="p:k")
    assert ("Je crois que Noémie Fabre connaît Karim : tu pourrais peut-être passer par "
            "Noémie. Accepterais-tu") in draft_for(store, intro, "fr").ask
    assert ("I believe Noémie Fabre knows Karim: perhaps you could go through Noémie. Would "
            "you") in draft_for(store, intro, "en").ask
    # … and that Noémie, not Pierre, could ask Karim first (Pierre does not know him)
    assert ("et si Noémie peut d'abord demander à Karim si c'est le bon moment, c'est encore "
            "mieux.") in draft_for(store, intro, "fr").ask
    assert "ask Karim Benali first" not in draft_for(store, intro, "en").ask
    store.save(GraphData(knows=[Knows("p:k", "p:pierre", 3, how_met="au club de voile")]))
    assert "passer par" not in draft_for(store, intro, "fr").ask  # he knows Karim himself
    assert ("et si tu préfères d'abord demander à Karim Benali si c'est le bon moment"
            in draft_for(store, intro, "fr").ask)


def test_an_ask_for_someone_she_barely_knows_asks_for_a_word_first(store: GraphStore) -> None:
    """Karim is in her address book (a bare phone contact, never rated): the warmer way's
    advice is to have Pierre prepare the ground, so the ask says she knows Karim a little
    and asks Pierre for a word before she writes, not to be introduced to him."""
    store.save(GraphData(people=[ME, PIERRE, KARIM], members=["p:me"],
                         knows=[Knows("p:me", "p:pierre", 5), Knows("p:k", "p:pierre", 4),
                                Knows("p:k", "p:me", source="vcard")]))
    intro, _ = ask_intro(store, requester="p:me", introducer="p:pierre", target="p:k")
    fr, en = draft_for(store, intro, "fr").ask, draft_for(store, intro, "en").ask
    assert ("Je connais un peu Karim Benali, sans plus. Accepterais-tu de parler de moi à "
            "Karim avant que je lui écrive ? Si oui, voici un petit mot que tu peux transférer ; "
            "et si tu préfères lui en parler de vive voix, c'est encore mieux.") in fr
    assert ("I know Karim Benali a little, but not well. Would you be comfortable putting in a "
            "word for me with Karim before I get in touch? If so,") in en
    assert "mettre en relation" not in fr
    # A friend she rated close is no one to be introduced to: the ask is the usual one
    store.save(GraphData(knows=[Knows("p:k", "p:me", 4, source="vcard")]))
    assert "J'aimerais entrer en contact avec Karim Benali. Accepterais-tu de nous mettre " \
           "en relation ?" in draft_for(store, intro, "fr").ask


def test_an_ask_through_a_go_between_for_someone_she_barely_knows(store: GraphStore) -> None:
    """She barely knows Karim; Pierre does not know him, Noémie knows them both: Pierre is
    asked to have Noémie put in a word, not to put one in himself with someone he does not
    know."""
    noemie = Person("p:noemie", "Noémie Fabre")
    store.save(GraphData(people=[ME, PIERRE, KARIM, noemie], members=["p:me"],
                         knows=[Knows("p:me", "p:pierre", 5), Knows("p:noemie", "p:pierre", 5),
                                Knows("p:k", "p:noemie", 4), Knows("p:k", "p:me", source="vcard")]))
    intro, _ = ask_intro(store, requester="p:me", introducer="p:pierre", target="p:k")
    fr, en = draft_for(store, intro, "fr").ask, draft_for(store, intro, "en").ask
    assert ("Je connais un peu Karim Benali, sans plus. Je crois que Noémie Fabre connaît "
            "Karim : tu pourrais peut-être passer par Noémie. Accepterais-tu de demander à "
            "Noémie de parler de moi à Karim avant que je lui écrive ? Si oui, voici un petit "
            "mot que tu peux transférer ; et si Noémie préfère lui en parler de vive voix, "
            "c'est encore mieux.") in fr
    assert ("I know Karim Benali a little, but not well. I believe Noémie Fabre knows Karim: "
            "perhaps you could go through Noémie. Would you be comfortable asking Noémie to "
            "put in a word for me with Karim before I get in touch?") in en
    assert "Accepterais-tu de parler de moi" not in fr


def test_the_go_between_is_never_the_member_herself(store: GraphStore) -> None:
    """She barely knows Karim, Pierre does not know him: the go-between the draft names is
    someone else who knows them both (Élodie, whose tie to Karim has no closeness, rather than
    the member's own closeness 2), and no one when no one else does (the draft named her)."""
    elodie = Person("p:elodie", "Élodie Roussel")
    store.save(GraphData(people=[ME, PIERRE, KARIM, elodie], members=["p:me"],
                         knows=[Knows("p:me", "p:pierre", 5), Knows("p:k", "p:me", 2)]))
    intro, _ = ask_intro(store, requester="p:me", introducer="p:pierre", target="p:k")
    assert "Je crois" not in draft_for(store, intro, "fr").ask
    assert "Isabelle" not in draft_for(store, intro, "fr").ask.split("\n\n")[1]
    store.save(GraphData(knows=[Knows("p:elodie", "p:pierre", 4),
                                Knows("p:k", "p:elodie", source="linkedin")]))
    assert ("Je crois qu'Élodie Roussel connaît Karim : tu pourrais peut-être passer par "
            "Élodie.") in draft_for(store, intro, "fr").ask


def test_a_command_with_lang_speaks_it_whole(capsys: pytest.CaptureFixture[str],
                                             db_path: Path) -> None:
    """``carnet followups --lang fr`` said its lines in French and "3 days late" in English."""
    carnet = run_in_process(capsys)
    assert carnet("followups", "--lang", "fr").out == "Rien à relancer. Bravo.\n"
    assert carnet("followups").out == "Nothing due. Well done.\n"
    store = SqliteStore(db_path)
    store.save(GraphData(people=[ME, PIERRE, KARIM], members=["p:me"], referrals=[
        Referral("r:1", "p:pierre", "p:k", "p:me", date="2026-01-01",
                 follow_up_on="2026-01-02"),
        Referral("r:2", "p:pierre", "p:me", "p:me", date="2026-01-01",
                 follow_up_on=(date.today() - timedelta(days=1)).isoformat())]))
    store.close()
    lines = carnet("followups", "--lang", "fr").out.splitlines()
    late = (date.today() - date(2026, 1, 2)).days
    assert [line.split("\t")[0] for line in lines] == [
        f"{date.today() - timedelta(days=1)}, en retard de 1 jour",
        f"2026-01-02, en retard de {late} jours"]


def test_a_person_or_company_gone_meanwhile_is_said_in_both_languages() -> None:
    from graph.core.errors import CompanyNotFound, PersonNotFound

    assert PersonNotFound(id="p:x").words("fr") == (
        "p:x : cette personne n'est pas (ou plus) dans le carnet (fusionnée ou supprimée "
        "entre-temps ?)")
    assert str(CompanyNotFound(id="c:x")) == (
        "c:x: this company is not (or no longer) in the notebook (merged or deleted meanwhile?)")


def test_an_error_writes_its_numbers_as_the_language_does() -> None:
    """"100,000" reads as a hundred in French, where a comma is the decimal mark: counts and
    sizes in an error are written as each language writes them."""
    from graph.core.errors import ImportFailed
    from ingest.common import too_big, too_many

    nbsp = "\u00a0"
    assert too_many("a.csv").words("fr") == (
        f"a.csv : plus de 100{nbsp}000 contacts, c'est plus qu'un export (LinkedIn s'arrête à "
        f"30{nbsp}000) : découpez le fichier")
    assert "more than 100,000 contacts" in too_many("a.csv").words("en")
    assert too_big("b.vcf", 3 * 2**20 // 2).words("fr").startswith("b.vcf : 1,5 Mo, c'est")
    assert too_big("b.vcf", 3 * 2**20 // 2).words("en").startswith("b.vcf: 1.5 MB is")
    columns = ImportFailed("columns", file="c.csv", line=12345, n=1500, most=1000)
    assert columns.words("fr") == (  # (a line's number is a number, not a count)
        f"c.csv : ligne 12345 : 1{nbsp}500 colonnes ; un export en a au plus 1{nbsp}000")
    assert too_big("d.csv", 4096 * 2**20).words("fr").startswith(f"d.csv : 4{nbsp}096,0 Mo, c'est")
    from graph.core.names import MAX_NAME_CHARS
    assert all(str(MAX_NAME_CHARS) in say("skip_name_long", lang) for lang in ("fr", "en"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_ask_says_nothing_of_the_members_trade_that_she_did_not_write(lang: str) -> None:
    """The ask said « mon expérience en communication » for everyone (the demo's consultant
    written into the table): a developer or a recruiter would have sent it as it was. What
    she does is said from her own notes, in the note to forward, or not at all."""
    developer = Person("p:me", "Léa Roux", notes="Développeuse Python, freelance à Lyon.")
    for me in (developer, Person("p:me", "Léa Roux")):
        ask = draft_messages(me, PIERRE, KARIM, company="Phocée", lang=lang).ask
        assert "communication" not in ask
    assert ("Un premier échange de vingt minutes au plus me suffirait." in
            draft_messages(developer, PIERRE, KARIM, lang="fr").ask)
    assert ("A first conversation of twenty minutes at most would be plenty." in
            draft_messages(developer, PIERRE, KARIM, lang="en").ask)


@pytest.mark.parametrize(("name", "first"), [
    ("JEAN-BAPTISTE MOREL", "Jean-Baptiste"),   # a LinkedIn export in capitals
    ("MOREL Jean-Baptiste", "Jean-Baptiste"),   # the last name first, in capitals
    ("ÉLODIE ROUSSEL", "Élodie"),
    ("Jean-Baptiste Morel", "Jean-Baptiste"),
    ("JB Morel", "JB"),                         # initials are written as they are
    ("JB MOREL", "JB"),
    ("LE GALL Anne", "Anne"),                   # a last name of short words, in capitals
    ("DE LA FONTAINE Jean", "Jean"),
    ("Julien Martin (Bonne Mère Studio)", "Julien"),
])
def test_a_draft_greets_a_name_written_in_capitals_as_a_person_writes_it(
        name: str, first: str) -> None:
    """« Bonjour JEAN-BAPTISTE, » (a name imported in capitals) reads as shouting; « Bonjour
    MOREL, » greets by the last name."""
    person = Person("p:jb", name)
    assert draft_messages(ME, person, KARIM, lang="fr").ask.startswith(f"Bonjour {first},\n")
    assert catch_up_draft(ME, person, 800, [], "en").startswith(f"Hello {first},\n")
