"""The workspace tells a corrupt, read-only or vanished file, with the way forward, as a specific StoreError."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from geo.store import (
    DB_ENV,
    StoreError,
    Workspace,
    WorkspaceCorruptError,
    WorkspaceMissingError,
    WorkspaceReadOnlyError,
)

ARTICLE = "The Soyuz capsule landed 148 km southeast of Zhezkazgan in Kazakhstan on Wednesday."


@pytest.fixture
def workspace_file(tmp_path: Path) -> Path:
    """A workspace with one article, closed (checkpointed into the main file)."""
    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as ws:
        ws.add_article(ARTICLE, title="Soyuz")
    return path


def _says_the_way_forward(exc: StoreError, path: Path) -> None:
    msg = str(exc)
    assert str(path) in msg and DB_ENV in msg and "\n" not in msg
    assert exc.path == path  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------------------ corrupt


def test_a_file_of_random_bytes_is_a_corrupt_workspace_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    data = os.urandom(64 * 1024)
    path.write_bytes(data)
    with pytest.raises(WorkspaceCorruptError) as info:
        Workspace.open(path)
    _says_the_way_forward(info.value, path)
    assert "move it away" in str(info.value) and ".recover" in str(info.value)
    assert path.read_bytes() == data
    assert isinstance(info.value, StoreError)


def test_a_workspace_damaged_inside_is_told_when_read(workspace_file: Path) -> None:
    raw = bytearray(workspace_file.read_bytes())
    assert len(raw) >= 3 * 4096
    raw[4096:len(raw)] = os.urandom(len(raw) - 4096)  # keep the header page, destroy every table page
    workspace_file.write_bytes(bytes(raw))
    with pytest.raises(WorkspaceCorruptError) as info:
        ws = Workspace.open(workspace_file)
        try:
            ws.articles()
        finally:
            ws.close()
    _says_the_way_forward(info.value, workspace_file)


def test_a_zero_length_file_becomes_a_new_workspace(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    path.write_bytes(b"")
    with Workspace.open(path) as ws:
        assert ws.articles() == [] and ws.integrity_check() == "ok"


# ------------------------------------------------------------------------------------------ read-only


def test_a_read_only_copy_is_refused_on_open_with_the_way_forward(workspace_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(workspace_file, copy)
    os.chmod(copy, 0o444)
    try:
        with pytest.raises(WorkspaceReadOnlyError) as info:
            Workspace.open(copy)
        _says_the_way_forward(info.value, copy)
        assert "chmod u+w" in str(info.value) and "read-only" in str(info.value)
    finally:
        os.chmod(copy, 0o644)
    with Workspace.open(copy) as ws:  # made writable again: it opens, nothing was lost
        assert [r.title for r in ws.articles()] == ["Soyuz"]


def test_a_workspace_made_read_only_while_open_refuses_writes_and_still_reads(workspace_file: Path) -> None:
    with Workspace.open(workspace_file) as ws:
        os.chmod(workspace_file, 0o444)
        try:
            assert [r.title for r in ws.articles()] == ["Soyuz"]
            with pytest.raises(WorkspaceReadOnlyError) as info:
                ws.add_article("The capsule landed 55 miles north of Arkalyk.")
            _says_the_way_forward(info.value, workspace_file)
        finally:
            os.chmod(workspace_file, 0o644)
        ws.add_article("The capsule landed 55 miles north of Arkalyk.")
        assert len(ws.articles()) == 2


def test_sqlites_own_read_only_error_is_told_the_same_way(workspace_file: Path) -> None:
    ws = Workspace.open(workspace_file)
    try:
        exc = ws._error(sqlite3.OperationalError("attempt to write a readonly database"))
        assert isinstance(exc, WorkspaceReadOnlyError)
        _says_the_way_forward(exc, workspace_file)
    finally:
        ws.close()


# ------------------------------------------------------------------------------------------ deleted


def test_a_workspace_deleted_while_open_is_told_on_the_next_read_and_write(workspace_file: Path) -> None:
    ws = Workspace.open(workspace_file)
    try:
        assert len(ws.articles()) == 1
        workspace_file.unlink()
        with pytest.raises(WorkspaceMissingError) as info:
            ws.articles()
        _says_the_way_forward(info.value, workspace_file)
        assert "deleted" in str(info.value) and "restart" in str(info.value)
        with pytest.raises(WorkspaceMissingError):
            ws.add_article("The capsule landed 55 miles north of Arkalyk.")
    finally:
        ws.close()
    with Workspace.open(workspace_file) as fresh:  # the way forward: a restart opens a new workspace there
        assert fresh.articles() == []


def test_a_workspace_replaced_by_another_file_while_open_is_told(workspace_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with Workspace.open(other) as ws2:
        ws2.add_article("The capsule landed 55 miles north of Arkalyk.")
    ws = Workspace.open(workspace_file)
    try:
        os.replace(other, workspace_file)
        with pytest.raises(WorkspaceMissingError):
            ws.add_article("Another article about a landing near Arkalyk.")
    finally:
        ws.close()


def test_an_in_memory_workspace_has_no_file_to_check() -> None:
    with Workspace.open(":memory:") as ws:
        ws.add_article(ARTICLE)
        assert len(ws.articles()) == 1
