"""Touchdown's dashboard: paste or drop an article, check what was read, see the map, take the GeoJSON.

A thin skin over ``geo``: every decision is made in the library; this page only lays
widgets out, keeps the workspace in the database, and draws what the library returns.
"""

from __future__ import annotations

import html
from datetime import date

import streamlit as st
from streamlit_folium import st_folium

from geo import export
from geo.assets import localize
from geo.mapping import base_map, estimate_map
from geo.model import Estimate
from geo.pipeline import locate
from geo.store import Workspace
from geo.textio import InputError, decode, from_text

st.set_page_config(page_title="Touchdown", page_icon="🪂", layout="wide")

HIGHLIGHT = {"distance": "#ffd54f", "qualifier": "#ffe0b2", "direction": "#b3e5fc", "anchor": "#c8e6c9",
             "hint": "#e1bee7", "time": "#f8bbd0", "coordinates": "#d7ccc8"}


@st.cache_resource
def workspace() -> Workspace:
    """The workspace database, opened once per server process."""
    return Workspace.open()


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
    return "<div style='white-space:pre-wrap;font-size:0.9rem;line-height:1.5'>" + "".join(out) + "</div>"


def statement_rows(est: Estimate) -> list[dict]:
    """One row per statement: what was read and the region it became."""
    rows = []
    regions = {r.index: r for r in est.regions if r.role == "statement"}
    for i, s in enumerate(est.reading.statements):
        r = regions.get(i)
        rows.append({
            "#": i + 1, "text": s.text.replace("\n", " "), "anchor": s.anchor or "",
            "place": f"{r.anchor.name} ({r.anchor.country})" if r is not None and r.anchor else "—",
            "distance": s.distance, "unit": s.unit or "", "qualifier": s.qualifier or "",
            "direction": s.direction or "", "shape": r.shape if r is not None else "not placed",
            "area km²": round(r.area_km2) if r is not None else None,
        })
    return rows


def map_article(text: str | bytes, name: str | None, published: date | None, use_prior: bool) -> None:
    """Decode, locate, keep in the workspace and in the session."""
    try:
        article = from_text(text) if isinstance(text, str) else decode(text, name=name)
    except InputError as exc:
        st.session_state["error"] = str(exc)
        return
    est = locate(article.text, published, prior=use_prior, title=article.title, sha256=article.sha256)
    ws = workspace()
    article_id = ws.add_article(article.text, title=article.title, sha256=article.sha256,
                                source_name=article.source_name, published=published)
    ws.save_estimate(article_id, export.dumps(est), est.status, "touchdown")
    st.session_state.update(error=None, estimate=est, article_id=article_id)


def on_map() -> None:
    """The Map button: runs before the page is drawn, so the sidebar already lists the new article."""
    ss = st.session_state
    upload = ss.get("upload")
    text = ss.get("article_text") or ""
    if upload is not None and not text.strip():
        map_article(upload.getvalue(), upload.name, ss.get("published"), ss.get("use_prior", True))
    else:
        map_article(text, None, ss.get("published"), ss.get("use_prior", True))


st.title("Touchdown")
st.caption("Where did the spacecraft come down? Paste a news report; every statement of where it landed becomes an "
           "honest region on the map.")

with st.sidebar:
    st.header("Workspace")
    for row in workspace().articles()[:50]:
        st.write(f"• {html.escape(row.title or f'article {row.id}')}")
    st.divider()
    st.date_input("Publication date (optional)", value=None, format="YYYY-MM-DD", key="published")
    st.toggle("Use the historical-landings prior", value=True, key="use_prior",
                          help="Past landings cluster in recovery zones; the prior narrows the estimate there when "
                               "the statements allow it. The map and the GeoJSON say whether it was used.")

st.text_area("Article text", height=220, placeholder="Paste a news report about a landing…", key="article_text")
st.file_uploader("…or drop a file", type=["txt", "md", "html", "htm"], key="upload")
st.button("Map", type="primary", on_click=on_map)

if st.session_state.get("error"):
    st.error(st.session_state["error"])

est: Estimate | None = st.session_state.get("estimate")
if est is not None:
    (st.success if est.status == "ok" else st.warning)(est.message)
m = estimate_map(est) if est is not None else base_map()
st_folium(localize(m), height=560, width=None, returned_objects=[], key="map")
if est is None:
    st.info("Paste an article and press **Map**.")
else:
    lt = est.landing_time
    when = (f"{lt.utc:%Y-%m-%d %H:%M} UTC" if lt and lt.utc else
            (f"{lt.time_utc:%H:%M} UTC (date unknown)" if lt and lt.time_utc else "—"))
    best = f"{est.best[0]:.4f}, {est.best[1]:.4f}" if est.best else "—"
    unc = f" ± {est.uncertainty_m / 1000:.0f} km" if est.uncertainty_m else ""
    area = f"{est.area_km2:,.0f} km²" if est.area_km2 else "—"
    st.markdown(f"**Estimate** {area} · **Best point** {best}{unc} · **Landed** {when}")
    if lt and lt.note:
        st.caption(lt.note)
    left, right = st.columns([3, 2])
    with left:
        st.subheader("What was read")
        st.dataframe(statement_rows(est), hide_index=True, width="stretch")
        st.download_button("Download GeoJSON", export.dumps(est, indent=1), file_name="touchdown.geojson",
                           mime="application/geo+json", type="primary")
    with right:
        st.subheader("Article")
        st.markdown(highlighted(est), unsafe_allow_html=True)
