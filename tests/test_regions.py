"""Geodesic regions and their invariants (geo.regions), with hypothesis properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point

from geo.geodesy import area_km2, destination, distance_km
from geo.model import Place, Statement
from geo.regions import coordinate_box, distance_bounds_km, number_precision, ring, sector, statement_region

ZHEZ = Place(1516589, "Zhezqazghan", 47.79411, 67.70628, "KZ", 104357, "Asia/Almaty")


@pytest.mark.parametrize(("text", "value", "precision"),
                         [("148", 148, 1), ("150", 150, 10), ("100", 100, 10), ("1000", 1000, 100),
                          ("1,600", 1600, 100), ("10.5", 10.5, 0.5), ("2.88", 2.88, 0.01), ("7", 7, 1)])
def test_number_precision_follows_the_georeferencing_rules(text: str, value: float, precision: float) -> None:
    assert number_precision(text, value) == precision


def test_a_ring_is_exactly_as_wide_as_its_bounds_on_the_ellipsoid() -> None:
    g = ring(47.8, 67.7, 100, 160)
    exact = math.pi * (160**2 - 100**2)
    assert abs(area_km2(g) - exact) / exact < 0.01  # polygonised circles: 96 vertices
    assert not g.contains(Point(67.7, 47.8))


def test_nearly_150_km_from_jezkazgan_holds_the_true_ms21_point() -> None:
    st_ = Statement(kind="offset", text="nearly 150 kilometers", span=(0, 1), anchor="Jezkazgan", distance=150,
                    distance_text="150", unit="km", qualifier="nearly", sense="below")
    r = statement_region(st_, 0, ZHEZ)
    assert r.shape == "ring"
    assert r.geometry.contains(Point(69.65, 47.3833))  # 153 km from the GeoNames centre
    nominal, lo, hi = r.distance_km
    assert lo < 150 < 153.2 < hi


def test_miles_are_statute_miles() -> None:
    st_ = Statement(kind="offset", text="", span=(0, 1), distance=55, distance_text="55", unit="mi")
    nominal, _, _ = distance_bounds_km(st_, 0.0)
    assert nominal == pytest.approx(88.51, abs=0.01)


def test_coordinates_box_covers_rounding_and_truncation() -> None:
    box = coordinate_box(50.0, 67.0, 1.0)
    assert box.contains(Point(67.43, 50.73))  # truncated "50 N, 67 E"
    assert box.contains(Point(66.6, 49.6))  # rounded
    assert not box.contains(Point(68.2, 50.0))


bearing = st.floats(0, 359.9)
lat_s = st.floats(-89.0, 89.0)
lon_s = st.floats(-180.0, 180.0)
dist = st.floats(1.0, 2000.0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lat=lat_s, lon=lon_s, d=dist, b=bearing, w=st.floats(5.0, 80.0))
def test_every_sector_is_valid_nonempty_and_covers_its_nominal_point(lat, lon, d, b, w) -> None:
    g = sector(lat, lon, d * 0.8, d * 1.2, b - w, b + w)
    assert g.is_valid and not g.is_empty
    nlat, nlon = destination(lat, lon, b, d)
    assert g.buffer(1e-6).covers(Point(nlon, nlat))
    assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in _coords(g))


@settings(max_examples=40, deadline=None)
@given(lat=lat_s, lon=lon_s, r=dist)
def test_every_disc_is_valid_and_holds_its_centre(lat, lon, r) -> None:
    g = ring(lat, lon, 0.0, r)
    assert g.is_valid and not g.is_empty
    assert g.buffer(1e-6).covers(Point(lon, lat))


@settings(max_examples=30, deadline=None)
@given(lat=st.floats(-60, 60), d=st.floats(50, 500), grow=st.floats(1.05, 2.0))
def test_area_grows_when_bounds_widen(lat, d, grow) -> None:
    small = sector(lat, 10.0, d * 0.9, d * 1.1, 100, 140)
    big = sector(lat, 10.0, d * 0.9 / grow, d * 1.1 * grow, 100 - 10 * grow, 140 + 10 * grow)
    assert area_km2(big) > area_km2(small)


def test_a_disc_across_the_antimeridian_is_split_there() -> None:
    g = ring(0.0, 179.5, 0.0, 200.0)
    assert g.geom_type == "MultiPolygon" and g.is_valid
    xs = [x for x, _ in _coords(g)]
    assert min(xs) < -179 and max(xs) > 179
    assert abs(area_km2(g) - math.pi * 200**2) / (math.pi * 200**2) < 0.01


def test_a_disc_around_a_pole_is_closed_through_it() -> None:
    g = ring(89.0, 0.0, 0.0, 300.0)
    assert g.is_valid and g.covers(Point(45.0, 89.9))
    assert abs(area_km2(g) - math.pi * 300**2) / (math.pi * 300**2) < 0.02


def test_sector_edges_are_geodesic_distances() -> None:
    g = sector(47.8, 67.7, 100, 200, 90, 180)
    for x, y in _coords(g):
        d = distance_km(47.8, 67.7, y, x)
        assert 99.0 < d < 201.0 or d < 1e-6


def _coords(g):
    polys = list(getattr(g, "geoms", [g]))
    for p in polys:
        yield from p.exterior.coords
