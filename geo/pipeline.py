"""The whole path for one article: text -> reading -> places -> regions -> estimate.

``locate`` is the public one-call API (re-exported as ``geo.locate``). User corrections
and drawn constraints enter here, so the CLI, the dashboard and batch runs all produce
the same estimate for the same inputs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from shapely.geometry import shape as shapely_shape

from geo import boundaries, catalog, extract, timing
from geo.extract import lexicon as lx
from geo.extract.statements import compass_point, halfwidth_deg
from geo.fuse import fuse
from geo.gazetteer import Gazetteer, default
from geo.geodesy import HALF_MERIDIAN_KM, area_km2, polygonal
from geo.model import Estimate, Hint, Place, Reading, Region, Statement
from geo.regions import statement_region

ENGINE_VERSION = "0.1.0"
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNNAMED = {u.lower() for u in lx.UNNAMED_ANCHORS}
_FACILITY = tuple(f.lower() for f in lx.FACILITY_WORDS)
_QUALIFIER_SENSE = {q.lower(): s for s, qs in lx.QUALIFIERS.items() for q in qs}


def apply_corrections(statements: tuple[Statement, ...], corrections: dict[int, dict[str, Any]] | None
                      ) -> tuple[Statement, ...]:
    """Statements with the user's corrections applied (anchor, distance, unit, direction, qualifier).

    A correction ``{"disabled": True}`` removes a statement from the fusion (it stays listed).
    """
    if not corrections:
        return statements
    out = []
    for i, st in enumerate(statements):
        c = corrections.get(i) or corrections.get(str(i)) or {}  # type: ignore[call-overload]
        if c.get("disabled"):
            continue
        changes: dict[str, Any] = {}
        if "anchor" in c and c["anchor"]:
            changes["anchor"] = str(c["anchor"])
        if "distance" in c and c["distance"] not in (None, ""):
            changes["distance"] = float(c["distance"])
            changes["distance_text"] = f"{float(c['distance']):g}"
            if st.kind in ("near", "direction"):
                changes["kind"] = "offset"
        if "unit" in c and c["unit"] in lx.UNIT_METRES:
            changes["unit"] = c["unit"]
        if "direction" in c:
            point = compass_point(str(c["direction"])) if c["direction"] else None
            changes["direction"] = point
            changes["bearing_deg"] = lx.COMPASS[point] if point else None
            changes["bearing_halfwidth_deg"] = halfwidth_deg(point) if point else None
        if "qualifier" in c:
            q = (c["qualifier"] or "").strip()
            changes["qualifier"] = q or None
            changes["sense"] = _QUALIFIER_SENSE.get(q.lower()) if q else None
        st = replace(st, **changes)
        if st.kind == "offset" and not st.unit:
            st = replace(st, unit="km")
        out.append(st)
    return tuple(out)


def _anchor_query(anchor: str) -> str | None:
    """The name to look up for an anchor phrase (None for unnamed anchors like "launch site")."""
    low = anchor.lower().strip()
    if low in _UNNAMED:
        return None
    for f in _FACILITY:
        if low.endswith(" " + f):
            return anchor[: len(anchor) - len(f) - 1]
    return anchor


@lru_cache(maxsize=512)
def _lookup(name: str, as_of: date | None = None, country: str | None = None) -> Any | None:
    """``boundaries.lookup`` remembered: the same few areas are named again and again."""
    return boundaries.lookup(name, as_of=as_of, country=country)


@lru_cache(maxsize=512)
def _area_km2_of(area: Any) -> float:
    return area_km2(area.geometry)


def _hint_area(h: Hint, as_of: date | None, countries: tuple[str, ...]) -> Any | None:
    area = _lookup(h.area, as_of, countries[0] if countries else None)
    if area is None and " " in h.area:
        # "Force's Utah Test and Training Range": try the capitalised words inside
        words = h.area.replace("'s", "").split()
        for n in range(len(words) - 1, 0, -1):
            for i in range(0, len(words) - n + 1):
                area = _lookup(" ".join(words[i:i + n]), as_of)
                if area is not None:
                    break
            if area is not None:
                break
    if area is not None and h.part:
        area = _part(area, h.part)
    return area


@lru_cache(maxsize=256)
def _part(area: Any, which: str) -> Any:
    return boundaries.part(area, which)


def place_statements(statements: tuple[Statement, ...], countries: tuple[str, ...], gaz: Gazetteer
                     ) -> list[Place | None]:
    """Resolve each statement's anchor; a second pass uses the first anchors' country as context."""
    queries = [_anchor_query(s.anchor) if s.anchor else None for s in statements]
    # The text's own tie of a town to a country ("the Russian town of Orsk") comes first.
    own = [((s.country,) + tuple(c for c in countries if c != s.country)) if s.country else countries
           for s in statements]
    places = [_resolve_longest(gaz, q, ctx) if q else None for q, ctx in zip(queries, own, strict=True)]
    if not countries:
        found = [p.country for p in places if p is not None and p.match in ("exact", "inflected")]
        if found:
            # most named country; ties go to the one named first (never to set order, which varies by process)
            ctx = (max(found, key=lambda c: (found.count(c), -found.index(c))),)
            places = [_resolve_longest(gaz, q, ((s.country,) if s.country else ctx)) if q else None
                      for q, s in zip(queries, statements, strict=True)]
    return places


def _resolve_longest(gaz: Gazetteer, name: str, countries: tuple[str, ...]) -> Place | None:
    """The place for the longest leading run of the anchor's words that names one.

    "Zhezkazgan More" (a paragraph break lost in HTML) or "Baikonur Cosmodrome" still place
    their first word; the whole phrase is always tried first.
    """
    words = name.split()
    for n in range(len(words), 0, -1):
        place = gaz.resolve(" ".join(words[:n]), countries)
        if place is not None:
            return place
    return None


def locate(
    text: str,
    published: date | str | None = None,
    *,
    prior: bool = True,
    corrections: dict[int, dict[str, Any]] | None = None,
    constraints: list[dict] | tuple[dict, ...] = (),
    exclude_mission: str | None = None,
    title: str | None = None,
    sha256: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Estimate:
    """Read an article and estimate where the landing happened.

    ``published`` (a date or "YYYY-MM-DD") completes a time with no date in the text and
    dates the region names (a region named in 2010 has its 2010 borders). ``prior`` turns
    the historical-landings prior on or off; ``exclude_mission`` leaves one catalog row out
    of it (evaluation). ``corrections`` maps a statement index to field overrides;
    ``constraints`` are GeoJSON geometries the user drew, fused like statements.
    """
    if isinstance(published, str):
        published = date.fromisoformat(published) if published.strip() else None
    # A lone surrogate (from a broken decode upstream) cannot be encoded or hashed; it becomes U+FFFD,
    # one code point for one, so every span still points at the same characters.
    text = _SURROGATE.sub("\ufffd", text)
    gaz = gazetteer or default()
    reading = extract.read(text)
    as_of = published or reading.dateline
    statements = apply_corrections(reading.statements, corrections)

    hint_regions, kept_hints, countries = _hints(reading, as_of)
    places = place_statements(statements, countries, gaz)

    regions: list[Region] = []
    anchors: dict[int, Place] = {}
    unresolved: list[str] = []
    impossible: list[str] = []
    kept_statements: list[Statement] = []
    seen: set[tuple] = set()
    for st, place in zip(statements, places, strict=False):
        if st.kind in ("near", "direction") and place is None:
            continue  # weak wording with no known place: most likely not a place at all
        idx = len(kept_statements)
        kept_statements.append(st)
        # The same statement twice (a headline and its body): one region, so it cannot outvote a better one.
        same = (place.geonameid if place else st.anchor, st.kind, st.distance, st.unit, st.direction, st.lat, st.lon)
        if same in seen:
            continue
        seen.add(same)
        if st.anchor and place is None:
            unresolved.append(st.anchor)
        rival = gaz.nearest_rival_km(place) if (place is not None and st.kind == "near") else None
        region = statement_region(st, idx, place, rival)
        if place is not None:
            anchors[place.geonameid] = place
        if region is not None and not region.geometry.is_empty and region.area_km2 > 0:
            regions.append(region)
        elif place is not None and st.kind == "offset":
            impossible.append(st.text)
    for c_index, geom in enumerate(constraints):
        g = polygonal(shapely_shape(geom))
        if not g.is_empty:
            regions.append(Region(role="constraint", shape="area", geometry=g, area_km2=area_km2(g), index=c_index,
                                  label="drawn by the user", explanation="a constraint the user drew"))
    reading = replace(reading, statements=tuple(kept_statements), hints=tuple(kept_hints))

    tz = next((p.timezone for p in places if p is not None and p.timezone), None)
    landing = timing.landing_time(reading.times, reading.dateline, published, tz)
    sha = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    base = dict(reading=reading, anchors=tuple(anchors.values()), landing_time=landing, published=published,
                title=title or reading.title, sha256=sha, unresolved=tuple(unresolved))

    statement_like = [r for r in regions if r.role in ("statement", "constraint")]
    if not statement_like:
        why = "no statement of where the landing happened was found"
        if unresolved:
            why = "the places named (" + ", ".join(unresolved) + ") are not in the gazetteer"
        elif impossible:
            why = ("no place on Earth fits " + "; ".join(f"«{t}»" for t in impossible)
                   + f" (no two points are more than {HALF_MERIDIAN_KM:,.0f} km apart)")
        return Estimate(status="nothing-to-map", message=f"Nothing to map: {why}.", regions=tuple(regions),
                        geometry=None, area_km2=None, best=None, uncertainty_m=None, **base)
    all_regions = [*regions, *hint_regions]
    points = catalog.prior_points(exclude_mission) if prior else ()
    fused = fuse(all_regions, points)
    if fused.geometry is None:
        return Estimate(status="conflict", message="The statements contradict each other and no two agree.",
                        regions=tuple(all_regions), geometry=None, area_km2=None, best=None, uncertainty_m=None,
                        conflicts=fused.conflicts, **base)
    status = "conflict" if fused.conflicts else "ok"
    message = _message(all_regions, fused)
    return Estimate(status=status, message=message, regions=tuple(all_regions), geometry=fused.geometry,
                    area_km2=fused.area_km2, best=fused.best, uncertainty_m=fused.uncertainty_m, used=fused.used,
                    conflicts=fused.conflicts, prior=fused.prior, extras={"hard_geometry": fused.hard_geometry},
                    **base)


def _hints(reading: Reading, as_of: date | None) -> tuple[list[Region], list[Hint], tuple[str, ...]]:
    regions: list[Region] = []
    kept: list[Hint] = []
    countries: list[str] = []
    seen: set[str] = set()
    for h in reading.hints:
        area = _hint_area(h, as_of, tuple(countries))
        if area is None:
            continue  # not an area
        kept.append(h)
        if area.country and area.country not in countries:
            countries.append(area.country)
        if area.name in seen:
            continue  # the same area named twice ("in Kazakhstan" ... "the Kazakh steppe"): one region
        seen.add(area.name)
        regions.append(Region(role="hint", shape="area", geometry=area.geometry, area_km2=_area_km2_of(area),
                              index=len(kept) - 1, hint=h, label=h.text,
                              explanation=f"{area.name}" + (f" ({area.note})" if area.note else "")))
    return regions, kept, tuple(countries)


def _message(regions: list[Region], fused: Any) -> str:
    n = sum(1 for i in fused.used if regions[i].role == "statement")
    parts = [f"{n} statement{'s' if n != 1 else ''} fused into {fused.area_km2:,.0f} km²"]
    if fused.conflicts:
        names = ", ".join(f"«{regions[i].label}» vs «{regions[j].label}»" for i, j in fused.conflicts)
        dropped = [regions[i].label for i in range(len(regions)) if i not in fused.used]
        parts.append(f"conflict: {names}; kept the largest group that agrees"
                     + (f", left out: {', '.join(dropped)}" if dropped else ""))
    parts.append("historical prior used" if fused.prior else "historical prior not used")
    return "; ".join(parts) + "."
