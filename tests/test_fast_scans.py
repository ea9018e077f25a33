"""The fast scans give what the plain scans they replace give, on any text.

Three whole-text scans were made cheaper by trying the expensive pattern only where it can match
(``coordinates._components``, ``seas._matches``, ``textio.scrub``). Each claims identical output; these
tests hold the claim against the plain form (the pattern over the whole text) on hand-made edge cases and on
random text built from the pieces the patterns care about, so a later change to a pattern that breaks the
reasoning behind a fast scan fails here, not silently in an estimate.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import seas
from geo.extract import coordinates
from geo.textio import _UNWANTED, scrub


def _plain_components(text: str) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in coordinates._COMPONENT.finditer(text)]


def _fast_components(text: str) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in coordinates._components(text)]


def _plain_seas(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in seas._whole_text_matcher().finditer(text):
        sea = seas._which(m.group(0))
        if sea is not None and m.end() > m.start():
            out.append((m.start(), m.end(), sea.id))
    return out


def _fast_seas(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), sea.id) for m, sea in seas._matches(text)]


COORDINATE_CASES = [
    "N 45° 30' E 66°",
    "N45°12'N and S 3 degrees",
    "AN 45° is not a hemisphere letter",
    "it's 45 degrees north of here",
    "12345° 1,234.5° .5° 0.5°N 47°N 66°E",
    "47,5 градусов северной широты, 66,2 градуса восточной долготы",
    "s\n\n 45° and W\t12 deg. E 12 deg",
    "a temperature of 20 degrees, then 47.5°N 67.3°E",
    "47°30′N 67°15′E",
    "",
    "°°° 1° 22°°",
]

SEA_CASES = [
    "splashed down in the Pacific Ocean off Baja California",
    "in the Gulf of Mexico, then the South Pacific and the North Atlantic",
    "a summary of the marine market: Mar Caribe, mar Negro, Mare del Nord",
    "в Тихом океане и в Чёрном море",
    "在太平洋溅落，南海",
    "the Red Sea, the Sea of Okhotsk, im Roten Meer",
    "Pacific Ocean's coast",
    "",
]


@pytest.mark.parametrize("text", COORDINATE_CASES)
def test_coordinate_components_match_the_plain_scan(text: str) -> None:
    assert _fast_components(text) == _plain_components(text)


@pytest.mark.parametrize("text", SEA_CASES)
def test_sea_spellings_match_the_whole_alternation(text: str) -> None:
    assert _fast_seas(text) == _plain_seas(text)


def test_the_sea_cases_find_seas() -> None:
    """The comparison above would pass vacuously if neither scan found anything."""
    assert len(_fast_seas(SEA_CASES[1])) == 3
    assert _fast_seas(SEA_CASES[0])[0][2] == "pacific"


_COORD_PIECES = st.sampled_from(
    ["N", "S", "E", "W", "n", "e", " ", "  ", "\n", "4", "5", "47", "123", "1,5", "0.25", ".", ",", "°", "º",
     " degrees", " grad", "'", "′", " minutes", '"', " of latitude", " north", " east", "ю. ш.", "a", "Ab",
     "20", " градусов"]
)
_SEA_PIECES = st.sampled_from(
    ["Pacific", "pacific", " Ocean", " ", "South ", "North", "Atlantic", "Mar", "mar", "Caribe", "summary",
     "Red Sea", "Sea", " of Okhotsk", "Тихом", " океане", "太平洋", "南海", "'s", "-", "x", "Gulf of Mexico",
     "Black", " Sea", "Rot", "en Meer", "\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_COORD_PIECES, max_size=30).map("".join))
def test_coordinate_components_match_the_plain_scan_on_random_text(text: str) -> None:
    assert _fast_components(text) == _plain_components(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SEA_PIECES, max_size=20).map("".join))
def test_sea_spellings_match_the_whole_alternation_on_random_text(text: str) -> None:
    assert _fast_seas(text) == _plain_seas(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60))
def test_scrub_removes_exactly_what_the_full_pattern_removes(text: str) -> None:
    assert scrub(text) == _UNWANTED.sub("", text)


@pytest.mark.parametrize("text", ["plain", "tab\tand\nnewline", "nul\x00", "c1\x85", "\ud800lone", "\ufffe",
                                  "\U0001fffe", "\ufdd0", "emoji \U0001f680 ok", "\uff0c fullwidth"])
def test_scrub_on_each_kind_of_unwanted_character(text: str) -> None:
    assert scrub(text) == _UNWANTED.sub("", text)
    assert not re.search(_UNWANTED, scrub(text))
