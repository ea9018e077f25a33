"""Every geometry from outside goes through one cleaner, geo.geodesy.clean_geometry: valid, oriented, in range,
non-degenerate, or refused with a message. Checked through the library (the cleaner and the workspace) and the
CLI (``touchdown map --constraint``) for the bow-tie, the tiny shape and out-of-range coordinates.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import shapely
from shapely.geometry import shape

from geo.cli import main
from geo.geodesy import MIN_CONSTRAINT_KM2, GeometryError, area_km2, clean_geojson, clean_geometry
from geo.store import Workspace
from geo.textio import InputError

BOW_TIE = {"type": "Polygon", "coordinates": [[[69, 47], [70, 48], [70, 47], [69, 48], [69, 47]]]}
TINY = {"type": "Polygon", "coordinates": [[[69.0, 47.0], [69.0000001, 47.0], [69.0000001, 47.0000001], [69.0, 47.0]]]}
SMALL = {"type": "Polygon", "coordinates": [[[69.0, 47.0], [69.0005, 47.0], [69.0005, 47.0005], [69.0, 47.0005],
                                             [69.0, 47.0]]]}  # ~38 m x 56 m: under 0.01 km²
FLAT = {"type": "Polygon", "coordinates": [[[69, 47], [70, 47], [71, 47], [69, 47]]]}
LAT_OUT = {"type": "Polygon", "coordinates": [[[69, 47], [70, 95], [70, 47], [69, 47]]]}
LON_COPY = {"type": "Polygon", "coordinates": [[[249, 47], [250, 47], [250, 48], [249, 48], [249, 47]]]}
LON_ACROSS = {"type": "Polygon", "coordinates": [[[179, 47], [181, 47], [181, 48], [179, 48], [179, 47]]]}
LON_WIDE = {"type": "Polygon", "coordinates": [[[-200, 47], [200, 47], [200, 48], [-200, 47]]]}
LON_FAR = {"type": "Polygon", "coordinates": [[[1e6, 47], [1e6 + 1, 47], [1e6 + 1, 48], [1e6, 47]]]}
CLOCKWISE = {"type": "Polygon", "coordinates": [[[69, 47], [69, 48], [70, 48], [70, 47], [69, 47]]]}
ARTICLE = "The Soyuz capsule landed 148 km southeast of Zhezkazgan in Kazakhstan on Wednesday.\n"


def _ccw(geom: dict) -> bool:
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    return all(shapely.geometry.LinearRing(p[0]).is_ccw for p in polys)


# ------------------------------------------------------------------------------------------ the cleaner


def test_a_bow_tie_is_repaired_into_its_two_valid_triangles() -> None:
    assert not shape(BOW_TIE).is_valid
    g = clean_geometry(BOW_TIE)
    assert g.is_valid and g.geom_type == "MultiPolygon" and len(g.geoms) == 2
    assert math.isclose(area_km2(g), area_km2(shape(CLOCKWISE)) / 2, rel_tol=0.02)  # half its 1° x 1° box


def test_a_clockwise_ring_is_turned_counter_clockwise_and_stays_the_same_area() -> None:
    out = clean_geojson(CLOCKWISE)
    assert _ccw(out) and not _ccw(CLOCKWISE)
    assert shape(out).equals(shape(CLOCKWISE))
    assert json.loads(json.dumps(out)) == out  # plain lists, JSON-able


@pytest.mark.parametrize(("geom", "words"), [
    (TINY, "covers only"), (SMALL, "covers only"), (FLAT, "no area"),
    (LAT_OUT, "latitude 95"), (LON_WIDE, "more than the whole Earth"), (LON_FAR, "far beyond ±180"),
    ({"type": "Point", "coordinates": [69, 47]}, "not an area"),
    ({"type": "Polygon", "coordinates": [[[69, 47], [float("nan"), 47], [70, 48], [69, 47]]]}, "not a number"),
    ({"type": "Polygon", "coordinates": "garbage"}, "not a well-formed"),
    ({"type": "Polygon", "coordinates": []}, "no coordinates"),
    ("not a dict", "not a geometry"),
])
def test_shapes_that_cannot_be_a_region_are_refused_with_a_message(geom: object, words: str) -> None:
    with pytest.raises(GeometryError, match=words) as info:
        clean_geometry(geom)  # type: ignore[arg-type]
    assert isinstance(info.value, InputError) and info.value.reason == "geometry"
    assert "\n" not in str(info.value)


def test_the_smallest_allowed_shape_passes() -> None:
    side = math.sqrt(MIN_CONSTRAINT_KM2) * 1.2 / 111.0  # degrees of latitude, a bit over the minimum
    sq = {"type": "Polygon", "coordinates": [[[69, 0], [69 + side, 0], [69 + side, side], [69, side], [69, 0]]]}
    assert area_km2(clean_geometry(sq)) >= MIN_CONSTRAINT_KM2


def test_a_shape_drawn_on_another_world_copy_is_wrapped_back() -> None:
    g = clean_geometry(LON_COPY)
    assert g.bounds == (-111.0, 47.0, -110.0, 48.0)


def test_a_shape_across_the_antimeridian_is_cut_there_into_two_parts_in_range() -> None:
    g = clean_geometry(LON_ACROSS)
    assert g.geom_type == "MultiPolygon" and len(g.geoms) == 2
    lo, _, hi, _ = g.bounds
    assert lo == -180.0 and hi == 180.0
    assert math.isclose(area_km2(g), area_km2(shape(CLOCKWISE)) * 2, rel_tol=0.05)


# ------------------------------------------------------------------------------------------ the workspace


def test_the_workspace_keeps_the_cleaned_shape_and_refuses_the_bad_ones(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws.sqlite3") as ws:
        a = ws.add_article(ARTICLE)
        ws.add_constraint(a, BOW_TIE)
        ws.add_constraint(a, LON_COPY)
        for bad in (TINY, LAT_OUT, LON_WIDE):
            with pytest.raises(GeometryError):
                ws.add_constraint(a, bad)
        kept = ws.constraints(a)
    assert [g["type"] for g in kept] == ["MultiPolygon", "Polygon"]
    assert all(shape(g).is_valid and _ccw(g) for g in kept)
    assert shape(kept[1]).bounds == (-111.0, 47.0, -110.0, 48.0)


def test_a_bad_shape_saved_before_cleaning_is_cleaned_or_left_out_when_read(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as ws:
        a = ws.add_article(ARTICLE)
    import sqlite3

    with sqlite3.connect(path) as c:  # as an older Touchdown kept them, unchecked
        for g in (BOW_TIE, TINY):
            c.execute("INSERT INTO constraints (article_id, geometry, created_at) VALUES (?, ?, 'x')",
                      (a, json.dumps(g)))
    with Workspace.open(path) as ws:
        kept = ws.constraints(a)
    assert len(kept) == 1 and shape(kept[0]).is_valid and kept[0]["type"] == "MultiPolygon"


def test_a_cleaned_bow_tie_fuses_and_exports_in_every_format() -> None:
    from geo import export
    from geo.pipeline import locate

    est = locate(ARTICLE, "2022-09-29", constraints=[clean_geojson(BOW_TIE)])
    assert any(r.role == "constraint" for r in est.regions)
    for fmt in export.FORMATS:
        assert export.render(est, fmt)


# ------------------------------------------------------------------------------------------ the CLI


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def _write(tmp_path: Path, name: str, doc: object) -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(doc), encoding="utf-8")
    return p


@pytest.mark.parametrize("wrap", ["geometry", "feature", "collection"])
def test_cli_a_bow_tie_constraint_is_repaired_and_mapped(tmp_path: Path, article: Path, wrap: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    doc = {"geometry": BOW_TIE, "feature": {"type": "Feature", "properties": {}, "geometry": BOW_TIE},
           "collection": {"type": "FeatureCollection",
                          "features": [{"type": "Feature", "properties": {}, "geometry": BOW_TIE}]}}[wrap]
    c = _write(tmp_path, "bow.geojson", doc)
    out = tmp_path / "out.geojson"
    assert main(["map", str(article), "--constraint", str(c), "-o", str(out)]) == 0
    feats = [f for f in json.loads(out.read_text())["features"] if f["properties"]["role"] == "constraint"]
    assert len(feats) == 1 and shape(feats[0]["geometry"]).is_valid and _ccw(feats[0]["geometry"])


@pytest.mark.parametrize(("geom", "words"), [(TINY, "covers only"), (LAT_OUT, "latitude 95"),
                                              (LON_WIDE, "whole Earth"), (FLAT, "no area")])
def test_cli_a_constraint_that_cannot_be_a_region_exits_2_with_one_line(
        tmp_path: Path, article: Path, geom: dict, words: str, capsys: pytest.CaptureFixture[str]) -> None:
    c = _write(tmp_path, "bad.geojson", geom)
    out = tmp_path / "out.geojson"
    assert main(["map", str(article), "--constraint", str(c), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and str(c) in err, err
    assert not out.exists()


def test_cli_a_constraint_file_that_is_not_geojson_exits_2(tmp_path: Path, article: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    c = tmp_path / "bad.geojson"
    c.write_text("{not json")
    assert main(["map", str(article), "--constraint", str(c)]) == 2
    assert capsys.readouterr().err.startswith("error: the constraint file")
    assert main(["map", str(article), "--constraint", str(tmp_path / "missing.geojson")]) == 2
    assert "cannot read" in capsys.readouterr().err
