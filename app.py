"""Touchdown's dashboard: paste or drop articles, check what was read, correct it, see the map, take the result.

A thin skin over ``geo``: every decision is made in the library. This file names the pages (``st.navigation``:
the main page is "Map an article", not "app") and lays out the main page: it keeps the workspace (articles,
their dates, corrections, drawn constraints) in the database, and draws what the library returns, with a
"How sure is this?" panel in plain words beside the map. Shared helpers (escaping, session-state keys, the map
display, the cached estimate) are in ``pages/ui.py``. Article text is untrusted: it is escaped wherever it is
shown.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re

import streamlit as st
from folium import plugins

from geo import export
from geo.mapping import COLOURS, LEVEL_WORDS, base_map, describe_region, estimate_map, to_html
from geo.model import Estimate, Statement
from geo.store import ConflictError, StoreError
from geo.textio import MB, InputError, check_batch_size, decode, from_text, max_upload_bytes
from pages import ui
from pages.ui import md_escape

HIGHLIGHT = {"distance": "#ffd54f", "qualifier": "#ffe0b2", "direction": "#b3e5fc", "anchor": "#c8e6c9",
             "hint": "#e1bee7", "time": "#f8bbd0", "coordinates": "#d7ccc8"}
HIGHLIGHT_WORDS = {"distance": "distance", "qualifier": "how sure (nearly, about)", "direction": "direction",
                   "anchor": "place measured from", "hint": "region named", "time": "time",
                   "coordinates": "coordinates"}
EDITABLE = ("use", "anchor", "distance", "unit", "qualifier", "direction")
DOWNLOADS = (("GeoJSON", "geojson"), ("KML", "kml"), ("GPX", "gpx"), ("GeoPackage", "gpkg"), ("CSV", "csv"),
             ("HTML map", "html"))


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
        out.append(f'<mark title="{HIGHLIGHT_WORDS.get(kind, kind)}" style="background:{HIGHLIGHT.get(kind, "#eee")};'
                   f'color:#222;padding:0 2px">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    legend = " ".join(f'<mark style="background:{c};color:#222;padding:0 3px">{HIGHLIGHT_WORDS[k]}</mark>'
                      for k, c in HIGHLIGHT.items())
    return (f"<div style='font-size:0.8rem;margin-bottom:6px'>{legend}</div>"
            "<div style='white-space:pre-wrap;font-size:0.9rem;line-height:1.5'>" + "".join(out) + "</div>")


def statement_rows(est: Estimate, read_statements: tuple[Statement, ...], corrections: dict[int, dict]
                   ) -> list[dict]:
    """One row per description of the place as read (with the user's corrections), and the shape it became."""
    rows = []
    regions = [r for r in est.regions if r.role == "statement" and r.statement is not None]
    for i, s in enumerate(read_statements):
        c = corrections.get(i, {})
        r = next((reg for reg in regions if reg.statement.span == s.span), None)
        rows.append({
            "use": not c.get("disabled", False),
            "text": s.text.replace("\n", " "),
            "anchor": c.get("anchor", s.anchor or ""),
            "distance": c.get("distance", s.distance),
            # a vague distance ("several hundred km") is a range: its top, until the user types a distance
            "up to": None if "distance" in c else s.distance_max,
            "unit": c.get("unit", s.unit or ""),
            "qualifier": c.get("qualifier", s.qualifier or ""),
            "direction": c.get("direction", s.direction or ""),
            "place": f"{r.anchor.name} ({r.anchor.country})" if r is not None and r.anchor else "—",
            "shape": r.shape if r is not None else ("switched off" if c.get("disabled") else "not placed"),
            "area km²": round(r.area_km2) if r is not None else None,
        })
    return rows


def _title_of(row_title: str | None, article_id: int) -> str:
    return row_title or f"article {article_id}"


def add_articles() -> None:
    """The Map button: keep the pasted text and every dropped file in the workspace, select the first.

    An article already in the workspace is not added again: the page says so and opens it.
    """
    ss = st.session_state
    ws = ui.workspace()
    published = ss.get(ui.NEW_PUBLISHED)
    ids, errors, known = [], [], []
    text = ss.get(ui.ARTICLE_TEXT) or ""
    uploads = ss.get(ui.UPLOADS) or []
    ss[ui.NOTICE] = None
    try:
        check_batch_size(len(uploads) + (1 if text.strip() else 0))
    except InputError as exc:
        ss[ui.ERROR] = str(exc)
        return

    def keep(sha256: str, add: object) -> None:
        existing = ws.find(sha256)
        if existing is not None:
            known.append(_title_of(ws.get(existing).title, existing))
            ids.append(existing)
        else:
            ids.append(add())  # type: ignore[operator]

    if text.strip() or not uploads:
        try:
            a = from_text(text)
            keep(a.sha256, lambda: ws.add_article(a.text, title=a.title, sha256=a.sha256, published=published))
        except (InputError, StoreError) as exc:
            errors.append(str(exc))
    for up in uploads:
        try:
            a = decode(up.getvalue(), name=up.name)
            keep(a.sha256, lambda a=a, up=up: ws.add_article(
                a.text, title=a.title or up.name, sha256=a.sha256, source_name=up.name, encoding=a.encoding,
                published=published))
        except (InputError, StoreError) as exc:
            errors.append(f"{up.name}: {exc}")
    ss[ui.ERROR] = "\n\n".join(errors) or None
    if known:
        ss[ui.NOTICE] = ("Already in the workspace, opened: " + "; ".join(f"«{t[:80]}»" for t in known)
                         + ". Its corrections and date are as you left them.")
    if ids:
        ss[ui.SELECTED] = ids[0]
        ss[ui.ARTICLE_TEXT] = ""


def save_table_edits(article_id: int) -> None:
    """The statements table changed: keep each edited field as a correction (one row per field)."""
    ss = st.session_state
    edits = ss.get(ui.table_key(article_id), {}).get("edited_rows", {})
    base = ss.get(ui.rows_key(article_id), [])
    ws = ui.workspace()
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


def save_published(article_id: int) -> None:
    """The article's own publication date changed: keep it (the landing time and region borders follow)."""
    ui.workspace().set_published(article_id, st.session_state.get(ui.published_key(article_id)))
    st.session_state.pop(ui.NOTICE, None)


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


def file_stem(title: str | None, article_id: int) -> str:
    """A download's file name from the article's title ("soyuz-ms-06-lands-in-kazakhstan"), ASCII only."""
    import unicodedata

    ascii_title = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-").lower()[:60].rstrip("-")
    return f"touchdown-{slug}" if slug else f"touchdown-{article_id}"


def how_sure_panel(est: Estimate, prior_on: bool) -> None:
    """"How sure is this?": the best point (copyable), the area in everyday terms, what it rests on, whether past
    landings narrowed it (which ones), the landing time, and what each shape on the map means."""
    st.subheader("How sure is this?", anchor=False)
    if est.best is not None:
        lat, lon = est.best
        st.markdown(f"**Best point**, give or take {(est.uncertainty_m or 0) / 1000:,.0f} km (the farthest the "
                    "landing area reaches from it):")
        st.code(ui.decimal(lat, lon), language=None)
        st.code(ui.dms(lat, lon), language=None)
    if est.area_km2:
        st.markdown("**Landing area** " + md_escape(ui.area_words(est.area_km2)))
    if est.level:
        st.markdown("**It rests on** " + md_escape(LEVEL_WORDS.get(est.level, est.level)))
    if est.geometry is not None:
        said, landings = ui.prior_words(est, prior_on)
        st.markdown("**Narrowed by past landings?** " + md_escape(said))
        if landings:
            with st.expander(f"The {len(landings)} past landing{'s' if len(landings) != 1 else ''}"):
                st.markdown("\n".join(f"- {md_escape(x)}" for x in landings))
    else:
        st.markdown("**No landing area yet:** the words the article gives (table below) make no area on the map.")
    st.markdown("**Landed** " + md_escape("; ".join(ui.when_words(est))))
    lt = est.landing_time
    if lt and lt.inconsistent:
        st.caption(md_escape("The article's own times disagree: " + lt.inconsistent))
    used = set(est.used)
    items = []
    for i, r in enumerate(est.regions):
        title, sentence = describe_region(r)
        colour = COLOURS.get(r.role, COLOURS["statement"])
        status = "" if (i in used or est.geometry is None) else " <i>(left out: it disagrees with the others)</i>"
        items.append(f'<li style="margin-bottom:4px"><span style="display:inline-block;width:10px;height:10px;'
                     f'background:{colour};margin-right:6px"></span><b>{ui.esc(title)}</b>{status}<br>'
                     f'{ui.esc(sentence)}</li>')
    if items:
        st.markdown("**The shapes on the map**")
        st.html('<ul style="padding-left:1rem;font-size:0.9rem;margin:0">' + "".join(items) + "</ul>"
                + (f'<div style="font-size:0.85rem;margin-top:4px"><span style="color:{COLOURS["estimate"]}">'
                   f'■</span> {ui.esc("Landing area (estimate)")}: where all of them agree'
                   + (f"; <span style=\"color:{COLOURS['anchor']}\">●</span> "
                      + ui.esc("Place measured from") if est.anchors else "") + "</div>"
                   if est.geometry is not None else ""))


def map_article_page() -> None:
    """The main page: the workspace, the article's map with the panel, what was read, the downloads."""
    ss = st.session_state
    ws = ui.workspace()
    rows = ws.articles()
    ids = [r.id for r in rows]
    titles = {r.id: _title_of(r.title, r.id) for r in rows}
    # ── sidebar: the workspace ─────────────────────────────────────────────────────────────
    with st.sidebar:
        st.header("Workspace")
        if rows:
            if ss.get(ui.SELECTED) not in ids:
                # a link (?article=ID) or a reload reopens that article; otherwise the newest
                linked = st.query_params.get("article", "")
                ss[ui.SELECTED] = int(linked) if linked.isdigit() and int(linked) in ids else ids[-1]
            st.radio("Articles", ids, key=ui.SELECTED, format_func=lambda i: md_escape(titles[i][:80]),
                     label_visibility="collapsed", on_change=lambda: ss.pop(ui.NOTICE, None))
            sel = ss[ui.SELECTED]
            st.query_params["article"] = str(sel)  # the address bar now reopens this article
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
                    ss.pop(ui.SELECTED, None)
                    st.rerun()
        else:
            st.caption("No articles yet: paste one and press **Map**.")
        st.divider()
        st.toggle("Narrow with past landings", value=True, key=ui.USE_PRIOR,
                  help="Past landings cluster in the recovery zones; when the article's words allow it, the "
                       "landing area is cut to where they fell. The panel beside the map says whether it was, "
                       "and which landings.")

    # ── input ──────────────────────────────────────────────────────────────────────────────
    st.title("Touchdown")
    st.caption("Where did the spacecraft come down? Paste a news report or drop files; every description of "
               "where it landed becomes an honest area on the map.")
    paste, drop = st.columns([3, 2])
    paste.text_area("Article text", height=138, placeholder="Paste a news report about a landing…",
                    key=ui.ARTICLE_TEXT)
    try:
        max_bytes = max_upload_bytes()
    except InputError as exc:
        st.error(str(exc))
        max_bytes = 5 * MB
    with drop:
        st.file_uploader(f"…or drop files (.txt, .md, .html), up to {max_bytes / MB:g} MB each",
                         type=["txt", "md", "html", "htm"], accept_multiple_files=True, key=ui.UPLOADS,
                         max_upload_size=max(1, math.ceil(max_bytes / MB)))
        if ss.get(ui.UPLOADS):
            names = ", ".join(u.name for u in ss[ui.UPLOADS])
            st.caption(md_escape(f"Ready to map: {names}"))
        b1, b2 = st.columns([1, 2], vertical_alignment="bottom")
        b1.button("Map", type="primary", on_click=add_articles, width="stretch")
        b2.date_input("Publication date of what you add", value=None, format="YYYY-MM-DD",
                      key=ui.NEW_PUBLISHED, help="Optional. You can also set or change each article's date "
                                                 "after mapping it.")
    # One container, always there, for what the last Map click said: an element appearing above the map would
    # shift it in the page's tree, and Streamlit would then build the map's frame afresh (a flash, a wait).
    with st.container():
        if ss.get(ui.ERROR):
            st.error(ss[ui.ERROR])
        if ss.get(ui.NOTICE):
            st.info(md_escape(ss[ui.NOTICE]))

    # ── the selected article ───────────────────────────────────────────────────────────────
    selected: int | None = ss.get(ui.SELECTED) if rows else None
    prior_on = bool(ss.get(ui.USE_PRIOR, True))
    est: Estimate | None = None
    read_statements: tuple[Statement, ...] = ()
    corrections: dict[int, dict] = {}
    n_constraints = 0
    if selected is not None:
        row = next(r for r in rows if r.id == selected)
        head, day = st.columns([4, 1], vertical_alignment="bottom")
        head.subheader(md_escape(titles[selected][:160]), anchor=False)
        day.date_input("Published on", value=row.published, format="YYYY-MM-DD", key=ui.published_key(selected),
                       on_change=save_published, args=(selected,),
                       help="This article's publication date: it dates a landing time written without a date "
                            "(and its daylight-saving rule) and the region borders of the time. Kept with the "
                            "article.")
        est, read_statements = ui.article_estimate(selected, prior_on)
        corrections = ws.corrections(selected)
        n_constraints = len(ws.constraints(selected))
        kind, text = ui.headline(est, ui.all_switched_off(read_statements, corrections))
        getattr(st, kind)(text)

    m = estimate_map(est) if est is not None else base_map()
    plugins.Draw(export=False, position="topleft",
                 draw_options={"polyline": False, "marker": False, "circlemarker": False},
                 edit_options={"edit": False}).add_to(m)
    # A new key whenever what is drawn changes: streamlit-folium updating a map in place can leave its frame
    # 0 px high (seen after a correction), while a fresh component always sizes itself.
    map_state = json.dumps([selected, prior_on, est.area_km2 if est else None, est.best if est else None,
                            n_constraints, len(est.regions) if est else 0], default=str)
    map_key = "map-" + hashlib.sha1(map_state.encode()).hexdigest()[:12]
    if est is None:
        out = ui.show_map(m, map_key, returned_objects=["all_drawings"])
    else:
        map_col, panel_col = st.columns([3, 2])
        with map_col:
            out = ui.show_map(m, map_key, returned_objects=["all_drawings"])
            st.caption("Draw a polygon, rectangle or circle (buttons on the left) to add what you know; "
                       "the target button under them brings the view back to the estimate.")
        with panel_col:
            how_sure_panel(est, prior_on)
    if selected is not None and out and out.get("all_drawings"):
        # Each drawing is kept once: the component reports everything drawn since it appeared.
        new = drawn_constraints(out["all_drawings"])
        seen = ss.setdefault(ui.DRAWN, set())
        fresh = [g for g in new if (selected, json.dumps(g, sort_keys=True)) not in seen]
        for g in fresh:
            seen.add((selected, json.dumps(g, sort_keys=True)))
            ws.add_constraint(selected, g)
        if fresh:
            st.rerun()

    if est is None or selected is None:
        st.info("Paste an article and press **Map**. Draw a polygon or circle on the map to add your own "
                "constraint.")
        return
    if n_constraints and st.button(f"Clear {n_constraints} drawn constraint(s)"):
        ws.clear_constraints(selected)
        st.rerun()
    lt = est.landing_time
    if lt and lt.note:
        with st.expander("How the landing time was read"):
            st.caption(md_escape(lt.note))
    # the grid spans the page: every column readable at 1440 px
    st.subheader("What was read")
    st.caption("Each row is one description of where it landed. Correct it (place measured from, distance, "
               "unit, how sure, direction) or untick *use*; the map follows at once and the correction is "
               "kept.")
    table = statement_rows(est, read_statements, corrections)
    ss[ui.rows_key(selected)] = table
    st.data_editor(
        table, key=ui.table_key(selected), hide_index=True, width="stretch", on_change=save_table_edits,
        args=(selected,), disabled=[c for c in (table[0] if table else {}) if c not in EDITABLE],
        column_config={
            "use": st.column_config.CheckboxColumn("use", width="small"),
            "text": st.column_config.TextColumn("words in the article", width=100, help="The words read; they are highlighted in the Article panel."),
            "anchor": st.column_config.TextColumn("measured from"),
            "unit": st.column_config.SelectboxColumn("unit", options=["km", "mi", "nmi", "verst"]),
            "qualifier": st.column_config.TextColumn("how sure"),
            "direction": st.column_config.SelectboxColumn(
                "direction", options=["", "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S",
                                      "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]),
            "distance": st.column_config.NumberColumn("distance", min_value=0.0, max_value=20000.0),
            "up to": st.column_config.NumberColumn(
                "up to", help="The top of a vague distance (\"several hundred km\"): the shape "
                "spans the distance to this; typing a distance replaces the range."),
            "place": st.column_config.TextColumn("found as"),
        },
    )
    if est.unresolved:
        st.caption("Not in the gazetteer: " + md_escape(", ".join(est.unresolved)))
    left, right = st.columns([3, 2])
    with left:
        st.subheader("Download")
        cols = st.columns(3)
        stem = file_stem(est.title, selected)
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
                f"Download {label}", data, file_name=f"{stem}.{fmt}", mime=export.MEDIA_TYPES[fmt],
                key=f"dl-{fmt}", type="primary" if fmt == "geojson" else "secondary", on_click="ignore",
                width="stretch")
    with right:
        st.subheader("Article")
        # st.html, not st.markdown: the article is HTML-escaped, and Markdown must not read it either
        # (an article's "![x](http://...)" would otherwise fetch a remote image).
        st.html(highlighted(est))


st.set_page_config(page_title="Touchdown", page_icon="🪂", layout="wide")
page = st.navigation([
    st.Page(map_article_page, title="Map an article", icon=":material/map:", default=True),
    st.Page("pages/1_Batch.py", title="Batch", icon=":material/stacks:", url_path="Batch"),
    st.Page("pages/2_History.py", title="History", icon=":material/history:", url_path="History"),
    st.Page("pages/3_Gazetteer.py", title="Gazetteer", icon=":material/search:", url_path="Gazetteer"),
])
ui.entered()
try:
    page.run()
except StoreError as exc:
    # The workspace file is damaged, read-only, or was deleted while the server ran: say so and how to go on,
    # never a traceback; the next visit opens the file afresh (a deleted one is started anew).
    ui.forget_workspace()
    st.error(str(exc))
