"""Landing statements in languages whose word order the main grammar (statements.py) does not cover.

Chinese and Japanese: no spaces between words, the anchor before the distance and direction (X市东南方146公里处, Xの南東約146キロ).
"""

from __future__ import annotations

from geo.model import Statement


def find_statements(text: str) -> list[Statement]:
    """Every landing statement in this word order, in reading order."""
    return []
