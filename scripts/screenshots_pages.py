"""Photograph the Batch, History and Gazetteer pages from the real app in headless Chromium, with no network.

    python scripts/screenshots_pages.py            # writes docs/page-batch.png, page-history.png, page-gazetteer.png
    python scripts/screenshots_pages.py history    # only some pages

Starts ``app.py`` (the pages live in ``pages/``) on a free port with a throw-away workspace, blocks every
request that would leave the machine, runs one flow per page and saves a full-page screenshot (viewport
1400x1600). Separate from ``scripts/screenshots.py`` (the main page) so each can be re-run alone.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser_helpers import drawn_map_frame, offline_context, start_streamlit, wait_idle  # noqa: E402

CASES = REPO / "tests" / "cases"
VIEWPORT = {"width": 1400, "height": 1600}
TIMEOUT_MS = 180_000


def settle(page: Any) -> None:
    """Until Streamlit has finished the run (no "Running…" widget) and the page has painted."""
    wait_idle(page)
    page.wait_for_timeout(1500)


def fit_viewport_to_content(page: Any) -> None:
    """Make the viewport as tall as the page's content (never shorter than VIEWPORT).

    Why: Streamlit scrolls its main block inside a fixed-height container, so ``full_page=True`` alone
    photographs only the first screen of a long page.
    """
    height = page.evaluate(
        "Math.max(...[...document.querySelectorAll('[data-testid=\"stMain\"], [data-testid=\"stMainBlockContainer\"]')]"
        ".map(e => e.scrollHeight), 0)")
    if height > VIEWPORT["height"]:
        page.set_viewport_size({"width": VIEWPORT["width"], "height": int(height) + 40})
        page.wait_for_timeout(1500)  # the map and the chart redraw at the new size


def history(page: Any, base_url: str) -> None:
    """The catalog table, the map of past landings and the timeline."""
    page.goto(f"{base_url}/History")
    page.locator(".vega-embed").first.wait_for(timeout=TIMEOUT_MS)
    drawn_map_frame(page, 11)


def gazetteer(page: Any, base_url: str) -> None:
    """A name with rivals abroad, resolved by the article's country."""
    page.goto(f"{base_url}/Gazetteer")
    page.get_by_label("Place name").fill("Petropavlovsk")
    page.get_by_role("combobox", name="Countries the article is about").fill("KZ")
    page.get_by_role("option", name="KZ · Kazakhstan").click()
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Look up").click()
    page.get_by_text("Petropavlovsk-Kamchatsky").first.wait_for(timeout=TIMEOUT_MS)
    drawn_map_frame(page, 3)


def batch(page: Any, base_url: str) -> None:
    """Every developer case dropped at once, run, mapped."""
    files = sorted(CASES.glob("*.txt"))
    page.goto(f"{base_url}/Batch")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Run batch").click()
    page.get_by_text(f"Done: {len(files)} articles").wait_for(timeout=TIMEOUT_MS * 2)
    drawn_map_frame(page, 2)


FLOWS: dict[str, Callable[[Any, str], None]] = {"batch": batch, "history": history, "gazetteer": gazetteer}


def main(names: list[str]) -> None:
    """Photograph the chosen pages (all by default) into docs/page-NAME.png."""
    out = REPO / "docs"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, start_streamlit(
        REPO / "app.py", env={"TOUCHDOWN_DB": str(Path(tmp) / "ws.sqlite3")}
    ) as (_proc, base_url), sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        for name in names or list(FLOWS):
            context, blocked = offline_context(browser, viewport=VIEWPORT)
            page = context.new_page()
            FLOWS[name](page, base_url)
            settle(page)
            fit_viewport_to_content(page)
            path = out / f"page-{name}.png"
            page.screenshot(path=str(path), full_page=True)
            context.close()
            print(f"wrote {path}; outside requests blocked: {len(blocked)}")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1:])
