"""The developer evaluation cases (``tests/cases``, copied from the steering side; see its PROVENANCE.md),
loaded once for the tests."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
CASES_DIR = TESTS / "cases"
SEED = TESTS / "seeds" / "000_4cfedc4fb6fdb4a5.txt"


@lru_cache(maxsize=1)
def all_cases() -> list[dict]:
    """Every case, with its article text under "text"."""
    spec = json.loads((CASES_DIR / "cases.json").read_text(encoding="utf-8"))
    out = []
    for case in spec["cases"]:
        case = dict(case, text=(CASES_DIR / case["file"]).read_text(encoding="utf-8"))
        out.append(case)
    return out


def case(case_id: str) -> dict:
    """One case by id."""
    return next(c for c in all_cases() if c["id"] == case_id)


def holds(geom, latlon: tuple[float, float]) -> bool:  # noqa: ANN001 - any shapely geometry
    """True when ``geom`` (lon/lat, as the engine builds it) contains the point given as (lat, lon)."""
    import shapely

    return geom.contains(shapely.Point(latlon[1], latlon[0]))


def landing_utc(text: str) -> str | None:
    """The landing time read from ``text`` alone (its own dateline, no publication date), as "HH:MM" UTC."""
    from geo.extract.times import find_dateline, find_times
    from geo.timing import landing_time

    lt = landing_time(find_times(text), find_dateline(text), None, None)
    return None if lt.time_utc is None else f"{lt.time_utc:%H:%M}"
