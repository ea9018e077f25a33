"""The Batch, History and Gazetteer pages in real headless Chromium, every outside request blocked.

One server (the real ``app.py``; Streamlit serves ``pages/`` at ``/Batch``, ``/History``, ``/Gazetteer``)
for the module, with its own workspace and a network audit of the Python side. Each flow asserts that the
browser tried nothing outside this machine (``blocked == []``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geo import catalog
from tests.browser_helpers import drawn_map_frame, offline_context, outbound_connections
from tests.cases import CASES_DIR

pytestmark = pytest.mark.browser
TIMEOUT_MS = 180_000  # the machine may be busy; a batch of every case takes tens of seconds
LAUNCH = "launch-no-landing-en.txt"


@pytest.fixture
def offline_page(browser: Any, server: tuple[str, Path]) -> Iterator[tuple[Any, list[str]]]:
    context, blocked = offline_context(browser, accept_downloads=True, viewport={"width": 1400, "height": 1600})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page, blocked
    context.close()


def _grid_rows(page: Any, index: int = 0) -> int:
    """Data rows of the index-th st.dataframe (its grid's aria-rowcount counts the header too)."""
    grid = page.locator('[data-testid="stDataFrame"] [role="grid"]').nth(index)
    return int(grid.get_attribute("aria-rowcount")) - 1


# ── Navigation ──────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("path", ["/Gazetteer", "/History"])
def test_a_deep_link_opens_the_page_with_the_apps_own_navigation(offline_page: tuple[Any, list[str]],
                                                                  server: tuple[str, Path], path: str) -> None:
    """The first request of a session is a deep link: the sidebar lists the app's titled pages, not the files."""
    page, blocked = offline_page
    page.goto(f"{server[0]}{path}")
    heading = {"/Gazetteer": "Gazetteer explorer", "/History": "Landing history"}[path]
    page.get_by_role("heading", name=heading).wait_for()
    nav = page.locator('[data-testid="stSidebarNav"]')
    nav.get_by_text("Map an article").wait_for()
    links = nav.inner_text()
    assert "ui" not in links.split() and "app" not in links.split(), links
    assert blocked == [], blocked


# ── History ─────────────────────────────────────────────────────────────────────────────────


def test_history_shows_the_catalog_the_map_and_the_timeline(offline_page: tuple[Any, list[str]],
                                                            server: tuple[str, Path]) -> None:
    page, blocked = offline_page
    page.goto(f"{server[0]}/History")
    page.get_by_role("heading", name="Landing history").wait_for()
    n = len(catalog.landings())
    frame = drawn_map_frame(page, n)
    assert frame.locator("path.leaflet-interactive").count() >= n
    assert _grid_rows(page) == n
    chart = page.locator('[data-testid="stVegaLiteChart"]').first.locator("canvas, svg").first
    chart.wait_for(state="visible")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 400 and box["height"] > 200
    assert blocked == [], blocked
    assert outbound_connections(server[1]) == []


# ── Gazetteer ───────────────────────────────────────────────────────────────────────────────


def test_gazetteer_lookup_explains_the_choice_and_maps_the_candidates(offline_page: tuple[Any, list[str]],
                                                                      server: tuple[str, Path]) -> None:
    page, blocked = offline_page
    page.goto(f"{server[0]}/Gazetteer")
    page.get_by_text("after removing a case ending").wait_for()  # the example, "Жезказгана"
    page.get_by_label("Place name").fill("Petropavlovsk")
    page.get_by_role("button", name="Look up").click()
    page.get_by_text("because it is larger (200,920").wait_for()  # no context: population decides
    page.get_by_role("combobox", name="Countries the article is about").fill("KZ")
    page.get_by_role("option", name="KZ · Kazakhstan").click()
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Look up").click()
    page.get_by_text("in a country the article is about (KZ)").wait_for()
    assert _grid_rows(page) == 3
    frame = drawn_map_frame(page, 3)
    assert frame.locator("path.leaflet-interactive").count() == 3
    assert blocked == [], blocked


def test_gazetteer_refuses_an_everyday_word_in_words(offline_page: tuple[Any, list[str]],
                                                     server: tuple[str, Path]) -> None:
    page, blocked = offline_page
    page.goto(f"{server[0]}/Gazetteer")
    page.get_by_label("Place name").fill("Station")
    page.get_by_label("Place name").press("Enter")
    page.get_by_text("is also an everyday word").wait_for()
    assert blocked == [], blocked


# ── Batch ───────────────────────────────────────────────────────────────────────────────────


def test_batch_of_every_case_runs_maps_and_downloads_one_combined_file(
        offline_page: tuple[Any, list[str]], server: tuple[str, Path], tmp_path: Path) -> None:
    import geopandas as gpd

    page, blocked = offline_page
    files = sorted(CASES_DIR.glob("*.txt"))
    page.goto(f"{server[0]}/Batch")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Run batch").click()
    progress = page.locator('[data-testid="stProgress"]')
    progress.get_by_text(f"Done: {len(files)} articles").wait_for(timeout=TIMEOUT_MS * 2)
    assert progress.get_by_role("progressbar").get_attribute("aria-valuenow") == "100"
    assert _grid_rows(page) == len(files)
    frame = drawn_map_frame(page, 2)
    assert frame.locator("path.leaflet-interactive").count() >= 2

    def download(label: str) -> bytes:
        with page.expect_download() as dl:
            page.get_by_role("button", name=label).click()
        return Path(dl.value.path()).read_bytes()

    doc = json.loads(download("Download GeoJSON"))
    assert doc["type"] == "FeatureCollection" and doc["features"]
    gpkg_path = tmp_path / "batch.gpkg"
    gpkg_path.write_bytes(download("Download GeoPackage"))
    gdf = gpd.read_file(gpkg_path)
    assert len(gdf) >= 1 and gdf.crs is not None and gdf.crs.to_epsg() == 4326
    rows = list(csv.DictReader(io.StringIO(download("Download CSV").decode("utf-8"))))
    by_source = {r["source"]: r for r in rows}
    assert set(by_source) == {f.name for f in files}
    assert by_source[LAUNCH]["status"] == "nothing-to-map"
    assert blocked == [], blocked
    assert outbound_connections(server[1]) == []
