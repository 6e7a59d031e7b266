"""When two typed names are the same name, and when they are only close.

Pure functions, no store: ``graph/services/lookup.py`` (what a user types) and ``ingest/resolve.py``
(what an import reads) both decide with them, so a name means the same thing everywhere.

- ``name_key``: case, accents, emoji and punctuation ignored —
  ``name_key("Mehdi Haddad 🧗") == name_key("mehdi  HADDAD")``.
- ``company_key``: the same, and legal forms ignored —
  ``company_key("Phocée Logistique, SAS") == company_key("Phocee Logistique")``.
- ``closeness``: why a typed name may be someone else's (a typo, a missing accent, initials,
  first and last name swapped, part of the name), or ``None``.
- ``may_name_one``: whether two names may be one person's, as an import asks of two contacts
  with one phone number or e-mail address (a switchboard, a couple's home phone).
- ``shorter_forms``: a long name as another contact book may have written it in part (a
  double or married surname, a compound first name's initials): « Marie Dupont » for
  « Marie Martin-Dupont », « JB Rossi » for « Jean-Baptiste Rossi ».
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import combinations
from typing import Final

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from graph.core.model import fold

TYPO_SCORE: Final = 85  # rapidfuzz ratio of two name keys from which a name is "close"
# Legal forms, as written once punctuation is gone (S.A.S. → "s a s" is joined to "sas").
LEGAL_FORMS: Final = frozenset({
    "sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "scop", "selarl", "gie", "inc", "ltd",
    "llc", "llp", "plc", "gmbh", "ag", "bv", "nv", "spa", "srl", "corp", "co", "limited",
    "incorporated", "corporation"})
_NOT_WORD = re.compile(r"[^a-z0-9]+")
# A person's or a company's name, at most: longer is no one's (a cell pasted whole, a hostile
# row), and would fill screens of a card's heading. Imports skip such a row; forms refuse it.
MAX_NAME_CHARS: Final = 200
# Words of a name that ``shorter_forms`` shortens, at most (a longer one is rare, and would
# give dozens of forms).
MAX_SHORTENED_WORDS: Final = 5


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A name with case, accents, emoji, symbols and punctuation left out.

    >>> name_key("  Jean-Pierre O'Neil 📣 ")
    'jean pierre o neil'
    """
    kept = "".join(" " if unicodedata.category(c)[0] in "PZ" else c
                   for c in unicodedata.normalize("NFKC", text)
                   if unicodedata.category(c)[0] not in "SC")
    return " ".join(_NOT_WORD.sub(" ", fold(kept)).split())


@lru_cache(maxsize=1 << 14)
def company_key(text: str) -> str:
    """A company's name without case, accents, punctuation or legal form.

    >>> company_key("Phocée Logistique, S.A.S.")
    'phocee logistique'
    """
    tokens: list[str] = []
    joined: list[bool] = [False]
    for token in name_key(text).split():  # single letters in a row are one word: S.A.S. → sas
        if len(token) == 1 and tokens and tokens[-1].isalpha() and joined[-1]:
            tokens[-1] += token
        else:
            tokens.append(token)
        joined.append(len(token) == 1)
    kept = [t for t in tokens if t not in LEGAL_FORMS]
    return " ".join(kept or tokens)


def email_domain(email: str) -> str:
    return email.rpartition("@")[2].strip().lower()


def named_at(name: str, company: str) -> str:
    """A person named with where she works, to tell her from a namesake: "Julien Martin
    (Bonne Mère Studio)" (Warm paths' cards, Explore)."""
    return f"{name} ({company})"


def _few_letters(typed: str, known: str) -> bool:
    """Two words a typo apart: a third of their letters at most."""
    return Levenshtein.distance(typed, known) <= max(len(typed), len(known)) // 3


def closeness(typed: str, known: str) -> str | None:
    """Why ``known`` may be what was meant by ``typed`` (two name keys), or ``None``.

    ``"swapped"`` (first and last name), ``"initials"`` (``n fabre``), ``"part"`` (every typed
    word is in the name), ``"typo"`` (a few letters apart). Equal keys are not "close": they
    are the same name.
    """
    if not typed or not known or typed == known:
        return None
    mine, theirs = typed.split(), known.split()
    if sorted(mine) == sorted(theirs):
        return "swapped"
    if len(mine) == len(theirs) and any(len(t) == 1 for t in mine) and all(
            t == k or (len(t) == 1 and k.startswith(t)) for t, k in zip(mine, theirs,
                                                                      strict=True)):
        return "initials"
    if set(mine) < set(theirs):
        return "part"
    if 1 < len(mine) < len(theirs) and all(  # words of the name, a typo in some, one left out
            any(_few_letters(t, k) for k in theirs) for t in mine):
        return "typo"
    score = max(fuzz.ratio(typed, known), fuzz.token_sort_ratio(typed, known))
    if score < TYPO_SCORE:
        return None
    # A typo is a few letters in each word, not another surname ("camille ortega" is not
    # "camille moreau", however alike the whole strings are).
    if len(mine) == len(theirs) and not any(
            all(_few_letters(t, k) for t, k in pairs)
            for pairs in (zip(mine, theirs, strict=True),
                          zip(sorted(mine), sorted(theirs), strict=True))):
        return None
    return "typo"


def may_name_one(one: str, two: str) -> bool:
    """Whether two name keys may name one person: each word of the shorter name is a word of
    the other, its start (an initial, a short form) or a typo of it, in any order. A name
    with no words says nothing against it.

    >>> may_name_one("vero bastide", "bastide veronique"), may_name_one("k benali", "karim benali")
    (True, True)
    >>> may_name_one("omar cherif", "yasmine cherif"), may_name_one("marc olivier", "ana ferri")
    (False, False)
    """
    shorter, longer = sorted((one.split(), two.split()), key=len)
    rest = list(longer)
    for word in shorter:
        found = next((w for w in rest if w.startswith(word) or word.startswith(w)
                      or _few_letters(word, w)), None)
        if found is None:
            return False
        rest.remove(found)
    return True


@lru_cache(maxsize=1 << 16)
def shorter_forms(key: str, first_words: int = 1) -> tuple[str, ...]:
    """The shorter ways another contact book may write a name of three to five words (a name
    key): its first name kept and one or two of the other words left out (a double or married
    surname written in part, « Dubois Morel », « Martin-Dupont », « Dubois (née Morel) »), or
    its first two words as initials (« Jean-Baptiste », « JB » or « J.-B. »). No form has
    fewer than two words. ``first_words``: how many words her first name is where its writing
    says so (``first_name_words``: « Jean-Pierre Martin », 2): a compound first name is
    written in part only as its initials (« Jean Martin » is someone else).

    >>> shorter_forms("marie martin dupont")
    ('marie martin', 'marie dupont', 'mm dupont', 'm m dupont')
    >>> shorter_forms("jean pierre martin", 2)
    ('jp martin', 'j p martin')
    >>> shorter_forms("marie martin"), len(shorter_forms("anne marie martin dupont"))
    ((), 8)
    """
    words = key.split()
    if not 3 <= len(words) <= MAX_SHORTENED_WORDS:
        return ()
    first, rest = words[:first_words], words[first_words:]
    forms = [" ".join((*first, *kept)) for size in (len(rest) - 1, len(rest) - 2) if size > 0
             for kept in combinations(rest, size)]
    initials = words[0][0] + words[1][0]
    forms += [" ".join((initials, *words[2:])), " ".join((words[0][0], words[1][0], *words[2:]))]
    return tuple(form for form in dict.fromkeys(forms) if form != key)  # (« j b rossi »)


def first_name_words(name: str) -> int:
    """How many words of its name key a name's first written word makes: 2 for « Jean-Pierre
    Martin » or « J.-B. Rossi » (a compound first name), else 1.

    >>> first_name_words("Jean-Pierre Martin"), first_name_words("Marie Martin-Dupont")
    (2, 1)
    """
    head = name.split(maxsplit=1)
    return max(1, len(name_key(head[0]).split())) if head else 1
