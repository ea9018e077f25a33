"""The engine's errors: one root, so a caller can catch everything Touchdown raises on purpose in one clause.

    >>> from geo.errors import InputError, TouchdownError
    >>> issubclass(InputError, TouchdownError), issubclass(InputError, ValueError)
    (True, True)

Every error carries a message written for the user (what is wrong, what to do), shown as it is by the CLI
(one line, exit 2) and the dashboard. The specific classes live with the idea they are about and derive from
these: :class:`geo.geodesy.GeometryError` (a shape that cannot be a region), :class:`geo.store.StoreError`
and its subclasses (the workspace), :class:`geo.assets.OfflineAssetError` (a map asset that is not vendored),
:class:`geo.batch.JournalMismatch` (resuming a different batch).
"""

from __future__ import annotations

__all__ = ["InputError", "TouchdownError"]


class TouchdownError(Exception):
    """Anything Touchdown refuses on purpose, with a message meant for the user."""


class InputError(TouchdownError, ValueError):
    """Input that cannot be used (an article, a date, a shape), with a message meant for the user.

    ``reason`` is a short machine-readable tag (``empty``, ``too-large``, ``binary``, ``encoding``,
    ``no-text``, ``config``, ``too-many-files``, ``invalid``, ``geometry``) so callers can react without
    parsing the message. A ``ValueError`` too, for callers that catch that.
    """

    def __init__(self, message: str, reason: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason

    def __str__(self) -> str:
        return self.message
