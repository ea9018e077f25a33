"""Many regions -> one estimate: the fused region, a best point, and the conflicts.

Rules (each visible in the output):

1. **Intersection.** The estimate is the region every statement, hint and user
   constraint allows together.
2. **Conflicts.** If they have no point in common, the pairs that cannot both be true
   are reported, and the estimate falls back to the largest group that agrees
   (statements and constraints count 1, hints 0.5; ties go to the smaller, more
   informative region). Nothing is dropped silently: ``used`` says which regions made
   the estimate.
3. **Prior (switchable).** Past landings cluster in recovery zones. The prior is a
   kernel density of past landings; it is used when a nominal landing explains the
   statements better than an off-nominal one (see ``OFF_NOMINAL_SHARE``). Then the
   estimate is the 95 % highest-posterior-density part of the fused region (kernel
   density x the statements' soft likelihood) and the best point its mode. When the
   region holds few past landings (a ballistic re-entry, an abort, a first landing
   somewhere new), the prior is not used and the output says so.
4. **Best point** without the prior: the point of the region closest to where the
   statements' nominal values agree (their mean nominal point), or its centroid.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from shapely import contains_xy, make_valid
from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, polygonize, unary_union

from geo.geodesy import area_km2, destination, max_distance_km, polygonal
from geo.model import Region

# Past landings as a kernel density: Soyuz descent modules land within tens of km of the
# aim point (the nominal landing ellipse), so each past landing spreads with a 15 km
# Gaussian kernel.
PRIOR_BANDWIDTH_KM = 15.0
# Two kinds of landing: nominal (near past ones) and off-nominal (ballistic re-entries,
# aborts, new sites: 2 of the catalog's 11 rows). The prior narrows the estimate only
# when the nominal kind is the likelier explanation of the statements:
#   P(nominal | region) = (1 - w) m / ((1 - w) m + w) >= 0.5, with w = OFF_NOMINAL_SHARE
# and m the share of the kernel mass inside the statements' region.
OFF_NOMINAL_SHARE = 0.2
# The estimate under the prior is the highest-posterior-density region holding this much
# of the posterior (kernel density x the statements' soft likelihood).
CREDIBLE_MASS = 0.95
GRID_STEPS = 90
# A landing's kernel is cut off beyond this many bandwidths (less than e^-18 of it is left there).
KERNEL_REACH_BANDWIDTHS = 6


@dataclass(frozen=True)
class Fused:
    """The outcome of fusion."""

    geometry: BaseGeometry | None
    area_km2: float | None
    best: tuple[float, float] | None  # (lat, lon)
    uncertainty_m: float | None
    used: tuple[int, ...]
    conflicts: tuple[tuple[int, int], ...]
    prior: bool
    hard_geometry: BaseGeometry | None  # the region before the prior


def _weight(r: Region) -> float:
    return 0.5 if r.role == "hint" else 1.0


# Regions that only touch (a ring's inner edge on a disc's rim, two sectors meeting at their anchor) have an
# "intersection" that is a line, a point or a floating-point sliver. A part smaller than this share of the
# smaller region (a billionth: square millimetres for a town-sized region) is not a common area but none.
NO_AREA_SHARE = 1e-9


def _no_area(geom: BaseGeometry, *parts: BaseGeometry) -> bool:
    return geom.is_empty or geom.area <= NO_AREA_SHARE * min(p.area for p in parts)


def _intersection(regions: list[Region]) -> BaseGeometry | None:
    geom = None
    for r in regions:
        g = r.geometry
        if geom is None:
            geom = g
            continue
        common = polygonal(make_valid(geom.intersection(g)))
        if _no_area(common, geom, g):
            return Polygon()
        geom = common
    return geom


def conflicting_pairs(regions: list[Region]) -> list[tuple[int, int]]:
    """Pairs of regions (by list position) that have no area in common."""
    return [
        (i, j) for i, j in itertools.combinations(range(len(regions)), 2)
        if not regions[i].geometry.intersects(regions[j].geometry)
        or _no_area(polygonal(make_valid(regions[i].geometry.intersection(regions[j].geometry))),
                    regions[i].geometry, regions[j].geometry)
    ]


def _face_groups(regions: list[Region]) -> list[tuple[int, ...]]:
    """The distinct groups of regions that cover one face of their arrangement.

    Why faces: any group with a common area contains at least one face of the arrangement (the pieces the
    regions' boundaries cut the plane into), and the regions covering that face are the group or a larger one.
    So the largest agreeing group is among these, and there are polynomially many faces (O(n^2) for n rings in
    general position), where trying every combination of regions grew as 2^n.
    """
    geoms = [r.geometry for r in regions]
    faces = [f for f in polygonize(unary_union([g.boundary for g in geoms])) if not f.is_empty and f.area > 0]
    if not faces:
        return []
    points = [f.representative_point() for f in faces]
    xs = np.fromiter((p.x for p in points), float, len(points))
    ys = np.fromiter((p.y for p in points), float, len(points))
    inside = np.stack([contains_xy(g, xs, ys) for g in geoms])  # regions x faces
    groups = {tuple(np.flatnonzero(inside[:, k]).tolist()) for k in range(len(faces))}
    groups.discard(())
    return list(groups)


def best_agreeing(regions: list[Region]) -> tuple[list[int], BaseGeometry | None]:
    """The largest group of regions with a common part (positions), and that part.

    "Largest" weighs statements and constraints 1 and hints 0.5; between equal weights the smaller common
    part (the more informative one) wins. Candidates come from the faces of the regions' arrangement
    (:func:`_face_groups`), so the search is polynomial in the number of regions.

    >>> from geo.model import Region
    >>> from shapely.geometry import box
    >>> def r(*b): return Region(role="statement", shape="box", geometry=box(*b), area_km2=0.0, index=0)
    >>> best_agreeing([r(0, 0, 2, 2), r(1, 1, 3, 3), r(10, 10, 11, 11)])[0]
    [0, 1]
    """
    n = len(regions)
    everything = _intersection(regions)
    if everything is not None and not everything.is_empty:
        return list(range(n)), everything
    weights = [_weight(r) for r in regions]
    by_score: dict[float, list[tuple[int, ...]]] = {}
    for group in _face_groups(regions):
        by_score.setdefault(sum(weights[i] for i in group), []).append(group)
    for score in sorted(by_score, reverse=True):
        best: tuple[float, list[int], BaseGeometry] | None = None
        for group in sorted(by_score[score]):
            geom = _intersection([regions[i] for i in group])
            if geom is None or geom.is_empty:
                continue  # a sliver face: its regions only touch
            area = area_km2(geom)
            if best is None or area < best[0]:
                best = (area, list(group), geom)
        if best is not None:
            return best[1], best[2]
    return [], None


def _nominal_points(regions: list[Region]) -> list[tuple[float, float]]:
    pts = []
    for r in regions:
        if r.anchor is None or r.distance_km is None or r.shape not in ("ring", "sector"):
            continue
        if r.bearing_deg is not None:
            pts.append(destination(r.anchor.lat, r.anchor.lon, r.bearing_deg[0], r.distance_km[0]))
    return pts


@dataclass(frozen=True)
class _Grid:
    """Cells of a lon/lat grid that fall inside a region."""

    lons: np.ndarray  # cell centres
    lats: np.ndarray
    area_km2: np.ndarray  # exact ellipsoidal area of each cell
    ix: np.ndarray  # column and row of each cell
    iy: np.ndarray
    x_edges: np.ndarray  # shared edges: neighbouring cells have identical borders, so unions merge
    y_edges: np.ndarray

    def boxes(self, which: np.ndarray) -> np.ndarray:
        import shapely

        ix, iy = self.ix[which], self.iy[which]
        return shapely.box(self.x_edges[ix], self.y_edges[iy], self.x_edges[ix + 1], self.y_edges[iy + 1])


def _zone_area_km2(lat_deg: np.ndarray) -> np.ndarray:
    """Area of the WGS84 ellipsoid between the equator and each latitude, per radian of longitude (km²).

    The closed form of the authalic zone area: cells bounded by meridians and parallels get
    their exact area as differences of it.
    """
    from geo.geodesy import WGS84

    a, e2 = WGS84.a / 1000.0, WGS84.es
    e = np.sqrt(e2)
    s = np.sin(np.radians(lat_deg))
    b2 = a * a * (1 - e2)
    return b2 * (s / (2 * (1 - e2 * s * s)) + np.log((1 + e * s) / (1 - e * s)) / (4 * e))


def _grid(geom: BaseGeometry) -> _Grid:
    """The grid cells inside ``geom``."""
    import shapely

    minx, miny, maxx, maxy = geom.bounds
    dx = (maxx - minx) / GRID_STEPS or 1e-3
    dy = (maxy - miny) / GRID_STEPS or 1e-3
    x_edges = minx + dx * np.arange(GRID_STEPS + 1)
    y_edges = miny + dy * np.arange(GRID_STEPS + 1)
    ix, iy = np.meshgrid(np.arange(GRID_STEPS), np.arange(GRID_STEPS))
    ix, iy = ix.ravel(), iy.ravel()
    cx, cy = x_edges[ix] + dx / 2, y_edges[iy] + dy / 2
    inside = shapely.contains_xy(geom, cx, cy)
    zone = _zone_area_km2(y_edges)
    row_area = np.abs(np.diff(zone)) * np.radians(dx)
    return _Grid(cx[inside], cy[inside], row_area[iy[inside]], ix[inside], iy[inside], x_edges, y_edges)


def _prior_reaches(bounds: tuple[float, float, float, float], prior: tuple[tuple[float, float], ...]) -> bool:
    """Whether a past landing lies within the kernels' reach of the bounding box (the test
    ``_kernel_density`` applies per landing to the box of the cells, which lies inside this one)."""
    from geo.geodesy import WGS84

    minx, miny, maxx, maxy = bounds
    for lat, lon in prior:
        clat, clon = min(max(lat, miny), maxy), min(max(lon, minx), maxx)
        if WGS84.inv(lon, lat, clon, clat)[2] / 1000.0 <= KERNEL_REACH_BANDWIDTHS * PRIOR_BANDWIDTH_KM:
            return True
    return False


def _kernel_density(lons: np.ndarray, lats: np.ndarray, prior: tuple[tuple[float, float], ...]) -> np.ndarray:
    """Mean of Gaussian kernels (per km²) around past landings at each point."""
    from geo.geodesy import WGS84

    h = PRIOR_BANDWIDTH_KM
    dens = np.zeros(len(lons))
    # Cells more than 6 bandwidths from a landing get less than e^-18 of its kernel: skipped.
    reach = KERNEL_REACH_BANDWIDTHS * h
    lat_min, lat_max = float(lats.min()), float(lats.max())
    lon_min, lon_max = float(lons.min()), float(lons.max())
    for lat, lon in prior:
        clat = min(max(lat, lat_min), lat_max)
        clon = min(max(lon, lon_min), lon_max)
        _, _, d_box = WGS84.inv(lon, lat, clon, clat)
        if d_box / 1000.0 > reach:
            continue
        # A generous lat/lon window only selects which cells to measure; the distances are geodesic.
        dlat = reach / 100.0
        dlon = dlat / max(np.cos(np.radians(min(abs(lat) + dlat, 89.0))), 0.01)
        near = (np.abs(lats - lat) <= dlat) & (np.abs(((lons - lon + 180.0) % 360.0) - 180.0) <= dlon)
        if not near.any():
            continue
        _, _, d = WGS84.inv(np.full(int(near.sum()), lon), np.full(int(near.sum()), lat), lons[near], lats[near])
        dens[near] += np.exp(-0.5 * (np.asarray(d) / 1000.0 / h) ** 2) / (2 * np.pi * h * h)
    return dens / max(len(prior), 1)


def soft_likelihood(lons: np.ndarray, lats: np.ndarray, regions: list[Region]) -> np.ndarray:
    """Product of the statements' soft likelihoods: highest at the nominal distance and bearing.

    Inside a hard region every point is allowed; the soft likelihood only orders them so
    the credible region grows from where the words point. A Gaussian in distance with
    sigma a quarter of the allowed interval, and in bearing with sigma half the allowed
    half-width; "near X" decreases with distance (sigma half the radius).
    """
    from geo.geodesy import WGS84

    like = np.ones(len(lons))
    for r in regions:
        if r.role != "statement" or r.anchor is None or r.distance_km is None:
            continue
        az, _, d = WGS84.inv(np.full(len(lons), r.anchor.lon), np.full(len(lons), r.anchor.lat), lons, lats)
        d = np.asarray(d) / 1000.0
        nominal, lo, hi = r.distance_km
        if r.shape == "disc":
            like *= np.exp(-0.5 * (d / max(hi / 2, 1e-3)) ** 2)
            continue
        sigma = max((hi - lo) / 4, 1e-3)
        like *= np.exp(-0.5 * ((d - nominal) / sigma) ** 2)
        if r.bearing_deg is not None:
            b_nom, b_lo, b_hi = r.bearing_deg
            half = ((b_hi - b_lo) % 360) / 2 or 180.0
            delta = (np.asarray(az) - b_nom + 180.0) % 360.0 - 180.0
            like *= np.exp(-0.5 * (delta / (half / 2)) ** 2)
    return like


def _cells_polygon(boxes: np.ndarray) -> BaseGeometry:
    """Union of the selected grid cells, its staircase outline smoothed by corner cutting.

    Chaikin's corner cutting moves vertices by at most a quarter of a cell (a few km at
    most), well inside the grid's own resolution; it only makes the outline readable.
    """
    import shapely
    from shapely.geometry import MultiPolygon, Polygon

    union = shapely.coverage_union_all(boxes)
    polys = [union] if isinstance(union, Polygon) else list(getattr(union, "geoms", []))
    smooth = [Polygon(_chaikin(np.asarray(p.exterior.coords)), [_chaikin(np.asarray(i.coords)) for i in p.interiors])
              for p in polys if isinstance(p, Polygon)]
    return make_valid(MultiPolygon(smooth) if len(smooth) > 1 else smooth[0])


def _chaikin(ring: np.ndarray, rounds: int = 3) -> np.ndarray:
    pts = ring[:-1]
    for _ in range(rounds):
        nxt = np.roll(pts, -1, axis=0)
        pts = np.concatenate([0.75 * pts + 0.25 * nxt, 0.25 * pts + 0.75 * nxt], axis=1).reshape(-1, 2)
    return np.vstack([pts, pts[:1]])


def _posterior(hard: BaseGeometry, used: list[Region], prior: tuple[tuple[float, float], ...]
               ) -> tuple[BaseGeometry, tuple[float, float], float] | None:
    """Credible region and mode under the prior, or None when the prior does not apply."""
    if not _prior_reaches(hard.bounds, prior):
        return None  # the density is zero on every cell (see _kernel_density): no need to build the grid
    grid = _grid(hard)
    lons, lats, area = grid.lons, grid.lats, grid.area_km2
    if len(lons) == 0:
        return None
    kde = _kernel_density(lons, lats, prior)
    m = float(np.sum(kde * area))
    p_nominal = (1 - OFF_NOMINAL_SHARE) * m / ((1 - OFF_NOMINAL_SHARE) * m + OFF_NOMINAL_SHARE)
    if p_nominal < 0.5:
        return None
    post = kde * soft_likelihood(lons, lats, used)
    mass = post * area
    if mass.sum() <= 0:
        return None
    order = np.argsort(-post)
    cum = np.cumsum(mass[order]) / mass.sum()
    keep = order[: int(np.searchsorted(cum, CREDIBLE_MASS)) + 1]
    region = polygonal(make_valid(_cells_polygon(grid.boxes(keep)).intersection(hard)))
    if region.is_empty:
        return None
    k = int(order[0])
    return region, (float(lats[k]), float(lons[k])), p_nominal


def fuse(regions: list[Region], prior: tuple[tuple[float, float], ...] = ()) -> Fused:
    """Fuse regions (statements, hints, constraints) into one estimate; see the module rules."""
    if not regions:
        return Fused(None, None, None, None, (), (), False, None)
    used, hard = best_agreeing(regions)
    # every region shares the estimate's area when all are used: only otherwise is there a conflict to name
    conflicts = () if len(used) == len(regions) else tuple(conflicting_pairs(regions))
    if hard is None or hard.is_empty:
        return Fused(None, None, None, None, (), conflicts, False, None)
    geom, used_prior, best = hard, False, None
    used_regions = [regions[i] for i in used]
    if prior:
        got = _posterior(hard, used_regions, prior)
        if got is not None:
            geom, best, _ = got
            used_prior = True
    if best is None:
        best = _best_without_prior(geom, used_regions)
    unc = max_distance_km(best[0], best[1], geom) * 1000.0
    return Fused(geom, area_km2(geom), best, unc, tuple(used), conflicts, used_prior, hard)


def _best_without_prior(geom: BaseGeometry, used: list[Region]) -> tuple[float, float]:
    nominal = _nominal_points(used)
    if nominal:
        lat = float(np.mean([p[0] for p in nominal]))
        lon = float(np.mean([p[1] for p in nominal]))
        target = Point(lon, lat)
        if geom.contains(target):
            return lat, lon
        p = nearest_points(geom, target)[0]
        return p.y, p.x
    c = geom.centroid
    if not geom.contains(c):
        c = geom.representative_point()
    return c.y, c.x
