"""Referrals and intro requests from first word to outcome, through the CLI where a user
would go: transitions, history, drafts, follow-ups, and what the outcomes do to the ranking."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from graph.core.model import Company, Event, GraphData, IntroRequest, Job, Knows, Person, Referral
from graph.services.drafts import draft_messages, followup_draft
from graph.services.followups import due_followups, followups_ics, ongoing
from graph.services.lifecycle import (
    INTRO_STEPS,
    REFERRAL_STEPS,
    TransitionRefused,
    ask_intro,
    set_intro_status,
    set_referral_status,
)
from graph.stores.sqlite_store import SqliteStore
from tests.cli_helpers import Run, run_in_process

TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


@pytest.fixture
def carnet(capsys: pytest.CaptureFixture[str], db_path: Path) -> Run:
    return run_in_process(capsys)


@pytest.fixture
def store(db_path: Path) -> SqliteStore:
    """Me; Anne (closeness 5) and Bruno (closeness 4) both know Tess and Théo at Zeta, and
    Ugo and Ulla at Ypsilon."""
    opened = SqliteStore(db_path)
    people = ["me", "anne", "bruno", "tess", "theo", "ugo", "ulla"]
    opened.save(GraphData(
        members=["p:me"],
        people=[Person(f"p:{p}", p.capitalize()) for p in people],
        companies=[Company("c:zeta", "Zeta"), Company("c:ypsilon", "Ypsilon")],
        knows=[Knows("p:me", "p:anne", 5, None, ago(3)), Knows("p:me", "p:bruno", 4, None, ago(3)),
               *(Knows(a, t, 4, None, ago(3)) for a in ("p:anne", "p:bruno")
                 for t in ("p:tess", "p:theo", "p:ugo", "p:ulla"))],
        jobs=[Job("p:tess", "c:zeta", "DRH"), Job("p:theo", "c:zeta", "Com"),
              Job("p:ugo", "c:ypsilon", "DRH"), Job("p:ulla", "c:ypsilon", "Com")]))
    return opened


def ranking(carnet: Run, company: str = "Zeta") -> list[str]:
    result = carnet("paths", "--to", company, "--json")
    assert result.code == 0, result.err
    return [i["introducer"]["name"] for i in json.loads(result.out)["introducers"]]


def request_id(out: str) -> str:
    return out.split()[2]


def test_outcomes_reorder_the_introducers_through_carnet_paths(carnet: Run,
                                                               store: SqliteStore) -> None:
    assert ranking(carnet) == ["Anne", "Bruno"]
    for via, target, outcome in (("Anne", "Ugo", ["declined"]), ("Anne", "Ulla", ["declined"]),
                                 ("Bruno", "Ugo", ["accepted", "introduced"]),
                                 ("Bruno", "Ulla", ["accepted", "introduced"])):
        asked = carnet("intro", "ask", "--via", via, "--to", target, "--lang", "en")
        assert asked.code == 0, asked.err
        for status in outcome:
            assert carnet("intro", "set", request_id(asked.out), status).code == 0
    assert ranking(carnet) == ["Bruno", "Anne"]


def test_once_met_through_the_cli_tess_is_a_contact(carnet: Run, store: SqliteStore) -> None:
    asked = request_id(carnet("intro", "ask", "--via", "Anne", "--to", "Tess").out)
    for status in ("accepted", "introduced"):
        carnet("intro", "set", asked, status)
    met = carnet("--lang", "fr", "intro", "set", asked, "met")
    assert met.out.splitlines()[-1] == ("Tess compte désormais parmi vos contacts (dernier "
                                        "contact : aujourd'hui).")
    found = json.loads(carnet("paths", "--to", "Zeta", "--json").out)["introducers"]
    assert [i["target_person"]["name"] for i in found if i["direct"]] == ["Tess"]


def test_a_pending_ask_cools_an_introducer_down(carnet: Run, store: SqliteStore) -> None:
    carnet("intro", "ask", "--via", "Anne", "--to", "Ugo")
    assert ranking(carnet) == ["Bruno", "Anne"]


def test_one_request_per_introducer_and_target(carnet: Run, store: SqliteStore) -> None:
    first = carnet("intro", "ask", "--via", "Anne", "--to", "Tess")
    again = carnet("intro", "ask", "--via", "anne", "--to", "tess")
    assert request_id(first.out) == request_id(again.out)
    assert "already recorded (asked)" in again.out
    assert len(store.intros()) == 1


@pytest.mark.parametrize(("current", "wanted"),
                         [(c, w) for c, steps in INTRO_STEPS.items() for w in steps
                          if w in INTRO_STEPS])  # (the others: test_intro_ends.py)
def test_every_allowed_intro_step(store: SqliteStore, current: str, wanted: str) -> None:
    store.save(GraphData(intros=[IntroRequest("i:x", "p:me", "p:anne", "p:tess", "c:zeta",
                                              current, ago(9), ago(9))]))
    changed = set_intro_status(store, "i:x", wanted, "ok", today=TODAY)
    assert (changed.status, changed.updated_on) == (wanted, TODAY.isoformat())
    assert store.events("i:x")[-1] == Event("i:x", wanted, TODAY.isoformat(), "ok")


@pytest.mark.parametrize(("current", "wanted"),
                         [(c, w) for c, steps in REFERRAL_STEPS.items() for w in steps])
def test_every_allowed_referral_step(store: SqliteStore, current: str, wanted: str) -> None:
    store.save(GraphData(referrals=[Referral("r:x", "p:anne", "p:tess", "p:me", "c:zeta",
                                             status=current, follow_up_on=ago(1))]))
    changed = set_referral_status(store, "r:x", wanted, today=TODAY)
    assert changed.status == wanted
    assert changed.follow_up_on == (None if wanted in ("won", "lost", "dropped") else ago(1))
    assert [e.status for e in store.events("r:x")] == [wanted]


@pytest.mark.parametrize(("current", "wanted", "message"), [
    ("asked", "met", "an intro request cannot go from asked to met; next: accepted / declined "
                     "/ unanswered"),
    ("declined", "accepted", "cannot go from declined to accepted: it is closed"),
    ("draft", "won", "cannot go from draft to won; next: asked / deleted"),
    ("won", "deleted", "cannot go from won to deleted: it is closed"),
    ("asked", "maybe", "unknown status 'maybe'"),
])
def test_refused_intro_steps_say_why(store: SqliteStore, current: str, wanted: str,
                                     message: str) -> None:
    store.save(GraphData(intros=[IntroRequest("i:x", "p:me", "p:anne", "p:tess", None,
                                              current)]))
    with pytest.raises(TransitionRefused, match=message):
        set_intro_status(store, "i:x", wanted)
    assert store.events("i:x") == []


def test_refused_steps_exit_2_in_the_cli(carnet: Run, store: SqliteStore) -> None:
    asked = carnet("intro", "ask", "--via", "Anne", "--to", "Tess")
    refused = carnet("intro", "set", request_id(asked.out), "won")
    assert refused.code == 2
    assert refused.err == ("carnet: an intro request cannot go from asked to won; next: "
                           "accepted / declined / unanswered\n")
    store.save(GraphData(referrals=[Referral("r:x", "p:anne", "p:tess", "p:me",
                                             status="won")]))
    closed = carnet("referral", "set", "r:x", "contacted")
    assert (closed.code, closed.err) == (
        2, "carnet: a referral cannot go from won to contacted: it is closed\n")


def test_history_is_kept_and_travels_with_a_backup(carnet: Run, store: SqliteStore,
                                                   tmp_path: Path) -> None:
    drafted = carnet("intro", "ask", "--via", "Bruno", "--to", "Theo", "--draft")
    assert "not recorded (draft)" in drafted.out and store.intros() == []  # reading records nothing
    intro_id = request_id(carnet("intro", "ask", "--via", "Bruno", "--to", "Theo").out)
    assert carnet("intro", "ask", "--via", "Bruno", "--to", "Theo").out.startswith(
        f"Intro request {intro_id} already recorded (asked).")
    for status in ("accepted", "introduced", "met", "won"):
        carnet("intro", "set", intro_id, status, "--note", f"step {status}")
    assert [e.status for e in store.events(intro_id)] == [
        "asked", "accepted", "introduced", "met", "won"]
    assert carnet("export", tmp_path / "a.json").code == 0
    doc = json.loads((tmp_path / "a.json").read_text())
    assert [h["status"] for h in doc["history"]] == [
        "asked", "accepted", "introduced", "met", "won"]
    other = SqliteStore(tmp_path / "b.db")
    assert carnet("--db", tmp_path / "b.db", "import", tmp_path / "a.json").code == 0
    assert other.events(intro_id) == store.events(intro_id)


def test_drafts_in_both_languages_name_the_people_and_the_context() -> None:
    me = Person("p:me", "Isabelle Prigent", notes="Consultante en communication.")
    noemie, karim = Person("p:n", "Noémie Fabre"), Person("p:k", "Karim Benali")
    referral = Referral("r:1", "p:n", "p:k", "p:me", context="« Il fait comme toi »")
    fr = draft_messages(me, noemie, karim, title="Responsable com", company="Phocée",
                        referral=referral, referrer="Noémie Fabre", lang="fr")
    assert fr.ask.startswith("Bonjour Noémie,")
    assert "Karim Benali (Responsable com chez Phocée)" in fr.ask
    assert "Tu m'avais dit : « Il fait comme toi »" in fr.ask
    assert "dis-le-moi simplement : aucun souci" in fr.ask  # an easy way to say no
    assert fr.blurb.startswith("Isabelle Prigent, consultante en communication. Isabelle "
                               "aimerait échanger avec Karim Benali")
    tie = Knows("p:n", "p:k", 4, how_met="at the climbing club")
    en = draft_messages(me, noemie, karim, company="Phocée", tie=tie, lang="en")
    assert en.ask.startswith("Hello Noémie,") and "I know you at the climbing club" in en.ask
    assert "just say so: no problem at all" in en.ask and "Karim Benali (Phocée)" in en.ask
    # The member's notes are in French: the English note to forward says nothing of them
    # (no blank to fill: tests/test_wording.py).
    assert en.blurb == ("Isabelle Prigent would like to talk with Karim Benali (Phocée), "
                        "whenever suits them.")
    english_me = Person("p:me", "Isabelle Prigent", notes="Communication consultant in the "
                                                          "south of France.")
    assert draft_messages(english_me, noemie, karim, lang="fr").blurb.startswith(
        "Isabelle Prigent aimerait échanger avec Karim Benali")


@pytest.mark.parametrize(("context", "said"), [
    ("« Il fait comme toi » : même métier, clients communs.", "Il fait comme toi"),
    ("Noémie a travaillé avec Karim ; elle propose de lui en parler.", None),  # a note
    ("", None),
])
def test_drafts_quote_only_what_was_said(context: str, said: str | None) -> None:
    me = Person("p:me", "Isabelle Prigent")
    noemie, karim = Person("p:n", "Noémie Fabre"), Person("p:k", "Karim Benali")
    olivia = Person("p:o", "Olivia Roux")  # asked to introduce, though Noémie suggested Karim
    referral = Referral("r:1", "p:n", "p:k", "p:me", context=context)

    def ask(introducer: Person, lang: str) -> str:
        return draft_messages(me, introducer, karim, referral=referral, referrer="Noémie Fabre",
                              lang=lang).ask
    if said:
        assert f"Tu m'avais dit : « {said} ». " in ask(noemie, "fr")
        assert f'You told me: "{said}". ' in ask(noemie, "en")
        assert f"Noémie Fabre m'a dit : « {said} ». " in ask(olivia, "fr")
    else:
        assert "Tu m'avais parlé de Karim. " in ask(noemie, "fr")
        assert "You told me about Karim. " in ask(noemie, "en")
        assert "Noémie Fabre m'a parlé de Karim. " in ask(olivia, "fr")
        assert context[:20] not in ask(noemie, "fr") or not context
        to_karim = draft_messages(me, karim, olivia, referral=referral, referrer="Noémie Fabre",
                                  lang="fr")
        assert "Noémie Fabre m'a parlé de toi. " in to_karim.ask  # Karim was the one suggested
        to_eve = draft_messages(me, noemie, Person("p:e", "Élodie Roussel"), referral=replace(
            referral, referee="p:e"), lang="fr")
        assert "Tu m'avais parlé d'Élodie. " in to_eve.ask


def test_followups_list_exactly_what_is_due(carnet: Run, store: SqliteStore,
                                            tmp_path: Path) -> None:
    store.save(GraphData(
        referrals=[
            Referral("r:due", "p:anne", "p:tess", "p:me", status="noted", date=ago(20),
                     follow_up_on=ago(2)),
            Referral("r:today", "p:bruno", "p:theo", "p:me", status="contacted",
                     date=ago(10), follow_up_on=ago(0)),
            Referral("r:later", "p:anne", "p:ugo", "p:me", status="noted",
                     follow_up_on=(TODAY + timedelta(days=3)).isoformat()),
            Referral("r:dropped", "p:anne", "p:ulla", "p:me", status="dropped",
                     follow_up_on=ago(5)),
            Referral("r:won", "p:bruno", "p:ulla", "p:me", status="won", date=ago(30)),
            Referral("r:thanked", "p:bruno", "p:ugo", "p:me", status="meeting", date=ago(30))],
        intros=[IntroRequest("i:late", "p:me", "p:anne", "p:theo", None, "asked", ago(9), ago(9)),
                # (about Ulla: an ask about Tess would hold back "Contact Tess")
                IntroRequest("i:fresh", "p:me", "p:bruno", "p:ulla", None, "asked", ago(3),
                             ago(3))],
        events=[Event("r:won", "won", ago(4)), Event("r:thanked", "meeting", ago(6)),
                Event("r:thanked", "thanked", ago(5))]))
    result = carnet("followups", "--json", "--ics", tmp_path / "f.ics")
    assert result.code == 0
    assert [(f["kind"], f["record"], f["due_on"], f["days_overdue"], f["what"])
            for f in json.loads(result.out)] == [
        # Theo was contacted already: a nudge, not "Contact Theo" (the status says otherwise).
        ("nudge", "r:today", ago(0), 0,
         "Follow up with Theo: contacted, no news yet (suggested by Bruno)"),
        ("contact", "r:due", ago(2), 2, "Contact Tess (suggested by Anne)"),
        ("no_answer", "i:late", ago(2), 2,
         "Anne has not answered your ask about Theo for 9 days"),
        ("thank", "r:won", ago(4), 4, "Thank Bruno for suggesting Ulla"),
    ]
    ics = (tmp_path / "f.ics").read_text()
    assert ics.count("BEGIN:VEVENT") == 4 and "SUMMARY:Thank Bruno for suggesting Ulla" in ics
    assert f"DTSTART;VALUE=DATE:{TODAY.strftime('%Y%m%d')}" in ics  # overdue: today
    french = due_followups(store, lang="fr")
    assert french[-1].what == "Remercier Bruno de vous avoir recommandé Ulla"
    assert followups_ics([]).count("BEGIN:VEVENT") == 0


def test_what_falls_due_soon_is_listed_ahead_with_its_day(carnet: Run, store: SqliteStore,
                                                         tmp_path: Path) -> None:
    """With ``--ahead``, what falls due in those days comes too, the days to wait said; an
    ask not yet a week old is not "unanswered": it reads "if still unanswered"; past the
    horizon, nothing. In the calendar file each is on its own day."""
    soon = (TODAY + timedelta(days=3)).isoformat()
    store.save(GraphData(
        referrals=[Referral("r:soon", "p:anne", "p:ugo", "p:me", follow_up_on=soon),
                   Referral("r:far", "p:anne", "p:tess", "p:me",
                            follow_up_on=(TODAY + timedelta(days=20)).isoformat()),
                   Referral("r:due", "p:bruno", "p:theo", "p:me", follow_up_on=ago(1))],
        intros=[IntroRequest("i:fresh", "p:me", "p:bruno", "p:tess", None, "asked", ago(6),
                             ago(6))]))
    assert [f.record for f in due_followups(store)] == ["r:due"]
    coming = due_followups(store, ahead=7)
    assert [(f.record, f.days_overdue, f.coming, f.what) for f in coming] == [
        ("r:soon", -3, True, "Contact Ugo (suggested by Anne)"),
        ("i:fresh", -1, True, "Follow up with Bruno if your ask about Tess is still unanswered"),
        ("r:due", 1, False, "Contact Theo (suggested by Bruno)")]
    assert due_followups(store, lang="fr", ahead=7)[1].what == (
        "Relancer Bruno si votre demande pour Tess reste sans réponse")
    result = carnet("followups", "--ahead", "7", "--lang", "fr", "--ics", tmp_path / "f.ics")
    assert result.code == 0, result.err
    assert result.out.splitlines()[:2] == [
        f"{soon}, dans 3 jours\tContacter Ugo (suggestion d'Anne)\t(r:soon)",
        f"{(TODAY + timedelta(days=1)).isoformat()}, demain\tRelancer Bruno si votre demande "
        "pour Tess reste sans réponse\t(i:fresh)"]
    ics = (tmp_path / "f.ics").read_text()
    assert ics.count("BEGIN:VEVENT") == 3
    assert f"DTSTART;VALUE=DATE:{soon.replace('-', '')}" in ics
    assert carnet("followups", "--ahead", "-1").code == 2


def test_once_the_meeting_is_set_no_contact_or_nudge_is_due(store: SqliteStore) -> None:
    """A follow-up date is about getting in touch: once the meeting is set (or it is closed),
    she is not told to "contact Karim" any more; the thanks owed to the referrer remain."""
    statuses = ("noted", "researched", "contacted", "meeting", "won", "lost")
    store.save(GraphData(people=[Person(f"p:{status}", status) for status in statuses],
                         referrals=[Referral(f"r:{status}", "p:anne", f"p:{status}", "p:me",
                                             status=status, date=ago(9), follow_up_on=ago(2))
                                    for status in statuses]))
    due = {(f.record, f.kind) for f in due_followups(store, ahead=30)}
    assert due == {("r:noted", "contact"), ("r:researched", "contact"),
                   ("r:contacted", "nudge"), ("r:meeting", "thank"), ("r:won", "thank")}


def test_each_followup_comes_with_a_gentle_draft(store: SqliteStore) -> None:
    store.save(GraphData(
        people=[Person("p:me", "Me Martin", notes="Consultante en communication.")],
        referrals=[Referral("r:due", "p:anne", "p:tess", "p:me", role="DRH",
                            context="« elle cherche quelqu'un comme toi »", status="noted",
                            date=ago(20), follow_up_on=ago(2)),
                   Referral("r:won", "p:bruno", "p:ulla", "p:me", status="won", date=ago(30))],
        intros=[IntroRequest("i:late", "p:me", "p:anne", "p:theo", None, "asked", ago(9),
                             ago(9))]))
    drafts = {f.kind: followup_draft(store, f.kind, f.record, "fr")
              for f in due_followups(store, lang="fr")}
    assert drafts["contact"].startswith("Bonjour Tess,\n\nAnne m'a conseillé de vous contacter. ")
    assert "elle cherche" not in drafts["contact"]  # the context is the user's own note
    assert "Je suis Me Martin, consultante en communication." in drafts["contact"]
    assert "si ce n'est pas le moment" in drafts["contact"]  # an easy way out
    assert drafts["no_answer"].startswith("Bonjour Anne,\n\nJe reviens vers toi au sujet de "
                                          "Theo")
    assert "aucun souci" in drafts["no_answer"] and drafts["no_answer"].endswith("Me Martin")
    assert drafts["thank"].startswith("Bonjour Bruno,\n\nUn petit mot pour te remercier de "
                                      "m'avoir recommandé Ulla")
    english = {f.kind: followup_draft(store, f.kind, f.record, "en")
               for f in due_followups(store)}
    assert english["no_answer"].startswith("Hello Anne,\n\nJust coming back to you about Theo")
    assert "Anne suggested I get in touch with you" in english["contact"]
    assert english["thank"].startswith("Hello Bruno,\n\nA quick note to thank you for "
                                       "suggesting Ulla")



def test_followups_command_prints_the_drafts(carnet: Run, store: SqliteStore) -> None:
    store.save(GraphData(intros=[IntroRequest("i:late", "p:me", "p:anne", "p:theo", None,
                                              "asked", ago(9), ago(9))]))
    out = carnet("followups", "--drafts", "--lang", "fr").out.splitlines()
    assert out[0].endswith("Anne n'a pas répondu à votre demande pour Theo depuis 9 jours\t"
                           "(i:late)")
    assert out[2] == "    Bonjour Anne,"
    assert out[-2] == "    Me"


def test_everything_in_progress_is_listed_with_its_next_steps(carnet: Run,
                                                              store: SqliteStore) -> None:
    store.save(GraphData(
        referrals=[Referral("r:new", "p:anne", "p:tess", "p:me", status="noted", date=ago(3)),
                   Referral("r:meet", "p:bruno", "p:ulla", "p:me", status="meeting",
                            date=ago(30)),
                   Referral("r:won", "p:bruno", "p:ugo", "p:me", status="won", date=ago(40))],
        intros=[IntroRequest("i:open", "p:me", "p:anne", "p:theo", None, "asked", ago(9),
                             ago(9)),
                IntroRequest("i:no", "p:me", "p:bruno", "p:tess", None, "declined", ago(20),
                             ago(15))]))
    assert [(o.record, o.status, o.since, o.what, o.next_steps) for o in ongoing(store)] == [
        ("r:meet", "meeting", ago(30), "Ulla (suggested by Bruno)", ("won", "lost", "dropped")),
        ("i:open", "asked", ago(9), "Anne → Theo", ("accepted", "declined", "unanswered")),
        ("r:new", "noted", ago(3), "Tess (suggested by Anne)",
         ("researched", "contacted", "dropped"))]
    assert [o.what for o in ongoing(store, lang="fr")] == [
        "Ulla (suggestion de Bruno)", "Anne → Theo", "Tess (suggestion d'Anne)"]
    listed = carnet("referral", "list").out.splitlines()
    assert listed == [f"r:meet\tmeeting\t{ago(30)}\tUlla (suggested by Bruno)",
                      f"r:new\tnoted\t{ago(3)}\tTess (suggested by Anne)"]
    assert carnet("referral", "list", "--all").out.count("\n") == 3
    assert carnet("intro", "list").out == f"i:open\tasked\t{ago(9)}\tAnne → Theo\n"


def test_track_record_has_the_median_response_time(store: SqliteStore) -> None:
    from graph.core.scoring import track_records

    for n, (days, answer) in enumerate(((10, 2), (10, 6), (10, 4))):
        intro, _ = ask_intro(store, requester="p:me", introducer="p:anne",
                             target=["p:tess", "p:theo", "p:ugo"][n],
                             today=TODAY - timedelta(days=days))
        set_intro_status(store, intro.id, "accepted", today=TODAY - timedelta(days=days - answer))
    record = track_records(store.intros(), store.events())["p:anne"]
    assert (record.asks, record.positive, record.median_response_days) == (3, 3, 4)
