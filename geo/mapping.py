"""Estimate -> folium.Map: an offline vector basemap, anchors, statement regions, hints,
the fused estimate, the best point and the historical landings, each a layer.

Every text that came from an article is HTML-escaped before it reaches a popup or a
tooltip: an article is untrusted input, and folium inserts popup HTML as it is.
"""

from __future__ import annotations

import html
from functools import lru_cache

import folium
from folium import plugins

from geo import boundaries, catalog
from geo.export import geometry_json
from geo.model import Estimate, Region

KAZAKHSTAN_BOUNDS = [[40.5, 46.5], [55.5, 87.5]]  # [[south, west], [north, east]]
COLOURS = {"statement": "#1f77b4", "hint": "#7f7f7f", "site": "#17becf", "constraint": "#9467bd", "estimate": "#d62728",
           "best": "#d62728", "anchor": "#2ca02c", "history": "#ff7f0e"}


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


def _window(bounds: list[list[float]]) -> tuple[float, float, float, float]:
    """The view's bounds widened by its larger side (at least 15°) on both axes, rounded to 5°.

    A wide, flat view (Utah to China) is fitted by Leaflet with far more latitude than its
    bounds hold, so both axes get the larger pad; rounding lets windows be reused.
    """
    (s, w), (n, e) = bounds
    pad_lat = pad_lon = max(15.0, n - s, e - w)
    return (max(-180.0, 5 * ((w - pad_lon) // 5)), max(-90.0, 5 * ((s - pad_lat) // 5)),
            min(180.0, 5 * -((-(e + pad_lon)) // 5)), min(90.0, 5 * -((-(n + pad_lat)) // 5)))


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
    folium.TileLayer("OpenStreetMap", name="Streets (online)", show=False, overlay=True, control=True).add_to(m)
    folium.TileLayer(
        tiles="https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
        attr="Esri World Imagery", name="Satellite (online)", show=False, overlay=True, control=True,
    ).add_to(m)
    plugins.Fullscreen().add_to(m)
    plugins.MeasureControl(primary_length_unit="kilometers", primary_area_unit="sqmeters").add_to(m)
    plugins.MousePosition(position="bottomleft", separator=" , ", num_digits=4, prefix="lat , lon:",
                          lat_formatter=None, lng_formatter=None).add_to(m)
    m.fit_bounds(bounds or KAZAKHSTAN_BOUNDS)
    return m


def _region_layer(r: Region) -> folium.GeoJson:
    colour = COLOURS.get(r.role, "#1f77b4")
    geom = r.geometry
    if r.role == "hint":
        # Drawing only: a country-sized hint at ~1 km detail is invisible at any zoom that shows it whole.
        geom = geom.simplify(0.01, preserve_topology=True)
    lines = [r.explanation, f"shape: {r.shape}, {r.area_km2:,.0f} km²"]
    title = f"{r.role} {r.index + 1}: {r.label}"
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
    bounds = None
    # Fit the statements' regions and the estimate (not the hints: a country is too wide).
    shapes = [r.geometry for r in est.regions if r.role in ("statement", "constraint")]
    if est.geometry is not None:
        shapes.append(est.geometry)
    shapes = [g for g in shapes if g is not None and not g.is_empty]
    if shapes:
        b = [g.bounds for g in shapes]
        bounds = [[min(x[1] for x in b), min(x[0] for x in b)], [max(x[3] for x in b), max(x[2] for x in b)]]
    m = base_map(bounds)
    hints = folium.FeatureGroup(name="Region hints", show=True)
    statements = folium.FeatureGroup(name="Statement regions", show=True)
    for r in est.regions:
        _region_layer(r).add_to(hints if r.role == "hint" else statements)
    hints.add_to(m)
    statements.add_to(m)
    anchors = folium.FeatureGroup(name="Anchors", show=True)
    for a in est.anchors:
        folium.CircleMarker(
            [a.lat, a.lon], radius=6, color=COLOURS["anchor"], fill=True, fill_opacity=1.0,
            popup=_popup(a.name, ([f"spaceflight place {a.site_id} (data/places.csv), {a.country}",
                                   f"extent {a.extent_km:,.0f} km"] if a.site_id else
                                  [f"GeoNames {a.geonameid}, {a.country}", f"population {a.population:,}",
                                   f"town radius {a.extent_km:.1f} km", f"matched as {a.matched} ({a.match})"])),
            tooltip=_esc(a.name),
        ).add_to(anchors)
    anchors.add_to(m)
    if est.geometry is not None:
        fg = folium.FeatureGroup(name="Estimate", show=True)
        folium.GeoJson(
            {"type": "Feature", "properties": {}, "geometry": geometry_json(est.geometry)},
            style_function=lambda f: {"color": COLOURS["estimate"], "weight": 2.5, "fillColor": COLOURS["estimate"],
                                      "fillOpacity": 0.25},
            popup=_popup("Estimate", [est.message]),
            tooltip="Estimate",
        ).add_to(fg)
        fg.add_to(m)
    if est.best is not None:
        lat, lon = est.best
        folium.Marker(
            [lat, lon],
            popup=_popup("Best point", [f"{lat:.4f}, {lon:.4f}", f"± {(est.uncertainty_m or 0) / 1000:.0f} km",
                                        "historical prior used" if est.prior else "no prior"]),
            tooltip="Best point",
            icon=folium.Icon(color="red", icon="screenshot", prefix="glyphicon"),
        ).add_to(m)
    history_layer(show_history).add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    _legend(m, est)
    return m


def _legend(m: folium.Map, est: Estimate) -> None:
    items = [("Estimate", COLOURS["estimate"]), ("Statement region", COLOURS["statement"]),
             ("Region hint", COLOURS["hint"]), ("Anchor", COLOURS["anchor"]), ("Past landing", COLOURS["history"])]
    rows = "".join(f'<div><span style="display:inline-block;width:12px;height:12px;background:{c};'
                   f'margin-right:6px;opacity:.7"></span>{_esc(n)}</div>' for n, c in items)
    prior = "prior on" if est.prior else "prior off"
    m.get_root().html.add_child(folium.Element(
        f'<div id="td-legend" style="position:fixed;bottom:28px;right:10px;z-index:9999;background:white;'
        f'padding:6px 8px;border:1px solid #999;border-radius:4px;font:12px sans-serif">{rows}'
        f'<div style="color:#555;margin-top:3px">{_esc(prior)}</div></div>'
    ))


def to_html(est: Estimate) -> bytes:
    """A self-contained HTML map of the estimate that opens from disk with no network."""
    from geo.assets import inline_html

    return inline_html(estimate_map(est)).encode("utf-8")
