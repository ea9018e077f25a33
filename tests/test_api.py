"""The public API: what `import geo` offers, the root error, one date reader and one UTC writer."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time

import pytest

import geo
from geo.dates import parse_date, parse_date_or_none, utc_clock, utc_iso, utc_text
from geo.errors import InputError, TouchdownError


def test_every_public_name_loads_from_its_home() -> None:
    for name in geo.__all__:
        assert getattr(geo, name) is not None, name
    assert geo.locate.__module__ == "geo.pipeline"
    assert str(geo.__version__) in geo.ENGINE_VERSION


def test_importing_geo_loads_no_engine_module() -> None:
    # `import geo` must stay cheap (the CLI's cold start): nothing heavy until a name is used.
    code = "import sys, geo; print(sorted(m for m in sys.modules if m.startswith('geo.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_error_raised_on_purpose_has_one_root() -> None:
    from geo.assets import OfflineAssetError
    from geo.batch import JournalMismatch
    from geo.geodesy import GeometryError
    from geo.store import StoreError, WorkspaceCorruptError

    for cls in (InputError, GeometryError, StoreError, WorkspaceCorruptError, OfflineAssetError, JournalMismatch):
        assert issubclass(cls, TouchdownError), cls
    assert issubclass(InputError, ValueError)  # callers that catch ValueError keep working


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-04-06", date(2024, 4, 6)),
    (" 2024-04-06 ", date(2024, 4, 6)),
    ("2024-04-06T07:17:00Z", date(2024, 4, 6)),
    ("2024-04-06T07:17:00+05:00", date(2024, 4, 6)),
    (date(2024, 4, 6), date(2024, 4, 6)),
    (datetime(2024, 4, 6, 23, 0, tzinfo=UTC), date(2024, 4, 6)),
    ("", None), ("   ", None), (None, None),
])
def test_parse_date_accepts_what_users_and_records_give(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["06/04/2024", "2024-13-01", "yesterday", "2024-02-30"])
def test_a_wrong_date_is_refused_with_the_way_to_write_it(value: str) -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_date(value)
    assert parse_date_or_none(value) is None  # an archive record with a bad date still maps
    with pytest.raises(InputError):
        geo.locate("The capsule landed near Arkalyk.", value)


def test_utc_is_written_one_way() -> None:
    instant = datetime(2024, 4, 6, 7, 17, 5, tzinfo=UTC)
    assert utc_iso(instant) == "2024-04-06T07:17:05Z"
    assert utc_clock(time(7, 17, 5)) == "07:17:05Z"
    assert utc_text(instant) == "2024-04-06 07:17 UTC"
