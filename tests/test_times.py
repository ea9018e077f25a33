"""Tests for geo.extract.times: clock times, zone labels, weekdays, scores and datelines.

The sentences are short ones written for each phrase the press uses; the evaluation
articles are read whole at the end, so the finder is held to real text too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from geo.extract.times import LABEL_ZONES, find_dateline, find_times

CASES_DIR = Path(__file__).resolve().parent / "cases"
ROOT = Path(__file__).resolve().parents[1]


def best(text: str):
    """The highest-scoring mention (the landing-time candidate)."""
    mentions = find_times(text)
    assert mentions, f"no time found in {text!r}"
    return max(mentions, key=lambda m: m.score)


# (sentence, hour, minute, zone, fixed offset in minutes)
PHRASES = [
    # English
    ("The crew landed at 12:57 p.m. (French time) near Jezkazgan.", 12, 57, "Europe/Paris", None),
    ("It landed at 0337 GMT.", 3, 37, "UTC", 0),
    ("The Soyuz landed at 10:47 p.m. EDT on Monday.", 22, 47, "America/New_York", -240),
    ("The capsule landed at 9:44 a.m. EDT.", 9, 44, "America/New_York", -240),
    ("It landed at 4:33 a.m. Beijing time.", 4, 33, "Asia/Shanghai", None),
    ("The capsule parachuted down at 3:10 a.m. MST.", 3, 10, "America/Denver", -420),
    ("The crew landed at 6:04 a.m. Moscow time.", 6, 4, "Europe/Moscow", None),
    ("Landing came at 10:57 UTC.", 10, 57, "UTC", 0),
    ("Touchdown at 10:57Z.", 10, 57, "UTC", 0),
    ("Touchdown at 1057Z.", 10, 57, "UTC", 0),
    ("The capsule landed at 4:57 p.m. Kazakh time.", 16, 57, "Asia/Almaty", None),
    ("The capsule landed at 4:57 p.m. local time.", 16, 57, "local", None),
    ("The capsule landed at 4:57 p.m. Almaty time.", 16, 57, "Asia/Almaty", None),
    ("The capsule landed at 3:57 p.m. Baikonur time.", 15, 57, "Asia/Qyzylorda", None),
    ("The capsule landed at 12:57 CEST.", 12, 57, "Europe/Paris", 120),
    ("The capsule landed at 11:57 BST.", 11, 57, "Europe/London", 60),
    ("The capsule landed at 19:57 JST.", 19, 57, "Asia/Tokyo", 540),
    ("The capsule landed at 3:57 a.m. Pacific time.", 3, 57, "America/Los_Angeles", None),
    ("The capsule landed at 6:57 a.m. ET.", 6, 57, "America/New_York", None),
    ("The capsule landed at 6:57 a.m. Eastern time.", 6, 57, "America/New_York", None),
    ("The capsule landed at 3 a.m. MST.", 3, 0, "America/Denver", -420),
    ("The capsule landed at 12:57 a.m. EDT.", 0, 57, "America/New_York", -240),
    ("The capsule landed at 10:57 UTC+2.", 10, 57, "Etc/GMT-2", 120),
    ("The capsule landed at 2022-09-29T10:57:11Z.", 10, 57, "UTC", 0),
    ("The capsule landed at 12.57 p.m. BST.", 12, 57, "Europe/London", 60),
    # French
    ("La capsule s'est posée à 3h31 heure de Paris.", 3, 31, "Europe/Paris", None),
    ("La capsule s'est posée à 2h51.", 2, 51, None, None),
    ("La capsule s'est posée à 12h57 heure française.", 12, 57, "Europe/Paris", None),
    ("La capsule s'est posée à 10h57 temps universel.", 10, 57, "UTC", 0),
    ("La capsule a atterri à 16 h 57 heure locale.", 16, 57, "local", None),
    # German
    ("Die Kapsel landete um 5:59 Uhr MESZ.", 5, 59, "Europe/Berlin", 120),
    ("Die Kapsel ist um 12:57 Uhr deutscher Zeit aufgesetzt.", 12, 57, "Europe/Berlin", None),
    ("Die Kapsel landete um 13.43 Uhr MEZ.", 13, 43, "Europe/Berlin", 60),
    ("Die Kapsel landete um 6 Uhr MESZ.", 6, 0, "Europe/Berlin", 120),
    ("Die Kapsel landete um 10:57 Uhr Moskauer Zeit.", 10, 57, "Europe/Moscow", None),
    ("Die Kapsel landete um 16:57 Uhr Ortszeit.", 16, 57, "local", None),
    ("Die Kapsel landete um 12:57 am Donnerstag.", 12, 57, None, None),  # "am" = on, not a.m.
    # Russian
    ("Капсула приземлилась в 07:24 по московскому времени.", 7, 24, "Europe/Moscow", None),
    ("Аппарат совершил посадку в 05:09 по московскому времени.", 5, 9, "Europe/Moscow", None),
    ("Спускаемый аппарат приземлился в 10:57 по Гринвичу.", 10, 57, "UTC", 0),
    ("Аппарат приземлился в 10:57 всемирного времени.", 10, 57, "UTC", 0),
    ("Аппарат приземлился в 16:57 по времени Астаны.", 16, 57, "Asia/Almaty", None),
    ("Аппарат приземлился в 16:57 по местному времени.", 16, 57, "local", None),
    ("Посадка в 13:57 MSK.", 13, 57, "Europe/Moscow", None),
    ("Посадка в 13:57 мск.", 13, 57, "Europe/Moscow", None),
    ("Аппарат приземлился в 7 часов 24 минуты по московскому времени.", 7, 24, "Europe/Moscow", None),
    # Spanish
    ("La cápsula aterrizó a las 10:57 hora de Moscú.", 10, 57, "Europe/Moscow", None),
    ("La cápsula aterrizó a las 12:57 hora peninsular.", 12, 57, "Europe/Madrid", None),
    ("La cápsula aterrizó a las 10:57 (hora local).", 10, 57, "local", None),
    # Italian
    ("La capsula è atterrata alle 12:57 ora italiana.", 12, 57, "Europe/Rome", None),
    ("La capsula è atterrata alle 12.57.", 12, 57, None, None),
    ("La capsula è atterrata alle 10:57 ora di Mosca.", 10, 57, "Europe/Moscow", None),
    # Portuguese
    ("A cápsula pousou às 10h57 (hora de Brasília).", 10, 57, "America/Sao_Paulo", None),
    ("A cápsula pousou às 7h57, horário de Brasília.", 7, 57, "America/Sao_Paulo", None),
    ("A cápsula pousou às 11h57 hora de Lisboa.", 11, 57, "Europe/Lisbon", None),
    # Polish
    ("Kapsuła wylądowała o godz. 12:57 czasu polskiego.", 12, 57, "Europe/Warsaw", None),
    ("Kapsuła wylądowała o godz. 13:57 czasu moskiewskiego.", 13, 57, "Europe/Moscow", None),
    ("Kapsuła wylądowała o 16:57 czasu lokalnego.", 16, 57, "local", None),
]


@pytest.mark.parametrize(("sentence", "hour", "minute", "zone", "offset"), PHRASES)
def test_phrase(sentence: str, hour: int, minute: int, zone: str | None, offset: int | None) -> None:
    m = best(sentence)
    assert (m.hour, m.minute, m.zone, m.utc_offset_min) == (hour, minute, zone, offset)
    assert sentence[m.span[0] : m.span[1]] == m.text
    assert m.score > 0


def test_local_time_with_gmt_apposition_gives_two_mentions_gmt_first() -> None:
    text = "The TMA-12 capsule touched down at 9:37 a.m. local time (0337 GMT), north of Arkalyk."
    local, gmt = find_times(text)
    assert (local.text, local.zone) == ("9:37 a.m. local time", "local")
    assert (gmt.text, gmt.zone, gmt.hour, gmt.minute) == ("0337 GMT", "UTC", 3, 37)
    assert gmt.score > local.score


def test_label_in_parentheses_is_part_of_the_span() -> None:
    text = "Russians landed at 12:57 p.m. (French time), nearly 150 kilometers from Jezkazgan."
    (m,) = find_times(text)
    assert m.text == "12:57 p.m. (French time)"


def test_spans_are_code_point_offsets_in_cyrillic_text() -> None:
    text = "«Союз ТМА-17» приземлился в среду в 07:24 по московскому времени."
    (m,) = find_times(text)
    assert text[m.span[0] : m.span[1]] == "07:24 по московскому времени"


def test_wrapped_line_between_time_and_label() -> None:
    (m,) = find_times("parachuted onto the range at 3:10 a.m.\nMST on Sunday, about 90 miles away")
    assert (m.utc_offset_min, m.weekday) == (-420, 6)


def test_twenty_four_hour_clock_without_am_pm() -> None:
    assert (
        best("Landing at 12:57.").hour,
        best("Landing at 00:57.").hour,
        best("Landing at 23:05.").hour,
    ) == (
        12,
        0,
        23,
    )


def test_noon_and_midnight_in_twelve_hour_clock() -> None:
    assert best("It landed at 12:05 p.m. GMT.").hour == 12
    assert best("It landed at 12:05 a.m. GMT.").hour == 0


# --- scores: which time is the landing time -------------------------------------------------


def test_landing_beats_undocking_in_the_same_sentence() -> None:
    text = "The Soyuz undocked at 06:34 GMT and landed at 09:57 GMT (12:57 Moscow time)."
    m = best(text)
    assert (m.hour, m.minute, m.zone) == (9, 57, "UTC")
    undock = next(t for t in find_times(text) if t.hour == 6)
    assert undock.score < 0


def test_launch_time_alone_scores_below_zero() -> None:
    (m,) = find_times("The Soyuz rocket lifted off at 10:47 p.m. EDT on Monday from Baikonur.")
    assert m.score < 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Корабль отстыковался от станции в 06:34 по московскому времени.",
        "Die Kapsel hatte sich um 6:34 Uhr MESZ von der Station gelöst.",
        "La capsule s'est désamarrée à 6h34 heure de Paris.",
        "The spacecraft launched at 3:44 p.m. EDT.",
    ],
)
def test_launch_and_undocking_words_in_every_language(sentence: str) -> None:
    assert best(sentence).score < 0


def test_landing_sentence_next_door_counts_a_little() -> None:
    text = "The crew is back. The capsule landed safely. It was 12:57 in Moscow."
    unrelated = "The crew is back. The weather was fine. It was 12:57 in Moscow."
    assert best(text).score > best(unrelated).score


def test_time_on_the_dateline_is_the_publication_time() -> None:
    text = "Soyuz crew lands\nFeb 28, 2018 10:15 GMT\n\nThe capsule landed at 5:31 a.m. Moscow time."
    times = find_times(text)
    assert best(text).text == "5:31 a.m. Moscow time"
    assert min(times, key=lambda m: m.score).text == "10:15 GMT"


def test_explicit_utc_scores_above_the_local_label_of_the_same_event() -> None:
    text = "Touchdown came at 12:57 Moscow time (09:57 UTC)."
    moscow, utc = find_times(text)
    assert utc.score > moscow.score


# --- weekdays and dates next to the time ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "weekday"),
    [
        ("The capsule landed at 10:47 p.m. EDT on Monday.", 0),
        ("It landed at 5:31 a.m. Moscow time on Wednesday.", 2),
        ("Touchdown came on Thursday at 10:57 GMT.", 3),
        ("Аппарат приземлился в среду в 07:24 по московскому времени.", 2),
        ("Аппарат совершил посадку во вторник в 05:09 по московскому времени.", 1),
        ("Die Kapsel landete am Donnerstag um 12:57 Uhr deutscher Zeit.", 3),
        ("Die Kapsel landete am Freitag um 5:59 Uhr MESZ.", 4),
        ("La capsule s'est posée mercredi à 3h31 heure de Paris.", 2),
        ("La cápsula aterrizó el jueves a las 12:57 hora peninsular.", 3),
        ("La capsula è atterrata giovedì alle 12:57 ora italiana.", 3),
        ("A cápsula pousou na quinta-feira às 7h57 (horário de Brasília).", 3),
        ("Kapsuła wylądowała w czwartek o godz. 12:57 czasu polskiego.", 3),
        ("The capsule landed Thursday morning at 10:57 GMT.", 3),
    ],
)
def test_weekday_next_to_the_time(sentence: str, weekday: int) -> None:
    assert best(sentence).weekday == weekday


def test_weekday_of_another_clause_is_not_taken() -> None:
    assert best("Launched on Monday, the capsule finally landed at 10:57 GMT.").weekday is None
    assert best("China's capsule came home on Monday. It landed at 4:33 a.m. Beijing time.").weekday is None


def test_date_next_to_the_time() -> None:
    full = best("It landed at 0337 GMT on 24 October 2008.")
    assert (full.day, full.month_day) == (date(2008, 10, 24), None)
    no_year = best("It landed on Oct. 24 at 0337 GMT.")
    assert (no_year.day, no_year.month_day) == (None, (10, 24))
    ru = best("Аппарат приземлился 2 июня в 07:24 по московскому времени.")
    assert ru.month_day == (6, 2)
    iso = best("Touchdown: 2022-09-29T10:57:11Z.")
    assert (iso.day, iso.second) == (date(2022, 9, 29), 11)


def test_range_shares_its_label() -> None:
    first, second = find_times("The capsule landed between 10:50 and 10:57 GMT.")
    assert first.zone == second.zone == "UTC"


# --- traps: things that are not clock times ---------------------------------------------------

NOT_TIMES = [
    "The station flies about 400 km above the Earth at 28,000 km/h.",
    "ending a seven-year, 2.88-billion-mile journey to comet Wild 2",
    "Alexander Misurkin spent 168 days in orbit.",
    "Cristoforetti set a record of 199 days.",
    "In 2018 the crew flew; in 2005 GMT was not yet UTC.",
    "Security changed after 9/11.",
    "Zenit won 3:1 at home.",
    "The score was 2:0 at half-time.",
    "Moskau, 29.09.2022",
    "11.10.2005",
    "am 29.09. um Mitternacht",
    "a ratio of 16:9",
    "on a 1:100 000 map",
    "traveling at 7.45 km/s",
    "Das kostet um 2.50 Euro.",
    "alle 3.45 km di distanza",
    "un vol de 3h30",
    "pendant 3h30 de sortie",
    "après 3 h 30 de vol",
    "a 1.5-hour flight",
    "an orbit inclined at 51.64 degrees",
    "it cost 1,200.50 dollars",
    "released 1600 km away",
    "Expedition 54/55",
    "at 24:30",
    "at 13:75",
    "at 13 p.m.",
    "Soyuz MS-21 12",
    "version 10.57.3",
    "up 12.57%",
    "the 10h race",
    "24h/24 et 7j/7",
    "The Lakers won 102:98.",
    "temperatures of minus 20 degrees",
    "at 12.57 km altitude",
    "a speed of 3:10km",
    "56 градусов северной широты",
    "50 градусов северной широты и 67 градусов восточной долготы",
    "148 km south-east of Zhezkazgan",
    "в 148 км юго-восточнее Жезказгана",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_clock_time(text: str) -> None:
    assert find_times(text) == []


# --- labels: every label of the brief maps to the right zone -------------------------------------


@pytest.mark.parametrize(
    ("template", "label", "zone", "offset"),
    [
        ("Landed at 10:57 {}.", "UTC", "UTC", 0),
        ("Landed at 10:57 {}.", "GMT", "UTC", 0),
        ("Landed at 10:57{}.", "Z", "UTC", 0),
        ("Posée à 10h57 {}.", "heure française", "Europe/Paris", None),
        ("Posée à 10h57 {}.", "temps universel", "UTC", 0),
        ("Приземлился в 10:57 {}.", "по Гринвичу", "UTC", 0),
        ("Приземлился в 10:57 {}.", "всемирного времени", "UTC", 0),
        ("Приземлился в 10:57 {}.", "по времени Астаны", "Asia/Almaty", None),
        ("Приземлился в 10:57 {}.", "по местному времени", "local", None),
        ("Landed at 10:57 {}.", "Kazakh time", "Asia/Almaty", None),
        ("Landed at 10:57 {}.", "local time", "local", None),
        ("Landed at 10:57 {}.", "Almaty time", "Asia/Almaty", None),
        ("Landed at 10:57 {}.", "Baikonur time", "Asia/Qyzylorda", None),
        ("Landed at 10:57 {}.", "CEST", "Europe/Paris", 120),
        ("Landed at 10:57 {}.", "BST", "Europe/London", 60),
        ("Landed at 10:57 {}.", "JST", "Asia/Tokyo", 540),
        ("Landed at 10:57 {}.", "Pacific time", "America/Los_Angeles", None),
        ("Landed at 10:57 {}.", "ET", "America/New_York", None),
        ("Landed at 10:57 {}.", "Eastern time", "America/New_York", None),
        ("Landed at 10:57 {}.", "EST", "America/New_York", -300),
        ("Landed at 10:57 {}.", "MSK", "Europe/Moscow", None),
        ("Приземлился в 10:57 {}.", "мск", "Europe/Moscow", None),
        ("Landed at 10:57 {}.", "Moscow time", "Europe/Moscow", None),
        ("Gelandet um 10:57 {}.", "MEZ", "Europe/Berlin", 60),
        ("Gelandet um 10:57 Uhr {}.", "mitteleuropäischer Sommerzeit", "Europe/Berlin", 120),
        ("Gelandet um 10:57 Uhr {}.", "Weltzeit", "UTC", 0),
        ("Aterrizó a las 10:57 {}.", "hora de Moscú", "Europe/Moscow", None),
        ("Atterrata alle 10:57 {}.", "ora italiana", "Europe/Rome", None),
        ("Pousou às 10h57 {}.", "(hora de Brasília)", "America/Sao_Paulo", None),
        ("Wylądowała o godz. 10:57 {}.", "czasu polskiego", "Europe/Warsaw", None),
        ("Wylądowała o godz. 10:57 {}.", "czasu uniwersalnego", "UTC", 0),
    ],
)
def test_label(template: str, label: str, zone: str, offset: int | None) -> None:
    m = best(template.format(label))
    assert (m.zone, m.utc_offset_min) == (zone, offset)


def test_lower_case_abbreviations_are_words() -> None:
    # French "et" (and), Portuguese "pt": not Eastern/Pacific time.
    assert best("à 12h57 et à 13h").zone is None


def test_every_label_zone_is_a_real_iana_zone() -> None:
    from zoneinfo import ZoneInfo

    for zone, _ in LABEL_ZONES.values():
        if zone != "local":
            ZoneInfo(zone)


# --- datelines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titel\nMoskau, 29.09.2022\n\nText", date(2022, 9, 29)),
        ("Заголовок\n11.10.2005\n", date(2005, 10, 11)),
        ("Заголовок\n2 июня 2010\n", date(2010, 6, 2)),
        ("Titel\n16. September 2011\n", date(2011, 9, 16)),
        ("Title\nFeb 28, 2018\n", date(2018, 2, 28)),
        ("Title\nOctober 17, 2005\n", date(2005, 10, 17)),
        ("Title\n11 October 2018\n", date(2018, 10, 11)),
        ("Title\nPublished 2023-09-15\n", date(2023, 9, 15)),
        ("Titre\nPublié le 28 février 2018\n", date(2018, 2, 28)),
        ("Título\n28 de febrero de 2018\n", date(2018, 2, 28)),
        ("Titolo\n29 settembre 2022\n", date(2022, 9, 29)),
        ("Título\n29 de setembro de 2022\n", date(2022, 9, 29)),
        ("Tytuł\n15 września 2023 r.\n", date(2023, 9, 15)),
        ("Title\nby John Smith, September 29th, 2022\n", date(2022, 9, 29)),
        ("Title\nThu 29 Sep 2022 10:15 GMT\n", date(2022, 9, 29)),
        ("Title\n24/10/2008\n", date(2008, 10, 24)),
        ("Title\n10/24/2008\n", date(2008, 10, 24)),
        ("Title\nUpdated 2023-09-16\nPublished 2023-09-15\n", date(2023, 9, 15)),
    ],
)
def test_dateline(text: str, expected: date) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Title\n05/06/2010\n",  # US or European order: not guessed
        "Some title\nBody text about a landing in March 2022 and other things.\n",
        "Some title\nMore text on 29 September 2022 that is body but short.\n",
        "Title\nBy A. Writer\nOne.\nTwo.\nThree.\n29 September 2022\n",  # past the top five lines
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_dateparser_fallback_for_unusual_forms() -> None:
    assert find_dateline("Title\n2022/09/29\n") == date(2022, 9, 29)


def test_seed_article_has_no_dateline() -> None:
    seed = CASES_DIR.parent / "seeds" / "000_4cfedc4fb6fdb4a5.txt"
    assert find_dateline(seed.read_text(encoding="utf-8")) is None


def test_import_does_not_load_dateparser() -> None:
    code = (
        "import sys, geo.extract.times as t; t.find_times('landed at 10:57 GMT'); "
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


# --- the evaluation articles -----------------------------------------------------------------------


def _cases() -> list[dict]:
    path = CASES_DIR / "cases.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["id"])
def test_case_article(case: dict) -> None:
    text = (CASES_DIR / case["file"]).read_text(encoding="utf-8")
    published = date.fromisoformat(case["published"]) if case["published"] else None
    assert find_dateline(text) == published
    times = find_times(text)
    for m in times:
        assert text[m.span[0] : m.span[1]] == m.text
    if case["time_text"] is None:
        assert all(m.score <= 0.1 for m in times)
        return
    top = max(times, key=lambda m: m.score)
    assert " ".join(top.text.split()) in case["time_text"]
