"""The look-alike search keeps each name's candidates while nothing they depend on changes
(ingest/lookalikes.py): over random sequences of names added, jobs taken and look-ups, its
answer is always the one the plain search gives, made again from scratch at each look-up.
Namesakes with another LinkedIn profile than the contact's are never taken."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from ingest.lookalikes import (
    COMPANY_THRESHOLD,
    MAX_NAMESAKES,
    NAME_THRESHOLD,
    Alike,
    NameIndex,
    blocks,
)

NAMES = ["lea martin", "lea martim", "martin lea", "leo martin", "zoe denis", "lea"]
COMPANIES = ["phocee logistique", "phocee logistiqe", "sud events", "frioul", ""]
PROFILES = ["lea-martin", "lea-martin-2", None]


def plain(index: NameIndex, name_key: str, company_key: str, new_id: str,
          profile: str | None) -> Alike | None:
    """The search as it was before issue 17: every candidate tried in order, one company at a
    time (the blocks and names are the index's own, read as they are now)."""
    words = " ".join(sorted(name_key.split()))
    alike = set()
    for key in blocks(name_key):
        names = list(index.block.get(key, {}))
        for found, score, _ in process.extract(words, names, scorer=fuzz.ratio,
                                               score_cutoff=NAME_THRESHOLD, limit=5):
            alike |= {(score, other) for other in index.block[key][found]}
    for score, other in sorted(alike, reverse=True):
        for person in index.named[other][:MAX_NAMESAKES]:
            theirs = index.works_at.get(person)
            theirs_too = index.profiles.get(person)
            if person == new_id or (profile and theirs_too and theirs_too != profile) or (
                    company_key and theirs and not any(
                    fuzz.ratio(company_key, c, score_cutoff=COMPANY_THRESHOLD)
                    for c in theirs)):
                continue
            return person, score, other == name_key
    return None


step = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(NAMES), st.sampled_from(PROFILES)),
    st.tuples(st.just("job"), st.integers(0, 30), st.sampled_from(COMPANIES[:-1])),
    st.tuples(st.just("look"), st.sampled_from(NAMES), st.sampled_from(COMPANIES),
              st.sampled_from(PROFILES)))


@settings(max_examples=400, deadline=None)
@given(st.lists(step, max_size=60))
@example([("add", "lea martin", None), ("look", "lea martin", "frioul", None),
          ("add", "martin lea", None), ("look", "lea martin", "frioul", None)])  # (word order)
@example([("add", "lea martin", None), ("look", "lea martin", "frioul", None),
          ("job", 0, "sud events"), ("look", "lea martin", "frioul", None)])  # (a new job)
@example([("add", "lea martin", "lea-martin"), ("add", "lea martin", None),
          ("look", "lea martin", "", "lea-martin-2")])  # (another profile: the next one)
@example([("add", "lea martin", "lea-martin"), ("add", "lea martin", "lea-martin-2"),
          ("look", "lea martin", "", "lea-martin-3"),  # (each namesake another member)
          ("look", "lea martin", "", "lea-martin")])   # (one of them)
def test_kept_candidates_answer_as_the_plain_search(steps: list[tuple]) -> None:  # type: ignore[type-arg]
    index, people = NameIndex(), 0
    for kind, *args in steps:
        if kind == "add":
            index.add(f"p:{people}", *args)
            people += 1
        elif kind == "job" and people:
            index.employs(f"p:{args[0] % people}", args[1])
        elif kind == "look":
            name, company, profile = args
            assert index.look_alike(name, company, "p:new", profile) == plain(
                index, name, company, "p:new", profile)
