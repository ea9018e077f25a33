"""Tests for geo.boundaries and the shipped files in data/boundaries/ (real data, no network).

The points are real landing sites: Soyuz MS-21 (2022-09-29) and the town of Zhezkazgan, both
in today's Ulytau Region, which was part of Karaganda Region until 2022-06-08; the Shenzhou
landing zone near Siziwang in Inner Mongolia; Dugway in Utah (Stardust, Genesis, OSIRIS-REx).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pyproj import Geod
from shapely.geometry import Point, shape

from geo import boundaries
from geo.boundaries import PARTS, Area, countries, country_of, kazakhstan, kz_regions, lookup, part

DATA = Path(__file__).resolve().parents[1] / "data" / "boundaries"
SHIPPED = sorted(DATA.rglob("*.geojson"))

MS21 = Point(69.65, 47.3833)  # lon, lat
ZHEZKAZGAN = Point(67.70628, 47.79411)
SIZIWANG = Point(111.43111, 42.36611)
DUGWAY = Point(-113.52083, 40.365)


def _region_containing(pt: Point, as_of: date | None = None) -> str:
    hits = [a.name for a in kz_regions(as_of) if a.geometry.contains(pt)]
    assert len(hits) == 1, hits
    return hits[0]


def _polygons(geom: dict) -> list[list[list[list[float]]]]:
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    assert geom["type"] == "MultiPolygon", geom["type"]
    return geom["coordinates"]


def _signed_area(ring: list[list[float]]) -> float:
    """Shoelace area in lon/lat: positive for a counter-clockwise ring."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False)) / 2


# --- Kazakhstan, the 2022 split and the article's date -------------------------------------------


def test_ms21_site_and_zhezkazgan_are_in_ulytau_region_with_2022_borders():
    assert _region_containing(MS21) == "Ulytau Region"
    assert _region_containing(ZHEZKAZGAN) == "Ulytau Region"


def test_karaganda_region_in_2010_contains_ms21_site_and_zhezkazgan():
    area = lookup("Karaganda region", as_of=date(2010, 6, 2))
    assert area is not None and area.name == "Karaganda Region"
    assert area.geometry.contains(MS21) and area.geometry.contains(ZHEZKAZGAN)
    assert "Ulytau" in area.note


def test_karaganda_region_in_2023_excludes_ms21_site_and_zhezkazgan():
    area = lookup("Karaganda region", as_of=date(2023, 1, 1))
    assert area is not None
    assert not area.geometry.contains(MS21) and not area.geometry.contains(ZHEZKAZGAN)


def test_karaganda_region_without_date_has_todays_borders():
    assert not lookup("Karaganda region").geometry.contains(MS21)


def test_karaganda_region_in_2010_is_the_union_of_todays_karaganda_and_ulytau():
    old = lookup("Karaganda region", as_of=date(2010, 6, 2)).geometry
    today = lookup("Karaganda").geometry.union(lookup("Ulytau").geometry)
    assert old.symmetric_difference(today).area < 1e-6 * today.area


def test_kazakhstan_contains_ms21_site_and_zhezkazgan():
    kz = kazakhstan()
    assert kz.level == "country" and kz.country == "KZ"
    assert kz.geometry.contains(MS21) and kz.geometry.contains(ZHEZKAZGAN)


def test_kz_regions_are_20_today_17_before_2022_and_16_before_2018():
    assert len(kz_regions()) == 20
    assert len(kz_regions(date(2020, 1, 1))) == 17
    assert len(kz_regions(date(2010, 6, 2))) == 16


def test_kz_regions_before_2022_have_no_abai_jetisu_or_ulytau():
    names = {a.name for a in kz_regions(date(2010, 6, 2))}
    assert not names & {"Abai Region", "Jetisu Region", "Ulytau Region", "Shymkent"}
    assert "South Kazakhstan Region" in names


def test_south_kazakhstan_is_todays_turkistan_region_and_shymkent():
    area = lookup("South Kazakhstan")
    shymkent = Point(69.6, 42.32)
    assert area is not None and area.name == "South Kazakhstan Region"
    assert area.geometry.contains(shymkent)
    assert not lookup("Turkistan region").geometry.contains(shymkent)


# --- names as articles write them ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Kazakhstan",
        "Kasachstan",
        "Казахстан",
        "Казахстане",
        "w Kazachstanie",
        "Kazajistán",
        "Cazaquistão",
        "Kazakistan",
        "Kazakstan",
    ],
)
def test_lookup_finds_kazakhstan_in_any_language_and_case(name):
    area = lookup(name)
    assert area is not None and area.name == "Kazakhstan" and area.level == "country"


@pytest.mark.parametrize(
    "name",
    [
        "Karaganda",
        "Karaganda region",
        "Karaganda oblast",
        "Qaraghandy",
        "Карагандинская область",
        "Карагандинскую область",
        "Карагандинской области",
        "Қарағанды облысы",
        "obwodzie karagandyjskim",
        "the Karaganda Region",
    ],
)
def test_lookup_finds_karaganda_region_in_any_language_and_case(name):
    area = lookup(name)
    assert area is not None and area.name == "Karaganda Region" and area.country == "KZ"


def test_lookup_ulytau_contains_ms21_site():
    area = lookup("Ulytau")
    assert area is not None and area.name == "Ulytau Region" and area.geometry.contains(MS21)


@pytest.mark.parametrize(
    "name",
    [
        "Inner Mongolia",
        "Внутренней Монголии",
        "Mongolie-Intérieure",
        "Innere Mongolei",
        "Mongolia Wewnętrzna",
    ],
)
def test_lookup_inner_mongolia_contains_the_shenzhou_landing_zone(name):
    area = lookup(name)
    assert area is not None and area.name == "Inner Mongolia" and area.country == "CN"
    assert area.geometry.contains(SIZIWANG)


def test_lookup_utah_contains_dugway():
    area = lookup("Utah")
    assert area is not None and area.country == "US" and area.geometry.contains(DUGWAY)


@pytest.mark.parametrize(
    "name",
    ["Moscow", "steppe", "Kazakh steppe", "central", "Almaty", "Astana", "Jezkazgan", "Baikonur", "", "   "],
)
def test_lookup_returns_none_for_cities_descriptors_and_unknown_words(name):
    assert lookup(name) is None


def test_lookup_with_region_word_finds_the_region_named_like_a_city():
    area = lookup("Moscow region")
    assert area is not None and area.country == "RU" and area.level == "admin1"
    assert lookup("Moscow", region=True) == area


def test_lookup_almaty_region_is_the_region_not_the_city():
    area = lookup("Almaty region")
    assert area is not None and area.name == "Almaty Region"


def test_lookup_country_hint_resolves_an_ambiguous_name():
    assert lookup("Georgia").country == "GE"
    assert lookup("Georgia", country="US").country == "US"


def test_lookup_inflected_russian_prefers_the_longer_stem():
    assert lookup("Нигерии").name == "Nigeria"


def test_stored_admin1_name_index_was_made_by_this_normaliser():
    index = json.loads((DATA / "admin1" / "index.json").read_text(encoding="utf-8"))
    assert index["names"]["normaliser"] == boundaries.normaliser_fingerprint(), (
        "re-run scripts/build_boundaries.py"
    )


# --- parts of an area --------------------------------------------------------------------------------


def test_central_kazakhstan_contains_ms21_site():
    # Not tuned to the point: thirds of the area by equal-area bands put it in the middle cell.
    assert part(kazakhstan(), "central").geometry.contains(MS21)


@pytest.mark.parametrize("which", sorted(PARTS))
def test_every_part_of_kazakhstan_is_valid_nonempty_and_inside_it(which):
    kz = kazakhstan()
    p = part(kz, which)
    assert p.level == "part" and p.geometry.is_valid and not p.geometry.is_empty
    assert p.geometry.difference(kz.geometry).area < 1e-9
    assert p.name == f"{which} Kazakhstan"


@pytest.mark.parametrize("axis", [("northern", "southern"), ("eastern", "western")])
def test_bands_hold_a_third_of_the_ground_area_each(axis):
    geod = Geod(ellps="WGS84")
    kz = kazakhstan()
    total = abs(geod.geometry_area_perimeter(kz.geometry)[0])
    for which in axis:
        share = abs(geod.geometry_area_perimeter(part(kz, which).geometry)[0]) / total
        assert share == pytest.approx(1 / 3, abs=0.02), which


def test_northern_and_southern_parts_do_not_overlap():
    kz = kazakhstan()
    assert part(kz, "northern").geometry.intersection(part(kz, "southern").geometry).area == 0


def test_part_across_the_antimeridian_is_valid_and_nonempty():
    p = part(lookup("Russia"), "eastern")
    assert p.geometry.is_valid and not p.geometry.is_empty
    assert p.geometry.bounds[0] >= -180 and p.geometry.bounds[2] <= 180


def test_part_accepts_spelling_variants_of_the_keys():
    kz = kazakhstan()
    assert part(kz, "northeast").geometry.equals(part(kz, "north-eastern").geometry)


def test_part_rejects_unknown_keys():
    with pytest.raises(ValueError):
        part(kazakhstan(), "upper")


# --- countries, reverse look-up, basemap ---------------------------------------------------------------


@pytest.mark.parametrize("as_of", [None, date(2020, 1, 1), date(2010, 6, 2), date(1995, 1, 1)])
def test_every_kz_region_is_valid_and_nonempty(as_of):
    for area in kz_regions(as_of):
        assert isinstance(area, Area) and area.country == "KZ"
        assert area.geometry.is_valid and not area.geometry.is_empty, area.name


def test_every_country_is_valid_and_nonempty():
    areas = countries()
    assert len(areas) > 200
    for area in areas:
        assert area.geometry.is_valid and not area.geometry.is_empty, area.name


def test_country_of_landing_sites():
    assert country_of(47.3833, 69.65) == "KZ"
    assert country_of(42.36611, 111.43111) == "CN"
    assert country_of(40.365, -113.52083) == "US"


def test_country_of_a_point_at_sea_is_none():
    assert country_of(0.0, -30.0) is None


def test_basemap_kz_regions_has_the_20_units_and_fresh_dicts():
    fc = boundaries.basemap_geojson("kz_regions")
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 20
    fc["features"].clear()
    assert len(boundaries.basemap_geojson("kz_regions")["features"]) == 20


def test_basemap_rejects_unknown_kinds():
    with pytest.raises(ValueError):
        boundaries.basemap_geojson("rivers")


# --- the shipped files ------------------------------------------------------------------------------------


def test_shipped_boundary_files_exist_and_stay_small():
    assert {"kz_regions.geojson", "countries.geojson"} <= {p.name for p in SHIPPED}
    total = sum(p.stat().st_size for p in DATA.rglob("*") if p.is_file())
    assert total < 8_000_000


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(DATA)))
def test_shipped_geojson_is_rfc7946_lonlat_valid_and_counter_clockwise(path):
    fc = json.loads(path.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and fc["features"]
    for feat in fc["features"]:
        assert feat["type"] == "Feature"
        for poly in _polygons(feat["geometry"]):
            for k, ring in enumerate(poly):
                assert len(ring) >= 4 and ring[0] == ring[-1]
                assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)
                area = _signed_area(ring)
                assert (area > 0) if k == 0 else (area < 0), (feat.get("id"), k)
        geom = shape(feat["geometry"])
        assert geom.is_valid and not geom.is_empty, feat.get("id")


def test_lookup_still_works_when_the_stored_name_index_is_stale(monkeypatch):
    caches = (boundaries._admin1_index, boundaries._admin1_layer, boundaries._admin1_unit)
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(boundaries, "normaliser_fingerprint", lambda: "stale")
    try:
        assert boundaries._admin1_index()[2] is None
        assert lookup("Внутренней Монголии").geometry.contains(SIZIWANG)
    finally:
        for cached in caches:
            cached.cache_clear()
