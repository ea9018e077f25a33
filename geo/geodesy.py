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

from geo.errors import InputError

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


# ── the geometry boundary ────────────────────────────────────────────────────────────
# A shape smaller than this is refused: a 100 m square, far below anything a news statement can resolve;
# drawn on the map it is a slip of the mouse (a click, a double click), and much smaller ones vanish at the
# exports' precision of 1e-6° (the null geometry that broke KML, GPX, CSV and GeoPackage).
MIN_CONSTRAINT_KM2 = 0.01
# Leaflet gives the longitude of the world copy a shape was drawn on (250° one copy east); a few copies of
# panning are wrapped back, a number beyond that did not come from a map.
MAX_WORLD_COPIES = 10


class GeometryError(InputError):
    """A shape from outside (drawn on the map, given to the CLI, saved in a workspace) that cannot be a region.

    An :class:`~geo.textio.InputError` (``reason="geometry"``), so the dashboard and the CLI show its message
    as they show any bad input: what is wrong with the shape and what to do (the CLI exits 2).
    """

    def __init__(self, message: str) -> None:
        super().__init__(message, reason="geometry")


def _wrap_longitudes(geom: BaseGeometry) -> BaseGeometry:
    """Shift a shape drawn on another world copy back to -180..180, cut at the antimeridian if it crosses it."""
    from shapely.affinity import translate
    from shapely.geometry import box
    from shapely.ops import unary_union

    minx, _, maxx, _ = geom.bounds
    if -180.0 <= minx and maxx <= 180.0:
        return geom
    k = np.floor((minx + 180.0) / 360.0)
    geom = translate(geom, xoff=-360.0 * k)  # now the west edge is in [-180, 180)
    if geom.bounds[2] <= 180.0:
        return geom
    west = geom.intersection(box(-180.0, -90.0, 180.0, 90.0))
    east = translate(geom.intersection(box(180.0, -90.0, 540.0, 90.0)), xoff=-360.0)
    return unary_union([west, east])


def clean_geometry(geom: dict | BaseGeometry, *, what: str = "The drawn shape",
                   min_area_km2: float = MIN_CONSTRAINT_KM2) -> Polygon | MultiPolygon:
    """The one cleaner for a geometry from outside: valid, oriented, in range, non-degenerate, or refused.

    Why one: a self-intersecting polygon ("bow-tie") saved as drawn broke fusion, export and area with GEOS
    TopologyExceptions for every later visitor; a tiny shape became a null geometry the exporters could not
    write; longitudes beyond ±180° or latitudes beyond ±90° reached the GeoJSON or ended in NaN. Every place a
    shape enters (the workspace, the CLI's ``--constraint``, the dashboard) calls this, so the rest of the
    engine only ever sees clean (Multi)Polygons. ``geom`` is a GeoJSON geometry dict (a Feature's geometry is
    taken) or a shapely geometry, lon/lat.

    - **valid**: ``shapely.make_valid``, keeping the polygonal parts (a bow-tie becomes its two triangles);
    - **oriented**: exterior rings counter-clockwise, holes clockwise (RFC 7946's right-hand rule);
    - **in range**: a latitude beyond ±90° or a coordinate that is not a finite number is refused; a
      longitude beyond ±180° (a shape drawn on a repeated world copy of the map) is wrapped back and cut at
      the antimeridian; a shape wider than the whole Earth, or more than ``MAX_WORLD_COPIES`` copies away,
      is refused;
    - **non-degenerate**: no area, or less than ``min_area_km2``, is refused.

    Raises :class:`GeometryError` with a message that says what is wrong and what to do.
    """
    import warnings

    import shapely.geometry
    from shapely import make_valid

    if isinstance(geom, dict):
        if geom.get("type") == "Feature":
            geom = geom.get("geometry") or {}
        kind = geom.get("type") if isinstance(geom, dict) else None
        if kind not in ("Polygon", "MultiPolygon"):
            raise GeometryError(f"{what} is {'a ' + str(kind) if kind else 'not a GeoJSON geometry'}, not an area: "
                                "use a polygon, a rectangle or a circle.")
        try:
            with warnings.catch_warnings():  # a NaN coordinate warns here; it is refused just below
                warnings.simplefilter("ignore", RuntimeWarning)
                shp = shapely.geometry.shape(geom)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, shapely.errors.GEOSException) as exc:
            raise GeometryError(f"{what} is not a well-formed GeoJSON {kind} ({exc}): each ring is a list of "
                                "[longitude, latitude] pairs.") from None
    elif isinstance(geom, BaseGeometry):
        shp = geom
    else:
        raise GeometryError(f"{what} is not a geometry (got {type(geom).__name__}).")
    if not isinstance(shp, (Polygon, MultiPolygon)):
        raise GeometryError(f"{what} is a {shp.geom_type}, not an area: use a polygon, a rectangle or a circle.")
    if shp.is_empty:
        raise GeometryError(f"{what} has no coordinates: draw it again.")
    xy = shapely.get_coordinates(shp)
    if not np.isfinite(xy).all():
        raise GeometryError(f"{what} has a coordinate that is not a number: draw it again.")
    lat_out = xy[:, 1][np.abs(xy[:, 1]) > 90.0]
    if len(lat_out):
        raise GeometryError(f"{what} reaches latitude {lat_out[0]:g}°, beyond ±90° (latitudes run from -90 at "
                            "the south pole to 90 at the north pole): redraw it within the map.")
    lon_min, lon_max = float(xy[:, 0].min()), float(xy[:, 0].max())
    if lon_max - lon_min > 360.0:
        raise GeometryError(f"{what} spans {lon_max - lon_min:g}° of longitude, more than the whole Earth (360°): "
                            "redraw it on one copy of the map.")
    limit = 180.0 + 360.0 * MAX_WORLD_COPIES
    if max(abs(lon_min), abs(lon_max)) > limit:
        raise GeometryError(f"{what} has longitude {lon_max if abs(lon_max) > abs(lon_min) else lon_min:g}°, "
                            "far beyond ±180°: longitudes run from -180 to 180; redraw it within the map.")
    shp = _without_empty_rings(shp)  # a "[]" hole crashes GEOS (segmentize) further on
    try:
        valid = _polygonal(make_valid(shp))
        valid = _polygonal(make_valid(_wrap_longitudes(valid))) if not valid.is_empty else valid
    except shapely.errors.GEOSException as exc:
        raise GeometryError(f"{what} could not be repaired ({exc}): draw it again.") from None
    if valid.is_empty or valid.area == 0.0:
        raise GeometryError(f"{what} has no area (its corners are on a line or on one point): draw an area.")
    # No edge longer than 90° of longitude: a box drawn wider than 180° would otherwise keep edges that a
    # spherical viewer (Google Earth) draws the short way round, the other side of the Earth.
    oriented = _oriented(shapely.segmentize(valid, 90.0))
    area = area_km2(oriented)
    if area < min_area_km2 or shapely.set_precision(oriented, 1e-6).is_empty:
        raise GeometryError(f"{what} covers only {area * 1e6:,.3g} m², less than the smallest region "
                            f"({min_area_km2:g} km², a {np.sqrt(min_area_km2) * 1000:.0f} m square): "
                            "draw a larger shape.")
    return oriented


def _without_empty_rings(geom: Polygon | MultiPolygon) -> Polygon | MultiPolygon:
    """The shape with its empty rings (a hole written as ``[]``) left out."""
    def one(p: Polygon) -> Polygon:
        holes = [h for h in p.interiors if not h.is_empty and len(h.coords) >= 4]
        return p if len(holes) == len(p.interiors) else Polygon(p.exterior, holes)

    if isinstance(geom, Polygon):
        return one(geom)
    return MultiPolygon([one(p) for p in geom.geoms if not p.is_empty])


def clean_geojson(geom: dict | BaseGeometry, *, what: str = "The drawn shape",
                  min_area_km2: float = MIN_CONSTRAINT_KM2) -> dict:
    """:func:`clean_geometry` as a GeoJSON geometry dict (plain lists), the form the workspace keeps."""
    import json

    g = json.loads(shapely.to_geojson(clean_geometry(geom, what=what, min_area_km2=min_area_km2)))
    return {"type": g["type"], "coordinates": g["coordinates"]}


def _oriented(geom: BaseGeometry) -> BaseGeometry:
    from shapely.geometry.polygon import orient

    if isinstance(geom, Polygon):
        return orient(geom, sign=1.0)
    return MultiPolygon([orient(p, sign=1.0) for p in geom.geoms])
