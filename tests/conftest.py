"""Shared test set-up: Debian's Chromium for pytest-playwright, and an isolated workspace database."""

from __future__ import annotations

import os
from collections.abc import Iterator
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


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The real app.py (with its pages) on a free port, per test module: its own workspace database and a
    record of every outside connection the server tried (``outbound_connections(audit)``)."""
    from tests.browser_helpers import network_audit_env, start_streamlit

    work = tmp_path_factory.mktemp("app")
    audit = work / "net-audit.jsonl"
    env = {"TOUCHDOWN_DB": str(work / "ws.sqlite3"), **network_audit_env(audit)}
    with start_streamlit(Path(__file__).resolve().parent.parent / "app.py", env=env) as (_proc, base_url):
        yield base_url, audit


@pytest.fixture(autouse=True)
def _isolated_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the user's own workspace database."""
    monkeypatch.setenv("TOUCHDOWN_DB", str(tmp_path / "workspace.sqlite3"))
