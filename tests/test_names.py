"""The length-banded ratio search returns exactly what rapidfuzz's whole-list search returns."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from geo.names import RatioIndex


def _pool(rnd: random.Random, n: int) -> list[str]:
    return ["".join(rnd.choice("aeiouknstzhj ") for _ in range(rnd.randint(1, 22))) for _ in range(n)]


@pytest.mark.parametrize("cutoff", [60.0, 84.0, 90.0, 99.0])
def test_ratio_index_matches_process_extract(cutoff: float) -> None:
    rnd = random.Random(int(cutoff))
    pool = _pool(rnd, 3000) + ["zhezkazgan", "zhezkazgan", "jezkazgan", "karaganda oblysy"]
    index = RatioIndex(pool)
    queries = [rnd.choice(pool)[: rnd.randint(1, 22)] + rnd.choice(["", "a", "zz"]) for _ in range(150)]
    queries += ["zhezkazgan", "jezkazgn", "karaganda oblys", "x"]
    for q in queries:
        for limit in (1, 5, 10):
            expected = [tuple(h) for h in process.extract(q, pool, scorer=fuzz.ratio, score_cutoff=cutoff,
                                                          limit=limit)]
            assert index.extract(q, cutoff, limit) == expected, q


def test_ties_come_in_list_order() -> None:
    index = RatioIndex(["abd", "abc", "abe", "abd", "xbc"])
    assert [i for _, _, i in index.extract("abc", 60.0, 10)] == [1, 0, 2, 3, 4]
