"""What every dashboard page shares: escaping, the named session-state keys, the map display, the workspace,
the cached estimate, and the plain words the main page's "How sure is this?" panel is made of.

Why one module: the pages are a thin skin over ``geo``; the few things they do themselves (escape untrusted
text, show a folium map offline, remember an estimate) must be done one way, so a fix reaches every page.
Nothing here decides where a spacecraft landed: it calls the library and says what it returned in plain
words. Article text is untrusted: every helper that returns Markdown or HTML escapes it.

Not a page: the app uses ``st.navigation`` (``app.py``), so Streamlit does not list this file.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import os
import re
from datetime import date
from typing import Any

import folium
import streamlit as st
from streamlit_folium import st_folium

from geo import ENGINE_VERSION, locate
from geo.assets import localize
from geo.extract import read
from geo.mapping import LEVEL_WORDS, PRIOR_NO, PRIOR_YES, prior_landings
from geo.model import Estimate, Statement
from geo.store import Workspace

# ── session-state keys (one name each, so two pages never disagree) ───────────────────────────────────────
SELECTED = "selected"  # id of the workspace article shown on the main page
ARTICLE_TEXT = "article_text"  # the paste box
UPLOADS = "uploads"  # the file drop
NEW_PUBLISHED = "published"  # publication date given to articles added now
USE_PRIOR = "use_prior"  # narrow with past landings (sidebar toggle)
ERROR = "error"  # the last add's error text
NOTICE = "notice"  # the last add's notice ("already in the workspace")
DRAWN = "drawn"  # drawings already kept, per article


def table_key(article_id: int) -> str:
    """The statements table (st.data_editor) of one article."""
    return f"table-{article_id}"


def rows_key(article_id: int) -> str:
    """The rows the table was drawn from (to know what an edit changed)."""
    return f"rows-{article_id}"


def published_key(article_id: int) -> str:
    """The publication-date input of one article."""
    return f"published-{article_id}"


# ── escaping ──────────────────────────────────────────────────────────────────────────────────────────────
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: str) -> str:
    """Text shown through Streamlit's Markdown (labels, captions, messages) with every Markdown sign escaped.

    ``:`` too: Streamlit reads ``:red[...]`` and ``:material/x:`` as directives, and a bare ``https:`` is
    escaped so Markdown never turns a title into a live link.
    """
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def esc(text: object) -> str:
    """HTML-escape (quotes too) for st.html."""
    return html.escape(str(text), quote=True)


# ── the workspace and the map ─────────────────────────────────────────────────────────────────────────────
@st.cache_resource
def _open_workspace(path: str | None) -> Workspace:
    return Workspace.open(path)


def workspace() -> Workspace:
    """The workspace database, opened once per path per server process (``TOUCHDOWN_DB`` or the default)."""
    return _open_workspace(os.environ.get("TOUCHDOWN_DB"))


# ── navigation ────────────────────────────────────────────────────────────────────────────────────────────
_ENTERED = "entered_through_app"
_WANTED = "page_wanted"


def through_app(page_script: str) -> None:
    """Send a page opened by its own URL through ``app.py`` first, then back to it.

    Why: a session whose first request is a deep link (``/Gazetteer``) runs the page file directly, because
    Streamlit finds it in ``pages/`` before ``app.py`` has called ``st.navigation``; the sidebar then lists the
    files ("app", "ui") instead of the app's titled pages. Going through ``app.py`` once fixes the session.
    """
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    main = getattr(ctx, "main_script_path", "") or ""
    if not main.endswith("app.py"):
        return  # the page is itself the entry point (a test of the page alone): nothing to go through
    if not st.session_state.get(_ENTERED):
        st.session_state[_WANTED] = page_script
        st.switch_page("app.py")


def entered(navigation_ready: bool = True) -> None:
    """Called by ``app.py`` once its navigation exists: mark the session, and go on to a page asked for first."""
    st.session_state[_ENTERED] = navigation_ready
    wanted = st.session_state.pop(_WANTED, None)
    if wanted:
        st.switch_page(wanted)


def forget_workspace() -> None:
    """Drop the open workspace, so the next run opens the file again (after it was deleted, damaged, fixed)."""
    _open_workspace.clear()


def show_map(m: folium.Map, key: str, height: int = 560, returned_objects: list[str] | None = None) -> Any:
    """Draw a folium map with the app's own copies of Leaflet and friends (offline), full width."""
    return st_folium(localize(m), height=height, width=None, returned_objects=returned_objects or [], key=key)


# ── the estimate, computed once per input ─────────────────────────────────────────────────────────────────
def estimate_key(text: str, title: str | None, published: date | None, prior: bool,
                 corrections: dict[int, dict[str, Any]], constraints: list[dict]) -> str:
    """A digest of everything the estimate depends on, the engine version included.

    Why: locate is fast on a normal article but can take seconds on a hostile one; the page reruns on
    every click, and every visitor who opens an unchanged article must get the answer already computed.
    """
    parts = [hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), title,
             published.isoformat() if published else None, bool(prior),
             {str(k): v for k, v in sorted(corrections.items())}, constraints, ENGINE_VERSION]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


@st.cache_resource(max_entries=256, show_spinner="Reading the article…")
def _estimate(key: str, _text: str, _published: date | None, _prior: bool, _title: str | None, _sha256: str,
              _corrections: dict, _constraints: list[dict]) -> tuple[Estimate, tuple[Statement, ...]]:
    """The estimate and the statements as read (the table's rows), shared by every session of the server.

    Arguments after ``key`` are not hashed (the leading underscore): ``key`` already stands for them.
    The Estimate is frozen and never changed by the pages, so one shared copy is safe.
    """
    est = locate(_text, _published, prior=_prior, title=_title, sha256=_sha256, corrections=_corrections,
                 constraints=_constraints)
    return est, read(_text).statements


@st.cache_resource
def _saved() -> dict[int, str]:
    """Per article, the key of the estimate last written to the workspace (so it is written once per change)."""
    return {}


def article_estimate(article_id: int, prior: bool) -> tuple[Estimate, tuple[Statement, ...]]:
    """The article's estimate with its corrections, drawn shapes and date, from the cache when unchanged.

    The workspace keeps the last estimate shown (GeoJSON), written only when it changed.
    """
    from geo import export

    ws = workspace()
    row = ws.get(article_id)
    corrections = ws.corrections(article_id)
    constraints = ws.constraints(article_id)
    key = estimate_key(row.text or "", row.title, row.published, prior, corrections, constraints)
    est, read_statements = _estimate(key, row.text or "", row.published, prior, row.title, row.sha256,
                                     corrections, constraints)
    saved = _saved()
    if saved.get(article_id) != key:
        ws.save_estimate(article_id, export.dumps(est), est.status, ENGINE_VERSION)
        saved[article_id] = key
    return est, read_statements


# ── plain words ───────────────────────────────────────────────────────────────────────────────────────────
# Areas people know (km², rounded, from each place's own statistics office or encyclopaedia figure).
REFERENCE_AREAS = (
    ("Manhattan", 59), ("Paris", 105), ("Malta", 316), ("Singapore", 735), ("New York City", 1_214),
    ("Greater London", 1_572), ("Luxembourg", 2_586), ("Rhode Island", 3_144), ("Cyprus", 9_251),
    ("Lebanon", 10_452), ("Belgium", 30_689), ("Switzerland", 41_285), ("Austria", 83_879),
    ("Portugal", 92_212), ("Iceland", 103_000), ("England", 130_279), ("Greece", 131_957),
    ("the United Kingdom", 243_610), ("Italy", 302_068), ("Germany", 357_588), ("Spain", 505_990),
    ("France", 551_695), ("Turkey", 783_562), ("Kazakhstan", 2_724_900), ("India", 3_287_263),
)


def area_words(km2: float) -> str:
    """"1,923 km²: a circle of 25 km radius; a little smaller than Luxembourg (2,586 km²)"."""
    radius = math.sqrt(km2 / math.pi)
    name, ref = min(REFERENCE_AREAS, key=lambda x: abs(math.log(km2 / x[1])))
    r = km2 / ref
    if r < 0.6:
        like = f"about {r:.0%} of {name}"
    elif r < 0.85:
        like = f"a little smaller than {name}"
    elif r <= 1.18:
        like = f"about the size of {name}"
    elif r < 1.6:
        like = f"a little larger than {name}"
    else:
        like = f"about {r:.1f} times {name}"
    return f"{km2:,.0f} km²: as much as a circle of {radius:,.0f} km radius; {like} ({ref:,} km²)"


def _dms(value: float, pos: str, neg: str) -> str:
    v = abs(value)
    d = int(v)
    m = int((v - d) * 60)
    s = round(((v - d) * 60 - m) * 60)
    if s == 60:
        m, s = m + 1, 0
    if m == 60:
        d, m = d + 1, 0
    return f"{d}°{m:02d}′{s:02d}″ {pos if value >= 0 else neg}"


def dms(lat: float, lon: float) -> str:
    """Degrees, minutes, seconds: ``47°21′57″ N, 69°37′28″ E``."""
    return f"{_dms(lat, 'N', 'S')}, {_dms(lon, 'E', 'W')}"


def decimal(lat: float, lon: float) -> str:
    """Decimal degrees, five places (about a metre): ``47.36578, 69.62453``."""
    return f"{lat:.5f}, {lon:.5f}"


def when_words(est: Estimate) -> list[str]:
    """The landing time in UTC and at the site, or what is missing."""
    lt = est.landing_time
    if lt is None or (lt.utc is None and lt.time_utc is None):
        return ["The article gives no landing time."]
    if lt.utc is not None:
        out = [f"{lt.utc:%Y-%m-%d %H:%M} UTC"]
        if lt.local is not None:
            out.append(f"{lt.local:%Y-%m-%d %H:%M} local time at the site ({lt.local_zone})")
        return out
    return [f"{lt.time_utc:%H:%M} UTC; the date is unknown", "Local time at the site needs the date: set the "
            "publication date above."]


def all_switched_off(read_statements: tuple[Statement, ...], corrections: dict[int, dict[str, Any]]) -> bool:
    """True when the article had descriptions of the place and the user unticked every one."""
    return bool(read_statements) and all(corrections.get(i, {}).get("disabled") for i in range(len(read_statements)))


def headline(est: Estimate, switched_off: bool) -> tuple[str, str]:
    """(kind, Markdown) of the one-line answer above the map: "success", "warning" or "info"; escaped.

    Why not the engine's message: it speaks of "statements fused" and "the prior"; a reader wants what was
    found and how far to trust it.
    """
    n = sum(1 for i in est.used if est.regions[i].role == "statement")
    drawn = sum(1 for i in est.used if est.regions[i].role == "constraint")
    narrowed = PRIOR_YES if est.prior else PRIOR_NO
    if switched_off:
        rest = ("; the area shown comes only from the region the article names" if est.geometry is not None
                else "")
        return "warning", md_escape("All the descriptions of where it landed are switched off in the table below "
                                    f"(tick “use” to bring one back){rest}.")
    if est.status == "nothing-to-map":
        why = est.message.removeprefix("Nothing to map: ")
        if why.startswith("no statement of where the landing happened was found"):
            why = "the article does not say where the landing happened."
        return "warning", md_escape("Nothing to map: " + why)
    if est.geometry is None:
        return "warning", md_escape("The descriptions of where it landed contradict each other and no two agree: "
                                    + _conflicts(est) + ".")
    size = f"{est.area_km2:,.0f} km²"
    if est.level and est.level != "statement":
        names = ", ".join(dict.fromkeys(f"«{est.regions[i].label}»" for i in est.used
                                        if est.regions[i].role in ("site", "hint")))
        text = (f"Only a rough area: the article names {LEVEL_WORDS[est.level].split(' (')[0].removeprefix('only ')}"
                f" {names} but no distance or direction; landing area {size}, {narrowed}.")
    else:
        what = f"{n} description{'s' if n != 1 else ''} of where it landed"
        if drawn:
            what += f" and {drawn} shape{'s' if drawn != 1 else ''} you drew"
        text = f"Mapped from {what}: landing area {size}, {narrowed}."
    if est.conflicts:
        return "warning", md_escape(text + " Some descriptions contradict each other (" + _conflicts(est)
                                    + "); the map keeps the largest group that agrees.")
    return "success", md_escape(text)


def _conflicts(est: Estimate) -> str:
    return "; ".join(f"«{est.regions[i].label}» against «{est.regions[j].label}»" for i, j in est.conflicts)


def prior_words(est: Estimate, prior_on: bool) -> tuple[str, list[str]]:
    """Whether past landings narrowed the estimate, why, and which ones (with their dates)."""
    from shapely.geometry import Point

    from geo import catalog

    if est.geometry is None:
        return "Nothing to narrow.", []
    if not prior_on:
        return "No: you switched narrowing by past landings off (sidebar).", []
    landings = prior_landings(est)
    if est.prior:
        lines = [f"{x.mission} ({x.landed_at_utc[:10]})" for x in sorted(landings, key=lambda x: x.landed_at_utc)]
        return (f"Yes: {len(landings)} past landing{'s' if len(landings) != 1 else ''} came down inside the area the "
                "words allow, so the landing area is cut to where they cluster (the part holding 95 % of the "
                "likelihood) and the best point is where they are densest.", lines)
    if est.prior_reason == "off-target":
        return "No: the article puts the landing off its target, so where past landings fell says nothing.", []
    inside = [x for x in catalog.landings() if est.geometry.covers(Point(x.lon, x.lat))]
    drawn = any(r.role == "constraint" for r in est.regions)
    why = (f"only {len(inside)} of the {len(catalog.landings())} past landings lie in the area the words allow, "
           "too few to say this was a landing in the usual zone (it may be an abort, a ballistic return or a new "
           "site), so they are not used")
    if drawn:
        why += ". Your drawn shape changes that area: clear it to see the estimate without it"
    return f"No: {why}.", []
