"""The map must work offline: folium's assets come from static/vendor/, never from a CDN.

Unit tests check the URL table, the vendored files and the rewritten/inlined HTML. Browser tests (Debian's
Chromium through Playwright) run a tiny Streamlit app with every request that would leave the machine aborted
and check that the map really draws inside streamlit-folium's iframe, from ``/app/static/vendor/`` (and from
``data:`` URIs in embed mode), and that the HTML export draws from a file:// URL.
"""

from __future__ import annotations

import base64
import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import folium
import pytest
from branca.colormap import LinearColormap
from folium import plugins

from geo import assets

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser_helpers import (  # noqa: E402
    REPO_ROOT,
    network_audit_env,
    offline_context,
    outbound_connections,
    stage_app,
    start_streamlit,
)

APP = REPO_ROOT / "tests" / "apps" / "offline_map_app.py"
SCREENSHOT = Path("/tmp/offline_map.png")
IFRAME = 'iframe[title="streamlit_folium.st_folium"]'

# The only http(s) strings a localized render of the test map may still contain: a comment in folium's
# MeasureControl template. Neither is loaded by the browser.
ALLOWED_TEXT_URLS = {"https://github.com/ljagis/leaflet-measure/issues/171"}


def _load_app_module() -> Any:
    """Import tests/apps/offline_map_app.py as a module (its Streamlit part only runs as __main__)."""
    spec = importlib.util.spec_from_file_location("offline_map_app", APP)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def demo_map() -> folium.Map:
    """A fresh copy of the browser-test map (every vendored asset in use, tiles=None)."""
    return _load_app_module().build_map()


# --- the table and the files --------------------------------------------------------------------------


def test_table_covers_every_url_folium_emits_for_our_features(demo_map: folium.Map) -> None:
    html = demo_map.get_root().render()
    emitted = set(re.findall(r'<(?:script src|link rel="stylesheet" href)="(https?://[^"]+)"', html))
    assert emitted, "folium no longer emits CDN links the way this test expects"
    assert emitted == set(assets.CDN_ASSETS), emitted ^ set(assets.CDN_ASSETS)


def test_every_local_path_in_the_table_exists() -> None:
    for url, rel in assets.CDN_ASSETS.items():
        path = assets.VENDOR_DIR / rel
        assert path.is_file(), f"{url} -> {rel} is missing; run python scripts/vendor_assets.py"
        assert path.stat().st_size > 0


def test_every_stylesheet_reference_resolves() -> None:
    """Fonts and images named by url() in each vendored CSS exist (font fallbacks aside), nothing external."""
    for rel in sorted({r for r in assets.CDN_ASSETS.values() if r.endswith(".css")}):
        css = assets.inline_css(assets.VENDOR_DIR / rel)  # raises OfflineAssetError otherwise
        assert not re.search(r"url\(\s*(?![\"']?(?:data:|#))", css), rel


def test_vendored_files_are_inventoried_with_licences() -> None:
    inventory = (REPO_ROOT / "static" / "LICENSES.md").read_text(encoding="utf-8")
    files = [p for p in assets.VENDOR_DIR.rglob("*") if p.is_file()]
    for path in files:
        assert f"`vendor/{path.relative_to(assets.VENDOR_DIR).as_posix()}`" in inventory, path
    for pkg_dir in assets.VENDOR_DIR.iterdir():
        assert list(pkg_dir.glob("*LICEN*")), f"{pkg_dir.name} has no licence text"
    total = sum(p.stat().st_size for p in files)
    assert total < 2_000_000, f"static/vendor grew to {total} bytes"


def test_streamlit_serves_vendored_types_as_themselves() -> None:
    """Streamlit's app-static route sends guess_content_type() with nosniff: JS/CSS must not be text/plain."""
    import mimetypes

    from streamlit.web.bootstrap import _initialize_mimetypes
    from streamlit.web.server.component_file_utils import guess_content_type

    _initialize_mimetypes()  # what `streamlit run` does at start-up
    expected = {
        ".js": "javascript",
        ".css": "text/css",
        ".png": "image/png",
        ".svg": "image/svg+xml",
        ".woff2": "font/woff2",
        ".woff": "font/woff",
    }
    for path in assets.VENDOR_DIR.rglob("*"):
        if path.is_file() and path.suffix in expected:
            assert expected[path.suffix] in guess_content_type(str(path)), (path, mimetypes.guess_type(path))


# --- localize ------------------------------------------------------------------------------------------


def test_localized_map_has_no_cdn_url(demo_map: folium.Map) -> None:
    html = assets.localize(demo_map).get_root().render()
    for url in assets.CDN_ASSETS:
        assert url not in html
    assert assets.asset_refs(html, external_only=True) == []
    local = [u for u in assets.asset_refs(html) if u.startswith(assets.DEFAULT_BASE_URL)]
    assert len(local) == len(set(assets.CDN_ASSETS.values()))
    leftovers = set(re.findall(r"https?://[^\s\"'<>)\\]+", html)) - ALLOWED_TEXT_URLS
    assert leftovers == set(), leftovers


def test_localize_does_not_touch_folium_classes(demo_map: folium.Map) -> None:
    assets.localize(demo_map, "/x/")
    assert folium.Map.default_js[0][1].startswith("https://")
    assert plugins.Draw.default_js[0][1].startswith("https://")
    assert folium.Map().default_js[0][1].startswith("https://")
    assert demo_map.default_js[0][1] == "/x/leaflet@1.9.3/dist/leaflet.js"


def test_localize_is_idempotent_and_fixes_already_rendered_headers(demo_map: folium.Map) -> None:
    demo_map.get_root().render()  # header now holds CDN <script> links
    assets.localize(demo_map)
    first = [*demo_map.default_js, *demo_map.default_css]
    assets.localize(demo_map)
    assert [*demo_map.default_js, *demo_map.default_css] == first
    header = demo_map.get_root().header.render()
    assert "https://" not in header


def test_localize_what_st_folium_reads(demo_map: folium.Map) -> None:
    """st_folium takes js/css links from each JSCSSMixin element's default_js/default_css attributes."""
    assets.localize(demo_map)
    links = {
        name: url
        for el in assets._walk(demo_map)
        if isinstance(el, folium.elements.JSCSSMixin)
        for name, url in [*el.default_js, *el.default_css]
    }
    fix = links.pop("touchdown_leaflet_icon_fix")  # sets L.Icon.Default.imagePath, see geo/assets.py
    assert base64.b64decode(fix.split(",", 1)[1]).decode() == (
        'L.Icon.Default.imagePath = "/app/static/vendor/leaflet@1.9.3/dist/images/";'
    )
    assert links and all(u.startswith("/app/static/vendor/") for u in links.values())


def test_localize_embed_uses_data_uris(demo_map: folium.Map) -> None:
    assets.localize(demo_map, embed=True)
    names = [n for n, _ in demo_map.default_js]
    assert names[:2] == ["leaflet", "touchdown_leaflet_icon_fix"]
    for el in assets._walk(demo_map):
        if isinstance(el, folium.elements.JSCSSMixin):
            assert all(u.startswith("data:") for _, u in [*el.default_js, *el.default_css])
    assets.localize(demo_map, embed=True)
    assert [n for n, _ in demo_map.default_js] == names


def test_localize_refuses_what_would_need_the_network() -> None:
    m = folium.Map(tiles=None)
    plugins.MarkerCluster().add_to(m)
    with pytest.raises(assets.OfflineAssetError, match="leaflet.markercluster"):
        assets.localize(m)
    assert m.default_js[0][1].startswith("https://"), "nothing is changed when it raises"
    assets.localize(m, strict=False)  # explicit opt-out leaves the unknown link alone
    m2 = folium.Map(tiles=None)
    LinearColormap(["red", "blue"], vmin=0, vmax=1).add_to(m2)
    with pytest.raises(assets.OfflineAssetError, match="d3"):
        assets.localize(m2)


# --- inline_html ---------------------------------------------------------------------------------------


def test_inline_html_is_self_contained(demo_map: folium.Map) -> None:
    html = assets.inline_html(demo_map)
    assert assets.asset_refs(html) == []
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"<link[^>]*stylesheet", html)
    for url in assets.CDN_ASSETS:
        assert url not in html
    assert html.count("data:font/woff2;base64,") >= 4  # Glyphicons + 4 Font Awesome faces, deduplicated
    assert len(html) < 2_500_000


def test_inline_html_works_on_a_localized_map_too(demo_map: folium.Map) -> None:
    assets.localize(demo_map)
    assert assets.asset_refs(assets.inline_html(demo_map)) == []


# --- in a real browser, with no network ----------------------------------------------------------------

browser_only = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The test app served by Streamlit from the repository root, its sockets audited: (base_url, audit)."""
    work = tmp_path_factory.mktemp("offline_app")
    app = stage_app(APP, work / "app")
    audit = work / "net-audit.jsonl"
    with start_streamlit(app, env=network_audit_env(audit)) as (_proc, base_url):
        yield base_url, audit


def _map_frame(page: Any) -> Any:
    """The streamlit-folium iframe's Frame, once Leaflet has drawn in it."""
    page.locator(IFRAME).wait_for(state="attached", timeout=60_000)
    frame = page.locator(IFRAME).element_handle().content_frame()
    frame.wait_for_selector(".leaflet-container", state="visible", timeout=60_000)
    return frame


_PAGE_STATE_JS = """async () => {
  // A face loads only once a glyph needs it, so fonts.ready alone can resolve before the icon fonts are
  // asked for (a race seen under load): ask every declared face to load and wait for each to settle.
  // A face whose file is missing or refused ends in status 'error' and fails the check below.
  // The faces are declared only once their stylesheets are parsed, which under load can come after the map's
  // container shows: wait (up to 30 s) for the two icon families to be declared before asking them to load.
  const want = ['Glyphicons Halflings', 'Font Awesome 6 Free'];
  for (let i = 0; i < 300; i++) {
    const declared = new Set([...document.fonts].map(f => f.family.replace(/"/g, '')));
    if (want.every(w => declared.has(w))) break;
    await new Promise(r => setTimeout(r, 100));
  }
  await Promise.all([...document.fonts].map(f => f.load().catch(() => null)));
  await document.fonts.ready;
  const icon = document.querySelector('img.leaflet-marker-icon');
  // naturalWidth stays 0 until the image has arrived: wait for it (decode rejects if it never loads)
  if (icon) { await icon.decode().catch(() => {}); }
  return {
    fonts: [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')),
    defaultIcon: icon ? {src: icon.src.slice(0, 60), width: icon.naturalWidth} : null,
    paths: document.querySelectorAll('path.leaflet-interactive').length,
    awesome: getComputedStyle(document.querySelector('.awesome-marker')).backgroundImage.slice(0, 80),
    controls: ['.leaflet-draw', '.leaflet-control-measure', '.leaflet-control-mouseposition',
               '.leaflet-control-zoom-fullscreen', '.leaflet-control-layers']
              .filter(s => document.querySelector(s)),
    height: document.querySelector('.leaflet-container').getBoundingClientRect().height,
  };
}"""


def _assert_map_drawn(state: dict[str, Any]) -> None:
    """What a drawn map with every vendored asset in use looks like from inside its document."""
    assert state["height"] > 300
    assert state["paths"] >= 2  # the folium Polygon and the GeoJson polygon
    assert state["defaultIcon"] and state["defaultIcon"]["width"] == 25, state["defaultIcon"]
    assert "url(" in state["awesome"]
    assert {"Glyphicons Halflings", "Font Awesome 6 Free"} <= set(state["fonts"]), state["fonts"]
    assert len(state["controls"]) == 5, state["controls"]


def _draw_triangle(page: Any, frame: Any) -> int:
    """Draw a polygon with Leaflet.draw's tool (real clicks) and return the number of interactive paths."""
    before = frame.locator("path.leaflet-interactive").count()
    frame.locator("a.leaflet-draw-draw-polygon").click()
    box = page.locator(IFRAME).bounding_box()
    x0, y0 = box["x"] + 420, box["y"] + 330
    for dx, dy in ((0, 0), (90, 0), (45, 70), (0, 0)):
        page.mouse.click(x0 + dx, y0 + dy)
        page.wait_for_timeout(150)
    frame.wait_for_function(f"document.querySelectorAll('path.leaflet-interactive').length > {before}")
    return frame.locator("path.leaflet-interactive").count()


@browser_only
def test_map_draws_in_streamlit_with_no_network(browser: Any, offline_app: tuple[str, Path]) -> None:
    base_url, audit = offline_app
    context, blocked = offline_context(browser, viewport={"width": 1100, "height": 900})
    page = context.new_page()
    static: list[tuple[str, int, str, str]] = []
    errors: list[str] = []
    page.on(
        "response",
        lambda r: (
            static.append(
                (
                    r.url,
                    r.status,
                    r.headers.get("content-type", ""),
                    r.headers.get("x-content-type-options", ""),
                )
            )
            if "/app/static/" in r.url
            else None
        ),
    )
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(base_url)
        frame = _map_frame(page)
        state = frame.evaluate(_PAGE_STATE_JS)
        _assert_map_drawn(state)
        assert state["defaultIcon"]["src"].startswith(f"{base_url}/app/static/vendor/leaflet@1.9.3/")
        assert _draw_triangle(page, frame) > state["paths"]
        page.wait_for_timeout(300)
        page.screenshot(path=str(SCREENSHOT), full_page=True)
    finally:
        context.close()
    assert blocked == [], f"the page tried the network: {blocked}"
    assert errors == []
    served = {url.split("/app/static/vendor/", 1)[1] for url, *_ in static}
    assert set(assets.CDN_ASSETS.values()) <= served, set(assets.CDN_ASSETS.values()) - served
    kinds = {
        ".js": "javascript",
        ".css": "text/css",
        ".png": "image/png",
        ".woff2": "font/woff2",
        ".woff": "font/woff",
        ".svg": "image/svg+xml",
    }
    for url, status, ctype, nosniff in static:
        assert status == 200, url
        assert nosniff == "nosniff"
        assert kinds[Path(url).suffix] in ctype, (url, ctype)
    assert outbound_connections(audit) == []


@browser_only
def test_map_draws_in_streamlit_with_embedded_assets(browser: Any, offline_app: tuple[str, Path]) -> None:
    base_url, _ = offline_app
    context, blocked = offline_context(browser, viewport={"width": 1100, "height": 900})
    page = context.new_page()
    static: list[str] = []
    page.on("request", lambda r: static.append(r.url) if "/app/static/" in r.url else None)
    try:
        page.goto(f"{base_url}/?mode=embed")
        state = _map_frame(page).evaluate(_PAGE_STATE_JS)
    finally:
        context.close()
    _assert_map_drawn(state)
    assert state["defaultIcon"]["src"].startswith("data:image/png")
    assert static == [] and blocked == []


@browser_only
def test_inline_html_draws_from_disk_with_no_network(
    browser: Any, demo_map: folium.Map, tmp_path: Path
) -> None:
    export = tmp_path / "touchdown-map.html"
    export.write_text(assets.inline_html(demo_map), encoding="utf-8")
    context, blocked = offline_context(browser, allow_hosts=frozenset())
    page = context.new_page()
    requested: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(export.as_uri())
        page.wait_for_selector(".leaflet-container", state="visible")
        state = page.evaluate(_PAGE_STATE_JS)
        page.screenshot(path=str(tmp_path / "inline.png"))
    finally:
        context.close()
    _assert_map_drawn(state)
    assert blocked == [] and errors == []
    assert {u.split(":", 1)[0] for u in requested} <= {"file", "data"}, requested


@browser_only
def test_without_localize_the_map_is_blank_offline(browser: Any, offline_app: tuple[str, Path]) -> None:
    """The negative control: it shows the blocking works (and why localize is needed)."""
    base_url, _ = offline_app
    context, blocked = offline_context(browser)
    page = context.new_page()
    try:
        page.goto(f"{base_url}/?mode=cdn")
        page.locator(IFRAME).wait_for(state="attached", timeout=60_000)
        frame = page.locator(IFRAME).element_handle().content_frame()
        for _ in range(300):  # until the iframe has tried to load Leaflet (30 s at most)
            if blocked:
                break
            page.wait_for_timeout(100)
        page.wait_for_timeout(1500)
        drawn = frame.locator(".leaflet-container").count()
    finally:
        context.close()
    assert drawn == 0
    assert blocked and blocked[0] == "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js", blocked
