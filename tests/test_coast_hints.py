""""Off the coast of <a state or country>": the sea along that coast, in the languages the press writes it.

US crew returns are mostly reported as "splashed down off the coast of Florida" (or "off Florida's Gulf coast",
"au large des côtes de la Floride", "vor der Küste Floridas", "у побережья Флориды"). Before, none of these
gave anything to map: the state is no town, and "off the coast of" is no locative. The honest area is the sea
within the recovery areas' reach of that coast (600 km: crewed Dragon within 150, Orion about 250 and cargo Dragon about 500 off Baja California);
every Dragon recovery zone off Florida of ``data/places.csv`` must lie inside it, and no land.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import shapely

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo import places, seas  # noqa: E402
from geo.extract.hints import find_hints  # noqa: E402
from geo.geodesy import destination, distance_km  # noqa: E402
from geo.pipeline import locate  # noqa: E402

FLORIDA_ZONES = ("dragon-splashdown-pensacola", "dragon-splashdown-panama-city", "dragon-splashdown-tallahassee",
                 "dragon-splashdown-tampa", "dragon-splashdown-cape-canaveral", "dragon-splashdown-daytona",
                 "dragon-splashdown-jacksonville")
ORLANDO = (28.54, -81.38)  # inland Florida
OFF_SAN_DIEGO = (32.6, -118.0)  # the Pacific off California: not off Florida

FLORIDA_SENTENCES = [
    "The Dragon capsule splashed down off the coast of Florida on Sunday evening.",
    "Crew Dragon splashed down off Florida's Gulf coast early on Tuesday.",
    "La capsule a amerri au large des côtes de la Floride.",
    "La cápsula amerizó frente a las costas de Florida.",
    "Die Kapsel wasserte vor der Küste Floridas.",
    "Капсула приводнилась у побережья Флориды.",
    "A cápsula amerissou ao largo da costa da Flórida.",
]


def _zone(site_id: str) -> places.Site:
    return next(s for s in places.sites() if s.id == site_id)


@pytest.mark.parametrize("text", FLORIDA_SENTENCES)
def test_off_the_coast_of_a_state_is_the_sea_along_it(text: str) -> None:
    est = locate(text, prior=False)
    assert est.status == "ok", est.message
    assert "sea off the coast" in est.message
    for site_id in FLORIDA_ZONES:
        zone = _zone(site_id)
        assert est.geometry.contains(shapely.Point(zone.lon, zone.lat)), site_id
    assert not est.geometry.contains(shapely.Point(ORLANDO[1], ORLANDO[0]))
    # Florida's coast, not the whole United States' (a state's name once resolved to the US: 5 million km²
    # with the best point in the Bering Sea)
    assert not est.geometry.contains(shapely.Point(OFF_SAN_DIEGO[1], OFF_SAN_DIEGO[0]))
    assert est.area_km2 < 3_000_000
    assert distance_km(*est.best, _zone("dragon-splashdown-tampa").lat, _zone("dragon-splashdown-tampa").lon) < 700


def _off_canaveral(km: float) -> shapely.Point:
    zone = _zone("dragon-splashdown-cape-canaveral")
    lat, lon = destination(zone.lat, zone.lon, 90.0, km)
    return shapely.Point(lon, lat)


def test_a_written_distance_off_the_coast_is_a_band_about_it() -> None:
    near = locate("The capsule splashed down off the Florida coast.", prior=False)
    far = locate("The capsule splashed down about 320 km off the Florida coast.", prior=False)
    assert far.status == "ok", far.message
    assert far.geometry.contains(_off_canaveral(300.0))
    assert near.geometry.contains(_off_canaveral(60.0))
    assert not far.geometry.contains(_off_canaveral(60.0))  # far nearer than the distance written
    assert not near.geometry.contains(_off_canaveral(750.0))  # "off the coast" alone reaches 600 km


@pytest.mark.parametrize("text", [
    "La cápsula amerizó a 320 kilómetros de la costa de Florida.",
    "A cápsula pousou a 320 km da costa da Flórida.",
    "The capsule splashed down 200 miles from the coast of Florida.",
])
def test_a_distance_from_the_coast(text: str) -> None:
    est = locate(text, prior=False)
    assert est.status == "ok", est.message
    assert est.geometry.contains(_off_canaveral(300.0))


def test_thousands_in_a_distance_off_the_coast() -> None:
    (h,) = find_hints("A cápsula pousou a 1.200 km da costa mexicana de Sonora.")
    assert (h.kind, h.area, h.reach_km) == ("coast", "Sonora", 1200.0)


def test_a_compass_coast_in_german() -> None:
    est = locate("Die Kapsel ist vor der Westküste Floridas gewassert.", prior=False)
    assert est.status == "ok", est.message
    zone = _zone("dragon-splashdown-tampa")
    assert est.geometry.contains(shapely.Point(zone.lon, zone.lat))


def test_the_vehicle_decides_which_georgia() -> None:
    """Georgia is a country and a US state; a Dragon comes down off the United States."""
    est = locate("The SpaceX Dragon capsule splashed down roughly 300 nautical miles off the coast of Georgia.",
                 prior=False)
    assert est.status == "ok", est.message
    assert -82.0 < est.best[1] < -70.0 and 27.0 < est.best[0] < 36.0  # the Atlantic off the US state


def test_a_planned_splashdown_off_a_coast_is_no_estimate() -> None:
    est = locate("The Dragon capsule will splash down off the coast of Florida on Friday.", prior=False)
    assert est.status == "nothing-to-map"


def test_off_a_coastal_town_stays_a_statement_of_that_town() -> None:
    est = locate("The capsule splashed down off the coast of Tallahassee.", prior=False)
    assert [s.kind for s in est.reading.statements] == ["near"]
    assert not [h for h in est.reading.hints if h.kind == "coast"]


def test_coast_hint_reads_the_possessive_and_the_distance() -> None:
    (h,) = find_hints("Crew Dragon splashed down 40 miles off Florida's Atlantic coast.")
    assert (h.kind, h.area) == ("coast", "Florida")
    assert h.reach_km == pytest.approx(40 * 1.609344)


def test_coastal_sea_is_never_narrower_than_its_reach() -> None:
    """Points at sea just inside the reach from the outline are inside; points well beyond are not."""
    area = shapely.box(-10.0, 40.0, -5.0, 44.0)  # a box whose west side faces the open Atlantic
    reach = 150.0
    sea = seas.coastal_sea(area, reach)
    assert sea is not None
    for lat in (40.5, 42.0, 43.5):
        lat_in, lon_in = destination(lat, -10.0, 270.0, reach * 0.99)
        assert sea.contains(shapely.Point(lon_in, lat_in)), lat
        lat_out, lon_out = destination(lat, -10.0, 270.0, reach * 1.3)
        assert not sea.contains(shapely.Point(lon_out, lat_out)), lat
        assert distance_km(lat, -10.0, lat_in, lon_in) == pytest.approx(reach * 0.99, rel=1e-6)
