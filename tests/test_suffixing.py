"""The anchor-first, suffixing word order of Turkish and Kazakh (geo/extract/suffixing.py).

Our own sentences, written the way the Turkish and Kazakh press reports a landing; each test asserts the
fields of the Statement read (the anchor is the name without its case, exactly as written in the text).
"""

from __future__ import annotations

import time

import pytest

from geo.extract import suffixing
from geo.extract.statements import find_statements


def _one(text: str):
    found = find_statements(text)
    assert len(found) == 1, found
    s = found[0]
    assert s.anchor == text[s.anchor_span[0]:s.anchor_span[1]]
    assert text[s.span[0]:s.span[1]] == s.text
    return s


# ── Turkish ──────────────────────────────────────────────────────────────────────────
def test_turkish_city_descriptor_genitive_then_distance_then_direction() -> None:
    s = _one("Soyuz kapsülü, Kazakistan'ın Arkalık kentinin 95 kilometre kuzeybatısına paraşütle indi.")
    assert (s.kind, s.anchor, s.distance, s.unit, s.direction) == ("offset", "Arkalık", 95, "km", "NW")
    assert (s.bearing_deg, s.bearing_halfwidth_deg) == (315.0, 22.5)
    assert s.qualifier is None and s.sense is None
    assert [p.kind for p in s.pieces] == ["anchor", "distance", "direction"]


def test_turkish_apostrophe_genitive_with_a_qualifier_before_the_number() -> None:
    s = _one("Kapsül, Jezkazgan'ın yaklaşık 120 km doğusunda yere indi.")
    assert (s.kind, s.anchor, s.distance, s.unit, s.direction) == ("offset", "Jezkazgan", 120, "km", "E")
    assert (s.qualifier, s.sense, s.bearing_deg, s.bearing_halfwidth_deg) == ("yaklaşık", "about", 90.0, 45.0)
    assert s.distance_text == "120"


def test_turkish_qualifier_after_the_unit_and_a_dotted_capital_i() -> None:
    s = _one("İniş modülü, Zhezkazgan'ın 60 kilometre kadar batısında bulundu.")
    assert (s.anchor, s.distance, s.direction, s.qualifier, s.sense) == ("Zhezkazgan", 60, "W", "kadar", "about")


def test_turkish_number_in_words_multiplies_the_hundreds() -> None:
    s = _one("Kapsül, Arkalık'ın iki yüz otuz kilometre güneyine indi.")
    assert (s.anchor, s.distance, s.unit, s.direction) == ("Arkalık", 230, "km", "S")


@pytest.mark.parametrize("text, anchor, distance", [
    ("Kapsül Karaganda'dan 200 kilometre uzakta bir düzlüğe indi.", "Karaganda", 200),
    ("Kapsül, Jezkazgan'a 80 kilometre mesafede karlı bozkıra indi.", "Jezkazgan", 80),
    ("Kapsül, Arkalık şehrinden 45 km uzaklıktaki bir tarlaya indi.", "Arkalık", 45),
])
def test_turkish_distance_without_direction(text: str, anchor: str, distance: float) -> None:
    s = _one(text)
    assert (s.kind, s.anchor, s.distance, s.unit, s.direction, s.bearing_deg) == (
        "offset", anchor, distance, "km", None, None)


def test_turkish_two_offsets_joined_by_ise() -> None:
    found = find_statements("Kapsül Arkalık'ın 60 km batısına, Kostanay'ın ise 300 km güneydoğusuna indi.")
    assert [(s.anchor, s.distance, s.direction) for s in found] == [("Arkalık", 60, "W"), ("Kostanay", 300, "SE")]


def test_turkish_multi_word_name_and_sixteen_point_direction() -> None:
    s = _one("Kargo kapsülü, Los Angeles'ın 400 kilometre batı-güneybatısında okyanusa indi.")
    assert (s.anchor, s.distance, s.direction, s.bearing_halfwidth_deg) == ("Los Angeles", 400, "WSW", 11.25)


def test_turkish_direction_only() -> None:
    s = _one("Kapsül Arkalık'ın kuzeyinde karla kaplı bozkıra indi.")
    assert (s.kind, s.anchor, s.direction, s.distance, s.bearing_deg) == ("direction", "Arkalık", "N", None, 0.0)


@pytest.mark.parametrize("text, anchor, word", [
    ("Kapsül Jezkazgan civarında yere indi.", "Jezkazgan", "civarında"),
    ("Kapsül İzmir yakınlarına indi.", "İzmir", "yakınlarına"),
    ("Dragon, Tampa kenti açıklarında denize indi.", "Tampa", "açıklarında"),
    ("Kapsül, Kazakistan'ın Arkalık kentine iniş yaptı.", "Arkalık", "kentine"),
])
def test_turkish_near(text: str, anchor: str, word: str) -> None:
    s = _one(text)
    assert (s.kind, s.anchor, s.qualifier, s.distance, s.direction) == ("near", anchor, word, None, None)


@pytest.mark.parametrize("text", [
    # announced: "is expected to land", the future tense, the future participle
    "Kapsülün yarın Jezkazgan'ın 150 km güneydoğusuna inmesi bekleniyor.",
    "Kapsül perşembe günü Jezkazgan'ın 150 km güneydoğusuna inecek.",
    "Kurtarma ekipleri kapsülün ineceği Arkalık çevresindeki bölgeye gitti.",
    # altitude, mission control, transfer flight, launch
    "Kapsül, yerden 100 kilometre yükseklikte paraşütünü açtı.",
    "İniş, Moskova yakınlarındaki Korolyov kentinden izlendi.",
    "Astronotları taşıyan uçak Karaganda şehrine indi.",
    "Soyuz kapsülünü taşıyan roket Baykonur'dan 20 km uzakta fırlatıldı.",
    # a country, not a town, placed by the direction ("in the north of Kazakhstan")
    "Kapsül, Kazakistan'ın kuzeyindeki bozkıra indi.",
])
def test_turkish_non_statements(text: str) -> None:
    assert find_statements(text) == []


# ── Kazakh, Cyrillic ─────────────────────────────────────────────────────────────────
def test_kazakh_descriptor_ablative_direction_then_distance() -> None:
    s = _one("Капсула Арқалық қаласынан солтүстік-батысқа қарай 70 шақырым жерге қонды.")
    assert (s.kind, s.anchor, s.distance, s.unit, s.direction) == ("offset", "Арқалық", 70, "km", "NW")
    assert (s.bearing_deg, s.bearing_halfwidth_deg) == (315.0, 22.5)


def test_kazakh_ablative_glued_to_the_name_and_about_on_the_unit() -> None:
    s = _one("Капсула Қарағандыдан 300 шақырымдай жерге қонды.")
    assert (s.anchor, s.distance, s.unit, s.direction, s.sense) == ("Қарағанды", 300, "km", None, "about")


def test_kazakh_qualifier_before_the_anchor() -> None:
    s = _one("Капсула шамамен Жезқазғаннан 120 шақырым қашықтықта қонды.")
    assert (s.anchor, s.distance, s.qualifier, s.sense) == ("Жезқазған", 120, "шамамен", "about")
    assert s.span[0] == s.pieces[0].span[0]  # the statement starts at the qualifier


def test_kazakh_number_in_words() -> None:
    s = _one("Капсула Жезқазғаннан екі жүз он шақырым жерге қонды.")
    assert (s.anchor, s.distance, s.distance_text) == ("Жезқазған", 210, "210")


def test_kazakh_direction_only_and_near() -> None:
    d = _one("Экипаж мінген капсула Жезқазғаннан оңтүстікке қарай қонды.")
    assert (d.kind, d.anchor, d.direction, d.bearing_halfwidth_deg) == ("direction", "Жезқазған", "S", 45.0)
    n = _one("Капсула Арқалықтың маңына аман-есен қонды.")
    assert (n.kind, n.anchor, n.qualifier) == ("near", "Арқалық", "маңына")


def test_kazakh_unnamed_anchor_keeps_its_phrase() -> None:
    s = _one("Капсула белгіленген нүктеден 60 шақырым жерге қонды.")
    assert (s.kind, s.anchor, s.distance) == ("offset", "белгіленген нүктеден", 60)


# ── Kazakh, Latin ────────────────────────────────────────────────────────────────────
def test_kazakh_latin_2021_with_dotless_i() -> None:
    s = _one("Kapsula Jezqazğannan oñtüstik-şığısqa qaray 150 şaqırım jerge qondı.")
    assert (s.anchor, s.distance, s.unit, s.direction) == ("Jezqazğan", 150, "km", "SE")


def test_kazakh_latin_2018_near_and_offset() -> None:
    n = _one("Kapsýla Arqalyq mańynda sátti qondy.")
    assert (n.kind, n.anchor) == ("near", "Arqalyq")
    s = _one("Kapsýla Arqalyqtan 90 shaqyrymdaı jerge qondy.")
    assert (s.anchor, s.distance, s.sense) == ("Arqalyq", 90, "about")


@pytest.mark.parametrize("text", [
    "Капсуланың Арқалықтан 100 шақырым жерге қонуы күтілуде.",
    "Экипаж жұма күні Жезқазған маңына қонады деп жоспарланған.",
    "Kapsula Arqalyqtan 100 şaqyrym jerge qonady dep kütilude.",
    "Капсуланың қонуын Мәскеу түбіндегі Ұшуды басқару орталығы бақылады.",
    "Капсула парашюты 8 шақырым биіктікте ашылды, капсула қонды.",
])
def test_kazakh_non_statements(text: str) -> None:
    assert find_statements(text) == []


# ── other languages, the pipeline, hostile input ─────────────────────────────────────
@pytest.mark.parametrize("text", [
    "The capsule landed in Kazakhstan 150 km away.",
    "The crew landed near the Indian Ocean coast, 30 km from the shore.",
    "Die Kapsel landete in Kasachstan, 150 Kilometer entfernt.",
])
def test_other_languages_give_this_grammar_nothing(text: str) -> None:
    assert suffixing.find_statements(text) == []


@pytest.mark.parametrize("text, geonameid", [
    ("Kapsül, Jezkazgan'ın 148 km güneydoğusuna indi.", 1516589),
    ("Капсула Арқалықтан 80 шақырым жерге қонды.", 1526193),
    ("Kapsula Jezqazğannan oñtüstik-şyğysqa qarai 150 şaqyrym jerge qondy.", 1516589),
])
def test_the_pipeline_places_the_anchor(text: str, geonameid: int) -> None:
    from geo.pipeline import locate

    est = locate(text, prior=False)
    assert [r.anchor.geonameid for r in est.regions if r.anchor is not None] == [geonameid]


@pytest.mark.parametrize("chunk", [
    "Aaaa Bbbb ", "Jezkazgan'ın ", "Жезқазғаннан оңтүстік-шығысқа қарай ", "Xx kentinin ", "yüz ",
    "Aaa Bbb Ccc Ddd yakınında ",
])
def test_hostile_input_stays_linear(chunk: str) -> None:
    small, large = ("kapsül қонды " + chunk * n for n in (2000, 20000))
    suffixing.find_statements(small)
    t0 = time.perf_counter()
    suffixing.find_statements(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    suffixing.find_statements(large)
    t_large = time.perf_counter() - t0
    assert t_large < max(30 * t_small, 0.5), (t_small, t_large)
