"""Estimate -> folium.Map: an offline vector basemap, anchors, statement regions, hints,
the fused estimate, the best point and the historical landings, each a layer.

Every text that came from an article is HTML-escaped before it reaches a popup or a
tooltip: an article is untrusted input, and folium inserts popup HTML as it is.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from typing import Any

import folium
from branca.element import MacroElement
from folium import plugins
from jinja2 import Template

from geo import boundaries, catalog
from geo.export import geometry_json
from geo.model import Estimate, Region

KAZAKHSTAN_BOUNDS = [[40.5, 46.5], [55.5, 87.5]]  # [[south, west], [north, east]]
COLOURS = {"statement": "#1f77b4", "hint": "#7f7f7f", "site": "#17becf", "constraint": "#9467bd", "estimate": "#d62728",
           "best": "#d62728", "anchor": "#2ca02c", "history": "#ff7f0e"}


# The same plain words in the legend, the popups, the dashboard's "How sure is this?" panel and the HTML report:
# a journalist reads "what the article says", not "statement region" or "prior on".
ROLE_WORDS = {"statement": "What the article says", "hint": "Region the article names",
              "site": "Place the article names", "constraint": "Drawn by you"}
LEVEL_WORDS = {
    "statement": "a distance or direction from a named place (the most precise kind of report)",
    "site": "only a named landing site or zone (no distance or direction)",
    "region": "only a named region (no distance or direction): a rough area",
    "country": "only the country (no distance or direction): a very rough area",
}
PRIOR_YES = "narrowed by past landings"
PRIOR_NO = "not narrowed by past landings"


def _km(x: float) -> str:
    return f"{x:,.0f}" if x >= 10 else f"{x:,.1f}"


def describe_region(r: Region) -> tuple[str, str]:
    """(title, sentence): what a shape is and why it has this size, in plain words.

    Why here: the popups of the map and the dashboard's panel must say the same thing in the same words.
    The sentence holds article text (the anchor's name as the gazetteer has it): escape before showing.
    """
    title = f"{ROLE_WORDS.get(r.role, r.role)}: «{r.label}»" if r.role != "constraint" else ROLE_WORDS["constraint"]
    where = r.anchor.name if r.anchor is not None else ""
    if r.role == "constraint":
        what = "the shape you drew on the map; the landing area must lie inside it"
    elif r.shape == "ring" and r.distance_km and where:
        _, lo, hi = r.distance_km
        what = f"a ring {_km(lo)}–{_km(hi)} km from {where}: the distance the words give, in any direction"
    elif r.shape == "sector" and where:
        dist = (f"{_km(r.distance_km[1])}–{_km(r.distance_km[2])} km" if r.distance_km else "some distance")
        what = f"a wedge {dist} from {where}, in the direction the words give"
    elif r.shape == "disc" and where:
        reach = f"up to {_km(r.distance_km[2])} km" if r.distance_km else "close"
        what = f"a circle {reach} around {where}"
    elif r.shape == "box":
        what = "a small box around the coordinates written in the article (their rounding)"
    elif r.role == "hint":
        what = "the whole of the region the article names; the landing is somewhere inside it"
    elif r.role == "site":
        what = "the extent of the landing site or zone the article names"
    else:
        what = f"a {r.shape}"
    return title, f"{what}; {r.area_km2:,.0f} km²."


def prior_landings(est: Estimate) -> list[Any]:
    """The past landings (catalog rows) that narrowed the estimate: those inside the area the words allow.

    Why: "narrowed by past landings" is only trustworthy when the reader can see which landings, and when.
    Empty when the estimate was not narrowed.
    """
    from shapely.geometry import Point

    hard = est.unnarrowed_geometry
    if not est.prior or hard is None or hard.is_empty:
        return []
    return [x for x in catalog.landings() if hard.covers(Point(x.lon, x.lat))]


def _esc(text: object) -> str:
    """HTML-escape, and also neutralise what folium puts inside JavaScript template literals (`, $, \\)."""
    return html.escape(str(text), quote=True).replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


def _popup(title: str, lines: list[str]) -> folium.Popup:
    body = f"<b>{_esc(title)}</b>" + "".join(f"<br>{_esc(x)}" for x in lines)
    return folium.Popup(body, max_width=360)


@lru_cache(maxsize=64)
def _countries_near(window: tuple[float, float, float, float]) -> dict:
    """Country outlines clipped to a window (west, south, east, north): what the view can show.

    The whole world is 1.8 MB of GeoJSON; a map of one region needs a tenth of it, and the
    page draws faster with less to parse.
    """
    from shapely.geometry import box, shape

    from geo.export import geometry_json

    clip = box(*window)
    feats = []
    for f in boundaries.basemap_geojson("countries")["features"]:
        g = shape(f["geometry"])
        if not g.intersects(clip):
            continue
        piece = g.intersection(clip)
        if not piece.is_empty and piece.geom_type in ("Polygon", "MultiPolygon"):
            feats.append({"type": "Feature", "properties": {"name": (f.get("properties") or {}).get("name", "")},
                          "geometry": geometry_json(piece)})
    return {"type": "FeatureCollection", "features": feats}


# Town names on the offline basemap: the biggest towns of the whole window, and smaller ones inside the view
# itself, each shown from the zoom its population earns (TOWN_ZOOMS: population at least, from zoom).
TOWNS_IN_WINDOW = 250
TOWNS_IN_VIEW = 250
TOWN_MIN_POPULATION = 2_000
TOWN_ZOOMS = ((1_000_000, 3), (300_000, 5), (100_000, 6), (30_000, 7), (10_000, 8), (0, 9))


def _box(bounds: list[list[float]], pad_deg: float = 1.0) -> tuple[float, float, float, float]:
    """(west, south, east, north) of the view with a margin: the towns just outside it show when panning,
    and a place on its very edge (the anchor) is not lost to the index's float32 boxes."""
    (s, w), (n, e) = bounds
    return (round(w - pad_deg, 2), round(s - pad_deg, 2), round(e + pad_deg, 2), round(n + pad_deg, 2))


@lru_cache(maxsize=64)
def _towns(window: tuple[float, float, float, float], view: tuple[float, float, float, float]
           ) -> tuple[tuple[str, float, float, int], ...]:
    """(name, lat, lon, population) of the towns to label, from the gazetteer index the app ships.

    Why the index and not tiles: the map must read like a map with no network; GeoNames' towns are already
    on disk for the engine. Read-only; an index that is not built yet (first run) gives no labels, never
    an error.
    """
    import sqlite3

    from geo.gazetteer import index_path

    path = index_path()
    if not path.exists():
        return ()
    sql = ("SELECT p.name, p.lat, p.lon, p.pop FROM places_box b JOIN places p ON p.id = b.id "
           "WHERE b.min_lat >= ? AND b.max_lat <= ? AND b.min_lon >= ? AND b.max_lon <= ? AND p.pop >= ? "
           "ORDER BY p.pop DESC LIMIT ?")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            out: dict[tuple[float, float], tuple[str, float, float, int]] = {}
            for (w, s, e, n), limit in ((window, TOWNS_IN_WINDOW), (view, TOWNS_IN_VIEW)):
                for name, lat, lon, pop in con.execute(sql, (s, n, w, e, TOWN_MIN_POPULATION, limit)):
                    out.setdefault((round(lat, 3), round(lon, 3)), (str(name), float(lat), float(lon), int(pop)))
            return tuple(out.values())
        finally:
            con.close()
    except sqlite3.Error:
        return ()


class TownLabels(MacroElement):
    """Town names drawn as text (no icon font, no tiles), denser as the reader zooms in.

    Names go in with ``textContent``, never as HTML. They do not catch clicks: the shapes under them do.
    """

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>
        .leaflet-tooltip.td-town {white-space: nowrap; font: 11px sans-serif; color: #3b3b3b; padding: 0 0 0 2px;
                  background: transparent; border: 0; box-shadow: none; pointer-events: none;
                  text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff;}
        .leaflet-tooltip.td-town::before {content: ""; position: static; display: inline-block; width: 4px;
                  height: 4px; margin: 0 3px 0 0; border: 0; border-radius: 2px; background: #555;
                  vertical-align: middle;}
        .leaflet-tooltip.td-town.td-big {font-weight: 600; font-size: 12px;}
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            // Permanent tooltips, not markers: a label is no marker to click, and clicks pass through it.
            var map = {{ this._parent.get_name() }};
            var towns = {{ this.towns_json }};
            var zooms = {{ this.zooms_json }};
            var labels = towns.map(function (t) {
                var span = document.createElement("span");
                span.textContent = t[0];
                var from = zooms.find(function (z) { return t[3] >= z[0]; })[1];
                var tip = L.tooltip({permanent: true, direction: "right", interactive: false, offset: [-6, 0],
                                     className: "td-town" + (t[3] >= 300000 ? " td-big" : "")})
                    .setLatLng([t[1], t[2]]).setContent(span);
                return [tip, from, false];
            });
            function update() {
                var z = map.getZoom();
                labels.forEach(function (l) {
                    var want = z >= l[1];
                    if (want && !l[2]) { l[0].addTo(map); } else if (!want && l[2]) { map.removeLayer(l[0]); }
                    l[2] = want;
                });
            }
            map.on("zoomend", update);
            map.whenReady(update);
        })();
        {% endmacro %}
    """)

    def __init__(self, towns: tuple[tuple[str, float, float, int], ...]) -> None:
        super().__init__()
        self._name = "TownLabels"
        # json.dumps escapes nothing HTML-special by itself: "</script>" in a name must not end the script
        self.towns_json = (json.dumps([list(t) for t in towns], ensure_ascii=True)
                           .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
        self.zooms_json = json.dumps([list(z) for z in TOWN_ZOOMS])


def _window(bounds: list[list[float]]) -> tuple[float, float, float, float]:
    """The view's bounds widened by its larger side (at least 15°) on both axes, rounded to 5°.

    A wide, flat view (Utah to China) is fitted by Leaflet with far more latitude than its
    bounds hold, so both axes get the larger pad; rounding lets windows be reused.
    """
    (s, w), (n, e) = bounds
    pad_lat = pad_lon = max(15.0, n - s, e - w)
    return (max(-180.0, 5 * ((w - pad_lon) // 5)), max(-90.0, 5 * ((s - pad_lat) // 5)),
            min(180.0, 5 * -((-(e + pad_lon)) // 5)), min(90.0, 5 * -((-(n + pad_lat)) // 5)))


# Room kept around a fitted view: Leaflet's and the drawing tools' buttons are on the left, the legend on the
# bottom right; a place under them is a place the reader does not see.
FIT_PAD_TOP_LEFT = (60, 30)
FIT_PAD_BOTTOM_RIGHT = (30, 30)


def base_map(bounds: list[list[float]] | None = None) -> folium.Map:
    """A map with the offline vector basemap (countries, Kazakhstan's regions) and tools."""
    m = folium.Map(tiles=None, control_scale=True, zoom_snap=0.25, prefer_canvas=False, world_copy_jump=True)
    # A plain background so the vector basemap reads like a map with no tiles at all.
    m.get_root().header.add_child(folium.Element(
        "<style>.leaflet-container{background:#dbe9f4;}</style>"))
    countries = folium.FeatureGroup(name="Countries (offline)", show=True, control=True)
    folium.GeoJson(
        _countries_near(_window(bounds or KAZAKHSTAN_BOUNDS)),
        style_function=lambda f: {"fillColor": "#f4f1e8", "color": "#9a8f7a", "weight": 0.8, "fillOpacity": 1.0},
        interactive=False,
    ).add_to(countries)
    countries.add_to(m)
    kz = folium.FeatureGroup(name="Kazakhstan regions (2022)", show=True)
    folium.GeoJson(
        boundaries.basemap_geojson("kz_regions"),
        style_function=lambda f: {"fillOpacity": 0.0, "color": "#b3a78c", "weight": 0.7, "dashArray": "3"},
        interactive=False,
    ).add_to(kz)
    kz.add_to(m)
    TownLabels(_towns(_window(bounds or KAZAKHSTAN_BOUNDS), _box(bounds or KAZAKHSTAN_BOUNDS))).add_to(m)
    folium.TileLayer("OpenStreetMap", name="Streets (online)", show=False, overlay=True, control=True).add_to(m)
    folium.TileLayer(
        tiles="https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
        attr="Esri World Imagery", name="Satellite (online)", show=False, overlay=True, control=True,
    ).add_to(m)
    plugins.Fullscreen().add_to(m)
    plugins.MeasureControl(primary_length_unit="kilometers", primary_area_unit="sqmeters").add_to(m)
    # the pointer's coordinates; with the pointer off the map it says how to get them, not "Unavailable"
    plugins.MousePosition(position="bottomleft", separator=" , ", num_digits=4, prefix="lat , lon:",
                          empty_string="point at the map for its coordinates", lat_formatter=None,
                          lng_formatter=None).add_to(m)
    m.fit_bounds(bounds or KAZAKHSTAN_BOUNDS, padding_top_left=FIT_PAD_TOP_LEFT,
                 padding_bottom_right=FIT_PAD_BOTTOM_RIGHT)
    return m


def _region_layer(r: Region) -> folium.GeoJson:
    colour = COLOURS.get(r.role, "#1f77b4")
    geom = r.geometry
    if r.role == "hint":
        # Drawing only: a country-sized hint at ~1 km detail is invisible at any zoom that shows it whole.
        geom = geom.simplify(0.01, preserve_topology=True)
    title, sentence = describe_region(r)
    lines = [sentence] + ([f"how it was sized: {r.explanation}"] if r.explanation and r.role != "constraint" else [])
    return folium.GeoJson(
        {"type": "Feature", "properties": {}, "geometry": geometry_json(geom)},
        style_function=lambda f, c=colour, role=r.role: {
            "color": c, "weight": 1.5, "fillColor": c, "fillOpacity": 0.06 if role == "hint" else 0.12,
            "dashArray": "6 4" if role == "hint" else None},
        popup=_popup(title, lines),
        tooltip=folium.Tooltip(_esc(r.label[:120])),
    )


def history_layer(show: bool = True) -> folium.FeatureGroup:
    """Past landings from the catalog, with their dates and sources."""
    fg = folium.FeatureGroup(name="Historical landings", show=show)
    for x in catalog.landings():
        folium.CircleMarker(
            [x.lat, x.lon], radius=4, color=COLOURS["history"], fill=True, fill_opacity=0.9, weight=1,
            popup=_popup(x.mission, [x.landed_at_utc, x.kind, f"source: {x.source}"]),
            tooltip=_esc(f"{x.mission} ({x.landed_at_utc[:10]})"),
        ).add_to(fg)
    return fg


def estimate_map(est: Estimate, show_history: bool = True) -> folium.Map:
    """The whole estimate on a map that fits it (Kazakhstan when there is nothing to map)."""
    bounds = estimate_bounds(est)
    m = base_map(bounds)
    hints = folium.FeatureGroup(name="Regions the article names", show=True)
    statements = folium.FeatureGroup(name="What the article says", show=True)
    for r in est.regions:
        _region_layer(r).add_to(hints if r.role == "hint" else statements)
    hints.add_to(m)
    statements.add_to(m)
    anchors = folium.FeatureGroup(name="Places measured from", show=True)
    for a in est.anchors:
        folium.CircleMarker(
            [a.lat, a.lon], radius=6, color=COLOURS["anchor"], fill=True, fill_opacity=1.0,
            popup=_popup(a.name, ([f"the place the article measures from: a landing site or zone, {a.country}",
                                   f"its extent: {a.extent_km:,.0f} km"] if a.site_id else
                                  [f"the town the article measures from: {a.country}, population {a.population:,}",
                                   f"its own radius: {a.extent_km:.1f} km", f"written as «{a.matched}»",
                                   f"GeoNames {a.geonameid}"])),
            tooltip=_esc(a.name),
        ).add_to(anchors)
    anchors.add_to(m)
    if est.geometry is not None:
        fg = folium.FeatureGroup(name="Landing area (estimate)", show=True)
        folium.GeoJson(
            {"type": "Feature", "properties": {}, "geometry": geometry_json(est.geometry)},
            style_function=lambda f: {"color": COLOURS["estimate"], "weight": 2.5, "fillColor": COLOURS["estimate"],
                                      "fillOpacity": 0.25},
            popup=_popup("Landing area (estimate)", [
                f"{est.area_km2:,.0f} km², {PRIOR_YES if est.prior else PRIOR_NO}" if est.area_km2 else "",
                "it rests on " + LEVEL_WORDS.get(est.level or "", "the article")]),
            tooltip="Landing area (estimate)",
        ).add_to(fg)
        fg.add_to(m)
    if est.best is not None:
        lat, lon = est.best
        folium.Marker(
            [lat, lon],
            popup=_popup("Best point", [f"{lat:.5f}, {lon:.5f}",
                                        f"give or take {(est.uncertainty_m or 0) / 1000:,.0f} km",
                                        PRIOR_YES if est.prior else PRIOR_NO]),
            tooltip="Best point",
            icon=folium.Icon(color="red", icon="screenshot", prefix="glyphicon"),
        ).add_to(m)
    history_layer(show_history).add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    if bounds is not None:
        ZoomToEstimate(bounds).add_to(m)
    _legend(m, est)
    return m


def estimate_bounds(est: Estimate) -> list[list[float]] | None:
    """[[south, west], [north, east]] of what the view must show: the estimate with its anchors (and drawn shapes).

    Why not the statements' rings: a 150 km ring is ten times the estimate, which then looks like a dot; and the
    anchor the words measure from must be in view for the map to make sense. Without an estimate (nothing to
    map, a conflict) the statements' regions are fitted instead.
    """
    shapes = [est.geometry] if est.geometry is not None else [
        r.geometry for r in est.regions if r.role in ("statement", "constraint", "site")]
    shapes += [r.geometry for r in est.regions if r.role == "constraint"]
    shapes = [g for g in shapes if g is not None and not g.is_empty]
    if not shapes:
        return None
    b = [g.bounds for g in shapes] + [(a.lon, a.lat, a.lon, a.lat) for a in est.anchors]
    return [[min(x[1] for x in b), min(x[0] for x in b)], [max(x[3] for x in b), max(x[2] for x in b)]]


class ZoomToEstimate(MacroElement):
    """A map button (under the zoom buttons) that brings the view back to the estimate and its anchors."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var bounds = {{ this.bounds_json }};
            var Home = L.Control.extend({
                options: {position: "topleft"},
                onAdd: function () {
                    var bar = L.DomUtil.create("div", "leaflet-bar leaflet-control td-zoom-estimate");
                    var a = L.DomUtil.create("a", "", bar);
                    a.href = "#";
                    a.title = "Zoom to the estimate";
                    a.setAttribute("role", "button");
                    a.setAttribute("aria-label", "Zoom to the estimate");
                    // an inline crosshair: no icon font or glyph is needed offline
                    a.innerHTML = '<svg width="18" height="18" viewBox="0 0 24 24" style="margin-top:6px" ' +
                        'fill="none" stroke="#333" stroke-width="2"><circle cx="12" cy="12" r="6"/>' +
                        '<path d="M12 1v5M12 18v5M1 12h5M18 12h5"/></svg>';
                    L.DomEvent.disableClickPropagation(bar);
                    L.DomEvent.on(a, "click", function (e) {
                        L.DomEvent.preventDefault(e);
                        map.fitBounds(bounds, {paddingTopLeft: {{ this.pad_tl }},
                                               paddingBottomRight: {{ this.pad_br }}});
                    });
                    return bar;
                }
            });
            new Home().addTo(map);
        })();
        {% endmacro %}
    """)

    def __init__(self, bounds: list[list[float]]) -> None:
        super().__init__()
        self._name = "ZoomToEstimate"
        # numbers only: nothing from the article reaches this script
        self.bounds_json = json.dumps([[float(v) for v in corner] for corner in bounds])
        self.pad_tl = json.dumps(list(FIT_PAD_TOP_LEFT))
        self.pad_br = json.dumps(list(FIT_PAD_BOTTOM_RIGHT))


def _legend(m: folium.Map, est: Estimate) -> None:
    """The legend, in the words of the dashboard's panel; dark text on white so it reads in any theme."""
    roles = {r.role for r in est.regions}
    items = [("Landing area (estimate)", COLOURS["estimate"])] if est.geometry is not None else []
    items += [(ROLE_WORDS[role], COLOURS.get(role, COLOURS["statement"]))
              for role in ("statement", "site", "hint", "constraint") if role in roles]
    if est.anchors:
        items.append(("Place measured from", COLOURS["anchor"]))
    items.append(("Past landing", COLOURS["history"]))
    rows = "".join(f'<div><span style="display:inline-block;width:12px;height:12px;background:{c};'
                   f'margin-right:6px;opacity:.7"></span>{_esc(n)}</div>' for n, c in items)
    note = ""
    if est.geometry is not None:
        landings = prior_landings(est)
        note = (f"{PRIOR_YES} ({len(landings)})" if landings else PRIOR_YES) if est.prior else PRIOR_NO
    m.get_root().html.add_child(folium.Element(
        f'<div id="td-legend" style="position:fixed;bottom:28px;right:10px;z-index:9999;background:#fff;'
        f'color:#222;padding:6px 8px;border:1px solid #999;border-radius:4px;font:12px sans-serif">{rows}'
        + (f'<div style="color:#444;margin-top:3px">{_esc(note)}</div>' if note else "") + "</div>"
    ))


def report_caption(est: Estimate) -> tuple[str, list[str]]:
    """(title, lines) of the HTML export: what it shows, when the landing was, which article it comes from.

    Why: a file opened from disk weeks later must say what it is without the dashboard around it.
    Plain text: escape before putting it in HTML.
    """
    title = f"Touchdown: where it landed — {est.title}" if est.title else "Touchdown: where it landed"
    lines = [f"Article: «{est.title or 'untitled'}»"
             + (f", published {est.published:%Y-%m-%d}" if est.published else ", publication date not given")]
    if est.area_km2 is not None:
        lines.append(f"Landing area {est.area_km2:,.0f} km², {PRIOR_YES if est.prior else PRIOR_NO}; it rests on "
                     + LEVEL_WORDS.get(est.level or "", "the article"))
    else:
        lines.append(est.message)
    if est.best is not None:
        lines.append(f"Best point {est.best[0]:.5f}, {est.best[1]:.5f}, give or take "
                     f"{(est.uncertainty_m or 0) / 1000:,.0f} km")
    lt = est.landing_time
    if lt and lt.utc:
        lines.append(f"Landed {lt.utc:%Y-%m-%d %H:%M} UTC"
                     + (f" ({lt.local:%H:%M} local time, {lt.local_zone})" if lt.local is not None else ""))
    elif lt and lt.time_utc:
        lines.append(f"Landed at {lt.time_utc:%H:%M} UTC (date unknown)")
    return title, lines


def to_html(est: Estimate) -> bytes:
    """A self-contained HTML report of the estimate (title, caption, map, legend) that opens from disk offline."""
    from geo.assets import inline_html

    m = estimate_map(est)
    title, lines = report_caption(est)
    root = m.get_root()
    root.title = _esc(title)  # branca writes <title>{{ this.title }}</title> without escaping
    root.html.add_child(folium.Element(
        '<div id="td-caption" style="position:fixed;top:10px;left:50%;transform:translateX(-50%);z-index:9999;'
        'max-width:60%;background:#fff;color:#222;padding:6px 10px;border:1px solid #999;border-radius:4px;'
        f'font:13px sans-serif"><b>{_esc(title)}</b>' + "".join(f"<br>{_esc(x)}" for x in lines) + "</div>"))
    return inline_html(m).encode("utf-8")
