"""Seas: named sea areas from data/seas.geojson, directions from a place at sea, and the sea off a coast."""

from __future__ import annotations

import json

import shapely

from geo import seas
from geo.pipeline import locate
from tests.cases import REPO

DEMO2 = shapely.Point(-87.52962, 29.79522)  # spacefacts, Crew Dragon Demo-2
APOLLO13 = shapely.Point(-165.36167, -21.64)  # en.wikipedia, Apollo 13


def test_the_seas_file_has_its_seas_with_names_in_every_language_read() -> None:
    fc = json.loads((REPO / "data" / "seas.geojson").read_text(encoding="utf-8"))
    ids = {f["properties"]["id"] for f in fc["features"]}
    assert {"pacific", "atlantic", "indian", "gulf-of-mexico", "caribbean", "mediterranean", "black-sea", "caspian",
            "baltic", "north-sea", "sea-of-okhotsk", "bering-sea", "gulf-of-california", "tasman-sea", "coral-sea",
            "philippine-sea", "barents-sea", "kara-sea"} <= ids
    langs = set(next(f for f in fc["features"] if f["properties"]["id"] == "pacific")["properties"]["names"])
    assert {"en", "ru", "de", "fr", "es", "it", "pt", "pl", "nl", "ro", "cs", "lt", "uk", "kk", "tr", "ar", "zh",
            "ja"} <= langs
    for s in seas.seas():
        assert s.geometry.is_valid and not s.geometry.is_empty, s.id


def test_a_sea_is_found_in_any_language_and_inflection() -> None:
    for text, sea in [("splashed down in the Gulf of Mexico", "gulf-of-mexico"),
                      ("приводнился в Тихом океане", "pacific"), ("im Golf von Mexiko gewassert", "gulf-of-mexico"),
                      ("dans le Pacifique Sud", "south-pacific"), ("墨西哥湾", "gulf-of-mexico")]:
        assert [m.sea.id for m in seas.find_sea_mentions(text)] == [sea], text
    assert seas.find_sea_mentions("It landed at 9:40 a.m. Pacific time.") == []
    assert seas.sea_area("gulf-of-mexico").covers(DEMO2)


def test_a_past_splashdown_in_a_named_sea_is_a_coarse_estimate_that_says_so() -> None:
    est = locate("The Crew Dragon splashed down in the Gulf of Mexico on Sunday.")
    assert est.status == "ok" and est.level == "region" and "the sea named" in est.message
    assert est.geometry.covers(DEMO2)
    est = locate("Капсула приводнилась в Мексиканском заливе.")
    assert est.status == "ok" and est.geometry.covers(DEMO2)


def test_a_sea_merely_mentioned_or_a_planned_splashdown_is_nothing_to_map() -> None:
    for text in ("The capsule will splash down in the Gulf of Mexico next week.",
                 "The original Atlantic sites were ruled out by the storm."):
        assert locate(text).status == "nothing-to-map", text


def test_a_direction_from_a_place_cuts_the_sea_geodesically_and_keeps_the_truth() -> None:
    est = locate("The Apollo 13 spacecraft splashed down in the South Pacific southeast of American Samoa.")
    assert est.status == "ok" and est.geometry.covers(APOLLO13)
    whole = seas.sea_area("south-pacific")
    assert est.area_km2 < 0.5 * seas.area_km2(whole)
    est = locate("Orion splashed down in the Pacific west of Baja California on Sunday.")
    assert est.geometry.covers(shapely.Point(-118.3, 29.0))  # near Guadalupe Island
    assert not est.geometry.covers(shapely.Point(-112.0, 27.5))  # the Gulf of California is east of it


def test_n_miles_off_a_coastal_town_is_at_sea() -> None:
    from geo.boundaries import land

    est = locate("The capsule splashed down about 40 miles off Jacksonville, Florida.", prior=False)
    (r,) = [r for r in est.regions if r.role == "statement"]
    assert r.geometry.intersection(land()).area < 1e-6 * r.geometry.area
    est = locate("The Soyuz capsule landed about 420 km off target after a ballistic descent.")
    assert est.geometry.covers(shapely.Point(61.07, 50.5))  # "off target" is no coast
