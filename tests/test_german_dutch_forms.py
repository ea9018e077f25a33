"""German and Dutch ways of saying where a capsule came down that the reader missed, in our own words.

- A separable verb in the past: the particle closes the clause, far from the finite verb ("Die Kapsel setzte
  ... in Kasachstan auf", "ging ... nieder"). No single past form holds both, so a region named in such a
  sentence gave no estimate.
- A compass part glued to the country's name ("in Zentralkasachstan", "in Nordkasachstan", Dutch
  "Centraal-Kazachstan"). "Nordkasachstan" is also the German name of North Kazakhstan Region; the press uses
  it for the north of the country, and the north holds that region, so the part of the country is the reading
  that is never too small. A word that is a country's own name ("Nordkorea") stays that country.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo import boundaries  # noqa: E402
from geo.extract.hints import compound_part  # noqa: E402
from geo.extract.tense import reports_past_landing  # noqa: E402
from geo.geodesy import area_km2  # noqa: E402
from geo.pipeline import locate  # noqa: E402
from tests.cases import holds  # noqa: E402

NEAR_ZHEZKAZGAN = (47.36, 69.59)  # where Soyuz capsules come down, south-east of Zhezkazgan
PETROPAVL = (54.87, 69.15)  # in North Kazakhstan Region
PYONGYANG = (39.03, 125.75)


@pytest.mark.parametrize("text", [
    "Die Kapsel setzte sanft in Kasachstan auf.",
    "Die Landekapsel setzte am Mittwoch um 10:57 Uhr in der kasachischen Steppe auf.",
    "Die Sojus-Kapsel schlug hart in Kasachstan auf, die Crew blieb unverletzt.",
])
def test_a_separable_verb_reports_the_landing(text: str) -> None:
    est = locate(text, prior=False)
    assert est.status == "ok", est.message
    assert holds(est.geometry, NEAR_ZHEZKAZGAN)


@pytest.mark.parametrize("text", [
    "Die Behörde setzte auf eine Landung in Kasachstan.",
    "Die Sojus-Kapsel soll in Kasachstan aufsetzen.",
])
def test_no_landing_without_the_separable_frame(text: str) -> None:
    assert locate(text, prior=False).status == "nothing-to-map"


def test_the_particle_must_close_the_clause() -> None:
    assert reports_past_landing("Die Kapsel ging in der Steppe nieder.")
    assert not reports_past_landing("Die Mannschaft ging auf die Suche nach der Kapsel.")


@pytest.mark.parametrize("text", [
    "Die Landekapsel ging in Zentralkasachstan nieder.",
    "De capsule landde in Centraal-Kazachstan.",
])
def test_a_compass_part_glued_to_the_country_is_that_part(text: str) -> None:
    est = locate(text, prior=False)
    kz = boundaries.lookup("Kazakhstan")
    assert est.status == "ok", est.message
    assert holds(est.geometry, NEAR_ZHEZKAZGAN)
    assert est.area_km2 < 0.8 * area_km2(kz.geometry)  # a part, not the whole country
    assert est.geometry.difference(kz.geometry.buffer(0.01)).area < 1e-6


def test_north_kazakhstan_is_the_north_holding_the_region_of_that_name() -> None:
    est = locate("Die Kapsel landete in Nordkasachstan.", prior=False)
    region = boundaries.lookup("North Kazakhstan Region")
    assert est.status == "ok", est.message
    assert holds(est.geometry, PETROPAVL)
    assert region.geometry.difference(est.geometry.buffer(0.01)).area < 1e-6  # the whole region is inside


def test_a_country_named_with_a_compass_word_stays_that_country() -> None:
    est = locate("Die Kapsel landete in Nordkorea.", prior=False)
    assert est.status == "ok", est.message
    assert holds(est.geometry, PYONGYANG)
    assert compound_part("Nordkorea") == ("northern", "Korea")  # the split is offered; the boundaries refuse it
