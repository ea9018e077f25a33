"""Structures found by reading real landing reports (session 5's survey of about 120 stored pages in 18
languages), each written again in our own words, with what a careful reader takes from it.

Every one of these was read wrongly before: a place hundreds of kilometres off with a small area, an hour
off in the landing time, or a landing statement thrown away. Why a file of its own: these are the failures
the press shows and our templates did not, kept so they never come back.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import shapely

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo import places  # noqa: E402
from geo.extract.hints import find_hints  # noqa: E402
from geo.extract.times import find_times  # noqa: E402
from geo.pipeline import locate  # noqa: E402
from geo.timing import landing_time  # noqa: E402

ZHEZKAZGAN, ARKALYK, SAN_DIEGO, PENSACOLA = 1516589, 1526193, 5391811, 4168228


def _anchor_ids(text: str) -> list[int]:
    return [a.geonameid for a in locate(text, prior=False).anchors]


# --- times ---------------------------------------------------------------------------------------------------


def _utc_hhmm(text: str, published=None) -> str | None:
    from geo.extract.times import find_dateline

    lt = landing_time(find_times(text), find_dateline(text), published, None)
    return None if lt.time_utc is None else f"{lt.time_utc:%H:%M}"


def test_two_times_that_agree_as_written_beat_a_local_time_read_with_a_guessed_offset() -> None:
    # no date anywhere: "local time" at a New Mexico site is UTC-6 or UTC-7; EST and GMT as written agree
    text = ("The capsule touched down at White Sands at 7:58 a.m. EST (1258 GMT). It was 5:58 a.m. local time "
            "at the landing site in New Mexico as the capsule landed under its parachutes.")
    assert _utc_hhmm(text) == "12:58"


@pytest.mark.parametrize("text", [
    "The entry into the Earth's atmosphere began at about 03:10 GMT. The capsule landed on the steppe later.",
    "The capsule entered the atmosphere at 03:10 GMT and landed safely southeast of Zhezkazgan.",
])
def test_atmospheric_entry_is_not_the_landing(text: str) -> None:
    times = find_times(text)
    assert times and max(t.score for t in times) < 0.5, [(t.text, t.score) for t in times]


def test_the_time_a_capsule_was_found_is_not_its_landing_time_in_japanese() -> None:
    # "at 5:10 the recovery team found the capsule that had landed in the desert"
    text = "回収班は同日午前5時10分ごろ、砂漠に着地したカプセルを発見した。"
    assert all(t.score < 0.5 for t in find_times(text)), [(t.text, t.score) for t in find_times(text)]


def test_a_range_of_minutes_is_read_from_its_first_minute() -> None:
    [t] = [t for t in find_times("カプセルは日本時間午前3時12~20分、砂漠に着地した。") if t.zone == "Asia/Tokyo"]
    assert (t.hour, t.minute) == (3, 12)


@pytest.mark.parametrize("text", [
    "10时05分，返回舱在预定区域成功着陆。",
    "The capsule landed in the planned area at 09:12 GMT, mission control said.",
])
def test_landing_in_the_planned_area_is_a_landing_not_a_plan(text: str) -> None:
    assert max(t.score for t in find_times(text)) > 0.5


# --- statements and anchors ----------------------------------------------------------------------------------


def test_mission_control_saying_where_it_landed_places_the_landing() -> None:
    assert _anchor_ids("Mission control said the capsule landed near Arkalyk.") == [ARKALYK]
    assert _anchor_ids("Mission control near Moscow said the capsule landed safely.") == []
    assert _anchor_ids("وقال المركز الروسي قرب موسكو إن الكبسولة هبطت بسلام.") == []


def test_a_landing_in_the_planned_area_keeps_its_statement() -> None:
    assert _anchor_ids("Аппарат сел в запланированном районе, в 90 км севернее Аркалыка.") == [ARKALYK]
    assert _anchor_ids("The capsule landed in the pre-planned zone 140 km southeast of Zhezkazgan.") == [ZHEZKAZGAN]


@pytest.mark.parametrize(("text", "gid"), [
    ("Kapsül San Diego kıyısı açıklarında okyanusa indi.", SAN_DIEGO),
    ("Kapsle přistála na hladině u pobřeží Pensacoly.", PENSACOLA),
])
def test_off_the_coast_of_a_town(text: str, gid: int) -> None:
    assert _anchor_ids(text) == [gid]


def test_a_region_by_sound_is_no_town() -> None:
    # "Kalifornie" (Czech) once matched California City by its phonetic skeleton and made a conflict
    est = locate("Kapsle přistála u břehů Kalifornie poblíž San Diega.", prior=False)
    assert [a.geonameid for a in est.anchors] == [SAN_DIEGO] and est.status == "ok"


def test_a_region_named_letter_for_letter_is_not_a_village_of_that_name() -> None:
    # a village of 935 people in Chiapas is called Baja California: the text means the Mexican state
    est = locate("Orion splashed down in the Pacific off Mexico's Baja California peninsula.", prior=False)
    assert all(a.population >= 100_000 or a.country != "MX" for a in est.anchors), est.anchors
    # the Pacific off the state's coast: coarse, not a confident dot; it holds where Orion (near Guadalupe
    # Island) and the cargo Dragons (their recovery zone of data/places.csv) came down
    assert est.area_km2 is None or est.area_km2 > 300_000, est.message
    zone = next(s for s in places.sites() if s.id == "dragon1-pacific-recovery-zone")
    for lat, lon in ((29.0, -118.4), (zone.lat, zone.lon)):
        assert est.geometry.contains(shapely.Point(lon, lat)), (lat, lon)


def test_a_multi_word_place_refused_abroad_does_not_fall_back_to_its_first_word() -> None:
    est = locate("هبطت الكبسولة في المحيط الأطلسي على بعد نحو 320 كيلومترا شرق كيب كانافيرال.", prior=False)
    assert all(a.country != "KH" for a in est.anchors), est.anchors  # "Kep", Cambodia


def test_a_town_called_like_a_foreign_region_stays_the_town() -> None:
    # "Turgai" is a Kazakh town; the Swiss canton Thurgau is only a tolerant match of it
    est = locate("The capsule landed near Turgai in Kazakhstan.", prior=False)
    assert [a.country for a in est.anchors] == ["KZ"]


# --- regions -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The capsule landed in north China's Inner Mongolia region.",
    "Die Kapsel landete in der nordchinesischen Inneren Mongolei.",
])
def test_a_compass_word_on_the_country_is_not_the_regions_part(text: str) -> None:
    [hint] = find_hints(text)
    assert hint.part is None and "Mongol" in hint.area


def test_a_compass_word_on_the_region_is_kept() -> None:
    [hint] = find_hints("The capsule landed in northern Inner Mongolia.")
    assert hint.part == "northern"


def test_a_desert_is_no_province_found_by_a_tolerant_match() -> None:
    # "Gobi" once became the Mongolian province Ömnögovi, whose overlap with China is 128 km² of border slivers
    est = locate("The capsule landed in the Gobi desert in China.", prior=False)
    assert est.area_km2 is None or est.area_km2 > 100_000, est.message


@pytest.mark.parametrize("text", [
    "La cápsula aterrizó, informó el Centro de Control de Vuelos Espaciales de Rusia, en la estepa.",
    "La capsule s'est posée, selon le Centre de contrôle des vols spatiaux de Russie.",
    "The capsule landed, said the Flight Control Centre of Russia.",
])
def test_the_country_of_an_organisation_is_no_region_of_the_landing(text: str) -> None:
    assert not [h for h in find_hints(text) if "Rus" in h.area], find_hints(text)


def test_a_country_in_a_remark_about_the_clock_is_no_region_of_the_landing() -> None:
    hints = find_hints("A cápsula pousou às 0h24 (início de terça-feira no Brasil) na estepe do Cazaquistão.")
    assert [h.area for h in hints] == ["Cazaquistão"], hints


def test_a_parenthesis_that_names_the_region_is_kept() -> None:
    assert [h.area for h in find_hints("The capsule landed (in central Kazakhstan) after its descent.")] == [
        "Kazakhstan"]


def test_a_number_without_a_unit_opens_the_direction_that_far() -> None:
    # the unit left out: "600" may be kilometres, miles or nautical miles; a 300 km sector would be confidently wrong
    est = locate("Orion came down roughly 600 southwest of San Diego.", prior=False)
    [region] = est.regions
    assert region.statement.distance == 600 and region.statement.unit is None
    from geo.geodesy import distance_km

    far = max(distance_km(32.7157, -117.1611, lat, lon) for lon, lat in region.geometry.exterior.coords)
    assert far >= 600 * 1.852, far
    # a vehicle's number or a year before the compass word is no distance
    for text in ("The Soyuz MS-25 southeast of Zhezkazgan landed.", "In 2003 the capsule landed 2003 southeast of Arkalyk."):
        assert all(st.distance is None for st in locate(text, prior=False).reading.statements if st.kind == "direction")


def test_a_town_in_its_namesake_province_stays_the_town() -> None:
    # Khovd is both a Mongolian town and the province it is the centre of
    est = locate("The capsule landed 150 km east of the town of Khovd.", prior=False)
    assert [a.name for a in est.anchors] == ["Khovd"], est.message


def test_a_parenthesis_is_a_clock_remark_by_its_words_not_by_letters_inside_them() -> None:
    # "ora" (Italian hour) inside "Korolev" or "time" inside "Maritime" make no remark about the clock
    hints = find_hints("The capsule landed (in the Maritime region of Korolev Kazakhstan) on the steppe.")
    assert hints, hints
