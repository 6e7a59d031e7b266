"""Warm paths: pick a company (and a role), see whom to ask, by which path, and why.

Deep link: ``?company=…&role=…``. The ranking comes from
``graph.services.warmpaths.find_paths``, the function behind ``carnet paths``, so the page and
the command always agree.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from app.graphview import COLOURS, ROW_GAP, layered_routes, legend_html, picture
from app.i18n import error_text, lang, md, number, percent, t, t_md, tn
from app.state import get_session, get_store
from app.views import choose_company, offer_demo_if_empty, show_rewarm, text_height, warmth_bar
from graph.core.errors import AmbiguousName, MemberNotFound, NotFound
from graph.core.model import GraphData, IntroRequest
from graph.core.scoring import PENDING_STATUSES
from graph.services.drafts import draft_for
from graph.services.explain import why_asked, why_underway, why_waiting
from graph.services.lifecycle import ask_intro, planned_intro
from graph.services.lookup import names_of
from graph.services.rewarm import target_companies
from graph.services.warmpaths import Introduction, find_paths, paths_graph

LONG_SHOT = 0.15  # a path through two strangers or more, scoring under this: a long shot

store = get_store()
st.title(t("paths_title"))
offer_demo_if_empty(store)

params = st.query_params
left, right = st.columns([3, 2])
typed = left.text_input(t("company"), value=params.get("company", ""), help=t("company_help"),
                        key="company_q")
role = right.text_input(t("role"), value=params.get("role", ""), help=t("role_help"),
                        key="role_q")
with st.expander(t("options")):
    max_hops = st.slider(t("max_hops"), 1, 6, 4, key="max_hops")
    top = st.slider(t("top"), 1, 20, 5, key="top")
    include_former = st.checkbox(t("include_former"), key="include_former")


def fill(**boxes: str) -> None:
    """Puts text in the search boxes (a button's callback: before they are drawn again)."""
    st.session_state.update({f"{box}_q": text for box, text in boxes.items()})


if not typed.strip():
    # A newcomer does not know which companies the notebook holds: hers are one click away
    # (her targets, and the companies of her open referrals).
    if targets := target_companies(store):
        st.caption(t("try_targets"))
        buttons = st.container(horizontal=True)
        for target, _ in targets:
            buttons.button(target.name, key=f"try_{target.id}", on_click=fill,
                           kwargs={"company": target.name, "role": ""})
    st.stop()
company = choose_company(store, typed, "company", box="company_q", role_box="role_q")
st.query_params["company"] = company.name
if role:
    st.query_params["role"] = role
elif "role" in st.query_params:  # (cleared: a reload must not bring it back)
    del st.query_params["role"]

try:
    result = find_paths(store, company, role=role or None, top=top, max_hops=max_hops,
                        include_former=include_former, lang=lang())
except MemberNotFound:
    st.warning(t("no_member"))
    st.stop()
except (AmbiguousName, NotFound) as exc:
    st.error(md(error_text(exc)))
    st.stop()



def declined_notes() -> None:
    """Where the paths went that their introducer declined (never suggested again)."""
    for _, _, why in result.declined:
        st.caption(md(why))


def referred_notes() -> None:
    """Referrals to people there that no card shows (the engine keeps one path per
    introducer): what she was told, and what to do with it, before whom to ask."""
    if not result.referred:
        return
    st.markdown(f"#### {t('referred_there')}")
    for _, _, why in result.referred:
        st.info(md(why), icon=":material/recommend:")
    st.page_link("app/followups.py", label=tn("referred_link", len(result.referred)),
                 icon=":material/event:")


if not result.introductions:
    declined_notes()
    referred_notes()
    missing = "no_path" if result.targets else "no_target_role" if role else "no_target"
    st.info(t_md(missing, company=company.name, role=role, hops=max_hops))
    if missing == "no_target_role":  # not a dead end: the company's other people may do
        st.button(t_md("drop_role", company=company.name), key="drop_role", on_click=fill,
                  kwargs={"role": ""})
    st.stop()
st.subheader(tn("results", len(result.introductions),  # (and the role searched for)
               company=md(" · ".join(filter(None, (company.name, (role or "").strip()))))))
if not result.exact:
    st.caption(t("inexact"))


def target_button() -> None:
    """One click puts the company on the member's targets (for "worth re-warming")."""
    if company.id in store.targets():
        left, right = st.columns([2, 1])
        left.caption(t_md("is_target", company=company.name))
        if right.button(t("drop_target"), key="drop_target"):
            store.remove_target(company.id)
            st.rerun()
    elif st.button(t_md("save_target", company=company.name), key="save_target"):
        store.save(GraphData(targets=[company.id]))
        st.rerun()


def hop_lines(intro: Introduction) -> None:
    colon = "\u00a0:" if lang() == "fr" else ":"  # (no line starts with the colon)
    for hop in intro.hops:
        st.caption(md(f"{hop.source.name} – {hop.target.name} ({percent(hop.strength)}){colon} "
                      f"{hop.why}"))


def rewarm_note(intro: Introduction) -> None:
    """"Re-warm X first": which link, why, the score once warm again, and a draft."""
    if intro.rewarm is None:
        return
    st.warning(md(intro.rewarm.why), icon="🔥")
    with st.expander(t_md("rewarm_draft", name=intro.rewarm.person.name)):
        st.text_area(t("followup_draft_label"), intro.rewarm.draft,
                     height=text_height(intro.rewarm.draft), key=f"card_rewarm_{intro.rank}")


def numbers(intro: Introduction) -> None:
    """The factors whose product is the score, on demand: a Markdown table, not a dataframe
    (a data grid per card, mounted even while folded, held the first card back by 0.2–0.3 s
    in the browser: issue 17)."""
    # (her wait for this very person is the card's own state, left out of the factor: not
    # "no ask yet" just above "ask sent on …")
    waiting = intro.asked is not None and intro.asked.status in PENDING_STATUSES
    new = "factor_introducer_this" if waiting else "factor_introducer_new"
    labels = {"hops": lambda f: t("factor_hops", n=f.n), "fit": lambda f: t("factor_fit"),
              "introducer": lambda f: t("factor_introducer" if f.n else new,
                                        name=intro.introducer.name)}
    names = {p.id: p.name for p in intro.path}
    rows = [(t("factor_tie", a=names[f.a], b=names[f.b]) if f.kind == "tie"
             else labels[f.kind](f), number(f.value)) for f in intro.factors]
    rows.append((t("factor_total"), number(intro.score)))
    with st.expander(t("numbers")):
        st.markdown("\n".join([f"| {md(t('col_factor'))} | {md(t('col_value'))} |", "|---|---:|",
                               *(f"| {md(label)} | {md(value)} |" for label, value in rows)]))


def known_card(intro: Introduction) -> None:
    """A contact the member already has at the company: how warm, how quiet."""
    with st.container(border=True, key=f"intro_{intro.rank}"):
        title = f", {md(intro.title)}" if intro.title else ""
        st.markdown(f"**{md(intro.target.name)}**{title} · :green-badge[{t('direct')}]")
        warmth_bar(intro.score, t("tie_warmth", score=percent(intro.score)))
        hop_lines(intro)
        rewarm_note(intro)
        warmer_note(intro)
        # An introduction asked before she was a contact (a LinkedIn import since), or from
        # her card's advice: said here, where her card took the place of that path.
        for (introducer, target), request in asked.items():
            if target == intro.target.id and request.status in ("asked", "accepted"):
                st.caption(why_underway(request, md(name_of(introducer)),
                                        md(intro.target.name), lang()))


def warmer_note(intro: Introduction) -> None:
    """A contact the member barely knows: a friend's warmer way to her, the way itself when
    it has go-betweens, and the ask for it (the ask form and drafts of an introduction's card;
    there is none while an ask for her is recorded: the card says where it stands)."""
    if intro.warmer is None:
        return
    way = intro.warmer.intro
    st.info(md(intro.warmer.advice), icon=":material/handshake:")
    if len(way.path) > 3:
        st.caption(" → ".join(md(p.name) for p in way.path))
    ask_part(way)


def card(intro: Introduction, n: int) -> None:
    with st.container(border=True, key=f"intro_{intro.rank}"):
        title = f", {md(intro.title)}" if intro.title else ""
        st.markdown(f"**{n}\\. {md(intro.introducer.name)}** → {md(intro.target.name)}{title}")
        warmth_bar(intro.score, t("score", score=percent(intro.score)))
        st.markdown(" → ".join(md(p.name) for p in intro.path))
        # (member, introducer, …, target): a weak path through people she does not know
        # asks each of them a favour for a stranger: said plainly, not left to the bar
        strangers = len(intro.path) - 3
        if strangers >= 2 and intro.score < LONG_SHOT:
            st.caption(t("long_shot", n=strangers, introducer=intro.introducer.name))
        hop_lines(intro)
        st.markdown(md(intro.explanation))
        if intro.why_rank:
            st.markdown(f"_{md(intro.why_rank)}_")
        numbers(intro)
        rewarm_note(intro)
        ask_part(intro)


def ask_part(intro: Introduction) -> None:
    """Asking for this introduction: where an ask already sent stands, "wait" while another
    for the same person is waiting, else the button that opens the drafts."""
    # The open form follows the pair, not the rank: a write between two runs may re-rank
    # the cards (an ask waiting elsewhere weighs on its introducer), and a rank would hand
    # the open form, with its "Sent" button, to whoever moved up.
    request = asked.get((intro.introducer.id, intro.target.id))
    open_form = st.session_state.get("asking") == pair(intro)
    if request is not None and not open_form:  # asked already: where it stands
        ask_state(request, intro)
        return
    waiting = next((r for (_, target), r in asked.items()
                    if target == intro.target.id and r.status == "asked"), None)
    if request is None and waiting is not None and not open_form:
        # One friend at a time for one person: asking a second while the first has not
        # answered looks pushy to both.
        st.caption(why_waiting(waiting, md(name_of(waiting.introducer)),
                               md(intro.target.name), lang()))
        return
    if open_form:
        ask_form(intro)
    elif request is None:  # (opened in its callback: the drafts take its place at once)
        st.button(t("ask_intro"), key=f"ask_{pair(intro)}", on_click=st.session_state.update,
                  kwargs={"asking": pair(intro)})


def recorded_asks() -> dict[tuple[str, str], IntroRequest]:
    """The member's intro requests already sent, by (introducer, target)."""
    session = get_session(store)
    return {(i.introducer, i.target): i for i in store.intros()
            if session and i.requester == session.member and i.status != "draft"}


def ask_state(request: IntroRequest, intro: Introduction) -> None:
    """An ask already sent: its state and the next thing to do, not a second ask (in the
    words ``carnet paths`` prints: ``explain.why_asked``)."""
    # (t's words, not t_md's: the names made inert here, the date's words kept with their space)
    st.info(why_asked(request, md(intro.introducer.name), md(intro.target.name), date.today(),
                      lang()), icon=":material/forward_to_inbox:")
    st.page_link("app/followups.py", label=t("ask_state_link"), icon=":material/event:")


def pair(intro: Introduction) -> str:
    """The card's introducer and target: what its widgets are keyed by."""
    return f"{intro.introducer.id}>{intro.target.id}"


def ask_form(intro: Introduction) -> None:
    """The drafts for this path, editable and copyable. Reading them records nothing; "Sent:
    record the ask" records the request once."""
    session = get_session(store)  # (only here: a search alone needs no one's name)
    if session is None:
        return
    request = planned_intro(store, requester=session.member, introducer=intro.introducer.id,
                            target=intro.target.id, company=result.company.id)
    drafts = draft_for(store, request, lang())
    st.text_area(t("draft_ask", name=intro.introducer.name), drafts.ask,
                 height=text_height(drafts.ask), key=f"draft_ask_{pair(intro)}")
    st.text_area(t("draft_blurb"), drafts.blurb, height=text_height(drafts.blurb),
                 key=f"draft_blurb_{pair(intro)}")
    if request.status != "draft":
        st.success(t("asked_saved"))
    elif st.button(t("mark_asked"), key=f"asked_{pair(intro)}"):
        ask_intro(store, requester=session.member, introducer=intro.introducer.id,
                  target=intro.target.id, company=result.company.id)
        st.rerun()


def drawing() -> None:
    """The paths as a picture, across the page (in a column beside the cards, names were
    drawn too small to read), as tall as its busiest column needs."""
    graph = paths_graph(result)
    for _, data in graph.nodes(data=True):  # names a little bigger than Explore's
        data["font"] = 24 if data.get("kind") == "member" else 20
    at, routes = layered_routes(graph)
    ys = [y for _, y in (*at.values(), *(p for points in routes.values() for p in points))]
    rows = (max(ys, default=0) - min(ys, default=0)) / ROW_GAP + 1
    height = min(640, max(300, round(85 * rows + 100)))
    st.iframe(picture(graph, height=height).html, height=height)
    st.html(legend_html([(COLOURS[kind], t(f"legend_{kind}")) for kind in
                         ("member", "contact", "person", "target")], t("legend_paths")))


asked = recorded_asks()
name_of = names_of(store)  # (read only for a card that waits on another ask)
target_button()
# The picture's place, above the cards, drawn once they are sent: its page (vis-network
# inlined, ~0.7 MB) parsed and run in the browser held the cards back by 0.3–0.5 s (issue 17).
picture_slot = st.empty()
if result.direct:
    st.markdown(f"#### {t('you_know_there')}")
    for intro in result.direct:
        known_card(intro)
referred_notes()
if result.asks:
    st.markdown(f"#### {t('who_introduces')}")
    for n, intro in enumerate(result.asks, start=1):
        card(intro, n)
with picture_slot.container():
    drawing()
declined_notes()
show_rewarm(store, key="worth_rewarming")
