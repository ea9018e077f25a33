"""The whole path for one article: text -> reading -> places -> regions -> estimate.

``locate`` is the public one-call API (re-exported as ``geo.locate``). User corrections
and drawn constraints enter here, so the CLI, the dashboard and batch runs all produce
the same estimate for the same inputs.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from geo import boundaries, catalog, extract, places, seas, timing
from geo.dates import parse_date
from geo.extract import lexicon as lx
from geo.extract.countries import countries_named, territory_code
from geo.extract.hints import compound_part
from geo.extract.statements import compass_point, halfwidth_deg, reported_landing
from geo.extract.tense import reports_past_landing
from geo.extract.text import contains_any, cue_windows, sentence_at
from geo.extract.times import conventional_zone
from geo.fuse import fuse
from geo.gazetteer import Gazetteer, default, homonym_rival
from geo.geodesy import HALF_MERIDIAN_KM, area_km2, clean_geometry, polygonal
from geo.model import Estimate, Hint, Place, Reading, Region, Statement
from geo.names import key as name_key
from geo.regions import sector, statement_region

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
            if float(c["distance"]) != st.distance:
                changes["distance_max"] = None  # a number typed over a vague range ("a few dozen") replaces it
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
    if area is None and h.kind == "coast":
        # "off the coast of Florida": an area with a coast, never the town of that name (a town there is a
        # "near" statement), so a name shared with towns (Florida, Uruguay) still means the region
        area = boundaries.lookup(h.area, as_of=as_of, country=countries[0] if countries else None, region=True)
    if area is None and (code := territory_code(h.area)):
        # a country's own name in any language CLDR has ("哈萨克斯坦", "オーストラリア", "Kazakistan"), when the
        # boundaries' own names do not hold it (never a US state: Florida is not the United States)
        area = _country_area(code)
    if area is None and " " in h.area:
        # "Force's Utah Test and Training Range": try the capitalised words inside
        words = h.area.replace("'s", "").split()
        for n in range(len(words) - 1, 0, -1):
            for i in range(0, len(words) - n + 1):
                inner = " ".join(words[i:i + n])
                area = _lookup(inner, as_of)
                # a guess already: only an area that bears those words as its name ("Utah"), not one found by
                # a tolerant match ("Gobi desert" is no Mongolian province Ömnögovi)
                if area is not None and not name_key(area.name).startswith(name_key(inner)):
                    area = None
                if area is not None:
                    break
            if area is not None:
                break
    if h.kind == "area" and not h.part and (area is None or area.level != "country") and \
            (split := compound_part(h.area)) is not None:
        # "in Zentralkasachstan", "in Nordkasachstan": the part of the country. It holds the region of that
        # name if there is one (North Kazakhstan Region lies in the north), so it is never the smaller
        # reading; a whole word that is a country ("Nordkorea") stays that country.
        part, rest = split
        country = _lookup(rest, as_of)
        if country is not None and country.level == "country":
            return _part(country, part)
    if area is not None and h.part:
        area = _part(area, h.part)
    return area


@lru_cache(maxsize=256)
def _country_area(code: str) -> Any | None:
    return next((a for a in boundaries.countries() if a.country == code), None)


@lru_cache(maxsize=256)
def _part(area: Any, which: str) -> Any:
    return boundaries.part(area, which)


def _site_place(site: places.Site, gaz: Gazetteer) -> Place:
    """A place of places.csv as an anchor: its centre, its sourced extent, the local zone of the nearest town."""
    return Place(geonameid=0, name=site.name, lat=site.lat, lon=site.lon, country=site.country, population=0,
                 timezone=gaz.timezone_near(site.lat, site.lon), matched=site.id, match="site", site_id=site.id,
                 extent_override_km=site.radius_km)


def _target_place(text: str, year: int | None, gaz: Gazetteer) -> Place | None:
    """The unnamed "target" / "planned landing point" as the vehicle's nominal landing area."""
    got = places.target_area(text, year)
    if got is None:
        return None
    label, (lat, lon), radius, _source = got
    return Place(geonameid=0, name=label, lat=lat, lon=lon, country=boundaries.country_of(lat, lon) or "",
                 population=0, timezone=gaz.timezone_near(lat, lon), matched="target", match="target",
                 site_id="target", extent_override_km=radius)


def place_statements(statements: tuple[Statement, ...], countries: tuple[str, ...], gaz: Gazetteer,
                     text: str = "", year: int | None = None, areas: tuple[Any, ...] = ()) -> list[Place | None]:
    """Resolve each statement's anchor.

    An anchor the text calls a site, range, banner or zone ("the Dongfeng landing site", "the Baikonur
    Cosmodrome") is a place of ``data/places.csv``, before any town of that name; an unnamed target ("430 km
    off target") is the vehicle's nominal landing area; everything else goes to the town gazetteer.
    """
    sites = [places.site_for_anchor(text, s.anchor_span)
             if text and s.anchor_span and s.anchor == text[s.anchor_span[0]:s.anchor_span[1]] else None
             for s in statements]
    targets = [_target_place(text, year, gaz) if text and s.anchor and _is_target(s.anchor) else None
               for s in statements]
    towns = [_in_named_area(s, t, gaz, areas) for s, t in zip(statements, _place_towns(statements, countries, gaz),
                                                            strict=True)]
    # A name the towns do not know but places.csv does ("near Woomera"): the site.
    named = [places.site_named(_anchor_query(s.anchor) or "") if town is None and s.anchor and not site else None
             for s, town, site in zip(statements, towns, sites, strict=True)]
    return [(_site_place(site or known, gaz) if (site or known) else target or town)
            for site, known, target, town in zip(sites, named, targets, towns, strict=True)]


_TARGET_WORDS = ("target", "aim point", "planned", "designated", "intended", "расчетн", "расчётн", "заданн",
                 "намеченн", "ziel", "geplant", "cible", "prévu", "previst", "planowan", "celu", "原定", "预定",
                 "予定", "المحدد", "hedef", "розрахунков", "point", "site", "точк")


def _is_target(anchor: str) -> bool:
    """An unnamed anchor that means the aim point of the landing (not the launch site)."""
    low = anchor.lower()
    launch = ("launch", "start", "lancement", "lanzamiento", "lancio", "lançamento", "стартов", "космодром",
              "cosmodrome", "pad")
    return low in _UNNAMED and any(w in low for w in _TARGET_WORDS) and not any(w in low for w in launch)


def _in_named_area(st: Statement, town: Place | None, gaz: Gazetteer, areas: tuple[Any, ...]) -> Place | None:
    """The text's own regions outrank a homonym elsewhere: "near Granite Peak" in a text about Utah is the
    Granite Peak in Utah, when one of the name's candidates (of an exact or inflected match) lies in a region the
    text names and the chosen one does not."""
    if town is None or not areas or not st.anchor:
        return town
    import shapely

    def inside(p: Place) -> bool:
        return any(a.covers(shapely.Point(p.lon, p.lat)) for a in areas)

    if inside(town):
        return town
    q = _anchor_query(st.anchor) or ""
    for cand in gaz.candidates(q, limit=20):
        if cand.match in ("exact", "inflected") and inside(cand) and not cand.common_word:
            return cand
    # Outside every region the text names, a tolerant match (a sound-alike, or only the first words of the
    # name: "Granite" for "Granite Peak") is not credible: refused, the name is reported as not placed.
    from geo.names import key

    partial = key(town.matched or town.name) != key(q) and town.match not in ("inflected",)
    if partial or town.match in ("skeleton", "fuzzy"):
        return None
    return town


def _place_towns(statements: tuple[Statement, ...], countries: tuple[str, ...], gaz: Gazetteer
                 ) -> list[Place | None]:
    """The town gazetteer's place for each anchor; a second pass uses the first anchors' country as context."""
    queries = [_anchor_query(s.anchor) if s.anchor else None for s in statements]
    # The text's own tie of a town to a country ("the Russian town of Orsk") comes first.
    own = [((s.country,) + tuple(c for c in countries if c != s.country)) if s.country else countries
           for s in statements]
    places = [_resolve_longest(gaz, q, ctx) if q else None for q, ctx in zip(queries, own, strict=True)]
    if not countries:
        found = [p.country for p in places if p is not None and p.match in ("exact", "inflected")]
        if found:
            # most named country; ties go to the one named first (never to set order, which varies by process)
            counts, first = Counter(found), {c: -i for i, c in reversed(list(enumerate(found)))}
            ctx = (max(counts, key=lambda c: (counts[c], first[c])),)
            places = [_resolve_longest(gaz, q, ((s.country,) if s.country else ctx)) if q else None
                      for q, s in zip(queries, statements, strict=True)]
    return places


# A name that is a country's or a first-level region's is the region unless a town of that name is a city or lies
# in it: "Karaganda" (half a million people) and "Khovd" (in Khovd Province) are the towns, "Baja California" (a
# village of 935 in Chiapas) is the state.
REGION_OVER_TOWN_POPULATION = 100_000


def _names_region_elsewhere(name: str, gaz: Gazetteer) -> bool:
    """True when ``name`` is, letter for letter, a country's or first-level region's name ("Baja California")
    and no town of that name lies in it (the one there is a village in Chiapas): the text names the region.

    Where a town of the name lies in its namesake region ("Khovd" in Khovd Province, "Princes Town" in Princes
    Town Region), the name is a town's, weighed among its homonyms as any other; a region found by a tolerant
    match is none ("Turgai" is the Kazakh town, not the Swiss canton Thurgau).
    """
    from shapely.geometry import Point

    area = _lookup(name)
    if area is None or name_key(area.name) != name_key(name):
        return False
    return not any(area.geometry.intersects(Point(p.lon, p.lat)) for p in gaz.candidates(name))


def _resembles_longer_name(gaz: Gazetteer, name: str, n_words: int) -> bool:
    """The best (refused) candidate of the whole phrase is a place with as many words: the phrase names it.

    Why: when "Cape Canaveral" in another script is refused as a tolerant match abroad, falling back to its
    first word finds an exact homonym of that word (a town "Kep" in Cambodia) and maps it confidently.
    """
    ranked = gaz.explain(name, ())[1]
    return bool(ranked) and len(ranked[0][0].name.split()) >= n_words


def _resolve_longest(gaz: Gazetteer, name: str, countries: tuple[str, ...]) -> Place | None:
    """The place for the longest leading run of the anchor's words that names one.

    "Zhezkazgan More" (a paragraph break lost in HTML) or "Baikonur Cosmodrome" still place
    their first word; the whole phrase is always tried first.
    """
    words = name.split()
    for n in range(len(words), 0, -1):
        if n < len(words) and n == len(words) - 1 and _lookup(name) is not None:
            return None  # the whole name is a region ("Baja California"): its first word is no town
        place = gaz.resolve(" ".join(words[:n]), countries)
        if place is None and n == len(words) > 1 and _resembles_longer_name(gaz, name, n):
            return None  # "كيب كانافيرال" is Cape Canaveral, refused abroad: its first word ("Kep") is no better
        if place is not None and n == len(words) and place.population < REGION_OVER_TOWN_POPULATION and \
                _names_region_elsewhere(name, gaz):
            return None  # "off Baja California": the Mexican state, not a village of 935 people in Chiapas
        if place is not None and place.match not in ("exact", "inflected") and _lookup(" ".join(words[:n])):
            return None  # a region's name by sound alone ("Kalifornie" ~ California City): the region, no town
        # The first words of a capitalised name by sound alone ("Baja" ~ "Badger" for "Baja California")
        # would be a guess on a guess; uncased words after an Arabic name are not part of it.
        if place is not None and (place.match in ("exact", "inflected")
                                  or not any(w[:1].isupper() for w in words[n:])):
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
    published = parse_date(published)
    # A lone surrogate (from a broken decode upstream) cannot be encoded or hashed; it becomes U+FFFD,
    # one code point for one, so every span still points at the same characters.
    text = _SURROGATE.sub("\ufffd", text)
    gaz = gazetteer or default()
    reading = extract.read(text)
    as_of = published or reading.dateline
    statements = apply_corrections(reading.statements, corrections)

    hint_regions, kept_hints, countries = _hints(reading, as_of)
    # A town's homonyms are weighed by the areas the text names as places of the landing first,
    # Then the countries it names anywhere, then the vehicle's landing country.
    context = tuple(dict.fromkeys(countries + countries_named(text) + places.landing_countries(text)))
    found_places = place_statements(statements, context, gaz, text, (as_of.year if as_of else None),
                                    tuple(r.geometry for r in hint_regions if r.level == "region"))

    regions: list[Region] = []
    anchors: dict[tuple[int, str | None], Place] = {}
    unresolved: list[str] = []
    impossible: list[str] = []
    kept_statements: list[Statement] = []
    seen: set[tuple] = set()
    ambiguous: list[str] = []
    for st, place in zip(statements, found_places, strict=False):
        why = _ambiguity(gaz, st.anchor, context) if place is None and st.anchor else None
        if why and why not in ambiguous:
            ambiguous.append(why)  # kept, unplaced, so the reader can say which one it is
        elif st.kind in ("near", "direction") and place is None:
            continue  # weak wording with no known place: most likely not a place at all
        idx = len(kept_statements)
        kept_statements.append(st)
        # The same statement twice (a headline and its body): one region, so it cannot outvote a better one.
        same = ((place.geonameid, place.site_id) if place else st.anchor, st.kind, st.distance, st.unit, st.direction,
                st.lat, st.lon)
        if same in seen:
            continue
        seen.add(same)
        if st.anchor and place is None:
            unresolved.append(st.anchor)
        rival = gaz.nearest_rival_km(place) if (place is not None and st.kind == "near") else None
        region = statement_region(st, idx, place, rival)
        if region is not None and place is not None and place.site_id == "target":
            region = _uprange(region, text, st)
        if region is not None and st.kind == "near" and _offshore(st):
            region = _at_sea(region)
        elif region is not None and st.kind == "offset" and _offshore_offset(text, st, place):
            region = seas.clip_to_sea(region)
        if place is not None:
            anchors[(place.geonameid, place.site_id)] = place
        if region is not None and not region.geometry.is_empty and region.area_km2 > 0:
            regions.append(region)
        elif place is not None and st.kind == "offset":
            impossible.append(st.text)
    for c_index, geom in enumerate(constraints):
        g = clean_geometry(geom, what=f"Constraint {c_index + 1}")  # GeometryError says what is wrong with it
        if not g.is_empty:
            regions.append(Region(role="constraint", shape="area", geometry=g, area_km2=area_km2(g), index=c_index,
                                  label="drawn by the user", explanation="a constraint the user drew"))
    reading = replace(reading, statements=tuple(kept_statements), hints=tuple(kept_hints))

    site_regions = _site_regions(text, kept_statements, len(kept_statements))
    site_regions += _sea_regions(text, kept_statements, len(kept_statements) + len(site_regions), gaz, as_of)
    # a site named as a place is not also a region hint ("Siziwang Banner" is both); nor is a sea ("golfo de
    # México" is no hint of Mexico)
    site_spans = [r.hint.span for r in site_regions if r.hint is not None]
    # "in the Pacific southwest of Hawaii": a direction statement the reader took from the same words stays when it
    # lies in that sea (the fusion narrows the sea to it), and gives way when its anchor put it elsewhere (a town of
    # the name on another continent)
    directed = [r for r in site_regions if r.hint is not None and r.hint.kind == "sea" and r.bearing_deg]
    regions = [r for r in regions if not (
        r.role == "statement" and r.statement is not None and r.statement.kind == "direction"
        and r.statement.anchor_span and any(
            d.hint.span[0] <= r.statement.anchor_span[0] < d.hint.span[1] and not r.geometry.intersects(d.geometry)
            for d in directed))]
    site_spans += [m.span for m in seas.find_sea_mentions(text)]  # a sea's name is never a country's hint
    hint_regions = [r for r in hint_regions
                    if not any(a < r.hint.span[1] and r.hint.span[0] < b for a, b in site_spans)]
    tz = next((p.timezone for p in found_places if p is not None and p.timezone), None)
    if tz is None and site_regions:
        tz = next((t for r in site_regions for t in [_site_tz(r, gaz)] if t), None)
    landing = timing.landing_time(reading.times, reading.dateline, published, tz,
                                  unlabelled_zone=conventional_zone(text))
    sha = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    base = dict(reading=reading, anchors=tuple(anchors.values()), landing_time=landing, published=published,
                title=title or reading.title, sha256=sha, unresolved=tuple(unresolved))

    statement_like = [r for r in regions if r.role in ("statement", "constraint")]
    if not statement_like:
        coarse = _coarse(text, [*site_regions, *hint_regions])
        if coarse:
            return _estimate(coarse, prior, exclude_mission, base)
    if not statement_like:
        why = "no statement of where the landing happened was found"
        if ambiguous:
            why = "; ".join(ambiguous)
        elif unresolved:
            why = "the places named (" + ", ".join(unresolved) + ") are not in the gazetteer"
        elif impossible:
            why = ("no place on Earth fits " + "; ".join(f"«{t}»" for t in impossible)
                   + f" (no two points are more than {HALF_MERIDIAN_KM:,.0f} km apart)")
        return Estimate(status="nothing-to-map", message=f"Nothing to map: {why}.", regions=tuple(regions),
                        geometry=None, area_km2=None, best=None, uncertainty_m=None, **base)
    return _estimate([*regions, *site_regions, *hint_regions], prior, exclude_mission, base)


def _uprange(region: Region, text: str, st: Statement) -> Region:
    """A distance "short of the target" is uprange along the ground track: the ring cut to that sector."""
    if region.distance_km is None or contains_any(st.text, lx.SHORT_OF_TARGET) is None:
        return region
    anchor = region.anchor
    got = places.uprange_bearings(text, anchor.lat)
    if got is None:
        return region
    b0, b1, why = got
    _, lo, hi = region.distance_km
    geom = sector(anchor.lat, anchor.lon, lo, hi, b0, b1)
    if geom.is_empty:
        return region
    return replace(region, shape="sector", geometry=geom, area_km2=area_km2(geom),
                   bearing_deg=((b0 + b1) / 2 % 360, b0 % 360, b1 % 360),
                   explanation=f"{region.explanation}; {why}")


def _ambiguity(gaz: Gazetteer, anchor: str, countries: tuple[str, ...]) -> str | None:
    """Why an anchor was left unplaced when the reason is a homonym in another country, in words, else None."""
    q = _anchor_query(anchor)
    if not q:
        return None
    _, ranked, _ = gaz.explain(q, countries)
    if not ranked or not (rival := homonym_rival(ranked, countries)):
        return None
    from babel import Locale

    country = Locale("en").territories.get
    best = ranked[0][0]
    return (f"“{anchor}” may be {best.name} in {country(best.country, best.country)} ({best.population:,} people) "
            f"or {rival.name} in {country(rival.country, rival.country)} ({rival.population:,}), and the text "
            f"names neither country")


def _estimate(all_regions: list[Region], prior: bool, exclude_mission: str | None, base: dict[str, Any]
              ) -> Estimate:
    """Fuse the regions into the estimate, saying in the message what level of evidence it rests on."""
    # "N km short of / off the target": the landing was off-nominal by the text's own word, so the past (nominal)
    # landings say nothing about where it is; the prior would pull the estimate back to the target.
    off_target = any(r.anchor is not None and r.anchor.site_id == "target" for r in all_regions)
    points = catalog.prior_points(exclude_mission) if prior and not off_target else ()
    coarse = not any(r.role in ("statement", "constraint") for r in all_regions)
    # A coarse area (a region, a country, a site) is narrowed to the landing zones past landings fell in, not to
    # the past landing points themselves: the target moves from mission to mission by tens of km.
    fused = fuse(all_regions, () if coarse else points)
    if coarse and points and fused.geometry is not None:
        fused = _zone_prior(fused, points)
    if fused.geometry is None:
        return Estimate(status="conflict", message="The statements contradict each other and no two agree.",
                        regions=tuple(all_regions), geometry=None, area_km2=None, best=None, uncertainty_m=None,
                        conflicts=fused.conflicts, **base)
    status = "conflict" if fused.conflicts else "ok"
    level = _level([all_regions[i] for i in fused.used])
    message = _message(all_regions, fused)
    if level != "statement":
        message = (_coarse_message(all_regions, fused, level)
                   + f" The estimate is {fused.area_km2:,.0f} km²."
                   + (" " + message.split("; ", 1)[1].capitalize() if "; " in message else ""))
    elif off_target:
        message += " The text puts the landing off its target, so the historical prior is not used."
    prior_reason = ("used" if fused.prior else "switched-off" if not prior else "off-target" if off_target
                    else "too-few")
    return Estimate(status=status, message=message, regions=tuple(all_regions), geometry=fused.geometry,
                    area_km2=fused.area_km2, best=fused.best, uncertainty_m=fused.uncertainty_m, used=fused.used,
                    conflicts=fused.conflicts, prior=fused.prior, prior_reason=prior_reason,
                    unnarrowed_geometry=fused.hard_geometry, level=level, **base)


# A coarse area is narrowed to the landing zones only when they hold most of the past landings inside it.
ZONE_PRIOR_MIN_SHARE = 0.8
# The zones' radii are estimates (no agency publishes zone boundaries: data/places.csv says which); a coarse
# estimate cut to them keeps this much more around each, so a landing at a zone's edge is not cut off.
ZONE_MARGIN_KM = 50.0
# "Off the coast of X": recovery zones lie tens to a hundred and more km offshore (the Dragon zones of
# data/places.csv have radii of 150 km), so the sea region reaches at least this far from X.
OFFSHORE_MIN_RADIUS_KM = seas.OFFSHORE_MIN_RADIUS_KM


def _zone_prior(fused: Any, points: tuple[tuple[float, float], ...]) -> Any:
    """The coarse estimate cut to the landing zones of data/places.csv that hold the past landings inside it.

    Why zones: "landed in the Kazakh steppe" allows all of Kazakhstan; the honest narrowing a prior allows is
    "where landings happen" (the recovery zones, each with its sourced extent), which holds a new mission's
    target as well as the old ones'. Used only when those zones hold at least ZONE_PRIOR_MIN_SHARE of the past
    landings inside the area; otherwise the area stands as it is.
    """
    from dataclasses import replace as dc_replace

    import shapely

    from geo.geodesy import max_distance_km

    geom = fused.geometry
    inside = [(lat, lon) for lat, lon in points if geom.covers(shapely.Point(lon, lat))]
    if not inside:
        return fused
    from geo.regions import disc

    zones = [z.polygon if z.polygon is not None else disc(z.lat, z.lon, z.radius_km + ZONE_MARGIN_KM)
             for z in places.sites() if z.kind in ("landing_zone", "landing_site")]
    zones = [z for z in zones if any(z.covers(shapely.Point(lon, lat)) for lat, lon in inside)]
    if not zones:
        return fused
    zone_union = shapely.union_all(zones)
    held = sum(1 for lat, lon in inside if zone_union.covers(shapely.Point(lon, lat)))
    if held < ZONE_PRIOR_MIN_SHARE * len(inside):
        return fused
    cut = polygonal(geom.intersection(zone_union))
    if cut.is_empty:
        return fused
    lat = sum(p[0] for p in inside) / len(inside)
    lon = sum(p[1] for p in inside) / len(inside)
    pt = shapely.Point(lon, lat)
    if not cut.covers(pt):
        pt = cut.representative_point()
    best = (pt.y, pt.x)
    return dc_replace(fused, geometry=cut, area_km2=area_km2(cut), best=best,
                      uncertainty_m=max_distance_km(best[0], best[1], cut) * 1000.0, prior=True)


_LEVELS = ("statement", "site", "region", "country")


def _level(used: list[Region]) -> str:
    """The most precise kind of evidence the estimate rests on."""
    levels = {("statement" if r.role in ("statement", "constraint") else r.level) for r in used}
    return next((lv for lv in _LEVELS if lv in levels), "country")


def _coarse_message(regions: list[Region], fused: Any, level: str) -> str:
    names = ", ".join(dict.fromkeys(f"«{regions[i].label}»" for i in fused.used
                                    if regions[i].role in ("site", "hint")))
    what = {"site": "the place", "region": "the region", "country": "the country"}[level]
    coarse_used = [regions[i] for i in fused.used if regions[i].role in ("site", "hint")]
    if coarse_used and all(r.hint is not None and r.hint.kind == "sea" for r in coarse_used):
        what = "the sea"  # a sea's area, not a region of a country: said so
    elif coarse_used and all(r.hint is not None and r.hint.kind in ("sea", "coast") for r in coarse_used):
        what = "the sea off the coast"
    narrowed = (", narrowed to the landing zones where past landings came down (historical prior)" if fused.prior else
                "; the text gives nothing tighter")
    return f"Coarse estimate: it rests on {what} named ({names}){narrowed}."


def _offshore(st: Statement) -> bool:
    """"off (the coast of) X" and its translations: the landing was at sea."""
    q = (st.qualifier or "").lower()
    return any(q.startswith(w) for w in lx.OFFSHORE_WORDS)


def _at_sea(region: Region) -> Region:
    """The sea off the place's coast (``geo.seas.off_the_coast``: one definition of "off the coast of X")."""
    return seas.off_the_coast(region)


def _offshore_offset(text: str, st: Statement, place: Place | None) -> bool:
    """"40 miles off Jacksonville": a distance from a named coastal place with an offshore word between them
    (never "off target": the vehicle's target is no coast)."""
    if place is None or place.site_id == "target" or not st.anchor_span or not text:
        return False
    dist = next((p for p in st.pieces if p.kind == "distance"), None)
    if dist is None:
        return False
    return seas.is_offshore_offset(text, dist.span[1], st.anchor_span[0])


def _site_tz(region: Region, gaz: Gazetteer) -> str | None:
    c = region.geometry.representative_point()
    return gaz.timezone_near(c.y, c.x)


def _site_regions(text: str, statements: list[Statement], first_index: int) -> list[Region]:
    """A region for each landing site, zone, range, banner or recovery zone named as where the landing
    happened, in a sentence about the landing that does not move it to another event (a launch site, a plan)."""
    out: list[Region] = []
    windows = cue_windows(text, lx.LANDING_CUES)
    taken = [s.anchor_span for s in statements if s.anchor_span]
    chosen: dict[str, tuple[places.Mention, bool]] = {}  # site -> its mention, and whether that reports the landing
    for m in places.find_mentions(text, windows):
        if not m.site.is_area or any(a < m.span[1] and m.span[0] < b for a, b in taken):
            continue
        if not reported_landing(text, m.span[0]):
            continue
        s0, s1 = sentence_at(text, m.span[0])
        reports = reports_past_landing(text[s0:s1])
        if m.site.id not in chosen or (reports and not chosen[m.site.id][1]):
            # "Crews waited at the Dongfeng landing site. The capsule touched down at the Dongfeng landing
            # site": the mention in the sentence that reports the landing is the one that counts
            chosen[m.site.id] = (m, reports)
    for m, _reports in sorted(chosen.values(), key=lambda c: c[0].span):
        geom = places.region_of(m.site)
        hint = Hint(text=m.text, span=m.span, area=m.site.id, kind="site")
        out.append(Region(role="site", shape="area" if m.site.polygon is not None else "disc", geometry=geom,
                          area_km2=area_km2(geom), index=first_index + len(out), hint=hint, label=m.text,
                          explanation=f"{m.site.name}: a {m.site.kind.replace('_', ' ')} of radius "
                                      f"{m.site.radius_km:,.0f} km (data/places.csv, {m.site.id})",
                          level="site"))
    return out


def _coarse(text: str, regions: list[Region]) -> list[Region]:
    """Sites and region hints that may stand alone as an estimate: only those in a sentence that reports a
    landing that happened ("landed in central Kazakhstan"), never one that merely has a landing word."""
    out = []
    for r in regions:
        if r.hint is None:
            continue
        if r.hint.kind in ("sea", "coast"):
            if seas.reports_splashdown(text, r.hint.span[0]):
                out.append(r)
            continue
        s, e = sentence_at(text, r.hint.span[0])
        if reports_past_landing(text[s:e]):
            out.append(r)
    return out


def _sea_regions(text: str, statements: list[Statement], first_index: int, gaz: Gazetteer,
                 as_of: date | None) -> list[Region]:
    """A region for each sea named as where a splashdown happened ("splashed down in the Gulf of Mexico",
    "приводнился в Тихом океане"): the sea's area (``data/seas.geojson``), cut to the side of a place when a
    direction follows ("in the Pacific west of Baja California"). Only in a sentence that reports a landing that
    happened; a sea merely mentioned ("the Atlantic sites were ruled out") is no region. Level "region": a sea is
    an area named, as a region is (the message says it is a sea)."""
    out: list[Region] = []
    taken = [s.anchor_span for s in statements if s.anchor_span]
    seen: set[str] = set()
    for m in seas.find_sea_mentions(text):
        if any(a < m.span[1] and m.span[0] < b for a, b in taken) or not seas.reports_splashdown(text, m.span[0]):
            continue
        geom, label, span = m.sea.geometry, m.text, m.span
        expl = f"{m.sea.name}: the {m.sea.kind}'s area (Natural Earth marine polygons, data/seas.geojson, {m.sea.id})"
        key = m.sea.id
        bearing: tuple[float, float, float] | None = None
        got = seas.direction_after(text, m.span[1])
        if got is not None:
            point, name, (_, d_end) = got
            where = seas.resolve_place(name, gaz, as_of)
            if where is not None:
                w_label, w_area, w_point, w_extent, used = where
                cut = seas.directed_area(m.sea.geometry, point, w_point, w_extent, w_area)
                found = text.find(used, d_end - len(name), d_end + 1)
                if not cut.is_empty and area_km2(cut) > 0 and found >= 0:
                    d_end = found + len(used)
                    geom, span, label = cut, (m.span[0], d_end), text[m.span[0]:d_end]
                    bearing = (lx.COMPASS[point], 0.0, 0.0)
                    key = f"{m.sea.id}|{point}|{w_label}"
                    expl += (f", the part {point} of {w_label} (geodesic sectors up to {seas.SEA_DIRECTION_KM:,.0f} km "
                             f"from it, ±{halfwidth_deg(point):.1f}° widened by the press slack)")
        if key in seen:
            continue
        seen.add(key)
        hint = Hint(text=label, span=span, area=m.sea.id, kind="sea")
        out.append(Region(role="site", shape="area", geometry=geom, area_km2=area_km2(geom),
                          index=first_index + len(out), hint=hint, label=label, explanation=expl, level="region",
                          bearing_deg=bearing))
    return out



def _hints(reading: Reading, as_of: date | None) -> tuple[list[Region], list[Hint], tuple[str, ...]]:
    regions: list[Region] = []
    kept: list[Hint] = []
    countries: list[str] = []
    seen: set[tuple[str, bool]] = set()
    for h in reading.hints:
        context = tuple(countries)
        if h.kind == "coast" and not context:
            # "off the coast of Georgia" in a Dragon report: the vehicle's landing country decides the homonym
            context = places.landing_countries(reading.text)
        area = _hint_area(h, as_of, context)
        if area is None:
            continue  # not an area
        geometry, size_km2 = area.geometry, None
        if h.kind == "coast":
            geometry = _coast_of(area, h.reach_km)
            if geometry is None:
                continue  # no sea near that area: "off the coast of" it cannot be placed
        kept.append(h)
        if area.country and area.country not in countries:
            countries.append(area.country)
        key = (area.name, h.kind == "coast")
        if key in seen:
            continue  # the same area named twice ("in Kazakhstan" ... "the Kazakh steppe"): one region
        seen.add(key)
        explanation = f"{area.name}" + (f" ({area.note})" if area.note else "")
        if h.kind == "coast":
            explanation += _coast_words(h.reach_km)
            size_km2 = area_km2(geometry)
        regions.append(Region(role="hint", shape="area", geometry=geometry,
                              area_km2=size_km2 if size_km2 is not None else _area_km2_of(area),
                              index=len(kept) - 1, hint=h, label=h.text, explanation=explanation,
                              level="country" if area.level == "country" else "region"))
    return regions, kept, tuple(countries)


# "320 km off the Florida coast": the band from half to a quarter more than the distance written. The near
# side is generous because the distance may be from another stretch of coast than the one the outline puts
# nearest (a land border, a headland).
COAST_BAND_NEAR, COAST_BAND_FAR = 0.5, 1.25


def _coast_band_km(reach_km: float | None) -> tuple[float, float]:
    """(near, far) in km of the sea "off the coast" means: the recovery zones' reach, or a band about the
    distance written."""
    if not reach_km:
        return 0.0, seas.OFFSHORE_COAST_REACH_KM
    return COAST_BAND_NEAR * reach_km, max(seas.OFFSHORE_MIN_RADIUS_KM, COAST_BAND_FAR * reach_km)


_COAST_MEMO: dict[tuple, Any] = {}


def _coast_of(area: Any, reach_km: float | None) -> Any | None:
    """The sea off an area's coast, remembered by the area's name and bounds (hashing a country's geometry
    costs more than drawing a small strip; the bounds tell a region's borders of one date from another's)."""
    key = (area.name, area.level, area.country, area.geometry.bounds, reach_km)
    if key not in _COAST_MEMO:
        if len(_COAST_MEMO) >= 64:
            _COAST_MEMO.clear()
        near, far = _coast_band_km(reach_km)
        _COAST_MEMO[key] = seas.coastal_band(area.geometry, near, far) if near else seas.coastal_sea(area.geometry, far)
    return _COAST_MEMO[key]


def _coast_words(reach_km: float | None) -> str:
    near, far = _coast_band_km(reach_km)
    if near:
        return f"; at sea off its coast: {near:,.0f} to {far:,.0f} km out, the land left out"
    return f"; at sea off its coast: up to {far:,.0f} km out, the land left out"


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
