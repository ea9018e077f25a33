"""Make the README's screenshots from the real app in headless Chromium, with no network.

    python scripts/screenshots.py            # writes docs/*.png

Starts ``app.py`` on a free port with a throw-away workspace, pastes the user's seed
article, presses Map and photographs the page.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser_helpers import offline_context, start_streamlit  # noqa: E402

SEED = REPO / "tests" / "seeds" / "000_4cfedc4fb6fdb4a5.txt"
IFRAME = 'iframe[title="streamlit_folium.st_folium"]'


def main() -> None:
    """Photograph the main flow into docs/."""
    out = REPO / "docs"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, start_streamlit(
        REPO / "app.py", env={"TOUCHDOWN_DB": str(Path(tmp) / "ws.sqlite3")}
    ) as (_proc, base_url), sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        context, blocked = offline_context(browser, viewport={"width": 1400, "height": 1500})
        page = context.new_page()
        page.goto(base_url)
        page.get_by_label("Article text").fill(SEED.read_text(encoding="utf-8"))
        page.get_by_role("button", name="Map", exact=True).click()
        page.get_by_text("Download GeoJSON").wait_for(timeout=90_000)
        frame = page.locator(IFRAME).last.element_handle().content_frame()
        frame.wait_for_function("document.querySelectorAll('path.leaflet-interactive').length >= 2")
        page.wait_for_timeout(1500)
        page.screenshot(path=str(out / "dashboard.png"), full_page=True)
        browser.close()
        print(f"wrote {out / 'dashboard.png'}; outside requests blocked: {len(blocked)}")


if __name__ == "__main__":
    main()
