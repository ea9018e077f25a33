"""History: the catalog of past landings as a table, a map and a timeline.

Why a page of its own: the catalog is the prior that narrows every estimate, so a user should be able to see
what it holds (which missions, how good each position is, where it comes from) before trusting it. A thin
skin over ``geo.catalog`` and ``geo.mapping``; the chart is Vega-Lite, which Streamlit's frontend bundles, so
the page draws with no network.
"""

from __future__ import annotations

import altair as alt
import folium
import pandas as pd
import streamlit as st

from geo import catalog
from geo.mapping import COLOURS, base_map, history_layer
from pages import ui

ui.through_app("pages/2_History.py")  # a deep link to this page goes through app.py's navigation first
st.set_page_config(page_title="Touchdown · History", page_icon="🪂", layout="wide")

MARGIN_DEG = 5.0  # around the outermost landings, so no marker sits on the map's edge
ROW_PX = 35  # a dataframe row's height in Streamlit's grid
# The kinds in the catalog, coloured like the map's history layer (nominal) or apart from it (off-nominal).
KIND_COLOURS = {"nominal": COLOURS["history"], "ballistic re-entry": "#d62728", "launch abort": "#9467bd",
                "sample return capsule": "#1f77b4"}


@st.cache_data
def catalog_frame() -> pd.DataFrame:
    """The catalog as a table, one row per landing, oldest first."""
    df = pd.DataFrame(
        [{"mission": x.mission, "landed": pd.to_datetime(x.landed_at_utc, utc=True), "kind": x.kind, "lat": x.lat,
          "lon": x.lon, "grade": x.grade, "source": x.source} for x in catalog.landings()]
    )
    return df.sort_values("landed", kind="stable").reset_index(drop=True)


def history_map(df: pd.DataFrame) -> folium.Map:
    """Every past landing on the offline basemap, the view fitted to all of them."""
    bounds = [[df.lat.min() - MARGIN_DEG, df.lon.min() - MARGIN_DEG],
              [df.lat.max() + MARGIN_DEG, df.lon.max() + MARGIN_DEG]]
    m = base_map(bounds)
    history_layer().add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    return m


def timeline(df: pd.DataFrame) -> alt.Chart:
    """Landing date against mission (in the order they flew), coloured by the kind of landing."""
    order = df.mission.tolist()
    kinds = sorted(df.kind.unique(), key=lambda k: (k != "nominal", k))
    return (
        alt.Chart(df)
        .mark_circle(size=110, opacity=0.9)
        .encode(
            x=alt.X("landed:T", title="landing (UTC)"),
            y=alt.Y("mission:N", sort=order, title=None),
            color=alt.Color("kind:N", title="kind", scale=alt.Scale(domain=kinds, range=[KIND_COLOURS.get(
                k, "#7f7f7f") for k in kinds])),
            tooltip=["mission", alt.Tooltip("landed:T", format="%Y-%m-%d %H:%M"), "kind", "grade", "source"],
        )
        .properties(height=26 * len(order) + 50)
    )


df = catalog_frame()
st.title("Landing history")
st.caption(f"{len(df)} past landings with published coordinates: the layer on every map and the prior that "
           "narrows an estimate to the recovery zones. The grade (A above B) and the source say how far each "
           "position can be trusted; a landing known only to the day is drawn at midnight UTC.")

st.subheader("Catalog")
st.dataframe(
    df, hide_index=True, width="stretch", height=(len(df) + 1) * ROW_PX + 3,  # every row, no inner scrolling
    column_config={
        "landed": st.column_config.DatetimeColumn("landed (UTC)", format="YYYY-MM-DD HH:mm"),
        "lat": st.column_config.NumberColumn("lat", format="%.4f"),
        "lon": st.column_config.NumberColumn("lon", format="%.4f"),
    },
)
st.subheader("Where they landed")
ui.show_map(history_map(df), key="history-map", height=480)
st.subheader("When")
st.altair_chart(timeline(df), width="stretch")
