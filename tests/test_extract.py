"""Reading statements the way the press writes them (geo.extract)."""

from __future__ import annotations

import pytest

from geo.extract import read
from geo.extract.statements import compass_point, find_statements, parse_number
from tests.cases import all_cases, case

LANDED = [c for c in all_cases() if c["statements"]]


@pytest.mark.parametrize("c", LANDED, ids=lambda c: c["id"])
def test_every_expected_statement_is_found_with_its_number_unit_and_direction(c: dict) -> None:
    found = read(c["text"]).statements
    for exp in c["statements"]:
        if exp["kind"] == "coordinates":
            assert any(s.kind == "coordinates" and s.lat == exp["lat"] and s.lon == exp["lon"] for s in found)
            continue
        hits = [s for s in found if s.anchor and exp["anchor"].lower() in s.anchor.lower()]
        assert hits, f"no statement anchored on {exp['anchor']!r} in {[s.text for s in found]}"
        s = hits[0]
        assert s.distance == exp["distance"]
        assert (s.unit if exp["distance"] is not None else None) == exp["unit"]
        assert s.direction == exp["direction"]


@pytest.mark.parametrize("c", all_cases(), ids=lambda c: c["id"])
def test_no_statement_is_anchored_on_a_trap_name(c: dict) -> None:
    anchors = {s.anchor for s in read(c["text"]).statements if s.anchor}
    for trap in c["not_anchors"]:
        assert not any(trap.lower() in a.lower() for a in anchors), (trap, anchors)


def test_a_launch_report_has_no_statement() -> None:
    assert read(case("launch-no-landing-en")["text"]).statements == ()


def test_spans_point_at_the_words_that_produced_each_piece() -> None:
    text = case("ms21-seed-en")["text"]
    s = read(text).statements[0]
    assert text[s.span[0]:s.span[1]] == s.text
    kinds = {p.kind: text[p.span[0]:p.span[1]] for p in s.pieces}
    assert kinds == {"qualifier": "nearly", "distance": "150 kilometers", "anchor": "Jezkazgan"}


@pytest.mark.parametrize(
    ("sentence", "anchor", "distance", "unit", "direction", "sense"),
    [
        ("The capsule landed 148 km south-east of Zhezkazgan.", "Zhezkazgan", 148, "km", "SE", None),
        ("Спускаемый аппарат приземлился в 148 км юго-восточнее Жезказгана.", "Жезказгана", 148, "km", "SE", None),
        ("Капсула приземлилась в 148 км к юго-востоку от города Жезказган.", "Жезказган", 148, "km", "SE", None),
        ("La capsule s'est posée à environ 150 km de Jezkazgan.", "Jezkazgan", 150, "km", None, "about"),
        ("Die Kapsel landete 150 km südöstlich von Dscheskasgan.", "Dscheskasgan", 150, "km", "SE", None),
        ("La cápsula aterrizó a unos 150 kilómetros al sureste de Yezkazgán.", "Yezkazgán", 150, "km", "SE",
         "about"),
        ("La capsula è atterrata a circa 150 chilometri a sud-est di Jezkazgan.", "Jezkazgan", 150, "km", "SE",
         "about"),
        ("A cápsula pousou a cerca de 150 quilômetros a sudeste de Jezkazgan.", "Jezkazgan", 150, "km", "SE",
         "about"),
        ("Kapsuła wylądowała ok. 150 km na południowy wschód od Dżezkazganu.", "Dżezkazganu", 150, "km", "SE",
         "about"),
        ("The capsule landed up to 40 nautical miles off Baja California.", "Baja California", 40, "nmi", None,
         "upto"),
        ("The capsule landed more than 1,600 km north-northeast of Hohhot.", "Hohhot", 1600, "km", "NNE", "above"),
        ("The capsule landed ~85 mi WSW of Salt Lake City.", "Salt Lake City", 85, "mi", "WSW", "about"),
    ],
)
def test_statements_in_eight_languages(sentence, anchor, distance, unit, direction, sense) -> None:
    found = find_statements(sentence)
    assert len(found) == 1, found
    s = found[0]
    assert (s.anchor, s.distance, s.unit, s.direction, s.sense) == (anchor, distance, unit, direction, sense)


@pytest.mark.parametrize(
    "sentence",
    [
        "The station orbits some 420 km above the Earth.",
        "The capsule landed after a 2.88-billion-mile journey.",
        "The capsule hit the atmosphere at 28,000 km/h before it landed.",
        "Baikonur lies about 2,100 kilometres south-east of Moscow.",
        "Recovery teams flew in from Karaganda, about 300 km to the north-east, before the landing.",
        "The capsule landed while the station flew 400 km d'altitude.",
        "Die Kapsel landete, die Station fliegt in 420 Kilometer Höhe.",
    ],
)
def test_altitudes_speeds_and_other_events_are_not_statements(sentence: str) -> None:
    assert find_statements(sentence) == []


def test_direction_only_and_near_statements() -> None:
    kinds = [(s.kind, s.anchor, s.direction) for s in find_statements(
        "The capsule landed southeast of the town of Zhezkazgan. Earlier, it landed near Arkalyk.")]
    assert kinds == [("direction", "Zhezkazgan", "SE"), ("near", "Arkalyk", None)]


def test_a_planned_site_is_not_where_it_landed() -> None:
    assert find_statements("Helicopters flew in from the planned landing zone near Arkalyk.") == []


@pytest.mark.parametrize(
    ("words", "point"),
    [("south-east", "SE"), ("southeast", "SE"), ("west-southwest", "WSW"), ("юго-восточнее", "SE"),
     ("северо-восточнее", "NE"), ("южнее", "S"), ("südöstlich", "SE"), ("nördlich", "N"), ("sud-est", "SE"),
     ("ouest-sud-ouest", "WSW"), ("sureste", "SE"), ("noroeste", "NW"), ("sudoeste", "SW"), ("nordovest", "NW"),
     ("południowy wschód", "SE"), ("NNE", "NNE")],
)
def test_compass_words_in_every_language(words: str, point: str) -> None:
    assert compass_point(words) == point


@pytest.mark.parametrize(("text", "value"), [("148", 148), ("1,600", 1600), ("1 600", 1600), ("1.600", 1600),
                                            ("10,5", 10.5), ("2.88", 2.88), ("12\u00a0000", 12000)])
def test_numbers_as_the_press_writes_them(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_coordinates_in_words_become_a_statement_with_their_precision() -> None:
    coords = [s for s in read(case("tma6-ru")["text"]).statements if s.kind == "coordinates"]
    assert [(s.lat, s.lon, s.precision_deg) for s in coords] == [(50.0, 67.0, 1.0)]


def test_region_hints_are_found_with_their_part() -> None:
    hints = read(case("tma12-en")["text"]).hints
    assert any(h.area == "Kazakhstan" and h.part == "north-central" for h in hints)


@pytest.mark.parametrize(
    ("sentence", "distance", "unit"),
    [
        ("The capsule landed about fifty miles north of Arkalyk.", 50, "mi"),
        ("The capsule landed a hundred and fifty kilometres southeast of Zhezkazgan.", 150, "km"),
        ("Капсула приземлилась в ста пятидесяти километрах от Жезказгана.", 150, "km"),
        ("La capsule a atterri à cent cinquante kilomètres de Djezkazgan.", 150, "km"),
        ("Die Kapsel landete hundertfünfzig Kilometer südöstlich von Dscheskasgan.", 150, "km"),
        ("La cápsula aterrizó a ciento cincuenta kilómetros de Yezkazgán.", 150, "km"),
        ("Kapsuła wylądowała stu pięćdziesięciu kilometrów od Żezkazganu.", 150, "km"),
    ],
)
def test_numbers_written_as_words(sentence: str, distance: float, unit: str) -> None:
    (s,) = find_statements(sentence)
    assert (s.distance, s.unit) == (distance, unit)
    assert s.distance_text == f"{distance:g}"  # so "fifty" gets the precision of "50"


@pytest.mark.parametrize(
    "sentence",
    ["The capsule landed southeast of Zhezkazgan, about 150 km from the town.",
     "Капсула приземлилась юго-восточнее Жезказгана, примерно в 150 км от города.",
     "The capsule landed southeast of Zhezkazgan, some 150 km away."],
)
def test_a_distance_that_refers_back_to_the_anchor_joins_the_direction(sentence: str) -> None:
    (s,) = find_statements(sentence)
    assert (s.kind, s.distance, s.direction) == ("offset", 150, "SE")
    assert s.anchor in ("Zhezkazgan", "Жезказгана")


def test_a_distance_in_another_sentence_is_not_joined() -> None:
    (s,) = find_statements("The capsule landed southeast of Zhezkazgan. Rescuers drove 150 km.")
    assert s.kind == "direction" and s.distance is None
