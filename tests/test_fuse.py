"""Fusion: the largest agreeing group, found over the arrangement's faces, equals the brute-force answer."""

from __future__ import annotations

import itertools
import random

import pytest
from shapely.geometry import box

from geo import fuse
from geo.geodesy import area_km2
from geo.model import Region
from geo.regions import disc, ring, sector


def _region(geom, role: str = "statement", index: int = 0) -> Region:
    return Region(role=role, shape="area", geometry=geom, area_km2=area_km2(geom), index=index)


def _brute_force(regions: list[Region]) -> tuple[list[int], float | None]:
    """Every combination, the definition itself: highest weight, then smallest common area."""
    best: tuple[float, float, list[int]] | None = None
    for size in range(len(regions), 0, -1):
        for combo in itertools.combinations(range(len(regions)), size):
            geom = fuse._intersection([regions[i] for i in combo])
            if geom is None or geom.is_empty:
                continue
            score = sum(fuse._weight(regions[i]) for i in combo)
            area = area_km2(geom)
            if best is None or score > best[0] or (score == best[0] and area < best[1]):
                best = (score, area, list(combo))
    return (best[2], best[1]) if best else ([], None)


def _random_regions(rng: random.Random, n: int) -> list[Region]:
    out = []
    for i in range(n):
        lat, lon = 47 + rng.uniform(-3, 3), 67 + rng.uniform(-4, 4)
        kind = rng.random()
        r0 = rng.uniform(10, 200)
        if kind < 0.4:
            geom = disc(lat, lon, rng.uniform(20, 250))
        elif kind < 0.7:
            geom = ring(lat, lon, r0, r0 + rng.uniform(5, 80))
        else:
            b = rng.uniform(0, 360)
            geom = sector(lat, lon, r0, r0 + rng.uniform(5, 80), b, b + rng.uniform(10, 90))
        out.append(_region(geom, "hint" if rng.random() < 0.2 else "statement", i))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_best_agreeing_equals_brute_force(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(25):
        regions = _random_regions(rng, rng.randint(2, 8))
        group, geom = fuse.best_agreeing(regions)
        expected_group, expected_area = _brute_force(regions)
        assert group == expected_group
        assert geom is not None and area_km2(geom) == pytest.approx(expected_area, rel=1e-9)


def test_all_agreeing_returns_everything() -> None:
    regions = [_region(box(0, 0, 2, 2)), _region(box(1, 1, 3, 3)), _region(box(1.5, 1.5, 4, 4))]
    group, geom = fuse.best_agreeing(regions)
    assert group == [0, 1, 2]
    assert geom.equals(box(1.5, 1.5, 2, 2))


def test_hints_weigh_half() -> None:
    # Two hints agree with each other, one statement stands alone: 0.5 + 0.5 ties 1, so the smaller part wins;
    # three hints (1.5) outweigh the lone statement.
    lone = _region(box(10, 10, 10.1, 10.1), "statement", 0)
    hints = [_region(box(0, 0, 2, 2), "hint", 1), _region(box(1, 1, 3, 3), "hint", 2)]
    assert fuse.best_agreeing([lone, *hints])[0] == [0]
    third = _region(box(1.5, 1.5, 5, 5), "hint", 3)
    assert fuse.best_agreeing([lone, *hints, third])[0] == [1, 2, 3]


def test_touching_regions_do_not_agree() -> None:
    # Boxes sharing only an edge have no area in common: the smaller one alone is the answer.
    regions = [_region(box(0, 0, 1, 1)), _region(box(1, 0, 3, 1))]
    assert fuse.best_agreeing(regions)[0] == [0]


def test_many_far_apart_regions_stay_polynomial() -> None:
    # 26 disjoint discs: brute force would try 2^26 groups; the arrangement has 26 faces. The answer is the
    # smallest disc (all weigh 1). No timing here (benchmarks time things): the point is that it finishes.
    regions = [_region(disc(40 + (i % 5) * 3, 50 + (i // 5) * 4, 50 + i)) for i in range(26)]
    group, geom = fuse.best_agreeing(regions)
    assert group == [0]
    assert area_km2(geom) == pytest.approx(regions[0].area_km2, rel=1e-6)


def test_conflicting_pairs_lists_disjoint_pairs() -> None:
    regions = [_region(box(0, 0, 2, 2)), _region(box(1, 1, 3, 3)), _region(box(10, 10, 11, 11))]
    assert fuse.conflicting_pairs(regions) == [(0, 2), (1, 2)]
