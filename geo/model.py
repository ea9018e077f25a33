"""The small frozen records that flow through the pipeline.

text ──extract──▶ Reading(statements, hints, times) ──gazetteer──▶ Place
     ──regions──▶ Region ──fuse──▶ Estimate ──▶ map / export / store

Units are in the field names (``_km``, ``_deg``, ``_km2``); coordinates are WGS84
degrees; spans are code-point offsets ``(start, end)`` into the decoded text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Piece:
    """One recognised piece of text (a distance, a direction, an anchor name, ...).

    Kept separately from the parsed value so the UI can highlight exactly the
    words that produced a shape.
    """

    kind: str  # "distance" | "qualifier" | "direction" | "anchor" | "hint" | "time" | "coordinates"
    text: str
    span: Span


@dataclass(frozen=True)
class Statement:
    """One statement of where the landing happened, as read from the text.

    ``kind`` is one of:
    - ``"offset"``: a distance from an anchor, with or without a direction;
    - ``"direction"``: a direction from an anchor with no distance;
    - ``"near"``: "near X", "outside X";
    - ``"coordinates"``: latitude/longitude written in the text.
    """

    kind: str
    text: str  # the sentence fragment that carries the statement
    span: Span
    anchor: str | None = None  # as written ("Жезказгана", "Jezkazgan airfield")
    anchor_span: Span | None = None
    distance: float | None = None  # the number as written, in ``unit``
    unit: str | None = None  # "km" | "mi" | "nmi" | "verst"
    distance_text: str | None = None  # the number as written ("150", "1,600", "hundred")
    distance_max: float | None = None  # the top of a vague range in ``unit`` ("several hundred km": 200 to 1000)
    qualifier: str | None = None  # as written ("nearly", "примерно", "rund")
    sense: str | None = None  # "below" | "about" | "above" | "upto" | None (exact)
    direction: str | None = None  # compass point ("SE", "WSW") or None
    bearing_deg: float | None = None  # nominal bearing, clockwise from true north
    bearing_halfwidth_deg: float | None = None  # half the width the wording implies
    lat: float | None = None  # for coordinates
    lon: float | None = None
    precision_deg: float | None = None  # for coordinates: size of the last written digit
    pieces: tuple[Piece, ...] = ()
    lang: str | None = None
    country: str | None = None  # ISO code the text ties to the anchor ("the Russian town of Orsk", "X, Kazakhstan")


@dataclass(frozen=True)
class Hint:
    """A region named as where the landing happened ("central Kazakhstan")."""

    text: str
    span: Span
    area: str  # the region's name, normalised by the extractor ("Kazakhstan", "Karaganda")
    part: str | None = None  # "central", "north-central", ... or None for the whole area
    kind: str = "region"  # "region" | "area" | "steppe" | "site" | "coast" (at sea off the area's coast)
    reach_km: float | None = None  # a coast hint's distance out to sea as written ("320 km off the coast"), or None


@dataclass(frozen=True)
class TimeMention:
    """A clock time in the text with whatever zone label came with it.

    Zone labels come in two kinds, and they convert differently:

    - a *regional* label ("French time", "по московскому времени", "Ortszeit") names a
      place's civil time, whose DST follows the date: ``zone`` is its IANA name
      (``"Europe/Paris"``) and ``utc_offset_min`` is None;
    - a *fixed* label ("EDT", "MESZ", "UTC+6", "mitteleuropäischer Sommerzeit") names one
      offset whatever the date: ``utc_offset_min`` holds it (EDT → -240) and wins;
      ``zone`` then names the region the label belongs to (EDT → ``"America/New_York"``)
      only so a note can say when the label disagrees with that region's clock.

    ``zone`` is ``"UTC"`` for UTC/GMT/Z/temps universel/по Гринвичу, ``"local"`` for "local
    time" (the landing place's zone, supplied later), None when the text gives no label.
    """

    text: str
    span: Span
    hour: int
    minute: int
    second: int = 0
    zone: str | None = None  # IANA name, "UTC", "local", or None when unlabelled
    day: date | None = None  # a date given in the same phrase, if any
    weekday: int | None = None  # Monday == 0, when the phrase names a weekday
    score: float = 0.0  # how likely this is the landing time (higher is likelier)
    utc_offset_min: int | None = None  # a fixed offset the label states (EDT → -240), else None
    month_day: tuple[int, int] | None = None  # (month, day) written next to the time without a year


@dataclass(frozen=True)
class Reading:
    """Everything ``extract`` found in one article."""

    text: str
    title: str | None
    statements: tuple[Statement, ...]
    hints: tuple[Hint, ...]
    times: tuple[TimeMention, ...]
    dateline: date | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Place:
    """A gazetteer entry, with the evidence for choosing it."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2
    population: int
    timezone: str | None
    admin1: str | None = None
    matched: str | None = None  # the gazetteer name that matched the query
    match: str | None = None  # "exact" | "skeleton" | "inflected" | "fuzzy"
    score: float = 1.0
    common_word: bool = False  # the matched name is also an everyday word ("Station", "Earth")
    site_id: str | None = None  # a place of data/places.csv (a landing site, range, spaceport), not a town
    extent_override_km: float | None = None  # the extent of a site or zone, from its source

    @property
    def extent_km(self) -> float:
        """Radius of the settlement itself, from its population.

        Journalists measure from "the city", not from its GeoNames centroid. A
        town of 100,000 in the steppe is ~4-5 km across; we take the radius of a
        disc holding the population at ~1,500 people/km² (a typical density of
        Kazakh and Central Asian towns), floored at 1 km and capped at 30 km.
        """
        import math

        if self.extent_override_km is not None:
            return self.extent_override_km  # a site or zone: its own sourced extent
        r = math.sqrt(max(self.population, 0) / 1500.0 / math.pi)
        return min(max(r, 1.0), 30.0)


@dataclass(frozen=True)
class Region:
    """The part of the Earth one statement (or hint, or user constraint) allows."""

    role: str  # "statement" | "hint" | "constraint"
    shape: str  # "ring" | "sector" | "disc" | "box" | "area"
    geometry: Any  # shapely Polygon/MultiPolygon in lon/lat (WGS84)
    area_km2: float
    index: int  # position among the statements (or hints) of the article
    statement: Statement | None = None
    hint: Hint | None = None
    anchor: Place | None = None
    distance_km: tuple[float, float, float] | None = None  # (nominal, min, max)
    bearing_deg: tuple[float, float, float] | None = None  # (nominal, min, max)
    label: str = ""  # the words that produced it
    explanation: str = ""  # why the region has this size, in words
    level: str = "statement"  # what it rests on: "statement" | "site" | "region" | "country" | "constraint"


@dataclass(frozen=True)
class LandingTime:
    """When the landing happened, as far as the text allows."""

    utc: datetime | None  # full instant when the date is known
    time_utc: time | None  # time of day in UTC (known whenever a zone is known)
    source: TimeMention | None = None
    note: str = ""
    local: datetime | None = None  # the instant on the landing site's clock (aware), when both are known
    local_zone: str | None = None  # the IANA zone of ``local`` (the landing place's)
    rules_date: date | None = None  # the date whose zone rules gave the offset
    rules_from: str = ""  # where that date came from ("date written with the time", "the dateline", ...)
    inconsistent: str | None = None  # when the text's own times for the landing disagree, how


@dataclass(frozen=True)
class Estimate:
    """Touchdown's answer for one article."""

    status: str  # "ok" | "conflict" | "nothing-to-map"
    message: str
    reading: Reading
    regions: tuple[Region, ...]
    anchors: tuple[Place, ...]
    geometry: Any | None  # fused region, shapely, lon/lat
    area_km2: float | None
    best: tuple[float, float] | None  # (lat, lon)
    uncertainty_m: float | None
    used: tuple[int, ...] = ()  # indices of the regions that went into the fusion
    conflicts: tuple[tuple[int, int], ...] = ()
    prior: bool = False
    landing_time: LandingTime | None = None
    published: date | None = None
    title: str | None = None
    sha256: str | None = None
    unresolved: tuple[str, ...] = ()  # anchor names the gazetteer could not place
    level: str | None = None  # what the estimate rests on: "statement" | "site" | "region" | "country"
    # Why past landings did or did not narrow it: "used" | "switched-off" (by the caller) | "off-target" (the text
    # puts the landing off its target) | "too-few" (the area the words allow holds too few past landings).
    prior_reason: str | None = None
    unnarrowed_geometry: Any | None = None  # the region the words allow, before past landings narrowed it
