"""Historical landings: a map layer and the prior for the best point.

``data/catalog.csv`` is a copy of the steering side's catalog (``../shared/cases``): one
row per landing with its coordinates and the source they come from.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from geo.resources import data_dir

CATALOG_CSV = data_dir() / "catalog.csv"


@dataclass(frozen=True)
class Landing:
    """One past landing."""

    mission: str
    landed_at_utc: str
    lat: float
    lon: float
    grade: str
    kind: str
    source: str


@lru_cache(maxsize=4)
def landings(path: str | None = None) -> tuple[Landing, ...]:
    """All catalog rows, in file order."""
    with open(path or CATALOG_CSV, encoding="utf-8", newline="") as fh:
        return tuple(
            Landing(r["mission"], r["landed_at_utc"], float(r["lat"]), float(r["lon"]), r["grade"], r["kind"],
                    r["source"])
            for r in csv.DictReader(fh)
        )


def prior_points(exclude_mission: str | None = None) -> tuple[tuple[float, float], ...]:
    """(lat, lon) of past landings, leaving one mission out (for honest evaluation)."""
    return tuple((x.lat, x.lon) for x in landings() if x.mission != exclude_mission)
