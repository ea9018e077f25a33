"""Seas: named oceans, seas and gulfs (``data/seas.geojson``) and the sea off a coast.

Why a module: splashdown reports say where a capsule came down by the sea it fell in ("splashed down in the Gulf
of Mexico", "приводнился в Тихом океане", "in the Pacific west of Baja California") or by the coast it fell off
("off the coast of Pensacola", "40 miles off Jacksonville"). A sea is an area as a region is; the coast phrases
are the sea within an honest distance of the place. Both live here so "at sea" means one thing everywhere:

- :func:`find_sea_mentions` / :func:`sea_area`: the named seas of ``data/seas.geojson`` (Natural Earth marine
  polygons, names curated in the languages read, ``scripts/build_seas.py``);
- :func:`directed_area`: "the Pacific west of X": the sea cut to the geodesic sector on that side of X;
- :func:`off_the_coast` and :func:`clip_to_sea`: "off (the coast of) X" and "N km off X", with the land left out.

Every distance is geodesic on WGS84 (``geo.regions``); nothing is measured in degrees.

>>> [m.sea.id for m in find_sea_mentions("The capsule splashed down in the Gulf of Mexico on Sunday.")]
['gulf-of-mexico']
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from geo.geodesy import area_km2, max_distance_km, polygonal
from geo.model import Region
from geo.regions import PRESS_DIRECTION_SLACK_DEG
from geo.resources import data_dir

SEAS_GEOJSON = data_dir() / "seas.geojson"

# "Off the coast of X": recovery zones lie tens to a hundred and more km offshore (the Dragon zones of
# data/places.csv have radii of 150 km), so the sea region reaches at least this far from X.
OFFSHORE_MIN_RADIUS_KM = 150.0
# "Off the coast of" a state or a country: the recovery areas of the returns reported so lie within 150 km (crewed
# Dragon) to several hundred (Orion near Guadalupe Island, about 250 km off Baja California; cargo Dragon about
# 450-550 km off it, data/places.csv), so the strip along a whole coast reaches this far.
OFFSHORE_COAST_REACH_KM = 600.0
# "The Pacific southeast of X" with no distance: how far from X the sector reaches. Splashdown reports name the
# nearest land, which at sea is far away: Apollo 13 came down about 1,000 km from Pago Pago, Apollo 11 about
# 1,500 km from Honolulu; beyond 2,500 km a reporter names another island. The sea itself bounds it too.
SEA_DIRECTION_KM = 2500.0
# A direction from an area ("west of Baja California") holds what lies that way of any of its points: the sectors
# from this many points of its outline (and its centre) are joined.
AREA_SAMPLE_POINTS = 32
# A landing reported as done, in the words splashdown reports use (beyond geo.extract.lexicon's
# PAST_LANDING_FORMS, which are words for landings on the ground): a sea named in such a sentence is where it
# happened. Future and plan forms ("will splash down", "amerrira", "soll wassern") are not here.
PAST_SPLASHDOWN_FORMS: tuple[str, ...] = (
    "splashed down", "splashed into", "splashdown came", "came down in", "came down off",
    "a amerri", "ont amerri", "avait amerri", "s'est posée en mer", "s'est posé en mer",
    "gewassert", "wasserte", "wasserten", "niedergegangen",
    "amerizó", "amerizaron", "ha amerizado", "han amerizado", "amarizó", "acuatizó",
    "è ammarata", "è ammarato", "sono ammarati", "ammarata", "ammarato", "ammarò",
    "amerissou", "amerissaram", "amarou", "amararam", "caiu no", "pousou no",
    "is geland", "zijn geland", "landde", "landden", "plonsde",
    "wodowała", "wodował", "wodowali", "wylądowała w", "wodowanie odbyło",
    "přistála", "přistál", "přistáli", "dopadla", "dosedla",
    "a amerizat", "au amerizat", "a aterizat",
    "nusileido", "nusileidusi",
    "приводнился", "приводнилась", "приводнились", "приводнилось", "приводнився", "приводнилася", "приводнилися",
    "приземлився", "приземлилася",
    "суға қонды", "қонды", "denize indi", "indi", "iniş yaptı",
    "هبطت", "هبط", "حطت",
    "成功溅落", "顺利溅落", "安全溅落", "溅落成功", "已溅落", "着水した", "着水しました", "着水に成功",
)
# After a sea's name, these words make it something else: "Pacific time", "Atlantic coast", "Pacific Fleet".
_NOT_SEA_AFTER = frozenset({
    "time", "daylight", "standard", "coast", "coastline", "northwest", "rim", "island", "islands", "fleet",
    "command", "city", "beach", "heure", "zeit", "hora", "ora", "küste", "côte", "costa", "region", "states",
    "division", "airlines", "crossing",
})
# Between a distance and its anchor, these words put the place on the coast and the landing out at sea.
OFFSHORE_RELATIONS: tuple[str, ...] = (
    "off", "offshore", "off the coast of", "off the shore of", "au large de", "au large des", "au large du",
    "al largo di", "al largo della", "frente a", "frente a la costa de", "vor der küste", "ao largo de",
    "voor de kust van", "în largul", "u pobřeží", "у побережья", "от побережья", "біля узбережжя", "قبالة",
    "açıklarında", "przy wybrzeżu", "u wybrzeży", "od wybrzeża",
)


@dataclass(frozen=True)
class Sea:
    """One named sea of ``data/seas.geojson``."""

    id: str
    kind: str  # "ocean" | "sea" | "gulf" | "bay"
    name: str
    names: dict[str, tuple[str, ...]]
    geometry: BaseGeometry


@dataclass(frozen=True)
class SeaMention:
    """A sea named in the text."""

    sea: Sea
    span: tuple[int, int]
    text: str


@lru_cache(maxsize=1)
def seas() -> tuple[Sea, ...]:
    """Every sea of ``data/seas.geojson``."""
    fc = json.loads(SEAS_GEOJSON.read_text(encoding="utf-8"))
    out = []
    for f in fc["features"]:
        p = f["properties"]
        out.append(Sea(id=p["id"], kind=p["kind"], name=p["name"],
                       names={lang: tuple(v) for lang, v in p["names"].items()},
                       geometry=shapely.make_valid(shape(f["geometry"]))))
    return tuple(out)


def _is_cjk(text: str) -> bool:
    return any(unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA")) for ch in text)


def _pattern(name: str) -> str:
    """A regex for one spelling: each word as written, or as a stem where it ends with "~" ("Тих~ океан~")."""
    if _is_cjk(name):
        return re.escape(name)
    words = []
    for w in name.split():
        words.append(re.escape(w[:-1]) + r"\w*" if w.endswith("~") else re.escape(w) + r"(?!\w)")
    return r"(?<!\w)" + r"[\s\u00a0]+".join(words)


@lru_cache(maxsize=1)
def _spellings() -> tuple[tuple[str, Sea], ...]:
    """Every spelling with its sea, longest first (so "South Pacific" is tried before "Pacific")."""
    by_id = {s.id: s for s in seas()}
    pairs = sorted({(n, s.id) for s in seas() for names in s.names.values() for n in names},
                   key=lambda x: (-len(x[0]), x[0]))
    return tuple((n, by_id[i]) for n, i in pairs)


@lru_cache(maxsize=256)
def _alternation(indices: tuple[int, ...]) -> re.Pattern[str]:
    """The spellings at ``indices`` of ``_spellings`` as one alternation, each alternative its own group (in
    order: ``lastindex - 1`` says which matched; the spelling patterns hold no groups of their own)."""
    spellings = _spellings()
    return re.compile("|".join(f"({_pattern(spellings[i][0])})" for i in indices), re.IGNORECASE)


def _first_word(name: str) -> str:
    """The literal start of a spelling (its first word, or that word's stem), lower-case."""
    first = name if _is_cjk(name) else name.split()[0]
    return (first[:-1] if first.endswith("~") else first).lower()


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[int, ...]]:
    """first word -> the positions in ``_spellings`` of the spellings that start with it."""
    out: dict[str, list[int]] = {}
    for i, (n, _) in enumerate(_spellings()):
        out.setdefault(_first_word(n), []).append(i)
    return {w: tuple(ix) for w, ix in out.items()}


@lru_cache(maxsize=1)
def _whole_text_matcher() -> re.Pattern[str]:
    """One alternation of every spelling, for texts whose lower-casing moves offsets."""
    return re.compile("|".join(f"(?:{_pattern(n)})" for n, _ in _spellings()), re.IGNORECASE)


def _which(matched: str) -> Sea | None:
    for (n, sea) in _spellings():
        if re.fullmatch(_pattern(n), matched, re.IGNORECASE):
            return sea
    return None


def _matches(text: str) -> Iterator[tuple[re.Match[str], Sea]]:
    """The spellings named in ``text``, leftmost and then longest first, each with its sea.

    Why this way: trying an alternation of some 600 spellings at every character cost about 13 ms per KB of
    text, and trying it at every place a first word occurs still cost 40 µs a place. One Aho-Corasick pass
    finds where a first word occurs ("mar", "sea", "Тих"), and there only the alternation of the spellings
    that start with the words found is tried, in the same order, so the match is the one the whole
    alternation would give.
    """
    low = text.lower()
    if len(low) != len(text):  # lower-casing moved offsets ("İ"): scan it all (rare)
        for m in _whole_text_matcher().finditer(text):
            sea = _which(m.group(0))
            if sea is not None and m.end() > m.start():
                yield m, sea
        return
    from geo.extract.text import _automaton

    words_at: dict[int, set[str]] = {}
    for end, length in _automaton(tuple(sorted(_by_first_word()))).iter(low):
        words_at.setdefault(end - length + 1, set()).add(low[end - length + 1 : end + 1])
    by_first, spellings = _by_first_word(), _spellings()
    done = 0
    for pos in sorted(words_at):
        if pos < done:
            continue
        if pos and (text[pos - 1].isalnum() or text[pos - 1] == "_") and not _is_cjk(text[pos]):
            continue  # inside a word ("summary" holds "mar"): every spelling but a CJK one starts a word
        indices = tuple(sorted({i for w in words_at[pos] for i in by_first[w]}))
        m = _alternation(indices).match(text, pos)
        if m is not None and m.end() > m.start():
            done = m.end()
            yield m, spellings[indices[m.lastindex - 1]][1]


@lru_cache(maxsize=16)
def _mentions(text: str) -> tuple[SeaMention, ...]:
    """The sea mentions of ``text``, remembered: the pipeline asks twice per article (sea regions, hint spans)."""
    return tuple(_find_mentions(text))


def _find_mentions(text: str) -> list[SeaMention]:
    out = []
    for m, sea in _matches(text):
        after = re.match(r"[\s\u00a0]*([^\W\d_]+)", text[m.end():m.end() + 30])
        if after and after.group(1).lower() in _NOT_SEA_AFTER:
            continue
        out.append(SeaMention(sea, m.span(), m.group(0)))
    return out


def find_sea_mentions(text: str, windows: tuple[tuple[int, int], ...] | None = None) -> list[SeaMention]:
    """The named seas in ``text`` (only inside ``windows`` when given), in reading order."""
    if not text:
        return []
    if windows is None:
        return list(_mentions(text))
    out = []
    for s, e in windows:
        out += [SeaMention(m.sea, (m.span[0] + s, m.span[1] + s), m.text) for m in _mentions(text[s:e])]
    return out


def sea_named(name: str) -> Sea | None:
    """The sea one of whose spellings is ``name`` (any case, any listed language), or None."""
    found = _mentions(name.strip())
    if len(found) == 1 and found[0].span == (0, len(name.strip())):
        return found[0].sea
    return None


def sea_area(name: str) -> BaseGeometry | None:
    """The area of the sea named ``name`` (an id such as ``"gulf-of-mexico"`` or any spelling), or None."""
    by_id = {s.id: s for s in seas()}
    sea = by_id.get(name) or sea_named(name)
    return sea.geometry if sea is not None else None


def reports_splashdown(text: str, pos: int) -> bool:
    """True when the sentence around ``pos`` reports a landing that happened (a past landing or splashdown
    form) and the words before ``pos`` do not move it to another event (a plan, a launch)."""
    from geo.extract.statements import reported_landing
    from geo.extract.tense import reports_past_landing
    from geo.extract.text import sentence_at

    s, e = sentence_at(text, pos)
    low = text[s:e].lower()
    if not reports_past_landing(text[s:e]) and not any(f in low for f in PAST_SPLASHDOWN_FORMS):
        return False
    return reported_landing(text, pos)


# "west of X", "au sud-est des îles Samoa", "a sud-est delle isole Samoa", "al oeste de X", "westlich von X",
# "западнее X", "к западу от X": a compass word tying the sea to a place, right after the sea's name.
_DIRECTION_AFTER = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*(?:(?:about|some|roughly|just|far|well)\s+)?(?:"
    r"(?P<en>(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))*)\s+of\s+(?:the\s+)?"
    r"|(?:à\s+l'|au\s+)(?P<fr>(?:nord|sud|est|ouest)(?:-(?:nord|sud|est|ouest))*)\s+(?:de\s+l'|de\s+la\s+|des\s+|du\s+|de\s+|d')"
    r"|a\s+(?P<it>(?:nord|sud|est|ovest)(?:-(?:nord|sud|est|ovest))*)\s+(?:della\s+|delle\s+|dello\s+|degli\s+|dei\s+"
    r"|del\s+|dell'|di\s+)"
    r"|al\s+(?P<es>norte|sur|este|oeste|noroeste|noreste|nordeste|sureste|sudeste|suroeste|sudoeste)\s+"
    r"(?:de\s+la\s+|de\s+las\s+|de\s+los\s+|del\s+|de\s+)"
    r"|(?P<de>(?:nord|süd|ost|west)(?:-?(?:nord|süd|ost|west))*lich)\s+(?:von\s+|der\s+|des\s+)?"
    r"|(?P<ru>(?:северо-|юго-)?(?:север|юж|запад|восточ)нее)\s+"
    r"|к\s+(?P<ru2>(?:северо-|юго-)?(?:северу|югу|западу|востоку))\s+от\s+"
    r")(?P<name>[^\W\d_][\w'’.-]*(?:[ \u00a0-][\w'’.-]+){0,4})",
    re.IGNORECASE,
)
_RU2 = {"северу": "север", "югу": "юг", "западу": "запад", "востоку": "восток"}
_NAME_PREFIXES = ("the ", "les ", "îles ", "isole ", "islas ", "ilhas ", "inseln ", "island of ", "islands of ",
                  "la ", "le ", "l'")
_JOINERS = frozenset({"of", "de", "del", "da", "do", "la", "el", "di", "von"})


def direction_after(text: str, end: int) -> tuple[str, str, tuple[int, int]] | None:
    """(compass point, place name, span of the phrase) when a direction from a place follows the sea's name at
    ``end`` ("the Pacific west of Baja California"), else None."""
    from geo.extract.statements import compass_point

    m = _DIRECTION_AFTER.match(text, end)
    if not m:
        return None
    word = next((m.group(g) for g in ("en", "fr", "it", "es", "de", "ru") if m.group(g)), None)
    if word is None and m.group("ru2"):
        head, _, tail = m.group("ru2").lower().rpartition("-")
        word = (head + "-" if head else "") + _RU2.get(tail, tail)
        word = {"север": "севернее", "юг": "южнее", "запад": "западнее", "восток": "восточнее"}.get(word, word)
    point = compass_point(word) if word else None
    if point is None:
        return None
    name = re.split(r"[,;:()\n]", m.group("name"))[0].strip(" .")
    return point, name, (m.start(), m.start("name") + len(name))


def _candidate_names(name: str) -> list[str]:
    """The place name and its shorter leading runs, without articles and island words ("îles Samoa" -> "Samoa")."""
    words = name.split()
    low = name.lower()
    for p in _NAME_PREFIXES:
        if low.startswith(p) and len(words) > 1:
            words = words[len(p.split()):] if p.endswith(" ") else words
            break
    # a name ends before the first word in lower case ("Baja California on Sunday"), except a joining word
    # inside it ("Isle of Man", "Golfo de California")
    kept: list[str] = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if i and w[:1].islower() and not (w in _JOINERS and nxt[:1].isupper()):
            break
        kept.append(w)
    words = kept or words[:1]
    runs = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    out: list[str] = []
    for r in runs:
        low = r.lower()
        for p in _NAME_PREFIXES:
            if low.startswith(p) and len(r) > len(p):
                r = r[len(p):]
                break
        if r and r not in out:
            out.append(r)
    return out


def resolve_place(name: str, gaz: Any, as_of: Any = None
                  ) -> tuple[str, BaseGeometry | None, tuple[float, float], float, str] | None:
    """(label, area or None, point, extent km, the words used) of the place a direction is taken from: a country
    or region (its outline), a site of data/places.csv, or a town (a point and its extent); None when unknown."""
    from geo import boundaries, places

    for cand in _candidate_names(name):
        area = boundaries.lookup(cand, as_of=as_of)
        if area is not None:
            c = area.geometry.representative_point()
            return area.name, area.geometry, (c.y, c.x), 0.0, cand
        site = places.site_named(cand)
        if site is not None:
            return site.name, None, (site.lat, site.lon), site.radius_km, cand
        if gaz is not None:
            town = gaz.resolve(cand, ())
            if town is not None and town.match in ("exact", "inflected") and not town.common_word:
                return town.name, None, (town.lat, town.lon), town.extent_km, cand
    return None


def _outline_points(area: BaseGeometry, n: int) -> list[tuple[float, float]]:
    """About ``n`` points along the area's outlines (its larger parts first), as (lat, lon)."""
    polys = sorted(getattr(area, "geoms", [area]), key=lambda g: -g.area)
    coords = [c for p in polys[:4] if p.geom_type == "Polygon" for c in p.exterior.coords]
    step = max(1, len(coords) // n)
    return [(y, x) for x, y in coords[::step]]


def directed_area(sea: BaseGeometry, point: str, origin: tuple[float, float], extent_km: float,
                  area: BaseGeometry | None = None) -> BaseGeometry:
    """The part of ``sea`` lying ``point`` (a compass point) of a place: the geodesic sectors, SEA_DIRECTION_KM
    long, from the place (and, for an area, from points all along its outline), widened by the compass word's
    half-width, the press slack and the place's angular size, joined and cut to the sea."""
    from geo.extract import lexicon as lx
    from geo.extract.statements import halfwidth_deg
    from geo.regions import sector

    nominal = lx.COMPASS[point]
    half = halfwidth_deg(point) + PRESS_DIRECTION_SLACK_DEG
    origins = [origin] + (_outline_points(area, AREA_SAMPLE_POINTS) if area is not None else [])
    half_here = min(half + math.degrees(math.atan2(extent_km, SEA_DIRECTION_KM / 2)), 179.0)
    sectors = [sector(lat, lon, 0.0, SEA_DIRECTION_KM + extent_km, nominal - half_here, nominal + half_here)
               for lat, lon in origins]
    fan = shapely.union_all([s for s in sectors if not s.is_empty])
    return polygonal(shapely.make_valid(sea.intersection(fan)))


def off_the_coast(region: Region) -> Region:
    """"Off (the coast of) X" (a "near" statement with an offshore word): the sea within OFFSHORE_MIN_RADIUS_KM
    (or the "near" radius, if larger) of the place; unchanged if no sea would be left."""
    from geo.regions import disc

    geom = region.geometry
    a = region.anchor
    if a is not None and max_distance_km(a.lat, a.lon, geom) < OFFSHORE_MIN_RADIUS_KM:
        geom = disc(a.lat, a.lon, OFFSHORE_MIN_RADIUS_KM)
    sea = _without_land(geom)
    if sea is None:
        return region
    return replace(region, geometry=sea, area_km2=area_km2(sea),
                   explanation=region.explanation + f"; at sea off the coast: up to {OFFSHORE_MIN_RADIUS_KM:.0f} km "
                                                     "out, the land left out")


def clip_to_sea(region: Region) -> Region:
    """"N km off X": the ring or sector of the statement, the land left out (a splashdown); unchanged if no sea
    would be left."""
    sea = _without_land(region.geometry)
    if sea is None:
        return region
    return replace(region, geometry=sea, area_km2=area_km2(sea),
                   explanation=region.explanation + "; off the coast: at sea, the land left out")


def _without_land(geom: BaseGeometry) -> BaseGeometry | None:
    from geo import boundaries

    sea = polygonal(geom.difference(boundaries.land()))
    if sea.is_empty or area_km2(sea) <= 0:
        return None
    return sea


def is_offshore_offset(text: str, distance_end: int, anchor_start: int) -> bool:
    """True when the words between a distance and its anchor put the landing off the coast ("40 miles off
    Jacksonville", "à 80 km au large de Tampa"), not on land."""
    if not (0 <= distance_end <= anchor_start <= len(text)) or anchor_start - distance_end > 60:
        return False
    between = " ".join(text[distance_end:anchor_start].lower().split())
    words = re.sub(r"[^\w'\s-]", " ", between).split()
    joined = " ".join(words)
    return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", joined) for w in OFFSHORE_RELATIONS)


# The outline of an area is simplified to this tolerance (in degrees of the geometry; a degree of latitude
# is at most 111.7 km, so the outline moves by at most COAST_SIMPLIFY_KM) and sampled every COAST_STEP_KM
# before discs are drawn around its points.
COAST_SIMPLIFY_DEG = 0.05
COAST_SIMPLIFY_KM = 5.6
COAST_STEP_KM = 20.0
COAST_MAX_POINTS = 400


def coastal_band(area: BaseGeometry, near_km: float, far_km: float) -> BaseGeometry | None:
    """The sea between ``near_km`` and ``far_km`` of an area's outline: "320 km off the Florida coast".

    The near side is cut with discs never wider than ``near_km`` of the true outline (their radius takes off
    what the simplification could move it), so no point farther out than that is lost; the far side is
    :func:`coastal_sea`'s, never narrower. None when nothing is left.
    """
    far = coastal_sea(area, far_km)
    if far is None or near_km <= COAST_SIMPLIFY_KM:
        return far
    near = _outline_discs(area, near_km - COAST_SIMPLIFY_KM, widen=False)
    if near is None:
        return far
    band = polygonal(shapely.make_valid(far.difference(near)))
    return None if band.is_empty or area_km2(band) <= 0 else band


def coastal_sea(area: BaseGeometry, reach_km: float = OFFSHORE_MIN_RADIUS_KM) -> BaseGeometry | None:
    """The sea within ``reach_km`` of an area's outline, the land left out: "off the coast of Florida",
    "au large de la Floride", "у побережья Флориды". None when no sea is that near.

    Why this way: "off the coast of" a state or a country says the capsule came down at sea near that
    coast, so the honest region is a strip of sea along it, not the area itself (which is land) and not a
    disc around its centre (which misses a long coast). The strip is the union of geodesic discs around
    points of the outline (one every COAST_STEP_KM, or sparser on a very long outline); their radius adds what
    the simplification, the spacing of the points and the discs' straight edges could cut off, so the strip is
    never narrower than ``reach_km``.

    >>> from shapely.geometry import box
    >>> sea = coastal_sea(box(-87.6, 25.0, -80.0, 31.0), 150.0)   # a box over Florida
    >>> sea is not None and sea.contains(shapely.Point(-79.0, 27.0))  # offshore, east of the peninsula
    True
    >>> sea.contains(shapely.Point(-81.4, 28.5))                      # Orlando, on land
    False
    """
    strip = _outline_discs(area, reach_km, widen=True)
    return None if strip is None else _without_land(strip)


def _outline_discs(area: BaseGeometry, radius_km: float, *, widen: bool) -> BaseGeometry | None:
    """The union of geodesic discs around points of an area's simplified outline.

    ``widen``: the radius grows by what the simplification, the spacing of the points and the discs' straight
    edges could cut off, so the union holds every point within ``radius_km`` of the true outline; without it
    the discs are drawn at ``radius_km`` (the caller takes off the simplification), so the union holds no
    point farther than that.
    """
    import numpy as np
    from pyproj import Geod

    from geo.regions import disc

    outline = area.simplify(COAST_SIMPLIFY_DEG).boundary
    lines = list(getattr(outline, "geoms", [outline]))
    geod = Geod(ellps="WGS84")
    # A long outline (Russia's, Canada's) is sampled more sparsely, at most COAST_MAX_POINTS discs, so one
    # phrase costs a bounded time; the wider spacing widens the discs, never narrows the strip.
    outline_km = sum(geod.line_length(*np.asarray(line.coords).T) for line in lines if len(line.coords) > 1) / 1000.0
    step_km = max(COAST_STEP_KM, outline_km / COAST_MAX_POINTS)
    # the spacing along a lon/lat edge is uneven by a few per cent: a tenth more of half a step covers it
    radius = (radius_km + COAST_SIMPLIFY_KM + 1.1 * step_km / 2) * 1.01 if widen else radius_km  # 1 %: inscribed
    points: list[tuple[float, float]] = []
    for line in lines:
        xy = np.asarray(line.coords)
        if not len(xy):
            continue
        points.append((xy[0][1], xy[0][0]))
        since_km = 0.0  # along the outline since the last point taken
        for (x0, y0), (x1, y1) in zip(xy[:-1], xy[1:], strict=True):
            d_km = geod.inv(x0, y0, x1, y1)[2] / 1000.0
            at_km = step_km - since_km  # where on this edge the next point falls
            while at_km <= d_km:
                f = at_km / d_km
                points.append((y0 + (y1 - y0) * f, x0 + (x1 - x0) * f))
                at_km += step_km
            since_km = d_km - (at_km - step_km)
        if tuple(xy[-1]) != tuple(xy[0]):  # a ring ends where it starts
            points.append((xy[-1][1], xy[-1][0]))
    if not points:
        return None
    if radius <= 0:
        return None
    return polygonal(shapely.make_valid(shapely.union_all([disc(lat, lon, radius) for lat, lon in points])))
