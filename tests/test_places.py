"""Places beyond towns: sites, regions, countries, targets and splashdowns, each an honest area with its level."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import shapely

from geo import places
from geo.evaluate import evaluate, kind_summary
from geo.export import to_geojson
from geo.pipeline import locate
from tests.cases import REPO

PLACES_CASES = Path(__file__).resolve().parent / "places_cases"


def test_every_place_row_has_a_source_an_extent_and_unique_names() -> None:
    rows = list(csv.DictReader(open(REPO / "data" / "places.csv", encoding="utf-8", newline="")))
    assert len(rows) >= 30
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["source"].strip() and float(r["radius_km"]) > 0, r["id"]
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180
    needed = {"dongfeng-landing-site", "siziwang-landing-site", "siziwang-banner", "utah-test-and-training-range",
              "dugway-proving-ground", "white-sands-space-harbor", "white-sands-missile-range",
              "woomera-prohibited-area", "soyuz-zone-zhezkazgan", "soyuz-zone-arkalyk", "baikonur-cosmodrome"}
    assert needed <= {r["id"] for r in rows}


@pytest.mark.parametrize("text, site", [
    ("The capsule touched down at the Dongfeng landing site on Sunday.", "dongfeng-landing-site"),
    ("神舟十三号返回舱在东风着陆场成功着陆。", "dongfeng-landing-site"),
    ("The capsule landed in Siziwang Banner in central Inner Mongolia.", "siziwang-banner"),
    ("The sample capsule landed on the Utah Test and Training Range.", "utah-test-and-training-range"),
])
def test_a_named_site_in_any_script_is_found(text: str, site: str) -> None:
    assert [m.site.id for m in places.find_mentions(text)] == [site]


def test_a_site_only_report_gets_a_coarse_estimate_that_says_so() -> None:
    est = locate("The Shenzhou capsule touched down at the Dongfeng landing site on Saturday.")
    assert est.status == "ok" and est.level == "site"
    assert "Coarse estimate" in est.message and "Dongfeng landing site" in est.message
    doc = to_geojson(est)
    assert doc["touchdown"]["level"] == "site"
    best = next(f for f in doc["features"] if f["properties"]["role"] == "best")
    assert best["properties"]["level"] == "site"
    assert best["properties"]["coordinateUncertaintyInMeters"] >= 100_000  # the site is 150 km in radius


def test_a_region_or_country_only_report_rests_on_that_area() -> None:
    est = locate("The Soyuz capsule landed in north-central Kazakhstan on Tuesday.", prior=False)
    assert est.status == "ok" and est.level == "region" and est.area_km2 > 100_000
    est = locate("The Soyuz capsule landed in the Kazakh steppe on Tuesday.", prior=False)
    assert est.level == "country" and est.area_km2 > 1_000_000


def test_with_the_prior_a_country_is_cut_to_the_landing_zones_and_keeps_them_whole() -> None:
    est = locate("The Soyuz capsule landed in the Kazakh steppe on Tuesday.")
    assert est.prior and est.level == "country"
    for z in ("soyuz-zone-zhezkazgan", "soyuz-zone-arkalyk"):
        site = next(s for s in places.sites() if s.id == z)
        assert est.geometry.covers(shapely.Point(site.lon, site.lat))


def test_a_launch_or_a_mere_mention_gives_no_coarse_estimate() -> None:
    for text in ("The crew launched from Baikonur on a Soyuz capsule.",
                 "The Dongfeng landing site is ready for the Shenzhou capsule's return next week.",
                 "The Soyuz capsule will land in central Kazakhstan on Friday."):
        assert locate(text).status == "nothing-to-map", text


def test_a_site_called_a_site_is_the_anchor_before_a_town_of_that_name() -> None:
    est = locate("The capsule landed 400 km from the Baikonur Cosmodrome.", prior=False)
    (r,) = [r for r in est.regions if r.role == "statement"]
    assert r.anchor.site_id == "baikonur-cosmodrome" and r.anchor.extent_km == 50.0


def test_off_the_coast_is_the_sea_within_reach_of_the_town() -> None:
    est = locate("The Crew Dragon splashed down off the coast of Pensacola, Florida.", prior=False)
    (r,) = [r for r in est.regions if r.role == "statement"]
    assert r.anchor.country == "US"
    from geo.boundaries import land

    assert r.geometry.intersection(land()).area < 1e-6 * r.geometry.area
    assert r.geometry.covers(shapely.Point(-87.52962, 29.79522))  # Demo-2, 69 km off Pensacola


def test_an_offset_from_the_target_uses_the_vehicles_nominal_area_and_never_the_prior() -> None:
    est = locate("The Soyuz TMA-11 capsule landed about 420 km off target after a ballistic descent.")
    (r,) = [r for r in est.regions if r.role == "statement"]
    assert r.anchor.site_id == "target" and not est.prior
    assert est.geometry.covers(shapely.Point(61.07, 50.5))  # where TMA-11 came down (west of the zones)


def test_the_places_cases_are_mapped_and_never_with_the_truth_outside() -> None:
    spec = json.loads((PLACES_CASES / "cases.json").read_text(encoding="utf-8"))
    assert len(spec["cases"]) >= 20
    assert {c["kind"] for c in spec["cases"]} == {"site", "region", "country", "target", "splashdown"}
    kinds = kind_summary(PLACES_CASES, evaluate(PLACES_CASES))
    assert all(k["wrong"] == 0 for k in kinds.values()), kinds
    assert sum(k["mapped"] for k in kinds.values()) >= 15


def test_short_of_the_target_is_uprange_along_the_ground_track() -> None:
    """A ballistic Soyuz that fell 420 km short lands north-west of the zone (TMA-11, 2008), not anywhere on a ring."""
    from geo import locate
    from geo.geodesy import bearing_deg

    short = locate("The Soyuz TMA-11 capsule landed 420 km short of its planned landing point.", "2008-04-19")
    ring = locate("The Soyuz TMA-11 capsule landed 420 km from its planned landing point.", "2008-04-19")
    (s,) = [r for r in short.regions if r.role == "statement"]
    (r,) = [r for r in ring.regions if r.role == "statement"]
    assert s.shape == "sector" and r.shape == "ring"
    assert s.area_km2 < r.area_km2 / 3
    assert "uprange" in s.explanation
    # TMA-11 was reported down at about 50°20′N 61°16′E (its Wikipedia infobox): inside, west-north-west of the zone
    assert s.geometry.contains(__import__("shapely").Point(61.27, 50.33))
    assert 220 < bearing_deg(s.anchor.lat, s.anchor.lon, 50.33, 61.27) < 320
