"""Touchdown: where did the spacecraft come down? From news prose to an honest region.

    >>> import geo
    >>> est = geo.locate("The capsule landed about 150 km south-east of Zhezkazgan.")  # doctest: +SKIP
    >>> est.status, est.best                                                            # doctest: +SKIP

The one-call API is :func:`locate`; :mod:`geo.export` turns its estimate into GeoJSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geo.model import Estimate

__all__ = ["locate"]


def locate(text: str, published: Any = None, **kwargs: Any) -> Estimate:
    """Read an article and estimate the landing region (see :func:`geo.pipeline.locate`)."""
    from geo.pipeline import locate as _locate

    return _locate(text, published, **kwargs)
