"""A tiny Streamlit app that shows one localized folium map, for the offline browser test (test_assets.py).

Why a separate app: it exercises every asset Touchdown vendors (Leaflet, jQuery, Bootstrap, awesome-markers
with a Glyphicons and a Font Awesome icon, Leaflet's default marker image, Draw, Fullscreen, MeasureControl,
MousePosition, GeoJson with tooltip and popup, LayerControl) without depending on the rest of the app.
``?mode=embed`` uses ``localize(embed=True)`` (data: URIs) instead of ``/app/static/vendor/`` URLs;
``?mode=cdn`` skips ``localize`` (the negative control: with no network that map must stay blank).

Streamlit serves ``static/`` from the main script's folder: the test stages this file next to a symlink to
the repository's ``static/`` (``browser_helpers.stage_app``) and runs it from the repository root.
"""

from __future__ import annotations

import folium
from folium import plugins

from geo.assets import localize

POLYGON = [[47.0, 66.0], [47.0, 68.5], [48.3, 68.5], [48.3, 66.0]]


def build_map() -> folium.Map:
    """The test map: tiles=None (no basemap, so no tile requests) and one of each asset-using feature."""
    m = folium.Map(location=[47.6, 67.3], zoom_start=6, tiles=None)
    fg = folium.FeatureGroup(name="landing").add_to(m)
    folium.Polygon(POLYGON, color="crimson", fill=True, fill_opacity=0.3, tooltip="estimate").add_to(fg)
    folium.GeoJson(
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"name": "sector"},
                    "geometry": {
                        "type": "Polygon",
                        "coordinates": [[[68.8, 46.6], [69.6, 46.6], [69.6, 47.2], [68.8, 46.6]]],
                    },
                }
            ],
        },
        name="regions",
        tooltip=folium.GeoJsonTooltip(["name"]),
        popup=folium.GeoJsonPopup(["name"]),
    ).add_to(m)
    folium.Marker([47.8, 67.7], tooltip="default icon").add_to(fg)
    folium.Marker([47.3, 66.6], icon=folium.Icon(icon="info-sign", color="green")).add_to(fg)
    folium.Marker([47.9, 66.3], icon=folium.Icon(icon="rocket", prefix="fa", color="red", angle=45)).add_to(
        fg
    )
    plugins.Draw(export=False).add_to(m)
    plugins.Fullscreen().add_to(m)
    plugins.MeasureControl().add_to(m)
    plugins.MousePosition().add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)
    return m


if __name__ == "__main__":
    import streamlit as st
    from streamlit_folium import st_folium

    mode = st.query_params.get("mode", "static")
    st.title("Offline map check")
    st.caption(f"assets: {mode}")
    m = build_map()
    if mode != "cdn":  # ?mode=cdn: folium's own CDN links, the negative control (blank with no network)
        localize(m, embed=mode == "embed")
    st_folium(m, height=480, use_container_width=True, returned_objects=[], key="map")
