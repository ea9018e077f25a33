"""Gazetteer explorer: look a town name up the way the engine does, and see why it chose what it chose.

Why: every region hangs on its anchor town, and a wrong town moves the estimate hundreds of kilometres. This
page shows every candidate a name may mean (any script, spelling or case ending), how each matched, how
``Gazetteer.resolve`` ranks them, and in words why it chose one or refused them all. All of that comes from
``Gazetteer.explain``, which shares ``resolve``'s ranking, so what is shown here is what the engine does.
"""

from __future__ import annotations

import html

import folium
import pandas as pd
import streamlit as st

from geo import boundaries
from geo.gazetteer import COUNTRY_BONUS, POPULATION_WEIGHT, default
from geo.mapping import COLOURS, base_map
from geo.model import Place
from geo.places import site_named
from pages import ui
from pages.ui import md_escape

ui.through_app("pages/3_Gazetteer.py")  # a deep link to this page goes through app.py's navigation first
st.set_page_config(page_title="Touchdown · Gazetteer", page_icon="🪂", layout="wide")

EXAMPLE = "Жезказгана"
MARGIN_DEG = 1.0  # around the outermost candidates
ROW_PX = 35  # a dataframe row's height in Streamlit's grid


@st.cache_data
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> country name, from the offline basemap, sorted by code."""
    out: dict[str, str] = {}
    for f in boundaries.basemap_geojson("countries")["features"]:
        code, name = f["properties"].get("iso2") or "", f["properties"].get("name") or ""
        if len(code) == 2 and code.isalpha():
            out.setdefault(code.upper(), name)
    return dict(sorted(out.items()))


def candidates_frame(ranked: list[tuple[Place, float]], chosen: Place | None) -> pd.DataFrame:
    """One row per candidate, best-ranked first, with how it matched and its rank."""
    return pd.DataFrame(
        [{"chosen": chosen is not None and p.geonameid == chosen.geonameid, "geonameid": p.geonameid,
          "name": p.name, "matched as": p.matched, "country": p.country, "population": p.population,
          "lat": p.lat, "lon": p.lon, "match": p.match, "score": p.score, "rank": rank,
          "everyday word": p.common_word}
         for p, rank in ranked],
        columns=["chosen", "geonameid", "name", "matched as", "country", "population", "lat", "lon", "match",
                 "score", "rank", "everyday word"],
    )


def candidates_map(ranked: list[tuple[Place, float]], chosen: Place | None) -> folium.Map:
    """The candidates on the offline basemap, the chosen one large and red, the view fitted to all."""
    places = [p for p, _ in ranked]
    bounds = None
    if places:
        bounds = [[min(p.lat for p in places) - MARGIN_DEG, min(p.lon for p in places) - MARGIN_DEG],
                  [max(p.lat for p in places) + MARGIN_DEG, max(p.lon for p in places) + MARGIN_DEG]]
    m = base_map(bounds)
    group = folium.FeatureGroup(name="Candidates", show=True)
    for i, (p, rank) in enumerate(reversed(ranked)):  # the best drawn last, on top
        is_chosen = chosen is not None and p.geonameid == chosen.geonameid
        label = html.escape(f"{len(ranked) - i}. {p.name} ({p.country}), {p.population:,} people, "
                            f"{p.match}, rank {rank:.2f}" + (" — chosen" if is_chosen else ""))
        folium.CircleMarker(
            [p.lat, p.lon], radius=10 if is_chosen else 5, weight=2 if is_chosen else 1,
            color=COLOURS["best"] if is_chosen else COLOURS["anchor"], fill=True,
            fill_opacity=0.9 if is_chosen else 0.6, tooltip=label, popup=folium.Popup(label, max_width=320),
        ).add_to(group)
    group.add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    return m


st.title("Gazetteer explorer")
st.caption("Look a town up as an article would name it: any script, spelling or case ending (“Жезказгана”, "
           "“Sheskasgan”, “Dżezkazganu”). Layers run from strict to tolerant: exact name, name without a case "
           "ending, phonetic skeleton, fuzzy. Among the candidates of the best layer, a country the article is "
           "about counts most, then population. Data: GeoNames cities500 (CC-BY 4.0).")

codes = countries()
with st.form("lookup"):
    left, right = st.columns([2, 3])
    left.text_input("Place name", value=EXAMPLE, key="gaz_name", max_chars=120)
    right.multiselect("Countries the article is about (optional)", list(codes), key="gaz_countries",
                      format_func=lambda c: f"{c} · {codes.get(c, c)}",
                      help="The engine takes them from the article's text; they outrank population and let a "
                           "fuzzy match or an everyday word count as a small town.")
    st.form_submit_button("Look up", type="primary")

name = (st.session_state.get("gaz_name") or "").strip()
context = tuple(st.session_state.get("gaz_countries") or ())
if not name:
    st.info("Type a place name and press **Look up**.")
    st.stop()

site = site_named(name)
if site is not None:
    st.success(md_escape(f"{site.name}: a {site.kind.replace('_', ' ')} of data/places.csv (radius "
                         f"{site.radius_km:,.0f} km, {site.country}); where an article calls it a site, range, "
                         f"banner or zone, this is the place, before any town of the name. Source: {site.source}"))

chosen, ranked, reason = default().explain(name, context)
(st.success if chosen is not None else st.warning)(md_escape(reason))

if ranked:
    st.subheader(f"Candidates ({len(ranked)})")
    st.dataframe(
        candidates_frame(ranked, chosen), hide_index=True, width="stretch",
        height=min(len(ranked), 12) * ROW_PX + ROW_PX + 3,
        column_config={
            "chosen": st.column_config.CheckboxColumn("chosen", width="small"),
            "geonameid": st.column_config.NumberColumn("geonameid", format="%d"),
            "population": st.column_config.NumberColumn("population", format="localized"),
            "lat": st.column_config.NumberColumn("lat", format="%.4f"),
            "lon": st.column_config.NumberColumn("lon", format="%.4f"),
            "score": st.column_config.NumberColumn(
                "score", format="%.2f", help="How well the name matched: exact 1.0, inflected 0.95, skeleton "
                                             "0.85-0.9, fuzzy 0.5-0.8."),
            "rank": st.column_config.NumberColumn(
                "rank", format="%.2f", help=f"score + {POPULATION_WEIGHT}·log10(population) + {COUNTRY_BONUS} "
                                            "in a context country; the highest wins unless a guard refuses it."),
            "everyday word": st.column_config.CheckboxColumn(
                "word?", width="small", help="The matched name is also an everyday word (Station, Earth): only "
                                             "accepted for a small place in a country the article is about."),
        },
    )
    st.subheader("Map")
    st.caption("The chosen place is the large red dot; the other candidates are green.")
    ui.show_map(candidates_map(ranked, chosen), key="gazetteer-map", height=440)
