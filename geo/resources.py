"""Where the files beside the engine live: ``data/``, ``static/``, ``app.py`` and ``pages/``.

Why a module: in a checkout (and an editable install) they sit at the top of the repository, next to
``geo/``; in a wheel built by ``pip install .`` they are bundled inside the package as ``geo/_app/``
(``setup.py``). Every module asks here, so both layouts work and no path is spelled twice.

>>> (root() / "data" / "catalog.csv").is_file()
True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def root() -> Path:
    """The folder holding ``app.py``, ``pages/``, ``data/`` and ``static/``: the checkout, or the bundle."""
    checkout = _PACKAGE.parent
    if (checkout / "app.py").is_file() and (checkout / "data" / "catalog.csv").is_file():
        return checkout
    return _PACKAGE / "_app"


def data_dir() -> Path:
    """``data/``: boundaries and the catalog of past landings."""
    return root() / "data"


def static_dir() -> Path:
    """``static/``: the vendored map assets Streamlit serves at ``/app/static/``."""
    return root() / "static"


def app_script() -> Path:
    """The dashboard's entry script, for ``touchdown app``."""
    return root() / "app.py"
