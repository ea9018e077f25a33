"""The whole engine on the developer cases: geo.locate, GeoJSON export, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from geojson_validator import validate_structure
from shapely.geometry import Point, shape

import geo
from geo import export
from tests.cases import CASES_DIR, REPO, SEED, all_cases, case

LOCATED = [c for c in all_cases() if c["truth"]]


def test_locate_maps_the_seed_around_the_true_ms21_point() -> None:
    est = geo.locate(SEED.read_text(encoding="utf-8"), exclude_mission="Soyuz MS-21")
    assert est.status == "ok"
    assert est.geometry.contains(Point(69.65, 47.3833))
    assert est.landing_time.utc is None and est.landing_time.time_utc.strftime("%H:%M") == "10:57"


def test_the_publication_date_completes_the_landing_time() -> None:
    est = geo.locate(SEED.read_text(encoding="utf-8"), "2022-09-29")
    assert est.landing_time.utc.strftime("%Y-%m-%dT%H:%M") == "2022-09-29T10:57"


def test_a_launch_report_is_nothing_to_map() -> None:
    est = geo.locate(case("launch-no-landing-en")["text"])
    assert est.status == "nothing-to-map" and est.geometry is None and est.best is None


@pytest.mark.parametrize("c", LOCATED, ids=lambda c: c["id"])
def test_every_case_exports_valid_rfc7946_geojson(c: dict) -> None:
    doc = export.to_geojson(geo.locate(c["text"], c["published"]))
    assert validate_structure(doc, check_crs=False) == {}
    for f in doc["features"]:
        g = shape(f["geometry"])
        assert g.is_valid, f["properties"]["role"]
        if g.geom_type in ("Polygon", "MultiPolygon"):
            for poly in getattr(g, "geoms", [g]):
                assert poly.exterior.is_ccw  # right-hand rule
                for x, y in poly.exterior.coords:
                    assert -180 <= x <= 180 and -90 <= y <= 90
    roles = {f["properties"]["role"] for f in doc["features"]}
    assert {"statement", "anchor", "estimate", "best"} <= roles


def test_the_geojson_follows_the_output_contract() -> None:
    doc = export.to_geojson(geo.locate(case("ms06-en")["text"], "2018-02-28"))
    td = doc["touchdown"]
    assert td["status"] == "ok" and td["landed_at_utc"] == "2018-02-28T02:31:00Z"
    assert set(td["article"]) == {"title", "published", "sha256"}
    st = next(f["properties"] for f in doc["features"] if f["properties"]["role"] == "statement")
    assert st["anchor"]["geonameid"] == 1516589 and st["shape"] == "sector"
    assert st["distance_km"]["min"] < 146 < st["distance_km"]["max"]
    best = next(f["properties"] for f in doc["features"] if f["properties"]["role"] == "best")
    assert best["geodeticDatum"] == "EPSG:4326" and best["coordinateUncertaintyInMeters"] > 0


def test_the_prior_is_switchable_and_says_whether_it_was_used() -> None:
    text = case("tma15m-en")["text"]
    on = geo.locate(text, exclude_mission="Soyuz TMA-15M")
    off = geo.locate(text, prior=False)
    assert on.prior is True and off.prior is False
    assert on.area_km2 < off.area_km2
    assert off.geometry.contains(Point(69.7553, 47.331)) and on.geometry.contains(Point(69.7553, 47.331))


def test_a_correction_remaps_the_statement() -> None:
    text = case("ms06-en")["text"]
    est = geo.locate(text, corrections={0: {"distance": 300, "direction": "N"}}, prior=False)
    r = next(r for r in est.regions if r.role == "statement")
    assert r.distance_km[0] == 300 and r.statement.direction == "N"


def test_contradicting_statements_are_reported_as_a_conflict() -> None:
    text = "The capsule landed 100 km north of Arkalyk. Officials said the capsule landed 100 km south of Arkalyk."
    est = geo.locate(text, prior=False)
    assert est.status == "conflict" and est.conflicts == ((0, 1),)
    assert "conflict" in est.message


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120)


def test_regions_that_only_touch_are_a_conflict_not_an_empty_estimate() -> None:
    # Found by bench/fuzz.py: "up to 154 km north" and "0.0 mi west-southwest" of the same town meet only at
    # the town's centre; their "intersection" was a floating-point sliver exported as an empty polygon.
    from tests.fuzz_strategies import check_geojson

    text = ("The crew came down knapp 153,891 m north of the town of Zhezqazghan at 10:57 GMT. "
            "The capsule splashed down 0.0mi west-southwest of Zhezqazghan at 10:57 GMT.")
    est = geo.locate(text)
    assert est.status == "conflict" and est.conflicts
    assert est.area_km2 > 1
    doc = json.loads(export.dumps(est))
    check_geojson(doc)
    (estimate,) = [f for f in doc["features"] if f["properties"]["role"] == "estimate"]
    assert shape(estimate["geometry"]).area > 0


def test_cli_map_writes_the_feature_collection_and_a_summary(tmp_path) -> None:
    out = tmp_path / "out.geojson"
    r = _cli("map", str(SEED), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "Zhezqazghan" in r.stdout and "km²" in r.stdout
    doc = json.loads(out.read_text(encoding="utf-8"))
    est = next(f for f in doc["features"] if f["properties"]["role"] == "estimate")
    assert shape(est["geometry"]).contains(Point(69.65, 47.3833))


def test_cli_exit_3_and_a_nothing_to_map_collection_for_a_launch_report(tmp_path) -> None:
    out = tmp_path / "n.geojson"
    r = _cli("map", str(CASES_DIR / "launch-no-landing-en.txt"),
             "-o", str(out))
    assert r.returncode == 3
    assert json.loads(out.read_text(encoding="utf-8"))["touchdown"]["status"] == "nothing-to-map"


@pytest.mark.parametrize("content", [b"", b"   \n\t ", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"\x00\x01\x02\x03" * 100])
def test_cli_exit_2_with_a_message_on_unusable_input(tmp_path, content: bytes) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    r = _cli("map", str(f))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and r.stderr.startswith("error:")


def test_cli_eval_meets_the_reading_targets_on_the_developer_cases() -> None:
    r = _cli("eval", str(CASES_DIR), "--json")
    assert r.returncode == 0, r.stderr
    totals = json.loads(r.stdout)
    assert totals["statements"]["precision"] >= 0.95 and totals["statements"]["recall"] >= 0.95
    assert totals["time"]["within_2_min"] == totals["time"]["cases"]
    assert totals["nothing_to_map"]["correct"] == totals["nothing_to_map"]["cases"]
