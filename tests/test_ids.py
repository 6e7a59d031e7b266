"""A snapshot's packed ids (``graph/core/ids.py``) read, iterate, bisect and splice exactly as
the sorted list of strings they stand for."""

from __future__ import annotations

import random
from bisect import bisect_left

import pytest

from graph.core import ids as ids_module
from graph.core.ids import Ids
from graph.core.snapshot import index_in

# Accents, other scripts, an emoji, a lone surrogate, quotes: ids are whatever the store holds.
ALPHABET = "ab-:0é€字😀\ud800\"' "


def random_ids(rng: random.Random, n: int) -> list[str]:
    return sorted({"".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8)))
                   for _ in range(n)})


@pytest.mark.parametrize("stride", [1, 3, 256])  # (``find``'s blocks: one id, a few, all)
@pytest.mark.parametrize("seed", range(20))
def test_packed_ids_read_as_the_sorted_strings(seed: int, stride: int,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ids_module, "STRIDE", stride)
    rng = random.Random(seed)
    plain = random_ids(rng, rng.randint(0, 60))
    ids = Ids.of(plain)
    assert len(ids) == len(plain)
    assert list(ids) == plain
    assert [ids[i] for i in range(-len(plain), len(plain))] == plain + plain
    assert ids[1:5] == plain[1:5] and ids[::-2] == plain[::-2]
    assert ids.well_formed()
    with pytest.raises(IndexError):
        ids[len(plain)]
    for probe in [*plain, *random_ids(rng, 20)]:
        assert bisect_left(ids, probe) == bisect_left(plain, probe)
        assert index_in(ids, probe) == (plain.index(probe) if probe in plain else None)


@pytest.mark.parametrize("seed", range(30))
def test_a_splice_is_the_sorted_strings_without_and_with(seed: int) -> None:
    rng = random.Random(seed)
    plain = random_ids(rng, rng.randint(0, 40))
    removed = sorted(rng.sample(range(len(plain)), rng.randint(0, len(plain))))
    added = [i for i in random_ids(rng, rng.randint(0, 10)) if i not in plain]
    spliced = Ids.of(plain).spliced(removed, added)
    expected = sorted([p for i, p in enumerate(plain) if i not in set(removed)] + added)
    assert list(spliced) == expected
    assert spliced == Ids.of(expected)
    assert spliced.well_formed()


def test_ids_compare_by_content() -> None:
    assert Ids.of(["a", "b"]) == Ids.of(["a", "b"])
    assert Ids.of(["a", "b"]) != Ids.of(["a", "c"])
    assert Ids.of(["a"]) != ["a"]  # (not a list: compared as ids only)
