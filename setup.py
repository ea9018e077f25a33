"""Packaging hook: bundle the dashboard and the data into the wheel.

Why: the design card fixes ``app.py``, ``pages/``, ``data/`` and ``static/`` at the top of the repository, beside
the ``geo`` package, so a plain ``pip install .`` would leave them out. This build step copies them into
``geo/_app/`` inside the wheel; ``geo.resources`` finds them there when ``geo`` is not run from a checkout.
An editable install (``pip install -e .``) needs none of this: it uses the checkout itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("app.py", "pages", "data", "static", ".streamlit")


class BuildWithApp(build_py):
    """``build_py`` plus a copy of the dashboard, its static files and the data under ``geo/_app``."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        here = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "geo" / "_app"
        for name in BUNDLED:
            src = here / name
            dst = target / name
            if src.is_dir():
                shutil.copytree(src, dst, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            elif src.is_file():
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dst)


setup(cmdclass={"build_py": BuildWithApp})
