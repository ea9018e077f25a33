"""Hostile articles in real Chromium: nothing an article says may run as code, in the page, in the map's
iframe, or in the HTML map the CLI exports; and the GeoJSON keeps the text as data, verbatim.

Why: an article is text from the web, pasted or dropped by a user who trusts Touchdown to show it; it flows
into Streamlit's Markdown, into folium's generated JavaScript (popups and tooltips are written into JS
template literals, so a backtick, ``${``, a quote or ``</script>`` in a label could break out), and into a
standalone HTML file a colleague may open later. Only a browser can prove nothing ran: every test records
and dismisses dialogs (``alert`` from any frame), checks the scripts' side effect (``window.__pwned``) in
the page and in the iframe, looks for the injected elements in both DOMs, opens every popup and tooltip of
the article's shapes, and blocks the network (a remote image in an article is a tracking pixel, and
Touchdown promises to work offline).

Payloads: the ones from issue 6 (markup in the headline and around or inside the anchor, JS-string and
``</script>`` break-outs in a town name), plus template-literal break-outs and a conflict whose message
(with the statements' labels) goes into a popup. Each is pasted into the dashboard, dropped as a file
(.html and .txt), and mapped with ``python -m geo map FILE -o out.html``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from geojson_validator import validate_structure

from geo.textio import decode, from_text
from tests.browser_helpers import offline_context, start_streamlit
from tests.cases import REPO
from tests.fuzz_strategies import check_geojson

pytestmark = pytest.mark.browser
IFRAME = 'iframe[title="streamlit_folium.st_folium"]'

PAYLOADS: dict[str, str] = {
    "headline-img-anchor-b-script": (
        "<img src=x onerror=alert(document.domain)>\n"
        "The capsule landed 150 km south-east of <b>Zhezkazgan</b><script>window.__pwned=1</script>"),
    "img-glued-to-anchor": (
        "<img src=x onerror=alert(document.domain)>\n"
        "The capsule landed 150 km south-east of Zhezkazgan<img src=x onerror=alert(2)> on Tuesday."),
    "js-string-breakout-in-town": (
        "Zhezkazgan'); alert(3); //\n"
        "The capsule landed 150 km south-east of Zhezkazgan'); alert(3); window.__pwned=3; //"),
    "script-close-in-town": (
        "</script><script>alert(4)</script>\n"
        "The capsule landed 150 km south-east of Zhezkazgan</script><script>window.__pwned=4;alert(4)</script>"),
    "attribute-breakout-and-js-link": (
        '"><svg onload=alert(5)>\n'
        'The capsule landed 150 km south-east of Zhezkazgan"><svg onload=alert(5)>. '
        'More: <a href="javascript:alert(6)">here</a> and javascript:alert(6)'),
    "template-literal-breakout": (
        "${alert(7)}`);alert(8);//\n"
        "The capsule landed 150 km south-east of Zhezkazgan`${window.__pwned=7}`\\`;alert(8);// \\x41 \\u{zz}."),
    "conflict-with-quoted-anchors": (
        "Soyuz '${alert(9)}' lands\n"
        "The capsule landed 150 km south-east of Zhezkazgan'`${alert(9)}`, about 900 km north of Arkalyk'\"<i>."),
    "unknown-town-with-markup": (
        "Soyuz <u>lands</u>\n"
        "The capsule landed 150 km south-east of Xyzzyville<img src=x onerror=alert(10)>, "
        "40 km north of Frobozz'\"><iframe src=javascript:alert(11)>."),
}

# Elements and attributes an injection would leave behind (none of them is used by Streamlit, folium or
# Leaflet themselves).
INJECTED = 'img[src="x"], [onerror], [onload], [onclick], iframe[src^="javascript" i], a[href^="javascript" i]'
PROBE = f"""() => ({{
    pwned: typeof window.__pwned,
    injected: [...document.querySelectorAll({json.dumps(INJECTED)})].map(e => e.outerHTML.slice(0, 200)),
}})"""


# ── fixtures ────────────────────────────────────────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app.py with its own workspace database."""
    work = tmp_path_factory.mktemp("hostile")
    with start_streamlit(REPO / "app.py", env={"TOUCHDOWN_DB": str(work / "ws.sqlite3")}) as (_proc, base_url):
        yield base_url


class Watch:
    """A page in an offline context that records every dialog (dismissing it) and every blocked request."""

    def __init__(self, browser: Any) -> None:
        self.context, self.blocked = offline_context(browser, accept_downloads=True,
                                                     viewport={"width": 1400, "height": 1800})
        self.dialogs: list[str] = []
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def frames_clean(self) -> None:
        """No dialog, no side effect and no injected element in the page or in any of its frames."""
        self.page.wait_for_timeout(500)  # an <img src=x onerror> fires within a few ms; be generous
        assert self.dialogs == [], self.dialogs
        for frame in self.page.frames:
            try:
                probe = frame.evaluate(PROBE)
            except Exception as exc:  # noqa: BLE001 - a frame that went away while probing
                if "detached" in str(exc).lower() or "destroyed" in str(exc).lower():
                    continue
                raise
            assert probe == {"pwned": "undefined", "injected": []}, (frame.url, probe)


@pytest.fixture
def watch(browser: Any) -> Iterator[Watch]:
    w = Watch(browser)
    yield w
    w.context.close()


# ── helpers ─────────────────────────────────────────────────────────────────────────────────────────────────


def _needle(text: str) -> str:
    return " ".join(text.split())[:120]


def _wait_for_article(page: Any, article_text: str) -> None:
    """Until the Article panel shows this article (the previous one may still be on screen) and the map drew."""
    page.wait_for_function(
        """needle => [...document.querySelectorAll('[data-testid="stMarkdownContainer"], [data-testid="stHtml"]')]
                     .some(e => e.innerText.replace(/\\s+/g, ' ').includes(needle))""",
        arg=_needle(article_text), timeout=90_000)
    page.get_by_text("Download GeoJSON").wait_for(timeout=90_000)
    page.locator(IFRAME).last.wait_for(state="attached", timeout=60_000)


def _map_frame(page: Any) -> Any:
    """The map's frame once Leaflet drew in it; the page may replace the frame meanwhile, so look again."""
    last: Exception | None = None
    for _ in range(6):
        try:
            frame = page.locator(IFRAME).last.element_handle().content_frame()
            frame.wait_for_selector(".leaflet-container", state="visible", timeout=20_000)
            return frame
        except Exception as exc:  # "Frame was detached": a rerun replaced the map
            last = exc
            page.wait_for_timeout(500)
    raise AssertionError(f"the map never drew: {last}")


def _open_every_popup(frame: Any, shapes: int = 10) -> int:
    """Click and hover the article's shapes and markers so every popup and tooltip is rendered."""
    paths = frame.locator("path.leaflet-interactive")
    n = min(paths.count(), shapes)
    for i in range(n):
        for event in ("mouseover", "click"):
            paths.nth(i).dispatch_event(event)
    markers = frame.locator(".leaflet-marker-icon")
    for i in range(markers.count()):
        markers.nth(i).dispatch_event("click")
    return n


def _check_geojson_download(page: Any, expected_title: str | None, article_text: str) -> dict:
    """The downloaded GeoJSON: valid RFC 7946, the title and statement texts verbatim (data, not markup)."""
    with page.expect_download() as dl:
        page.get_by_text("Download GeoJSON").click()
    raw = Path(dl.value.path()).read_text(encoding="utf-8")
    doc = json.loads(raw)
    assert validate_structure(doc) == {}
    check_geojson(doc, where="downloaded GeoJSON")
    assert doc["touchdown"]["article"]["title"] == expected_title
    for f in doc["features"]:
        p = f["properties"]
        if p["role"] == "statement":
            s, e = p["span"]
            assert p["text"] == article_text[s:e], (p["text"], article_text[s:e])
    return doc


def _assert_shows_text(page: Any, text: str) -> None:
    """The article panel shows ``text`` as characters (escaped markup is visible, not interpreted)."""
    shown = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stMarkdownContainer"], [data-testid="stHtml"]')]
                                   .map(e => e.innerText).join('\\n')""")
    assert _needle(text) in " ".join(shown.split()), text


# ── pasted into the dashboard ───────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_a_pasted_hostile_article_runs_nothing_and_exports_its_text_as_data(watch: Watch, server: str,
                                                                            name: str) -> None:
    payload = PAYLOADS[name]
    article = from_text(payload)
    page = watch.page
    page.goto(server)
    page.get_by_label("Article text").fill(payload)
    page.get_by_role("button", name="Map", exact=True).click()
    _wait_for_article(page, article.text)
    for attempt in range(3):  # the rerun may still swap the map's frame for a new one: then use the new one
        frame = _map_frame(page)
        try:
            if not name.startswith("unknown"):
                frame.wait_for_selector("path.leaflet-interactive", timeout=60_000)
                assert _open_every_popup(frame) >= 2
                assert frame.locator(".leaflet-popup-content").count() >= 1  # the popups' HTML was rendered
            break
        except Exception as exc:
            if "detached" not in str(exc).lower() or attempt == 2:
                raise
            page.wait_for_timeout(500)
    watch.frames_clean()
    _assert_shows_text(page, article.text)
    if not article.was_html:  # plain text: the headline, markup and all, is the title, character for character
        assert article.title == payload.split("\n")[0]
    _check_geojson_download(page, article.title, article.text)
    watch.frames_clean()
    assert watch.blocked == [], watch.blocked


def test_an_unknown_town_with_markup_is_named_as_text(watch: Watch, server: str) -> None:
    page = watch.page
    page.goto(server)
    page.get_by_label("Article text").fill(PAYLOADS["unknown-town-with-markup"])
    page.get_by_role("button", name="Map", exact=True).click()
    page.get_by_text("Nothing to map").first.wait_for(timeout=90_000)
    watch.frames_clean()
    assert watch.blocked == []


# ── dropped as a file ───────────────────────────────────────────────────────────────────────────────────────

HOSTILE_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title><img src=x onerror=alert(document.domain)></title>
<script>window.__pwned = 'head'; alert('head')</script>
<meta http-equiv="refresh" content="0;url=javascript:alert(12)">
</head><body onload="alert(13)">
<h1>Soyuz &lt;script&gt;alert(14)&lt;/script&gt; lands</h1>
<p>The capsule landed 150 km south-east of <b>Zhezkazgan</b><script>window.__pwned=1</script>
on Tuesday, <a href="javascript:alert(6)">officials said</a>.</p>
<p onclick="alert(15)">The crew was flown to Karaganda.<img src=x onerror=alert(2)><svg onload=alert(5)></svg></p>
<iframe src="javascript:alert(11)"></iframe><object data="javascript:alert(16)"></object>
</body></html>
"""


@pytest.mark.parametrize(("filename", "content"), [
    ("hostile.html", HOSTILE_PAGE),
    ("hostile.txt", PAYLOADS["img-glued-to-anchor"]),
    ("breakout.txt", PAYLOADS["template-literal-breakout"]),
])
def test_a_dropped_hostile_file_runs_nothing_and_exports_its_text_as_data(
        watch: Watch, server: str, tmp_path: Path, filename: str, content: str) -> None:
    f = tmp_path / filename
    f.write_text(content, encoding="utf-8")
    article = decode(f.read_bytes(), name=filename)
    page = watch.page
    page.goto(server)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(f))
    page.get_by_text(filename).first.wait_for(timeout=30_000)
    page.wait_for_timeout(500)  # the upload has reached the server before the button is pressed
    page.get_by_role("button", name="Map", exact=True).click()
    _wait_for_article(page, article.text)
    frame = _map_frame(page)
    frame.wait_for_selector("path.leaflet-interactive", timeout=60_000)
    assert _open_every_popup(frame) >= 2
    watch.frames_clean()
    _assert_shows_text(page, article.text)
    if filename.endswith(".html"):
        # The headline's escaped &lt;script&gt; is text: it comes back as the characters, to be shown as such.
        assert article.title == "Soyuz <script>alert(14)</script> lands"
        assert "alert(" not in article.text  # scripts, handlers and links were markup, not text
    _check_geojson_download(page, article.title or filename, article.text)
    watch.frames_clean()
    assert watch.blocked == [], watch.blocked


# ── Markdown in an article ──────────────────────────────────────────────────────────────────────────────────

MARKDOWN_ARTICLE = (
    "Soyuz lands\n\n"
    "The capsule landed 150 km south-east of Zhezkazgan.\n\n"
    "![pixel](http://evil.example/pixel.png)\n\n"
    "[Read more](https://evil.example/phish) and [run](javascript:window.__pwned=17)\n\n"
    "**not bold** $x^2$ :red[not red]\n"
)


def test_markdown_in_an_article_is_shown_as_text_and_fetches_nothing(watch: Watch, server: str) -> None:
    article = from_text(MARKDOWN_ARTICLE)
    page = watch.page
    page.goto(server)
    page.get_by_label("Article text").fill(MARKDOWN_ARTICLE)
    page.get_by_role("button", name="Map", exact=True).click()
    page.get_by_text("Download GeoJSON").wait_for(timeout=90_000)
    page.wait_for_function("""() => [...document.querySelectorAll('[data-testid="stMarkdownContainer"], [data-testid="stHtml"]')]
                              .some(e => e.innerText.includes('Read more'))""", timeout=90_000)
    page.wait_for_timeout(1000)
    watch.frames_clean()
    links = page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.href)"
                          ".filter(h => h.includes('evil.example'))")
    images = page.evaluate("() => [...document.querySelectorAll('img')].map(i => i.src)"
                           ".filter(s => s.includes('evil.example'))")
    assert (watch.blocked, links, images) == ([], [], [])
    _assert_shows_text(page, article.text)  # brackets, asterisks and dollars shown as written


# ── the HTML map exported by the CLI, opened from disk ──────────────────────────────────────────────────────

CLI_INPUTS = {**{f"{k}.txt": v for k, v in PAYLOADS.items()}, "hostile-page.html": HOSTILE_PAGE}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, subprocess.CompletedProcess]]:
    """``python -m geo map FILE -o FILE.html`` for every payload, run side by side."""
    tmp = tmp_path_factory.mktemp("cli-html")
    procs = {}
    for name, content in CLI_INPUTS.items():
        src = tmp / name
        src.write_text(content, encoding="utf-8")
        out = tmp / f"{name}.map.html"
        procs[name] = (out, subprocess.Popen([sys.executable, "-m", "geo", "map", str(src), "-o", str(out)],
                                             cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    done = {}
    for name, (out, proc) in procs.items():
        stdout, stderr = proc.communicate(timeout=300)
        done[name] = (out, subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr))
    return done


@pytest.mark.parametrize("name", list(CLI_INPUTS))
def test_the_exported_html_map_of_a_hostile_article_runs_nothing(watch: Watch, exported: dict, name: str) -> None:
    out, r = exported[name]
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode == (3 if name.startswith("unknown") else 0), (r.stdout, r.stderr)
    page = watch.page
    page.goto(out.resolve().as_uri())
    page.wait_for_selector(".leaflet-container", state="visible", timeout=60_000)
    if not name.startswith("unknown"):
        page.wait_for_selector("path.leaflet-interactive", timeout=60_000)
        assert _open_every_popup(page.main_frame) >= 2
        assert page.locator(".leaflet-popup-content").count() >= 1
    watch.frames_clean()
    assert watch.blocked == [], watch.blocked
