"""The clean-up for notebooks that already hold ghosts and twins: people an import (or a typo
in a form) made twice, found by the rules imports now follow, listed with the review queue.

A pair is a likely duplicate when both names are the same name (``graph/core/names.py``) or close
ones (a typo, swapped first and last names, initials, one a shorter form of the other: a double
or married surname written in part), no identifier disagrees (two different
e-mails at one domain, two LinkedIn profiles) and they do not work at different companies.
Pairs already settled (merged, or kept apart) are never proposed again. Found pairs get the
review id an import would give them, so ``carnet review merge ID`` works on either kind.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from graph.core.errors import DataRejected
from graph.core.model import Company, GraphData, Person, Review, review_reason, stable_id
from graph.core.names import (
    closeness,
    company_key,
    first_name_words,
    name_key,
    shorter_forms,
)
from graph.stores.port import GraphStore
from ingest.identifiers import linkedin_key
from ingest.lookalikes import NAME_THRESHOLD
from ingest.resolve import disagree

MAX_GROUP = 50  # people of one blocking key compared, at most (common names stay cheap)


def likely_duplicates(store: GraphStore) -> list[Review]:
    """Pairs of people in the store that are probably one person, not reviewed yet, most
    alike first. The first of each pair (the one kept by a merge) is the member, else the
    one with more ties, else the one added first."""
    data = store.dump(ties=False)
    settled = {frozenset((r.a, r.b)) for r in store.reviews(None)}
    members = set(data.members)
    employers: dict[str, set[str]] = defaultdict(set)
    for job in data.jobs:
        if job.current:
            employers[job.person].add(job.company)
    # (two LinkedIn profiles are two people: said before the names are weighed)
    profile = {p.id: linkedin_key(p.linkedin) for p in data.people if p.linkedin}
    blocks: dict[str, list[Person]] = defaultdict(list)
    for person in data.people:
        key = name_key(person.name)
        blocks["=" + key].append(person)  # namesakes, however many share a first name
        for form in shorter_forms(key, first_name_words(person.name)):  # (and the long names
            # written so in part)
            blocks["=" + form].append(person)
        tokens = key.split()
        for start in {tokens[0][:3], tokens[-1][:3]} if tokens else ():
            blocks[start].append(person)  # a typo rarely hits the start of both names

    found: dict[frozenset[str], Review] = {}
    seen: set[frozenset[str]] = set()
    in_part: list[frozenset[str]] = []  # the pairs of a name written in part (compound_name)
    for group in blocks.values():
        for one, two in combinations(group[:MAX_GROUP], 2):
            slugs = profile.get(one.id), profile.get(two.id)
            if None not in slugs and slugs[0] != slugs[1]:
                continue
            pair = frozenset((one.id, two.id))
            if pair in seen:
                continue
            seen.add(pair)
            alike = _alike(one, two)
            works = employers[one.id], employers[two.id]
            if alike is None or (works[0] and works[1] and not works[0] & works[1]) or \
                    disagree(one.emails, one.linkedin, two):
                continue
            score, same = alike
            if same == "compound_name":  # (asked before or not: another one may share it)
                in_part.append(pair)
            if pair in settled:
                continue
            keep, other = sorted((one, two), key=lambda p: (
                p.id not in members, -len(store.ties_of(p.id)), p.created_at or "", p.id))
            reason = f"{same}_company" if works[0] & works[1] and same != "compound_name" \
                else same
            found[pair] = Review(stable_id("v", keep.id, other.id), keep.id, other.id, score,
                                 review_reason(reason, "notebook"))
    # A name written in part that fits several people's (« Marie Martin », with « Marie
    # Martin-Dupont » and « Marie Martin-Roux ») says nothing: no question, as at imports
    several = Counter(person for pair in in_part for person in pair)
    for pair in in_part:
        if max(several[person] for person in pair) > 1:
            found.pop(pair, None)
    return sorted(found.values(), key=lambda r: (-r.score, r.id))


def _alike(one: Person, two: Person) -> tuple[float, str] | None:
    """100 for the same name, else how close the names are (``None``: not close), and the
    review's kind: ``same_name``, ``similar_names`` or ``compound_name``."""
    first, second = name_key(one.name), name_key(two.name)
    if first == second:
        return 100.0, "same_name"
    how = closeness(first, second) or closeness(second, first)
    if how in ("swapped", "initials"):
        return 95.0, "similar_names"
    score = round(fuzz.token_sort_ratio(first, second), 1)
    if how == "typo" and score >= NAME_THRESHOLD:
        return score, "similar_names"
    if first in shorter_forms(second, first_name_words(two.name)) or \
            second in shorter_forms(first, first_name_words(one.name)):
        return score, "compound_name"
    return None


def likely_company_duplicates(store: GraphStore) -> list[tuple[Company, Company]]:
    """Companies whose names are one name once legal forms and punctuation are left out
    (``"Phocée Logistique, SAS"`` and ``"Phocée Logistique"``), the one with more staff
    first: made apart before imports knew better. Merged with ``carnet companies merge``."""
    named: dict[str, list[Company]] = defaultdict(list)
    for company in store.companies_and_jobs()[0]:  # (no people read)
        named[company_key(company.name)].append(company)
    pairs = []
    for same in (group for group in named.values() if len(group) > 1):  # (staff read for those)
        ranked = sorted(same, key=lambda c: (-len(store.employees(c.id, current_only=False)),
                                             c.id))
        pairs += [(ranked[0], other) for other in ranked[1:]]
    return pairs


def open_reviews(store: GraphStore) -> list[Review]:
    """What ``carnet review`` and the app list: the imports' open reviews, then the likely
    duplicates already in the notebook."""
    return store.reviews() + likely_duplicates(store)


def review_to_settle(store: GraphStore, review_id: str) -> Review:
    """The open review of that id; a likely duplicate is saved as a review first, so merging
    it can be undone and keeping the pair apart is remembered."""
    for review in store.reviews():
        if review.id == review_id:
            return review
    for review in likely_duplicates(store):
        if review.id == review_id:
            store.save(GraphData(reviews=[review]))
            return review
    raise DataRejected("no_review", review=review_id)
