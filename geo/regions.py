"""One placed statement -> one geodesic region (the part of the Earth it allows).

The method is the point-radius / shape method of georeferencing (Wieczorek, Guo &
Hijmans 2004, IJGIS 18:745; Chapman & Wieczorek 2020, Georeferencing Best Practices),
adapted to news prose. Every constant below says where it comes from; the calibration
ones were checked with ``python -m geo eval ../shared/cases`` and are deliberately
round, not fitted to a case.

Shapes: distance only -> ring; distance + direction -> sector of the ring; direction
only -> open sector (to ``OPEN_SECTOR_KM``); "near X" -> disc; coordinates -> box.
All are built on the WGS84 ellipsoid (pyproj.Geod direct problem), never by buffering
degrees.
"""

from __future__ import annotations

import math
import re

import numpy as np
from shapely import make_valid
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from geo.extract.lexicon import UNIT_METRES
from geo.geodesy import EARTH, HALF_MERIDIAN_KM, area_km2, destinations, distance_km, polygonal, ring_to_geometry
from geo.model import Place, Region, Statement

# The press is looser than the georeferencing rules (issue 4; cases README):
# distances are "often off by 5-10 %": we allow the upper end, 10 % of the distance, on
# top of the number's own precision.
PRESS_DISTANCE_SLACK = 0.10
# Directions: the Zhezkazgan-zone landings lie near 110° yet the press says "south-east"
# (135° ± 22.5° misses them). Reporters round to the nearest named point of the
# *coarser* compass; we add half of a 16-point step (11.25°) plus 4° of bearing noise,
# ~15° in all, to the Calculator's half-width of the word.
PRESS_DIRECTION_SLACK_DEG = 15.0
# "nearly"/"more than": how far beyond the number the true value may lie, as a share of
# the number, on the open side (a reporter rounds "148" to "nearly 150", not to "nearly
# 200"): twice the press slack.
ONE_SIDED_REACH = 0.20
# A direction with no distance: the region is open; we stop it where reporters would
# switch to naming another town. 300 km is the largest offset in the catalog's sources.
OPEN_SECTOR_KM = 300.0
# "near X": at least this radius, and at most the distance to the nearest town as large
# as X (beyond it, a reporter would have named that town); capped for sparse steppe.
NEAR_MIN_KM = 25.0
NEAR_MAX_KM = 200.0
ARC_POINTS = 96


def number_precision(text: str | None, value: float | None) -> float:
    """Precision of a number as written, in its own unit (Chapman & Wieczorek 2020).

    "148" -> 1, "150" -> 10, "100" -> 10 (a round power of ten 10^n gets 10^(n-1)),
    "1,600" -> 100, "10.5" -> 0.5, "2.88" -> 0.01. Its half is the uncertainty.
    """
    if value is None:
        return 0.0
    t = (text or f"{value:g}").replace("\u00a0", "").replace(" ", "")
    m = re.fullmatch(r"(\d+)[.,](\d+)", t)
    if m and len(m.group(2)) != 3:
        frac = m.group(2)
        if frac.endswith("5") and len(frac) == 1:
            return 0.5
        return 10.0 ** -len(frac)
    digits = re.sub(r"\D", "", t).lstrip("0") or "0"
    trailing = len(digits) - len(digits.rstrip("0"))
    if digits == "1" + "0" * trailing and trailing >= 1:
        return 10.0 ** (trailing - 1)
    return 10.0 ** trailing


def distance_bounds_km(st: Statement, extent_km: float) -> tuple[float, float, float]:
    """(nominal, min, max) in km for a distance statement, including the anchor's extent."""
    metres = UNIT_METRES.get(st.unit or "km", 1000.0)
    d = (st.distance or 0.0) * metres / 1000.0
    if st.distance_max is not None and st.distance_max > (st.distance or 0.0):
        # "a few dozen km", "hundreds of miles": the range the words give, with the press's slack both ways;
        # nominally its middle
        hi_km = st.distance_max * metres / 1000.0
        lo, hi = d * (1 - PRESS_DISTANCE_SLACK), hi_km * (1 + PRESS_DISTANCE_SLACK)
        return (d + hi_km) / 2, max(0.0, lo - extent_km), hi + extent_km
    half = number_precision(st.distance_text, st.distance) / 2.0 * metres / 1000.0
    slack = max(half, PRESS_DISTANCE_SLACK * d)
    sense = st.sense
    if sense == "upto":
        lo, hi = 0.0, d + half
    elif sense == "below":
        lo, hi = d * (1 - ONE_SIDED_REACH) - half, d + half
    elif sense == "above":
        lo, hi = d - half, d * (1 + ONE_SIDED_REACH) + half
    else:  # exact or "about": both sides
        lo, hi = d - slack, d + slack
    return d, max(0.0, lo - extent_km), hi + extent_km


def bearing_bounds_deg(st: Statement, d_km: float, extent_km: float) -> tuple[float, float, float]:
    """(nominal, min, max) bearing; widened by the press slack and the anchor's angular size."""
    nominal = st.bearing_deg or 0.0
    half = (st.bearing_halfwidth_deg or 45.0) + PRESS_DIRECTION_SLACK_DEG
    if d_km > 0:
        half += math.degrees(math.atan2(extent_km, d_km))
    half = min(half, 179.0)
    return nominal, nominal - half, nominal + half


def _arc(lat: float, lon: float, b0: float, b1: float, r_km: float) -> tuple[np.ndarray, np.ndarray]:
    # Long arcs get more vertices, so straight lon/lat edges stay within ~1 % of the true curve.
    n = ARC_POINTS if r_km < 1500 else int(ARC_POINTS * min(r_km / 1500, 6))
    bearings = np.linspace(b0, b1, n)
    return destinations(lat, lon, bearings, np.full(n, r_km))


def _radial(lat: float, lon: float, bearing: float, r0: float, r1: float) -> tuple[np.ndarray, np.ndarray]:
    """Points along the geodesic at ``bearing`` from r0 to r1 km (a sector's straight side)."""
    n = max(2, int(abs(r1 - r0) / 200) + 2)
    return destinations(lat, lon, np.full(n, bearing), np.linspace(r0, r1, n))


def _poles_inside(lat: float, lon: float, r_km: float) -> tuple[bool, bool]:
    return distance_km(lat, lon, 90.0, 0.0) < r_km, distance_km(lat, lon, -90.0, 0.0) < r_km


def disc(lat: float, lon: float, r_km: float) -> BaseGeometry:
    """Every point within ``r_km`` of a point, geodesic; any size, poles and antimeridian included.

    A disc wider than a quarter of the globe is drawn as the Earth minus the disc around the
    antipode (its radius the rest of half a meridian): a lon/lat polygon cannot hold a cap
    that wraps both poles, and the smaller cap is always well formed.
    """
    if r_km >= HALF_MERIDIAN_KM - 0.5:
        return EARTH
    if r_km > HALF_MERIDIAN_KM / 2:
        antipode = (-lat, lon + 180.0 if lon <= 0 else lon - 180.0)
        return polygonal(make_valid(EARTH.difference(disc(*antipode, HALF_MERIDIAN_KM - r_km))))
    north, south = _poles_inside(lat, lon, r_km)
    olat, olon = _arc(lat, lon, 0.0, 360.0, r_km)
    return ring_to_geometry(olat, olon, pole=90.0 if north else (-90.0 if south else None))


def ring(lat: float, lon: float, r_min_km: float, r_max_km: float) -> BaseGeometry:
    """Annulus (a disc when r_min is 0) around a point, geodesic."""
    r_max_km = min(r_max_km, HALF_MERIDIAN_KM)
    if r_min_km >= r_max_km:
        return Polygon()
    outer = disc(lat, lon, r_max_km)
    if r_min_km <= 0.05:
        return outer
    return polygonal(make_valid(outer.difference(disc(lat, lon, r_min_km))))


def sector(lat: float, lon: float, r_min_km: float, r_max_km: float, b_min: float, b_max: float) -> BaseGeometry:
    """Part of an annulus between two bearings (degrees clockwise from north), geodesic.

    Its sides follow the geodesics at ``b_min`` and ``b_max`` (densified), so a long sector
    keeps its true shape; a sector that holds a pole is closed through it.
    """
    r_max_km = min(r_max_km, HALF_MERIDIAN_KM - 1.0)
    if r_min_km >= r_max_km:
        return Polygon()
    olat, olon = _arc(lat, lon, b_min, b_max, r_max_km)
    slat, slon = _radial(lat, lon, b_max, r_max_km, max(r_min_km, 0.0))
    if r_min_km > 0.05:
        ilat, ilon = _arc(lat, lon, b_max, b_min, r_min_km)
    else:
        ilat, ilon = np.array([lat]), np.array([lon])
    elat, elon = _radial(lat, lon, b_min, max(r_min_km, 0.0), r_max_km)
    # counter-clockwise in lon/lat: outer arc runs clockwise on the ground, so reverse all
    lats = np.concatenate([olat, slat, ilat, elat])[::-1]
    lons = np.concatenate([olon, slon, ilon, elon])[::-1]
    pole = None
    for p_lat, p_bearing in ((90.0, 0.0), (-90.0, 180.0)):
        d = distance_km(lat, lon, p_lat, 0.0)
        if r_min_km < d < r_max_km and ((p_bearing - b_min) % 360.0) <= ((b_max - b_min) % 360.0 or 360.0):
            pole = p_lat
    return ring_to_geometry(lats, lons, pole=pole)


def coordinate_box(lat: float, lon: float, precision_deg: float) -> BaseGeometry:
    """Box for written coordinates: rounding (±p/2) or truncation (+p away from zero).

    The press writes "50 degrees north" for 50.7° as readily as for 50.0° (degrees and
    minutes are often cut, not rounded), so the box runs from v - p/2 to v + p on the
    side away from zero.
    """
    def span(v: float) -> tuple[float, float]:
        if v >= 0:
            return v - precision_deg / 2, v + precision_deg
        return v - precision_deg, v + precision_deg / 2

    la0, la1 = span(lat)
    lo0, lo1 = span(lon)
    la0, la1 = max(la0, -90.0), min(la1, 90.0)
    n = 24
    # Edges along parallels and meridians are exact lines of lon/lat: densify for drawing.
    south = [(x, la0) for x in np.linspace(lo0, lo1, n)]
    east = [(lo1, y) for y in np.linspace(la0, la1, n)]
    north = [(x, la1) for x in np.linspace(lo1, lo0, n)]
    west = [(lo0, y) for y in np.linspace(la1, la0, n)]
    pts = south + east + north + west
    return ring_to_geometry(np.array([p[1] for p in pts]), np.array([p[0] for p in pts]))


def near_radius_km(place: Place, nearest_rival_km: float | None) -> float:
    """Radius of "near X": up to the nearest town at least as large as X, 25-200 km."""
    r = nearest_rival_km if nearest_rival_km is not None else NEAR_MAX_KM
    return float(min(max(r, NEAR_MIN_KM), NEAR_MAX_KM)) + place.extent_km


def statement_region(st: Statement, index: int, place: Place | None,
                     nearest_rival_km: float | None = None) -> Region | None:
    """The region a statement allows, or None when it cannot be placed (unknown anchor)."""
    if st.kind == "coordinates" and st.lat is not None and st.lon is not None:
        geom = coordinate_box(st.lat, st.lon, st.precision_deg or 0.01)
        return Region(role="statement", shape="box", geometry=geom, area_km2=area_km2(geom), index=index,
                      statement=st, label=st.text,
                      explanation=f"written coordinates to {st.precision_deg:g}°: rounded or truncated")
    if place is None:
        return None
    ext = place.extent_km
    if st.kind == "near":
        r = near_radius_km(place, nearest_rival_km)
        geom = ring(place.lat, place.lon, 0.0, r)
        return Region(role="statement", shape="disc", geometry=geom, area_km2=area_km2(geom), index=index,
                      statement=st, anchor=place, distance_km=(0.0, 0.0, r), label=st.text,
                      explanation=f"“{st.qualifier}”: within {r:.0f} km of {place.name} (up to the nearest "
                                  f"town as large, {NEAR_MIN_KM:.0f}–{NEAR_MAX_KM:.0f} km)")
    if st.kind == "direction":
        # "600 southwest of X" with no unit: as far as 600 of the longest unit reporters use, and some
        reach_km = OPEN_SECTOR_KM
        why = "no distance"
        if st.distance and not st.unit:
            reach_km = max(OPEN_SECTOR_KM, st.distance * max(UNIT_METRES.values()) / 1000 * (1 + ONE_SIDED_REACH))
            why = f"“{st.distance_text}” with no unit (read as up to that many nautical miles)"
        nominal, b0, b1 = bearing_bounds_deg(st, reach_km / 2, ext)
        geom = sector(place.lat, place.lon, 0.0, reach_km, b0, b1)
        return Region(role="statement", shape="sector", geometry=geom, area_km2=area_km2(geom), index=index,
                      statement=st, anchor=place, bearing_deg=(nominal, b0 % 360, b1 % 360), label=st.text,
                      explanation=f"{st.direction} of {place.name}, {why}: open to {reach_km:.0f} km")
    d, lo, hi = distance_bounds_km(st, ext)
    if hi <= 0 or lo >= HALF_MERIDIAN_KM:
        return None  # no point of the Earth is that far from another: the statement cannot be placed
    vague = st.distance_max is not None
    if st.direction:
        # a vague range widens its bearings for its near end, where the anchor's extent weighs most
        nominal, b0, b1 = bearing_bounds_deg(st, max(lo, 1.0) if vague else d, ext)
        geom = sector(place.lat, place.lon, lo, hi, b0, b1)
        shape, bearing = "sector", (nominal, b0 % 360, b1 % 360)
    else:
        geom = ring(place.lat, place.lon, lo, hi)
        shape, bearing = "ring", None
    if geom.is_empty:
        geom = Polygon()
    if vague:
        expl = (f"«{st.distance_text}» {st.unit} → {lo:.0f}–{hi:.0f} km from {place.name}: the range the words give, "
                f"{PRESS_DISTANCE_SLACK:.0%} press slack, town radius {ext:.1f} km")
    else:
        expl = (f"{d:.0f} km ({st.qualifier or 'as stated'}) → {lo:.0f}–{hi:.0f} km from {place.name}: precision "
                f"of the number, {PRESS_DISTANCE_SLACK:.0%} press slack, town radius {ext:.1f} km")
    if bearing:
        expl += f"; {st.direction} widened to {bearing[1]:.0f}°–{bearing[2]:.0f}°"
    return Region(role="statement", shape=shape, geometry=geom, area_km2=area_km2(geom), index=index, statement=st,
                  anchor=place, distance_km=(d, lo, hi), bearing_deg=bearing, label=st.text, explanation=expl)
