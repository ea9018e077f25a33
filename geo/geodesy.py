"""Geodesic primitives on the WGS84 ellipsoid (pyproj.Geod / GeographicLib).

Everything that measures or draws on the Earth goes through here, so no module ever
treats degrees as kilometres.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

WGS84 = Geod(ellps="WGS84")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance between two points, in km."""
    _, _, d = WGS84.inv(lon1, lat1, lon2, lat2)
    return d / 1000.0


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from point 1 to point 2, degrees clockwise from north in [0, 360)."""
    az, _, _ = WGS84.inv(lon1, lat1, lon2, lat2)
    return az % 360.0


def destination(lat: float, lon: float, bearing: float, dist_km: float) -> tuple[float, float]:
    """The point reached going ``dist_km`` along ``bearing`` (the direct problem): (lat, lon)."""
    lon2, lat2, _ = WGS84.fwd(lon, lat, bearing, dist_km * 1000.0)
    return lat2, _wrap(lon2)


def destinations(lat: float, lon: float, bearings: np.ndarray, dists_km: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised direct problem: arrays of (lat, lon)."""
    n = len(bearings)
    lons, lats, _ = WGS84.fwd(np.full(n, lon), np.full(n, lat), bearings, dists_km * 1000.0)
    return lats, (np.asarray(lons) + 180.0) % 360.0 - 180.0


# Half the length of a meridian ellipse: no two points of the ellipsoid are farther apart (km).
HALF_MERIDIAN_KM = 20003.93
EARTH = Polygon([(-180.0, -90.0), (180.0, -90.0), (180.0, 90.0), (-180.0, 90.0)])


@lru_cache(maxsize=1)
def _to_equal_area() -> Transformer:
    # EPSG:6933, Lambert cylindrical equal-area on the WGS84 ellipsoid (EASE-Grid 2.0 Global).
    return Transformer.from_crs("EPSG:4326", "EPSG:6933", always_xy=True)


def area_km2(geom: BaseGeometry | None) -> float:
    """Area on the WGS84 ellipsoid of a lon/lat (multi)polygon, km² (always positive).

    The polygon's edges are read as RFC 7946 does, straight in lon/lat (a box's top edge
    is a parallel, not a geodesic), and measured in an equal-area projection of the
    ellipsoid after cutting edges to 0.25°. Geodesic polygon formulas would read a box
    spanning the globe as the two meridians at ±180° and find no area at all.
    """
    if geom is None or geom.is_empty:
        return 0.0
    dense = shapely.segmentize(geom, 0.25)
    projected = shapely.transform(dense, lambda xy: np.column_stack(_to_equal_area().transform(xy[:, 0], xy[:, 1])))
    return float(abs(projected.area)) / 1e6


def _wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0


def max_distance_km(lat: float, lon: float, geom: BaseGeometry) -> float:
    """Largest geodesic distance from a point to the vertices of a geometry, km.

    It is the radius of the smallest circle centred on the point that holds the
    geometry (Darwin Core's ``coordinateUncertaintyInMeters`` / 1000).
    """
    polys = [geom] if isinstance(geom, Polygon) else list(getattr(geom, "geoms", [geom]))
    parts = [p.exterior if isinstance(p, Polygon) else p for p in polys
             if isinstance(p, Polygon) or hasattr(p, "coords")]
    arr = shapely.get_coordinates(parts)
    if len(arr) == 0:
        return 0.0
    _, _, d = WGS84.inv(np.full(len(arr), lon), np.full(len(arr), lat), arr[:, 0], arr[:, 1])
    return float(np.max(d)) / 1000.0


def ring_to_geometry(lats: np.ndarray, lons: np.ndarray, pole: float | None = None) -> BaseGeometry:
    """A closed ring of points on the ellipsoid -> a valid lon/lat (Multi)Polygon.

    Longitudes are unwrapped so the ring is continuous; a ring that winds around a pole
    is closed through that pole; whatever crosses ±180° is cut there and shifted back
    (RFC 7946 §3.1.9: split at the antimeridian rather than drawing across the world).
    """
    from shapely import make_valid
    from shapely.affinity import translate
    from shapely.geometry import box
    from shapely.ops import unary_union

    lons_u = np.degrees(np.unwrap(np.radians(np.asarray(lons, dtype=float))))
    lats = np.asarray(lats, dtype=float)
    pts = np.column_stack([lons_u, lats])
    drift = lons_u[-1] - lons_u[0]
    if abs(drift) > 180.0:  # the ring encloses a pole: the caller knows which, else the nearer one
        if pole is None:
            pole = 90.0 if np.mean(lats) > 0 else -90.0
        pts = np.vstack([pts, [(lons_u[-1], pole), (lons_u[0], pole)]])
    poly = make_valid(Polygon(pts))
    if -180.0 <= pts[:, 0].min() and pts[:, 0].max() <= 180.0:
        return _polygonal(poly)  # the usual case: nothing to cut at the antimeridian
    parts = []
    for shift in (-720.0, -360.0, 0.0, 360.0, 720.0):
        window = box(-180.0 - shift, -90.0, 180.0 - shift, 90.0)
        piece = poly.intersection(window)
        if not piece.is_empty:
            parts.append(translate(piece, xoff=shift))
    merged = unary_union(parts)
    return _polygonal(make_valid(merged))


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """Keep only the polygonal parts of a geometry (make_valid may add stray lines)."""
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    polys = []
    for g in getattr(geom, "geoms", []):
        if isinstance(g, Polygon):
            polys.append(g)
        elif isinstance(g, MultiPolygon):
            polys.extend(g.geoms)
    return MultiPolygon(polys) if len(polys) > 1 else (polys[0] if polys else Polygon())


def polygonal(geom: BaseGeometry) -> BaseGeometry:
    """Public alias of the polygon filter, for fuse and export."""
    return _polygonal(geom)
