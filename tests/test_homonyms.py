"""A town name that two countries share is weighed by the text's own evidence, or refused with the reason."""

from __future__ import annotations

import pytest

from geo import locate
from geo.extract.countries import countries_named
from geo.gazetteer import default
from geo.places import landing_countries

PANAMA_CITY_FL = 4167694
PANAMA_CITY_PA = 3703443


def _anchors(text: str) -> list[tuple[str, int]]:
    est = locate(text, prior=False)
    return [(r.anchor.country, r.anchor.geonameid) for r in est.regions if r.anchor is not None]


def test_a_close_homonym_abroad_is_refused_without_context() -> None:
    chosen, ranked, why = default().explain("Panama City")
    assert chosen is None
    assert {p.country for p, _ in ranked[:2]} == {"PA", "US"}
    assert "Refused" in why and "neither country" in why


def test_the_country_in_context_takes_its_town() -> None:
    assert default().resolve("Panama City", ("US",)).geonameid == PANAMA_CITY_FL
    assert default().resolve("Panama City", ("PA",)).geonameid == PANAMA_CITY_PA


@pytest.mark.parametrize("name", ["Moscow", "Paris", "London", "Zhezkazgan", "Arkalyk", "Houston"])
def test_a_far_smaller_namesake_is_no_rival(name: str) -> None:
    # Moscow, Idaho has a four-hundredth of Moscow's people: the text need not say which.
    assert default().resolve(name) is not None


def test_unplaced_homonym_says_why_in_the_message() -> None:
    est = locate("The capsule splashed down 40 km south of Panama City.", prior=False)
    assert est.status == "nothing-to-map"
    assert "Panama City" in est.message and "Panama" in est.message and "United States" in est.message
    assert len(est.reading.statements) == 1  # kept, so the reader can correct it


@pytest.mark.parametrize("text", [
    "The capsule splashed down 40 km south of Panama City, Florida.",
    "Florida: the capsule splashed down 40 km south of Panama City.",
    "The Crew Dragon capsule splashed down 40 km south of Panama City.",
])
def test_evidence_in_the_text_picks_the_florida_town(text: str) -> None:
    assert _anchors(text) == [("US", PANAMA_CITY_FL)]


def test_a_soyuz_report_weighs_kazakh_towns() -> None:
    assert landing_countries("The Soyuz MS-25 descent module landed near Aksu.") == ("KZ",)
    assert landing_countries("La cápsula Orión amerizó.") == ("US",)
    assert landing_countries("Nothing about vehicles.") == ()


def test_countries_named_are_names_not_parts_of_longer_names() -> None:
    assert countries_named("It came down near Panama City in Florida.") == ("US",)
    assert countries_named("It landed in New Mexico, not in Mexico.") == ("MX",)
    assert countries_named("The Russian crew landed in Kazakhstan.") == ("KZ",)


def test_first_words_of_a_region_name_are_no_town() -> None:
    # "Baja" alone is a GeoNames alternate name of a hamlet in the US; "Baja California" is a Mexican state.
    est = locate("The Orion capsule splashed down off the coast of Baja California.", prior=False)
    assert all(r.anchor is None or r.anchor.country != "US" for r in est.regions)
