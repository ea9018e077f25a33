"""Make folium maps load every script, stylesheet, font and image from Touchdown, never from a CDN.

Why: folium 0.20 puts ``<script src="https://cdn...">`` links to Leaflet, jQuery, Bootstrap, awesome-markers,
Font Awesome and each plugin into the page. With no network, streamlit-folium stops at the first script that
fails and the map is blank. Touchdown vendors those files under ``static/vendor/`` (see
``scripts/vendor_assets.py`` and ``static/LICENSES.md``) and this module points folium at them:

- :func:`localize` rewrites the asset links of a map (and all its children) to ``base_url``, by default
  ``/app/static/vendor/``, where Streamlit serves ``static/`` when ``server.enableStaticServing`` is on.
  Streamlit 1.67 serves app static files with their real MIME type plus ``X-Content-Type-Options: nosniff``
  (``.js`` -> ``application/javascript`` and ``.css`` -> ``text/css``, both registered by Streamlit itself at
  start-up whatever the OS tables say; ``.woff2`` -> ``font/woff2``, ``.png`` -> ``image/png`` from
  ``mimetypes``), so the scripts execute inside streamlit-folium's iframe (checked in a real browser by
  ``tests/test_assets.py``). Older Streamlit releases (before the Starlette server) sent
  everything but images, fonts, PDF, XML and JSON as ``text/plain`` — with ``nosniff`` the browser would then
  refuse to run the JS. Where that (or an OS whose ``mimetypes`` maps ``.js`` oddly) is a risk, use
  ``localize(m, embed=True)``: every asset becomes a ``data:`` URI, needing no server route at all.
- :func:`inline_html` renders a self-contained HTML document (all JS/CSS inlined, fonts and images as
  ``data:`` URIs) that opens from disk with no network: the HTML export.

Tile layers are data, not assets: their URL templates stay as they are (an offline basemap is the caller's
business). Attribution links (``<a href>``) stay too; they load nothing.

Nothing here imports Streamlit.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar, TypeVar

import folium
import folium.plugins
from branca.colormap import ColorMap
from branca.element import CssLink, Element, Figure, JavascriptLink
from folium.elements import JSCSSMixin

from geo.errors import TouchdownError
from geo.resources import static_dir

VENDOR_DIR = static_dir() / "vendor"
"""Where the vendored files live (``static/vendor/`` of the repository)."""

DEFAULT_BASE_URL = "/app/static/vendor/"
"""Where Streamlit serves ``static/vendor/`` (``server.enableStaticServing = true``, no ``baseUrlPath``)."""

# Every CDN URL folium 0.20 emits for the map itself and for the plugins Touchdown uses, mapped to the file
# under static/vendor/ that replaces it. Keep in step with scripts/vendor_assets.py (a test checks every
# path exists). Versions are the ones the URLs name, except where the file is not on npm (LICENSES.md).
_JSD = "https://cdn.jsdelivr.net"
_CDNJS = "https://cdnjs.cloudflare.com/ajax/libs"
CDN_ASSETS: dict[str, str] = {
    # folium.Map.default_js
    f"{_JSD}/npm/leaflet@1.9.3/dist/leaflet.js": "leaflet@1.9.3/dist/leaflet.js",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery@3.7.1/jquery-3.7.1.min.js",
    f"{_JSD}/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js":
        "bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js",
    f"{_CDNJS}/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js":
        "leaflet.awesome-markers@2.0.2/leaflet.awesome-markers.js",
    # folium.Map.default_css
    f"{_JSD}/npm/leaflet@1.9.3/dist/leaflet.css": "leaflet@1.9.3/dist/leaflet.css",
    f"{_JSD}/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css": "bootstrap@5.2.2/dist/css/bootstrap.min.css",
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css":
        "bootstrap@3.4.1/css/bootstrap-glyphicons.css",
    f"{_JSD}/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css":
        "fontawesome-free@6.2.0/css/all.min.css",
    f"{_CDNJS}/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css":
        "leaflet.awesome-markers@2.0.2/leaflet.awesome-markers.css",
    f"{_JSD}/gh/python-visualization/folium/folium/templates/leaflet.awesome.rotate.min.css":
        "folium@0.20.0/leaflet.awesome.rotate.min.css",
    # folium.plugins.Draw
    f"{_CDNJS}/leaflet.draw/1.0.2/leaflet.draw.js": "leaflet.draw@1.0.2/leaflet.draw.js",
    f"{_CDNJS}/leaflet.draw/1.0.2/leaflet.draw.css": "leaflet.draw@1.0.2/leaflet.draw.css",
    # folium.plugins.Fullscreen
    f"{_JSD}/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js":
        "leaflet.fullscreen@3.0.0/Control.FullScreen.js",
    f"{_JSD}/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.css":
        "leaflet.fullscreen@3.0.0/Control.FullScreen.css",
    # folium.plugins.MeasureControl
    f"{_JSD}/gh/ljagis/leaflet-measure@2.1.7/dist/leaflet-measure.min.js":
        "leaflet-measure@2.1.7/dist/leaflet-measure.min.js",
    f"{_JSD}/gh/ljagis/leaflet-measure@2.1.7/dist/leaflet-measure.min.css":
        "leaflet-measure@2.1.7/dist/leaflet-measure.css",
    # folium.plugins.MousePosition
    f"{_JSD}/gh/ardhi/Leaflet.MousePosition/src/L.Control.MousePosition.min.js":
        "leaflet-mouse-position@1.2.0/src/L.Control.MousePosition.js",
    f"{_JSD}/gh/ardhi/Leaflet.MousePosition/src/L.Control.MousePosition.min.css":
        "leaflet-mouse-position@1.2.0/src/L.Control.MousePosition.css",
}  # fmt: skip

_ICON_FIX = "touchdown_leaflet_icon_fix"
LEAFLET_JS = CDN_ASSETS[f"{_JSD}/npm/leaflet@1.9.3/dist/leaflet.js"]
_LEAFLET_IMAGES = "leaflet@1.9.3/dist/images/"

# Fixed MIME types for data: URIs, so the export does not depend on the OS's mimetypes tables.
_MIME = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".gif": "image/gif",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}

E = TypeVar("E", bound=Element)


class OfflineAssetError(TouchdownError, ValueError):
    """A map needs an asset that is not vendored, so it would not draw (or not fully) with no network."""


def _local_rel(url: str) -> str | None:
    """The vendored path (relative to VENDOR_DIR) an asset URL stands for: a known CDN URL or a local one."""
    if url in CDN_ASSETS:
        return CDN_ASSETS[url]
    if url.startswith("data:"):
        return _EMBEDDED_REL.get(url)  # an earlier localize(embed=True)
    path = url.split("#", 1)[0].split("?", 1)[0]
    for rel in _LOCAL_RELS:
        if path == rel or path.endswith("/" + rel):
            return rel
    return None


_LOCAL_RELS = sorted(set(CDN_ASSETS.values()), key=len, reverse=True)
_EMBEDDED_REL: dict[str, str] = {}  # data: URI made by _embedded -> vendored path it holds


def _is_external(url: str) -> bool:
    """True for URLs that leave the machine (http, https, protocol-relative)."""
    return url.strip().lower().startswith(("http://", "https://", "//"))


def _walk(root: Element) -> Iterator[Element]:
    """Every element below (and including) ``root``, as folium renders them (DualMap's two maps included)."""
    stack: list[Element] = [root]
    seen: set[int] = set()
    while stack:
        el = stack.pop()
        if id(el) in seen:
            continue
        seen.add(id(el))
        yield el
        stack.extend(getattr(el, "_children", {}).values())
        if isinstance(el, folium.plugins.DualMap):
            stack.extend([el.m1, el.m2])


def _data_uri(path: Path, mime: str | None = None) -> str:
    """A base64 ``data:`` URI of a file."""
    mime = mime or _MIME.get(path.suffix.lower(), "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


_CSS_URL = re.compile(
    r"""url\(\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<uq>[^'")\s]*))\s*\)""", re.IGNORECASE
)
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']?(?P<u>[^"')\s;]+)""", re.IGNORECASE)
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}", re.IGNORECASE)
_SRC_DECL = re.compile(r"(?P<prop>(?<![-\w])src\s*:\s*)(?P<val>[^;}]*)(?P<end>;?)", re.IGNORECASE)
_SOURCE_MAP = re.compile(r"/\*#\s*sourceMappingURL=[^*]*\*/|^//#\s*sourceMappingURL=.*$", re.MULTILINE)


def _css_url_value(m: re.Match[str]) -> str:
    """The URL inside a matched ``url(...)``, whichever quoting it used."""
    return next(g for g in (m["dq"], m["sq"], m["uq"]) if g is not None).strip()


def _split_top_level(value: str) -> list[str]:
    """Split a CSS value on commas that are not inside parentheses or quotes (``src`` lists)."""
    parts, depth, quote, cur = [], 0, "", []
    for ch in value:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    parts.append("".join(cur))
    return [p for p in (p.strip() for p in parts) if p]


def _resolve(base: Path, url: str) -> Path:
    """The file a relative CSS URL points at (query and fragment dropped, as ``?#iefix`` hacks use them)."""
    return (base / url.split("#", 1)[0].split("?", 1)[0]).resolve()


@functools.lru_cache(maxsize=64)
def inline_css(path: Path) -> str:
    """One vendored stylesheet with every ``url()`` it uses turned into a ``data:`` URI.

    Why: a stylesheet inlined into HTML (or loaded from a ``data:`` URI) has no base URL, so its relative
    fonts and images would not resolve. In ``@font-face`` only the first vendored source is kept (woff2
    first): the legacy formats some stylesheets also list are not vendored and browsers that run Leaflet
    never need them, and a face whose font file an earlier face already uses is dropped (alias families).
    Raises :class:`OfflineAssetError` for a reference that is external or missing.
    """
    text = _SOURCE_MAP.sub("", path.read_text(encoding="utf-8"))
    base = path.parent

    def exists(entry: str) -> bool:
        m = _CSS_URL.search(entry)
        if not m:
            return False  # local(...) fonts: whatever the user's system has; not deterministic, dropped
        url = _css_url_value(m)
        return url.startswith("data:") or (not _is_external(url) and _resolve(base, url).is_file())

    emitted: set[str] = set()

    def prune_face(face: re.Match[str]) -> str:
        chosen: list[str] = []

        def prune_src(decl: re.Match[str]) -> str:
            keep = [e for e in _split_top_level(decl["val"]) if exists(e)]
            if not keep:
                return ""  # e.g. the IE-only `src: url(x.eot)` line
            chosen.append(keep[0])
            return f"{decl['prop']}{keep[0]}{decl['end']}"

        block = _SRC_DECL.sub(prune_src, face[0])
        if not chosen:
            raise OfflineAssetError(f"{path}: no source of an @font-face is vendored: {face[0][:120]}")
        if chosen[-1] in emitted:
            # Font Awesome 6 declares each font again under its v5 and v4 family names for old CSS;
            # inlined, each copy would repeat the whole font (1.2 MB instead of 0.4 MB). Nothing Touchdown
            # loads names those families, so only the first face of each font file is kept.
            return ""
        emitted.add(chosen[-1])
        return block

    text = _FONT_FACE.sub(prune_face, text)
    if m := _CSS_IMPORT.search(text):
        raise OfflineAssetError(f"{path}: @import {m['u']} is not supported")

    def to_data(m: re.Match[str]) -> str:
        url = _css_url_value(m)
        if url.startswith(("data:", "#")) or not url:
            return m[0]
        if _is_external(url):
            raise OfflineAssetError(f"{path}: external reference {url}")
        target = _resolve(base, url)
        if not target.is_file():
            raise OfflineAssetError(f"{path}: {url} is not vendored ({target})")
        return f'url("{_data_uri(target)}")'

    return _CSS_URL.sub(to_data, text)


@functools.lru_cache(maxsize=64)
def _script_text(rel: str) -> str:
    r"""A vendored script, made safe to sit inside an inline ``<script>`` element.

    ``</script`` would end the element and ``<!--`` / ``<script`` can switch the HTML parser into its
    "escaped" states; ``\x3C`` means ``<`` in JS strings, regexes and templates alike, and such sequences
    only occur there (or in comments).
    """
    text = _SOURCE_MAP.sub("", (VENDOR_DIR / rel).read_text(encoding="utf-8"))
    return re.sub(r"<(?=/script|!--|script)", r"\\x3C", text, flags=re.IGNORECASE)


def _leaflet_icon_fix_js() -> str:
    """Make ``L.Icon.Default`` use ``data:`` images.

    Why: Leaflet finds its marker images by reading the URL of ``.leaflet-default-icon-path`` from its CSS and
    stripping ``marker-icon.png``; once the CSS carries a ``data:`` URI that fails and default markers would
    ask for ``marker-icon.png`` relative to the page. Only needed when the CSS is inlined or embedded. The
    URL getter itself is replaced, so a later ``L.Icon.Default.imagePath = ...`` cannot break it.
    """
    imgs = VENDOR_DIR / _LEAFLET_IMAGES
    urls = {
        "icon": _data_uri(imgs / "marker-icon.png"),
        "iconRetina": _data_uri(imgs / "marker-icon-2x.png"),
        "shadow": _data_uri(imgs / "marker-shadow.png"),
    }
    return (
        f"(function () {{ var urls = {json.dumps(urls)};"
        " L.Icon.Default.include({_getIconUrl: function (name) {"
        " return (L.Browser.retina && urls[name + 'Retina']) || urls[name]; }}); })();"
    )


def _leaflet_image_path_js(images_url: str) -> str:
    """Tell Leaflet where its marker images are instead of letting it guess.

    Why: Leaflet guesses from its CSS, which streamlit-folium adds only after all scripts ran, so the guess
    runs before the CSS applies and falls back to the ``leaflet.css`` link minus the file name, without the
    ``/images/`` folder (and without a slash): default markers then ask for ``.../distmarker-icon.png``.
    """
    return f"L.Icon.Default.imagePath = {json.dumps(images_url)};"


@functools.lru_cache(maxsize=64)
def _embedded(rel: str) -> str:
    """A vendored asset as a ``data:`` URI (CSS with its own fonts and images inlined first)."""
    if rel.endswith(".css"):
        css = inline_css(VENDOR_DIR / rel).encode("utf-8")
        uri = "data:text/css;base64," + base64.b64encode(css).decode("ascii")
    else:
        uri = _data_uri(VENDOR_DIR / rel)
    _EMBEDDED_REL[uri] = rel
    return uri


def localize(m: E, base_url: str = DEFAULT_BASE_URL, *, embed: bool = False, strict: bool = True) -> E:
    """Make a map (or any folium element: a FeatureGroup passed to st_folium later) load its assets locally.

    Each element that carries asset links (``folium.Map`` and the plugins: folium's ``JSCSSMixin``) gets
    *instance* ``default_js`` / ``default_css`` lists whose known CDN URLs are replaced by ``base_url`` +
    the vendored path (or, with ``embed=True``, by ``data:`` URIs). Classes are never mutated: folium's class
    lists are shared by every map in the process, and ``add_js_link`` already mutates them in place, so an
    instance copy is the only change that cannot leak into other maps or sessions. st_folium reads these
    attributes per element (``getattr(elem, "default_js")``) and loads them one by one in its iframe; the full
    HTML render reads them too. Links an earlier render already put into the figure header are rewritten.
    Right after Leaflet a one-line ``data:`` script sets ``L.Icon.Default.imagePath`` (streamlit-folium
    adds stylesheets only after the scripts ran, so Leaflet's own guess of its marker-image folder is wrong
    there and default markers would be broken images, online or not); with ``embed`` it points the default
    marker at ``data:`` images instead.

    Call it after the map is built (elements added later keep their CDN links); it is idempotent.
    ``base_url`` must be the URL path where ``static/vendor/`` is served: ``/app/static/vendor/`` by default,
    ``/<baseUrlPath>/app/static/vendor/`` under ``server.baseUrlPath``.

    With ``strict`` (the default) an asset that is not vendored raises :class:`OfflineAssetError` naming it,
    rather than leaving a map that is blank offline. A branca ``ColorMap`` in the tree is refused for the same
    reason: streamlit-folium injects d3 from two hard-coded CDN URLs whenever it finds one.
    """
    if not base_url.endswith("/"):
        base_url += "/"
    missing: list[str] = []
    changes: list[tuple[Element, str, list[tuple[str, str]]]] = []
    for el in _walk(m):
        if isinstance(el, ColorMap):
            missing.append(
                f"{type(el).__name__}: branca colormaps make streamlit-folium load d3 from d3js.org and "
                "cdnjs; draw the legend with HTML/CSS (folium.Element) instead"
            )
        if not isinstance(el, JSCSSMixin):
            continue
        for attr in ("default_js", "default_css"):
            new: list[tuple[str, str]] = []
            for name, url in getattr(el, attr):
                if name == _ICON_FIX:
                    continue  # re-added below after Leaflet: keeps localize idempotent
                rel = _local_rel(url)
                if rel is None:
                    if _is_external(url):
                        missing.append(f"{type(el).__name__}: {url}")
                    new.append((name, url))
                    continue
                new.append((name, _embedded(rel) if embed else base_url + rel))
                if rel == LEAFLET_JS:
                    fix = (
                        _leaflet_icon_fix_js()
                        if embed
                        else _leaflet_image_path_js(base_url + _LEAFLET_IMAGES)
                    )
                    new.append(
                        (_ICON_FIX, "data:text/javascript;base64," + base64.b64encode(fix.encode()).decode())
                    )
            changes.append((el, attr, new))
    if missing and strict:
        raise OfflineAssetError(
            "not vendored (add to scripts/vendor_assets.py and geo.assets.CDN_ASSETS): " + "; ".join(missing)
        )
    for el, attr, new in changes:
        setattr(el, attr, new)
    root = m.get_root()
    if isinstance(root, Figure):
        for child in root.header._children.values():
            if isinstance(child, (JavascriptLink, CssLink)):
                rel = _local_rel(child.url)
                if rel is not None:
                    child.url = _embedded(rel) if embed else base_url + rel
    return m


_SCRIPT_SRC = re.compile(
    r"""<script\b[^>]*?\bsrc\s*=\s*["'](?P<url>[^"']+)["'][^>]*>\s*</script\s*>""", re.IGNORECASE
)
_CSS_LINK = re.compile(
    r"""<link\b(?=[^>]*\brel\s*=\s*["']?stylesheet)[^>]*?\bhref\s*=\s*["'](?P<url>[^"']+)["'][^>]*>""",
    re.IGNORECASE,
)


def inline_html(m: Element, *, strict: bool = True) -> str:
    """A self-contained HTML document of the map: opens from disk, loads nothing from any network.

    Every ``<script src>`` and stylesheet ``<link>`` folium rendered (CDN or already localized) is replaced by
    the vendored file's text, with stylesheet fonts and images as ``data:`` URIs and Leaflet's default marker
    images set as ``data:`` URIs too. Tile layers keep their URL templates (data, not assets). With
    ``strict`` an asset that is not vendored raises :class:`OfflineAssetError`.
    """
    html = m.get_root().render()
    missing: list[str] = []

    def script(match: re.Match[str]) -> str:
        rel = _local_rel(match["url"])
        if rel is None:
            if not match["url"].startswith("data:"):  # a data: script is self-contained already
                missing.append(match["url"])
            return match[0]
        out = f"<script>/* {rel} */\n{_script_text(rel)}\n</script>"
        if rel == LEAFLET_JS:
            out += f"\n<script>{_leaflet_icon_fix_js()}</script>"
        return out

    def stylesheet(match: re.Match[str]) -> str:
        rel = _local_rel(match["url"])
        if rel is None:
            missing.append(match["url"])
            return match[0]
        css = re.sub(r"</(?=style)", r"<\\/", inline_css(VENDOR_DIR / rel), flags=re.IGNORECASE)
        return f"<style>/* {rel} */\n{css}\n</style>"

    html = _SCRIPT_SRC.sub(script, html)
    html = _CSS_LINK.sub(stylesheet, html)
    missing += [u for u in asset_refs(html) if u not in missing]
    if missing and strict:
        raise OfflineAssetError("not vendored, the export would need the network: " + "; ".join(missing))
    return html


class _RefCollector(HTMLParser):
    """Collects the URLs an HTML document makes the browser load (not links a user may click)."""

    _ATTRS: ClassVar[dict[str, tuple[str, ...]]] = {
        "script": ("src",),
        "img": ("src", "srcset"),
        "iframe": ("src",),
        "source": ("src", "srcset"),
        "video": ("src", "poster"),
        "audio": ("src",),
        "embed": ("src",),
        "object": ("data",),
        "input": ("src",),
        "track": ("src",),
    }
    _LINK_RELS: ClassVar[set[str]] = {
        "stylesheet",
        "icon",
        "preload",
        "modulepreload",
        "prefetch",
        "manifest",
        "apple-touch-icon",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): v or "" for k, v in attrs}
        for name in self._ATTRS.get(tag, ()):
            value = a.get(name, "")
            if value and name == "srcset":
                self.refs += [p.split()[0] for p in value.split(",") if p.strip()]
            elif value:
                self.refs.append(value)
        if tag == "link" and self._LINK_RELS & set(a.get("rel", "").lower().split()) and a.get("href"):
            self.refs.append(a["href"])
        if "style" in a:
            self._css(a["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self._css(data)

    def _css(self, css: str) -> None:
        self.refs += [_css_url_value(m) for m in _CSS_URL.finditer(css)]
        self.refs += [m["u"] for m in _CSS_IMPORT.finditer(css)]


def asset_refs(html: str, *, external_only: bool = False) -> list[str]:
    """URLs an HTML document loads as assets (scripts, stylesheets, images, fonts, frames), not ``data:``.

    Why: the check that a page is self-contained (every result is a problem) or offline-safe
    (``external_only``: every result would leave the machine). Text inside ``<script>`` is not parsed, so
    tile URL templates and comments in inlined libraries do not count.
    """
    parser = _RefCollector()
    parser.feed(html)
    parser.close()
    refs = [r.strip() for r in parser.refs if r.strip() and not r.strip().lower().startswith(("data:", "#"))]
    if external_only:
        refs = [r for r in refs if _is_external(r)]
    return list(dict.fromkeys(refs))
