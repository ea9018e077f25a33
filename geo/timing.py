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
from dataclasses import replace
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
# A restatement stands this close to the time it restates ("9:37 a.m. local time (0337 GMT)").
RESTATEMENT_GAP_CHARS = 30
# Two readings of the landing time agree within this many minutes (a writer rounds to the minute).
AGREE_MINUTES = 2
# Other mentions within this many score points of the chosen one are compared with it.
CONSISTENCY_SCORE = 0.5
CONSISTENCY_MAX = 6  # at most this many of them (bounded work on hostile input)

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
    ``place_timezone`` is the IANA zone of the landing place (for "local time", and for
    ``LandingTime.local``); ``unlabelled_zone`` is the zone to assume for a time written with
    no label (None: such a time gives no UTC); ``reference_year`` fixes the year whose rules
    choose the offset when no date at all is known (default: this year, and the note says so).
    ``utc`` is timezone-aware UTC; ``time_utc`` is naive, in UTC.
    """
    chosen = _choose(times, place_timezone, unlabelled_zone)
    if chosen is None:
        if not times:
            return LandingTime(None, None, None, "no clock time in the text")
        return LandingTime(None, None, None, "no clock time in the text is tied to the landing")
    result = _resolve(chosen, times, dateline, published, place_timezone, unlabelled_zone, reference_year)
    return _check_consistency(result, times, dateline, published, place_timezone, unlabelled_zone, reference_year)


def _resolve(
    chosen: TimeMention,
    times: Sequence[TimeMention],
    dateline: date | None,
    published: date | None,
    place_timezone: str | None,
    unlabelled_zone: str | None,
    reference_year: int | None,
    *,
    reread: tzinfo | None = None,
    reread_note: str | None = None,
) -> LandingTime:
    """One mention to a LandingTime (``reread``: a zone to read it in instead of its label's)."""
    notes: list[str] = [f'time from "{" ".join(chosen.text.split())}"']
    if reread is not None:
        tz, zone_note = reread, reread_note or ""
    else:
        tz, zone_note = _zone_of(chosen, place_timezone, unlabelled_zone)
    notes.append(zone_note)
    clock = time(chosen.hour, chosen.minute, chosen.second)
    local_day, day_notes, rules_from = _local_date(chosen, dateline, published, tz, clock)
    partner_day = _date_through_partner(chosen, times, tz, clock, dateline, published, place_timezone,
                                        unlabelled_zone)
    if partner_day is not None:
        local_day, how = partner_day
        day_notes = [how]
        rules_from = how
    notes.extend(day_notes)
    if tz is None:
        return LandingTime(None, None, chosen, "; ".join(notes))

    rules_only = getattr(chosen.day, "precision", "day") != "day" and local_day is None
    if local_day is None:
        year = reference_year or date.today().year
        month = None
        if rules_only and chosen.day is not None:
            year = chosen.day.year
            month = chosen.day.month if chosen.day.precision == "month" else None
            rules_from = f"{chosen.day.source} near the time"
        elif not rules_from:
            rules_from = (
                f"the year {year} (given)" if reference_year else f"this year, {year}: no date in the text or given"
            )
        time_utc, offset_note, rules_day = _time_of_day_only(clock, tz, year, month)
        notes.append(offset_note)
        notes.append(f"zone rules of {rules_day:%Y-%m} from {rules_from}" if month else
                     f"zone rules of {year} from {rules_from}")
        return LandingTime(None, time_utc, chosen, "; ".join(notes), rules_date=rules_day, rules_from=rules_from)

    naive = datetime.combine(local_day, clock)
    local = naive.replace(tzinfo=tz)
    if isinstance(tz, ZoneInfo):
        back = local.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
        if back != naive:
            notes.append(f"{naive:%H:%M} does not exist on {local_day} in {tz.key} (clocks sprang forward)")
        elif local.utcoffset() != local.replace(fold=1).utcoffset():
            notes.append(f"{naive:%H:%M} happens twice on {local_day} in {tz.key}; took the earlier one")
    if reread is None:
        _warn_label_vs_zone(chosen, local, notes)
    utc = local.astimezone(UTC)
    notes.append(f"UTC{_fmt_offset(local.utcoffset())} on {local_day} (the zone rules of that date)")
    if utc.date() != local_day:
        notes.append(f"the UTC date is {utc.date()}")
    site, site_zone = _site_local(utc, place_timezone)
    if site is not None:
        notes.append(f"{site:%Y-%m-%d %H:%M} local time at the landing site ({site_zone}, UTC{_fmt_offset(site.utcoffset())})")
    return LandingTime(utc, utc.time().replace(tzinfo=None), chosen, "; ".join(notes), local=site,
                       local_zone=site_zone, rules_date=local_day, rules_from=rules_from)


def _site_local(utc: datetime, place_timezone: str | None) -> tuple[datetime | None, str | None]:
    """The instant on the landing site's clock."""
    if not place_timezone:
        return None, None
    try:
        return utc.astimezone(ZoneInfo(place_timezone)), place_timezone
    except (ZoneInfoNotFoundError, ValueError):
        return None, None


def _has_own_date(t: TimeMention) -> bool:
    return t.day is not None or t.weekday is not None or t.month_day is not None


def _restatements(t: TimeMention, times: Sequence[TimeMention]) -> list[TimeMention]:
    """Mentions written right beside ``t`` ("10:47 p.m. EDT (0247 GMT)"): the same instant in another zone."""
    out = []
    i = next((k for k, o in enumerate(times) if o is t), None)
    if i is None:
        return out
    for o in times[max(0, i - 1) : i + 2]:  # text order: only the neighbours can stand right beside it
        if o is t or (o.zone, o.utc_offset_min) == (t.zone, t.utc_offset_min):
            continue
        gap = o.span[0] - t.span[1] if o.span[0] >= t.span[1] else t.span[0] - o.span[1]
        if 0 <= gap <= RESTATEMENT_GAP_CHARS:
            out.append(o)
    return out


def _date_through_partner(
    t: TimeMention,
    times: Sequence[TimeMention],
    tz: tzinfo | None,
    clock: time,
    dateline: date | None,
    published: date | None,
    place_timezone: str | None,
    unlabelled_zone: str | None,
) -> tuple[date, str] | None:
    """A restatement's date from the time it restates, when only that one has a date written.

    "10:47 p.m. EDT on June 24 (0247 GMT)": June 24 is the EDT date; 02:47 GMT is on June 25.
    The partner is converted with its own date; if it gives the same instant-of-day, the
    restatement's date in its own zone is that instant's.
    """
    if tz is None or _has_own_date(t):
        return None
    for o in _restatements(t, times):
        if not _has_own_date(o):
            continue
        o_tz, _ = _zone_of(o, place_timezone, unlabelled_zone)
        if o_tz is None:
            continue
        o_clock = time(o.hour, o.minute, o.second)
        o_day, _, o_from = _local_date(o, dateline, published, o_tz, o_clock)
        if o_day is None or getattr(o.day, "precision", "day") != "day":
            continue
        o_utc = datetime.combine(o_day, o_clock, tzinfo=o_tz).astimezone(UTC)
        mine = o_utc.astimezone(tz)
        if abs(_minutes(mine.time()) - _minutes(clock)) % (24 * 60) in (0, 1, 2, 1438, 1439):
            return mine.date(), (
                f'date from "{" ".join(o.text.split())}" written beside it: {o_day} there ({o_from}), '
                f"{mine.date()} in this time's zone"
            )
    return None


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _utc_minutes(lt: LandingTime) -> int | None:
    if lt.time_utc is None:
        return None
    return _minutes(lt.time_utc)


def _agree(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and min((a - b) % 1440, (b - a) % 1440) <= AGREE_MINUTES


def _check_consistency(
    result: LandingTime,
    times: Sequence[TimeMention],
    dateline: date | None,
    published: date | None,
    place_timezone: str | None,
    unlabelled_zone: str | None,
    reference_year: int | None,
) -> LandingTime:
    """When the text gives the landing time twice, the consistent reading wins and the note says so.

    The other landing mentions (close in score to the chosen one) are converted too. A
    fixed label that its region did not keep on that date ("12:57 MEZ" in summer) is also
    read as that region's clock. If the chosen reading agrees with another mention, it
    stands; if only its re-read agrees ("MEZ" as the summer time it should have said), or two
    other mentions agree with each other and not with it, the agreeing pair wins. Either way,
    a disagreement is stated in ``inconsistent`` and the note.
    """
    chosen = result.source
    if chosen is None or result.time_utc is None:
        return result
    args = (dateline, published, place_timezone, unlabelled_zone, reference_year)
    others = sorted(
        (
            t
            for t in times
            if t is not chosen and t.score > MIN_SCORE and chosen.score - t.score <= CONSISTENCY_SCORE
            and _rank(t, place_timezone, unlabelled_zone) >= 2
        ),
        key=lambda t: -t.score,
    )[:CONSISTENCY_MAX]
    if not others:
        return result

    as_written: list[tuple[TimeMention, LandingTime]] = []  # each other mention's literal reading

    def readings(t: TimeMention, base: LandingTime | None = None) -> list[LandingTime]:
        lit = base or _resolve(t, times, *args[:2], place_timezone, unlabelled_zone, reference_year)
        out = [lit] if lit.time_utc is not None else []
        if base is None and out:
            as_written.append((t, lit))
        alt = _reread_as_region(t, lit)
        if alt is not None:
            out.append(_resolve(t, times, *args[:2], place_timezone, unlabelled_zone, reference_year,
                                reread=alt[0], reread_note=alt[1]))
        return out

    mine = readings(chosen, result)
    theirs = [(t, readings(t)) for t in others]
    lit_min = _utc_minutes(result)
    agreeing = [t for t, rs in theirs if any(_agree(lit_min, _utc_minutes(r)) for r in rs)]

    def fmt(lt: LandingTime) -> str:
        return f'"{" ".join(lt.source.text.split())}" gives {lt.time_utc:%H:%M} UTC'

    # Only re-read (a fixed label read as its region's clock) do the others agree with the chosen one, while two
    # of them agree as written: "5:58 a.m. local time" read with an assumed summer offset, beside "7:58 a.m. EST
    # (1258 GMT)". The pair as written wins over a guess backed by a re-read.
    if agreeing and not any(_agree(lit_min, _utc_minutes(r)) for _, r in as_written):
        for i, (t, r) in enumerate(as_written):
            for u, x in as_written[i + 1:]:
                if _agree(_utc_minutes(r), _utc_minutes(x)):
                    msg = (f"the text's times for the landing disagree ({fmt(result)}); "
                           f'"{" ".join(t.text.split())}" and "{" ".join(u.text.split())}" agree as written')
                    return replace(r, note=r.note + "; " + msg, inconsistent=msg)
    disagreeing = [(t, rs) for t, rs in theirs if t not in agreeing and rs]
    if not disagreeing:
        if agreeing:
            names = ", ".join(f'"{" ".join(t.text.split())}"' for t in agreeing)
            return replace(result, note=result.note + f"; agrees with {names}")
        return result

    told = "; ".join([fmt(result)] + [fmt(rs[0]) for _, rs in disagreeing])
    if agreeing:
        msg = f"the text's times for the landing disagree ({told}); kept the reading two of them share"
        return replace(result, note=result.note + "; " + msg, inconsistent=msg)
    # the chosen one's re-read agrees with another's literal reading: a mislabelled zone
    for alt in mine[1:]:
        for t, rs in disagreeing:
            if _agree(_utc_minutes(alt), _utc_minutes(rs[0])):
                msg = (f"the text's times for the landing disagree ({told}); "
                       f'"{" ".join(t.text.split())}" and "{" ".join(chosen.text.split())}" read as '
                       f"{alt.note.split('; ')[1]} agree, so the label of the latter is taken to be wrong")
                return replace(rs[0], note=rs[0].note + "; " + msg, inconsistent=msg)
    # two others agree with each other, not with the chosen one
    for i, (t, rs) in enumerate(disagreeing):
        for u, us in disagreeing[i + 1 :]:
            for r in rs:
                if any(_agree(_utc_minutes(r), _utc_minutes(x)) for x in us):
                    msg = (f"the text's times for the landing disagree ({told}); "
                           f'"{" ".join(t.text.split())}" and "{" ".join(u.text.split())}" agree')
                    return replace(r, note=r.note + "; " + msg, inconsistent=msg)
    msg = f"the text's times for the landing disagree ({told}); kept the likeliest landing mention"
    return replace(result, note=result.note + "; " + msg, inconsistent=msg)


def _reread_as_region(t: TimeMention, lit: LandingTime) -> tuple[tzinfo, str] | None:
    """A fixed label whose region kept another offset on that date, as that region's clock (or None)."""
    if t.utc_offset_min is None or t.zone in (None, "UTC", "local"):
        return None
    try:
        region = ZoneInfo(t.zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    day = lit.rules_date or date.today()
    off = datetime.combine(day, time(t.hour, t.minute), tzinfo=region).utcoffset()
    if off is None or off == timedelta(minutes=t.utc_offset_min):
        return None
    return region, f"the clock {t.zone} kept on that date (UTC{_fmt_offset(off)})"


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
    if t.utc_offset_min is not None and abs(t.utc_offset_min) < 24 * 60:  # datetime.timezone's own limit
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


def _source_of(d: date, default: str) -> str:
    src = getattr(d, "source", "")
    return f"the {src}" if src and not src.startswith('"') else src or default


def _local_date(
    t: TimeMention, dateline: date | None, published: date | None, tz: tzinfo | None = None,
    clock: time | None = None,
) -> tuple[date | None, list[str], str]:
    """The event's local date, notes on how it was found, and where it came from (for the rules note).

    Nearest evidence first: a date written with the time (or a relative day the extractor
    resolved against the dateline), a (month, day) completed by the reference date, a weekday
    resolved against the reference date, then the reference date itself. The reference is the
    user's ``published`` date, else the text's ``dateline``. Against the dateline a weekday is
    never resolved forward in time: the landing cannot be after the end of the dateline's day
    anywhere on Earth (the day at UTC-12).
    """
    notes: list[str] = []
    if published:
        ref, ref_name = published, "the publication date"
    elif dateline:
        ref, ref_name = dateline, _source_of(dateline, "the dateline")
    else:
        ref, ref_name = None, ""
    if published and dateline and published != dateline:
        notes.append(f"the dateline says {dateline}, the given publication date {published}; used the latter")
    if t.day is not None and getattr(t.day, "precision", "day") == "day":
        if t.weekday is not None and t.day.weekday() != t.weekday:
            notes.append(f"the text says {_WEEKDAY_NAMES[t.weekday]} but {t.day} is a {t.day:%A}")
        src = getattr(t.day, "source", "")
        how = f"date {t.day} from {src}" if src else f"date {t.day} written with the time"
        return t.day, [*notes, how], how
    if ref is None:
        if t.weekday is not None:
            notes.append(f"weekday {_WEEKDAY_NAMES[t.weekday]} given, but no date to anchor it")
        return None, [*notes, "no date in the text: time of day only"], ""
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
            how = f"date {chosen:%d %B} written with the time; year from {ref_name}"
            return chosen, [*notes, how], how
    if t.weekday is not None:
        # the user's date may be a day behind the event's (their zone); the text's dateline is the
        # writer's own date: against it, never forward (the last such weekday on or before it)
        first, last = (-WEEKDAY_AFTER_DAYS, WEEKDAY_BEFORE_DAYS) if published else (0, 6)
        for back in range(first, last + 1):
            d = ref - timedelta(days=back)
            if d.weekday() != t.weekday:
                continue
            how = f"weekday {_WEEKDAY_NAMES[t.weekday]} → {d} (from {ref_name} {ref})"
            return d, [*notes, how], how
    how = f"date from {ref_name} ({ref})"
    return ref, [*notes, how], how


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


def _time_of_day_only(
    clock: time, tz: tzinfo, year: int, month: int | None = None
) -> tuple[time, str, date]:
    """UTC time of day with no date: fixed zones are exact; DST zones take their commonest offset.

    The offset is counted over ``year`` (or over ``month`` of it, when the text gives a month
    and year). The third value is the date whose rules were used (the 15th of the month, or
    the year's commonest-offset day).
    """
    rules_day = date(year, month or 7, 15 if month else 1)
    if not isinstance(tz, ZoneInfo):
        off = tz.utcoffset(None) or timedelta(0)
        return _shift(clock, off), f"UTC{_fmt_offset(off)} whatever the date", rules_day
    counts = _offsets_in_year(tz.key, year, clock, month)
    off, days = counts.most_common(1)[0]
    utc = _shift(clock, off)
    span = f"{date(year, month, 1):%B} {year}" if month else str(year)
    if len(counts) == 1:
        return utc, f"{tz.key} keeps UTC{_fmt_offset(off)} all {'month' if month else 'year'} (rules of {span})", rules_day
    others = ", ".join(
        f"{_shift(clock, o):%H:%M} UTC at UTC{_fmt_offset(o)} ({n} days)" for o, n in counts.most_common()[1:]
    )
    return utc, (
        f"without a date the offset is unknown: assumed UTC{_fmt_offset(off)}, "
        f"which {tz.key} keeps on {days} days of {span}; otherwise {others}"
    ), rules_day


@lru_cache(maxsize=256)
def _offsets_in_year(zone: str, year: int, clock: time, month: int | None = None) -> Counter[timedelta]:
    """How many days of ``year`` (or of its ``month``) the zone's clock at ``clock`` has each UTC offset."""
    tz = ZoneInfo(zone)
    start = date(year, month or 1, 1)
    counts: Counter[timedelta] = Counter()
    d = start
    while d.year == year and (month is None or d.month == month):
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
