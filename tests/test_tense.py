"""Announced landings are not landings: the whole sentence is read, whatever the word order."""

from __future__ import annotations

import pytest

from geo import locate
from geo.extract import read
from geo.extract.tense import announces_landing

ANNOUNCED = [
    "Die Crew von Sojus MS-12 soll nächste Woche etwa 220 Kilometer östlich der Stadt Schesqasghan landen.",
    "Die Kapsel wird am Freitag rund 150 km südöstlich von Dscheskasgan landen, teilte Roskosmos mit.",
    "È previsto che l'equipaggio di Sojuz MS-15 atterri la prossima settimana a circa 90 chilometri a est di "
    "Dzhezkazgan.",
    "La capsula dovrebbe atterrare domani a 150 km a sud-est di Dzhezkazgan.",
    "The crew is scheduled to land next Tuesday about 150 km southeast of Zhezkazgan.",
    "The capsule will, weather permitting, land some 150 km south-east of Zhezkazgan.",
    "L'équipage devrait se poser jeudi à 150 km au sud-est de Djezkazgan.",
    "Экипаж должен приземлиться в 150 км юго-восточнее Жезказгана.",
    "La cápsula aterrizará el jueves a unos 150 km al sureste de Zhezkazgan.",
    "A cápsula deverá pousar a 150 km a sudeste de Zhezkazgan.",
    "Kapsuła ma wylądować około 150 km na południowy wschód od Dżezkazganu.",
]

REPORTED = [
    "The capsule landed 148 km southeast of Zhezkazgan, as planned.",
    "Die Kapsel soll rund 150 Kilometer südöstlich von Dscheskasgan gelandet sein.",  # reported speech
    "Die Landekapsel landete 148 Kilometer südöstlich der Stadt Dscheskasgan.",
    "La capsula è atterrata a 148 km a sud-est di Dzhezkazgan.",
    "La capsule a atterri à 148 km au sud-est de Djezkazgan.",
    "Спускаемый аппарат приземлился в 148 км юго-восточнее Жезказгана.",
    "The crew will be flown to Karaganda; their capsule came down 150 km southeast of Zhezkazgan.",
    "Rescue teams will reach the landing site 150 km southeast of Zhezkazgan within an hour.",
]


@pytest.mark.parametrize("sentence", ANNOUNCED)
def test_an_announced_landing_is_recognised_and_not_mapped(sentence: str) -> None:
    assert announces_landing(sentence)
    assert read(sentence).statements == ()
    assert locate(sentence).status == "nothing-to-map"


@pytest.mark.parametrize("sentence", REPORTED)
def test_a_reported_landing_is_not_mistaken_for_an_announcement(sentence: str) -> None:
    assert not announces_landing(sentence)


@pytest.mark.parametrize("sentence", REPORTED[:6])
def test_reported_landings_still_give_their_statement(sentence: str) -> None:
    (s,) = read(sentence).statements
    assert s.distance in (148, 150)


def test_the_announcement_of_the_next_crew_does_not_cancel_this_landing() -> None:
    text = ("The Soyuz capsule landed 148 km southeast of Zhezkazgan on Tuesday. "
            "The next crew will land in March about 100 km north of Arkalyk.")
    statements = read(text).statements
    assert [s.distance for s in statements] == [148]


def test_an_announced_region_is_not_a_hint() -> None:
    assert read("The capsule will land in central Kazakhstan next week.").hints == ()
    assert read("The capsule landed in central Kazakhstan.").hints != ()
