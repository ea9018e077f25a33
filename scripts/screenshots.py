"""Make the README's screenshots from the real app in headless Chromium, with no network.

    python scripts/screenshots.py            # writes docs/*.png

Starts ``app.py`` on a free port with a throw-away workspace, pastes the user's seed
article, presses Map, gives it its publication date and photographs the page.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser_helpers import drawn_map_frame, offline_context, start_streamlit, wait_idle  # noqa: E402

SEED = REPO / "tests" / "seeds" / "000_4cfedc4fb6fdb4a5.txt"


def main() -> None:
    """Photograph the main flow into docs/: the seed mapped and dated, with the "How sure is this?" panel."""
    out = REPO / "docs"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, start_streamlit(
        REPO / "app.py", env={"TOUCHDOWN_DB": str(Path(tmp) / "ws.sqlite3")}
    ) as (_proc, base_url), sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        context, blocked = offline_context(browser, viewport={"width": 1440, "height": 1750})
        page = context.new_page()
        page.goto(base_url)
        page.get_by_label("Article text").fill(SEED.read_text(encoding="utf-8"))
        page.get_by_role("button", name="Map", exact=True).click()
        page.get_by_text("nearly 150 kilometers").filter(visible=True).first.wait_for(timeout=120_000)
        wait_idle(page)
        # the article's own date (the seed is the Soyuz MS-21 report of 29 September 2022)
        for segment, value in (("year", "2022"), ("month", "09"), ("day", "29")):
            page.get_by_role("spinbutton", name=f"{segment}, Published on").click()
            page.keyboard.type(value)
        page.get_by_role("heading", name="How sure is this?").click()  # leaving the field sets the date
        page.get_by_text("2022-09-29 10:57 UTC").first.wait_for(timeout=120_000)
        frame = drawn_map_frame(page, 2)
        frame.wait_for_selector(".td-town", timeout=60_000)  # the town names are drawn
        page.screenshot(path=str(out / "dashboard.png"), full_page=True)
        browser.close()
        print(f"wrote {out / 'dashboard.png'}; outside requests blocked: {len(blocked)}")


if __name__ == "__main__":
    main()
