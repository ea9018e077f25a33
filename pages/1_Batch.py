"""Batch: map many articles at once and take one combined file of all the estimates.

Why a page of its own: the workspace (main page) is for reading one article closely and correcting it; a
batch is for a folder of reports (an archive, a news feed) where the user wants a table and one file, not a
page per article. A thin skin over ``geo.batch``: it runs the articles (with a progress bar fed by the
engine's callback), then shows one row per article, a map of every estimate and the combined download. The
results stay in ``st.session_state["batch_rows"]`` so a download or a map click does not lose them. Article
titles are untrusted text: they are escaped wherever they reach HTML.
"""

from __future__ import annotations

import html
import json
import math
import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import folium
import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.runtime.uploaded_file_manager import UploadedFile

from geo import batch, export
from geo.export import geometry_json
from geo.mapping import COLOURS, base_map, history_layer
from geo.textio import MB, InputError, check_batch_size, max_batch_files, max_upload_bytes
from pages import ui

ui.through_app("pages/1_Batch.py")  # a deep link to this page goes through app.py's navigation first
st.set_page_config(page_title="Touchdown · Batch", page_icon="🪂", layout="wide")

TYPES = ["txt", "md", "html", "htm", "jsonl"]
DOWNLOADS = (("GeoPackage", "gpkg"), ("GeoJSON", "geojson"), ("CSV", "csv"))
ROW_PX = 35  # a dataframe row's height in Streamlit's grid
MAX_TABLE_ROWS = 20  # taller than this, the table scrolls inside itself
MARGIN_DEG = 5.0  # around the outermost estimates, so no marker sits on the map's edge


def results_frame(rows: Sequence[batch.BatchRow]) -> pd.DataFrame:
    """One row per article, numbered like its marker on the map; the long message last, so the numbers show."""
    return pd.DataFrame(
        [{"#": i, "source": r.source, "title": r.title, "status": r.status,
          "best point": None if r.best_lat is None else f"{r.best_lat:.4f}, {r.best_lon:.4f}",
          "± km": None if r.uncertainty_m is None else r.uncertainty_m / 1000.0,
          "area km²": r.area_km2,
          "landed UTC": r.landed_at_utc or (f"{r.landed_time_utc} (date unknown)" if r.landed_time_utc else None),
          "statements": r.statements, "message": r.message}
         for i, r in enumerate(rows, start=1)],
        columns=["#", "source", "title", "status", "best point", "± km", "area km²", "landed UTC", "statements",
                 "message"],
    )


def _bounds(rows: Sequence[batch.BatchRow]) -> list[list[float]] | None:
    """[[south, west], [north, east]] around every estimate and best point (None: nothing to fit)."""
    boxes = [r.geometry.bounds for r in rows if r.geometry is not None and not r.geometry.is_empty]
    boxes += [(r.best_lon, r.best_lat, r.best_lon, r.best_lat) for r in rows if r.best_lat is not None]
    if not boxes:
        return None
    return [[max(min(b[1] for b in boxes) - MARGIN_DEG, -85.0), min(b[0] for b in boxes) - MARGIN_DEG],
            [min(max(b[3] for b in boxes) + MARGIN_DEG, 85.0), max(b[2] for b in boxes) + MARGIN_DEG]]


def batch_map(rows: Sequence[batch.BatchRow]) -> folium.Map:
    """Every article's estimate and best point (numbered as in the table), the view fitted to all of them."""
    m = base_map(_bounds(rows))
    estimates = folium.FeatureGroup(name="Estimates", show=True)
    points = folium.FeatureGroup(name="Best points", show=True)
    for i, r in enumerate(rows, start=1):
        label = html.escape(f"{i}. {r.title or r.source}", quote=True)
        if r.geometry is not None and not r.geometry.is_empty:
            folium.GeoJson(
                {"type": "Feature", "properties": {}, "geometry": geometry_json(r.geometry)},
                style_function=lambda f: {"color": COLOURS["estimate"], "weight": 1.5,
                                          "fillColor": COLOURS["estimate"], "fillOpacity": 0.12},
                tooltip=folium.Tooltip(label),
            ).add_to(estimates)
        if r.best_lat is not None:
            km = "" if r.uncertainty_m is None else f" ± {r.uncertainty_m / 1000:.0f} km"
            folium.CircleMarker(
                [r.best_lat, r.best_lon], radius=6, color="#7f0000", weight=1.5, fill=True,
                fill_color=COLOURS["best"], fill_opacity=0.95,
                tooltip=folium.Tooltip(f"{label}<br>{r.best_lat:.4f}, {r.best_lon:.4f}{html.escape(km)}"),
            ).add_to(points)
    estimates.add_to(m)
    points.add_to(m)
    history_layer(show=False).add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    return m


def combined(rows: Sequence[batch.BatchRow], fmt: str) -> bytes:
    """All articles in one file of the format (``geo.batch.write`` picks it by suffix)."""
    with tempfile.TemporaryDirectory(prefix="touchdown-batch-") as tmp:
        out = Path(tmp) / f"touchdown-batch.{fmt}"
        batch.write(rows, out)
        return out.read_bytes()


def articles(files: list[UploadedFile]) -> list[tuple[str, bytes | str]]:
    """``(source, payload)`` per article, as ``geo.batch.process_one`` takes them.

    A file is one article (its raw bytes, decoded by the engine like any upload); each non-blank line of a
    .jsonl file is one record (``name#line``, the line's text), as ``geo.batch.iter_inputs`` reads them from
    disk. A .jsonl that is not UTF-8 becomes one record the engine reports as an error row.
    """
    items: list[tuple[str, bytes | str]] = []
    for f in files:
        if not f.name.lower().endswith(tuple(batch.JSONL_SUFFIXES)):
            items.append((f.name, f.getvalue()))
            continue
        try:
            lines = f.getvalue().decode("utf-8-sig").splitlines()
        except UnicodeDecodeError as exc:
            items.append((f.name, json.dumps({"error": f"“{f.name}” is not UTF-8 ({exc.reason})"})))
            continue
        items += [(f"{f.name}#{n}", line) for n, line in enumerate(lines, start=1) if line.strip()]
    return items


def run_batch(items: list[tuple[str, bytes | str]], published: date | None, prior: bool,
              bar: DeltaGenerator) -> list[batch.BatchRow]:
    """Run the engine on one core (articles take tens of ms; a process pool would cost seconds to start),
    moving the progress bar as articles finish."""

    def progress(done: int, total: int | None) -> None:
        total = total or len(items)
        bar.progress(min(done / max(total, 1), 1.0), text=f"{done} of {total} articles")

    return batch.run(items, published=published, prior=prior, progress=progress)


st.title("Batch")
st.caption("Drop many reports at once (a folder of .txt, .md or .html files, or .jsonl with one article per "
           "line), run them, and take one combined file with every estimate. To read and correct a single "
           "article closely, use the main page.")
try:
    max_files, max_bytes = max_batch_files(), max_upload_bytes()
except InputError as exc:  # a bad TOUCHDOWN_MAX_FILES / TOUCHDOWN_MAX_BYTES: say which and how to fix it
    st.error(str(exc))
    st.stop()

files = st.file_uploader(
    "Articles", type=TYPES, accept_multiple_files=True, key="batch_files",
    max_upload_size=max(1, math.ceil(max_bytes / MB)),
    help=f"Up to {max_files:,} articles per batch, {max_bytes / MB:g} MB per file.",
) or []
c1, c2, _ = st.columns([1, 2, 1])
published = c1.date_input("Publication date (optional)", value=None, format="YYYY-MM-DD", key="batch_published",
                          help="For every article of the batch: completes a landing time that has no date.")
prior = c2.toggle("Narrow with past landings", value=True, key="batch_prior",
                  help="Past landings cluster in the recovery zones; when an article's words allow it, its "
                       "landing area is cut to where they fell.")
clicked = st.button("Run batch", type="primary", disabled=not files)
bar = st.empty()

if clicked:
    items = articles(files)
    try:
        check_batch_size(len(items))
    except InputError as exc:
        st.error(str(exc))
    else:
        if not items:
            st.warning("The files hold no article (every .jsonl line is blank).")
        bar.progress(0.0, text=f"0 of {len(items)} articles")
        st.session_state["batch_rows"] = run_batch(items, published, prior, bar)
        st.session_state["batch_run"] = st.session_state.get("batch_run", 0) + 1

rows: list[batch.BatchRow] = st.session_state.get("batch_rows") or []
if not rows:
    if not clicked:
        st.info("Drop files above and press **Run batch**.")
    st.stop()

counts = Counter(r.status for r in rows)
bar.progress(1.0, text=f"Done: {batch.summary_line(counts)}.")
st.subheader("Results")
st.dataframe(
    results_frame(rows), hide_index=True, width="stretch", height=(min(len(rows), MAX_TABLE_ROWS) + 1) * ROW_PX + 3,
    column_config={
        "#": st.column_config.NumberColumn("#", width=40),
        "title": st.column_config.TextColumn("title", width="medium"),
        "status": st.column_config.TextColumn("status", width=110),
        "± km": st.column_config.NumberColumn("± km", format="%.0f"),
        "area km²": st.column_config.NumberColumn("area km²", format="localized"),
        "message": st.column_config.TextColumn("message", width="large"),
    },
)
st.subheader("Download all")
cols = st.columns(len(DOWNLOADS) + 2)
for col, (label, fmt) in zip(cols, DOWNLOADS, strict=False):
    # Made with the page (once per batch, kept in the session): Streamlit's deferred downloads proved
    # unreliable under load in the browser tests, and a batch's files are small next to its texts.
    batch_key = hash(tuple((r.source, r.id, r.status, r.best_lat, r.best_lon, r.area_km2) for r in rows))
    cache = st.session_state.get("batch-files")
    if cache is None or cache.get("key") != batch_key:
        cache = st.session_state["batch-files"] = {"key": batch_key}
    if fmt not in cache:
        cache[fmt] = combined(rows, fmt)
    col.download_button(f"Download {label}", cache[fmt], file_name=f"touchdown-batch.{fmt}",
                        mime=export.MEDIA_TYPES.get(fmt), key=f"batch-dl-{fmt}", on_click="ignore",
                        type="primary" if fmt == "gpkg" else "secondary")
st.subheader("Map")
ui.show_map(batch_map(rows), key=f"batch-map-{st.session_state.get('batch_run', 0)}")
