"""Landing statements in languages whose word order the main grammar (statements.py) does not cover.

Turkish and Kazakh: agglutinative, the anchor first with a case suffix, the direction last (Jezkazgan'ın 148 km güneydoğusunda, Жезқазғаннан оңтүстік-шығысқа қарай 150 шақырым).
"""

from __future__ import annotations

from geo.model import Statement


def find_statements(text: str) -> list[Statement]:
    """Every landing statement in this word order, in reading order."""
    return []
