"""Tests for geo.timing: which mention, which date, which offset, and what the note says.

The evaluation articles are run end to end (find_times + find_dateline + landing_time)
against the catalogued landing instants; the rest are small constructed cases for DST,
Moscow's 2011-2014 UTC+4, weekday dates and day rollover.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from geo.extract.times import find_dateline, find_times
from geo.model import TimeMention
from geo.timing import landing_time

CASES_DIR = Path(__file__).resolve().parent / "cases"
SEED = CASES_DIR.parent / "seeds" / "000_4cfedc4fb6fdb4a5.txt"

# The IANA zone of each case's anchor town, as GeoNames gives it: Zhezkazgan is in
# Asia/Almaty's area, Arkalyk and Torghay in Asia/Qostanay's.
ANCHOR_ZONE = {
    "ms21-seed-en": "Asia/Almaty",
    "ms21-de": "Asia/Almaty",
    "tma12-en": "Asia/Qostanay",
    "tma17-ru": "Asia/Almaty",
    "tma21-de": "Asia/Almaty",
    "ms06-en": "Asia/Almaty",
    "ms06-fr": "Asia/Almaty",
    "tma1-en": "Asia/Qostanay",
    "tma6-ru": "Asia/Qostanay",
    "tma15m-en": "Asia/Almaty",
    "sz6-en": "Asia/Shanghai",
    "stardust-en": "America/Denver",
}


def _cases() -> list[dict]:
    path = CASES_DIR / "cases.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["cases"]


def _utc(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def read(text: str, published: date | None = None, place: str | None = None, **kw):
    return landing_time(find_times(text), find_dateline(text), published, place, **kw)


# --- the evaluation articles -----------------------------------------------------------------


@pytest.mark.parametrize("case", [c for c in _cases() if c["time_text"]], ids=lambda c: c["id"])
def test_case_landing_time_within_two_minutes(case: dict) -> None:
    text = (CASES_DIR / case["file"]).read_text(encoding="utf-8")
    published = date.fromisoformat(case["published"]) if case["published"] else None
    lt = read(text, published, ANCHOR_ZONE[case["id"]], reference_year=2022)
    if case["landed_at_utc"] is None or published is None and find_dateline(text) is None:
        assert lt.utc is None
        h, m = map(int, case["time_of_day_utc"].split(":"))
        assert (lt.time_utc.hour, lt.time_utc.minute) == (h, m)
        return
    assert lt.utc is not None, lt.note
    assert abs((lt.utc - _utc(case["landed_at_utc"])).total_seconds()) <= 120, lt.note


@pytest.mark.parametrize("case", [c for c in _cases() if not c["time_text"]], ids=lambda c: c["id"])
def test_case_without_landing_time(case: dict) -> None:
    text = (CASES_DIR / case["file"]).read_text(encoding="utf-8")
    lt = read(text, None, "Asia/Almaty")
    assert (lt.utc, lt.time_utc) == (None, None)


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_without_date_gives_time_of_day_only() -> None:
    lt = read(_seed(), None, None, reference_year=2022)
    assert lt.utc is None
    assert lt.time_utc == time(10, 57)
    assert "no date" in lt.note
    assert "11:57" in lt.note  # the winter-time reading is stated, not hidden


def test_seed_with_published_date_gives_the_instant() -> None:
    lt = read(_seed(), date(2022, 9, 29), None)
    assert lt.utc == datetime(2022, 9, 29, 10, 57, tzinfo=UTC)
    assert lt.time_utc == time(10, 57)


# --- DST and zone rules ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2022, 3, 26), datetime(2022, 3, 26, 11, 57, tzinfo=UTC)),  # before the switch: UTC+1
        (date(2022, 3, 27), datetime(2022, 3, 27, 10, 57, tzinfo=UTC)),  # after: UTC+2
        (date(2022, 10, 30), datetime(2022, 10, 30, 11, 57, tzinfo=UTC)),  # back to UTC+1
    ],
)
def test_paris_dst_follows_the_date(published: date, expected: datetime) -> None:
    assert read("La capsule s'est posée à 12h57 heure de Paris.", published).utc == expected


@pytest.mark.parametrize(
    ("published", "hour"),
    [(date(2015, 3, 7), 14), (date(2015, 3, 9), 13)],  # US switch on 2015-03-08
)
def test_eastern_time_follows_the_date(published: date, hour: int) -> None:
    assert read("The capsule landed at 9:44 a.m. Eastern time.", published).utc.hour == hour


def test_fixed_label_is_taken_literally_and_disagreement_noted() -> None:
    lt = read("The capsule landed at 9:44 a.m. EST.", date(2015, 6, 11))
    assert lt.utc == datetime(2015, 6, 11, 14, 44, tzinfo=UTC)
    assert "took the label literally" in lt.note


@pytest.mark.parametrize(
    ("published", "offset_h"),
    [
        (date(2010, 1, 15), 3),  # winter, before 2011
        (date(2010, 7, 15), 4),  # summer time, before 2011
        (date(2012, 7, 1), 4),  # 2011-03-27 .. 2014-10-26: UTC+4 all year
        (date(2013, 1, 15), 4),
        (date(2015, 7, 1), 3),  # since 2014-10-26: UTC+3
    ],
)
def test_moscow_time_across_rule_changes(published: date, offset_h: int) -> None:
    lt = read("Аппарат приземлился в 12:00 по московскому времени.", published)
    assert lt.utc.hour == 12 - offset_h


def test_msk_abbreviation_is_moscow_time_in_2012() -> None:
    assert read("Посадка в 12:00 мск.", date(2012, 7, 1)).utc.hour == 8


def test_kazakhstan_local_time_before_and_after_2024() -> None:
    text = "The capsule touched down at 4:57 p.m. local time."
    assert read(text, date(2023, 6, 1), "Asia/Almaty").utc.hour == 10  # UTC+6
    assert read(text, date(2024, 6, 1), "Asia/Almaty").utc.hour == 11  # UTC+5 since 2024-03-01


def test_local_time_without_place_zone_gives_no_utc() -> None:
    lt = read("The capsule touched down at 4:57 p.m. local time.", date(2023, 6, 1), None)
    assert (lt.utc, lt.time_utc) == (None, None)
    assert "unknown" in lt.note


def test_local_time_with_utc_restatement_needs_no_place_zone() -> None:
    lt = read("Touched down at 9:37 a.m. local time (0337 GMT).", date(2008, 10, 24), None)
    assert lt.utc == datetime(2008, 10, 24, 3, 37, tzinfo=UTC)
    assert lt.source is not None and lt.source.zone == "UTC"


def test_unlabelled_time_needs_an_assumed_zone() -> None:
    text = "La capsule s'est posée à 2h51."
    assert read(text, date(2018, 2, 28)).utc is None
    lt = read(text, date(2018, 2, 28), unlabelled_zone="Europe/Paris")
    assert lt.utc == datetime(2018, 2, 28, 1, 51, tzinfo=UTC)
    assert "assumed" in lt.note


def test_spring_forward_gap_is_noted() -> None:
    lt = read("La capsule s'est posée à 2h30 heure de Paris.", date(2022, 3, 27))
    assert "does not exist" in lt.note


# --- dates: weekday, written dates, rollover ---------------------------------------------------------


def mention(**kw) -> TimeMention:
    base = {"text": "12:57", "span": (0, 5), "hour": 12, "minute": 57, "zone": "UTC", "score": 1.0}
    return TimeMention(**(base | kw))


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        (3, date(2022, 9, 29)),  # Thursday: the publication day itself
        (2, date(2022, 9, 28)),  # Wednesday: the day before
        (4, date(2022, 9, 30)),  # Friday: one day after (a reader's zone behind the event's)
        (5, date(2022, 9, 24)),  # Saturday: five days before
    ],
)
def test_weekday_moves_the_date_within_the_window(weekday: int, expected: date) -> None:
    lt = landing_time([mention(weekday=weekday)], None, date(2022, 9, 29), None)
    assert lt.utc.date() == expected
    assert "weekday" in lt.note


def test_weekday_from_the_article_text() -> None:
    text = "Title\n29.09.2022\n\nDie Kapsel ist am Mittwoch um 12:57 Uhr MESZ gelandet."
    assert read(text).utc == datetime(2022, 9, 28, 10, 57, tzinfo=UTC)


def test_written_date_beats_the_dateline() -> None:
    lt = landing_time([mention(day=date(2022, 9, 27))], date(2022, 9, 29), None, None)
    assert lt.utc.date() == date(2022, 9, 27)


def test_month_and_day_without_year_take_the_nearest_year() -> None:
    lt = landing_time([mention(month_day=(12, 31))], date(2023, 1, 2), None, None)
    assert lt.utc.date() == date(2022, 12, 31)
    text = "Title\nOctober 25, 2008\n\nIt landed on Oct. 24 at 0337 GMT."
    assert read(text).utc == datetime(2008, 10, 24, 3, 37, tzinfo=UTC)


def test_local_date_a_day_ahead_of_utc() -> None:
    lt = read("It landed at 4:33 a.m. Beijing time.", date(2005, 10, 17))
    assert lt.utc == datetime(2005, 10, 16, 20, 33, tzinfo=UTC)
    assert "the UTC date is 2005-10-16" in lt.note


def test_local_date_a_day_behind_utc() -> None:
    lt = read("The capsule landed at 10:47 p.m. EDT on Wednesday.", date(2015, 6, 10))
    assert lt.utc == datetime(2015, 6, 11, 2, 47, tzinfo=UTC)


def test_given_publication_date_beats_the_dateline_and_says_so() -> None:
    text = "Title\n28.09.2022\n\nDie Kapsel ist um 12:57 Uhr MESZ gelandet."
    lt = read(text, date(2022, 9, 29))
    assert lt.utc.date() == date(2022, 9, 29)
    assert "dateline says 2022-09-28" in lt.note


# --- no date --------------------------------------------------------------------------------------------


def test_no_date_fixed_offset_is_exact() -> None:
    lt = read("The capsule landed at 9:44 a.m. EDT.")
    assert (lt.utc, lt.time_utc) == (None, time(13, 44))


def test_no_date_zone_without_dst() -> None:
    lt = read("It landed at 4:33 a.m. Beijing time.", reference_year=2022)
    assert lt.time_utc == time(20, 33)
    assert "all year" in lt.note


def test_no_date_weekday_alone_is_not_a_date() -> None:
    lt = read("It landed at 5:31 a.m. Moscow time on Wednesday.", reference_year=2022)
    assert lt.utc is None and lt.time_utc == time(2, 31)
    assert "no date to anchor it" in lt.note


# --- choosing the mention ---------------------------------------------------------------------------------


def test_no_times() -> None:
    lt = landing_time([], date(2022, 9, 29), None, None)
    assert (lt.utc, lt.time_utc, lt.source) == (None, None, None)


def test_only_a_launch_time_gives_no_landing_time() -> None:
    lt = read("The Soyuz lifted off at 10:47 p.m. EDT on Monday.", date(2023, 9, 15))
    assert lt.utc is None and lt.source is None


def test_landing_chosen_over_undocking() -> None:
    text = "The Soyuz undocked at 06:34 GMT and landed at 09:57 GMT (12:57 Moscow time)."
    lt = read(text, date(2022, 9, 29))
    assert lt.utc == datetime(2022, 9, 29, 9, 57, tzinfo=UTC)
