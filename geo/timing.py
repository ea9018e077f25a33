"""From clock-time mentions and date context to the landing instant in UTC.

No text is parsed here (:mod:`geo.extract.times` does that). This module decides which
mention is the landing time, which date it belongs to, and which UTC offset applies on
that date, and says in ``LandingTime.note`` what it had to assume, because a reader
checking the answer needs to know whether "2005-10-16T20:33Z" came from a written date
or from a dateline and a zone rule.

Rules, in order of preference:

- **Zone.** A fixed label ("EDT", "MESZ", "UTC+6") is taken literally. A regional label
  ("French time", "по московскому времени") is converted with ``zoneinfo`` on the event's
  date, so DST and rule changes are right (Moscow was UTC+4 from 2011-03-27 to
  2014-10-26; Kazakhstan moved to UTC+5 on 2024-03-01). "local time" uses the landing
  place's zone given by the caller. An unlabelled time is only converted if the caller
  says which zone to assume.
- **Date.** A date written with the time wins. Otherwise the local date of the event is
  the publication date (the user's ``published``, else the dateline), moved to the
  named weekday if the text gives one: the day with that weekday from five days before
  to one day after the publication date. One day after, because a date in the reader's
  zone can be a day behind the event's local date (a US dateline for a 4:33 a.m. Beijing
  landing); five days before, so the seven-day window holds each weekday once.
- **No date at all.** Only the time of day in UTC can be known. For a zone with DST it
  depends on the season, which is unknown: we take the offset the zone keeps on most
  days of the reference year (the current year unless given). In the northern
  hemisphere's rules that is summer time (about 7 months in Europe, 8 in the US), so
  "12:57 French time" gives 10:57 UTC, and the note gives the other reading too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from geo.model import LandingTime, TimeMention

__all__ = ["landing_time"]

# A mention scoring at or below this has no landing evidence at all (an unlabelled time in
# a sentence about something else) or sits next to launch/undocking words: not a landing time.
MIN_SCORE = 0.1
# Mentions within this many points of the best, and this close in the text, are taken to be
# the same event told twice ("9:37 a.m. local time (0337 GMT)"); among them the one that
# converts most surely wins (UTC, then any zone we can resolve).
SAME_EVENT_SCORE = 0.35
SAME_EVENT_CHARS = 80
# The weekday window around the publication date (see module docstring).
WEEKDAY_BEFORE_DAYS = 5
WEEKDAY_AFTER_DAYS = 1

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def landing_time(
    times: Sequence[TimeMention],
    dateline: date | None,
    published: date | None,
    place_timezone: str | None,
    *,
    unlabelled_zone: str | None = None,
    reference_year: int | None = None,
) -> LandingTime:
    """The landing instant in UTC from the article's time mentions and date context.

    ``published`` is a date the user gives and beats the ``dateline`` read from the text;
    ``place_timezone`` is the IANA zone of the landing place (for "local time");
    ``unlabelled_zone`` is the zone to assume for a time written with no label (None:
    such a time gives no UTC); ``reference_year`` fixes the year whose rules choose the
    offset when no date is known (default: this year). ``utc`` is timezone-aware UTC;
    ``time_utc`` is naive, in UTC.
    """
    chosen = _choose(times, place_timezone, unlabelled_zone)
    if chosen is None:
        if not times:
            return LandingTime(None, None, None, "no clock time in the text")
        return LandingTime(None, None, None, "no clock time in the text is tied to the landing")
    notes: list[str] = [f'time from "{" ".join(chosen.text.split())}"']

    tz, zone_note = _zone_of(chosen, place_timezone, unlabelled_zone)
    notes.append(zone_note)
    local_day, day_notes = _local_date(chosen, dateline, published)
    notes.extend(day_notes)
    if tz is None:
        return LandingTime(None, None, chosen, "; ".join(notes))

    clock = time(chosen.hour, chosen.minute, chosen.second)
    if local_day is None:
        time_utc, offset_note = _time_of_day_only(clock, tz, reference_year)
        notes.append(offset_note)
        return LandingTime(None, time_utc, chosen, "; ".join(notes))

    naive = datetime.combine(local_day, clock)
    local = naive.replace(tzinfo=tz)
    if isinstance(tz, ZoneInfo):
        back = local.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
        if back != naive:
            notes.append(f"{naive:%H:%M} does not exist on {local_day} in {tz.key} (clocks sprang forward)")
        elif local.utcoffset() != local.replace(fold=1).utcoffset():
            notes.append(f"{naive:%H:%M} happens twice on {local_day} in {tz.key}; took the earlier one")
    _warn_label_vs_zone(chosen, local, notes)
    utc = local.astimezone(UTC)
    notes.append(f"UTC{_fmt_offset(local.utcoffset())} on {local_day}")
    if utc.date() != local_day:
        notes.append(f"the UTC date is {utc.date()}")
    return LandingTime(utc, utc.time().replace(tzinfo=None), chosen, "; ".join(notes))


def _rank(t: TimeMention, place_timezone: str | None, unlabelled_zone: str | None) -> int:
    """How surely a mention converts to UTC: explicit UTC > resolvable zone > unresolvable."""
    if t.zone == "UTC":
        return 3
    if t.utc_offset_min is not None:
        return 2
    if t.zone == "local":
        return 2 if place_timezone else 0
    if t.zone is None:
        return 1 if unlabelled_zone else 0
    return 2


def _choose(
    times: Sequence[TimeMention], place_timezone: str | None, unlabelled_zone: str | None
) -> TimeMention | None:
    """The landing-time mention: best score, then the surest to convert among its restatements."""
    candidates = [t for t in times if t.score > MIN_SCORE]
    if not candidates:
        return None
    best = max(candidates, key=lambda t: t.score)
    same = [
        t
        for t in candidates
        if best.score - t.score <= SAME_EVENT_SCORE and abs(t.span[0] - best.span[0]) <= SAME_EVENT_CHARS
    ]
    return max(same, key=lambda t: (_rank(t, place_timezone, unlabelled_zone), t.score))


def _zone_of(
    t: TimeMention, place_timezone: str | None, unlabelled_zone: str | None
) -> tuple[tzinfo | None, str]:
    """The tzinfo to read the mention in, and a note saying where it came from."""
    if t.zone == "UTC":
        return UTC, "explicit UTC"
    if t.utc_offset_min is not None:
        off = timedelta(minutes=t.utc_offset_min)
        return timezone(off), f"fixed offset UTC{_fmt_offset(off)} as labelled"
    if t.zone == "local":
        if not place_timezone:
            return None, "local time, but the landing place's time zone is unknown: no UTC"
        name, why = place_timezone, "local time of the landing place"
    elif t.zone is None:
        if not unlabelled_zone:
            return None, "the time has no zone label: no UTC"
        name, why = unlabelled_zone, "no zone label; assumed"
    else:
        name, why = t.zone, "zone"
    try:
        return ZoneInfo(name), f"{why} {name}"
    except (ZoneInfoNotFoundError, ValueError):
        return None, f"unknown time zone {name!r}: no UTC"


def _local_date(
    t: TimeMention, dateline: date | None, published: date | None
) -> tuple[date | None, list[str]]:
    """The event's local date and notes on how it was found."""
    notes: list[str] = []
    ref, ref_name = (published, "the publication date") if published else (dateline, "the dateline")
    if published and dateline and published != dateline:
        notes.append(f"the dateline says {dateline}, the given publication date {published}; used the latter")
    if t.day is not None:
        if t.weekday is not None and t.day.weekday() != t.weekday:
            notes.append(f"the text says {_WEEKDAY_NAMES[t.weekday]} but {t.day} is a {t.day:%A}")
        return t.day, [*notes, f"date {t.day} written with the time"]
    if ref is None:
        if t.weekday is not None:
            notes.append(f"weekday {_WEEKDAY_NAMES[t.weekday]} given, but no date to anchor it")
        return None, [*notes, "no date in the text: time of day only"]
    if t.month_day is not None:
        month, day = t.month_day
        options = []
        for year in (ref.year - 1, ref.year, ref.year + 1):
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
        if options:
            chosen = min(options, key=lambda d: abs((d - ref).days))
            return chosen, [*notes, f"date {chosen:%d %B} written with the time; year from {ref_name}"]
    if t.weekday is not None:
        for back in range(-WEEKDAY_AFTER_DAYS, WEEKDAY_BEFORE_DAYS + 1):
            d = ref - timedelta(days=back)
            if d.weekday() == t.weekday:
                return d, [*notes, f"weekday {_WEEKDAY_NAMES[t.weekday]} → {d} (from {ref_name} {ref})"]
    return ref, [*notes, f"date from {ref_name} ({ref})"]


def _warn_label_vs_zone(t: TimeMention, local: datetime, notes: list[str]) -> None:
    """Note when a fixed label ("EST") disagrees with its region's clock on that date."""
    if t.utc_offset_min is None or t.zone in (None, "UTC", "local"):
        return
    try:
        region = ZoneInfo(t.zone)
    except (ZoneInfoNotFoundError, ValueError):
        return
    real = local.astimezone(region).utcoffset()
    if real is not None and real != timedelta(minutes=t.utc_offset_min):
        notes.append(
            f"on that date {t.zone} kept UTC{_fmt_offset(real)}, not the labelled "
            f"UTC{_fmt_offset(timedelta(minutes=t.utc_offset_min))}; took the label literally"
        )


def _time_of_day_only(clock: time, tz: tzinfo, reference_year: int | None) -> tuple[time, str]:
    """UTC time of day with no date: fixed zones are exact; DST zones take their commonest offset."""
    if not isinstance(tz, ZoneInfo):
        off = tz.utcoffset(None) or timedelta(0)
        return _shift(clock, off), f"UTC{_fmt_offset(off)} whatever the date"
    year = reference_year or date.today().year
    counts = _offsets_in_year(tz.key, year, clock)
    off, days = counts.most_common(1)[0]
    utc = _shift(clock, off)
    if len(counts) == 1:
        return utc, f"{tz.key} keeps UTC{_fmt_offset(off)} all year (rules of {year})"
    others = ", ".join(
        f"{_shift(clock, o):%H:%M} UTC at UTC{_fmt_offset(o)} ({n} days)" for o, n in counts.most_common()[1:]
    )
    return utc, (
        f"without a date the offset is unknown: assumed UTC{_fmt_offset(off)}, "
        f"which {tz.key} keeps on {days} days of {year}; otherwise {others}"
    )


@lru_cache(maxsize=256)
def _offsets_in_year(zone: str, year: int, clock: time) -> Counter[timedelta]:
    """How many days of ``year`` the zone's clock at ``clock`` has each UTC offset."""
    tz = ZoneInfo(zone)
    start = date(year, 1, 1)
    counts: Counter[timedelta] = Counter()
    d = start
    while d.year == year:
        off = datetime.combine(d, clock, tzinfo=tz).utcoffset()
        if off is not None:
            counts[off] += 1
        d += timedelta(days=1)
    return counts


def _shift(clock: time, offset: timedelta) -> time:
    """Local clock time minus its UTC offset, wrapped to a time of day."""
    t = datetime.combine(date(2000, 1, 2), clock) - offset
    return t.time()


def _fmt_offset(off: timedelta | None) -> str:
    """'+02:00' / '-04:00' / '+05:30'."""
    minutes = int((off or timedelta(0)).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"
