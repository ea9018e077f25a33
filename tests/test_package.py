"""A real package: the wheel ``pip install .`` builds carries the engine, the dashboard and the data, and its
``touchdown`` command works away from the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.cases import REPO, SEED


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built from a copy of the tracked files: setuptools writes build/ and *.egg-info into the source folder,
    # which must not happen in the checkout (and the wheel must hold only what git tracks).
    src = tmp_path_factory.mktemp("src")
    files = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        target = src / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target)
    # --no-build-isolation: build with the venv's pinned setuptools, offline.
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(out), str(src)], capture_output=True, text=True, cwd=out)
    assert r.returncode == 0, r.stderr
    (whl,) = out.glob("touchdown-*.whl")
    return whl


def test_the_wheel_holds_the_engine_the_dashboard_the_data_and_the_command(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("geo/cli.py", "geo/extract/statements.py", "geo/_app/app.py", "geo/_app/data/catalog.csv",
                   "geo/_app/data/boundaries/countries.geojson", "geo/_app/static/vendor/leaflet@1.9.3/dist/leaflet.js",
                   "geo/_app/.streamlit/config.toml"):
        assert needed in names, needed
    assert any(n.startswith("geo/_app/pages/") for n in names)
    assert not any(n.startswith("tests/") for n in names)
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "touchdown = geo.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_the_installed_engine_maps_an_article_from_its_bundled_data(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = ("import geo, geo.resources as r, sys; print(geo.__file__); print(r.root()); "
            "from geo.cli import main; sys.exit(main(['map', sys.argv[1]]))")
    p = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, env=env,
                       cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[0].startswith(str(site)), "the wheel's geo, not the checkout's, must be imported"
    assert lines[1] == str(site / "geo" / "_app")
    assert "best point 47." in p.stdout


def test_the_touchdown_command_is_installed_in_the_environment() -> None:
    exe = Path(sys.executable).with_name("touchdown")
    if not exe.exists():
        pytest.fail(f"{exe} missing: install the package (make test runs `pip install -e .`)")
    r = subprocess.run([str(exe), "index", "--check"], capture_output=True, text=True)
    assert r.returncode == 0 and "sound" in r.stdout, r.stdout + r.stderr
    r = subprocess.run([str(exe), "--help"], capture_output=True, text=True)
    assert all(cmd in r.stdout for cmd in ("map", "batch", "eval", "index", "app"))
