"""The evaluation cases live in the repository: every file a case names is there, and the catalog the
tests score against is the engine's own."""

from __future__ import annotations

import json

from tests.cases import CASES_DIR, REPO, SEED


def test_every_case_file_is_in_the_repository() -> None:
    spec = json.loads((CASES_DIR / "cases.json").read_text(encoding="utf-8"))
    for c in spec["cases"]:
        path = (CASES_DIR / c["file"]).resolve()
        assert path.is_file(), f"{c['id']}: {c['file']} is missing"
        assert REPO in path.parents, f"{c['id']}: {path} is outside the clone"
    assert SEED.is_file()


def test_every_row_of_the_cases_catalog_is_in_the_engines_catalog() -> None:
    """data/catalog.csv is the steering side's catalog plus sourced rows of our own; none is changed."""
    import csv

    def rows(path):
        with open(path, encoding="utf-8", newline="") as fh:
            return [tuple(r.values()) for r in csv.DictReader(fh)]

    ours = rows(REPO / "data" / "catalog.csv")
    theirs = rows(CASES_DIR / "catalog.csv")
    assert ours[: len(theirs)] == theirs
    assert all(r[-1].strip() for r in ours), "every row cites its source"
