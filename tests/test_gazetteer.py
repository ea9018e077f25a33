"""Names in any script, spelling or case ending -> the right GeoNames place (geo.gazetteer)."""

from __future__ import annotations

import pytest

from geo.gazetteer import default
from tests.cases import all_cases

ZHEZKAZGAN = 1516589


@pytest.mark.parametrize(
    "name",
    ["Jezkazgan", "Zhezkazgan", "Dzhezkazgan", "Жезказган", "Жезказгана", "Jezqazğan", "Sheskasgan",
     "Scheskasgan", "Dscheskasgan", "Jeskagan", "Jazakazgan", "Żezkazgan", "Dżezkazganu"],
)
def test_every_spelling_of_zhezkazgan_resolves_to_it(name: str) -> None:
    place = default().resolve(name, ("KZ",))
    assert place is not None and place.geonameid == ZHEZKAZGAN


@pytest.mark.parametrize(
    ("c", "exp"),
    [(c, e) for c in all_cases() for e in c["statements"] if e.get("geonameid")],
    ids=lambda x: x["id"] if "id" in x else x["anchor"],
)
def test_every_named_anchor_of_the_cases_resolves_to_its_geonameid(c: dict, exp: dict) -> None:
    place = default().resolve(exp["anchor"])
    assert place is not None and place.geonameid == exp["geonameid"]


def test_each_answer_says_how_it_matched() -> None:
    g = default()
    assert g.resolve("Zhezkazgan").match == "exact"
    assert g.resolve("Жезказгана").match == "inflected"
    assert g.resolve("Scheskasgan").match == "skeleton"
    assert g.resolve("Jazakazgan", ("KZ",)).match == "fuzzy"


@pytest.mark.parametrize("word", ["Steppe", "Kilometer", "Capsule", "Roscosmos", "Station"])
def test_common_words_are_not_towns(word: str) -> None:
    assert default().resolve(word, ("KZ",)) is None


def test_a_fuzzy_match_to_a_small_town_needs_its_country_in_the_article() -> None:
    g = default()
    assert g.resolve("Arkalayk", ("KZ",)).geonameid == 1526193
    assert g.resolve("Arkalayk", ("US",)) is None


def test_country_context_breaks_ties() -> None:
    assert default().resolve("Arkalyk", ("KZ",)).country == "KZ"


def test_the_nearest_rival_town_bounds_near() -> None:
    g = default()
    torghay = g.place(1518062)
    assert 150 < g.nearest_rival_km(torghay) < 400
