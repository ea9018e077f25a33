"""Shared test set-up: Debian's Chromium for pytest-playwright, and an isolated workspace database."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright drives Debian's Chromium (never `playwright install`: it downloads a browser)."""
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM)}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser tests need Chromium: skip them on a developer machine without it, never in CI."""
    if CHROMIUM.exists() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="needs Debian's Chromium: apt-get install -y chromium (make test does it)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the user's own workspace database."""
    monkeypatch.setenv("TOUCHDOWN_DB", str(tmp_path / "workspace.sqlite3"))
