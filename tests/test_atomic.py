"""Files are written atomically by the CLI and the batch (geo.files.AtomicFile, the one home of the rule).

A kill never leaves a partial or empty file under the final name; a full disk exits 2 with one line and no
traceback and leaves the previous file as it was; the temporary files a killed run leaves behind are removed
by the next run. The full disk is real: a tiny tmpfs (mounting needs root; without it those tests skip) and
``/dev/full``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo import batch, files
from geo.cli import main

REPO = Path(__file__).resolve().parents[1]
ARTICLE = "The Soyuz capsule landed 148 km southeast of Zhezkazgan in Kazakhstan on Wednesday.\n"


def _partials(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial" in p.name)


def _dead_pid() -> int:
    out = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                         check=True).stdout
    return int(out)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 64 KB tmpfs filled to the last block (ENOSPC for the next write of any size)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {r.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(folder: Path) -> None:
    """Fill the file system of ``folder`` until a write fails with ENOSPC (unbuffered, so nothing is pending)."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 1024)
    except OSError:
        pass
    finally:
        os.close(fd)
    assert shutil.disk_usage(folder).free < 1024


# ------------------------------------------------------------------------------------------ the helper


def test_write_atomic_replaces_the_file_keeps_its_mode_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    out = tmp_path / "out.geojson"
    out.write_bytes(b"old")
    os.chmod(out, 0o640)
    files.write_atomic(out, b"new")
    assert out.read_bytes() == b"new"
    assert oct(out.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.geojson"]


def test_an_error_while_writing_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "out.kml"
    out.write_bytes(b"complete")
    with pytest.raises(RuntimeError), files.atomic_output(out) as tmp:
        tmp.write_bytes(b"half")
        assert tmp.parent == out.parent and tmp.name.startswith(".out.partial") and tmp.suffix == ".kml"
        raise RuntimeError("killed in the middle")
    assert out.read_bytes() == b"complete" and _partials(tmp_path) == []


def test_a_symlink_keeps_pointing_at_its_target_which_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    files.write_atomic(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"


def test_a_kill_while_writing_leaves_the_complete_file_and_the_next_run_removes_the_leftover(
        tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "map.geojson"
    out.write_text('{"complete": true}')
    code = ("import os, signal, sys\n"
            "from geo.files import atomic_output\n"
            "with atomic_output(sys.argv[1]) as tmp:\n"
            "    fh = open(tmp, 'wb'); fh.write(b'{\"half\": '); fh.flush()\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n")
    r = subprocess.run([sys.executable, "-c", code, str(out)], cwd=REPO, capture_output=True)
    assert r.returncode == -signal.SIGKILL
    assert json.loads(out.read_text()) == {"complete": True}
    left = _partials(tmp_path)
    assert len(left) == 1 and left[0].startswith(".map.partial") and left[0].endswith(".geojson")
    assert main(["map", str(article), "-o", str(out)]) == 0
    assert json.loads(out.read_text())["type"] == "FeatureCollection"
    assert _partials(tmp_path) == []


def test_clean_partials_removes_dead_runs_files_only(tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    dead = _dead_pid()
    stale = [tmp_path / f".rows.partial{dead}-0a1b2c3d.csv", tmp_path / f".rows.partial{dead}.csv"]
    alive = tmp_path / f".rows.partial{os.getppid()}-0a1b2c3d.csv"  # a running process's
    other = [tmp_path / f".rows.partial{dead}.gpkg",  # another output's (rows.gpkg)
             tmp_path / f".rowsx.partial{dead}.csv", tmp_path / "rows.partial.csv"]
    for f in [*stale, alive, *other]:
        f.write_bytes(b"x")
    assert sorted(files.clean_partials(out)) == sorted(stale)
    assert alive.exists() and all(f.exists() for f in other) and not any(f.exists() for f in stale)


# ------------------------------------------------------------------------------------------ the CLI


@pytest.mark.parametrize("fmt", ["geojson", "kml", "gpx", "csv", "gpkg", "html"])
def test_cli_map_writes_every_format_through_a_temporary_file(tmp_path: Path, article: Path, fmt: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / f"out.{fmt}"
    seen: list[Path] = []
    real = files.AtomicFile.commit

    def spy(self: files.AtomicFile) -> None:
        seen.append(self.tmp)
        assert self.tmp.exists() and not out.exists()  # complete under the temporary name, not yet in place
        real(self)

    monkeypatch.setattr(files.AtomicFile, "commit", spy)
    assert main(["map", str(article), "-o", str(out)]) == 0
    assert len(seen) == 1 and seen[0].parent == tmp_path and out.stat().st_size > 0
    assert _partials(tmp_path) == []


def test_cli_map_to_dev_full_exits_2_with_one_line(article: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    r = subprocess.run([sys.executable, "-m", "geo", "map", str(article), "-o", "/dev/full"], cwd=REPO,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 2, r.stderr
    assert r.stderr.strip().count("\n") == 0 and "Traceback" not in r.stderr
    assert r.stderr.startswith("error: cannot write /dev/full: No space left on device")


@pytest.mark.parametrize("fmt", ["geojson", "gpkg"])
def test_cli_map_on_a_full_disk_exits_2_with_one_line_and_keeps_the_old_file(
        full_disk: Path, article: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = full_disk / f"map.{fmt}"
    out.write_bytes(b"the complete file of an earlier run")
    _fill(full_disk)
    assert main(["map", str(article), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err and str(out) in err, err
    assert out.read_bytes() == b"the complete file of an earlier run"
    assert _partials(full_disk) == []


def test_cli_batch_on_a_full_disk_exits_2_with_one_line_and_leaves_no_output(
        full_disk: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = full_disk / "rows.gpkg"
    _fill(full_disk)
    assert main(["batch", str(article), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err, err
    assert not out.exists() and _partials(full_disk) == []


def test_a_killed_batch_leaves_no_output_and_its_leftovers_are_removed_by_the_next_run(
        tmp_path: Path, article: Path) -> None:
    out = tmp_path / "rows.gpkg"
    code = ("import os, signal, sys\n"
            "from pathlib import Path\n"
            "from geo import batch\n"
            "w = batch.Writer(Path(sys.argv[1]), chunk=1)\n"
            "w.add(batch.BatchRow(source='a.txt', id='1', title=None, status='nothing-to-map', message='-'))\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    r = subprocess.run([sys.executable, "-c", code, str(out)], cwd=REPO, capture_output=True)
    assert r.returncode == -signal.SIGKILL
    assert not out.exists() and _partials(tmp_path)
    assert main(["batch", str(article), "-o", str(out)]) == 0
    assert out.exists() and _partials(tmp_path) == []


def test_the_batch_writer_puts_a_complete_file_in_place_only_at_close(tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    w = batch.Writer(out, chunk=1)
    w.add(batch.BatchRow(source="a.txt", id="1", title="t", status="nothing-to-map", message="-"))
    assert not out.exists() and w.tmp.exists() and w.tmp.name.startswith(".rows.partial")
    w.close()
    assert out.read_text().count("\n") == 2 and _partials(tmp_path) == []


def test_cli_map_into_a_missing_folder_exits_2_naming_the_output_not_the_temporary_file(
        tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nope" / "map.geojson"
    assert main(["map", str(article), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"error: cannot write {out}: No such file or directory\n"
