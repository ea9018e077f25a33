"""Dates and instants at the engine's edges: one reader of a publication date, one way to write UTC.

Why one module: a publication date arrives from the dashboard, the CLI, a workspace row and a batch record,
and an instant leaves through GeoJSON, the batch rows and the CLI's lines; each had its own parser with its own
leniency and its own format string.

    >>> parse_date("2024-04-06"), parse_date("2024-04-06T07:17:00Z"), parse_date("  ")
    (datetime.date(2024, 4, 6), datetime.date(2024, 4, 6), None)
    >>> from datetime import UTC, datetime
    >>> utc_iso(datetime(2024, 4, 6, 7, 17, tzinfo=UTC)), utc_text(datetime(2024, 4, 6, 7, 17, tzinfo=UTC))
    ('2024-04-06T07:17:00Z', '2024-04-06 07:17 UTC')
"""

from __future__ import annotations

from datetime import date, datetime, time

from geo.errors import InputError

__all__ = ["parse_date", "parse_date_or_none", "utc_clock", "utc_iso", "utc_text"]


def parse_date(value: date | datetime | str | None, *, what: str = "The publication date") -> date | None:
    """A date from what a user or a record gives: a date, "YYYY-MM-DD", or an ISO timestamp (its date part).

    None, "" or blanks mean no date. Anything else raises :class:`~geo.errors.InputError` saying how to write
    it: a wrong date silently dropped would date the article's borders and time zones wrongly.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise InputError(f"{what} {value!r} is not a date: write it as YYYY-MM-DD, e.g. 2018-02-28.", reason="invalid")


def parse_date_or_none(value: object) -> date | None:
    """:func:`parse_date` for records of an archive, where an unusable date is no date (the row still maps)."""
    try:
        return parse_date(value)  # type: ignore[arg-type]
    except InputError:
        return None


def utc_iso(instant: datetime) -> str:
    """An aware instant as RFC 3339 UTC to the second: "2024-04-06T07:17:00Z" (GeoJSON, CSV, batch rows)."""
    return instant.strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_clock(clock: time) -> str:
    """A time of day in UTC, date unknown: "07:17:00Z"."""
    return clock.strftime("%H:%M:%SZ")


def utc_text(instant: datetime) -> str:
    """An instant for people, to the minute: "2024-04-06 07:17 UTC"."""
    return f"{instant:%Y-%m-%d %H:%M} UTC"
