"""A clock time written with a decimal comma ("21,40 (ora italiana)", "10,57 Uhr"), as Italian, German and
Polish papers sometimes print it, in our own words; a number with a comma and no clock label stays a number."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from geo.extract.times import find_times  # noqa: E402
from tests.cases import landing_utc  # noqa: E402


@pytest.mark.parametrize(("text", "utc"), [
    ("ROMA, 12 aprile 2024 - La capsula è atterrata alle 21,40 (ora italiana) nella steppa kazaka.", "19:40"),
    ("MOSCA, 3 dicembre 2024 - La Soyuz ha toccato terra alle 10,57 ora di Mosca.", "07:57"),
    ("Berlin, 3. Dezember 2024 - Die Kapsel landete um 10,57 Uhr MEZ in Kasachstan.", "09:57"),
])
def test_a_labelled_clock_with_a_decimal_comma_is_the_landing_time(text: str, utc: str) -> None:
    assert landing_utc(text) == utc


@pytest.mark.parametrize("text", [
    "La capsula è atterrata a 12,45 km dalla città.",
    "Il programma è costato 1,200 miliardi; la capsula è atterrata nella steppa.",
    "La capsula è atterrata alle 21,40 nella steppa.",  # no label: could be a number, so not a time
])
def test_a_comma_number_without_a_clock_label_is_no_time(text: str) -> None:
    assert not [m for m in find_times(text) if "," in text[m.span[0]:m.span[1]]]
