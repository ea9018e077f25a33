"""The dashboard page without a browser (streamlit.testing AppTest): widgets, messages, the map's script."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from tests.cases import REPO, SEED, case

APP = str(REPO / "app.py")


def _map_script(at: AppTest) -> str:
    """folium's script inside the streamlit-folium component (an unknown element to AppTest)."""
    for el in at.get("arrow_vega_lite_chart") + at.main.get("component_instance") + list(at.main):
        proto = getattr(el, "proto", None)
        args = getattr(proto, "json_args", None)
        if args and "script" in args:
            return json.loads(args)["script"]
    raise AssertionError("no map component on the page")


def _app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    return at


def test_the_page_opens_on_a_map_of_kazakhstan() -> None:
    at = _app()
    assert at.title[0].value == "Touchdown"
    assert at.button[0].label == "Map"
    script = _map_script(at)
    assert "fitBounds" in script and "[[40.5, 46.5], [55.5, 87.5]]" in script


def test_mapping_the_seed_draws_the_estimate_and_keeps_the_article() -> None:
    at = _app()
    at.text_area[0].input(SEED.read_text(encoding="utf-8"))
    at.button[0].click().run()
    assert not at.exception
    assert "statement fused into" in at.success[0].value
    script = _map_script(at)
    assert '"Estimate"' in script or "Estimate" in script
    assert "69.6" in script  # the estimate's coordinates near the true point
    assert any("Jezkazgan" in str(df.value) for df in at.dataframe)
    assert "Three Russian cosmonauts" in " ".join(x.value for x in at.sidebar.markdown)


def test_empty_text_gives_a_clear_message_and_no_traceback() -> None:
    at = _app()
    at.text_area[0].input("   ")
    at.button[0].click().run()
    assert not at.exception
    assert at.error and "empty" in at.error[0].value.lower()


def test_a_launch_report_says_nothing_to_map() -> None:
    at = _app()
    at.text_area[0].input(case("launch-no-landing-en")["text"])
    at.button[0].click().run()
    assert not at.exception
    assert "Nothing to map" in at.warning[0].value
