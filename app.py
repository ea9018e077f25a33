"""Touchdown's dashboard: paste or drop articles, check what was read, correct it, see the map, take the result.

A thin skin over ``geo``: every decision is made in the library. This page lays widgets
out, keeps the workspace (articles, corrections, drawn constraints) in the database, and
draws what the library returns. Article text is untrusted: it is escaped wherever it is
shown.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re

import streamlit as st
from folium import plugins
from streamlit_folium import st_folium

from geo import export
from geo.assets import localize
from geo.extract import read
from geo.mapping import base_map, estimate_map, to_html
from geo.model import Estimate
from geo.pipeline import locate
from geo.store import ConflictError, StoreError, Workspace
from geo.textio import InputError, check_batch_size, decode, from_text

st.set_page_config(page_title="Touchdown", page_icon="🪂", layout="wide")

HIGHLIGHT = {"distance": "#ffd54f", "qualifier": "#ffe0b2", "direction": "#b3e5fc", "anchor": "#c8e6c9",
             "hint": "#e1bee7", "time": "#f8bbd0", "coordinates": "#d7ccc8"}
EDITABLE = ("use", "anchor", "distance", "unit", "qualifier", "direction")
DOWNLOADS = (("GeoJSON", "geojson"), ("KML", "kml"), ("GPX", "gpx"), ("GeoPackage", "gpkg"), ("CSV", "csv"),
             ("HTML map", "html"))
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


@st.cache_resource
def _open_workspace(path: str | None) -> Workspace:
    return Workspace.open(path)


def workspace() -> Workspace:
    """The workspace database, opened once per path per server process (``TOUCHDOWN_DB`` or the default)."""
    return _open_workspace(os.environ.get("TOUCHDOWN_DB"))


def md_escape(text: str) -> str:
    """Text shown through Streamlit's Markdown (radio labels, captions) with every Markdown sign escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def highlighted(est: Estimate) -> str:
    """The article text as escaped HTML with every recognised piece marked."""
    text = est.reading.text
    marks: list[tuple[int, int, str]] = []
    for s in est.reading.statements:
        marks += [(p.span[0], p.span[1], p.kind) for p in s.pieces]
    marks += [(h.span[0], h.span[1], "hint") for h in est.reading.hints]
    if est.landing_time and est.landing_time.source:
        marks.append((*est.landing_time.source.span, "time"))
    marks.sort()
    out, pos = [], 0
    for start, end, kind in marks:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark title="{kind}" style="background:{HIGHLIGHT.get(kind, "#eee")};padding:0 2px">'
                   f"{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    legend = " ".join(f'<mark style="background:{c};padding:0 3px">{k}</mark>' for k, c in HIGHLIGHT.items())
    return (f"<div style='font-size:0.8rem;margin-bottom:6px'>{legend}</div>"
            "<div style='white-space:pre-wrap;font-size:0.9rem;line-height:1.5'>" + "".join(out) + "</div>")


def statement_rows(est: Estimate, corrections: dict[int, dict]) -> list[dict]:
    """One row per statement as read (with the user's corrections), and the region it became."""
    rows = []
    regions = {r.statement: r for r in est.regions if r.role == "statement"}
    for i, s in enumerate(est.extras.get("read_statements", est.reading.statements)):
        c = corrections.get(i, {})
        r = next((reg for st_, reg in regions.items() if st_ is not None and st_.span == s.span), None)
        rows.append({
            "use": not c.get("disabled", False),
            "text": s.text.replace("\n", " "),
            "anchor": c.get("anchor", s.anchor or ""),
            "distance": c.get("distance", s.distance),
            "unit": c.get("unit", s.unit or ""),
            "qualifier": c.get("qualifier", s.qualifier or ""),
            "direction": c.get("direction", s.direction or ""),
            "place": f"{r.anchor.name} ({r.anchor.country})" if r is not None and r.anchor else "—",
            "shape": r.shape if r is not None else "not placed",
            "area km²": round(r.area_km2) if r is not None else None,
        })
    return rows


def current_estimate(article_id: int) -> Estimate:
    """Re-map the article with its corrections and constraints (fast; the text is the source of truth)."""
    ws = workspace()
    row = ws.get(article_id)
    corrections = ws.corrections(article_id)
    constraints = ws.constraints(article_id)
    est = locate(row.text, row.published, prior=st.session_state.get("use_prior", True), title=row.title,
                 sha256=row.sha256, corrections=corrections, constraints=constraints)
    # The table lists the statements as read, in the order corrections are indexed on (the same
    # reading the engine corrects), without mapping the article a second time.
    est.extras["read_statements"] = read(row.text).statements
    ws.save_estimate(article_id, export.dumps(est), est.status, "touchdown")
    return est


def add_articles() -> None:
    """The Map button: keep the pasted text and every dropped file in the workspace, select the first."""
    ss = st.session_state
    ws = workspace()
    published = ss.get("published")
    ids, errors = [], []
    text = ss.get("article_text") or ""
    uploads = ss.get("uploads") or []
    try:
        check_batch_size(len(uploads) + (1 if text.strip() else 0))
    except InputError as exc:
        ss["error"] = str(exc)
        return
    if text.strip() or not uploads:
        try:
            a = from_text(text)
            ids.append(ws.add_article(a.text, title=a.title, sha256=a.sha256, published=published))
        except (InputError, StoreError) as exc:
            errors.append(str(exc))
    for up in uploads:
        try:
            a = decode(up.getvalue(), name=up.name)
            ids.append(ws.add_article(a.text, title=a.title or up.name, sha256=a.sha256, source_name=up.name,
                                      encoding=a.encoding, published=published))
        except (InputError, StoreError) as exc:
            errors.append(f"{up.name}: {exc}")
    ss["error"] = "\n\n".join(errors) or None
    if ids:
        ss["selected"] = ids[0]
        ss["article_text"] = ""


def save_table_edits(article_id: int) -> None:
    """The statements table changed: keep each edited field as a correction (one row per field)."""
    ss = st.session_state
    edits = ss.get(f"table-{article_id}", {}).get("edited_rows", {})
    base = ss.get(f"rows-{article_id}", [])
    ws = workspace()
    for idx, changes in edits.items():
        i = int(idx)
        for field, value in changes.items():
            if field not in EDITABLE or i >= len(base):
                continue
            if field == "use":
                ws.set_correction(article_id, i, "disabled", not bool(value))
            elif value in (None, "") and field != "anchor":
                ws.clear_correction(article_id, i, field)
            else:
                ws.set_correction(article_id, i, field, value)


def drawn_constraints(drawings: list[dict] | None) -> list[dict]:
    """GeoJSON geometries of what the user drew; a drawn circle becomes a geodesic disc."""
    from shapely.geometry import mapping

    from geo.regions import ring

    out = []
    for f in drawings or []:
        geom = f.get("geometry") or {}
        if geom.get("type") == "Point" and (f.get("properties") or {}).get("radius"):
            lon, lat = geom["coordinates"]
            out.append(mapping(ring(lat, lon, 0.0, float(f["properties"]["radius"]) / 1000.0)))
        elif geom.get("type") in ("Polygon", "MultiPolygon"):
            out.append(geom)
    return out


# ── sidebar: the workspace ───────────────────────────────────────────────────────────
ws = workspace()
rows = ws.articles()
ids = [r.id for r in rows]
titles = {r.id: (r.title or f"article {r.id}") for r in rows}
with st.sidebar:
    st.header("Workspace")
    if rows:
        if st.session_state.get("selected") not in ids:
            st.session_state["selected"] = ids[-1]
        st.radio("Articles", ids, key="selected", format_func=lambda i: md_escape(titles[i][:80]),
                 label_visibility="collapsed")
        sel = st.session_state["selected"]
        with st.expander("Rename or remove"):
            new_title = st.text_input("Title", value=titles[sel], key=f"title-{sel}")
            c1, c2 = st.columns(2)
            if c1.button("Rename", key=f"rename-{sel}"):
                try:
                    ws.rename(sel, new_title.strip() or None,
                              expected_revision=next(r.revision for r in rows if r.id == sel))
                    st.rerun()
                except ConflictError:
                    st.warning("Someone else changed this article meanwhile; reload to see their change.")
            if c2.button("Remove", key=f"remove-{sel}"):
                ws.remove(sel)
                st.session_state.pop("selected", None)
                st.rerun()
    else:
        st.caption("No articles yet: paste one and press **Map**.")
    st.divider()
    st.date_input("Publication date (optional)", value=None, format="YYYY-MM-DD", key="published",
                  help="Completes a landing time that has no date, and dates the region names.")
    st.toggle("Use the historical-landings prior", value=True, key="use_prior",
              help="Past landings cluster in recovery zones; the prior narrows the estimate there when the "
                   "statements allow it. The map and the GeoJSON say whether it was used.")

# ── input ────────────────────────────────────────────────────────────────────────────
st.title("Touchdown")
st.caption("Where did the spacecraft come down? Paste a news report or drop files; every statement of where it "
           "landed becomes an honest region on the map.")
st.text_area("Article text", height=180, placeholder="Paste a news report about a landing…", key="article_text")
st.file_uploader("…or drop files (.txt, .md, .html)", type=["txt", "md", "html", "htm"],
                 accept_multiple_files=True, key="uploads")
if st.session_state.get("uploads"):
    names = ", ".join(u.name for u in st.session_state["uploads"])
    st.caption(md_escape(f"Ready to map: {names}"))
st.button("Map", type="primary", on_click=add_articles)
if st.session_state.get("error"):
    st.error(st.session_state["error"])

# ── the selected article ─────────────────────────────────────────────────────────────
selected: int | None = st.session_state.get("selected") if rows else None
est: Estimate | None = current_estimate(selected) if selected is not None else None
if est is not None:
    (st.success if est.status == "ok" else st.warning)(md_escape(est.message))
m = estimate_map(est) if est is not None else base_map()
plugins.Draw(export=False, position="topleft",
             draw_options={"polyline": False, "marker": False, "circlemarker": False},
             edit_options={"edit": False}).add_to(m)
# A new key whenever what is drawn changes: streamlit-folium updating a map in place can leave its frame
# 0 px high (seen after a correction), while a fresh component always sizes itself.
n_constraints = len(ws.constraints(selected)) if selected is not None else 0
map_state = json.dumps([selected, st.session_state.get("use_prior", True),
                        est.area_km2 if est else None, est.best if est else None, n_constraints], default=str)
out = st_folium(localize(m), height=560, width=None, returned_objects=["all_drawings"],
                key="map-" + hashlib.sha1(map_state.encode()).hexdigest()[:12])
if selected is not None and out and out.get("all_drawings"):
    # Each drawing is kept once: the component reports everything drawn since it appeared.
    new = drawn_constraints(out["all_drawings"])
    seen = st.session_state.setdefault("drawn", set())
    fresh = [g for g in new if (selected, json.dumps(g, sort_keys=True)) not in seen]
    for g in fresh:
        seen.add((selected, json.dumps(g, sort_keys=True)))
        ws.add_constraint(selected, g)
    if fresh:
        st.rerun()

if est is None:
    st.info("Paste an article and press **Map**. Draw a polygon or circle on the map to add your own constraint.")
else:
    lt = est.landing_time
    when = (f"{lt.utc:%Y-%m-%d %H:%M} UTC" if lt and lt.utc else
            (f"{lt.time_utc:%H:%M} UTC (date unknown)" if lt and lt.time_utc else "—"))
    best = f"{est.best[0]:.4f}, {est.best[1]:.4f}" if est.best else "—"
    unc = f" ± {est.uncertainty_m / 1000:.0f} km" if est.uncertainty_m else ""
    area = f"{est.area_km2:,.0f} km²" if est.area_km2 else "—"
    if lt and lt.local is not None:
        when += f" ({lt.local:%H:%M} local time, {lt.local_zone})"
    st.markdown(f"**Estimate** {area} · **Best point** {best}{unc} · **Landed** {when}")
    if lt and lt.note:
        st.caption(md_escape(lt.note))
    if n_constraints and st.button(f"Clear {n_constraints} drawn constraint(s)"):
        ws.clear_constraints(selected)
        st.rerun()
    left, right = st.columns([3, 2])
    with left:
        st.subheader("What was read")
        st.caption("Correct a statement in the table (anchor, distance, unit, qualifier, direction, or untick "
                   "*use*); the map follows at once and the correction is kept.")
        corrections = ws.corrections(selected)
        table = statement_rows(est, corrections)
        st.session_state[f"rows-{selected}"] = table
        st.data_editor(
            table, key=f"table-{selected}", hide_index=True, width="stretch", on_change=save_table_edits,
            args=(selected,), disabled=[c for c in (table[0] if table else {}) if c not in EDITABLE],
            column_config={
                "use": st.column_config.CheckboxColumn("use", width="small"),
                "unit": st.column_config.SelectboxColumn("unit", options=["km", "mi", "nmi", "verst"]),
                "direction": st.column_config.SelectboxColumn(
                    "direction", options=["", "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW",
                                          "WSW", "W", "WNW", "NW", "NNW"]),
                "distance": st.column_config.NumberColumn("distance", min_value=0.0, max_value=20000.0),
            },
        )
        if est.unresolved:
            st.caption("Not in the gazetteer: " + md_escape(", ".join(est.unresolved)))
        st.subheader("Download")
        cols = st.columns(3)
        for i, (label, fmt) in enumerate(DOWNLOADS):
            # The others are made only when clicked (on another thread): a GeoPackage or a 4 MB HTML map per
            # rerun is waste. A download changes nothing on the page, so it does not rerun it either.
            if fmt == "geojson":
                data = export.render(est, fmt)  # the main product: ready at once
            elif fmt == "html":
                data = lambda e=est: to_html(e)  # noqa: E731
            else:
                data = lambda e=est, f=fmt: export.render(e, f)  # noqa: E731
            cols[i % 3].download_button(
                f"Download {label}", data, file_name=f"touchdown-{selected}.{fmt}", mime=export.MEDIA_TYPES[fmt],
                key=f"dl-{fmt}", type="primary" if fmt == "geojson" else "secondary", on_click="ignore",
                width="stretch")
    with right:
        st.subheader("Article")
        # st.html, not st.markdown: the article is HTML-escaped, and Markdown must not read it either
        # (an article's "![x](http://...)" would otherwise fetch a remote image).
        st.html(highlighted(est))
