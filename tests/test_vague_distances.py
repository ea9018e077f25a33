"""Vague distances ("a few dozen km", "several hundred miles", "hundreds of km", "einige hundert Kilometer",
"в нескольких десятках километров") are ranges, never the number inside them.

Before, "a few dozen kilometres north of X" was read as 12 km (6-18 km: a 403 km² estimate) and "several
hundred kilometres" as 100 km: both confidently wrong, as the landing could be 50 or 600 km out. The range is
two to ten of the multiple, with the press's slack.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import shapely

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.extract import read  # noqa: E402
from geo.geodesy import destination  # noqa: E402
from geo.pipeline import locate  # noqa: E402

ARKALYK = (50.2486, 66.9114)
ZHEZKAZGAN = (47.7833, 67.7144)


def _holds_at(est, origin, bearing_deg, km) -> bool:
    lat, lon = destination(origin[0], origin[1], bearing_deg, km)
    return est.geometry.contains(shapely.Point(lon, lat))


@pytest.mark.parametrize(("text", "origin", "bearing", "inside_km", "outside_km"), [
    ("The descent module came down a few dozen kilometres northeast of Arkalyk.", ARKALYK, 45, (30, 60, 110), (5,)),
    ("The capsule came down hundreds of kilometres north of Zhezkazgan.", ZHEZKAZGAN, 0, (250, 600, 950), (50,)),
    ("Die Kapsel landete einige hundert Kilometer südlich von Arkalyk.", ARKALYK, 180, (250, 500), (40,)),
    ("Капсула приземлилась в нескольких десятках километров к юго-востоку от Жезказгана.", ZHEZKAZGAN, 135,
     (25, 50, 95), (3,)),
    ("La capsule a atterri à quelques centaines de kilomètres au nord d'Arkalyk.", ARKALYK, 0, (300, 700), (60,)),
])
def test_a_vague_distance_is_the_whole_range(text, origin, bearing, inside_km, outside_km) -> None:
    est = locate(text, prior=False)
    assert est.status == "ok", est.message
    for km in inside_km:
        assert _holds_at(est, origin, bearing, km), km
    for km in outside_km:
        assert not _holds_at(est, origin, bearing, km), km


def test_several_hundred_miles_reaches_a_thousand_miles() -> None:
    est = locate("The capsule landed several hundred miles east of Zhezkazgan.", prior=False)
    assert _holds_at(est, ZHEZKAZGAN, 90, 1500)  # 932 miles


@pytest.mark.parametrize(("text", "distance"), [
    ("The capsule landed a hundred kilometres north of Zhezkazgan.", 100.0),  # a number, not a vague count
    ("Aterizarea a avut loc la două sute de kilometri de Arkalîk.", 200.0),   # two hundred: counted
    ("The capsule landed 148 km southeast of Zhezkazgan.", 148.0),
])
def test_a_counted_multiple_stays_a_number(text: str, distance: float) -> None:
    (st,) = read(text).statements
    assert (st.distance, st.distance_max) == (distance, None)


def test_the_range_is_shown_in_the_explanation() -> None:
    est = locate("The capsule landed a few dozen kilometres north of Zhezkazgan.", prior=False)
    (region,) = [r for r in est.regions if r.role == "statement"]
    assert "«a few dozen» km" in region.explanation and "the range the words give" in region.explanation


def test_a_typed_distance_replaces_the_vague_range() -> None:
    from geo.pipeline import apply_corrections

    (st,) = read("The capsule landed a few dozen kilometres north of Zhezkazgan.").statements
    (kept,) = apply_corrections((st,), {0: {"distance": 24}})
    (typed,) = apply_corrections((st,), {0: {"distance": 40}})
    assert kept.distance_max == 120.0
    assert (typed.distance, typed.distance_max) == (40.0, None)
