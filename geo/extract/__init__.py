"""Text -> Reading: every landing statement, region hint and time mention, with spans.

Knows nothing about geography or maps: whether an anchor is a real place is the
gazetteer's business, whether a hint is a real area is ``geo.boundaries``'.
"""

from __future__ import annotations

from geo.extract.coordinates import find_coordinates
from geo.extract.hints import find_hints
from geo.extract.statements import find_statements
from geo.extract.text import Spans
from geo.extract.times import find_dateline, find_times
from geo.model import Reading


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 200 else None
    return None


def read(text: str) -> Reading:
    """Everything ``extract`` can find in one article's text."""
    statements = find_statements(text)
    taken = [s.span for s in statements]
    taken_spans = Spans(taken)
    coords = [c for c in find_coordinates(text) if not taken_spans.holds(c.span[0])]
    statements = sorted([*statements, *coords], key=lambda s: s.span)
    times = tuple(find_times(text))
    # a zone label ("heure de Paris") or an anchor is not a region hint
    taken = [s.anchor_span for s in statements if s.anchor_span] + [t.span for t in times]
    return Reading(
        text=text,
        title=_title(text),
        statements=tuple(statements),
        hints=tuple(find_hints(text, taken)),
        times=times,
        dateline=find_dateline(text),
    )


__all__ = ["read"]
