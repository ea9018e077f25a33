"""Touchdown: where did the spacecraft come down? From news prose to an honest region.

    >>> import geo
    >>> est = geo.locate("The Soyuz capsule landed 147 km southeast of Zhezkazgan.", "2023-09-27")
    >>> est.status, [a.name for a in est.anchors]
    ('ok', ['Zhezqazghan'])
    >>> geo.to_geojson(est)["type"]
    'FeatureCollection'

The public API, everything the dashboard, the CLI and a library user need:

- :func:`locate` reads one article and returns an :class:`Estimate` (its statements, regions, the fused
  region, a best point, the landing time, the level of evidence it rests on);
- :func:`to_geojson`, :func:`dumps` and :func:`render` export it (GeoJSON per RFC 7946, KML, GPX, CSV,
  GeoPackage); :func:`to_html` draws it as a self-contained offline map;
- :class:`Workspace` keeps articles, corrections, drawn constraints and estimates in SQLite;
- :func:`decode` turns bytes of any encoding (text, HTML) into an :class:`Article`;
- :class:`TouchdownError` is the root of every error raised on purpose, :class:`InputError` the one for
  unusable input; both carry a message for the user.

Names are loaded on first use, so ``import geo`` stays fast (the CLI starts in well under a second).
``ENGINE_VERSION`` changes whenever the engine's output may change: an estimate stored with another is stale.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geo.errors import InputError, TouchdownError
    from geo.export import dumps, render, to_geojson
    from geo.mapping import to_html
    from geo.model import Estimate, Place, Region, Statement
    from geo.pipeline import locate
    from geo.store import Workspace
    from geo.textio import Article, decode

__version__ = "0.3.0"  # the package's one version (pyproject.toml reads it from here)

_HOMES = {
    "locate": "geo.pipeline",
    "Estimate": "geo.model", "Place": "geo.model", "Region": "geo.model", "Statement": "geo.model",
    "to_geojson": "geo.export", "dumps": "geo.export", "render": "geo.export",
    "to_html": "geo.mapping",
    "Workspace": "geo.store",
    "Article": "geo.textio", "decode": "geo.textio",
    "InputError": "geo.errors", "TouchdownError": "geo.errors",
}

__all__ = [
    "ENGINE_VERSION", "Article", "Estimate", "InputError", "Place", "Region", "Statement", "TouchdownError",
    "Workspace", "__version__", "decode", "dumps", "locate", "render", "to_geojson", "to_html",
]


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use (PEP 562)."""
    if name == "ENGINE_VERSION":  # the output is a function of the code and of the gazetteer index it reads
        from geo.gazetteer import INDEX_VERSION

        globals()[name] = f"touchdown {__version__} (gazetteer index {INDEX_VERSION})"
        return globals()[name]
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
