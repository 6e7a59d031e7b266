"""Look-alikes for an import: the names known so far, blocked so that only plausible pairs are
compared, and for a new name the most similar person at no other company.

The rule (``ingest/resolve.py`` says when it applies): among the names of the blocks of the new
name whose sorted words score ``NAME_THRESHOLD`` or more (``fuzz.ratio``: token_sort_ratio,
without sorting each candidate), best first, the first of the first ``MAX_NAMESAKES`` people
of that name who works at no company, or at one whose key scores ``COMPANY_THRESHOLD`` or more
against the new contact's (or any of them if the contact names no company), and whose LinkedIn
profile, if both have one, is the contact's (two profiles are two people).

Issue 17: a file of 30,000 rows shares a few hundred names, and each contact was compared
again with the same namesakes, one company at a time in Python. Now the candidates of a name
are listed once (``_Candidates``) and kept while nothing they depend on changes: each block
and each name has a counter, moved by any change to the block, to the first namesakes of the
name or to where one of them works, and a list is used only while the counters it was made
with have not moved. A contact's company is compared with all their companies in one call of
rapidfuzz's C loop. Same candidates, same order, same answer. When each of a name's candidates
has a LinkedIn profile and none is the contact's, there is no look-alike to look for (a
LinkedIn export met again as namesakes: 442 pairs of the bench's file).

A name written in part (``shorter_forms``: « Marie Martin » or « Marie Dupont » for « Marie
Martin-Dupont », « JB Rossi » for « Jean-Baptiste Rossi ») scores too low for the fuzzy search,
and most often in another block. It is found by exact keys instead (``in_part``): each name of
three words or more is listed under its shorter forms, and a name is looked for under its own
key and among the names of its shorter forms: a few dictionary look-ups, no block grows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from graph.core.names import shorter_forms

NAME_THRESHOLD = 90      # token_sort_ratio of folded names, 0..100
COMPANY_THRESHOLD = 85   # below this, two known companies are different companies
MAX_NAMESAKES = 10       # people of one same name compared, at most (keeps common names cheap)
# Names kept per blocking key, at most: a new name is compared with at most this many per key
# (the first ones indexed), so the fuzzy search stays linear in the contacts, even for a file
# of 50,000 names alike ("Zoé Martin 1" … "Zoé Martin 49999", ~5,000 of them in one block).
# A notebook's real blocks (first initial + start of the last name) stay far below it.
MAX_BLOCK = 200

Alike = tuple[str, float, bool]  # the person, the names' score, whether the names are the same


def blocks(name_key: str) -> list[str]:
    """Blocking keys for fuzzy matching: initial of one token + start of another, either way
    round, so only plausible pairs are compared."""
    tokens = [t for t in name_key.split() if t]
    if len(tokens) < 2:
        return [name_key[:4]]
    first, last = tokens[0], tokens[-1]
    return [f"{first[0]}|{last[:3]}", f"{last[0]}|{first[:3]}"]


@dataclass
class _Candidates:
    """Everyone a name may be taken for, in the order they are tried, and their companies;
    made when the blocks and names it was made from had these counters."""

    changes: int  # the index's count of changes then: unchanged, nothing to check
    blocks: list[tuple[str, int]]
    names: list[tuple[str, int]] = field(default_factory=list)
    tried: list[Alike] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)  # company keys of the ones tried …
    owner: list[int] = field(default_factory=list)      # … and the place of who works there
    free: int = 0  # the first place of one who works nowhere (any company is theirs)
    profiles: frozenset[str] | None = None  # their LinkedIn profiles, if each of them has one


class NameIndex:
    """The names known to an import (the store's, then each new person's as it comes), who
    bears each, and where each person works now (company keys)."""

    def __init__(self) -> None:
        # blocking key → each name's words in order (what token_sort_ratio compares) → names
        self.block: dict[str, dict[str, list[str]]] = defaultdict(dict)
        self.named: dict[str, list[str]] = defaultdict(list)     # name key → people
        self.works_at: dict[str, set[str]] = defaultdict(set)    # person → company keys
        self.profiles: dict[str, str] = {}                       # person → LinkedIn profile
        self.closest: dict[tuple[str, str, int], list[tuple[str, float]]] = {}
        # Counters of changes, by block and by name (its first namesakes, where they work)
        self._changes = 0
        self._block_changes: dict[str, int] = defaultdict(int)
        self._name_changes: dict[str, int] = defaultdict(int)
        self._first: dict[str, set[str]] = defaultdict(set)  # person → names they are first of
        self._candidates: dict[str, _Candidates] = {}
        # a shorter form of a long name (``shorter_forms``) → the first people of such names,
        # with their names' keys; and for a contact with a LinkedIn profile, the people
        # without one only (``in_part``): those forms, and names
        self.longer: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.shortened_bare: dict[str, list[str]] = defaultdict(list)
        self.named_bare: dict[str, list[str]] = defaultdict(list)

    def add(self, person: str, key: str, profile: str | None = None,
            first_words: int = 1) -> None:
        """``person`` bears the name of key ``key`` (and has that LinkedIn profile; her first
        name is its first ``first_words`` words: ``shorter_forms``)."""
        if profile:
            self.profiles[person] = profile
        namesakes = self.named[key]
        namesakes.append(person)
        if not profile and len(bare := self.named_bare[key]) < MAX_NAMESAKES:
            bare.append(person)
        for form in shorter_forms(key, first_words) if key.count(" ") > 1 else ():  # (3+ words)
            if len(longer := self.longer[form]) < MAX_NAMESAKES:
                longer.append((person, key))
            if not profile and len(bare := self.shortened_bare[form]) < MAX_NAMESAKES:
                bare.append(person)
        if len(namesakes) <= MAX_NAMESAKES:
            self._first[person].add(key)
            self._name_changes[key] += 1
            self._changes += 1
        if len(namesakes) > 1:  # a name met before is in its blocks, or they are full
            return
        words = " ".join(sorted(key.split()))
        for block in blocks(key):
            names = self.block[block]
            if words in names:
                if key not in names[words]:
                    names[words].append(key)
                    self._block_changes[block] += 1
                    self._changes += 1
            elif len(names) < MAX_BLOCK:
                names[words] = [key]
                self._block_changes[block] += 1
                self._changes += 1

    def employs(self, person: str, company: str) -> None:
        """``person`` works now at that company (its key), too."""
        held = self.works_at[person]
        if company not in held:
            held.add(company)
            for name in self._first.get(person, ()):
                self._name_changes[name] += 1
                self._changes += 1

    def look_alike(self, name_key: str, company_key: str, new_id: str,
                   profile: str | None = None) -> Alike | None:
        """The most similar person to a new one (``new_id``) of that name, company and
        LinkedIn profile, or None (see the module's docstring)."""
        found = self._candidates.get(name_key)
        if found is None or not self._current(found):
            found = self._candidates[name_key] = self._list(name_key)
        if profile is not None and found.profiles is not None and profile not in found.profiles:
            return None  # (each of them is another LinkedIn member: LinkedIn namesakes)
        tried = found.tried
        if not company_key:
            place = next((n for n, alike in enumerate(tried) if alike[0] != new_id), len(tried))
        else:
            place = found.free
            # The first match is the first place (owners are in order). Most contacts match
            # none of them: ``extractOne`` says so in one C call, a quarter of the time of
            # starting ``extract_iter``, which then finds the first one.
            if found.companies and process.extractOne(
                    company_key, found.companies, scorer=fuzz.ratio,
                    score_cutoff=COMPANY_THRESHOLD) is not None:
                first = next(process.extract_iter(company_key, found.companies,
                                                  scorer=fuzz.ratio,
                                                  score_cutoff=COMPANY_THRESHOLD))
                place = min(place, found.owner[first[2]])
        if place < len(tried) and (tried[place][0] == new_id  # (never met: new_id is new)
                                   or self.other_profile(tried[place][0], profile)):
            return self._one_by_one(tried, company_key, new_id, profile)
        return tried[place] if place < len(tried) else None

    def in_part(self, name_key: str, company_key: str, new_id: str,
                profile: str | None = None, first_words: int = 1) -> str | None:
        """The one person whose name is that name written in part (a shorter form of hers), or
        a longer one written in full (it is a shorter form of the new one), at no company
        other than the contact's and with no LinkedIn profile other than the contact's; None
        if there is none, or more than one (a short name many long ones share says nothing,
        whichever of them comes last: « Marie Martin » known with « Marie Martin-Dupont »,
        « Marie Martin-Roux » is no question either).
        For a contact with a profile, only people without one are looked at: one with hers
        is her, found by it before, and each other is another LinkedIn member (a LinkedIn
        export's « Marie Martin » and « Marie Martin-Dupont » are looked at in no time).

        >>> index = NameIndex()
        >>> index.add("p:marie", "marie martin dupont")
        >>> index.in_part("marie dupont", "", "p:new"), index.in_part("marie roux", "", "p:new")
        ('p:marie', None)
        """
        named = self.named_bare if profile else self.named
        longer = self.shortened_bare.get(name_key) if profile else (
            [person for person, _ in self.longer[name_key]] if name_key in self.longer else None)
        if longer is None and name_key.count(" ") < 2:  # (most names: two words, no long
            return None                                   # name written so)
        found = {person for person in (
            *(longer or ()),
            *(p for form in shorter_forms(name_key, first_words)
              if not any(key != name_key and not self.elsewhere(other, company_key)
                         for other, key in self.longer.get(form, ()))
              for p in named.get(form, ())[:MAX_NAMESAKES]))
                 if person != new_id and not self.elsewhere(person, company_key)}
        return found.pop() if len(found) == 1 else None

    def elsewhere(self, person: str, company_key: str) -> bool:
        """Whether ``person`` works now, and at none of the companies like that one (its key;
        no company: nowhere else)."""
        theirs = self.works_at.get(person)
        return bool(company_key and theirs and not any(
            fuzz.ratio(company_key, c, score_cutoff=COMPANY_THRESHOLD) for c in theirs))

    def other_profile(self, person: str, profile: str | None) -> bool:
        """Whether ``person`` has a LinkedIn profile, and not that one."""
        return profile is not None and self.profiles.get(person, profile) != profile

    def _current(self, found: _Candidates) -> bool:
        """Whether nothing ``found`` was made from has changed since."""
        if found.changes == self._changes:
            return True
        if (all(self._block_changes[block] == n for block, n in found.blocks)
                and all(self._name_changes[name] == n for name, n in found.names)):
            found.changes = self._changes
            return True
        return False

    def _list(self, name_key: str) -> _Candidates:
        words = " ".join(sorted(name_key.split()))
        keys = blocks(name_key)
        alike = sorted({(score, other) for key in keys
                        for words_, score in self._closest(words, key)
                        for other in self.block[key][words_]}, reverse=True)
        found = _Candidates(self._changes, [(key, self._block_changes[key]) for key in keys])
        for score, other in alike:  # best first
            found.names.append((other, self._name_changes[other]))
            for person in self.named[other][:MAX_NAMESAKES]:
                for company in self.works_at.get(person, ()):
                    found.companies.append(company)
                    found.owner.append(len(found.tried))
                found.tried.append((person, score, other == name_key))
        found.free = next((n for n, (person, _, _) in enumerate(found.tried)
                           if not self.works_at.get(person)), len(found.tried))
        profiles = [self.profiles[p] for p, _, _ in found.tried if p in self.profiles]
        if len(profiles) == len(found.tried):
            found.profiles = frozenset(profiles)
        return found

    def _one_by_one(self, tried: list[Alike], company_key: str, new_id: str,
                    profile: str | None) -> Alike | None:
        for alike in tried:
            if alike[0] == new_id or self.other_profile(alike[0], profile) or \
                    self.elsewhere(alike[0], company_key):
                continue  # same name, different companies: different people
            return alike
        return None

    def _closest(self, words: str, key: str) -> list[tuple[str, float]]:
        """The names (as sorted words) of block ``key`` closest to ``words``: fuzz.ratio of
        sorted words is token_sort_ratio, without sorting each candidate. Kept while the
        block gains no name, so a name met again (a common one) is not compared again."""
        names = self.block.get(key, {})
        memo = (words, key, len(names))
        if memo not in self.closest:
            self.closest[memo] = [(found, score) for found, score, _ in process.extract(
                words, list(names), scorer=fuzz.ratio, score_cutoff=NAME_THRESHOLD, limit=5)]
        return self.closest[memo]
