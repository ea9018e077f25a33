"""Direct tests of small core modules that were only tested through the whole pipeline before."""

from __future__ import annotations

import pytest
from shapely.geometry import shape

from geo import locate, to_geojson
from geo.export import csv_cell
from geo.extract.coordinates import find_coordinates
from geo.extract.hints import find_hints
from geo.extract.numbers import ends_with_number_word, words_to_number
from geo.extract.statements import parse_number

# ── numbers ─────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(("written", "value"), [
    ("1,600", 1600.0), ("1 600", 1600.0), ("1.600", 1600.0), ("10,5", 10.5), ("2.88", 2.88), ("150", 150.0),
])
def test_numbers_as_the_press_writes_them(written: str, value: float) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize(("words", "value"), [
    ("a hundred and fifty", 150.0), ("ста пятидесяти", 150.0), ("hundertfünfzig", 150.0), ("sto pięćdziesiąt", 150.0),
])
def test_numbers_in_words(words: str, value: float) -> None:
    assert words_to_number(words) == value


def test_a_word_that_is_no_number() -> None:
    assert words_to_number("landed") is None
    assert ends_with_number_word("about a hundred ") and not ends_with_number_word("km km ")


# ── coordinates ─────────────────────────────────────────────────────────────────────────


def test_decimal_coordinates_with_hemispheres() -> None:
    (c,) = find_coordinates("The capsule landed at 47.35 N, 69.59 E in Kazakhstan.")
    assert (c.lat, c.lon, c.precision_deg) == (47.35, 69.59, 0.01)


def test_southern_and_western_hemispheres_are_negative() -> None:
    (c,) = find_coordinates("Splashdown at 13.32 S, 169.15 W in the Pacific.")
    assert c.lat == pytest.approx(-13.32) and c.lon == pytest.approx(-169.15)


# ── hints ───────────────────────────────────────────────────────────────────────────────


def test_a_part_of_a_named_area() -> None:
    (h,) = find_hints("The capsule landed in central Kazakhstan.")
    assert (h.area, h.part, h.text) == ("Kazakhstan", "central", "central Kazakhstan")


def test_a_sea_named_after_a_country_is_no_hint_of_the_country() -> None:
    assert find_hints("The capsule splashed down in the Gulf of Mexico.") == []


def test_hints_only_in_sentences_about_the_landing() -> None:
    assert find_hints("The crew trained in Russia. The weather was fine.") == []


# ── export ──────────────────────────────────────────────────────────────────────────────


def test_geojson_is_rfc_7946() -> None:
    doc = to_geojson(locate("The Soyuz capsule landed 147 km southeast of Zhezkazgan.", "2023-09-27"))
    assert doc["type"] == "FeatureCollection"
    roles = [f["properties"]["role"] for f in doc["features"]]
    assert roles.count("estimate") == 1 and "statement" in roles and "anchor" in roles
    for f in doc["features"]:
        g = f["geometry"]
        if g is None:
            continue
        geom = shape(g)
        assert geom.is_valid
        if g["type"] == "Polygon":  # the right-hand rule: exterior counter-clockwise
            assert geom.exterior.is_ccw
        for lon, lat in (geom.exterior.coords if g["type"] == "Polygon" else [geom.coords[0]] if g["type"] == "Point"
                         else []):
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert doc["touchdown"]["level"] == "statement"


@pytest.mark.parametrize(("cell", "safe"), [
    ("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1", "'+1"), ("@x", "'@x"), ("-2+3", "'-2+3"), ("plain", "plain"),
    (-63.2, -63.2), (None, None),
])
def test_csv_cells_cannot_be_formulas(cell: object, safe: object) -> None:
    assert csv_cell(cell) == safe


def test_a_timetable_of_clock_times_is_read_only_up_to_its_first_mentions() -> None:
    from geo.extract.times import MAX_TIME_MENTIONS, find_times

    text = "The capsule landed " + "at 10:47 p.m. EDT on Monday, June 24 " * (MAX_TIME_MENTIONS * 3)
    found = find_times(text)
    assert len(found) == MAX_TIME_MENTIONS
    assert found[0].span[0] < found[-1].span[0] < len(text) // 2  # the first ones, in reading order
